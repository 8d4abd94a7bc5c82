"""Who speaks when the quoted words are a document's or a body's (HELDOUT.md, "Documents and
bodies"): the maker or issuer the text names speaks a resolution, a notice, a petition, a
will, words cut into an object or a label; an archive's call mark is nobody. Each rule on
sentences written for it (invented boards, harbours and quarries; no essay's wording)."""

from __future__ import annotations

from tests.fixtures.readings import quotations as quoted


def who(text: str) -> list[tuple[str | None, bool, str | None, str | None, str | None]]:
    return [(p.speaker_name, p.unnamed, p.work_title, p.page, p.via_name) for p in quoted(text)]


def test_a_call_mark_before_a_folio_is_neither_speaker_nor_work():
    for cited in ("(BRO D/X/4/2, fol. 7v)", "(QRO Q/SB/12/3, fol. 7v)"):
        text = (
            "The quarry owners kept their own books. At the spring audit the Ashby Burial "
            "Board resolved “that no more interments be made in the old ground after Lady "
            f"Day” {cited}. Nobody objected."
        )
        assert who(text) == [("Ashby Burial Board", False, None, "fol. 7v", None)], cited


def test_a_body_speaks_what_it_resolves_orders_or_gives_notice_of():
    for lead in (
        "In 1861 the Marlow Turnpike Trust gave notice that",
        "That winter the Marlow Turnpike Trust ordered",
        "The Marlow Turnpike Trust, meeting at the Bell, formally resolved",
    ):
        text = f"{lead} “the gate at Fenny Cross be shut to carts on the Sabbath”. It was."
        assert who(text) == [("Marlow Turnpike Trust", False, None, None, None)], lead


def test_a_counted_group_that_sends_a_petition_speaks_it_unnamed():
    text = (
        "The harbour was dark after nine. Twenty-two fishermen of Polwenna sent the "
        "Commissioners a petition “that the light at the pier head be kept burning until the "
        "last boat is in”. It was granted."
    )
    assert who(text) == [("Twenty-two fishermen of Polwenna", True, None, None, None)]


def test_the_testator_speaks_a_bequest_and_the_maker_the_words_cut_in_stone():
    will = (
        "She died in 1790. In her will the widow Hester Quayle left “my best bed and the blue "
        "coverlet to my niece Ann, who nursed me”. The bed is lost."
    )
    assert who(will) == [("Hester Quayle", False, None, None, None)]
    porch = (
        "The porch is plain. The mason who built it, Reuben Tapp, carved over the door: "
        "“Enter here in peace and wipe thy feet.” Most visitors do."
    )
    assert who(porch) == [("Reuben Tapp", False, None, None, None)]


def test_leaving_a_place_is_no_bequest():
    text = (
        "Amos Reed left the village in 1850 and never came back; his sister thought him "
        "“a man who could not sit still for an hour”. She outlived him."
    )
    assert "Amos Reed" not in [p.speaker_name for p in quoted(text)]


def test_a_bodys_label_or_notice_that_reads_is_the_bodys_words():
    text = (
        "The bell stood in the hall for fifty years. The Wrayford Antiquarian Society's label "
        "says: “A bell from the old chapel, cast in the year of the great flood.” Both dates "
        "are wrong."
    )
    assert who(text) == [("Wrayford Antiquarian Society", False, None, None, None)]


def test_a_body_named_by_one_word_is_the_one_the_text_names_in_full():
    text = (
        "The Stowe Highway Board met on the first Monday of each month. The lane had been "
        "narrow for a century, and the farmers asked for it to be widened. The Board “sees no "
        "cause to widen the lane at the public charge”. The farmers paid."
    )
    found = quoted(text)
    assert [(p.speaker_name, p.unnamed) for p in found] == [("Stowe Highway Board", False)]
    assert found[0].doubt  # a guess: the review shows it first


def test_a_being_or_body_named_with_the_article_speaks_as_written():
    text = (
        "The storm is the book's turning point. And the Lord answered Job out of the "
        "whirlwind, “Where wast thou when I laid the foundations of the earth?” Job is silent."
    )
    assert [(p.speaker_name, p.unnamed) for p in quoted(text)] == [("the Lord", False)]


def test_a_perfect_tense_has_written_names_its_subject():
    for lead in (
        "The naturalist Ida Trewin has written that the marsh is",
        "The warden of the reserve, Ida Trewin, has written that the marsh is",
    ):
        text = f"{lead} “a larder for every bird between here and Norway”. She is right."
        assert [p.speaker_name for p in quoted(text)] == ["Ida Trewin"], lead


