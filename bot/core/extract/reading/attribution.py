"""Attribution: one quotation's speaker, work, page and via, from its lead-in, its citation
or note, and what the text said before."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from bot.core.extract.reading.apparatus import CODE_CITE, QUESTION_CITE
from bot.core.extract.reading.captions import SOURCE_LABEL, catalogue_entry
from bot.core.extract.reading.citations import _GLUED_MARKER, unread_name, unread_title
from bot.core.extract.reading.cited_first import work_owner
from bot.core.extract.reading.documents import PASSIVE_REPORT, _DocumentReading, given_as_heading
from bot.core.extract.reading.doubts import NO_SPEAKER, attribution_doubt
from bot.core.extract.reading.model import Cite, Proposal
from bot.core.extract.reading.narrative import (
    DIVISION_OF_A_WORK,
    TITLE_TRACK,
    as_the_text_writes,
    speaks_as_character,
)
from bot.core.extract.reading.phrases import (
    _clean_name,
    _genre_titles,
    _head_words,
    _is_person_noun,
    _page,
    _same_person,
    _title,
    _title_case,
    _title_spans,
    _trim_title,
    _without_honorific,
    _words,
    locator,
)
from bot.core.extract.reading.relays import relay_clause
from bot.core.extract.reading.signatures import signed_on_line
from bot.core.extract.reading.vocabulary import (
    _ADDRESSEE_OPENING,
    _AS_RECORDED_BY,
    _BODY_NAME,
    _BROADCASTER,
    _CALLED_TITLE,
    _CAP_WORD,
    _GENRES,
    _HEADLINE_LEAD,
    _IN_THE_WORDS_OF,
    _ITSELF,
    _MIN_UNNAMED_QUOTATION_WORDS,
    _NAME,
    _NARRATIVE_YEAR,
    _NEWSPAPER,
    _NICKNAMED,
    _NOT_PEOPLE,
    _OBJECT_VERB,
    _OWNED_DOCUMENT,
    _OWNED_DOCUMENT_NOUNS,
    _PAPER_REPORTED,
    _PEN_NAME,
    _PERIODICAL_ITSELF,
    _PERIODICAL_ROLE,
    _PRONOUNS,
    _QUOTES_PERSON,
    _QUOTES_UNNAMED,
    _RECORDED_BY,
    _RELAYED_IN,
    _RELAYED_WORDS_OF,
    _RELAYING_VERBS,
    _RELAYS_UNNAMED_DOCUMENT,
    _REPORTED_WORDS,
    _SAME_WORK,
    _SENTENCE_BREAK,
    _SENTENCE_OR_QUOTE_BREAK,
    _SPEECH_VERBS,
    _SPOKEN,
    _SUBJECT_VERBS,
    _THING_HEADS,
    _THING_SUBJECT,
    _TITLE_LEAD,
    _TOLD_PAPER,
    _UNNAMED_SUBJECT,
    _WORDS_AS_HEADLINE,
    _WRITTEN,
    _YEAR,
)
from bot.core.extract.reading.volume import THIS_VOLUME, contribution_by
from bot.core.extract.reading.works import (
    epigraph_source,
    song_sung,
    source_lead,
    title_then_maker,
)

# the words given by a participle after a clause about a document its subject sent: "…
# offered the crook in a letter to the curator dated 2 September, writing that"
_WRITING_THAT = re.compile(
    r"\b(?:letter|note|email|e-mail|memo|card|postcard|message|reply|telegram)\b[^.;:“”\"‘«»]*?"
    r"(?:,\s+|\s+)(?:writing|saying|adding|explaining|complaining|asking)\s+(?:that\s+)?"
    r"[^“”\"‘«»,]*$"
)
# a paper that reports someone as saying the words: "the *Mercury* reported him as saying that",
# "The Echo quoted the mayor, Joseph Hale, as saying"
_PAPER_REPORTED_AS = re.compile(
    rf"(?P<paper>(?:[Tt]he\s+)?(?:\*[^*\n]+\*|(?:{_CAP_WORD}\s+){{0,3}}{_CAP_WORD}))\s+"
    r"(?:\w+ly\s+)?(?:reported|quoted|cited|had)\s+"
    rf"(?P<who>him|her|(?:the\s+[a-z]+(?:\s+[a-z]+){{0,4}}\s*,\s*)?{_NAME})\s*,?\s+"
    r"as\s+(?:saying|having\s+said|telling|declaring|remarking)\b[^“”\"‘«»]*$"
)
# a subject quoted somewhere as saying the words: "Winifred Bell is quoted in a local paper as
# saying that", "the founder was quoted by the Echo as having said"
_QUOTED_AS_SAYING = re.compile(
    r"\b(?:is|was|are|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:quoted|reported|cited)\s+"
    r"(?:in|by)\s+[^,;:“”\"‘«»]{1,60}?\s+as\s+(?:saying|having\s+said|telling|writing)\b"
    r"[^“”\"‘«»]*$"
)
# a note's call standing inside a lead-in or at its end, after a word or its comma or colon:
# "Beckwith,*", "Garrow†", "the Trust³", "the Board[2]", "was warmer:⁶" (a lone "*" only after
# a mark: after a word it may close an italic title)
_INNER_CALL = re.compile(
    r"(?<=[,;:])[*†‡§]{1,3}(?=\s|$)|(?<=[\w,;:])(?:[†‡§]{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\[\d{1,3}\])"
    r"(?=[\s,;:]|$)"
)
# a note's call right after the colon that ends a lead-in: "… and was warmer:⁶", "wrote:[3]"
_LEAD_CALL = re.compile(
    r":\s*(?:\[(\d{1,3})\]|<sup>(\d{1,3})</sup>|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})|([*†‡§]{1,3}))\s*$"
)
# "told the paper", "said to the newspaper": the paper the paragraph names last relays them
_TOLD_THE_PAPER = re.compile(
    r"\b(?:told|tells|said\s+to|wrote\s+to|spoke\s+to)\s+the\s+(?:paper|newspaper)\b[^“”\"]{0,40}$"
)
# a lead-in that says the words were written: "Writing before the draw, he told supporters:"
_WRITING_LEAD = re.compile(r"^\W*Writing\b|\b[Ww]riting\s+(?:in|for|to|before|after|on)\b")
# an answer in the paper's next issue: "replied the following week", "answered in the next issue"
_LATER_ISSUE_REPLY = re.compile(
    r"\b(?:replied|replies|answered|answers|responded|responds|retorted)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:in\s+)?(?:the\s+following|the\s+next|next)\s+(?:week|issue|number|month)|"
    r"a\s+week\s+later)\b"
)
# what comes right before a title in any letters: "entitled", "titled", a verb of singing or
# playing ("sang", "the hut singing", "the band played")
_NAMES_A_TITLE = re.compile(
    r"\b(?:[Tt]itled|[Ee]ntitled|sang|sing|sings|singing|hummed|humming|whistled|whistling|"
    r"played|playing)\s*,?\s*$"
)

# a time stamp in a recording written in the sentence: "At 31:40 in episode four she says"
_HEARD_AT = re.compile(
    r"\b[Aa]t\s+(?P<at>(?:\d{1,2}:)?\d{1,2}:\d{2})\s+(?:in|into)\s+(?:the\s+)?"
    r"(?:(?:first|second|third|fourth|fifth|sixth|last)\s+episode|(?i:episode|ep\.)\s*\w+)"
)


_A_WORK = "a work, not a person"
# a name opening with an organisation's letters, then two words or more: "BBC Radio Cumbria",
# "ITV Tyne Tees" (a person's initials come before one surname: "RW Thurston")
_ACRONYM_FIRST = re.compile(r"[A-Z]{3,5}\s+[A-Z][\w’'-]+\s+[A-Z]")
# a name that ends in a kind of work other than a paper: "Wisden Cricketers’ Almanack"
_WORK_ENDING = re.compile(
    r"\b(?:Almanac|Almanack|Yearbook|Year\s+Book|Anthology|Annual|Dictionary|Encyclopaedia|"
    r"Encyclopedia|Handbook|Guidebook|Directory|Calendar|Memoirs|Diaries)$"
)
# a document of someone the text names by role or kind: "The respondent's response", "the
# pottery's price list"
_OWNED_BY_KIND = re.compile(
    r"(?:[Tt]he|[Ii]ts)\s+(?P<owner>[a-z][a-z-]+|[A-Z][a-z-]+)(?:’s|'s)"
    rf"(?:\s+(?:[a-z][\w-]*\s+){{0,2}}{_OWNED_DOCUMENT_NOUNS})?"
)
# a document as the subject of the words: "The report says", "This leaflet warns"
_DOCUMENT_SUBJECT = re.compile(
    r"^(?:The|This|That)\s+(?P<doc>report|leaflet|letter|statement|newsletter|booklet|survey|"
    r"review|bulletin|brochure|notice|response|submission|guide|memo|circular)\s+(?:\w+ly\s+)?"
    rf"{_SPEECH_VERBS}\b"
)
# a speaker's own document cited by surname and an abbreviation in capitals: "Okoro WS" (a
# witness statement), "Lowe PoE" (a proof of evidence)
_OWN_ABBREVIATED = re.compile(r"(?P<surname>[A-Z][a-z’'-]+)\s+(?:[A-Z]{2,4}\d?|PoE)")
# "According to the Trust, …": a body by its kind alone
_ACCORDING_TO_KIND = re.compile(r"^According\s+to\s+the\s+(?P<kind>[A-Za-z][a-z-]+)\s*,")
# a colon lead-in saying someone prints another's document: "He also prints her last letter
# to the choir:", "Kell prints a letter from her maid, Jane Rigg:"
_PRINTS_DOCUMENT = re.compile(
    rf"(?:^|(?<=[.!?)]\s))(?P<printer>He|She|{_NAME})\s+(?:also\s+)?(?:prints|printed|reprints|"
    r"reprinted|reproduces|reproduced|transcribes|transcribed|gives|gave)\s+"
    r"(?P<document>[^.!?:“”\"]{0,40}?\b(?:letter|note|postcard|card|diary|journal|reply|"
    r"answer|will|petition|poem|verse|lines)\b[^.!?:“”\"]{0,60}?)\s*:$"
)
# a sentence opening on a case: "In Harwood v Lyle Dairies Ltd [2019] ICR 455, HHJ …"
_CASE_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s))In\s+[*_]?(?P<case>[A-Z][^,\[\]()*]*?\s+v\.?\s+[A-Z][^,\[\]()*]*?)[*_]?\s*"
    r"[\[(](?:1[5-9]\d\d|20\d\d)[\])][^,.!?]{0,40},\s+[^.!?]*$"
)
# a case named inside the lead-in, with its report or not: "the speech of Lord Pearce in
# Lancing v Holt [1964] AC 301 at 318:", "as Lady Arden said in Pym v Lowe,"
_CASE_NAMED = re.compile(
    r"\b[Ii]n\s+[*_]?(?P<case>[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|and|of|the)){0,5}\s+v\.?\s+"
    r"[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|and|of|the)){0,5}?)[*_]?"
    r"(?=\s*[\[(](?:1[5-9]\d\d|20\d\d)[\])]|\s*[,:]|\s+at\s|\s*$)"
)
# where in the case: "at paragraph 23", "at [23]", "at p. 461", a report's page after its
# citation ("[1964] AC 301 at 318")
_CASE_PINPOINT = re.compile(
    r"\bat\s+(?:(?:paragraph|para\.?)\s+|\[)(?P<para>\d+)\]?|\bat\s+(?:p\.|page)\s*(?P<page>\d+)"
    r"|[\])]\s+(?:\d+\s+)?(?:[A-Z][A-Za-z.]{0,8}\s+){1,2}\d+\s+at\s+(?P<report>\d+)\b"
)
# an office in capitals as a sentence's subject: "The Head of Planning told the inquiry that"
_OFFICE_SUBJECT = re.compile(
    r"^(?:The|the)\s+(?P<office>[A-Z][a-z-]+(?:\s+(?:(?:of|for|in|and)\s+)?[A-Z][a-z-]+){0,4})"
    rf"\s+(?:\w+ly\s+)?{_SPEECH_VERBS}\b"
)
# a person described by the paper or body they wrote for: "Wisden’s obituarist, writing …,"
_OWNED_ROLE = re.compile(
    r"^(?P<name>(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:’s|'s)\s+"
    r"(?:[a-z][\w-]*\s+)?(?P<head>[a-z][\w-]*))\b"
)


def _members_of(described: str, body: str) -> bool:
    """Whether an unnamed lead-in names a body by its members: "the commissioners" of a
    "Royal Commission on Canals", "the inspectors" of "Inspectors of Mines", "the trustees"
    of a "Tramway Trust" (a plural whose stem is a word of the body's name)."""
    words = described.split()
    if len(words) != 2 or words[0].lower() not in {"the", "its", "their"} or len(body.split()) < 2:
        return False
    head = words[1].lower()
    if not head.endswith("s") or len(head) < 6:
        return False
    stem = head[:5]
    return any(w.lower().startswith(stem) for w in re.findall(r"\b[A-Z][a-z]{4,}", body))


# the title of an edition of someone's own writings: "The Lee Papers", "Letters and Diaries"
_PAPERS_TITLE = re.compile(
    r"\b(?:Papers|Letters|Diary|Diaries|Journals?|Correspondence|Notebooks|Daybooks?|"
    r"Writings|Memoranda)\b"
)


# the writer's own book by its kind, named by a possessive: "Kessell’s history", "her memoir"
_OWN_BOOK = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|[A-Z][\w’'-]+(?:’s|'s))\s+(?:[a-z]+\s+)?"
    r"(?:memoirs?|autobiography|history|biography|book)\b"
)


