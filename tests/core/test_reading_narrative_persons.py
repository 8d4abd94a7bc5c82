"""Persons in narrative: the words belong to the person the passage is about at that point,
named as fully as the text names them. A subject keeps speaking across the verbs it joins with
"and"; a "he" or "she" stands for the person the sentence or paragraph is about, not for whoever
was named last in passing (after "by", "with", in a participle opening the sentence, as one of
two named together, or as the subject of a clause whose "him"/"her" is someone else); ranks and
honours before a name describe one person; a courtesy title is kept as the text writes it. Each
rule on sentences written for it (invented boatyards, choirs, surgeries and markets; no essay's
or probe's wording)."""

from __future__ import annotations

from tests.fixtures.readings import quotations as quoted


def speakers(text: str) -> list[str | None]:
    return [p.speaker_name for p in quoted(text)]


def test_a_described_subject_who_did_something_first_and_then_said_the_words_speaks():
    found = quoted(
        "The yard's owner, Peter Quayle, wanted the slipway filled in. The harbour pilot walked "
        "the length of it at low water and said, ‘There is another fifty years in that stone if "
        "you leave it alone.’"
    )
    assert [(p.speaker_name, p.unnamed) for p in found] == [("The harbour pilot", True)]


def test_a_named_subject_keeps_speaking_across_a_verb_joined_with_and():
    found = speakers(
        "Dr Nell Roper examined every child in the village that winter and wrote to the board "
        "that ‘the school is colder than the churchyard and twice as damp.’"
    )
    assert found == ["Nell Roper"]


def test_a_pronoun_subject_rising_after_someone_else_spoke_is_the_one_who_speaks():
    found = speakers(
        "Walter Kettle kept the market's accounts for thirty years. At his farewell supper he "
        "stood up after the clerk, Amos Reddy, had read the figures, and said only: ‘Every "
        "penny of it was counted twice.’"
    )
    assert found == ["Walter Kettle"]


def test_the_and_of_another_subjects_clause_is_not_read_across():
    found = speakers(
        "Ivy Marsh looked at the ledger, and Tom Keel laughed and told her, ‘You will never "
        "balance that one, not in a hundred years.’"
    )
    assert found == ["Tom Keel"]


def test_a_name_after_by_in_a_sentence_about_his_own_evening_is_named_in_passing():
    found = speakers(
        "Samuel Brear conducted the choir from 1921. His last concert was a Messiah in 1948, "
        "reviewed by the organist of the minster, Harold Pym, and by the critic Basil Dorne. "
        "He wrote afterwards that ‘a choir is a family that argues in tune.’"
    )
    assert found == ["Samuel Brear"]


def test_a_she_met_by_someone_is_still_the_she_of_the_next_sentence():
    found = speakers(
        "The novelist Clara Voss came to the surgery's centenary in 1990. She was shown round "
        "by the senior partner's wife, Lena Gough, who had once been her nurse. She told the "
        "guests that the waiting room was ‘exactly as frightening as I remember it.’"
    )
    assert found == ["Clara Voss"]


def test_the_him_a_named_subject_acts_on_is_whom_the_next_he_stands_for():
    found = speakers(
        "Jonah Brill, the fiddler from Alston, arrived on the Saturday with his son Kit. The "
        "landlord, Harry Foulds, had given him the back bedroom. He played until two and "
        "wrote later that ‘nobody in that bar ever once asked for a waltz.’"
    )
    assert found == ["Jonah Brill"]


def test_a_him_in_a_clause_with_its_own_subject_does_not_move_the_passage():
    found = speakers(
        "Jonah Brill's brother, Saul Brill, who farmed at Garrigill, told me when I visited "
        "him in 2011 that their father ‘never played the same tune the same way twice.’"
    )
    assert found == ["Saul Brill"]


def test_ranks_and_honours_before_a_name_describe_one_person_named_later_by_them():
    found = speakers(
        "The regatta was founded in 1908 by Brig Sir Roland Tewley, who had commanded the "
        "garrison. Sir Roland chaired its first committee and told the members that ‘a race "
        "nobody can lose is not worth rowing.’"
    )
    assert found == ["Roland Tewley"]


def test_a_he_after_major_the_hon_is_that_man_not_the_mayor_named_after():
    found = speakers(
        "Major the Hon. Felix Arden opened the boatyard in 1931. At the dinner that night he "
        "rose after the mayor, Councillor George Platt, had finished, and said: ‘Boats are "
        "the only buildings that forgive bad weather.’"
    )
    assert found == ["Felix Arden"]


def test_a_courtesy_title_the_text_always_writes_is_kept_for_the_she_who_speaks():
    found = speakers(
        "Mrs Hilda Crowe ran the post office at Brough for forty years. Asked by a customer "
        "whether she would ever retire, she said: ‘When the stamps stop needing licking.’"
    )
    assert found == ["Mrs Hilda Crowe"]


