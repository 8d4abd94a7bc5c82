"""What members see, through the real client and the fake Discord: pagers that belong to
whoever opened them, search results that stay reachable while paging, private results that
can be posted or discussed, /discuss threads that hold the whole passage, and text that is
never cut inside a word or number, over every passage of the shipped corpus."""

from __future__ import annotations

import re

import pytest

from bot.core.citation import marked_text
from bot.core.selection import quotable
from bot.render import flowed, pages_of
from tests.fixtures.messages import (
    NO_PINGS,
    buttons_by_label,
    posts_in,
    shown_page,
    shown_words,
)

pytestmark = pytest.mark.e2e


@pytest.fixture
def lectern_corpus(shipped_corpus):
    return shipped_corpus  # real texts with long passages; never counted


def long_passage(corpus):
    return max((p for p in corpus.passages if p.kind == "quotation"), key=lambda p: len(p.text))


async def test_another_member_pressing_a_pager_gets_a_private_copy(fake_discord, lectern_runner):
    passage = long_passage(lectern_runner.corpus)
    reply = await fake_discord.slash("quote", "show", options={"id": passage.id})
    message = await reply.message()
    before = dict(fake_discord.messages[int(message["id"])])
    forward = buttons_by_label(message)["Next page ▶"]["custom_id"]

    other = fake_discord.add_member("reader")
    click = await fake_discord.click(message, forward, user=other)
    assert click.type == 4 and click.ephemeral  # a new private message, not an edit
    assert click.data["embeds"][0]["footer"]["text"].startswith(f"id: {passage.id} · page 2 of")
    assert fake_discord.messages[int(message["id"])] == before  # the public post did not move
    # The copy is the reader's own: its buttons turn its pages in place.
    copy = await click.message()
    turn = await fake_discord.click(copy, buttons_by_label(copy)["Next page ▶"]["custom_id"])
    assert turn.type == 7

    own = await fake_discord.click(message, forward)  # the member who opened it
    assert own.type == 7
    edited = fake_discord.messages[int(message["id"])]
    assert edited["embeds"][0]["footer"]["text"].startswith(f"id: {passage.id} · page 2 of")


