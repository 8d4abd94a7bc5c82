"""``lectern backup FILE``: a consistent copy of the database, safe while the bot runs.

No ``sqlite3`` program is needed. The copy is a single file (no ``-wal`` beside it) that
has passed ``PRAGMA integrity_check``; to restore it, stop the bot and put it in place of
``LECTERN_DATABASE`` (README: "Backing up the database").

Exit status: 0 copied and checked; 1 the copy fails its integrity check (the database itself
is damaged); 2 no database, not a database, or a target that exists or cannot be written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.cli._common import EXIT_FAILED, EXIT_USAGE, fail, settings
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
    configured = settings()
    if configured.database_url is not None:
        return fail(
            "LECTERN_DATABASE_URL is set: back up PostgreSQL with pg_dump"
            " (deploy/CLUSTERS.md, 'Backups'); `lectern backup` copies the SQLite file",
            EXIT_USAGE,
        )
    database = configured.database
    try:
        report = backup_database(database, args.target)
    except StorageError as exc:
        return fail(str(exc), EXIT_USAGE)
    if report.integrity != "ok":
        return fail(
            f"the copy in {report.target} fails PRAGMA integrity_check ({report.integrity}):"
            " the database itself is damaged; run `lectern doctor`",
            EXIT_FAILED,
        )
    print(f"backed up {database} to {report.target} ({report.size} bytes, integrity ok)")
    return 0
