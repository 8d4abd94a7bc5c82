"""The attribution line and the notes a reader sees beside a passage's words.

Expected lines are written out by hand from the sample corpus's registries (who said it, which
work and date, which essay quotes it): see tests/fixtures/sample_corpus.py.
"""

import dataclasses

import pytest

from bot.core.citation import citation, format_citation, page_label, passage_notes
from bot.core.models import Corpus

RULE_ESSAY = "Carlos Rule, “The fight against bureaucracy in the Soviet Union under Stalin” (2001)"


def with_passage(corpus: Corpus, passage) -> Corpus:
    """``corpus`` with ``passage`` added (or put in place of the one with its id)."""
    kept = [p for p in corpus.passages if p.id != passage.id]
    return Corpus(
        sources=corpus.sources.values(),
        speakers=corpus.speakers.values(),
        works=corpus.works.values(),
        topics=corpus.topics.values(),
        passages=[*kept, passage],
        source_texts=corpus.source_texts,
    )


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_words_standing_in_the_relays_speech_go_with_the_relay(corpus):
    """Lenin quoted in Stalin's 1928 speech: the speech, its date and page are Stalin's."""
    relayed = dataclasses.replace(
        corpus.get("rule-lenin-via-stalin"), work="ycl-congress-1928", date=None, page="12"
    )
    line = format_citation(citation(with_passage(corpus, relayed), relayed))
    assert line == (
        "V. I. Lenin; quoted by J. V. Stalin, Speech at the eighth congress of the All-Union "
        f"Leninist Young Communist League (17 May 1928), p. 12; in {RULE_ESSAY} "
        "[rule-lenin-via-stalin]"
    )


def test_a_heading_or_commentary_by_the_essays_author_is_cited_as_the_essay(corpus):
    heading = dataclasses.replace(corpus.get("rule-title"), kind="heading")
    assert format_citation(citation(corpus, heading)) == f"{RULE_ESSAY} [rule-title]"
    commentary = corpus.get("rule-webbs")
    assert format_citation(citation(corpus, commentary)) == f"{RULE_ESSAY} [rule-webbs]"


def test_the_essays_author_quoting_a_book_is_cited_with_the_book(corpus):
    own = dataclasses.replace(corpus.get("rule-martens"), speaker="carlos-rule")
    assert format_citation(citation(corpus, own)) == (
        f"Carlos Rule, Another View of Stalin (1994); in {RULE_ESSAY} [rule-martens]"
    )


@pytest.mark.parametrize(
    ("page", "label"),
    [("970", "p. 970"), ("p970", "p970"), ("P. 12", "P. 12"), ("495-6", "pp. 495–6"),
     ("495 – 496", "pp. 495–496"), ("12n3", "p. 12n3"), ("xiv", "p. xiv"),
     ("fol. 12r", "fol. 12r"), ("col. 4", "col. 4"), ("ll. 3-5", "ll. 3-5"),
     ("para. 9", "para. 9"), ("sig. B2", "sig. B2"), ("00:14:32", "00:14:32"),
     ("13:4", "13:4"), ("5:3-12", "5:3-12"), ("6.851-853", "6.851-853"), ("3.1.56", "3.1.56"),
     ("514a", "514a"), ("45ff", "p. 45ff")],
)  # fmt: skip
def test_pages_are_labelled_once(page, label):
    assert page_label(page) == label


def test_a_passage_of_an_essay_missing_from_the_registry_is_cited_by_its_source_id(corpus):
    stray = dataclasses.replace(corpus.get("rule-lenin-1919"), source="lost-essay")
    cited = citation(corpus, stray)
    assert (cited.essay_title, cited.essay_author, cited.essay_year) == ("lost-essay", "", None)
    assert format_citation(cited).endswith("; in “lost-essay” [rule-lenin-1919]")


def test_a_speaker_missing_from_the_registry_is_named_by_id_not_as_unnamed(corpus):
    stray = dataclasses.replace(corpus.get("rule-lenin-via-stalin"), speaker="nobody-known")
    cited = citation(corpus, stray)
    assert cited.speaker == "nobody-known" and not cited.speaker_unnamed
    assert format_citation(cited).startswith("nobody-known; quoted by J. V. Stalin")


def test_notes_name_whose_insertions_misprints_and_the_reviewed_note(corpus):
    text = "The [Soviet] state, the workers' state, is invincib1e."
    passage = dataclasses.replace(
        corpus.get("rule-martens"),
        text=text,
        insertions=(span(text, "[Soviet]"), span(text, "state, the workers'")),
        sic=((*span(text, "invincib1e"), "invincible"),),
        note="The essay cites these words to two works.",
    )
    # Without inserted_by, every insertion is the essay author's (Carlos Rule).
    assert passage_notes(corpus, passage) == [
        "[Soviet] was added by Carlos Rule.",
        "“state, the workers'”: words of Carlos Rule.",
        "“invincib1e” [sic]: the source’s misprint for “invincible”.",
        "The essay cites these words to two works.",
    ]
    by_stalin = dataclasses.replace(passage, inserted_by=("stalin", "lenin"))
    assert passage_notes(corpus, by_stalin)[:2] == [
        "[Soviet] was added by J. V. Stalin.",
        "“state, the workers'”: words of V. I. Lenin.",
    ]


def test_a_long_insertion_is_quoted_in_full_up_to_100_characters_then_clipped(corpus):
    exact = "[" + "a" * 98 + "]"  # 100 characters: shown whole
    clipped = "[" + "b" * 97 + " " + "c" * 50 + "]"  # cut at 99, the space before it dropped
    unbroken = "[" + "d" * 150 + "]"  # cut at 99 characters exactly
    for words, shown in (
        (exact, exact),
        (clipped, "[" + "b" * 97 + "…"),
        (unbroken, "[" + "d" * 98 + "…"),
    ):
        passage = dataclasses.replace(
            corpus.get("rule-martens"), text=f"{words} rest", insertions=((0, len(words)),)
        )
        assert passage_notes(corpus, passage) == [f"{shown} was added by Carlos Rule."]


def test_insertions_in_a_passage_of_an_unregistered_essay_are_the_speakers(corpus):
    """With no essay author to credit, the insertion goes to whoever the passage quotes."""
    passage = dataclasses.replace(
        corpus.get("rule-martens"), source="lost-essay", text="The [Soviet] state.",
        insertions=((4, 12),),
    )  # fmt: skip
    assert passage_notes(corpus, passage) == ["[Soviet] was added by Ludo Martens."]
