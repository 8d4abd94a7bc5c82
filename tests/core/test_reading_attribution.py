"""Whose words, in which work: attribution rules a reader of any essay would state, each on a
few sentences written for it (invented chandlers, harbours and clerks; no essay's wording)."""

from __future__ import annotations

from tests.fixtures.readings import attributions as who
from tests.fixtures.readings import quotations as quoted

HARVARD = (
    "Mabel Quayle wrote the only history of the trade. She says that the estuary chandlers "
    "were “a guild in everything but the charter” (Quayle, 1994: 12), and later that they "
    "“sold rope by the fathom and gossip by the yard” (Quayle, op. cit.: 30).\n\n"
    "## References\n\n"
    "{entry}\n"
)


def test_an_author_date_citation_names_the_title_of_its_references_entry_not_the_publisher():
    entries = [
        "Quayle, M. (1994) *Salt and Tallow: Chandlers of the Estuary*. Harwich: Tidewater Books.",
        "Quayle, M. (1994). Salt and Tallow: Chandlers of the Estuary. Harwich: Tidewater Books.",
        "Quayle, Mabel. 1994. Salt and Tallow: Chandlers of the Estuary. Harwich: Tidewater.",
    ]
    for entry in entries:
        found = who(HARVARD.format(entry=entry))
        assert found == [
            ("Mabel Quayle", "Salt and Tallow: Chandlers of the Estuary", "12", None),
            ("Mabel Quayle", "Salt and Tallow: Chandlers of the Estuary", "30", None),
        ], entry


def test_a_document_a_note_only_describes_has_no_title_and_its_date_is_no_page():
    found = quoted(
        "The harbour-master, Jonas Pelly, grumbled in a letter that “the quay is mended "
        "every spring and broken every autumn”.[^1] His log is drier: “Wind north-east, "
        "two barges aground, nobody drowned.”[^2]\n\n"
        "[^1]: J. Pelly, letter to the harbour board, 9 October 1887, board papers.\n\n"
        "[^2]: Jonas Pelly, Harbour Log, 1880–1899, entry for 14 March 1891."
    )
    assert [(p.speaker_name, p.work_title, p.page, p.date) for p in found] == [
        ("Jonas Pelly", None, None, "1887"),  # neither "9 October" nor "board papers"
        ("Jonas Pelly", "Harbour Log", None, "1891"),  # a day, not page 1891; 1880 began the log
    ]


def test_a_historian_who_quotes_someone_unnamed_relays_the_words_even_when_interrupted():
    [found] = quoted(
        "Ines Korda, in her survey of the estuary trades, quotes an old apprentice as saying "
        "that “a chandler sells you the anchor and then the rope to hang yourself” "
        "(Korda, 2003: 17).\n\n## References\n\nKorda, I. (2003) *Estuary Trades*. Colchester: "
        "Marsh Press.\n"
    )
    assert (found.speaker_name, found.unnamed, found.page, found.via_name) == (
        "an old apprentice",
        True,
        "17",
        "Ines Korda",
    )
    assert found.work_title is None  # the book relays; it is not where the apprentice spoke


def test_the_person_in_apposition_speaks_not_the_place_the_verb_takes_as_its_object():
    [found] = quoted(
        "Mabel Quayle kept the board's papers. The clerk of the harbour board, Alderman Jonas "
        "Pelly, described Wrabness Quay in his return for 1902 as “a wall of good intentions "
        "held together by tar” (cited in Quayle, 1994: 40)."
    )
    assert (found.speaker_name, found.page, found.via_name) == ("Jonas Pelly", "40", "Mabel Quayle")


def test_a_courtesy_title_is_kept_as_the_essay_writes_it():
    [found] = quoted("Mrs Ada Thwaite wrote: “The tide waits for the harbour-master’s wife.”")
    assert found.speaker_name == "Mrs Ada Thwaite"


