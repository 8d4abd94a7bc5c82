"""Slash commands typed as in Discord's message box, read against the registered definitions.

``/quote search query: antaeus speaker: Lenin`` becomes the command ``quote``, the subcommand
``search`` and the options ``{"query": "antaeus", "speaker": "Lenin"}``. An option's value runs
to the next ``name:`` of an option the command has, so a quotation may hold quotes, dashes and
colons. Values are checked as Discord's client checks them before sending (required options,
choices, lengths, numbers); anything else is the bot's to judge. An attachment option takes
the path of a file on this machine (``/library add file: ~/essay.epub``), sent as Discord
sends an attached file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.devtools.fakediscord.server import ChannelOption, Upload

SUBCOMMAND, SUBCOMMAND_GROUP = 1, 2
STRING, INTEGER, BOOLEAN, CHANNEL, NUMBER, ATTACHMENT = 3, 4, 5, 7, 10, 11
TRUE_WORDS, FALSE_WORDS = {"true", "yes", "on", "1"}, {"false", "no", "off", "0"}


class InputError(Exception):
    """What the member typed cannot be sent; the message says what to type instead."""


@dataclass
class Invocation:
    """One typed command, its options still as typed (``raw``) and as sent (``values``)."""

    name: str
    sub: str | None
    definition: dict[str, Any]  # the (sub)command's own definition, with its options
    raw: dict[str, str] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)


def option_definitions(definition: dict[str, Any]) -> list[dict[str, Any]]:
    """The value options of a command or subcommand (not its subcommands)."""
    return [
        o
        for o in definition.get("options") or []
        if o["type"] not in (SUBCOMMAND, SUBCOMMAND_GROUP)
    ]


def subcommands(definition: dict[str, Any]) -> list[dict[str, Any]]:
    return [o for o in definition.get("options") or [] if o["type"] == SUBCOMMAND]


def find_command(commands: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    return next((c for c in commands if c["name"] == name.lower()), None)


def split_head(line: str, commands: list[dict[str, Any]]) -> tuple[Invocation, str]:
    """The command and subcommand at the start of ``line``, and the text after them."""
    text = line.strip()
    if not text.startswith("/"):
        raise InputError("Commands start with /, for example /help.")
    head, _, rest = text[1:].partition(" ")
    command = find_command(commands, head)
    if command is None:
        raise InputError(f"There is no command /{head}. Type / and press Tab to see them all.")
    subs = subcommands(command)
    if not subs:
        return Invocation(command["name"], None, command), rest
    word, _, rest = rest.strip().partition(" ")
    sub = next((s for s in subs if s["name"] == word.lower()), None)
    if sub is None:
        names = ", ".join(s["name"] for s in subs)
        raise InputError(f"/{command['name']} needs one of: {names}.")
    return Invocation(command["name"], sub["name"], sub), rest


def option_spans(rest: str, names: list[str]) -> list[tuple[str, int, int]]:
    """(option name, start of its ``name:``, start of its value) for each option in ``rest``."""
    if not names:
        return []
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?:^|(?<=\s))({alternatives}):", re.IGNORECASE)
    return [(m.group(1).lower(), m.start(), m.end()) for m in pattern.finditer(rest)]


def split_options(rest: str, definition: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """Text before the first ``name:``, and each option's value as typed (stripped)."""
    names = [o["name"] for o in option_definitions(definition)]
    spans = option_spans(rest, names)
    leading = rest[: spans[0][1]] if spans else rest
    raw: dict[str, str] = {}
    for index, (name, _, value_start) in enumerate(spans):
        value_end = spans[index + 1][1] if index + 1 < len(spans) else len(rest)
        raw[name] = rest[value_start:value_end].strip()
    return leading.strip(), raw


def parse(line: str, commands: list[dict[str, Any]], channels: dict[str, int]) -> Invocation:
    """Read a whole typed command; raise ``InputError`` for what Discord would not send."""
    invocation, rest = split_head(line, commands)
    leading, raw = split_options(rest, invocation.definition)
    options = option_definitions(invocation.definition)
    if leading:
        # Discord puts text typed before any option name into the first option to fill.
        free = [o for o in options if o["name"] not in raw]
        if not free:
            raise InputError(f"Unexpected text {leading!r}: every option is already given.")
        target = next((o for o in free if o.get("required")), free[0])
        raw = {target["name"]: leading, **raw}
    invocation.raw = raw
    for option in options:
        name = option["name"]
        if name not in raw:
            if option.get("required"):
                raise InputError(
                    f"{command_label(invocation)} needs {name}: ({option_help(option)})."
                )
            continue
        invocation.values[name] = convert(option, raw[name], channels)
    return invocation


def command_label(invocation: Invocation) -> str:
    return f"/{invocation.name}" + (f" {invocation.sub}" if invocation.sub else "")


def option_help(option: dict[str, Any]) -> str:
    return str(option.get("description") or option["name"])


def convert(option: dict[str, Any], text: str, channels: dict[str, int]) -> Any:
    """The value Discord would send for ``text`` typed into ``option``."""
    name, kind = option["name"], option["type"]
    if not text:
        raise InputError(f"{name}: is empty; type a value after it or leave it out.")
    choices = option.get("choices") or []
    if choices:
        for choice in choices:
            if text.casefold() in (str(choice["name"]).casefold(), str(choice["value"]).casefold()):
                return choice["value"]
        listed = ", ".join(str(c["name"]) for c in choices)
        raise InputError(f"{name}: must be one of: {listed}.")
    if kind == STRING:
        low, high = option.get("min_length"), option.get("max_length")
        if low is not None and len(text) < low:
            raise InputError(f"{name}: must be at least {low} characters long.")
        if high is not None and len(text) > high:
            raise InputError(f"{name}: must be at most {high} characters long.")
        return text
    if kind in (INTEGER, NUMBER):
        try:
            number: float = int(text) if kind == INTEGER else float(text)
        except ValueError:
            whole = "a whole number" if kind == INTEGER else "a number"
            raise InputError(f"{name}: must be {whole}.") from None
        low, high = option.get("min_value"), option.get("max_value")
        if (low is not None and number < low) or (high is not None and number > high):
            raise InputError(f"{name}: must be between {low} and {high}.")
        return number
    if kind == BOOLEAN:
        if text.lower() in TRUE_WORDS | FALSE_WORDS:
            return text.lower() in TRUE_WORDS
        raise InputError(f"{name}: must be true or false.")
    if kind == CHANNEL:
        channel = channels.get(text.lstrip("#").lower())
        if channel is None:
            listed = ", ".join(f"#{c}" for c in channels)
            raise InputError(f"{name}: must be a channel of this server: {listed}.")
        return ChannelOption(channel)
    if kind == ATTACHMENT:
        path = Path(text).expanduser()
        try:
            return Upload(path.name, path.read_bytes())
        except OSError as exc:
            raise InputError(f"{name}: cannot read {text} ({exc.strerror or exc}).") from None
    return text
