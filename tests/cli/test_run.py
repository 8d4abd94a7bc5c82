"""`make run` / `lectern run` refuse to start, clearly, when they cannot work."""

import asyncio
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import DEFAULT_CORPUS_DIR
from bot.storage import Database
from tests.fixtures.processes import clean_environment, run_lectern, run_without_write_permission

ROOT = Path(__file__).resolve().parents[2]


def lectern(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return run_lectern(*args, cwd=cwd, env=clean_environment(**env))


def test_a_bad_value_is_one_line_naming_the_key(tmp_path):
    result = lectern("run", cwd=tmp_path, DISCORD_TOKEN="x", LECTERN_RETENTION_DAYS="zero")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "lectern: configuration error: LECTERN_RETENTION_DAYS: Input should be a valid"
        " integer, unable to parse string as an integer (got 'zero')"
    ]


def test_each_bad_key_gets_its_line_even_from_dotenv(tmp_path):
    (tmp_path / ".env").write_text(
        "DISCORD_TOKEN=x\nLECTERN_LOG_FORMAT=xml\nLECTERN_SHARD_COUNT=0\n", encoding="utf-8"
    )
    result = lectern("run", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("lectern: configuration error: LECTERN_LOG_FORMAT: ")
    assert lines[1].startswith("lectern: configuration error: LECTERN_SHARD_COUNT: ")
    assert "Traceback" not in result.stderr


def test_make_run_without_a_token_explains_and_fails():
    # An empty DISCORD_TOKEN in the environment wins over any .env in the checkout.
    result = subprocess.run(
        ["make", "--no-print-directory", "run"],
        cwd=ROOT,
        env=clean_environment(DISCORD_TOKEN=""),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode != 0
    assert "lectern: no Discord token is configured." in result.stderr
    assert "DISCORD_TOKEN=your-token-here" in result.stderr
    assert "https://discord.com/developers/applications" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_corpus_folder_stops_the_start_naming_it(tmp_path):
    missing = tmp_path / "no-corpus"
    result = lectern("run", cwd=tmp_path, DISCORD_TOKEN="x", LECTERN_CORPUS_DIR=str(missing))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"lectern: cannot start: the corpus folder {missing} does not exist",
        "  fix: set LECTERN_CORPUS_DIR to the folder holding the corpus, or leave it empty"
        f" for the corpus Lectern ships ({DEFAULT_CORPUS_DIR})",
    ]


def test_a_read_only_database_folder_stops_the_start_naming_it(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = run_without_write_permission(
            [sys.executable, "-m", "bot", "run"],
            clean_environment(DISCORD_TOKEN="x", LECTERN_DATABASE=str(folder / "lectern.db")),
            tmp_path,
        )
        created = list(folder.iterdir())
    finally:
        folder.chmod(0o755)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0] == f"lectern: cannot start: cannot write in {folder}: Permission denied"
    assert lines[1].startswith("  fix: give the user running Lectern")
    assert "write access" in lines[1] and "LECTERN_DATABASE" in lines[1]
    assert len(lines) == 2
    assert created == []


@pytest.mark.parametrize(("command", "status"), [("sync", 2), ("healthcheck", 1)])
def test_every_command_reading_the_settings_names_the_wrong_key(tmp_path, command, status):
    result = lectern(command, cwd=tmp_path, DISCORD_TOKEN="x", LECTERN_SHARD_COUNT="many")
    assert result.returncode == status
    assert result.stderr.splitlines() == [
        "lectern: configuration error: LECTERN_SHARD_COUNT: Input should be a valid integer,"
        " unable to parse string as an integer (got 'many')"
    ]


def test_a_database_from_a_newer_lectern_stops_the_start(tmp_path):
    path = tmp_path / "lectern.db"

    async def create() -> None:
        database = await Database.open(path)
        await database.close()

    asyncio.run(create())
    with sqlite3.connect(path) as conn:  # what a later version's migration 9999 leaves behind
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at)"
            " VALUES (9999, 'from_the_future', datetime('now'))"
        )
    conn.close()
    result = lectern("run", cwd=tmp_path, DISCORD_TOKEN="x", LECTERN_DATABASE=str(path))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"lectern: cannot start: {path} has migrations this version of Lectern does not know"
        " (9999)",
        "  fix: run the newer Lectern that wrote it, or restore a backup made by this version",
    ]
