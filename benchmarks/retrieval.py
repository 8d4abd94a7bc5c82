"""Retrieval benchmark: index build, memory, search and autocomplete latency, and the naive
rapidfuzz baseline, on the shipped corpus and on a deterministic 100,000-passage corpus.

    python -m benchmarks.retrieval [--passages 100000] [--baseline-queries 40] [--no-semantic]
                                   [--embed-sample 300] [--embed-all]

Runs pinned to one core; times are CPU time of the process (on a shared machine wall time
mostly measures the other processes). The scaled corpus keeps every real passage (so the
evaluation set still has its targets) and adds synthetic ones made from real passages with a
third of their words replaced by words from a large made-up vocabulary, so the vocabulary grows
as a real corpus would.

Sentence meaning at 100,000 passages: embedding every window of the scaled corpus takes about an
hour of one core, so it is not run. The benchmark embeds a seeded sample of synthetic passages
to measure the encoder's rate and prints the extrapolated one-time cost; the index is then built
as after that first time, reading the window vectors from a ``vectors.npz``, where each synthetic
window has the vector of a real window drawn at random (stand-ins: latency and memory are those
of the real sizes; recall at that scale is pessimistic, every real passage having hundreds of
stand-ins with its meaning). ``--embed-all`` embeds every synthetic window for real instead
(feasible for a few thousand passages: ``--passages 5000 --embed-all``), and prints its time.
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from benchmarks.measure import percentiles, rss_mb
from bot.core.corpus import load_corpus
from bot.core.models import Corpus, Passage
from bot.core.search import SearchIndex
from bot.core.semantic import (
    VECTORS_FILE,
    load_encoder,
    save_vectors,
    use_vectors_file,
    window_key,
    windows,
    write_vectors,
    write_window_vectors_raw,
)
from bot.settings import DEFAULT_CORPUS_DIR
from tests.fixtures.retrieval_eval import (
    SEARCH_CATEGORIES,
    CategoryFigures,
    EvalQuery,
    evaluate,
    index_ranker,
    load_queries,
    report,
)

SEED = 20261123
TARGETS = {"autocomplete_p99_ms": 20.0, "search_p99_ms": 50.0, "build_s": 3.0, "rss_mb": 300.0}
_SYLLABLES = [
    c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou", "ia")
]


def memory_in_a_fresh_process(
    corpus: Corpus, semantic: bool, vectors: Path | None
) -> tuple[float, float, float]:
    """Resident MB of a new process: at start, with ``corpus`` loaded, with its index built.

    The bot's process holds the corpus and the index, not the garbage of generating a
    synthetic corpus, so the target is measured in a process that only unpickles the corpus.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.pickle"
        path.write_bytes(pickle.dumps(corpus, protocol=pickle.HIGHEST_PROTOCOL))
        output = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.retrieval",
                "--measure-memory",
                str(path),
                *([] if semantic else ["--no-semantic"]),
                *(["--vectors", str(vectors)] if vectors else []),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    started, loaded, indexed = (float(part) for part in output.split())
    return started, loaded, indexed


def measure_memory(path: Path, semantic: bool, vectors: Path | None) -> None:
    if vectors is not None:
        use_vectors_file(vectors)
    started = rss_mb()
    corpus = pickle.loads(path.read_bytes())
    gc.collect()
    loaded = rss_mb()
    index = SearchIndex(corpus, semantic=semantic)
    gc.collect()
    print(started, loaded, rss_mb())
    assert index.corpus is corpus  # the index stays alive until measured


