"""An address says who "you" and "I" are (HELDOUT.md, "headings25"; ``reading/letters.py``,
``_addressee_speaks`` in ``reading/reader.py``, the letter's part of ``_narrator`` and the
text's own document in ``reading/scope.py``). Each rule on sentences written for it (a
parish magazine's exchange over a bell tower, a memo to a head teacher, a cricket club's open
letter; no essay's or probe's wording): the `To:` line or the salutation names whom the
letter's "you" is, the signature or the `From:` line whom its "I" is, and "my" document,
named by its title, is the writer's work."""

from __future__ import annotations

from bot.core.extract.reading import Proposal
from bot.core.extract.reading.blocks import _blocks
from bot.core.extract.reading.letters import Letter, read_letters
from tests.fixtures.readings import quotations


def quoted(text: str, author: str = "Rosemary Tait") -> list[Proposal]:
    return quotations(text, author)


def read(text: str, author: str = "Rosemary Tait") -> list[tuple[str | None, str | None]]:
    return [(p.speaker_name, p.work_title) for p in quoted(text, author)]


EXCHANGE = (
    "THE BELL TOWER: AN EXCHANGE OF LETTERS\n\n"
    "Printed by the magazine's editor with the writers' leave.\n\n"
    "Dear Canon Ferris,\n\n"
    "In your sermon on Low Sunday you told the congregation that \u201cthe bells will ring "
    "again before the harvest festival.\u201d In my note to the churchwardens I wrote that "
    "\u201cthe frame is split and no ringer should climb the tower until it is mended.\u201d "
    "My survey, Frame and Fittings, says on page 4: \u201cThe oak is sound but every bolt "
    "has rusted through.\u201d\n\n"
    "Yours sincerely,\n\n"
    "Gideon Marsh\n\n"
    "Tower Captain\n\n"
    "Dear Mr Marsh,\n\n"
    "You say that the frame is \u201csplit from the west corner to the treble's pit.\u201d "
    "I said at the annual meeting, \u201cwe shall raise the money before we raise the "
    "bells,\u201d and I hold to it.\n\n"
    "With every good wish,\n\n"
    "Hugh Ferris\n\n"
    "Rector of Amblecote\n"
)


def test_the_letters_a_text_sets_out_run_from_salutation_to_signature():
    letters = read_letters(_blocks(EXCHANGE))
    # each salutation's title and surname is the writer of the other letter, as they sign
    assert [(letter.writer, letter.addressee) for letter in letters] == [
        ("Gideon Marsh", "Hugh Ferris"),
        ("Hugh Ferris", "Gideon Marsh"),
    ]
    assert letters[0].end <= letters[1].start


def test_a_letter_s_you_quotes_the_one_its_salutation_addresses():
    found = read(EXCHANGE)
    assert found[0] == ("Hugh Ferris", None)
    assert found[3] == ("Gideon Marsh", None)


def test_a_letter_s_i_quotes_the_one_who_signs_it_not_the_text_s_author():
    found = read(EXCHANGE)
    assert found[1] == ("Gideon Marsh", None)
    assert found[4] == ("Hugh Ferris", None)


def test_the_writer_s_own_document_named_by_its_title_is_their_work():
    survey = quoted(EXCHANGE)[2]
    assert (survey.speaker_name, survey.work_title, survey.page) == (
        "Gideon Marsh",
        "Frame and Fittings",
        "4",
    )


MEMO = (
    "# The netball court: a memo and what came of it\n\n"
    "To: Mrs Alison Reddy, Head Teacher\n"
    "From: Colm Devlin, Site Manager\n"
    "Date: 9 January\n\n"
    "Dear Mrs Reddy,\n\n"
    "At the governors' meeting you said the court would be \u201cresurfaced over the "
    "Easter holiday at the latest.\u201d Your own budget paper says the work will "
    "\u201ccost less than the new minibus.\u201d\n\n"
    "Colm\n"
)


def test_a_to_line_names_the_addressee_in_full_and_a_from_line_the_writer():
    letters = read_letters(_blocks(MEMO))
    assert letters == [Letter(letters[0].start, letters[0].end, "Colm Devlin", "Mrs Alison Reddy")]
    assert read(MEMO) == [("Mrs Alison Reddy", None), ("Mrs Alison Reddy", None)]


OPEN_LETTER = (
    "An open letter to the members\n\n"
    "Dear Friends,\n\n"
    "You told the committee last year that \u201cthe nets should come before the "
    "pavilion roof,\u201d and we listened. As I said at the dinner, \u201cno club ever "
    "won a match in a dry pavilion.\u201d\n\n"
    "Yours in cricket,\n\n"
    "Ruth Ormsby\n\n"
    "Chair, Wendlebury Cricket Club\n"
)


def test_a_letter_to_nobody_in_particular_gives_its_you_to_nobody_but_its_i_to_its_signer():
    found = read(OPEN_LETTER)
    assert found[0][0] != "Friends"
    assert found[1] == ("Ruth Ormsby", None)


