"""``python -m bot.devtools.gallery`` (``make gallery``): screenshots of every command.

Starts the fake Discord and the real bot on the shipped corpus (a fresh database in a
temporary folder), plays every scene of ``scenes.py``, writes one HTML page per scene and,
unless ``--html-only``, a PNG of each taken with headless Chromium (Debian's ``chromium``),
cropped to its content. Output: ``build/gallery/`` by default, with an ``index.html``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import html
import io
import logging
import shutil
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import discord

from bot.client import LecternBot
from bot.core.corpus import load_corpus
from bot.core.library import GuildView
from bot.core.models import Corpus
from bot.core.search import SearchIndex
from bot.devtools.fakediscord.server import MODERATOR_ROLE_ID, TOKEN, FakeDiscord
from bot.devtools.gallery.html import Scene, scene_html
from bot.devtools.gallery.library_scenes import LIBRARY_SCENES
from bot.devtools.gallery.scenes import SCENES, Director
from bot.libraries import LibraryLimits, StoredLibraries
from bot.settings import DEFAULT_CORPUS_DIR, Settings
from bot.storage import Database

WIDTH = 720
TALL = 8000
BACKGROUND = (0x31, 0x33, 0x38)
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


@contextlib.asynccontextmanager
async def running_bot(corpus_dir: Path) -> AsyncIterator[tuple[FakeDiscord, LecternBot, Corpus]]:
    """The fake Discord and the real bot on ``corpus_dir`` (a fresh database in a temporary
    folder), connected; stopped on leaving. Raises if Discord would have refused a request."""
    corpus = load_corpus(corpus_dir)
    fake = FakeDiscord()
    await fake.start()
    discord.http.Route.BASE = fake.api_base
    with tempfile.TemporaryDirectory(prefix="lectern-gallery-") as folder:
        settings = Settings(
            discord_token=TOKEN,
            database=Path(folder) / "lectern.db",
            corpus_dir=corpus_dir,
            discord_api_base=fake.api_base,
            moderator_role_ids=(MODERATOR_ROLE_ID,),
        )
        database = await Database.open(settings.database)
        index = SearchIndex(corpus)
        libraries = StoredLibraries(
            database, GuildView(corpus, index), limits=LibraryLimits.from_settings(settings)
        )
        bot = LecternBot(
            settings,
            corpus=corpus,
            index=index,
            database=database,
            guild_ready_timeout=0.05,
            libraries=libraries,
        )
        task = asyncio.create_task(bot.start(TOKEN))
        try:
            await fake.wait_until_ready()
            await asyncio.wait_for(bot.wait_until_ready(), 10)
            yield fake, bot, corpus
        finally:
            await bot.close()
            await asyncio.wait_for(task, 10)
            await libraries.close()
            await database.close()
            await fake.stop()
    if fake.refused:
        raise SystemExit(f"Discord would have refused: {fake.refused}")


async def record(corpus_dir: Path, only: frozenset[str] = frozenset()) -> list[Scene]:
    """Play every scene (or those whose maker's name is in ``only``) against a fresh bot;
    the scenes with their payloads."""
    scenes: list[Scene] = []
    async with running_bot(corpus_dir) as (fake, bot, corpus):
        director = Director(fake, bot, corpus)
        for make in (*SCENES, *LIBRARY_SCENES):
            if only and make.__name__ not in only:
                continue
            scenes.extend(await make(director))
    return scenes


def screenshot(page: Path, target: Path, chromium: str, width: int = WIDTH) -> None:
    """``page`` as a PNG ``width`` wide, cut below its last non-background row."""
    from PIL import Image

    with tempfile.TemporaryDirectory(prefix="lectern-chromium-") as profile:
        raw = Path(profile) / "shot.png"
        subprocess.run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}/data",
                f"--window-size={width},{TALL}",
                f"--screenshot={raw}",
                page.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        image = Image.open(io.BytesIO(raw.read_bytes())).convert("RGB")
    background = Image.new("RGB", image.size, BACKGROUND)
    from PIL import ImageChops

    box = ImageChops.difference(image, background).getbbox()
    bottom = min(image.height, (box[3] if box else 100) + 20)
    image.crop((0, 0, width, bottom)).save(target, optimize=True)


def write_index(scenes: list[Scene], out: Path, pictures: bool) -> None:
    items = "".join(
        f'<h2>{html.escape(s.title)}</h2><a href="{s.slug}.html">'
        + (f'<img src="{s.slug}.png" width="{WIDTH}">' if pictures else s.slug)
        + "</a>"
        for s in scenes
    )
    (out / "index.html").write_text(
        '<!doctype html><meta charset="utf-8"><title>Lectern gallery</title>'
        f'<body style="background:#1e1f22;color:#ddd;font-family:sans-serif">{items}</body>',
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.devtools.gallery", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("build/gallery"))
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS_DIR)
    parser.add_argument("--html-only", action="store_true", help="no Chromium screenshots")
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated scene makers to play (e.g. library_review,own_reading_cards); "
        "a scene that needs an earlier one's reading needs that one too",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not args.html_only and chromium is None:
        sys.exit(
            "Chromium is needed for the screenshots: apt-get install chromium (or --html-only)"
        )
    only = frozenset(name.strip() for name in args.only.split(",") if name.strip())
    scenes = asyncio.run(record(args.corpus, only))
    args.out.mkdir(parents=True, exist_ok=True)
    for scene in scenes:
        page = args.out / f"{scene.slug}.html"
        page.write_text(scene_html(scene), encoding="utf-8")
        if chromium is not None and not args.html_only:
            screenshot(page, args.out / f"{scene.slug}.png", chromium)
        print(f"{scene.slug}: {scene.title}", flush=True)
    write_index(scenes, args.out, not args.html_only)
    print(f"{len(scenes)} scenes in {args.out}/index.html")


if __name__ == "__main__":
    main()
