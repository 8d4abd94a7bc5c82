"""What a maintainer reviews when adding a reading (README, "Adding a reading to the corpus"):
``lectern corpus ingest``'s reviewable file and ``lectern ingest --json``'s records, on an
invented essay: line numbers as an editor shows them, words as the essay writes them, the
fields of ``lectern corpus export``."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from bot.core.corpus import CorpusError
from bot.core.extract.ingest import ingest, propose_reading, propose_records
from bot.core.extract.names import Names
from bot.core.models import Corpus
from bot.core.records import passage_record
from bot.settings import DEFAULT_CORPUS_DIR

# Starts with a blank line, as a text pasted from a web page often does.
ESSAY = (
    "\n"
    "Notes on the mill\n\n"
    "At the congress of 1923 Lenin wrote: “Better fewer [officials, in 1923–1924], "
    "but better.”\n\n"
    "I think he was right about the families of Müllerstraße.\n"
)


def review_file(tmp_path: Path, essay: str, title: str) -> tuple[dict, str]:
    path = tmp_path / "mill.txt"
    path.write_text(essay, encoding="utf-8")
    written = ingest(
        path,
        corpus_dir=DEFAULT_CORPUS_DIR,
        title=title,
        author="Lena Reader",
        year=2021,
        output=None,
    )
    text = written.read_text(encoding="utf-8")
    return tomllib.loads(text), text


def test_the_review_file_gives_lines_and_words_as_the_essay_has_them(tmp_path):
    review, text = review_file(tmp_path, ESSAY, "Notes on the mill")
    by_kind = {p["kind"]: p for p in review["passage"]}
    assert by_kind["heading"]["text"] == "Notes on the mill"
    assert by_kind["heading"]["line"] == 2
    assert by_kind["quotation"]["line"] == 4
    assert by_kind["commentary"]["line"] == 6
    # Written as the essay writes them, not as escapes a reviewer would have to decode.
    assert "Müllerstraße" in text and "“" not in text  # the quote marks are not the words
    assert "1923–1924" in text
    assert "Add the [[source]] entry to corpus/manifest.toml" in text
    assert review["source"][0]["context"] == ""  # for the maintainer to fill in


def test_a_title_ending_with_a_full_stop_is_still_the_heading(tmp_path):
    title = "Why the mill closed. A reply to the parish."
    review, _ = review_file(
        tmp_path, f"{title}\n\nOur group read this together at length.\n", title
    )
    assert [(p["kind"], p["text"]) for p in review["passage"]] == [
        ("heading", title),
        ("commentary", "Our group read this together at length."),
    ]


def test_a_long_title_gives_a_file_name_of_its_first_forty_characters(tmp_path):
    title = "The canals and the mill and the families who dug them"
    review, _ = review_file(tmp_path, ESSAY, title)
    assert review["source"][0]["file"] == (
        "corpus/sources/lena-2021-the-canals-and-the-mill-and-the-families.txt"
    )


def test_registries_that_cannot_be_read_are_reported_naming_the_problem(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS_DIR, corpus)
    with (corpus / "speakers.toml").open("a", encoding="utf-8") as speakers:
        speakers.write('\n[[speaker]]\nid = "lenin"\nname = "Another Lenin"\n')
    essay = tmp_path / "mill.txt"
    essay.write_text(ESSAY, encoding="utf-8")
    with pytest.raises(CorpusError) as refused:
        ingest(
            essay, corpus_dir=corpus, title="Notes", author="Lena Reader", year=2021, output=None
        )
    assert "speakers.toml" in str(refused.value) and "lenin" in str(refused.value)


def test_proposed_records_carry_every_field_of_the_export_and_the_line(
    sample_corpus: Corpus,
) -> None:
    records = propose_records(
        ESSAY,
        Names([], []),
        file_name="mill.txt",
        title="Notes on the mill",
        author="Lena Reader",
        year=2021,
    )
    exported = set(passage_record(sample_corpus, sample_corpus.passages[0]))
    for record in records:
        assert exported <= set(record), exported - set(record)
    [quotation] = [r for r in records if r["kind"] == "quotation"]
    assert quotation["line"] == 4
    [insertion] = quotation["insertions"]
    assert quotation["text"][insertion["start"] : insertion["end"]] == "[officials, in 1923–1924]"
    assert insertion["by"] == "lena-reader"  # the essay author's words, not Lenin's


def test_a_reading_is_named_after_its_author_and_year_or_else_its_title():
    def source(year: int | None) -> object:
        records = propose_reading(
            ESSAY,
            corpus_dir=DEFAULT_CORPUS_DIR,
            file_name="mill.txt",
            title="Notes on the mill and the canal of the parish",
            author="Lena Reader",
            year=year,
        )
        return records[0]["source"]

    assert source(2021) == "lena-2021"
    assert source(None) == "notes-on-the-mill-and-the"[:24]
