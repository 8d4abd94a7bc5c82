"""The reviewed path to the shipped corpus (``lectern corpus build``, through
:mod:`bot.core.extract.essay`) and ``lectern ingest`` (:mod:`bot.core.extract.reading`) agree on
which words of a new essay are quotations: a block quotation and both halves of a quotation
split by "she wrote" are never kept as the essay author's words. On an invented essay about a
canal lock, with its speakers registered as step 3 of the README asks."""

from __future__ import annotations

from bot.core.coverage import uncovered
from bot.core.extract.build import build_passages
from bot.core.extract.essay import Draft, extract_essay
from bot.core.extract.names import Names
from bot.core.extract.reading import propose_passages
from bot.core.models import Speaker, Work

ESSAY = """Lock notes

Ines Marsh kept the lower gate for thirty years and wrote down what she saw there.

Her neighbour Tomas Hale called the river “a thief that never sleeps and never apologises.”

Marsh saw it otherwise. “The water comes up faster than any man can run,” she wrote, “and goes
down slower than any woman can wait.”

Hale set out the keeper's duty in his ledger:

> The keeper shall open the upper gate only when the lower gate is shut and the paddles are
> down, and never for a boat whose master has not paid.

That was the whole of the rule. Hale himself called the gate ‘the only honest thing on the
canal’ and meant it, whatever the board said.
"""


def names() -> Names:
    return Names(
        [
            Speaker(id="hale", name="Tomas Hale", aliases=("Hale",)),
            Speaker(id="marsh", name="Ines Marsh", aliases=("Marsh",)),
            Speaker(id="reader", name="Lena Reader"),
        ],
        [Work(id="ledger", title="Ledger of the Upper Lock", author="hale")],
    )


def built() -> list[Draft]:
    return extract_essay(ESSAY, title="Lock notes", author_speaker="reader", names=names())


def test_both_halves_of_a_split_quotation_are_the_speaker_s_not_the_author_s_nor_the_last():
    # the quotation before is Hale's: the pronoun after these words names Marsh, not him
    quotations = [(d.text, d.speaker) for d in built() if d.kind == "quotation"]
    assert ("The water comes up faster than any man can run,", "marsh") in quotations
    assert ("and goes\ndown slower than any woman can wait.", "marsh") in quotations
    commentary = " ".join(d.text for d in built() if d.kind == "commentary")
    assert "faster than any man" not in commentary


def test_a_markdown_block_quotation_is_a_quotation_of_the_speaker_its_lead_in_names():
    [block] = [d for d in built() if d.kind == "quotation" and d.text.startswith("The keeper")]
    assert block.speaker == "hale"
    assert block.text.endswith("whose master has not paid.")
    assert ESSAY[block.start : block.end].startswith("The keeper shall open")
    commentary = " ".join(d.text for d in built() if d.kind == "commentary")
    assert "upper gate" not in commentary


def test_words_quoted_inside_the_author_s_sentence_leave_the_sentence_whole_commentary():
    drafts = built()
    assert ("the only honest thing on the\ncanal", "hale") in [
        (d.text, d.speaker) for d in drafts if d.kind == "quotation"
    ]
    [last] = [d for d in drafts if d.kind == "commentary" and "whole of the rule" in d.text]
    assert last.text.endswith("meant it, whatever the board said.")


def test_the_build_quotes_every_span_ingest_proposes_with_a_registered_speaker():
    proposed = {
        (p.start, p.end)
        for p in propose_passages(ESSAY, author="Lena Reader")
        if p.kind == "quotation"
    }
    quoted = {(d.start, d.end) for d in built() if d.kind == "quotation"}
    assert proposed == quoted


def test_lectern_corpus_build_publishes_them_as_quotations(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sources").mkdir(parents=True)
    (corpus / "sources" / "reader-2024-lock-notes.txt").write_text(ESSAY, "utf-8")
    (corpus / "manifest.toml").write_text(
        '[[source]]\nid = "reader-2024"\nfile = "corpus/sources/reader-2024-lock-notes.txt"\n'
        'title = "Lock notes"\nauthor = "Lena Reader"\nauthor_speaker = "reader"\nyear = 2024\n'
        'context = "An essay on a canal lock."\n',
        "utf-8",
    )
    (corpus / "speakers.toml").write_text(
        '[[speaker]]\nid = "reader"\nname = "Lena Reader"\n\n'
        '[[speaker]]\nid = "hale"\nname = "Tomas Hale"\naliases = ["Hale"]\n\n'
        '[[speaker]]\nid = "marsh"\nname = "Ines Marsh"\naliases = ["Marsh"]\n',
        "utf-8",
    )
    (corpus / "works.toml").write_text("", "utf-8")
    (corpus / "topics.toml").write_text("", "utf-8")
    passages, _report = build_passages(corpus)
    assert uncovered(ESSAY, passages, names()) == []  # `lectern corpus check` finds no gap
    quotations = {p.text: p.speaker for p in passages if p.kind == "quotation"}
    assert quotations["The water comes up faster than any man can run,"] == "marsh"
    assert quotations["and goes\ndown slower than any woman can wait."] == "marsh"
    [block] = [text for text in quotations if text.startswith("The keeper shall open")]
    assert quotations[block] == "hale"