def test_a_name_written_with_and_without_its_courtesy_title_is_given_as_it_stands_alone():
    found = speakers(
        "Mrs Hilda Crowe ran the post office at Brough. Hilda Crowe was also its only "
        "postwoman. She said once that ‘a parcel is just a letter that ate too much.’"
    )
    assert found == ["Hilda Crowe"]


def test_someone_who_asked_named_after_by_in_an_opening_participle_does_not_answer():
    found = speakers(
        "Ellen Shaw kept the ferry inn until 1962. Questioned in 1958 by the brewery's "
        "inspector, Martha Lyle, about the late licences, she replied: ‘The river keeps its "
        "own hours and so do I.’ Her son, Robert, told us that ‘she never once shut the "
        "door on a wet traveller.’"
    )
    assert found == ["Ellen Shaw", "Robert Shaw"]


def test_two_people_named_together_are_a_they_and_never_the_next_she():
    found = speakers(
        "Nora Pike ran the bakery on Fell Street. The two millers, Isaac Dunn and Jacob Royle, "
        "would not sell her flour on credit. Asked by a neighbour whether she minded, she "
        "said: ‘Flour is cheaper in Kendal anyway.’"
    )
    assert found == ["Nora Pike"]


def test_the_person_a_heading_names_is_the_she_when_several_people_fit():
    found = speakers(
        "## Agnes Tebay, organist 1931–1970\n\n"
        "The organ was rebuilt in 1950. The builder, Frank Ord, and the vicar, Laurence Hey, "
        "disagreed about the pipes for a year. Asked by a choirboy whether she had taken a "
        "side, she smiled: ‘I took the side of the bellows.’"
    )
    assert found == ["Agnes Tebay"]


def quoted_as(text: str) -> list[tuple[str | None, bool, str | None, str | None]]:
    return [(p.speaker_name, p.unnamed, p.work_title, p.page) for p in quoted(text)]


def test_a_characters_line_set_after_it_is_the_characters_in_the_play_the_paragraph_names():
    found = quoted_as(
        "The Garrick Players revived *The Tollkeeper's Daughter* in 1962. The rehearsals "
        "turned on Hester's last speech in the second act, “I paid the toll and kept the "
        "change, and that is all the sin I have” (p. 61), which the director cut twice."
    )
    assert found == [("Hester", False, "The Tollkeeper's Daughter", "61")]


def test_a_character_introduced_in_the_film_named_before_speaks_not_the_actor():
    found = quoted_as(
        "*Harvest Moon over Ripon* was filmed in the town in 1949. Its blacksmith, Mr Ebb, "
        "played by Walter Cross, has the line everybody remembers: ‘A horse knows a liar "
        "before his own mother does.’"
    )
    assert found == [("Mr Ebb", False, "Harvest Moon over Ripon", None)]


def test_a_character_who_sings_in_the_musical_named_before_sings_the_words():
    found = quoted_as(
        "The society's last show was the musical *Lanterns on the Lune*. In it Bessie, the "
        "innkeeper's girl, sings the number the whole hall hummed on the way home: ‘Put the "
        "kettle on for the last boat in.’"
    )
    assert found == [("Bessie", False, "Lanterns on the Lune", None)]


def test_a_characters_speech_as_the_subject_is_from_the_play_of_the_texts_title_line():
    found = quoted_as(
        "*The Weaver's Wager*: notes from the prompt book\n\n"
        "Week two. Abel's speech in the trial scene now stops at “and the loom owes me "
        "nothing” (p. 33), to the playwright's relief."
    )
    assert found == [("Abel", False, "The Weaver's Wager", "33")]


def test_the_title_track_is_from_the_album_the_passage_names():
    found = quoted_as(
        "In 1974 the Pendle Five made their only record, *Smoke over Barley*. The title "
        "track, written by their fiddler, Lenny Horrocks, begins: “Smoke over Barley and "
        "rain on the fell, and the mill bell ringing like a chapel bell.”"
    )
    assert found == [("Lenny Horrocks", False, "Smoke over Barley", None)]


def test_some_of_a_group_the_text_has_named_speak_as_the_text_writes_them():
    found = quoted_as(
        "The market traders were asked in 2021 what had changed. Most of those asked said "
        "that “the rents have gone up and the footfall has gone down.” One told us that “the "
        "pigeons are the only regulars left.” Another wrote that “a market without a fish "
        "stall is only a car park with awnings.”"
    )
    assert [(name, unnamed) for name, unnamed, _, _ in found] == [
        ("Most of those asked", True),
        ("One", True),
        ("Another", True),
    ]


