"""The bot gives freed heap back to the system once it is idle: once after each burst of
commands, never while one is being answered, never again while nothing happens."""

import asyncio
import logging

from bot.heap import HeapTrimmer


def run(script: list[tuple[int, bool]], fail: bool = False) -> list[int]:
    """Play ``script``: before interval ``i`` ends, ``script[i]`` = (interactions answered so
    far, one under way). Returns the intervals after which the heap was trimmed."""
    trims: list[int] = []
    state = {"interval": -1, "answered": 0, "busy": False}

    def trim() -> None:
        trims.append(state["interval"])
        if fail:
            raise OSError("no libc here")

    async def sleep(seconds: float) -> None:
        assert seconds == 60.0
        await asyncio.sleep(0)
        state["interval"] += 1
        if state["interval"] == len(script):
            trimmer.stop()
            return
        state["answered"], state["busy"] = script[state["interval"]]

    trimmer = HeapTrimmer(
        answered=lambda: state["answered"],
        busy=lambda: state["busy"],
        trim=trim,
        sleep=sleep,
        idle_seconds=60.0,
    )
    asyncio.run(asyncio.wait_for(trimmer.run_forever(), timeout=5))
    return trims


def test_a_bot_that_answered_nothing_never_trims():
    assert run([(0, False)] * 5) == []


def test_after_a_burst_the_first_quiet_interval_trims_once():
    assert run([(3, False), (9, False), (9, False), (9, False), (9, False)]) == [2]


def test_nothing_is_trimmed_while_an_interaction_is_under_way():
    assert run([(3, True), (3, True), (3, True), (3, False), (3, False)]) == [3]


def test_each_new_burst_is_followed_by_one_trim():
    script = [(2, False), (2, False), (2, False), (5, False), (6, False), (6, False), (6, False)]
    assert run(script) == [1, 5]


def test_a_failing_trim_is_logged_and_the_bot_carries_on(caplog):
    with caplog.at_level(logging.ERROR, logger="bot.heap"):
        assert run([(1, False), (1, False), (4, False), (4, False)], fail=True) == [1, 3]
    assert "giving freed memory back failed" in caplog.text
