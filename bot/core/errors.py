"""Errors whose message is meant for the member who caused them.

The Discord adapter replies to a ``UserFacingError`` with its message, ephemerally, and
logs nothing alarming; any other exception is logged with context and the member gets a
generic apology. The CLI prints the message and exits non-zero.

Member text quoted in a message goes through ``shown_input`` and sits in a `code span`,
where Discord renders it literally.
"""

import re

# Backticks (they would close the code span) and invisible characters that change how the
# rest renders: C0/C1 controls and the bidi embeddings, overrides and isolates.
_NOT_SHOWN = re.compile("[`\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def shown_input(text: str, limit: int = 40) -> str:
    """Member text for a code span in an error message: one line, no backticks or control
    characters, at most ``limit`` characters (ending with …), "(empty)" when blank."""
    flat = " ".join(_NOT_SHOWN.sub(" ", text).split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return flat or "(empty)"


class UserFacingError(Exception):
    """Something the member can fix: an unknown id, an empty query, a wrong option."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnknownPassageError(UserFacingError):
    def __init__(self, passage_id: str) -> None:
        super().__init__(
            f"There is no passage with the id `{shown_input(passage_id)}`. "
            "Use `/quote search` to find one; ids look like the one under every quotation."
        )
        self.passage_id = passage_id
