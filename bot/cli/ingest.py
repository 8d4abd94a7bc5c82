"""``lectern ingest FILE``: the passages Lectern would take from a reading, changing nothing.

Reads .txt, .md, .html, .epub or .pdf (``bot.core.extract.formats``), proposes its quotations
and commentary (``bot.core.extract.reading``) and matches the names with the corpus
registries. ``--json`` prints one JSON object per passage; otherwise a short review table.
A file it cannot read exits 2 (bad input) and a text with no quotation 1 (nothing found), the
README's exit statuses, with one polite line on stderr saying why.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bot.cli._common import EXIT_FAILED, EXIT_USAGE, corpus_folder, fail
from bot.core.corpus import CorpusError
from bot.core.extract.formats import ReadingError, read_reading
from bot.core.extract.ingest import propose_reading

_EXCERPT = 70


def _ingest(args: argparse.Namespace) -> int:
    file: Path = args.file
    try:
        corpus_dir = corpus_folder(args.corpus)
        reading = read_reading(file, budget_seconds=args.budget)
        if args.text:
            print(reading.text, end="")
            return 0
        records = propose_reading(
            reading.text,
            corpus_dir=corpus_dir,
            file_name=file.name,
            title=args.title or file.stem,
            author=args.author or "the author",
            year=args.year,
            budget_seconds=args.budget,
            marks=reading.marks,
        )
    except ReadingError as error:
        return fail(f"cannot ingest {file.name}: {error}", EXIT_USAGE)
    except CorpusError as error:
        return fail(f"the corpus registries are invalid:\n{error}", EXIT_USAGE)
    if not any(record["kind"] == "quotation" for record in records):
        return fail(
            f"cannot ingest {file.name}: no quotations found (Lectern quotes the words an "
            "essay quotes, in quote marks or block quotations)",
            EXIT_FAILED,
        )
    if args.json:
        for record in records:
            print(json.dumps(record, ensure_ascii=False))
        return 0
    for record in records:
        if record["kind"] != "quotation":
            continue
        text = " ".join(str(record["text"]).split())
        excerpt = text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"
        new = " (new)" if "new_speaker" in record else ""
        where = ", ".join(
            str(part)
            for part in (record["work_title"], record["page"] and f"p. {record['page']}")
            if part
        )
        via = f" via {record['via_name']}" if record["via_name"] else ""
        print(
            f"line {record['line']}: {record['speaker_name'] or '?'}{new}"
            f"{f' ({where})' if where else ''}{via}: “{excerpt}”"
        )
        if record["doubt"]:
            print(f"  check: {record['doubt']}")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    summary = "propose the passages of a reading (.txt .md .html .epub .pdf), changing nothing"
    parser = subparsers.add_parser("ingest", help=summary, description=summary)
    parser.add_argument("file", type=Path, help="the reading")
    parser.add_argument("--title", help="the reading's title (default: the file's name)")
    parser.add_argument("--author", help="who wrote it (its commentary is theirs)")
    parser.add_argument("--year", type=int, help="the year it was written")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="one JSON object per passage")
    output.add_argument(
        "--text", action="store_true", help="print the plain text Lectern would store, verbatim"
    )
    parser.add_argument(
        "--corpus", type=Path, default=None, help="corpus folder (default: LECTERN_CORPUS_DIR)"
    )
    parser.add_argument(
        "--budget", type=float, default=30.0, help="seconds allowed to read it (default: 30)"
    )
    parser.set_defaults(func=_ingest)
