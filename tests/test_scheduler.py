"""The daily scheduler with an injected clock, a fake sender and a real SQLite file."""

from __future__ import annotations

import asyncio
import itertools
import subprocess
import sys
import time as wallclock
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.library import ShippedOnly
from bot.core.schedule import DailyTime, post_instant
from bot.scheduler import DailyPost, DailyScheduler, PostFailedError, PostReceipt
from bot.storage import Database
from bot.storage.daily import DailyStore, Schedule
from bot.storage.selection import SelectionStore

GUILD = 100
CHANNEL = 200
LONG_AGO = datetime(2026, 1, 1, tzinfo=UTC)  # when the test schedules were set


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.moment = now

    def now(self) -> datetime:
        return self.moment

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(0)

    def set(self, *args: int) -> None:
        self.moment = datetime(*args, tzinfo=UTC)


class FakeSender:
    def __init__(self) -> None:
        self.posts: list[DailyPost] = []
        self.fail_with: str | None = None
        self.outage = False  # Discord answers 5xx / the network is down
        self.attempts = 0

    async def __call__(self, post: DailyPost) -> PostReceipt:
        self.attempts += 1
        if self.fail_with:
            raise PostFailedError(self.fail_with)
        if self.outage:
            raise ConnectionError("Discord is unreachable")
        self.posts.append(post)
        await asyncio.sleep(0.01)  # let a racing scheduler run in between
        return PostReceipt(message_id=1000 + len(self.posts), thread_id=None)


OPEN_DATABASES: list[Database] = []


async def make_scheduler(path, sample_index, clock, sender, **options):
    database = await Database.open(path)
    OPEN_DATABASES.append(database)
    scheduler = DailyScheduler(
        store=DailyStore(database),
        selection=SelectionStore(database),
        libraries=ShippedOnly(sample_index.corpus, sample_index),
        send=sender,
        clock=clock,
        **options,
    )
    return database, scheduler


def london_nine(**filters) -> Schedule:
    return Schedule(
        guild_id=GUILD,
        channel_id=CHANNEL,
        post_time=time(9, 0),
        timezone="Europe/London",
        topic=filters.get("topic"),
        speaker=filters.get("speaker"),
        open_thread=False,
        paused_reason=None,
    )


@pytest.fixture
async def setup(database_target, sample_index):
    """Runs each test on both backends (a SQLite file, a PostgreSQL database)."""
    clock = FakeClock(datetime(2026, 6, 1, 7, 0, tzinfo=UTC))  # 08:00 in London
    sender = FakeSender()
    _, scheduler = await make_scheduler(database_target, sample_index, clock, sender)
    await scheduler.store.set_schedule(london_nine(), LONG_AGO)
    yield clock, sender, scheduler, database_target
    while OPEN_DATABASES:
        await OPEN_DATABASES.pop().close()


async def test_posts_once_at_the_local_time(setup):
    clock, _sender, scheduler, _ = setup
    assert await scheduler.run_due() == []
    assert await scheduler.seconds_until_next() == 60.0  # capped; the post is an hour away
    clock.set(2026, 6, 1, 8, 0)  # 09:00 BST
    assert await scheduler.run_due() == [(GUILD, "sent")]
    clock.set(2026, 6, 1, 8, 30)
    assert await scheduler.run_due() == []
    posts = await scheduler.store.posts(GUILD)
    assert [(p.local_date, p.state, p.message_id) for p in posts] == [
        (date(2026, 6, 1), "sent", 1001)
    ]


async def test_restart_after_the_post_time_sends_the_missed_post_once(setup, sample_index):
    clock, sender, _scheduler, path = setup
    clock.set(2026, 6, 1, 15, 0)  # the process was down at 09:00; same local day
    _, restarted = await make_scheduler(path, sample_index, clock, sender)
    assert await restarted.run_due() == [(GUILD, "sent")]
    _, again = await make_scheduler(path, sample_index, clock, sender)
    assert await again.run_due() == []
    assert len(sender.posts) == 1


