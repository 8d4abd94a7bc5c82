"""The README stays true: its commands, keys and permissions are the ones the code has."""

import re
from pathlib import Path

from bot.cli import build_parser
from bot.cli.invite import REQUIRED_PERMISSIONS, invite_url
from bot.settings import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert match, f"README has no section '## {title}'"
    return match.group(1)


def table_rows(text: str) -> list[list[str]]:
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("|") and not line.startswith("| ---"):
            rows.append([cell.strip() for cell in line.strip("|").split(" | ")])
    return rows[1:]  # without the header


def test_the_three_commands_open_the_readme():
    first_block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert first_block
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()]
    assert commands == ["make demo", "make run", "make test"]
    assert README.index("make run") < README.index("## Creating the Discord application")


def test_permissions_table_matches_the_invite_link():
    rows = table_rows(section("Creating the Discord application"))
    reasons = [why.replace("`", "") for _, why in rows]
    assert reasons == list(REQUIRED_PERMISSIONS.values())
    assert "`bot` and `applications.commands`" in README
    assert "scope=bot+applications.commands" in invite_url(1)


def test_configuration_reference_lists_every_key():
    documented = [row[0].strip("`") for row in table_rows(section("Configuration"))]
    expected = []
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        expected.append(alias if isinstance(alias, str) else f"LECTERN_{name.upper()}")
    assert sorted(documented) == sorted(expected)


def test_every_lectern_command_is_documented():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    documented = section("The `lectern` command line")
    for name in subparsers.choices:
        assert f"`lectern {name}" in documented, f"README does not document `lectern {name}`"


def test_invite_link_asks_exactly_these_permissions(capsys):
    from urllib.parse import parse_qs, urlparse

    import discord

    from bot.cli import main

    assert main(["invite", "4242", "--explain"]) == 0
    out = capsys.readouterr().out.splitlines()
    query = parse_qs(urlparse(out[0]).query)
    assert query["client_id"] == ["4242"]
    assert query["scope"] == ["bot applications.commands"]
    granted = {name for name, on in discord.Permissions(int(query["permissions"][0])) if on}
    granted = {"view_channel" if name == "read_messages" else name for name in granted}
    assert granted == set(REQUIRED_PERMISSIONS)
    assert not granted & {"administrator", "mention_everyone", "manage_messages"}
    assert len(out) == 1 + len(REQUIRED_PERMISSIONS)


SUB_COMMAND = 1


def documented_commands(text: str) -> dict[str, list[str]]:
    """`/quote search query: [speaker:]` -> {"quote search": ["query", "[speaker]"]}; a row
    `/privacy opt-out` / `opt-in` documents both subcommands of /privacy."""
    commands = {}
    for row in table_rows(text):
        first, *more = re.findall(r"`([^`]+)`", row[0])
        words = first.lstrip("/").split()
        path = [w for w in words if not w.endswith(":") and not w.startswith("[")]
        options = [w.replace(":", "") for w in words[len(path) :]]
        commands[" ".join(path)] = options
        for alternative in more:
            commands[" ".join([*path[:-1], alternative])] = []
    return commands


def bot_commands(bot) -> dict[str, list[str]]:
    """Every command a member can type, with its options as the README writes them."""
    found = {}

    def visit(payload, path):
        options = payload.get("options", [])
        subs = [o for o in options if o["type"] in (SUB_COMMAND, SUB_COMMAND + 1)]
        if subs:
            for sub in subs:
                visit(sub, [*path, sub["name"]])
        else:
            found[" ".join(path)] = [
                o["name"] if o.get("required") else f"[{o['name']}]" for o in options
            ]

    for command in bot.tree.get_commands():
        payload = command.to_dict(bot.tree)
        visit(payload, [payload["name"]])
    return found


async def test_the_command_list_is_the_bots_commands(lectern):
    """Every command the bot has, and no other, with its options as Discord shows them."""
    assert documented_commands(section("Commands in Discord")) == bot_commands(lectern)
