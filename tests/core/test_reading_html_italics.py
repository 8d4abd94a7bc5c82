"""An HTML or EPUB reading's italics (<i>, <em>, <cite>) reach the extractor as a Markdown
file's do: as ``*…*`` in the marked text it reads, never in the stored plain text. A title set
only in italics is the quotation's work, and the same essay sent as .md, .html or .epub is
stored and attributed alike. The essay below was written for this test."""

from __future__ import annotations

from pathlib import Path

from bot.core.extract.formats import html_reading, html_to_text, read_reading, read_reading_bytes
from bot.core.extract.ingest import propose_reading
from bot.core.provenance import source_slice
from bot.settings import DEFAULT_CORPUS_DIR
from tests.fixtures.readings import make_epub

MARKDOWN = """\
The Mill at Hesketh Ford

The mill's last miller, Walter Penrose, kept a ledger he called *Grist and Water*. In it he \
wrote that “a wheel that stops for a week forgets how to turn” (p. 31).

Ruth Calder, in the *Hesketh Mercury Weekly Sheet*, called it “the loudest building in the \
parish and the most loved” (p. 4).

> The stones were dressed every spring, and the whole village heard it.
>
> (Walter Penrose, *Grist and Water*, p. 12)
"""

HTML = """<html><body>
<h1>The Mill at Hesketh Ford</h1>
<p>The mill's last miller, Walter Penrose, kept a ledger he called <i>Grist and Water</i>. In it
he wrote that “a wheel that stops for a week forgets how to turn” (p. 31).</p>
<p>Ruth Calder, in the <em> Hesketh Mercury Weekly Sheet</em>, called it “the loudest building
in the parish and the most loved” (p. 4).</p>
<blockquote><p>The stones were dressed every spring, and the whole village heard it.</p>
<p>(Walter Penrose, <cite>Grist and Water</cite>, p. 12)</p></blockquote>
</body></html>
"""

FIELDS = ("kind", "text", "speaker_name", "work_title", "page", "via_name")


def proposals(name: str, data: bytes) -> tuple[str, list[dict[str, object]]]:
    reading = read_reading_bytes(name, data)
    found = propose_reading(
        reading.text,
        marks=reading.marks,
        corpus_dir=DEFAULT_CORPUS_DIR,
        file_name=name,
        title="The Mill at Hesketh Ford",
        author="Iris Dunning",
        year=2024,
    )
    return reading.text, found


def quotations(found: list[dict[str, object]]) -> list[tuple[object, ...]]:
    """Each quotation's fields (its text without the line breaks a Markdown block quotation's
    passage may end on)."""
    return [
        tuple(str(r[f]).strip() if f == "text" else r[f] for f in FIELDS)
        for r in found
        if r["kind"] == "quotation"
    ]


def test_the_stored_text_of_an_html_reading_is_the_plain_text_without_italic_marks():
    reading = read_reading_bytes("mill.html", HTML.encode())
    assert reading.text == html_to_text(HTML)
    assert "*" not in reading.text
    assert "called Grist and Water. In it" in reading.text
    assert reading.marks is not None
    assert "he called *Grist and Water*." in reading.marks.marked
    assert "in the *Hesketh Mercury Weekly Sheet*, called" in reading.marks.marked


def test_a_title_only_in_italics_is_the_work_of_the_words_after_it():
    _, found = proposals("mill.html", HTML.encode())
    calder = [q for q in quotations(found) if str(q[1]).startswith("the loudest building")]
    assert [(q[2], q[3], q[4]) for q in calder] == [
        ("Ruth Calder", "Hesketh Mercury Weekly Sheet", "4")
    ]


