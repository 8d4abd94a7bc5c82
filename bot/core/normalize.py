"""Text normalisation shared by search, autocomplete and verification.

Two texts that a reader would call "the same words" normalise to the same tokens: case,
diacritics, curly or straight quotes, dashes, ellipses, whitespace and British/American
spelling (-ise/-ize, -isation/-ization, -our/-or, -tre/-ter, -lled/-led, ...) do not matter.

Normalisation is symmetric: every text, query or passage, goes through the same functions, so
the canonical spelling chosen for a word only has to be consistent, not "correct".
"""

from __future__ import annotations

import re
import unicodedata
from itertools import accumulate
from typing import NamedTuple

# Characters mapped before anything else: quotes, dashes, ellipses and odd spaces.
_CHAR_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2026": "...",
        "\u00a0": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u200b": "",
        "\u00ad": "",
        "\ufeff": "",
        "\u00e6": "ae",
        "\u00c6": "AE",
        "\u0153": "oe",
        "\u0152": "OE",
        "\u00f8": "o",
        "\u00d8": "O",
        "\u0142": "l",
        "\u0141": "L",
        "\u00df": "ss",
    }
)

# A word: letters and digits, with apostrophes inside it ("don't", "Lenin's").
WORD_RE = re.compile(r"[^\W_]+(?:'+[^\W_]+)*")
_SPLIT_RE = re.compile(r"([^\W_]+(?:'+[^\W_]+)*)")

# Irregular British spellings that no suffix rule catches (British -> canonical).
_IRREGULAR = {
    "whilst": "while",
    "amongst": "among",
    "learnt": "learned",
    "spelt": "spelled",
    "burnt": "burned",
    "dreamt": "dreamed",
    "grey": "gray",
    "sceptical": "skeptical",
    "sceptic": "skeptic",
    "sceptics": "skeptics",
    "scepticism": "skepticism",
    "judgement": "judgment",
    "judgements": "judgments",
    "acknowledgement": "acknowledgment",
    "ageing": "aging",
    "programme": "program",
    "programmes": "programs",
    "defence": "defense",
    "offence": "offense",
    "offences": "offenses",
    "pretence": "pretense",
    "licence": "license",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "encyclopaedia": "encyclopedia",
    "mediaeval": "medieval",
    "plough": "plow",
    "gaol": "jail",
    "enrol": "enroll",
    "fulfil": "fulfill",
    "fulfilment": "fulfillment",
    "instalment": "installment",
    "skilful": "skillful",
    "wilful": "willful",
    "towards": "toward",
    "afterwards": "afterward",
}

_SUFFIX_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # organize/organise, organization/organisation, analyze/analyse (canonical: -is-, -ys-)
    (re.compile(r"^(\w{2,})([iy])z(e|ed|es|er|ers|ing|ation|ations|ational)$"), r"\1\2s\3"),
    # labour/labor, honourable/honorable, behaviour/behavior (canonical: -or)
    (
        re.compile(
            r"^(\w{2,}[^aeiou\W])our(s|ed|ing|able|ably|ite|ites|ful|less|er|ers|ism|ist)?$"
        ),
        r"\1or\2",
    ),
    (re.compile(r"^(\w{2,}i)our(s|ed|ing|al|ally)?$"), r"\1or\2"),
    # centre/center, theatre/theater, fibre/fiber (canonical: -er)
    (re.compile(r"^(\w{2,}[tb])re(s)?$"), r"\1er\2"),
    # travelled/traveled, cancelling/canceling (canonical: single l after two syllables)
    (re.compile(r"^(\w*[aeiou][^aeiou\W]+[aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"),
    # catalogue/catalog, dialogue/dialog
    (re.compile(r"^(\w{3,})logue(s)?$"), r"\1log\2"),
)