def test_a_time_a_possession_or_a_clause_introducing_words_is_never_their_speaker():
    found = who(
        "Jonas Pelly kept the harbour log for forty years. A line from the spring of 1891 "
        "records a bad tide:\n\n"
        "> Water over the quay wall at six. Two barges loose. I have told the board again.[^1]"
        "\n\n"
        "Pelly's own notes are terse, but he could be sharp when he liked. “The board,” he "
        "wrote after the flood, “meets on dry land and thinks the sea is a rumour.”\n\n"
        "His report on the great gale is the longest he ever wrote:\n\n"
        "> Three hulls lost, the lamp gone, the quay in the water. Nobody drowned.\n\n"
        "[^1]: Jonas Pelly, *Harbour Log*, p. 40.\n"
    )
    assert [speaker for speaker, *_ in found] == ["Jonas Pelly"] * 4


def test_a_work_is_named_by_what_its_writer_called_it_never_by_a_person_named_near_it():
    [answer] = quoted(
        "Wenna Tulk was not finished. In a second tract, which she called simply An Answer, "
        "she accused the board of “selling the harbour for a barrel of pitch”."
    )
    assert (answer.speaker_name, answer.work_title) == ("Wenna Tulk", "An Answer")
    [speech] = quoted(
        "The pilots' view survives in one place: a speech printed in the Harbour Echo, where "
        "a pilot named Abel Tregear is quoted at length:\n\n"
        "> We were told the new quay would make us rich. It made the board rich and us wet.\n"
    )
    assert (speech.speaker_name, speech.work_title, speech.via_name) == (
        "Abel Tregear",
        None,
        "Harbour Echo",
    )


def test_a_periodicals_reviewer_wrote_in_that_periodical():
    [found] = quoted(
        "The first season ended in March, and the Gazette’s critic, who had hated the opening "
        "night, admitted that the choir “sang like people who had been paid for once”."
    )
    assert (found.speaker_name, found.unnamed, found.work_title) == (
        "the Gazette’s critic",
        True,
        "Gazette",
    )


MLA = (
    "Wenna Tulk ran the pilots' fund for thirty years. She later admitted that she had been "
    "“unkind to men who only wanted a quiet pint” (88). Her diary, *Tide Tables*, is less "
    "guarded. On page 12 she is blunter still: “The board would sell the tide if it could "
    "find a buyer.”\n\n## Works Cited\n\n{entries}"
)


def test_a_page_of_someone_with_one_entry_in_the_works_cited_is_a_page_of_that_work():
    found = who(MLA.format(entries="Tulk, Wenna. *Tide Tables*. Penzance: Quay Press, 1911.\n"))
    assert found == [
        ("Wenna Tulk", "Tide Tables", "88", None),
        ("Wenna Tulk", "Tide Tables", "12", None),
    ]
    two = who(
        MLA.format(
            entries="Tulk, Wenna. *An Answer*. Penzance, 1909.\n\n"
            "Tulk, Wenna. *Tide Tables*. Penzance: Quay Press, 1911.\n"
        )
    )
    assert [work for _, work, _, _ in two] == [None, None]  # which of her two works: unknown


def test_a_listed_work_named_by_its_first_words_is_the_work_and_its_issuer_the_speaker():
    [found] = who(
        "The board printed its rules in 1899, and revised them often. On page 9 the "
        "Regulations are sterner still: “A pilot who is drunk on the quay is drunk at sea.”\n\n"
        "The Harbour office kept the old copies.\n\n"
        "## References\n\n"
        "Harbour Board. 1899. *Regulations for Pilots*. Penzance: Board Printers.\n"
    )
    assert found == ("Harbour Board", "Regulations for Pilots", "9", None)


