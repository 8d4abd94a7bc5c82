"""Lectern: a Discord bot that quotes a reading group's texts exactly, with full attribution.

Layout:
- ``bot.core``: the pure domain (corpus, search, verify, compare, selection, schedules, stats
  reports). It never imports discord.py.
- ``bot.storage``: the only module that speaks SQL.
- ``bot.cogs``, ``bot.client``, ``bot.render``: the Discord adapter.
- ``bot.cli``: the ``lectern`` command line for maintainers.
"""

__version__ = "0.1.0"

import os

# Search's vector work (bot/core/semantic.py) is a few small matrix products per query: a BLAS
# thread pool only adds contention with the event loop and other processes (measured: 8 ms of
# CPU per query with numpy's default pool, 2 ms with one thread). It must be set before numpy
# is first imported, hence here; an operator's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
