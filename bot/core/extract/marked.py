"""A reading's text twice: as stored (plain, what a reader sees) and as the extractor reads it.

A Markdown reading is stored as the plain text its rendering shows: no ``*emphasis*`` marks,
no ``>`` before a block quotation's lines (it is indented by four spaces, as an HTML
``<blockquote>`` is), a link's words without its address, a footnote marker ``[^2]`` as
``[2]`` and its note as ``2. …``. The extractor, though, reads a work's title by its italics
and a Markdown note by its ``[^2]:``: it is given the *marked* text, the plain text with those
marks put back where the source has them. Every passage found in the marked text is mapped
back onto the plain text through the marks (:meth:`MarkedText.to_plain`;
``bot.core.extract.ingest`` maps each proposal), so what is stored
and every passage's offsets are plain, and each passage is a slice of the stored text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

Leaning = Literal["in", "out"]


@dataclass(frozen=True)
class _Edit:
    """A stretch where the two texts differ: ``marked[ms:me]`` stands for ``plain[ps:pe]``."""

    ms: int
    me: int
    ps: int
    pe: int


@dataclass(frozen=True)
class MarkedText:
    """The plain text of a reading, the marked text the extractor reads, and where they differ
    (edits in text order; between them the two texts are the same)."""

    plain: str
    marked: str
    edits: tuple[_Edit, ...]

    def to_plain(self, offset: int, *, leaning: Leaning) -> int:
        """The plain offset of the marked ``offset``. Inside a mark, ``leaning="out"`` (a
        passage's start, a left-out span's end) gives the plain offset after the mark, ``"in"``
        (a passage's end, a left-out span's start) the one before it."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return offset
        edit = self.edits[index]
        if offset >= edit.me:
            return edit.pe + offset - edit.me
        if offset == edit.ms:
            return edit.ps
        return edit.pe if leaning == "out" else edit.ps

    @cached_property
    def _starts(self) -> list[int]:
        return [edit.ms for edit in self.edits]


class MarkedBuilder:
    """Writes the two texts side by side: words both have, and marks only the marked has
    (or that stand for other characters in the plain text)."""

    def __init__(self) -> None:
        self._plain: list[str] = []
        self._marked: list[str] = []
        self._edits: list[_Edit] = []
        self._plain_length = 0
        self._marked_length = 0

    def same(self, text: str) -> None:
        self._plain.append(text)
        self._marked.append(text)
        self._plain_length += len(text)
        self._marked_length += len(text)

    def mark(self, marked: str, plain: str = "") -> None:
        if marked == plain:
            self.same(text=plain)
            return
        edit = _Edit(
            self._marked_length,
            self._marked_length + len(marked),
            self._plain_length,
            self._plain_length + len(plain),
        )
        last = self._edits[-1] if self._edits else None
        if last is not None and last.me == edit.ms and last.pe == edit.ps:
            edit = _Edit(last.ms, edit.me, last.ps, edit.pe)  # one mark after another: one edit
            self._edits.pop()
        self._edits.append(edit)
        self._plain.append(plain)
        self._marked.append(marked)
        self._plain_length += len(plain)
        self._marked_length += len(marked)

    def build(self) -> MarkedText:
        return MarkedText("".join(self._plain), "".join(self._marked), tuple(self._edits))
