"""``lectern sync [--guild ID]``: register the slash commands with Discord.

The bot never registers its commands at start (Discord rate-limits it and every start would
reset them): run this once after installing and after each upgrade that changes commands.
``--guild`` registers them in one server only, instantly (handy while testing); without it
they are registered globally.

Exit status: 0 registered; 1 Discord could not be reached or refused the commands; 2 bad
configuration, no token or one Discord rejects, or a corpus that cannot be loaded.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path

from bot.cli._common import EXIT_FAILED, EXIT_USAGE, discord_id, fail
from bot.settings import load_settings


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "sync",
        help="register the slash commands with Discord",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--guild", type=discord_id, metavar="ID", help="register in this server only"
    )
    parser.set_defaults(func=sync_command)


def sync_command(args: argparse.Namespace) -> int:
    settings = load_settings()  # a wrong setting: main prints it, status 2
    if settings.discord_token is None:
        return fail("no Discord token is configured (DISCORD_TOKEN); see `lectern run`", 2)
    import aiohttp
    import discord  # late: the checks above need no discord.py

    from bot.client import LecternBot
    from bot.core.corpus import CorpusError, load_corpus
    from bot.core.search import SearchIndex
    from bot.storage import Database

    async def sync() -> list[str]:
        if settings.discord_api_base:
            discord.http.Route.BASE = settings.discord_api_base
        corpus = load_corpus(settings.corpus_dir)
        # The commands only need their definitions: a scratch database, not the real one.
        with tempfile.TemporaryDirectory() as scratch:
            database = await Database.open(Path(scratch) / "sync.db")
            try:
                bot = LecternBot(
                    settings, corpus=corpus, index=SearchIndex(corpus), database=database
                )
                async with bot:
                    assert settings.discord_token is not None
                    await bot.login(settings.discord_token.get_secret_value())  # setup_hook
                    guild = discord.Object(args.guild) if args.guild else None
                    if guild is not None:
                        bot.tree.copy_global_to(guild=guild)
                    synced = await bot.tree.sync(guild=guild)
            finally:
                await database.close()
        return sorted(command.name for command in synced)

    try:
        names = asyncio.run(sync())
    except CorpusError as exc:
        return fail(f"cannot load the corpus {settings.corpus_dir}:\n{exc}", EXIT_USAGE)
    except discord.LoginFailure:
        return fail("Discord refused the token: check DISCORD_TOKEN", EXIT_USAGE)
    except discord.HTTPException as exc:
        return fail(f"Discord refused the commands: {exc}", EXIT_FAILED)
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
        where = settings.discord_api_base or "Discord"
        return fail(
            f"cannot reach {where} ({exc or type(exc).__name__}): check the network and try again",
            EXIT_FAILED,
        )
    where = f"in server {args.guild}" if args.guild else "globally (may take up to an hour)"
    print(f"registered {len(names)} commands {where}: {', '.join('/' + n for n in names)}")
    return 0
