"""The /verify card shows, briefly and neutrally, which of the member's words were read as their
framing and not checked, so that nothing pasted vanishes from the verdict unseen."""

from bot.core.search import SearchIndex
from bot.core.verify import verify
from bot.render import verify_embed
from tests.fixtures.canal import HALE, canal_corpus

FAMILIES = HALE[2].rstrip(".")
LABEL = "*Read as your framing, not checked:* "


def _card(text: str):
    index = SearchIndex(canal_corpus())
    return verify_embed(index.corpus, verify(index, text))


def test_the_lead_in_and_tail_set_aside_are_shown_first_under_the_verdict():
    embed = _card(f"Hale told the first assembly that {FAMILIES.lower()}, as I remember it")
    assert (embed.title or "").startswith("Real quotation, right speaker: Tomas Hale")
    first = (embed.description or "").split("\n\n")[0]
    assert (
        first
        == f"{LABEL}\u201cHale told the first assembly that\u201d and \u201cas I remember it\u201d"
    )


def test_invented_words_before_a_reporting_tail_are_marked_never_set_aside():
    embed = _card(f"{FAMILIES}, and the council should be dissolved, as Hale put it")
    assert not (embed.title or "").startswith("Real quotation")
    text = embed.description or ""
    assert "dissolved" in text  # shown as the member's words checked (struck, or not found)
    assert not any("dissolved" in line for line in text.splitlines() if line.startswith(LABEL))


def test_a_bare_quotation_has_no_framing_line():
    assert "framing" not in (_card(FAMILIES).description or "")


def test_a_long_framing_is_cut_at_a_word_and_the_members_markup_stays_inert():
    lead_in = (
        "@everyone **Hale** <@123> told the first assembly, in a long and windy speech that "
        "went on well past midnight while the lamps burned low and the children slept on the "
        "benches at the back of the hall, that"
    )
    embed = _card(f"{lead_in} {FAMILIES.lower()}.")
    assert (embed.title or "").startswith("Real quotation")
    first = (embed.description or "").split("\n\n")[0]
    assert first.startswith(LABEL) and first.endswith("\u2026\u201d")
    shown = first.removeprefix(LABEL)
    assert len(shown) < 200
    assert "@everyone" not in shown and "**Hale**" not in shown and "<@123>" not in shown
    assert shown.removesuffix("\u2026\u201d").split()[-1] in lead_in.split()  # a whole word
    assert len(embed) <= 6000
