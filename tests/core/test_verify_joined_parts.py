""" "Hale said A and that B" is two claims under one lead-in: each part is checked against its
own best passage. A part found is shown with its own source; the words of a part found nowhere
are the member's, added before the other part, never lined up against the words that happen to
stand before it in its passage."""

import pytest

from bot.core.search import SearchIndex
from bot.core.verify import marked_text, summary, verify
from tests.fixtures.canal import HALE, canal_corpus

DUG = HALE[0].split(". ")[0]  # "The canal was dug by hand over three long winters"
FAMILIES = HALE[2].rstrip(".")  # "We owe the canal to the families, not to the council …"


@pytest.fixture(scope="module")
def canal_index() -> SearchIndex:
    return SearchIndex(canal_corpus())


def test_two_real_parts_are_each_found_in_their_own_passage(canal_index):
    result = verify(canal_index, f"Hale said {DUG.lower()} and that {FAMILIES.lower()}.")
    assert result.verdict == "exact"
    assert result.passage is not None and result.passage.id == "c-hale-3"
    assert [part.passage.id for part in result.parts if part.passage] == ["c-hale-1"]
    assert all(p.verdict == "exact" and p.true_speaker == "hale" for p in result.parts)
    assert result.attribution == "correct" and result.parts[0].attribution == "correct"
    assert result.framing == ("Hale said … and that",)
    headline = summary(canal_index.corpus, result).headline
    assert headline == "Real quotation, right speaker: Tomas Hale", headline


def test_a_part_said_by_someone_else_makes_the_speaker_wrong(canal_index):
    result = verify(
        canal_index,
        f"Orme said {FAMILIES.lower()} and that the council paid for the locks and the stone.",
    )
    assert result.passage is not None and result.passage.id == "c-orme"
    assert [part.passage.id for part in result.parts if part.passage] == ["c-hale-3"]
    headline = summary(canal_index.corpus, result).headline
    assert headline.startswith("Real words, wrong speaker: Tomas Hale, not Orme"), headline


@pytest.mark.parametrize(
    "lead_in",
    [
        "Hale said the council stole the water, and that",
        "Hale said the council stole the water and also that",
    ],
)
def test_an_invented_part_is_the_members_words_added_before_the_real_one(canal_index, lead_in):
    result = verify(canal_index, f"{lead_in} {FAMILIES.lower()}.")
    assert result.verdict == "close"
    assert result.passage is not None and result.passage.id == "c-hale-3"
    assert [(d.kind, d.quoted, d.source) for d in result.differences] == [
        ("extra", "the council stole the water", "")
    ]
    # Marked before the sentence it precedes, none of the passage's words shown as changed.
    assert marked_text(result).startswith("[-the council stole the water-] We owe the canal")
    assert not result.parts
