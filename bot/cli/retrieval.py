"""``lectern search``, ``lectern verify`` and ``lectern compare``: the retrieval core on the
command line, each with ``--json`` for scripts and ``--json -`` for one query per input line.

Exit status: 0 found; 1 nothing found (no passage matches the search, or the quotation is not
in the corpus); 2 bad configuration or input (an empty query, an unknown speaker or topic, a
corpus that cannot be loaded). With ``--json -`` a line that cannot be answered gets an
``{"error": ...}`` object and the status stays 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.cli._common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    corpus_folder,
    fail,
    positive,
)
from bot.core.citation import citation, format_citation
from bot.core.compare import compare_speakers, compare_topic, resolve_topic
from bot.core.corpus import CorpusError, load_corpus
from bot.core.errors import UserFacingError
from bot.core.insertions import insertion_owner
from bot.core.models import Corpus
from bot.core.normalize import words
from bot.core.records import passage_record
from bot.core.search import Filters, Hit, SearchIndex, member_search
from bot.core.verify import VerifyResult, marked_text, summary, verify

Handler = Callable[[SearchIndex, str, argparse.Namespace], Any]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search = subparsers.add_parser(
        "search",
        help="search the corpus for passages",
        description="Search the corpus for passages; exit 1 when none matches.",
    )
    search.add_argument("query", help="words to look for; '-' with --json reads one per line")
    search.add_argument("--speaker", help="only passages by this speaker (name or id)")
    search.add_argument("--topic", help="only passages on this topic (id or name)")
    search.add_argument("--work", help="only passages from this work (id)")
    search.add_argument("--source", help="only passages in this essay (id)")
    search.add_argument("--kind", choices=["quotation", "commentary"])
    search.add_argument("--limit", type=positive, default=10, help="at most N hits (10)")
    _common(search)
    search.set_defaults(func=search_command)

    check = subparsers.add_parser(
        "verify",
        help="check a quotation (and a claimed speaker) against the corpus",
        description="Check a quotation and its claimed speaker; exit 1 when it is not found.",
    )
    check.add_argument("text", help="the quotation, e.g. '\"...\" - Lenin'; '-' with --json")
    check.add_argument("--speaker", help="the claimed speaker, if not written in TEXT")
    _common(check)
    check.set_defaults(func=verify_command)

    compare = subparsers.add_parser(
        "compare",
        help="each essay's position on a topic, or speakers side by side",
        description="Each essay's position on a topic, or what speakers say side by side.",
    )
    compare.add_argument("topic", help="topic id or name; with --speaker, any query")
    compare.add_argument(
        "--speaker",
        action="append",
        default=[],
        help="compare what these speakers say about TOPIC (give it twice or more)",
    )
    _common(compare)
    compare.set_defaults(func=compare_command)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--corpus", type=Path, help="corpus directory (default: settings)")


# ------------------------------------------------------------------------------ commands


def search_command(args: argparse.Namespace) -> int:
    return _run(args, args.query, _search, _print_hits, found=bool)


def verify_command(args: argparse.Namespace) -> int:
    return _run(
        args, args.text, _verify, _print_verify, found=lambda r: r["verdict"] != "not_found"
    )


def compare_command(args: argparse.Namespace) -> int:
    return _run(args, args.topic, _compare, _print_compare, found=lambda _: True)


def _run(
    args: argparse.Namespace,
    text: str,
    handler: Handler,
    show: Callable[[Any], None],
    *,
    found: Callable[[Any], bool],
) -> int:
    index = load_index(args.corpus)
    if args.json and text == "-":
        for line in sys.stdin:
            try:
                result = handler(index, line.strip(), args)
            except UserFacingError as exc:
                result = {"error": exc.message}
            print(json.dumps(result, ensure_ascii=False), flush=True)
        return 0
    try:
        result = handler(index, text, args)
    except UserFacingError as exc:
        return fail(exc.message, EXIT_USAGE)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        show(result)
    return EXIT_OK if found(result) else EXIT_FAILED


def load_index(corpus_dir: Path | None) -> SearchIndex:
    """Load the corpus (``--corpus`` or the configured directory) and index it."""
    directory = corpus_folder(corpus_dir)
    try:
        return SearchIndex(load_corpus(directory))
    except CorpusError as exc:  # the loader names the file and passage at fault
        raise CommandError(f"cannot load the corpus {directory}:\n{exc}", EXIT_USAGE) from exc


def _search(index: SearchIndex, query: str, args: argparse.Namespace) -> list[dict[str, Any]]:
    if not words(query):
        raise UserFacingError("Give some words to search for.")
    speaker = None
    if args.speaker:
        speaker = index.resolve_speaker(args.speaker)
        if speaker is None:
            raise UserFacingError(f"No speaker called {args.speaker!r} is quoted here.")
    topic = None
    if args.topic:
        found = resolve_topic(index.corpus, args.topic)
        if found is None:
            raise UserFacingError(f"There is no topic {args.topic!r}.")
        topic = found.id
    filters = Filters(
        speaker=speaker, work=args.work, source=args.source, topic=topic, kind=args.kind
    )
    hits = member_search(index, query, filters, limit=args.limit)
    return [hit_record(index, hit) for hit in hits]


def _verify(index: SearchIndex, text: str, args: argparse.Namespace) -> dict[str, Any]:
    return verify_record(index, verify(index, text, claimed_speaker=args.speaker))


def _compare(index: SearchIndex, topic: str, args: argparse.Namespace) -> dict[str, Any]:
    corpus = index.corpus
    if args.speaker:
        comparison = compare_speakers(index, topic, args.speaker)
        return {
            "query": comparison.query,
            "speakers": [
                {
                    "speaker": view.speaker_id,
                    "name": view.speaker_name,
                    "hits": [hit_record(index, hit) for hit in view.hits],
                }
                for view in comparison.views
            ],
        }
    by_topic = compare_topic(corpus, topic)
    return {
        "topic": by_topic.topic.id,
        "name": by_topic.topic.name,
        "positions": [
            {
                "source": position.source.id,
                "title": position.source.title,
                "author": position.source.author,
                "year": position.source.year,
                "passages": [passage_record(corpus, p) for p in position.passages],
            }
            for position in by_topic.positions
        ],
    }


# ------------------------------------------------------------------------------ records


def hit_record(index: SearchIndex, hit: Hit) -> dict[str, Any]:
    record = passage_record(index.corpus, hit.passage)
    record["score"] = hit.score
    record["spans"] = [list(span) for span in hit.spans]
    record["citation"] = format_citation(citation(index.corpus, hit.passage))
    owners = sorted(
        {o for span in hit.spans if (o := insertion_owner(index.corpus, hit.passage, span))}
    )
    record["highlight_note"] = (
        f"The highlighted words in [brackets] are "
        f"{', '.join(index.corpus.speaker_name(o) for o in owners)}'s, "
        f"not {index.corpus.speaker_name(hit.passage.speaker)}'s."
        if owners
        else None
    )
    return record


def verify_record(index: SearchIndex, result: VerifyResult) -> dict[str, Any]:
    corpus = index.corpus
    said = summary(corpus, result)
    return {
        "verdict": result.verdict,
        "passage": passage_record(corpus, result.passage) if result.passage else None,
        "claimed_speaker": result.claimed_speaker,
        "claimed_speaker_id": result.claimed_speaker_id,
        "attribution": result.attribution,
        "true_speaker": result.true_speaker,
        "true_speaker_name": (
            corpus.speaker_name(result.true_speaker) if result.true_speaker else None
        ),
        "quoting": [corpus.speaker_name(s) for s in result.quoting],
        "framing": list(result.framing),
        "differences": [
            {"kind": d.kind, "quoted": d.quoted, "source": d.source} for d in result.differences
        ],
        "span": list(result.span) if result.span else None,
        "continued": result.continued.id if result.continued else None,
        "note": result.note,
        "headline": said.headline,
        "severity": said.severity,
        "sentences": list(result.sentences) if result.sentences else None,
        "marked": marked_text(result) if result.passage else None,
        "joined": result.joined,
        "speaker_name": (corpus.speaker_name(result.passage.speaker) if result.passage else None),
        "insertion": result.insertion,
        "essay_author": (
            corpus.sources[result.passage.source].author
            if result.passage and result.passage.source in corpus.sources
            else None
        ),
        "citation": _verify_citation(corpus, result),
        "nearest": [hit_record(index, hit) for hit in result.nearest],
        # "X said A and that B": A, checked against its own passage (this record is B's).
        "parts": [verify_record(index, part) for part in result.parts],
    }


def _verify_citation(corpus: Corpus, result: VerifyResult) -> str | None:
    """The passage's citation; for an editor's note quoted alone, the note's author first."""
    if result.passage is None:
        return None
    line = format_citation(citation(corpus, result.passage))
    source = corpus.sources.get(result.passage.source)
    if result.insertion == "only" and source is not None:
        return f"{source.author}, note in [square brackets] inside: {line}"
    return line


