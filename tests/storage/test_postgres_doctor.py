"""`lectern doctor` and `lectern run` with LECTERN_DATABASE_URL: the server is reachable,
migrated and writable, or the operator is told what is wrong (never a traceback)."""

from __future__ import annotations

import asyncio

from bot.cli import main
from bot.cli.doctor import check_postgres
from bot.devtools.postgres import database_name
from bot.storage import Database


def doctor_database_line(output: str) -> str:
    return next(line for line in output.splitlines() if "database" in line.lower())


async def test_doctor_reports_a_migrated_writable_server(postgres_url, monkeypatch, capsys):
    await (await Database.open(postgres_url)).close()
    monkeypatch.setenv("LECTERN_DATABASE_URL", postgres_url)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    await asyncio.to_thread(main, ["doctor", "--offline"])
    line = doctor_database_line(capsys.readouterr().out)
    assert "reachable; writable; applied 0001" in line
    assert "none pending" in line


async def test_a_new_empty_database_is_reported_with_its_pending_migrations(postgres_url):
    finding = await asyncio.to_thread(check_postgres, postgres_url)
    assert finding.ok, finding
    assert "applied none" in finding.message
    assert "pending 0001" in finding.message
    # Nothing was created by the check.
    database = await Database.open(postgres_url, migrate=False)
    try:
        assert await database.applied_versions() == []
    finally:
        await database.close()


async def test_a_server_that_is_not_there_is_named_without_its_password(tmp_path, capsys):
    url = f"postgresql://lectern:secret-pw@/lectern?host={tmp_path}&port=5999"
    finding = await asyncio.to_thread(check_postgres, url)
    assert not finding.ok and finding.transient
    assert "cannot connect to" in finding.message
    assert "secret-pw" not in finding.message
    assert "LECTERN_DATABASE_URL" in finding.fix


async def test_a_read_only_server_is_reported_as_not_writable(postgres_url, postgres_server):
    await (await Database.open(postgres_url)).close()
    name = database_name(postgres_url)
    postgres_server.psql(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
    finding = await asyncio.to_thread(check_postgres, postgres_url)
    assert not finding.ok
    assert "read-only" in finding.message
    assert "primary" in finding.fix


async def test_lectern_run_waits_out_a_database_outage_with_status_1(tmp_path, monkeypatch, capsys):
    """A server that is down is passing: exit 1 so that the supervisor starts it again."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", "a.token")
    monkeypatch.setenv("LECTERN_DATABASE_URL", f"postgresql://lectern@/x?host={tmp_path}&port=1")
    status = await asyncio.to_thread(main, ["run", "--shards", "0-1", "--shard-count", "4"])
    captured = capsys.readouterr()
    assert status == 1
    assert "cannot start: cannot connect to" in captured.err
    assert "Traceback" not in captured.err


async def test_lectern_run_refuses_shards_outside_the_count_with_status_2(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", "a.token")
    status = await asyncio.to_thread(main, ["run", "--shards", "2-5", "--shard-count", "4"])
    captured = capsys.readouterr()
    assert status == 2
    assert "LECTERN_SHARDS [4, 5] not below LECTERN_SHARD_COUNT 4" in captured.err
