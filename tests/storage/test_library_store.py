"""The library store on both engines: a server's readings are stored whole, read back exactly,
kept apart from every other server's, switched, corrected, removed whole, and survive a restart
and every schema upgrade."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

import bot.storage.library as library_storage
from bot.core.library import (
    CorrectedField,
    Correction,
    NewEntry,
    RemovedReading,
    StoredPassage,
    StoredReading,
    StoredVectors,
)
from bot.storage import DATA_TABLES, Database, available_migrations
from bot.storage.library import LibraryStore, ReadingExistsError

GUILD, OTHER = 1_100_000_000_000_000_001, 2_200_000_000_000_000_002
MODERATOR = 3_300_000_000_000_000_003
AT = datetime(2026, 12, 6, 9, 30, tzinfo=UTC)
CHANGES: tuple[tuple[CorrectedField, str | None, str | None], ...] = (
    ("speaker", "Ada Merrow", "Tobias Renn"),
    ("page", "12", "14-15"),
)
TEXT = (
    "# The Shelf\n\n"
    "Ada Merrow wrote: “A book that never leaves the house has stopped working” (p. 12).\n\n"
    "The keepers argued about trust more than about books, and wrote it all down.\n"
)


def reading(reading_id: str = "k3m7qa", guild: int = GUILD, sha: str = "a" * 64):
    return StoredReading(
        id=reading_id,
        guild_id=guild,
        title="The Shelf",
        author="Jo Pell",
        author_speaker=f"{reading_id}-jo-pell",
        year=2024,
        file_name="shelf.md",
        sha256=sha,
        status="draft",
        added_by=MODERATOR,
        added_at=AT,
    )


def passages(reading_id: str = "k3m7qa"):
    quote = "A book that never leaves the house has stopped working"
    start = TEXT.index(quote)
    commentary = "The keepers argued about trust more than about books, and wrote it all down."
    return [
        StoredPassage(
            id=f"{reading_id}-h2bd",
            position=0,
            kind="heading",
            text="The Shelf",
            start=2,
            end=11,
            speaker=f"{reading_id}-jo-pell",
        ),
        StoredPassage(
            id=f"{reading_id}-q7xa",
            position=1,
            kind="quotation",
            text=quote,
            start=start,
            end=start + len(quote),
            speaker=f"{reading_id}-ada-merrow",
            speaker_name="Ada Merrow",
            page="12",
            attributed_by="lead-in",
            doubt="a page (12) is cited, but no work is named for it",
            removed=((start + 5, start + 6),),
            insertions=((0, 1),),
        ),
        StoredPassage(
            id=f"{reading_id}-c4pp",
            position=2,
            kind="commentary",
            text=commentary,
            start=TEXT.index(commentary),
            end=TEXT.index(commentary) + len(commentary),
            speaker=f"{reading_id}-jo-pell",
        ),
    ]


def entries(reading_id: str = "k3m7qa"):
    return [
        NewEntry("speaker", f"{reading_id}-jo-pell", "Jo Pell"),
        NewEntry("speaker", f"{reading_id}-ada-merrow", "Ada Merrow"),
        NewEntry(
            "work", f"{reading_id}-the-letters", "The Letters", author=f"{reading_id}-ada-merrow"
        ),
    ]


async def add(store: LibraryStore, reading_id: str = "k3m7qa", guild: int = GUILD, sha="a" * 64):
    await store.add(
        reading(reading_id, guild, sha), TEXT, passages(reading_id), entries(reading_id), at=AT
    )


@contextlib.contextmanager
def passages_without_doubts(monkeypatch) -> Iterator[None]:
    """The store writing passages as Lectern did before migration 0011 (no ``doubt``), for
    a database still at an older schema."""
    write = library_storage._passage_values
    with monkeypatch.context() as patched:
        patched.setattr(
            library_storage, "_PASSAGE", library_storage._PASSAGE.removesuffix(", doubt")
        )
        patched.setattr(library_storage, "_passage_values", lambda *args: write(*args)[:-1])
        yield


async def counts(db: Database) -> dict[str, int]:
    return {t: c for t, c in (await db.table_counts()).items() if t.startswith("library_")}


@pytest.fixture
async def store(database_target):
    db = await Database.open(database_target)
    try:
        yield LibraryStore(db)
    finally:
        await db.close()


async def test_a_reading_is_stored_whole_and_read_back_exactly(store):
    await add(store)
    [stored] = await store.readings(GUILD)
    assert stored == replace(reading(), quotations=1, passages=3)
    assert stored.enabled and stored.status == "draft"
    assert await store.passages(GUILD, "k3m7qa") == passages()
    assert sorted(await store.entries(GUILD, "k3m7qa"), key=lambda e: e.id) == sorted(
        entries(), key=lambda e: e.id
    )
    assert await store.id_taken("k3m7qa") and not await store.id_taken("zzzzzz")


async def test_another_server_never_reads_or_changes_a_servers_reading(store):
    await add(store)
    before = await counts(store.database)
    assert await store.readings(OTHER) == []
    assert await store.reading(OTHER, "k3m7qa") is None
    assert await store.passages(OTHER, "k3m7qa") == []
    assert await store.entries(OTHER, "k3m7qa") == []
    assert not await store.publish(OTHER, "k3m7qa", at=AT)
    assert not await store.remove(OTHER, "k3m7qa")
    assert await counts(store.database) == before
    assert (await store.reading(GUILD, "k3m7qa")).status == "draft"


async def test_the_same_file_is_refused_in_one_server_and_accepted_in_another(store):
    await add(store)
    before = await counts(store.database)
    with pytest.raises(ReadingExistsError) as refused:
        await add(store, "b5b5b5")
    assert refused.value.reading_id == "k3m7qa"
    assert await counts(store.database) == before
    await add(store, "c6c6c6", guild=OTHER)
    assert [r.id for r in await store.readings(OTHER)] == ["c6c6c6"]


async def test_only_published_enabled_readings_of_the_server_make_its_view(store):
    await add(store)
    await add(store, "d7d7d7", sha="d" * 64)
    await add(store, "e2e2e2", guild=OTHER)
    assert await store.published(GUILD) == []
    assert await store.customised_guilds() == set()
    assert await store.publish(GUILD, "k3m7qa", at=AT)
    assert not await store.publish(GUILD, "k3m7qa", at=AT)  # already published
    [content] = await store.published(GUILD)
    assert content.reading.id == "k3m7qa" and content.text == TEXT
    assert content.passages == tuple(passages())
    assert {e.id for e in content.entries} == {e.id for e in entries()}
    assert await store.customised_guilds() == {GUILD}

    await store.set_enabled(GUILD, "k3m7qa", "own", False, by=MODERATOR, at=AT)
    assert await store.published(GUILD) == []
    assert not (await store.reading(GUILD, "k3m7qa")).enabled
    await store.set_enabled(GUILD, "k3m7qa", "own", True, by=MODERATOR, at=AT)
    assert [c.reading.id for c in await store.published(GUILD)] == ["k3m7qa"]

    await store.set_enabled(OTHER, "rule-2001", "shipped", False, by=MODERATOR, at=AT)
    assert await store.switches(OTHER) == {"rule-2001": False}
    assert await store.customised_guilds() == {GUILD, OTHER}
    assert await store.published(OTHER) == []


async def test_a_view_rereads_only_the_readings_that_changed_since(store):
    """Which readings a server's view must read again: each published, enabled reading with
    when it last changed (published, corrected), in the view's order; and those alone."""
    await add(store)
    await add(store, "d7d7d7", sha="d" * 64)
    await add(store, "e2e2e2", guild=OTHER)
    assert await store.published_versions(GUILD) == []
    await store.publish(GUILD, "k3m7qa", at=AT)
    await store.publish(GUILD, "d7d7d7", at=AT + timedelta(minutes=1))
    await store.publish(OTHER, "e2e2e2", at=AT)
    versions = await store.published_versions(GUILD)
    assert [reading_id for reading_id, _ in versions] == ["d7d7d7", "k3m7qa"]  # added together
    assert [c.reading.id for c in await store.published(GUILD, ["d7d7d7", "e2e2e2"])] == ["d7d7d7"]
    assert await store.published(GUILD, []) == []
    everything = await store.published(GUILD)
    assert await store.published(GUILD, ["k3m7qa", "d7d7d7"]) == everything

    later = AT + timedelta(hours=1)
    corrected = replace(passages()[1], page="13")
    assert await store.correct("k3m7qa", corrected, entries(), by=MODERATOR, at=later, changes=())
    after = dict(await store.published_versions(GUILD))
    assert after["k3m7qa"] != dict(versions)["k3m7qa"]
    assert after["d7d7d7"] == dict(versions)["d7d7d7"]
    [content] = await store.published(GUILD, ["k3m7qa"])
    assert content.passages[1].page == "13"
    await store.set_enabled(GUILD, "d7d7d7", "own", False, by=MODERATOR, at=later)
    assert [reading_id for reading_id, _ in await store.published_versions(GUILD)] == ["k3m7qa"]


