"""A heading that names a person, a body or a role over a section makes the quoted blocks and
quoted comments under it theirs, whether or not it names a talk (HELDOUT.md, "headings25";
``talks.party_heading`` and the party's part of ``reading/scope.py``). Each rule on sentences
written for it (an allotment tenancy appeal, a ferry consultation, a press complaints digest, a
museum's peer review; no essay's or probe's wording): the party is the one the heading names,
an anonymous party is an unnamed speaker the heading describes, the section's own paragraphs
quote as anywhere, and someone else named for a block speaks it, relayed by the party."""

from __future__ import annotations

from bot.core.extract.reading import Proposal
from bot.core.extract.reading.talks import Talk, party_heading
from tests.fixtures.readings import quotations


def quoted(text: str, author: str = "The Secretary") -> list[Proposal]:
    return quotations(text, author)


def read(text: str) -> list[tuple[str | None, bool, str | None]]:
    return [(p.speaker_name, p.unnamed, p.via_name) for p in quoted(text)]


def party(name: str, unnamed: bool = False) -> Talk:
    return Talk((name,), None, False, party=True, unnamed=unnamed)


def test_a_heading_names_a_party_by_label_number_and_name_in_any_of_its_forms():
    assert party_heading("### Appellant 3: Mr Idris Fenwick, plot 14") == party("Mr Idris Fenwick")
    assert party_heading("Referee B (Dr Sunita Vale, Museum of the Broads)") == party("Sunita Vale")
    assert party_heading("Submission 9 — Ravensby Ferry Users' Group") == party(
        "Ravensby Ferry Users' Group"
    )
    assert party_heading("**Comments received from the Harbour Trust**") == party("Harbour Trust")
    assert party_heading("Parish member: Councillor Dorcas Lamb") == party("Dorcas Lamb")
    assert party_heading("The operator's answer to the objections (Tidewater Crossings Ltd)") == (
        party("Tidewater Crossings Ltd")
    )
    # an office before the name: the name
    assert party_heading("Reply from the Harbour Master, Ewan Rudd") == party("Ewan Rudd")


def test_a_party_the_heading_leaves_unnamed_is_described_by_its_label():
    assert party_heading("## Referee A (anonymous)") == party("Referee A", unnamed=True)
    assert party_heading("Correspondent 12") == party("Correspondent 12", unnamed=True)
    assert party_heading("Submission 4 (identity not published)") == party(
        "Submission 4", unnamed=True
    )
    # a name the editor holds but does not print
    assert party_heading("Letter 7 (name and address supplied)") == party("Letter 7", unnamed=True)


def test_a_heading_whose_label_is_no_one_who_sends_words_in_names_no_party():
    assert party_heading("Chapter 6: Idris Fenwick") is None
    assert party_heading("**Clerk to the panel:** Harriet Moss, Senior Clerk") is None
    assert party_heading("Plot 14, Beck Lane") is None
    assert party_heading("Appendix 2: the tenancy rules") is None
    # a transcript's turn is no heading: its words name nobody
    assert party_heading("Appellant 3: I never had a written warning.") is None


APPEAL = (
    "# Beck Lane Allotments: tenancy appeals heard on 3 May\n\n"
    "The panel heard three appeals against notices to quit.\n\n"
    "### Appellant 1: Mrs Nora Quilliam, plot 6\n\n"
    "> The rhubarb bed was left fallow on the society's own advice, and I have the letter to "
    "prove it.\n\n"
    "**Panel's note.** The society's rules say a plot must be \u201cworked in every season "
    "of the year, fallow beds excepted where the committee has agreed in writing\u201d.\n\n"
    "### Appellant 2 (name withheld)\n\n"
    "> I was in hospital for eleven weeks and nobody from the committee asked why.\n\n"
    "### Appellant 3: Idris Fenwick, plot 14\n\n"
    "His appeal makes one point. It says the shed was \u201cput up by the previous tenant "
    "with the committee's blessing in 1998\u201d.\n\n"
    "His statement quotes the former secretary, Walter Crane:\n\n"
    "> The shed can stay as long as the roof is sound and the door is painted green.\n\n"
)


def test_a_block_under_a_party_s_heading_is_theirs_and_an_anonymous_party_s_is_unnamed():
    found = read(APPEAL)
    assert found[0] == ("Mrs Nora Quilliam", False, None)
    assert found[2] == ("Appellant 2", True, None)


