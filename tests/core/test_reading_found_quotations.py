"""Every quotation found, and nothing else (found19, session 19): rules a careful reader
applies to any text, each on invented sentences of its own wording (different from the probes
tests/data/readings/probe-hallow-fold-weaver.txt and probe-ousebank-cricket.html)."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def _quotations(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="Nell Haigh") if p.kind == "quotation"]


def _quoted(text: str) -> list[str]:
    return [p.text for p in _quotations(text)]


def test_dialect_words_cut_short_at_their_end_do_not_close_a_single_quoted_quotation() -> None:
    found = _quoted(
        "The Sheepfold Songs\n\n"
        "The old drover, Ezra Tunnicliffe, told the collector: ‘Aw’ve walked wi’ sheep fro’ "
        "Kendal to Preston, an’ niver lost a yow i’ th’ snow, nor o’ th’ road neither.’\n\n"
        "Tunnicliffe always said his dog was ‘worth more nor th’ Mayor an’ half th’ "
        "Corporation’, and nobody in the valley disagreed with him.\n"
    )
    assert found == [
        "Aw’ve walked wi’ sheep fro’ Kendal to Preston, an’ niver lost a yow i’ th’ snow, nor "
        "o’ th’ road neither.",
        "worth more nor th’ Mayor an’ half th’ Corporation",
    ]


def test_a_closing_mark_after_a_longer_word_still_closes_when_a_plural_follows_later() -> None:
    found = _quoted(
        "The Mill Choir\n\n"
        "The phrase ‘chapel voice’ had not yet been coined when the choir first sang, and the "
        "singers’ wives would have laughed at it.\n"
    )
    assert found == []


def test_quoted_words_as_long_as_a_clause_are_a_quotation_even_when_nobody_is_named() -> None:
    proposals = _quotations(
        "The Ferry Charter\n\n"
        "Clause 9 of the charter obliges the keeper to carry passengers “at any hour of the day "
        "or night when the river is passable”, which no keeper ever did.\n\n"
        "The lease describes the landing stage as “the timber platform on the north bank and "
        "the steps below it” and says nothing of the slipway.\n"
    )
    assert [p.text for p in proposals] == [
        "at any hour of the day or night when the river is passable",
        "the timber platform on the north bank and the steps below it",
    ]
    assert all(p.speaker_name is None for p in proposals)  # the moderator names them


def test_a_short_phrase_or_a_title_in_capitals_nobody_is_named_for_stays_commentary() -> None:
    assert (
        _quoted(
            "The Ferry Charter\n\n"
            "Passengers thought the crossing “slow but very safe” in all weathers.\n\n"
            "The keepers sang “The Boatman of the Long Ferry and His Lantern” on feast days.\n"
        )
        == []
    )
