"""A PDF reads as the text its pages show: paragraphs, block quotations, notes at the foot of a
page, raised note markers, and no page furniture, from where the PDF places its text.

Every PDF here is built by the test from words written for it; each expected text was
written out by hand from the words the PDF was given."""

from __future__ import annotations

from pathlib import Path

from bot.core.extract.formats import read_reading
from bot.core.extract.ingest import propose_reading
from bot.settings import DEFAULT_CORPUS_DIR
from tests.fixtures.readings import make_paged_pdf

FORMATS = Path(__file__).parents[1] / "data" / "formats"
# an essay's pages as make_paged_pdf lays them out, and the text a reader sees on them
CLOCK = (FORMATS / "clock.paged.txt").read_text("utf-8")
CLOCK_TEXT = (FORMATS / "clock.expected.txt").read_text("utf-8")


def test_a_word_processors_pages_read_as_one_text_with_each_pages_notes_after_its_paragraph(
    tmp_path,
):
    """The running head and page numbers are left out; the block quotation ends where its
    margin does, though the paragraph after it follows with no larger gap (set wider than the
    page's first paragraph); the paragraph cut by the page break reads on; each page's notes
    come after the paragraph the page ends in; raised markers read raised."""
    pdf = make_paged_pdf(tmp_path / "clock.pdf", CLOCK, "Mara Lune · The Clock at Hendry Cross")
    assert read_reading(pdf).text == CLOCK_TEXT


def test_a_quotation_across_a_page_break_is_found_whole_and_no_note_is_inside_a_quotation(
    tmp_path,
):
    pdf = make_paged_pdf(tmp_path / "clock.pdf", CLOCK, "Mara Lune · The Clock at Hendry Cross")
    records = propose_reading(
        read_reading(pdf).text,
        corpus_dir=DEFAULT_CORPUS_DIR,
        file_name="clock.pdf",
        title="The Clock at Hendry Cross",
        author="Mara Lune",
        year=2024,
    )
    texts = [str(record["text"]) for record in records if record["kind"] == "quotation"]
    assert any(
        text.startswith("the only people who look up")
        and text.endswith("ask the time like anyone else")
        for text in texts
    ), texts
    block = [text for text in texts if text.startswith("The mechanism is sound")]
    assert block == [
        "The mechanism is sound, but the weights have rusted to their chains, and no firm in"
        " the county will climb the tower for less than forty pounds."
    ]
    for text in texts:
        assert "Hendry Cross Parish Council" not in text and "Gazette" not in text
        assert not any(mark in text for mark in "¹²³")
        assert "Mara Lune ·" not in text


def test_the_notes_at_the_foot_of_each_page_are_read_as_notes(tmp_path):
    """Each page's notes, written after the paragraph the page ends in, are the notes the
    markers point to (pages from them), never the author's commentary."""
    pdf = make_paged_pdf(tmp_path / "clock.pdf", CLOCK, "Mara Lune · The Clock at Hendry Cross")
    records = propose_reading(
        read_reading(pdf).text,
        corpus_dir=DEFAULT_CORPUS_DIR,
        file_name="clock.pdf",
        title="The Clock at Hendry Cross",
        author="Mara Lune",
        year=2024,
    )
    pages = {  # by each quotation's third word
        str(record["text"]).split()[2]: record["page"]
        for record in records
        if record["kind"] == "quotation"
    }
    assert pages == {"without": "4", "is": None, "people": "2"}  # a letter has no page
    commentary = " ".join(str(r["text"]) for r in records if r["kind"] == "commentary")
    assert "Minutes of the Finance Committee" not in commentary
    assert "Traders Shrug" not in commentary


def _page(pdf, lines: list[tuple[float, str]], head: str, number: int, font: str) -> None:
    """A page drawn line by line at the given heights (mm from the top), as a typesetter
    places them, with a running head above and the page number below."""
    pdf.add_page()
    pdf.set_font(font, size=9)
    pdf.text(80, 12, head)
    pdf.text(103, 285, str(number))
    pdf.set_font(font, size=11)
    for top, line in lines:
        pdf.text(25, top, line)


def _unicode_pdf():
    from fpdf import FPDF  # a dev dependency: only tests write PDFs
    from matplotlib import get_data_path

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVuSerif", fname=str(Path(get_data_path()) / "fonts/ttf/DejaVuSerif.ttf"))
    return pdf


