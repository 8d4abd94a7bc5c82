"""The discussion log on both real engines (a SQLite file, a PostgreSQL database):
migrations, batching, privacy, retention."""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.core.events import PassageShown
from bot.core.stats import Period
from bot.storage import Database, available_migrations
from bot.storage.events import EventStore
from tests.fixtures.stats import CHANNEL, GUILD, NOON, posted_event, shown_event
from tests.fixtures.waiting import eventually

PERIOD = Period(date(2026, 3, 1), date(2026, 3, 31))
ALICE, BOB, CAROL = 1001, 1002, 1003
POST_MESSAGE, THREAD = 5001, 5002


def posted(at=NOON, passage="marx-force", message=POST_MESSAGE, thread=THREAD):
    return posted_event(ALICE, passage, at, message, thread)


def shown(user=ALICE, passage="marx-change", at=NOON):
    return shown_event(user, passage, at)


@pytest.fixture
async def database(database_target):
    db = await Database.open(database_target)
    yield db
    await db.close()


@pytest.fixture
async def store(database):
    events = await EventStore.open(database, background=False)
    yield events
    await events.close()


async def by_passage(store, period=PERIOD):
    return {a.passage_id: a for a in await store.passage_activity(GUILD, period)}


async def test_a_discussion_is_counted_per_passage(store):
    await store.record_posted(posted())
    for user in (ALICE, BOB, BOB, CAROL):
        assert store.record_thread_message(THREAD, user, NOON + timedelta(minutes=5))
    assert store.record_reply(POST_MESSAGE, CHANNEL, CAROL, NOON + timedelta(minutes=6))
    assert store.record_reaction(POST_MESSAGE, BOB, NOON + timedelta(minutes=7))
    assert store.record_reaction(POST_MESSAGE, CAROL, NOON + timedelta(minutes=8))
    store.record_shown(shown())
    # Messages elsewhere are not discussion of a passage.
    assert not store.record_thread_message(9999, ALICE, NOON)
    assert not store.record_reaction(9999, ALICE, NOON)

    activity = await by_passage(store)
    force = activity["marx-force"]
    # The thread Lectern opened with the post is not counted: only what members did in it.
    assert (force.posts, force.threads, force.messages, force.reactions) == (1, 0, 5, 2)
    assert force.participants == 3  # Alice, Bob and Carol wrote or reacted
    assert force.shown == 0
    assert force.first_at == NOON
    assert force.last_at == NOON + timedelta(minutes=8)
    assert activity["marx-change"].shown == 1
    assert activity["marx-change"].participants == 0  # being shown a passage is not taking part


async def test_the_top_counts_participants_wherever_they_can_decide_the_ranking(store):
    """/stats top counts participants only for passages that can make its list, ties with
    the last place included (participants break ties): its figures are the full counts."""
    threads = {"p-wide": 7001, "p-narrow": 7002, "p-quiet": 7003}
    for n, (passage, thread) in enumerate(threads.items()):
        await store.record_posted(posted(passage=passage, message=6001 + n, thread=thread))
    for user in (ALICE, BOB, CAROL):  # three members, three messages
        store.record_thread_message(threads["p-wide"], user, NOON)
    for minute in range(3):  # as much discussion, by one member
        store.record_thread_message(threads["p-narrow"], BOB, NOON + timedelta(minutes=minute))
    store.record_thread_message(threads["p-quiet"], CAROL, NOON)
    full = await by_passage(store)

    top = {
        a.passage_id: a for a in await store.passage_activity(GUILD, PERIOD, participants_of_top=1)
    }
    # Either of the two tied passages could be first: both are counted in full.
    assert top["p-wide"] == full["p-wide"] and top["p-wide"].participants == 3
    assert top["p-narrow"] == full["p-narrow"] and top["p-narrow"].participants == 1
    assert top["p-quiet"].discussion == full["p-quiet"].discussion == 1
    # With room for all three, all three are counted.
    every = await store.passage_activity(GUILD, PERIOD, participants_of_top=3)
    assert {a.passage_id: a for a in every} == full


