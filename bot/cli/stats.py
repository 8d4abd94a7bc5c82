"""``lectern stats export|top|prune``: the discussion log on the bot's server.

Reads the database named by ``LECTERN_DATABASE`` (never creates one: a missing file is an
error) and the corpus of ``LECTERN_CORPUS_DIR``. Safe while the bot runs (SQLite WAL).
Exit status: 0 done; 1 a guild nothing was ever recorded for (most likely a mistyped id), or
the database failed while working (e.g. locked for too long); 2 wrong settings, a wrong date,
a database that is missing, empty or not a database, a corpus that cannot be loaded, an
output file that cannot be written.
A known guild with no activity in the period gives an export with only the header row
(CSV) or no passages (JSON), and a note on standard error.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.cli._common import (
    EXIT_FAILED,
    EXIT_USAGE,
    CommandError,
    existing_database,
    fail,
    open_database,
    positive,
    settings,
)
from bot.core.corpus import CorpusError, load_corpus
from bot.core.errors import UserFacingError
from bot.core.models import Corpus
from bot.core.stats import (
    StatsReport,
    build_report,
    export_csv,
    export_json,
    parse_period,
)
from bot.settings import Settings
from bot.storage import StorageError, redact_url
from bot.storage.events import EventStore


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    stats = subparsers.add_parser(
        "stats",
        help="discussion statistics: export, top passages, pruning",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = stats.add_subparsers(dest="stats_command", metavar="COMMAND", required=True)

    export = commands.add_parser(
        "export",
        help="every passage's counts as CSV or JSON",
        description="Every passage's counts in the guild over the period, as CSV or JSON.",
    )
    _period_arguments(export)
    export.add_argument("--format", choices=["csv", "json"], required=True)
    export.add_argument("--output", type=Path, help="write to this file (default: standard output)")
    export.set_defaults(func=export_command)

    top = commands.add_parser(
        "top",
        help="the most discussed passages, as text",
        description="The most discussed passages in the guild over the period, as text.",
    )
    _period_arguments(top)
    top.add_argument("--limit", type=positive, default=10, help="at most N passages (10)")
    top.set_defaults(func=top_command)

    prune = commands.add_parser(
        "prune",
        help="delete raw events older than LECTERN_RETENTION_DAYS now",
        description="Delete the raw events older than LECTERN_RETENTION_DAYS now (the bot"
        " also does it daily); the daily counts are kept.",
    )
    prune.set_defaults(func=prune_command)


def _period_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--guild", type=positive, required=True, help="the server (guild) id")
    parser.add_argument(
        "--since", help="first day: 2026-01-31, today, or back from today: 7d, 4w, 6m, 1y"
    )
    parser.add_argument("--until", help="last day, included (default: today)")


# ------------------------------------------------------------------------------ running


def _run(action: Callable[[Settings, EventStore], Awaitable[int]]) -> int:
    target = existing_database()
    configured = settings()
    try:
        return asyncio.run(_with_store(target, configured, action))
    except UserFacingError as exc:
        return fail(exc.message, EXIT_USAGE)
    except StorageError as exc:
        return fail(str(exc), EXIT_FAILED)


async def _with_store(
    target: Path | str,
    settings: Settings,
    action: Callable[[Settings, EventStore], Awaitable[int]],
) -> int:
    database = await open_database(target, pool_size=2)
    try:
        async with await EventStore.open(database, background=False) as store:
            return await action(settings, store)
    finally:
        await database.close()


def _where(settings: Settings) -> str:
    return redact_url(settings.database_url) if settings.database_url else str(settings.database)


def _corpus(settings: Settings) -> Corpus:
    try:
        return load_corpus(settings.corpus_dir)
    except CorpusError as exc:  # the loader names the file and passage at fault
        raise CommandError(
            f"cannot load the corpus {settings.corpus_dir}:\n{exc}", EXIT_USAGE
        ) from exc


async def _report(settings: Settings, store: EventStore, args: argparse.Namespace) -> StatsReport:
    now = datetime.now(UTC)
    period = parse_period(args.since, args.until, today=now.date())
    if not await store.has_activity(args.guild):
        raise CommandError(
            f"nothing has ever been recorded for guild {args.guild} in {_where(settings)};"
            " check the id (in Discord: right-click the server, Copy Server ID)"
        )
    corpus = await asyncio.to_thread(_corpus, settings)
    activities = await store.passage_activity(args.guild, period)
    report = build_report(corpus, activities, guild_id=args.guild, period=period, generated_at=now)
    if not report.rows:
        print(
            f"lectern: no activity in guild {args.guild} from {period.describe()}", file=sys.stderr
        )
    return report


# ------------------------------------------------------------------------------ commands


def export_command(args: argparse.Namespace) -> int:
    async def action(settings: Settings, store: EventStore) -> int:
        report = await _report(settings, store, args)
        data = export_csv(report) if args.format == "csv" else export_json(report)
        if args.output is None:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            try:
                args.output.write_bytes(data)
            except OSError as exc:
                raise CommandError(
                    f"cannot write {args.output}: {exc.strerror or exc}", EXIT_USAGE
                ) from exc
            print(f"wrote {len(report.rows)} passages to {args.output}", file=sys.stderr)
        return 0

    return _run(action)


def top_command(args: argparse.Namespace) -> int:
    async def action(settings: Settings, store: EventStore) -> int:
        report = await _report(settings, store, args)
        print(f"Most discussed passages in guild {args.guild}, {report.period.describe()}")
        for rank, row in enumerate(report.rows[: args.limit], start=1):
            a = row.activity
            who = f"{row.speaker}: " if row.speaker else ""
            print(f"{rank:>3}. {a.passage_id}  {who}{row.snippet}")
            print(
                f"     messages {a.messages}, reactions {a.reactions}, threads {a.threads},"
                f" participants {a.participants}, posts {a.posts}, shown {a.shown}"
            )
        return 0

    return _run(action)


def prune_command(args: argparse.Namespace) -> int:
    async def action(settings: Settings, store: EventStore) -> int:
        before = datetime.now(UTC) - timedelta(days=settings.retention_days)
        result = await store.prune(before)
        print(
            f"pruned {result.events_deleted} events and {result.member_rows_deleted}"
            f" participation rows from before {before.date().isoformat()}"
            f" (LECTERN_RETENTION_DAYS={settings.retention_days}); daily counts are kept"
        )
        return 0

    return _run(action)