def test_hyphens_ligatures_and_glyph_runs_of_a_typeset_pdf_read_as_words(tmp_path):
    """A word hyphenated at a line's end is whole again, unless the text writes it with its
    hyphen elsewhere; ligature glyphs read as their letters; a word drawn glyph by glyph
    reads as one word; a paragraph whose last line is full goes on at the next page's top."""
    pdf = _unicode_pdf()
    first = [
        (30, "The miller kept a well-known ledger of every sack that came in and"),
        (36, "every sack that went out, and the exam-"),
        (42, "ple he set was followed for a century. His son called it a well-"),
        (48, "known habit of the family and kept it until the ﬁre of 1887."),
        (60, "The ﬂour merchants of the county thought the ledger a nuisance, and"),
        (66, "the largest of them told a newspaper that the mill was run by Mr"),
    ]
    _page(pdf, first, "THE MILL RACE", 1, "DejaVuSerif")
    second = [
        (30, "Hale ‘as if every bag of wheat were a bag of sovereigns’, which Hale"),
        (36, "took as a compliment."),
    ]
    _page(pdf, second, "THE MILL RACE", 2, "DejaVuSerif")
    x = 60.0
    for glyph in "Separately":  # one word drawn glyph by glyph, as some producers draw text
        pdf.text(x, 48, glyph)
        x += pdf.get_string_width(glyph)
    path = tmp_path / "mill.pdf"
    pdf.output(str(path))

    assert read_reading(path).text == (
        "The miller kept a well-known ledger of every sack that came in and every sack that"
        " went out, and the example he set was followed for a century. His son called it a"
        " well-known habit of the family and kept it until the fire of 1887.\n\n"
        "The flour merchants of the county thought the ledger a nuisance, and the largest of"
        " them told a newspaper that the mill was run by Mr Hale ‘as if every bag of wheat"
        " were a bag of sovereigns’, which Hale took as a compliment.\n\n"
        "Separately\n"
    )


def test_a_two_column_page_reads_one_column_after_the_other(tmp_path):
    pdf = _unicode_pdf()
    pdf.add_page()
    pdf.set_font("DejaVuSerif", size=10)
    left = ["The lock-keeper’s cottage", "stood empty for a decade", "before the trust let it"]
    right = ["to a painter, who said", "the light was worth the", "damp. Nobody argued."]
    for n, line in enumerate(left):
        pdf.text(20, 30 + 5 * n, line)
    for n, line in enumerate(right):
        pdf.text(110, 30 + 5 * n, line)
    path = tmp_path / "columns.pdf"
    pdf.output(str(path))
    assert read_reading(path).text == (
        "The lock-keeper’s cottage stood empty for a decade before the trust let it to a"
        " painter, who said the light was worth the damp. Nobody argued.\n"
    )


def test_a_footnote_continued_on_the_next_page_reads_as_one_note(tmp_path):
    """A long note that runs out of room at the foot of one page goes on at the foot of the
    next, above that page's own notes: its words are the note's, never the body's."""
    pdf = _unicode_pdf()
    first = [
        (30, "The storm of January 1866 is the one every later keeper measured his own"),
        (36, "winters against. The keeper’s log calls it ‘the worst since the light was"),
        (42, "lit’, and for once the log does not exaggerate.¹"),
    ]
    _page(pdf, first, "THE LIGHT", 1, "DejaVuSerif")
    pdf.set_font("DejaVuSerif", size=8)
    pdf.text(25, 260, "¹ Longstone Light, Keeper’s Log, 1861–1870, entry for 7 January 1866; the")
    second = [
        (30, "The relief boat did not come for nine days, and when it came it brought"),
        (36, "the wrong oil, a sack of potatoes and a letter from the Board.²"),
    ]
    _page(pdf, second, "THE LIGHT", 2, "DejaVuSerif")
    pdf.set_font("DejaVuSerif", size=8)
    pdf.text(25, 256, "entry is in the second keeper’s hand.")
    pdf.text(25, 260, "² Ibid., 16 January 1866.")
    path = tmp_path / "light.pdf"
    pdf.output(str(path))
    assert read_reading(path).text == (
        "The storm of January 1866 is the one every later keeper measured his own winters"
        " against. The keeper’s log calls it ‘the worst since the light was lit’, and for once"
        " the log does not exaggerate.¹\n\n"
        "¹ Longstone Light, Keeper’s Log, 1861–1870, entry for 7 January 1866; the entry is"
        " in the second keeper’s hand.\n\n"
        "The relief boat did not come for nine days, and when it came it brought the wrong"
        " oil, a sack of potatoes and a letter from the Board.²\n\n"
        "² Ibid., 16 January 1866.\n"
    )


