"""Check a pasted quotation against the corpus: exact, close (with the differences) or not found,
and whether the speaker the member names with it is the one who said it.

The quotation is told from its frame by alignment, not by patterns: the pasted text is aligned
word by word with candidate passages (``bot.core.alignment``); the words that stand in a passage
are the quotation, and what they leave over before and after ("According to Lenin,", "Stalin
joked that", "— Mao, 1957") is the frame, where ``bot.core.claims`` reads the claimed speaker.
Leftover words are only frame when they name someone or are cut off from the quotation by a
colon, a dash, a bracket or quote marks; otherwise they are quoted words that differ.

"close" is decided word by word: at least ``CLOSE_SHARE`` of the quotation's words must stand,
in order, in one stretch of a passage that is itself at least that share made of them, most of
them exactly (a typo counts as a near match). Sentences of one passage joined without an
ellipsis are close; words left out at an ellipsis, or the essay author's bracketed insertion
left out, are exact. An insertion quoted on its own is the essay author's words.

Words that stand inside a nested passage (a quote inside a quote) are its speaker's: the frame
never pulls a match into the passage that quotes them, and only a paste that also takes in the
outer speaker's own words is the outer speaker's, with the verdict naming whom they quote.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Literal

from bot.core.alignment import (
    Chain,
    Comparison,
    Difference,
    Gap,
    Words,
    align,
    compare,
    sentence_span,
)
from bot.core.claims import REPORTING_VERBS, NamedSpeaker, SpeakerNames, is_framing_word
from bot.core.errors import UserFacingError
from bot.core.insertions import insertion_owner
from bot.core.models import Corpus, Passage
from bot.core.normalize import STOPWORDS, tokens_with_offsets
from bot.core.search import Hit, SearchIndex
from bot.core.sic import corrected_text, sic_note, text_offset

__all__ = [
    "Difference",
    "Severity",
    "Summary",
    "VerifyResult",
    "checked_claim",
    "marked_text",
    "speaker_phrase",
    "summary",
    "verify",
]

Verdict = Literal["exact", "close", "not_found"]
Attribution = Literal["correct", "wrong", "unknown"]
Severity = Literal["good", "warning", "bad"]
Insertion = Literal["none", "only", "included", "left_out"]

MIN_CLOSE_WORDS = 4
# Fewer words are found in too many passages to say who said them ("Lenin", "the worst").
MIN_QUOTE_WORDS = 3
CLOSE_SHARE = 0.75  # of the quotation's words found, and of the passage stretch they cover
EXACT_SHARE = 0.6  # of the quotation's words found exactly (the rest may be typos)
CONTENT_SHARE = 0.6  # of its words other than stopwords found in that stretch
_CANDIDATES = 8
_EDGE_RUN = 3  # words matched at an end of the quotation, apart from the rest
_LEAD_IN_GAP = 6  # quoted words, changed, between a lead-in and the words matched after it
_MAX_FRAME_WORDS = 16  # a frame naming someone ("Lenin told the ninth congress in 1920:")
_MAX_UNNAMED_FRAME_WORDS = 4  # a frame naming no one ("He said:", "(1919)")
_FRAME_CUT_AFTER = re.compile(r"[:—–(\[\"“”«»]|\s-+\s*$|^\s*-+\s")
_TAIL_CUTS = "—–-(,;:.!?\"”'’)[/~"
_UNNAMED_TAIL_CUTS = "—–-~([\"”'’/"
# Words that end a lead-in ("Stalin once said", "as Lenin wrote that", "his famous line that").
_REPORTING = REPORTING_VERBS | frozenset(
    [
        "admitted",
        "argues",
        "asserted",
        "asserts",
        "believed",
        "believes",
        "claims",
        "complained",
        "conceded",
        "concluded",
        "declares",
        "emphasised",
        "emphasized",
        "explains",
        "goes",
        "heard",
        "insists",
        "lamented",
        "line",
        "lines",
        "maintained",
        "mentioned",
        "notes",
        "observes",
        "predicted",
        "quote",
        "quoted",
        "read",
        "recalled",
        "reminded",
        "reminds",
        "say",
        "saying",
        "states",
        "suggested",
        "taught",
        "teaches",
        "tells",
        "warns",
        "went",
        "words",
        "write",
        "writing",
    ]
)
# Words that report a quotation just after it (", said Stalin", "— as I remember him telling").
_REPORTING_AFTER = REPORTING_VERBS | frozenset(
    ["put", "quoting", "recall", "recalls", "remember", "speaking", "telling", "writing"]
)
_OPEN_QUOTES = '"“„«'
_CLOSE_QUOTES = '"”»'


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
    quote: str  # the quotation itself, without its frame
    continued: Passage | None = None  # exact across two passages: the one it runs on into
    sentences: tuple[int, int] | None = None  # the passage's sentence(s) the quotation is in
    joined: bool = False  # sentences of the passage pasted together without an ellipsis
    insertion: Insertion = "none"  # how the essay author's bracketed note stands in it
    note: str | None = None  # e.g. exact only with the source's misprint read as meant
    # Speaker ids of passages nested in ``passage`` (a quote inside the quote) whose words the
    # quotation takes in along with the speaker's own: theirs, only relayed by the speaker.
    quoting: tuple[str, ...] = ()
    # The member's own words set aside as their framing (the lead-in, the tail), in order: not
    # checked, and shown with the verdict so that nothing pasted vanishes unseen.
    framing: tuple[str, ...] = ()
    # The earlier claims of a joined report ("Stalin said A and that B": A), each checked
    # against its own passage; this result is the last one's (B's).
    parts: tuple[VerifyResult, ...] = ()
    # A joined report whose first claim (A) is found nowhere: its words, the member's own,
    # counted as added to B; the headline says so, never "right speaker" for the whole.
    unfound_part: str | None = None
    unfound_first: bool = True  # the part found nowhere is A (else B: this result is A's)


@dataclass(frozen=True, slots=True)
class Summary:
    """The one verdict a member reads: headline and how good or bad it is (for its colour)."""

    headline: str
    severity: Severity


def checked_claim(index: SearchIndex, text: str) -> str:
    """``text`` if it has a quotation to check, else a ``UserFacingError`` (quick: callers
    check before they start the slow part, or tell Discord to wait)."""
    quoted = _quoted_stretch(text)
    words = len(tokens_with_offsets(text[quoted[0] : quoted[1]] if quoted else _uncut(text)))
    if not words:
        raise UserFacingError("Paste the words of the quotation to check.")
    if words < MIN_QUOTE_WORDS:
        raise UserFacingError(
            f"Paste at least {MIN_QUOTE_WORDS} words of the quotation: fewer are found in "
            "too many passages to say who said them."
        )
    return text


def _uncut(text: str) -> str:
    """``text`` without a short lead-in before a colon or a short tail after a dash or an
    opening bracket ("Stalin said: x y"): a quick first guess, before any alignment."""
    short = _MAX_UNNAMED_FRAME_WORDS + 1
    head, colon, rest = text.partition(":")
    if colon and tokens_with_offsets(rest) and len(tokens_with_offsets(head)) <= short:
        text = rest
    for cut in ("—", "–", " - ", "("):
        before, found, after = text.rpartition(cut)
        if found and tokens_with_offsets(before) and len(tokens_with_offsets(after)) <= short:
            text = before
    return text


def verify(index: SearchIndex, text: str, claimed_speaker: str | None = None) -> VerifyResult:
    """Verify ``text``: a quotation, with a claimed speaker in its frame or given separately.

    A claim that joins two reports ("Stalin said A and that B") is checked part by part, each
    against its own best passage: a part found is shown with its own source; words of a part
    found nowhere are the member's words added before the other part."""
    checked_claim(index, text)
    whole, pasted, parts, framed = _verify(index, text, claimed_speaker)
    # Checked part by part: a quotation found whole that joins two reports, unless found
    # exact; and a part A read as the member's framing ("Hale said A and that B", B found
    # verbatim in a passage that quotes it: "… wrote that ‘B’"), which is a claim too and is
    # never set aside unchecked.
    if parts is None or (whole.verdict == "exact" and not framed):
        return whole
    return _by_parts(index, text, claimed_speaker, pasted, parts) or whole


