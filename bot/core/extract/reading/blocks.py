"""A reading cut into paragraphs (blocks) with their roles: body, block quotation, heading,
note, works-cited entry, rule or page-break debris (joined again across page breaks)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from bot.core.extract.reading.made_works import made_work_heading
from bot.core.extract.reading.phrases import _title_case
from bot.core.extract.reading.talks import (
    party_heading,
    series_label,
    talk_entry,
    talk_heading,
)
from bot.core.extract.reading.vocabulary import (
    _BRACKETED_LOCATOR,
    _CITED_BODY,
    _CITED_HEADING,
    _CITED_NAME,
    _CITED_NAME_COMMA,
    _LISTED_REFERENCE,
    _MAX_HEADING_CHARS,
    _MAX_HEADING_WORDS,
    _MIN_PROSE_WORDS,
    _NOTE_LINE,
    _NOTES_HEADING,
    _PAGE_NUMBER,
    _REFERENCE,
    _RUNNING_HEAD,
    _RUNNING_HEAD_NUMBERED,
    _SECTION_NUMBER,
    _SYMBOL,
    _THEMATIC_BREAK,
)
from bot.core.extract.reading.voices import MESSAGE_HEAD


@dataclass
class _Block:
    start: int  # source offset of the paragraph
    end: int
    text: str  # source[start:end], with page-break debris inside it blanked out
    quote: bool  # a block quotation (indented or '>')
    heading: bool
    role: str = "body"  # body | note | cited | heading | debris
    debris: list[tuple[int, int]] = field(default_factory=list)  # source spans left out


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """The runs of text between blank lines, with where each starts. A plain search for each
    blank line (a backtracking pattern over a whole book's single line held the interpreter
    for seconds, pausing every other server's answers)."""
    start = 0
    # a line of nothing but a form feed (a plain-text page break) is blank too
    for blank in re.finditer(r"\n(?=[ \t\f\v]*\n)", text):
        if blank.start() > start:
            yield start, text[start : blank.start()]
        start = blank.end()
    if start < len(text):
        yield start, text[start:]


def _set_apart(chunks: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """Runs of text with a block quotation set apart by indentation alone: in a text written
    one line a paragraph, a line ending in a colon followed by indented lines (the quotation,
    one line a paragraph) and then unindented ones again are three runs, not one. Lines an
    e-mail quotes back with '>' under "On …, X wrote:" are set apart the same way."""
    for start, chunk in chunks:
        lines = chunk.split("\n")
        cuts = [0]
        set_apart = False  # whether the lines read so far are a quotation cut off above
        for n in range(1, len(lines)):
            indented = _set_in(lines[n])
            if indented == _set_in(lines[n - 1]) or not lines[n].strip():
                continue
            if indented and lines[n - 1].rstrip().endswith(":"):
                cuts.append(n)
                set_apart = True
            elif not indented and set_apart:
                cuts.append(n)
                set_apart = False
        cuts.append(len(lines))
        offset = 0
        for a, b in pairwise(cuts):
            piece = "\n".join(lines[a:b])
            yield start + offset, piece
            offset += len(piece) + 1


def _messages_apart(chunks: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """A chat's export, one message after another with no blank line between them: each
    message (from its head of date, time and sender to the next head) is a run of its own."""
    for start, chunk in chunks:
        heads = [m.start() for m in MESSAGE_HEAD.finditer(chunk)]
        if len(heads) < 2:
            yield start, chunk
            continue
        cuts = [0, *heads[heads[0] == 0 :], len(chunk)] if heads[0] else [*heads, len(chunk)]
        for a, b in pairwise(cuts):
            if chunk[a:b].strip():
                yield start + a, chunk[a:b].rstrip("\n")


def _set_in(line: str) -> bool:
    """Whether a line is set in as a quotation is: indented, or opening with '>'."""
    return line.startswith(("    ", "\t")) or line.lstrip().startswith(">")


def _ruled_off(chunks: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """A short rule drawn above a page's footnotes with no blank line after it ("-----" then
    "1 Gazette, …"): the rule and the notes are two runs, as they are when a blank line parts
    them."""
    for start, chunk in chunks:
        lead = len(chunk) - len(chunk.lstrip("\n"))
        first, newline, rest = chunk[lead:].partition("\n")
        if newline and rest.strip() and _THEMATIC_BREAK.fullmatch(first.strip()):
            yield start + lead, first
            yield start + lead + len(first) + 1, rest
        else:
            yield start, chunk


_LIST_ITEM = re.compile(r"\s*(?:[-*+•]|\d{1,3}[.)])\s")


def _flush(chunks: list[tuple[int, str]]) -> bool:
    """Whether a text sets its paragraphs flush: two in three of them open on no space."""
    shown = [chunk.lstrip("\n") for _start, chunk in chunks if chunk.strip()]
    return len(shown) >= 4 and sum(not c[:1].isspace() for c in shown) * 3 >= len(shown) * 2


def _blocks(text: str) -> list[_Block]:
    blocks = []
    chunks = list(_ruled_off(_set_apart(_messages_apart(_chunks(text)))))
    flush = _flush(chunks)
    after_colon = False  # whether the paragraph before ends in a colon
    for chunk_start, chunk in chunks:
        if not chunk.strip():
            continue
        lines = [line for line in chunk.split("\n") if line.strip()]
        # in a text of flush paragraphs, one set in by a few spaces under a lead-in ending in
        # a colon is a block quotation, as one set in by four is ("She wrote afterwards:" then
        # "   The men came out, …")
        # a locator in square brackets on a line of its own under the words set in
        # ("[Service log, vol. 4, 88]") belongs to them, set in or not
        located = len(lines) > 1 and _BRACKETED_LOCATOR.fullmatch(" " + lines[-1].strip())
        words = lines[:-1] if located else lines
        set_in = flush and after_colon and all(re.match(r" {2,}\S", line) for line in words)
        # (a list item's own paragraph is set in under it: "1. Bring:" then "   boots")
        after_colon = chunk.rstrip().endswith(":") and not _LIST_ITEM.match(chunk.lstrip("\n"))
        indented = set_in or all(line.startswith(("    ", "\t")) for line in words)
        marked = all(line.lstrip().startswith(">") for line in lines)
        stripped = chunk.strip()
        start = chunk_start + chunk.index(stripped[0])
        titled = _SECTION_NUMBER.sub("", stripped)  # "II. The Network": a numbered heading
        shaped = (
            "\n" not in stripped
            and len(stripped) <= _MAX_HEADING_CHARS
            and len(stripped.split()) <= _MAX_HEADING_WORDS
            and not re.search(r"[.:;!?“”\"«»]", titled.rstrip("?"))
            and not stripped.endswith((".", ":", "…", ";", ",", ")", "]", "²", "¹", "³"))
        )
        # a line a printed page sets in the middle ("   THE FERRY BOOK", "   Chapter Two"):
        # a heading or running head, never a block quotation
        centred = indented and shaped and _title_case(titled)
        heading = stripped.startswith("#") or (shaped and not marked and not indented) or centred
        quote = (indented or marked) and not centred
        blocks.append(_Block(start, start + len(stripped), stripped, quote, heading))
    _talk_headings(blocks)
    heads = [b.text for b in blocks if _RUNNING_HEAD.fullmatch(b.text)]
    # a line with a page number that every page repeats, the number aside ("The Toll Road
    # 12", "12   Owen Marsh · The Saltgate Lido"): a running head, on the first page too
    numbered = Counter(_numbered_head(b.text) for b in blocks)
    for n, block in enumerate(blocks):
        if (
            n
            and (
                _PAGE_NUMBER.fullmatch(block.text)
                or (_RUNNING_HEAD.fullmatch(block.text) and heads.count(block.text) > 1)
                or _RUNNING_HEAD_NUMBERED.fullmatch(block.text)
            )
        ) or ((head := _numbered_head(block.text)) is not None and numbered[head] > 1):
            block.role, block.heading = "debris", False  # a page number or running head
    _page_heads(text, blocks)
    # the one-line blocks (headings among them) a part's notes may be headed by again
    one_lines = [(n, *_part_name(b.text.strip())) for n, b in enumerate(blocks) if _one_line(b)]
    role = "body"
    rule = False  # notes under a "---" rule (the foot of a page) end where the body resumes
    apparatus = False  # whether the notes or a list of sources have begun
    for at, block in enumerate(blocks):
        if block.role == "debris":
            continue
        first_line = block.text.split("\n")[0].strip()
        if _THEMATIC_BREAK.fullmatch(block.text):
            block.role, block.heading = "rule", False  # a drawn line: nobody's words
            if block.text == "---":
                role, rule = "note", True
            continue
        if _NOTES_HEADING.match(first_line):
            role, rule, apparatus = "note", False, True
            block.role, block.heading = "heading", True
            continue
        if _CITED_HEADING.match(first_line):
            role, apparatus = "cited", True
            block.role, block.heading = "heading", True
            continue
        if apparatus and _notes_group_heading(blocks, at, one_lines):
            # "Chapter 2: Ferns and Fever", "The School and the Flood", "Notes to pages 41–60"
            # over the notes at the end: the heading of one part's notes, no note itself
            role, rule = "note", False
            block.role, block.heading = "heading", True
            continue
        if (
            role == "cited"
            and not _CITED_NAME.match(block.text)
            and not _CITED_NAME_COMMA.match(block.text)  # MHRA: "Pender, Ruth, The Quarry …"
            and not _CITED_BODY.match(block.text)
            and not _REFERENCE.match(block.text)  # "[1] Lund, F. (1898) …" lines of a list
            and not _LISTED_REFERENCE.match(block.text)  # "1. Voss H. An Account …" (AMA)
            and not _listed_entries(block.text)  # "- Hugh Moreton, *The Fens* (1961)."
        ) and (block.heading or len(block.text.split()) >= _MIN_PROSE_WORDS):
            role = "body"  # a heading or prose after a works-cited list: the next chapter
        if _symbol_notes(block.text, text[: block.start]):
            block.role, block.heading = "note", False  # "* Rules …, p. 3." after "…"*
            continue
        if (
            role != "cited"
            and not block.quote
            and not _numbered_heading(blocks, at)
            and _numbered_notes(
                block.text,
                text[max(0, block.start - _NOTE_REACH) : block.start],
                ruled=at > 0 and blocks[at - 1].role == "rule",
            )
        ):
            block.role, block.heading = "note", False  # "⁴ Harold Quayle, …" after "…"⁴
            apparatus = True
            continue
        note_line = _NOTE_LINE.match(block.text) is not None and not (
            block.heading and block.text.startswith("#")  # "# II. The Quarrel"
        )
        if role == "note" and not note_line and (rule or block.heading):
            role = "body"
        if note_line and re.match(r"^\s*(?:\[\^\d+\]:|<sup>\d+</sup>)", block.text):
            block.role = "note"  # a Markdown or <sup> footnote stands anywhere
            continue
        block.role = role if not block.heading else "heading"
    _trailing_notes(blocks)
    return _joined(text, blocks)


# a line naming a document by its kind and its title in quote marks: "**Manuscript NQ-0147.R1,
# “Ash and the Beetles”**", "Draft policy: “Trees in the Parish”" (a label, its title no words)
DOCUMENT_LABEL = re.compile(
    r"^\W*(?:Manuscript|Paper|Article|Submission|Draft|Proposal|Application|Chapter|Report)\b"
    r"[^\n“\"]{0,60}[“\"](?P<title>[^”\"\n]{3,200})[”\"]\W*$",
    re.M,
)


def _talk_headings(blocks: list[_Block]) -> None:
    """A line of its own that names a speaker and the talk they gave ("11.00, Corn Exchange:
    Mairead Fenn, “Writing the Herring Girls”") is a heading, though it quotes a title; so is a
    line opening with the label and number such headings open with ("Lecture 3, 9 December:
    Members' evening" among "Lecture 2, 11 November: Dr Ann Lee, “…”")."""
    lines = [b for b in blocks if not b.quote and b.text.count("\n") <= 2 and len(b.text) <= 300]
    talks = [b for b in lines if talk_heading(b.text) is not None]
    # a line naming whose words the section quotes ("Witness 4: Mrs Ann Yeo", "Reviewer 2
    # (Professor Ann Lee)") is a heading though it ends in a bracket or holds a colon
    talks += [b for b in lines if "\n" not in b.text and party_heading(b.text) is not None]
    # a line naming a work and its maker ("Third prize: Inventory by Ruth Abadi (Leeds)")
    talks += [b for b in lines if "\n" not in b.text and made_work_heading(b.text) is not None]
    # a document's label over its head's other short lines ("Author: …"): no sentence, no words
    talks += [
        b
        for b in lines
        if DOCUMENT_LABEL.match(b.text) is not None
        and all(len(line.split()) <= 30 for line in b.text.split("\n"))
        and not re.search(r"[.!?;:,][*_]*$", b.text.rstrip())
    ]
    for first, second in pairwise(blocks):
        # a programme's entry set as two paragraphs: its title's line, then its speaker's
        paired = "\n" not in first.text + second.text and not (first.quote or second.quote)
        if paired and talk_entry(first.text, second.text) is not None:
            talks += [first, second]
    labels = {series_label(b.text) for b in talks} - {None}
    for block in lines:
        if block in talks or (
            "\n" not in block.text
            and series_label(block.text) in labels
            and len(block.text.split()) <= _MAX_HEADING_WORDS
            and not re.search(r"[.!?;,:]$", block.text)
        ):
            block.heading = True


# a reading list's entry on a line of its own, perhaps after a list's bullet, the author's name
# in its natural order: "- Hugh Moreton, *The Draining of the Fens* (Cambridge, 1961)."
_LISTED_ENTRY = re.compile(
    r"\s*(?:[-*+•]\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+,\s+[^\n]*"
    r"\([^()\n]*\b(?:1[5-9]\d\d|20\d\d)\)\.?\s*"
)


def _listed_entries(text: str) -> bool:
    """Whether every line of a paragraph is a reading list's entry (a further-reading list set
    as one paragraph of bulleted lines, however many words it runs to)."""
    return all(_LISTED_ENTRY.fullmatch(line) for line in text.split("\n") if line.strip())


def _page_heads(text: str, blocks: list[_Block]) -> None:
    """A line every page repeats at a page break, in any letters ("Owen Marsh · The Saltgate
    Lido" at the text's start and after each form feed, or beside a page number alone): a
    running head."""
    at_break = []
    for n, block in enumerate(blocks):
        if "\n" in block.text or block.role == "debris" or len(block.text) > 100:
            continue
        after_feed = n == 0 or "\f" in text[blocks[n - 1].end : block.start]  # a page's top
        beside_number = any(
            0 <= k < len(blocks) and _PAGE_NUMBER.fullmatch(blocks[k].text) for k in (n - 1, n + 1)
        )
        if after_feed or beside_number:
            at_break.append(block)
    repeated = Counter(" ".join(b.text.split()) for b in at_break)
    for block in at_break:
        if repeated[" ".join(block.text.split())] > 1:
            block.role, block.heading = "debris", False


def _numbered_head(line: str) -> str | None:
    """A line with a page number at its start or end, the number left out; None for any
    other line."""
    found = re.fullmatch(
        r"(?:\d{1,4}\s{2,}(?P<after>\S.{2,80})|(?P<before>\S.{2,80}?)\s{2,}\d{1,4})", line
    )
    if found is None:
        return None
    return " ".join((found["after"] or found["before"]).split())


def _symbol_notes(block_text: str, before: str) -> bool:
    """A block of footnotes marked by symbols ("* Rules …, p. 3.", "+ Ibid., p. 4."): every
    line starts with a symbol and a space (or goes on indented), no symbol twice, and each
    symbol stands in the text before right after a closing mark or a sentence's end ("…"*).
    A bullet list repeats its symbol, and emphasis ("*Boxes*") has no space after it."""
    symbols: list[str] = []
    for line in block_text.split("\n"):
        if not line.strip():
            continue
        if line[:1].isspace() and symbols:
            continue  # a note running on to an indented line
        found = re.match(rf"({_SYMBOL})\s+\S", line)
        if found is None:
            return False
        symbols.append(found.group(1))
    return (
        bool(symbols)
        and len(set(symbols)) == len(symbols)
        and all(
            re.search(rf"[.!?”\"’'»]{re.escape(symbol)}(?![\w*†‡§+#])", before)
            for symbol in symbols
        )
    )


# a note numbered as a page's foot or a reading system sets it: "⁴ Ashdown, p. 27.",
# "2. Parish register, f. 9.", "4 Ashdown, p. 27." (a typed page's foot)
_NUMBERED_NOTE = re.compile(
    r"^(?:(?P<raised>[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})|\[(?P<bracketed>\d{1,3})\]|(?P<number>\d{1,3})(?P<point>\.)?)"
    r"\s+(?=\S)"
)
_RAISED = str.maketrans("1234567890", "¹²³⁴⁵⁶⁷⁸⁹⁰")
# how far before a note its marker is looked for: a page's foot, a chapter's end (a bound
# that keeps a book of numbered paragraphs from being searched from its start each time)
_NOTE_REACH = 100_000
_LOWERED = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


# a part of the text named by its label and number, or its number alone, and its title:
# "Chapter 2: Ferns and Fever", "2. The River", "PART II — THE MILL", "Chapter 3"
_NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_PART_NAME = re.compile(
    r"^#*\s*(?:(?P<label>chapter|part|book|section)\s+)?"
    rf"(?P<number>\d{{1,3}}|[IVXLC]{{1,7}}|[ivxlc]{{1,7}}|{'|'.join(_NUMBER_WORDS)})"
    r"(?:\s*[.:–—-])?(?:\s+|$)(?P<title>.*)$",
    re.IGNORECASE,
)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _part_number(written: str) -> str:
    """A part's number as digits, however written: "2", "II", "two" -> "2"."""
    word = written.lower()
    if word.isdigit():
        return str(int(word))
    if word in _NUMBER_WORDS:
        return str(_NUMBER_WORDS.index(word) + 1)
    values = [_ROMAN[c] for c in word]
    total = sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))
    return str(total)


# what a notes section heads a part's notes with when no part of the text is repeated: "Notes
# to pages 41–60", "Pages 41-60", "Notes to chapter 4"
_NOTES_TO = re.compile(
    r"^#*\s*(?:notes\s+to\s+)?(?:pages?|pp?\.)\s*\d+\s*(?:[-–—]|to)\s*\d+\s*:?$"
    r"|^#*\s*notes\s+to\s+(?:chapter|part)\s+\w+",
    re.IGNORECASE,
)


def _part_name(line: str) -> tuple[str | None, str]:
    """A heading's number (when it has one) and its title, in a form that compares: "Chapter 2:
    Ferns and Fever" and "CHAPTER TWO: FERNS AND FEVER" -> ("2", "ferns and fever"), "THE
    CHURCHWARDENS" -> (None, "the churchwardens")."""
    found = _PART_NAME.match(line)
    number = _part_number(found["number"]) if found else None
    title = found["title"] if found else line.lstrip("#")
    return number, " ".join(re.sub(r"[^\w\s]", " ", title).casefold().split())


def _one_line(block: _Block) -> bool:
    text = block.text.strip()
    return block.role != "debris" and "\n" not in text and len(text) <= _MAX_HEADING_CHARS


def _notes_group_heading(
    blocks: list[_Block], at: int, lines: list[tuple[int, str | None, str]]
) -> bool:
    """A heading over one part's notes where a book gathers them at its end (its notes
    numbered afresh in each chapter): one short line that repeats a line of the text before
    it (a heading's title, or its number with the label "Chapter" or "Part"), or says which
    pages the notes are to, and a note right after it. ``lines``: every one-line block's
    place, number and title (``_part_name``)."""
    line = blocks[at].text.strip()
    if not _one_line(blocks[at]) or re.search(r"[.;,]$", line):
        return False
    after = (blocks[n] for n in range(at + 1, len(blocks)) if blocks[n].role != "debris")
    following = next(after, None)
    if following is None or (
        _NOTE_LINE.match(following.text) is None and _NUMBERED_NOTE.match(following.text) is None
    ):
        return False
    if _NOTES_TO.match(line):
        return True
    number, title = _part_name(line)
    labelled = _PART_NAME.match(line)
    for place, other_number, other_title in lines:
        if place >= at:
            break
        if title and title == other_title and (number is None or number == other_number):
            return True
        if not title and labelled and labelled["label"] and number == other_number:
            return True  # "Chapter 2" over the notes of "2. The River"
    return False


def _numbered_heading(blocks: list[_Block], at: int) -> bool:
    """A numbered section heading ("2. The first grant", "3. WIDE SCREENS"), never a note
    that the text's "…"² calls: one short line with no sentence's stop, and prose (no other
    note) right after it."""
    block = blocks[at]
    if not block.heading or _SECTION_NUMBER.match(block.text) is None:
        return False
    following = next((b for b in blocks[at + 1 :] if b.role != "debris"), None)
    return (
        following is not None
        and not following.heading
        and _NOTE_LINE.match(following.text) is None
        and _NUMBERED_NOTE.match(following.text) is None
    )


def _numbered_notes(block_text: str, before: str, *, ruled: bool = False) -> bool:
    """Notes standing where the foot of a page or a reading system put them, after the
    paragraph that marks them ("… it is yours.’¹" then "¹ ‘Lido Opens to Cheers’, …"; "…
    said.[2]" then "2. Parish register, …"; a typed page's "… he paid.’8" then "8 Ibid."):
    every line starts a note (or goes on the one before), the notes' numbers rise, and the
    text before carries each as a marker: raised after a word or a mark, in brackets, or
    (a plain number) right after a closing mark or a sentence's end. A numbered list in the
    body has no such markers."""
    numbers: list[int] = []
    for line in block_text.split("\n"):
        found = _NUMBERED_NOTE.match(line.strip())
        if found is None:
            if not numbers and not ruled:
                return False
            continue  # a note running on to the next line (or, under a page's rule, the last
            # note of the page before running on)
        raised = found["raised"]
        number = raised.translate(_LOWERED) if raised else found["bracketed"] or found["number"]
        if found["bracketed"]:  # "[3] Gazette, …" under a heading no list has ("Notes and
            marker = rf"\S\[{number}\]"  # references"), after a text that calls "…”.[3]"
        elif raised:
            marker = rf"[^\s¹²³⁴⁵⁶⁷⁸⁹⁰]{raised}(?![¹²³⁴⁵⁶⁷⁸⁹⁰])"
        elif found["point"]:
            marker = rf"\[{number}\]|[^\s¹²³⁴⁵⁶⁷⁸⁹⁰]{number.translate(_RAISED)}(?![¹²³⁴⁵⁶⁷⁸⁹⁰])"
        else:  # a typed page's notes, marked plain or raised in the text
            raised_form = number.translate(_RAISED)
            marker = (
                rf"[.!?”\"’'»][.,;:]?{number}(?![\d.,])"
                rf"|[^\s¹²³⁴⁵⁶⁷⁸⁹⁰]{raised_form}(?![¹²³⁴⁵⁶⁷⁸⁹⁰])"
            )
        if re.search(marker, before) is None or (numbers and int(number) <= numbers[-1]):
            return False
        numbers.append(int(number))
    return bool(numbers)


def _trailing_notes(blocks: list[_Block]) -> None:
    """A numbered list that ends the text with no "Notes" heading ("1. J. Kerr to R. Kerr, …",
    "2. Ibid., p. 4") is its notes when the body marks notes by those numbers ("[1]")."""
    run: list[_Block] = []
    for block in reversed(blocks):
        if block.role != "body" or block.quote:
            break
        numbered = re.match(r"^(\d{1,3})[.)]\s", block.text)
        if numbered is None:
            break
        run.insert(0, block)
    numbers = [int(re.match(r"^(\d{1,3})", b.text)[0]) for b in run]  # type: ignore[index]
    if len(run) < 2 or numbers != list(range(1, len(run) + 1)):
        return
    body = " ".join(b.text for b in blocks if b.role == "body" and b not in run)
    if all(re.search(rf"\[\^?{n}\]|<sup>{n}</sup>", body) for n in (1, len(run))):
        for block in run:
            block.role = "note"


def _joined(text: str, blocks: list[_Block]) -> list[_Block]:
    """Blocks with a paragraph that a page break cut in two joined again: a paragraph that stops
    mid-sentence ("… it goes", "congre-"), then page numbers, running heads or a page's
    footnotes, then one that goes on in small letters. The debris between stays out of the
    paragraph's text (blanked) and of every passage cut from it."""
    joined: list[_Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.role == "debris":
            block.debris = [(block.start, block.end)]
        if block.role != "body" or block.quote:
            joined.append(block)
            index += 1
            continue
        merged = block
        while True:
            following = index + 1
            while following < len(blocks) and (
                blocks[following].role in ("debris", "note") or blocks[following].text == "---"
            ):
                following += 1
            if (
                following == index + 1
                or following >= len(blocks)
                or blocks[following].role != "body"
                or blocks[following].quote
                or not blocks[following].text[:1].islower()
                or re.search(r"[.!?:;…]['’”\"»)\]\d]*$", merged.text)
            ):
                break
            nxt = blocks[following]
            gap = (merged.end + 1, nxt.start)  # one line break stays, as a space would
            joined += blocks[index + 1 : following]  # notes are still read as notes
            scanned = text[merged.start : nxt.end]
            for a, b in [*merged.debris, gap]:
                scanned = scanned[: a - merged.start] + " " * (b - a) + scanned[b - merged.start :]
            merged = _Block(
                merged.start, nxt.end, scanned, False, False, "body", [*merged.debris, gap]
            )
            index = following
        joined.append(merged)
        index += 1
    return sorted(joined, key=lambda b: b.start)
