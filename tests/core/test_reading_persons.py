"""Who a mention refers to (HELDOUT.md, "Who a mention refers to", persons24): a short name, a
title with a surname, or a role phrase is the person the document names in full in that role,
before or after the words; what qualifies a role must agree; a role two people could hold is
nobody's; an unnamed speaker is described by the whole phrase, never by a fragment of a clause
about them; a paper's obituary of someone is never their words. Each rule on sentences written
for it (invented clubs, lifeboats, councils, choirs and papers; no essay's or probe's wording)."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def quoted(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="Imogen Radley") if p.kind == "quotation"]


def speakers(text: str) -> list[tuple[str | None, bool]]:
    return [(p.speaker_name, p.unnamed) for p in quoted(text)]


def test_a_role_with_what_qualifies_it_is_the_one_named_in_that_role():
    text = (
        "The match was abandoned at tea. The visiting umpire, Kwame Asante-Bell, who has stood "
        "in the league for twenty years, inspected the square twice.\n\n"
        'The visiting umpire told the captains that the outfield was "a lake with a boundary '
        'rope round it".\n'
    )
    assert speakers(text) == [("Kwame Asante-Bell", False)]


def test_a_role_with_one_word_named_by_what_the_text_calls_them():
    for introduced in (
        "a boatbuilder named Ferdie Olusanya",
        "a boatbuilder called Ferdie Olusanya",
    ):
        text = (
            f"The hull was found in 1962 by {introduced}, who was digging a drain.\n\n"
            'The boatbuilder said afterwards that the planks were "oak, and better oak than '
            'anything you can buy now".\n'
        )
        assert speakers(text) == [("Ferdie Olusanya", False)], introduced


def test_a_role_named_only_after_the_words_is_that_person():
    for naming in (
        "That reviewer was Marguerite Okonjo, then writing for the county quarterly.",
        "The reviewer was Marguerite Okonjo, then writing for the county quarterly.",
    ):
        text = (
            "The choir's first recording was not kindly received. Its harshest reviewer "
            'wrote: "The tenors sing as if each of them had come on a different bus." '
            f"{naming} She never reviewed the choir again.\n"
        )
        assert speakers(text) == [("Marguerite Okonjo", False)], naming


def test_a_professor_is_the_one_the_text_names_with_that_title():
    text = (
        "The survey was led by Professor Anneliese Korver of the University of Wrexby. "
        "The committee disliked her findings.\n\n"
        'The professor replied in writing that the figures "will not improve by being read '
        'twice".\n'
    )
    assert speakers(text) == [("Anneliese Korver", False)]


def test_what_qualifies_a_role_must_agree_or_nobody_is_named():
    text = (
        "The retiring chair, Douglas Fennimore, handed over in May. Nobody yet knows whom the "
        "members will choose.\n\n"
        'The new chair told the meeting that the club would "start paying its bills on time".\n'
    )
    assert speakers(text) != [("Douglas Fennimore", False)]


def test_a_role_two_people_hold_is_nobodys():
    text = (
        "Two candidates stood. The Green candidate, Rosalind Achebe-Ward, lives in the ward; "
        "the Independent candidate, Piers Lomax, does not.\n\n"
        'The candidate said the ward needed "a bus that comes, not a bus that is promised".\n'
    )
    assert speakers(text)[0][0] not in ("Rosalind Achebe-Ward", "Piers Lomax")


def test_a_title_with_a_surname_is_the_full_name_written_later():
    text = (
        "Asked for his figures, Alderman Pryke-Matthews sent us a statement: "
        '"Every one of those lamps was paid for twice."\n\n'
        "Alderman Gideon Pryke-Matthews, chair of the lighting committee, in a letter of 4 "
        "March.\n"
    )
    assert speakers(text) == [("Gideon Pryke-Matthews", False)]


def test_an_obituary_of_someone_is_the_papers_words_never_theirs():
    text = (
        "Cora Wainhouse sang in the chapel for fifty years. Cora Wainhouse, whose obituary in "
        'the Ribblesdale Herald called her "the loudest soprano in three valleys", is buried '
        "at Settle.\n"
    )
    assert speakers(text) == [("Ribblesdale Herald", False)]
    nameless = (
        "Cora Wainhouse sang in the chapel for fifty years. Cora Wainhouse, whose obituary "
        'called her "the loudest soprano in three valleys", is buried at Settle.\n'
    )
    assert speakers(nameless) != [("Cora Wainhouse", False)]


def test_a_persons_own_leaflet_or_speech_is_theirs():
    for kind, aside in (
        ("leaflet", "the independent who lost in 2017"),
        ("manifesto", "Labour's man here in 2017"),
        ("speech", "the independent who lost in 2017"),
    ):
        text = (
            f"Among the crowd was Oswin Teale, {aside}, whose {kind} that spring had called "
            'the bypass "a road to nowhere at a pound a yard".\n'
        )
        assert speakers(text) == [("Oswin Teale", False)], kind


def test_a_described_speaker_is_the_whole_phrase_not_a_phrase_inside_its_clause():
    for clauses in (
        "who has run the route since 2011",
        "who has run the route since 2011, and who did not want his name printed,",
    ):
        text = (
            "The timetable changes in March. A ticket inspector on the coast line "
            f'{clauses} said: "Nobody reads a timetable that changes every month."\n'
        )
        assert speakers(text) == [("A ticket inspector on the coast line", True)], clauses


def test_a_participle_of_saying_after_what_the_subject_was_gives_the_subject_the_words():
    for sentence in (
        'Edwina Lockhart was unmoved, calling the new timetable "a puzzle set by a sadist".',
        "The treasurer, Edwina Lockhart, was less forgiving, describing the new timetable as "
        '"a puzzle set by a sadist".',
    ):
        text = f"The buses changed again in June. {sentence}\n"
        assert speakers(text) == [("Edwina Lockhart", False)], sentence


def test_a_letter_from_someone_with_honours_which_says_is_theirs():
    text = (
        "The secretary then read a letter from Sir Bartholomew Quince KC, the club's "
        'patron, which said the new pavilion was "a credit to every member who paid for '
        'it".\n'
    )
    assert speakers(text) == [("Bartholomew Quince", False)]


def test_where_a_view_was_printed_is_not_whose_view_it_is():
    text = (
        "Canon Ruth Iveson chaired the appeal. Canon Iveson's own view, printed in the "
        'Cathedral\'s newsletter, was that the organ was "beyond the help of any man".\n'
    )
    assert speakers(text) == [("Ruth Iveson", False)]


def test_some_of_someones_people_are_described_with_their_owner():
    text = (
        "The works closed in 1979. One of Garside's apprentices on the final shift, now "
        'retired himself, remembers the silence as "louder than the presses ever were".\n'
    )
    assert speakers(text) == [("One of Garside's apprentices on the final shift", True)]


def test_a_name_in_bold_is_the_name():
    text = (
        "Questions came from the floor. **Abimbola Fairweather**, who keeps the allotment "
        'by the canal, added: "My onions have survived three floods and two committees."\n'
    )
    assert [(p.speaker_name, p.doubt) for p in quoted(text)] == [("Abimbola Fairweather", None)]


def test_opening_a_meeting_with_a_warning_is_saying_it():
    text = (
        "The chair, Leopold Mayhew-Sands, opened the meeting with a warning that "
        '"nothing said tonight will fix a single pothole".\n'
    )
    assert speakers(text) == [("Leopold Mayhew-Sands", False)]


def test_a_surname_is_the_person_a_heading_names_with_a_rank():
    text = (
        "# The autumn lectures\n\n"
        "## Lecture 3. Dr Ngozi Ferreira-Lamb (Harwick College), “Tides and Tithes”\n\n"
        "Ferreira-Lamb began with the fishermen. “A tithe on herring,” Ferreira-Lamb said, "
        "“is a tithe on the weather.”\n"
    )
    assert speakers(text) == [("Ngozi Ferreira-Lamb", False), ("Ngozi Ferreira-Lamb", False)]


def test_what_describes_a_character_before_the_name_is_no_part_of_it():
    text = (
        "Greene read from her novel, in which the young apprentice Tobias says to the "
        'foreman: "I was promised a trade, not a broom."\n'
    )
    assert speakers(text) == [("Tobias", False)]


def test_a_bare_role_is_described_by_the_clause_that_says_which_one():
    for aside in ("", ", and I will not name him here,"):
        text = (
            "The lido reopened in May. The surveyor who came for the Heritage Board"
            f'{aside} wrote in his report that it was "the finest tiled hall left in the '
            'county".\n'
        )
        found = quoted(text)
        assert speakers(text) == [("The surveyor who came for the Heritage Board", True)], aside
        assert "a place" not in (found[0].doubt or ""), aside  # a body in the clause is no place


def test_a_role_with_a_or_an_is_described_without_the_clause_after_it():
    text = (
        "The count ran late. A council officer who has worked every count since 1997 said "
        'the night was "the slowest and the friendliest" she could remember.\n'
    )
    assert speakers(text) == [("A council officer", True)]


def test_a_name_inside_the_first_part_of_split_words_is_not_whom_she_stands_for():
    text = (
        "Hector Lyle found the boat in 1961. His successor at the yard, Dora Vance, keeps it "
        "in the shed. “Hector Lyle's boat,” she calls it, “though of course it was never "
        "his.”\n"
    )
    assert speakers(text)[-1] == ("Dora Vance", False)


def test_a_role_the_text_says_someone_took_or_held_is_theirs():
    for naming in (
        "Winifred Achterberg, who was then the society's secretary, kept the minutes.",
        "Winifred Achterberg, then the society's secretary, kept the minutes.",
        "Winifred Achterberg became secretary in 1961 and kept the minutes.",
        "The society appointed Winifred Achterberg as its secretary in 1961.",
    ):
        text = (
            f"{naming} The secretary wrote that the annual dinner had been "
            '"the longest evening in living memory".\n'
        )
        assert speakers(text) == [("Winifred Achterberg", False)], naming
