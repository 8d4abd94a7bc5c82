"""The reading extractor's rules, each on a few sentences written for it (not on the essays
it was developed with): what is a quotation, whose it is, and what is never inherited."""

from __future__ import annotations

import time

import pytest

from bot.core.extract import formats
from bot.core.extract.formats import ReadingError
from bot.core.extract.reading import propose_passages


def quotations(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(text, speaker, work, page, via) of each proposed quotation."""
    return [
        (p.text, p.speaker_name, p.work_title, p.page, p.via_name)
        for p in propose_passages(text, author="The Essayist")
        if p.kind == "quotation"
    ]


def test_pages_in_every_common_form():
    found = quotations(
        'Ada Merrow wrote: "Books must travel or they rot on the shelf" (p. 12). Later Merrow '
        'wrote: "Nobody owns a sentence once it is read aloud" (pp. 12–14). Tobias Renn '
        'replied, "The parish owns the shelf and the kettle both" (page 7).'
    )
    assert [(speaker, page) for _, speaker, _, page, _ in found] == [
        ("Ada Merrow", "12"),
        ("Ada Merrow", "12-14"),
        ("Tobias Renn", "7"),
    ]


def test_a_citation_is_never_inherited_by_the_next_quotation():
    found = quotations(
        'Ada Merrow wrote in The Long Shelf: "Books must travel or they rot on the shelf" '
        '(p. 12).\n\nTobias Renn disagreed: "The parish owns the shelf and the kettle both."'
    )
    assert found[0][1:] == ("Ada Merrow", "The Long Shelf", "12", None)
    assert found[1][1:] == ("Tobias Renn", None, None, None)


SAID = 'Ada Merrow wrote: "Books must travel or they rot."'
NOTE = "Merrow, The Long Shelf, p. 3."


@pytest.mark.parametrize(
    "text",
    [
        f"{SAID}[^1]\n\n[^1]: {NOTE}",
        f"{SAID}²\n\nNotes\n\n² {NOTE}",
        f"{SAID}[2]\n\nNotes\n\n[2] {NOTE}",
        f"{SAID}<sup>2</sup>\n\n---\n\n<sup>2</sup> {NOTE}",
    ],
)
def test_footnotes_in_common_forms(text):
    assert quotations(text) == [
        ("Books must travel or they rot.", "Ada Merrow", "The Long Shelf", "3", None)
    ]


def test_block_quotations_indented_or_marked_and_over_several_paragraphs():
    indented = quotations(
        "As Ada Merrow put it:\n\n    Books must travel or they rot on the shelf,\n"
        "    and a shelf that rots takes the room with it.\n\nThat is all."
    )
    words = "Books must travel or they rot on the shelf, and a shelf that rots takes the room"
    assert " ".join(indented[0][0].split()) == words + " with it."
    marked = quotations("Merrow wrote:\n\n> Books must travel.\n> Shelves must not.\n")
    assert [(t.replace("> ", "").split(), s) for t, s, *_ in marked] == [
        (["Books", "must", "travel.", "Shelves", "must", "not."], "Merrow")
    ]
    reopened = quotations(
        "Ada Merrow wrote:\n\n“Books must travel or they rot on the shelf.\n\n"
        "“A shelf that rots takes the room with it.”\n\nThat is all she said about it."
    )
    assert len(reopened) == 1 and reopened[0][1] == "Ada Merrow"
    assert reopened[0][0].endswith("takes the room with it.")


@pytest.mark.parametrize(
    ("marks", "text"),
    [
        ("curly", "Ada Merrow wrote: “Books must travel or they rot on the shelf.”"),
        ("straight", 'Ada Merrow wrote: "Books must travel or they rot on the shelf."'),
        ("single", "Ada Merrow wrote: ‘Books must travel or they rot on the shelf.’ Renn didn't."),
        ("straight single", "Ada Merrow wrote: 'Books must travel or they rot on the shelf.'"),
        ("guillemets", "Ada Merrow wrote : « Books must travel or they rot on the shelf. »"),
    ],
)
def test_quotation_marks_of_every_kind(marks, text):
    assert quotations(text) == [
        ("Books must travel or they rot on the shelf.", "Ada Merrow", None, None, None)
    ]


def test_scare_quotes_titles_and_paraphrase_are_never_quotations():
    assert (
        quotations(
            "The so-called “free library” was neither. Ada Merrow called it “a trap”, and the "
            "“reading public” agreed. Her essay “On the Keeping of Shelves” was read widely; "
            "she wrote the poem “Song of the Empty Shelf” later. Merrow argued that books must "
            "travel or rot, and that a shelf is only as good as its borrowers."
        )
        == []
    )


def test_insertions_in_brackets_are_the_authors_and_sic_is_kept():
    [proposal] = [
        p
        for p in propose_passages(
            "Ada Merrow wrote: “It [the shelf] must travel, and [emphasis added] so must we "
            "[sic] all [...] together.”",
            author="The Essayist",
        )
        if p.kind == "quotation"
    ]
    # an omission mark is the essay author's too: the speaker never said "[...]"
    assert [proposal.text[a:b] for a, b in proposal.insertions] == [
        "[the shelf]",
        "[emphasis added]",
        "[...]",
    ]
    assert "[sic]" in proposal.text


def test_unnamed_speakers_pronouns_and_relays():
    assert (
        quotations("One keeper's wife wrote: “We kept the books in the oven when it rained.”")[0][1]
        == "One keeper's wife"
    )
    said = quotations(
        "Ada Merrow ran the shelf for years. “We kept the books in the oven when it rained,” "
        "she said."
    )
    assert said[0][1] == "Ada Merrow"
    relayed = quotations(
        "Ada Merrow put it simply: “Books must travel or they rot” (quoted in Hollis 1988, p. 41)."
    )
    assert relayed[0][1:] == ("Ada Merrow", None, "41", "Hollis")


def test_extraction_stops_at_its_time_budget():
    with pytest.raises(ReadingError) as caught:
        propose_passages(
            "Merrow wrote: “Books must travel.”\n\n" * 50, author="A", budget_seconds=0
        )
    assert caught.value.reason == formats.TOO_SLOW


def test_the_body_resumes_after_footnotes_at_the_foot_of_a_page():
    found = quotations(
        'Ada Merrow wrote: "Books must travel or they rot."<sup>1</sup>\n\n---\n\n'
        "<sup>1</sup> Merrow, The Long Shelf, p. 3.\n\n"
        "Tobias Renn answered her a year later: “The parish owns the shelf and the kettle.”"
    )
    assert [(speaker, page) for _, speaker, _, page, _ in found] == [
        ("Ada Merrow", "3"),
        ("Tobias Renn", None),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Its founder, Helga Marsh, set out its purpose in her first circular: "
            '"We meet to read aloud, and we do not meet to agree."',
            "Helga Marsh",
        ),
        (
            "The route was saved by a conductor, Wendell Okafor, who put his case in a letter "
            "to the committee: “A tram that stops for nobody carries nobody home.”",
            "Wendell Okafor",
        ),
        (
            "Our treasurer, Priya Lindqvist, summed up the year in one line: ‘We spent less "
            "on tea than on lamp oil, and read more.’",
            "Priya Lindqvist",
        ),
        (
            "The ferryman, Jonas de Vries, gave his answer at the landing: « Nobody crosses "
            "the river without a book in his coat. »",
            "Jonas de Vries",
        ),
        (
            "Rosa Achterberg set down the rule in the minute book: 'No member may keep a "
            "book past the second full moon.'",
            "Rosa Achterberg",
        ),
        (
            "Kofi Mensah-Adjei, the last lamplighter of the parish, kept a rule in his "
            "notebook: “Light the far lamps first, because the near ones light themselves.”",
            "Kofi Mensah-Adjei",
        ),
    ],
)
def test_a_speaker_named_before_a_colon_lead_in_without_a_speech_verb(text, speaker):
    [(_, found, work, page, via)] = quotations(text)
    assert (found, work, page, via) == (speaker, None, None, None)


def test_a_colon_lead_in_does_not_make_its_object_the_speaker():
    [found] = quotations(
        'The board sent Helga Marsh its answer: "No reading group may meet in the depot."'
    )
    assert found[1] != "Helga Marsh"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Its chairman replied that "the depot is for trams and not for the meetings of '
            'clubs" (Minutes of the Board, p. 12).',
            ("Its chairman", "Minutes of the Board", "12"),
        ),
        (
            "Her daughter answered that ‘the books were dry and the bread was not’ "
            "(Letters Home, p. 40).",
            ("Her daughter", "Letters Home", "40"),
        ),
        (
            "The bishop argued that «a library that lends on Sundays is a tavern with "
            "shelves» (Pastoral Letters, pp. 3–4).",
            ("The bishop", "Pastoral Letters", "3-4"),
        ),
    ],
)
def test_an_unnamed_speaker_replying_that_with_a_trailing_citation(text, expected):
    [proposal] = [p for p in propose_passages(text, author="The Essayist") if p.kind == "quotation"]
    assert (proposal.speaker_name, proposal.work_title, proposal.page) == expected
    assert proposal.unnamed and proposal.via_name is None


def test_said_that_with_scare_quotes_or_no_speaker_is_no_quotation():
    assert (
        quotations(
            'Its secretary said that the plan was "a little ambitious" and left it there. '
            'His view was that "nobody had asked the drivers anything" at all.'
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We have forty trees and one ladder," wrote Idris Pallant in the newsletter, '
            '"and every argument we have ever had began at its foot" (Orchard Newsletter, p. 3).',
            ("Idris Pallant", "Orchard Newsletter", "3", None),
        ),
        (
            "‘A kettle is a committee of one,’ Mabel Osei told the guild, ‘and the kettle "
            "always wins the vote’ (Guild Papers, p. 9).",
            ("Mabel Osei", "Guild Papers", "9", None),
        ),
        (
            "« Nobody reads alone in winter, » insisted Tomasz Wrona at the landing, « not "
            "even the keeper of a lighthouse. »",
            ("Tomasz Wrona", None, None, None),
        ),
    ],
)
def test_a_quotation_split_by_an_interrupter_is_the_speakers_in_both_halves(text, expected):
    found = quotations(text)
    assert len(found) == 2
    assert [attribution for _, *attribution in found] == [list(expected)] * 2


@pytest.mark.parametrize(
    ("text", "work"),
    [
        (
            "“We have forty trees and one ladder,” wrote Idris Pallant in the Orchard "
            "Newsletter, “and every argument we have ever had began at its foot.”",
            "Orchard Newsletter",
        ),
        (
            'Nell Sharrow wrote in the Quarry Gazette: "Stone remembers every hand that ever '
            'cut it."',
            "Quarry Gazette",
        ),
        (
            "In the Wharf Street Bulletin, Amos Tilley put it bluntly: ‘A lock is only as "
            "honest as its keeper.’",
            "Wharf Street Bulletin",
        ),
        ('Ada Merrow said in the Town Hall: "Books must travel or they rot on the shelf."', None),
        (
            "Ada Merrow wrote in the newsletter: « Books must travel or they rot on the shelf. »",
            None,
        ),
    ],
)
def test_a_periodical_named_in_the_lead_in_is_the_work_and_a_place_is_not(text, work):
    found = quotations(text)
    assert found and {(speaker, title, via) for _, speaker, title, _, via in found} == {
        (found[0][1], work, None)
    }
    assert found[0][1] is not None


def test_an_unnamed_speaker_named_in_apposition_is_named():
    [proposal] = [
        p
        for p in propose_passages(
            "Its chairman, Tobias Renn, replied that “the depot is for trams and not for the "
            "meetings of clubs” (Minutes of the Board, p. 12). The chairman sent Helga Marsh, "
            "his deputy, a note: “Close the depot before the winter comes.”",
            author="The Essayist",
        )
        if p.kind == "quotation" and p.text.startswith("the depot")
    ]
    assert (proposal.speaker_name, proposal.unnamed, proposal.work_title) == (
        "Tobias Renn",
        False,
        "Minutes of the Board",
    )


def test_a_chapter_after_a_works_cited_list_keeps_its_quotations():
    """A book of essays: each chapter ends with its own list; the next chapter's quotations
    are read as quotations, not as entries of the previous list."""
    found = quotations(
        "The Long Shelf\n\n"
        'Ada Merrow wrote: "Books must travel or they rot on the shelf" (Merrow 12).\n\n'
        "Works cited\n\n"
        "Merrow, Ada. The Long Shelf. Holt Green, 1931.\n\n"
        "The Kettle Years\n\n"
        'Tobias Renn replied in a letter: "The parish owns the shelf and the kettle both" '
        "(p. 7).\n\n"
        "References\n\n"
        "Renn, Tobias. Letters. Holt Green, 1933.\n\n"
        "Chapter Three\n\n"
        'As Ruth Hollis put it, "a lending shelf is an argument that never closes" (p. 44).'
    )
    assert [(words[:20], speaker, page) for words, speaker, _, page, _ in found] == [
        ("Books must travel or", "Ada Merrow", "12"),
        ("The parish owns the ", "Tobias Renn", "7"),
        ("a lending shelf is a", "Ruth Hollis", "44"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'She said "the shelf is open to everyone who asks" ' * 30_000,  # one line, many quotes
        ("He wrote “it never closes and never ends " + "and on " * 200_000),  # never closed
        ("A line of a book with single line breaks only.\n" * 40_000),
    ],
    ids=["quotes-on-one-line", "unclosed-mark", "single-newlines"],
)
def test_a_huge_paragraph_ends_within_the_time_budget(text):
    """A book-length text with no blank lines stops at its budget (a polite 'too slow'), never
    runs on in its worker thread after the moderator was told it failed."""
    started = time.process_time()  # CPU time: a busy machine does not make it fail
    try:
        propose_passages(text, author="The Essayist", budget_seconds=0.5)
    except ReadingError as error:
        assert error.reason == formats.TOO_SLOW
    assert time.process_time() - started < 10  # the budget plus one step


def test_a_quotation_opened_mid_paragraph_runs_on_over_reopened_paragraphs():
    """Typesetters reopen a long quotation at each paragraph and close it only at the end; list
    items with no marks may stand between. One passage, with the citation at its end."""
    text = (
        "Of the ferry, Wren Caddock said in 1911: “The boat is older than the pier.\n\n"
        "“We have three rules on board:\n\n"
        "1) Nobody reads aloud after dark.\n\n"
        "2) Every book comes back dry.\n\n"
        "“And the captain lends nothing.” (Ferry Sermons by Wren Caddock, 3 May 1911)\n\n"
        "The pier was pulled down in 1950, long after the ferry had gone."
    )
    [(words, speaker, work, page, via)] = quotations(text)
    assert words.startswith("The boat is older") and words.endswith("lends nothing.")
    assert "Every book comes back dry." in words
    assert (speaker, work, page, via) == ("Wren Caddock", "Ferry Sermons", None, None)


def test_a_paragraph_reopened_after_a_citation_is_not_given_that_citation():
    found = quotations(
        "Wren Caddock wrote: “The boat is older than the pier.” (Caddock, Ferry Sermons, p12)"
        "\n\n“The captain lends nothing to anyone who cannot swim.\n\n"
        "“And the cook lends only to the captain.” (Harbour Notes by Ida Fenn, 1920)"
    )
    assert [(speaker, work, page) for _, speaker, work, page, _ in found] == [
        ("Wren Caddock", "Ferry Sermons", "12"),
        ("Ida Fenn", "Harbour Notes", None),
    ]


@pytest.mark.parametrize(
    ("citation", "page"),
    [("(p12)", "12"), ("(pp12-14)", "12-14"), ("(Caddock, Ferry Sermons, pp212–3)", "212-3")],
)
def test_pages_written_without_a_full_stop(citation, page):
    [found] = quotations(f"Wren Caddock wrote: “The boat is older than the pier.” {citation}")
    assert found[3] == page


def test_an_issue_number_is_not_a_page_and_a_short_footnoted_phrase_is_a_quotation():
    found = quotations(
        "Critics called the ferry a “floating reading room”<sup>1</sup> and worse.\n\n"
        "---\n\n<sup>1</sup> Harbour Weekly, 1931, No. 14."
    )
    assert found == [("floating reading room", None, "Harbour Weekly", None, None)]


def test_a_remark_in_parentheses_is_no_citation_for_quoted_words():
    assert (
        quotations(
            "Critics called it ‘fussy’ and worse (the captain was neither here nor there!) in "
            "every paper."
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Said Wren Caddock in 1911: “The boat is older than the pier.”", "Wren Caddock"),
        (
            "Wren Caddock, in his long interview with Ida Fenn, of the Harbour Weekly on 2 May, "
            "said: “The boat is older than the pier.”",
            "Wren Caddock",
        ),
        (
            "The old harbour historian Ida Fenn gave an example of the captain's temper:"
            "\n\n“He threw the lending book into the sea and then the borrower after it.”",
            "Ida Fenn",
        ),
        (
            "In the same sermon, brother Wren Caddock turned to the cook: “The galley is no "
            "library, whatever the cook believes.”",
            "Wren Caddock",
        ),
    ],
)
def test_the_subject_of_a_lead_in_speaks_not_a_name_inside_its_interruption(text, speaker):
    [found] = quotations(text)
    assert found[1] == speaker


def test_a_name_after_a_preposition_in_an_interruption_is_never_the_speaker():
    [found] = quotations(
        "Caddock, in his long interview with Ida Fenn, of the Harbour Weekly on 2 May, said: "
        "“The boat is older than the pier.”"
    )
    assert found[1] != "Ida Fenn"


def test_a_title_named_after_its_kind_is_the_work_never_the_speaker():
    [found] = quotations(
        "Ida Fenn, in her careful study Harbour Lights – A History referred to “the long quarrel "
        "between the ferry and the pier, which nobody ever won” (p. 41)."
    )
    assert found[1:] == ("Ida Fenn", "Harbour Lights – A History", "41", None)


def test_words_a_writer_quotes_are_the_quoted_persons_relayed_by_the_writer():
    found = quotations(
        "Ida Fenn quoted a Mr Tobias Wake, describing the ferry: “It leaks at both ends and "
        "in the middle.”\n\nIda Fenn also cited a deckhand, interviewed in 1950, as saying: "
        "“Nobody read on that boat but the captain.”"
    )
    assert [(speaker, via) for _, speaker, _, _, via in found] == [
        ("Mr Tobias Wake", "Ida Fenn"),
        ("a deckhand", "Ida Fenn"),
    ]


def test_he_stands_for_someone_named_before_it_never_after_it():
    text = (
        "Wren Caddock kept the ferry's log for forty years. He cited a deckhand, interviewed by "
        "Ida Fenn in 1950, as saying: “Nobody read on that boat but the captain.”"
    )
    [proposal] = [p for p in propose_passages(text, author="The Essayist") if p.kind == "quotation"]
    assert (proposal.speaker_name, proposal.unnamed, proposal.via_name) == (
        "a deckhand",
        True,
        "Wren Caddock",
    )


def test_a_text_that_continues_does_not_pass_on_the_previous_speaker():
    found = quotations(
        "In Ida Fenn's novel Harbour Lights the cook, Mave, speaks first: “The galley is no "
        "library, whatever the captain believes.”\n\nThe narrative continues: “The ferry "
        "sailed at dawn with nobody reading on deck.”"
    )
    assert found[1][1] is None and found[1][2] == "Harbour Lights"


def test_a_page_break_inside_a_quotation_is_left_out_of_it():
    """A scanned chapter: page numbers and running heads cut a paragraph (and a quotation) in
    two; the paragraph goes on in small letters on the next page."""
    text = (
        "THE FERRY BOOK\n\n"
        "Wren Caddock kept the ferry's log for forty years. Of the cook he wrote: ‘She reads\n"
        "nothing but the tide tables, and she reads them\n\n"
        "41\n\n"
        "THE FERRY BOOK\n\n"
        "aloud to the passengers, whether they ask or not.’3 Nobody asked twice.\n\n"
        "NOTES\n\n"
        "3. W. Caddock, Ferry Log (Ketterby, 1930), p. 41."
    )
    [(words, speaker, work, page, via)] = quotations(text)
    assert " ".join(words.split()) == (
        "She reads nothing but the tide tables, and she reads them aloud to the passengers, "
        "whether they ask or not."
    )
    assert (speaker, work, page, via) == ("Wren Caddock", "Ferry Log", "41", None)


def test_a_chapter_after_a_references_list_with_a_numbered_heading_is_read():
    found = quotations(
        "I. The Pier\n\nIda Fenn wrote: “The pier is older than the town.” (Fenn 1990, 3)\n\n"
        "References\n\nFenn, Ida. 1990. Harbour Lights. Ketterby: Orchard Press.\n\n"
        "II. The Ferry\n\nWren Caddock answered her: “The ferry is older than the pier, and "
        "so am I.”[1]\n\nNotes\n\n[1] Wren Caddock, Ferry Log, p. 9."
    )
    assert [(speaker, work, page) for _, speaker, work, page, _ in found] == [
        ("Ida Fenn", "Harbour Lights", "3"),
        ("Wren Caddock", "Ferry Log", "9"),
    ]


def test_names_from_notes_and_honorifics_resolve_to_the_person_meant():
    text = (
        "The vicar, the Reverend Ambrose Pell, preached against the ferry. He had the sermon "
        "printed: ‘A boat that sails on Sunday is a tavern that floats.’1\n\n"
        "Pell's cousin Wilfred Pell disagreed. Pell calls the sermon ‘a sermon about a "
        "boat that nobody had boarded’.2\n\n"
        "NOTES\n\n1. A. Pell, The Floating Tavern (Ketterby, 1889), p. 7.\n\n"
        "2. Wilfred Pell, Ferry Days, p. 12."
    )
    assert [(speaker, work, page) for _, speaker, work, page, _ in quotations(text)] == [
        ("Ambrose Pell", "The Floating Tavern", "7"),
        ("Wilfred Pell", "Ferry Days", "12"),
    ]


def test_unnamed_speakers_are_noun_phrases_and_a_possessive_lead_in_is_the_last_person():
    text = (
        "Ida Fenn wrote the only history of the ferry. Her verdict is kind to everyone: "
        "“Nobody drowned, and nobody read.”\n\n"
        "One of the deckhands, interviewed in 1950, remembered the crossings as cold: “We "
        "read the tide tables because there was nothing else.”\n\n"
        "It survives because a later historian took the trouble to write it down: “The "
        "captain lent nothing but advice.”"
    )
    found = [
        (p.speaker_name, p.unnamed)
        for p in propose_passages(text, author="The Essayist")
        if p.kind == "quotation"
    ]
    assert found == [("Ida Fenn", False), ("One of the deckhands", True), (None, False)]


def test_numbered_references_in_square_brackets_with_pages():
    text = (
        "The ferry's rules were printed by its owner, Ida Fenn, and the first rule [1, p. 2] is "
        "short: “No reading aloud after dark.” The booklet asks for quiet “in the cabin and on "
        "the deck alike” [1, p. 5]. One deckhand of the 1950s, who asked Tobias Wake not to name "
        "him, remembered the crossings as “cold and very quiet” [2, p. 71]. Her article, “The "
        "Quiet Ferry”, is sometimes cited.\n\n"
        "References\n\n"
        "[1] Fenn, I. (1925) Rules for the Ferry. Ketterby: Orchard Press.\n\n"
        "[2] Wake, T. (ed.) (1981) Ferry Voices: An Oral History. Ketterby: Civic Press."
    )
    assert [(speaker, work, page, via) for _, speaker, work, page, via in quotations(text)] == [
        ("Ida Fenn", "Rules for the Ferry", "2", None),
        ("Ida Fenn", "Rules for the Ferry", "5", None),
        ("One deckhand of the 1950s", None, "71", "Tobias Wake"),
    ]


def test_words_a_speaker_gives_to_someone_named_are_a_passage_of_their_own():
    text = (
        "Ida Fenn wrote: “As Wren Caddock said, ‘Nobody reads on a ferry that leaks.’ The cook "
        "agreed, as cooks do. (Laughter.) Nobody said ‘so much’ again, and one deckhand said "
        "‘not on my watch’ to everyone.” (Harbour Lights by Ida Fenn, p. 12)"
    )
    found = [
        (p.text, p.speaker_name, p.work_title, p.page, p.via_name)
        for p in propose_passages(text, author="The Essayist")
        if p.kind == "quotation"
    ]
    assert found[0][0].startswith("As Wren Caddock said") and found[0][0].endswith("everyone.")
    assert found[0][1:] == ("Ida Fenn", "Harbour Lights", "12", None)
    # the deckhand is nobody named, "so much" a scare quote, "(Laughter.)" no citation
    assert found[1:] == [
        ("Nobody reads on a ferry that leaks.", "Wren Caddock", "Harbour Lights", "12", "Ida Fenn")
    ]


def test_a_book_that_reprints_words_relays_them_and_a_kin_name_takes_she():
    found = quotations(
        "The ferry's first cook, Mave Dunlin, kept a notebook that Wake reprints in full; its "
        "best line is “Never feed a passenger who reads at table” [1, p. 74]. Wren Caddock's "
        "wife, Ada, is the one voice of the family that survives. “He loved the ferry more than "
        "the house,” she told a visitor.\n\n"
        "References\n\n[1] Wake, T. (1981) Ferry Voices. Ketterby: Civic Press."
    )
    assert [(speaker, page, via) for _, speaker, _, page, via in found] == [
        ("Mave Dunlin", "74", "T. Wake"),
        ("Ada", None, None),
    ]


def test_a_reference_closing_the_sentence_and_an_ibid_in_the_text_cite_the_words():
    found = quotations(
        "Wren Caddock wrote a memoir. “The ferry was quicker than the bridge, and it never let "
        "you forget it,” he wrote [1, p. 112]. Later he walks the empty deck: “Nobody was left "
        "to say goodbye to” (ibid., p. 140).\n\n"
        "References\n\n[1] Caddock, W. (1975) A Life on the Ferry. Ketterby: Civic Press."
    )
    assert [(speaker, work, page) for _, speaker, work, page, _ in found] == [
        ("Wren Caddock", "A Life on the Ferry", "112"),
        ("Wren Caddock", "A Life on the Ferry", "140"),
    ]


def test_a_writer_who_quoted_things_not_people_is_the_speaker():
    [found] = quotations(
        "Ida Fenn, in her careful study Harbour Lights, quoted several log entries like this:\n\n"
        "“Fog at six. The ferry sailed anyway, and nobody read on deck.” (p. 17)"
    )
    assert found[1:] == ("Ida Fenn", "Harbour Lights", "17", None)


def test_a_sentence_about_someones_document_introduces_the_quotation_after_it():
    found = quotations(
        "The cook in those years was Mave Dunlin, who kept the galley log. Her log for the storm "
        "of 1881 has one line that is not about the food. “Soup served at noon though the sea "
        "came into the galley twice.”[1] The ferry's printed rules are stricter. The first rule "
        "puts it in one sentence: “No soup is to be served after dark.”[2]\n\n"
        "Notes\n\n[1] Mave Dunlin, Galley Log, p. 3.\n\n"
        "[2] Commissioners of the Ferry, Instructions to Cooks (Ketterby, 1870), p. 1."
    )
    assert [(speaker, work, page, via) for _, speaker, work, page, via in found] == [
        ("Mave Dunlin", "Galley Log", "3", None),
        ("Commissioners of the Ferry", "Instructions to Cooks", "1", None),
    ]


def test_a_name_set_across_a_line_end_or_a_justified_line_is_one_name():
    """A typeset PDF's text layer widens spaces and breaks lines inside names: the proposed
    speaker, work and relay read as a moderator would type them."""
    found = quotations(
        "The  engineer  Harriet\nColwell wrote in *The  Weir\nBook*: “The river keeps its own"
        " accounts and never forgets a debt.” (p. 40)\n\nOrla Benn, quoted in\nMargaret  Ives,"
        " put it more bluntly: “Water always wins the argument in the end.”"
    )
    assert [(speaker, work, via) for _, speaker, work, _, via in found] == [
        ("Harriet Colwell", "The Weir Book", None),
        ("Orla Benn", None, "Margaret Ives"),
    ]