def test_a_rank_after_the_article_in_apposition_is_dropped():
    text = (
        "Burials were many that year. The vicar, the Reverend Amos Leigh, wrote in the "
        "margin: “Buried without a name, being found on the shore.” He wrote no more."
    )
    assert [p.speaker_name for p in quoted(text)] == ["Amos Leigh"]


def test_a_keeper_named_after_a_role_enters_the_words_in_a_register_described():
    text = (
        "The gift came in a biscuit tin. The museum's keeper, Martha Hill, entered it in the "
        "day book: “One flint axe, found by a boy, of no value.” (Trewin Museum, day book, "
        "1931) It is now the museum's best piece."
    )
    assert who(text) == [("Martha Hill", False, None, None, None)]


def test_a_bodys_minutes_named_by_an_abbreviation_are_no_periodical():
    text = (
        "The Stowe Highway Board met monthly. The Board then ordered “that the lane be widened "
        "at the Board's own charge” (SHB Minutes, 4 May 1880, p. 12). The farmers cheered."
    )
    found = quoted(text)
    assert [(p.work_title, p.via_name, p.page) for p in found] == [("SHB Minutes", None, "12")]


def test_a_pseudonym_is_the_unnamed_writer_and_neither_a_quotation_nor_a_work():
    text = (
        "The Tidemouth Packet printed letters about the ferry all winter. Ann Roper, who ran "
        "the ferry, wrote first. Then a reader who signed herself only “Boatwoman” joined in: "
        "“A ferry that waits for the tide is no ferry at all” (Tidemouth Packet, 3 Feb. 1902, "
        "p. 2). Nobody answered her."
    )
    assert who(text) == [("a reader", True, "Tidemouth Packet", "2", None)]


def test_a_papers_own_words_are_in_the_paper_named_in_full():
    text = (
        "The Tidemouth Packet was founded in 1871 and never missed a week. When the ferry "
        "sank, the Packet told its readers that “the ferry went down in four minutes and "
        "every soul aboard was saved” (12 Feb. 1902, p. 3). The rival paper was slower."
    )
    assert who(text) == [("Tidemouth Packet", False, "Tidemouth Packet", "3", None)]


def test_a_paper_cited_by_its_short_name_is_the_one_named_in_full():
    text = (
        "Across the river the Castleford Examiner took the other side. The Examiner, in an "
        "unsigned paragraph, decided that “the ferry was old when Noah was young” (Examiner, "
        "14 Feb. 1902, p. 1). It was not far wrong."
    )
    assert who(text) == [("Castleford Examiner", False, "Castleford Examiner", "1", None)]


def test_the_maker_named_just_before_the_words_wins_over_a_paper_further_back():
    text = (
        "The row began in the Tidemouth Packet’s account of the harbour meeting, which reported "
        "that the Pier Committee had recommended “that the ferry be withdrawn and the slipway "
        "sold” (Tidemouth Packet, 1 Mar. 1902, p. 3). Nobody read it."
    )
    assert [p.speaker_name for p in quoted(text)] == ["Pier Committee"]


def test_a_body_that_writes_or_decides_speaks():
    for lead in (
        "The Tidemouth Chamber of Commerce wrote to the editor to say that the ferry was",
        "The Tidemouth Chamber of Commerce, meeting in the Swan, decided that the ferry was",
    ):
        text = f"{lead} “the only road most of our customers have”. It was right."
        assert [(p.speaker_name, p.unnamed) for p in quoted(text)] == [
            ("Tidemouth Chamber of Commerce", False)
        ], lead


def test_the_committee_in_small_letters_is_the_one_named_in_full_or_nobody():
    named = (
        "The Tidemouth Pier Committee met in March. The committee resolved “that the slipway "
        "be repaired at the ratepayers’ charge and the ferry restored”. It was restored."
    )
    found = quoted(named)
    assert [p.speaker_name for p in found] == ["Tidemouth Pier Committee"]
    assert found[0].doubt
    unnamed = (
        "The meeting was short. The directors minuted that “no further sums can be spared for "
        "a ferry that earns nothing” (Ferry Company papers, box 4). They sold it."
    )
    assert [p.speaker_name for p in quoted(unnamed)] != ["the Directors"]


def test_a_letter_from_someone_named_or_a_pronoun_is_theirs():
    named = (
        "The ferry had one loyal passenger. The Packet printed a letter from Mrs Jane Ivory of "
        "Quay Row, who crossed daily: “I have crossed on that boat every morning for forty "
        "years and I am not drowned yet.” She was eighty."
    )
    assert [p.speaker_name for p in quoted(named)] == ["Mrs Jane Ivory"]
    pronoun = (
        "Mrs Jane Ivory crossed daily for forty years. A second letter from her appeared a week "
        "later: “The new bridge is very fine, but it does not stop at my door.” She was right."
    )
    assert [p.speaker_name for p in quoted(pronoun)] == ["Mrs Jane Ivory"]


