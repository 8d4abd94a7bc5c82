"""A word a member opens a paste with ("Honestly:", "Look:", "Reminder:", "Fun fact:") frames
the quotation and is never read as the speaker claimed, even in a server's small reading whose
text never writes that word; a name before a colon still is one."""

import pytest

from bot.core.search import SearchIndex
from bot.core.verify import summary, verify
from tests.fixtures.canal import canal_corpus

QUOTE = "nobody was paid for the digging, and nobody asked to be."


@pytest.fixture(scope="module")
def canal_index() -> SearchIndex:
    return SearchIndex(canal_corpus())


@pytest.mark.parametrize(
    "opening",
    ["Honestly:", "Look:", "Frankly:", "Again:", "Reminder:", "Fun fact:", "PSA:", "Basically —"],
)
def test_a_framing_word_before_the_quotation_claims_no_speaker(canal_index, opening):
    result = verify(canal_index, f"{opening} {QUOTE}")
    assert result.verdict == "exact"
    assert result.true_speaker == "hale"
    assert result.claimed_speaker is None and result.attribution == "unknown"
    # The member's words are shown as their framing, not dropped.
    assert result.framing == (opening.rstrip(":— "),)
    headline = summary(canal_index.corpus, result).headline
    assert headline == "Real quotation: the words of Tomas Hale", headline


@pytest.mark.parametrize(
    ("text", "claimed", "attribution"),
    [
        (f"Honestly, Mao said: {QUOTE}", "Mao", "wrong"),
        (f"Look, Orme said: {QUOTE}", "Orme", "wrong"),
        (f"Frankly: “{QUOTE}” — Hale", "Hale", "correct"),
        (f"Mao at the party congress: {QUOTE}", "Mao", "wrong"),
        (f"Mao: {QUOTE}", "Mao", "wrong"),
        # Surnames in -lly and -ley are names, not adverbs.
        (f"Connolly: {QUOTE}", "Connolly", "wrong"),
        (f"Huxley: {QUOTE}", "Huxley", "wrong"),
    ],
)
def test_a_name_beside_a_framing_word_is_still_the_claim(canal_index, text, claimed, attribution):
    result = verify(canal_index, text)
    assert result.verdict == "exact"
    assert (result.claimed_speaker, result.attribution) == (claimed, attribution)
    if attribution == "wrong":
        headline = summary(canal_index.corpus, result).headline
        assert headline == f"Real words, wrong speaker: Tomas Hale, not {claimed}", headline
