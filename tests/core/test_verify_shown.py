"""What a member reads of a verdict on an invented reading (the allotment essay): the
headline and its colour, and the source's sentence with the member's changes marked."""

from dataclasses import replace

import pytest

from bot.core.errors import UserFacingError
from bot.core.search import SearchIndex
from bot.core.verify import checked_claim, marked_text, summary, verify
from tests.fixtures.allotment import allotment_corpus


@pytest.fixture(scope="module")
def index():
    return SearchIndex(allotment_corpus())


MADE_UP = "the committee must sell the tools"


def escaped(name: str) -> str:
    """A renderer of the member's words as an adapter has one (it takes text only)."""
    return name.replace("*", "\\*")


@pytest.mark.parametrize(
    ("pasted", "headline", "severity"),
    [
        (
            "The committee must answer to the members every month",
            "Real quotation: the words of Jan Kowal",
            "good",
        ),
        (
            "The committee must answer to all the members every month.",
            "Close to a real quotation (1 word differs): the words of Jan Kowal",
            "warning",
        ),
        (
            "The committee must report to the members every week.",
            "Close to a real quotation (2 words differ): the words of Jan Kowal",
            "warning",
        ),
        (
            "No rule written on paper ever watered a single bed. They carry the cans themselves.",
            "Close to a real quotation (sentences joined without \u201c\u2026\u201d): "
            "the words of Mara Novak",
            "warning",
        ),
        (
            "No rule written on paper ever watered a single bed. "
            "They carry the big cans themselves.",
            "Close to a real quotation (sentences joined without \u201c\u2026\u201d, 1 word "
            "differs): the words of Mara Novak",
            "warning",
        ),
        ("the committee must sell the tools", "Not in the corpus", "bad"),
    ],
)
def test_a_verdict_without_a_claim_says_whose_words_they_are(index, pasted, headline, severity):
    shown = summary(index.corpus, verify(index, pasted), escaped)
    assert (shown.headline, shown.severity) == (headline, severity)


def test_a_quotation_taking_in_two_quoted_speakers_names_both(index):
    result = verify(index, "A committee that hides its accounts has already lost the trust")
    quoting = replace(result, quoting=("novak", "ada-reader"))
    assert summary(index.corpus, quoting).headline == (
        "Real quotation: the words of Jan Kowal (quoting Mara Novak and Ada Reader)"
    )


@pytest.mark.parametrize(
    ("pasted", "marked"),
    [
        (
            "the the committee must answer to the members",
            "[-the-] The committee must answer to the members every month.",
        ),
        (
            "The committee must answer to all the members every month.",
            "The committee must answer to [-all-] the members every month.",
        ),
        (
            "A committee that hides its accounts has already lost the trust of the gardeners "
            "forever.",
            "[This is the rule the society later forgot \u2013 AR] A committee that hides its "
            "accounts has already lost the trust of the gardeners [-forever-].",
        ),
        (
            "No rule written on paper ever watered really a single bed.",
            "No rule written on paper ever watered [-really-] a single bed.",
        ),
        (
            "A committee that hides the accounts has already lost the trust of the gardeners "
            "forever.",
            "[This is the rule the society later forgot \u2013 AR] A committee that hides "
            "[-the-]{+its+} accounts has already lost the trust of the gardeners [-forever-].",
        ),
        # The essay author's note alone: just the note, not the speaker's sentence around it.
        (
            "This is the rule the society later forgot",
            "[This is the rule the society later forgot \u2013 AR]",
        ),
        (f"Kowal said: {MADE_UP}", ""),
    ],
)
def test_the_source_sentence_is_shown_with_the_members_changes_marked(index, pasted, marked):
    assert marked_text(verify(index, pasted)) == marked


