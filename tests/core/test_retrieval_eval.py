"""The retrieval floors of the issue, on the real shipped corpus and the evaluation set.

Run ``pytest tests/core/test_retrieval_eval.py -s`` to see the figures per category.
"""

import pytest

from bot.core import search
from bot.core.models import Corpus
from bot.core.search import SearchIndex
from bot.core.segments import Segment, SegmentedIndex
from tests.fixtures.retrieval_eval import SEARCH_CATEGORIES, evaluate, load_queries, report


@pytest.fixture(scope="module", params=["semantic", "lexical", "segmented"])
def figures(request, shipped_corpus):
    """Every floor holds with the optional semantic signal and without it (lexical fallback),
    and in a server's view composed of segments (each source indexed on its own, as each of
    a server's readings is): ranked across segments, nothing one index finds is lost."""
    semantic = request.param != "lexical"
    if request.param == "segmented":
        parts = [
            Segment(SearchIndex(one_source(shipped_corpus, s))) for s in shipped_corpus.sources
        ]
        assert len(parts) > 1
        index: SearchIndex = SegmentedIndex(shipped_corpus, parts)
    else:
        index = SearchIndex(shipped_corpus, semantic=semantic)
    # The semantic configuration is the one the bot ships with (make setup, CI and the Docker
    # image install its models); its floors are not to be met by the fallback.
    assert index.sentence_meaning == semantic, "the models of requirements-semantic.lock"
    result = evaluate(index, load_queries())
    print(f"\n{request.param}:\n{report(result)}")
    return result


def one_source(corpus: Corpus, source: str) -> Corpus:
    """``corpus`` with the passages of ``source`` only."""
    return Corpus(
        sources=[corpus.sources[source]],
        speakers=corpus.speakers.values(),
        works=corpus.works.values(),
        topics=corpus.topics.values(),
        passages=[p for p in corpus.passages if p.source == source],
        source_texts={source: corpus.source_texts[source]},
    )


def test_the_evaluation_set_is_large_and_covers_every_category(figures):
    assert sum(f.total for f in figures.values()) >= 150
    assert set(figures) >= {
        "exact", "typo", "keywords", "paraphrase", "hard_paraphrase", "commentary",
        "misattributed", "fabricated",
    }  # fmt: skip
    assert figures["hard_paraphrase"].total >= 40


# Floors a few points (one query at most) under what the engine achieved when they were set
# (main of 6 December 2026): @1 and @5 both. Raise them when the engine improves.
def at1_at5(figures, category):
    found = figures[category]
    return found.share(found.at1), found.share(found.at5)


def test_exact_fragments_rank_first_every_time(figures):
    assert at1_at5(figures, "exact") == (100.0, 100.0)


def test_typos_rank_first(figures):
    at1, at5 = at1_at5(figures, "typo")
    assert at1 >= 98.0 and at5 == 100.0  # achieved 98.3 % (lexical only 100 %), 100 %


def test_keywords_in_the_top_five(figures):
    at1, at5 = at1_at5(figures, "keywords")
    assert at1 >= 91.0 and at5 >= 97.0  # achieved 94.3 % (lexical only 97.1 %), 100 %


def test_paraphrases_in_the_top_five(figures):
    at1, at5 = at1_at5(figures, "paraphrase")
    assert at1 >= 92.0 and at5 >= 97.0  # achieved 100 % (lexical only 94.7 %), 100 %


def test_hard_paraphrases_with_few_shared_words_in_the_top_five(figures, request):
    """Issue 12's floor (85 % in the top five) for the search the bot ships with; the purely
    lexical fallback has its own floor, under what it achieves."""
    at1, at5 = at1_at5(figures, "hard_paraphrase")
    if request.node.callspec.id != "lexical":
        assert at5 >= 85.0 and at1 >= 64.0  # achieved 91.2 %, 68.4 %
    else:
        assert at5 >= 54.0 and at1 >= 33.0  # lexical only: achieved 56.1 %, 35.1 %


