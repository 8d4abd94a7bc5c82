"""Verify's headline is honest about each part of what a member pasted, on an invented
reading verify was not built on (a bell foundry's two founders):

- "Ivo said A and that B" with A found nowhere: the headline says the first part is in no
  passage before it says anything of B, and is never just "right speaker" (a claim half
  invented is a claim the member should not repeat);
- a framing word standing as its own sentence after the quotation ("… Honestly.") is the
  member's aside, set apart like one before it ("Honestly: …"), not words added to it."""

import pytest

from bot.core.models import Corpus, Speaker
from bot.core.search import SearchIndex
from bot.core.verify import summary, verify
from tests.fixtures.invented import invented_source, placed

PARTNER = "the furnace is the only partner who never argues about money"  # Ivo's, quoted
# in the essay's own sentence below
IVO = "A bell is tuned once, at the lathe, and after that it can only be rung or broken."
DORA = "We sold the bells by weight because the parishes would not pay for the tone."
IVO_LATER = "The furnace never cooled in forty years, not even for the funeral of my father."
ESSAY = (
    "The bell foundry at Eastwick\n\n"
    f"Ivo Marsh told his apprentices: \u201c{IVO}\u201d\n\n"
    f"His partner Dora Quill kept the books, and she was blunter: \u201c{DORA}\u201d\n\n"
    f"Late in life Marsh wrote: \u201c{IVO_LATER}\u201d\n\n"
    f"Marsh liked to repeat that \u201c{PARTNER}\u201d, and the apprentices mocked him for it.\n"
)
MOCKED = f"Marsh liked to repeat that \u201c{PARTNER}\u201d, and the apprentices mocked him for it."
INVENTED = "the foundry cast a bell for every village in the county"


@pytest.fixture(scope="module")
def foundry() -> SearchIndex:
    corpus = Corpus(
        sources=[invented_source("bells", "The bell foundry", "Sam Reader", "sam-reader", 2022)],
        speakers=[
            Speaker(id="sam-reader", name="Sam Reader", aliases=("Reader",)),
            Speaker(id="ivo", name="Ivo Marsh", aliases=("Marsh", "Ivo")),
            Speaker(id="dora", name="Dora Quill", aliases=("Quill", "Dora")),
        ],
        works=[],
        topics=[],
        passages=[
            placed(ESSAY, "bells", "b-ivo", "ivo", "quotation", IVO),
            placed(ESSAY, "bells", "b-dora", "dora", "quotation", DORA),
            placed(ESSAY, "bells", "b-ivo-later", "ivo", "quotation", IVO_LATER),
            placed(ESSAY, "bells", "b-reader", "sam-reader", "commentary", MOCKED),
            placed(ESSAY, "bells", "b-partner", "ivo", "quotation", PARTNER),
        ],
        source_texts={"bells": ESSAY},
    )
    return SearchIndex(corpus)


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


@pytest.mark.parametrize(
    "joined",
    ["{a}, and that {b}", "{a} and that {b}", "{a} and also that {b}", "{a}, but that {b}"],
)
def test_an_invented_first_part_is_said_first_whatever_the_second_is(foundry, joined):
    text = "Ivo said " + joined.format(a=INVENTED, b=lower_first(IVO_LATER))
    result = verify(foundry, text)
    assert result.passage is not None and result.passage.id == "b-ivo-later"
    verdict = summary(foundry.corpus, result)
    assert verdict.headline == (
        "First part not in the corpus; second part: real quotation, right speaker: Ivo Marsh"
    ), verdict.headline
    assert verdict.severity == "bad"
    assert [d.quoted for d in result.differences if d.kind == "extra"] == [INVENTED]


def test_an_invented_first_part_before_someone_elses_words_says_both(foundry):
    result = verify(foundry, f"Ivo said {INVENTED} and that {lower_first(DORA)}")
    verdict = summary(foundry.corpus, result)
    assert verdict.headline == (
        "First part not in the corpus; second part: real words, wrong speaker: Dora Quill, not Ivo"
    ), verdict.headline
    assert verdict.severity == "bad"


