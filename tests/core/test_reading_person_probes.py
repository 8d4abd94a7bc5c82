"""The extractor on two probes of documents that name each person once in full and then by a
short name, a title with a surname, an office or a role, written by persons24 (session 24),
each gold list written by hand before any run of the extractor on it
(tests/data/readings/probe-persons24-*): a local paper's election-night report from the count
in HTML (a returning officer, a sitting MP with an honour after his name, candidates by
surname and by party role, a new MP named by the declaration, unnamed people described) and a
popular-science magazine's feature on a dispute over a cave's bones in Markdown (a quarryman,
a keeper, a professor, her critic named after his words, a knight with an honour, a person
whose obituary a paper printed). Seen text since their first sight: the figures measure the
rules in tests/core/test_reading_persons.py, not how they carry over.

Each floor sits at or under the latest figures and is raised, never lowered; the first-sight
figures are beside each. ``pytest -s`` prints the figures and what is still wrong."""

from __future__ import annotations

import pytest

from tests.fixtures.readings import probe_below_floor

# Least number of gold quotations found, and found with the speaker, work, page and via right;
# most false quotations.
FLOORS: dict[str, dict[str, int]] = {
    # first sight (persons24 at fe2368f): found 13/14, false 0, speaker 6, work 13, page 13,
    # via 13
    # after the roles the text names, a person's own leaflet and the honours: speaker 9
    # after a participle of saying, a letter "which said", a described officer: found 14,
    # speaker 12
    "probe-persons24-count-night": {
        "found": 14,
        "false": 0,
        "speaker": 12,
        "work": 14,
        "page": 14,
        "via": 14,
    },
    # first sight: found 13/14, false 0, speaker 4, work 13, page 13, via 13
    # after the roles the text names (before or after the words) and the obituary: speaker 8
    # after a view printed in an aside and a rank before a full name: speaker 9
    # on main with every slice of the session merged (30e9623): speaker 10
    "probe-persons24-hollow-tor": {
        "found": 13,
        "false": 0,
        "speaker": 10,
        "work": 13,
        "page": 13,
        "via": 13,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_person_probe_scores_at_least_its_floor(name, tmp_path):
    worse = probe_below_floor(name, FLOORS[name], tmp_path)
    assert worse == {}, f"{name} fell below its floor (achieved, floor): {worse}"
