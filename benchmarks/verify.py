"""Verify benchmark: latency of ``verify`` on the pasted quotations of the evaluation set, on
the shipped corpus and on the deterministic 100,000-passage corpus of ``benchmarks.retrieval``,
and the close threshold's trade-off (altered quotations found close against fabricated
near-misses wrongly called close) at a few thresholds.

    python -m benchmarks.verify [--passages 100000]

Runs pinned to one core.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Sequence
from unittest import mock

from benchmarks.measure import percentiles
from benchmarks.retrieval import scaled_corpus, timed
from bot.core import verify as verify_module
from bot.core.corpus import load_corpus
from bot.core.models import Corpus
from bot.core.search import SearchIndex
from bot.core.verify import verify
from bot.settings import DEFAULT_CORPUS_DIR
from tests.fixtures.retrieval_eval import CLAIM_CATEGORIES, VERIFY_CATEGORIES, load_queries

THRESHOLDS = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


def latency(corpus: Corpus, label: str) -> None:
    index = SearchIndex(corpus)
    pasted = [q.query for q in load_queries() if q.category in VERIFY_CATEGORIES + CLAIM_CATEGORIES]
    verify(index, pasted[0])  # warm the word cache and the speaker names
    p50, p99 = percentiles(timed(lambda text: verify(index, text), pasted))
    print(
        f"verify on the {label} ({len(corpus):,} passages): p50 {p50:6.2f} ms  "
        f"p99 {p99:6.2f} ms  ({len(pasted)} pasted quotations)"
    )


def trade_off(corpus: Corpus) -> None:
    """How many altered quotations are close, and near-misses not found, per threshold."""
    index = SearchIndex(corpus)
    queries = load_queries()
    altered = [q.query for q in queries if q.category == "altered"]
    near = [q.query for q in queries if q.category in ("near_miss", "fabricated")]
    print("close threshold: altered found close / fabricated and near-misses called close")
    for share in THRESHOLDS:
        with mock.patch.object(verify_module, "CLOSE_SHARE", share):
            found = sum(verify(index, text).verdict == "close" for text in altered)
            wrong = sum(verify(index, text).verdict != "not_found" for text in near)
        chosen = "  <- chosen" if share == verify_module.CLOSE_SHARE else ""
        print(f"  {share:.2f}: {found}/{len(altered)} close, {wrong}/{len(near)} wrong{chosen}")


def many_servers(base: Corpus, servers: int) -> None:
    """``servers`` servers' views (each its own copy of the shipped corpus, as each server's
    view is its own corpus) verifying in turn: time per verify, and how often verify derived
    a view's speaker names again (once per view is the least it can)."""
    indexes = [SearchIndex(_copy(base)) for _ in range(servers)]
    pasted = [q.query for q in load_queries() if q.category in CLAIM_CATEGORIES][:20]
    derived = 0
    names = verify_module.SpeakerNames

    def counted(corpus: Corpus) -> object:
        nonlocal derived
        derived += 1
        return names(corpus)

    samples = []
    with mock.patch.object(verify_module, "SpeakerNames", counted):
        for text in pasted:
            for index in indexes:
                start = time.process_time()
                verify(index, text)
                samples.append(time.process_time() - start)
    p50, p99 = percentiles(samples)
    print(
        f"{servers} servers verifying in turn: p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  "
        f"({len(samples)} verifies; speaker names derived {derived} times)"
    )


def _copy(corpus: Corpus) -> Corpus:
    return Corpus(
        sources=corpus.sources.values(),
        speakers=corpus.speakers.values(),
        works=corpus.works.values(),
        topics=corpus.topics.values(),
        passages=corpus.passages,
        source_texts=corpus.source_texts,
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.verify")
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--servers", type=int, default=50, help="views verifying in turn")
    parser.add_argument("--servers-only", action="store_true")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    base = load_corpus(DEFAULT_CORPUS_DIR)
    many_servers(base, args.servers)
    if args.servers_only:
        return
    trade_off(base)
    latency(base, "shipped corpus")
    start = time.perf_counter()
    scaled = scaled_corpus(base, args.passages)
    print(f"(scaled corpus generated in {time.perf_counter() - start:.1f} s)")
    latency(scaled, "scaled corpus")


if __name__ == "__main__":
    main()
