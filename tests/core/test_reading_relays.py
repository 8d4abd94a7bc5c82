"""Relays (relays25): when the text says the words come to us through someone or something,
that is the via, however it says so, and the speaker stays whoever made the words; a line
saying where the items under it were printed holds for every item under it. Each rule on
sentences written for it (invented towns, papers and people; no essay's wording)."""

from __future__ import annotations

from tests.fixtures.readings import attributions as relayed


def test_a_paper_named_in_a_clause_inside_the_sentence_relays_and_is_no_speaker_or_work():
    text = (
        "The engineer, Ivor Pask, said, the *Fowey Mercury* reported, that the new wall "
        "would “outlast the cliff it is built against, and the cliff knows it”."
    )
    assert relayed(text) == [("Ivor Pask", None, None, "Fowey Mercury")]


def test_a_teller_named_in_a_clause_inside_the_sentence_relays_the_saying():
    text = (
        "Her uncle, Walter Bligh, used to say, Jean Bligh told the recorder, “a net mended "
        "on Sunday will catch nothing but weed”."
    )
    assert relayed(text) == [("Walter Bligh", None, None, "Jean Bligh")]


def test_as_the_paper_reported_him_makes_the_paper_the_relay():
    text = (
        "The stationmaster, Albert Rudd, was, as the *Whitby Courier* reported him, “sorry "
        "to see the last train and sorrier to see the first bus”."
    )
    assert relayed(text) == [("Albert Rudd", None, None, "Whitby Courier")]


def test_according_to_a_paper_that_someone_spoke_makes_the_paper_the_relay():
    text = (
        "According to the *Evening Star*, the shop steward, Ida Crane, told the meeting: “We "
        "will walk out together or not at all, and nobody walks alone.”"
    )
    assert relayed(text) == [("Ida Crane", None, None, "Evening Star")]


def test_according_to_said_of_a_fact_relays_nothing_said_in_the_next_sentence():
    text = (
        "According to the *Evening Star*, the meeting lasted four hours. Ida Crane told it at "
        "the end: “We have talked enough, and now we will vote with our feet.”"
    )
    assert relayed(text) == [("Ida Crane", None, None, None)]


def test_according_to_someone_with_no_other_speaker_names_whose_words_they_are():
    text = (
        "According to the lock-keeper, Amos Rill, “the canal was never so full as in the dry "
        "summer of 1911, when nobody used it”."
    )
    assert relayed(text) == [("Amos Rill", None, None, None)]


def test_someone_remembered_by_another_as_saying_is_the_speaker_through_them():
    text = (
        "The ferryman Jos Pender is remembered by his grand-daughter, Mary Pender, as saying "
        "that “a river never forgives a hurry, and never forgets one either”."
    )
    assert relayed(text) == [("Jos Pender", None, None, "Mary Pender")]


def test_a_paper_that_quoted_someone_as_saying_relays_them():
    text = (
        "The *Bude Packet* ran the story on its front page and quoted the harbourmaster, Ned "
        "Vosper, as saying that “no boat of mine goes out in a sky like that”."
    )
    assert relayed(text) == [("Ned Vosper", None, None, "Bude Packet")]


def test_in_the_words_of_someone_the_one_who_gave_the_words_relays_them():
    text = (
        "The chairman, Ralph Oddie, closed the meeting and reminded us, in the words of the "
        "club's founder Ada Pim, that “a club is only as good as its worst-kept promise”."
    )
    assert relayed(text) == [("Ada Pim", None, None, "Ralph Oddie")]


def test_in_the_words_of_someone_with_nobody_giving_them_is_no_relay():
    text = (
        "In the words of the club's founder, Ada Pim, “a club is a promise that people keep "
        "to each other on Tuesday evenings”."
    )
    assert relayed(text) == [("Ada Pim", None, None, None)]


def test_a_document_which_someone_read_aloud_is_its_writers_through_the_reader():
    text = (
        "The diary of a drover, Evan Pugh, which the curator, Sian Rees, read aloud, records "
        "that the sheep were “more trouble at Hereford than all the way from Tregaron”."
    )
    assert relayed(text) == [("Evan Pugh", None, None, "Sian Rees")]


COLUMN = """\
# Down the years

## Seventy-five years ago

From the *Kirkby Gazette*, 4 June 1951, page 5

The new lido opened on Saturday. The baths superintendent, Norman Peel, said the water was \
“colder than the council's welcome and twice as bracing”. What the paper called “a triumph \
of municipal optimism over the Pennine climate” drew four hundred bathers.

## Twenty-five years ago

Reprinted from the *Kirkby Gazette*, 7 June 2001

A swimmer of ninety-one, Ethel Marsh, said she had “swum here in every summer but one, \
and that was the summer I was married”.

## This week

The lido's manager, Dev Patel, told us: “We still have Norman Peel's thermometer, and it \
still reads low.”
"""


def test_a_line_saying_where_the_items_under_it_were_printed_makes_that_paper_their_relay():
    assert relayed(COLUMN) == [
        ("Norman Peel", None, "5", "Kirkby Gazette"),
        ("Kirkby Gazette", "Kirkby Gazette", "5", None),
        ("Ethel Marsh", None, None, "Kirkby Gazette"),
        ("Dev Patel", None, None, None),
    ]


