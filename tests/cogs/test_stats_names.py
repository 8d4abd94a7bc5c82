"""Report file names carry a server's readable name and the period."""

from datetime import UTC, date, datetime

from bot.cogs.stats import report_file_name, server_slug
from bot.core.stats import Period, StatsReport


def test_a_server_name_becomes_a_readable_file_name():
    assert server_slug("Reading Group", 1) == "reading-group"
    assert server_slug("Les Misérables — book club!", 1) == "les-miserables-book-club"
    assert server_slug("📚📚", 42) == "server-42"  # nothing readable left: the id
    assert server_slug(None, 42) == "server-42"


def test_the_file_name_has_the_period():
    period = Period(date(2026, 11, 1), date(2026, 11, 30))
    report = StatsReport(7, period, datetime(2026, 12, 1, tzinfo=UTC), ())
    name = report_file_name(report, "csv", "Reading Group")
    assert name == "lectern-stats-reading-group-2026-11-01-to-2026-11-30.csv"
