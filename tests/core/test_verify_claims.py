"""Verify on an invented reading: claims in any form, one verdict, insertions, close vs made up."""

import pytest

from bot.core.alignment import sentence_span
from bot.core.insertions import insertion_owner
from bot.core.search import SearchIndex
from bot.core.verify import marked_text, summary, verify
from tests.fixtures.allotment import allotment_corpus

HIDES = "a committee that hides its accounts has already lost the trust of the gardeners"


@pytest.fixture(scope="module")
def index():
    return SearchIndex(allotment_corpus())


@pytest.mark.parametrize(
    ("text", "claimed", "claimed_id", "attribution"),
    [
        (f"According to Kowal, {HIDES}.", "Kowal", "kowal", "correct"),
        (f"jan kowal: {HIDES}", "jan kowal", "kowal", "correct"),
        (f"Kowal's warning: \u201c{HIDES}\u201d", "Kowal", "kowal", "correct"),
        (f"\u201c{HIDES}\u201d \u2014 J. Kowal, 2019", "J. Kowal", "kowal", "correct"),
        (f"Novak joked that {HIDES}", "Novak", "novak", "wrong"),
        (f"MARA NOVAK TOLD THE MEETING: {HIDES.upper()}", "MARA NOVAK", "novak", "wrong"),
        (f"Chairman Mao: {HIDES}", "Chairman Mao", None, "wrong"),
        (f"{HIDES} (Winston Churchill, 1946)", "Winston Churchill", None, "wrong"),
        (HIDES, None, None, "unknown"),
    ],
)
def test_a_claim_in_any_form_is_read_from_the_frame_and_never_a_difference(
    index, text, claimed, claimed_id, attribution
):
    result = verify(index, text)
    assert result.verdict == "exact"
    assert result.differences == ()
    assert result.true_speaker == "kowal"
    assert (result.claimed_speaker, result.claimed_speaker_id) == (claimed, claimed_id)
    assert result.attribution == attribution


def test_a_wrong_speaker_is_never_a_good_verdict_and_names_the_true_one(index):
    corpus = index.corpus
    wrong = summary(corpus, verify(index, f"Novak said: {HIDES}"))
    assert (wrong.headline, wrong.severity) == (
        "Real words, wrong speaker: Jan Kowal, not Novak",
        "bad",
    )
    right = summary(corpus, verify(index, f"Kowal said: {HIDES}"))
    assert (right.headline, right.severity) == ("Real quotation, right speaker: Jan Kowal", "good")
    close = summary(corpus, verify(index, f"Kowal said: {HIDES.replace('trust', 'love')}"))
    assert close.severity == "warning"
    assert close.headline == "Close to a real quotation (1 word differs), right speaker: Jan Kowal"
    close_wrong = summary(corpus, verify(index, f"Novak: {HIDES.replace('trust', 'love')}"))
    assert close_wrong.severity == "bad"
    assert "wrong speaker: Jan Kowal, not Novak" in close_wrong.headline
    missing = summary(corpus, verify(index, "Kowal said: the committee must sell the tools"))
    assert (missing.headline, missing.severity) == ("Not in the corpus", "bad")


@pytest.mark.parametrize(
    ("text", "insertion"),
    [
        (
            "every month. [This is the rule the society later forgot \u2013 AR] A committee that "
            "hides",
            "included",
        ),
        ("answer to the members every month. A committee that hides its accounts", "left_out"),
        ("The committee must answer to the members every month", "none"),
    ],
)
def test_the_speakers_words_with_or_without_the_editors_note_are_exact(index, text, insertion):
    result = verify(index, f"Kowal: {text}")
    assert (result.verdict, result.true_speaker, result.attribution) == (
        "exact",
        "kowal",
        "correct",
    )
    assert result.insertion == insertion


