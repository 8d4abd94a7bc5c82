"""Lectern's search beside the engines a group would pick instead, on the same corpora and queries.

    python -m benchmarks.peers [--sizes shipped,100000,1000000] [--engines ...] [--keep DIR]

For each corpus (the shipped one and the deterministic scaled corpora of
``benchmarks.retrieval``) and each engine: build time, search latency p50/p99 over the
evaluation set's search queries (``tests/data/retrieval_eval.jsonl``), autocomplete p99 over
what a member has typed at a few moments of each query (``typing_prefixes``, a seeded sample of
500, the same for every engine), recall @1 and @5
per category, the resident memory of a fresh process that opens the built index and answers the
first query of each category (the bot's situation after a restart: Lectern's sentence stage runs
for a query in other words, not for a quotation), and the index's size on disk. ``--keep DIR``
keeps the built indexes in DIR and reuses them on the next run (same corpus: a size's folder is
rebuilt only when missing; delete it after a change to how indexes are built), so a run after a
search change does not rebuild a million passages. Everything runs pinned to one core, and times
are CPU time of the process (``time.process_time``): on a shared machine, wall time mostly
measures the other processes.

Engines:
- ``lectern``: ``SearchIndex`` built into a folder (``bot.storage.search_store``: tantivy's files
  and a SQLite passage store) and opened from it; passages are read from disk when they are a
  query's candidates, and so are their window vectors. On the scaled corpora the sentence vectors
  of synthetic windows are those of real windows drawn at random
  (``benchmarks.retrieval.write_stand_in_vectors``: embedding them all would take hours); the
  output says so;
- ``lectern-words``, ``lectern-lexical`` (only when named in ``--engines``): the same folder
  opened without the sentence stage (related words still widen a query: no transformer in the
  process), and without either model (words, stems, typos only): what Lectern's speed and
  memory would be without what its paraphrase recall needs;
- ``tantivy-fuzzy``: tantivy (official Python bindings), English stemming, each query word as a
  BM25 term or a fuzzy term (edit distance 1, words of 4+ letters);
- ``tantivy``: the same, plain BM25;
- ``fts5``: SQLite FTS5 with the porter tokenizer, the query's words OR-ed, ranked by bm25
  (left out above 200,000 passages unless named in ``--engines``: seconds a query there).

A peer's autocomplete is its search with the last word typed taken as a prefix.

tantivy is a dependency of the bot (its search runs on it); SQLite comes with Python.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.measure import percentiles, rss_mb
from benchmarks.retrieval import (
    SEED,
    scaled_corpus,
    typing_prefixes,
    write_stand_in_vectors,
)
from bot.core.corpus import load_corpus
from bot.core.models import Corpus
from bot.core.semantic import load_encoder
from bot.settings import DEFAULT_CORPUS_DIR
from bot.storage.search_store import build_index, open_index
from tests.fixtures.retrieval_eval import SEARCH_CATEGORIES, EvalQuery, is_target, load_queries

ENGINES = ("lectern", "tantivy-fuzzy", "tantivy", "fts5")
# Lectern's folder opened with less of its meaning (named in --engines to run): the trade-off.
VARIANTS = {"lectern-words": (True, False), "lectern-lexical": (False, False)}
_WORD = re.compile(r"[^\W_]+")
Searcher = Callable[[str], list[int]]  # query -> passage positions, best first
Engine = tuple[Searcher, Callable[[str], object]]  # search, autocomplete
_FTS5_LARGEST = 200_000
_PREFIXES = 500  # a seeded sample of what members type, the same for every engine


@dataclass
class Figures:
    engine: str
    build_s: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    suggest_p99_ms: float = 0.0
    rss_mb: float = 0.0
    disk_mb: float = 0.0
    at1: dict[str, float] = field(default_factory=dict)
    at5: dict[str, float] = field(default_factory=dict)


def query_words(query: str) -> list[str]:
    return list(dict.fromkeys(_WORD.findall(query.lower())))


# ------------------------------------------------------------------------------ the engines


def build_lectern(corpus: Corpus, folder: Path) -> None:
    if any(p.id.startswith("synthetic-") for p in corpus.passages):
        build_index(corpus, folder / "index", vectors=write_stand_in_vectors)
    else:
        build_index(corpus, folder / "index")


def open_lectern(folder: Path, semantic: bool = True, sentence_meaning: bool = True) -> Engine:
    index = open_index(folder / "index", semantic=semantic, sentence_meaning=sentence_meaning)
    return (
        lambda query: [index.position(h.passage.id) for h in index.search(query, limit=5)],
        index.suggest_passages,
    )


def build_tantivy(corpus: Corpus, folder: Path) -> None:
    import tantivy

    index = tantivy.Index(_tantivy_schema(), path=str(folder))
    writer = index.writer(heap_size=256_000_000, num_threads=1)
    for position, passage in enumerate(corpus.passages):
        writer.add_document(tantivy.Document(position=position, text=passage.text))
    writer.commit()
    writer.wait_merging_threads()


def _tantivy_schema() -> object:
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("position", stored=True, fast=True)
    builder.add_text_field("text", stored=True, tokenizer_name="en_stem")
    return builder.build()


def open_tantivy(folder: Path, fuzzy: bool) -> Engine:
    import tantivy

    schema = _tantivy_schema()
    index = tantivy.Index(schema, path=str(folder))
    index.reload()
    searcher = index.searcher()

    def run(words: list[str], prefix: str | None) -> list[int]:
        clauses = []
        if words:
            clauses.append((tantivy.Occur.Should, index.parse_query(" ".join(words), ["text"])))
        if fuzzy:
            clauses += [
                (tantivy.Occur.Should, tantivy.Query.fuzzy_term_query(schema, "text", word))
                for word in words
                if len(word) >= 4
            ]
        if prefix:
            pattern = tantivy.Query.regex_query(schema, "text", re.escape(prefix) + ".*")
            clauses.append((tantivy.Occur.Should, pattern))
        if not clauses:
            return []
        found = searcher.search(tantivy.Query.boolean_query(clauses), 5).hits
        return [searcher.doc(address)["position"][0] for _, address in found]

    def search(query: str) -> list[int]:
        return run(query_words(query), None)

    def suggest(typed: str) -> list[int]:
        words = query_words(typed)
        return run(words[:-1], words[-1]) if words else []

    return search, suggest


def build_fts5(corpus: Corpus, folder: Path) -> None:
    with sqlite3.connect(folder / "fts5.sqlite") as database:
        database.execute(
            "CREATE VIRTUAL TABLE passages USING fts5(text, tokenize='porter unicode61')"
        )
        database.executemany(
            "INSERT INTO passages(rowid, text) VALUES (?, ?)",
            ((position, p.text) for position, p in enumerate(corpus.passages)),
        )
    database.close()


def open_fts5(folder: Path) -> Engine:
    database = sqlite3.connect(folder / "fts5.sqlite")

    def run(words: list[str], prefix: str | None) -> list[int]:
        terms = [f'"{word}"' for word in words] + ([f'"{prefix}"*'] if prefix else [])
        if not terms:
            return []
        rows = database.execute(
            "SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY rank LIMIT 5",
            (" OR ".join(terms),),
        )
        return [row[0] for row in rows]

    def search(query: str) -> list[int]:
        return run(query_words(query), None)

    def suggest(typed: str) -> list[int]:
        words = query_words(typed)
        return run(words[:-1], words[-1]) if words else []

    return search, suggest


def build(engine: str, corpus: Corpus, folder: Path) -> None:
    if engine.startswith("lectern"):
        build_lectern(corpus, folder)
    elif engine.startswith("tantivy"):
        build_tantivy(corpus, folder)
    else:
        build_fts5(corpus, folder)


def open_engine(engine: str, folder: Path) -> Engine:
    if engine == "lectern":
        return open_lectern(folder)
    if engine in VARIANTS:
        return open_lectern(folder, *VARIANTS[engine])
    if engine.startswith("tantivy"):
        return open_tantivy(folder, fuzzy=engine == "tantivy-fuzzy")
    return open_fts5(folder)


# ------------------------------------------------------------------------------ measuring


def measure(
    engine: str,
    corpus: Corpus,
    queries: Sequence[EvalQuery],
    work: Path,
    built: dict[str, tuple[Path, float, float]],
) -> Figures:
    """``engine``'s figures; ``built`` keeps each index built (both tantivy rows read one).
    A folder of ``work`` holding a finished build (its ``built.json``) is reused."""
    kind = "tantivy" if engine.startswith("tantivy") else engine.split("-")[0]
    figures = Figures(engine)
    if kind not in built:
        folder = work / kind
        record = work / f"{kind}.built.json"
        if record.is_file() and folder.is_dir():
            spent, disk = json.loads(record.read_text(encoding="utf-8"))
        else:
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            gc.collect()
            start = time.process_time()
            build(engine, corpus, folder)
            spent = time.process_time() - start
            files = [f for f in folder.rglob("*") if f.is_file()]
            disk = sum(f.stat().st_size for f in files) / 1e6
            record.write_text(json.dumps([spent, disk]), encoding="utf-8")
        built[kind] = (folder, spent, disk)
    folder, figures.build_s, figures.disk_mb = built[kind]
    search, suggest = open_engine(engine, folder)
    search(queries[0].query)  # warm caches, as a running bot has
    samples = []
    ranked: dict[str, list[int]] = {}
    for query in queries:
        begin = time.process_time()
        ranked[query.id] = search(query.query)
        samples.append(time.process_time() - begin)
    figures.p50_ms, figures.p99_ms = percentiles(samples)
    typed = []
    prefixes = typing_prefixes(queries)
    prefixes = random.Random(SEED).sample(prefixes, min(_PREFIXES, len(prefixes)))
    for prefix in prefixes:
        begin = time.process_time()
        suggest(prefix)
        typed.append(time.process_time() - begin)
    figures.suggest_p99_ms = percentiles(typed)[1]
    for category in SEARCH_CATEGORIES:
        asked = [q for q in queries if q.category == category]
        if not asked:
            continue
        first = five = 0
        for query in asked:
            hits = [
                rank
                for rank, position in enumerate(ranked[query.id][:5])
                if is_target(corpus.passages[position], query.expect_text or "")
            ]
            first += bool(hits) and hits[0] == 0
            five += bool(hits)
        figures.at1[category] = 100.0 * first / len(asked)
        figures.at5[category] = 100.0 * five / len(asked)
    del search, suggest
    gc.collect()
    figures.rss_mb = memory_in_a_fresh_process(engine, folder)
    return figures


def memory_in_a_fresh_process(engine: str, folder: Path) -> float:
    output = subprocess.run(
        [sys.executable, "-m", "benchmarks.peers", "--open", engine, str(folder)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(output.split()[-1])


def open_and_report(engine: str, folder: Path) -> None:
    """Open the index in ``folder``, answer the first search query of each category and
    print the process's resident memory."""
    search, _ = open_engine(engine, folder)
    first: dict[str, str] = {}
    for query in load_queries():
        if query.category in SEARCH_CATEGORIES:
            first.setdefault(query.category, query.query)
    for query in first.values():
        search(query)
    gc.collect()
    print(f"{rss_mb():.1f}")


