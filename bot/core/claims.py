"""Who a member names around a pasted quotation: the claimed speaker in its frame.

``bot.core.verify`` finds the quotation itself by aligning the pasted text against the corpus;
whatever the matched words leave over ("According to Lenin,", "Stalin joked that", "— Mao")
is the frame. This module reads a name out of that frame, in any form a member writes it:
any case, a possessive ("Lenin's parable"), a title ("Comrade Stalin"), a surname, a first name
and patronymic ("Vladimir Ilyich", matched to the initials of "V. I. Lenin"), "the Webbs", a
year or work beside it ("Getty (1985)"). A capitalised name that is nobody in the corpus
("Mao", "Winston Churchill") is still a claim: it is returned as written, unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from bot.core.models import Corpus
from bot.core.normalize import STOPWORDS, clean, normalize

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*\.?")
_POSSESSIVE_RE = re.compile(r"['’]s$", re.IGNORECASE)
_MAX_NGRAM = 4
# A frame naming somebody outside the corpus is short ("Chairman Mao told the congress:"):
# longer leftovers with a capitalised word in them are quoted words, not a frame.
MAX_UNKNOWN_NAME_FRAME = 8
_LOWERCASE_WORD_RE = re.compile(r"(?<![\w'’])[a-z][a-z'’]*")
_SCANNED_TEXT = 20_000_000  # characters read to learn which words are ordinary
_MIN_FULL_NAME_LETTERS = 3
_MIN_MISSPELT_LETTERS = 5  # shorter names are too close to other words ("Marx", "Mao")
_TWO_SLIPS_LETTERS = 10  # names this long may have two letters wrong
# Titles kept with the name they precede ("Chairman Mao", "Comrade Stalin").
_TITLES = frozenset(
    [
        "comrade",
        "chairman",
        "president",
        "mr",
        "mrs",
        "ms",
        "dr",
        "professor",
        "sir",
        "lord",
        "general",
        "rev",
        "reverend",
        "father",
        "saint",
        "st",
        "prof",
        "miss",
        "madame",
    ]
)
# Words a member opens a paste with to frame it, never a name ("Look: …", "Again: …",
# "Reminder: …"): interjections, discourse markers and the labels of a post (with the stance
# adverbs in -ly, see ``_is_stance_adverb``). The corpus's lower-case words tell most ordinary
# words from names, but a server's small reading may never write these, so they are listed.
_DISCOURSE = frozenset(
    [
        # interjections and calls for attention
        "look",
        "listen",
        "hey",
        "oh",
        "ok",
        "okay",
        "alright",
        "wow",
        "whoa",
        "hmm",
        "ugh",
        "yikes",
        "lol",
        "lmao",
        "yeah",
        "yep",
        "nope",
        "sure",
        "right",
        "please",
        "folks",
        "guys",
        "everyone",
        "friends",
        # discourse markers and sentence adverbs not ending in -ly
        "again",
        "anyway",
        "anyhow",
        "besides",
        "meanwhile",
        "still",
        "plus",
        "though",
        "otherwise",
        "regardless",
        "nonetheless",
        "nevertheless",
        "however",
        "instead",
        "likewise",
        "thus",
        "hence",
        "therefore",
        "today",
        "tonight",
        "now",
        "reminder",
        "remembering",
        # labels of a post
        "note",
        "nb",
        "ps",
        "psa",
        "fyi",
        "tldr",
        "til",
        "imo",
        "imho",
        "edit",
        "update",
        "context",
        "fact",
        "truth",
        "summary",
        "spoiler",
        "warning",
        "hint",
        "question",
        "answer",
        "point",
        "thought",
        "translation",
    ]
)
# Capitalised words that open a sentence or a frame without naming anyone (titles too).
_NOT_NAMES = (
    _TITLES
    | _DISCOURSE
    | frozenset(
        [
            "a",
            "an",
            "the",
            "as",
            "in",
            "on",
            "at",
            "and",
            "but",
            "then",
            "when",
            "later",
            "also",
            "according",
            "someone",
            "somebody",
            "he",
            "she",
            "they",
            "it",
            "this",
            "that",
            "one",
            "we",
            "i",
            "you",
            "here",
            "there",
            "who",
            "what",
            "why",
            "how",
            "once",
            "after",
            "before",
            "quote",
            "quoted",
            "quoting",
            "from",
            "said",
            "says",
            "wrote",
            "writes",
            "famously",
            "comrades",
            "secretary",
            "speech",
            "speaking",
            "letter",
            "report",
            "book",
            "essay",
            "article",
            "source",
            "original",
            "see",
            "cited",
            "via",
            "per",
            "by",
            "yes",
            "no",
            "well",
            "so",
            "indeed",
            "our",
            "my",
            "his",
            "her",
            "their",
            "its",
            "remember",
            "recall",
        ]
    )
)


# Words a lone name follows ("according to Mao", "as Mao put it", "said Mao") or precedes
# ("Mao said", "Mao once wrote", "Mao famously joked").
_BEFORE_NAMES = (
    frozenset(
        [
            "to",
            "as",
            "by",
            "said",
            "says",
            "wrote",
            "writes",
            "quoting",
            "quoted",
            "via",
            "per",
            "from",
            "asked",
            "told",
        ]
    )
    | _TITLES
)
# The verbs that report a quotation, before or after it ("Stalin said", ", wrote Hoover"); claims
# and verify each add the words of their own position.
REPORTING_VERBS = frozenset(
    [
        "added",
        "announced",
        "answered",
        "argued",
        "asked",
        "claimed",
        "declared",
        "explained",
        "insisted",
        "joked",
        "noted",
        "observed",
        "proclaimed",
        "quipped",
        "remarked",
        "replied",
        "said",
        "says",
        "stated",
        "stressed",
        "told",
        "warned",
        "writes",
        "wrote",
    ]
)
_HEDGES = frozenset(["also", "himself", "herself", "allegedly", "supposedly", "apparently"])
_AFTER_NAMES = (
    REPORTING_VERBS
    | _HEDGES
    | frozenset(
        [
            "actually",
            "admitted",
            "asserted",
            "believed",
            "concluded",
            "famously",
            "maintained",
            "once",
            "put",
            "really",
            "recalled",
            "reminded",
            "suggested",
            "taught",
        ]
    )
)


@dataclass(frozen=True, slots=True)
class NamedSpeaker:
    """A name found in a frame: as written, and the corpus speaker it is (``None``: nobody)."""

    written: str
    speaker_id: str | None
    # Other speakers named as alternatives ("Lenin or Stalin said"): the member is unsure.
    alternatives: tuple[str, ...] = ()

    def names(self, speaker_id: str | None) -> bool:
        """Whether the claim names ``speaker_id`` (as its speaker or as an alternative)."""
        return speaker_id is not None and (
            speaker_id == self.speaker_id or speaker_id in self.alternatives
        )


@dataclass(frozen=True, slots=True)
class _Word:
    text: str  # as written, without a possessive ending or trailing full stop
    key: str  # normalised
    capitalised: bool
    start: int
    end: int


class SpeakerNames:
    """Every way the corpus's speakers are named, for reading names out of frames."""

    def __init__(self, corpus: Corpus) -> None:
        full: dict[str, str] = {}
        surnames: dict[str, set[str]] = {}
        initials: dict[tuple[str, ...], set[str]] = {}
        for speaker in corpus.speakers.values():
            for name in (speaker.name, *speaker.aliases):
                key = _key(name)
                if not key:
                    continue
                full.setdefault(key, speaker.id)
                parts = key.split()
                while len(parts) > 2 and parts[0] in _TITLES:
                    parts = parts[1:]  # "Ms Barbara Wootton": "ms" is no initials
                if len(parts) < 2 or not _is_personal_name(name):
                    continue  # "Thought and Art", "another Soviet emigre": whole names only
                if parts[-1] not in STOPWORDS:
                    surnames.setdefault(parts[-1], set()).add(speaker.id)
                leading = _leading_initials(parts)
                if len(leading) >= 2:
                    initials.setdefault(leading, set()).add(speaker.id)
                # "Vladimir Lenin" -> "vladimir" names Lenin if nobody else is called that.
                if len(parts) >= 2 and len(parts[0]) >= _MIN_FULL_NAME_LETTERS:
                    surnames.setdefault(parts[0], set()).add(speaker.id)
        self._full = full
        self._single = {word: ids.pop() for word, ids in surnames.items() if len(ids) == 1}
        self._initials = {key: ids.pop() for key, ids in initials.items() if len(ids) == 1}
        self._works = {
            _key(title) for w in corpus.works.values() for title in (w.title, *w.aliases)
        }
        self._lowercase = _lowercase_words(corpus)

    def find(self, frame: str, alone: bool = False) -> NamedSpeaker | None:
        """The speaker ``frame`` names: a corpus speaker if any is named, else a capitalised
        name that is nobody in the corpus, else ``None`` (the frame names no one).

        ``alone``: ``frame`` is only a name (given apart from the quotation), not words
        around a quotation, where a lone capitalised word must stand where a name stands."""
        words = _words(frame)
        if not words:
            return None
        known = self._known(frame, words)
        if known is not None:
            return known
        if len(words) > MAX_UNKNOWN_NAME_FRAME:
            return None
        return _unknown(frame, words, self._works, self._lowercase, alone)

    def _known(self, frame: str, words: list[_Word]) -> NamedSpeaker | None:
        found: list[tuple[int, int, str]] = []  # (start word, end word, speaker id)
        i = 0
        while i < len(words):
            match = self._match_at(frame, words, i)
            if match is None:
                i += 1
                continue
            end, speaker_id = match
            found.append((i, end, speaker_id))
            i = end
        if not found:
            return None
        # Names joined by "or" are one claim of alternatives ("Lenin or Stalin", "Lenin/Stalin").
        claims: list[list[tuple[int, int, str]]] = [[found[0]]]
        for named in found[1:]:
            between = frame[words[claims[-1][-1][1] - 1].end : words[named[0]].start]
            if between.strip(" ,()?").lower() in ("or", "/", "or maybe", "or was it"):
                claims[-1].append(named)
            else:
                claims.append([named])
        # Of several claims, the one a reporting word follows is the member's ("A friend who
        # reads Lenin told me that Stalin once said"); else the first ("Lenin, in a letter to
        # Stalin, wrote:").
        chosen = next((c for c in claims if _speaks(frame, words, c[-1][1])), claims[0])
        first, end, speaker_id = chosen[0]
        end = chosen[-1][1]
        start = first
        while start > 0 and (
            words[start - 1].key in _TITLES
            or (words[start - 1].capitalised and len(words[start - 1].key) == 1)
        ):
            start -= 1  # "Comrade Stalin", "J. Kowal"
        alternatives = tuple(dict.fromkeys(n[2] for n in chosen[1:] if n[2] != speaker_id))
        return NamedSpeaker(
            frame[words[start].start : words[end - 1].end], speaker_id, alternatives
        )

    def _match_at(self, frame: str, words: list[_Word], i: int) -> tuple[int, str] | None:
        for size in range(min(_MAX_NGRAM, len(words) - i), 0, -1):
            key = " ".join(w.key for w in words[i : i + size])
            found = self._full.get(key)
            if found is not None:
                return i + size, found
            if size >= 2:
                run = words[i : i + size]
                if all(w.capitalised and len(w.key) >= _MIN_FULL_NAME_LETTERS for w in run) and all(
                    _adjacent(frame, words, j) for j in range(i, i + size - 1)
                ):
                    by_initials = self._initials.get(tuple(w.key[0] for w in run))
                    if by_initials is not None:
                        return i + size, by_initials
        word = words[i]
        if word.key in STOPWORDS or len(word.key) < 2:
            return None
        single = self._single.get(word.key)
        if single is not None and (word.capitalised or word.key not in self._lowercase):
            return i + 1, single
        misspelt = self._misspelt(word)
        return (i + 1, misspelt) if misspelt is not None else None

    def _misspelt(self, word: _Word) -> str | None:
        """The speaker a capitalised word names with a letter or two wrong ("Staline",
        "Lennin"), if it is no ordinary word and it names exactly one speaker."""
        if (
            not word.capitalised
            or len(word.key) < _MIN_MISSPELT_LETTERS
            or word.key in self._lowercase
            or word.key in _NOT_NAMES
            or _is_stance_adverb(word.key)
        ):
            return None
        allowed = 1 if len(word.key) < _TWO_SLIPS_LETTERS else 2
        found = {
            speaker_id
            for name, speaker_id in self._single.items()
            if name[:1] == word.key[:1]
            and abs(len(name) - len(word.key)) <= allowed
            and OSA.distance(name, word.key, score_cutoff=allowed) <= allowed
        }
        return found.pop() if len(found) == 1 else None


