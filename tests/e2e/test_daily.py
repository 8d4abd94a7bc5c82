"""/daily through the real discord.py client and the fake Discord, with a fake clock.

The scheduler's clock is swapped for ``SteppingClock`` (the ``Clock`` protocol): fake time
moves only when the scheduler sleeps, and never past ``until``, so "posted within a minute of
09:00" is measured in the scheduler's own time without waiting a real minute. The fake dates
are in 2030, after the real date: the real clock, which runs for a moment after each start
before the test swaps it, never finds one of these posts due.
"""

from __future__ import annotations

import asyncio
import re
from datetime import datetime, timedelta

import pytest

from bot.devtools.fakediscord.server import OTHER_CHANNEL_ID, SEND_MESSAGES
from tests.fixtures.daily import (
    DAY,
    NINE,
    START,
    SteppingClock,
    daily,
    set_daily,
    status_text,
    use_clock,
)
from tests.fixtures.messages import NO_PINGS, posts_in

pytestmark = pytest.mark.e2e


def unix(moment: datetime) -> int:
    return int(moment.timestamp())


@pytest.fixture
def clock(lectern) -> SteppingClock:
    fake_clock = SteppingClock(START)
    use_clock(lectern, fake_clock)
    return fake_clock


@pytest.fixture
def posted(lectern):
    events = []

    async def on_passage_posted(event):
        events.append(event)

    lectern.add_listener(on_passage_posted)
    return events


async def test_the_post_arrives_within_a_minute_once_with_its_thread_and_status_is_true(
    fake_discord, lectern_runner, clock, posted
):
    saved = await set_daily(fake_discord, thread=True)
    message = await saved.message()
    assert message["flags"] & 64  # only the moderator sees the confirmation
    description = message["embeds"][0]["description"]
    assert f"<#{fake_discord.channel_id}>" in description
    assert "09:00 Europe/London" in description
    assert f"<t:{unix(NINE)}:F>" in description  # the first post: today, in two minutes

    clock.run(until=NINE + timedelta(minutes=10))
    await clock.settle()

    sent = posts_in(fake_discord, fake_discord.channel_id)
    assert len(sent) == 1
    post = fake_discord.messages[sent[0].message_id]
    assert post["allowed_mentions"] == NO_PINGS
    assert post["content"].startswith("**Daily passage** · Tuesday 15 January 2030")
    embed = post["embeds"][0]
    passage_id = embed["footer"]["text"].removeprefix("id: ")
    quoted = lectern_runner.corpus.get(passage_id)
    assert quoted is not None and quoted.kind == "quotation"
    assert quoted.text.split()[0] in embed["description"]
    assert "Carlos Rule" in embed["author"]["name"] or "Fadaee" in embed["author"]["name"]
    assert embed["title"].startswith(lectern_runner.corpus.speaker_name(quoted.speaker))
    # Posted in the scheduler's time between 09:00 and 09:01, and reported for the stats.
    assert len(posted) == 1
    assert NINE <= posted[0].at < NINE + timedelta(minutes=1)
    assert (posted[0].origin, posted[0].user_id, posted[0].passage_id) == (
        "daily",
        None,
        passage_id,
    )
    thread_calls = fake_discord.requests_to("POST", "/threads")
    assert [r.path for r in thread_calls] == [
        f"/channels/{fake_discord.channel_id}/messages/{post['id']}/threads"
    ]
    thread_id = int(fake_discord.threads[0]["id"])
    assert posted[0].thread_id == thread_id and posted[0].message_id == int(post["id"])

    status = await status_text(fake_discord)
    assert "**State:** active" in status
    tomorrow = NINE + DAY
    times = re.findall(r"<t:(\d+):F>", status)
    assert times == [str(unix(tomorrow)), str(unix(tomorrow + DAY)), str(unix(tomorrow + 2 * DAY))]
    assert "opened on each post" in status
    link = f"https://discord.com/channels/{fake_discord.guild_id}/{fake_discord.channel_id}/"
    assert f"`{passage_id}`, {link}{post['id']} (thread <#{thread_id}>)" in status

    # A restart later the same day does not post again.
    restarted = await lectern_runner.restart()
    use_clock(restarted, clock)
    clock.run(until=NINE + timedelta(hours=3))
    await clock.settle()
    assert len(posts_in(fake_discord, fake_discord.channel_id)) == 1

    # The next day's post comes at 09:00 again, from the restarted bot.
    clock.run(until=tomorrow + timedelta(minutes=5), start=tomorrow - timedelta(minutes=1))
    await clock.settle()
    second = posts_in(fake_discord, fake_discord.channel_id)
    assert len(second) == 2
    second_id = fake_discord.messages[second[1].message_id]["embeds"][0]["footer"]["text"]
    assert second_id != f"id: {passage_id}"  # no repeat before every passage was posted


