"""Full attribution of a passage: who said it, where, when, and which essay quotes it."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.models import Corpus, Passage, PassageKind


@dataclass(frozen=True, slots=True)
class Citation:
    """Everything needed to attribute a passage precisely, as display strings."""

    passage_id: str
    kind: PassageKind
    speaker: str  # display name of who said or wrote the words
    work: str | None  # title of the work quoted
    date: str | None  # as the essay gives it (the passage's date, else the work's)
    page: str | None
    via: str | None  # display name of who relays the words, for a quote inside a quote
    essay_title: str
    essay_author: str
    essay_year: int | None


def citation(corpus: Corpus, passage: Passage) -> Citation:
    """The citation of ``passage`` with names and titles looked up in ``corpus``."""
    source = corpus.sources.get(passage.source)
    work = corpus.works.get(passage.work) if passage.work else None
    return Citation(
        passage_id=passage.id,
        kind=passage.kind,
        speaker=corpus.speaker_name(passage.speaker),
        work=corpus.work_title(passage.work),
        date=passage.date or (work.date if work else None),
        page=passage.page,
        via=corpus.speaker_name(passage.via) if passage.via else None,
        essay_title=source.title if source else passage.source,
        essay_author=source.author if source else "",
        essay_year=source.year if source else None,
    )


def format_citation(cited: Citation) -> str:
    """One plain-text line, e.g.
    ``V. I. Lenin, Speech at ... (1919), p. 970; quoted by J. V. Stalin; in Carlos Rule,
    "The fight against bureaucracy..." (2001) [rule-lenin-1919]``.
    """
    essay = f"\u201c{cited.essay_title}\u201d"
    if cited.essay_year is not None:
        essay += f" ({cited.essay_year})"
    if cited.essay_author:
        essay = f"{cited.essay_author}, {essay}"
    if cited.kind == "commentary" and cited.speaker == cited.essay_author:
        return f"{essay} [{cited.passage_id}]"
    parts = [cited.speaker]
    if cited.work:
        parts.append(f"{cited.work} ({cited.date})" if cited.date else cited.work)
    elif cited.date:
        parts.append(cited.date)
    if cited.page:
        page = cited.page
        parts.append(page if page.lower().startswith("p") else f"p. {page}")
    line = ", ".join(parts)
    if cited.via:
        line += f"; quoted by {cited.via}"
    return f"{line}; in {essay} [{cited.passage_id}]"
