"""Corpus benchmark: how long the bot takes to load the shipped corpus and index it at start.

    python -m benchmarks.corpus_load [--repeat 20]

Target (issue 2): loading the shipped corpus takes well under a second. Prints the median
and worst of ``--repeat`` loads (parse, schema validation and provenance checks against the
source texts) and of building the search index over the result.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence

from bot.core.corpus import load_corpus
from bot.core.search import SearchIndex
from bot.settings import DEFAULT_CORPUS_DIR


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        seconds.append(time.perf_counter() - started)
    return seconds


def describe(name: str, seconds: list[float]) -> str:
    return (
        f"{name:<22} median {statistics.median(seconds) * 1000:7.1f} ms"
        f"   worst {max(seconds) * 1000:7.1f} ms   (n={len(seconds)})"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus_load")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    corpus = load_corpus(DEFAULT_CORPUS_DIR)
    print(
        f"shipped corpus: {len(corpus.passages)} passages, {len(corpus.speakers)} speakers,"
        f" {len(corpus.works)} works, {len(corpus.topics)} topics"
    )
    print(describe("load + validate", timed(lambda: load_corpus(DEFAULT_CORPUS_DIR), args.repeat)))
    print(describe("search index build", timed(lambda: SearchIndex(corpus), args.repeat)))


if __name__ == "__main__":
    main()
