"""Lead-ins where the one who speaks is not the first person the sentence names: an unnamed
writer whose letter someone prints, an unnamed person named in apposition, a possessive the
speaker talks about, a record its keeper wrote in, an unnamed subject placed by a phrase. Each
rule on sentences written for it (invented towns and people; no essay's wording)."""

from __future__ import annotations

from tests.fixtures.readings import quotations as quoted


def who(text: str) -> list[tuple[str | None, bool, str | None]]:
    """(speaker, unnamed, via) of each quotation."""
    return [(p.speaker_name, p.unnamed, p.via_name) for p in quoted(text)]


def test_an_unnamed_writers_letter_that_someone_prints_is_theirs_relayed():
    text = (
        "The historian Rosa Quill is fair to the ferry company. Quill prints a passenger's "
        "complaint from the winter of 1890: “We waited two hours in the sleet and were charged "
        "for the privilege.” She also reproduces one boatman's note in the same tone: “The "
        "company pays for the boat and never for the man who rows it.”"
    )
    assert who(text) == [
        ("a passenger", True, "Rosa Quill"),
        ("one boatman", True, "Rosa Quill"),
    ]


def test_someone_quoted_by_their_role_and_then_their_name_is_that_person():
    text = (
        "The town's best chronicler is Amos Webb. Webb quotes a cooper, Silas Fenn, who told "
        "the vestry that “the barrels leak because the town pays for them late”."
    )
    assert who(text) == [("Silas Fenn", False, "Amos Webb")]


def test_a_possessive_inside_what_someone_says_is_not_the_speaker():
    text = (
        "The schoolmaster Peter Lowe wrote in the margins of everything. The biographer Nora "
        "Hythe admires him. She writes that Lowe’s marginal notes are “the liveliest thing in "
        "the whole parish chest”. A page later she calls his handwriting “a hedge in a gale”."
    )
    assert [speaker for speaker, _, _ in who(text)] == ["Nora Hythe", "Nora Hythe"]


def test_words_someone_entered_in_a_record_they_kept_are_theirs():
    text = (
        "In 1811 the overseer of the poor, Jacob Rant, entered in his book against the name "
        "of a widow the words “relieved with a shilling and much advice”. The sexton, Ezra "
        "Dell, set down in the register “buried at night, the ground being frozen hard”."
    )
    assert [speaker for speaker, _, _ in who(text)] == ["Jacob Rant", "Ezra Dell"]


def test_an_unnamed_subject_placed_by_a_phrase_is_unnamed_as_written_without_the_place():
    text = (
        "The survey collected forty replies. A carter in the same parish was less patient: "
        "“The road is a ditch with ambitions.” A cousin of the surveyor was kinder: “It is "
        "a fine road for ducks.”"
    )
    assert [(speaker, unnamed) for speaker, unnamed, _ in who(text)] == [
        ("A carter", True),  # where the survey found him, not who he is
        ("A cousin of the surveyor", True),
    ]


def test_someone_remembered_or_described_by_another_is_not_the_speaker():
    text = (
        "The foreman of the dye works, Luke Tarrant, ran it for twenty years. He was "
        "remembered by an old dyer as “a fair man on paydays and a tyrant on Mondays”. He was "
        "described by Martha Kell as “louder than the boiler and about as warm”."
    )
    assert who(text) == [("an old dyer", True, None), ("Martha Kell", False, None)]


def test_his_successor_or_her_sister_is_not_the_one_the_possessive_names():
    text = (
        "The first curator, Basil Fenn, thought the museum a waste of a good barn, and his "
        "successor was kinder: “It is the only barn in the county with a catalogue.”[1]\n\n"
        "Notes\n\n[1] Cora Wyatt, Museum Diary, 1931, fol. 4r.\n"
    )
    assert [speaker for speaker, _, _ in who(text)] == ["Cora Wyatt"]


def test_a_one_word_name_opening_a_sentence_is_the_he_of_the_sentences_after():
    text = (
        "Our group read the old philosophers last spring. Epictetus lectured to slaves and "
        "senators alike, and had been a slave himself. In the Handbook he is blunt: “Some "
        "things are in our power, and some are not.” Light reaches the cave only at noon, and "
        "she who waits for it waits long. Nobody in the group could agree about that."
    )
    assert [speaker for speaker, _, _ in who(text)] == ["Epictetus"]


def test_a_word_the_text_also_writes_in_small_letters_is_no_one_word_name():
    text = (
        "The lamp burned all night. Light reaches the cave only at noon, and the light is "
        "grey. He wrote in the margin: “Not enough to read by, and too much to sleep.”"
    )
    assert [speaker for speaker, _, _ in who(text)] == [None]


def test_someone_called_by_a_role_opening_a_sentence_is_the_he_after_unnamed():
    text = (
        "The historian Jonas Rook wrote the standard account of the abbey.\n\n"
        "The Chronicler disliked the new abbot from the first day. He does not hide it. "
        "“A man who counts candles will soon count souls,” he writes."
    )
    assert who(text) == [("The Chronicler", True, None)]


def test_a_role_subject_who_addresses_someone_is_not_the_she_after():
    text = (
        "Ada Lusk kept the lock for thirty years. The inspector questioned her about the "
        "flood. “The water came over the gate as if it owned the place,” she said."
    )
    assert [speaker for speaker, _, _ in who(text)] == ["Ada Lusk"]


def test_a_one_word_name_after_an_opening_phrase_is_the_he_after():
    text = (
        "The group's last evening was on the Stoics. In the second book Seneca returns to his "
        "brother, and the letter turns stern. He writes: “No man is free who is a slave to his "
        "dinner.”"
    )
    assert [speaker for speaker, _, _ in who(text)] == ["Seneca"]


def test_someone_unnamed_at_a_sentences_end_is_the_she_that_opens_the_next():
    text = (
        "The best account of the flood came to the society from a schoolteacher, who asked us "
        "not to print her name. She had watched the water rise from the upstairs window. "
        "“The piano floated before the chairs did,” she wrote, “which nobody has ever "
        "explained to me.”"
    )
    assert who(text) == [("a schoolteacher", True, None), ("a schoolteacher", True, None)]
