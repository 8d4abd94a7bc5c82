"""Invented words dressed as a member's framing never pass as a real quotation.

Written before verify's frame rules were changed (issue verify16), by reading the shipped essays
and the canal reading: a frame is set aside only when it is a report or a citation (", said
Stalin", "— Stalin, 1928", "(Stalin, 1928, p. 4)", "Stalin once said that"); words the member
puts before the reporting words of a tail, or coordinates with the quotation inside a lead-in
("Stalin said A and that B"), are the member's claimed quotation and count as changed words.
Whatever is set aside is shown as the member's framing, so nothing vanishes unseen."""

import pytest

from bot.core.models import Corpus, Speaker
from bot.core.search import SearchIndex
from bot.core.verify import verify
from tests.fixtures.canal import HALE, ORME, canal_corpus
from tests.fixtures.invented import invented_source, placed

REFERRING = (
    "I am referring to the bureaucratic elements to be found in our party, government, trade "
    "union, co-operative and all other organisations"
)
ENEMIES = "Bureaucracy is one of the worst enemies of our progress"
LITERACY = "Without literacy no politics, but only rumours, small talk and prejudices"
FAMILIES = HALE[2].rstrip(".")  # "We owe the canal to the families, not to the council …"
LOCKS = ORME.split(". ")[1].rstrip(".")  # "Without the locks the water would never have …"


@pytest.fixture(scope="module")
def canal_index():
    return SearchIndex(canal_corpus())


def _changed(result) -> str:
    return " ".join(f"{d.quoted} {d.source}" for d in result.differences).lower()


def _framing(result) -> str:
    return " | ".join(result.framing).lower()


# (corpus, pasted text, invented words that must never vanish)
INVENTED_BEFORE_A_REPORTING_TAIL = [
    ("shipped", f"{REFERRING}, and the kulaks must be shot at once, said Stalin", "kulaks"),
    ("shipped", f"{REFERRING}, and they must all be shot, Stalin said", "shot"),
    (
        "shipped",
        f"{ENEMIES}, and every priest in the village is its agent, Stalin wrote in 1928",
        "priest",
    ),
    (
        "shipped",
        f"{LITERACY}, and the old intelligentsia must be sent to the camps \u2014 Lenin, 1921",
        "intelligentsia",
    ),
    ("shipped", f"{ENEMIES} and the peasants are its army (Stalin, 1928, p. 4)", "peasants"),
    ("shipped", f"{ENEMIES}, so every kulak must be deported, as Stalin put it", "deported"),
    ("canal", f"{FAMILIES}, and the council should be dissolved, as Hale put it", "dissolved"),
    (
        "canal",
        f"{LOCKS}, and the mill owners paid nothing, said Orme to the assembly in 1921",
        "mill",
    ),
]

INVENTED_INSIDE_A_LEAD_IN = [
    ("shipped", f"Stalin said the kulaks must all be shot and that {REFERRING}", "kulaks"),
    (
        "shipped",
        f"Lenin wrote that the priests are parasites and also that {LITERACY.lower()}.",
        "priests",
    ),
    (
        "canal",
        f"Hale said the council stole the water, and that {FAMILIES.lower()}.",
        "stole",
    ),
    (
        "canal",
        f"As Hale put it, the council cheated every family, and that {FAMILIES.lower()}.",
        "cheated",
    ),
]

INVENTED_SENTENCE_APPENDED_WITH_A_CITATION = [
    (
        "shipped",
        f"{ENEMIES}. The kulaks must be liquidated by the spring. (Stalin, 1928)",
        "kulaks",
    ),
    ("shipped", f"{REFERRING}. We shall shoot them all \u2014 Stalin, 1928", "shoot"),
    ("canal", f"{FAMILIES}. The council are thieves and liars. (Hale, 1921)", "thieves"),
]


@pytest.mark.parametrize(
    ("corpus", "text", "invented"),
    INVENTED_BEFORE_A_REPORTING_TAIL
    + INVENTED_INSIDE_A_LEAD_IN
    + INVENTED_SENTENCE_APPENDED_WITH_A_CITATION,
)
def test_invented_words_in_a_frame_are_never_confirmed_as_the_quotation(
    shipped_index, canal_index, corpus, text, invented
):
    index = shipped_index if corpus == "shipped" else canal_index
    result = verify(index, text)
    assert result.verdict != "exact", (result.quote, result.framing)
    if result.verdict == "close":  # then the invented words are shown among the changes
        assert invented in _changed(result), result.differences
        assert invented not in _framing(result)


# A real quotation with a real report or citation after it: exact, the tail shown as framing.
REAL_TAILS = [
    (
        "shipped",
        ENEMIES,
        ", said Stalin to the plenum in 1928",
        "said stalin to the plenum in 1928",
    ),
    ("shipped", ENEMIES, ", Stalin said", "stalin said"),
    ("shipped", ENEMIES, ", as Stalin put it", "as stalin put it"),
    ("shipped", ENEMIES, " \u2014 Stalin, 1928", "stalin, 1928"),
    ("shipped", ENEMIES, " (Stalin, 1928, p. 4)", "stalin, 1928, p. 4"),
    ("shipped", LITERACY, ", wrote Lenin", "wrote lenin"),
    ("shipped", REFERRING, ", said Stalin", "said stalin"),
    ("canal", FAMILIES, ", as Hale told the first assembly", "as hale told the first assembly"),
    ("canal", LOCKS, " \u2014 Ines Orme, 1921", "ines orme, 1921"),
    ("canal", LOCKS, ", Orme answered him", "orme answered him"),
]


