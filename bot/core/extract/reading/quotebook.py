"""A book of quotations: a document that says by its kind what its entries are.

A dictionary of quotations, a book of sayings, a commonplace book, a calendar of sayings, a
paper's "year in quotes", a society's anthology of its members' words: the title or the
preface says the text collects quotations, and the entries repeat one shape (a number or a
bullet, the words, a source line). A careful reader takes every such entry as a quotation even
without quotation marks: its words are the entry's text (not its number, not its source line);
its speaker is the name the source line opens on ("— Ann Lee, *The Dale* (1931), p. 9") or,
when the line opens on the occasion ("speech at the Mechanics' Hall, 1902; reported in …"), the
person the heading over the entries names ("LEE, Ann (1850–1921), weaver"); the source line
gives the work, the page and the relay as any citation does.

The same reader never makes quotations of an ordinary numbered list, a bibliography, a list of
questions or rules or minutes: only a text that says it collects quotations, and only entries
with a source line that names a maker or follows a maker's heading, are read so. Decided once
per text (:func:`read_quotation_book`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from bot.core.extract.reading.blocks import _Block
from bot.core.extract.reading.captions import (
    _DOCUMENT_KINDS,
    catalogue_entry,
    read_caption,
    read_credit,
)
from bot.core.extract.reading.model import Cite
from bot.core.extract.reading.phrases import _clean_name, _same_person, _without_honorific
from bot.core.extract.reading.vocabulary import _BODY_NAME

# what a text that collects quotations calls them, in its title or its preface
_COLLECTED = re.compile(
    r"\b(?:quotations|quotes|sayings|epigraphs|aphorisms|maxims|apophthegms|"
    r"commonplace[- ]book|memorable\s+words|(?:year|week|month)\s+in\s+words)\b",
    re.IGNORECASE,
)
# the most of the text's head read for what it says it is
_HEAD_CHARS = 3000
# a heading that says the entries under it are quotations: "Quotes of the month", "Sayings",
# "Overheard at the AGM", "Epigraphs", "In their own words"
_SECTION_COLLECTED = re.compile(
    r"\b(?:quotations?|quotes?|sayings?|epigraphs?|aphorisms?|maxims?|memorable\s+words|"
    r"overheard|in\s+(?:their|his|her|our)\s+own\s+words|words\s+of\s+the\s+"
    r"(?:day|week|month|year))\b",
    re.IGNORECASE,
)
# the least number of entries that make a text's shape a book of quotations
_MIN_ENTRIES = 3
# an entry's number or bullet: "1.", "12)", "(3)", "-", "•", and a misquoted entry's "1.*"
_LABEL = re.compile(r"^[ \t]*(?:(?:\d{1,4}[.)]|\(\d{1,4}\))\*?|[-*+•])[ \t]+")
# a dash that sets the source after the words on their own line: "… a secret. — Ann Lee, …"
_DASH = re.compile(r"\s(?:—|–|--|―)\s*(?=[A-Z*_])")
# words that end as a saying ends: a stop, a question, an exclamation (a closing bracket or
# quote mark after it), or a verse's lines set with " / "
_SAYING_END = re.compile(r"(?:[.!?…][’”\"')\]]*|\S\s/\s.+)$")
# a line set as a note to the entry, not its source: "* Usually quoted as …", "See also LEE."
_NOTE_LINE = re.compile(r"^\W*?(?:[*†‡§]+\s|Note\b|N\.\s?B\.|See\s+also\b|Cf\.|Compare\b)")
# a person's name opening a source line, before a comma or the bracket of their dates
_NAME_FIRST = re.compile(
    r"^(?P<name>(?:(?:Revd|Rev\.|Dr|Sir|Dame|Lady|Lord|Canon|Professor|Mr|Mrs|Ms|Miss)\s+)?"
    r"[A-Z][\w’'.-]*(?:\s+(?:(?:de|van|von|der|le|la|du|di|da|ap|ó|ni)\s+)?[A-Z][\w’'.-]*){1,3})"
    r"(?=,\s|\s+\(\d|\s*$)"
)
# what makes a line a source's, when it does not open on its maker: a year or a date, a page,
# a title in italics, a relay, or the kind of thing the words were ("speech at …", "letter to
# …", "in conversation with …", "said to …", "President's letter, …")
_SOURCE_SIGNAL = re.compile(
    r"\b(?:1[5-9]\d\d|20\d\d)\b|\bpp?\.\s*[0-9ivxlc]|[*_][^*_]+[*_]"
    r"|\b(?:quoted|cited|reported|recalled|remembered)\s+(?:in|by)\b"
    rf"|^(?:[\w’']+\s+){{0,2}}?(?i:{_DOCUMENT_KINDS}|conversation|said|saying|remark|remarks)\b"
)
# a line that ends as a sentence of prose ends ("… as you would like to find him."): the words'
# own, never a source line that does not open on its maker
_PROSE_END = re.compile(r"[a-z]{2,}[.!?][’”\"')]*$")
# a title in roman opening a source line or its part, before its place and year: "Water Table
# (Manchester, 1986), p. 31", "; Forty Years in the Dales (1911)"
_ROMAN_TITLE = re.compile(
    r"(?:^|[;:]\s+|\bin\s+|\bas\s+|\bfrom\s+)(?P<title>[A-Z][^,;()*]{2,100}?)\s+"
    r"\((?:[^()]*,\s*)?(?:[^()]*\b)?\d{4}\)"
)
# a title in italics
_ITALIC = re.compile(r"(?<![*\w])[*_](?P<title>[^*_]{2,120}?)[*_](?![*\w])")
# a periodical or a book the words were printed in, named after "in" with its own capital "The"
# or after its kind: "in The Wharfmoorian", "in the parish magazine Holme Chronicle"
_KIND_OF_PRINT = (
    r"(?:(?:parish|school|club|society's|village|church|chapel|works|staff)\s+)?(?:magazine|"
    r"journal|newsletter|bulletin|paper|newspaper|review|annual|programme|collection|anthology|"
    r"pamphlet)"
)
_TITLE_WORDS = r"[A-Z][\w’'-]*(?:\s+(?:(?:of|and|the|in|on|for|a)\s+)*[A-Z][\w’'-]*){0,6}"
_PRINTED_IN = re.compile(
    r"\b(?:(?:printed|published|reprinted|collected)\s+(?:in|as)\s+(?:the\s+)?"
    rf"(?:{_KIND_OF_PRINT}\s+)?(?P<title>{_TITLE_WORDS})"
    rf"|in\s+(?:(?:the|a|his|her|their)\s+{_KIND_OF_PRINT}\s+(?P<kind_title>{_TITLE_WORDS})"
    rf"|(?P<the_title>The\s+{_TITLE_WORDS})))"
)
# a title in roman before the page it is cited at: "; Minutes of Evidence, p. 77"
_TITLE_PAGED = re.compile(r"(?:^|;\s+)(?P<title>[A-Z][^,;()]{2,100}?),\s+pp?\.\s*[0-9ivxlc]")
# the one through whom the words come down: "quoted in Ann Lee, …", "reported in the Lune Valley
# Times", "as reported by *Northern Life*", "recalled by her successor, Ruth Hale,"
_RELAYED = re.compile(
    r"\b(?:quoted|cited|reported|recalled|remembered|repeated|retold)\s+(?:in|by)\s+"
    r"(?:(?:his|her|their|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+)?(?:the\s+)?[*_]?"
    r"(?P<relay>[A-Z][\w’'.-]*(?:\s+(?:of\s+|the\s+|and\s+)*[A-Z][\w’'.-]*){0,5})"
)
_PAGE = re.compile(r"\bpp?\.\s*(?P<page>[0-9ivxlc]+(?:[-–][0-9ivxlc]+)?)\b")
# a broadcast programme by its title: "interview on Sporting North, BBC Radio …"
_PROGRAMME = re.compile(
    r"\bon\s+(?P<title>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5}),\s+(?:BBC|ITV|Radio|Channel|"
    r"[A-Z][\w-]*\s+(?:Radio|FM|Television|TV))\b"
)
_MAX_SOURCE_WORDS = 50
# a source in brackets closing the words' own line: "… (Ann Lee, *The Dale*, 1931, p. 9)."
_CLOSING_SOURCE = re.compile(r"(?<=[.!?…])\s+\((?P<source>[^()]+(?:\([^()]*\)[^()]*)*)\)\.?$")
# words that were spoken, not written for print: an interview, a speech, a talk, a remark
_SPOKEN = re.compile(
    r"\b(?:interview|interviewed|speech|speaking|spoke|talk|address|remarks?|said|told|"
    r"conversation|evidence)\b",
    re.IGNORECASE,
)
_BROADCASTER = re.compile(r"\b(?:BBC|ITV|Radio|Television|TV|FM|Channel)\b")
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Spring|Summer|Autumn|Winter)"
)
# a periodical named by an issue's date: "The Dalesman, June 1998", "Northern Review, 3 May
# 1991", "in the *Gazette*, 9 July 1971"
_ISSUE = re.compile(
    r"(?:^|[,;]\s+|\b(?:in|to)\s+)(?:the\s+)?[*_]?(?P<periodical>(?:The\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,4})[*_]?,\s+(?:no\.\s*\d+,?\s+)?(?:\d{1,2}\s+)?"
    rf"{_MONTHS}\s+(?:1[5-9]\d\d|20\d\d)\b"
)


@dataclass(frozen=True)
class Entry:
    """One entry of a book of quotations: where its words stand and what its source says."""

    start: int
    end: int
    source: Cite
    removed: tuple[tuple[int, int], ...] = ()  # the indents between the words' lines


@dataclass
class QuotationBook:
    """The entries of a text that is a book of quotations, by the block they stand in; the
    source lines set as paragraphs of their own under their words (no one's words)."""

    entries: dict[int, list[Entry]] = field(default_factory=dict)
    source_lines: set[int] = field(default_factory=set)


def read_quotation_book(text: str, blocks: list[_Block]) -> QuotationBook | None:
    """The entries of a book of quotations, or None when the text holds none: a text that says
    in its head that it collects quotations (sayings, quotes, epigraphs …) and holds at least
    three entries of the shape, or a section whose heading says so ("Quotes of the month",
    "Overheard") with the entries under it."""
    declared = _COLLECTED.search(text[:_HEAD_CHARS])
    if declared is None and not any(
        b.heading and _SECTION_COLLECTED.search(b.text) for b in blocks
    ):
        return None  # (most texts: read no further)
    found = QuotationBook()
    announced = QuotationBook()  # the entries under a heading that says they are quotations
    person: str | None = None  # the maker the heading over the entries names
    section = False  # whether the heading over the entries says they are quotations
    body = [b for b in blocks if b.role in ("body", "heading", "note", "cited")]
    index = 0
    while index < len(body):
        block = body[index]
        if block.heading and "\n" not in block.text:
            headed = _heading_person(block.text)
            if headed is not None or not _source_shaped(block.text):
                person = headed
                if headed is None:
                    section = _SECTION_COLLECTED.search(block.text) is not None
                index += 1
                continue
        following = body[index + 1] if index + 1 < len(body) else None
        entries, used_next = _block_entries(text, block, following, person)
        if entries:
            for book in (found, announced) if section else (found,):
                book.entries[block.start] = entries
                if used_next and following is not None:
                    book.source_lines.add(following.start)
            index += 1 if used_next else 0
        elif (headed := _heading_person(block.text)) is not None and "\n" not in block.text:
            person = headed  # a maker's entry heading set as a paragraph
        index += 1
    if declared is not None:
        after = {at: e for at, e in found.entries.items() if at > declared.start()}
        if sum(len(e) for e in after.values()) >= _MIN_ENTRIES:
            lines = {at for at in found.source_lines if at > declared.start()}
            return QuotationBook({**announced.entries, **after}, announced.source_lines | lines)
    return announced if announced.entries else None


def _heading_person(line: str) -> str | None:
    """The maker a heading over entries names: a dictionary's "ASPINALL, Hannah (1841-1919),
    weaver", or a name with dates or a description ("Edith Marlow (1902–1988)")."""
    bare = line.strip(" #*_")
    entry = catalogue_entry(bare, "")
    if entry is not None:
        return _without_honorific(entry[0])
    named = re.match(
        r"^(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})"
        r"(?:\s*\([^()]*\d{4}[^()]*\)|\s*$)",
        bare,
    )
    if named is None:
        return None
    cleaned = _clean_name(named["name"])
    if not cleaned or (named.end() == len(bare) and cleaned != named["name"]):
        return None  # a heading of capitalised words that are no one's name
    return _without_honorific(cleaned)


def _source_shaped(line: str) -> bool:
    return _source(line, None) is not None


def _block_entries(
    text: str, block: _Block, following: _Block | None, person: str | None
) -> tuple[list[Entry], bool]:
    """The entries a block holds (each numbered or bulleted item of it, or the block as one),
    and whether the last one's source line is the paragraph after the block."""
    if block.quote and (
        following is None
        or read_credit(following.text) is not None
        or read_caption(following.text) is not None
    ):
        return [], False  # a block quotation whose source line the block's reading reads
    items = _items(text, block)
    entries: list[Entry] = []
    used_next = False
    for n, placed in enumerate(items):
        lines = [line for _at, line in placed]
        words_lines, source_line = _split_item(lines, person)
        if source_line is None and n == len(items) - 1 and following is not None:
            one = following.text.strip()
            if "\n" not in one and not one.startswith("#"):
                source = _source(one, person)
                if source is not None and _words_shaped(" ".join(words_lines)):
                    source_line, used_next = one, True
        if source_line is None or not words_lines:
            continue
        source = _source(source_line, person)
        if source is None:
            continue
        if not _words_shaped(" ".join(words_lines)):
            continue
        spans = [(at, at + len(line)) for at, line in placed[: len(words_lines)]]
        spans[-1] = (spans[-1][0], spans[-1][0] + len(words_lines[-1]))  # (a dash's source cut)
        # between the lines of the words: the spaces at a line's end and the indent of the next
        gaps = [
            gap for (_a, end), (start, _b) in pairwise(spans) for gap in _line_gap(text, end, start)
        ]
        entries.append(Entry(spans[0][0], spans[-1][1], source, tuple(gaps)))
    if not entries or 2 * len(entries) < len(items):
        # a block mostly of other things is no entry block (a paragraph of prose that ends on
        # a name is not a saying, nor a list of books)
        return [], False
    return entries, used_next


def _line_gap(text: str, end: int, start: int) -> list[tuple[int, int]]:
    """The spaces left at a line's end and the indent before the next line's words, around the
    line break that stays between them."""
    newline = text.find("\n", end, start)
    if newline < 0:
        return []
    return [(a, b) for a, b in ((end, newline), (newline + 1, start)) if b > a]


def _items(text: str, block: _Block) -> list[list[tuple[int, str]]]:
    """A block's items: each line with a number or a bullet opens one (a list set as one
    paragraph); a block without them is one item. Each item's lines, each with where it starts
    in the text, without the label, a block quotation's indent and the spaces around it."""
    items: list[list[tuple[int, str]]] = []
    position = block.start
    numbered = False  # whether the items are numbered (a symbol is then a note's)
    for line in text[block.start : block.end].split("\n"):
        at = position
        position += len(line) + 1
        stripped = re.sub(r"^[ \t>]*", "", line)
        label = _LABEL.match(stripped)
        # a note under a numbered entry set with a symbol ("* Usually quoted as …") is the
        # entry's, not an item of a list bulleted with it
        noted = label is not None and numbered and _NOTE_LINE.match(stripped) is not None
        content = stripped[label.end() :] if label and not noted else stripped
        if not content.strip():
            continue
        placed = (at + len(line) - len(content), content.rstrip())
        if (label is not None and not noted) or not items:
            numbered = label is not None and label[0].strip()[:1].isdigit()
            items.append([placed])
        else:
            items[-1].append(placed)
    return items


def _split_item(lines: list[str], person: str | None) -> tuple[list[str], str | None]:
    """An item's words and its source line: the first line after the words that reads as a
    source (lines after it are notes: a misquotation, a cross-reference), or the part after a
    dash on the words' own line."""
    for n in range(1, len(lines)):
        if _NOTE_LINE.match(lines[n]):
            return lines[:n], None
        if _source(lines[n], person) is not None:
            return lines[:n], lines[n]
    if len(lines) == 1:
        dashes = list(_DASH.finditer(lines[0]))
        if dashes:
            cut = dashes[-1]
            words, source = lines[0][: cut.start()].rstrip(), lines[0][cut.end() :]
            if _NAME_FIRST.match(source.strip("*_")) and _source(source, None) is not None:
                return [words], source
        closing = _CLOSING_SOURCE.search(lines[0])
        if (
            closing is not None
            and _NAME_FIRST.match(closing["source"]) is not None
            and _source(closing["source"], None) is not None
        ):  # "… a secret. (Ann Lee, *The Dale*, 1931, p. 9)": the source in brackets after
            return [lines[0][: closing.start()].rstrip()], closing["source"]
    return lines, None


def _words_shaped(words: str) -> bool:
    """Whether an entry's text reads as a saying: three words or more, opening on a capital and
    ending as a sentence or a verse ends, not already quoted in marks of its own."""
    bare = words.strip()
    return (
        len(bare.split()) >= 3
        and bare[:1].isupper()
        and _SAYING_END.search(bare) is not None
        and not (bare[:1] in '“"‘«' and bare[-1:] in '”"’»')
    )


def _source(line: str, person: str | None) -> Cite | None:
    """What an entry's source line says (speaker, work, page, relay), or None when the line is
    no source line: it must name its maker first, or open on the occasion or the title under a
    heading that names the maker."""
    bare = re.sub(r"^(?:—|–|--|―)\s*", "", line.strip())
    italic_line = re.fullmatch(r"([*_])(?P<inner>[^*_]+)\1", bare)
    bare = italic_line["inner"].strip() if italic_line else bare
    bracketed = re.fullmatch(r"\((?P<inner>.+)\)\.?", bare)
    bare = bracketed["inner"].strip() if bracketed else bare
    if (
        not bare
        or len(bare.split()) > _MAX_SOURCE_WORDS
        or re.search(r"[a-z]{2}[.!?]\s+[A-Z][a-z]", bare)  # two sentences: prose
        or re.search(r"[“\"«]", bare)
    ):
        return None
    dashed = bare != line.strip()
    if (
        not dashed
        and _heading_person(bare) is not None
        and not _SOURCE_SIGNAL.search(re.sub(r"\([^()]*\)", "", bare))
    ):
        return None  # "Amos Kettle (1840–1911), coxswain": the heading of the entries below
    named = _NAME_FIRST.match(bare)
    maker = _maker(named["name"]) if named else None
    rest = bare[named.end() :] if named and maker else bare
    if maker is not None and (person is None or _same_person(maker, person)):
        credit = read_credit(bare)
        parts = _source_parts(rest)
        if credit is not None and credit.speaker:
            return Cite(
                speaker=maker,
                work=None if parts.via else credit.work or parts.work,
                page=credit.page or parts.page,
                via=credit.via or parts.via,
            )
        return Cite(speaker=maker, work=parts.work, page=parts.page, via=parts.via)
    if person is None or maker is not None:
        return None
    if _PROSE_END.search(bare) or not (
        _SOURCE_SIGNAL.search(line) or _ROMAN_TITLE.match(bare) or _ITALIC.match(bare)
    ):
        return None
    parts = _source_parts(bare)
    return Cite(speaker=person, work=parts.work, page=parts.page, via=parts.via)


def _source_parts(rest: str) -> Cite:
    """The work, page and relay a source line gives after its maker."""
    page_found = _PAGE.search(rest)
    page = page_found["page"] if page_found else None
    relayed = _RELAYED.search(rest)
    if relayed is not None:
        return Cite(page=page, via=relayed["relay"].rstrip(".").strip())
    issue = _ISSUE.search(rest)
    if (
        issue is not None
        and _SPOKEN.search(rest[: issue.start()])
        and _PROGRAMME.search(rest) is None
        and not _BROADCASTER.search(issue["periodical"])
    ):
        # an interview or a speech printed in a paper's or magazine's issue: the periodical
        # passes the spoken words on
        return Cite(page=page, via=issue["periodical"])
    italic = _ITALIC.search(rest)
    roman = _ROMAN_TITLE.search(rest)
    printed = _PRINTED_IN.search(rest)
    programme = _PROGRAMME.search(rest)
    paged = _TITLE_PAGED.search(rest)
    titles = [
        (m.start(), m["title"] or m["kind_title"] or m["the_title"])
        if m is printed
        else (m.start(), m["title"])
        for m in (italic, roman, printed, programme, paged)
        if m is not None
    ]
    found = [(at, t.strip()) for at, t in titles if not _BODY_NAME.search(t.strip())]
    work = min(found)[1] if found else None
    return Cite(work=work, page=page)


def _maker(name: str) -> str | None:
    cleaned = _clean_name(name)
    if not cleaned or len(cleaned.split()) < 2:
        return None
    return _without_honorific(cleaned)
