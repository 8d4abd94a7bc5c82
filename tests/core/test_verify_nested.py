"""Verify on quotes inside quotes: words matched inside a nested passage belong to its speaker;
the frame a member writes never pulls them into the passage that quotes them."""

import pytest

from bot.core.search import SearchIndex
from bot.core.verify import marked_text, summary, verify
from tests.fixtures.meeting import meeting_corpus

COUNTING = "a society that stops counting its tools will soon stop counting its members"


@pytest.fixture(scope="module")
def index():
    return SearchIndex(meeting_corpus())


@pytest.mark.parametrize(
    ("text", "verdict", "attribution"),
    [
        (f"Lis wrote: {COUNTING}", "exact", "correct"),
        # The frame's words stand in the chair's lead-in ("The founder was right when he wrote").
        (f"The founder wrote: {COUNTING}", "exact", "unknown"),
        (f"Lis wrote: {COUNTING.replace('tools', 'spades')}", "close", "correct"),
        (f"Piotr Lis wrote that {COUNTING.replace('soon', 'quickly')}", "close", "correct"),
        (f"Brandt: {COUNTING}", "exact", "wrong"),
        (f"the chair said: {COUNTING.replace('tools', 'spades')}", "close", "wrong"),
    ],
)
def test_the_quoted_speakers_words_are_theirs_whatever_the_frame(index, text, verdict, attribution):
    result = verify(index, text)
    assert (result.verdict, result.true_speaker, result.attribution) == (
        verdict,
        "founder",
        attribution,
    )
    assert result.passage is not None and result.passage.id == "m-founder"
    assert result.quoting == ()
    # The sentence shown is the founder's, not the chair's lead-in to it.
    assert "right when he wrote" not in marked_text(result)
    assert "Olga Brandt" not in summary(index.corpus, result).headline.split("not")[0]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("She : The accounts, Madam Chair? We have discussed them thoroughly.", "exact"),
        (
            "She : The accounts, Madam Chair? We have discussed them thoroughly. (Laughter.)",
            "exact",
        ),
        ("The accounts, Madam Chair? We have discussed them properly.", "close"),
        ("She : The accounts, Madam Chair? We have examined them thoroughly. (Laughter.)", "close"),
    ],
)
def test_an_unnamed_speakers_reply_inside_a_speech_is_never_the_speakers(index, text, verdict):
    result = verify(index, text)
    assert (result.verdict, result.true_speaker) == (verdict, "treasurer")
    headline = summary(index.corpus, result).headline
    assert "the society's treasurer" in headline and "Olga Brandt" not in headline


@pytest.mark.parametrize(
    ("text", "verdict", "attribution"),
    [
        ("Voices: Hear, hear, that is the truth", "exact", "correct"),
        ("(Voices: Hear, hear, that is the truth.)", "exact", "correct"),
        ("Brandt: Hear, hear, that is the truth", "exact", "wrong"),
        ("Voices: hear, hear, this is the truth", "close", "correct"),
    ],
)
def test_the_halls_interjection_is_the_halls(index, text, verdict, attribution):
    result = verify(index, text)
    assert (result.verdict, result.true_speaker, result.attribution) == (
        verdict,
        "hall",
        attribution,
    )


@pytest.mark.parametrize(
    ("text", "quoting", "attribution", "headline"),
    [
        (
            f"The founder was right when he wrote: {COUNTING}",
            "founder",
            "unknown",
            "Real quotation: the words of Olga Brandt (quoting Piotr Lis)",
        ),
        (
            f"Brandt: The founder was right when he wrote: {COUNTING}",
            "founder",
            "correct",
            "Real quotation, right speaker: Olga Brandt (quoting Piotr Lis)",
        ),
        (
            f"Lis: The founder was right when he wrote: {COUNTING}",
            "founder",
            "wrong",
            "Real words, wrong speaker: Olga Brandt (quoting Piotr Lis), not Lis",
        ),
        (
            "I : How are the accounts coming along? She : The accounts, Madam Chair?",
            "treasurer",
            "unknown",
            "Real quotation: the words of Olga Brandt (quoting \u201cthe society's treasurer\u201d "
            "(the essay does not name them))",
        ),
        (
            "Those who lose the shed keys must return them before the first frost. "
            "(Voices: Hear, hear, that is the truth.)",
            "hall",
            "unknown",
            "Real quotation: the words of Olga Brandt (quoting \u201cvoices in the hall\u201d "
            "(the essay does not name them))",
        ),
    ],
)
def test_words_spanning_the_speakers_own_and_a_nested_quote_name_both(
    index, text, quoting, attribution, headline
):
    result = verify(index, text)
    assert (result.verdict, result.true_speaker, result.attribution) == (
        "exact",
        "chair",
        attribution,
    )
    assert result.quoting == (quoting,)
    assert summary(index.corpus, result).headline == headline


def test_words_spanning_two_nested_quotes_name_both_speakers(index):
    result = verify(
        index,
        "(Voices: Hear, hear, that is the truth.) I asked our treasurer about the books last "
        "winter. I : How are the accounts coming along? She : The accounts, Madam Chair?",
    )
    assert (result.verdict, result.true_speaker, result.quoting) == (
        "exact",
        "chair",
        ("hall", "treasurer"),
    )
    assert summary(index.corpus, result).headline == (
        "Real quotation: the words of Olga Brandt (quoting \u201cvoices in the hall\u201d (the "
        "essay does not name them) and \u201cthe society's treasurer\u201d (the essay does not "
        "name them))"
    )


@pytest.mark.parametrize(
    ("lead_in", "speaker", "quoting"),
    [
        # Three words of the chair's before the founder's: a frame, as "He wrote:" would be.
        ("when he wrote: ", "founder", ()),
        # Four in a row: the chair's own words, quoting the founder.
        ("right when he wrote: ", "chair", ("founder",)),
    ],
)
def test_a_run_of_four_of_the_outer_speakers_words_makes_the_quotation_theirs(
    index, lead_in, speaker, quoting
):
    result = verify(index, f"{lead_in}A society that stops counting its tools")
    assert (result.verdict, result.true_speaker, result.quoting) == ("exact", speaker, quoting)


def test_a_word_added_after_the_last_word_of_a_passage_is_marked(index):
    result = verify(index, "Voices: Hear, hear, that is the truth indeed")
    assert (result.verdict, result.true_speaker) == ("close", "hall")
    assert marked_text(result) == "Hear, hear, that is the truth [-indeed-]"
