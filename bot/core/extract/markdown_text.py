"""A Markdown reading -> its plain text and the marked text the extractor reads.

markdown-it-py parses the file (CommonMark, with mdit-py-plugins' footnotes); the tokens are
written out as :class:`~bot.core.extract.marked.MarkedText`. The plain text is what a reader of
the rendered page sees, set out as the HTML reader sets out a web page:

- paragraphs apart by a blank line, a line break kept where the file breaks a line;
- a block quotation's lines indented by four spaces (``>`` in the marked text);
- emphasis, strong words, code and links as their words (``*``, ``**``, ``_`` as the source
  writes them in the marked text: the extractor knows a work's title by its italics);
- a heading as its words (``#`` before it in the marked text);
- a footnote marker ``[^n]`` as ``[n]`` (``n`` its number as rendered, in order of first
  reference) and its note, at the end, as ``n. …`` (``[^n]: …`` in the marked text);
- a bullet as nothing (``-`` in the marked text), a numbered item with its number;
- a rule as nothing (``---`` in the marked text); an image as nothing;
- HTML written into the file as the HTML reader reads it (``<sup>3</sup>`` is ``[3]``);
  a file with scripts is refused, as an HTML file with scripts is.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from bot.core.extract.marked import MarkedBuilder, MarkedText

_PARSER = MarkdownIt("commonmark").use(footnote_plugin)
# raw HTML inside a paragraph: an opening or closing tag and its name
_TAG = re.compile(r"^<(?P<close>/)?(?P<name>[A-Za-z][A-Za-z0-9-]*)\b[^>]*?(?P<empty>/)?>$")
_ITALIC_TAGS = {"i", "em", "cite"}


class MarkdownScripts(Exception):
    """The file holds HTML with a script (refused by the caller, as an HTML file is)."""


class MarkdownTooSlow(Exception):
    """Writing the text out took longer than the reading's time budget."""


@dataclass
class _Line:
    """A leaf block being written: its pieces as (marked, plain) pairs."""

    pieces: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Block:
    """One paragraph, heading, code block or note: its lines and how it is set out."""

    lines: list[_Line]
    quote_depth: int
    tight: bool = False  # an item of a tight list: a line break before it, not a blank line


