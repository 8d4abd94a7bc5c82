"""A reading's own segment folders, on disk, through ``StoredLibraries``: removing a reading
lets go of its segments under their names only, never of a folder being built beside them
(a build under way would fail) or one being removed; and a reading enabled again after its
server's batch was built without it is indexed once, on its own, and found again. On both
engines (the readings come from the database, the segments from the folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.library import GuildView
from bot.core.segments import SegmentedIndex
from bot.libraries import LibraryLimits, StoredLibraries
from bot.storage import Database
from bot.storage.search_store import DiskIndex
from tests.fixtures.library_files import publish_shelf
from tests.fixtures.readings import READINGS

SERVER = 1_000_000_000_000_000_018
ESSAYS = (
    "fenwick-mill.txt",
    "harlow-seed-library.md",
    "st-osyth-ringers.md",
    "dunmere-exchange.txt",
)


@pytest.fixture
def shipped(sample_corpus, sample_index) -> GuildView:
    return GuildView(sample_corpus, sample_index)


def libraries_over(database: Database, shipped: GuildView, root: Path) -> StoredLibraries:
    return StoredLibraries(
        database, shipped, limits=LibraryLimits(), index_folder=root, keep_replaced_seconds=0
    )


def disk_segments(view: GuildView) -> list[Path]:
    assert isinstance(view.index, SegmentedIndex)
    return [s.index.folder for s in view.index.segments if isinstance(s.index, DiskIndex)]


def found(view: GuildView, reading_id: str) -> bool:
    """Whether a long passage of the reading is the first answer to its own words."""
    passage = next(p for p in view.corpus.passages if p.source == reading_id and len(p.text) > 60)
    return passage.id in [h.passage.id for h in view.index.search(passage.text)[:3]]


async def test_removing_a_reading_never_takes_a_folder_being_built_or_removed(
    tmp_path, shipped, database_target
):
    root = tmp_path / "indexes"
    database = await Database.open(database_target)
    try:
        libraries = libraries_over(database, shipped, root)
        shelf = (await publish_shelf(libraries, SERVER)).id
        [segment] = [f for f in disk_segments(await libraries.view(SERVER)) if shelf in f.parts]
        # Beside it: a new version being built (by a worker thread, or another process of a
        # cluster sharing the cache) and an older one a crash left half removed.
        building = segment.with_name(f".{segment.name}-meaning.building-999999")
        building.mkdir()
        (building / "passages.sqlite").write_bytes(b"being written")
        removing = segment.with_name(f".{segment.name}.removing-999998")
        removing.mkdir()

        await libraries.remove(SERVER, shelf)
        await libraries.close()
        assert not segment.exists()  # its segment under its name goes
        # The build under way is left to its builder (it renames it into place, or its
        # process's next start removes it), whole; the half-removed one is not taken again.
        assert (building / "passages.sqlite").read_bytes() == b"being written"
        assert removing.is_dir()
        assert sorted(p.name for p in segment.parent.iterdir()) == sorted(
            [building.name, removing.name]
        )
    finally:
        await database.close()


async def test_a_reading_enabled_again_after_the_batch_left_it_out_is_indexed_once_on_its_own(
    tmp_path, shipped, database_target
):
    root = tmp_path / "indexes"
    database = await Database.open(database_target)
    try:
        libraries = libraries_over(database, shipped, root)
        added = [(await publish_shelf(libraries, SERVER)).id]
        for name in ESSAYS:
            entry = await libraries.add(
                SERVER,
                file_name=name,
                data=(READINGS / name).read_bytes(),
                title=name.split(".")[0],
                author="Ann Orme",
                year=2020,
                added_by=42,
            )
            await libraries.publish(SERVER, entry.id)
            added.append(entry.id)
        await libraries.settled()  # one batch of the five
        back = added[2]
        await libraries.set_enabled(SERVER, back, False)
        await libraries.settled()  # the batch built again, without it
        [batch] = disk_segments(await libraries.view(SERVER))
        assert "batches" in batch.parts
        await libraries.view(SERVER)
        assert not (root / "readings" / back).exists() or not any(
            (root / "readings" / back).iterdir()
        )

        # Nothing on disk indexes it any more: enabling it builds its own segment, once, and
        # the batch stays as it is (no batch of six built for one reading back).
        await libraries.set_enabled(SERVER, back, True)
        view = await libraries.view(SERVER)
        assert found(view, back)
        own = [f for f in disk_segments(view) if "readings" in f.parts]
        assert [f.parent.name for f in own] == [back]
        await libraries.settled()
        again = await libraries.view(SERVER)
        assert disk_segments(again) == [batch, *own]
        assert [p.name for p in (root / "readings" / back).iterdir()] == [own[0].name]
        assert found(again, back) and all(found(again, r) for r in added if r != back)
        await libraries.close()
    finally:
        await database.close()


async def test_after_a_restart_a_few_readings_left_in_a_batch_are_opened_not_indexed_again(
    tmp_path, shipped, database_target
):
    """Five readings put in one batch, one disabled: the batch is built again with the four
    (their own segments gone). After a restart the view opens that batch of four; it does
    not index the four again one segment each."""
    root = tmp_path / "indexes"
    database = await Database.open(database_target)
    try:
        libraries = libraries_over(database, shipped, root)
        added = [(await publish_shelf(libraries, SERVER)).id]
        for name in ESSAYS:
            entry = await libraries.add(
                SERVER,
                file_name=name,
                data=(READINGS / name).read_bytes(),
                title=name.split(".")[0],
                author="Ann Orme",
                year=2020,
                added_by=42,
            )
            await libraries.publish(SERVER, entry.id)
            added.append(entry.id)
        await libraries.settled()
        await libraries.set_enabled(SERVER, added[0], False)
        await libraries.settled()
        [batch] = disk_segments(await libraries.view(SERVER))
        built = (batch / "passages.sqlite").stat().st_mtime_ns
        await libraries.close()
        assert not [p for p in root.glob("readings/*/*") if not p.name.startswith(".")]

        restarted = libraries_over(database, shipped, root)
        view = await restarted.view(SERVER)
        assert disk_segments(view) == [batch]
        assert (batch / "passages.sqlite").stat().st_mtime_ns == built  # opened
        assert not [p for p in root.glob("readings/*/*") if not p.name.startswith(".")]
        assert all(found(view, r) for r in added[1:])
        assert added[0] not in {p.source for p in view.corpus.passages}
        await restarted.close()
    finally:
        await database.close()
