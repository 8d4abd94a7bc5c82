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


def test_a_locator_that_is_no_page_is_kept_with_its_label():
    text = (
        "The sexton, Amos Reede, kept the burial register. “Buried in the rain, as they all "
        "are,” he wrote.¹ The printer Jonas Hale set a warning on the title leaf: “Read it "
        "twice, or not at all.”² Mercy Dunn, interviewed in old age, was sure of one thing: "
        "“The river took more than the plague did.”³ The vestry clerk, Abel Fry, noted the "
        "price: “Two shillings for the bell rope.”⁴ The poet Ann Grove put it in verse: "
        "“The mill wheel turns, the miller sleeps.”⁵ The society's report, by Paul Nye, is "
        "plain: “Nothing was mended that year.”⁶\n\n"
        "Notes\n\n"
        "¹ Amos Reede, burial register, fol. 12r.\n"
        "² Jonas Hale, The Printer's Warning (Norwich, 1701), sig. A2.\n"
        "³ Mercy Dunn, interviewed by the author, 3 May 1990, recording, 01:02:33.\n"
        "⁴ Abel Fry, vestry accounts, col. 4.\n"
        "⁵ Ann Grove, Poems of the Fen (Ely, 1850), ll. 3–5.\n"
        "⁶ Paul Nye, Annual Report of the Fen Society (Ely, 1902), para. 12.\n"
    )
    assert [p.page for p in quoted(text)] == [
        "fol. 12r",
        "sig. A2",
        "01:02:33",
        "col. 4",
        "ll. 3-5",
        "para. 12",
    ]


def test_a_page_with_its_note_keeps_the_note_and_a_box_or_an_article_is_no_page():
    text = (
        "Clara Munt is careful: “the figures are guesses” (Munt 2001, 44n2). The bishop's "
        "rules were strict: “No ale in the vestry” (Diocese of Ely 1702, art. 3). The "
        "keeper Tom Sills wrote that “the lamp never failed” (Sills 1880, box 7).\n\n"
        "## References\n\n"
        "Munt, Clara. 2001. *Counting the Fen*. Ely: Fen Press.\n\n"
        "Diocese of Ely. 1702. *Rules for Vestries*. Ely.\n\n"
        "Sills, Tom. 1880. *Lamp Journal*. Ely.\n"
    )
    assert [p.page for p in quoted(text)] == ["44n2", None, None]


def test_idem_is_the_previous_notes_author_and_loc_cit_the_place_last_cited():
    text = (
        "The carter Eli Voss kept a daybook. “Snow on the hill road,” he wrote.¹ A week later: "
        "“The hill road closed.”² The historian Martha Quill calls the road “a toll on "
        "patience”.³ She adds that “no carter trusted it”.⁴ Later she calls it “the worst "
        "mile in the county”.⁵\n\n"
        "Notes\n\n"
        "¹ Eli Voss, daybook, fol. 3v.\n"
        "² Idem, fol. 4r.\n"
        "³ Martha Quill, Roads of the Wold (York, 1960), p. 12.\n"
        "⁴ Quill, op. cit., p. 19.\n"
        "⁵ Quill, loc. cit.\n"
    )
    assert who(text) == [
        ("Eli Voss", None, "fol. 3v", None),
        ("Eli Voss", None, "fol. 4r", None),
        ("Martha Quill", "Roads of the Wold", "12", None),
        ("Martha Quill", "Roads of the Wold", "19", None),
        ("Martha Quill", "Roads of the Wold", "19", None),
    ]
