"""A label the text defines stands for what it defines (keys20, session 20): a key letter of a
source list, "(K, p. 3)" with "K  Brandreth, Oliver. Proof of Evidence. …" in a closing list,
is read as the work and author that line gives, never as a speaker or a work named "K"; a
label the text never defines gives no one and no work. Each rule on sentences written for this
file, none taken from a probe or a held-out essay."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages
from bot.core.extract.reading.glossary import keyed_sources


def _quotations(text: str, author: str = "Lydgate Walkers") -> list[Proposal]:
    return [p for p in propose_passages(text, author=author) if p.kind == "quotation"]


def _one(text: str, opening: str) -> Proposal:
    return next(p for p in _quotations(text) if p.text.startswith(opening))


_SOURCES = (
    "\n\nSOURCES\n\n"
    "G  Penrose, Martha. Lanterns on the Moor. Privately printed, 1958.\n"
    "H  Lydgate Parish Council. Minutes of the Parish Council. 1921.\n"
    "J  Tolley, Arthur. A Shepherd's Year. Kendal, 1949.\n"
)


def test_a_key_letter_is_the_work_and_author_its_source_list_gives() -> None:
    text = (
        "The Old Fold\n\n"
        "The fold was rebuilt after the snow of 1947, and Martha Penrose thought it "
        "“the ugliest useful thing on the moor” (G, p. 14)." + _SOURCES
    )
    quotation = _one(text, "the ugliest useful thing")
    assert quotation.speaker_name == "Martha Penrose"
    assert quotation.work_title == "Lanterns on the Moor"
    assert quotation.page == "14"


def test_a_key_alone_after_the_words_gives_its_author_as_the_speaker() -> None:
    text = (
        "The Old Fold\n\n"
        "A shepherd's account is plainer: the fold “held four hundred ewes and one bad "
        "temper” (J, p. 88)." + _SOURCES
    )
    quotation = _one(text, "held four hundred ewes")
    assert quotation.speaker_name == "Arthur Tolley"
    assert quotation.work_title == "A Shepherd's Year"
    assert quotation.speaker_name != "J"


def test_a_body_keyed_in_the_list_is_the_author_of_its_record() -> None:
    assert keyed_sources(_SOURCES)["H"].speaker == "Lydgate Parish Council"
    assert keyed_sources(_SOURCES)["H"].work == "Minutes of the Parish Council"


def test_a_lone_wide_spaced_line_is_no_source_list() -> None:
    assert keyed_sources("A  Fine Day for It, said the vicar.\n") == {}


def test_a_label_the_text_never_defines_names_no_speaker_and_no_work() -> None:
    text = (
        "The Old Fold\n\n"
        "The wall, the warden once said, was “older than the argument about it” (Q, p. 4).\n"
    )
    quotation = _one(text, "older than the argument")
    assert quotation.speaker_name != "Q"
    assert quotation.work_title is None
    assert quotation.page == "4"


def test_the_cited_author_is_doubted_when_the_sentence_has_someone_else_speak() -> None:
    text = (
        "The Old Fold\n\n"
        "The fold was paid for by Ezra Penrose, who said when it was done that it was "
        "“built to outlast the sheep” (G, p. 3)." + _SOURCES
    )
    quotation = _one(text, "built to outlast the sheep")
    if quotation.speaker_name == "Martha Penrose":
        assert quotation.doubt is not None
    else:
        assert quotation.speaker_name == "Ezra Penrose"
