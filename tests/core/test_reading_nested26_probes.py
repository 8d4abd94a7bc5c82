"""The extractor on two probes of quotations a reader sees wherever they stand (nested26), each
written by hand with its gold list before any run of the extractor on it: a lifeboat
station's collected memories whose speakers repeat what others said to them, a log's entry set
in by three spaces with a bracketed locator on a line under it, and words of two given as
speech (tests/data/readings/probe-nested26-lifeboat-memories.txt); a netball club's season
review with match reports in collapsed ``<details>``, a ``<blockquote>`` in a ``<figure>``
and in a table cell, a coach's old teacher's saying inside her words, and shouts and notes
of one to three words (probe-nested26-netball-season.html).

Each floor sits at or under the latest figures and is raised, never lowered; the first-sight
figures are beside each. ``pytest -s`` prints the figures and what is still wrong."""

from __future__ import annotations

import pytest

from tests.fixtures.readings import probe_below_floor

# Least number of gold quotations found, and found with the speaker, work, page and via right;
# most false quotations.
FLOORS: dict[str, dict[str, int]] = {
    # first sight (0ea99b4): found 10/16, false 0, speaker 9, work 10, page 10, via 10
    # after words of two given as speech and a block set in by three spaces with a bracketed
    # locator under it (first slice): found 12, speaker 10, work 12, page 12, via 12
    "probe-nested26-lifeboat-memories": {
        "found": 12,
        "false": 0,
        "speaker": 10,
        "work": 12,
        "page": 12,
        "via": 12,
    },
    # first sight (0ea99b4): found 6/11, false 0, speaker 4, work 6, page 6, via 6
    # after <details>, a table cell's <blockquote> and words of one to three given as speech
    # (first slice): found 10, speaker 6, work 10, page 10, via 10
    "probe-nested26-netball-season": {
        "found": 10,
        "false": 0,
        "speaker": 6,
        "work": 10,
        "page": 10,
        "via": 10,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_nested26_probe_scores_at_least_its_floor(name, tmp_path):
    worse = probe_below_floor(name, FLOORS[name], tmp_path)
    assert worse == {}, f"{name} fell below its floor (achieved, floor): {worse}"