async def test_a_correction_changes_one_passage_and_the_readings_new_entries(store):
    await add(store)
    quotation = passages()[1]
    corrected = replace(
        quotation,
        speaker="k3m7qa-tobias-renn",
        speaker_name="Tobias Renn",
        page="14-15",
        work="k3m7qa-the-letters",
        work_title="The Letters",
    )
    kept = [entries()[0], entries()[2], NewEntry("speaker", "k3m7qa-tobias-renn", "Tobias Renn")]
    assert await store.correct("k3m7qa", corrected, kept, by=MODERATOR, at=AT, changes=CHANGES)
    stored = await store.passages(GUILD, "k3m7qa")
    assert stored == [passages()[0], corrected, passages()[2]]
    assert {e.id for e in await store.entries(GUILD, "k3m7qa")} == {e.id for e in kept}
    assert await store.corrections(GUILD, "k3m7qa") == [
        Correction("k3m7qa-q7xa", MODERATOR, AT, CHANGES)
    ]
    missing = replace(corrected, id="x")
    before = await counts(store.database)
    assert not await store.correct("k3m7qa", missing, [], by=MODERATOR, at=AT, changes=CHANGES)
    assert await counts(store.database) == before  # the entries were not replaced, no audit


async def test_every_correction_is_audited_in_order_and_only_its_server_reads_it(store):
    await add(store)
    quotation = passages()[1]
    later = AT + timedelta(minutes=5)
    first = replace(quotation, page="14")
    second = replace(first, via="k3m7qa-ruth-hollis", via_name="Ruth Hollis")
    assert await store.correct("k3m7qa", first, entries(), by=MODERATOR, at=AT, changes=CHANGES)
    via: tuple[tuple[CorrectedField, str | None, str | None], ...] = (("via", None, "Ruth Hollis"),)
    assert await store.correct("k3m7qa", second, entries(), by=None, at=later, changes=via)
    assert await store.corrections(GUILD, "k3m7qa") == [
        Correction(quotation.id, MODERATOR, AT, CHANGES),
        Correction(quotation.id, None, later, via),
    ]
    assert (await store.passages(GUILD, "k3m7qa"))[1].via_name == "Ruth Hollis"
    assert await store.corrections(OTHER, "k3m7qa") == []


