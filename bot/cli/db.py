"""``lectern db copy --to URL``: move the whole database to PostgreSQL (or back to a file).

Stop the bot first. The source is the configured database (``LECTERN_DATABASE_URL`` if set,
else ``LECTERN_DATABASE``) unless ``--from`` names another. The target must be new or
empty; it is migrated, filled in one transaction, and every table's count is compared with
the source before the commit. Then set ``LECTERN_DATABASE_URL`` to the target and start.

Exit status: 0 copied; 2 bad configuration, or a database that cannot be used (missing,
empty, not a database, a target that is not empty); 1 when PostgreSQL is involved and the
copy failed (a server that cannot be reached may answer later).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from bot.cli._common import EXIT_FAILED, EXIT_USAGE, configuration_error, fail
from bot.settings import SettingsError, load_settings
from bot.storage import StorageError, is_postgres_url, redact_url
from bot.storage.copy import copy_database


def _target(text: str) -> Path | str:
    return text if is_postgres_url(text) else Path(text)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "db",
        help="database operations (copy SQLite to PostgreSQL)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    copy = commands.add_parser(
        "copy",
        help="copy every table into a new, empty database and check the counts",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    copy.add_argument(
        "--to",
        required=True,
        type=_target,
        metavar="URL_OR_PATH",
        help="postgresql://user:password@host/db (or a new SQLite file)",
    )
    copy.add_argument(
        "--from",
        dest="source",
        type=_target,
        metavar="URL_OR_PATH",
        help="the database to copy (default: the configured one)",
    )
    copy.set_defaults(func=copy_command)


def _shown(target: Path | str) -> str:
    return redact_url(target) if isinstance(target, str) else str(target)


def copy_command(args: argparse.Namespace) -> int:
    source: Path | str | None = args.source
    if source is None:
        try:
            source = load_settings().database_target
        except SettingsError as exc:
            return configuration_error(exc)

    def progress(table: str, copied: int) -> None:
        print(f"\r  {table}: {copied:,} rows", end="", file=sys.stderr, flush=True)

    print(f"copying {_shown(source)} to {_shown(args.to)}", file=sys.stderr)
    try:
        report = asyncio.run(copy_database(source, args.to, progress=progress))
    except StorageError as exc:
        print(file=sys.stderr)
        remote = isinstance(source, str) or isinstance(args.to, str)
        return fail(str(exc), EXIT_FAILED if remote else EXIT_USAGE)
    print(file=sys.stderr)
    width = max(len(table) for table in report.counts)
    for table, count in report.counts.items():
        print(f"  {table:<{width}}  {count:>12,}  (same in both)")
    print(f"copied {sum(report.counts.values()):,} rows; every table's count checked")
    return 0
