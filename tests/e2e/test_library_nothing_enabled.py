"""A server that switched every text off: each command answers politely (no apology for a
failure, no traceback), from nothing, and tells the member why and how a moderator turns a
text back on (never "no such passage / speaker / topic", which would send them looking for a
typo); a server that switched one text off is never offered that text's topics; another
server still reads the shipped essays; /stats keeps a disabled text's counts, not its words."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.stats import NOT_READ_HERE
from bot.replies import GENERIC_APOLOGY
from tests.fixtures.bot import stored_libraries
from tests.fixtures.stats import discuss, recorded
from tests.fixtures.waiting import eventually

pytestmark = pytest.mark.e2e

OTHER_GUILD = 9_000_000_000_000_400
A_SHIPPED_ID = "rule-stalin-communist-bureaucrat"


@pytest.fixture
def other_channel(fake_discord) -> int:
    return int(fake_discord.add_guild(OTHER_GUILD))


@pytest.fixture
def lectern_libraries(other_channel):
    return stored_libraries


async def answer(fake, name: str, sub: str | None = None, channel: int | None = None, **options):
    reply = await fake.slash(
        name, sub, options=options, user=fake.admin_id, channel=channel or fake.channel_id
    )
    message: dict[str, Any] = await reply.message() if reply.type == 5 else reply.data
    return message


def shown(message: dict[str, Any]) -> str:
    embeds = message.get("embeds") or []
    parts = [message.get("content") or ""]
    for embed in embeds:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f['name']} {f['value']}" for f in embed.get("fields") or []]
    return "\n".join(parts)


def says_every_text_is_off(text: str) -> bool:
    """What a member must read: why nothing is found, and what a moderator does about it."""
    flat = " ".join(text.split())
    return "every text here is disabled" in flat and "/library enable" in flat


async def test_a_server_with_every_text_disabled_gets_polite_answers_to_every_command(
    fake_discord, lectern, other_channel
):
    fake = fake_discord
    for entry in ("rule-2001", "oipfg-1974"):
        off = await answer(fake, "library", "disable", entry=entry)
        assert "is disabled" in off["content"], off

    asked = [
        ("quote", "search", {"query": "bureaucracy"}),
        ("quote", "random", {}),
        ("quote", "show", {"id": A_SHIPPED_ID}),
        ("source", None, {"id": A_SHIPPED_ID}),
        ("verify", None, {"text": "We must fight bureaucracy"}),
        ("compare", "topic", {"topic": "bureaucracy"}),
        ("compare", "topic", {"topic": "Literacy and culture"}),
        ("compare", "speakers", {"query": "bureaucracy", "speakers": "Lenin, Stalin"}),
        ("discuss", None, {"id": A_SHIPPED_ID}),
        ("daily", "preview", {}),
    ]
    for name, sub, options in asked:
        message = await answer(fake, name, sub, **options)
        text = shown(message)
        assert GENERIC_APOLOGY not in text and "Traceback" not in text, (name, sub, text)
        # not "no passage with the id", "no topic", "no speaker called": the server reads
        # nothing, and the member is told so, privately
        assert says_every_text_is_off(text), (name, sub, text)
        assert message["flags"] & 64, (name, sub)
        for misleading in ("There is no passage", "There is no topic", "No speaker called"):
            assert misleading not in text, (name, sub, text)

    # /daily set: refused before anything is saved ("channel" is the command's option here).
    chosen = {"channel": fake.channel_option(fake.channel_id), "time": "09:00", "timezone": "UTC"}
    refused = await fake.slash("daily", "set", options=chosen, user=fake.admin_id)
    assert refused.ephemeral and says_every_text_is_off(refused.data["content"]), refused.data
    status = shown(await answer(fake, "daily", "status"))
    assert "No daily post is set up" in status, status  # nothing was saved

    about = shown(await answer(fake, "about"))
    assert says_every_text_is_off(about), about
    assert "0 passages" not in about and "Lenin" not in about

    # Nothing disabled is offered as a topic to compare or to filter by.
    for name, sub, option in (("compare", "topic", "topic"), ("quote", "search", "topic")):
        offered = await fake.autocomplete(
            name, sub, options={option: "", "query": "x"}, focused=option
        )
        assert offered == [], (name, offered)

    elsewhere = await answer(fake, "quote", "show", channel=other_channel, id=A_SHIPPED_ID)
    assert not says_every_text_is_off(shown(elsewhere)) and "Stalin" in shown(elsewhere)
    about_elsewhere = shown(await answer(fake, "about", channel=other_channel))
    assert not says_every_text_is_off(about_elsewhere) and "0 passages" not in about_elsewhere


async def test_a_topic_only_a_disabled_text_speaks_to_is_not_offered(fake_discord, lectern):
    fake = fake_discord
    # The sample's "Literacy and culture" topic tags passages of rule-2001 only.
    before = await fake.autocomplete("compare", "topic", options={"topic": "lit"}, focused="topic")
    assert [c["name"] for c in before] == ["Literacy and culture"]
    off = await answer(fake, "library", "disable", entry="rule-2001")
    assert "is disabled" in off["content"], off

    after = await fake.autocomplete("compare", "topic", options={"topic": ""}, focused="topic")
    assert "Literacy and culture" not in [c["name"] for c in after]
    assert "Bureaucracy" in [c["name"] for c in after]  # oipfg-1974 states a position on it
    refused = shown(await answer(fake, "compare", "topic", topic="Literacy and culture"))
    assert "no topic" in refused and "Literacy" not in refused.split("Topics:")[-1], refused
    compared = shown(await answer(fake, "compare", "topic", topic="Bureaucracy"))
    assert "OIPFG" in compared or "oipfg" in compared.lower(), compared
    assert "Carlos Rule" not in compared and "rule-martens" not in compared


async def test_stats_keep_a_disabled_texts_history_without_its_words_or_calling_it_gone(
    fake_discord, lectern
):
    """A moderator who disabled a text still sees how much its passages were discussed,
    labelled as not read here now (never "no longer in the corpus": it is only off), and
    none of its words; enabled again, the passage is named again."""
    fake = fake_discord
    passage = "rule-lenin-literacy"
    _, thread_id = await discuss(fake, lectern, passage, user=fake.admin_id)
    reader = fake.add_member("reader of the thread")
    for text in ("a thought", "another"):
        await fake.send_message(text, user=reader, channel=thread_id)
    await eventually(lambda: recorded(lectern) >= 3)

    async def top_line() -> str:
        top = shown(await answer(fake, "stats", "top"))
        return next(line for line in top.splitlines() if passage in line)

    assert "Lenin" in await top_line()
    for entry in ("rule-2001", "oipfg-1974"):
        await answer(fake, "library", "disable", entry=entry)
    line = await top_line()
    assert NOT_READ_HERE in line and "no longer in the corpus" not in line
    assert "Lenin" not in line and "literacy" not in line.replace(passage, "")
    await answer(fake, "library", "enable", entry="rule-2001")
    assert "Lenin" in await top_line()
