"""A quotation printed across several lines of a PDF is found whole (slides26, session 26).

A slide deck exported page by page sets most paragraphs on one line; an indented quotation
that wraps stays one paragraph and one quotation. Quotations set apart one under another, each
in its own marks, are quotations apart: one followed by its reference's number ("“…” [2]") is
sourced by that reference, and a credit line set under the next is the next one's only."""

from __future__ import annotations

from bot.core.extract.formats import read_reading
from bot.core.extract.reading.reader import _keyed_quotation
from tests.fixtures.readings import make_paged_pdf, quotations

_DECK = (
    "<b>The Harwick Mill fire</b>\n\n"
    "Ruth Okafor\n\n"
    "Weavers' Heritage Trust · 2 May 2026\n"
    "\\f\n"
    "<b>The night of the fire</b>\n\n"
    "• The fire began in the carding room at about ten\n\n"
    "• Forty-one hands were on the night shift\n\n"
    "    “The smoke came down the stairwell like water, and we went out by the loading door "
    "with our shawls over our mouths and never once looked back at the looms.”\n\n"
    "    — Agnes Pryor, <i>A Weaver Remembers</i> (1958), p. 27\n\n"
    "• Nobody died; the mill never reopened\n"
    "\\f\n"
    "<b>What the owners and the inspector said</b>\n\n"
    "    “The loss is total, and the insurance will not cover a third of it, whatever the "
    "papers may have printed.” [2]\n\n"
    "    “The doors of the carding room opened inward and were found bolted from the yard "
    "side on the night in question.”\n\n"
    "    — Factory Inspectorate, <i>Report for the Year 1904</i>, p. 58\n"
    "\\f\n"
    "<b>Sources</b>\n\n"
    "[1] Agnes Pryor, <i>A Weaver Remembers</i>, Halifax, 1958.\n\n"
    "[2] Harwick Spinning Company, <i>Minutes of the Board</i>, 1904, p. 12.\n"
)


def _deck(tmp_path):
    pdf = make_paged_pdf(tmp_path / "deck.pdf", _DECK, "The Harwick Mill fire · 2 May 2026")
    return read_reading(pdf).text


def test_an_indented_quotation_wrapping_on_a_slide_stays_one_paragraph(tmp_path):
    paragraphs = [" ".join(p.split()) for p in _deck(tmp_path).split("\n\n")]
    assert (
        "“The smoke came down the stairwell like water, and we went out by the loading door "
        "with our shawls over our mouths and never once looked back at the looms.”"
    ) in paragraphs
    assert "• Forty-one hands were on the night shift" in paragraphs
    assert any(
        p.startswith("“The loss is total,") and p.endswith("printed.” [2]") for p in paragraphs
    )


def test_quotations_apart_on_a_slide_are_each_found_whole_and_sourced(tmp_path):
    found = {" ".join(p.text.split()): p for p in quotations(_deck(tmp_path), "Ruth Okafor")}
    smoke = next(p for t, p in found.items() if t.startswith("The smoke came down"))
    assert smoke.text.endswith("looked back at the looms.")
    assert (smoke.speaker_name, smoke.page) == ("Agnes Pryor", "27")
    loss = next(p for t, p in found.items() if t.startswith("The loss is total"))
    assert loss.text.endswith("may have printed.")
    assert (loss.speaker_name, loss.page) == ("Harwick Spinning Company", "12")
    doors = next(p for t, p in found.items() if t.startswith("The doors of the carding"))
    assert doors.text.endswith("on the night in question.")
    assert (doors.speaker_name, doors.page) == ("Factory Inspectorate", "58")


def test_a_quotation_keyed_to_its_reference_is_not_the_credit_lines_below():
    text = (
        "The survey's two findings, as printed:\n\n"
        "    “Nine wells in ten were fouled by the tannery.” [4]\n\n"
        "    “The parish has no other water within two miles.”\n\n"
        "    — Rural Sanitary Authority, *Annual Return* (1877), p. 9\n\n"
        "Sources\n\n"
        "[4] Thomas Bewley, *A Parish Physician's Notebook*, 1880, p. 31.\n"
    )
    found = {p.text: p for p in quotations(text, "Mary Hale")}
    wells = found["Nine wells in ten were fouled by the tannery."]
    assert (wells.speaker_name, wells.page) == ("Thomas Bewley", "31")
    water = found["The parish has no other water within two miles."]
    assert (water.speaker_name, water.work_title, water.page) == (
        "Rural Sanitary Authority",
        "Annual Return",
        "9",
    )


def test_a_keyed_quotation_is_one_quoted_apart_with_its_number_after_it():
    assert _keyed_quotation("    “Nine wells in ten were fouled.” [4]")
    assert _keyed_quotation("“Nine wells in ten were fouled.” [1, p. 203]")
    assert _keyed_quotation("“Nine wells in ten were fouled.”²")
    assert not _keyed_quotation("“Nine wells in ten were fouled.”")
    assert not _keyed_quotation("He said “nine wells” were fouled [4]")
    assert not _keyed_quotation("“Nine wells,” he wrote, “were fouled.” [4]")
