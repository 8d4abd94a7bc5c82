from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.core.search import MAX_CHOICE_CHARS, MAX_CHOICES, Filters, choice_text


def top(index, query, **filters):
    hits = index.search(query, Filters(**filters), limit=5)
    return [h.passage.id for h in hits]


def test_exact_fragment_ranks_its_passage_first(index):
    assert top(index, "one of the worst enemies of our progress")[0] == "rule-stalin-enemies"


def test_typos_and_american_spelling_still_find_the_passage(index):
    assert top(index, "burocracy exists in all our organizations")[0] == "rule-stalin-enemies"
    assert top(index, "without litteracy no politcs only rumors")[0] == "rule-lenin-literacy"


def test_keywords_in_any_order(index):
    assert top(index, "dangerous communist bureaucrat party member")[0] == (
        "rule-stalin-communist-bureaucrat"
    )


def test_other_forms_of_a_word_match(index):
    assert top(index, "masking his bureaucrat title")[0] == "rule-stalin-communist-bureaucrat"
    assert top(index, "literate politician")[0] == "rule-lenin-literacy"


def test_curly_quotes_dashes_and_ellipsis_in_the_query(index):
    query = "\u201cthey encircle the proletariat on every side\u2026 and corrupt\u201d"
    assert top(index, query)[0] == "oipfg-lenin-encircle"


def test_filters_restrict_results(index):
    assert set(top(index, "bureaucracy", speaker="lenin")) <= {
        "rule-lenin-1919",
        "rule-lenin-via-stalin",
        "rule-lenin-literacy",
        "oipfg-lenin-encircle",
    }
    assert top(index, "bureaucracy", speaker="lenin")
    assert top(index, "bureaucracy", source="oipfg-1974") == ["oipfg-accountable"]
    assert top(index, "bureaucracy", kind="commentary", topic="bureaucracy") == [
        "oipfg-accountable"
    ]
    assert top(index, "bureaucracy", work="ycl-congress-1928")[0].startswith("rule-stalin")
    assert top(index, "bureaucracy", speaker="nobody") == []


def test_hits_are_scored_and_best_first(index):
    hits = index.search("communist bureaucrat", limit=5)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 100 for s in scores)


def test_spans_highlight_the_matched_words(index):
    hit = index.search("worst enemies of our progress", limit=1)[0]
    assert [hit.passage.text[a:b] for a, b in hit.spans] == ["worst enemies of our progress"]


def test_spans_cover_typo_corrected_words(index):
    hit = index.search("dangerus bureacrat", limit=1)[0]
    highlighted = [hit.passage.text[a:b] for a, b in hit.spans]
    assert "dangerous" in " ".join(highlighted)
    assert "bureaucrat" in " ".join(highlighted)


def test_empty_or_unmatched_query(index):
    assert index.search("   ", limit=3) == index.search("", limit=3)
    assert len(index.search("", limit=3)) == 3
    assert index.search("xylophone zebra quokka") == []


def test_suggest_passages_limits_and_lengths(index):
    for typed in ["", "b", "bureaucracy", "rule-", "\u200b\U0001f600\u0000", "x" * 500, "   "]:
        choices = index.suggest_passages(typed)
        assert len(choices) <= MAX_CHOICES
        for choice in choices:
            assert 1 <= len(choice.label) <= MAX_CHOICE_CHARS
            assert 1 <= len(choice.value) <= MAX_CHOICE_CHARS
            assert "\n" not in choice.label


def test_suggest_passages_by_id_prefix_and_by_partial_word(index):
    by_id = index.suggest_passages("rule-stalin")
    assert [c.value for c in by_id[:2]] == [
        "rule-stalin-communist-bureaucrat",
        "rule-stalin-enemies",
    ]
    assert index.suggest_passages("litera")[0].value in {"rule-lenin-literacy", "rule-webbs"}
    assert index.suggest_passages("worst enem")[0].value == "rule-stalin-enemies"


def test_suggest_speakers_topics_and_works(index):
    assert index.suggest_speakers("len")[0].value == "lenin"
    assert [c.value for c in index.suggest_speakers("stal")] == ["stalin"]
    assert index.suggest_speakers("zoe")[0].value == "zoe-x"
    assert len(index.suggest_speakers("")) == len(index.corpus.speakers)
    assert index.suggest_topics("bur")[0].value == "bureaucracy"
    assert index.suggest_topics("red tape")[0].value == "bureaucracy"
    assert index.suggest_works("another")[0].value == "another-view"
    assert index.suggest_works("anything at all that matches nothing") == []
    for choice in index.suggest_works("") + index.suggest_topics(""):
        assert len(choice.label) <= MAX_CHOICE_CHARS


def test_suggestion_limit_is_capped_at_25(index):
    assert len(index.suggest_passages("", limit=100)) <= MAX_CHOICES
    assert (
        index.suggest_passages("bureaucracy", limit=2) == index.suggest_passages("bureaucracy")[:2]
    )


def test_choice_text_truncates_by_discord_length_and_strips_controls():
    label = choice_text("a\nb\tc\x00" + "\U0001f600" * 80)
    assert label.startswith("a b c")
    assert len(label.encode("utf-16-le")) // 2 <= MAX_CHOICE_CHARS
    assert label.endswith("\u2026")


@pytest.mark.parametrize(
    ("name", "speaker"),
    [
        ("Lenin", "lenin"),
        ("V. I. Lenin", "lenin"),
        ("VI Lenin", "lenin"),
        ("v.i. lenin", "lenin"),
        ("Vladimir Lenin", "lenin"),
        ("Stalin", "stalin"),
        ("J.V. Stalin", "stalin"),
        ("Stallin", "stalin"),
        ("Lenin\u2019s", "lenin"),
        ("Churchill", None),
        ("", None),
    ],
)
def test_resolve_speaker(index, name, speaker):
    assert index.resolve_speaker(name) == speaker


def test_one_index_answers_many_threads_at_once(index):
    queries = ["worst enemies", "litteracy politcs", "communist bureaucrat", "encircle", "rule-"]
    expected = [[h.passage.id for h in index.search(q)] for q in queries]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda q: [h.passage.id for h in index.search(q)], queries * 40))
    assert results == expected * 40


def test_filters_keep_results_when_the_rare_words_are_elsewhere(index):
    # "dangerous" is only in a Stalin passage; Lenin's passages still match "bureaucracy".
    hits = index.search("dangerous bureaucracy", Filters(speaker="lenin"))
    assert hits
    assert all(h.passage.speaker == "lenin" for h in hits)
