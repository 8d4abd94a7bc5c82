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
