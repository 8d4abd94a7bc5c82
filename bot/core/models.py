"""The corpus model: sources, speakers, works, topics and passages.

These are the shapes every other part of Lectern relies on. Fields may be added; existing
fields are not renamed, because the shipped corpus files, the export format and the Discord
rendering all depend on them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter
from pydantic.dataclasses import dataclass

# quotation: someone's words the essay quotes; commentary: the essay author's own prose;
# heading: the essay's title and section headings; front-matter: notes about the text by its
# editor or publisher (never the author's words, and never a position of the essay).
PassageKind = Literal["quotation", "commentary", "heading", "front-matter"]
# What a random pick, a daily post or a comparison offers: words that say something.
READABLE_KINDS: tuple[PassageKind, ...] = ("quotation", "commentary")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Frozen):
    """An essay in the corpus, as it states itself (title, author, year, context)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    file: str  # path of the verbatim text, relative to the repository root
    title: str
    author: str  # display name of the essay's author, as the text gives it
    author_speaker: str  # speaker id of the essay's author, for its commentary passages
    year: int | None = None  # a server's own reading may not say when it was written
    context: str  # how and where the text says it was written or given
    editor_mark: str | None = None  # how the essay signs its insertions in quotations, "– CR"
    # Speaker id of whoever edited or published the text as it stands: its front matter and
    # the bracketed notes in the author's own prose are theirs.
    editor: str | None = None


class Speaker(_Frozen):
    """A person or body whose words are quoted, with every spelling the essays use."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str  # canonical display name, e.g. "V. I. Lenin"
    aliases: tuple[str, ...] = ()  # other spellings, e.g. ("VI Lenin", "Lenin")
    description: str | None = None
    # The text quotes them without a name ("a worker", "voices in the hall"): ``name`` is how
    # the text describes them, and a citation reads "a worker, quoted by J. V. Stalin".
    unnamed: bool = False


class Work(_Frozen):
    """A book, speech, article or report that a passage is quoted from."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    author: str | None = None  # speaker id
    date: str | None = None  # as the essay gives it, e.g. "1919" or "December 13, 1931"
    aliases: tuple[str, ...] = ()


class Topic(_Frozen):
    """A curated theme; ``positions`` names each essay's own passages stating its position."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    description: str
    keywords: tuple[str, ...] = ()
    positions: Mapping[str, tuple[str, ...]] = Field(default_factory=dict)  # source id -> ids


@dataclass(frozen=True, slots=True, kw_only=True, config=ConfigDict(extra="forbid"))
class Passage:
    """One verbatim stretch of a source: a quotation of someone, or the essay's commentary.

    ``text`` is what Lectern shows. It equals ``source_text[start:end]`` up to quote marks,
    whitespace and removed page-break debris (``lectern corpus check`` proves it).
    ``speaker`` and ``via`` are speaker ids; ``work`` is a work id.

    A validated dataclass with slots rather than a model: a corpus holds many passages, and
    slots keep each one about a fifth of a model's size (the retrieval benchmark's 100,000).
    """

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    kind: PassageKind
    source: str  # source id of the essay the passage stands in
    speaker: str
    work: str | None = None
    date: str | None = None
    page: str | None = None
    via: str | None = None  # who relays the quotation, for a quote inside a quote
    topics: tuple[str, ...] = ()
    text: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    # How the essay attributes it: parenthetical, back-reference, lead-in, footnote, context,
    # author (commentary).
    attribution: str | None = None
    # Source spans inside [start, end) left out of ``text``: page-break debris, footnote markers.
    removed: tuple[tuple[int, int], ...] = ()
    # Spans of ``text`` that are someone else's insertions ("[... – CR]"), not the speaker's.
    insertions: tuple[tuple[int, int], ...] = ()
    # Speaker id of whoever made each insertion, in the order of ``insertions`` (empty: all
    # the essay author's).
    inserted_by: tuple[str, ...] = ()
    # Scanning errors of the source kept verbatim: (start, end) in ``text`` and the spelling
    # meant, e.g. "invincib1e" -> "invincible". Shown with a "[sic]" mark.
    sic: tuple[tuple[int, int, str], ...] = ()
    # A short reviewed note shown with the passage, e.g. that the essay cites these words to
    # two different works.
    note: str | None = None


PASSAGE_SCHEMA: TypeAdapter[Passage] = TypeAdapter(Passage)


class Corpus:
    """The loaded corpus: registries plus passages, with lookups by id.

    A plain container: build it from model instances (tests do) or with the loader in
    ``bot.core.corpus``.
    """

    def __init__(
        self,
        *,
        sources: Iterable[Source],
        speakers: Iterable[Speaker],
        works: Iterable[Work],
        topics: Iterable[Topic],
        passages: Iterable[Passage],
        source_texts: Mapping[str, str],
    ) -> None:
        self.sources: dict[str, Source] = {s.id: s for s in sources}
        self.speakers: dict[str, Speaker] = {s.id: s for s in speakers}
        self.works: dict[str, Work] = {w.id: w for w in works}
        self.topics: dict[str, Topic] = {t.id: t for t in topics}
        self.passages: tuple[Passage, ...] = tuple(passages)
        self.by_id: dict[str, Passage] = {p.id: p for p in self.passages}
        self.source_texts: dict[str, str] = dict(source_texts)

    def __len__(self) -> int:
        return len(self.passages)

    def get(self, passage_id: str) -> Passage | None:
        return self.by_id.get(passage_id.strip().lower())

    def speaker_name(self, speaker_id: str) -> str:
        speaker = self.speakers.get(speaker_id)
        return speaker.name if speaker else speaker_id

    def work_title(self, work_id: str | None) -> str | None:
        if work_id is None:
            return None
        work = self.works.get(work_id)
        return work.title if work else work_id