async def test_a_doubtful_attribution_confirmed_as_it_is_is_kept_once_for_its_draft_only(store):
    """ "Looks right" in review: who confirmed a doubted attribution unchanged, and when; only
    a draft's passage with a doubt, only in its own server, only once; nothing else moves."""
    await add(store)
    await add(store, "c6c6c6", guild=OTHER)
    quotation = passages()[1]  # the one with a doubt
    before = await store.passages(GUILD, "k3m7qa")
    assert await store.checks(GUILD, "k3m7qa") == {}
    assert not await store.confirm(OTHER, "k3m7qa", quotation.id, by=MODERATOR, at=AT)
    assert not await store.confirm(GUILD, "k3m7qa", passages()[2].id, by=MODERATOR, at=AT)
    assert not await store.confirm(GUILD, "k3m7qa", "k3m7qa-none", by=MODERATOR, at=AT)
    assert await store.checks(GUILD, "k3m7qa") == {}

    assert await store.confirm(GUILD, "k3m7qa", quotation.id, by=MODERATOR, at=AT)
    assert await store.checks(GUILD, "k3m7qa") == {quotation.id: (MODERATOR, AT)}
    assert await store.checks(OTHER, "k3m7qa") == {}
    # A second moderator pressing too changes nothing: the first confirmation stands.
    later = AT + timedelta(minutes=1)
    assert not await store.confirm(GUILD, "k3m7qa", quotation.id, by=MODERATOR + 1, at=later)
    assert await store.checks(GUILD, "k3m7qa") == {quotation.id: (MODERATOR, AT)}
    assert await store.passages(GUILD, "k3m7qa") == before  # the attribution is unchanged
    assert await store.corrections(GUILD, "k3m7qa") == []

    # Published (or removed) meanwhile: a confirmation is refused and changes nothing.
    await add(store, "d7d7d7", sha="d" * 64)
    assert await store.publish(GUILD, "d7d7d7", at=AT)
    assert not await store.confirm(GUILD, "d7d7d7", passages("d7d7d7")[1].id, by=MODERATOR, at=AT)
    assert await store.checks(GUILD, "d7d7d7") == {}
    assert await store.remove(GUILD, "k3m7qa")
    assert not await store.confirm(GUILD, "k3m7qa", quotation.id, by=MODERATOR, at=later)
    assert await store.checks(GUILD, "k3m7qa") == {}