async def test_any_period_counts_exactly_its_own_days(store):
    """Long periods read whole 16-day spans and only their end days one by one: whatever the
    period's ends, it counts the messages of its days and no other."""
    start = NOON - timedelta(days=80)
    await store.record_posted(posted(at=start))
    for day in range(80):
        for minute in range(day % 3 + 1):
            at = start + timedelta(days=day, minutes=minute)
            store.record_thread_message(THREAD, (ALICE, BOB, CAROL)[minute], at)
    await store.flush()
    for first, last in [(0, 79), (1, 78), (5, 20), (15, 16), (16, 47), (31, 31), (3, 70)]:
        period = Period(
            (start + timedelta(days=first)).date(), (start + timedelta(days=last)).date()
        )
        force = (await by_passage(store, period))["marx-force"]
        assert force.messages == sum(day % 3 + 1 for day in range(first, last + 1)), period
        assert force.first_at == start + timedelta(days=first)
        assert force.participants == min(3, max(day % 3 + 1 for day in range(first, last + 1)))


async def test_distinct_participants_are_distinct_across_days(store):
    await store.record_posted(posted())
    for day in range(3):
        store.record_thread_message(THREAD, BOB, NOON + timedelta(days=day))
    await store.flush()
    store.record_thread_message(THREAD, BOB, NOON + timedelta(days=3))
    activity = await by_passage(store)
    assert activity["marx-force"].messages == 4
    assert activity["marx-force"].participants == 1  # Bob wrote; Alice only posted


async def test_period_bounds_are_whole_utc_days(store):
    await store.record_posted(posted())
    store.record_thread_message(THREAD, BOB, NOON + timedelta(days=1))
    one_day = Period(NOON.date(), NOON.date())
    assert (await by_passage(store, one_day))["marx-force"].messages == 0
    next_day = Period(NOON.date() + timedelta(days=1), NOON.date() + timedelta(days=1))
    only = await by_passage(store, next_day)
    assert only["marx-force"].messages == 1
    assert only["marx-force"].posts == 0


async def test_other_guilds_and_direct_messages_are_kept_apart(store):
    store.record_shown(shown())
    store.record_shown(
        PassageShown(
            guild_id=None,
            channel_id=1,
            user_id=ALICE,
            passage_id="marx-change",
            command="quote",
            at=NOON,
        )
    )
    store.record_shown(
        PassageShown(
            guild_id=GUILD + 1,
            channel_id=1,
            user_id=ALICE,
            passage_id="marx-change",
            command="quote",
            at=NOON,
        )
    )
    assert (await by_passage(store))["marx-change"].shown == 1


async def test_events_wait_in_memory_until_a_flush(database, store):
    store.record_shown(shown())
    assert await store.event_count() == 0
    assert await store.flush() == 1
    assert await store.event_count() == 1


async def test_close_flushes_the_pending_batch(database_target):
    db = await Database.open(database_target)
    store = await EventStore.open(db, flush_interval=3600)
    for user in range(50):
        store.record_shown(shown(user=user))
    await store.close()
    await db.close()
    db = await Database.open(database_target)
    assert await db.fetch_value("SELECT COUNT(*) FROM discussion_events") == 50
    await db.close()


async def test_a_full_batch_is_written_by_the_background_task(database):

    store = await EventStore.open(database, flush_interval=3600, max_batch=10)
    try:
        for user in range(10):
            store.record_shown(shown(user=user))
        await eventually(lambda: store.committed, what="the full batch to be written")
        assert store.committed == 10
        assert await store.event_count() == 10
    finally:
        await store.close()


