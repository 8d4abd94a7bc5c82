import io
import json
import logging

import pytest

from bot.logging_setup import configure_logging, log_interaction


@pytest.fixture
def restore_root_logger():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_json_lines_carry_command_guild_and_latency(restore_root_logger):
    stream = io.StringIO()
    configure_logging("INFO", "json", stream)
    log_interaction(command="quote search", guild_id=1234, latency_ms=12.345)
    log_interaction(command="verify", guild_id=None, latency_ms=3, outcome="error")

    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert first["logger"] == "lectern.interactions"
    assert first["level"] == "INFO"
    assert (first["command"], first["guild_id"], first["latency_ms"]) == (
        "quote search",
        1234,
        12.3,
    )
    assert first["outcome"] == "ok"
    assert first["time"].endswith("Z")
    assert second["level"] == "WARNING"
    assert second["guild_id"] is None


def test_json_traceback_stays_on_one_line(restore_root_logger):
    stream = io.StringIO()
    configure_logging("INFO", "json", stream)
    try:
        raise ValueError("boom")
    except ValueError:
        logging.getLogger("lectern.test").exception("it failed")
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    entry = json.loads(lines[0])
    assert entry["message"] == "it failed"
    assert "ValueError: boom" in entry["exception"]


def test_text_format_shows_the_same_fields(restore_root_logger):
    stream = io.StringIO()
    configure_logging("INFO", "text", stream)
    log_interaction(command="daily set", guild_id=99, latency_ms=250.0, outcome="user_error")
    line = stream.getvalue().strip()
    assert "lectern.interactions: /daily set user_error in 250.0 ms" in line
    assert "guild_id=99" in line and "latency_ms=250.0" in line and "outcome=user_error" in line


def test_level_filters_and_reconfiguring_does_not_duplicate(restore_root_logger):
    stream = io.StringIO()
    configure_logging("INFO", "text", stream)
    configure_logging("WARNING", "text", stream)
    logging.getLogger("lectern.test").info("hidden")
    logging.getLogger("lectern.test").warning("shown")
    assert stream.getvalue().count("shown") == 1
    assert "hidden" not in stream.getvalue()