def test_a_newspaper_that_reports_spoken_words_relays_them_and_words_written_in_it_are_its():
    found = who(
        "When the *Western Packet* sent a reporter to interview Wenna Tulk in 1920, she was "
        "brief. “The sea keeps its own accounts,” she said.[^1]\n\n"
        "Tulk also wrote in the Western Packet, once: “The fund is not a charity but a debt "
        "the town owes.”[^2]\n\n"
        "The Harbour Echo reported her speech to the board in full [3]:\n\n"
        "    We have asked for a lamp on the quay for nine years, and the board has asked for "
        "patience.\n\n"
        "[^1]: *Western Packet*, 2 June 1920, p. 3.\n\n"
        "[^2]: *Western Packet*, 9 June 1920, p. 5.\n\n"
        "References\n\n"
        "[3] 'Pilots' widow speaks', Harbour Echo, 4 June 1921, p. 7.\n"
    )
    assert found == [
        ("Wenna Tulk", None, "3", "Western Packet"),
        ("Wenna Tulk", "Western Packet", "5", None),
        ("Wenna Tulk", None, "7", "Harbour Echo"),
    ]


def test_a_paragraph_that_says_where_a_block_quotation_is_from_cites_it():
    [found] = who(
        "Abel Tregear wrote a short book about the pilots after he retired. It ends with the "
        "quay:\n\n"
        "> The lamp is lit by a clock now, and the clock has never drowned.\n\n"
        "The quotation is from the book's last page.[^4] Tregear died the next winter.\n\n"
        "[^4]: Abel Tregear, *Pilot Cutter*, p. 140.\n"
    )
    assert found == ("Abel Tregear", "Pilot Cutter", "140", None)


def test_what_someone_called_a_thing_and_words_they_are_remembered_by_are_theirs():
    found = who(
        "Abel Tregear ran the pilot cutter for thirty years. The last crossing is said to have "
        "been steered by Wenna Tulk, the youngest of the crew, who is remembered for ending it "
        "with the words “Tie her up, boys, she has earned it.” Tregear called it “the best "
        "bit of seamanship on the coast”; the board called it luck."
    )
    assert [speaker for speaker, *_ in found] == ["Wenna Tulk", "Abel Tregear"]


BATHS = (
    "The baths opened in 1881. The borough surveyor, Mr Joseph Allard, told the council that "
    "a town “without a bath is a town that smells of its own history” (Allard, 1879: 3). "
    "The scheme was answered by the Pennock Ratepayers' Association, which declared in a "
    "circular that “the ratepayer is not a laundry” (Pennock Ratepayers' Association, 1886).\n\n"
    "The committee's minutes record its answer to the swimmers: “The committee sees no "
    "reason to alter the charges.”[^1] They also record that the caretaker, Amos Quill, "
    "told them “the boiler is older than the borough”.[^2]\n\n"
    "[^1]: Baths Committee, minutes, 3 March 1913.\n\n"
    "[^2]: Baths Committee, *Minutes of the Boiler Sub-Committee*, 1914, p. 6.\n\n"
    "## References\n\n"
    "Allard, J. (1879) *Report on a Public Bath for Pennock*. Pennock: Borough Printer.\n\n"
    "Pennock Ratepayers' Association (1886) *A Word to the Ratepayers*. Pennock.\n"
)


def test_a_body_speaks_what_it_issued_and_records_what_others_said_without_relaying_it():
    assert who(BATHS) == [
        ("Mr Joseph Allard", "Report on a Public Bath for Pennock", "3", None),
        ("Pennock Ratepayers' Association", "A Word to the Ratepayers", None, None),
        ("Baths Committee", None, None, None),  # its minutes, described, not titled
        ("Amos Quill", "Minutes of the Boiler Sub-Committee", "6", None),
    ]


def test_a_note_marker_ends_a_sentence_so_the_next_one_has_its_own_speaker():
    found = quoted(
        "When the *Pennock Observer* interviewed Harold Kemp in 1920, he was frank. “Half the "
        "town cannot swim, and the other half will not admit it,” he said.[^4] The same "
        "paper's editor, in a leader the following week, called the baths “the best "
        "shilling's worth in the borough”.[^5]\n\n"
        "[^4]: *Pennock Observer*, 12 May 1920, p. 5.\n\n"
        "[^5]: Ibid., 19 May 1920, p. 2.\n"
    )
    assert [(p.speaker_name, p.unnamed, p.work_title, p.page, p.via_name) for p in found] == [
        ("Harold Kemp", False, None, "5", "Pennock Observer"),
        ("The same paper's editor", True, "Pennock Observer", "2", None),
    ]


