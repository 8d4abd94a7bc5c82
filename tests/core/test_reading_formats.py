"""Each format a group has becomes plain text; each hostile or unreadable file is refused
with the status and message the README's table gives, and nothing in it is run."""

from __future__ import annotations

import io
import zipfile

import pytest
from pypdf import PdfReader, PdfWriter

from bot.core.extract import formats
from bot.core.extract.formats import ReadingError, read_reading
from tests.fixtures.readings import blank_pdf, make_epub, make_pdf


def refused(path) -> ReadingError:
    with pytest.raises(ReadingError) as caught:
        read_reading(path)
    return caught.value


def test_html_block_quotations_become_indented_paragraphs_and_notes_keep_their_numbers(tmp_path):
    page = tmp_path / "essay.html"
    page.write_text(
        "<html><body><h1>On Shelves</h1><p>She wrote:</p>"
        "<blockquote><p>Every shelf is a promise.</p><p>Keep it.</p></blockquote>"
        "<p>Said so.<sup>1</sup></p><ol><li>Merrow, Letters, p. 3.</li></ol></body></html>",
        encoding="utf-8",
    )
    text = read_reading(page).text
    assert text == (
        "On Shelves\n\nShe wrote:\n\n    Every shelf is a promise.\n\n    Keep it.\n\n"
        "Said so.[1]\n\n1. Merrow, Letters, p. 3.\n"
    )


def test_epub_chapters_come_in_spine_order(tmp_path):
    chapters = [
        f"<html><body><p>Chapter {n} says “words of chapter {n}”.</p></body></html>" for n in (1, 2)
    ]
    reading = read_reading(make_epub(tmp_path / "book.epub", chapters))
    assert reading.format == "epub"
    assert reading.text.index("Chapter 1") < reading.text.index("Chapter 2")


def test_pdf_text_layer_keeps_paragraphs_apart(tmp_path):
    path = make_pdf(tmp_path / "essay.pdf", ["First paragraph here.", "Second paragraph here."])
    assert read_reading(path).text == "First paragraph here.\n\nSecond paragraph here.\n"


def test_a_typeset_pdf_keeps_curly_quotes_guillemets_and_superscript_note_numerals(tmp_path):
    paragraph = "The toll-keeper called it “a tax on walking”.¹⁰ ‘Pay,’ she said, «or swim».²"
    path = make_pdf(tmp_path / "essay.pdf", [paragraph, "10. Ibid., 14."], unicode=True)
    assert read_reading(path).text == f"{paragraph}\n\n10. Ibid., 14.\n"


def test_a_missing_file_and_an_unsupported_type(tmp_path):
    assert refused(tmp_path / "nothing.md").reason == formats.MISSING
    doc = tmp_path / "essay.docx"
    doc.write_bytes(b"PK\x03\x04")
    error = refused(doc)
    assert error.reason == formats.UNSUPPORTED
    assert ".txt, .md, .html, .epub or .pdf" in str(error)


def test_a_file_over_the_limit_is_refused_saying_the_limit(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(formats.MAX_FILE_BYTES + 1)
    error = refused(big)
    assert error.reason == formats.TOO_LARGE
    assert f"the limit is {formats.MAX_FILE_BYTES // 1024 // 1024} MB" in str(error)


def test_text_that_is_not_utf8_is_refused(tmp_path):
    latin = tmp_path / "essay.txt"
    latin.write_bytes("“caf\xe9”".encode("latin-1", errors="replace"))
    assert refused(latin).reason == formats.CORRUPT


@pytest.mark.parametrize(
    "markup",
    [
        "<p>Hello</p><script>alert(1)</script>",
        '<body onload="steal()"><p>Hello</p></body>',
        '<p><a href="javascript:steal()">read</a></p>',
    ],
)
def test_html_with_scripts_is_refused_and_never_run(tmp_path, markup):
    page = tmp_path / "page.html"
    page.write_text(markup, encoding="utf-8")
    error = refused(page)
    assert error.reason == formats.SCRIPTS
    assert "never runs or keeps them" in str(error)


def test_an_epub_that_unpacks_to_far_more_than_its_size_is_not_opened(tmp_path):
    bomb = tmp_path / "bomb.epub"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("META-INF/container.xml", "<container/>")
        archive.writestr("OEBPS/huge.xhtml", b"\0" * 20_000_000)
    error = refused(bomb)
    assert error.reason == formats.TOO_LARGE
    assert "far more than its" in str(error)


def test_a_damaged_epub_and_a_damaged_pdf(tmp_path):
    epub = tmp_path / "broken.epub"
    epub.write_bytes(b"this is not a zip")
    assert refused(epub).reason == formats.CORRUPT
    pdf = tmp_path / "broken.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj <<< garbage")
    assert refused(pdf).reason == formats.CORRUPT


