"""Each server's own readings: their text, passages, new entries and switches (all the SQL).

A reading is one row of ``library_readings`` holding its extracted text verbatim; its
passages (``library_passages``), the speakers and works it names that no shipped registry
knows (``library_entries``), the audit of its moderators' corrections
(``library_corrections``) and its sentence vectors (``library_vectors``) hang off it and go
with it. ``library_switches`` records what a server turned off (shipped sources, enabled by
default) or on again, and ``library_removals`` which readings its moderators removed, who and
when. Every change is one
transaction: a reading is stored whole or not at all, and removed whole.

The types are the domain's (``bot.core.library``); the rules (what may be corrected, how a
server's corpus is composed) are there too. This module only stores and reads.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Collection, Sequence
from datetime import UTC, datetime
from typing import get_args

from bot.core.library import (
    CorrectedField,
    Correction,
    EntryKind,
    EntryOrigin,
    NewEntry,
    ReadingContent,
    ReadingStatus,
    RemovedReading,
    StoredPassage,
    StoredReading,
    StoredVectors,
)
from bot.core.models import PassageKind
from bot.storage import Database, Executor, Row


class ReadingExistsError(Exception):
    """The server already has a reading of this very file (the same SHA-256)."""

    def __init__(self, reading_id: str) -> None:
        super().__init__(f"this file is already reading {reading_id}")
        self.reading_id = reading_id


_READING = (
    "r.id, r.guild_id, r.title, r.author, r.author_speaker, r.year, r.file_name, r.sha256,"
    " r.status, r.added_by, r.added_at,"
    " (SELECT COUNT(*) FROM library_passages p WHERE p.reading_id = r.id"
    "  AND p.kind = 'quotation'),"
    " (SELECT COUNT(*) FROM library_passages p WHERE p.reading_id = r.id),"
    " COALESCE((SELECT s.enabled FROM library_switches s WHERE s.guild_id = r.guild_id"
    "  AND s.entry_id = r.id), 1), r.published_by, r.published_at"
)
_PASSAGE = (
    "passage_id, position, kind, text, start_offset, end_offset, speaker, speaker_name, work,"
    " work_title, page, date, via, via_name, attributed_by, spans, doubt"
)
_ENTRY = "kind, entry_id, name, unnamed, author"


def _prefixed(alias: str, columns: str) -> str:
    return ", ".join(f"{alias}.{column}" for column in columns.split(", "))


def _reading(row: Row) -> StoredReading:
    (rid, guild, title, author, speaker, year, name, sha, status, by, at, quotes, passages, on) = (
        row[:14]
    )
    published_by, published_at = row[14], row[15]
    state: ReadingStatus = "published" if status == "published" else "draft"
    return StoredReading(
        id=str(rid),
        guild_id=int(guild),
        title=str(title),
        author=str(author),
        author_speaker=str(speaker),
        year=None if year is None else int(year),
        file_name=str(name),
        sha256=str(sha),
        status=state,
        added_by=int(by),
        added_at=datetime.fromisoformat(str(at)),
        quotations=int(quotes),
        passages=int(passages),
        enabled=bool(on),
        published_by=None if published_by is None else int(published_by),
        published_at=None if published_at is None else datetime.fromisoformat(str(published_at)),
    )


def _spans(values: object) -> tuple[tuple[int, int], ...]:
    if not isinstance(values, list):
        return ()
    return tuple((int(a), int(b)) for a, b in values)


def _passage(row: Row) -> StoredPassage:
    spans = json.loads(str(row[15]))
    kind: PassageKind = row[2]
    return StoredPassage(
        id=str(row[0]),
        position=int(row[1]),
        kind=kind,
        text=str(row[3]),
        start=int(row[4]),
        end=int(row[5]),
        speaker=str(row[6]),
        speaker_name=row[7],
        work=row[8],
        work_title=row[9],
        page=row[10],
        date=row[11],
        via=row[12],
        via_name=row[13],
        attributed_by=row[14],
        removed=_spans(spans.get("removed")),
        insertions=_spans(spans.get("insertions")),
        doubt=row[16],
    )


def _passage_values(reading_id: str, passage: StoredPassage) -> tuple[object, ...]:
    spans = {
        "removed": [list(span) for span in passage.removed],
        "insertions": [list(span) for span in passage.insertions],
    }
    return (
        reading_id,
        passage.id,
        passage.position,
        passage.kind,
        passage.text,
        passage.start,
        passage.end,
        passage.speaker,
        passage.speaker_name,
        passage.work,
        passage.work_title,
        passage.page,
        passage.date,
        passage.via,
        passage.via_name,
        passage.attributed_by,
        json.dumps(spans),
        passage.doubt,
    )


def _entry(row: Row) -> NewEntry:
    kind: EntryKind = "work" if row[0] == "work" else "speaker"
    return NewEntry(
        kind=kind,
        id=str(row[1]),
        name=str(row[2]),
        unnamed=bool(row[3]),
        author=None if row[4] is None else str(row[4]),
    )


_FIELDS: dict[str, CorrectedField] = {field: field for field in get_args(CorrectedField)}


def _correction(row: Row) -> Correction:
    changes = tuple(
        (_FIELDS[str(field)], None if was is None else str(was), None if now is None else str(now))
        for field, was, now in json.loads(str(row[3]))
        if str(field) in _FIELDS
    )
    return Correction(
        passage_id=str(row[0]),
        by=None if row[1] is None else int(row[1]),
        at=datetime.fromisoformat(str(row[2])),
        changes=changes,
    )


async def _insert_entries(conn: Executor, reading_id: str, entries: Sequence[NewEntry]) -> None:
    await conn.executemany(
        f"INSERT INTO library_entries (reading_id, {_ENTRY}) VALUES (?, ?, ?, ?, ?, ?)",
        [(reading_id, e.kind, e.id, e.name, int(e.unnamed), e.author) for e in entries],
    )


# A server's published readings that it did not disable (the first parameter: its id).
_ENABLED = (
    "r.guild_id = ? AND r.status = 'published' AND NOT EXISTS (SELECT 1 FROM"
    " library_switches s WHERE s.guild_id = r.guild_id AND s.entry_id = r.id"
    " AND s.enabled = 0)"
)


def _contents(
    rows: Sequence[Row], passage_rows: Sequence[Row], entry_rows: Sequence[Row]
) -> list[ReadingContent]:
    """Readings' rows (with their text last), their passages' and entries' rows (each with
    its reading's id first) as the readings' contents."""
    passages: dict[str, list[StoredPassage]] = {str(row[0]): [] for row in rows}
    for row in passage_rows:
        passages[str(row[0])].append(_passage(row[1:]))
    entries: dict[str, list[NewEntry]] = {key: [] for key in passages}
    for row in entry_rows:
        entries[str(row[0])].append(_entry(row[1:]))
    return [
        ReadingContent(
            reading=_reading(row[:-1]),
            text=str(row[-1]),
            passages=tuple(passages[str(row[0])]),
            entries=tuple(entries[str(row[0])]),
        )
        for row in rows
    ]


class LibraryStore:
    def __init__(self, database: Database) -> None:
        self.database = database

    # ------------------------------------------------------------------------- writing

    async def add(
        self,
        reading: StoredReading,
        text: str,
        passages: Sequence[StoredPassage],
        entries: Sequence[NewEntry],
        *,
        at: datetime,
    ) -> None:
        """Store a new reading (as ``reading.status``) with its passages and entries, in one
        transaction. Raises ``ReadingExistsError`` if the server has this file already."""
        async with self.database.transaction() as conn:
            existing = await conn.fetch_value(
                "SELECT id FROM library_readings WHERE guild_id = ? AND sha256 = ?",
                (reading.guild_id, reading.sha256),
            )
            if existing is not None:
                raise ReadingExistsError(str(existing))
            await conn.execute(
                "INSERT INTO library_readings (id, guild_id, title, author, author_speaker,"
                " year, file_name, sha256, status, text, added_by, added_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    reading.id,
                    reading.guild_id,
                    reading.title,
                    reading.author,
                    reading.author_speaker,
                    reading.year,
                    reading.file_name,
                    reading.sha256,
                    reading.status,
                    text,
                    reading.added_by,
                    reading.added_at.isoformat(),
                    at.isoformat(),
                ),
            )
            await conn.executemany(
                f"INSERT INTO library_passages (reading_id, {_PASSAGE})"
                f" VALUES ({', '.join('?' * (_PASSAGE.count(',') + 2))})",
                [_passage_values(reading.id, passage) for passage in passages],
            )
            await _insert_entries(conn, reading.id, entries)

    async def correct(
        self,
        reading_id: str,
        passage: StoredPassage,
        entries: Sequence[NewEntry],
        *,
        by: int | None,
        at: datetime,
        changes: Sequence[tuple[CorrectedField, str | None, str | None]],
    ) -> bool:
        """Replace a passage's attribution and kind, and the reading's new entries with
        ``entries`` (the corrected set), and add the correction (``by``, ``at``, ``changes``)
        to the reading's audit; False if there is no such passage."""
        async with self.database.transaction() as conn:
            changed = await conn.execute(
                "UPDATE library_passages SET kind = ?, speaker = ?, speaker_name = ?, work = ?,"
                " work_title = ?, page = ?, via = ?, via_name = ?, attributed_by = ?,"
                " corrected_by = ?, corrected_at = ? WHERE reading_id = ? AND passage_id = ?",
                (
                    passage.kind,
                    passage.speaker,
                    passage.speaker_name,
                    passage.work,
                    passage.work_title,
                    passage.page,
                    passage.via,
                    passage.via_name,
                    passage.attributed_by,
                    by,
                    at.isoformat(),
                    reading_id,
                    passage.id,
                ),
            )
            if not changed:
                return False
            # After the UPDATE: on PostgreSQL the passage's row lock orders two moderators'
            # corrections of one passage, so each gets the next number.
            number = await conn.fetch_value(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM library_corrections"
                " WHERE reading_id = ? AND passage_id = ?",
                (reading_id, passage.id),
            )
            await conn.execute(
                "INSERT INTO library_corrections (reading_id, passage_id, number, corrected_by,"
                " corrected_at, changes) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    reading_id,
                    passage.id,
                    int(number),
                    by,
                    at.isoformat(),
                    json.dumps([list(change) for change in changes]),
                ),
            )
            await conn.execute("DELETE FROM library_entries WHERE reading_id = ?", (reading_id,))
            await _insert_entries(conn, reading_id, entries)
            await conn.execute(
                "UPDATE library_readings SET updated_at = ? WHERE id = ?",
                (at.isoformat(), reading_id),
            )
        return True

    async def confirm(
        self, guild_id: int, reading_id: str, passage_id: str, *, by: int | None, at: datetime
    ) -> bool:
        """Record that a moderator (``by``) checked a draft's doubtful attribution and keeps
        it unchanged; False, changing nothing, unless the server has this draft, the passage
        a doubt and no one confirmed it yet (the one statement decides, however many
        moderators press at once)."""
        async with self.database.transaction() as conn:
            changed = await conn.execute(
                "UPDATE library_passages SET checked_by = ?, checked_at = ?"
                " WHERE reading_id = ? AND passage_id = ? AND doubt IS NOT NULL"
                " AND checked_at IS NULL AND EXISTS (SELECT 1 FROM library_readings r"
                " WHERE r.id = library_passages.reading_id AND r.guild_id = ?"
                " AND r.status = 'draft')",
                (by, at.isoformat(), reading_id, passage_id, guild_id),
            )
        return changed > 0

    async def publish(
        self, guild_id: int, reading_id: str, *, at: datetime, by: int | None = None
    ) -> bool:
        """Make a draft public in its server, recording who (``by``) and when; False if the
        server has no such draft."""
        async with self.database.transaction() as conn:
            changed = await conn.execute(
                "UPDATE library_readings SET status = 'published', published_at = ?,"
                " published_by = ?, updated_at = ? WHERE guild_id = ? AND id = ?"
                " AND status = 'draft'",
                (at.isoformat(), by, at.isoformat(), guild_id, reading_id),
            )
        return changed > 0

    async def set_enabled(
        self,
        guild_id: int,
        entry_id: str,
        origin: EntryOrigin,
        enabled: bool,
        *,
        by: int | None,
        at: datetime,
    ) -> None:
        """Switch a shipped source or one of the server's readings on or off in that server."""
        async with self.database.transaction() as conn:
            await conn.execute(
                "INSERT INTO library_switches (guild_id, entry_id, origin, enabled, changed_by,"
                " changed_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (guild_id, entry_id)"
                " DO UPDATE SET enabled = excluded.enabled, changed_by = excluded.changed_by,"
                " changed_at = excluded.changed_at",
                (guild_id, entry_id, origin, int(enabled), by, at.isoformat()),
            )

    async def remove(
        self,
        guild_id: int,
        reading_id: str,
        *,
        by: int | None = None,
        at: datetime | None = None,
    ) -> bool:
        """Delete a reading of the server with its passages, entries and switch, and record
        in ``library_removals`` what it was, who removed it (``by``) and when (``at``, now if
        not given); False if the server has no such reading."""
        when = (at or datetime.now(UTC)).isoformat()
        async with self.database.transaction() as conn:
            recorded = await conn.execute(
                "INSERT INTO library_removals (guild_id, reading_id, title, author, file_name,"
                " status, passages, added_by, published_by, removed_by, removed_at)"
                " SELECT r.guild_id, r.id, r.title, r.author, r.file_name, r.status,"
                " (SELECT COUNT(*) FROM library_passages p WHERE p.reading_id = r.id),"
                " r.added_by, r.published_by, ?, ? FROM library_readings r"
                " WHERE r.guild_id = ? AND r.id = ?",
                (by, when, guild_id, reading_id),
            )
            if not recorded:
                return False
            await conn.execute("DELETE FROM library_passages WHERE reading_id = ?", (reading_id,))
            await conn.execute("DELETE FROM library_entries WHERE reading_id = ?", (reading_id,))
            await conn.execute(
                "DELETE FROM library_corrections WHERE reading_id = ?", (reading_id,)
            )
            await conn.execute("DELETE FROM library_vectors WHERE reading_id = ?", (reading_id,))
            await conn.execute(
                "DELETE FROM library_switches WHERE guild_id = ? AND entry_id = ?",
                (guild_id, reading_id),
            )
            await conn.execute("DELETE FROM library_readings WHERE id = ?", (reading_id,))
        return True

    async def keep_vectors(self, vectors: StoredVectors, *, at: datetime) -> bool:
        """Keep a reading's sentence vectors (replacing any it had); False if the reading was
        removed meanwhile (nothing is kept)."""
        async with self.database.transaction() as conn:
            changed = await conn.execute(
                "INSERT INTO library_vectors (reading_id, model, dtype, dimensions, windows, keys,"
                " vectors, stored_at) SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM"
                " library_readings WHERE id = ?) ON CONFLICT (reading_id) DO UPDATE SET"
                " model = excluded.model, dtype = excluded.dtype, dimensions ="
                " excluded.dimensions, windows = excluded.windows, keys = excluded.keys,"
                " vectors = excluded.vectors, stored_at = excluded.stored_at",
                (
                    vectors.reading_id,
                    vectors.model,
                    vectors.dtype,
                    vectors.dimensions,
                    vectors.windows,
                    vectors.keys,
                    vectors.vectors,
                    at.isoformat(),
                    vectors.reading_id,
                ),
            )
        return changed > 0

    # ------------------------------------------------------------------------- reading

    async def vectors(self, guild_id: int, reading_ids: Sequence[str]) -> list[StoredVectors]:
        """The kept sentence vectors of these readings of the server (another server's are
        never read)."""
        if not reading_ids:
            return []
        marks = ", ".join("?" for _ in reading_ids)
        rows = await self.database.fetch_all(
            "SELECT v.reading_id, v.model, v.dtype, v.dimensions, v.windows, v.keys, v.vectors"
            " FROM library_vectors v JOIN library_readings r ON r.id = v.reading_id"
            f" WHERE r.guild_id = ? AND v.reading_id IN ({marks})",
            (guild_id, *reading_ids),
        )
        return [
            StoredVectors(
                reading_id=str(row[0]),
                model=str(row[1]),
                dtype=str(row[2]),
                dimensions=int(row[3]),
                windows=int(row[4]),
                keys=bytes(row[5]),
                vectors=bytes(row[6]),
            )
            for row in rows
        ]

    async def id_taken(self, reading_id: str) -> bool:
        """Whether any server has a reading with this id (ids are unique across servers)."""
        found = await self.database.fetch_value(
            "SELECT 1 FROM library_readings WHERE id = ?", (reading_id,)
        )
        return found is not None

    async def readings(self, guild_id: int) -> list[StoredReading]:
        """The server's readings, drafts included, in the order they were added."""
        rows = await self.database.fetch_all(
            f"SELECT {_READING} FROM library_readings r WHERE r.guild_id = ?"
            " ORDER BY r.added_at, r.id",
            (guild_id,),
        )
        return [_reading(row) for row in rows]

    async def reading(self, guild_id: int, reading_id: str) -> StoredReading | None:
        """One of the server's readings (``None`` for another server's: never shown)."""
        row = await self.database.fetch_one(
            f"SELECT {_READING} FROM library_readings r WHERE r.guild_id = ? AND r.id = ?",
            (guild_id, reading_id),
        )
        return None if row is None else _reading(row)

    async def text(self, guild_id: int, reading_id: str) -> str | None:
        """A reading's extracted text (``None`` for another server's reading)."""
        value = await self.database.fetch_value(
            "SELECT text FROM library_readings WHERE guild_id = ? AND id = ?",
            (guild_id, reading_id),
        )
        return None if value is None else str(value)

    async def passages(self, guild_id: int, reading_id: str) -> list[StoredPassage]:
        """A reading's passages in text order (none for another server's reading)."""
        rows = await self.database.fetch_all(
            f"SELECT {_prefixed('p', _PASSAGE)} FROM library_passages p"
            " JOIN library_readings r ON r.id = p.reading_id"
            " WHERE r.guild_id = ? AND p.reading_id = ? ORDER BY p.position",
            (guild_id, reading_id),
        )
        return [_passage(row) for row in rows]

    async def entries(self, guild_id: int, reading_id: str) -> list[NewEntry]:
        """A reading's new speakers and works (none for another server's reading)."""
        rows = await self.database.fetch_all(
            f"SELECT {_prefixed('e', _ENTRY)} FROM library_entries e"
            " JOIN library_readings r ON r.id = e.reading_id"
            " WHERE r.guild_id = ? AND e.reading_id = ? ORDER BY e.kind, e.entry_id",
            (guild_id, reading_id),
        )
        return [_entry(row) for row in rows]

    async def corrections(self, guild_id: int, reading_id: str) -> list[Correction]:
        """The audit of a reading's corrections, oldest first (none for another server's)."""
        rows = await self.database.fetch_all(
            "SELECT c.passage_id, c.corrected_by, c.corrected_at, c.changes"
            " FROM library_corrections c JOIN library_readings r ON r.id = c.reading_id"
            " WHERE r.guild_id = ? AND c.reading_id = ?"
            " ORDER BY c.corrected_at, c.passage_id, c.number",
            (guild_id, reading_id),
        )
        return [_correction(row) for row in rows]

    async def checks(
        self, guild_id: int, reading_id: str
    ) -> dict[str, tuple[int | None, datetime]]:
        """The doubtful attributions of a reading a moderator confirmed unchanged: passage
        id → (who, when) (none for another server's reading)."""
        rows = await self.database.fetch_all(
            "SELECT p.passage_id, p.checked_by, p.checked_at FROM library_passages p"
            " JOIN library_readings r ON r.id = p.reading_id"
            " WHERE r.guild_id = ? AND p.reading_id = ? AND p.checked_at IS NOT NULL",
            (guild_id, reading_id),
        )
        return {
            str(row[0]): (
                None if row[1] is None else int(row[1]),
                datetime.fromisoformat(str(row[2])),
            )
            for row in rows
        }

    async def removals(self, guild_id: int, *, limit: int = 10) -> list[RemovedReading]:
        """The readings removed from the server, the latest first (at most ``limit``)."""
        rows = await self.database.fetch_all(
            "SELECT reading_id, title, author, status, passages, removed_by, removed_at"
            " FROM library_removals WHERE guild_id = ?"
            " ORDER BY removed_at DESC, reading_id LIMIT ?",
            (guild_id, limit),
        )
        return [
            RemovedReading(
                id=str(row[0]),
                title=str(row[1]),
                author=str(row[2]),
                status="published" if row[3] == "published" else "draft",
                passages=int(row[4]),
                removed_by=None if row[5] is None else int(row[5]),
                removed_at=datetime.fromisoformat(str(row[6])),
            )
            for row in rows
        ]

    async def switched_by(self, guild_id: int) -> dict[str, int]:
        """Who last switched each entry of the server on or off (entries switched by
        someone recorded)."""
        rows = await self.database.fetch_all(
            "SELECT entry_id, changed_by FROM library_switches"
            " WHERE guild_id = ? AND changed_by IS NOT NULL",
            (guild_id,),
        )
        return {str(row[0]): int(row[1]) for row in rows}

    async def switches(self, guild_id: int) -> dict[str, bool]:
        """What the server switched: entry id → enabled (no entry: the default, enabled)."""
        rows = await self.database.fetch_all(
            "SELECT entry_id, enabled FROM library_switches WHERE guild_id = ?", (guild_id,)
        )
        return {str(row[0]): bool(row[1]) for row in rows}

    async def published_versions(self, guild_id: int) -> list[tuple[str, str]]:
        """``(reading id, when it last changed)`` of the server's published, enabled readings,
        in the order its view reads them: which readings a view must read again."""
        rows = await self.database.fetch_all(
            f"SELECT r.id, r.updated_at FROM library_readings r WHERE {_ENABLED}"
            " ORDER BY r.added_at, r.id",
            (guild_id,),
        )
        return [(str(row[0]), str(row[1])) for row in rows]

    async def published(
        self, guild_id: int, only: Collection[str] | None = None
    ) -> list[ReadingContent]:
        """The server's published, enabled readings (``only``: those of these ids) with their
        text, passages and entries: what its view is built from (three queries, however many
        readings; their rows read into passages in a worker thread, off the event loop)."""
        if only is not None and not only:
            return []
        chosen, wanted = "", list(only or ())
        if only is not None:
            chosen = f" AND r.id IN ({','.join('?' * len(wanted))})"
        where = f"{_ENABLED}{chosen}"
        rows = await self.database.fetch_all(
            f"SELECT {_READING}, r.text FROM library_readings r WHERE {where}"
            " ORDER BY r.added_at, r.id",
            (guild_id, *wanted),
        )
        if not rows:
            return []
        passage_rows = await self.database.fetch_all(
            f"SELECT p.reading_id, {_prefixed('p', _PASSAGE)}"
            f" FROM library_passages p JOIN library_readings r ON r.id = p.reading_id"
            f" WHERE {where} ORDER BY p.reading_id, p.position",
            (guild_id, *wanted),
        )
        entry_rows = await self.database.fetch_all(
            f"SELECT e.reading_id, {_prefixed('e', _ENTRY)}"
            f" FROM library_entries e JOIN library_readings r ON r.id = e.reading_id"
            f" WHERE {where} ORDER BY e.reading_id, e.kind, e.entry_id",
            (guild_id, *wanted),
        )
        return await asyncio.to_thread(_contents, rows, passage_rows, entry_rows)

    async def readings_from(self, suffix: str) -> list[tuple[StoredReading, str]]:
        """Every server's readings added from a file whose name ends with ``suffix`` (any
        case), with their stored text: for the operator's checks across servers."""
        rows = await self.database.fetch_all(
            f"SELECT {_READING}, r.text FROM library_readings r"
            " WHERE LOWER(r.file_name) LIKE ? ORDER BY r.guild_id, r.added_at, r.id",
            (f"%{suffix.lower()}",),
        )
        return [(_reading(row[:-1]), str(row[-1])) for row in rows]

    async def customised_guilds(self) -> set[int]:
        """The servers whose view is not the shipped corpus alone: a published reading, or a
        shipped source switched off."""
        rows = await self.database.fetch_all(
            "SELECT guild_id FROM library_readings WHERE status = 'published'"
            " UNION SELECT guild_id FROM library_switches"
            " WHERE origin = 'shipped' AND enabled = 0"
        )
        return {int(row[0]) for row in rows}
