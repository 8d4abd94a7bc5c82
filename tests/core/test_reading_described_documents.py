"""A quoted document speaks with the voice of whoever wrote it, and it is a work only when it has
a title (HELDOUT.md, "Who wrote this document, and is it titled", documents21). A note or a
citation that describes a document by its kind ("Email", "Letter of objection", "Structural
appraisal B", "Tender no. 88", "Diary of …") names no work and relays nothing; the writer it
names ("… , Ann Lee to the clerk, …") speaks, also for the one a lead-in only describes. A
reference list under a heading a catalogue or a guide uses ("Literature", "Further reading"),
numbered or not, is read as any works-cited list is. Each rule on sentences written for it
(invented ferries, harbours and halls; no essay's wording)."""

from __future__ import annotations

from bot.core.extract.reading.works import described_document, document_writer
from tests.fixtures.readings import quotations as quoted


def who(text: str) -> list[tuple[str | None, bool, str | None, str | None, str | None]]:
    return [(p.speaker_name, p.unnamed, p.work_title, p.page, p.via_name) for p in quoted(text)]


def test_a_document_named_by_its_kind_and_label_is_described_not_titled() -> None:
    for piece in (
        "Email",
        "Letter of objection",
        "Structural appraisal B",
        "Tender no. 88",
        "Application 19/0442",
        "Minutes of the annual meeting",
        "Consultation response",
    ):
        assert described_document(piece) == (True, None), piece
    assert described_document("Diary of Ezra Penhale") == (True, "Ezra Penhale")
    for title in ("Report on the Harbour Walls", "A Century of Tides", "Annual Report 2015"):
        assert described_document(title) == (False, None), title


def test_the_writer_of_a_described_document_is_the_one_before_to() -> None:
    assert document_writer("Rhona Maddox to the ferry users' group") == "Rhona Maddox"
    assert document_writer("Corran & Sons to the hall trustees") == "Corran & Sons"
    assert document_writer("Dr Ivo Lamb to the Chair of Governors") == "Dr Ivo Lamb"
    assert document_writer("Silloth, 4 May 1920") is None


def test_a_note_describing_a_document_gives_its_writer_no_work_and_no_via() -> None:
    text = (
        "The ferry's future was argued over all winter. The users' secretary set out the case "
        'in a few lines: "a ferry that runs twice a day is a ferry nobody can rely on".[^1] '
        "The engineer's view was plainer: \"the slipway will not see out another five "
        'winters".[^2]\n\n'
        "[^1]: E-mail, Rhona Maddox to the harbour committee, 3 February 2020.\n"
        "[^2]: Structural appraisal B, 12 January 2020, para. 6.\n"
    )
    assert who(text) == [
        ("Rhona Maddox", False, None, None, None),
        ("The engineer", True, None, "para. 6", None),
    ]


def test_a_firm_that_wrote_a_tender_speaks_it_and_its_item_is_no_page() -> None:
    text = (
        "The hall's roof was the next question. The builder's tender was frank: \"every "
        'slate on the north side has slipped at least once".[^1] Nobody argued.\n\n'
        "[^1]: Tender no. 88, Corran & Sons to the hall trustees, 2 May 1986, item 4.\n"
    )
    assert who(text) == [("Corran & Sons", False, None, None, None)]


def test_the_one_a_lead_in_describes_is_the_writer_the_note_names() -> None:
    guild = (
        "The plan had its critics. A watermen's guild wrote that it was \"a slow drowning of "
        'an old trade, done politely".[^1] The plan went ahead.\n\n'
        "[^1]: Representation, Tamar Watermen's Guild to the harbour committee, 4 December "
        "2019.\n"
    )
    assert who(guild) == [("Tamar Watermen's Guild", False, None, None, None)]
    diary = (
        "The keeper's diary has the best account of the storm: \"Glass fell all night and "
        'the lamp smoked till four."[^1] The lamp was replaced that spring.\n\n'
        "[^1]: Diary of Ezra Penhale, 3 March 1891, in private hands.\n"
    )
    assert who(diary) == [("Ezra Penhale", False, None, None, None)]
    objector = (
        'The timetable was not popular. An objector wrote that it had been "written by '
        'someone who has never missed a boat".[^1] It was changed in 1973.\n\n'
        "[^1]: Letter of objection, Mrs Olwen Pryce to the ferry company, 9 June 1972.\n"
    )
    assert who(objector) == [("Mrs Olwen Pryce", False, None, None, None)]


