"""Word-by-word alignment of a pasted text with a passage, and the differences it shows.

``align`` finds the stretch of the pasted words that stands, in order, in the passage: a
chain of matching runs of words whose gaps are either small local differences (a word
changed, dropped or added) or omissions a reader accepts: an ellipsis in the pasted text, a
sentence boundary where the member joined two sentences of the passage, or the essay
author's bracketed insertion. Pasted words before and after the chain are left over: the
caller decides whether they are the frame ("Lenin said:") or quoted words that differ.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from rapidfuzz import fuzz

from bot.core.normalize import STOPWORDS, Token

DifferenceKind = Literal["changed", "missing", "extra"]
GapKind = Literal["local", "ellipsis", "joined", "insertion"]

_TYPO_SIMILARITY = 80.0
_MIN_TYPO_LETTERS = 4
_LOCAL_GAP = 6  # words either side of a local difference
_LOCAL_SKEW = 3  # how many more words one side of a local difference may have
_ELLIPSIS_RE = re.compile(r"\.\s?\.\s?\.|…")
# A sentence ends at its full stop (or ! ? ;) with the quote marks and brackets closing there,
# so "… spectacles. (Laughter.)" shows its bracket whole; not where a small letter follows, as
# after "(‘Hear, hear!’) and the vote was taken".
_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’»)\]]*+(?!\s*[a-z])|;|\n\s*\n")


@dataclass(frozen=True, slots=True)
class Difference:
    """One word-level difference: ``changed`` words, words ``missing`` from the quotation
    (the passage has them), or ``extra`` words in the quotation (the passage has not).
    ``at`` is where in the passage text it stands (the source words, or where the extra
    words would go)."""

    kind: DifferenceKind
    quoted: str
    source: str
    at: tuple[int, int] | None = None
    joined: bool = False  # sentences of the passage left out where two were pasted together


@dataclass(frozen=True, slots=True)
class Gap:
    kind: GapKind
    q_start: int  # pasted words in the gap: [q_start, q_end)
    q_end: int
    p_start: int  # passage words in the gap: [p_start, p_end)
    p_end: int


@dataclass(frozen=True, slots=True)
class Chain:
    """Matching runs ``(q_start, p_start, size)`` in order, and the gaps between them."""

    blocks: tuple[tuple[int, int, int], ...]
    gaps: tuple[Gap, ...]

    @property
    def q_start(self) -> int:
        return self.blocks[0][0]

    @property
    def q_end(self) -> int:
        q, _, size = self.blocks[-1]
        return q + size

    @property
    def p_start(self) -> int:
        return self.blocks[0][1]

    @property
    def p_end(self) -> int:
        _, p, size = self.blocks[-1]
        return p + size

    @property
    def matched(self) -> int:
        return sum(size for _, _, size in self.blocks)


@dataclass(frozen=True, slots=True)
class Words:
    """A text's words with what lies between them: ellipses, sentence ends, insertions."""

    text: str
    tokens: list[Token]
    norms: list[str]
    ellipsis_before: list[bool]
    sentence_before: list[bool]  # a sentence or paragraph ends before this word
    skippable: list[bool]  # inside the essay author's insertion

    @classmethod
    def of(
        cls,
        text: str,
        tokens: list[Token],
        insertions: tuple[tuple[int, int], ...] = (),
        to_original: Callable[[int], int] | None = None,
    ) -> Words:
        """``to_original`` maps offsets in ``text`` to the text ``insertions`` are spans of
        (when ``text`` is a passage read with its misprints corrected)."""
        ellipsis: list[bool] = []
        sentence: list[bool] = []
        previous_end = 0
        for i, token in enumerate(tokens):
            between = text[previous_end : token.start]
            ellipsis.append(i > 0 and bool(_ELLIPSIS_RE.search(between)))
            sentence.append(i == 0 or bool(_SENTENCE_END_RE.search(between)))
            previous_end = token.end
        at = to_original or (lambda offset: offset)
        skippable = [
            any(a <= at(t.start) and at(t.end) <= b for a, b in insertions) for t in tokens
        ]
        return cls(text, tokens, [t.norm for t in tokens], ellipsis, sentence, skippable)

    def between(self, first: int, last: int) -> str:
        """The original text of words ``first..last-1`` ("" when empty)."""
        if last <= first:
            return ""
        return self.text[self.tokens[first].start : self.tokens[last - 1].end]

    def sentence_ends_before(self, i: int) -> bool:
        return i >= len(self.tokens) or self.sentence_before[i]