@pytest.mark.parametrize(
    ("pasted", "quote"),
    [
        (f"Kowal said: {MADE_UP}", MADE_UP),
        (f"At the meeting Kowal said: {MADE_UP}", MADE_UP),
        (f"Kowal said: \u201c{MADE_UP}\u201d at the meeting", MADE_UP),
        (f"Kowal said: the rule was: {MADE_UP}", f"the rule was: {MADE_UP}"),
        (f"{MADE_UP} \u2014 Kowal", MADE_UP),
        (f"{MADE_UP} \u2013 Kowal", MADE_UP),
        (f"{MADE_UP} - Kowal", MADE_UP),
        (f"{MADE_UP} (Kowal, 2019)", MADE_UP),
        (f"{MADE_UP} \u2014 Jan Kowal, 3 May 2019", MADE_UP),
        (f"{MADE_UP} \u2014 all of them \u2014 Kowal", f"{MADE_UP} \u2014 all of them"),
        (f"\u201c{MADE_UP}\u201d \u2014 Kowal", MADE_UP),
        (f"Kowal said: \u201c{MADE_UP}\u201d", MADE_UP),
        (f'"{MADE_UP}," said Kowal', f"{MADE_UP},"),
        # A quote mark left open: the words after it, the mark kept.
        (f"Kowal said: \u201c{MADE_UP}", f"\u201c{MADE_UP}"),
    ],
)
def test_a_quotation_not_found_is_told_from_its_frame(index, pasted, quote):
    result = verify(index, pasted)
    assert result.verdict == "not_found"
    assert (result.quote, result.claimed_speaker_id) == (quote, "kowal")


def test_a_lead_in_of_six_words_is_no_frame(index):
    pasted = f"At the big spring meeting Kowal said: {MADE_UP}"
    result = verify(index, pasted)
    assert (result.verdict, result.quote, result.claimed_speaker) == ("not_found", pasted, None)


def test_a_colon_ending_the_paste_frames_nothing(index):
    assert checked_claim(index, f"{MADE_UP}:") == f"{MADE_UP}:"
    assert verify(index, f"{MADE_UP}:").quote == f"{MADE_UP}:"


@pytest.mark.parametrize(
    ("pasted", "refusal"),
    [
        ("   ", "Paste the words of the quotation to check."),
        (
            "Kowal said: sell tools",
            "Paste at least 3 words of the quotation: fewer are found in too many passages to "
            "say who said them.",
        ),
        (
            "\u201csell tools\u201d, said Jan Kowal at the meeting",
            "Paste at least 3 words of the quotation: fewer are found in too many passages to "
            "say who said them.",
        ),
    ],
)
def test_too_few_words_to_check_are_refused_politely(index, pasted, refusal):
    with pytest.raises(UserFacingError) as refused:
        checked_claim(index, pasted)
    assert str(refused.value) == refusal


@pytest.mark.parametrize(
    "pasted",
    [
        "Kowal: hides its accounts",
        "According to Kowal, hides its accounts",
        "hides its accounts -- Kowal",
        "hides its accounts (Kowal)",
    ],
)
def test_three_words_cut_off_from_their_frame_are_checked_alone(index, pasted):
    result = verify(index, pasted)
    assert (result.verdict, result.quote) == ("exact", "hides its accounts")
    assert (result.claimed_speaker, result.attribution) == ("Kowal", "correct")


@pytest.mark.parametrize("cut", [":", ",", " -"])
def test_a_frame_longer_than_the_quotation_is_still_a_frame_when_cut_off(index, cut):
    frame = "At the founding meeting of the allotment society Jan Kowal put it plainly"
    result = verify(index, f"{frame}{cut} a committee that hides its accounts")
    assert (result.verdict, result.quote) == ("exact", "a committee that hides its accounts")
    assert (result.claimed_speaker, result.attribution) == ("Jan Kowal", "correct")


@pytest.mark.parametrize(
    ("pasted", "verdict"),
    [
        ("already lost the love", "close"),  # 3 of 4 words: the three quarters close asks
        ("hides its acounts has", "close"),  # a typo counts as a near match
        ("hides its acounts", "not_found"),  # too few words to be close to anything
        ("has already won the love", "not_found"),  # 3 of 5 words
    ],
)
def test_close_needs_three_quarters_of_four_or_more_words(index, pasted, verdict):
    assert verify(index, pasted).verdict == verdict


@pytest.mark.parametrize(
    ("pasted", "quote"),
    [
        (
            "Kowal told the society that a committee that hides its accounts has already lost "
            "the trust of the gardeners",
            "a committee that hides its accounts has already lost the trust of the gardeners",
        ),
        (
            "The committee must answer to the members every month, Kowal told the trust of the "
            "gardeners",
            "The committee must answer to the members every month",
        ),
    ],
)
def test_frame_words_that_also_stand_in_the_passage_stay_the_frame(index, pasted, quote):
    result = verify(index, pasted)
    assert (result.verdict, result.quote, result.differences) == ("exact", quote, ())
    assert (result.claimed_speaker, result.attribution) == ("Kowal", "correct")
