"""Names and speakers: people named in the text, pronouns and their antecedents, and the
speaker a lead-in sentence gives."""

from __future__ import annotations

import re

from bot.core.extract.reading.citations import _CitationReading
from bot.core.extract.reading.described import (
    _WHEN,
    Described,
    described_after,
    described_group,
    described_speakers,
    people_head,
)
from bot.core.extract.reading.entries import CROSS_REFERENCE, own_words_pronoun
from bot.core.extract.reading.narrative import (
    as_one_predicate,
    group_member,
    introduced_character,
    line_owner,
    ranks_left_blank,
)
from bot.core.extract.reading.phrases import (
    _after_an_office_of,
    _agrees,
    _clean_name,
    _head_words,
    _in_running_letters,
    _is_person_noun,
    _looks_like_a_persons_name,
    _names_an_office,
    _parenthesis_depths,
    _person_after_office,
    _person_after_owner,
    _person_after_role,
    _same_person,
    _sentence_end,
    _surely_a_person,
    _title_spans,
    _where_the_name_ends,
    _where_the_name_starts,
    _without_honorific,
)
from bot.core.extract.reading.vocabulary import (
    _ACCENTED_NAME,
    _ACCORDING,
    _ACCORDING_ROLE,
    _ADDRESSEE_OPENING,
    _AFTER_AGENT,
    _AFTER_PREPOSITION,
    _APPOSED_BODY,
    _APPOSED_DESCRIPTION,
    _APPOSED_SUBJECT,
    _AS_RECORDED_BY,
    _ASIDE_POSITION,
    _ASKED_THEN,
    _ATTENDANCE_LINE,
    _BARE_OPENING,
    _BODY_ANNOUNCED,
    _BODY_NAME,
    _BODY_WORDS,
    _CALLED_IT,
    _CAP_WORD,
    _CHARGED,
    _CLEFT_SPEAKER,
    _COUPLE,
    _DEPOSED,
    _DESCRIBED_LEADING,
    _DESCRIBED_SUBJECT,
    _DESCRIBED_THEN_VERB,
    _DESCRIPTOR_WORD,
    _DOCUMENT_LINE,
    _DOCUMENT_PLURALS,
    _DOCUMENT_SENT_BY,
    _DOER,
    _EDITED_BY,
    _ENTERED_IN,
    _FIRM_END,
    _FIRST_NAME_KIN,
    _GENRES,
    _GIVEN_NAME,
    _GIVEN_THE_WORD,
    _GROUP_SUBJECT,
    _HER_POSSESSIVE,
    _HONORIFIC,
    _IN_THE_WORDS_OF,
    _INQUEST_ON,
    _INTERRUPTED_SUBJECT,
    _INTRODUCED,
    _INVERTED_SPEAKER,
    _IS_THE_ONE_WHO,
    _IT_SAYS,
    _ITS_DOCUMENT_SAYS,
    _ITS_FRONT_MATTER,
    _ITS_WORDS,
    _KEPT_DOCUMENT,
    _KIN_APPOSED,
    _KIN_SEX,
    _LATER_PRONOUN,
    _LEADING_SUBJECT,
    _LETTER_SAID,
    _LOWER_HONORIFIC,
    _LOWER_PLACE_PHRASE,
    _MEETING_MINUTE_SAYS,
    _MY_DOCUMENT_SAYS,
    _MY_KIN_NAMED,
    _NAME,
    _NAME_THEN_VERB,
    _NAME_THEN_WHEN,
    _NAMED_TOGETHER,
    _NARRATIVE_YEAR,
    _NARRATOR_VERB,
    _NEWSPAPER,
    _NICKNAMED,
    _NOT_A_PERSON_PHRASE,
    _NOT_DESCRIPTION,
    _NOT_NAMES,
    _NOT_PEOPLE,
    _NOT_PERSON_ENDINGS,
    _OBJECT_BEFORE_PRONOUN,
    _OBJECT_VERB,
    _OF_POSSESSOR,
    _OF_TOPIC_SAYS,
    _ONE_UNNAMED_OPENS,
    _ONE_WORD_SUBJECT,
    _OPENING_PHRASE,
    _OWN_SAYING,
    _OWNED_DOCUMENT_NOUNS,
    _OWNED_WORDS,
    _OWNER_FIRST,
    _PAPER_WROTE,
    _PARTNERED,
    _PASSIVE,
    _PEN_NAME,
    _PLACE_BEFORE,
    _PLURAL_NOUN,
    _PLURAL_SUBJECT,
    _PLURAL_SUBJECT_UNNAMED,
    _POSSESSED_WORK_SAYS,
    _POSSESSIVE,
    _POSSESSIVE_LEAD,
    _POSSESSOR_IN_WORK,
    _PREDICATE_THEN_SAYING,
    _PRESIDING,
    _PRONOUN_DOCUMENT_VERB,
    _PRONOUN_INSERTED,
    _PRONOUN_SUBJECT,
    _PRONOUN_VERB,
    _PRONOUNS,
    _QUOTES_PERSON,
    _QUOTES_UNNAMED,
    _RECORDED_BY,
    _RELATIVE_SPEAKER,
    _RELAYED_WORDS_OF,
    _RELAYS_UNNAMED_DOCUMENT,
    _REMEMBERED_BY,
    _REPORTED_AS_SAYING,
    _REPORTED_WORDS,
    _RETURNS_TO,
    _ROLE_AFTER_NAME,
    _ROLE_BY_DEED,
    _ROLE_NAMED,
    _ROLE_NOUN,
    _ROLE_SUBJECT,
    _ROLE_WAS,
    _ROSE_TO,
    _SAME_SURNAME_KIN,
    _SECTION_BYLINE,
    _SENTENCE_BREAK,
    _SEX_APPOSED,
    _SIGNED_BY_THE_EDITOR,
    _SOMEONE_OF_THEIRS,
    _SPEECH_VERBS,
    _SUBJECT_THEN_PRONOUN,
    _SUBJECT_VERBS,
    _SUBORDINATE,
    _SUCH_WAS,
    _THING_HEADS,
    _TIME_WORDS,
    _TITLE_SEX,
    _TITLED_UNNAMED,
    _TRANSLATED_BY,
    _UNNAMED,
    _UNNAMED_SUBJECT,
    _UNNAMED_THEN_PRONOUN,
    _UNNAMED_WRITER,
    _VERB_FIRST,
    _VERB_THEN_DESCRIBED,
    _VERB_THEN_NAME,
    _VERB_THEN_ROLE,
    _WAS_THE_REPLY,
    _WHICH_NAMER,
    _WHO_CLAUSE,
    _WHO_SAID,
    _WHO_TOLD,
    _WHO_WORDS,
    _WHOSE_DOCUMENT_CALLED,
    _WHOSE_DOCUMENT_SAYS,
    _WORDS_FROM,
    _WORDS_LEAD,
    _WORDS_MADE,
    _WORDS_OF,
)

# a direction after a speaker's name before the colon of a turn: "PR (to HO):", "Ann, to the
# jury:", "PR (aside):"

# a label before words: a name (a list's bullet or number before it, in bold or not), perhaps
# with the person's trade after a comma, then a colon ("Parry:", "- **Ann Lee**, weaver:")
# what the one a sentence describes asked before its pronoun answers: "When a resident asked
# whether the bridge could be saved, she replied:" (the asker is not the one who replies)
_ASKER_BEFORE_REPLY = re.compile(r"\s+(?:had\s+)?asked\b[^.;:!?]*,\s*$")

_ENTRY_LABEL = re.compile(
    rf"(?:(?:[-*+•]|\d{{1,3}}[.)])\s+)?(?:\*\*)?(?P<name>{_NAME})(?:\*\*)?"
    r"(?P<role>,\s+(?:the\s+|a\s+|an\s+)?[a-z][\w’'-]*(?:\s+[\w’'-]+){0,5}"
    # or what describes them in a bracket: "- Tom Ellery (plot 9):"
    r"|\s\((?:the\s+|a\s+|an\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,5}\))?\s?:"
)

_TURN_DIRECTION = re.compile(
    rf"^(?P<name>\s*{_NAME})(?:\s*\((?:to\s+[^()\n]{{1,40}}|aside|[a-z]+ly|[a-z]+ing[^()\n]{{0,30}})\)"
    r"|,\s+to\s+[^,:\n]{1,40}?)(?=\s*:\s*$)"
)
# a title in italics, as a Markdown file or an HTML file's <i> marks it for the reader
_IN_ITALICS = re.compile(r"\*([A-Z][^*\n]{0,60}?)\*")

# a noun phrase after one of these qualifies the one before: "at the new primary", "of the band"
_QUALIFYING_PREPOSITION = re.compile(r"\b(?:at|in|of|from|on|near|by|with|for|to|into)\s+$")
_QUALIFIED_HEAD = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]he)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,3}?(?P<head>[a-z][\w’'-]*)\s+"
    r"(?:at|in|of|from|on|near)\s+$"
)
# a thing's owner as a lead-in's subject: "Dunning's entry for the morning it reopened is …"
_OWNER_OF_THING = re.compile(
    rf"^(?P<name>{_NAME})(?:’s|'s)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<head>[a-z][\w-]*)\b(?P<role>)"
)
_OWNER = (
    rf"(?:(?P<name>{_NAME})|(?:the|his|her|their|its)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    r"(?P<role>[a-z][\w-]*))"
)
# "The report of the inspector ended:", "The last letter of Ann Rudd is short:"
_THING_OF_OWNER = re.compile(
    r"^(?:The|A|An)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)\s+of\s+" + _OWNER + r"\b"
)
# "The programme notes, by the conductor Ivy Marsh, explained:": whose the notes are
_THING_BY_OWNER = re.compile(
    r"^(?:The|A|An|His|Her|Their|Its)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*),?\s+"
    rf"(?:written\s+)?by\s+(?:the\s+(?:[a-z][\w-]*\s+){{1,2}})?(?P<name>{_NAME})(?P<role>)"
)
# "… a verse by old Mrs Hebblethwaite about the basin:", "A plaque, erected by Saltaire Civic
# Trust in 1988, reads:": the one a "by" after a thing names as its maker, anywhere in the
# lead-in (an adjective or a description may stand before the name: "by the Whitby poet X")
_MADE_BY = re.compile(
    r"\b(?i:a|an|the|one|two|three|four|five|six|some|this|that)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<head>[a-z][\w-]*)(?:\s+(?:on|in|from|at|of)\s+[^,:;“”\"]{1,40}?)?,?\s+"
    r"(?:(?:written|put\s+up|erected|composed|made|set\s+up|carved|painted|left|signed|penned)"
    r"\s+)?by\s+(?:(?:the|old|young|a|an)\s+)?(?:[A-Za-z][\w’'-]*\s+){0,2}?"
    rf"(?P<name>{_NAME})(?P<role>)(?=\s*(?:[,:;.]|$)|\s+(?:about|in|on|from|at|of|for)\b)"
)
# the things whose owner or maker a lead-in names: those a text speaks of, and lines of verse
_MADE_THINGS = _THING_HEADS | {"lines", "verse", "verses", "rhyme", "rhymes"}
# "The minutes record the secretary's words:": whose words a colon lead-in ends on
_OWNERS_WORDS = re.compile(
    rf"\b{_OWNER}(?:’s|'s)\s+(?:own\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?P<head>[a-z][\w-]*)"
    r"[^“”\"‘’.!?]{0,80}:\s*$"
)
# "a note in the hand of the scorer, Percy Lund": whose hand wrote it
_IN_THE_HAND_OF = re.compile(
    rf"\bin\s+the\s+(?:own\s+)?hand(?:writing)?\s+of\s+(?:the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+)?"
    rf"(?P<name>{_NAME})(?=\s*[,:;]|\s*$)"
)
# where in a made thing its words stand, ending a lead-in: "closes on the couplet", "ends with
# the lines", "opens:" (the thing's maker made them)
_WHERE_IN_IT = re.compile(
    r"\b(?:ends|ended|closes|closed|opens|opened|begins|began|starts|started|finishes|finished|"
    r"concludes|concluded)(?:\s+(?:with|on))?(?:\s+(?:the|a|an|these|this|those|its|two|four)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,2}?(?:line|lines|couplet|words|sentence|verse|stanza|phrase|"
    r"refrain|chorus|quatrain|paragraph))?\s*:?\s*$"
)
# the made thing a sentence opens on, with its owner: "Her new poem “…”", "Its best-known
# poem, “…”,", "Ann Fell's first hymn"
_OWNED_WORK_OPENING = re.compile(
    rf"^\s*(?:(?:And|But)\s+)?(?:(?P<pronoun>His|Her|Their|Its|The)|(?P<name>{_NAME})(?:’s|'s))\s+"
    # (never one loved or chosen, nor someone else's: "Her favourite poem", "Her sister's hymn")
    r"(?:(?!favourite|favorite|beloved|chosen|best-loved|preferred)[a-z][\w-]*\s+){0,3}?"
    rf"(?P<head>{_GENRES}|sonnet|story|chapter|verse)s?\b"
    r"|^\s*(?P<it>It)\s"  # "It opens with the line", of the song the sentence before names
)
# a sentence whose subject made a thing: "Jim Hartley wrote the song in 1971" (a later "It
# opens with" or "The song ends with" is his)
_MAKER_OF_THING = re.compile(
    rf"^\s*(?P<name>{_NAME})\s+(?:\w+ly\s+|first\s+|later\s+)?(?:wrote|composed|published|"
    r"penned|preached|delivered|recorded|completed|finished)\s+(?:the|a|an|his|her|their)\s+"
)
# the words as the subject of a passive verb of making them, and who made them: "“…”, was
# written by Garside on a betting slip", "“…”, was sent by text … by his daughter, Jess Lund,"
# (reported, quoted, recorded or printed by someone relays them: no maker)
_MADE_BY_AFTER = re.compile(
    r"^(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+|first\s+|later\s+)?"
    # "“…” were the words shouted by Annie Gledhill": what the words were, then their maker
    r"(?:(?:the|his|her|their|its)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?:words?|message|line|lines|cry|"
    r"shout|note|answer|reply|motto|slogan|verdict|greeting|toast)\s+)?"
    rf"{_WORDS_MADE}"
    r"\b[^.;:“”\"‘]{0,100}?\bby\s+"
    rf"(?:(?:{_NAME})(?:’s|'s)\s+(?:[a-z][\w’'-]*\s+){{0,2}}?[a-z][\w’'-]*,\s+|"
    r"(?:the|his|her|their|its)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*,\s+|"
    rf"(?:the|a|an)\s+(?:{_DESCRIPTOR_WORD}\s+){{1,3}})?(?P<name>{_NAME})"
)
# a relative clause set off by commas: ", whom she visited every spring,"
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,“”\"]{1,160},")
# a colon lead-in's subject that describes people, with any verb: "The older members of the
# choir, who …, sent a letter to the vicar:", "And the children of Year 4 at X School … sent"
_DESCRIBED_SUBJECT_DOES = re.compile(
    r"^(?:And\s+|But\s+)?(?P<name>(?:[Tt]he|[Aa]n?|[Oo]ne|[Ss]ome|[Tt]wo|[Tt]hree|[Ff]our|"
    r"[Ss]everal)\s+(?:[a-z][\w’'-]*\s+){0,3}?(?P<head>[a-z][\w’'-]*)"
    r"(?:\s+(?:of|at|from|in)\s+(?:the\s+)?(?:[A-Za-z0-9][\w’'-]*\s+){0,3}?[A-Za-z0-9][\w’'-]*"
    r"(?:\s+(?:of|at|from|in)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)?)?)"
    r"(?:,\s+(?:who|whom|whose)\b[^,“”\"]{1,160},)?\s+(?:\w+ly\s+)?"
    r"(?:[a-z]+ed|sent|wrote|gave|left|made|put|kept)\b"
)
# a person set off after the noun that says so: "A woman, Dorothy Lane," (a name that ends like a
# street's is hers)
_PERSON_APPOSED = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:woman|man|girl|boy|lady|widow|neighbour|friend|stranger|visitor|passenger|"
    r"[a-z]+(?:er|or|ist|ian|ant|ent))\s*,\s+$"
)
# a title's full stop ends no sentence: "“…,” Revd. Ann Hale told visitors."
_NO_TITLE_BEFORE = "".join(
    rf"(?<!\b{title}\.)"
    for title in ("Mr", "Mrs", "Ms", "Dr", "St", "Rev", "Revd", "Cllr", "Prof", "Capt", "Sgt")
)
# a short bracket after a name, before a comma or a verb: "(Lab, Riverside)", "(1901–1977)"
_NAME_ASIDE = re.compile(r"(?<=[\w.])\s\([^()“”\"‘’]{1,40}\)(?=,|\s+[a-z])")
_WHEN_WORDS = ("When", "If", "After", "Before", "While", "Once", "As")


# a short line with no closing stop standing as a paragraph: a title the layout did not mark
# a section of a document headed as an office-holder's ("Chair's report", "The Headteacher's
# welcome", "From the Treasurer"): its "I" is whoever the text says holds the office
_OFFICE_SECTION = re.compile(
    r"(?:the\s+)?(?P<role>[a-z]+(?:\s+[a-z]+)?)(?:’s|'s)\s+(?:annual\s+)?(?:report|letter|"
    r"introduction|foreword|preface|afterword|statement|message|welcome|column|notes?)"
    r"|from\s+the\s+(?P<from>[a-z]+(?:\s+[a-z]+)?)"
)
_UNMARKED_HEADING = re.compile(r"[^\n.!?:;,“”\"‘’]{1,40}(?::[^\n.!?“”\"]{1,60})?(?<![.!?:;,“”\"’])")


