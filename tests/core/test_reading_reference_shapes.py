"""A reference is read by its shape, whatever its typography: who edited the book ("(ed.)",
"(eds)", ", ed.," before its title, "ed." or "edited by" after it), the title running from
there to the publication facts in brackets, the page after them. A document described in a
note and printed in an edition has the edition as its work; a chapter in an edited book is its
own work, by its author; a translator or a reprint is nobody's voice; a note never takes away
the speaker a lead-in names unless it names another. Every sentence here was written for
these tests (a canal family's papers, invented writers and editors), in roman type as a
plain-text essay sets its notes."""

from __future__ import annotations

import pytest

from tests.fixtures.readings import attributions as who

LEAD = (
    "The lock-keeper's daughter, Peg Holroyd, wrote to the canal company that “the towpath is "
    "a river of mud from Easter to Michaelmas”.[1]\n\nNotes\n\n[1] "
)
PAPERS = ("Peg Holroyd", "The Holroyd Papers", "61", None)


@pytest.mark.parametrize(
    "note",
    [
        # a document by its kind and date, then the edition, its editor after the title
        "Memorial of 12 June 1832, in The Holroyd Papers, ed. Luke Farrar (Skipton: Craven "
        "Press, 1964), p. 61.",
        # the writer to whom, then the edition
        "Peg Holroyd to the Aire and Calder Company, 12 June 1832, in The Holroyd Papers, ed. "
        "Luke Farrar (Skipton: Craven Press, 1964), p. 61.",
        # the editor before the title, marked "(ed.)"
        "Peg Holroyd to the company, 12 June 1832, in Luke Farrar (ed.), The Holroyd Papers "
        "(Skipton: Craven Press, 1964), p. 61.",
        # the edition cited for itself, its editor marked "(ed.)" or ", ed.,"
        "Luke Farrar (ed.), The Holroyd Papers (Skipton: Craven Press, 1964), p. 61.",
        "Luke Farrar, ed., The Holroyd Papers (Skipton: Craven Press, 1964), p. 61.",
        # a petition (a document's kind, no writer of its own), two editors "edited by"
        "Petition to the proprietors, June 1832, in The Holroyd Papers, edited by Luke Farrar "
        "and Ann Booth (Skipton, 1964), 61.",
        # a bare reference to an edition whose title names her family's papers
        "Luke Farrar, The Holroyd Papers (1964), p. 61.",
    ],
)
def test_words_in_a_document_printed_in_an_edition_have_the_edition_as_their_work(note):
    assert who(LEAD + note + "\n") == [PAPERS]


def test_an_editions_subtitle_is_part_of_its_title_and_two_editors_are_marked_eds():
    note = (
        "Luke Farrar and Ann Booth (eds), The Holroyd Papers: Letters of a Canal Family, "
        "1820–1850 (Skipton: Craven Press, 1964), 61."
    )
    assert who(LEAD + note + "\n") == [
        ("Peg Holroyd", "The Holroyd Papers: Letters of a Canal Family, 1820–1850", "61", None)
    ]


def test_a_long_letter_description_never_takes_away_the_speaker_the_lead_in_names():
    note = (
        "Peg Holroyd to the clerk of the Leeds and Liverpool Canal Company, 12 June 1832, in "
        "The Holroyd Papers: Letters and Accounts of a Canal Family, 1820–1850, ed. Luke "
        "Farrar (Skipton: Craven Press, 1964), p. 61."
    )
    assert who(LEAD + note + "\n") == [
        (
            "Peg Holroyd",
            "The Holroyd Papers: Letters and Accounts of a Canal Family, 1820–1850",
            "61",
            None,
        )
    ]


def test_a_book_that_is_no_edition_of_her_papers_relays_her_words():
    note = "Luke Farrar, Towpaths and Tollhouses (Skipton: Craven Press, 1964), p. 61."
    assert who(LEAD + note + "\n") == [("Peg Holroyd", None, "61", "Luke Farrar")]


def test_a_chapter_in_an_edited_book_is_its_authors_work_at_the_pinpoint_page():
    text = (
        "The historian Anna Kerr calls the towpath “a street nobody owned”.[1]\n\nNotes\n\n"
        "[1] Anna Kerr, “Women on the Towpath”, in Luke Farrar and Ann Booth (eds), Canal "
        "Lives (Leeds: Aire Books, 1990), pp. 112–30, at p. 118.\n"
    )
    assert who(text) == [("Anna Kerr", "Women on the Towpath", "118", None)]


