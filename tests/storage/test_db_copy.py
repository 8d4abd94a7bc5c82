"""`lectern db copy`: a group's SQLite history moves to PostgreSQL whole, and works there."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.cli import main
from bot.core.events import PassagePosted, PassageShown
from bot.core.library import NewEntry, StoredPassage, StoredReading, StoredVectors
from bot.core.stats import Period
from bot.storage import DATA_TABLES, Database
from bot.storage.daily import DailyStore, Schedule
from bot.storage.events import EventStore
from bot.storage.library import LibraryStore
from bot.storage.selection import SelectionStore

GUILD, CHANNEL, THREAD, MESSAGE = 10, 20, 30, 40
ALICE, BOB, CAROL = 101, 102, 103
NOON = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
YEAR = Period(date(2025, 1, 1), date(2026, 12, 31))
SHELF_TEXT = "Ada Merrow wrote: “Lend the book, keep the argument.”\n"
SHELF = StoredReading(
    "k3m7qa",
    GUILD,
    "The Shelf",
    "Jo Pell",
    "k3m7qa-jo-pell",
    None,
    "shelf.txt",
    "a" * 64,
    "draft",
    ALICE,
    NOON,
)
SHELF_PASSAGES = [
    StoredPassage(
        id="k3m7qa-q7xa",
        position=0,
        kind="quotation",
        text="Lend the book, keep the argument.",
        start=19,
        end=52,
        speaker="k3m7qa-ada-merrow",
        speaker_name="Ada Merrow",
    )
]
SHELF_ENTRIES = [NewEntry("speaker", "k3m7qa-ada-merrow", "Ada Merrow")]


async def fill(target) -> None:
    """A small but complete history: posts, threads, messages, an opt-out, a schedule."""
    db = await Database.open(target)
    store = await EventStore.open(db, background=False)
    for day in range(40):
        at = NOON - timedelta(days=day)
        passage = f"p-{day % 7}"
        await store.record_posted(
            PassagePosted(
                GUILD, CHANNEL, MESSAGE + day, THREAD + 1000 + day, ALICE, passage, "daily", at
            )
        )
        for user in (ALICE, BOB, CAROL)[: 1 + day % 3]:
            store.record_thread_message(THREAD + 1000 + day, user, at + timedelta(minutes=5))
        store.record_shown(PassageShown(GUILD, CHANNEL, BOB, passage, "quote", at))
    await store.opt_out(CAROL, at=NOON)
    await store.close()
    daily = DailyStore(db)
    await daily.set_schedule(
        Schedule(GUILD, CHANNEL, time(9, 0), "Europe/Paris", None, None, True, None), NOON
    )
    assert await daily.claim(GUILD, date(2026, 3, 10), "p-1", CHANNEL, NOON)
    await daily.mark_sent(GUILD, date(2026, 3, 10), 555, 556, NOON)
    await SelectionStore(db).record("daily:10", 1, "p-1", NOON)
    library = LibraryStore(db)
    await library.add(SHELF, SHELF_TEXT, SHELF_PASSAGES, SHELF_ENTRIES, at=NOON)
    corrected = replace(SHELF_PASSAGES[-1], page="99")
    audited = (("page", SHELF_PASSAGES[-1].page, "99"),)
    await library.correct(SHELF.id, corrected, SHELF_ENTRIES, by=ALICE, at=NOON, changes=audited)
    await library.publish(GUILD, SHELF.id, at=NOON)
    vectors = StoredVectors(
        SHELF.id, "model", "float16", 2, 2, bytes(range(32)), b"\x00<\xff\x7f" * 2
    )
    await library.keep_vectors(vectors, at=NOON)
    await library.set_enabled(GUILD, "rule-2001", "shipped", False, by=ALICE, at=NOON)
    await db.close()


async def snapshot(target):
    """What a moderator and the bot see: the year's report, posts, schedule, the cycle."""
    db = await Database.open(target)
    store = await EventStore.open(db, background=False)
    try:
        activity = sorted(await store.passage_activity(GUILD, YEAR), key=lambda a: a.passage_id)
        daily = DailyStore(db)
        return {
            "activity": activity,
            "posts": await daily.posts(GUILD),
            "schedule": await daily.schedule(GUILD),
            "cycle": await SelectionStore(db).state("daily:10"),
            "hash": store.member_hash(ALICE),
            "opted_out": await store.is_opted_out(CAROL),
            "links": store.passage_of_thread(THREAD + 1000),
            "library": await LibraryStore(db).published(GUILD),
            "switches": await LibraryStore(db).switches(GUILD),
            "audit": await LibraryStore(db).corrections(GUILD, SHELF.id),
            "vectors": await LibraryStore(db).vectors(GUILD, [SHELF.id]),
            "counts": {t: c for t, c in (await db.table_counts()).items() if t in DATA_TABLES},
        }
    finally:
        await store.close()
        await db.close()


