"""The /verify card of "Hale said A and that B" shows each part in its own source's sentence:
an invented part struck before the real one (never set against the sentence before it), a real
part in its own passage with its own citation, in the order the member wrote them."""

from bot.core.search import SearchIndex
from bot.core.verify import verify
from bot.render import verify_embed
from tests.fixtures.canal import HALE, canal_corpus

DUG = HALE[0].split(". ")[0]
FAMILIES = HALE[2].rstrip(".")


def _card(text: str):
    index = SearchIndex(canal_corpus())
    return verify_embed(index.corpus, verify(index, text))


def test_an_invented_part_is_struck_before_the_real_sentence():
    embed = _card(f"Hale said the council stole the water, and that {FAMILIES.lower()}.")
    # The headline says the first part is found nowhere before it says whose the second is.
    assert embed.title == (
        "First part not in the corpus; second part: real quotation, right speaker: Tomas Hale"
    )
    blocks = [line for line in (embed.description or "").splitlines() if line.startswith("> ")]
    assert blocks == [f"> ~~the council stole the water~~ {FAMILIES}."]
    differences = next(f.value for f in embed.fields if f.name.startswith("Differences"))
    assert differences == "added: the council stole the water → —"


def test_two_real_parts_are_each_shown_in_their_own_passage_in_order():
    embed = _card(f"Hale said {DUG.lower()} and that {FAMILIES.lower()}.")
    assert embed.title == "Real quotation, right speaker: Tomas Hale"
    text = embed.description or ""
    assert text.startswith(
        "*Read as your framing, not checked:* \u201cHale said \u2026 and that\u201d"
    )
    first, second = text.index(f"> {DUG}."), text.index(f"> {FAMILIES}.")
    assert first < text.index("[c-hale-1]") < second  # the first part's own source, then B
    assert "~~" not in text and "**" not in text.replace("**Tomas Hale**", "")
    source = next(f.value for f in embed.fields if f.name == "Source")
    assert "[c-hale-3]" in source


def test_an_invented_second_part_is_struck_after_the_real_first_one():
    embed = _card(f"Hale said {DUG.lower()}, and that the council stole the water.")
    assert embed.title == (
        "Second part not in the corpus; first part: real quotation, right speaker: Tomas Hale"
    )
    blocks = [line for line in (embed.description or "").splitlines() if line.startswith("> ")]
    assert blocks == [f"> {DUG} ~~the council stole the water~~. …"], blocks
