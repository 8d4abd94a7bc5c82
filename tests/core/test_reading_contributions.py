"""Signed contributions (threads22): in a text made of signed contributions (a mailing list, a
blog's comments, a wiki's discussion, a letters page), each contribution is its writer's, found
where its kind of document puts the name (a "From:" header, a "by X »" line, a talk signature,
a letter's signature); words one contribution quotes back from another belong to that other's
writer: whose own words they are, whom a header over them names ("X wrote:", "Quote from: X on
…"), or whom the reply addresses ("Priya, you said …"; with no name, the contribution it
answers). Invented sentences: a bell-ringers' list, a cycling club's comments, a village wiki,
a parish magazine's letters."""

from __future__ import annotations

from pathlib import Path

from bot.core.extract.formats import read_reading
from bot.core.extract.reading import Proposal, propose_passages


def _quotations(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="List Archive") if p.kind == "quotation"]


def _said(text: str) -> dict[str, str | None]:
    """Each quotation's first three words and its speaker."""
    return {" ".join(q.text.split()[:3]): q.speaker_name for q in _quotations(text)}


MAILING_LIST = """\
From: Owen Trelawney <owen@ringers.example>
Subject: Re: Practice night

On Tue, 2 Sep 2025 at 20:14, Priya Raman <priya@ringers.example> wrote:
> The tenor rope is fraying at the sally and I would not ring it on Sunday.
> Can somebody look at it before then?

I looked at it this morning and it will do for another month.

Owen

From: Maud Fenwick <maud@ringers.example>
Subject: Re: Practice night

> it will do for another month

Priya, you said it was "fraying at the sally", and Owen says it will last. I shall buy a new
one either way.

Maud

From: Priya Raman <priya@ringers.example>
Subject: Practice night

The tenor rope is fraying at the sally and I would not ring it on Sunday. Can somebody look at
it before then? The Guild's handbook says a rope "should be changed at the first sign of wear
on the sally", and I agree with it.

Priya
"""


def test_lines_quoted_back_under_a_wrote_header_are_that_writers():
    said = _said(MAILING_LIST)
    assert said["The tenor rope"] == "Priya Raman"


def test_a_line_quoted_back_without_a_header_is_whoever_wrote_it_in_the_thread():
    # Maud quotes Owen's own sentence with no "Owen wrote:" over it: the thread says whose
    assert _said(MAILING_LIST)["it will do"] == "Owen Trelawney"


def test_you_said_with_the_addressee_named_gives_the_addressee_in_full():
    assert _said(MAILING_LIST)["fraying at the"] == "Priya Raman"


def test_you_told_with_the_addressee_called_by_part_of_a_username_gives_that_user():
    # the comment answered is Ferngate's; the reply calls Hollinbank by a shortened name
    assert _said(WIKI)["certainly built in"] == "Hollinbank"


def test_a_signer_quoting_a_book_does_not_speak_its_words():
    quotation = next(q for q in _quotations(MAILING_LIST) if q.text.startswith("should be"))
    assert quotation.speaker_name != "Priya Raman"


COMMENTS = """<html><body>
<h1>Club run to Malham: comments</h1>
<div class="comment"><p class="meta">by <b>spokes_and_tea</b> » Sun 14 Sep 2025, 18:20</p>
<p>The climb out of Settle nearly finished me, and the café had run out of scones by ten.</p></div>
<div class="comment"><p class="meta">by <b>Anonymous</b> » Sun 14 Sep 2025, 19:02</p>
<blockquote><cite>spokes_and_tea wrote:</cite>the café had run out of scones by ten</blockquote>
<p>They always do on a Sunday. Next time ring ahead and they will keep a plate back for you.</p>
<p>Gwen Atherley</p></div>
<div class="comment"><p class="meta">by <b>Rhys Bellamy</b> » Mon 15 Sep 2025, 07:45</p>
<blockquote><cite>Quote from: Anonymous on Sun 14 Sep 2025, 19:02</cite>Next time ring ahead
and they will keep a plate back for you.</blockquote>
<p>Good tip. I will ring on Saturday.</p></div>
</body></html>"""


def test_a_forum_quote_header_names_the_writer_and_is_no_part_of_the_words(tmp_path: Path):
    page = tmp_path / "malham.html"
    page.write_text(COMMENTS, "utf-8")
    text = read_reading(page).text
    assert "    spokes_and_tea wrote:\n    the café had run out" in text
    found = [(q.text, q.speaker_name) for q in _quotations(text)]
    assert found == [
        ("the café had run out of scones by ten", "spokes_and_tea"),
        ("Next time ring ahead and they will keep a plate back for you.", "Gwen Atherley"),
    ]


