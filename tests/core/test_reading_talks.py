"""A heading that names a person and what they gave (a talk, a paper, a sermon, an episode, a
panel) holds for the section under it (HELDOUT.md, "talks24"; ``reading/talks.py`` and the
talk's part of ``reading/scope.py``). Each rule on sentences written for it (invented
symposia, podcasts, round tables, sermons and a rope-makers' talks; no essay's or probe's
wording): the surname, pronoun or possessive under the heading is its speaker, the talk's
title is the work of the words said in it, a document the speaker shows is its maker's words
relayed by the speaker, and a `Questions` heading or a heading of the series with no talk
ends it."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages
from bot.core.extract.reading.talks import Talk, talk_heading


def quoted(text: str, author: str = "The Rapporteur") -> list[Proposal]:
    return [p for p in propose_passages(text, author=author) if p.kind == "quotation"]


def read(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.speaker_name, p.work_title, p.via_name) for p in quoted(text)]


def test_a_heading_names_the_giver_and_the_title_of_a_talk_in_any_of_its_forms():
    assert talk_heading(
        "### Paper 3. Professor Ines Varga (University of Hull), “Salt Roads of the Humber”"
    ) == Talk(("Ines Varga",), "Salt Roads of the Humber", False)
    assert talk_heading("Keynote — “The Long Afternoon of the Pier” — Dr Owen Prys") == Talk(
        ("Owen Prys",), "The Long Afternoon of the Pier", False
    )
    assert talk_heading("**Episode 12: “Cold Water”, with Maud Tennant**") == Talk(
        ("Maud Tennant",), "Cold Water", False
    )
    assert talk_heading('19.30, the Old Granary: Hal Nunez on "Barns We Lost"') == Talk(
        ("Hal Nunez",), "Barns We Lost", False
    )
    assert talk_heading(
        "Round table: “Who Keeps the Archive?” with Joy Pike and Sam Ude, chaired by Ros Kell"
    ) == Talk(("Joy Pike", "Sam Ude", "Ros Kell"), "Who Keeps the Archive?", True)
    assert talk_heading("Preached by the Revd Clara Wynne at St Bede's, Whitsunday 1962") == Talk(
        ("Clara Wynne",), None, False
    )


def test_a_line_of_quoted_words_or_a_heading_naming_nobody_is_no_talk():
    assert talk_heading("Nancy Obi: “We never locked the back door, not once.”") is None
    assert talk_heading("Day 2, the Corn Hall: “Harvest Songs”") is None
    assert talk_heading("Questions") is None
    # an entry of a list of works: its year or page says so
    assert talk_heading("Hugh Moreton, “The Draining of the Fens” (Cambridge, 1961)") is None
    assert talk_heading("Ines Varga spoke on “Salt Roads of the Humber” to a full room.") is None


SYMPOSIUM = (
    "# Coastal Histories: a symposium digest\n\n"
    "Forty of us met at the Maritime Museum for a day of papers.\n\n"
    "### Paper 1. Dr Lena Brooke (Open University), “Salt and the Saxon Shore”\n\n"
    "Brooke opened with a provocation: “Salt, not gold, paid for the first sea walls.”\n\n"
    "She then showed a petition from the salt officer Edmund Pryor, who complained in 1702 "
    "that “the pans are worked by night and the duty is paid by nobody.”\n\n"
    "Her last slide was a map, and her last words a warning: “A coast without its salters is "
    "a coast nobody has written down.”\n\n"
    "### Questions\n\n"
    "Asked about the Dutch pans, she said: “They were better built, and we copied them badly.”\n"
)


def test_the_surname_and_pronoun_under_a_paper_heading_are_its_giver_in_that_paper():
    found = read(SYMPOSIUM)
    assert found[0] == ("Lena Brooke", "Salt and the Saxon Shore", None)
    assert found[2] == ("Lena Brooke", "Salt and the Saxon Shore", None)


def test_a_document_the_giver_shows_is_its_maker_s_relayed_by_the_giver():
    assert read(SYMPOSIUM)[1] == ("Edmund Pryor", None, "Lena Brooke")


def test_a_questions_heading_ends_the_paper_but_not_who_she_is():
    assert read(SYMPOSIUM)[3] == ("Lena Brooke", None, None)


def test_a_bold_episode_line_gives_its_guest_the_episode_as_work():
    text = (
        "# Tidewater: season two\n\n"
        "Notes for each episode, written by the producer.\n\n"
        "**Episode 7: “The Last Ferryman”, with Tom Addy**\n\n"
        "Addy worked the Hessle crossing for thirty years. His verdict on the bridge is "
        "short: “It took the river away from us and gave us a view of it.”\n"
    )
    assert read(text) == [("Tom Addy", "The Last Ferryman", None)]


def test_a_round_table_gives_its_title_to_each_member_but_not_to_what_they_quote():
    text = (
        "## Round table: “Who Keeps the Archive?” with Joy Pike and Sam Ude, chaired by Ros "
        "Kell\n\n"
        "Kell asked whether a parish chest was “an archive or a cupboard with ambitions.” "
        "Pike was blunt: “A cupboard, until somebody lists what is in it.”\n\n"
        "Ude quoted the diary of a verger, Amos Dent, who wrote in 1911 that “the chest was "
        "opened for the bishop and for nobody else.”\n"
    )
    assert read(text) == [
        ("Ros Kell", "Who Keeps the Archive?", None),
        ("Joy Pike", "Who Keeps the Archive?", None),
        ("Amos Dent", None, "Sam Ude"),
    ]


def test_a_sermon_heading_names_the_preacher_of_the_words_below_it():
    text = (
        "SERMONS AT ST BEDE'S, 1958-1964\n\n"
        "Preached by the Revd Clara Wynne at St Bede's, Whitsunday 1962\n\n"
        'Wynne began with the windows: "Every one of them was paid for by a family that '
        'could not afford it."\n'
    )
    assert read(text) == [("Clara Wynne", None, None)]


def test_a_heading_of_the_series_with_no_talk_ends_the_last_talk():
    text = (
        "THE ROPE-MAKERS' TALKS\n\n"
        'Talk 1, 3 May: Ann Hewitt (Ropery Trust), "Hemp and the Long Walk"\n\n'
        'Hewitt explained that "a rope is only as honest as its shortest fibre."\n\n'
        "Talk 2, 10 May: Open evening\n\n"
        'No talk this week. Joe Rudd, who spun twine at the ropery as a boy, told us that "the '
        'foreman could hear a bad twist from the office."\n'
    )
    assert read(text) == [
        ("Ann Hewitt", "Hemp and the Long Walk", None),
        ("Joe Rudd", None, None),
    ]


def test_a_talk_s_title_in_its_heading_is_no_quotation():
    text = (  # an HTML page's <h2> and <h3>, as the reader gives them: lines of their own
        "Saturday\n\n"
        "14.00, Mill Room: Priti Shah, “Looms and Ledgers”\n\n"
        "Shah’s case was simple: “The ledger tells you more about a mill than the loom "
        "does.”\n"
    )
    found = quoted(text)
    assert [p.text for p in found] == ["The ledger tells you more about a mill than the loom does."]
    assert (found[0].speaker_name, found[0].work_title) == ("Priti Shah", "Looms and Ledgers")


def test_a_one_line_paragraph_of_someone_s_quoted_words_stays_a_quotation():
    text = "## Voices\n\nNancy Obi: “We never locked the back door, not once.”\n"
    assert [p.text for p in quoted(text)] == ["We never locked the back door, not once."]


def test_a_talk_s_label_sets_apart_its_speaker_and_title_without_quote_marks():
    assert talk_heading("Session 4: Ada Quill — The Drovers of Kirkby Stephen") == Talk(
        ("Ada Quill",), "The Drovers of Kirkby Stephen", False
    )
    assert talk_heading("“Tin and Tide”, a lecture given by Dr Ben Lusk") == Talk(
        ("Ben Lusk",), "Tin and Tide", False
    )
    assert talk_heading("Interview 2: Nora Quayle, net-mender") == Talk(
        ("Nora Quayle",), None, False
    )
    assert talk_heading("Session 5: Lunch and Announcements") is None


def test_the_speaker_or_the_lecturer_under_a_talk_s_heading_is_its_giver():
    text = (
        "## Lecture 6. Ada Quill, “The Drovers of Kirkby Stephen”\n\n"
        "The lecturer ended with a plea: “Walk one drove road before you die, and walk it in "
        "the rain.”\n"
    )
    assert read(text) == [("Ada Quill", "The Drovers of Kirkby Stephen", None)]


def test_a_recording_the_giver_plays_is_its_voice_s_relayed_by_the_giver():
    text = (
        "## Lecture 6. Ada Quill, “The Drovers of Kirkby Stephen”\n\n"
        "Quill played a tape from 1974 on which an old drover, Isaac Bell, can be heard saying "
        "that “the cattle knew the road better than the dogs did.”\n"
    )
    assert read(text) == [("Isaac Bell", None, "Ada Quill")]


def test_what_the_giver_reads_from_a_book_the_section_names_has_that_book_as_work():
    text = (
        "## Reading: Cath Rowe, “Writing the Moor”\n\n"
        "Rowe’s third novel, *Heather Fire*, came out in March. She read its last paragraph "
        "to a silent room: “The moor did not burn for them; it burned because it was August.”\n"
    )
    assert read(text) == [("Cath Rowe", "Heather Fire", None)]


def test_the_giver_is_named_after_the_kind_of_talk_or_a_title_of_office():
    assert talk_heading("## Keynote address by Professor Hana Ilic: “Why Towns Forget”") == Talk(
        ("Hana Ilic",), "Why Towns Forget", False
    )
    assert talk_heading("## The Revd Owen Cray: “Not in the Whirlwind”") == Talk(
        ("Owen Cray",), "Not in the Whirlwind", False
    )
    assert talk_heading("## The Fenbridge Memorial Lecture: “Drains and Dynasties”") is None


def test_the_giver_is_the_person_nearest_the_title_not_a_role_or_a_church():
    assert talk_heading(
        "## Keynote: Dr Ann Lee, Director of the Kelsham Museum, “Looms and Ledgers”"
    ) == Talk(("Ann Lee",), "Looms and Ledgers", False)
    assert talk_heading("Preached at St Bede's: “The Narrow Gate”") is None


def test_words_a_thing_in_the_hall_bears_are_not_the_giver_s():
    text = (
        "## Lecture 6. Ada Quill, “The Drovers of Kirkby Stephen”\n\n"
        "A banner over the stage read: “Kirkby Stephen Drovers’ Association, founded 1887, "
        "never disbanded.”\n"
    )
    assert [p.speaker_name for p in quoted(text)] != ["Ada Quill"]


def test_a_sermon_printed_under_its_heading_relays_nothing_it_quotes():
    text = (
        "## Preached by the Revd Clara Wynne at St Bede's, Advent Sunday 1963\n\n"
        "Brothers and sisters, I have been reading old sermons this week. Amos Hartley, who "
        "had this pulpit before me, wrote in 1911 that “a parish is a family that has not yet "
        "been introduced.”\n\n"
        "The old hymn puts the same hope more plainly: “Through all the changing scenes of "
        "life, in trouble and in joy.”\n"
    )
    found = read(text)
    assert found[0] == ("Amos Hartley", None, None)
    assert found[1][0] != "Clara Wynne"


def test_a_programme_entry_on_two_lines_names_its_speaker_and_title():
    for entry in (
        "11.15  “Looms in the Front Room”\nDr Rhian Price (Bangor University)",
        "11.15  “Looms in the Front Room”\n\nDr Rhian Price (Bangor University)",
    ):
        text = (
            "WEAVERS' VOICES: AN ORAL-HISTORY DAY\n\n"
            f"{entry}\n\n"
            "Price has spent ten years recording former outworkers. One of them, Jane Hughes, "
            "can be heard saying that “the loom paid the rent and the rent paid for nothing "
            "else.” Price’s own summary: “The front room was a factory with curtains.”\n"
        )
        found = quoted(text)
        assert [(p.speaker_name, p.work_title, p.via_name) for p in found] == [
            ("Jane Hughes", None, "Rhian Price"),
            ("Rhian Price", "Looms in the Front Room", None),
        ], entry


def test_every_labelled_turn_of_an_episode_s_transcript_was_said_in_that_episode():
    text = (
        "# Saltings: a podcast\n\n"
        "Transcripts of each episode, lightly edited by the producer, Kate Imrie.\n\n"
        "## Episode 9: “Salt on the Wind”, with Hal Brewer\n\n"
        "KATE IMRIE: What did the salt pans smell of when you were a boy?\n\n"
        "HAL BREWER: Burnt seaweed and money, my father used to say, and he was right about "
        "both.\n\n"
        "KATE IMRIE: And the men who worked them?\n\n"
        "HAL BREWER: Tired. Always tired, and always laughing at something.\n"
    )
    assert [(p.speaker_name, p.work_title) for p in quoted(text, "Kate Imrie")] == [
        ("Kate Imrie", "Salt on the Wind"),
        ("Hal Brewer", "Salt on the Wind"),
    ] * 2


def test_a_voice_heard_on_a_recording_is_its_own_wherever_the_recording_is_named():
    text = (
        "## Lecture 6. Ada Quill, “The Drovers of Kirkby Stephen”\n\n"
        "Quill ended with a recording. An old drover, Isaac Bell, can be heard on the "
        "society's 1974 tape saying that “the "
        "cattle knew the road better than the dogs did.”\n"
    )
    assert read(text) == [("Isaac Bell", None, "Ada Quill")]
