"""Words and the line that names their source belong together, whichever comes first and
however the line is set (sources24): a credit under the words that opens on their maker's
name (a campaign sheet's claim and reply, a pull quote's credit, an exam paper's extract), a
line opening on the kind of thing quoted ("Placard posted in the market by …", "Telegram
from …", "Broadcast by …"), above or under the block, a maker named after a colon ("From a
guide to the abbey: Walter Knapp, *Stones of Rievaulx* …"), a "Source:" line, a line in
parentheses, a dash line set in italics. A source line under one block is never the caption
of the next. Invented sentences: a bypass campaign, a weavers' exhibition, a lifeboat
station's telegrams, an abbey guide, a canal study, a glassworks feature."""

from __future__ import annotations

from bot.core.extract.formats import html_reading, html_to_text
from bot.core.extract.reading import Proposal, propose_passages
from bot.core.extract.reading.captions import read_caption, read_credit
from bot.core.extract.reading.model import Cite


def _quotations(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="Page Editor") if p.kind == "quotation"]


def _attributions(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(q.speaker_name, q.work_title, q.page, q.via_name) for q in _quotations(text)]


CAMPAIGN_SHEET = (
    "# The bypass: what they say, and what we say\n\n"
    "Our group has answered every claim made for the new road. Here are two of them.\n\n"
    "What they say\n\n"
    "> “The new bypass will cut the journey from Skipton to the coast by half an hour, and "
    "every village on the old road will be quieter for it.”\n\n"
    "Sir Edmund Parr, interview on *Dales Morning*, Radio Aire, 9 January 2025\n\n"
    "What we say\n\n"
    "> “Every bypass built in this county since 1990 has filled with traffic within five "
    "years, and the villages were no quieter afterwards.”\n\n"
    "Stop the Bypass Group, campaign sheet, February 2025, p. 2\n"
)


def test_a_credit_under_the_words_names_their_maker_with_the_programme_and_page():
    assert _attributions(CAMPAIGN_SHEET) == [
        ("Edmund Parr", "Dales Morning", None, None),
        ("Stop the Bypass Group", None, "2", None),
    ]


def test_a_credit_that_says_a_paper_reported_the_words_gives_the_paper_as_relay():
    text = (
        "Paper 1, Section A: the Corn Laws in Dunmere\n\n"
        "Extract 1\n\n"
        "    “Cheap bread is a fine thing for the weaver until the weaver finds his wage has "
        "fallen with it, and then he will wish the duty back.”\n\n"
        "Mr Josiah Crump, speaking at the Corn Exchange, 4 May 1843, as reported in the "
        "Dunmere Mercury, 6 May 1843, p. 3.\n\n"
        "Extract 2\n\n"
        "    “The duty is a tax on hunger, and the hungry pay it first.”\n\n"
        "Ellen Garside, letter to the *Northern Star*, 20 May 1843\n"
    )
    assert _attributions(text) == [
        ("Mr Josiah Crump", None, "3", "Dunmere Mercury"),
        ("Ellen Garside", "Northern Star", None, None),
    ]


def test_a_line_opening_on_the_kind_of_thing_quoted_names_its_maker_under_or_above():
    under = (
        "The weavers’ room at the museum shows two of the documents that survive from the "
        "strike.\n\n"
        "    “No weaver shall take a piece from Messrs Haigh at the reduced price while any "
        "member of this Union is out.”\n\n"
        "Placard posted in the market place by the Saddleworth Weavers’ Union, 1829.\n\n"
        "    “Be patient, and the masters will see reason before the winter, for they cannot "
        "eat their looms.”\n\n"
        "Sermon preached by the Revd Amos Platt in Zion Chapel, Delph, 1829.\n"
    )
    # the placard's line is under the first block: never the sermon's caption
    assert _attributions(under) == [
        ("Saddleworth Weavers’ Union", None, None, None),
        ("Amos Platt", None, None, None),
    ]
    above = (
        "The station keeps the telegrams of the night the *Good Intent* went down.\n\n"
        "Telegram from Coxswain Ruth Okoro to the harbour office, 3 May 1944\n\n"
        "    “Launched 0210. Crew of nine taken off. Returning under oars, engine gone.”\n\n"
        "The harbour office replied within the hour.\n"
    )
    assert _attributions(above) == [("Ruth Okoro", None, None, None)]


