"""A Discord message as a member would read it, drawn in the terminal with rich.

Each embed is a framed card: its title, its text, its fields, its footer. Buttons are listed
under it with the number that presses them, a select menu with its options, each with the
number that picks it; attachments with the path they were saved to. A form (a modal) is a
card of its fields, filled in by typing (``form_card``).
Discord's markdown (bold, italics, quotes, escapes) is read as markdown, as Discord does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from rich.console import Group, RenderableType
from rich.markdown import Markdown
from rich.padding import Padding
from rich.panel import Panel
from rich.text import Text

EPHEMERAL = 64
BUTTON, LINK_STYLE = 2, 5
CARD_WIDTH = 88
DEFAULT_COLOUR = "grey50"
MARKUP = re.compile(
    r"<t:(?P<stamp>-?\d{1,13})(?::(?P<style>[tTdDfFR]))?>|<(?P<kind>#|@&|@!|@)(?P<id>\d+)>"
)
TIME_FORMATS = {
    "t": "%H:%M",
    "T": "%H:%M:%S",
    "d": "%Y-%m-%d",
    "D": "%d %B %Y",
    "f": "%d %B %Y %H:%M",
    "F": "%A %d %B %Y %H:%M",
}


@dataclass(frozen=True)
class Button:
    """A button under a message, or one option of a select menu under it (``value``),
    pressed or picked by its number in the session."""

    number: int
    message: dict[str, Any]
    custom_id: str
    label: str
    value: str | None = None  # the option's value: picking it sends the menu's choice


SELECT = 3


def menus_of(message: dict[str, Any]) -> list[dict[str, Any]]:
    """The string select menus under a message, row by row."""
    return [
        item
        for row in message.get("components") or []
        for item in row.get("components") or []
        if item.get("type") == SELECT
    ]


def buttons_of(message: dict[str, Any]) -> list[tuple[str, str | None, bool]]:
    """(label, custom id or None for a link, disabled) for each button, row by row."""
    found: list[tuple[str, str | None, bool]] = []
    for row in message.get("components") or []:
        for item in row.get("components") or []:
            if item.get("type") != BUTTON:
                continue
            emoji = (item.get("emoji") or {}).get("name") or ""
            label = " ".join(part for part in (emoji, item.get("label") or "") if part)
            if item.get("style") == LINK_STYLE:
                found.append((f"{label} → {item.get('url', '')}", None, True))
            else:
                found.append((label or "?", item.get("custom_id"), bool(item.get("disabled"))))
    return found


def relative(moment: datetime) -> str:
    seconds = (moment - datetime.now(tz=UTC)).total_seconds()
    amount, unit = abs(seconds), "second"
    for size, name in ((60, "minute"), (60, "hour"), (24, "day"), (30, "month"), (12, "year")):
        if amount < size:
            break
        amount, unit = amount / size, name
    count = round(amount)
    phrase = f"{count} {unit}{'' if count == 1 else 's'}"
    return f"in {phrase}" if seconds >= 0 else f"{phrase} ago"


def discord_markup(text: str, names: Mapping[str, str]) -> str:
    """What Discord shows for its markup: ``<t:…>`` as this machine's local time, ``<#id>``,
    ``<@id>`` and ``<@&id>`` as the names in ``names`` (keys ``#id``, ``@id``, ``@&id``)."""

    def shown(match: re.Match[str]) -> str:
        if match.group("stamp") is not None:
            moment = datetime.fromtimestamp(int(match.group("stamp")), tz=UTC).astimezone()
            style = match.group("style") or "f"
            return relative(moment) if style == "R" else moment.strftime(TIME_FORMATS[style])
        kind = "@" if match.group("kind") == "@!" else match.group("kind")
        return names.get(f"{kind}{match.group('id')}", match.group(0))

    return MARKUP.sub(shown, text)


def markdown(text: str, names: Mapping[str, str]) -> Markdown:
    """Discord's markdown: unlike CommonMark, a single newline is a line break, and a block
    quote ends at the first line without ">" (CommonMark would run it on lazily)."""
    lines: list[str] = []
    for line in discord_markup(text, names).split("\n"):
        if lines and lines[-1].startswith(">") and line and not line.startswith(">"):
            lines.append("")
        lines.append(line)
    text = "\n".join(lines)
    return Markdown(re.sub(r"(?<!\n)\n(?!\n)", "  \n", text), hyperlinks=False)


def colour_of(embed: dict[str, Any]) -> str:
    colour = embed.get("color")
    return f"#{int(colour):06x}" if isinstance(colour, int) else DEFAULT_COLOUR


def embed_card(embed: dict[str, Any], names: Mapping[str, str]) -> Panel:
    parts: list[RenderableType] = []
    author = (embed.get("author") or {}).get("name")
    if author:
        parts.append(Text(author, style="bold dim"))
    if embed.get("title"):
        parts.append(Text(embed["title"], style="bold"))
    if embed.get("url"):
        parts.append(Text(embed["url"], style="dim underline"))
    if embed.get("description"):
        parts.append(markdown(embed["description"], names))
    for embed_field in embed.get("fields") or []:
        parts.append(Text(""))
        parts.append(Text(embed_field.get("name", ""), style="bold cyan"))
        parts.append(Padding(markdown(embed_field.get("value", ""), names), (0, 0, 0, 2)))
    footer = (embed.get("footer") or {}).get("text")
    if footer:
        parts.append(Text(""))
        parts.append(Text(footer, style="dim italic"))
    return Panel(Group(*parts), border_style=colour_of(embed), width=CARD_WIDTH, padding=(0, 1))


def message_view(
    message: dict[str, Any],
    *,
    where: str,
    first_button: int,
    saved: list[tuple[str, int, str]],
    names: Mapping[str, str],
) -> tuple[RenderableType, list[Button]]:
    """The message drawn for the terminal, and its buttons numbered from ``first_button``.

    ``where`` names the channel or thread; ``saved`` lists (file name, size, saved path);
    ``names`` gives what mentions show (see ``discord_markup``)."""
    header = Text.assemble(("Lectern", "bold magenta"), (f"  {where}", "dim"))
    if int(message.get("flags") or 0) & EPHEMERAL:
        header.append("  · only you can see this", style="yellow")
    parts: list[RenderableType] = [header]
    if message.get("content"):
        parts.append(markdown(message["content"], names))
    parts.extend(embed_card(embed, names) for embed in message.get("embeds") or [])
    for name, size, path in saved:
        parts.append(Text(f"📎 {name} ({size:,} bytes) saved to {path}", style="green"))
    buttons: list[Button] = []
    labels = Text()
    for label, custom_id, disabled in buttons_of(message):
        if custom_id is None or disabled:
            labels.append(f"[ {label} ]  ", style="dim")
            continue
        number = first_button + len(buttons)
        buttons.append(Button(number, message, custom_id, label))
        labels.append(f"[{number}] ", style="bold green")
        labels.append(f"{label}  ")
    if labels:
        parts.append(labels)
    for menu in menus_of(message):
        disabled = bool(menu.get("disabled"))
        placeholder = str(menu.get("placeholder") or "Make a selection")
        parts.append(Text(f"▾ {placeholder}", style="dim" if disabled else "bold"))
        for option in menu.get("options") or []:
            line = Text("   ")
            if disabled:
                line.append(str(option.get("label", "")), style="dim")
            else:
                number = first_button + len(buttons)
                buttons.append(
                    Button(
                        number,
                        message,
                        str(menu.get("custom_id")),
                        str(option.get("label", "")),
                        value=str(option.get("value", "")),
                    )
                )
                line.append(f"[{number}] ", style="bold green")
                line.append(str(option.get("label", "")))
            if option.get("description"):
                line.append(f"  {option['description']}", style="dim")
            parts.append(line)
    return Group(*parts), buttons


TEXT_INPUT = 4


def form_fields(modal: dict[str, Any]) -> list[dict[str, Any]]:
    """A form's inputs in order: label, help, custom id, kind (text or select), value, and
    for a select its options (label, value)."""
    fields = []
    for row in modal.get("components") or []:
        inner = row.get("component") or (row.get("components") or [{}])[0]
        options = [
            (str(o.get("label", "")), str(o.get("value", ""))) for o in inner.get("options") or []
        ]
        if inner.get("type") == TEXT_INPUT:
            value = str(inner.get("value") or "")
        else:
            chosen = [o for o in inner.get("options") or [] if o.get("default")]
            value = str(chosen[0].get("value", "")) if chosen else ""
        fields.append(
            {
                "label": str(row.get("label") or inner.get("label") or inner.get("custom_id")),
                "help": str(row.get("description") or ""),
                "custom_id": str(inner.get("custom_id")),
                "select": inner.get("type") != TEXT_INPUT,
                "value": value,
                "options": options,
                "required": bool(inner.get("required", False)),
            }
        )
    return fields


def form_card(title: str, fields: list[dict[str, Any]]) -> Panel:
    """A form as the terminal shows it: each field with its help and what it holds now,
    and how to fill it in."""
    parts: list[RenderableType] = []
    for number, field in enumerate(fields, 1):
        parts.append(Text.assemble((f"{number}. {field['label']}", "bold cyan")))
        if field["help"]:
            parts.append(Padding(Text(field["help"], style="dim"), (0, 0, 0, 3)))
        if field["select"]:
            shown = next(
                (label for label, value in field["options"] if value == field["value"]), ""
            )
            choices = " · ".join(label for label, _ in field["options"])
            parts.append(Padding(Text.assemble(("now: ", "dim"), shown or "(none)"), (0, 0, 0, 3)))
            parts.append(Padding(Text(f"one of: {choices}", style="dim"), (0, 0, 0, 3)))
        else:
            parts.append(
                Padding(Text.assemble(("now: ", "dim"), field["value"] or "(empty)"), (0, 0, 0, 3))
            )
    parts.append(Text(""))
    parts.append(
        Text(
            "Type a field and its new value (“speaker: Ada Reader”, or its number: “1: Ada "
            "Reader”; nothing after the colon empties it), then /submit, or /cancel.",
            style="yellow",
        )
    )
    return Panel(Group(*parts), title=f"Form: {title}", width=CARD_WIDTH, padding=(0, 1))