def test_someone_interviewed_in_an_edited_collection_speaks_in_it():
    text = (
        "The boatman Eli Wade said the company “paid by the mile and cursed by the hour”.[1]"
        "\n\nNotes\n\n[1] Eli Wade, interviewed 1961, in Luke Farrar and Ann Booth (eds), "
        "Voices of the Cut (Leeds: Aire Books, 1975), p. 9.\n"
    )
    assert who(text) == [("Eli Wade", "Voices of the Cut", "9", None)]


def test_a_translator_is_neither_the_speaker_nor_the_relay():
    text = (
        "The French engineer Jules Morel found the locks “narrow, old and admirably kept”.[1]"
        "\n\nNotes\n\n[1] Jules Morel, The English Canals, trans. Ruth Dyer (London: Canal "
        "Society, 1934), p. 27.\n"
    )
    assert who(text) == [("Jules Morel", "The English Canals", "27", None)]


def test_a_theses_title_in_quote_marks_keeps_its_dates():
    text = (
        "One study concludes that the wives “ran the boats while the husbands ran the "
        "accounts”.[1]\n\nNotes\n\n[1] Simon Ince, “Wives and Widows of the Aire, 1790–1860” "
        "(MA dissertation, University of Leeds, 1998), p. 45.\n"
    )
    assert who(text) == [("Simon Ince", "Wives and Widows of the Aire, 1790–1860", "45", None)]


def test_a_thesis_the_lead_in_names_says_nothing_its_author_does():
    text = (
        "A recent dissertation argues that the boats “were homes first and vessels second” "
        "(Ince 1998, p. 51).\n\nReferences\n\nInce, Simon (1998) Wives and Widows of the "
        "Aire. MA dissertation. University of Leeds.\n"
    )
    assert [speaker for speaker, _, _, _ in who(text)] == ["Simon Ince"]


def test_a_reprint_is_the_books_own_publication_facts():
    text = (
        "Ellen Sykes remembered the cabin as “warm as a loaf and as small”.[1]\n\nNotes\n\n"
        "[1] Ellen Sykes, A Boatman's Year (Bradford, 1871; repr. Hebden Bridge: Calder Books, "
        "1985), p. 14.\n"
    )
    assert who(text) == [("Ellen Sykes", "A Boatman's Year", "14", None)]


def test_a_chicago_chapter_note_with_its_comma_inside_the_quote_marks_is_the_chapter():
    text = (
        "Anna Kerr calls the towpath “a street nobody owned.”[1]\n\nNotes\n\n[1] Anna Kerr, "
        "“Women on the Towpath,” in Canal Lives, ed. Luke Farrar and Ann Booth (Leeds: Aire "
        "Books, 1990), 118.\n"
    )
    assert who(text) == [("Anna Kerr", "Women on the Towpath", "118", None)]


def test_a_later_letter_cited_by_the_editions_short_title_is_in_that_edition():
    text = (
        "Peg Holroyd complained that “the towpath is a river of mud”.[1] Her brother was "
        "blunter: “the company is a thief with a ledger”.[2]\n\nNotes\n\n[1] Peg Holroyd to "
        "Jonas Pell, 12 June 1832, in Canal Letters: The Holroyd Family, 1820–1850, ed. Luke "
        "Farrar (Skipton: Craven Press, 1964), p. 61.\n[2] Sam Holroyd to Peg Holroyd, 1 July "
        "1832, Canal Letters, p. 64.\n"
    )
    edition = "Canal Letters: The Holroyd Family, 1820–1850"
    assert who(text) == [
        ("Peg Holroyd", edition, "61", None),
        ("Sam Holroyd", edition, "64", None),
    ]


@pytest.mark.parametrize(
    ("citation", "entry"),
    [
        # MLA: the editor's name, then "editor."
        ("(Farrar 9)", "Farrar, Luke, editor. Voices of the Cut. Aire Books, 1975."),
        # Chicago's bibliography: ", ed."
        ("(Farrar 1975, 9)", "Farrar, Luke, ed. Voices of the Cut. Leeds: Aire Books, 1975."),
        # Harvard: two editors, "(eds)" before the year
        (
            "(Farrar and Booth 1975, p. 9)",
            "Farrar, L. and Booth, A. (eds) (1975) Voices of the Cut. Leeds: Aire Books.",
        ),
    ],
)
def test_words_printed_in_a_book_a_list_says_someone_edited_are_in_that_book(citation, entry):
    text = (
        f"The boatman Eli Wade said the company “paid by the mile and cursed by the hour” "
        f"{citation}.\n\nWorks Cited\n\n{entry}\n"
    )
    assert who(text) == [("Eli Wade", "Voices of the Cut", "9", None)]


