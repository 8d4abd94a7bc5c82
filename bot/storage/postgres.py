"""The PostgreSQL backend: an asyncpg pool shared by every store of the process.

Statements are written once with SQLite's ``?`` / ``?N`` placeholders; ``_numbered`` turns
them into PostgreSQL's ``$N`` (cached per statement). asyncpg rather than SQLAlchemy: the
stores' SQL is already portable (standard ``ON CONFLICT`` upserts), the two backends differ
in a handful of spellings, and the event writer's batched upserts run on asyncpg's binary
``executemany`` without a second layer of statement building on the hot path.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from functools import lru_cache

import asyncpg

from bot.storage import (
    POSTGRESQL,
    TABLES,
    Database,
    Executor,
    Row,
    StorageError,
    available_migrations,
    redact_url,
)

_PLACEHOLDER = re.compile(r"\?(\d*)")
# Any 64-bit number of our own: the lock key that serialises migrations between processes,
# and the base of the identify bucket keys.
_MIGRATION_LOCK = 0x4C45435445524E00  # "LECTERN\0"
_IDENTIFY_LOCK_BASE = 0x4C45435445524E10


@lru_cache(maxsize=512)
def _numbered(sql: str) -> str:
    """``?`` → ``$1, $2…`` in order; ``?N`` → ``$N``. Lectern's SQL has no ``?`` in literals."""
    counter = 0

    def number(match: re.Match[str]) -> str:
        nonlocal counter
        if match.group(1):
            return f"${match.group(1)}"
        counter += 1
        return f"${counter}"

    return _PLACEHOLDER.sub(number, sql)


