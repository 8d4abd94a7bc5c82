"""Buttons under public posts keep working after the bot restarts (persistent custom ids)."""

import re

import pytest

from bot.render import EMBED_DESCRIPTION_LIMIT
from tests.fixtures.messages import NO_PINGS, buttons_by_label, shown_words

pytestmark = pytest.mark.e2e


@pytest.fixture
def lectern_corpus(shipped_corpus):
    return shipped_corpus  # it has long passages


async def test_long_passage_pages_survive_a_restart(fake_discord, lectern_runner):
    longest = max(lectern_runner.corpus.passages, key=lambda p: len(p.text))
    assert len(longest.text) > EMBED_DESCRIPTION_LIMIT  # one embed cannot hold it
    reply = await fake_discord.slash("quote", "show", options={"id": longest.id})
    message = await reply.message()
    footer = re.fullmatch(rf"id: {re.escape(longest.id)} · page 1 of (\d+)", footer_of(message))
    assert footer is not None, footer_of(message)
    count = int(footer.group(1))
    first = buttons_by_label(message)
    assert first["◀ Previous page"]["disabled"] and not first["Next page ▶"].get("disabled")

    await lectern_runner.restart()

    # Page through to the end: every page says where it is, and together they are the text.
    shown = shown_words(message["embeds"][0]["description"])
    page = message
    for number in range(2, count + 1):
        click = await fake_discord.click(
            message, buttons_by_label(page)["Next page ▶"]["custom_id"]
        )
        assert click.type == 7
        page = fake_discord.messages[int(message["id"])]
        assert footer_of(page) == f"id: {longest.id} · page {number} of {count}"
        assert len(page["embeds"][0]["description"]) <= EMBED_DESCRIPTION_LIMIT
        assert not buttons_by_label(page)["◀ Previous page"].get("disabled")
        assert page["allowed_mentions"] == NO_PINGS
        shown += shown_words(page["embeds"][0]["description"])
    assert buttons_by_label(page)["Next page ▶"].get("disabled")  # the last page
    assert shown == longest.text.split()  # every word, in order, none cut or repeated


def footer_of(message) -> str:
    return message["embeds"][0]["footer"]["text"]


async def test_source_buttons_survive_a_restart(fake_discord, lectern_runner):
    corpus = lectern_runner.corpus
    # What comes next in an essay: of the passages of the same source, the one that starts
    # first after this one starts (offsets into the source text, from the extraction).
    passage = min(corpus.passages, key=lambda p: (p.source, p.start))
    later = [p for p in corpus.passages if p.source == passage.source and p.start > passage.start]
    expected = min(later, key=lambda p: p.start)
    reply = await fake_discord.slash("source", options={"id": passage.id})
    message = await reply.message()
    await lectern_runner.restart()
    next_button = buttons_by_label(message)["Next passage ▶"]["custom_id"]
    click = await fake_discord.click(message, next_button)
    assert click.type == 7
    assert click.data["embeds"][0]["footer"]["text"] == f"id: {expected.id}"


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