def test_a_letter_to_a_paper_is_printed_in_it_and_a_letter_between_people_has_no_title():
    found = who(
        "The union's secretary, a rockman named Dafydd Pugh, answered in a letter to the "
        "Caernarfon Herald. 'We are grateful for our wages,' he wrote, 'as a man is grateful "
        "for the rope that holds him over the drop.'1 In a letter to his manager, the owner, "
        "Richard Vane, insisted that 'the quarry can stand idle longer than the village can "
        "stand hungry'.2\n\n"
        "NOTES\n\n"
        "1. Caernarfon Herald, 12 June 1899, p. 3.\n"
        "2. R. Vane to H. Bowen, 2 January 1904, Gwynedd Archives.\n"
    )
    assert found == [
        ("Dafydd Pugh", "Caernarfon Herald", "3", None),
        ("Dafydd Pugh", "Caernarfon Herald", "3", None),
        ("Richard Vane", None, None, None),
    ]


def test_an_endnote_number_printed_plain_after_a_block_quotation_cites_it():
    [found] = quoted(
        "Elin Roberts collected the village's memories in the 1970s. One quarryman's widow "
        "told her:\n\n"
        "    We had nothing, and we shared it. You can write our history on a slate.4\n\n"
        "NOTES\n\n"
        "4. Elin Roberts, Voices of the Quarry (Bangor, 1978), p. 41.\n"
    )
    assert (found.speaker_name, found.unnamed, found.page, found.via_name) == (
        "One quarryman's widow",
        True,
        "41",
        "Elin Roberts",
    )
    assert found.text.endswith("on a slate.")


ORCHARD = (
    "Its first chairman, Evan Lloyd, put the case at the founding meeting: “We are eleven "
    "small men, and together we are one large one” (Hughes & Parry, 1998, p. 17).\n\n"
    "Hughes and Parry (1998) argue that the cooperative survived because it was dull: "
    "“nobody ever proposed anything exciting, and so nothing went badly wrong” (p. 52).\n\n"
    "> The committee regrets that Mr Morgan has again pruned his trees in his own manner.\n"
    ">\n> — Minutes of the General Committee, 4 March 1934\n\n"
    "Morgan's own view survives in a letter to his sister. “They want every tree to look "
    "like every other tree,” he wrote, “as if an apple cared what shape it grew on” "
    "(Morgan, 1934, cited in Hughes & Parry, 1998, p. 60).\n\n"
    "## References\n\n"
    "Hughes, A., & Parry, D. (1998). *The Brynmor Cooperative: A History*. Aberystwyth: "
    "Ceredigion Books.\n"
)


def test_authors_cited_together_relay_or_speak_and_a_committee_speaks_its_minutes():
    assert who(ORCHARD) == [
        ("Evan Lloyd", None, "17", "A Hughes and D Parry"),
        ("Hughes and Parry", "The Brynmor Cooperative: A History", "52", None),
        ("General Committee", "Minutes of the General Committee", None, None),
        ("Morgan", None, "60", "A Hughes and D Parry"),  # "he" is the Morgan the paragraph
        ("Morgan", None, "60", "A Hughes and D Parry"),  # is about and the citation names
    ]