async def test_a_confirmation_survives_closing_and_reopening_the_database(database_target):
    db = await Database.open(database_target)
    try:
        await add(LibraryStore(db))
        assert await LibraryStore(db).confirm(
            GUILD, "k3m7qa", passages()[1].id, by=MODERATOR, at=AT
        )
    finally:
        await db.close()
    db = await Database.open(database_target)
    try:
        assert await LibraryStore(db).checks(GUILD, "k3m7qa") == {passages()[1].id: (MODERATOR, AT)}
    finally:
        await db.close()


async def test_removing_a_reading_deletes_its_passages_entries_audit_vectors_and_switch(store):
    await add(store)
    await add(store, "f3f3f3", sha="f" * 64)
    fixed = replace(passages()[1], page="13")
    assert await store.correct("k3m7qa", fixed, entries(), by=MODERATOR, at=AT, changes=CHANGES)
    for reading_id in ("k3m7qa", "f3f3f3"):
        vectors = StoredVectors(reading_id, "model", "float16", 2, 1, b"k" * 16, bytes(4))
        assert await store.keep_vectors(vectors, at=AT)
    await store.set_enabled(GUILD, "k3m7qa", "own", False, by=MODERATOR, at=AT)
    await store.set_enabled(GUILD, "rule-2001", "shipped", False, by=MODERATOR, at=AT)
    assert await store.remove(GUILD, "k3m7qa")
    assert await store.reading(GUILD, "k3m7qa") is None
    assert await store.passages(GUILD, "k3m7qa") == []
    assert await counts(store.database) == {
        "library_readings": 1,
        "library_passages": 3,
        "library_entries": 3,
        "library_switches": 1,
        "library_corrections": 0,
        "library_vectors": 1,
        "library_removals": 1,  # what was removed, by whom: see the next test
    }
    assert await store.switches(GUILD) == {"rule-2001": False}
    assert not await store.remove(GUILD, "k3m7qa")


async def test_who_published_and_who_removed_a_reading_is_kept_and_only_its_server_reads_it(
    store,
):
    await add(store)
    await add(store, "f3f3f3", sha="f" * 64)
    other_moderator = MODERATOR + 1
    assert await store.publish(GUILD, "k3m7qa", at=AT, by=other_moderator)
    published = await store.reading(GUILD, "k3m7qa")
    assert (published.published_by, published.published_at) == (other_moderator, AT)
    draft = await store.reading(GUILD, "f3f3f3")
    assert (draft.published_by, draft.published_at) == (None, None)
    assert await store.removals(GUILD) == []

    later = AT + timedelta(hours=2)
    assert await store.remove(GUILD, "k3m7qa", by=MODERATOR, at=later)
    assert await store.remove(GUILD, "f3f3f3", by=None, at=later + timedelta(minutes=1))
    assert await store.removals(GUILD) == [  # the latest first
        RemovedReading(
            "f3f3f3", "The Shelf", "Jo Pell", "draft", 3, None, later + timedelta(minutes=1)
        ),
        RemovedReading("k3m7qa", "The Shelf", "Jo Pell", "published", 3, MODERATOR, later),
    ]
    assert await store.removals(GUILD, limit=1) == (await store.removals(GUILD))[:1]
    assert await store.removals(OTHER) == []
    # Another server cannot remove it, and nothing is recorded for trying.
    await add(store, "c6c6c6", guild=OTHER)
    assert not await store.remove(GUILD, "c6c6c6", by=MODERATOR, at=later)
    assert [r.id for r in await store.removals(GUILD)] == ["f3f3f3", "k3m7qa"]
    assert await store.removals(OTHER) == []
    # The same file added again after its removal is removed again: both are kept.
    await add(store)
    assert await store.remove(GUILD, "k3m7qa", by=MODERATOR, at=later + timedelta(days=1))
    assert [r.id for r in await store.removals(GUILD)] == ["k3m7qa", "f3f3f3", "k3m7qa"]