# ------------------------------------------------------------------------------ the table


def table(label: str, rows: list[Figures]) -> str:
    categories = [c for c in SEARCH_CATEGORIES if c in rows[0].at1]
    head = ["engine", "build", "p50", "p99", "autocomplete p99", "RSS", "on disk"]
    head += [f"{c} @1/@5" for c in categories]
    lines = [f"\n### {label}\n", "| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    for f in rows:
        cells = [
            f.engine,
            f"{f.build_s:.2f} s",
            f"{f.p50_ms:.2f} ms",
            f"{f.p99_ms:.2f} ms",
            f"{f.suggest_p99_ms:.2f} ms",
            f"{f.rss_mb:.0f} MB",
            f"{f.disk_mb:.0f} MB",
        ]
        cells += [f"{f.at1[c]:.1f} / {f.at5[c]:.1f}" for c in categories]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.peers")
    parser.add_argument(
        "--sizes",
        default="shipped,100000",
        help="comma-separated corpora: 'shipped' and/or passage counts (e.g. 1000000)",
    )
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument(
        "--keep",
        type=Path,
        help="keep the built indexes in this folder and reuse them on the next run",
    )
    parser.add_argument("--open", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    if args.open:
        engine, folder = args.open
        open_and_report(engine, Path(folder))
        return
    named = "--engines" in " ".join(sys.argv if argv is None else argv)
    engines = [e for e in args.engines.split(",") if e]
    unknown = set(engines) - set(ENGINES) - set(VARIANTS)
    if unknown:
        known = ", ".join([*ENGINES, *VARIANTS])
        parser.error(f"unknown engines: {', '.join(sorted(unknown))} (known: {known})")
    base = load_corpus(DEFAULT_CORPUS_DIR)
    queries = [q for q in load_queries() if q.category in SEARCH_CATEGORIES]
    print(
        f"{len(queries)} search queries; one core; CPU time; recall @1 / @5 in percent; "
        "RSS of a fresh process that opens the built index"
    )
    for size in args.sizes.split(","):
        corpus = base if size == "shipped" else scaled_corpus(base, int(size))
        label = f"{len(corpus):,} passages" + (" (shipped corpus)" if size == "shipped" else "")
        rows = []
        chosen = [e for e in engines if named or e != "fts5" or len(corpus) <= _FTS5_LARGEST]
        if len(chosen) < len(engines):
            print(f"\n({label}: fts5 left out, seconds a query at this size; --engines runs it)")
        if "lectern" in chosen and size != "shipped" and load_encoder() is not None:
            print(
                f"\n({label}: lectern's sentence vectors of synthetic windows are real windows'"
                " vectors drawn at random, as in benchmarks.retrieval; real passages have theirs)"
            )
        with contextlib.ExitStack() as stack:
            if args.keep is None:
                work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="lectern-")))
            else:
                work = args.keep / size
            built: dict[str, tuple[Path, float, float]] = {}
            for engine in chosen:
                rows.append(measure(engine, corpus, queries, work, built))
                row = table(label, rows[-1:]).splitlines()[-1]
                print(f"  {label}: {engine} done {row}", file=sys.stderr, flush=True)
        print(table(label, rows), flush=True)
        del corpus
        gc.collect()


if __name__ == "__main__":
    main()
