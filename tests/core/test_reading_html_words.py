"""Words an HTML page shows outside paragraphs are part of the reading: a block quotation
written without <p>, its <footer> attribution, a <div> of prose, and the quote marks a browser
draws for <q>. Before, they were silently left out of the stored text."""

from __future__ import annotations

from pathlib import Path

from bot.core.extract.formats import read_reading
from bot.core.extract.reading import propose_passages

PAGE = """<html><body>
<p>The architect, Sir Roger Pell, wrote in his diary:</p>
<blockquote>The east front is finished, and it is too long by a window.</blockquote>
<p>His client answered: <q>Then take a window away, and charge me less.</q></p>
<blockquote><p>A palace is a house that has forgotten it is a house.</p>
<footer>— Roger Pell, <cite>Memoirs</cite>, p. 40</footer></blockquote>
<div>The builders called the east wing the long job for forty years of their lives.</div>
</body></html>"""


def test_an_html_page_keeps_every_word_it_shows_and_reads_their_quotations(tmp_path: Path):
    page = tmp_path / "palace.html"
    page.write_text(PAGE, "utf-8")
    text = read_reading(page).text
    assert "    The east front is finished, and it is too long by a window." in text
    assert "“Then take a window away, and charge me less.”" in text
    assert "— Roger Pell, Memoirs, p. 40" in text
    assert "The builders called the east wing the long job" in text
    found = [
        (p.text, p.speaker_name, p.work_title, p.page)
        for p in propose_passages(text, author="The Essayist")
        if p.kind == "quotation"
    ]
    assert found == [
        ("The east front is finished, and it is too long by a window.", "Roger Pell", None, None),
        ("Then take a window away, and charge me less.", "His client", None, None),
        ("A palace is a house that has forgotten it is a house.", "Roger Pell", "Memoirs", "40"),
    ]
