"""Whose words: who speaks, in which work, through whom, when a sentence names more than one
person or body. Each rule on a few sentences written for it (invented carters, ferrymen and
harbour boards; no essay's wording)."""

from __future__ import annotations

from tests.fixtures.readings import attributions as who
from tests.fixtures.readings import quotations as quoted


def test_the_one_a_pronoun_answers_is_the_object_of_the_verb_not_the_speaker():
    found = who(
        "The rivalry was between Albert Penhale, a carter, and Silas Brice, a baker's boy.\n\n"
        "Brice was no talker, but he could write. He answered Penhale in a letter to the "
        'same paper a week later: "Penhale says eat late. I ate early and beat him."+\n\n'
        "+ Lostwithiel Weekly News, 10 March 1901, p. 2.\n"
    )
    # Brice wrote it, in the paper (a paper's name in a note is no person relaying it)
    assert found == [("Silas Brice", "Lostwithiel Weekly News", "2", None)]


def test_a_pronoun_in_an_unnamed_speakers_aside_does_not_speak_and_the_relay_stays_via():
    [found] = quoted(
        "Hester Vane wrote the only history of the ferry. She spent years at it.\n\n"
        "A retired boatman, asked what he recalled of the old crossing, said only that "
        '"it was the cheapest way to get wet in the county."4\n\n'
        "Notes\n\n"
        "4. Quoted in Vane, Crossings, 61.\n"
    )
    assert (found.speaker_name, found.unnamed, found.page, found.via_name) == (
        "A retired boatman",
        True,
        "61",
        "Hester Vane",
    )


RELAYED = (
    "The fullest account comes from Dorcas Fell, the miller's niece, whose memoir is vivid "
    "about weather.\n\n"
    "Abel Tranter, for his part, had a plain view of wages. {sentence} "
    '"A man eats in a dry year the same as in a wet one" (quoted in Fell, op. cit., p. 19).\n\n'
    "* Dorcas Fell, Mill Weather (Ely, 1922), p. 4.\n"
)


def test_whoever_relays_the_words_is_not_their_speaker():
    heard = RELAYED.format(
        sentence="Miss Fell heard him explain it to her uncle, who had asked him, as a miller "
        "might, whether he would take less in a dry year:"
    )
    assert who(heard) == [("Abel Tranter", None, "19", "Dorcas Fell")]
    # the relay's own sentence names nobody else: the speaker is left for the moderator
    unsaid = RELAYED.format(sentence="Miss Fell set it down:")
    assert who(unsaid) == [(None, None, "19", "Dorcas Fell")]


def test_a_clubs_minutes_described_in_a_note_are_the_clubs_own_words():
    text = (
        "The Orwell Rowing Club was founded in 1871 by six boatbuilders. {other}A minute of "
        'May 1880 records the end of one quarrel: "Resolved that the blue oars be painted '
        'white."*\n\n'
        "* Club minutes, 4 May 1880.\n"
    )
    assert who(text.format(other="")) == [("Orwell Rowing Club", None, None, None)]
    # two clubs named in full: which one kept the minutes is not guessed
    two = text.format(other="The Deben Sailing Club was its neighbour. ")
    assert who(two) == [(None, None, None, None)]


def test_a_letter_to_the_editor_is_printed_in_the_paper_the_note_names_next():
    found = who(
        "Years later Ned Carew, the last ferryman, wrote to the paper once more: "
        '"I have rowed this river in every weather God sends."+\n\n'
        "+ Ned Carew, letter to the editor, Helford Packet and Advertiser, May 1958, p. 3.\n"
    )
    assert found == [("Ned Carew", "Helford Packet and Advertiser", "3", None)]


SOURCES = (
    "The harbour was run by the Porthleven Harbour Board. Its Conditions of Hire for "
    "Pleasure Boats, a printed card nailed inside the boathouse door, began with the rule "
    "that mattered most: “No boat shall leave the harbour after the evening gun.”\n\n"
    "The ferry was kept by Jenifer Tonkin, whose letters to the board survive. In one of "
    "them she describes the crossing at night:\n\n"
    "> The lamp on the far side is lit by nobody in particular, and some nights by nobody at "
    "all, and then I steer by the smell of the fish cellars.\n\n"
    "Jenifer Tonkin, Letters to the Harbour Board, p. 9\n\n"
    "Her later letters are sharper. “If the Board wants the ferry kept, it can keep it "
    "lit,” she wrote in 1931 (Letters, p. 30).\n\n"
    "## Sources\n\n"
    "Jenifer Tonkin, Letters to the Harbour Board, 1920–1934, county record office.\n\n"
    "Porthleven Harbour Board, Conditions of Hire for Pleasure Boats, 1921 (museum).\n"
)


def test_a_title_of_the_sources_list_named_in_a_lead_in_is_the_work_and_never_a_speaker():
    rule, _night, _lit = who(SOURCES)
    # "… for Pleasure Boats,": a title's words, not "for Pleasure Boats" as someone's view
    assert rule == ("Porthleven Harbour Board", "Conditions of Hire for Pleasure Boats", None, None)


def test_a_caption_under_a_block_quotation_and_a_short_title_later_give_work_and_page():
    _rule, night, lit = who(SOURCES)
    assert night == ("Jenifer Tonkin", "Letters to the Harbour Board", "9", None)
    assert lit == ("Jenifer Tonkin", "Letters to the Harbour Board", "30", None)