# ------------------------------------------------------------------------------ text output


def _print_hits(hits: list[dict[str, Any]]) -> None:
    if not hits:
        print("No passage matches.")
    for rank, hit in enumerate(hits, start=1):
        start = hit["spans"][0][0] if hit["spans"] else 0
        print(f"{rank}. [{hit['score']:.0f}] {_snippet(hit['text'], start, start)}")
        print(f"   \u2014 {hit['citation']}")
        if hit.get("highlight_note"):
            print(f"   {hit['highlight_note']}")


def _print_verify(record: dict[str, Any]) -> None:
    print(record["headline"])
    if record["framing"]:
        clipped = (textwrap.shorten(p, width=150, placeholder=" \u2026") for p in record["framing"])
        shown = " and ".join(f"\u201c{piece}\u201d" for piece in clipped)
        print(f"   Read as your framing, not checked: {shown}")
    if record["verdict"] == "not_found":
        if record["claimed_speaker"]:
            print(f"Attributed to {record['claimed_speaker']}: that cannot be checked.")
        if record["nearest"]:
            print("Nearest passages (not a match):")
            _print_hits(record["nearest"])
        return
    for part in (*record["parts"], record):
        print(f"   {' '.join(part['marked'].split())}")
        print(f"   \u2014 {part['citation']}")
    if record["note"]:
        print(f"   {record['note']}")
    for difference in record["differences"]:
        quoted = difference["quoted"] or "(nothing)"
        source = difference["source"] or "(nothing)"
        print(f"   {difference['kind']}: you have {quoted!r}, the source has {source!r}")
    true_name = record["true_speaker_name"]
    speaker = record["speaker_name"]
    if record["attribution"] == "wrong":
        claimed = record["claimed_speaker"]
        print(f"Wrong speaker: these are the words of {true_name}, not {claimed}.")
    if record["quoting"]:
        quoted = " and ".join(record["quoting"])
        print(f"It takes in words {true_name} quotes: those are {quoted}'s.")
    author = record["essay_author"] or "the essay's author"
    if record["insertion"] == "only":
        speaker = speaker or "the speaker"
        print(f"These words are {author}'s note in [square brackets], not {speaker}'s.")
    elif record["insertion"] == "included":
        print(f"The words in [square brackets] are {author}'s note.")


