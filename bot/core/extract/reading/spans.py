"""Quotation spans: where quote marks open and close (apostrophes stay apostrophes), and the
square-bracket insertions inside a quotation."""

from __future__ import annotations

import math
import re
import time

from bot.core.extract.formats import TOO_SLOW, ReadingError
from bot.core.extract.reading.blocks import _Block
from bot.core.extract.reading.citations import _CitationReading
from bot.core.extract.reading.model import _Found
from bot.core.extract.reading.vocabulary import (
    _BRACKET,
    _CUT_SHORT_WORD,
    _ELIDED,
    _ELISION,
    _MAX_RUN_PARAGRAPHS,
    _MAX_UNMARKED_PARAGRAPHS,
    _MIN_QUOTATION_WORDS,
    _PAIRS,
    _SIC,
    _STAGE_DIRECTION,
)


class _QuotationSpans(_CitationReading):
    """Finds where quotations open and close."""

    def _inline(self, block: _Block) -> list[_Found]:
        text = block.text
        found: list[_Found] = []
        citations = [
            (m.start(), m.end())
            for m in re.finditer(r"\((?:[^()]|\([^()]*\))*\)", text)
            if self.parse_cite(m.group(0)[1:-1]) is not None
        ]
        index = 0
        cited = 0  # the first citation that does not end before ``index`` (they are in order)
        while index < len(text):
            while cited < len(citations) and citations[cited][1] <= index:
                cited += 1
            if cited < len(citations) and citations[cited][0] < index:
                # a title quoted in a citation: (Kell, "Second Letter" 5)
                index = citations[cited][1]
                continue
            char = text[index]
            if char not in _PAIRS or not self._opens(text, index):
                index += 1
                continue
            self._check_deadline()
            close = self._closing(text, index, self.deadline)
            if close < 0:
                index += 1
                continue
            a, b = index + 1, close
            while a < b and text[a] in " \u00a0\u202f":
                a += 1
            while b > a and text[b - 1] in " \u00a0\u202f":
                b -= 1
            found.append(
                _Found(block.start + a, block.start + b, block.start + index, block.start + close)
            )
            index = close + 1
        return found

    @staticmethod
    def _stands_alone(text: str, opened: int, closed: int, words: str) -> bool:
        """Quoted words that are whole sentences of their own, set between the essay's
        sentences ("… she had no doubt. ‘He came up to me and said so. It was true.’"): shown
        as a quotation is, whatever names its speaker."""
        before = text[:opened].rstrip()
        after = text[closed + 1 :]
        return (
            (not before or re.search(r"[.!?:][”\"’'»)\]]?$", before) is not None)
            and words[:1].isupper()
            and re.search(r"[.!?…]$", words.rstrip()) is not None
            and len(words.split()) >= _MIN_QUOTATION_WORDS
            and re.match(r"\s*(?:$|[A-Z“\"‘«(\[<¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§+#]|\d{1,3}\b)", after) is not None
        )

    @staticmethod
    def _opens(text: str, index: int) -> bool:
        char = text[index]
        before = text[index - 1] if index > 0 else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if char in "'‘":
            if _ELISION.match(text, index):
                return False  # 'tis, 'twas, 'em, the '90s: an apostrophe at a word's start
            elided = text[index + 1 : index + 3]  # ‘’Tis the last peal …’
            return not before.isalnum() and (
                after.isalnum() or after in "[…" or bool(re.fullmatch(r"[’']\w", elided))
            )
        if char == '"':
            return not before.isalnum() or before in "([—–-"
        return True

    @staticmethod
    def _closing(text: str, index: int, deadline: float = math.inf) -> int:
        opener = text[index]
        closer = _PAIRS[opener]
        position = index + 1
        depth = 1
        while position < len(text):
            if position % 4096 == 0 and time.monotonic() > deadline:
                raise ReadingError(TOO_SLOW, "extracting the passages took longer than its budget")
            char = text[position]
            after = text[position + 1] if position + 1 < len(text) else " "
            before = text[position - 1]
            if opener != closer and char == opener:
                depth += 1
            elif char == closer or (opener == "„" and char == "”"):
                if opener in "'‘" and (after.isalpha() or before.isspace()):
                    position += 1  # an apostrophe: don't, readers’s (a digit after: a note)
                    continue
                if opener in "'‘" and _ELIDED.search(text, max(0, position - 4), position + 1):
                    position += 1  # ‘rock ’n’ roll ringing, he called it’: a word cut short
                    continue
                if opener in "'‘" and _QuotationSpans._cut_short(text, position, opener):
                    position += 1  # ‘The ringers’ wives kept …’, ‘up afore th’ lark …’
                    continue
                if opener == '"' and before.isspace() and after.isalnum():
                    return -1  # a new opening straight mark: this one never closed
                depth -= 1
                if depth == 0:
                    return position
            position += 1
        return -1

    @staticmethod
    def _cut_short(text: str, position: int, opener: str) -> bool:
        """Whether the mark at ``position`` is an apostrophe at a word's end inside a
        single-quoted quotation, a plural's ("ringers’ wives") or a word written short ("th’
        lark", "o’ cotton"): a letter before it, a word after it, and a mark further on in the
        paragraph that can only close the quotation (followed by no letter), before any new
        quotation opens."""
        if not _cut_short_at(text, position):
            return False
        closer = _PAIRS[opener]
        for later in range(position + 1, min(len(text), position + 1000)):
            char = text[later]
            if char not in (opener, closer):
                continue
            before, after = text[later - 1], text[later + 1 : later + 2] or " "
            if char == opener and not before.isalnum() and after.isalnum():
                return False  # a new quotation opens first: the mark closed this one
            if (
                char == closer
                and not before.isspace()
                and not after.isalnum()
                and not _cut_short_at(text, later)
            ):
                return True
        return False

    @staticmethod
    def _insertions(text: str) -> list[tuple[int, int]]:
        spans = []
        for bracket in _BRACKET.finditer(text):
            inside = bracket.group(0)
            if _SIC.match(inside) or re.fullmatch(r"\[\^?\d+\]", inside):
                continue
            spans.append((bracket.start(), bracket.end()))
        return spans

    def _unclosed_opener(self, text: str) -> int | None:
        """Where a quotation opens in ``text`` and does not close before the paragraph ends
        (it goes on in the next paragraphs), or None."""
        index = 0
        while index < len(text):
            char = text[index]
            if char not in _PAIRS or not self._opens(text, index):
                index += 1
                continue
            close = self._closing(text, index, self.deadline)
            if close < 0:
                return index if char in '“«"‘„' else None
            index = close + 1
        return None

    def _run_close(self, text: str, opener: str) -> int | None:
        """Where the first mark of an open quotation's kind in ``text`` closes it, -1 when
        ``text`` has no such mark, None when the first one opens something new."""
        closer = _PAIRS[opener]
        for index, char in enumerate(text):
            if opener == "„" and char == "”":
                char = closer  # „…”: the low mark closed by either high one
            if char not in (opener, closer):
                continue
            before = text[index - 1] if index else " "
            after = text[index + 1] if index + 1 < len(text) else " "
            if opener == closer or char == closer:
                if char == "’" and before.isalnum() and after.isalnum():
                    continue  # an apostrophe: don’t
                if opener in "'‘" and self._cut_short(text, index, opener):
                    continue  # the ringers’ wives, th’ lark
                if opener == closer and (before.isspace() or index == 0):
                    return None
                return index
            return None
        return -1

    def _open_run(self, body: list[_Block], index: int) -> tuple[int, int, int] | None:
        """A quotation over several paragraphs (where it opens in ``body[index]``, the index of
        its last paragraph, where it closes there), or None. Typesetters reopen such a
        quotation at the start of each paragraph and close it only at the end of the last;
        paragraphs with no quote mark at all (list items, lines of a dialogue) may stand
        between, but the run must close."""
        if body[index].quote:
            return None
        opened = self._unclosed_opener(body[index].text)
        if opened is None:
            return None
        opener = body[index].text[opened]
        unmarked = 0
        for last in range(index + 1, min(len(body), index + _MAX_RUN_PARAGRAPHS)):
            block = body[last]
            if block.quote or block.role != "body":
                return None
            text = block.text
            reopened = last + 1 < len(body) and body[last + 1].text.startswith(opener)
            if text.startswith(opener):
                close = self._closing(text, 0, self.deadline)
                if close >= 0 and not (reopened and _STAGE_DIRECTION.match(text, close + 1)):
                    return opened, last, close
                unmarked = 0
                continue
            closed = self._run_close(text, opener)
            if closed is None or (block.heading and closed < 0):
                return None
            if closed >= 0 and not (reopened and _STAGE_DIRECTION.match(text, closed + 1)):
                return opened, last, closed
            if closed >= 0:
                continue  # “… any work” (General laughter.) …, and the speech goes on: a stray mark
            unmarked += 1
            if unmarked > _MAX_UNMARKED_PARAGRAPHS:
                return None
        return None


def _cut_short_at(text: str, position: int) -> bool:
    """Whether the mark at ``position`` ends a word cut short or a plural ("th’ lark",
    "ringers’ wives"): the mark :data:`_CUT_SHORT_WORD` finds there."""
    return any(
        position in (found.start(1), found.start(2))
        for found in _CUT_SHORT_WORD.finditer(text, max(0, position - 4), position + 3)
    )
