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
from collections.abc import Collection
from dataclasses import dataclass

from bot.core.extract.reading.vocabulary import _NEWSPAPER

# a letter's closing formula on a line of its own: "Yours faithfully,", "With best wishes,",
# "I remain, Sir, your obedient servant,"
_CLOSING_WORD = re.compile(
    r"(?i:\b(?:yours|sincerely|faithfully|truly|regards|wish|wishes|servant|love|thanks|"
    r"respectfully|affectionately|cordially|remain|gratitude|cheers|best)\b)"
)
_MAX_CLOSING_WORDS = 8
# a word that says the line signs what stands above it
_SIGNS = re.compile(
    r"(?:—|–|--|―|From|Words(?:\s+by|:)|Music\s+by|Written\s+by|Signed:?|Posted\s+by|"
    r"Reply\s+from|Sent\s+by|\((?i:signed)\))\s*"
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
# a word that turns a description into a clause: "An Old Boy who was there"
_CLAUSE_WORD = r"(?:who|whom|whose|which|that|said|says|wrote|writes|is|was|were|are)"
# the signer: a name of capitalised words and initials ("J. R. Pike", "Harnham Town Council"),
# an unnamed writer as signed ("A Ratepayer", "An Old Boy"), or a handle ("@kiln_watcher")
_SIGNER = re.compile(
    rf"(?P<name>@\w+|(?:A|An|One)\s+[A-Z]?[\w’'-]+(?:\s+(?!{_CLAUSE_WORD}\b)[\w’'-]+){{0,6}}|"
    rf"{_HONORIFIC}?"
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
# a part that is a clause of a sentence, not where a signer stands: "she said", "who knew"
_CLAUSE = re.compile(
    r"\s*(?:I|you|he|she|it|we|they|who|which|that|and|but|said|says|asked|replied)\b", re.I
)
# a household signing as one: "the Okoro family", "The Hendersons", with its place after it
_SIGNING_FAMILY = re.compile(
    r"[Tt]he\s+(?P<name>[A-Z][\w’'-]+\s+family|[A-Z][a-z’'-]+s)"
    r"(?:\s+of\s+[A-Z][\w’' -]*|,\s*[A-Z][\w’' -]*)?\s*\.?"
)
_MAX_SIGNATURE_LINES = 6
_MAX_LINE_WORDS = 14
# where a resident signing with a first name lives, or how old they are: a street ("Orchard
# Close", "Beck Lane"), a settlement by its kind of name ("Hemingfield", "Knott End", "Kirkby
# Wenning"), an age ("age 34", "aged 41"): what marks a one-word signer as a person, not an
# author's surname before a title
_ADDRESS_OR_AGE = re.compile(
    r"(?:[A-Z][\w’'-]+\s+){0,3}(?:Street|Road|Lane|Close|Terrace|Avenue|Crescent|Drive|Way|"
    r"Gardens|Grove|Court|Row|Square|Place|Mews|Walk|Green|End|Cottages|Estate|Yard|Fold|Hill|"
    r"Village|Ward)"
    r"|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][a-z]*(?:field|ton|ham|by|ley|wick|thorpe|worth|bury|"
    r"borough|ford|mouth|bridge|dale|stead|combe|caster|chester|minster|well|holme|wich|"
    r"hurst)(?:\s+[A-Z][\w’'-]+){0,2}"
    r"|(?i:aged?\s+)?\d{1,3}(?:\s+years?(?:\s+old)?)?"
)


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


def _valediction(line: str) -> bool:
    """Whether ``line`` is a letter's closing formula ("Yours faithfully,")."""
    return (
        line.endswith(",")
        and _words(line) <= _MAX_CLOSING_WORDS
        and _CLOSING_WORD.search(line) is not None
        and not re.search(r"[.!?;:]", line.replace("etc.", ""))  # "Yours, etc.,"
    )


def _rows(lines: str) -> list[str]:
    """The lines of a signature without their prefixes ('>', indentation) and without the
    emphasis a Markdown signature is set in ("*— Jo Marsh*"); a closing formula sharing its
    line with the name ("Yours faithfully, J. R. Pike") set on a line of its own."""
    rows = [r.lstrip("> \t").strip() for r in lines.strip().splitlines() if r.strip(" >\t")]
    rows = [re.sub(r"^([*_]{1,2})(?=\S)(.+?)(?<=\S)\1$", r"\2", r) for r in rows]
    if rows and not _valediction(rows[0]):
        commas = [m.end() for m in re.finditer(r",\s+(?=[A-Z@])", rows[0])]
        for at in reversed(commas):  # the longest closing: "I remain, Sir, your … servant,"
            closing = rows[0][:at].rstrip()
            if _valediction(closing):
                rows[:1] = [closing, rows[0][at:]]
                break
    return rows


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
    if rest and not re.match(
        r"\s*(?:[,;(]|\.(?:\s|$)|$|\s(?:on|at)\s|\s+(?:\d|" + _MONTH + r"))", rest
    ):
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


def _first_name_and_home(name: str, parts: list[str], known: Collection[str]) -> bool:
    """Whether a one-word signer is a resident by their first name, as a card or a box signs
    ("— Doreen, Orchard Close", "— Kwame, age 34"): every part after it is a street, a
    settlement or an age, and the word is no surname of someone the text names in full (an
    author before a title: "— Forster, Howards End")."""
    if not parts or any(_ADDRESS_OR_AGE.fullmatch(p.strip(" .")) is None for p in parts):
        return False
    return not any(len(p.split()) > 1 and p.split()[-1] == name for p in known)


def read_signature(lines: str, known: Collection[str] = ()) -> Signature | None:
    """The signature that ``lines`` are, or None when they are no signature; ``known`` are the
    people the text names, whose name alone under the words signs them."""
    rows = _rows(lines)
    if not rows or len(rows) > _MAX_SIGNATURE_LINES:
        return None
    if any(_words(r) > _MAX_LINE_WORDS for r in rows):
        return None
    closing = _valediction(rows[0]) and len(rows) > 1
    if closing:
        rows = rows[1:]
    first = rows[0]
    signed = bool(_SIGNS.match(first))
    family = _SIGNING_FAMILY.fullmatch(_SIGNS.sub("", first, count=1) if signed else first)
    if family and (signed or closing) and not _NEWSPAPER.search(family["name"]):
        # "— The Hendersons, Leeds", "— the Okoro family of Bradford": a household signs as
        # one, its place dropped
        return Signature("the " + family["name"], False, "")
    # the name before any place or office after it: "ALBERT HEPWORTH, Shipley."
    named_part = (_SIGNS.sub("", first, count=1) if signed else first).split(",")[0]
    letters = re.sub(r"[^A-Za-z]", "", named_part)
    capitals = len(letters) > 3 and letters.isupper()  # "A RATEPAYER", "J. R. PIKE"
    if capitals:
        first = re.sub(r"[A-Z][A-Z’'-]+", lambda w: w.group(0).capitalize(), first)
        first = re.sub(r"(?<=\s)(Of|The|And)\b", lambda w: w.group(1).lower(), first)
    read = _signer(first)
    if read is None:
        return None
    name, rest = read
    if re.fullmatch(r"(?:[A-Z]\.?\s*){2,4}", name):
        if len(rows) == 1 and not rest.strip(" ."):
            return Signature(re.sub(r"[.\s]", "", name), False, "", initials=True)
        return None  # initials with more after them: a citation's key
    parts = [p for p in re.split(r",|\n|\.\s", rest + "\n" + "\n".join(rows[1:])) if p.strip(" .")]
    parts = [re.sub(r"^\s*(?:on|at)\s+", "", p) for p in parts]
    if any(_CLAUSE.match(p) for p in parts):
        return None  # "— Yes, she said.": a line of dialogue, not a signature
    one_word = len(name.split()) < 2 and not name.startswith("@")
    if (
        one_word
        and not closing
        and not re.match(r"(?:A|An|One)\s", name)
        and not (signed and _first_name_and_home(name, parts, known))
    ):
        return None  # a signer signs with a full name or a handle ("— Bert" only under a
        # closing formula, "— Doreen, Orchard Close" with where she lives)
    unnamed = re.match(r"(?:A|An|One)\s", name) is not None
    cited = re.fullmatch(r"\s*\((?P<body>[^()]{2,80})\)\s*\.?\s*", rest) if len(rows) == 1 else None
    if cited and re.search(r"\bpp?\.\s*[\dxivlc]", cited["body"]) and len(name.split()) >= 2:
        # "— Phyllis Dunn (1952 ed., p. 31)": the signer, and where the words are printed
        return Signature(name, unnamed, f"{name}, {cited['body']}")
    standing = all(_where_they_stand(p) for p in parts)
    # a name set in capitals signs on its own with an initial or as an unnamed writer; a line
    # of capitals that is no name ("GOD SAVE THE KING") signs nothing
    capitals = capitals and (unnamed or bool(parts) or re.search(r"\b[A-Z]\.", name) is not None)
    if not (signed or closing or capitals or parts or name in known):
        return None  # a bare name line under the words, with nothing of a signature about it
    bare = not (signed or closing or capitals)
    if bare and (
        len(name.split()) < 2
        or (parts and not standing)
        or not all(p.strip()[:1].isupper() or p.strip()[:1].isdigit() for p in parts)
    ):
        return None  # a name alone under the words signs them only with its office or place,
        # or as someone the text names
    if _WORKLIKE.search(name) or _NEWSPAPER.search(name) or name.startswith("The "):
        return None  # "— Minutes of the Committee, 4 March 1934", "— The Stage": a citation
    if re.match(r"(?:The|This|That|It|We|I|They|He|She)\b", name) and not (signed or closing):
        return None  # a sentence's subject, not a signer
    if standing:
        return Signature(name, unnamed, "")
    if len(rows) == 1 and re.search(r"\([^()]*[:,][^()]*\b\d{4}\)", rest):
        # a book with its publication in brackets ("— Ann Lee, The Long Field (York: Ouse
        # Press, 1994), p. 23"): the citation as written, its year inside its brackets
        return Signature(name, unnamed, f"{name}, {rest.strip(' ,')}")
    kept = [p.strip() for p in parts if not _is_when(p)]
    return Signature(name, unnamed, ", ".join([name, *kept]))


def signature_start(text: str, known: Collection[str] = ()) -> int | None:
    """Where a signature begins among the last lines of a block's ``text`` (a closing formula,
    a dash line, a name with their office under it), or None when the block ends in words."""
    lines = list(re.finditer(r"[^\n]+", text))
    for back in range(min(_MAX_SIGNATURE_LINES, len(lines) - 1), 0, -1):
        first = lines[-back]
        above = text[: first.start()].rstrip(" \t>\n")
        row = first.group(0).lstrip(" \t>")
        says = _SIGNS.match(row) is not None or _valediction(row)
        if not above or not (says or re.search(r"[.!?,;:…’”\"')\]]$", above)):
            continue  # the words above must end as words end, unless the line says it signs
        if read_signature(text[first.start() :], known) is not None:
            return first.start()
    return None


def closing_start(text: str) -> int | None:
    """Where a letter's closing formula standing alone on the block's last line begins
    ("Yours faithfully,", the signature set in the lines under the block), or None."""
    last = list(re.finditer(r"[^\n]+", text))[-1:]
    if not last:
        return None
    line = last[0].group(0).lstrip(" \t>")
    return last[0].start() if _valediction(line) else None


def signature_under(tail: str, lines: list[str], known: Collection[str] = ()) -> Signature | None:
    """The signature a block's tail and the short lines set under it make together (a PDF sets
    "Yours faithfully," / the name / the office as paragraphs of their own): the fewest lines
    that read as one."""
    for count in range(0 if tail else 1, len(lines) + 1):
        signature = read_signature("\n".join([tail, *lines[:count]]), known)
        if signature is not None:
            return signature
    return None


# an unnamed writer described in small letters after a dash ending the line: "— a picker on
# nights", "— one of the volunteers"
_DESCRIBED = re.compile(
    r"(?:—|–|--|―)\s*(?P<who>(?:a|an|one)\s+[a-z][\w’'-]*(?:\s+[\w’'&-]+){0,6}?)\s*\.?"
)
_MAX_DESCRIBED_WORDS = 8
# a sentence right after the words that says who signed them: "It was signed by the Okoro
# family of Bradford.", "… and was signed “Peter Lyle, Chair”."
_SIGNED_SENTENCE = re.compile(
    r"[ \t.,;]{0,3}(?:(?:It|This|That|(?:The|Each|Every)\s+\w+)\s+was\s+|and\s+(?:was\s+)?)"
    r"signed(?:\s+by)?\s+(?P<sig>[“\"][^”\"\n]{3,80}[”\"]|[^.;:!?\n“\"]{3,80}?)[ \t]*(?:[.;]|$)"
)
# a family or a household named by its surname: "the Okoro family", "the Lyles"
_FAMILY = re.compile(r"the\s+(?P<name>[A-Z][\w’'-]+\s+family)(?:\s+of\s+[A-Z][\w’' -]*)?")


def signed_on_line(after: str) -> tuple[Signature, int] | None:
    """A signature after quoted words on their own line ("“…” — Jo Marsh (@jomarsh), 3 March
    2022", "“…” — a volunteer on Sundays"), or a sentence after them saying who signed them
    ("It was signed by …"): the signature and where it ends; None when nothing after the words
    signs them."""
    line = re.match(r"[ \t.,;]{0,3}(?P<sig>(?:—|–|--|―)[^\n]+?)[ \t]*(?:\n|$)", after)
    if line is None:
        return signed_in_sentence(after)
    signature = read_signature(line["sig"])
    if signature is None:
        return _described_writer(line["sig"], line.end())
    if signature.cited or signature.initials:
        return None
    return signature, line.end()


def _described_writer(line: str, end: int) -> tuple[Signature, int] | None:
    """An unnamed writer as the dash line describes them ("— a forklift driver"); None for a
    clause ("— a thing she never said")."""
    described = _DESCRIBED.fullmatch(line)
    if described is None or _words(described["who"]) > _MAX_DESCRIBED_WORDS:
        return None
    if any(_CLAUSE.fullmatch(word) for word in described["who"].split()[1:]):
        return None
    return Signature(described["who"], True, ""), end


def signed_in_sentence(after: str) -> tuple[Signature, int] | None:
    """The signer a sentence right after the words names ("It was signed by the Okoro family
    of Bradford."), as a signature of their own would name them."""
    sentence = _SIGNED_SENTENCE.match(after)
    if sentence is None:
        return None
    signed = sentence["sig"].strip('“”" ')
    family = _FAMILY.fullmatch(signed)
    if family is not None:
        return Signature("the " + family["name"], False, ""), sentence.end()
    signature = read_signature("Signed: " + signed)
    if signature is None or signature.cited or signature.initials:
        return None
    return signature, sentence.end()
