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