def test_someone_a_paper_sent_a_reporter_to_talk_to_is_the_she_who_speaks_next():
    found = who(
        "After Ezra Pascoe died, the café was run by his niece Morwenna Pascoe. When it "
        "closed, the Cornish Echo sent a reporter to talk to Morwenna Pascoe on the last day. "
        "She did not mince words. “The car park killed us, not the prices,” she told the "
        "paper (Cornish Echo, 2 May 1971, p. 4).\n"
    )
    assert found == [("Morwenna Pascoe", None, "4", "Cornish Echo")]


def test_a_body_named_in_apposition_is_whom_their_handbill_belongs_to():
    found = who(
        "The lessees, the Penrose Ferry Company, were two fishmongers and a retired pilot, "
        "and they knew their passengers. Their first notice survives in the museum:\n\n"
        "“The Company beg to inform the Public that the ferry will run on the hour, weather "
        "and tide permitting, and that dogs travel free.”\n"
    )
    assert found == [("Penrose Ferry Company", None, None, None)]


def test_their_is_never_one_person_named_in_full():
    text = (
        "Jory Trelease set up the ferry trust in 1802 and wrote its first accounts. The "
        "trustees themselves were stricter. Their printed notice, which hung by the slipway, "
        "ended with a rule: “No passenger shall cross without paying the penny, in any "
        "weather.”{marker}\n\n"
        "{note}"
    )
    noted = text.format(
        marker="²",
        note="Notes\n\n1. Ibid.\n\n"
        "2. Trustees of Helston Ferry, Notice to Passengers (Helston, 1803), broadside.\n",
    )
    assert who(noted) == [("Trustees of Helston Ferry", "Notice to Passengers", None, None)]
    # with no note, nobody is named for the notice (never the one man named before it)
    assert who(text.format(marker="", note="")) == [(None, None, None, None)]


def test_a_heading_under_a_block_quotation_is_no_caption():
    [found] = quoted(
        "The ferry was kept by Jenifer Tonkin, whose letters survive. In one of them she "
        "describes the crossing:\n\n"
        "> The lamp on the far side is lit by nobody in particular, and some nights by nobody "
        "at all, and then I steer by the smell of the fish cellars.\n\n"
        "Notes, Queries and Replies\n\n"
        "The ferry closed in 1950, and the lamp went to the museum.\n"
    )
    assert (found.speaker_name, found.work_title) == ("Jenifer Tonkin", None)


def test_the_subject_after_a_kind_of_work_and_a_comma_is_no_title():
    found = who(
        "Morwenna Tregear reported to the harbour board in 1899. In her Report on the Outer "
        "Breakwater, she wrote: “The stones are moving a foot a winter.”\n\n"
        "In the same report, Tregear added: “The breakwater will not outlast the century, and "
        "neither will I.”\n"
    )
    # "report, Tregear added": Tregear speaks; the report is the one named before
    assert found == [
        ("Morwenna Tregear", "Report on the Outer Breakwater", None, None),
        ("Morwenna Tregear", "Report on the Outer Breakwater", None, None),
    ]


def test_a_she_is_never_the_man_named_last_but_the_woman_the_paragraph_named():
    opening = (
        "Ada Rook kept the Trevose lamp for thirty years. A visiting engineer, Silas Moyle, "
        "praised the lamp in his report of 1881. "
    )
    words = "He looked at the lamp all afternoon and never once at me."
    lead = who(opening + f"She thought less of him: “{words}”\n")
    after = who(opening + f"“{words[:-1]},” she said.\n")
    assert lead == after == [("Ada Rook", None, None, None)]
    # two women named before him: which one is not guessed
    two = who(
        "Ada Rook and her sister-in-law Jane Pender kept the lamp. A visiting engineer, Silas "
        f"Moyle, praised it in his report. She thought less of him: “{words}”\n"
    )
    assert [speaker for speaker, *_ in two] in ([], [None])


def test_a_papers_reviewer_writes_in_the_paper_by_the_full_name_the_text_gives_it():
    found = quoted(
        "The Porthcurno Sentinel sent its gardening correspondent to the first night. The "
        "Sentinel’s critic found the scenery ‘painted with more courage than skill, and "
        "lit with less of either’.\n"
    )
    assert [(p.speaker_name, p.unnamed, p.work_title) for p in found] == [
        ("The Sentinel’s critic", True, "Porthcurno Sentinel")
    ]


def test_it_resolved_that_is_the_one_council_the_text_names_in_full():
    text = (
        "Nothing could open without the approval of the Mevagissey Harbour Council. For years "
        "the council kept the slipway closed on market days. In 1952, after much grumbling "
        "from the fishermen, it resolved that ‘the slipway be opened to all boats on market "
        "days from six in the morning until noon’. {other}\n"
    )
    [found] = quoted(text.format(other=""))
    assert (found.speaker_name, found.unnamed) == ("Mevagissey Harbour Council", False)
    # two councils named in full: which one resolved it is not guessed
    two = quoted(text.format(other="The Gorran Parish Council disagreed."))
    assert [p.speaker_name for p in two] == [None]
