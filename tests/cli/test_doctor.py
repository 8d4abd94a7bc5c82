"""`lectern doctor`: each thing an operator can get wrong is named, with its fix."""

import asyncio
import json
import os
import shutil
import sys
import threading

import pytest
from aiohttp import web

from bot.core.corpus import load_corpus
from bot.settings import DEFAULT_CORPUS_DIR
from bot.storage import Database
from tests.fixtures.processes import (
    forget_configuration,
    lectern_main,
    run_without_write_permission,
)

GOOD_TOKEN = "good.token.value"


class FakeDiscordUsers:
    """GET /api/v10/users/@me on 127.0.0.1, answering like Discord does for each token."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    async def _me(self, request: web.Request) -> web.Response:
        auth = request.headers.get("Authorization", "")
        self.requests.append(auth)
        if auth == f"Bot {GOOD_TOKEN}":
            return web.json_response({"id": "4242", "username": "Lectern", "bot": True})
        if auth == "Bot user.token.value":
            return web.json_response({"id": "7", "username": "someone"})
        return web.json_response({"message": "401: Unauthorized", "code": 0}, status=401)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_get("/api/v10/users/@me", self._me)
        self._runner = web.AppRunner(app)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = self._runner.addresses[0][1]
        self._started.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self._runner.cleanup())

    def __enter__(self) -> "FakeDiscordUsers":
        self._thread.start()
        assert self._started.wait(10)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"


@pytest.fixture
def users_endpoint():
    with FakeDiscordUsers() as server:
        yield server


@pytest.fixture
def install(monkeypatch, tmp_path):
    """A working installation in tmp_path: corpus, migrated database, a token Discord accepts."""
    forget_configuration(monkeypatch, tmp_path)
    corpus = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS_DIR, corpus) if DEFAULT_CORPUS_DIR.is_dir() else corpus.mkdir()
    data = tmp_path / "data"
    data.mkdir()

    async def create() -> None:
        db = await Database.open(data / "lectern.db")
        await db.close()

    asyncio.run(create())
    monkeypatch.setenv("LECTERN_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("LECTERN_DATABASE", str(data / "lectern.db"))
    monkeypatch.setenv("DISCORD_TOKEN", GOOD_TOKEN)
    return tmp_path


def doctor(capsys, *args: str) -> tuple[int, str]:
    status, out, _ = lectern_main(capsys, "doctor", *args)
    return status, out


def test_a_healthy_installation_passes_every_check(install, users_endpoint, monkeypatch, capsys):
    monkeypatch.setenv("LECTERN_DISCORD_API_BASE", users_endpoint.base)
    status, out = doctor(capsys)
    assert status == 0, out
    assert "FAIL" not in out
    assert "integrity ok; applied 0001" in out
    shipped = load_corpus(DEFAULT_CORPUS_DIR)
    assert (
        f"ok    corpus: {install / 'corpus'}: {len(shipped.passages)} passages from "
        f"{len(shipped.sources)} sources"
    ) in out
    assert "Discord accepts the token (bot Lectern, id 4242)" in out
    assert users_endpoint.requests == [f"Bot {GOOD_TOKEN}"]


def test_a_token_discord_rejects_is_reported_with_the_fix(
    install, users_endpoint, monkeypatch, capsys
):
    monkeypatch.setenv("LECTERN_DISCORD_API_BASE", users_endpoint.base)
    monkeypatch.setenv("DISCORD_TOKEN", "revoked.token")
    status, out = doctor(capsys)
    assert status == 1
    assert "FAIL  discord: Discord rejected the token (401 Unauthorized)" in out
    assert "Reset Token" in out


def test_a_user_token_is_refused(install, users_endpoint, monkeypatch, capsys):
    monkeypatch.setenv("LECTERN_DISCORD_API_BASE", users_endpoint.base)
    monkeypatch.setenv("DISCORD_TOKEN", "user.token.value")
    status, out = doctor(capsys)
    assert status == 1
    assert "belongs to a user account, not a bot" in out


def test_offline_never_contacts_discord(install, monkeypatch, capsys):
    monkeypatch.setenv("LECTERN_DISCORD_API_BASE", "http://127.0.0.1:9/api/v10")
    status, out = doctor(capsys, "--offline")
    assert status == 0, out
    assert "discord:" not in out


def test_unreachable_discord_is_a_problem(install, monkeypatch, capsys):
    monkeypatch.setenv("LECTERN_DISCORD_API_BASE", "http://127.0.0.1:9/api/v10")
    status, out = doctor(capsys)
    assert status == 1
    assert "FAIL  discord: cannot ask http://127.0.0.1:9/api/v10/users/@me" in out
    assert "--offline" in out


def test_missing_token_and_bad_value(install, monkeypatch, capsys):
    monkeypatch.delenv("DISCORD_TOKEN")
    status, out = doctor(capsys, "--offline")
    assert status == 1
    assert "FAIL  discord token: DISCORD_TOKEN is not set" in out

    monkeypatch.setenv("LECTERN_LOG_LEVEL", "loud")
    status, out = doctor(capsys)
    assert status == 2  # settings it cannot read: bad configuration, like every command
    assert out.startswith("FAIL  configuration: LECTERN_LOG_LEVEL:")
    assert "Traceback" not in out


def test_missing_corpus(install, monkeypatch, capsys):
    monkeypatch.setenv("LECTERN_CORPUS_DIR", str(install / "nowhere"))
    status, out = doctor(capsys, "--offline")
    assert status == 1
    assert f"FAIL  corpus: the corpus folder {install / 'nowhere'} does not exist" in out
    assert "LECTERN_CORPUS_DIR" in out


def test_pending_migrations_are_reported_not_applied(install, monkeypatch, capsys):
    path = install / "data" / "old.db"

    async def create_old() -> None:
        db = await Database.open(path, migrate=False)
        await db.migrate(up_to=0)
        await db.close()

    asyncio.run(create_old())
    monkeypatch.setenv("LECTERN_DATABASE", str(path))
    status, out = doctor(capsys, "--offline")
    assert status == 0, out
    assert "applied none; pending 0001" in out
    status, out = doctor(capsys, "--offline")
    assert "pending 0001" in out  # the doctor changed nothing


def test_a_corrupt_database_is_reported(install, monkeypatch, capsys):
    path = install / "data" / "broken.db"
    path.write_bytes(b"this is not a database" * 300)
    monkeypatch.setenv("LECTERN_DATABASE", str(path))
    status, out = doctor(capsys, "--offline")
    assert status == 1
    assert f"FAIL  database: cannot read {path} as a SQLite database" in out
    assert "restore the file from a backup" in out


def test_a_missing_database_folder(install, monkeypatch, capsys):
    monkeypatch.setenv("LECTERN_DATABASE", str(install / "absent" / "lectern.db"))
    status, out = doctor(capsys, "--offline")
    assert status == 1
    assert f"FAIL  database folder: {install / 'absent'} does not exist" in out


def test_a_read_only_database_folder(install):
    folder = install / "data"
    folder.chmod(0o555)
    try:
        env = {**os.environ, "LECTERN_DATABASE": str(folder / "lectern.db")}
        result = run_without_write_permission(
            [sys.executable, "-m", "bot", "doctor", "--offline"], env, install
        )
    finally:
        folder.chmod(0o755)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"FAIL  database folder: cannot write in {folder}: Permission denied" in result.stdout
    assert "write access" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_corpus_that_fails_validation_names_the_file_and_passage(install, monkeypatch, capsys):
    passages = install / "corpus" / "passages.json"
    data = json.loads(passages.read_text(encoding="utf-8"))
    altered = data["passages"][3]
    altered["text"] = "Not what the essay says. " + altered["text"]
    passages.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    status, out = doctor(capsys, "--offline")
    assert status == 1
    assert f"FAIL  corpus: {install / 'corpus'} has 1 problem:" in out
    assert f"      {passages}: passage {altered['id']}: text differs from" in out
    assert "restore the corpus from git" in out


def test_a_read_only_wal_file_is_reported(install):
    database = install / "data" / "lectern.db"
    wal = database.with_name("lectern.db-wal")
    wal.write_bytes(b"")
    wal.chmod(0o444)
    env = {**os.environ, "LECTERN_DATABASE": str(database)}
    result = run_without_write_permission(
        [sys.executable, "-m", "bot", "doctor", "--offline"], env, install
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"FAIL  database folder: cannot write {wal}: Permission denied" in result.stdout
    assert "-wal and -shm files" in result.stdout


def test_a_missing_database_is_reported_not_created(install, monkeypatch, capsys):
    folder = install / "data"
    before = sorted(p.name for p in folder.iterdir())
    monkeypatch.setenv("LECTERN_DATABASE", str(folder / "new.db"))
    status, out = doctor(capsys, "--offline")
    assert status == 0, out
    assert f"ok    database: {folder / 'new.db'} does not exist yet; the bot creates it" in out
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing created or left