def _kept_unless_when(phrase: re.Match[str]) -> str:
    """A lower-case phrase after a described person, dropped when it says when or at which
    event they spoke ("A volunteer at the 1983 open day", "during the strike"), kept when it
    says who they are ("a council officer at the meeting", "a nurse on the night ward")."""
    said = phrase.group(0)
    if re.match(r"\s+during\b", said) or _WHEN.search(said):
        return ""
    auxiliary = r"would|could|did|will|might|may|can|had|has|have|should|must"
    return re.sub(rf"(?:\s+(?:{auxiliary}))+\s*$", "", said)  # "… at the meeting would"


def _people_noun(word: str) -> bool:
    """A word naming a person or people: "sergeant", "children", "members"."""
    single = re.sub(r"(?:ren|s)$", "", word) if word not in ("children",) else "child"
    return _is_person_noun(word) or _is_person_noun(single)


def _pronoun_sex(pronoun: str) -> str | None:
    """ "m" for "he"/"his"/"him", "f" for "she"/"her", None for any other word ``pronoun``
    opens with."""
    word = re.match(r"\s*(\w+)", pronoun)
    return {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}.get(
        word[1].lower() if word else ""
    )


def _one_person(a: str, b: str) -> bool:
    """Whether two names are one person's: the same, or one a part of the other ("Thomas" of
    "Thomas Penrose", "Penrose" of "Ada Penrose"); two of a family are two people."""
    shorter, longer = sorted((a.split(), b.split()), key=len)
    return " ".join(shorter) == " ".join(longer) or (
        len(shorter) == 1 and shorter[0] in (longer[0], longer[-1])
    )


# a sentence whose subject is someone a pronoun stands for: "She was met by …", "His proudest
# night was …" (a verb comes before any name the sentence gives)
_OWNER_OR_PRONOUN_SUBJECT = re.compile(
    r"^\s*(?:He|She|(?:His|Her)\s+(?:[a-z][\w’'-]*\s+){1,3}?"
    r"(?:was|were|is|came|comes|began|begins|[a-z]{2,}ed)\b)"
)
# a "him" or "her" a sentence's subject acts on: never that subject ("Stott had booked him",
# "heard her at a wedding", "wrote … about her.")
_OBJECT_PRONOUN = re.compile(
    r"\bhim\b|\bher\b(?=\s*[.,;:!?]|\s+(?:at|in|on|to|for|from|with|about|after|before|into|"
    r"against|and|as|again|back|twice|once|home|off|out|up|down|over|the|a|an)\b)"
)

# one of two people named in full together: "Colin Fairbairn and Ronald Peck"
# ("The builder, Frank Ord, and the vicar, Laurence Hey,")
_PAIR_NAMED = re.compile(
    r"(?:\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+,?\s+and(?:\s+the\s+[a-z][\w’'-]*,)?\s*$)|"
    r"(?:^,?\s+and\s+(?:the\s+[a-z][\w’'-]*,\s+)?[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)"
)
# a paragraph's first sentence opening on its subject ("Winifred Aske sold tickets", "In 1957,
# Ann Rudd, the keeper, wrote") and a heading that is a person's name ("Ann Rudd, keeper")
_TOPIC_OPENING = re.compile(
    rf"(?:(?:In|On|At|By|From|For|After)\s[^,“”\"]{{1,40}},\s+)?(?P<name>{_NAME})"
    r"(?:,[^,“”\"]{1,80},)?\s+(?!(?:and|or)\b)(?:\w+ly\s+)?[a-z]"
)
_TOPIC_HEADING = re.compile(rf"[#*\s]*(?P<name>{_NAME})\s*(?:$|,|\(|[–—-]\s)")
# a clause that says when, opening on a time word: "the year the critic X called", "the night
# that X sang"
_TIME_CLAUSE = re.compile(
    r"\bthe\s+(?:same\s+)?(?:year|day|week|month|night|morning|evening|summer|winter|spring|"
    r"autumn|season|time)(?:\s+that|\s+when)?(?=(?:\s+the(?:\s+[a-z][\w’'-]*){0,2})?\s*(?:[A-Z]|$))"
)
# what opens another clause, whose subject may be the one a "him" or "her" in it is not: "told
# me when I visited her"
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:I|we|you|he|she|they|it|when|while|whom|whose|if|because|since|until|as|where)\b"
)


# what a family calls its own by their kin ("Gran", "Dad"): the one the text names so in full
_FAMILIAR_KIN = {
    "grandmother": ("Gran", "Granny", "Grandma", "Nana", "Nan", "Nanna"),
    "grandfather": ("Grandad", "Granddad", "Grandpa", "Gramps"),
    "mother": ("Mum", "Mam", "Mom", "Mummy", "Ma", "Mother"),
    "father": ("Dad", "Da", "Daddy", "Pa", "Father"),
    "aunt": ("Auntie", "Aunty"),
}
# a body whose name is its members' and what they are of: "the Friends of Hebden Park"
_BODIES_NAMED_WITH_OF = {
    "Friends", "Trustees", "Governors", "Guardians", "Commissioners", "Members", "Fellows",
    "Sisters", "Brothers", "Daughters", "Sons", "Keepers", "Wardens", "Masters", "Company",
}  # fmt: skip


