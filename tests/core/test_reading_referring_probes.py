"""The extractor on cite18's two referring-citation probes, each written with its gold list by
hand before any run of the extractor on it (tests/data/readings/probe-*): a local history in
Chicago notes-bibliography (a first full note, then Ibid., op. cit., loc. cit., a short title,
a key "(hereafter BO)", minutes by folio, a note written as a sentence, a Bibliography), and a
report in APA author–date as HTML (years with letters, a group author keyed "[LWT]", "as cited
in", n.d. with para., a foreword in an edited book, a References list).

Each floor sits at or under the latest figures and is raised, never lowered; the first-sight
figures are beside each. ``pytest -s`` prints the figures and what is still wrong."""

from __future__ import annotations

import pytest

from tests.fixtures.readings import probe_below_floor

# Least number of gold quotations found, and found with the speaker, work, page and via right;
# most false quotations.
FLOORS: dict[str, dict[str, int]] = {
    # first sight (main at 550d52b): found 17/17, false 0, speaker 12, work 11, page 15, via 16
    # after cite18's rules (keys, op. cit. pages, Ibid. after "Quoted in", "p. 163 of *Title*",
    # a committee's minutes, a note written as a sentence): speaker 16, work 17, page 17, via 17
    "probe-tallow-lane-washhouse": {
        "found": 17,
        "false": 0,
        "speaker": 16,
        "work": 17,
        "page": 17,
        "via": 17,
    },
    # first sight (main at 550d52b): found 17/17, false 0, speaker 16, work 9, page 17, via 16
    # after years with letters, APA dated entries, a report number and "In *Book*": work 16
    "probe-lynden-towpath": {
        "found": 17,
        "false": 0,
        "speaker": 16,
        "work": 16,
        "page": 17,
        "via": 16,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_referring_citation_probe_scores_at_least_its_floor(name, tmp_path):
    worse = probe_below_floor(name, FLOORS[name], tmp_path)
    assert worse == {}, f"{name} fell below its floor (achieved, floor): {worse}"
