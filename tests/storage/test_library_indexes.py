"""Servers' views searched through indexes kept in folders (as ``lectern run`` keeps them in its
cache): the same answers as a view in memory, opened again after a restart instead of built,
a new folder when the library changes and the replaced one removed, never another server's
readings, and in memory when the folder cannot be written."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from bot.core.library import GuildView
from bot.libraries import LibraryLimits, StoredLibraries
from bot.storage import Database
from bot.storage.index_folders import library_index, remove_library_index
from bot.storage.search_store import DiskIndex
from tests.fixtures.library_files import publish_shelf

SERVER_A, SERVER_B = 1_000_000_000_000_000_001, 2_000_000_000_000_000_002
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


def answers(view: GuildView) -> list[list[tuple[str, tuple[tuple[int, int], ...]]]]:
    return [[(h.passage.id, h.spans) for h in view.index.search(q)] for q in QUERIES]


def folders(root: Path, guild: int) -> list[str]:
    return sorted(p.name for p in (root / str(guild)).iterdir() if p.is_dir())


async def test_a_servers_view_is_searched_from_its_folder_and_a_restart_opens_it(tmp_path, shipped):
    root = tmp_path / "indexes"
    database = await Database.open(tmp_path / "lectern.db")
    try:
        libraries = libraries_over(database, shipped, root)
        reading = (await publish_shelf(libraries, SERVER_A)).id
        view = await libraries.view(SERVER_A)
        assert isinstance(view.index, DiskIndex) and view.index.folder.parent == root / str(
            SERVER_A
        )
        assert view.index.search(SHELF_WORDS)[0].passage.source == reading
        other = await libraries.view(SERVER_B)
        assert reading not in [h.passage.source for h in other.index.search(SHELF_WORDS)]
        # The same answers, highlights and passages as the view built in memory.
        in_memory = await libraries_over(database, shipped, None).view(SERVER_A)
        assert not isinstance(in_memory.index, DiskIndex)
        assert answers(view) == answers(in_memory)
        shown = view.index.search(SHELF_WORDS)[0].passage
        assert view.corpus.get(shown.id) == shown == in_memory.index.get(shown.id)
        built = next(view.index.folder.rglob("*.sqlite")).stat().st_mtime_ns
        await libraries.close()

        restarted = libraries_over(database, shipped, root)
        again = await restarted.view(SERVER_A)
        assert isinstance(again.index, DiskIndex) and again.index.folder == view.index.folder
        assert next(again.index.folder.rglob("*.sqlite")).stat().st_mtime_ns == built
        assert answers(again) == answers(in_memory)
        await restarted.close()
    finally:
        await database.close()


async def test_a_change_gets_a_new_folder_and_the_replaced_one_is_removed_later(
    tmp_path, shipped, sample_corpus
):
    root = tmp_path / "indexes"
    database = await Database.open(tmp_path / "lectern.db")
    try:
        libraries = libraries_over(database, shipped, root, keep_replaced_seconds=0)
        reading = (await publish_shelf(libraries, SERVER_A)).id
        before = await libraries.view(SERVER_A)
        assert isinstance(before.index, DiskIndex)
        first = before.index.folder.name
        shipped_source = next(iter(sample_corpus.sources))
        await libraries.set_enabled(SERVER_A, shipped_source, False)
        after = await libraries.view(SERVER_A)
        assert isinstance(after.index, DiskIndex) and after.index.folder.name != first
        # Kept until a build after its time (a command under way may still read it).
        assert folders(root, SERVER_A) == sorted([first, after.index.folder.name])
        assert {h.passage.source for h in after.index.search("bureaucracy", limit=50)} <= {
            reading
        } | (set(sample_corpus.sources) - {shipped_source})
        await publish_shelf(libraries, SERVER_B)  # any server's next build removes it
        assert folders(root, SERVER_A) == [after.index.folder.name]

        # Enabled again: the same library as at first, so the same index, built anew.
        await libraries.set_enabled(SERVER_A, shipped_source, True)
        restored = await libraries.view(SERVER_A)
        assert isinstance(restored.index, DiskIndex) and restored.index.folder.name == first
        assert answers(restored) == answers(before)
        await libraries.close()  # and closing removes what was replaced
        assert folders(root, SERVER_A) == [first]
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
        with caplog.at_level(logging.WARNING, logger="bot.libraries"):
            reading = (await publish_shelf(libraries, SERVER_A)).id
            await publish_shelf(libraries, SERVER_B)
        view = await libraries.view(SERVER_A)
        assert not isinstance(view.index, DiskIndex)
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
        assert isinstance(upgraded.index, DiskIndex) and upgraded.index.sentence_meaning
        assert upgraded.corpus is first.corpus
        assert upgraded.index.search(SHELF_WORDS)[0].passage.source == reading
        await libraries.close()
        assert folders(root, SERVER_A) == [upgraded.index.folder.name]  # the other one went

        restarted = StoredLibraries(
            database, shipped, limits=LibraryLimits(meaning_passages=1000), index_folder=root
        )
        again = await restarted.view(SERVER_A)
        assert isinstance(again.index, DiskIndex) and again.index.sentence_meaning
        assert again.index.folder == upgraded.index.folder
        assert answers(again) == answers(upgraded)
        await restarted.settled()  # nothing to embed again
        assert await restarted.view(SERVER_A) is again
        await restarted.close()
    finally:
        await database.close()


def test_a_replaced_folder_opened_again_before_its_removal_stays(tmp_path, sample_corpus):
    server = tmp_path / "indexes" / str(SERVER_A)
    unused = library_index(sample_corpus, server)
    remove_library_index(unused.folder, time.time())  # replaced after it was last opened
    assert not unused.folder.exists()

    built = library_index(sample_corpus, server)
    replaced_at = time.time()
    # The library changes back before the removal comes: a build opens the folder again.
    reopened = library_index(sample_corpus, server)
    assert reopened.folder == built.folder
    remove_library_index(built.folder, replaced_at)
    assert reopened.folder.is_dir()
    assert reopened.search("worst enemies of our progress")[0].passage.id == "rule-stalin-enemies"