def clean(text: str) -> str:
    """Map quotes, dashes, ellipses and odd spaces to plain ASCII forms and strip accents.

    Case is kept and words keep their positions relative to each other; only the characters
    listed above and combining marks change.
    """
    if text.isascii() and "`" not in text:
        return text
    # The usual suspects go with str.replace (very fast); anything left with one regex pass.
    # Both are much faster than str.translate over a long text.
    for old, new in _COMMON_SPECIALS:
        if old in text:
            text = text.replace(old, new)
    if text.isascii():
        return text
    mapped = _SPECIAL_RE.sub(_replace_special, text)
    if mapped.isascii():
        return mapped
    decomposed = unicodedata.normalize("NFKD", mapped)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_COMMON_SPECIALS = (
    ("\u2019", "'"),
    ("\u2018", "'"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u2013", "-"),
    ("\u2014", "-"),
    ("\u2026", "..."),
    ("\u00a0", " "),
    ("`", "'"),
)


def _replace_special(match: re.Match[str]) -> str:
    return match.group().translate(_CHAR_MAP)


def canonical_word(word: str) -> str:
    """The canonical form of one word: case-folded, no apostrophes, one spelling."""
    folded = word.casefold().replace("'", "")
    irregular = _IRREGULAR.get(folded)
    if irregular is not None:
        return irregular
    for pattern, replacement in _SUFFIX_RULES:
        changed = pattern.sub(replacement, folded)
        if changed != folded:
            return changed
    return folded


_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 500_000
_CHANGED: set[str] = set()  # cached words whose canonical form differs from them
# For ASCII text: letters lowercased, digits kept, apostrophes deleted, the rest a space.
_ASCII_WORDS = bytes(
    c + 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256)
)


def _raw_words(text: str) -> list[str]:
    cleaned = clean(text)
    if cleaned.isascii():
        # Same tokens as WORD_RE (apostrophes only ever join letters), found at C speed.
        return cleaned.encode("ascii").translate(_ASCII_WORDS, b"'").decode("ascii").split()
    return WORD_RE.findall(cleaned)


def _learn(unique: set[str]) -> None:
    """Put the canonical form of every word of ``unique`` in the cache."""
    missing = unique.difference(_CACHE)
    if missing:
        if len(_CACHE) > _CACHE_LIMIT:
            _CACHE.clear()
            _CHANGED.clear()
        for word in missing:
            canonical = canonical_word(word)
            if canonical != word:
                _CHANGED.add(word)
            _CACHE[word] = canonical


def words(text: str) -> list[str]:
    """The canonical word tokens of ``text``, in order."""
    raw = _raw_words(text)
    _learn(set(raw))
    try:
        return list(map(_CACHE.__getitem__, raw))
    except KeyError:  # another thread cleared the cache meanwhile
        return [canonical_word(w) for w in raw]


def word_set(text: str) -> set[str]:
    """The set of canonical words of ``text`` (for indexing: no order, no joining)."""
    unique = set(_raw_words(text))
    _learn(unique)
    changed = unique.intersection(_CHANGED)
    if changed:  # most texts have none: every word is already canonical
        unique.difference_update(changed)
        unique.update(map(canonical_word, changed))
    return unique


def normalize(text: str) -> str:
    """The canonical form of ``text``: its canonical words joined by single spaces."""
    return " ".join(words(text))


class Token(NamedTuple):
    """One word of an original text: its canonical form and where it stands."""

    norm: str
    start: int
    end: int


def tokens_with_offsets(text: str) -> list[Token]:
    """The words of ``text`` with offsets into ``text`` itself (for highlighting and diffs).

    The canonical forms are exactly ``words(text)``.
    """
    norms, starts, ends = word_offsets(text)
    return list(map(Token, norms, starts, ends))


