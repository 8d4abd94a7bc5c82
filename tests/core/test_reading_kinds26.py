"""Every kind of document says who spoke in its own way (kinds26): a heading that names a work
and its maker ("Third prize: Inventory by Ruth Abadi (Leeds)") makes words quoted under it,
with no one else named, the maker's in that work; and a reading list's record that opens on
the author's surname ("Hughes, Elinor. *Title*. Place: Publisher, 1987.") is the work its
note's bare pages point into. Invented sentences: a hymn competition's adjudication, a song
contest's results page, a short-story anthology's contents notes, a film club's list of
recommended films, a local history society's further reading."""

from __future__ import annotations

from bot.core.extract.reading.discussed import _entry_description
from bot.core.extract.reading.made_works import MadeWork, made_work_heading
from tests.fixtures.readings import quotations


def test_a_heading_names_a_work_and_its_maker_after_by():
    assert made_work_heading("Winner: The Lamp Room by Eira Vaughan (Brecon)") == MadeWork(
        "Eira Vaughan", "The Lamp Room"
    )
    assert made_work_heading("## *Salt on the Step* by Tobias Grange") == MadeWork(
        "Tobias Grange", "Salt on the Step"
    )


def test_a_part_of_a_book_a_credit_or_a_sentence_names_no_work():
    assert made_work_heading("Foreword by Dr Ann Lee") is None
    assert made_work_heading("Photographs by Tom Hale (Kendal)") is None
    assert made_work_heading("Introduced by the Revd Simon Akers") is None
    assert made_work_heading("*Reviewed by Peter Quayle*") is None
    assert made_work_heading("The report was written by Ann Lee.") is None
    assert made_work_heading("Down by the Weir") is None


def test_words_quoted_under_a_works_heading_are_its_makers_in_it():
    text = (
        "The adjudicator's notes, 2026\n\n"
        "Adjudicated by Harriet Oyelaran\n\n"
        "First place: Evening at Skerray by Calum Bain (Thurso)\n\n"
        'A hymn tune needs words that sing, and these do. The second verse turns on "the '
        'lamp that the fishermen leave in the window" and never lets it go out.\n\n'
        "Second place: The Carter's Psalm by Greta Moyo (Wrexham)\n\n"
        'Unfussy and strong. Its refrain, "bread for the road and the road for the '
        'bread", would carry a congregation of any size.\n'
    )
    found = quotations(text, "Harriet Oyelaran")
    assert [(q.speaker_name, q.work_title) for q in found] == [
        ("Calum Bain", "Evening at Skerray"),
        ("Greta Moyo", "The Carter's Psalm"),
    ]


def test_what_the_maker_said_otherwise_is_theirs_in_no_work():
    # words the maker said on the telephone, or put in a covering note, are not the song's
    text = (
        "Results of the Song Contest\n\n"
        "Best new song: River Without a Name by Aled Pugh (Bala)\n\n"
        'When we rang to tell him, Pugh said he "wrote it for my grandfather, who '
        'never learned to read".\n'
    )
    found = quotations(text, "Contest Secretary")
    assert [(q.speaker_name, q.work_title) for q in found] == [("Aled Pugh", None)]


def test_a_record_with_the_surname_first_is_a_work_under_discussion():
    described = _entry_description(
        "**Mallory, Ines.** *The Tin Chapel Years.* Bangor: Gwasg Menai, 2004."
    )
    assert described is not None
    assert (described.title, described.author) == ("The Tin Chapel Years", "Ines Mallory")
    edited = _entry_description(
        "Okafor, Daniel, ed. Letters from the Line. York: Ouse Press, 1991."
    )
    assert edited is not None
    # an edited book: those it prints speak in it, and its editor is no author of their words
    assert (edited.title, edited.author) == ("Letters from the Line", None)
    # a name and a sentence, no publication: no record
    assert _entry_description("Okafor, Daniel. He kept the letters for forty years.") is None


def test_a_records_note_quotes_its_book_by_bare_pages():
    text = (
        "# Further reading\n\n"
        "Members asked at the March meeting what to read about the chapels. These are the "
        "books the society's librarian would lend first, with a short note on each of them "
        "and the page of anything quoted.\n\n"
        "**Mallory, Ines.** *The Tin Chapel Years.* Bangor: Gwasg Menai, 2004.\n\n"
        'The best short account. The last chapter ends on the line "every chapel was '
        'a school before it was a church" (p. 88).\n\n'
        "**Okafor, Daniel.** *Lamps Below.* York: Ouse Press, 1991.\n\n"
        "Okafor is good on the miners' clubs, which he calls \"the parliament of the "
        'pit" (p. 14).\n'
    )
    found = quotations(text, "Society Librarian")
    assert [(q.speaker_name, q.work_title, q.page) for q in found] == [
        ("Ines Mallory", "The Tin Chapel Years", "88"),
        ("Daniel Okafor", "Lamps Below", "14"),
    ]
