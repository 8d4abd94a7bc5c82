"""Whose voice a part of a document is, when no person is named beside the words (HELDOUT.md,
"Voices", voices23): a bylined entry's "I" is the entry's writer, not the page's authors; a
note the document marks as someone's is in the voice of whoever holds that role; a body
speaks its own statement, notice, resolution or letter, and a paper its own obituary or
account, wherever the sentence names them. Each rule on sentences written for it (invented
observatories, ferries, allotments, choirs and papers; no essay's or probe's wording)."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def quoted(text: str, author: str = "Tamsin Gale and Rhodri Vaughan") -> list[Proposal]:
    return [p for p in propose_passages(text, author=author) if p.kind == "quotation"]


def who(
    text: str, author: str = "Tamsin Gale and Rhodri Vaughan"
) -> list[tuple[str | None, str | None]]:
    return [(p.speaker_name, p.work_title) for p in quoted(text, author)]


_LOG = """Fog on the Ferry: the crossing hour by hour

Kept by the two of us on the pier. Newest entries are at the bottom.

{first_stamp}
{first_byline}

The first boat sat at the slip with her lights on. Nobody boarded.

{second_stamp}
{second_byline}

I warned in last week's Estuary Gazette that the new timetable was "a timetable for a river
without weather", and this morning proves it.

