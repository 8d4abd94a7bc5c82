"""How the corpus reader (bot/core/extract/essay.py) reads the sentence around a quotation and
the paragraphs without one, on an invented essay about a lock: whose words, which date, what
is a heading, what is only scare quotes."""

from __future__ import annotations

from bot.core.extract.essay import Draft, extract_essay
from bot.core.extract.names import Names
from bot.core.models import Speaker, Work


def names() -> Names:
    """The registries, made in each test (so a test run sees every name matched)."""
    return Names(
        [
            Speaker(id="hale", name="Tomas Hale", aliases=("Hale",)),
            Speaker(id="marsh", name="Ines Marsh", aliases=("Marsh",)),
            Speaker(id="me", name="Lena Reader"),
        ],
        [Work(id="ledger", title="Ledger of the Upper Lock", author="hale")],
    )


TITLE = "Lock notes"


def read(body: str, title: str = TITLE) -> list[Draft]:
    return extract_essay(f"{title}\n\n{body}", title=title, author_speaker="me", names=names())


def quotations(body: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.speaker) for d in read(body) if d.kind == "quotation"]


def test_words_quoted_in_a_paragraphs_first_sentence_are_the_speaker_it_opens_with():
    assert quotations(
        "Hale called the plan “a waste of good stone” and left the room at once.\n"
    ) == [("a waste of good stone", "hale")]


def test_the_sentence_before_an_exclamation_names_nobody_for_the_next():
    assert quotations(
        "Marsh had spoken first and loudly! Then Hale called the plan “a waste of good "
        "stone” and left the room.\n"
    ) == [("a waste of good stone", "hale")]


def test_a_lead_in_sentence_before_a_displayed_quotation_gives_its_date():
    drafts = read("Hale rose to speak in 1921. “The lock will hold.”\n")
    [quote] = [d for d in drafts if d.kind == "quotation"]
    assert (quote.text, quote.speaker, quote.date) == ("The lock will hold.", "hale", "1921")


def test_a_short_paragraph_of_two_questions_is_commentary_not_a_heading():
    drafts = read("Was the lock worth the cost? Who can say today?\n")
    assert [(d.kind, d.text) for d in drafts] == [
        ("heading", TITLE),
        ("commentary", "Was the lock worth the cost? Who can say today?"),
    ]


def test_a_short_line_ending_with_quoted_words_is_commentary_not_a_heading():
    drafts = read('They called the new gate "the Hale gate"\n')
    assert [(d.kind, d.text) for d in drafts] == [
        ("heading", TITLE),
        ("commentary", 'They called the new gate "the Hale gate"'),
    ]


def test_scare_quotes_in_an_essay_of_straight_quotes_are_no_quotation():
    """Only a footnote makes words quoted inside a sentence a quotation when the essay has
    straight quote marks only (the README's rule: with curly ones, a sentence naming who)."""
    drafts = read('Hale thought the new gate was "a bit much" but paid for it anyway.\n')
    assert [d.kind for d in drafts] == ["heading", "commentary"]


def test_a_short_displayed_quotation_repeating_earlier_words_takes_their_work():
    assert [
        (d.text, d.speaker, d.work)
        for d in read(
            "Hale wrote in the Ledger of the Upper Lock: “The water rose a foot in the night "
            "and the gates held.”\n\n"
            "As Hale put it: “rose a foot in the night”\n"
        )
        if d.kind == "quotation"
    ] == [
        ("The water rose a foot in the night and the gates held.", "hale", "ledger"),
        ("rose a foot in the night", "hale", "ledger"),
    ]


def test_a_heading_with_a_note_marker_reads_as_its_source_without_the_marker():
    body = "The keepers met on Thursdays in the room above the forge.\n"
    essay = f"# Notes on the lock<sup>1</sup>\n\n{body}"
    [heading] = [
        d
        for d in extract_essay(essay, title="x", author_speaker="me", names=names())
        if d.kind == "heading"
    ]
    kept = essay[heading.start : heading.end]
    for a, b in sorted(heading.removed, reverse=True):
        kept = kept[: a - heading.start] + kept[b - heading.start :]
    assert heading.text == kept == "Notes on the lock"


def test_a_title_that_is_a_sentence_starting_with_x_is_the_heading():
    title = "X marks the spot. A history of the lock."
    drafts = read("The keepers met on Thursdays in the room above the forge.\n", title=title)
    assert (drafts[0].kind, drafts[0].text) == ("heading", title)


def test_an_opening_mark_never_closed_is_no_quotation_and_the_rest_reads_as_before():
    drafts = read(
        "Hale wrote: “The lock will hold.”\n\n"
        "The keepers said the “new gate would never open, and they were wrong about it.\n"
    )
    assert [(d.kind, d.text) for d in drafts] == [
        ("heading", TITLE),
        ("quotation", "The lock will hold."),
        (
            "commentary",
            "The keepers said the “new gate would never open, and they were wrong about it.",
        ),
    ]


def test_the_sentence_before_a_full_stop_or_a_question_names_nobody_for_the_next():
    for end in (".", "?"):
        assert quotations(
            f"Had Marsh spoken first{end} Then Hale called the plan “a waste of good stone” and "
            "left the room.\n"
        ) == [("a waste of good stone", "hale")]


def test_words_quoted_before_a_full_stop_are_not_the_next_sentences_person():
    assert quotations("The plan was called “a waste of good stone”. Hale laughed at it.\n") == []
