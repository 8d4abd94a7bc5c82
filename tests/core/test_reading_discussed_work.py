"""A document about one work makes that work the default source (subject23): a reader of a
review, a study guide, a commentary on a report or a reading group's notes on one novel first
finds the work under discussion in the head of the text, then takes a bare page after the
words as that work's page. Its author speaks the work's own words; its characters speak their
lines in it (a play's, a novel's); anyone else it prints (a diary, a letter, a witness) speaks
through its author. Words cited to another titled work, or with no page, keep what their own
sentence says. Invented sentences: a county history's review, a radio play's listening notes,
a canal report's commentary, a libretto, a gardening manual, a hospital inquiry."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages
from bot.core.extract.reading.blocks import _blocks
from bot.core.extract.reading.discussed import read_discussed_work


def _quotations(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="Club Secretary") if p.kind == "quotation"]


def _attributions(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(q.speaker_name, q.work_title, q.page, q.via_name) for q in _quotations(text)]


_REVIEW_HEAD = (
    "# New books\n\n"
    "**Fields of Flint: A History of Haddow Parish.** By Imogen Strood. Norwich: Wensum "
    "Press, 2024. xiv + 288 pp. £25.\n\n"
    "*Reviewed by Peter Quayle*\n\n"
)


def test_the_head_of_a_review_names_the_work_under_discussion_and_its_author():
    discussed = read_discussed_work(_blocks(_REVIEW_HEAD + "The book is long.\n"))
    assert discussed is not None
    assert (discussed.title, discussed.author, discussed.fiction) == (
        "Fields of Flint: A History of Haddow Parish",
        "Imogen Strood",
        False,
    )


def test_a_body_that_issued_a_report_is_the_author_its_description_names():
    head = (
        "*Still Water: The Future of the Brede Navigation.* HC 412. Inland Waterways Board. "
        "London: The Stationery Office, June 2025. 120 pp.\n\n"
        "Our comments follow the report's order.\n"
    )
    discussed = read_discussed_work(_blocks(head))
    assert discussed is not None
    assert discussed.author == "Inland Waterways Board"


def test_a_play_or_a_novel_named_in_the_head_is_a_work_of_characters():
    head = (
        "## *Salt in the Wires* by Tomos Prydderch: listening notes\n\n"
        "A radio play in three parts, first broadcast in 1971.\n"
    )
    discussed = read_discussed_work(_blocks(head))
    assert discussed is not None
    assert (discussed.title, discussed.author, discussed.fiction) == (
        "Salt in the Wires",
        "Tomos Prydderch",
        True,
    )


def test_a_text_that_quotes_before_naming_any_work_discusses_none():
    text = (
        '"We shall not be moved," the strikers sang.\n\n'
        "*Fields of Flint.* By Imogen Strood. Norwich: Wensum Press, 2024. 288 pp.\n"
    )
    assert read_discussed_work(_blocks(text)) is None


def test_a_byline_in_italics_is_no_work():
    text = "*By Harriet Vell, for the Courier*\n\nThe fair opened on Saturday.\n"
    assert read_discussed_work(_blocks(text)) is None


def test_a_bare_page_is_the_discussed_works_and_its_author_speaks_her_own_words():
    text = _REVIEW_HEAD + (
        "Strood is good on the enclosure of the common. The old field names, she says, were "
        '"the only map the village ever needed" (41).\n'
    )
    assert _attributions(text) == [
        ("Imogen Strood", "Fields of Flint: A History of Haddow Parish", "41", None)
    ]


def test_the_works_own_words_with_nobody_named_are_its_authors():
    text = _REVIEW_HEAD + (
        'There are slips. The mill was not "burnt to the ground in 1812" (97), and the map '
        "on the endpapers has north at the bottom.\n"
    )
    [quotation] = _quotations(text)
    assert (quotation.speaker_name, quotation.work_title, quotation.page) == (
        "Imogen Strood",
        "Fields of Flint: A History of Haddow Parish",
        "97",
    )
    assert quotation.doubt is not None  # a speaker inferred, for the moderator to check


def test_someone_the_work_prints_speaks_through_its_author():
    text = _REVIEW_HEAD + (
        "The best pages use the diary of the curate, Josiah Pell, which Strood found in a "
        'cupboard of the vestry. Pell thought the new hedges "a wall built to keep the poor '
        'from the blackberries" (63).\n'
    )
    assert _attributions(text) == [("Josiah Pell", None, "63", "Imogen Strood")]


def test_a_lead_in_naming_another_titled_work_cites_that_work():
    text = _REVIEW_HEAD + (
        "The older account is Canon Albert Rudd's *Haddow in Olden Days* (1899), which "
        'claims the church "was never once robbed" (p. 12).\n'
    )
    [(speaker, _work, page, via)] = _attributions(text)
    assert via is None
    assert page == "12"
    assert speaker != "Imogen Strood"


def test_characters_of_a_discussed_play_speak_their_lines_in_it():
    text = (
        "# *Salt in the Wires* by Tomos Prydderch: listening notes\n\n"
        "Prydderch wrote the play for radio in 1971. Page numbers refer to the printed script "
        "(Gwasg Teifi, 1972).\n\n"
        "The lineman, Dai Morgan, is the play's conscience. Up the pole in the storm he tells "
        'the exchange: "If I come down now, the whole valley goes deaf till Tuesday" (22).\n'
    )
    assert _attributions(text) == [("Dai Morgan", "Salt in the Wires", "22", None)]


def test_a_stage_direction_is_the_playwrights():
    text = (
        "# *Salt in the Wires* by Tomos Prydderch: listening notes\n\n"
        "A radio play in three parts, first broadcast in 1971.\n\n"
        'The last direction of the script is short: "Wind. Then nothing." (58)\n'
    )
    assert _attributions(text) == [("Tomos Prydderch", "Salt in the Wires", "58", None)]


def test_a_foreword_by_someone_else_is_part_of_the_work():
    text = (
        "*Still Water: The Future of the Brede Navigation.* HC 412. Inland Waterways Board. "
        "London: The Stationery Office, June 2025. 120 pp.\n\n"
        "The report has a foreword by its chair, Dame Alice Rennard. The canal, she "
        'writes, "has been waiting for this report since the last barge left" (iii).\n\n'
        'The Board itself concludes that the locks "can be restored within a decade" (88).\n'
    )
    assert _attributions(text) == [
        ("Alice Rennard", "Still Water: The Future of the Brede Navigation", "iii", None),
        ("Inland Waterways Board", "Still Water: The Future of the Brede Navigation", "88", None),
    ]


def test_words_without_a_page_in_a_review_keep_their_own_source():
    text = _REVIEW_HEAD + (
        "Strood told the Eastern Daily Press last spring that she had written the book "
        '"for the people who still walk the footpaths".\n'
    )
    [(speaker, work, page, _via)] = _attributions(text)
    assert speaker == "Imogen Strood"
    assert work != "Fields of Flint: A History of Haddow Parish"
    assert page is None


def test_a_text_about_no_one_work_keeps_a_bare_page_without_a_work():
    text = (
        "The parish has had many historians. Canon Rudd thought the church "
        '"never once robbed" (12), and Imogen Strood thinks otherwise.\n'
    )
    [quotation] = _quotations(text)
    assert quotation.work_title is None


def test_what_the_author_quotes_in_her_work_is_not_her_own_words():
    text = _REVIEW_HEAD + (
        "Strood reprints in full the notice the vestry nailed to the church door in 1797:\n\n"
        "> No person shall glean in the Glebe Field before the last load is carried, on pain "
        "of the stocks. (112)\n"
    )
    [quotation] = _quotations(text)
    assert quotation.speaker_name != "Imogen Strood"
    assert quotation.work_title is None
    assert (quotation.page, quotation.via_name) == ("112", "Imogen Strood")


def test_a_said_clause_between_two_runs_of_a_characters_words_keeps_the_character():
    text = (
        "# *Salt in the Wires* by Tomos Prydderch: listening notes\n\n"
        "A radio play in three parts, first broadcast in 1971.\n\n"
        'Megan Morgan will not let her brother climb. "Not tonight, Dai," she says. "The pole '
        'is older than both of us" (31).\n'
    )
    assert _attributions(text) == [
        ("Megan Morgan", "Salt in the Wires", "31", None),
        ("Megan Morgan", "Salt in the Wires", "31", None),
    ]


def test_a_document_a_play_prints_as_its_epigraph_is_relayed_by_the_playwright():
    text = (
        "# *Salt in the Wires* by Tomos Prydderch: listening notes\n\n"
        "A radio play in three parts, first broadcast in 1971.\n\n"
        "The printed script has as its epigraph a line from the Post Office Engineering "
        'Union\'s rule book: "No member shall climb alone after dark" (v).\n'
    )
    [(speaker, work, page, via)] = _attributions(text)
    assert (work, page, via) == (None, "v", "Tomos Prydderch")
    assert speaker != "Tomos Prydderch"


def test_someone_named_in_apposition_is_not_given_the_works_own_voice():
    text = (
        "*Still Water: The Future of the Brede Navigation.* HC 412. Inland Waterways Board. "
        "London: The Stationery Office, June 2025. 120 pp.\n\n"
        "The lock-keeper at Rye Harbour, Walter Dunning, has a page to himself: "
        '"Nobody asked the eels" (47).\n'
    )
    [quotation] = _quotations(text)
    assert quotation.speaker_name != "Inland Waterways Board"
    assert quotation.work_title is None


def test_the_readings_own_title_and_byline_name_no_work_under_discussion():
    text = (
        "# *The Drowned Lanes of Haddow* by Club Secretary\n\n"
        "Haddow's lanes flood every winter. The old carrier remembered them "
        '"under water to the horse\'s knees" (12).\n'
    )
    [quotation] = _quotations(text)
    assert quotation.work_title is None
    assert quotation.via_name is None


def test_a_head_that_says_whose_pages_its_numbers_are_names_the_work_in_its_own_sentence():
    text = (
        "Notes for the Thursday group\n\n"
        "This term we read *Lantern Street*, Ellen Vane's first novel, set in a Sheffield "
        "cutlery works in 1952. Page numbers are those of the Virago paperback.\n\n"
        "The forewoman, Dot Askew, rules the buffing shop. She warns the new girl on her "
        'first morning: "Keep your hair tied and your mouth shut, and you\'ll keep both" (18).\n'
    )
    discussed = read_discussed_work(_blocks(text))
    assert discussed is not None
    assert (discussed.title, discussed.author, discussed.fiction) == (
        "Lantern Street",
        "Ellen Vane",
        True,
    )
    assert _attributions(text) == [("Dot Askew", "Lantern Street", "18", None)]


def test_a_title_in_quote_marks_in_a_plain_head_is_the_work_its_page_numbers_are_of():
    text = (
        'Our reading this month was "A Ledger of Gulls" by Amos Threlkeld, a memoir of the '
        "Farne lighthouses. Numbers in brackets are pages of the 1987 reprint.\n\n"
        'Threlkeld is at his best on the winter of 1947, when the relief boat "could not '
        'land for thirty-one days and the tinned milk ran out on the twentieth" (112).\n'
    )
    discussed = read_discussed_work(_blocks(text))
    assert discussed is not None
    assert (discussed.title, discussed.author, discussed.fiction) == (
        "A Ledger of Gulls",
        "Amos Threlkeld",
        False,
    )
    assert _attributions(text) == [("Amos Threlkeld", "A Ledger of Gulls", "112", None)]


def test_a_head_that_only_mentions_a_title_names_no_work():
    # (a head saying the group read it does: "This term we read *Lantern Street*", guides25,
    # tests/core/test_reading_guides.py)
    text = (
        "We argued about whether *Lantern Street* is better than her first book.\n\n"
        'Dot Askew tells the new girl to "keep your hair tied" (18).\n'
    )
    assert read_discussed_work(_blocks(text)) is None


def test_the_works_own_words_named_by_the_work_itself_carry_no_doubt():
    text = _REVIEW_HEAD + (
        'The book opens with a warning: "Nothing in this parish is as old as it claims to '
        'be" (1). There are slips, too: the mill did not "burn down in 1812" (97).\n'
    )
    opening, slip = _quotations(text)
    assert (opening.speaker_name, opening.work_title, opening.doubt) == (
        "Imogen Strood",
        "Fields of Flint: A History of Haddow Parish",
        None,
    )
    assert slip.speaker_name == "Imogen Strood"
    assert slip.doubt is not None  # nothing but the page says whose the words are


def test_a_headline_a_review_mentions_is_a_title_not_a_quotation():
    text = _REVIEW_HEAD + (
        "When the mill closed, the Gazette ran a headline, “The Last Sack Is Filled,” that "
        "Strood borrows for her epilogue, and it is apt.\n"
    )
    assert _quotations(text) == []


_FORM_HEAD = (
    "ASSESSOR'S NOTE\n\n"
    'Typescript: "Gorse in the Gutter", a collection of stories by Lenka Mraz\n'
    "Assessor: Hal Benbow\n\n"
    "Page references throughout are to the typescript as submitted.\n\n"
)


def test_a_forms_field_names_the_work_in_quote_marks_and_its_title_is_no_quotation():
    discussed = read_discussed_work(_blocks(_FORM_HEAD))
    assert discussed is not None
    assert (discussed.title, discussed.author, discussed.fiction) == (
        "Gorse in the Gutter",
        "Lenka Mraz",
        True,
    )
    text = _FORM_HEAD + (
        "The title story is the strongest. Its narrator, a boy called Milan Hruby, sums up "
        'his street in one line: "Nobody here owns a garden, but everybody owns a fence" (12).\n'
    )
    assert _attributions(text) == [("Milan Hruby", "Gorse in the Gutter", "12", None)]


def test_a_pronoun_after_a_sentence_the_author_opens_is_the_author_not_a_name_inside_it():
    text = _REVIEW_HEAD + (
        "Strood starts with the common, where Ruth Pell kept geese until 1811. She "
        'is good on the geese: "No bird in Norfolk was ever so well fed on so little" (22).\n'
    )
    assert _attributions(text) == [
        ("Imogen Strood", "Fields of Flint: A History of Haddow Parish", "22", None)
    ]


def test_a_title_on_its_own_line_with_its_author_on_the_next_names_the_work():
    head = (
        "Reviews\n\n"
        "*The Slate Roads of Ffestiniog*\n\n"
        "By Gwilym Rees-Parry. Bangor: Cwm Press, 2023. 206 pp.\n\n"
        "This is a short book about a long subject.\n"
    )
    discussed = read_discussed_work(_blocks(head))
    assert discussed is not None
    assert (discussed.title, discussed.author) == (
        "The Slate Roads of Ffestiniog",
        "Gwilym Rees-Parry",
    )


def test_a_page_in_square_brackets_no_note_claims_is_the_discussed_works():
    text = _REVIEW_HEAD + (
        'Strood is sure that the mill "never once paid a dividend to anyone in the parish" '
        '[14]. The vestry fares worse: "They met to disagree and adjourned to drink" [p. 70].\n'
    )
    assert _attributions(text) == [
        ("Imogen Strood", "Fields of Flint: A History of Haddow Parish", "14", None),
        ("Imogen Strood", "Fields of Flint: A History of Haddow Parish", "70", None),
    ]


def test_a_square_bracketed_number_that_calls_a_note_keeps_the_notes_citation():
    text = _REVIEW_HEAD + (
        'The older view was that the mill "paid well until the railway came" [1].\n\n'
        "Notes\n\n"
        "[1] Albert Rudd, *Haddow in Olden Days* (Norwich, 1899), p. 40.\n"
    )
    [quotation] = _quotations(text)
    assert (quotation.speaker_name, quotation.page, quotation.via_name) == (
        "Albert Rudd",
        "40",
        None,
    )


def test_the_office_of_a_forewords_writer_named_later_is_that_writer_in_the_work():
    text = (
        "*Still Water: The Future of the Brede Navigation.* HC 412. Inland Waterways Board. "
        "London: The Stationery Office, June 2025. 120 pp.\n\n"
        "The report has a foreword by the Minister for Inland Waterways, Tobias Vell, who "
        "opened the Rye lock in 2019.\n\n"
        "The Board's own chapters are cautious. In the Minister's closing words, however, "
        '"a canal that is not used is only a long pond with a history" (vi).\n'
    )
    assert _attributions(text) == [
        ("Tobias Vell", "Still Water: The Future of the Brede Navigation", "vi", None)
    ]


def test_a_statement_that_brackets_point_to_several_sources_names_no_one_work():
    text = (
        "The quarrel over the Haddow lych-gate was fought in the *Eastern Courier* and the "
        "vestry book. References in brackets are to the papers and records listed at the end.\n"
    )
    assert read_discussed_work(_blocks(text)) is None


def test_a_play_the_first_entries_of_a_rehearsal_log_speak_of_is_a_work_of_characters():
    head = (
        "Wherry Players: *The Lock at Horning* by Ruth Adair. Prompt book notes\n\n"
        "Week one\n\n"
        "Read-through. The director reminded us that this is a play about patience, not "
        "about boats.\n"
    )
    discussed = read_discussed_work(_blocks(head))
    assert discussed is not None
    assert (discussed.title, discussed.author, discussed.fiction) == (
        "The Lock at Horning",
        "Ruth Adair",
        True,
    )
