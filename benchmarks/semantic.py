"""Memory and speed of the sentence-meaning stage (``bot/core/semantic.py``).

    python -m benchmarks.semantic [--passages 100000] [--queries 200]

Encoder: the resident memory of a fresh process at each step of what the bot does before its
first search (python, numpy and onnxruntime imported, the encoder loaded, one query
embedded, then ``--queries`` more), and the CPU time of embedding one query (p50/p99; the
evaluation set's queries, one core).

Window vectors: for the deterministic scaled corpus of ``benchmarks.retrieval`` (stand-in
vectors, as there): how many windows, the bytes of their vectors as stored, and the resident
memory they add to a fresh process, built in memory from a corpus's cached vectors
(``PassageVectors(encoder, texts)``), and opened from a built index's folder
(``PassageVectors.open``), before and after ``--queries`` closeness lookups of 200 and of 2,000
candidates each, and the time of a lookup. Sizes beyond ``--passages`` (1,000,000) are
extrapolated from the bytes per window.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import pickle
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.measure import percentiles, rss_mb

# Nothing else at module level: the child processes measure what the bot imports, not this.

SEED = 20261206
CANDIDATES = 200  # passages whose closeness one search computes (search.py's rerank pool)


def _child(*args: str) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-m", "benchmarks.semantic", *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


def encoder_stages(queries: Path) -> None:
    """In a fresh process: resident MB after each step, and the query encode times."""
    texts: list[str] = json.loads(queries.read_text(encoding="utf-8"))
    figures = {"python": rss_mb()}
    import numpy as np

    figures["numpy"] = rss_mb()
    import onnxruntime  # noqa: F401

    figures["onnxruntime"] = rss_mb()
    from bot.core.semantic import load_encoder

    figures["bot_core"] = rss_mb()
    start = time.process_time()
    encoder = load_encoder()
    figures["load_s"] = time.process_time() - start
    assert encoder is not None, "the sentence encoder is not installed"
    figures["encoder"] = rss_mb()
    encoder.encode([texts[0]])
    figures["first_query"] = rss_mb()
    from bot.core.semantic import load_word_vectors

    load_word_vectors()
    figures["word_vectors"] = rss_mb()
    samples = []
    for text in texts:
        begin = time.process_time()
        encoder.encode([text])
        samples.append(time.process_time() - begin)
    figures["p50_ms"], figures["p99_ms"] = percentiles(samples)
    figures["after_queries"] = rss_mb()
    del np
    print(json.dumps(figures))


def vectors_in_memory(corpus_path: Path, vectors: Path, queries: int) -> None:
    """In a fresh process: what an index's window vectors add, built from a cached file."""
    import numpy as np

    from bot.core.semantic import PassageVectors, load_encoder, use_vectors_file

    encoder = load_encoder()
    assert encoder is not None
    texts = pickle.loads(corpus_path.read_bytes())
    query = encoder.encode(["the price of bread in the towns"])[0]
    use_vectors_file(vectors)
    gc.collect()
    before = rss_mb()
    index = PassageVectors(encoder, texts)
    gc.collect()
    built = rss_mb()
    rng = random.Random(SEED)
    for _ in range(queries):
        index.closeness(query, rng.sample(range(len(texts)), CANDIDATES))
    print(json.dumps({"built": built - before, "after_queries": rss_mb() - before}))
    del np


def vectors_opened(folder: Path, passages: int, queries: int) -> None:
    """In a fresh process: what an index's window vectors add, opened from its folder."""
    import numpy as np

    from bot.core.semantic import PassageVectors, load_encoder

    encoder = load_encoder()
    assert encoder is not None
    query = encoder.encode(["the price of bread in the towns"])[0]
    gc.collect()
    before = rss_mb()
    index = PassageVectors.open(folder, encoder)
    assert index is not None
    opened = rss_mb()
    rng = random.Random(SEED)
    figures = {"opened": opened - before}
    for candidates in (CANDIDATES, 10 * CANDIDATES):
        samples = []
        for _ in range(queries):
            chosen = rng.sample(range(passages), candidates)
            start = time.process_time()
            index.closeness(query, chosen)
            samples.append(time.process_time() - start)
        figures[f"p50_ms_{candidates}"], figures[f"p99_ms_{candidates}"] = percentiles(samples)
    figures["after_queries"] = rss_mb() - before
    print(json.dumps(figures))
    del np


