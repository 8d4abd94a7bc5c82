"""/compare topic as members see it in a server with readings of its own: a card for each
essay that states a position, the texts that state none named once under the cards (never a
card each, never dropped past Discord's ten cards without a word), within Discord's limits."""

from __future__ import annotations

from bot.core.compare import Position, TopicComparison, compare_topic
from bot.core.models import Source
from bot.devtools.fakediscord.limits import embed_violations
from bot.render import compare_topic_embeds


def own_reading(n: int) -> Source:
    return Source(
        id=f"own{n:03d}",
        file=f"own{n:03d}.txt",
        title=f"Minutes of the **Orchard** Committee, volume {n}",
        author="Tamsin Oakhurst",
        author_speaker=f"own{n:03d}-tamsin-oakhurst",
        year=2025,
        context="a reading this server added",
    )


def test_essays_with_a_position_get_cards_and_the_others_are_named_once(sample_corpus):
    shipped = compare_topic(sample_corpus, "bureaucracy")
    assert all(position.passages for position in shipped.positions)
    readings = [Position(own_reading(n), ()) for n in range(14)]
    comparison = TopicComparison(shipped.topic, (*shipped.positions, *readings))
    embeds = compare_topic_embeds(sample_corpus, comparison)
    assert [e.title for e in embeds] == [
        f"{p.source.author}, \u201c{p.source.title}\u201d ({p.source.year})"
        for p in shipped.positions
    ]
    footer = embeds[-1].footer.text or ""
    assert footer.startswith("No position stated on it in: Tamsin Oakhurst, \u201cMinutes of the")
    named = footer.count("Tamsin Oakhurst")
    more = int(footer.rsplit("; and ", 1)[1].split()[0]) if "; and " in footer else 0
    assert named + more == len(readings)  # every reading accounted for, none silently
    assert embed_violations([e.to_dict() for e in embeds]) == []  # type: ignore[misc]
    assert embeds[0].author.name == "On Bureaucracy: each essay in its own words"


def test_when_no_text_read_here_states_a_position_one_card_says_so(sample_corpus):
    topic = compare_topic(sample_corpus, "bureaucracy").topic
    comparison = TopicComparison(topic, tuple(Position(own_reading(n), ()) for n in range(3)))
    [card] = compare_topic_embeds(sample_corpus, comparison)
    assert card.title == "No text read here states a position on Bureaucracy"
    assert "/quote search" in (card.description or "")
    assert (card.footer.text or "").count("Tamsin Oakhurst") == 3


def test_a_moderator_typed_title_cannot_format_a_card(sample_corpus):
    shipped = compare_topic(sample_corpus, "bureaucracy")
    source = own_reading(1)
    with_position = Position(source, shipped.positions[0].passages)
    embeds = compare_topic_embeds(sample_corpus, TopicComparison(shipped.topic, (with_position,)))
    assert "\\*\\*Orchard\\*\\*" in (embeds[0].title or "")
