"""A server's library as the domain sees it: a stored reading becomes corpus parts whose ids
never collide with the shipped corpus or another reading, a server's corpus is the shipped
sources it keeps plus its readings, and a moderator's correction changes exactly what they
typed. Uses the small sample corpus as the "shipped" one and essays written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.core.errors import UserFacingError
from bot.core.extract.ingest import propose_records
from bot.core.library import (
    UNATTRIBUTED,
    ReadingContent,
    StoredReading,
    compose,
    correct_passage,
    parse_page,
    propose,
    reading_id_candidates,
    review,
    shipped_names,
)
from bot.core.search import SearchIndex
from tests.fixtures.readings import READINGS

AT = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
ESSAY = (
    "# Night Classes\n\n"
    "The night school at Orme Street taught reading to anyone who came after work.\n\n"
    "Its first teacher, Hester Vale, put the rule plainly: “Nobody is too tired to learn one "
    "word a night” (Vale, Evening Notes, p. 3).\n\n"
    "Lenin is quoted on the wall: “Learn, learn and learn again, however late the hour is” "
    "(Lenin, On Schools, p. 9).\n\n"
    "A card was found by the door: “The chalk dust follows you home, and so do the "
    "words you learned with it.”\n"
)


def stored(sample_corpus, text=ESSAY, reading_id="q2night", author="Ann Orme", guild=1):
    author_id, proposed = propose(
        text,
        reading_id=reading_id,
        file_name="night.md",
        title="Night Classes",
        author=author,
        year=None,
        names=shipped_names(sample_corpus),
        budget_seconds=30,
    )
    reading = StoredReading(
        id=reading_id,
        guild_id=guild,
        title="Night Classes",
        author=author,
        author_speaker=author_id,
        year=None,
        file_name="night.md",
        sha256="0" * 64,
        status="published",
        added_by=9,
        added_at=AT,
    )
    return ReadingContent(reading, proposed.text, proposed.passages, proposed.entries)


def quotation(content, words):
    return next(p for p in content.passages if p.kind == "quotation" and words in p.text)


def test_a_readings_ids_all_start_with_its_own_id(sample_corpus):
    content = stored(sample_corpus)
    assert content.passages and all(p.id.startswith("q2night-") for p in content.passages)
    assert all(e.id.startswith("q2night-") for e in content.entries)
    shipped_ids = set(sample_corpus.by_id) | set(sample_corpus.speakers) | set(sample_corpus.works)
    corpus = compose(sample_corpus, set(), [content])
    assert not {p.id for p in content.passages} & shipped_ids
    assert len(corpus.by_id) == len(sample_corpus.passages) + len(content.passages)


def test_names_are_matched_with_the_registry_and_new_ones_proposed(sample_corpus):
    content = stored(sample_corpus)
    vale = quotation(content, "too tired")
    assert (vale.speaker, vale.speaker_name, vale.page) == (
        "q2night-hester-vale",
        "Hester Vale",
        "3",
    )
    assert vale.work == "q2night-evening-notes"
    assert quotation(content, "Learn, learn").speaker == "lenin"  # registered: the shipped id
    commentary = [p for p in content.passages if p.kind == "commentary"]
    assert commentary and all(p.speaker == "q2night-ann-orme" for p in commentary)
    proposals = {
        p.passage_id: p
        for p in review(content.reading, content.text, content.passages, content.entries)
    }
    assert proposals[vale.id].new_speaker and proposals[vale.id].new_work
    lenin = proposals[quotation(content, "Learn, learn").id]
    assert lenin.speaker_name == "Lenin" and not lenin.new_speaker
    assert all(proposals[p.id].speaker_name is None for p in commentary)
    assert proposals[vale.id].line == ESSAY[: ESSAY.index("Nobody")].count("\n") + 1


def test_a_quotation_the_text_attributes_to_nobody_is_never_the_authors(sample_corpus):
    content = stored(sample_corpus)
    card = quotation(content, "chalk dust")
    assert card.speaker == f"q2night-{UNATTRIBUTED}"
    corpus = compose(sample_corpus, set(), [content])
    assert corpus.speakers[card.speaker].unnamed
    assert corpus.speaker_name(card.speaker) != "Ann Orme"


def test_the_server_corpus_is_the_kept_shipped_sources_plus_its_readings(sample_corpus):
    content = stored(sample_corpus)
    assert compose(sample_corpus, set(), []) is sample_corpus
    corpus = compose(sample_corpus, {"rule-2001", "not-a-source"}, [content])
    assert "rule-2001" not in corpus.sources and "oipfg-1974" in corpus.sources
    assert not [p for p in corpus.passages if p.source == "rule-2001"]
    assert corpus.source_texts["q2night"] == content.text
    source = corpus.sources["q2night"]
    assert (source.author, source.author_speaker, source.year) == (
        "Ann Orme",
        "q2night-ann-orme",
        None,
    )
    # Registry entries only the disabled source used are not offered in this server.
    only_rule = {p.speaker for p in sample_corpus.passages if p.source == "rule-2001"} - {
        p.speaker for p in corpus.passages
    }
    assert only_rule and not only_rule & set(corpus.speakers)
    # Every passage is a verbatim slice of its source's text.
    for passage in corpus.passages:
        if passage.source == "q2night":
            assert passage.text in content.text[passage.start : passage.end] or passage.removed


def test_a_reading_is_searchable_in_the_composed_view(sample_corpus):
    corpus = compose(sample_corpus, set(), [stored(sample_corpus)])
    hits = SearchIndex(corpus, semantic=False).search("too tired to learn one word")
    assert hits and hits[0].passage.source == "q2night"
    assert hits[0].passage.speaker == "q2night-hester-vale"


def test_two_readings_naming_one_person_give_one_speaker(sample_corpus):
    first = stored(sample_corpus)
    other_text = ESSAY.replace("Night Classes", "Orme Street Again").replace("p. 3", "p. 4")
    second = stored(sample_corpus, other_text, reading_id="z7other")
    corpus = compose(sample_corpus, set(), [first, second])
    vales = {p.speaker for p in corpus.passages if p.kind == "quotation" and "too tired" in p.text}
    assert vales == {"q2night-hester-vale"}
    assert [s for s in corpus.speakers.values() if s.name == "Hester Vale"] == [
        corpus.speakers["q2night-hester-vale"]
    ]
    index = SearchIndex(corpus, semantic=False)
    assert index.resolve_speaker("Hester Vale") == "q2night-hester-vale"


def test_a_correction_takes_names_as_typed(sample_corpus):
    content = stored(sample_corpus)
    reading, passages, entries = content.reading, content.passages, content.entries
    vale = quotation(content, "too tired")
    names = shipped_names(sample_corpus)

    fixed, after = correct_passage(
        reading, passages, entries, vale.id, names=names, speaker="Stalin"
    )
    assert (fixed.speaker, fixed.speaker_name) == ("stalin", "Stalin")
    assert fixed.text == vale.text and (fixed.start, fixed.end) == (vale.start, vale.end)
    assert "q2night-hester-vale" in {e.id for e in after}  # still the work's author

    fixed, after = correct_passage(
        reading,
        passages,
        entries,
        vale.id,
        names=names,
        speaker="Ida  Brand",
        work="",
        page="pp. 4–6",
    )
    assert (fixed.speaker, fixed.speaker_name, fixed.work, fixed.page) == (
        "q2night-ida-brand",
        "Ida Brand",
        None,
        "4-6",
    )
    assert any(e.id == "q2night-ida-brand" and e.name == "Ida Brand" for e in after)
    assert not {"q2night-hester-vale", "q2night-evening-notes"} & {e.id for e in after}

    fixed, _ = correct_passage(reading, passages, entries, vale.id, names=names, kind="commentary")
    assert (fixed.kind, fixed.speaker) == ("commentary", "q2night-ann-orme")
    made_quote, after = correct_passage(
        reading,
        [*passages[:0], fixed, *[p for p in passages if p.id != fixed.id]],
        after,
        vale.id,
        names=names,
        kind="quotation",
    )
    assert made_quote.speaker == f"q2night-{UNATTRIBUTED}"  # never the author's by default


@pytest.mark.parametrize(
    "change",
    [
        {"kind": "poem"},
        {"page": "twelve"},
        {"page": "12; drop table"},
        {"speaker": "   "},
        {"speaker": "A" * 200},
        {"speaker": "Hester\u202eVale"},
        {"work": "`code`"},
    ],
)
def test_a_bad_correction_is_refused(sample_corpus, change):
    content = stored(sample_corpus)
    vale = quotation(content, "too tired")
    with pytest.raises(UserFacingError):
        correct_passage(
            content.reading,
            content.passages,
            content.entries,
            vale.id,
            names=shipped_names(sample_corpus),
            **change,
        )


def test_commentary_cannot_be_given_to_someone_else_and_unknown_passages_are_refused(sample_corpus):
    content = stored(sample_corpus)
    commentary = next(p for p in content.passages if p.kind == "commentary")
    names = shipped_names(sample_corpus)
    with pytest.raises(UserFacingError, match="author"):
        correct_passage(
            content.reading,
            content.passages,
            content.entries,
            commentary.id,
            names=names,
            speaker="Lenin",
        )
    with pytest.raises(UserFacingError, match="no passage"):
        correct_passage(
            content.reading,
            content.passages,
            content.entries,
            "r-zzzz",
            names=names,
            speaker="Lenin",
        )


@pytest.mark.parametrize(
    ("typed", "page"),
    [
        ("12", "12"),
        ("p. 12", "12"),
        ("pp. 12–14", "12-14"),
        ("page 7", "7"),
        ("xii", "xii"),
        ("12n3", "12n3"),
        ("p. 45ff", "45ff"),
        ("fol. 12r", "fol. 12r"),
        ("folio 12r", "fol. 12r"),
        ("ll. 3–5", "ll. 3-5"),
        ("00:14:32", "00:14:32"),
        ("", None),
    ],
)
def test_pages_are_read_as_a_moderator_types_them(typed, page):
    assert parse_page(typed) == page


def test_reading_ids_are_short_typable_and_differ_by_server():
    first = next(reading_id_candidates(1, "a" * 64))
    assert len(first) == 6 and first.isalnum() and first.islower() and first[0].isalpha()
    assert first != next(reading_id_candidates(2, "a" * 64))
    assert [len(c) for c in list(reading_id_candidates(1, "a" * 64))[:3]] == [6, 7, 8]


def test_every_stored_passage_reads_as_its_slice_of_the_text(sample_corpus):
    from bot.core.provenance import provenance_form, source_slice

    for name in ("lending-shelf.md", "fenwick-mill.txt"):
        text = (READINGS / name).read_text("utf-8")
        content = stored(sample_corpus, text, reading_id="v3slice", author="Jo Pell")
        proposed = propose_records(
            text,
            shipped_names(sample_corpus),
            file_name=name,
            title="t",
            author="Jo Pell",
            year=None,
            namespace="v3slice",
        )
        assert len(content.passages) == len(proposed) > 10  # none left out
        for p in content.passages:
            stands = source_slice(content.text, p.start, p.end, p.removed)
            assert provenance_form(stands) == provenance_form(p.text), p.id


def test_the_extracted_text_is_stored_without_control_characters(sample_corpus):
    noisy = ESSAY.replace("Orme Street", "Orme\x00 \u202eStreet\u202c")
    content = stored(sample_corpus, noisy)
    assert "Orme Street" in content.text
    assert not {"\x00", "\u202e", "\u202c"} & set(content.text)
    for passage in content.passages:
        assert content.text[passage.start : passage.end]


def test_an_essay_written_for_the_extractor_keeps_its_attributions(sample_corpus):
    text = (READINGS / "lending-shelf.md").read_text("utf-8")
    content = stored(sample_corpus, text, reading_id="m4shelf", author="Jo Pell")
    renn = quotation(content, "belongs to the parish")
    assert renn.speaker_name == "Tobias Renn" and renn.page == "4"
    corpus = compose(sample_corpus, set(), [content])
    assert corpus.speaker_name(renn.speaker) == "Tobias Renn"
    unchanged = replace(renn)
    assert unchanged == renn


def test_a_speaker_and_a_work_of_one_name_are_both_kept(sample_corpus):
    content = stored(sample_corpus)
    vale = quotation(content, "too tired")
    fixed, after = correct_passage(
        content.reading,
        content.passages,
        content.entries,
        vale.id,
        names=shipped_names(sample_corpus),
        speaker="Evening Notes",  # a periodical speaks in its own name
    )
    assert fixed.speaker == fixed.work == "q2night-evening-notes"
    assert {(e.kind, e.id) for e in after} >= {
        ("speaker", "q2night-evening-notes"),
        ("work", "q2night-evening-notes"),
    }
    later = replace(
        content,
        passages=tuple(fixed if p.id == fixed.id else p for p in content.passages),
        entries=after,
    )
    corpus = compose(sample_corpus, set(), [later])
    shown = corpus.by_id[fixed.id]
    assert corpus.speaker_name(shown.speaker) == "Evening Notes"
    assert corpus.work_title(shown.work) == "Evening Notes"
