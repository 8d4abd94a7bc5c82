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


def test_the_same_entries_in_a_text_that_never_says_it_collects_sayings_are_no_quotations():
    # a tower's weekly duty notes, each with the line of who wrote it up under it (no dash
    # signing it): nothing says they are sayings
    renamed = CALENDAR.replace("CALENDAR OF SAYINGS", "DUTY NOTES").replace(
        "A saying for each week of the ringing year, gathered", "Notes for each week, kept"
    )
    assert quotations(renamed.replace("— ", "")) == []
    # a dash signing each is a signature under the words, in any text
    assert [q.speaker_name for q in quotations(renamed)] == [
        "Thomas Abney",
        "Edna Byrne",
        "Walter Greaves",
    ]


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


def test_minutes_with_each_item_signed_by_its_mover_give_no_quotations():
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


NEWSLETTER = (
    "# Garth Road Allotments: March Newsletter\n\n"
    "The spring show is on 12 April. Entries close a week before.\n\n"
    "## Overheard on the plots\n\n"
    "- Slugs are just snails that gave up on owning property.\n"
    "  — Dennis Hume, plot 14\n"
    "- I grow rhubarb because it grows whether I do anything or not.\n"
    "  — Priya Mistry, at the seed swap, 2 March 2026\n\n"
    "## Jobs for the month\n\n"
    "1. Sow broad beans under cover.\n"
    "2. Lift and divide the rhubarb crowns.\n"
    "3. Mend the water butt by the top gate.\n"
)


def test_a_section_headed_as_overheard_sayings_gives_its_entries_and_nothing_else():
    assert _read(NEWSLETTER) == [
        ("Slugs are just snails that gave up on owning property.", "Dennis Hume", None, None, None),
        (
            "I grow rhubarb because it grows whether I do anything or not.",
            "Priya Mistry",
            None,
            None,
            None,
        ),
    ]


SOCIETY = (
    "# In Their Own Words\n\n"
    "*Sayings of the Ashfold Choral Society's members, printed without quotation marks under "
    "each member's name, the source beneath.*\n\n"
    "## Gertrude Nkemelu\n\n"
    "- Sing the rests. The audience hears them too.  \n"
    "  Presidential address, annual dinner, 1984\n"
    "- A choir is forty people agreeing to breathe at once.  \n"
    "  *speaking to the Ashfold Courier, 3 May 1990, p. 7*\n"
    "- The basses are always late  \n"
    "  and always sure they were on time.  \n"
    "  *Programme Notes and Other Verses (Ashfold, 1995), p. 12*\n"
    "- Never apologise for a loud forte.  \n"
    "  — Gertrude Nkemelu\n"
    "- Sopranos are weather.  \n"
    "  her letter to members in the *Ashfold Choral Newsletter*, June 1988, p. 2\n"
)


def test_entries_under_a_name_alone_take_it_whatever_their_source_line_opens_on():
    assert _read(SOCIETY) == [
        ("Sing the rests. The audience hears them too.", "Gertrude Nkemelu", None, None, None),
        # words spoken to a paper: the paper passes them on, at its page
        (
            "A choir is forty people agreeing to breathe at once.",
            "Gertrude Nkemelu",
            None,
            "7",
            "Ashfold Courier",
        ),
        # a saying set on two lines: the lines are the words, the third line their source
        (
            "The basses are always late\nand always sure they were on time.",
            "Gertrude Nkemelu",
            "Programme Notes and Other Verses",
            "12",
            None,
        ),
        ("Never apologise for a loud forte.", "Gertrude Nkemelu", None, None, None),
        # a letter written for the newsletter: the newsletter is its work
        (
            "Sopranos are weather.",
            "Gertrude Nkemelu",
            "Ashfold Choral Newsletter",
            "2",
            None,
        ),
    ]


def test_a_block_quotation_in_a_book_of_sayings_takes_the_credit_line_under_it():
    text = (
        "THE BEST OF THE YEAR: QUOTES FROM THE HARBOUR\n\n"
        "1. The tide doesn't care about the timetable. Nor do I.\n"
        "Sean Fitch, ferryman, on the cancelled Easter sailings, 2025\n\n"
        "2. We painted the lighthouse and the gulls reviewed it.\n"
        "Ada Morrow, harbour trust volunteer, 18 June 2025\n\n"
        "3. Every boat in this harbour is older than its owner.\n"
        "Tom Clegg, boatyard foreman, 2 August 2025\n\n"
        "Our quote of the year:\n\n"
        "    You can't sell a view. You can only spoil one.\n\n"
        "Mina Shah, at the harbour plan meeting, 9 October\n"
    )
    assert [q.speaker_name for q in quotations(text)] == [
        "Sean Fitch",
        "Ada Morrow",
        "Tom Clegg",
        "Mina Shah",
    ]