GUILD = (
    'Agnes Threlfall wrote in her first appeal that "a sock in France is worth a sermon in '
    'Sallowby" (Threlfall, "Appeal" 1). "We knitted because it was something to do with '
    'our hands," said Lottie Birch, in an interview recorded in 1978 (Oral History Project, '
    "tape 14).\n\n"
    'One private in the 4th Battalion wrote to thank "the ladies of Sallowby, whose socks '
    'have walked further than I have" (qtd. in Birch 33). A sergeant was less gallant: '
    '"Tell them the grey ones itch" (qtd. in Birch 34).\n\n'
    "Threlfall herself had the last word, in a memoir. "
    '"We were told we were doing our bit," she writes. "I think we were doing a great deal '
    'more than that" (Threlfall, *Needles* 88).\n\n'
    "## Works Cited\n\n"
    "Birch, Lottie. *Sallowby Remembered*. Privately printed, 1981.\n\n"
    "Oral History Project. *Sallowby Voices*. Sallowby Library, 1978.\n\n"
    'Threlfall, Agnes. "Appeal to the Women of Sallowby." 1914. Guild Papers.\n\n'
    'Threlfall, Agnes. "Second Appeal." 1916. Guild Papers.\n\n'
    "Threlfall, Agnes. *Needles and Pins: A Memoir*. Kendal: Fellside, 1932.\n"
)


def test_mla_short_titles_locators_and_unnamed_soldiers():
    found = [(p.speaker_name, p.unnamed, p.work_title, p.page, p.via_name) for p in quoted(GUILD)]
    assert found == [
        ("Agnes Threlfall", False, "Appeal to the Women of Sallowby", "1", None),
        ("Lottie Birch", False, None, None, "Oral History Project"),  # tape 14 is no page
        ("One private in the 4th Battalion", True, None, "33", "Lottie Birch"),
        ("A sergeant", True, None, "34", "Lottie Birch"),
        ("Agnes Threlfall", False, "Needles and Pins: A Memoir", "88", None),  # one citation
        ("Agnes Threlfall", False, "Needles and Pins: A Memoir", "88", None),  # for her run
    ]


def test_chicago_notes_an_interviewed_subject_a_plain_endnote_and_a_reproduced_notebook():
    found = who(
        "The last lamplighter, Walter Fenn, was interviewed by the historian Mary Quinn in "
        "1971. “You lit the lamps in the order you could walk them,” he told her.1\n\n"
        "“We set the clocks by him,” remembered Ann Tuke, who grew up on Creek Road.2 Others "
        "did not miss him.\n\n"
        "Fenn's notebook, which Quinn reproduces in an appendix, has few comments. The entry "
        "for the first electric lamp is one: “Creek Road gone to the electric.”3\n\n"
        "NOTES\n\n"
        "1. Mary Quinn, The Lamplighters of Deptford (London, 1988), p. 12.\n"
        "2. Quinn, Lamplighters, p. 41.\n"
        "3. Ibid., p. 210.\n"
    )
    assert found == [
        ("Walter Fenn", None, "12", "Mary Quinn"),  # not the historian named after "by"
        ("Ann Tuke", None, "41", "Mary Quinn"),
        ("Walter Fenn", None, "210", "Mary Quinn"),  # his notebook, in her book
    ]


def test_a_role_names_its_holder_a_paper_reports_what_people_say_and_speaks_its_own_words():
    found = who(
        "The lifeboat was launched under Coxswain William Tregenza. In his return, the "
        "coxswain wrote that “the sea was the worst I have known”.[^1]\n\n"
        "The schooner's master, Edward Rowse, told the inquest that he had “given up all hope "
        "of the boat”.[^2] Tregenza never answered him. His daughter, Loveday, later told "
        "the historian Ruth Angove that her father “would not argue with a man who had "
        "never been wet”.[^3]\n\n"
        "The Institution's journal printed a short account. Its verdict was brief: “A fine "
        "service in very severe weather.”[^4]\n\n"
        "[^1]: W. Tregenza, return of service, 12 January 1907.\n\n"
        "[^2]: *West Briton*, 18 January 1907, p. 5.\n\n"
        "[^3]: Ruth Angove, *Boats of the Lizard* (Truro, 1979), p. 88.\n\n"
        "[^4]: *The Lifeboat*, vol. 20, 1907, p. 112.\n"
    )
    assert found == [
        ("William Tregenza", None, None, None),  # "the coxswain" the text named
        ("Edward Rowse", None, "5", "West Briton"),  # the paper reported the inquest
        ("Loveday Tregenza", None, "88", "Ruth Angove"),  # his daughter, by his surname
        ("The Lifeboat", "The Lifeboat", "112", None),  # the journal's own verdict
    ]


