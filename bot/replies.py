"""Replying safely, and the one error handler for every app command and button.

Order in which errors are handled (``handle_error``):

1. ``UserFacingError`` (from the core or a cog; e.g. unknown id, empty query): its message.
2. ``CommandOnCooldown``: when the member may try again.
3. ``MissingPermissions``, ``CheckFailure``, ``BotMissingPermissions``: a polite refusal
   (a ``PoliteCheckFailure`` says why in its own words).
4. ``TransformerError`` (an option Discord sent that cannot be read): ask to use the list.
5. ``CommandNotFound``, ``CommandSignatureMismatch``: Discord sent a command as it was
   registered before an update (its list of commands lags behind ``lectern sync``): ask
   to try again later; logged as a warning for the operator.
6. Anything else: logged with the command, guild and channel ids and the traceback (no
   user id: see ``bot.logging_setup``);
   the member gets a generic apology. No traceback ever reaches Discord.

Each reply is ephemeral and goes through ``safe_reply``: the interaction response if none
was sent yet, else a followup; if Discord refuses both (expired), the error is only logged.
Every finished interaction is logged once with ``log_interaction``.
"""

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import metrics
from bot.checks import PoliteCheckFailure
from bot.core.errors import UserFacingError
from bot.lifecycle import InFlight
from bot.logging_setup import Outcome, elapsed_ms, log_interaction
from bot.render import NO_MENTIONS, message_content

log = logging.getLogger(__name__)

GENERIC_APOLOGY = (
    "Sorry, something went wrong on our side while doing that. "
    "It has been logged; please try again in a moment."
)
NO_PERMISSION = "Sorry, only moderators can use this command."
OUTDATED = (
    "Discord sent an older version of this command: Lectern's commands were updated. "
    "Type / again to see the current ones (reloading Discord helps if they do not show)."
)
STOPPING = "Lectern is restarting. Please try again in a minute."

# Per client, so that a restarted client (tests) starts with nothing under way.
_in_flight: weakref.WeakKeyDictionary[discord.Client, InFlight] = weakref.WeakKeyDictionary()


async def safe_reply(
    interaction: discord.Interaction[Any],
    content: str | None = None,
    *,
    embed: discord.Embed | None = None,
) -> None:
    """An ephemeral reply that never raises: response, else followup, else give up (logged)."""
    kwargs: dict[str, Any] = {"ephemeral": True, "allowed_mentions": NO_MENTIONS}
    if content is not None:
        kwargs["content"] = message_content(content)
    if embed is not None:
        kwargs["embed"] = embed
    try:
        if not interaction.response.is_done():
            await interaction.response.send_message(**kwargs)
        else:
            await interaction.followup.send(**kwargs)
    except discord.HTTPException as exc:
        log.warning("could not reply to interaction %s: %s", interaction.id, exc)


def interaction_name(interaction: discord.Interaction[Any]) -> str:
    if interaction.command is not None:
        return interaction.command.qualified_name
    if interaction.type is discord.InteractionType.component and interaction.data:
        custom_id = str(interaction.data.get("custom_id", ""))
        return "button " + ":".join(custom_id.split(":")[:2])
    if interaction.type is discord.InteractionType.modal_submit and interaction.data:
        custom_id = str(interaction.data.get("custom_id", ""))
        return "form " + ":".join(custom_id.split(":")[:3])
    return "unknown"


_RECEIVED = "lectern_received"


def mark_received(interaction: discord.Interaction[Any]) -> None:
    """Remember when the bot began handling ``interaction`` (for its logged latency)."""
    interaction.extras.setdefault(_RECEIVED, time.perf_counter())


def latency_ms(interaction: discord.Interaction[Any]) -> float:
    """Milliseconds the bot spent on ``interaction``, on this machine's monotonic clock.

    Measured locally rather than from the interaction's snowflake time, so that neither
    clock skew with Discord nor gateway delay is counted as the bot's latency.
    """
    mark_received(interaction)  # an interaction that failed before its check: ~0 ms
    return elapsed_ms(float(interaction.extras[_RECEIVED]))


def in_flight(client: discord.Client) -> InFlight:
    """The interactions ``client`` is answering (``LecternBot.close`` waits for them)."""
    return _in_flight.setdefault(client, InFlight())


def _begin(interaction: discord.Interaction[Any]) -> bool:
    """Count ``interaction`` as under way, unless the bot is closing (then False)."""
    mark_received(interaction)
    running = in_flight(interaction.client)
    if running.closing:
        return False
    running.begin(interaction.id)
    return True


