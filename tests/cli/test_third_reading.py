"""Adding a valid reading to ``corpus/`` keeps the tests green: in a temporary copy of the
checkout, a third reading is added by the README's reviewed path ("Adding a reading to the
corpus": ingest, register its speakers, add its source, build, refresh the vectors, check),
then every test module that reads the shipped corpus runs against that corpus and passes. A
test that counted the shipped sources or passages, or listed every source, would fail here."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core import semantic
from tests.fixtures.processes import clean_environment

pytestmark = pytest.mark.slow

CHECKOUT = Path(__file__).parents[2]
# Test modules that read the shipped corpus (through these fixtures or its folder).
READS_SHIPPED = ("shipped_corpus", "shipped_index", "DEFAULT_CORPUS_DIR")

# A reading of our own, in the plain-text form the README's step 1 keeps byte for byte.
THIRD = """The Allotment Ledger

The ledger of the Corran Street allotments was kept for forty years by whoever held the shed
key. Its first keeper, Edith Varley, set down the rule that every later keeper copied out:
“A plot left empty for a season goes to the next name on the list, however long the
waiting.”

Not everyone agreed. The retired signalman Arthur Dunmore wrote to the committee in 1962:
“An empty plot is a resting plot; the soil keeps its own accounts.”

This essay reads the ledger as the committee's argument with itself, carried on in the margins
for four decades.
"""


def corpus_test_modules(tests: Path) -> list[str]:
    """The core and rendering test modules that read the shipped corpus."""
    found = []
    for folder in ("core", "cogs"):
        for module in sorted((tests / folder).glob("test_*.py")):
            if any(name in module.read_text("utf-8") for name in READS_SHIPPED):
                found.append(str(module.relative_to(tests.parent)))
    return found


def run(checkout: Path, *args: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` in the copy, importing the copy's ``bot`` and ``tests``."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=checkout,
        env=clean_environment(PYTHONPATH=str(checkout)),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_a_third_reading_added_to_the_corpus_keeps_the_corpus_tests_green(tmp_path):
    checkout = tmp_path / "checkout"
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache")
    for folder in ("bot", "corpus", "tests"):
        shutil.copytree(CHECKOUT / folder, checkout / folder, ignore=skip)
    shutil.copy(CHECKOUT / "pyproject.toml", checkout / "pyproject.toml")
    corpus = checkout / "corpus"

    # 1-2. the text into sources/, verbatim; ingest proposes its passages, changing nothing
    source = corpus / "sources" / "marsh-2025-allotment-ledger.txt"
    source.write_text(THIRD, encoding="utf-8")
    proposed = run(checkout, "-m", "bot", "ingest", str(source), "--author", "Ruth Marsh", "--json")
    assert proposed.returncode == 0, proposed.stderr
    records = [json.loads(line) for line in proposed.stdout.splitlines()]
    new = {r["new_speaker"]["id"]: r["new_speaker"]["name"] for r in records if "new_speaker" in r}
    assert new == {"edith-varley": "Edith Varley", "arthur-dunmore": "Arthur Dunmore"}
    # 3-4. register them and the author, add the [[source]], build
    with (corpus / "speakers.toml").open("a", encoding="utf-8") as registry:
        for speaker_id, name in [*sorted(new.items()), ("ruth-marsh", "Ruth Marsh")]:
            registry.write(f'\n[[speaker]]\nid = "{speaker_id}"\nname = "{name}"\n')
    with (corpus / "manifest.toml").open("a", encoding="utf-8") as manifest:
        manifest.write(
            '\n[[source]]\nid = "marsh-2025"\n'
            'file = "corpus/sources/marsh-2025-allotment-ledger.txt"\n'
            'title = "The Allotment Ledger"\nauthor = "Ruth Marsh"\n'
            'author_speaker = "ruth-marsh"\nyear = 2025\ncontext = "An essay on a ledger."\n'
        )
    built = run(checkout, "-m", "bot", "corpus", "build")
    assert built.returncode == 0, built.stderr
    if semantic.load_encoder() is not None:  # the sentence vectors of the new passages
        vectors = run(checkout, "-m", "bot.devtools.vectors")
        assert vectors.returncode == 0, vectors.stderr
    checked = run(checkout, "-m", "bot", "corpus", "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    searched = run(checkout, "-m", "bot", "search", "a resting plot", "--json")
    best = json.loads(searched.stdout)[0]
    assert (best["source"], best["speaker"]) == ("marsh-2025", "arthur-dunmore")

    modules = corpus_test_modules(checkout / "tests")
    assert (
        "tests/core/test_corpus.py" in modules and "tests/core/test_extraction_gold.py" in modules
    )
    tested = run(checkout, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *modules)
    assert tested.returncode == 0, tested.stdout[-3000:] + tested.stderr[-2000:]