@pytest.mark.parametrize(("corpus", "quote", "tail", "shown"), REAL_TAILS)
def test_a_real_quotation_with_a_real_report_after_it_stays_exact(
    shipped_index, canal_index, corpus, quote, tail, shown
):
    index = shipped_index if corpus == "shipped" else canal_index
    result = verify(index, f"{quote}{tail}")
    assert result.verdict == "exact", (result.quote, result.framing)
    assert result.attribution == "correct"
    assert result.quote.lower().rstrip(".") == quote.lower()
    assert _framing(result).endswith(shown)


REAL_LEAD_INS = [
    ("shipped", "Stalin once said", ENEMIES.lower()),
    ("shipped", "Stalin once said that", ENEMIES.lower()),
    ("shipped", "As Stalin put it,", ENEMIES.lower()),
    ("shipped", "According to Stalin,", ENEMIES.lower()),
    ("shipped", "In 1928 Stalin told the Young Communist League that", ENEMIES.lower()),
    (
        "shipped",
        "Someone in my group who reads Lenin a lot told me that Stalin once said",
        ENEMIES.lower(),
    ),
    ("shipped", "Lenin\u2019s famous line:", LITERACY),
    ("canal", "Tomas Hale told the first assembly that", FAMILIES.lower()),
    ("canal", "Ines Orme answered him:", LOCKS),
    ("canal", "At the assembly, Orme warned the council that", LOCKS.lower()),
]


@pytest.mark.parametrize(("corpus", "lead_in", "quote"), REAL_LEAD_INS)
def test_a_real_quotation_after_a_real_lead_in_stays_exact_and_shows_the_lead_in(
    shipped_index, canal_index, corpus, lead_in, quote
):
    index = shipped_index if corpus == "shipped" else canal_index
    result = verify(index, f"{lead_in} {quote}.")
    assert result.verdict == "exact", (result.quote, result.framing)
    assert result.attribution == "correct"
    assert result.framing and result.framing[0].lower() == lead_in.lower().rstrip(",:")


def test_a_lead_in_holding_more_than_a_claim_is_shown_as_the_members_framing(shipped_index):
    """Words about the speaker, not presented as what they said, are set aside, but shown."""
    result = verify(shipped_index, f"Stalin, who had the kulaks shot, said that {ENEMIES.lower()}.")
    assert result.verdict == "exact"
    assert "who had the kulaks shot" in _framing(result)


def test_a_misremembered_quotation_between_a_lead_in_and_a_tail_is_close_with_both_shown(
    canal_index,
):
    result = verify(
        canal_index,
        f"Hale told the assembly that {FAMILIES.replace('later named', 'then named')}, "
        "as I remember it",
    )
    assert result.verdict == "close"
    assert "then" in _changed(result)
    assert result.framing == ("Hale told the assembly that", "as I remember it")


def test_quote_marks_set_the_words_outside_them_aside_and_show_them(shipped_index):
    result = verify(shipped_index, f"\u201c{ENEMIES}.\u201d \u2014 Stalin, 1928")
    assert result.verdict == "exact"
    assert result.framing == ("Stalin, 1928",)


def test_a_bare_quotation_sets_nothing_aside(shipped_index):
    assert verify(shipped_index, f"{ENEMIES}.").framing == ()
    assert verify(shipped_index, f"\u201c{ENEMIES}.\u201d").framing == ()


def test_a_quotation_not_found_shows_what_was_set_aside_around_it(shipped_index):
    result = verify(shipped_index, "Stalin said: the kulaks must all be shot before the spring")
    assert result.verdict == "not_found"
    assert result.framing == ("Stalin said",)


# An essay whose own lead-in shares words with a member's inverted tail: "In her address to
# the harbour board in 1899, she …" against "…, said Kerrow to the harbour board in 1899".
QUAY_WORDS = "Every lamp on the quay was lit by volunteers until the harbour board paid for gas."
QUAY_LEAD = "In her address to the harbour board in 1899, she described the quay as it had been."
QUAY_ESSAY = f"The harbour lamps\n\n{QUAY_LEAD}\n\nMaud Kerrow said: \u201c{QUAY_WORDS}\u201d\n"


@pytest.fixture(scope="module")
def quay_index():
    corpus = Corpus(
        sources=[invented_source("quay", "The harbour lamps", "Ann Writer", "ann-writer", 2020)],
        speakers=[
            Speaker(id="ann-writer", name="Ann Writer", aliases=("Writer",)),
            Speaker(id="kerrow", name="Maud Kerrow", aliases=("Kerrow",)),
        ],
        works=[],
        topics=[],
        passages=[
            placed(QUAY_ESSAY, "quay", "q-lead", "ann-writer", "commentary", QUAY_LEAD),
            placed(QUAY_ESSAY, "quay", "q-kerrow", "kerrow", "quotation", QUAY_WORDS),
        ],
        source_texts={"quay": QUAY_ESSAY},
    )
    return SearchIndex(corpus)


def test_an_inverted_tail_is_never_read_as_the_quotation_with_the_paste_as_its_lead_in(
    quay_index,
):
    """ ", said Kerrow to the harbour board" names who spoke: the words after "said" are the
    member's attribution, never a quotation of the essay's lead-in with the real quotation
    and the invented clause set aside as the member's framing."""
    tail = "said Kerrow to the harbour board in 1899"
    invented = f"{QUAY_WORDS[:-1]}, and the board stole the oil money, {tail}"
    result = verify(quay_index, invented)
    assert result.verdict != "exact"
    assert result.passage is None or result.passage.id != "q-lead"
    assert "stole" not in _framing(result)
    real = verify(quay_index, f"{QUAY_WORDS[:-1]}, {tail}")
    assert real.verdict == "exact" and real.passage is not None
    assert real.passage.id == "q-kerrow"
    assert _framing(real) == tail.lower()
