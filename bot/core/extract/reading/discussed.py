"""The one work a document is about: a review's book, a study guide's play, a briefing's report.

A careful reader of a review, a study guide, a reading group's notes on one novel or a
commentary on a report first finds the work under discussion: its heading block
("**Title.** By Author. Place: Publisher, 2021. 340 pp.", "*Title*, a play by Author. …",
"# *Title* by Author: a guide for reading groups", "*Title.* Cm 1187. Department for X.
London: HMSO, 2026. 96 pp."). From then on a bare page after the words ("(14)", "(p. 14)") is
that work's page: its author speaks the words that are the work's own, its characters speak
their lines in it (a play's, a novel's), and whoever else it prints speaks through its author.
Read once per text from its head, before the first quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.reading.blocks import _Block
from bot.core.extract.reading.vocabulary import _NAME

# how many blocks at the head of a text may describe the work it discusses
_HEAD_BLOCKS = 6
# a head line opening on a title set off by emphasis, after a Markdown heading's marks and a
# label ("Review of", "Reviewed:")
_TITLE_FIRST = re.compile(
    r"^\s*(?:#+\s*)?(?:(?:A\s+)?(?:[Rr]eview\s+of|[Rr]eviewed|[Gg]uide\s+to|[Nn]otes\s+on)\s*:?\s*)?"
    r"(?P<mark>\*\*|\*|__|_)(?P<title>[^*_\n]{2,160}?)[.,:]?(?P=mark)(?P<rest>.*)$",
    re.DOTALL,
)
# a plain head line: "The Salt Road. By Ann Lee. Leeds: Moor Press, 1998. 210 pp."
_PLAIN_TITLE_BY = re.compile(
    rf"^\s*(?P<title>[A-Z][^.\n]{{2,160}})\.\s+(?P<rest>By\s+{_NAME}\..*)$", re.DOTALL
)
_BY_AUTHOR = re.compile(rf"(?:^|[\s,.(])[Bb]y\s+(?P<author>{_NAME})")
# what a publication's description gives: "London: HMSO, March 2026", "340 pp.", "(Harvill, 1988)"
_PUBLICATION_FACTS = re.compile(
    r"\b[A-Z][\w.]*(?:,\s*[A-Z]{2})?:\s*[A-Z][^,\n]{1,60},\s*(?:[A-Z][a-z]+\s+)?\d{4}\b"
    r"|\b(?:[xvil]+\s*\+\s*)?\d+\s*pp\.|\([A-Z][^()\n]{1,60},\s*\d{4}\)"
)
_NAMEISH = re.compile(r"[A-Z][\w’'&-]*(?:\s+(?:of|for|and|the|on|&|[A-Z][\w’'&-]*))*")
# a kind of work whose people are characters: their lines are in the work
_FICTION = re.compile(
    r"\b(?:play|plays|novel|novella|novels|short stor(?:y|ies)|story|poem|verse drama|comedy|"
    r"tragedy|farce|opera|libretto|musical|pantomime|screenplay)\b"
)


@dataclass(frozen=True)
class DiscussedWork:
    """The work a document discusses: its title, its author (a person or a body, as the head
    names them), and whether its people are characters speaking in it."""

    title: str
    author: str | None
    fiction: bool


def _author_of(rest: str) -> str | None:
    """Who made the work, as its description after the title says: "by X", or the first piece
    of the description that is only a name (a body issuing a report: "Department for X")."""
    by = _BY_AUTHOR.search(rest)
    if by is not None:
        return by["author"].rstrip(".")
    for piece in re.split(r"\.\s+", rest.strip(" .,")):
        piece = piece.strip(" .,")
        if piece and not re.search(r"\d|:", piece) and _NAMEISH.fullmatch(piece):
            return piece
    return None


def read_discussed_work(blocks: list[_Block]) -> DiscussedWork | None:
    """The work the text's head describes as the one it discusses, or None."""
    head = [b for b in blocks[:_HEAD_BLOCKS] if b.role in ("body", "heading") and not b.quote]
    for at, block in enumerate(head):
        if re.search(r"[“”\"«]", block.text):
            return None  # the first quotation comes before any description of a work
        line = block.text.strip()
        if len(line) > 320:
            continue
        found = _TITLE_FIRST.match(line) or _PLAIN_TITLE_BY.match(line)
        if found is None:
            continue
        title, rest = found["title"].strip(" .,:"), found["rest"]
        if re.match(r"[Bb]y\s", title):
            continue  # a byline set in italics: "*By Ann Lee, for the Gazette*"
        author = _author_of(rest)
        if author is None and not _PUBLICATION_FACTS.search(rest):
            continue
        # what kind of work it is: the head line, the next paragraphs' first sentences and
        # their sentences that name the title or its author
        near = [rest] + [
            sentence
            for later in head[at + 1 : at + 3]
            for n, sentence in enumerate(re.split(r"(?<=[.!?])\s+", later.text))
            if n == 0 or title in sentence or (author and author.split()[-1] in sentence)
        ]
        fiction = any(_FICTION.search(words) for words in near)
        return DiscussedWork(title=title, author=author, fiction=fiction)
    return None