def _verify(
    index: SearchIndex, text: str, claimed_speaker: str | None
) -> tuple[VerifyResult, Words, tuple[int, int, int] | None, bool]:
    """The verdict on ``text`` as one quotation, its words, where the parts of a joined
    report start (see ``_joined_parts``) if the quotation found is one or ends one, and
    whether its first part stands before the quotation found (``_joined_before``)."""
    names = _names(index)
    pasted = Words.of(text, tokens_with_offsets(text))
    quoted = _quoted_stretch(text)
    query = text[quoted[0] : quoted[1]] if quoted else text
    hits = index.search(query, limit=_CANDIDATES, by_meaning=False)  # its words, not sense
    best: _Match | None = None
    for hit in hits:
        match = _match(names, pasted, quoted, hit.passage)
        if match is not None and (best is None or match.rank > best.rank):
            best = match
    quoting: tuple[str, ...] = ()
    parts = None
    framed = False
    if best is not None:
        q_start = best.comparison.q_start
        parts = _joined_parts(pasted.norms, q_start, best.comparison.q_end)
        if parts is None:
            parts = _joined_before(pasted.norms, q_start)
            framed = parts is not None
        if parts is None and best.verdict == "not_found":
            parts = _joined_parts(pasted.norms, 0, len(pasted.norms), anywhere=True)
    if best is not None and best.verdict != "not_found":
        best = _outermost_spanned(index, names, pasted, quoted, best)
        best, quoting = _innermost(index, names, pasted, quoted, best)
    named = _claimed(names, claimed_speaker, best, pasted, quoted)
    if best is not None and best.verdict == "exact":
        return _result(index, best, named, quoting), pasted, parts, framed
    across = _exact_across(index, pasted, best, quoted, hits)
    if across is not None:
        return _with_claim(across, named), pasted, parts, framed
    if best is not None and best.verdict == "close":
        return _result(index, best, named, quoting), pasted, parts, framed
    quote = _quote_text(pasted, quoted)
    at = pasted.text.find(quote)
    return (
        VerifyResult(
            framing=_framing(pasted.text[:at], pasted.text[at + len(quote) :]) if at >= 0 else (),
            verdict="not_found",
            passage=None,
            claimed_speaker=named.written if named else None,
            claimed_speaker_id=named.speaker_id if named else None,
            attribution="unknown",
            true_speaker=None,
            differences=(),
            nearest=tuple(hits[:3]),
            span=None,
            quote=quote,
        ),
        pasted,
        parts,
        framed,
    )


def _by_parts(
    index: SearchIndex,
    text: str,
    claimed_speaker: str | None,
    pasted: Words,
    parts: tuple[int, int, int],
) -> VerifyResult | None:
    """ "Stalin said A and that B" checked as two claims under the same lead-in, B against its
    own passage and A against its own: A found is kept as a part with its own source; A
    found nowhere is the member's words added before B, never aligned against whatever
    words stand before B in its passage; B found nowhere (A found) is the member's words
    added after A. ``None``: neither part is found alone."""
    start, joiner, first = parts
    tokens = pasted.tokens
    lead = text[: tokens[start].start]
    claimed_first = text[tokens[start].start : tokens[joiner - 1].end]
    joining = text[tokens[joiner].start : tokens[first].start]
    second, _, _, _ = _verify(index, lead + text[tokens[first].start :], claimed_speaker)
    found = None
    if joiner - start >= MIN_QUOTE_WORDS:
        found, _, _, _ = _verify(index, lead + claimed_first, claimed_speaker)
    if second.passage is None or second.span is None:
        if found is None or found.passage is None or found.span is None:
            return None
        claimed_second = text[tokens[first].start : tokens[-1].end]
        return _second_part_unfound(found, lead, joining, claimed_second)
    head = _framing(f"{lead.rstrip()} … {joining.strip()}", "")
    tail = second.framing[1:] if _framing(lead, "") else second.framing
    whole = replace(
        second,
        quote=f"{claimed_first} {joining.strip()} {second.quote}",
        framing=head + tail,
    )
    if found is not None and found.passage is not None:
        return replace(whole, parts=(found,))
    at = (second.span[0], second.span[0])
    added = Difference("extra", claimed_first, "", at)
    return replace(
        whole,
        verdict="close",
        differences=tuple(sorted((added, *second.differences), key=lambda d: d.at or at)),
        note=None,
        unfound_part=claimed_first,
    )


