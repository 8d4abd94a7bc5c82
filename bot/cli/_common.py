"""Small helpers shared by the CLI modules."""

from __future__ import annotations

import sys


def fail(message: str, status: int = 1) -> int:
    """Print a one-line error for the operator and return the exit status to use."""
    print(f"lectern: {message}", file=sys.stderr)
    return status
