"""Every `lectern` sub-command, found in the CLI's own parser, run as an operator would in
each way an installation goes wrong: a `.env` that cannot be read (no permission, not UTF-8,
a folder, a dangling link), a database file that is not a database or is empty, and no
network (Discord's API base on a closed local port). Each must end within its timeout, with
its documented exit status and one or two plain lines naming the problem, never a traceback.
The README's exit-status table is checked against the statuses seen here.
"""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.cli import _common, build_parser
from bot.settings import DEFAULT_CORPUS_DIR
from bot.storage import Database

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_SECONDS = 90
GUILD = "7000"

SCENARIOS = [
    "env-unreadable",
    "env-not-utf8",
    "env-folder",
    "env-dangling-link",
    "not-a-database",
    "empty-database",
    "no-network",
]
ENV_SCENARIOS = SCENARIOS[:4]

# What each sub-command must answer: its status in the bad-.env scenarios, with a file that
# is not a database, with an empty database file, and with a good database but no network.
# Inputs are chosen so the answer does not depend on what the corpus says.
EXPECTED: dict[str, dict[str, int]] = {
    "backup": {"env": 2, "not-a-database": 2, "empty-database": 2, "no-network": 0},
    "compare": {"env": 2, "not-a-database": 2, "empty-database": 2, "no-network": 2},
    "corpus build": {"env": 2, "not-a-database": 0, "empty-database": 0, "no-network": 0},
    "corpus check": {"env": 2, "not-a-database": 0, "empty-database": 0, "no-network": 0},
    "corpus export": {"env": 2, "not-a-database": 0, "empty-database": 0, "no-network": 0},
    "corpus ingest": {"env": 2, "not-a-database": 0, "empty-database": 0, "no-network": 0},
    "db copy": {"env": 2, "not-a-database": 2, "empty-database": 2, "no-network": 0},
    # Interactive: refused without a terminal (as here), whatever the installation.
    "demo": {"env": 2, "not-a-database": 2, "empty-database": 2, "no-network": 2},
    "doctor": {"env": 2, "not-a-database": 1, "empty-database": 1, "no-network": 1},
    # Docker reserves status 2 for health checks: every failure is 1.
    # The test's essay quotes nobody: nothing found.
    "ingest": {"env": 2, "not-a-database": 1, "empty-database": 1, "no-network": 1},
    # A good database holds no server reading: none stored with Markdown marks.
    "library markdown": {"env": 2, "not-a-database": 2, "empty-database": 2, "no-network": 0},
    "healthcheck": {"env": 1, "not-a-database": 1, "empty-database": 1, "no-network": 1},
    "invite": {"env": 0, "not-a-database": 0, "empty-database": 0, "no-network": 0},
    "run": {"env": 2, "not-a-database": 2, "empty-database": 2, "no-network": 1},
    "search": {"env": 2, "not-a-database": 2, "empty-database": 2, "no-network": 2},
    "stats export": {"env": 2, "not-a-database": 2, "empty-database": 2, "no-network": 1},
    "stats prune": {"env": 2, "not-a-database": 2, "empty-database": 2, "no-network": 0},
    "stats top": {"env": 2, "not-a-database": 2, "empty-database": 2, "no-network": 1},
    "sync": {"env": 2, "not-a-database": 1, "empty-database": 1, "no-network": 1},
    "verify": {"env": 2, "not-a-database": 2, "empty-database": 2, "no-network": 2},
}
# Commands that open the database (the others never touch it).
DATABASE_COMMANDS = {
    "backup",
    "db copy",
    "doctor",
    "library markdown",
    "run",
    "stats export",
    "stats prune",
    "stats top",
}
# Commands that need no settings at all (so a broken .env cannot stop them).
NO_SETTINGS = {"invite", "demo"}

# A value for each required argument, by its name; a new command's arguments go here.
ARGUMENTS: dict[str, Callable[[Path], str]] = {
    "query": lambda _: "",  # an empty query is refused, whatever the corpus holds
    "text": lambda _: " ",  # so is an empty quotation to verify
    "topic": lambda _: "no-such-topic-anywhere",
    "target": lambda where: str(where / "backup.db"),
    "to": lambda where: str(where / "copy.db"),
    "client_id": lambda _: "123456789012345678",
    "file": lambda where: str(where / "essay.txt"),
    "guild": lambda _: GUILD,
    "format": lambda _: "csv",
    "title": lambda _: "An essay",
    "author": lambda _: "Someone",
    "year": lambda _: "1999",
}


def leaf_commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from leaf_commands(sub, (*path, name))
            return
    yield path, parser


COMMANDS = dict(leaf_commands(build_parser()))