def test_the_editors_note_alone_is_the_essay_authors_words(index):
    alone = verify(index, "This is the rule the society later forgot")
    assert (alone.verdict, alone.true_speaker, alone.insertion) == ("exact", "ada-reader", "only")
    claimed_for_speaker = verify(index, "Kowal: this is the rule the society later forgot")
    assert (claimed_for_speaker.attribution, claimed_for_speaker.true_speaker) == (
        "wrong",
        "ada-reader",
    )
    headline = summary(index.corpus, claimed_for_speaker).headline
    assert headline == "Real words, wrong speaker: Ada Reader, not Kowal"
    claimed_for_author = verify(
        index, "As Ada Reader notes, this is the rule the society later forgot"
    )
    assert claimed_for_author.attribution == "correct"


def test_a_few_changed_words_are_close_with_the_source_sentence_marked(index):
    result = verify(index, "The committee must report to the members every week.")
    assert result.verdict == "close"
    assert [(d.kind, d.quoted, d.source) for d in result.differences] == [
        ("changed", "report", "answer"),
        ("changed", "week", "month"),
    ]
    assert marked_text(result) == (
        "The committee must [-report-]{+answer+} to the members every [-week-]{+month+}."
    )
    dropped = verify(index, "The work is done by people who turn up on mornings.")
    assert dropped.verdict == "close"
    assert [(d.kind, d.source) for d in dropped.differences] == [("missing", "Saturday")]


def test_sentences_joined_without_an_ellipsis_are_close_with_one_exact(index):
    first, third = (
        "No rule written on paper ever watered a single bed.",
        "They carry the cans themselves.",
    )
    joined = verify(index, f"{first} {third}")
    assert (joined.verdict, joined.joined) == ("close", True)
    assert "sentences joined without" in summary(index.corpus, joined).headline
    assert joined.sentences is not None
    shown = joined.passage.text[joined.sentences[0] : joined.sentences[1]]
    assert shown.startswith(first) and "They carry the cans themselves" in shown
    elided = verify(index, f"{first} \u2026 {third}")
    assert (elided.verdict, elided.joined) == ("exact", False)


@pytest.mark.parametrize(
    "made_up",
    [
        "The committee must never answer to the members, for gardeners cannot read accounts.",
        "Kowal said that the members should water the committee every Saturday.",
        "No committee ever lost the trust of the gardeners by hiding its accounts.",
        "Novak: the work is done by the committee, and the members only carry the cans.",
    ],
)
def test_made_up_quotations_in_the_same_words_are_not_found(index, made_up):
    result = verify(index, made_up)
    assert result.verdict == "not_found"
    assert result.passage is None


def test_an_insertion_belongs_to_whoever_made_it(index):
    passage = index.corpus.get("a-kowal")
    note = passage.insertions[0]
    assert insertion_owner(index.corpus, passage, note) == "ada-reader"
    assert insertion_owner(index.corpus, passage, (note[0] + 1, note[1] - 1)) == "ada-reader"
    assert insertion_owner(index.corpus, passage, (0, note[0] + 3)) is None


def test_words_after_the_quotation_are_a_frame_only_when_cut_off(index):
    assert verify(index, f"{HIDES} -- 2019").verdict == "exact"
    assert verify(index, f"{HIDES} (p. 3)").verdict == "exact"
    added = verify(index, f"{HIDES}, not really")
    assert added.verdict != "exact"
    assert all(d.kind == "extra" for d in added.differences)


@pytest.mark.parametrize(
    ("text", "quoted", "sentence"),
    [
        (
            "Nobody reads the minutes. (Murmurs.) We will read them aloud.",
            "Murmurs",
            "(Murmurs.)",
        ),
        (
            "She asked: \u201cWho holds the key?\u201d Nobody answered.",
            "holds the key",
            "She asked: \u201cWho holds the key?\u201d",
        ),
        (
            "The hall replied (\u2018Hear, hear!\u2019) and the vote was taken. Then tea.",
            "the vote was taken",
            "The hall replied (\u2018Hear, hear!\u2019) and the vote was taken.",
        ),
    ],
)
def test_the_sentence_shown_around_a_quotation_keeps_its_closing_marks(text, quoted, sentence):
    start = text.index(quoted)
    begin, end = sentence_span(text, start, start + len(quoted))
    assert text[begin:end].strip() == sentence