async def test_restart_before_the_post_time_waits_for_it(setup, sample_index):
    clock, sender, _scheduler, path = setup
    clock.set(2026, 6, 1, 7, 59)
    _, restarted = await make_scheduler(path, sample_index, clock, sender)
    assert await restarted.run_due() == []
    assert await restarted.seconds_until_next() == 60.0
    clock.set(2026, 6, 1, 7, 59, 30)
    assert await restarted.seconds_until_next() == 30.0


async def test_downtime_across_midnight_skips_yesterday_and_posts_today_once(setup):
    clock, sender, scheduler, _ = setup
    clock.set(2026, 5, 31, 8, 0)
    assert await scheduler.run_due() == [(GUILD, "sent")]
    # Down from 2026-05-31 20:00 to 2026-06-02 05:00: June 1st's post is not sent late.
    clock.set(2026, 6, 2, 5, 0)
    assert await scheduler.run_due() == []
    clock.set(2026, 6, 2, 8, 0)
    assert await scheduler.run_due() == [(GUILD, "sent")]
    assert [p.local_date for p in sender.posts] == [date(2026, 5, 31), date(2026, 6, 2)]


async def test_dst_change_weekend_posts_at_nine_local_each_day(setup):
    clock, _sender, scheduler, _ = setup
    sent_at = []
    for day in (28, 29, 30):  # London springs forward on 2026-03-29
        moment = datetime(2026, 3, day, 6, 0, tzinfo=UTC)
        while moment < datetime(2026, 3, day, 12, 0, tzinfo=UTC):
            clock.moment = moment
            if await scheduler.run_due():
                sent_at.append(moment)
            moment += timedelta(minutes=1)
    assert sent_at == [
        datetime(2026, 3, 28, 9, 0, tzinfo=UTC),
        datetime(2026, 3, 29, 8, 0, tzinfo=UTC),
        datetime(2026, 3, 30, 8, 0, tzinfo=UTC),
    ]


async def test_two_processes_racing_post_once(setup, sample_index):
    clock, sender, _, path = setup
    clock.set(2026, 6, 1, 8, 0)
    _, first = await make_scheduler(path, sample_index, clock, sender)
    _, second = await make_scheduler(path, sample_index, clock, sender)
    results = await asyncio.gather(first.run_due(), second.run_due())
    outcomes = sorted(outcome for result in results for _, outcome in result)
    assert len(sender.posts) == 1
    assert outcomes in (["sent"], ["already claimed", "sent"])


def race_two_processes(target: Path | str, folder: Path) -> list[str]:
    """Run two scheduler processes on the database ``target`` at once; the lines they sent."""
    go, out = folder / "go", folder / "sent.txt"
    root = Path(__file__).resolve().parent.parent
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.fixtures.daily_race_child",
                str(target),
                str(go),
                str(out),
            ],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    deadline = wallclock.monotonic() + 60
    while len(list(folder.glob("sent.txt.*.ready"))) < 2:  # both opened the database
        assert wallclock.monotonic() < deadline, "the racing processes did not start"
        wallclock.sleep(0.02)
    go.touch()
    results = [child.communicate(timeout=60) for child in children]
    assert [child.returncode for child in children] == [0, 0], results
    return out.read_text().splitlines()


async def test_two_os_processes_racing_on_one_database_post_once(setup, tmp_path):
    _clock, _sender, scheduler, path = setup
    for guild in range(1, 6):  # five guilds due at once, so the two really interleave
        await scheduler.store.set_schedule(
            Schedule(guild, CHANNEL, time(9, 0), "Europe/London", None, None, False, None),
            LONG_AGO,
        )
    lines = await asyncio.to_thread(race_two_processes, path, tmp_path)
    assert sorted(line.split()[0] for line in lines) == ["1", "100", "2", "3", "4", "5"]
    assert all(line.split()[1] == "2026-06-01" for line in lines)
    stored = await scheduler.store.posts(GUILD)
    assert [(p.local_date, p.state) for p in stored] == [(date(2026, 6, 1), "sent")]


