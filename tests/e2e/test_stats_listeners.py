"""The discussion log's listeners and /privacy, through the real client and the fake Discord."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.events import PassagePosted
from tests.fixtures.messages import NO_PINGS
from tests.fixtures.stats import discuss, recorded, today_period
from tests.fixtures.waiting import eventually

pytestmark = pytest.mark.e2e

PASSAGE = "rule-lenin-literacy"


async def activity(bot, passage=PASSAGE):
    rows = await bot.events.passage_activity(bot.guilds[0].id, today_period())
    return next((row for row in rows if row.passage_id == passage), None)


async def test_thread_messages_replies_and_reactions_are_counted(fake_discord, lectern):
    fake = fake_discord
    message_id, thread_id = await discuss(fake, lectern)
    alice, bob = fake.add_member("alice"), fake.add_member("bob")
    # Not discussion of the passage: the bot itself, other channels, other messages. (Sent
    # first: the gateway delivers in order, so once the last event below is logged, these
    # have been seen too.)
    await fake.add_reaction(message_id, "📌", user=fake.bot_id)
    await fake.send_message("elsewhere", user=alice, channel=fake.channel_id)
    other = fake.post_bot_message()
    await fake.send_message("off topic", user=alice, reply_to=int(other["id"]))
    await fake.add_reaction(int(other["id"]), user=bob)
    for user in (alice, bob, alice):
        await fake.send_message("I think...", user=user, channel=thread_id)
    await fake.send_message("Agreed", user=bob, channel=fake.channel_id, reply_to=message_id)
    await fake.add_reaction(message_id, "👍", user=alice)
    await fake.add_reaction(message_id, "🤔", user=bob)

    await eventually(lambda: recorded(lectern) >= 7)
    row = await activity(lectern)
    # The thread Lectern opened itself is no discussion: only what members did is counted.
    assert (row.posts, row.threads, row.messages, row.reactions) == (1, 0, 4, 2)
    assert row.participants == 2  # alice and bob wrote and reacted; the moderator only posted
    assert await lectern.events.event_count() == 7  # posted, 4 messages, 2 reactions


async def test_bots_and_webhooks_are_not_counted(fake_discord, lectern):
    fake = fake_discord
    _, thread_id = await discuss(fake, lectern)
    helper = fake.add_member("helper-bot")
    fake.users[helper]["bot"] = True
    await fake.send_message("automated", user=helper, channel=thread_id)
    hooked = fake.add_member("hook")
    message = fake._message(thread_id, content="via webhook", author=fake.users[hooked])
    message["webhook_id"] = "999"
    await fake.dispatch("MESSAGE_CREATE", message)
    await fake.send_message("a person", user=fake.member_id, channel=thread_id)

    await eventually(lambda: recorded(lectern) >= 2)
    row = await activity(lectern)
    assert row.messages == 1 and row.participants == 1


async def test_a_thread_a_member_opens_on_a_posted_passage_is_counted(fake_discord, lectern):
    fake = fake_discord
    # A post without a thread, as a daily post may be.
    post = fake.post_bot_message()
    lectern.dispatch(
        "passage_posted",
        PassagePosted(
            guild_id=fake.guild_id,
            channel_id=fake.channel_id,
            message_id=int(post["id"]),
            thread_id=None,
            user_id=None,
            passage_id=PASSAGE,
            origin="daily",
            at=datetime.now(UTC),
        ),
    )
    await eventually(lambda: lectern.events.passage_of_message(int(post["id"])) is not None)
    thread = await fake.open_thread(int(post["id"]), "what did he mean?", user=fake.member_id)
    await eventually(lambda: lectern.events.passage_of_thread(int(thread["id"])) is not None)
    # A thread on any other message is not a passage discussion.
    unrelated = fake.post_bot_message()
    await fake.open_thread(int(unrelated["id"]), user=fake.member_id)
    await fake.send_message("literacy first", user=fake.admin_id, channel=int(thread["id"]))

    await eventually(lambda: recorded(lectern) >= 3)
    row = await activity(lectern)
    assert (row.posts, row.threads, row.messages) == (1, 1, 1)
    assert row.participants == 1  # who wrote; opening the thread alone is not taking part


async def test_a_shown_passage_is_counted(fake_discord, lectern):
    reply = await fake_discord.slash("quote", "show", options={"id": "rule-webbs"})
    assert reply.type == 4
    await eventually(lambda: recorded(lectern) >= 1)
    row = await activity(lectern, "rule-webbs")
    assert (row.shown, row.posts, row.participants) == (1, 0, 0)  # seeing is not taking part


async def test_old_raw_events_are_pruned_and_the_daily_counts_stay(fake_discord, lectern):
    fake = fake_discord
    message_id, _ = await discuss(fake, lectern)
    await fake.add_reaction(message_id, user=fake.member_id)
    await eventually(lambda: recorded(lectern) >= 2)
    await lectern.events.flush()
    cog = lectern.get_cog("Discussion")
    assert cog.retention.is_running()
    soon = datetime.now(UTC) + timedelta(days=1)
    kept = await cog.prune(soon)  # within the retention period: nothing goes
    assert kept.events_deleted == 0 and await lectern.events.event_count() == 2
    later = soon + timedelta(days=lectern.settings.retention_days)
    pruned = await cog.prune(later)
    assert pruned.events_deleted == 2 and await lectern.events.event_count() == 0
    row = await activity(lectern)
    assert (row.posts, row.threads, row.reactions, row.participants) == (1, 0, 1, 1)


async def test_the_retention_task_stops_when_the_cog_unloads(fake_discord, lectern):
    cog = lectern.get_cog("Discussion")
    task = cog.retention.get_task()
    await lectern.unload_extension("bot.cogs.discussion")
    await asyncio.sleep(0)
    assert task.done() and not cog.retention.is_running()


def opted_out_rows(path):
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT COUNT(*) FROM privacy_opt_outs").fetchone()[0]


async def test_opt_out_is_committed_before_the_reply_and_unlinks_the_past(
    fake_discord, lectern_runner, lectern
):
    fake = fake_discord
    message_id, thread_id = await discuss(fake, lectern)
    await fake.send_message("before", user=fake.member_id, channel=thread_id)
    await eventually(lambda: recorded(lectern) >= 2)
    await lectern.events.flush()

    reply = await fake.slash("privacy", "opt-out", user=fake.member_id)
    assert reply.type == 5 and reply.ephemeral
    message = await reply.message()
    # Another connection sees the opt-out as soon as the member is told.
    assert opted_out_rows(lectern_runner.settings.database) == 1
    assert message["flags"] & 64
    assert message["content"].startswith("Done: you have opted out. 1 earlier event was")
    again = await (await fake.slash("privacy", "opt-out", user=fake.member_id)).message()
    assert again["content"].startswith("You had already opted out")

    await fake.send_message("after", user=fake.member_id, channel=thread_id)
    await fake.add_reaction(message_id, user=fake.member_id)
    await eventually(lambda: recorded(lectern) >= 4)
    row = await activity(lectern)
    assert (row.messages, row.reactions) == (2, 1)  # still counted...
    assert row.participants == 0  # ...but the only member who took part is not linked

    back = await (await fake.slash("privacy", "opt-in", user=fake.member_id)).message()
    assert back["content"].startswith("Done: from now on")
    assert opted_out_rows(lectern_runner.settings.database) == 0
    never = await (await fake.slash("privacy", "opt-in", user=fake.member_id)).message()
    assert never["content"] == "You had not opted out; nothing changed."


async def test_privacy_info_says_what_is_stored(fake_discord, lectern):
    reply = await fake_discord.slash("privacy", "info", user=fake_discord.member_id)
    message = await reply.message()
    assert message["flags"] & 64 and message["allowed_mentions"] == NO_PINGS
    text = message["embeds"][0]["description"]
    assert "text of any message" in text and "keyed hash" in text
    assert f"for {lectern.settings.retention_days} days" in text
    assert "/privacy opt-out" in text and "counted as a participant" in text
    opted = await fake_discord.slash("privacy", "opt-out", user=fake_discord.member_id)
    await opted.message()
    info = await fake_discord.slash("privacy", "info", user=fake_discord.member_id)
    later = await info.message()
    assert "You have **opted out**" in later["embeds"][0]["description"]


async def test_no_privileged_intent_is_requested(fake_discord, lectern):
    intents = fake_discord.identifies[-1]["intents"]
    message_content = 1 << 15
    assert intents & message_content == 0
