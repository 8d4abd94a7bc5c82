"""Passage ids as bot/core/extract/ids.py documents them: four characters of the passage's key
after the source's prefix, lengthened one character at a time only where taken, and kept
from the previous build, so removing one passage never renames another."""

from __future__ import annotations

from bot.core.extract.ids import assign_ids

# Keys that share their first characters, as two passages' keys sometimes do.
FIRST = ("r", "k3qa7bdx")
SECOND = ("r", "k3qa7mzp")
THIRD = ("r", "k3qa5wvn")


def test_a_taken_id_is_lengthened_one_character_at_a_time():
    assert assign_ids([FIRST, SECOND, THIRD]) == ["r-k3qa", "r-k3qa7", "r-k3qa5"]
    assert assign_ids([FIRST, SECOND, ("r", "k3qa7mzq")]) == ["r-k3qa", "r-k3qa7", "r-k3qa7m"]


def test_removing_a_passage_never_renames_another():
    first, second, third = assign_ids([FIRST, SECOND, THIRD])
    previous = {FIRST[1]: first, SECOND[1]: second, THIRD[1]: third}
    assert assign_ids([SECOND, THIRD], previous) == ["r-k3qa7", "r-k3qa5"]
    # A new passage whose key starts the same gets a new id, never one still in use.
    assert assign_ids([("r", "k3qa9abc"), SECOND], previous) == ["r-k3qa", "r-k3qa7"]


def test_two_passages_never_share_an_id_even_if_the_previous_build_gave_them_one():
    """A hand-edited passages.json with one id twice (the build reads it to keep ids)."""
    ids = assign_ids([FIRST, SECOND], {FIRST[1]: "r-k3qa", SECOND[1]: "r-k3qa"})
    assert ids[0] == "r-k3qa"
    assert len(set(ids)) == 2