def arguments(path: tuple[str, ...], parser: argparse.ArgumentParser, where: Path) -> list[str]:
    argv = list(path)
    for action in parser._actions:
        if action.option_strings and not action.required:
            continue
        if isinstance(action, argparse._HelpAction):
            continue
        assert action.dest in ARGUMENTS, f"add a sample value for {action.dest!r} of {path}"
        value = ARGUMENTS[action.dest](where)
        argv += [action.option_strings[0], value] if action.option_strings else [value]
    return argv


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def drop_file_permission_bypass() -> None:
    """As root, give up CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH for the child, so a file
    without read permission really cannot be read (as for any other user)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


@pytest.fixture(scope="module")
def corpus_and_database(tmp_path_factory) -> tuple[Path, Path]:
    """A copy of the shipped corpus (`corpus build` writes into it) and a migrated database."""
    base = tmp_path_factory.mktemp("sweep")
    corpus = base / "corpus"
    shutil.copytree(DEFAULT_CORPUS_DIR, corpus)
    database = base / "lectern.db"

    async def create() -> None:
        await (await Database.open(database)).close()

    asyncio.run(create())
    return corpus, database


def prepare(scenario: str, where: Path, corpus: Path, database: Path) -> dict[str, str]:
    """The environment of one run in folder ``where`` (its working directory)."""
    where.mkdir()
    (where / "essay.txt").write_text("A short essay.\n\nIt quotes nobody.\n", encoding="utf-8")
    target = where / "lectern.db"
    if scenario == "not-a-database":
        target.write_text("This is a shopping list, not a database.\n" * 50, encoding="utf-8")
    elif scenario == "empty-database":
        target.touch()
    else:
        shutil.copyfile(database, target)
    dotenv = where / ".env"
    if scenario == "env-unreadable":
        dotenv.write_text("DISCORD_TOKEN=from.the.env.file\n", encoding="utf-8")
        dotenv.chmod(0)
    elif scenario == "env-not-utf8":
        dotenv.write_bytes("DISCORD_TOKEN=caf\u00e9\n".encode("latin-1"))
    elif scenario == "env-folder":
        dotenv.mkdir()
    elif scenario == "env-dangling-link":
        dotenv.symlink_to(where / "settings-moved-away.env")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LECTERN_", "DISCORD_"))}
    env.update(
        DISCORD_TOKEN="fake.discord.token",
        # No test ever reaches Discord: this port was just closed.
        LECTERN_DISCORD_API_BASE=f"http://127.0.0.1:{closed_port()}/api/v10",
        LECTERN_DATABASE=str(target),
        LECTERN_CORPUS_DIR=str(corpus),
    )
    return env


def run(
    argv: list[str], where: Path, env: dict[str, str], scenario: str
) -> subprocess.CompletedProcess:
    drop = scenario == "env-unreadable" and os.geteuid() == 0
    try:
        return subprocess.run(
            [sys.executable, "-m", "bot", *argv],
            cwd=where,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            preexec_fn=drop_file_permission_bypass if drop else None,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(
            f"`lectern {' '.join(argv)}` hangs ({scenario}): no answer in {TIMEOUT_SECONDS} s"
        )


def expected_status(name: str, scenario: str) -> int:
    return EXPECTED[name]["env" if scenario in ENV_SCENARIOS else scenario]


def test_every_command_has_an_expectation():
    assert set(EXPECTED) == {" ".join(path) for path in COMMANDS}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_command_fails_plainly_with_its_documented_status(
    scenario, corpus_and_database, tmp_path
):
    corpus, database = corpus_and_database
    jobs = []
    for index, (path, parser) in enumerate(sorted(COMMANDS.items())):
        where = tmp_path / f"{index}-{'-'.join(path)}"
        env = prepare(scenario, where, corpus, database)
        jobs.append((" ".join(path), arguments(path, parser, where), where, env))
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda job: run(job[1], job[2], job[3], scenario), jobs))

    problems = []
    for (name, argv, _, _), result in zip(jobs, results, strict=True):
        out, err = result.stdout, result.stderr
        said = f"`lectern {' '.join(argv)}` ({scenario}) exit {result.returncode}:\n{err}{out}"
        if "Traceback" in out + err or "internal error" in err:
            problems.append(f"traceback or internal error from {said}")
            continue
        if result.returncode != expected_status(name, scenario):
            problems.append(f"expected {expected_status(name, scenario)} from {said}")
            continue
        if result.returncode == 0:
            continue
        report = out if name == "doctor" else err  # doctor's report is its answer
        lines = [line for line in err.splitlines() if line.strip()]
        if name == "run":  # once started, its standard error is the bot's log: count problems
            lines = [line for line in lines if not re.match(r"\S+ (DEBUG|INFO) ", line)]
        if name == "doctor":
            if err or "FAIL" not in out:
                problems.append(f"doctor should report FAIL lines on stdout only: {said}")
        elif not 1 <= len(lines) <= 2:
            problems.append(f"{len(lines)} lines instead of one or two from {said}")
        if scenario in ENV_SCENARIOS and name not in NO_SETTINGS and ".env" not in report:
            problems.append(f"the .env file at fault is not named by {said}")
        uses_database = name in DATABASE_COMMANDS
        if scenario == "not-a-database" and uses_database and "not a database" not in report:
            problems.append(f"'not a database' not said by {said}")
        if scenario == "empty-database" and uses_database and "empty file" not in report:
            problems.append(f"the empty database file is not named by {said}")
    assert not problems, "\n\n".join(problems)
    # The empty database file was refused, never migrated into a database.
    if scenario == "empty-database":
        for _, _, where, _ in jobs:
            assert (where / "lectern.db").stat().st_size == 0


def test_every_command_explains_itself_in_its_help():
    for path, parser in COMMANDS.items():
        assert parser.description, f"`lectern {' '.join(path)} --help` has no description"


def readme_exit_statuses() -> dict[int, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Exit status", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| (\d+) \| (.+) \|$", section, flags=re.MULTILINE)
    return {int(status): meaning for status, meaning in rows}


def test_the_readme_exit_status_table_is_the_one_the_commands_use():
    table = readme_exit_statuses()
    constants = {value for name, value in vars(_common).items() if name.startswith("EXIT_")}
    assert set(table) == constants
    seen = {status for row in EXPECTED.values() for status in row.values()}
    assert seen <= set(table)
    assert "check failed" in table[_common.EXIT_FAILED]
    assert "nothing" in table[_common.EXIT_FAILED]
    assert "configuration" in table[_common.EXIT_USAGE] and "input" in table[_common.EXIT_USAGE]
    assert all(row["env"] != 2 for name, row in EXPECTED.items() if name == "healthcheck")
