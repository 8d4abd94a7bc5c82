"""``lectern ingest``: proposed passages as JSON Lines, polite refusals with the README's exit
statuses, nothing changed; and the reviewed path that adds a third reading to a corpus."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from bot.cli._common import EXIT_FAILED, EXIT_USAGE
from bot.settings import DEFAULT_CORPUS_DIR
from tests.fixtures.processes import lectern_main, run_lectern
from tests.fixtures.readings import READINGS, blank_pdf

EXPORT_FIELDS = {
    "id", "kind", "speaker", "work", "date", "page", "via", "topics", "text", "source",
    "source_file", "start", "end", "insertions", "sic", "note",
}  # fmt: skip


def fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def corpus_copy(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "library" / "corpus"
    shutil.copytree(DEFAULT_CORPUS_DIR, folder)
    monkeypatch.setenv("LECTERN_CORPUS_DIR", str(folder))
    return folder


def test_ingest_json_prints_each_proposed_passage_and_changes_nothing(corpus_copy, capsys):
    before = fingerprint(corpus_copy)
    essay = READINGS / "lending-shelf.md"
    status, out, err = lectern_main(
        capsys, "ingest", str(essay), "--title", "The Lending Shelf", "--author", "Mara Quill",
        "--year", "2024", "--json",
    )  # fmt: skip
    assert (status, err) == (0, "")
    records = [json.loads(line) for line in out.splitlines()]
    assert all(record.keys() >= EXPORT_FIELDS for record in records)
    quotations = [r for r in records if r["kind"] == "quotation"]
    renn = next(r for r in quotations if r["text"].startswith("The shelf belongs"))
    assert (renn["speaker_name"], renn["work_title"], renn["page"]) == (
        "Tobias Renn", "Letter to the District Council", "4",
    )  # fmt: skip
    assert renn["new_speaker"]["id"] == "tobias-renn"
    assert renn["source_file"] == "lending-shelf.md"
    assert fingerprint(corpus_copy) == before
    assert not list(READINGS.glob("*.passages.toml"))


def test_ingest_without_json_prints_a_review_line_per_quotation(corpus_copy, capsys):
    status, out, _ = lectern_main(capsys, "ingest", str(READINGS / "lending-shelf.md"))
    assert status == 0
    assert "Tobias Renn (new) (Letter to the District Council, p. 4): “The shelf belongs" in out


def test_ingest_says_which_attributions_are_guesses(corpus_copy, tmp_path, capsys):
    essay = tmp_path / "keepers.md"
    essay.write_text(
        "As Hester Vane wrote in *Lamps of the Firth*: “The oil came late every winter, and "
        "we burned candles until it did.”\n\n"
        "The light was rebuilt twice, once after a storm and once after a fire in the lamp "
        "room.\n\n"
        "“Nobody thanks a lamp for burning,” she wrote.\n",
        encoding="utf-8",
    )
    status, out, _ = lectern_main(capsys, "ingest", str(essay), "--json")
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    doubts = {r["text"][:10]: r["doubt"] for r in records if r["kind"] == "quotation"}
    assert doubts["The oil ca"] is None  # the lead-in names her
    assert "earlier paragraph" in doubts["Nobody tha"]  # "she", two paragraphs on
    status, out, _ = lectern_main(capsys, "ingest", str(essay))
    lines = out.splitlines()
    guessed = next(n for n, line in enumerate(lines) if "“Nobody thanks" in line)
    assert lines[guessed + 1].startswith("  check: ‘she’ taken as Hester Vane")
    assert not any(line.startswith("  check:") for line in lines[:guessed])


@pytest.mark.parametrize(
    ("name", "content", "status", "says"),
    [
        ("missing.md", None, EXIT_USAGE, "no such file"),
        ("essay.odt", b"x", EXIT_USAGE, "cannot read .odt"),
        ("page.html", b"<p>Hi</p><script>x()</script>", EXIT_USAGE, "never runs or keeps"),
        ("broken.pdf", b"%PDF-1.4 nonsense", EXIT_USAGE, "damaged"),
        ("plain.txt", b"Nobody is quoted here at all.", EXIT_FAILED, "no quotations found"),
    ],
)
def test_bad_files_get_one_polite_line_and_a_documented_status(
    corpus_copy, tmp_path, capsys, name, content, status, says
):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, out, err = lectern_main(capsys, "ingest", str(path), "--json")
    assert code == status
    assert out == ""
    assert err.startswith(f"lectern: cannot ingest {name}: ") and says in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_damaged_pdf_in_a_terminal_gets_lectern_s_one_line_and_nothing_else(tmp_path):
    """In its own process (no test logging set up), as an operator runs it."""
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj <<< garbage")
    done = run_lectern("ingest", str(broken), "--json", cwd=tmp_path)
    assert done.returncode == EXIT_USAGE
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "lectern: cannot ingest broken.pdf: the PDF is damaged and cannot be read"
    ]


def test_a_scanned_pdf_is_refused(corpus_copy, tmp_path, capsys):
    code, _, err = lectern_main(capsys, "ingest", str(blank_pdf(tmp_path / "scan.pdf")))
    assert code == EXIT_USAGE and "no text layer" in err and "OCR" in err


THIRD = """A Third Reading

