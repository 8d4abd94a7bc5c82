"""``lectern corpus build``'s reviewed corrections and echoes (bot/core/extract/build.py's
doc): an entry names the quotation it means even where other passages open with the same
words, a wrong entry is refused naming its table and number, and a phrase the essay quotes
again takes the attribution of the quotation where those words first stand."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest

from bot.core.corpus import CorpusError
from bot.core.extract.build import OVERRIDES, apply_overrides, build_passages, resolve_echoes
from bot.core.extract.essay import Draft, extract_essay
from bot.core.extract.names import Names
from bot.core.models import Speaker, Work
from bot.settings import DEFAULT_CORPUS_DIR


def names() -> Names:
    """The registries, made in each test (so a test run sees every name matched)."""
    return Names(
        [
            Speaker(id="hale", name="Tomas Hale", aliases=("Hale",)),
            Speaker(id="marsh", name="Ines Marsh", aliases=("Marsh",)),
            Speaker(id="me", name="Lena Reader"),
        ],
        [
            Work(id="minutes", title="Minutes of the Lock Company", author="hale"),
            Work(id="ledger", title="Ledger of the Upper Lock", author="hale"),
        ],
    )


def read(essay: str) -> list[Draft]:
    return extract_essay(
        "Lock notes\n\n" + essay, title="Lock notes", author_speaker="me", names=names()
    )


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS_DIR, target)
    return target


def entries(corpus: Path, table: str) -> int:
    """How many entries of ``table`` the corpus's overrides file holds."""
    with (corpus / OVERRIDES).open("rb") as handle:
        return len(tomllib.load(handle).get(table, []))


def add_override(corpus: Path, entry: str) -> None:
    with (corpus / OVERRIDES).open("a", encoding="utf-8") as handle:
        handle.write("\n" + entry + "\n")


def test_a_fix_names_the_quotation_even_where_a_paragraph_opens_with_its_words():
    essay = (
        "Hale wrote: “Every keeper shall keep a ledger.”\n\n"
        "Every keeper shall keep a ledger, he insisted, and most of them did so for years.\n"
    )
    drafts = read(essay)
    sources = ["lock"] * len(drafts)
    fix = {"source": "lock", "opening": "Every keeper shall", "date": "1921", "reason": "x"}
    apply_overrides(drafts, sources, {"fix": [fix]}, Path(OVERRIDES), {"lock": essay})
    dated = [(d.kind, d.date) for d in drafts if d.text.startswith("Every keeper")]
    assert dated == [("quotation", "1921"), ("commentary", None)]


def test_a_fix_changes_the_passage_of_the_source_it_names_only():
    essay = "Hale wrote: “Every keeper shall keep a ledger.”\n"
    first, second = read(essay), read(essay)
    drafts = first + second
    sources = ["first"] * len(first) + ["second"] * len(second)
    fix = {"source": "second", "opening": "Every keeper", "page": "12", "reason": "x"}
    texts = {"first": essay, "second": essay}
    apply_overrides(drafts, sources, {"fix": [fix]}, Path(OVERRIDES), texts)
    pages = [(s, d.page) for s, d in zip(sources, drafts, strict=True) if d.kind == "quotation"]
    assert pages == [("first", None), ("second", "12")]


def test_a_drop_removes_the_passage_and_the_build_counts_every_entry(copy: Path) -> None:
    before = {p.text for p in build_passages(copy)[0]}
    opening = "Without literacy no politics"
    assert any(text.startswith(opening) for text in before)
    add_override(copy, f'[[drop]]\nsource = "rule-2001"\nopening = "{opening}"\nreason = "a test"')
    add_override(
        copy,
        '[[join]]\nsource = "rule-2001"\nopening = "It seems to you that there will not be a"'
        '\nlast = "Never in the history of the world has"\nreason = "a test"',
    )
    tables = ("join", "fix", "drop", "nested", "sic")
    passages, report = build_passages(copy)
    assert not any(p.text.startswith(opening) for p in passages)
    assert report.overrides_applied == sum(entries(copy, table) for table in tables)


