"""Storage: the only place in Lectern that speaks SQL.

Two backends sit behind one interface, ``Database``: SQLite (``bot.storage.sqlite``, the
zero-setup default, a file in WAL mode) and PostgreSQL (``bot.storage.postgres``, an asyncpg
pool, for several processes on several machines). ``Database.open(target)`` picks the
backend from the target: a ``postgresql://`` URL or a file path.

Feature stores (events, daily schedules, selection) live in modules beside this one, take a
``Database`` and write their SQL once, in the dialect both engines share (``ON CONFLICT``
upserts, ``?`` placeholders that the PostgreSQL backend numbers ``$1, $2…``); the few
spellings that differ come from ``Database.dialect``. Handlers and cogs call the stores'
methods, never SQL.

Schema changes are numbered migrations, one folder per backend
(``migrations/sqlite/NNNN_description.sql``, ``migrations/postgresql/…``) with the same
numbers, each applied in its own transaction and recorded in ``schema_migrations``.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")

DialectName = Literal["sqlite", "postgresql"]
Row = tuple[Any, ...]
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


class StorageError(Exception):
    """The database cannot be opened, migrated or written; the message says why."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


@lru_cache(maxsize=2)
def _migrations(dialect: DialectName) -> tuple[Migration, ...]:
    migrations = []
    folder = resources.files("bot.storage").joinpath("migrations").joinpath(dialect)
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            migrations.append(
                Migration(int(match.group(1)), match.group(2), entry.read_text("utf-8"))
            )
    migrations.sort(key=lambda m: m.version)
    versions = [m.version for m in migrations]
    if len(set(versions)) != len(versions):
        raise StorageError(f"two {dialect} migrations share a version number: {versions}")
    return tuple(migrations)


def available_migrations(dialect: DialectName = "sqlite") -> list[Migration]:
    """Every migration shipped with Lectern for the backend, in version order."""
    return list(_migrations(dialect))


def is_postgres_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(POSTGRES_SCHEMES)


def redact_url(url: str) -> str:
    """The URL with its password replaced, for logs and messages."""
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", url)


@dataclass(frozen=True)
class Dialect:
    """The few spellings the two engines do not share."""

    name: DialectName
    least: str  # the two-argument minimum: min(a, b) in SQLite, LEAST(a, b) in PostgreSQL
    greatest: str


SQLITE = Dialect("sqlite", least="min", greatest="max")
POSTGRESQL = Dialect("postgresql", least="LEAST", greatest="GREATEST")


class Executor(ABC):
    """Runs statements; inside ``Database.transaction()`` they share one transaction."""

    @abstractmethod
    async def execute(self, sql: str, args: Sequence[object] = ()) -> int:
        """Run one statement; return the number of rows it changed."""

    @abstractmethod
    async def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        """Run one statement once per row of arguments."""

    @abstractmethod
    async def fetch_all(self, sql: str, args: Sequence[object] = ()) -> list[Row]: ...

    async def fetch_one(self, sql: str, args: Sequence[object] = ()) -> Row | None:
        rows = await self.fetch_all(sql, args)
        return rows[0] if rows else None

    async def fetch_value(self, sql: str, args: Sequence[object] = ()) -> Any:
        """The first column of the first row, or None."""
        row = await self.fetch_one(sql, args)
        return None if row is None else row[0]


class Database(Executor):
    """A migrated database of either backend; statements outside ``transaction()`` autocommit."""

    dialect: Dialect

    @classmethod
    async def open(
        cls, target: Path | str, *, migrate: bool = True, pool_size: int = 10
    ) -> Database:
        """Open the database at ``target`` (a SQLite path or a ``postgresql://`` URL).

        With ``migrate`` (the default) the schema is brought up to date first. Raises
        ``StorageError`` saying what is wrong.
        """
        if is_postgres_url(target):
            from bot.storage.postgres import PostgresDatabase

            return await PostgresDatabase.connect(str(target), migrate=migrate, pool_size=pool_size)
        from bot.storage.sqlite import SqliteDatabase

        return await SqliteDatabase.connect(Path(target), migrate=migrate)

    @property
    @abstractmethod
    def description(self) -> str:
        """Where the data lives, for logs (a PostgreSQL URL without its password)."""

    @abstractmethod
    async def close(self) -> None: ...

    @abstractmethod
    def transaction(self) -> AbstractAsyncContextManager[Executor]:
        """One transaction, committed at the end of the block and rolled back on any error."""

    @abstractmethod
    async def applied_versions(self) -> list[int]: ...

    @abstractmethod
    async def migrate(self, *, up_to: int | None = None) -> list[int]:
        """Apply every pending migration (up to ``up_to`` if given); return those applied."""

    @abstractmethod
    def identify_slot(self, bucket: int, hold: float) -> AbstractAsyncContextManager[None]:
        """Wait for this identify bucket among every process on the database, and keep it
        ``hold`` seconds after the block (Discord allows one IDENTIFY per bucket per 5 s)."""

    @abstractmethod
    async def check_writable(self) -> None:
        """Write a row in a transaction that is rolled back; raise ``StorageError`` if refused."""

    @abstractmethod
    async def table_counts(self) -> dict[str, int]:
        """Rows in every table Lectern owns (``schema_migrations`` included)."""

    @abstractmethod
    def iterate(self, sql: str, batch: int = 5_000) -> AsyncIterator[list[Row]]:
        """The rows of a query in batches, read through one cursor (for copying tables)."""

    @abstractmethod
    async def columns(self, table: str) -> list[str]:
        """The table's column names, in their order."""

    @abstractmethod
    async def bulk_insert(
        self, conn: Executor, table: str, columns: Sequence[str], rows: list[Row]
    ) -> None:
        """Insert many rows inside the transaction ``conn`` (PostgreSQL: ``COPY``)."""

    async def after_bulk_insert(self, conn: Executor) -> None:
        """Bring sequences past the copied ids (PostgreSQL); nothing to do for SQLite."""


def shard_filter(shard_count: int | None, shard_ids: Sequence[int] | None) -> tuple[str, list[int]]:
    """A condition on ``guild_id`` keeping the servers of these shards (``"1 = 1"`` for all).

    Discord's formula, ``(guild_id >> 22) % shard_count``, in SQL both engines read alike.
    """
    if shard_count is None or shard_ids is None:
        return "1 = 1", []
    marks = ", ".join("?" * len(shard_ids))
    return f"((guild_id >> 22) % ?) IN ({marks})", [shard_count, *shard_ids]


# The tables holding Lectern's data, in the order ``lectern db copy`` writes them. Each
# backend keeps its own ``schema_migrations`` (and SQLite its ``identify_buckets`` leases).
DATA_TABLES = (
    "stats_secret",
    "discussion_events",
    "discussion_daily",
    "discussion_spans",
    "discussion_member_days",
    "passage_messages",
    "privacy_opt_outs",
    "daily_schedules",
    "daily_posts",
    "selection_history",
    "library_readings",
    "library_passages",
    "library_entries",
    "library_switches",
    "library_corrections",
    "library_vectors",
    "library_removals",
)
TABLES = ("schema_migrations", *DATA_TABLES)
