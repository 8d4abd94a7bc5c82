"""The retrieval floors of the issue, on the real shipped corpus and the evaluation set.

Run ``pytest tests/core/test_retrieval_eval.py -s`` to see the figures per category.
"""

import pytest

from bot.core.search import SearchIndex
from tests.fixtures.retrieval_eval import evaluate, load_queries, report


@pytest.fixture(scope="module", params=[True, False], ids=["semantic", "lexical"])
def figures(request, shipped_corpus):
    """Every floor holds with the optional semantic signal and without it (lexical fallback)."""
    index = SearchIndex(shipped_corpus, semantic=request.param)
    result = evaluate(index, load_queries())
    print(f"\n{'semantic' if index.semantic else 'lexical'}:\n{report(result)}")
    return result


def test_the_evaluation_set_is_large_and_covers_every_category(figures):
    assert sum(f.total for f in figures.values()) >= 150
    assert set(figures) >= {
        "exact", "typo", "keywords", "paraphrase", "hard_paraphrase", "commentary",
        "misattributed", "fabricated",
    }  # fmt: skip
    assert figures["hard_paraphrase"].total >= 40


def test_exact_fragments_rank_first_every_time(figures):
    assert figures["exact"].share(figures["exact"].at1) == 100.0


def test_typos_rank_first(figures):
    assert figures["typo"].share(figures["typo"].at1) >= 95.0


def test_keywords_in_the_top_five(figures):
    assert figures["keywords"].share(figures["keywords"].at5) >= 90.0


def test_paraphrases_in_the_top_five(figures):
    assert figures["paraphrase"].share(figures["paraphrase"].at5) >= 70.0


@pytest.mark.xfail(
    strict=True,
    reason="issue 12 point 5: 85 % not reached yet (~74 % with the word vectors, ~60 % without)",
)
def test_hard_paraphrases_with_few_shared_words_in_the_top_five(figures):
    assert figures["hard_paraphrase"].share(figures["hard_paraphrase"].at5) >= 85.0


def test_commentary_sentences_are_found(figures):
    assert figures["commentary"].share(figures["commentary"].at1) >= 95.0


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


def test_words_inside_a_nested_passage_are_its_speakers_never_the_quoting_ones(figures):
    """Quotes inside quotes (Lenin via Stalin, the hall's voices, the windbag's replies), with
    frames and changed words: the inner speaker, or the outer one naming whom it quotes."""
    nested, right = _claim_figures(figures, "nested")
    assert nested.total >= 40
    assert right == 100.0
