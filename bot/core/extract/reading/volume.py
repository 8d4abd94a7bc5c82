"""A book by several hands, and what it says of its own contributions.

An edited collection, a festschrift or a proceedings prints each contribution under its own
title with a byline of its author's name alone. When the text cites another contribution of
the same book (``(Ogden, this volume, p. 31)``, ``As Ruth Ogden shows (this volume, p. 34),
… ‘…’``, ``as Daniel Firth shows later in this volume``), a careful reader turns to that
contribution: its author made the words, its title is the work, and the page is the book's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.extract.reading.blocks import _Block
from bot.core.extract.reading.vocabulary import _BODY_NAME

# the book the text is part of, named by the text itself
THIS_VOLUME = re.compile(r"\b(?:this|the\s+present)\s+(?:volume|collection)\b")
# a byline: a person's name alone on its line, two to four capitalised words ("Ruth Ogden",
# "Mary A. Quayle"); several authors are one byline too ("Peter Haworth and Anjali Mistry");
# a "By" before it and the author's institution after it are no part of a name ("By Ann Rix
# (University of Ely)", "Peter Cole, Fen Archive Trust")
_PERSON = r"[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]+)){1,3}"
_BYLINE = re.compile(
    rf"(?:[Bb]y\s+)?(?P<names>{_PERSON}(?:(?:,\s+|\s+(?:and|&)\s+){_PERSON})*)"
    r"(?:\s*\([^()\n]{2,80}\)|,\s+[A-Z][^,\n]{2,80})?"
)
# a contribution's number before its title: "1.", "3:", "Chapter 4.", "IV."
_NUMBER = re.compile(r"^(?:(?:Chapter|Essay|Paper)\s+)?(?:\d{1,2}|[IVXL]{1,6})[.:]\s+")
# what a heading over no contribution says ("References", "Notes", "Contents")
_NOT_A_TITLE = re.compile(
    r"(?i)^(?:references|notes|endnotes|bibliography|sources|contents|index|abstract)\b"
)


@dataclass(frozen=True)
class Contribution:
    """One contribution: who wrote it (as its byline names them), its title, and where its
    title stands."""

    author: str
    title: str
    start: int


def read_volume(blocks: Sequence[_Block]) -> list[Contribution]:
    """The contributions of a book by several hands: each title followed by a byline. Fewer
    than two is no such book (a single essay's byline is its author, read elsewhere)."""
    found = []
    for before, block in itertools.pairwise(blocks):
        byline = _BYLINE.fullmatch(block.text.strip())
        title = _NUMBER.sub("", before.text.strip().lstrip("#").strip(" *_"))
        if (
            "\n" in block.text.strip()
            or "\n" in title
            or byline is None
            or _NOT_A_TITLE.match(title)
            or not 2 <= len(title.split()) <= 20
            or title.endswith((".", ":", ";", ","))
        ):
            continue
        for author in re.split(r",\s+|\s+(?:and|&)\s+", byline["names"]):
            if re.fullmatch(_PERSON, author) and not _BODY_NAME.search(author):
                found.append(Contribution(author, title, before.start))
    return found if len({c.title for c in found}) >= 2 else []


def contribution_by(
    contributions: Sequence[Contribution], name: str, at: int
) -> Contribution | None:
    """The one contribution whose author is ``name`` (a full name, or a surname alone), other
    than the one the text cites it from at ``at``: "this volume" points to another part."""
    words = name.split()
    here = max((c.start for c in contributions if c.start <= at), default=-1)
    mine = [
        c
        for c in contributions
        if words
        and c.start != here
        and (c.author == name or (len(words) == 1 and c.author.split()[-1] == words[0]))
    ]
    return mine[0] if len(mine) == 1 else None
