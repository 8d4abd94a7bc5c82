"""Pytest fixtures over the throwaway PostgreSQL server (``bot.devtools.postgres``): one
server per test session, stopped at the end also when tests fail, and a fresh database per
test. Without PostgreSQL the PostgreSQL half of the storage tests is skipped locally, and
fails in CI (``CI=true``), where ``.ci/run`` installs it.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.devtools.postgres import PostgresServer, find_pg_bin


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(f"PostgreSQL is not installed here ({reason}); apt-get install postgresql")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    bin_dir = find_pg_bin()
    if bin_dir is None or not (bin_dir / "initdb").exists():
        _unavailable("no initdb/pg_ctl under /usr/lib/postgresql/*/bin")
    assert bin_dir is not None
    server = PostgresServer(bin_dir)
    try:
        server.start()
    except (subprocess.CalledProcessError, KeyError) as exc:
        server.stop()
        detail = exc.stderr if isinstance(exc, subprocess.CalledProcessError) else exc
        _unavailable(f"the test server did not start: {detail}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    url = postgres_server.create_database()
    yield url
    postgres_server.drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_target(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """Where a test's database lives: a SQLite file, then a new PostgreSQL database."""
    if request.param == "sqlite":
        return tmp_path / "lectern.db"
    return str(request.getfixturevalue("postgres_url"))
