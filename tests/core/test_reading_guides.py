"""A document about one work quotes that work by its places without naming it each time
(guides25): a reader finds the work under discussion in the head, however the head names it
(a title line in capitals with "A novel by …" under it, a title page's "Title, by Author", a
statement that the page numbers are those of *Title*), and then reads every bare place
(a page, an act, scene and line) as a place in it. The work's own text is its author's
whoever reads it out; an epigraph is the words of the one it is taken from; a document the
work prints (a letter, an account, a diary) keeps its maker. Invented sentences: a book
group's guide to a novel, a drama department's sheet on a comedy, a history society's notes on
a memoir and on a history of a mine."""

from __future__ import annotations

from bot.core.extract.reading.blocks import _blocks
from bot.core.extract.reading.discussed import read_discussed_work
from tests.fixtures.readings import attributions


def _attributions(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return attributions(text, author="Group Convenor")


def test_a_title_in_capitals_with_a_line_describing_the_work_under_it_is_the_work_discussed():
    head = (
        "MERIDIAN FARM\n"
        "A guide for book groups\n\n"
        "A novel by Hester Vane, first published by Calder Books in 2019.\n\n"
        "The questions follow the book's four parts.\n"
    )
    discussed = read_discussed_work(_blocks(head))
    assert discussed is not None
    assert (discussed.title, discussed.author, discussed.fiction) == (
        "Meridian Farm",
        "Hester Vane",
        True,
    )


def test_a_statement_of_whose_pages_the_numbers_are_may_name_the_title_after_it():
    head = (
        "Questions for book groups\n\n"
        "The Glass Ferry, by Ada Prior\n\n"
        "All page numbers refer to the 2021 paperback of *The Glass Ferry*; the hardback's "
        "run a little later.\n"
    )
    discussed = read_discussed_work(_blocks(head))
    assert discussed is not None
    assert (discussed.title, discussed.author) == ("The Glass Ferry", "Ada Prior")


def test_a_title_pages_line_names_the_work_whose_narration_a_bare_page_cites():
    text = (
        "Teaching notes\n\n"
        "The Quiet Bell, by Owen Marsh\n\n"
        "The narrator never hurries. Look at how the second chapter begins: “Nobody in "
        "Hollins rang the bell that winter, and nobody asked why” (p. 14). What does the "
        "silence do?\n"
    )
    assert _attributions(text) == [("Owen Marsh", "The Quiet Bell", "14", None)]


def test_act_scene_and_line_after_the_words_is_a_place_in_the_play_and_never_a_title():
    text = (
        "*The Winter Pier*, a comedy in three acts by Nia Drummond. London: Fen Plays, 2015.\n\n"
        "Maud will not be hurried. Asked to sell the pier, Maud Penrose answers, “Not while "
        "the tide is out, and it is always out” (2.4.17–18). Her nephew Cyril Penrose pleads "
        "that “a pier is only a bridge that lost its nerve” (III.ii.8).\n"
    )
    assert _attributions(text) == [
        ("Maud Penrose", "The Winter Pier", "2.4.17-18", None),
        ("Cyril Penrose", "The Winter Pier", "III.ii.8", None),
    ]


def test_an_epigraph_is_the_words_of_the_one_it_is_taken_from_in_their_own_work():
    text = (
        "# *The Drowned Lanes* by Ellis Varga: notes for readers\n\n"
        "A novel in three parts. Page numbers are those of the Moorhen paperback.\n\n"
        "Varga sets before the first chapter an epigraph from the diarist Samuel Tolley, from "
        "his *Fen Journal* (1820), p. 9:\n\n"
        "> The water came in the night, and by morning we were an island of four houses.\n\n"
        "The opening line answers it: “We were never an island, whatever the diarist said” "
        "(p. 3).\n"
    )
    assert _attributions(text) == [
        ("Samuel Tolley", "Fen Journal", "9", None),
        ("Ellis Varga", "The Drowned Lanes", "3", None),
    ]


def test_the_works_own_text_is_its_authors_whoever_reads_it_out_and_with_no_page():
    text = (
        "Book: *Pit Boots: A Memoir*, by Walter Heald (Slag Press, 2018). Page numbers are "
        "those of the first edition.\n\n"
        "At the launch the publisher, Joan Kerr, read out the memoir's opening sentence: “My "
        "father went down the pit at twelve and never once came up the same man” (p. 1). "
        "The dedication is shorter: “For the men of the Low Seam” (p. v).\n\n"
        "Heald's argument in chapter 4 is that the strike “was lost in the kitchens long "
        "before it was lost at the gate”. Kerr thought it the bravest chapter.\n"
    )
    assert _attributions(text) == [
        ("Walter Heald", "Pit Boots: A Memoir", "1", None),
        ("Walter Heald", "Pit Boots: A Memoir", "v", None),
        ("Walter Heald", "Pit Boots: A Memoir", None, None),
    ]


def test_a_stage_direction_quoted_without_a_place_is_the_playwrights_in_the_play():
    text = (
        "*Low Light*, a play in one act by Rhiannon Mabey. Cardiff: Tern Press, 2020.\n\n"
        "The play ends on the direction “The lamps go out one by one, the last very slowly.” "
        "Compare the opening.\n"
    )
    assert _attributions(text) == [("Rhiannon Mabey", "Low Light", None, None)]


def test_a_character_who_has_the_works_last_line_keeps_it():
    text = (
        "*The Tarn*, a novel by Grace Ibbotson. Leeds: Beck Books, 2011. 240 pp.\n\n"
        "Ruth Ibbetson, the farmer's widow, has the novel's last line: “Let it freeze, then” "
        "(p. 240).\n"
    )
    assert _attributions(text) == [("Ruth Ibbetson", "The Tarn", "240", None)]


def test_a_document_the_work_prints_keeps_its_maker_and_the_works_author_relays_it():
    text = (
        "Book: *Under Brackley Edge: A History of the Brackley Mine*, by Lorna Sykes (Ridge "
        "Press, 2022). Page numbers are those of the paperback.\n\n"
        "Part two rests on the letters the under-manager Silas Booth wrote to the owners. One "
        "begins: “Gentlemen, the water is now at the third level and rising” (p. 77).\n\n"
        "She prints in full the shift book for 1911, kept by the banksman, Peter Lowe; the "
        "entry for 3 May reads “No men down, no coal up, no wages” (p. 130).\n\n"
        "Later the schoolmaster, Elias Gunn, is quoted from his log book: the boys were “too "
        "tired from the screens to learn their letters” (p. 141).\n\n"
        "Sykes also prints a petition drawn up by the leader of the miners' wives, Hannah "
        "Crowther (pp. 150–151):\n\n"
        "> We ask only that our husbands come home at night as they went out in the morning.\n"
    )
    assert _attributions(text) == [
        ("Silas Booth", None, "77", "Lorna Sykes"),
        ("Peter Lowe", None, "130", "Lorna Sykes"),
        ("Elias Gunn", None, "141", "Lorna Sykes"),
        ("Hannah Crowther", None, "150-151", "Lorna Sykes"),
    ]


def test_a_letter_inside_a_novel_is_its_fictional_writers_in_the_novel():
    text = (
        "*The Glass Ferry*, a novel by Ada Prior. London: Weir Books, 2021. 302 pp.\n\n"
        "In part three Jonah finds the letters his sister Miriam Cole wrote from the "
        "sanatorium. One ends: “Do not come, Jonah. I would rather you remembered the ferry” "
        "(p. 212).\n"
    )
    assert _attributions(text) == [("Miriam Cole", "The Glass Ferry", "212", None)]


def test_the_answer_to_a_question_is_the_one_asked_not_the_one_who_asked_or_passed_it_on():
    text = (
        "*The Salt Lantern*, a novel by Peter Lund. Oslo: Fjord Books, 2017. 288 pp.\n\n"
        "Peter Lund spoke to the group by telephone. Our secretary, Mary Stone, asked him "
        "which came first, the title or the story. His reply: “The title, always; the story "
        "has to live up to it.”\n\n"
        "We also sent Hilda Rusk, his translator, two questions through her publisher, Tom "
        "Vane. Asked about the last page, she replied: “I left the full stop out on purpose, "
        "and nobody noticed.”\n"
    )
    assert [who for who, _work, _page, _via in _attributions(text)] == ["Peter Lund", "Hilda Rusk"]


def test_a_chapter_act_or_scene_cited_after_the_words_places_them_in_the_work_without_a_page():
    text = (
        "# Revision guide: *The Iron Meadow* (Clare Oduya, 1996)\n\n"
        "Quotations from the set novel are from the Penguin edition; learn the chapter of "
        "each.\n\n"
        "The narration sets the yard before any person: “Nobody in Sowerby had seen the "
        "meadow green since the war” (ch. 1). Frank Hollis, the foreman, tells his son that "
        "“iron keeps its promises, which is more than men do” (ch. 2, p. 31).\n"
    )
    assert _attributions(text) == [
        ("Clare Oduya", "The Iron Meadow", None, None),
        ("Frank Hollis", "The Iron Meadow", "31", None),
    ]


def test_an_operas_words_are_its_librettists_and_a_singer_apposed_sings_her_own_lines():
    text = (
        "*The Saltmarsh Bride*, an opera in two acts by Tomas Vell, libretto by Hannah "
        "Greave. First performed at Aldeburgh in 1972.\n\n"
        "The curtain rises on a direction that the score prints in full: “Fog. A bell, "
        "somewhere, not yet near” (Act 1). Later the bride, Marian Coe, sings her farewell: "
        "“Take back the ring, the tide has mine” (Act 2, scene 3).\n"
    )
    assert _attributions(text) == [
        ("Hannah Greave", "The Saltmarsh Bride", None, None),
        ("Marian Coe", "The Saltmarsh Bride", None, None),
    ]


def test_a_reviewers_words_are_in_the_paper_named_after_them_or_before_in_which():
    text = (
        "Our notes on *Cold Harbour* follow.\n\n"
        "The critic Anne Barlow called the novel “a hymn to the furnace” in the Halifax "
        "Courier. Gwen had also kept the cutting from the *Fell Review*, in which Tom Hebble "
        "found it “forty pages too long and not a line too sad.”\n"
    )
    assert _attributions(text) == [
        ("Anne Barlow", "Halifax Courier", None, None),
        ("Tom Hebble", "Fell Review", None, None),
    ]


def test_a_cast_list_in_capitals_names_in_full_the_characters_a_guide_calls_by_first_name():
    text = (
        "*Harbour Lights*, a play in two acts by Nerys Pugh. Swansea: Gull Press, 2012.\n\n"
        "CHARACTERS\n"
        "MORWEN LLOYD, a net-mender\n"
        "IFAN LLOYD, her brother, home from sea\n\n"
        "Morwen has the first word and the last. When her brother comes in she says only, "
        "“You smell of somebody else's harbour” (1.1.4), and Ifan answers, “All harbours "
        "smell of the same fish” (1.1.5).\n"
    )
    assert _attributions(text) == [
        ("Morwen Lloyd", "Harbour Lights", "1.1.4", None),
        ("Ifan Lloyd", "Harbour Lights", "1.1.5", None),
    ]


def test_a_groups_saying_what_it_read_together_names_the_work_its_bare_pages_cite():
    text = (
        "# Thursday readers, notes of the October meeting\n\n"
        "This term the group has been reading *Marsh Bread* by Ivy Rendle (1979), a novel "
        "of the Somerset Levels.\n\n"
        "Nobody forgot the baker, Amos Rendle, telling his daughter that “bread rises whether "
        "you watch it or not” (p. 52). Our chair preferred the flood chapter, where we are "
        "told that “the water came in politely, under the doors” (p. 140).\n"
    )
    assert _attributions(text) == [
        ("Amos Rendle", "Marsh Bread", "52", None),
        ("Ivy Rendle", "Marsh Bread", "140", None),
    ]


def test_each_entry_of_a_reading_list_is_the_work_its_own_bare_pages_cite():
    text = (
        "# Further reading on the Levels\n\n"
        "A short list for members, with a line from each book.\n\n"
        "*Marsh Bread* by Ivy Rendle (Gull Press, 1979). The one novel of the Levels worth "
        "reading; the flood chapter is its best: “the water came in politely, under the "
        "doors” (p. 140).\n\n"
        "*Drained Land: A History* by Colin Peat (Levels Society, 2001). Sober and thorough. "
        "Peat concludes that the drainage “made farmers of fishermen and paupers of both” "
        "(p. 212).\n\n"
        "Hannah Stoke, *Withy Beds* (Taunton, 1962). A memoir of basket-making, plainly told: "
        "“I cut my first withies at seven and my last at seventy” (p. 9).\n"
    )
    assert _attributions(text) == [
        ("Ivy Rendle", "Marsh Bread", "140", None),
        ("Colin Peat", "Drained Land: A History", "212", None),
        ("Hannah Stoke", "Withy Beds", "9", None),
    ]
