"""The discussion log: a batched event writer, privacy controls and the statistics queries.

Writing. ``record_*`` methods only append to an in-memory batch (no I/O, safe on the hot
path of a command); a background task writes the batch in one transaction every
``flush_interval`` seconds, or at once when ``max_batch`` events are waiting, under a lock
(RoboDanny's ``cogs/stats.py`` idea). ``close()`` flushes what is left.

What is written before the user is answered, and what is batched. The rule is "nothing
acknowledged to a user is lost if the process is killed":

* opt-out and opt-in are acknowledged to the member, so ``opt_out``/``opt_in`` commit (and
  anonymise) before they return, and the cog replies only afterwards;
* the message/thread -> passage mapping of a posted passage is committed at once by
  ``record_posted``, because later replies and reactions can only be counted through it;
* counting events (a passage shown, a thread message, a reaction) acknowledge nothing to
  anybody, so they are batched: a killed process can lose at most the last second of
  counts, never a committed batch (WAL, one transaction per batch).

Members are stored only as ``HMAC-SHA256(secret, member id)`` truncated to 16 bytes, with a
32-byte secret generated once per installation and kept in ``stats_secret``; distinct
participants can be counted, nobody can be listed. Opted-out members are stored as NULL.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Literal

from bot.core.events import PassagePosted, PassageShown
from bot.core.stats import SECONDS_PER_DAY, PassageActivity, Period
from bot.storage import Database, Dialect, shard_filter

log = logging.getLogger(__name__)

EventKind = Literal["shown", "posted", "thread", "message", "reply", "reaction"]
MappingKind = Literal["message", "thread"]

_HASH_BYTES = 16
_PRUNE_CHUNK = 20_000

# Which daily counter each kind of event adds to.
_COUNTER: dict[str, str] = {
    "shown": "shown",
    "posted": "posts",
    "thread": "threads",
    "message": "messages",
    "reply": "messages",
    "reaction": "reactions",
}
_COUNTERS = ("shown", "posts", "threads", "messages", "reactions")
# What makes a member a participant: writing or reacting (being shown a passage, running
# /discuss or opening an empty thread does not).
_PARTICIPATION = frozenset({"message", "reply", "reaction"})

# The opt-out list in the database is the authority, checked as each batch is written, so
# every store over the same database (the privacy cog's, the CLI's) honours an opt-out at
# once, including for events that were already queued when the member opted out.
_INSERT_EVENT = (
    "INSERT INTO discussion_events"
    " (guild_id, channel_id, passage_id, kind, detail, member_hash, at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, CASE WHEN EXISTS"
    " (SELECT 1 FROM privacy_opt_outs o WHERE o.member_hash = ?6) THEN NULL ELSE ?6 END, ?7)"
)


def _upsert_counts(dialect: Dialect, table: str, unit: str) -> str:
    """Add a batch's counts to ``discussion_daily`` (``unit`` day) or ``discussion_spans``."""
    return (
        f"INSERT INTO {table} (guild_id, {unit}, passage_id, shown, posts, threads,"
        " messages, reactions, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        f" ON CONFLICT (guild_id, {unit}, passage_id) DO UPDATE SET "
        + ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in _COUNTERS)
        + f", first_at = {dialect.least}({table}.first_at, excluded.first_at),"
        f" last_at = {dialect.greatest}({table}.last_at, excluded.last_at)"
    )


# discussion_spans holds discussion_daily's counts per span of SPAN_DAYS days (migration 0007).
SPAN_DAYS = 16
_COUNT_COLUMNS = "passage_id, shown, posts, threads, messages, reactions, first_at, last_at"


# Days a member took part in: see migration 0003 for the bitmap layout.
BLOCK_DAYS = 366
_WORD_BITS = 61
_WORDS = 6
_UPSERT_MEMBER_DAYS = (
    "INSERT INTO discussion_member_days"
    " (guild_id, passage_id, member_hash, block, w0, w1, w2, w3, w4, w5)"
    " SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10 WHERE NOT EXISTS"
    " (SELECT 1 FROM privacy_opt_outs o WHERE o.member_hash = ?3)"
    " ON CONFLICT (guild_id, passage_id, member_hash, block) DO UPDATE SET "
    + ", ".join(f"w{i} = discussion_member_days.w{i} | excluded.w{i}" for i in range(6))
    # A member back on a day already marked changes nothing: no new row version is written
    # (PostgreSQL), so the table and its covering key do not bloat with every batch.
    + " WHERE "
    + " OR ".join(
        f"(discussion_member_days.w{i} | excluded.w{i}) != discussion_member_days.w{i}"
        for i in range(6)
    )
)