def _end(interaction: discord.Interaction[Any]) -> None:
    in_flight(interaction.client).end(interaction.id)


async def refuse_while_stopping(interaction: discord.Interaction[Any]) -> None:
    log_finished(interaction, "stopping")
    await safe_reply(interaction, STOPPING)


def log_finished(interaction: discord.Interaction[Any], outcome: Outcome) -> None:
    latency = latency_ms(interaction)
    log_interaction(
        command=interaction_name(interaction),
        guild_id=interaction.guild_id,
        latency_ms=latency,
        outcome=outcome,
    )
    metrics.interaction_finished(outcome, latency)


def user_message(error: BaseException) -> tuple[str, Outcome]:
    """What to tell the member about ``error``, and how the interaction ended."""
    original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if isinstance(original, UserFacingError):
        return original.message, "user_error"
    if isinstance(original, app_commands.CommandOnCooldown):
        seconds = max(1, round(original.retry_after))
        return f"Slow down a little: you can use this again in {seconds} s.", "user_error"
    if isinstance(original, app_commands.BotMissingPermissions):
        missing = ", ".join(p.replace("_", " ") for p in original.missing_permissions)
        return f"I am missing a permission in this channel: {missing}.", "user_error"
    if isinstance(original, PoliteCheckFailure):
        return str(original), "user_error"
    if isinstance(original, app_commands.MissingPermissions | app_commands.CheckFailure):
        return NO_PERMISSION, "user_error"
    if isinstance(original, app_commands.TransformerError):
        return "I could not read one of the options; pick it from the list.", "user_error"
    if isinstance(original, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
        return OUTDATED, "user_error"
    return GENERIC_APOLOGY, "error"


async def handle_error(interaction: discord.Interaction[Any], error: BaseException) -> None:
    message, outcome = user_message(error)
    if message == OUTDATED:
        log.warning("%s: the registered commands differ from the bot's; run lectern sync", error)
    if outcome == "error":
        original = getattr(error, "original", error)
        log.error(
            "interaction failed: %s",
            interaction_name(interaction),
            exc_info=(type(original), original, original.__traceback__),
            extra={
                "command": interaction_name(interaction),
                "guild_id": interaction.guild_id,
                "channel_id": interaction.channel_id,
                # no user id: the logs must not undo the discussion log's keyed hashes
            },
        )
    log_finished(interaction, outcome)
    try:
        if interaction.extras.get(_IN_PLACE) and interaction.response.is_done():
            await _replace_progress(interaction, message)
        else:
            await safe_reply(interaction, message)
    finally:
        _end(interaction)


_IN_PLACE = "lectern_answer_in_place"


def answer_in_place(interaction: discord.Interaction[Any]) -> None:
    """From now on an error replaces the (private) progress message the command showed,
    instead of leaving it under way and sending the error after it."""
    interaction.extras[_IN_PLACE] = True


async def _replace_progress(interaction: discord.Interaction[Any], message: str) -> None:
    try:
        await interaction.edit_original_response(
            content=message_content(message), embed=None, view=None, allowed_mentions=NO_MENTIONS
        )
    except discord.HTTPException:
        await safe_reply(interaction, message)


async def run_component(
    interaction: discord.Interaction[Any],
    action: Callable[[], Awaitable[None]],
) -> None:
    """Run a button's work with the same error handling and logging as commands."""
    if not _begin(interaction):
        await refuse_while_stopping(interaction)
        return
    try:
        await action()
    except Exception as exc:
        await handle_error(interaction, exc)
    else:
        log_finished(interaction, "ok")
    finally:
        _end(interaction)


def install(tree: app_commands.CommandTree[Any], client: commands.AutoShardedBot) -> None:
    """Make ``handle_error`` the tree's error handler and log every completed command."""

    async def on_error(
        interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        await handle_error(interaction, error)

    async def interaction_check(interaction: discord.Interaction[Any]) -> bool:
        # The tree calls this first for every command and every autocomplete.
        if interaction.type is discord.InteractionType.autocomplete:
            return not in_flight(client).closing
        if _begin(interaction):
            return True
        await refuse_while_stopping(interaction)
        return False

    async def on_app_command_completion(
        interaction: discord.Interaction[Any], command: object
    ) -> None:
        log_finished(interaction, "ok")
        _end(interaction)

    tree.on_error = on_error  # type: ignore[method-assign]
    tree.interaction_check = interaction_check  # type: ignore[method-assign]
    client.add_listener(on_app_command_completion, "on_app_command_completion")
