"""``lectern library markdown``: the operator finds the server readings still stored with
their Markdown marks (added before Lectern read Markdown), on every server, and nothing else;
the command changes nothing. The detector is checked on every Markdown reading of the test
data: the file's text has marks, the plain text Lectern stores of it now has none."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from bot.core.extract.formats import read_reading_bytes
from bot.core.library import StoredReading, markdown_marks
from bot.storage import Database
from bot.storage.library import LibraryStore
from tests.fixtures.processes import forget_configuration
from tests.fixtures.readings import READINGS

MARKDOWN_READINGS = sorted(p for p in READINGS.glob("*.md") if p.name != "HELDOUT.md")
AT = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
OLD_STYLE = """# The Lamp Keepers

As Hester Vane wrote in *Lamps of the Firth*: "The oil came late every winter."[^1]

> Nobody thanks a lamp for burning, and nobody should.

[^1]: Vane, letters, 1911.
"""


@pytest.mark.parametrize("path", MARKDOWN_READINGS, ids=lambda p: p.name)
def test_a_markdown_files_marks_are_found_and_its_stored_plain_text_has_none(path: Path):
    raw = path.read_text("utf-8")
    assert markdown_marks(raw)
    assert markdown_marks(read_reading_bytes(path.name, raw.encode()).text) == {}


def test_each_kind_of_mark_is_named_with_its_count():
    assert markdown_marks(OLD_STYLE) == {
        "headings marked with #": 1,
        "lines quoted with >": 1,
        "footnote marks like [^1]": 2,
        "words set in * or _": 1,
    }
    plain = "Vane wrote 5 * 3 = 15 and kept the lamp lit; a > b, said the keeper."
    assert markdown_marks(plain) == {}


def stored(reading_id: str, guild: int, file_name: str, sha: str) -> StoredReading:
    return StoredReading(
        id=reading_id,
        guild_id=guild,
        title="The Lamp Keepers",
        author="Ann Writer",
        author_speaker=f"{reading_id}-ann-writer",
        year=2024,
        file_name=file_name,
        sha256=sha * 64,
        status="published",
        added_by=7,
        added_at=AT,
    )


async def fill(database_path: Path) -> None:
    database = await Database.open(database_path)
    try:
        store = LibraryStore(database)
        plain = read_reading_bytes("keepers.md", OLD_STYLE.encode()).text
        # Stored before Lectern read Markdown: the file's text; in another server, the same
        # file added since (plain text); a .txt reading quoting with ">" is not Markdown.
        await store.add(stored("oldmd1", 11, "keepers.md", "a"), OLD_STYLE, [], [], at=AT)
        await store.add(stored("newmd2", 22, "Keepers.MD", "b"), plain, [], [], at=AT)
        await store.add(stored("text03", 22, "keepers.txt", "c"), OLD_STYLE, [], [], at=AT)
    finally:
        await database.close()


def test_the_readings_stored_with_marks_are_listed_and_nothing_changes(
    tmp_path, monkeypatch, capsys
):
    forget_configuration(monkeypatch, tmp_path)
    database = tmp_path / "lectern.db"
    monkeypatch.setenv("LECTERN_DATABASE", str(database))
    asyncio.run(fill(database))
    before = database.read_bytes()

    assert main(["library", "markdown"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        "server 11 · reading oldmd1 (published) · 'The Lamp Keepers': 1 headings marked with #;"
        " 1 lines quoted with >; 2 footnote marks like [^1]; 1 words set in * or _"
    )
    assert out[1].startswith("1 reading stored with Markdown marks; to re-read one, a moderator")
    assert len(out) == 2  # not the plain one, not the .txt
    assert database.read_bytes() == before


async def empty(database_path: Path) -> None:
    """A new database, migrated, with no reading."""
    await (await Database.open(database_path)).close()


def test_no_marked_reading_and_no_database_are_said_plainly(tmp_path, monkeypatch, capsys):
    forget_configuration(monkeypatch, tmp_path)
    database = tmp_path / "lectern.db"
    monkeypatch.setenv("LECTERN_DATABASE", str(database))
    assert main(["library", "markdown"]) == 2
    assert "does not exist" in capsys.readouterr().err
    asyncio.run(empty(database))
    assert main(["library", "markdown"]) == 0
    assert capsys.readouterr().out == "no server reading is stored with Markdown marks\n"