async def test_preview_shows_the_next_post_without_using_it_up(fake_discord, lectern, clock):
    await set_daily(fake_discord, speaker="stalin")
    previews = []
    for _ in range(2):
        reply = await daily(fake_discord, "preview")
        assert reply.ephemeral and reply.data["allowed_mentions"] == NO_PINGS
        embed = reply.data["embeds"][0]
        assert embed["description"].startswith("Preview of the next daily post")
        previews.append(embed["footer"]["text"])
    assert previews[0] == previews[1]
    assert not posts_in(fake_discord, fake_discord.channel_id)

    clock.run(until=NINE + timedelta(minutes=5))
    await clock.settle()
    [sent] = posts_in(fake_discord, fake_discord.channel_id)
    assert fake_discord.messages[sent.message_id]["embeds"][0]["footer"]["text"] == previews[0]
    assert fake_discord.messages[sent.message_id]["embeds"][0]["title"].startswith("J. V. Stalin")
    after = await daily(fake_discord, "preview")
    assert after.data["embeds"][0]["footer"]["text"] != previews[0]  # stalin has two


async def test_a_deleted_channel_pauses_the_posts_and_status_says_what_to_fix(
    fake_discord, lectern, clock
):
    await set_daily(fake_discord, thread=True)
    await fake_discord.delete_channel(fake_discord.channel_id)
    warning = await status_text(fake_discord)
    assert "**Warning:** The channel" in warning and "no longer exists" in warning

    clock.run(until=NINE + timedelta(minutes=5))
    await clock.settle()

    assert not posts_in(fake_discord, fake_discord.channel_id)
    status = await status_text(fake_discord)
    assert f"**State:** paused. The channel <#{fake_discord.channel_id}> no longer exists" in status
    assert "run `/daily set` again" in status
    assert "**Next posts:** none while paused" in status
    assert "not delivered" in status  # the last post line says the day's post did not go out
    # Paused means no retry storm: later the same day and the next day, nothing is tried.
    gets = len(fake_discord.requests_to("GET", f"/channels/{fake_discord.channel_id}"))
    clock.run(until=NINE + DAY + timedelta(minutes=5), start=NINE + DAY - timedelta(minutes=1))
    await clock.settle()
    assert len(fake_discord.requests_to("GET", f"/channels/{fake_discord.channel_id}")) == gets

    # Set again on a channel that exists: posting resumes at the next post time.
    await set_daily(fake_discord, channel=OTHER_CHANNEL_ID)
    resumed = await status_text(fake_discord)
    assert "**State:** active" in resumed
    clock.run(until=NINE + 2 * DAY + timedelta(minutes=5), start=NINE + 2 * DAY)
    await clock.settle()
    assert len(posts_in(fake_discord, OTHER_CHANNEL_ID)) == 1


async def test_a_lost_permission_pauses_and_set_refuses_a_channel_it_cannot_post_in(
    fake_discord, lectern, clock
):
    await set_daily(fake_discord)
    await fake_discord.deny_bot(fake_discord.channel_id, SEND_MESSAGES)
    assert "**Warning:** I am missing these permissions" in await status_text(fake_discord)

    clock.run(until=NINE + timedelta(minutes=5))
    await clock.settle()
    assert not posts_in(fake_discord, fake_discord.channel_id)
    status = await status_text(fake_discord)
    # (Discord implicitly denies Embed Links without Send Messages; both are named.)
    assert (
        f"**State:** paused. I am missing these permissions in <#{fake_discord.channel_id}>:"
        " Send Messages, Embed Links." in status
    )

    refused = await set_daily(fake_discord, thread=True)
    assert refused.ephemeral
    text = refused.data["content"]
    assert f"I cannot post in <#{fake_discord.channel_id}> yet" in text
    assert "Send Messages" in text and "/daily set again" in text
    assert "**State:** paused" in await status_text(fake_discord)  # a refused set changes nothing