WIKI = """\
Talk:Kirkby Stephen Pinfold

Age of the walls

The parish survey dates the walls to about 1750 and I'd call that the safest guess we have.
Hollinbank (talk) 10:02, 4 April 2025 (UTC)

The enclosure award of 1771 mentions the pinfold as new, so you claimed too early a date when
you wrote that 1750 was "the safest guess we have". Ferngate (talk) 11:40, 4 April 2025 (UTC)

I put it as "about the middle of the century" in the article, and nobody has objected to that
yet. Hollinbank (talk) 12:15, 4 April 2025 (UTC)

Fair, but you put it more firmly than that on the village page. Ferngate (talk) 12:30, 4 April
2025 (UTC)

Hollin, you told the village page it was "certainly built in the 1740s" only last month.
Wharfedale99 (talk) 13:05, 4 April 2025 (UTC)
"""


def test_you_wrote_on_a_talk_page_gives_the_comment_replied_to():
    assert _said(WIKI)["the safest guess"] == "Hollinbank"


LETTERS = """\
Letters

Sir, the new bus shelter at Church Lane faces the wrong way. Every passenger waiting in it has
the rain in his face and his back to the bus.

Yours faithfully,
Ernest Quayle
Church Lane

Sir, Mr Quayle says that every passenger "has the rain in his face", but the shelter was sited
where the council's own survey put it.

Isobel Dunmore
Clerk to the Parish Council
"""


def test_a_letter_answering_another_gives_the_earlier_writer_in_full():
    assert _said(LETTERS)["has the rain"] == "Ernest Quayle"


def test_an_essay_with_no_signed_contributions_is_read_as_before():
    text = (
        "The lecturer turned to the audience. 'You wrote to me last week that the river "
        '"never floods twice in one winter", and it did,\' said Dr Lowe.\n'
    )
    assert all(q.attributed_by != "contribution" for q in _quotations(text))


BLOG_COMMENTS = """\
12 Responses to "Reopening the lido"

Carys Penhaligon says:
June 3, 2025 at 8:12 am
The water was never warmer than fourteen degrees in all the years I swam there, and we loved
it anyway.

Dominic Ashe says:
June 3, 2025 at 9:30 am
Carys is right that it was "never warmer than fourteen degrees", which is why nobody under
sixty wants it back.

u/tidal_pool_fan · 2 yr. ago
Nobody under sixty? You said yourself it was "cold enough to stop your heart", Dominic, on
the council's own page.
"""


def test_a_comment_headed_name_says_is_that_commenters_and_quoted_back_is_theirs():
    said = _said(BLOG_COMMENTS)
    assert said["never warmer than"] == "Carys Penhaligon"


def test_you_said_yourself_in_a_thread_with_usernames_gives_the_comment_answered():
    # the reply under Dominic Ashe's comment names him after the words
    assert _said(BLOG_COMMENTS)["cold enough to"] == "Dominic Ashe"


def test_a_header_over_a_block_an_essay_quotes_names_its_writer_and_stays_out_of_it():
    text = (
        "The society's archive keeps the e-mail in which the first meeting was called.\n\n"
        "    On 9 Feb 2019, at 21:03, Lowri Madoc <lowri@example.org> wrote:\n"
        "    We shall meet in the back room of the Feathers on the first Thursday, and anyone"
        " who owns a spade is a member.\n\n"
        "Eleven people came, and four of them owned spades.\n"
    )
    (quotation,) = _quotations(text)
    assert quotation.text.startswith("We shall meet in the back room")
    assert quotation.speaker_name == "Lowri Madoc"


SHOP_THREAD = """\
Comment by Nadia Okonjo on 2 May 2025 at 10:15:
The old counter should stay where it is. Isn't that the whole point of a village shop?

Comment by Hamish Ure on 2 May 2025 at 11:02:
"The old counter should stay [...] the whole point" of nothing, if the shop closes for want
of room. Your own words last year were "anything that keeps the doors open", Nadia.

Comment by Fen Castellan on 2 May 2025 at 12:40:
Hamish, "isn't that the whole point of a village shop?" is a fair question all the same.
"""