@pytest.mark.parametrize(
    ("table", "entry", "problem"),
    [
        (
            "fix",
            'opening = "No essay has these words"\ndate = "1900"',
            "opening 'No essay has these words' matches 0 passages",
        ),
        (
            "nested",
            'within = "Without literacy no politics"\ntext = "no such words"\nspeaker = "lenin"',
            "text 'no such words' must stand once in its quotation",
        ),
        (
            "sic",
            'opening = "Without literacy no politics"\ntext = "no such words"\nmeant = "x"',
            "text 'no such words' must stand once, with `meant`",
        ),
    ],
)
def test_a_wrong_entry_is_refused_naming_its_table_and_number(
    copy: Path, table: str, entry: str, problem: str
) -> None:
    number = entries(copy, table) + 1  # the entry added last
    add_override(copy, f'[[{table}]]\nsource = "rule-2001"\nreason = "a test"\n{entry}')
    with pytest.raises(CorpusError) as refused:
        build_passages(copy)
    expected = f"{copy / OVERRIDES}: {table} #{number}: {problem}"
    assert expected in str(refused.value), str(refused.value)
    assert re.search(rf"{table} #{number}:", str(refused.value))


def test_words_quoted_again_with_their_full_stop_are_the_first_speakers_via_the_relayer():
    """Marsh's words in Hale's minutes, quoted again in a sentence naming Hale: Marsh's, via
    Hale, even with the full stop inside the quote marks."""
    drafts = read(
        "Hale quoted Marsh: “The fight for the lock is absolutely essential to the village.”\n\n"
        "Years later Hale still called that fight “absolutely essential.” The keepers agreed "
        "with him at once.\n"
    )
    resolve_echoes(drafts, ["lock"] * len(drafts))
    quotes = [(d.text, d.speaker, d.via) for d in drafts if d.kind == "quotation"]
    assert quotes == [
        ("The fight for the lock is absolutely essential to the village.", "marsh", "hale"),
        ("absolutely essential.", "marsh", "hale"),
    ]


def test_words_quoted_again_with_a_citation_of_their_own_keep_it():
    drafts = read(
        "Hale wrote in the Minutes of the Lock Company: “We must atone for the sins of the "
        "past before the spring.”\n\n"
        "He wrote of “the sins of the past” once more; the village did not forget. "
        "(Ledger of the Upper Lock, 1931, p9)\n"
    )
    resolve_echoes(drafts, ["lock"] * len(drafts))
    quotes = [(d.text, d.speaker, d.work, d.page) for d in drafts if d.kind == "quotation"]
    assert quotes[-1] == ("the sins of the past", "hale", "ledger", "9")


def test_a_nested_quotation_may_open_with_the_quoting_speakers_words():
    """ "said he, ‘the lock …’": the narration at the very start is Hale's, the rest Marsh's."""
    essay = "Hale wrote: “Said he, the lock will hold through the winter floods.”\n"
    drafts = read(essay)
    sources = ["lock"] * len(drafts)
    nested = {
        "source": "lock",
        "within": "Said he",
        "text": "Said he, the lock will hold",
        "speaker": "marsh",
        "narration": ["Said he,"],
        "reason": "x",
    }
    texts = {"lock": "Lock notes\n\n" + essay}  # what read() reads
    apply_overrides(drafts, sources, {"nested": [nested]}, Path(OVERRIDES), texts)
    [inner] = [d for d in drafts if d.speaker == "marsh"]
    assert (inner.via, inner.insertions, inner.inserted_by) == ("hale", [(0, 8)], ["hale"])


def test_an_id_from_the_previous_build_is_kept(copy: Path) -> None:
    """passages.json says which id each passage has; a rebuild keeps it, even one that is not
    what a build from scratch would give."""
    shipped = (copy / "passages.json").read_text(encoding="utf-8")
    passages, _ = build_passages(copy)
    old = passages[0].id
    renamed = f"{old[0]}-zz9q"
    assert renamed not in shipped
    (copy / "passages.json").write_text(shipped.replace(f'"{old}"', f'"{renamed}"'), "utf-8")
    rebuilt, _ = build_passages(copy)
    assert rebuilt[0].id == renamed
    assert [p.id for p in rebuilt[1:]] == [p.id for p in passages[1:]]