def _snippet(text: str, start: int, end: int, width: int = 300) -> str:
    """The stretch ``text[start:end]`` (or ``width`` characters from ``start``) on one line,
    with an ellipsis where the passage goes on."""
    begin = max(0, text.rfind(" ", 0, max(0, start - 40)) + 1) if start > 40 else 0
    stop = max(end, min(len(text), begin + width))
    if stop < len(text):
        stop = text.rfind(" ", begin, stop) if " " in text[begin:stop] else stop
    shown = " ".join(text[begin:stop].split())
    return ("\u2026" if begin else "") + shown + ("\u2026" if stop < len(text) else "")


def _print_compare(record: dict[str, Any]) -> None:
    if "positions" in record:
        print(f"{record['name']}:")
        for position in record["positions"]:
            print(f"\n{position['author']}, \u201c{position['title']}\u201d ({position['year']}):")
            if not position["passages"]:
                print("   (no stated position)")
            for passage in position["passages"]:
                print(f"   {passage['text']}  [{passage['id']}]")
        return
    print(f"On \u201c{record['query']}\u201d:")
    for view in record["speakers"]:
        print(f"\n{view['name']}:")
        if not view["hits"]:
            print("   (nothing found)")
        for hit in view["hits"]:
            print(f"   {hit['text']}  [{hit['id']}]")
