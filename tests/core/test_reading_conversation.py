"""Speech in narrative: who speaks in the dialogue of a memoir, a travel book, a translated
novel or a court report, as a reader follows it. The text's own "I" saying words is its author
(the translator in a section headed as the translator's); a second sentence in fresh quote
marks after a said-clause is still that speaker's, whatever the sentence after it is about;
turns with no tag alternate between the two people talking; a speech that opens a paragraph
after "She told me about …" is hers, and the words it recounts are part of it; "The chairman
that day was X" makes a later "said the chairman" X. Each rule on sentences written for it
(invented lighthouses, orchards and courts; no essay's or probe's wording)."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def quoted(text: str, author: str = "Nora Quayle") -> list[Proposal]:
    return [p for p in propose_passages(text, author=author) if p.kind == "quotation"]


def speakers(text: str, author: str = "Nora Quayle") -> list[str | None]:
    return [p.speaker_name for p in quoted(text, author)]


def test_the_narrators_own_words_are_the_authors_and_carry_no_doubt():
    found = quoted(
        "The keeper of the Skerry light was Hamish Dunlop, who had not spoken to a stranger "
        "in a month. “Is the lamp ever out?” I asked him on the first evening.\n\n"
        "“Once, in 1931,” he said, “and I have not slept well since.”"
    )
    assert [p.speaker_name for p in found] == ["Nora Quayle", "Hamish Dunlop", "Hamish Dunlop"]
    assert found[0].doubt is None


def test_a_split_quotation_with_i_in_the_middle_is_the_authors_both_halves():
    assert speakers(
        "Long afterwards a cousin asked what the island had taught me. ‘That weather is "
        "patient,’ I said, ‘and people are not, and only one of them can be waited out.’ "
        "She laughed at me."
    ) == ["Nora Quayle", "Nora Quayle"]


def test_the_i_of_a_translators_note_is_the_translator_not_the_author():
    found = speakers(
        "ORCHARD WINTERS\nIlse Brandt\nTranslated from the German by Colin Mair\n\n"
        "## A note on the translation\n\n"
        "Brandt's sentences are long, and I have not shortened them. “Must they be so "
        "long?” I asked my editor, who did not answer.\n\n"
        "## The first winter\n\n"
        "The frost came early that year. “Will the trees stand it?” I asked our neighbour, "
        "Jakob Renz. “They always have,” he said.",
        author="Ilse Brandt",
    )
    assert found == ["Colin Mair", "Ilse Brandt", "Jakob Renz"]


def test_a_second_quotation_after_he_added_is_his_not_the_next_sentences_subject():
    assert speakers(
        "The miller, Tobias Fenn, was asked about the flood. ‘The water came in at the "
        "door,’ he added. ‘It left by the chimney.’ His neighbour Agnes Wray told the same "
        "story differently."
    ) == ["Tobias Fenn", "Tobias Fenn"]


def test_a_said_clause_with_words_after_its_verb_still_passes_the_speaker_on():
    assert speakers(
        "The boatman at the weir was an old soldier named Silas Crowe. “Nobody crosses "
        "today,” he told me when I showed him my ticket. “The river has its own "
        "timetable.” The ticket office closed at noon."
    ) == ["Silas Crowe", "Silas Crowe"]


def test_turns_with_no_tags_alternate_between_the_two_people_talking():
    found = quoted(
        "The shepherd, Ewan Rigg, met me at the gate. “You have come the long way,” he "
        "said.\n\n"
        "“Is there a short one?” I asked.\n\n"
        "“There was, before the bridge fell.”\n\n"
        "“When did it fall?”\n\n"
        "“The year my father died. He said it would.”"
    )
    assert [p.speaker_name for p in found] == [
        "Ewan Rigg",
        "Nora Quayle",
        "Ewan Rigg",
        "Nora Quayle",
        "Ewan Rigg",
    ]
    assert found[2].doubt is None


def test_an_untagged_answer_to_one_tagged_question_is_the_other_person_of_the_scene_doubted():
    found = quoted(
        "The second case that morning was a carrier, Reuben Stott, summoned for leaving his "
        "cart on the green. The presiding justice was Major Clement Hayle.\n\n"
        "‘Why was the cart there all night?’ asked the justice.\n\n"
        "‘The horse would not move it, sir.’\n\n"
        "The bench fined him a shilling."
    )
    assert [p.speaker_name for p in found] == ["Clement Hayle", "Reuben Stott"]
    assert found[1].doubt is not None and "Reuben Stott" in found[1].doubt


def test_a_role_held_then_names_whoever_later_speaks_by_that_role():
    assert speakers(
        "The foreman in those years was Albert Ringrose, and nobody liked him.\n\n"
        "‘Late again?’ said the foreman."
    ) == ["Albert Ringrose"]


def test_a_speech_after_she_told_me_about_is_hers_and_its_inner_quotations_stay_in_it():
    found = quoted(
        "At the last croft the widow, Morag Sinclair, made us tea. She told me about the "
        "night the boat did not come back.\n\n"
        "“We waited on the shore until it was light, all of us, and nobody spoke.\n\n"
        "“Then the minister came down and said, ‘Go home and wait there,’ and my mother "
        "said, ‘I have waited here for ten years,’ and she did not move.”"
    )
    assert [p.speaker_name for p in found] == ["Morag Sinclair"]
    assert found[0].text.startswith("We waited on the shore")
    assert found[0].text.endswith("she did not move.")


def test_an_untagged_statement_after_a_sentence_saying_he_spoke_is_his():
    assert speakers(
        "Then the defendant, Hector Vane, was invited to reply. He rose and spoke for a "
        "long time.\n\n"
        "‘I did not take the ladder. I borrowed it, and I meant to bring it back.’"
    ) == ["Hector Vane"]


def test_an_essay_quoting_a_source_after_a_narrative_sentence_keeps_its_citation():
    found = quoted(
        "Dunlop spoke to the inquiry in 1932. He told it about the night of the storm.\n\n"
        "‘The glass broke at two and the lamp went out at ten past.’ (Report, p. 14)"
    )
    assert [p.page for p in found] == ["14"]


def test_i_asked_her_about_it_does_not_make_the_answer_mine():
    found = speakers(
        "I found Lena Voss in her garden. I asked her about the war.\n\n"
        "“It was mostly cabbages,” she said."
    )
    assert found == ["Lena Voss"]


def test_an_untagged_answer_to_the_narrators_question_is_whom_that_paragraph_names():
    found = quoted(
        "The ferry was kept by Wilf Haddon, who had lost two fingers to the chain. “Does it "
        "still hurt?” I asked.\n\n"
        "“Only when it rains, and it always rains.”"
    )
    assert [p.speaker_name for p in found] == ["Nora Quayle", "Wilf Haddon"]


def test_words_after_a_sentence_saying_only_what_she_did_are_hers_but_doubted():
    found = quoted(
        "Greta Lund ran the bakery on Mill Street until 1962. She wiped her hands on her "
        "apron before she opened the door.\n\n"
        "“If you want bread you are late, and if you want gossip you are early.”"
    )
    assert [p.speaker_name for p in found] == ["Greta Lund"]
    assert found[0].doubt is not None


def test_she_after_a_man_named_last_is_the_woman_the_page_is_about_in_both_halves():
    found = quoted(
        "Winifred Dacre kept the parish records for forty years. Winifred Dacre also "
        "founded the choir, and it was Winifred Dacre who saved the organ.\n\n"
        "The church itself is small and cold, with a tower that leans.\n\n"
        "The registers go back to 1598, with a gap during the Commonwealth.\n\n"
        "The vicar in those years, Mr Ralph Dacre, a cousin, thought the records a waste of "
        "paper.\n\n"
        "She never agreed with him. ‘A parish that forgets its dead,’ she told the vestry, "
        "‘will soon forget its living.’"
    )
    assert [p.speaker_name for p in found] == ["Winifred Dacre", "Winifred Dacre"]
    assert found[0].doubt is not None and "about" in found[0].doubt


def test_no_one_is_guessed_when_two_people_are_named_equally_often():
    found = speakers(
        "Ada Pryce and Lena Hobb ran the shop together. Ada Pryce kept the books; Lena Hobb "
        "served.\n\n"
        "Their landlord, Mr Victor Crane, wanted them out.\n\n"
        "‘We paid every week,’ she said, ‘and he still wanted us gone.’"
    )
    assert found == [] or found == [None, None]


def test_an_answer_to_a_question_asked_of_someone_named_is_theirs_in_a_new_scene():
    found = speakers(
        "The keeper's sister, Ingrid Holm, met the boat. “You are the first this month,” she "
        "said.\n\n"
        "Two men stood on the jetty, the harbourmaster, Piet Vos, and the customs officer, "
        "Anton Kuyper. “Any letters?” Vos asked the officer.\n\n"
        "“None that I would open.”\n\n"
        "“Then none that I would deliver.”"
    )
    assert found == ["Ingrid Holm", "Piet Vos", "Anton Kuyper", "Piet Vos"]


def test_the_narrators_kin_named_once_speak_by_name_and_unnamed_kin_as_written():
    found = quoted(
        "My grandfather, Joseph Marr, kept bees behind the forge. ‘A hive is a parliament,’ "
        "my grandfather said, ‘with better manners.’\n\n"
        "Nobody asked the bees. ‘They sting the ones who deserve it,’ said my aunt."
    )
    assert [p.speaker_name for p in found] == ["Joseph Marr", "Joseph Marr", "my aunt"]
    assert not found[0].unnamed and found[2].unnamed
