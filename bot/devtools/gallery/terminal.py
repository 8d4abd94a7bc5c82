"""``python -m bot.devtools.gallery.terminal docs/demo.png``: the README's picture of
``lectern demo``, taken from the current code.

Plays a short session of the demo's own ``DemoSession`` against the real bot and the fake
Discord (a member's ``/verify`` with the wrong speaker; a moderator's review of a reading just
added, its menu of passages picked by number and its correction form filled in by typing),
prints it as the terminal would, and screenshots rich's HTML export with headless Chromium.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

import discord
from rich.console import Console
from rich.terminal_theme import MONOKAI
from rich.text import Text

from bot.devtools.demo.session import DemoSession
from bot.devtools.gallery.__main__ import running_bot, screenshot
from bot.settings import DEFAULT_CORPUS_DIR

COLUMNS = 96
WIDTH = 800
ESSAY = (
    "# The Lantern Club\n\nThe club met by lamplight. Its secretary, Odile Brandt, wrote in the "
    'first minutes: "We read slowly because the oil is dear."\n\nSomeone chalked on the door: '
    '"No lamp, no chapter."\n'
)
PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>
body {{ background: #313338; color: #dbdee1; margin: 0; padding: 12px 16px; }}
pre {{ font: 13px/1.3 "DejaVu Sans Mono", monospace; margin: 0; }}
</style></head><body><pre><code>{code}</code></pre></body></html>"""


async def play(corpus_dir: Path, folder: Path) -> Console:
    """The session, printed into a recording console."""
    console = Console(
        record=True,
        width=COLUMNS,
        force_terminal=True,
        color_system="truecolor",
        file=io.StringIO(),
    )
    essay = folder / "lantern-club.md"
    essay.write_text(ESSAY, encoding="utf-8")
    async with running_bot(corpus_dir) as (fake, bot, corpus):
        guild = discord.Object(fake.guild_id)
        bot.tree.copy_global_to(guild=guild)
        await bot.tree.sync(guild=guild)  # what `lectern sync --guild` does
        session = DemoSession(fake, folder / "files")
        quoted = [p for p in corpus.passages if p.kind == "quotation" and len(p.text.split()) >= 12]
        named = [p for p in quoted if not corpus.speakers[p.speaker].unnamed]
        passage = next((p for p in named if "Stalin" in corpus.speaker_name(p.speaker)), named[0])
        other = next(
            (s for s in corpus.speakers.values() if s.name.endswith("Lenin")),
            next(s for s in corpus.speakers.values() if s.id != passage.speaker),
        )
        claimed = " ".join(passage.text.split()[:12])

        async def typed(line: str, shown: bool = True) -> None:
            console.print(Text(session.prompt, style="bold magenta") + Text(line, style="bold"))
            answer = await session.handle(line)
            if shown:
                for renderable in answer:
                    console.print(renderable)

        def number(label: str | None = None) -> str:
            return str(
                next(
                    n
                    for n, b in session.buttons.items()
                    if (b.label == label if label else b.value is not None)
                )
            )

        await typed(f'/verify text: "{claimed}" - {other.name}')
        await typed("/mod")
        await typed(f"/library add file: {essay.name} title: The Lantern Club", shown=False)
        console.print(Text("  (the summary of the reading added, with its buttons)", style="dim"))
        await typed(number("Review the quotations"))
        await typed(number())
        await typed("speaker: Odile Brandt-Leclerc")
        await typed("/submit")
    return console


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.devtools.gallery.terminal")
    parser.add_argument("out", type=Path, nargs="?", default=Path("docs/demo.png"))
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS_DIR)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("Chromium is needed for the picture: apt-get install chromium")
    out, corpus = args.out.resolve(), args.corpus.resolve()
    with tempfile.TemporaryDirectory(prefix="lectern-demo-picture-") as folder:
        os.chdir(folder)  # the file is attached by its name, as typed in a terminal there
        console = asyncio.run(play(corpus, Path(folder)))
        page = Path(folder) / "demo.html"
        page.write_text(
            console.export_html(theme=MONOKAI, inline_styles=True, code_format=PAGE), "utf-8"
        )
        screenshot(page, out, chromium, width=WIDTH)
    print(f"{out} written")


if __name__ == "__main__":
    main()
