"""Transcripts: who speaks is given by a label at each turn, not by a lead-in. Each rule on a
few sentences written for it (invented ferry hands, lock-keepers and members of a council; no
essay's wording)."""

from __future__ import annotations

from tests.fixtures.readings import quotations as quoted


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
    '> Several Members: "Hear, hear."\n'
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


def test_names_in_plain_letters_label_turns_when_the_paragraph_before_writes_them():
    found = turns(
        "In 1998 Huw Parry sat down with Megan Roberts, who had run the post office for "
        "thirty years:\n\n"
        "    Huw Parry: Did people queue for their pensions on a Thursday?\n"
        "    Megan Roberts: Right round the chapel wall, and nobody minded in the sun.\n"
        "    Huw Parry: And in the rain?\n"
        "    Megan Roberts: In the rain they minded, and they told me so.\n"
    )
    assert [who for _, who, *_ in found] == [
        "Huw Parry",
        "Megan Roberts",
        "Huw Parry",
        "Megan Roberts",
    ]
    assert found[1][0] == "Right round the chapel wall, and nobody minded in the sun."


def test_a_deposition_s_examiner_line_asks_the_court_is_unnamed_and_the_witness_answers():
    found = turns(
        "The miller, Dafydd Evans, was questioned at the inquest by the coroner's officer, "
        "Owen Pugh:\n\n"
        "    BY MR. PUGH:\n"
        "    Q. How high was the water at the sluice?\n"
        "    A. Higher than I have ever seen it.\n"
        "    THE CORONER: Take your time, Mr. Evans.\n"
        "    THE WITNESS: It was over the second board, sir, and rising.\n\n"
        "(Transcript of inquest proceedings, 3 March 1911, p. 6)\n"
    )
    assert [(who, unnamed, work, page) for _, who, unnamed, work, page in found] == [
        ("Owen Pugh", False, None, "6"),  # "BY MR. PUGH:" is no turn of its own
        ("Dafydd Evans", False, None, "6"),
        ("The Coroner", True, None, "6"),  # an office nobody is named for
        ("Dafydd Evans", False, None, "6"),
    ]


def test_the_congressional_record_s_names_in_capitals_before_a_full_stop_label_turns():
    found = turns(
        "The tariff was debated in the House. Representative Ellis Dorn of Vermont spoke "
        "first:\n\n"
        "    Mr. DORN. The slate quarries of my State cannot wait another session.\n"
        "    Mr. KEMP. Will the gentleman tell us what the quarries want?\n"
        "    Mr. DORN. A fair price, and no more than that.\n\n"
        "(Congressional Record, vol. 71, p. 2208)\n"
    )
    assert [(who, work, page) for _, who, _, work, page in found] == [
        ("Ellis Dorn", "Congressional Record", "2208"),  # the rank is no part of his name
        ("Mr. Kemp", "Congressional Record", "2208"),
        ("Ellis Dorn", "Congressional Record", "2208"),
    ]


def test_the_one_asked_answers_in_the_sentence_that_quotes_the_question():
    found = quoted(
        "Nerys Vaughan ran the ferry office. The inspector, Emrys Hale, asked her, 'Who keeps "
        "the ledger when you are away?', and she answered, 'Nobody, because I am never away.'\n"
    )
    assert [p.speaker_name for p in found] == ["Emrys Hale", "Nerys Vaughan"]


def test_a_dialogue_the_quoted_speaker_recounts_gives_the_other_party_s_turns_via_them():
    found = quoted(
        "In her address to the guild, Mair Lewis told of a visit to a supplier:\n\n"
        "“I went to the warehouse myself, and this is how it went:\n\n"
        "I : When will the wool arrive?\n\n"
        "He : Next week, madam, without fail. (Laughter.)\n\n"
        "I : And the week after that?\n\n"
        "He : The same week, madam, I give you my word. (Laughter.)\n\n"
        "“That is what a promise is worth in this trade.”\n"
    )
    outer, *turns = found
    assert outer.speaker_name == "Mair Lewis" and "When will the wool arrive?" in outer.text
    assert [(p.text, p.speaker_name, p.via_name) for p in turns] == [
        ("Next week, madam, without fail.", None, "Mair Lewis"),  # his, as she tells it
        ("The same week, madam, I give you my word.", None, "Mair Lewis"),
    ]  # her own "I" turns stay in her words; the laughter is nobody's


