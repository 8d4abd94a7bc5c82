"""deploy/compose.cluster.yaml: PostgreSQL and two bot processes that together run every
shard once, on the one database, each a valid configuration for `lectern run`."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.settings import Settings, load_settings

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.cluster.yaml").read_text(encoding="utf-8"))


def bot_services() -> dict[str, dict]:
    return {name: s for name, s in compose()["services"].items() if name.startswith("cluster-")}


def settings_of(service: dict, monkeypatch) -> Settings:
    for key, value in service["environment"].items():
        monkeypatch.setenv(key, str(value).replace("${POSTGRES_PASSWORD}", "pw"))
    return load_settings()


def test_the_processes_run_every_shard_once_on_one_database(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    services = bot_services()
    assert len(services) >= 2
    shards: list[int] = []
    urls, counts = set(), set()
    for service in services.values():
        with monkeypatch.context() as env:
            settings = settings_of(service, env)
        assert settings.shards is not None
        shards += settings.shards
        counts.add(settings.shard_count)
        urls.add(settings.database_url)
        assert service["depends_on"]["postgres"]["condition"] == "service_healthy"
        assert service["restart"] in ("always", "unless-stopped")
        assert service["healthcheck"]["test"][:3] == ["CMD", "lectern", "healthcheck"]
        # Processes cannot share a SQLite file: the URL points at the compose PostgreSQL.
        assert settings.database_url is not None and "@postgres:5432/" in settings.database_url
        assert settings.metrics_port is not None
    (count,) = counts
    assert sorted(shards) == list(range(count))  # every shard, none twice
    assert len(urls) == 1


def test_postgres_keeps_its_data_on_a_volume_and_reports_health():
    postgres = compose()["services"]["postgres"]
    volume, _, target = postgres["volumes"][0].partition(":")
    assert volume in compose()["volumes"]
    assert target == "/var/lib/postgresql/data"
    assert postgres["healthcheck"]["test"][1] == "pg_isready"
    assert "?" in postgres["environment"]["POSTGRES_PASSWORD"]  # required, never a default
