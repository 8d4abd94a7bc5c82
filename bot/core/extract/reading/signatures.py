"""Words signed after them: how a reader reads a signature under a letter, a tribute, a post,
a comment or a poem.

A signature is the signer's name (the speaker: a person, a body, or an unnamed writer as
signed, "A Ratepayer"; a handle only when no name is given), then where the signer stands (a
role, office, department, institution, address or place: never the work), then when it was
written or posted (a date or a time of posting: never a page). It may open with a dash, a
letter's closing formula ("Yours faithfully,") or a word that says it signs ("From", "Words
by", "Posted by", "Reply from"). The signature itself is never part of the words. Only a part
the text marks or names as a work (a title in italics or asterisks, a diary, journal or paper,
a book with its year, a page) keeps a citation's reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.reading.vocabulary import _NEWSPAPER

# a letter's closing formula on a line of its own: "Yours faithfully,", "With best wishes,"
_VALEDICTION = re.compile(
    r"(?i:(?:yours|(?:with\s+)?(?:(?:very\s+)?best|kind(?:est)?|warm(?:est)?|good|all\s+good|"
    r"many)\s+(?:wishes|regards|thanks)|(?:kind\s+|best\s+|warm\s+)?regards|sincerely|"
    r"faithfully|respectfully|cordially|affectionately|(?:with\s+)?(?:love|thanks|gratitude)|"
    r"cheers|all\s+best|best)(?:\s+[\w’']+){0,3})\s*[,.]?"
)
# a word that says the line signs what stands above it
_SIGNS = re.compile(
    r"(?:—|–|--|―|From|Words(?:\s+by|:)|Music\s+by|Written\s+by|Signed:?|Posted\s+by|"
    r"Reply\s+from|Sent\s+by)\s*"
)
_HONORIFIC = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Rev|Revd|Reverend|Sir|Dame|Lady|Lord|Canon|"
    r"Councillor|Cllr|Captain|Capt|Major|Colonel|Col|Sister|Brother|Father)\.?\s+)"
)
# an office or rank before a name, dropped as the reader drops it ("Professor Anne Lyle")
_RANK = re.compile(
    r"^(?:Prof|Professor|Rev|Revd|Reverend|Canon|Councillor|Cllr|Captain|Capt|Major|Colonel|"
    r"Col|Alderman|Dr)\.?\s+(?=[A-Z])"
)
_NAME_WORD = r"(?:[A-Z][\w’'-]*[a-z][\w’'-]*|[A-Z]\.|[A-Z](?=\s))"
_PARTICLE = r"(?:de|van|von|der|la|le|du|da|di|of|the|and|for|on|in|&)"
# the signer: a name of capitalised words and initials ("J. R. Pike", "Harnham Town Council"),
# an unnamed writer as signed ("A Ratepayer", "An Old Boy"), or a handle ("@kiln_watcher")
_SIGNER = re.compile(
    rf"(?P<name>@\w+|(?:A|An|One)\s+[A-Z]?[\w’'-]+(?:\s+[\w’'-]+){{0,3}}|{_HONORIFIC}?"
    rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,5}})"
)
# a handle after a name, plain or linked: "(@jomarsh)", "([@jomarsh](https://…))"
_HANDLE = re.compile(r"\s*\(\s*\[?(?P<handle>@\w+)\]?(?:\([^()\s]*\))?\s*\)")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?"
# when the words were written or posted: "3 March 2022", "June 28, 2024 at 9:41 PM", "21:14"
_WHEN = re.compile(
    rf"(?i:(?:on\s+)?(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    rf"(?:,?\s+\d{{4}})?|\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|{_MONTH}\s+\d{{4}})"
    rf"(?:,?\s+(?:at\s+)?(?:{_TIME}))?|(?:at\s+)?(?:{_TIME}))"
)
# what the text marks or names as a work: a title set in asterisks or underscores, a
# document or a paper by its kind, a book with its year, a page or a note
_WORKLIKE = re.compile(
    r"\*[^*]+\*|_[^_]+_|\((?:1[5-9]|20)\d\d\)|\b(?:Diary|Journal|Letters|Memoirs?|Minutes|"
    r"Notebook|Log|Papers|Recollections|Autobiography|Register|Report)\b|(?:’s|'s)\s+[A-Z]|"
    r"\bpp?\.\s*\d|\[\d+\]"
)
_MAX_SIGNATURE_LINES = 6
_MAX_LINE_WORDS = 14


@dataclass(frozen=True)
class Signature:
    """A signature read: the signer, whether they sign without a name ("A Ratepayer"), and
    what of it a citation may still read as a work (empty when the signature names none)."""

    signer: str
    unnamed: bool
    cited: str
    initials: bool = False  # "E. M. T.": the person the text names whom they fit


def _words(line: str) -> int:
    return len(line.split())


def _signer(line: str) -> tuple[str, str] | None:
    """The signer at the start of ``line`` and what follows the name; None when the line opens
    with no name."""
    line = _SIGNS.sub("", line.strip(), count=1) if _SIGNS.match(line.strip()) else line.strip()
    found = _SIGNER.match(line)
    if found is None:
        return None
    name, rest = found["name"], line[found.end() :]
    name = re.sub(_RANK, "", name)  # "Councillor Rita Hames": the office is no part of the name
    handle = _HANDLE.match(rest)
    if handle:  # "Jo Marsh (@jomarsh)": the name; the handle only says where it was posted
        rest = rest[handle.end() :]
    courtesy = re.match(r"\s*\((?:Mrs|Mr|Miss|Ms|Dr)\.?\)", rest)
    if courtesy:  # "Ada Kitching (Mrs)"
        rest = rest[courtesy.end() :]
    if rest and not re.match(r"\s*(?:[,;(]|$|\s(?:on|at)\s|\s+(?:\d|" + _MONTH + r"))", rest):
        return None  # a sentence, not a name: "Nobody came back."
    return name, rest


def _is_when(part: str) -> bool:
    return _WHEN.fullmatch(part.strip(" .()")) is not None


def _where_they_stand(part: str) -> bool:
    """A part after the signer's name that says where they stand (a role, an office, an
    institution, an address, a place) or when they wrote: not a work."""
    part = part.strip(" .")
    if not part or _is_when(part):
        return True
    if _WORKLIKE.search(part) or _NEWSPAPER.search(part):
        return False
    # a role in small letters ("lifeguard 1971–1990", "age 9", "on behalf of the staff") or
    # an office, body or place in capitals ("County Archivist", "Station Cottages")
    return _words(part) <= 10 and not re.search(r"[.!?;:]\s", part)


def read_signature(lines: str) -> Signature | None:
    """The signature that ``lines`` are (their prefixes, '>' and indentation, already off), or
    None when they are no signature."""
    rows = [r.strip() for r in lines.strip().splitlines() if r.strip(" >")]
    rows = [r.lstrip("> ").strip() for r in rows]
    if not rows or len(rows) > _MAX_SIGNATURE_LINES:
        return None
    if any(_words(r) > _MAX_LINE_WORDS for r in rows):
        return None
    closing = bool(_VALEDICTION.fullmatch(rows[0])) and rows[0].endswith(",") and len(rows) > 1
    if closing:
        rows = rows[1:]
    first = rows[0]
    signed = bool(_SIGNS.match(first))
    read = _signer(first)
    if read is None:
        return None
    name, rest = read
    if re.fullmatch(r"(?:[A-Z]\.?\s*){2,4}", name):
        if len(rows) == 1 and not rest.strip(" ."):
            return Signature(re.sub(r"[.\s]", "", name), False, "", initials=True)
        return None  # initials with more after them: a citation's key
    parts = [p for p in re.split(r",|\n", rest + "\n" + "\n".join(rows[1:])) if p.strip()]
    parts = [re.sub(r"^\s*(?:on|at)\s+", "", p) for p in parts]
    standing = all(_where_they_stand(p) for p in parts)
    capitals = name.isupper() and len(name) > 3
    if not (signed or closing or capitals or parts):
        return None  # a bare name line under the words, with nothing of a signature about it
    bare = not (signed or closing or capitals)
    if bare and (
        not standing
        or len(name.split()) < 2
        or not all(p.strip()[:1].isupper() or p.strip()[:1].isdigit() for p in parts)
    ):
        return None  # a name alone under the words only signs them with its office or place
    if _WORKLIKE.search(name) or _NEWSPAPER.search(name) or name.startswith("The "):
        return None  # "— Minutes of the Committee, 4 March 1934", "— The Stage": a citation
    if re.match(r"(?:The|This|That|It|We|I|They|He|She)\b", name) and not (signed or closing):
        return None  # a sentence's subject, not a signer
    unnamed = re.match(r"(?:A|An|One)\s", name) is not None
    if capitals:
        name = " ".join(w if re.fullmatch(r"[A-Z]\.", w) else w.capitalize() for w in name.split())
        name = re.sub(r"\b(Of|The|And)\b", lambda m: m.group(1).lower(), name)
    if standing:
        return Signature(name, unnamed, "")
    kept = [p.strip() for p in parts if not _is_when(p)]
    return Signature(name, unnamed, ", ".join([name, *kept]))


def signature_start(text: str) -> int | None:
    """Where a signature begins among the last lines of a block's ``text`` (a closing formula,
    a dash line, a name with their office under it), or None when the block ends in words."""
    lines = list(re.finditer(r"[^\n]+", text))
    for back in range(min(_MAX_SIGNATURE_LINES, len(lines) - 1), 0, -1):
        first = lines[-back]
        above = text[: first.start()].rstrip(" \t>\n")
        if not above or not re.search(r"[.!?,;:…’”\"')\]]$", above):
            continue  # the words above must end as words end
        if read_signature(text[first.start() :]) is not None:
            return first.start()
    return None


def closing_start(text: str) -> int | None:
    """Where a letter's closing formula standing alone on the block's last line begins
    ("Yours faithfully,", the signature set in the lines under the block), or None."""
    last = list(re.finditer(r"[^\n]+", text))[-1:]
    if not last:
        return None
    line = last[0].group(0).lstrip(" \t>")
    return last[0].start() if line.endswith(",") and _VALEDICTION.fullmatch(line) else None


def signature_under(tail: str, lines: list[str]) -> Signature | None:
    """The signature a block's tail and the short lines set under it make together (a PDF sets
    "Yours faithfully," / the name / the office as paragraphs of their own): the fewest lines
    that read as one."""
    for count in range(0 if tail else 1, len(lines) + 1):
        signature = read_signature("\n".join([tail, *lines[:count]]))
        if signature is not None:
            return signature
    return None
