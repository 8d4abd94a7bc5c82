"""An unnamed speaker is the one the text describes, in the text's own words (unnamed20).

Reports, surveys, minutes, news stories and memoirs quote people they do not name. A careful
reader gives the words to the person or group the sentence describes, as the text describes
them: the noun phrase that says who (its determiner, its words and what qualifies it), not its
verb nor the rest of the clause, nor a phrase that only says when. A "they" or a "she" stands
for the described group or person just named; a document or an opinion of a described person
is theirs; a described person later named is that name. Each rule on sentences written for it
(invented hospitals, bowling clubs, signal boxes and gardens; no essay's wording)."""

from __future__ import annotations

from tests.fixtures.readings import quotations as quoted


def speakers(text: str) -> list[tuple[str | None, bool]]:
    return [(p.speaker_name, p.unnamed) for p in quoted(text)]


def test_a_described_group_with_what_qualifies_it_speaks_whatever_its_verb():
    found = speakers(
        "The path was finished in March. Volunteers from the Tuesday work party described "
        "the new surface as \u201csofter than the old one and twice as muddy\u201d.\n"
    )
    assert found == [("Volunteers from the Tuesday work party", True)]


def test_a_bare_plural_after_an_opening_phrase_is_the_group_that_speaks():
    found = speakers(
        "In the club\u2019s winter questionnaire, members most often described the green as "
        "\u201cslow in April and a skating rink by July\u201d.\n"
    )
    assert found == [("members", True)]


def test_a_described_person_after_an_opening_clause_speaks_through_would_say_only():
    found = speakers(
        "Pressed on the cost, a hospital manager at the briefing would say only that the "
        "figure was \u201cstill being worked out by people who work such things out\u201d.\n"
    )
    # the qualifier says who he is, not when he spoke; "would" is no part of him
    assert found == [("a hospital manager at the briefing", True)]


def test_a_phrase_that_only_says_when_is_not_part_of_the_description():
    found = speakers(
        "A steward at the 1996 final remembered that the terraces were \u201cswaying like "
        "a field of barley\u201d.\n"
    )
    assert found == [("A steward", True)]


def test_someone_a_letter_comes_from_speaks_through_a_who_clause():
    found = quoted(
        "The *Tarnside Bugle* of May 1952 carried a letter from a retired signalman who begged "
        "that \u201cthe last train be held for the men coming off the late shift\u201d.\n"
    )
    assert [(p.speaker_name, p.unnamed) for p in found] == [("a retired signalman", True)]


def test_a_document_of_a_described_person_is_theirs():
    found = speakers(
        "The head gardener\u2019s diary for that week, now at the county archive, reads: "
        "\u201cFrost on the glass. Lost the early peas. Told nobody.\u201d\n"
    )
    assert found == [("The head gardener", True)]


def test_an_opinion_of_a_described_person_is_theirs_whoever_printed_it():
    found = speakers(
        "Agnes Lowther wrote up the survey in 1958. Her report keeps, without a word of reply, "
        "a shepherd\u2019s verdict on the whole business, which she copied into it: "
        "\u201cThey count the flowers and never see the sheep.\u201d\n"
    )
    assert found == [("a shepherd", True)]


def test_they_stands_for_the_described_group_the_sentence_before_opens_on():
    found = speakers(
        "The ropes were replaced in 1988. Bell-ringers at the cathedral were the most "
        "outspoken. They told the dean that the new ropes were \u201clike pulling wet "
        "spaghetti\u201d.\n"
    )
    assert found == [("Bell-ringers at the cathedral", True)]


def test_she_after_a_described_person_in_the_same_sentence_is_that_person():
    found = speakers(
        "The Harbour Trust closed the lower car park on Monday. A porter at the station in "
        "Hexham told the inquiry she had seen the signal change: \u201cIt went to green and "
        "then straight back to red.\u201d\n"
    )
    # not the Trust of the sentence before, nor the town in her description
    assert found == [("A porter at the station in Hexham", True)]


def test_a_described_person_later_named_is_that_name():
    found = speakers(
        "The third caller, a retired midwife, Nora Pike, remembered the flood: "
        "\u201cWe delivered a baby in the vestry by candlelight.\u201d\n"
    )
    assert found == [("Nora Pike", False)]


def test_a_described_person_is_not_the_named_person_of_the_sentence_before():
    found = speakers(
        "The director, Jane Orr, opened the meeting. One trustee, who had served since "
        "1990, wrote in her report that the roof was \u201cheld up by habit and "
        "optimism\u201d.\n"
    )
    assert found == [("One trustee", True)]


