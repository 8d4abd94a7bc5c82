"""The extractor on two probes about where a document, not the sentence, says who speaks
(headings25), each written by hand with its gold list before any run of the extractor on it: a
planning committee's officer report, each consultation response and representation quoted
under a heading naming its party (a body, a person with a number and address, an anonymous
objector, a ward councillor by office, the applicant in brackets), the officer's comment in
his own voice (tests/data/readings/probe-headings25-quarry-committee.md); a residents'
newsletter printing an open letter and its reply, each with its `From:`/`To:` header or
salutation and signature, whose "you", "I" and "my own plan" are the letters' addressees and
writers (probe-headings25-lido-letters.html); a paper's letters page with replies, written
after the first slice (probe-headings25-letters-page.txt).

Each floor sits at or under the latest figures and is raised, never lowered; the first-sight
figures are beside each. ``pytest -s`` prints the figures and what is still wrong."""

from __future__ import annotations

import pytest

from tests.fixtures.readings import probe_below_floor

# Least number of gold quotations found, and found with the speaker, work, page and via right;
# most false quotations.
FLOORS: dict[str, dict[str, int]] = {
    # first sight (cc3a53e): found 13/13, false 0, speaker 5, work 13, page 13, via 12
    # a heading naming a party holds over its quoted blocks and the comments the section
    # gives it by a pronoun or its document: speaker 12, via 13
    "probe-headings25-quarry-committee": {
        "found": 13,
        "false": 0,
        "speaker": 12,
        "work": 13,
        "page": 13,
        "via": 13,
    },
    # first sight (cc3a53e): found 12/12, false 0, speaker 4, work 10, page 12, via 12
    # a letter's "you" is its addressee, its "I" and "my" document its writer: speaker 11,
    # work 11; the office its address gives the writer ("the chair of the Friends"): speaker 12
    "probe-headings25-lido-letters": {
        "found": 12,
        "false": 0,
        "speaker": 12,
        "work": 11,
        "page": 12,
        "via": 12,
    },
    # written after the first slice, before any run of the extractor on it (a letters page:
    # plain lines naming each letter's and reply's writer, a name supplied but not printed, an
    # office before a replier's name, the editor's postscript to her readers): first sight
    # (8cb2917) found 10/10, false 0, speaker 6, work 9, page 10, via 9; an office before the
    # name, a reply's heading no signature, "Several of you", "My own count, published as
    # …": speaker 10, work 10
    "probe-headings25-letters-page": {
        "found": 10,
        "false": 0,
        "speaker": 10,
        "work": 10,
        "page": 10,
        "via": 9,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_party_or_letter_probe_scores_at_least_its_floor(name, tmp_path):
    worse = probe_below_floor(name, FLOORS[name], tmp_path)
    assert worse == {}, f"{name} fell below its floor (achieved, floor): {worse}"
