"""Could a shallower or differently run sentence encoder keep paraphrase search? Measured.

    python -m benchmarks.encoder_depth [--models 123456,1234,1356,...] [--queries 400]
                                       [--no-levers]

The sentence encoder (``bot/core/semantic.py``) runs all six layers of all-MiniLM-L6-v2 (int8,
the compact graph of ``bot/core/encoder_graph.py``). Here the shipped int8 graph keeps only
some of its layers (``--models``: the layers each keeps, numbered from 1): the first k
(``1234``: the graph cut after layer 4), or some with the last (``1356``: layers 2 and 4 left
out, each passing its input on). The rest of the graph and its weights are dropped, the same
rewrite as the bot's makes it compact, and the encoder pools it as always (mean of the token
outputs, unit length). Nothing is fitted or downloaded. For each model, with every window of
the shipped corpus embedded again by it (never mixed with another model's vectors: an empty
window cache, not the corpus's ``vectors.npz``):

- query embed CPU p50 / p99: the evaluation set's search queries one at a time (``--queries``
  embeddings), one core, CPU time, in a fresh process;
- session MB: what loading the encoder adds to that process's resident memory (VmRSS), and
  what it holds after its first query;
- windows/s: embedding the shipped corpus's windows (what a new reading costs);
- the cosine of its query vectors with the six-layer model's;
- the evaluation's search categories on the shipped corpus (recall @1 / @5 in percent,
  ``tests/data/retrieval_eval.jsonl``, counted as ``tests/core/test_retrieval_eval.py`` counts
  them), the hard paraphrases also per half (odd-numbered: the half the sentence weight was
  chosen on; even-numbered: held out).

The floors the bot's search must hold: hard paraphrases @1 ≥ 64 and @5 ≥ 85, the held-out half
@5 ≥ 85, keywords @1 ≥ 91 (and the others in the test).

Then (unless ``--no-levers``) the six-layer encoder under onnxruntime's documented session
levers and with shorter query sequences, the windows embedded as the bot embeds them: two
intra-op threads instead of one (CPU and wall time), flush-to-zero for denormals
(``session.set_denormal_as_zero``), graph optimisation at the ``EXTENDED`` level instead of
``ALL``, the approximate GELU (``optimization.enable_gelu_approximation``, windows embedded
with it too), and a query cut to its first 24 or 16 tokens.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.measure import percentiles, rss_mb

if TYPE_CHECKING:
    from bot.core.models import Corpus
    from bot.core.semantic import SentenceEncoder
    from tests.fixtures.retrieval_eval import EvalQuery

# Nothing heavy at module level: the child process measures what the bot imports, not this.

FULL = "123456"  # the layers kept, numbered from 1: all six, what ships
# The first k layers; then every choice of five or four layers that keeps the last one.
MODELS = (
    FULL,
    "1234",
    "123",
    "12",
    *("".join(c) + "6" for c in combinations("12345", 4)),
    *("".join(c) + "6" for c in combinations("12345", 3)),
)
# A lever: (name, session config entries, other settings: threads, level, query tokens).
LEVERS: tuple[tuple[str, dict[str, str], dict[str, Any]], ...] = (
    ("as shipped: 1 intra-op thread, ORT_ENABLE_ALL", {}, {}),
    ("2 intra-op threads", {}, {"threads": 2}),
    ("session.set_denormal_as_zero", {"session.set_denormal_as_zero": "1"}, {}),
    ("ORT_ENABLE_EXTENDED", {}, {"level": "extended"}),
    ("optimization.enable_gelu_approximation", {"optimization.enable_gelu_approximation": "1"}, {}),
    ("query cut to 24 tokens", {}, {"query_tokens": 24}),
    ("query cut to 16 tokens", {}, {"query_tokens": 16}),
)


def keep_layers(source: Path, target: Path, kept: Sequence[int]) -> None:
    """``source``'s graph with only the transformer layers ``kept`` (numbered from 0, as the
    weights' names number them), in their order: a layer left out passes its input on as its
    output, and the last layer kept gives the graph's output (under its name). Every node and
    weight no longer needed is dropped. Needs the ``onnx`` library."""
    import onnx

    model = onnx.load(str(source))
    graph = model.graph

    def output_of(layer: int) -> Any:  # the normalisation ending a layer (-1: the embeddings)
        norm = "embeddings.LayerNorm" if layer < 0 else f"encoder.layer.{layer}.output.LayerNorm"
        found = [
            n
            for n in graph.node
            if n.op_type == "LayerNormalization"
            and len(n.input) > 1
            and n.input[1].endswith(f"{norm}.weight")
        ]
        if len(found) != 1:
            raise SystemExit(f"{source}: no transformer layer {layer}")
        return found[0]

    if not kept or len(graph.output) != 1:
        raise SystemExit(f"{source}: no layer kept, or not one output")
    last = max(kept)
    for layer in sorted(set(range(last)) - set(kept), reverse=True):
        skipped, before = output_of(layer).output[0], output_of(layer - 1).output[0]
        for node in graph.node:  # the next layer reads what this one read
            node.input[:] = [before if i == skipped else i for i in node.input]
    output = graph.output[0].name
    end = output_of(last)
    if end.output[0] != output:
        for node in graph.node:  # the graph's last normalisation, dropped below
            node.output[:] = [f"{o}_after_the_cut" if o == output else o for o in node.output]
        end.output[0] = output
    producer = {out: node for node in graph.node for out in node.output}
    needed: set[int] = set()
    wanted = [output]
    while wanted:
        node = producer.get(wanted.pop())
        if node is not None and id(node) not in needed:
            needed.add(id(node))
            wanted.extend(i for i in node.input if i)
    nodes = [n for n in graph.node if id(n) in needed]
    used = {name for node in nodes for name in node.input}
    weights = [i for i in graph.initializer if i.name in used]
    shapes = [v for v in graph.value_info if v.name in used]
    del graph.node[:], graph.initializer[:], graph.value_info[:]
    graph.node.extend(nodes)
    graph.initializer.extend(weights)
    graph.value_info.extend(shapes)
    onnx.checker.check_model(model)
    onnx.save(model, str(target))


def make_graph(kept: str, folder: Path) -> Path:
    """The compact graph of the layers ``kept`` (``"123456"``: the bot's own), each step in a
    child process, as the bot makes its own."""
    from bot.core.semantic import encoder_files

    files = encoder_files()
    if files is None:
        raise SystemExit("the sentence encoder is not installed (make setup installs it)")
    source = files[0]
    if kept != FULL:
        source = folder / f"cut-{kept}.onnx"
        command = [sys.executable, "-m", "benchmarks.encoder_depth", "--cut"]
        subprocess.run([*command, str(files[0]), str(source), kept], check=True)
    target = folder / f"encoder-{kept}.onnx"
    command = [sys.executable, "-m", "bot.core.encoder_graph", str(source), str(target)]
    subprocess.run(command, check=True)
    if source != files[0]:
        source.unlink()
    return target


def open_encoder(graph: Path, lever: dict[str, Any] | None = None) -> SentenceEncoder:
    """The bot's encoder on ``graph``; with ``lever`` (``{"config": {...}, "threads": n,
    "level": "extended"}``) its session made again with those options (so the process's
    memory says nothing of a lever's session)."""
    import onnxruntime

    from bot.core.semantic import SentenceEncoder, model_folder, saturating_int8_products

    folder = model_folder()
    assert folder is not None, "the model package is not installed"
    encoder = SentenceEncoder(graph, folder / "vocab.txt")
    if lever:
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = int(lever.get("threads", 1))
        options.inter_op_num_threads = 1
        options.enable_cpu_mem_arena = False
        options.enable_mem_pattern = False
        if lever.get("level") == "extended":
            options.graph_optimization_level = (
                onnxruntime.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
            )
        if saturating_int8_products():  # as the bot's own session
            options.add_session_config_entry("session.x64quantprecision", "1")
        for key, value in lever.get("config", {}).items():
            options.add_session_config_entry(key, value)
        encoder._session = onnxruntime.InferenceSession(
            str(graph), options, providers=["CPUExecutionProvider"]
        )
    return encoder


@contextmanager
def query_tokens(limit: int | None) -> Iterator[None]:
    """Texts embedded meanwhile are cut to their first ``limit`` tokens (``None``: as the
    bot cuts them)."""
    from bot.core import semantic

    saved = semantic._MAX_TOKENS
    semantic._MAX_TOKENS = limit or saved
    try:
        yield
    finally:
        semantic._MAX_TOKENS = saved


def session_figures(graph: Path, queries: Path, lever: dict[str, Any]) -> None:
    """In a fresh process: resident MB before and after loading ``graph``, after one query;
    the CPU (and wall) time of embedding each query."""
    texts: list[str] = json.loads(queries.read_text(encoding="utf-8"))
    import numpy as np
    import onnxruntime  # noqa: F401

    import bot.core.semantic  # noqa: F401

    before = rss_mb()
    encoder = open_encoder(graph, lever)
    loaded = rss_mb()
    encoder.encode([texts[0]])
    first = rss_mb()
    cpu, wall = [], []
    with query_tokens(lever.get("query_tokens")):
        for text in texts:
            start, begin = time.process_time(), time.perf_counter()
            encoder.encode([text])
            cpu.append(time.process_time() - start)
            wall.append(time.perf_counter() - begin)
    (p50, p99), (wall50, wall99) = percentiles(cpu), percentiles(wall)
    figures = {"session": loaded - before, "first_query": first - before}
    figures |= {"p50": p50, "p99": p99, "wall50": wall50, "wall99": wall99}
    print(json.dumps(figures))
    del np


def measured_session(graph: Path, queries: Path, lever: dict[str, Any]) -> dict[str, float]:
    command = [sys.executable, "-m", "benchmarks.encoder_depth", "--session", str(graph)]
    output = subprocess.run(
        [*command, str(queries), json.dumps(lever)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


@contextmanager
def encoder_in_use(encoder: SentenceEncoder) -> Iterator[None]:
    """Indexes built meanwhile use ``encoder``, with an empty window cache of their own (no
    vector of another model is read, not even the corpus's ``vectors.npz``)."""
    from bot.core import search, semantic

    saved = semantic._CACHE
    original = search.load_encoder  # type: ignore[attr-defined]
    search.load_encoder = lambda: encoder  # type: ignore[attr-defined,assignment]
    semantic._CACHE = semantic._VectorCache()
    try:
        yield
    finally:
        search.load_encoder = original  # type: ignore[attr-defined]
        semantic._CACHE = saved


class Evaluation:
    """The shipped corpus and the evaluation's search queries, scored per encoder."""

    def __init__(self, corpus: Corpus, queries: Sequence[EvalQuery]) -> None:
        from bot.core.semantic import windows

        self.corpus, self.queries = corpus, list(queries)
        self.texts = [q.query for q in queries]
        hard = [q for q in queries if q.category == "hard_paraphrase"]
        self.halves = [
            [q for q in hard if int(q.id.rsplit("-", 1)[1]) % 2 == parity] for parity in (1, 0)
        ]
        self.windows = list(dict.fromkeys(w for p in corpus.passages for w in windows(p.text)))

    def cells(self, encoder: SentenceEncoder, query_limit: int | None = None) -> list[str]:
        """windows/s, then recall @1 / @5 of each category and of each half of the hard
        paraphrases, every window embedded by ``encoder`` first."""
        from bot.core.search import SearchIndex
        from bot.core.semantic import remember_vectors, window_key
        from tests.fixtures.retrieval_eval import SEARCH_CATEGORIES, evaluate

        with encoder_in_use(encoder):
            start = time.process_time()
            embedded = encoder.encode(self.windows)
            rate = len(self.windows) / (time.process_time() - start)
            remember_vectors([window_key(w) for w in self.windows], embedded)
            index = SearchIndex(self.corpus)  # every window's vector from the cache
            assert index.sentence_meaning
            with query_tokens(query_limit):
                figures = evaluate(index, self.queries, categories=SEARCH_CATEGORIES)
                found = [figures[c] for c in SEARCH_CATEGORIES]
                for half in self.halves:
                    found.append(evaluate(index, half, categories=SEARCH_CATEGORIES)[
                        "hard_paraphrase"
                    ])  # fmt: skip
        return [f"{rate:.0f}"] + [f"{f.share(f.at1):.1f} / {f.share(f.at5):.1f}" for f in found]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.encoder_depth")
    parser.add_argument(
        "--models",
        default=",".join(MODELS),
        help="the layers each model keeps, numbered from 1, comma-separated (default: %(default)s)",
    )
    parser.add_argument("--queries", type=int, default=400, help="query embeddings timed")
    parser.add_argument("--no-levers", action="store_true", help="the depths only")
    parser.add_argument("--cut", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--session", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    if args.cut:
        keep_layers(Path(args.cut[0]), Path(args.cut[1]), [int(k) - 1 for k in args.cut[2]])
        return
    if args.session:
        session_figures(Path(args.session[0]), Path(args.session[1]), json.loads(args.session[2]))
        return
    import numpy as np

    from bot.core.corpus import load_corpus
    from bot.settings import DEFAULT_CORPUS_DIR
    from tests.fixtures.retrieval_eval import SEARCH_CATEGORIES, load_queries

    queries = [q for q in load_queries() if q.category in SEARCH_CATEGORIES]
    evaluation = Evaluation(load_corpus(DEFAULT_CORPUS_DIR), queries)
    print(
        f"one core, CPU time; shipped corpus: {len(evaluation.corpus.passages)} passages, "
        f"{len(evaluation.windows)} distinct windows; {len(queries)} search queries "
        f"({sum(map(len, evaluation.halves))} hard paraphrases: odd {len(evaluation.halves[0])}"
        f", even {len(evaluation.halves[1])}); load average {os.getloadavg()[0]:.1f}\n"
    )
    categories = [f"{c} @1/@5" for c in SEARCH_CATEGORIES]
    halves = ["hard odd (tuning) @1/@5", "hard even (held out) @1/@5"]
    head = ["layers kept", "query embed CPU p50 / p99", "session MB (after 1 query)", "windows/s"]
    head += ["cosine with 6 layers", *categories, *halves]
    print("| " + " | ".join(head) + " |\n" + "|---" * len(head) + "|", flush=True)
    models = list(dict.fromkeys([FULL, *args.models.split(",")]))  # the reference first
    with tempfile.TemporaryDirectory(prefix="lectern-encoder-depth-") as work:
        asked = Path(work) / "queries.json"
        repeated = (evaluation.texts * (1 + args.queries // len(queries)))[: args.queries]
        asked.write_text(json.dumps(repeated), encoding="utf-8")
        reference = None  # the six layers' query vectors (measured first)
        full = Path()
        for kept in models:
            graph = make_graph(kept, Path(work))
            session = measured_session(graph, asked, {})
            encoder = open_encoder(graph)
            vectors = encoder.encode(evaluation.texts)
            reference = vectors if reference is None else reference
            agreement = float(np.sum(vectors * reference, axis=1).mean())
            rate, *recall = evaluation.cells(encoder)
            cells = [
                " ".join(kept),
                f"{session['p50']:.2f} / {session['p99']:.2f} ms",
                f"{session['session']:.1f} ({session['first_query']:.1f})",
                rate,
                f"{agreement:.3f}",
                *recall,
            ]
            print("| " + " | ".join(cells) + " |", flush=True)
            if kept == FULL:
                full = graph
            else:
                graph.unlink()
        if args.no_levers:
            return
        head = ["six layers", "query embed CPU p50 / p99", "wall p50 / p99"]
        head += ["windows/s", *categories, *halves]
        print("\n| " + " | ".join(head) + " |\n" + "|---" * len(head) + "|", flush=True)
        for name, config, settings in LEVERS:
            lever = {"config": config, **settings}
            session = measured_session(full, asked, lever)
            cells = [
                name,
                f"{session['p50']:.2f} / {session['p99']:.2f} ms",
                f"{session['wall50']:.2f} / {session['wall99']:.2f} ms",
            ]
            if config or "query_tokens" in settings:  # the vectors may differ
                cells += evaluation.cells(open_encoder(full, lever), settings.get("query_tokens"))
            else:
                cells += ["the same"] + [""] * (len(categories) + len(halves))
            print("| " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
