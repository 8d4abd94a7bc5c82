"""When a daily post is due: local wall-clock times in an IANA zone, across DST changes.

The rules, chosen so a group gets exactly one post per local day at the time it expects:

* A post is keyed by its **local date**. At most one post per guild per local date.
* Normal days: the post is due at the configured local time.
* Fall back (the local time happens twice): the post is due at the **first** occurrence.
* Spring forward (the local time does not exist that day): the post is due at the first
  instant after the gap, i.e. the moment the clocks jump (for 01:30 in Europe/London on the
  last Sunday of March, that is 02:00 BST).
* After downtime, a missed post is sent once if it is still the same local day; a post missed
  on a day that has ended is not sent later (yesterday's quote does not arrive today).
* A schedule takes effect from its next post time: set at 15:00 for 09:00, the first post is
  tomorrow at 09:00 (what ``/daily status`` shows), not at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.core.errors import UserFacingError, shown_input
from bot.core.nearby import did_you_mean

_TIME = re.compile(r"^\s*(\d{1,2})[:.h](\d{2})\s*$", re.ASCII)
MAX_TIMEZONE_CHOICES = 25


class Clock(Protocol):
    """What the scheduler needs of time; tests inject a fake one."""

    def now(self) -> datetime:
        """The current instant, timezone-aware."""
        ...

    async def sleep(self, seconds: float) -> None: ...


@dataclass(frozen=True, slots=True)
class DailyTime:
    """A configured daily post: local wall-clock time in a zone."""

    at: time
    zone: ZoneInfo

    @property
    def label(self) -> str:
        return f"{self.at:%H:%M} {self.zone.key}"


def parse_time(text: str) -> time:
    """Parse ``HH:MM`` (24-hour; ``9:05``, ``09.05`` and ``9h05`` also accepted)."""
    match = _TIME.match(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise UserFacingError("The time must be written as HH:MM on a 24-hour clock, e.g. 08:30.")


# In the tz database but no place's time: "localtime" is whatever the bot's machine is set
# to, "Factory" is a placeholder zone whose abbreviation is "-00".
_NOT_PLACES = frozenset({"localtime", "Factory", "posixrules"})


@lru_cache(maxsize=1)
def timezone_names() -> tuple[str, ...]:
    return tuple(sorted(available_timezones() - _NOT_PLACES))


def parse_zone(name: str) -> ZoneInfo:
    """Find an IANA zone by name (case-insensitive), or raise a polite error."""
    wanted = name.strip()
    by_lower = {zone.lower(): zone for zone in timezone_names()}
    key = by_lower.get(wanted.lower())
    if key is not None:
        try:
            return ZoneInfo(key)
        except ZoneInfoNotFoundError:
            pass
    suggestion = did_you_mean(wanted, timezone_names())
    raise UserFacingError(
        f"`{shown_input(wanted)}` is not a time zone name I know.{suggestion} Use an IANA "
        "name such as Europe/London or America/New_York (the option suggests names as you "
        "type)."
    )


def suggest_zones(typed: str, limit: int = MAX_TIMEZONE_CHOICES) -> list[str]:
    """Zone names for autocomplete: those starting with the text first, then containing it."""
    needle = typed.strip().lower().replace(" ", "_")
    names = timezone_names()
    if not needle:
        preferred = ("UTC", "Europe/London", "Europe/Berlin", "America/New_York", "Asia/Tehran")
        return list(preferred)[:limit]
    starts = [n for n in names if n.lower().startswith(needle)]
    inside = [n for n in names if needle in n.lower() and n not in starts]
    return (starts + inside)[:limit]


def _wall(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


def post_instant(local_date: date, daily: DailyTime) -> datetime:
    """The UTC instant of the post for ``local_date`` (see the module rules)."""
    wall = datetime.combine(local_date, daily.at)
    first = wall.replace(tzinfo=daily.zone, fold=0).astimezone(UTC)
    if _wall(first, daily.zone) == wall:
        return first  # exists; fold=0 is the first occurrence when the time repeats
    # The time falls in a spring-forward gap: walk to the first minute after it.
    later = wall.replace(tzinfo=daily.zone, fold=1).astimezone(UTC)
    candidate = min(first, later).replace(second=0, microsecond=0)
    while _wall(candidate, daily.zone) < wall:
        candidate += timedelta(minutes=1)
    return candidate


def local_date(moment: datetime, daily: DailyTime) -> date:
    return moment.astimezone(daily.zone).date()


def due_date(
    now: datetime, daily: DailyTime, last_posted: date | None, since: datetime | None = None
) -> date | None:
    """The local date whose post is due at ``now``, or None.

    Only today's post can be due: a post missed on a day that has ended is never sent. With
    ``since`` (when the schedule was set), a post whose time came before it is not due.
    """
    today = local_date(now, daily)
    if last_posted is not None and last_posted >= today:
        return None
    instant = post_instant(today, daily)
    if now < instant or (since is not None and instant < since):
        return None
    return today


def next_post_times(after: datetime, daily: DailyTime, count: int = 3) -> list[datetime]:
    """The next ``count`` post instants strictly after ``after`` (UTC)."""
    day = local_date(after, daily) - timedelta(days=1)
    found: list[datetime] = []
    while len(found) < count:
        instant = post_instant(day, daily)
        if instant > after:
            found.append(instant)
        day += timedelta(days=1)
    return found
