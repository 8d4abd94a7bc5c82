"""Who said a quotation and in which work, as the corpus reader (bot/core/extract/essay.py)
finds them in an invented essay about a lock company: registered names that contain each
other, two works in one lead-in, citations that name the speaker or only a page."""

from __future__ import annotations

from bot.core.extract.essay import Draft, extract_essay
from bot.core.extract.names import Names
from bot.core.models import Speaker, Work


def names() -> Names:
    """The registries, made in each test (so a test run sees every name matched)."""
    return Names(
        [
            Speaker(id="tomas", name="Tomas Hale", aliases=("Hale",)),
            Speaker(id="ines", name="Ines Hale"),
            Speaker(id="me", name="Lena Reader"),
        ],
        [
            Work(id="minutes", title="Minutes", author="tomas"),
            Work(id="company-minutes", title="Minutes of the Lock Company", author="tomas"),
            Work(id="survey", title="Canal Survey", author="tomas"),
            Work(id="ledger", title="Ledger of the Upper Lock", author="tomas"),
        ],
    )


def quotations(essay: str) -> list[Draft]:
    drafts = extract_essay(
        "Notes on the lock\n\n" + essay,
        title="Notes on the lock",
        author_speaker="me",
        names=names(),
    )
    return [d for d in drafts if d.kind == "quotation"]


def test_a_speaker_whose_name_contains_anothers_alias_is_found_by_the_whole_name():
    [quote] = quotations("Ines Hale wrote: “The lock was rebuilt in stone that spring.”\n")
    assert (quote.speaker, quote.text) == ("ines", "The lock was rebuilt in stone that spring.")


def test_a_work_whose_title_contains_a_shorter_title_is_found_by_the_whole_title():
    [quote] = quotations(
        "Hale wrote in the Minutes of the Lock Company: “Every keeper shall keep a ledger.”\n"
    )
    assert (quote.speaker, quote.work) == ("tomas", "company-minutes")


def test_of_two_works_in_a_lead_in_the_words_are_from_the_one_named_last():
    [quote] = quotations(
        "After the Canal Survey, Hale set down in the Ledger of the Upper Lock: "
        "“The water rose a foot in the night.”\n"
    )
    assert (quote.speaker, quote.work) == ("tomas", "ledger")


def test_a_citation_naming_the_speaker_before_an_unregistered_work_gives_the_speaker():
    [quote] = quotations(
        "The parish kept a record of it: “The keepers were paid in coal that winter.” "
        "(Ines Hale, Parish Notes, 1921, p4)\n"
    )
    assert (quote.speaker, quote.date, quote.page) == ("ines", "1921", "4")


def test_a_page_with_a_stray_comma_still_refers_to_the_work_named_before():
    first, second = quotations(
        "Hale wrote in the Ledger of the Upper Lock: “The water rose a foot in the night.”\n\n"
        "“The gates held until the morning.” (p14,)\n"
    )
    assert (first.work, first.page) == ("ledger", None)
    assert (second.speaker, second.work, second.page) == ("tomas", "ledger", "14")
    assert second.attributed_by == "back-reference"


def test_words_cited_in_an_unregistered_pamphlet_stay_the_speakers():
    [quote] = quotations(
        "Hale said: “The lock is the village's only wealth.” (Cited in a parish pamphlet)\n"
    )
    assert (quote.speaker, quote.via) == ("tomas", None)
    assert quote.text == "The lock is the village's only wealth."


def test_pages_written_the_common_ways_are_kept_not_only_p105():
    """The issue's new essay lost "p. 12": every common way of writing a page is read."""
    essay = (
        "Hale wrote: “The gates were painted twice.” (Hale, Canal Survey, 1901, p. 12)\n\n"
        "Ines Hale wrote: “Nobody paid for the second coat.” (Ines Hale, 1903, pp. 4–6)\n\n"
        "Hale wrote in the Ledger of the Upper Lock: “Paint, two gallons.” (page 31)\n\n"
        "Hale wrote in the Minutes: “The keeper is to be thanked.” (p. 8)\n"
    )
    assert [q.page for q in quotations(essay)] == ["12", "4–6", "31", "8"]
