"""The ``lectern`` command line for maintainers.

Each module in this package adds its own sub-commands through ``register(subparsers)``;
``main`` finds them, so adding a command group never means editing this file. Every failure
ends as one or two ``lectern: ...`` lines and an exit status from ``bot.cli._common``
(README: "Exit status"), never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
import traceback
from collections.abc import Sequence

from bot import __version__
from bot.cli._common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    CommandError,
    configuration_error,
    fail,
)
from bot.settings import SettingsError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lectern",
        description="Lectern: sourced quotations for reading groups on Discord.",
        epilog="Exit status: 0 done; 1 a check failed, nothing found or Discord unreachable;"
        " 2 bad configuration or input (README: 'Exit status').",
    )
    parser.add_argument("--version", action="version", version=f"lectern {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sub-command and return its exit status (each sets ``func`` on its parser)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.func(args)
    except CommandError as exc:
        for line in exc.message.splitlines():
            fail(line)
        return exc.status
    except SettingsError as exc:
        return configuration_error(exc)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `lectern corpus export | head`
        sys.stderr.close()
        return 0
    except Exception as exc:  # a bug: one line for the operator, the traceback on request
        if os.environ.get("LECTERN_LOG_LEVEL", "").strip().upper() == "DEBUG":
            traceback.print_exc()
        return fail(
            f"internal error: {type(exc).__name__}: {exc} (please report it; run with"
            " LECTERN_LOG_LEVEL=DEBUG to see where)",
            EXIT_FAILED,
        )
    return status
