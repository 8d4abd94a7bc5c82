"""Who may run the moderator commands (schedules, statistics, the library): checked in code.

``default_permissions`` only hides commands in the client and server admins can change it,
so every moderator command also calls ``is_moderator`` (or uses ``moderator_only()``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import discord
from discord import app_commands

from bot.settings import Settings

T = TypeVar("T")


def is_moderator(interaction: discord.Interaction[Any]) -> bool:
    """Manage Server in this channel, or a user in ``LECTERN_OWNER_IDS``, or a member with a
    role in ``LECTERN_MODERATOR_ROLE_IDS``."""
    settings: Settings = interaction.client.settings
    if interaction.user.id in settings.owner_ids:
        return True
    if interaction.guild is None or not isinstance(interaction.user, discord.Member):
        return False
    if interaction.permissions.manage_guild:
        return True
    wanted = set(settings.moderator_role_ids)
    return any(role.id in wanted for role in interaction.user.roles)


def moderator_only() -> Callable[[T], T]:
    """An app-command check: non-moderators get the polite missing-permission reply."""

    def predicate(interaction: discord.Interaction[Any]) -> bool:
        if not is_moderator(interaction):
            raise app_commands.MissingPermissions(["manage_guild"])
        return True

    return app_commands.check(predicate)


MANAGE_SERVER_ONLY = (
    "Only members with the Manage Server permission can use /library: it changes what "
    "everyone in this server reads. /about shows the texts read here."
)


class PoliteCheckFailure(app_commands.CheckFailure):
    """A refused check whose message says why, for the member (``bot.replies`` shows it)."""


def manages_server(interaction: discord.Interaction[Any]) -> bool:
    """Manage Server in this server: what changing a server's library takes (the texts every
    member reads there), whatever the server's integration settings re-permit."""
    return interaction.guild_id is not None and interaction.permissions.manage_guild


def manage_server_only() -> Callable[[T], T]:
    """An app-command check: members without Manage Server get the polite refusal."""

    def predicate(interaction: discord.Interaction[Any]) -> bool:
        if not manages_server(interaction):
            raise PoliteCheckFailure(MANAGE_SERVER_ONLY)
        return True

    return app_commands.check(predicate)