def test_words_quoted_back_with_an_omission_or_another_case_are_still_found_in_the_thread():
    said = _said(SHOP_THREAD)
    assert said["The old counter"] == "Nadia Okonjo"
    assert said["isn't that the"] == "Nadia Okonjo"


def test_your_own_words_in_a_reply_are_the_addressees():
    assert _said(SHOP_THREAD)["anything that keeps"] == "Nadia Okonjo"


def test_a_chat_an_essay_quotes_is_one_passage_a_message_its_sender_speaking():
    text = (
        "The choir's seating row was settled on its group chat, printed here as it ran.\n\n"
        "    [03/11/2024, 21:14] Olwen Prys: The altos cannot hear the organ from the back row.\n"
        "    [03/11/2024, 21:16] Tomasz Zielinski: Then swap them with the basses for Advent.\n"
        "    [03/11/2024, 21:20] Olwen Prys: The basses will say the same thing by Christmas.\n\n"
        "They were swapped, and they did.\n"
    )
    found = [(q.text, q.speaker_name, q.page) for q in _quotations(text)]
    assert found == [
        ("The altos cannot hear the organ from the back row.", "Olwen Prys", None),
        ("Then swap them with the basses for Advent.", "Tomasz Zielinski", None),
        ("The basses will say the same thing by Christmas.", "Olwen Prys", None),
    ]


def test_a_chat_message_quoting_an_earlier_one_gives_its_sender_not_the_replier():
    text = (
        "Choir chat, November\n\n"
        "03/11/2024, 21:14 - Olwen Prys: The altos cannot hear the organ from the back row, "
        "and the tenors drown them anyway.\n"
        '03/11/2024, 21:31 - Tomasz Zielinski: "The tenors drown them anyway" is unkind '
        "but fair.\n"
        "03/11/2024, 21:40 - Bryn Howells: Olwen had it right.\n"
    )
    assert _said(text)["The tenors drown"] == "Olwen Prys"


