"""A reading's file -> its plain text, through well-kept parsing libraries.

What Lectern stores of a reading is this plain text, verbatim; passages are slices of it.
Paragraphs are separated by a blank line; a block quotation of an HTML or EPUB file
(``<blockquote>``) becomes paragraphs indented by four spaces, the form a plain-text essay
gives it; a footnote marker ``<sup>3</sup>`` (or a web page's ``<sup><a href="#n3">3</a></sup>``)
becomes ``[3]``, and a note's "↩" link back to it is dropped. Scripts are never run: an HTML
file that holds any is refused rather than cleaned (a reading with scripts is not a text a group
was given to read). Hostile files get a :class:`ReadingError` saying why (``reason``) and
what to do.

- HTML: beautifulsoup4 with Python's own ``html.parser`` (no C extension to build).
- EPUB: :mod:`zipfile` (sizes checked before anything is unpacked) and the same HTML reader,
  chapters in the order of the package's spine.
- PDF: pypdf (pure Python) reads the text layer's runs with their positions and sizes;
  :mod:`bot.core.extract.pdf_text` reads the page's layout from them (paragraphs, block
  quotations, running heads, page numbers, the notes at the foot of each page), and its
  italics from their fonts, marked for the extractor as an HTML reading's are.
"""

from __future__ import annotations

import io
import logging
import posixpath
import re
import time
import warnings
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath

from bs4 import BeautifulSoup, Tag, XMLParsedAsHTMLWarning
from bs4.element import NavigableString, PageElement
from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from bot.core.extract.markdown_text import MarkdownScripts, MarkdownTooSlow, markdown_text
from bot.core.extract.marked import MarkedBuilder, MarkedText
from bot.core.extract.pdf_text import page_reading

# pypdf reports what it works around in a damaged PDF through logging ("EOF marker not
# found"): the bot's log keeps it, but where nothing set logging up (`lectern ingest` in a
# terminal) Python would print it bare beside Lectern's own one-line answer.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

MAX_FILE_BYTES = 20 * 1024 * 1024
# An EPUB is a zip of XHTML: text packs about 3-10 to 1. Far more than this is a zip bomb.
MAX_UNPACK_RATIO = 40
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
# A long book is a few hundred files (chapters, images, styles); thousands is a zip made to
# keep the reader busy.
MAX_EPUB_ENTRIES = 5_000
SUFFIXES = (".txt", ".md", ".html", ".htm", ".xhtml", ".epub", ".pdf")

# Why a file is refused (``ReadingError.reason``): what a caller tells the user, in its own
# words if it likes (the CLI prints the message and exits 2, bad input).
MISSING = "missing"
UNSUPPORTED = "unsupported"
CORRUPT = "corrupt"
NO_TEXT_LAYER = "no-text-layer"
TOO_LARGE = "too-large"
SCRIPTS = "scripts"
TOO_SLOW = "too-slow"