def test_a_column_in_a_paper_calls_it_our_own():
    text = (
        "Each week this column opens the bound volumes of the Ravensby Clarion Herald and "
        "reports what the town read a century ago.\n\n"
        "Our leader of 9 May took the mill owners' side: “A town that wants wages must first "
        "want work” (9 May 1926, p. 6). Two days later we printed a letter from Mrs Nell Ashe "
        "of the Wharf: “Sir, — My husband wants both, and has neither” (11 May 1926, p. 4). "
        "Nobody answered her."
    )
    assert who(text) == [
        ("Ravensby Clarion Herald", False, "Ravensby Clarion Herald", "6", None),
        ("Mrs Nell Ashe", False, "Ravensby Clarion Herald", "4", None),
    ]


def test_an_issue_cited_by_date_alone_is_no_paper_in_a_text_with_no_paper_of_its_own():
    text = (
        "The strike lasted nine days. The mill owner, Henry Crabbe, wrote that the men were "
        "“more sinned against than sinning, and not much sinned against” (9 May 1926, p. 6)."
    )
    assert who(text) == [("Henry Crabbe", False, None, "6", None)]


def test_a_museums_label_named_in_small_letters_is_the_museums():
    text = (
        "The Ravensby Town Museum was opened in 1901.\n\n"
        "The jug is plain. The museum’s own label for it, written in 1930, called it “the "
        "finest piece of country pottery in the county”. It is not."
    )
    found = quoted(text)
    assert [(p.speaker_name, p.unnamed) for p in found] == [("Ravensby Town Museum", False)]
    assert found[0].doubt


def test_words_an_object_bears_are_its_makers_not_its_donors():
    text = (
        "No. 4. Pen-work box by Ellen Marsh, 1871. Pine and ink. Given by Ada Brice, 1954.\n\n"
        "A lid painted with ferns, and inside it the inscription “Ellen Marsh made this box "
        "in the long winter, and the mice helped”. The mice are not shown."
    )
    found = quoted(text)
    assert [(p.speaker_name, p.unnamed) for p in found] == [("Ellen Marsh", False)]
    assert found[0].doubt


def test_a_papers_report_of_a_bodys_recommendation_relays_it_and_printed_minutes_are_in_it():
    reported = (
        "The Ravensby Courier reported the meeting at length. Its report, which recorded "
        "that the Streets Committee had recommended “that the cobbles of Wharf Street be "
        "taken up and tarred” (Ravensby Courier, 4 June 1926, p. 3), was the first anyone heard."
    )
    assert who(reported) == [("Streets Committee", False, None, "3", "Ravensby Courier")]
    printed = (
        "The Ravensby Courier printed the Streets Committee's minutes in full. The Streets "
        "Committee resolved “that the cobbles of Wharf Street be kept” (Ravensby Courier, "
        "11 June 1926, p. 3). The tar was never bought."
    )
    assert who(printed) == [("Streets Committee", False, "Ravensby Courier", "3", None)]


def test_a_firm_that_buys_space_to_announce_speaks_and_its_street_is_no_work():
    text = (
        "The shops did well out of the strike. Pybus and Sons, the drapers in Castle Street, "
        "took half a page to announce: “Strike prices on every bolt of cloth until the mills "
        "reopen.” Nobody knew what strike prices were."
    )
    assert who(text) == [("Pybus and Sons", False, None, None, None)]


def test_words_reported_with_no_one_named_are_the_cited_papers_own():
    text = (
        "The lifeboat was new that spring. The launch was reported in two lines: “The new "
        "lifeboat took the water on Monday and did not sink” (Tidemouth Packet, 5 May 1902, "
        "p. 2). It sank in June."
    )
    assert who(text) == [("Tidemouth Packet", False, "Tidemouth Packet", "2", None)]
    by_someone = text.replace(
        "was reported in", "was described by the coxswain, Amos Pentreath, in"
    )
    assert [p.speaker_name for p in quoted(by_someone)] == ["Amos Pentreath"]


def test_a_makers_guess_not_taken_leaves_no_doubt():
    # the Board's order, far from the words, would be a guess ("the Board" as the one named in
    # full): the writer named with "wrote that" keeps them, and no doubt of the Board remains
    text = (
        "The Sowerby Bridge Navigation Board paid its lock-keepers badly. Amos Tordoff wrote "
        "that the Board had ordered him, without notice or reason, to “leave the lock-house by "
        "Lady Day and take nothing of the company's with him”. He stayed."
    )
    assert [(p.speaker_name, p.doubt) for p in quoted(text)] == [("Amos Tordoff", None)]
