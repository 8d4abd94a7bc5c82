"""The entries of a reference work, each about the person its headword names.

A careful reader of a biographical dictionary, a register of members, an encyclopaedia's
lives or a journal's column of lives knows whom each entry is about before reading a word of
it: the person its headword names, in whatever shape the work prints it (an inverted headword
opening the first sentence, "Pennock, Ada Mary (1868–1941), schoolteacher, was born …"; the
same in capitals or bold, "**HARGREAVES, Thomas Edmund** (1841–1909)."; a heading of name and
dates, "Dorothy Fenwick (1931–2025)"). Throughout the entry, until the next headword, that
person is whom "she" or "he" stands for, and whose the bare surname is. The headword's dates
are a life's span ("1868–1941", "b. 1901", "d. 1860", "fl. 1790"), never a single year: a
list of references ("Shaw, Robert (1981) …") is no run of entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.reading.blocks import _Block
from bot.core.extract.reading.phrases import _without_honorific
from bot.core.extract.reading.vocabulary import _NAME, _SPEECH_VERBS

# a life's span in a headword's brackets: "1868–1941", "1797-1860", "b. 1901", "d. 1860",
# "fl. 1790–1810", "c.1820–1881"
_LIFE_SPAN = (
    r"\(\s*(?:(?:b|d|fl|c|ca)\.\s*\d{3,4}[^()]{0,20}"
    r"|(?:c\.\s*)?\d{3,4}\??\s*[–—-]\s*(?:c\.\s*)?\d{2,4}\??)\s*\)"
)
# a life's span after a comma, without brackets: "1841–1909", "c.1780–1851"
_BARE_SPAN = r"(?:c\.\s*)?\d{4}\??\s*[–—-]\s*(?:c\.\s*)?\d{2,4}\??"
# one word of a name as a headword prints it: "Pennock", "HANNAH", "McAdam", "O'Hara", "A."
_HEAD_WORD = r"(?:[A-Z][A-Za-z’'-]*\.?)"
# an inverted headword opening an entry, bold or not: "Pennock, Ada Mary (1868–1941)",
# "RIGBY, HANNAH (1797–1860)", "**WHITWORTH, Revd Canon Henry Lister** (1822–1900)"
# "Ellison [née Varley], Martha (1801–1877)", "Peel, Mary [Polly] (1790–1850)": another name
# in square brackets; "Lowther, Harriet, Lady Lowther (1850–1922)", "Fell, John, first Baron
# Fell (…)": a style or a title after the given names, no part of them; the span also after a
# comma without brackets ("Hargreaves, Thomas Edmund, 1841–1909.")
_ASIDE = r"(?:\s*\[[^\[\]\n]{1,40}\])?"
_INVERTED_HEADWORD = re.compile(
    rf"[*_\s]*(?P<last>{_HEAD_WORD}(?:\s+{_HEAD_WORD})?){_ASIDE},\s+"
    rf"(?P<given>{_HEAD_WORD}(?:\s+{_HEAD_WORD}){{0,4}}){_ASIDE}"
    rf"(?:,\s+(?:[a-z]+\s+)?(?:Lady|Lord|Baron|Baroness|Viscount|Countess|Earl|Dame|Sir|Bt|"
    rf"baronet)\b[^()\n]{{0,40}}?)?[*_]*\s*(?:{_LIFE_SPAN}|,\s+{_BARE_SPAN}(?=[.,]))"
)
# a heading of name and dates alone: "Dorothy Fenwick (1931–2025)", "## Ann Lee (b. 1901)"
_NAMED_HEADING = re.compile(
    rf"[#*_\s]*(?P<name>{_HEAD_WORD}(?:\s+{_HEAD_WORD}){{1,4}})[*_]*\s*{_LIFE_SPAN}[*_\s.]*"
)
# an encyclopaedia's lead in the order of speech, the name in bold: "**Hannah Rigby** (1797–1860)
# was an enameller", "**Sir John Fell** (1790–1861), landowner,"
_BOLD_LEAD = re.compile(
    rf"\s*(?:\*\*|__)(?P<name>{_HEAD_WORD}(?:\s+{_HEAD_WORD}){{1,4}})(?:\*\*|__)\s*{_LIFE_SPAN}"
)
# an article's opening sentence in the order of speech, unmarked: "Hannah Rigby (1797–1860) was
# an enameller" (in the text's first paragraph only: later, a name with its span opening a
# paragraph is someone the entry speaks of)
_PLAIN_LEAD = re.compile(
    rf"\s*(?P<name>{_HEAD_WORD}(?:\s+{_HEAD_WORD}){{1,4}})\s*{_LIFE_SPAN}\s+(?:was|is)\b"
)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
# quoted words, whose pronouns are their speaker's, not the entry's
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|(?<![\w’'])‘[^’]*’(?![\w’'])")


# a clause opening on words of the subject's own, by "her"/"his": "Her last letter to it, …,
# asked", "Her annual reports …; that for 1897 complained of", "… and her speech made her
# known", "His reply was short:"
_OWN_WORDS = re.compile(
    r"(?:^|[.;:]\s+|,?\s+(?:and|but)(?:,[^,“”\"‘]{1,30},)?\s+)(?P<pronoun>[Hh]er|[Hh]is)\s+(?:[a-z][a-z-]+\s+){0,2}?"
    r"(?P<noun>(?:letter|report|speech|address|account|memoir|reply|answer|evidence|card|"
    r"pamphlet|diary|journal|notebook|note|preface|foreword|lecture|sermon|statement|"
    r"article|review|verdict|remark|judgement|judgment|motto|will|testimony|message|"
    r"circular|appeal|petition|manifesto|broadcast|obituary|telegram|postcard)s?)\b"
)
# a clause opening on a letter the subject sent to someone of theirs: "A letter to his curate,
# …, survives", "One note to her sister says"
_SENT_TO_THEIRS = re.compile(
    r"(?:^|[.;:]\s+|,?\s+(?:and|but)\s+)(?:A|An|The|One|Another)\s+(?:[a-z]+\s+)?"
    r"(?:letter|note|postcard|telegram|message)s?\s+to\s+(?P<pronoun>[Hh]er|[Hh]is)\b"
)
# a reference work's mark after a name that the person has an entry of their own: "(q.v.)",
# "(qq.v.)", "(see LYON, PETER)", "(see Lyon, Peter)"
CROSS_REFERENCE = re.compile(
    r"\s*\((?:qq?\.\s?v\.?|see\s+(?:also\s+)?[A-Z][A-Za-z’'-]+,\s+[A-Z][A-Za-z’'. -]+)\)"
)
# a person named in the clause as the one who speaks: "… drew from Ann Lee the reply"
_NAMED_SPEAKS = re.compile(rf"{_NAME}\s+(?:\w+ly\s+)?{_SPEECH_VERBS}\b")


@dataclass(frozen=True)
class Entry:
    """One entry: where it runs in the text, whom it is about, and that person's sex as the
    entry's own pronouns give it ("f", "m", or None when they do not say)."""

    start: int
    end: int
    subject: str
    sex: str | None


