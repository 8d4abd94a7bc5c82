"""A server's library: which texts Lectern answers from in that server.

Every command answers from the *view* of the server it runs in: the shipped corpus (unless the
server disabled it) plus the server's own published, enabled readings, and never another
server's. A view is a ``Corpus`` and the ``SearchIndex`` over it; ``Libraries`` hands out the
view of a server (``None``: a direct message, which sees the shipped corpus).

Pure: no Discord, no SQL. The database-backed implementation lives with the bot's adapters.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal, Protocol, get_args

from bot.core.errors import UserFacingError, shown_input
from bot.core.extract.formats import unstorable_removed
from bot.core.extract.ingest import (
    entry_slug,
    propose_records,
    registered_speaker,
    registered_work,
)
from bot.core.extract.marked import MarkedText
from bot.core.extract.names import Names
from bot.core.extract.reading.phrases import locator
from bot.core.models import Corpus, Passage, PassageKind, Source, Speaker, Topic, Work
from bot.core.provenance import provenance_form, source_slice
from bot.core.search import SearchIndex


@dataclass(frozen=True, slots=True)
class GuildView:
    """What one server reads: its corpus and the search index over exactly that corpus."""

    corpus: Corpus
    index: SearchIndex


class Libraries(Protocol):
    """Hands out each server's view; cheap when nothing changed (views are cached)."""

    async def view(self, guild_id: int | None) -> GuildView: ...


EntryOrigin = Literal["shipped", "own"]
ReadingStatus = Literal["draft", "published"]


@dataclass(frozen=True, slots=True)
class ReadingEntry:
    """One line of ``/library``: a shipped source or one of this server's own readings."""

    id: str  # a shipped source id, or the reading's id (unique across every server)
    origin: EntryOrigin
    title: str
    author: str
    year: int | None
    status: ReadingStatus  # shipped sources are always "published"
    enabled: bool
    quotations: int
    passages: int
    switched_by: int | None = None  # the moderator who last enabled or disabled it here
    added_by: int | None = None  # own readings: the moderator who attached the file
    published_by: int | None = None  # own readings: who published it (None: a draft, or
    # published before Lectern recorded who)
    published_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class RemovedReading:
    """A reading a moderator removed from a server: what it was, who removed it and when
    (its text and passages are gone; this stays for the moderators' audit)."""

    id: str
    title: str
    author: str
    status: ReadingStatus  # what it was when removed
    passages: int
    removed_by: int | None  # None: not recorded
    removed_at: datetime


@dataclass(frozen=True, slots=True)
class Proposal:
    """One proposed passage of a draft reading, as a moderator reviews and corrects it."""

    passage_id: str
    kind: PassageKind
    text: str
    speaker_name: str | None  # as the text names the speaker (None: the reading's author)
    work_title: str | None
    page: str | None
    via_name: str | None
    new_speaker: bool  # the speaker is not registered yet: a new entry is proposed
    new_work: bool
    line: int  # line of the extracted text where the passage starts
    corrections: tuple[Correction, ...] = ()  # the moderators' corrections, oldest first
    # Spans of ``text`` in [brackets] that are the reading's author's words, not the speaker's.
    insertions: tuple[tuple[int, int], ...] = ()
    unnamed: bool = False  # the text does not name the speaker ("one passenger's wife")
    # Why the extractor is unsure of the attribution ("‘she’ taken as …"); None: the text
    # states it. Review lists these first; a moderator settles one by correcting the passage
    # or by confirming it as it is ("Looks right": ``checked_by``/``checked_at``).
    doubt: str | None = None
    checked_by: int | None = None  # the moderator who confirmed it unchanged (None: unknown)
    checked_at: datetime | None = None  # when (None: never confirmed)

    @property
    def to_check(self) -> bool:
        """A doubtful attribution no moderator has corrected or confirmed yet."""
        return self.doubt is not None and not self.corrections and self.checked_at is None


# What a correction may change, as a moderator reads it in review.
CorrectedField = Literal["kind", "speaker", "work", "page", "via"]


@dataclass(frozen=True, slots=True)
class Correction:
    """One correction of a proposed passage, kept for the moderators' audit: who made it,
    when, and each field's value before and after (names as review shows them)."""

    passage_id: str
    by: int | None  # the moderator's Discord id (None: made before Lectern recorded who)
    at: datetime
    changes: tuple[tuple[CorrectedField, str | None, str | None], ...]


