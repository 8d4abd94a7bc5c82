"""Transcripts: who speaks is given by a label at each turn, not by a lead-in. Each rule on a
few sentences written for it (invented ferry hands, lock-keepers and members of a council; no
essay's wording)."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def quoted(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="The Essayist") if p.kind == "quotation"]


def turns(text: str) -> list[tuple[str, str | None, bool, str | None, str | None]]:
    """(words, speaker, unnamed, work, page) of each quotation."""
    return [(p.text, p.speaker_name, p.unnamed, p.work_title, p.page) for p in quoted(text)]


def test_question_and_answer_turns_are_the_interviewer_s_and_the_interviewee_s():
    found = turns(
        "In 1969 the folklorist Gwen Arthur interviewed Idris Powell, who had worked the "
        "ferry for forty years. Her typescript is laid out as question and answer:\n\n"
        "    Q. Did the ferry ever stop for the weather?\n"
        "    A. Twice in my time, and both times the vicar was aboard.\n"
        "    Q. What did he say about it?\n"
        "    A. Nothing a vicar ought to say, I can tell you that.\n\n"
        "(Ferry Voices, p. 8)\n"
    )
    assert found == [
        ("Did the ferry ever stop for the weather?", "Gwen Arthur", False, "Ferry Voices", "8"),
        (
            "Twice in my time, and both times the vicar was aboard.",
            "Idris Powell",
            False,
            "Ferry Voices",
            "8",
        ),
        ("What did he say about it?", "Gwen Arthur", False, "Ferry Voices", "8"),
        (
            "Nothing a vicar ought to say, I can tell you that.",
            "Idris Powell",
            False,
            "Ferry Voices",
            "8",
        ),
    ]


def test_a_name_in_capitals_is_the_person_named_in_full_and_a_role_the_one_who_asks():
    found = turns(
        "Later the same year the interviewer, Gwen Arthur, called on Bethan Lloyd, the "
        "lock-keeper's widow:\n\n"
        "> INTERVIEWER: How often did the barges come through?\n"
        "> MRS LLOYD: Every tide in summer, and my husband counted each one of them.\n"
    )
    assert [(words[:8], who, unnamed) for words, who, unnamed, *_ in found] == [
        ("How ofte", "Gwen Arthur", False),
        ("Every ti", "Bethan Lloyd", False),
    ]


def test_initials_are_the_one_person_named_with_them():
    found = turns(
        "Tom Rees recorded Nia Hughes at the chapel in 1981, and the tape is typed with "
        "initials only:\n\n"
        "    TR: Were the chapel teas always on a Saturday?\n"
        "    NH: Always, unless somebody important had died that week.\n"
    )
    assert [who for _, who, *_ in found] == ["Tom Rees", "Nia Hughes"]


def test_the_one_examined_answers_and_the_chairman_asks_numbered_questions():
    found = turns(
        "Owen Price, a lock-keeper, was examined by the inquiry's chairman, Arthur Wynne:\n\n"
        "    Q. 88. How many locks are you responsible for?\n"
        "    A. Four, and the weir when the water is high.\n\n"
        "(Canal Inquiry, Minutes of Evidence, 1902, p. 12)\n"
    )
    assert found == [
        (
            "How many locks are you responsible for?",
            "Arthur Wynne",
            False,
            "Minutes of Evidence",
            "12",
        ),
        (
            "Four, and the weir when the water is high.",
            "Owen Price",
            False,
            "Minutes of Evidence",
            "12",
        ),
    ]


DEBATE = (
    "The council's finances were attacked by Bryn Jenkins, a Liberal member, in the "
    "budget debate:\n\n"
    "> Mr JENKINS (Llanfair West): The rates have risen twice in a year and the roads are no "
    "better for it.\n"
    ">\n"
    "> I ask the council where the money has gone.\n"
    ">\n"
    "> Several Members: Hear, hear.\n"
    ">\n"
    "> The Chairman of Finance (Mr Pugh): Into the roads, as the hon. Member would know if he "
    "used them.\n"
    ">\n"
    "> An Hon. Member: He cannot afford the toll.\n\n"
    "(HC Deb 4 May 1926 vol 195 cols 310–311)\n"
)


def test_a_debate_s_labels_give_each_turn_to_its_member_a_group_stays_unnamed():
    found = turns(DEBATE)
    assert [(words.split()[0], who, unnamed) for words, who, unnamed, *_ in found] == [
        ("The", "Bryn Jenkins", False),  # both paragraphs under his label: one turn
        ("Hear,", "Several Members", True),
        ("Into", "Mr Pugh", False),  # the name in the parenthesis, not the office
        ("He", "An Hon. Member", True),
    ]
    assert found[0][0].endswith("where the money has gone.")


def test_a_hansard_citation_gives_the_series_as_work_and_the_column_as_place():
    found = turns(DEBATE)
    assert {(work, page) for *_, work, page in found} == {("HC Deb", "col. 310-311")}
    [said] = turns(
        "Mr Pugh called the toll 'a tax on the honest walker' (HL Deb 2 June 1927, vol 67, "
        "col 88).\n"
    )
    assert (said[1], said[3], said[4]) == ("Mr Pugh", "HL Deb", "col. 88")


def test_one_speech_under_a_member_s_label_is_that_member_s():
    [speech] = turns(
        "The only defence of the toll came from its own side:\n\n"
        "> Mr HOWELLS (Abergele): The toll keeps the bridge, and the bridge keeps the town.\n"
    )
    assert speech[:2] == ("The toll keeps the bridge, and the bridge keeps the town.", "Mr Howells")


def test_record_fields_and_a_single_question_are_no_transcript():
    found = turns(
        "The notice was pinned to the lock gate:\n\n"
        "    Note: the gate is not to be opened by anyone but the keeper on duty.\n"
        "    Date: this first day of June, by order of the company.\n"
    )
    assert [who for _, who, *_ in found] == [None]  # one quotation, nobody labelled
    assert found[0][0].startswith("Note: the gate")


def test_the_one_asked_answers_not_the_asker():
    [found] = quoted(
        "Ifor Bowen kept the lock for thirty years. Rhys Morgan asked him whether the work "
        "had been lonely, and he replied: 'Never, with the boats going by all day.'\n"
    )
    assert found.speaker_name == "Ifor Bowen"


def test_a_question_number_beside_a_page_is_no_work():
    [found] = quoted(
        "Price was blunter later: 'The company never mended a gate it could patch.' "
        "(Minutes of Evidence, Q. 140, p. 19)\n"
    )
    assert (found.work_title, found.page) == ("Minutes of Evidence", "19")
