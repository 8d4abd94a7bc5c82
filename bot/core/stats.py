"""Moderator statistics: periods, per-passage reports, CSV/JSON exports and the chart spec.

Pure: the storage layer (``bot.storage.events``) returns one ``PassageActivity`` per passage
for a period; everything here turns those rows plus the corpus into what moderators see.
The JSON export follows ``docs/stats_export.schema.json``; the CSV export is RFC 4180
(``\\r\\n`` line ends, fields with commas, quotes or line breaks quoted) in UTF-8 with a
byte-order mark so that spreadsheet programs detect the encoding, with a header row.

"Discussion" of a passage counts what members did with it once it was posted: threads
opened on it, messages in those threads and replies to the bot's message (``messages``),
and reactions to that message. ``shown`` counts the times a command showed it.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from bot.core.errors import UserFacingError, shown_input
from bot.core.models import Corpus

SECONDS_PER_DAY = 86_400
DEFAULT_PERIOD_DAYS = 30
SNIPPET_LENGTH = 80
EXPORT_SCHEMA_VERSION = 1

_RELATIVE = re.compile(r"^(\d{1,4})\s*([dwmy])$")
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}

CSV_COLUMNS = (
    "passage_id",
    "speaker",
    "work",
    "snippet",
    "shown",
    "posts",
    "threads",
    "messages",
    "participants",
    "reactions",
    "first_activity",
    "last_activity",
)


def day_number(moment: datetime) -> int:
    """The UTC day of ``moment`` as days since 1970-01-01 (how storage keys its aggregates)."""
    return int(moment.timestamp()) // SECONDS_PER_DAY


def day_of(number: int) -> date:
    return date(1970, 1, 1) + timedelta(days=number)


def day_number_of(day: date) -> int:
    return (day - date(1970, 1, 1)).days


@dataclass(frozen=True, slots=True)
class Period:
    """Whole UTC days, both ends included."""

    since: date
    until: date

    @property
    def first_day(self) -> int:
        return day_number_of(self.since)

    @property
    def last_day(self) -> int:
        return day_number_of(self.until)

    def describe(self) -> str:
        return f"{self.since.isoformat()} to {self.until.isoformat()} (UTC)"


def _parse_day(text: str, today: date, *, name: str) -> date:
    value = text.strip().lower()
    if value == "today":
        return today
    relative = _RELATIVE.match(value)
    try:
        if relative:
            days = int(relative.group(1)) * _UNIT_DAYS[relative.group(2)]
            return today - timedelta(days=days)
        return date.fromisoformat(value)
    except (ValueError, OverflowError):  # not a date, or a span back before year 1
        raise UserFacingError(
            f"`{name}` must be a date like `2026-01-31`, `today`, or a span back from today "
            f"like `7d`, `4w`, `6m`, `1y` (got `{shown_input(text)}`)."
        ) from None


def parse_period(since: str | None, until: str | None, *, today: date) -> Period:
    """Read the ``since``/``until`` options; by default the last 30 days up to today.

    A relative ``since`` such as ``7d`` means the 7 days that end today (today included).
    """
    end = _parse_day(until, today, name="until") if until else today
    if since:
        start = _parse_day(since, today, name="since")
        if _RELATIVE.match(since.strip().lower()):
            start += timedelta(days=1)
    else:
        # The 30 days up to ``end``, or fewer when ``end`` is in January of year 1.
        start = date.fromordinal(max(1, end.toordinal() - (DEFAULT_PERIOD_DAYS - 1)))
    if start > end:
        raise UserFacingError(
            f"The period starts after it ends ({start.isoformat()} is after {end.isoformat()})."
        )
    return Period(start, end)


@dataclass(frozen=True, slots=True)
class PassageActivity:
    """What the log holds about one passage in one guild over a period."""

    passage_id: str
    shown: int = 0
    posts: int = 0
    threads: int = 0
    messages: int = 0
    reactions: int = 0
    participants: int = 0
    first_at: datetime | None = None
    last_at: datetime | None = None

    @property
    def discussion(self) -> int:
        return self.threads + self.messages + self.reactions


@dataclass(frozen=True, slots=True)
class PassageRow:
    """One line of a report: the activity plus what the corpus says about the passage."""

    activity: PassageActivity
    speaker_id: str | None
    speaker: str
    work_id: str | None
    work: str
    snippet: str
    topics: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StatsReport:
    guild_id: int
    period: Period
    generated_at: datetime
    rows: tuple[PassageRow, ...]  # most discussed first

    @property
    def total_discussion(self) -> int:
        return sum(row.activity.discussion for row in self.rows)

    @property
    def total_shown(self) -> int:
        return sum(row.activity.shown for row in self.rows)


@dataclass(frozen=True, slots=True)
class GroupTotal:
    """A speaker or topic with the summed activity of its passages."""

    key: str
    label: str
    discussion: int
    shown: int
    passages: int  # of them discussed (a passage only shown is not counted)


def snippet(text: str, length: int = SNIPPET_LENGTH) -> str:
    """The start of ``text`` on one line, cut at a word boundary with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= length:
        return flat
    cut = flat[: length - 1]
    space = cut.rfind(" ")
    if space > length // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def _rank_key(activity: PassageActivity) -> tuple[int, int, int, int, str]:
    return (
        -activity.discussion,
        -activity.participants,
        -activity.posts,
        -activity.shown,
        activity.passage_id,
    )