def align(quote: Words, passage: Words) -> Chain | None:
    """The best chain of the pasted words that stands in ``passage`` (None: nothing does)."""
    matcher = SequenceMatcher(None, quote.norms, passage.norms, autojunk=False)
    blocks = [(b.a, b.b, b.size) for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return None
    chains: list[Chain] = []
    current: list[tuple[int, int, int]] = [blocks[0]]
    gaps: list[Gap] = []
    for block in blocks[1:]:
        found = _joint(quote, passage, current[-1], block)
        if found is not None:
            current[-1], block, gap = found
        if found is None:
            chains.append(Chain(tuple(current), tuple(gaps)))
            current, gaps = [block], []
        else:
            current.append(block)
            gaps.append(gap)
    chains.append(Chain(tuple(current), tuple(gaps)))
    useful = [_trimmed(quote, c) for c in chains if _content(quote, c) > 0] or chains
    return max(useful, key=lambda c: (_content(quote, c), c.matched))


def _trimmed(quote: Words, chain: Chain) -> Chain:
    """``chain`` without runs of only stopwords at either end that stand apart from the rest
    ("the" in "the Webbs wrote that every office ..."): they are no evidence of quoting."""
    blocks, gaps = list(chain.blocks), list(chain.gaps)
    while len(blocks) > 1 and gaps[0].q_end > gaps[0].q_start and _only_stopwords(quote, blocks[0]):
        blocks.pop(0)
        gaps.pop(0)
    while (
        len(blocks) > 1 and gaps[-1].q_end > gaps[-1].q_start and _only_stopwords(quote, blocks[-1])
    ):
        blocks.pop()
        gaps.pop()
    return Chain(tuple(blocks), tuple(gaps))


def _only_stopwords(quote: Words, block: tuple[int, int, int]) -> bool:
    q, _, size = block
    return all(w in STOPWORDS for w in quote.norms[q : q + size])


def _content(quote: Words, chain: Chain) -> int:
    return sum(
        1 for q, _, size in chain.blocks for w in quote.norms[q : q + size] if w not in STOPWORDS
    )


Block = tuple[int, int, int]
_SLIDES = (1, -1, 2, -2, 3, -3)


def _joint(
    quote: Words, passage: Words, before: Block, after: Block
) -> tuple[Block, Block, Gap] | None:
    """How two matching runs join, if they do. A word matched at the end of one run could
    as well open the next ("... waited for him. | He tore him" against "... defeat him? He
    tore him"): the boundary slides by up to three words to where an omission is allowed."""
    gap = _gap(quote, passage, before, after)
    if gap is not None:
        return before, after, gap
    for slide in _SLIDES:
        moved = _slid(quote, passage, before, after, slide)
        if moved is None:
            continue
        gap = _gap(quote, passage, *moved)
        if gap is not None and gap.kind != "local":
            return moved[0], moved[1], gap
    return None


def _slid(
    quote: Words, passage: Words, before: Block, after: Block, slide: int
) -> tuple[Block, Block] | None:
    """Move ``slide`` words from the start of ``after`` to the end of ``before`` (negative:
    the other way), if the words allow it."""
    qa, pa, na = before
    qb, pb, nb = after
    if slide > 0:
        if nb <= slide or qa + na != qb:
            return None
        taken = quote.norms[qb : qb + slide]
        if passage.norms[pa + na : pa + na + slide] != taken:
            return None
        return (qa, pa, na + slide), (qb + slide, pb + slide, nb - slide)
    slide = -slide
    if na <= slide or qa + na != qb:
        return None
    given = quote.norms[qa + na - slide : qa + na]
    if pb < slide or passage.norms[pb - slide : pb] != given:
        return None
    return (qa, pa, na - slide), (qb - slide, pb - slide, nb + slide)


def _gap(quote: Words, passage: Words, before: Block, after: Block) -> Gap | None:
    q_end, p_end = before[0] + before[2], before[1] + before[2]
    dq, dp = after[0] - q_end, after[1] - p_end
    kind: GapKind | None = None
    if dq == 0 and dp > 0 and all(passage.skippable[p_end : after[1]]):
        kind = "insertion"
    elif dq == 0 and quote.ellipsis_before[after[0]]:
        kind = "ellipsis"
    elif max(dq, dp) <= _LOCAL_GAP and abs(dq - dp) <= _LOCAL_SKEW:
        kind = "local"
    elif (
        dq == 0
        and quote.sentence_before[after[0]]
        and passage.sentence_ends_before(p_end)
        and passage.sentence_ends_before(after[1])
    ):
        kind = "joined"
    return None if kind is None else Gap(kind, q_end, after[0], p_end, after[1])


@dataclass(frozen=True, slots=True)
class Comparison:
    """The quotation (pasted words ``q_start..q_end``) compared with its passage stretch."""

    q_start: int
    q_end: int
    p_start: int
    p_end: int
    equal: int
    near: int  # changed words that are typos of the source's
    compared: int  # passage words the quotation stands for (omissions not counted)
    differences: tuple[Difference, ...]
    joined: bool  # sentences of the passage joined without an ellipsis


def compare(quote: Words, passage: Words, chain: Chain, q_start: int, q_end: int) -> Comparison:
    """Differences between pasted words ``q_start..q_end`` and the passage, along ``chain``.

    Pasted words outside the chain but inside ``q_start..q_end`` are compared one for one with
    the passage words next to the chain (a changed first or last word)."""
    differences: list[Difference] = []
    equal = chain.matched
    near = 0
    compared = chain.matched
    joined = False
    p_start, p_end = chain.p_start, chain.p_end
    head = chain.q_start - q_start
    if head > 0:
        p_start = max(0, chain.p_start - head)
        e, n, diffs = _pairwise(quote, passage, q_start, chain.q_start, p_start, chain.p_start)
        equal, near, compared = equal + e, near + n, compared + (chain.p_start - p_start)
        differences.extend(diffs)
    for gap in chain.gaps:
        if gap.kind == "joined":
            joined = True
            source = passage.between(gap.p_start, gap.p_end)
            differences.append(
                Difference("missing", "", source, _at(passage, gap.p_start, gap.p_end), True)
            )
            continue
        if gap.kind != "local":
            continue
        kept = [i for i in range(gap.p_start, gap.p_end) if not passage.skippable[i]]
        compared += len(kept)
        if gap.q_end > gap.q_start and kept:
            e, n, diffs = _pairwise(quote, passage, gap.q_start, gap.q_end, kept[0], kept[-1] + 1)
            equal, near = equal + e, near + n
            differences.extend(diffs)
        elif gap.q_end > gap.q_start:
            extra = quote.between(gap.q_start, gap.q_end)
            point = _at(passage, gap.p_start, gap.p_start)
            differences.append(Difference("extra", extra, "", point))
        elif kept:
            source = passage.between(kept[0], kept[-1] + 1)
            differences.append(
                Difference("missing", "", source, _at(passage, kept[0], kept[-1] + 1))
            )
    tail = q_end - chain.q_end
    if tail > 0:
        p_end = min(len(passage.tokens), chain.p_end + tail)
        e, n, diffs = _pairwise(quote, passage, chain.q_end, q_end, chain.p_end, p_end)
        equal, near, compared = equal + e, near + n, compared + (p_end - chain.p_end)
        differences.extend(diffs)
    return Comparison(
        q_start, q_end, p_start, p_end, equal, near, compared, tuple(differences), joined
    )


def _pairwise(
    quote: Words, passage: Words, q_from: int, q_to: int, p_from: int, p_to: int
) -> tuple[int, int, list[Difference]]:
    """Compare two short runs of words: equal and typo words, and the differences."""
    q = quote.norms[q_from:q_to]
    p = passage.norms[p_from:p_to]
    equal = near = 0
    differences: list[Difference] = []
    for tag, a1, a2, b1, b2 in SequenceMatcher(None, q, p, autojunk=False).get_opcodes():
        if tag == "equal":
            equal += a2 - a1
            continue
        if tag == "replace" and a2 - a1 == b2 - b1:
            near += sum(
                1
                for i in range(a2 - a1)
                if len(q[a1 + i]) >= _MIN_TYPO_LETTERS
                and fuzz.ratio(q[a1 + i], p[b1 + i]) >= _TYPO_SIMILARITY
            )
        kind: DifferenceKind = {"replace": "changed", "delete": "extra", "insert": "missing"}[tag]  # type: ignore[assignment]
        differences.append(
            Difference(
                kind,
                quote.between(q_from + a1, q_from + a2),
                passage.between(p_from + b1, p_from + b2),
                _at(passage, p_from + b1, p_from + b2),
            )
        )
    return equal, near, differences


def _at(passage: Words, first: int, last: int) -> tuple[int, int]:
    """Character span of passage words ``first..last-1`` (empty: the point before ``first``)."""
    if last > first:
        return passage.tokens[first].start, passage.tokens[last - 1].end
    if first < len(passage.tokens):
        point = passage.tokens[first].start
    else:
        point = passage.tokens[-1].end if passage.tokens else 0
    return point, point


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start..end`` widened to the whole sentence(s) of ``text`` it stands in."""
    begin = 0
    for match in _SENTENCE_END_RE.finditer(text, 0, start):
        begin = match.end()
    while begin < start and (text[begin].isspace() or text[begin] in _OPENING):
        begin += 1
    found = _SENTENCE_END_RE.search(text, end)
    if found is None:
        return begin, len(text)
    return begin, found.start() if text[found.start()] == "\n" else found.end()


_OPENING = "\"'“‘«"


def difference_runs(
    text: str, differences: Iterable[Difference], start: int, end: int
) -> list[tuple[str, Difference | None, int, int]]:
    """``text[start:end]`` cut at the differences that stand in it, for marking them: each
    difference in order as ``(text before it, difference, first, last)`` where ``first:last``
    is its place in ``text``, then ``(the rest, None, end, end)``. A difference that starts
    inside the one before it is left out."""
    runs: list[tuple[str, Difference | None, int, int]] = []
    at = start
    placed = ((d, d.at) for d in differences if d.at and start <= d.at[0] <= end)
    for difference, (first, last) in sorted(placed, key=lambda pair: pair[1]):
        if first < at:
            continue
        runs.append((text[at:first], difference, first, last))
        at = max(at, last)
    runs.append((text[at:end], None, end, end))
    return runs