def test_the_same_essay_as_markdown_html_and_epub_is_stored_and_attributed_alike(tmp_path):
    md_text, from_markdown = proposals("mill.md", MARKDOWN.encode())
    html_text, from_html = proposals("mill.html", HTML.encode())
    epub = make_epub(tmp_path / "mill.epub", [HTML])
    epub_text, from_epub = proposals("mill.epub", Path(epub).read_bytes())
    assert md_text == html_text == epub_text
    assert quotations(from_markdown) == quotations(from_html) == quotations(from_epub)
    assert len(quotations(from_html)) == 3
    for record in from_html + from_epub:
        removed = [(a, b) for a, b in record["removed"]]  # type: ignore[attr-defined]
        assert record["text"] == source_slice(html_text, record["start"], record["end"], removed)


def test_italics_at_odd_places_never_change_the_plain_text():
    odd = [
        "<p>Before <i></i>and <em> </em>after.</p>",  # empty italics
        "<p>He wrote <i> Dale Breakfast </i>, then <i>more</i><em>words</em>.</p>",
        "<p><i>“A whole sentence in italics,” she said,</i> and left.</p>",
        "<p>A <i>title with <em>another</em> inside</i> it.</p>",
        "<p>Two lines <i>across<br/>a break</i> here.</p>",
        "<blockquote><p>Quoted <cite>Old Roads</cite> words.</p></blockquote>",
        '<p>Text.<sup><a href="#n1">1</a></sup></p>'
        '<aside epub:type="footnote" id="n1"><p>1 See <i>Hill Farms</i>, p. 2.</p></aside>',
        "<ul><li><i>Listed Title</i></li></ul><table><tr><td><i>Cell</i></td></tr></table>",
    ]
    for markup in odd:
        marks = html_reading(markup)
        assert marks.plain == html_to_text(markup)
        assert marks.marked.replace("*", "") == marks.plain
    assert html_reading(odd[0]).marked == "Before and after.\n"
    assert "He wrote *Dale Breakfast* , then *morewords*." in html_reading(odd[1]).marked
    assert "    Quoted *Old Roads* words." in html_reading(odd[5]).marked
    assert "1. See *Hill Farms*, p. 2." in html_reading(odd[6]).marked


def test_a_cite_holding_an_italic_title_marks_only_the_title():
    markup = "<p>Words.</p><p>— <cite>Ann Lowe, <i>Lock Days</i> (1931)</cite></p>"
    assert "— Ann Lowe, *Lock Days* (1931)" in html_reading(markup).marked


def test_a_page_without_italics_is_read_with_no_marks(tmp_path):
    page = tmp_path / "plain.html"
    page.write_text("<p>Nothing set apart here.</p>", "utf-8")
    assert read_reading(page).marks is None


PAPERS = """<html><body>
<h1>Lamps on the Quay</h1>
<p>The Quayside Mercantile Courier was the town's only paper.</p>
<p>On 2 May 1911 the <i>Courier</i> told its readers that “the quay will be lit from the harbour
wall to the fish market by the end of the summer” (2 May 1911, p. 3).</p>
<p>The <i>Courier</i>’s shipping correspondent thought the lamps “a great deal too bright for a
quiet harbour”.</p>
</body></html>
"""


def test_a_paper_named_in_italics_speaks_and_is_described_as_in_roman():
    _, found = proposals("quay.html", PAPERS.encode())
    speakers = {str(q[1])[:12]: q[2] for q in quotations(found)}
    assert speakers == {
        "the quay wil": "Quayside Mercantile Courier",
        "a great deal": "The Courier’s shipping correspondent",
    }


def test_a_case_in_italics_in_a_note_is_the_work_and_its_judge_the_speaker():
    markup = """<p>The judge was brisk: “a path is not a park because children play on it”.<sup>
<a href="#n1" id="r1">1</a></sup></p>
<ol><li id="n1"><em>Marlowe v Ibstock Parish Council</em> [1934] 1 Ch 77 (Ch) 81 (Pell J).
<a href="#r1">↩</a></li></ol>"""
    _, found = proposals("case.html", markup.encode())
    assert [(q[2], q[3], q[4]) for q in quotations(found)] == [
        ("Pell J", "Marlowe v Ibstock Parish Council", "81")
    ]