def _second_part_unfound(
    found: VerifyResult, lead: str, joining: str, claimed_second: str
) -> VerifyResult:
    """ "X said A and that B" with A found and B found nowhere: A's verdict, B's words the
    member's own added after it (never "right speaker" for the whole)."""
    assert found.span is not None
    at = (found.span[1], found.span[1])
    added = Difference("extra", claimed_second, "", at)
    return replace(
        found,
        verdict="close",
        quote=f"{found.quote} {joining.strip()} {claimed_second}",
        framing=_framing(lead, ""),
        differences=tuple(sorted((*found.differences, added), key=lambda d: d.at or at)),
        note=None,
        unfound_part=claimed_second,
        unfound_first=False,
    )


def summary(corpus: Corpus, result: VerifyResult, written: Callable[[str], str] = str) -> Summary:
    """The headline combining text and attribution; its severity follows the worst part.

    ``written`` renders the member's own words (the claimed name) safely for the medium."""
    if result.passage is None or result.true_speaker is None:
        return Summary("Not in the corpus", "bad")
    if result.parts:  # the verdict of the part that is worst: a wrong speaker, then changes
        checked = [replace(part, parts=()) for part in (*result.parts, result)]
        worst = min(checked, key=lambda p: (p.attribution != "wrong", p.verdict != "close"))
        return summary(corpus, worst, written)
    if result.unfound_part is not None:  # "X said A and that B", A or B found nowhere
        missing, other = ("First", "second") if result.unfound_first else ("Second", "first")
        return Summary(
            f"{missing} part not in the corpus; {other} part: "
            + _lowered(summary(corpus, _found_part(result), written).headline),
            "bad",
        )
    true_name = speaker_phrase(corpus, result.true_speaker)
    if result.quoting:
        quoted = " and ".join(dict.fromkeys(speaker_phrase(corpus, s) for s in result.quoting))
        true_name = f"{true_name} (quoting {quoted})"
    claimed = written(result.claimed_speaker) if result.claimed_speaker else None
    if result.verdict == "exact":
        if result.attribution == "wrong":
            return Summary(f"Real words, wrong speaker: {true_name}, not {claimed}", "bad")
        if result.attribution == "correct":
            return Summary(f"Real quotation, right speaker: {true_name}", "good")
        return Summary(f"Real quotation: the words of {true_name}", "good")
    if result.joined:
        change = "sentences joined without “…”"
        if _changed_words(result.differences):
            change += f", {_words_differ(result.differences)}"
    else:
        change = _words_differ(result.differences)
    if result.attribution == "wrong":
        return Summary(
            f"Close to a real quotation ({change}), wrong speaker: {true_name}, not {claimed}",
            "bad",
        )
    if result.attribution == "correct":
        return Summary(
            f"Close to a real quotation ({change}), right speaker: {true_name}", "warning"
        )
    return Summary(f"Close to a real quotation ({change}): the words of {true_name}", "warning")


def _found_part(result: VerifyResult) -> VerifyResult:
    """The verdict on B alone of a joined report whose part A is found nowhere."""
    own = tuple(
        d
        for d in result.differences
        if not (d.kind == "extra" and d.quoted == result.unfound_part and not d.source)
    )
    verdict: Verdict = "close" if own or result.joined else "exact"
    return replace(result, unfound_part=None, unfound_first=True, differences=own, verdict=verdict)


def _lowered(headline: str) -> str:
    """A headline continuing another ("…; second part: real quotation, …")."""
    return headline[:1].lower() + headline[1:]


def speaker_phrase(corpus: Corpus, speaker_id: str) -> str:
    """A speaker as a verdict names them: the name, or for a speaker the essay does not name,
    the essay's description in quote marks, said to be one (“one keeper's wife” (the essay
    does not name them)), so it never reads as a name."""
    speaker = corpus.speakers.get(speaker_id)
    if speaker is None or not speaker.unnamed:
        return corpus.speaker_name(speaker_id)
    return f"“{speaker.name}” (the essay does not name them)"


def marked_text(result: VerifyResult) -> str:
    """The passage's sentence(s) the quotation stands in, as plain text with the changes
    marked the way word diffs mark them: ``[-your words-]{+the source's+}``."""
    if result.passage is None:
        return ""
    text = result.passage.text
    start, end = result.sentences or result.span or (0, len(text))
    if result.insertion == "only" and result.span:
        start, end = result.span
    pieces: list[str] = []
    at = start
    for difference in sorted(
        (d for d in result.differences if d.at and start <= d.at[0] <= end),
        key=lambda d: d.at or (0, 0),
    ):
        first, last = difference.at or (at, at)
        if first < at:
            continue
        pieces.append(text[at:first])
        if difference.quoted:
            pieces.append(f"[-{difference.quoted}-]")
        if difference.source:
            pieces.append(f"{{+{text[first:last]}+}}")
        elif text[first : first + 1].isalnum():
            pieces.append(" ")  # the member's extra words, apart from the source's next word
        elif text[first - 1 : first].isalnum():
            pieces.insert(-1, " ")  # at a full stop: "gardeners [-forever-]."
        at = max(at, last)
    pieces.append(text[at:end])
    return "".join(pieces).strip()


# ------------------------------------------------------------------------------ internals


@dataclass(frozen=True, slots=True)
class _Match:
    passage: Passage
    verdict: Verdict
    comparison: Comparison
    head: str  # frame before the quotation ("" if none)
    tail: str  # frame after it
    quality: float
    words: Words  # the passage's words as read (its misprints maybe corrected)
    quote: str  # the pasted words that are the quotation
    to_text: Callable[[int], int]  # offsets in words.text -> offsets in passage.text
    chain: Chain  # the pasted words' runs that stand in the passage

    @property
    def rank(self) -> tuple[int, float, int]:
        level = {"exact": 2, "close": 1, "not_found": 0}[self.verdict]
        # Among exact matches the most specific passage wins: a quote inside a quote.
        return level, self.quality, -len(self.passage.text)


