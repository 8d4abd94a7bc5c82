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
    r"^#*\s*(?:notes|endnotes|sources|notes and (?:sources|references)|sources and notes|"
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
    r"\*\*(?P<bold_number>\d{1,4})\.?\*\*\s+|"
    r"(?:¶|[Pp]ara(?:graph)?\.?)\s*(?P<paragraph>\d{1,4})[,.:]?\s+)?"
    r"(?:[‘'](?P<single>[^\n]{2,160}?)[’']|[“\"](?P<double>[^\n]{2,160}?)[”\"]|"
    r"\*\*(?P<bold>[^*\n]{2,160})\*\*|[*_](?P<italic>[^*_\n]{2,160})[*_]|"
    r"(?P<lines>ll?\.\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)|(?P<plain>[^:\n“”\"]{2,120}?))"
    r"\s*(?::|\s[—–])\s+(?P<body>\S.*)$"
)
# catchwords in italics and the note straight after them, no colon ("12 *The river has no
# memory* Harriet Lomax, …"): the italics end the key (the words must open a quotation)
_ITALIC_KEY = re.compile(
    r"^(?:pp?\.\s*[\dxvil]+(?:\s*[-–]\s*\d+)?\s+|\d{1,4}\.?\s+)?"
    r"[*_](?P<italic>[^*_\n]{2,160})[*_]\s+(?P<body>[A-Z].*)$"
)
# a second keyed entry on one note's line: "… Q21. “They came once”: ibid., Q24."
_NEXT_ENTRY = re.compile(
    r"(?<=[.)])\s+(?=(?:[‘'“\"][^\n]{2,160}?[’'”\"]|ll?\.\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\s*:\s)"
)
# a note numbered as the paragraph it belongs to, its key being that number alone
_PARAGRAPH_NOTE = re.compile(r"^(?:\*\*)?(?P<n>\d{1,4})\.?(?:\*\*)?\s+(?P<body>\S.*)$")
# a mark in the text that calls a note: raised, in brackets, or a number after a closing mark
_NOTE_CALL = re.compile(
    r"[^\s¹²³⁴⁵⁶⁷⁸⁹⁰][¹²³⁴⁵⁶⁷⁸⁹⁰]|\[\^?\d{1,3}\]|<sup>|[.!?”’\"»][.,;:]?\d{1,3}(?![\d.,])"
)
# a paragraph the text numbers ("4. Not everyone was so patient. …", "[4] …", "¶ 4 …")
_NUMBERED_PARAGRAPH = re.compile(
    r"^(?:\[(?P<bracketed>\d{1,4})\]|¶\s*(?P<pilcrow>\d{1,4})|(?P<n>\d{1,4})\.|"
    r"\*\*(?P<bold>\d{1,4})\.?\*\*)\s+\S"
)
# an opening quote mark right before words (an apostrophe after a letter is none)
_OPENED = re.compile(r"(?:[‘“«„‚]|(?<![\w’'])['\"])[\s*_…]*$")
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
    # with no mark calling a note anywhere, a note numbered as a paragraph is that paragraph's
    by_paragraph = bool(paragraphs) and _NOTE_CALL.search(text, 0, notes_start) is None
    for block in blocks[heading + 1 :]:
        if block.heading and _AFTER_NOTES.match(_plain(block.text)):
            break
        if block.heading:
            continue
        for line in block.text.split("\n"):
            number: str | None = None
            whole = _PARAGRAPH_NOTE.match(line.strip()) if by_paragraph else None
            if whole is not None and whole["n"] in paragraphs and not _KEYED_NOTE.match(line):
                # "3 Peter Anstey, *A Word after the Water* (…), p. 3.": every quotation of
                # paragraph 3
                keyed.append(KeyedNote(whole["body"], None, paragraphs[whole["n"]]))
                continue
            for at, entry in enumerate(_NEXT_ENTRY.split(line.strip())):
                found = _KEYED_NOTE.match(entry.strip())
                italic = _ITALIC_KEY.match(entry.strip()) if found is None and not at else None
                if italic is not None:
                    opening = _opening(text, italic["italic"], cursor, notes_start, opens=True)
                    if opening is not None:
                        cursor = opening
                        keyed.append(KeyedNote(italic["body"].strip(), opening, None))
                    break
                if found is None:
                    break
                number = (
                    found["number"]
                    or found["bold_number"]
                    or found["paragraph"]
                    or (number if at else None)
                )
                paragraph = paragraphs.get(number) if number else None
                body = found["body"].strip()
                catchwords = (
                    found["single"]
                    or found["double"]
                    or found["bold"]
                    or found["italic"]
                    or found["plain"]
                )
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


def _opening(text: str, catchwords: str, low: int, high: int, *, opens: bool = False) -> int | None:
    """Where, between ``low`` and ``high``, a quotation (after an opening mark, or a block set
    apart) opens with ``catchwords``, else where they stand inside one (a key that gives the
    passage's telling words rather than its first); words cut short with "…" are their first
    part. ``opens``: only where a quotation opens. A key whose words find none is looked for
    again by its first four words where a quotation opens (the words it gives may run on past
    a said-clause: "*The river has no memory, which is*")."""
    parts = [p for p in _ELLIPSIS.split(catchwords.strip().strip("*_")) if re.search(r"\w", p)]
    if not parts:
        return None
    # "… keeps coming back": words from inside the passage, never its opening
    cut_before = _ELLIPSIS.match(catchwords.strip().strip("*_")) is not None
    words = re.findall(r"\w+", parts[0])
    # a key gives the words as the source has them: the text's own insertion in square
    # brackets between two of them ("it [the barrier] will be built") is no part of the key
    between = r"(?:\W+\[[^\]\n]{1,60}\])?\W+"
    pattern = re.compile(between.join(re.escape(w) for w in words), re.IGNORECASE)
    inside: int | None = None
    for found in pattern.finditer(text, low, high):
        if found.start() > 0 and text[found.start() - 1].isalnum():
            continue
        before = text[max(0, found.start() - 8) : found.start()]
        opened = _OPENED.search(before) is not None  # after an opening mark
        set_apart = re.search(r"(?:^|\n)[ \t>]*$", before) is not None  # a block's start
        if (opened or set_apart) and not cut_before:
            return found.start()
        if inside is None and not opens and _within_quotation(text, found.start()):
            inside = found.start()
    if inside is None and len(words) > 4 and not cut_before:
        return _opening(text, " ".join(words[:4]), low, high, opens=True)
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