def test_a_books_first_line_indents_start_paragraphs_and_a_short_one_is_no_block_quotation(
    tmp_path,
):
    pdf = _unicode_pdf()
    lines = [
        (30.0, 31, "The ferry had run since the monks, and the ferryman knew it. He charged"),
        (35.0, 25, "what the monks had charged, in money the monks would not have known."),
        (40.0, 31, "‘Tuppence,’ he said."),
        (45.0, 31, "The passenger paid, and the ferryman pushed off without another word,"),
        (50.0, 25, "as his father had done and his grandfather before him."),
    ]
    pdf.add_page()
    pdf.set_font("DejaVuSerif", size=11)
    for top, left, line in lines:
        pdf.text(left, top, line)
    path = tmp_path / "ferry.pdf"
    pdf.output(str(path))
    assert read_reading(path).text == (
        "The ferry had run since the monks, and the ferryman knew it. He charged what the"
        " monks had charged, in money the monks would not have known.\n\n"
        "‘Tuppence,’ he said.\n\n"
        "The passenger paid, and the ferryman pushed off without another word, as his father"
        " had done and his grandfather before him.\n"
    )


def test_a_page_drawn_bottom_up_reads_top_down(tmp_path):
    """Some producers draw a page's lines in no reading order: the page reads as it is seen."""
    pdf = _unicode_pdf()
    pdf.add_page()
    pdf.set_font("DejaVuSerif", size=11)
    lines = [
        "The weir was rebuilt in 1822 by the same mason who had",
        "built the mill, and he signed it, as he signed everything,",
        "with a fish cut into the coping stone. It is still there.",
        "The mill is not.",
    ]
    for n in reversed(range(len(lines))):
        pdf.text(25, 30 + 6 * n, lines[n])
    path = tmp_path / "weir.pdf"
    pdf.output(str(path))
    assert read_reading(path).text == " ".join(lines) + "\n"


def test_text_drawn_off_the_page_or_too_small_to_see_is_never_read(tmp_path):
    pdf = _unicode_pdf()
    pdf.add_page()
    pdf.set_font("DejaVuSerif", size=11)
    pdf.text(25, 30, "The ferryman was paid in eels when the village had no coin.")
    pdf.text(25, 400, "Hidden below the page: the ferryman was a smuggler.")
    pdf.text(-300, 50, "Hidden left of the page: he sank the ferry.")
    pdf.set_font("DejaVuSerif", size=0.5)
    pdf.text(25, 40, "Too small to read: the eels were stolen.")
    path = tmp_path / "ferry.pdf"
    pdf.output(str(path))
    assert (
        read_reading(path).text == "The ferryman was paid in eels when the village had no coin.\n"
    )


# A note that a page's foot cannot hold runs on at the foot of the next page, with no number.
RUN_ON = """\
The lock at Holme was kept by one family for sixty years. When the council proposed to \
automate its gates, Ada Marsh wrote to the clerk that “a gate that nobody watches is a gate \
that nobody mends”.<sup>1</sup> The letter was read aloud at the next meeting.

The council's own minute of that meeting is shorter.
____
1 Ada Marsh to the clerk, 3 March 1911, in The Lock Papers of Holme: Letters and Daybooks \
of the Marsh Family, 1851–1911, ed. Nell Varley
\\f
Its clerk, Samuel Orde, wrote only that “the matter of the gates was deferred until the \
spring”.<sup>2</sup>
____
+ (Holme: Lockside Press, 1931), p. 44.
2 Minutes of Holme Parish Council, 1909–1914, p. 41.
"""


def test_a_note_running_on_to_the_next_pages_foot_is_read_whole(tmp_path):
    """The second half of a note, at the foot of the next page and with no number of its
    own, is the same note: the page it gives is the quotation's page, and it is never read
    as a note of its own or as the author's commentary."""
    pdf = make_paged_pdf(tmp_path / "lock.pdf", RUN_ON, "Holme Lock")
    records = propose_reading(
        read_reading(pdf).text,
        corpus_dir=DEFAULT_CORPUS_DIR,
        file_name="lock.pdf",
        title="Holme Lock",
        author="Ruth Pell",
        year=2025,
    )
    cited = {str(r["speaker_name"]): r["page"] for r in records if r["kind"] == "quotation"}
    assert cited == {"Ada Marsh": "44", "Samuel Orde": "41"}
    assert not any("Lockside Press" in str(r["text"]) for r in records if r["kind"] == "commentary")
