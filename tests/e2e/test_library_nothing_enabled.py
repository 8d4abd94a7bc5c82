"""A server that switched every text off: each command answers politely (no apology for a
failure, no traceback), from nothing; another server still reads the shipped essays."""

from __future__ import annotations

from typing import Any

import pytest

from bot.cogs._common import NOTHING_ENABLED
from bot.replies import GENERIC_APOLOGY
from tests.fixtures.bot import stored_libraries

pytestmark = pytest.mark.e2e

OTHER_GUILD = 9_000_000_000_000_400


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
        ("quote", "show", {"id": "rule-stalin-communist-bureaucrat"}),
        ("source", None, {"id": "rule-stalin-communist-bureaucrat"}),
        ("verify", None, {"text": "We must fight bureaucracy"}),
        ("compare", "topic", {"topic": "bureaucracy"}),
        ("compare", "speakers", {"query": "bureaucracy", "speakers": "Lenin, Stalin"}),
        ("discuss", None, {"id": "rule-stalin-communist-bureaucrat"}),
        ("about", None, {}),
        ("daily", "preview", {}),
    ]
    for name, sub, options in asked:
        message = await answer(fake, name, sub, **options)
        text = shown(message)
        assert text.strip(), (name, sub, message)
        assert GENERIC_APOLOGY not in text, (name, sub, text)
        assert "Traceback" not in text
        if (name, sub) in {("quote", "search"), ("quote", "random"), ("verify", None)}:
            # not "nothing matches" or "not in the corpus": the server reads nothing
            assert text.strip() == NOTHING_ENABLED and message["flags"] & 64, (name, sub)
        assert "rule-stalin-communist-bureaucrat\n" not in text and "Stalin:" not in text

    elsewhere = await answer(
        fake, "quote", "show", channel=other_channel, id="rule-stalin-communist-bureaucrat"
    )
    assert GENERIC_APOLOGY not in shown(elsewhere) and shown(elsewhere).strip()
