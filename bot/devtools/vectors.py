"""Write a corpus folder's ``vectors.npz``: its passages' window vectors, so search starts at
once instead of embedding every passage (about 10 s of CPU for the shipped corpus).

    python -m bot.devtools.vectors [CORPUS_DIR]     # default: the repository's corpus/

Run it after the passages change (``lectern corpus build``); ``tests/core/test_semantic.py``
fails while the shipped corpus's file misses a window. A stale or missing file is never wrong,
only slow: search embeds whatever the file does not hold when its index is built. Windows the
file lacks are embedded by the model's own graph (``load_precise_encoder``), not the bot's
faster compact one: stored vectors are made once and read for good.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.core.corpus import load_corpus
from bot.core.semantic import VECTORS_FILE, load_precise_encoder, save_vectors
from bot.settings import DEFAULT_CORPUS_DIR


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else DEFAULT_CORPUS_DIR
    corpus = load_corpus(folder)
    encoder = load_precise_encoder()
    if encoder is None:
        print("the sentence encoder is not installed (make setup installs it)", file=sys.stderr)
        return 1
    written = save_vectors(folder / VECTORS_FILE, (p.text for p in corpus.passages), encoder)
    print(f"{folder / VECTORS_FILE}: {written} window vectors")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
