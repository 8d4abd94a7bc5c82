"""Short, typable, stable passage ids.

An id is the source's one-letter prefix, a dash and the first 4 characters of the base32
SHA-256 of the passage's *key* (source, quotation or the essay's own text, and normalised
text), e.g. ``r-k3qa``. Only when
those 4 characters are already taken is the id lengthened, one character at a time.

Stability: ``lectern corpus build`` first gives every passage whose key is in the previous
``passages.json`` the id it had there; only new passages get new ids. So adding or removing a
passage never renames another, and a rebuild of an unchanged corpus is byte-identical.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping, Sequence

from bot.core.provenance import provenance_form

ID_LENGTH = 4


def key_kind(kind: str) -> str:
    """The kind an id is made from: quotations apart from the essay's own text, whether that
    is commentary, a heading or front matter (so a review that re-kinds a paragraph, or a
    build from scratch, gives it the same id)."""
    return "quotation" if kind == "quotation" else "commentary"


def passage_key(source: str, kind: str, text: str, occurrence: int = 0) -> str:
    """The content key of a passage (``occurrence`` tells identical texts in one source apart)."""
    body = f"{source}\n{key_kind(kind)}\n{provenance_form(text)}\n{occurrence}"
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return base64.b32encode(digest).decode("ascii").lower().rstrip("=")


def assign_ids(
    keys: Sequence[tuple[str, str]], previous: Mapping[str, str] | None = None
) -> list[str]:
    """Ids for ``(prefix, key)`` pairs, in order, keeping ``previous`` (key -> id) ones."""
    previous = previous or {}
    ids: list[str | None] = [None] * len(keys)
    used: set[str] = set()
    for n, (_prefix, key) in enumerate(keys):
        kept = previous.get(key)
        if kept is not None and kept not in used:
            ids[n] = kept
            used.add(kept)
    for n, (prefix, key) in enumerate(keys):
        if ids[n] is not None:
            continue
        length = ID_LENGTH
        while f"{prefix}-{key[:length]}" in used:
            length += 1
        ids[n] = f"{prefix}-{key[:length]}"
        used.add(f"{prefix}-{key[:length]}")
    return [i for i in ids if i is not None]
