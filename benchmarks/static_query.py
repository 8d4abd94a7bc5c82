"""Could a search embed its query without running the transformer? The measured trade-off.

    python -m benchmarks.static_query [--spans 8000] [--passages 100000]

A search embeds its query with all-MiniLM-L6-v2 on onnxruntime (``bot/core/semantic.py``):
5-6 ms of CPU a query, and onnxruntime and the session are ~75 MB of a searching process. The
alternative tried here is a *static query encoder* distilled from the same model (the model2vec
idea): every WordPiece piece of the vocabulary run through the encoder once, alone between
``[CLS]`` and ``[SEP]`` (the mean of its outputs, as the encoder pools); a query's vector is the
mean of its pieces' rows, weighted by how rare each piece is in the indexed passages (IDF),
then unit length: a table lookup, well under a millisecond, no transformer. Two fits bring
that mean nearer to what the transformer says of the same text, both trained on random spans
(3 to 30 words) of the shipped corpus's passages embedded by the transformer, never on the
evaluation's queries:

- ``map``: one linear map (384 + 1 by 384, ridge) applied to every row;
- ``learned``: then each piece seen in the spans gets its own row by least squares (ridge
  towards its mapped row, the strength chosen by the cosine on 1,000 held-out spans).

The passages' window vectors stay the transformer's. For each query encoder the evaluation's
search categories (recall @1 / @5 in percent, ``tests/data/retrieval_eval.jsonl``, on the
shipped corpus) with the odd- and even-numbered hard paraphrases apart (the even half was never
used to choose anything), the mean cosine of its query vectors with the transformer's on those
queries, and the CPU time of one query vector. With ``--passages``, the same search queries on
the deterministic scaled corpus of ``benchmarks.retrieval`` built into a folder and opened as
``benchmarks.peers`` does (stand-in window vectors): the CPU time of a whole search (p50/p99)
and recall @1 / @5 with the transformer's query vector and the learned static one. One core, CPU
time.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import numpy.typing as npt

from benchmarks.measure import percentiles
from benchmarks.peers import build_lectern
from benchmarks.retrieval import SEED, scaled_corpus
from bot.core import semantic
from bot.core.corpus import load_corpus
from bot.core.models import Corpus
from bot.core.search import SearchIndex
from bot.core.semantic import PassageVectors, SentenceEncoder, load_encoder, model_folder
from bot.core.wordpiece import WordPiece
from bot.settings import DEFAULT_CORPUS_DIR
from bot.storage.search_store import open_index
from tests.fixtures.retrieval_eval import (
    SEARCH_CATEGORIES,
    EvalQuery,
    evaluate,
    is_target,
    load_queries,
)

Vector = npt.NDArray[np.float32]
QueryEncoder = Callable[[str], Vector]
_HELD_OUT = 1000  # spans kept aside to choose the ridge strength
_STRENGTHS = (0.03, 0.3, 3.0)


def piece_table(encoder: SentenceEncoder, pieces: int) -> Vector:
    """Each piece's vector: the mean of the encoder's outputs for ``[CLS] piece [SEP]``."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(encoder.graph), options)
    table = np.zeros((pieces, encoder.dimensions), dtype=np.float32)
    for start in range(0, pieces, 512):
        ids = np.arange(start, min(pieces, start + 512), dtype=np.int64)
        rows = np.stack([np.full_like(ids, 101), ids, np.full_like(ids, 102)], axis=1)
        inputs = {"input_ids": rows, "attention_mask": 1 + 0 * rows, "token_type_ids": 0 * rows}
        table[start : start + len(ids)] = session.run(None, inputs)[0].mean(axis=1)
    return table


def training_spans(texts: Sequence[str], count: int) -> list[str]:
    rng = random.Random(SEED)
    spans = []
    for _ in range(count):
        words = rng.choice(texts).split()
        length = rng.randint(3, 30)
        start = rng.randint(0, max(0, len(words) - length))
        spans.append(" ".join(words[start : start + length]))
    return spans


