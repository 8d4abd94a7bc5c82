"""The README's run command, end to end: `make run` is `lectern run`, and the installed
`lectern` console script connects to (fake) Discord, answers a slash command, logs it as
one JSON line, and stops cleanly on SIGTERM: the commands under way when the signal comes
are answered and their discussion events reach the database.

The bot is a separate process configured only through its environment, as in production;
the fake Discord runs in the test's event loop on 127.0.0.1.
"""

import asyncio
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.corpus import load_corpus
from bot.devtools.fakediscord import FakeDiscord
from bot.settings import DEFAULT_CORPUS_DIR
from bot.storage import Database
from bot.storage.events import EventStore
from tests.fixtures.processes import bot_environment

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
# The console script `pip install` put beside the interpreter running the tests (.venv/bin).
LECTERN = Path(sys.executable).parent / "lectern"


def test_make_run_is_the_installed_lectern_run():
    # -n prints the recipe without running it; with setup already done only `run` remains.
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", "run"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.splitlines()[-1] == ".venv/bin/lectern run"
    assert LECTERN.is_file() and os.access(LECTERN, os.X_OK)


EXPECTED_FIELDS = ("command", "guild_id", "latency_ms", "outcome")


class LecternProcess:
    """`lectern run` in a subprocess; its JSON log records are collected as they come."""

    def __init__(self, tmp_path: Path, fake: FakeDiscord) -> None:
        self.tmp_path = tmp_path
        self.fake = fake
        self.records: list[dict] = []
        self.process: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task[None] | None = None
        self.signalled = False

    async def start(self) -> None:
        self.process = await asyncio.create_subprocess_exec(
            str(LECTERN),
            "run",
            cwd=self.tmp_path,
            env=bot_environment(self.tmp_path, self.fake),
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        self._reader = asyncio.create_task(self._read())
        # Connected and ready: the first heartbeat is written.
        await self.wait_until(lambda: (self.tmp_path / "heartbeat").exists())

    async def _read(self) -> None:
        assert self.process is not None and self.process.stderr is not None
        async for line in self.process.stderr:
            self.records.append(json.loads(line))  # every line is one JSON record

    async def wait_until(self, condition) -> None:
        async with asyncio.timeout(30):
            while not condition():
                if self._reader is not None and self._reader.done():
                    raise AssertionError(f"lectern exited: {self.messages()}")
                await asyncio.sleep(0.02)

    def messages(self) -> list[str]:
        return [record["message"] for record in self.records]

    def interactions(self) -> list[dict]:
        return [r for r in self.records if r["logger"] == "lectern.interactions"]

    def send_signal(self, signum: signal.Signals) -> None:
        assert self.process is not None
        self.process.send_signal(signum)
        self.signalled = True

    async def stop(self, signum: signal.Signals = signal.SIGTERM) -> int:
        """Stop it (unless already signalled) and return its exit status."""
        assert self.process is not None and self._reader is not None
        if not self.signalled and self.process.returncode is None:
            self.send_signal(signum)
        async with asyncio.timeout(60):
            await self._reader
            return await self.process.wait()


@pytest.fixture
async def lectern_process(tmp_path, fake_discord):
    bot = LecternProcess(tmp_path, fake_discord)
    await bot.start()
    yield bot
    await bot.stop()


async def stored_events(database_path: Path, guild_id: int) -> int:
    """The discussion events the stopped bot left in its database."""
    database = await Database.open(database_path)
    try:
        async with await EventStore.open(database, background=False) as store:
            return await store.event_count(guild_id)
    finally:
        await database.close()


def shown_passages(count: int) -> list[str]:
    return [passage.id for passage in load_corpus(DEFAULT_CORPUS_DIR).passages[:count]]


async def test_the_console_script_connects_answers_a_command_and_stops_on_sigterm(
    lectern_process, fake_discord, tmp_path
):
    (passage_id,) = shown_passages(1)
    reply = await fake_discord.slash("quote", "show", options={"id": passage_id})
    assert await lectern_process.stop() == 0, lectern_process.messages()

    assert reply.type == 4  # answered with a message, not an error
    assert reply.data["embeds"][0]["footer"]["text"] == f"id: {passage_id}"

    (logged,) = lectern_process.interactions()
    assert (logged["command"], logged["guild_id"], logged["outcome"]) == (
        "quote show",
        fake_discord.guild_id,
        "ok",
    )
    assert 0 < logged["latency_ms"] < 5000  # the bot's own handling time, in milliseconds
    # Nothing else: who used the command is never logged.
    assert set(logged) == {"time", "level", "logger", "message", *EXPECTED_FIELDS}
    assert "SIGTERM received: closing the bot" in lectern_process.messages()
    assert not [r for r in lectern_process.records if r["level"] in ("WARNING", "ERROR")]
    # The database was closed: its last connection checkpointed and removed the WAL files.
    assert sorted(path.name for path in tmp_path.glob("lectern.db*")) == ["lectern.db"]
    # The passage shown was recorded in the discussion log before the process ended.
    assert await stored_events(tmp_path / "lectern.db", fake_discord.guild_id) == 1


async def test_sigterm_while_members_wait_answers_them_and_loses_no_event(
    lectern_process, fake_discord, tmp_path
):
    passages = shown_passages(4)
    members = [fake_discord.member_id, fake_discord.moderator_id, fake_discord.admin_id]
    members.append(fake_discord.add_member("fourth"))
    fake_discord.delays[("POST", "/callback")] = 2.5  # Discord is slow to take the answers
    waiting = [
        asyncio.create_task(fake_discord.slash("quote", "show", options={"id": pid}, user=user))
        for pid, user in zip(passages, members, strict=True)
    ]
    # Every answer is on its way (the bot awaits Discord) when the stop signal comes.
    await lectern_process.wait_until(
        lambda: len(fake_discord.requests_to("POST", "/callback")) == len(passages)
    )
    lectern_process.send_signal(signal.SIGTERM)
    await lectern_process.wait_until(
        lambda: "waiting for 4 interaction(s) to finish" in lectern_process.messages()
    )
    fake_discord.delays.clear()
    late = await fake_discord.slash("quote", "show", options={"id": passages[0]})
    replies = await asyncio.gather(*waiting)
    assert await lectern_process.stop() == 0, lectern_process.messages()

    for reply, passage_id in zip(replies, passages, strict=True):
        assert reply.type == 4
        assert reply.data["embeds"][0]["footer"]["text"] == f"id: {passage_id}"
    assert late.ephemeral
    assert late.data["content"] == "Lectern is restarting. Please try again in a minute."
    outcomes = sorted(record["outcome"] for record in lectern_process.interactions())
    assert outcomes == ["ok"] * len(passages) + ["stopping"]
    assert not [r for r in lectern_process.records if r["level"] in ("WARNING", "ERROR")]
    # No event lost: each answered command's "shown" event was still pending in memory when
    # the commands finished during the shutdown, and the closing bot wrote it.
    assert await stored_events(tmp_path / "lectern.db", fake_discord.guild_id) == len(passages)


async def test_the_readme_way_to_try_it_without_discord(tmp_path):
    """README: `python -m bot.devtools.fakediscord` in one terminal, `make run` pointed at it in
    another; the fake prints the bot's answer to /help."""
    fake = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.devtools.fakediscord",
        "--port",
        "0",
        "--once",
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
    )
    assert fake.stdout is not None
    settings = {}
    for _ in range(2):  # the two settings, one KEY=value line each
        key, _, value = (await fake.stdout.readline()).decode().strip().partition("=")
        settings[key] = value
    assert set(settings) == {"DISCORD_TOKEN", "LECTERN_DISCORD_API_BASE"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    port = settings["LECTERN_DISCORD_API_BASE"].split(":")[2].split("/")[0]
    readme_base = settings["LECTERN_DISCORD_API_BASE"].replace(port, "8765")
    assert ".venv/bin/python -m bot.devtools.fakediscord --port 8765" in readme
    assert f"DISCORD_TOKEN={settings['DISCORD_TOKEN']} LECTERN_DISCORD_API_BASE={readme_base}" in (
        readme
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LECTERN_", "DISCORD_"))}
    env.update(settings, LECTERN_DATABASE=str(tmp_path / "lectern.db"))
    bot = await asyncio.create_subprocess_exec(
        str(LECTERN), "run", cwd=tmp_path, env=env, stderr=asyncio.subprocess.DEVNULL
    )
    try:
        async with asyncio.timeout(60):
            shown = (await fake.stdout.read()).decode()
            assert await fake.wait() == 0
    finally:
        bot.send_signal(signal.SIGTERM)
        async with asyncio.timeout(60):
            status = await bot.wait()
    assert status == 0
    lines = shown.splitlines()
    assert lines[0] == "Waiting for the bot to connect ..."
    assert lines[2] == "/help answered (interaction response type 4):"
    assert "  Lectern: exact quotations with their sources" in lines