def _rowcount(status: str) -> int:
    """Rows changed, from a command status such as ``INSERT 0 3`` or ``UPDATE 2``."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


class _Connection(Executor):
    def __init__(self, connection: asyncpg.Connection) -> None:
        self.connection = connection

    async def execute(self, sql: str, args: Sequence[object] = ()) -> int:
        return _rowcount(await self.connection.execute(_numbered(sql), *args))

    async def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        await self.connection.executemany(_numbered(sql), list(rows))

    async def fetch_all(self, sql: str, args: Sequence[object] = ()) -> list[Row]:
        return [tuple(record) for record in await self.connection.fetch(_numbered(sql), *args)]


class PostgresDatabase(Database):
    """A pool of connections to one PostgreSQL database (URL ``postgresql://…``)."""

    dialect = POSTGRESQL

    def __init__(self, pool: asyncpg.Pool, url: str) -> None:
        self.pool = pool
        self.url = url

    @classmethod
    async def connect(
        cls, url: str, *, migrate: bool = True, pool_size: int = 10
    ) -> PostgresDatabase:
        try:
            pool = await asyncpg.create_pool(
                url, min_size=1, max_size=pool_size, timeout=10, command_timeout=60
            )
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as exc:
            raise StorageError(f"cannot connect to {redact_url(url)}: {exc}") from exc
        database = cls(pool, url)
        if migrate:
            try:
                await database.migrate()
            except BaseException:
                await pool.close()
                raise
        return database

    @property
    def description(self) -> str:
        return redact_url(self.url)

    async def close(self) -> None:
        await self.pool.close()

    async def execute(self, sql: str, args: Sequence[object] = ()) -> int:
        async with self.pool.acquire() as connection:
            return await _Connection(connection).execute(sql, args)

    async def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        async with self.pool.acquire() as connection:
            await _Connection(connection).executemany(sql, rows)

    async def fetch_all(self, sql: str, args: Sequence[object] = ()) -> list[Row]:
        async with self.pool.acquire() as connection:
            return await _Connection(connection).fetch_all(sql, args)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Executor]:
        async with self.pool.acquire() as connection, connection.transaction():
            yield _Connection(connection)

    async def applied_versions(self) -> list[int]:
        async with self.pool.acquire() as connection:
            exists = await connection.fetchval("SELECT to_regclass('schema_migrations')")
            if exists is None:
                return []
            rows = await connection.fetch("SELECT version FROM schema_migrations ORDER BY 1")
        return [int(row[0]) for row in rows]

    async def migrate(self, *, up_to: int | None = None) -> list[int]:
        """Apply the pending migrations; processes starting together take turns (a session
        advisory lock), and each sees what the one before it applied."""
        applied = []
        async with self.pool.acquire() as connection:
            await connection.execute("SELECT pg_advisory_lock($1)", _MIGRATION_LOCK)
            try:
                await connection.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                    " name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
                done = {
                    int(row[0])
                    for row in await connection.fetch("SELECT version FROM schema_migrations")
                }
                for migration in available_migrations("postgresql"):
                    if migration.version in done or (
                        up_to is not None and migration.version > up_to
                    ):
                        continue
                    try:
                        async with connection.transaction():
                            await connection.execute(migration.sql)
                            await connection.execute(
                                "INSERT INTO schema_migrations (version, name, applied_at)"
                                " VALUES ($1, $2, $3)",
                                migration.version,
                                migration.name,
                                datetime.now(UTC).isoformat(),
                            )
                    except asyncpg.PostgresError as exc:
                        raise StorageError(
                            f"migration {migration.version:04d}_{migration.name} failed: {exc}"
                        ) from exc
                    applied.append(migration.version)
            finally:
                await connection.execute("SELECT pg_advisory_unlock($1)", _MIGRATION_LOCK)
        return applied

    @asynccontextmanager
    async def identify_slot(self, bucket: int, hold: float) -> AsyncIterator[None]:
        """A session advisory lock per bucket, held through the block and ``hold`` seconds
        after it. A process that dies drops its connection, and with it the lock."""
        connection = await self.pool.acquire()
        released = False
        try:
            await connection.execute("SELECT pg_advisory_lock($1)", _IDENTIFY_LOCK_BASE + bucket)
            try:
                yield
            finally:
                release = asyncio.get_running_loop().create_task(
                    self._release_later(connection, bucket, hold)
                )
                _RELEASES.add(release)
                release.add_done_callback(_RELEASES.discard)
                released = True
        finally:
            if not released:
                await self.pool.release(connection)

    async def _release_later(
        self, connection: asyncpg.Connection, bucket: int, hold: float
    ) -> None:
        try:
            await asyncio.sleep(hold)
            await connection.execute("SELECT pg_advisory_unlock($1)", _IDENTIFY_LOCK_BASE + bucket)
        finally:
            await self.pool.release(connection)

    async def check_writable(self) -> None:
        try:
            async with self.pool.acquire() as connection:
                transaction = connection.transaction()
                await transaction.start()
                try:
                    if await connection.fetchval("SELECT to_regclass('selection_history')"):
                        await connection.execute(
                            "INSERT INTO selection_history (scope, cycle, passage_id, shown_at)"
                            " VALUES ('lectern-doctor', 0, 'write-check', $1)",
                            datetime.now(UTC).isoformat(),
                        )
                    else:  # not migrated yet: can the migrations create their tables?
                        await connection.execute("CREATE TABLE lectern_write_check (x INTEGER)")
                finally:
                    await transaction.rollback()
        except asyncpg.PostgresError as exc:
            raise StorageError(f"cannot write to {self.description}: {exc}") from exc

    async def iterate(self, sql: str, batch: int = 5_000) -> AsyncIterator[list[Row]]:
        async with self.pool.acquire() as connection, connection.transaction():
            cursor = await connection.cursor(_numbered(sql))
            while records := await cursor.fetch(batch):
                yield [tuple(record) for record in records]

    async def columns(self, table: str) -> list[str]:
        rows = await self.fetch_all(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
            (table,),
        )
        return [str(row[0]) for row in rows]

    async def bulk_insert(
        self, conn: Executor, table: str, columns: Sequence[str], rows: list[Row]
    ) -> None:
        assert isinstance(conn, _Connection)
        await conn.connection.copy_records_to_table(table, records=rows, columns=list(columns))

    async def after_bulk_insert(self, conn: Executor) -> None:
        await conn.execute(
            "SELECT setval(pg_get_serial_sequence('discussion_events', 'id'),"
            " COALESCE((SELECT MAX(id) FROM discussion_events), 0) + 1, false)"
        )

    async def table_counts(self) -> dict[str, int]:
        return {
            table: int(await self.fetch_value(f"SELECT COUNT(*) FROM {table}")) for table in TABLES
        }


# Pending delayed releases of identify locks (kept referenced until they run).
_RELEASES: set[asyncio.Task[None]] = set()
