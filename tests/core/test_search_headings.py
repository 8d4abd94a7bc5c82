"""A heading is short and made of its section's topic words, so a search for the topic
matches it best; the member wants a passage under it: what a member's search shows
(``/quote search``, ``lectern search``) puts passages first, headings after."""

import pytest

from bot.core.models import Corpus, Speaker
from bot.core.search import Filters, SearchIndex, member_search
from bot.core.segments import Segment, SegmentedIndex
from bot.core.verify import verify
from tests.fixtures.invented import invented_source, placed

HEADING = "Rotation of the harbour watch"
COMMENTARY = (
    "The harbour watch was kept in rotation: each family of the quay took the lamp for one "
    "week, so that no keeper could claim the harbour as his own."
)
QUOTATION = "We kept the watch by turns, and nobody owned the harbour."
OTHER_HEADING = "Harbour dues"
OTHER = "The dues paid for the lamp oil and the rope; the rest went back to the families."
ESSAY = (
    f"{HEADING}\n\n{COMMENTARY}\n\nOne keeper wrote: \u201c{QUOTATION}\u201d\n\n"
    f"{OTHER_HEADING}\n\n{OTHER}\n"
)


def harbour_corpus() -> Corpus:
    return Corpus(
        sources=[invented_source("harbour", "The harbour watch", "Ann Quay", "ann-quay", 2020)],
        speakers=[
            Speaker(id="ann-quay", name="Ann Quay"),
            Speaker(id="keeper", name="one keeper", unnamed=True),
        ],
        works=[],
        topics=[],
        passages=[
            placed(ESSAY, "harbour", "h-heading", "ann-quay", "heading", HEADING),
            placed(ESSAY, "harbour", "h-rotation", "ann-quay", "commentary", COMMENTARY),
            placed(ESSAY, "harbour", "h-keeper", "keeper", "quotation", QUOTATION),
            placed(ESSAY, "harbour", "h-dues-heading", "ann-quay", "heading", OTHER_HEADING),
            placed(ESSAY, "harbour", "h-dues", "ann-quay", "commentary", OTHER),
        ],
        source_texts={"harbour": ESSAY},
    )


@pytest.fixture(scope="module", params=["one index", "segments"])
def index(request):
    corpus = harbour_corpus()
    if request.param == "one index":
        return SearchIndex(corpus, semantic=False)
    halves = [
        Corpus(
            sources=corpus.sources.values(),
            speakers=corpus.speakers.values(),
            works=[],
            topics=[],
            passages=part,
            source_texts=corpus.source_texts,
        )
        for part in (corpus.passages[:2], corpus.passages[2:])
    ]
    return SegmentedIndex(corpus, [Segment(SearchIndex(h, semantic=False)) for h in halves])


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("rotation of the harbour watch", "h-rotation"),
        ("harbour watch rotation", "h-rotation"),
        ("harbour dues", "h-dues"),
    ],
)
def test_the_passage_under_a_heading_ranks_above_the_heading(index, query, wanted):
    hits = member_search(index, query, limit=5)
    assert hits[0].passage.id == wanted
    kinds = [hit.passage.kind for hit in hits]
    readable = [k for k in kinds if k != "heading"]
    assert kinds[: len(readable)] == readable  # every heading after every passage


def test_a_heading_is_found_when_asked_for_by_kind_and_its_passage_otherwise(index):
    assert [h.passage.id for h in member_search(index, "dues", limit=1)] == ["h-dues"]
    headings = member_search(index, "harbour", Filters(kind="heading"), limit=5)
    assert {h.passage.id for h in headings} == {"h-heading", "h-dues-heading"}


def test_a_short_limit_is_filled_with_passages_before_headings(index):
    hits = member_search(index, "harbour watch", limit=2)
    assert len(hits) == 2
    assert all(hit.passage.kind != "heading" for hit in hits)


def test_verify_still_finds_a_heading_pasted_whole(index):
    result = verify(index, "Rotation of the harbour watch")
    assert result.verdict == "exact" and result.passage is not None
    assert result.passage.id == "h-heading"
