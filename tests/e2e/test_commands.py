"""Every command through the real discord.py client and the fake Discord: what members see."""

import asyncio

import pytest
from discord import app_commands

from bot.checks import moderator_only
from tests.fixtures.messages import NO_PINGS, buttons, fields

pytestmark = pytest.mark.e2e


async def test_search_is_ephemeral_with_attribution_and_steps_through_results(
    fake_discord, lectern
):
    reply = await fake_discord.slash("quote", "search", options={"query": "communist bureaucrat"})
    assert reply.type == 5 and reply.ephemeral  # deferred: the search may take a moment
    message = await reply.message()
    assert message["flags"] & 64
    assert message["allowed_mentions"] == NO_PINGS
    embed = message["embeds"][0]
    assert embed["footer"]["text"] == "id: rule-stalin-communist-bureaucrat"
    assert embed["title"].startswith("J. V. Stalin — ")
    assert "communist bureaucrat is the most dangerous" in embed["description"]
    assert "Carlos Rule" in embed["author"]["name"]
    labels = [b["label"] for b in buttons(message)]
    assert labels == ["◀ Previous", "Next result ▶", "Post to channel", "Discuss"]
    stored = fake_discord.messages[int(message["id"])]
    click = await fake_discord.click(stored, buttons(message)[1]["custom_id"])
    assert click.type == 7
    second = click.data["embeds"][0]
    assert second["description"].startswith("Result 2 of")
    assert second["footer"]["text"] != embed["footer"]["text"]


async def test_search_filters_by_speaker_name_and_kind(fake_discord, lectern):
    reply = await fake_discord.slash(
        "quote", "search", options={"query": "bureaucracy", "speaker": "Lenin", "kind": "quotation"}
    )
    embed = (await reply.message())["embeds"][0]
    assert embed["title"].startswith("V. I. Lenin")


async def test_autocomplete_offers_at_most_25_short_choices(fake_discord, lectern):
    for name, sub, focused, typed in [
        ("quote", "search", "query", "bur"),
        ("quote", "search", "speaker", "len"),
        ("quote", "search", "topic", "bur"),
        ("quote", "show", "id", "rule-"),
        ("source", None, "id", ""),
    ]:
        choices = await fake_discord.autocomplete(
            name, sub, options={focused: typed}, focused=focused
        )
        assert 0 < len(choices) <= 25, (name, focused)
        assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)
    speakers = await fake_discord.autocomplete(
        "quote", "search", options={"speaker": "len"}, focused="speaker"
    )
    assert speakers[0]["value"] == "lenin"
    ids = await fake_discord.autocomplete("quote", "show", options={"id": "rule-"}, focused="id")
    assert all(c["value"].startswith("rule-") for c in ids)


async def test_random_is_public_and_does_not_repeat_in_a_channel(fake_discord, lectern):
    seen = []
    for _ in range(3):
        reply = await fake_discord.slash("quote", "random", options={"topic": "literacy"})
        assert reply.type == 4 and not reply.ephemeral
        assert reply.data["allowed_mentions"] == NO_PINGS
        seen.append(reply.data["embeds"][0]["footer"]["text"])
    assert sorted(seen[:2]) == ["id: rule-lenin-literacy", "id: rule-webbs"]


async def test_show_and_unknown_id(fake_discord, lectern):
    reply = await fake_discord.slash("quote", "show", options={"id": "rule-webbs"})
    embed = reply.data["embeds"][0]
    assert embed["title"].startswith("Carlos Rule, “") and embed["title"].endswith(", p970")
    assert embed["author"]["name"] == "Commentary: the essay's own words"
    missing = await fake_discord.slash("quote", "show", options={"id": "no-such-id"})
    assert missing.type == 4 and missing.ephemeral
    assert "no passage with the id `no-such-id`" in missing.data["content"]
    assert "Traceback" not in missing.data["content"]


