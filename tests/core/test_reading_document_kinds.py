"""Every kind of document says who spoke in its own way, and a reader who has never met the
kind finds it from the document's own apparatus (kinds23): a source line set above a block
(a reader's, an anthology's, a teaching pack's caption), a label that lets the text point back
to a source ("Document 2"), the parties a report of a trial names by what the court did with
them, a catalogue's entry headed by its maker in the trade's inverted form, and a list of who
held an office when, which says whose hand a dated entry in the office's record is. Invented
sentences: a walkers' reader, a history examination, a county court report, a bookseller's
list, a bowls club's history."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages
from bot.core.extract.reading.captions import read_caption
from bot.core.extract.reading.model import Cite


def _quotations(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="Page Editor") if p.kind == "quotation"]


def _attributions(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(q.speaker_name, q.work_title, q.page, q.via_name) for q in _quotations(text)]


READER = (
    "Voices of the Fells: a reader for walkers\n\n"
    "Each passage below is printed under a line that says where it comes from.\n\n"
    "From the journal of Dorothy Pell, *A Year on the Fells* (1921), p. 44.\n\n"
    "    “The snow came over Harter Fell like a sheet pulled off a bed, and the sheep knew it "
    "an hour before we did.”\n\n"
    "From the *Westmorland Gazette*, 2 March 1931, p. 5.\n\n"
    "    “The road over the pass has been closed for a fortnight, and the post goes up on a "
    "sledge drawn by the vicar’s pony.”\n\n"
    "A notice posted at Seathwaite in 1899 by the Borrowdale Commoners’ Association.\n\n"
    "    “Walkers are asked to close every gate behind them, for the fell has no shepherd on "
    "a Sunday.”\n"
)


def test_a_source_line_above_a_block_names_its_maker_work_and_page_whatever_its_stop():
    assert _attributions(READER) == [
        ("Dorothy Pell", "A Year on the Fells", "44", None),
        ("Westmorland Gazette", "Westmorland Gazette", "5", None),
        ("Borrowdale Commoners’ Association", None, None, None),
    ]


def test_the_source_line_under_a_block_is_the_next_blocks_when_captions_stand_above():
    # the Gazette's line under Dorothy Pell's words is no citation of them
    first = _quotations(READER)[0]
    assert first.work_title == "A Year on the Fells"
    assert first.doubt is None


EXAMINATION = (
    "Paper 2: The Right to Roam, 1884–1939\n\n"
    "Document 1\n\n"
    "From a letter by Thomas Holroyd, a gamekeeper, to the Duke’s agent, 12 August 1932.\n\n"
    "    “There were four hundred of them on the top and only six of us, and I was not going "
    "to be the one that hit a lad from Salford.”\n\n"
    "Document 2\n\n"
    "From a speech by Ellen Ashworth at Kirkstone, as reported in the Cumberland News, 6 "
    "October 1936, p. 2.\n\n"
    "    “We have walked these hills for a thousand years and we will not ask a landlord’s "
    "leave to walk them now.”\n\n"
    "Questions\n\n"
    "1. Compare Document 1 with Document 2. Why might Document 2 speak of a landlord's "
    "leave “to walk them now”? (6 marks)\n"
)


def test_a_relay_in_a_source_line_is_the_via_and_its_page_stays():
    assert _attributions(EXAMINATION)[:2] == [
        ("Thomas Holroyd", None, None, None),
        ("Ellen Ashworth", None, "2", "Cumberland News"),
    ]


def test_words_the_text_takes_from_a_labelled_source_are_that_sources():
    taken = _quotations(EXAMINATION)[2]
    assert taken.text == "to walk them now"
    assert (taken.speaker_name, taken.page, taken.via_name) == (
        "Ellen Ashworth",
        "2",
        "Cumberland News",
    )


def test_a_sentence_is_no_source_line_though_it_opens_on_from():
    assert read_caption("From 1840 the family kept every letter Ann Pike sent home.") is None
    assert read_caption("From a letter by Ann Pike we learn that the dairy froze.") is None
    assert read_caption("A letter Ann Pike wrote in 1851 says as much.") is None
    assert read_caption("From a letter by Ann Pike to her brother, 1851.") == Cite(
        speaker="Ann Pike"
    )


COURT = (
    "KENDAL COUNTY COURT.\n\n"
    "Before His Honour Judge Pennington.\n\n"
    "Martha Lowe, of Rock Street, was summoned for allowing her chimney to be on fire on the "
    "3rd inst. Sergeant Alfred Kaye deposed that he saw flames a yard high above the stack.\n\n"
    'Cross-examined by the defendant, the witness said: "I knocked twice and nobody came to '
    'the door."\n\n'
    'The defendant said she had been at chapel: "I never leave a fire banked up on a Sunday, '
    'and I never will."\n\n'
    'His Honour said that "chapel or no chapel, a chimney is the householder\'s charge," and '
    "fined her five shillings.\n\n"
    "Ellen Marsh (41) and Jane Marsh (17), mother and daughter, were charged with taking coal "
    'from the railway sidings. The younger defendant said: "Mother knew nothing about it till '
    'I brought it home."\n'
)


def test_a_court_reports_parties_speak_by_the_roles_the_court_gave_them():
    assert [q.speaker_name for q in _quotations(COURT)] == [
        "Alfred Kaye",  # the witness: the one who last deposed, his rank dropped
        "Martha Lowe",  # the defendant: the one summoned
        "His Honour Judge Pennington",  # the judge the report's heading names
        "Jane Marsh",  # of two charged together, the younger by the ages given
    ]


def test_two_charged_together_leave_the_defendant_alone_unnamed():
    text = (
        "Ellen Marsh (41) and Jane Marsh (17), mother and daughter, were charged with taking "
        'coal from the railway sidings. The defendant said: "We took only what had fallen '
        'from the trucks, and the trucks were never short."\n'
    )
    assert [q.speaker_name for q in _quotations(text)] not in (["Ellen Marsh"], ["Jane Marsh"])


def test_a_catalogue_entry_is_its_makers_named_in_the_trades_inverted_form():
    text = (
        "Summer List 41: Yorkshire Letters and Papers\n\n"
        "PRIESTLEY (HANNAH). Autograph letter signed to her publisher, 2 pp., Halifax, 1872: "
        '"I will not have the dialect tidied; if the reader cannot follow it, let the reader '
        'come to Halifax."\n\n'
        "BAINES & CO. *Trade Price List for 1890.* Printed, 16 pp., with the notice on its "
        'cover: "Carriage paid on all orders above twenty shillings within the Riding."\n\n'
        "MOORHOUSE (JANE, née Firth). Manuscript receipt book, 60 pp., c. 1850, with her "
        'remedy for a cough: "Two spoons of honey in a gill of warm ale, and bed."\n'
    )
    assert _attributions(text) == [
        ("Hannah Priestley", None, None, None),
        ("Baines & Co", "Trade Price List for 1890", None, None),
        ("Jane Moorhouse", None, None, None),
    ]


CLUB = (
    "Thornby Bowls Club: The First Fifty Years\n\n"
    "Secretaries\n\n"
    "- 1950–1962 Harold Pye\n"
    "- 1962–1980 Mrs Edna Shaw\n"
    "- 1980– Dr Ravi Menon\n\n"
    "The secretary kept the minute book and wrote up every meeting in it.\n\n"
    'The green flooded twice in 1971. The minutes record: "Play abandoned; the ditch on the '
    'Mill Lane side has beaten us again."\n\n'
    'In 1962 the new secretary wrote to every member that the club would "pay its way or '
    'close its gate".\n\n'
    'A dry summer at last in 1984, and the minutes say only: "Green perfect. Members '
    'absent."\n'
)


def test_a_dated_entry_in_an_offices_record_is_the_holder_of_that_year():
    assert [q.speaker_name for q in _quotations(CLUB)] == [
        "Mrs Edna Shaw",
        "Mrs Edna Shaw",  # the new secretary of 1962: the one whose term began then
        "Ravi Menon",
    ]


def test_a_list_in_the_singular_or_without_a_heading_naming_an_office_lists_no_holders():
    for heading in ("Our history in brief", "Secretary"):
        text = CLUB.replace("Secretaries\n\n", f"{heading}\n\n")
        assert next(q.speaker_name for q in _quotations(text)) != "Mrs Edna Shaw"