def _day_bit(day: int) -> tuple[int, int, int]:
    """(block, word, bit mask) of a day number."""
    offset = day % BLOCK_DAYS
    return day // BLOCK_DAYS, offset // _WORD_BITS, 1 << (offset % _WORD_BITS)


def _block_masks(first_day: int, last_day: int) -> dict[int, list[int]]:
    """Per block, the word masks selecting the days ``first_day..last_day``."""
    masks: dict[int, list[int]] = {}
    for block in range(first_day // BLOCK_DAYS, last_day // BLOCK_DAYS + 1):
        start = max(first_day, block * BLOCK_DAYS) - block * BLOCK_DAYS
        end = min(last_day, (block + 1) * BLOCK_DAYS - 1) - block * BLOCK_DAYS
        words = [0] * _WORDS
        for word in range(_WORDS):
            low = max(start, word * _WORD_BITS)
            high = min(end, (word + 1) * _WORD_BITS - 1)
            if low <= high:
                bits = high - low + 1
                words[word] = ((1 << bits) - 1) << (low - word * _WORD_BITS)
        masks[block] = words
    return masks


_FULL_WORD = (1 << _WORD_BITS) - 1


def _days_condition(first_day: int, last_day: int) -> tuple[str, list[int]]:
    """SQL over discussion_member_days: the member took part on a day of the range.

    Only the first and last blocks can be partly in the range; the blocks between are
    tested as one ``BETWEEN``, so that a period of centuries stays a short expression
    (SQLite refuses expressions deeper than 1000).
    """
    clauses = []
    args: list[int] = []
    full: list[int] = []
    for block, words in _block_masks(first_day, last_day).items():
        if all(mask == _FULL_WORD for mask in words):
            full.append(block)
            continue
        tests = [f"(w{i} & ?) != 0" for i, mask in enumerate(words) if mask]
        clauses.append(f"(block = ? AND ({' OR '.join(tests)}))")
        args.append(block)
        args.extend(mask for mask in words if mask)
    if full:  # consecutive: the blocks between the first and the last
        any_day = " OR ".join(f"w{i} != 0" for i in range(_WORDS))
        clauses.append(f"(block BETWEEN ? AND ? AND ({any_day}))")
        args.extend((full[0], full[-1]))
    return "(" + " OR ".join(clauses) + ")", args


@dataclass(frozen=True, slots=True)
class _Event:
    guild_id: int
    channel_id: int
    passage_id: str
    kind: EventKind
    detail: str | None
    member_hash: bytes | None
    at: int  # Unix seconds

    @property
    def day(self) -> int:
        return self.at // SECONDS_PER_DAY


@dataclass(frozen=True, slots=True)
class PassageLink:
    """A message of the bot carrying a passage, or a thread opened on one."""

    passage_id: str
    guild_id: int
    channel_id: int


@dataclass(frozen=True, slots=True)
class PruneResult:
    events_deleted: int
    member_rows_deleted: int


def _seconds(moment: datetime) -> int:
    if moment.tzinfo is None:
        raise ValueError("event times must be timezone-aware")
    return int(moment.timestamp())


class EventStore:
    """The discussion log over a ``Database``; open with ``EventStore.open``."""

    def __init__(
        self,
        database: Database,
        secret: bytes,
        *,
        flush_interval: float = 1.0,
        max_batch: int = 2_000,
    ) -> None:
        self.database = database
        self._secret = secret
        self.flush_interval = flush_interval
        self.max_batch = max_batch
        self._pending: list[_Event] = []
        self._lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._links: dict[tuple[int, MappingKind], PassageLink] = {}
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self.committed = 0  # events this store has committed since it was opened
        self._upsert_daily = _upsert_counts(database.dialect, "discussion_daily", "day")
        self._upsert_spans = _upsert_counts(database.dialect, "discussion_spans", "span")

    @classmethod
    async def open(
        cls,
        database: Database,
        *,
        flush_interval: float = 1.0,
        max_batch: int = 2_000,
        background: bool = True,
        shard_count: int | None = None,
        shard_ids: Sequence[int] | None = None,
    ) -> EventStore:
        """Load (or create, once) the secret and the passage links.

        With ``background`` a task flushes the batch every ``flush_interval`` seconds;
        without it only ``flush()``, full batches and ``close()`` write. With ``shard_ids``
        (a process of a cluster) only the links of those shards' servers are loaded: the
        events of a server all reach the process that runs its shard.
        """
        secret = await _installation_secret(database)
        store = cls(database, secret, flush_interval=flush_interval, max_batch=max_batch)
        owned, args = shard_filter(shard_count, shard_ids)
        for object_id, kind, guild_id, channel_id, passage_id in await database.fetch_all(
            "SELECT object_id, kind, guild_id, channel_id, passage_id FROM passage_messages"
            f" WHERE {owned}",
            args,
        ):
            store._links[(int(object_id), kind)] = PassageLink(
                str(passage_id), int(guild_id), int(channel_id)
            )
        if background:
            store._task = asyncio.create_task(store._flush_forever(), name="lectern-event-flush")
        return store

    async def close(self) -> None:
        """Stop the background task and write everything still pending."""
        if self._task is not None:
            # Not cancelled: a cancellation landing inside COMMIT could leave a batch written
            # and still queued. The task finishes its pass and stops.
            self._stopping = True
            self._wake.set()
            with contextlib.suppress(asyncio.CancelledError):  # already cancelled by its loop
                await self._task
            self._task = None
        await self.flush()

    async def __aenter__(self) -> EventStore:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # -- members -------------------------------------------------------------------------

    def member_hash(self, user_id: int) -> bytes:
        digest = hmac.new(self._secret, str(user_id).encode("ascii"), hashlib.sha256)
        return digest.digest()[:_HASH_BYTES]

    def _linked(self, user_id: int | None) -> bytes | None:
        return None if user_id is None else self.member_hash(user_id)

    async def is_opted_out(self, user_id: int) -> bool:
        return (
            await self.database.fetch_one(
                "SELECT 1 FROM privacy_opt_outs WHERE member_hash = ?",
                (self.member_hash(user_id),),
            )
            is not None
        )

    async def opt_out(self, user_id: int, *, at: datetime) -> int:
        """Stop linking the member; anonymise their past events. Committed on return.

        Returns how many stored events were anonymised.
        """
        hashed = self.member_hash(user_id)
        async with self.database.transaction() as conn:
            await conn.execute(
                "INSERT INTO privacy_opt_outs (member_hash, at) VALUES (?, ?)"
                " ON CONFLICT DO NOTHING",
                (hashed, _seconds(at)),
            )
            anonymised = await conn.execute(
                "UPDATE discussion_events SET member_hash = NULL WHERE member_hash = ?",
                (hashed,),
            )
            await conn.execute(
                "DELETE FROM discussion_member_days WHERE member_hash = ?", (hashed,)
            )
        return int(anonymised)

    async def opt_in(self, user_id: int) -> bool:
        """Link the member's future events again (past ones stay anonymous).

        Returns False if they had not opted out. Committed on return.
        """
        hashed = self.member_hash(user_id)
        async with self.database.transaction() as conn:
            deleted = await conn.execute(
                "DELETE FROM privacy_opt_outs WHERE member_hash = ?", (hashed,)
            )
            return bool(deleted)

    # -- recording (hot path: no I/O) ----------------------------------------------------

    def _append(self, event: _Event) -> None:
        self._pending.append(event)
        if len(self._pending) >= self.max_batch:
            self._wake.set()

    def record_shown(self, event: PassageShown) -> None:
        """Count a passage shown by a command (direct messages are not counted)."""
        if event.guild_id is None:
            return
        self._append(
            _Event(
                event.guild_id,
                event.channel_id,
                event.passage_id,
                "shown",
                event.command,
                self._linked(event.user_id),
                _seconds(event.at),
            )
        )

    async def record_posted(self, event: PassagePosted) -> None:
        """Count a post and commit the message/thread -> passage links now."""
        if event.guild_id is None:
            return
        at = _seconds(event.at)
        links: list[tuple[int, MappingKind, int]] = [
            (event.message_id, "message", event.channel_id)
        ]
        if event.thread_id is not None:
            links.append((event.thread_id, "thread", event.thread_id))
        await self._link(event.guild_id, event.passage_id, links, at)
        member = self._linked(event.user_id)
        self._append(
            _Event(
                event.guild_id,
                event.channel_id,
                event.passage_id,
                "posted",
                event.origin,
                member,
                at,
            )
        )
        # The thread Lectern opened on its own post is not discussion: only what members
        # write in it (``record_thread_message``) is counted.

    async def record_thread_opened(
        self, *, thread_id: int, message_id: int, user_id: int | None, at: datetime
    ) -> bool:
        """A member opened a thread on a passage message; False if it carries no passage."""
        link = self._links.get((message_id, "message"))
        if link is None or (thread_id, "thread") in self._links:
            return False
        seconds = _seconds(at)
        await self._link(
            link.guild_id, link.passage_id, [(thread_id, "thread", thread_id)], seconds
        )
        self._append(
            _Event(
                link.guild_id,
                thread_id,
                link.passage_id,
                "thread",
                None,
                self._linked(user_id),
                seconds,
            )
        )
        return True

    async def _link(
        self,
        guild_id: int,
        passage_id: str,
        links: Sequence[tuple[int, MappingKind, int]],
        at: int,
    ) -> None:
        async with self.database.transaction() as conn:
            await conn.executemany(
                "INSERT INTO passage_messages"
                " (object_id, kind, guild_id, channel_id, passage_id, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (object_id, kind) DO UPDATE SET"
                " guild_id = excluded.guild_id, channel_id = excluded.channel_id,"
                " passage_id = excluded.passage_id, created_at = excluded.created_at",
                [(oid, kind, guild_id, channel, passage_id, at) for oid, kind, channel in links],
            )
        for oid, kind, channel in links:
            self._links[(oid, kind)] = PassageLink(passage_id, guild_id, channel)

    def passage_of_message(self, message_id: int) -> PassageLink | None:
        """The passage a message of the bot carries, if it is one Lectern posted."""
        return self._links.get((message_id, "message"))

    def passage_of_thread(self, thread_id: int) -> PassageLink | None:
        """The passage a thread was opened on, if any."""
        return self._links.get((thread_id, "thread"))

    def record_thread_message(self, thread_id: int, user_id: int, at: datetime) -> bool:
        """Count a message in a thread opened on a passage; False if it is no such thread."""
        link = self.passage_of_thread(thread_id)
        if link is None:
            return False
        self._append(
            _Event(
                link.guild_id,
                thread_id,
                link.passage_id,
                "message",
                None,
                self._linked(user_id),
                _seconds(at),
            )
        )
        return True

    def record_reply(self, message_id: int, channel_id: int, user_id: int, at: datetime) -> bool:
        """Count a reply to a passage message of the bot; False if it replies to anything else."""
        link = self.passage_of_message(message_id)
        if link is None:
            return False
        self._append(
            _Event(
                link.guild_id,
                channel_id,
                link.passage_id,
                "reply",
                None,
                self._linked(user_id),
                _seconds(at),
            )
        )
        return True

    def record_reaction(self, message_id: int, user_id: int, at: datetime) -> bool:
        """Count a reaction on a passage message of the bot (the emoji is not stored)."""
        link = self.passage_of_message(message_id)
        if link is None:
            return False
        self._append(
            _Event(
                link.guild_id,
                link.channel_id,
                link.passage_id,
                "reaction",
                None,
                self._linked(user_id),
                _seconds(at),
            )
        )
        return True

    @property
    def pending(self) -> int:
        return len(self._pending)

    # -- writing -------------------------------------------------------------------------

    async def _flush_forever(self) -> None:
        while not self._stopping:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.flush_interval)
            self._wake.clear()
            try:
                await self.flush()
            except Exception:
                # The batch stays queued and is retried on the next tick.
                log.exception("writing %d discussion events failed", self.pending)

    async def flush(self) -> int:
        """Write every pending event in one transaction; return how many were written."""
        async with self._lock:
            batch, self._pending = self._pending, []
            if not batch:
                return 0
            try:
                await self._write(batch)
            except BaseException:
                self._pending[:0] = batch
                raise
            self.committed += len(batch)
            return len(batch)

    async def _write(self, batch: Sequence[_Event]) -> None:
        daily: dict[tuple[int, int, str], list[int]] = {}
        spans: dict[tuple[int, int, str], list[int]] = {}
        members: dict[tuple[int, str, bytes, int], list[int]] = {}
        for e in batch:
            counter = _COUNTERS.index(_COUNTER[e.kind])
            for counts, key in (
                (daily, (e.guild_id, e.day, e.passage_id)),
                (spans, (e.guild_id, e.day // SPAN_DAYS, e.passage_id)),
            ):
                entry = counts.get(key)
                if entry is None:
                    entry = counts[key] = [0, 0, 0, 0, 0, e.at, e.at]
                entry[counter] += 1
                entry[5] = min(entry[5], e.at)
                entry[6] = max(entry[6], e.at)
            if e.member_hash is not None and e.kind in _PARTICIPATION:
                block, word, bit = _day_bit(e.day)
                words = members.setdefault(
                    (e.guild_id, e.passage_id, e.member_hash, block), [0] * _WORDS
                )
                words[word] |= bit
        async with self.database.transaction() as conn:
            await conn.executemany(
                _INSERT_EVENT,
                [
                    (e.guild_id, e.channel_id, e.passage_id, e.kind, e.detail, e.member_hash, e.at)
                    for e in batch
                ],
            )
            # Sorted: concurrent writers (several processes) lock the rows in one order and
            # cannot deadlock each other.
            await conn.executemany(self._upsert_daily, [(*k, *v) for k, v in sorted(daily.items())])
            await conn.executemany(self._upsert_spans, [(*k, *v) for k, v in sorted(spans.items())])
            await conn.executemany(
                _UPSERT_MEMBER_DAYS, [(*k, *v) for k, v in sorted(members.items())]
            )

    # -- retention -----------------------------------------------------------------------

    async def prune(self, before: datetime) -> PruneResult:
        """Delete raw events and who-took-part data of the whole UTC days before ``before``.

        The daily counts stay. Each pruned day first gets its own distinct-participant
        count stored, since it can no longer be merged with other days (reports then add the
        pruned days' counts). Works in chunks so that event batches are not held up long.
        """
        cutoff_day = _seconds(before) // SECONDS_PER_DAY
        events = await self._delete_in_chunks(
            "DELETE FROM discussion_events WHERE id IN"
            " (SELECT id FROM discussion_events WHERE at < ? LIMIT ?)",
            cutoff_day * SECONDS_PER_DAY,
        )
        days = [
            int(row[0])
            for row in await self.database.fetch_all(
                "SELECT DISTINCT day FROM discussion_daily WHERE day < ? AND members_pruned = 0",
                (cutoff_day,),
            )
        ]
        for day in days:
            block, word, bit = _day_bit(day)
            async with self.database.transaction() as conn:
                await conn.execute(
                    "UPDATE discussion_daily SET members_pruned = 1, participants ="
                    " (SELECT COUNT(*) FROM discussion_member_days m"
                    "  WHERE m.guild_id = discussion_daily.guild_id"
                    "  AND m.passage_id = discussion_daily.passage_id"
                    f"  AND m.block = ? AND (m.w{word} & ?) != 0)"
                    " WHERE day = ? AND members_pruned = 0",
                    (block, bit, day),
                )
                span = day // SPAN_DAYS
                await conn.execute(
                    "UPDATE discussion_spans SET pruned_participants ="
                    " (SELECT COALESCE(SUM(d.participants), 0) FROM discussion_daily d"
                    "  WHERE d.guild_id = discussion_spans.guild_id"
                    "  AND d.passage_id = discussion_spans.passage_id"
                    "  AND d.day BETWEEN ? AND ? AND d.members_pruned != 0)"
                    " WHERE span = ?",
                    (span * SPAN_DAYS, span * SPAN_DAYS + SPAN_DAYS - 1, span),
                )
        member_rows = 0
        async with self.database.transaction() as conn:
            member_rows += await conn.execute(
                "DELETE FROM discussion_member_days WHERE block < ?", (cutoff_day // BLOCK_DAYS,)
            )
            keep = _block_masks(cutoff_day, (cutoff_day // BLOCK_DAYS + 1) * BLOCK_DAYS - 1)
            for block, words in keep.items():
                await conn.execute(
                    "UPDATE discussion_member_days SET "
                    + ", ".join(f"w{i} = w{i} & ?" for i in range(_WORDS))
                    + " WHERE block = ?",
                    (*words, block),
                )
                member_rows += await conn.execute(
                    "DELETE FROM discussion_member_days WHERE block = ? AND "
                    + " AND ".join(f"w{i} = 0" for i in range(_WORDS)),
                    (block,),
                )
        return PruneResult(events, member_rows)

    async def _delete_in_chunks(self, sql: str, bound: int) -> int:
        total = 0
        while True:
            async with self.database.transaction() as conn:
                deleted = await conn.execute(sql, (bound, _PRUNE_CHUNK))
            total += deleted
            if deleted < _PRUNE_CHUNK:
                return total

    # -- reports -------------------------------------------------------------------------

    async def passage_activity(
        self,
        guild_id: int,
        period: Period,
        *,
        passage_ids: Iterable[str] | None = None,
        participants_of_top: int | None = None,
    ) -> list[PassageActivity]:
        """Per passage, the guild's summed counts over the period (pending included).

        Distinct participants are the costly part. ``participants_of_top=N`` counts them
        only for the passages that can rank among the N most discussed (every passage tied
        with the N-th included, since participants break those ties; the others keep only
        their pruned days' counts): what ``/stats top`` shows, without reading every member
        of every passage of a busy server.
        """
        await self.flush()
        wanted = None if passage_ids is None else sorted(set(passage_ids))
        where = "" if wanted is None else f" AND passage_id IN ({','.join('?' * len(wanted))})"
        first, last = period.first_day, period.last_day
        # The whole spans inside the period come from discussion_spans, the days before the
        # first and after the last of them from discussion_daily.
        first_span, last_span = -(-first // SPAN_DAYS), (last + 1) // SPAN_DAYS - 1
        day_pruned = "CASE WHEN members_pruned != 0 THEN participants ELSE 0 END"
        parts: list[str] = []
        args: list[object] = []
        day_ranges = [(first, last)]
        if first_span <= last_span:
            day_ranges = [
                (first, first_span * SPAN_DAYS - 1),
                ((last_span + 1) * SPAN_DAYS, last),
            ]
            parts.append(
                f"SELECT {_COUNT_COLUMNS}, pruned_participants AS pruned FROM discussion_spans"
                f" WHERE guild_id = ? AND span BETWEEN ? AND ?{where}"
            )
            args.extend([guild_id, first_span, last_span, *(wanted or ())])
        for low, high in day_ranges:
            if low <= high:
                parts.append(
                    f"SELECT {_COUNT_COLUMNS}, {day_pruned} AS pruned FROM discussion_daily"
                    f" WHERE guild_id = ? AND day BETWEEN ? AND ?{where}"
                )
                args.extend([guild_id, low, high, *(wanted or ())])
        if not parts:  # a period that ends before it begins
            return []
        sql = (
            "SELECT passage_id, SUM(shown), SUM(posts), SUM(threads), SUM(messages),"
            " SUM(reactions), MIN(first_at), MAX(last_at), SUM(pruned)"
            f" FROM ({' UNION ALL '.join(parts)}) AS counts GROUP BY passage_id"
        )
        activities = [
            PassageActivity(
                passage_id=str(pid),
                shown=int(shown),
                posts=int(posts),
                threads=int(threads),
                messages=int(messages),
                reactions=int(reactions),
                participants=int(pruned),
                first_at=datetime.fromtimestamp(int(first_at), UTC),
                last_at=datetime.fromtimestamp(int(last_at), UTC),
            )
            for pid, shown, posts, threads, messages, reactions, first_at, last_at, pruned in (
                await self.database.fetch_all(sql, args)
            )
        ]
        counted = wanted
        if participants_of_top is not None:
            counted = _contenders(activities, participants_of_top)
        distinct = await self.participants_for(guild_id, period, counted)
        return [
            replace(a, participants=a.participants + distinct[a.passage_id])
            if a.passage_id in distinct
            else a
            for a in activities
        ]

    async def participants_for(
        self, guild_id: int, period: Period, passage_ids: Sequence[str] | None
    ) -> dict[str, int]:
        """Distinct linked members per passage over the retained days of the period."""
        condition, masks = _days_condition(period.first_day, period.last_day)
        # Within one block a member has one row per passage; across blocks, deduplicate.
        single_block = period.first_day // BLOCK_DAYS == period.last_day // BLOCK_DAYS
        if passage_ids is None:
            counted = "COUNT(*)" if single_block else "COUNT(DISTINCT member_hash)"
            sql = (
                f"SELECT passage_id, {counted} FROM discussion_member_days"
                f" WHERE guild_id = ? AND {condition} GROUP BY passage_id"
            )
            args: list[object] = [guild_id, *masks]
        else:
            if not passage_ids:
                return {}
            # A few passages: one count each, reading that passage's members in key order
            # (guild, passage, member, block), so that the rows of a member in two blocks are
            # neighbours and are grouped as they stream past, with no sort.
            members = (
                "SELECT 1 FROM discussion_member_days m WHERE m.guild_id = ?"
                f" AND m.passage_id = w.passage_id AND {condition}"
            )
            count = (
                f"SELECT COUNT(*) FROM ({members}) AS x"
                if single_block
                else f"SELECT COUNT(*) FROM ({members} GROUP BY m.member_hash) AS x"
            )
            sql = (
                f"WITH wanted (passage_id) AS (VALUES {', '.join(['(?)'] * len(passage_ids))})"
                f" SELECT w.passage_id, ({count}) FROM wanted AS w"
            )
            args = [*passage_ids, guild_id, *masks]
        return {
            str(pid): int(count) for pid, count in await self.database.fetch_all(sql, args) if count
        }

    async def has_activity(self, guild_id: int) -> bool:
        """Whether anything was ever counted for the guild (pruned days included)."""
        return (
            await self.database.fetch_one(
                "SELECT 1 FROM discussion_daily WHERE guild_id = ? LIMIT 1", (guild_id,)
            )
            is not None
        )

    async def event_count(self, guild_id: int | None = None) -> int:
        """Raw events stored (all guilds when ``guild_id`` is None); for tests and doctors."""
        sql = "SELECT COUNT(*) FROM discussion_events"
        args: tuple[int, ...] = ()
        if guild_id is not None:
            sql += " WHERE guild_id = ?"
            args = (guild_id,)
        return int(await self.database.fetch_value(sql, args) or 0)


def _contenders(activities: Sequence[PassageActivity], top: int) -> list[str]:
    """The passages that can rank among the ``top`` most discussed: discussed at least as
    much as the ``top``-th (a passage nobody discussed has no participants to count)."""
    discussed = sorted((a.discussion for a in activities if a.discussion > 0), reverse=True)
    if not discussed or top < 1:
        return []
    floor = discussed[min(top, len(discussed)) - 1]
    return sorted(a.passage_id for a in activities if a.discussion >= floor)


async def _installation_secret(database: Database) -> bytes:
    """The per-installation HMAC key: generated on first use, then always the same."""
    async with database.transaction() as conn:
        await conn.execute(
            "INSERT INTO stats_secret (id, secret, created_at) VALUES (1, ?, ?)"
            " ON CONFLICT DO NOTHING",
            (secrets.token_bytes(32), datetime.now(UTC).isoformat()),
        )
        secret = await conn.fetch_value("SELECT secret FROM stats_secret WHERE id = 1")
    return bytes(secret)