def test_a_password_protected_pdf_is_refused(tmp_path):
    plain = make_pdf(tmp_path / "plain.pdf", ['Words "in quotes" here.'])
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    buffer = io.BytesIO()
    writer.write(buffer)
    locked.write_bytes(buffer.getvalue())
    error = refused(locked)
    assert error.reason == formats.CORRUPT
    assert str(error) == "the PDF is encrypted with a password; remove it first"


def test_a_scanned_pdf_without_a_text_layer(tmp_path):
    error = refused(blank_pdf(tmp_path / "scan.pdf"))
    assert error.reason == formats.NO_TEXT_LAYER
    assert "OCR" in str(error)


def test_text_a_reader_never_sees_on_the_page_is_never_part_of_a_quotation(tmp_path):
    """Comments, styles and an iframe's fallback text are not the essay's words: a quotation
    with a comment inside reads exactly as the page shows it."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Head title</title><style>p { color: red }</style></head><body>"
        "<p>Ada Merrow wrote: “Books must travel<!-- editor: check this --> or they rot on the "
        "shelf.”<iframe src='x'>Your browser cannot show frames</iframe></p>"
        "<p><![CDATA[raw data]]>The keepers met on Thursdays.<style>.x {}</style></p>"
        "</body></html>",
        encoding="utf-8",
    )
    text = formats.read_reading(page).text
    assert text == (
        "Ada Merrow wrote: “Books must travel or they rot on the shelf.”\n\n"
        "The keepers met on Thursdays.\n"
    )


def test_an_attachment_is_read_by_its_extension_with_windows_line_ends_made_plain():
    text = formats.read_reading_bytes("essay.txt", b"One.\r\n\r\nTwo.\r\n")
    assert (text.text, text.format) == ("One.\n\nTwo.\n", "txt")
    page = formats.read_reading_bytes("ESSAY.HTML", b"<p>One.</p>\r\n<p>Two.</p>")
    assert (page.text, page.format) == ("One.\n\nTwo.\n", "html")


def test_an_attachment_over_its_limit_is_refused_saying_both_sizes():
    with pytest.raises(ReadingError) as caught:
        formats.read_reading_bytes("essay.txt", b"x" * 1_206_282, max_bytes=1024 * 1024)
    assert caught.value.reason == formats.TOO_LARGE
    assert str(caught.value) == "the file is 1.2 MB; the limit is 1 MB"


def test_a_reading_slower_than_its_budget_is_stopped():
    with pytest.raises(ReadingError) as caught:
        formats.read_reading_bytes("essay.html", b"<p>One.</p>", budget_seconds=-1)
    assert caught.value.reason == formats.TOO_SLOW
    assert str(caught.value) == "reading the file took longer than its time budget"


def test_lists_line_breaks_and_numbered_notes_read_as_a_browser_shows_them():
    text = formats.html_to_text(
        "<p>One<br>line each</p><ul><li>Apples</li><li>Pears</li></ul>"
        '<ol start="3"><li>Third note.</li><li>Fourth note.</li></ol>'
    )
    assert text == "One\nline each\n\nApples\n\nPears\n\n3. Third note.\n\n4. Fourth note.\n"


def test_a_damaged_epub_or_pdf_is_refused_saying_what_is_wrong(tmp_path):
    bomb = tmp_path / "bomb.epub"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OEBPS/huge.xhtml", b"\0" * 20_000_000)
    assert str(refused(bomb)).endswith("it is not a normal book and was not opened")
    no_package = tmp_path / "nopackage.epub"
    with zipfile.ZipFile(no_package, "w") as archive:
        archive.writestr("OEBPS/c0.xhtml", "<p>Words.</p>")
    error = refused(no_package)
    assert (error.reason, str(error)) == (
        formats.CORRUPT,
        "the EPUB has no readable package (container.xml)",
    )
    sound = make_epub(tmp_path / "sound.epub", ["<p>Fine.</p>"])
    damaged = tmp_path / "damaged.epub"
    with zipfile.ZipFile(sound) as source, zipfile.ZipFile(damaged, "w") as archive:
        for name in source.namelist():
            chapter = name == "OEBPS/text/c0.xhtml"  # not UTF-8 any more
            archive.writestr(name, "caf\xe9".encode("latin-1") if chapter else source.read(name))
    error = refused(damaged)
    assert (error.reason, str(error)) == (
        formats.CORRUPT,
        "the EPUB's chapter text/c0.xhtml is damaged",
    )
    pdf = tmp_path / "broken.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj <<< garbage")
    assert str(refused(pdf)) == "the PDF is damaged and cannot be read"


def test_an_epub_of_thousands_of_files_is_refused_at_once(tmp_path):
    chapters = [f"<p>Chapter {n}: “Every chapter is a short one here.”</p>" for n in range(5_100)]
    book = make_epub(tmp_path / "many.epub", chapters)
    error = refused(book)
    assert error.reason == formats.TOO_LARGE
    assert "5,103 files" in str(error) and "the limit is 5,000" in str(error)


def test_web_footnote_links_become_note_markers_and_back_links_vanish(tmp_path):
    page = tmp_path / "essay.html"
    page.write_text(
        "<html><body><p>She wrote: “The ferry is older than the pier.”"
        '<sup><a href="#n1" id="r1">1</a></sup></p>'
        '<h2>Notes</h2><ol><li id="n1">Ida Fenn, Harbour Lights, p. 4. '
        '<a href="#r1">↩</a></li></ol></body></html>',
        "utf-8",
    )
    text = read_reading(page).text
    assert "pier.”[1]" in text
    assert "1. Ida Fenn, Harbour Lights, p. 4." in text and "↩" not in text


def test_a_raised_note_marker_stays_where_it_sits_in_its_line(tmp_path):
    """A word processor sets a note marker raised and small inside the line's own run of text;
    the marker and the rest of its line keep their place after the word the marker follows
    (issue 14: they came out before the line's start, and quotations swallowed the next line),
    and the marker reads as it is printed, raised: a superscript numeral, never a digit that
    could be a word of the quotation's."""
    from fpdf import FPDF

    sentences = [
        "The ferry left the quay at dawn,",
        "<sup>1</sup>",
        " and the gulls followed it past the breakwater while the pilot read out",
        " the tide tables to nobody in particular. ‘A calm sea is a rumour,’ he said.",
        "<sup>2</sup>",
        " Nobody on the deck contradicted him, and the crossing took four hours.",
        "<sup>3</sup>",
    ]
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.write_html("<p>" + "".join(sentences).replace("‘", "'").replace("’", "'") + "</p>")
    pdf.output(str(tmp_path / "notes.pdf"))

    printed = PdfReader(tmp_path / "notes.pdf").pages[0].extract_text()
    assert len(printed.splitlines()) > 2, "the paragraph wraps, so a marker sits inside a line"
    assert read_reading(tmp_path / "notes.pdf").text == (
        "The ferry left the quay at dawn,¹ and the gulls followed it past the breakwater while"
        " the pilot read out the tide tables to nobody in particular. 'A calm sea is a"
        " rumour,' he said.² Nobody on the deck contradicted him, and the crossing took four"
        " hours.³\n"
    )
