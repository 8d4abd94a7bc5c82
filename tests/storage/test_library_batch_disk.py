"""A large library's readings put in one batch segment are no longer also kept one folder a
reading beside it (twice the disk): once the batch is on disk for good, the readings' own
folders go. The order is crash-safe: a restart at any point finds the batch or the readings'
own segments, answers the same, and leaves no half-removed folder behind."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core.library import GuildView
from bot.core.segments import SegmentedIndex
from bot.libraries import LibraryLimits, StoredLibraries
from bot.storage import Database, index_folders
from bot.storage.search_store import DiskIndex
from tests.fixtures.library_files import publish_shelf
from tests.fixtures.readings import READINGS

SERVER = 1_000_000_000_000_000_001
ESSAYS = (
    "fenwick-mill.txt",
    "harlow-seed-library.md",
    "st-osyth-ringers.md",
    "dunmere-exchange.txt",
)
QUERIES = ("the shelf belongs to the parish", "kettle", "who keeps the key of the shelf")


class Crash(Exception):
    """The process stopping at this point (power cut, kill -9)."""


@pytest.fixture
def shipped(sample_corpus, sample_index) -> GuildView:
    return GuildView(sample_corpus, sample_index)


def libraries_over(database: Database, shipped: GuildView, root: Path) -> StoredLibraries:
    return StoredLibraries(
        database, shipped, limits=LibraryLimits(), index_folder=root, keep_replaced_seconds=0
    )


async def five_readings(libraries: StoredLibraries) -> list[str]:
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
    return added


def own_folders(root: Path) -> list[Path]:
    """The readings' own segment folders, and anything half-removed anywhere."""
    return sorted(
        [p for p in root.glob("readings/*/*") if p.is_dir()] + list(root.glob("*/*/.*removing-*"))
    )


def batch_folder(view: GuildView) -> Path:
    assert isinstance(view.index, SegmentedIndex)
    found = [s.index.folder for s in view.index.segments if isinstance(s.index, DiskIndex)]
    assert len(found) == 1 and found[0].parent.parent.name == "batches", found
    return found[0]


def answers(view: GuildView) -> list[list[str]]:
    return [[h.passage.id for h in view.index.search(q)] for q in QUERIES]


def disk_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new process: it opened no folder yet."""
    monkeypatch.setattr(index_folders, "_OPENED", {})


async def test_once_the_batch_is_durable_the_readings_own_folders_go(tmp_path, shipped):
    root = tmp_path / "indexes"
    database = await Database.open(tmp_path / "lectern.db")
    try:
        libraries = libraries_over(database, shipped, root)
        added = await five_readings(libraries)
        assert len(own_folders(root)) == len(added)  # one segment a reading, at first
        before = disk_bytes(root)
        await libraries.settled()
        view = await libraries.view(SERVER)
        batch = batch_folder(view)
        expected = answers(view)
        assert all(expected)
        await libraries.close()  # (or their time comes: no search reads them)
        assert own_folders(root) == [] and batch.is_dir()
        assert disk_bytes(root) < before * 1.2  # the batch alone, not the batch and each reading
        # A restart reads the batch, never a missing reading's folder.
        again = libraries_over(database, shipped, root)
        reopened = await again.view(SERVER)
        assert batch_folder(reopened) == batch and answers(reopened) == expected
        await again.close()
    finally:
        await database.close()


async def test_a_crash_after_the_batch_before_the_readings_go_leaves_both(
    tmp_path, shipped, monkeypatch
):
    root = tmp_path / "indexes"
    database = await Database.open(tmp_path / "lectern.db")
    try:
        libraries = libraries_over(database, shipped, root)
        await five_readings(libraries)
        await libraries.settled()
        view = await libraries.view(SERVER)
        batch, expected = batch_folder(view), answers(view)
        built = (batch / "passages.sqlite").stat().st_mtime_ns
        # The process dies here: the batch is on disk, the readings' folders not yet removed.
        assert own_folders(root) and batch.is_dir()
        restart(monkeypatch)
        again = libraries_over(database, shipped, root)
        reopened = await again.view(SERVER)
        assert batch_folder(reopened) == batch  # opened, not built again
        assert (batch / "passages.sqlite").stat().st_mtime_ns == built
        assert answers(reopened) == expected
        assert own_folders(root) == []  # the earlier run's leftovers removed
        await again.close()
    finally:
        await database.close()


async def test_a_crash_while_a_readings_folder_is_removed_leaves_no_half_of_it(
    tmp_path, shipped, monkeypatch
):
    root = tmp_path / "indexes"
    database = await Database.open(tmp_path / "lectern.db")
    try:
        libraries = libraries_over(database, shipped, root)
        await five_readings(libraries)
        await libraries.settled()
        view = await libraries.view(SERVER)
        batch, expected = batch_folder(view), answers(view)
        removing = own_folders(root)[0]
        real_rmtree = shutil.rmtree

        def cut_short(path, *args, **kwargs):
            (Path(path) / "passages.sqlite").unlink()  # half of it gone, then the crash
            raise Crash(path)

        monkeypatch.setattr(index_folders.shutil, "rmtree", cut_short)
        with pytest.raises(Crash):
            await libraries.close()
        monkeypatch.setattr(index_folders.shutil, "rmtree", real_rmtree)
        # Under its own name the folder is whole or gone, never half of it.
        assert not removing.exists() or (removing / "passages.sqlite").exists()
        restart(monkeypatch)
        again = libraries_over(database, shipped, root)
        reopened = await again.view(SERVER)
        assert batch_folder(reopened) == batch and answers(reopened) == expected
        assert own_folders(root) == []  # the half-removed one swept, the others removed
        await again.close()
    finally:
        await database.close()
