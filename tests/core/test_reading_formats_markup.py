"""The finer points of reading HTML, EPUB and PDF files: what a browser or an e-reader shows
is what the reading's text holds (nested blocks, odd lists, a chapter's last letter), and a
file refused says why in the README's words."""

from __future__ import annotations

import zipfile

import pytest

from bot.core.extract import formats
from bot.core.extract.formats import ReadingError, read_reading, read_reading_bytes
from tests.fixtures.library_files import drm_epub, encrypted_epub
from tests.fixtures.readings import make_epub, make_pdf


def refused(name: str, data: bytes) -> ReadingError:
    with pytest.raises(ReadingError) as caught:
        read_reading_bytes(name, data)
    return caught.value


def test_an_image_whose_source_is_a_script_is_refused_saying_how_to_fix_it():
    error = refused("page.html", b'<p>Hello</p><img src="javascript:steal()">')
    assert error.reason == formats.SCRIPTS
    assert str(error).endswith("Save the page as plain text (or remove the scripts) and try again")


def test_paragraphs_after_a_list_of_paragraphs_are_kept():
    text = formats.html_to_text(
        "<ul><li><p>Apples first.</p></li><li><p>Pears next.</p></li></ul>"
        "<p>The orchard closed in 1931.</p>"
    )
    assert text == "Apples first.\n\nPears next.\n\nThe orchard closed in 1931.\n"


def test_a_numbered_list_counts_only_its_items_and_starts_at_one_without_a_valid_start():
    """As a browser numbers them: a stray paragraph inside the list is not an item, and a
    start that is not a number is ignored."""
    text = formats.html_to_text(
        "<ol><p>Notes</p><li>Merrow, Letters, p. 3.</li><li>Ibid., p. 9.</li></ol>"
        '<ol start="iv"><li>Hale, Minutes.</li></ol>'
    )
    assert text == "Notes\n\n1. Merrow, Letters, p. 3.\n\n2. Ibid., p. 9.\n\n1. Hale, Minutes.\n"


def test_a_chapter_or_a_page_ending_in_a_capital_x_keeps_it(tmp_path):
    book = make_epub(tmp_path / "book.epub", ["<p>The speech was given by Malcolm X</p>"])
    assert read_reading(book).text == "The speech was given by Malcolm X\n"
    pdf = read_reading(make_pdf(tmp_path / "talk.pdf", ["The speech was given by Malcolm X"]))
    assert (pdf.text, pdf.format) == ("The speech was given by Malcolm X\n", "pdf")


def test_an_epub_that_is_not_a_zip_or_is_encrypted_is_refused_saying_so(tmp_path):
    error = refused("book.epub", b"this is not a zip")
    assert (error.reason, str(error)) == (
        formats.CORRUPT,
        "the EPUB is damaged (not a readable zip archive)",
    )
    book = bytearray(make_epub(tmp_path / "book.epub", ["<p>Fine.</p>"]).read_bytes())
    entry = book.find(b"PK\x01\x02")  # the central directory's first entry
    book[entry + 8] |= 0x1  # its "encrypted" flag, as DRM leaves it
    error = refused("locked.epub", bytes(book))
    assert (error.reason, str(error)) == (
        formats.CORRUPT,
        "the EPUB is encrypted; export it without DRM first",
    )


def test_an_epub_under_drm_is_refused_saying_so_and_obfuscated_fonts_are_not_drm(tmp_path):
    """DRM (Adobe, Readium LCP) encrypts the chapters and lists them in encryption.xml, the
    zip itself readable: the moderator is told it is DRM, not that a chapter is damaged."""
    error = refused("protected.epub", drm_epub(tmp_path))
    assert (error.reason, str(error)) == (
        formats.CORRUPT,
        "the EPUB is protected by DRM (its text is encrypted); export it without DRM first, "
        "or send its text",
    )
    fonts_only = encrypted_epub(tmp_path, "http://www.idpf.org/2008/embedding")
    assert read_reading_bytes("book.epub", fonts_only).text == 'She said: "Lend the book."\n'


def test_an_epub_whose_container_names_no_package_is_refused(tmp_path):
    book = tmp_path / "book.epub"
    with zipfile.ZipFile(book, "w") as archive:
        archive.writestr("META-INF/container.xml", "<container><rootfiles/></container>")
        archive.writestr("OEBPS/c0.xhtml", "<p>Words.</p>")
    error = refused("book.epub", book.read_bytes())
    assert (error.reason, str(error)) == (
        formats.CORRUPT,
        "the EPUB has no readable package (container.xml)",
    )


def test_only_the_chapters_of_the_reading_order_are_read(tmp_path):
    """A stylesheet the package lists without an id is not in the reading order (the spine):
    none of its rules shows up as text."""
    book = make_epub(tmp_path / "book.epub", ["<p>Chapter one.</p>"])
    styled = tmp_path / "styled.epub"
    with zipfile.ZipFile(book) as source, zipfile.ZipFile(styled, "w") as archive:
        for name in source.namelist():
            data = source.read(name)
            if name == "OEBPS/content.opf":
                data = data.replace(
                    b"</manifest>",
                    b'<item href="style.css" media-type="text/css"/></manifest>',
                )
            archive.writestr(name, data)
        archive.writestr("OEBPS/style.css", "p { margin: 0 }")
    assert read_reading(styled).text == "Chapter one.\n"


def test_a_file_without_an_extension_is_refused_saying_so():
    error = refused("README", b"Some words.")
    assert (error.reason, str(error)) == (
        formats.UNSUPPORTED,
        "Lectern cannot read files without an extension: send .txt, .md, .html, .epub or .pdf",
    )


def test_a_file_read_from_disk_slower_than_its_budget_is_stopped(tmp_path):
    page = tmp_path / "essay.html"
    page.write_text("<p>One.</p><p>Two.</p>", encoding="utf-8")
    with pytest.raises(ReadingError) as caught:
        read_reading(page, budget_seconds=-1)
    assert caught.value.reason == formats.TOO_SLOW