async def test_source_buttons_belong_to_whoever_ran_source(fake_discord, lectern_runner):
    passage = lectern_runner.corpus.passages[len(lectern_runner.corpus.passages) // 2]
    reply = await fake_discord.slash("source", options={"id": passage.id})
    message = await reply.message()
    forward = buttons_by_label(message)["Next passage ▶"]["custom_id"]
    click = await fake_discord.click(message, forward, user=fake_discord.admin_id)
    assert click.type == 4 and click.ephemeral
    assert fake_discord.messages[int(message["id"])]["embeds"] == message["embeds"]


async def test_every_result_stays_reachable_after_turning_a_page(fake_discord, lectern_runner):
    corpus = lectern_runner.corpus
    passage = long_passage(corpus)
    # Searching for the long passage's opening words puts it among the results.
    reply = await fake_discord.slash(
        "quote", "search", options={"query": " ".join(passage.text.split()[:12])}
    )
    message = await reply.message()
    heading = re.compile(r"^Result (\d+) of (\d+) for ")
    seen_results, seen_pages = set(), set()
    for _ in range(200):
        embed = message["embeds"][0]
        found = heading.match(embed["description"])
        assert found, embed["description"][:80]  # the heading survives every page turn
        seen_results.add(int(found[1]))
        seen_pages.add(embed["footer"]["text"])
        forward = message["components"][0]["components"][1]
        if forward.get("disabled"):
            break
        click = await fake_discord.click(message, forward["custom_id"])
        assert click.type == 7
        message = fake_discord.messages[int(message["id"])]
    total = int(found[2])
    assert seen_results == set(range(1, total + 1))  # results 2–10 too, pages in between
    assert f"id: {passage.id} · page 2 of {len(pages_of(passage))}" in seen_pages


async def test_a_private_result_can_be_posted_and_discussed(fake_discord, lectern_runner):
    reply = await fake_discord.slash("quote", "search", options={"query": "bureaucracy"})
    message = await reply.message()
    shown_id = message["embeds"][0]["footer"]["text"].split()[1]
    controls = buttons_by_label(message)

    posted = await fake_discord.click(message, controls["Post to channel"]["custom_id"])
    assert posted.type == 4 and not posted.ephemeral  # public, in the channel
    assert posted.data["allowed_mentions"] == NO_PINGS
    assert posted.data["embeds"][0]["footer"]["text"].split()[1] == shown_id
    assert posted.data["content"] == f"-# shared by <@{fake_discord.member_id}>"

    discussed = await fake_discord.click(message, controls["Discuss"]["custom_id"])
    assert discussed.type == 4 and not discussed.ephemeral
    post_id = fake_discord.original_ids[discussed.token]
    await fake_discord.wait_for(lambda r: r.path.endswith(f"/messages/{post_id}/threads"))
    assert fake_discord.messages[post_id]["embeds"][0]["footer"]["text"].split()[1] == shown_id


async def test_a_long_discuss_thread_holds_every_page(fake_discord, lectern_runner):
    passage = long_passage(lectern_runner.corpus)
    pages = pages_of(passage)
    assert len(pages) > 2
    reply = await fake_discord.slash("discuss", options={"id": passage.id})
    post_id = fake_discord.original_ids[reply.token]
    count = len(pages)
    await fake_discord.wait_for(
        lambda r: (
            r.path == f"/channels/{post_id}/messages" and f"page {count} of {count}" in str(r.json)
        )
    )
    post = fake_discord.messages[post_id]
    assert buttons_by_label(post) == {}  # nobody turns the page under the others
    thread = [fake_discord.messages[r.message_id] for r in posts_in(fake_discord, post_id)]
    shown = [post["embeds"][0], *(m["embeds"][0] for m in thread)]
    assert [e["footer"]["text"] for e in shown] == [
        f"id: {passage.id} · page 1 of {count} · continued in the thread",
        *(f"id: {passage.id} · page {i} of {count}" for i in range(2, count + 1)),
    ]
    assert [w for e in shown for w in shown_words(e["description"])] == passage.text.split()


async def test_no_page_cuts_a_word_or_number_in_any_passage(fake_discord, lectern_runner):
    """Every passage of whatever corpus is loaded, shown and paged through as a member
    would: each page shows exactly its part of the passage (its own characters, a leading
    ">" or "*" included, a file's wrapped lines flowed), and each break falls between words."""
    corpus = lectern_runner.corpus
    for number, passage in enumerate(corpus.passages):
        reader = fake_discord.add_member(f"reader-{number}")  # one each: no cooldown
        reply = await fake_discord.slash("quote", "show", options={"id": passage.id}, user=reader)
        message = await reply.message()
        shown = [shown_page(message["embeds"][0])]
        while "Next page ▶" in buttons_by_label(message) and not (
            buttons_by_label(message)["Next page ▶"].get("disabled")
        ):
            forward = buttons_by_label(message)["Next page ▶"]["custom_id"]
            await fake_discord.click(message, forward, user=reader)
            message = fake_discord.messages[int(message["id"])]
            shown.append(shown_page(message["embeds"][0]))
        assert shown == [flowed(page) for page in pages_of(passage)], passage.id
        assert " ".join(shown).split() == passage_words(passage), passage.id


def passage_words(passage) -> list[str]:
    """The passage's words as shown: its text with "[sic]" after each of the source's
    misprints (as the card marks them)."""
    return marked_text(passage).split()


async def test_random_posts_only_complete_passages(fake_discord, lectern_runner):
    corpus = lectern_runner.corpus
    for number in range(25):
        member = fake_discord.add_member(f"member-{number}")  # one each: no cooldown
        reply = await fake_discord.slash("quote", "random", user=member)
        passage_id = reply.data["embeds"][0]["footer"]["text"].split()[1]
        assert quotable(corpus.get(passage_id)), passage_id


async def test_autocomplete_offers_what_was_typed_not_lookalikes(fake_discord, lectern_runner):
    corpus = lectern_runner.corpus
    speaker = next(iter(corpus.speakers.values()))
    typed = speaker.name.split()[-1][:3]  # the start of a surname, as members type it
    names = await fake_discord.autocomplete(
        "quote", "search", options={"speaker": typed}, focused="speaker"
    )
    assert names and all(typed.lower() in c["name"].lower() for c in names), names
    prefix = corpus.passages[0].id[:3]  # an id being typed ("r-i")
    ids = await fake_discord.autocomplete("quote", "show", options={"id": prefix}, focused="id")
    assert ids and all(c["value"].startswith(prefix) for c in ids), ids


async def test_zero_width_and_direction_marks_are_not_echoed(fake_discord, lectern_runner):
    reply = await fake_discord.slash(
        "quote", "search", options={"query": "\u200fzz\u200bqx\u200ejj\ufeff"}
    )
    message = await reply.message()
    assert "Nothing matches zzqxjj." in message["content"]
    assert not any(mark in message["content"] for mark in "\u200b\u200e\u200f\ufeff")
