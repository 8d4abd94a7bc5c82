"""``lectern demo`` in a pseudo-terminal, as a person would use it: a search, a button pressed
by its number, a verify with the wrong speaker, a discussion thread, then Ctrl-D.

The demo runs the shipped corpus; what the test types is taken from that corpus when the test
runs (a passage's own words, another speaker's name), never from fixed ids or counts.
"""

from __future__ import annotations

import os
import re
import signal
import sys
import time
from collections import Counter
from pathlib import Path

import pexpect
import pytest

from bot.core.models import Corpus, Passage
from tests.fixtures.waiting import eventually_sync

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ANSI = re.compile(
    r"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78])"
)
START_SECONDS = 180.0  # two processes load the corpus and build the index on a shared machine
ANSWER_SECONDS = 60.0
# Each step waits for the prompt drawn after its answer, so what follows answers that step.
PROMPT = r"reader in [^\n]*>"


class Screen:
    """What the terminal has shown so far, with escape codes taken out."""

    def __init__(self, child: pexpect.spawn) -> None:
        self.child = child
        self.raw = ""
        self.mark = 0  # ``wait_for`` only looks at what appeared after the last ``type``

    @property
    def text(self) -> str:
        return ANSI.sub("", self.raw).replace("\r", "")

    def since_mark(self) -> str:
        return ANSI.sub("", self.raw[self.mark :]).replace("\r", "")

    def wait_for(self, pattern: str, timeout: float = ANSWER_SECONDS) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while True:
            found = re.search(pattern, self.since_mark(), re.DOTALL)
            if found:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"{pattern!r} not shown; the screen ends:\n{self.text[-3000:]}"
                )
            try:
                self.raw += self.child.read_nonblocking(65536, timeout=0.5)
            except pexpect.TIMEOUT:
                continue

    def type(self, line: str) -> None:
        self.mark = len(self.raw)
        self.child.send(line)
        time.sleep(0.3)  # completion may open its menu while typing; Enter still submits
        self.child.send("\r")


def children_of(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]+", text)


def a_query_with_several_results(corpus: Corpus) -> str:
    """A long word that stands in several passages."""
    counts = Counter(w.lower() for p in corpus.passages for w in set(words(p.text)) if len(w) >= 9)
    return next(word for word, n in counts.most_common() if n >= 4)


def a_quotation_and_another_speaker(corpus: Corpus) -> tuple[Passage, str, str]:
    """A long quotation of the most quoted speaker, and the next most quoted speaker's name."""
    quotations = [p for p in corpus.passages if p.kind == "quotation" and p.via is None]
    (speaker, _), (other, _) = Counter(p.speaker for p in quotations).most_common(2)
    passage = next(p for p in quotations if p.speaker == speaker and len(words(p.text)) >= 25)
    return passage, corpus.speakers[speaker].name, corpus.speakers[other].name


@pytest.fixture
def demo(tmp_path):
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "PROMPT_TOOLKIT_NO_CPR": "1",  # the test answers no cursor-position requests
        "HOME": str(tmp_path),
    }
    child = pexpect.spawn(
        sys.executable,
        ["-m", "bot", "demo", "--files", str(tmp_path / "files")],
        cwd=str(tmp_path),
        env=env,
        dimensions=(60, 200),
        encoding="utf-8",
        codec_errors="replace",
    )
    yield child
    if child.isalive():
        child.terminate(force=True)


def test_a_session_in_the_terminal(demo, shipped_corpus):
    corpus = shipped_corpus
    query = a_query_with_several_results(corpus)
    passage, true_speaker, wrong_speaker = a_quotation_and_another_speaker(corpus)
    claimed = " ".join(words(passage.text)[:20])

    screen = Screen(demo)
    screen.wait_for(r"member of the server", timeout=START_SECONDS)
    screen.wait_for(PROMPT)
    bot_processes = children_of(demo.pid)
    assert bot_processes, "the demo started no bot process"

    screen.type(f"/quote search query: {query}")
    card = screen.wait_for(rf"Result 1 of \d+ for .*?\[(\d+)\] Next result.*?{PROMPT}")
    assert "╭" in screen.since_mark() and "╰" in screen.since_mark(), "replies are framed cards"
    assert "only you can see this" in screen.since_mark()

    screen.type(card.group(1))  # the Next button, pressed by its number
    screen.wait_for(rf"pressed \[{card.group(1)}\].*?Result 2 of.*?{PROMPT}", ANSWER_SECONDS)

    screen.type(f'/verify text: "{claimed}" - {wrong_speaker}')
    verdict = screen.wait_for(rf"╰.*?{PROMPT}", ANSWER_SECONDS)
    shown = screen.since_mark()[: verdict.end()]
    assert true_speaker in shown, shown
    assert "╭" in shown

    screen.type(f"/discuss id: {passage.id}")
    screen.wait_for(rf"opened a discussion thread.*?{PROMPT}")
    screen.type("/enter")
    screen.wait_for(rf"In thread .*?{PROMPT}")
    screen.type("The passage in plain words, for our next meeting")
    screen.wait_for(rf"Lectern counts it.*?{PROMPT}")

    screen.type("/nonsense command")  # bad input: a polite line, no traceback
    screen.wait_for(rf"There is no command /nonsense.*?{PROMPT}")

    demo.sendcontrol("d")
    screen.wait_for(r"Stopped\.", ANSWER_SECONDS)
    demo.expect(pexpect.EOF, timeout=ANSWER_SECONDS)
    demo.close()
    assert demo.exitstatus == 0
    assert "Traceback" not in screen.text
    left = [pid for pid in bot_processes if alive(pid)]
    assert left == [], f"processes left running: {left}"


def test_ctrl_c_stops_both_processes(demo):
    screen = Screen(demo)
    screen.wait_for(PROMPT, timeout=START_SECONDS)
    bot_processes = children_of(demo.pid)
    assert bot_processes, "the demo started no bot process"
    screen.type("/help")
    screen.wait_for(rf"╰.*?{PROMPT}")

    demo.sendcontrol("c")
    screen.wait_for(r"Stopped\.", ANSWER_SECONDS)
    demo.expect(pexpect.EOF, timeout=ANSWER_SECONDS)
    demo.close()
    assert demo.exitstatus == 0
    assert "Traceback" not in screen.text
    assert [pid for pid in bot_processes if alive(pid)] == []


def test_a_bot_that_dies_ends_the_demo_with_its_log(demo):
    screen = Screen(demo)
    screen.wait_for(PROMPT, timeout=START_SECONDS)
    bot_processes = children_of(demo.pid)
    for pid in bot_processes:
        os.kill(pid, signal.SIGKILL)
    eventually_sync(lambda: not any(alive(pid) for pid in bot_processes), ANSWER_SECONDS)
    screen.type("/help")
    screen.wait_for(r"Lectern's process has stopped.*?Stopped\.", ANSWER_SECONDS)
    demo.expect(pexpect.EOF, timeout=ANSWER_SECONDS)
    demo.close()
    assert demo.exitstatus == 1
    assert "Traceback" not in screen.text


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_killed_or_closed_terminal_stops_the_bot_too(demo, signum):
    screen = Screen(demo)
    screen.wait_for(PROMPT, timeout=START_SECONDS)
    bot_processes = children_of(demo.pid)
    assert bot_processes, "the demo started no bot process"
    os.kill(demo.pid, signum)
    demo.expect(pexpect.EOF, timeout=ANSWER_SECONDS)
    eventually_sync(lambda: not any(alive(pid) for pid in bot_processes), ANSWER_SECONDS)
