"""Daily post schedules and the post history (all the SQL of the daily feature).

A post is **claimed** (a ``pending`` row for the guild and local date, inserted in its own
transaction) before anything is sent, and marked ``sent`` or ``failed`` afterwards. The
primary key makes a second claim for the same day fail, so two processes racing for a post
send it once. A claim left ``pending`` by a process killed while sending is not retried:
Lectern cannot know whether Discord got the message, and a doubled post is the worse error.
A ``failed`` claim (channel gone, permission lost) may be claimed again once fixed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal

from bot.storage import Database, Row, shard_filter

PostState = Literal["pending", "sent", "failed"]


@dataclass(frozen=True, slots=True)
class Schedule:
    guild_id: int
    channel_id: int
    post_time: time
    timezone: str
    topic: str | None
    speaker: str | None
    open_thread: bool
    paused_reason: str | None
    # When a moderator last set the schedule (read back from the store; ``set_schedule``
    # records its ``at``). Posts whose time came before it are not due.
    set_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class PostRecord:
    guild_id: int
    local_date: date
    passage_id: str
    channel_id: int
    state: PostState
    message_id: int | None
    thread_id: int | None
    error: str | None


_SCHEDULE_COLUMNS = (
    "guild_id, channel_id, post_time, timezone, topic, speaker, open_thread, paused_reason,"
    " updated_at"
)


def _schedule(row: Row) -> Schedule:
    guild_id, channel_id, post_time, zone, topic, speaker, open_thread, paused, set_at = row
    return Schedule(
        guild_id=int(str(guild_id)),
        channel_id=int(str(channel_id)),
        post_time=time.fromisoformat(str(post_time)),
        timezone=str(zone),
        topic=None if topic is None else str(topic),
        speaker=None if speaker is None else str(speaker),
        open_thread=bool(open_thread),
        paused_reason=None if paused is None else str(paused),
        set_at=datetime.fromisoformat(str(set_at)),
    )


class DailyStore:
    def __init__(self, database: Database) -> None:
        self.database = database

    async def set_schedule(self, schedule: Schedule, at: datetime) -> None:
        """Create or replace a guild's schedule; setting it again clears a pause."""
        async with self.database.transaction() as conn:
            await conn.execute(
                f"INSERT INTO daily_schedules ({_SCHEDULE_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?) ON CONFLICT (guild_id) DO UPDATE SET"
                " channel_id = excluded.channel_id, post_time = excluded.post_time,"
                " timezone = excluded.timezone, topic = excluded.topic,"
                " speaker = excluded.speaker, open_thread = excluded.open_thread,"
                " paused_reason = NULL, updated_at = excluded.updated_at",
                (
                    schedule.guild_id,
                    schedule.channel_id,
                    schedule.post_time.strftime("%H:%M"),
                    schedule.timezone,
                    schedule.topic,
                    schedule.speaker,
                    int(schedule.open_thread),
                    at.isoformat(),
                ),
            )

    async def remove_schedule(self, guild_id: int) -> bool:
        async with self.database.transaction() as conn:
            deleted = await conn.execute(
                "DELETE FROM daily_schedules WHERE guild_id = ?", (guild_id,)
            )
            return deleted > 0

    async def schedule(self, guild_id: int) -> Schedule | None:
        row = await self.database.fetch_one(
            f"SELECT {_SCHEDULE_COLUMNS} FROM daily_schedules WHERE guild_id = ?", (guild_id,)
        )
        return None if row is None else _schedule(row)

    async def active_schedules(
        self, shard_count: int | None = None, shard_ids: Sequence[int] | None = None
    ) -> list[Schedule]:
        """The schedules not paused; only those of the servers on ``shard_ids`` if given."""
        owned, args = shard_filter(shard_count, shard_ids)
        rows = await self.database.fetch_all(
            f"SELECT {_SCHEDULE_COLUMNS} FROM daily_schedules"
            f" WHERE paused_reason IS NULL AND {owned} ORDER BY guild_id",
            args,
        )
        return [_schedule(row) for row in rows]

    async def pause(self, guild_id: int, reason: str) -> None:
        """Stop posting until a moderator sets the schedule again (which clears the pause)."""
        async with self.database.transaction() as conn:
            await conn.execute(
                "UPDATE daily_schedules SET paused_reason = ? WHERE guild_id = ?",
                (reason, guild_id),
            )

    async def last_posted_date(self, guild_id: int) -> date | None:
        """The latest local date with a post sent or under way (not a failed one)."""
        latest = await self.database.fetch_value(
            "SELECT MAX(local_date) FROM daily_posts WHERE guild_id = ? AND state != 'failed'",
            (guild_id,),
        )
        return None if latest is None else date.fromisoformat(str(latest))

    async def claim(
        self, guild_id: int, local_day: date, passage_id: str, channel_id: int, at: datetime
    ) -> bool:
        """Claim the post of ``local_day``; False if it is already claimed (sent or pending)."""
        async with self.database.transaction() as conn:
            claimed = await conn.execute(
                "INSERT INTO daily_posts"
                " (guild_id, local_date, passage_id, channel_id, state, claimed_at)"
                " VALUES (?, ?, ?, ?, 'pending', ?)"
                " ON CONFLICT (guild_id, local_date) DO UPDATE SET"
                "  passage_id = excluded.passage_id, channel_id = excluded.channel_id,"
                "  state = 'pending', claimed_at = excluded.claimed_at, error = NULL"
                " WHERE daily_posts.state = 'failed'",
                (guild_id, local_day.isoformat(), passage_id, channel_id, at.isoformat()),
            )
            return claimed == 1

    async def mark_sent(
        self,
        guild_id: int,
        local_day: date,
        message_id: int,
        thread_id: int | None,
        at: datetime,
    ) -> None:
        async with self.database.transaction() as conn:
            await conn.execute(
                "UPDATE daily_posts SET state = 'sent', message_id = ?, thread_id = ?,"
                " sent_at = ? WHERE guild_id = ? AND local_date = ?",
                (message_id, thread_id, at.isoformat(), guild_id, local_day.isoformat()),
            )

    async def mark_failed(self, guild_id: int, local_day: date, error: str) -> None:
        async with self.database.transaction() as conn:
            await conn.execute(
                "UPDATE daily_posts SET state = 'failed', error = ?"
                " WHERE guild_id = ? AND local_date = ?",
                (error, guild_id, local_day.isoformat()),
            )

    async def posts(self, guild_id: int, latest: int | None = None) -> list[PostRecord]:
        """The guild's post history, oldest first; only the ``latest`` ones if given."""
        limit = "" if latest is None else f" LIMIT {int(latest)}"
        rows = await self.database.fetch_all(
            "SELECT * FROM (SELECT guild_id, local_date, passage_id, channel_id, state,"
            " message_id, thread_id, error FROM daily_posts WHERE guild_id = ?"
            f" ORDER BY local_date DESC{limit}) AS latest ORDER BY local_date",
            (guild_id,),
        )
        return [
            PostRecord(
                guild_id=int(row[0]),
                local_date=date.fromisoformat(str(row[1])),
                passage_id=str(row[2]),
                channel_id=int(row[3]),
                state=row[4],
                message_id=None if row[5] is None else int(row[5]),
                thread_id=None if row[6] is None else int(row[6]),
                error=None if row[7] is None else str(row[7]),
            )
            for row in rows
        ]
