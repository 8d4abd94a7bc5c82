"""``lectern healthcheck``: exit 0 if the running bot touched its heartbeat file recently.

Used as the Docker HEALTHCHECK. The bot touches ``LECTERN_HEARTBEAT_FILE`` every 30 seconds
while it is connected to Discord (``bot/cogs/heartbeat.py``); a file older than
``--max-age`` seconds, or none at all, means the bot is not running or not connected.

Exit status: 0 healthy; 1 anything else, a wrong configuration included: Docker reserves
status 2 for health checks, so this command never uses it.
"""

from __future__ import annotations

import argparse
import time

from bot.cli._common import EXIT_FAILED, configuration_error, fail
from bot.settings import SettingsError, load_settings

DEFAULT_MAX_AGE_SECONDS = 90.0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "healthcheck",
        help="exit 0 if the running bot is connected (reads the heartbeat file)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--max-age",
        type=float,
        default=DEFAULT_MAX_AGE_SECONDS,
        help="seconds after which the heartbeat counts as stale (default: %(default)s)",
    )
    parser.set_defaults(func=healthcheck_command)


def healthcheck_command(args: argparse.Namespace) -> int:
    try:
        settings = load_settings()
    except SettingsError as exc:
        return configuration_error(exc, status=EXIT_FAILED)
    path = settings.heartbeat_file
    if path is None:
        return fail("LECTERN_HEARTBEAT_FILE is not set, so there is no heartbeat to check")
    try:
        age = time.time() - path.stat().st_mtime
    except FileNotFoundError:
        return fail(f"no heartbeat yet at {path}: the bot has not connected to Discord")
    except OSError as exc:
        return fail(f"cannot read the heartbeat at {path}: {exc.strerror or exc}")
    if age > args.max_age:
        return fail(f"the heartbeat at {path} is {age:.0f} s old: the bot is not connected")
    print(f"healthy: heartbeat {age:.0f} s old")
    return 0
