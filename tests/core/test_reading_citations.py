"""What a citation, a note, a reference list or a locator decides: the work, the page (or other
locator), the relay, and the speaker when only the citation names them. Each rule on a few
sentences written for it (invented orchards, mills and printers; no essay's wording)."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def quoted(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="The Essayist") if p.kind == "quotation"]


def who(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(speaker, work, page, via) of each quotation."""
    return [(p.speaker_name, p.work_title, p.page, p.via_name) for p in quoted(text)]


def test_markdown_footnotes_written_one_under_another_are_separate_notes():
    text = (
        "Ada Brill kept the mill's books. “The wheel turns whether or not we are paid,” she "
        "wrote.[^1] Her partner, Owen Tate, was blunter: “We are paid in flour.”[^2]\n\n"
        "[^1]: Ada Brill, *The Mill Ledger* (Stroud: Vale Press, 1901), 14.\n"
        "[^2]: Owen Tate, *Letters from the Mill* (Stroud: Vale Press, 1905), 9.\n"
    )
    assert who(text) == [
        ("Ada Brill", "The Mill Ledger", "14", None),
        ("Owen Tate", "Letters from the Mill", "9", None),
    ]


def test_a_pronoun_after_a_name_the_sentence_is_about_is_the_noted_author():
    text = (
        "The printer Hester Vane, whose memoir is our only witness, is hard on Silas Crewe. "
        "“He set type as other men dig ditches,” she writes.[^1]\n\n"
        "[^1]: Hester Vane, *A Life at the Case* (Bath: Avon Press, 1920), 33.\n"
    )
    assert who(text) == [("Hester Vane", "A Life at the Case", "33", None)]
