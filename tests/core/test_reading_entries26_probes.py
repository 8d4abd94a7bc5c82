"""The extractor on three probes of reference works whose entries are about their subjects
(entries26), each written by hand with its gold list before any run of the extractor on it: a
society's register of past members under bold inverted headwords, with `(q.v.)` cross-references,
short-titled citations and each entry's own Sources (tests/data/readings/probe-entries26-members-
register.md); an encyclopaedia of craftspeople's entry under a headword in capitals, with `see`
cross-references and author-date citations keyed in a run-on Bibliography (probe-entries26-crafts-
encyclopaedia.txt); a field club journal's "Lives" column whose lives stand under headings of name
and dates, each signed by its contributor (probe-entries26-field-club-lives.html).

Each floor sits at or under the latest figures and is raised, never lowered; the first-sight
figures are beside each. ``pytest -s`` prints the figures and what is still wrong."""

from __future__ import annotations

import pytest

from tests.fixtures.readings import probe_below_floor

# Least number of gold quotations found, and found with the speaker, work, page and via right;
# most false quotations.
FLOORS: dict[str, dict[str, int]] = {
    # first sight: found 6, false 2, speaker 1, work 4, page 6, via 5
    # after the entry's subject, its Sources, short titles, bracketed block citations and
    # (q.v.) (first slice): found 7, false 1, speaker 5, work 7, page 7, via 6
    # after "A letter to his curate" (second slice): speaker 6
    "probe-entries26-members-register": {
        "found": 7,
        "false": 1,
        "speaker": 6,
        "work": 7,
        "page": 7,
        "via": 6,
    },
    # first sight: found 9, false 0, speaker 2, work 3, page 9, via 6
    # after the entry's subject and its run-on Bibliography (first slice): speaker 6, work 6,
    # via 7
    "probe-entries26-crafts-encyclopaedia": {
        "found": 9,
        "false": 0,
        "speaker": 6,
        "work": 6,
        "page": 9,
        "via": 7,
    },
    # first sight: found 7, false 0, speaker 4, work 6, page 7, via 7
    # after a line of name and dates heading each life (first slice): speaker 5
    "probe-entries26-field-club-lives": {
        "found": 7,
        "false": 0,
        "speaker": 5,
        "work": 6,
        "page": 7,
        "via": 7,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_an_entries26_probe_scores_at_least_its_floor(name, tmp_path):
    worse = probe_below_floor(name, FLOORS[name], tmp_path)
    assert worse == {}, f"{name} fell below its floor (achieved, floor): {worse}"
