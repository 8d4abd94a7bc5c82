"""A document may say by its kind what its entries are (quotebooks25): in a book of quotations
(a calendar of sayings, an anthology of members' words, a page of memorable words, a list of
epigraphs) each entry is a quotation though printed without quotation marks. Its words are the
entry's text, not its number and not its source line; its speaker is the name the source line
opens on, or the person the heading over the entries names; the source line gives the work, the
page and the relay. A text that does not say it collects quotations, and a list whose items have
no source line, give no quotations from their items. Invented sentences throughout."""

from __future__ import annotations

from bot.core.extract import formats
from tests.fixtures.readings import quotations


def _read(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return [(q.text, q.speaker_name, q.work_title, q.page, q.via_name) for q in quotations(text)]


CALENDAR = (
    "THE RINGERS' CALENDAR OF SAYINGS\n"
    "A saying for each week of the ringing year, gathered by the tower captain\n\n"
    "WEEK ONE\n\n"
    "A bell rung badly is still heard by the whole parish.\n"
    "— Thomas Abney, Tower Notes (1911), p. 14\n\n"
    "WEEK TWO\n\n"
    "Count the rope, not the people watching you.\n"
    "— Edna Byrne, in conversation with the tower captain, 1988\n\n"
    "WEEK THREE\n\n"
    "The tenor forgives everything except being late.\n"
    "— Walter Greaves, quoted in Mary Lund, Ringing in the Dales (1954), p. 30\n"
)


def test_a_calendar_of_sayings_gives_each_entry_to_the_name_under_it():
    assert _read(CALENDAR) == [
        (
            "A bell rung badly is still heard by the whole parish.",
            "Thomas Abney",
            "Tower Notes",
            "14",
            None,
        ),
        ("Count the rope, not the people watching you.", "Edna Byrne", None, None, None),
        (
            "The tenor forgives everything except being late.",
            "Walter Greaves",
            None,
            "30",
            "Mary Lund",
        ),
    ]


def test_the_same_entries_in_a_text_that_never_says_it_collects_sayings_are_noquotations():
    # a tower's weekly duty notes signed by whoever wrote them up: nothing says they are sayings
    notes = CALENDAR.replace("CALENDAR OF SAYINGS", "DUTY NOTES").replace(
        "A saying for each week of the ringing year, gathered", "Notes for each week, kept"
    )
    assert quotations(notes) == []


HEADED = (
    "MEMORABLE WORDS OF THE HOLLINFORD FIELD CLUB\n\n"
    "The entries are printed without quotation marks, under the member who said or wrote "
    "them; the line after each says where.\n\n"
    "BRAITHWAITE, Esther (1902-1990), botanist and club secretary\n\n"
    "1. A wet June teaches more botany than a dry book.\n"
    "address to the annual meeting, 1951; printed in The Hollinford Naturalist, no. 12, p. 3\n\n"
    "2. Never pick the last one.\n"
    "her field notebook, 4 May 1963; quoted in John Oduya, A Club History (1999), p. 71\n\n"
    "CRAVEN, Matthew (1930-2012), schoolmaster\n\n"
    "1. Every bog is a library that will not lend.\n"
    "Notes from the Moss (Settle, 1977), p. 88\n"
)


def test_entries_under_a_members_heading_are_that_members_words_by_their_source_line():
    assert _read(HEADED) == [
        (
            "A wet June teaches more botany than a dry book.",
            "Esther Braithwaite",
            "The Hollinford Naturalist",
            "3",
            None,
        ),
        ("Never pick the last one.", "Esther Braithwaite", None, "71", "John Oduya"),
        (
            "Every bog is a library that will not lend.",
            "Matthew Craven",
            "Notes from the Moss",
            "88",
            None,
        ),
    ]


def test_a_note_giving_the_usual_misquotation_is_not_the_words():
    text = HEADED.replace(
        "1. Every bog is a library that will not lend.\n",
        "1.* Every bog is a library that will not lend.\n",
    ) + ('* Often given as "a bog is a library with no lending", which he disowned.\n')
    read = _read(text)
    assert [r[0] for r in read][-1] == "Every bog is a library that will not lend."
    assert not any("no lending" in r[0] for r in read)


def test_a_misquotation_in_running_prose_is_not_proposed_but_the_real_words_are():
    text = (
        "The vicar's farewell is usually quoted as “keep the bells and sell the roof”. The "
        "parish magazine for May 1952 prints what he said: “Keep the bells ringing, and mend "
        "the roof when you can.”\n"
    )
    assert [q.text for q in quotations(text)] == [
        "Keep the bells ringing, and mend the roof when you can."
    ]


ANTHOLOGY = (
    "<h1>Sayings of the Kettlewell Lifeboat Crews</h1>"
    "<p>An anthology of what our crews have said, one saying to an item, with who said it "
    "under it.</p>"
    "<ul>"
    "<li><p>The sea does not read the forecast.</p>"
    "<p>Joe Marsden, coxswain, on <i>Coast Watch</i>, Radio Whitby, 1994</p></li>"
    "<li><p>You launch for the ones who would have launched for you.</p>"
    "<p>Ivy Castle, head launcher, station log, 3 March 1962, p. 40</p></li>"
    "<li><p>A dry crew is a crew that stayed ashore.</p>"
    "<p>Peter Wynn, mechanic, as reported by the <i>Whitby Gazette</i>, 9 July 1971, "
    "p. 5</p></li>"
    "</ul>"
)


def test_an_html_list_of_sayings_each_item_a_saying_and_its_source():
    text = formats.html_to_text(ANTHOLOGY)
    assert "The sea does not read the forecast.\nJoe Marsden" in text
    read = [(q.text, q.speaker_name, q.page, q.via_name) for q in quotations(text)]
    assert read == [
        ("The sea does not read the forecast.", "Joe Marsden", None, None),
        ("You launch for the ones who would have launched for you.", "Ivy Castle", "40", None),
        ("A dry crew is a crew that stayed ashore.", "Peter Wynn", "5", "Whitby Gazette"),
    ]


def test_a_list_items_paragraphs_stand_on_lines_of_their_own():
    text = formats.html_to_text("<ol><li><p>Bring a torch.</p><p>And spare socks.</p></li></ol>")
    assert text == "1. Bring a torch.\nAnd spare socks.\n"


def test_a_guide_to_printing_quotations_gives_no_quotations_from_its_numbered_rules():
    text = (
        "HOW THE NEWSLETTER PRINTS QUOTATIONS\n\n"
        "1. Every quotation is printed exactly as it was said or written.\n"
        "2. The speaker's name follows the words after a dash.\n"
        "3. Words we add go in square brackets.\n"
        "4. A quotation without a source is left out.\n\n"
        "Further reading\n\n"
        "- Mary Lund, Ringing in the Dales (1954).\n"
        "- Thomas Abney, Tower Notes (1911).\n"
    )
    assert quotations(text) == []


def test_minutes_with_each_item_signed_by_its_mover_give_noquotations():
    text = (
        "MINUTES OF THE ALLOTMENT COMMITTEE, 14 MARCH 2026\n\n"
        "1. The water troughs on the lower field will be mended before Easter.\n"
        "Ann Lee, chair, 14 March 2026\n\n"
        "2. Bonfires are allowed on Sundays after four o'clock only.\n"
        "Peter Shaw, secretary, 14 March 2026\n\n"
        "3. The gate code changes on the first of each month.\n"
        "Ann Lee, chair, 14 March 2026\n"
    )
    assert quotations(text) == []