DIGEST = """\
WHAT THE PAPERS SAID

As reported in the Carlisle Journal, 2 March 1888, page 6

The Journal's correspondent found the new bridge "handsome enough for a cathedral city and \
strong enough for a market town." The county surveyor, Hugh Armstrong, said it had been \
"built for carts and will outlive the motor car, if that ever comes."

Reprinted from the Penrith Observer, 6 March 1888

Its leader writer was less kind: "a bridge is not improved by being admired."
The contractor, Joseph Birkett, told its reporter that the piers were "sunk to the rock \
and beyond it, where the rock gave out."
"""


def test_each_printed_line_holds_until_the_next_and_the_papers_own_words_are_the_papers():
    assert relayed(DIGEST) == [
        ("Carlisle Journal", "Carlisle Journal", "6", None),
        ("Hugh Armstrong", None, "6", "Carlisle Journal"),
        ("Penrith Observer", "Penrith Observer", None, None),
        ("Joseph Birkett", None, None, "Penrith Observer"),
    ]


def test_someone_who_reads_out_a_document_another_wrote_relays_its_writers_words():
    text = (
        "Mr Oddie then read to us from the log book, in which the keeper, Amos Pell, had "
        "written: “Fog all day. Lamp lit at noon and never put out.”"
    )
    assert relayed(text) == [("Amos Pell", None, None, "Mr Oddie")]


def test_someone_quoted_by_a_paper_set_off_by_commas_speaks_through_it():
    text = (
        "Elsie Rigg, quoted by the *Craven Herald*, said that the flood had “taken the bridge "
        "and left the toll-house, which was like the water”."
    )
    assert relayed(text) == [("Elsie Rigg", None, None, "Craven Herald")]


def test_a_she_in_a_letter_quoted_by_a_biographer_is_not_the_biographer():
    text = (
        "Martha Dent wrote many letters. In a letter quoted by her biographer, Ann Hyde, she "
        "wrote: “I have never been so cold or so happy.”"
    )
    assert relayed(text) == [("Martha Dent", None, None, "Ann Hyde")]


def test_a_paper_set_between_the_subject_and_the_verb_relays():
    text = (
        "The *Westmorland Gazette* covered the service. The vicar, Edwin Roe, told his "
        "congregation, the paper said, that the snow was “a judgement on the valley's "
        "card-playing”."
    )
    assert relayed(text) == [("Edwin Roe", None, None, "Westmorland Gazette")]


def test_words_that_come_to_us_through_someone_have_them_as_the_via():
    text = (
        "Walter Kell's last words come to us through his daughter, Mary Kell: “Keep the boat "
        "tarred and the door open.”"
    )
    assert relayed(text) == [("Walter Kell", None, None, "Mary Kell")]


def test_as_someone_told_the_story_makes_them_the_relay():
    text = (
        "The old carter Isaac Tunn lived to ninety. As his niece, Ruth Hale, told the story, "
        "Tunn said only: “Let the river have it, it was always the river's.”"
    )
    assert relayed(text) == [("Isaac Tunn", None, None, "Ruth Hale")]


def test_a_teller_set_between_dashes_relays_the_saying():
    text = (
        "Joe Birtle always said — or so his sister Vi Birtle told it — that the pit “took the "
        "best men first and the rest slowly”."
    )
    assert relayed(text) == [("Joe Birtle", None, None, "Vi Birtle")]


def test_a_paper_that_quoted_someone_named_before_the_words_relays_them():
    text = (
        "The *Leeds Mercury* quoted the mill-owner's widow, Hannah Brear: “He built it for the "
        "town, and the town has forgotten him in a week.”"
    )
    assert relayed(text) == [("Hannah Brear", None, None, "Leeds Mercury")]


SUPPLEMENT = """\
The Ribble Courier at 100

## 1951: the floods

From our issue of 14 February 1951, page 3

The river stood six feet above the quay. The harbour master, Tom Cragg, said the town \
had been “kept dry by sandbags, prayer and the Co-op's lorry”.

## 1976: the bypass

*The Ribble Courier*, 2 July 1976

Its reporter called the new road “the quietest noise in Lancashire”.
"""


def test_a_line_naming_the_texts_own_issue_or_the_paper_alone_holds_for_the_items_under_it():
    assert relayed(SUPPLEMENT) == [
        ("Tom Cragg", None, "3", "Ribble Courier"),
        ("Ribble Courier", "Ribble Courier", None, None),
    ]


ESSAY = """\
The strike began on a Monday.

From the *Pendle Star*, 9 May 1926, p. 2.

The paper's verdict on the first day was short: “It is the quietest army England ever raised, \
and the best fed.”

Later that week the lodge secretary, Amos Hirst, told a meeting in the Co-op hall that the men \
would “stay out until the pit owners come to the pithead with their hats off”.
"""


def test_a_printed_line_under_no_heading_holds_only_for_the_paragraph_under_it():
    assert relayed(ESSAY) == [
        ("Pendle Star", "Pendle Star", "2", None),
        ("Amos Hirst", None, None, None),
    ]
