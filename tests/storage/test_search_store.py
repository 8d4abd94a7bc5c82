"""The search index kept in a folder: opened as built, rebuilt when damaged, added to in place."""

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.models import Corpus
from bot.core.search import Filters, SearchIndex
from bot.storage.search_store import IndexUnavailable, build_index, open_index, open_or_build

QUERIES = (
    "one of the worst enemies of our progress",
    "burocracy exists in all our organizations",
    "dangerous communist bureaucrat party member",
    "accountable to the masses",
)
NEW_ID = "rule-lenin-literacy"
NEW_WORDS = "without literacy there can be no politics only rumours"


def results(index: SearchIndex) -> list[list[list[object]]]:
    return [
        [[hit.passage.id, hit.score, [list(span) for span in hit.spans]] for hit in index.search(q)]
        for q in QUERIES
    ]


def without(corpus: Corpus, passage_id: str) -> Corpus:
    return Corpus(
        sources=corpus.sources.values(),
        speakers=corpus.speakers.values(),
        works=corpus.works.values(),
        topics=corpus.topics.values(),
        passages=[p for p in corpus.passages if p.id != passage_id],
        source_texts=corpus.source_texts,
    )


def only(corpus: Corpus, passage_id: str) -> Corpus:
    return Corpus(
        sources=corpus.sources.values(),
        speakers=corpus.speakers.values(),
        works=corpus.works.values(),
        topics=(),
        passages=[corpus.get(passage_id)],
        source_texts={},
    )


def test_an_index_opened_in_a_fresh_process_answers_as_the_one_built_in_memory(
    sample_corpus, sample_index, tmp_path
):
    build_index(sample_corpus, tmp_path / "index")
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from bot.storage.search_store import open_index\n"
        f"queries = {list(QUERIES)!r}\n"
        "index = open_index(Path(sys.argv[1]))\n"
        "print(json.dumps([[[h.passage.id, h.score, [list(s) for s in h.spans]]"
        " for h in index.search(q)] for q in queries]))\n"
        "print(json.dumps([s.value for s in index.suggest_passages('bureau')]))\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "index")],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
    ).stdout.splitlines()
    # The same passages in the same order with the same highlights; scores may differ in the
    # last digit (sentence vectors embedded in another batch round differently).
    opened, built = json.loads(shown[0]), results(sample_index)
    assert [[(i, spans) for i, _, spans in hits] for hits in opened] == [
        [(i, spans) for i, _, spans in hits] for hits in built
    ]
    assert [[s for _, s, _ in hits] for hits in opened] == [
        [pytest.approx(s, abs=0.1) for _, s, _ in hits] for hits in built
    ]
    assert json.loads(shown[1]) == [s.value for s in sample_index.suggest_passages("bureau")]
    assert results(sample_index)[0][0][0] == "rule-stalin-enemies"


def test_an_opened_index_shows_passages_their_neighbours_and_filters_as_in_memory(
    sample_corpus, sample_index, tmp_path
):
    index = open_index(build_index(sample_corpus, tmp_path / "index").folder)
    # A search without filters does not read the filter sets and neighbours (read when first
    # needed, below): a searching process does not hold them.
    assert index.search("worst enemies of our progress")[0].passage.id == "rule-stalin-enemies"
    assert not isinstance(index._state.layout._links, type(sample_index._state.layout._links))
    assert index.corpus.speakers == sample_corpus.speakers
    assert index.passages(Filters(speaker="lenin")) == sample_index.passages(
        Filters(speaker="lenin")
    )
    for passage in sample_corpus.passages:
        assert index.get(passage.id.upper()) == passage
        assert index.following(passage) == sample_index.following(passage)
        assert index.preceding(passage) == sample_index.preceding(passage)
    assert index.get("no-such-passage") is None
    assert [s.value for s in index.suggest_passages("rule-")] == [
        s.value for s in sample_index.suggest_passages("rule-")
    ]
    assert index.suggest_speakers("len") == sample_index.suggest_speakers("len")


