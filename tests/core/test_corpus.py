"""The shipped corpus: hard cases of the seed essays by name, rebuild, ids, errors, export."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from bot.cli import main
from bot.core.citation import citation, format_citation
from bot.core.corpus import PASSAGES, CorpusError, load_corpus
from bot.core.extract.build import build_passages, serialise
from bot.core.extract.essay import extract_essay
from bot.core.extract.names import Names
from bot.core.models import Corpus, Passage, Speaker, Work
from bot.settings import DEFAULT_CORPUS_DIR


@pytest.fixture
def corpus(shipped_corpus: Corpus) -> Corpus:
    return shipped_corpus


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS_DIR, target)
    return target


def quotation(corpus: Corpus, opening: str) -> Passage:
    found = [p for p in corpus.passages if p.kind == "quotation" and p.text.startswith(opening)]
    assert len(found) == 1, opening
    return found[0]


def test_multi_paragraph_lenin_1919_speech_is_one_passage(corpus: Corpus) -> None:
    speech = quotation(corpus, "We have done what no other state in the world")
    assert speech.text.count("\n\n") == 5  # six paragraphs, each opening with “
    assert speech.text.endswith("organisational, cultural and educational problems.")
    assert "“" not in speech.text and "”" not in speech.text
    assert (speech.speaker, speech.work, speech.date) == (
        "lenin",
        "lenin-eighth-congress-rcp",
        "18-23 March 1919",
    )
    assert speech.attribution == "parenthetical"


def test_back_referenced_page_names_the_book_before(corpus: Corpus) -> None:
    gorky = quotation(corpus, "In April 1935, before the Stakhanov movement")
    assert (gorky.speaker, gorky.work, gorky.page) == ("thurston", "life-and-terror", "173")
    assert gorky.attribution == "back-reference"


def test_webbs_quoting_hoover_is_hoover_via_the_webbs(corpus: Corpus) -> None:
    hearings = quotation(corpus, "When hearings are held before the cleaning commission")
    assert (hearings.speaker, hearings.via) == ("hoover", "webbs")
    assert corpus.speaker_name(hearings.speaker) == "Calvin B. Hoover"


def test_lenin_quoted_inside_stalins_article_is_lenins_via_stalin(corpus: Corpus) -> None:
    article = quotation(corpus, "One of the most serious obstacles")
    lenin = quotation(corpus, "We must realise that the fight against bureaucracy")
    assert (lenin.speaker, lenin.via) == ("lenin", "stalin")
    assert article.speaker == "stalin" and lenin.text in article.text  # kept whole
    assert article.start < lenin.start < lenin.end < article.end
    cited = format_citation(citation(corpus, lenin))
    assert cited.startswith(
        "V. I. Lenin; quoted by J. V. Stalin, Against vulgarising the slogan of self-criticism"
    )


def test_words_quoted_inside_a_historians_narrative_are_the_speakers(corpus: Corpus) -> None:
    voice = quotation(corpus, "Listen to the voice of the people")
    assert (voice.speaker, voice.via, voice.work) == ("stalin", "thurston", "life-and-terror")
    fetishism = quotation(corpus, "the fiasco of organisational fetishism")
    assert (fetishism.speaker, fetishism.via, fetishism.date) == ("trotsky", "ludo-martens", "1904")
    assert format_citation(citation(corpus, fetishism)).startswith(
        "Leon Trotsky, 1904; quoted by Ludo Martens, Another View of Stalin, p. 44;"
    )


def test_editor_insertion_stays_marked_as_the_essay_authors(corpus: Corpus) -> None:
    obstacles = quotation(corpus, "One of the most serious obstacles")
    assert obstacles.speaker == "stalin"
    [(a, b)] = obstacles.insertions
    inserted = obstacles.text[a:b]
    assert inserted.startswith("[This is especially important")
    assert inserted.endswith("– CR]")


def test_oipfg_footnoted_quotations(corpus: Corpus) -> None:
    tyrant = quotation(corpus, "cold-hearted crazy tyrant")
    assert (tyrant.speaker, tyrant.work, tyrant.date) == (
        "thought-and-art",
        "thought-and-art-6",
        "1972",
    )
    assert tyrant.attribution == "footnote"
    ludwig = quotation(corpus, "I joined the revolutionary movement")
    assert (ludwig.speaker, ludwig.work, ludwig.date) == (
        "stalin",
        "stalin-ludwig-interview",
        "December 13, 1931",
    )
    classes = quotation(corpus, "no longer antagonistic classes")
    assert classes.work == "phoney-communism"  # footnote 6 comes after the next quotation


def test_sentence_split_by_a_footnote_block_is_rejoined(corpus: Corpus) -> None:
    tiflis = quotation(corpus, "I recall the year 1898")
    assert "when I was first put in charge of a study circle" in tiflis.text
    assert "Emil Ludwig" not in tiflis.text and "---" not in tiflis.text
    source = corpus.source_texts["oipfg-1974"]
    debris = "".join(source[a:b] for a, b in tiflis.removed)
    assert "---" in debris and "Emil Ludwig" in debris
    assert tiflis.work == "pravda-136"  # footnote 5, after the rejoined sentence


def test_attribution_by_lead_in_only(corpus: Corpus) -> None:
    literacy = quotation(corpus, "Without literacy no politics")
    assert (literacy.speaker, literacy.attribution) == ("lenin", "lead-in")
    crisis = quotation(corpus, "There is no peaceful outcome for the crisis")
    assert (crisis.speaker, crisis.work) == ("trotsky", "revolution-betrayed")


def test_commentary_is_the_essay_authors_own_words(corpus: Corpus) -> None:
    commentary = [p for p in corpus.passages if p.kind == "commentary"]
    assert all(p.speaker == corpus.sources[p.source].author_speaker for p in commentary)
    seeds = {p.speaker for p in commentary if p.source in ("rule-2001", "oipfg-1974")}
    assert seeds == {"carlos-rule", "oipfg"}
    assert any(p.text.startswith("Our lesson is that until socialism") for p in commentary)
    assert all("<sup>" not in p.text for p in corpus.passages)


def test_extractor_reads_an_unseen_essay() -> None:
    names = Names(
        [Speaker(id="lenin", name="V. I. Lenin", aliases=("Lenin",)), Speaker(id="me", name="Me")],
        [Work(id="state", title="The State and Revolution", author="lenin")],
    )
    essay = (
        "An essay\n\n"
        "Said Lenin in 1917: “First paragraph of the quotation.\n\n"
        "“Second paragraph [my note – ME] and the end.”\n\n"
        "A book made the point well: “Quoted words.”<sup>1</sup> That is our own view here.\n\n"
        "---\n\n"
        "<sup>1</sup> The State and Revolution, 1917, p12.\n\n"
        "“More words.” (p14)\n"
    )
    drafts = extract_essay(
        essay, title="An essay", author_speaker="me", names=names, insertion_mark="– ME"
    )
    quotes = [d for d in drafts if d.kind == "quotation"]
    assert [(d.speaker, d.date, d.page, d.attributed_by) for d in quotes] == [
        ("lenin", "1917", None, "lead-in"),
        ("lenin", "1917", "12", "footnote"),
        ("lenin", None, "14", "back-reference"),
    ]
    assert (
        quotes[0].text
        == "First paragraph of the quotation.\n\nSecond paragraph [my note – ME] and the end."
    )
    assert len(quotes[0].insertions) == 1
    assert quotes[2].work == "state"


def test_rebuild_is_byte_identical(copy: Path) -> None:
    shipped = (DEFAULT_CORPUS_DIR / PASSAGES).read_bytes()
    passages, _report = build_passages(copy)
    assert serialise(passages).encode("utf-8") == shipped
    (copy / PASSAGES).unlink()  # from scratch, without the previous ids to keep
    passages, _report = build_passages(copy)
    assert serialise(passages).encode("utf-8") == shipped


def test_ids_are_short_and_survive_adding_and_removing_passages(copy: Path, corpus: Corpus) -> None:
    before = {p.text: p.id for p in corpus.passages}
    assert all(len(i) <= 7 for i in before.values())
    with (copy / "overrides.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[drop]]\nsource = "rule-2001"\nopening = "Without literacy no politics"\n')
    source = copy.parent / corpus.sources["oipfg-1974"].file
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(
        corpus.source_texts["oipfg-1974"]
        + "\n\nA new closing paragraph the group added to its copy.\n",
        encoding="utf-8",
    )
    passages, _report = build_passages(copy)
    after = {p.text: p.id for p in passages}
    removed = [t for t in before if t not in after]
    assert [t[:28] for t in removed] == ["Without literacy no politics"]
    assert [t for t in after if t not in before] == [
        "A new closing paragraph the group added to its copy."
    ]
    assert all(after[t] == i for t, i in before.items() if t in after)


def _tamper(copy: Path, passage_id: str, **changes: object) -> None:
    path = copy / PASSAGES
    data = json.loads(path.read_text(encoding="utf-8"))
    for record in data["passages"]:
        if record["id"] == passage_id:
            record.update(changes)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"speaker": "nobody"}, "speaker nobody is not in speakers.toml"),
        ({"text": "Words Lenin never wrote."}, "provenance"),
        ({"kind": "essay"}, "kind"),
        ({"start": -5}, "start"),
    ],
)
def test_corrupt_passage_names_the_file_and_the_passage(
    copy: Path, corpus: Corpus, changes: dict[str, object], expected: str
) -> None:
    victim = quotation(corpus, "Without literacy no politics").id
    _tamper(copy, victim, **changes)
    with pytest.raises(CorpusError) as raised:
        load_corpus(copy)
    message = str(raised.value)
    assert f"{copy / PASSAGES}: passage {victim}" in message
    assert expected in message


def test_duplicate_ids_and_broken_json_are_reported(copy: Path, corpus: Corpus) -> None:
    first, second = corpus.passages[0].id, corpus.passages[1].id
    _tamper(copy, second, id=first)
    with pytest.raises(CorpusError, match=f"passage {first}: id used 2 times"):
        load_corpus(copy)
    (copy / PASSAGES).write_text('{"passages": [', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"passages\.json: not valid JSON"):
        load_corpus(copy)


def test_check_command_exits_non_zero_naming_file_and_passage(
    copy: Path, corpus: Corpus, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["corpus", "check", "--corpus", str(DEFAULT_CORPUS_DIR)]) == 0
    assert "corpus OK" in capsys.readouterr().out
    victim = corpus.passages[3].id
    _tamper(copy, victim, via="ghost")
    assert main(["corpus", "check", "--corpus", str(copy)]) == 1
    assert f"passages.json: passage {victim}: via ghost is not in speakers.toml" in (
        capsys.readouterr().err
    )


def test_export_prints_one_json_line_per_passage(
    corpus: Corpus, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["corpus", "export"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(corpus.passages)
    records = [json.loads(line) for line in lines]
    fields = {"id", "kind", "speaker", "work", "date", "page", "via", "topics", "text"}
    assert fields | {"source_file", "start", "end"} <= set(records[0])
    webbs = next(r for r in records if r["text"].startswith("When hearings are held"))
    assert webbs["via"] == "webbs" and webbs["kind"] == "quotation"
    source = Path(DEFAULT_CORPUS_DIR).parent / webbs["source_file"]
    assert source.exists() and webbs["source_file"].startswith("corpus/sources/")


def test_every_topic_has_both_essays_positions(corpus: Corpus) -> None:
    """The two seed essays state a position on most topics (a reading added later may
    speak to none of them)."""
    seeds = {"rule-2001", "oipfg-1974"}
    compared = [t for t in corpus.topics.values() if seeds <= set(t.positions)]
    assert len(compared) >= 6
    for topic in compared:
        for source_id, ids in topic.positions.items():
            assert ids, (topic.id, source_id)
            assert all(topic.id in corpus.by_id[i].topics for i in ids)


def test_a_corrupt_corpus_stops_the_bot_naming_the_file_and_the_passage(
    copy: Path, corpus: Corpus, tmp_path: Path
) -> None:
    victim = quotation(corpus, "Without literacy no politics").id
    _tamper(copy, victim, text="Words Lenin never wrote.")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LECTERN_", "DISCORD_"))}
    env |= {
        "DISCORD_TOKEN": "a-token-that-is-never-sent",
        "LECTERN_CORPUS_DIR": str(copy),
        "LECTERN_DATABASE": str(tmp_path / "lectern.db"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert f"{copy / PASSAGES}: passage {victim}" in result.stderr
    assert "Traceback" not in result.stderr


def test_ingest_writes_a_reviewable_passages_file(tmp_path: Path) -> None:
    essay = tmp_path / "new-essay.txt"
    essay.write_text(
        "A new reading\n\n"
        "Our group read this together and thought about it at some length.\n\n"
        "Lenin wrote: “Better fewer, but better.”\n\n"
        "Someone unknown said: “Words of nobody we have registered.”\n",
        encoding="utf-8",
    )
    status = main(
        [
            "corpus",
            "ingest",
            str(essay),
            "--title",
            "A new reading",
            "--author",
            "Ann Reader",
            "--year",
            "2024",
        ]
    )
    assert status == 0

    review = tomllib.loads((tmp_path / "new-essay.txt.passages.toml").read_text("utf-8"))
    assert review["source"][0]["id"] == "ann-2024"
    assert review["source"][0]["author_speaker"] == "ann-reader"
    by_text = {p["text"]: p for p in review["passage"]}
    assert by_text["Better fewer, but better."]["speaker"] == "lenin"
    assert by_text["Better fewer, but better."]["line"] == 5
    assert by_text["Our group read this together and thought about it at some length."]["kind"] == (
        "commentary"
    )


def test_a_corpus_folder_under_another_name_loads(tmp_path: Path, corpus: Corpus) -> None:
    renamed = tmp_path / "our-readings"
    shutil.copytree(DEFAULT_CORPUS_DIR, renamed)
    assert [p.text for p in load_corpus(renamed).passages] == [p.text for p in corpus.passages]


def test_a_stray_straight_quote_mark_does_not_stop_the_extractor() -> None:
    names = Names(
        [Speaker(id="hale", name="Tomas Hale", aliases=("Hale",)), Speaker(id="me", name="Me")], []
    )
    essay = (
        'Notes\n\nHale said: "The canal was dug by hand over three long winters." '
        'The 12" pipe came later.\n\nOur own view is plain here.\n'
    )
    drafts = extract_essay(essay, title="Notes", author_speaker="me", names=names)
    assert [(d.kind, d.speaker, d.text) for d in drafts] == [
        ("heading", "me", "Notes"),
        ("quotation", "hale", "The canal was dug by hand over three long winters."),
        ("commentary", "me", 'The 12" pipe came later.'),
        ("commentary", "me", "Our own view is plain here."),
    ]


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        (
            'kind = "poem"',
            r"fix #\d+: kind must be one of quotation, commentary, heading, front-matter",
        ),
        (
            'text = "no such words"\nmeant = "none"',
            r"sic #\d+: text 'no such words' must stand once, with `meant`",
        ),
    ],
)
def test_a_wrong_reviewed_correction_is_refused_naming_it(copy: Path, entry, problem) -> None:
    table = "fix" if entry.startswith("kind") else "sic"
    with (copy / "overrides.toml").open("a", encoding="utf-8") as handle:
        handle.write(
            f'\n[[{table}]]\nsource = "rule-2001"\nopening = "Without literacy no politics"\n'
            f"{entry}\n"
        )
    with pytest.raises(CorpusError) as refused:
        build_passages(copy)
    assert re.search(problem, str(refused.value)), str(refused.value)


def test_a_reviewed_join_makes_two_pieces_one_passage_keeping_the_words_between(
    copy: Path, corpus: Corpus
) -> None:
    first = quotation(corpus, "It seems to you that there will not be a")
    last = quotation(corpus, "Never in the history of the world has")
    assert last.insertions  # the later piece has the essay author's note in it
    with (copy / "overrides.toml").open("a", encoding="utf-8") as handle:
        handle.write(
            '\n[[join]]\nsource = "rule-2001"\nopening = "It seems to you that there will not be a"'
            '\nlast = "Never in the history of the world has"\n'
        )
    passages, _report = build_passages(copy)
    between = corpus.source_texts[first.source][first.end : last.start]
    [joined] = [p for p in passages if p.text.startswith(first.text[:40])]
    assert joined.text == first.text + between + last.text
    assert (joined.start, joined.end) == (first.start, last.end)
    shift = len(first.text) + len(between)
    assert joined.insertions == tuple((a + shift, b + shift) for a, b in last.insertions)
    assert joined.inserted_by == last.inserted_by
    assert not any(p.text.startswith(last.text[:40]) for p in passages)