# What verify derives from a corpus (its speakers' names, which passages nest in which), kept
# while that corpus lives and no longer: a server's view, while ``Libraries`` keeps it cached
# (within its bounds of views and passages), verifies without deriving them again, however
# many servers verify in turn; a view evicted takes them with it.
_NAMES: weakref.WeakKeyDictionary[Corpus, SpeakerNames] = weakref.WeakKeyDictionary()


def _names(index: SearchIndex) -> SpeakerNames:
    names = _NAMES.get(index.corpus)
    if names is None:
        names = _NAMES[index.corpus] = SpeakerNames(index.corpus)
    return names


# How far along its source a passage's nested passages (or those around it) are looked for: a
# speech reports a dozen voices and replies; a bound keeps verify quick on any corpus.
_NESTED_SCAN = 64


@dataclass(frozen=True, slots=True)
class _Nesting:
    """Passages by source in source order, to find which stand inside which: the quotes a
    passage quotes ("Lenin was right when he said: ‘…’"), the voices and replies it reports."""

    ordered: dict[str, list[Passage]]  # source id -> its passages by (start, longest first)
    position: dict[str, int]  # passage id -> its place in its source's list

    def inside(self, outer: Passage) -> list[Passage]:
        """The passages nested in ``outer``."""
        passages = self.ordered.get(outer.source, [])
        at = self.position.get(outer.id, len(passages))
        found = []
        for inner in passages[at + 1 : at + 1 + _NESTED_SCAN]:
            if inner.start >= outer.end:
                break
            if inner.end <= outer.end and (inner.start, inner.end) != (outer.start, outer.end):
                found.append(inner)
        return found

    def around(self, inner: Passage) -> list[Passage]:
        """The passages ``inner`` is nested in, the closest first."""
        passages = self.ordered.get(inner.source, [])
        at = self.position.get(inner.id, 0)
        found = [
            outer
            for outer in passages[max(0, at - _NESTED_SCAN) : at]
            if outer.end >= inner.end and (outer.start, outer.end) != (inner.start, inner.end)
        ]
        return sorted(found, key=lambda p: p.end - p.start)


_NESTINGS: weakref.WeakKeyDictionary[Corpus, _Nesting] = weakref.WeakKeyDictionary()


def _nesting(corpus: Corpus) -> _Nesting:
    nesting = _NESTINGS.get(corpus)
    if nesting is None:
        ordered: dict[str, list[Passage]] = {}
        for passage in corpus.passages:
            ordered.setdefault(passage.source, []).append(passage)
        position: dict[str, int] = {}
        for passages in ordered.values():
            passages.sort(key=lambda p: (p.start, -p.end))
            position.update((p.id, i) for i, p in enumerate(passages))
        nesting = _NESTINGS[corpus] = _Nesting(ordered, position)
    return nesting


def _outermost_spanned(
    index: SearchIndex,
    names: SpeakerNames,
    pasted: Words,
    quoted: tuple[int, int] | None,
    match: _Match,
) -> _Match:
    """The match moved out into a passage that quotes its passage, when the pasted words take
    in a run of that passage's own words as well ("… influence on our organisations. Lenin was
    right when he said: ‘We must realise …"): those words are not a frame around the inner
    quotation but the outer speaker's, and the verdict must say so."""
    nesting = _nesting(index.corpus)
    climbed = True
    while climbed:
        climbed = False
        for parent in nesting.around(match.passage):
            outer = _match(names, pasted, quoted, parent)
            if outer is None or outer.verdict == "not_found":
                continue
            span = _span_in(outer, match.passage)
            if span is not None and _own_run(outer, span) >= MIN_CLOSE_WORDS:
                match, climbed = outer, True
                break
    return match


def _matched_runs(match: _Match) -> list[range]:
    """The passage words the pasted words stand for, run by run."""
    return [
        range(p, p + size)
        for _, p, size in match.chain.blocks
        if p + size > match.comparison.p_start and p < match.comparison.p_end
    ]


def _own_run(match: _Match, span: tuple[int, int]) -> int:
    """The longest run of matched words outside the nested passage at word ``span``."""
    return max((_longest_outside(run, span) for run in _matched_runs(match)), default=0)


def _innermost(
    index: SearchIndex,
    names: SpeakerNames,
    pasted: Words,
    quoted: tuple[int, int] | None,
    match: _Match,
) -> tuple[_Match, tuple[str, ...]]:
    """The match moved into the innermost nested passage its words stand in.

    Words matched inside a nested passage's span are that passage's speaker's, not the outer
    speaker's: the outer passage keeps the match only when the quotation also takes in a run of
    the outer speaker's own words (at least ``MIN_CLOSE_WORDS`` in a row). Scattered words that
    align outside ("Lenin … said" against "Lenin was right when he said: ‘…"; "He :" before a
    reply) are the member's frame and never pull the match out. When the outer passage keeps
    it, the nested speakers it takes in are returned, so the verdict names them."""
    nesting = _nesting(index.corpus)
    quoting: list[str] = []
    seen: set[str] = set()
    while match.passage.id not in seen:
        seen.add(match.passage.id)
        children = nesting.inside(match.passage)
        matched = _matched_runs(match)
        inside: list[tuple[int, int, Passage]] = []  # (words covered, own run, passage)
        for child in children:
            span = _span_in(match, child)
            if span is None:
                continue
            covered = sum(1 for run in matched for i in run if span[0] <= i < span[1])
            if covered:
                inside.append((covered, _own_run(match, span), child))
        if not inside:
            break
        _, own_run, child = max(inside, key=lambda found: found[0])
        if own_run >= MIN_CLOSE_WORDS:
            quoting.extend(found[2].speaker for found in inside)
            break
        inner = _match(names, pasted, quoted, child)
        if inner is None or inner.verdict == "not_found":
            quoting.append(child.speaker)
            break
        match = inner
    return match, tuple(dict.fromkeys(quoting))


def _span_in(match: _Match, child: Passage) -> tuple[int, int] | None:
    """The word span of nested passage ``child`` among the outer match's passage words (the
    occurrence nearest to where the source puts it)."""
    wanted = [t.norm for t in tokens_with_offsets(child.text)]
    norms = match.words.norms
    if not wanted:
        return None
    expected = child.start - match.passage.start
    best: tuple[int, int] | None = None
    distance = 0
    for at in range(len(norms) - len(wanted) + 1):
        if norms[at] == wanted[0] and norms[at : at + len(wanted)] == wanted:
            gap = abs(match.to_text(match.words.tokens[at].start) - expected)
            if best is None or gap < distance:
                best, distance = (at, at + len(wanted)), gap
    return best


