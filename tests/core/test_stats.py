"""Statistics reports without a bot: periods, ranking, CSV, JSON (against its schema), chart."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import jsonschema
import pytest

from bot.core.chart import render_png
from bot.core.errors import UserFacingError
from bot.core.stats import (
    CSV_COLUMNS,
    PassageActivity,
    Period,
    build_report,
    chart_spec,
    export_csv,
    export_json,
    parse_period,
    snippet,
    top_speakers,
    top_topics,
)
from tests.fixtures.images import bar_segments, in_proportion, png_size
from tests.fixtures.stats import EXPORT_SCHEMA, GUILD, NOON, export_problems, small_corpus

TODAY = date(2026, 3, 31)
PERIOD = Period(date(2026, 3, 1), date(2026, 3, 31))


def report():
    activities = [
        PassageActivity(
            "marx-change",
            shown=9,
            posts=1,
            threads=1,
            messages=2,
            reactions=1,
            participants=2,
            first_at=NOON,
            last_at=NOON + timedelta(hours=1),
        ),
        PassageActivity(
            "marx-force",
            posts=2,
            threads=2,
            messages=10,
            reactions=4,
            participants=5,
            first_at=NOON,
            last_at=NOON + timedelta(days=2),
        ),
        PassageActivity("engels-note", shown=3, first_at=NOON, last_at=NOON),
        PassageActivity("gone-passage", messages=1, participants=1, first_at=NOON, last_at=NOON),
    ]
    return build_report(
        small_corpus(), activities, guild_id=GUILD, period=PERIOD, generated_at=NOON
    )


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        (None, None, (date(2026, 3, 2), TODAY)),
        ("7d", None, (date(2026, 3, 25), TODAY)),
        ("4w", "today", (date(2026, 3, 4), TODAY)),
        ("2026-01-01", "2026-01-31", (date(2026, 1, 1), date(2026, 1, 31))),
        ("1y", None, (date(2025, 4, 1), TODAY)),
    ],
)
def test_periods_are_read_as_moderators_write_them(since, until, expected):
    period = parse_period(since, until, today=TODAY)
    assert (period.since, period.until) == expected


@pytest.mark.parametrize(
    ("since", "until", "says"),
    [("last tuesday", None, "`since` must be a date"), ("2026-03-10", "2026-03-01", "after")],
)
def test_a_bad_period_is_explained(since, until, says):
    with pytest.raises(UserFacingError) as excinfo:
        parse_period(since, until, today=TODAY)
    assert says in excinfo.value.message


def test_report_puts_the_most_discussed_first_and_keeps_unknown_passages():
    rows = report().rows
    assert [r.activity.passage_id for r in rows] == [
        "marx-force",
        "marx-change",
        "gone-passage",
        "engels-note",
    ]
    assert rows[0].speaker == "Karl Marx"
    assert rows[0].work == "Critique of Hegel's Philosophy of Right"
    gone = rows[2]
    assert (gone.speaker, gone.work, gone.snippet) == ("", "", "")


def test_speakers_and_topics_sum_their_passages():
    corpus = small_corpus()
    speakers = top_speakers(report(), corpus)
    assert [(s.label, s.discussion, s.shown, s.passages) for s in speakers] == [
        ("Karl Marx", 20, 9, 2),
        ("Friedrich Engels", 0, 3, 0),  # shown, never discussed: no discussed passage
    ]
    topics = top_topics(report(), corpus)
    assert [(t.label, t.discussion) for t in topics] == [("Theory", 20), ("Practice", 4)]


def test_snippets_are_short_and_on_one_line():
    long = small_corpus().get("engels-note").text
    cut = snippet(long)
    assert len(cut) <= 80 and cut.endswith("…") and "\n" not in cut
    assert snippet("short\ntext") == "short text"


def test_csv_opens_as_a_spreadsheet_would_read_it():
    data = export_csv(report())
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark for spreadsheets
    text = data.decode("utf-8-sig")
    assert "\r\n" in text and text.count("\r\n") == 5  # header + 4 rows, CRLF ends
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    change = dict(zip(rows[0], rows[2], strict=True))
    # Quotes, commas and non-ASCII text survive the round trip (RFC 4180 quoting).
    assert change["snippet"] == small_corpus().get("marx-change").text
    assert '"The point, however, is to ""change"" it' in text
    assert change["work"] == "Theses on Feuerbach"
    assert (change["shown"], change["messages"], change["participants"]) == ("9", "2", "2")
    assert change["first_activity"] == "2026-03-10T12:00:00Z"


def test_json_export_validates_against_the_documented_schema():
    document = json.loads(export_json(report()).decode("utf-8"))
    assert export_problems(document) == []
    assert document["guild_id"] == str(GUILD)
    assert (document["since"], document["until"]) == ("2026-03-01", "2026-03-31")
    first = document["passages"][0]
    assert first["passage_id"] == "marx-force"
    assert (first["messages"], first["reactions"], first["participants"]) == (10, 4, 5)
    assert first["topics"] == ["theory"]


def test_the_schema_rejects_what_the_export_never_produces():
    document = json.loads(export_json(report()).decode("utf-8"))
    document["passages"][0]["text"] = "full passage text is never exported"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, EXPORT_SCHEMA)


def test_chart_is_a_png_of_the_discussed_passages():
    spec = chart_spec(report())
    # Each bar names who, the first words and the id; engels-note was only shown: no
    # discussion to chart.
    assert spec.labels == (
        "Karl Marx: “Theory becomes a material force, once it …” (marx-force)",
        'Karl Marx: “The point, however, is to "change" it, …” (marx-change)',
        "gone-passage (not among the texts read here now)",
    )
    assert dict(spec.series)["messages"] == (10, 2, 1)
    png = render_png(spec)
    assert png_size(png)[0] == 1000
    # One bar a discussed passage, most discussed first, each as long as its discussion:
    # messages, reactions, threads stacked left to right.
    first, second, third = bar_segments(png)
    assert in_proportion(first, [10, 4, 2]) and in_proportion(second, [2, 1, 1])
    assert in_proportion(third, [1])
    assert sum(second) < sum(first) and sum(third) < sum(second)


def test_an_empty_period_still_gives_a_chart():
    empty = build_report(small_corpus(), [], guild_id=GUILD, period=PERIOD, generated_at=NOON)
    assert chart_spec(empty).labels == ()
    png = render_png(chart_spec(empty))
    assert png_size(png)[0] == 1000 and bar_segments(png) == []
