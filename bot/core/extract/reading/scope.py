"""Scope: what the last heading or lead-in announced, and how far it holds.

A careful reader gives every quotation under a heading or a lead-in the speaker it announces:
"Dave Innes kept a diary …. The entry for 12 March is short: “…”" is his, so is every entry
set as a block under the dated headings after "Her entries … are given here as she wrote
them.", and each comment of a list after "Several parents wrote comments on the survey. Among
them:" is theirs. What is announced holds across the items of a list, the paragraphs of a
block and the entries of a diary, and stops at the next heading (a date heading is an entry's,
not a new section's), the next lead-in that names someone else, or the next announcement.

The reader keeps that state as it walks the blocks (``_enter_block``, ``_leave_block``) and
asks the scope only for words that their own lead-in, citation or signature give to nobody
(``_scoped``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.extract.reading.blocks import _Block
from bot.core.extract.reading.conversation import _ConversationReading
from bot.core.extract.reading.frames import collected_as, framed_by
from bot.core.extract.reading.made_works import (
    MadeWork,
    made_work_heading,
    made_work_opening,
)
from bot.core.extract.reading.model import Proposal
from bot.core.extract.reading.phrases import (
    _clean_name,
    _is_person_noun,
    _same_person,
    _title_spans,
    _without_honorific,
)
from bot.core.extract.reading.relays import Printed, papers_own_words, printed_source_line
from bot.core.extract.reading.talks import Talk, party_heading, talk_entry, talk_heading
from bot.core.extract.reading.vocabulary import (
    _BODY_NAME,
    _DOCUMENT_PLURALS,
    _NAME,
    _NOT_NAMES,
    _NOT_PERSON_ENDINGS,
    _SAID_AFTER,
    _SENTENCE_BREAK,
    _SENTENCE_OR_QUOTE_BREAK,
    _SPEECH_VERBS,
)

# a sentence that speaks of someone's words or of a document someone kept or wrote: it may
# announce the quotations that follow ("Walter Dent kept the callout log himself", "Her entries
# for that week are given as she wrote them", "Several parents wrote comments on the survey")
_ANNOUNCES = re.compile(
    r"\b(?:kept|keeps|wrote|writes|written|recorded|records|jotted|noted|notes|left|sent|"
    r"collected|copied|compiled|penned|diary|diaries|journal|journals|log|logbook|log-book|"
    r"notebook|notebooks|letter|letters|entry|entries|minutes|memo|memorandum|foreword|preface|"
    r"comments|memories|words|resolutions|recollections|postcards)\b"
)
# a heading that only dates what follows ("4 September 1939", "Monday, 12 March", "1887"):
# an entry's heading inside the section, which ends no scope
_DATE_HEADING = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)?"
    r"(?:\s*,?\s*\d{4})?\.?"
)
# a heading that names whose words the section holds: "Foreword by Margaret Olden, Chair",
# "From the diary of Ann Lyle", "Letters of John Crane" (a role after the name is theirs)
_HEADING_KIND = (
    r"(?i:foreword|preface|introduction|afterword|letters?|diary|diaries|journal|journals|"
    r"notebook|notebooks|memoirs?|recollections|memories|message|report|statement|address|"
    r"sermon|notes|words|reminiscences|postscript|log|logbook|papers)"
)
_HEADING_BY = re.compile(
    r"^\W*(?:[A-Z][a-z]+\s+(?:from|of)\s+)?(?:(?:[Ff]rom\s+)?(?:the|a|an|her|his)\s+)?"
    rf"(?:[A-Z][a-z]+\s+)?{_HEADING_KIND}\s+(?:by|of|from)\s+(?:the\s+(?P<before>[A-Za-z][\w-]*)"
    r"\s*,\s*)?(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)"
    r"(?:\s*,\s*(?:the\s+)?(?P<after>[A-Za-z][\w-]*)(?:\s+[\w’' -]{1,40})?)?\s*$"
    # "Thomas Bell’s diary", "From Ann Lyle's letters, 1914–1918"
    rf"|^\W*(?:[Ff]rom\s+)?(?P<owner>(?:[A-Z][\w.’'-]*\s+){{0,3}}[A-Z][\w’'-]+)(?:’s|'s)\s+"
    rf"(?:[a-z]+\s+)?{_HEADING_KIND}\b[^.!?]*$"
)
# a heading that names whose document follows by the role the text has named them in: "From
# the harbourmaster's log", "The headmistress's diary, 1940"
_ROLE_HEADING = re.compile(
    rf"^\W*(?:[Ff]rom\s+)?[Tt]he\s+(?P<role>[a-z][\w-]*)(?:’s|'s)\s+(?:[a-z]+\s+)?"
    rf"{_HEADING_KIND}\b[^.!?]*$"
)
# a heading that is someone's name alone, the words set right under it theirs ("Joan Rimmer"
# over her remembered words, as a list of speakers and what they said is set)
_NAME_HEADING = re.compile(r"(?:[A-Z][a-z’'-]+\.?\s+){1,3}[A-Z][a-z’'-]+")
# a group of people, counted, as the subject of an announcing sentence: "several members wrote
# down what they remembered", "Some forty parents sent comments", "Two of the pupils wrote"
_GROUP_ANNOUNCED = re.compile(
    r"(?:^|,\s+|\b(?:and|but)\s+)(?P<name>(?:[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Aa]\s+few|"
    r"[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Dd]ozens)\s+"
    r"(?:(?:of|among)\s+(?:the|its|our|their)\s+)?(?:[a-z][\w’'-]*\s+){0,2}?"
    r"(?P<head>[a-z][\w’'-]*s|men|women|children|people))\s+(?:\w+ly\s+|also\s+)?"
    r"(?:wrote|write|sent|send|left|recorded|gave|added|said|say|told|remembered|recalled|"
    r"commented|answered|replied|put|jotted|filled)\b"
)
# the text's own "we" or "our" as the subject of its lead-in: "Our strategy, *Water Again*,
# promised that", "We wrote to the council that": the text's maker speaks ("We were told" is
# someone else's words, "Our secretary" a person of its own)
_OURS = re.compile(
    r"^\W*(?:(?:As|In|Under)\s+(?=our\b)|[A-Z][^,]{0,40},\s+)?(?:We\s+(?:\w+ly\s+|also\s+)?(?:wrote|write|said|say|told|"
    r"tell|promised|promise|stated|state|argued|argue|set\s+out|put\s+it|noted|reported|"
    r"answered|replied|added|declared|announced)\b|[Oo]ur\s+(?P<noun>[*_“]?[\w-]+)(?![’']s))"
)
# a title set off by commas after the text's own document: "Our strategy, *Water Again*,"
OUR_TITLE = re.compile(
    r"^\W*(?:Our|our|My|my)\s+(?:(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,?\s+)?"
    r"(?:(?:published|printed|issued)\s+as\s+)?"  # "My own count, published as *Title*,"
    r"(?P<title>\*[^*]+\*|_[^_]+_|“[^”]+”|(?:(?<=,\s)|(?<=as\s))[A-Z][^,()]{2,80}(?=,))"
)
# a lead-in that itself says who speaks: a pronoun standing for someone, or a verb of saying,
# writing or deciding ("the vestry minuted that")
_CLAIMED = re.compile(
    rf"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\b|\b{_SPEECH_VERBS}\b|"
    r"\b(?:minuted|resolved|ordered|decided|agreed|voted|declared|announced|promised)\b"
)
_SOMEONE_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]ers?|[Tt]hey|[Tt]heir|[Ww]e|[Oo]ur)\b")
# a document the lead-in says is someone's, by a possessive or "of": "The minutes of the
# team's annual meeting record …:", "Ada Lowe's garden book has …:", "Their petition reads:"
# a sentence that says the maker's words came otherwise than in the work: a covering note, a
# letter, a call, a talk, words said aloud
_CAME_ANOTHER_WAY = re.compile(
    r"\b(?:said|says|told|tells|rang|phoned|asked|answered|interview(?:ed)?|note|letter|"
    r"e-?mail|message|talk|speech|conversation|telephone)\b"
)
_DOCUMENT = (
    r"(?:minutes|minute-book|diary|diaries|journal|journals|log|logbook|log\s+book|notebook|"
    r"notebooks|notes|letter|letters|foreword|preface|memo|memorandum|report|records|register|"
    r"scrapbook|daybook|day-book|entry|entries|papers|memoir|statement|petition|resolutions|"
    r"memory|memories|account|recollection|recollections|version)"
)
# a letter's or a memoir's own document as the lead-in's subject: "My own costed plan, *A Warm
# Lido*, says", "my report of 4 May reads": its writer speaks, in it
MY_DOCUMENT = re.compile(
    r"^\W*(?:[A-Z][^,]{0,40},\s+)?[Mm]y\s+(?P<noun>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    # what is set off after it ("My own count, published as *X*, says"), then what it says
    r"(?![’'\w])(?P<set_off>(?:,[^,“”\"]{1,80}){1,2},)?\s+(?:\w+ly\s+)?(?:says|said|reads|read|calls|called|puts|"
    r"put|states|stated|ends|ended|opens|opened|runs|ran|records|recorded|notes|noted)\b"
)
_OWNER = r"(?:[Tt]he\s+[a-z]+|(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)"
_OWNED_DOCUMENT_LEAD = re.compile(
    rf"^\W*(?:(?:The|A|An)\s+)?{_DOCUMENT}\s+of\s+(?:the\s+|its\s+)?(?P<of>{_OWNER})(?:’s|'s)?\b"
    rf"|^\W*(?:(?:In|On|From)\s+[^,]{{1,40}},\s+)?(?P<owner>{_OWNER})(?:’s|'s)\s+"
    rf"(?:(?:own|last|first|[a-z]+)\s+){{0,2}}?{_DOCUMENT}\b"
)
# a book a poet's or a writer's words are collected in: "his only collection", "her first book"
_COLLECTION = r"(?:collection|book|volume|poems|verses|anthology)"
# a sentence that says the words were written, recorded or said elsewhere, and shown or read
# out in the talk: "She put on the screen a letter from …", "the diary of a weaver, who
# recorded in 1826 that", "can be heard saying", "Morgan quoted the master's report"
_RELAYED = re.compile(
    r"\b(?:quoted|quotes|quoting|cited|cites|showed|shows|played|plays|screen|slide|"
    r"heard|recorded|records|recording|wrote|writes|written|letter|letters|diary|diaries|"
    r"journal|log|logbook|notebook|minutes|minute[- ]book|report|entry|tape|will)\b"
    r"|\b(?:1[5-9]\d\d|20[0-2]\d)\b"
)
# a document the sentence says a named person made, which the speaker shows: "a letter from the
# magistrate John Harker Wilde", "an entry by the clerk, Samuel Ridsdale,", "the diary of a
# weaver, Martha Crabtree, who", "a letter the novelist Hannah Corby wrote", "Harold Capstick,
# whose notebook records"
_SHOWN = re.compile(
    rf"\b{_DOCUMENT}\s+(?:(?:written|sent|kept)\s+)?(?:from|of|by)\s+"
    rf"(?:(?:the|a|an|his|her)\s+[^,;:“\"]{{1,40}}?(?:,\s*|\s+(?=\**[A-Z])))?\**(?P<name>{_NAME})"
    rf"|\b{_DOCUMENT}\s+(?:that\s+)?(?:the|a|an|his|her)\s+[a-z][\w-]*\s+\**(?P<writer>{_NAME})\**"
    r"\s+(?:wrote|kept|sent|left)\b"
    rf"|\**(?P<owner>{_NAME})\**,?\s+whose\s+(?:[a-z]+\s+)?{_DOCUMENT}\b"
    # a recording the speaker plays: "a farmer, William Alderson, can be heard saying that"
    rf"|\**(?P<heard>{_NAME})\**,?\s+(?:can|could|may)\s+be\s+heard\s+"
    r"(?:(?:on|in)\s+[^,.;:“\"]{1,40}?\s+)?(?:saying|to\s+say)\b"
)
# a sentence whose subject is the party a heading names, by a pronoun or by the words they
# sent in: "She adds that", "It says the route", "Her letter quotes", "The submission ends:"
_POINTS_AT_PARTY = re.compile(
    r"^\W*(?:(?:And|But|Also|Finally|Then|Further)\W+)?(?:(?:He|She|They|It)\s+(?!is\b|was\b)"
    r"|(?:His|Her|Their|Its|The|This|That)\s+(?:own\s+|first\s+|second\s+|last\s+|other\s+|"
    r"longer\s+|short\s+|final\s+)?(?:letter|e-?mail|response|reply|comments?|submission|"
    r"representation|objection|statement|evidence|report|note|review|writer|author)\b)"
)
# a heading naming a role's own words sent in: "The Chair's reply", "The clerk's response"
_ROLE_REPLY_HEADING = re.compile(
    r"(?:The|Our)\s+(?P<role>[A-Za-z][a-z]+(?:\s+[a-z]+)?)(?:’s|'s)\s+(?:own\s+|first\s+|"
    r"second\s+|final\s+)?(?:reply|replies|response|answer|answers|comments?|remarks|"
    r"observations|submission|evidence)\b[^.!?:]*"
)
# what the text may call the one who gives a talk, under its heading
_GIVER_ROLES = ("speaker", "lecturer", "preacher", "guest", "presenter")
# a speaker reading out printed words: a book's, not the talk's ("She read us its opening
# sentence", "Varma read a passage from her novel", "He closed by reading from his own book")
_READ_FROM = re.compile(
    r"\b(?:read|reads|reading)\b(?!\s+(?:out\s+)?(?:a|the|his|her)\s+(?:letter|diary|entry|report))"
)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)


# words that open sentences and name nobody, wherever a quotation left them
_FUNCTION_WORDS = {
    "the", "a", "an", "it", "its", "this", "that", "these", "those", "there", "then", "in", "on",
    "at", "of", "for", "but", "and", "yet", "so", "he", "she", "they", "we", "i", "his", "her",
    "their", "our", "my", "most", "many", "some", "one", "when", "after", "before", "as",
}  # fmt: skip


def _month(word: str) -> bool:
    return re.fullmatch(rf"(?:{_MONTHS})\.?", word) is not None


def _date_heading(text: str) -> bool:
    """Whether a heading only dates what follows: "4 September 1939", "Monday, 12 March",
    "March 3rd, 1887", "12.3.1916"."""
    words = text.strip().lstrip("# ").strip()
    if re.fullmatch(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}\.?", words):
        return True
    return (
        bool(words)
        and any(c.isdigit() for c in words)
        and _DATE_HEADING.fullmatch(words) is not None
        and (any(_month(w.strip(",.")) for w in words.split()) or words.rstrip(".").isdigit())
    )


def _names_someone(sentence: str) -> bool:
    """Whether a sentence names or stands for someone, as an announcement must: a capitalised
    word past its first, a pronoun or a counted group ("Most entries are as short." does
    not); a sentence quoting words is no announcement of others."""
    if re.search(r"[“”\"«»]", sentence):
        return False
    words = [w for w in sentence.split()[1:] if not _month(w.strip(",.;:"))]
    return (
        any(w[:1].isupper() for w in words)
        or _SOMEONE_PRONOUN.search(sentence) is not None
        or _GROUP_ANNOUNCED.search(sentence) is not None
    )


def _names_a_person(text: str) -> bool:
    """Whether the paragraph leading into words names someone of its own ("Mallory's own
    memory of that take is …"): a capitalised word that opens no sentence, or one with a
    possessive; then what the section announced before does not reach the words."""
    text = re.sub(r"“[^”]*”|\"[^\"]*\"|«[^»]*»", " ", text)  # not words it quotes
    for sentence in _SENTENCE_BREAK.split(text):
        words = sentence.split()
        for n, word in enumerate(words):
            bare = word.strip('“”"‘’«»()[],.;:!?*_')
            if not bare[:1].isupper() or _month(bare) or bare.lower() in _FUNCTION_WORDS:
                continue
            if n > 0 or re.search(r"(?:’s|'s)$", bare):
                return True
    return False


# a list's bullet or its number or letter: "-", "•", "3.", "(b)", "iv)"
LIST_MARKER = r"(?:[-*+•]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])"


# what a lead-in's subject may be and still speak of the announced document: an entry, a part
# of it, or one of the items ("The entry for 12 March is short:", "The longest runs to …")
_PART_WORDS = {
    "entry", "entries", "line", "lines", "page", "pages", "passage", "passages", "note",
    "notes", "longest", "shortest", "last", "first", "next", "following", "rest", "one",
    "ones", "words", "sentence", "sentences", "item", "items", "extract", "extracts", "day",
    "days", "week", "record", "same", "other", "others", "second", "third", "final",
    "verse", "verses", "stanza", "stanzas", "couplet",
}  # fmt: skip
_THING_SUBJECT = re.compile(
    r"^\W*(?:A|An|The|This|That|These|Those|Another)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<head>[a-z][\w-]*)\b(?!’s|'s)"
)


_VERBS_NOT_THINGS = {"is", "was", "are", "were", "has", "had", "will", "would", "can", "may"}


def _another_thing(sentence: str) -> bool:
    """Whether a lead-in's subject is a thing of its own ("A notice pinned to the chapel door
    read:", "The headline ran:"), not a part of what was announced: then what was announced
    does not reach the words."""
    subject = _THING_SUBJECT.match(sentence)
    return (
        subject is not None
        and subject["head"] not in _PART_WORDS
        and subject["head"] not in _VERBS_NOT_THINGS  # "This is “Market Day”, complete."
        and re.fullmatch(_DOCUMENT, subject["head"]) is None  # "The diary runs from 1915 …"
    )


def _people(head: str) -> bool:
    """Whether a plural names people ("members", "parents", "pupils", "children")."""
    return (
        head in ("men", "women", "children", "people")
        or re.fullmatch(r"[a-z]+(?:ers|ors|ists|ians|ants|ents|ees|ours)", head) is not None
        or _is_person_noun(head[:-1])
    ) and head not in _DOCUMENT_PLURALS


def _an_item(block: _Block) -> bool:
    """Whether a paragraph is an item of quoted words (a list's item, a quoted comment, a
    block quotation): it opens with a quote mark, after a list's bullet or number, or is set
    as a block."""
    opening = re.match(rf"\s*(?:{LIST_MARKER}\s+)?[“\"‘«']", block.text)
    return block.quote or opening is not None


class _ScopeReading(_ConversationReading):
    """What the last heading or lead-in announced, and where it ends."""

    # the paragraph that leads into the run of quoted items being read ("… Among them:")
    scope_lead: str = ""
    # the last sentence of the section that announced someone's words or document
    scope_announced: tuple[str, ...] = ()
    # a heading that is a name, and where it ends: the words right under it are that person's
    scope_heading: tuple[str, int] | None = None
    # the person a frame's label names (an aside's or a box's heading, "In her own words: Ann
    # Lee"): the quoted items under it are theirs until a paragraph of prose or a heading
    scope_frame: str | None = None
    # whether that label is a heading ("Thomas Gedney (1802–1869)" over a poet's headnote and
    # poem): then it holds over the section's prose too, until the next heading
    scope_frame_heading: bool = False
    # the book that section's headnote says the person's words were gathered in
    scope_frame_work: str | None = None
    # the talk the section's heading names a speaker and a title for (talks.py), and where
    # its heading ends
    talk: Talk | None = None
    talk_start: int = 0
    talk_level: int = 0  # the Markdown level of its heading ("## " is 2), 0 for a plain line
    heading_before: str = ""  # the heading right before the block being read, if it was one
    # where the items under a line were printed ("Reprinted from the *Courier*, 3 May 1923,
    # page 7"), and whether that line stood right under a heading (then the next heading ends it)
    printed: Printed | None = None
    printed_to_heading: bool = False
    printed_read: bool = False  # whether the paragraph under such a line was read
    # the work and maker the section's heading names (made_works.py)
    made_work: MadeWork | None = None

    def __init__(self, text: str, author: str, deadline: float) -> None:
        super().__init__(text, author, deadline)
        # the proposals the scope attributed (their lead-in is the announcement, not their own)
        self.scope_given: set[int] = set()

    def _enter_block(self, block: _Block) -> None:
        """A heading ends what was announced before it (a date heading, an entry's, does
        not); a heading that names whose words follow announces them; a frame's label
        names whose words the items under it are, until a paragraph of prose; a line saying
        where the items under it were printed holds until the next heading when it stands
        right under one, else for the paragraph (and block) under it."""
        printed = printed_source_line(block.text) if len(block.text) <= 140 else None
        if printed is not None:
            paper = self._paper_named(printed.paper) if printed.paper else self._own_paper()
            self.printed = Printed(paper, printed.page) if paper else None
            self.printed_to_heading, self.printed_read = bool(self.heading_before), False
            if block.heading:
                return
        elif block.heading and self.printed_to_heading and not _date_heading(block.text):
            self.printed = None
        elif not block.heading and not self.printed_to_heading:
            # a line under no heading is the caption of the paragraph or block under it (and
            # of the block a paragraph ending in a colon leads into)
            if not block.quote and self.printed_read:
                self.printed = None
            self.printed_read = True
        framed = framed_by(block.text) if len(block.text) <= 120 else None
        if framed is not None:
            self.scope_frame = _without_honorific(self._full_name(framed))
            self.scope_frame_heading, self.scope_frame_work = block.heading, None
            self._note_people(f"{framed} wrote.")
        elif block.heading or (not _an_item(block) and not self.scope_frame_heading):
            self.scope_frame = None
        elif self.scope_frame_heading and not _an_item(block):
            self.scope_frame_work = collected_as(block.text) or self.scope_frame_work
        if block.heading:
            made = made_work_heading(block.text)
            own = made is not None and (  # the reading's own title and byline: no work
                block is self.blocks[0] or _same_person(made.maker, self.author)
            )
            self.made_work = None if own else made
            if self.made_work is not None:
                self._note_people(f"{self.made_work.maker} wrote.")
        if block.heading:
            if _date_heading(block.text):
                return
            heading = block.text.strip().lstrip("# ").strip()
            self.scope_lead = ""
            talk = talk_heading(block.text)
            if talk is None and self.heading_before:  # a title's line, then its speaker's
                talk = talk_entry(self.heading_before, block.text)
            self.heading_before = block.text
            level = len(block.text) - len(block.text.lstrip("#"))
            if talk is None:
                talk = party_heading(block.text) or self._role_party(heading)
            if talk is not None or not self._under_party(level):
                self._enter_talk(talk, block.end)
                self.talk_level = level
            by = _HEADING_BY.match(heading)
            writer = (by["name"] or by["owner"]) if by else None
            held = _ROLE_HEADING.match(heading)
            if writer is None and held is not None and held["role"].lower() in self.roles:
                # "From the harbourmaster's log" after "The harbourmaster, Iain MacRae, …"
                writer = self.roles[held["role"].lower()]
            self.scope_announced = (f"{writer} wrote",) if writer else ()
            if by and writer:  # "Margaret Olden, Chair": "the Chair" later in the text is her
                self._note_people(f"{writer} wrote.")
                role = by["before"] or by["after"]
                if role and len(writer.split()) >= 2:
                    self.roles[role.lower()] = _without_honorific(writer)
            named = _NAME_HEADING.fullmatch(heading)
            plain = named and not re.match(r"(?:The|A|An|Our|Its|His|Her|Their|This)\b", heading)
            self.scope_heading = (heading, block.end) if plain else None
            return
        self.heading_before = ""
        if not _an_item(block):
            self.scope_lead = ""

    def _leave_block(self, block: _Block, read: list[Proposal]) -> None:
        """A paragraph of prose may lead into items (ending in a colon) or announce someone's
        document; a lead-in naming someone else for its own words ends the announcement."""
        if block.heading or _an_item(block):
            return
        if block.text.rstrip().endswith(":"):
            self.scope_lead = block.text
        sentences = [s for s in _SENTENCE_BREAK.split(block.text) if s.strip()]
        announcing = [s for s in sentences if _ANNOUNCES.search(s) and _names_someone(s)]
        if any(
            p.kind == "quotation" and p.speaker_name and id(p) not in self.scope_given for p in read
        ):
            self.scope_announced = ()
        if announcing:
            self.scope_announced = tuple(reversed(announcing))

    def _scope_sentences(self, lead: str, start: int, section: bool) -> list[str]:
        """The sentences that may announce the words being read, nearest first: the lead-in
        paragraph's (its last, unless it is the lead already read, then the earlier ones that
        speak of words or documents), then the section's announcement."""
        found: list[str] = []
        paragraph = self.scope_lead or self.before
        sentences = [s for s in _SENTENCE_BREAK.split(paragraph) if s.strip()]
        for n, sentence in enumerate(reversed(sentences)):
            # its last sentence (unless it is the lead already read), then those that speak
            # of someone's words or document
            if (n == 0 and sentence.strip() != lead.strip()) or (n and _ANNOUNCES.search(sentence)):
                found.append(sentence)
        if section and not _names_a_person(paragraph):
            found += [s for s in self.scope_announced if s not in found]
        return [s for s in found if s.strip() and s.strip() != lead.strip()]

    def _scoped(
        self, proposal: Proposal, lead: str, after: str, display: bool, *, section: bool = True
    ) -> bool:
        """Gives words nobody is named for the speaker (and work, page, via) that the lead-in
        paragraph or the section announced; False, and the proposal as it was, when they
        announce nobody."""
        sentence = _SENTENCE_BREAK.split(lead)[-1] if lead else ""
        ours = _OURS.match(sentence)
        if ours and self.author and not (ours["noun"] and _is_person_noun(ours["noun"])):
            # "Our strategy, *Water Again*, promised that": the text's maker, in its document
            titled = OUR_TITLE.match(sentence)
            title = titled["title"].strip("*_“”") if titled else None
            maker = self._narrator()  # a letter's "my" or "our" is its writer's
            proposal.speaker_name, proposal.unnamed = maker, False
            proposal.work_title = proposal.work_title or title
            proposal.attributed_by = "lead-in"
            proposal.doubt = (
                None
                if proposal.work_title or not ours["noun"]
                else f"speaker taken as {maker}, the text’s own “our”; no work is named"
            )
            self.scope_given.add(id(proposal))
            return True
        if not display:
            return False  # words inside a sentence: only the sentence says whose they are
        if self._announced_in(proposal, sentence, after, own=True):
            self.scope_given.add(id(proposal))  # its own lead-in names a document's owner
            return True
        # "his entry for the first night is short:" names the diarist's document, not who
        # (or the book it is in: "These lines open “…” in his only collection, *Title*:")
        lead_of = re.sub(rf"\b(?:[Hh]is|[Hh]er)\s+(?:[a-z]+\s+)?{_DOCUMENT}\b", "", sentence)
        lead_of = re.sub(rf"\b(?:[Hh]is|[Hh]er)\s+(?:[a-z]+\s+)?{_COLLECTION}\b", "", lead_of)
        if _CLAIMED.search(lead_of) or _SAID_AFTER.match(after) or _another_thing(sentence):
            # "She thought less of him:", "Their notice ended:", "the vestry minuted that",
            # "“…,” she said": the words' own sentence says who, even where the reader cannot
            # tell whom it means; what was announced before does not overrule it
            return False
        if self.scope_heading is not None and section:
            name, end = self.scope_heading
            if not self.text[end : proposal.start].strip(" \t\n>-*“\"‘«'"):
                # right under a heading that is a name, nothing else between: theirs
                proposal.speaker_name = _without_honorific(self._full_name(name))
                proposal.unnamed, proposal.attributed_by, proposal.doubt = False, "lead-in", None
                self._remember(proposal.speaker_name)
                self.scope_given.add(id(proposal))
                return True
        if self.scope_frame is not None and section:
            # an item of an aside or box whose label names its speaker: theirs
            proposal.speaker_name = self.scope_frame
            proposal.unnamed, proposal.attributed_by, proposal.doubt = False, "lead-in", None
            self._remember(proposal.speaker_name)
            self.scope_given.add(id(proposal))
            return True
        kept = replace(proposal)
        for announcing in self._scope_sentences(lead, proposal.start, section):
            if self._announced_in(proposal, announcing, after, own=False):
                self.scope_given.add(id(proposal))
                return True
            proposal.__dict__.update(replace(kept).__dict__)
        return False

    def _announced_in(self, proposal: Proposal, sentence: str, after: str, *, own: bool) -> bool:
        """Gives the words the speaker ``sentence`` announces: the owner of the document it
        names, else whom it names as a colon lead-in would, else the counted group that wrote;
        False when it announces nobody. The words' own lead-in (``own``) was read already."""
        owner = self._document_owner(sentence)
        if owner is not None:  # "The minutes of the team's annual meeting record …:": its
            proposal.speaker_name, proposal.unnamed = owner[0], False
            proposal.attributed_by, proposal.doubt = "lead-in", owner[1]
            return True
        if own or not sentence.strip():
            return False
        announced = sentence.strip().rstrip(".!?:;,") + ":"
        if self._attribute(proposal, announced, after, display=True) and proposal.speaker_name:
            return True
        group = _GROUP_ANNOUNCED.search(sentence)
        if group and _people(group["head"]):
            # "several members wrote down what they remembered. Among them:": the group
            proposal.speaker_name, proposal.unnamed = group["name"], True
            proposal.attributed_by, proposal.doubt = "lead-in", None
            return True
        return False

    def _document_owner(self, sentence: str) -> tuple[str, str | None] | None:
        """Whose document the lead-in names ("The minutes of the team's meeting", "Their
        petition"): a person or body named in full, the one body of a kind written in small
        letters ("the team": the Kettlewell Fell Rescue Team), the one a possessive pronoun
        stands for; None when it names none of these. With the owner, why it is a guess."""
        owned = _OWNED_DOCUMENT_LEAD.match(sentence)
        if owned is None:
            return None
        phrase = (owned["of"] or owned["owner"]).strip()
        if phrase.split()[0].lower() in _FUNCTION_WORDS - {"the"}:
            return None  # "Most entries are short", "The minutes of her last meeting"
        kind = re.fullmatch(r"[Tt]he\s+(?P<kind>[a-z]+)", phrase)
        if kind is not None:
            # the one body of that kind the text names: no other it could be
            body = self._body_named(kind["kind"].capitalize())
            return (body, None) if body else None
        if _names_someone(f"x {phrase}") and not _month(phrase.split()[-1]):
            return _without_honorific(self._full_name(re.sub(r"^[Tt]he\s+", "", phrase))), None
        return None

    def _role_party(self, heading: str) -> Talk | None:
        """A heading naming a role's reply, response or comments ("The Chair's reply",
        "The clerk's response") after the text named the role's holder: theirs, a party."""
        held = _ROLE_REPLY_HEADING.fullmatch(heading.strip(" *_"))
        holder = self._role_holder(f"the {held['role'].lower()}") if held else None
        return Talk((holder,), None, False, party=True) if holder else None

    def _under_party(self, level: int) -> bool:
        """Whether a heading of Markdown ``level`` falls inside a party's section (a "###"
        under "## Reviewer 2 (…)"): the party's heading holds until one of its own level."""
        return self.talk is not None and self.talk.party and 0 < self.talk_level < level

    def _in_printed(self, proposal: Proposal, before: str) -> None:
        """Words read under a line that says where the items under it were printed: the
        paper's own words (its voice in the lead-in, "what the paper called", "its leader
        said", or someone described only as its own, "our correspondent") are the paper's, in
        it; anyone else quoted there speaks through the paper, on its page."""
        printed = self.printed
        if printed is None or proposal.kind != "quotation":
            return
        name = proposal.speaker_name
        if name is not None and (name == printed.paper or _same_person(name, printed.paper)):
            proposal.work_title = proposal.work_title or printed.paper
            proposal.page = proposal.page or printed.page
        elif papers_own_words(before, name, printed.paper):
            proposal.speaker_name, proposal.unnamed = printed.paper, False
            proposal.work_title = proposal.work_title or printed.paper
            proposal.page, proposal.via_name = proposal.page or printed.page, None
            proposal.attributed_by, proposal.doubt = "lead-in", None
        elif name is not None and proposal.via_name is None and proposal.work_title is None:
            proposal.via_name = printed.paper
            proposal.page = proposal.page or printed.page

    def _enter_talk(self, talk: Talk | None, end: int) -> None:
        """A heading that names who gave a talk: its people are named in full for a later
        surname, and a talk one person gave is whom a "she" or "he" under it first means, and
        whom "the speaker" or "the lecturer" under it is."""
        self.talk, self.talk_start = talk, end
        if talk is None or talk.unnamed:
            return
        if talk.party:  # a reviewer's or an objector's words: named, no speaker of a talk
            self._note_people(f"{talk.speakers[0]} wrote.")
            return
        for speaker in talk.speakers:
            self._note_people(f"{speaker} spoke.")
        if len(talk.speakers) == 1 and not talk.panel:
            self._remember(talk.speakers[0])
            for role in _GIVER_ROLES:
                self.roles[role] = talk.speakers[0]

    def _in_talk(self, proposal: Proposal, before: str, set_apart: bool = False) -> None:
        """Words read under a talk's heading (``before``: the paragraph before them): a short
        name of the talk's speaker is that speaker; a "she" or "he", or words no one is named
        for, in a sentence that names nobody else, are the speaker's; words someone else wrote
        or said elsewhere (a letter, a diary, a recording) that the speaker shows are that
        person's, relayed by the speaker; the speaker's own words (not a book they read from)
        were said in the talk, its title their work."""
        talk = self.talk
        if talk is None or proposal.kind != "quotation":
            return
        if talk.party:
            self._in_party(proposal, before, set_apart)
            return
        for speaker in talk.speakers:  # "Okafor said" under Dr Ruth Okafor's heading
            for field in ("speaker_name", "via_name"):
                name = getattr(proposal, field)
                shorter = name and len(name.split()) < len(speaker.split())
                if shorter and name.split()[-1] == speaker.split()[-1]:
                    setattr(proposal, field, speaker)
        before = before.rstrip().rstrip("“\"‘«'")  # (the words' own opening mark)
        sentence = ([s for s in _SENTENCE_OR_QUOTE_BREAK.split(before) if s.strip()] or [""])[-1]
        sentence = re.split(r"[”\"]", sentence)[-1]  # the words' own clause, after others quoted
        single = talk.speakers[0] if len(talk.speakers) == 1 and not talk.panel else None
        if single is not None and not self._reported(single, proposal.start):
            single = None  # the talk's own text, printed under its heading: only what it quotes
        relayed = _RELAYED.search(sentence) is not None
        shown = _SHOWN.search(sentence)
        groups = ("name", "writer", "owner", "heard")
        written = next((shown[g] for g in groups if shown[g]), None) if shown else None
        maker = self._full_name(_clean_name(written) or "") if written else None
        if maker and not any(_same_person(maker, s) for s in talk.speakers):
            # "She put on the screen a letter from the magistrate John Harker Wilde:"
            if proposal.speaker_name is None or any(
                _same_person(proposal.speaker_name, s) for s in talk.speakers
            ):
                proposal.speaker_name, proposal.unnamed = maker, False
                proposal.attributed_by, proposal.doubt = "lead-in", None
        elif (
            single is not None
            and not self._another_named(sentence, talk)
            and (
                (
                    proposal.attributed_by in ("pronoun", "continued")
                    and proposal.speaker_name != single
                    and not relayed
                )
                or (
                    proposal.speaker_name is None
                    and not proposal.unnamed
                    and not self._another_named(before, talk)
                    and not any(_is_person_noun(w.strip(",.;:’'s")) for w in sentence.split())
                    and not _another_thing(sentence.strip())  # "A banner over the stage read:"
                )
            )
        ):
            # "His own conclusion was that", "Achebe-Ward’s case was simple:"
            proposal.speaker_name, proposal.unnamed = single, False
            proposal.attributed_by, proposal.doubt = "lead-in", None
        name = proposal.speaker_name
        if name is None:
            return
        giver = any(_same_person(name, speaker) for speaker in talk.speakers)
        if not giver and proposal.via_name is None and relayed:
            proposal.via_name = single or self._relay_in(sentence, name, talk)
            if proposal.via_name:  # the one who showed the words is still whom the text follows
                self.last_person = proposal.via_name
        # a panel's members, and every labelled turn of a transcript, spoke in it
        shared = talk.panel or proposal.attributed_by == "turn"
        present = giver or (shared and not relayed and not proposal.unnamed)
        read_from = _READ_FROM.search(sentence) is not None
        if (
            present
            and talk.title
            and proposal.work_title is None
            and proposal.via_name is None
            and not read_from
        ):
            proposal.work_title = talk.title
        if read_from and proposal.work_title is None and not re.search(_DOCUMENT, sentence):
            # "Varma read a passage from her novel, in which Kit says": the book the section
            # named last is what she read from
            section = self.text[self.talk_start : proposal.start]
            titles = sorted(_title_spans(section))
            if titles:
                proposal.work_title = section[slice(*titles[-1])].strip("*_ ")

    def _in_made_work(self, proposal: Proposal, before: str) -> None:
        """Words read under a heading or a record that names a work and its maker: words no
        one is named for, in a sentence naming no one else, are the maker's in the work ("The
        poem opens “…”"); the maker's own are in the work unless the sentence says they came
        another way ("In the note she sent with it, Parry says", "she said"); a page cited
        for anyone's words there is a page of the work ("Twm's “…” (p. 143)")."""
        # an entry opening on its own work and maker holds for its own line alone
        line = self.text[self.text.rfind("\n", 0, proposal.start) + 1 : proposal.start]
        entry = made_work_opening(line)
        made = entry or self.made_work
        if made is None or proposal.kind != "quotation":
            return
        before = line if entry else before
        name = proposal.speaker_name
        if name and len(name.split()) == 1 and name == made.maker.split()[-1]:
            proposal.speaker_name = name = made.maker  # "Hughes calls it" under her record
        bare = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", before.rstrip().rstrip("“\"‘«'"))
        sentence = ([s for s in _SENTENCE_BREAK.split(bare) if s.strip()] or [""])[-1]
        sentence = sentence.replace(made.title, " ")  # the work's own title names no one
        other_way = _CAME_ANOTHER_WAY.search(sentence) is not None
        unnamed_here = (
            name is not None
            and proposal.attributed_by not in ("pronoun", "continued", "turn")
            and not re.search(rf"\b{re.escape(name.split()[-1])}\b", sentence)
        )
        if unnamed_here:  # the document's own voice, a byline's: no one the sentence names
            name = proposal.speaker_name = None
            proposal.work_title = None
        if name is None and not proposal.unnamed:
            if other_way or self._another_named(sentence, Talk((made.maker,), None, False)):
                return
            proposal.speaker_name, proposal.unnamed = made.maker, False
            proposal.attributed_by, proposal.doubt = "lead-in", None
        elif not proposal.page and not (_same_person(name or "", made.maker) and not other_way):
            return
        if proposal.work_title is None and proposal.via_name is None:
            proposal.work_title = made.title

    def _in_party(self, proposal: Proposal, before: str, set_apart: bool) -> None:
        """Words read under a heading that names whose words the section quotes (a reviewer's,
        an objector's, a consultee's): a quoted block set apart (right under the heading, or
        after a paragraph that does not lead into it) is theirs, and so are words a sentence
        gives to them by a pronoun or by their document ("It says the route …", "Her letter
        adds that") where the section names nobody else; someone else the sentence names for
        the words speaks, relayed by the party when it points at them ("Her letter quotes the
        head teacher, Ann Lee:"). The document's own paragraphs (an author's response, an
        officer's comment) quote as anywhere."""
        talk = self.talk
        assert talk is not None
        party = talk.speakers[0]
        name = proposal.speaker_name
        shorter = name and not talk.unnamed and len(name.split()) < len(party.split())
        if shorter and name and name.split()[-1] == party.split()[-1]:
            proposal.speaker_name = name = party  # "Pickersgill adds" under her heading
        bare = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", before)
        sentence = ([s for s in _SENTENCE_BREAK.split(bare) if s.strip()] or [""])[-1]
        pointing = False
        if _POINTS_AT_PARTY.match(sentence) is not None:  # (the section read only then)
            section = self.text[self.talk_start : proposal.start]
            earlier = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", section)
            if sentence.strip() and (cut := earlier.rfind(sentence.strip()[:40])) >= 0:
                earlier = earlier[:cut]  # the section before the words' own sentence
            pointing = not self._another_named(earlier, talk)
        theirs = (name is None and not proposal.unnamed and (set_apart or pointing)) or (
            pointing
            and proposal.attributed_by in ("pronoun", "continued")
            and not self._another_named(sentence, talk)
        )
        if theirs:
            proposal.speaker_name, proposal.unnamed = party, talk.unnamed
            proposal.attributed_by, proposal.doubt = "lead-in", None
        elif (
            name is not None
            and not _same_person(name, party)
            and proposal.via_name is None
            and pointing
            and _RELAYED.search(sentence)
        ):  # "Her letter quotes the head teacher, Colin Yeadon:": his, through her
            proposal.via_name = party

    def _reported(self, giver: str, start: int) -> bool:
        """Whether the section so far reports the talk (names its giver, "Lee began", "the
        speaker"), rather than printing it (a sermon's own text under "Preached by …": what it
        quotes is not the preacher's, nor relayed by them, as a speech's own text is not)."""
        section = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", self.text[self.talk_start : start])
        surname = re.escape(giver.split()[-1])
        return (
            re.search(rf"\b{surname}\b|\b(?i:the|our)\s+(?:{'|'.join(_GIVER_ROLES)})\b", section)
            is not None
        )

    def _another_named(self, text: str, talk: Talk) -> bool:
        """Whether ``text`` names a person other than the talk's speakers: a name of two
        words or more, or a surname of someone the text named before."""
        text = re.sub(r"“[^”]*”|\"[^\"]*\"|(?<!\*)\*[^*]+\*(?!\*)", " ", text)  # not a title
        surnames = {p.split()[-1] for p in self.people if len(p.split()) >= 2}
        for match in re.finditer(_NAME, text):
            name = _clean_name(match.group(0))
            if not name or any(_same_person(name, s) for s in talk.speakers):
                continue
            words = name.split()
            if words[0] in _NOT_NAMES or _BODY_NAME.search(name):
                continue
            if (len(words) >= 2 and not _NOT_PERSON_ENDINGS.search(words[-1])) or (
                words[-1] in surnames
            ):
                return True
        return False

    def _relay_in(self, sentence: str, speaker: str, talk: Talk) -> str | None:
        """Who in a panel shows someone else's words: the first person the sentence names who
        is not the words' maker ("Morgan quoted the master's report, in which the master, Jonas
        Pell, complained that")."""
        for match in re.finditer(_NAME, sentence):
            name = _clean_name(match.group(0))
            if not name or name.split()[0] in _NOT_NAMES or _same_person(name, speaker):
                continue
            full = self._full_name(name)
            if any(_same_person(full, s) for s in talk.speakers) or len(full.split()) >= 2:
                return full
        return None
