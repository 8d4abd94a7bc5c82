"""Where a speaker's name starts and ends (names22, session 22): the name is exactly the
person's or body's name as the text gives it. No office, time, place, postscript mark or
heading before it is part of it, nothing of it is lost (a name in capitals, a family's word
before a given name), and a verb that names what the words call something ("dubbed the club",
"summed the day up as") says them. Sentences written for this file, in other words than the
probes (probe-names22-bowls-agm, probe-names22-wedding-blog) and the held-out essays."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def _quotations(text: str, author: str = "Club Historian") -> list[Proposal]:
    return [p for p in propose_passages(text, author=author) if p.kind == "quotation"]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in _quotations(text)]


def test_an_office_before_a_full_name_is_no_part_of_it() -> None:
    text = (
        "The regatta was nearly cancelled. Chief Steward Marcus Oyelaran wrote to the crews "
        "that the river was “high, brown and entirely unsuitable for anyone who values a dry "
        "blazer”. Parish Clerk Gwendolen Ashby said only that “the vestry has seen worse”."
    )
    assert _speakers(text) == ["Marcus Oyelaran", "Gwendolen Ashby"]


def test_a_capitalised_office_set_off_before_a_name_is_that_persons() -> None:
    text = (
        "Subscriptions rose by a third. The Membership Secretary, Mr Colin Hebblethwaite, "
        "wrote that the club had “more members than moorings, which is a nice problem to "
        "have”."
    )
    assert _speakers(text) == ["Mr Colin Hebblethwaite"]


def test_a_time_before_a_name_is_no_part_of_it_nor_a_work() -> None:
    text = (
        "The boathouse roof failed in the storm. On Wednesday Harrowgate Rowing Club announced "
        "that the boathouse would be “closed to all crews until the slates are back where "
        "God intended”. Last Christmas Ilse Baranek wrote that the roof had “one winter left "
        "in it, at most”."
    )
    quotations = _quotations(text)
    assert [(q.speaker_name, q.work_title) for q in quotations] == [
        ("Harrowgate Rowing Club", None),
        ("Ilse Baranek", None),
    ]


def test_a_place_opening_the_sentence_is_no_part_of_the_name_after_it() -> None:
    text = (
        "The away fixtures went badly. At Pickering Tomasz Lewandowski rowed the last leg "
        "alone. “Somebody had to bring the boat home,” he said afterwards."
    )
    assert _speakers(text) == ["Tomasz Lewandowski"]


def test_a_name_in_capitals_is_one_name() -> None:
    text = (
        "The oldest rower on the river, AGNES TREVITHICK, still takes out a scull on Sundays. "
        "Asked whether she worried about the current, she answered: “The current worries "
        "about me.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Agnes Trevithick"


def test_a_name_in_small_caps_is_written_as_running_prose_writes_it() -> None:
    text = (
        "The cox that year was a schoolboy. His coach, MAGNUS O'HALLORAN-REID, called him "
        "“the loudest eight stone in Yorkshire”."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Magnus O'Halloran-Reid"
    assert quotation.doubt is None


def test_a_familys_word_before_a_given_name_is_the_person_named_in_full() -> None:
    text = (
        "My great-aunt, Hester Pryce, rowed for Newnham in 1938. Every Boxing Day Auntie "
        "Hester told the same story, and it always ended the same way: “We lost, but we "
        "lost beautifully.”"
    )
    assert _speakers(text) == ["Hester Pryce"]


def test_a_name_never_runs_across_a_blank_line_from_a_heading() -> None:
    text = (
        "Notes on the Crews\n\n"
        "Bartholomew Quaye wrote the first history of the club, and he was candid about its "
        "early years: “We had four oars, three rowers and no boat.”"
    )
    assert _speakers(text) == ["Bartholomew Quaye"]


def test_what_the_subject_dubs_or_sums_up_is_said_by_the_subject() -> None:
    text = (
        "The new boat arrived in May. Commodore Ruth Ekwueme launched it from the slipway and "
        "dubbed the boat “a bathtub with ambitions”, which stuck.\n\n"
        "Our captain, Dilys Maddox, summed the season up as “two wins, four losses and no "
        "drownings”."
    )
    assert _speakers(text) == ["Ruth Ekwueme", "Dilys Maddox"]


def test_a_bodys_press_release_is_the_bodys_words() -> None:
    text = (
        "The towpath reopened in June. Wexbridge Canal Trust's press release called it “the "
        "finest mile of water in the county”, which Ingrid says is generous."
    )
    assert _speakers(text) == ["Wexbridge Canal Trust"]


def test_a_kin_word_after_of_says_nothing_of_the_persons_sex() -> None:
    text = (
        "Celebrant Joan Hollis opened the ceremony. Guardian of the bride Emeka Obi spoke "
        "next. He raised a glass and said: “To the only crew I have ever trusted.”"
    )
    assert _speakers(text) == ["Emeka Obi"]


def test_the_article_a_bands_name_is_written_with_is_kept() -> None:
    text = (
        "The dinner ended with a ceilidh. The caller of the night's band, The Larkspur "
        "Ramblers, kept order with a whistle. The Larkspur Ramblers wrote afterwards that the "
        "club was “the only crowd that ever asked for a slower waltz”."
    )
    assert _speakers(text) == ["The Larkspur Ramblers"]


def test_an_office_written_with_of_before_a_name_is_no_part_of_it() -> None:
    text = (
        "The carol service ran long. Director of Music Ifeoma Clarke said the choir had "
        "“sung three verses nobody had rehearsed”.\n\n"
        "The prize-giving was short. Head of Science Dr Pavel Novak said the results were "
        "“the best since the laboratory fire”."
    )
    assert _speakers(text) == ["Ifeoma Clarke", "Pavel Novak"]


def test_a_surname_with_its_courtesy_title_set_off_after_a_role_is_the_speaker() -> None:
    text = (
        "Her swimming improved all year. Her coach, Mrs Abernethy, wrote in the club "
        "report that she “turns faster than anyone her age in the county”."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Mrs Abernethy"


def test_a_rank_written_with_its_article_after_a_role_and_thanks_that_are_said() -> None:
    text = (
        "Bernard had kept the hall's books for twenty years. The chaplain, the Rev. Ottilie "
        "Marsh, thanked him at the spring meeting “for balancing the accounts and, somehow, "
        "the committee”."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Ottilie Marsh"


def test_a_body_named_by_its_members_and_what_they_are_of_is_named_in_full() -> None:
    text = (
        "The lido will reopen in July. The Friends of Saltmeadow Lido said in a statement "
        "that the decision was “a victory for everyone who has ever shivered there”."
    )
    assert _speakers(text) == ["Friends of Saltmeadow Lido"]


def test_a_former_or_deputy_office_before_a_name_is_no_part_of_it() -> None:
    text = (
        "The fete raised more than ever. Former Mayor Winifred Achterberg said it was “the "
        "wettest and richest fete in living memory”.\n\n"
        "The jetty was shut for the winter. Deputy Harbour Master Colm Ní-Bhriain said it was "
        "“held together by rust and habit”."
    )
    assert _speakers(text) == ["Winifred Achterberg", "Colm Ní-Bhriain"]


def test_the_letters_of_an_honour_after_a_name_are_no_part_of_it() -> None:
    text = (
        "The chapel roof was mended by spring. Dorcas Ibbotson OBE wrote that the work was "
        "“finished on time, on budget and mostly on a ladder”.\n\n"
        "The lychgate was repainted. Hubert Fairclough MBE JP said it was “the first coat of "
        "paint since the Coronation”."
    )
    assert _speakers(text) == ["Dorcas Ibbotson", "Hubert Fairclough"]


def test_a_nickname_in_single_quotes_inside_a_name_is_neither_a_work_nor_the_name() -> None:
    text = (
        "The old ferry was sold for scrap. Cuthbert ‘Cubby’ Marwood told the meeting that the "
        "ferry was “too old to sail and too good to burn”."
    )
    (quotation,) = _quotations(text)
    assert (quotation.speaker_name, quotation.work_title) == ("Cuthbert Marwood", None)


def test_initials_and_a_surname_in_capitals_are_one_name() -> None:
    text = (
        "The tannery closed in 1961. W. T. ACKERLEY, its last foreman, wrote that the pits "
        "were “older than the men who worked them and better tempered”."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "W. T. Ackerley"


def test_an_emeritus_title_after_a_rank_is_no_part_of_the_name() -> None:
    text = (
        "The excavation closed in August. Professor Emeritus Lavinia Okoro said the site was "
        "“the richest rubbish heap north of the Humber”."
    )
    assert _speakers(text) == ["Lavinia Okoro"]


def test_saying_by_a_view_taken_a_call_made_or_a_record_kept() -> None:
    text = (
        "The bus shelter divided the parish. Rhodri Evans took the view that it was “a "
        "monument to optimism and wet feet”. Ngozi Adebayo called for “an end to shelters "
        "that shelter nobody at all”. Philippa Strand is on record as saying that the "
        "council was “allergic to benches of every kind and colour”."
    )
    assert _speakers(text) == ["Rhodri Evans", "Ngozi Adebayo", "Philippa Strand"]


def test_what_a_family_calls_its_own_is_the_person_named_with_that_kin() -> None:
    text = (
        "My grandfather, Amos Whiteley, kept the signal box at Dent for thirty years.\n\n"
        "He never wanted to retire. Grandad always said the trains were “better timekeepers "
        "than the men who drove them, and better company too”."
    )
    assert _speakers(text) == ["Amos Whiteley"]


def test_a_relative_clause_of_saying_is_about_the_name_before_it() -> None:
    text = (
        "The kindest notice came from Solveig Haugen in the Stavanger Aftenblad, who called "
        "the book “a cold story told by a warm hand”."
    )
    assert _speakers(text) == ["Solveig Haugen"]


def test_a_predicate_before_a_saying_one_shares_its_subject() -> None:
    text = (
        "The ferryman, Lachlan Dewar, chalks the crossing times on a slate by the slip and "
        "will tell anyone who asks that “the timetable is a hope and the weather a rule”."
    )
    assert _speakers(text) == ["Lachlan Dewar"]


def test_an_office_after_an_inverted_verb_and_a_vow_that_is_said() -> None:
    text = (
        "The cup went to Thornaby again. “We ran out of legs and then out of luck,” said Club "
        "Captain Ferdinand Osei. Vice-Captain Imogen Sturdy vowed that the club would be "
        "“back next year with fresh legs and better luck”."
    )
    assert _speakers(text) == ["Ferdinand Osei", "Imogen Sturdy"]


def test_a_time_between_a_name_and_its_verb_or_an_adverb_before_it_is_no_part_of_it() -> None:
    text = (
        "The dye works shut in 1962. Enid Postlethwaite in 1958 wrote that the river ran "
        "“blue on Mondays and red by Friday”. Yesterday Calder Dyers Guild announced that the "
        "vats would be “kept, cleaned and shown to visitors”."
    )
    assert _speakers(text) == ["Enid Postlethwaite", "Calder Dyers Guild"]


def test_what_the_quoted_speakers_own_family_said_is_part_of_their_words() -> None:
    text = (
        "Ruby Fairclough ran the chip shop for forty years. “Mum always said, ‘Dripping is "
        "the only honest fat there is,’ and she fried in nothing else,” Ruby told us."
    )
    quotations = _quotations(text)
    assert [q.speaker_name for q in quotations] == ["Ruby Fairclough"]
    assert "Dripping is the only honest fat" in quotations[0].text


def test_an_elected_office_a_welsh_particle_and_an_opening_warning() -> None:
    text = (
        "The lifeboat launched at first light. Coxswain-elect Rhodri Prys said the sea was "
        "“the colour of an old bruise”.\n\n"
        "The strike vote was counted at noon. Union rep Iolo ap Dafydd told the crowd the "
        "offer was “an insult in a nice envelope”.\n\n"
        "The hall was full for the meeting. Our chairman, Dr Nerys Price, opened with a "
        "warning that the roof was “more hole than slate”."
    )
    assert _speakers(text) == ["Rhodri Prys", "Iolo ap Dafydd", "Nerys Price"]


def test_an_abbreviated_rank_before_a_full_name_is_no_part_of_it() -> None:
    text = (
        "The stolen tractor turned up in a ditch. PC Dafydd Morgan told the court it had been "
        "“parked with more optimism than skill”. DCI Hollie Brennan said the gang was "
        "“small, greedy and very badly organised”. Pte Arthur Gale's letter home called the "
        "camp “mud with a flag on it”."
    )
    assert _speakers(text) == ["Dafydd Morgan", "Hollie Brennan", "Arthur Gale"]


def test_a_nickname_in_brackets_inside_a_name_is_no_part_of_it() -> None:
    text = (
        "She kept the village shop until 1979. Winifred (“Winnie”) Oldroyd once said the "
        "counter was “the best seat in the parish for hearing everything twice”."
    )
    (quotation,) = _quotations(text)
    assert (quotation.speaker_name, quotation.work_title) == ("Winifred Oldroyd", None)


def test_what_the_text_says_of_someone_before_their_name_is_no_part_of_it() -> None:
    text = (
        "The smithy closed in 1950. Old Jonas Lumb always said the anvil was “the only thing "
        "in the dale that never answered back”."
    )
    assert _speakers(text) == ["Jonas Lumb"]
