"""The search index the bot keeps in a folder of its cache (``LECTERN_CACHE_DIR``).

The shipped corpus's index (``bot.storage.search_store``: its word index, passages and
sentence vectors) is built once into ``<cache>/indexes/shipped-<fingerprint>/`` and opened
at every later start, in a few hundredths of a second. The fingerprint covers every file of
the corpus folder, the code that decides what the index holds and which optional models are
installed: another fingerprint is another folder, so a changed corpus (or an upgraded
Lectern) is indexed anew at the next start, and the folders of other fingerprints are then
removed. ``build_index`` builds beside the folder and renames it into place, so a folder under
its final name is always complete; a damaged one is rebuilt. The folder is derived data, safe
to delete while the bot is stopped.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import logging
import os
import shutil
import threading
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from pydantic import TypeAdapter

from bot.core.corpus import load_corpus
from bot.core.models import Corpus, Passage
from bot.core.search import SearchIndex
from bot.core.semantic import ENCODER_ID, encoder_files, give_back_freed_memory, model_folder
from bot.storage.search_store import (
    FORMAT,
    DiskIndex,
    IndexUnavailable,
    build_index,
    open_index,
)

log = logging.getLogger(__name__)

INDEXES = "indexes"  # the folder of the cache holding the indexes
SHIPPED = "shipped-"  # + the fingerprint: the shipped corpus's index
LIBRARIES = "libraries"  # servers' views: libraries/<server id>/<corpus_digest>
MEANING = "-meaning"  # a library's index ranked by sentence meaning too
_PASSAGES = TypeAdapter(list[Passage])
_LOCK = ".lock"
# The modules whose code decides what an index holds (the passages read from the corpus, their
# words, the stored layout, the vectors): a change to any of them rebuilds the index.
_INDEX_CODE = (
    "bot.core.corpus",
    "bot.core.models",
    "bot.core.normalize",
    "bot.core.postings",
    "bot.core.search",
    "bot.core.semantic",
    "bot.storage.search_store",
)


def corpus_fingerprint(corpus_dir: Path) -> str:
    """A digest of every file in ``corpus_dir`` (names and contents, hidden files and caches
    left out) and of what else decides the index built from it (``index_identity``)."""
    digest = hashlib.blake2b(index_identity().encode("utf-8"), digest_size=12)
    root = Path(corpus_dir)
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(p.startswith(".") or p == "__pycache__" for p in relative.parts):
            continue
        if path.is_file():
            digest.update(relative.as_posix().encode("utf-8") + b"\0")
            digest.update(hashlib.blake2b(path.read_bytes(), digest_size=16).digest())
    return digest.hexdigest()


@cache
def index_identity() -> str:
    """What an index depends on besides its corpus: the index format, the code that builds
    it, the sentence encoder and whether the optional models are installed."""
    parts = [f"format {FORMAT}", ENCODER_ID]
    parts.append(f"encoder {encoder_files() is not None}, words {model_folder() is not None}")
    for module in _INDEX_CODE:
        spec = importlib.util.find_spec(module)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        code = origin.read_bytes() if origin is not None and origin.is_file() else b""
        parts.append(f"{module} {hashlib.blake2b(code, digest_size=16).hexdigest()}")
    return "\n".join(parts)


def open_shipped_index(
    corpus_dir: Path, cache_dir: Path, corpus: Corpus | None = None
) -> SearchIndex:
    """The index of the corpus in ``corpus_dir`` (``corpus``: that corpus, loaded already),
    from ``cache_dir`` (``shipped_index``). What ``lectern run`` opens before it connects,
    and what the Docker image builds once."""
    loaded = corpus if corpus is not None else load_corpus(corpus_dir)
    return shipped_index(loaded, corpus_fingerprint(corpus_dir), cache_dir)


def shipped_index(corpus: Corpus, fingerprint: str, cache_dir: Path) -> SearchIndex:
    """The index of ``corpus`` from ``cache_dir``, built there first when no sound folder of
    this ``fingerprint`` exists; in memory (logged) when the folder cannot be written. Slow
    on a build (seconds): call it off the event loop. Logs one line saying which it did.

    The opened index is given ``corpus`` itself, passages included (the in-memory index
    holds the same): verify finds the quotations nested in a passage from there."""
    folder = Path(cache_dir) / INDEXES / f"{SHIPPED}{fingerprint}"
    started = time.perf_counter()
    try:
        with _locked(folder.parent):
            try:
                index = open_index(folder)
                how, why = "opened", ""
            except IndexUnavailable as unusable:
                how = "built"
                why = (
                    f"; the one there was unusable: {unusable}"
                    if folder.exists()
                    else "; none yet for this corpus and this version of Lectern"
                )
                index = build_index(corpus, folder)
                give_back_freed_memory()  # the build's buffers (see ``library_index``)
            removed = _remove_others(folder)
    except OSError as error:
        log.warning(
            "search index of the shipped corpus kept in memory: %s cannot be written (%s);"
            " set LECTERN_CACHE_DIR to a writable folder to open it from disk at each start",
            folder,
            error,
        )
        return SearchIndex(corpus)
    index.corpus = corpus
    if removed:
        why += f"; removed {removed} older one{'s' if removed > 1 else ''} beside it"
    log.info(
        "search index of the shipped corpus %s in %.2f s: %s (%d passages%s)",
        how,
        time.perf_counter() - started,
        folder,
        len(index),
        why,
    )
    return index


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold ``folder``'s lock file: processes sharing a cache build an index one at a time
    (the second opens what the first built). Without ``fcntl`` (Windows), no lock."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:
        yield
        return
    with (folder / _LOCK).open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _remove_others(kept: Path) -> int:
    """Remove the shipped indexes of other fingerprints (an older corpus or Lectern) and what
    a build cut short left (``.shipped-….building-PID``); how many there were."""
    removed = 0
    for other in kept.parent.iterdir():
        if other != kept and other.name.lstrip(".").startswith(SHIPPED) and other.is_dir():
            shutil.rmtree(other, ignore_errors=True)
            removed += 1
    return removed


def corpus_digest(corpus: Corpus) -> str:
    """A digest of everything ``corpus``'s index holds (its passages, registries and texts)
    and of what else decides it (``index_identity``): a server's view is kept under it."""
    digest = hashlib.blake2b(index_identity().encode("utf-8"), digest_size=12)
    digest.update(_PASSAGES.dump_json(list(corpus.passages)))
    for registry in (corpus.sources, corpus.speakers, corpus.works, corpus.topics):
        for entry in registry.values():
            digest.update(entry.model_dump_json().encode("utf-8"))
    for source, text in sorted(corpus.source_texts.items()):
        digest.update(f"{source}\0{len(text)}\0".encode())
        digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def library_index(corpus: Corpus, folder: Path, *, meaning: bool = False) -> DiskIndex:
    """``corpus``'s index (a server's view) from ``folder/<corpus_digest>``, built there first
    when it is not yet (in the calling thread: call it off the event loop). Searched by words
    and related words, and by sentence meaning too when ``meaning`` or when such an index was
    built before (``<digest>-meaning``: its passages' window vectors embedded, seconds to
    minutes). Raises ``OSError`` when ``folder`` cannot be written. The index is given
    ``corpus`` itself, as ``shipped_index`` does."""
    started = time.perf_counter()
    digest = corpus_digest(corpus)
    plain, with_meaning = folder / digest, folder / f"{digest}{MEANING}"
    how = "opened"
    with _building_lock(plain):
        index: DiskIndex | None = None
        if with_meaning.is_dir():
            with contextlib.suppress(IndexUnavailable):
                index = open_index(with_meaning)
        if index is None and not meaning:
            with contextlib.suppress(IndexUnavailable):
                index = open_index(plain, sentence_meaning=False)
        if index is None:
            how = "built"
            index = build_index(
                corpus, with_meaning if meaning else plain, sentence_meaning=meaning
            )
            # A build's buffers (tantivy's writer, the passages' words) are freed, but glibc
            # would keep their pages: a process building many views would grow by megabytes
            # each (benchmarks/library.py: 930 MB against 740 MB after 200 servers' views).
            give_back_freed_memory()
        _OPENED[index.folder] = time.time()  # in use from now: see ``remove_library_index``
    index.corpus = corpus
    log.info(
        "library search index %s in %.2f s: %s (%d passages%s)",
        how,
        time.perf_counter() - started,
        index.folder,
        len(index),
        ", sentence meaning" if index.sentence_meaning else "",
    )
    return index


