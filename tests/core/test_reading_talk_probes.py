"""The extractor on two probes about talks (talks24), each written by hand with its gold list
before any run of the extractor on it: a book festival's event write-ups, each event under a
heading that names its speaker and the talk's title in quotes (an HTML `<h3>` or a bold line),
a `Questions` heading, a novelist reading her novel, a panel with its chair, letters, a
shepherd's words and a foreman's notebook the speakers quote
(tests/data/readings/probe-talks24-festival-diary.html); a society's winter lecture summaries
in plain text, each lecture under a plain line naming date, lecturer and title, a plain
`Questions` line, a members' evening with no lecturer, a keeper's log, a clerk's minute, a
vicar's letter and a farmer's recording the lecturers quote, a lecturer's own book by title and
page (probe-talks24-winter-lectures.txt); a quarry symposium's digest written after the first
rules, each talk an entry over two lines (probe-talks24-quarry-symposium.md).

Each floor sits at or under the latest figures and is raised, never lowered; the first-sight
figures are beside each. ``pytest -s`` prints the figures and what is still wrong."""

from __future__ import annotations

import pytest

from tests.fixtures.readings import probe_below_floor

# Least number of gold quotations found, and found with the speaker, work, page and via right;
# most false quotations.
FLOORS: dict[str, dict[str, int]] = {
    # first sight: found 15/15, false 4 (the titles in headings), speaker 9, work 7, page 15,
    # via 12
    # after talks24 (a talk's heading: its speaker, its title as work, a document shown relayed)
    # speaker 12, work 14, via 15; a book the section names, read from: work 15
    "probe-talks24-festival-diary": {
        "found": 15,
        "false": 0,
        "speaker": 12,
        "work": 15,
        "page": 15,
        "via": 15,
    },
    # first sight: found 14/14, false 3 (the titles in headings), speaker 8, work 9, page 13,
    # via 10
    # after talks24: speaker 11, work 13, via 13; a recording played ("can be heard saying"):
    # speaker 12, via 14
    "probe-talks24-winter-lectures": {
        "found": 14,
        "false": 0,
        "speaker": 12,
        "work": 13,
        "page": 13,
        "via": 14,
    },
    # written after the first two talks24 slices, before any run of the extractor on it (a
    # programme entry over two lines, "Professor Lusk", "The speaker", a letter-book and a
    # recording shown, a Discussion heading, a panel named on the line under its heading):
    # first sight found 8/9 (a three-word phrase missed), false 0, speaker 6, work 8, page 8,
    # via 7; a recording named between "heard" and "saying": speaker 7, via 8
    "probe-talks24-quarry-symposium": {
        "found": 8,
        "false": 0,
        "speaker": 7,
        "work": 8,
        "page": 8,
        "via": 8,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_talk_probe_scores_at_least_its_floor(name, tmp_path):
    worse = probe_below_floor(name, FLOORS[name], tmp_path)
    assert worse == {}, f"{name} fell below its floor (achieved, floor): {worse}"
