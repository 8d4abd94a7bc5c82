"""A block quotation identified by the sentence after it (identified.py,
reader._identified_after): whose words, which work and page, and through whom they came; a
later sentence about someone's doings attributes nothing."""

from __future__ import annotations

from tests.fixtures.readings import attributions


def _essay(lead: str, block: str, after: str) -> str:
    return f"Ferries of the Tay\n\n{lead}\n\n    {block}\n\n{after}\n"


_BLOCK = (
    "The boat was late, the tide was wrong, and nobody on the pier would say whose fault it was."
)


def test_a_possessive_and_a_title_after_the_block_name_maker_work_and_page():
    essay = _essay(
        "The crossing was never easy in winter.",
        _BLOCK,
        "That is Elspeth Rattray’s *A Dundee Girlhood* (1961), pp. 12–13. She was nine.",
    )
    assert attributions(essay)[0] == ("Elspeth Rattray", "A Dundee Girlhood", "12-13", None)


def test_the_passage_is_from_names_the_maker_over_a_described_one():
    essay = _essay(
        "A ferryman’s son, who later kept the pier, remembered one crossing:",
        _BLOCK,
        "The passage is from Duncan Moir’s *Tay Crossings* (1934), p. 51.",
    )
    assert attributions(essay)[0] == ("Duncan Moir", "Tay Crossings", "51", None)


def test_these_are_the_words_of_a_writer_in_a_paper():
    essay = _essay(
        "The passengers wrote to the papers.",
        _BLOCK,
        "These are Isobel Kidd’s words, from her letter to the *Dundee Courier* of 3 May 1880.",
    )
    assert attributions(essay)[0] == ("Isobel Kidd", "Dundee Courier", None, None)


def test_a_name_then_where_he_wrote_it():
    essay = _essay(
        "Visitors were less kind.",
        _BLOCK,
        "That was Thomas Pennant, crossing in 1772, in his *Tour in Scotland*, vol. ii, p. 88.",
    )
    assert attributions(essay)[0] == ("Thomas Pennant", "Tour in Scotland", "88", None)


def test_the_words_are_the_role_holders():
    essay = "Ferries of the Tay\n\n" + "\n\n".join(
        [
            "The manager, Robert Guthrie, reported to the board every month.",
            "The boats were old.",
            f"    {_BLOCK}",
            "The words are the manager’s, from his report of March 1881.",
        ]
    )
    assert attributions(essay)[0] == ("Robert Guthrie", None, None, None)


def test_she_is_quoted_in_a_book_that_relays_her_words():
    essay = _essay(
        "Jean Lindsay, a fishwife, was recorded in 1976:",
        _BLOCK,
        "She is quoted in Fiona Bell, *Voices of the Firth* (1990), p. 140, from the tape.",
    )
    assert attributions(essay)[0] == ("Jean Lindsay", None, "140", "Fiona Bell")


def test_the_maker_remembered_this_and_a_book_prints_the_account():
    essay = _essay(
        "The old pier had its own stories.",
        _BLOCK,
        "Agnes Crerar remembered this at eighty; her account is printed in Walter Scrymgeour, "
        "*Old Dundee* (1925), p. 9.",
    )
    assert attributions(essay)[0] == ("Agnes Crerar", None, "9", "Walter Scrymgeour")


def test_a_later_sentence_about_someones_doings_attributes_nothing():
    essay = _essay(
        "The pier master, Alexander Ross, wrote to the company:",
        _BLOCK,
        "No answer survives. Ross resigned that summer, as Fiona Bell records in *Voices of "
        "the Firth* (1990), p. 22.",
    )
    assert attributions(essay)[0] == ("Alexander Ross", None, None, None)
