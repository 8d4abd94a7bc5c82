"""Scripture and the classics cited by their own numbering (HELDOUT.md, "Principle:
locators"): the work is the book or text ("1 Cor." is 1 Corinthians), the place is chapter and
verse with a colon ("Gen. 4.9" is 4:9), a classic's book and line, act, scene and line or
Stephanus number as written; a whole chapter is a division and gives no place. Each rule on
sentences written for it (invented preachers and readers; no essay's wording)."""

from __future__ import annotations

import pytest

from bot.core.citation import page_label
from bot.core.extract.reading import Proposal, propose_passages
from bot.core.extract.reading.phrases import canonical_reference


def quoted(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="The Preacher") if p.kind == "quotation"]


def who(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(speaker, work, page, via) of each quotation."""
    return [(p.speaker_name, p.work_title, p.page, p.via_name) for p in quoted(text)]


@pytest.mark.parametrize(
    ("cited", "read"),
    [
        ("Exodus 3:14", ("Exodus", "3:14", None)),
        ("Isa. 40.31", ("Isaiah", "40:31", None)),
        ("Isa. 40. 31", ("Isaiah", "40:31", None)),
        ("Jn 11:35", ("John", "11:35", None)),
        ("2 Tim. 4:7–8", ("2 Timothy", "4:7-8", None)),
        ("II Kgs 2:11", ("2 Kings", "2:11", None)),
        ("Rom 8:38-9:1", ("Romans", "8:38-9:1", None)),
        ("Luke 15:11-32, NRSV", ("Luke", "15:11-32", None)),
        ("Psalm 121", ("Psalms", None, None)),
        ("Iliad 9.312", ("Iliad", "9.312", None)),
        ("Macbeth 5.5.19–28", ("Macbeth", "5.5.19-28", None)),
        ("Phaedo 118a", ("Phaedo", "118a", None)),
        ("Homer, Odyssey 11.489", ("Odyssey", "11.489", "Homer")),
    ],
)
def test_a_reference_by_a_texts_own_numbering_names_the_work_and_the_place(cited, read):
    assert canonical_reference(cited) == read


@pytest.mark.parametrize(
    "cited",
    [
        "col. 4",  # a column, not Colossians
        "Mark 4",  # a name and a page, not a chapter
        "Peter 3:2",  # a book always numbered ("1 Peter")
        "Webb 12",  # MLA author and page
        "Webb 1998, 12",
        "Section 4.2",  # a division of a report
        "Table 2.1",
        "Appendix 3.4",
        "Webb 1998.4",
    ],
)
def test_a_citation_that_is_no_such_reference_is_left_to_the_other_rules(cited):
    assert canonical_reference(cited) is None


def test_scripture_after_the_words_is_their_book_chapter_and_verse():
    text = (
        "The curate read the verse he liked best. Moses asked the voice in the bush for its "
        "name and was told, “I AM THAT I AM” (Exod. 3.14). Later the prophet promised that "
        "“they shall mount up with wings as eagles” (Isa. 40:31). The letter to Timothy ends "
        "in triumph: “I have fought a good fight, I have finished my course” (2 Tim. 4:7)."
    )
    assert [(work, page) for _, work, page, _ in who(text)] == [
        ("Exodus", "3:14"),
        ("Isaiah", "40:31"),
        ("2 Timothy", "4:7"),
    ]


def test_a_whole_psalm_names_the_book_and_no_place():
    text = (
        "The choir sang it unaccompanied, the words every child knew: “I will lift up mine eyes "
        "unto the hills, from whence cometh my help” (Psalm 121)."
    )
    assert [(work, page) for _, work, page, _ in who(text)] == [("Psalms", None)]


def test_a_classic_cited_by_book_and_line_is_the_work_and_its_author_the_speaker():
    text = (
        "Our reading group began with the oldest lament it could find. Achilles refuses the "
        "envoys with a line the tutor made us learn: “hateful to me as the gates of death is "
        "the man who hides one thing in his heart and says another” (Homer, Iliad 9.312–313). "
        "Macbeth, by the last act, has stopped hoping: “Tomorrow, and tomorrow, and tomorrow, "
        "creeps in this petty pace from day to day,” he says (Macbeth 5.5.19)."
    )
    assert [(work, page) for _, work, page, _ in who(text)] == [
        ("Iliad", "9.312-313"),
        ("Macbeth", "5.5.19"),
    ]


def test_a_canonical_reference_in_a_footnote_is_read_as_in_parentheses():
    text = (
        "Socrates, on his last day, asks his friends to remember a debt: “Crito, we owe a cock "
        "to Asclepius; pay it and do not forget.”[^1]\n\n"
        "[^1]: Phaedo 118a.\n"
    )
    assert [(work, page) for _, work, page, _ in who(text)] == [("Phaedo", "118a")]


@pytest.mark.parametrize(
    ("page", "shown"), [("40:31", "40:31"), ("9.312-313", "9.312-313"), ("118a", "118a")]
)
def test_a_texts_own_numbering_is_never_shown_as_a_page(page, shown):
    assert page_label(page) == shown