def test_one_of_them_after_a_group_and_a_bare_one_with_no_group_before():
    found = quoted_as(
        "Several former apprentices wrote to the yard. Two of them remembered the same "
        "foreman: “He could hear a loose rivet from the canteen.”\n\n"
        "Boats are patient things. One would say that “a hull forgives nothing and "
        "forgets nothing.”"
    )
    assert found[0][:2] == ("Two of them", True)
    assert found[1][0] != "One"


def test_a_given_name_after_a_named_persons_widow_carries_the_familys_surname():
    found = quoted_as(
        "Amos Pell kept the lock until his death in 1951. Amos Pell's widow, Ruth, kept it "
        "for two more years and told the canal company that “a lock is not a widow's "
        "business, but it is this widow's.”"
    )
    assert found[0][:2] == ("Ruth Pell", False)


def test_a_colon_with_a_notes_mark_after_it_still_introduces_the_described_speaker():
    found = quoted_as(
        "The first examiner was brief. The second examiner, who teaches at the college, read "
        "the thesis twice and was kinder:⁴\n\n"
        "    The argument is sound and the footnotes are better than the argument.\n\n"
        "⁴ Examiner's report B, 3 May 2019.\n"
    )
    assert found[0][:2] == ("The second examiner", True)


def test_an_entrys_unnamed_visitor_who_asked_not_to_be_named_is_the_he_asked_after():
    found = quoted_as(
        "Director: Tobias Wren\n\n"
        "Day 4. Tobias Wren ran the storm scene twice. Visit from the harbourmaster at "
        "Looe, who asked not to be named in the log. Asked how a boat is brought in at "
        "night, he said, “Slowly, and with the lamp on the wrong side.”"
    )
    assert found[0][:2] == ("the harbourmaster at Looe", True)


def test_an_act_of_the_play_is_where_the_line_stands_never_the_work():
    found = quoted_as(
        "For the village pantomime of 1958, *Puss in Wellingtons*, Dame Trott's last line in "
        'Act II, "Mind the step, it has been there longer than you" (p. 40), got the laugh.'
    )
    assert found == [("Dame Trott", False, "Puss in Wellingtons", "40")]


def test_a_described_subject_speaks_across_a_verb_joined_with_but():
    found = quoted_as(
        "The county archivist, whose catalogue of the papers is still used, found little of "
        "value in the box but noted that ‘the rent books alone would repay a year of study.’"
    )
    assert found[0][:2] == ("The county archivist", True)


def test_a_husband_named_by_his_given_name_after_his_wife_carries_her_surname():
    found = speakers(
        "Nell Garside drove the mobile library for twenty years. Nell Garside's husband, "
        "Arthur, said of it only that “the van was hers and the punctures were mine.”"
    )
    assert found == ["Arthur Garside"]


def test_a_hyphened_rank_and_an_honour_before_a_name_describe_one_person():
    found = speakers(
        "Lieutenant-Colonel Sir Walter Brigg opened the drill hall in 1911. Sir Walter told "
        "the volunteers that “a hall is only a roof until the band plays in it.”"
    )
    assert found == ["Walter Brigg"]


def test_a_person_in_a_clause_that_says_when_is_named_in_passing():
    found = speakers(
        "Ada Thwaite took over the choir in 1962, the year the composer Irene Vale called it "
        "the best in the dale. She wrote later that “the best in the dale is a low bar.”"
    )
    assert found == ["Ada Thwaite"]


def test_a_line_to_someone_before_a_colon_is_the_one_whose_line_it_is():
    found = quoted_as(
        "*Low Water* is a novel about a ferry family. Compare the ferryman's silence in the "
        "first chapter with Ruth's line to her brother on the day of the auction: “A boat is "
        "only a house that has learned to leave” (p. 140)."
    )
    assert found == [("Ruth", False, "Low Water", "140")]


def test_an_answer_after_a_possessive_is_that_persons_but_names_no_play():
    found = quoted_as(
        "*The Tide Mill*: a stage manager's diary\n\n"
        "Day 9. Cast member Lily Armer asked whether the miller is a coward. Lily Armer's own "
        "answer, a week later: “He is a man who counts sacks instead of friends.”"
    )
    assert found == [("Lily Armer", False, None, None)]


def test_a_reply_in_the_papers_next_issue_is_written_in_it_not_relayed_by_it():
    text = (
        "The Ripley Courier's letters page ran the quarrel for a month. “Nobody has asked the "
        "pigeons,” Mr Amos Hurd replied the following week (RC, 9 May 1931, p. 6).\n\n"
        "RC  Ripley Courier.\nRH  Ripley Herald.\n"
    )
    found = quoted(text)
    assert [(p.speaker_name, p.work_title, p.via_name) for p in found] == [
        ("Mr Amos Hurd", "Ripley Courier", None)
    ]
