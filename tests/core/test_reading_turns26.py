"""Whose the words of written-up talk are (turns26): a split quotation is one speaker's, the
pronoun between its halves standing for the person the sentence before makes its subject, or
the one the paragraph opens on, when the text says the last name written is of the other sex;
a lead-in that is only a name and a time, place or manner ("Ivo, after the vote:"); a bare
possessive before the book the words were printed in ("The standard view is Ann Hale's, in
*Title*:"). Each rule on sentences written for it (invented regattas, bell towers and allotments;
no essay's wording)."""

from __future__ import annotations

from tests.fixtures.readings import quotations as quoted


def speakers(text: str) -> list[str | None]:
    return [p.speaker_name for p in quoted(text)]


def test_the_pronoun_after_a_split_quotation_is_the_sentences_subject_not_its_object():
    found = quoted(
        "The sculls final was a rematch. Ifan Roderick, who rows for the Dee club, had lost "
        "to Tamsin Carew, the holder, twice this summer. “I knew her start would be quicker "
        "than mine,” he admitted on the bank. “So I rowed my own race.”"
    )
    assert [p.speaker_name for p in found] == ["Ifan Roderick", "Ifan Roderick"]


def test_a_subject_the_text_calls_a_man_outranks_a_woman_named_later_in_his_sentence():
    found = speakers(
        "The tower captain, Alwyn Probert, who has taught his youngest ringer Nerys Dowell "
        "since she was nine, thought the third bell was dropped twice. “It was the rope, not "
        "the ringer,” he said afterwards. “Nobody below could have told.”"
    )
    assert found == ["Alwyn Probert", "Alwyn Probert"]


def test_a_sentence_opening_on_a_phrase_gives_no_subject_to_prefer():
    found = speakers(
        "Dilys Prosser kept the allotments' books.\n\n"
        "When the county sent its inspector, Bevan Lloyd, in 1931, it was Dilys who showed "
        "him the plots. “We grow for the table, not the show bench,” she told him."
    )
    assert found == ["Dilys Prosser"]


def test_a_stated_wife_is_not_unsaid_by_a_himself_later_in_her_sentence():
    found = speakers(
        "We played against Marian Hollis and her husband, Keir Hollis, and partnered Ivo "
        "Grange.\n\n"
        "Ivo bid nothing, which surprised us. Marian had already scored the hand when he "
        "explained himself. “I had seen the cards before,” he said later, “and I said so.”"
    )
    assert found == ["Ivo Grange", "Ivo Grange"]


def test_the_man_the_paragraph_opens_on_outranks_one_named_only_paragraphs_before():
    found = speakers(
        "The judges were Lorna Vickery and her husband, Aled Vickery, with Cai Morland.\n\n"
        "Cai held out for the marrow. Lorna had signed the card by then. “A marrow is judged "
        "by weight and by nothing else,” he said."
    )
    assert found == ["Cai Morland"]


def test_a_name_and_a_time_or_place_alone_before_a_colon_is_the_speaker():
    found = quoted(
        "The vote went to a second count. Imogen Price stood against Rhodri Abbot.\n\n"
        "Imogen, after the result: “I will take a recount over a walkover.”\n\n"
        "Abbot, more quietly: “We both knew it would be close.”"
    )
    assert [p.speaker_name for p in found] == ["Imogen Price", "Rhodri Abbot"]
    assert all(p.doubt is None for p in found)


def test_a_name_and_a_clause_before_a_colon_is_not_read_as_the_speaker_alone():
    found = speakers(
        "Imogen Price stood in 1998. Imogen, who lost, wrote to the agent: “Never again.”"
    )
    assert found == ["Imogen Price"]


def test_a_possessive_before_the_book_the_words_are_in_names_their_writer():
    found = quoted(
        "The accepted rule for spring feeding is Hester Quill's, in *The Cottage Apiary* "
        "(1927): “A hungry colony in April is a dead colony by June” (p. 33)."
    )
    assert [(p.speaker_name, p.work_title, p.page) for p in found] == [
        ("Hester Quill", "The Cottage Apiary", "33")
    ]


def test_a_possessive_with_too_before_a_later_letter_names_the_same_writer():
    found = speakers(
        "Hester Quill kept bees at Wray for fifty years. The opposite view is Quill's too, in "
        "a letter to the journal: “I was wrong about April; May is the cruel month.”"
    )
    assert found == ["Hester Quill"]


def test_a_voice_raised_or_lowered_is_a_verb_of_saying():
    found = quoted(
        "The lock-keeper, Ruben Tasker, had kept the gates for thirty years.\n\n"
        "As I left, Tasker called after me, “Write that the water was low,” and then, “But "
        "not that low.”\n\n"
        "A boatman at the bottom lock whispered, rather too loudly, “He says that every year.”"
    )
    assert [(p.speaker_name, p.unnamed) for p in found] == [
        ("Ruben Tasker", False),
        ("Ruben Tasker", False),
        ("A boatman at the bottom lock", True),
    ]


def test_a_time_opening_a_sentence_without_a_comma_is_not_its_subject():
    found = speakers(
        "The lock-keeper, Ruben Tasker, had kept the gates for thirty years.\n\n"
        "The next morning Tasker sent me a postcard, which I keep: “The gates are older than "
        "the canal company.”"
    )
    assert found == ["Ruben Tasker"]


def test_words_sent_to_the_writer_in_writing_are_stated_as_the_senders():
    found = quoted(
        "The lock-keeper, Ruben Tasker, had kept the gates for thirty years.\n\n"
        "The next week Ruben sent me a postcard, which I copy here: “The gates are older "
        "than the canal company.”"
    )
    assert [(p.speaker_name, p.doubt) for p in found] == [("Ruben Tasker", None)]


def test_a_possessive_view_of_something_is_a_verb_of_saying():
    found = quoted(
        "Ivy Marsh kept the tea urn for the club. Ivy's view of it, at the meeting of 1988, "
        "is that it is “older than the members and better tempered”."
    )
    assert [(p.speaker_name, p.doubt) for p in found] == [("Ivy Marsh", None)]


def test_two_people_named_in_full_side_by_side_are_no_couple_of_one_surname():
    found = speakers(
        "The replay was set for Saturday. Its two captains, Iris Bellamy and Conrad Vane, "
        "shook hands on it.\n\n"
        "Vane, more quietly: “We were lucky to get a second go.”"
    )
    assert found == ["Conrad Vane"]
