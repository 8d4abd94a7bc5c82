"""Frames (headings22): what an aside's or a box's label, a caption, or a lead-in naming a
title and then its maker names as the source of the words it frames holds for those words; a
possessive surname's "history" or "biography" is the book the reading list gives that author.
Invented sentences: a canal trust's newsletter, a lifeboat station's open-day leaflet, a folk
festival's programme, a signal box's heritage trail."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages
from bot.core.extract.reading.frames import caption_subject, framed_by


def _quotations(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="Trail Editor") if p.kind == "quotation"]


def _attributions(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(q.speaker_name, q.work_title, q.page) for q in _quotations(text)]


def test_a_label_names_a_speaker_only_when_it_frames_words_or_gives_a_trade_or_dates():
    assert framed_by("Volunteer voices: Priya Shah, lock-keeper") == "Priya Shah"
    assert framed_by("What she remembers — Edna Lowther") == "Edna Lowther"
    assert framed_by("**Panel 2. Her own words: Lottie Brennan, net-mender**") == "Lottie Brennan"
    assert framed_by("Ruth Okonjo, ferrywoman") == "Ruth Okonjo"
    assert framed_by("Walter Speed (1888–1961)") == "Walter Speed"
    # a list's label, a title with a place, a plain heading, a sentence: no frame
    assert framed_by("Apologies: Tom Reid, treasurer") is None
    assert framed_by("Summer on the Cut: the Marsden Locks") is None
    assert framed_by("Opening times") is None
    assert framed_by("Priya Shah, lock-keeper, opened the gates.") is None


def test_every_quoted_paragraph_of_an_aside_is_the_person_its_label_names():
    text = (
        "The lock flight reopened in May after two winters of work.\n\n"
        "Volunteer voices: Priya Shah, lock-keeper\n\n"
        "“The first boat through was a hire boat from Hebden, and the family on it had no "
        "idea they were the first. I told them and the father cried.”\n\n"
        "“We still wind the paddles by hand. Nobody has found a way to make water hurry.”\n\n"
        "The trust thanks everyone who gave a Saturday to the flight.\n\n"
        "“Boats must not moor on the lock landings at any time.”\n"
    )
    first, second, notice = _quotations(text)
    assert (first.speaker_name, second.speaker_name) == ("Priya Shah", "Priya Shah")
    # a paragraph of prose ends the aside: the notice after it is not hers
    assert notice.speaker_name != "Priya Shah"


def test_a_name_with_a_trade_set_over_the_words_frames_them():
    text = (
        "The ferry still runs on summer Sundays.\n\n"
        "Ruth Okonjo, ferrywoman\n\n"
        "“The river is wider on the way back. Everyone says so and nobody can prove it.”\n"
    )
    assert _attributions(text) == [("Ruth Okonjo", None, None)]


def test_a_label_that_frames_no_words_gives_the_words_under_it_to_nobody_it_names():
    text = (
        "The committee met on the towpath in April.\n\n"
        "Apologies: Tom Reid, treasurer\n\n"
        "“No boat shall be left unattended in the lock chamber.”\n"
    )
    assert all(q.speaker_name != "Tom Reid" for q in _quotations(text))


def test_an_aside_whose_words_run_over_two_paragraphs_is_its_labels_person():
    text = (
        "The signal box is open on the first Sunday of the month.\n\n"
        "Memories: Sam Adeyemi, signalman\n\n"
        "‘Forty levers, and every one of them had a temper. The down distant took two hands "
        "in frost.\n\n"
        "‘When they closed the box I took the duster home. It is still in the kitchen.’\n\n"
        "Opening times\n\n"
        "The box opens at ten.\n"
    )
    (memory,) = _quotations(text)
    assert memory.text.startswith("Forty levers") and memory.speaker_name == "Sam Adeyemi"


def test_a_box_label_set_inside_a_block_parts_the_words_before_it_from_the_persons_after():
    text = (
        "The station's first coxswain, Henry Blyth, left one verse in the crew room, which "
        "reads:\n\n"
        "> Pull for the light and pull for home,\n"
        "> The sea will keep what the sea has won.\n\n"
        "> **Panel 2. Her own words: Lottie Brennan, net-mender**\n"
        ">\n"
        '> "I mended the nets on the slipway for thirty years and never once went out in '
        'the boat."\n'
        ">\n"
        '> "My brother went out in it every time, and came back every time but one."\n'
    )
    verse, first, second = _quotations(text)
    assert verse.speaker_name == "Henry Blyth"
    assert "Lottie" not in verse.text and "Panel" not in verse.text
    assert first.text.startswith("I mended the nets") and first.text.endswith("the boat.")
    assert second.text.startswith("My brother went out")
    assert (first.speaker_name, second.speaker_name) == ("Lottie Brennan", "Lottie Brennan")


def test_a_title_named_then_its_maker_gives_the_maker_the_words_and_the_title_as_work():
    text = (
        "The festival closed, as it always does, with two lines from ‘Copper Kettle Blues’, "
        "by the Tyneside songwriter Billy Rook: ‘Put the kettle on the fire, love, / the "
        "boats are late again.’\n"
    )
    assert _attributions(text) == [("Billy Rook", "Copper Kettle Blues", None)]


def test_a_title_with_its_comma_inside_the_marks_then_its_maker_over_a_block():
    text = (
        "The programme prints the opening of “Winter Orchard,” by the Shropshire poet Nell "
        "Ashby, which the choir sang:\n\n"
        "    The trees stand still and count their rings,\n"
        "    And wait for what the thaw may bring.\n"
    )
    assert _attributions(text) == [("Nell Ashby", "Winter Orchard", None)]


def test_a_possessive_surnames_history_is_the_book_the_reading_list_gives_that_author():
    text = (
        "The tunnel took seventeen years to dig. Okafor's history calls it “a hole dug by "
        "optimists and finished by accountants” (p. 41).\n\n"
        "## Further reading\n\n"
        "- Ngozi Okafor, *Under the Hill: the Standedge Tunnel* (Huddersfield, 2003).\n"
        "- Peter Dyson, *Narrow Boats and Wide Skies* (Leeds: Tarn Press, 1996).\n"
    )
    assert _attributions(text) == [("Ngozi Okafor", "Under the Hill: the Standedge Tunnel", "41")]


def test_a_bulleted_reading_list_names_the_book_a_pronoun_lead_in_quotes_from():
    text = (
        "Dyson saw the boats go. He writes that the last cargo was “coal, and a piano nobody "
        "claimed” (p. 212).\n\n"
        "## Further reading\n\n"
        "- Ngozi Okafor, *Under the Hill: the Standedge Tunnel* (Huddersfield, 2003).\n"
        "- Peter Dyson, *Narrow Boats and Wide Skies* (Leeds: Tarn Press, 1996).\n"
    )
    assert _attributions(text) == [("Peter Dyson", "Narrow Boats and Wide Skies", "212")]


def test_a_captions_she_is_the_person_it_shows_whoever_was_quoted_before():
    text = (
        "The crossing keeper, Nora Hollis, remembered the last train: “It went out empty and "
        "came back full of people who had come to watch it go.”\n\n"
        "Plate 4. Mabel Crowther at her back door at Hebble End, March 1961. Asked by the "
        "photographer about the winters, she said: “You kept the stove going and the stove "
        "kept you going.”\n"
    )
    keeper, signalwoman = _quotations(text)
    assert keeper.speaker_name == "Nora Hollis"
    assert signalwoman.speaker_name == "Mabel Crowther"


def test_a_caption_names_whom_its_picture_shows_unless_it_shows_them_with_another():
    assert caption_subject("Figure 2. Ada Pell at the loom, 1930. She said: ") == "Ada Pell"
    assert caption_subject("Above: Tom Reid and his brother at the gate. He said: ") is None
    assert caption_subject("Ada Pell kept the loom going. She said: ") is None


def test_a_poets_heading_holds_over_the_headnote_for_the_poem_set_under_it():
    text = (
        "# Keepers of the Light: verse from the northern stations\n\n"
        "## Margery Tulloch (1844–1910)\n\n"
        "Tulloch kept the light at Noss Head for thirty years after her husband drowned. "
        "These verses close “The Keeper’s Watch” in her first book, *Lamps and Tides* "
        "(1879), p. 33.\n\n"
        "    Trim the wick and wind the clock,\n"
        "    And trust the light to find the rock.\n\n"
        "## From the station log\n\n"
        "    Fog from four. Horn sounded till noon. No ships seen.\n"
    )
    verse, log = _quotations(text)
    assert (verse.speaker_name, verse.work_title, verse.page) == (
        "Margery Tulloch",
        "Lamps and Tides",
        "33",
    )
    # the next heading ends what the poet's heading announced
    assert log.speaker_name != "Margery Tulloch"


def test_each_list_entry_naming_a_person_and_their_trade_before_a_colon_is_theirs():
    text = (
        "The open day's comment cards, a few of them:\n\n"
        "- Deborah Quayle, retired coxswain's widow: “The boat looks smaller than it did "
        "in 1962.”\n"
        "- Imran Siddiqui, crew member: “Pagers at three in the morning never get easier.”\n"
    )
    assert [q.speaker_name for q in _quotations(text)] == ["Deborah Quayle", "Imran Siddiqui"]


def test_a_label_naming_a_person_and_their_remembering_frames_the_quoted_paragraphs():
    text = (
        "The station's old boathouse became a café in 1999.\n\n"
        "Alun Pritchard remembers\n\n"
        "“We launched off the beach on a trolley pulled by a tractor that was older than "
        "the boat.”\n\n"
        "“The tractor drowned once. The boat never did.”\n"
    )
    assert [q.speaker_name for q in _quotations(text)] == ["Alun Pritchard", "Alun Pritchard"]


def test_a_headnote_ending_in_the_source_of_the_lines_names_their_work_and_page():
    text = (
        "## Ellis Mawdsley (1851–1922)\n\n"
        "A carter's son from Rivington, Mawdsley wrote dialect verse for the chapel magazine. "
        "From *Rhymes o' th' Moor* (1890), p. 44:\n\n"
        "    Th' moor's a hard owd landlord,\n"
        "    but he never puts th' rent up.\n"
    )
    assert _attributions(text) == [("Ellis Mawdsley", "Rhymes o' th' Moor", "44")]


def test_the_book_a_headnote_says_the_poems_were_gathered_in_is_the_work_of_the_poem():
    text = (
        "## Bridget Coyle (1890–1951)\n\n"
        "Coyle sold fish on Bury market for forty years. Her verses were copied into an "
        "exercise book and published after her death as *A Barrow of Herrings* (1955). This "
        "is “Market Day”, complete.\n\n"
        "    Fresh today and cheap tomorrow,\n"
        "    Sold by noon or kept for sorrow.\n"
    )
    assert _attributions(text) == [("Bridget Coyle", "A Barrow of Herrings", None)]


def test_a_maker_named_by_a_possessive_or_in_brackets_beside_a_title_speaks_its_lines():
    possessive = (
        "Over the lifeboat house door hangs a verse of Ellen Prideaux’s ‘Shout for the "
        "Boat’: ‘When the maroons go up, the town goes down to the sea.’\n"
    )
    bracketed = (
        "The crew's own favourite is ‘Slack Water’ (Josiah Trebilcock, 1911): ‘Wait for the "
        "turn, boys, the sea keeps no clock.’\n"
    )
    assert _attributions(possessive) == [("Ellen Prideaux", "Shout for the Boat", None)]
    assert _attributions(bracketed) == [("Josiah Trebilcock", "Slack Water", None)]


def test_a_label_with_the_persons_birth_year_before_their_trade_frames_the_words():
    assert framed_by("In his own words: Ravi Menon (b. 1958), launch tractor driver") == (
        "Ravi Menon"
    )


def test_a_heading_naming_a_roles_document_gives_its_words_to_the_one_named_in_that_role():
    text = (
        "Boats still land at the old quay on spring tides. The harbourmaster, Iain Beaton, "
        "writes up the day in a bound book.\n\n"
        "From the harbourmaster's log\n\n"
        "“Wind north-east, strong. Three creels lost off the point. Nobody out after noon.”\n"
    )
    assert [q.speaker_name for q in _quotations(text)] == ["Iain Beaton"]


def test_a_label_set_in_capitals_names_its_speaker_as_one_in_small_letters_does():
    assert framed_by("IN HIS OWN WORDS: OWEN PRYCE, SLATE SPLITTER") == "Owen Pryce"
    assert framed_by("OWEN PRYCE REMEMBERS") == "Owen Pryce"
    assert framed_by("APOLOGIES: OWEN PRYCE, TREASURER") is None


def test_a_possessive_writers_book_is_the_one_the_reading_list_gives_them_without_a_page():
    text = (
        "Boats were built on the beach until 1930. Pengelly’s history calls the yard "
        "“a shed with ambitions”. Jenifer Hosken grew up above the yard. In her memoir she "
        "remembers the launching days as “the only holidays the town allowed itself”.\n\n"
        "## Further reading\n\n"
        "- Tom Pengelly, *Built on the Sand: Porthgwarra Boatyards* (Penzance, 1988).\n"
        "- Jenifer Hosken, *Tar on My Pinafore* (Redruth, 1975).\n"
    )
    assert _attributions(text) == [
        ("Tom Pengelly", "Built on the Sand: Porthgwarra Boatyards", None),
        ("Jenifer Hosken", "Tar on My Pinafore", None),
    ]