async def test_members_are_stored_only_as_a_keyed_hash(tmp_path):
    """(SQLite only: the raw file is searched for the member id, in text and as SQLite's 8-byte
    integer, so the id is a real Discord snowflake: a short one such as 1001 can occur in any
    file's bytes by chance.)"""
    member = 412_398_765_432_109_876
    path = tmp_path / "lectern.db"
    db = await Database.open(path)
    store = await EventStore.open(db, background=False)
    store.record_shown(shown(user=member))
    await store.close()
    first_hash = store.member_hash(member)
    await db.close()

    raw = path.read_bytes() + (
        path.with_name(path.name + "-wal").read_bytes()
        if path.with_name(path.name + "-wal").exists()
        else b""
    )
    assert str(member).encode() not in raw
    assert member.to_bytes(8, "big") not in raw
    with sqlite3.connect(path) as conn:
        stored = conn.execute("SELECT member_hash FROM discussion_events").fetchone()[0]
    assert stored == first_hash
    assert len(stored) == 16

    # The secret is made once per installation: reopening gives the same hash,
    # another installation a different one.
    db = await Database.open(path)
    again = await EventStore.open(db, background=False)
    assert again.member_hash(member) == first_hash
    await again.close()
    await db.close()
    other_db = await Database.open(tmp_path / "other.db")
    other = await EventStore.open(other_db, background=False)
    assert other.member_hash(member) != first_hash
    await other.close()
    await other_db.close()


async def test_opt_out_anonymises_past_events_and_unlinks_new_ones(database, store):
    await store.record_posted(posted())
    store.record_thread_message(THREAD, BOB, NOON)
    await store.flush()
    store.record_thread_message(THREAD, BOB, NOON + timedelta(minutes=1))  # still pending

    anonymised = await store.opt_out(BOB, at=NOON)
    assert anonymised == 1  # the stored one; the pending one is unlinked when written
    assert await store.is_opted_out(BOB)
    store.record_reaction(POST_MESSAGE, BOB, NOON + timedelta(minutes=2))
    await store.flush()

    bob = store.member_hash(BOB)
    for table in ("discussion_events", "discussion_member_days"):
        count = f"SELECT COUNT(*) FROM {table} WHERE member_hash = ?"
        assert await database.fetch_value(count, (bob,)) == 0
    force = (await by_passage(store))["marx-force"]
    assert force.messages == 2 and force.reactions == 1  # still counted...
    assert force.participants == 0  # ...but not linked to Bob, the only one who wrote

    assert await store.opt_in(BOB)
    assert not await store.opt_in(BOB)
    store.record_thread_message(THREAD, BOB, NOON + timedelta(minutes=3))
    assert (await by_passage(store))["marx-force"].participants == 1  # Bob, linked again


async def test_opt_out_survives_a_restart(database_target):
    path = database_target
    db = await Database.open(path)
    store = await EventStore.open(db, background=False)
    await store.opt_out(CAROL, at=NOON)
    await store.close()
    await db.close()
    db = await Database.open(path)
    store = await EventStore.open(db, background=False)
    assert await store.is_opted_out(CAROL)
    store.record_shown(shown(user=CAROL))
    assert (await by_passage(store))["marx-change"].participants == 0
    await store.close()
    await db.close()


async def test_passage_links_survive_a_restart(database_target):
    path = database_target
    db = await Database.open(path)
    store = await EventStore.open(db, background=False)
    await store.record_posted(posted())
    await store.close()
    await db.close()
    db = await Database.open(path)
    store = await EventStore.open(db, background=False)
    assert store.passage_of_message(POST_MESSAGE).passage_id == "marx-force"
    assert store.passage_of_thread(THREAD).passage_id == "marx-force"
    assert store.record_reaction(POST_MESSAGE, BOB, NOON)
    await store.close()
    await db.close()