def scaled_corpus(base: Corpus, size: int, seed: int = SEED) -> Corpus:
    """``base`` plus synthetic passages up to ``size``, identical for a given seed.

    A synthetic passage takes the metadata and length of a random real passage; its words are
    drawn two times in three from the real corpus's words at their real frequencies and
    otherwise from a made-up vocabulary with a Zipf-like spread. So the vocabulary and the
    posting lists grow as in a real corpus, without copying real phrases.
    """
    rng = random.Random(seed)
    made_up = sorted(
        {"".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(80_000)}
    )
    rng.shuffle(made_up)
    split = re.compile(r"\S+")
    real_words = [w for p in base.passages for w in split.findall(p.text)]
    templates = list(base.passages)
    passages = list(base.passages)
    for number in range(size - len(passages)):
        template = templates[rng.randrange(len(templates))]
        length = max(4, len(template.text) // 6)
        text_words = [
            real_words[rng.randrange(len(real_words))]
            if rng.random() < 0.67
            else made_up[int(rng.paretovariate(0.8)) % len(made_up)]
            for _ in range(length)
        ]
        text = " ".join(text_words)
        passages.append(
            Passage(
                id=f"synthetic-{number:06d}",
                kind=template.kind,
                source=template.source,
                speaker=template.speaker,
                work=template.work,
                date=template.date,
                page=template.page,
                via=template.via,
                topics=template.topics,
                text=text,
                start=0,
                end=len(text),
            )
        )
    return Corpus(
        sources=base.sources.values(),
        speakers=base.speakers.values(),
        works=base.works.values(),
        topics=base.topics.values(),
        passages=passages,
        source_texts=base.source_texts,
    )


def embedding_rate(corpus: Corpus, sample: int) -> None:
    """Embed the windows of ``sample`` seeded synthetic passages; print the rate and what
    embedding all of ``corpus`` once would take on one core."""
    encoder = load_encoder()
    if encoder is None or sample <= 0:
        return
    synthetic = [p.text for p in corpus.passages if p.id.startswith("synthetic-")]
    chosen = random.Random(SEED).sample(synthetic, min(sample, len(synthetic)))
    pieces = [w for text in chosen for w in windows(text)]
    start = time.process_time()
    encoder.encode(pieces)
    spent = time.process_time() - start
    total = sum(len(windows(p.text)) for p in corpus.passages)
    print(
        f"embedding        {len(pieces)} windows of {len(chosen)} sampled passages in "
        f"{spent:.1f} s CPU ({len(pieces) / spent:.0f} windows/s); all {total:,} windows once: "
        f"about {total / len(pieces) * spent / 60:.0f} min on one core (extrapolated)"
    )


def stand_in_vectors(corpus: Corpus, folder: Path) -> Path:
    """A ``vectors.npz`` for ``corpus``: the real passages' own vectors (the shipped corpus's
    file), and for each synthetic window the vector of a real window drawn at random."""
    import numpy as np

    with np.load(DEFAULT_CORPUS_DIR / VECTORS_FILE, allow_pickle=False) as stored:
        real_keys = [k.tobytes() for k in stored["keys"]]
        real = stored["vectors"]
    rng = np.random.default_rng(SEED)
    keys = list(dict.fromkeys(window_key(w) for p in corpus.passages for w in windows(p.text)))
    known = set(real_keys)
    added = [k for k in keys if k not in known]
    vectors = np.concatenate([real, real[rng.integers(0, len(real), len(added))]])
    path = folder / VECTORS_FILE
    write_vectors(path, real_keys + added, vectors)
    return path


class _DrawnRows:
    """The rows of ``table`` at ``rows``, made a slice at a time (a million passages' window
    vectors at once would be gigabytes): what ``write_window_vectors_raw`` reads."""

    def __init__(self, table, rows) -> None:
        self.table, self.rows = table, rows
        self.shape = (len(rows), table.shape[1])

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, part: slice):
        return self.table[self.rows[part]].astype("float32")


def write_stand_in_vectors(folder: Path, passages: Sequence[Passage]) -> int:
    """The window vectors of ``passages`` for a built index (``write_window_vectors_raw``): a
    real passage's windows their own (the shipped corpus's file), each synthetic window a real
    window's vector drawn at random (seeded). Hashes only the real passages' windows."""
    import numpy as np

    with np.load(DEFAULT_CORPUS_DIR / VECTORS_FILE, allow_pickle=False) as stored:
        row_of = {k.tobytes(): i for i, k in enumerate(stored["keys"])}
        real = stored["vectors"]
    rng = np.random.default_rng(SEED)
    counts = [len(windows(p.text)) for p in passages]
    rows = rng.integers(0, len(real), sum(counts))
    at = 0
    for passage, count in zip(passages, counts, strict=True):
        if not passage.id.startswith("synthetic-"):
            for offset, window in enumerate(windows(passage.text)):
                rows[at + offset] = row_of.get(window_key(window), rows[at + offset])
        at += count
    return write_window_vectors_raw(folder, counts, _DrawnRows(real, rows))


