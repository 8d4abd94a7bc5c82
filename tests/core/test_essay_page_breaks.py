"""A sentence a page break cut in two reads as one (bot/core/extract/paragraphs.py): the piece
before ends in the middle of a word run, the piece after starts in lower case or with a
parenthesis; and a paragraph is a footnote only below the essay's ``---`` rule."""

from __future__ import annotations

from bot.core.extract.essay import Draft, extract_essay
from bot.core.extract.names import Names
from bot.core.models import Speaker


def names() -> Names:
    """The registries, made in each test (so a test run sees every name matched)."""
    return Names([Speaker(id="hale", name="Tomas Hale", aliases=("Hale",))], [])


def drafts(essay: str) -> list[tuple[str, str]]:
    found: list[Draft] = extract_essay(
        essay, title="Lock notes", author_speaker="me", names=names()
    )
    return [(d.kind, d.text) for d in found]


def test_a_quotation_cut_after_a_one_letter_word_is_one_sentence():
    assert drafts(
        "Lock notes\n\n"
        "Hale wrote: “The lock was rebuilt in stone over a\n\n"
        "long winter by the men of the village.”\n"
    ) == [
        ("heading", "Lock notes"),
        (
            "quotation",
            "The lock was rebuilt in stone over a long winter by the men of the village.",
        ),
    ]


def test_a_sentence_cut_before_a_word_with_a_capital_inside_is_one_paragraph():
    assert drafts(
        "Lock notes\n\nThe clerk measured the\n\n"
        "pH of the canal water every week, as the rules said.\n"
    ) == [
        ("heading", "Lock notes"),
        (
            "commentary",
            "The clerk measured the pH of the canal water every week, as the rules said.",
        ),
    ]


def test_a_note_marker_before_any_rule_is_the_authors_text_not_a_footnote():
    assert drafts(
        "<sup>1</sup>Read aloud at the keepers' meeting of 1921, as written by Tomas Hale.\n\n"
        "The keepers met on Thursdays in the room above the forge.\n"
    ) == [
        ("commentary", "Read aloud at the keepers' meeting of 1921, as written by Tomas Hale."),
        ("commentary", "The keepers met on Thursdays in the room above the forge."),
    ]
