"""``lectern library markdown``: the server readings still stored with their Markdown marks.

Before Lectern read Markdown (it now stores a ``.md`` reading as the plain text its rendering
shows), a reading added from a ``.md`` file was stored as the file's text: members see its
``*``, ``> `` and ``[^1]`` in quotations and cards. This lists every such reading of every
server (server id, reading id, title, the marks found), changing nothing. To re-read one, a
moderator of that server removes it (``/library remove``) and adds the file again
(``/library add``), then reviews and publishes it. Why not done here: the database keeps the
extracted text, not the file, and reading it again gives new passages and ids, so the
moderators' corrections and the discussion counts of the old passages would not carry over;
that is the moderators' decision, not a silent upgrade.

Reads the database named by ``LECTERN_DATABASE`` / ``LECTERN_DATABASE_URL`` (never creates
one). Exit status: 0 none found; 1 some found (listed), or the database failed; 2 wrong
settings or a database that is missing or not a database.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from bot.cli._common import EXIT_FAILED, existing_database, fail, open_database
from bot.core.library import MARKDOWN_SUFFIX, markdown_marks
from bot.storage import StorageError
from bot.storage.library import LibraryStore


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    library = subparsers.add_parser(
        "library",
        help="servers' own readings: find those stored with Markdown marks",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = library.add_subparsers(dest="library_command", metavar="COMMAND", required=True)
    markdown = commands.add_parser(
        "markdown",
        help="list the .md readings stored with their marks (added before Lectern read Markdown)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    markdown.set_defaults(func=markdown_command)


def markdown_command(args: argparse.Namespace) -> int:
    try:
        found = asyncio.run(_marked_readings(existing_database()))
    except StorageError as exc:
        return fail(str(exc), EXIT_FAILED)
    if not found:
        print("no server reading is stored with Markdown marks")
        return 0
    for guild_id, reading_id, status, title, marks in found:
        shown = "; ".join(f"{count} {what}" for what, count in marks.items())
        print(f"server {guild_id} · reading {reading_id} ({status}) · {title!r}: {shown}")
    print(
        f"{len(found)} reading{'s' if len(found) != 1 else ''} stored with Markdown marks; to"
        " re-read one, a moderator of its server removes it with /library remove and adds the"
        " file again with /library add (its corrections and discussion counts start afresh)"
    )
    return EXIT_FAILED


async def _marked_readings(
    target: Path | str,
) -> list[tuple[int, str, str, str, dict[str, int]]]:
    database = await open_database(target, pool_size=1)
    try:
        readings = await LibraryStore(database).readings_from(MARKDOWN_SUFFIX)
    finally:
        await database.close()
    found: list[tuple[int, str, str, str, dict[str, int]]] = []
    for reading, text in readings:
        marks = await asyncio.to_thread(markdown_marks, text)
        if marks:
            found.append((reading.guild_id, reading.id, reading.status, reading.title, marks))
    return found