def test_unheaded_endnotes_an_introduced_witness_and_a_phrase_a_paper_repeated():
    found = who(
        "The one long statement we have was given to a committee in 1846 by a ganger named "
        "Patrick Doyle:\n\n"
        "    We were paid on a Saturday night in the public house, and by Monday not a man of "
        "us had a shilling.\n\n"
        "Doyle's evidence was printed in the committee's report.[1] The Reverend Alexander "
        "Baird took the navvies' side. From the pulpit he called the works 'a Babel raised on "
        "the backs of the poor', and the phrase was repeated in the Fife Herald.[2]\n\n"
        "1. Report of the Select Committee on Railway Labourers (1846), p. 112.\n\n"
        "2. Fife Herald, 12 October 1839, p. 2.\n"
    )
    assert found == [
        ("Patrick Doyle", "Report of the Select Committee on Railway Labourers", "112", None),
        ("Alexander Baird", None, "2", "Fife Herald"),
    ]


def test_a_named_visitor_a_ladys_letter_and_an_earl_with_no_name():
    found = who(
        "One clergyman complained in the visitors' book that the statues were “more naked "
        "than the Gospel requires”. Another visitor, a Miss Jane Arden of Bath, wrote "
        "beneath him: “The Gospel requires less than you think.”\n\n"
        "The fourth Earl's wife, Lady Caroline, hated the new room. It was, she told her "
        "sister, “a tea-caddy turned inside out”.[^1]\n\n"
        "The last Earl, asked by a reporter what he would miss, said only: “The view from the "
        "stairs.”[^2]\n\n"
        "[^1]: Lady Caroline Wenlow to Lady Anne Stokes, 2 March 1792, Stokes Papers.\n\n"
        "[^2]: *Shrewsbury Chronicle*, 9 September 1921, p. 3.\n"
    )
    assert found == [
        ("One clergyman", None, None, None),
        ("Miss Jane Arden", None, None, None),
        ("Caroline Wenlow", None, None, None),  # her letter to her sister: no title
        ("The last Earl", None, "3", "Shrewsbury Chronicle"),
    ]


def test_plural_visitors_a_document_a_hand_and_a_signed_pseudonym():
    found = quoted(
        "George Hatch ran the mill until 1946. The mill's lease calls the water “the common "
        "flood of the parish”. Visitors remembered him as “the only man who could grind corn "
        "and an argument at once”. He liked to say that “the tide never pays late”.\n\n"
        "In 1937 a paper ran a piece about him. Its writer, who signed himself only 'A "
        "Rambler', described Hatch as “a man carved out of the same oak as his wheel”.\n\n"
        "The last entry in the day book, in Hatch's hand, reads simply: “Wheel stopped. Tide "
        "still coming.”"
    )
    assert [(p.speaker_name, p.unnamed) for p in found] == [
        ("Visitors", True),  # people of a kind, not a person called Visitors
        ("George Hatch", False),  # so "he" is still Hatch
        ("Its writer", True),  # the lead keeps its subject past the quoted pseudonym
        ("George Hatch", False),  # in his hand
    ]  # the lease is no speaker, and words nobody is named for are no quotation


def test_notes_numbered_again_in_each_chapter_are_that_chapters_notes():
    found = who(
        "# I. The Founding\n\n"
        "Elsie Marwood wrote in her first report that “a society that does not argue has "
        "stopped reading”.[1]\n\n"
        "Notes\n\n1. Elsie Marwood, First Report (1902), p. 3.\n\n"
        "# II. The Quarrel\n\n"
        "Her successor, Tom Harrow, disagreed. “Argument is the enemy of attendance,” he told "
        "the annual meeting.[1] “Ibid. is not an argument either,” he added.[2]\n\n"
        "Notes\n\n1. Minutes of the Annual Meeting, 1911, p. 14.\n\n2. Ibid., p. 15.\n"
    )
    assert found == [
        ("Elsie Marwood", "First Report", "3", None),
        ("Tom Harrow", "Minutes of the Annual Meeting", "14", None),
        ("Tom Harrow", "Minutes of the Annual Meeting", "15", None),
    ]