def test_a_maker_named_after_a_colon_is_the_speaker_with_the_title_after_their_name():
    text = (
        "The guide sold at the gate is still the best short account of the ruin.\n\n"
        "From a guide to the abbey: Walter Knapp, *Stones of Rievaulx* (York, 1937), p. 12\n\n"
        "    No monks in the north built so high, and none were so soon turned out of what "
        "they had built.\n\n"
        "The canal came a century later.\n\n"
        "    The cut was dug by men who were paid by the yard and lodged in the barns of the "
        "farms it divided.\n\n"
        "Source: from a study of the canal: Mary Holt, Cut and Lock (Derby, 1988), p. 41.\n"
    )
    assert _attributions(text) == [
        ("Walter Knapp", "Stones of Rievaulx", "12", None),
        ("Mary Holt", "Cut and Lock", "41", None),
    ]


def test_a_source_line_in_parentheses_or_naming_a_broadcast_in_quotation_marks():
    assert read_caption(
        "(Interview with Agnes Firth, recorded by the Delph Oral History Group in 1981.)"
    ) == Cite(speaker="Agnes Firth")
    assert read_caption(
        'Broadcast by Leonard Shaw in "Mills of the Pennines", BBC North, 3 March 1956.'
    ) == Cite(speaker="Leonard Shaw", work="Mills of the Pennines")


def test_a_dash_line_set_in_italics_signs_the_paragraph_quoted_above_it():
    text = (
        "The glassworks took on an apprentice last year for the first time since 1979.\n\n"
        "“Glass remembers every mistake you make with it, which is why it takes seven years "
        "to learn and a lifetime to forgive.”\n\n"
        "*— Dr Ines Farrow, Department of Glass, Stourbridge College*\n\n"
        "The apprentice, Kyle Baines, is nineteen and has already broken more than he can "
        "count.\n"
    )
    assert _attributions(text) == [("Ines Farrow", None, None, None)]


def test_a_sentence_under_a_block_is_no_credit_and_names_no_maker():
    assert read_credit("Mary Platt, his sister, remembered that winter otherwise in 1962.") is None
    assert read_credit("Ann Pike, who kept the shop, said it was the coldest day of 1947.") is None
    assert read_credit("Skipton, 1958") is None  # a place and a year: nobody
    assert read_credit("Mary Platt, his sister") is None  # no date, page or title: no source
    text = (
        "The keeper, Thomas Ash, wrote in his log:\n\n"
        "    The lamp was lit at five and the fog did not lift until the afternoon, when the "
        "steamer came in.\n\n"
        "Mary Platt, his sister, remembered that winter otherwise in 1962.\n"
    )
    assert _attributions(text) == [("Thomas Ash", None, None, None)]


def test_a_source_line_inside_an_extracts_box_is_no_part_of_the_words_but_names_them():
    # a commonplace book typed up with each extract indented, its credit the box's last lines
    text = (
        "A COMMONPLACE BOOK OF THE BRONTË MOORS\n\n"
        "Copied out by the Haworth Reading Circle, 1974.\n\n"
        "    Up here the wind has opinions, and it gives them to every traveller whether he "
        "asked or no.\n\n"
        "    -- Joseph Ingham, journal for 3 March 1851, printed in A Moorland Parish, edited "
        "by Clara Dent (Keighley, 1930), p. 77.\n\n"
        "    The mill bell rang at half past five and the whole hillside came down it like "
        "water.\n\n"
        "    Susan Brear, talking to the Circle, 1972, as quoted in the Keighley News, 9 June "
        "1972, p. 4.\n"
    )
    assert _attributions(text) == [
        ("Joseph Ingham", "A Moorland Parish", "77", None),
        ("Susan Brear", None, "4", "Keighley News"),
    ]
    assert all("Ingham" not in q.text and "Brear" not in q.text for q in _quotations(text))


def test_a_source_line_as_the_last_paragraph_of_a_marked_block():
    text = (
        "The Fisheries Board heard evidence from every harbour on the firth.\n\n"
        "> “The herring come in on the flood and go out on the ebb, and no board in Edinburgh "
        "will change their minds about it.”\n"
        ">\n"
        "> Harbourmaster Ewan Roy, evidence to the Fisheries Board, 1911, p. 14\n\n"
        "The Board's report ignored him.\n"
    )
    assert _attributions(text) == [("Ewan Roy", None, "14", None)]


