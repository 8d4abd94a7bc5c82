"""The shipped corpus's index kept in the cache: built at the first start, opened at the next,
built again when the corpus changes, never opened half-built, in memory when it cannot be
written."""

import json
import logging
import shutil
from pathlib import Path

import pytest

from bot.core.corpus import load_corpus
from bot.core.search import SearchIndex
from bot.settings import DEFAULT_CORPUS_DIR
from bot.storage.index_folders import INDEXES, corpus_fingerprint, shipped_index
from bot.storage.search_store import DiskIndex

LOGGER = "bot.storage.index_folders"


@pytest.fixture
def corpus_dir(tmp_path) -> Path:
    """A corpus folder of the operator's own (a copy of the shipped one, to change)."""
    folder = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS_DIR, folder)
    return folder


def start(corpus_dir: Path, cache: Path, caplog) -> tuple[SearchIndex, str]:
    """What ``lectern run`` does before it connects; the one line it logs about the index."""
    caplog.clear()
    with caplog.at_level(logging.INFO, logger=LOGGER):
        corpus = load_corpus(corpus_dir)
        index = shipped_index(corpus, corpus_fingerprint(corpus_dir), cache)
    lines = [r.getMessage() for r in caplog.records if r.name == LOGGER]
    assert len(lines) == 1, lines
    return index, lines[0]


def quotations(index: SearchIndex) -> list[str]:
    return [p.text for p in index.passages() if p.kind == "quotation"]


def answers(index: SearchIndex, queries: list[str]) -> list[list[tuple[str, object]]]:
    return [[(h.passage.id, h.spans) for h in index.search(q)] for q in queries]


def queries_of(index: SearchIndex) -> list[str]:
    """Words a member would type: the middle of a few quotations, and one with a typo."""
    texts = quotations(index)[::7][:6]
    queries = [" ".join(text.split()[2:9]) for text in texts]
    words = queries[0].split()
    longest = max(words, key=len)
    queries.append(queries[0].replace(longest, longest[:2] + longest[3:], 1))
    return queries


def test_a_restart_opens_the_index_the_first_start_built_and_it_answers_as_before(
    corpus_dir, tmp_path, caplog
):
    cache = tmp_path / "cache"
    first, built = start(corpus_dir, cache, caplog)
    assert isinstance(first, DiskIndex)
    assert "built" in built and str(cache / INDEXES) in built
    words = next((first.folder / "words").iterdir()).stat()

    second, opened = start(corpus_dir, cache, caplog)
    assert "opened" in opened and "built" not in opened
    assert isinstance(second, DiskIndex) and second.folder == first.folder
    assert next((second.folder / "words").iterdir()).stat().st_mtime_ns == words.st_mtime_ns
    # The same answers as the index built in memory at every start before.
    in_memory = SearchIndex(load_corpus(corpus_dir))
    queries = queries_of(in_memory)
    assert answers(second, queries) == answers(in_memory, queries)
    assert [s.value for s in second.suggest_passages(queries[1][:12])] == [
        s.value for s in in_memory.suggest_passages(queries[1][:12])
    ]
    # Verify's nested quotations are found from the corpus the index is given.
    assert second.corpus.passages == in_memory.corpus.passages


def test_a_changed_corpus_is_indexed_again_and_the_old_index_removed(corpus_dir, tmp_path, caplog):
    cache = tmp_path / "cache"
    before, _ = start(corpus_dir, cache, caplog)
    assert isinstance(before, DiskIndex)
    old_folder = before.folder
    # The maintainer drops a passage nothing else in the corpus refers to.
    listed = json.loads((corpus_dir / "passages.json").read_text(encoding="utf-8"))
    elsewhere = "".join(
        p.read_text(encoding="utf-8") for p in corpus_dir.glob("*.toml") if p.is_file()
    )
    dropped = next(
        p for p in listed["passages"] if p["kind"] == "commentary" and p["id"] not in elsewhere
    )
    listed["passages"].remove(dropped)
    (corpus_dir / "passages.json").write_text(json.dumps(listed, indent=1), encoding="utf-8")
    assert before.get(dropped["id"]) is not None

    after, line = start(corpus_dir, cache, caplog)
    assert "built" in line
    assert isinstance(after, DiskIndex) and after.folder != old_folder
    assert after.get(dropped["id"]) is None
    assert dropped["id"] not in [h.passage.id for h in after.search(dropped["text"])]
    assert sorted(p.name for p in (cache / INDEXES).iterdir() if p.is_dir()) == [after.folder.name]


def test_a_half_built_or_damaged_index_is_never_opened(corpus_dir, tmp_path, caplog):
    cache = tmp_path / "cache"
    built, _ = start(corpus_dir, cache, caplog)
    assert isinstance(built, DiskIndex)
    folder = built.folder
    # A build cut short (the process killed) leaves its work beside the folder, never in it.
    partial = folder.with_name(f".{folder.name}.building-99999")
    shutil.copytree(folder, partial)
    (partial / "passages.sqlite").write_bytes(b"half written")
    shutil.rmtree(folder / "words")  # and the folder itself damaged since

    rebuilt, line = start(corpus_dir, cache, caplog)
    assert "built" in line and "unusable" in line
    assert not partial.exists()
    queries = queries_of(rebuilt)
    assert answers(rebuilt, queries) == answers(SearchIndex(load_corpus(corpus_dir)), queries)


def test_a_cache_that_cannot_be_written_keeps_the_index_in_memory_and_says_so(
    corpus_dir, tmp_path, caplog
):
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder should be", encoding="utf-8")
    index, line = start(corpus_dir, not_a_folder, caplog)
    assert not isinstance(index, DiskIndex)
    assert "kept in memory" in line and "LECTERN_CACHE_DIR" in line
    queries = queries_of(index)
    assert answers(index, queries) == answers(SearchIndex(load_corpus(corpus_dir)), queries)