def test_a_literature_list_is_a_works_cited_list_numbered_or_not() -> None:
    plain = (
        "Two guides disagree about the quay. Maud Allonby's calls it \"the finest small "
        'harbour on the coast" (Allonby 1961, 14).\n\n'
        "## Literature\n\n"
        "Allonby, Maud. 1961. *Harbours of the Solway*. Silloth: Firth Press.\n"
    )
    assert who(plain) == [("Maud Allonby", False, "Harbours of the Solway", "14", None)]
    numbered = (
        'Two guides disagree about the quay. One calls it "the finest small harbour on the '
        'coast" (Allonby 1961, 14).\n\n'
        "## 4. Further reading\n\n"
        "1. Allonby, Maud. 1961. *Harbours of the Solway*. Silloth: Firth Press.\n"
        "2. Solway Harbour Trust. 1974. *A Century of Tides*. Silloth: the Trust.\n"
    )
    assert who(numbered) == [("Maud Allonby", False, "Harbours of the Solway", "14", None)]


def test_a_sale_or_reference_entry_before_the_words_gives_its_maker_and_title() -> None:
    text = (
        "Provenance: the Aske family, Richmond, until 1952.\n\n"
        '- Tennant & Hume, Richmond, 12 October 1952, lot 33, catalogued as "a sampler of '
        'unusual size, the verse much faded".\n'
        "- Dora Kettlewell, *Swaledale Needlework* (Reeth, 1981), p. 57, where it is called "
        '"the most ambitious sampler in the dale".\n'
    )
    assert who(text) == [
        ("Tennant & Hume", False, None, None, None),
        ("Dora Kettlewell", False, "Swaledale Needlework", "57", None),
    ]
    labelled = (
        "Literature: Gilbert Ashe, *Yorkshire Bells* (York, 1966), pp. 12–13, which calls the "
        'treble "the sweetest bell in the Ainsty". Exhibited: none.'
    )
    assert who(labelled) == [("Gilbert Ashe", False, "Yorkshire Bells", "12-13", None)]


def test_the_writer_set_beside_an_entry_or_a_report_speaks_in_the_titled_work() -> None:
    entry = (
        "The bell was shown at York in 1970 and appears in *Bells of the Ainsty*, the "
        "exhibition's catalogue. The entry, written by Canon Hugh Tarrant, calls it \"a bell "
        'that has outlived four churches".'
    )
    assert who(entry) == [("Hugh Tarrant", False, "Bells of the Ainsty", None, None)]
    inspection = (
        "The tower was inspected again in 2019. The inspection, by Fiona Marr, found the frame "
        '"sound, if noisy, and older than anyone thought".'
    )
    assert who(inspection) == [("Fiona Marr", False, None, None, None)]


def test_a_letter_or_a_memo_from_someone_that_calls_or_complains_is_theirs() -> None:
    note = (
        "The sale went ahead. A note from the churchwarden, Ellis Bright, to the rector, 4 June "
        '1952, complains that the bells were "sold off like a lame cart horse at a fair".'
    )
    assert who(note) == [("Ellis Bright", False, None, None, None)]
    email = (
        'An email from Priya Nair to the trustees, sent the same evening, calls the plan "a '
        'very expensive way of saying no".'
    )
    assert who(email) == [("Priya Nair", False, None, None, None)]


def test_a_papers_critic_or_columnist_writes_in_it_and_whoever_told_it_is_relayed() -> None:
    review = (
        'The concert was reviewed twice. Mary Fenn, in the *Craven Herald*, called it "the best '
        'evening the hall has had since the war" (4 May 1951, p. 3). A week later its music '
        'critic, Tom Ayres, wrote that the choir "sang as if the roof depended on it".'
    )
    assert who(review) == [
        ("Mary Fenn", False, "Craven Herald", "3", None),
        ("Tom Ayres", False, "Craven Herald", None, None),
    ]
    column = (
        'The rector told the *Ripon Gazette* that the bells were "too heavy for the tower and '
        "too good for the scrapyard\". The same paper's columnist, Joan Mercer, wrote that the "
        'parish had "found its voice again after forty years".'
    )
    assert who(column)[1] == ("Joan Mercer", False, "Ripon Gazette", None, None)
    assert who(column)[0][2:] == (None, None, "Ripon Gazette")


def test_someone_quoted_in_a_paper_as_saying_speaks_and_the_cited_paper_relays() -> None:
    text = (
        "2.4 The late Amos Tranter, who kept the ferry for forty years, was quoted in the local "
        'press as saying that "a river is a road that forgives nobody".[^3] The boat is '
        "still his.\n\n"
        "[^3]: Severn Valley Echo, 9 May 1988, p. 7.\n"
    )
    assert who(text) == [("Amos Tranter", False, None, "7", "Severn Valley Echo")]


