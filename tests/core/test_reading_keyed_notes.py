"""Which words a note belongs to when no mark in the text calls it (notes23): a book's notes
at its end keyed by the passage's opening words (in italics, in quote marks or plain, with or
without the book's own page, cut short with "…"), by a numbered paragraph and its opening
words, or by the lines of a poem a paragraph quotes; and what such a note names, read by what
it says: a source and its page, a relay, or only a place (an archive's call number, an
interview). Each on a few sentences written for it (an invented pier company, a linoleum
works, a sheep fair, a tram depot, a glasshouse nursery)."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def proposed(text: str) -> list[Proposal]:
    return propose_passages(text, author="The Essayist")


def who(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(speaker, work, page, via) of each quotation in the text before its notes."""
    notes_at = text.index("\nNotes\n") if "\nNotes\n" in text else len(text)
    return [
        (p.speaker_name, p.work_title, p.page, p.via_name)
        for p in proposed(text)
        if p.kind == "quotation" and p.start < notes_at
    ]


def test_catchwords_in_italics_with_the_books_page_give_the_note_to_the_words_they_open():
    found = who(
        "The pier opened in 1869. Its engineer, Oswin Tarrant, boasted that "
        "“no sea on this coast will lift a plank of it”, and the first winter proved him "
        "wrong.\n\n"
        "Notes\n\n"
        "p. 7 *no sea on this coast*: Oswin Tarrant, *A Pier for Skelmouth* (Hull, 1870), "
        "p. 31.\n"
    )
    # the book's own page (7) says where to look in the book, never where the words stand
    assert found == [("Oswin Tarrant", "A Pier for Skelmouth", "31", None)]


def test_catchwords_cut_short_and_in_quote_marks_find_their_words_under_a_chapters_heading():
    found = who(
        "1. The works\n\n"
        "The linoleum works took on girls at fourteen. Its manager, Cyril Dunn, wrote in "
        "his history of the firm: “We trained them on the cheap patterns first, and a girl "
        "who could print a border straight was kept for life.”\n\n"
        "Notes\n\n"
        "1. The works\n\n"
        "22 ‘We trained them … for life’: Cyril Dunn, The Printed Floor (Kirkcaldy, 1958), "
        "p. 64.\n"
    )
    assert found == [("Cyril Dunn", "The Printed Floor", "64", None)]


def test_the_note_holds_for_the_words_that_go_on_after_a_said_clause():
    found = who(
        "The sheep fair moved to the Low Field in 1911. “It was never a fair for buying,” "
        "the auctioneer Walter Crossley recalled, “it was a fair for looking, and then "
        "buying at home.”\n\n"
        "Notes\n\n"
        "It was never a fair for buying: Walter Crossley, Sixty Sales (Hawes, 1952), p. 8.\n"
    )
    assert found == [
        ("Walter Crossley", "Sixty Sales", "8", None),
        ("Walter Crossley", "Sixty Sales", "8", None),
    ]


def test_ibid_and_op_cit_under_catchword_notes_are_the_note_before_and_the_named_book():
    found = who(
        "The depot's superintendent, Hector Bain, called the first cars “tin boxes on a "
        "promise”. A driver, Alfred Sugden, said they were “warm in June and nowhere "
        "else”. Bain later admitted that “the promise was kept, the boxes were not”.\n\n"
        "Notes\n\n"
        "“tin boxes on a promise”: Hector Bain, Tramway Days (Leeds, 1931), p. 12.\n"
        "“warm in June”: quoted ibid., p. 40.\n"
        "“the promise was kept”: Bain, op. cit., p. 77.\n"
    )
    assert found[0] == ("Hector Bain", "Tramway Days", "12", None)
    assert found[2] == ("Hector Bain", "Tramway Days", "77", None)


def test_a_note_that_names_only_an_interview_or_a_call_number_gives_no_work_and_no_page():
    found = who(
        "Mabel Tindall ran the glasshouses from 1946. She remembered the coke bills first: "
        "“We burned more in January than we sold in May, and nobody asked why.” Her "
        "foreman, George Ilkley, wrote in his notebook: “Boiler out again. Tomatoes "
        "sulking.”\n\n"
        "Notes\n\n"
        "We burned more in January: interview with the author, 4 April 2016.\n"
        "Boiler out again: Borough Archives, MS 417/2.\n"
    )
    assert found == [("Mabel Tindall", None, None, None), ("George Ilkley", None, None, None)]


