"""The retrieval evaluation: run ``tests/data/retrieval_eval.jsonl`` against an index.

Shared by ``tests/test_retrieval_eval.py`` (floors) and ``benchmarks/retrieval.py`` (which also
runs the naive rapidfuzz baseline through the same scoring, via ``ranker``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.models import Passage
from bot.core.normalize import normalize
from bot.core.search import SearchIndex
from bot.core.verify import verify

EVAL_PATH = Path(__file__).resolve().parent / "data" / "retrieval_eval.jsonl"
SEARCH_CATEGORIES = ("exact", "typo", "keywords", "paraphrase", "hard_paraphrase", "commentary")
VERIFY_CATEGORIES = ("fabricated", "misattributed")

Ranker = Callable[[str], list[Passage]]


@dataclass(frozen=True, slots=True)
class EvalQuery:
    id: str
    category: str
    query: str
    expect_text: str | None
    expect_speaker: str | None
    claimed_speaker: str | None


@dataclass(slots=True)
class CategoryFigures:
    total: int = 0
    at1: int = 0
    at5: int = 0
    exact: int = 0
    close: int = 0
    flagged: int = 0  # misattributed: attribution reported "wrong"
    true_named: int = 0  # misattributed: and the true speaker given is the expected one
    misses: list[str] = field(default_factory=list)

    def share(self, count: int) -> float:
        return 100.0 * count / self.total if self.total else 0.0


def load_queries(path: Path = EVAL_PATH) -> list[EvalQuery]:
    queries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        queries.append(
            EvalQuery(
                id=str(row["id"]),
                category=row["category"],
                query=row["query"],
                expect_text=row.get("expect_text"),
                expect_speaker=row.get("expect_speaker"),
                claimed_speaker=row.get("claimed_speaker"),
            )
        )
    return queries


def is_target(passage: Passage, expect_text: str) -> bool:
    return normalize(expect_text) in normalize(passage.text)


def index_ranker(index: SearchIndex, limit: int = 5) -> Ranker:
    return lambda query: [hit.passage for hit in index.search(query, limit=limit)]


def evaluate(
    index: SearchIndex,
    queries: Iterable[EvalQuery],
    ranker: Ranker | None = None,
    categories: Iterable[str] = SEARCH_CATEGORIES + VERIFY_CATEGORIES,
) -> dict[str, CategoryFigures]:
    """Figures per category. Search categories use ``ranker`` (default: the index)."""
    rank = ranker or index_ranker(index)
    wanted = set(categories)
    figures: dict[str, CategoryFigures] = {}
    for query in queries:
        if query.category not in wanted:
            continue
        figure = figures.setdefault(query.category, CategoryFigures())
        figure.total += 1
        if query.category in SEARCH_CATEGORIES:
            expect = query.expect_text or ""
            ranked = rank(query.query)[:5]
            hits = [i for i, p in enumerate(ranked) if is_target(p, expect)]
            if hits and hits[0] == 0:
                figure.at1 += 1
            if hits:
                figure.at5 += 1
            else:
                figure.misses.append(query.id)
            continue
        result = verify(index, query.query)  # the claimed speaker is written in the query
        if result.verdict == "exact":
            figure.exact += 1
        elif result.verdict == "close":
            figure.close += 1
        if query.category == "fabricated":
            if result.verdict != "not_found":
                figure.misses.append(query.id)
            continue
        if result.attribution == "wrong":
            figure.flagged += 1
            expected = index.resolve_speaker(query.expect_speaker or "")
            if expected is not None and expected == result.true_speaker:
                figure.true_named += 1
            else:
                figure.misses.append(f"{query.id} (true speaker)")
        else:
            figure.misses.append(query.id)
    return figures


def report(figures: dict[str, CategoryFigures]) -> str:
    lines = []
    for category in SEARCH_CATEGORIES + VERIFY_CATEGORIES:
        f = figures.get(category)
        if f is None:
            continue
        if category in SEARCH_CATEGORIES:
            line = f"{category:<14} n={f.total:<4} @1 {f.share(f.at1):5.1f}%  "
            line += f"@5 {f.share(f.at5):5.1f}%"
        elif category == "fabricated":
            line = (
                f"{category:<14} n={f.total:<4} exact {f.share(f.exact):5.1f}%  "
                f"close {f.share(f.close):5.1f}%"
            )
        else:
            line = (
                f"{category:<14} n={f.total:<4} found {f.share(f.exact + f.close):5.1f}%  "
                f"flagged {f.share(f.flagged):5.1f}%  true speaker named "
                f"{f.share(f.true_named):5.1f}%"
            )
        if f.misses:
            line += f"  misses: {', '.join(f.misses[:8])}"
        lines.append(line)
    return "\n".join(lines)
