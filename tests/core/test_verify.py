import pytest

from bot.core.errors import UserFacingError
from bot.core.verify import verify


def test_verbatim_quotation_is_exact_with_its_span(index):
    result = verify(index, "Bureaucracy is one of the worst enemies of our progress.")
    assert result.verdict == "exact"
    assert result.passage is not None and result.passage.id == "rule-stalin-enemies"
    assert result.span is not None
    start, end = result.span
    assert (
        result.passage.text[start:end] == "Bureaucracy is one of the worst enemies of our progress"
    )
    assert result.differences == ()
    assert result.attribution == "unknown"


def test_exact_up_to_normalisation(index):
    result = verify(
        index,
        "\u201cit exists in all our ORGANIZATIONS - party, YCL, trade union and economic\u201d",
    )
    assert result.verdict == "exact"
    assert result.passage is not None and result.passage.id == "rule-stalin-enemies"


def test_quotation_with_an_ellipsis_is_exact(index):
    result = verify(
        index,
        "We have done what no other state in the world has done \u2026 "
        "we have destroyed to its very foundations.",
    )
    assert result.verdict == "exact"
    assert result.passage is not None and result.passage.id == "rule-lenin-1919"


def test_close_quotation_lists_the_differences_word_by_word(index):
    result = verify(index, "The communist bureacrat is the most dangerous kind of bureaucrat.")
    assert result.verdict == "close"
    assert result.passage is not None
    assert result.passage.id == "rule-stalin-communist-bureaucrat"
    assert [(d.kind, d.quoted, d.source) for d in result.differences] == [
        ("changed", "bureacrat", "bureaucrat"),
        ("changed", "kind", "type"),
    ]


def test_close_reports_missing_and_extra_words(index):
    result = verify(
        index, "Without literacy no politics, but only rumours, idle small talk and prejudices."
    )
    assert result.verdict == "close"
    assert [(d.kind, d.quoted, d.source) for d in result.differences] == [("extra", "idle", "")]
    result = verify(index, "Without literacy no politics, only rumours, small talk and prejudices.")
    assert [(d.kind, d.quoted, d.source) for d in result.differences] == [("missing", "", "but")]


@pytest.mark.parametrize(
    "fabricated",
    [
        "Bureaucracy is the worst enemy of socialism and must be crushed by the masses.",
        "Religion is the opium of the people.",
        "Death solves all problems: no man, no problem.",
        "The communist bureaucrat is the most loyal servant of the working class.",
        "Literacy is the foundation of all politics and the enemy of prejudice.",
        "We have done what every state has done in the fight against bureaucracy.",
    ],
)
def test_fabricated_quotations_are_not_found(index, fabricated):
    result = verify(index, fabricated)
    assert result.verdict == "not_found"
    assert result.passage is None
    assert result.differences == ()


def test_not_found_offers_nearest_passages(index):
    result = verify(index, "Bureaucracy must be crushed by the masses and their party")
    assert result.verdict == "not_found"
    assert result.nearest
    assert len(result.nearest) <= 3


Q = "Without literacy no politics"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"\u201c{Q}\u201d \u2014 Lenin", "Lenin"),
        (f"{Q} - V. I. Lenin, 1920", "V. I. Lenin"),
        (f"Stalin said: \u201c{Q}\u201d", "Stalin"),
        ("As Lenin put it, without literacy no politics", "Lenin"),
        ("Lenin once wrote that without literacy no politics", "Lenin"),
        (f"{Q} (Lenin, 1919)", "Lenin"),
        (f"{Q} (Speech at the congress by JV Stalin, 1928)", "JV Stalin"),
        (f'"{Q}," said Lenin.', "Lenin"),
        (f"Lenin: {Q}", "Lenin"),
        (Q, None),
        (f"Stalin boasted: \u201c{Q}.\u201d", "Stalin"),
        (f'Trotsky, The Revolution Betrayed: "{Q}"', "Trotsky"),
        (f'Mao Zedong: "{Q}"', "Mao Zedong"),
        (f'In 1920 Lenin wrote: "{Q}"', "Lenin"),
        (f'Someone once told me "{Q}"', None),
    ],
)
def test_the_claimed_speaker_is_read_from_the_frame(index, text, speaker):
    result = verify(index, text)
    assert result.verdict == "exact"
    assert result.claimed_speaker == speaker
    assert result.quote.strip(".,") == Q or result.quote.lower() == Q.lower()
    assert result.differences == ()


