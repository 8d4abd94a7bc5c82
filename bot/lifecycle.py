"""Graceful shutdown: SIGTERM or SIGINT close the bot instead of killing the process.

``run_until_stopped(bot.start(token), bot.close)`` runs the bot; the first SIGTERM or SIGINT
calls ``bot.close()``, which unloads every extension (so the statistics cog writes its
pending events) and closes the Discord connection, after which ``bot.start`` returns and the
caller's ``async with`` blocks close the database. A second signal while closing is only
logged: the closing is already under way, and systemd or Docker kill the process if it takes
longer than their stop timeout (30 s in ``deploy/``).
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


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
