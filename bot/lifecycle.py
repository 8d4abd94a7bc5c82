"""Graceful shutdown: SIGTERM or SIGINT close the bot instead of killing the process.

``run_until_stopped(bot.start(token), bot.close)`` runs the bot; the first SIGTERM or SIGINT
calls ``bot.close()``, which lets the interactions under way finish (``InFlight``: new ones
are asked to retry in a minute), unloads every extension, closes the Discord connection and
writes the discussion events still pending, after which ``bot.start`` returns and the caller
closes the database. A second signal while closing is only logged: the closing is already
under way, and systemd or Docker kill the process if it takes longer than their stop timeout
(30 s in ``deploy/``).
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
# How long closing waits for the interactions under way; well within the 30 s that systemd
# and Docker give the process in deploy/ before they kill it.
DRAIN_SECONDS = 10.0


async def run_until_stopped(
    main: Coroutine[Any, Any, None], close: Callable[[], Coroutine[Any, Any, None]]
) -> signal.Signals | None:
    """Await ``main``; on a stop signal await ``close()`` and then let ``main`` finish.

    Returns the signal that stopped it, or None when ``main`` ended by itself.
    """
    loop = asyncio.get_running_loop()
    received: list[signal.Signals] = []
    closing: list[asyncio.Task[None]] = []

    def on_signal(signum: signal.Signals) -> None:
        received.append(signum)
        if closing:
            log.warning("%s received again: still closing", signum.name)
            return
        log.info("%s received: closing the bot", signum.name)
        closing.append(loop.create_task(close(), name="lectern-shutdown"))

    for signum in STOP_SIGNALS:
        loop.add_signal_handler(signum, on_signal, signum)
    try:
        await main
        if closing:
            await closing[0]
    finally:
        for signum in STOP_SIGNALS:
            loop.remove_signal_handler(signum)
    return received[0] if received else None


class InFlight:
    """The interactions the bot is still answering, so that closing can wait for them.

    A stop signal arrives while members wait for answers. Closing at once would cut the
    answers off and lose the events those commands record when they finish; so ``close``
    first refuses new interactions (``closing``), waits until these have finished
    (``drain``), and only then unloads the cogs and flushes the discussion log.
    """

    def __init__(self) -> None:
        self._running: set[int] = set()
        self._idle = asyncio.Event()
        self._idle.set()
        self.closing = False
        self.answered = 0  # interactions finished since the start (``bot.heap`` watches it)

    def begin(self, interaction_id: int) -> None:
        self._running.add(interaction_id)
        self._idle.clear()

    def end(self, interaction_id: int) -> None:
        if interaction_id in self._running:
            self.answered += 1
        self._running.discard(interaction_id)
        if not self._running:
            self._idle.set()

    @property
    def running(self) -> int:
        return len(self._running)

    async def drain(self, seconds: float) -> int:
        """Refuse new interactions and wait up to ``seconds`` for the running ones.

        Returns how many were still running when the time was up (logged as a warning).
        """
        self.closing = True
        if self._running:
            log.info("waiting for %d interaction(s) to finish", len(self._running))
        try:
            async with asyncio.timeout(seconds):
                await self._idle.wait()
        except TimeoutError:
            log.warning("%d interaction(s) still running after %.0f s", self.running, seconds)
        # Let the listeners those interactions dispatched (the discussion log's) run first.
        await asyncio.sleep(0)
        return self.running
