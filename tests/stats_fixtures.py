"""A small corpus and helpers shared by the statistics tests."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.events import PassageShown
from bot.core.models import Corpus, Passage, Source, Speaker, Topic, Work

GUILD = 111_111_111_111_111_111
CHANNEL = 222_222_222_222_222_222
NOON = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def shown_event(user: int, passage: str, at: datetime) -> PassageShown:
    """A passage shown by ``/quote search`` to ``user`` in the test guild's channel."""
    return PassageShown(
        guild_id=GUILD,
        channel_id=CHANNEL,
        user_id=user,
        passage_id=passage,
        command="quote search",
        at=at,
    )


def small_corpus() -> Corpus:
    text = (
        'He said: "Theory becomes a material force, once it has gripped the masses." '
        'And later: "The point, however, is to change it, quoting, with commas."'
    )
    passages = [
        Passage(
            id="marx-force",
            kind="quotation",
            source="essay",
            speaker="marx",
            work="critique",
            topics=("theory",),
            text="Theory becomes a material force, once it has gripped the masses.",
            start=10,
            end=75,
        ),
        Passage(
            id="marx-change",
            kind="quotation",
            source="essay",
            speaker="marx",
            work="theses",
            topics=("theory", "practice"),
            text='The point, however, is to "change" it, quoting, with commas — née, über.',
            start=90,
            end=140,
        ),
        Passage(
            id="engels-note",
            kind="commentary",
            source="essay",
            speaker="engels",
            topics=("practice",),
            text="A long commentary " + "word " * 40,
            start=0,
            end=10,
        ),
    ]
    return Corpus(
        sources=[
            Source(
                id="essay",
                file="corpus/essay.txt",
                title="An Essay",
                author="F. Engels",
                author_speaker="engels",
                year=1888,
                context="a test",
            )
        ],
        speakers=[
            Speaker(id="marx", name="Karl Marx"),
            Speaker(id="engels", name="Friedrich Engels"),
        ],
        works=[
            Work(id="critique", title="Critique of Hegel's Philosophy of Right", author="marx"),
            Work(id="theses", title="Theses on Feuerbach", author="marx"),
        ],
        topics=[
            Topic(id="theory", name="Theory", description="t"),
            Topic(id="practice", name="Practice", description="p"),
        ],
        passages=passages,
        source_texts={"essay": text},
    )
