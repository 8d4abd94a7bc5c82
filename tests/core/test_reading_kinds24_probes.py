"""The extractor on four probes of kinds of document no earlier essay used (kinds24), each
written by hand with its gold list before any run of the extractor on it: a law report of an
appeal whose parties, counsel and judge below speak by the roles its headnote gives them
(tests/data/readings/probe-kinds24-law-report.txt); a museum's catalogue of oral-history
recordings whose extracts stand under the interviewee's entry, after a time code, with speaker
codes the entry defines (probe-kinds24-wharf-voices.md); a translated journal whose translator's
introduction and notes are hers, never the author's (probe-kinds24-skaw-journal.html); a
parish magazine whose officers are named by their office and found in the directory at its end
(probe-kinds24-parish-magazine.txt).

Each floor sits at or under the latest figures and is raised, never lowered; the first-sight
figures are beside each. ``pytest -s`` prints the figures and what is still wrong."""

from __future__ import annotations

import pytest

from tests.fixtures.readings import probe_below_floor

# Least number of gold quotations found, and found with the speaker, work, page and via right;
# most false quotations.
FLOORS: dict[str, dict[str, int]] = {
    # first sight: found 10/10, false 0, speaker 2, work 9, page 7, via 10
    # after directories, styles and recordings (kinds24's first slice): speaker 4
    # after counsel's appearances, the case's own title and a judge's speech in a case (second
    # slice): speaker 6, work 10, page 8
    "probe-kinds24-law-report": {
        "found": 10,
        "false": 0,
        "speaker": 6,
        "work": 10,
        "page": 8,
        "via": 10,
    },
    # first sight: found 10/10, false 0, speaker 2, work 10, page 3, via 10
    # after directories, styles and recordings (kinds24's first slice): speaker 10, page 10
    "probe-kinds24-wharf-voices": {
        "found": 10,
        "false": 0,
        "speaker": 10,
        "work": 10,
        "page": 10,
        "via": 10,
    },
    # first sight: found 10/11, false 0, speaker 4, work 5, page 10, via 10
    # after the translator's sections, the one written to, a note quoting two (second slice):
    # found 11/11, speaker 8, work 7, page 11, via 11
    # on main 80dbbf9, with persons24's roles ("The pastor's wife" after "Fru Lind, the
    # pastor's wife,"): speaker 9
    "probe-kinds24-skaw-journal": {
        "found": 11,
        "false": 0,
        "speaker": 9,
        "work": 7,
        "page": 11,
        "via": 11,
    },
    # first sight: found 10/10, false 0, speaker 5, work 8, page 9, via 10
    # after directories, styles and recordings (kinds24's first slice): speaker 9
    # after a signature in parentheses and a feast no work (second slice): speaker 10, work 10,
    # page 10
    "probe-kinds24-parish-magazine": {
        "found": 10,
        "false": 0,
        "speaker": 10,
        "work": 10,
        "page": 10,
        "via": 10,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_kinds24_probe_scores_at_least_its_floor(name, tmp_path):
    worse = probe_below_floor(name, FLOORS[name], tmp_path)
    assert worse == {}, f"{name} fell below its floor (achieved, floor): {worse}"
