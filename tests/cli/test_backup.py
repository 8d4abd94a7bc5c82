"""`lectern backup`: a consistent copy of the database while the bot keeps writing to it."""

import asyncio

from bot.cli import main
from bot.storage import Database
from bot.storage.events import EventStore
from tests.fixtures.stats import numbered_shown


async def count_events(path) -> int:
    database = await Database.open(path)
    try:
        async with await EventStore.open(database, background=False) as store:
            return await store.event_count()
    finally:
        await database.close()


async def test_a_backup_taken_while_the_bot_writes_has_every_committed_event(
    tmp_path, monkeypatch, capsys
):
    live = tmp_path / "lectern.db"
    monkeypatch.setenv("LECTERN_DATABASE", str(live))
    monkeypatch.chdir(tmp_path)
    database = await Database.open(live)
    try:
        store = await EventStore.open(database, background=False)
        for number in range(300):
            store.record_shown(numbered_shown(number))
        assert await store.flush() == 300
        # The commits are still in lectern.db-wal: copying lectern.db alone would miss them.
        assert (tmp_path / "lectern.db-wal").stat().st_size > 0
        target = tmp_path / "backup.db"
        status = await asyncio.to_thread(main, ["backup", str(target)])
        out = capsys.readouterr().out
        assert status == 0, out
        assert out.startswith(f"backed up {live} to {target} (")
        assert out.endswith(" bytes, integrity ok)\n")
        store.record_shown(numbered_shown(300))  # the bot keeps going; the backup is a snapshot
        await store.close()
    finally:
        await database.close()

    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("backup")) == [
        "backup.db"
    ]  # one self-contained file, no -wal beside it, no partial copy left
    assert await count_events(target) == 300
    assert await count_events(live) == 301


async def test_a_backup_never_overwrites_and_says_why(tmp_path, monkeypatch, capsys):
    live = tmp_path / "lectern.db"
    monkeypatch.setenv("LECTERN_DATABASE", str(live))
    monkeypatch.chdir(tmp_path)
    assert main(["backup", str(tmp_path / "copy.db")]) == 2
    assert capsys.readouterr().err == f"lectern: there is no database at {live}\n"

    database = await Database.open(live)
    await database.close()
    existing = tmp_path / "copy.db"
    existing.write_bytes(b"an older backup")
    assert await asyncio.to_thread(main, ["backup", str(existing)]) == 2
    assert capsys.readouterr().err == (
        f"lectern: {existing} already exists; choose a new name for the backup\n"
    )
    assert existing.read_bytes() == b"an older backup"
