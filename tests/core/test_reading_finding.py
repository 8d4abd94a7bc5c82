"""Which spans of a reading are quotations: each rule on a few sentences written for it
(invented lamplighters, boards and bell-ringers), never on an essay's own words."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def proposed(text: str) -> list[Proposal]:
    return propose_passages(text, author="The Essayist")


def quoted(text: str) -> list[str]:
    return [p.text for p in proposed(text) if p.kind == "quotation"]


def test_words_said_to_the_quoted_speaker_stay_part_of_their_account():
    found = quoted(
        "Before the boats went out, Tamsin Hale writes, “Old Renwick only said to us, ‘Row as "
        "if the sea were your own mother,’ and we did” (Hale, 1950, p. 12).\n\n"
        "Agnes Merle was there on the last night. ‘Mr Pardoe came over to me after and said, "
        "“That’s the last of the lamps, Agnes,” and it was. He sold them in June.’\n"
    )
    assert found == [
        "Old Renwick only said to us, ‘Row as if the sea were your own mother,’ and we did",
        "Mr Pardoe came over to me after and said, “That’s the last of the lamps, Agnes,” and "
        "it was. He sold them in June.",
    ]


def test_words_the_quoted_speaker_relays_from_someone_else_are_still_their_own_passage():
    found = quoted(
        "Hardy put it in his report: “As Canon Bell said when the roof fell, ‘A church is its "
        "people, not its slates,’ and he was right” (Hardy, 1960, p. 4).\n"
    )
    assert "A church is its people, not its slates," in found


def test_two_fragments_of_one_verdict_joined_by_and_are_both_quotations():
    proposals = [
        p
        for p in proposed(
            "The Gazette’s critic found the lamps ‘bright, even and far kinder to the eyes than "
            "the old gas’, and the organ ‘rather too loud for a small room’.\n"
        )
        if p.kind == "quotation"
    ]
    assert [(p.text, p.speaker_name, p.unnamed) for p in proposals] == [
        ("bright, even and far kinder to the eyes than the old gas", "The Gazette’s critic", True),
        ("rather too loud for a small room", "The Gazette’s critic", True),
    ]


def test_a_body_s_resolution_quoted_after_resolved_that_is_a_quotation():
    found = quoted(
        "In May the board of the reading room met again, and it resolved that ‘the room be "
        "opened on Sundays from two until six, subject to the approval of the trustees’. "
        "Nobody objected.\n"
    )
    assert found == [
        "the room be opened on Sundays from two until six, subject to the approval of the trustees"
    ]


def test_quoted_sentences_standing_between_the_essays_sentences_are_a_quotation():
    proposals = [
        p
        for p in proposed(
            "The lamplighter Silas Venn kept the book for forty winters. ‘Nobody reads the "
            "book but me, and I read it only in June.’ The book is now in the museum.\n"
        )
        if p.kind == "quotation"
    ]
    assert [(p.text, p.speaker_name) for p in proposals] == [
        ("Nobody reads the book but me, and I read it only in June.", "Silas Venn")
    ]


def test_apostrophes_scare_quotes_and_quoted_titles_in_british_quotes_are_no_quotations():
    assert (
        quoted(
            "In the ’90s the ringers’ wives ran the tea room, and ’tis said the vicars’ sermons "
            "were shorter then. The bellmen’s ‘long peal’ was a local word for it, and the "
            "society’s ‘Rules of the Tower’ hung by the door. By the ’20s the ringers’ club had "
            "shrunk to six, and the members’ minutes say only that nobody’s tea went cold.\n\n"
            "The churchwardens thought the new bells too loud and said so at every meeting of "
            "the vestry that year, and the vicar agreed with them in private.\n"
        )
        == []
    )


def test_a_drawn_rule_is_neither_a_heading_nor_words_of_anyone():
    proposals = proposed(
        "The Slate Quarry\n\n"
        "The quarry manager was blunt about it: “We cut what the mountain gives us, and not a "
        "block more.”<sup>1</sup> Nobody argued with him at the time.\n\n"
        "* * *\n\n"
        "His foreman agreed in a letter to the owners, written that winter and kept in their "
        "papers.\n\n"
        "---\n\n"
        "<sup>1</sup> Owen Pryce, The Quarry Book (Bangor, 1911), p. 4.\n"
    )
    assert [(p.kind, p.text) for p in proposals if p.kind != "commentary"] == [
        ("heading", "The Slate Quarry"),
        ("quotation", "We cut what the mountain gives us, and not a block more."),
    ]
    quotation = next(p for p in proposals if p.kind == "quotation")
    assert (quotation.speaker_name, quotation.work_title, quotation.page) == (
        "Owen Pryce",
        "The Quarry Book",
        "4",
    )


def test_a_named_speaker_calling_something_by_quoted_words_is_quoted_as_he_would_be():
    found = [
        (p.text, p.speaker_name)
        for p in proposed(
            "Tomas Hale called the river “a thief that never sleeps and never apologises.”\n\n"
            "Ada Merrow thought it ‘the finest reading room north of the Trent’, and said so.\n"
        )
        if p.kind == "quotation"
    ]
    assert found == [
        ("a thief that never sleeps and never apologises.", "Tomas Hale"),
        ("the finest reading room north of the Trent", "Ada Merrow"),
    ]


def test_formats_multi_paragraph_guillemets_three_deep_and_indented_blocks_are_found_whole():
    found = quoted(
        "The ferryman Jonas Pike wrote a long letter to the board that winter:\n\n"
        "“I have kept this crossing for thirty years and never lost a passenger.\n\n"
        "“I have asked for a new boat every spring, and every spring I got a letter.\n\n"
        "“I do not want another letter.”\n\n"
        "Madame Colette Brun wrote back at once: « Le bac est à nous, pas à la commission. »\n\n"
        "Pike’s son Amos remembered the last crossing: “My father said, ‘The clerk told me, "
        "“Sign here and go home,” and I signed,’ and that was all he ever said of it.”\n\n"
        "The rule itself was short. As Jonas Pike put it:\n\n"
        "    No boat leaves this shore after dark, whoever asks and whatever\n"
        "    they offer for it.\n\n"
        "That was the end of the ferry and of the Pikes.\n"
    )
    assert found == [
        "I have kept this crossing for thirty years and never lost a passenger.\n\n"
        "I have asked for a new boat every spring, and every spring I got a letter.\n\n"
        "I do not want another letter.",  # each paragraph's reopening mark left out
        "Le bac est à nous, pas à la commission.",
        "My father said, ‘The clerk told me, “Sign here and go home,” and I signed,’ and that "
        "was all he ever said of it.",
        "No boat leaves this shore after dark, whoever asks and whatever\nthey offer for it.",
    ]


def test_a_printed_book_s_centred_running_head_is_no_block_quotation(tmp_path):
    from fpdf import FPDF  # a dev dependency: only tests write PDFs

    from bot.core.extract.formats import read_reading

    class Book(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=9)
            self.cell(0, 8, "THE FERRY BOOK", align="C")
            self.ln(12)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 8, str(self.page_no()), align="C")

    book = Book(format=(105, 148))
    book.add_page()
    book.set_font("Helvetica", size=10)
    for paragraph in (
        "The ferry at Hobb's Reach ran for two hundred years before the bridge came. " * 6,
        "It carried carts, cattle and the post, and the vicar on Sundays. " * 5,
        "Its last keeper, Jonas Pike, set down what he thought of the bridge in a letter to the "
        'county board: "A bridge is a fine thing for a man in a hurry, and a poor thing for a '
        "man who wants to talk to his neighbour on the way across the water, which is what the "
        'ferry was for and what nobody on the board has understood in all my years." The board '
        "did not reply.",
        "The bridge opened in the spring. " * 4,
    ):
        book.multi_cell(0, 5, paragraph, new_x="LMARGIN", new_y="NEXT")
        book.ln(5)
    book.output(str(tmp_path / "ferry.pdf"))
    text = read_reading(tmp_path / "ferry.pdf").text
    proposals = proposed(text)
    [quotation] = [p for p in proposals if p.kind == "quotation"]
    assert " ".join(quotation.text.split()).startswith("A bridge is a fine thing")
    assert " ".join(quotation.text.split()).endswith("in all my years.")
    assert "THE FERRY BOOK" not in quotation.text  # the page break's head is left out
    assert quotation.speaker_name == "Jonas Pike"


def test_a_verdict_on_a_quoted_title_or_by_nobody_named_is_no_quotation():
    assert (
        quoted(
            "The critic thought the play ‘The Long Shelf of Winter’ a failure.\n\n"
            "Most readers thought the novel ‘too long by half’ when it first appeared.\n\n"
            "The vestry resolved that the bells be rehung, and the ‘new peal’ rang at Easter.\n"
        )
        == []
    )


def test_a_plural_s_apostrophe_inside_a_single_quoted_quotation_does_not_close_it():
    found = quoted(
        "The tower captain, Walter Oddy, was plain about it: ‘The ringers’ wives kept this "
        "tower going for forty years, and nobody thanked them.’ He said it at every dinner.\n\n"
        "Oddy wrote to the vicar that ‘the bells’ frames are rotten and the ringers’ patience "
        "is worse’, and asked for money.\n\n"
        "The old hands called them the ‘Sunday ringers’ and the newer ones the ‘practice night "
        "ringers’ in those years.\n"
    )
    assert found == [
        "The ringers’ wives kept this tower going for forty years, and nobody thanked them.",
        "the bells’ frames are rotten and the ringers’ patience is worse",
    ]


def test_elided_words_in_british_single_quotes_neither_open_nor_close_a_quotation():
    found = quoted(
        "Oddy said, ‘In the ’90s we rang every Sunday and twice on feast days.’ Nobody doubted "
        "it.\n\n"
        "‘’Tis the last peal I shall ring in this tower,’ Oddy said, and it was.\n\n"
        "His daughter Ann Oddy remembered the phrase: ‘rock ’n’ roll ringing, he called it, "
        "and he hated every minute of it.’\n\n"
        "He wanted ’em gone by the ’20s, and ’twas done.\n"
    )
    assert found == [
        "In the ’90s we rang every Sunday and twice on feast days.",
        "’Tis the last peal I shall ring in this tower,",
        "rock ’n’ roll ringing, he called it, and he hated every minute of it.",
    ]


def test_a_closing_mark_before_a_transcript_remark_does_not_end_a_speech_that_goes_on():
    proposals = [
        p
        for p in proposed(
            "At the annual meeting Amos Thorne told the members:\n\n"
            "“The canal has paid its way for ten years, and it will pay for ten more.\n\n"
            "“Some members ask for a dividend every quarter. I tell them what my father told "
            "me: the water does not hurry” (Laughter.) And neither do we.\n\n"
            "“We shall dredge the upper pound in the spring and not before.”\n\n"
            "The meeting closed at nine.\n"
        )
        if p.kind == "quotation"
    ]
    assert len(proposals) == 1
    [speech] = proposals
    assert speech.text.startswith("The canal has paid its way")
    assert speech.text.endswith("the upper pound in the spring and not before.")
    assert speech.speaker_name == "Amos Thorne"


def test_straight_single_quote_elisions_and_decades_open_no_quotation():
    found = quoted(
        "In the '90s the ringers' wives said 'tis no matter, and the so-called 'new ringers' "
        "agreed; they rang 'em in by the '20s. The bellmen's 'long peal' was a local word.\n\n"
        "Oddy wrote: 'Round the tower they went, and 'round again, and nobody stopped them.' "
        "That was in '46.\n"
    )
    assert found == ["Round the tower they went, and 'round again, and nobody stopped them."]


def test_a_decision_quoted_after_someone_else_s_words_in_one_sentence_is_not_theirs():
    proposals = [
        p
        for p in proposed(
            "Oddy called the bells 'the voice of the parish' in 1911, and the vestry minuted "
            "that 'the bells be rung for the coronation and on no other weekday'.\n"
        )
        if p.kind == "quotation"
    ]
    assert [(p.text, p.speaker_name) for p in proposals] == [
        ("the voice of the parish", "Oddy"),
        ("the bells be rung for the coronation and on no other weekday", None),
    ]


def test_a_numbered_point_s_label_opening_a_quoted_block_is_not_part_of_the_words():
    found = quoted(
        "The inspector's comments are set out below with our replies.\n\n"
        "    3.2 The kitchen floor was swept but not washed, and the larder door would not "
        "close.\n\n"
        "We have mended the door.\n\n"
        "    C4 “No record was kept of the fire drill in March.”\n\n"
        "The drill book is now kept by the office. The warden's diary for the week reads:\n\n"
        "    3 May 1926. No trains, no post, and the boys sent home from the mill at noon.\n\n"
        "Her sister's memoir is no help with dates:\n\n"
        "    1914 Was the last summer the choir went to Whitby, as Ella Dyer always said.\n"
    )
    assert found == [
        "The kitchen floor was swept but not washed, and the larder door would not close.",
        "No record was kept of the fire drill in March.",
        "3 May 1926. No trains, no post, and the boys sent home from the mill at noon.",
        "1914 Was the last summer the choir went to Whitby, as Ella Dyer always said.",
    ]
