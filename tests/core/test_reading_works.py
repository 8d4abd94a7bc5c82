"""What a work is (work20, session 20): the titled thing the words were printed, sung,
broadcast or delivered in, named as a reader would cite it (``reading/works.py``). A journal
without its volume and pages, by the full name the text gives an abbreviation; a titled
address, talk, song or strategy named after its kind; no work for a document only described
("pers. comm.", "in litt.", a body's minutes, a diary, an archive), nor for a cross-reference
to a part of the text or a school's year group. Each rule on sentences written for this file,
none taken from a probe or a held-out essay."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages
from bot.core.extract.reading.works import described_not_titled, title_as_cited


def _quotations(text: str, author: str = "Maud Kersey") -> list[Proposal]:
    return [p for p in propose_passages(text, author=author) if p.kind == "quotation"]


def _one(text: str, opening: str) -> Proposal:
    return next(p for p in _quotations(text) if p.text.startswith(opening))


# --- a journal as a reader cites it ------------------------------------------------------


def test_a_journal_is_cited_without_its_volume_and_pages() -> None:
    assert title_as_cited("Bird Study 41: 12–19") == "Bird Study"
    assert title_as_cited("Ann. Bot. 7") == "Ann. Bot."  # abbreviated: the number is its volume
    assert title_as_cited("Catch 22") == "Catch 22"  # a title's own number stays
    assert title_as_cited("Annual Report 2016") == "Annual Report 2016"  # a year is no volume


def test_a_note_citing_a_journal_gives_the_journal_and_the_pinpoint_page() -> None:
    text = (
        "Moths of the Lowther Hills\n\n"
        "The survey had one hostile reader. Reviewing it, Dr Amos Quill thought its keys "
        "“serviceable for a moth that stays still, which none of them does”.[1]\n\n"
        "Notes\n\n"
        "1. Entomologist’s Gazette 61 (2010): 77–8, at 78.\n"
    )
    quotation = _one(text, "serviceable for a moth")
    assert quotation.work_title == "Entomologist’s Gazette"
    assert quotation.page == "78"


def test_an_abbreviated_journal_is_the_one_the_text_names_in_full() -> None:
    text = (
        "Pond Life\n\n"
        "Rhoda Fenn wrote up her dragonflies for the Naturalists Quarterly Review, where she "
        "admitted that “the larvae were counted by a child with a jam jar” (Nat. Q. Rev. 8: 33)."
        "\n"
    )
    quotation = _one(text, "the larvae were counted")
    assert quotation.work_title == "Naturalists Quarterly Review"
    assert quotation.page == "33"


# --- a document described, not titled, is no work ----------------------------------------


def test_what_only_describes_a_document_is_no_title() -> None:
    for described in (
        "pers. comm.",
        "In litt. to the writer",
        "Parish Council minutes",
        "Guild mins.",
        "diary",
        "Lodge archive",
        "see Appendix C",
        "Year 9",
    ):
        assert described_not_titled(described), described
    for titled in ("Minutes of the Lodge", "The Diary of a Nobody", "Table Talk", "Standard"):
        assert not described_not_titled(titled), titled


def test_a_note_that_describes_a_letter_or_a_minute_gives_no_work_and_no_page() -> None:
    text = (
        "The Orchard Guild\n\n"
        "A former apprentice wrote to me that the old grafter “could make an apple tree "
        "change its mind”.[1] The Guild minuted its gratitude for “thirty winters of pruning "
        "in the rain”.[2] Her own diary is terser: “Frost. Lost the Bramleys.”[3]\n\n"
        "Notes\n\n"
        "1. In litt. to the author, 4 May 2019.\n"
        "2. Guild Council minutes, 2 June 2001, min. 9.\n"
        "3. E. Parr, diary, vol. 2, p. 40 (Guild archive).\n"
    )
    letter = _one(text, "could make an apple tree")
    minute = _one(text, "thirty winters of pruning")
    diary = _one(text, "Frost. Lost the Bramleys.")
    assert letter.work_title is None
    assert (minute.work_title, minute.page) == (None, None)  # a minute's number is no page
    assert (diary.work_title, diary.page) == (None, "40")  # the page the note gives


def test_a_cross_reference_to_a_part_of_the_text_cites_nothing() -> None:
    text = (
        "The Ferry Trust\n\n"
        "The Trust’s rules ask every skipper to “count the passengers twice and the lifejackets "
        "three times” (see Safety, below). Its founder, Nora Pell, was plainer: “nobody swims "
        "in March” (see Appendix A).\n\n"
        "Safety\n\n"
        "The Trust has carried passengers for forty years without loss.\n"
    )
    rules = _one(text, "count the passengers")
    founder = _one(text, "nobody swims")
    assert rules.speaker_name != "Safety" and rules.work_title is None
    assert founder.speaker_name == "Nora Pell" and founder.work_title is None


def test_a_year_group_is_no_work() -> None:
    text = (
        "Our School Garden\n\n"
        "Asked about the compost heap, Ellie Barr in Year 4 called it “warm and a bit "
        "disgusting”.\n"
    )
    assert _one(text, "warm and a bit").work_title is None


# --- a titled thing named after its kind -------------------------------------------------


def test_a_titled_address_of_a_year_is_the_work_of_its_words() -> None:
    text = (
        "The Beekeepers\n\n"
        "Mabel Orr chaired the Association for a decade. In her retiring address of 1988, "
        "‘Keeping On’, she told members that “a hive is a parliament in which nobody ever "
        "resigns”.\n"
    )
    quotation = _one(text, "a hive is a parliament")
    assert quotation.work_title == "Keeping On"
    assert quotation.speaker_name == "Mabel Orr"


def test_a_strategy_with_its_years_keeps_them_in_its_title() -> None:
    text = (
        "The Harbour Trust\n\n"
        "Our strategy for the quay, Open Water 2024–2030, promised that “the slipway will be "
        "public again” (p. 3).\n"
    )
    quotation = _one(text, "the slipway will be")
    assert quotation.work_title == "Open Water 2024–2030"
    assert quotation.page == "3"


def test_a_talk_given_a_title_in_straight_single_quotes_is_its_work() -> None:
    text = (
        "The Cavers\n\n"
        "Tom Ainsley broadcast only once. In a talk he called 'Under Ingleborough', on the "
        'Home Service, he told listeners that "the dark is the same colour in every cave".\n'
    )
    quotation = _one(text, "the dark is the same colour")
    assert quotation.work_title == "Under Ingleborough"
    assert quotation.speaker_name == "Tom Ainsley"


def test_an_autobiography_named_in_apposition_is_the_work_of_its_words() -> None:
    text = (
        "The Pavilion\n\n"
        "In his autobiography, Long Innings, the umpire Walter Brayshaw remembered the old "
        "pavilion as “a shed with ambitions” (p. 12).\n"
    )
    quotation = _one(text, "a shed with ambitions")
    assert (quotation.work_title, quotation.page) == ("Long Innings", "12")
    assert quotation.speaker_name == "Walter Brayshaw"


# --- words sung: the song is the work, its writer speaks ---------------------------------


def test_a_songs_verse_is_from_the_song_the_sentence_before_names_and_its_writer_sings() -> None:
    text = (
        "The Ferry Supper\n\n"
        "The supper always closed with ‘Bright Water Rising’, written by the ferryman Josiah "
        "Pell in 1902. Its second verse goes: “Row for the lamp and row for the shore, and "
        "row for the ones who rowed before.” Nobody has ever sung a third.\n"
    )
    quotation = _one(text, "Row for the lamp")
    assert quotation.work_title == "Bright Water Rising"
    assert quotation.speaker_name == "Josiah Pell"


def test_a_song_named_as_hers_is_the_work_and_she_is_no_title() -> None:
    text = (
        "The Moor Chapel Choir\n\n"
        "Nell Garside led the choir for thirty years. Her best hymn for it, Morning on the "
        "Moor, is still sung at Easter, and its refrain is known to everyone in the valley: "
        "“the heather wakes before the town”.\n"
    )
    quotation = _one(text, "the heather wakes")
    assert quotation.work_title == "Morning on the Moor"
    assert quotation.speaker_name == "Nell Garside"


# --- the author of a cited work speaks in it, relayed by nobody ---------------------------


def test_a_part_of_the_authors_book_is_no_speaker_and_her_short_title_is_resolved() -> None:
    text = (
        "Obituary\n\n"
        "Her only book, Mosses of the Upper Dale (Hawes: Dale Press, 1988), took her a decade. "
        "Its introduction explains why: “A moss is a forest for anyone willing to kneel.”[1]\n\n"
        "Notes\n\n"
        "1. Thwaite, Mosses, p. ix.\n"
    )
    quotation = _one(text, "A moss is a forest")
    assert quotation.work_title == "Mosses of the Upper Dale"
    assert quotation.via_name is None
    assert (quotation.speaker_name or "").endswith("Thwaite")
    assert quotation.page == "ix"


def test_she_after_the_text_names_her_cited_lecture_is_its_author() -> None:
    text = (
        "The Society's Presidents\n\n"
        "Professor Alan Brigg chaired the first meeting.\n\n"
        "Her inaugural lecture of 1990, ‘Small Weather’, is still read. She told the audience "
        "that “the climate is what you expect, and the weather is what you get on a field "
        "day”.[1]\n\n"
        "Notes\n\n"
        "1. J. M. Tallis, ‘Small Weather’, Proc. Dale Nat. Soc. 12 (1991): 1–14, at 3.\n"
    )
    quotation = _one(text, "the climate is what")
    assert quotation.work_title == "Small Weather"
    assert quotation.page == "3"
    assert quotation.via_name is None
    assert (quotation.speaker_name or "").endswith("Tallis")


# --- a paper told relays; a bulletin written in is the work; an article's title is no quotation


def test_a_paper_someone_told_relays_their_words_and_never_speaks_them() -> None:
    text = (
        "The Mill Strike\n\n"
        "The manager, Harold Maddox, would not meet the weavers. Maddox told the Shipley "
        "Times that the looms would stay “silent until the last of them says sorry”.\n"
    )
    quotation = _one(text, "silent until the last")
    assert quotation.speaker_name == "Harold Maddox"
    assert quotation.via_name is not None and quotation.via_name.endswith("Shipley Times")
    assert quotation.work_title is None


def test_words_written_for_a_clubs_newsletter_are_in_it_not_relayed_by_it() -> None:
    text = (
        "The Rowing Club\n\n"
        "Ada Thwaite was captain that year. Writing before the regatta, she told members: "
        "“Row as if the river owed you money.” (Ferry Club Newsletter, 3 April, p. 2.)\n"
    )
    quotation = _one(text, "Row as if the river")
    assert quotation.work_title == "Ferry Club Newsletter"
    assert quotation.page == "2"
    assert quotation.via_name is None


def test_a_report_to_a_body_named_in_apposition_is_the_work() -> None:
    text = (
        "The River Board\n\n"
        "The Board’s report to the Minister, Rivers at Risk (1971), warned that “the salmon "
        "will not wait for a second survey” (p. 14).\n"
    )
    quotation = _one(text, "the salmon will not wait")
    assert (quotation.work_title, quotation.page) == ("Rivers at Risk", "14")


def test_an_articles_title_a_note_quotes_between_author_and_journal_is_no_quotation() -> None:
    text = (
        "Obituary\n\n"
        "His first paper described the quarry as “a cathedral nobody had bothered to "
        "consecrate”.[1]\n\n"
        "Notes\n\n"
        "1. R. T. Holme, ‘The sandstones of the upper quarry face’, Proc. Dale Geol. Soc. 9 "
        "(1962): 12–30, at 14.\n"
    )
    texts = [p.text for p in _quotations(text)]
    assert not any(t.startswith("The sandstones") for t in texts)
    quotation = _one(text, "a cathedral nobody")
    assert (quotation.work_title, quotation.page) == (
        "The sandstones of the upper quarry face",
        "14",
    )