# evidence that reports what someone else said to the witness: "Booth said that when he took
# him into custody the prisoner said to him,", "Platt deposed that the elder prisoner called out
# to him,"
_REPORTED_WITHIN = re.compile(
    r"\b(?:said|deposed|stated|swore|testified)\s+that\b[^“”\"‘’]*?\b"
    rf"(?P<inner>(?:the|The)\s+(?:elder\s+|younger\s+)?[a-z]+|(?:(?:Mr|Mrs|Miss|Ms)\.?\s+)?{_NAME})"
    r"\s+(?:said|called\s+out|shouted|cried|replied|answered|exclaimed|remarked|muttered)"
    r"(?:\s+to\s+(?:him|her|them|me|the\s+witness))?\s*[,:]?\s*$"
)
# a paragraph opening in reported speech: "Mr Roper, in opening the case, said the facts lay",
# "The chairman stated that the club had"
_REPORTED_OPENING = re.compile(
    rf"^(?P<name>(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?{_NAME}|(?:The|the)\s+[a-z]+)"
    r"(?:,\s*[^,“”\"]{1,80},)?\s+(?:said|stated|explained|argued|submitted|contended|urged|"
    r"maintained|observed|told\s+the\s+[a-z]+)\s+(?:that\s+)?(?:the|a|an|he|she|they|it|his|her|"
    r"their|there)\b"
)
_SPEECH_AGAIN = re.compile(
    r"\b(?:said|says|stated|told|replied|answered|asked|wrote|writes|added|declared)\b"
)
# the record an office keeps, written by whoever holds it: "the log book has:", "The entry for 11
# February reads:", "the minutes record"
_KEPT_RECORD = re.compile(r"\b(?:entry|entries|log\s?-?book|log|minutes|register)\b")


def _one_name(a: str, b: str) -> bool:
    """Whether two names are one person's: the same words, a surname alone and a name ending
    in it, or a full name inside a longer one (two Taskers with their first names are two)."""
    shorter, longer = sorted((a.split(), b.split()), key=len)
    if len(shorter) == 1:
        return shorter[0] == longer[-1]
    return " ".join(shorter) in " ".join(longer)