def _longest_outside(run: range, span: tuple[int, int]) -> int:
    """The longest stretch of ``run`` outside ``span``."""
    before = max(0, min(run.stop, span[0]) - run.start)
    after = max(0, run.stop - max(run.start, span[1]))
    return max(before, after)


def _quoted_stretch(text: str) -> tuple[int, int] | None:
    """Character span inside the outermost double quote marks, if the text has a pair."""
    opening = next((i for i, c in enumerate(text) if c in _OPEN_QUOTES), -1)
    closing = next((i for i in range(len(text) - 1, -1, -1) if text[i] in _CLOSE_QUOTES), -1)
    if opening < 0 or closing <= opening:
        return None
    return opening + 1, closing


def _match(
    names: SpeakerNames,
    pasted: Words,
    quoted: tuple[int, int] | None,
    passage: Passage,
) -> _Match | None:
    # The source's misprints ("invincib1e") are also read as the spelling meant.
    texts: list[tuple[str, Callable[[int], int]]] = [(passage.text, _same)]
    if passage.sic:
        texts.append((corrected_text(passage), partial(text_offset, passage)))
    found: list[_Match] = []
    for text, to_text in texts:
        words = (
            _passage_words(text, passage.insertions)
            if to_text is _same
            else Words.of(text, tokens_with_offsets(text), passage.insertions, to_text)
        )
        chain = align(pasted, words)
        if chain is not None:
            found.extend(
                _judge(names, pasted, quoted, passage, words, c, to_text) for c in _readings(chain)
            )
    return max(found, key=lambda m: m.rank) if found else None


def _same(offset: int) -> int:
    return offset


@lru_cache(maxsize=256)
def _passage_words(text: str, insertions: tuple[tuple[int, int], ...]) -> Words:
    """A passage's words, read once for every quotation checked against it (never changed)."""
    return Words.of(text, tokens_with_offsets(text), insertions)


def _readings(chain: Chain) -> list[Chain]:
    """``chain``, and the same without a short run of words at either end that stands apart
    from the rest ("... told the society that | A committee ..." against a passage with "the
    society" in it): those words may be the frame, and the reading that explains the paste
    best wins. A run joined to the rest by a word-for-word change ("The death of | Stalin |
    brought ...") is the quotation's own."""
    first_apart = _apart(chain.blocks[0], chain.gaps[0]) if chain.gaps else False
    last_apart = _apart(chain.blocks[-1], chain.gaps[-1]) if chain.gaps else False
    readings = [chain]
    if first_apart:
        readings.append(Chain(chain.blocks[1:], chain.gaps[1:]))
    if last_apart:
        readings.append(Chain(chain.blocks[:-1], chain.gaps[:-1]))
    if first_apart and last_apart and len(chain.blocks) > 2:
        readings.append(Chain(chain.blocks[1:-1], chain.gaps[1:-1]))
    return readings


def _apart(block: tuple[int, int, int], gap: Gap) -> bool:
    q_words, p_words = gap.q_end - gap.q_start, gap.p_end - gap.p_start
    return block[2] <= _EDGE_RUN and gap.kind == "local" and q_words != p_words


def _judge(
    names: SpeakerNames,
    pasted: Words,
    quoted: tuple[int, int] | None,
    passage: Passage,
    words: Words,
    chain: Chain,
    to_text: Callable[[int], int],
) -> _Match:
    q_start, q_end = _quotation_bounds(names, pasted, quoted, chain)
    comparison = compare(pasted, words, chain, q_start, q_end)
    n = q_end - q_start
    matched = comparison.equal + comparison.near
    compared = max(1, comparison.compared)
    quality = matched / max(n, compared, 1)
    content = [w for w in pasted.norms[q_start:q_end] if w not in STOPWORDS]
    stretch = set(words.norms[comparison.p_start : comparison.p_end])
    content_found = sum(1 for w in content if w in stretch)
    exact = (
        n >= MIN_QUOTE_WORDS
        and not comparison.differences
        and comparison.equal == n
        and not comparison.joined
    )
    close = (
        n >= MIN_CLOSE_WORDS
        and matched >= CLOSE_SHARE * n
        and matched >= CLOSE_SHARE * compared
        and comparison.equal >= EXACT_SHARE * n
        and (not content or content_found + comparison.near >= CONTENT_SHARE * len(content))
    )
    verdict: Verdict = "exact" if exact else "close" if close else "not_found"
    head = pasted.text[: pasted.tokens[q_start].start] if q_start > 0 else ""
    tail = pasted.text[pasted.tokens[q_end - 1].end :] if q_end < len(pasted.tokens) else ""
    quote = pasted.text[pasted.tokens[q_start].start : pasted.tokens[q_end - 1].end]
    return _Match(passage, verdict, comparison, head, tail, quality, words, quote, to_text, chain)


