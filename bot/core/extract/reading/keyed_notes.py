"""Notes that point at their words without a mark in the text: which words a note belongs to
when the book keys it by the passage's opening words (catchwords, with or without the book's
page: "p. 12 ‘The river has no memory’: …", "The river has no memory: …"), by the number of
a numbered paragraph ("4 “cleared every ditch”: …") or by the lines of a poem the paragraph
quotes ("7 ll. 21–22: …"), as trade books, booklets and reports print their notes at the end.

A careful reader finds the words the catchwords open and gives them what the note says; the
book's own page in a key is where to look in the book, never the source's page."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.reading.blocks import _Block

# the heading over a book's notes at its end
_NOTES_SECTION = re.compile(
    r"^#*\s*(?:notes|endnotes|notes and (?:sources|references)|sources and notes|"
    r"notes on sources)\s*:?$",
    re.IGNORECASE,
)
_AFTER_NOTES = re.compile(
    r"^#*\s*(?:works cited|bibliography|select bibliography|further reading|index|"
    r"acknowledg(?:e)?ments)\s*:?$",
    re.IGNORECASE,
)
# what keys a note: the book's page or a paragraph's number, then the opening words in quote
# marks, or a poem's lines, or the opening words plain, and a colon before what the note says
_KEYED_NOTE = re.compile(
    r"^(?:pp?\.\s*[\dxvil]+(?:\s*[-–]\s*\d+)?\s+|(?P<number>\d{1,4})\.?\s+|"
    r"\*\*(?P<bold>\d{1,4})\.?\*\*\s+|"
    r"(?:¶|[Pp]ara(?:graph)?\.?)\s*(?P<paragraph>\d{1,4})[,.:]?\s+)?"
    r"(?:[‘'](?P<single>[^\n]{2,160}?)[’']|[“\"](?P<double>[^\n]{2,160}?)[”\"]|"
    r"[*_](?P<italic>[^*_\n]{2,160})[*_]|"
    r"(?P<lines>ll?\.\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)|(?P<plain>[^:\n“”\"]{2,120}?))"
    r"\s*:\s+(?P<body>\S.*)$"
)
# a second keyed entry on one note's line: "… Q21. “They came once”: ibid., Q24."
_NEXT_ENTRY = re.compile(
    r"(?<=[.)])\s+(?=(?:[‘'“\"][^\n]{2,160}?[’'”\"]|ll?\.\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\s*:\s)"
)
# a paragraph the text numbers ("4. Not everyone was so patient. …", "[4] …", "¶ 4 …")
_NUMBERED_PARAGRAPH = re.compile(
    r"^(?:\[(?P<bracketed>\d{1,4})\]|¶\s*(?P<pilcrow>\d{1,4})|(?P<n>\d{1,4})\.|"
    r"\*\*(?P<bold>\d{1,4})\.?\*\*)\s+\S"
)
_OPENING_MARKS = "‘'“\"«„‚"
_ELLIPSIS = re.compile(r"\s*(?:…|\.\s?\.\s?\.)\s*")


@dataclass(frozen=True)
class KeyedNote:
    """One note keyed to its words, and where those words stand."""

    body: str  # what the note says, its key left out
    opening: int | None  # where the words its catchwords open begin, if it has catchwords
    paragraph: tuple[int, int] | None  # the span of the numbered paragraph its number keys


def read_keyed_notes(text: str, blocks: list[_Block]) -> list[KeyedNote]:
    """Every note of the text's closing notes that is keyed to its words rather than called by
    a mark, in the order printed, each with the words it belongs to (None when the key finds
    no such words in the text: then it is no keyed note)."""
    heading = next(
        (n for n, b in enumerate(blocks) if b.heading and _NOTES_SECTION.match(_plain(b.text))),
        None,
    )
    if heading is None:
        return []
    notes_start = blocks[heading].start
    paragraphs = _numbered_paragraphs(blocks[:heading])
    keyed: list[KeyedNote] = []
    cursor = 0  # the notes follow the text's order: each key is looked for after the last
    for block in blocks[heading + 1 :]:
        if block.heading and _AFTER_NOTES.match(_plain(block.text)):
            break
        if block.heading:
            continue
        for line in block.text.split("\n"):
            number: str | None = None
            for at, entry in enumerate(_NEXT_ENTRY.split(line.strip())):
                found = _KEYED_NOTE.match(entry.strip())
                if found is None:
                    break
                number = (
                    found["number"]
                    or found["bold"]
                    or found["paragraph"]
                    or (number if at else None)
                )
                paragraph = paragraphs.get(number) if number else None
                body = found["body"].strip()
                catchwords = found["single"] or found["double"] or found["italic"] or found["plain"]
                if catchwords is None:  # a poem's lines: the paragraph's quotations in order
                    if paragraph is None:
                        break
                    keyed.append(KeyedNote(body, None, paragraph))
                    continue
                low, high = paragraph if paragraph else (cursor, notes_start)
                opening = _opening(text, catchwords, low, high)
                if opening is None and paragraph is None:
                    opening = _opening(text, catchwords, 0, notes_start)
                if opening is None:
                    break  # no words in the text open so: this is no keyed note
                cursor = opening
                keyed.append(KeyedNote(body, opening, paragraph))
    return keyed


def _plain(line: str) -> str:
    return line.split("\n")[0].strip().strip("*_ ")


def _numbered_paragraphs(blocks: list[_Block]) -> dict[str, tuple[int, int]]:
    """The text's numbered paragraphs by number: a paragraph of prose (no heading) that opens
    with its number, when the numbers run 1, 2, 3 … as a report or a booklet numbers them."""
    numbered: dict[str, tuple[int, int]] = {}
    for block in blocks:
        found = _NUMBERED_PARAGRAPH.match(block.text)
        if block.heading or found is None:
            continue
        number = found["bracketed"] or found["pilcrow"] or found["n"] or found["bold"]
        numbered.setdefault(number, (block.start, block.end))
    return numbered if "1" in numbered and "2" in numbered else {}


def _opening(text: str, catchwords: str, low: int, high: int) -> int | None:
    """Where, between ``low`` and ``high``, a quotation (after an opening mark, or a block set
    apart) opens with ``catchwords``, else where they stand inside one (a key that gives the
    passage's telling words rather than its first); words cut short with "…" are their first
    part."""
    first = _ELLIPSIS.split(catchwords.strip().strip("*_"))[0]
    words = re.findall(r"\w+", first)
    if not words:
        return None
    # a key gives the words as the source has them: the text's own insertion in square
    # brackets between two of them ("it [the barrier] will be built") is no part of the key
    between = r"(?:\W+\[[^\]\n]{1,60}\])?\W+"
    pattern = re.compile(between.join(re.escape(w) for w in words), re.IGNORECASE)
    inside: int | None = None
    for found in pattern.finditer(text, low, high):
        before = text[max(0, found.start() - 4) : found.start()]
        if found.start() > 0 and text[found.start() - 1].isalnum():
            continue
        line_start = re.search(r"(?:^|\n)[ \t>]*$", before) is not None  # a block set apart
        if any(mark in before for mark in _OPENING_MARKS) or line_start:
            return found.start()
        if inside is None and _within_quotation(text, found.start()):
            inside = found.start()
    return inside


def _within_quotation(text: str, at: int) -> bool:
    """Whether ``at`` stands after an opening mark in its paragraph that no closing mark has
    closed yet."""
    paragraph = text[text.rfind("\n", 0, at) + 1 : at]
    opened = max(paragraph.rfind("“"), paragraph.rfind("‘"), paragraph.rfind("«"))
    closed = max(paragraph.rfind("”"), paragraph.rfind("’ "), paragraph.rfind("»"))
    if opened > closed:
        return True
    return paragraph.count('"') % 2 == 1