def test_my_kin_is_no_document_of_mine_but_my_notebook_is():
    text = (
        "Dear Tom,\n\n"
        "My sister wrote from Hexham that \u201cthe bees swarmed twice before the lime "
        "trees flowered.\u201d\n\n"
        "My notebook says: \u201cmove the hives before the lime trees flower, whatever the "
        "weather.\u201d\n\n"
        "Yours ever,\n\n"
        "Edith Pike\n"
    )
    sister, notebook = quoted(text, author="The Beekeepers' Newsletter")
    assert (sister.speaker_name, sister.unnamed) == ("My sister", True)
    assert (notebook.speaker_name, notebook.unnamed) == ("Edith Pike", False)


def test_the_office_an_address_gives_someone_is_whom_a_later_role_phrase_means():
    text = (
        "# The mobile library: letters and a meeting\n\n"
        "To: Farah Qadir, Branch Librarian, Kelby Library\n"
        "From: Owen Hale, Secretary, Friends of Kelby Library\n\n"
        "Dear Ms Qadir,\n\n"
        "Thank you for meeting us about the van.\n\n"
        "Yours sincerely,\n\n"
        "Owen Hale\n\n"
        "## The meeting\n\n"
        "At the meeting the librarian told the room that \u201cthe van will run on Thursdays "
        "until the council finds a driver for Mondays.\u201d The secretary of the Friends "
        "answered that \u201cThursday is market day and nobody will be at home.\u201d\n"
    )
    assert [(p.speaker_name, p.unnamed) for p in quoted(text)] == [
        ("Farah Qadir", False),
        ("Owen Hale", False),
    ]


def test_a_letter_to_its_readers_gives_some_of_them_as_an_unnamed_speaker():
    text = (
        "Letter 1: Ann Pike\n\n"
        "\u201cThe footbridge has been shut since March and nobody will say why.\u201d\n\n"
        "Reply from Councillor Tom Ede\n\n"
        "\u201cThe inspection found rot in two of the main beams.\u201d\n\n"
        "From the editor\n\n"
        "Dear readers,\n\n"
        "Some of you have written that the paper \u201cnever asked the council a hard "
        "question about the bridge.\u201d My own tally, printed as Forty Letters, records: "
        "\u201cThirty-one of the forty letters were about the footbridge.\u201d\n\n"
        "Joan Ashby\n"
    )
    found = quoted(text, author="Joan Ashby")
    assert (found[2].speaker_name, found[2].unnamed) == ("Some of you", True)
    assert (found[3].speaker_name, found[3].work_title) == ("Joan Ashby", "Forty Letters")


REVISION = (
    "Paper HW-22, \u201cSwifts in the Church Towers of the Vale\u201d\n\n"
    "To: Professor Lena Marr, Editor\n\n"
    "Dear Professor Marr,\n\n"
    "The referees asked for a plainer opening. The first sentence (l. 3) now reads: "
    "\u201cSwifts nested in nine of the fourteen towers we climbed.\u201d\n\n"
    "The revised paragraph at lines 88\u201390 reads: \u201cThe towers with louvres left "
    "open held every colony we found.\u201d\n\n"
    "Yours sincerely,\n\n"
    "Owen Tarrant\n"
)


def test_the_writer_s_own_text_as_it_now_reads_is_theirs_in_the_document_named_at_its_head():
    found = quoted(REVISION, author="The Swift Group")
    assert [(p.speaker_name, p.work_title, p.page) for p in found] == [
        ("Owen Tarrant", "Swifts in the Church Towers of the Vale", "l. 3"),
        ("Owen Tarrant", "Swifts in the Church Towers of the Vale", "ll. 88-90"),
    ]  # the label naming the paper by kind and title is no quotation


def test_an_open_letter_s_heading_names_whom_its_you_is():
    text = (
        "## An open letter to the Chief Constable, Marcus Thorne\n\n"
        "In your own words, \u201cevery village deserves a named officer it can "
        "telephone,\u201d and ours has had none since May. To quote you again, \u201cthe "
        "rural beat is not a luxury.\u201d\n\n"
        "Yours faithfully,\n\n"
        "Priya Sandhu\n\n"
        "Clerk to Hinton Parish Council\n"
    )
    assert [p.speaker_name for p in quoted(text)] == ["Marcus Thorne", "Marcus Thorne"]


def test_an_unsigned_letter_ends_at_the_next_heading_and_the_text_s_own_voice_resumes():
    text = (
        "## The e-mail\n\n"
        "From: Dana Reeve\n"
        "To: Colin Marsh\n\n"
        "Hi Colin,\n\n"
        "You told the meeting that \u201cthe towpath will reopen in May.\u201d\n\n"
        "## What happened next\n\n"
        "I wrote in the newsletter that \u201cthe towpath stayed shut until August.\u201d\n"
    )
    found = quoted(text, author="Petra Lowe")
    assert [p.speaker_name for p in found] == ["Colin Marsh", "Petra Lowe"]
