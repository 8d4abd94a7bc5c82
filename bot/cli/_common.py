"""Small helpers shared by the CLI modules, and the exit statuses every command uses.

The README's "Exit status" table lists the same statuses; ``tests/cli/test_failures.py``
checks every sub-command against it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.settings import Settings, SettingsError, load_settings
from bot.storage import Database, StorageError

EXIT_OK = 0
# A check failed or nothing was found (doctor, healthcheck, corpus check, no search hit, a
# guild with no records), or Discord could not be reached: trying again later may help.
EXIT_FAILED = 1
# Bad configuration or input (a setting, .env, an argument, a corpus or database that cannot
# be used, a token Discord refuses): it must be fixed first; restarting cannot help.
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class CommandError(Exception):
    """Stop the command: ``main`` prints ``lectern: MESSAGE`` and exits with ``status``."""

    def __init__(self, message: str, status: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def fail(message: str, status: int = EXIT_FAILED) -> int:
    """Print a one-line error for the operator and return the exit status to use."""
    print(f"lectern: {message}", file=sys.stderr)
    return status


def configuration_error(error: SettingsError, status: int = EXIT_USAGE) -> int:
    """One ``lectern: configuration error: KEY: problem`` line per wrong key."""
    for line in str(error).splitlines():
        fail(f"configuration error: {line}")
    return status


def settings() -> Settings:
    """The validated settings; a wrong one stops the command with status 2 (``main``)."""
    return load_settings()


def corpus_folder(given: Path | None) -> Path:
    """``--corpus`` if given, else ``LECTERN_CORPUS_DIR`` (default: the shipped corpus);
    a folder that does not exist stops the command with status 2."""
    folder = given if given is not None else settings().corpus_dir
    if not folder.is_dir():
        where = "--corpus" if given is not None else "LECTERN_CORPUS_DIR"
        raise CommandError(
            f"the corpus folder {folder} does not exist; set {where} to the folder holding"
            " the corpus (unset, Lectern uses the corpus it ships)",
            EXIT_USAGE,
        )
    return folder


def existing_database() -> Path | str:
    """The bot's database (a SQLite file or a PostgreSQL URL) for a command that reads what the
    bot stored; a SQLite file that is not there stops the command with status 2."""
    target = settings().database_target
    if isinstance(target, Path) and not target.is_file():
        what = "is not a file" if target.exists() else "does not exist"
        raise CommandError(
            f"the database {target} {what}; set LECTERN_DATABASE to the bot's database",
            EXIT_USAGE,
        )
    return target


async def open_database(target: Path | str, pool_size: int) -> Database:
    """Opens ``target``: a SQLite file that cannot be opened must be fixed (status 2); a
    PostgreSQL server that cannot be reached may answer later (status 1)."""
    try:
        return await Database.open(target, pool_size=pool_size)
    except StorageError as exc:
        raise CommandError(
            str(exc), EXIT_USAGE if isinstance(target, Path) else EXIT_FAILED
        ) from exc


def _whole_number(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {value!r}") from None


def positive(value: str) -> int:
    """An argparse type for a count or an id: a whole number of at least 1."""
    number = _whole_number(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def discord_id(value: str) -> int:
    """An argparse type for a Discord id (application, server): a positive 64-bit number."""
    number = _whole_number(value)
    if not 0 < number < 2**64:
        raise argparse.ArgumentTypeError(f"{value} is not a Discord id (a positive whole number)")
    return number
