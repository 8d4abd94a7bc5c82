"""Citation forms first met in blind17 (seen text, post17c), on invented sentences."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def _quotations(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="Programme Editor") if p.kind == "quotation"]


def test_a_press_line_after_the_quotation_names_the_critic_and_the_paper() -> None:
    text = (
        "Notices from the first run\n\n"
        "‘A slow evening that stays with you for a week.’ — Walter Brim, Dunmore Daily Courier\n\n"
        "‘Nobody writes quieter arguments.’ — The Listener\n\n"
        "Tickets are on sale at the box office.\n"
    )
    signed, unsigned = _quotations(text)
    assert signed.text == "A slow evening that stays with you for a week."
    assert (signed.speaker_name, signed.work_title) == ("Walter Brim", "Dunmore Daily Courier")
    # an unsigned notice: the paper speaks in its own pages
    assert (unsigned.speaker_name, unsigned.work_title) == ("The Listener", "The Listener")


def test_a_dash_that_goes_on_as_a_sentence_is_not_a_press_line() -> None:
    text = (
        "The producer wrote to the cast before the tour.\n\n"
        "Marta Kell answered that it was ‘far too long for a Tuesday’ — and she was not "
        "thanked for saying so.\n"
    )
    (quotation,) = _quotations(text)
    assert quotation.work_title is None
    assert quotation.speaker_name != "and she was not thanked for saying so"


def test_an_episode_and_time_stamp_cite_the_series_at_that_time() -> None:
    text = (
        "*Salt Roads* is a four-part radio series about the old packhorse trails.\n\n"
        "A note on references: I give the episode and the time the player shows.\n\n"
        'The drover Amos Rigg is blunt about it: "Nobody walked those hills for the view." '
        "(ep. 3, 14:05) He is the best thing in the series.\n"
    )
    (quotation,) = _quotations(text)
    assert quotation.text == "Nobody walked those hills for the view."
    assert (quotation.work_title, quotation.page) == ("Salt Roads", "14:05")


def test_a_sources_entry_with_the_year_after_the_name_never_makes_a_name_of_the_year() -> None:
    text = (
        "The Old Canal\n\n"
        'His successor disagreed, calling it "a sound and patient piece of work".[1]\n\n'
        "Notes\n\n"
        "1. Quoted in Dacre 1975, p. 40.\n\n"
        "Sources\n\n"
        "Dacre, Ruth (1975). Water Roads of the North. Leeds: Northern Press.\n"
    )
    (quotation,) = _quotations(text)
    assert (quotation.via_name, quotation.page) == ("Ruth Dacre", "40")


def test_an_abbreviation_keyed_only_in_a_closing_list_cites_the_full_title() -> None:
    text = (
        "The Mill Dispute\n\n"
        "The paper itself had no doubt. The Harnley Courier declared the sluice "
        '"a public nuisance of long standing" (HC, 4 May 1911, p. 3).\n\n'
        "Abbreviations\n\n"
        "HC — Harnley Courier (weekly). County Library, bound volumes.\n"
    )
    (quotation,) = _quotations(text)
    assert quotation.text == "a public nuisance of long standing"
    assert (quotation.work_title, quotation.page) == ("Harnley Courier", "3")
    assert quotation.via_name is None
