"""How members phrase a claim around a quotation, written before reading the claim parser:
each phrasing must find the quotation, the speaker named (or none) and judge the attribution
the way a member reading the verdict expects."""

import pytest

from bot.core.verify import summary, verify

QUOTE = "Bureaucracy is one of the worst enemies of our progress."
BARE = QUOTE.rstrip(".")
LOWER = "bureaucracy is one of the worst enemies of our progress"

RIGHT = [
    f"Stalin once said {LOWER}.",
    f"Stalin once said that {LOWER}.",
    f"As Stalin put it, {LOWER}.",
    f"\u201c{QUOTE}\u201d \u2014 Stalin",
    f"\u201c{QUOTE}\u201d (Stalin, 1928)",
    f'"{QUOTE}" (Stalin 1928)',
    f"According to Stalin, {LOWER}.",
    f"Stalin: {QUOTE}",
    f"stalin: {LOWER}",
    f"{BARE} - Stalin",
    f"**\u201c{QUOTE}\u201d** \u2014 Stalin",
    f"> {QUOTE}\n\u2014 Stalin",
    f"> {QUOTE}\n> \u2014 *Stalin*",
    f'\U0001f525 "{BARE}" \U0001f525 - Stalin \U0001f440',
    f"'{QUOTE}' - Stalin",
    f"\u201e{QUOTE}\u201c \u2013 Stalin",
    f"J. V. Stalin said: {QUOTE}",
    f"JV Stalin: {QUOTE}",
    f"Joseph Stalin wrote that {LOWER}.",
    f"Comrade Stalin said {LOWER}.",
    f"Stalin's line that {LOWER}.",
    f"Stalin\u2019s famous words: {QUOTE}",
    f"Staline said that {LOWER}.",
    f"Stallin: {QUOTE}",
    f"{QUOTE} (J.V. Stalin)",
    f"In 1928 Stalin told the Young Communist League that {LOWER}.",
    f"Stalin, in his 1928 speech to the eighth congress of the Young Communist League, "
    f"warned the delegates that {LOWER}.",
    f"Someone in my group who reads Lenin a lot told me that Stalin once said {LOWER}.",
]

WRONG = [
    (f"Lenin once said {LOWER}.", "lenin"),
    (f"As Lenin put it, {LOWER}.", "lenin"),
    (f"\u201c{QUOTE}\u201d \u2014 Lenin", "lenin"),
    (f"\u201c{QUOTE}\u201d (Lenin, 1919)", "lenin"),
    (f"According to Lenin, {LOWER}.", "lenin"),
    (f"Lenin: {QUOTE}", "lenin"),
    (f"{BARE} - Lenin", "lenin"),
    (f"Lenin's line that {LOWER}.", "lenin"),
    (f"V.I. Lenin wrote: {QUOTE}", "lenin"),
    (f"Lennin said {LOWER}.", "lenin"),
    (f"Dr Ludo Martens wrote that {LOWER}.", "ludo-martens"),
    (f"Martens: {QUOTE}", "ludo-martens"),
    (f"Carlos Rule wrote that {LOWER}.", "carlos-rule"),
    (f"As the essay's author Carlos Rule says, {LOWER}.", "carlos-rule"),
    (f"Rule: {QUOTE}", "carlos-rule"),
    (f"Churchill once said {LOWER}.", None),
    (f"\u201c{QUOTE}\u201d \u2014 Winston Churchill, 1946", None),
    (f"Rev. Martin Luther King said {LOWER}.", None),
    (f"Lenin, in a letter to Stalin, wrote: \u201c{QUOTE}\u201d", "lenin"),
    (f"Lenin or Martens said {LOWER}.", "lenin"),
]


@pytest.mark.parametrize("text", RIGHT)
def test_a_right_speaker_is_confirmed_however_the_claim_is_phrased(index, text):
    result = verify(index, text)
    assert result.verdict == "exact", result
    assert result.true_speaker == "stalin"
    assert result.claimed_speaker_id == "stalin", result.claimed_speaker
    assert result.attribution == "correct"
    headline = summary(index.corpus, result).headline
    assert headline.startswith("Real quotation, right speaker"), headline


@pytest.mark.parametrize(("text", "claimed"), WRONG)
def test_a_wrong_speaker_is_named_and_the_true_one_given(index, text, claimed):
    result = verify(index, text)
    assert result.verdict == "exact", result
    assert result.attribution == "wrong", result
    assert result.claimed_speaker_id == claimed, result.claimed_speaker
    headline = summary(index.corpus, result).headline
    assert headline.startswith("Real words, wrong speaker: J. V. Stalin, not "), headline


@pytest.mark.parametrize(
    "text",
    [
        QUOTE,
        f"\u201c{QUOTE}\u201d",
        f"> {QUOTE}",
        f"Someone said {LOWER}.",
        f"I read that {LOWER}.",
        f"**{QUOTE}** \U0001f914",
    ],
)
def test_a_quotation_claimed_for_nobody_is_not_given_a_speaker(index, text):
    result = verify(index, text)
    assert result.verdict == "exact", result
    assert result.claimed_speaker is None, result.claimed_speaker
    assert result.attribution == "unknown"
    headline = summary(index.corpus, result).headline
    assert headline == "Real quotation: the words of J. V. Stalin", headline


@pytest.mark.parametrize(
    "text",
    [
        f"Lenin or Stalin said {LOWER}.",
        f"Stalin (or was it Lenin?): {QUOTE}",
        f"Lenin/Stalin: {QUOTE}",
    ],
)
def test_two_names_one_of_them_right_is_not_called_wrong(index, text):
    result = verify(index, text)
    assert result.verdict == "exact"
    assert result.attribution != "wrong", result
    assert "J. V. Stalin" in summary(index.corpus, result).headline


@pytest.mark.parametrize(
    "text", [f"Apparently {LOWER}.", f"Needless to say, {LOWER}.", f"{QUOTE} Discuss!"]
)
def test_an_ordinary_capitalised_word_beside_a_quotation_is_nobody(index, text):
    result = verify(index, text)
    assert result.verdict in ("exact", "close")
    assert result.claimed_speaker is None
    assert "speaker" not in summary(index.corpus, result).headline