def test_text_that_only_looks_like_a_claim_keeps_its_words(index):
    dash = "It exists in all our organisations \u2013 party, YCL, trade union and economic."
    result = verify(index, dash)
    assert (result.verdict, result.claimed_speaker) == ("exact", None)


def test_attribution_correct_and_wrong(index):
    right = verify(index, "Without literacy no politics, but only rumours \u2014 Lenin")
    assert (right.verdict, right.attribution, right.true_speaker) == ("exact", "correct", "lenin")
    wrong = verify(index, "Stalin said: without literacy no politics, but only rumours")
    assert (wrong.verdict, wrong.attribution, wrong.true_speaker) == ("exact", "wrong", "lenin")
    assert wrong.claimed_speaker == "Stalin" and wrong.claimed_speaker_id == "stalin"


def test_attribution_to_an_unknown_person_is_wrong(index):
    result = verify(
        index, "Without literacy no politics, but only rumours \u2014 Winston Churchill"
    )
    assert result.attribution == "wrong"
    assert result.claimed_speaker_id is None
    assert result.true_speaker == "lenin"


def test_attribution_of_essay_commentary_names_the_essay_author(index):
    result = verify(index, "Stalin was one of the leaders of the October Revolution (Lenin)")
    assert result.verdict == "exact"
    assert (result.attribution, result.true_speaker) == ("wrong", "oipfg")


def test_quote_inside_a_quote_belongs_to_the_original_speaker(index):
    result = verify(
        index,
        "We must realise that the fight against bureaucracy is an absolutely essential one"
        " \u2014 Stalin",
    )
    assert result.passage is not None and result.passage.via == "stalin"
    assert (result.attribution, result.true_speaker) == ("wrong", "lenin")


def test_claimed_speaker_given_separately(index):
    result = verify(index, "Without literacy no politics", claimed_speaker="Lenin")
    assert result.attribution == "correct"


def test_not_found_attribution_is_unknown(index):
    result = verify(index, "Religion is the opium of the people \u2014 Lenin")
    assert (result.verdict, result.attribution, result.claimed_speaker) == (
        "not_found",
        "unknown",
        "Lenin",
    )


def test_empty_quotation_is_a_user_error(index):
    with pytest.raises(UserFacingError):
        verify(index, " \u201c \u201d ")


def test_quotation_running_on_into_the_next_passage_of_the_same_speaker(index):
    result = verify(
        index,
        "It exists in all our organisations \u2013 party, YCL, trade union and economic. "
        "The communist bureaucrat is the most dangerous type of bureaucrat.",
    )
    assert result.verdict == "exact"
    assert result.passage is not None and result.passage.id == "rule-stalin-enemies"
    assert result.continued is not None
    assert result.continued.id == "rule-stalin-communist-bureaucrat"
    assert result.span is not None
    assert result.passage.text[result.span[0] :].startswith("It exists")


def test_words_from_two_speakers_passages_are_not_one_quotation(index):
    result = verify(
        index,
        "we have destroyed to its very foundations. Bureaucracy is one of the worst enemies",
    )
    assert result.verdict == "not_found"


def test_a_quote_inside_a_quote_is_the_inner_speakers(shipped_index):
    shipped = shipped_index
    words = "We must realise that the fight against bureaucracy is an absolutely essential one"
    lenin = verify(shipped, f"Lenin said: {words}")
    assert (lenin.verdict, lenin.attribution) == ("exact", "correct")
    assert lenin.passage is not None and (lenin.passage.speaker, lenin.passage.via) == (
        "lenin",
        "stalin",
    )
    stalin = verify(shipped, f"Stalin said: {words}")
    assert (stalin.verdict, stalin.attribution) == ("exact", "wrong")
    assert stalin.passage is not None and stalin.passage.speaker == "lenin"
