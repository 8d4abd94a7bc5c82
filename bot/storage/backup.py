"""A consistent copy of the live database, taken with SQLite's online backup API.

Copying ``lectern.db`` with ``cp`` while the bot runs can miss the commits still in
``lectern.db-wal`` or catch a page half written; the backup API reads the database as one
snapshot, WAL included, while the bot keeps writing.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from bot.storage import StorageError
from bot.storage.sqlite import refuse_unusable_file


@dataclass(frozen=True)
class BackupReport:
    target: Path
    size: int  # bytes
    integrity: str  # PRAGMA integrity_check of the copy: "ok", or SQLite's first complaint


def backup_database(source: Path, target: Path) -> BackupReport:
    """Copy ``source`` into the new file ``target`` and check the copy's integrity.

    ``target`` must not exist (a backup never overwrites one); the copy is written beside it
    under a temporary name and renamed only once complete and checked. Raises
    ``StorageError`` saying what is wrong.
    """
    if not source.exists():
        raise StorageError(f"there is no database at {source}")
    refuse_unusable_file(source)
    if target.exists():
        raise StorageError(f"{target} already exists; choose a new name for the backup")
    if not target.parent.is_dir():
        raise StorageError(f"the folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.partial")
    try:
        with (
            contextlib.closing(
                sqlite3.connect(f"file:{quote(str(source.resolve()))}?mode=ro", uri=True)
            ) as live,
            contextlib.closing(sqlite3.connect(partial)) as copy,
        ):
            live.backup(copy)
            # A single file: the copy needs no -wal beside it to be complete.
            copy.execute("PRAGMA journal_mode=DELETE")
            row = copy.execute("PRAGMA integrity_check").fetchone()
        integrity = str(row[0]) if row else "no answer"
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"cannot back up {source} to {target}: {exc}") from exc
    return BackupReport(target, target.stat().st_size, integrity)
