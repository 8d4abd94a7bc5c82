"""The README's run command, end to end: `make run` is `lectern run`, and the installed
`lectern` console script connects to (fake) Discord, answers a slash command, logs it as
one JSON line, and stops cleanly on SIGTERM.

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
from bot.settings import DEFAULT_CORPUS_DIR
from tests.fakediscord import FakeDiscord

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
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


def bot_environment(tmp_path: Path, fake: FakeDiscord) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LECTERN_", "DISCORD_"))}
    env.update(
        DISCORD_TOKEN=fake.token,
        LECTERN_DISCORD_API_BASE=fake.api_base,
        LECTERN_DATABASE=str(tmp_path / "lectern.db"),
        LECTERN_HEARTBEAT_FILE=str(tmp_path / "heartbeat"),
        LECTERN_LOG_FORMAT="json",
    )
    return env


async def test_the_console_script_connects_answers_a_command_and_stops_on_sigterm(
    tmp_path, fake_discord
):
    passage = load_corpus(DEFAULT_CORPUS_DIR).passages[0]
    bot = await asyncio.create_subprocess_exec(
        str(LECTERN),
        "run",
        cwd=tmp_path,
        env=bot_environment(tmp_path, fake_discord),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        async with asyncio.timeout(30):  # connected and ready: the first heartbeat is written
            while not (tmp_path / "heartbeat").exists():  # noqa: ASYNC110 - another process
                await asyncio.sleep(0.05)
        reply = await fake_discord.slash("quote", "show", options={"id": passage.id})
    finally:
        bot.send_signal(signal.SIGTERM)
        async with asyncio.timeout(60):
            out, err = await bot.communicate()
    log = err.decode()
    assert bot.returncode == 0, log
    assert out == b""

    assert reply.type == 4  # answered with a message, not an error
    embed = reply.data["embeds"][0]
    assert embed["footer"]["text"] == f"id: {passage.id}"

    records = [json.loads(line) for line in log.splitlines()]  # only JSON lines on stderr
    interactions = [r for r in records if r["logger"] == "lectern.interactions"]
    assert len(interactions) == 1
    (logged,) = interactions
    assert (logged["command"], logged["guild_id"], logged["outcome"]) == (
        "quote show",
        fake_discord.guild_id,
        "ok",
    )
    assert 0 < logged["latency_ms"] < 5000  # the bot's own handling time, in milliseconds
    # Nothing else: who used the command is never logged.
    assert set(logged) == {"time", "level", "logger", "message", *EXPECTED_FIELDS}
    assert "SIGTERM received: closing the bot" in [r["message"] for r in records]
    assert not [r for r in records if r["level"] in ("WARNING", "ERROR")]
