"""Referring citations (cite18): a short reference resolved against the reference list, a key
or a first full note anywhere in the text; and a citation the reader cannot read never becomes
a speaker, a work or a relay (it stays empty, and the reason is the first doubt a moderator
reads). Each rule on sentences written for this file, none taken from a probe essay."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def _quotations(text: str, author: str = "Lena Ostrow") -> list[Proposal]:
    return [p for p in propose_passages(text, author=author) if p.kind == "quotation"]


def _one(text: str, opening: str) -> Proposal:
    return next(p for p in _quotations(text) if p.text.startswith(opening))


# --- author–date forms ------------------------------------------------------------------


def test_a_year_with_a_letter_picks_that_one_of_an_authors_works_of_the_year() -> None:
    text = (
        "Ferries of the Lune\n\n"
        "The ferrymen kept their own hours. One account calls them “masters of a river that "
        "had no other masters” (Voss, 1962a, p. 14). Her second book is harsher: the crossing "
        "was “a toll with a boat attached” (Voss, 1962b, p. 40).\n\n"
        "References\n\n"
        "Voss, E. (1962a). *The Lune ferries*. Castle Press.\n\n"
        "Voss, E. (1962b). *Tolls and tides: A river economy*. Castle Press.\n"
    )
    first = _one(text, "masters of a river")
    second = _one(text, "a toll with a boat")
    assert (first.work_title, first.page) == ("The Lune ferries", "14")
    assert (second.work_title, second.page) == ("Tolls and tides: A river economy", "40")
    assert first.date == second.date == "1962"  # the letter is the reference's, not the date's


def test_a_narrative_citation_with_a_lettered_year_names_that_entry() -> None:
    text = (
        "Harbour Walls\n\n"
        "Brandt (2004b) describes the new wall as “a promise made in granite” (p. 9).\n\n"
        "References\n\n"
        "Brandt, K. (2004a). Breakwaters of the north coast. Tidewater Press.\n\n"
        "Brandt, K. (2004b). Stone against the sea. Tidewater Press.\n"
    )
    quotation = _one(text, "a promise made in granite")
    assert quotation.work_title == "Stone against the sea"
    assert (quotation.speaker_name or "").endswith("Brandt")


def test_a_dated_newspaper_entry_gives_its_headline_not_its_date() -> None:
    text = (
        "The Market Hall\n\n"
        "The traders were angry, and one stallholder, Rosa Milne, was blunt: “they have priced "
        "us out of our own town” (Okeke, 2018, para. 4).\n\n"
        "References\n\n"
        "Okeke, T. (2018, March 3). Traders walk out of the market hall. *Dunford Courier*.\n"
    )
    quotation = _one(text, "they have priced us out")
    assert quotation.speaker_name == "Rosa Milne"
    assert quotation.via_name != "March 3)"
    assert quotation.work_title is None
    assert quotation.page == "para. 4"


def test_a_chapter_in_a_book_is_cited_as_the_book() -> None:
    text = (
        "Bells\n\n"
        "Marsh closes the collection on a doubtful note: “no ring of bells was ever in tune "
        "for more than a summer” (Marsh, 2011, p. 212).\n\n"
        "References\n\n"
        "Marsh, P. (2011). Afterword. In D. Lacey (Ed.), *Towers of the Fens* (pp. 201–214). "
        "Fenland Society.\n"
    )
    quotation = _one(text, "no ring of bells")
    assert quotation.work_title == "Towers of the Fens"  # an afterword's title is no work


def test_a_report_number_after_a_title_is_no_part_of_the_title() -> None:
    text = (
        "Counting Swifts\n\n"
        "The survey found the colony “smaller by a third, and later by a fortnight” "
        "(Tern Trust, 2016, p. 5).\n\n"
        "References\n\n"
        "Tern Trust. (2016). *Swift census of the old town* (Survey Paper No. 12). Tern Trust.\n"
    )
    quotation = _one(text, "smaller by a third")
    assert quotation.work_title == "Swift census of the old town"


# --- notes: keys, op. cit., ibid. --------------------------------------------------------


def test_a_key_given_in_the_first_note_is_read_in_the_later_ones() -> None:
    text = (
        "The Lamp Room\n\n"
        "The paper welcomed the lamps: “the darkest street in the town is now the "
        "brightest.”[^1] A week later it was less sure: “a waste of good oil on bad "
        "corners.”[^2]\n\n"
        "[^1]: *Holmfirth Lantern* (hereafter *HL*), 2 May 1881, 4.\n"
        "[^2]: *HL*, 9 May 1881, 3.\n"
    )
    first = _one(text, "the darkest street")
    second = _one(text, "a waste of good oil")
    assert (first.work_title, first.page) == ("Holmfirth Lantern", "4")
    assert (second.work_title, second.page) == ("Holmfirth Lantern", "3")
    assert "hereafter" not in (first.speaker_name or "")


def test_op_cit_with_a_bare_page_gives_the_page() -> None:
    text = (
        "Slate\n\n"
        "Irene Cole thought the quarry “the only honest employer in the valley.”¹ Tom Price "
        "disagreed: the owners were “honest the way a landslide is honest.”² Cole later "
        "conceded that it “paid badly and on time.”³\n\n"
        "Notes\n\n"
        "1. Irene Cole, *Blue Stone Country* (Bangor: Gwynedd Press, 1977), 31.\n"
        "2. Tom Price, *Under the Incline* (Bangor: Gwynedd Press, 1981), 8.\n"
        "3. Cole, op. cit., 64.\n"
    )
    quotation = _one(text, "paid badly")
    assert (quotation.work_title, quotation.page) == ("Blue Stone Country", "64")


def test_ibid_after_a_relayed_note_cites_the_book_for_its_own_words() -> None:
    text = (
        "The Toll House\n\n"
        "A carter, never named, complained that the gate “took a penny from every wheel and "
        "gave nothing back.”⁴ Hilda Marr, who collected the story, is sceptical: “carters "
        "complained of every gate in England.”⁵\n\n"
        "Notes\n\n"
        "4. Quoted in Hilda Marr, *Turnpike Days* (York: Minster Books, 1955), 70.\n"
        "5. Ibid., 71.\n"
    )
    own = _one(text, "carters complained")
    assert (own.speaker_name, own.work_title, own.page) == ("Hilda Marr", "Turnpike Days", "71")
    assert own.via_name is None
    relayed = _one(text, "took a penny")
    assert (relayed.via_name, relayed.page) == ("Hilda Marr", "70")


def test_someone_the_words_were_told_to_is_not_their_speaker_whatever_the_note_cites() -> None:
    text = (
        "The Mill Strike\n\n"
        "Nora Tait led the walk-out. “We were not asking for much,” she said at the gate.⁷ "
        "Decades later she told Lister that “the mill was never the same after we came "
        "back.”⁸\n\n"
        "Notes\n\n"
        "7. Quoted in Lister, p. 52.\n"
        "8. Ibid., p. 53.\n\n"
        "Bibliography\n\n"
        "Lister, Colin. *Looms and Ledgers*. Leeds: Aire Press, 1990.\n"
    )
    quotation = _one(text, "the mill was never")
    assert quotation.speaker_name == "Nora Tait"
    assert quotation.via_name == "Colin Lister"


def test_a_committee_named_after_its_council_in_a_note_keeps_its_own_minutes() -> None:
    text = (
        "Allotments\n\n"
        "The committee was blunt: “no tenant shall keep bees without the consent of his "
        "neighbours.”¹²\n\n"
        "Notes\n\n"
        "12. Eastwick Borough Council, Allotments Committee, minutes, 3 June 1921, fol. 14.\n"
    )
    quotation = _one(text, "no tenant shall keep bees")
    assert quotation.speaker_name == "Allotments Committee"
    assert quotation.work_title is None  # a body's name is never a work
    assert quotation.page == "fol. 14"


# --- narrative locators ------------------------------------------------------------------


def test_a_page_of_a_named_work_in_the_prose_cites_that_work_in_full() -> None:
    text = (
        "Canal Horses\n\n"
        "Ruth Alder returns to the horses on p. 88 of *Towpath and Tiller*, where she writes "
        "that “no boat moved faster than its slowest horse.”\n\n"
        "Bibliography\n\n"
        "Alder, Ruth. *Towpath and Tiller: Working Boats of the Midlands*. Stoke: Potteries "
        "Press, 1984.\n"
    )
    quotation = _one(text, "no boat moved faster")
    assert quotation.speaker_name == "Ruth Alder"  # never "Tiller", a word of the title
    assert quotation.work_title == "Towpath and Tiller: Working Boats of the Midlands"
    assert quotation.page == "88"


# --- what is never read off a citation ----------------------------------------------------


def test_a_note_written_as_a_sentence_names_no_work_and_says_so_first() -> None:
    text = (
        "The Reading Room\n\n"
        "A card on the door announced the end: “The Reading Room is closed until further "
        "notice.”³\n\n"
        "Notes\n\n"
        "3. The card was thrown away in 1970; a former member remembered its wording for me.\n"
    )
    quotation = _one(text, "The Reading Room is closed")
    assert quotation.work_title is None
    assert quotation.doubt is not None and quotation.doubt.startswith("note 3 names no source")


def test_an_abbreviation_nobody_keys_is_neither_work_nor_speaker_and_is_doubted() -> None:
    text = (
        "The Lifeboat Fund\n\n"
        "The appeal raised less than hoped. The town, one paper said, “gave generously to "
        "everything except the sea” (KT, 4 Feb. 1899, p. 2).\n"
    )
    quotation = _one(text, "gave generously")
    assert quotation.work_title is None and quotation.via_name is None
    assert quotation.speaker_name != "KT"
    assert quotation.doubt is not None and "‘KT’" in quotation.doubt
    assert quotation.page == "2"


def test_a_title_is_never_left_with_its_note_marker() -> None:
    text = (
        "The Foundry\n\n"
        "    We poured iron six days a week and prayed on the seventh that it had set.\n"
        "    — Amos Kettle, *Fire and Sand*[3]\n\n"
        "Notes\n\n"
        "3. Kettle 1952, p. 17.\n\n"
        "Sources\n\n"
        "Kettle, Amos (1952). *Fire and Sand*. Sheffield: Don Press.\n"
    )
    quotation = _one(text, "We poured iron")
    assert quotation.work_title == "Fire and Sand"


# --- shortened footnotes against a Sources list (the MediaWiki way) ------------------------


_WIKI = (
    "Ravenscar Incline\n\n"
    "The incline was worked by gravity alone. Its engineer promised that it would "
    '"carry the whole produce of the moor without a single horse".[1] Ida Lumb, its '
    'historian, judged it "the cleverest thing ever built for the wrong mineral".[2]: 58 '
    'A brakesman remembered it more simply: "you let go and you prayed".[3] Lumb ends '
    'her book on the line\'s closure, calling it "a mercy to the moor".[2]: 201 The '
    'society\'s own page says it hopes "to walk the whole incline again one day".[4]\n\n'
    "References\n\n"
    "1. Pell 1861, p. 4.\n\n"
    "2. ^ a b Lumb 1990.\n\n"
    "3. Quoted in Lumb 1990, p. 133.\n\n"
    '4. "Our aims". Ravenscar Incline Society. Retrieved 3 March 2024.\n\n'
    "Sources\n\n"
    "Lumb, Ida (1990). The Ravenscar Incline. Whitby: Esk Press.\n\n"
    "Pell, Joseph (1861). Report on a Self-acting Incline. York: Ouse Press.\n"
)


def test_a_shortened_footnote_names_the_sources_entry_of_that_author_and_year() -> None:
    promised = _one(_WIKI, "carry the whole produce")
    assert (promised.work_title, promised.page) == ("Report on a Self-acting Incline", "4")
    relayed = _one(_WIKI, "you let go")
    assert (relayed.via_name, relayed.page) == ("Ida Lumb", "133")


def test_a_page_printed_after_a_note_marker_is_the_place_in_that_notes_work() -> None:
    judged = _one(_WIKI, "the cleverest thing")
    assert (judged.speaker_name, judged.work_title) == ("Ida Lumb", "The Ravenscar Incline")
    assert judged.page == "58"
    assert _one(_WIKI, "a mercy to the moor").page == "201"  # the same note, another page


def test_a_web_pages_quoted_title_is_the_work_and_never_a_speaker() -> None:
    page = _one(_WIKI, "to walk the whole incline")
    assert page.work_title == "Our aims"
    assert page.speaker_name != '"Our aims"'
    assert page.via_name is None


def test_a_note_whose_parts_are_no_name_and_no_title_is_read_again_as_a_note() -> None:
    text = (
        "Lock Keepers\n\n"
        'The company was curt about the keepers: "no keeper shall leave his lock between '
        'dawn and dusk".[1]\n\n'
        "References\n\n"
        "1. Calder Navigation Company, Orders to Lock Keepers, 9 May 1822. West Riding "
        "Archives, CNC 2/14.\n"
    )
    quotation = _one(text, "no keeper shall leave")
    assert quotation.speaker_name == "Calder Navigation Company"
    assert quotation.work_title == "Orders to Lock Keepers"


# --- short titles and places in a recording ------------------------------------------------


def test_a_short_title_alone_in_a_citation_is_the_title_the_text_gives_in_full() -> None:
    text = (
        "Two Books on the Moss\n\n"
        "Anwen Roberts followed her radio series with a book, *Peat and Pasture: The Moss "
        "Farmers of Tregaron* (Gomer, 2019).\n\n"
        'She does not spare the drainage board: "they drained the moss and called it '
        'improvement" (*Peat and Pasture*, p. 64).\n'
    )
    quotation = _one(text, "they drained the moss")
    assert quotation.work_title == "Peat and Pasture: The Moss Farmers of Tregaron"
    assert quotation.page == "64"


_SERIES = (
    "Listening to *Salt Marsh Voices*\n\n"
    "*Salt Marsh Voices* is a four-part radio series about the marsh villages.\n\n"
    "The warden, Colin Reeve, is the best voice in it. At 12:30 in episode two he says "
    'flatly, "the sea takes a field a year and gives back a sandbank."\n\n'
    "The last episode ends on a fisherman, Ted Cobb, remembering the flood:\n\n"
    "    We sat on the roof till it was light, and when it was light we wished it wasn't.\n\n"
    "That is ep. 4, 41:05, and nothing after it in the series is as good.\n"
)


def test_a_time_stamp_written_in_the_sentence_cites_the_series_there() -> None:
    quotation = _one(_SERIES, "the sea takes a field")
    assert (quotation.work_title, quotation.page) == ("Salt Marsh Voices", "12:30")


def test_a_sentence_after_a_block_saying_where_it_stands_cites_it() -> None:
    block = _one(_SERIES, "We sat on the roof")
    assert (block.work_title, block.page) == ("Salt Marsh Voices", "41:05")


def test_a_key_standing_for_a_body_and_its_record_gives_both() -> None:
    text = (
        "The Bandstand\n\n"
        "The council would not pay for repairs. It minuted that “the bandstand be taken down "
        "and its iron sold” (PC Minutes, 4 May 1954, fol. 77).\n\n"
        "Abbreviations\n\n"
        "PC Minutes — Ashwell Parish Council, Minutes of the Parish Council, vol. 3. County "
        "Record Office.\n"
    )
    quotation = _one(text, "the bandstand be taken down")
    assert quotation.work_title == "Minutes of the Parish Council"
    assert quotation.speaker_name == "Ashwell Parish Council"
    assert quotation.page == "fol. 77"


def test_an_unsigned_articles_headline_is_never_taken_for_its_author() -> None:
    text = (
        "The Pier Fire\n\n"
        "The pier master was sure of the cause. He told the paper that “a cigar did it, and "
        "the wind did the rest” (“Pier Burns to the Waterline,” 1911, p. 2).\n\n"
        "References\n\n"
        "Pier burns to the waterline. (1911, July 14). *Sandbay Herald*, p. 2.\n"
    )
    quotation = _one(text, "a cigar did it")
    assert quotation.speaker_name != "Pier burns to the waterline"
    assert quotation.via_name == "Sandbay Herald"


def test_a_harvard_page_after_a_colon_is_read_in_both_citation_forms() -> None:
    text = (
        "Fen Drains\n\n"
        "The drainers were sure that “the water will go where it is told” (Amery 1958: 14). "
        "Amery (1958: 40) later called the same work “a war we did not win”.\n\n"
        "References\n\n"
        "Amery, Ruth. 1958. Water under Orders. Ely: Isle Press.\n"
    )
    first, later = _one(text, "the water will go"), _one(text, "a war we did not")
    assert (first.work_title, first.page) == ("Water under Orders", "14")
    assert (later.work_title, later.page) == ("Water under Orders", "40")


def test_a_pinpoint_after_a_note_marker_is_the_page_of_that_notes_work() -> None:
    text = (
        "Rights of Way\n\n"
        "The judge was unmoved: “a path that nobody can find is not a path”¹ at 14.\n\n"
        "Notes\n\n"
        "1. Hollis v Marsh Parish Council [1931] 2 KB 9.\n"
    )
    quotation = _one(text, "a path that nobody")
    assert quotation.page == "14"


def test_where_a_document_is_kept_is_never_its_title() -> None:
    for citation in ("(Tarn Museum, TM 1911.4)", "(Weston Archives, fol. 12r)"):
        text = (
            "Samplers\n\n"
            "The label was brief, calling it “a sampler worked with care by a child of nine” "
            f"{citation}.\n"
        )
        quotation = _one(text, "a sampler worked")
        assert quotation.work_title is None, citation
        assert quotation.speaker_name is None, citation


def test_what_a_citation_piece_looks_like_decides_whether_it_can_be_a_name_or_a_title() -> None:
    from bot.core.extract.reading.citations import unread_name, unread_title

    for piece in ("ZSK 4/2", "HMS 1938.7", "fol. 88", "12 March 1908, 4", "1962b"):
        assert unread_title(piece) is not None, piece
    for piece in ("The Gate Left Open: *A Memoir", "Canal Notes (hereafter CN", "Tide Table"):
        assert (unread_title(piece) is not None) is (piece != "Tide Table"), piece
    for piece in ("Ruth (1975) Dacre", "Minutes of the Board, 3 March 1908", '"Our aims"'):
        assert unread_name(piece) is not None, piece
    for title in ("Rural Roads, 1920-1990", "Minutes of the Vestry, 1820–1860", "1 Corinthians"):
        assert unread_title(title) is None, title
    assert unread_name("Hartley et al.") is None


def test_a_page_alone_cites_the_narrative_citation_an_earlier_sentence_made() -> None:
    text = (
        "Allotment Talk\n\n"
        "Dinah Sorrel (2012) spent two summers on the Hawthorn Road plots. She found that "
        "plot-holders “trade advice more freely than they trade seeds” (p. 71). One of them, "
        "Ron Pike, told her that “the slugs are the only ones who never leave” (p. 74).\n\n"
        "References\n\n"
        "Sorrel, D. (2012). *Growing together: Allotments and their people*. Hawthorn Press.\n"
    )
    own = _one(text, "trade advice more freely")
    assert own.work_title == "Growing together: Allotments and their people"
    assert own.page == "71"
    relayed = _one(text, "the slugs are the only")
    assert relayed.speaker_name == "Ron Pike"
    assert (relayed.via_name, relayed.page) == ("Dinah Sorrel", "74")


# --- signals and several sources in one note ------------------------------------------------

_BOOKS = (
    "\n\nBibliography\n\n"
    "Quill, Harriet. *Lamps and Lamplighters: Street Lighting in the North*. Hull: Humber "
    "Press, 1971.\n\n"
    "Dace, Owen. *Gas and Glory*. Hull: Humber Press, 1980.\n"
)


def test_a_signal_before_a_citation_is_no_part_of_it() -> None:
    for signal in ("See", "Cf.", "See also"):
        text = (
            "Lamplighters\n\n"
            "Quill calls the trade “a craft that died without a funeral.”¹\n\n"
            f"Notes\n\n1. {signal} Quill, *Lamps and Lamplighters*, 40.{_BOOKS}"
        )
        quotation = _one(text, "a craft that died")
        assert quotation.speaker_name == "Harriet Quill", signal
        assert quotation.work_title == "Lamps and Lamplighters: Street Lighting in the North"
        assert quotation.page == "40"


def test_of_several_sources_in_one_note_the_first_cites_the_words() -> None:
    text = (
        "Lamplighters\n\n"
        "A lamplighter remembered the round as “forty lamps and one dog.”² Quill thought the "
        "work “lonely, and proud of it.”³\n\n"
        "Notes\n\n"
        "2. Quoted in Quill, *Lamps and Lamplighters*, 58; see also Dace, *Gas and Glory*, 9.\n"
        f"3. Quill, *Lamps and Lamplighters*, 61; Dace, *Gas and Glory*, 12.{_BOOKS}"
    )
    relayed = _one(text, "forty lamps")
    assert (relayed.via_name, relayed.page) == ("Harriet Quill", "58")
    own = _one(text, "lonely, and proud")
    assert (own.speaker_name, own.page) == ("Harriet Quill", "61")


def test_op_cit_with_no_name_is_the_work_of_the_note_before() -> None:
    text = (
        "Lamplighters\n\n"
        "Dace calls gas “the first light a town could switch off.”⁴ The men were “paid by the "
        "lamp, not by the hour.”⁵\n\n"
        "Notes\n\n"
        "4. Owen Dace, *Gas and Glory* (Hull: Humber Press, 1980), 15.\n"
        "5. Op. cit., 19.\n"
    )
    quotation = _one(text, "paid by the lamp")
    assert (quotation.work_title, quotation.page) == ("Gas and Glory", "19")
    assert quotation.work_title != "Op. cit"


def test_a_key_given_in_the_prose_is_read_in_a_later_citation() -> None:
    text = (
        "The Pier Company\n\n"
        "The Sandbay Herald (hereafter SH) was delighted: “the finest walk on the east coast "
        "is now open to all” (SH, 2 June 1890, p. 3).\n"
    )
    quotation = _one(text, "the finest walk")
    assert (quotation.work_title, quotation.page) == ("Sandbay Herald", "3")


def test_a_key_and_a_date_with_no_comma_between_are_read_apart() -> None:
    text = (
        "The Pier Company\n\n"
        "The Herald was blunt: “the pier will pay for itself or fall into the sea” (SH 4 June "
        "1890, p. 2).\n\n"
        "Abbreviations\n\n"
        "SH = Sandbay Herald\n"
    )
    quotation = _one(text, "the pier will pay")
    assert (quotation.work_title, quotation.page) == ("Sandbay Herald", "2")
    assert quotation.speaker_name == "Sandbay Herald"  # the paper's own words, its short name


def test_ibid_with_a_page_and_a_remark_keeps_the_page() -> None:
    text = (
        "The Toll House\n\n"
        "Marr is sure that “carters complained of every gate in England.”⁵ One carter said the "
        "gate “took a penny from every wheel and gave nothing back.”⁶\n\n"
        "Notes\n\n"
        "5. Hilda Marr, *Turnpike Days* (York: Minster Books, 1955), 70.\n"
        "6. Ibid., 71, quoting a carter from Selby.\n"
    )
    quotation = _one(text, "took a penny")
    assert (quotation.via_name, quotation.page) == ("Hilda Marr", "71")