def test_words_taken_again_from_a_labelled_extract_are_its_makers_by_surname_or_role():
    text = (
        "Section C. The enclosure of Wheatley Common\n\n"
        "Extract 1\n\n"
        "    “The common feeds forty geese and three idle men; enclosed, it will feed the "
        "parish.”\n\n"
        "    Henry Wragg, letter to the Enclosure Commissioners, 1812, p. 6.\n\n"
        "Extract 2\n\n"
        "    “They have taken the common and left us the road, and the road is only for "
        "leaving.”\n\n"
        "    Ballad sung by Nancy Hollis, printed in the Wheatley Songbook (1860), p. 22.\n\n"
        "Questions\n\n"
        '1. Read Extract 1. Wragg claims the common "feeds forty geese and three idle men". '
        "Explain his purpose.\n\n"
        '2. Why might the singer in Extract 2 say that "the road is only for leaving"?\n'
    )
    attributions = _attributions(text)
    assert attributions[2:] == [
        ("Henry Wragg", None, "6", None),
        ("Nancy Hollis", "Wheatley Songbook", "22", None),
    ]


def test_a_credit_after_the_words_in_an_html_block_quotation_stays_after_them():
    page = (
        "<html><body><p>The keeper was recorded twice.</p>"
        "<blockquote><p>“The lamp never went out in my time.”</p>"
        "<cite>Walter Pye, recorded for the Lighthouse Trust, 1961</cite></blockquote>"
        "</body></html>"
    )
    assert html_to_text(page) == (
        "The keeper was recorded twice.\n\n"
        "    “The lamp never went out in my time.”\n\n"
        "    Walter Pye, recorded for the Lighthouse Trust, 1961\n"
    )
    assert _attributions(html_to_text(page)) == [("Walter Pye", None, None, None)]


def test_a_name_with_a_trade_or_dates_under_words_in_marks_is_their_credit():
    # a parish calendar: each month's saying in marks, its credit under it in italics
    calendar = (
        "## A year of sayings from Ravenglass\n\n"
        "**January**\n\n"
        "“A wet January fills the churchyard and empties the barn.”\n\n"
        "*Jonas Tyson (1820–1897), shepherd of Muncaster*\n\n"
        "**February**\n\n"
        "“Never trust a February that comes in smiling at the door.”\n\n"
        "*Hester Bell, innkeeper’s widow*\n"
    )
    assert _attributions(calendar) == [
        ("Jonas Tyson", None, None, None),
        ("Hester Bell", None, None, None),
    ]
    # a feature's pull quote: the credit is the box's last line
    pull = (
        "The mill's new owners have kept the old looms running.\n\n"
        "> “Every loom in this shed has outlived three weavers, and it will outlive me.”\n"
        ">\n"
        "> Bernard Lumb, tackler\n\n"
        "The shed is open to visitors on Saturdays.\n"
    )
    assert _attributions(pull) == [("Bernard Lumb", None, None, None)]


def test_a_name_under_a_paragraph_without_marks_makes_it_no_quotation():
    text = (
        "The looms were loud and the shed was cold in winter, as the old hands tell it.\n\n"
        "Bernard Lumb, tackler\n"
    )
    assert _quotations(text) == []


def test_a_dash_line_opening_on_from_names_the_title_and_its_maker():
    text = (
        "The fells in spring, as one walker saw them:\n\n"
        "> The fell in April is a promise the fell does not keep, and never did.\n"
        "> — from *Fell Days* by Agnes Rigg (1908), p. 52\n\n"
        "The walk starts at the church.\n"
    )
    assert _attributions(text) == [("Agnes Rigg", "Fell Days", "52", None)]


def test_a_claim_quoted_whole_takes_the_source_line_under_it_whatever_its_own_word():
    sheet = (
        "THE RESERVOIR PLAN: CLAIMS CHECKED\n\n"
        "A sheet from the Kinder Ratepayers’ Association, June 2025.\n\n"
        "First claim\n\n"
        '"The new reservoir will lower every household\'s water bill within two years."\n\n'
        "Who said it: Alderman Gordon Pye, water committee, 8 May 2025\n\n"
        "What we found: the company's own plan shows bills rising until 2031.\n\n"
        "Second claim\n\n"
        '"Not a single farm will lose an acre of grazing to the scheme."\n\n'
        "Said by: Hayfield Water Company, public exhibition board, May 2025\n\n"
        "What we found: four farms lose grazing.\n"
    )
    assert _attributions(sheet) == [
        ("Gordon Pye", None, None, None),
        ("Hayfield Water Company", None, None, None),
    ]


