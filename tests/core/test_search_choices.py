"""Search over an invented reading of a garden society: autocomplete choices as members see
them (names, not ids; dated works; what was typed first), filters that name nothing, and the
passage before and after another in the essay's order, whatever order the corpus lists them."""

import itertools

import pytest

from bot.core.models import Corpus, Speaker, Topic, Work
from bot.core.search import Filters, SearchIndex, Suggestion, choice_text, highlight
from tests.fixtures.invented import invented_source, placed

TEXTS = (
    ("g-kowal-1", "kowal", "minutes", ("accounts",),
     "The committee must answer to the members every month."),
    ("g-kowal-2", "kowal", "minutes", ("accounts",),
     "A committee that hides its accounts has lost the trust of the gardeners."),
    ("g-novak", "novak", "letter", ("work",),
     "The work is done by people who turn up on Saturday mornings."),
    ("g-nowak", "p-nowak", None, (), "Nobody waters the beds in August, and nobody ever will."),
)  # fmt: skip
ESSAY = "The garden society\n\n" + "\n\n".join(text for *_, text in TEXTS) + "\n"


def garden_corpus() -> Corpus:
    passages = [
        placed(ESSAY, "garden", pid, speaker, "quotation", text, work=work, topics=topics)
        for pid, speaker, work, topics, text in TEXTS
    ]
    return Corpus(
        sources=[invented_source("garden", "The garden society", "Ada Reader", "reader", 2020)],
        speakers=[
            Speaker(id="kowal", name="Jan Kowal", aliases=("Kowal",)),
            Speaker(id="novak", name="Mara Novak", aliases=("Novak",)),
            Speaker(id="p-nowak", name="Piotr Nowak"),
            Speaker(id="reader", name="Ada Reader"),
        ],
        works=[
            Work(id="minutes", title="Minutes of the society", date="2019"),
            Work(id="letter", title="A letter to the members"),
            Work(id="diary", title="A gardener's diary", date="2020"),
        ],
        topics=[
            Topic(id="accounts", name="Accounts", description="Money and books."),
            Topic(id="work", name="Work", description="Who does it."),
            Topic(id="frost", name="Frost", description="Nothing yet."),
        ],
        passages=list(reversed(passages)),  # listed in no particular order
        source_texts={"garden": ESSAY},
    )


@pytest.fixture(scope="module")
def index():
    return SearchIndex(garden_corpus())


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("ko", ["Jan Kowal"]),
        # A word starting with what was typed comes before a name merely holding it.
        ("N", ["Mara Novak", "Piotr Nowak", "Jan Kowal"]),
        # Held inside a name (not at a word's start): only names that hold it.
        ("owal", ["Jan Kowal"]),
        ("Kowla", ["Jan Kowal"]),  # a typo
        ("zq", []),
    ],
)
def test_speakers_are_offered_by_name_as_typed(index, typed, names):
    offered = index.suggest_speakers(typed)
    assert [s.label for s in offered] == names
    by_name = {s.name: s.id for s in index.corpus.speakers.values()}
    assert offered == [Suggestion(name, by_name[name]) for name in names]


def test_works_and_topics_are_offered_most_quoted_first_with_their_dates(index):
    assert [(s.label, s.value) for s in index.suggest_works("")] == [
        ("Minutes of the society (2019)", "minutes"),
        ("A letter to the members", "letter"),
        ("A gardener's diary (2020)", "diary"),  # nothing quoted from it yet
    ]
    assert [(s.label, s.value) for s in index.suggest_topics("")] == [
        ("Accounts", "accounts"),
        ("Work", "work"),
        ("Frost", "frost"),  # no passage yet
    ]


def test_a_speakers_name_or_a_works_title_finds_their_passages(index):
    assert [h.passage.id for h in index.search("Mara Novak")] == ["g-novak"]
    assert [h.passage.id for h in index.search("Novak")] == ["g-novak"]
    assert {h.passage.id for h in index.search("Kowal")} == {"g-kowal-1", "g-kowal-2"}
    minutes = [h.passage.id for h in index.search("Minutes of the society")]
    assert set(minutes[:2]) == {"g-kowal-1", "g-kowal-2"}


