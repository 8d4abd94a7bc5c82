"""Errors whose message is meant for the member who caused them.

The Discord adapter replies to a ``UserFacingError`` with its message, ephemerally, and
logs nothing alarming; any other exception is logged with context and the member gets a
generic apology. The CLI prints the message and exits non-zero.
"""


class UserFacingError(Exception):
    """Something the member can fix: an unknown id, an empty query, a wrong option."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnknownPassageError(UserFacingError):
    def __init__(self, passage_id: str) -> None:
        shown = passage_id.strip()[:40] or "(empty)"
        super().__init__(
            f"There is no passage with the id `{shown}`. "
            "Use `/quote search` to find one; ids look like the one under every quotation."
        )
        self.passage_id = passage_id