class LibraryManager(Libraries, Protocol):
    """What ``/library`` does to a server's library. Every method raises
    ``bot.core.errors.UserFacingError`` with a polite message on bad input (unknown ids, a
    file too large / unsupported / without text / corrupt / already added, no quotations),
    changing nothing; a change invalidates that server's view and no other."""

    async def catalog(self, guild_id: int) -> list[ReadingEntry]: ...

    async def add(
        self,
        guild_id: int,
        *,
        file_name: str,
        data: bytes,
        title: str | None,
        author: str | None,
        year: int | None,
        added_by: int,
    ) -> ReadingEntry:
        """Extract the file off the event loop within a time budget; store it as a draft."""
        ...

    async def proposals(self, guild_id: int, reading_id: str) -> list[Proposal]: ...

    async def correct(
        self,
        guild_id: int,
        reading_id: str,
        passage_id: str,
        *,
        speaker: str | None = None,
        work: str | None = None,
        page: str | None = None,
        kind: PassageKind | None = None,
        via: str | None = None,
        by: int,
    ) -> Proposal:
        """Names as a moderator types them; a name not registered becomes a new entry.
        ``via``: the person whose text the author quotes it from (blank: none). ``by``: the
        moderator correcting it, recorded with what changed (``Proposal.corrections``)."""
        ...

    async def confirm(
        self, guild_id: int, reading_id: str, passage_id: str, *, by: int
    ) -> Proposal:
        """ "Looks right": the moderator ``by`` checked a draft's doubtful attribution and
        keeps it as proposed (recorded with when; it no longer counts as to check)."""
        ...

    async def publish(
        self, guild_id: int, reading_id: str, *, by: int | None = None
    ) -> ReadingEntry:
        """``by``: the moderator publishing it (recorded, shown by ``/library list``)."""
        ...

    async def set_enabled(
        self, guild_id: int, entry_id: str, enabled: bool, *, by: int | None = None
    ) -> ReadingEntry:
        """``entry_id``: a shipped source id or one of this server's readings; ``by``: the
        moderator switching it (recorded with the switch)."""
        ...

    async def remove(
        self, guild_id: int, reading_id: str, *, by: int | None = None
    ) -> ReadingEntry:
        """This server's own readings only (a shipped source can only be disabled); ``by``:
        the moderator removing it, recorded with what it was (``removals``)."""
        ...

    async def removals(self, guild_id: int) -> list[RemovedReading]:
        """The readings removed from this server lately, the latest first."""
        ...


class ShippedOnly:
    """Every server reads the shipped corpus: the library of a bot with no own readings."""

    def __init__(self, corpus: Corpus, index: SearchIndex) -> None:
        self._view = GuildView(corpus, index)

    async def view(self, guild_id: int | None) -> GuildView:
        return self._view


# --------------------------------------------------------------------------- stored readings
# What the database keeps of a server's own readings (``bot.storage.library`` reads and
# writes these), and the pure steps between them and a server's view: proposing a reading's
# passages, correcting one, and composing the server's corpus.

log = logging.getLogger(__name__)

EntryKind = Literal["speaker", "work"]
# The speaker of a quotation the reading does not attribute: never the essay's author (an
# author shown saying words they quote is the worst error Lectern can make).
UNATTRIBUTED = "unattributed"
_NAME_LIMIT = 120


@dataclass(frozen=True, slots=True)
class StoredReading:
    """A server's own reading as stored, without its text."""

    id: str
    guild_id: int
    title: str
    author: str
    author_speaker: str  # the author's speaker id: their commentary is theirs
    year: int | None
    file_name: str
    sha256: str
    status: ReadingStatus
    added_by: int
    added_at: datetime
    quotations: int = 0
    passages: int = 0
    enabled: bool = True
    published_by: int | None = None  # None: a draft, or published before Lectern kept who
    published_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class StoredPassage:
    """One proposed passage of a reading: a slice ``start:end`` of the reading's text.

    ``speaker``, ``work`` and ``via`` are ids (a shipped registry's, or one of the reading's
    :class:`NewEntry`); the ``*_name``/``work_title`` fields are as the text, or the moderator
    who corrected it, wrote them."""

    id: str
    position: int
    kind: PassageKind
    text: str
    start: int
    end: int
    speaker: str
    speaker_name: str | None = None
    work: str | None = None
    work_title: str | None = None
    page: str | None = None
    date: str | None = None
    via: str | None = None
    via_name: str | None = None
    attributed_by: str | None = None
    removed: tuple[tuple[int, int], ...] = ()
    insertions: tuple[tuple[int, int], ...] = ()
    doubt: str | None = None  # why the extractor is unsure of the attribution (None: stated)