class _Writer:
    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.blocks: list[_Block] = []
        self.quote_depth = 0
        self.lists: list[tuple[bool, bool]] = []  # (ordered, tight) of each open list
        self.lead: list[tuple[str, str]] = []  # a list item's or a note's number, not yet written
        self.notes: dict[int, int] = {}  # a footnote's id -> its number as shown

    def write(self, tokens: Sequence[Token]) -> None:
        for index, token in enumerate(tokens):
            if index % 256 == 0 and time.monotonic() > self.deadline:
                raise MarkdownTooSlow
            kind = token.type
            if kind == "blockquote_open":
                self.quote_depth += 1
            elif kind == "blockquote_close":
                self.quote_depth -= 1
            elif kind in ("bullet_list_open", "ordered_list_open"):
                tight = index + 2 < len(tokens) and tokens[index + 2].hidden
                self.lists.append((kind == "ordered_list_open", tight))
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "list_item_open":
                if token.info:  # a numbered item: its number is what a reader sees
                    self.lead = [(f"{token.info}{token.markup} ", f"{token.info}{token.markup} ")]
                else:
                    self.lead = [(f"{token.markup} ", "")]
            elif kind == "footnote_open":
                number = self._note_number(int(token.meta["id"]))
                self.lead = [(f"[^{number}]: ", f"{number}. ")]
            elif kind == "heading_open":
                self.lead = [("#" * int(token.tag[1:]) + " ", "")]
            elif kind == "inline":
                self._leaf(self._inline(token.children or []))
            elif kind in ("code_block", "fence"):
                # An indented block keeps its indent: it is what the extractor reads as a
                # block quotation in a plain-text essay, and a fenced one's fences are marks.
                indent = "    " if kind == "code_block" else ""
                body = token.content.rstrip("\n").split("\n")
                self._leaf([_Line([(indent + line, indent + line)]) for line in body])
            elif kind == "html_block":
                self._html_block(token.content)
            elif kind == "hr":
                self._leaf([_Line([("---", "")])])

    def _note_number(self, note_id: int) -> int:
        return self.notes.setdefault(note_id, note_id + 1)

    def _leaf(self, lines: list[_Line]) -> None:
        if self.lead and lines:
            lines[0].pieces[:0] = self.lead
        self.lead = []
        tight = bool(self.lists) and self.lists[-1][1]
        self.blocks.append(_Block(lines, self.quote_depth, tight))

    def _inline(self, children: Sequence[Token]) -> list[_Line]:
        lines = [_Line()]
        pieces = lines[0].pieces
        for child in children:
            kind = child.type
            if kind in ("text", "code_inline"):
                pieces.append((child.content, child.content))
            elif kind in ("em_open", "em_close", "strong_open", "strong_close"):
                pieces.append((child.markup, ""))
            elif kind in ("softbreak", "hardbreak"):
                lines.append(_Line())
                pieces = lines[-1].pieces
            elif kind == "footnote_ref":
                number = self._note_number(int(child.meta["id"]))
                pieces += [("[", "["), ("^", ""), (f"{number}]", f"{number}]")]
            elif kind == "html_inline":
                pieces.append(self._tag(child.content))
            # links and autolinks: their words are text tokens between link_open and
            # link_close; an image, a footnote's back link: nothing a reader reads
        return lines

    def _tag(self, markup: str) -> tuple[str, str]:
        """Raw HTML inside a paragraph, as the HTML reader reads it."""
        if _has_script(markup):
            raise MarkdownScripts
        tag = _TAG.match(markup.strip())
        if tag is None:
            return (markup, markup)  # "a < b", an HTML comment's text: left as written
        name = tag.group("name").lower()
        if name == "sup":
            return (markup, "]" if tag.group("close") else "[")
        if name == "br":
            return ("\n", "\n")
        if name in _ITALIC_TAGS:
            return ("*", "")
        return ("", "")

    def _html_block(self, markup: str) -> None:
        """A block of HTML, as the HTML reader reads it, its italics kept as ``*`` marks."""
        from bot.core.extract.formats import ReadingError, html_with_italics

        try:
            lines = html_with_italics(markup, self.deadline)
        except ReadingError as error:
            raise MarkdownScripts from error
        paragraph: list[_Line] = []
        for pieces in [*lines, []]:
            if pieces:
                paragraph.append(_Line(pieces))
                continue
            if any(plain.strip() for line in paragraph for _, plain in line.pieces):
                self._leaf(paragraph)
            paragraph = []

    def text(self) -> MarkedText:
        out = MarkedBuilder()
        previous: _Block | None = None
        for block in self.blocks:
            if not any(plain for line in block.lines for _, plain in line.pieces):
                # a rule: only the extractor reads it
                out.mark(("\n\n" if previous else "") + _marked_line(block))
                continue
            if previous is not None:
                if block.tight and previous.tight:
                    out.same("\n")
                elif block.quote_depth and previous.quote_depth:
                    # "> a\n>\n> b": one block quotation of two paragraphs, as the file has it
                    out.same("\n")
                    out.mark(">" * min(block.quote_depth, previous.quote_depth))
                    out.same("\n")
                else:
                    out.same("\n\n")
            for number, line in enumerate(block.lines):
                if number:
                    out.same("\n")
                if block.quote_depth:
                    out.mark("> " * block.quote_depth, "    " * block.quote_depth)
                for marked, plain in line.pieces:
                    out.mark(marked, plain)
            previous = block
        out.same("\n")
        return out.build()


def _marked_line(block: _Block) -> str:
    return "\n".join("".join(m for m, _ in line.pieces) for line in block.lines)


def _has_script(markup: str) -> bool:
    from bot.core.extract.formats import _has_scripts, _soup

    return _has_scripts(_soup(markup))


def markdown_text(source: str, deadline: float = float("inf")) -> MarkedText:
    """The plain and marked texts of a Markdown reading (see the module's doc)."""
    writer = _Writer(deadline)
    writer.write(_PARSER.parse(source))
    return writer.text()
