"""The daily post scheduler: one task that posts each guild's passage once per local day.

It holds no state of its own: schedules, claims and the selection history live in the
database (``bot.storage.daily``, ``bot.storage.selection``), so a restart picks up where it
left off. Sending is a callback (the Discord cog provides it), so this module knows nothing
of discord.py and tests drive it with a fake clock and a fake sender.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from bot.core.errors import UserFacingError
from bot.core.library import Libraries
from bot.core.models import Corpus, Passage
from bot.core.schedule import (
    Clock,
    DailyTime,
    due_date,
    local_date,
    next_post_times,
    parse_zone,
)
from bot.core.search import Filters, SearchIndex
from bot.core.selection import Selection, choose, daily_pool
from bot.storage.daily import DailyStore, Schedule
from bot.storage.selection import SelectionStore

log = logging.getLogger(__name__)


class SystemClock:
    """The real clock (tests inject a fake one with the same two methods)."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class PostFailedError(Exception):
    """The post cannot be delivered until a moderator acts (channel gone, no permission)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class DailyPost:
    schedule: Schedule
    passage: Passage
    local_date: date
    corpus: Corpus  # the server's view the passage was chosen from (names, works, pages)


@dataclass(frozen=True, slots=True)
class PostReceipt:
    message_id: int
    thread_id: int | None


Sender = Callable[[DailyPost], Awaitable[PostReceipt]]


def daily_time(schedule: Schedule) -> DailyTime:
    return DailyTime(at=schedule.post_time, zone=parse_zone(schedule.timezone))


def selection_scope(guild_id: int) -> str:
    return f"daily:{guild_id}"


class DailyScheduler:
    def __init__(
        self,
        *,
        store: DailyStore,
        selection: SelectionStore,
        libraries: Libraries,
        send: Sender,
        clock: Clock,
        spacing: float = 0.2,
        max_sleep: float = 60.0,
        retry_delay: float = 300.0,
        shard_count: int | None = None,
        shard_ids: Sequence[int] | None = None,
    ) -> None:
        self.store = store
        self.selection = selection
        self.libraries = libraries  # each server's posts come from that server's view
        self.send = send
        self.clock = clock
        self.spacing = spacing  # between two guilds due at once: no burst at Discord
        self.max_sleep = max_sleep  # re-check at least this often (new schedules, clock jumps)
        # After an unexpected failure (Discord down, a 5xx), the same day's post is tried
        # again after this delay, not at every pass. Kept in memory: a restart retries at once.
        self.retry_delay = timedelta(seconds=retry_delay)
        self._retry_at: dict[int, datetime] = {}
        self._changed = asyncio.Event()
        self._stopping = asyncio.Event()
        self.busy = False  # a pass is under way (a post may be half-sent)
        # In a cluster, this process posts for the servers of its own shards only.
        self.shard_count = shard_count
        self.shard_ids = shard_ids

    async def _schedules(self) -> list[Schedule]:
        return await self.store.active_schedules(self.shard_count, self.shard_ids)

    async def eligible(self, schedule: Schedule) -> list[Passage]:
        """Complete, quotable quotations under the schedule's filters, in the schedule's
        server's view (the commentary if no quotation matches; fragments only if nothing
        else does)."""
        view = await self.libraries.view(schedule.guild_id)
        return await self._eligible(schedule, view.index)

    @staticmethod
    async def _eligible(schedule: Schedule, index: SearchIndex) -> list[Passage]:
        filters = Filters(topic=schedule.topic, speaker=schedule.speaker)
        return await asyncio.to_thread(daily_pool, index, filters)

    async def next_selection(self, schedule: Schedule) -> tuple[Selection, int]:
        """The passage the next post will carry, and its cycle; consumes nothing.

        The choice is seeded by the scope's state, so ``/daily preview`` shows exactly the
        passage that the next post sends, as long as nothing is posted in between.
        """
        selection, cycle, _ = await self._next(schedule)
        return selection, cycle

    async def _next(self, schedule: Schedule) -> tuple[Selection, int, Corpus]:
        view = await self.libraries.view(schedule.guild_id)
        scope = selection_scope(schedule.guild_id)
        state = await self.selection.state(scope)
        rng = random.Random(f"{scope}:{state.cycle}:{len(state.shown)}")
        eligible = await self._eligible(schedule, view.index)
        picked = choose(eligible, state.shown, rng, last=state.last)
        return picked, state.cycle + 1 if picked.new_cycle else state.cycle, view.corpus

    async def run_due(self) -> list[tuple[int, str]]:
        """Send every post due now; return (guild id, outcome) pairs for the log and tests."""
        outcomes: list[tuple[int, str]] = []
        for schedule in await self._schedules():
            if self._stopping.is_set():
                break
            outcome = await self._post_if_due(schedule)
            if outcome is not None:
                outcomes.append((schedule.guild_id, outcome))
                await self.clock.sleep(self.spacing)
        return outcomes

    async def _due(self, schedule: Schedule, now: datetime) -> date | None:
        retry_at = self._retry_at.get(schedule.guild_id)
        if retry_at is not None and now < retry_at:
            return None
        last = await self.store.last_posted_date(schedule.guild_id)
        return due_date(now, daily_time(schedule), last, since=schedule.set_at)

    async def _post_if_due(self, schedule: Schedule) -> str | None:
        now = self.clock.now()
        day = await self._due(schedule, now)
        if day is None:
            return None
        try:
            selection, cycle, corpus = await self._next(schedule)
        except UserFacingError as exc:  # no passage matches the schedule's filters
            await self.store.pause(schedule.guild_id, exc.message)
            return "paused"
        passage = selection.passage
        if not await self.store.claim(schedule.guild_id, day, passage.id, schedule.channel_id, now):
            return "already claimed"
        try:
            receipt = await self.send(DailyPost(schedule, passage, day, corpus))
        except PostFailedError as exc:
            await self.store.mark_failed(schedule.guild_id, day, exc.reason)
            await self.store.pause(schedule.guild_id, exc.reason)
            log.warning("daily post paused for guild %s: %s", schedule.guild_id, exc.reason)
            return "paused"
        except Exception:
            await self.store.mark_failed(schedule.guild_id, day, "unexpected error")
            self._retry_at[schedule.guild_id] = self.clock.now() + self.retry_delay
            log.exception("daily post for guild %s failed; retrying later", schedule.guild_id)
            return "failed"
        self._retry_at.pop(schedule.guild_id, None)
        await self.selection.record(
            selection_scope(schedule.guild_id), cycle, passage.id, self.clock.now()
        )
        await self.store.mark_sent(
            schedule.guild_id, day, receipt.message_id, receipt.thread_id, self.clock.now()
        )
        return "sent"

    async def seconds_until_next(self) -> float:
        """How long to sleep: until the earliest next post of any guild, at most max_sleep."""
        now = self.clock.now()
        soonest = self.max_sleep
        for schedule in await self._schedules():
            if await self._due(schedule, now) is not None:
                return 0.0
            upcoming = next_post_times(now, daily_time(schedule), count=1)[0]
            retry_at = self._retry_at.get(schedule.guild_id)
            if retry_at is not None and retry_at > now:
                upcoming = min(upcoming, retry_at)
            soonest = min(soonest, (upcoming - now).total_seconds())
        return max(soonest, 0.0)

    def schedules_changed(self) -> None:
        """Wake the loop now (a moderator set or removed a schedule)."""
        self._changed.set()

    def stop(self) -> None:
        """Leave ``run_forever`` once the post under way (if any) is sent and recorded.

        Cancelling mid-send would leave that day's claim pending, and a pending claim is
        never sent again (see ``bot.storage.daily``): the guild would miss the day's post.
        """
        self._stopping.set()
        self._changed.set()

    async def run_forever(self) -> None:
        while not self._stopping.is_set():
            self.busy = True
            try:
                await self.run_due()
                delay = await self.seconds_until_next()
            except Exception:
                log.exception("daily scheduler pass failed; retrying in a minute")
                delay = self.max_sleep
            finally:
                self.busy = False
            if self._stopping.is_set():
                break
            self._changed.clear()
            sleeper = asyncio.ensure_future(self.clock.sleep(max(delay, 1.0)))
            waker = asyncio.ensure_future(self._changed.wait())
            _, pending = await asyncio.wait({sleeper, waker}, return_when="FIRST_COMPLETED")
            for task in pending:
                task.cancel()

    def upcoming(self, schedule: Schedule, now: datetime, count: int = 3) -> list[datetime]:
        return next_post_times(now, daily_time(schedule), count)

    async def next_posts(self, schedule: Schedule, count: int = 3) -> list[datetime]:
        """When the next ``count`` posts go out: now first if today's post is still due, and
        not today if today's post went out already (set again for a later time, say)."""
        now = self.clock.now()
        daily = daily_time(schedule)
        if schedule.paused_reason is None and await self._due(schedule, now) is not None:
            return [now, *next_post_times(now, daily, count - 1)]
        last = await self.store.last_posted_date(schedule.guild_id)
        upcoming = next_post_times(now, daily, count + 1)
        return [t for t in upcoming if last is None or local_date(t, daily) > last][:count]