The Estuary Gazette has run the ferry story for a month.
"""


def test_a_bylined_entrys_own_i_is_its_writer_not_the_pages_authors():
    for first_stamp, first_byline, second_stamp, second_byline in (
        ("07:05", "Rhodri Vaughan, on the pier", "07:40", "Tamsin Gale, at the ticket office"),
        ("7.05am", "By Rhodri Vaughan", "7.40am", "By Tamsin Gale"),
        ("Updated 07:05", "Rhodri Vaughan", "Updated 07:40", "Tamsin Gale in Tollbridge"),
    ):
        text = _LOG.format(
            first_stamp=first_stamp,
            first_byline=first_byline,
            second_stamp=second_stamp,
            second_byline=second_byline,
        )
        assert who(text) == [("Tamsin Gale", "Estuary Gazette")], second_byline


def test_a_time_and_a_byline_on_one_line_open_an_entry():
    text = (
        "Eclipse night at Harrowfield Observatory\n\n"
        "Notes from the dome by Priya Lennox and Owain Pryce.\n\n"
        "21:10 Priya Lennox\n\n"
        "The dome is open and the sky is clean.\n\n"
        "21:32 Owain Pryce\n\n"
        "Cloud from the west. I told the visitors on the lawn that the eclipse would be "
        '"worth every minute of the waiting", and I hope I am right.\n'
    )
    assert who(text, author="Harrowfield Observatory volunteers") == [("Owain Pryce", None)]


def test_without_bylined_entries_the_texts_own_i_is_its_author():
    text = (
        "Eclipse night at Harrowfield Observatory\n\n"
        "21:10\n\n"
        "The dome is open and the sky is clean.\n\n"
        "21:32\n\n"
        "Cloud from the west. I told the visitors on the lawn that the eclipse would be "
        '"worth every minute of the waiting", and I hope I am right.\n'
    )
    assert who(text, author="Priya Lennox") == [("Priya Lennox", None)]


def test_a_note_marked_as_the_secretarys_is_the_secretarys():
    text = (
        "KELDA ALLOTMENT SOCIETY: THE COMMITTEE BOOK, 1974\n\n"
        "Introduction by the editor. The book was kept by the Secretary, Mr Idris Fenwick, "
        "who added notes of his own in red ink.\n\n"
        "June meeting. Water butts were discussed at length.\n\n"
        "SECRETARY'S NOTE: I told the Water Board the same evening that the Society "
        '"will fill its butts from the sky, as it always has".\n'
    )
    assert who(text, author="Joan Mercer") == [("Mr Idris Fenwick", None)]


def test_a_paper_whose_obituary_calls_someone_speaks_in_itself():
    for sentence in (
        "Her death went almost unnoticed outside the valley; the Ravensby Star, whose "
        'obituary called her "the best alto the chapel ever refused to pay", gave it a column.',
        'The Ravensby Star, whose obituary of her called her "the best alto the chapel ever '
        'refused to pay", gave it a column.',
    ):
        text = f"Ada Pell sang for forty years. {sentence} Nobody else did."
        assert who(text, author="Lowri Hesketh") == [("Ravensby Star", "Ravensby Star")]


def test_a_letter_from_a_body_is_the_bodys():
    for sentence in (
        'A letter was read from Harbeck Water Company Ltd, which "cannot accept '
        'responsibility for the allotment standpipes".',
        'A letter from the Harbeck Water Company Ltd was read: "The Company cannot accept '
        'responsibility for the allotment standpipes."',
        "A letter from the Harbeck Water Company Ltd, received in March, asked that the "
        'Society "not run the standpipes all night".',
    ):
        text = f"Item 4. {sentence} The members laughed."
        assert who(text, author="Joan Mercer") == [("Harbeck Water Company Ltd", None)], sentence


def test_a_bodys_own_resolution_and_notice_in_its_own_minutes_are_its_voice():
    text = (
        "MINUTES OF THE THORNCLIFFE CHORAL SOCIETY, 1981\n\n"
        "The Society met at the Mechanics' Hall. A letter from the Ravensby Town Council "
        "about the hall's rent was read.\n\n"
        'Resolved: that the Society "decline to pay any rent for a hall with no heating".\n\n'
        "The notice the Society pinned in the porch was read again, as nobody had seen it: "
        '"Members will kindly bring their own music and their own coats."\n'
    )
    assert who(text, author="Joan Mercer") == [
        ("Thorncliffe Choral Society", None),
        ("Thorncliffe Choral Society", None),
    ]


def test_its_account_is_the_paper_the_sentence_before_names():
    text = (
        "The choir sang at the opening of the new hall. The Ravensby Star reported the "
        'concert at length. Its report ended: "Ravensby has a hall, and a choir that can fill '
        'it."\n'
    )
    assert who(text, author="Joan Mercer") == [("Ravensby Star", "Ravensby Star")]


def test_a_body_that_issues_a_warning_speaks_what_it_warns_of():
    text = (
        "The river rose all night. The Marsh Drainage Agency issued a flood alert for "
        'Tollbridge, its second this winter, warning of "water on the lower roads by '
        'dawn".\n'
    )
    assert who(text, author="Joan Mercer") == [("Marsh Drainage Agency", None)]


def test_a_fund_or_a_diocese_speaks_its_statement_or_pastoral_letter():
    fund = (
        "The roof was saved. The Ravensby Heritage Fund, which paid for the lead, said in a "
        'statement: "A roof is the cheapest way to save a chapel."'
    )
    assert who(fund, author="Joan Mercer") == [("Ravensby Heritage Fund", None)]
    diocese = (
        "The chapels were asked to help. A pastoral letter from the Diocese of Tollbridge, "
        'read at every morning service, asked each congregation to "open its hall to '
        'anyone who needs a warm room".'
    )
    assert who(diocese, author="Joan Mercer") == [("Diocese of Tollbridge", None)]


def test_a_document_named_by_its_bodys_kind_is_that_bodys():
    for lead in (
        "The brigade's war diary for 9 August records:",
        "On the first morning, the Brigade's diary notes that the men were",
    ):
        text = (
            "The Second Brigade of the Lowland Rifles landed in the rain. "
            f'{lead} "tents pitched in a foot of water, spirits good".'
        )
        assert who(text, author="Joan Mercer") == [
            ("Second Brigade of the Lowland Rifles", None)
        ], lead


def test_a_document_a_writer_kept_for_a_body_is_not_the_bodys_when_the_writer_is_the_subject():
    text = (
        "The Ravensby Cycling Club rode to the coast. Its captain, Bethan Roe, wrote from the "
        'club\'s account that evening: "Sixty miles, two punctures and not one complaint."'
    )
    assert who(text, author="Joan Mercer") == [("Bethan Roe", None)]


def test_a_papers_unsigned_piece_is_the_papers_own():
    named = (
        "Harold Pike kept the lighthouse for thirty years. His obituary in the Tollbridge "
        'Argus called him "a man who spoke to ships more easily than to people".'
    )
    assert who(named, author="Joan Mercer") == [("Tollbridge Argus", "Tollbridge Argus")]
    its = (
        "The Tollbridge Argus opposed the new lighthouse from the start. Its leader on the day "
        'of the vote called it "a candle for the council\'s vanity".'
    )
    assert who(its, author="Joan Mercer") == [("Tollbridge Argus", "Tollbridge Argus")]


def test_a_document_in_someones_hand_is_theirs():
    role = (
        "The ketch lay at anchor for a week. The log for the Friday, in the skipper's hand, "
        'reads: "Anchor dragging. Crew ashore. Nothing to be done but wait."'
    )
    assert [(p.speaker_name, p.unnamed) for p in quoted(role, "Joan Mercer")] == [
        ("the skipper", True)
    ]
    named = (
        "The ketch lay at anchor for a week. Her skipper was Morwenna Tregear. The entry for "
        'the Friday, in Morwenna Tregear\'s hand, reads: "Anchor dragging. Crew ashore."'
    )
    assert who(named, author="Joan Mercer") == [("Morwenna Tregear", None)]


def test_a_letter_someone_sent_is_theirs():
    for sentence in (
        "Her papers hold a carbon of the one Pascoe sent the county surveyor in 1954, "
        "refusing to sell the field:",
        "The letter Pascoe wrote to the county surveyor in 1954 is short:",
    ):
        text = (
            "Elowen Pascoe farmed Trewint for fifty years. "
            f'{sentence} "The field is not for sale, and nor am I."'
        )
        assert who(text, author="Joan Mercer") == [("Elowen Pascoe", None)], sentence


def test_a_headline_a_lead_in_gives_is_no_work_and_its_leader_is_the_papers():
    text = (
        "The Tollbridge Argus had backed the scheme. A fortnight later its leader, under the "
        "heading ‘Second Thoughts’, changed its mind: ‘We were wrong about the harbour, and "
        "we say so.’"
    )
    assert who(text, author="Joan Mercer") == [("Tollbridge Argus", "Tollbridge Argus")]


def test_its_leader_after_a_sentence_that_names_the_paper_in_passing_is_that_papers():
    text = (
        "A fisherman told a reporter from the *Tollbridge Argus* that ‘the harbour was built "
        "for yachts’, and the paper printed it on the front page. Two days later its leader "
        "was even less forgiving than the fisherman: ‘Tollbridge has a harbour nobody can use.’"
    )
    assert [(p.speaker_name, p.work_title) for p in quoted(text, "Joan Mercer")][1] == (
        "Tollbridge Argus",
        "Tollbridge Argus",
    )


def test_the_papers_leader_and_an_unsigned_note_are_the_paper_just_named():
    for sentence in (
        "The next day the paper's leader was shorter still:",
        "The same issue carried an unsigned note:",
    ):
        text = (
            "The Ravensby Star reported the vote in full. "
            f'{sentence} "The harbour will outlive its critics."'
        )
        assert who(text, author="Joan Mercer") == [("Ravensby Star", "Ravensby Star")], sentence


def test_a_watch_keepers_own_i_in_a_log_kept_by_watches_is_theirs():
    text = (
        "FAIR ISLE SOUTH LIGHT: THE WATCH BOOK, JANUARY 1938\n\n"
        "2000-2400 Watch: D. Irvine\n"
        'Gale from the south. I recorded that the lamp was "smoking badly and needing the '
        'wick trimmed twice".\n\n'
        "0000-0400 Watch: T. Leask\n"
        'Gale easing. I noted for the relief that the fog signal was "sounding but faint '
        'on the north side".\n'
    )
    assert who(text, author="Shetland Archives") == [("D. Irvine", None), ("T. Leask", None)]


def test_a_resolution_in_minutes_headed_by_the_body_is_that_bodys():
    text = (
        "Fairhaven Harbour Commissioners. Minutes, 2 March 1931.\n\n"
        "The Clerk reported that the pier light had failed again. It was resolved "
        '"that the light be replaced before the herring season, whatever the cost".\n'
    )
    assert who(text, author="Joan Mercer") == [("Fairhaven Harbour Commissioners", None)]


def test_a_place_under_a_diarys_date_is_no_writer():
    text = (
        "A week in the west\n\n"
        "Monday 3 June\n"
        "Glen Affric\n\n"
        "We walked to the loch at Glen Affric in the rain.\n\n"
        "Tuesday 4 June\n"
        "Fort Augustus\n\n"
        'I told the lock-keeper at Fort Augustus that the canal was "the only dry road in '
        'Scotland", and he laughed.\n'
    )
    assert who(text, author="Morag Dunbar") == [("Morag Dunbar", None)]
