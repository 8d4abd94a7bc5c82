"""Persons in narrative: the words belong to the person the passage is about at that point,
named as fully as the text names them.

A careful reader of a story, a memoir or a report reads "The surveyor looked at the beams and
said, “…”" as the surveyor saying the words: a subject keeps speaking across the verbs it joins
with "and" or "but" ("took the funeral and said", "rose after the mayor had spoken, and said
only:", "found nothing to cut but noted"), and a name inside what it did first never speaks.
Ranks and honours written together before a name describe one person ("Lt Col Sir Hugh
Denby-Pratt"), and a courtesy title the text always writes is kept ("Miss Enid Bolt"). Some of a
group the text has named speak as the text writes them ("Most of those asked", "One", "Two of
them"). A character speaks the lines the text gives them ("Saint George's last line,", "In it
Polly … sings"), in the work the passage names; the title track is the album's."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.reading.described import people_head
from bot.core.extract.reading.vocabulary import _SPEECH_VERBS

# a verb in the past or present telling what the subject did: "looked", "took", "rose"
_DID = (
    r"(?:[a-z]{2,}ed|took|takes|rose|rises|came|comes|went|goes|stood|stands|sat|sits|heard|"
    r"hears|saw|sees|met|meets|gave|gives|got|gets|brought|brings|kept|keeps|left|leaves|made|"
    r"makes|found|finds|held|holds|ran|runs|paid|pays|lent|lends|sent|sends|led|leads|fell|"
    r"woke|began|begins|spoke|speaks|sang|sings|threw|throws|drew|draws|wore|broke|shook|"
    r"shakes|thought|thinks|laughed|smiled|knew|knows|read|reads|put|puts|set|sets)"
)
# the subject's last word before its first verb: a name, a pronoun, a noun for people, or the
# comma closing what is set off after it ("Her nephew, the Reverend Colin Bolt, took")
_COORDINATED = re.compile(
    rf"(?P<subject>\b[A-Z][\w’'.-]*|\b(?:he|she|they|He|She|They)|\b[a-z][\w’'-]*|,)"
    rf"(?P<joined>\s+(?:then\s+|later\s+|also\s+|once\s+|first\s+)?{_DID}\b"
    # never across the "and" of another subject's clause: "…, and Tom Keel laughed and told"
    r"(?:(?!\b(?:and|but)\s+(?:he|she|they|we|I|[A-Z]))[^.!?;:“”\"‘’«»\n]){0,140}?(?:,?\s+(?:and|but)|,\s+then)\s+)"
    rf"(?=(?:then\s+|afterwards\s+|later\s+|only\s+|simply\s+|[a-z]+ly\s+)?{_SPEECH_VERBS}\b)"
)
_NOT_SUBJECT_WORDS = {
    "who", "which", "that", "had", "has", "have", "was", "were", "is", "are", "be", "been",
    "to", "the", "a", "an", "and", "or", "but", "not", "never", "would", "could", "will",
    "did", "do", "does", "also", "then", "later", "once", "still", "now", "already", "just",
    "even", "ever", "often", "soon", "there", "here", "it", "them", "him", "her", "us", "me",
}  # fmt: skip


def _subject_end(word: str, before: str) -> bool:
    """Whether ``word`` (after ``before``) can end the subject of the verb after it: a name, a
    pronoun, the comma closing what is set off after the subject, or a noun after its
    determiner ("The harbour pilot"), never an adverb or a verb ("is still used, found")."""
    if word == "," or word[:1].isupper():
        return word not in {"The", "A", "An", "His", "Her", "Their", "Its", "Our", "My"}
    if word.lower() in {"he", "she", "they"}:
        return True
    if word in _NOT_SUBJECT_WORDS or word.endswith("ly") or re.fullmatch(_DID, word):
        return False
    determined = re.search(
        r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Oo]ne|[Tt]his|[Tt]hat)"
        r"(?:\s+[\w’'-]+){0,3}\s+$",
        before,
    )
    between = determined[0].split()[1:] if determined is not None else []
    noun_phrase = determined is not None and not any(w in _NOT_SUBJECT_WORDS for w in between)
    return people_head(word) or noun_phrase


def as_one_predicate(lead: str) -> str:
    """``lead`` with what its subject did before saying the words left blank (spaces of the
    same length, so places in it stay where they were): "The county fire officer inspected the
    box and said," reads as "The county fire officer … said,". Only the lead-in's last clause
    that joins a verb of saying with "and", after a subject that can speak."""
    last = None
    at = 0
    while (m := _COORDINATED.search(lead, at)) is not None:
        if _subject_end(m["subject"], lead[max(0, m.start() - 60) : m.start()]):
            last, at = m, m.end("joined")
        else:  # "is still used, found …": look on from the next word, not past the verb
            at = m.start("joined") + 1
    if last is None:
        return lead
    return lead[: last.start("joined")] + " " * len(last["joined"]) + lead[last.end("joined") :]


# ranks, offices and honours a name may carry, two or more together ("Lt Col Sir", "Major the
# Hon.", "the Reverend Canon Dr."): they describe one person, never name another
_RANK = (
    r"(?:(?:Sergeant|Lieutenant|Major|Brigadier|Vice|Rear)-(?:Major|Colonel|General|Admiral|"
    r"Marshal)|Air|Vice|Rear|Wing|Flight|Squadron|Field|Marshal|Commodore|Leader|"
    r"Lt|Lieut|Lieutenant|Col|Colonel|Capt|Captain|Major|Maj|Gen|General|Brig|Brigadier|"
    r"Cdr|Commander|Admiral|Adm|Sgt|Sergeant|Cpl|Corporal|Sir|Dame|Lord|Lady|Dr|Prof|Professor|"
    r"Rev|Revd|Reverend|Canon|Councillor|Cllr|Alderman|Judge|Rt|Right|Very|Venerable|"
    r"(?:the\s+|The\s+)?(?:Hon|Honourable|Hon'ble))\.?"
)
RANKS_BEFORE_NAME = re.compile(
    rf"\b(?P<ranks>(?:{_RANK}\s+){{2,5}})(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})"
)


def ranks_left_blank(text: str) -> str:
    """``text`` with the ranks and honours written two or more together before a name left
    blank (spaces of the same length): "Lt Col Sir Hugh Denby-Pratt" reads as the person
    Hugh Denby-Pratt, whom a later "Sir Hugh" or "he" means."""
    return RANKS_BEFORE_NAME.sub(lambda m: " " * len(m["ranks"]) + m["name"], text)


_COURTESY = re.compile(r"\b(?P<title>Mr|Mrs|Ms|Miss)\.?\s+$")


@lru_cache(maxsize=4096)  # once per name and text: the text is not scanned per quotation
def as_the_text_writes(name: str, text: str) -> str:
    """``name`` with the courtesy title the text writes before it every time it names them in
    full ("Miss Enid Bolt", "Mrs Ruth Armitage"), or with the "The" a body's or a band's name
    begins with wherever the text writes it inside a sentence ("the band, The Sunday Stompers,
    played"), else as it is."""
    if len(name.split()) < 2 or re.match(r"(?:Mr|Mrs|Ms|Miss|The)\b", name):
        return name
    titles = {
        found["title"]
        if (found := _COURTESY.search(text[max(0, m.start() - 6) : m.start()]))
        else None
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text)
    }
    if len(titles) == 1 and (title := titles.pop()) is not None:
        return f"{title} {name}"
    articles = set(re.findall(rf"(?<=[a-z,;])[ \t]+([Tt]he)\s+{re.escape(name)}\b", text))
    return f"The {name}" if articles == {"The"} else name