# a described person whose name the text then writes: "the young apprentice Tobias"
_ROLE_THEN_GIVEN_NAME = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+(?:[a-z][\w’'-]*\s+){0,3}?"
    r"(?P<role>[a-z][\w’'-]*)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)
# words quoted up to a comma inside their marks, the first part of a split quotation: whoever
# they name is named by the speaker, not by the text
_QUOTED_FRAGMENT = re.compile(r"[“\"][^“”\"\n]{1,200},[”\"]")
# a person's name set in bold where a report first names them ("**Joseph Ansah**")
_BOLD_NAME = re.compile(rf"(?:\*\*|__)(?P<name>{_NAME})(?:\*\*|__)")


class _SpeakerReading(_CitationReading):
    """Who the text names and who a lead-in makes the speaker."""

    def _named_last(self, start: int, cited: str, guessed: str, relay_verb: str) -> bool:
        """Whether the paragraph leading to the quotation at ``start`` (the one before, for a
        quotation that opens its own) names ``cited`` after it last names ``guessed``: "…
        from Lettice Arne. Her description …:" — "her" is Arne, whom the note names (unless
        the paragraph says the cited one reprints or recorded someone's words)."""
        begin = self.text.rfind("\n\n", 0, start)
        if begin >= 0 and not self.text[begin:start].strip(" \n>“‘\"'«"):
            begin = self.text.rfind("\n\n", 0, begin)
        paragraph = self.text[max(begin, 0) : start]
        cited_at = [
            m.end()
            for m in re.finditer(rf"\b{re.escape(cited.split()[-1])}\b", paragraph)
            # "interviewed by the historian Mary Quinn": she recorded the words, not said them
            if not re.search(
                r"\bby\s+(?:the\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w’'-]*\s+)*$", paragraph[: m.start()]
            )
        ]
        guessed_at = [
            m.end()
            for m in re.finditer(rf"\b{re.escape(guessed.split()[-1])}\b", paragraph)
            # "… is unsentimental about Pike. “…,” she writes": a name after a preposition is
            # what the sentence is about, not someone who speaks
            if not re.search(
                r"\b(?:about|of|on|to|with|against|for)\s+(?:[A-Z][\w’'.-]*\s+)*$",
                paragraph[: m.start()],
            )
        ]
        relays = re.search(relay_verb, paragraph) is not None
        return bool(cited_at) and max(cited_at) > max(guessed_at, default=-1) and not relays

    def _names_in(self, text: str) -> list[tuple[int, str]]:
        """People named as speaking in ``text``, with where."""
        found: list[tuple[int, str]] = []
        # "Whitlow (1911: 214) called it": a narrative citation between the name and its verb
        text = re.sub(_NARRATIVE_YEAR, lambda year: " " * len(year[0]), text)
        # "Cllr Ann Rudd (Lab, Riverside) replied", "Tom Hale (1901–1977) wrote": what a
        # bracket says of the person between their name and their verb
        text = _NAME_ASIDE.sub(lambda aside: " " * len(aside[0]), text)
        # "the *Advertiser* told its readers": a paper in italics speaks as one in roman does
        text = _IN_ITALICS.sub(
            lambda title: f" {title[1]} " if _NEWSPAPER.search(title[1]) else title[0], text
        )
        titles = _title_spans(text)
        patterns = (
            _NAME_THEN_VERB,
            _VERB_THEN_NAME,
            _VERB_THEN_DESCRIBED,
            _DESCRIBED_THEN_VERB,
            _ACCORDING,
            _ACCORDING_ROLE,
            _WORDS_OF,
            _GIVEN_THE_WORD,
            _ROSE_TO,
            _POSSESSIVE,
            _PASSIVE,
            _QUOTES_PERSON,
            _PLURAL_SUBJECT,
            _WHO_SAID,
            _CLEFT_SPEAKER,
            _PREDICATE_THEN_SAYING,
        )
        # what describes someone before their name is no name of a speaker: "says Skelmore
        # manager Gary Dunne" is Gary Dunne, not Skelmore
        described = [(m.start(), m.start("name")) for m in _VERB_THEN_DESCRIBED.finditer(text)]
        for pattern in patterns:
            for match in pattern.finditer(text):
                at = match.start("name")
                if any(a <= at < b for a, b in titles):
                    continue  # "Soviet Communism – A New Civilisation referred to": a title
                if pattern is not _VERB_THEN_DESCRIBED and any(a < at < b for a, b in described):
                    continue
                held_office = None
                if pattern is _NAME_THEN_VERB and match["of"]:
                    # "Director of Music Alan Price said": the person after the office
                    of_words = re.sub(r"^\s+of\s+", "", match["of"])
                    holder = _after_an_office_of(
                        re.sub(r"^the\s+", "", of_words), f"{match['name']} of "
                    )
                    held_office = holder if holder != re.sub(r"^the\s+", "", of_words) else None
                    head = re.sub(r"^The\s+", "", match["name"])
                    if held_office is None and (
                        _BODY_NAME.search(head) or head in _BODIES_NAMED_WITH_OF
                    ):
                        held_office = f"{head} of {of_words}"
                        # "The Friends of Hebden Park said": the body, named in full
                if (
                    pattern is _NAME_THEN_VERB
                    and match["of"]
                    and held_office is None
                    and (len(match["name"].split()) < 2 or match["name"].startswith("The "))
                ):
                    continue  # "The Duke of Wellington wrote": a title, not a name and its place
                if pattern in (_VERB_THEN_NAME, _VERB_THEN_DESCRIBED) and not re.search(
                    r"(?:^|[”\"’»]|^\s*(?!(?:He|She|They|It|We|I|You)\b)[A-Z]\w*)[\s,.;:!?—–-]*$",
                    text[: match.start()],
                ):
                    continue  # inverted only after the words or one opening word ("…,” wrote
                    # Pelly", "But, wrote Pelly,"), never after a subject: "Pelly, clerk of
                    # the board, described Wrabness Quay as", "He answered Pelly in a letter"
                if (
                    pattern is _NAME_THEN_VERB
                    and self._plural_kind(match.group("name").strip())
                    and not self._known(match.group("name").strip())
                    and re.search(r"(?:^|[.!?:]\s+)$", text[:at])
                ):
                    continue  # "Visitors remembered him as": people, unnamed (below)
                if (
                    pattern is _NAME_THEN_VERB
                    and " " not in match.group("name").strip()
                    and re.search(r"\b(?:the|The)\s+(?:[a-z]+\s+){1,3}$", text[:at])
                    and not self._known(match.group("name").strip())
                ):
                    continue  # "The last Earl, asked …, said": a title, not a name
                if pattern is _NAME_THEN_VERB and re.search(
                    r"\b(?:in|of|at|from|with|for|on)\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?$",
                    text[:at],
                ):
                    continue  # "a private in the 4th Battalion wrote": the private, not a body
                if (
                    pattern is _POSSESSIVE
                    and re.search(r",\s+(?:[a-z]+\s+){0,3}(?:in|on)\s+(?:the\s+)?$", text[:at])
                    and re.match(r"[^,“”\"]*,\s+(?:was|is|were|are)\b", text[match.end() :])
                ):
                    continue  # "Aske's own view, set out in the Society's newsletter, was
                    # that": where the view was printed, in an aside, is not whose it is
                if (
                    pattern is _ACCORDING
                    and match.group(0)[:1].islower()
                    and re.search(r"\b[A-Z][\w’'-]*\s+$", text[: match.start()])
                ):
                    continue  # "Conditions of Licence for Cinematograph Exhibitions,": a title
                if re.search(rf"\b{_SPEECH_VERBS}\s+that\s+$", text[:at]) and re.match(
                    rf"{_NAME}(?:’s|'s)\s+(?:[a-z][\w-]*\s+){{1,3}}?(?:is|are|was|were)\b",
                    text[at:],
                ):
                    continue  # "She writes that Hart's letters are ‘…’": hers, about his letters
                first = match.group("name").split()[0]  # "When Nell": the pattern may take it
                opener = text[:at] + (first + " " if first in _WHEN_WORDS else "")
                if (
                    pattern is _NAME_THEN_VERB
                    and re.search(
                        rf"(?:^|[.!?]\s+)(?:{'|'.join(_WHEN_WORDS)})\s+"
                        r"(?:(?:his|her|their|the|a|an)\s+(?:[a-z]+\s+){0,2})?$",
                        opener,
                    )
                    and re.match(
                        r"[^.!?:]*?,\s+(?:he|she|they|[A-Z][\w’'-]+)\s+[a-z]",
                        text[match.end() :],
                    )
                ):
                    continue  # "When Nell asks him …, he does not answer …:": the one asked
                written = held_office or match.group("name")
                holder = _after_an_office_of(written, text[:at])  # "Head of Music Ann Hale"
                if holder == written and (
                    (pattern is _NAME_THEN_VERB and _AFTER_PREPOSITION.search(text[:at]))
                    or (pattern is _POSSESSIVE and _OF_POSSESSOR.search(text[:at]))
                ):
                    continue  # "…, in his interview with Ida Fenn, of the Weekly, said": not hers
                written = holder
                apposed = re.match(rf",\s+(?P<name>{_NAME}),", text[match.end("name") :])
                with_article = re.search(r"\b(?:the|The)\s+$", text[:at]) or written.startswith(
                    "The "
                )  # "the Minister, Ruth Kay MP, wrote": what takes "the" is no one's name
                if apposed and (
                    _names_an_office(written)
                    or (with_article and _looks_like_a_persons_name(apposed["name"].split()))
                ):
                    written = apposed["name"]  # "The Club Secretary, Mrs Ann Hale, wrote": her
                name = (
                    _person_after_owner(written)
                    or _person_after_office(written)
                    or _person_after_role(written)
                    or _clean_name(written)
                )
                owned = re.fullmatch(r"[A-Z][\w-]*(?:’s|'s)\s+(?P<one>[A-Z][\w-]+)", name or "")
                if owned and (self._known(owned["one"]) or self._given_name_of(owned["one"])):
                    name = owned["one"]  # "Oduya's Nell writes": the novel's Nell
                if pattern is _QUOTES_PERSON and len((name or "").split()) < 2:
                    continue  # "He cited a Soviet emigre": no name
                if (
                    (pattern is _VERB_THEN_DESCRIBED or pattern is _DESCRIBED_THEN_VERB)
                    and name is not None
                    and " " not in name
                    and self._full_name(name) == name
                ):
                    described_as = re.search(
                        r"\b(?:[Mm]y|[Oo]ur)\s+(?:[a-z]+\s+)?([a-z][\w’'-]*),\s+$", text[:at]
                    )
                    if described_as and _is_person_noun(described_as[1]):
                        self.people.append(name)  # "My brother, Arjun, said": the name given
                if name and not _PRONOUNS.fullmatch(name):
                    # a name after what describes it is where its lead-in begins: "…,”
                    # according to the Guild's chief executive, Anjali Ramaswamy."
                    described_at = pattern in (_VERB_THEN_DESCRIBED, _ACCORDING_ROLE)
                    found.append((match.start() if described_at else at, name))
        return sorted(found)

    def _group_before(self, before: str) -> str | None:
        """The unnamed people a "they" stands for: the subject of one of the last two
        sentences before it ("A party of walkers from Leeds crossed in 1898. “…,” they
        wrote"), or None."""
        sentences = [t for t in _SENTENCE_BREAK.split(before) if t.strip()][-2:]
        for sentence in reversed(sentences):
            found = _GROUP_SUBJECT.match(sentence.strip())
            if found and found["head"] not in _NOT_PEOPLE | _TIME_WORDS | _DOCUMENT_PLURALS:
                return found["name"]
        for sentence in reversed(sentences):
            # "Staff are proud of the library. They said that …": the group the sentence opens on
            group = described_group(sentence.strip())
            if group is not None:
                return group
        return None

    def _doubt_group(self, group: str) -> None:
        """Doubts a "they" taken as ``group``, unless the sentence right before opens on that
        group as its subject ("Staff are proud of it. They said that …"): a reader follows
        that without a second look."""
        sentences = [t for t in _SENTENCE_BREAK.split(self.before) if t.strip()]
        opening = described_group(sentences[-2].strip()) if len(sentences) >= 2 else None
        if opening != group:
            self.doubts.append(f"‘they’ taken as {group}, named in the sentence before")

    def _antecedent(self, before: str) -> str | None:
        """Whom a "he"/"she" stands for: the last person named before it (never one named
        after it: "He cited a worker, interviewed by JK Zawodny, as saying:"; never one named
        inside someone's quoted words: "“Hector Lyle's boat,” she calls it" is not Hector's)."""
        self._note_people(_QUOTED_FRAGMENT.sub(lambda m: " " * len(m[0]), before))
        entry = self._entry()
        if (
            entry is not None
            and entry.sex is not None
            and self.last_person != entry.subject
            and not self._named_this_sentence(self.last_person)
        ):
            # in a reference work's entry, a "she" or "he" is the entry's subject unless the
            # sentence itself names someone else first ("Her headmaster, Thomas Kell, wrote …
            # that she was"; "… she recalled telling him" after him is hers)
            return entry.subject
        return self.last_person

    def _named_this_sentence(self, person: str | None) -> bool:
        """Whether the sentence the words stand in names ``person`` before them, in full or
        by their surname."""
        if person is None:
            return False
        sentences = [t for t in _SENTENCE_BREAK.split(self.before) if t.strip()]
        sentence = sentences[-1] if sentences else ""
        return re.search(rf"\b{re.escape(person.split()[-1])}\b", sentence) is not None

    def _note_roles(self, text: str) -> None:
        """Who holds a role the text names them by: "Coxswain William Tregenza", "the coroner,
        Dr Henry Vyvyan,", "the historian Ruth Angove", "Ann Tuke, matron of the cottage
        hospital" (a later "the coroner" is that person)."""
        for match in _ROLE_NAMED.finditer(text):
            role = (match["rank"] or match["role"] or match["office"] or "").lower()
            if match["titled"] and _is_person_noun(match["titled"]):
                role = match["titled"].lower()  # "the Clerk, Mrs Ann Dees,"
            name = _without_honorific(_clean_name(match["name"]) or "")
            if match["role"] and re.search(r"\bof\s+$", text[: match.start("role")]):
                continue  # "the keeper of geology, Dr X,": the keeper (referents.py), no "geology"
            if role and len(name.split()) >= 2 and not _NOT_PERSON_ENDINGS.search(name):
                self.roles[role] = name
                ranked = _ROLE_NAMED.match(match["name"])  # "the inspector, Colonel Hugh Yorke"
                if ranked and ranked["rank"] and not ranked["role"]:
                    self.roles[ranked["rank"].lower()] = name
        for deed in _ROLE_BY_DEED.finditer(text):  # "Given by Canon Arthur Quayle": the donor
            # (a byline's name ends with its line: "… by Margaret Kellett" over a heading)
            name = _without_honorific(_clean_name(deed["name"].split("\n")[0]) or "")
            if len(name.split()) >= 2 and not _NOT_PERSON_ENDINGS.search(name):
                self.roles[_DOER[deed["deed"].lower()]] = name
        for kin in _MY_KIN_NAMED.finditer(text):  # "My mother, Ellen Hart, ran the shop"
            name = _without_honorific(_clean_name(kin["name"]) or "")
            if len(name.split()) >= 2 and not _NOT_PERSON_ENDINGS.search(name):
                self.roles[" ".join(kin["kin"].lower().split())] = name
                # what the family calls them: "Gran always said", "Dad used to say"
                for familiar in _FAMILIAR_KIN.get(kin["kin"].split()[-1].lower(), ()):
                    self.people_keys.setdefault(familiar, name)
        self._note_court_roles(text)
        for held in _ROLE_WAS.finditer(text):  # "The chairman that morning was Hugh Ashby"
            name = _clean_name(held["name"]) or ""
            if (
                held["role"] not in _NOT_PEOPLE
                and len(name.split()) >= 2
                and not _NOT_PERSON_ENDINGS.search(name)
            ):
                self.roles[held["role"].lower()] = name
        for match in _ROLE_AFTER_NAME.finditer(text):
            name = _without_honorific(_clean_name(match["name"]) or "")
            role = match["role"].lower()
            if (
                len(name.split()) >= 2
                and _is_person_noun(role)
                and not _NOT_PERSON_ENDINGS.search(name)
                and not _BODY_NAME.search(name)
                # "the Museum, where the keeper of …": a clause about someone else
                and not re.search(r",\s+(?:where|which|when|who)\b", match.group(0))
                and name.split()[0] not in _NOT_NAMES
            ):
                self.roles[role] = name

    def _note_court_roles(self, text: str) -> None:
        """The parties a report of a trial or hearing names by what the court did with them:
        the one charged is "the prisoner" (two charged together, by the ages given, "the elder"
        and "the younger prisoner"), the judge its heading names "his Lordship", the one who
        last deposed "the witness"."""
        for charged in _CHARGED.finditer(text):
            first = _clean_name(charged["first"]) or ""
            second = _clean_name(charged["second"] or "") or ""
            if len(first.split()) < 2 or _NOT_PERSON_ENDINGS.search(first):
                continue
            for party in ("prisoner", "accused", "defendant"):
                if second:
                    self.roles.pop(party, None)  # "the prisoner" of two is neither
                else:
                    self.roles[party] = first
            ages = (charged["first_age"], charged["second_age"])
            if second and len(second.split()) >= 2 and all(ages) and ages[0] != ages[1]:
                elder, younger = (first, second) if int(ages[0]) > int(ages[1]) else (second, first)
                for party in ("prisoner", "accused", "defendant"):
                    self.roles[f"elder {party}"] = elder
                    self.roles[f"younger {party}"] = younger
        for presiding in _PRESIDING.finditer(text):
            judge = " ".join(presiding["name"].split())
            for role in ("lordship", "ladyship", "honour", "judge", "learned judge"):
                self.roles[role] = judge
        for inquest in _INQUEST_ON.finditer(text):
            name = _clean_name(inquest["name"]) or ""
            if len(name.split()) >= 2 and not _NOT_PERSON_ENDINGS.search(name):
                self.roles["deceased"] = name
        for deposed in _DEPOSED.finditer(text):
            name = _clean_name(deposed["name"]) or ""
            if len(name.split()) >= 2 and not _NOT_PERSON_ENDINGS.search(name):
                self.roles["witness"] = _without_honorific(deposed["name"].strip())

    def _note_sexes(self, text: str) -> None:
        """Whether the text says a person it names is a man or a woman: a courtesy title ("Mrs
        Ada Rook"), a kin word before the name ("his daughter Ivy"), or "his", "himself",
        "herself" later in the sentence before anyone else is named ("Silas Moyle praised it
        in his report"). Conflicting evidence leaves it unsaid."""
        names = list(re.finditer(_NAME, text))
        for n, match in enumerate(names):
            written = re.sub(r"^The\s+", "", match.group(0))
            first = written.split()[0].rstrip(".")
            name = _clean_name(written[len(first) :] if first in _TITLE_SEX else written)
            if not name or name.split()[0] in _NOT_NAMES or _NOT_PERSON_ENDINGS.search(name):
                continue
            full = self._full_name(name)
            if first in _TITLE_SEX and sum(p.split()[-1] == name for p in self.people) >= 2:
                full = self._full_name(written)  # "Mrs Penrose" of a family: which one
                if full == written:
                    continue
            if _PLACE_BEFORE.search(text[: match.start()]):
                continue  # "a camp on Salisbury Plain … his sister": a place has no sex
            window = text[max(0, match.start() - 40) : match.start()]
            kin = _KIN_SEX.search(window)
            of_kin = r"\bof\s+(?:the|his|her|their|a|an|my|our)\s+$"
            if kin and re.search(of_kin, window[: kin.start()]):
                kin = None  # "Father of the bride Raj Menon": the father, not the bride
            end = names[n + 1].start() if n + 1 < len(names) else len(text)
            rest = text[match.end() : end]
            rest = rest[: _sentence_end(rest) + 1]
            apposed = _SEX_APPOSED.match(text[match.end() :])
            partnered = _PARTNERED.match(rest)
            stated = (
                _TITLE_SEX.get(first)
                or (kin and ("f" if kin["f"] else "m"))
                or (apposed and ("f" if apposed["f"] or apposed["nee"] else None))
                or (apposed and apposed["m"] and "m")
                or (partnered and ("f" if partnered["f"] else "m"))
            )
            if stated:
                self._note_sex(full, stated, stated=True)
                continue
            said = (
                ("m" if re.search(r"\b(?:his|himself)\b", rest) else None)
                or ("f" if re.search(r"\bherself\b", rest) else None)
                or ("f" if self._about_them(text, match, rest) else None)
                or self._next_sentence_pronoun(text, names, n, rest)
            )
            self._note_sex(full, said)
        for inserted in _PRONOUN_INSERTED.finditer(text):  # "He [Coe] would not let us act"
            name = _clean_name(inserted["name"])
            if name and not _NOT_PERSON_ENDINGS.search(name):
                self._note_sex(self._full_name(name), "m" if inserted["m"] else "f")

    @staticmethod
    def _about_them(text: str, match: re.Match[str], rest: str) -> bool:
        """Whether the sentence says "her" of the person ``match`` names: "in her …" in a
        clause set off after the name ("Nancy Hale, then in her first season,") or in a
        sentence the name opens ("Ruth Dale sang in her first season"); not where the name
        is in a clause about someone else ("a rule Dale treats as the core of her method")."""
        if re.match(r"\s+and\s+her\s+[a-z]", rest):
            return True  # "Ada Rook and her sister-in-law"
        possessive = _HER_POSSESSIVE.search(rest)
        if possessive is None:
            return False
        if rest.startswith(","):
            return True
        sentence = re.split(r"[.!?:;]\s+|\n", text[: match.start()])[-1]
        return _OPENING_PHRASE.sub("", sentence).strip() in ("", "The")

    def _note_sex(self, full: str, said: str | None, *, stated: bool = False) -> None:
        """Record what the text says of ``full``'s sex; conflicting evidence of one weight
        leaves it unsaid. What the text states in words (``stated``: a title, a kin word)
        outweighs a "his" or "herself" later in a sentence, which may be another man's or
        woman's ("Ruth Lamb and her husband … Ruth wrote it down when he explained himself")."""
        if said is None:
            return
        for key in {full, _without_honorific(full)}:
            known = self.sexes.get(key)
            if stated and key not in self.sexes_stated:
                self.sexes[key] = said
                self.sexes_stated.add(key)
            elif stated or key not in self.sexes_stated:
                self.sexes[key] = said if known in (None, said) else "?"

    def _next_sentence_pronoun(
        self, text: str, names: list[re.Match[str]], n: int, rest: str
    ) -> str | None:
        """ "m"/"f" when the sentence naming ``names[n]`` names nobody else and the next one
        opens with "He"/"She" ("Alice Rook stayed in Truro. She kept the books"): that person."""
        match = names[n]
        start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start()))
        end = match.end() + _sentence_end(text[match.end() :]) + 1
        for other in names:
            word = re.sub(r"^The\s+", "", other.group(0))
            if (
                other is not match
                and start < other.start() < end
                and word.split()[0] not in _NOT_NAMES
                and (" " in word or self._known(word))
                and not re.search(r"\b(?:the|The)\s+$", text[: other.start()])
                and not _NOT_PERSON_ENDINGS.search(word)
            ):
                return None  # "Tom Hale told Ada Rook …. She …": either of them
        after = text[end:]
        opens = re.match(
            r"\s+(?:(?:In|At|On|By|After|Before|Later|Then|There|Here|Years later|For)\b"
            r"[^,.!?“”\"‘’]{0,40},\s+)?(?:(?P<m>He)|(?P<f>She))\b",
            after,
        )
        if opens is None:
            return None
        return "m" if opens["m"] else "f"

    def _sex_fits(self, pronoun: str, antecedent: str | None) -> bool:
        """Whether "she"/"her" or "he"/"his" can stand for ``antecedent`` as far as the text
        says (a man the text calls "his" is no "she")."""
        if antecedent is None:
            return True
        wanted = _pronoun_sex(pronoun)
        if wanted is not None and _BODY_NAME.search(antecedent):
            return False  # "The Society minuted its thanks …. In her last letter she wrote": a
            # body is an "it", never a "she" or a "he"
        return wanted is None or self._sex_of(antecedent) in (None, "?", wanted)

    def _sex_of(self, name: str) -> str | None:
        """ "m", "f", "?" (the text says both) or None (it says nothing) of a person named."""
        said = self.sexes.get(name) or self.sexes.get(self._full_name(name))
        surname = name.split()[-1]
        if said is None and sum(p.split()[-1] == surname for p in self.people) == 1:
            said = self.sexes.get(surname)  # "Sowerby … her own work" before "Ellen Sowerby"
        return said

    def _recent_people(self) -> list[str]:
        """The people named in full or known in the three paragraphs before the words (the
        paragraph's own words before them included), the one named last first."""
        return list(self._recent_mentions())

    def _recent_mentions(self) -> dict[str, tuple[int, int, str]]:
        """Each person :meth:`_recent_people` lists, with where the window names them last
        (start, end) and the window."""
        upto = self.text.rfind(self.before, 0, self.position) if self.before.strip() else -1
        upto = upto + len(self.before) if upto >= 0 else self.text.rfind("\n", 0, self.position)
        window = self.text[max(0, upto - 3000) : max(upto, 0)]
        window = "\n".join([p for p in re.split(r"\n", window) if p.strip()][-3:])
        found: list[tuple[str, int, int]] = []
        for match in re.finditer(_NAME, window):
            written = re.sub(r"^The\s+", "", match.group(0))
            if written.isupper() and len(written) > 3:
                continue  # a heading in capitals: "THE PLAY AND ITS WRITER"
            honorific = _HONORIFIC.match(written)
            name = _clean_name(written[honorific.end() :] if honorific else written)
            if not name or name.split()[0] in _NOT_NAMES or _NOT_PERSON_ENDINGS.search(name):
                continue
            if _PLACE_BEFORE.search(window[: match.start()]):
                continue  # "sent from a camp on Salisbury Plain": a place
            title = honorific[0].strip().rstrip(".") if honorific else ""
            titled = " " not in name and title in _TITLE_SEX
            # "Mrs Penrose" of a family: its woman, not the Penrose named last
            full = self._full_name(written if titled else name, near=window[: match.start()])
            if full in self.people and full != self.author:
                found.append((full, match.start(), match.end()))
        mentions: dict[str, tuple[int, int, str]] = {}
        for full, start, end in reversed(found):
            mentions.setdefault(full, (start, end, window))
        return mentions

    def _surely_fitting(self, pronoun: str, other_than: str | None) -> str | None:
        """The person named last before the words whom the text calls a woman (for "she") or a
        man (for "he"), other than ``other_than``; None for any other pronoun or nobody."""
        wanted = _pronoun_sex(pronoun)
        if wanted is None:
            return None
        mentions = self._recent_mentions()
        fitting = [
            person
            for person in mentions
            if not (other_than and _one_person(person, other_than))
            and self._sex_of(person) == wanted
        ]
        # the one a sentence is about before one named in passing ("returns to Ann Rudd, …
        # living with Ivy Dale")
        about = [person for person in fitting if not self._named_aside(person)] or fitting
        if len(about) >= 2:
            first, second = sorted((mentions[about[0]], mentions[about[1]]))
            between = first[2][first[1] : second[0]]
            if re.fullmatch(r"\s*,?\s+and\s+(?:(?:his|her|their)\s+)?[\w\s’'-]{0,30}", between):
                return None  # "Ada Rook and her sister Jane kept the lamp. … She": either
        return about[0] if about else None

    def _surer_antecedent(self, pronoun: str, antecedent: str | None) -> str | None:
        """A better person for ``pronoun`` than ``antecedent``, the last one named, when the
        text does not say whether that one is a man or a woman and says so of someone named
        just before ("Ruth Dale sang in her first season. The conductor was Ellis Marden. ‘…,’
        she said": Ruth Dale). The guess is doubted for the moderator; None when there is no
        such person."""
        if (
            antecedent is None
            or self._sex_of(antecedent) is not None
            or antecedent == self.unnamed_speaker
            or (antecedent not in self.people and self._full_name(antecedent) not in self.people)
        ):
            return None
        subject = self._subject_of_sentence_naming(antecedent)
        if subject is not None and self._sex_fits(pronoun, subject):
            # "Sam Ade had never faced Gwen Tre, our champion. ‘…,’ he told me": the subject
            # of the sentence, not the one its verb acted on; no doubt is added, as none is
            # for a subject that keeps the pronoun (below)
            return subject
        if not self._named_aside(antecedent):
            # the subject of its sentence, whose sex the text does not give, keeps the pronoun
            # ("Ada Pell, his widow, … Amos Dunn was in the kitchen. Asked …, she answered:"
            # is Dunn's); no doubt is added: on the hand-checked essays such a subject was
            # right every time (11 of 11)
            return None
        surer = self._surely_fitting(pronoun, antecedent)
        if surer is None:
            # "Ida Crane worked under the manager, Edwin Sowerby, and she described": the
            # subject of the paragraph's words, not a name in passing
            surer = next(
                (
                    person
                    for person in self._recent_people()
                    if not _one_person(person, antecedent)
                    and person in self.before
                    and self._sex_fits(pronoun, person)
                    and not self._named_aside(person)
                ),
                None,
            )
        if surer is not None:
            self.doubts.append(
                f"pronoun taken as {surer}; the text does not say whether {antecedent}, named "
                "after, could be meant"
            )
        return surer

    def _subject_of_sentence_naming(self, person: str) -> str | None:
        """The person named as the subject of the sentence that last names ``person``, when
        that is someone else named earlier in it ("Sam Ade, who came from Bristol, had never
        played Gwen Tre"); None when ``person`` is its subject or it has none."""
        mention = self._recent_mentions().get(person)
        if mention is None:
            return None
        start, _end, window = mention
        breaks = re.finditer(r"[.!?][”\"’']?\s+(?=[A-Z“\"])", window[: start + 1])
        opening = max([window.rfind("\n", 0, start)] + [b.end() - 1 for b in breaks])
        sentence = window[opening + 1 : start]
        if re.match(rf"(?:{'|'.join(_WHEN_WORDS)})\b", sentence.strip()) or re.search(
            r"\b(?:it|It)\s+(?:was|is)\s+$", sentence
        ):
            return None  # "When X sent …, it was Margaret who": the clause's names are asides
        subject = self._sentence_subject(sentence) if sentence.strip() else None
        if subject is None:
            return None
        at = sentence.find(subject)
        if at < 0 or not re.fullmatch(
            r"\s*(?:(?:The|A|An|Our|Their|His|Her|Its)\s+[^,“”\"]{1,40},\s+)?"
            r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Cllr)\.?\s+)?",
            sentence[:at],
        ):
            return None  # the sentence opens on the subject ("Sam Ade, who …, had never"), or
            # on a role it names ("The visiting coach, Ed Bow, who …"), not on a phrase
        subject = self._full_name(subject)
        if _one_person(subject, person) or subject not in self.people:
            return None
        return subject

    def _named_aside(self, person: str) -> bool:
        """Whether the words before the quotation last name ``person`` where a sentence does
        not make them its subject: in brackets ("He [Coe] would …"), after a preposition
        ("doctors like Tull"), in apposition to someone spoken to or sent ("sent a reporter,
        Owen Bright,"), or in a clause about what they did ("how the director, Bernard Coe,
        rehearsed")."""
        upto = self.text.rfind(self.before, 0, self.position) if self.before.strip() else -1
        upto = upto + len(self.before) if upto >= 0 else self.text.rfind("\n", 0, self.position)
        window = self.text[max(0, upto - 3000) : max(upto, 0)]
        words = person.split()
        forms = [re.escape(person)]
        if sum(p.split()[-1] == words[-1] for p in self.people) <= 1:
            forms.append(re.escape(words[-1]))  # "Rook" of Ada Rook, when no other Rook
        if len(words) >= 2 and self._given_name_of(words[0]) == person:
            forms.append(re.escape(words[0]))  # "Alice" of Alice Penrose
        found = list(re.finditer(rf"\b(?:{'|'.join(forms)})\b", window))
        if not found:
            return False
        at = found[-1].start()
        if _parenthesis_depths(window)[at] or window.rfind("[", 0, at) > window.rfind("]", 0, at):
            return True
        sentence = re.split(r"[.!?]\s+|\n", window[:at])[-1]
        sentence = re.sub(rf"\s*{re.escape(person.split()[0])}\s*$", " ", sentence)
        return bool(_ASIDE_POSITION.search(sentence)) and not _RETURNS_TO.search(sentence.rstrip())

    def _doubt_refit(self, pronoun: str, person: str) -> None:
        """Doubt a pronoun given to ``person`` because the one named last cannot be meant,
        unless the text says ``person`` is a woman (for "she") or a man (for "he")."""
        if self._sex_of(person) != _pronoun_sex(pronoun):
            self.doubts.append(f"pronoun taken as {person}, the one other person it fits")

    def _other_fitting(self, pronoun: str, unfit: str | None) -> str | None:
        """The person ``pronoun`` can stand for when ``unfit`` (the last one named) cannot: the
        one named last before the words whom the text calls a woman or a man as the pronoun
        wants ("Ada Rook kept the lamp. Silas Moyle praised it in his report. She thought less
        of him:" is Ada Rook), else the one other person the paragraph names whom nothing rules
        out; None when there is no such person or more than one."""
        surely = self._surely_fitting(pronoun, unfit)
        topic = self._topic()
        if (
            surely is not None
            and topic is not None
            and not _one_person(topic, surely)
            and not (unfit and _one_person(topic, unfit))
            and topic in self.people
            and self._sex_fits(pronoun, topic)
            and not self._named_here(surely)
        ):
            # "Edwin passed. … Rosalind wrote the contract down. ‘…,’ he said": the man the
            # paragraph opens on, not one only an earlier paragraph says is a man
            return topic
        if surely is not None:
            return surely
        fitting = set()
        for match in re.finditer(_NAME, self.before):
            name = _clean_name(re.sub(r"^The\s+", "", match.group(0)))
            if not name or not self._known(name):
                continue
            full = self._full_name(name)
            if unfit is not None and _same_person(full, unfit):
                continue
            if full in self.people and self._sex_fits(pronoun, full):
                fitting.add(full)
        if not fitting and _pronoun_sex(pronoun):
            # nobody in the paragraph: the one person of the paragraphs before whom nothing
            # rules out ("His wife saw the bargain …. ‘…,’ she told" after "Daniel and
            # Margaret Penrose", Daniel a man)
            fitting = {
                person
                for person in self._recent_people()
                if not (unfit and _one_person(person, unfit))
                and self._sex_of(person) in (None, "?", _pronoun_sex(pronoun))
            }
        if len(fitting) > 1 and (topic := self._topic()) is not None:
            # "Winifred Aske sold tickets …. Asked by Jean Tolley whether she …, she laughed:"
            # with other people named between: the one the passage is about
            about = [person for person in fitting if _one_person(person, topic)]
            if len(about) == 1:
                return about[0]
        return fitting.pop() if len(fitting) == 1 else None

    def _named_here(self, person: str) -> bool:
        """Whether the paragraph's words before the quotation name ``person``."""
        return re.search(self._naming(person), self.before) is not None

    def _naming(self, person: str) -> str:
        """A pattern for the ways the text names ``person``: in full, by a surname nobody else
        has, or by a given name nobody else has."""
        words = person.split()
        forms = [re.escape(person)]
        if len(words) >= 2 and sum(p.split()[-1] == words[-1] for p in self.people) == 1:
            forms.append(re.escape(words[-1]))
        if len(words) >= 2 and self._given_name_of(words[0]) == person:
            forms.append(re.escape(words[0]))
        return rf"\b(?:{'|'.join(forms)})\b"

    def _topic(self) -> str | None:
        """Whom the passage being read is about: the person its paragraph opens on as the
        subject of its first sentence, else the person the heading above it names ("Winifred
        Aske, cashier 1949–1980"); None when neither names one person."""
        sentences = [t for t in _SENTENCE_BREAK.split(self.before) if t.strip()]
        opening = _TOPIC_OPENING.match(sentences[0].strip()) if sentences else None
        named = self._subject_name(opening["name"], whole=True) if opening else None
        if named is not None:
            return self._full_name(named)
        heading = next(
            (b for b in reversed(self.blocks) if b.heading and b.end <= self.position), None
        )
        titled = _TOPIC_HEADING.match(heading.text.strip()) if heading is not None else None
        named = self._subject_name(titled["name"], whole=True) if titled else None
        return self._full_name(named) if named is not None else None

    def _text_subject(self, pronoun: str, unfit: str | None) -> str | None:
        """The person the text is about, for a "he"/"she" that neither the one named last nor
        anyone near fits: of the people named so far, the one the text names most often (in
        full, or by a surname or given name nobody else has), when the text does not rule the
        pronoun out for them and names nobody else as often. Doubted by the caller."""
        wanted = _pronoun_sex(pronoun)
        if wanted is None:
            return None
        before = self.text[: self.position]
        counts: dict[str, int] = {}
        for person in self.people:
            if (unfit and _one_person(person, unfit)) or self._sex_of(person) not in (
                None,
                "?",
                wanted,
            ):
                continue
            if person not in before:
                continue  # a name read across a title page's line ends is nobody's
            counts[person] = len(re.findall(self._naming(person), before))
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _note_accented(self, text: str) -> None:
        """Full names opening with an accented capital ("Émile Lemaire"), which the plain
        name pattern misses: known for a later surname alone."""
        for accented in _ACCENTED_NAME.finditer(text):
            if re.search(r"\b(?:the|in|at|near|to|from|into|of|on)\s+$", text[: accented.start()]):
                continue  # "from Hallstatt to Český Krumlov": a place
            if accented[0] not in self.people:
                self.people.append(accented[0])

    def _note_family(self, text: str) -> None:
        """Full names the text gives by way of a family: "Sidney and Beatrice Webb" names
        Sidney Webb too; "Thomas, the elder son," and "his sister, Ann," carry the surname of
        the family the text is about (the person named last), "Nell's brother Kit" Nell's."""
        for couple in _COUPLE.finditer(text):
            surname = couple["surname"]
            if _NOT_PERSON_ENDINGS.search(surname) or {couple["a"], couple["b"]} & _NOT_NAMES:
                continue
            if self._known(couple["a"]) or re.search(
                rf"\b(?:[A-Z]\.?\s*){{1,3}}\s{couple['a']}\b|"
                rf"\b(?:Mr|Mrs|Miss|Ms|Dr|Comrade|Sir|Lady|Lord)\.?\s+{couple['a']}\b",
                self.text,
            ):
                continue  # "Lenin and Josef Stalin": a surname, written with initials elsewhere
            before = re.search(r"\b(?P<word>[A-Z][a-z][\w’'-]*)\s+$", text[: couple.start()])
            if (
                before
                and before["word"] not in _NOT_NAMES
                and not re.search(rf"\b{before['word'].lower()}\b", self.text)
            ):
                continue  # "Iris Bellamy and Conrad Vane": two people, the first in full
            self._note_together(surname, (couple["a"], couple["b"]))
        for together in _NAMED_TOGETHER.finditer(text):
            surname = together["surname"] or together["surname2"]
            pair = (together["a"] or together["a2"], together["b"] or together["b2"])
            if not _NOT_PERSON_ENDINGS.search(surname) and not set(pair) & _NOT_NAMES:
                self._note_together(surname, pair)
        for kin in _FIRST_NAME_KIN.finditer(text):
            given = kin["first"] or kin["given"]
            if (
                given in _NOT_NAMES
                or self._known(given)
                or any(p.split()[0] == given for p in self.people if len(p.split()) >= 2)
            ):
                continue
            owner = kin["owner"] or kin["owner2"]
            named = [  # "the elder son", "his son": of the family named last
                full
                for found in re.finditer(_NAME, text[: kin.start()])
                if (full := _clean_name(found.group(0).rstrip(".")))
                and len(full.split()) >= 2
                and "." not in full
                and full.split()[0] not in _NOT_NAMES
                and not _NOT_PERSON_ENDINGS.search(full)
                # "at Hatch End", "the Western Echo": a place or a thing
                and not re.search(
                    r"\b(?:the|The|at|in|near|from|to|into|on|of)\s+$",
                    text[: found.start()],
                )
            ]
            if owner[:1].isupper() and owner not in ("His", "Her", "Their"):
                given_owner = owner.removesuffix("’s").removesuffix("'s")  # "Nell's brother"
                named = [n for n in named if given_owner in n.split()] or [
                    self._full_name(given_owner)
                ]
            family = named[-1] if named else self.last_person
            if family is None or len(family.split()) < 2 or _NOT_PERSON_ENDINGS.search(family):
                continue
            full = f"{given} {family.split()[-1]}"
            self.people.append(full)
            self._note_sex(full, "f" if kin["f"] or kin["f2"] else "m")

    def _note_together(self, surname: str, given: tuple[str, str]) -> None:
        """Two people the text names together under one surname: both full names are known,
        and the surname alone names neither."""
        for first in given:
            if f"{first} {surname}" not in self.people:
                self.people.append(f"{first} {surname}")
        self.named_together.setdefault(surname, set()).update(f"{g} {surname}" for g in given)

    def _note_people(self, text: str) -> None:
        """People the author's prose names ("her neighbour Tobias Renn disagreed"): full names
        for later surnames, and the last one named for a later "she said"."""
        for listed in _ATTENDANCE_LINE.finditer(text):
            # minutes' "Present: …" and "Apologies: …": full names for a later "Mr Quist",
            # never the one a later "she" stands for
            for match in re.finditer(_NAME, listed.group(0)):
                full = _clean_name(match.group(0))
                if full and len(full.split()) >= 2 and full not in self.people:
                    self.people.append(full)
            text = text[: listed.start()] + " " * len(listed.group(0)) + text[listed.end() :]
        for addressed in _ADDRESSEE_OPENING.finditer(text):
            # "To her sister Inger she wrote": whom the words were for, never a later "she"
            text = (
                text[: addressed.start()] + " " * len(addressed.group(0)) + text[addressed.end() :]
            )
        self._note_accented(text)
        self._note_family(text)
        self._note_sexes(text)
        text = ranks_left_blank(text)  # "Major the Hon. Denis Wraxall": Denis Wraxall
        titles = _title_spans(text)
        depth_at = _parenthesis_depths(text)
        last: tuple[int, str] | None = None
        subject_at = -(10**9)  # where the person of the current sentence was named
        for match in _SUBJECT_THEN_PRONOUN.finditer(text):
            name = match.group("name")
            if name not in _NOT_NAMES and not _NOT_PERSON_ENDINGS.search(name):
                subject = self._full_name(name, near=text[: match.start()])
                last = (match.start(), subject)  # "Stalin was … He was …"
        for match in _ONE_WORD_SUBJECT.finditer(text):  # "Plato imagined … In it he asks"
            name = match.group("name")
            if (
                name not in _NOT_NAMES
                and not _NOT_PERSON_ENDINGS.search(name)
                and not re.search(rf"\b{name.lower()}\b", self.text)
                and not self._plural_kind(name)  # "Visitors remembered him …"
                # "for the BBC Radio Cumbria series": the last word of a longer name
                and not re.search(r"(?<![’'])\b[A-Z][\w-]*\s+$", text[: match.start("name")])
                and (last is None or last[0] < match.start())
                # the whole text: the words before a quotation may end before the "he"
                and _LATER_PRONOUN.match(self.text, max(0, self.text.find(match.group(0))))
            ):
                last = (match.start(), self._full_name(name, near=text[: match.start()]))
        roles: set[str] = set()
        for match in _ROLE_SUBJECT.finditer(text):  # "The Psalmist knew … he writes"
            held = self._role_holder(match["name"])
            if held is not None and (last is None or last[0] < match.start()):
                last = (match.start(), held)  # "The Inspector was …. He …": the one named so
                continue
            if (
                _surely_a_person(match["head"])  # "The list runs …" is no one
                and match["head"].lower() not in self.roles
                # "The reporter asked her …": the one asked is who the "she" after stands for
                and not re.match(r"\s+(?:him|her|them)\b", text[match.end() :])
                and (last is None or last[0] < match.start())
                and _LATER_PRONOUN.match(self.text, max(0, self.text.find(match.group(0))))
            ):
                last = (match.start(), match["name"])
                roles.add(match["name"])
        for match in _UNNAMED_THEN_PRONOUN.finditer(text):  # "… a parishioner. She had …"
            if _surely_a_person(match["head"]) and (last is None or last[0] < match.start()):
                last = (match.start(), match["name"])
                roles.add(match["name"])
        for match in _KIN_APPOSED.finditer(text):  # "Edmund Hale’s wife, Martha, is …"
            if last is None or last[0] < match.start("name"):
                last = (match.start("name"), match.group("name"))
            if (
                re.search(r"\b(?:[Mm]y|[Oo]ur)\s+(?:[a-z]+\s+)?$", text[: match.start()])
                and match["name"] not in self.people
                and self._full_name(match["name"]) == match["name"]
            ):  # "My brother, Arjun,": the writer's family, by the name the text gives them
                self.people.append(match["name"])
        for match in _APPOSED_BODY.finditer(text):  # "… Company, were …. Their handbill:"
            body = " ".join(match["name"].split())
            if _BODY_NAME.search(body) and (last is None or last[0] < match.start("name")):
                last = (match.start("name"), body)
        self._note_roles(text)
        for introduced in _INTRODUCED.finditer(text):
            # "a fan known as Ted", "who gave her name only as Bridie": the one name the text
            # gives a person is their name
            given = _clean_name(introduced["name"])
            if (
                given
                and " " not in given
                and _GIVEN_NAME.search(introduced[0])
                and given not in self.people
            ):
                self.people.append(given)
        for nicknamed in _NICKNAMED.finditer(text):  # 'Edward "Turkey" Smart': Edward Smart
            known_as = f"{nicknamed['first']} {nicknamed['last']}"
            if known_as not in self.people:
                self.people.append(known_as)
        for match in re.finditer(_NAME, text):
            before = text[max(0, match.start() - 300) : match.start()].rstrip('*_“"‘ \n')
            written = re.sub(r"^The\s+(?=[A-Z])", "", match.group(0))  # "The Reverend …"
            honorific = _HONORIFIC.match(written)
            if honorific:  # "the Reverend Samuel Ashdown": a person, named without the title
                name = _clean_name(written[honorific.end() :])
                if name and len(name.split()) >= 2:
                    if name not in self.people:
                        self.people.append(name)
                    self.last_person = name
                elif name and (full := self._full_name(written)) != written:
                    self.last_person = full  # "Ms Kalsi" after "Present: Priya Kalsi": her
                continue
            if re.match(r"The\s+[A-Z][\w’'-]*\s+[A-Z]", match.group(0)):
                continue  # "The Harbour Echo reported": a paper or a body ("The Webbs" are people)
            if re.search(
                r"(?:^|\s)(?:the|The|in|at|near|before|to|from|into|across|on|of|beyond|outside|"
                r"(?:published|printed|issued)\s+by|(?:member|MP|councillor|candidate)\s+for)$",
                before,
            ):
                # "the member for Mill Green" (a seat), "from Hallstatt to Český Krumlov" (a
                # route): places, never people
                place = re.search(
                    rf"\b(?:(?:member|MP|councillor|candidate)\s+for|from\s+{_NAME}\s+to)$", before
                )
                full = _clean_name(match.group(0))
                if (
                    full
                    and len(full.split()) >= 2
                    and not before.endswith(("the", "The"))
                    and not any(_NOT_PERSON_ENDINGS.search(w) for w in full.split())
                    and re.match(r",\s+who\b", text[match.end() :])
                ):  # "The last word belongs to Ann Rudd, who …": the one the text is about
                    if full not in self.people:
                        self.people.append(full)
                    self.last_person, last = full, None
                    subject_at = match.start()
                    continue
                if (
                    full
                    and len(full.split()) >= 2
                    and not before.endswith(("the", "The"))
                    and not any(_NOT_PERSON_ENDINGS.search(w) for w in full.split())
                    and full not in self.people
                    and not place
                ):
                    self.people.append(full)  # "described it to Ruth Shaw": her full name
                if full and full in self.people and _RETURNS_TO.search(before):
                    # "The last chapter returns to Ann Rudd": the one it is about now
                    self.last_person, last = full, None
                    subject_at = match.start()
                    continue
                sentence = re.split(r"[.!?]\s", before)[-1]
                if (
                    full
                    and len(full.split()) >= 2
                    and subject_at < match.start() - len(sentence) - 2
                    and re.search(r"\b(?:talk|talked|speak|spoke|listen|listened)\s+to$", before)
                ):  # "The Courier sent a reporter to talk to Ada Rook. She was blunt.": Rook is
                    # whom a "she" next stands for (no person is the sentence's subject)
                    self.last_person, last = full, None
                    subject_at = match.start()
                continue  # an institution or a place, or someone who is not the subject
            if depth_at[match.start()] or any(a <= match.start() < b for a, b in titles):
                continue  # "(Khrushchevian Revisionism)", "his novel How The Steel Was Tempered"
            name = _clean_name(match.group(0))
            if not name or name.split()[0] in _NOT_NAMES:
                continue
            name = _person_after_role(name) or name  # "Shopkeeper Li Wei": Li Wei
            if re.fullmatch(r"[A-Z][\w-]*(?:’s|'s)\s+[A-Z][\w-]+", name):
                continue  # "Shakespeare's Hamlet": a character of a work, read by its one name
            if any(_NOT_PERSON_ENDINGS.search(w) for w in name.split()) and not (
                _PERSON_APPOSED.search(text[max(0, match.start() - 60) : match.start()])
                and re.match(r"\s*,", text[match.end() :])
            ):
                continue  # a doctrine, a body or an event ("A woman, Dorothy Lane," is a woman)
            sentence = re.split(r"[.!?]\s", before)[-1]
            sentence_start = match.start() - len(sentence) - 2
            if _OWNER_OR_PRONOUN_SUBJECT.match(sentence) and self.last_person is not None:
                # "His proudest night was the premiere, attended by its director, X,", "She was
                # met by the manager's wife, Y,": the sentence is about whom "His"/"She" stands
                # for; a name after a preposition or a subordinate word is named in passing
                subject_at = max(subject_at, sentence_start)
            clauses = list(_SUBORDINATE.finditer(sentence))  # "… after Sophia Renwick set it up"
            # "…, the year the critic Lena Frost called the club a museum": a clause about a time
            clauses += list(_TIME_CLAUSE.finditer(sentence))
            clause = max(clauses, key=lambda c: c.end()) if clauses else None
            subordinate = (
                clause is not None
                and "," not in sentence[clause.end() :]
                and subject_at >= sentence_start
            )
            told = _OBJECT_VERB.search(sentence)
            # "Asked in 1990 by the chairman, Jean Tolley, whether she …, she laughed": the one
            # a participle opening the sentence names after "by" is not its subject
            by_participle = re.match(r"\s*(?:When\s+)?[A-Z][a-z]+ed\b", sentence) is not None
            agent = (
                (subject_at >= sentence_start or by_participle)
                and bool(_AFTER_AGENT.search(sentence))
            ) or (
                told is not None
                and (
                    subject_at >= sentence_start
                    or _PRONOUN_SUBJECT.search(sentence[: told.start()]) is not None
                )
            )  # whom a person spoke to; "When the Observer interviewed Kemp, he …" is Kemp
            if len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split()):
                if not any(name == p for p in self.people):
                    self.people.append(name)
                if subordinate or agent:
                    continue  # "Joan Tebbit read it … after Sophia Renwick set it up": Tebbit
                if (self.last_person is not None or self._topic() is not None) and (
                    _PAIR_NAMED.search(before[-60:]) or _PAIR_NAMED.match(text[match.end() :])
                ):
                    continue  # "the two managers, Colin Fairbairn and Ronald Peck, never spoke":
                    # two people are a "they"; the next "he" or "she" is whom the passage was
                    # about before them (with nobody before, the review doubts either)
                if last is None or last[0] < match.start():
                    topic = self.last_person
                    self.last_person, last = name, None
                    subject_at = match.start()
                    rest = text[match.end() : match.end() + _sentence_end(text[match.end() :])]
                    acted_on = _OBJECT_PRONOUN.search(rest)
                    if (
                        topic is not None
                        and topic != name
                        and acted_on is not None
                        and not _ANOTHER_CLAUSE.search(rest[: acted_on.start()])
                    ):
                        # "The treasurer, Geoffrey Stott, had booked him": the "him" is the one
                        # the passage is about, and so is the next "he" (a "she" is not him)
                        self.last_person = topic
                        said = "m" if acted_on[0] == "him" else "f"
                        if topic in self.people and self.sexes.get(topic) is None:
                            self.sexes[topic] = said
            elif (
                (
                    self._known(name)
                    or (  # "Edith" after "Hugh and Edith Garland"; not "Edith's husband"
                        self._given_name_of(name) is not None
                        and not re.match(r"(?:’s|'s)\b", text[match.end() :])
                    )
                )
                and (last is None or last[0] < match.start())
                and not subordinate
                # "She says that Hart's letters are …": what she speaks of, not who speaks next
                and not (
                    re.search(r"\bthat$", before)
                    and re.match(r"[\w-]*(?:’s|'s)\b", text[match.end() - 2 :])
                )
                and not agent
            ):  # "… is generous to doctors like Tull", "came with his daughter Rose": not the
                # subject
                self.last_person, last = self._full_name(name, near=text[: match.start()]), None
                subject_at = match.start()
        for pen in _PEN_NAME.finditer(text):  # "Its columnist, who writes as “Kedge”, …. His"
            if last is None or last[0] < pen.start():
                last = (pen.start(), self.people_keys.get(pen["pen"], pen["pen"]))
        if last is not None:
            self.last_person = last[1]
            if last[1] in roles:  # unnamed: "The Psalmist", as written
                self.unnamed_speaker = last[1]

    def _candidates(self, text: str, base: int = 0) -> list[tuple[int, str | None, bool, str]]:
        """Whoever ``text`` says is speaking: (where, name, unnamed, how); name None is a
        pronoun ("she wrote") standing for the last person named."""
        found: list[tuple[int, str | None, bool, str]] = [
            (base + at, self._kin_named(text[:at], name), False, "lead-in")
            for at, name in self._names_in(text)
        ]
        asides: list[tuple[int, int]] = []  # an unnamed speaker's aside: nobody in it speaks
        for clause in _RELATIVE_ASIDE.finditer(text):
            # "the children of Class 2, whom she visited every spring, sent a card:": a "she"
            # in a clause about the subject is not the one who speaks
            asides.append((base + clause.start(), base + clause.end()))
        for match in _UNNAMED.finditer(text):
            if re.search(r"\b(?:words|phrase|sentence|lines|terms)\s+$", text[: match.start()]):
                continue  # "put it in words her listeners remembered:": what they remembered
            if re.search(r"\bwho\s+(?:[a-z]+\s+){1,3}$", text[: match.start()]):
                continue  # "a deckhand who has crewed the crossing since 2009, …, said": no one
            if re.fullmatch(
                r"[Tt]he\s+(?:\*?[A-Z][\w’'-]*\*?\s+){1,3}of\s+(?:that|the\s+(?:next|following|"
                r"same))\s+[a-z]+",
                match["name"],
            ):
                continue  # "The Craven Herald of the following week": a paper's issue, named
            words = match.group("name").split()
            apposed = match.group("apposed") or ""
            appositive = re.sub(r"^(?:a|an|one)\s+", "", apposed.strip(", "))
            # "Their organiser, the harbour engineer Frank Lund, described", "The chairman,
            # retired headteacher Ann Hale, told": the person named
            appositive = re.sub(rf"^(?:the\s+|{_APPOSED_DESCRIPTION})(?=[A-Z])", "", appositive)
            appositive = re.sub(r"\s+(?:of|from)\s+[A-Z][\w’'-]*$", "", appositive)
            named = self._subject_name(appositive, whole=True)
            introduced = _INTRODUCED.search(apposed)
            if named is None and introduced:  # "Its leader, a schoolteacher named Ann Rudd,"
                named = self._subject_name(introduced["name"], whole=True)
                if named is None and _GIVEN_NAME.search(introduced[0]):
                    # "A retired teacher, who would give her name only as Maureen,": the name
                    # the text gives her, one word or more
                    named = _clean_name(introduced["name"])
            kin = re.fullmatch(rf"(?:[Hh]is|[Hh]er)\s+{_SAME_SURNAME_KIN}", match.group("name"))
            given = apposed.strip(", ")
            if named is None and kin and re.fullmatch(r"[A-Z][a-z]+", given):
                owner = self._antecedent(text[: match.start()])
                if owner and len(owner.split()) >= 2:
                    named = f"{given} {owner.split()[-1]}"  # "His daughter, Loveday," of Tregenza
            if named is not None:  # "the chairman, Tobias Renn, replied": he is named
                # (a name a relative clause gives is where the phrase it names begins)
                at = match.start("apposed") + 2 if not introduced else match.start()
                found.append((base + at, named, False, "lead-in"))
            elif (
                not any(
                    (w.strip("’'s") in _NOT_PEOPLE or w in _NOT_PEOPLE or w in _NOT_A_PERSON_PHRASE)
                    and not (w.endswith(("’s", "'s")) and _ROLE_NOUN.search(words[-1]))
                    for w in words[1:]
                )
                and not _TIME_WORDS & set(_head_words(words))
                and not re.search(
                    r"\b(?:and|or|what|whether|how|why|where)\b|\bin\s+(?:1[5-9]\d\d|20\d\d)\b",
                    match.group("name"),
                )
            ):  # "the paper's editor": a person ("the old yard in 1879 and" is no one)
                # "A volunteer at the 1983 open day": when, not who
                name = _LOWER_PLACE_PHRASE.sub(_kept_unless_when, match.group("name"))
                at = base + match.start("name")
                qualified = self._qualified_phrase(text[: match.start()])
                if qualified is not None:
                    # "Her successor at the new primary in Warbeck, …, told me": a phrase after
                    # a preposition says where or whose someone is; the one it qualifies speaks
                    if not qualified[1]:
                        continue
                    at, name = base + qualified[0], qualified[1] + match["name"]
                found.append((at, name, True, "lead-in"))
                if apposed:  # "One trainee, who asked Shaw not to use her name, remembered",
                    # "An old porter, asked what he recalled of it, said": the porter
                    asides.append((base + match.start("apposed"), base + match.end("apposed")))
        for match in _PRONOUN_VERB.finditer(text):
            if _OBJECT_BEFORE_PRONOUN.search(text[: match.start()]):
                continue  # "he does not answer the question she asked:": what was asked
            found.append((base + match.start(), None, False, "pronoun"))
        for match in _PRONOUN_DOCUMENT_VERB.finditer(text):  # "Her letter promised that"
            if not _OBJECT_BEFORE_PRONOUN.search(text[: match.start()]):
                found.append((base + match.start(), None, False, "pronoun"))
        for match in _NARRATOR_VERB.finditer(text):  # "“…?” I asked.": the text's own "I"
            found.append((base + match.start(), self._narrator(), False, "narrator"))
        for match in _PLURAL_SUBJECT_UNNAMED.finditer(text):  # "Visitors remembered him as"
            if not self._known(match["name"]) and self._plural_kind(match["name"]):
                found.append((base + match.start("name"), match["name"], True, "lead-in"))
        for match in _TITLED_UNNAMED.finditer(text):  # "The last Earl, asked …, said"
            qualified = self._qualified_phrase(text[: match.start()])
            if not self._known(match["title"]) and not qualified:
                found.append((base + match.start(), match["name"], True, "lead-in"))
        for match in _RELATIVE_SPEAKER.finditer(text):
            phrase = match.group("name")
            named = self._subject_name(phrase, whole=True)
            if named is None and _BODY_NAME.search(phrase):
                named = _clean_name(phrase)  # "the Harbour Board, which declared": the body
            if named is not None:
                found.append((base + match.start("who"), named, False, "lead-in"))
        found = [c for c in found if not any(a <= c[0] < b for a, b in asides)]
        for n, (where, written, unnamed, how) in enumerate(found):
            given = _ROLE_THEN_GIVEN_NAME.fullmatch(written or "") if unnamed else None
            if given is not None and people_head(given["role"]):
                # "the young apprentice Tobias says": the text names him; what it says of him
                # before his name is no part of it
                found[n] = (where, self._full_name(given["name"]), False, how)
        return sorted(found, key=lambda c: c[0])

    @staticmethod
    def _qualified_phrase(before: str) -> tuple[int, str] | None:
        """When ``before`` ends in a preposition, the words a noun phrase after it qualifies:
        (where, "Her successor at ") when they name a person ("Her successor at the new primary
        in Warbeck"), (where, "") when they name a thing or nothing ("a note in the Tower
        Book"); None when no preposition leads into the phrase."""
        if not _QUALIFYING_PREPOSITION.search(before):
            return None
        qualified = _QUALIFIED_HEAD.search(before)
        head = qualified["head"].lower() if qualified is not None else ""
        if qualified is None or head in _THING_HEADS or re.sub(r"(?:’s|'s)$", "", head) != head:
            return len(before), ""
        return qualified.start(), qualified.group(0)

    def _narrator(self) -> str:
        """Who the text's own "I" is: its author (a first-person book's, a memoir's, an
        essay's), or in a section headed as the translator's the one the text says translated
        it ("Translated from the Czech by Peter Aldous"); in a bylined entry (a live blog's, a
        log's) the entry's writer, in a note marked as someone's ("CLERK'S NOTE:") the one
        the text names in that role (voices.py)."""
        heading = next(
            (
                b.text
                for b in reversed(self.blocks)
                if b.start < self.position
                and (b.heading or _UNMARKED_HEADING.fullmatch(b.text.strip()) is not None)
            ),
            "",
        )  # "Chapter Three: The Ferry" ends the translator's note as a heading does
        translated = _TRANSLATED_BY.search(self.text)
        if translated and re.search(r"\b[Tt]ranslat(?:or|ion)", heading):
            return _clean_name(translated["name"].split("\n")[0]) or self.author
        edited = _EDITED_BY.search(self.text)
        if edited and re.search(r"\b[Ee]ditor(?:’s|'s|ial)?\b", heading):
            # "Editor's introduction" after "Edited, with notes, by Ann Lowe": hers
            return _clean_name(edited["name"].split("\n")[0]) or self.author
        office = _OFFICE_SECTION.fullmatch(heading.strip(" #*_").lower())
        held = self._role_holder(f"the {office['role'] or office['from']}") if office else None
        if held is not None:  # "CHAIR'S REPORT", "From the Treasurer": the one holding it
            return held
        letter = self.letters.at(self.position)
        if letter is not None and letter.writer is not None:
            # a letter's "I": the one who signs it or heads it `From:`, not the text's author
            return _without_honorific(self._full_name(letter.writer))
        byline = self._section_byline()
        if byline is not None:  # "Tribute" / "Given by Arthur Lowe, friend …": his "I"
            return byline
        here = next((b for b in self.blocks if b.start <= self.position <= b.end), None)
        if here is not None and _SIGNED_BY_THE_EDITOR.search(here.text):
            # "[… As I wrote in the March number, “…” — ED.]": the editor the text names
            return self._role_holder("the editor") or self.author
        voice = self.voices.at(self.position)
        if voice is not None and voice.writer is not None:
            return voice.writer  # a bylined entry's "I": its byline, not the page's authors
        if voice is not None and voice.role is not None:
            # a note the document marks as the clerk's: the clerk the text names
            return self._role_holder(f"the {voice.role}") or self.author
        return self.closing_signer or self.author  # "Helen Marsh" / "Ombudsman" at the end

    def _section_byline(self) -> str | None:
        """Who a section's own lines under its heading say gave or wrote it ("Tribute" /
        "Given by Arthur Lowe, friend and fellow ringer"; "Address" / "The Revd Judith Pyke"):
        the "I" of that section, as an order of service, a programme or a proceedings sets
        it. A line that says who reads the words ("read by the Vicar") names no writer."""
        before = [b for b in self.blocks if b.start < self.position and b.role != "debris"]
        n = len(before) - 1
        while n >= 0 and not before[n].heading:
            n -= 1
        bylines = []
        while n >= 0 and before[n].heading:
            line = before[n].text.strip()
            byline = None if "\n" in line else _SECTION_BYLINE.fullmatch(line)
            if (
                byline is not None
                and (byline["by"] or not byline["after"])
                and len(byline["name"].split()) >= 2  # "Address", "Tribute": no name
            ):
                bylines.append(byline["name"])
            n -= 1
        if len(bylines) != 1:
            return None
        name = self._subject_name(bylines[0], whole=True)
        if name is None or len(name.split()) < 2 or _BODY_NAME.search(name):
            return None
        return self._full_name(name)

    def _document_keeper(self) -> str | None:
        """Who kept the document the sentence before the words speaks of ("He kept a diary in
        his last weeks, …"): the person named, or whom its "he"/"she" stands for."""
        sentences = [t for t in _SENTENCE_BREAK.split(self.before) if t.strip()]
        if len(sentences) < 2:
            return None
        kept = _KEPT_DOCUMENT.match(sentences[-2])
        if kept is None:
            return None
        if kept["who"] in ("He", "She"):
            earlier = self.before[: self.before.rfind(sentences[-2])]
            keeper = self._antecedent(earlier)
            return keeper if self._sex_fits(kept["who"], keeper) else None
        return self._subject_name(kept["who"], whole=True)

    def _kin_named(self, before: str, name: str) -> str:
        """A first name after "his brother", "her daughter" … carries the family's surname:
        "“…,” his brother Walter replied" after Arthur Sowerby is Walter Sowerby."""
        kin = re.search(rf"\b(?:his|her|His|Her)\s+{_SAME_SURNAME_KIN},?\s+$", before)
        # "Walter Sykes's widow, Alice,": the family the possessive names
        named_kin = re.search(rf"(?P<owner>{_NAME})(?:’s|'s)\s+{_SAME_SURNAME_KIN},?\s+$", before)
        if (kin is None and named_kin is None) or " " in name or self._known(name):
            return name
        owner = (
            self._subject_name(named_kin["owner"], whole=True)
            if named_kin is not None
            else self._antecedent(before[: kin.start()] if kin else "")
        )
        owner = self._full_name(owner) if owner else None
        if owner is None or len(owner.split()) < 2 or _NOT_PERSON_ENDINGS.search(owner):
            return name
        return f"{name} {owner.split()[-1]}"

    def _named_in(self, words: str) -> str | None:
        """The one person ``words`` name in full: "a Methodist named Silas Pascoe", "the
        secretary, Silas Pascoe," or "Silas Pascoe"; None when none or several."""
        introduced = _INTRODUCED.search(words)
        if introduced:
            return self._subject_name(introduced["name"], whole=True)
        named = {
            name
            for match in re.finditer(_NAME, words)
            if (name := self._subject_name(match.group(0), whole=True)) is not None
            and len(name.split()) >= 2
        }
        return named.pop() if len(named) == 1 else None

    def _asked_by(self, asker: str, pronoun: str) -> bool:
        """Whether the sentence leading to the words says ``asker`` asked the one ``pronoun``
        stands for ("Lumb asked him whether …, and he replied:", "Rudd asked her, “…?”, and
        she answered,"): then the asker does not answer."""
        objects = {"he": "him", "she": "her"}
        word = re.match(r"\s*(\w+)", pronoun)
        asked = objects.get(word[1].lower() if word else "")
        if asked is None:
            return False
        found = list(
            re.finditer(
                rf"\b{re.escape(asker.split()[-1])},?\s+(?:\w+ly\s+)?asked\s+{asked}\b",
                self.before,
            )
        )
        # the asking sentence, or the one just before the words ("Parry asked her whether …. “…,”
        # she said")
        return bool(found) and len(re.findall(r"[.!]\s", self.before[found[-1].end() :])) <= int(
            not self.before.rstrip(" “\"‘'«").endswith((",", ":"))
        )

    def _answerer(self, answered: re.Match[str], lead: str) -> tuple[str | None, bool, str, str]:
        """Who answers after "Asked (by X) whether …,": the subject after the comma, a "she"
        the one asked, never X."""
        name = answered["name"]
        if name[:1].isupper():
            return name, False, "lead-in", lead
        asker = answered["asker"] and self._full_name(_clean_name(answered["asker"]) or "")
        self._note_people(self.before[: len(self.before) - len(lead)])
        antecedent = self.last_person
        if asker and antecedent and _same_person(asker, antecedent):
            antecedent = self._other_fitting(name, asker)
        if antecedent is not None and not self._sex_fits(name, antecedent):
            antecedent = self._other_fitting(name, antecedent)  # "Asked …, she": not him
        else:
            antecedent = self._surer_antecedent(name, antecedent) or antecedent
        topic = self._topic() if antecedent is None else None
        if (
            topic is not None
            and self._sex_fits(name, topic)
            and not (asker and _same_person(asker, topic))
        ):  # nobody named before in the section: the person its heading or paragraph is about
            antecedent = topic
        if antecedent is None:
            return None, False, "", ""
        return antecedent, False, "pronoun", lead

    def _asker(self, before: str) -> str | None:
        """Who is asking in a sentence that ends "asking … for" the quoted words: the last
        person it names in full (not after a preposition), else the "he"/"she" it opens
        with."""
        introduced = _INTRODUCED.search(before)
        if introduced:
            return self._subject_name(introduced["name"], whole=True)
        named = [
            name
            for match in re.finditer(_NAME, before)
            if not _AFTER_PREPOSITION.search(before[: match.start()])
            and (name := self._subject_name(match.group(0), whole=True)) is not None
            and len(name.split()) >= 2
        ]
        if named:
            return named[-1]
        if re.match(r"\s*(?:He|She)\b", before):
            return self._antecedent("")
        return None

    def _subject_name(self, words: str, *, whole: bool = False) -> str | None:
        """A person's name in ``words`` (all of them when ``whole``): two or more capitalised
        words, none of them an article, pronoun or preposition, or one word for someone the
        text has already named in full; "Sidney and Beatrice Webb" names two."""
        if " and " in words:
            first, _and, rest = words.partition(" and ")
            others = self._subject_name(rest, whole=True)
            if whole and others and len(others.split()) >= 2 and re.fullmatch(_CAP_WORD, first):
                return f"{first} and {others}"
            return None
        held = self._role_holder(words) if whole else None
        if held is not None:
            return held  # "The Inspector was less forgiving:": the one the text named so
        honorific = _HONORIFIC.match(words)
        if honorific:  # "The surveyor, Mr Joseph Allard, told": the person, titled as written
            rest = words[honorific.end() :]
            named = self._subject_name(rest, whole=whole)
            if named is None and whole and re.fullmatch(r"[A-Z][a-z][\w’'-]*", rest.strip(" ,.")):
                named = rest.strip(" ,.")  # "His teacher, Mrs Lund, wrote": a surname so titled
                if named in _NOT_NAMES or _NOT_PERSON_ENDINGS.search(named):
                    named = None
            return f"{words[: honorific.end()]}{named}" if named else None
        found = re.fullmatch(_NAME, words) if whole else re.match(_NAME, words)
        if found is None:
            return None
        name = found.group(0).rstrip(",.")
        if re.search(r"\b(?:Jr|Sr|Jnr|Snr)$", name) and found.group(0).endswith("."):
            name += "."  # "Harold Benn Jr.": the suffix's full stop is the name's
        name = _person_after_role(name) or name  # "Shopkeeper Li Wei": Li Wei
        # "Club President Ann Hale", "Ruth Kay OBE": where the name starts and ends
        name = " ".join(_where_the_name_ends(_where_the_name_starts(name.split())))
        name = _in_running_letters(name)  # "RUTH OKONJO told": Ruth Okonjo
        parts = name.split()
        if _clean_name(name) != name or any(p in _NOT_NAMES for p in parts):
            return None
        if any(_NOT_PERSON_ENDINGS.search(p) for p in parts):
            return None
        if len(parts) < 2 and not self._known(name) and self._given_name_of(name) is None:
            return None
        return name

    def _one_word_person(self, word: str) -> bool:
        """Whether ``word`` is someone known by one name (Virgil, Sappho, Hamlet): the text
        opens two sentences or more with it, never writes it in small letters, and it is no
        word of a body, a plural or a sentence's opening word."""
        return (
            word not in _NOT_NAMES
            and not _NOT_PERSON_ENDINGS.search(word)
            and not self._plural_kind(word)
            and not re.search(rf"\b{word.lower()}\b", self.text)
            and len(re.findall(rf"(?:^|[.!?]\s+|\n)\s*{word}\b(?![’'])", self.text)) >= 2
        )

    def _plural_kind(self, word: str) -> bool:
        """Whether ``word`` is a plural of a kind of person ("Visitors", "Children"), not a
        first name the text gave someone in full ("Karen" after "Karen Hoole")."""
        return _PLURAL_NOUN.fullmatch(word) is not None and self._given_name_of(word) is None

    def _given_name_of(self, given: str) -> str | None:
        """The one person named in full whose first name is ``given`` ("Edith" after "Hugh and
        Edith Garland"), or None."""
        people = {
            p
            for p in self.people
            if 2 <= len(p.split()) <= 3
            and p.split()[0] == given
            and not _NOT_PERSON_ENDINGS.search(p)
            and not _BODY_NAME.search(p)
            and not re.search(rf"\b{_BODY_WORDS}\b", p)
        }
        return people.pop() if len(people) == 1 else None

    def _sentence_subject(self, lead: str) -> str | None:
        """The person a lead-in sentence is about: its subject, after an opening phrase
        ("In the same speech, comrade Stalin addressed …", "But Stalin was careful to …")
        or a description ("The American historian RW Thurston gave …")."""
        stripped = _OPENING_PHRASE.sub("", lead.strip())
        stripped = _LOWER_HONORIFIC.sub("", stripped)
        apposed = list(_APPOSED_SUBJECT.finditer(stripped))
        if apposed:
            return self._subject_name(apposed[-1].group("name"), whole=True)
        after_description = _DESCRIBED_LEADING.match(stripped)
        described_by = stripped[: after_description.start("name")] if after_description else ""
        if not re.search(r"(?:’s|'s|’|')\s*$|,\s*$", described_by) and not (
            described_by.split() and _is_person_noun(described_by.split()[-1])
        ):
            after_description = None  # "The board sent Helga Marsh its answer:": no role
        named = (
            self._subject_name(after_description["name"], whole=True) if after_description else None
        )
        if named is not None:  # "Former Harbury captain Derek Oates was blunt:": Derek Oates
            return named
        leading = _LEADING_SUBJECT.match(stripped)
        named = self._subject_name(leading.group("name"), whole=True) if leading else None
        if named is not None:
            return named
        if _DESCRIBED_SUBJECT.match(stripped):
            # the first run of two or more capitalised words after the description, followed
            # by its verb: "RW Thurston" of "The American historian RW Thurston gave"
            words = re.split(r"[,:;(“\"]", stripped, maxsplit=1)[0].split()[1:9]
            run: list[str] = []
            role = ""
            for word in words:
                if re.fullmatch(_CAP_WORD, word):
                    run.append(word)
                    continue
                if len(run) >= 2:  # "The board sent Helga Marsh …": no role, no subject
                    described = bool(_ROLE_NOUN.search(role)) and role not in _NOT_DESCRIPTION
                    return self._subject_name(" ".join(run), whole=True) if described else None
                if word in _NOT_DESCRIPTION:
                    return None  # "The work of the Webbs …"
                run, role = [], word
        return None

    def _colon_subject(self, lead: str) -> str | None:
        """The subject a colon lead-in names when its verb is not a speech verb."""
        if not lead.rstrip().endswith(":"):
            return None
        entry = lead.strip().split("\n")[-1]  # a list's item: its own line, not the items above
        label = _ENTRY_LABEL.fullmatch(
            entry if re.match(r"\s*(?:[-*+•]|\d{1,3}[.)])\s", entry) else lead.strip()
        )
        if (
            label
            and (named := _clean_name(label["name"]))
            and (self._known(named) or (label["role"] and len(named.split()) >= 2))
        ):
            # a turn in running text: 'Parry: “Did you …?” Roberts: “Never.”'; a list's entry
            # naming someone and their trade before their words ("- Ann Lee, weaver: “…”")
            return named
        timed = _NAME_THEN_WHEN.search(lead.strip())
        named = self._subject_name(timed["name"], whole=True) if timed else None
        if named is not None:
            # "Morwenna, afterwards:", "The captain, at the bar:": the name alone, and when or
            # how they said it, stand for the sentence
            return self._full_name(named)
        possessed = _POSSESSOR_IN_WORK.search(lead.strip())
        named = self._subject_name(possessed["name"], whole=True) if possessed else None
        if named is not None:
            # "The classic view is Ann Hale's, in Rooks and Pawns (1931):": the view is hers
            return self._full_name(named)
        subject = self._sentence_subject(lead)
        if subject is not None:
            return subject
        one = re.match(r"(?P<name>[A-Z][a-z][\w-]+)\s+(?:\w+ly\s+)?[a-z]", lead.strip())
        if one and self._one_word_person(one["name"]):
            return one["name"]  # "Virgil put that duty in words …:", "Sappho begins:"
        owned = _OWN_SAYING.match(_OPENING_PHRASE.sub("", lead.strip()))
        if owned:  # "Joseph Arnaud's own rule of the house was carved over the door:"
            named = self._subject_name(owned["name"], whole=True)
            if named is not None:
                return named
        stripped = _OPENING_PHRASE.sub("", lead.strip())
        maker = self._thing_maker(stripped)
        if maker is not None:
            return maker
        body = re.match(
            r"^(?:The\s+)?(?P<name>(?:[A-Z][\w’'-]*\s+){0,5}[A-Z][\w’'-]*)\s+"
            r"(?:\w+ly\s+|then\s+|also\s+)?[a-z]",
            stripped,
        )
        if body and _BODY_NAME.search(body["name"]):
            return body["name"]  # "Ebbfield Burial Board closed the yard and recorded why:"
        kind = re.match(
            r"^(?:The|Its|Their)\s+(?P<kind>council|committee|board|society|company|trust|club|"
            r"vestry|corporation|association)(?:’s|'s)\s",
            stripped,
        )
        if kind:
            return self._body_named(kind["kind"].capitalize())
        # "The pottery's price list of 1903 offered them": the one pottery the text names
        head = re.match(
            rf"^The\s+(?P<kind>[a-z][a-z-]+)(?:’s|'s)\s+(?:[a-z][\w-]*\s+){{0,2}}"
            rf"{_OWNED_DOCUMENT_NOUNS}",
            stripped,
        )
        return self._body_by_head(head["kind"]) if head else None

    def _thing_maker(self, lead: str) -> str | None:
        """Who made the thing a colon lead-in is about, when its subject is a thing, not
        somebody: its owner named in full ("Dunning's entry for that morning is the longest
        in the book:", a Dunning named before) or the one whose hand it is in ("a note in the
        hand of the scorer, Percy Lund:")."""
        hand = _IN_THE_HAND_OF.search(lead)
        if hand is not None:
            named = self._subject_name(hand["name"], whole=True)
            if named is not None:
                return self._full_name(named)
        for pattern in (_OWNER_OF_THING, _THING_OF_OWNER, _THING_BY_OWNER, _OWNERS_WORDS, _MADE_BY):
            owned = pattern.search(lead)
            if owned is None or owned["head"].lower() not in _MADE_THINGS:
                continue
            if _AFTER_PREPOSITION.search(lead[: owned.start()]):
                continue  # "quoted in Ann Pell's history:": where the words are, not whose
            if owned["role"]:  # "the secretary's words": the one the text named so
                role = owned["role"].lower()
                apposed = re.match(
                    rf",\s+(?:{_APPOSED_DESCRIPTION})?(?P<name>{_NAME})(?=\s*[,(])",
                    lead[owned.end() :],
                )
                named = self._subject_name(apposed["name"], whole=True) if apposed else None
                if named is not None and _is_person_noun(role):
                    # "The statement of the cashier, Ann Rudd, 61, was read out:": hers
                    return self._full_name(named)
                held = self._role_holder(f"the {role}") if _is_person_noun(role) else None
                if held is not None:  # the one the text names in that role, before or after
                    return held
                continue
            named = self._subject_name(owned["name"], whole=True)
            if named is None and pattern is _MADE_BY:
                named = self._maker_named(owned["name"])
            if named is not None:
                return self._full_name(named)
        return None

    @staticmethod
    def _maker_named(name: str) -> str | None:
        """A maker a "by" names that is no person's full name: a body ("Saltaire Civic
        Trust") or a surname with its courtesy title ("Mrs Hebblethwaite"), as written."""
        titled = re.fullmatch(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w’'-]+", name)
        return name if _BODY_NAME.search(name) or titled else None

    def _work_maker(self, lead: str) -> tuple[str, str] | None:
        """Who made the words a lead-in says stand at a place in a made thing ("Her new poem
        “…” closes on the couplet", "Its best-known poem, “…”, ends with the lines"): the
        thing's owner, the person a "her" stands for, or for an "its" the owner of the thing
        the sentence before opens on ("Kettering's first collection … . Its best-known
        poem")."""
        if not _WHERE_IN_IT.search(lead):
            return None
        sentences = [t for t in _SENTENCE_BREAK.split(self.before) if t.strip()]
        owned = _OWNED_WORK_OPENING.match(sentences[-1]) if sentences else None
        if owned is None:
            return None
        if owned["name"]:
            named = self._subject_name(owned["name"], whole=True)
            return (self._full_name(named), "lead-in") if named else None
        earlier = "".join(sentences[:-1])
        if owned["pronoun"] in ("Its", "The") or owned["it"]:
            # the owner or the maker of the thing the sentence before opens on: "Ambler's
            # third book was a long poem. The poem ends", "Jim Hartley wrote the song. It opens"
            before = sentences[-2] if len(sentences) > 1 else ""
            prior = _OWNED_WORK_OPENING.match(before)  # never "Hale's favourite hymn was …"
            made = _MAKER_OF_THING.match(before)
            maker = prior["name"] if prior and prior["name"] else made["name"] if made else None
            named = self._subject_name(maker, whole=True) if maker else None
            return (self._full_name(named), "pronoun") if named else None
        antecedent = self._antecedent(earlier)
        if antecedent is None or not self._sex_fits(owned["pronoun"].lower(), antecedent):
            return None
        return antecedent, "pronoun"

    def _one_body_named(self, kind: str) -> str | None:
        """The one body of this ``kind`` the text names in full, a shorter form of it ("the
        Education Committee" of "the Hexley Education Committee") being the same body."""
        named = {
            re.sub(r"^The\s+", "", " ".join(found[0].split()))
            for found in re.finditer(
                rf"\b(?:[A-Z][\w’'-]*\s+){{1,5}}{re.escape(kind)}\b", self.text
            )
        } - {kind}
        longest = {n for n in named if not any(o != n and o.endswith(" " + n) for o in named)}
        return longest.pop() if len(longest) == 1 else None

    def _body_before(self, words: str) -> str | None:
        """The body a sentence names last before an "its" ("The Northern Counties
        Cross-Country Association (NCCCA) then disqualified him, and its"), as named in full."""
        bodies = [
            named
            for found in re.finditer(
                r"(?:[A-Z][\w’'-]*\s+(?:(?:of|the|and|for|on)\s+)*){0,6}"
                r"[A-Z][\w’'-]*",
                words,
            )
            if (named := re.sub(r"^The\s+", "", found[0])) and _BODY_NAME.search(named)
        ]
        if not bodies:
            return None
        last = bodies[-1]
        return self.people_keys.get(last) or self._body_named(last) or last

    @staticmethod
    def _unnamed_subject_before(before: str, pronoun: str) -> str | None:
        """Whom a "he" or "she" opening its sentence stands for when the sentence before opens
        on a person the text never names and names nobody else ("Our investigator thought the
        complaint should be upheld. She said:"): that person, as described."""
        if not re.match(r"\s*(?:[Ss]he|[Hh]e)\b", pronoun) or not re.search(r"[.!?]\s*$", before):
            return None
        paragraph = re.split(r"\n\s*\n", before.strip())[-1]
        sentences = [t for t in _SENTENCE_BREAK.split(paragraph) if t.strip()]
        if not sentences:
            return None
        last = sentences[-1].strip()
        if re.search(r"[“”\"‘]", last) or re.search(r"(?<!^)\b[A-Z][a-z]", last[1:]):
            return None  # someone named in it, or words quoted: the usual antecedent
        opening = [d for d in described_speakers(last) if d.start == 0 and not d.plural]
        if opening:
            return opening[0].name
        subject = _ONE_UNNAMED_OPENS.match(last)  # "A volunteer counted the knot twice."
        return subject["name"] if subject and _is_person_noun(subject["head"]) else None

    def _body_subject(self, before: str) -> str | None:
        """The body the last sentence of ``before`` opens on as its subject ("Harrowgate
        didn't agree."), named in full as the text names it ("Harrowgate Mutual Insurance
        Ltd"); None when that subject is no body."""
        paragraph = re.split(r"\n\s*\n", before.rstrip())[-1]
        sentences = [t for t in _SENTENCE_BREAK.split(paragraph) if t.strip()]
        subject = (
            re.match(
                rf"\s*(?:The\s+)?(?P<name>{_NAME})\s+(?:\w+ly\s+)?[a-z][\w’'-]*\b", sentences[-1]
            )
            if sentences
            else None
        )
        if subject is not None:
            full = self._full_name(subject["name"])
            if _BODY_NAME.search(full) or _FIRM_END.search(full):
                return full
        # "After the floods of 2024, Tamsford Town Council resolved to ask residents.": the one
        # body the sentence names after its opening phrase
        after_opening = re.search(r",\s+(?:the\s+)?(?=[A-Z])", sentences[-1]) if sentences else None
        if after_opening is not None:
            body = self._body_before(sentences[-1][after_opening.end() :])
            if (
                body is not None
                and self._body_before(sentences[-1][: after_opening.start()]) is None
            ):
                return body
        return self._its_owner(before) if subject is not None else None

    def _its_owner(self, before: str) -> str | None:
        """The body an "its" stands for: the subject of the sentence before, as the one body
        the text names in full with that word ("Calder" of "the Calder Type Foundry")."""
        paragraph = re.split(r"\n\s*\n", before.rstrip())[-1]
        sentences = [t for t in _SENTENCE_BREAK.split(paragraph) if t.strip()]
        subject = (
            re.match(rf"\s*(?P<name>{_NAME})\s+(?:was|is|had|has)\b", sentences[-1])
            if sentences
            else None
        )
        if subject is None:
            return None
        bodies = {
            " ".join(found[0].split())
            for found in re.finditer(
                rf"\b{re.escape(subject['name'])}(?:\s+[A-Z][\w’'-]*){{0,3}}\s+{_BODY_WORDS}\b",
                self.text,
            )
        }
        return bodies.pop() if len(bodies) == 1 else None

    def _described_in(self, lead: str) -> list[Described]:
        """The people the lead-in's last sentence describes as saying the words ("Some pupils
        in Year 3 explained that"), placed in ``lead``; a group named only in general
        ("Passengers thought the crossing ‘slow but safe’") never for a mere phrase."""
        sentence = [t for t in _SENTENCE_BREAK.split(lead) if t.strip()][-1:]
        if not sentence or re.search(r"[.!?]\s*$", lead):
            return []  # a sentence closed before the words leads into nothing
        offset = len(lead) - len(sentence[0])
        # "*Wisden*’s obituarist", "The *Courier*’s cricket writer": described as in roman
        # (a place in it a mark or two early)
        words = _IN_ITALICS.sub(lambda title: title[1], sentence[0])
        return [
            Described(offset + d.start, d.name, d.plural)
            for d in described_speakers(words)
            if not (d.generic and self.only_a_phrase)
        ]

    def _speaker_from(
        self, lead: str, after: str, display: bool
    ) -> tuple[str | None, bool, str, str]:
        """(name as written, unnamed, how, the words that named them) from the lead-in, else
        from the words after the quotation."""
        # a direction between a speaker's name and the colon says to whom or how, not who:
        # "PR (to HO):", "PR, to HO:", "PR (aside):"
        lead = _TURN_DIRECTION.sub(r"\g<name>", lead)
        # "The Fund, which gave £40,000 towards it, said": a number's thousands are no comma
        # closing an aside
        lead = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", " ", lead)
        # "In her witness statement the claimant says": the opening phrase set off, as a comma
        # would set it off
        lead = _BARE_OPENING.sub(lambda m: (m["phrase"] or m["time"]) + ", ", lead)
        # "… was warmer:⁶": a note's mark after a colon leaves it a colon lead-in
        lead = re.sub(r":\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^?\d+\])\s*$", ":", lead)
        # "**Joseph Ansah**, who keeps bees, added:": a name set in bold is the name
        lead = _BOLD_NAME.sub(r"\g<name>", lead)
        # a reference work's mark that someone has an entry of their own says nothing of who
        # speaks: "Canon Ibbot (q.v.)", "Peter Lyon (see LYON, PETER)"
        lead = CROSS_REFERENCE.sub("", lead)
        in_entry = self._entry()
        own = own_words_pronoun(lead) if in_entry is not None and in_entry.sex else None
        if in_entry is not None and own is not None and self._sex_fits(own, in_entry.subject):
            # in a reference work's entry, "Her last letter …, asked" and "her speech made her
            # known:" are the words of the person the entry is about
            return in_entry.subject, False, "pronoun", lead
        relayed = _QUOTES_UNNAMED.search(lead) or _RELAYS_UNNAMED_DOCUMENT.search(lead)
        apposed = relayed and re.match(rf"\s*,\s*(?P<name>{_NAME})\s*,", lead[relayed.end() :])
        named = self._subject_name(apposed["name"], whole=True) if apposed else None
        if named is not None:  # "Ross quotes a tenant, Ivy Lamb, who …": Ivy Lamb, not unnamed
            return named, False, "lead-in", lead
        if relayed and relayed.group("name").split()[-1] not in _NOT_PEOPLE:
            return relayed.group("name"), True, "lead-in", lead
        its_front = _ITS_FRONT_MATTER.match(lead) if lead.rstrip().endswith(":") else None
        if its_front:  # "Calder was small. The foreword to its 1954 *Specimen* sets out …:"
            at = self.text.rfind(lead.strip()[:60], 0, self.position)
            body = self._its_owner(self.text[:at]) if at > 0 else None
            if body is not None:
                self.doubts.append(f"‘its’ taken as {body}, the body the sentence before names")
                return body, False, "lead-in", lead
        its_words = _ITS_WORDS.search(lead)
        body = self._body_before(lead[: its_words.start()]) if its_words else None
        if body is not None:  # "The Association (NCCCA) disqualified him, and its ruling is
            return body, False, "lead-in", lead  # blunt:": the body the sentence names
        if _MY_DOCUMENT_SAYS.search(lead):  # "My field notes for that evening say only:"
            return self._narrator(), False, "narrator", lead
        minute = _MEETING_MINUTE_SAYS.search(lead)
        if minute:  # "She founded the Ravensdale Guild. The minute of its first meeting records"
            at = self.text.rfind(minute["sentence"][:60], 0, self.position)
            paragraph = re.split(r"\n\s*\n", self.text[:at])[-1] if at > 0 else ""
            body = self._body_before(paragraph)
            if body is not None:
                return body, False, "lead-in", lead
        its_said = _ITS_DOCUMENT_SAYS.search(lead) or _IT_SAYS.search(lead)
        if its_said:  # "Harrowgate declined the claim. Its final response letter … said that",
            # "Harrowgate didn't agree. In reply to the view it said:": the body the sentence
            # before is about (a person is never "it")
            sentence = lead[its_said.start("sentence") :].strip()
            at = self.text.rfind(sentence[:60], 0, self.position)
            body = self._body_subject(self.text[:at]) if at > 0 else None
            if body is not None:
                return body, False, "lead-in", lead
        announced = _BODY_ANNOUNCED.search(lead)
        if announced:  # "the foundry had advertised in the trade paper that its founts went …"
            body = self._one_body_named(announced["kind"].capitalize())
            if body is not None:
                self.doubts.append(f"speaker taken as {body}, the one such body the text names")
                return body, False, "lead-in", lead
        clause = _WHO_TOLD.search(lead) or _WHOSE_DOCUMENT_SAYS.search(lead)
        if clause:  # "Ann Rudd, a ferry keeper, who told the board that ‘…’", "Ann Rudd, whose
            # report … describes it as follows:": hers
            named = self._subject_name(clause["name"], whole=True)
            if named is not None:
                return named, False, "lead-in", lead
        inverted_by = _INVERTED_SPEAKER.match(lead)
        named = self._subject_name(inverted_by["name"], whole=True) if inverted_by else None
        if named is not None:  # "Next to speak was Alice Brearley:": she
            return self._full_name(named), False, "lead-in", lead
        one_who = _IS_THE_ONE_WHO.search(lead)
        person = one_who and (one_who["head"] in ("man", "one") or _is_person_noun(one_who["head"]))
        named = self._subject_name(one_who["name"], whole=True) if one_who and person else None
        if named is not None:  # "Kettleby is the man who told the court that": he
            return self._full_name(named), False, "lead-in", lead
        possessed = _POSSESSED_WORK_SAYS.search(lead)
        named = self._subject_name(possessed["name"], whole=True) if possessed else None
        if named is not None:  # "Wright's *English Dialect Dictionary*, …, which glosses it"
            return self._full_name(named), False, "lead-in", lead
        namer = _WHICH_NAMER.search(lead)
        named = self._subject_name(namer["name"], whole=True) if namer else None
        if named is not None:  # "The font, which Pevsner calls “…”": his words for it
            return _without_honorific(self._full_name(named)), False, "lead-in", lead
        sent = _DOCUMENT_SENT_BY.search(lead)
        named = self._subject_name(sent["name"], whole=True) if sent and sent["name"] else None
        if named is not None:  # "a copy of the reply Canon Hale sent the bishop …:": his
            return self._full_name(named), False, "lead-in", lead
        if sent and sent["pronoun"]:  # "the letter she sent her agent …:": hers
            sender = self._antecedent(lead[: sent.start("pronoun")])
            if sender is not None and self._sex_fits(sent["pronoun"], sender):
                return sender, False, "pronoun", lead
        whose = _WHOSE_DOCUMENT_CALLED.search(lead)
        if whose:  # "the Whitby Gazette, whose obituary called her": the paper's words
            paper = whose["name"] if _NEWSPAPER.search(whose["name"]) else None
            named = paper or self._subject_name(whose["name"], whole=True)
            if named is not None:
                return self._full_name(named), False, "lead-in", lead
        remembered = _REMEMBERED_BY.search(lead)
        if remembered and remembered["unnamed"] and _is_person_noun(remembered["head"]):
            return remembered["unnamed"], True, "lead-in", lead  # "… by one old pupil as"
        named = self._subject_name(remembered["name"], whole=True) if remembered else None
        if named is not None:  # "was described by Ann Lyle as": hers
            return named, False, "lead-in", lead
        entered = _ENTERED_IN.search(lead)
        named = self._subject_name(entered["name"], whole=True) if entered else None
        if named is not None:  # "the sexton, Job Hart, entered in his register …": his words
            return named, False, "lead-in", lead
        topic = _OF_TOPIC_SAYS.match(lead)
        if topic:  # "Of the old keeper, Abel Crane, she writes:": hers, about him
            if topic["pronoun"]:
                said_by = self._antecedent(self.before[: len(self.before) - len(lead)])
                if said_by is not None and self._sex_fits(topic["pronoun"], said_by):
                    return said_by, False, "pronoun", lead
            else:
                named = self._subject_name(topic["name"], whole=True)
                if named is not None:
                    return named, False, "lead-in", lead
        relayed_words = _RELAYED_WORDS_OF.search(lead)
        if relayed_words and relayed_words["body"]:
            # "Hurst reproduces a notice the Committee posted": the one committee the text
            # names in full
            body = relayed_words["body"]
            named = self._one_body_named(body) if len(body.split()) == 1 else body
            if named is not None:
                return named, False, "lead-in", lead
        elif relayed_words:
            # "Voss prints Crane's letter in full:", "she does reprint a line from Abel Crane,
            # who …:", "The order, signed by Abel Crane himself, is quoted in …": the one whose
            # words they are speaks; whoever prints them relays them
            named = self._subject_name(
                relayed_words["owner"] or relayed_words["source"] or relayed_words["signer"],
                whole=True,
            )
            if named is not None:
                return named, False, "lead-in", lead
        sent_from = _WORDS_FROM.search(lead) if lead.rstrip().endswith(":") else None
        if sent_from:  # "… read a letter from the landlord, Ebb Parish Council, dated …:"
            named = self._subject_name(sent_from["name"], whole=True)
            if named is None and _BODY_NAME.search(sent_from["name"]):
                named = sent_from["name"]
            if named is not None:
                return named, False, "lead-in", lead
        words_of = _IN_THE_WORDS_OF.search(lead)
        if words_of and words_of["unnamed"]:
            head = words_of["unnamed"].split()[-1].lower()
            if head not in _NOT_PEOPLE and not re.fullmatch(_GENRES + "s?", head):
                # "reminded us, in the words of a former warden, that …": the warden's words,
                # not the sentence's subject's
                return words_of["unnamed"], True, "lead-in", lead
        elif words_of and words_of["name"]:
            named = self._subject_name(words_of["name"], whole=True)
            if named is not None:  # "in the words of Ada Lowe, …": hers
                return named, False, "lead-in", lead
        own_words = re.match(
            r"\s*(?:In|in)\s+(?=(?:his|her)\s+(?:own\s+)?words(?:,?\s*$|,\s+[^“”\"‘’]*$))", lead
        )
        if own_words:  # "In her words, ‘…’": the woman named last, else the one before
            at = own_words.end()
            antecedent = self._antecedent(lead[:at])
            if not self._sex_fits(lead[at:], antecedent):
                antecedent = self._other_fitting(lead[at:], antecedent)
                if antecedent is not None:
                    self._doubt_refit(lead[at:], antecedent)
            else:
                antecedent = self._surer_antecedent(lead[at:], antecedent) or antecedent
            if antecedent is not None:
                return antecedent, False, "pronoun", lead
        reported = _REPORTED_WORDS.search(lead)
        if reported and self._antecedent(lead[: reported.start()]):
            # "The Dunmere Advertiser reported her speech:": hers, the paper relays them
            return self._antecedent(lead[: reported.start()]), False, "pronoun", lead
        reported_as = _REPORTED_AS_SAYING.search(lead)
        if reported_as:
            # "the Gazette reported him as saying that …": the one reported speaks
            who = reported_as["who"] or reported_as["passive"]
            if who in ("him", "her", "them"):
                named = self._antecedent(lead[: reported_as.start()])
                how = "pronoun"
            else:
                named, how = self._subject_name(who, whole=True), "lead-in"
            if named is not None:
                return named, False, how, lead
        inverted = _VERB_FIRST.match(lead)
        if inverted and re.fullmatch(_SPEECH_VERBS, inverted.group("verb").lower()):
            name = _clean_name(inverted.group("name"))
            if name and not any(_NOT_PERSON_ENDINGS.search(p) for p in name.split()):
                return name, False, "lead-in", lead  # "Said Lenin in 1919:"
        interrupted = _INTERRUPTED_SUBJECT.match(lead)
        if interrupted:
            name = self._subject_name(interrupted.group("name").strip(), whole=True)
            if name is not None:
                return name, False, "lead-in", lead
        inserted = re.search(
            r"\b(?:he|she|they|He|She|They)\s+\[(?P<name>[^\[\]]{2,60})\]\s+(?:\w+ly\s+)?"
            rf"(?:{_SUBJECT_VERBS}\b|{_CALLED_IT})",
            lead,
        )
        named = self._subject_name(inserted["name"].strip(), whole=True) if inserted else None
        if named is not None:  # "he [Hosken] describes": the name the essay inserted
            return named, False, "lead-in", lead
        if _DOCUMENT_LINE.match(lead):  # "He kept a diary …. Its last entry is “…”": his
            keeper = self._document_keeper()
            if keeper is not None:
                self.doubts.append(f"speaker taken as {keeper}, who kept the document named before")
                return keeper, False, "lead-in", lead
        answered = _ASKED_THEN.match(lead)
        if answered:  # "Asked by Parry if she …, Roberts was firm:": the one asked answers
            return self._answerer(answered, lead)
        character = introduced_character(lead) or line_owner(lead)
        if character is not None:  # "In it Polly, the ferry girl, sings …:": the character
            return character, False, "lead-in", lead
        member = group_member(lead, self.before)
        if member is not None:  # "Most of those asked said that", "One told us that"
            return member, True, "lead-in", lead
        made = self._work_maker(lead)
        if made is not None:  # "Her new poem “…” ends with the lines": hers, by her pronoun
            return made[0], False, made[1], lead
        recorded = _RECORDED_BY.search(lead) or _AS_RECORDED_BY.search(lead)
        # "The surveyor looked at the beams and said,": the subject says the words, never a
        # name inside what it did first
        one_predicate = as_one_predicate(lead)
        lead_found = [  # "a remark that Ann Lyle recorded": she relays it, she did not say it
            c
            for c in self._candidates(one_predicate)
            if not (recorded and c[0] == recorded.start("via"))
        ]
        theirs = _SOMEONE_OF_THEIRS.search(lead)
        if theirs and _is_person_noun(theirs["head"]):
            return None, False, "", ""  # "his successor was kinder:" is not him; a note may say
        described = self._described_in(one_predicate)
        if lead_found:
            at, name, unnamed, how = lead_found[-1]
            fuller = [d for d in described if d.start == at and (d.name != name or not unnamed)]
            if fuller and name and fuller[0].name.startswith(name):
                # "Visitors to the exhibition left comments": the whole description
                return fuller[0].name, True, how, lead
            earlier = [d for d in described if d.start < at]
            if (
                earlier
                and name is None
                and _ASKER_BEFORE_REPLY.match(lead[earlier[-1].start + len(earlier[-1].name) : at])
            ):
                earlier = []  # "When a resident asked whether …, she replied:": she answered
            if earlier and (name is None or at < earlier[-1].start + len(earlier[-1].name)):
                # "A night nurse at the hospital in Ashby Staithe told the Echo she …:": the
                # described subject of the sentence, not a place in its phrase nor whom an
                # earlier sentence named; a "they" only for people, a "she" only for one
                several = re.match(r"\s*(?:[Tt]hey|[Tt]heir)\b", lead[at:]) is not None
                if name is not None or several == earlier[-1].plural:
                    return earlier[-1].name, True, "lead-in", lead
            if name is None:
                owner = _OWNER_FIRST.match(lead[:at])
                if owner:  # "Trotsky’s true meaning when he referred to …": Trotsky
                    return owner.group("name"), False, "pronoun", lead
                plural = re.match(r"\s*[Tt]hey\b", lead[at:])
                group = self._group_before(self.before) if plural else None
                if group is not None:  # "A party of walkers … . They wrote:": those walkers
                    self._doubt_group(group)
                    return group, True, "pronoun", lead
                unnamed_subject = self._unnamed_subject_before(
                    self.before[: len(self.before) - len(lead) + at], lead[at:]
                )
                if unnamed_subject is not None:  # "Our investigator thought …. She said:"
                    return unnamed_subject, True, "pronoun", lead
                antecedent = self._antecedent(lead[:at])
                if not _agrees(lead[at:], antecedent):
                    return None, False, "", ""
                if antecedent and self._asked_by(antecedent, lead[at:]):
                    # "Lumb asked him whether …, and he replied:": the one asked answers
                    other = self._other_fitting(lead[at:], antecedent)
                    return (other, False, "pronoun", lead) if other else (None, False, "", "")
                if not self._sex_fits(lead[at:], antecedent):
                    other = self._other_fitting(lead[at:], antecedent)
                    about = None if other else self._text_subject(lead[at:], antecedent)
                    if about is not None:  # "She told the meeting: ‘…’" on a page about her
                        said_as = lead[at:].split()[0]
                        self.doubts.append(f"‘{said_as}’ taken as {about}, whom the text is about")
                        return about, False, "pronoun", lead
                    if other is not None:
                        self._doubt_refit(lead[at:], other)
                    return (other, False, "pronoun", lead) if other else (None, False, "", "")
                antecedent = self._surer_antecedent(lead[at:], antecedent) or antecedent
                return antecedent, False, "pronoun", lead
            return name, unnamed, how, lead
        subject = self._colon_subject(lead)
        if subject is not None:
            return subject, False, "lead-in", lead
        writer = _UNNAMED_WRITER.match(lead.strip()) if lead.rstrip().endswith(":") else None
        to_me = writer and re.match(r"\s+(?:to\s+)?(?:me|us)\b", lead.strip()[writer.end() :])
        if (
            writer
            and (writer["place"] or writer["clause"] or to_me or _RECORDED_BY.search(lead))
            and writer["head"] not in _NOT_PEOPLE | _TIME_WORDS
            and not re.fullmatch(
                _GENRES + r"s?|entry|entries|note|notes|record|records|line|lines", writer["head"]
            )
        ):  # "A curate from Durham, walking …, left an account …:": that curate
            return writer["name"], True, "lead-in", lead
        someone = _UNNAMED_SUBJECT.match(lead.strip())
        if someone and lead.rstrip().endswith(":") and _is_person_noun(someone["head"]):
            return someone["name"], True, "lead-in", lead  # "A sergeant was less gallant:"
        people = _DESCRIBED_SUBJECT_DOES.match(lead.strip())
        if people and lead.rstrip().endswith(":") and _people_noun(people["head"]):
            # "And the children of Year 2 at Ashby School, …, sent a card …:": they speak
            return people["name"], True, "lead-in", lead
        relative = list(_WHO_CLAUSE.finditer(lead))
        about_words = lead.rstrip().endswith(":") and relative
        if about_words and _WHO_WORDS.search(lead[relative[-1].end() :]):
            # "The last word belongs to Edith Rowe, who ends her chapter with a sentence of
            # her own:": hers
            named = self._subject_name(relative[-1].group("name"), whole=True)
            if named is not None and len(named.split()) >= 2:
                return named, False, "lead-in", lead
        if relative and _WORDS_LEAD.search(lead):
            # "…, Joan Pell, the night operator, who is remembered for ending it with the
            # words": the person the clause is about
            named = self._subject_name(relative[-1].group("name"), whole=True)
            if named is not None:
                return named, False, "lead-in", lead
        if described:  # "Commuters from the far bank described the detour as": those
            return described[-1].name, True, "lead-in", lead
        among = re.search(r"\b(?:[Aa]mong|[Oo]f|[Ff]rom)\s+them\s*:\s*$", lead)
        said_at = self.text.rfind(lead.strip(), 0, self.position) if among else -1
        group = self._group_before(self.text[max(0, said_at - 600) : said_at]) if among else None
        if group is not None:  # "Several parents wrote comments. Among them:": those parents
            return group, True, "pronoun", lead
        sentence = re.split(
            r"(?<=[.!?])"
            + _NO_TITLE_BEFORE
            + r"(?:\[\^?\d+\]|<sup>\d+</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,3})?\s",
            after.lstrip(' ,;:—–-”"’»'),
            maxsplit=1,
        )[0]
        head = sentence[:160]
        # the words closed their sentence ("… won.”") and the next one ends "that": it leads
        # into the next words ("The NCCCA’s letter conceded that “…”"), not a said-clause
        closed = self.text[max(0, self.position - 1) : self.position] in (".", "!", "?")
        # a sentence that runs on into the next words without a comma before them ("…” The
        # Mercury's Jim Carlow, who …, called the day “…”) is their lead-in too
        runs_into_next = (
            closed
            and sentence == after.lstrip(' ,;:—–-”"’»')
            and not re.search(r"[.!?][”\"’]?(?:\s|$)", sentence)
            and not sentence.rstrip().endswith(",")
        )
        introduces_next = (
            head.rstrip().endswith(":")
            or (closed and re.search(r"\bthat\s*$", head))
            or runs_into_next
        ) and re.match(
            r"^[”\"’»]?\s*[A-Z]", after.lstrip(" ,;:—–-")
        )  # "…” The engineer, in a note, answered it: “…”: the next words' lead-in
        after_found = [] if introduces_next else [c for c in self._candidates(head) if c[0] < 40]
        role = _VERB_THEN_ROLE.match(head)
        if (
            not after_found
            and role
            and (_is_person_noun(role["head"]) or role["head"].lower() in self.roles)
        ):
            # "…,” said the colonel: the one the text named so, else unnamed as written
            after_found = [(role.start("name"), role["name"], True, "lead-in")]
        made_by = None if after_found else _MADE_BY_AFTER.match(head)
        made_by_name = self._subject_name(made_by["name"], whole=True) if made_by else None
        if made_by and made_by_name is not None:  # "“…”, was written by Garside on a slip": his
            after_found = [(made_by.start("name"), self._full_name(made_by_name), False, "lead-in")]
        described_after_words = None if after_found else described_after(head)
        if described_after_words is not None:  # "…,” said a spokesperson for the trust
            after_found = [(0, described_after_words, True, "lead-in")]
        paper = _PAPER_WROTE.match(head)
        if paper and not after_found:  # "…,” wrote the Bristol Mercury in its leader, “…”
            return paper["paper"], False, "paper", head
        such = _SUCH_WAS.match(head)
        if such and not after_found:  # "“…” Such was the verdict of …, a Methodist named X"
            named = self._named_in(such["who"])
            if named is not None:
                return named, False, "after", head
        began = re.match(
            r"^\s*it\s+(?:began|begins|went on|goes on|continued|continues|concluded|ends|ended|"
            r"read|reads|ran|runs|said|says)\b",
            head,
        )
        if began and not after_found:  # "Yorke's report came out. “…,” it began": Yorke's
            sentences = [t for t in _SENTENCE_BREAK.split(self.before) if t.strip()]
            owner = _OWNED_WORDS.match(sentences[-1].strip()) if sentences else None
            written = _HONORIFIC.sub("", owner["name"]) if owner else ""
            named = self._subject_name(written, whole=True) if written else None
            named = self._full_name(named) if named else None
            return (named, False, "after", head) if named else (None, False, "", "")
        letter = _LETTER_SAID.match(head)
        if letter and not after_found:  # "Ann Rudd had written to the vicar. “…,” the letter
            # said": the one the sentence before says wrote
            sentences = [t for t in _SENTENCE_BREAK.split(self.before) if t.strip()]
            wrote = sentences[-1] if sentences else ""
            if re.search(r"\b(?:wrote|written|writes|sent)\b", wrote):
                named = self._sentence_subject(wrote)
                return (named, False, "after", head) if named else (None, False, "", "")
        replied = _WAS_THE_REPLY.match(head)
        if replied and not after_found:  # "He asked Skelton …. “…,” was the reply."
            asked = list(re.finditer(rf"\basked\s+(?P<name>{_NAME})", self.before))
            named = self._subject_name(asked[-1]["name"], whole=True) if asked else None
            return (named, False, "after", head) if named else (None, False, "", "")
        if after_found:
            at, name, unnamed, how = after_found[0]
            if name is None:
                plural = re.match(r"\s*[Tt]hey\b", head[at:])
                group = self._group_before(self.before) if plural else None
                if group is not None:  # "A party of walkers … crossed. “…,” they wrote"
                    self._doubt_group(group)
                    return group, True, "pronoun", head
                antecedent = self._antecedent(lead)
                if not _agrees(head[at:], antecedent):
                    return None, False, "", ""  # "they" is never one person named in full
                if not self._sex_fits(head[at:], antecedent) or (
                    antecedent and self._asked_by(antecedent, head[at:])
                ):  # "…," she said: not a man, nor the one who asked her
                    unfit = antecedent
                    antecedent = self._other_fitting(head[at:], antecedent)
                    about = None if antecedent else self._text_subject(head[at:], unfit)
                    if about is not None:  # "…,’ she told the meeting" on a page about her
                        said_as = head[at:].split()[0]
                        self.doubts.append(f"‘{said_as}’ taken as {about}, whom the text is about")
                        return about, False, "pronoun", head
                    if antecedent is None:
                        return None, False, "", ""
                    self._doubt_refit(head[at:], antecedent)
                else:
                    antecedent = self._surer_antecedent(head[at:], antecedent) or antecedent
                return antecedent, False, "pronoun", head
            return name, unnamed, "after" if how == "lead-in" else how, head
        introduced = _INTRODUCED.search(lead) if lead.rstrip().endswith(":") else None
        if introduced:  # "… was given to the committee by a ganger named Patrick Doyle:"
            named = self._subject_name(introduced["name"], whole=True)
            if named is not None:
                return named, False, "lead-in", lead
        asking = re.search(
            r"\b(?:asking|begging|imploring|pleading with|demanding of)\b"
            r"[^.!?“”\"]{0,60}?\bfor\s*$",
            lead,
        )
        if asking:  # "… a dealer named Jacob Venn, seen at the gate asking the keeper for “…”"
            asker = self._asker(lead[: asking.start()])
            if asker is not None:
                return asker, False, "lead-in", lead
        decided = re.search(
            r"\b(?:it|It)\s+(?:\w+ly\s+|then\s+|also\s+)?(?:resolved|ruled|decreed|ordered|"
            r"directed|recommended|decided|voted|minuted|agreed)\s+that\s*$",
            lead,
        )
        bodies = re.findall(
            r"\b[Tt]he\s+(council|committee|board|club|society|company|trust|vestry|corporation)\b",
            self.before,
        )
        if decided and bodies:  # "The council kept them shut. … it resolved that ‘…’": the
            # one council the text names in full
            body = self._body_named(bodies[-1].capitalize())
            if body is not None:
                self.doubts.append(f"‘it’ taken as {body}, the one such body the text names")
                return body, False, "lead-in", lead
        kin = re.match(r"^\s*(?P<name>(?:His|Her|Their)\s+(?P<head>[a-z][\w-]*))(?:’s|'s)\s", lead)
        if display and kin and _is_person_noun(kin["head"]):
            # "His brother's view survives in one sentence:": the brother's, not his
            return kin["name"], True, "lead-in", lead
        kin_named = re.match(
            rf"^\s*(?:His|Her|Their|Its)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<role>[a-z][\w-]*),?\s+"
            rf"(?P<name>{_NAME})(?:,[^,“”\"]{{1,80}},)?\s+(?:\w+ly\s+)?[a-z]",
            lead,
        )
        if kin_named and (_is_person_noun(kin_named["role"]) or _KIN_SEX.search(kin_named["role"])):
            named = self._subject_name(kin_named["name"], whole=True)
            if named is not None:  # "His son Edward Hale went down, and his account …:"
                return named, False, "lead-in", lead
        pronoun = _PRONOUN_SUBJECT.search(lead) or _POSSESSIVE_LEAD.match(lead)
        antecedent = self._antecedent(lead[: pronoun.start()]) if pronoun else None
        refitted = None
        if pronoun and antecedent and not self._sex_fits(lead[pronoun.start() :], antecedent):
            antecedent = refitted = self._other_fitting(lead[pronoun.start() :], antecedent)
        if display and pronoun and antecedent and _agrees(lead[pronoun.start() :], antecedent):
            # "…, she is less modest:", "Her verdict is generous to both sides:"
            if refitted:
                self._doubt_refit(lead[pronoun.start() :], refitted)
            return antecedent, False, "pronoun", lead
        if display and re.search(rf"\b{_SPEECH_VERBS}\b", lead):
            subject = self._sentence_subject(lead)  # "Stalin was careful to point out that …:"
            if subject is not None:
                self.doubts.append(f"speaker taken as {subject}, the subject of the lead-in")
                return subject, False, "lead-in", lead
        return None, False, "", ""

    def _heard_speaker(self, lead: str, relay: str) -> str | None:
        """Whom a relay's lead-in says it heard ("Miss Arne heard him say …"): the person named
        last before that sentence, or None (nobody is guessed)."""
        heard = re.search(r"\b(?:heard|overheard)\s+(?:him|her)\b", lead)
        if heard is None or not lead or not self.before.endswith(lead):
            return None
        earlier = self._antecedent(self.before[: len(self.before) - len(lead)])
        return None if earlier is None or _same_person(earlier, relay) else earlier