def _as_written(word: str) -> str:
    """A headword's word in capitals as a name is written ("HANNAH" -> "Hannah")."""
    return word.capitalize() if word.isupper() and len(word) > 1 and "." not in word else word


def _headword(block: _Block, first: bool) -> str | None:
    """The person a block names as an entry's headword, in the order of speech, without a
    rank ("Revd Canon Henry Lister Whitworth" is Henry Lister Whitworth); None when the block
    opens otherwise."""
    inverted = _INVERTED_HEADWORD.match(block.text)
    if inverted is not None:
        given = " ".join(_as_written(w) for w in inverted["given"].split())
        last = " ".join(_as_written(w) for w in inverted["last"].split())
        return _without_honorific(f"{given} {last}")
    lead = _BOLD_LEAD.match(block.text) or (_PLAIN_LEAD.match(block.text) if first else None)
    if lead is not None:
        return _without_honorific(lead["name"])
    # a line of its own (a heading, though its closing bracket keeps it from looking like one)
    named = _NAMED_HEADING.fullmatch(block.text.strip()) if "\n" not in block.text else None
    if named is not None:
        return _without_honorific(" ".join(_as_written(w) for w in named["name"].split()))
    return None


def _sex(text: str) -> str | None:
    """The sex an entry's own pronouns give its subject, outside quoted words: one kind
    at least twice as often as the other."""
    bare = _QUOTED.sub(" ", text)
    she, he = len(_SHE.findall(bare)), len(_HE.findall(bare))
    if she >= 2 and she >= 2 * he:
        return "f"
    if he >= 2 and he >= 2 * she:
        return "m"
    return None


def read_reference_entries(text: str, blocks: list[_Block]) -> list[Entry]:
    """The text's entries in order, each from its headword to the next headword (or the
    text's end); none when the text has no headword."""
    prose = [b for b in blocks if b.role == "body" and not b.heading and not b.quote]
    opening = prose[0].start if prose else -1
    heads = [
        (block.start, subject)
        for block in blocks
        if not block.quote
        and block.role in ("body", "heading")
        and (subject := _headword(block, block.start == opening)) is not None
        and len(subject.split()) >= 2
    ]
    entries = []
    for index, (start, subject) in enumerate(heads):
        end = heads[index + 1][0] if index + 1 < len(heads) else len(text)
        unquoted = " ".join(
            b.text for b in blocks if start <= b.start < end and not b.quote and b.role != "debris"
        )
        entries.append(Entry(start, end, subject, _sex(unquoted)))
    return entries


def entry_at(entries: list[Entry], position: int) -> Entry | None:
    """The entry ``position`` stands in, or None outside every entry."""
    return next((e for e in entries if e.start <= position < e.end), None)


def own_words_pronoun(lead: str) -> str | None:
    """The "her"/"his" of a lead-in's last clause that opens on words of that person's own
    ("Her last letter to it, read after her death, asked members", "A letter to his curate
    survives:"), when no one named after it is said to speak; None otherwise."""
    found = [*_OWN_WORDS.finditer(lead), *_SENT_TO_THEIRS.finditer(lead)]
    owned = max(found, key=lambda m: m.start(), default=None)
    if owned is None or _NAMED_SPEAKS.search(lead[owned.end() :]):
        return None
    if re.search(r"[.!?]\s+[A-Z]", lead[owned.end() :]):
        return None  # a later sentence speaks of something else
    return owned["pronoun"].lower()
