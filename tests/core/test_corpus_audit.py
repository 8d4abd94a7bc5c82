"""Issue 11: every finding of the independent audit of the shipped corpus, by offset and text.

Each case names where the words stand in the source (an offset into the essay's text) and
checks what a member would see: who the words are given to, the citation line, the notes.
The last tests run the general extractor rules on an essay they were not written for.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.core.citation import citation, format_citation, marked_text, passage_notes
from bot.core.compare import compare_speakers
from bot.core.corpus import PASSAGES, CorpusError, load_corpus
from bot.core.coverage import coverage_problems
from bot.core.extract.build import resolve_echoes
from bot.core.extract.essay import Draft, extract_essay
from bot.core.extract.names import Names
from bot.core.models import Corpus, Passage, Speaker, Work
from bot.core.records import passage_record
from bot.core.search import SearchIndex
from bot.core.verify import verify
from bot.settings import DEFAULT_CORPUS_DIR

RULE = "rule-2001"
OIPFG = "oipfg-1974"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus(DEFAULT_CORPUS_DIR)


@pytest.fixture(scope="module")
def index(corpus: Corpus) -> SearchIndex:
    return SearchIndex(corpus)


def at(corpus: Corpus, source: str, offset: int, opening: str, kind: str | None = None) -> Passage:
    """The one passage of ``source`` opening with ``opening`` a few characters from ``offset``."""
    found = [
        p
        for p in corpus.passages
        if p.source == source
        and abs(p.start - offset) <= 20
        and p.text.startswith(opening)
        and (kind is None or p.kind == kind)
    ]
    assert len(found) == 1, (source, offset, opening, [p.id for p in found])
    return found[0]


def line(corpus: Corpus, passage: Passage) -> str:
    return format_citation(citation(corpus, passage))


# ---------------------------------------------------------------- words given to the wrong person


def test_absolutely_essential_is_lenins_via_stalin_where_it_first_stands(corpus: Corpus) -> None:
    phrase = at(corpus, RULE, 17398, "absolutely essential")
    first = at(corpus, RULE, 14250, "We must realise that the fight against bureaucracy")
    assert (phrase.speaker, phrase.via, phrase.work) == (first.speaker, first.via, first.work)
    assert (phrase.speaker, phrase.via, phrase.work) == (
        "lenin",
        "stalin",
        "stalin-vulgarising-self-criticism",
    )
    assert line(corpus, phrase).startswith("V. I. Lenin; quoted by J. V. Stalin, Against vulgar")


def test_every_phrase_quoted_in_the_commentary_is_given_to_whoever_says_it_first(
    corpus: Corpus,
) -> None:
    """A short quoted phrase inside the author's sentence is never given to someone who only
    relays it where the words first stand."""
    for passage in corpus.passages:
        inside = [
            c
            for c in corpus.passages
            if c.kind == "commentary"
            and c.source == passage.source
            and c.start <= passage.start < passage.end <= c.end
        ]
        if passage.kind != "quotation" or not inside:
            continue
        words = passage.text.rstrip(" .,;:")
        earlier = [
            q
            for q in corpus.passages
            if q.source == passage.source
            and q.kind == "quotation"
            and q.end <= passage.start
            and words in q.text
        ]
        if earlier:
            home = min(earlier, key=lambda q: (q.start, len(q.text)))
            innermost = min(
                (q for q in earlier if home.start <= q.start and q.end <= home.end),
                key=lambda q: len(q.text),
            )
            assert passage.speaker == innermost.speaker, passage.id


@pytest.mark.parametrize(
    ("offset", "opening", "speaker"),
    [
        (62538, "With the sowing, Comrade Stalin? We have mobilised ourselves.", "windbag-1934"),
        (62649, "We have put the question squarely.", "windbag-1934"),
        (62722, "There is a turn, Comrade Stalin; soon there will be a turn.", "windbag-1934"),
        (62816, "We can see an indication of some improvement.", "windbag-1934"),
        (62936, "So far, Comrade Stalin, we have not made any headway", "windbag-1934"),
        (
            63375,
            "Well,’ he said, ‘as to a line … they have a line all right",
            "ukrainian-worker-1934",
        ),
        (63715, "Why have we been dismissed? Did we not do all", "dismissed-windbags-1934"),
        (77265, "In whatever post I was appointed to", "demoted-worker"),
        (57070, "On the contrary, it is very good", "audience"),
        (28586, "Quite right!", "audience"),
        (61675, "Quite right!", "audience"),
        (64532, "Quite right!", "audience"),
    ],
)
def test_people_stalin_quotes_without_a_name_are_not_stalin(
    corpus: Corpus, index: SearchIndex, offset: int, opening: str, speaker: str
) -> None:
    passage = at(corpus, RULE, offset, opening, kind="quotation")
    assert (passage.speaker, passage.via) == (speaker, "stalin")
    assert corpus.speakers[speaker].unnamed
    assert f"{corpus.speaker_name(speaker)}, quoted by J. V. Stalin, " in line(corpus, passage)
    if len(passage.text.split()) >= 3:
        result = verify(index, f"Stalin said: “{passage.text}”")
        assert result.verdict == "exact"
        assert (result.true_speaker, result.attribution) == (speaker, "wrong")


def test_the_ukrainian_workers_words_record_stalins_he_said(corpus: Corpus) -> None:
    worker = at(corpus, RULE, 63375, "Well,’ he said")
    [(a, b)] = worker.insertions
    assert (worker.text[a:b], worker.inserted_by) == ("he said,", ("stalin",))
    assert "“he said,”: words of J. V. Stalin." in passage_notes(corpus, worker)


def test_stalins_own_lines_of_the_windbag_conversation_stay_his(
    corpus: Corpus, index: SearchIndex
) -> None:
    result = verify(index, "Stalin: How are you getting on with the sowing?")
    assert (result.verdict, result.true_speaker, result.attribution) == (
        "exact",
        "stalin",
        "correct",
    )


def test_artems_words_are_a_character_of_ostrovskys_novel(corpus: Corpus) -> None:
    artem = at(corpus, RULE, 67272, "Now that our Comrade Lenin is gone")
    assert artem.speaker == "artem"
    assert line(corpus, artem).startswith(
        "Artem, a character of Nikolai Ostrovsky's novel, How The Steel Was Tempered;"
    )
    narrative = at(corpus, RULE, 67657, "The death of Lenin brought")
    assert narrative.speaker == "ostrovsky"


@pytest.mark.parametrize(
    ("source", "offset", "opening", "editor"),
    [
        (RULE, 378, "The following presentation was given by Carlos Rule", "rule-2001-editor"),
        (OIPFG, 64, "Note: The essay", "oipfg-1974-editor"),
    ],
)
def test_editorial_front_matter_is_never_the_authors(
    corpus: Corpus, index: SearchIndex, source: str, offset: int, opening: str, editor: str
) -> None:
    note = at(corpus, source, offset, opening)
    assert (note.kind, note.speaker) == ("front-matter", editor)
    assert corpus.sources[source].editor == editor
    author = corpus.sources[source].author_speaker
    named = (*corpus.speakers[author].aliases, corpus.speaker_name(author))[0]
    result = verify(index, f"{named}: “{note.text[:120]}”")
    assert (result.true_speaker, result.attribution) == (editor, "wrong")
    positions = {i for t in corpus.topics.values() for ids in t.positions.values() for i in ids}
    assert note.id not in positions
    views = compare_speakers(index, note.text[:80], [author, "stalin"]).views
    assert all(hit.passage.kind != "front-matter" for view in views for hit in view.hits)


def test_the_editors_bracketed_note_in_rules_text_is_the_editors(corpus: Corpus) -> None:
    passage = at(corpus, RULE, 58211, "I will not dwell on this subject")
    [(a, b)] = passage.insertions
    assert passage.text[a:b] == (
        "[the author originally presented this text to the Stalin Society in London]"
    )
    assert passage.inserted_by == ("rule-2001-editor",)
    assert any(
        "the editor of the published presentation" in n for n in passage_notes(corpus, passage)
    )


# ------------------------------------------------------------------------------------- citations


def test_words_the_essay_cites_to_two_works_carry_a_note_at_each_place(corpus: Corpus) -> None:
    fifteenth = at(corpus, RULE, 17469, "extirpate with a red-hot iron")
    report = at(corpus, RULE, 74945, "I shall not dilate on those defects")
    assert "extirpate with a red-hot iron" in report.text
    assert (fifteenth.work, report.work) == (
        "stalin-fifteenth-congress",
        "stalin-seventeenth-congress-report",
    )
    for passage in (
        fifteenth,
        report,
        at(corpus, RULE, 78116, "A second shortcoming"),
        at(corpus, RULE, 79516, "A third shortcoming"),
    ):
        assert passage.note is not None
        assert "fifteenth congress (1927)" in passage.note
        assert "seventeenth congress (1934)" in passage.note
        assert line(corpus, passage).endswith(f"Note: {passage.note}")


def test_work_dates_and_years_the_essay_gives_elsewhere(corpus: Corpus) -> None:
    task = at(corpus, RULE, 44152, "The task is to help the Central Control Commission")
    assert (task.work, task.date) == ("stalin-thirteenth-congress-results", "17 June 1924")
    for offset, opening in ((53038, "Honestly, I have to say"), (53213, "Anyone could complain")):
        assert at(corpus, RULE, offset, opening).date == "early 1950s"
    sloan = at(corpus, RULE, 73982, "The truth of the matter is")
    assert "Pat Sloan, Soviet Democracy (1937)" in line(corpus, sloan)


def test_page_ranges_and_periodicals_read_as_a_reader_cites_them(corpus: Corpus) -> None:
    lenin = at(corpus, RULE, 41846, "If we want to combat bureaucracy")
    assert "Vol XXV, pp. 495–6;" in line(corpus, lenin)
    tyrant = at(corpus, OIPFG, 993, "cold-hearted crazy tyrant")
    assert line(corpus, tyrant).startswith("Thought and Art, No. 6 (1972); in ")
    dictionary = at(corpus, RULE, 1425, "Bureaucracy: a system")
    assert line(corpus, dictionary).startswith("Cambridge international dictionary; in ")


def test_the_short_biography_in_footnote_5_relays_stalins_words(corpus: Corpus) -> None:
    recall = at(corpus, OIPFG, 3598, "I recall the year 1898")
    assert (recall.work, recall.date, recall.via) == (
        "pravda-136",
        "June 16, 1926",
        "short-biography",
    )
    assert line(corpus, recall).startswith(
        "J. V. Stalin, Pravda, No. 136 (June 16, 1926); quoted by A Short Biography of Joseph "
        "Vissarionovich Stalin;"
    )


@pytest.mark.parametrize(
    ("offset", "opening", "inserted", "by"),
    [
        (50322, "Can [the country’s] tasks", "[the country’s]", "carlos-rule"),
        (54727, "Never in the history of the world", "[but afterward]", "schuman"),
        (
            13366,
            "One of the most serious obstacles",
            "[This is especially important",
            "carlos-rule",
        ),
    ],
)
def test_bracketed_insertions_are_recorded_with_whose_they_are(
    corpus: Corpus, offset: int, opening: str, inserted: str, by: str
) -> None:
    passage = at(corpus, RULE, offset, opening, kind="quotation")
    [(a, b)] = passage.insertions
    assert passage.text[a:b].startswith(inserted)
    assert passage.inserted_by == (by,)
    assert any(corpus.speaker_name(by) in n for n in passage_notes(corpus, passage))


# ------------------------------------------------------------------------------------- coverage


@pytest.mark.parametrize(
    ("source", "offset", "opening"),
    [
        (OIPFG, 13484, "It is clear that the Party must equip the masses"),
        (RULE, 1645, "– not particularly helpful."),
        (RULE, 89197, "– precisely what Trotsky was trying to do"),
    ],
)
def test_the_authors_words_after_a_quotation_are_commentary(
    corpus: Corpus, source: str, offset: int, opening: str
) -> None:
    passage = at(corpus, source, offset, opening)
    assert (passage.kind, passage.speaker) == ("commentary", corpus.sources[source].author_speaker)


def test_every_sentence_of_the_shipped_essays_is_in_a_passage(corpus: Corpus) -> None:
    assert coverage_problems(corpus, DEFAULT_CORPUS_DIR) == []


def test_corpus_check_fails_on_a_sentence_in_no_passage(
    tmp_path: Path, corpus: Corpus, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS_DIR, copy)
    gone = at(corpus, RULE, 1645, "– not particularly helpful.")
    data = json.loads((copy / PASSAGES).read_text(encoding="utf-8"))
    data["passages"] = [p for p in data["passages"] if p["id"] != gone.id]
    (copy / PASSAGES).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["corpus", "check", "--corpus", str(copy)]) == 1
    error = capsys.readouterr().err
    assert f"-{gone.end} is in no passage" in error
    assert "not particularly helpful" in error


# ------------------------------------------------------------------------------ scanning errors


def test_scanning_errors_stay_verbatim_and_are_marked_sic(
    corpus: Corpus, index: SearchIndex
) -> None:
    antaeus = at(corpus, RULE, 42169, "It may he taken as a rule")
    source = corpus.source_texts[RULE]
    assert "invincib1e" in antaeus.text and "It may he taken" in antaeus.text
    assert marked_text(antaeus).startswith("It may he [sic] taken as a rule")
    assert "invincib1e [sic]." in marked_text(antaeus)
    assert source[antaeus.start : antaeus.start + 15] == "It may he taken"
    meant = verify(index, "It may be taken as a rule that so long as Bolsheviks keep contacts")
    assert (meant.verdict, meant.passage) == ("exact", antaeus)
    assert meant.note is not None and "“may he” [sic]" in meant.note
    as_printed = verify(index, "they will be invincib1e. And, contrariwise, it is sufficient")
    assert (as_printed.verdict, as_printed.note) == ("exact", None)
    also = verify(index, "they will be invincible. And, contrariwise, it is sufficient")
    assert also.verdict == "exact"
    assert also.note is not None and "“invincib1e” [sic] for “invincible”" in also.note


# ----------------------------------------------------- the general rules, on an essay of their own

_NAMES = Names(
    [
        Speaker(id="me", name="Me"),
        Speaker(id="ed", name="The Editor", unnamed=True),
        Speaker(id="bebel", name="August Bebel", aliases=("Bebel",)),
        Speaker(id="kautsky", name="Karl Kautsky", aliases=("Kautsky",)),
        Speaker(id="hall", name="the hall", aliases=("Shouts",), unnamed=True),
    ],
    [Work(id="congress", title="Speech to the Erfurt congress", author="bebel")],
)
_ESSAY = (
    "Notes on Erfurt\n\n"
    "The congress of 1891\n\n"
    "Bebel told the delegates: “We are the party of the future. (Shouts : ‘Hear, hear!’) "
    "Nobody will stop us.” (Speech to the Erfurt congress) – a boast the years would test, "
    "as we [the editors of this edition] note.\n\n"
    "Bebel quoted Kautsky, writing in the 1890s: “The [present] programme stands.” "
    "(Cited in Bebel, Speech to the Erfurt congress)\n\n"
    "The programme was short.<sup>1</sup> It said much in few w0rds.\n\n"
    "---\n\n"
    "<sup>1</sup> Shorter than any programme before it.\n"
)


def test_general_rules_on_an_unseen_essay() -> None:
    drafts = extract_essay(
        _ESSAY, title="Notes on Erfurt", author_speaker="me", names=_NAMES, editor="ed"
    )
    table = {(d.kind, d.text[:22]): d for d in drafts}
    assert ("heading", "Notes on Erfurt") in table
    assert ("heading", "The congress of 1891") in table
    shout = table[("quotation", "Hear, hear!")]
    assert (shout.speaker, shout.via, shout.work) == ("hall", "bebel", "congress")
    after = table[("commentary", "– a boast the years wo")]
    assert after.speaker == "me"
    assert [after.text[a:b] for a, b in after.insertions] == ["[the editors of this edition]"]
    assert after.inserted_by == ["ed"]
    relayed = table[("quotation", "The [present] programm")]
    assert (relayed.speaker, relayed.via, relayed.date) == ("kautsky", "bebel", "1890s")
    assert relayed.inserted_by == ["bebel"]
    short = table[("commentary", "The programme was shor")]
    [(a, b, meant)] = short.sic
    assert (short.text[a:b], meant) == ("w0rds", "words")
    remark = table[("commentary", "Shorter than any progr")]
    assert remark.speaker == "me"
    assert _ESSAY[remark.start : remark.end] == remark.text


def test_a_phrase_echoed_in_the_authors_sentence_follows_the_words_home() -> None:
    text = "S said: “L was right: ‘fight hard’, he said.” Later S urged the “fight hard” line."
    outer = Draft("quotation", "s", "L was right: ‘fight hard’, he said.", 9, 44, work="w")
    inner = Draft("quotation", "l", "fight hard", 23, 33, work="w", via="s", attributed_by="nested")
    commentary = Draft("commentary", "me", text[46:], 46, len(text))
    phrase = Draft("quotation", "s", "fight hard", 66, 76, attributed_by="context")
    drafts = [outer, inner, commentary, phrase]
    resolve_echoes(drafts, ["x"] * len(drafts))
    assert (phrase.speaker, phrase.via, phrase.work, phrase.attributed_by) == (
        "l",
        "s",
        "w",
        "echo",
    )


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"inserted_by": ["ghost"]}, "inserted_by ghost is not in speakers.toml"),
        ({"inserted_by": ["carlos-rule", "stalin"]}, "inserted_by must name one speaker per"),
        ({"sic": [[3, 9999, "may be"]]}, "sic 3:9999 outside the text"),
    ],
)
def test_corpus_loading_checks_whose_insertions_and_misprints(
    tmp_path: Path, corpus: Corpus, changes: dict[str, object], expected: str
) -> None:
    copy = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS_DIR, copy)
    victim = at(corpus, RULE, 50322, "Can [the country’s] tasks").id
    data = json.loads((copy / PASSAGES).read_text(encoding="utf-8"))
    for record in data["passages"]:
        if record["id"] == victim:
            record.update(changes)
    (copy / PASSAGES).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CorpusError) as raised:
        load_corpus(copy)
    assert f"passage {victim}: {expected}" in str(raised.value)


def test_the_export_carries_whose_insertions_misprints_and_notes(corpus: Corpus) -> None:
    relayed = passage_record(corpus, at(corpus, RULE, 54727, "Never in the history of the world"))
    [insertion] = relayed["insertions"]
    assert insertion["by"] == "schuman"
    antaeus = passage_record(corpus, at(corpus, RULE, 42169, "It may he taken as a rule"))
    assert {s["meant"] for s in antaeus["sic"]} == {"may be", "invincible"}
    fifteenth = passage_record(corpus, at(corpus, RULE, 17469, "extirpate with a red-hot iron"))
    assert "fifteenth congress (1927)" in fifteenth["note"]
