"""Another server's searches while a cold batch segment is built: in a thread of the bot's
process (as the bot builds it, at the lowest CPU priority), or in a child process (spawned,
at the lowest priority, the bot then opening the folder it wrote).

    python -m benchmarks.batch_apart [--passages 12000] [--runs 2] [--all-cores]

The process is pinned to one core (the child inherits it) unless ``--all-cores``. While the
batch is built, the main thread searches the shipped corpus in a loop (wall time of each
search) and a ticker thread sleeps 1 ms at a time (how late it wakes: the time it waited for
the interpreter's lock or the core). Written to decide whether building batches in a child
process is worth it (docs/retrieval.md, "A batch built beside the searches").
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import tempfile
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from benchmarks.retrieval import scaled_corpus
from bot.core.corpus import load_corpus
from bot.core.models import Corpus
from bot.core.search import SearchIndex
from bot.settings import DEFAULT_CORPUS_DIR
from bot.storage.index_folders import library_index, open_shipped_index
from bot.storage.search_store import open_index


def _build_in_child(corpus: Corpus, folder: Path) -> Path:
    os.setpriority(os.PRIO_PROCESS, 0, 19)
    return library_index(corpus, folder).folder


def _build_in_thread(corpus: Corpus, folder: Path, done: threading.Event) -> None:
    os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
    library_index(corpus, folder)
    done.set()


def _ms(samples: Sequence[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] * 1000


def run(how: str, batch: Corpus, shipped: SearchIndex, queries: list[str], folder: Path) -> None:
    done = threading.Event()
    late: list[float] = []

    def tick() -> None:
        while not done.is_set():
            start = time.perf_counter()
            time.sleep(0.001)
            late.append(time.perf_counter() - start - 0.001)

    started = time.perf_counter()
    pool: ProcessPoolExecutor | None = None
    built: Future[Path] | None = None
    if how == "thread":
        threading.Thread(target=_build_in_thread, args=(batch, folder, done)).start()
    else:
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        built = pool.submit(_build_in_child, batch, folder)
        built.add_done_callback(lambda _: done.set())
    ticker = threading.Thread(target=tick)
    ticker.start()
    searches: list[float] = []
    while not done.is_set():
        start = time.perf_counter()
        shipped.search(queries[len(searches) % len(queries)])
        searches.append(time.perf_counter() - start)
    wall = time.perf_counter() - started
    opening = 0.0
    if built is not None and pool is not None:
        start = time.perf_counter()
        open_index(built.result())
        opening = time.perf_counter() - start
        pool.shutdown()
    ticker.join()
    print(
        f"built in a {how}: {wall:.1f} s wall (then opened in {opening * 1000:.0f} ms);"
        f" {len(searches)} searches meanwhile, p50 {statistics.median(searches) * 1000:.1f} ms,"
        f" p99 {_ms(searches, 0.99):.1f} ms wall; the ticker late by p50"
        f" {statistics.median(late) * 1000:.1f} ms, p99 {_ms(late, 0.99):.1f} ms",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passages", type=int, default=12_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--all-cores", action="store_true", help="not pinned to one core")
    args = parser.parse_args()
    if not args.all_cores:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    corpus = load_corpus(DEFAULT_CORPUS_DIR)
    batch = scaled_corpus(corpus, args.passages)
    sample = random.Random(1).sample(list(corpus.passages), 150)
    queries = [" ".join(p.text.split()[:4]) for p in sample]
    with tempfile.TemporaryDirectory() as folder:
        shipped = open_shipped_index(DEFAULT_CORPUS_DIR, Path(folder), corpus)
        for number in range(args.runs):
            for how in ("thread", "child process"):
                run(
                    how, batch, shipped, queries, Path(folder) / f"{how}-{number}".replace(" ", "-")
                )


if __name__ == "__main__":
    main()
