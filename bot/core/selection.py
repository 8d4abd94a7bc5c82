"""Random choice without repeats within a scope (a guild, a channel) until all were shown.

Pure: the caller keeps which ids were shown in the current cycle (``bot.storage.selection``)
and passes its own ``random.Random``, so tests and the daily post are reproducible.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from bot.core.errors import UserFacingError
from bot.core.models import Passage


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
