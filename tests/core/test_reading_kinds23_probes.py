"""The extractor on four probes of kinds of document no earlier essay used (kinds23), each
written by hand with its gold list before any run of the extractor on it: a Victorian
newspaper's assize court report whose parties speak by the roles the court gave them
(tests/data/readings/probe-kinds23-assize-report.txt); a local archive's teaching pack of
lettered sources, each under a caption naming its maker, work and page, quoted again by its
letter in the questions (probe-kinds23-source-pack.md); an auction catalogue whose lots open on
the maker's name in the trade's inverted form (probe-kinds23-sale-catalogue.html); a school's
centenary history whose log-book entries are the words of the head teacher of their year, found
through the list of head teachers at its start (probe-kinds23-school-centenary.txt).

Each floor sits at or under the latest figures and is raised, never lowered; the first-sight
figures are beside each. ``pytest -s`` prints the figures and what is still wrong."""

from __future__ import annotations

import pytest

from tests.fixtures.readings import probe_below_floor

# Least number of gold quotations found, and found with the speaker, work, page and via right;
# most false quotations.
FLOORS: dict[str, dict[str, int]] = {
    # first sight: found 12/12, false 0, speaker 3, work 11, page 12, via 10
    # after the court's roles (kinds23's first slice): speaker 8
    # after evidence that reports someone's words and reported speech (second slice): speaker
    # 11, work 12, via 12
    "probe-kinds23-assize-report": {
        "found": 12,
        "false": 0,
        "speaker": 11,
        "work": 12,
        "page": 12,
        "via": 12,
    },
    # first sight: found 8/10, false 0, speaker 0, work 3, page 7, via 8
    # after source lines and labels (kinds23's first slice): speaker 8, work 8, page 8
    "probe-kinds23-source-pack": {
        "found": 8,
        "false": 0,
        "speaker": 8,
        "work": 8,
        "page": 8,
        "via": 8,
    },
    # first sight: found 10/10, false 0, speaker 3, work 8, page 10, via 10
    # after catalogue entries (kinds23's first slice): speaker 9, work 9
    # after verses' headings (second slice): work 10
    "probe-kinds23-sale-catalogue": {
        "found": 10,
        "false": 0,
        "speaker": 9,
        "work": 10,
        "page": 10,
        "via": 10,
    },
    # first sight: found 11/11, false 0, speaker 3, work 11, page 10, via 9
    # after the list of office-holders (kinds23's first slice): speaker 9
    # after a paper's date and page before its verb (third slice): page 11, via 10
    "probe-kinds23-school-centenary": {
        "found": 11,
        "false": 0,
        "speaker": 9,
        "work": 11,
        "page": 11,
        "via": 10,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_kinds23_probe_scores_at_least_its_floor(name, tmp_path):
    worse = probe_below_floor(name, FLOORS[name], tmp_path)
    assert worse == {}, f"{name} fell below its floor (achieved, floor): {worse}"
