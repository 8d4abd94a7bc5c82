"""Run the fake Discord by hand, to see `make run` connect and answer without a Discord account.

    .venv/bin/python -m bot.devtools.fakediscord --port 8765   # terminal 1: prints the settings
    DISCORD_TOKEN=fake.discord.token \\
    LECTERN_DISCORD_API_BASE=http://127.0.0.1:8765/api/v10 make run     # terminal 2

Once the bot has connected, a member of the fake server uses ``--command`` (``help`` by
default; ``"quote random"`` for a subcommand) and the bot's answer is printed. The server
then keeps running until Ctrl-C, or exits after that one answer with ``--once``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from typing import Any

from bot.devtools.fakediscord.server import FakeDiscord

CONNECT_TIMEOUT_SECONDS = 600.0


def answer_lines(data: dict[str, Any]) -> list[str]:
    """What a member sees in the bot's answer: its text, then each embed's title and text."""
    lines = [data["content"]] if data.get("content") else []
    for embed in data.get("embeds", []):
        lines += [embed.get("title", ""), embed.get("description", "")]
        lines += [f"{f['name']}: {f['value']}" for f in embed.get("fields", [])]
    return [line for line in lines if line]


async def serve(port: int, command: str, once: bool) -> None:
    fake = FakeDiscord()
    fake.shutdown_timeout = 1.0  # the bot may still be connected, and reconnecting, at exit
    await fake.start(port)
    try:
        print(f"DISCORD_TOKEN={fake.token}", flush=True)
        print(f"LECTERN_DISCORD_API_BASE={fake.api_base}", flush=True)
        print("Waiting for the bot to connect ...", flush=True)
        await fake.wait_until_ready(timeout=CONNECT_TIMEOUT_SECONDS)
        identify = fake.identifies[-1]
        print(f"Connected: shard {identify['shard']}, intents {identify['intents']}", flush=True)
        name, _, sub = command.partition(" ")
        reply = await fake.slash(name, sub or None)
        message = await reply.message()
        print(f"/{command} answered (interaction response type {reply.type}):", flush=True)
        for line in "\n".join(answer_lines(message)).splitlines():
            print(f"  {line}", flush=True)
        if not once:
            print("Serving until Ctrl-C.", flush=True)
            await asyncio.Event().wait()
    finally:
        await fake.stop()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.devtools.fakediscord", description=__doc__)
    parser.add_argument("--port", type=int, default=8765, help="0: any free port")
    parser.add_argument("--command", default="help", help='e.g. "quote random"')
    parser.add_argument("--once", action="store_true", help="exit after the first answer")
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.port, args.command, args.once))


if __name__ == "__main__":
    main()
