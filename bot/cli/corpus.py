"""``lectern corpus build|check|export|ingest``: maintain the corpus of passages.

Each works on ``--corpus`` if given, else on the folder the bot reads: ``LECTERN_CORPUS_DIR``,
or the corpus Lectern ships. Exit status: 0 done; 1 ``check`` found problems (it names each
file and passage); 2 bad configuration, a missing corpus folder, a corpus that cannot be
built or exported, or an essay ``ingest`` cannot read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.cli._common import EXIT_FAILED, EXIT_USAGE, corpus_folder, fail
from bot.core.corpus import PASSAGES, CorpusError, load_corpus
from bot.core.coverage import coverage_problems
from bot.core.extract.build import build_passages, serialise
from bot.core.extract.ingest import ingest
from bot.core.models import Corpus
from bot.core.records import passage_record


def _build(args: argparse.Namespace) -> int:
    corpus_dir = corpus_folder(args.corpus)
    try:
        passages, report = build_passages(corpus_dir)
    except CorpusError as error:
        return fail(f"corpus build failed:\n{error}", EXIT_USAGE)
    target = corpus_dir / PASSAGES
    try:
        target.write_text(serialise(passages), encoding="utf-8")
    except OSError as error:
        return fail(f"cannot write {target}: {error.strerror or error}", EXIT_USAGE)
    kinds = ", ".join(f"{count} {kind}" for kind, count in report.kinds.items())
    print(
        f"wrote {target}: {report.passages} passages ({kinds}); "
        f"{report.overrides_applied} reviewed overrides applied"
    )
    try:
        _checked_corpus(corpus_dir)
    except CorpusError as error:
        return fail(f"the built corpus does not pass `lectern corpus check`:\n{error}", EXIT_USAGE)
    return 0


def _checked_corpus(corpus_dir: Path) -> Corpus:
    """The corpus in ``corpus_dir``, or ``CorpusError`` with every problem the check finds
    (the loader's, then every stretch of a source in no passage)."""
    corpus = load_corpus(corpus_dir)
    uncovered = coverage_problems(corpus, corpus_dir)
    if uncovered:
        raise CorpusError(uncovered)
    return corpus


def _check(args: argparse.Namespace) -> int:
    corpus_dir = corpus_folder(args.corpus)
    try:
        corpus = _checked_corpus(corpus_dir)
    except CorpusError as error:
        print(error, file=sys.stderr)
        return EXIT_FAILED
    quotations = sum(p.kind == "quotation" for p in corpus.passages)
    print(
        f"corpus OK ({corpus_dir}): {len(corpus.sources)} sources, {len(corpus.passages)} passages "
        f"({quotations} quotations), {len(corpus.speakers)} speakers, {len(corpus.works)} works, "
        f"{len(corpus.topics)} topics"
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    try:
        corpus = load_corpus(corpus_folder(args.corpus))
    except CorpusError as error:
        return fail(f"corpus invalid:\n{error}", EXIT_USAGE)
    for passage in corpus.passages:
        print(json.dumps(passage_record(corpus, passage), ensure_ascii=False))
    return 0


def _ingest(args: argparse.Namespace) -> int:
    try:
        written = ingest(
            args.file,
            corpus_dir=corpus_folder(args.corpus),
            title=args.title,
            author=args.author,
            year=args.year,
            output=args.output,
        )
    except (CorpusError, OSError, ValueError) as error:
        return fail(f"ingest failed: {error}", EXIT_USAGE)
    print(f"wrote {written}: review it, then follow the README's 'Adding a reading to the corpus'")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "corpus",
        help="build, check, export or ingest the corpus",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="corpus_command", metavar="ACTION", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument(
            "--corpus",
            type=Path,
            help="corpus folder (default: LECTERN_CORPUS_DIR, else the corpus Lectern ships)",
        )
        return sub

    add(
        "build", "regenerate passages.json from the sources, registries and overrides"
    ).set_defaults(func=_build)
    add("check", "validate the corpus; exit 1 naming each file and passage at fault").set_defaults(
        func=_check
    )
    add("export", "print every passage as one JSON object per line").set_defaults(func=_export)
    ingest_parser = add("ingest", "turn a new essay into a reviewable passages file")
    ingest_parser.add_argument("file", type=Path, help="the essay as plain text (UTF-8)")
    ingest_parser.add_argument("--title", required=True)
    ingest_parser.add_argument("--author", required=True)
    ingest_parser.add_argument("--year", type=int, required=True)
    ingest_parser.add_argument(
        "--output", type=Path, default=None, help="where to write (default: FILE.passages.toml)"
    )
    ingest_parser.set_defaults(func=_ingest)
