"""A PDF's italics reach the extractor as an HTML or Markdown reading's do: a run of text set
in an italic or oblique font is marked ``*…*`` in the text the extractor reads, never in the
stored plain text, which stays exactly what the page shows. A title set only in italics in a
PDF is then the quotation's work, as it is in the same essay sent as Markdown. Every PDF is
built by the test from words written for it (a dale's schoolmaster and his weather book)."""

from __future__ import annotations

from pathlib import Path

from bot.core.extract.formats import read_reading
from bot.core.extract.ingest import propose_reading
from bot.core.provenance import source_slice
from bot.settings import DEFAULT_CORPUS_DIR
from tests.fixtures.readings import make_paged_pdf

ESSAY = """\
The Slate and the Weather

Jo Quarmby

The schoolmaster Amos Quayle kept a weather book for forty years and called it <i>Notes \
from a Slate Roof</i>. His old pupils still quote it, though few of them have read it, and \
the copy in the school is kept in a drawer that sticks.

Canon Ruth Abney’s <i>Sermons in Stone</i> calls the school “the best roof in the dale” \
(p. 44). She preached in the chapel beside it for twenty years and never once, she said, \
heard the rain come through.
\\f
The dale’s one history, Hugh Brath’s <i>A Short Account of the Parish of Garsdale \
Head and of its Chapel and School</i>, is kinder to the chapel than to the school.

The school closed in 1971 and the chapel ten years later; the weather book went to the \
county archive, where anyone may read it on a wet afternoon.
"""

# the same essay as a reader sees it: what the stored text of the PDF must be
PLAIN = """\
The Slate and the Weather

Jo Quarmby

The schoolmaster Amos Quayle kept a weather book for forty years and called it Notes from a \
Slate Roof. His old pupils still quote it, though few of them have read it, and the copy in \
the school is kept in a drawer that sticks.

Canon Ruth Abney’s Sermons in Stone calls the school “the best roof in the dale” (p. 44). She \
preached in the chapel beside it for twenty years and never once, she said, heard the rain \
come through.

The dale’s one history, Hugh Brath’s A Short Account of the Parish of Garsdale Head and of its \
Chapel and School, is kinder to the chapel than to the school.

The school closed in 1971 and the chapel ten years later; the weather book went to the county \
archive, where anyone may read it on a wet afternoon.
"""


def _pdf(tmp_path: Path, source: str) -> Path:
    return make_paged_pdf(tmp_path / "slate.pdf", source, "Jo Quarmby · A Dale School")


def test_the_stored_text_of_a_pdf_is_what_its_pages_show_whatever_its_fonts(tmp_path):
    reading = read_reading(_pdf(tmp_path, ESSAY))
    assert reading.text == PLAIN
    assert read_reading(_pdf(tmp_path, ESSAY.replace("<i>", "").replace("</i>", ""))).marks is None


def test_words_set_in_italics_are_marked_for_the_extractor_and_a_title_broken_over_lines_is_one(
    tmp_path,
):
    reading = read_reading(_pdf(tmp_path, ESSAY))
    assert reading.marks is not None
    marked = reading.marks.marked
    assert "called it *Notes from a Slate Roof*. His" in marked
    assert "Abney’s *Sermons in Stone* calls" in marked
    # the long title runs over a line's end in the PDF: still one italic span, the space in it
    assert (
        "Brath’s *A Short Account of the Parish of Garsdale Head and of its Chapel and School*,"
        in marked
    )
    assert marked.replace("*", "") == reading.text


def test_a_title_set_only_in_italics_in_a_pdf_is_the_quotations_work_as_in_markdown(tmp_path):
    reading = read_reading(_pdf(tmp_path, ESSAY))
    records = propose_reading(
        reading.text,
        marks=reading.marks,
        corpus_dir=DEFAULT_CORPUS_DIR,
        file_name="slate.pdf",
        title="The Slate and the Weather",
        author="The Essayist",
        year=2024,
    )
    quotations = [r for r in records if r["kind"] == "quotation"]
    assert [(r["speaker_name"], r["work_title"], r["page"]) for r in quotations] == [
        ("Ruth Abney", "Sermons in Stone", "44")
    ]
    # the passage is a slice of the stored (plain) text
    quotation = quotations[0]
    removed = [(a, b) for a, b in quotation["removed"]]
    stored = source_slice(reading.text, quotation["start"], quotation["end"], removed)
    assert stored == quotation["text"]


def test_an_oblique_core_font_is_italics_too(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.write(6, "The club kept ")
    pdf.set_font("Helvetica", "I", 11)
    pdf.write(6, "The Fell Register")
    pdf.set_font("Helvetica", size=11)
    pdf.write(6, " in the bar.")
    path = tmp_path / "fell.pdf"
    pdf.output(str(path))
    reading = read_reading(path)
    assert reading.text == "The club kept The Fell Register in the bar.\n"
    assert reading.marks is not None
    assert reading.marks.marked == "The club kept *The Fell Register* in the bar.\n"