class ReadingError(Exception):
    """A file Lectern cannot read as a reading: ``reason`` says why, the message how to fix."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Reading:
    """A reading's plain text and the format it came from; ``marks``, where the file marks
    what the extractor reads (a Markdown file's italics, block quotations, notes), the text
    with those marks for the extractor (:mod:`bot.core.extract.marked`)."""

    text: str
    format: str
    marks: MarkedText | None = None


_BLOCKS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dt", "dd", "figcaption", "summary",
}  # fmt: skip
# Elements that hold blocks but may also hold words of their own, outside any block
# ("<blockquote>Words</blockquote>", "<footer>— Pell, <cite>Memoirs</cite></footer>"); a
# collapsed <details> is read as a reader who opens it sees it, its <summary> a line of its own
_CONTAINERS = {
    "blockquote", "div", "footer", "header", "section", "article", "aside", "main", "figure",
    "td", "th", "address", "body", "details",
}  # fmt: skip
_STRUCTURE = _BLOCKS | _CONTAINERS | {"ol", "ul", "dl", "table", "thead", "tbody", "tr"}
# Elements whose text a reader never sees on the page (an iframe's or object's fallback text
# is for browsers that cannot show them).
_HIDDEN = [
    "style",
    "head",
    "template",
    "noscript",
    "iframe",
    "object",
    "embed",
    "noembed",
    "noframes",
    "canvas",
    "nav",  # a table of contents or a site's menu: not the reading's words
]
# a style that hides an element: `display: none`, `visibility: hidden`
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)
# EPUB 3 (epub:type) and DPUB-ARIA (role) names of a note and of its marker
_NOTE_TYPES = {"footnote", "endnote", "rearnote", "note", "doc-footnote", "doc-endnote"}
_NOTEREF_TYPES = {"noteref", "doc-noteref"}
_SCRIPT_ATTRIBUTE = re.compile(r"^on[a-z]+$")


def _soup(markup: str | bytes) -> BeautifulSoup:
    """Python's own HTML parser, also for EPUB's XML files: no entity is ever expanded."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(markup, "html.parser")


def _check_deadline(deadline: float) -> None:
    if time.monotonic() > deadline:
        raise ReadingError(TOO_SLOW, "reading the file took longer than its time budget")


# the arrows a web page's footnotes link back to their markers with
_BACK_LINK = re.compile(r"[↩↑⤴^]\ufe0e?|\[?(?:back|return)\]?", re.IGNORECASE)


def _inline_text(element: Tag) -> str:
    return _nodes_text(element.descendants)


def _loose_text(container: Tag) -> str:
    """The words a container holds outside its blocks and inner containers."""
    nodes: list[PageElement] = []
    for child in container.children:
        if isinstance(child, Tag) and child.name in _STRUCTURE:
            continue
        nodes.append(child)
        if isinstance(child, Tag):
            nodes.extend(child.descendants)
    return _nodes_text(nodes)


def _nodes_text(nodes: Iterable[PageElement]) -> str:
    parts: list[str] = []
    for node in nodes:
        if isinstance(node, Tag):
            if node.name == "br":
                parts.append("\n")
            continue
        if type(node) is not NavigableString:
            continue  # a comment, CDATA or processing instruction: never a reader's text
        words = str(node)
        if node.find_parent("pre") is None:
            words = re.sub(
                r"\s+", " ", words
            )  # a browser shows a line break in the source as a space
        parent = node.parent
        link = parent if parent is not None and parent.name == "a" else None
        if link is not None and _BACK_LINK.fullmatch(words.strip()):
            continue  # a note's "↩" link back to its marker: no words of the note
        sup = parent if link is None else link.parent
        # a note's number: "1", or in small roman numerals as a word processor numbers endnotes
        numeral = words.strip().isdigit() or re.fullmatch(r"[ivxl]{1,6}", words.strip())
        if link is not None and _semantic(link) & _NOTEREF_TYPES and numeral:
            parts.append(f"[{words.strip()}]")  # <a epub:type="noteref">1</a>, raised or not
        elif sup is not None and sup.name == "sup" and numeral:
            parts.append(
                f"[{words.strip()}]"
            )  # <sup>1</sup>, <sup><a href="#n1">1</a></sup>, <sup>ii</sup>
        elif parent is not None and parent.name == "q" and parent.contents[0] is node:
            parts.append("“" + words + ("”" if parent.contents[-1] is node else ""))
        elif parent is not None and parent.name == "q" and parent.contents[-1] is node:
            parts.append(words + "”")  # <q>: the quote marks a browser shows
        else:
            parts.append(words)
    text = _tidy_italics("".join(parts))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _semantic(element: Tag) -> set[str]:
    """What an element is by its ``epub:type`` and ``role`` ("footnote", "noteref", ...)."""
    names = f"{element.get('epub:type') or ''} {element.get('role') or ''}"
    return set(names.lower().split())


def _is_hidden(element: Tag) -> bool:
    return element.has_attr("hidden") or bool(_HIDDEN_STYLE.search(str(element.get("style", ""))))


def _note_text(note: Tag, text: str, numbers: dict[str, str]) -> str:
    """A note (``<aside epub:type="footnote">``) as "3. Its words": the number of the
    marker that links to it, or the number it starts with (a link back to its marker)."""
    number = numbers.get(str(note.get("id", "")))
    leading = re.match(r"^\[?(\d{1,3})[\].)]?\s+", text)
    if leading is not None:
        number, text = number or leading.group(1), text[leading.end() :]
    return f"{number}. {text}" if number else text


def _has_scripts(soup: BeautifulSoup) -> bool:
    if soup.find("script") is not None:
        return True
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            if _SCRIPT_ATTRIBUTE.match(name):
                return True
            if name in ("href", "src") and str(value).strip().lower().startswith("javascript:"):
                return True
    return False


_SCRIPTS_MESSAGE = (
    "the file contains scripts; Lectern never runs or keeps them. Save the page as "
    "plain text (or remove the scripts) and try again"
)


# Where an HTML reading's italics (<i>, <em>, <cite>) open and close, while its text is
# written out: characters no reading holds (a reading that does is read without its italics).
# Each becomes a "*" in the marked text and nothing in the plain text.
_ITALIC_OPEN = "\ue0f1"
_ITALIC_CLOSE = "\ue0f2"
_ITALIC_MARKS = (_ITALIC_OPEN, _ITALIC_CLOSE)
# where a <summary> opens: the heading of what its <details> holds, marked "# " as Markdown
# marks a heading (only the extractor reads the mark)
_HEADING_MARK = "\ue0f3"
_ITALIC_SPLIT = re.compile(f"([{_ITALIC_OPEN}{_ITALIC_CLOSE}{_HEADING_MARK}])")
_ITALIC_TAGS = ["i", "em", "cite"]
_AROUND_SPACE = re.compile(f"{_ITALIC_OPEN}(\\s+)|(\\s+){_ITALIC_CLOSE}")
_EMPTY_OR_JOINED = re.compile(f"{_ITALIC_OPEN}{_ITALIC_CLOSE}|{_ITALIC_CLOSE}{_ITALIC_OPEN}")


def _tidy_italics(text: str) -> str:
    """Italics' edges moved in past the spaces a tag holds at its edges ("<i> Title </i>"),
    and empty italics ("<i></i>") and two italics side by side ("<i>a</i><em>b</em>", one
    title) made one, so that the text without the marks is the text the page shows."""
    if _ITALIC_OPEN not in text:
        return text
    while True:
        tidied = _AROUND_SPACE.sub(
            lambda m: m.group(1) + _ITALIC_OPEN if m.group(1) else _ITALIC_CLOSE + m.group(2),
            text,
        )
        tidied = _EMPTY_OR_JOINED.sub("", tidied)
        if tidied == text:
            return text
        text = tidied


def _mark_italics(soup: BeautifulSoup) -> None:
    """Each outermost italic run of words (an <i>, <em> or <cite> that holds no block) opened
    and closed by the italics' characters, which the text is written out with."""
    marked: set[int] = set()
    for tag in soup.find_all(_ITALIC_TAGS):
        if tag.find(_STRUCTURE) is not None or any(id(p) in marked for p in tag.parents):
            continue
        if tag.name == "cite" and (
            tag.find(["i", "em"]) is not None
            or tag.find_parent(["footer", "figcaption"])
            or _quote_header(tag)
            or _after_a_dash(tag)
        ):
            # "<cite>Ann Lowe, <i>Lock Days</i> (1931)</cite>": a reference; a quotation's
            # footer ("— <cite>Ann Lowe</cite>, keeper") or dash line ("<br>— <cite>Ann
            # Lowe, keeper, 1935</cite>"): its source, often a person
            continue
        marked.add(id(tag))
        tag.insert(0, NavigableString(_ITALIC_OPEN))
        tag.append(NavigableString(_ITALIC_CLOSE))


def _after_a_dash(tag: Tag) -> bool:
    """Whether an element opens a dash line: the words right before it end in a dash."""
    before = tag.previous_sibling
    if not isinstance(before, NavigableString):
        return False
    return re.search(r"(?:—|–|--|―)\s*$", before) is not None


# what a forum's quote header says: "X wrote:", "Quote from: X on …", "Quoting X:"
_QUOTE_HEADER_WORDS = re.compile(
    r"(?:wrote|writes|said|says|posted)\s*:\s*$|^(?:Quote\s+from|Quoting|Originally\s+posted\s+by)\b",
    re.IGNORECASE,
)


def _quote_header(tag: Tag) -> bool:
    """Whether a <cite> opens a <blockquote> as a forum's quote header does ("<cite>X
    wrote:</cite>Words"): the line that names whose words follow, no title and no part of
    them."""
    parent = tag.parent
    if tag.name != "cite" or not isinstance(parent, Tag) or parent.name != "blockquote":
        return False
    children = [c for c in parent.children if not (isinstance(c, str) and not c.strip())]
    return (
        len(children) > 1
        and children[0] is tag
        and _QUOTE_HEADER_WORDS.search(tag.get_text(" ", strip=True)) is not None
    )


def _marked_from(text: str) -> MarkedText:
    """The plain and marked texts of a text written out with the italics' characters."""
    out = MarkedBuilder()
    for piece in _ITALIC_SPLIT.split(text):
        if piece == _HEADING_MARK:
            out.mark("# ")
        elif piece in _ITALIC_MARKS:
            out.mark("*")
        elif piece:
            out.same(piece)
    return out.build()


def html_to_text(markup: str, deadline: float = float("inf")) -> str:
    """The paragraphs of an HTML document, block quotations indented by four spaces."""
    return _html_text(markup, deadline, italics=False)


def html_with_italics(markup: str, deadline: float = float("inf")) -> list[list[tuple[str, str]]]:
    """The lines of :func:`html_to_text` as (marked, plain) pieces: an italic run's opening
    and closing as ``("*", "")``, its words as they are (the Markdown reader's raw HTML)."""
    lines = _html_text(markup, deadline, italics=True).strip("\n").split("\n")
    return [
        [
            ("# ", "")
            if piece == _HEADING_MARK
            else ("*", "")
            if piece in _ITALIC_MARKS
            else (piece, piece)
            for piece in _ITALIC_SPLIT.split(line)
            if piece
        ]
        for line in lines
    ]


def html_reading(markup: str, deadline: float = float("inf")) -> MarkedText:
    """An HTML document's plain text (:func:`html_to_text`) and the marked text the extractor
    reads: the plain text with its italics as ``*…*``, as a Markdown file writes them."""
    return _marked_from(_html_text(markup, deadline, italics=True))


def _html_text(markup: str, deadline: float, *, italics: bool) -> str:
    """The text of an HTML document; with ``italics``, written out with the italics'
    characters (unless the document holds them itself: then without its italics)."""
    soup = _soup(markup)
    page = soup.get_text() if italics else ""
    italics = italics and _ITALIC_OPEN not in page and _ITALIC_CLOSE not in page
    if _has_scripts(soup):
        raise ReadingError(SCRIPTS, _SCRIPTS_MESSAGE)
    for hidden in soup.find_all(_HIDDEN):
        hidden.decompose()
    for hidden in [tag for tag in soup.find_all(True) if _is_hidden(tag)]:
        if not hidden.decomposed:
            hidden.decompose()
    # each note's number, from the marker that links to it ("#n3" -> "3")
    numbers = {
        str(link.get("href", "")).partition("#")[2]: link.get_text().strip()
        for link in soup.find_all("a")
        if _semantic(link) & _NOTEREF_TYPES or link.find_parent("sup") is not None
    }
    for header in [tag for tag in soup.find_all("cite") if _quote_header(tag)]:
        header.insert_after(soup.new_tag("br"))  # "millrace_tom wrote:" a line of its own
    _words_after_blocks_in_place(soup)
    _paragraphs_of_an_item_on_lines(soup)
    if italics:
        _mark_italics(soup)
        for summary in soup.find_all("summary"):
            summary.insert(0, NavigableString(_HEADING_MARK))
    body = soup.body or soup
    paragraphs: list[str] = []
    for element in [body, *body.find_all([*_BLOCKS, *_CONTAINERS, "table"])]:
        _check_deadline(deadline)
        if element.find_parent([*_BLOCKS, "table"]) is not None:
            continue  # its text is in the enclosing block's or table's
        if element.name == "table":
            paragraphs.append(_table_text(element))
            paragraphs += _quoted_in_cells(element)
            continue
        loose = element is body or element.name in _CONTAINERS
        text = _loose_text(element) if loose else _inline_text(element)
        if not text:
            continue
        note = element if _semantic(element) & _NOTE_TYPES else element.find_parent(_is_note)
        if note is not None and text == (_loose_text(note) or _first_text(note)):
            text = _note_text(note, text, numbers)
        parent = element.parent
        if element.name == "li" and isinstance(parent, Tag) and parent.name == "ol":
            # numbered as a browser shows it: notes at the end of an essay are "1. ..."
            items = parent.find_all("li", recursive=False)
            first = str(parent.get("start", "1"))
            start = int(first) if first.isdigit() else 1
            text = f"{start + items.index(element)}. {text}"
        if element.name == "blockquote" or element.find_parent("blockquote") is not None:
            text = "\n".join("    " + line for line in text.split("\n"))
        paragraphs.append(text)
    if not paragraphs:  # no block elements: the document's text as it stands
        paragraphs = [_inline_text(body)] if _inline_text(body) else []
    return "\n\n".join(paragraphs) + "\n"


def _words_after_blocks_in_place(soup: BeautifulSoup) -> None:
    """Words a container holds after one of its blocks ("<blockquote><p>Words</p><cite>Ann
    Lee, 1958</cite></blockquote>") set as a paragraph of their own where they stand, as a
    browser shows them; the words before its first block stay the container's own."""
    for container in soup.find_all(_CONTAINERS - {"body"}):
        children = list(container.children)
        first = next(
            (n for n, c in enumerate(children) if isinstance(c, Tag) and c.name in _STRUCTURE),
            None,
        )
        if first is None:
            continue
        run: list[PageElement] = []
        for child in [*children[first + 1 :], None]:
            if child is None or (isinstance(child, Tag) and child.name in _STRUCTURE):
                if any(not isinstance(c, str) or c.strip() for c in run):
                    paragraph = soup.new_tag("p")
                    run[0].insert_before(paragraph)
                    for loose in run:
                        paragraph.append(loose.extract())
                run = []
            else:
                run.append(child)


def _paragraphs_of_an_item_on_lines(soup: BeautifulSoup) -> None:
    """A list item holding paragraphs of its own ("<li><p>Words</p><p>Ann Lee, 1958</p></li>")
    keeps them apart, as a browser shows them: each on a line of its own within the item."""
    for item in soup.find_all("li"):
        paragraphs = [c for c in item.children if isinstance(c, Tag) and c.name in ("p", "div")]
        for paragraph in paragraphs[:-1] if len(paragraphs) > 1 else []:
            paragraph.insert_after(soup.new_tag("br"))


def _is_note(element: Tag) -> bool:
    return bool(_semantic(element) & _NOTE_TYPES)


def _first_text(note: Tag) -> str:
    """The text of a note's first block: where its number stands."""
    first = note.find(_BLOCKS)
    return _inline_text(first) if isinstance(first, Tag) else ""


def _table_text(table: Tag) -> str:
    """A table as a browser shows it: a row a line, its cells apart (a tab between them); a
    cell that sets a block quotation out (:func:`_quoted_in_cells`) stands empty in its row."""
    rows = []
    for row in table.find_all("tr"):
        if row.find_parent("table") is not table:
            continue
        cells = [
            "" if _quoting_cell(cell) else _inline_text(cell)
            for cell in row.find_all(["td", "th"], recursive=False)
        ]
        rows.append("\t".join(" ".join(cell.split()) for cell in cells))
    caption = table.find("caption")
    lines = ([_inline_text(caption)] if isinstance(caption, Tag) else []) + rows
    return "\n".join(line for line in lines if line.strip())


def _quoting_cell(cell: Tag) -> bool:
    return cell.find("blockquote") is not None and cell.find("table") is None


def _quoted_in_cells(table: Tag) -> list[str]:
    """The paragraphs of the cells of ``table`` that set a block quotation out ("<td>
    <blockquote><p>Words</p></blockquote><p>— Ann Lee</p></td>"), after the table, as a
    browser shows them: each block a paragraph, the quotation's indented."""
    paragraphs: list[str] = []
    for cell in table.find_all(["td", "th"]):
        if cell.find_parent("table") is not table or not _quoting_cell(cell):
            continue
        for block in cell.find_all(["blockquote", *_BLOCKS]):
            if block.find_parent(["blockquote", *_BLOCKS, "td", "th"]) is not cell:
                continue  # its text is in the enclosing block's
            text = _inline_text(block).strip()
            if text and block.name == "blockquote":
                text = "\n".join("    " + line for line in text.split("\n"))
            if text:
                paragraphs.append(text)
    return paragraphs


def _epub_text(data: bytes, deadline: float) -> MarkedText:
    """An EPUB's chapters, in the spine's order, as :func:`html_reading` reads each."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise ReadingError(CORRUPT, "the EPUB is damaged (not a readable zip archive)") from error
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_EPUB_ENTRIES:
            raise ReadingError(
                TOO_LARGE,
                f"the EPUB holds {len(infos):,} files; a book has a few hundred at most "
                f"(the limit is {MAX_EPUB_ENTRIES:,}), so it was not opened",
            )
        if any(info.flag_bits & 0x1 for info in infos):
            raise ReadingError(CORRUPT, "the EPUB is encrypted; export it without DRM first")
        unpacked = sum(info.file_size for info in infos)
        if unpacked > min(MAX_UNPACKED_BYTES, max(len(data), 1) * MAX_UNPACK_RATIO):
            raise ReadingError(
                TOO_LARGE,
                f"the EPUB unpacks to {unpacked:,} bytes, far more than its {len(data):,}; "
                "it is not a normal book and was not opened",
            )
        names = set(archive.namelist())
        if _drm_protected(archive, names):
            raise ReadingError(
                CORRUPT,
                "the EPUB is protected by DRM (its text is encrypted); export it without DRM "
                "first, or send its text",
            )
        try:
            container = _soup(archive.read("META-INF/container.xml"))
            rootfile = container.find("rootfile")
            package_path = str(rootfile["full-path"]) if isinstance(rootfile, Tag) else ""
            package = _soup(archive.read(package_path))
        except (KeyError, zipfile.BadZipFile, ValueError) as error:
            raise ReadingError(
                CORRUPT, "the EPUB has no readable package (container.xml)"
            ) from error
        base = posixpath.dirname(package_path)
        # the navigation document (EPUB 3's table of contents) is in the spine of some books,
        # but is no part of the reading
        manifest = {
            str(item.get("id")): str(item.get("href"))
            for item in package.find_all("item")
            if isinstance(item, Tag) and "nav" not in str(item.get("properties", "")).split()
        }
        chapters: list[str] = []
        for ref in package.find_all("itemref"):
            _check_deadline(deadline)
            href = manifest.get(str(ref.get("idref"))) if isinstance(ref, Tag) else None
            if href is None:
                continue
            member = posixpath.normpath(posixpath.join(base, href.split("#")[0]))
            if member not in names:
                raise ReadingError(CORRUPT, f"the EPUB's chapter {href} is missing")
            try:
                markup = archive.read(member).decode("utf-8")
            except (UnicodeDecodeError, zipfile.BadZipFile) as error:
                raise ReadingError(CORRUPT, f"the EPUB's chapter {href} is damaged") from error
            chapters.append(_html_text(markup, deadline, italics=True).strip("\n"))
    return _marked_from("\n\n".join(c for c in chapters if c) + "\n")


# Font obfuscation (the IDPF's and Adobe's) scrambles embedded fonts only: no DRM.
_FONT_OBFUSCATION = {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}


def _drm_protected(archive: zipfile.ZipFile, names: set[str]) -> bool:
    """Whether the book's content is encrypted: DRM (Adobe, Readium LCP, ...) lists what it
    encrypted in ``META-INF/encryption.xml`` and leaves the zip itself readable, so its
    chapters would read as garbage or as "damaged"."""
    if "META-INF/encryption.xml" not in names:
        return False
    try:
        listing = _soup(archive.read("META-INF/encryption.xml"))
    except (zipfile.BadZipFile, ValueError):
        return True
    for method in listing.find_all(re.compile(r"(^|:)encryptionmethod$")):
        if str(method.get("algorithm", "")).strip() not in _FONT_OBFUSCATION:
            return True
    return False


def _pdf_text(data: bytes, deadline: float) -> MarkedText:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadingError(CORRUPT, "the PDF is encrypted with a password; remove it first")
        text = page_reading(list(reader.pages), lambda: _check_deadline(deadline))
    except ReadingError:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError) as error:
        raise ReadingError(CORRUPT, "the PDF is damaged and cannot be read") from error
    if not text.plain.strip():
        raise ReadingError(
            NO_TEXT_LAYER,
            "the PDF has no text layer (a scan?): run it through OCR first, or send the text",
        )
    return text


def read_reading(path: Path, *, budget_seconds: float = 30.0) -> Reading:
    """The plain text of the reading at ``path`` (see the module's doc for each format)."""
    if not path.is_file():
        raise ReadingError(MISSING, f"no such file: {path}")
    _check_suffix(path.name)
    size = path.stat().st_size
    _check_size(size, MAX_FILE_BYTES)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReadingError(MISSING, f"cannot read {path}: {error.strerror}") from error
    return read_reading_bytes(path.name, data, budget_seconds=budget_seconds)


def _check_suffix(file_name: str) -> str:
    suffix = PurePath(file_name).suffix.lower()
    if suffix not in SUFFIXES:
        raise ReadingError(
            UNSUPPORTED,
            f"Lectern cannot read {suffix or 'files without an extension'}: "
            "send .txt, .md, .html, .epub or .pdf",
        )
    return suffix


def _check_size(size: int, limit: int) -> None:
    if size > limit:
        raise ReadingError(
            TOO_LARGE,
            f"the file is {size / 1024 / 1024:.1f} MB; the limit is {limit / 1024 / 1024:g} MB",
        )


def read_reading_bytes(
    file_name: str,
    data: bytes,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    budget_seconds: float = 30.0,
) -> Reading:
    """The plain text of a reading sent as ``data`` (an attachment); ``file_name``'s
    extension says its format. Files over ``max_bytes`` are refused unread."""
    deadline = time.monotonic() + budget_seconds
    suffix = _check_suffix(file_name)
    _check_size(len(data), max_bytes)
    if suffix == ".epub":
        return _marked_reading(_epub_text(data, deadline), "epub")
    if suffix == ".pdf":
        return _marked_reading(_pdf_text(data, deadline), "pdf")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReadingError(
            CORRUPT, f"the file is not UTF-8 text (byte {error.start}); save it as UTF-8"
        ) from error
    text = text.replace("\r\n", "\n")
    if suffix in (".html", ".htm", ".xhtml"):
        return _marked_reading(html_reading(text, deadline), "html")
    if suffix == ".md":
        return _markdown_reading(text, deadline)
    return Reading(text, suffix.lstrip("."))


def _marked_reading(marks: MarkedText, format_name: str) -> Reading:
    """A reading of its plain text, with its marked text where it has any marks."""
    return Reading(marks.plain, format_name, marks if marks.edits else None)


def _markdown_reading(source: str, deadline: float) -> Reading:
    try:
        marks = markdown_text(unstorable_removed(source), deadline)
    except MarkdownScripts:
        raise ReadingError(SCRIPTS, _SCRIPTS_MESSAGE) from None
    except MarkdownTooSlow:
        raise ReadingError(TOO_SLOW, "reading the file took longer than its time budget") from None
    return Reading(marks.plain, "md", marks)


# NUL and other control characters (tabs and line breaks kept), which no reader typed and
# PostgreSQL cannot store, and the bidi embeddings, overrides and isolates that would show a
# quotation's words reversed in Discord.
_UNSTORABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def unstorable_removed(text: str) -> str:
    """``text`` without the characters Lectern never stores (see ``_UNSTORABLE``)."""
    return _UNSTORABLE.sub("", text)
