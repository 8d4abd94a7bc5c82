"""How `lectern demo` draws a Discord message: what a member would read on Discord."""

import io
from datetime import UTC, datetime, timedelta

from rich.console import Console

from bot.devtools.demo.cards import discord_markup, message_view


def drawn(message, names=None):
    view, buttons = message_view(
        message, where="#reading-room", first_button=1, saved=[], names=names or {}
    )
    console = Console(record=True, width=120, file=io.StringIO())
    console.print(view)
    return console.export_text(), buttons


def button(label, custom_id, **extra):
    return {"type": 2, "style": 2, "label": label, "custom_id": custom_id, **extra}


MESSAGE = {
    "id": "1",
    "channel_id": "400",
    "flags": 64,
    "content": "",
    "embeds": [
        {
            "title": "Quotation: V. I. Lenin",
            "description": "first line\nsecond line\n\nnew paragraph with \\*stars\\*",
            "fields": [{"name": "Speaker", "value": "V. I. Lenin"}],
            "footer": {"text": "id: r-abcd"},
            "color": 0x5865F2,
        }
    ],
    "components": [
        {
            "type": 1,
            "components": [
                button("Previous", "lectern:p", disabled=True),
                button("Next", "lectern:n"),
                button("Source", "lectern:s"),
                {"type": 2, "style": 5, "label": "Read it", "url": "https://example.org"},
            ],
        }
    ],
}


def test_an_embed_is_a_framed_card_with_title_body_fields_and_footer():
    text, _ = drawn(MESSAGE)
    lines = [line.strip("│ ") for line in text.splitlines()]
    assert "╭" in text and "╰" in text
    assert "Quotation: V. I. Lenin" in lines
    # a single newline is a line break on Discord, an empty line a new paragraph
    assert "first line" in lines and "second line" in lines
    assert "new paragraph with *stars*" in lines  # escaped markdown shows as typed
    assert "Speaker" in lines and "V. I. Lenin" in lines and "id: r-abcd" in lines
    assert "only you can see this" in text


def test_buttons_are_numbered_except_disabled_ones_and_links():
    text, buttons = drawn(MESSAGE)
    assert [(b.number, b.label, b.custom_id) for b in buttons] == [
        (1, "Next", "lectern:n"),
        (2, "Source", "lectern:s"),
    ]
    assert "[1] Next" in text and "[2] Source" in text
    assert "[ Previous ]" in text and "Read it → https://example.org" in text


def test_a_public_reply_is_not_marked_private():
    text, _ = drawn({**MESSAGE, "flags": 0})
    assert "only you can see this" not in text


def test_discord_markup_shows_names_and_local_times():
    names = {"#400": "#reading-room", "@600": "@reader", "@&500": "@Moderators"}
    assert discord_markup("in <#400> by <@600> or <@!600> for <@&500>", names) == (
        "in #reading-room by @reader or @reader for @Moderators"
    )
    assert discord_markup("<#999>", names) == "<#999>"  # unknown: left as sent
    moment = datetime(2026, 3, 1, 18, 30, tzinfo=UTC)
    stamp = int(moment.timestamp())
    local = moment.astimezone()
    assert discord_markup(f"<t:{stamp}:D>", {}) == local.strftime("%d %B %Y")
    assert discord_markup(f"<t:{stamp}:t>", {}) == local.strftime("%H:%M")
    soon = int((datetime.now(tz=UTC) + timedelta(hours=3, minutes=1)).timestamp())
    assert discord_markup(f"<t:{soon}:R>", {}) == "in 3 hours"
    past = int((datetime.now(tz=UTC) - timedelta(days=2, hours=1)).timestamp())
    assert discord_markup(f"<t:{past}:R>", {}) == "2 days ago"


def test_a_block_quote_ends_where_discord_ends_it():
    """The line after a quotation (its attribution) is not drawn inside the quote bar."""
    text, _ = drawn(
        {**MESSAGE, "embeds": [{"description": "> We read slowly.\n**Odile Brandt** (new)"}]}
    )
    lines = [line.strip("│ ") for line in text.splitlines()]
    quoted = next(line for line in lines if "We read slowly." in line)
    named = next(line for line in lines if "Odile Brandt (new)" in line)
    assert quoted.startswith("▌") and not named.startswith("▌")


def test_a_select_menu_is_drawn_with_a_number_per_option():
    menu = {
        "type": 3,
        "custom_id": "lectern:lib:fix:k3vq2a:0:q",
        "placeholder": "Correct a passage",
        "options": [
            {
                "label": "3. Odile Brandt: We read slowly",
                "value": "k3vq2a-3",
                "description": "line 3",
            },
            {"label": "5. no speaker given: Prune in February", "value": "k3vq2a-5"},
        ],
    }
    message = {**MESSAGE, "components": [*MESSAGE["components"], {"type": 1, "components": [menu]}]}
    text, buttons = drawn(message)
    assert "▾ Correct a passage" in text
    assert "[3] 3. Odile Brandt: We read slowly  line 3" in text
    assert "[4] 5. no speaker given: Prune in February" in text
    picked = [(b.number, b.custom_id, b.value) for b in buttons if b.value is not None]
    assert picked == [
        (3, "lectern:lib:fix:k3vq2a:0:q", "k3vq2a-3"),
        (4, "lectern:lib:fix:k3vq2a:0:q", "k3vq2a-5"),
    ]