async def test_a_deleted_channel_pauses_the_schedule_with_the_reason(setup):
    clock, sender, scheduler, _ = setup
    sender.fail_with = "The channel no longer exists."
    clock.set(2026, 6, 1, 8, 0)
    assert await scheduler.run_due() == [(GUILD, "paused")]
    schedule = await scheduler.store.schedule(GUILD)
    assert schedule is not None and schedule.paused_reason == "The channel no longer exists."
    clock.set(2026, 6, 1, 9, 0)
    assert await scheduler.run_due() == []  # paused: no retry storm
    assert sender.attempts == 1
    # A moderator sets it again: the pause is cleared and posting resumes at the next post
    # time (today's 09:00 has passed, so tomorrow's), as /daily status then says.
    sender.fail_with = None
    await scheduler.store.set_schedule(london_nine(), clock.now())
    assert await scheduler.run_due() == []
    assert scheduler.upcoming(london_nine(), clock.now())[0] == datetime(
        2026, 6, 2, 8, 0, tzinfo=UTC
    )
    clock.set(2026, 6, 2, 8, 0)
    assert await scheduler.run_due() == [(GUILD, "sent")]


async def test_a_schedule_set_after_todays_time_starts_tomorrow(setup):
    clock, sender, scheduler, _ = setup
    clock.set(2026, 6, 1, 14, 0)  # 15:00 in London, after the 09:00 post time
    await scheduler.store.set_schedule(london_nine(), clock.now())
    assert await scheduler.run_due() == []
    clock.set(2026, 6, 1, 22, 59)
    assert await scheduler.run_due() == []
    clock.set(2026, 6, 2, 8, 0)
    assert await scheduler.run_due() == [(GUILD, "sent")]
    assert [p.local_date for p in sender.posts] == [date(2026, 6, 2)]


async def test_an_outage_retries_the_same_days_post_later_not_in_a_storm(setup):
    clock, sender, scheduler, _ = setup
    sender.outage = True
    clock.set(2026, 6, 1, 8, 0)
    assert await scheduler.run_due() == [(GUILD, "failed")]
    clock.set(2026, 6, 1, 8, 1)
    assert await scheduler.run_due() == []  # not hammering Discord while it is down
    assert await scheduler.seconds_until_next() == 60.0
    assert sender.attempts == 1
    sender.outage = False
    clock.set(2026, 6, 1, 8, 5)
    assert await scheduler.run_due() == [(GUILD, "sent")]
    schedule = await scheduler.store.schedule(GUILD)
    assert schedule is not None and schedule.paused_reason is None
    posts = await scheduler.store.posts(GUILD)
    assert [(p.local_date, p.state) for p in posts] == [(date(2026, 6, 1), "sent")]


async def test_no_passage_repeats_until_all_eligible_were_posted(setup, sample_index):
    clock, sender, scheduler, _ = setup
    eligible = {p.id for p in await scheduler.eligible(london_nine())}
    assert len(eligible) >= 3
    for offset in range(len(eligible)):
        clock.moment = datetime(2026, 6, 1, 8, 0, tzinfo=UTC) + timedelta(days=offset)
        assert await scheduler.run_due() == [(GUILD, "sent")]
    assert {post.passage.id for post in sender.posts} == eligible
    assert all(post.passage.kind == "quotation" for post in sender.posts)


async def test_preview_shows_the_next_post_without_consuming_it(setup):
    clock, sender, scheduler, _ = setup
    schedule = london_nine()
    preview_one, _ = await scheduler.next_selection(schedule)
    preview_two, _ = await scheduler.next_selection(schedule)
    assert preview_one.passage.id == preview_two.passage.id
    clock.set(2026, 6, 1, 8, 0)
    await scheduler.run_due()
    assert sender.posts[0].passage.id == preview_one.passage.id


async def test_filters_are_honoured(setup, sample_index):
    clock, sender, scheduler, _ = setup
    await scheduler.store.set_schedule(london_nine(speaker="stalin"), LONG_AGO)
    for offset in range(4):
        clock.moment = datetime(2026, 6, 1, 8, 0, tzinfo=UTC) + timedelta(days=offset)
        await scheduler.run_due()
    assert sender.posts and all(post.passage.speaker == "stalin" for post in sender.posts)


async def test_filters_matching_nothing_pause_with_a_reason(setup):
    clock, sender, scheduler, _ = setup
    await scheduler.store.set_schedule(london_nine(topic="no-such-topic"), LONG_AGO)
    clock.set(2026, 6, 1, 8, 0)
    assert await scheduler.run_due() == [(GUILD, "paused")]
    schedule = await scheduler.store.schedule(GUILD)
    assert schedule is not None and schedule.paused_reason
    assert sender.posts == []


