"""The speaker is the person a lead-in names, not what describes them (person20, session 20):
a club, a paper, a firm, a place, a role, a title or a bracket standing before, around or after
the name describes the person and never speaks; whoever the words were told to is no speaker
(a paper or a station told relays them, people told do not). Sentences written for this file,
in other words than the probes (probe-dunsop-cheese-awards, probe-eastmere-budget-blog) and the
held-out essays."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def _quotations(text: str, author: str = "Parish Correspondent") -> list[Proposal]:
    return [p for p in propose_passages(text, author=author) if p.kind == "quotation"]


def test_a_club_and_a_role_before_a_name_after_an_inverted_verb_describe_the_person() -> None:
    text = (
        "Harbury went out on penalties after a goalless two hours. “We lost the toss and then "
        "the plot,” says Harbury coach Denis Fairweather. “In that order, mind.”"
    )
    speakers = [q.speaker_name for q in _quotations(text)]
    assert speakers == ["Denis Fairweather", "Denis Fairweather"]


def test_a_clubs_possessive_before_a_name_is_no_speaker() -> None:
    text = (
        "The final was played in a downpour. “The pitch was more pond than grass by half "
        "time,” said Lydcombe's Petra Vaughan after the final whistle."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Petra Vaughan"
    assert quotation.doubt is None


def test_a_papers_writer_named_by_its_possessive_writes_in_that_paper() -> None:
    text = (
        "The Wexford Sentinel's Aidan Roche, who has covered the club for thirty years, called "
        "the final “a slow car crash with a happy ending”."
    )
    (quotation,) = _quotations(text)
    assert (quotation.speaker_name, quotation.work_title) == ("Aidan Roche", "Wexford Sentinel")


def test_a_papers_writer_who_spoke_the_words_is_not_printed_by_it() -> None:
    text = (
        "The Wexford Sentinel's Aidan Roche called the final “a slow car crash with a happy "
        "ending” when we spoke the next morning."
    )
    (quotation,) = _quotations(text)
    assert (quotation.speaker_name, quotation.work_title) == ("Aidan Roche", None)


def test_a_name_set_off_after_its_role_speaks_whatever_the_verb() -> None:
    text = (
        "The dispute went to arbitration in March. The union's area organiser, Brenda "
        "Tillotson, would say only that “talks are continuing in good faith on both sides”."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Brenda Tillotson"


def test_a_firm_and_its_town_after_a_name_describe_the_person() -> None:
    text = (
        "The accounts were checked in June. The auditor, Megan Price of Price & Lyle, Ashby, "
        "writes in her letter that “the records were complete and kept with unusual care”."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Megan Price"


def test_a_bracket_between_a_name_and_its_verb_is_no_part_of_the_name() -> None:
    text = (
        "Only one councillor spoke against. “Nobody on this side of the river was ever "
        "asked,” Councillor Amina Yusuf (Ind., Westgate) replied."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Amina Yusuf"


def test_a_role_set_off_after_an_inverted_verb_is_followed_by_the_person() -> None:
    text = (
        "The appeal closed a month early. “The appeal showed the town at its very best,” "
        "writes the hospice's director since 2015, Graham Pettifer, in the annual review."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Graham Pettifer"


def test_according_to_a_long_role_then_the_name_after_the_words() -> None:
    text = (
        "“Three stiles on that path have been broken since the spring,” according to the "
        "Ramblers' county footpaths secretary, Joan Oddie."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Joan Oddie"
    assert quotation.doubt is None


def test_a_name_may_begin_with_any_capital_letter() -> None:
    text = (
        "The hedges along the lane are older than they look. “We planted every one of those "
        "hedges by hand,” Łukasz Wróbel admits."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Łukasz Wróbel"


def test_a_surname_with_particles_after_a_rank_is_the_person_named_in_full() -> None:
    text = (
        "Councillor Pieter van den Bosch chaired the meeting. When it closed, Cllr van den "
        "Bosch's verdict was that the scheme was “dead, but not yet buried”."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Pieter van den Bosch"
    assert quotation.doubt is None


def test_a_suffix_is_part_of_the_name_and_the_surname_is_before_it() -> None:
    text = (
        "Harold Benn Jr. runs the bakery his father opened. Benn, asked whether he would "
        "sell, said the shop was “not for sale while I can still lift a tray”."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Harold Benn Jr."


def test_a_station_told_relays_the_words_and_people_told_do_not() -> None:
    told = (
        "Mrs Ada Pryce ran the post office for forty years. She told {} that the closure was "
        "“a slow way of saying goodbye to a village”."
    )
    (station,) = _quotations(told.format("Radio Harbury"))
    (meeting,) = _quotations(told.format("the meeting"))
    # the courtesy title the text always writes her with is kept (people21)
    assert (station.speaker_name, station.via_name) == ("Mrs Ada Pryce", "Radio Harbury")
    assert (meeting.speaker_name, meeting.via_name) == ("Mrs Ada Pryce", None)


def test_a_given_name_the_text_says_someone_gave_is_their_name() -> None:
    text = (
        "At the door a steward who gave his name only as Cyril was taking tickets. The hall, "
        "Cyril said, “has not been this full since the flood”."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Cyril"


def test_in_his_words_before_a_clause_is_the_man_named_before() -> None:
    text = (
        "The member for Castle Ward, Cllr Tariq Mahmood, was less kind. In his words, the plan "
        "was “a bypass around the people who live here”."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Tariq Mahmood"
    assert quotation.doubt is None


def test_a_woman_named_like_a_street_is_a_woman() -> None:
    text = (
        "A woman, Dorothy Lane, stopped me on the bridge and pointed at the water. “You'll "
        "want the ferry,” she said, “but it won't want you.”"
    )
    speakers = [q.speaker_name for q in _quotations(text)]
    assert speakers == ["Dorothy Lane", "Dorothy Lane"]


def test_a_sentence_running_into_the_next_words_is_their_lead_in_not_a_said_clause() -> None:
    text = (
        "The mayor, Joan Ashe, cut the tape and told the crowd that the bridge was “built "
        "for carts and kept for walkers.” The Harbury Echo's Tom Reddy, who has followed the "
        "repairs since they began, called the day “the quietest triumph in years”."
    )
    first, second = _quotations(text)
    assert first.speaker_name == "Joan Ashe"
    assert (second.speaker_name, second.work_title) == ("Tom Reddy", "Harbury Echo")


def test_a_person_told_by_their_full_name_a_paper_is_no_speaker_the_paper_relays() -> None:
    text = (
        "Agnes Mowbray kept the reserve's records for forty years. When the quarry wanted to "
        "widen, she told the Harbury Evening Echo that the plan was “a crater where a meadow "
        "used to be”.¹\n\n¹ Harbury Evening Echo, 3 May 1988, p. 2."
    )
    (quotation,) = _quotations(text)
    assert (quotation.speaker_name, quotation.via_name) == ("Agnes Mowbray", "Harbury Evening Echo")


def test_speaking_to_a_paper_relays_the_words_whatever_the_role_before_the_name() -> None:
    text = (
        "Speaking to the Dunford Gazette last week, groundsman Colin Platt said the new drains "
        "were “finally doing what they were paid for”."
    )
    (quotation,) = _quotations(text)
    assert (quotation.speaker_name, quotation.via_name) == ("Colin Platt", "Dunford Gazette")


def test_a_religious_title_and_its_house_describe_the_person_who_put_it() -> None:
    text = (
        "As Brother Cuthbert of Ampleforth put it, “silence is not the absence of an answer "
        "but the start of one”."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Brother Cuthbert"


def test_a_title_with_a_full_stop_ends_no_sentence_before_its_name() -> None:
    text = (
        "“The bells have been rung here every Sunday since 1702,” Revd. Margaret Kiely-Shaw "
        "told visitors."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Margaret Kiely-Shaw"


def test_two_ranks_before_a_name_are_both_dropped() -> None:
    text = (
        "“We were never asked about the car park,” Councillor Dame Ruth Amory (Lab., "
        "Eastgate) replied."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Ruth Amory"


def test_a_suffix_after_four_words_of_a_name_is_kept() -> None:
    text = (
        "In the words of Dr. Tomás Ó Briain Jr., “a harbour is a promise made to the weather "
        "by people who know better”."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Tomás Ó Briain Jr."


def test_descriptions_joined_by_and_before_a_name_describe_one_person() -> None:
    text = (
        "“I have never seen the river so low,” says Ravensworth angler and former water "
        "bailiff Stanley Kerr-Boyd, 81."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Stanley Kerr-Boyd"


def test_a_kinsmans_possessive_and_role_set_off_before_the_name() -> None:
    text = (
        "“The orchard was my grandfather's pride,” said Hale's daughter, Ann Hale-Brook, who "
        "still lives on the farm."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Ann Hale-Brook"


def test_a_surname_with_a_joined_particle_is_a_name() -> None:
    text = (
        "The station's manager, Yusuf al-Rashid, told reporters that the line was “the only "
        "thing keeping the village alive”."
    )
    (quotation,) = _quotations(text)
    assert (quotation.speaker_name, quotation.via_name) == ("Yusuf al-Rashid", None)


def test_where_a_person_named_in_full_is_from_stands_between_name_and_verb() -> None:
    text = (
        "Professor Ewa Kowalczyk-Nowak of Leeds University described the find as “a Roman "
        "rubbish tip, which is the best kind of site”."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Ewa Kowalczyk-Nowak"


def test_a_place_and_an_office_in_capitals_before_a_name_describe_the_person() -> None:
    text = (
        "“The levy is a tax by another name,” Eastmere MP Sarah Okonkwo-Hill told the "
        "Commons on Tuesday."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Sarah Okonkwo-Hill"


def test_a_subject_named_after_its_descriptions_speaks_after_a_colon() -> None:
    text = (
        "Harbury lost at home for the first time in a year. Former Harbury captain and now "
        "club president Derek Oates was blunt: “We were second best all afternoon.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Derek Oates"


def test_a_post_or_an_email_is_a_way_of_saying() -> None:
    text = (
        "Late that night the mayor, Joan Pike, tweeted that the flood barrier had “held, just, "
        "and so did we”."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Joan Pike"


def test_quoted_in_a_paper_as_saying_names_the_paper_without_the_as() -> None:
    text = (
        "Councillor Ben Ashe was quoted in the Harbury Echo as saying the plan was “dead on "
        "arrival and twice as expensive”."
    )
    (quotation,) = _quotations(text)
    assert (quotation.speaker_name, quotation.via_name) == ("Ben Ashe", "Harbury Echo")


def test_a_capitalised_verb_opening_the_lead_in_before_a_described_name() -> None:
    text = "Says club secretary Wendy Marsh-Odell: “We have never had so many juniors.”"
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Wendy Marsh-Odell"


def test_the_verdict_of_a_role_and_a_name_is_that_persons() -> None:
    text = (
        "“The best pie I have eaten this side of Wigan,” was the verdict of judge Harry "
        "Bolton-Price."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Harry Bolton-Price"


def test_the_last_word_goes_to_the_person_named_after_their_description() -> None:
    text = (
        "The dinner ran late. The last word went to the branch's oldest member, Ethel "
        "Akinyemi, 96: “I joined for the dances and stayed for the arguments.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Ethel Akinyemi"


def test_a_surname_that_is_also_a_title_ends_a_name() -> None:
    text = (
        "From the back of the hall, Mrs Nora Lord remembered her father: “He never locked the "
        "door in his life, and nobody ever came in uninvited.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Mrs Nora Lord"


def test_an_aside_between_dashes_stands_between_a_name_and_its_verb() -> None:
    text = (
        "The gate was locked again on Tuesday. Garside – who would not give his first name – "
        "said it had been “open since the war, and shut since Tuesday”."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Garside"


def test_a_role_capitalised_at_the_head_of_a_sentence_describes_the_person() -> None:
    text = (
        "Shopkeeper Li Wei, whose family has run the store since 1962, put it plainly: “No "
        "parking, no customers, no shop.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Li Wei"


def test_an_age_before_a_name_describes_the_person() -> None:
    text = "“It was the coldest winter I remember,” recalled 94-year-old Florence Adebayo."
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Florence Adebayo"