def build_report(
    corpus: Corpus,
    activities: Iterable[PassageActivity],
    *,
    guild_id: int,
    period: Period,
    generated_at: datetime,
) -> StatsReport:
    """Join the activity with the corpus; rows are ordered most discussed first.

    A passage the server's corpus does not hold (its text disabled or removed here, or renamed
    since) keeps its id with empty speaker, work and snippet, so its history is not silently
    dropped, and none of its words are shown.
    """
    rows = []
    for activity in sorted(activities, key=_rank_key):
        passage = corpus.get(activity.passage_id)
        if passage is None:
            rows.append(PassageRow(activity, None, "", None, "", "", ()))
            continue
        rows.append(
            PassageRow(
                activity=activity,
                speaker_id=passage.speaker,
                speaker=corpus.speaker_name(passage.speaker),
                work_id=passage.work,
                work=corpus.work_title(passage.work) or "",
                snippet=snippet(passage.text),
                topics=passage.topics,
            )
        )
    return StatsReport(guild_id, period, generated_at, tuple(rows))


def _group(totals: dict[str, list[int]], labels: dict[str, str]) -> list[GroupTotal]:
    groups = [
        GroupTotal(key, labels[key], discussion, shown, passages)
        for key, (discussion, shown, passages) in totals.items()
    ]
    groups.sort(key=lambda g: (-g.discussion, -g.shown, g.label.lower()))
    return groups


def top_speakers(report: StatsReport, corpus: Corpus) -> list[GroupTotal]:
    totals: dict[str, list[int]] = {}
    labels: dict[str, str] = {}
    for row in report.rows:
        if row.speaker_id is None:
            continue
        entry = totals.setdefault(row.speaker_id, [0, 0, 0])
        entry[0] += row.activity.discussion
        entry[1] += row.activity.shown
        entry[2] += row.activity.discussion > 0
        labels[row.speaker_id] = corpus.speaker_name(row.speaker_id)
    return _group(totals, labels)


def top_topics(report: StatsReport, corpus: Corpus) -> list[GroupTotal]:
    totals: dict[str, list[int]] = {}
    labels: dict[str, str] = {}
    for row in report.rows:
        for topic_id in row.topics:
            entry = totals.setdefault(topic_id, [0, 0, 0])
            entry[0] += row.activity.discussion
            entry[1] += row.activity.shown
            entry[2] += row.activity.discussion > 0
            topic = corpus.topics.get(topic_id)
            labels[topic_id] = topic.name if topic else topic_id
    return _group(totals, labels)


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _row_values(row: PassageRow) -> dict[str, str | int | None]:
    activity = row.activity
    return {
        "passage_id": activity.passage_id,
        "speaker": row.speaker,
        "work": row.work,
        "snippet": row.snippet,
        "shown": activity.shown,
        "posts": activity.posts,
        "threads": activity.threads,
        "messages": activity.messages,
        "participants": activity.participants,
        "reactions": activity.reactions,
        "first_activity": _iso(activity.first_at),
        "last_activity": _iso(activity.last_at),
    }


def export_csv(report: StatsReport) -> bytes:
    """RFC 4180 CSV with a header row, UTF-8 with a byte-order mark."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in report.rows:
        values = _row_values(row)
        writer.writerow(["" if values[c] is None else values[c] for c in CSV_COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def export_json(report: StatsReport) -> bytes:
    """The report as JSON following ``docs/stats_export.schema.json`` (UTF-8)."""
    document = {
        "schema_version": EXPORT_SCHEMA_VERSION,
        "guild_id": str(report.guild_id),
        "since": report.period.since.isoformat(),
        "until": report.period.until.isoformat(),
        "generated_at": _iso(report.generated_at),
        "passages": [
            {
                **_row_values(row),
                "speaker_id": row.speaker_id,
                "work_id": row.work_id,
                "topics": list(row.topics),
            }
            for row in report.rows
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """A horizontal stacked bar chart: one bar per passage, one segment per series."""

    title: str
    labels: tuple[str, ...]  # top bar first
    series: tuple[tuple[str, tuple[int, ...]], ...]  # (name, one value per label)


CHART_LABEL_WORDS = 7
# A passage with history that the server's view does not hold: its text is disabled or
# removed in this server (or renamed by an upgrade of the shipped corpus). "No longer in the
# corpus" would tell a moderator who only disabled a text that it is gone.
NOT_READ_HERE = "(not among the texts read here now)"


def chart_label(row: PassageRow) -> str:
    """A bar's label a moderator recognises: who, the first words, and the id to look it
    up (``J. V. Stalin: “I think, comrades, that …” (r-iona)``)."""
    pid = row.activity.passage_id
    if not row.snippet:
        return f"{pid} {NOT_READ_HERE}"
    words = row.snippet.rstrip("…").split()
    opening = " ".join(words[:CHART_LABEL_WORDS])
    if len(words) > CHART_LABEL_WORDS or row.snippet.endswith("…"):
        opening += " …"
    who = f"{row.speaker}: " if row.speaker else ""
    return f"{who}\u201c{opening}\u201d ({pid})"


def chart_spec(report: StatsReport, *, limit: int = 10) -> ChartSpec:
    """The most discussed passages of the period (passages only shown are left out)."""
    rows: Sequence[PassageRow] = [r for r in report.rows if r.activity.discussion > 0][:limit]
    labels = tuple(chart_label(row) for row in rows)
    series = (
        ("messages", tuple(r.activity.messages for r in rows)),
        ("reactions", tuple(r.activity.reactions for r in rows)),
        ("threads members opened", tuple(r.activity.threads for r in rows)),
    )
    return ChartSpec(
        title=f"Most discussed passages, {report.period.describe()}",
        labels=labels,
        series=series,
    )