def timed(call: Callable[[str], object], inputs: Sequence[str]) -> list[float]:
    samples = []
    for text in inputs:
        start = time.process_time()
        call(text)
        samples.append(time.process_time() - start)
    return samples


def typing_prefixes(queries: Sequence[EvalQuery]) -> list[str]:
    """What a member has typed at a few moments while typing each query."""
    prefixes = []
    for query in queries:
        text = query.query
        for cut in (3, 8, 15, 30, 60):
            if cut < len(text):
                prefixes.append(text[:cut])
        prefixes.append(text[:100])
    return prefixes


def baseline_ranker(corpus: Corpus) -> Callable[[str], list[Passage]]:
    texts = [p.text for p in corpus.passages]

    def rank(query: str) -> list[Passage]:
        found = process.extract(
            query, texts, scorer=fuzz.WRatio, processor=utils.default_process, limit=5
        )
        return [corpus.passages[i] for _, _, i in found]

    return rank


def search_recall(figures: dict[str, CategoryFigures]) -> str:
    parts = []
    for category in SEARCH_CATEGORIES:
        f = figures.get(category)
        if f is not None:
            parts.append(f"{category} @5 {f.share(f.at5):.1f}%")
    return ", ".join(parts)


def total_at5(figures: dict[str, CategoryFigures]) -> tuple[int, int]:
    hits = sum(f.at5 for c, f in figures.items() if c in SEARCH_CATEGORIES)
    total = sum(f.total for c, f in figures.items() if c in SEARCH_CATEGORIES)
    return hits, total


