"""``lectern doctor``: check the configuration, corpus, database and token; say how to fix.

Each check prints one line, ``ok`` or ``FAIL``, and under a failure the fix. The corpus is
loaded and validated as the bot loads it at start. Nothing is changed: a missing database
is not created (the bot creates it at its first start; the doctor checks that its folder is
writable by writing and removing a temporary file), an existing one is opened read-only,
and pending migrations are only reported (the bot applies them when it starts). With
``--offline`` Discord is not asked whether it accepts the token.

Exit status: 0 everything is fine; 1 a check failed; 2 the settings themselves cannot be read
(then nothing else is checked).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bot import __version__
from bot.cli._common import EXIT_FAILED, EXIT_USAGE
from bot.core.corpus import CorpusError, load_corpus
from bot.settings import DEFAULT_CORPUS_DIR, Settings, SettingsError, load_settings
from bot.storage import StorageError, available_migrations, redact_url
from bot.storage.health import inspect_database, inspect_postgres

DEFAULT_API_BASE = "https://discord.com/api/v10"
DISCORD_TIMEOUT_SECONDS = 10.0
WAL_SUFFIXES = ("-wal", "-shm")


@dataclass(frozen=True)
class Finding:
    check: str
    ok: bool
    message: str
    fix: str = ""
    # A passing outage (the database server is down), not a wrong setting: `lectern run`
    # exits 1 so that a supervisor tries again, instead of 2.
    transient: bool = False


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "doctor",
        help="check the configuration, corpus, database and Discord token",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--offline", action="store_true", help="do not ask Discord whether it accepts the token"
    )
    parser.set_defaults(func=doctor_command)


def doctor_command(args: argparse.Namespace) -> int:
    findings = run_checks(offline=args.offline)
    for finding in findings:
        mark = "ok  " if finding.ok else "FAIL"
        first, *rest = finding.message.splitlines()
        print(f"{mark}  {finding.check}: {first}")
        for line in rest:
            print(f"      {line}")
        if finding.fix:
            print(f"      fix: {finding.fix}")
    problems = sum(not f.ok for f in findings)
    if problems:
        print(f"{problems} problem{'s' if problems > 1 else ''} found.")
        unreadable = findings[0].check == "configuration" and not findings[0].ok
        return EXIT_USAGE if unreadable else EXIT_FAILED
    print("Everything looks right.")
    return 0


def run_checks(*, offline: bool) -> list[Finding]:
    """Every check, in the order an operator would fix them."""
    try:
        settings = load_settings()
    except SettingsError as exc:
        return [
            Finding(
                "configuration",
                False,
                str(exc).replace("\n", "; "),
                "correct these keys in .env or the environment (.env.example documents each)",
            )
        ]
    dotenv = Path(".env")
    source = f"environment and {dotenv.resolve()}" if dotenv.is_file() else "environment"
    findings = [Finding("configuration", True, f"valid (read from the {source})")]
    findings.append(check_token_present(settings))
    findings.append(check_corpus(settings.corpus_dir))
    if settings.database_url is not None:
        findings.append(check_postgres(settings.database_url))
    else:
        folder = check_database_folder(settings.database)
        findings.append(folder)
        # The file is checked only in a usable folder: an "ok" under that FAIL would mislead.
        if folder.ok:
            findings.append(check_database(settings.database))
    if settings.discord_token is not None and not offline:
        findings.append(asyncio.run(check_discord(settings)))
    return findings


def check_token_present(settings: Settings) -> Finding:
    if settings.discord_token is None:
        return Finding(
            "discord token",
            False,
            "DISCORD_TOKEN is not set, so the bot cannot log in",
            "create a bot user (README: 'Creating the Discord application') and put its token"
            " in .env as DISCORD_TOKEN=...",
        )
    return Finding("discord token", True, "DISCORD_TOKEN is set")


def check_corpus_folder(corpus_dir: Path) -> Finding:
    if not corpus_dir.is_dir():
        return Finding(
            "corpus",
            False,
            f"the corpus folder {corpus_dir} does not exist",
            "set LECTERN_CORPUS_DIR to the folder holding the corpus, or leave it empty for"
            f" the corpus Lectern ships ({DEFAULT_CORPUS_DIR})",
        )
    return Finding("corpus", True, f"folder {corpus_dir}")


def check_corpus(corpus_dir: Path) -> Finding:
    """Load and validate the corpus exactly as the bot does at start."""
    folder = check_corpus_folder(corpus_dir)
    if not folder.ok:
        return folder
    try:
        corpus = load_corpus(corpus_dir)
    except CorpusError as exc:
        count = len(exc.problems)
        return Finding(
            "corpus",
            False,
            f"{corpus_dir} has {count} problem{'s' if count > 1 else ''}:\n{exc}",
            "correct the file and passage named above (README: 'Adding a reading to the"
            " corpus'), or restore the corpus from git; `lectern corpus check` re-checks it"
            " (it reads LECTERN_CORPUS_DIR too)",
        )
    return Finding(
        "corpus",
        True,
        f"{corpus_dir}: {len(corpus.passages)} passages from {len(corpus.sources)} sources",
    )


def check_database_folder(database: Path) -> Finding:
    """The folder, the database and its WAL files must be writable by this user."""
    folder = database.resolve().parent
    if not folder.is_dir():
        return Finding(
            "database folder",
            False,
            f"{folder} does not exist",
            f"create it (mkdir -p {folder}) or point LECTERN_DATABASE somewhere else",
        )
    fix = (
        f"give the user running Lectern (uid {os.getuid()}) write access to {folder} and the"
        " files in it (SQLite also writes its -wal and -shm files there), or point"
        " LECTERN_DATABASE at a writable folder"
    )
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".lectern-write-check-"):
            pass
    except OSError as exc:
        return Finding(
            "database folder", False, f"cannot write in {folder}: {exc.strerror or exc}", fix
        )
    # SQLite writes the database and, in WAL mode, its -wal and -shm files beside it.
    resolved = database.resolve()
    for path in (resolved, *(resolved.with_name(resolved.name + s) for s in WAL_SUFFIXES)):
        try:
            if path.exists():
                with path.open("r+b"):
                    pass
        except OSError as exc:
            return Finding(
                "database folder", False, f"cannot write {path}: {exc.strerror or exc}", fix
            )
    return Finding("database folder", True, f"{folder} is writable")


def check_database(database: Path, *, integrity: bool = True) -> Finding:
    """Migrations applied and pending, and (unless ``integrity=False``, which is quick)
    ``PRAGMA integrity_check``; the file is opened read-only and never created."""
    if not database.exists():
        count = len(available_migrations())
        return Finding(
            "database",
            True,
            f"{database} does not exist yet; the bot creates it and applies {count}"
            " migration(s) at start",
        )
    try:
        report = asyncio.run(inspect_database(database, integrity=integrity))
    except StorageError as exc:
        return Finding(
            "database",
            False,
            str(exc),
            "restore the file from a backup (README: 'Backing up the database'),"
            " or move it away to start with an empty database",
        )
    if integrity and report.integrity != "ok":
        return Finding(
            "database",
            False,
            f"PRAGMA integrity_check reports: {report.integrity}",
            "stop the bot and restore the latest backup (README: 'Backing up the database')",
        )
    if report.unknown:
        return _unknown_migrations(str(database), report.unknown, "a backup")
    checked = "integrity ok; " if integrity else ""
    return Finding(
        "database", True, f"{database}: {checked}{_migrations(report.applied, report.pending)}"
    )


def check_postgres(url: str, *, write: bool = True) -> Finding:
    """LECTERN_DATABASE_URL: reachable, migrated (or only pending ones), and (with
    ``write``) writable, by a write in a transaction that is rolled back."""
    shown = redact_url(url)
    try:
        report = asyncio.run(inspect_postgres(url, write=write))
    except StorageError as exc:
        return Finding(
            "database",
            False,
            str(exc),
            "check LECTERN_DATABASE_URL (host, port, user, password, database name) and that"
            " the server is running and accepts this host (pg_hba.conf)",
            transient=True,
        )
    if report.unknown:
        return _unknown_migrations(shown, report.unknown, "a pg_dump")
    if write and report.writable != "ok":
        return Finding(
            "database",
            False,
            report.writable,
            "grant the database user INSERT/UPDATE/DELETE on Lectern's tables (and CREATE on"
            " the schema before the first start), and connect to the primary, not a replica",
        )
    writable = "writable; " if write else ""
    return Finding(
        "database",
        True,
        f"{shown}: reachable; {writable}{_migrations(report.applied, report.pending)}",
    )


def _versions(versions: Iterable[int]) -> str:
    return ", ".join(f"{v:04d}" for v in versions)


def _migrations(applied: Iterable[int], pending: Iterable[int]) -> str:
    """The migrations part of a finding: 'applied 0001; pending 0002 (applied when ...)'."""
    waiting = _versions(pending)
    tail = f"; pending {waiting} (applied when the bot starts)" if waiting else "; none pending"
    return f"applied {_versions(applied) or 'none'}{tail}"


def _unknown_migrations(shown: str, unknown: Iterable[int], backup: str) -> Finding:
    """A database a newer Lectern has migrated: this version must not run on it."""
    return Finding(
        "database",
        False,
        f"{shown} has migrations this version of Lectern does not know ({_versions(unknown)})",
        f"run the newer Lectern that wrote it, or restore {backup} made by this version",
    )


async def check_discord(settings: Settings) -> Finding:
    """Ask Discord who the token belongs to (``GET /users/@me``)."""
    import aiohttp  # late: every other command starts faster without it

    assert settings.discord_token is not None
    base = (settings.discord_api_base or DEFAULT_API_BASE).rstrip("/")
    url = f"{base}/users/@me"
    headers = {
        "Authorization": f"Bot {settings.discord_token.get_secret_value()}",
        "User-Agent": f"DiscordBot (lectern, {__version__})",
    }
    timeout = aiohttp.ClientTimeout(total=DISCORD_TIMEOUT_SECONDS)
    try:
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.get(url, headers=headers) as response,
        ):
            status = response.status
            body = await response.json(content_type=None) if status == 200 else None
    except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
        return Finding(
            "discord",
            False,
            f"cannot ask {url}: {exc or type(exc).__name__}",
            "check the network connection (and LECTERN_DISCORD_API_BASE, if set), or run"
            " `lectern doctor --offline` to skip this check",
        )
    if status == 401:
        return Finding(
            "discord",
            False,
            "Discord rejected the token (401 Unauthorized)",
            "in the Developer Portal open your application > Bot > Reset Token, and put the"
            " new token in DISCORD_TOKEN",
        )
    if status != 200 or not isinstance(body, dict):
        return Finding(
            "discord",
            False,
            f"Discord answered HTTP {status} to GET /users/@me",
            "try again in a few minutes; if it persists, check https://discordstatus.com",
        )
    if not body.get("bot"):
        return Finding(
            "discord",
            False,
            "the token belongs to a user account, not a bot",
            "use the token from your application's Bot page, never a user token",
        )
    return Finding(
        "discord",
        True,
        f"Discord accepts the token (bot {body.get('username')}, id {body.get('id')})",
    )
