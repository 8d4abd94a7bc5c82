"""The interactive terminal: prompt_toolkit reads the lines, rich prints the answers."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import signal
from collections.abc import Sequence

from prompt_toolkit import PromptSession
from prompt_toolkit.application import run_in_terminal
from prompt_toolkit.history import InMemoryHistory
from rich.console import Console, RenderableType
from rich.text import Text

from bot.devtools.demo.session import DEMO_HELP, DemoSession, QuitDemo, SlashCompleter
from bot.devtools.demo.world import DemoError, DemoPaths, DemoWorld

log = logging.getLogger(__name__)

POLL_SECONDS = 2.0  # how often Lectern's own posts (a daily passage) are looked for
LOG_TAIL_LINES = 15


def show(console: Console, renderables: Sequence[RenderableType]) -> None:
    for renderable in renderables:
        console.print(renderable)


async def watch_posts(session: DemoSession, console: Console) -> None:
    """Print what Lectern posts by itself (daily passages) above the prompt."""
    while True:
        await asyncio.sleep(POLL_SECONDS)
        posts = await session.unseen_posts()
        if posts:
            await run_in_terminal(functools.partial(show, console, posts))


async def converse(session: DemoSession, console: Console, world: DemoWorld) -> int:
    """Read lines until Ctrl-D, Ctrl-C, /quit or the bot's end; no input ends it with a
    traceback."""
    prompt: PromptSession[str] = PromptSession(
        completer=SlashCompleter(session),
        complete_while_typing=True,
        history=InMemoryHistory(),
    )
    watcher = asyncio.create_task(watch_posts(session, console))
    try:
        while True:
            try:
                line = await prompt.prompt_async(session.prompt)
            except (EOFError, KeyboardInterrupt):
                return 0
            if not world.bot_running():
                return bot_stopped(console, world)
            try:
                # Keys pressed meanwhile (Ctrl-D, Ctrl-C) wait for the prompt instead of
                # being taken by the terminal, which would also interrupt the bot.
                with prompt.input.raw_mode():
                    shown = await session.handle(line)
                show(console, shown)
            except QuitDemo:
                return 0
            except TimeoutError:
                console.print(
                    Text(
                        "Lectern did not answer in time (Discord would say "
                        "“The application did not respond”).",
                        style="yellow",
                    )
                )
            except Exception:
                log.exception("the demo could not carry out %r", line)
                console.print(Text("The demo could not do that (see its log).", style="yellow"))
            if not world.bot_running():
                return bot_stopped(console, world)
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher


def bot_stopped(console: Console, world: DemoWorld) -> int:
    console.print(Text("Lectern's process has stopped. Its log ends:", style="red"))
    console.print(Text(log_tail(world.paths), style="dim"))
    return 1


def log_tail(paths: DemoPaths) -> str:
    """The log's last records, without the frames of any traceback (the log file has them)."""
    try:
        lines = paths.log.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    records = [line for line in lines if line.strip() and not line[0].isspace()]
    records = [line for line in records if not line.startswith("Traceback")]
    return "\n".join(records[-LOG_TAIL_LINES:])


async def run_demo(paths: DemoPaths, console: Console) -> int:
    """Start the world, talk until the member leaves, stop everything; the exit status."""
    world = DemoWorld(paths)
    # A closed terminal or a `kill` stops the demo like Ctrl-D: the bot is stopped too.
    loop, main = asyncio.get_running_loop(), asyncio.current_task()
    assert main is not None
    for signum in (signal.SIGTERM, signal.SIGHUP):
        loop.add_signal_handler(signum, main.cancel)
    console.print(
        Text("Starting a local stand-in for Discord and Lectern against it …", style="dim")
    )
    try:
        await world.start()
        session = DemoSession(world.fake, paths.files)
        console.print(
            Text.assemble(
                ("Lectern demo", "bold magenta"),
                " — you are a member of the server “Reading Group”, in #reading-room.\n",
                (DEMO_HELP, ""),
                (f"\nDatabase: {paths.database}   Files: {paths.files}   Log: {paths.log}", "dim"),
            )
        )
        return await converse(session, console, world)
    except asyncio.CancelledError:
        return 1
    except DemoError as exc:
        console.print(Text(f"The demo could not start: {exc}", style="red"))
        tail = log_tail(paths)
        if tail:
            console.print(Text(tail, style="dim"))
        return 1
    finally:
        # the terminal may be gone (a hangup): stopping matters more than saying so
        with contextlib.suppress(OSError):
            console.print(Text("Stopping Lectern and the stand-in …", style="dim"))
        await world.stop()
        with contextlib.suppress(OSError):
            console.print(Text("Stopped. Nothing is left running.", style="dim"))