class Distilled:
    """The static encoders of one piece table, IDF and training spans."""

    def __init__(
        self, pieces: WordPiece, table: Vector, idf: Vector, spans: list[str], targets: Vector
    ) -> None:
        self.pieces, self.idf = pieces, idf
        self.ids = [pieces.pieces(span) for span in spans]
        self.targets = targets
        train = slice(0, len(spans) - _HELD_OUT)
        means = np.stack([self.mean(table, ids) for ids in self.ids])
        features = np.hstack([means, np.ones((len(means), 1), dtype=np.float32)])
        x, y = features[train], targets[train]
        solved = np.linalg.solve(x.T @ x + 0.1 * np.eye(x.shape[1]), x.T @ y)
        self.mapped = (np.hstack([table, np.ones((len(table), 1), np.float32)]) @ solved).astype(
            np.float32
        )
        self.strength, self.learned = max(
            ((s, self.fit(s, train)) for s in _STRENGTHS),
            key=lambda found: self.held_out_cosine(found[1], len(spans)),
        )
        # The chosen strength, refitted on every span.
        self.learned = self.fit(self.strength, slice(0, len(spans)))

    def mean(self, table: Vector, ids: Sequence[int]) -> Vector:
        if not ids:
            return np.zeros(table.shape[1], dtype=np.float32)
        weights = self.idf[list(ids)]
        summed: Vector = (table[list(ids)] * weights[:, None]).sum(axis=0) / weights.sum()
        return summed

    def fit(self, strength: float, rows: slice) -> Vector:
        ids = self.ids[rows]
        seen = sorted({i for span in ids for i in span})
        column = {piece: j for j, piece in enumerate(seen)}
        pooled = np.zeros((len(ids), len(seen)), dtype=np.float32)
        for row, span in enumerate(ids):
            weights = self.idf[span] / self.idf[span].sum()
            for piece, weight in zip(span, weights, strict=True):
                pooled[row, column[piece]] += weight
        table = self.mapped.copy()
        gram = pooled.T @ pooled + strength * np.eye(len(seen), dtype=np.float32)
        table[seen] = np.linalg.solve(
            gram, pooled.T @ self.targets[rows] + strength * self.mapped[seen]
        )
        return table

    def held_out_cosine(self, table: Vector, total: int) -> float:
        held = range(total - _HELD_OUT, total)
        vectors = np.stack([self.mean(table, self.ids[i]) for i in held])
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        return float(np.sum(vectors * self.targets[total - _HELD_OUT :], axis=1).mean())

    def encoder(self, table: Vector) -> QueryEncoder:
        def encode(text: str) -> Vector:
            vector = self.mean(table, self.pieces.pieces(text))
            norm = float(np.linalg.norm(vector))
            return vector / norm if norm else vector

        return encode


@contextmanager
def queries_embedded_by(encode: QueryEncoder | None) -> Iterator[None]:
    """Searches embed their query with ``encode`` meanwhile (``None``: the transformer)."""
    original = PassageVectors.query
    if encode is not None:
        PassageVectors.query = lambda _self, text: encode(text)  # type: ignore[method-assign]
    try:
        yield
    finally:
        PassageVectors.query = original  # type: ignore[method-assign]


def row(
    name: str,
    encode: QueryEncoder | None,
    encoder: SentenceEncoder,
    index: SearchIndex,
    queries: Sequence[EvalQuery],
    reference: Vector,
) -> str:
    own = encode or (lambda text: encoder.encode([text])[0])
    samples = []
    vectors = []
    for query in queries:
        start = time.process_time()
        vectors.append(own(query.query))
        samples.append(time.process_time() - start)
    agreement = float(np.sum(np.stack(vectors) * reference, axis=1).mean())
    p50, p99 = percentiles(samples)
    with queries_embedded_by(encode):
        figures = evaluate(index, queries, categories=SEARCH_CATEGORIES)
        halves = []
        for parity in (1, 0):
            half = [
                q
                for q in queries
                if q.category == "hard_paraphrase" and int(q.id.rsplit("-", 1)[1]) % 2 == parity
            ]
            found = evaluate(index, half, categories=SEARCH_CATEGORIES)["hard_paraphrase"]
            halves.append(f"{found.share(found.at1):.1f} / {found.share(found.at5):.1f}")
    cells = [name, f"{p50:.2f} / {p99:.2f} ms", f"{agreement:.3f}"]
    cells += [f"{figures[c].share(figures[c].at1):.1f} / {figures[c].share(figures[c].at5):.1f}"
              for c in SEARCH_CATEGORIES]  # fmt: skip
    return "| " + " | ".join(cells + halves) + " |"