@dataclass(frozen=True, slots=True)
class NewEntry:
    """A speaker or work a reading names that no shipped registry knows (only its server
    sees it). ``id`` starts with the reading's id."""

    kind: EntryKind
    id: str
    name: str
    unnamed: bool = False
    author: str | None = None  # a work's author (speaker id)


@dataclass(frozen=True, slots=True)
class ReadingContent:
    """Everything a view needs of one reading."""

    reading: StoredReading
    text: str
    passages: tuple[StoredPassage, ...]
    entries: tuple[NewEntry, ...]


@dataclass(frozen=True, slots=True)
class StoredVectors:
    """A published reading's sentence vectors as kept with it: one row of ``dimensions``
    numbers of ``dtype`` per window key (``bot.core.semantic.window_vectors``), computed by
    ``model``; kept so a restart does not embed the reading again."""

    reading_id: str
    model: str
    dtype: str
    dimensions: int
    windows: int
    keys: bytes
    vectors: bytes


@dataclass(frozen=True, slots=True)
class ProposedReading:
    """A file's reading before it is stored: its text, passages and new entries."""

    text: str
    passages: tuple[StoredPassage, ...]
    entries: tuple[NewEntry, ...]

    @property
    def quotations(self) -> int:
        return sum(1 for p in self.passages if p.kind == "quotation")


def reading_id_candidates(guild_id: int, sha256: str) -> Iterator[str]:
    """Ids for a new reading, best first: 6 base32 characters of a hash of the server and
    the file, lengthened by one when taken. Never a shipped id's shape (those have a
    one-letter prefix) and always typable."""
    digest = hashlib.sha256(f"{guild_id}:{sha256}".encode()).digest()
    letters = base64.b32encode(digest).decode("ascii").lower().rstrip("=")
    for length in range(6, len(letters) + 1):
        # A leading letter: an id never reads as a number.
        yield "r" + letters[: length - 1] if letters[0].isdigit() else letters[:length]


_KINDS: dict[str, PassageKind] = {kind: kind for kind in get_args(PassageKind)}


def shipped_names(corpus: Corpus) -> Names:
    """The registries a reading's names are matched with: the shipped corpus's."""
    return Names(corpus.speakers.values(), corpus.works.values())


