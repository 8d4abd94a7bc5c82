"""Lectern: a Discord bot that quotes a reading group's texts exactly, with full attribution.

Layout:
- ``bot.core``: the pure domain (corpus, search, verify, compare, selection, schedules, stats
  reports). It never imports discord.py.
- ``bot.storage``: the only module that speaks SQL.
- ``bot.cogs``, ``bot.client``, ``bot.render``: the Discord adapter.
- ``bot.cli``: the ``lectern`` command line for maintainers.
"""

__version__ = "0.1.0"
