"""Words signed after them (signed19): a signature under a letter, a tribute, a post, a comment
or a poem names the speaker (a person, a body, an unnamed writer as signed, a handle only when
no name is given); what follows the name is where the signer stands and when they wrote, never
a work or a page; the signature is never part of the words. Invented sentences, in every
format a moderator uploads."""

from __future__ import annotations

from pathlib import Path

from bot.core.extract.formats import read_reading
from bot.core.extract.reading import Proposal, propose_passages
from tests.fixtures.readings import make_epub, make_pdf


def _quotations(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="Page Editor") if p.kind == "quotation"]


def _file_quotations(path: Path) -> list[Proposal]:
    reading = read_reading(path)
    text = reading.marks.marked if reading.marks else reading.text
    return _quotations(text)


def _who(quotation: Proposal) -> tuple[str | None, str | None, str | None, str | None]:
    return (quotation.speaker_name, quotation.work_title, quotation.page, quotation.via_name)


def test_a_letter_closed_with_a_formula_and_an_office_is_the_signers_and_ends_before_them():
    text = (
        "The drainage board's answer came a week later and settled nothing:\n\n"
        "    The Board has considered your request and regrets that the culvert under Fen "
        "Lane cannot be widened this year. It will be inspected again in the spring.\n\n"
        "    Yours truly,\n"
        "    M. A. Crouch\n"
        "    Engineer to the Middle Level Drainage Board\n\n"
        "Nobody at the meeting expected anything else.\n"
    )
    (letter,) = _quotations(text)
    assert letter.text.endswith("It will be inspected again in the spring.")
    assert "Yours truly" not in letter.text and "Crouch" not in letter.text
    assert _who(letter) == ("M. A. Crouch", None, None, None)


def test_a_post_signed_with_name_handle_date_and_time_gives_no_page_and_no_work():
    text = (
        "The first complaint went up before the buses had even left the depot:\n\n"
        "> Number 14 cancelled again. Third time this week and nobody at the depot "
        "answers the phone.\n"
        ">\n"
        "> — Priti Vora ([@pritiv](https://example.social/@pritiv/51)), 9 May 2023, 07:48\n\n"
        "The operator answered within the hour:\n\n"
        "> We are sorry for the disruption to the 14 this morning. A driver shortage has "
        "affected three routes and we expect a full service tomorrow.\n"
        ">\n"
        "> — Wensum Valley Buses (@wvbuses), 9 May 2023, 08:31\n"
    )
    complaint, answer = _quotations(text)
    assert complaint.text.endswith("nobody at the depot answers the phone.")
    assert "@pritiv" not in complaint.text
    assert _who(complaint) == ("Priti Vora", None, None, None)
    assert _who(answer) == ("Wensum Valley Buses", None, None, None)
    assert not answer.unnamed


def test_an_account_known_only_by_its_handle_speaks_under_its_handle():
    text = (
        "Not everyone was sympathetic:\n\n"
        "> If you can't get to work on the 14 try walking, it is two miles and it will do "
        "you good.\n"
        ">\n"
        "> — @fenrunner, 9 May 2023, 12:02\n"
    )
    (post,) = _quotations(text)
    assert _who(post) == ("@fenrunner", None, None, None)


def test_a_letter_to_the_paper_signed_as_an_unnamed_writer_is_the_unnamed_writer_as_signed():
    text = (
        "The correspondence columns were fuller than usual that month. One writer would "
        "give no name:\n\n"
        "    A town that cannot run a bus to its own hospital should stop calling itself a "
        "town. I have waited forty minutes in the rain twice this week.\n\n"
        "    A BUS USER\n"
        "    Cromer Road\n\n"
        "The editor printed no reply.\n"
    )
    (letter,) = _quotations(text)
    assert letter.text.endswith("twice this week.")
    assert letter.speaker_name == "A Bus User" and letter.unnamed
    assert (letter.work_title, letter.page) == (None, None)


def test_a_card_signed_by_a_long_description_with_numbers_is_the_unnamed_writer_described():
    for signed in ("A reader aged over 80", "One of the 12 wardens on duty"):
        text = (
            "The survey ended with a blank card. Some of what came back is printed here.\n\n"
            "    I have read every book in the branch twice and would read them a third time "
            "rather than lose the building.\n\n"
            f"    — {signed}\n\n"
            "The cards were returned to the library.\n"
        )
        (card,) = _quotations(text)
        assert card.text.endswith("rather than lose the building.")
        assert (card.speaker_name, card.unnamed) == (signed, True), signed
        assert (card.work_title, card.page) == (None, None), signed


