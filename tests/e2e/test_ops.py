"""`lectern run` as an operator meets it: connect, shards, heartbeat, logs, stop, failures.

The real bot runs as a subprocess (`python -m bot run`) against the fake Discord on
127.0.0.1, configured only through its environment, as in production.
"""

import json
import signal

import pytest

from tests.fixtures.processes import bot_environment, finish, start_lectern
from tests.fixtures.waiting import eventually

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15)  # members, presences, message content


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
async def test_run_connects_beats_logs_json_and_stops_cleanly(tmp_path, fake_discord, signum):
    env = bot_environment(tmp_path, fake_discord)
    bot = await start_lectern(tmp_path, env, "run")
    try:
        await eventually(lambda: (tmp_path / "heartbeat").exists())
        health = await start_lectern(tmp_path, env, "healthcheck")
        health_status, _, health_err = await finish(health)
        assert health_status == 0, health_err
    finally:
        bot.send_signal(signum)
        status, _, err = await finish(bot)
    assert status == 0, err

    (identify,) = fake_discord.identifies
    assert identify["token"] == fake_discord.token
    assert identify["shard"] == [0, 1]
    assert identify["intents"] & PRIVILEGED_INTENTS == 0

    records = [json.loads(line) for line in err.splitlines()]  # every line is one JSON record
    messages = [record["message"] for record in records]
    assert any("has connected to Gateway" in message for message in messages)
    assert f"{signum.name} received: closing the bot" in messages
    # What closing did is logged: the events written (none here: no discussion) and the stop.
    closing = messages[messages.index(f"{signum.name} received: closing the bot") :]
    assert any(m.startswith("shutdown: wrote 0 pending discussion event(s)") for m in closing)
    assert closing[-1].startswith("stopped cleanly; the database ")
    assert all(record["level"] not in ("WARNING", "ERROR") for record in records), messages


async def test_discord_recommended_shards_are_all_started(tmp_path, fake_discord):
    fake_discord.recommended_shards = 2
    bot = await start_lectern(tmp_path, bot_environment(tmp_path, fake_discord), "run")
    try:
        # discord.py waits 5 s before identifying each further shard.
        await eventually(lambda: len(fake_discord.identifies) == 2)
    finally:
        bot.send_signal(signal.SIGTERM)
        status, _, err = await finish(bot)
    assert status == 0, err
    assert sorted(identify["shard"] for identify in fake_discord.identifies) == [[0, 2], [1, 2]]


async def test_a_token_discord_refuses_exits_with_a_clear_message(tmp_path, fake_discord):
    env = bot_environment(tmp_path, fake_discord, DISCORD_TOKEN="revoked.token")
    status, _, err = await finish(await start_lectern(tmp_path, env, "run"))
    assert status == 2
    assert "Discord refused the token: check DISCORD_TOKEN" in err
    assert "Traceback" not in err
    assert fake_discord.identifies == []


async def test_unreachable_discord_exits_with_a_clear_message(tmp_path, fake_discord):
    env = bot_environment(
        tmp_path, fake_discord, LECTERN_DISCORD_API_BASE="http://127.0.0.1:9/api/v10"
    )
    status, _, err = await finish(await start_lectern(tmp_path, env, "run"))
    assert status == 1
    assert "cannot reach Discord" in err
    assert "Traceback" not in err


def test_configured_shard_count_reaches_the_bot(monkeypatch, tmp_path):
    from bot.client import LecternBot
    from bot.core.search import SearchIndex
    from bot.settings import load_settings
    from tests.fixtures.sample_corpus import make_corpus

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LECTERN_SHARD_COUNT", "3")
    corpus = make_corpus()
    bot = LecternBot(load_settings(), corpus=corpus, index=SearchIndex(corpus), database=None)
    assert bot.shard_count == 3