def at_scale(
    corpus: Corpus,
    queries: Sequence[EvalQuery],
    encoders: Sequence[tuple[str, QueryEncoder | None]],
) -> None:
    """Whole searches on ``corpus`` built into a folder, with each query encoder."""
    with tempfile.TemporaryDirectory(prefix="lectern-static-query-") as work:
        build_lectern(corpus, Path(work))
        index = open_index(Path(work) / "index")
        print(f"\n{len(corpus):,} passages, built into a folder and opened (search p50 / p99)\n")
        head = ["query vector", "search CPU p50 / p99", *(f"{c} @1/@5" for c in SEARCH_CATEGORIES)]
        print("| " + " | ".join(head) + " |\n" + "|---" * len(head) + "|")
        for name, encode in encoders:
            with queries_embedded_by(encode):
                for query in queries:  # every file page read once: a running bot's state
                    index.search(query.query, limit=5)
                meaning = index._state.meaning
                assert meaning is not None
                meaning._asked.clear()  # but no query vector kept: each is embedded again
                samples, found = [], {}
                for query in queries:
                    start = time.process_time()
                    found[query.id] = [h.passage for h in index.search(query.query, limit=5)]
                    samples.append(time.process_time() - start)
            p50, p99 = percentiles(samples)
            cells = [name, f"{p50:.2f} / {p99:.2f} ms"]
            for category in SEARCH_CATEGORIES:
                asked = [q for q in queries if q.category == category]
                ranks = [
                    [i for i, p in enumerate(found[q.id]) if is_target(p, q.expect_text or "")]
                    for q in asked
                ]
                first = sum(bool(r) and r[0] == 0 for r in ranks)
                five = sum(bool(r) for r in ranks)
                cells.append(f"{100 * first / len(asked):.1f} / {100 * five / len(asked):.1f}")
            print("| " + " | ".join(cells) + " |", flush=True)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.static_query")
    parser.add_argument("--spans", type=int, default=8000, help="training spans (default 8000)")
    parser.add_argument("--passages", type=int, default=0, help="also whole searches at this size")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    encoder, folder = load_encoder(), model_folder()
    if encoder is None or folder is None:
        raise SystemExit("the sentence encoder is not installed (make setup installs it)")
    pieces = WordPiece.from_file(folder / "vocab.txt")
    corpus = load_corpus(DEFAULT_CORPUS_DIR)
    texts = [p.text for p in corpus.passages]
    frequency: Counter[int] = Counter()
    for text in texts:
        frequency.update(set(pieces.pieces(text)))
    seen = np.array([frequency.get(i, 0) for i in range(len(pieces))], dtype=np.float32)
    idf = np.log(1 + len(texts) / (1 + seen)).astype(np.float32)
    start = time.process_time()
    table = piece_table(encoder, len(pieces))
    made = time.process_time() - start
    spans = training_spans(texts, args.spans + _HELD_OUT)
    start = time.process_time()
    targets = encoder.encode(spans)
    embedded = time.process_time() - start
    distilled = Distilled(pieces, table, idf, spans, targets)
    print(
        f"one core, CPU time; piece table ({len(pieces)} pieces) {made:.0f} s; "
        f"{len(spans)} training spans embedded in {embedded:.0f} s; ridge strength of the "
        f"learned rows {distilled.strength} (held-out span cosine)"
    )
    index = SearchIndex(corpus)
    queries = [q for q in load_queries() if q.category in SEARCH_CATEGORIES]
    reference = encoder.encode([q.query for q in queries])
    head = ["query vector", "CPU p50 / p99", "cosine with transformer"]
    head += [f"{c} @1/@5" for c in SEARCH_CATEGORIES]
    head += ["hard odd (tuning) @1/@5", "hard even (held out) @1/@5"]
    print("\n| " + " | ".join(head) + " |\n" + "|---" * len(head) + "|")
    encoders: list[tuple[str, QueryEncoder | None]] = [
        ("transformer (shipped)", None),
        ("static, pieces alone", distilled.encoder(table)),
        ("static, linear map", distilled.encoder(distilled.mapped)),
        ("static, learned rows", distilled.encoder(distilled.learned)),
    ]
    for name, encode in encoders:
        print(row(name, encode, encoder, index, queries, reference), flush=True)
    if args.passages:
        del index
        semantic.give_back_freed_memory()
        at_scale(scaled_corpus(corpus, args.passages), queries, [encoders[0], encoders[-1]])


if __name__ == "__main__":
    main()
