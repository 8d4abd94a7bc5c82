"""Whether the claimed speaker is right, for a quotation that runs on from one passage of a
speaker into the next (the sample essay: Stalin's "worst enemies" and "communist bureaucrat")."""

import pytest

from bot.core.verify import verify

RUNNING_ON = (
    "It exists in all our organisations \u2013 party, YCL, trade union and economic. "
    "The communist bureaucrat is the most dangerous type of bureaucrat."
)


@pytest.mark.parametrize(
    ("claim", "attribution"),
    [("Stalin said: ", "correct"), ("Joseph Stalin: ", "correct"), ("Lenin said: ", "wrong")],
)
def test_a_claim_on_a_quotation_across_two_passages_is_judged(index, claim, attribution):
    result = verify(index, claim + RUNNING_ON)
    assert result.verdict == "exact"
    assert result.passage is not None and result.passage.id == "rule-stalin-enemies"
    assert result.continued is not None
    assert (result.attribution, result.true_speaker) == (attribution, "stalin")
    assert result.claimed_speaker_id == ("lenin" if attribution == "wrong" else "stalin")


def test_without_a_claim_nothing_is_judged_right_or_wrong(index):
    result = verify(index, RUNNING_ON)
    assert result.verdict == "exact" and result.attribution not in ("correct", "wrong")
