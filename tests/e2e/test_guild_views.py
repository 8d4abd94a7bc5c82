"""Each server reads its own library: server A has a reading of its own, server B only the
shipped texts. Through the real client and the fake Discord, every command and button in A
finds A's quotation, and nothing in B ever does (nor in a direct message)."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import pytest

from bot.cogs._common import LOADING
from bot.library_render import UNAVAILABLE
from tests.fixtures.daily import NINE, START, SteppingClock, set_daily
from tests.fixtures.libraries import (
    ORCHARD_QUOTE,
    ORCHARD_SPEAKER,
    PerGuildLibraries,
    own_reading_libraries,
)
from tests.fixtures.messages import NO_PINGS, buttons_by_label, posts_in
from tests.fixtures.stats import recorded
from tests.fixtures.waiting import eventually

pytestmark = pytest.mark.e2e

OTHER_GUILD = 9_000_000_000_000_300
ORCHARD_ID = "orchard-vellacott"
CLAIM = f"\u201c{ORCHARD_QUOTE}\u201d \u2014 Marguerite Vellacott"


@pytest.fixture
def other_channel(fake_discord) -> int:
    """Server B's text channel (the server exists before the bot connects)."""
    return int(fake_discord.add_guild(OTHER_GUILD))


@pytest.fixture
def lectern_libraries(fake_discord, lectern_corpus, other_channel) -> PerGuildLibraries:
    return own_reading_libraries(lectern_corpus, [fake_discord.guild_id])


@pytest.fixture
def lectern_clock() -> SteppingClock:
    return SteppingClock(START)


async def search(fake, channel: int, query: str) -> dict:
    reply = await fake.slash("quote", "search", options={"query": query}, channel=channel)
    return await reply.message()


async def test_search_autocomplete_show_and_source_find_the_reading_only_where_it_is_read(
    fake_discord, lectern, other_channel
):
    fake = fake_discord
    found = await search(fake, fake.channel_id, "no committee persuaded a pear to ripen")
    embed = found["embeds"][0]
    assert embed["footer"]["text"] == f"id: {ORCHARD_ID}"
    assert embed["title"].startswith(ORCHARD_SPEAKER)
    assert "persuaded a pear to ripen" in embed["description"]

    elsewhere = await search(fake, other_channel, "no committee persuaded a pear to ripen")
    assert ORCHARD_QUOTE[:40] not in str(elsewhere)  # the query is echoed, never the quotation
    assert ORCHARD_ID not in str(elsewhere) and ORCHARD_SPEAKER not in str(elsewhere)

    for channel, offered in ((fake.channel_id, True), (other_channel, False)):
        passages = await fake.autocomplete(
            "quote", "search", options={"query": "pear to ripen"}, focused="query", channel=channel
        )
        assert (ORCHARD_ID in [c["value"] for c in passages]) is offered
        speakers = await fake.autocomplete(
            "quote", "search", options={"speaker": "Vellac"}, focused="speaker", channel=channel
        )
        assert ("marguerite-vellacott" in [c["value"] for c in speakers]) is offered
        ids = await fake.autocomplete(
            "source", None, options={"id": "orchard"}, focused="id", channel=channel
        )
        assert (ORCHARD_ID in [c["value"] for c in ids]) is offered

    shown = await fake.slash("quote", "show", options={"id": ORCHARD_ID})
    assert shown.data["embeds"][0]["footer"]["text"] == f"id: {ORCHARD_ID}"
    context = await fake.slash("source", options={"id": ORCHARD_ID})
    assert "Notes from the Cooperative Orchard" in str(context.data["embeds"][0])
    for command, sub in (("quote", "show"), ("source", None)):
        refused = await fake.slash(command, sub, options={"id": ORCHARD_ID}, channel=other_channel)
        assert refused.ephemeral and not refused.data.get("embeds")
        assert ORCHARD_QUOTE not in str(refused.data)
    direct = await fake.dm_slash("quote", "show", options={"id": ORCHARD_ID})
    assert ORCHARD_QUOTE not in str(direct.data)


async def test_verify_and_random_answer_from_the_servers_own_library(
    fake_discord, lectern, other_channel
):
    fake = fake_discord
    reply = await fake.slash("verify", options={"text": CLAIM})
    verdict = (await reply.message())["embeds"][0]
    assert verdict["title"] == f"Real quotation, right speaker: {ORCHARD_SPEAKER}"

    reply = await fake.slash("verify", options={"text": CLAIM}, channel=other_channel)
    message = await reply.message()
    assert not str(message).count("Real quotation")
    assert ORCHARD_SPEAKER not in str(message.get("embeds", [{}])[0].get("title", ""))

    picked = await fake.slash("quote", "random", options={"speaker": "Vellacott"})
    assert picked.data["embeds"][0]["footer"]["text"] == f"id: {ORCHARD_ID}"
    refused = await fake.slash(
        "quote", "random", options={"speaker": "Vellacott"}, channel=other_channel
    )
    assert refused.ephemeral
    assert "No one called `Vellacott` is quoted here." in refused.data["content"]


