"""A PDF's text layer -> the plain text a reader sees, from where the PDF places each run.

pypdf reads the text runs and reports each with its position and font size (its
``visitor_text``); the page's layout is read from those alone, never guessed from the words:

- a line is the runs that share a baseline (a raised note marker, smaller and a little
  higher, stays in its line); a line's words join with one space, and a word hyphenated at
  a line's end is joined again ("exam-" / "ple" -> "example") unless the text itself writes
  it with its hyphen elsewhere ("well-known");
- a paragraph ends where the page leaves a larger gap than between its lines, where a line
  starts further in than the one before (a first-line indent) or the margin changes; a
  paragraph set further in than the text before and after it is a block quotation and is
  written indented by four spaces, the form a plain-text essay gives it;
- the line at the top or foot of a page that repeats on other pages (a running head, with
  or without its page number) and a page number alone are page furniture, left out;
- the notes at the foot of a page (set smaller than the text, each starting with its number)
  are written after the paragraph the page ends in, one a paragraph, so a paragraph (and a
  quotation) that runs on to the next page reads on unbroken;
- a note marker set raised and small is written as superscript numerals ("it is yours.’¹"),
  as it reads; ligatures (ﬁ, ﬂ) are written as their letters;
- text drawn off the page, or smaller than a point, is not seen, so not read;
- a run set in an italic or oblique font (its name or its font descriptor says so) is
  italics: :func:`page_reading` gives the text with ``*…*`` around them for the extractor, as
  an HTML reading's ``<i>`` is marked (a title is read by its italics), the plain text the same.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pypdf import PageObject

from bot.core.extract.marked import MarkedBuilder, MarkedText

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
# a page number alone: "12", "xiv", "- 12 -", "Page 12", "12 of 30"
# (roman numbers in small letters: "II" alone is a section's number)
_PAGE_NUMBER = re.compile(
    r"(?:[Pp]age\s+)?(?:\d{1,3}|[ivxlc]{1,6})(?:\s+of\s+\d{1,4})?|[-–—]\s*\d{1,3}\s*[-–—]"
)
# what a note at the foot of a page starts with: its number (raised or not) or a symbol
_NOTE_START = re.compile(r"^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s?|\d{1,3}[.)]?\s|[*†‡§]{1,3}\s?)\S")
# a line that ends a sentence: its last mark, then closing quotes, brackets or a note marker
_SENTENCE_END = re.compile(r"[.!?:;…][’'”\"»)\]⁰¹²³⁴⁵⁶⁷⁸⁹*†‡§]*$")
_HYPHENATED = re.compile(r"(?P<head>[^\W\d_]+)[-\u2010\u00ad]$")
_TAIL = re.compile(r"^(?P<tail>[a-zß-ÿ][^\W\d_]*)")
_RAISED_MARKER = re.compile(r"\d{1,3}|[*†‡§]{1,3}")
# a font's name that says it is italic: "Times-Italic", "Helvetica-Oblique",
# "ABCDEF+Garamond-BoldItalic", "MinionPro-It", "Arial,Italic"
_ITALIC_FONT = re.compile(r"italic|oblique|[-,](?:Bold|Semibold|Medium|Light)?It(?:MT)?$", re.I)
_ITALIC_FLAG = 1 << 6  # a font descriptor's /Flags: the Italic bit

Span = tuple[int, int]


@dataclass
class _Run:
    text: str
    x: float
    y: float
    size: float
    italic: bool = False


@dataclass
class _Line:
    runs: list[_Run]
    page: int
    text: str = ""
    x: float = 0.0
    y: float = 0.0
    size: float = 0.0
    italics: list[Span] = field(default_factory=list)  # where the text is set in italics

    def finish(self) -> None:
        """The line's text (raised markers as superscripts), left edge, baseline and size."""
        sizes = Counter[float]()
        for run in self.runs:
            sizes[round(run.size, 1)] += len(run.text.strip())
        self.size = sizes.most_common(1)[0][0] if sizes else 0.0
        self.x = min(run.x for run in self.runs)
        main = [run for run in self.runs if round(run.size, 1) == self.size]
        self.y = statistics.median(run.y for run in main) if main else self.runs[0].y
        parts = []
        for run in self.runs:
            words = run.text
            raised = run.size < self.size * 0.85 and run.y >= self.y - 0.5
            if raised and _RAISED_MARKER.fullmatch(words.strip()):
                words = words.strip().translate(_SUPERSCRIPT)
            parts.append(words)
        self.text = " ".join("".join(parts).translate(_LIGATURES).split())
        if any(run.italic for run in self.runs):
            self.italics = _line_italics(parts, [run.italic for run in self.runs])


