"""Verify on a quotation that runs on from one paragraph of a speaker into the next (the
corpus keeps a long quotation as one passage per paragraph), on an invented reading."""

import pytest

from bot.core.search import SearchIndex
from bot.core.verify import marked_text, summary, verify
from tests.fixtures.canal import HALE, canal_corpus


@pytest.fixture(scope="module")
def index():
    return SearchIndex(canal_corpus())


def test_a_quotation_into_the_next_paragraph_is_exact_from_where_it_starts(index):
    pasted = "sent one worker to the trench, and the mill lent its horses. Nobody was paid"
    result = verify(index, pasted)
    assert result.verdict == "exact"
    assert result.passage is not None and result.passage.id == "c-hale-1"
    assert result.continued is not None and result.continued.id == "c-hale-2"
    assert (result.true_speaker, result.claimed_speaker, result.attribution) == (
        "hale",
        None,
        "unknown",
    )
    assert (result.differences, result.nearest) == ((), ())
    assert result.quote == pasted
    # From "sent" to the end of the first paragraph; the member reads its whole sentence.
    assert result.span == (HALE[0].index("sent one"), len(HALE[0]))
    assert marked_text(result) == (
        "Every family sent one worker to the trench, and the mill lent its horses."
    )
    verdict = summary(index.corpus, result)
    assert (verdict.headline, verdict.severity) == (
        "Real quotation: the words of Tomas Hale",
        "good",
    )


@pytest.mark.parametrize(
    ("pasted", "starts_at", "passages"),
    [
        # From the first word of a paragraph.
        (
            "The canal was dug by hand over three long winters. Every family sent one worker to "
            "the trench, and the mill lent its horses. Nobody was paid",
            "The canal",
            ("c-hale-1", "c-hale-2"),
        ),
        # To the last word of the next.
        (
            "the mill lent its horses. Nobody was paid for the digging, and nobody asked to be. "
            "The water reached the lower fields in the fourth spring",
            "the mill",
            ("c-hale-1", "c-hale-2"),
        ),
        # Three words are enough to check (fewer are refused).
        ("its horses. Nobody", "its horses", ("c-hale-1", "c-hale-2")),
    ],
)
def test_a_quotation_across_two_paragraphs_is_found_from_end_to_end(
    index, pasted, starts_at, passages
):
    result = verify(index, pasted)
    assert result.verdict == "exact" and result.quote == pasted
    assert (result.passage.id, result.continued.id) == passages
    assert result.span == (result.passage.text.index(starts_at), len(result.passage.text))


def test_the_second_and_third_paragraphs_are_one_quotation_too(index):
    result = verify(
        index, "Hale: \u201cin the fourth spring. We owe the canal to the families\u201d"
    )
    assert result.verdict == "exact"
    assert (result.passage.id, result.continued.id) == ("c-hale-2", "c-hale-3")
    assert result.quote == "in the fourth spring. We owe the canal to the families"
    assert result.attribution == "correct"


@pytest.mark.parametrize(
    ("frame", "claimed", "attribution", "headline"),
    [
        ("Tomas Hale told the assembly", "Tomas Hale", "correct",
         "Real quotation, right speaker: Tomas Hale"),
        ("Ines Orme said", "Ines Orme", "wrong",
         "Real words, wrong speaker: Tomas Hale, not Ines Orme"),
    ],
)  # fmt: skip
def test_a_claim_on_a_quotation_across_paragraphs_is_judged(
    index, frame, claimed, attribution, headline
):
    quotation = (
        "Every family sent one worker to the trench, and the mill lent its horses. "
        "Nobody was paid for the digging"
    )
    result = verify(index, f"{frame}: \u201c{quotation}\u201d")
    assert result.verdict == "exact" and result.continued is not None
    assert result.quote == quotation
    assert (result.claimed_speaker, result.attribution) == (claimed, attribution)
    assert summary(index.corpus, result).headline == headline


def test_words_of_two_speakers_are_never_one_exact_quotation(index):
    result = verify(index, "to the upper fields. Both accounts leave out the winter of the flood")
    assert result.verdict != "exact" and result.continued is None


@pytest.mark.parametrize(
    ("pasted", "printed", "note"),
    [
        (
            "Orme: the council paid for the locks and the stone lining. Without the locks the "
            "water",
            "The council paid for the locks and the stone linning. Without the locks the water",
            "The source prints \u201clinning\u201d [sic] for \u201clining\u201d.",
        ),
        (
            "the stone lining. Without the locks the water would never have climbed",
            "the stone linning. Without the locks the water would never have climbed",
            "The source prints \u201clinning\u201d [sic] for \u201clining\u201d.",
        ),
        (
            "the council paid for the locks and the stone linning. Without the locks the water",
            "The council paid for the locks and the stone linning. Without the locks the water",
            None,
        ),
    ],
)
def test_a_misprint_of_the_source_is_read_as_meant_and_shown_as_printed(
    index, pasted, printed, note
):
    result = verify(index, pasted)
    assert (result.verdict, result.passage.id, result.note) == ("exact", "c-orme", note)
    assert result.passage.text[result.span[0] : result.span[1]] == printed
