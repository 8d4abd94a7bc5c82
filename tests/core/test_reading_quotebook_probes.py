"""The extractor on four probes of books of quotations and their opposite (quotebooks25), each
written by hand with its gold list before any run of the extractor on it: a keyword book of a
marsh's sayings, each saying followed on its own line by a dash and who said it
(tests/data/readings/probe-quotebooks25-marsh-sayings.txt); a local paper's year in quotes, an
HTML list whose items hold the words and a source line under them
(probe-quotebooks25-year-in-words.html); a walking club's anthology of its members' sayings
under their names, the source on the line beneath (probe-quotebooks25-walkers-anthology.md); a
canoe club's handbook whose numbered rules, minutes, questions, glossary and reading list are no
one's quotations (probe-quotebooks25-canoe-handbook.md).

Each floor sits at or under the latest figures and is raised, never lowered; the first-sight
figures are beside each. ``pytest -s`` prints the figures and what is still wrong."""

from __future__ import annotations

import pytest

from tests.fixtures.readings import probe_below_floor

# Least number of gold quotations found, and found with the speaker, work, page and via right;
# most false quotations.
FLOORS: dict[str, dict[str, int]] = {
    # first sight: found 1/13, false 1, speaker 0, work 1, page 1, via 1
    # after books of quotations (entries without marks, a misquotation is no quotation):
    # found 13/13, false 0, speaker 12, work 13, page 13, via 13
    "probe-quotebooks25-marsh-sayings": {
        "found": 13,
        "false": 0,
        "speaker": 12,
        "work": 13,
        "page": 13,
        "via": 13,
    },
    # first sight: found 2/13, false 1, speaker 1, work 2, page 2, via 2
    # after books of quotations and a list item's paragraphs on lines of their own: 13/13 each
    "probe-quotebooks25-year-in-words": {
        "found": 13,
        "false": 0,
        "speaker": 13,
        "work": 13,
        "page": 13,
        "via": 13,
    },
    # first sight (on the first quotation-book slice): found 1/10, false 0, speaker 0, work 1,
    # page 1, via 1; after italic source lines, a capitalised occasion, a bare "— Name", a
    # name alone as heading, spoken words printed in an issue: found 10/10, false 0, speaker 9,
    # work 10, page 10, via 10; after a heading's name, dates and role ("our first
    # president"): speaker 10
    "probe-quotebooks25-walkers-anthology": {
        "found": 10,
        "false": 0,
        "speaker": 10,
        "work": 10,
        "page": 10,
        "via": 10,
    },
    # first sight: found 5/5, false 0, speaker 5, work 5, page 5, via 5 (no item a quotation)
    "probe-quotebooks25-canoe-handbook": {
        "found": 5,
        "false": 0,
        "speaker": 5,
        "work": 5,
        "page": 5,
        "via": 5,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_quotebooks25_probe_scores_at_least_its_floor(name, tmp_path):
    worse = probe_below_floor(name, FLOORS[name], tmp_path)
    assert worse == {}, f"{name} fell below its floor (achieved, floor): {worse}"
