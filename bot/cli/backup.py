"""``lectern backup FILE``: a consistent copy of the database, safe while the bot runs.

No ``sqlite3`` program is needed. The copy is a single file (no ``-wal`` beside it) that
has passed ``PRAGMA integrity_check``; to restore it, stop the bot and put it in place of
``LECTERN_DATABASE`` (README: "Backing up the database").
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.cli._common import configuration_error, fail
from bot.settings import SettingsError, load_settings
from bot.storage import StorageError
from bot.storage.backup import backup_database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="copy the database consistently, even while the bot runs",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("target", type=Path, help="the new file to write (never overwritten)")
    parser.set_defaults(func=backup_command)


def backup_command(args: argparse.Namespace) -> int:
    try:
        settings = load_settings()
    except SettingsError as exc:
        return configuration_error(exc, status=1)
    if settings.database_url is not None:
        return fail(
            "LECTERN_DATABASE_URL is set: back up PostgreSQL with pg_dump"
            " (deploy/CLUSTERS.md, 'Backups'); `lectern backup` copies the SQLite file"
        )
    try:
        report = backup_database(settings.database, args.target)
    except StorageError as exc:
        return fail(str(exc))
    if report.integrity != "ok":
        return fail(
            f"the copy in {report.target} fails PRAGMA integrity_check ({report.integrity}):"
            " the database itself is damaged; run `lectern doctor`"
        )
    print(f"backed up {settings.database} to {report.target} ({report.size} bytes, integrity ok)")
    return 0