def test_a_transcript_set_as_plain_paragraphs_is_read_turn_by_turn():
    found = turns(
        "Our interviewer, Sian Morris, met the last ferryman, Gareth Owen, in 2011.\n\n"
        "Interviewer: How many crossings did you make on a summer Sunday?\n\n"
        "Gareth Owen: Forty, if the tide was kind, and thirty if it was not.\n\n"
        "Interviewer: Did you ever refuse anyone?\n\n"
        "Gareth Owen: Only the bishop, and he has never forgiven me.\n\n"
        "(Ferry Voices, p. 31)\n\n"
        "Owen kept the ferry running until the bridge opened in 1974.\n"
    )
    assert [(words[:5], who, page) for words, who, _, _, page in found] == [
        ("How m", "Sian Morris", "31"),
        ("Forty", "Gareth Owen", "31"),
        ("Did y", "Sian Morris", "31"),
        ("Only ", "Gareth Owen", "31"),
    ]


def test_minutes_fields_set_as_paragraphs_are_no_transcript():
    found = quoted(
        "The club met on 3 May.\n\n"
        "Present: Ann Lloyd, Bryn Hughes and the secretary.\n\n"
        "Apologies: Carys Bowen, who was at the regatta.\n\n"
        "Note: the boathouse roof is to be mended before June.\n"
    )
    assert found == []


def test_a_modern_record_s_seat_and_party_and_an_office_s_holder_in_parentheses():
    found = turns(
        "The exchange at question time was short:\n\n"
        "> Jane Ferris (Halden) (Lab): Will the Secretary of State meet the ferry workers this "
        "week?\n"
        ">\n"
        "> The Secretary of State for Transport (Anne Crewe): I will meet them on Thursday, "
        "and I will listen.\n\n"
        "(HC Deb 9 June 2021 vol 696 col 812)\n"
    )
    assert [(who, unnamed) for _, who, unnamed, *_ in found] == [
        ("Jane Ferris", False),  # her seat and party are no part of her name
        ("Anne Crewe", False),  # the office's holder, named in the parenthesis
    ]


def test_minutes_of_evidence_print_a_numbered_question_and_its_answer_on_one_line():
    found = turns(
        "The harbour master, Ivor Lloyd, was examined by the chairman, Hugh Pryce:\n\n"
        "    301. How many vessels used the harbour in a year?—About four hundred, sir.\n"
        "    302. And how many of them paid their dues?—Fewer than half.\n\n"
        "(Harbours Committee, Minutes of Evidence, 1899, p. 44)\n"
    )
    assert [(words, who) for words, who, *_ in found] == [
        ("How many vessels used the harbour in a year?", "Hugh Pryce"),
        ("About four hundred, sir.", "Ivor Lloyd"),
        ("And how many of them paid their dues?", "Hugh Pryce"),
        ("Fewer than half.", "Ivor Lloyd"),
    ]
    assert {(work, page) for *_, work, page in found} == {("Minutes of Evidence", "44")}


def test_a_time_stamp_before_a_label_is_where_the_turn_is_in_the_recording():
    found = turns(
        "The station's archive keeps Dilys Thomas's recording of the lifeboat's last launch; "
        "she talks to Rhodri Bell:\n\n"
        "    [00:04:10] RB: Who rang the maroons that night?\n"
        "    [00:04:16] DT: My father, and he never rang them again after.\n\n"
        "(Lifeboat Voices recording)\n"
    )
    assert [(words[:6], who, page) for words, who, _, _, page in found] == [
        ("Who ra", "Rhodri Bell", "00:04:10"),
        ("My fat", "Dilys Thomas", "00:04:16"),
    ]


