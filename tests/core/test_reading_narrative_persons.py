"""Persons in narrative: the words belong to the person the passage is about at that point,
named as fully as the text names them. A subject keeps speaking across the verbs it joins with
"and"; a "he" or "she" stands for the person the sentence or paragraph is about, not for whoever
was named last in passing (after "by", "with", in a participle opening the sentence, as one of
two named together, or as the subject of a clause whose "him"/"her" is someone else); ranks and
honours before a name describe one person; a courtesy title is kept as the text writes it. Each
rule on sentences written for it (invented boatyards, choirs, surgeries and markets; no essay's
or probe's wording)."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def quoted(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="The Essayist") if p.kind == "quotation"]


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
