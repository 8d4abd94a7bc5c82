"""Read-only inspection of a database for ``lectern doctor`` and ``lectern run``.

A SQLite file is opened with ``mode=ro``, so inspecting the database of a running bot is
safe; a PostgreSQL database is reached, its migrations read, and a write tried in a
transaction that is rolled back. The migrations are compared with the ones this version of
Lectern ships for the backend.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import aiosqlite

from bot.storage import Database, StorageError, available_migrations
from bot.storage.sqlite import refuse_unusable_file


@dataclass(frozen=True)
class DatabaseReport:
    applied: tuple[int, ...]
    pending: tuple[int, ...]  # shipped migrations the database has not had yet
    unknown: tuple[int, ...]  # applied migrations this version does not ship (a newer Lectern)
    integrity: str  # "ok", or SQLite's first complaint ("not checked" for PostgreSQL)
    writable: str = "not checked"  # "ok", or why a write was refused


def _report(
    shipped: list[int], applied: list[int], integrity: str, writable: str
) -> DatabaseReport:
    return DatabaseReport(
        applied=tuple(applied),
        pending=tuple(v for v in shipped if v not in applied),
        unknown=tuple(v for v in applied if v not in shipped),
        integrity=integrity,
        writable=writable,
    )


async def inspect_database(path: Path, *, integrity: bool = True) -> DatabaseReport:
    """Report the migrations and the integrity of the existing SQLite database at ``path``.

    ``integrity=False`` skips ``PRAGMA integrity_check`` (it reads the whole file) and
    reports ``"not checked"``. Raises ``StorageError`` when the file cannot be read as a
    SQLite database.
    """
    refuse_unusable_file(path)
    shipped = [m.version for m in available_migrations("sqlite")]
    uri = _read_only_uri(path)
    checked = "not checked"
    try:
        async with aiosqlite.connect(uri, uri=True) as connection:
            async with connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
            ) as cursor:
                has_table = await cursor.fetchone() is not None
            applied: list[int] = []
            if has_table:
                async with connection.execute(
                    "SELECT version FROM schema_migrations ORDER BY version"
                ) as cursor:
                    applied = [int(row[0]) async for row in cursor]
            if integrity:
                async with connection.execute("PRAGMA integrity_check") as cursor:
                    row = await cursor.fetchone()
                checked = str(row[0]) if row else "no answer"
    except sqlite3.Error as exc:
        raise StorageError(f"cannot read {path} as a SQLite database: {exc}") from exc
    return _report(shipped, applied, checked, "not checked")


async def inspect_postgres(url: str, *, write: bool = True) -> DatabaseReport:
    """Reach the PostgreSQL database at ``url`` (never migrating it) and report its
    migrations; with ``write``, try a write that is rolled back. Raises ``StorageError``
    when it cannot be reached."""
    shipped = [m.version for m in available_migrations("postgresql")]
    database = await Database.open(url, migrate=False, pool_size=2)
    try:
        applied = await database.applied_versions()
        writable = "not checked"
        if write:
            try:
                await database.check_writable()
                writable = "ok"
            except StorageError as exc:
                writable = str(exc)
    finally:
        await database.close()
    return _report(shipped, applied, "not checked", writable)


def _read_only_uri(path: Path) -> str:
    return f"file:{quote(str(path.resolve()))}?mode=ro"
