"""Storage: the only place in Lectern that speaks SQL.

``Database`` opens the SQLite file in WAL mode and applies the numbered migrations in
``bot/storage/migrations/`` (``NNNN_description.sql``), each in its own transaction and
recorded in ``schema_migrations``. Feature stores (events, daily schedules) live in modules
beside this one and take a ``Database``; handlers and cogs call their methods, never SQL.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import aiosqlite

_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class StorageError(Exception):
    """The database cannot be opened, migrated or written; the message says why."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    """Every migration shipped with Lectern, in version order."""
    migrations = []
    for entry in resources.files("bot.storage").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            migrations.append(
                Migration(int(match.group(1)), match.group(2), entry.read_text("utf-8"))
            )
    migrations.sort(key=lambda m: m.version)
    versions = [m.version for m in migrations]
    if len(set(versions)) != len(versions):
        raise StorageError(f"two migrations share a version number: {versions}")
    return migrations


def refuse_unusable_file(path: Path) -> None:
    """Raise ``StorageError`` for a path that exists but cannot hold a database: a folder, or
    an empty file (SQLite would silently take it for a new database and Lectern migrate it,
    hiding a lost or truncated file)."""
    if path.is_dir():
        raise StorageError(f"the database {path} is a folder; point LECTERN_DATABASE at a file")
    if path.is_file() and path.stat().st_size == 0:
        raise StorageError(
            f"the database {path} is an empty file (0 bytes), not a Lectern database: restore"
            " it from a backup, or remove it to start with a new database"
        )


class Database:
    """One aiosqlite connection in WAL mode; use ``Database.open`` to get a migrated one."""

    def __init__(self, connection: aiosqlite.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path
        # One connection is shared by every store: transactions must not interleave.
        self._transaction_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path | str, *, migrate: bool = True) -> Database:
        """Open (creating if needed) the database at ``path`` and bring its schema up to date."""
        db_path = Path(path)
        if str(db_path) != ":memory:":
            if not db_path.parent.exists():
                raise StorageError(f"the database folder {db_path.parent} does not exist")
            refuse_unusable_file(db_path)
        try:
            connection = await aiosqlite.connect(db_path, isolation_level=None)
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open the database {db_path}: {exc}") from exc
        try:
            await connection.execute("PRAGMA journal_mode=WAL")
            # NORMAL is durable against a killed process in WAL mode; only power loss can
            # take the last transactions, which is the usual trade-off for a chat bot.
            await connection.execute("PRAGMA synchronous=NORMAL")
            await connection.execute("PRAGMA foreign_keys=ON")
            await connection.execute("PRAGMA busy_timeout=5000")
        except sqlite3.Error as exc:
            # Closed here, or its thread keeps the process alive after the error.
            await connection.close()
            raise StorageError(f"cannot open the database {db_path}: {exc}") from exc
        except BaseException:
            await connection.close()
            raise
        database = cls(connection, db_path)
        if migrate:
            try:
                await database.migrate()
            except BaseException:
                await connection.close()
                raise
        return database

    async def close(self) -> None:
        await self.connection.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Run the block in one ``BEGIN IMMEDIATE`` transaction, rolled back on any error.

        Transactions on this connection run one at a time (callers wait their turn).
        """
        async with self._transaction_lock:
            try:
                await self.connection.execute("BEGIN IMMEDIATE")
                yield self.connection
                await self.connection.execute("COMMIT")
            except BaseException:
                # Also when the task is cancelled while BEGIN is on its way: aiosqlite runs
                # statements in order in its thread, so this ROLLBACK comes after it and the
                # next caller never finds the connection inside a transaction.
                with contextlib.suppress(sqlite3.Error):
                    await self.connection.execute("ROLLBACK")
                raise

    async def applied_versions(self) -> list[int]:
        await self.connection.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        async with self.connection.execute(
            "SELECT version FROM schema_migrations ORDER BY version"
        ) as cursor:
            return [int(row[0]) async for row in cursor]

    async def migrate(self, *, up_to: int | None = None) -> list[int]:
        """Apply every pending migration (up to ``up_to`` if given); return the versions applied."""
        done = set(await self.applied_versions())
        applied = []
        for migration in available_migrations():
            if migration.version in done or (up_to is not None and migration.version > up_to):
                continue
            try:
                async with self.transaction() as conn:
                    for statement in _split_statements(migration.sql):
                        await conn.execute(statement)
                    await conn.execute(
                        "INSERT INTO schema_migrations (version, name, applied_at)"
                        " VALUES (?, ?, datetime('now'))",
                        (migration.version, migration.name),
                    )
            except sqlite3.Error as exc:
                raise StorageError(
                    f"migration {migration.version:04d}_{migration.name} failed: {exc}"
                ) from exc
            applied.append(migration.version)
        return applied

    async def integrity_check(self) -> str:
        async with self.connection.execute("PRAGMA integrity_check") as cursor:
            row = await cursor.fetchone()
        return str(row[0]) if row else "no answer"


def _split_statements(sql: str) -> list[str]:
    """Split a migration into statements (``sqlite3.complete_statement`` handles triggers)."""
    statements: list[str] = []
    current = ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
