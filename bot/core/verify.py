"""Check a pasted quotation against the corpus: exact, close (with the differences) or not found.

A claimed speaker is read from the usual ways of writing one ("— Lenin", "Stalin said: ...",
"(Lenin, 1919)", '"...," said Lenin') and checked against who really said the words.

"close" is decided word by word, not by a fuzzy ratio alone: at least 80 % of the quotation's
words must stand, in order, in one stretch of a passage that is itself at least 80 % made of
them, and most of them must match exactly (a typo counts as a near match). A quotation built
from the same vocabulary but saying something else fails these tests, so it is ``not_found``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from difflib import Match, SequenceMatcher
from typing import Literal

from rapidfuzz import fuzz

from bot.core.errors import UserFacingError
from bot.core.models import Passage
from bot.core.normalize import STOPWORDS, Token, normalize, tokens_with_offsets
from bot.core.search import Hit, SearchIndex
from bot.core.sic import corrected_text, sic_note, text_offset

SpeakerCheck = Callable[[str], bool]
Verdict = Literal["exact", "close", "not_found"]
Attribution = Literal["correct", "wrong", "unknown"]
DifferenceKind = Literal["changed", "missing", "extra"]

MIN_CLOSE_WORDS = 4
# Fewer words are found in too many passages to say who said them ("Lenin", "the worst").
MIN_QUOTE_WORDS = 3
CLOSE_SHARE = 0.8  # of the quotation's words found, and of the passage stretch they cover
EXACT_SHARE = 0.6  # of the quotation's words found exactly (the rest may be typos)
_TYPO_SIMILARITY = 80.0
_CANDIDATES = 8

_QUOTE_CHARS = "\"'“”‘’«»„‚ \t\r\n"
_ELLIPSIS_RE = re.compile(r"\[?(?:\.\s?\.\s?\.|…)\]?")
_NAME = (
    r"[A-Z\u00C0-\u024F][\w.'’\-]*(?:\s+(?:[A-Z\u00C0-\u024F][\w.'’\-]*|de|von|van|der|the|of))*"
)
_VERBS = (
    r"(?i:(?:once\s+|also\s+|famously\s+)?(?:said|says|wrote|writes|stated|states|declared|declares"
    r"|remarked|observed|noted|notes|argued|argues|put it|puts it|insisted|explained|told us))"
)
_LEADING_RE = re.compile(
    rf"^(?:[Aa]s\s+)?(?P<name>{_NAME})\s+{_VERBS}(?:\s+that)?\s*[:,]?\s*(?P<quote>.+)$",
    re.DOTALL,
)
_COLON_RE = re.compile(rf"^(?P<name>{_NAME})\s*:\s*(?P<quote>.+)$", re.DOTALL)
_DASH_RE = re.compile(
    r"^(?P<quote>.+?)(?:\s+[-~]|\s*[–—―]|\s*--)\s*(?P<name>[^\-–—―~\"“”]{2,120})$", re.DOTALL
)
_PAREN_RE = re.compile(r"^(?P<quote>.+?)\s*\((?P<name>[^()]{2,160})\)\s*\.?$", re.DOTALL)
_SAID_AFTER_RE = re.compile(
    rf"^(?P<quote>[\"“‘'].+?[\"”’'])\s*,?\s*{_VERBS}\s+(?P<name>{_NAME})\s*\.?$",
    re.DOTALL,
)
_DIFFERENCE_KINDS: dict[str, DifferenceKind] = {
    "replace": "changed",
    "delete": "extra",
    "insert": "missing",
}
_OPEN_QUOTE_RE = re.compile(r"[\"“„«]")
_CLOSE_QUOTE_RE = re.compile(r"[\"”»](?=[^\"”»]*$)")
_MAX_FRAME_WORDS = 12
_NAME_RE = re.compile(rf"(?<![\w'’])(?P<name>{_NAME})")
_NOT_NAMES = frozenset(
    (
        "A",
        "An",
        "The",
        "As",
        "In",
        "On",
        "At",
        "And",
        "But",
        "Then",
        "When",
        "Later",
        "Also",
        "According",
        "Someone",
        "Somebody",
        "He",
        "She",
        "They",
        "It",
        "This",
        "That",
        "One",
        "We",
        "I",
        "You",
        "Here",
        "There",
        "Who",
        "What",
        "Why",
        "How",
        "Once",
        "After",
        "Before",
    )
)
_BY_RE = re.compile(r"\bby\s+(?P<name>[^,;()]+)")
_TRAILING_YEAR_RE = re.compile(r"[\s,]*\(?\d{1,4}(?:\s*[-–]\s*\d{1,4})?\)?\.?\s*$")
_NAME_WORD_RE = re.compile(r"^(?:[A-Z\u00C0-\u024F][\w.'’\-]*|de|von|van|der|the|of)$")


@dataclass(frozen=True, slots=True)
class Claim:
    """A quotation as pasted, split into the quoted words and the speaker it names, if any."""

    text: str
    speaker_name: str | None


@dataclass(frozen=True, slots=True)
class Difference:
    """One word-level difference: ``changed`` words, words ``missing`` from the quotation
    (the passage has them), or ``extra`` words in the quotation (the passage has not)."""

    kind: DifferenceKind
    quoted: str
    source: str


@dataclass(frozen=True, slots=True)
class VerifyResult:
    verdict: Verdict
    passage: Passage | None  # the passage that says it (exact or close); None if not found
    claimed_speaker: str | None  # the speaker named with the quotation, as written
    claimed_speaker_id: str | None  # that name resolved to a speaker id, if it is one we know
    attribution: Attribution
    true_speaker: str | None  # speaker id of who really said it (exact or close)
    differences: tuple[Difference, ...]
    nearest: tuple[Hit, ...]  # for not_found: the nearest passages, explicitly not a match
    span: tuple[int, int] | None  # where in passage.text the quotation stands
    quote: str  # the quotation itself, without the claimed speaker
    continued: Passage | None = None  # exact across two passages: the one it runs on into
    note: str | None = None  # e.g. exact only with the source's misprint read as meant


def parse_claim(text: str, is_speaker: SpeakerCheck | None = None) -> Claim:
    """Split a pasted quotation from a claimed speaker written around it.

    ``is_speaker`` tells whether a name is a known speaker: a bare "Name: ..." prefix is only
    taken as a speaker when it is one ("Bureaucracy: a system..." is a definition, not a claim).
    """
    stripped = text.strip()
    match = _SAID_AFTER_RE.match(stripped)
    if match and _looks_like_name(match["name"]):
        return Claim(_unquote(match["quote"]), _clean_name(match["name"]))
    quoted = _quoted_claim(stripped, is_speaker)
    if quoted is not None:
        return quoted
    match = _LEADING_RE.match(stripped)
    if match and _looks_like_name(match["name"]):
        return Claim(_unquote(match["quote"]), _clean_name(match["name"]))
    match = _COLON_RE.match(stripped)
    if match and is_speaker is not None and is_speaker(match["name"]):
        return Claim(_unquote(match["quote"]), _clean_name(match["name"]))
    reference = _reference_claim(stripped)
    if reference is not None:
        return reference
    return Claim(_unquote(stripped), None)


def _reference_claim(text: str) -> Claim | None:
    """A quotation followed by "(Lenin, 1919)" or "— Lenin"."""
    for pattern in (_PAREN_RE, _DASH_RE):
        match = pattern.match(text)
        if match:
            name = _name_in_reference(match["name"])
            if name is not None:
                return Claim(_unquote(match["quote"]), name)
    return None


def _quoted_claim(text: str, is_speaker: SpeakerCheck | None) -> Claim | None:
    """A quotation in double quotes with a short lead-in or tail naming its speaker, e.g.
    'Stalin boasted: "..."', 'Trotsky, The Revolution Betrayed: "..."', '"..." — Lenin'."""
    opening = _OPEN_QUOTE_RE.search(text)
    closing = _CLOSE_QUOTE_RE.search(text)
    if opening is None or closing is None or closing.start() <= opening.end():
        return None
    quote = text[opening.end() : closing.start()]
    lead = text[: opening.start()].strip()
    tail = text[closing.end() :].strip()
    if len(lead.split()) > _MAX_FRAME_WORDS or len(tail.split()) > _MAX_FRAME_WORDS:
        return None
    if tail.strip(".,;:!? "):
        reference = _reference_claim(f'"{quote}" {tail}')
        if reference is not None:
            return Claim(quote.strip(), reference.speaker_name)
    names = [
        _clean_name(m["name"])
        for m in _NAME_RE.finditer(lead)
        if _clean_name(m["name"]) not in _NOT_NAMES and _looks_like_name(m["name"])
    ]
    if not names:
        return Claim(quote.strip(), None) if lead or tail else None
    known = [n for n in names if is_speaker is not None and is_speaker(n)]
    return Claim(quote.strip(), (known or names)[0])


def checked_claim(index: SearchIndex, text: str) -> Claim:
    """The claim in ``text``, or a ``UserFacingError`` when there is no quotation to check
    (quick: callers check before they start the slow part, or tell Discord to wait)."""
    claim = parse_claim(text, lambda name: index.resolve_speaker(name) is not None)
    words = len(tokens_with_offsets(claim.text))
    if not words:
        raise UserFacingError("Paste the words of the quotation to check.")
    if words < MIN_QUOTE_WORDS:
        raise UserFacingError(
            f"Paste at least {MIN_QUOTE_WORDS} words of the quotation: fewer are found in "
            "too many passages to say who said them."
        )
    return claim


def verify(index: SearchIndex, text: str, claimed_speaker: str | None = None) -> VerifyResult:
    """Verify ``text`` (optionally with a claimed speaker in it, or given separately)."""
    claim = checked_claim(index, text)
    speaker_name = claimed_speaker.strip() if claimed_speaker else claim.speaker_name
    quote = claim.text
    quote_tokens = tokens_with_offsets(quote)
    claimed_id = index.resolve_speaker(speaker_name) if speaker_name else None
    hits = index.search(quote, limit=_CANDIDATES)

    exact = _find_exact(index, quote, quote_tokens, hits)
    if exact is not None:
        passage, span, continued = exact
        result = _result("exact", passage, speaker_name, claimed_id, (), (), span, quote)
        return replace(result, continued=continued, note=sic_note(passage, quote, span))
    best: _Alignment | None = None
    for hit in hits:
        alignment = _align(quote, quote_tokens, hit.passage)
        if alignment.is_close and (best is None or alignment.quality > best.quality):
            best = alignment
    if best is not None:
        return _result(
            "close",
            best.passage,
            speaker_name,
            claimed_id,
            best.differences,
            (),
            best.span,
            quote,
        )
    return _result("not_found", None, speaker_name, claimed_id, (), tuple(hits[:3]), None, quote)


# ------------------------------------------------------------------------------ internals


def _result(
    verdict: Verdict,
    passage: Passage | None,
    speaker_name: str | None,
    claimed_id: str | None,
    differences: tuple[Difference, ...],
    nearest: tuple[Hit, ...],
    span: tuple[int, int] | None,
    quote: str,
) -> VerifyResult:
    attribution: Attribution = "unknown"
    if passage is not None and speaker_name:
        attribution = "correct" if claimed_id == passage.speaker else "wrong"
    return VerifyResult(
        verdict=verdict,
        passage=passage,
        claimed_speaker=speaker_name,
        claimed_speaker_id=claimed_id,
        attribution=attribution,
        true_speaker=passage.speaker if passage is not None else None,
        differences=differences,
        nearest=nearest,
        span=span,
        quote=quote,
    )


def _segments(quote: str, tokens: list[Token]) -> list[list[str]]:
    """The quotation's words split where it marks an omission ("...", "…", "[...]")."""
    cuts = [m.start() for m in _ELLIPSIS_RE.finditer(quote)]
    segments: list[list[str]] = [[] for _ in range(len(cuts) + 1)]
    for token in tokens:
        segments[sum(1 for c in cuts if c < token.start)].append(token.norm)
    return [s for s in segments if s]