class _Attribution(_DocumentReading):
    """Gives a proposed quotation its speaker, work, page and via."""

    relaying = False  # reading a lead-in without the relay it names (``_relayed``)

    def _is_title(self, block_text: str, a: int, b: int, words: str) -> bool:
        # the words just before the mark (a lead naming a title is a few words long)
        before = block_text[max(0, a - 200) : a].rstrip("“\"'‘«").rstrip()
        if self.discussed is not None and _words(words) == _words(self.discussed.title):
            return True  # the title of the work the text discusses, in quote marks
        if _HEADLINE_LEAD.search(before) and not _WORDS_AS_HEADLINE.search(before):
            return True  # "The headline: “Two Drown at the Weir.”": a paper's title for a story
        # a comma inside the marks is American usage ("an article called “Why We Left,” in
        # which …"), no sentence's end
        if re.search(_NAMES_A_TITLE, before):
            # "a pamphlet entitled “Why the lamps went out”", "the hut singing « Montagnes, ô
            # mes montagnes »": a title or a song, in any letters
            return not words.rstrip().endswith((".", "!", "?"))
        if _TITLE_LEAD.search(before) and not words.rstrip().endswith((".", "!", "?")):
            capitals = [w for w in words.split() if w[:1].isalpha()]
            return bool(capitals) and _title_case(words)
        return False

    def _spoken_to(self, lead: str, person: str) -> bool:
        """Whether the lead-in's sentence names ``person`` as the one the words were said to
        ("she told Ashdown that"): someone told is no speaker, whatever the note cites."""
        sentence = re.split(r"(?<=[.!?])\s+", lead)[-1]
        surname = re.escape(person.split()[-1])
        return any(  # by the whole name ("told the Wessingham Evening Post"), or the surname
            _OBJECT_VERB.search(sentence[: found.start()])
            for found in re.finditer(rf"\b(?:{re.escape(person)}|{surname})\b", sentence)
        )

    def _attribute(self, proposal: Proposal, lead: str, after: str, display: bool) -> bool:
        """Fill in who, which work, page and via as the text gives them; False when nobody is
        named for the words. What a citation gives that does not look like what it claims to
        be is left empty, and the reason is the first doubt the moderator reads."""
        self.given_up = []
        self.read_cite = None
        # the work under discussion where the words stand: the entry of a reading list or a
        # run of reviews they are in, else the one the head names
        self.discussed = next(
            (work for start, end, work in self.discussed_entries if start <= proposal.start < end),
            self.head_discussed,
        )
        addressed = _ADDRESSEE_OPENING.search(lead)
        if addressed is not None:
            # "To her sister Inger she wrote:": the one written to is never the "she" who wrote
            kept = lead[: addressed.start()] + lead[addressed.end() :]
            if self.before.endswith(lead):
                self.before = self.before[: len(self.before) - len(lead)] + kept
            lead = kept
        if self.signature is None and (signed := signed_on_line(after)) is not None:
            self.signature, after = signed[0], after[signed[1] :]  # "“…” — Name, date"
        # "(Q 17)", "(RBS0031)": a number of the text's own apparatus, no work (the question's
        # number is the page, below)
        pointer = QUESTION_CITE.match(after.lstrip()) or CODE_CITE.match(after.lstrip())
        if pointer is not None:
            after = after.lstrip()[pointer.end() :]
        attributed = self._attribute_as_written(proposal, lead, after, display)
        self._body_in_full(proposal, lead, bare_only=True)
        if attributed and proposal.speaker_name is not None:
            attributed = self._keep_only_somebody(proposal, lead)
        # a body's kind or a role the text gave someone, read in full
        attributed = self._body_in_full(proposal, lead) or attributed
        self._case_opening(proposal, lead)
        attributed = self._printed_document(proposal, lead) or attributed
        own = _OWN_ABBREVIATED.fullmatch(proposal.work_title or "")
        if own and proposal.speaker_name and proposal.speaker_name.split()[-1] == own["surname"]:
            # "(Okoro WS para. 8)": the speaker's own statement by its abbreviation, no title
            proposal.work_title = None
        if pointer is not None:
            attributed = self._pointed_to(proposal, pointer, lead) or attributed
            place = locator(pointer[0].strip("() ")) if pointer.re is QUESTION_CITE else None
            if place is not None and proposal.page is None:
                # "(Q 17)": the question's number is where a reader finds the answer
                proposal.page = place[0]
        self._keep_only_readable(proposal)
        attributed = self._from_labelled_source(proposal, lead) or attributed
        attributed = self._from_catalogue_entry(proposal, lead) or attributed
        attributed = self._from_office_record(proposal) or attributed
        self._from_source_list(proposal)
        self._from_this_volume(proposal, lead, after)
        self._reported_within(proposal, lead)
        attributed = self._reported_paragraph(proposal) or attributed
        self.signature = None  # a signature signs only the words above it
        if not self.relaying:
            attributed = self._relayed(proposal, lead, after, display) or attributed
        return attributed

    def _from_source_list(self, proposal: Proposal) -> None:
        """A writer quoted with no work, page or relay, whom the text's list of sources gives
        one book with its page ("Pevsner, Nikolaus, *The Buildings of England: …*, (1959),
        96"): the words are that book's, at that page (sources_list.py)."""
        if (
            proposal.speaker_name is None
            or proposal.unnamed
            or proposal.work_title
            or proposal.page
            or proposal.via_name
        ):
            return
        entries = [e for e in self.source_list if _same_person(e.name, proposal.speaker_name)]
        if len(entries) == 1:
            proposal.work_title, proposal.page = entries[0].title, entries[0].page

    def _from_this_volume(self, proposal: Proposal, lead: str, after: str) -> None:
        """Words a book by several hands cites from another of its contributions, by the
        citation after them ("(Ogden, this volume, p. 31)") or by its author named beside
        "this volume" in their sentence ("As Ruth Ogden shows (this volume, p. 34), … ran
        ‘…’"): that contribution's author made them, its title is the work (volume.py). A
        speaker the sentence itself names after the contributor keeps the words."""
        if not self.contributions:
            return
        cited = re.match(r"\s*\((?P<inside>[^()]*)\)", after)
        sentence = _SENTENCE_BREAK.split(lead)[-1]
        inside = cited["inside"] if cited is not None else ""
        if THIS_VOLUME.search(inside):
            named = re.match(r"\s*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),", inside)
            contribution = (
                contribution_by(self.contributions, named["name"], proposal.start)
                if named
                else None
            )
            page = _page(inside)
        else:
            contribution, page = None, None
        if contribution is None and THIS_VOLUME.search(sentence):
            mentioned = [
                (found.start(), by)
                for c in self.contributions
                for found in re.finditer(rf"\b{re.escape(c.author.split()[-1])}\b", sentence)
                if (by := contribution_by(self.contributions, c.author, proposal.start))
            ]
            if len({c for _at, c in mentioned}) != 1:
                return
            at, contribution = mentioned[0]
            named_after = proposal.speaker_name and re.search(
                rf"\b{re.escape(proposal.speaker_name.split()[-1])}\b", sentence[at:]
            )
            if named_after and not _same_person(proposal.speaker_name or "", contribution.author):
                return  # "As Ogden shows (this volume), Martha Haigh wrote ‘…’": Haigh's
            cross = [p for p in re.findall(r"\([^()]*\)", sentence) if THIS_VOLUME.search(p)]
            page = next((_page(p) for p in cross if _page(p)), None)
        if contribution is None:
            return
        if (
            proposal.speaker_name
            and not proposal.unnamed
            and not _same_person(proposal.speaker_name, contribution.author)
            and THIS_VOLUME.search(inside)
            and re.search(rf"\b{re.escape(proposal.speaker_name.split()[-1])}\b", sentence)
        ):
            return  # "Martha Haigh wrote ‘…’ (Ogden, this volume, p. 34)": Haigh's words
        proposal.speaker_name, proposal.unnamed = contribution.author, False
        proposal.work_title = contribution.title
        proposal.page = proposal.page or page
        # the book's own byline names the contributor in full: no guess from a surname
        proposal.attributed_by, proposal.doubt = "lead-in", None
        self._remember(contribution.author)

    def _relayed(self, proposal: Proposal, lead: str, after: str, display: bool) -> bool:
        """Words the lead-in says came to us through someone or something ("Marlowe said, the
        *Observer* reported, that", "as the paper reported him", "According to the *Gazette*,
        he told the crowd:", "in the words of its founder, X"): whoever the lead-in without
        the relay names made them, and the relay is the via. True when it applies."""
        relay = relay_clause(lead)
        if relay is None:
            return False
        kept = replace(proposal)
        self.relaying = True
        try:
            made = self._attribute(proposal, relay.without, after, display)
        finally:
            self.relaying = False
        maker, unnamed = proposal.speaker_name, proposal.unnamed
        if relay.maker is not None:
            # "she gave us in the words of its founder, X:": whoever gave them (read as "she
            # said:") relays X's words, when the first reading found X
            proposal.__dict__.update(replace(kept).__dict__)
            if (
                made
                and maker
                and not unnamed
                and kept.speaker_name
                and kept.via_name is None
                and _same_person(kept.speaker_name, self._full_name(relay.maker))
                and not _one_name(maker, kept.speaker_name)
            ):
                proposal.via_name = maker
                return True
            return False
        via = self._relay_named(relay.via, kept.speaker_name, kept.via_name, maker)
        if relay.via.lower() in ("paper", "newspaper"):
            # "the paper said": the paper the text named last before the words
            via = self._paper_before(self.text[max(0, proposal.start - 2000) : proposal.start])
        if relay.shown and proposal.attributed_by == "pronoun":
            # "She put on the screen a letter:": the one who showed it, no other maker named
            proposal.__dict__.update(replace(kept).__dict__)
            return False
        pronoun = re.search(r"\b(?:[Hh]e|[Ss]he)\b", relay.without[-160:])
        if (
            maker
            and via
            and _one_name(maker, via)
            and pronoun
            and proposal.attributed_by == "pronoun"
        ):
            # "In a letter quoted by her biographer, Ann Hyde, she wrote:": "she" is not the
            # biographer who relays the letter
            said = pronoun[0].lower()
            maker = self._surely_fitting(said, via) or self._other_fitting(said, via)
            proposal.speaker_name = maker
        if kept.via_name and via and not _one_name(kept.via_name, via):
            via = kept.via_name  # a nearer relay the first reading found stays
        if not made or maker is None or via is None or _one_name(maker, via):
            proposal.__dict__.update(replace(kept).__dict__)
            return False
        proposal.via_name = via
        if proposal.work_title and (
            _same_person(proposal.work_title, via) or proposal.work_title == kept.speaker_name
        ):
            proposal.work_title = None  # the paper that reported the words is not their work
        return True

    def _relay_named(
        self, written: str, first: str | None, via: str | None, maker: str | None
    ) -> str | None:
        """A relay as the text names it in full: a pronoun or a short name is whom the first
        reading of the lead-in took for the speaker ("she told me", "Mrs Lee told us"), or for
        the via; a "she" that reading gave the maker is the woman named last before the words;
        a paper by one word is the one paper the text names so ("the *Courier*")."""
        if via and written and written.split()[-1] in via.split():
            return self._paper_named(via)
        if written.lower() in ("he", "she") and (not first or (maker and _one_name(first, maker))):
            return self._surely_fitting(written.lower(), maker)
        if not written or written.lower() in ("paper", "newspaper", "he", "she", "they"):
            return first
        if _NEWSPAPER.search(written):
            return self._paper_named(written)
        bare = _without_honorific(written)
        if first and len(bare.split()) == 1 and bare in first.split():
            return first  # "Mrs Tasker told us": the Gwen Tasker the first reading found
        if len(bare.split()) == 1 and _is_person_noun(bare.lower()):
            # "The Secretary read a letter": the one the text names Secretary, if it does
            return self._role_holder(f"the {bare}")
        return _without_honorific(self._full_name(bare))

    def _reported_paragraph(self, proposal: Proposal) -> bool:
        """Words quoted with nobody named for them in a paragraph that opens in someone's
        reported speech ("Mr Roper, in opening the case, said the facts lay in a narrow
        compass. The prisoner … had fallen out …, and “…”"): a report of a speech runs on in
        the same voice until the paragraph names another speaker. True when it applies."""
        if proposal.speaker_name is not None or self.read_cite is not None:
            return False
        sentences = _SENTENCE_BREAK.split(self.before.strip())
        opening = _REPORTED_OPENING.match(sentences[0]) if len(sentences) >= 2 else None
        if opening is None or re.search(r"[“”\"‘]", self.before):
            return False
        later = " ".join(sentences[1:])
        if _SPEECH_AGAIN.search(later):
            return False  # another voice speaks before the words
        speaker = self._subject_name(opening["name"], whole=True)
        if speaker is None:
            return False
        proposal.speaker_name = as_the_text_writes(
            _without_honorific(self._full_name(speaker)), self.text
        )
        proposal.unnamed, proposal.attributed_by = False, "lead-in"
        proposal.doubt = (
            f"the words taken as {proposal.speaker_name}’s: the paragraph opens in their "
            "reported speech"
        )
        return True

    def _reported_within(self, proposal: Proposal, lead: str) -> None:
        """Words a witness's reported evidence says someone else spoke to them ("Edward Booth
        said that when he took him into custody the prisoner said to him, “…”"): that one's,
        relayed by the witness."""
        reported = _REPORTED_WITHIN.search(lead)
        reporter = proposal.speaker_name
        if reported is None or reporter is None or proposal.via_name or proposal.unnamed:
            return
        inner = self._subject_name(reported["inner"], whole=True)
        if inner is None or _words(inner) == _words(reporter):
            return
        proposal.speaker_name = as_the_text_writes(
            _without_honorific(self._full_name(inner)), self.text
        )
        proposal.via_name = reporter
        if proposal.work_title and proposal.work_title in lead[reported.start() :]:
            proposal.work_title = None  # "… in Hawshaw Wood the elder prisoner called out": a
            # place in the evidence, and spoken words are in no work

    def _in_discussed_work(
        self, proposal: Proposal, lead: str, name: str | None, unnamed: bool, how: str
    ) -> tuple[str | None, bool, str, str | None]:
        """(speaker, unnamed, how, work) of words a bare page cites in a text about one work
        (``discussed``): the work's own words when nobody else is named for them (its author
        speaks; a part of it the lead-in names, "The opening stage direction asks for", says
        nothing itself), its author's, its characters' lines (a play's, a novel's); the words
        of anyone else it prints are theirs, relayed by its author. A lead-in that names
        another titled work ("Ann Lee's *Tide and Ledger* found that") cites that one."""
        work = self.discussed
        if work is None:
            return name, unnamed, how, None
        sentence = _SENTENCE_BREAK.split(lead)[-1]
        if any(
            _words(other) != _words(work.title)
            for other in re.findall(r"(?<![*\w])\*(?!\s)([^*\n]{2,120}?)\*(?![*\w])", sentence)
        ):
            return name, unnamed, how, None
        author = work.author
        part = _PART_OF_THE_WORK.search(sentence)
        if part is not None and author is not None and (name is None or _READ_OUT.search(sentence)):
            # "Gwen opened by reading the book's first line", "The first stage direction
            # sets the scene:": the work's own words, its author's, whoever reads them out
            self.written_here = (author, work.title)  # stated by naming the part
            return author, False, "citation", work.title
        if name is not None and unnamed and self._not_somebody(name, unnamed) is not None:
            name = None  # "The final direction reads:": the work's own words
        # a body by the word its name turns on: "the Department" of "Department for Transport"
        kind = re.split(r"\s+(?:for|of|on)\s+", author)[0].split()[-1].lower() if author else ""
        if name is not None and unnamed and kind in name.lower().split():
            name, unnamed = author, False  # "The Board itself concludes": the body that wrote it
        if name is not None and not unnamed and " " not in name and name not in self.people:
            # "In the Minister's closing words": the one the text named as the Minister
            name = self._office_named_before(f"the {name}", proposal.start) or name
        previous = self.previous
        if (
            name is None
            and previous is not None
            and previous.speaker_name
            and _SAID_BETWEEN.search(self.before)
        ):  # "“…,” he says. “…” (28)": the one who said the words before goes on
            name, unnamed, how = previous.speaker_name, previous.unnamed, "continued"
        if name is None:
            if not lead.strip() or _SPLIT_AFTER.search(self.before):
                # "“…,” it ends, “…” (113)": the words before go on, whoever said them
                return None, False, how, None
            holder = self._office_named_before(sentence, proposal.start)
            apposed = re.search(rf",\s+(?P<name>{_NAME}),", sentence)
            maker = self._document_maker_named(lead)
            if maker is not None and (author is None or not _same_person(maker, author)):
                # "the accounts, kept by the overseer, Thomas Grice; the line …", "the letters
                # her great-grandfather Albert Crane sent home. One says that": its maker's,
                # a character's document in the novel, any other printed by the work's author
                if not work.fiction and author is not None and proposal.via_name is None:
                    proposal.via_name = author
                self.written_here = (maker, None)  # the document's maker, as the text states
                return maker, False, "lead-in", work.title if work.fiction else None
            if holder is not None:
                # "In the Secretary of State's own closing words" after "the Secretary of State,
                # Hugh Penrose,": the one the text named in that office
                name, unnamed, how = holder, False, "lead-in"
            elif apposed and " " in apposed["name"] and apposed["name"] != author:
                if _QUOTED_PASSIVE.match(sentence[apposed.end() :]):
                    # "On p. 112 the vicar, Samuel Orme, is quoted from his diary:": his words,
                    # printed by the work's author (in a novel, a character's, in it)
                    if not work.fiction and author is not None and proposal.via_name is None:
                        proposal.via_name = author
                    named = self._full_name(apposed["name"])
                    self.written_here = (named, None)  # stated: the one the work quotes
                    return named, False, "lead-in", work.title if work.fiction else None
                # "The harbour master, Denzil Rowe, is given a paragraph:": his, not the work's
                return None, False, how, None
            elif author is None:
                return None, False, how, work.title
            else:
                if not _THE_WORK_ITSELF.search(sentence) and not (
                    work.fiction and _NARRATION.search(sentence)
                ):
                    # "The mill was not “burnt down” (97)": the work's own words by inference
                    self.doubts.append(f"speaker taken as {author}, whose work this text discusses")
                return author, False, "citation", work.title
        if (
            how == "pronoun"
            and author is not None
            and not work.fiction
            and re.match(r"\s*(?:[Hh]e|[Ss]he)\b", sentence)
            and re.match(
                rf"\W*(?:{re.escape(author)}|{re.escape(author.split()[-1])})\b",
                _SENTENCE_BREAK.split(self.before[: len(self.before) - len(lead)].rstrip())[-1],
            )
        ):  # "Strood begins with the common, where Pell grazed his geese. She is good on it:"
            # the book's author, the subject of the sentence before, not a name inside it
            name = author
        if author is not None and not unnamed and _same_person(self._full_name(name), author):
            if _PRINTS_OTHERS.search(sentence):
                # "she quotes at length the instruction the board sent him:": not her words;
                # the maker's, when the sentence names them ("prints a petition drawn up by
                # the leader of the wives, Hannah Crowther")
                maker = self._document_maker_named(lead)
                if maker is not None and not _same_person(maker, author):
                    if not work.fiction:
                        proposal.via_name = proposal.via_name or author
                    self.written_here = (maker, None)
                    return maker, False, "lead-in", work.title if work.fiction else None
                proposal.via_name = proposal.via_name or author
                return None, False, how, None
            return name, unnamed, how, work.title
        printed = _PRINTS_OTHERS.search(sentence) or re.search(r"\bepigraph\b", sentence)
        surname = re.escape(self._full_name(name).split()[-1])
        contributor = re.search(  # "a foreword by the Secretary of State, Hugh Penrose,"
            rf"{_OWN_PART.pattern}[^.]{{0,80}}?\b{surname}\b", self.text[: proposal.start]
        )
        if (work.fiction and not printed) or _OWN_PART.search(self.before) or contributor:
            # a character's line, in the play; a foreword by someone else is part of the work
            return name, unnamed, how, work.title
        if author is not None and proposal.via_name is None:
            proposal.via_name = author  # a diary, a letter, a witness the work prints
        return name, unnamed, how, None

    def _one_asked(self, lead: str) -> str | None:
        """Whom the question a lead-in's answer follows was put to ("Gwen asked her whether
        …. Her answer:", "sent Corin Halloway three questions …. Asked why …, he answered:"),
        as the paragraph before the words says; None when the lead-in is no answer or the
        paragraph puts no question to anyone."""
        own = _SENTENCE_BREAK.split(lead)[-1]
        if not _ANSWERED.search(own):
            return None
        for sentence in reversed(_SENTENCE_BREAK.split(self.before.rstrip())[-4:]):
            put = _QUESTION_PUT.search(sentence)
            if put is None:
                continue
            asked = put["asked"] or put["sent"]
            if asked.lower() in ("him", "her", "them"):
                # the person named before the question, other than whoever asks it
                asker = put["asker"] or ""
                before = self.before[: self.before.rfind(sentence)]
                named = [p for p in self.people if _mentioned_at(before, p) >= 0 and " " in p]
                named = [p for p in named if not (asker and _same_person(p, asker))]
                if not named:
                    return None
                return max(named, key=lambda p: _mentioned_at(before, p))
            return self._full_name(asked)
        return None

    def _document_maker_named(self, lead: str) -> str | None:
        """Who made the document a lead-in's words are from, as the sentence (or, after "One
        says", "It reads", the sentence before) describes it: "a page of them, kept by the
        overseer of the poor, Thomas Grice;", "the letters her great-grandfather Albert Crane
        sent home", "Orme's diary"; None when it describes none."""
        sentences = _SENTENCE_BREAK.split(self.before.rstrip())
        own = _SENTENCE_BREAK.split(lead)[-1]
        scope = [own]
        if len(sentences) >= 2 and _ONE_OF_THEM.match(own):
            scope.append(sentences[-2])
        for sentence in scope:
            described = _MADE_BY.search(sentence) or _MAKER_OF_DOCUMENT.search(sentence)
            if described is not None:
                who = _TRAILING_FULL_NAME.search(described["who"].strip(" ,"))
                if who is not None:
                    return self._full_name(who["name"])
        return None

    def _office_named_before(self, sentence: str, at: int) -> str | None:
        """The person the text named, before ``at``, in apposition to an office ``sentence``
        names by itself ("the Secretary of State's own words" after "the Secretary of State,
        Hugh Penrose,"), or None."""
        for office in re.finditer(
            r"\b[Tt]he\s+(?P<office>[A-Z][\w-]*(?:\s+(?:of|for|[A-Z][\w-]*))*)", sentence
        ):
            named = re.search(
                rf"\b[Tt]he\s+{re.escape(office['office'])}"
                rf"(?:\s+(?:of|for)\s+[A-Z][\w-]*(?:\s+(?:of|for|and|[A-Z][\w-]*))*)?"
                rf",\s+(?P<name>{_NAME}),",
                self.text[:at],
            )
            if named is not None and " " in named["name"]:
                return self._full_name(named["name"])
        return None

    def _from_office_record(self, proposal: Proposal) -> bool:
        """Words of the record an office keeps ("The entry for 11 February reads:", "the log
        book has:"), or of the office named by its role ("the new head told the parents"),
        when the text lists who held the office when: the holder in the year the paragraph
        has reached (for "the new" one, the holder whose term began then). True when it
        applies."""
        office = self.apparatus.office
        speaker = proposal.speaker_name
        described = re.fullmatch(
            r"\W*(?:the|The)\s+(?P<new>new\s+)?(?P<office>[a-z]+(?:\s+[a-z]+)?)", speaker or ""
        )
        if not office or (
            speaker is not None and (described is None or described["office"] not in office)
        ):
            return False
        if speaker is None and not _KEPT_RECORD.search(self.before):
            return False
        years = re.findall(r"\b(?:1[6-9]\d\d|20\d\d)\b", self.before)
        holder = (
            self.apparatus.holder(int(years[-1]), beginning=bool(described and described["new"]))
            if years
            else None
        )
        if holder is None:
            return False
        proposal.speaker_name, proposal.unnamed = holder, False
        proposal.attributed_by, proposal.doubt = "lead-in", None
        return True

    def _from_catalogue_entry(self, proposal: Proposal, lead: str) -> bool:
        """Words a catalogue's entry quotes with nobody else named for them: the maker its
        heading names in the trade's inverted form ("WETHERELL (JOSEPH). Autograph letter
        signed …: “…”"), in the work it titles right after. True when it applies."""
        entry = catalogue_entry(self.before, lead)
        speaker = proposal.speaker_name
        # a word taken for a name ("Manuscript diary, …"): nobody the text names in full
        guessed = (
            speaker is not None
            and len(speaker.split()) == 1
            and not any(len(p.split()) >= 2 and p.split()[-1] == speaker for p in self.people)
        )
        if entry is None or not (speaker is None or guessed):
            return False
        if speaker in self.people:
            self.people.remove(speaker)
        proposal.speaker_name, proposal.unnamed = entry[0], False
        proposal.work_title = proposal.work_title or entry[1]
        proposal.attributed_by, proposal.doubt = "lead-in", None
        self._remember(entry[0])
        return True

    def _from_labelled_source(self, proposal: Proposal, lead: str) -> bool:
        """Words the lead-in takes from a source the text labelled ("Source B describes the
        crowd as", "In Document 3 the agent calls it"): the labelled source's maker, work and
        page, as its caption gave them; the source's maker, named by surname, takes them from
        the source the paragraph labelled before ("Read Extract 1. Wragg claims the common
        “…”"). True when it applies."""
        if not self.source_labels:
            return False
        speaker = proposal.speaker_name
        paragraph = self.text[self.text.rfind("\n\n", 0, proposal.start) + 1 : proposal.start]
        source = self._labelled_source(lead, speaker) or (
            self._labelled_source(paragraph, speaker) if speaker else None
        )
        if source is None:
            return False
        proposal.speaker_name, proposal.unnamed = source.speaker, False
        proposal.work_title, proposal.page, proposal.via_name = source.work, source.page, source.via
        proposal.attributed_by, proposal.doubt = "lead-in", None
        return True

    def _labelled_source(self, words: str, speaker: str | None) -> Cite | None:
        """The source the last label in ``words`` names, when the speaker read for the words
        is none, a phrase holding the label ("the broadcaster in Extract G") or the source's
        maker, by surname too ("In Extract E, Marsh calls it")."""
        named = list(SOURCE_LABEL.finditer(words)) if self.source_labels else []
        if not named:
            return None
        source = self.source_labels.get(" ".join(named[-1]["label"].lower().split()))
        if source is None or not (
            speaker is None
            or SOURCE_LABEL.search(speaker)
            or speaker.split()[-1] == (source.speaker or " ").split()[-1]
        ):
            return None
        return source

    def _pointed_to(self, proposal: Proposal, pointer: re.Match[str], lead: str) -> bool:
        """Who a question number or an evidence code after the words points to in the text's
        own lists: the one witness whose range holds the question ("(Q 88)" in "Simon Tell
        MP, … — Q72–110"), or the one a witness named by surname is there ("Dr Lowe"); the
        writer of the evidence so coded ("(RBS0031)" of "RBS0031 Mrs Joan Pritchard"), who
        relays the words of someone their evidence quotes. True when it names somebody."""
        name = proposal.speaker_name
        if pointer.re is QUESTION_CITE:
            answered = self.apparatus.answered(int(pointer["number"]))
            same = [a for a in answered if name and a.split()[-1] == name.split()[-1]]
            if same:
                proposal.speaker_name, proposal.unnamed = same[0], False
            elif len(answered) == 1 and (name is None or proposal.unnamed):
                proposal.speaker_name, proposal.unnamed = answered[0], False
            return proposal.speaker_name is not None
        writer = self.apparatus.codes.get(pointer["code"])
        if writer is None:
            return proposal.speaker_name is not None
        relayed = re.search(r"\b(?:quotes|quoted|cites|cited|prints|printed)\b", lead)
        if relayed and proposal.speaker_name is not None:
            # "Its submission quotes a driver from Kington:"
            proposal.via_name = proposal.via_name or writer
        elif name is None or proposal.unnamed:
            proposal.speaker_name, proposal.unnamed = writer, False  # "One resident wrote:"
        return True

    def _maker_of_document(self, sentence: str) -> str | None:
        """Who made the document a sentence's subject is, as the sentence before says ("The
        Ebb Rivers Trust published its annual report in May. The report says …"): the one
        who published, issued or wrote it."""
        subject = _DOCUMENT_SUBJECT.match(sentence)
        if subject is None:
            return None
        before = self.before[: self.before.rfind(sentence)] if sentence in self.before else ""
        found = list(
            re.finditer(
                rf"(?P<maker>{_NAME})\s+(?:\w+ly\s+)?(?:published|issued|sent|wrote|produced|"
                rf"prepared|circulated|commissioned|put\s+out)\s+(?:its|his|her|their|an?|the)\s+"
                rf"(?:[\w-]+\s+){{0,2}}{subject['doc']}\b",
                before[-400:],
            )
        )
        made = found[-1] if found else None
        if made is None:
            return None
        maker = re.sub(r"^The\s+", "", made["maker"])
        return maker if _BODY_NAME.search(maker) else self._subject_name(maker, whole=True)

    def _printed_document(self, proposal: Proposal, lead: str) -> bool:
        """Whose the words are when a colon lead-in says someone prints, quotes or gives a
        document of another's ("He prints her last letter to the choir:", "He also prints the
        one surviving letter of her maid, Jane Rigg:", "Kell prints Ada's reply:"): the
        document's writer speaks, the one who prints it relays. True when it says so."""
        printed = _PRINTS_DOCUMENT.search(lead.rstrip())
        if printed is None:
            return False
        # the words before the sentence that prints it: whom its "He" stands for
        cut = self.before.rfind(printed.group(0))
        before = self.before[:cut] if cut >= 0 else lead[: printed.start()]
        printer_word = printed["printer"]
        if printer_word in ("He", "She", "he", "she"):
            printer = self._antecedent(before)
        else:
            named = self._subject_name(printer_word, whole=True)
            printer = self._full_name(named) if named else None
        document = printed["document"]
        apposed = re.search(rf",\s+(?P<name>{_NAME})\s*,?$", document)
        owner = re.match(r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?:’s|'s)\s", document)
        pronoun = re.match(r"(?P<pronoun>her|his)\s", document)
        writer: str | None = None
        if apposed:  # "the one surviving letter of her maid, Jane Rigg"
            named = self._subject_name(apposed["name"], whole=True)
            writer = self._full_name(named) if named else None
        elif owner:  # "Ada's last letter"
            named = self._subject_name(owner["name"], whole=True) or owner["name"]
            writer = self._full_name(named)
        elif pronoun:  # "her last letter": the other person the pronoun can stand for
            said = "she" if pronoun["pronoun"] == "her" else "he"
            writer = self._other_fitting(said, printer)
        if writer is None or printer is None or writer == printer:
            return False
        proposal.speaker_name, proposal.unnamed = _without_honorific(writer), False
        proposal.via_name = proposal.via_name or _without_honorific(printer)
        return True

    def _case_opening(self, proposal: Proposal, lead: str) -> None:
        """A case the sentence opens on is the work of the judge it then quotes, and "at
        paragraph 23" the place in it ("In Harwood v Lyle Dairies Ltd [2019] ICR 455, HHJ
        Marion Bale said at paragraph 23 that")."""
        if proposal.work_title is not None or proposal.speaker_name is None:
            return
        # the paragraph's words before the quotation: a case's "[2019]" may end the lead's
        # sentence early
        words = self.before if self.before.endswith(lead) else lead
        case = _CASE_OPENING.search(words[-400:])
        if case is None:
            # "the speech of Lord Pearce in Lancing v Holt [1964] AC 301 at 318:": the case the
            # lead-in says the judge spoke in
            case = _CASE_NAMED.search(_SENTENCE_BREAK.split(lead)[-1])
        if case is None:
            return
        proposal.work_title = case["case"]
        at = _CASE_PINPOINT.search(lead[-200:])
        if at is not None and proposal.page is None:
            proposal.page = f"para. {at['para']}" if at["para"] else at["page"] or at["report"]

    def _body_in_full(self, proposal: Proposal, lead: str, *, bare_only: bool = False) -> bool:
        """A speaker written as a body's kind alone ("The Department states", "the Trust
        told") is the one body of that kind the text names in full; one written as a role
        the text gives someone ("the respondent"), or a document of theirs ("The respondent's
        response", "The respondent's Staff Handbook provides"), is that one."""
        name = proposal.speaker_name or ""
        # "The Authority replied", "the council wrote": the body's kind alone
        bare = re.fullmatch(
            r"(?:[Tt]he\s+)?(?P<head>[A-Z][a-z-]+)|[Tt]he\s+(?P<kind>[a-z][a-z-]+)", name
        )
        body = self._body_by_head(bare["head"] or bare["kind"]) if bare is not None else None
        if bare_only:  # before the speaker is checked: "The Authority replied" only
            if body is not None:
                proposal.speaker_name, proposal.unnamed = body, False
            return body is not None
        owned = _OWNED_BY_KIND.fullmatch(name) if proposal.unnamed else None
        if proposal.speaker_name is None and proposal.work_title:
            # "The respondent's Staff Handbook provides that": the work's owner
            owned = re.search(
                rf"{_OWNED_BY_KIND.pattern}(?<=’s|'s)\s+{re.escape(proposal.work_title)}", lead
            )
        if body is None and owned is not None:
            # "The respondent's response says": the one the text gives that role, or the one
            # such body it names
            body = self._role_holder("the " + owned["owner"]) or self._body_by_head(owned["owner"])
        elif body is None and proposal.unnamed and name:
            body = self._role_holder(name)  # "The respondent alleges"
        elif body is None and not name:
            # "The Head of Planning told the inquiry that": a role a list of the text gives;
            # "According to the Trust,": the one trust the text names
            sentence = _SENTENCE_BREAK.split(lead)[-1].strip()
            office = _OFFICE_SUBJECT.match(sentence)
            body = self.roles.get(" ".join(office["office"].lower().split())) if office else None
            kind = _ACCORDING_TO_KIND.match(sentence)
            body = body or (self._body_by_head(kind["kind"]) if kind else None)
            body = body or self._maker_of_document(sentence)
            # "Counsel for the claimant put his case shortly:": who the report says appeared
            counsel = re.match(r"(?:[Ll]eading\s+)?[Cc]ounsel\s+for\s+the\s+[a-z]+\b", sentence)
            if body is None and counsel is not None:
                body = self._role_holder(counsel.group(0))
                proposal.doubt = None if body else proposal.doubt
        if body is None:
            return False
        proposal.speaker_name, proposal.unnamed = body, False
        return True

    def _edition_of_papers(self, work: str, editor: str, writer: str) -> bool:
        """Whether ``work`` is a book ``editor`` edited (a note or a list named him as its
        editor), which prints ``writer``'s words as hers, or an edition of her family's papers
        by its title or subtitle ("The Lee Papers", "…: Letters of the Lee Family")."""
        edited_by = self.editions.get(work)
        if edited_by and _same_person(edited_by, editor):
            return True
        surname = writer.split()[-1]
        return bool(
            len(surname) > 2
            and re.search(rf"\b{re.escape(surname)}(?:’s|'s|s)?\b", work)
            and _PAPERS_TITLE.search(work)
        )

    def _not_somebody(self, name: str, unnamed: bool) -> tuple[str, str | None] | None:
        """Why ``name`` cannot have said or written anything, and whose the thing it names is
        ("Signe Aarvik’s Vinterposten": hers); None when it is somebody: a person or a body,
        named or described ("One resident of Back Lane", "the children of Year 4")."""
        if _BODY_NAME.search(name):
            return None  # "Orrin Valley Beekeepers’ Association", "Skelbrook Tramway Trust"
        # "Signe Aarvik’s Vinterposten"; a plural's apostrophe before a capital is part of a
        # name ("the Church Walk Infants’ School"), no possession
        owned = re.fullmatch(r"(?P<owner>.+?)(?:’s|'s|(?<=s)’(?=\s+[a-z]))\s+(?P<thing>\S.*)", name)
        if owned is not None:
            thing = owned["thing"]
            head = _head_words(["the", *thing.split()])
            last = head[-1].rstrip(",") if head else ""
            known = any(
                p.split()[-1] == thing.split()[-1] and not re.search(r"’s|'s", p)
                for p in self.people
            )
            titled = thing[:1].isupper() and not (
                known or self._given_name_of(thing.split()[0]) is not None
            )  # "Ivo Brandt's Moorland Year": a work of his; "Oduya's Nell" is a character
            if titled or last in _THING_HEADS:
                return "a thing of someone’s, not a person", owned["owner"]
        if unnamed:
            head = _head_words(name.split())
            last = re.sub(r"(?:’s|'s|’)$", "", head[-1]) if head else ""
            if last in _THING_HEADS:
                # "The pottery's price list": the one pottery the text names owns it
                kind = re.match(r"(?:[Tt]he|[Ii]ts)\s+(?P<kind>[a-z][a-z-]+)(?:’s|'s)\s", name)
                return "a thing, not a person", self._body_by_head(kind["kind"]) if kind else None
            return None
        if _NEWSPAPER.search(name) or self._paper_named(name) != name:
            return None  # a paper speaks its own unsigned words
        if self._only_inside_longer_names(name) or _ACRONYM_FIRST.match(name):
            return "a word of a longer name (a place or a body), not a person", None
        if self._names_a_work(name) or _WORK_ENDING.search(name):
            return _A_WORK, None
        return None

    def _only_inside_longer_names(self, name: str) -> bool:
        """Whether a one-word ``name`` is no one the text names: it never stands alone, only
        inside longer capitalised names ("Cumbria" of "BBC Radio Cumbria" and "Cumbria
        Archive Centre"), and nobody named in full has it as a name."""
        if " " in name.strip() or not re.fullmatch(r"[A-Z][\w’'-]+", name):
            return False
        if any(name in p.split() for p in self.people if " " in p and p != name):
            return False
        found = list(re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", self.text))
        # a capitalised word beside it, not a possessive ("Marlowe's Faustus", "Daniel's reply"
        # stand alone)
        before = r"[A-Z][\w&-]*(?<![’'])[ \t]+$"
        return bool(found) and all(
            not re.match(r"[’']s\b", self.text[m.end() : m.end() + 2])
            and (
                re.search(before, self.text[max(0, m.start() - 40) : m.start()])
                or re.match(r"[ \t]+[A-Z]", self.text[m.end() : m.end() + 40])
            )
            for m in found
        )

    def _names_a_work(self, name: str) -> bool:
        """Whether the text names ``name`` as a work: a works-cited title, a title set in
        italics or named after its kind ("the radio series Cumbrian Lives")."""
        wanted = _words(name)
        if any(title and _words(title) == wanted for _full, _year, title in self.cited):
            return True
        if " " not in wanted:
            return False  # one word: "In the second book Seneca returns" names no title
        return wanted in self._titles_named

    @functools.cached_property
    def _titles_named(self) -> frozenset[str]:
        """The words of every title the text names, read once (a book is long: reading them
        again for each quotation made a 300-page book take a minute)."""
        spans = _title_spans(self.text)
        return frozenset(_words(self.text[a:b]) for a, b in spans if b - a < 120)

    def _titles_above(self) -> list[str]:
        """The titles the words may be from (a character's, a title track's), nearest first:
        the one the paragraph
        names last before the words, then the one the nearest heading above names, then the
        one the text's own title line names ("… Company: *A House on Stilts* by …")."""
        spans = _title_spans(self.before)
        found = [self.before[a:b].strip("*_ ") for a, b in sorted(spans, reverse=True)]
        above = [b for b in self.blocks if b.end <= self.position and b.role != "debris"]
        headings = [b for b in reversed(above) if b.heading] + above[:1]
        for block in headings:
            headed = _title_spans(block.text)
            if headed:
                a, b = min(headed)
                found.append(block.text[a:b].strip("*_ "))
                break
        return found

    def _writers_paper(self, lead: str, name: str, after: str) -> str | None:
        """The paper whose possessive describes the one who speaks ("The *Tollbridge Mercury*’s
        Jim Carlow, who has covered the restoration, called the day “…”"): a paper's writer's
        words are in it, unless the sentence says they spoke them ("… when we spoke")."""
        owned = re.search(
            rf"(?P<paper>\*[^*]+\*|_[^_]+_|(?:{_CAP_WORD}\s+){{0,3}}{_CAP_WORD})(?:’s|'s)\s+"
            rf"(?:[a-z][\w-]*\s+){{0,3}}{re.escape(name)}\b",
            lead,
        )
        if owned is None:
            return self._paper_written_in(lead, name, after)
        if _SPOKEN.search(f"{lead[owned.end() :]} {after}"):
            return None
        paper = re.sub(r"^The\s+", "", owned["paper"].strip("*_"))
        if not (_NEWSPAPER.search(paper) or owned["paper"][:1] in "*_"):
            return None
        return self._body_named(paper) or paper

    def _paper_reporting(self, lead: str) -> tuple[str, str] | None:
        """Whom a paper reports as saying the words, and the paper: "the *Kettering Mercury*
        reported him as saying that", "The *Echo* quoted the mayor, Joseph Hale, as saying";
        None when the lead-in says no such thing."""
        reported = _PAPER_REPORTED_AS.search(lead)
        if reported is None:
            return None
        written = re.sub(r"^[Tt]he\s+", "", reported["paper"])
        paper = written.strip("*_")
        if not (_NEWSPAPER.search(paper) or written[:1] in "*_"):
            return None
        who = reported["who"]
        if who in ("him", "her"):
            person = self._antecedent(lead[: reported.start()])
        else:
            named = re.search(rf"{_NAME}$", who)
            person = self._subject_name(named[0], whole=True) if named else None
        if person is None:
            return None
        return _without_honorific(self._full_name(person)), self._body_named(paper) or paper

    def _paper_written_in(self, lead: str, name: str, after: str) -> str | None:
        """The paper a writer writes in as its own, when the lead-in says so: "Paul Jenner,
        in the *Western Post*, called it", "its music critic, Alun Pask, wrote", "The paper's
        farming correspondent, Len Birkett, wrote", "wrote in the same paper" (the last paper
        the paragraph names); None when the sentence says they spoke or told it."""
        surname = re.escape(name.split()[-1])
        apposed = re.search(
            rf"\b{surname}\s*,\s+in\s+(?:the\s+)?(?P<paper>\*[^*]+\*|(?:{_CAP_WORD}\s+){{0,3}}"
            rf"{_CAP_WORD})\s*,",
            lead,
        )
        role = re.search(
            r"\b(?:[Ii]ts|[Tt]he\s+(?:same\s+)?(?:paper|newspaper|magazine)(?:’s|'s))\s+"
            r"(?:[a-z][\w-]*\s+){0,2}(?:critic|reviewer|correspondent|columnist|editor|"
            rf"leader-writer)\s*,\s+(?:[A-Z][\w’'.-]*\s+){{0,3}}{surname}\b"
            r"|\bin\s+the\s+same\s+(?:paper|newspaper|magazine)\b",
            lead,
        )
        printed_in = re.match(
            rf"^[\s”\"’',]*in\s+(?:the\s+)?(?P<paper>\*[^*\n]+\*|(?:{_CAP_WORD}\s+){{0,3}}{_CAP_WORD})"
            r"(?=[\s.,;:!?]|$)",
            after,
        )  # "called the last chapter “…” in the Eastern Daily Chronicle.": where it was printed
        # "the review from the *Kentish Gazette*, in which Colin Bray called"
        in_which = re.search(
            rf"(?P<paper>\*[^*\n]+\*),?\s+in\s+which\s+(?:the\s+[a-z]+\s+)?(?:{_CAP_WORD}\s+){{0,2}}"
            rf"{surname}\b",
            lead,
        )
        apposed = apposed or printed_in or in_which
        if (apposed is None and role is None) or _SPOKEN.search(f"{lead} {after}"):
            return None
        if apposed is not None:
            paper = apposed["paper"].strip("*_").rstrip(".")
            if not (_NEWSPAPER.search(paper) or apposed["paper"][:1] in "*_"):
                return None
            if apposed is printed_in:
                self.written_here = (name, paper)  # stated: who wrote it, and where
            return self._body_named(paper) or paper
        earlier = self.before[: max(0, len(self.before) - len(lead))]
        named = [
            found.strip("*_")
            for found in re.findall(rf"\*[^*\n]+\*|(?:{_CAP_WORD}\s+){{1,3}}{_CAP_WORD}", earlier)
            if _NEWSPAPER.search(found.strip("*_"))
        ]
        return named[-1] if named else None

    def _keep_only_somebody(self, proposal: Proposal, lead: str) -> bool:
        """Keeps a speaker only if it is somebody; otherwise the one a reader would take
        instead, in this order: the owner of the thing it names ("Signe Aarvik’s
        Vinterposten"), the subject of the lead-in's sentence, the author of the cited work,
        an unnamed person the lead-in describes; else nobody, doubted with the reason. False
        when nobody is left (the reader may then read the words as a said-clause's)."""
        name, unnamed = proposal.speaker_name or "", proposal.unnamed
        cited = self.read_cite
        own_words = (  # a periodical's own unsigned words ("Its verdict was brief:"), in it
            cited is not None
            and cited.periodical
            and _words(proposal.work_title or "") == _words(name)
        )
        why = None if own_words else self._not_somebody(name, unnamed)
        if why is None:
            return True
        reason, owner = why
        rejected = f"‘{name}’ is not read as the speaker: {reason}"
        instead: list[tuple[str | None, bool]] = []
        if proposal.attributed_by == "after":
            # a thing the sentence after the words speaks of says nothing of them
            lead, owner = "", None
        if owner is not None and proposal.attributed_by not in ("lead-in", "citation"):
            # a thing a pronoun or a later sentence stands for: the person named as its owner
            # ("she" after "Signe Aarvik’s Vinterposten"), never one it only describes
            owner = owner if self._subject_name(owner, whole=True) is not None else None
        if owner is None and reason == _A_WORK:
            # "Her last song for it, Swaledale Rain, is …": whose the titled work is
            titled = re.search(
                rf"(?P<owner>{_NAME}(?=’s|'s)|\b[Hh]is|\b[Hh]er|\b[Tt]heir)(?:’s|'s)?\s+"
                rf"(?:[a-z]+\s+){{0,3}}{_GENRES}\b[^.;:]{{0,30}}?{re.escape(name)}",
                lead,
            )
            if titled is not None and titled["owner"].lower() in ("his", "her", "their"):
                cut = self.before.rfind(lead)
                named_before = self.before[: cut + titled.start()] if cut >= 0 else self.before
                instead.append((self._antecedent(named_before), False))
            elif titled is not None:
                owner = titled["owner"]
        if owner is not None:
            if _PRONOUNS.fullmatch(owner.split()[-1]) or owner in ("His", "Her", "his", "her"):
                instead.append((self._antecedent(""), False))
            elif (owned := self._subject_name(owner, whole=True)) is not None:
                instead.append((self._full_name(owned), False))
            else:
                instead.append((owner, True))
        pronoun = re.search(r"\b(?:[Ss]he|[Hh]e)\s+(?:\w+ly\s+)?[a-z]", lead)
        if pronoun is not None:
            # "she" taken for what is no one, or a lead-in whose subject is "she": the one
            # person it can stand for
            instead.append((self._other_fitting(pronoun.group(0).split()[0].lower(), name), False))
        instead.append((self._sentence_subject(lead), False))
        if cited is not None and cited.speaker:
            instead.append((self._full_name(cited.speaker), False))
        if proposal.work_title:
            instead.append((self._cited_author(proposal.work_title), False))
        for described in (_UNNAMED_SUBJECT.match(lead.strip()), _OWNED_ROLE.match(lead.strip())):
            if described is not None and _is_person_noun(described["head"]):
                instead.append((described["name"], True))
        if reason == _A_WORK and proposal.work_title is None:
            proposal.work_title = name  # "(Wisden Cricketers’ Almanack, 1980, p. 1204)"
        for other, other_unnamed in instead:
            if (
                other
                and _words(other) != _words(name)
                and self._not_somebody(other, other_unnamed) is None
            ):
                proposal.speaker_name = other if other_unnamed else _without_honorific(other)
                proposal.unnamed = other_unnamed
                proposal.doubt = rejected
                return True
        proposal.speaker_name, proposal.unnamed = None, False
        proposal.doubt = rejected
        self.given_up.append(rejected)
        proposal.attributed_by = "citation" if cited is not None else None
        return cited is not None

    def _keep_only_readable(self, proposal: Proposal) -> None:
        """Empties a speaker, work or via that is a piece of a citation the reader could not
        read (a call mark, a date, a name with a year in it, a key nobody gives) and puts the
        reason first among the proposal's doubts; a note marker left on a title is dropped."""
        reasons = list(self.given_up)
        cited = self.read_cite
        from_cite = {cited.speaker, cited.work, cited.via} if cited is not None else set()
        if proposal.work_title:
            proposal.work_title = _GLUED_MARKER.sub("", proposal.work_title).strip() or None
        fields = (
            ("speaker_name", "speaker", not proposal.unnamed, (unread_name,)),
            ("work_title", "work", True, (unread_title,)),
            ("via_name", "via", True, (unread_name, unread_title)),
        )
        for attribute, role, checked, readers in fields:
            value = getattr(proposal, attribute)
            if not value or not checked:
                continue
            why = next((w for read in readers if (w := read(value)) is not None), None)
            if why is None and value in from_cite and self._unkeyed(value):
                why = "an abbreviation the text does not key"
            if why is not None:
                setattr(proposal, attribute, None)
                reasons.append(f"the citation’s ‘{value}’ is not read as the {role}: {why}")
        if reasons:
            proposal.doubt = reasons[0]
        elif proposal.speaker_name is None and proposal.doubt is None:
            proposal.doubt = NO_SPEAKER

    def _teller_of_paper(self, lead: str, name: str) -> str | None:
        """Who told the paper ``name`` the words, when the lead-in says so ("Reay told The
        Guardian that", "she told the Evening Post that"): never the paper itself."""
        if not (_NEWSPAPER.search(name) or self._paper_named(name) != name):
            return None
        told = re.search(
            rf"(?P<teller>{_NAME}|\b[Hh]e|\b[Ss]he)\s+(?:\w+ly\s+|also\s+|later\s+)?"
            rf"(?:told|wrote\s+to|spoke\s+to)\s+(?:[Tt]he\s+)?[*_]?(?:[A-Z][\w’'-]*\s+){{0,3}}"
            rf"{re.escape(name.split()[-1])}\b",
            lead,
        )
        if told is None:
            return None
        if re.fullmatch(r"[Hh]e|[Ss]he", told["teller"]):
            cut = self.before.rfind(lead)
            return self._antecedent(self.before[: cut + told.start()] if cut >= 0 else "")
        teller = _clean_name(told["teller"])
        if not teller or _NEWSPAPER.search(teller) or _words(teller) == _words(name):
            return None
        return self._full_name(teller)

    def _kind_titled(self, sentence: str) -> str | None:
        """The last work ``sentence`` names after its kind ("her address of 1979, ‘Keeping
        On’,", "a talk he called …"), when it names one."""
        if re.search(r"\b(?:quoted|cited|qtd\.?|reprinted|printed)\s+(?:in|by)\b", sentence):
            return None  # "quoted in Ada Lee’s pamphlet “…”": who relays them, not their work
        found = [(m.start(), m["title"]) for m in _genre_titles(sentence)]
        found += [(m.start(), m["title"]) for m in _CALLED_TITLE.finditer(sentence)]
        titles = [_trim_title(t) for _at, t in sorted(found)]
        titles = [t for t in titles if t and not _YEAR.fullmatch(t)]
        return titles[-1] if titles else None

    def _unkeyed(self, value: str) -> bool:
        """Whether ``value`` is an abbreviation ("WG", "UDC") that no key, list or sentence of
        the text spells out."""
        bare = value.strip("*_ ")
        if not re.fullmatch(r"[A-Z][A-Z&]{1,5}", bare) or bare in self.abbreviations:
            return False
        listed = {w for full, _y, title in self.cited for w in (full, title or "")}
        if bare in listed:
            return False
        prose = " ".join(b.text for b in self.blocks if b.role not in ("note", "cited"))
        prose = re.sub(r"\((?:[^()]|\([^()]*\))*\)", " ", prose)  # its citations left out
        return re.search(rf"\b{re.escape(bare)}\b", prose) is None

    def _attribute_as_written(
        self, proposal: Proposal, lead: str, after: str, display: bool
    ) -> bool:
        """Who, which work, page and via, as the lead-in, the citation and the text say."""
        self.doubts = []
        self.written_here = None
        # a note's call inside the lead-in marks a word, not the words quoted: "Their first
        # chair, Nora Beckwith,* wrote …" reads as "Nora Beckwith, wrote"
        called_by_lead = _LEAD_CALL.search(lead)  # "… and was warmer:⁶" before a block
        lead = _INNER_CALL.sub("", lead)
        # a nickname in quote marks inside a name ("Thomas ‘Tam’ Rigg told") is part of how
        # the person is named, neither a title nor a quotation: the name reads as one
        lead = _NICKNAMED.sub(
            lambda named: (
                named["first"]
                + " " * (len(named[0]) - len(named["first"]) - len(named["last"]))
                + named["last"]
            ),
            lead,
        )
        cite, cited_length = self._trailing_cite(after)
        if cite is None:
            # a note keyed to the words by their opening words, a paragraph's number or lines
            cite = self.keyed_cite(proposal.start, proposal.end)
        if cite is None:
            # "Brian Loxley, *Kendal Clockmakers* (…), p. 142, where it is described as":
            # the lead-in is the entry that cites the words
            cite = self._entry_quoting(lead)
            if cite is not None and cite.speaker:
                self.written_here = (cite.speaker, cite.work)
        rest = after[cited_length:]
        if cited_length and re.match(r"^\s+[A-Z“\"‘«]", rest):
            rest = ""  # "…”[^1] They also record that Quill told them": the next sentence's
        signed = self._pseudonym(lead)  # "a correspondent who signed himself “Ratepayer”"
        if signed is not None:
            lead = signed[1]
        pen = _PEN_NAME.search(lead)
        if pen is not None:  # "Its author, who signed himself ‘Signalman’, …": the pen name
            # and its quote marks are no title, nor a name the sentence is about
            lead = (
                lead[: pen.start("pen") - 1]
                + " " * (pen.end() - pen.start("pen") + 1)
                + lead[pen.end() :]
            )
        length = len(proposal.text.split())
        self.only_a_phrase = not display and length < _MIN_UNNAMED_QUOTATION_WORDS
        name, unnamed, how, naming = self._speaker_from(lead, rest, display)
        written_by = self._written_by(lead)  # "The entry, by Dr Ruth Emsley, calls it"
        if written_by is not None:
            name, unnamed, how, naming = written_by[0], False, "lead-in", lead
            self.written_here = written_by
        book_owner = work_owner(_SENTENCE_BREAK.split(lead)[-1]) if name is None else None
        if book_owner is not None:  # "Kessell’s history calls it": the writer of the book
            name, unnamed, how, naming = self._full_name(book_owner), False, "lead-in", lead
        participle = _WRITING_THAT.search(lead) if name is None else None
        if participle is not None:
            # "Mr Kenneth Tyson offered the crook in a letter to the curator, writing that":
            # the one whose letter it is, the sentence's subject
            subject = self._sentence_subject(lead[: participle.start()])
            if subject is not None:
                name, unnamed, how = self._full_name(subject), False, "lead-in"
                self.written_here = (name, None)
        reported_by = self._paper_reporting(lead)
        if reported_by is not None:
            # "the *Mercury* reported him as saying that": his words, relayed by the paper
            name, unnamed, how, naming = reported_by[0], False, "lead-in", lead
        quoted_as = _QUOTED_AS_SAYING.search(lead) if name is None else None
        if quoted_as is not None:
            # "The late Winifred Bell, who …, is quoted in a local paper as saying that": the
            # sentence's subject speaks; the paper the citation names relays her words
            before = re.sub(r",\s*(?:who|whose)\b[^,“”\"]*,?\s*$", "", lead[: quoted_as.start()])
            ending = re.search(rf"(?P<name>{_NAME})\s*$", before.rstrip(" ,"))
            subject = (
                self._subject_name(ending["name"], whole=True)
                if ending
                else self._sentence_subject(before)
            )
            if subject is not None:
                name, unnamed, how = self._full_name(subject), False, "lead-in"
        writer = self.people_keys.get(pen["pen"]) if pen is not None else None
        if writer is not None and (name is None or unnamed):
            # "Walter Greaves, who wrote as “Long Stop”, was not impressed, describing …": the
            # one the pen name stands for is who the sentence is about
            name, unnamed, how, naming = writer, False, "lead-in", lead
        elif pen is not None and re.search(rf"\b{_SPEECH_VERBS}\b", lead[pen.end() :]):
            # "Its author, who signed himself ‘Signalman’, wrote that": the name the writer
            # gave is the one the text knows them by
            name, unnamed, how, naming = writer or pen["pen"], False, "lead-in", lead
        doubted = len(self.doubts)
        made = self._document_maker(lead, proposal.text)
        if signed is not None:
            name, unnamed, how, naming = signed[0], True, "lead-in", lead
        elif made is not None and (name is None or made[2]):
            # "the Vestry resolved “…”", "The Museum's label reads:", "…, which recorded that
            # the Highways Committee had recommended “…”": the document's maker
            name, unnamed, how, naming = made[0], made[1], "lead-in", lead
        else:
            del self.doubts[doubted:]  # a maker's guess not taken is no doubt of these words
        if self.signature is not None:
            # "— Jo Marsh (@jomarsh), 3 March 2022, 21:14", "Yours faithfully, / J. R. Pike":
            # whoever signs the words speaks them, whatever the lead-in describes
            signer = self.signature
            name, unnamed, how, naming = signer.signer, signer.unnamed, "signature", ""
            written = [p for p in self.people if _without_courtesy(p) == name and p != name]
            if not unnamed and len(written) == 1:
                name = written[0]  # "Agnes Fairlie" signs as the "Mrs Agnes Fairlie" named
        # a document's words (minutes, a notice) printed in a paper are in it, unless the lead
        # says the paper reported them ("the Gazette's report …, which recorded that …")
        reported_by_paper = re.search(r"\b(?:report|reported|reports|account|recorded)\b", lead)
        documented = made is not None and name == made[0] and not reported_by_paper
        own_paper = self._own_paper_words(lead) if name is None else None
        if own_paper is not None:  # "Our leader of 20 March …:": the paper it is printed in
            name, unnamed, how, naming = own_paper, False, "lead-in", lead
        if name is None and (maker := self._object_maker(lead)) is not None:
            # "Inscribed: ‘…’" under "Sampler by Ann Dyer, 1826.": the maker's words
            name, unnamed, how, naming, documented = maker, False, "lead-in", lead, True
        if how == "paper" and name is not None:  # a paper's leader: its words, in it
            name = own_paper = name.strip("*_")
            how = "after"
        teller = self._teller_of_paper(lead, name) if name and not unnamed else None
        if teller is not None:
            # "Reay told The Guardian ten years later that": the paper told relays the words,
            # whoever told it speaks them
            name, how = teller, "lead-in"
        if name is not None and not unnamed and _NEWSPAPER.search(name):
            name = self._paper_named(name)  # "the Advertiser told": the Hollowell Advertiser
        if how == "pronoun" and name is not None and name == self.unnamed_speaker:
            unnamed = True  # the unnamed speaker just quoted, still the one the text is about
        title, year = self._work_from(naming) if naming else (None, None)
        if title is None and naming is not lead:
            title, year = self._work_from(lead)
        if title is None:
            title = source_lead(lead)  # "From *Songs of the Level* (1848), p. 12:"
        if title is not None and given_as_heading(self.before, title):
            title = None  # "its leader, under the heading ‘Dark Again’,": a headline, no work
        if title is None and name is not None and not unnamed:
            # ", in a talk he called ‘Men Under the Hill’, he told listeners that": a work its
            # kind names earlier in the quotation's sentence, before the clause that gives it
            title = self._kind_titled(_SENTENCE_OR_QUOTE_BREAK.split(self.before)[-1])
        sentences = _SENTENCE_OR_QUOTE_BREAK.split(self.before)[-2:]
        named_title = title is not None and _words(title) == _words(name or "")
        sung = song_sung(sentences)
        if sung is not None and (title is None or named_title or _words(title) == _words(sung[0])):
            # "… with ‘The Delver's Lament’, written by Jack Ormerod …. Its chorus runs:": the
            # song is the work, whoever wrote it speaks (never the song's title)
            title = sung[0]
            if sung[1] and (name is None or _words(name) == _words(title) or how == "continued"):
                name, unnamed, how = self._full_name(sung[1]), False, "lead-in"
        made_by = title_then_maker(sentences[-1]) if sentences else None
        if made_by is not None and (
            name is None or _words(name) == _words(made_by[0]) or how == "continued"
        ):
            # "four lines from ‘Low Water’, by the Carrick poet Ailsa Dunn, cut into the
            # wood:": the maker named after the title speaks, the titled thing is the work
            title = made_by[0]
            name, unnamed, how = self._full_name(made_by[1]), False, "lead-in"
        asked = self._one_asked(lead) if how == "pronoun" and name is not None else None
        if asked is not None and not _same_person(asked, name or ""):
            # "Gwen asked her whether …. Her answer:", "Asked why …, he answered:": the one
            # the question was put to answers, not the one who asked it or passed it on
            name, unnamed, how = asked, False, "lead-in"
        taken_from = epigraph_source(sentences[-1]) if sentences else None
        if taken_from is not None:
            # "Varley takes her epigraph from the Norfolk poet Agnes Dunnet, from *Fen Psalms*
            # (1931), p. 12:": the one it is taken from speaks, not the author who chose it
            name, unnamed, how = self._full_name(taken_from[0]), False, "lead-in"
            title = taken_from[1]
            self.written_here = (name, title)  # stated: whom the epigraph is taken from
        if title is None and name is not None and TITLE_TRACK.search(" ".join(sentences)):
            # "The title track, written by …, opens:": the album the passage names
            title = next(iter(self._titles_above()), None)
        title = own_paper or title
        if written_by is not None and written_by[1]:
            title = written_by[1]  # the article's title, or the work the entry is part of
        if title is None and name is not None and not unnamed:
            title = self._writers_paper(lead, name, re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0])
        told_it = _TOLD_THE_PAPER.search(lead) if name is not None and not unnamed else None
        if told_it is not None and not cite:
            # "a cutting from the *Keighley News* …, in which Eli Moorhouse told the paper": the
            # paper the paragraph names last relays him
            proposal.via_name = self._paper_before(self.before)
        relay = _RELAYED_IN.search(lead)
        relayer = re.sub(r"(?:’s|'s)(?:\s.*)?$", "", _title(relay["via"])) if relay else ""
        if relay and not cite and not (name and relayer and _same_person(name, relayer)):
            # (a paper "reported" in, "whose obituary called him": its own words, no relay)
            proposal.via_name = self._full_name(relayer) if relayer else relayer
            if proposal.via_name == title:
                title = None
            # "quoted in Peter Naylor's *The Yorkshire Foundries* (pp. 112–113)": its pages
            relayed_at = re.match(
                r"^(?:’s|'s)?\s*(?:\*[^*]+\*|_[^_]+_)?\s*\((?P<where>[^()]*)\)", lead[relay.end() :]
            )
            if relayed_at and proposal.page is None:
                proposal.page = _page(relayed_at["where"])
        if cite is None:
            cite = self._relayed_next(after)
        bare = _BARE_PAGE.match(after) if self.discussed is not None else None
        if cite is None and bare is not None:
            # "(vii)", "[14]", "[p. 70]" that no note or numbered list claims: a page of the
            # work the text discusses (its front matter in small roman numerals)
            cite = Cite(page=_page(f"p. {bare['page']}") or bare["page"])
        if cite is None:
            cite = self._bracket_cite(lead, anywhere=True)  # "he writes [2, p. 9]:"
        if cite is None and called_by_lead is not None:
            # a note called at the end of the lead-in ("… was warmer:⁶"): it is the words'
            cite = self._note(next(g for g in called_by_lead.groups() if g))
        if cite is None or (cite.speaker is None and cite.work is None and not cite.via):
            cite = self._narrative_cite(lead, cite)
        self.stated = (cite, lead)  # the citation read and the lead-in, for doubts.py
        if cite is not None:
            self.last_note = cite  # what an "(ibid., p. 140)" in the text refers to
            self.read_cite = cite
        if cite is not None:
            proposal.page = cite.page
            cited_speaker = cite.speaker and self._full_name(cite.speaker, also=lead)
            if cite.via:
                proposal.via_name = self._full_name(cite.via)
            if cite.keyed and cite.speaker:
                # "The finder's notes …: … (JRH)", "the Committee said …: “…” (BRC)": the person
                # the key names is the one the lead-in describes; a lead-in naming someone else
                # ("Mrs Lee told him “…” (JRH)") has the keyed observer pass the words on
                words = (name or "").split()
                described = unnamed or not words or words[-1] == cite.speaker.split()[-1]
                described = described or not any(w[:1].isupper() for w in words[1:])
                if described:
                    name, unnamed, how = cite.speaker, False, "citation"
                else:
                    proposal.via_name = proposal.via_name or cite.speaker
                    self.doubts.append(f"‘{cite.speaker}’ taken as passing on {name}’s words")
                cite = Cite(page=cite.page, via=cite.via)
            # (a described document's keeper, "E. Parr, diary, p. 40", is no title)
            titled = cite.speaker and name and not (cite.work or cite.year or cite.described)
            if (
                titled
                and not self._known(cite.speaker or "")
                and not _same_person(cite.speaker or "", self._full_name(name or ""))
            ):
                # "(Orchard Newsletter, p. 3)" after words a lead-in gives to someone: a
                # title, not a person relaying them (a relay says "quoted in")
                cite = Cite(work=cite.speaker, page=cite.page)
                cited_speaker = None
            relay_verb = rf"\b{re.escape((cited_speaker or '?').split()[-1])}\s+(?:\w+ly\s+)?"
            relay_verb += rf"{_RELAYING_VERBS}\b"
            reprints = cited_speaker and not name and re.search(relay_verb, lead)
            owned = None
            if cited_speaker and not name and not reprints:
                # "Fenn's notebook, which Quinn reproduces in an appendix, is …": the words of
                # the document's owner, relayed by the cited book
                for sentence in re.split(r"(?<=[.!?])\s+", self.before):
                    owner = _OWNED_DOCUMENT.search(sentence)
                    if owner and re.search(relay_verb, sentence):
                        owned = self._subject_name(owner["name"], whole=True)
            if reprints or owned:
                # "… kept a notebook that Shaw reprints in full; its most quoted line is …":
                # the cited book relays the words of the sentence's subject
                proposal.via_name = cited_speaker
                cite = Cite(page=cite.page, via=cite.speaker, via_work=cite.work)
                subject = owned or self._sentence_subject(lead)
                if subject is not None:
                    name, how, unnamed = subject, "lead-in", False
            elif cited_speaker and not name:
                name, how = cited_speaker, "citation"
                unnamed = False
            elif (
                cited_speaker
                and name
                and cite.via
                and self._full_name(cite.via) == self._full_name(name)
                and cited_speaker != self._full_name(name)
            ):
                # "‘…,’ he wrote" where "he" reads as the cousin the note says quotes the letter
                # ("Thomas Ordway to his niece, …, quoted in Alan Ordway, …"): who relays the
                # words is not their writer; the note names him
                name, unnamed, how = cited_speaker, False, "citation"
            elif (
                cited_speaker
                and name
                and unnamed
                and cite.writer
                and not re.match(r"(?:[Ss]ome|[Mm]any|[Ss]everal|[Aa]ll|[Bb]oth|[Tt]wo)\b", name)
                and not (name.endswith("s") and not name.endswith("ss"))
            ):
                # "One trustee wrote against it:" with "(Letter, Alan Gregg to the Chair, …)",
                # "The keeper's diary …" with "Diary of Ezra Penhale, …": the writer the note
                # names is the one the lead-in describes
                name, unnamed, how = cited_speaker, False, "citation"
            elif (
                cited_speaker
                and name
                and unnamed
                and how == "lead-in"
                and re.match(r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s", name)
                and not (name.rstrip().endswith("s") and _plural_head(name))
                and not cite.periodical
                and not _NEWSPAPER.search(cited_speaker)
                and not _BODY_NAME.search(cited_speaker)
                and len(cited_speaker.split()) >= 2
                and not re.search(r"\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Tt]hey|[Tt]heir)\b", lead)
            ):
                # "Its engineer promised that …[1]" with the note's "Amos Pye, Report on …",
                # "The historian of the dale's roads thought them …" with "(Crump 1931, 102)":
                # the one office the text describes is the person the citation names
                name, unnamed = cited_speaker, False
            elif (
                cited_speaker
                and name
                and not unnamed
                and _same_person(cited_speaker, name)
                and len(cited_speaker.split()) > len(name.split())
            ):
                name = cited_speaker  # "Hale calls …" with the note's "Arthur Hale": that Hale
            elif (
                cited_speaker
                and name
                and _BODY_NAME.search(cited_speaker)
                and not _NEWSPAPER.search(cited_speaker)
            ):
                # a body's minutes record her words: they are the work she is quoted in, not
                # someone relaying; a record named in small letters ("Town Museum, accessions
                # register, 1962") is only described: no work
                described = cite.work is not None and cite.work[:1].islower()
                cite = Cite(work=None if described else cite.work, page=cite.page, year=cite.year)
            elif (
                cited_speaker
                and name
                and how == "pronoun"
                and not self._spoken_to(lead, cited_speaker)
                and (
                    (
                        re.search(rf"\b{re.escape(cited_speaker.split()[-1])}\b", self.before)
                        and not re.search(rf"\b{re.escape(name.split()[-1])}\b", self.before)
                    )
                    or (
                        not cite.periodical
                        and not unnamed
                        and not _NEWSPAPER.search(cited_speaker)
                        and self._named_last(proposal.start, cited_speaker, name, relay_verb)
                    )
                    # "Her address of 1979, ‘Looking Down’, …. She told the Society …" with
                    # "Rusk, ‘Looking Down’": the paragraph speaks of the cited work, "she" is
                    # its author
                    or (
                        cite.work is not None
                        and len(cite.work) > 3
                        and _words(cite.work) in _words(self.before)
                        and not re.search(rf"\b{re.escape(name.split()[-1])}\b", self.before)
                    )
                )
            ):
                # "Morgan's view survives in a letter. “…,” he wrote (Morgan, 1934)": "he" is
                # the one the citation names and the paragraph speaks of, not someone far back
                name = cited_speaker
            elif cited_speaker and name and cite.work and self._recording(cite):
                # an oral history's recording of her own voice: the work she speaks in, not a
                # relay by whoever made it ("(Northam Voices 2008, 00:14:32)")
                cite = Cite(work=cite.work, page=cite.page, year=cite.year)
            elif (
                cited_speaker
                and name
                and cite.described
                and not _same_person(cited_speaker, self._full_name(name))
            ):
                # a document a note only describes, whose keeper is not the one the text gives
                # the words to ("An English party … they wrote" with "Refuge de Sarène, hut
                # book, …"): words written in it, not relayed by its keeper
                cite = Cite(page=cite.page, year=cite.year)
            elif (
                cited_speaker
                and name
                and self._not_somebody(name, unnamed) is not None
                and self._not_somebody(cited_speaker, False) is None
            ):
                # "Its preface explains the choice:" with "(Rusk, Lichens, p. viii)": a thing
                # the lead-in names (a part of a work) says nothing; the cited author speaks,
                # in her own book, relayed by nobody
                name, unnamed, how = cited_speaker, False, "citation"
            elif (
                cited_speaker
                and name
                and not unnamed
                and cite.work
                and len(_words(cite.work).split()) >= 2
                and re.search(rf"\bin\s+(?:\w+\s+){{0,5}}{_words(cite.work)}\b", _words(lead))
            ):
                # "X wrote in the co-operative's first annual report that" with the note's
                # "Co-operative, First Annual Report, p. 2": she wrote in it; it relays nothing
                cite = Cite(work=cite.work, page=cite.page, year=cite.year)
            elif cited_speaker and name and unnamed and _members_of(name, cited_speaker):
                # "The commissioners thought …" with the note's "Royal Commission on Canals,
                # Final Report, …": the body the lead-in names by its members speaks
                name, unnamed, how = cited_speaker, False, "citation"
            elif (
                cited_speaker
                and name
                and not unnamed
                and cite.work
                and self._edition_of_papers(cite.work, cited_speaker, self._full_name(name))
            ):
                # "Ann Lee wrote …" with "Tom Hale, The Lee Papers (1931), p. 4": an edition
                # of her own papers prints her words; it is their work, and relays nothing
                cite = Cite(work=cite.work, page=cite.page, year=cite.year)
            elif cited_speaker and name and not _same_person(cited_speaker, self._full_name(name)):
                # someone else's book prints these words: it relays them (a reporter's story,
                # its paper, as a paper relays the words it reports)
                story_paper = self.papers.get(_words(cite.work)) if cite.work else None
                proposal.via_name = proposal.via_name or story_paper or cited_speaker
                cite = Cite(page=cite.page, via=cite.speaker, via_work=cite.work)
            if cite.work and not cite.via:
                title = cite.work
            year = cite.year or year
            how = how or "citation"
        if (
            title is None
            and name is not None
            and not (cite is not None and (cite.work or cite.speaker or cite.via))
        ):  # "we printed a letter from …", "(13 March 1926, p. 4)" in a paper's own column
            title = self._issue_of_own_paper(lead, after) or title
        continued = (
            self.previous is not None
            and _SAME_WORK.search(lead) is not None
            and (name is None or self._full_name(name) == self.previous.speaker_name)
        )
        thing = _THING_SUBJECT.match(lead)
        if continued and self.previous is not None:
            a_thing = thing is not None and bool({thing["first"], thing["second"]} & _NOT_PEOPLE)
            if name is None and display and not a_thing:
                name, unnamed, how = self.previous.speaker_name, self.previous.unnamed, "continued"
            if title is None:
                title = self.previous.work_title
        lead_page = _page(re.sub(r"\((?:[^()]|\([^()]*\))*\)", "", lead))  # not an earlier citation
        if proposal.page is None and lead_page is not None:
            proposal.page = lead_page
        ending = re.search(
            r"\((?P<at>(?:pp?\.|pages?)\s*[\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?)\)\W*$", lead
        )
        if proposal.page is None and ending is not None:
            # "a letter from the surveyor, Amos Webb (p. 52):": the page ending the lead-in is
            # where the words after it stand
            proposal.page = _page(ending["at"])
        heard = _HEARD_AT.search(_SENTENCE_BREAK.split(lead)[-1])
        if proposal.page is None and heard is not None and self._series_title():
            # "At 31:40 in episode four she says": the recorded series the text names, there
            proposal.page = heard["at"]
            title = title or self._series_title()
        if name is None and title is not None and (author := self._cited_author(title)):
            name, unnamed, how = author, False, "citation"  # "the Regulations": its issuer's
        minutes = re.match(
            r"^(?:Minutes|Rules|Regulations|Bye-?laws|By-laws|Standing Orders) of (?:the\s+)?"
            r"(?P<body>.+)$",
            title or "",
        )
        if name is None and minutes and _BODY_NAME.search(minutes["body"]):
            name, unnamed, how = minutes["body"], False, "citation"  # a committee's own words
        kin = " ".join((name or "").lower().split()) if unnamed else ""
        held = self._role_holder(name or "") if unnamed else None
        if kin.startswith("my ") and kin in self.roles:
            # "My mother, Ellen Hart, ran …. ‘…,’ my mother said": the one the text named so
            name, unnamed = self.roles[kin], False
        elif held is not None:
            # "Coxswain William Tregenza … the coxswain wrote": the one the text named so
            name, unnamed = held, False
            if cite is not None and cite.via and _same_person(cite.via, name):
                proposal.via_name = None
        if name is not None and unnamed and title is None:
            paper = _PERIODICAL_ROLE.match(name)
            if paper:  # "the Gazette’s reviewer conceded that": in the Gazette (its full name
                # when the text gives one: "the Rye Gazette")
                title = self._body_named(paper["paper"]) or paper["paper"]
        page_only = cite is None or not (cite.speaker or cite.work or cite.via)
        sentence_of_lead = _SENTENCE_BREAK.split(lead)[-1]
        located = bool(proposal.page) or bool(
            self.discussed is not None
            and (
                _PART_OF_THE_WORK.search(sentence_of_lead)
                or _DIVISION_NAMED.search(lead)
                or _DIVISION_AFTER.match(after)
            )
        )  # "The first stage direction reads:", "Her argument in chapter 6 is that", "(ch. 4)"
        self.placed_in_discussed = located and not proposal.page
        if page_only and located and title is None and self.discussed is not None:
            # "(14)" in a review of one book, a study guide to one play: that work's page
            name, unnamed, how, title = self._in_discussed_work(proposal, lead, name, unnamed, how)
        narrative = re.search(rf"{_NARRATIVE_YEAR}\s+(?:\w+ly\s+)?{_SUBJECT_VERBS}", lead)
        if narrative and year is None:
            year = narrative["year"]  # "Hughes and Parry (1998) argue …: “…” (p. 52)"
        if name is not None and not unnamed and title is None and proposal.page and page_only:
            # a page of someone with one entry in the works cited ("(214)", "On page 57 she
            # is blunt:"): that work's page
            looked = self._lookup_cited(self._full_name(name), year)
            if looked is not None and looked[1]:
                title = looked[1]
            elif (
                cite is not None
                and self.last_cited is not None
                and self.last_cited[0] == _without_honorific(self._full_name(name))
            ):  # "… (p. 14). 'They were,' she says, '…' (p. 15)": a page of the same book
                title = self.last_cited[1]
                self.doubts.append("work taken as the one cited for this speaker just before")
            elif re.search(r"\b(?:his|her|their)\s+(?:memoirs?|autobiography|book)\b", lead):
                # "On page 88 of his memoir he admits": his one book, not his article
                title = self._book_of(self._full_name(name))
                self.doubts.append("work taken as the speaker's one book in the works cited")
        elif (
            name is not None
            and not unnamed
            and title is None
            and cite is None
            and _OWN_BOOK.search(_SENTENCE_BREAK.split(lead)[-1])
        ):
            # "Kessell’s history calls it “…”.", "In her memoir she remembers": the book the
            # works cited gives that writer, no page needed
            looked = self._lookup_cited(self._full_name(name), year)
            title = looked[1] if looked is not None else None
        if (
            name is not None
            and not _PERIODICAL_ROLE.match(name)
            and title is not None
            and cite is not None
            and not cite.speaker
            and (cite.periodical or _NEWSPAPER.search(title))
            and _words(title) not in _words(name)  # the paper's own words: its own work
            and not documented  # minutes, a notice, a letter printed in it: its work
            and not _WRITTEN.search(naming or "")
            and not (_WRITTEN.search(lead) and not _SPOKEN.search(naming or ""))
            and not _WRITING_LEAD.search(lead)  # "Writing before the draw, he told supporters:"
            # "Miss Lorimer replied the following week": a reply in a later issue is a letter
            and not _LATER_ISSUE_REPLY.search(f"{lead} {naming or ''}")
            # "Paul Jenner, in the *Western Post*, called it": a critic writes in his paper
            and self._paper_written_in(lead, name, re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0])
            is None
        ):
            # a paper that prints someone's words reports them (a speech, an interview, what
            # they told the inquest): it relays them; a piece they wrote in it is its work
            proposal.via_name, title = proposal.via_name or title, None
        # the lead-in's whole sentence, also before a title it quotes ("The Gazette's report
        # was headed “Curtains”, and it said that")
        whole = _SENTENCE_BREAK.split(self.before)[-1] if lead in self.before else lead
        if (
            name is None
            and cite is not None
            and cite.periodical
            and title
            and (
                _ITSELF.search(lead)
                or _ITSELF.search(whole)
                or _words(title) in _words(lead)
                or PASSIVE_REPORT.search(lead)  # "The felling was reported in four sentences:"
                # "The Gazette was blunt:" with "(Wexcombe Gazette, …)": the paper by its
                # short name, as the subject of the lead-in
                or (
                    _NEWSPAPER.search(title) is not None
                    and any(
                        re.match(rf"\W*[Tt]he\s+{re.escape(title.split()[-1])}\b", words)
                        for words in (lead, whole)
                    )
                )
            )
        ):
            name, unnamed, how = title, False, "citation"  # "Its verdict was brief:" its own
        if (
            name is not None
            and unnamed
            and cite is not None
            and cite.periodical
            and not cite.speaker
            and (title or proposal.via_name)
            and _PERIODICAL_ITSELF.match(name)
        ):
            # "The newsletter's last number closed, unsigned, on a line:" with the note's
            # "*Pellow News*, no. 160": the periodical the note names speaks, in itself
            itself = title or proposal.via_name or ""
            name, unnamed, how, title = itself, False, "citation", itself
            if proposal.via_name and _words(proposal.via_name) == _words(itself):
                proposal.via_name = None
        if (
            name is not None
            and not unnamed
            and proposal.via_name
            and _same_person(self._full_name(name), proposal.via_name)
            # (a kinsman of the one who relays, whom the note names as the writer, wrote them)
            and not (
                cite is not None
                and cite.speaker
                and self._full_name(name) == self._full_name(cite.speaker) != proposal.via_name
            )
        ):
            # "Miss Arne heard him give it to her father: “…” (quoted in Arne, …)": whoever
            # relays the words did not say them; "him" is the one the paragraph spoke of
            name, how = self._heard_speaker(lead, proposal.via_name), "pronoun"
            self.doubts.append("speaker taken as the person named before the one who heard them")
        if name is None:
            # nobody is named, but a citation says where the words are from: keep what it says
            proposal.work_title = title
            proposal.date = year[:4] if year else year  # "1987a": the year 1987
            proposal.attributed_by = "citation" if cite is not None else None
            proposal.doubt = NO_SPEAKER
            return cite is not None
        if not unnamed and _NEWSPAPER.search(name):
            # a paper's own unsigned words ("the Advertiser told its readers that"): the paper
            # speaks, as the text names it in full, in itself, relayed by nobody
            name = self._paper_named(name)
            if title is None or _words(self._paper_named(title)) == _words(name):
                title = name
            if proposal.via_name and _words(self._paper_named(proposal.via_name)) == _words(name):
                proposal.via_name = None
        if title is not None and " " not in title.strip():
            title = self._paper_named(title)  # "(Courier, 12 March 1926)": the Hollowell Courier
        if reported_by is not None:
            reporter = reported_by[1]
            last = _words(reporter).split()[-1:]
            if cite is not None and cite.work and _words(cite.work).split()[-1:] == last:
                reporter = cite.work  # "the Mercury" of "(D, 16 March 1889)": the one keyed
            proposal.via_name = reporter
            title = None if title and _words(title) == _words(reporter) else title
        quoting = _QUOTES_PERSON.search(lead)
        if quoting and _same_person(_clean_name(quoting.group("name")) or "?", name):
            relaying = _clean_name(quoting["via"] or "")  # "The Webbs quoted a Mr Calvin B Hoover"
            proposal.via_name = proposal.via_name or (relaying and self._full_name(relaying))
        reported = _REPORTED_WORDS.search(lead)
        if reported and not proposal.via_name:
            proposal.via_name = _clean_name(reported.group("via"))
        if proposal.via_name and title and _words(proposal.via_name) == _words(title):
            title = None  # the paper that reported her speech relays it; she did not write it
        relayed = _QUOTES_UNNAMED.search(lead) or _RELAYS_UNNAMED_DOCUMENT.search(lead)
        apposed = relayed and re.match(rf"\s*,\s*(?P<name>{_NAME})\s*,", lead[relayed.end() :])
        if relayed and (
            (unnamed and relayed.group("name") == name)
            or (apposed and not unnamed and _same_person(apposed["name"], name))
        ):  # "Ross quotes a tenant's letter:", "Ross quotes a tenant, Ivy Lamb, who …": via Ross
            via = relayed.group("via")
            possessive = via.split()[0].lower()
            # "Its submission quotes …": the body whose document it is
            if possessive == "its" and len(via.split()) > 1:
                cut = max(0, self.before.rfind(lead[: relayed.start()]))
                relaying = self._body_before(self.before[: cut + relayed.start()][-400:])
            elif possessive == "the" and (kind := re.match(r"the\s+(\w+)(?:’s|'s)\s", via, re.I)):
                # "The Guild's response quotes …": the one guild, or the one so called
                relaying = self._role_holder(f"the {kind[1]}") or self._body_by_head(kind[1])
            elif _PRONOUNS.fullmatch(via) or possessive in ("his", "her", "their"):
                relaying = self._antecedent(lead[: relayed.start()])
            else:
                relaying = _clean_name(via)
            proposal.via_name = proposal.via_name or (relaying and self._full_name(relaying))
        if proposal.via_name and proposal.page is None:
            # "The *Wakefield Express* (12 July 1984, p. 4) quoted …": the paper's page
            paged = re.search(
                rf"\b{re.escape(proposal.via_name.split()[-1])}\*?\s*\([^()“”\"]*?\bpp?\.\s*"
                r"(?P<page>\d+)[^()]*\)",
                lead,
            )
            proposal.page = paged["page"] if paged else None
        printed = _RELAYED_WORDS_OF.search(lead)
        printed_owner: str | None = printed["owner"] if printed else None
        if printed_owner is not None:  # "the manager's words": the one the text named so
            printed_owner = self._role_holder(printed_owner) or printed_owner
        printer = (
            re.search(
                rf"(?P<via>{_NAME}|\b[Hh]e|\b[Ss]he)\s+(?:\w+ly\s+|also\s+|then\s+)?$",
                lead[: printed.start()],
            )
            if printed and printed_owner and not unnamed and _same_person(printed_owner, name)
            else None
        )
        if printer is not None:
            # "Voss also prints Crane's reply in a note:": Crane's words, relayed by Voss (in an
            # edition Voss edited they are not its own words)
            printing = (
                self._antecedent(lead[: printer.start()])
                if _PRONOUNS.fullmatch(printer["via"])
                else _clean_name(printer["via"])
            )
            printer_name = self._full_name(printing) if printing else None
            if printer_name and not _same_person(printer_name, self._full_name(name)):
                proposal.via_name = proposal.via_name or printer_name
                edited_by = self.editions.get(title or "")
                if edited_by and _same_person(edited_by, printer_name):
                    title = None
        told_paper = _TOLD_PAPER.search(lead) or _PAPER_REPORTED.search(naming or "")
        paper_name = told_paper["paper"].strip("*_") if told_paper else ""
        italic = told_paper is not None and told_paper["paper"][:1] in "*_"
        named_paper = bool(
            paper_name
            and (_NEWSPAPER.search(paper_name) or _BROADCASTER.search(paper_name) or italic)
        )
        if named_paper and not proposal.via_name and not title:
            # "One stallholder told the Leeds Mercury that": the paper relays her words
            full_paper = " " not in paper_name and self._body_named(paper_name)
            proposal.via_name = full_paper or paper_name
        recorded_by = _RECORDED_BY.search(lead) or _AS_RECORDED_BY.search(lead)
        recorder = _clean_name(recorded_by["via"]) if recorded_by else None
        if recorder and not proposal.via_name:
            recorder = self._full_name(recorder)
            if not _same_person(recorder, self._full_name(name)):
                proposal.via_name = recorder  # "… a saying that the folklorist Ada Kell collected"
        if title is not None and not unnamed:
            title = self._listed_title(self._full_name(name), title)  # "(Letters, p. 22)"
        surname = re.escape(self._full_name(name).split()[-1])
        if not unnamed and re.match(
            rf"\W*(?:(?:Mr|Mrs|Miss|Dr|[Oo]ld)\s+)?(?:[A-Z][\w’'-]+\s+)?{surname}\s+"
            r"(?:[a-z]+\s+){1,4}?(?:me|us)\b",
            proposal.text,
        ):  # "‘Mr Greaves came up to me and said …’": the words of someone Greaves spoke to
            other = self._other_fitting("", self._full_name(name))
            if other is None:
                proposal.work_title, proposal.date = title, year[:4] if year else year
                proposal.attributed_by = None  # nobody is guessed: the moderator decides
                proposal.doubt = NO_SPEAKER
                return True
            name = other
        together = self.named_together.get(name.split()[-1], set()) if not unnamed else set()
        if len(together) >= 2 and " " not in name and self._full_name(name) == name:
            # "Pickersgill said" of "the Pickersgill brothers, Harold and Len": nobody is guessed
            proposal.work_title, proposal.date = title, year[:4] if year else year
            proposal.attributed_by = None
            proposal.doubt = f"‘{name}’ may be any of {', '.join(sorted(together))}"
            return True
        if title is not None and DIVISION_OF_A_WORK.fullmatch(title):
            title = None  # "Mabel's last line in Act II": a place in the play, not a work
        if title is None and not unnamed and speaks_as_character(lead):
            # "Saint George's last line, “…” (p. 11)": a character's words are from the work
            # the passage names them in
            title = next(iter(self._titles_above()), None)
        self._note_accented(lead)  # "Émile Lemaire, …, wrote to him …:": this "Lemaire"
        proposal.speaker_name = (
            name
            if unnamed
            else as_the_text_writes(_without_honorific(self._full_name(name)), self.text)
        )
        proposal.unnamed = unnamed
        proposal.work_title = title
        proposal.date = year[:4] if year else year  # "1987a": the year 1987
        proposal.attributed_by = how
        proposal.doubt = attribution_doubt(self, proposal, unnamed=unnamed, how=how, naming=naming)
        if cite is not None:  # what a following "(p. 15)" of the same speaker refers to
            self.last_cited = (
                (_without_honorific(self._full_name(name)), title)
                if title and not unnamed and not proposal.via_name
                else None
            )
        borrowed = _IN_THE_WORDS_OF.search(lead) if unnamed else None
        subject = self._sentence_subject(lead[: borrowed.start()]) if borrowed else None
        if how == "narrator":
            pass  # the text's "I" is never whom a later "he" or "she" stands for
        elif not unnamed:
            self._remember(_without_honorific(self._full_name(name)))
        elif subject is not None:  # "She reminded them, in the words of a former warden, …"
            self._remember(_without_honorific(self._full_name(subject)))  # "she" is still her
        elif (
            not re.match(r"(?:[Ss]ome|[Mm]any|[Ss]everal|[A-Z][a-z]+s\b)", name)
            and not (name.endswith("s") and not name.endswith("ss"))
            and borrowed is None
            and not re.match(r"(?:[Hh]is|[Hh]er)\s", name)  # "Her headmistress … She …": hers
        ):  # "A boiler's wife … Her husband, she added, …": "she" is that wife
            self.last_person = self.unnamed_speaker = name
        return True


# "(vii)", "(p. xii)", "[14]", "[pp. 3-4]" after the words: a page, in a text about one work
_BARE_PAGE = re.compile(
    r"^[\s.,;:!?”\"’'»]{0,3}(?:\((?:p\.\s*)?(?=[ivxl]+\))|\[(?:pp?\.\s*)?)"
    r"(?P<page>[ivxl]{1,7}|\d{1,4}(?:[-–]\d{1,4})?)[)\]]"
)
# the second part of quoted words a short clause interrupts: "“…,” it ends, “"
_SPLIT_AFTER = re.compile(r"[”\"’»]\s*[^.!?“”\"‘’«»]{0,40}[,:]?\s*[“\"‘«]?$")
# a lead-in about the work itself or a part of it: "The book opens:", "Its last chapter ends:"
_THE_WORK_ITSELF = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\w+\s+){0,2}?(?:book|report|paper|"
    r"study|history|biography|memoir|volume|novel|play|guide|chapter|preface|foreword|"
    r"introduction|conclusion|epilogue|text|final\s+paragraph|last\s+paragraph)\b"
)
# a novel's narration, as a guide to it introduces it: "Early on we are told that"
_NARRATION = re.compile(r"\b(?:[Ww]e\s+are\s+(?:told|shown)|[Ww]e\s+(?:learn|read))\b")
# a said-clause between two runs of one speaker's words: "“…,” he says. “"
_SAID_BETWEEN = re.compile(
    rf"[”\"’»]\s*(?:[Hh]e|[Ss]he|[Tt]hey|{_NAME})\s+(?:\w+ly\s+)?"
    r"(?:says|said|writes|wrote|adds|added|continues|continued|replies|replied|answers|"
    r"answered|goes\s+on|went\s+on)[.,;:]?\s*[“\"‘«]?$"
)
# a part of the work's own text a lead-in names: "the book's first line", "the dedication",
# "The first stage direction", "closes on the direction", "its last paragraph" (a person's
# "her last line" may be a character's, and is not the work's)
_PART_OF_THE_WORK = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?:(?:book|novel|play|poem|history|memoir|report|text|story|work|"
    r"script|libretto|collection)(?:’s|'s)\s+)?(?:(?:very\s+)?(?:first|opening|last|closing|final)"
    r"\s+)?(?:(?:stage\s+)?directions?|dedication)\b"
    r"|\b(?:[Tt]he|[Ii]ts)\s+(?:(?:book|novel|play|poem|history|memoir|report|text|story|work|"
    r"script|libretto|collection)(?:’s|'s)\s+(?:(?:very\s+)?(?:first|opening|last|closing|final)"
    r"\s+)?|(?:very\s+)?(?:first|opening|last|closing|final)\s+)(?:line|sentence|paragraph|"
    r"words|page)s?\b"
)
# someone reading a text out, or marking it: not its speaker ("Gwen opened by reading",
# "she read it to us", "which most of us had underlined")
_READ_OUT = re.compile(
    r"\b(?:read|reads|reading|recited|recites|reciting|underlined|marked|copied)\b"
)
# a division of the work named in the lead-in: "in chapter 6", "In Act 2", "in scene 3"
_DIVISION_NAMED = re.compile(
    r"\b(?:[Ii]n|[Ff]rom|[Oo]f|[Aa]t\s+the\s+(?:start|end)\s+of)\s+(?:[Cc]hapter|[Aa]ct|[Ss]cene|"
    r"[Cc]anto|[Bb]ook|[Pp]art)\s+(?:\d{1,3}|[IVXLC]{1,6}|[a-z]+)\b"
)
# an answer, as a lead-in gives it: "Her answer:", "his reply was", "Asked why …, he answered:"
_ANSWERED = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:\w+\s+)?(?:answer|reply|response)\b"
    r"|\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:\w+ly\s+)?(?:answered|replied|responded)\b"
)
# a question put to someone: "Gwen asked her whether", "We asked Imogen Varley where", "sent
# Corin Halloway three questions", "put the question to Ann Lee"
_QUESTION_PUT = re.compile(
    rf"(?:(?P<asker>{_NAME}|[Ww]e|I)\s+)?(?:asked|questioned)\s+(?P<asked>him|her|them|{_NAME})\b"
    rf"|\bsent\s+(?P<sent>{_NAME})(?:,[^,.]{{1,40}},)?\s+(?:\w+\s+){{0,2}}questions\b"
)
# a document described by who made it: "kept by the overseer of the poor, Thomas Grice",
# "written by her brother, Tom Lusk"
_MADE_BY = re.compile(
    r"\b(?:kept|written|sent|signed|drawn\s+up|left|made)\s+by\s+"
    r"(?P<who>[^;:.!?“”\"‘’()]{2,80}?)(?=\s*[;:.!?(]|\s*$|\s+(?:to|in|from|on|at|for)\b)"
)
# a document named before its maker and what they did with it: "the letters her great-
# grandfather Albert Crane sent home", "the diary Ann Lee kept"
_MAKER_OF_DOCUMENT = re.compile(
    r"\b(?:letters?|diary|diaries|journals?|notebooks?|accounts?|petitions?|notes?|memoranda|"
    r"memorandum|will)\s+(?:that\s+)?(?P<who>(?:(?:his|her|their|the|a)\s+)?(?:[\w-]+\s+){0,2}?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s+(?:sent|wrote|kept|left|signed|had\s+written)\b"
)
# a sentence opening on one of the documents the sentence before describes: "One says that",
# "Another reads", "It ends"
_ONE_OF_THEM = re.compile(r"\s*(?:One|Another|It|The\s+(?:first|second|last)(?:\s+one)?)\b")
# a passive of quoting after the one quoted: "is quoted from his diary:", "is cited as saying"
_QUOTED_PASSIVE = re.compile(
    r"\s*(?:(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:quoted|cited)|(?:\w+ly\s+)?(?:sings|sang|"
    r"singing|chants|chanted|recites|recited|telling|saying|warning|asking|answering|"
    r"writing))\b"
)  # (or a song's: "the bride, Marian Coe, sings her farewell:"; "the baker, Amos Rendle,
# telling his daughter that")
# a full name ending a description: "the overseer of the poor, Thomas Grice"
_TRAILING_FULL_NAME = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})$")
# a division of the work cited after the words: "(ch. 4)", "(Act 2, scene 3)"
_DIVISION_AFTER = re.compile(
    r"^[\s.,;:!?”\"’'»]{0,3}\((?i:ch(?:ap)?\.?|chapter|act|sc\.?|scene|canto|book|part|stanza)"
    r"\s+[\dIVXLCivxlc]{1,6}\b"
)
# the author of a work printing someone else's words in it: "she quotes at length"
_PRINTS_OTHERS = re.compile(r"\b(?:quotes|prints|reprints|reproduces|transcribes)\b")
# a part of a work that someone other than its author may write, in it
_OWN_PART = re.compile(
    r"\b(?:foreword|preface|introduction|afterword|epilogue|postscript)\s+(?:\w+\s+)?by\b"
)


def _plural_head(description: str) -> bool:
    """Whether a description names several ("The trustees", "Its wardens of the marsh"), by
    the noun it opens on, not one its phrase ends on ("The historian of the Halifax roads")."""
    head = re.split(r"\s+(?:of|in|at|on|for|from|to|with|who|whose)\s+", description.strip())[0]
    return head.endswith("s") and not head.endswith("ss")


def _mentioned_at(text: str, person: str) -> int:
    """Where ``text`` last names ``person``, in full or by surname; -1 when it does not."""
    found = [m.start() for m in re.finditer(rf"\b{re.escape(person.split()[-1])}\b", text)]
    return found[-1] if found else -1


def _without_courtesy(name: str) -> str:
    """A name without the courtesy title it may be written with ("Mrs Agnes Fairlie")."""
    return re.sub(r"^(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?=\S+\s)", "", name)
