"""A label the layout gives some words names whose they are, and a body speaks by its
documents (frames26). Invented documents: a water company's public inquiry summary, a village
hall's open-day cards, a rugby club's centenary booklet, a canal society's newsletter, a
residents' association's flyer, a harbour board's annual review."""

from __future__ import annotations

from bot.core.extract.formats import html_reading, html_to_text
from bot.core.extract.reading import Proposal, propose_passages
from bot.core.extract.reading.signatures import read_signature
from bot.core.extract.reading.talks import talk_heading


def _quotations(text: str, author: str = "Hall Committee") -> list[Proposal]:
    return [p for p in propose_passages(text, author=author) if p.kind == "quotation"]


def _who(text: str) -> list[tuple[str | None, bool, str | None, str | None]]:
    return [(q.speaker_name, q.unnamed, q.work_title, q.page) for q in _quotations(text)]


# -- a <summary> is the label of what its <details> holds --------------------------------------


def test_a_summary_is_a_line_of_its_own_and_a_heading_in_the_marked_text():
    page = (
        "<html><body><p>What each sitting heard.</p>"
        "<details><summary>Sitting 2 (Friday 3 May): Ellen Marsh, reservoir keeper</summary>"
        "<p>She spoke for an hour.</p></details></body></html>"
    )
    assert "Sitting 2 (Friday 3 May): Ellen Marsh, reservoir keeper\n\nShe spoke" in html_to_text(
        page
    )
    marked = html_reading(page)
    assert "# Sitting 2 (Friday 3 May)" in marked.marked
    assert "# Sitting" not in marked.plain


def test_a_sittings_label_with_its_day_in_brackets_names_the_one_who_gave_evidence():
    assert talk_heading("Hearing 4 (Tuesday 9 June): Dr Colm Byrne, ecologist")
    heard = talk_heading("Evening 3 (2 March): Nia Rees, hydrologist, Cardiff University")
    assert heard is not None and heard.speakers == ("Nia Rees",) and heard.title is None
    # where she works is no title and no second speaker
    trust = talk_heading("Day 2 (Sunday): Omar Haddad, Severn Rivers Trust")
    assert trust is not None and trust.speakers == ("Omar Haddad",) and trust.title is None
    firm = talk_heading("Visit 1 (5 May): Ruth Acton, surveyor, Acton Hale Partners")
    assert firm is not None and firm.speakers == ("Ruth Acton",)
    # a group only described names no one
    assert talk_heading("Meeting 5 (8 May): anglers and walkers from the upper valley") is None


def test_the_words_in_a_collapsed_section_are_the_witness_its_summary_names():
    page = (
        "<html><body><h2>What the inquiry heard</h2>"
        "<details><summary>Sitting 1 (Monday 2 June): Dr Ellen Marsh, reservoir engineer, "
        "Pennine Water</summary><p>She showed the spillway drawings. When a farmer asked "
        "whether the dam could fail, she replied:</p><blockquote><p>Dams do not fail on a "
        "Tuesday afternoon. They fail after forty years of nobody paying for the paint."
        "</p></blockquote></details>"
        "<details><summary>Sitting 2 (Tuesday 3 June): Tomas Lind, Calder Anglers Club"
        "</summary><p>Mr Lind brought a map.</p></details></body></html>"
    )
    marked = html_reading(page)
    found = [
        (q.speaker_name, q.work_title)
        for q in propose_passages(marked.marked, author="Inquiry Secretariat")
        if q.kind == "quotation"
    ]
    assert found == [("Ellen Marsh", None)]


def test_one_who_asked_is_not_the_one_who_replied():
    text = (
        "Ruth Acton opened the evening with the surveys. When a visitor asked whether the "
        "old mill could be saved, she replied: “Saving it is cheap. Keeping it saved is "
        "what costs.” Nobody argued."
    )
    assert _who(text) == [("Ruth Acton", False, None, None)]


# -- a card signed under the words -------------------------------------------------------------


def test_a_first_name_with_a_street_a_village_or_an_age_signs_a_card():
    for line, signer in (
        ("— Glenys, Chapel Row", "Glenys"),
        ("— Aziz, Wetherby", "Aziz"),
        ("— Marcus, age 12", "Marcus"),
        ("— Bronwen, aged 70", "Bronwen"),
        ("– Stan, Low Moor End", "Stan"),
    ):
        signature = read_signature(line)
        assert signature is not None and signature.signer == signer and not signature.cited
    # an author's surname before a title is a citation, not a resident
    assert read_signature("— Hardy, Far from the Madding Crowd") is None
    assert read_signature("— Bennett, Clayhanger", ["Arnold Bennett"]) is None


