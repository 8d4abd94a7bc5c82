"""One person or body, the fullest name the text gives (names19, session 19): every other
name a text gives someone (a nickname, initials, a married name, a possessive before their
work) resolves to the one full name it names them by, on invented sentences."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def _quotations(text: str, author: str = "Club Historian") -> list[Proposal]:
    return [p for p in propose_passages(text, author=author) if p.kind == "quotation"]


def test_a_possessive_before_a_title_names_its_author_not_a_speaker_called_so() -> None:
    text = (
        "Marta Lindqvist’s Nattbussen appeared in Stockholm in 1952 and sold badly. Writing to "
        "her editor the winter before, she had been blunt about it: “Nobody will buy a book "
        "about a bus that arrives on time.” She was right for ten years."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Marta Lindqvist"


def test_a_surname_takes_the_work_the_text_gives_that_person_with_its_page() -> None:
    text = (
        "The one study before mine is Oliver Crane’s The Salt Ledger (Hull: Brown, 1961), which "
        "is careful and short. “I have left out every ship I could not find in two books,” Crane "
        "admitted in his foreword (p. xi), and it shows."
    )
    (quotation,) = _quotations(text)
    assert (quotation.speaker_name, quotation.work_title, quotation.page) == (
        "Oliver Crane",
        "The Salt Ledger",
        "xi",
    )


def test_a_nickname_inside_a_name_is_that_person_later() -> None:
    text = (
        "Henry “Dusty” Miller swept the platform at Ashby for forty years and said little.\n\n"
        "Dusty’s only comment on the closure was: “They took the trains and left me the broom.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Henry Miller"


def test_a_name_the_text_says_someone_was_called_is_that_person() -> None:
    text = (
        "The choir's alto section was led for years by Margaret Oyelaran, whom everyone simply "
        "called “Mags”. She kept the music cupboard locked.\n\n"
        "When the new hymn books came, Mags told the vicar that “a hymn nobody knows is a "
        "solo with witnesses.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Margaret Oyelaran"


def test_initials_written_together_are_the_person_they_stand_for() -> None:
    text = (
        "Our treasurer was Harold Quist, always “H.Q.” in the minutes, who kept the books in "
        "pencil.\n\n"
        "In 1958 H.Q. wrote to the league that “a club that owes nothing can afford to lose.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Harold Quist"


def test_a_married_name_after_the_first_is_the_same_woman() -> None:
    text = (
        "Ellen Pryce, later Mrs Tanner, was the first woman to ring the tenor at Hailey.\n\n"
        "Many years afterwards Mrs Tanner wrote that “the rope does not care who pulls it, "
        "only how.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Ellen Pryce"


def test_initials_in_brackets_spell_a_hyphened_name_by_its_parts() -> None:
    text = (
        "The league was run by the North-East Choral Federation (NECF), which met twice a "
        "year at Durham.\n\n"
        "The NECF replied that “a choir of eleven is a choir, and will be marked as one.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "North-East Choral Federation"


def test_a_name_given_to_two_people_names_neither() -> None:
    text = (
        "Two brothers ran the forge, Samuel Dent and Abel Dent, both called “Smithy” in the "
        "village.\n\nSmithy told the parish meeting that “iron is cheaper than patience.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name not in {"Samuel Dent", "Abel Dent"}


def test_the_readings_own_author_named_in_the_prose_is_whom_a_pronoun_stands_for() -> None:
    text = (
        "Ruth Amory wrote the whole book in a rented room above a bakery in Whitby. In a letter "
        "to her sister that spring she was plain about it: “I am writing about the sea because "
        "I cannot afford to look at it.”"
    )
    (quotation,) = _quotations(text, author="Ruth Amory")
    assert quotation.speaker_name == "Ruth Amory"
