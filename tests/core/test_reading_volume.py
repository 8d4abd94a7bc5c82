"""A book by several hands and its references: a contribution cited by "this volume" is its
author's, and its title the work; a list's initials name the person the text names in full,
whatever rank the text puts before the name; one book in two chapters' lists is one work; an
untitled document in a list of italic titles is no work; one who had a notice printed "that"
made its words (volume.py, attribution._from_this_volume, citations._fuller_listed_names,
memory._lookup_cited, vocabulary._SPEECH_VERBS)."""

from __future__ import annotations

from tests.fixtures.readings import attributions

_BOOK = "\n\n".join(
    [
        "Lighthouses of the Solway",
        "Kenneth Moffat and Ailsa Grier",
        (
            "The keepers' wives, as Ailsa Grier argues later in this volume, \"ran the station"
            ' while the men ran the light" (p. 88). The stations themselves were "built for '
            'storms that never came" (Dunlop, this volume, p. 121).'
        ),
        "References",
        "Birrell, Thomas (1902) *Solway Sketches*. Dumfries: Maxwell.",
        "2. Wives of the Light: Women on the Solway Stations",
        "Ailsa Grier",
        (
            "The Board's engineer, it is fair to say, disliked the place. Robert Dunlop (this"
            ' volume, p. 117) finds that the Southerness keepers had been "left to their own '
            'devices for forty years" by then, and the logbooks bear him out.'
        ),
        (
            'A visiting minister, Thomas Birrell, thought the station "cleaner than the '
            'manse" (Birrell 1902, 14).'
        ),
        "References",
        "Birrell, Thomas (1902) *Solway Sketches*. Dumfries: Maxwell.",
        "3. Granite and Glass: Building the Solway Lights",
        "Robert Dunlop",
        (
            'The surveyor Hugh Lennox wrote to the Board that the rock was "sound enough for '
            'a cathedral" (Dunlop, this volume, p. 130).'
        ),
    ]
)

_WIVES = "Wives of the Light: Women on the Solway Stations"
_GRANITE = "Granite and Glass: Building the Solway Lights"


def test_a_contribution_cited_by_this_volume_is_its_authors_chapter():
    found = attributions(_BOOK, author="Kenneth Moffat")
    assert found[0] == ("Ailsa Grier", _WIVES, "88", None)
    assert found[1] == ("Robert Dunlop", _GRANITE, "121", None)


def test_a_contributor_named_beside_this_volume_speaks_the_words_after():
    found = attributions(_BOOK, author="Kenneth Moffat")
    assert found[2] == ("Robert Dunlop", _GRANITE, "117", None)


def test_one_book_in_two_lists_is_one_work():
    found = attributions(_BOOK, author="Kenneth Moffat")
    assert found[3] == ("Thomas Birrell", "Solway Sketches", "14", None)


def test_a_speaker_the_sentence_names_keeps_words_cited_to_another_contribution():
    found = attributions(_BOOK, author="Kenneth Moffat")
    assert found[4][0] == "Hugh Lennox"


def test_a_single_essay_cites_no_contribution():
    essay = (
        "Harbour Walls\n\nMairi Lockhart\n\nThe pier, as I argue elsewhere in this volume, was "
        '"never finished, only abandoned" (Lockhart, this volume, p. 12).\n'
    )
    assert attributions(essay, author="Mairi Lockhart")[0][1] is None


def test_initials_in_a_list_name_the_person_the_text_names_after_a_rank():
    essay = (
        'The Revd Canon Walter Pryce called the harbour "a sink of idleness" (Pryce 1871, 9).\n\n'
        "References\n\nPryce, W. (1871) *A Tour of the Coast*. London: Bell.\n"
    )
    assert attributions(essay)[0] == ("Walter Pryce", "A Tour of the Coast", "9", None)


def test_a_writer_described_by_office_is_the_author_the_citation_names():
    essay = (
        'The chronicler of the Wharfedale bridges found them "handsome in summer and useless '
        'in flood" (Speight 1902, 44).\n\nReferences\n\nSpeight, Harry (1902) *Upper '
        "Wharfedale*. London: Elliot Stock.\n"
    )
    assert attributions(essay)[0] == ("Harry Speight", "Upper Wharfedale", "44", None)


def test_an_untitled_document_in_a_list_of_italic_titles_is_no_work():
    essay = (
        'A notice on the market cross announced that "no cart shall stand in the market '
        'after noon" (Lister 1851).\n\nReferences\n\nLister, Joseph (1851) Notice to '
        "carters, 3 March. Town Hall archive, B/2.\n\nSpeight, Harry (1902) *Upper "
        "Wharfedale*. London: Elliot Stock.\n"
    )
    assert attributions(essay)[0] == ("Joseph Lister", None, None, None)


def test_one_who_had_a_notice_printed_that_makes_its_words():
    essay = (
        "In 1921 the secretary of the show, Norah Kettlewell, had printed across the top of "
        'the schedule that "no exhibit will be judged that arrives after nine".\n'
    )
    assert attributions(essay)[0] == ("Norah Kettlewell", None, None, None)


def test_a_proceedings_byline_with_by_and_an_institution_names_its_author():
    proceedings = "\n\n".join(
        [
            "# Proceedings of the Broads Mills Day",
            "## 1. Sails over the Marsh: The Drainage Mills",
            "By Ann Rix (University of Ely)",
            'The millmen "never slept through a spring tide" (Cole, this volume, p. 40).',
            "## 2. The Millwrights' Ledger",
            "Peter Cole, Broads Archive Trust",
            'The mill, as Ann Rix shows earlier in this volume, was "a sail that argued with the '
            'sea" (p. 12).',
        ]
    )
    found = attributions(proceedings)
    assert found[0] == ("Peter Cole", "The Millwrights' Ledger", "40", None)
    assert found[1] == ("Ann Rix", "Sails over the Marsh: The Drainage Mills", "12", None)
