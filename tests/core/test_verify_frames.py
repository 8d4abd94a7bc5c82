"""A member's lead-in (or a tail reporting the quotation) may be as long as they like, and a
quotation they misremember by a word or two is still shown close to the real one; an unnamed
speaker never reads as a name."""

import pytest

from bot.core.search import SearchIndex
from bot.core.verify import summary, verify
from tests.fixtures.meeting import meeting_corpus

TASK = "the communist bureaucrat is the most dangerous type of bureaucrat"
LONG_LEAD_INS = [
    "In his speech to the eighth congress of the Young Communist League in May 1928, Stalin "
    "warned the delegates that",
    "Someone in my reading group told me last week that Stalin once said",
    "I remember reading somewhere in one of these essays, years ago, the line that",
]


@pytest.mark.parametrize("lead_in", LONG_LEAD_INS)
def test_a_long_lead_in_is_a_frame_and_the_words_after_it_are_checked(index, lead_in):
    result = verify(index, f"{lead_in} {TASK}.")
    assert result.verdict == "exact"
    assert result.passage is not None and result.passage.id == "rule-stalin-communist-bureaucrat"
    assert result.quote.lower() == TASK
    assert result.attribution in ("correct", "unknown")


@pytest.mark.parametrize("lead_in", LONG_LEAD_INS)
@pytest.mark.parametrize(
    ("altered", "changed"),
    [
        (TASK.replace("dangerous type", "harmful sort"), {"harmful", "sort"}),
        (TASK.replace("the most dangerous", "the dangerous"), {"most"}),
        (TASK.replace("most dangerous type", "most dangerous and harmful type"), {"and harmful"}),
        (TASK.replace("communist bureaucrat is", "bureaucrat communist is"), {"communist"}),
    ],
)
def test_a_misremembered_quotation_after_a_long_lead_in_is_close_with_its_changes(
    index, lead_in, altered, changed
):
    result = verify(index, f"{lead_in} {altered}.")
    assert result.verdict == "close", result
    assert result.passage is not None and result.passage.id == "rule-stalin-communist-bureaucrat"
    shown = " ".join(f"{d.quoted} {d.source}" for d in result.differences)
    assert all(words in shown for words in changed), result.differences
    headline = summary(index.corpus, result).headline
    assert headline.startswith("Close to a real quotation (")
    assert "J. V. Stalin" in headline


@pytest.mark.parametrize(
    "text",
    [
        # Unrelated words after a long lead-in.
        f"{LONG_LEAD_INS[1]} the weather in the mountains is the most pleasant kind of weather.",
        # A real opening turned to an invented claim.
        f"{LONG_LEAD_INS[0]} the communist bureaucrat must be shot without trial at once.",
        f"{LONG_LEAD_INS[2]} every kulak is the most dangerous type of class enemy in the village.",
    ],
)
def test_a_long_lead_in_does_not_make_other_words_close(index, text):
    assert verify(index, text).verdict == "not_found"


LONG_LEAD_OUTS = [
    ", said Stalin to the eighth congress of the Young Communist League in May 1928 when he "
    "spoke about bureaucrats in the party",
    " \u2014 Stalin, speaking to the eighth congress of the Young Communist League in May 1928 "
    "about the bureaucrats in the party and the state",
    ", as I remember my teacher telling us in class many years ago when we read the speech",
]


@pytest.mark.parametrize("lead_out", LONG_LEAD_OUTS)
def test_a_long_tail_that_reports_the_quotation_is_a_frame(index, lead_out):
    result = verify(index, f"{TASK.replace('dangerous type', 'harmful sort')}{lead_out}")
    assert result.verdict == "close", result
    assert result.passage is not None and result.passage.id == "rule-stalin-communist-bureaucrat"
    assert result.quote.lower() == TASK.replace("dangerous type", "harmful sort")
    assert result.attribution in ("correct", "unknown")


@pytest.mark.parametrize(
    "text",
    [
        f"{TASK}, as long as the party keeps shooting them without trial in every village",
        f"{TASK}, for he never reads the letters that the workers write to him each week",
    ],
)
def test_an_invented_ending_after_a_comma_is_not_a_frame(index, text):
    assert verify(index, text).verdict == "not_found"


@pytest.fixture(scope="module")
def meeting_index():
    return SearchIndex(meeting_corpus())


REPLY = "The accounts, Madam Chair? We have discussed them thoroughly."


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (REPLY, "Real quotation: the words of “the society's treasurer” (the essay does not name"),
        (
            f"Olga Brandt: {REPLY}",
            "Real words, wrong speaker: “the society's treasurer” (the essay does not name them),"
            " not Olga Brandt",
        ),
        (
            REPLY.replace("thoroughly", "properly"),
            "Close to a real quotation (1 word differs): the words of “the society's treasurer” "
            "(the essay does not name them)",
        ),
    ],
)
def test_an_unnamed_speaker_is_shown_as_the_essays_description_not_a_name(
    meeting_index, text, start
):
    result = verify(meeting_index, text)
    assert result.true_speaker == "treasurer"
    assert summary(meeting_index.corpus, result).headline.startswith(start)
