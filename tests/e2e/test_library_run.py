"""`lectern run` serves each server's library from the database: a reading published in one
server is what its members find, another server never sees it, and a restart keeps it.

The real bot runs as a subprocess against the fake Discord, configured only by its
environment; the reading is put in its database beforehand through the library service.
"""

from __future__ import annotations

import json
import signal

import pytest

from bot.core.library import GuildView
from bot.devtools.fakediscord.server import CHANNEL_ID, GUILD_ID
from bot.libraries import StoredLibraries
from bot.storage import Database
from tests.fixtures.processes import bot_environment, finish, start_lectern
from tests.fixtures.readings import READINGS
from tests.fixtures.waiting import eventually

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

QUERY = "the shelf belongs to the parish not to the person with the kettle"


async def publish_shelf(path, shipped: GuildView) -> set[str]:
    database = await Database.open(path)
    try:
        libraries = StoredLibraries(database, shipped)
        entry = await libraries.add(
            GUILD_ID,
            file_name="lending-shelf.md",
            data=(READINGS / "lending-shelf.md").read_bytes(),
            title="The Lending Shelf",
            author="Jo Pell",
            year=2024,
            added_by=1,
        )
        await libraries.publish(GUILD_ID, entry.id)
        view = await libraries.view(GUILD_ID)
        return {p.id for p in view.corpus.passages if p.source == entry.id}
    finally:
        await database.close()


async def search(fake, channel: int) -> str:
    reply = await fake.slash(
        "quote", "search", options={"query": QUERY}, channel=channel, timeout=30
    )
    return json.dumps(await reply.message(timeout=30), ensure_ascii=False)


async def test_lectern_run_answers_each_server_from_its_library_across_a_restart(
    tmp_path, fake_discord, shipped_corpus, shipped_index
):
    reading = await publish_shelf(tmp_path / "lectern.db", GuildView(shipped_corpus, shipped_index))
    other_channel = fake_discord.add_guild(4_000_000)
    env = bot_environment(tmp_path, fake_discord)
    for run in ("first start", "after a restart"):
        fake_discord.reset_ready()
        bot = await start_lectern(tmp_path, env, "run")
        try:
            await eventually(lambda: (tmp_path / "heartbeat").exists(), timeout=60)
            await fake_discord.wait_until_ready(timeout=60)
            here = await search(fake_discord, CHANNEL_ID)
            elsewhere = await search(fake_discord, other_channel)
        finally:
            bot.send_signal(signal.SIGTERM)
            status, _, err = await finish(bot)
            (tmp_path / "heartbeat").unlink(missing_ok=True)
        assert status == 0, err
        if run == "after a restart":  # the indexes are opened, not rebuilt
            assert "search index of the shipped corpus opened" in err, err
            assert "library search index opened" in err and "index built" not in err, err
        else:
            assert "library search index built" in err, err
        assert "kettle" in here and any(passage in here for passage in reading), run
        assert not any(passage in elsewhere for passage in reading), run