# a character the text introduces in the work it has just named: "In it Polly, the ferry girl,
# sings", "Its pawnbroker, Mr Quill, played by Ernest Lacey, has the line"
_CHARACTER_INTRODUCED = re.compile(
    r"(?:\b(?:In|in)\s+it,?\s+|\b(?:Its|its)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*,\s+)"
    r"(?P<name>(?:(?:Mr|Mrs|Miss|Ms|Dr|Old|Young|Saint|St\.?)\s+)?[A-Z][\w’'-]+)"
    r"(?:,\s+(?:the|a|an|his|her)\s+[^,“”\"‘’]{1,40},|,\s+played\s+by\s+[^,“”\"‘’]{1,40},)*"
    r"\s+(?:\w+ly\s+)?(?:has\s+the\s+(?:line|lines|words|speech)|sings|sang|says|said|speaks|"
    r"spoke|tells|told|cries|cried|shouts|shouted|answers|answered|asks|asked|begins|ends)\b"
)
# a lead-in whose subject is a character's line: "Amos's speech in II.ii now stops at"
_CHARACTER_LINE_SUBJECT = re.compile(
    r"^\s*(?:[A-Z][\w’'-]*\s+){0,3}?[A-Z][\w’'-]*(?:’s|'s)\s+(?:[a-z]+\s+){0,2}?(?:line|lines|"
    r"boast|toast|refrain|chorus|speech|catchphrase|cry|taunt|plea|motto|song|verse)\b"
)


