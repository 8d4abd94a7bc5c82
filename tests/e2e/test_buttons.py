"""Buttons under public posts keep working after the bot restarts (persistent custom ids)."""

import pytest

from bot.render import passage_pages
from tests.fixtures.messages import NO_PINGS, buttons_by_label

pytestmark = pytest.mark.e2e


@pytest.fixture
def lectern_corpus(shipped_corpus):
    return shipped_corpus  # it has long passages


async def test_long_passage_pages_survive_a_restart(fake_discord, lectern_runner):
    longest = max(lectern_runner.corpus.passages, key=lambda p: len(p.text))
    pages = passage_pages(longest.text)
    reply = await fake_discord.slash("quote", "show", options={"id": longest.id})
    message = await reply.message()
    assert message["embeds"][0]["footer"]["text"] == f"id: {longest.id} · page 1 of {len(pages)}"
    first = buttons_by_label(message)
    assert first["◀ Previous page"]["disabled"] and not first["Next page ▶"].get("disabled")

    await lectern_runner.restart()

    click = await fake_discord.click(message, first["Next page ▶"]["custom_id"])
    assert click.type == 7
    page_two = fake_discord.messages[int(message["id"])]
    assert page_two["embeds"][0]["footer"]["text"].endswith(f"page 2 of {len(pages)}")
    assert pages[1].split()[0] in page_two["embeds"][0]["description"]
    assert not buttons_by_label(page_two)["◀ Previous page"].get("disabled")
    assert page_two["allowed_mentions"] == NO_PINGS


async def test_source_buttons_survive_a_restart(fake_discord, lectern_runner):
    passage = lectern_runner.corpus.passages[5]
    reply = await fake_discord.slash("source", options={"id": passage.id})
    message = await reply.message()
    await lectern_runner.restart()
    click = await fake_discord.click(
        message, buttons_by_label(message)["Next passage ▶"]["custom_id"]
    )
    assert click.type == 7
    following = lectern_runner.index.following(passage)
    assert click.data["embeds"][0]["footer"]["text"] == f"id: {following.id}"


async def test_a_button_for_a_passage_that_no_longer_exists_gets_a_polite_reply(
    fake_discord, lectern_runner
):
    custom_id = "lectern:page:gone-passage:1:n"
    button = {"type": 2, "style": 2, "label": "Next page ▶", "custom_id": custom_id}
    message = fake_discord.post_bot_message(components=[{"type": 1, "components": [button]}])
    reply = await fake_discord.click(message, custom_id)
    # The member typed no id: the answer says the button is stale, not "no passage with the id".
    assert reply.ephemeral and "no longer has" in reply.data["content"]
    assert "gone-passage" not in reply.data["content"]
