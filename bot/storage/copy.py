"""Copy every table of one Lectern database into another, empty one, and check the counts.

The way a group that grows moves from its SQLite file to PostgreSQL (``lectern db copy``),
and back. Both ends are brought to the current schema first; the target must hold no data
(a copy never merges). The whole copy is one transaction on the target: it lands complete
or not at all. Rows are read through one cursor and written in batches (``COPY`` on
PostgreSQL), so a year of a busy server never sits in memory at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.storage import DATA_TABLES, Database, StorageError

BATCH = 5_000


@dataclass(frozen=True)
class CopyReport:
    counts: dict[str, int]  # rows per table, the same in source and target


async def copy_database(
    source: Path | str,
    target: Path | str,
    *,
    progress: Callable[[str, int], None] | None = None,
) -> CopyReport:
    """Copy ``source`` (a SQLite path or PostgreSQL URL) into the empty ``target``.

    Raises ``StorageError`` saying what is wrong: a missing source, a target with data, a
    count that differs after the copy.
    """
    if isinstance(source, Path) and not await asyncio.to_thread(source.is_file):
        raise StorageError(f"there is no database at {source}")
    source_db = await Database.open(source, pool_size=2)
    try:
        target_db = await Database.open(target, pool_size=2)
        try:
            return await _copy(source_db, target_db, progress)
        finally:
            await target_db.close()
    finally:
        await source_db.close()


async def _copy(
    source: Database, target: Database, progress: Callable[[str, int], None] | None
) -> CopyReport:
    if source.description == target.description:
        raise StorageError("the source and the target are the same database")
    before = await target.table_counts()
    filled = [table for table in DATA_TABLES if before[table]]
    if filled:
        raise StorageError(
            f"{target.description} already holds data ({', '.join(filled)}); copy into a new,"
            " empty database"
        )
    expected = await source.table_counts()
    async with target.transaction() as conn:
        for table in DATA_TABLES:
            columns = await source.columns(table)
            if columns != await target.columns(table):
                raise StorageError(f"the two schemas differ in {table}: {columns}")
            copied = 0
            async for rows in source.iterate(f"SELECT {', '.join(columns)} FROM {table}", BATCH):
                await target.bulk_insert(conn, table, columns, rows)
                copied += len(rows)
                if progress is not None:
                    progress(table, copied)
        await target.after_bulk_insert(conn)
        # Checked before the commit: a copy whose counts differ is rolled back whole.
        after = {t: int(await conn.fetch_value(f"SELECT COUNT(*) FROM {t}")) for t in DATA_TABLES}
        now = await source.table_counts()
        differing = [t for t in DATA_TABLES if not expected[t] == now[t] == after[t]]
        if differing:
            detail = ", ".join(f"{t}: {expected[t]} → {after[t]}" for t in differing)
            raise StorageError(
                f"the counts differ after the copy ({detail}), so nothing was written;"
                " stop the bot during the copy"
            )
    return CopyReport(after)