def _line_italics(parts: list[str], italic: list[bool]) -> list[Span]:
    """Where a line's italic runs stand in its text (its words joined by one space): spans of
    italic words, with the spaces between two italic words (a title's) inside them."""
    slanted: list[bool | None] = []  # each character of the line's text: a space is None
    space = False
    for words, run_italic in zip(parts, italic, strict=True):
        for char in words.translate(_LIGATURES):
            if char.isspace():
                space = bool(slanted)
                continue
            if space:
                slanted.append(None)
                space = False
            slanted.append(run_italic)
    spans: list[Span] = []
    for n, flag in enumerate(slanted):
        inside = flag if flag is not None else bool(slanted[n - 1] and slanted[n + 1])
        if not inside:
            continue
        if spans and spans[-1][1] == n:
            spans[-1] = (spans[-1][0], n + 1)
        else:
            spans.append((n, n + 1))
    return spans


@dataclass
class _Paragraph:
    lines: list[_Line]
    kind: str = "body"  # body | quote | note
    notes: list[_Paragraph] = field(default_factory=list)  # the page's notes, written after it

    @property
    def left(self) -> float:
        lines = self.lines[1:] or self.lines  # a first-line indent is not the margin
        return min(line.x for line in lines)


def _runs(page: PageObject) -> list[_Run]:
    """The page's text runs; text drawn off the page or too small to see is never read."""
    runs: list[_Run] = []
    box = page.mediabox
    left, bottom, right, top = (float(v) for v in (box.left, box.bottom, box.right, box.top))
    slanted: dict[int, bool] = {}  # each font of the page (by its object): italic or not

    def visit(text: Any, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if not isinstance(text, str) or not text.strip("\n"):
            return
        _, _, c, d, e, f = (float(v) for v in tm)
        ca, cb, cc, cd, ce, cf = (float(v) for v in cm)
        x, y = e * ca + f * cc + ce, e * cb + f * cd + cf
        scale = math.hypot(c * ca + d * cc, c * cb + d * cd) or 1.0
        effective = float(size or 0) * scale
        if effective < 1 or not left - 200 < x < right or not bottom - effective <= y <= top:
            return
        if id(font) not in slanted:
            slanted[id(font)] = _is_italic(font)
        italic = slanted[id(font)]
        for n, part in enumerate(text.split("\n")):  # a run pypdf broke into lines itself
            if part.strip() or (n == 0 and part):
                runs.append(_Run(part, x, y - n * effective * 1.2, effective, italic))

    page.extract_text(visitor_text=visit)
    return runs


def _is_italic(font: Any) -> bool:
    """Whether a font is italic or oblique: its name says so, or its descriptor (the font's
    own, or its descendant's for a composite font) has the Italic flag or a slant."""
    if not isinstance(font, dict):
        return False
    name = str(font.get("/BaseFont", "")).lstrip("/").rpartition("+")[2]
    if _ITALIC_FONT.search(name):
        return True
    descendants = font.get("/DescendantFonts")
    fonts = [font, *(d.get_object() for d in (descendants.get_object() if descendants else []))]
    for each in fonts:
        descriptor = each.get("/FontDescriptor") if isinstance(each, dict) else None
        if descriptor is None:
            continue
        descriptor = descriptor.get_object()
        flags = int(descriptor.get("/Flags", 0) or 0)
        angle = float(descriptor.get("/ItalicAngle", 0) or 0)
        if flags & _ITALIC_FLAG or abs(angle) >= 5:
            return True
    return False


def _lines(runs: list[_Run], page: int) -> list[_Line]:
    """Runs in the order the page draws them, grouped into lines by their baselines."""
    lines: list[_Line] = []
    for run in runs:
        if lines:
            line = lines[-1]
            base = max(line.runs, key=lambda r: r.size)
            tolerance = max(base.size, run.size) * 0.45
            if base.y - tolerance * 0.6 <= run.y <= base.y + tolerance:
                line.runs.append(run)
                continue
        lines.append(_Line([run], page))
    return [line for line in lines if "".join(r.text for r in line.runs).strip()]


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+|\b[ivxlcdm]+\b", "#", text.lower()).strip()


def _strip_furniture(pages: list[list[_Line]], body_size: float) -> None:
    """Drop running heads and page numbers: the top-most or foot-most lines of a page that
    are a number alone, or that repeat (numbers aside) at the top, or the foot, of another
    page. A note at the foot of a page ("² Ibid., p. 4.") is never a running foot."""
    tops: Counter[str] = Counter()
    feet: Counter[str] = Counter()
    for lines in pages:
        ordered = sorted(lines, key=lambda line: -line.y)
        tops.update({_furniture_key(line.text) for line in ordered[:2]})
        feet.update({_furniture_key(line.text) for line in ordered[-2:]})
    for lines in pages:
        for _ in range(2):
            for pick, seen in ((max, tops), (min, feet)):  # the top of the page, its foot
                if not lines:
                    return
                edge = pick(lines, key=lambda line: line.y)
                note = (
                    seen is feet and edge.size < body_size * 0.88 and _NOTE_START.match(edge.text)
                )
                if _PAGE_NUMBER.fullmatch(edge.text) or (
                    len(pages) > 1 and seen[_furniture_key(edge.text)] > 1 and not note
                ):
                    lines.remove(edge)


def _page_notes(lines: list[_Line], body_size: float) -> list[list[_Line]]:
    """The notes at the foot of a page, each its lines: the lines under the text, set
    smaller than it, from the first that starts with a note's number or symbol (and the
    lines of its size above it: a note the page before began goes on there first)."""
    ordered = sorted(lines, key=lambda line: -line.y)
    start = len(ordered)
    while start > 0 and ordered[start - 1].size < body_size * 0.88:
        start -= 1
    first = next(
        (n for n in range(start, len(ordered)) if _NOTE_START.match(ordered[n].text)), None
    )
    if first is None:
        return []
    while first > start and abs(ordered[first - 1].size - ordered[first].size) < 0.3:
        first -= 1
    notes: list[list[_Line]] = []
    for line in ordered[first:]:
        if _NOTE_START.match(line.text) or not notes:
            notes.append([line])
        else:
            notes[-1].append(line)
    return notes


def _leading(lines: list[_Line], body_size: float) -> float:
    """The distance between the baselines of a paragraph's lines: the commonest gap between
    two lines of the text's size (a gap between paragraphs is larger, and rarer), or a
    smaller gap of a line's height where most paragraphs are one line long (a slide deck's
    bullets and credits: the commonest gap is between them, and the line height shows only
    under the few lines that wrap)."""
    gaps = Counter(
        round(a.y - b.y, 0)
        for a, b in itertools.pairwise(lines)
        if a.page == b.page
        and 0 < a.y - b.y < body_size * 2.5
        and abs(a.size - body_size) < 0.5
        and abs(b.size - body_size) < 0.5
    )
    if not gaps:
        return body_size * 1.2
    commonest, count = gaps.most_common(1)[0]
    within = [
        gap
        for gap in gaps
        if body_size * 0.95 <= gap <= min(commonest / 1.35, body_size * 1.6) and count >= 3
    ]
    return min(within, default=commonest)


def _paragraphs(lines: list[_Line], body_size: float, leading: float) -> list[list[_Line]]:
    """The lines of one page (or column) in reading order, cut into paragraphs."""
    paragraphs: list[list[_Line]] = []
    tolerance = body_size * 0.3
    # the left margin: the leftmost edge two lines or more start at
    starts = Counter(round(line.x) for line in lines)
    margin = min((x for x, count in starts.items() if count > 1), default=min(starts, default=0))
    measures = _measures(lines)
    for line in lines:
        if not paragraphs:
            paragraphs.append([line])
            continue
        current = paragraphs[-1]
        before = current[-1]
        gap = before.y - line.y
        new = gap > leading * 1.35 + 0.5 or abs(line.size - before.size) > 0.6
        if line.x > before.x + tolerance:
            new = True  # a first-line indent, or a block set further in
        elif line.x < before.x - tolerance:
            # a paragraph's first line set in by an em or so, not a block set further in
            first_line_indent = len(current) == 1 and before.x - line.x <= body_size * 2
            if not first_line_indent:
                new = True  # the block set further in has ended
        elif line.x > margin + tolerance and _short(before, measures):
            new = True  # a short paragraph, then the next one's first-line indent
        if new:
            paragraphs.append([line])
        else:
            current.append(line)
    return paragraphs


def _measures(lines: list[_Line]) -> dict[int, int]:
    """The longest line (in characters) that starts at each left edge: the measure a line
    at that margin is full at."""
    measures: dict[int, int] = {}
    for line in lines:
        measures[round(line.x)] = max(measures.get(round(line.x), 0), len(line.text))
    return measures


def _short(line: _Line, measures: dict[int, int]) -> bool:
    """Whether a line stops well short of the measure of the lines at its margin."""
    return len(line.text) < 0.6 * measures.get(round(line.x), 0)


def _columns(lines: list[_Line], leading: float) -> list[list[_Line]]:
    """A page's lines cut where the text goes on higher up the page: the next column. A
    column beside the first is measured from its own left edge, so its margins compare
    with the first column's."""
    columns: list[list[_Line]] = []
    for line in lines:
        if columns and line.y <= columns[-1][-1].y + leading:
            columns[-1].append(line)
        else:
            columns.append([line])
    if len(columns) > 3:  # drawn in no reading order (bottom up, or line by line at random)
        columns = [sorted(lines, key=lambda line: (-round(line.y), line.x))]
    first = min((line.x for line in columns[0]), default=0.0) if columns else 0.0
    for column in columns[1:]:
        shift = min(line.x for line in column) - first
        if shift > leading * 8:
            for line in column:
                line.x -= shift
    return columns


def _quotes(paragraphs: list[_Paragraph], body_size: float) -> None:
    """A run of paragraphs set further in than the text before it and the text after it is
    a block quotation (at the start of the text, further in than the text after it). The
    text after a block quotation is sometimes set at a wider margin than the text before
    it: it is not a quotation, since the text after it is never further out."""
    indent = body_size * 2.2  # a first-line indent is 1-1.5 em; a block is set further in
    runs: list[list[_Paragraph]] = []
    for paragraph in paragraphs:
        if runs and abs(runs[-1][0].left - paragraph.left) <= body_size * 0.3:
            runs[-1].append(paragraph)
        else:
            runs.append([paragraph])
    before: float | None = None  # the left edge of the last run of text, not quotation
    for n, run in enumerate(runs):
        left = run[0].left
        after = runs[n + 1][0].left if n + 1 < len(runs) else None
        if (
            run[0].lines[0].size <= body_size + 0.6  # set larger than the text: a heading
            and after is not None
            and left >= after + indent
            and (before is None or left >= before + indent)
        ):
            for paragraph in run:
                paragraph.kind = "quote"
        else:
            before = left


def _full(line: _Line, measures: dict[int, int]) -> bool:
    """Whether a line runs (about) the full measure of the lines at its margin."""
    return len(line.text) >= 0.85 * measures.get(round(line.x), len(line.text) + 1)


def _goes_on(last: _Paragraph, first: _Paragraph, measures: dict[int, int]) -> bool:
    """Whether the paragraph a page (or column) ends in goes on at the top of the next: it
    stops mid-sentence and the next starts in small letters, or its last line is full and
    the next starts with no first-line indent."""
    if last.kind != first.kind or last.kind == "note":
        return False
    end, start = last.lines[-1], first.lines[0]
    if len(first.lines) > 1 and start.x > first.lines[1].x + 2:
        return False  # the next page starts with a paragraph's first-line indent
    if abs(first.left - last.left) > start.size * 1.5:
        return False  # set at another margin: a block quotation starts or ends
    ends_sentence = _SENTENCE_END.search(end.text) is not None
    if not ends_sentence and start.text[:1].islower():
        return True
    return _full(end, measures) and not ends_sentence


def _words(lines: list[_Line]) -> Counter[str]:
    """The words of the text inside its lines (a line's last word may be cut by a hyphen)."""
    words: Counter[str] = Counter()
    for line in lines:
        for word in line.text.split()[:-1]:
            words[word.strip(".,;:!?’'”\"“‘()[]«»").lower()] += 1
    return words


def _join(lines: list[_Line], words: Counter[str]) -> tuple[str, list[Span]]:
    """A paragraph's text from its lines, and where it is set in italics (a title broken
    across two lines is one span)."""
    text = lines[0].text
    italics = list(lines[0].italics)
    for line in lines[1:]:
        head = _HYPHENATED.search(text)
        tail = _TAIL.match(line.text)
        if head is not None and tail is not None:
            joined = (head["head"] + tail["tail"]).lower()
            hyphenated = f"{head['head']}-{tail['tail']}".lower()
            soft = text.endswith("\u00ad")
            # one word hyphenated only to end the line, or a word with its own hyphen
            one_word = soft or words[joined] >= words[hyphenated]
            text = text[:-1] if one_word else text[:-1] + "-"
            start = len(text)
            text += line.text
        else:
            start = len(text) + 1
            text += " " + line.text
        italics = _joined(italics, [(a + start, b + start) for a, b in line.italics], start)
    return text, italics


def _joined(before: list[Span], after: list[Span], start: int) -> list[Span]:
    """The italics of a paragraph's text so far and of the line joined at ``start``: a span
    that ends the text before and one that starts the line are one (a title broken over two
    lines); a span never reaches past the text before (a hyphen dropped at its end)."""
    before = [(a, min(b, start)) for a, b in before if a < start]
    if before and after and before[-1][1] >= start - 1 and after[0][0] == start:
        return [*before[:-1], (before[-1][0], after[0][1]), *after[1:]]
    return before + after


def page_reading(pages: list[PageObject], check: Callable[[], None] = lambda: None) -> MarkedText:
    """The plain text of a PDF's pages (see the module's doc), and the text the extractor
    reads: the same with ``*…*`` around the words set in italics."""
    page_lines: list[list[_Line]] = []
    for number, page in enumerate(pages):
        check()
        page_lines.append(_lines(_runs(page), number))
    sizes: Counter[float] = Counter()
    for lines in page_lines:
        for line in lines:
            for run in line.runs:
                sizes[round(run.size, 1)] += len(run.text.strip())
    if not sizes:
        return MarkedBuilder().build()
    body_size = sizes.most_common(1)[0][0]
    for lines in page_lines:
        for line in lines:
            line.finish()
    _strip_furniture(page_lines, body_size)
    every_line = [line for lines in page_lines for line in lines]
    words = _words(every_line)
    measures = _measures(every_line)
    page_notes = [_page_notes(lines, body_size) for lines in page_lines]
    bodies: list[list[_Line]] = []
    for lines, notes in zip(page_lines, page_notes, strict=True):
        in_notes = {id(line) for note in notes for line in note}
        bodies.append([line for line in lines if id(line) not in in_notes])
    leading = _leading([line for body in bodies for line in body], body_size)
    flow: list[_Paragraph] = []
    last_note: _Paragraph | None = None
    for body, notes in zip(bodies, page_notes, strict=True):
        check()
        for column in _columns(body, leading):
            paragraphs = [_Paragraph(p) for p in _paragraphs(column, body_size, leading)]
            if flow and paragraphs and _goes_on(flow[-1], paragraphs[0], measures):
                flow[-1].lines += paragraphs.pop(0).lines
            flow += paragraphs
        for note in notes:
            if last_note is not None and not _NOTE_START.match(note[0].text):
                last_note.lines += note  # the rest of the page before's last note
                continue
            last_note = _Paragraph(note, "note")
            (flow[-1].notes if flow else flow).append(last_note)
    _quotes(flow, body_size)
    out = MarkedBuilder()
    for n, part in enumerate(part for paragraph in flow for part in [paragraph, *paragraph.notes]):
        text, italics = _join(part.lines, words)
        out.same(("\n\n" if n else "") + ("    " if part.kind == "quote" else ""))
        written = 0
        for start, end in italics:
            out.same(text[written:start])
            out.mark("*")
            out.same(text[start:end])
            out.mark("*")
            written = end
        out.same(text[written:])
    if flow:
        out.same("\n")
    return out.build()