async def test_a_sqlite_history_copied_to_postgresql_reads_the_same_and_keeps_working(
    tmp_path, postgres_url, capsys
):
    source = tmp_path / "lectern.db"
    await fill(source)
    status = await asyncio.to_thread(
        main, ["db", "copy", "--from", str(source), "--to", postgres_url]
    )
    out = capsys.readouterr().out
    assert status == 0, out
    assert "every table's count checked" in out
    before, after = await snapshot(source), await snapshot(postgres_url)
    assert before == after
    assert after["counts"]["discussion_events"] > 100
    assert after["opted_out"] and after["schedule"].open_thread
    assert [c.passages for c in after["library"]] == [
        (*SHELF_PASSAGES[:-1], replace(SHELF_PASSAGES[-1], page="99"))
    ]
    assert [(c.by, c.at) for c in after["audit"]] == [(ALICE, NOON)]
    assert [v.keys for v in after["vectors"]] == [bytes(range(32))]  # bytes kept exactly
    assert after["switches"] == {"rule-2001": False}

    # The bot goes on writing there: new ids do not collide with the copied ones.
    db = await Database.open(postgres_url)
    store = await EventStore.open(db, background=False)
    store.record_shown(PassageShown(GUILD, CHANNEL, ALICE, "p-new", "quote", NOON))
    assert await store.flush() == 1
    assert (await store.passage_activity(GUILD, YEAR, passage_ids=["p-new"]))[0].shown == 1
    await store.close()
    await db.close()

    # And back to a file, for a group that shrinks again.
    back = tmp_path / "back.db"
    assert (
        await asyncio.to_thread(main, ["db", "copy", "--from", postgres_url, "--to", str(back)])
        == 0
    )
    assert (await snapshot(back))["counts"]["discussion_events"] == after["counts"][
        "discussion_events"
    ] + 1


async def test_a_copy_into_a_database_with_data_is_refused_and_changes_nothing(
    tmp_path, postgres_url, capsys
):
    source = tmp_path / "lectern.db"
    await fill(source)
    await fill(postgres_url)
    before = await snapshot(postgres_url)
    status = await asyncio.to_thread(
        main, ["db", "copy", "--from", str(source), "--to", postgres_url]
    )
    captured = capsys.readouterr()
    assert status == 1
    assert "already holds data" in captured.err
    assert "Traceback" not in captured.err + captured.out
    assert await snapshot(postgres_url) == before


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--from", "{tmp}/missing.db"], "there is no database at"),
        (["--from", "{tmp}/lectern.db", "--to-same"], "the same database"),
    ],
)
async def test_a_copy_that_cannot_be_done_says_why(tmp_path, capsys, arguments, message):
    await fill(tmp_path / "lectern.db")
    args = [a.replace("{tmp}", str(tmp_path)) for a in arguments]
    target = args[1] if args[-1] == "--to-same" else str(tmp_path / "new.db")
    status = await asyncio.to_thread(main, ["db", "copy", *args[:2], "--to", target])
    captured = capsys.readouterr()
    assert status == 2  # bad input (README: "Exit status")
    assert message in captured.err
    assert "Traceback" not in captured.err


async def test_every_table_of_the_schema_is_copied(database_target):
    """A table added by a later migration must join DATA_TABLES, or copies would lose it."""
    db = await Database.open(database_target)
    try:
        if db.dialect.name == "sqlite":
            sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
        else:
            sql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        tables = {str(row[0]) for row in await db.fetch_all(sql)}
    finally:
        await db.close()
    bookkeeping = {"schema_migrations", "identify_buckets"}
    assert tables - bookkeeping == set(DATA_TABLES)
