"""Paragraphs of an essay with their exact place in the source text.

A *paragraph* is a run of text between blank lines. A *logical paragraph* is what the author
wrote as one paragraph: where a page break left debris in the text (a ``---`` block of
footnotes, or a blank line cutting a sentence), the pieces are rejoined and the debris between
them is recorded, so every character of a logical paragraph maps back to a source offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_FOOTNOTE = re.compile(r"<sup>(\d+)</sup>\s*")
_RULE = "---"


@dataclass(frozen=True)
class Piece:
    """A stretch ``source[start:end]`` placed at ``offset`` in a logical paragraph's text."""

    start: int
    end: int
    offset: int


@dataclass(frozen=True)
class Paragraph:
    """A logical paragraph: its text and where each piece of it stands in the source."""

    text: str
    pieces: tuple[Piece, ...]

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end

    def source_offset(self, index: int) -> int:
        """The source offset of ``text[index]`` (``index == len(text)`` maps to the end)."""
        for piece in reversed(self.pieces):
            if index >= piece.offset:
                return min(piece.start + index - piece.offset, piece.end)
        return self.start

    def gaps(self, a: int, b: int) -> list[tuple[int, int]]:
        """Source spans of debris removed between text offsets ``a`` and ``b``."""
        spans = []
        for left, right in zip(self.pieces, self.pieces[1:], strict=False):
            if a < right.offset <= b:
                spans.append((left.end, right.start))
        return spans


@dataclass(frozen=True)
class Footnote:
    """A footnote's text (without its marker) and where that note starts in the source."""

    text: str
    start: int


@dataclass(frozen=True)
class Layout:
    paragraphs: tuple[Paragraph, ...]
    footnotes: dict[str, Footnote]


def _raw_paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for match in [*_BLANK_LINES.finditer(text), None]:
        stop = match.start() if match else len(text)
        chunk = text[position:stop]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((position + lead, position + lead + len(stripped)))
        if match:
            position = match.end()
    return spans


def _continues(previous: str, following: str) -> bool:
    """Whether ``following`` finishes the sentence ``previous`` was cut in (page-break debris).

    A paragraph ending in the middle of a word run (no closing punctuation) followed by one
    starting in lower case or with a parenthesis is one sentence cut by a page break.
    """
    return previous[-1:].isalnum() and (following[:1] == "(" or following[:1].islower())


def layout(text: str) -> Layout:
    """Split ``text`` into logical paragraphs and footnotes (``<sup>N</sup> ...`` after ``---``)."""
    footnotes: dict[str, Footnote] = {}
    paragraphs: list[list[tuple[int, int]]] = []
    in_notes = False
    for start, end in _raw_paragraphs(text):
        chunk = text[start:end]
        if chunk == _RULE:
            in_notes = True
            continue
        note = _FOOTNOTE.match(chunk)
        if in_notes and note:
            footnotes[note.group(1)] = Footnote(chunk[note.end() :], start)
            continue
        in_notes = False
        if paragraphs:
            last_start, last_end = paragraphs[-1][-1]
            if _continues(text[last_start:last_end], chunk):
                paragraphs[-1].append((start, end))
                continue
        paragraphs.append([(start, end)])
    built = []
    for spans in paragraphs:
        pieces: list[Piece] = []
        parts: list[str] = []
        offset = 0
        for start, end in spans:
            if parts:
                parts.append(" ")
                offset += 1
            pieces.append(Piece(start, end, offset))
            parts.append(text[start:end])
            offset += end - start
        built.append(Paragraph("".join(parts), tuple(pieces)))
    return Layout(tuple(built), footnotes)
