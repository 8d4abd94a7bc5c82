"""Every quotation a reader sees is found, wherever it stands (nested26; HELDOUT.md "Quotations
wherever the layout or the sentence puts them"): words of one to three words a verb of saying
or writing gives right before them, a block quotation inside a collapsed ``<details>`` or a
table cell, and a block set in by two or three spaces in a text that sets its paragraphs
flush, with a locator in square brackets after it. Each rule on sentences written for it
(invented clubs, councils and diaries; no essay's or probe's wording), and what stays no
quotation beside it."""

from __future__ import annotations

from bot.core.extract.formats import html_reading, html_to_text
from bot.core.extract.reading import Proposal, propose_passages
from bot.core.extract.reading.blocks import _blocks
from bot.core.extract.reading.talks import Talk, talk_heading


def quoted(text: str, author: str = "The Recorder") -> list[Proposal]:
    return [p for p in propose_passages(text, author=author) if p.kind == "quotation"]


def found(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.speaker_name) for p in quoted(text)]


# --- a word or three given as speech ---------------------------------------------------------


def test_a_word_or_three_a_verb_of_writing_gives_is_a_quotation():
    text = (
        "The groundsman, Colin Wetherby, chalked the board after lunch and wrote "
        "\u201cPitch closed\u201d under the fixtures, which settled the argument."
    )
    assert found(text) == [("Pitch closed", "Colin Wetherby")]


def test_a_word_or_three_after_says_only_or_shouted_is_a_quotation():
    text = (
        "Maud Ferrier kept a diary all through the blackout. The entry for the night of the "
        "raid, in her hand, says only \u201cCellar again.\u201d Her brother Cyril Ferrier, out "
        "on the roof, shouted \u201cAll clear!\u201d long before it was."
    )
    assert [w for w, _ in found(text)] == ["Cellar again.", "All clear!"]
    assert found(text)[1][1] == "Cyril Ferrier"


def test_a_word_or_three_after_a_verb_that_names_stays_a_scare_quote():
    text = (
        "The parish council called the new shelter \u201cthe Lantern\u201d, and the "
        "regulars, who are known as \u201cthe early shift\u201d, still call it the hut. "
        "Its clerk, Enid Harwood, described the roof as \u201cprovisional\u201d."
    )
    assert found(text) == []


def test_a_title_or_term_after_a_noun_stays_none():
    text = (
        "The choir sang \u201cAbide with Me\u201d at the opening, and the vicar, Revd Paul "
        "Amery, wrote a note about the word \u201cfellowship\u201d in the parish letter."
    )
    assert found(text) == []


# --- blocks wherever the layout puts them ----------------------------------------------------


def test_a_blockquote_inside_a_collapsed_details_is_set_apart_under_its_summary():
    page = (
        "<html><body><section><p>Open each hearing to read the evidence.</p>"
        "<details><summary>Hearing 2: Mrs Rhoda Kemp, tenant</summary>"
        "<p>Asked about the damp, she said:</p>"
        "<blockquote><p>The wallpaper comes off in sheets every February and nobody "
        "has ever come to look at it.</p></blockquote>"
        "</details></section></body></html>"
    )
    assert html_to_text(page) == (
        "Open each hearing to read the evidence.\n\n"
        "Hearing 2: Mrs Rhoda Kemp, tenant\n\n"
        "Asked about the damp, she said:\n\n"
        "    The wallpaper comes off in sheets every February and nobody has ever come to "
        "look at it.\n"
    )
    # only the extractor sees the summary as the heading of what the <details> holds
    assert "# Hearing 2: Mrs Rhoda Kemp, tenant" in html_reading(page).marked


def test_a_blockquote_in_a_table_cell_is_read_after_its_row_as_a_block():
    page = (
        "<html><body><table><tr><th>Prize</th><th>Winner</th><th>Judge's words</th></tr>"
        "<tr><td>Best marrow</td><td>Len Oddie</td><td><blockquote><p>A marrow of real "
        "character, and not one bruise on it anywhere.</p></blockquote>"
        "<p>\u2014 Avril Stott</p></td></tr></table></body></html>"
    )
    assert html_to_text(page) == (
        "Prize\tWinner\tJudge's words\nBest marrow\tLen Oddie\t\n\n"
        "    A marrow of real character, and not one bruise on it anywhere.\n\n"
        "\u2014 Avril Stott\n"
    )


