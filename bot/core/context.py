"""A passage in its place: the paragraphs around it in its source essay, and its citation."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.citation import Citation, citation
from bot.core.errors import UnknownPassageError, UserFacingError
from bot.core.models import Corpus, Passage

MAX_AROUND = 10


@dataclass(frozen=True, slots=True)
class PassageContext:
    passage: Passage
    before: tuple[str, ...]  # paragraphs of the source before the passage's own, in order
    paragraph: str  # the paragraph(s) the passage stands in
    after: tuple[str, ...]  # paragraphs after it, in order
    citation: Citation


def passage_context(
    corpus: Corpus, passage_id: str, before: int = 2, after: int = 2
) -> PassageContext:
    """The ``before`` paragraphs preceding and ``after`` following a passage in its source."""
    passage = corpus.get(passage_id)
    if passage is None:
        raise UnknownPassageError(passage_id)
    if not (0 <= before <= MAX_AROUND and 0 <= after <= MAX_AROUND):
        raise UserFacingError(f"Ask for between 0 and {MAX_AROUND} paragraphs around a passage.")
    text = corpus.source_texts.get(passage.source, "")
    paragraphs = _paragraphs(text)
    inside = [
        i
        for i, (start, end) in enumerate(paragraphs)
        if start < max(passage.end, passage.start + 1) and end > passage.start
    ]
    if not inside:
        return PassageContext(passage, (), passage.text, (), citation(corpus, passage))
    first, last = inside[0], inside[-1]

    def texts(indices: range) -> tuple[str, ...]:
        return tuple(text[paragraphs[i][0] : paragraphs[i][1]] for i in indices)

    return PassageContext(
        passage=passage,
        before=texts(range(max(0, first - before), first)),
        paragraph=text[paragraphs[first][0] : paragraphs[last][1]],
        after=texts(range(last + 1, min(len(paragraphs), last + 1 + after))),
        citation=citation(corpus, passage),
    )


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph. In a text with blank lines between its paragraphs
    (the shipped essays; a server's own file, which may wrap a paragraph over several
    lines) a paragraph is the lines between blank lines; in a text without any, a line."""
    lines: list[tuple[int, int] | None] = []  # each line's stripped span; None: blank
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped[0])
            lines.append((start, start + len(stripped)))
        else:
            lines.append(None)
        position += len(line)
    inner = lines
    while inner and inner[0] is None:
        inner = inner[1:]
    while inner and inner[-1] is None:
        inner = inner[:-1]
    if None not in inner:
        return [span for span in inner if span is not None]
    spans: list[tuple[int, int]] = []
    block: tuple[int, int] | None = None
    for span in inner:
        if span is None:
            if block is not None:
                spans.append(block)
            block = None
        else:
            block = (block[0], span[1]) if block is not None else span
    if block is not None:
        spans.append(block)
    return spans
