"""The sentence encoder's WordPiece tokenizer (BERT, uncased), in plain Python.

all-MiniLM-L6-v2 reads text cut the BERT way: clean and lower-case it, drop accents, put CJK
ideographs and punctuation apart, then cut each word into the longest pieces its vocabulary
(``vocab.txt``, one piece a line) holds. The ``tokenizers`` library does the same; loading it
costs a process about 23 MB of resident memory, this module a dictionary of the vocabulary
(about 3 MB), and a query is a few dozen pieces. ``tests/core/test_wordpiece.py`` checks the two
give the same pieces, on the corpus and on odd text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

CLS, SEP, UNK = "[CLS]", "[SEP]", "[UNK]"
_CONTINUING = "##"
_LONGEST_WORD = 100  # characters; a longer word is one unknown piece


class WordPiece:
    """Text to the model's piece ids, as its ``tokenizer.json`` (BertNormalizer,
    BertPreTokenizer, WordPiece) would give them."""

    def __init__(self, vocabulary: Sequence[str]) -> None:
        self.ids: dict[str, int] = {piece: i for i, piece in enumerate(vocabulary)}
        self.cls, self.sep, self.unk = self.ids[CLS], self.ids[SEP], self.ids[UNK]
        self._words: dict[str, tuple[int, ...]] = {}  # whole words seen, up to a bound

    @classmethod
    def from_file(cls, path: Path) -> WordPiece:
        """The vocabulary file the model ships (``vocab.txt``)."""
        return cls(path.read_text(encoding="utf-8").splitlines())

    def __len__(self) -> int:
        return len(self.ids)

    def encode(self, text: str, limit: int | None = None) -> list[int]:
        """The piece ids of ``text`` between ``[CLS]`` and ``[SEP]``, at most ``limit`` ids
        in all (the rest of a long text is cut, as the model's truncation does)."""
        pieces = self.pieces(text)
        if limit is not None:
            pieces = pieces[: max(0, limit - 2)]
        return [self.cls, *pieces, self.sep]

    def pieces(self, text: str) -> list[int]:
        """The piece ids of ``text``, without the markers."""
        found: list[int] = []
        for word in _words(text):
            known = self._words.get(word)
            if known is None:
                known = self._cut(word)
                if len(self._words) < 65536:
                    self._words[word] = known
            found.extend(known)
        return found

    def _cut(self, word: str) -> tuple[int, ...]:
        """Greedy longest-match-first, as BERT's WordPiece; one unknown piece when a part of
        the word matches nothing."""
        if len(word) > _LONGEST_WORD:
            return (self.unk,)
        pieces: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else _CONTINUING + word[start:end]
                found = self.ids.get(piece)
                if found is not None:
                    pieces.append(found)
                    break
                end -= 1
            else:
                return (self.unk,)
            start = end
        return tuple(pieces)


# ASCII text, the common case, in two C-speed passes: control characters dropped (tab and line
# ends are spaces), lower case, then runs of letters and digits and each punctuation mark (in
# ASCII exactly codes 33-47, 58-64, 91-96 and 123-126) as words. Nothing ASCII has an accent.
_ASCII_CLEAN = str.maketrans(
    {code: (" " if chr(code) in "\t\n\r" else None) for code in [*range(32), 127]}
)
_ASCII_WORD = re.compile(r"[^ !-/:-@\[-`{-~]+|[!-/:-@\[-`{-~]")


def _words(text: str) -> list[str]:
    """BertNormalizer (clean, CJK apart, lower case, no accents) and BertPreTokenizer
    (whitespace, each punctuation mark a word of its own)."""
    if text.isascii():
        return _ASCII_WORD.findall(text.translate(_ASCII_CLEAN).lower())
    cleaned: list[str] = []
    for char in text:
        code = ord(char)
        if code == 0 or code == 0xFFFD or _is_control(char):
            continue
        if _is_whitespace(char):
            cleaned.append(" ")
        elif _is_cjk(code):
            cleaned.append(f" {char} ")
        else:
            cleaned.append(char)
    lowered = "".join(cleaned).lower()
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", lowered) if unicodedata.category(c) != "Mn"
    )
    words: list[str] = []
    for chunk in stripped.split():
        run: list[str] = []
        for char in chunk:
            if _is_punctuation(char):
                if run:
                    words.append("".join(run))
                    run.clear()
                words.append(char)
            else:
                run.append(char)
        if run:
            words.append("".join(run))
    return words


def _is_whitespace(char: str) -> bool:
    return char in " \t\n\r" or unicodedata.category(char) == "Zs"


def _is_control(char: str) -> bool:
    if char in "\t\n\r":
        return False
    return unicodedata.category(char) in ("Cc", "Cf", "Cn", "Co", "Cs")


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2B73F
        or 0x2B740 <= code <= 0x2B81F
        or 0x2B820 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )
