"""The records a reading is proposed as (what ``lectern ingest`` writes and a server's
librarian reviews): passages with their speakers and works, and a registry entry proposed for
each name not registered yet, on an invented essay."""

import re

from bot.core.extract.ingest import entry_slug, propose_records
from bot.core.extract.names import Names
from bot.core.models import Speaker

ESSAY = (
    "Notes on the mill\n\n"
    "At the meeting Tomas Hale said: \u201cThe canal was dug by hand over three long winters, "
    "and every family sent one worker.\u201d (Tomas Hale, Canal Minutes, 1921, p. 4)\n\n"
    "I think he was right about the families.\n"
)


def records(names: Names, namespace: str | None = None) -> list[dict[str, object]]:
    return propose_records(
        ESSAY,
        names,
        file_name="mill.txt",
        title="Notes on the mill",
        author="Lena Reader",
        year=2021,
        namespace=namespace,
    )


def test_a_new_speaker_and_work_are_proposed_with_the_quotation():
    [quotation] = [r for r in records(Names([], [])) if r["kind"] == "quotation"]
    assert (quotation["speaker"], quotation["work"], quotation["date"], quotation["page"]) == (
        "tomas-hale",
        "canal-minutes",
        "1921",
        "4",
    )
    assert quotation["topics"] == []
    assert quotation["new_speaker"] == {"id": "tomas-hale", "name": "Tomas Hale", "unnamed": False}
    assert quotation["new_work"] == {
        "id": "canal-minutes",
        "title": "Canal Minutes",
        "author": "tomas-hale",
    }
    assert quotation["source"] == "lena-2021"


def test_the_essay_authors_own_words_are_theirs_and_propose_nothing():
    own = [r for r in records(Names([], [])) if r["kind"] != "quotation"]
    assert own and all(r["speaker"] == "lena-reader" for r in own)
    assert not any("new_speaker" in r or "new_work" in r for r in own)


def test_a_registered_speaker_is_used_not_proposed_again():
    hale = Speaker(id="hale", name="Tomas Hale", aliases=("Hale",))
    [quotation] = [r for r in records(Names([hale], [])) if r["kind"] == "quotation"]
    assert quotation["speaker"] == "hale" and "new_speaker" not in quotation
    assert quotation["new_work"] == {
        "id": "canal-minutes",
        "title": "Canal Minutes",
        "author": "hale",
    }


def test_a_servers_reading_prefixes_every_id_it_proposes():
    found = records(Names([], []), namespace="g42")
    assert all(str(r["id"]).startswith("g42-") and r["source"] == "g42" for r in found)
    [quotation] = [r for r in found if r["kind"] == "quotation"]
    assert quotation["new_speaker"]["id"] == quotation["speaker"] == "g42-tomas-hale"
    assert quotation["new_work"]["id"] == "g42-canal-minutes"


def test_an_entry_id_is_the_names_words_or_a_short_hash_of_a_name_without_latin_letters():
    assert entry_slug("Tomas Hale") == "tomas-hale"
    assert entry_slug("A" * 60) == "a" * 40
    mao, mao_cyrillic = entry_slug("\u6bdb\u6cfd\u4e1c"), entry_slug("\u041c\u0430\u043e")
    assert re.fullmatch(r"n[a-z2-7]{7}", mao) and re.fullmatch(r"n[a-z2-7]{7}", mao_cyrillic)
    assert mao != mao_cyrillic
    assert entry_slug(" \u6bdb\u6cfd\u4e1c ") == mao  # the same name, the same id
