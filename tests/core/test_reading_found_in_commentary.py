"""Quotations and places first missed in blind18 (seen text, post18q), on invented sentences."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def _quotations(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="Inspector Vane") if p.kind == "quotation"]


def test_a_decimal_paragraph_number_is_kept_whole_not_cut_at_its_point() -> None:
    text = (
        "Decision on the Orchard Row appeal\n\n"
        "The council's heritage witness, Petra Doyle, put it without hedging: "
        "“the orchard wall is the last piece of the old boundary and should stand where it "
        "is”.[1]\n\n"
        "Notes\n\n"
        "[1] CD4.7, Proof of Evidence of Petra Doyle (Heritage), para. 7.24.\n"
    )
    (quotation,) = _quotations(text)
    assert quotation.text.startswith("the orchard wall is the last piece")
    assert quotation.page == "para. 7.24"


def test_an_indented_initials_line_under_field_notes_is_their_citation_not_their_words() -> None:
    text = (
        "The Kirby bird\n\n"
        "The finder's notes describe the first view:\n\n"
        "    Came in low over the reeds and dropped into the ditch, and I had it in the scope "
        "for a full minute before it walked out of sight behind the sluice gate.\n"
        "    (PQW)\n\n"
        "No second observer saw it.\n"
    )
    (quotation,) = _quotations(text)
    assert quotation.text.endswith("behind the sluice gate.")
    assert "PQW" not in quotation.text