async def test_source_shows_context_and_steps_to_neighbours(fake_discord, lectern):
    reply = await fake_discord.slash("source", options={"id": "rule-stalin-enemies"})
    embed = reply.data["embeds"][0]
    assert embed["footer"]["text"] == "id: rule-stalin-enemies"
    assert "Bureaucracy is one of the worst enemies" in embed["description"]
    assert "J. V. Stalin" in fields(embed)["The quoted passage"]
    # The passage is shown once, as a block quote inside its paragraph.
    assert embed["description"].count("Bureaucracy is one of the worst enemies") == 1
    message = await reply.message()
    nav = {b["label"]: b["custom_id"] for b in buttons(message)}
    assert set(nav) == {"◀ Previous passage", "Next passage ▶"}
    click = await fake_discord.click(message, nav["Next passage ▶"])
    assert click.type == 7
    assert click.data["embeds"][0]["footer"]["text"] != "id: rule-stalin-enemies"


async def test_verify_exact_close_and_misattributed(fake_discord, lectern):
    exact = await fake_discord.slash(
        "verify",
        options={
            "text": "\u201cBureaucracy is one of the worst enemies of our progress.\u201d (Stalin)"
        },
    )
    assert exact.type == 5 and not exact.ephemeral
    embed = (await exact.message())["embeds"][0]
    assert embed["title"] == "Real quotation, right speaker: J. V. Stalin"
    assert "J. V. Stalin" in embed["description"]
    wrong = await fake_discord.slash(
        "verify",
        options={
            "text": "\u201cBureaucracy is one of the worst enemies of our progress.\u201d (Lenin)"
        },
    )
    wrong_embed = (await wrong.message())["embeds"][0]
    assert wrong_embed["title"] == "Real words, wrong speaker: J. V. Stalin, not Lenin"
    assert "these are the words of **J. V. Stalin**, not Lenin" in wrong_embed["description"]
    close = await fake_discord.slash(
        "verify", options={"text": "Bureaucracy is one of the biggest enemies of our progress"}
    )
    close_embed = (await close.message())["embeds"][0]
    assert (
        close_embed["title"]
        == "Close to a real quotation (1 word differs): the words of J. V. Stalin"
    )
    assert "~~biggest~~ **worst**" in close_embed["description"]
    assert "biggest" in fields(close_embed)["Differences (yours → source)"]


async def test_compare_topic_and_speakers(fake_discord, lectern):
    topic = await fake_discord.slash("compare", "topic", options={"topic": "bureaucracy"})
    # One card per essay, stacked: each with its author, title and year, each passage with
    # its own attribution line and id.
    cards = topic.data["embeds"]
    assert [c["title"].split(",")[0] for c in cards] == [
        "Carlos Rule",
        "The Organization of the Iranian People's Fadaee Guerrillas",
    ]
    assert cards[0]["title"].endswith("(2001)") and cards[1]["title"].endswith("(1974)")
    assert "`rule-martens`" in cards[0]["description"]
    assert "— Ludo Martens — " in cards[0]["description"]
    speakers = await fake_discord.slash(
        "compare", "speakers", options={"query": "bureaucracy", "speakers": "Lenin, JV Stalin"}
    )
    embeds = (await speakers.message())["embeds"]
    assert [e["title"] for e in embeds] == ["V. I. Lenin", "J. V. Stalin"]
    # Each card names its speaker once, in the title; each passage keeps its id.
    assert all(e["title"] not in e["description"] for e in embeds)
    assert all("`rule-" in e["description"] for e in embeds)
    unknown = await fake_discord.slash(
        "compare", "speakers", options={"query": "bureaucracy", "speakers": "Lenin, Nobody"}
    )
    assert unknown.ephemeral and "Nobody" in unknown.data["content"]