def _find_exact(
    index: SearchIndex, quote: str, tokens: list[Token], hits: list[Hit]
) -> tuple[Passage, tuple[int, int], Passage | None] | None:
    segments = _segments(quote, tokens)
    found: list[tuple[int, Passage, tuple[int, int]]] = []
    for hit in hits:
        readings = [(hit.passage.text, index.normalized_text(hit.passage))]
        if hit.passage.sic:  # the source's misprints ("invincib1e") read as meant
            corrected = corrected_text(hit.passage)
            readings.append((corrected, normalize(corrected)))
        for text, normalized in readings:
            if not all(" ".join(s) in normalized for s in segments):
                continue
            passage_tokens = tokens_with_offsets(text)
            passage_words = [t.norm for t in passage_tokens]
            word_span = _contains_in_order(passage_words, segments)
            if word_span is None:
                continue
            first, last = word_span
            span = (
                text_offset(hit.passage, passage_tokens[first].start),
                text_offset(hit.passage, passage_tokens[last].end),
            )
            found.append((len(passage_words), hit.passage, span))
            break
    if not found:
        return _find_across(index, segments, hits)
    found.sort(key=lambda item: item[0])  # the most specific passage: a quote inside a quote
    return found[0][1], found[0][2], None


def _find_across(
    index: SearchIndex, segments: list[list[str]], hits: list[Hit]
) -> tuple[Passage, tuple[int, int], Passage] | None:
    """A quotation running on from one passage into the next of the same speaker (a long
    quotation the corpus keeps as one passage per paragraph)."""
    tried: set[str] = set()
    for hit in hits:
        for before, after in (
            (index.preceding(hit.passage), hit.passage),
            (hit.passage, index.following(hit.passage)),
        ):
            if before is None or after is None or before.speaker != after.speaker:
                continue
            if before.id in tried:
                continue
            tried.add(before.id)
            head = tokens_with_offsets(before.text)
            tail = tokens_with_offsets(after.text)
            combined = [t.norm for t in head] + [t.norm for t in tail]
            word_span = _contains_in_order(combined, segments)
            if word_span is None or word_span[0] >= len(head) or word_span[1] < len(head):
                continue
            return before, (head[word_span[0]].start, len(before.text)), after
    return None


