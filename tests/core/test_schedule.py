"""Daily post times: the configured local wall-clock time, across DST changes."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.core.errors import UserFacingError
from bot.core.schedule import (
    DailyTime,
    due_date,
    next_post_times,
    parse_time,
    parse_zone,
    post_instant,
    suggest_zones,
)

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_post_is_at_local_time_on_both_sides_of_spring_forward():
    daily = DailyTime(time(9, 0), LONDON)
    # 2026-03-29: clocks go forward in London at 01:00 UTC.
    assert post_instant(date(2026, 3, 28), daily) == utc(2026, 3, 28, 9, 0)  # GMT
    assert post_instant(date(2026, 3, 29), daily) == utc(2026, 3, 29, 8, 0)  # BST


def test_post_is_at_local_time_on_both_sides_of_fall_back():
    daily = DailyTime(time(9, 0), NEW_YORK)
    # 2026-11-01: New York falls back at 06:00 UTC.
    assert post_instant(date(2026, 10, 31), daily) == utc(2026, 10, 31, 13, 0)  # EDT
    assert post_instant(date(2026, 11, 1), daily) == utc(2026, 11, 1, 14, 0)  # EST


def test_a_time_skipped_by_spring_forward_posts_when_the_clocks_jump():
    daily = DailyTime(time(1, 30), LONDON)  # 01:00-02:00 does not exist on 2026-03-29
    instant = post_instant(date(2026, 3, 29), daily)
    assert instant == utc(2026, 3, 29, 1, 0)
    assert instant.astimezone(LONDON).strftime("%H:%M") == "02:00"


def test_a_time_repeated_by_fall_back_posts_once_at_the_first_occurrence():
    daily = DailyTime(time(1, 30), NEW_YORK)  # 01:00-02:00 happens twice on 2026-11-01
    first = post_instant(date(2026, 11, 1), daily)
    assert first == utc(2026, 11, 1, 5, 30)  # 01:30 EDT
    # After posting at the first 01:30, the second 01:30 (06:30 UTC) is not due again.
    assert due_date(utc(2026, 11, 1, 6, 30), daily, last_posted=date(2026, 11, 1)) is None


def test_due_only_from_the_post_time_and_only_once_a_day():
    daily = DailyTime(time(9, 0), LONDON)
    assert due_date(utc(2026, 6, 1, 7, 59), daily, last_posted=date(2026, 5, 31)) is None
    assert due_date(utc(2026, 6, 1, 8, 0), daily, last_posted=date(2026, 5, 31)) == date(2026, 6, 1)
    assert due_date(utc(2026, 6, 1, 20, 0), daily, last_posted=date(2026, 6, 1)) is None


def test_a_post_missed_on_a_day_that_has_ended_is_not_sent_the_next_day_before_time():
    daily = DailyTime(time(21, 0), LONDON)
    # Down from 19:00 UTC on June 1st to 06:00 UTC on June 2nd: June 1st's post is lost,
    # and June 2nd's is not due before 21:00 local.
    assert due_date(utc(2026, 6, 2, 6, 0), daily, last_posted=date(2026, 5, 31)) is None
    assert due_date(utc(2026, 6, 2, 20, 0), daily, last_posted=date(2026, 5, 31)) == date(
        2026, 6, 2
    )


def test_next_three_post_times_cross_a_dst_change():
    daily = DailyTime(time(9, 0), LONDON)
    times = next_post_times(utc(2026, 3, 28, 12, 0), daily)
    assert times == [utc(2026, 3, 29, 8, 0), utc(2026, 3, 30, 8, 0), utc(2026, 3, 31, 8, 0)]
    assert next_post_times(utc(2026, 3, 28, 8, 59), daily)[0] == utc(2026, 3, 28, 9, 0)


@pytest.mark.parametrize("text", ["9:05", "09:05", "09.05", "9h05", " 09:05 "])
def test_times_are_parsed_in_common_spellings(text):
    assert parse_time(text) == time(9, 5)


@pytest.mark.parametrize("text", ["", "25:00", "9", "09:60", "nine", "０９:００", "9:05pm"])
def test_bad_times_get_a_polite_error(text):
    with pytest.raises(UserFacingError, match="HH:MM"):
        parse_time(text)


def test_zones_are_found_case_insensitively_and_unknown_ones_refused():
    assert parse_zone("europe/london").key == "Europe/London"
    with pytest.raises(UserFacingError, match="IANA"):
        parse_zone("Mars/Olympus_Mons")
    with pytest.raises(UserFacingError):
        parse_zone("../../etc/passwd")


def test_zone_suggestions_respect_discord_limits():
    assert suggest_zones("london") == ["Europe/London"]
    many = suggest_zones("a")
    assert 0 < len(many) <= 25
    assert all(len(name) <= 100 for name in many)
    assert suggest_zones("america/new")[0] == "America/New_York"
    assert suggest_zones("")  # something sensible before the member types


def test_a_post_whose_time_came_before_the_schedule_was_set_is_not_due():
    daily = DailyTime(time(9, 0), LONDON)
    set_at = utc(2026, 6, 1, 14, 0)  # 15:00 in London
    assert due_date(utc(2026, 6, 1, 14, 1), daily, last_posted=None, since=set_at) is None
    assert due_date(utc(2026, 6, 2, 8, 0), daily, last_posted=None, since=set_at) == date(
        2026, 6, 2
    )
    # Set a minute before the post time: today's post is due.
    early = utc(2026, 6, 1, 7, 59)
    assert due_date(utc(2026, 6, 1, 8, 0), daily, last_posted=None, since=early) == date(2026, 6, 1)
