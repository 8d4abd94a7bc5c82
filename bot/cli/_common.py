"""Small helpers shared by the CLI modules."""

from __future__ import annotations

import sys

from bot.settings import SettingsError


def fail(message: str, status: int = 1) -> int:
    """Print a one-line error for the operator and return the exit status to use."""
    print(f"lectern: {message}", file=sys.stderr)
    return status


def configuration_error(error: SettingsError, status: int = 2) -> int:
    """One ``lectern: configuration error: KEY: problem`` line per wrong key."""
    for line in str(error).splitlines():
        fail(f"configuration error: {line}")
    return status