def word_offsets(text: str) -> tuple[list[str], list[int], list[int]]:
    """``words(text)`` with the start and end offset of each word in ``text``.

    Most texts only differ from ASCII by quote marks, dashes and spaces, which map one
    character to one, so the offsets are read from the mapped text with C-level splitting;
    anything else is cleaned word by word.
    """
    plain = text.isascii() and "`" not in text
    mapped = text if plain else _ONE_TO_ONE_RE.sub(_one_to_one, text)
    if mapped.isascii():
        parts = _SPLIT_RE.split(mapped.lower())
        offsets = list(accumulate(map(len, parts), initial=0))
        raw = parts[1::2]
        _learn(set(raw))
        norms = [
            n if n is not None else canonical_word(w)
            for w, n in zip(raw, map(_CACHE.get, raw), strict=True)
        ]
        return norms, offsets[1::2], offsets[2::2]
    norms, starts, ends = [], [], []
    for match in _ORIGINAL_WORD_RE.finditer(text):
        cleaned = clean(match.group())
        for part in WORD_RE.findall(cleaned):
            norms.append(_CACHE.get(part) or canonical_word(part))
            starts.append(match.start())
            ends.append(match.end())
    return norms, starts, ends


# The characters of _CHAR_MAP that map to exactly one character, plus the ellipsis as a
# space (it only ever separates words); a text that is ASCII after this has exact offsets.
def _one_to_one_map() -> dict[str, str]:
    table = {chr(k): v for k, v in _CHAR_MAP.items() if isinstance(v, str) and len(v) == 1}
    table["`"] = "'"
    table["\u2026"] = " "
    for code in range(0xC0, 0x250):  # Latin letters with diacritics -> the bare letter
        bare = "".join(
            c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c)
        )
        if len(bare) == 1 and bare.isascii():
            table.setdefault(chr(code), bare)
    return table


_ONE_TO_ONE = _one_to_one_map()
_ONE_TO_ONE_RE = re.compile("[" + "".join(re.escape(c) for c in _ONE_TO_ONE) + "]")


def _one_to_one(match: re.Match[str]) -> str:
    return _ONE_TO_ONE[match.group()]


# Word-ish runs in the original (uncleaned) text: letters, digits, combining marks and any
# apostrophe form between letters. Each run is cleaned and split again, so this only has to
# be a superset of WORD_RE after cleaning.
_LETTER = r"(?:[^\W_]|[\u0300-\u036f])"
_JOINER = "['\u2018\u2019\u201a\u201b\u2032\u02bc`\u00b4\u00ad\u200b\ufeff]"
_SPECIAL_RE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in _CHAR_MAP) + "]"
)  # fmt: skip
_ORIGINAL_WORD_RE = re.compile(f"{_LETTER}+(?:{_JOINER}+{_LETTER}+)*")

_STEM_RULES = (
    ("isations", "is"), ("isation", "is"), ("ising", "is"), ("ised", "is"), ("ises", "is"),
    ("ise", "is"), ("ations", ""), ("ation", ""), ("ments", ""), ("ment", ""), ("ness", ""),
    ("ities", ""), ("ity", ""), ("ings", ""), ("ing", ""), ("ists", ""), ("ist", ""),
    ("isms", ""), ("ism", ""), ("edly", ""), ("ers", ""), ("er", ""), ("ed", ""), ("ies", ""),
    ("es", ""), ("ly", ""), ("s", ""), ("al", ""), ("ic", ""), ("e", ""), ("y", ""),
)  # fmt: skip


def stem(word: str) -> str:
    """A crude stem of a canonical word, so "fighting", "fights" and "fight" meet in search.

    Only search uses it (as a weaker match than the word itself); verification never does.
    """
    for suffix, replacement in _STEM_RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + replacement
    return word


def stem_family(key: str) -> list[str]:
    """The words whose ``stem`` is ``key``, among those that could be (``key`` itself and
    ``key`` with each suffix): a vocabulary looks each up instead of stemming every word."""
    family = [key]
    for suffix, replacement in _STEM_RULES:
        if key.endswith(replacement):
            word = key[: len(key) - len(replacement)] + suffix
            if stem(word) == key:
                family.append(word)
    return family


STOPWORDS = frozenset(
    (
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "but",
        "by",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "his",
        "i",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "she",
        "so",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "was",
        "we",
        "were",
        "what",
        "when",
        "which",
        "who",
        "will",
        "with",
        "would",
        "you",
        "not",
        "no",
    )
)
