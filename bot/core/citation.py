"""Full attribution of a passage: who said it, where, when, and which essay quotes it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.insertions import insertion_owners
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
    # The text quotes the speaker without a name: ``speaker`` describes them ("a worker").
    speaker_unnamed: bool = False
    note: str | None = None  # a reviewed note on the passage (e.g. two works cited for it)


def citation(corpus: Corpus, passage: Passage) -> Citation:
    """The citation of ``passage`` with names and titles looked up in ``corpus``."""
    source = corpus.sources.get(passage.source)
    speaker = corpus.speakers.get(passage.speaker)
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
        speaker_unnamed=speaker.unnamed if speaker else False,
        note=passage.note,
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
    note = f" Note: {cited.note}" if cited.note else ""
    if cited.kind in ("commentary", "heading") and cited.speaker == cited.essay_author:
        return f"{essay} [{cited.passage_id}]{note}"
    parts = [cited.speaker]
    if cited.work and not cited.work_is_via:
        work = f"{cited.work} ({cited.date})" if cited.date else cited.work
        # A periodical or reference book is its own speaker: "Thought and Art, No. 6 (1972)",
        # not "Thought and Art, Thought and Art, No. 6 (1972)".
        if cited.work.casefold().startswith(cited.speaker.casefold()):
            parts = [work]
        else:
            parts.append(work)
    elif cited.date:
        parts.append(cited.date)
    if cited.page and not cited.work_is_via:
        parts.append(page_label(cited.page))
    line = ", ".join(parts)
    if cited.via:
        # "a worker, quoted by J. V. Stalin": the unnamed speaker is known only through them.
        line += f"{', ' if cited.speaker_unnamed else '; '}quoted by {relayed_by(cited)}"
    return f"{line}; in {essay} [{cited.passage_id}]{note}"


# a locator that is no page, stored with its label ("fol. 12r", "col. 4", "ll. 3-5", "para. 9",
# "sig. B2"), a recording's time stamp ("00:14:32") or a text's own numbering (chapter and
# verse "13:4", book and line "6.851", a Stephanus number "514a"): shown as it is
_LABELLED_LOCATOR = re.compile(r"(?:fol|col|ll?|para|sig)\.\s|\d+[:.]\d|\d{2,4}[a-e]\d{0,2}\b")


def page_label(page: str) -> str:
    """ "p. 970"; a range is "pp. 495–6" (with an en dash); a labelled locator as it is."""
    if page.lower().startswith("p") or _LABELLED_LOCATOR.match(page):
        return page
    if re.fullmatch(r"\d+\s*[-–]\s*\d+", page):
        first, last = re.split(r"\s*[-–]\s*", page)
        return f"pp. {first}–{last}"
    return f"p. {page}"


def passage_notes(corpus: Corpus, passage: Passage) -> list[str]:
    """What a reader should know beside the words: whose insertions stand in them, the
    source's misprints kept verbatim ("[sic]"), and the passage's reviewed note."""
    notes = []
    for (a, b), owner in zip(passage.insertions, insertion_owners(corpus, passage), strict=False):
        words = _clipped(passage.text[a:b])
        if words.startswith("["):
            notes.append(f"{words} was added by {corpus.speaker_name(owner)}.")
        else:
            notes.append(f"“{words}”: words of {corpus.speaker_name(owner)}.")
    for a, b, meant in passage.sic:
        notes.append(f"“{passage.text[a:b]}” [sic]: the source’s misprint for “{meant}”.")
    if passage.note:
        notes.append(passage.note)
    return notes


def marked_text(passage: Passage) -> str:
    """The passage's words as shown to a reader: verbatim, with "[sic]" after each of the
    source's misprints."""
    text = passage.text
    for _start, end, _meant in sorted(passage.sic, reverse=True):
        text = f"{text[:end]} [sic]{text[end:]}"
    return text


def _clipped(text: str, size: int = 100) -> str:
    """``text`` within ``size`` characters, shortened at a word end (never inside a word)."""
    if len(text) <= size:
        return text
    head = text[: size - 1]
    if not text[size - 1].isspace() and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:") + "…"


def relayed_by(cited: Citation) -> str:
    """Who relays the words, with their work and page when the words stand there:
    ``Robert W. Thurston, Life and Terror in Stalin's Russia (1996), p. 173``."""
    relay = cited.via or ""
    if cited.work_is_via and cited.work:
        relay += f", {cited.work}" + (f" ({cited.work_date})" if cited.work_date else "")
        if cited.page:
            relay += f", {page_label(cited.page)}"
    return relay