def folder_of_stand_ins(texts: list[str], stored: Path, folder: Path) -> int:
    """A built index's vectors folder holding the stand-in vectors of ``stored``."""
    import numpy as np

    from bot.core.semantic import window_key, windows, write_window_vectors_raw

    with np.load(stored, allow_pickle=False) as cached:
        row_of = {k.tobytes(): i for i, k in enumerate(cached["keys"])}
        vectors = cached["vectors"]
    cut = [windows(t) for t in texts]
    rows = [row_of[window_key(w)] for passage in cut for w in passage]
    return write_window_vectors_raw(folder, [len(c) for c in cut], vectors[rows])


def measure(passages: int, queries: int) -> None:
    from benchmarks.retrieval import scaled_corpus, stand_in_vectors
    from bot.core.corpus import load_corpus
    from bot.core.semantic import windows
    from bot.settings import DEFAULT_CORPUS_DIR

    print(f"one core; CPU time; resident memory (VmRSS) of fresh processes; seed {SEED}")
    from tests.fixtures.retrieval_eval import load_queries

    texts = [q.query for q in load_queries()]
    with tempfile.TemporaryDirectory(prefix="lectern-semantic-") as work:
        asked = Path(work) / "queries.json"
        asked.write_text(json.dumps((texts * (1 + queries // len(texts)))[:queries]))
        stages = _child("--encoder-stages", str(asked))
    steps = ["python", "numpy", "onnxruntime", "bot_core", "encoder", "first_query"]
    steps += ["word_vectors"]
    parts = [f"{steps[0]} {stages[steps[0]]:.1f}"]
    parts += [f"{b} +{stages[b] - stages[a]:.1f}" for a, b in itertools.pairwise(steps)]
    print("\nencoder          resident MB: " + ", ".join(parts))
    print(
        f"                 {stages['first_query']:.1f} MB after one query, with the related "
        f"words' table {stages['word_vectors']:.1f} MB, "
        f"{stages['after_queries']:.1f} MB after {queries} more; loaded in "
        f"{stages['load_s']:.2f} s CPU"
    )
    print(
        f"query encode     p50 {stages['p50_ms']:.2f} ms  p99 {stages['p99_ms']:.2f} ms  "
        f"({queries} queries)"
    )
    base = load_corpus(DEFAULT_CORPUS_DIR)
    corpus = scaled_corpus(base, passages)
    texts = [p.text for p in corpus.passages]
    count = sum(len(windows(t)) for t in texts)
    with tempfile.TemporaryDirectory(prefix="lectern-semantic-") as work:
        folder = Path(work)
        stored = stand_in_vectors(corpus, folder)
        del corpus
        corpus_path = folder / "texts.pickle"
        corpus_path.write_bytes(pickle.dumps(texts, protocol=pickle.HIGHEST_PROTOCOL))
        memory = _child("--in-memory", str(corpus_path), str(stored), str(queries))
        size = stored.stat().st_size
        built = folder / "index-vectors"
        folder_of_stand_ins(texts, stored, built)
        folder_bytes = sum(f.stat().st_size for f in built.iterdir())
        opened = _child("--opened", str(built), str(len(texts)), str(queries))
    per_window = memory["built"] * 1e6 / count
    print(f"\nwindow vectors   {passages:,} passages, {count:,} windows")
    print(f"  cached file    {size / 1e6:.1f} MB ({size / count:.0f} bytes a window)")
    print(
        f"  in memory      +{memory['built']:.1f} MB built, +{memory['after_queries']:.1f} MB "
        f"after {queries} searches ({per_window:.0f} bytes a window; at 1,000,000 passages "
        f"about {per_window * count / passages:.0f} MB)"
    )
    print(
        f"  index folder   {folder_bytes / 1e6:.1f} MB ({folder_bytes / count:.0f} bytes a window; "
        f"at 1,000,000 passages about {folder_bytes / passages:.0f} MB on disk)"
    )
    print(
        f"  opened         +{opened['opened']:.1f} MB opened, +{opened['after_queries']:.1f} MB "
        f"after {2 * queries} searches"
    )
    for candidates in (CANDIDATES, 10 * CANDIDATES):
        print(
            f"  closeness      p50 {opened[f'p50_ms_{candidates}']:.2f} ms  p99 "
            f"{opened[f'p99_ms_{candidates}']:.2f} ms  ({candidates} candidates a search)"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.semantic")
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--encoder-stages", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--in-memory", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--opened", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    if args.encoder_stages:
        encoder_stages(args.encoder_stages)
    elif args.in_memory:
        texts, vectors, queries = args.in_memory
        vectors_in_memory(Path(texts), Path(vectors), int(queries))
    elif args.opened:
        folder, passages, queries = args.opened
        vectors_opened(Path(folder), int(passages), int(queries))
    else:
        measure(args.passages, args.queries)


if __name__ == "__main__":
    main()