The keeper Ada Merrow wrote plainly: “A book that never leaves the house is a book that
has stopped working.”

This essay is a short test of the reviewed path, and it says little else of its own.
"""


def test_a_third_reading_added_by_the_reviewed_path_builds_checks_and_is_found(corpus_copy, capsys):
    # 1-2: the text goes into sources/ verbatim, and ingest proposes its passages
    source = corpus_copy / "sources" / "quill-2024-third-reading.txt"
    source.write_text(THIRD, encoding="utf-8")
    status, out, _ = lectern_main(
        capsys, "ingest", str(source), "--author", "Mara Quill", "--year", "2024", "--json"
    )
    assert status == 0
    proposed = [json.loads(line) for line in out.splitlines()]
    new_speakers = {
        r["new_speaker"]["id"]: r["new_speaker"] for r in proposed if "new_speaker" in r
    }
    assert set(new_speakers) == {"ada-merrow"}
    # 3-4: register the new speaker and the author, add the [[source]] entry, build
    with (corpus_copy / "speakers.toml").open("a", encoding="utf-8") as registry:
        registry.write(
            '\n[[speaker]]\nid = "ada-merrow"\nname = "Ada Merrow"\naliases = ["Merrow"]\n'
            '\n[[speaker]]\nid = "mara-quill"\nname = "Mara Quill"\n'
        )
    with (corpus_copy / "manifest.toml").open("a", encoding="utf-8") as manifest:
        manifest.write(
            '\n[[source]]\nid = "quill-2024"\n'
            'file = "corpus/sources/quill-2024-third-reading.txt"\n'
            'title = "A Third Reading"\nauthor = "Mara Quill"\nauthor_speaker = "mara-quill"\n'
            'year = 2024\ncontext = "A test essay."\n'
        )
    status, out, err = lectern_main(capsys, "corpus", "build")
    assert status == 0, err
    status, out, err = lectern_main(capsys, "corpus", "check")
    assert (status, err) == (0, ""), err
    assert "corpus OK" in out
    status, out, _ = lectern_main(capsys, "search", "never leaves the house", "--json")
    assert status == 0
    best = json.loads(out)[0]
    assert (best["source"], best["speaker"], best["kind"]) == (
        "quill-2024",
        "ada-merrow",
        "quotation",
    )


def test_ingest_text_prints_what_lectern_would_store(corpus_copy, tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text("<h1>T</h1><p>She said “one two three four”.</p>", encoding="utf-8")
    status, out, _ = lectern_main(capsys, "ingest", str(page), "--text")
    assert (status, out) == (0, "T\n\nShe said “one two three four”.\n")
