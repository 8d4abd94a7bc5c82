"""Build hook: the wheel carries the corpus, so an installed ``lectern`` finds it anywhere.

The corpus stays at the top of the repository (``corpus/``, edited and reviewed there); a
wheel build copies it to ``bot/_corpus/``, where ``bot.settings.DEFAULT_CORPUS_DIR`` looks
first. An editable install (``make setup``) reads the checkout's ``corpus/`` directly.
Everything else about the package is declared in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

CORPUS = Path(__file__).resolve().parent / "corpus"


class BuildPyWithCorpus(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "bot" / "_corpus"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(CORPUS, target, ignore=shutil.ignore_patterns("__pycache__", ".*"))


setup(cmdclass={"build_py": BuildPyWithCorpus})
