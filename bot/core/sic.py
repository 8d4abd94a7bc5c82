"""The source's scanning errors ("It may he taken", "invincib1e"): kept verbatim in a passage,
read as the spelling meant when a member's quotation is checked.

A passage lists them in ``sic`` as (start, end, meant) in its text. ``corrected_text`` is the
text with each replaced; ``verify`` matches a quotation against it too and, when the match
needed a correction, says so with ``sic_note``.
"""

from __future__ import annotations

from bot.core.models import Passage
from bot.core.normalize import words


def corrected_text(passage: Passage) -> str:
    """``passage.text`` with every misprint replaced by the spelling meant."""
    text = passage.text
    for start, end, meant in sorted(passage.sic, reverse=True):
        text = text[:start] + meant + text[end:]
    return text


def text_offset(passage: Passage, offset: int) -> int:
    """The offset in ``passage.text`` of ``offset`` in ``corrected_text(passage)``."""
    shift = 0
    for start, end, meant in sorted(passage.sic):
        if offset < start + shift + len(meant):
            return min(offset - shift, end) if offset >= start + shift else offset - shift
        shift += len(meant) - (end - start)
    return offset - shift


def sic_note(passage: Passage, quote: str, span: tuple[int, int]) -> str | None:
    """A note when ``quote`` matched ``passage`` (at ``span`` of its text) only through the
    spelling meant: 'The source prints “invincib1e” [sic] for “invincible”.'"""
    quoted = f" {' '.join(words(quote))} "
    notes = [
        f"“{passage.text[a:b]}” [sic] for “{meant}”"
        for a, b, meant in passage.sic
        if a < span[1]
        and span[0] < b
        and f" {' '.join(words(meant))} " in quoted
        and f" {' '.join(words(passage.text[a:b]))} " not in quoted
    ]
    return f"The source prints {', and '.join(notes)}." if notes else None
