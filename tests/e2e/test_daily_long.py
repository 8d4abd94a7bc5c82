"""A long passage posted daily is never cut: page buttons, and the rest inside its thread."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.render import passage_pages
from tests.fixtures.daily import NINE, SteppingClock, daily, set_daily, use_clock
from tests.fixtures.messages import NO_PINGS, buttons, posts_in

pytestmark = pytest.mark.e2e


@pytest.fixture
def lectern_corpus(shipped_corpus):
    return shipped_corpus  # it has long passages


def only_long_quotation(corpus):
    """A (speaker, topic) filter under which the only quotation spans several pages."""
    quotations = [p for p in corpus.passages if p.kind == "quotation"]
    for passage in quotations:
        if len(passage_pages(passage.text)) < 2:
            continue
        for topic in passage.topics:
            same = [q for q in quotations if q.speaker == passage.speaker and topic in q.topics]
            if same == [passage]:
                return passage, passage.speaker, topic
    raise AssertionError("the shipped corpus has no filter selecting one long quotation")


def words(text: str) -> list[str]:
    """The words of a page as a member reads them: no markup (insertions and [sic] are in
    italics), no notes under the text, no … where a page breaks."""
    cleaned = text.replace("\\", "").replace("…", " ").replace("*", "")
    lines = [
        line.removeprefix(">").strip()
        for line in cleaned.splitlines()
        if not line.startswith("-# ")
    ]
    return " ".join(lines).split()


@pytest.mark.parametrize("thread", [True, False])
async def test_a_long_passage_is_posted_whole(fake_discord, lectern_runner, lectern, thread):
    passage, speaker, topic = only_long_quotation(lectern_runner.corpus)
    pages = passage_pages(passage.text)
    clock = SteppingClock(NINE - timedelta(minutes=2))
    use_clock(lectern, clock)
    await set_daily(fake_discord, speaker=speaker, topic=topic, thread=thread)
    preview = await daily(fake_discord, "preview")
    assert (
        preview.data["embeds"][0]["footer"]["text"] == f"id: {passage.id} · page 1 of {len(pages)}"
    )

    clock.run(until=NINE + timedelta(minutes=5))
    await clock.settle()

    [first] = posts_in(fake_discord, fake_discord.channel_id)
    message = fake_discord.messages[first.message_id]
    labels = [button["label"] for button in buttons(message)]
    if not thread:
        # Each reader pages through a private copy (the post has no owner).
        assert labels == ["◀ Previous page", "Next page ▶"]
        assert len(fake_discord.requests_to("POST", "/messages")) == 1  # the buttons page it
        return
    assert labels == []  # no shared buttons: the rest is in the thread
    rest = posts_in(fake_discord, int(fake_discord.threads[0]["id"]))
    assert len(rest) == len(pages) - 1
    later = [fake_discord.messages[r.message_id] for r in rest]
    assert all(m["allowed_mentions"] == NO_PINGS for m in later)
    shown = [message["embeds"][0], *(m["embeds"][0] for m in later)]
    footers = [e["footer"]["text"] for e in shown]
    count = len(pages)
    assert footers[0] == f"id: {passage.id} · page 1 of {count} · continued in the thread"
    assert footers[1:] == [f"id: {passage.id} · page {i} of {count}" for i in range(2, count + 1)]
    posted_words = [w for e in shown for w in words(e["description"])]
    assert posted_words == words(passage.text)  # every word, in order, none cut