def _quotation_bounds(
    names: SpeakerNames, pasted: Words, quoted: tuple[int, int] | None, chain: Chain
) -> tuple[int, int]:
    """The pasted words that are the quotation: the chain, widened over leftover words that
    are not frame (inside the quote marks, or not cut off from it and naming no one)."""
    tokens = pasted.tokens
    if quoted is not None:
        inside = [i for i, t in enumerate(tokens) if quoted[0] <= t.start and t.end <= quoted[1]]
        if inside and inside[0] <= chain.q_start and chain.q_end - 1 <= inside[-1]:
            return inside[0], inside[-1] + 1
    start, end = chain.q_start, chain.q_end
    # A lead-in of any length that ends in a reporting word ("Someone in my group told me
    # Stalin once said", "... warned the delegates that") is the frame; the few words between
    # it and the matched ones are the quotation's first words, changed.
    lead_in = None
    if start > 0 and not _cut_before(pasted.text[: tokens[start].start]):
        lead_in = _lead_in_end(pasted.norms, start)
        if lead_in is not None and _inverted_report(names, pasted, lead_in):
            lead_in = None
    if lead_in is not None and end - lead_in >= MIN_CLOSE_WORDS:
        start = lead_in
    # So is a tail of any length cut off by a comma, a dash or a bracket that reports or names
    # the speaker ("..., said Stalin to the plenum of 1937 when ...", "— Stalin, speaking to").
    lead_out = _lead_out_start(names, pasted, end)
    if lead_out is not None and lead_out - start >= MIN_CLOSE_WORDS:
        end = lead_out
    # A frame is shorter than the quotation it introduces: "Lenin: the bureaucrats must be
    # shot as enemies of the people" is not Lenin's frame around "enemies of the people".
    # Frames cut off by punctuation ("Lenin: ...", "... — Lenin, 1920") may hold a short one.
    framed = end - start
    head_cut = start == 0 or lead_in == start or _cut_before(pasted.text[: tokens[start].start])
    tail_cut = end == len(tokens) or _cut_after(pasted.text[tokens[end - 1].end :])
    # Words left over that no lead-in or lead-out explains.
    unframed = (start if lead_in != start else 0) + (len(tokens) - end if lead_out != end else 0)
    if head_cut and tail_cut:
        if framed < MIN_QUOTE_WORDS:
            return 0, len(tokens)
    elif framed < MIN_CLOSE_WORDS or framed < unframed:
        return 0, len(tokens)
    if start > 0 and start != lead_in:
        head = pasted.text[: tokens[start].start]
        if not _is_frame(names, head, head_side=True):
            start = 0
    if end < len(tokens) and end != lead_out:
        tail = pasted.text[tokens[end - 1].end :]
        if not _is_frame(names, tail, head_side=False):
            end = len(tokens)
    return start, end


def _inverted_report(names: SpeakerNames, pasted: Words, first: int) -> bool:
    """Whether the report before word ``first`` is set off by a comma or a dash and followed
    by a name (", said Stalin to the congress"): the words before it are the quotation and the
    name starts the attribution, so nothing after the report is quoted."""
    tokens = pasted.tokens
    if first < 2:
        return False
    between = pasted.text[tokens[first - 2].end : tokens[first - 1].start]
    if not any(c in between for c in ",—–") and " - " not in f" {between} ":
        return False
    opening = pasted.text[tokens[first].start : tokens[min(first + 3, len(tokens)) - 1].end]
    named = names.find(opening)
    return named is not None and opening.casefold().startswith(named.written.casefold())


def _lead_out_start(names: SpeakerNames, pasted: Words, end: int) -> int | None:
    """Where a lead-out starts after the quotation: at the first comma, dash or opening bracket
    after ``end`` (the word after the last matched one) whose words start with a report
    (", said Stalin", ", as I remember my teacher telling us", ", Stalin said") or with the
    speaker or a citation ("— Stalin, speaking to the plenum", "(Stalin, 1928, p. 4)"): the
    index of its first word, or ``None``. Words between ``end`` and that cut are the member's
    claimed quotation, however many ("..., and the kulaks must be shot, said Stalin"), and words
    after a cut that neither report nor cite ("..., as long as the kulaks ...") are quoted."""
    tokens = pasted.tokens
    for first in range(max(end, 1), len(tokens)):
        between = pasted.text[tokens[first - 1].end : tokens[first].start]
        if not any(c in between for c in ",—–(") and " - " not in f" {between} ":
            continue
        if _starts_a_report(names, pasted, first):
            return first
    return None


def _closing_citation(names: SpeakerNames, pasted: Words, first: int) -> bool:
    """Whether the words from ``first`` are a bracket closing the paste that names someone
    ("(Speech at the congress by JV Stalin, 1928)"): a citation, whatever it starts with."""
    text = pasted.text
    opening = text.rfind("(", pasted.tokens[first - 1].end, pasted.tokens[first].start)
    rest = text[pasted.tokens[first].start :].rstrip(" .!?*_\n")
    return (
        opening >= 0
        and rest.endswith(")")
        and "(" not in rest
        and len(pasted.tokens) - first <= _MAX_FRAME_WORDS
        and names.find(rest) is not None
    )


# Words that start a clause of the member's own, never a report or a name ("..., and Lenin").
_CLAUSE_STARTS = frozenset(
    ["and", "but", "or", "nor", "so", "yet", "then", "because", "for", "while", "which", "who"]
)


def _starts_a_report(names: SpeakerNames, pasted: Words, first: int) -> bool:
    """Whether the words from ``first`` report the quotation (a reporting word among the first
    four: "said Stalin", "Stalin said", "as I remember ... telling") or cite it (a name or a
    year first: "Stalin, 1928", "J. V. Stalin", "1928, p. 4")."""
    norms = pasted.norms
    if _closing_citation(names, pasted, first):
        return True
    if norms[first] in _CLAUSE_STARTS:
        return False
    if any(w in _REPORTING_AFTER for w in norms[first : first + 4]):
        return True
    if norms[first].isdigit() or norms[first] in ("p", "pp"):
        return True
    tokens = pasted.tokens
    opening = pasted.text[tokens[first].start : tokens[min(first + 3, len(tokens)) - 1].end]
    return names.find(opening) is not None


def _lead_in_end(norms: list[str], start: int) -> int | None:
    """Where the quotation starts after a lead-in that ends in a reporting word ("said",
    "put it", "wrote that", "the line that") at most ``_LEAD_IN_GAP`` words before ``start``
    (the first matched word): the index of the first quoted word, or ``None``.

    A report joined to an earlier one ("Stalin said the kulaks must be shot and that ...",
    "... and also wrote that") claims the words between them too: the quotation starts after
    the first report, and those words count as the member's quoted words."""
    for first in range(start, max(0, start - _LEAD_IN_GAP) - 1, -1):
        if first == 0:
            break
        if _reports_before(norms, first) or (
            norms[first - 1] == "that" and any(_reports_before(norms, j) for j in range(first))
        ):
            return _first_report(norms, first)
    return None


def _reports_before(norms: list[str], first: int) -> bool:
    """Whether the word before ``first`` ends a report ("said", "wrote", "put it")."""
    before = norms[first - 1] if first >= 1 else ""
    return before in _REPORTING or (before == "it" and first >= 2 and norms[first - 2] == "put")


_JOINING = frozenset(["and", "but"])
_JOINING_ADVERBS = frozenset(["also", "then", "later", "once", "even"])


