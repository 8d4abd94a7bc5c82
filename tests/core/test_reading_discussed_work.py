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