def test_a_paragraph_set_in_by_three_spaces_among_flush_ones_is_a_block_quotation():
    text = (
        "The ferry company's first timetable survives in the county archive.\n\n"
        "Its notice to passengers was short and, for once, honest:\n\n"
        "   Sailings depend on the weather, the tide and the ferryman, in that order, and "
        "none of the three will be hurried by complaint.\n\n"
        "Nobody has improved on it since.\n"
    )
    assert [b.quote for b in _blocks(text)] == [False, False, True, False]


def test_paragraphs_all_set_in_by_two_spaces_are_the_text_s_own_paragraphs():
    text = (
        "  The ferry company's first timetable survives in the county archive.\n\n"
        "  Its notice to passengers was short and, for once, honest about the weather.\n\n"
        "  Nobody has improved on it since, and nobody has tried very hard.\n"
    )
    assert not any(b.quote for b in _blocks(text))


def test_a_locator_in_square_brackets_after_a_block_cites_it():
    for after in (" [Ferry Minutes, 14]", "\n[Ferry Minutes, 14]", "\n\n[Ferry Minutes, 14]"):
        text = (
            "The board's minute for that winter records its decision:\n\n"
            "    The boat shall not sail when the flag on the church is straight out, "
            "whoever is waiting and whatever they offer." + after + "\n\n"
            "The flag is still there.\n"
        )
        (words,) = quoted(text)
        assert words.text.endswith("whatever they offer.")
        assert words.page == "14"


def test_an_insertion_in_square_brackets_ending_a_block_is_no_locator():
    text = (
        "The keeper's widow wrote to the board:\n\n"
        "    I have the lamp and the log and his coat, and I will bring all three when "
        "the weather lets me [to the office].\n\n"
        "She never did.\n"
    )
    (words,) = quoted(text)
    assert words.text.endswith("[to the office].")
    assert words.page is None


# --- a heading's label with a date in brackets -----------------------------------------------


def test_a_talk_label_with_a_date_in_brackets_names_its_giver_and_no_body_as_title():
    assert talk_heading("Session 4 (Friday 12 June): Dr Nell Adair, Fenland Trust") == Talk(
        ("Nell Adair",), None, False
    )


def test_what_a_text_or_people_say_in_general_and_the_way_to_say_it_stay_none():
    text = (
        "The bylaws never mention boats. Nothing in them says \u201cmooring\u201d, the "
        "old hands say \u201cmind the step\u201d to every visitor, and the warden, Roy "
        "Pitts, taught us the right way to say \u201cgood morning\u201d to the swans."
    )
    assert found(text) == []


def test_a_word_or_three_a_quoted_speaker_repeats_is_part_of_their_words():
    text = (
        "Tilly Boyce, who is seven, explained the pond rules to the inspector: \u201cMr "
        "Grant says \u201cfeet dry\u201d, so we stand on the boards and wave the nets.\u201d"
    )
    assert [w for w, _ in found(text)] == [
        "Mr Grant says \u201cfeet dry\u201d, so we stand on the boards and wave the nets."
    ]


def test_a_place_where_the_speaker_farms_or_lives_is_nobody_else_in_the_lead_in():
    """The doubt that a lead-in names someone besides the speaker counts people, not the
    place a clause says the speaker is at ("who farms at Lower Ashby")."""
    lead = "The tenants met in the chapel. Nell Brady, who farms {} Ashby, spoke first. "
    words = "\u201cWe have never once been asked what we thought about the road.\u201d"
    (at_a_place,) = quoted(lead.format("at Lower") + words)
    (with_a_man,) = quoted(lead.format("with Tom") + words)
    assert (at_a_place.speaker_name, at_a_place.doubt) == ("Nell Brady", None)
    assert with_a_man.doubt == "the lead-in names Nell Brady and also Tom Ashby"