def test_a_book_a_list_gives_as_written_by_someone_else_relays_the_words():
    text = (
        "The boatman Eli Wade said the company “paid by the mile and cursed by the hour” "
        "(Farrar 9).\n\nWorks Cited\n\nFarrar, Luke. Voices of the Cut. Aire Books, 1975.\n"
    )
    assert who(text) == [("Eli Wade", None, "9", "Luke Farrar")]


def test_an_mla_letter_in_a_collection_is_in_the_collection():
    text = (
        "Peg Holroyd complained that “the towpath is a river of mud” (Holroyd 61).\n\nWorks "
        "Cited\n\nHolroyd, Peg. Letter to the company clerk. 12 June 1832. The Holroyd "
        "Papers, edited by Luke Farrar, Craven Press, 1964, p. 61.\n"
    )
    assert who(text) == [("Peg Holroyd", "The Holroyd Papers", "61", None)]


@pytest.mark.parametrize(
    ("lead", "body"),
    [
        ("The commissioners thought the canal", "Royal Commission on Canals, Final Report"),
        ("The inspectors found the lock", "Inspectors of Waterways, Report for 1868"),
    ],
)
def test_a_body_the_lead_in_names_by_its_members_speaks_in_its_report(lead, body):
    text = (
        f"{lead} “past saving and not worth the attempt”.[1]\n\nNotes\n\n[1] {body} (London: "
        "HMSO, 1909), p. 112.\n"
    )
    speaker, work, page, via = who(text)[0]
    assert (speaker, page, via) == (body.split(", ")[0], "112", None)
    assert work == body.split(", ")[1]


@pytest.mark.parametrize(
    "entry",
    [
        # author, title, publication facts: a reading list's entry in roman type
        "Luke Farrar, The Holroyd Papers (Skipton: Craven Press, 1964).",
        # the title in italics, the entry inside a sentence of the prose
        "The one book worth having is Luke Farrar, *The Holroyd Papers* (Skipton, 1964).",
        # the title first, then its author and year
        "The Holroyd Papers, Luke Farrar (1964).",
        "*The Holroyd Papers* Luke Farrar (1964).",
    ],
)
def test_a_reference_the_prose_gives_is_the_work_of_the_page_its_author_is_quoted_at(entry):
    text = (
        f"Further reading\n\n{entry} The fullest account of the family, from their first boat "
        "to the last. He calls them “the last honest carriers on the Aire” (p. 12).\n"
    )
    assert who(text) == [("Luke Farrar", "The Holroyd Papers", "12", None)]


def test_the_title_of_a_reference_in_the_prose_is_nobody_a_pronoun_stands_for():
    text = (
        "Further reading\n\nAnna Kerr, Canal Lives (Leeds: Aire Books, 1990). She thinks the "
        "towpath was “a street nobody owned” (p. 118), and she quotes a boatman, Eli Wade, "
        "who said the company “paid by the mile and cursed by the hour” (p. 131).\n"
    )
    assert who(text) == [
        ("Anna Kerr", "Canal Lives", "118", None),
        ("Eli Wade", None, "131", "Anna Kerr"),
    ]


SYKES = "Ellen Sykes remembered the cabin as “warm as a loaf and as small”.[1]\n\nNotes\n\n[1] "


def test_a_titles_subtitle_and_its_own_span_of_years_run_to_the_publication_facts():
    note = (
        "Ellen Sykes, A Boatman's Year: Life on the Cut, 1850–1870 (Bradford: Priestley, 1871), 14."
    )
    assert who(SYKES + note + "\n") == [
        ("Ellen Sykes", "A Boatman's Year: Life on the Cut, 1850–1870", "14", None)
    ]


def test_an_article_in_straight_single_quotes_is_the_work_at_its_pinpoint_page():
    note = "Ellen Sykes, 'A Winter on the Cut', Canal Quarterly 3 (1880), pp. 10–22, at p. 14."
    assert who(SYKES + note + "\n") == [("Ellen Sykes", "A Winter on the Cut", "14", None)]


def test_a_reprints_reference_list_entry_with_both_years_is_the_books():
    text = (
        "Ellen Sykes remembered the cabin as “warm as a loaf and as small” (Sykes 1985, p. 14)."
        "\n\nReferences\n\nSykes, E. (1985 [1871]) A Boatman's Year. Reprint. Hebden Bridge: "
        "Calder Books.\n"
    )
    assert who(text) == [("Ellen Sykes", "A Boatman's Year", "14", None)]


def test_a_note_set_as_a_bibliographys_entry_names_its_author_title_and_page():
    note = "Sykes, Ellen. A Boatman's Year. Bradford: Priestley, 1871. 14."
    assert who(SYKES + note + "\n") == [("Ellen Sykes", "A Boatman's Year", "14", None)]