def test_a_periodical_named_after_its_kind_is_the_work_of_its_owners_words() -> None:
    text = (
        "The Wharfe Anglers' Association told members in its newsletter, *The Keepnet* (no. 12, "
        'spring 1999), to "leave the upper pool to the herons until June".'
    )
    assert who(text) == [("Wharfe Anglers' Association", False, "The Keepnet", None, None)]


def test_a_firms_abbreviation_keeps_its_full_stop() -> None:
    text = (
        'The estimate was short: "the west window cannot be saved, only copied".[^1]\n\n'
        "[^1]: Estimate, Hardman & Co. to the vicar, 3 March 1961.\n"
    )
    assert who(text) == [("Hardman & Co.", False, None, None, None)]


def test_an_authors_entry_in_a_list_that_also_quotes_is_read_as_a_works_cited_entry() -> None:
    text = (
        'The pump house has had few admirers. One guide thought it "a chapel built for an '
        'engine that never learned to pray" (Rudd 1977: 41).\n\n'
        "## Sources\n\n"
        '- Colin Ames, *Water Works* (Leeds, 1990), p. 8, where it is "plain to the point of '
        'rudeness".\n'
        "- Rudd, Harriet. 1977. *Engines of the Aire*. Leeds: Calder Books.\n"
    )
    assert who(text) == [
        ("Harriet Rudd", False, "Engines of the Aire", "41", None),
        ("Colin Ames", False, "Water Works", "8", None),
    ]


def test_a_sale_cited_by_house_place_date_and_lot_is_the_houses_words() -> None:
    trailing = (
        'The chair was sold in 1979 as "a good provincial chair of the period, the rush seat '
        'renewed" (Phillips, Bath, 12 March 1979, lot 88).'
    )
    assert who(trailing) == [("Phillips", False, None, None, None)]
    bracketed = (
        "The sale catalogue (Thomson & Sons, Penrith, 2 May 1961, lot 14) describes the chair as "
        '"a sturdy farmhouse chair, much sat in".'
    )
    assert who(bracketed) == [("Thomson & Sons", False, None, None, None)]


def test_an_entry_under_a_catalogue_named_in_the_paragraph_before_is_in_it() -> None:
    text = (
        "*Welsh Kitchens*, Museum of the Vale, Llandaff, 2003, no. 51.\n\n"
        'The entry, by Prof. Glenys Rowe, calls the dresser "the proudest piece of '
        'furniture a farm could own".'
    )
    assert who(text) == [("Glenys Rowe", False, "Welsh Kitchens", None, None)]


def test_an_author_date_reference_before_a_colon_gives_the_words_its_entry() -> None:
    text = (
        'Few historians admired the mill. Literature: Ridley 1958: 73: "the ugliest useful '
        'building on the river"; Oates 1990: 12.\n\n'
        "Ridley, Bernard. 1958. *Mills of the Tyne*. Hexham: Priory Press.\n"
    )
    assert who(text) == [("Bernard Ridley", False, "Mills of the Tyne", "73", None)]


def test_an_authors_entry_standing_alone_under_no_known_heading_is_read() -> None:
    text = (
        'The mill has few admirers. Ridley (1958: 73) calls it "the ugliest useful building '
        'on the river".\n\n'
        "Ridley, Bernard. 1958. *Mills of the Tyne*. Hexham: Priory Press.\n"
    )
    assert who(text) == [("Bernard Ridley", False, "Mills of the Tyne", "73", None)]


def test_a_paper_that_reports_someone_as_saying_relays_their_words() -> None:
    pronoun = (
        "At the ferry's reopening the harbour-master, Ruth Pengelly, spoke briefly. The *Whitby "
        'Gazette* quoted her as saying that "a ferry is only a bridge that has learned to be '
        'patient".'
    )
    assert who(pronoun) == [("Ruth Pengelly", False, None, None, "Whitby Gazette")]
    named = (
        "The *Scarborough Evening News* reported the chairman of the trustees, Oliver Crane, as "
        'saying that "the boat will run as long as the river does".'
    )
    assert who(named) == [("Oliver Crane", False, None, None, "Scarborough Evening News")]


def test_a_letter_of_support_from_someone_that_calls_it_is_theirs() -> None:
    text = (
        'A letter of support from Cllr Nia Probert calls the ferry "the only public transport '
        'in the parish that has never been late".'
    )
    assert who(text) == [("Nia Probert", False, None, None, None)]