def propose(
    text: str,
    *,
    reading_id: str,
    file_name: str,
    title: str,
    author: str,
    year: int | None,
    names: Names,
    budget_seconds: float,
    marks: MarkedText | None = None,
) -> tuple[str, ProposedReading]:
    """The passages the extractor proposes for a reading, ids namespaced by ``reading_id``;
    returns the author's speaker id with them. Raises ``ReadingError`` past the budget.
    ``marks``: the reading's marked text for the extractor (``Reading.marks``)."""
    text = unstorable_removed(text)
    records = propose_records(
        text,
        names,
        marks=marks,
        file_name=file_name,
        title=title,
        author=author,
        year=year,
        namespace=reading_id,
        budget_seconds=budget_seconds,
    )
    own = f"{reading_id}-"
    author_id = registered_speaker(names, author) or f"{own}{entry_slug(author)}"
    # Keyed by kind and id: a speaker and a work may share a name (and so an id).
    entries: dict[tuple[EntryKind, str], NewEntry] = {}
    if author_id.startswith(own):
        entries["speaker", author_id] = NewEntry("speaker", author_id, author)
    passages = []
    for position, record in enumerate(records):
        kind = _KINDS[str(record["kind"])]
        speaker = _optional(record["speaker"])
        if speaker is None:  # a quotation the text attributes to nobody
            speaker = f"{own}{UNATTRIBUTED}"
            entries["speaker", speaker] = NewEntry("speaker", speaker, UNATTRIBUTED, True)
        new_speaker = record.get("new_speaker")
        if isinstance(new_speaker, dict):
            entries.setdefault(
                ("speaker", speaker),
                NewEntry(
                    "speaker", speaker, str(new_speaker["name"]), bool(new_speaker["unnamed"])
                ),
            )
        work = _optional(record["work"])
        new_work = record.get("new_work")
        if work is not None and isinstance(new_work, dict):
            entries.setdefault(
                ("work", work),
                NewEntry("work", work, str(new_work["title"]), author=_optional(speaker)),
            )
        via = _optional(record["via"])
        via_name = _optional(record["via_name"])
        if via is not None and via.startswith(own) and via_name is not None:
            entries.setdefault(("speaker", via), NewEntry("speaker", via, via_name))
        passages.append(
            StoredPassage(
                id=str(record["id"]),
                position=position,
                kind=kind,
                text=str(record["text"]),
                start=int(str(record["start"])),
                end=int(str(record["end"])),
                speaker=speaker,
                speaker_name=_optional(record["speaker_name"]),
                work=work,
                work_title=_optional(record["work_title"]),
                page=_optional(record["page"]),
                date=_optional(record["date"]),
                via=via,
                via_name=via_name,
                attributed_by=_optional(record["attributed_by"]),
                removed=_pairs(record["removed"]),
                insertions=_insertion_spans(record["insertions"]),
                doubt=_optional(record.get("doubt")) if kind == "quotation" else None,
            )
        )
    verbatim = [p for p in passages if _verbatim(text, p)]
    if len(verbatim) < len(passages):
        # A slice that does not read as the text is an extractor fault: never stored.
        left_out = [p.id for p in passages if p not in verbatim]
        log.warning("reading %s: passages not verbatim, left out: %s", reading_id, left_out)
    return author_id, ProposedReading(text, tuple(verbatim), tuple(entries.values()))


def _verbatim(text: str, passage: StoredPassage) -> bool:
    """Whether the passage is what the text says between its offsets (provenance)."""
    if not 0 <= passage.start <= passage.end <= len(text):
        return False
    stands = source_slice(text, passage.start, passage.end, passage.removed)
    return provenance_form(stands) == provenance_form(passage.text)


def _optional(value: object) -> str | None:
    return None if value is None else str(value)


def _insertion_spans(value: object) -> tuple[tuple[int, int], ...]:
    if not isinstance(value, list):
        return ()
    return tuple((int(i["start"]), int(i["end"])) for i in value if isinstance(i, dict))


def _pairs(value: object) -> tuple[tuple[int, int], ...]:
    if not isinstance(value, list):
        return ()
    return tuple((int(a), int(b)) for a, b in value)


# ----------------------------------------------------------------------------- review


