"""``lectern sync`` registers the commands; the bot itself never registers them at start."""

import logging

import pytest

from tests.fixtures.processes import bot_environment, finish, start_lectern

pytestmark = pytest.mark.e2e

COMMANDS = {"about", "compare", "discuss", "help", "quote", "source", "verify"}


async def _sync(fake, tmp_path, *args):
    env = bot_environment(tmp_path, fake)
    return await finish(await start_lectern(tmp_path, env, "sync", *args))


async def test_sync_registers_the_commands_in_one_guild(fake_discord, tmp_path):
    status, out, err = await _sync(fake_discord, tmp_path, "--guild", str(fake_discord.guild_id))
    assert status == 0, err
    registered = {c["name"] for c in fake_discord.commands[fake_discord.guild_id]}
    assert registered >= COMMANDS
    assert f"in server {fake_discord.guild_id}" in out
    quote = next(c for c in fake_discord.commands[fake_discord.guild_id] if c["name"] == "quote")
    search = next(o for o in quote["options"] if o["name"] == "search")
    query = next(o for o in search["options"] if o["name"] == "query")
    assert query["autocomplete"] is True and query["max_length"] == 300


async def test_sync_registers_globally_without_a_guild(fake_discord, tmp_path):
    status, out, err = await _sync(fake_discord, tmp_path)
    assert status == 0, err
    assert {c["name"] for c in fake_discord.commands[None]} >= COMMANDS
    assert "globally" in out


async def test_the_bot_does_not_register_commands_at_start(fake_discord, lectern_runner):
    await lectern_runner.restart()
    assert not fake_discord.requests_to("PUT", "/commands")


async def test_every_interaction_is_logged_without_the_member(fake_discord, lectern, caplog):
    caplog.set_level(logging.INFO, logger="lectern.interactions")
    await fake_discord.slash("help")
    await fake_discord.slash("quote", "show", options={"id": "nope"})
    records = [r for r in caplog.records if r.name == "lectern.interactions"]
    assert [(r.command, r.outcome) for r in records] == [
        ("help", "ok"),
        ("quote show", "user_error"),
    ]
    assert all(r.guild_id == fake_discord.guild_id for r in records)
    assert all(str(fake_discord.member_id) not in r.getMessage() for r in records)
