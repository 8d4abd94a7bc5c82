"""The extractor on four probes of kinds of document no earlier essay used (kinds22), each
written by hand with its gold list before any run of the extractor on it: a parliamentary
select committee's report citing oral evidence by question number and written evidence by
code, both located through the lists at its end
(tests/data/readings/probe-kinds22-bus-committee.md); an employment tribunal's judgment whose
parties speak by the roles it gives them (probe-kinds22-bakery-tribunal.txt); an exhibition's
wall labels whose tombstone lines name each object's maker and donor
(probe-kinds22-kiln-labels.html); a hymn book's companion whose "Words:" and "Music:" lines
name the writer, the composer, the editor and the translator (probe-kinds22-hymn-companion.md).

Each floor sits at or under the latest figures and is raised, never lowered; the first-sight
figures are beside each. ``pytest -s`` prints the figures and what is still wrong."""

from __future__ import annotations

import pytest

from tests.fixtures.readings import probe_below_floor

# Least number of gold quotations found, and found with the speaker, work, page and via right;
# most false quotations.
FLOORS: dict[str, dict[str, int]] = {
    # first sight: found 11/11, false 0, speaker 3, work 5, page 6, via 10
    # after the apparatus (kinds22's first slice): speaker 10, work 11, page 11, via 11
    "probe-kinds22-bus-committee": {
        "found": 11,
        "false": 0,
        "speaker": 10,
        "work": 11,
        "page": 11,
        "via": 11,
    },
    # first sight: found 10/10, false 0, speaker 3, work 7, page 9, via 10
    # after the apparatus (kinds22's first slice): speaker 5
    # after kinds22's second slice (openings, a case, evidence, own statements): speaker 8,
    # work 9, page 10
    "probe-kinds22-bakery-tribunal": {
        "found": 10,
        "false": 0,
        "speaker": 8,
        "work": 9,
        "page": 10,
        "via": 10,
    },
    # first sight: found 10/10, false 0, speaker 6, work 10, page 10, via 10
    # after the apparatus (kinds22's first slice): speaker 7
    "probe-kinds22-kiln-labels": {
        "found": 10,
        "false": 0,
        "speaker": 7,
        "work": 10,
        "page": 10,
        "via": 10,
    },
    # first sight: found 10/10, false 0, speaker 5, work 5, page 10, via 8
    # after the apparatus (kinds22's first slice): speaker 6
    # after kinds22's second slice (a paper that asked): via 9
    "probe-kinds22-hymn-companion": {
        "found": 10,
        "false": 0,
        "speaker": 6,
        "work": 5,
        "page": 10,
        "via": 9,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_kind_of_document_probe_scores_at_least_its_floor(name, tmp_path):
    worse = probe_below_floor(name, FLOORS[name], tmp_path)
    assert worse == {}, f"{name} fell below its floor (achieved, floor): {worse}"