def test_she_after_an_unnamed_speaker_is_that_speaker():
    found = quoted(
        "A boiler's wife, interviewed in 1976, described the pan-house as “a kitchen in hell, "
        "with the washing hung to dry” (Nantwich Voices 1977: 23). Her husband, she added, "
        "“never once came home without salt in his eyebrows” (ibid.: 24).\n\n"
        "## References\n\n"
        "Nantwich Voices (1977) *Memories of the Salt Town*. Nantwich: Town Museum.\n"
    )
    assert [(p.speaker_name, p.unnamed, p.page, p.via_name) for p in found] == [
        ("A boiler's wife", True, "23", "Nantwich Voices"),
        ("A boiler's wife", True, "24", "Nantwich Voices"),
    ]


def test_his_brothers_words_are_the_brothers_not_his():
    [found] = quoted(
        "Abel Mott came home from the war and took the ferry back from his brother. His "
        "brother's view survives in one sentence in the vestry book: “Abel has the boat and I "
        "have the rheumatism, which is fair.”"
    )
    assert (found.speaker_name, found.unnamed) == ("His brother", True)


def test_a_numbered_list_set_line_by_line_and_its_authors():
    found = who(
        "Their organiser, the harbour engineer Frank Lund, described them as “a way of telling "
        "the sea that the town is still awake” [1, p. 4]. Lund et al. [2] later claimed that "
        "“no other harbour in England lit itself for pleasure”. The council ordered that “no "
        "lamp shall be placed where it may be mistaken for a navigation light” [3].\n\n"
        "References\n\n"
        "[1] Lund, F. (1898) The Harbour Lights: A Report to the Council. Whitby: Horne.\n"
        "[2] Lund, F., Pierce, T. and Ash, W. (1905) Illuminations of the Coast. York: Minster.\n"
        "[3] Whitby Urban District Council (1902) Minutes, vol. 4. Whitby.\n"
    )
    assert found == [
        ("Frank Lund", "The Harbour Lights: A Report to the Council", "4", None),
        ("F Lund, T Pierce and W Ash", "Illuminations of the Coast", None, None),
        ("Whitby Urban District Council", "Minutes", None, None),
    ]


def test_a_rule_or_a_lot_number_is_no_page():
    found = who(
        "The mill's rules are brisk: “Any member found drunk shall forfeit a week's "
        "dividend.”[^1] The sale catalogue calls the gallery “the finest room in the "
        "Marches”.[^2]\n\n"
        "[^1]: Hebden Water Co-operative Society, *Rules*, 1890, rule 14.\n\n"
        "[^2]: *Sale Catalogue of Hollow Court*, 1921, lot 14.\n"
    )
    assert found == [
        ("Hebden Water Co-operative Society", "Rules", None, None),
        (None, "Sale Catalogue of Hollow Court", None, None),
    ]


def test_a_page_after_the_same_writers_cited_book_is_a_page_of_that_book():
    found = who(
        "In Harbour Lights, Ida Fenn writes that the ringers 'rang the tide in and rang it "
        "out' (p. 14). 'They were,' she says, 'the only men in the town who kept time' "
        "(p. 15). Tobias Renn disagreed: 'They kept nothing but the pub open' (p. 9)."
    )
    assert found == [
        ("Ida Fenn", "Harbour Lights", "14", None),
        ("Ida Fenn", "Harbour Lights", "15", None),
        ("Ida Fenn", "Harbour Lights", "15", None),
        ("Tobias Renn", None, "9", None),  # someone else's page: no book of Fenn's
    ]