def introduced_character(lead: str) -> str | None:
    """The character whose words the lead-in introduces in the work it has just named ("In it
    Polly, the ferry girl, sings the number …:"): their name as the text writes it."""
    found = list(_CHARACTER_INTRODUCED.finditer(lead))
    return found[-1]["name"] if found else None


def speaks_as_character(lead: str) -> bool:
    """Whether the lead-in gives the words to a character of a work ("Saint George's last
    line,", "Amos's speech in II.ii now stops at", "In it Polly … sings", "Its pawnbroker, Mr
    Quill, played by …"): then the work is the one the passage names them in."""
    sentence = re.split(r"(?<=[.!?])\s+", lead.strip())[-1]
    owned = _LINE_APPOSED.search(lead)
    return bool(
        (owned and not re.fullmatch(r"answer|reply|sentence|remark|retort", owned["what"]))
        or introduced_character(lead)
        or _CHARACTER_LINE_SUBJECT.match(sentence)
    )


# some of a group the text has named, as the subject of the verb that leads to the words:
# "Most of those asked said that", "One told us that", "Two of them remembered …:", "Another
# wrote that", "A third said"
_PART = (
    r"(?:[Oo]ne|[Aa]nother|[Oo]thers|[Ss]ome|[Mm]ost|[Mm]any|[Ss]everal|[Aa] few|[Tt]wo|"
    r"[Tt]hree|[Ff]our|[Hh]alf|[Aa] third|[Aa] quarter|[Nn]one)"
)
_GROUP_MEMBER = re.compile(
    rf"(?:^\s*|(?<=[.!?;:”’\"])\s+|,\s+(?:and|but|while)\s+)(?P<name>{_PART}"
    r"(?P<of>\s+of\s+(?:them|us|those\s+[a-z]+(?:\s+[a-z]+)?|the\s+[a-z]+(?:\s+[a-z]+)?))?)"
    r"\s+(?:also\s+|later\s+|simply\s+|only\s+|just\s+)?"
    rf"(?:{_SPEECH_VERBS}|thought|felt|wrote in)\b(?P<rest>[^.!?“”\"‘’«»]*)$"
)


def group_member(lead: str, before: str) -> str | None:
    """Some of a group as the subject of the lead-in's last clause, as the text writes them
    ("Most of those asked", "One", "Two of them"), when the words before it in the paragraph
    (``before`` ends with ``lead``) name the group (people in the plural, "them", "those
    asked"); None otherwise."""
    found = _GROUP_MEMBER.search(lead)
    if found is None or re.search(rf"\b{_SPEECH_VERBS}\b", found["rest"]):
        return None
    upto = len(before) - len(lead) + found.start() if before.endswith(lead) else len(before)
    named_before = any(
        w.endswith("s") and people_head(w)
        for w in re.findall(r"[a-z][\w’'-]+", before[max(0, upto - 400) : upto])
    )
    if not (found["of"] or named_before):
        return None  # "One would think that …": nobody
    name = found["name"]
    return name[:1].upper() + name[1:]


# the words set right after what the lead-in calls someone's line: "A long discussion of
# Bryony's line at the end of I.ii, “…”", "Saint George's last line, “…”", "Bea's line to Nell
# on the morning of the sale:"
_LINE_APPOSED = re.compile(
    r"(?<![\w’'-])(?P<name>(?!(?:Its|His|Her|Their|The|This|That|Our|My)\b)[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,3})(?:’s|'s)\s+(?:[a-z]+\s+){0,2}?(?P<what>line|lines|boast|toast|"
    r"refrain|chorus|speech|catchphrase|cry|taunt|plea|motto|retort|answer|reply|sentence|"
    r"remark)\b(?:[^,.;:!?“”\"‘’«»()]|\.(?=\S)){0,60}[,:]\s*$"
)


def line_owner(lead: str) -> str | None:
    """Whose line the words are when the lead-in sets them after it ("Bryony's line at the
    end of I.ii, “…”"): the character or person as the text writes them, whatever the
    sentence says of the line before."""
    found = _LINE_APPOSED.search(lead)
    return found["name"] if found else None


# the song an album is named after: "The title track, written by …, opens:"
TITLE_TRACK = re.compile(r"\b[Tt]itle\s+(?:track|song|number)\b")
# a division of a play, a book or a poem, never a work of its own: "Act II", "Scene 3", "Canto IV"
DIVISION_OF_A_WORK = re.compile(
    r"(?:Act|Scene|Canto|Book|Part|Chapter|Verse|Stanza)\s+(?:[IVXLC]+|\d+|One|Two|Three|Four|"
    r"Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)"
    r"(?:[.,]?\s*(?:[Ss]cene|sc\.)\s*(?:[ivxlc]+|\d+))?"
)