async def test_members_are_refused_and_off_stops_the_posts(fake_discord, lectern, clock):
    for sub in ("status", "off", "preview"):
        denied = await daily(fake_discord, sub, user=fake_discord.member_id)
        assert denied.ephemeral
        assert denied.data["content"] == "Sorry, only moderators can use this command."
    denied = await set_daily(fake_discord, user=fake_discord.member_id)
    assert denied.data["content"] == "Sorry, only moderators can use this command."
    assert "No daily post is set up" in (await daily(fake_discord, "status")).data["content"]

    admin = await set_daily(fake_discord, user=fake_discord.admin_id)  # Manage Server
    assert "Daily passage saved" in (await admin.message())["embeds"][0]["title"]
    off = await daily(fake_discord, "off")
    assert off.ephemeral and (await off.message())["content"].startswith("Daily posts are off.")
    clock.run(until=NINE + timedelta(hours=1))
    await clock.settle()
    assert not posts_in(fake_discord, fake_discord.channel_id)
    again = await daily(fake_discord, "off")
    assert (await again.message())["content"] == "No daily post was set up in this server."


async def test_wrong_options_get_one_polite_message_and_zones_are_suggested(
    fake_discord, lectern, clock
):
    for options, expected in [
        ({"time": "25:00"}, "HH:MM"),
        ({"timezone": "Mars/Olympus"}, "IANA name such as Europe/London"),
        ({"timezone": "london"}, "Did you mean Europe/London?"),
        ({"topic": "no such topic"}, "There is no topic `no such topic`. Topics: Bureaucracy;"),
        ({"topic": "literacy & culture"}, "Did you mean Literacy and culture?"),
    ]:
        reply = await set_daily(fake_discord, **options)
        assert reply.type == 4 and reply.ephemeral, options
        assert expected in reply.data["content"]
        assert "Traceback" not in reply.data["content"]
    assert "No daily post is set up" in (await daily(fake_discord, "status")).data["content"]
    choices = await fake_discord.autocomplete(
        "daily",
        "set",
        options={"timezone": "london"},
        focused="timezone",
        user=fake_discord.moderator_id,
    )
    assert choices == [{"name": "Europe/London", "value": "Europe/London"}]
    many = await fake_discord.autocomplete(
        "daily", "set", options={"timezone": "a"}, focused="timezone"
    )
    assert 0 < len(many) <= 25 and all(len(c["value"]) <= 100 for c in many)


async def test_daily_is_for_servers_and_hidden_from_members_by_default(lectern):
    group = lectern.tree.get_command("daily")
    assert group is not None
    payload = group.to_dict(lectern.tree)
    assert payload["default_member_permissions"] == 32  # Manage Server
    assert payload["contexts"] == [0]  # servers only
    assert sorted(c["name"] for c in payload["options"]) == ["off", "preview", "set", "status"]


async def test_a_server_outage_delays_the_post_without_pausing_it(fake_discord, lectern, clock):
    await set_daily(fake_discord)
    gone = asyncio.create_task(lectern.wait_for("guild_unavailable", timeout=5))
    outage = {"id": str(fake_discord.guild_id), "unavailable": True}
    await fake_discord.dispatch("GUILD_DELETE", outage)
    await gone
    clock.run(until=NINE + timedelta(minutes=2))
    await clock.settle()
    assert not posts_in(fake_discord, fake_discord.channel_id)

    back = asyncio.create_task(lectern.wait_for("guild_available", timeout=5))
    await fake_discord.dispatch("GUILD_CREATE", fake_discord.guild_payload())
    await back
    clock.run(until=NINE + timedelta(minutes=10))
    await clock.settle()
    assert len(posts_in(fake_discord, fake_discord.channel_id)) == 1  # retried, not paused
    status = await status_text(fake_discord)
    assert "**State:** active" in status and "https://discord.com/channels/" in status


async def test_a_post_discord_refuses_pauses_with_discords_reason(fake_discord, lectern, clock):
    await set_daily(fake_discord)
    channel = fake_discord.channel_id
    refusal = {"message": "Missing Access", "code": 50001}
    fake_discord.fail_next[("POST", f"/channels/{channel}/messages")] = (403, refusal)
    clock.run(until=NINE + timedelta(minutes=5))
    await clock.settle()
    assert not posts_in(fake_discord, channel)
    status = await status_text(fake_discord)
    assert f"**State:** paused. Discord refused my post in <#{channel}>: Missing Access." in status
