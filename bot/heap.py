"""Hand the memory the C allocator keeps after a burst of commands back to the system, once
the bot is idle.

glibc keeps freed heap pages for reuse: after a few hundred searches a process holds several
megabytes it no longer uses (``docs/retrieval.md``, "Memory"). ``malloc_trim`` returns them in
about a millisecond, too often for every search but cheap once a quiet minute follows some
activity. The trimmer watches a counter of answered interactions and trims once per burst,
after a whole interval in which nothing was answered and nothing is under way.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from bot.core.semantic import give_back_freed_memory

log = logging.getLogger(__name__)

IDLE_SECONDS = 60.0


class HeapTrimmer:
    """Trims the heap after ``idle_seconds`` with no interaction answered, once per burst.

    ``answered`` counts the interactions answered so far; ``busy`` says whether one is under
    way; ``trim`` gives the memory back and ``sleep`` waits (tests pass their own)."""

    def __init__(
        self,
        *,
        answered: Callable[[], int],
        busy: Callable[[], bool],
        trim: Callable[[], None] = give_back_freed_memory,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        self.answered = answered
        self.busy = busy
        self.sleep = sleep
        self.trim = trim
        self.idle_seconds = idle_seconds
        self._stopping = asyncio.Event()

    def stop(self) -> None:
        self._stopping.set()

    async def run_forever(self) -> None:
        trimmed_at = seen = self.answered()  # nothing to give back before anything ran
        while not self._stopping.is_set():
            await self.sleep(self.idle_seconds)
            if self._stopping.is_set():
                break
            count = self.answered()
            if count != seen or self.busy():  # answering during this interval: not idle yet
                seen = count
                continue
            if count != trimmed_at:
                try:
                    self.trim()
                except Exception:
                    log.exception("giving freed memory back failed")
                trimmed_at = count
