"""Every sentence of a source belongs to one passage (a rule of ``lectern corpus check``).

A source is cut into passages: quotations, the author's commentary, headings and front matter.
A quotation may stand inside another passage (a phrase in the author's sentence, Lenin quoted
inside Stalin's article); otherwise passages do not overlap. What needs no passage is the
apparatus that attributes a quotation, which its passage already records:

- quote marks, footnote markers (``<sup>4</sup>``), the ``---`` before footnotes, ``#`` marks;
- a footnote that is a citation (it names a registered work or speaker, or is "Ibid.");
- a citation in parentheses right after a closing quote mark (``” (p970)``);
- a lead-in of fewer than six words right before a quotation: "Stalin wrote: “", and a
  paragraph of that length ending with a colon before a quoted paragraph ("On ‘re-education’:");
  so are the words of that length between the halves of a split quotation ("…,” she wrote,
  “…"), before any opening mark (“, ‘, «, ").

Any other stretch of words in no passage is reported with its offset, so a reviewer can add
it (an extractor rule, or an override).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from bot.core.extract.names import Names, parse_citation
from bot.core.models import Corpus, Passage

_MARKUP = re.compile(r"<sup>\d+</sup>|^---$|^#+ ", re.MULTILINE)
_FOOTNOTE = re.compile(r"^<sup>\d+</sup>(?P<note>[^\n]*)$", re.MULTILINE)
_CITATION_AFTER_QUOTE = re.compile(r"(?<=[”\"])\s*[.,;:]?\s*\((?:[^()]|\([^()]*\))*\)")
_LEAD_IN = re.compile(r"^(?P<lead>[^\n“”«»\"]*?)\s*[“‘«\"]", re.MULTILINE)
_BETWEEN_HALVES = re.compile(r"(?<=[”’»\"])(?P<lead>[\s,.;:—–-][^\n“”‘’«»\"]*?)(?=[“‘«\"])")
_LEAD_IN_PARAGRAPH = re.compile(r"^(?P<lead>[^\n]*:)\n\s*\n[“\"]", re.MULTILINE)
_QUOTE_MARKS = "“”‘’\"'"
_MAX_LEAD_IN_WORDS = 5
_SHOWN = 70


def coverage_problems(corpus: Corpus, corpus_dir: Path) -> list[str]:
    """A message for every stretch of a source's words in no passage, and for every two
    passages that overlap without one standing inside the other."""
    names = Names(corpus.speakers.values(), corpus.works.values())
    problems = []
    for source in corpus.sources.values():
        text = corpus.source_texts.get(source.id)
        if text is None:
            continue
        passages = [p for p in corpus.passages if p.source == source.id]
        where = f"{corpus_dir / 'passages.json'}: source {source.id} ({source.file})"
        for start, end in uncovered(text, passages, names):
            shown = " ".join(text[start:end].split())
            if len(shown) > _SHOWN:
                shown = shown[: _SHOWN - 1] + "…"
            problems.append(f"{where}: @{start}-{end} is in no passage: {shown!r}")
        for outer, inner in _crossing(passages):
            problems.append(
                f"{where}: passages {outer.id} and {inner.id} overlap without one "
                "standing inside the other"
            )
    return problems


def uncovered(text: str, passages: Iterable[Passage], names: Names) -> list[tuple[int, int]]:
    """(start, end) of each stretch of ``text`` with words that no passage covers and that is
    not apparatus (see the module's doc)."""
    covered = bytearray(len(text))
    for passage in passages:
        covered[passage.start : passage.end] = b"\x01" * (passage.end - passage.start)
        for a, b in passage.removed:
            covered[a:b] = bytes(b - a)
    for a, b in _apparatus(text, names):
        covered[a:b] = b"\x01" * (b - a)
    stretches = []
    for found in re.finditer(r"[^\x01]+", covered.translate(_AS_TEXT).decode("latin-1")):
        start, end = found.span()
        chunk = text[start:end]
        if re.search(r"\w", chunk.strip(_QUOTE_MARKS + " \n")):
            lead = len(chunk) - len(chunk.lstrip())
            stretches.append((start + lead, start + len(chunk.rstrip())))
    return stretches


# covered bytes -> a latin-1 string where covered characters are \x01 and others are "."
_AS_TEXT = bytes([0x2E] + [0x01] * 255)


def _apparatus(text: str, names: Names) -> list[tuple[int, int]]:
    spans = [m.span() for m in _MARKUP.finditer(text)]
    for note in _FOOTNOTE.finditer(text):
        cited = parse_citation(note.group("note"), names)
        if cited.ibid or cited.work is not None or cited.speaker is not None:
            spans.append(note.span())
    spans += [m.span() for m in _CITATION_AFTER_QUOTE.finditer(text)]
    for pattern in (_LEAD_IN, _LEAD_IN_PARAGRAPH, _BETWEEN_HALVES):
        for lead in pattern.finditer(text):
            if len(lead.group("lead").split()) <= _MAX_LEAD_IN_WORDS:
                spans.append(lead.span("lead"))
    return spans


def _crossing(passages: list[Passage]) -> list[tuple[Passage, Passage]]:
    """Pairs of passages that overlap, neither inside the other (or a passage inside another
    that is not a quotation, nor inside the other's removed debris)."""
    found = []
    ordered = sorted(passages, key=lambda p: (p.start, -p.end))
    for n, outer in enumerate(ordered):
        for inner in ordered[n + 1 :]:
            if inner.start >= outer.end:
                break
            inside = inner.end <= outer.end
            in_debris = any(a <= inner.start and inner.end <= b for a, b in outer.removed)
            if not inside or (inner.kind != "quotation" and not in_debris):
                found.append((outer, inner))
    return found
