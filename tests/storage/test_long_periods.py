"""Statistics over very long periods: distinct participants stay exact, SQLite accepts them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.core.events import PassagePosted
from bot.core.stats import Period, parse_period
from bot.storage import Database
from bot.storage.events import EventStore
from tests.fixtures.stats import CHANNEL, GUILD


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def posted(passage: str, message: int, day: date) -> PassagePosted:
    """``passage`` posted by ``/discuss`` in the test guild (its poster is no participant)."""
    return PassagePosted(GUILD, CHANNEL, message, None, 1, passage, "discuss", noon(day))


@pytest.fixture
async def store(tmp_path):
    database = await Database.open(tmp_path / "lectern.db")
    events = await EventStore.open(database, background=False)
    yield events
    await events.close()
    await database.close()


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (Period(date(2023, 1, 1), date(2026, 12, 31)), {"a": 3, "b": 1}),  # whole blocks inside
        (Period(date(2024, 6, 1), date(2025, 6, 30)), {"a": 2, "b": 1}),
        (Period(date(1, 1, 1), date(9999, 12, 31)), {"a": 3, "b": 1}),  # 10,000 years
        (Period(date(2026, 1, 1), date(9999, 12, 31)), {"a": 1}),
    ],
)
async def test_distinct_participants_over_long_periods(store, period, expected):
    posts = {"a": 9001, "b": 9002}
    for passage, message in posts.items():
        await store.record_posted(posted(passage, message, date(2023, 1, 1)))
    for user, passage, day in [
        (1, "a", date(2023, 3, 1)),
        (2, "a", date(2024, 12, 31)),
        (1, "a", date(2025, 1, 1)),  # the same member again: counted once
        (3, "a", date(2026, 7, 4)),
        (2, "b", date(2025, 6, 30)),
    ]:
        store.record_reaction(posts[passage], user, noon(day))  # reacting is taking part
    await store.flush()
    assert await store.participants_for(GUILD, period, None) == expected


@pytest.mark.parametrize(("since", "until"), [(None, "0001-01-01"), ("0001-01-01", "9999-12-31")])
def test_periods_at_the_ends_of_the_calendar_are_read(since, until):
    period = parse_period(since, until, today=date(2026, 11, 23))
    assert period.since >= date(1, 1, 1) and period.until <= date(9999, 12, 31)
