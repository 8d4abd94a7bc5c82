"""Random choice without repeats within a scope (a guild, a channel) until all were shown.

Pure: the caller keeps which ids were shown in the current cycle (``bot.storage.selection``)
and passes its own ``random.Random``, so tests and the daily post are reproducible.

What ``/quote random`` and the daily post choose from (``random_pool``, ``daily_pool``) is
worked out once per server's view and filters and kept while the view is: telling whether a
passage is quotable reads its text (a third of a second for a 30,000-passage library), and
a member asking again, or the daily post and its preview, should not pay it each time.
"""

from __future__ import annotations

import random
import re
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

from bot.core.errors import UserFacingError
from bot.core.models import READABLE_KINDS, Passage
from bot.core.search import Filters, SearchIndex

QUOTABLE_MIN_WORDS = 6
# Opening quotes or brackets, then a capital letter or a digit: a sentence starts there.
_STARTS_SENTENCE = re.compile(r"^[\"'\u2018\u201c(\[]*[A-Z0-9\u00c0-\u00de]")
# Sentence-final punctuation, then closing quotes or brackets: the text ends a sentence.
_ENDS_SENTENCE = re.compile(r"[.!?\u2026][\"'\u2019\u201d)\]]*$")
_SENTENCES = re.compile(r"[^.!?\u2026]+[.!?\u2026]+")


def quotable(passage: Passage) -> bool:
    """Whether ``passage`` stands on its own as a quotation to post: whole sentences (it
    starts one and ends one), at least ``QUOTABLE_MIN_WORDS`` words, and not a heading
    (questions only, as an essay's section titles are) or a lead-in ending with a colon."""
    text = passage.text.strip()
    if len(text.split()) < QUOTABLE_MIN_WORDS:
        return False
    if not (_STARTS_SENTENCE.match(text) and _ENDS_SENTENCE.search(text)):
        return False
    sentences = [s.strip() for s in _SENTENCES.findall(text)]
    return not all(s.endswith("?") for s in sentences)


def quotable_first(passages: Sequence[Passage]) -> list[Passage]:
    """The quotable passages of ``passages``, or all of them when none is (a narrow filter
    still gets an answer)."""
    complete = [p for p in passages if quotable(p)]
    return complete or list(passages)


def random_pool(index: SearchIndex, filters: Filters) -> list[Passage]:
    """What ``/quote random`` chooses from: the quotable passages of ``index`` (quotations
    and commentary) matching ``filters``, or all of them when none is quotable. Worked out
    once per index and filters (call it off the event loop: the first time reads every
    matching passage)."""

    def pool() -> list[Passage]:
        return quotable_first([p for p in index.passages(filters) if p.kind in READABLE_KINDS])

    return _kept(index, ("random", filters), pool)


def daily_pool(index: SearchIndex, filters: Filters) -> list[Passage]:
    """What the daily post chooses from: the quotable quotations of ``index`` matching
    ``filters`` (all of them when none is quotable), the commentary if no quotation
    matches, fragments only if nothing else does. Kept as ``random_pool`` is."""

    def pool() -> list[Passage]:
        quotations = index.passages(replace(filters, kind="quotation"))
        readable = [p for p in index.passages(filters) if p.kind in READABLE_KINDS]
        return quotable_first(quotations or readable)

    return _kept(index, ("daily", filters), pool)


_POOLS_PER_INDEX = 16  # filters (speakers, topics) whose pool one view keeps
_pools: weakref.WeakKeyDictionary[SearchIndex, OrderedDict[object, list[Passage]]] = (
    weakref.WeakKeyDictionary()
)
_pools_lock = threading.Lock()


def _kept(index: SearchIndex, key: object, make: Callable[[], list[Passage]]) -> list[Passage]:
    """``make()``, once per ``index`` and ``key`` (forgotten with the index, or when the
    index keeps more than ``_POOLS_PER_INDEX``): the list is shared, never change it."""
    with _pools_lock:
        kept = _pools.get(index)
        if kept is not None and key in kept:
            kept.move_to_end(key)
            return kept[key]
    made = make()
    with _pools_lock:
        kept = _pools.setdefault(index, OrderedDict())
        kept[key] = made
        while len(kept) > _POOLS_PER_INDEX:
            kept.popitem(last=False)
    return made


@dataclass(frozen=True, slots=True)
class Selection:
    passage: Passage
    new_cycle: bool  # every eligible passage had been shown: the cycle started again
    shown: frozenset[str]  # ids shown in the (possibly new) cycle, including this one


def choose(
    eligible: Sequence[Passage],
    shown: Collection[str],
    rng: random.Random,
    last: str | None = None,
) -> Selection:
    """Pick a passage of ``eligible`` not in ``shown``; start a new cycle when none is left.

    ``last`` is the id shown most recently: a new cycle does not start with it again (unless
    it is the only eligible passage).
    """
    if not eligible:
        raise UserFacingError("No passage matches these filters.")
    remaining = [p for p in eligible if p.id not in shown]
    new_cycle = not remaining
    if new_cycle:
        remaining = [p for p in eligible if p.id != last] or list(eligible)
        shown = ()
    passage = rng.choice(remaining)
    return Selection(passage=passage, new_cycle=new_cycle, shown=frozenset(shown) | {passage.id})
