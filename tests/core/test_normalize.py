import random

import pytest

from bot.core.normalize import normalize, tokens_with_offsets, words


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("organisation", "organization"),
        ("Organisations", "organizations"),
        ("realise", "realize"),
        ("realised", "realized"),
        ("criticise", "criticize"),
        ("criticising", "criticizing"),
        ("analyse", "analyze"),
        ("labour", "labor"),
        ("honourable", "honorable"),
        ("behaviour", "behavior"),
        ("favourite", "favorite"),
        ("centre", "center"),
        ("theatres", "theaters"),
        ("travelled", "traveled"),
        ("catalogue", "catalog"),
        ("defence", "defense"),
        ("programme", "program"),
        ("whilst", "while"),
    ],
)
def test_british_and_american_spellings_normalise_alike(british, american):
    assert normalize(british) == normalize(american)


@pytest.mark.parametrize("word", ["our", "four", "hour", "your", "size", "rise", "genre"])
def test_short_words_are_not_mangled_into_each_other(word):
    assert normalize(word) == word


def test_case_diacritics_quotes_dashes_and_whitespace_do_not_matter():
    fancy = "\u201cNa\u00efve  \u00c9lan\u201d \u2014 Lenin\u2019s\u00a0view\u2026 OK"
    plain = '"naive elan" - Lenins view... ok'
    assert normalize(fancy) == normalize(plain) == "naive elan lenins view ok"


def test_distinct_words_stay_distinct():
    assert normalize("the state") != normalize("the estate")
    assert normalize("labour") != normalize("labourer")


def test_token_offsets_point_into_the_original_text():
    text = "\u2018Bureaucracy\u2019 is the torment of nearly all organisations \u2013 na\u00efvely."
    tokens = tokens_with_offsets(text)
    assert [t.norm for t in tokens] == words(text)
    assert [text[t.start : t.end] for t in tokens][:2] == ["Bureaucracy", "is"]
    assert text[tokens[-1].start : tokens[-1].end] == "na\u00efvely"


@pytest.mark.parametrize(
    "text",
    [
        "Lenin\u2018s bureau\u00adcracy",
        "\u00e6sthetic \ufb01ght",
        "e\u0301lan",
        "",
        "\u2026\u2014",
        "x_y 3.5",
    ],
)
def test_token_offsets_agree_with_words_on_odd_unicode(text):
    assert [t.norm for t in tokens_with_offsets(text)] == words(text)


def test_token_offsets_agree_with_words_on_random_text():
    rng = random.Random(11)
    pool = "ab Zé'’‘`-–—…_. 9\u00ad\u00e6\u0301\"“”\n"
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        tokens = tokens_with_offsets(text)
        assert [t.norm for t in tokens] == words(text), repr(text)
        assert all(0 <= t.start < t.end <= len(text) for t in tokens)
