"""/stats top, export and chart through the real client and the fake Discord: a discussion
happens, one member has opted out, and the moderator's reports show exactly what happened."""

from __future__ import annotations

import csv
import io
import json

import pytest

from bot.cogs.stats import top_embed
from bot.core.stats import CSV_COLUMNS, NOT_READ_HERE, PassageActivity, Period, build_report
from bot.render import EMBED_TOTAL_LIMIT
from tests.fixtures.clocks import NOW, FixedClock
from tests.fixtures.images import bar_segments, in_proportion, png_size
from tests.fixtures.messages import NO_PINGS
from tests.fixtures.sample_corpus import make_corpus
from tests.fixtures.stats import counts, discuss, export_problems, recorded
from tests.fixtures.waiting import eventually

pytestmark = pytest.mark.e2e

PASSAGE = "rule-lenin-literacy"
REFUSAL = "Sorry, only moderators can use this command."
SERVER_SLUG = "reading-group"  # the fake server is called "Reading Group"


# What the discussion below amounts to for the discussed passage: the moderator's post (the
# thread Lectern opened on it is not discussion); 5 thread messages and 1 reply; 3 reactions;
# participants are the members who wrote or reacted, alice and bob: carol opted out, so her
# 2 messages and reaction count, she not; the moderator only posted.
DISCUSSED = {"shown": 0, "posts": 1, "threads": 0, "messages": 6, "reactions": 3, "participants": 2}
SHOWN = {"shown": 1, "posts": 0, "threads": 0, "messages": 0, "reactions": 0, "participants": 0}


@pytest.fixture
def lectern_clock():
    return FixedClock(NOW)


@pytest.fixture
async def discussion(fake_discord, lectern):
    fake = fake_discord
    alice, bob, carol = (fake.add_member(name) for name in ("alice", "bob", "carol"))
    opted = await fake.slash("privacy", "opt-out", user=carol)
    assert (await opted.message())["content"].startswith("Done: you have opted out.")
    message_id, thread_id = await discuss(fake, lectern, PASSAGE, user=fake.moderator_id)
    for user in (alice, alice, bob, carol, carol):
        await fake.send_message("a thought", user=user, channel=thread_id)
    await fake.send_message("a reply", user=bob, reply_to=message_id)
    for user, emoji in ((alice, "👍"), (bob, "🔥"), (carol, "🤔")):
        await fake.add_reaction(message_id, emoji, user=user)
    shown = await fake.slash("quote", "show", options={"id": "rule-webbs"}, user=alice)
    assert shown.type == 4
    await eventually(lambda: recorded(lectern) >= 11)
    return {"message": message_id, "thread": thread_id}


async def test_top_shows_the_discussed_passage_with_its_counts(fake_discord, lectern, discussion):
    reply = await fake_discord.slash("stats", "top", user=fake_discord.moderator_id)
    assert reply.type == 5 and reply.ephemeral
    message = await reply.message()
    assert message["flags"] & 64 and message["allowed_mentions"] == NO_PINGS
    embed = message["embeds"][0]
    assert embed["title"] == "Most discussed passages, 9 Feb 2026 to 10 Mar 2026"
    description = embed["description"]
    # Only what members discussed is ranked; the passage only shown is counted apart.
    assert description.startswith(
        "**1 passage discussed** by members: 6 messages, 3 reactions. "
        "1 other passage was shown or posted without discussion"
    )
    assert "**2.**" not in description
    first = description.split("**1.** ")[1]
    assert first.startswith("V. I. Lenin: “Without literacy no politics")
    assert f"`{PASSAGE}`" in first
    # Every figure says what it counts; zeros and Lectern's own thread are left out.
    assert "6 messages · 3 reactions · 2 participants · posted once" in first
    assert "thread" not in first and "shown" not in first
    assert "participants = members who wrote or reacted" in embed["footer"]["text"]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    speakers = fields["Speakers most discussed (messages, reactions, threads)"]
    assert speakers.splitlines() == ["V. I. Lenin — 9 on 1 passage"]
    topics = fields["Topics most discussed (messages, reactions, threads)"]
    assert topics == "Literacy and culture — 9 on 1 passage"  # the other was only shown


async def test_csv_export_has_exactly_the_counts(fake_discord, lectern, discussion):
    reply = await fake_discord.slash(
        "stats", "export", options={"format": "csv"}, user=fake_discord.admin_id
    )
    assert reply.ephemeral
    message = await reply.message()
    assert message["flags"] & 64
    [(name, data)] = await reply.attachments()
    # The server's name, readable, and the default period: the 30 days up to the bot's today.
    assert name == f"lectern-stats-{SERVER_SLUG}-2026-02-09-to-2026-03-10.csv"
    assert "participants (members who wrote or reacted)" in message["content"]
    assert "docs/" not in message["content"]  # the columns are explained right there
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark
    text = data.decode("utf-8-sig")
    assert text.count("\r\n") == 3 and "\n" not in text.replace("\r\n", "")
    # RFC 4180: the snippet has commas, so it is quoted.
    assert '"Without literacy no politics, but only rumours, small talk and prejudices."' in text
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert [r["passage_id"] for r in records] == [PASSAGE, "rule-webbs"]
    assert counts(records[0]) == DISCUSSED and counts(records[1]) == SHOWN
    assert records[0]["speaker"] == "V. I. Lenin"
    assert records[0]["first_activity"].startswith("2026-03-10T12:00:00")