def test_a_residents_box_signed_by_first_name_and_street_has_no_work():
    text = (
        "The hall needs a new roof, and we asked users what it means to them.\n\n"
        "    We had our wedding tea here in 1971 and my granddaughter's last month. Fix the "
        "roof.\n\n"
        "    — Glenys, Chapel Row\n\n"
        "The committee meets on Thursday.\n"
    )
    assert _who(text) == [("Glenys", False, None, None)]


def test_cards_set_one_under_another_are_each_their_signers():
    text = (
        "# What visitors wrote\n\n"
        "> The scrum machine in the car park is older than my dad and still winning.\n>\n"
        "> — A supporter from Otley\n\n"
        "> I played my first game here in 1958 and my last in 1979. Same mud.\n>\n"
        "> — Derek, Burley Road\n\n"
        "> Best Sunday morning in the valley. We come for the bacon rolls.\n>\n"
        "> — Anya, aged 9\n"
    )
    assert _who(text) == [
        ("A supporter from Otley", True, None, None),
        ("Derek", False, None, None),
        ("Anya", False, None, None),
    ]


# -- a body speaks by its documents ------------------------------------------------------------


def test_its_motion_or_resolution_is_the_body_the_sentence_before_names_after_its_opening():
    text = (
        "After the dry summer of 2022, when the reservoir fell to a third, Calderdale Water "
        "Forum agreed to hold an inquiry. Its resolution of 4 March 2023 asked the panel “what "
        "the valley should give up so that its taps keep running”. The panel met in June.\n"
    )
    assert _who(text) == [("Calderdale Water Forum", False, None, None)]


def test_a_bodys_minute_or_report_by_its_kind_or_after_of_is_the_bodys():
    text = (
        "Saltaire Canal Society was founded in 1961, and Bramley Rugby Club soon after. "
        "The canal society’s minute of 7 May 1962 reads: “Resolved that the towpath be "
        "walked by members every Sunday until it is clear.” The annual report of the Bramley "
        "Rugby Club for 1963 said that “the pitch is now a pond with posts in it”. The minute "
        "book of the Shipley Ladies’ Guild records that members agreed “to lend the rugby club "
        "its urn for one more season”.\n"
    )
    assert [q[0] for q in _who(text)] == [
        "Saltaire Canal Society",
        "Bramley Rugby Club",
        "Shipley Ladies’ Guild",
    ]


def test_a_meetings_minute_with_no_owner_is_the_body_the_paragraph_named():
    text = (
        "In 1921 she founded the Thornton Bellringers’ Association, with her brother as its "
        "treasurer. The minute of the first meeting records the rule “that no ringer shall "
        "ring after a second pint”. It was broken within the year.\n"
    )
    assert _who(text) == [("Thornton Bellringers’ Association", False, None, None)]


def test_a_titled_report_that_warned_is_the_work_of_the_body_that_published_it():
    text = (
        "The board’s *Harbour Walls Condition Review* (2021), which Whitby Harbour Board "
        "published before the storms, had already warned that “the east pier will not see "
        "out another decade without new stone” (p. 12). Nobody read it.\n"
    )
    assert _who(text) == [("Whitby Harbour Board", False, "Harbour Walls Condition Review", "12")]


def test_a_note_naming_a_body_a_title_and_a_page_gives_the_body_and_its_document():
    text = (
        "The council's own plan admits that the route is “used mainly by pupils and "
        "pensioners”.[1] We agree.\n\n"
        "Notes\n\n"
        "1. Kirklees Council, Rural Bus Review 2025, p. 31.\n"
    )
    assert _who(text) == [("Kirklees Council", False, "Rural Bus Review 2025", "31")]


def test_her_letter_promising_is_hers_and_a_group_that_made_the_point_is_a_body():
    text = (
        "Councillor Amira Shah wrote to every resident on 2 May. Her letter promised that the "
        "council would “publish every objection in full, and answer each one in writing”. "
        "The Hebble Valley Residents’ Group, in its written response, made the same point: "
        "“An answer nobody can read is no answer.” (R-07)\n"
    )
    assert [q[0] for q in _who(text)] == ["Amira Shah", "Hebble Valley Residents’ Group"]