def _first_report(norms: list[str], first: int) -> int:
    """``first`` (the word after a lead-in's last report), or, when that report is joined by
    "and"/"but" to an earlier one with words between them, the word after the earlier one."""
    joined = _report_joined(norms, first)
    return joined[0] if joined is not None else first


def _report_joined(norms: list[str], first: int) -> tuple[int, int] | None:
    """For a report ending before word ``first`` that is joined to an earlier one ("said A
    and that B", ``first`` at B): the first word of A and the joining "and"/"but"."""
    k = first - 1
    if norms[k] == "that":
        k -= 1
    if k >= 0 and norms[k] in _REPORTING:
        k -= 1
    while k >= 0 and norms[k] in _JOINING_ADVERBS:
        k -= 1
    if k <= 0 or norms[k] not in _JOINING:
        return None
    for j in range(k - 1, 0, -1):
        if _reports_before(norms, j):
            claimed = j + 1 if norms[j] == "that" else j
            return (claimed, k) if claimed < k else None
    return None


def _joined_parts(
    norms: list[str], start: int, end: int, *, anywhere: bool = False
) -> tuple[int, int, int] | None:
    """The two claimed parts of a quotation at words ``start..end`` that a joined report put
    together ("Stalin said A and that B"): A's first word, the joining word after A, and B's
    first word; ``None`` when the quotation is one part. ``anywhere``: A need not start at
    ``start`` (a paste found nowhere whole: its report may stand anywhere in it)."""
    for first in range(start + 1, end):
        if _reports_before(norms, first) or norms[first - 1] == "that":
            joined = _report_joined(norms, first)
            if joined is not None and (anywhere or joined[0] == start):
                return joined[0], joined[1], first
    return None


def _joined_before(norms: list[str], q_start: int) -> tuple[int, int, int] | None:
    """The parts of a joined report whose first claim stands before the quotation found
    ("Hale said A and that | B", the match starting at B or at its "that"): A's first word,
    the joining word and B's first word (as ``_joined_parts``); ``None`` if there is none."""
    after_that = norms[q_start] == "that" if q_start < len(norms) else False
    for first in (q_start + 1, q_start) if after_that else (q_start,):
        if not 0 < first < len(norms):
            continue
        joined = _report_joined(norms, first)
        if joined is not None:
            return joined[0], joined[1], first
    return None


def _cut_before(head: str) -> bool:
    """Whether ``head`` ends in a colon, comma, dash, bracket or quote mark before the
    quotation."""
    end = head.rstrip()[-2:]
    return end.endswith(",") or bool(_FRAME_CUT_AFTER.search(end))


def _cut_after(tail: str) -> bool:
    """Whether ``tail`` starts with punctuation that ends the quotation."""
    return bool(tail.strip()) and tail.lstrip()[0] in _TAIL_CUTS


def _is_frame(names: SpeakerNames, text: str, head_side: bool) -> bool:
    if not head_side and not _cut_after(text):
        return False  # "... the most loyal defender of the Soviet state": quoted words
    count = len(tokens_with_offsets(text))
    if count > _MAX_FRAME_WORDS:
        return False
    # A tail naming someone is frame only from a report or citation (``_lead_out_start``):
    # "..., and the kulaks must be shot, said Stalin" holds the member's quoted words.
    if head_side and names.find(text) is not None:
        return True
    if count > _MAX_UNNAMED_FRAME_WORDS:
        return False
    # Naming no one, a short frame must be cut off: "He said: ...", "... (1919)", "... -- 1928"
    # (not by a comma: "..., not really" is quoted words).
    if head_side:
        return (
            count == 0
            or bool(_FRAME_CUT_AFTER.search(text.rstrip()[-2:]))
            or _framing_sentence(text, after=False)
        )
    # A bracket may follow the sentence's own full stop: "... a turn. (Laughter.)".
    return (
        count == 0
        or text.lstrip(" .!?;,\n")[:1] in _UNNAMED_TAIL_CUTS
        or _framing_sentence(text, after=True)
    )


_SENTENCE_ENDS = ".!?…"
_FRAMING_SENTENCE_WORDS = 2  # "Honestly.", "Seriously though!"
_LETTERS = re.compile(r"[^\W\d_]+")


def _framing_sentence(text: str, *, after: bool) -> bool:
    """Whether ``text``, left over beside the quotation, is a sentence of its own made of
    framing words only ("… named it. Honestly.", "Seriously though! We owe …"): the member's
    aside, as a framing word before a colon is ("Honestly: …"). It must stand apart from the
    quotation by a sentence end (``after``: the quotation's own; else its own): "…, honestly"
    may be the quotation's words."""
    stripped = text.strip()
    apart = (
        stripped[:1] in _SENTENCE_ENDS + _CLOSE_QUOTES if after else stripped[-1:] in _SENTENCE_ENDS
    )
    words = _LETTERS.findall(stripped)
    leftover = _LETTERS.sub("", stripped)
    return (
        apart
        and 0 < len(words) <= _FRAMING_SENTENCE_WORDS
        and all(is_framing_word(word) for word in words)
        and not any(c.isalnum() for c in leftover)
    )


def _claimed(
    names: SpeakerNames,
    given: str | None,
    best: _Match | None,
    pasted: Words,
    quoted: tuple[int, int] | None,
) -> NamedSpeaker | None:
    if given and given.strip():
        found = names.find(given, alone=True)
        speaker_id = found.speaker_id if found is not None else None
        return NamedSpeaker(given.strip(), speaker_id)
    if best is not None and best.verdict != "not_found":
        frames = [best.head, best.tail]
    elif quoted is not None:
        frames = [pasted.text[: quoted[0]], pasted.text[quoted[1] :]]
    else:  # no quotation found: only what punctuation cuts off can be a frame
        uncut = _uncut(pasted.text)
        at = pasted.text.find(uncut)
        frames = [pasted.text[:at], pasted.text[at + len(uncut) :]] if at >= 0 else []
    found_names = [n for n in (names.find(f) for f in frames if f.strip()) if n is not None]
    known = [n for n in found_names if n.speaker_id is not None]
    chosen = known or found_names
    return chosen[0] if chosen else None


