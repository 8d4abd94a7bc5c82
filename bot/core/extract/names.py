"""Finding registered speakers, works, dates and pages in the words around a quotation."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.models import Speaker, Work

DATE = re.compile(
    r"\b(?:\d{1,2}(?:-\d{1,2})? [A-Z][a-z]+ \d{4}"  # 18-23 March 1919
    r"|[A-Z][a-z]+ \d{1,2}, \d{4}"  # December 13, 1931
    r"|(?:early |mid-|late )?1[89]\d0s"  # the early 1950s
    r"|1[89]\d\d)\b"  # 1985
)
# "p105", "p. 12", "pp. 12–14", "page 12", "pages 3-4": the digits as written.
PAGE = re.compile(r"(?<![A-Za-z])(?:[Pp]{1,2}\.?\s?|[Pp]ages?\s)(\d+(?:\s?[-–]\s?\d+)?)\b")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def _fold(text: str) -> str:
    return text.translate(_APOSTROPHES).lower()


@dataclass(frozen=True)
class Mention:
    id: str
    start: int
    end: int


class Names:
    """Speaker and work names from the registries, matched on word boundaries."""

    def __init__(self, speakers: Iterable[Speaker], works: Iterable[Work]) -> None:
        self.works = {w.id: w for w in works}
        self.speakers = {s.id: s for s in speakers}
        self._speaker_names = sorted(
            ((name, s.id) for s in self.speakers.values() for name in (s.name, *s.aliases)),
            key=lambda pair: -len(pair[0]),
        )
        self._work_names = sorted(
            ((_fold(name), w.id) for w in self.works.values() for name in (w.title, *w.aliases)),
            key=lambda pair: -len(pair[0]),
        )

    def works_in(self, text: str) -> list[Mention]:
        """Works named in ``text`` (longest names first, no overlaps), in text order."""
        folded = _fold(text)
        found: list[Mention] = []
        for name, work_id in self._work_names:
            for match in re.finditer(re.escape(name), folded):
                if not any(m.start < match.end() and match.start() < m.end for m in found):
                    found.append(Mention(work_id, match.start(), match.end()))
        return sorted(found, key=lambda m: m.start)

    def speakers_in(self, text: str, *, skip: Iterable[Mention] = ()) -> list[Mention]:
        """Speakers named in ``text`` outside the ``skip`` spans (e.g. work titles)."""
        taken = list(skip)
        found: list[Mention] = []
        for name, speaker_id in self._speaker_names:
            pattern = r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"
            for match in re.finditer(pattern, text):
                spans = [*taken, *found]
                if not any(m.start < match.end() and match.start() < m.end for m in spans):
                    found.append(Mention(speaker_id, match.start(), match.end()))
        return sorted(found, key=lambda m: m.start)

    def speaker_named(self, text: str) -> str | None:
        """The speaker whose name or alias is exactly ``text``."""
        for name, speaker_id in self._speaker_names:
            if name == text.strip():
                return speaker_id
        return None


@dataclass(frozen=True)
class Citation:
    """What a citation (parenthetical or footnote) says."""

    speaker: str | None = None
    work: str | None = None
    date: str | None = None
    page: str | None = None
    via: str | None = None
    page_only: bool = False
    ibid: bool = False


def parse_citation(text: str, names: Names) -> Citation:
    """Read a citation such as "(Title by Author, date)" or "(Author, Title, year, p105)"."""
    body = text.strip().rstrip(".").strip()
    if body.casefold() == "ibid":
        return Citation(ibid=True)
    via = None
    cited_in = re.match(r"(?i)cited in\s+", body)
    if cited_in:
        body = body[cited_in.end() :]
    page_match = PAGE.search(body)
    page = page_match.group(1) if page_match else None
    if page_match and not body.replace(page_match.group(0), "").strip(" ,"):
        return Citation(page=page, page_only=True)
    works = names.works_in(body)
    work = works[0].id if works else None
    speaker = None
    by = re.search(r" by (.+?)(?:,|$)", body)
    if by:
        speaker = names.speaker_named(by.group(1))
    if speaker is None:
        for part in body.split(", "):
            named = names.speaker_named(part)
            if named:
                speaker = named
                break
    without_titles = body
    for mention in reversed(works):
        without_titles = without_titles[: mention.start] + without_titles[mention.end :]
    date_match = DATE.search(without_titles) or DATE.search(body)
    date = date_match.group(0) if date_match else None
    if cited_in:
        via = speaker or (names.works[work].author if work else None)
        speaker = None
    elif speaker is None and work is not None:
        speaker = names.works[work].author
    return Citation(speaker=speaker, work=work, date=date, page=page, via=via)
