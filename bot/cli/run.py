"""``lectern run``: start the bot.

Needs DISCORD_TOKEN. Before it connects it checks the configuration, the corpus and the
database, and refuses to start naming what to fix. SIGTERM or SIGINT stop it cleanly: the
commands under way finish, pending discussion events are written, the database is closed.

Exit status: 0 after a clean stop (SIGTERM, SIGINT); 2 when the configuration, the corpus, the
database or the token stop the start (each says what to fix; restarting cannot help); 1 when
Discord cannot be reached (restarting later may help).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from bot.cli._common import fail
from bot.cli.doctor import (
    Finding,
    check_corpus_folder,
    check_database,
    check_database_folder,
    check_postgres,
)
from bot.core.semantic import use_cache_folder
from bot.logging_setup import configure_logging
from bot.settings import load_settings

NO_TOKEN_HELP = (
    "no Discord token is configured.\n"
    "  1. Create an application and a bot user at https://discord.com/developers/applications\n"
    "  2. Copy the bot's token and put it in a .env file beside this README:\n"
    "         DISCORD_TOKEN=your-token-here\n"
    "     (or export DISCORD_TOKEN in the environment), then run this command again.\n"
    "  See the README section 'Creating the Discord application' for the invite link."
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "run",
        help="start the Discord bot (needs DISCORD_TOKEN)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--shards",
        metavar="IDS",
        help="run only these shards, e.g. 0-3 or 0,2,4-5 (a process of a cluster;"
        " overrides LECTERN_SHARDS)",
    )
    parser.add_argument(
        "--shard-count",
        type=int,
        metavar="N",
        help="the total number of shards over every process (overrides LECTERN_SHARD_COUNT)",
    )
    parser.set_defaults(func=run_command)


def run_command(args: argparse.Namespace) -> int:
    overrides: dict[str, object] = {}
    if getattr(args, "shards", None) is not None:
        overrides["shards"] = args.shards
    if getattr(args, "shard_count", None) is not None:
        overrides["shard_count"] = args.shard_count
    settings = load_settings(**overrides)  # a wrong setting: main prints it, status 2
    if settings.discord_token is None:
        return fail(NO_TOKEN_HELP, status=2)
    # Quick checks first, so a wrong path is one clear message before anything starts; and
    # never run on a database a newer Lectern has migrated (its schema is not this one's).
    checks: list[Callable[[], Finding]] = [lambda: check_corpus_folder(settings.corpus_dir)]
    if settings.database_url is not None:
        url = settings.database_url
        checks.append(lambda: check_postgres(url, write=False))
    else:
        checks += [
            lambda: check_database_folder(settings.database),
            lambda: check_database(settings.database, integrity=False),
        ]
    for check in checks:
        finding = check()
        if not finding.ok:
            status = 1 if finding.transient else 2
            return fail(f"cannot start: {finding.message}\n  fix: {finding.fix}", status=status)
    configure_logging(settings.log_level, settings.log_format)
    if settings.cache_dir is not None:
        use_cache_folder(settings.cache_dir)
    from bot.client import run_bot  # imported late: discord.py is not needed for the checks

    return run_bot(settings)
