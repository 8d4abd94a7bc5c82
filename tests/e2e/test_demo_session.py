"""The demo's member session against the real bot (in-process) and the fake Discord: typed
commands, completion from the bot's own autocomplete, cards, buttons, files, threads."""

from __future__ import annotations

import io
import re

import discord
import pytest
from rich.console import Console

from bot.devtools.demo import commands as typed
from bot.devtools.demo.session import DemoSession, QuitDemo, SlashCompleter

pytestmark = pytest.mark.e2e


@pytest.fixture
async def session(lectern, fake_discord, tmp_path):
    guild = discord.Object(fake_discord.guild_id)
    lectern.tree.copy_global_to(guild=guild)
    await lectern.tree.sync(guild=guild)  # what `lectern sync --guild` does
    return DemoSession(fake_discord, tmp_path / "files")


def screen(renderables) -> str:
    console = Console(record=True, width=120, file=io.StringIO())
    for renderable in renderables:
        console.print(renderable)
    return console.export_text()


def first_passage(lectern):
    return next(p for p in lectern.corpus.passages if p.kind == "quotation")


async def test_a_typed_search_is_a_card_with_numbered_buttons(session, lectern):
    word = first_passage(lectern).text.split()[3]
    text = screen(await session.handle(f"/quote search query: {word}"))
    assert "╭" in text and "╰" in text
    assert "only you can see this" in text  # /quote search answers privately
    assert all(f"[{n}]" in text for n in session.buttons), text
    if session.buttons:  # several results: pressing a number steps through them
        number = next(iter(session.buttons))
        after = screen(await session.handle(str(number)))
        assert f"pressed [{number}]" in after and "╭" in after, after


async def test_completion_offers_the_bots_own_autocomplete_answers(session, fake_discord, lectern):
    passage = first_passage(lectern)
    typed_so_far = passage.text.split()[0]
    completer = SlashCompleter(session)
    offered = await completer.completions(f"/quote show id: {typed_so_far}")
    expected = await fake_discord.autocomplete(
        "quote", "show", options={"id": typed_so_far}, focused="id"
    )
    assert expected, "the bot offered nothing to compare with"
    assert [c.text for c in offered] == [str(c["value"]) for c in expected]
    # commands, subcommands and option names come from what the bot registered
    assert "/quote " in [c.text for c in await completer.completions("/quo")]
    assert "search " in [c.text for c in await completer.completions("/quote se")]
    assert "query: " in [c.text for c in await completer.completions("/quote search ")]


async def test_a_member_is_not_offered_moderator_commands_a_moderator_is(session):
    completer = SlashCompleter(session)
    assert "/stats " not in [c.text for c in await completer.completions("/st")]
    await session.handle("/mod")
    assert "/stats " in [c.text for c in await completer.completions("/st")]


async def test_verify_with_the_wrong_speaker_shows_the_true_one(session, lectern):
    passage = next(
        p for p in lectern.corpus.passages if p.kind == "quotation" and len(p.text.split()) >= 12
    )
    true_name = lectern.corpus.speakers[passage.speaker].name
    other = next(s for s in lectern.corpus.speakers.values() if s.id != passage.speaker)
    claimed = " ".join(passage.text.split()[:12])
    text = screen(await session.handle(f'/verify text: "{claimed}" - {other.name}'))
    assert true_name in text, text


async def test_a_moderators_export_is_saved_with_its_path_shown(
    session, lectern, fake_discord, tmp_path
):
    await session.handle(f"/discuss id: {first_passage(lectern).id}")  # something to count
    await session.handle("/mod")
    text = screen(await session.handle("/stats export format: csv"))
    saved = list((tmp_path / "files").iterdir())
    assert len(saved) == 1 and saved[0].suffix == ".csv", text
    assert str(saved[0]) in text.replace("\n", "")
    sent = [data for r in fake_discord.requests for _, data in r.files]
    assert [saved[0].read_bytes()] == sent  # the very bytes Lectern sent


async def test_a_discussion_thread_can_be_entered_and_written_in(session, lectern, fake_discord):
    passage = first_passage(lectern)
    text = screen(await session.handle(f"/discuss id: {passage.id}"))
    assert "opened a discussion thread" in text, text
    screen(await session.handle("/enter"))
    assert session.channel == int(fake_discord.threads[-1]["id"])
    text = screen(await session.handle("a first thought"))
    assert "counts it" in text
    posted = [m for m in fake_discord.messages.values() if m["content"] == "a first thought"]
    assert posted and int(posted[0]["channel_id"]) == session.channel
    screen(await session.handle("/leave"))
    assert session.channel == fake_discord.channel_id
    await session.handle("/mod")
    top = screen(await session.handle("/stats top"))
    assert passage.id in top and re.search(r"\b1 message\b", top), top  # counted


