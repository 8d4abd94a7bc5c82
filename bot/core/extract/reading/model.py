"""What the reader proposes (a passage and its attribution) and what one citation says."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core.models import PassageKind


@dataclass
class Proposal:
    """A proposed passage, with its attribution as the text writes it."""

    kind: PassageKind
    text: str
    start: int
    end: int
    speaker_name: str | None = None
    unnamed: bool = False
    work_title: str | None = None
    page: str | None = None
    date: str | None = None
    via_name: str | None = None
    attributed_by: str | None = None
    # why a moderator should check the attribution (``doubts``); None: the text states it
    doubt: str | None = None
    removed: list[tuple[int, int]] = field(default_factory=list)
    insertions: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Cite:
    """What one citation says, as written."""

    speaker: str | None = None
    work: str | None = None
    page: str | None = None
    year: str | None = None
    via: str | None = None
    via_work: str | None = None
    ibid: bool = False
    periodical: bool = False  # an issue of a newspaper or journal: "*Gazette*, 3 May 1907, p. 4"
    described: bool = False  # a document described, not titled: "Ann Lee, hut book, 1949"
    keyed: bool = False  # a person cited by the initials a key spells out: "(JRH)"
    # the one who wrote a document the citation describes: "Email, Ann Lee to the clerk, …"
    writer: bool = False


@dataclass(frozen=True)
class _Found:
    """A quotation's span in the source, and where its marks are."""

    start: int
    end: int
    open_at: int
    close_at: int
    removed: tuple[tuple[int, int], ...] = ()
