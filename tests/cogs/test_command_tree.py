"""A meta-test over every command the cogs register: what Discord would refuse at sync, and
what members would trip over, is caught here rather than in a server."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

NAME = re.compile(r"^[-_\w]{1,32}$")
SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2
COMBINED_CHARACTER_LIMIT = 4000  # names, descriptions and choice values of one command


def payloads(bot: Any) -> list[dict[str, Any]]:
    return [command.to_dict(bot.tree) for command in bot.tree.get_commands()]


def walk(payload: dict[str, Any], path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every command, subcommand and option in a command payload, with a readable path."""
    here = f"{path} {payload['name']}".strip()
    yield here, payload
    for option in payload.get("options", []):
        yield from walk(option, here)


def combined_characters(payload: dict[str, Any]) -> int:
    total = len(payload["name"]) + len(payload.get("description", ""))
    total += sum(len(str(choice["value"])) for choice in payload.get("choices", []))
    return total + sum(combined_characters(o) for o in payload.get("options", []))


async def test_every_command_and_option_is_named_and_described_within_limits(lectern):
    problems = []
    for command in payloads(lectern):
        if combined_characters(command) > COMBINED_CHARACTER_LIMIT:
            problems.append(f"/{command['name']}: over {COMBINED_CHARACTER_LIMIT} characters")
        for path, item in walk(command):
            if not NAME.match(item["name"]) or item["name"] != item["name"].lower():
                problems.append(f"{path}: name Discord refuses")
            if not 1 <= len(item.get("description", "")) <= 100:
                problems.append(f"{path}: description must be 1 to 100 characters")
            options = item.get("options", [])
            if len(options) > 25 or len(item.get("choices", [])) > 25:
                problems.append(f"{path}: more than 25 options or choices")
            required = [o.get("required", False) for o in options]
            if required != sorted(required, reverse=True):
                problems.append(f"{path}: a required option after an optional one")
    assert problems == []


async def test_every_passage_id_option_offers_autocomplete(lectern):
    id_options = [
        (path, item)
        for command in payloads(lectern)
        for path, item in walk(command)
        if item.get("type") not in (SUB_COMMAND, SUB_COMMAND_GROUP, None) and item["name"] == "id"
    ]
    assert id_options, "no command takes a passage id"
    assert [path for path, item in id_options if not item.get("autocomplete")] == []


async def test_help_names_every_command_a_member_may_use_with_an_example(fake_discord, lectern):
    def shown(reply):
        embed = reply.data["embeds"][0]
        return "\n".join(f["value"] for f in embed.get("fields", []))

    moderator = shown(await fake_discord.slash("help", user=fake_discord.moderator_id))
    missing = []
    for command in payloads(lectern):
        name = command["name"]
        subs = [o["name"] for o in command.get("options", []) if o.get("type") == SUB_COMMAND]
        if name == "help":
            continue
        if not subs and f"`/{name}" not in moderator:
            missing.append(name)
        for sub in subs:  # on the command's own line: `/daily status · preview · off`
            if not re.search(rf"`/{name} [^`\n]*\b{re.escape(sub)}\b", moderator):
                missing.append(f"{name} {sub}")
    assert missing == []
    usages = [line for line in moderator.splitlines() if line.startswith("`/")]
    examples = [line for line in moderator.splitlines() if "*e.g.* `/" in line]
    assert len(examples) == len(usages)  # an example for each

    member = shown(await fake_discord.slash("help", user=fake_discord.member_id))
    assert "`/quote search" in member
    assert "/stats" not in member and "/daily" not in member  # what this member may use
