import io
import json

import pytest

from bot.cli import retrieval as cli
from bot.core.search import SearchIndex
from tests.fixtures.allotment import allotment_corpus
from tests.fixtures.processes import lectern_main

EXPORTED = {
    "id", "kind", "speaker", "work", "date", "page", "via", "topics", "text",
    "source", "source_file", "start", "end",
}  # fmt: skip


@pytest.fixture(autouse=True)
def serve_the_sample_corpus(monkeypatch, sample_index):
    monkeypatch.setattr(cli, "load_index", lambda corpus_dir: sample_index)


def run(capsys, *argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return lectern_main(capsys, *argv)


def test_search_json_hits_carry_exported_fields_and_score(capsys):
    status, out, _ = run(capsys, "search", "worst enemies of our progress", "--json")
    assert status == 0
    hits = json.loads(out)
    assert hits[0]["id"] == "rule-stalin-enemies"
    assert EXPORTED | {"score"} <= set(hits[0])
    assert hits[0]["speaker"] == "stalin"
    assert hits[0]["source_file"] == "corpus/sources/rule-2001.txt"
    assert 0 < hits[0]["score"] <= 100


def test_search_filters_and_limit(capsys):
    _, out, _ = run(capsys, "search", "bureaucracy", "--speaker", "Lenin", "--limit", "1", "--json")
    hits = json.loads(out)
    assert len(hits) == 1 and hits[0]["speaker"] == "lenin"
    _, out, _ = run(capsys, "search", "literacy", "--topic", "Literacy and culture", "--json")
    hits = json.loads(out)
    assert hits and all("literacy" in h["topics"] for h in hits)
    status, _, err = run(capsys, "search", "bureaucracy", "--topic", "trotsky")
    assert status == 2 and "trotsky" in err


def test_search_unknown_speaker_is_a_clear_error(capsys):
    status, _, err = run(capsys, "search", "bureaucracy", "--speaker", "Churchill")
    assert status == 2
    assert "Churchill" in err


def test_search_text_output(capsys):
    status, out, _ = run(capsys, "search", "without literacy no politics")
    assert status == 0
    assert out.startswith("1. [")
    assert "V. I. Lenin" in out


def test_search_batch_mode_one_json_line_per_query(capsys, monkeypatch):
    queries = "worst enemies of our progress\n\nwithout literacy no politics\n"
    status, out, _ = run(capsys, "search", "--json", "-", stdin=queries, monkeypatch=monkeypatch)
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 3
    results = [json.loads(line) for line in lines]
    assert results[0][0]["id"] == "rule-stalin-enemies"
    assert len(results[1]) > 0  # an empty query lists passages
    assert results[2][0]["id"] == "rule-lenin-literacy"


def test_verify_json_shape(capsys):
    status, out, _ = run(
        capsys,
        "verify",
        "Bureaucracy is one of the worst enemies of our progress \u2014 Lenin",
        "--json",
    )
    assert status == 0
    result = json.loads(out)
    assert {"verdict", "passage", "claimed_speaker", "attribution", "differences"} <= set(result)
    assert result["verdict"] == "exact"
    assert result["passage"]["id"] == "rule-stalin-enemies"
    assert set(result["passage"]) >= EXPORTED
    assert (result["claimed_speaker"], result["attribution"], result["true_speaker"]) == (
        "Lenin",
        "wrong",
        "stalin",
    )
    assert result["differences"] == []


def test_verify_batch_mode(capsys, monkeypatch):
    lines = (
        "The communist bureacrat is the most dangerous kind of bureaucrat.\n"
        "Religion is the opium of the people.\n"
        "\n"
    )
    status, out, _ = run(capsys, "verify", "--json", "-", stdin=lines, monkeypatch=monkeypatch)
    assert status == 0
    close, missing, empty = (json.loads(line) for line in out.splitlines())
    assert close["verdict"] == "close"
    assert {"kind": "changed", "quoted": "kind", "source": "type"} in close["differences"]
    assert missing["verdict"] == "not_found" and missing["passage"] is None
    assert "error" in empty


def test_verify_text_output_names_the_true_speaker(capsys):
    _, out, _ = run(capsys, "verify", "Stalin said: without literacy no politics")
    assert out.startswith("Real words, wrong speaker: V. I. Lenin, not Stalin\n")
    assert "these are the words of V. I. Lenin, not Stalin" in out
    _, out, _ = run(capsys, "verify", "Religion is the opium of the people")
    assert out.startswith("Not in the corpus")
    assert "(not a match)" in out


def test_verify_text_output_marks_the_changed_words_in_the_source_sentence(capsys):
    _, out, _ = run(
        capsys, "verify", "The communist bureaucrat is the most harmful kind of bureaucrat."
    )
    assert out.startswith("Close to a real quotation (2 words differ): the words of J. V. Stalin")
    assert "the most [-harmful kind-]{+dangerous type+} of bureaucrat" in out


def test_compare_topic_json_and_text(capsys):
    _, out, _ = run(capsys, "compare", "bureaucracy", "--json")
    result = json.loads(out)
    assert [(p["source"], [x["id"] for x in p["passages"]]) for p in result["positions"]] == [
        ("rule-2001", ["rule-martens"]),
        ("oipfg-1974", ["oipfg-accountable"]),
    ]
    _, out, _ = run(capsys, "compare", "bureaucracy")
    assert "Carlos Rule" in out and "[oipfg-accountable]" in out


def test_compare_speakers(capsys):
    _, out, _ = run(
        capsys, "compare", "bureaucracy", "--speaker", "Lenin", "--speaker", "Stalin", "--json"
    )
    result = json.loads(out)
    assert [s["speaker"] for s in result["speakers"]] == ["lenin", "stalin"]
    assert all(h["speaker"] == "stalin" for h in result["speakers"][1]["hits"])


def test_compare_unknown_topic(capsys):
    status, _, err = run(capsys, "compare", "trotsky")
    assert status == 2
    assert "no topic" in err


def test_search_says_whose_highlighted_words_in_brackets_are(capsys, monkeypatch):
    reading = SearchIndex(allotment_corpus())
    monkeypatch.setattr(cli, "load_index", lambda corpus_dir: reading)
    _, out, _ = run(capsys, "search", "the rule the society later forgot")
    assert "The highlighted words in [brackets] are Ada Reader's, not Jan Kowal's." in out
    _, out, _ = run(capsys, "search", "hides its accounts")
    assert "highlighted words in [brackets]" not in out


def test_verify_shows_the_words_read_as_the_members_framing(capsys):
    _, out, _ = run(capsys, "verify", "Stalin said: without literacy no politics, as I remember it")
    assert out.splitlines()[1] == (
        "   Read as your framing, not checked: "
        "\u201cStalin said\u201d and \u201cas I remember it\u201d"
    )
    _, out, _ = run(capsys, "verify", "--json", "Stalin said: without literacy no politics")
    assert json.loads(out)["framing"] == ["Stalin said"]
