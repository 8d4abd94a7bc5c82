"""HTML and EPUB read as a browser or a reading system shows them: hidden text never read,
notes with their numbers, tables a row a line, no table of contents.

Every page here was written for the test; each expected text was written out by hand from
what a browser shows of it."""

from __future__ import annotations

from bot.core.extract.formats import html_to_text, read_reading
from bot.core.extract.ingest import propose_reading
from bot.settings import DEFAULT_CORPUS_DIR
from tests.fixtures.readings import make_epub


def test_text_hidden_from_the_reader_is_never_read():
    page = (
        "<html><body>"
        "<p>The warden wrote that “the gate shuts at dusk<span hidden> for members only</span>"
        " and opens at dawn”.</p>"
        "<p style='display: none'>Draft: check the warden's dates.</p>"
        "<div style='color: grey; display:none'><p>Old version of the paragraph.</p></div>"
        "<p>Nobody kept the key<span style='visibility: hidden'> (ask Ruth)</span>.</p>"
        "<template><p>A row to copy.</p></template>"
        "<nav><ul><li><a href='#one'>Part one</a></li></ul></nav>"
        "</body></html>"
    )
    assert html_to_text(page) == (
        "The warden wrote that “the gate shuts at dusk and opens at dawn”.\n\n"
        "Nobody kept the key.\n"
    )


def test_epub_notes_keep_their_numbers_at_the_marker_and_at_the_note():
    """A marker written as a plain link (epub:type="noteref", not raised by <sup>) reads as
    "[2]"; the note it links to (an <aside epub:type="footnote">) reads as "2. …", its
    number taken from the marker when the note does not print one, its link back dropped."""
    chapter = (
        "<html xmlns:epub='http://www.idpf.org/2007/ops'><body>"
        "<p>“The ice will hold a horse by Candlemas,” the ferryman said."
        "<a epub:type='noteref' href='#fn2' id='r2'>2</a> It did not.</p>"
        "<aside epub:type='footnote' id='fn2'><p>Parish register, 1814, f. 9.</p></aside>"
        "<p>The frost fair lasted four days.<a role='doc-noteref' href='#fn3'>3</a></p>"
        "<aside role='doc-footnote' id='fn3'><p><a href='#r3'>3</a> Ibid., f. 11.</p></aside>"
        "</body></html>"
    )
    assert html_to_text(chapter) == (
        "“The ice will hold a horse by Candlemas,” the ferryman said.[2] It did not.\n\n"
        "2. Parish register, 1814, f. 9.\n\n"
        "The frost fair lasted four days.[3]\n\n"
        "3. Ibid., f. 11.\n"
    )


def test_an_epub_footnote_after_its_paragraph_gives_the_quotation_its_page():
    chapter = (
        "<html xmlns:epub='http://www.idpf.org/2007/ops'><body>"
        "<p>The fair's own handbill promised “a street of booths from bank to bank, and"
        " roast ox for all comers”.<a epub:type='noteref' href='#fn4'>4</a></p>"
        "<aside epub:type='footnote' id='fn4'><p>Enid Varley, The Frozen Thames, p. 61.</p>"
        "</aside><p>The ox was never roasted.</p></body></html>"
    )
    records = propose_reading(
        html_to_text(chapter),
        corpus_dir=DEFAULT_CORPUS_DIR,
        file_name="frost.epub",
        title="Frost Fair",
        author="Ann Hale",
        year=2024,
    )
    [quotation] = [r for r in records if r["kind"] == "quotation"]
    assert (quotation["page"], quotation["work_title"]) == ("61", "The Frozen Thames")
    assert all("Varley" not in str(r["text"]) for r in records if r["kind"] == "commentary")


def test_a_table_reads_a_row_a_line_and_lists_line_breaks_and_captions_as_shown():
    page = (
        "<html><body>"
        "<table><caption>Members by year</caption>"
        "<tr><th>Year</th><th>Members</th></tr><tr><td>1911</td><td>14</td></tr></table>"
        "<ul><li>Rakes</li><li>Two <em>good</em> ladders</li></ul>"
        "<p>Row, row<br/>across the flow</p>"
        "<figure><img src='ice.png' alt='A sledge'/><figcaption>The fair in 1814.</figcaption>"
        "</figure>"
        "</body></html>"
    )
    assert html_to_text(page) == (
        "Members by year\nYear\tMembers\n1911\t14\n\n"
        "Rakes\n\nTwo good ladders\n\n"
        "Row, row\nacross the flow\n\n"
        "The fair in 1814.\n"
    )


def test_an_epubs_table_of_contents_is_not_part_of_the_reading(tmp_path):
    """EPUB 3 books often put their navigation document in the spine: its titles are not the
    book's text (and would read as headings before every chapter's words)."""
    import zipfile

    chapter = "<html><body><p>The river froze on the first of February.</p></body></html>"
    nav = (
        "<html xmlns:epub='http://www.idpf.org/2007/ops'><body><nav epub:type='toc'><ol>"
        "<li><a href='c0.xhtml'>The Frost</a></li></ol></nav><p>Contents</p></body></html>"
    )
    book = make_epub(tmp_path / "book.epub", [chapter])
    with zipfile.ZipFile(book) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    package = entries["OEBPS/content.opf"].decode()
    package = package.replace(
        "<manifest>",
        '<manifest><item id="nav" href="nav.xhtml" properties="nav"'
        ' media-type="application/xhtml+xml"/>',
    ).replace("<spine>", '<spine><itemref idref="nav"/>')
    entries["OEBPS/content.opf"] = package.encode()
    entries["OEBPS/nav.xhtml"] = nav.encode()
    with zipfile.ZipFile(book, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    assert read_reading(book).text == "The river froze on the first of February.\n"


def test_a_paragraph_wrapped_in_the_source_reads_as_one_line_as_a_browser_shows_it():
    page = (
        "<html><body><p>The lock-keeper said that “a canal is a road\n"
        "      that remembers every boat”, and\n"
        "      nobody argued.</p>\n"
        "<p>Coal, 2d;<br/>\n   lime, 1d.</p></body></html>"
    )
    assert html_to_text(page) == (
        "The lock-keeper said that “a canal is a road that remembers every boat”, and nobody"
        " argued.\n\nCoal, 2d;\nlime, 1d.\n"
    )
