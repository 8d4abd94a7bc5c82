"""A quoted document speaks with the voice of whoever wrote it, and it is a work only when it has
a title (HELDOUT.md, "Who wrote this document, and is it titled", documents21). A note or a
citation that describes a document by its kind ("Email", "Letter of objection", "Structural
appraisal B", "Tender no. 88", "Diary of …") names no work and relays nothing; the writer it
names ("… , Ann Lee to the clerk, …") speaks, also for the one a lead-in only describes. A
reference list under a heading a catalogue or a guide uses ("Literature", "Further reading"),
numbered or not, is read as any works-cited list is. Each rule on sentences written for it
(invented ferries, harbours and halls; no essay's wording)."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages
from bot.core.extract.reading.works import described_document, document_writer


def quoted(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="The Essayist") if p.kind == "quotation"]


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
