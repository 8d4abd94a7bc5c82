"""The SQLite backend: one aiosqlite connection to a file in WAL mode (the default)."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import time
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import aiosqlite

from bot.storage import (
    SQLITE,
    TABLES,
    Database,
    Executor,
    Row,
    StorageError,
    available_migrations,
)


class _Connection(Executor):
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self.connection = connection

    async def execute(self, sql: str, args: Sequence[object] = ()) -> int:
        cursor = await self.connection.execute(sql, args)
        count = cursor.rowcount
        await cursor.close()
        return int(count)

    async def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        await self.connection.executemany(sql, rows)

    async def fetch_all(self, sql: str, args: Sequence[object] = ()) -> list[Row]:
        async with self.connection.execute(sql, args) as cursor:
            return [tuple(row) for row in await cursor.fetchall()]


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


class SqliteDatabase(_Connection, Database):
    """One aiosqlite connection in WAL mode, shared by every store of the process."""

    dialect = SQLITE

    def __init__(self, connection: aiosqlite.Connection, path: Path) -> None:
        super().__init__(connection)
        self.path = path
        # One connection is shared by every store: transactions must not interleave.
        self._transaction_lock = asyncio.Lock()

    @classmethod
    async def connect(cls, path: Path, *, migrate: bool = True) -> SqliteDatabase:
        """Open (creating if needed) the database at ``path``; migrate it unless told not to."""
        if str(path) != ":memory:":
            if not path.parent.exists():
                raise StorageError(f"the database folder {path.parent} does not exist")
            refuse_unusable_file(path)
        try:
            connection = await aiosqlite.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open the database {path}: {exc}") from exc
        try:
            await connection.execute("PRAGMA journal_mode=WAL")
            # NORMAL is durable against a killed process in WAL mode; only power loss can
            # take the last transactions, which is the usual trade-off for a chat bot.
            await connection.execute("PRAGMA synchronous=NORMAL")
            await connection.execute("PRAGMA foreign_keys=ON")
            await connection.execute("PRAGMA busy_timeout=5000")
        except BaseException as exc:
            # Closed here, or its thread keeps the process alive after the error.
            await connection.close()
            if isinstance(exc, sqlite3.Error):
                raise StorageError(f"cannot open the database {path}: {exc}") from exc
            raise
        database = cls(connection, path)
        if migrate:
            try:
                await database.migrate()
            except BaseException:
                await connection.close()
                raise
        return database

    @property
    def description(self) -> str:
        return str(self.path)

    async def close(self) -> None:
        await self.connection.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Executor]:
        """Run the block in one ``BEGIN IMMEDIATE`` transaction, rolled back on any error.

        Transactions on this connection run one at a time (callers wait their turn).
        """
        async with self._transaction_lock:
            try:
                await self.connection.execute("BEGIN IMMEDIATE")
                yield self
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
        return [int(row[0]) for row in await self.fetch_all(_APPLIED)]

    async def migrate(self, *, up_to: int | None = None) -> list[int]:
        done = set(await self.applied_versions())
        applied = []
        for migration in available_migrations("sqlite"):
            if migration.version in done or (up_to is not None and migration.version > up_to):
                continue
            try:
                async with self.transaction() as conn:
                    for statement in _split_statements(migration.sql):
                        await conn.execute(statement)
                    await conn.execute(
                        _RECORD_MIGRATION,
                        (migration.version, migration.name, datetime.now(UTC).isoformat()),
                    )
            except sqlite3.Error as exc:
                raise StorageError(
                    f"migration {migration.version:04d}_{migration.name} failed: {exc}"
                ) from exc
            applied.append(migration.version)
        return applied

    async def integrity_check(self) -> str:
        row = await self.fetch_one("PRAGMA integrity_check")
        return str(row[0]) if row else "no answer"

    @asynccontextmanager
    async def identify_slot(self, bucket: int, hold: float) -> AsyncIterator[None]:
        """A lease row per bucket: a process takes the bucket by moving its ``free_at``
        forward in one conditional UPDATE (SQLite's write lock makes it atomic)."""
        while True:
            async with self.transaction() as conn:
                await conn.execute(
                    "INSERT INTO identify_buckets (bucket, free_at) VALUES (?, 0)"
                    " ON CONFLICT (bucket) DO NOTHING",
                    (bucket,),
                )
                now = time.time()
                # Taken for a minute while identifying; set to now + hold afterwards.
                taken = await conn.execute(
                    "UPDATE identify_buckets SET free_at = ? WHERE bucket = ? AND free_at <= ?",
                    (now + 60.0, bucket, now),
                )
                free_at = await conn.fetch_value(
                    "SELECT free_at FROM identify_buckets WHERE bucket = ?", (bucket,)
                )
            if taken:
                break
            await asyncio.sleep(min(max(float(free_at) - time.time(), 0.05), 5.0))
        try:
            yield
        finally:
            await self.execute(
                "UPDATE identify_buckets SET free_at = ? WHERE bucket = ?",
                (time.time() + hold, bucket),
            )

    async def check_writable(self) -> None:
        try:
            await self.connection.execute("BEGIN IMMEDIATE")
            await self.connection.execute("ROLLBACK")
        except sqlite3.Error as exc:
            raise StorageError(f"cannot write {self.path}: {exc}") from exc

    async def iterate(self, sql: str, batch: int = 5_000) -> AsyncIterator[list[Row]]:
        async with self.connection.execute(sql) as cursor:
            while rows := await cursor.fetchmany(batch):
                yield [tuple(row) for row in rows]

    async def columns(self, table: str) -> list[str]:
        return [str(row[1]) for row in await self.fetch_all(f"PRAGMA table_info({table})")]

    async def bulk_insert(
        self, conn: Executor, table: str, columns: Sequence[str], rows: list[Row]
    ) -> None:
        marks = ", ".join("?" * len(columns))
        await conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    async def table_counts(self) -> dict[str, int]:
        return {
            table: int(await self.fetch_value(f"SELECT COUNT(*) FROM {table}")) for table in TABLES
        }


_APPLIED = "SELECT version FROM schema_migrations ORDER BY version"
_RECORD_MIGRATION = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"


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