def test_a_survey_s_i_and_r_are_the_interviewer_and_the_respondent():
    found = turns(
        "For the 1987 survey Carys Price interviewed a retired signalman, Emlyn Rowe:\n\n"
        "    I: What did you do on a quiet night shift?\n"
        "    R: Read the Bible and the racing pages, in that order.\n"
    )
    assert [who for _, who, *_ in found] == ["Carys Price", "Emlyn Rowe"]


def test_parliamentary_records_cited_in_other_styles_give_the_series_and_the_place():
    text = "Anne Crewe told the House that the ferry was 'the cheapest bridge in Wales' ({cite}).\n"
    cited = {
        "Hansard, vol. 612, col. 77": ("Hansard", "col. 77"),
        "HC Deb (5th ser) vol 612, col 77 (3 May 1961)": ("HC Deb", "col. 77"),
        "Parl. Deb. (5th ser.) vol. 612, col. 77": ("Parl. Deb.", "col. 77"),
        "107 Cong. Rec. 5123 (1961)": ("Cong. Rec.", "5123"),
    }
    for cite, (work, page) in cited.items():
        [found] = quoted(text.format(cite=cite))
        assert (found.speaker_name, found.work_title, found.page) == ("Anne Crewe", work, page)
    [society] = quoted(text.format(cite="Hansard Society, Annual Report, p. 4"))
    assert (society.work_title, society.page) == ("Annual Report", "4")  # a body, no debate


def test_turns_in_running_text_are_the_named_speakers():
    found = quoted(
        "Eira Jones kept the chapel accounts and Tomos Bell audited them every Easter. "
        'Their exchange in 1931 is famous in the village. Bell: "Where is the organ fund?" '
        'Jones: "In the organ, Mr Bell, where it belongs."\n'
    )
    assert [p.speaker_name for p in found] == ["Tomos Bell", "Eira Jones"]


def test_the_one_asked_answers_in_the_sentence_after_the_question():
    [found] = quoted(
        "Eira Jones kept the chapel accounts and Tomos Bell audited them. Bell asked her "
        'whether the books ever balanced. "Twice," she said, "and both times by accident."\n'
    )[:1]
    assert found.speaker_name == "Eira Jones"


def test_after_asked_by_someone_the_subject_answers_not_the_asker():
    text = (
        "Eira Jones kept the chapel accounts and Tomos Bell audited them. Asked by Bell if "
        'the fund was safe, {subject} was brief: "Safer than the roof, anyway."\n'
    )
    for subject in ("Jones", "she"):
        [found] = quoted(text.format(subject=subject))
        assert found.speaker_name == "Eira Jones"


def test_a_list_of_people_each_with_a_colon_is_no_transcript():
    found = quoted(
        "The people of this story were few.\n\n"
        "Dr Ada Rook: the keeper's daughter, who kept the light after him.\n\n"
        "Mr Silas Moyle: the inspector from Trinity House, who never liked her.\n\n"
        "Mrs Jane Pell: the cook, who outlived them both by twenty years.\n"
    )
    assert found == []


def test_a_label_names_who_speaks_so_a_turn_raises_no_doubt_unless_it_names_nobody():
    found = quoted(
        "Tom Rees recorded Nia Hughes at the chapel in 1981:\n\n"
        "    TR: Were the chapel teas always on a Saturday?\n"
        "    NH: Always, unless somebody important had died that week.\n"
        "    XY: And who decided that?\n"
    )
    assert [(p.speaker_name, p.doubt is None) for p in found] == [
        ("Tom Rees", True),
        ("Nia Hughes", True),
        (None, False),  # initials nobody in the text has
    ]


def test_a_dash_after_the_label_as_old_minutes_print_it():
    found = turns(
        "The carter, Evan Lewis, was examined by the chairman, Rhys Owen:\n\n"
        "    Q.—How many horses did the company keep at the yard?\n"
        "    A. — Eleven, and a pony for the manager's trap.\n"
    )
    assert [(words[:7], who) for words, who, *_ in found] == [
        ("How man", "Rhys Owen"),
        ("Eleven,", "Evan Lewis"),
    ]