async def test_run_forever_wakes_for_the_post(setup):
    clock, sender, scheduler, _ = setup
    clock.set(2026, 6, 1, 8, 0)
    task = asyncio.create_task(scheduler.run_forever())
    for _ in range(200):
        await asyncio.sleep(0.01)
        if sender.posts:
            break
    task.cancel()
    assert len(sender.posts) == 1


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def walk_minutes(start: datetime, end: datetime):
    moment = start
    while moment < end:
        yield moment
        moment += timedelta(minutes=1)


async def sent_times(scheduler, clock, *windows: tuple[datetime, datetime]) -> list[datetime]:
    """Run a pass every minute through each (start, end) window; the minutes a post went out."""
    sent = []
    for start, end in windows:
        for moment in walk_minutes(start, end):
            clock.moment = moment
            if await scheduler.run_due():
                sent.append(moment)
    return sent


async def test_fall_back_weekend_posts_at_nine_local_each_day(setup):
    clock, _sender, scheduler, _ = setup
    # London falls back on 2026-10-25 at 01:00 UTC: 09:00 is 08:00 UTC before, 09:00 after.
    windows = [(utc(2026, 10, day, 6, 0), utc(2026, 10, day, 11, 0)) for day in (24, 25, 26)]
    sent = await sent_times(scheduler, clock, *windows)
    assert sent == [
        utc(2026, 10, 24, 8, 0),
        utc(2026, 10, 25, 9, 0),
        utc(2026, 10, 26, 9, 0),
    ]


async def test_a_time_that_happens_twice_posts_once_at_the_first(setup):
    clock, _sender, scheduler, _ = setup
    # New York repeats 01:00-02:00 on 2026-11-01: 01:30 EDT (05:30 UTC), then 01:30 EST.
    await scheduler.store.set_schedule(
        Schedule(GUILD, CHANNEL, time(1, 30), "America/New_York", None, None, False, None),
        LONG_AGO,
    )
    sent = await sent_times(scheduler, clock, (utc(2026, 11, 1, 4, 0), utc(2026, 11, 1, 8, 0)))
    assert sent == [utc(2026, 11, 1, 5, 30)]


async def test_a_time_skipped_by_spring_forward_posts_once_when_the_clocks_jump(setup):
    clock, _sender, scheduler, _ = setup
    # London skips 01:00-02:00 on 2026-03-29: 01:30 does not exist; the post goes at 02:00 BST.
    await scheduler.store.set_schedule(
        Schedule(GUILD, CHANNEL, time(1, 30), "Europe/London", None, None, False, None),
        LONG_AGO,
    )
    windows = [(utc(2026, 3, day, 0, 0), utc(2026, 3, day, 3, 0)) for day in (28, 29, 30)]
    sent = await sent_times(scheduler, clock, *windows)
    assert sent == [
        utc(2026, 3, 28, 1, 30),  # 01:30 GMT
        utc(2026, 3, 29, 1, 0),  # 02:00 BST, the first minute after the gap
        utc(2026, 3, 30, 0, 30),  # 01:30 BST
    ]


class RunningClock(FakeClock):
    """Fake time that passes only while the scheduler sleeps, until ``end``."""

    def __init__(self, now: datetime, end: datetime) -> None:
        super().__init__(now)
        self.end = end
        self.done = asyncio.Event()
        self.wakeups: list[datetime] = []

    async def sleep(self, seconds: float) -> None:
        self.moment = min(self.moment + timedelta(seconds=seconds), self.end)
        self.wakeups.append(self.moment)
        if self.moment >= self.end:
            self.done.set()
        await asyncio.sleep(0)


