"""The demo's world: the fake Discord in this process, the real bot in another.

The bot runs as ``lectern run`` would (``python -m bot run``) with its settings pointed at
the fake; ``lectern sync --guild`` registers the commands in the demo server first, as an
operator does. Both write to a log file in the demo folder, not to the terminal. ``stop``
stops the bot with SIGTERM (its clean shutdown flushes pending events), kills it if it does
not stop in time, then stops the fake: nothing is left running.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from bot.devtools.fakediscord.server import GUILD_ID, MODERATOR_ROLE_ID, TOKEN, FakeDiscord

START_TIMEOUT_SECONDS = 120.0  # loading the corpus and building the index on a slow machine
STOP_TIMEOUT_SECONDS = 15.0
# Settings the demo decides; the operator's own (a token, a heartbeat file) must not leak in.
KEPT_SETTINGS = {"LECTERN_CORPUS_DIR", "LECTERN_LOG_LEVEL"}


class DemoError(Exception):
    """The demo could not start; the message says why and where the log is."""


@dataclass(frozen=True)
class DemoPaths:
    database: Path
    files: Path
    log: Path


def bot_environment(fake: FakeDiscord, database: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("LECTERN_") or k in KEPT_SETTINGS
    }
    env.update(
        DISCORD_TOKEN=TOKEN,
        LECTERN_DISCORD_API_BASE=fake.api_base,
        LECTERN_DATABASE=str(database),
        LECTERN_MODERATOR_ROLE_IDS=str(MODERATOR_ROLE_ID),
        PYTHONUNBUFFERED="1",
    )
    return env


class DemoWorld:
    def __init__(self, paths: DemoPaths) -> None:
        self.paths = paths
        self.fake = FakeDiscord()
        self.fake.shutdown_timeout = 1.0  # the bot may still be reconnecting as the fake stops
        self.sync: asyncio.subprocess.Process | None = None
        self.bot: asyncio.subprocess.Process | None = None
        self._log: IO[bytes] | None = None

    async def _lectern(self, *arguments: str, cwd: Path) -> asyncio.subprocess.Process:
        assert self._log is not None
        return await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            *arguments,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=self._log,
            stderr=self._log,
            env=bot_environment(self.fake, self.paths.database),
            # Away from the operator's .env: the demo's settings are all in the environment.
            cwd=cwd,
            # Out of the terminal's reach: Ctrl-C or a hangup reach the demo, which stops
            # the bot itself with SIGTERM (a clean stop), after nothing else is sent to it.
            start_new_session=True,
        )

    async def start(self) -> None:
        """Start the fake, register the commands, start the bot and wait until it is in."""
        self._log = self.paths.log.open("ab")
        await self.fake.start()
        workdir = self.paths.log.parent
        self.sync = await self._lectern("sync", "--guild", str(GUILD_ID), cwd=workdir)
        self.bot = await self._lectern("run", cwd=workdir)
        if await self.sync.wait() != 0:
            raise DemoError(f"registering the commands failed; see {self.paths.log}")
        ready = asyncio.ensure_future(self.fake.wait_until_ready(START_TIMEOUT_SECONDS))
        ended = asyncio.ensure_future(self.bot.wait())
        try:
            done, _ = await asyncio.wait({ready, ended}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            ready.cancel()
            ended.cancel()
        if ended in done or ready not in done or ready.exception() is not None:
            raise DemoError(f"the bot did not connect; see {self.paths.log}")

    def bot_running(self) -> bool:
        return self.bot is not None and self.bot.returncode is None

    async def stop(self) -> None:
        try:
            for process in (self.sync, self.bot):
                if process is not None:
                    await stop_process(process)
        finally:
            await self.fake.stop()
            if self._log is not None:
                self._log.close()


async def stop_process(process: asyncio.subprocess.Process) -> None:
    """SIGTERM (a clean stop), then SIGKILL if it has not stopped in time."""
    if process.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), STOP_TIMEOUT_SECONDS)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()