async def test_what_lectern_posts_by_itself_is_shown_once(session, fake_discord):
    fake_discord.post_bot_message(content="Daily passage", embeds=[{"title": "A daily card"}])
    text = screen(await session.unseen_posts())
    assert "Daily passage" in text and "A daily card" in text
    assert await session.unseen_posts() == []


@pytest.mark.parametrize(
    "line",
    [
        "/nonexistent",
        "/quote",
        "/quote search",
        "/quote search query:",
        "/verify",
        "/stats export format: xml",
        "/enter 7",
        "/enter ²",
        "42",
        "/\u202e\u0000",
    ],
)
async def test_bad_input_gets_a_polite_line_and_sends_nothing(session, fake_discord, line):
    before = len(fake_discord.requests)
    text = screen(await session.handle(line))
    assert text.strip() and "Traceback" not in text
    assert len(fake_discord.requests) == before, "nothing reached the bot"


async def test_quit_leaves(session):
    with pytest.raises(QuitDemo):
        await session.handle("/quit")


def test_typed_values_run_to_the_next_option_name():
    commands = [
        {
            "name": "quote",
            "options": [
                {
                    "type": 1,
                    "name": "search",
                    "options": [
                        {"type": 3, "name": "query", "required": True},
                        {"type": 3, "name": "speaker"},
                        {"type": 4, "name": "page", "min_value": 1, "max_value": 9},
                    ],
                }
            ],
        }
    ]
    line = '/quote search query: "a: b" - c, speaker: Lenin  page: 3'
    invocation = typed.parse(line, commands, {})
    assert invocation.values == {"query": '"a: b" - c,', "speaker": "Lenin", "page": 3}
    # text before any option name fills the required option, as Discord's box does
    assert typed.parse("/quote search antaeus", commands, {}).values == {"query": "antaeus"}
    with pytest.raises(typed.InputError, match="between 1 and 9"):
        typed.parse("/quote search query: x page: 12", commands, {})


async def test_a_moderator_adds_a_reading_from_a_file_on_this_machine(session, tmp_path):
    essay = tmp_path / "lantern-club.md"
    essay.write_text(
        "# The Lantern Club\n\nThe club met by lamplight. Its secretary, Odile Brandt, wrote "
        'in the first minutes: "We read slowly because the oil is dear."\n',
        encoding="utf-8",
    )
    await session.handle("/mod")
    added = screen(await session.handle(f"/library add file: {essay} title: The Lantern Club"))
    assert "Added as a draft: The Lantern Club" in added, added
    assert "Review the quotations" in added
    missing = screen(await session.handle(f"/library add file: {tmp_path / 'nowhere.md'}"))
    assert "file: cannot read" in missing, missing


async def test_a_review_menu_and_its_correction_form_are_usable_in_the_terminal(session, tmp_path):
    """The review's select menu is drawn with a number per passage; picking one opens the
    correction form as a card, filled in by typing; /submit corrects the passage."""
    essay = tmp_path / "lantern-club.md"
    essay.write_text(
        "# The Lantern Club\n\nThe club met by lamplight. Its secretary, Odile Brandt, wrote "
        'in the first minutes: "We read slowly because the oil is dear."\n',
        encoding="utf-8",
    )
    await session.handle("/mod")
    await session.handle(f"/library add file: {essay} title: The Lantern Club")
    review = next(n for n, b in session.buttons.items() if b.label == "Review the quotations")
    page = screen(await session.handle(str(review)))
    assert "▾ Correct a passage" in page, page
    option = next(n for n, b in session.buttons.items() if b.value is not None)
    assert f"[{option}] " in page and "Odile Brandt: We read slowly" in page

    form = screen(await session.handle(str(option)))
    assert "Form: Correct passage" in form, form
    assert "Speaker" in form and "now: Odile Brandt" in form and "now: Quotation" in form
    assert session.prompt.startswith("form ")

    refused = screen(await session.handle("kind: nonsense"))
    assert "Kind is one of: Quotation" in refused
    typed_in = screen(await session.handle("speaker: Odile Brandt-Leclerc"))
    assert "Speaker → Odile Brandt-Leclerc." in typed_in
    assert "Kind → The author's own words." in screen(await session.handle("5: the author"))
    await session.handle("kind: quotation")
    done = screen(await session.handle("/submit"))
    assert "corrected: quotation, Odile Brandt-Leclerc." in done, done
    assert "corrected by @moderator" in done
    assert not session.prompt.startswith("form ")

    await session.handle(str(next(n for n, b in session.buttons.items() if b.value)))
    closed = screen(await session.handle("/cancel"))
    assert "nothing was sent" in closed
