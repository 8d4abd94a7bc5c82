"""Servers' views composed of index segments kept in folders (as ``lectern run`` keeps them in
its cache): the shipped corpus's index shared by every server, one segment per published
reading. The same answers as one index over the server's corpus; a change builds or drops the
changed reading's segment only; a restart opens the segments instead of building them; a
damaged one is built again; views of the layout before segments are removed; never another
server's readings; in memory when the folder cannot be written."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from bot.core.library import GuildView
from bot.core.search import SearchIndex
from bot.core.segments import SegmentedIndex
from bot.libraries import LibraryLimits, StoredLibraries
from bot.storage import Database
from bot.storage.index_folders import library_index, remove_library_index
from bot.storage.search_store import DiskIndex
from tests.fixtures.library_files import publish_shelf
from tests.fixtures.readings import READINGS

SERVER_A, SERVER_B = 1_000_000_000_000_000_001, 2_000_000_000_000_000_002
SERVER_C = 3_000_000_000_000_000_003
SHELF_WORDS = "the shelf belongs to the parish"
QUERIES = (SHELF_WORDS, "kettle", "who keeps the key of the shelf", "worst enemies of progress")


@pytest.fixture
def shipped(sample_corpus, sample_index) -> GuildView:
    return GuildView(sample_corpus, sample_index)


def libraries_over(
    database: Database, shipped: GuildView, folder: Path | None, **options: float
) -> StoredLibraries:
    return StoredLibraries(
        database, shipped, limits=LibraryLimits(), index_folder=folder, **options
    )


def answers(index: SearchIndex) -> list[list[tuple[str, tuple[tuple[int, int], ...]]]]:
    return [[(h.passage.id, h.spans) for h in index.search(q)] for q in QUERIES]


def nothing_lost(view: GuildView, single: SearchIndex) -> bool:
    """The view finds the best passage one index over its corpus finds, and every one of
    that index's best five among its ten (each segment gathers its own candidates, so it may
    find more; a query word's related words are the nearest of each segment's words)."""
    for query in QUERIES:
        mine = [hit.passage.id for hit in view.index.search(query)]
        theirs = [hit.passage.id for hit in single.search(query)]
        if mine[:1] != theirs[:1] or not set(theirs[:5]) <= set(mine):
            return False
    return True


def segments(view: GuildView) -> list[SearchIndex]:
    assert isinstance(view.index, SegmentedIndex)
    return [segment.index for segment in view.index.segments]


def folder_of(index: SearchIndex) -> Path:
    assert isinstance(index, DiskIndex)
    return index.folder


def built_at(folder: Path) -> int:
    return (folder / "passages.sqlite").stat().st_mtime_ns


def segment_folders(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("*/*/*") if p.is_dir() and not p.name.startswith("."))


async def add_mill(libraries: StoredLibraries, guild: int) -> str:
    """A second reading (a plain-text essay), added and published: its id."""
    entry = await libraries.add(
        guild,
        file_name="mill.txt",
        data=(READINGS / "fenwick-mill.txt").read_bytes(),
        title="Fenwick Mill",
        author="R. Hale",
        year=2023,
        added_by=42,
    )
    await libraries.publish(guild, entry.id)
    return entry.id


async def test_a_view_reads_the_shared_shipped_index_and_its_readings_segment_after_a_restart(
    tmp_path, shipped
):
    root = tmp_path / "indexes"
    database = await Database.open(tmp_path / "lectern.db")
    try:
        libraries = libraries_over(database, shipped, root)
        reading = (await publish_shelf(libraries, SERVER_A)).id
        view = await libraries.view(SERVER_A)
        shipped_part, own = segments(view)
        assert shipped_part is shipped.index  # shared, not indexed again for the server
        assert folder_of(own).parent == root / "readings" / reading
        assert view.index.search(SHELF_WORDS)[0].passage.source == reading
        other = await libraries.view(SERVER_B)
        assert reading not in [h.passage.source for h in other.index.search(SHELF_WORDS)]
        # The same answers, highlights and passages as one index over the server's corpus.
        single = SearchIndex(view.corpus, sentence_meaning=False)
        assert answers(view.index) == answers(single)
        in_memory = await libraries_over(database, shipped, None).view(SERVER_A)
        assert not isinstance(segments(in_memory)[1], DiskIndex)
        assert answers(in_memory.index) == answers(single)
        shown = view.index.search(SHELF_WORDS)[0].passage
        assert view.corpus.get(shown.id) == shown == single.get(shown.id)
        built = built_at(folder_of(own))
        await libraries.close()

        restarted = libraries_over(database, shipped, root)
        again = await restarted.view(SERVER_A)
        assert folder_of(segments(again)[1]) == folder_of(own)
        assert built_at(folder_of(own)) == built  # opened, not built again
        assert answers(again.index) == answers(single)
        await restarted.close()
    finally:
        await database.close()


async def test_a_change_builds_or_drops_the_changed_readings_segment_only(tmp_path, shipped):
    root = tmp_path / "indexes"
    database = await Database.open(tmp_path / "lectern.db")
    try:
        libraries = libraries_over(database, shipped, root, keep_replaced_seconds=0)
        shelf = (await publish_shelf(libraries, SERVER_A)).id
        shelf_segment = segments(await libraries.view(SERVER_A))[1]
        built = built_at(folder_of(shelf_segment))

        mill = await add_mill(libraries, SERVER_A)
        view = await libraries.view(SERVER_A)
        _, kept, mill_segment = segments(view)
        assert kept is shelf_segment and built_at(folder_of(kept)) == built
        assert folder_of(mill_segment).parent == root / "readings" / mill
        assert nothing_lost(view, SearchIndex(view.corpus, sentence_meaning=False))
        assert {h.passage.source for h in view.index.search("mill", limit=50)} & {mill}

        await libraries.set_enabled(SERVER_A, mill, False)
        disabled = await libraries.view(SERVER_A)
        assert segments(disabled)[1] is shelf_segment and len(segments(disabled)) == 2
        assert mill not in {h.passage.source for h in disabled.index.search("mill", limit=50)}
        await libraries.set_enabled(SERVER_A, mill, True)
        assert segments(await libraries.view(SERVER_A))[1] is shelf_segment

        await libraries.remove(SERVER_A, mill)
        after = await libraries.view(SERVER_A)
        assert segments(after)[1] is shelf_segment and len(segments(after)) == 2
        await publish_shelf(libraries, SERVER_B)  # any server's next build removes it
        assert folder_of(mill_segment) not in segment_folders(root)
        assert folder_of(shelf_segment) in segment_folders(root)
        await libraries.remove(SERVER_A, shelf)
        await libraries.close()  # and closing removes what was replaced
        assert folder_of(shelf_segment) not in segment_folders(root)
    finally:
        await database.close()


ESSAYS = (
    "fenwick-mill.txt",
    "harlow-seed-library.md",
    "st-osyth-ringers.md",
    "dunmere-exchange.txt",
    "aldwick-choral-union.txt",
)


async def add_essays(libraries: StoredLibraries, guild: int) -> list[str]:
    """The test essays after the lending shelf, each added and published: their ids."""
    added = []
    for name in ESSAYS:
        entry = await libraries.add(
            guild,
            file_name=name,
            data=(READINGS / name).read_bytes(),
            title=name.split(".")[0],
            author="Ann Orme",
            year=2020,
            added_by=42,
        )
        await libraries.publish(guild, entry.id)
        added.append(entry.id)
    return added


async def test_a_large_library_is_read_from_one_batch_segment_built_in_the_background(
    tmp_path, shipped
):
    root = tmp_path / "indexes"
    database = await Database.open(tmp_path / "lectern.db")
    try:
        libraries = libraries_over(database, shipped, root, keep_replaced_seconds=0)
        shelf = (await publish_shelf(libraries, SERVER_A)).id
        added = [shelf, *await add_essays(libraries, SERVER_A)]
        assert len(segments(await libraries.view(SERVER_A))) > 2  # one per reading, at first
        await libraries.settled()
        view = await libraries.view(SERVER_A)
        shipped_part, batch = segments(view)
        assert shipped_part is shipped.index and folder_of(batch).parent == root / "batches" / str(
            SERVER_A
        )
        assert nothing_lost(view, SearchIndex(view.corpus, sentence_meaning=False))
        assert {p.source for p in view.index.passages()} == {*shipped.corpus.sources, *added}
        # The readings' own segments are no longer the view's: they go once no search reads
        # them (tests/storage/test_library_batch_disk.py).
        assert all(
            not s.index.folder.is_relative_to(root / "readings")
            for s in view.index.segments
            if isinstance(s.index, DiskIndex)
        )

        # A reading of the batch disabled, then removed: at once never answered, the batch
        # read without it (not set aside) until it is built again without it.
        gone = added[1]
        await libraries.set_enabled(SERVER_A, gone, False)
        assert folder_of(segments(await libraries.view(SERVER_A))[1]) == folder_of(batch)
        await libraries.set_enabled(SERVER_A, gone, True)  # back before the next batch
        back = await libraries.view(SERVER_A)
        assert gone in {p.source for p in back.index.passages()}
        some = next(p for p in back.corpus.passages if p.source == gone and len(p.text) > 40)
        assert some.id in [h.passage.id for h in back.index.search(some.text)]
        await libraries.remove(SERVER_A, gone)
        now = await libraries.view(SERVER_A)
        assert isinstance(now.index, SegmentedIndex)
        assert [folder_of(s) for s in segments(now)[1:]] == [folder_of(batch)]
        assert now.index.segments[1].left_out == {gone}
        assert gone not in {p.source for p in now.index.passages()}
        assert all(gone != h.passage.source for q in QUERIES for h in now.index.search(q))
        masked = [[(h.passage.id, h.score) for h in now.index.search(q)] for q in QUERIES]
        await libraries.settled()
        again = await libraries.view(SERVER_A)
        assert len(segments(again)) == 2 and folder_of(segments(again)[1]) != folder_of(batch)
        # The same answers, the same scores, as the batch built without it.
        assert masked == [[(h.passage.id, h.score) for h in again.index.search(q)] for q in QUERIES]
        rebatched = folder_of(segments(again)[1])
        built = built_at(rebatched)
        await libraries.close()
        assert not (root / "readings" / gone).exists() or not any(
            (root / "readings" / gone).iterdir()
        )
        assert not folder_of(batch).exists()

        # After a restart the first view reads the batch at once (opened, not built).
        restarted = libraries_over(database, shipped, root)
        reopened = await restarted.view(SERVER_A)
        assert folder_of(segments(reopened)[1]) == rebatched and built_at(rebatched) == built
        assert len(segments(reopened)) == 2
        await restarted.close()

        # With nothing on disk the first view builds one batch, not one segment a reading.
        fresh = libraries_over(database, shipped, tmp_path / "fresh")
        cold = await fresh.view(SERVER_A)
        assert len(segments(cold)) == 2 and not (tmp_path / "fresh" / "readings").exists()
        assert folder_of(segments(cold)[1]).parent == tmp_path / "fresh" / "batches" / str(SERVER_A)
        assert masked == [[(h.passage.id, h.score) for h in cold.index.search(q)] for q in QUERIES]
        await fresh.close()

        # A reading removed after a restart leaves no folder of it: the batch held it, and its
        # own segment went once the batch was on disk.
        again = libraries_over(database, shipped, root, keep_replaced_seconds=0)
        await again.remove(SERVER_A, added[2])
        await again.settled()
        await again.close()
        kept = root / "readings" / added[2]
        assert not kept.exists() or not any(kept.iterdir())
    finally:
        await database.close()


async def test_servers_that_disable_the_same_shipped_source_share_one_segment_of_the_rest(
    tmp_path, shipped, sample_corpus
):
    root = tmp_path / "indexes"
    database = await Database.open(tmp_path / "lectern.db")
    try:
        libraries = libraries_over(database, shipped, root, keep_replaced_seconds=0)
        off = next(iter(sample_corpus.sources))
        views = []
        for guild in (SERVER_A, SERVER_B):
            await publish_shelf(libraries, guild)
            await libraries.set_enabled(guild, off, False)
            views.append(await libraries.view(guild))
        first, second = (segments(v)[0] for v in views)
        assert folder_of(first) == folder_of(second) and folder_of(first).parent == root / "shipped"
        for view in views:
            found = {h.passage.source for h in view.index.search("bureaucracy", limit=50)}
            assert found and off not in found
            assert all(p.source != off for p in view.index.passages())
        for guild in (SERVER_A, SERVER_B):
            await libraries.set_enabled(guild, off, True)
            assert segments(await libraries.view(guild))[0] is shipped.index
        await publish_shelf(libraries, SERVER_C)  # a build after its time removes the folder
        assert not folder_of(first).exists()
        # Disabled again later: the segment of the rest is there again, never a removed one.
        await libraries.set_enabled(SERVER_A, off, False)
        again = await libraries.view(SERVER_A)
        assert folder_of(segments(again)[0]).is_dir()
        found = {h.passage.source for h in again.index.search("bureaucracy", limit=50)}
        assert found and off not in found
        await libraries.close()
    finally:
        await database.close()


async def test_a_damaged_segment_is_built_again_and_old_single_folder_views_are_removed(
    tmp_path, shipped, sample_corpus, caplog
):
    root = tmp_path / "indexes"
    # What an older Lectern kept: each server's whole corpus in a folder named after it.
    old_view = library_index(sample_corpus, root / str(SERVER_A)).folder
    database = await Database.open(tmp_path / "lectern.db")
    try:
        libraries = libraries_over(database, shipped, root)
        reading = (await publish_shelf(libraries, SERVER_A)).id
        view = await libraries.view(SERVER_A)
        assert not old_view.exists() and not (root / str(SERVER_A)).exists()
        expected = answers(view.index)
        folder = folder_of(segments(view)[1])
        await libraries.close()

        (folder / "passages.sqlite").write_bytes(b"not an index any more")
        restarted = libraries_over(database, shipped, root)
        with caplog.at_level(logging.INFO, logger="bot.storage.index_folders"):
            again = await restarted.view(SERVER_A)
        assert folder_of(segments(again)[1]) == folder
        assert answers(again.index) == expected
        assert again.index.search(SHELF_WORDS)[0].passage.source == reading
        assert any("built" in r.getMessage() for r in caplog.records)
        await restarted.close()
    finally:
        await database.close()


async def test_a_folder_that_cannot_be_written_keeps_views_in_memory_and_says_so(
    tmp_path, shipped, caplog
):
    not_a_folder = tmp_path / "indexes"
    not_a_folder.write_text("a file where the folder should be", encoding="utf-8")
    database = await Database.open(tmp_path / "lectern.db")
    try:
        libraries = libraries_over(database, shipped, not_a_folder)
        with caplog.at_level(logging.WARNING):
            reading = (await publish_shelf(libraries, SERVER_A)).id
            await publish_shelf(libraries, SERVER_B)
        view = await libraries.view(SERVER_A)
        assert not any(isinstance(index, DiskIndex) for index in segments(view)[1:])
        assert view.index.search(SHELF_WORDS)[0].passage.source == reading
        warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
        assert len(warnings) == 1 and "kept in memory" in warnings[0]
        await libraries.close()
    finally:
        await database.close()


async def test_sentence_meaning_is_kept_in_the_folder_and_opened_with_it_after_a_restart(
    tmp_path, shipped
):
    if not shipped.index.sentence_meaning:
        pytest.skip("the optional sentence encoder is not installed")
    root = tmp_path / "indexes"
    database = await Database.open(tmp_path / "lectern.db")
    try:
        libraries = StoredLibraries(
            database,
            shipped,
            limits=LibraryLimits(meaning_passages=1000),
            index_folder=root,
            keep_replaced_seconds=0,
        )
        reading = (await publish_shelf(libraries, SERVER_A)).id
        first = await libraries.view(SERVER_A)
        assert not first.index.sentence_meaning  # served at once, by words
        await libraries.settled()
        upgraded = await libraries.view(SERVER_A)
        assert upgraded.index.sentence_meaning and upgraded.corpus is first.corpus
        assert upgraded.index.search(SHELF_WORDS)[0].passage.source == reading
        meaning = folder_of(segments(upgraded)[1])
        await libraries.close()
        assert segment_folders(root) == [meaning]  # the one by words only went

        restarted = StoredLibraries(
            database, shipped, limits=LibraryLimits(meaning_passages=1000), index_folder=root
        )
        again = await restarted.view(SERVER_A)
        assert again.index.sentence_meaning and folder_of(segments(again)[1]) == meaning
        assert answers(again.index) == answers(upgraded.index)
        await restarted.settled()  # nothing to embed again
        assert await restarted.view(SERVER_A) is again
        await restarted.close()
    finally:
        await database.close()


def test_a_replaced_folder_opened_again_before_its_removal_stays(tmp_path, sample_corpus):
    segment = tmp_path / "indexes" / "readings" / "r1"
    unused = library_index(sample_corpus, segment)
    remove_library_index(unused.folder, time.time())  # replaced after it was last opened
    assert not unused.folder.exists()

    built = library_index(sample_corpus, segment)
    replaced_at = time.time()
    # The library changes back before the removal comes: a build opens the folder again.
    reopened = library_index(sample_corpus, segment)
    assert reopened.folder == built.folder
    remove_library_index(built.folder, replaced_at)
    assert reopened.folder.is_dir()
    assert reopened.search("worst enemies of our progress")[0].passage.id == "rule-stalin-enemies"