def test_a_second_part_changed_is_counted_without_the_invented_first(foundry):
    changed = lower_first(IVO_LATER).replace("forty", "fifty")
    result = verify(foundry, f"Marsh said {INVENTED}, and that {changed}")
    verdict = summary(foundry.corpus, result)
    assert verdict.headline == (
        "First part not in the corpus; second part: close to a real quotation (1 word differs),"
        " right speaker: Ivo Marsh"
    ), verdict.headline


def test_two_real_parts_keep_their_headline(foundry):
    result = verify(foundry, f"Ivo said {lower_first(IVO)[:-1]} and that {lower_first(IVO_LATER)}")
    assert summary(foundry.corpus, result).headline == "Real quotation, right speaker: Ivo Marsh"


@pytest.mark.parametrize(
    "text",
    [
        f"{DORA} Honestly.",
        f"{DORA} Seriously though!",
        f"Quill: {DORA} Frankly.",
        f"{DORA[:-1]}! Wow.",
        f"Honestly. {DORA}",
        f"Look. {DORA}",
    ],
)
def test_a_framing_word_standing_alone_beside_the_quotation_is_set_apart(foundry, text):
    result = verify(foundry, text)
    assert result.verdict == "exact", (result.verdict, result.differences)
    assert result.passage is not None and result.passage.id == "b-dora"
    assert result.true_speaker == "dora"
    assert any(
        piece in {"Honestly", "Seriously though", "Frankly", "Wow", "Look"}
        for piece in result.framing
    ), result.framing
    assert result.attribution in {"correct", "unknown"}


@pytest.mark.parametrize(
    "text",
    [
        f"{DORA} Tuesday.",  # a word that frames nothing: the member's, shown as added
        f"{DORA[:-1]}, honestly.",  # no sentence end between: may be the quotation's own
    ],
)
def test_other_words_after_the_quotation_stay_the_members_additions(foundry, text):
    result = verify(foundry, text)
    assert result.verdict == "close"
    assert [d.kind for d in result.differences] == ["extra"]


def test_an_invented_first_part_is_checked_when_the_second_is_quoted_in_the_essays_words(
    foundry,
):
    """B stands verbatim in the essay's own sentence ("… liked to repeat that ‘B’"): matched
    from "that B" on, the claim once read A as the member's framing and gave B to the essay's
    author ("wrong speaker: Sam Reader (quoting Ivo Marsh)"). A is checked, B is Ivo's."""
    result = verify(foundry, f"Marsh said the bells were cast at night, and that {PARTNER}.")
    assert result.passage is not None and result.passage.id == "b-partner"
    assert result.attribution == "correct"
    verdict = summary(foundry.corpus, result)
    assert verdict.headline == (
        "First part not in the corpus; second part: real quotation, right speaker: Ivo Marsh"
    ), verdict.headline
    assert result.framing[0] == "Marsh said … and that"
    # The same words reported once, without an invented part, stay exact and right.
    alone = verify(foundry, f"Marsh said that {PARTNER}.")
    assert summary(foundry.corpus, alone).headline == "Real quotation, right speaker: Ivo Marsh"


@pytest.mark.parametrize("joined", ["{a} and that {b}", "{a}, and that {b}", "{a} but that {b}"])
def test_an_invented_second_part_is_said_and_the_real_first_one_is_not_hidden(foundry, joined):
    """Once the whole paste was "Not in the corpus": Ivo's real words were hidden with the
    invented ones."""
    real = lower_first(IVO_LATER).rstrip(".")
    result = verify(foundry, "Ivo said " + joined.format(a=real, b=INVENTED) + ".")
    assert result.passage is not None and result.passage.id == "b-ivo-later"
    verdict = summary(foundry.corpus, result)
    assert verdict.headline == (
        "Second part not in the corpus; first part: real quotation, right speaker: Ivo Marsh"
    ), verdict.headline
    assert verdict.severity == "bad"
    assert [d.quoted for d in result.differences if d.kind == "extra"] == [INVENTED]


def test_a_joined_report_found_nowhere_is_still_not_in_the_corpus(foundry):
    result = verify(foundry, f"Ivo said {INVENTED} and that the bells were cast at night.")
    assert result.passage is None
    assert summary(foundry.corpus, result).headline == "Not in the corpus"
