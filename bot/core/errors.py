"""Errors whose message is meant for the member who caused them.

The Discord adapter replies to a ``UserFacingError`` with its message, ephemerally, and
logs nothing alarming; any other exception is logged with context and the member gets a
generic apology. The CLI prints the message and exits non-zero.

Member text quoted in a message goes through ``shown_input`` and sits in a `code span`,
where Discord renders it literally.
"""

import re

# Backticks (they would close the code span) and invisible characters that change how the
# rest renders or hide in it: C0/C1 controls, zero-width characters, direction marks and the
# bidi embeddings, overrides and isolates.
_NOT_SHOWN = re.compile(
    "[`\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)


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
        shown = shown_input(passage_id)
        if shown == "(empty)":
            message = (
                "Give a passage id: start typing words of the passage and pick it from the "
                "list, or find it with `/quote search`."
            )
        else:
            message = (
                f"There is no passage with the id `{shown}`. Use `/quote search` to find one; "
                "ids look like the one under every quotation."
            )
        super().__init__(message)
        self.passage_id = passage_id