def test_a_scripts_labelled_words_take_the_source_line_under_them():
    script = (
        "MUSEUM AUDIO TOUR: THE WHEELWRIGHT'S SHOP\n\n"
        "Track 6. The spoke bench\n\n"
        "GUIDE: Wheels were made here until 1961, and the last wheelwright recorded his memories "
        "before he retired.\n\n"
        'ARCHIVE: "A wheel is a hundred arguments between oak and ash, and the iron tyre '
        'settles them all at once."\n\n'
        "Recording of Wilfred Pocklington, wheelwright, made in 1960 for the Ryedale Folk "
        "Museum.\n\n"
        "GUIDE: The estate took a sterner view of the trade.\n\n"
        'ARCHIVE: "No wheel shall be sold on credit to any tenant already in arrears."\n\n'
        "From the minutes of the Hovingham Estate Office, 2 March 1911.\n"
    )
    assert _attributions(script) == [
        ("Wilfred Pocklington", None, None, None),
        ("Hovingham Estate Office", None, None, None),
    ]


def test_a_cite_after_a_dash_in_html_is_a_credit_not_a_title():
    page = (
        "<html><body><p>The signal box closed in 1969.</p>"
        "<blockquote>“A signalman is a clock that has to think.”<br>"
        "— <cite>Ernest Blakey, signalman, 1958</cite></blockquote>"
        "<p>The lever frame went to a museum.</p></body></html>"
    )
    text = html_reading(page).marked
    assert "*Ernest Blakey" not in text
    assert _attributions(text) == [("Ernest Blakey", None, None, None)]


def test_a_source_line_in_the_box_that_calls_a_note_is_read_with_its_note():
    text = (
        "The ferryman wrote a book about the crossing.\n\n"
        "> “The ferry never ran to time, and nobody on either bank expected it to.”\n"
        ">\n"
        "> — Hugh Pratt, *River Days* (1930)[^4]\n\n"
        "The ferry closed in 1950.\n\n"
        "[^4]: Hugh Pratt, *River Days* (London, 1930), p. 88.\n"
    )
    assert _attributions(text) == [("Hugh Pratt", "River Days", "88", None)]


def test_a_caption_over_a_paragraph_quoted_whole_names_its_maker():
    text = (
        "# Letters from the flooded valley\n\n"
        "From a letter by Hannah Booth to her brother in Leeds, 1894\n\n"
        '"The water stood at the second step of the chapel and the minister preached from '
        'the gallery."\n\n'
        "The brother kept every letter she sent.\n"
    )
    assert _attributions(text) == [("Hannah Booth", None, None, None)]


def test_a_name_in_bold_on_a_dash_line_signs_the_words_and_names_no_title():
    text = (
        "The keeper had a saying for visitors.\n\n"
        '> "A weir is a wall that has learned to let go, and a keeper is the one who '
        'teaches it."\n'
        "> — **Arthur Penrose**, weir-keeper 1948–1979\n\n"
        "The weir was rebuilt in 1985.\n"
    )
    assert _attributions(text) == [("Arthur Penrose", None, None, None)]


def test_an_office_before_a_name_in_a_credit_after_the_words_is_dropped():
    text = (
        "The inquiry heard from the town's own members.\n\n"
        '"The bridge has stood for three hundred years and the council would knock it down '
        'for a roundabout." (Alderman Lucy Crane, speaking at the inquiry, 1971)\n'
    )
    assert _attributions(text) == [("Lucy Crane", None, None, None)]


def test_a_source_line_naming_a_role_then_the_person_gives_the_person():
    assert read_caption(
        "Speech by the Mayor, Edith Rawnsley, at the opening of the park, 1911."
    ) == (Cite(speaker="Edith Rawnsley"))
    assert read_caption(
        "Evidence of a collier’s widow, Martha Hirst, to the Children’s Employment "
        "Commission, 1842, p. 87"
    ) == Cite(speaker="Martha Hirst", page="87")
    assert read_caption("An extract from the diary of Samuel Brook, 1815") == Cite(
        speaker="Samuel Brook"
    )