def remove_library_index(folder: Path, unused_since: float) -> None:
    """Remove a server's index folder that no view has opened since ``unused_since`` (a
    ``time.time()``; ``0``: that this process never opened): one opened meanwhile (the library
    changed back) stays. Under the lock of its builds, so a build or an opening of the same
    folder never meets half of it gone; renamed out of its name first (``removing``), so a
    crash while it is deleted leaves it whole or gone, never half of it under its name."""
    plain = folder.with_name(folder.name.removesuffix(MEANING))
    with _building_lock(plain):
        if _OPENED.get(folder, 0.0) > unused_since:
            return
        _OPENED.pop(folder, None)
        going = folder.with_name(f".{folder.name}{_REMOVING}{os.getpid()}")
        try:
            folder.rename(going)
        except FileNotFoundError:
            return
        except OSError:
            going = folder  # not renamed: removed where it stands
        _synced(folder.parent)
        shutil.rmtree(going, ignore_errors=True)


def remove_cut_short(folder: Path) -> int:
    """Remove what a removal cut short by a crash left in ``folder`` or its subfolders
    (folders renamed ``.<name>.removing-<pid>``, see ``remove_library_index``): how many."""
    removed = 0
    for going in [*folder.glob(f".*{_REMOVING}*"), *folder.glob(f"*/.*{_REMOVING}*")]:
        if going.is_dir():
            shutil.rmtree(going, ignore_errors=True)
            removed += 1
    return removed


def make_durable(folder: Path) -> None:
    """Flush ``folder``'s files and its entry in its parent to the disk: after a crash, a
    restart finds it as it is now (before what it replaces is removed)."""
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file():
            _synced(path)
    for directory in (folder, *[p for p in folder.rglob("*") if p.is_dir()], folder.parent):
        _synced(directory)


def _synced(path: Path) -> None:
    """fsync ``path`` (a file or a folder); where a folder cannot be (Windows), nothing."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


_REMOVING = ".removing-"


# When this process last opened or built each server's index folder (``library_index``).
_OPENED: dict[Path, float] = {}
_BUILDING: dict[Path, threading.Lock] = {}
_BUILDING_GUARD = threading.Lock()


def _building_lock(folder: Path) -> threading.Lock:
    """One build of a folder at a time in this process (two threads may want the same view)."""
    with _BUILDING_GUARD:
        if len(_BUILDING) > 1024:
            for path, lock in list(_BUILDING.items()):
                if not lock.locked():
                    del _BUILDING[path]
        return _BUILDING.setdefault(folder, threading.Lock())