async def test_many_guilds_post_on_time_without_drift_or_a_burst(database_target, sample_index):
    """Forty guilds in four zones over two days: each post leaves within a minute of its
    local time, and guilds due at the same instant are spaced out, not sent in one burst."""
    start, end = utc(2026, 6, 1, 0, 0), utc(2026, 6, 3, 0, 0)
    clock = RunningClock(start, end)
    sent: list[tuple[int, date, datetime]] = []

    async def sender(post: DailyPost) -> PostReceipt:
        sent.append((post.schedule.guild_id, post.local_date, clock.now()))
        return PostReceipt(message_id=len(sent), thread_id=None)

    # Sleeps end at the next post time, not at a polling tick.
    database, scheduler = await make_scheduler(
        database_target, sample_index, clock, sender, max_sleep=3600.0
    )
    zones = [
        ("Europe/London", time(9, 0)),
        ("America/New_York", time(7, 15)),
        ("Asia/Tehran", time(12, 30)),
        ("Asia/Kathmandu", time(6, 45)),
    ]
    guilds = list(enumerate([zones[0]] * 25 + zones[1:] * 5, start=1))  # 25 due at once
    for guild_id, (zone, at) in guilds:
        await scheduler.store.set_schedule(
            Schedule(guild_id, CHANNEL, at, zone, None, None, False, None), start
        )
    task = asyncio.create_task(scheduler.run_forever())
    try:
        await asyncio.wait_for(clock.done.wait(), 60)
    finally:
        task.cancel()
        OPEN_DATABASES.remove(database)
        await database.close()
    expected = {}
    for guild_id, (zone, at) in guilds:
        daily = DailyTime(at, ZoneInfo(zone))
        for day in (date(2026, 6, 1), date(2026, 6, 2)):
            instant = post_instant(day, daily)
            if start <= instant < end:
                expected[(guild_id, day)] = instant
    assert sorted((g, d) for g, d, _ in sent) == sorted(expected)  # each once, none missed
    for guild_id, day, when in sent:
        assert expected[(guild_id, day)] <= when < expected[(guild_id, day)] + timedelta(minutes=1)
    herd = sorted(when for guild_id, _, when in sent if guild_id <= 25)
    same_day = [w for w in herd if w.date() == date(2026, 6, 1)]
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(same_day)]
    assert len(same_day) == 25 and min(gaps) >= 0.2  # the default spacing between guilds


async def test_stop_lets_the_post_under_way_finish_and_be_recorded(setup):
    clock, _sender, scheduler, _ = setup
    started, release = asyncio.Event(), asyncio.Event()

    async def slow_sender(post: DailyPost) -> PostReceipt:
        started.set()
        await release.wait()
        return PostReceipt(message_id=7, thread_id=None)

    scheduler.send = slow_sender
    clock.set(2026, 6, 1, 8, 0)
    task = asyncio.create_task(scheduler.run_forever())
    await asyncio.wait_for(started.wait(), 5)
    scheduler.stop()  # e.g. SIGTERM during a deploy, while the post is being sent
    assert scheduler.busy
    release.set()
    await asyncio.wait_for(task, 5)  # the loop ends by itself once the post is recorded
    posts = await scheduler.store.posts(GUILD)
    assert [(p.state, p.message_id) for p in posts] == [("sent", 7)]


async def test_next_posts_tell_the_truth_when_due_now_and_after_a_same_day_change(setup):
    clock, sender, scheduler, _ = setup
    clock.set(2026, 6, 1, 10, 0)  # down at 09:00 BST; today's post is due now
    schedule = await scheduler.store.schedule(GUILD)
    assert await scheduler.next_posts(schedule) == [
        clock.now(),
        utc(2026, 6, 2, 8, 0),
        utc(2026, 6, 3, 8, 0),
    ]
    assert await scheduler.run_due() == [(GUILD, "sent")]
    # Set again for 18:00 the same day: today's post went out, so the next is tomorrow's.
    evening = Schedule(GUILD, CHANNEL, time(18, 0), "Europe/London", None, None, False, None)
    await scheduler.store.set_schedule(evening, clock.now())
    schedule = await scheduler.store.schedule(GUILD)
    assert await scheduler.next_posts(schedule) == [
        utc(2026, 6, 2, 17, 0),
        utc(2026, 6, 3, 17, 0),
        utc(2026, 6, 4, 17, 0),
    ]
    clock.set(2026, 6, 1, 17, 30)
    assert await scheduler.run_due() == []
    assert len(sender.posts) == 1