def _contains_in_order(haystack: list[str], segments: list[list[str]]) -> tuple[int, int] | None:
    """Word indices (first, last) of ``segments`` found one after another in ``haystack``."""
    position = 0
    first = -1
    last = -1
    for segment in segments:
        at = _find_words(haystack, segment, position)
        if at < 0:
            return None
        if first < 0:
            first = at
        last = at + len(segment) - 1
        position = at + len(segment)
    return first, last


def _find_words(haystack: list[str], needle: list[str], start: int) -> int:
    size = len(needle)
    head = needle[0]
    for at in range(start, len(haystack) - size + 1):
        if haystack[at] == head and haystack[at : at + size] == needle:
            return at
    return -1


@dataclass(frozen=True, slots=True)
class _Alignment:
    passage: Passage
    is_close: bool
    quality: float
    differences: tuple[Difference, ...]
    span: tuple[int, int] | None


def _align(quote: str, quote_tokens: list[Token], passage: Passage) -> _Alignment:
    """Align the quotation word by word with its best stretch of ``passage``."""
    passage_tokens = tokens_with_offsets(passage.text)
    q = [t.norm for t in quote_tokens]
    p = [t.norm for t in passage_tokens]
    matcher = SequenceMatcher(None, q, p, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return _Alignment(passage, False, 0.0, (), None)
    lo, hi = _densest_window(blocks, len(q))
    lo, hi = max(0, lo - 3), min(len(p), hi + 3)
    # Words of the passage before the first or after the last quoted word are not differences.
    while True:
        window = p[lo:hi]
        ops = SequenceMatcher(None, q, window, autojunk=False).get_opcodes()
        head, tail = ops[0], ops[-1]
        if head[0] in ("insert", "replace") and head[4] - head[3] > head[2] - head[1]:
            lo += (head[4] - head[3]) - (head[2] - head[1])
        elif tail[0] in ("insert", "replace") and tail[4] - tail[3] > tail[2] - tail[1]:
            hi -= (tail[4] - tail[3]) - (tail[2] - tail[1])
        else:
            break
    equal = near = 0
    differences: list[Difference] = []
    for tag, a1, a2, b1, b2 in ops:
        if tag == "equal":
            equal += a2 - a1
            continue
        if tag == "replace" and a2 - a1 == b2 - b1:
            near += sum(
                1
                for i in range(a2 - a1)
                if len(q[a1 + i]) >= 4 and fuzz.ratio(q[a1 + i], window[b1 + i]) >= _TYPO_SIMILARITY
            )
        kind = _DIFFERENCE_KINDS[tag]
        differences.append(
            Difference(
                kind=kind,
                quoted=_words_text(quote, quote_tokens[a1:a2]),
                source=_words_text(passage.text, passage_tokens[lo + b1 : lo + b2]),
            )
        )
    n = len(q)
    matched = equal + near
    content = [w for w in q if w not in STOPWORDS]
    window_set = set(window)
    content_found = sum(1 for w in content if w in window_set)
    is_close = (
        n >= MIN_CLOSE_WORDS
        and matched >= CLOSE_SHARE * n
        and matched >= CLOSE_SHARE * max(1, len(window))
        and equal >= EXACT_SHARE * n
        and (not content or content_found + near >= CLOSE_SHARE * len(content))
    )
    span = (passage_tokens[lo].start, passage_tokens[hi - 1].end) if hi > lo else None
    quality = matched / max(n, len(window), 1)
    return _Alignment(passage, is_close, quality, tuple(differences), span)


def _densest_window(blocks: list[Match], quote_length: int) -> tuple[int, int]:
    """The passage stretch around the matching blocks that best covers the quotation."""
    best = (0, 0)
    best_size = -1
    for i, first in enumerate(blocks):
        start = first.b
        covered = 0
        end = start
        for block in blocks[i:]:
            b_start, size = block.b, block.size
            if b_start + size - start > 2 * quote_length:
                break
            covered += size
            end = b_start + size
        if covered > best_size:
            best, best_size = (start, end), covered
    return best


def _words_text(text: str, tokens: list[Token]) -> str:
    if not tokens:
        return ""
    return text[tokens[0].start : tokens[-1].end]


def _unquote(text: str) -> str:
    return text.strip().strip(_QUOTE_CHARS).strip()


def _clean_name(name: str) -> str:
    return name.strip().rstrip(",.:;").strip()


def _name_in_reference(reference: str) -> str | None:
    """The person named in a reference such as "Lenin, 1919" or "Speech ... by JV Stalin"."""
    by = _BY_RE.search(reference)
    candidate = by["name"] if by else re.split(r"[,;]", reference, maxsplit=1)[0]
    candidate = _clean_name(_TRAILING_YEAR_RE.sub("", candidate))
    return candidate if _looks_like_name(candidate) else None


def _looks_like_name(name: str) -> bool:
    parts = _clean_name(name).split()
    return 0 < len(parts) <= 5 and all(_NAME_WORD_RE.match(p) for p in parts)