def test_a_numbered_paragraphs_note_keyed_by_a_poems_lines_gives_each_line_its_own_page():
    found = who(
        "1. The fair had its own song. Its first verse, written by the shepherd Isaac "
        "Metcalfe, runs: “The tups came down from Cotter End, / And every one a lord.” "
        "Its chorus is plainer: “Sell them high and drink them low.”\n\n"
        "2. The song was not sung after 1939.\n\n"
        "Notes\n\n"
        "1 ll. 1–2: Isaac Metcalfe, Dales Songs (Hawes, 1890), p. 14. l. 9: ibid., p. 15.\n"
    )
    assert found == [
        ("Isaac Metcalfe", "Dales Songs", "14", None),
        ("Isaac Metcalfe", "Dales Songs", "15", None),
    ]


def test_catchwords_skip_the_writers_own_insertion_in_square_brackets():
    found = who(
        "The Harbour Master, Joseph Wake, warned that “it [the pier] will not see out the "
        "century”.\n\n"
        "Notes\n\n"
        "*it will not see out the century*: Skelmouth Gazette, 9 March 1880, p. 3.\n"
    )
    assert found == [("Joseph Wake", None, "3", "Skelmouth Gazette")]


def test_words_quoted_in_an_issue_of_a_paper_are_relayed_by_the_paper():
    found = who(
        "A striker, Lily Ackroyd, told the crowd that “a penny is a penny, and we want it "
        "on the table”.\n\n"
        "Notes\n\n"
        "“a penny is a penny”: quoted in Kirkcaldy Advertiser, 2 June 1911, p. 6.\n"
    )
    assert found == [("Lily Ackroyd", None, "6", "Kirkcaldy Advertiser")]


def test_a_title_in_italics_is_the_work_whatever_part_of_it_the_note_names_after_it():
    found = who(
        "The tram inspector, Ruth Ogden, told the inquiry: “The points were worn to a "
        "knife's edge.”\n\n"
        "Notes\n\n"
        "*The points were worn*: *Report of the Tramways Inquiry* (HMSO, 1952), Appendix "
        "of Evidence, p. 88.\n"
    )
    assert found == [("Ruth Ogden", "Report of the Tramways Inquiry", "88", None)]


def test_a_bodys_title_with_a_year_in_italics_is_its_work():
    found = who(
        "The council concluded that the depot was “beyond any repair a ratepayer would "
        "thank us for”.\n\n"
        "Notes\n\n"
        "“beyond any repair”: Wharfedale Borough Council, *The Depot Fire of 1957* (Otley, "
        "1958), para. 40.\n"
    )
    assert found == [("Wharfedale Borough Council", "The Depot Fire of 1957", "para. 40", None)]


def test_a_key_that_opens_no_words_of_the_text_gives_nothing():
    found = who(
        "Its keeper, Ada Rowse, was firm: “No child goes on the glass roof, whatever "
        "the ball cost.”\n\n"
        "Notes\n\n"
        "Abbreviations: BA, Borough Archives.\n"
        "The glass roof: see the plan on p. 4.\n"
    )
    assert found == [("Ada Rowse", None, None, None)]


def test_the_name_after_a_described_role_and_its_own_description_speaks():
    found = who(
        "One of the wardens, the botanist Ruth Ames, summed it up: “Nothing grows where "
        "the water stinks in August.”\n"
    )
    assert found == [("Ruth Ames", None, None, None)]


def test_a_committees_note_of_oral_evidence_names_the_witness_its_question_and_no_work():
    found = who(
        "1. We took evidence at Rothbury in May. One farmer told us that the path had "
        "“become a road in all but the tarmac”.1\n\n"
        "2. The ramblers took the opposite view: the path was “the only level walk a "
        "pushchair can manage in the whole valley”.2\n\n"
        "1 Q 7 [Mrs Hilda Brook]\n"
        "2 Written submission from the Coquetdale Ramblers (CQR0012)\n"
    )
    # a courtesy title is kept as the note writes it; the question's number is the page
    # (notes24: where a reader finds the answer, as every committee gold gives it)
    assert found == [
        ("Mrs Hilda Brook", None, "Q7", None),
        ("Coquetdale Ramblers", None, None, None),
    ]