async def test_the_library_survives_closing_and_reopening_the_database(database_target):
    db = await Database.open(database_target)
    await add(LibraryStore(db))
    await LibraryStore(db).publish(GUILD, "k3m7qa", at=AT)
    await db.close()
    db = await Database.open(database_target)
    try:
        [content] = await LibraryStore(db).published(GUILD)
        assert content.text == TEXT and content.passages == tuple(passages())
    finally:
        await db.close()


def test_every_library_table_is_copied_by_lectern_db_copy():
    library = {"library_readings", "library_passages", "library_entries", "library_switches"}
    assert library | {"library_corrections", "library_removals"} <= set(DATA_TABLES)


@pytest.mark.parametrize("version", [0] + [m.version for m in available_migrations()])
async def test_a_library_works_after_upgrading_from_every_older_schema(database_target, version):
    db = await Database.open(database_target, migrate=False)
    await db.migrate(up_to=version)
    await db.close()
    db = await Database.open(database_target)
    try:
        store = LibraryStore(db)
        await add(store)
        assert await store.publish(GUILD, "k3m7qa", at=AT)
        assert [c.reading.id for c in await store.published(GUILD)] == ["k3m7qa"]
        # The review audit and the kept vectors (migrations 0008 and 0009) work too.
        fixed = replace(passages()[1], page="13")
        assert await store.correct("k3m7qa", fixed, entries(), by=MODERATOR, at=AT, changes=CHANGES)
        assert [c.by for c in await store.corrections(GUILD, "k3m7qa")] == [MODERATOR]
        vectors = StoredVectors("k3m7qa", "model", "float16", 2, 1, b"k" * 16, bytes(4))
        assert await store.keep_vectors(vectors, at=AT)
        assert await store.vectors(GUILD, ["k3m7qa"]) == [vectors]
        # Who published and who removed it (migration 0010).
        assert (await store.reading(GUILD, "k3m7qa")).published_by is None
        await add(store, "f3f3f3", sha="f" * 64)
        assert await store.publish(GUILD, "f3f3f3", at=AT, by=MODERATOR)
        assert (await store.reading(GUILD, "f3f3f3")).published_by == MODERATOR
        assert await store.remove(GUILD, "f3f3f3", by=MODERATOR, at=AT)
        assert [(r.id, r.removed_by) for r in await store.removals(GUILD)] == [
            ("f3f3f3", MODERATOR)
        ]
        # "Looks right" on a draft's doubtful attribution (migration 0012).
        await add(store, "d7d7d7", sha="d" * 64)
        doubted = passages("d7d7d7")[1].id
        assert await store.confirm(GUILD, "d7d7d7", doubted, by=MODERATOR, at=AT)
        assert await store.checks(GUILD, "d7d7d7") == {doubted: (MODERATOR, AT)}
    finally:
        await db.close()


async def test_a_reading_published_before_who_was_kept_stays_published_by_nobody_named(
    database_target, monkeypatch
):
    """An older Lectern kept when a reading was published, not who: the upgrade keeps the
    reading and its time and names nobody (never the moderator who added it)."""
    db = await Database.open(database_target, migrate=False)
    await db.migrate(up_to=9)
    try:
        with passages_without_doubts(monkeypatch):
            await add(LibraryStore(db))
        await db.execute(
            "UPDATE library_readings SET status = 'published', published_at = ? WHERE id = ?",
            (AT.isoformat(), "k3m7qa"),
        )
    finally:
        await db.close()
    db = await Database.open(database_target)
    try:
        store = LibraryStore(db)
        upgraded = await store.reading(GUILD, "k3m7qa")
        assert (upgraded.status, upgraded.published_at, upgraded.published_by) == (
            "published",
            AT,
            None,
        )
        assert [c.reading.id for c in await store.published(GUILD)] == ["k3m7qa"]
        assert await store.removals(GUILD) == []
    finally:
        await db.close()


