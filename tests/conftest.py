"""Fixtures shared by every test module: the fake Discord and the bot connected to it, and
the throwaway PostgreSQL server with a database per test (``database_target`` runs a test
on both backends)."""

from tests.fakediscord_fixtures import fake_discord, lectern, lectern_corpus, lectern_runner
from tests.pgserver import database_target, postgres_server, postgres_url

__all__ = [
    "database_target",
    "fake_discord",
    "lectern",
    "lectern_corpus",
    "lectern_runner",
    "postgres_server",
    "postgres_url",
]