_PAGE = re.compile(
    r"^(?:(?:pp?|pages?)\.?\s*)?(?P<first>\d{1,5}(?:n\d{1,3}|ff?)?|[ivxlcdm]{1,8})"
    r"(?:\s*[-–—]\s*(?P<last>\d{1,5}|[ivxlcdm]{1,8}))?$",
    re.IGNORECASE,
)
_NOT_IN_NAMES = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff`]")


def parse_page(typed: str) -> str | None:
    """A page as a moderator types it ("12", "p. 12", "pp. 12–14", "xii", "12n3") or another
    locator ("fol. 12r", "col. 4", "00:14:32") in the form the extractor stores ("12",
    "12-14", "fol. 12r"); blank: no page. Raises ``UserFacingError`` otherwise."""
    text = " ".join(typed.split())
    if not text:
        return None
    found = _PAGE.match(text)
    place = locator(text) if found is None else None
    if place is not None and not place[1]:
        return place[0]  # a place that is no page, with its label: "fol. 12r", "00:14:32"
    if found is None:
        raise UserFacingError(
            f"`{shown_input(typed)}` is not a page: give a number such as `12`, a range such "
            "as `12-14`, a place with its label such as `fol. 12r`, or leave it empty."
        )
    first, last = found.group("first").lower(), found.group("last")
    return f"{first}-{last.lower()}" if last else first


def _typed_name(typed: str, what: str) -> str:
    name = " ".join(typed.split())
    if not name:
        raise UserFacingError(f"Give the {what} as the reading names it.")
    if len(name) > _NAME_LIMIT or _NOT_IN_NAMES.search(name):
        raise UserFacingError(
            f"`{shown_input(typed)}` cannot be a {what}: at most {_NAME_LIMIT} characters, "
            "without backticks or invisible characters."
        )
    return name


def _own_entry(
    entries: dict[tuple[EntryKind, str], NewEntry], kind: EntryKind, name: str, reading_id: str
) -> NewEntry:
    """The reading's entry with this name, or a new one (its id unique in the reading)."""
    folded = name.casefold()
    for entry in entries.values():
        if entry.kind == kind and entry.name.casefold() == folded:
            return entry
    base = f"{reading_id}-{entry_slug(name)}"
    entry_id, n = base, 1
    while (kind, entry_id) in entries:
        n += 1
        entry_id = f"{base}-{n}"
    return NewEntry(kind, entry_id, name)


def correct_passage(
    reading: StoredReading,
    passages: Sequence[StoredPassage],
    entries: Sequence[NewEntry],
    passage_id: str,
    *,
    names: Names,
    speaker: str | None = None,
    work: str | None = None,
    page: str | None = None,
    kind: str | None = None,
    via: str | None = None,
) -> tuple[StoredPassage, tuple[NewEntry, ...]]:
    """One passage corrected by a moderator, and the reading's new entries afterwards.

    Names are taken as typed: a registered speaker or work (the shipped registries, this
    reading's entries, its author) is used, any other becomes a new entry. A blank work,
    page or via removes it. Commentary, headings and front matter are the author's words; a
    passage made a quotation without a speaker is unattributed, never the author's. Only a
    quotation is quoted by someone (``via``: in whose text the author found it), never by its
    own speaker or by the reading's author, who quotes every passage. Raises
    ``UserFacingError`` on an unknown passage, kind, page or unusable name."""
    found = next((p for p in passages if p.id == passage_id.strip().lower()), None)
    if found is None:
        raise UserFacingError(
            f"Reading `{reading.id}` has no passage `{shown_input(passage_id)}`; pick one from "
            "the review pages."
        )
    if kind is not None and kind not in _KINDS:
        raise UserFacingError(
            f"`{shown_input(kind)}` is not a kind of passage: choose one of "
            + ", ".join(f"`{k}`" for k in _KINDS)
            + "."
        )
    new_kind = found.kind if kind is None else _KINDS[kind]
    own = {(e.kind, e.id): e for e in entries}
    changes: dict[str, object] = {"kind": new_kind}
    if speaker is not None:
        name = _typed_name(speaker, "speaker")
        speaker_id = _speaker_id(reading, own, name, names)
        if new_kind != "quotation" and speaker_id != reading.author_speaker:
            raise UserFacingError(
                f"A {new_kind} is the words of the reading's author, {reading.author}; make it "
                "a quotation to give it another speaker."
            )
        changes |= {"speaker": speaker_id, "speaker_name": name, "attributed_by": "moderator"}
    elif new_kind != "quotation":
        changes |= {"speaker": reading.author_speaker, "speaker_name": None, "via": None}
        changes |= {"via_name": None}
    elif found.kind != "quotation" and found.speaker == reading.author_speaker:
        unattributed = f"{reading.id}-{UNATTRIBUTED}"
        own.setdefault(
            ("speaker", unattributed), NewEntry("speaker", unattributed, UNATTRIBUTED, True)
        )
        changes |= {"speaker": unattributed, "speaker_name": None}
    if work is not None:
        if not work.strip():
            changes |= {"work": None, "work_title": None}
        else:
            title = _typed_name(work, "work")
            work_id = registered_work(names, title)
            if work_id is None:
                entry = _own_entry(own, "work", title, reading.id)
                if ("work", entry.id) not in own:
                    author = changes.get("speaker", found.speaker)
                    entry = replace(entry, author=str(author))
                    own["work", entry.id] = entry
                work_id = entry.id
            changes |= {"work": work_id, "work_title": title}
    if page is not None:
        changes["page"] = parse_page(page)
    if via is not None:
        changes |= _via_changes(reading, own, names, via, new_kind)
    corrected = replace(found, **changes)  # type: ignore[arg-type]
    if corrected.via is not None and corrected.via == corrected.speaker:
        raise UserFacingError(
            f"`{shown_input(corrected.speaker_name or corrected.speaker)}` is the speaker; "
            '"Quoted by" names someone else, in whose text the author found the words. '
            "Leave it empty if none."
        )
    others = [corrected if p.id == found.id else p for p in passages]
    return corrected, _referenced_entries(reading, others, own)


def _via_changes(
    reading: StoredReading,
    own: dict[tuple[EntryKind, str], NewEntry],
    names: Names,
    typed: str,
    kind: PassageKind,
) -> dict[str, object]:
    if not typed.strip():
        return {"via": None, "via_name": None}
    name = _typed_name(typed, "person it is quoted by")
    if kind != "quotation":
        raise UserFacingError(
            f"Only a quotation can be quoted by someone; a {kind} is the reading author's own "
            'words. Make it a quotation, or leave "Quoted by" empty.'
        )
    if name.casefold() == reading.author.casefold():
        raise UserFacingError(
            f"`{shown_input(reading.author)}` wrote this reading, so every passage in it is "
            'theirs to quote; "Quoted by" names the person in whose text they found the '
            "words. Leave it empty if none."
        )
    return {"via": _speaker_id(reading, own, name, names), "via_name": name}


def _speaker_id(
    reading: StoredReading, own: dict[tuple[EntryKind, str], NewEntry], name: str, names: Names
) -> str:
    if name.casefold() == reading.author.casefold():
        return reading.author_speaker
    registered = registered_speaker(names, name)
    if registered is not None:
        return registered
    entry = _own_entry(own, "speaker", name, reading.id)
    own.setdefault(("speaker", entry.id), entry)
    return entry.id


def _referenced_entries(
    reading: StoredReading,
    passages: Sequence[StoredPassage],
    own: dict[tuple[EntryKind, str], NewEntry],
) -> tuple[NewEntry, ...]:
    """The entries still used by a passage (or as the author, or a used work's author)."""
    speakers = {reading.author_speaker}
    works = set()
    for passage in passages:
        speakers.add(passage.speaker)
        if passage.via is not None:
            speakers.add(passage.via)
        if passage.work is not None:
            works.add(passage.work)
    speakers.update(
        e.author for e in own.values() if e.kind == "work" and e.id in works and e.author
    )
    return tuple(e for e in own.values() if e.id in (works if e.kind == "work" else speakers))


def review(
    reading: StoredReading,
    text: str,
    passages: Sequence[StoredPassage],
    entries: Sequence[NewEntry],
    corrections: Sequence[Correction] = (),
    checks: Mapping[str, tuple[int | None, datetime]] | None = None,
) -> list[Proposal]:
    """A reading's stored passages as a moderator reviews them, in text order, each with
    its corrections (``corrections``: the reading's, oldest first) and, for a doubtful
    attribution a moderator confirmed unchanged, who did and when (``checks``, by passage)."""
    checks = checks or {}
    audit: dict[str, list[Correction]] = {}
    for correction in corrections:
        audit.setdefault(correction.passage_id, []).append(correction)
    speakers = {e.id: e.name for e in entries if e.kind == "speaker"}
    unnamed = {e.id for e in entries if e.kind == "speaker" and e.unnamed}
    works = {e.id: e.name for e in entries if e.kind == "work"}
    proposals = []
    line, counted = 1, 0
    for passage in sorted(passages, key=lambda p: p.position):
        line += text.count("\n", counted, passage.start)
        counted = max(counted, passage.start)
        by_author = passage.kind != "quotation" and passage.speaker == reading.author_speaker
        speaker_name = passage.speaker_name or speakers.get(passage.speaker, passage.speaker)
        if passage.speaker == reading.author_speaker and not passage.speaker_name:
            speaker_name = reading.author
        proposals.append(
            Proposal(
                passage_id=passage.id,
                kind=passage.kind,
                text=passage.text,
                speaker_name=None if by_author else speaker_name,
                work_title=passage.work_title
                or (works.get(passage.work) if passage.work else None),
                page=passage.page,
                via_name=passage.via_name,
                new_speaker=not by_author and passage.speaker in speakers,
                new_work=passage.work is not None and passage.work in works,
                line=line,
                corrections=tuple(audit.get(passage.id, ())),
                insertions=passage.insertions,
                unnamed=not by_author and passage.speaker in unnamed,
                doubt=passage.doubt,
                checked_by=checks[passage.id][0] if passage.id in checks else None,
                checked_at=checks[passage.id][1] if passage.id in checks else None,
            )
        )
    return proposals


def correction_of(before: Proposal, after: Proposal, *, by: int, at: datetime) -> Correction | None:
    """What a moderator changed in a passage, as review showed it before and after
    (``None``: nothing a reader would see changed)."""
    pairs: tuple[tuple[CorrectedField, str | None, str | None], ...] = (
        ("kind", before.kind, after.kind),
        ("speaker", before.speaker_name, after.speaker_name),
        ("work", before.work_title, after.work_title),
        ("page", before.page, after.page),
        ("via", before.via_name, after.via_name),
    )
    changes = tuple(change for change in pairs if change[1] != change[2])
    return Correction(after.passage_id, by, at, changes) if changes else None


# ------------------------------------------------------------------------- composition


ReadingParts = tuple[Source, list[Speaker], list[Work], list[Passage]]


def reading_parts(content: ReadingContent, registry: Corpus) -> ReadingParts:
    """A stored reading as corpus parts: its source, the speakers and works its passages
    name (its new entries, and the registry's it refers to), and its passages."""
    reading = content.reading
    source = Source(
        id=reading.id,
        file=reading.file_name,
        title=reading.title,
        author=reading.author,
        author_speaker=reading.author_speaker,
        year=reading.year,
        context=f"Added to this server's library from {reading.file_name}.",
    )
    speakers: dict[str, Speaker] = {}
    works: dict[str, Work] = {}
    for entry in content.entries:
        if entry.kind == "speaker":
            speakers[entry.id] = Speaker(id=entry.id, name=entry.name, unnamed=entry.unnamed)
        else:
            works[entry.id] = Work(id=entry.id, title=entry.name, author=entry.author)
    names = {p.speaker: p.speaker_name for p in content.passages if p.speaker_name}
    names |= {p.via: p.via_name for p in content.passages if p.via and p.via_name}
    titles = {p.work: p.work_title for p in content.passages if p.work and p.work_title}

    def speaker(speaker_id: str, fallback: str | None) -> None:
        if speaker_id not in speakers:
            known = registry.speakers.get(speaker_id)
            speakers[speaker_id] = known or Speaker(id=speaker_id, name=fallback or speaker_id)

    speaker(reading.author_speaker, reading.author)
    passages = []
    for stored in content.passages:
        speaker(stored.speaker, names.get(stored.speaker))
        if stored.via is not None:
            speaker(stored.via, names.get(stored.via))
        if stored.work is not None and stored.work not in works:
            known_work = registry.works.get(stored.work)
            works[stored.work] = known_work or Work(
                id=stored.work, title=titles.get(stored.work, stored.work)
            )
        passages.append(
            Passage(
                id=stored.id,
                kind=stored.kind,
                source=reading.id,
                speaker=stored.speaker,
                work=stored.work,
                date=stored.date,
                page=stored.page,
                via=stored.via,
                text=stored.text,
                start=stored.start,
                end=stored.end,
                attribution=stored.attributed_by,
                removed=stored.removed,
                insertions=stored.insertions,
            )
        )
    for work in list(works.values()):
        if work.author is not None:
            speaker(work.author, None)
    return source, list(speakers.values()), list(works.values()), passages


def compose(
    shipped: Corpus,
    disabled: Collection[str],
    readings: Sequence[ReadingContent],
    made: Mapping[str, ReadingParts] | None = None,
) -> Corpus:
    """A server's corpus: the shipped sources it did not disable, then its readings
    (``made``: the ``reading_parts`` of some of them, by reading id, made already).

    With nothing disabled and no reading it is ``shipped`` itself. Only what the server reads
    is in it: registry entries and topics of disabled sources are left out. A speaker or work
    that two of the server's readings both name (the same name, not an unnamed speaker) is
    one entry, so a claim names one person however many readings quote them."""
    off = {source for source in disabled if source in shipped.sources}
    if not off and not readings:
        return shipped
    sources = [s for s in shipped.sources.values() if s.id not in off]
    passages = [p for p in shipped.passages if p.source not in off]
    if off:
        speakers, works = _registry_used(shipped, sources, passages)
    else:
        speakers, works = dict(shipped.speakers), dict(shipped.works)
    texts = {s.id: shipped.source_texts[s.id] for s in sources if s.id in shipped.source_texts}
    same: dict[tuple[str, str], str] = {}  # (kind, folded name) -> the first entry's id
    for content in readings:
        known = made.get(content.reading.id) if made is not None else None
        source, own_speakers, own_works, own_passages = known or reading_parts(content, shipped)
        renamed: dict[str, str] = {}
        for speaker in own_speakers:
            if speaker.id in shipped.speakers or speaker.unnamed:
                speakers.setdefault(speaker.id, speaker)
                continue
            first = same.setdefault(("speaker", speaker.name.casefold()), speaker.id)
            renamed[speaker.id] = first
            speakers.setdefault(first, speaker)
        for work in own_works:
            if work.id in shipped.works:
                works.setdefault(work.id, work)
                continue
            first = same.setdefault(("work", work.title.casefold()), work.id)
            renamed[work.id] = first
            author = renamed.get(work.author, work.author) if work.author else None
            works.setdefault(first, work.model_copy(update={"id": first, "author": author}))
        sources.append(
            source.model_copy(
                update={"author_speaker": renamed.get(source.author_speaker, source.author_speaker)}
            )
        )
        texts[source.id] = content.text
        passages.extend(_renamed(p, renamed) for p in own_passages)
    topics = _topics_kept(shipped, off, passages)
    return Corpus(
        sources=sources,
        speakers=speakers.values(),
        works=works.values(),
        topics=topics,
        passages=passages,
        source_texts=texts,
    )


def _renamed(passage: Passage, renamed: dict[str, str]) -> Passage:
    speaker = renamed.get(passage.speaker, passage.speaker)
    work = renamed.get(passage.work, passage.work) if passage.work else None
    via = renamed.get(passage.via, passage.via) if passage.via else None
    if (speaker, work, via) == (passage.speaker, passage.work, passage.via):
        return passage
    return replace(passage, speaker=speaker, work=work, via=via)


def _registry_used(
    shipped: Corpus, sources: Sequence[Source], passages: Sequence[Passage]
) -> tuple[dict[str, Speaker], dict[str, Work]]:
    speaker_ids: set[str] = set()
    work_ids: set[str] = set()
    for source in sources:
        speaker_ids.update(i for i in (source.author_speaker, source.editor) if i)
    for passage in passages:
        speaker_ids.add(passage.speaker)
        speaker_ids.update(passage.inserted_by)
        if passage.via:
            speaker_ids.add(passage.via)
        if passage.work:
            work_ids.add(passage.work)
    works = {i: w for i, w in shipped.works.items() if i in work_ids}
    speaker_ids.update(w.author for w in works.values() if w.author)
    speakers = {i: s for i, s in shipped.speakers.items() if i in speaker_ids}
    return speakers, works


def _topics_kept(shipped: Corpus, off: set[str], passages: Sequence[Passage]) -> list[Topic]:
    if not off:
        return list(shipped.topics.values())
    # A topic stays while a text the server reads states a position on it or has a passage
    # tagged with it: a member is never offered a topic only disabled texts speak to.
    tagged = {topic for passage in passages for topic in passage.topics}
    kept = []
    for topic in shipped.topics.values():
        positions = {s: ids for s, ids in topic.positions.items() if s not in off}
        if positions or topic.id in tagged:
            kept.append(topic.model_copy(update={"positions": positions}))
    return kept


# ------------------------------------------------------------------------- Markdown kept
# Before Lectern read Markdown (md16), a reading added from a .md file was stored as the
# file's text, marks and all: members saw "*", "> " and "[^1]" in its passages. Those
# readings are found (``lectern library markdown``) and re-read by adding the file again.

MARKDOWN_SUFFIX = ".md"
_MARKDOWN_MARKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("headings marked with #", re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)),
    ("lines quoted with >", re.compile(r"^[ \t]{0,3}>", re.MULTILINE)),
    ("footnote marks like [^1]", re.compile(r"\[\^[^\]\s]+\]")),
    ("links written [text](address)", re.compile(r"\[[^\]\n]+\]\([^)\s]+\)")),
    ("words set in * or _", re.compile(r"(?<![\w*_])([*_]{1,2})(?=\S)[^*_\n]+(?<=\S)\1(?![\w*_])")),
)


def markdown_marks(text: str) -> dict[str, int]:
    """The Markdown marks a reading's stored text still has, by kind, with how many: none
    in the plain text Lectern stores of a .md file now."""
    found = {what: len(pattern.findall(text)) for what, pattern in _MARKDOWN_MARKS}
    return {what: count for what, count in found.items() if count}