@pytest.mark.parametrize(
    ("written", "speaker"),
    [
        ("Jan Kowal", "kowal"),
        ("Nowak", "p-nowak"),  # a surname no one else has
        ("P. Nowak", "p-nowak"),
        ("Piotr Nowack", "p-nowak"),  # a typo
        ("Mara", None),
        ("nobody", None),
    ],
)
def test_a_speaker_is_known_by_name_surname_or_a_near_spelling(index, written, speaker):
    assert index.resolve_speaker(written) == speaker


@pytest.mark.parametrize(
    ("filters", "found"),
    [
        (Filters(work="minutes"), ["g-kowal-2", "g-kowal-1"]),
        (Filters(work="letter"), ["g-novak"]),
        (Filters(topic="accounts"), ["g-kowal-2", "g-kowal-1"]),
        (Filters(source="garden"), ["g-nowak", "g-novak", "g-kowal-2", "g-kowal-1"]),
        (Filters(kind="quotation", speaker="novak"), ["g-novak"]),
        (Filters(kind="commentary"), []),
    ],
)
def test_filters_keep_the_passages_they_name_in_corpus_order(index, filters, found):
    assert [p.id for p in index.passages(filters)] == found
    assert {h.passage.id for h in index.search("the", filters)} == set(found)


def test_the_words_searched_for_are_highlighted(index):
    hit = index.search("hides its accounts")[0]
    assert hit.passage.id == "g-kowal-2"
    assert [hit.passage.text[a:b] for a, b in hit.spans] == ["hides its accounts"]


def test_next_and_previous_follow_the_essay_whatever_the_corpus_order(index):
    in_text = [pid for pid, *_ in TEXTS]
    by_id = index.corpus.by_id
    for before, after in itertools.pairwise(in_text):
        assert index.following(by_id[before]).id == after
        assert index.preceding(by_id[after]).id == before
    assert index.preceding(by_id[in_text[0]]) is None
    assert index.following(by_id[in_text[-1]]) is None


def test_filters_that_name_nothing_find_nothing_and_filters_are_stable(index):
    assert index.search("committee", Filters(topic="no-such-topic")) == []
    assert index.passages(Filters(speaker="no-one")) == []
    kowal = [p.id for p in index.passages(Filters(speaker="kowal"))]
    # Many different filters in a row (more than are kept built), then the first again.
    for n in range(20):
        index.passages(Filters(speaker=f"someone-{n}", topic="accounts"))
    for _ in range(2):
        assert [p.id for p in index.passages(Filters(speaker="kowal"))] == kowal
        hits = index.search("committee", Filters(speaker="kowal", topic="accounts"))
        assert {h.passage.id for h in hits} == {"g-kowal-1", "g-kowal-2"}
    assert sorted(kowal) == ["g-kowal-1", "g-kowal-2"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("x" * 100, "x" * 100),
        ("x" * 101, "x" * 99 + "\u2026"),
        # Discord counts a character outside the BMP twice: 2 + 98 = 100 units fit.
        ("\U0001f600" + "x" * 98, "\U0001f600" + "x" * 98),
        ("line one\nline\u200b two\t", "line one line two"),
    ],
)
def test_a_choice_label_is_one_line_of_at_most_100_units(text, shown):
    assert choice_text(text) == shown


@pytest.mark.parametrize(
    ("text", "matched", "shown"),
    [
        ("Committee meetings are long.", {"committee"}, ["Committee"]),
        ("The committee must answer to the members.", {"committee", "members"},
         ["committee", "members"]),
        ("The committee must answer to the members.", {"answer", "to", "the"}, ["answer to the"]),
        ("The committee must answer to the members.", {"to", "the"}, []),  # only small words
    ],
)  # fmt: skip
def test_runs_of_matched_words_are_highlighted_not_lone_small_words(text, matched, shown):
    assert [text[a:b] for a, b in highlight(text, matched)] == shown
