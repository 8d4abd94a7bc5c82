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


INQUEST = (
    "INQUEST AT GRASMERE.\n\n"
    "The inquest on Robert Tyson, a waller, was held at the Red Lion on Monday before the "
    "coroner, Mr Edward Gibson.\n\n"
    "John Birkett, shepherd, deposed that he found the body below the crags. Birkett said that "
    "when he met him on the path the day before, the deceased called out to him, \"There's "
    "weather coming, John, and I've a wall to finish.\"\n\n"
    "Agnes Tyson, the widow, stated that on the morning of his death Dr Henry Walker said to "
    'her, "He is as fit as any man on the fell."\n'
)


def test_words_a_witness_says_someone_spoke_to_them_are_theirs_relayed_by_the_witness():
    assert [(q.speaker_name, q.via_name) for q in _quotations(INQUEST)] == [
        ("Robert Tyson", "John Birkett"),  # the deceased: the one the inquest was held on
        ("Henry Walker", "Agnes Tyson"),
    ]


def test_a_paragraph_opening_in_reported_speech_keeps_its_voice_for_the_words_in_it():
    text = (
        "BATHS COMMITTEE.\n\n"
        "Alderman Thomas Pike, moving the resolution, said that the baths had lost money every "
        'summer since the war. They had been built for "a population that washed in the river '
        'and was glad of a roof over the water," and that population had gone.\n'
    )
    assert [q.speaker_name for q in _quotations(text)] == ["Thomas Pike"]


def test_another_voice_in_the_paragraph_ends_the_reported_speech():
    text = (
        "BATHS COMMITTEE.\n\n"
        "Alderman Thomas Pike, moving the resolution, said that the baths had lost money every "
        "summer since the war. The town clerk replied that the figures were not yet audited, "
        'and the baths were still "a population\'s only clean water in a dry August."\n'
    )
    assert [q.speaker_name for q in _quotations(text)] != ["Thomas Pike"]


def test_a_biographical_dictionarys_entry_is_its_subjects_named_in_the_usual_order():
    text = (
        "A Dictionary of Calder Valley Writers\n\n"
        "HEY, Thomas (1812–1870), weaver and poet, was born at Bradshaw and worked the same "
        'loom for forty years. His best-known lines end: "The shuttle stops, the master '
        "sleeps, / And still the weaver's daughter weeps.\"\n\n"
        "LEEDS, Friday. The mills were quiet and the streets full of people with nowhere to go "
        'on a working day: "a holiday nobody asked for, and nobody can pay for."\n'
    )
    speakers = [q.speaker_name for q in _quotations(text)]
    assert speakers[0] == "Thomas Hey"
    assert speakers[1] != "Friday Leeds"  # a dateline in capitals is no entry's heading


def test_verses_carry_their_title_as_a_heading_a_letter_only_its_letterhead():
    text = (
        'Among her papers are the verses headed *The Last Tram*, in her own hand: "Lit like a '
        'chapel, empty as a purse, / It climbs the hill and takes us home, or worse."\n\n'
        'His letter headed *Private* says only: "Burn this when you have read it, and tell '
        'Mother nothing of the money."\n'
    )
    assert [q.work_title for q in _quotations(text)] == ["The Last Tram", None]


def test_a_papers_date_and_page_between_it_and_its_verb_leave_it_the_relay():
    text = (
        "The campaign reached the papers in the spring. The *Craven Herald* (3 April 1987, "
        'p. 6) quoted Sheila Metcalfe: "They closed the line once and it took us twenty years '
        'to get a bus."\n\n'
        "The Yorkshire Post of 9 May 1987 quoted a guard, Eric Hodgson, on the last train: "
        '"I have punched my last ticket and I am keeping the clippers."\n'
    )
    assert _attributions(text) == [
        ("Sheila Metcalfe", None, "6", "Craven Herald"),
        ("Eric Hodgson", None, None, "Yorkshire Post"),
    ]


def test_a_transcripts_heading_line_names_the_one_who_asks_and_the_one_who_answers():
    text = (
        "The Settle Riot Trial, 1849\n\n"
        "The shorthand notes of the second day survive among the clerk's papers.\n\n"
        "AGNES DOWBIGGIN, sworn. Cross-examined by Mr Ferrand.\n\n"
        "    Q. You say the window was already broken when you came up the street?\n"
        "    A. It was broken, sir, and the glass was on the inside of the shop.\n"
    )
    assert [q.speaker_name for q in _quotations(text)] == ["Mr Ferrand", "Agnes Dowbiggin"]


def test_an_untitled_document_that_quoted_someone_leaves_them_the_speaker():
    # a newspaper's corrections column: the article is the paper's own, no relay of its own
    text = (
        "Corrections and clarifications\n\n"
        "A report on 4 June (“Library hours cut”, page 3) quoted Councillor Imran Baig as "
        'saying the branch was "a luxury the ward can no longer afford". He has asked us to '
        "make clear that he was reading from a resident's letter.\n\n"
        'The article quoted Ruth Ellery as saying that the mobile library "stops outside my '
        'door and nowhere else in the parish".\n'
    )
    assert [(q.speaker_name, q.via_name) for q in _quotations(text)] == [
        ("Imran Baig", None),
        ("Ruth Ellery", None),
    ]


def test_a_source_label_on_the_captions_own_line_leaves_the_caption_its_maker():
    # a parish history's pack: the label and the caption share one line, and the place the
    # source was printed is a sentence of its own
    assert read_caption(
        "Item 3 From the notebook of Martha Ilsley, a midwife, 1871. Printed in Ruth Dane "
        "(ed.), Birth and the Parish (Ely, 1990), p. 112."
    ) == Cite(speaker="Martha Ilsley", work="Birth and the Parish", page="112")
    assert read_caption(
        "Extract iv: From an address by the Reverend Hugh Catt to the Sunday scholars, "
        "printed as a tract, A Word to the Young (Ely, 1868), p. 3."
    ) == Cite(speaker="Hugh Catt", work="A Word to the Young", page="3")
    # a later sentence that is no citation is still no part of the caption
    assert read_caption(
        "Item 4 From a letter by Ann Goult to her son, 1872. Her son kept it in his Bible."
    ) == Cite(speaker="Ann Goult")
    # a relay's sentence gives no page of its own to the maker's words
    assert read_caption(
        "Item 5 From a letter by Ann Goult to her son, 1873. Quoted in the Ely Gazette, "
        "4 May 1990, p. 6."
    ) == Cite(speaker="Ann Goult")