async def test_a_thread_opened_by_a_member_on_a_posted_passage_counts(store):
    await store.record_posted(posted(thread=None))
    assert not await store.record_thread_opened(
        thread_id=7777, message_id=1234, user_id=BOB, at=NOON
    )
    assert await store.record_thread_opened(
        thread_id=POST_MESSAGE, message_id=POST_MESSAGE, user_id=BOB, at=NOON
    )
    assert store.record_thread_message(POST_MESSAGE, CAROL, NOON)
    force = (await by_passage(store))["marx-force"]
    assert (force.posts, force.threads, force.messages) == (1, 1, 1)


async def test_retention_prunes_raw_events_but_keeps_daily_counts(database, store):
    old = NOON - timedelta(days=400)
    await store.record_posted(posted(at=old))
    store.record_thread_message(THREAD, BOB, old)
    store.record_thread_message(THREAD, BOB, old + timedelta(days=1))
    store.record_thread_message(THREAD, CAROL, NOON)
    await store.flush()

    result = await store.prune(NOON - timedelta(days=365))
    assert result.events_deleted == 3  # the post and two old messages
    assert await store.event_count() == 1

    everything = Period(date(2024, 1, 1), date(2026, 12, 31))
    force = (await by_passage(store, everything))["marx-force"]
    assert (force.posts, force.threads, force.messages) == (1, 0, 3)
    # Pruned days keep their own distinct counts (Bob, then Bob again), added up; the
    # retained day is still counted exactly (Carol).
    assert force.participants == 3
    assert force.first_at == old
    # Pruning again finds nothing more.
    assert (await store.prune(NOON - timedelta(days=365))).events_deleted == 0


async def test_migrations_apply_to_an_empty_database(database_target):
    db = await Database.open(database_target)
    try:
        shipped = available_migrations(db.dialect.name)
        assert await db.applied_versions() == [m.version for m in shipped]
        await db.check_writable()
        if db.dialect.name == "sqlite":
            assert await db.integrity_check() == "ok"
            assert await db.fetch_value("PRAGMA journal_mode") == "wal"
    finally:
        await db.close()


def test_both_backends_ship_the_same_migration_numbers():
    sqlite = [m.version for m in available_migrations("sqlite")]
    assert sqlite == [m.version for m in available_migrations("postgresql")]
    assert sqlite == list(range(1, len(sqlite) + 1))


async def _seed_version_1(db):
    """What a database written by the 0001 schema holds after a discussion on NOON's day."""
    day = int(NOON.timestamp()) // 86_400
    at = int(NOON.timestamp())
    bob = b"b" * 16
    carol = hmac.new(b"s" * 32, str(CAROL).encode(), hashlib.sha256).digest()[:16]
    async with db.transaction() as conn:
        await conn.execute("INSERT INTO stats_secret VALUES (1, ?, '2026-01-01')", (b"s" * 32,))
        await conn.execute(
            "INSERT INTO passage_messages VALUES (?, 'thread', ?, ?, 'marx-force', ?)",
            (THREAD, GUILD, THREAD, at),
        )
        await conn.executemany(
            "INSERT INTO discussion_events (guild_id, channel_id, passage_id, kind, member_hash,"
            " at) VALUES (?, ?, 'marx-force', 'message', ?, ?)",
            [(GUILD, THREAD, bob, at), (GUILD, THREAD, carol, at + 86_400)],
        )
        await conn.executemany(
            "INSERT INTO discussion_daily (guild_id, day, passage_id, messages, participants,"
            " first_at, last_at) VALUES (?, ?, 'marx-force', 1, 1, ?, ?)",
            [(GUILD, day, at, at), (GUILD, day + 1, at + 86_400, at + 86_400)],
        )
        await conn.executemany(
            "INSERT INTO discussion_daily_members VALUES (?, 'marx-force', ?, ?)",
            [(GUILD, day, bob), (GUILD, day + 1, carol), (GUILD, day + 1, bob)],
        )


SEEDS = {1: _seed_version_1}


