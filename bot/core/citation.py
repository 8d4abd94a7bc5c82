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
    # True when ``work`` is the relaying author's (the words stand in their book or speech):
    # the work and page then go with ``via``, and ``date`` is the words' own date only.
    work_is_via: bool = False
    work_date: str | None = None


def citation(corpus: Corpus, passage: Passage) -> Citation:
    """The citation of ``passage`` with names and titles looked up in ``corpus``."""
    source = corpus.sources.get(passage.source)
    work = corpus.works.get(passage.work) if passage.work else None
    work_is_via = (
        work is not None
        and passage.via is not None
        and work.author == passage.via
        and work.author != passage.speaker
    )
    return Citation(
        passage_id=passage.id,
        kind=passage.kind,
        speaker=corpus.speaker_name(passage.speaker),
        work=corpus.work_title(passage.work),
        date=passage.date or (work.date if work and not work_is_via else None),
        page=passage.page,
        via=corpus.speaker_name(passage.via) if passage.via else None,
        work_is_via=work_is_via,
        work_date=work.date if work else None,
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
    if cited.work and not cited.work_is_via:
        parts.append(f"{cited.work} ({cited.date})" if cited.date else cited.work)
    elif cited.date:
        parts.append(cited.date)
    if cited.page and not cited.work_is_via:
        parts.append(page_label(cited.page))
    line = ", ".join(parts)
    if cited.via:
        line += f"; quoted by {relayed_by(cited)}"
    return f"{line}; in {essay} [{cited.passage_id}]"


def page_label(page: str) -> str:
    return page if page.lower().startswith("p") else f"p. {page}"


def relayed_by(cited: Citation) -> str:
    """Who relays the words, with their work and page when the words stand there:
    ``Robert W. Thurston, Life and Terror in Stalin's Russia (1996), p. 173``."""
    relay = cited.via or ""
    if cited.work_is_via and cited.work:
        relay += f", {cited.work}" + (f" ({cited.work_date})" if cited.work_date else "")
        if cited.page:
            relay += f", {page_label(cited.page)}"
    return relay
