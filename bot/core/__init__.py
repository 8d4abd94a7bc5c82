"""The pure domain core: corpus, retrieval, verification, comparison, selection and schedules.

Nothing under this package imports discord.py (ruff's banned-api rule and a test enforce it),
so everything here is testable without a bot and shared by the Discord adapter and the CLI.
"""