async def test_corrections_made_before_the_audit_are_kept_by_the_upgrade(
    database_target, monkeypatch
):
    """A correction an older Lectern made (it kept only the passage's last correction time)
    becomes the passage's first audited correction: when, with who and what unknown."""
    db = await Database.open(database_target, migrate=False)
    await db.migrate(up_to=7)
    try:
        with passages_without_doubts(monkeypatch):
            await add(LibraryStore(db))
        await db.execute(
            "UPDATE library_passages SET speaker_name = ?, corrected_at = ? WHERE passage_id = ?",
            ("Tobias Renn", AT.isoformat(), "k3m7qa-q7xa"),
        )
    finally:
        await db.close()
    db = await Database.open(database_target)
    try:
        store = LibraryStore(db)
        assert await store.corrections(GUILD, "k3m7qa") == [Correction("k3m7qa-q7xa", None, AT, ())]
        # and the next correction is numbered after it
        later = AT + timedelta(hours=1)
        fixed = replace(passages()[1], page="13")
        assert await store.correct(
            "k3m7qa", fixed, entries(), by=MODERATOR, at=later, changes=(("page", "12", "13"),)
        )
        assert [c.at for c in await store.corrections(GUILD, "k3m7qa")] == [AT, later]
        assert await store.remove(GUILD, "k3m7qa")
        assert (await counts(db))["library_corrections"] == 0
    finally:
        await db.close()


async def test_a_readings_vectors_are_kept_replaced_and_removed_with_it(store):
    await add(store)
    first = StoredVectors("k3m7qa", "model-a", "float16", 2, 2, b"k" * 32, bytes(range(8)))
    assert await store.keep_vectors(first, at=AT)
    assert await store.vectors(GUILD, ["k3m7qa", "zzzzzz"]) == [first]
    assert await store.vectors(OTHER, ["k3m7qa"]) == []  # never another server's
    second = replace(first, model="model-b", vectors=bytes(range(8, 16)))
    assert await store.keep_vectors(second, at=AT)
    assert await store.vectors(GUILD, ["k3m7qa"]) == [second]
    # A reading removed meanwhile keeps nothing.
    assert await store.remove(GUILD, "k3m7qa")
    assert (await counts(store.database))["library_vectors"] == 0
    assert not await store.keep_vectors(first, at=AT)
    assert (await counts(store.database))["library_vectors"] == 0


async def test_a_draft_reviewed_before_confirmations_can_be_confirmed_after_the_upgrade(
    database_target,
):
    """A draft stored by the previous schema (0011: doubts, no confirmations) keeps its
    doubts as to check, and a moderator can confirm one after the upgrade."""
    db = await Database.open(database_target, migrate=False)
    await db.migrate(up_to=11)
    try:
        await add(LibraryStore(db))
    finally:
        await db.close()
    db = await Database.open(database_target)
    try:
        store = LibraryStore(db)
        [doubted] = [p for p in await store.passages(GUILD, "k3m7qa") if p.doubt]
        assert await store.checks(GUILD, "k3m7qa") == {}
        assert await store.confirm(GUILD, "k3m7qa", doubted.id, by=MODERATOR, at=AT)
        assert await store.checks(GUILD, "k3m7qa") == {doubted.id: (MODERATOR, AT)}
    finally:
        await db.close()


async def test_readings_from_one_kind_of_file_are_read_across_servers_with_their_text(store):
    """The operator's check of Markdown readings (``lectern library markdown``) reads every
    server's readings from .md files, whatever the case of the name, and only those."""
    await store.add(replace(reading(), file_name="shelf.MD"), TEXT, [], [], at=AT)
    await store.add(reading("c6c6c6", OTHER, sha="c" * 64), "# Other\n", [], [], at=AT)
    await store.add(
        replace(reading("d7d7d7", sha="d" * 64), file_name="shelf.txt"), TEXT, [], [], at=AT
    )
    found = await store.readings_from(".md")
    assert [(r.guild_id, r.id, text) for r, text in found] == [
        (GUILD, "k3m7qa", TEXT),
        (OTHER, "c6c6c6", "# Other\n"),
    ]
