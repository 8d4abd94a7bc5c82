import random

import pytest

from bot.core.citation import citation, format_citation
from bot.core.compare import compare_speakers, compare_topic
from bot.core.context import passage_context
from bot.core.errors import UnknownPassageError, UserFacingError
from bot.core.models import Corpus
from bot.core.search import Filters, SearchIndex
from bot.core.selection import choose
from bot.core.semantic import load_encoder


def test_citation_of_a_quote_inside_a_quote(corpus):
    cited = citation(corpus, corpus.by_id["rule-lenin-via-stalin"])
    assert (cited.speaker, cited.via, cited.essay_author, cited.essay_year) == (
        "V. I. Lenin",
        "J. V. Stalin",
        "Carlos Rule",
        2001,
    )
    line = format_citation(cited)
    assert line.startswith("V. I. Lenin; quoted by J. V. Stalin; in Carlos Rule, ")
    assert line.endswith("(2001) [rule-lenin-via-stalin]")


def test_citation_with_work_date_and_page(corpus):
    line = format_citation(citation(corpus, corpus.by_id["rule-stalin-communist-bureaucrat"]))
    assert line.startswith(
        "J. V. Stalin, Speech at the eighth congress of the All-Union Leninist Young Communist "
        "League (17 May 1928); in Carlos Rule"
    )
    webbs = format_citation(citation(corpus, corpus.by_id["rule-webbs"]))
    assert webbs.startswith("Carlos Rule, \u201cThe fight against bureaucracy")
    assert "\n" not in webbs


def test_context_gives_the_paragraphs_around_a_passage(corpus):
    context = passage_context(corpus, "rule-stalin-enemies", before=1, after=1)
    assert context.before[0].startswith("Lenin, in 1919, talking about the problem")
    assert "worst enemies of our progress" in context.paragraph
    assert context.after[0].startswith("\u201cThe communist bureaucrat")
    assert context.citation.speaker == "J. V. Stalin"


def test_context_at_the_edges_of_the_source(corpus):
    first = passage_context(corpus, "rule-title", before=2, after=0)
    assert first.before == ()
    assert first.after == ()
    last = passage_context(corpus, "oipfg-accountable", before=5, after=5)
    assert last.after == ()
    assert len(last.before) == 3


def test_context_of_unknown_passage(corpus):
    with pytest.raises(UnknownPassageError):
        passage_context(corpus, "no-such-passage")
    with pytest.raises(UserFacingError):
        passage_context(corpus, "rule-webbs", before=99)


def test_compare_topic_side_by_side_per_essay(corpus):
    comparison = compare_topic(corpus, "Bureaucracy")
    assert comparison.topic.id == "bureaucracy"
    assert [(p.source.id, [x.id for x in p.passages]) for p in comparison.positions] == [
        ("rule-2001", ["rule-martens"]),
        ("oipfg-1974", ["oipfg-accountable"]),
    ]
    silent = compare_topic(corpus, "literacy")
    assert all(p.passages == () for p in silent.positions)
    # An unknown topic lists the topics by name (never their ids), or the nearest ones.
    with pytest.raises(UserFacingError, match="Topics: Bureaucracy; Literacy and culture"):
        compare_topic(corpus, "trotsky")
    with pytest.raises(UserFacingError, match="Did you mean Bureaucracy\\?"):
        compare_topic(corpus, "bureacracy")


def test_compare_topic_where_no_text_read_has_topics_says_so(corpus):
    # A server reading only its own readings: the shipped texts (and their topics) are off.
    without_topics = Corpus(
        sources=corpus.sources.values(),
        speakers=corpus.speakers.values(),
        works=corpus.works.values(),
        topics=(),
        passages=corpus.passages,
        source_texts=corpus.source_texts,
    )
    with pytest.raises(UserFacingError) as refused:
        compare_topic(without_topics, "Bureaucracy")
    message = str(refused.value)
    assert "no topics to compare" in message and "/compare speakers" in message
    assert "Pick one from the list" not in message  # there is nothing to pick


def test_compare_speakers_on_a_query(index):
    comparison = compare_speakers(index, "bureaucracy", ["Lenin", "stalin"])
    assert [v.speaker_id for v in comparison.views] == ["lenin", "stalin"]
    for view in comparison.views:
        assert view.hits
        assert all(h.passage.speaker == view.speaker_id for h in view.hits)
    with pytest.raises(UserFacingError):
        compare_speakers(index, "bureaucracy", ["Lenin", "V. I. Lenin"])
    with pytest.raises(UserFacingError):
        compare_speakers(index, "bureaucracy", ["Lenin", "Churchill"])
    with pytest.raises(UserFacingError):
        compare_speakers(index, "  ", ["Lenin", "Stalin"])


def test_comparing_speakers_embeds_the_query_once(sample_corpus, monkeypatch):
    """The sentence encoder is the slowest step of a search: a comparison that searches the
    same words once per speaker pays for it once, and answers as if it had paid each time."""
    index = SearchIndex(sample_corpus)
    assert index.sentence_meaning
    speakers = ["Lenin", "stalin"]
    fresh = compare_speakers(SearchIndex(sample_corpus), "bureaucrats in the party", speakers)
    assert all(view.hits for view in fresh.views)
    encoder = load_encoder()
    asked: list[list[str]] = []
    real = encoder.encode

    def counting(texts):
        asked.append(list(texts))
        return real(texts)

    monkeypatch.setattr(encoder, "encode", counting)
    comparison = compare_speakers(index, "bureaucrats in the party", speakers)
    assert asked == [["bureaucrats in the party"]]
    assert comparison == fresh


def test_selection_never_repeats_until_every_passage_was_shown(index):
    eligible = index.passages(Filters(speaker="lenin"))
    rng = random.Random(7)
    shown: frozenset[str] = frozenset()
    seen = []
    for _ in range(len(eligible)):
        picked = choose(eligible, shown, rng)
        assert not picked.new_cycle
        shown = picked.shown
        seen.append(picked.passage.id)
    assert sorted(seen) == sorted(p.id for p in eligible)
    again = choose(eligible, shown, rng, last=seen[-1])
    assert again.new_cycle
    assert again.passage.id != seen[-1]
    assert again.shown == {again.passage.id}


def test_selection_respects_filters_and_is_reproducible(index):
    eligible = index.passages(Filters(kind="commentary"))
    picks = [choose(eligible, (), random.Random(3)).passage.id for _ in range(3)]
    assert len(set(picks)) == 1
    assert all(index.corpus.by_id[p].kind == "commentary" for p in picks)
    only = index.passages(Filters(source="oipfg-1974", topic="bureaucracy"))
    assert choose(
        only, {"oipfg-accountable"}, random.Random(1), last="oipfg-accountable"
    ).passage.id == ("oipfg-accountable")
    with pytest.raises(UserFacingError):
        choose([], (), random.Random(1))
