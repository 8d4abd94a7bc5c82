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


def test_a_note_marker_opening_a_paragraph_midway_is_still_the_authors_text():
    assert drafts(
        "Lock notes\n\n"
        "The keepers met on Thursdays in the room above the forge.\n\n"
        "<sup>2</sup>Read aloud at the keepers' meeting of 1921, as written by Tomas Hale.\n"
    ) == [
        ("heading", "Lock notes"),
        ("commentary", "The keepers met on Thursdays in the room above the forge."),
        ("commentary", "Read aloud at the keepers' meeting of 1921, as written by Tomas Hale."),
    ]


def test_a_quotation_cut_by_two_page_breaks_stands_where_its_words_do():
    essay = (
        "Lock notes\n\n"
        "Hale wrote: “The lock was rebuilt over a\n\n"
        "long winter by the\n\n"
        "men of the village.”\n"
    )
    found = extract_essay(essay, title="Lock notes", author_speaker="me", names=names())
    [quote] = [d for d in found if d.kind == "quotation"]
    assert quote.text == "The lock was rebuilt over a long winter by the men of the village."
    assert essay[quote.start : quote.end].split() == quote.text.split()


def test_an_authors_note_stands_where_the_note_is_even_if_its_words_came_before():
    essay = (
        "Lock notes\n\n"
        "The keepers met on Thursdays in the room above the forge.<sup>1</sup>\n\n"
        "---\n\n"
        "<sup>1</sup> The keepers met on Thursdays in the room above the forge.\n"
    )
    found = extract_essay(essay, title="Lock notes", author_speaker="me", names=names())
    starts = [d.start for d in found if d.kind == "commentary"]
    assert starts == [essay.index("The keepers"), essay.rindex("The keepers")]
