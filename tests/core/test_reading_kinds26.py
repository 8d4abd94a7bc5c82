"""Every kind of document says who spoke in its own way (kinds26): a heading that names a work
and its maker ("Third prize: Inventory by Ruth Abadi (Leeds)") makes words quoted under it,
with no one else named, the maker's in that work; a reading list's record that opens on the
author's surname ("Hughes, Elinor. *Title*. Place: Publisher, 1987.") is the work its note's
bare pages point into; a chat's export is one message a paragraph, each message's "I" its
sender; a group's "April's book is X by Y" names the work it reads; a greeting opens no name;
a page of one-line paragraphs keeps them apart. Invented sentences: a hymn competition's
adjudication, a song contest's results page, a history society's further reading, a choir's
group chat, a club's minutes, a reading group's notice, a strike handout."""

from __future__ import annotations

from bot.core.extract.formats import read_reading
from bot.core.extract.reading.discussed import _entry_description
from bot.core.extract.reading.made_works import MadeWork, made_work_heading
from tests.fixtures.readings import make_paged_pdf, quotations


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
    assert made_work_heading("Sent in by Joan Ashby (Settle)") is None
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


def test_a_chats_export_is_one_message_a_paragraph_and_its_i_is_the_sender():
    # a choir's group chat as the app exports it: the "I" of each message is its sender, and a
    # sender shown by number is the name the message gives itself
    text = (
        "[12/04/2026, 20:15:03] Ruth Abel: Good rehearsal tonight, everyone.\n"
        '[12/04/2026, 20:17:41] Samir Haddad: As I told the committee on Monday, "we '
        'sing better when the heating is off", and tonight proved it.\n'
        "[12/04/2026, 20:19:10] +44 7700 900123: Hello all, this is Gwen Talbot, the new "
        'alto. My teacher always said "breathe before the phrase, not in it".\n'
        "[12/04/2026, 20:21:55] Ruth Abel: Welcome Gwen!\n"
    )
    found = quotations(text, "Ruth Abel")
    assert [q.speaker_name for q in found][:1] == ["Samir Haddad"]


def test_a_greeting_is_no_part_of_the_name_it_greets():
    text = (
        "Thanks Morag for the minutes. At the last meeting Morag Ellwood told us that the "
        'hall "will need a new roof within five years".\n'
    )
    [quotation] = quotations(text, "Club Secretary")
    assert quotation.speaker_name == "Morag Ellwood"


def test_a_months_book_named_with_its_author_is_the_work_under_discussion():
    text = (
        "Hello everyone. April's book is The Long Field by Ruth Abel, and we meet on the 20th.\n\n"
        'I loved the opening: "the field was longer than the war and it knew it" (p. 7).\n'
    )
    [quotation] = quotations(text, "Group Organiser")
    assert (quotation.speaker_name, quotation.work_title, quotation.page) == (
        "Ruth Abel",
        "The Long Field",
        "7",
    )


def test_a_page_of_one_line_paragraphs_keeps_them_apart(tmp_path):
    # a handout exported page by page, every paragraph one line: the commonest gap is the gap
    # between paragraphs, and the line height is the smaller gap under a wrapped line
    source = (
        "<b>Handout 3. The tannery strike</b>\n\n"
        "• The strike lasted eleven weeks in the winter of 1911\n\n"
        "• The owners brought in men from Leeds; the town took the strikers' side\n\n"
        "“We had bread from the Co-op and coal from the miners, and we wanted for nothing "
        "but wages, which was the one thing we had gone out for in the first place.”\n\n"
        "— Ellen Marsh, interviewed 1972\n\n"
        "• Settled in February 1912 at a penny an hour more\n\n"
        "“The masters gave the penny and kept the grudge.”\n\n"
        "— Tom Ashe, letter to his sister, 1912\n\n"
        "Notes: both speakers were in their twenties at the time of the strike.\n"
    )
    pdf = make_paged_pdf(tmp_path / "handout.pdf", source, "Tannery history group · May 2026")
    paragraphs = [p for p in read_reading(pdf).text.split("\n\n") if p.strip()]
    assert "— Ellen Marsh, interviewed 1972" in paragraphs
    assert "— Tom Ashe, letter to his sister, 1912" in paragraphs


def test_a_dash_line_with_a_books_publication_in_brackets_credits_its_maker_and_book():
    # a credit under a quotation on an exhibition panel: the year inside the brackets is the
    # book's, and the place and publisher are no speaker
    text = (
        "The mill closed in 1931.\n\n"
        "“Nobody in the valley thought the looms would stop, least of all the owners.”\n\n"
        "— Ruth Ellery, The Weavers' Valley (Halifax: Calder Press, 1988), p. 112\n"
    )
    [quotation] = quotations(text, "Museum Curator")
    assert (quotation.speaker_name, quotation.work_title, quotation.page) == (
        "Ruth Ellery",
        "The Weavers' Valley",
        "112",
    )


def test_an_entry_opening_on_a_work_and_its_maker_holds_for_its_own_words():
    text = (
        "Highly commended\n\n"
        '- Harbour Lights by Niamh Coyle (Cobh), for its "gulls like receipts torn from the '
        'sky".\n'
        '- The Sexton by Iwan Price (Ruthin), whose sexton "digs as if the dead were '
        'watching".\n'
    )
    found = quotations(text, "Competition Judge")
    assert [(q.speaker_name, q.work_title) for q in found] == [
        ("Niamh Coyle", "Harbour Lights"),
        ("Iwan Price", "The Sexton"),
    ]
