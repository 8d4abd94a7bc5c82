"""Side-by-side views: each essay's position on a topic, or each speaker on a query."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.errors import UserFacingError, shown_input
from bot.core.models import READABLE_KINDS, Corpus, Passage, Source, Topic
from bot.core.nearby import did_you_mean
from bot.core.normalize import normalize
from bot.core.search import Filters, Hit, SearchIndex


@dataclass(frozen=True, slots=True)
class Position:
    """One essay's position on a topic, in its own words (empty if the essay has none)."""

    source: Source
    passages: tuple[Passage, ...]


@dataclass(frozen=True, slots=True)
class TopicComparison:
    topic: Topic
    positions: tuple[Position, ...]  # one per source essay, in corpus order


@dataclass(frozen=True, slots=True)
class SpeakerView:
    speaker_id: str
    speaker_name: str
    hits: tuple[Hit, ...]  # what this speaker says about the query, best first


@dataclass(frozen=True, slots=True)
class SpeakerComparison:
    query: str
    views: tuple[SpeakerView, ...]  # in the order the speakers were asked for


def resolve_topic(corpus: Corpus, text: str) -> Topic | None:
    """A topic by id or by name as a member types it ("Bureaucracy", "bureaucracy")."""
    key = text.strip().lower()
    topic = corpus.topics.get(key)
    if topic is not None:
        return topic
    wanted = normalize(text)
    for candidate in corpus.topics.values():
        if normalize(candidate.name) == wanted or normalize(candidate.id) == wanted:
            return candidate
    return None


def unknown_topic(corpus: Corpus, typed: str) -> str:
    """What to tell a member whose topic is not one: the nearest topic names, else all."""
    names = [t.name for t in corpus.topics.values()]
    if not names:  # never "Topics: none. Pick one from the list."
        return (
            "The texts read here have no topics to compare: topics come with the texts Lectern "
            "ships, and none of those is enabled here. `/compare speakers` compares what "
            "people say in any text."
        )
    suggestion = did_you_mean(typed, names)
    if not suggestion:
        suggestion = " Topics: " + ("; ".join(sorted(names)) or "none") + "."
    return f"There is no topic `{shown_input(typed)}`.{suggestion} Pick one from the list."


def compare_topic(corpus: Corpus, topic_id: str) -> TopicComparison:
    """Each source essay's stated position on a topic, from ``Topic.positions``."""
    topic = resolve_topic(corpus, topic_id)
    if topic is None:
        raise UserFacingError(unknown_topic(corpus, topic_id))
    positions = []
    for source in corpus.sources.values():
        ids = topic.positions.get(source.id, ())
        passages = tuple(p for p in (corpus.get(i) for i in ids) if p is not None)
        positions.append(Position(source=source, passages=passages))
    return TopicComparison(topic=topic, positions=tuple(positions))


def speakers_to_compare(index: SearchIndex, query: str, names: list[str]) -> list[str]:
    """The distinct speaker ids for ``names`` (names or ids), or a ``UserFacingError`` when
    ``query`` has no words, a name is unknown, or fewer than two speakers remain (quick:
    callers check before they tell Discord to wait)."""
    if not normalize(query):
        raise UserFacingError("Say what to compare the speakers on.")
    resolved: list[str] = []
    for name in names:
        speaker = name if name in index.corpus.speakers else index.resolve_speaker(name)
        if speaker is None:
            raise UserFacingError(f"No speaker called `{shown_input(name)}` is quoted here.")
        if speaker not in resolved:
            resolved.append(speaker)
    if len(resolved) < 2:
        raise UserFacingError("Name at least two different speakers to compare.")
    return resolved


def compare_speakers(
    index: SearchIndex, query: str, speaker_ids: list[str], per_speaker: int = 3
) -> SpeakerComparison:
    """What each of two or more speakers says about ``query`` (names or ids accepted)."""
    resolved = speakers_to_compare(index, query, speaker_ids)
    views = tuple(
        SpeakerView(
            speaker_id=speaker,
            speaker_name=index.corpus.speaker_name(speaker),
            hits=tuple(
                hit
                for hit in index.search(query, Filters(speaker=speaker), limit=per_speaker * 3)
                if hit.passage.kind in READABLE_KINDS
            )[:per_speaker],
        )
        for speaker in resolved
    )
    return SpeakerComparison(query=query, views=views)