def test_the_document_s_own_paragraph_under_the_heading_quotes_as_anywhere():
    rule = quoted(APPEAL)[1]
    assert rule.text.startswith("worked in every season")
    assert rule.speaker_name != "Mrs Nora Quilliam"


def test_words_the_section_gives_the_party_by_its_document_are_theirs():
    assert read(APPEAL)[3] == ("Idris Fenwick", False, None)


def test_a_block_whose_lead_in_names_someone_else_is_theirs_relayed_by_the_party():
    assert read(APPEAL)[4] == ("Walter Crane", False, "Idris Fenwick")


DIGEST = (
    "FERRY TIMETABLE CONSULTATION: WHAT YOU TOLD US\n\n"
    "Submission 1: Ravensby Ferry Users' Group\n\n"
    "\u201cA last crossing at 18.40 strands every commuter who works in the city.\u201d\n\n"
    "Submission 2 (identity not published)\n\n"
    "\u201cMy daughter's school bus meets the 07.50 boat and no other.\u201d\n\n"
    "Submission 3: Agnes Pirie, Ferry Road\n\n"
    "\u201cThe winter service has been cut three times since 2015 and never restored.\u201d\n\n"
    "Our reply\n\n"
    "We wrote to every respondent. One skipper told us that \u201cthe tide, not the "
    "timetable, decides the last crossing.\u201d\n"
)


def test_plain_lines_naming_each_submission_hold_over_the_paragraph_quoted_under_them():
    assert read(DIGEST)[:3] == [
        ("Ravensby Ferry Users' Group", False, None),
        ("Submission 2", True, None),
        ("Agnes Pirie", False, None),
    ]


def test_the_next_heading_ends_the_party_s_section():
    last = quoted(DIGEST)[3]
    assert last.speaker_name == "One skipper"


REVIEW = (
    "# Peer review of the exhibition proposal\n\n"
    "## Referee A (Dr Sunita Vale)\n\n"
    "### General remarks\n\n"
    "> The proposal is ambitious and the loans list is realistic.\n\n"
    "## Referee B (anonymous)\n\n"
    "> The catalogue budget is half what a show of this size needs.\n"
)


def test_a_lower_heading_inside_a_party_s_section_does_not_end_it():
    assert read(REVIEW) == [("Sunita Vale", False, None), ("Referee B", True, None)]


LETTERS_PAGE = (
    "POSTBAG\n\n"
    "Letter 1 (name and address supplied)\n\n"
    "\u201cWhy does the harbour car park close at six when the last ferry lands at "
    "seven?\u201d\n\n"
    "Reply from the Harbour Master, Ewan Rudd\n\n"
    "\u201cThe barrier times follow the summer timetable and will change in June.\u201d\n"
)


def test_a_reply_s_heading_under_a_letter_opens_the_reply_and_signs_nothing_above_it():
    assert read(LETTERS_PAGE) == [("Letter 1", True, None), ("Ewan Rudd", False, None)]


MEETING = (
    "# Hinton Orchard Society: annual meeting\n\n"
    "The chair, Gwen Arkwright, opened the meeting.\n\n"
    "## Comments received\n\n"
    "- Tom Ellery (plot 9): \u201cThe water troughs freeze every January and nobody lags "
    "them.\u201d\n"
    "- **Ruth Oduya**, gate keyholder: \u201cThe lane hedge needs cutting before the "
    "nesting season.\u201d\n\n"
    "## The Chair's reply\n\n"
    "> We will lag the troughs this autumn and cut the hedge in February.\n"
)


def test_each_comment_under_a_heading_of_comments_is_its_own_writer_s():
    assert [p.speaker_name for p in quoted(MEETING)[:2]] == ["Tom Ellery", "Ruth Oduya"]


def test_a_heading_naming_a_role_s_reply_is_the_party_the_text_named_in_that_role():
    assert read(MEETING)[2] == ("Gwen Arkwright", False, None)


def test_a_party_the_heading_only_describes_is_unnamed_under_its_label():
    assert party_heading("Objector 12 (a tenant of Brook Row)") == party(
        "Objector 12", unnamed=True
    )
    assert party_heading("Respondent 4: a ferryman at Kyle") == party("Respondent 4", unnamed=True)
