"""`lectern healthcheck` (the Docker HEALTHCHECK) reads the age of the heartbeat file."""

import os
import time

import pytest

from bot.cli import main


@pytest.fixture
def heartbeat(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "heartbeat"
    monkeypatch.setenv("LECTERN_HEARTBEAT_FILE", str(path))
    return path


def test_a_fresh_heartbeat_is_healthy(heartbeat, capsys):
    heartbeat.touch()
    assert main(["healthcheck"]) == 0
    assert capsys.readouterr().out.startswith("healthy: heartbeat 0 s old")


def test_a_stale_heartbeat_is_unhealthy(heartbeat, capsys):
    heartbeat.touch()
    old = time.time() - 120
    os.utime(heartbeat, (old, old))
    assert main(["healthcheck"]) == 1
    assert "is 120 s old: the bot is not connected" in capsys.readouterr().err
    assert main(["healthcheck", "--max-age", "300"]) == 0


def test_no_heartbeat_yet_is_unhealthy(heartbeat, capsys):
    assert main(["healthcheck"]) == 1
    assert "no heartbeat yet" in capsys.readouterr().err


def test_without_the_setting_it_says_so(monkeypatch, tmp_path, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LECTERN_HEARTBEAT_FILE", raising=False)
    assert main(["healthcheck"]) == 1
    assert "LECTERN_HEARTBEAT_FILE is not set" in capsys.readouterr().err
