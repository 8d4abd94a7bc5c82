"""A reading's layout as ``lectern ingest`` proposes it (bot/core/extract/reading/, the
README's "Adding a reading"): block quotations indented with a tab, headings, a notes section,
the author's shortest commentary, and who an unnamed speaker is, on invented snippets."""

from __future__ import annotations

import pytest

from bot.core.extract.reading import propose_passages

TITLE = "Notes on the lock"


def proposed(body: str) -> list[tuple[str, str, str | None]]:
    found = propose_passages(f"{TITLE}\n\n{body}", author="Lena Reader")
    return [(p.kind, p.text, p.speaker_name) for p in found]


def test_a_block_quotation_indented_with_a_tab_is_the_lead_ins_speakers():
    words = "The lock will hold through the winter floods and for many years after that."
    assert proposed(f"Tomas Hale wrote:\n\n\t{words}\n") == [
        ("heading", TITLE, "Lena Reader"),
        ("quotation", words, "Tomas Hale"),
    ]


def test_a_paragraph_of_six_words_is_the_authors_commentary():
    assert proposed("The keepers met on Thursdays there.\n") == [
        ("heading", TITLE, "Lena Reader"),
        ("commentary", "The keepers met on Thursdays there.", "Lena Reader"),
    ]


def test_a_notes_heading_is_a_heading_and_its_notes_cite_no_words_of_the_author():
    found = proposed(
        "Tomas Hale wrote that the lock “will hold through the winter floods”.<sup>1</sup>\n\n"
        "Notes\n\n"
        "<sup>1</sup> Hale, Ledger of the Upper Lock, p. 4.\n"
    )
    assert [(kind, text) for kind, text, _ in found if kind == "heading"] == [
        ("heading", TITLE),
        ("heading", "Notes"),
    ]
    assert ("quotation", "will hold through the winter floods", "Tomas Hale") in found
    assert not any("Ledger of the Upper Lock" in text for _, text, _ in found)


def test_an_unnamed_speaker_is_a_person_as_written_and_never_a_newspaper():
    found = proposed(
        "One weekly parish newspaper wrote: “The lock will hold through the winter floods.”\n\n"
        "One old keeper wrote: “The gates were never oiled in my time there.”\n"
    )
    quotes = [(text, speaker) for kind, text, speaker in found if kind == "quotation"]
    assert quotes == [
        ("The lock will hold through the winter floods.", None),
        ("The gates were never oiled in my time there.", "One old keeper"),
    ]


def test_words_after_a_colon_are_a_quotation_even_in_title_case():
    found = proposed(
        "Tomas Hale wrote: “The Gates Held Fast”, and then he left the meeting early.\n"
    )
    assert ("quotation", "The Gates Held Fast", "Tomas Hale") in found


def test_the_second_half_of_a_speakers_words_is_theirs_too():
    found = proposed(
        "“The lock will hold through the winter,” Tomas Hale told me. “And the gates will hold "
        "with it.”\n\n"
        "“Half of the keepers stayed on,” Ines Marsh said, “and the other half left for the "
        "city.”\n"
    )
    assert [(text, speaker) for kind, text, speaker in found if kind == "quotation"] == [
        ("The lock will hold through the winter,", "Tomas Hale"),
        ("And the gates will hold with it.", "Tomas Hale"),
        ("Half of the keepers stayed on,", "Ines Marsh"),
        ("and the other half left for the city.", "Ines Marsh"),
    ]


def test_words_the_next_sentence_says_were_quoted_in_a_book_are_relayed_by_its_author():
    [quote] = [
        p
        for p in propose_passages(
            f"{TITLE}\n\nInes Marsh wrote: “The keepers were never paid for the night watch.” "
            "That letter was quoted in Lena Webb’s history (Webb 1988, 41).\n",
            author="Lena Reader",
        )
        if p.kind == "quotation"
    ]
    assert (quote.speaker_name, quote.via_name, quote.page) == ("Ines Marsh", "Webb", "41")


def test_an_unnamed_speaker_the_lead_in_names_in_apposition_is_found_by_the_lead_in():
    [quote] = [
        p
        for p in propose_passages(
            f"{TITLE}\n\nThe chairman, Tobias Renn, replied: “We shall pay them from the "
            "spring.”\n",
            author="Lena Reader",
        )
        if p.kind == "quotation"
    ]
    assert (quote.speaker_name, quote.unnamed, quote.attributed_by) == (
        "Tobias Renn",
        False,
        "lead-in",
    )


def test_an_opening_epigraph_is_nobodys_until_reviewed_not_the_last_paragraphs_speaker():
    found = propose_passages(
        "    The lock will hold through every winter that comes.\n\n"
        "The keepers met on Thursdays in the room above the forge.\n\n"
        "In the end Tomas Hale wrote:\n",
        author="Lena Reader",
    )
    assert [(p.text, p.speaker_name) for p in found if p.kind == "quotation"] == [
        ("The lock will hold through every winter that comes.", None)
    ]


@pytest.mark.parametrize("note", ["Ibid., 14", "Ibid. 14", "ibid. p. 14", "Ibid.: 14"])
def test_a_note_saying_ibid_gives_the_page_it_names_in_the_work_before(note):
    found = propose_passages(
        f"{TITLE}\n\n"
        "Tomas Hale wrote: “The lock will hold through the winter floods.”[1]\n\n"
        "He wrote later: “The gates will hold with it for years.”[2]\n\n"
        "Notes\n\n"
        "1. Hale, Ledger of the Upper Lock, p. 12.\n\n"
        f"2. {note}\n",
        author="Lena Reader",
    )
    assert [(p.speaker_name, p.work_title, p.page) for p in found if p.kind == "quotation"] == [
        ("Tomas Hale", "Ledger of the Upper Lock", "12"),
        ("Tomas Hale", "Ledger of the Upper Lock", "14"),
    ]


def test_a_citation_of_a_numbered_series_gives_its_author_title_and_page():
    [quote] = [
        p
        for p in propose_passages(
            f"{TITLE}\n\nThe board wrote: “The lock will hold through the winter floods.” "
            "(Tomas Hale, Circulars, no. 7, p. 3)\n",
            author="Lena Reader",
        )
        if p.kind == "quotation"
    ]
    assert (quote.speaker_name, quote.work_title, quote.page) == ("Tomas Hale", "Circulars", "3")


def test_a_work_named_after_a_study_whose_title_has_in_is_the_work_named_last():
    [quote] = [
        p
        for p in propose_passages(
            f"{TITLE}\n\nAfter his study Life and Labour in Hale Country, Tomas Hale wrote in "
            "Canal Days: “The gates held through the night.”\n",
            author="Lena Reader",
        )
        if p.kind == "quotation"
    ]
    assert (quote.speaker_name, quote.work_title) == ("Tomas Hale", "Canal Days")
