"""Logging for operators: text or JSON lines on stderr, and one record per interaction.

Use from the process entry point (``lectern run``)::

    configure_logging(settings.log_level, settings.log_format)

Every record goes to stderr (journald, ``docker logs`` and compose collect it there). With
``LECTERN_LOG_FORMAT=json`` each record is one JSON object on one line, with ``time`` (UTC,
ISO 8601), ``level``, ``logger``, ``message``, every field passed through ``extra=`` and
``exception`` when there is a traceback; with ``text`` the same fields follow the message as
``key=value`` pairs, so both formats carry the same facts.

Use from the Discord adapter, once per finished interaction (application command,
autocomplete excepted)::

    started = time.perf_counter()
    ...  # run the command
    log_interaction(
        command=interaction.command.qualified_name,  # "quote search"
        guild_id=interaction.guild_id,                # None in DMs
        latency_ms=elapsed_ms(started),
        outcome="ok",                    # or "user_error", "error", "stopping"
    )

which logs on the ``lectern.interactions`` logger at INFO (WARNING for ``error``) with the
fields ``command``, ``guild_id``, ``latency_ms`` and ``outcome``. Users are never logged:
the discussion log keeps who took part only as keyed hashes, and the logs must not undo it.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from datetime import UTC, datetime
from typing import Literal, TextIO

LogFormat = Literal["text", "json"]
# "stopping": refused because the bot was shutting down (the member is asked to retry).
Outcome = Literal["ok", "user_error", "error", "stopping"]

INTERACTIONS_LOGGER = "lectern.interactions"

# Attributes every LogRecord has; anything else on a record came from ``extra=``.
_STANDARD_ATTRIBUTES = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {
    "message",
    "asctime",
    "taskName",
}

_handler: logging.Handler | None = None


def _extra_fields(record: logging.LogRecord) -> dict[str, object]:
    return {
        key: value
        for key, value in record.__dict__.items()
        if key not in _STANDARD_ATTRIBUTES and not key.startswith("_")
    }


def _timestamp(record: logging.LogRecord) -> str:
    moment = datetime.fromtimestamp(record.created, tz=UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class JsonFormatter(logging.Formatter):
    """One JSON object per line; values that JSON can't hold are written as ``str()``."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": _timestamp(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update(_extra_fields(record))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    """``TIME LEVEL logger: message key=value ...`` then any traceback on following lines."""

    def format(self, record: logging.LogRecord) -> str:
        line = f"{_timestamp(record)} {record.levelname:<7} {record.name}: {record.getMessage()}"
        fields = " ".join(f"{key}={value}" for key, value in _extra_fields(record).items())
        if fields:
            line = f"{line} {fields}"
        if record.exc_info:
            line = f"{line}\n{self.formatException(record.exc_info)}"
        if record.stack_info:
            line = f"{line}\n{self.formatStack(record.stack_info)}"
        return line


def configure_logging(level: str, log_format: LogFormat, stream: TextIO | None = None) -> None:
    """Send every log record at ``level`` or above to ``stream`` (stderr) in ``log_format``.

    Calling it again replaces the handler it installed before (tests, reloads).
    """
    global _handler
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(JsonFormatter() if log_format == "json" else TextFormatter())
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler


def elapsed_ms(started: float) -> float:
    """Milliseconds since ``started``, a ``time.perf_counter()`` reading."""
    return (time.perf_counter() - started) * 1000.0


def log_interaction(
    *,
    command: str,
    guild_id: int | None,
    latency_ms: float,
    outcome: Outcome = "ok",
) -> None:
    """Log one finished interaction: which command, in which guild, how long it took."""
    logging.getLogger(INTERACTIONS_LOGGER).log(
        logging.WARNING if outcome == "error" else logging.INFO,
        "/%s %s in %.1f ms",
        command,
        outcome,
        latency_ms,
        extra={
            "command": command,
            "guild_id": guild_id,
            "latency_ms": round(latency_ms, 1),
            "outcome": outcome,
        },
    )