def _unknown(
    frame: str, words: list[_Word], works: set[str], lowercase: frozenset[str], alone: bool
) -> NamedSpeaker | None:
    """A capitalised run of words that is not a work's title, a frame word or an ordinary
    word capitalised to open a sentence ("Bureaucracy is ...": the texts write it lowercase).
    One capitalised word on its own is a name only where a name stands (see ``_placed``):
    "Apparently ...", "Needless to say, ..." and "... Discuss!" name no one."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        word = words[i]
        if (
            word.capitalised
            and word.key not in _NOT_NAMES
            and word.key not in lowercase
            and not _is_stance_adverb(word.key)
        ):
            j = i
            while j + 1 < len(words) and words[j + 1].capitalised and _adjacent(frame, words, j):
                j += 1
            runs.append((i, j + 1))
            i = j + 1
        else:
            i += 1
    for start, end in runs:
        key = " ".join(w.key for w in words[start:end])
        if key in works or end - start > 4:
            continue
        if end - start == 1 and not alone and not _placed(frame, words, start):
            continue
        while start > 0 and words[start - 1].key in _TITLES and words[start - 1].capitalised:
            start -= 1
        return NamedSpeaker(frame[words[start].start : words[end - 1].end], None)
    return None


def _speaks(frame: str, words: list[_Word], end: int) -> bool:
    """Whether a reporting word ("said", "once wrote") follows the name ending at word
    ``end``, with no punctuation between ("Stalin, wrote" is not Stalin writing)."""
    for word in words[end : end + 2]:
        if any(c in ",;:()—–" for c in frame[words[end - 1].end : word.start]):
            return False
        if word.key in _AFTER_NAMES and word.key not in _HEDGES:
            return True
    return False


def _placed(frame: str, words: list[_Word], i: int) -> bool:
    """Whether word ``i`` stands where a frame puts a name: after "according to", "as", "by",
    a title, a dash or an opening bracket ("— Mao", "(Mao, 1957)"), before a reporting word,
    a possessive, a colon, a comma or a closing bracket ("Mao said", "Mao's line", "Mao:"), or
    opening a lead-in cut off by a colon or a dash ("Mao at the congress: ...")."""
    word = words[i]
    before = frame[words[i - 1].end if i else 0 : word.start]
    if (i and words[i - 1].key in _BEFORE_NAMES) or (
        before.strip() and before.strip()[-1] in "—–-(~"
    ):
        return True
    after = frame[word.end :].lstrip()
    if after[:1] in (":", ",", ")", "'", "’") or _POSSESSIVE_RE.match(
        frame[word.end : word.end + 2]
    ):
        return True
    if i == 0 and frame.rstrip(" \n\"“”'‘’«»*_")[-1:] in (":", "—", "–"):
        # "Mao at the party congress: ...", "Mao 1957: ...", but not "Fun fact: ...": a name
        # opening a lead-in stands alone or before a small word or a report, not a noun.
        return i + 1 == len(words) or words[i + 1].key in _AFTER_NAME_IN_LEAD_IN
    following = words[i + 1].key if i + 1 < len(words) else ""
    return following in _AFTER_NAMES


# What follows a name opening a lead-in cut off by a colon ("Mao at the congress:", "Mao
# speaking in 1957:", "Mao quoted by Snow:").
_AFTER_NAME_IN_LEAD_IN = (
    STOPWORDS
    | _AFTER_NAMES
    | _BEFORE_NAMES
    | frozenset(["addressing", "answering", "quoting", "replying", "speaking", "writing"])
)


def is_framing_word(word: str) -> bool:
    """Whether a member frames a paste with ``word`` ("Honestly", "Look", "PSA", "though"):
    an interjection, a discourse marker, a post's label or a stance adverb, never a name."""
    key = normalize(word)
    return key in _DISCOURSE or _is_stance_adverb(key)