@pytest.mark.parametrize(
    "damage",
    [
        "missing folder",
        "garbage store",
        "garbage word index",
        "store of a partial build",
        "missing window vectors",
        "empty folder",
        "truncated filter sets",
    ],
)
def test_a_missing_or_damaged_index_is_rebuilt_with_one_log_line(
    sample_corpus, tmp_path, caplog, damage
):
    folder = tmp_path / "index"
    if damage != "missing folder":
        build_index(sample_corpus, folder)
    if damage == "garbage store":
        (folder / "passages.sqlite").write_bytes(b"not a database at all" * 100)
    elif damage == "garbage word index":
        (folder / "words" / "meta.json").write_text("{garbage", encoding="utf-8")
    elif damage == "store of a partial build":
        import sqlite3

        with sqlite3.connect(folder / "passages.sqlite") as database:
            database.execute("DELETE FROM passages WHERE position > 3")
        database.close()
    elif damage == "truncated filter sets":  # read when first needed, its size checked at open
        import sqlite3

        with sqlite3.connect(folder / "passages.sqlite") as database:
            database.execute(
                "UPDATE state SET data = substr(data, 1, length(data) - 4)"
                " WHERE name = 'filter_members'"
            )
        database.close()
    elif damage == "missing window vectors":
        import shutil

        shutil.rmtree(folder / "vectors-0")
    elif damage == "empty folder":
        for child in sorted(folder.rglob("*"), reverse=True):
            child.unlink() if child.is_file() else child.rmdir()
    with caplog.at_level(logging.WARNING, logger="bot.storage.search_store"):
        index = open_or_build(folder, lambda: sample_corpus)
    warnings = [
        r
        for r in caplog.records
        if r.levelno >= logging.WARNING and r.name == "bot.storage.search_store"
    ]
    assert len(warnings) == 1
    assert "building it again" in warnings[0].getMessage()
    assert warnings[0].exc_info is None  # a sentence in the log, not a traceback
    assert index.search("worst enemies of our progress")[0].passage.id == "rule-stalin-enemies"
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="bot.storage.search_store"):
        open_or_build(folder, lambda: pytest.fail("a sound index is opened, not rebuilt"))
    assert not caplog.records
    assert index.sentence_meaning  # its window vectors written again too


@pytest.mark.parametrize("where", ["on disk", "in memory"])
def test_a_passage_added_later_is_found_shown_and_linked_without_a_rebuild(
    sample_corpus, tmp_path, where
):
    before = without(sample_corpus, NEW_ID)
    if where == "on disk":
        index: SearchIndex = build_index(before, tmp_path / "index")
    else:
        index = SearchIndex(before)
    assert all(hit.passage.id != NEW_ID for hit in index.search(NEW_WORDS))
    index.add(only(sample_corpus, NEW_ID))
    hits = index.search(NEW_WORDS)
    assert hits[0].passage == sample_corpus.get(NEW_ID)
    assert hits[0].spans  # its words highlighted
    assert index.get(NEW_ID) == sample_corpus.get(NEW_ID)
    assert NEW_ID in [s.value for s in index.suggest_passages("rule-lenin-li")]
    assert NEW_ID in [p.id for p in index.passages(Filters(topic="literacy"))]
    complete = SearchIndex(sample_corpus)
    added = sample_corpus.get(NEW_ID)
    assert index.following(added) == complete.following(added)
    assert index.preceding(added) == complete.preceding(added)
    index.add(only(sample_corpus, NEW_ID))  # the same passage again adds nothing
    assert len(index) == len(sample_corpus)
    if where == "on disk":
        reopened = open_index(tmp_path / "index")
        assert reopened.search(NEW_WORDS)[0].passage.id == NEW_ID
        assert len(reopened) == len(sample_corpus)
        assert reopened.sentence_meaning
        assert reopened.search("people who cannot read") == index.search("people who cannot read")


def test_searches_during_an_add_see_the_index_before_or_after_it_never_an_error(
    sample_corpus, tmp_path
):
    from concurrent.futures import ThreadPoolExecutor

    index = build_index(without(sample_corpus, NEW_ID), tmp_path / "index")
    with ThreadPoolExecutor(4) as pool:
        during = [pool.submit(index.search, NEW_WORDS) for _ in range(40)]
        pool.submit(index.add, only(sample_corpus, NEW_ID)).result()
        during += [pool.submit(index.search, NEW_WORDS) for _ in range(4)]
        answers = [[hit.passage.id for hit in future.result()] for future in during]
    assert all(answer for answer in answers)
    assert answers[-1][0] == NEW_ID


def test_an_index_folder_keeps_its_related_words_and_one_of_the_older_format_still_opens(
    sample_corpus, sample_index, tmp_path
):
    """A folder holds its indexed words' related words (format 3); a folder of format 2, which
    lacks them, opens and answers the same, and is never mistaken for one that has them."""
    import sqlite3

    from bot.core import semantic

    if semantic.load_word_vectors() is None:
        pytest.skip("the optional word vectors are not installed")
    folder = build_index(sample_corpus, tmp_path / "index").folder
    with sqlite3.connect(folder / "passages.sqlite") as database:
        names = {name for (name,) in database.execute("SELECT name FROM state")}
        assert {"related_words", "related_ids", "related_sims", "related_table"} <= names
    database.close()
    expected = [[(i, spans) for i, _, spans in hits] for hits in results(open_index(folder))]
    assert expected == [[(i, spans) for i, _, spans in hits] for hits in results(sample_index)]
    with sqlite3.connect(folder / "passages.sqlite") as database:
        database.execute("DELETE FROM state WHERE name LIKE 'related_%'")
        database.execute("UPDATE state SET data = ? WHERE name = 'format'", (b"2",))
    database.close()
    older = open_index(folder)
    assert [[(i, spans) for i, _, spans in hits] for hits in results(older)] == expected
    with sqlite3.connect(folder / "passages.sqlite") as database:
        database.execute("UPDATE state SET data = ? WHERE name = 'format'", (b"9",))
    database.close()
    with pytest.raises(IndexUnavailable):
        open_index(folder)