def test_a_postscript_under_a_sign_off_is_no_part_of_the_signers_name():
    text = (
        "Dear all,\n\n"
        "The lane was resurfaced at last in October, after eleven years of asking.\n\n"
        "Much love from all of us,\n"
        "Marguerite\n"
        'P.S. Olu says the shed roof is "finally, actually, properly fixed" and I am to tell '
        "you all.\n"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Olu"


def test_a_handle_a_lead_in_names_as_the_writer_speaks_the_words():
    text = (
        "The argument about the weir ran for a fortnight on the anglers' forum. The first "
        'answer came from grayling_pete, who wrote: "The weir was lowered in 1974, not 1979, '
        'and I fished below it both years."\n\n'
        'Then @ouse_bailiff posted: "Nobody lowered anything; the river took the top course '
        'off in a flood."\n\n'
        'A member calling himself dace1962 replied that it was "a bit of both, and the Board '
        'finished the job".\n\n'
        "The last word in the thread came from weir_watcher_2, an account nobody has ever put a "
        'name to: "Ask the Board for its 1975 minutes and stop guessing."\n'
    )
    assert [q.speaker_name for q in _quotations(text)] == [
        "grayling_pete",
        "@ouse_bailiff",
        "dace1962",
        "weir_watcher_2",
    ]


def test_you_in_a_letter_to_the_editor_is_the_editor_not_the_letter_before():
    text = (
        "Letters\n\n"
        "Sir, the footbridge at Mill End has been closed since Easter and nobody will say why.\n\n"
        "Yours faithfully,\n"
        "Agnes Whitlow\n"
        "Mill End\n\n"
        'Sir, you wrote in March that the footbridge would be "open again by Whitsun at the '
        'latest", and it is now August.\n\n'
        "Yours faithfully,\n"
        "Cyril Banham\n"
        "Low Road\n"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name != "Agnes Whitlow"


def test_a_handle_that_posted_a_screenshot_of_the_words_is_not_their_writer():
    text = (
        "The councillor's post was deleted within the hour; the wording survives only in a "
        'screenshot that @mere_archive posted that night: "Anyone who objects to the car park '
        'can walk to the shops in the rain."\n'
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name != "@mere_archive"


def test_a_household_signing_a_visitors_book_entry_speaks_it_its_place_dropped():
    text = (
        "From the visitors' book at the pumping station, August:\n\n"
        '- "The beam engine in steam is the loudest quiet thing we have ever heard." — The '
        "Achebes, Hull\n"
        '- "Our two boys want to come back and drive it next summer." — the Lindqvist family, '
        "York\n\n"
        "> Worth the drive from the coast, and the cake was homemade.\n>\n"
        "> — The Farrants of Scarborough\n"
    )
    assert [q.speaker_name for q in _quotations(text)] == [
        "the Achebes",
        "the Lindqvist family",
        "the Farrants",
    ]


def test_a_paper_named_after_a_dash_stays_a_citation_not_a_household():
    text = (
        "The notices were cruel.\n\n"
        "> A revival that mistakes length for depth, and its audience for a jury.\n>\n"
        "> — The Times, 3 May 1990\n"
    )
    (quotation,) = _quotations(text)
    assert (quotation.speaker_name, quotation.work_title) == (None, "The Times")


def test_a_cited_title_opening_a_blockquote_is_no_quote_header(tmp_path: Path):
    page = tmp_path / "locks.html"
    page.write_text(
        "<html><body><p>The keeper's handbook was blunt about it.</p><blockquote><cite>Lock "
        "Days</cite> tells every keeper to shut the top gate before he opens the bottom one."
        "</blockquote></body></html>",
        "utf-8",
    )
    assert "    Lock Days tells every keeper" in read_reading(page).text


GREETED = """\
From: Imogen Sallis <imogen@hall.example>
Subject: Hall heating

The boiler engineer came on Tuesday and says the pump needs replacing before winter.

Imogen

From: Dev Raghunathan <dev@hall.example>
Subject: RE: Hall heating

Agreed, and I will ask the trustees on Friday.

Dev

From: Colm Fahy <colm@hall.example>
Subject: RE: Hall heating

Hi Imogen,

You said the engineer wanted it "replaced before the first frost", which is sooner than Dev
seems to think. Can we have his quote in writing?

Colm
"""


def test_a_reply_greeting_its_addressee_gives_them_the_words_its_you_quotes():
    # the message before Colm's is Dev's; his greeting says whom his "you" means
    assert _said(GREETED)["replaced before the"] == "Imogen Sallis"


def test_a_handle_before_you_wrote_is_the_addressee():
    text = (
        "by fen_skater » Sun 12 Jan 2025, 09:10\n\n"
        "The mere froze right across in 1963 and again in 1987, my father said.\n\n"
        "by Ione Brackley » Sun 12 Jan 2025, 10:45\n\n"
        "I skated in 1987 as a girl and remember the ice creaking all afternoon.\n\n"
        "by Walt Hebden » Sun 12 Jan 2025, 11:30\n\n"
        '@fen_skater you wrote that it "froze right across in 1987" but the club\'s log says '
        "only the north end.\n"
    )
    assert _said(text)["froze right across"] == "fen_skater"


KIN_THREAD = """\
by ropewalk_kid » Mon 3 Feb 2025, 20:05

My nan, Dorothy Ackroyd, worked at the ropewalk from 1938 until it shut.

by Sunil Varma » Mon 3 Feb 2025, 20:40

My nan, Kamala Varma, never worked there, but she bought her washing lines from it.

by ropewalk_kid » Mon 3 Feb 2025, 21:15

Nan always said the long shed was "colder inside than out, even in August".
"""


def test_a_kin_word_in_a_post_is_the_one_its_writer_named_so_in_an_earlier_post():
    # the second writer's nan is someone else; the thread says whose nan this is
    assert _said(KIN_THREAD)["colder inside than"] == "Dorothy Ackroyd"


def test_a_kin_word_opening_a_sentence_is_the_one_the_letter_named_so():
    text = (
        "Dear Uncle Piotr,\n\n"
        "My mum, Agata Nowak, has started a choir in the village hall.\n\n"
        'Mum says the tenors are "keen, loud and mostly in tune" and the altos are saints.\n'
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Agata Nowak"


def test_words_a_lead_in_gives_to_someone_else_stay_theirs_though_a_post_used_them():
    text = (
        "by loom_and_shuttle » Tue 8 Apr 2025, 18:00\n\n"
        "When Salts shut its doors it was the end of an era for the whole valley, "
        "whatever anyone says now.\n\n"
        "by Greta Holroyd » Tue 8 Apr 2025, 19:30\n\n"
        'The Aire Valley Courier called the closure "the end of an era for the whole valley" '
        "on its front page in 1986.\n"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name != "loom_and_shuttle"
