"""The extractor on a probe written by keys20 (session 20), its gold list written by hand before
any run of the extractor on it (tests/data/readings/probe-keys20-harrowgate-inquiry.txt): a
civic trust's summary of a planning inquiry that cites every document by a key letter,
"(K, p. 3)", defined only in a closing list of core documents. Seen text since its first
sight: the figures measure the rules in tests/core/test_reading_source_keys.py, not how they
carry over.

Each floor sits at or under the latest figures and is raised, never lowered; the first-sight
figures are beside it. ``pytest -s`` prints the figures and what is still wrong."""

from __future__ import annotations

import pytest

from tests.fixtures.readings import probe_below_floor

# Least number of gold quotations found, and found with the speaker, work, page and via right;
# most false quotations.
FLOORS: dict[str, dict[str, int]] = {
    # first sight (keys20 at 3cd4e75): found 12/12, false 0, speaker 5, work 1, page 12, via 9
    # after the source-key rule: found 12, false 0, speaker 10, work 11, page 12, via 11
    "probe-keys20-harrowgate-inquiry": {
        "found": 12,
        "false": 0,
        "speaker": 10,
        "work": 11,
        "page": 12,
        "via": 11,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_source_key_probe_scores_at_least_its_floor(name, tmp_path):
    worse = probe_below_floor(name, FLOORS[name], tmp_path)
    assert worse == {}, f"{name} fell below its floor (achieved, floor): {worse}"
