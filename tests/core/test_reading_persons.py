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