def test_a_dash_line_describing_someone_in_a_clause_names_no_one_by_the_clause():
    text = (
        "The society printed one memory of the flood unsigned.\n\n"
        "    We carried the hymn books up to the gallery and sat with them until the water "
        "went down.\n\n"
        "    — An old boy who was there in 1931\n\n"
        "Nobody has claimed it since.\n"
    )
    (memory,) = _quotations(text)
    assert memory.speaker_name != "An old boy who was there in"


def test_a_verse_with_its_author_under_it_is_the_authors():
    text = (
        "The choir closed the evening with a carol the curate had written that week:\n\n"
        "    Snow on the fen and frost on the mere,\n"
        "    The lamps in the chapel burn brighter this year.\n\n"
        "        Words by Lionel Strachan-Hay\n\n"
        "It has been sung every Christmas since.\n"
    )
    (carol,) = _quotations(text)
    assert carol.text.endswith("burn brighter this year.")
    assert carol.speaker_name == "Lionel Strachan-Hay"


def test_initials_under_the_words_stand_for_the_one_person_named_they_fit():
    text = (
        "Beatrice Ann Lumb kept the parish accounts for thirty years and signed every note "
        "in the margin the same way. The last one reads:\n\n"
        "    The roof fund is short by eleven pounds and the vicar knows it.\n"
        "    B. A. L.\n\n"
        "The roof was mended the next summer.\n"
    )
    (note,) = _quotations(text)
    assert note.text == "The roof fund is short by eleven pounds and the vicar knows it."
    assert note.speaker_name == "Beatrice Ann Lumb"


def test_initials_that_fit_nobody_named_leave_the_words_to_the_lead_in():
    text = (
        "The treasurer, Oswald Fry, wrote to the churchwardens in November:\n\n"
        "    I cannot sign the accounts until the organ fund is paid back in full.\n"
        "    K. W.\n"
    )
    (note,) = _quotations(text)
    assert note.text.endswith("paid back in full.")
    assert note.speaker_name != "K. W"


def test_a_signature_naming_a_diary_still_cites_it_as_the_work():
    text = (
        "The lock-keeper's entry for the flood is the only one in capitals:\n\n"
        "    WATER OVER THE TOP GATE BY SIX. CATTLE ON THE TOWPATH. NO BOATS.\n\n"
        "    — Henry Gosling, Lock Diary, 12 February 1912\n"
    )
    (entry,) = _quotations(text)
    assert (entry.speaker_name, entry.work_title) == ("Henry Gosling", "Lock Diary")


def test_a_minute_cited_under_a_block_stays_a_citation_with_no_signer():
    text = (
        "The decision was minuted without comment:\n\n"
        "> That the lock be closed to pleasure craft from the first of March.\n"
        ">\n"
        "> — Minutes of the Navigation Committee, 2 February 1912\n"
    )
    (minute,) = _quotations(text)
    assert minute.work_title == "Minutes of the Navigation Committee"
    assert minute.speaker_name != "Minutes of the Navigation Committee"


def test_a_block_ending_in_a_short_sentence_keeps_it_as_words():
    text = (
        "Her reply was brief:\n\n"
        "    I have read the report twice. It says nothing.\n"
        "    Nobody came back.\n"
    )
    (reply,) = _quotations(text)
    assert reply.text.endswith("Nobody came back.")


def test_html_footer_with_a_cited_name_and_a_role_in_years_is_no_work_and_no_page(tmp_path):
    page = tmp_path / "thanks.html"
    page.write_text(
        "<html><body><h1>Thanks</h1>"
        "<p>The oldest of the volunteers sent a few lines for the evening:</p>"
        "<blockquote><p>I swept this hall on Saturdays for longer than most of you have been "
        "alive, and I would do it again tomorrow.</p>"
        "<footer>— <cite>Winifred Oakes</cite>, caretaker 1962–1999</footer></blockquote>"
        "<p>She was given the first slice of cake.</p></body></html>",
        "utf-8",
    )
    (lines,) = _file_quotations(page)
    assert lines.text.endswith("I would do it again tomorrow.")
    assert _who(lines) == ("Winifred Oakes", None, None, None)


