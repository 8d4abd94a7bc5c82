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


def test_a_note_s_own_quotation_is_found_with_the_note_s_own_attribution() -> None:
    proposals = _quotations(
        "The Lamp Room\n\n"
        "The lamp-man kept the room spotless, and the miners trusted his lamps above any "
        "other.1 The room was closed in 1961.2\n\n"
        "Notes\n\n"
        "1. Jory Penhale, The Lamp Room (Redruth, 1972), p. 9. His daughter, Rose Penhale, "
        "wrote to me afterwards that her father “would polish a lamp twice rather than light "
        "a dirty one”.\n"
        "2. Its last manager, Carlo Rinaldi, put it more sadly in the pay book: « la miniera "
        "non ricorda nessuno dei suoi uomini » (p. 14).\n"
        "3. Mary Holt, ‘The Lamp Rooms of the Western Mines’, Mining History 4 (1990), 22.\n"
    )
    assert [(p.text, p.speaker_name, p.page) for p in proposals] == [
        ("would polish a lamp twice rather than light a dirty one", "Rose Penhale", None),
        ("la miniera non ricorda nessuno dei suoi uomini", "Carlo Rinaldi", "14"),
    ]  # the article's title in the third note is no one's words


def test_a_markdown_footnote_s_quotation_is_found_and_its_citation_quotes_no_title() -> None:
    found = _quoted(
        "# The Lamp Room\n\n"
        "The room was closed in 1961, a year after the last pony left the mine.[^1]\n\n"
        "[^1]: “The Last Pony”, *Cornish Times*, 3 June 1960, p. 4. The groom, Ben Trask, "
        "told the paper that “he knew the way up better than any of the men did”.\n"
    )
    assert found == ["he knew the way up better than any of the men did"]


def test_a_word_or_three_after_a_comma_are_quoted_only_after_a_verb_of_saying() -> None:
    found = _quoted(
        "The Harbour Ledger\n\n"
        "By the spring the harbour master's ledger was, in the clerks' own slang, “beached”, "
        "and nobody wrote in it for a year.\n\n"
        "Beside the entry for the storm somebody added, in red ink, “Never again.”\n\n"
        "When the new master arrived he looked at the ledger and said, “Not yet.”\n"
    )
    assert found == ["Not yet."]


def test_a_title_set_off_after_what_kind_of_work_it_is_is_no_quotation() -> None:
    assert (
        _quoted(
            "The Harbour Ledger\n\n"
            "The fishermen's hymn, “Home by the Harbour Light”, is still sung at the blessing "
            "of the boats every May.\n\n"
            "Her last piece was an essay called “Why the Boats Stayed In,” where she blames "
            "the insurers rather than the weather for the empty harbour.\n"
        )
        == []
    )


def test_words_followed_by_a_said_clause_are_speech_even_before_anyone_is_named() -> None:
    found = _quoted(
        "The Ferry\n\n"
        "It was dark by the time we reached the slipway. “The boat will not cross tonight,” "
        "he said at last, and went back into the hut.\n"
    )
    assert found == ["The boat will not cross tonight,"]


def test_a_quotation_in_german_or_czech_low_opening_marks_is_found_whole() -> None:
    found = _quoted(
        "The Border\n\n"
        "The ferryman, Jakub Novák, wrote in the crossing book „Der Fluss nimmt keinen Zoll, "
        "aber er nimmt jeden Tag etwas“ and signed it twice.\n\n"
        "His wife, Marie Nováková, remembered it differently: „Řeka nebere clo, ale bere "
        "všechno ostatní.”\n"
    )
    assert found == [
        "Der Fluss nimmt keinen Zoll, aber er nimmt jeden Tag etwas",
        "Řeka nebere clo, ale bere všechno ostatní.",
    ]


def test_words_after_entitled_or_a_verb_of_singing_are_a_title_in_any_letters() -> None:
    assert (
        _quoted(
            "The Lamps\n\n"
            "In 1931 the parish council issued a pamphlet entitled “Why the lamps of the "
            "village went out in the winter”, which nobody read.\n\n"
            "On the last night the lamplighters stood under the church lamp singing « Nous "
            "reviendrons quand la nuit tombe », the only French any of them knew.\n"
        )
        == []
    )