def run(
    corpus: Corpus,
    label: str,
    queries: list[EvalQuery],
    baseline_queries: int,
    semantic: bool,
    vectors: Path | None = None,
) -> None:
    text_mb = sum(len(p.text) for p in corpus.passages) / 1e6
    print(
        f"\n--- {label}: {len(corpus):,} passages, {text_mb:.1f} M characters of text "
        f"({1e6 * text_mb / max(1, len(corpus)):.0f} per passage)"
    )
    gc.collect()
    before = rss_mb()
    start = time.process_time()
    index = SearchIndex(corpus, semantic=semantic)
    build = time.process_time() - start
    gc.collect()
    if index.sentence_meaning:
        where = f"read from {vectors}" if vectors else "from the corpus's own file"
        print(f"sentence meaning on: window vectors {where}")
    gc.freeze()  # as a long-running bot would after start: the index is never collected
    after = rss_mb()
    print(f"index build      {build:7.2f} s   (target at 100k: <= {TARGETS['build_s']:.0f} s)")
    print(
        f"resident memory  {after:7.1f} MB total, index {after - before:.1f} MB "
        "(this process, which also generated the corpus)"
    )
    started, loaded, indexed = memory_in_a_fresh_process(corpus, semantic, vectors)
    print(
        f"                 {indexed:7.1f} MB total in a fresh process holding only the corpus "
        f"and the index: interpreter {started:.1f}, corpus {loaded - started:.1f}, "
        f"index {indexed - loaded:.1f} (target at 100k: <= {TARGETS['rss_mb']:.0f} MB)"
    )
    texts = [q.query for q in queries]
    index.search(texts[0])  # warm the word cache
    search_p50, search_p99 = percentiles(timed(lambda q: index.search(q, limit=10), texts))
    prefixes = typing_prefixes(queries)
    suggest_p50, suggest_p99 = percentiles(timed(index.suggest_passages, prefixes))
    speaker_p50, speaker_p99 = percentiles(timed(index.suggest_speakers, prefixes))
    print(
        f"search           p50 {search_p50:6.2f} ms  p99 {search_p99:6.2f} ms  "
        f"({len(texts)} queries)"
    )
    print(
        f"autocomplete     p50 {suggest_p50:6.2f} ms  p99 {suggest_p99:6.2f} ms  "
        f"({len(prefixes)} prefixes, passages)"
    )
    print(f"                 p50 {speaker_p50:6.2f} ms  p99 {speaker_p99:6.2f} ms  (speakers)")

    searchable = [q for q in queries if q.category in SEARCH_CATEGORIES]
    sample = searchable
    if baseline_queries and len(searchable) > baseline_queries:
        sample = random.Random(SEED).sample(searchable, baseline_queries)
    ours = evaluate(index, sample, index_ranker(index), SEARCH_CATEGORIES)
    naive = baseline_ranker(corpus)
    naive_samples = timed(naive, [q.query for q in sample])
    theirs = evaluate(index, sample, naive, SEARCH_CATEGORIES)
    ours_samples = timed(lambda q: index.search(q, limit=5), [q.query for q in sample])
    base_p50, base_p99 = percentiles(naive_samples)
    mean_ours = statistics.fmean(ours_samples)
    mean_base = statistics.fmean(naive_samples)
    ours_hits, n = total_at5(ours)
    base_hits, _ = total_at5(theirs)
    print(
        f"baseline WRatio  p50 {base_p50:6.2f} ms  p99 {base_p99:6.2f} ms  "
        f"on {len(sample)} search queries"
    )
    print(f"speed ratio      {mean_base / mean_ours:7.1f}x faster than the baseline (mean)")
    print(
        f"recall @5        index {ours_hits}/{n} ({100 * ours_hits / max(n, 1):.1f}%), "
        f"baseline {base_hits}/{n} ({100 * base_hits / max(n, 1):.1f}%)"
    )
    print(f"   index:    {search_recall(ours)}")
    print(f"   baseline: {search_recall(theirs)}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.retrieval")
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument(
        "--baseline-queries",
        type=int,
        default=30,
        help="search queries the slow baseline runs on the scaled corpus (all on the shipped one)",
    )
    parser.add_argument(
        "--no-semantic",
        dest="semantic",
        action="store_false",
        help="measure search without the related-words signal (as without the optional vectors)",
    )
    parser.add_argument(
        "--embed-sample",
        type=int,
        default=300,
        help="synthetic passages embedded to measure the encoder's rate (sentence meaning on)",
    )
    parser.add_argument(
        "--embed-all",
        action="store_true",
        help="embed every synthetic window for real instead of stand-ins (small --passages)",
    )
    parser.add_argument("--measure-memory", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--vectors", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure_memory:
        measure_memory(args.measure_memory, args.semantic, args.vectors)
        return
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    base = load_corpus(DEFAULT_CORPUS_DIR)
    queries = load_queries()
    index = SearchIndex(base, semantic=args.semantic)
    state = "on" if index.semantic else "off"
    meaning = "on" if index.sentence_meaning else "off"
    print(
        f"evaluation set: {len(queries)} queries; one core; semantic signal {state} "
        f"(sentence meaning {meaning})"
    )
    print(report(evaluate(index, queries)))
    run(base, "shipped corpus", queries, baseline_queries=0, semantic=args.semantic)
    start = time.perf_counter()
    scaled = scaled_corpus(base, args.passages)
    print(f"\n(scaled corpus generated in {time.perf_counter() - start:.1f} s, seed {SEED})")
    with tempfile.TemporaryDirectory() as folder:
        vectors = None
        if index.sentence_meaning:
            embedding_rate(scaled, args.embed_sample)
            if args.embed_all:
                vectors = Path(folder) / VECTORS_FILE
                start = time.process_time()
                count = save_vectors(vectors, (p.text for p in scaled.passages))
                spent = time.process_time() - start
                print(f"embedded         {count:,} windows for real in {spent:.0f} s CPU")
            else:
                vectors = stand_in_vectors(scaled, Path(folder))
            use_vectors_file(vectors)
        run(
            scaled,
            "scaled corpus",
            queries,
            baseline_queries=args.baseline_queries,
            semantic=args.semantic,
            vectors=vectors,
        )


if __name__ == "__main__":
    main()