async def test_json_export_validates_against_the_schema(fake_discord, lectern, discussion):
    reply = await fake_discord.slash(
        "stats",
        "export",
        options={"format": "json", "since": "7d", "until": "today"},
        user=fake_discord.moderator_id,
    )
    [(name, data)] = await reply.attachments()
    assert name.endswith(".json") and name.startswith(f"lectern-stats-{SERVER_SLUG}-")
    document = json.loads(data.decode("utf-8"))
    assert export_problems(document) == []
    assert document["guild_id"] == str(fake_discord.guild_id)
    assert (document["since"], document["until"]) == ("2026-03-04", "2026-03-10")  # 7 days
    passages = {p["passage_id"]: p for p in document["passages"]}
    assert counts(passages[PASSAGE]) == DISCUSSED and counts(passages["rule-webbs"]) == SHOWN
    assert passages[PASSAGE]["speaker_id"] == "lenin"
    assert passages[PASSAGE]["topics"] == ["literacy"]
    # Counts only: no member id and no message text anywhere in the export.
    raw = data.decode("utf-8")
    assert "a thought" not in raw and str(fake_discord.moderator_id) not in raw


async def test_chart_is_an_ephemeral_png(fake_discord, lectern, discussion):
    reply = await fake_discord.slash("stats", "chart", user=fake_discord.moderator_id)
    assert reply.type == 5 and reply.ephemeral
    [(name, data)] = await reply.attachments()
    assert name.endswith(".png") and png_size(data)[0] >= 600  # readable on a phone, too
    # One bar: the one discussed passage, as long as its 6 messages and 3 reactions (the
    # passage only shown is not charted).
    [bar] = bar_segments(data)
    assert in_proportion(bar, [DISCUSSED["messages"], DISCUSSED["reactions"], DISCUSSED["threads"]])
    message = await reply.message()
    assert message["flags"] & 64
    assert message["content"].startswith("Most discussed passages, ")


@pytest.mark.parametrize(
    ("sub", "options"),
    [("top", {}), ("export", {"format": "csv"}), ("chart", {"since": "1y"})],
)
async def test_members_without_manage_server_are_refused(
    fake_discord, lectern, discussion, sub, options
):
    before = len(fake_discord.requests)
    reply = await fake_discord.slash("stats", sub, options=options, user=fake_discord.member_id)
    assert reply.type == 4 and reply.ephemeral
    assert reply.data["content"] == REFUSAL
    assert reply.data["allowed_mentions"] == NO_PINGS
    after = fake_discord.requests[before:]
    assert [r.path for r in after] == [
        f"/interactions/{reply.interaction_id}/{reply.token}/callback"
    ]


async def test_a_file_too_large_for_the_channel_is_refused_politely(
    fake_discord, lectern, discussion
):
    fake_discord.attachment_size_limit = 100  # bytes; the CSV here is about 440
    reply = await fake_discord.slash(
        "stats", "export", options={"format": "csv"}, user=fake_discord.moderator_id
    )
    message = await reply.message()
    assert message["flags"] & 64 and not message["attachments"]
    assert "more than Discord lets me send here" in message["content"]
    assert "lectern stats export" in message["content"]
    assert not [r for r in fake_discord.requests if r.files]


def test_stats_is_hidden_from_members_and_servers_only(lectern):
    command = lectern.tree.get_command("stats")
    payload = command.to_dict(lectern.tree)
    assert int(payload["default_member_permissions"]) == 32  # Manage Server
    assert payload["contexts"] == [0]  # guilds only


async def test_an_empty_period_gets_a_polite_message(fake_discord, lectern, discussion):
    for sub, options in (
        ("top", {}),
        ("export", {"format": "json"}),
        ("chart", {}),
    ):
        reply = await fake_discord.slash(
            "stats",
            sub,
            options={**options, "since": "2020-01-01", "until": "2020-12-31"},
            user=fake_discord.moderator_id,
        )
        message = await reply.message()
        assert message["flags"] & 64 and not message["embeds"] and not message["attachments"]
        assert message["content"].startswith(
            "Nothing has been recorded in this server from 2020-01-01 to 2020-12-31 (UTC) yet."
        )


async def test_a_wrong_date_is_explained(fake_discord, lectern):
    reply = await fake_discord.slash(
        "stats", "top", options={"since": "last tuesday"}, user=fake_discord.moderator_id
    )
    assert reply.type == 4 and reply.ephemeral
    assert reply.data["content"].startswith("`since` must be a date like `2026-01-31`")


async def test_just_happened_activity_is_in_the_report(fake_discord, lectern, discussion):
    # The background writer runs every second; the report must not wait for it.
    await fake_discord.add_reaction(discussion["message"], user=fake_discord.admin_id)
    await eventually(lambda: recorded(lectern) >= 12)
    reply = await fake_discord.slash(
        "stats", "export", options={"format": "json"}, user=fake_discord.moderator_id
    )
    [(_, data)] = await reply.attachments()
    passages = {p["passage_id"]: p for p in json.loads(data)["passages"]}
    assert passages[PASSAGE]["reactions"] == 4 and passages[PASSAGE]["participants"] == 3


def test_the_top_embed_stays_within_discord_limits():
    corpus = make_corpus()
    now = NOW
    activities = [
        PassageActivity(f"gone-{i}-" + "x" * 90, messages=i, participants=i) for i in range(60)
    ] + [PassageActivity(p.id, shown=1) for p in corpus.passages]
    period = Period(now.date(), now.date())
    report = build_report(corpus, activities, guild_id=1, period=period, generated_at=now)
    embed = top_embed(report, [], [])
    assert len(embed) <= EMBED_TOTAL_LIMIT and len(embed.description) <= 4096
    assert NOT_READ_HERE in embed.description
