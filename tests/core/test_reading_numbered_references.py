"""Numbered references (Vancouver): "(3, p. 12)" or "(4)" points to entry 3 or 4 of a
numbered References list, and a work is never a number, a page or a date. Each rule on a few
sentences written for it (an invented guild of lamplighters; no essay's wording)."""

from __future__ import annotations

from tests.fixtures.readings import attributions as who

REFERENCES = (
    "\n\n## References\n\n"
    "1. Quillon B. Rules for the lamp round. Vellmarsh: Wick Press; 1902.\n\n"
    "2. Vellmarsh Lamplighters Guild. Minute book of the guild. Vellmarsh Archive, VLG/2.\n\n"
    "3. Orrick T. Lamps and ladders: a history of the Vellmarsh guild. Dunholt: Ember; 1977.\n"
)


def test_a_numbered_citation_names_the_entrys_author_and_title_never_the_number():
    text = (
        "Bertram Quillon kept the guild's rules short: “No lamp shall be left to gutter "
        "while its lighter sleeps” (1, p. 4). Tobias Orrick, the guild's historian, thinks "
        "them “the shortest rules any trade ever obeyed” (3, pp. 9–10)." + REFERENCES
    )
    assert who(text) == [
        ("Bertram Quillon", "Rules for the lamp round", "4", None),
        ("Tobias Orrick", "Lamps and ladders: a history of the Vellmarsh guild", "9-10", None),
    ]


def test_a_bare_number_cites_the_entry_and_gives_no_page():
    text = (
        "Tobias Orrick is blunt about the end of the guild: “Gas came, and the ladders "
        "went to the bonfire” (3)." + REFERENCES
    )
    assert who(text) == [
        ("Tobias Orrick", "Lamps and ladders: a history of the Vellmarsh guild", None, None)
    ]


def test_a_body_named_by_a_numbered_entry_speaks_in_its_own_document():
    text = (
        "In 1911 the guild resolved “that no lighter climb after the tenth hour” (2, p. 31)."
        + REFERENCES
    )
    assert who(text) == [
        ("Vellmarsh Lamplighters Guild", "Minute book of the guild", "31", None),
    ]


def test_a_number_with_no_list_entry_or_a_date_is_never_a_work():
    text = (
        "Ada Pennick wrote in May 1907, “The wicks are damp and so am I” (7). A year later "
        "she wrote again: “Still damp” (May 1908)."
    )
    found = who(text)
    assert len(found) == 2
    assert [work for _speaker, work, _page, _via in found] == [None, None]
