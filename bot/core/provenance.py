"""How a passage's text is compared with its place in the source (``lectern corpus check``).

A passage's ``text`` must equal ``source[start:end]`` with its ``removed`` spans cut out, up to
quote marks and whitespace: the text drops the opening and closing marks of a quotation (and
the opening mark of each paragraph of a long one) and joins a sentence cut by page-break debris.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_IGNORED = re.compile(r"[\s\"'“”‘’]+")


def provenance_form(text: str) -> str:
    """``text`` without quote marks and whitespace: what must match between passage and source."""
    return _IGNORED.sub("", text)


def source_slice(source_text: str, start: int, end: int, removed: Iterable[tuple[int, int]]) -> str:
    """``source_text[start:end]`` with the ``removed`` spans cut out."""
    kept = []
    position = start
    for a, b in sorted(removed):
        kept.append(source_text[position:a])
        position = max(position, b)
    kept.append(source_text[position:end])
    return "".join(kept)
