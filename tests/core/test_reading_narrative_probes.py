"""The extractor on two probes of persons in narrative written by people21 (session 21), each
gold list written by hand before any run of the extractor on it
(tests/data/readings/probe-people21-folk-club.md, probe-people21-regal-staff.html): a folk
club's jubilee booklet (ranks and honours before a name, courtesy titles, a singer's paragraph
with a collector named last, a widow and a nephew by kin, a guest night's visitor, a described
surveyor, "Most of those asked", "One told us", an LP's title track, a Christmas play's
characters) and a cinema heritage page with one section per person (a director, critic, mayor,
asker or host named after the section's person; a film's character and a musical's singer;
"Major the Hon."; a son by apposition; a described fire officer; "Two of them", "Another").
Seen text since their first sight: the figures measure the rules in
tests/core/test_reading_narrative_persons.py, not how they carry over.

Each floor sits at or under the latest figures and is raised, never lowered; the first-sight
figures are beside each. ``pytest -s`` prints the figures and what is still wrong."""

from __future__ import annotations

import pytest

from tests.fixtures.readings import probe_below_floor

# Least number of gold quotations found, and found with the speaker, work, page and via right;
# most false quotations.
FLOORS: dict[str, dict[str, int]] = {
    # first sight (main at 3789261): found 14/14, false 0, speaker 2, work 13, page 14, via 14
    # after the first slice (a subject across "and", salience, ranks, courtesy titles): speaker 9
    # after the second (characters, some of a group, kin, the title track): speaker 14, work 14
    "probe-people21-folk-club": {
        "found": 14,
        "false": 0,
        "speaker": 14,
        "work": 14,
        "page": 14,
        "via": 14,
    },
    # first sight (main at 3789261): found 11/11, false 0, speaker 1, work 9, page 11, via 11
    # after the first slice: speaker 7; after the second: speaker 11, work 11
    "probe-people21-regal-staff": {
        "found": 11,
        "false": 0,
        "speaker": 11,
        "work": 11,
        "page": 11,
        "via": 11,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_narrative_persons_probe_scores_at_least_its_floor(name, tmp_path):
    worse = probe_below_floor(name, FLOORS[name], tmp_path)
    assert worse == {}, f"{name} fell below its floor (achieved, floor): {worse}"