async def test_discuss_posts_publicly_opens_a_thread_and_reports_the_post(fake_discord, lectern):
    posted = []

    async def on_passage_posted(event):
        posted.append(event)

    lectern.add_listener(on_passage_posted)
    reply = await fake_discord.slash("discuss", options={"id": "rule-lenin-literacy"})
    assert reply.type == 4 and not reply.ephemeral
    await fake_discord.wait_for(lambda r: r.path.endswith("/threads"))
    thread_request = fake_discord.requests_to("POST", "/threads")[0]
    message_id = fake_discord.original_ids[reply.token]
    assert (
        thread_request.path == f"/channels/{fake_discord.channel_id}/messages/{message_id}/threads"
    )
    assert thread_request.json["name"].startswith("V. I. Lenin: Without literacy")
    for _ in range(100):
        if posted:
            break
        await asyncio.sleep(0.01)
    assert posted[0].passage_id == "rule-lenin-literacy"
    assert posted[0].message_id == message_id and posted[0].thread_id is not None
    assert posted[0].origin == "discuss" and posted[0].user_id == fake_discord.member_id


async def test_help_and_about(fake_discord, lectern):
    help_reply = await fake_discord.slash("help")
    assert help_reply.ephemeral and "/quote search" in str(help_reply.data["embeds"][0])
    about = await fake_discord.slash("about")
    embed = about.data["embeds"][0]
    assert "11 passages" in embed["description"]
    assert "How to cite" in fields(embed)


@pytest.mark.parametrize(
    ("query", "expected"),
    [("   ", "Type something to search for."), ("word " * 100, "can be at most 300")],
)
async def test_empty_or_overlong_query_gets_one_polite_ephemeral_message(
    fake_discord, lectern, query, expected
):
    reply = await fake_discord.slash("quote", "search", options={"query": query})
    assert reply.type == 4 and reply.ephemeral
    assert expected in reply.data["content"]
    assert not reply.followups()


async def test_mentions_in_a_query_ping_nobody(fake_discord, lectern):
    query = "@everyone <@&500> <@600> bureaucracy **bold**"
    reply = await fake_discord.slash("quote", "search", options={"query": query})
    message = await reply.message()
    assert message["allowed_mentions"] == NO_PINGS
    described = message["embeds"][0]["description"]
    assert "@everyone" not in described and "\\*\\*bold\\*\\*" in described
    nothing = await fake_discord.slash("quote", "search", options={"query": "@here zzzqqqxxx"})
    text = (await nothing.message())["content"]
    assert "@here" not in text
    for request in fake_discord.requests:
        body = request.json if isinstance(request.json, dict) else {}
        payload = body.get("data", body)
        if isinstance(payload, dict) and ("content" in payload or "embeds" in payload):
            assert payload.get("allowed_mentions") == NO_PINGS, request.path


async def test_moderator_check_refuses_politely(fake_discord, lectern):
    @app_commands.command(name="probe-moderator", description="moderators only")
    @moderator_only()
    async def probe(interaction):
        await interaction.response.send_message("done", ephemeral=True)

    lectern.tree.add_command(probe)
    denied = await fake_discord.slash("probe-moderator", user=fake_discord.member_id)
    assert (
        denied.ephemeral
        and denied.data["content"] == "Sorry, only moderators can use this command."
    )
    for allowed_user in (fake_discord.moderator_id, fake_discord.admin_id):
        allowed = await fake_discord.slash("probe-moderator", user=allowed_user)
        assert allowed.data["content"] == "done"


async def test_unexpected_error_is_logged_and_apologised_for(fake_discord, lectern, caplog):
    @app_commands.command(name="probe-crash", description="fails")
    async def crash(interaction):
        raise RuntimeError("secret internal detail")

    lectern.tree.add_command(crash)
    reply = await fake_discord.slash("probe-crash")
    assert reply.ephemeral and reply.data["content"].startswith("Sorry, something went wrong")
    assert "secret" not in reply.data["content"]
    assert any("probe-crash" in r.getMessage() and r.exc_info for r in caplog.records)


async def test_cooldown_stops_a_member_flooding(fake_discord, lectern):
    replies = [
        await fake_discord.slash("quote", "show", options={"id": "rule-webbs"}) for _ in range(5)
    ]
    assert [r.ephemeral for r in replies] == [False, False, False, False, True]
    assert "Slow down" in replies[-1].data["content"]
    other = await fake_discord.slash(
        "quote", "show", options={"id": "rule-webbs"}, user=fake_discord.moderator_id
    )
    assert not other.ephemeral  # the cooldown is per member
