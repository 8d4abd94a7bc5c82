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
    """(start, end) of every non-blank line: the essays put one paragraph on a line."""
    spans: list[tuple[int, int]] = []
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped[0])
            spans.append((start, start + len(stripped)))
        position += len(line)
    return spans