def test_where_a_document_is_kept_and_its_call_number_is_no_work():
    found = who(
        "The ferryman's log for the great frost is terse. Its keeper, Enoch Blakey, wrote: "
        "“River shut. Boat on the bank. Sold coal to the Hall.”¹\n\n"
        "¹ Durham County Record Office, D/X 1127/4.\n"
    )
    assert found == [("Enoch Blakey", None, None, None)]


def test_catchwords_set_off_by_a_dash_key_their_note_too():
    found = who(
        "The keeper, Jonas Whitley, grumbled that “a toll is a tax with a gate on it, and "
        "the gate is the only honest part”.\n\n"
        "Notes\n\n"
        "a toll is a tax — Jonas Whitley, *Forty Years at the Bar* (Skipton, 1881), p. 9.\n"
    )
    assert found == [("Jonas Whitley", "Forty Years at the Bar", "9", None)]


def test_a_submission_from_someone_the_committee_only_describes_and_a_letter_are_no_works():
    found = who(
        "3. A walker from Alnwick, who did not want to be named, wrote: “I have used that "
        "path every Sunday since 1974 and I will not be stopped now.”3\n\n"
        "4. The landowner, Giles Orde, wrote to us that the stile was “a courtesy, not a "
        "right, and always has been”.4\n\n"
        "3 Written evidence from a member of the public (CQR0044)\n"
        "4 Letter from Giles Orde, 2 June 2024\n"
    )
    assert [work for _who, work, _page, _via in found] == [None, None]
    assert found[1][0] == "Giles Orde"


def test_a_numbered_note_that_opens_with_its_catchwords_cites_what_follows_them():
    found = who(
        "The ringers' captain, Amos Pell, complained that “the bells were out of true "
        "before the tower was”.¹ The vicar called the new frame “oak enough for a "
        "cathedral”.²\n\n"
        "¹ p. 41 ‘the bells were out of true’: Amos Pell, *Sixty Years in the Tower* "
        "(Ripon, 1911), p. 88.\n"
        "² *oak enough*: *Parish Magazine*, June 1912, p. 3.\n"
    )
    assert found == [
        ("Amos Pell", "Sixty Years in the Tower", "88", None),
        ("The vicar", "Parish Magazine", "3", None),
    ]


def test_a_note_numbered_as_a_paragraph_belongs_to_that_paragraphs_words():
    found = who(
        "1. The tollhouse stood at the foot of Crag Lane. Its last keeper, Martha Quarmby, "
        "recalled that “the drovers paid in pennies and the gentry paid in promises”.\n\n"
        "2. The trust sold the house in 1878. Its clerk, Lionel Speight, wrote that it "
        "“fetched less than the gate had taken in a good summer”.\n\n"
        "Notes\n\n"
        "1 Martha Quarmby, *A Gate on the Moor* (Otley, 1899), p. 22.\n"
        "2 Crag Lane Turnpike Trust, minutes, 4 May 1878.\n"
    )
    assert found == [
        ("Martha Quarmby", "A Gate on the Moor", "22", None),
        ("Lionel Speight", None, None, None),
    ]


def test_catchwords_in_italics_end_the_key_without_a_colon_and_may_run_past_a_said_clause():
    found = who(
        "The boatbuilder Enid Farrow was proud of her yard: “We never launched a boat we "
        "would not sail ourselves,” she said, “and we sailed every one.” Her rival, Tom "
        "Gaunt, was sharper: “A Farrow boat is built to be admired from the bank.”\n\n"
        "Notes\n\n"
        "14 *We never launched a boat we would not sail ourselves and we* Enid Farrow, "
        "*Clinker and Caulk* "
        "(Whitby, 1962), p. 30.\n"
        "15 *A Farrow boat is built* Tom Gaunt, *Yards of the Esk* (Whitby, 1958), p. 112.\n"
    )
    assert found == [
        ("Enid Farrow", "Clinker and Caulk", "30", None),
        ("Enid Farrow", "Clinker and Caulk", "30", None),
        ("Tom Gaunt", "Yards of the Esk", "112", None),
    ]
