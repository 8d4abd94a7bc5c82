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
