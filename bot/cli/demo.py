"""``lectern demo``: try Lectern in this terminal, without a Discord account.

It starts the fake Discord the end-to-end tests use and the real bot process against it,
registers the commands, and lets you type slash commands as a member of a demo server. The
database lives in a temporary folder, removed at exit, unless ``--database`` says where.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
from pathlib import Path

from bot.cli._common import fail
from bot.cli.doctor import check_database_folder


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="try Lectern in this terminal against a local stand-in for Discord",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--database",
        type=Path,
        metavar="FILE",
        help="keep the demo's database in FILE (default: a temporary folder, removed at exit)",
    )
    parser.add_argument(
        "--files",
        type=Path,
        metavar="FOLDER",
        help="save the files Lectern sends here (default: the temporary folder)",
    )
    parser.set_defaults(func=demo_command)


def demo_command(args: argparse.Namespace) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return fail("lectern demo is interactive: run it in a terminal", status=2)
    if args.database is not None:
        finding = check_database_folder(args.database)
        if not finding.ok:
            return fail(f"cannot use --database: {finding.message}\n  fix: {finding.fix}", 2)
    # imported late: prompt_toolkit, rich and the fake are only needed here
    from rich.console import Console

    from bot.devtools.demo.repl import run_demo
    from bot.devtools.demo.world import DemoPaths

    with tempfile.TemporaryDirectory(prefix="lectern-demo-") as scratch:
        folder = Path(scratch)
        paths = DemoPaths(
            database=args.database or folder / "lectern.db",
            files=args.files or folder / "files",
            log=folder / "lectern.log",
        )
        logging.basicConfig(
            filename=paths.log,
            level=logging.INFO,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
        return asyncio.run(run_demo(paths, Console(highlight=False)))
