"""Random choice without repeats within a scope (a guild, a channel) until all were shown.

Pure: the caller keeps which ids were shown in the current cycle (``bot.storage.selection``)
and passes its own ``random.Random``, so tests and the daily post are reproducible.
"""

from __future__ import annotations

import random
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from bot.core.errors import UserFacingError
from bot.core.models import Passage

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