def test_a_source_in_brackets_closing_each_saying_names_its_maker():
    text = (
        "A POCKET BOOK OF GARDEN SAYINGS\n\n"
        "Weeds are only flowers with bad timing. (Hester Dunn, Border Notes, 1962, p. 8)\n\n"
        "Water the roots and forgive the leaves. (Amos Tate, speaking to the Horticultural "
        "Society, 1930)\n\n"
        "Dig in autumn and boast in spring. (Ruth Okafor, The Allotment Year (1988), p. 41)\n"
    )
    assert [(q.text, q.speaker_name, q.page) for q in quotations(text)] == [
        ("Weeds are only flowers with bad timing.", "Hester Dunn", "8"),
        ("Water the roots and forgive the leaves.", "Amos Tate", None),
        ("Dig in autumn and boast in spring.", "Ruth Okafor", "41"),
    ]


def test_a_paragraph_closing_on_a_bracketed_name_in_an_ordinary_essay_is_no_saying():
    text = (
        "The garden was laid out in 1890. Its beds were replanted after the war. (Hester Dunn, "
        "Border Notes, 1962, p. 8)\n\n"
        "The glasshouse went in 1972. Nobody rebuilt it. (Amos Tate, Garden History, 1990)\n\n"
        "The orchard is still there. Its pears are still hard. (Ruth Okafor, The Allotment "
        "Year (1988), p. 41)\n"
    )
    assert quotations(text) == []


def test_a_heading_with_a_name_dates_and_a_role_names_whom_that_role_means():
    text = (
        "Our founder had a motto for every first rehearsal: “Sing it badly, but sing it "
        "loud, and we will fix the badly later.”\n\n"
        "## Ellen Marsh (1890–1961), founder\n\n"
        "She ran the choir from her front room for eleven years.\n"
    )
    assert [q.speaker_name for q in quotations(text)] == ["Ellen Marsh"]


def test_a_definition_list_of_sayings_under_each_crew_members_name():
    html = (
        "<h1>Memorable Words of the Fenby Lifeboat Station</h1>"
        "<p>Sayings of our crews over a hundred years, each under the crew member who said "
        "it.</p>"
        "<dl>"
        "<dt>Amos Kettle (1840–1911), coxswain</dt>"
        "<dd>A lifeboat is only as brave as its slowest oar.</dd>"
        "<dd>address to the station committee, 1899; reported in the <i>Fenby Mercury</i>, "
        "4 March 1899, p. 2</dd>"
        "<dt>Lily Brennan (b. 1960), tractor driver</dt>"
        "<dd>The tractor has launched more boats than I have had hot dinners.</dd>"
        "<dd>speech at the station's 150th anniversary, 14 June 2015</dd>"
        "<dd>Nobody ever asks whether I can reverse a tractor into the sea.</dd>"
        "<dd>her letter in the <i>Fenby Mercury</i>, 2 May 2016, p. 9</dd>"
        "</dl>"
    )
    read = _read(formats.html_reading(html).marked)
    assert [(r[1], r[2], r[3], r[4]) for r in read] == [
        ("Amos Kettle", None, "2", "Fenby Mercury"),
        ("Lily Brennan", None, None, None),
        ("Lily Brennan", "Fenby Mercury", "9", None),
    ]


def test_an_epigraph_signed_on_the_line_under_it_is_the_signers():
    text = (
        "CHAPTER ONE\n\n"
        "The sea has no memory, and that is its mercy.\n"
        "— Ann Lee, Harbour Songs (1931)\n\n"
        "The harbour was built in 1820. It silted up within ten years.\n"
    )
    assert _read(text) == [
        ("The sea has no memory, and that is its mercy.", "Ann Lee", "Harbour Songs", None, None)
    ]
    # the text's own author signing a paragraph of her own: no quotation
    assert quotations(text, author="Ann Lee") == []
