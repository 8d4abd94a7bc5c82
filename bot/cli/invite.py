"""``lectern invite CLIENT_ID``: print the link that adds the bot to a server.

The link asks for the scopes ``bot`` and ``applications.commands`` and exactly the
permissions in ``REQUIRED_PERMISSIONS``; the README's table is checked against it.
Exit status: 0 printed; 2 an id that is not a positive whole number.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bot.cli._common import discord_id

if TYPE_CHECKING:
    import discord

SCOPES = ("bot", "applications.commands")

# discord.Permissions flag -> why Lectern needs it (shown by --explain and in the README).
REQUIRED_PERMISSIONS: dict[str, str] = {
    "view_channel": "see the channels where daily passages are posted and threads are opened",
    "send_messages": "post /discuss passages and daily passages in a channel",
    "send_messages_in_threads": "post the rest of a long passage inside its discussion thread",
    "create_public_threads": "open the discussion thread of /discuss and of daily posts",
    "embed_links": "show passages as embeds with their full attribution",
    "attach_files": "send the /stats chart (PNG) and /stats export (CSV or JSON) files",
    "read_message_history": "start a thread on its own message and find its posts after a restart",
}


def required_permissions() -> discord.Permissions:
    import discord  # late: every other command starts faster without it

    return discord.Permissions(**dict.fromkeys(REQUIRED_PERMISSIONS, True))


def invite_url(client_id: int) -> str:
    import discord

    return discord.utils.oauth_url(client_id, permissions=required_permissions(), scopes=SCOPES)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "invite",
        help="print the link that adds the bot to a server, with its permissions",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "client_id",
        type=discord_id,
        help="the application id (Developer Portal > General Information)",
    )
    parser.add_argument(
        "--explain", action="store_true", help="also list each permission and why it is needed"
    )
    parser.set_defaults(func=invite_command)


def invite_command(args: argparse.Namespace) -> int:
    print(invite_url(args.client_id))
    if args.explain:
        for flag, why in REQUIRED_PERMISSIONS.items():
            print(f"  {flag.replace('_', ' ')}: {why}")
    return 0