async def test_buttons_look_the_passage_up_in_the_clicking_servers_view(
    fake_discord, lectern, other_channel
):
    fake = fake_discord
    found = await search(fake, fake.channel_id, "no committee persuaded a pear to ripen")
    post = buttons_by_label(found)["Post to channel"]
    posted = await fake.click(found, post["custom_id"])
    assert not posted.ephemeral and posted.data["allowed_mentions"] == NO_PINGS
    assert posted.data["embeds"][0]["footer"]["text"] == f"id: {ORCHARD_ID}"

    # The same button (a custom id carries only the passage id) pressed in server B, as a
    # message forwarded or a custom id forged would have it, answers as a stale button does.
    custom_ids = [post["custom_id"], f"lectern:src:{ORCHARD_ID}", f"lectern:disc:{ORCHARD_ID}"]
    row = [
        {"type": 2, "style": 2, "label": f"button {i}", "custom_id": custom_id}
        for i, custom_id in enumerate(custom_ids)
    ]
    stale = fake.post_bot_message(other_channel, components=[{"type": 1, "components": row}])
    for custom_id in custom_ids:
        answer = await fake.click(stale, custom_id)
        assert answer.ephemeral
        assert "no longer has" in answer.data["content"]
        assert ORCHARD_QUOTE not in str(answer.data)


async def test_the_daily_post_and_its_preview_pick_from_that_servers_view(
    fake_discord, lectern, lectern_clock, other_channel
):
    fake = fake_discord
    options = {
        "channel": fake.channel_option(other_channel),
        "time": "09:00",
        "timezone": "Europe/London",
        "speaker": "Vellacott",
    }
    refused = await fake.slash(
        "daily", "set", options=options, user=fake.admin_id, channel=other_channel
    )
    assert refused.ephemeral and "No one called `Vellacott`" in refused.data["content"]

    await set_daily(fake, speaker="Vellacott", thread=False)
    preview = await fake.slash("daily", "preview", user=fake.moderator_id)
    assert preview.data["embeds"][0]["footer"]["text"] == f"id: {ORCHARD_ID}"

    lectern_clock.run(until=NINE + timedelta(minutes=10))
    await lectern_clock.settle()
    sent = posts_in(fake, fake.channel_id)
    assert len(sent) == 1
    post = fake.messages[sent[0].message_id]
    assert post["embeds"][0]["footer"]["text"] == f"id: {ORCHARD_ID}"
    assert post["embeds"][0]["title"].startswith(ORCHARD_SPEAKER)
    assert posts_in(fake, other_channel) == []


async def test_library_says_politely_when_the_bot_keeps_no_server_libraries(fake_discord, lectern):
    """This bot's libraries hand out views but cannot change them (no ``LibraryManager``)."""
    for sub, options in (("list", {}), ("publish", {"reading": "abcdef"})):
        reply = await fake_discord.slash(
            "library", sub, options=options, user=fake_discord.admin_id
        )
        assert reply.type == 4 and reply.ephemeral
        assert reply.data["content"] == UNAVAILABLE
    offered = await fake_discord.autocomplete(
        "library", "review", options={"reading": ""}, focused="reading", user=fake_discord.admin_id
    )
    assert offered == []


async def test_a_library_still_loading_gets_a_polite_answer_in_time_not_a_failed_command(
    fake_discord, lectern, lectern_libraries
):
    fake = fake_discord
    lectern_libraries.loading = asyncio.Event()  # server A's view is being built
    reply = await fake.slash("quote", "search", options={"query": "pear to ripen"})
    assert reply.ack_seconds < 3.0 and reply.ephemeral
    assert reply.data["content"] == LOADING
    offered = await fake.autocomplete("quote", "search", options={"query": "pear"}, focused="query")
    assert offered == []
    lectern_libraries.loading.set()  # built: the same command now answers from it
    found = await search(fake, fake.channel_id, "no committee persuaded a pear to ripen")
    assert found["embeds"][0]["footer"]["text"] == f"id: {ORCHARD_ID}"


async def test_stats_name_the_servers_own_speakers(fake_discord, lectern):
    fake = fake_discord
    await fake.slash("quote", "show", options={"id": ORCHARD_ID})
    await eventually(lambda: recorded(lectern) >= 1)
    reply = await fake.slash("stats", "export", options={"format": "json"}, user=fake.admin_id)
    [(_, data)] = await reply.attachments()
    passages = {p["passage_id"]: p for p in json.loads(data.decode("utf-8"))["passages"]}
    assert passages[ORCHARD_ID]["speaker"] == ORCHARD_SPEAKER
    assert passages[ORCHARD_ID]["speaker_id"] == "marguerite-vellacott"