def test_a_pronoun_after_a_described_relation_still_stands_for_the_one_it_is_about():
    found = speakers(
        "Ada Kell grew up above a bakery in Leith. Her form teacher\u2019s report says that "
        "she was \u201cquick, untidy and certain of everything\u201d. She said later that "
        "leaving at fifteen had been \u201cthe best decision I ever made by accident\u201d.\n"
    )
    # "Her form teacher" is described by her relation to Ada Kell: the next "She" is Ada
    assert found == [("Her form teacher", True), ("Ada Kell", False)]


def test_words_among_them_are_the_described_group_of_the_sentence_before():
    found = speakers(
        "The hospice asked families what mattered most. Many relatives wrote back at length. "
        "Among them:\n\n"
        "\u201cThe nurses knew his name and his jokes by the second day.\u201d\n"
    )
    # "them" is the group the sentence before opens on, as the text describes it
    assert found == [("Many relatives", True)]


def test_people_a_named_subject_speaks_to_are_not_the_speaker():
    found = speakers(
        "The mayor, Ruth Hale, thanked the stewards at the gate and said that it had been "
        "\u201cthe wettest, latest and happiest show the town has ever held\u201d.\n"
    )
    # the stewards are whom she thanked, not who spoke
    assert len(found) == 1 and "stewards" not in (found[0][0] or "")


def test_a_record_that_speaks_is_no_described_person():
    found = speakers(
        "The quarry closed in 1931. The pay register records that the last men were paid "
        "\u201cin full, and two days over, by order\u201d.\n"
    )
    assert found[0][0] != "The pay register"


def test_a_described_subject_of_a_colon_lead_in_speaks_whatever_its_verb():
    found = speakers(
        "Two of the four surviving stokers, both now in their eighties, only laughed: "
        "\u201cWe were deaf by thirty and proud of it.\u201d\n"
    )
    assert found == [("Two of the four surviving stokers", True)]


def test_a_plural_noun_opening_the_sentence_is_a_described_group_not_a_name():
    found = speakers(
        "Eyewitnesses on the quay described \u201ca wall of spray that hid the whole "
        "breakwater\u201d.\n"
    )
    assert found == [("Eyewitnesses on the quay", True)]


def test_a_noun_of_saying_after_the_verb_leads_to_the_words():
    found = speakers(
        "Tenants of the upper flats expressed concern that the lift would be \u201cout of "
        "action more often than in it\u201d.\n"
    )
    assert found == [("Tenants of the upper flats", True)]


def test_a_said_clause_after_the_words_names_a_described_speaker():
    found = speakers(
        "\u201cWe will look again at the winter timetable before December,\u201d said a "
        "spokeswoman for the ferry operator.\n"
    )
    assert found == [("a spokeswoman for the ferry operator", True)]


def test_according_to_a_described_person_gives_the_words_to_them():
    found = speakers(
        "According to one retired bargeman, the cut was \u201cdeeper in the middle than "
        "any chart admits\u201d.\n"
    )
    assert found == [("one retired bargeman", True)]


def test_a_described_person_called_by_a_name_is_that_name():
    found = speakers(
        "The chair of the allotment society, a retired signalman called Walter Ibbs, only "
        "sighed: \u201cThey never mend the gate before the show.\u201d\n"
    )
    assert found == [("Walter Ibbs", False)]


def test_a_group_named_only_in_general_does_not_speak_a_mere_phrase():
    # the writer's summary of what such people think, in a phrase: no one's words
    assert quoted("Most anglers thought the new weir \u201ca waste of good stone\u201d.\n") == []


def test_an_addressee_described_in_a_side_clause_does_not_take_the_main_clauses_words():
    found = speakers(
        "Joan Speight kept the reading room. To a carter who grumbled that the fire was never "
        "lit, she wrote back: \u201cThe coal is bought with your pennies, and you have not "
        "paid yours since Easter.\u201d\n"
    )
    assert found == [("Joan Speight", False)]


def test_an_office_the_text_describes_is_the_person_its_citation_names():
    found = quoted(
        "The canal was cut in two seasons. Its surveyor promised that the cut would "
        "\u201ccarry every barge of the valley without a single lock\u201d.[1]\n\n"
        "Notes\n\n"
        "1. Amos Pell, Survey of the Upper Level, 1791, p. 9.\n"
    )
    assert [(p.speaker_name, p.unnamed) for p in found] == [("Amos Pell", False)]


def test_a_time_in_a_described_phrase_is_part_of_it():
    found = speakers(
        "A commuter on the 8.05, who would not give her name, said the carriage was "
        "\u201cstanding room only from the first stop to the last\u201d.\n"
    )
    assert found == [("A commuter on the 8.05", True)]