def test_hard_paraphrases_held_out_from_tuning_reach_the_floor_too(shipped_corpus):
    """The sentence-meaning weights were chosen on the odd-numbered hard paraphrases only; the
    even-numbered ones (not looked at then) must clear the floor on their own."""
    held_out = [
        q
        for q in load_queries()
        if q.category == "hard_paraphrase" and int(q.id.rsplit("-", 1)[1]) % 2 == 0
    ]
    assert len(held_out) >= 20
    found = evaluate(SearchIndex(shipped_corpus), held_out)["hard_paraphrase"]
    assert found.share(found.at5) >= 85.0, found.misses  # achieved 92.9 % (26/28)


def test_searches_settled_by_their_words_lose_nothing_on_the_held_out_half(
    shipped_corpus, monkeypatch
):
    """When to skip the sentence stage (``search._settled``) was chosen on the odd-numbered
    queries of every search category; on the even-numbered ones, skipping it loses no
    passage @1 or @5 compared with always running it."""
    held_out = [
        q
        for q in load_queries()
        if q.category in SEARCH_CATEGORIES and int(q.id.rsplit("-", 1)[1]) % 2 == 0
    ]
    index = SearchIndex(shipped_corpus)
    assert index.sentence_meaning
    settled = evaluate(index, held_out, categories=SEARCH_CATEGORIES)
    monkeypatch.setattr(search, "_settled", lambda scores: False)
    always = evaluate(index, held_out, categories=SEARCH_CATEGORIES)
    for category, found in always.items():
        assert settled[category].at1 >= found.at1, (category, settled[category].misses)
        assert settled[category].at5 >= found.at5, (category, settled[category].misses)


def test_commentary_sentences_are_found(figures):
    at1, at5 = at1_at5(figures, "commentary")
    assert at1 >= 95.0 and at5 == 100.0  # achieved 100 %, 100 %


def test_fabricated_quotations_are_never_confirmed(figures):
    fabricated = figures["fabricated"]
    assert fabricated.exact == 0
    assert fabricated.share(fabricated.close) <= 2.0


def test_every_misattribution_is_flagged_with_the_true_speaker(figures):
    misattributed = figures["misattributed"]
    assert misattributed.flagged == misattributed.total
    assert misattributed.true_named == misattributed.total


def _claim_figures(figures, category):
    found = figures[category]
    return found, found.share(found.right)


def test_natural_claim_forms_get_the_right_verdict_and_attribution(figures):
    natural, right = _claim_figures(figures, "natural_claim")
    assert natural.total >= 40
    assert right >= 95.0


def test_altered_quotations_are_close_with_the_change_shown(figures):
    altered, right = _claim_figures(figures, "altered")
    assert altered.total >= 30
    assert right >= 95.0


def test_joined_sentences_are_close_and_ellipses_exact(figures):
    joined, right = _claim_figures(figures, "joined")
    assert joined.total >= 20
    assert right >= 95.0


def test_every_recorded_insertion_is_the_essay_authors_both_ways(figures):
    insertion, right = _claim_figures(figures, "insertion")
    assert insertion.total >= 4
    assert right == 100.0


def test_fabricated_near_misses_are_never_exact_or_close(figures):
    near_miss, right = _claim_figures(figures, "near_miss")
    assert near_miss.total >= 40
    assert right == 100.0


def test_invented_words_in_a_members_framing_are_never_confirmed(figures):
    """A real quotation with invented words before a tail reporting it, inside a lead-in, or as
    a sentence before a citation: never exact, the invented words shown, never set aside."""
    framing, right = _claim_figures(figures, "fabricated_framing")
    assert framing.total >= 20
    # At first sight: tune 15/16, held out 7/8. framing-022 (tune: "As Lenin put it, A, and that
    # B") was fixed; then framing-006 (held out: its tail ", said Stalin to the seventeenth
    # congress" aligned with the essay's own lead-in, the rest set aside as framing) by a rule
    # tested on an invented essay: a report set off by a comma and followed by a name is an
    # inverted tail, never a lead-in to what follows it.
    assert right == 100.0


def test_words_inside_a_nested_passage_are_its_speakers_never_the_quoting_ones(figures):
    """Quotes inside quotes (Lenin via Stalin, the hall's voices, the windbag's replies), with
    frames and changed words: the inner speaker, or the outer one naming whom it quotes."""
    nested, right = _claim_figures(figures, "nested")
    assert nested.total >= 40
    assert right == 100.0