def test_html_signature_paragraph_after_the_block_names_the_signer_without_office(tmp_path):
    page = tmp_path / "statement.html"
    page.write_text(
        "<html><body><h1>The ferry</h1>"
        "<p>The county's statement was read out at the slipway:</p>"
        "<blockquote><p>The ferry will run on Saturdays until the end of October, and the "
        "county will meet the cost of the new ramp in full.</p></blockquote>"
        "<p>Councillor Hamish Dewar<br>Portfolio Holder for Transport, Norland County "
        "Council</p>"
        "<p>The ferrymen were not consulted.</p></body></html>",
        "utf-8",
    )
    (statement,) = _file_quotations(page)
    assert _who(statement) == ("Hamish Dewar", None, None, None)


def test_html_email_closing_inside_the_block_is_no_part_of_the_words(tmp_path):
    page = tmp_path / "email.html"
    page.write_text(
        "<html><body><h1>Messages</h1>"
        "<p>The library's manager wrote to every borrower:</p>"
        "<blockquote><p>The branch will reopen on Monday with the new shelving in place and "
        "the children's corner moved upstairs.</p>"
        "<p>Kind regards,<br>Yusuf Adeyemi<br>Branch Manager, Holt Road Library</p>"
        "</blockquote></body></html>",
        "utf-8",
    )
    (email,) = _file_quotations(page)
    assert email.text.endswith("the children's corner moved upstairs.")
    assert _who(email) == ("Yusuf Adeyemi", None, None, None)


def test_epub_post_signed_with_a_posting_time_is_no_page(tmp_path):
    chapter = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Posts</title></head><body>'
        "<h1>The flood week</h1>"
        "<p>The warden's first post that night was the one everybody shared:</p>"
        "<blockquote><p>The river is over the meadow path at Hemsby. Please do not try to "
        "walk it tonight, however well you think you know it.</p>"
        "<p>— Rosa Ingham (@hemsbywarden), 3 January 2024, 22:40</p></blockquote>"
        "<p>The path stayed closed for a week.</p></body></html>"
    )
    (post,) = _file_quotations(make_epub(tmp_path / "flood.epub", [chapter]))
    assert post.text.endswith("however well you think you know it.")
    assert _who(post) == ("Rosa Ingham", None, None, None)


def test_pdf_letter_with_its_signature_set_under_it(tmp_path):
    paragraphs = [
        "The secretary wrote to the county at once:",
        "We ask the Council to reconsider the closure of the reading room, which is the "
        "only warm public room in the village between October and March.",
        "Yours faithfully,\nDorothy Quayle\nSecretary, Hemsby Reading Room Committee",
        "The room is still open.",
    ]
    path = make_pdf(tmp_path / "room.pdf", paragraphs, indent={1, 2})
    (letter,) = _file_quotations(path)
    assert letter.text.endswith("between October and March.")
    assert letter.speaker_name == "Dorothy Quayle"
    assert (letter.work_title, letter.page) == (None, None)


def test_words_signed_on_their_own_line_are_the_signers_with_no_page():
    text = (
        "The thread began with a single sentence from the ferry's skipper. “Last crossing "
        "of the season tomorrow, and the last one I will ever skipper.” — Aled Pryce "
        "(@skipperaled), 30 September 2023, 18:05\n\n"
        "Nobody believed the second half of it.\n"
    )
    (post,) = _quotations(text)
    assert _who(post) == ("Aled Pryce", None, None, None)


def test_a_dash_opening_the_rest_of_a_sentence_is_no_signature():
    text = (
        "The warden promised “a boardwalk by the spring” — and the parish has heard that "
        "promise before, from Ivo Marsh among others.\n"
    )
    assert all(p.speaker_name != "Ivo Marsh" for p in _quotations(text))


