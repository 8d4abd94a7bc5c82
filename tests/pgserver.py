"""A throwaway PostgreSQL server for the test session, and a fresh database per test.

The server is Debian's ``postgresql`` package (``initdb``/``pg_ctl`` under
``/usr/lib/postgresql/*/bin``), started by the session in a temporary folder, listening only
on a Unix socket there, and stopped (``immediate``) at the end, also when tests fail. As root
(CI) it runs as the ``postgres`` user the package creates: PostgreSQL refuses to run as root.
Without PostgreSQL the PostgreSQL half of the storage tests is skipped locally, and fails in
CI (``CI=true``), where ``.ci/run`` installs it.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

PORT = 5432  # only names the socket file inside the private folder: no TCP port is opened
SUPERUSER = "lectern"


def find_pg_bin() -> Path | None:
    """The newest installed PostgreSQL server's bin folder, or None."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if candidates:
        return candidates[-1].parent
    found = shutil.which("pg_ctl")
    return Path(found).resolve().parent if found else None


class PostgresServer:
    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="lectern-pg-"))
        self.data = self.folder / "data"
        self.socket_dir = self.folder
        self._names = itertools.count(1)
        self._run_as: list[str] = []
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
            self._run_as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *command: str) -> None:
        subprocess.run(
            [*self._run_as, *command], check=True, capture_output=True, text=True, timeout=120
        )

    def start(self) -> None:
        self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--no-sync",
        )
        options = (
            f"-k {self.socket_dir} -p {PORT} -c listen_addresses='' -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@/{database}?host={self.socket_dir}&port={PORT}"

    def psql(self, sql: str) -> None:
        subprocess.run(
            [
                str(self.bin_dir / "psql"),
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                self.url(),
                "-c",
                sql,
            ],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        )

    def create_database(self) -> str:
        """A new empty database; returns its URL."""
        name = f"lectern_test_{next(self._names)}"
        self.psql(f"CREATE DATABASE {name}")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.split("/")[-1].split("?")[0]
        with contextlib.suppress(subprocess.SubprocessError):
            self.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


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