@pytest.mark.parametrize("version", [0] + [m.version for m in available_migrations()])
async def test_migrations_apply_from_every_older_schema(database_target, version):
    """Each schema the bot has shipped, with data in it, upgrades to the current one."""
    path = database_target
    db = await Database.open(path, migrate=False)
    await db.migrate(up_to=version)
    seeded = version if version in SEEDS else None
    if seeded is not None:
        await SEEDS[seeded](db)
    await db.close()

    db = await Database.open(path)
    try:
        shipped = available_migrations(db.dialect.name)
        assert await db.applied_versions() == [m.version for m in shipped]
        store = await EventStore.open(db, background=False)
        store.record_thread_message(THREAD, CAROL, NOON)
        force = (await by_passage(store)).get("marx-force")
        if seeded == 1:
            # The old rows still count: 2 messages + Carol's new one (the same member, by the
            # installation's secret); Bob and Carol took part.
            assert force is not None
            assert (force.messages, force.participants) == (3, 2)
            # Also over years, read from the 16-day spans the old days were summed into.
            years = Period(date(2024, 1, 1), date(2026, 12, 31))
            assert (await by_passage(store, years))["marx-force"] == force
        elif version == 0:
            assert force is None  # no post was ever linked, so nothing counts
        await store.close()
        if db.dialect.name == "sqlite":
            assert await db.integrity_check() == "ok"
    finally:
        await db.close()


async def test_an_opt_out_through_another_store_unlinks_events_already_queued(database, store):
    """The privacy cog and the CLI hold their own store over the same database."""
    privacy = await EventStore.open(database, background=False)
    await store.record_posted(posted())
    store.record_thread_message(THREAD, BOB, NOON)  # queued in the logging store
    await privacy.opt_out(BOB, at=NOON)
    store.record_reaction(POST_MESSAGE, BOB, NOON)
    await store.flush()
    bob = store.member_hash(BOB)
    count = "SELECT COUNT(*) FROM discussion_events WHERE member_hash = ?"
    assert await database.fetch_value(count, (bob,)) == 0
    force = (await by_passage(store))["marx-force"]
    assert (force.messages, force.reactions, force.participants) == (1, 1, 0)
    await privacy.close()


def test_day_masks_select_exactly_the_days_of_a_period():
    from bot.storage.events import BLOCK_DAYS, _block_masks, _day_bit

    for first, last in [(0, 0), (20_000, 20_029), (20_400, 20_900), (365, 366), (60, 61)]:
        masks = _block_masks(first, last)
        selected = set()
        for day in range(first - 400, last + 400):
            block, word, bit = _day_bit(day)
            if block in masks and masks[block][word] & bit:
                selected.add(day)
        assert selected == set(range(first, last + 1))
        assert all(0 <= word < 2**63 for words in masks.values() for word in words)
    assert BLOCK_DAYS == 366


async def test_participants_are_distinct_across_the_bitmap_blocks(store):
    boundary = 366 * 56  # a day number where one storage block ends and the next begins
    day_start = datetime.fromtimestamp(boundary * 86_400, UTC) + timedelta(hours=12)
    await store.record_posted(posted(at=day_start - timedelta(days=1)))
    store.record_thread_message(THREAD, BOB, day_start - timedelta(days=1))
    store.record_thread_message(THREAD, BOB, day_start)
    store.record_thread_message(THREAD, CAROL, day_start + timedelta(days=100))
    both = Period(day_start.date() - timedelta(days=10), day_start.date() + timedelta(days=200))
    force = (await by_passage(store, both))["marx-force"]
    assert (force.messages, force.participants) == (3, 2)  # Bob and Carol wrote
    # /stats top counts its passages one by one: the same answer.
    [top] = await store.passage_activity(GUILD, both, participants_of_top=1)
    assert top == force
    first_day_only = Period(day_start.date(), day_start.date())
    assert (await by_passage(store, first_day_only))["marx-force"].participants == 1