def test_comments_closed_by_posted_by_and_reply_from_lines_are_their_writers(tmp_path):
    page = tmp_path / "comments.html"
    page.write_text(
        "<html><body><h1>Your memories of the Regal</h1>"
        "<p>We asked readers what they remembered of the cinema before it closed.</p>"
        "<div class='comment'><p>I saw Jaws there in 1975 and did not swim in the sea again "
        "until I was thirty.</p>"
        "<p class='meta'>Posted by Colette Marr on 4 August 2021 at 19:20</p></div>"
        "<div class='comment'><p>Colette, the usherette who sold you the ticket was my "
        "mother, and she never swam either.</p>"
        "<p class='meta'>Reply from Dafydd Rees on 5 August 2021 at 07:02</p></div>"
        "</body></html>",
        "utf-8",
    )
    first, reply = _file_quotations(page)
    assert first.text.endswith("until I was thirty.")
    assert _who(first) == ("Colette Marr", None, None, None)
    assert _who(reply) == ("Dafydd Rees", None, None, None)


def test_the_texts_own_author_signing_it_quotes_nothing():
    text = (
        "That is all we know of the Regal, and more than the council has ever written down "
        "about any cinema in the borough.\n\n"
        "— Page Editor, August 2021\n"
    )
    assert _quotations(text) == []


def test_a_line_of_dialogue_under_a_paragraph_is_no_signature():
    text = (
        "The ferryman looked at the river for a long time before he answered the question "
        "we had come all that way to ask him.\n\n"
        "— Yes, he said.\n"
    )
    assert all(p.speaker_name != "Yes" for p in _quotations(text))


def test_a_historical_closing_and_a_name_sharing_its_line_are_the_signature():
    text = (
        "The vestry's clerk replied on the same day, in the manner of the time:\n\n"
        "    The gallery is closed by order of the churchwardens and will not be opened for "
        "the singers until the account for the new stove is settled.\n\n"
        "    I remain, Sir, your obedient servant, Josiah Prynne.\n\n"
        "The singers paid.\n"
    )
    (letter,) = _quotations(text)
    assert letter.text.endswith("the new stove is settled.")
    assert letter.speaker_name == "Josiah Prynne"


def test_a_markdown_signature_set_in_italics_is_still_the_signature():
    text = (
        "The notice in the shop window was the only explanation anyone was given:\n\n"
        "> Closed until further notice owing to the flood. Prescriptions can be collected "
        "from the surgery.\n"
        ">\n"
        "> *— Hari Sandhu, pharmacist*\n"
    )
    (notice,) = _quotations(text)
    assert notice.text.endswith("collected from the surgery.")
    assert _who(notice) == ("Hari Sandhu", None, None, None)


def test_a_name_alone_under_a_verse_signs_it_when_the_text_names_that_person():
    text = (
        "Ellen Varley wrote verses for the mill's outings all her working life. The one "
        "printed on the 1923 programme is typical:\n\n"
        "    Up the dale and over the tops,\n"
        "    The charabanc rattles and never stops.\n"
        "    Ellen Varley\n\n"
        "The programme does not say who paid for the charabanc.\n"
    )
    (verse,) = _quotations(text)
    assert verse.text.endswith("never stops.")
    assert verse.speaker_name == "Ellen Varley"


def test_a_name_alone_the_text_never_names_stays_part_of_a_verse():
    text = (
        "The programme printed an old rhyme on its back page:\n\n"
        "    Up the dale and over the tops,\n"
        "    The charabanc rattles and never stops,\n"
        "    Past Gunnerside Bridge\n"
    )
    (verse,) = _quotations(text)
    assert verse.text.endswith("Past Gunnerside Bridge")


def test_a_name_signed_in_capitals_under_a_letter_to_the_paper_is_the_writers():
    text = (
        "The ferry's defenders wrote too:\n\n"
        "    Sir, the ferry has carried this parish to market for two hundred years and the "
        "county proposes to end it to save the price of a bus shelter.\n\n"
        "    Yours, etc.,\n"
        "    GWEN T. HARLAND\n"
        "    Quay Cottages\n\n"
        "The county did not reply.\n"
    )
    (letter,) = _quotations(text)
    assert letter.text.endswith("the price of a bus shelter.")
    assert letter.speaker_name == "Gwen T. Harland"


def test_a_closing_line_of_capitals_that_names_nobody_stays_part_of_the_words():
    text = (
        "The banner over the platform read, in full:\n\n"
        "    We were here before the railway and we will be here after it.\n"
        "    NO SURRENDER\n"
    )
    (banner,) = _quotations(text)
    assert banner.text.endswith("NO SURRENDER")
