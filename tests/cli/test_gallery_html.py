"""How the gallery draws what Lectern sends (``make gallery``): close enough to Discord that
looking at the pictures tells what a member sees."""

from bot.devtools.gallery.html import Shot, markdown, shot_html


def test_a_block_quote_ends_at_the_first_line_without_its_mark():
    drawn = markdown("> We read slowly.\n**Odile Brandt** (new)")
    assert drawn.index("</blockquote>") < drawn.index("<strong>Odile Brandt</strong>")


def test_the_blank_line_after_a_note_line_shows():
    drawn = markdown("> q\n-# [the timetable]: N. Garrow's words\n\n**10.** Quotation")
    assert (
        '<div class="subtext">[the timetable]: N. Garrow\'s words</div><div class="gap">' in drawn
    )


def test_an_opened_menu_shows_each_option_with_its_description_escaped():
    menu = {
        "type": 3,
        "placeholder": "Correct a passage",
        "options": [
            {"label": "3. Odile <b>Brandt</b>: We read", "value": "a-3", "description": "line 3"},
            {"label": "5. no speaker given: No lamp", "value": "a-5"},
        ],
    }
    drawn = shot_html(Shot({"menu": menu}))
    assert "Correct a passage" in drawn
    assert "3. Odile &lt;b&gt;Brandt&lt;/b&gt;: We read<small>line 3</small>" in drawn
    assert "5. no speaker given: No lamp" in drawn


def test_autocomplete_shows_the_bots_choices_above_what_was_typed():
    typed = {"option": "speaker", "typed": "tre", "choices": [{"name": "Amos Trelawney"}]}
    drawn = shot_html(Shot({"autocomplete": typed}))
    assert drawn.index("Amos Trelawney") < drawn.index("<b>speaker:</b> tre")
    empty = shot_html(Shot({"autocomplete": {"option": "speaker", "typed": "zz", "choices": []}}))
    assert "No options match your search" in empty
