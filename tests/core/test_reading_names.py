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


def test_a_role_given_after_a_name_is_that_person_later_also_in_capitals() -> None:
    text = (
        "People in this chapter:\n\n"
        "- Agnes Feld, matron of the cottage hospital\n"
        "- Hugh Prior, the county surveyor of bridges\n\n"
        "The Surveyor did not agree with the bench: “A bridge that has stood two hundred years "
        "is not a bridge I will condemn on a Tuesday.” The Matron was firmer still. She wrote "
        "to him: “Your bridge is the only road my ambulance has, and it shakes.”"
    )
    first, second = _quotations(text)
    assert first.speaker_name == "Hugh Prior"
    assert second.speaker_name == "Agnes Feld"


def test_a_maiden_name_and_widow_of_make_mrs_the_woman_of_the_family() -> None:
    text = (
        "Walter Garside drove the carrier's cart until the accident of 1903. His brother, "
        "Albert Garside, took the reins.\n\n"
        "Ivy Garside (née Holt), widow of the carter, kept the stable yard.\n\n"
        "Mrs Garside told the parish meeting that “a widow with a yard and no horse is a "
        "widow with a yard.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Ivy Garside"


def test_a_surname_set_in_capitals_is_the_listed_author() -> None:
    text = (
        "ARKWRIGHT, in the memoir she wrote at seventy, remembered the noise first: “You did "
        "not hear the looms, you wore them” (Arkwright 44).\n\n"
        "Works cited\n\n"
        "ARKWRIGHT, Nora. *Mill Girls*. Bolton: Tillotson, 1950.\n"
    )
    (quotation,) = _quotations(text)
    assert (quotation.speaker_name, quotation.work_title, quotation.page) == (
        "Nora Arkwright",
        "Mill Girls",
        "44",
    )


def test_someone_who_set_down_a_role_holders_words_passes_them_on() -> None:
    text = (
        "Tom Bell, overlooker at Brook Mill, ran the weaving shed for thirty years.\n\n"
        "Nora Arkwright also set down the overlooker's words on her first morning, which "
        "nobody else recorded: “Keep your hair up and your mouth shut and you will keep both.” "
        "(Arkwright 51)\n\n"
        "Works cited\n\n"
        "Arkwright, Nora. *Mill Girls*. Bolton: Tillotson, 1950.\n"
    )
    (quotation,) = _quotations(text)
    assert (quotation.speaker_name, quotation.via_name, quotation.page) == (
        "Tom Bell",
        "Nora Arkwright",
        "51",
    )


def test_a_surname_two_people_were_named_together_under_names_neither() -> None:
    text = (
        "The best weavers of the shed were the Ormerod sisters, Clara and Ruth, who lodged "
        "together on Mill Street.\n\n"
        "Ormerod, the minute does not say which, told the strike meeting that “a half-day is "
        "half a wage and a whole insult.” Forty years on Ruth told the Bolton Evening Clarion "
        "that “we lost the strike and won the argument, which is the usual way round.”"
    )
    first, second = _quotations(text)
    assert first.speaker_name is None
    assert first.doubt is not None and "Clara Ormerod" in first.doubt
    assert (second.speaker_name, second.via_name) == ("Ruth Ormerod", "Bolton Evening Clarion")


def test_its_before_a_bodys_ruling_is_the_body_the_sentence_names() -> None:
    text = (
        "The Lancashire Bowling Association (LBA) fined the club ten shillings in 1931, and "
        "its ruling is short: “A green that floods is a pond, and ponds are not affiliated.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Lancashire Bowling Association"


def test_an_italic_short_title_keyed_in_a_list_is_the_title_it_stands_for() -> None:
    text = (
        "The manager recorded the stoppage in one line: “Engine stopped at ten; the men sang "
        "until it started again” (*Diary*, 12).\n\n"
        "Sources\n\n"
        "*Diary* — *The Diary of a Mill Manager, 1880–1890*. Bolton: Tillotson, 1961.\n"
    )
    (quotation,) = _quotations(text)
    assert quotation.work_title == "The Diary of a Mill Manager, 1880–1890"
    assert quotation.page == "12"


def test_a_name_in_quote_marks_that_someone_was_called_is_no_quotation() -> None:
    text = (
        "- Edwin Platt, “Owd Ned” to the weavers, tuned the looms for forty years\n\n"
        "Owd Ned's whole answer to the new manager was: “A loom is a horse. You do not shout "
        "at it.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.text.startswith("A loom is a horse")
    assert quotation.speaker_name == "Edwin Platt"


def test_a_narrative_citation_between_a_name_and_its_verb_leaves_the_name_the_subject() -> None:
    text = (
        "Pennock (1962: 44) called the Curlew “the voice of the moor, and the last bird to "
        "leave it,” and nobody has put it better since.\n\n"
        "References\n\n"
        "Pennock, Alice. 1962. Moorland Birds. Leeds: Arnold.\n"
    )
    (quotation,) = _quotations(text)
    assert (quotation.speaker_name, quotation.work_title, quotation.page) == (
        "Alice Pennock",
        "Moorland Birds",
        "44",
    )


def test_a_key_line_may_keep_a_names_first_words_before_the_initials_of_the_rest() -> None:
    text = (
        "Three were caught at the estuary in October. The log is terse: “Three ringed, all "
        "adults, all cross.” (Saltmarsh BO)\n\n"
        "Contributors\n\n"
        "AK Alan Kemp\n"
        "Saltmarsh BO Saltmarsh Bird Observatory\n"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Saltmarsh Bird Observatory"


def test_a_sentence_after_the_words_that_leads_into_the_next_ones_claims_nothing() -> None:
    text = (
        "Nobody signed the first appeal, which ended: “The roof will not wait for a "
        "committee.” Mary Ives replied in the parish magazine that “the committee will not "
        "wait for a roof either.”"
    )
    first, second = _quotations(text)
    assert first.speaker_name is None
    assert second.speaker_name == "Mary Ives"


def test_another_name_the_text_gives_someone_names_them_without_doubt() -> None:
    text = (
        "Ellen Pryce, later Mrs Tanner, was the first woman to ring the tenor at Hailey.\n\n"
        "Many years afterwards Mrs Tanner wrote that “the rope does not care who pulls it, "
        "only how.”"
    )
    (quotation,) = _quotations(text)
    assert (quotation.speaker_name, quotation.doubt) == ("Ellen Pryce", None)


def test_a_title_of_a_place_before_a_name_is_that_person_later() -> None:
    text = (
        "The second Baron Ellerby, Charles Ashworth, built the lodge in 1822. The Baron wrote "
        "to his steward that “a lodge without a keeper is a ruin with a key.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Charles Ashworth"


def test_a_publisher_after_published_by_is_not_whom_she_stands_for() -> None:
    text = (
        "Ruth Hollis (1902–1980) wrote eleven novels, all of them set in Halifax.\n\n"
        "THE AUTHOR\n"
        "Hollis wrote little about herself. Her one essay on craft is the foreword to the "
        "second edition of Nettle Wine, published by Harold Dace in 1961, where she says "
        "plainly: “I write about kitchens because that is where people tell the truth.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Ruth Hollis"


def test_a_given_name_the_text_says_people_knew_someone_by_is_that_person() -> None:
    text = (
        "Dorothy Hebden ran the post office at Crag End from 1951 until it closed. Everyone "
        "in the dale knew her as Dot.\n\n"
        "Dot arrived in the dale with one suitcase. In a talk for the Radio Leeds series Dale "
        "Voices, made in 1988, she put it plainly: “A post office is where a village tells "
        "itself the news.”"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Dorothy Hebden"
    assert quotation.work_title == "Dale Voices"


def test_a_surname_is_the_person_the_text_names_in_full_later() -> None:
    text = (
        "“I have left out every ship I could not find in two books,” Crane admitted in his "
        "foreword, and it shows.\n\n"
        "The one study before mine is by Oliver Crane, a harbour pilot, who wrote it in 1961."
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Oliver Crane"