def _is_stance_adverb(key: str) -> bool:
    """Whether a word is an adverb of stance in -ly ("Honestly", "Frankly", "Basically"):
    framing, never a name. Surnames in -lly and -ley ("Connolly", "Huxley") are not."""
    return (
        len(key) >= 6 and key.endswith("ly") and (key.endswith("ally") or not key.endswith("lly"))
    )


def _adjacent(frame: str, words: list[_Word], j: int) -> bool:
    """Whether words j and j+1 stand side by side (only spaces or a full stop between)."""
    between = frame[words[j].end : words[j + 1].start]
    return not between.strip(" .")


def _words(frame: str) -> list[_Word]:
    found: list[_Word] = []
    for match in _WORD_RE.finditer(frame):
        raw = match.group()
        text = _POSSESSIVE_RE.sub("", raw.rstrip(".")) or raw
        key = normalize(text)
        if not key:
            continue
        first = clean(text)[:1]
        end = match.start() + len(raw.rstrip(".")) if len(text) > 1 else match.end()
        end -= len(raw.rstrip(".")) - len(text)  # "Lenin's" is written "Lenin"
        found.append(_Word(text, key, first.isupper(), match.start(), end))
    return found


def _lowercase_words(corpus: Corpus) -> frozenset[str]:
    """Words the corpus writes in lower case: ordinary words, not names, even when a member
    capitalises them ("Rule" is a surname, "as a rule" is not)."""
    found: set[str] = set()
    budget = _SCANNED_TEXT
    texts = list(corpus.source_texts.values()) or [p.text for p in corpus.passages]
    for text in texts:
        if budget <= 0:
            break
        budget -= len(text)
        found.update(_LOWERCASE_WORD_RE.findall(clean(text)))
    return frozenset(normalize(w) for w in found)


def _is_personal_name(name: str) -> bool:
    """A name made only of capitalised words or initials ("J. V. Stalin", "Leon Trotsky")."""
    return all(part[:1].isupper() for part in name.replace(".", " ").split())


def _key(name: str) -> str:
    return normalize(name.replace(".", " "))


def _leading_initials(parts: list[str]) -> tuple[str, ...]:
    """The initials a name opens with: ("v", "i") for "v i lenin", ("j", "v") for "jv stalin"."""
    if len(parts) >= 2 and len(parts[0]) == 2 and not any(c in "aeiou" for c in parts[0]):
        return tuple(parts[0])
    return tuple(p for p in _takewhile_single(parts))


def _takewhile_single(parts: list[str]) -> list[str]:
    taken: list[str] = []
    for part in parts:
        if len(part) != 1:
            break
        taken.append(part)
    return taken
