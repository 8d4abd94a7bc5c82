"""Fixtures shared by every test module: the fake Discord and the bot connected to it."""

from tests.fakediscord_fixtures import fake_discord, lectern, lectern_corpus, lectern_runner

__all__ = ["fake_discord", "lectern", "lectern_corpus", "lectern_runner"]