def _true_speaker(
    index: SearchIndex, match: _Match, span: tuple[int, int]
) -> tuple[str, Insertion]:
    """Who said the matched words (at ``span`` of the passage's text), and how an insertion
    made by someone else (the essay author's bracketed note) stands in them."""
    words = match.words
    c = match.comparison
    matched = range(c.p_start, c.p_end)
    pasted = {p + k for _, p, size in match.chain.blocks for k in range(size)}
    # The note's words the member pasted (a note left out is skipped over, not matched).
    inserted = [i for i in matched if words.skippable[i] and i in pasted]
    passage = match.passage
    if not passage.insertions:
        return passage.speaker, "none"
    if inserted and len(inserted) == len(matched):
        source = index.corpus.sources.get(passage.source)
        author = source.author_speaker if source else passage.speaker
        return insertion_owner(index.corpus, passage, span) or author, "only"
    if inserted:
        return passage.speaker, "included"
    if any(span[0] < a and b < span[1] for a, b in passage.insertions):
        return passage.speaker, "left_out"
    return passage.speaker, "none"


def _result(
    index: SearchIndex,
    match: _Match,
    named: NamedSpeaker | None,
    quoting: tuple[str, ...] = (),
) -> VerifyResult:
    c = match.comparison
    tokens = match.words.tokens
    to_text = match.to_text
    span = (to_text(tokens[c.p_start].start), to_text(tokens[c.p_end - 1].end))
    true_speaker, insertion = _true_speaker(index, match, span)
    differences = tuple(
        replace(d, at=(to_text(d.at[0]), to_text(d.at[1])) if d.at else None) for d in c.differences
    )
    if insertion == "only":
        span = _insertion_around(match.passage, span)
    attribution: Attribution = "unknown"
    if named is not None:
        attribution = "correct" if named.names(true_speaker) else "wrong"
    return VerifyResult(
        verdict=match.verdict,
        passage=match.passage,
        claimed_speaker=named.written if named else None,
        claimed_speaker_id=_claimed_id(named, true_speaker),
        attribution=attribution,
        true_speaker=true_speaker,
        differences=differences if match.verdict == "close" else (),
        nearest=(),
        span=span,
        quote=match.quote,
        sentences=sentence_span(match.passage.text, *span),
        joined=c.joined,
        insertion=insertion,
        note=sic_note(match.passage, match.quote, span) if match.verdict == "exact" else None,
        quoting=tuple(s for s in quoting if s != true_speaker),
        framing=_framing(match.head, match.tail),
    )


def _insertion_around(passage: Passage, span: tuple[int, int]) -> tuple[int, int]:
    for a, b in passage.insertions:
        if a <= span[0] and span[1] <= b:
            return a, b
    return span


def _with_claim(result: VerifyResult, named: NamedSpeaker | None) -> VerifyResult:
    if named is None:
        return result
    attribution: Attribution = "correct" if named.names(result.true_speaker) else "wrong"
    return replace(
        result,
        claimed_speaker=named.written,
        claimed_speaker_id=_claimed_id(named, result.true_speaker),
        attribution=attribution,
    )


def _claimed_id(named: NamedSpeaker | None, true_speaker: str | None) -> str | None:
    """The speaker id the claim names: of its alternatives ("Lenin or Stalin"), the true one."""
    if named is None:
        return None
    return true_speaker if named.names(true_speaker) else named.speaker_id


# Punctuation and markup around a frame, not the member's words ("— Stalin, 1928)" is
# "Stalin, 1928"); a frame of nothing else is no frame ("“…”").
_FRAME_EDGES = " \t\n,;:.!?—–-~()[]{}<>\"'“”„«»‘’*_`>|/\\"


def _framing(head: str, tail: str) -> tuple[str, ...]:
    """The member's words set aside before and after the quotation, trimmed of punctuation."""
    pieces = (" ".join(piece.split()).strip(_FRAME_EDGES) for piece in (head, tail))
    return tuple(piece for piece in pieces if any(c.isalnum() for c in piece))


def _quote_text(pasted: Words, quoted: tuple[int, int] | None) -> str:
    if quoted is not None:
        return pasted.text[quoted[0] : quoted[1]].strip()
    return _uncut(pasted.text).strip() or pasted.text.strip()


def _exact_across(
    index: SearchIndex,
    pasted: Words,
    best: _Match | None,
    quoted: tuple[int, int] | None,
    hits: list[Hit],
) -> VerifyResult | None:
    """A quotation running on from one passage into the next of the same speaker (a long
    quotation the corpus keeps as one passage per paragraph)."""
    if best is not None:
        first, last = best.comparison.q_start, best.comparison.q_end
    elif quoted is not None:
        inside = [i for i, t in enumerate(pasted.tokens) if quoted[0] <= t.start < quoted[1]]
        if not inside:
            return None
        first, last = inside[0], inside[-1] + 1
    else:
        first, last = 0, len(pasted.tokens)
    wanted = pasted.norms[first:last]
    if len(wanted) < MIN_QUOTE_WORDS:
        return None
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
            at = _find_words(combined, wanted)
            if at < 0 or at >= len(head) or at + len(wanted) <= len(head):
                continue
            span = (head[at].start, len(before.text))
            quote = pasted.text[pasted.tokens[first].start : pasted.tokens[last - 1].end]
            return VerifyResult(
                verdict="exact",
                passage=before,
                claimed_speaker=None,
                claimed_speaker_id=None,
                attribution="unknown",
                true_speaker=before.speaker,
                differences=(),
                nearest=(),
                span=span,
                quote=quote,
                continued=after,
                sentences=sentence_span(before.text, *span),
                framing=_framing(
                    pasted.text[: pasted.tokens[first].start],
                    pasted.text[pasted.tokens[last - 1].end :],
                ),
            )
    return None


def _find_words(haystack: list[str], needle: list[str]) -> int:
    size = len(needle)
    for at in range(len(haystack) - size + 1):
        if haystack[at] == needle[0] and haystack[at : at + size] == needle:
            return at
    return -1


def _changed_words(differences: tuple[Difference, ...]) -> int:
    """Words that differ, not counting the sentences left out between joined ones."""
    return sum(
        max(len(d.quoted.split()), len(d.source.split())) for d in differences if not d.joined
    )


def _words_differ(differences: tuple[Difference, ...]) -> str:
    count = _changed_words(differences)
    return f"{count} word{'s' if count != 1 else ''} differ{'s' if count == 1 else ''}"
