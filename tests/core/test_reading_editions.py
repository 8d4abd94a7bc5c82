"""An edition of someone's letters and diaries cited in notes: a note that describes a letter or
a diary entry and names the edition printing it makes the edition the work (the editor speaks
none of the words), a later short title is that edition, and words "quoted in" the edition are
relayed by its editor. Each rule on sentences written for it (invented writers and editors; no
essay's wording)."""

from __future__ import annotations

from tests.fixtures.readings import attributions as who

EDITION = (
    "The miller's widow Hester Pryce wrote to her son every week. In one letter she told him "
    "that “the wheel is the only thing in this house that does not complain”.[1] Her diary "
    "is shorter-tempered: “Flour up a penny. Patience down a pound.”[2] Her neighbours were "
    "less fond of her, and one of them said she “could haggle the teeth out of a saw”.[3]\n\n"
    "Notes\n\n"
    "[1] Letter 88, to Daniel Pryce, 4 March 1860, in The Papers of Hester Pryce, ed. Walter "
    "Amery (Ludlow: Teme Press, 1971), p. 140.\n"
    "[2] Diary, 11 October 1861, Papers of Hester Pryce, p. 212.\n"
    "[3] Quoted in The Papers, p. 9 n. 4.\n"
)


def test_a_letter_described_in_a_note_is_printed_in_the_edition_the_note_names():
    assert who(EDITION)[0] == ("Hester Pryce", "The Papers of Hester Pryce", "140", None)


def test_a_diary_entry_described_before_a_short_title_is_in_that_edition():
    assert who(EDITION)[1] == ("Hester Pryce", "The Papers of Hester Pryce", "212", None)


def test_words_quoted_in_an_edition_are_relayed_by_its_editor():
    assert who(EDITION)[2][2:] == ("9n4", "Walter Amery")


def test_a_note_that_describes_a_letter_and_names_no_edition_is_left_to_the_other_rules():
    text = (
        "The surveyor Amos Tull was blunt with the board: “The road will not mend itself.”[1]"
        "\n\nNotes\n\n[1] Letter to the Turnpike Trustees, 3 May 1822, archive of the author.\n"
    )
    assert who(text) == [("Amos Tull", None, None, None)]


def test_a_title_that_opens_with_a_gerund_does_not_make_it_part_of_a_name():
    text = (
        "Remembering Agnes Horne at the Loom\n"
        "by Tom Reddy\n\n"
        "Agnes Horne wove for forty years in the same shed, and she talked the whole time.\n\n"
        "In 1931 she told a visitor that “you stop hearing it the day you stop being paid”. "
        "Horne was not sentimental: “I do not weave to be loved,” she wrote."
    )
    assert [speaker for speaker, _, _, _ in who(text)] == ["Agnes Horne", "Agnes Horne"]


def test_a_note_naming_a_place_a_church_and_a_record_in_small_letters_names_no_author():
    text = (
        "The parish clerk, Amos Pettit, entered in the register beside the date the words "
        "“a great wind, and the steeple lost its cock”.[1]\n\n"
        "Notes\n\n[1] Brayford, St Michael's, parish register, 1703.\n"
    )
    assert who(text) == [("Amos Pettit", None, None, None)]


def test_a_page_of_a_preface_in_roman_numerals_is_a_page():
    text = (
        "The editor, Walter Amery, explains himself at once: “I have modernised nothing but the "
        "long s” (The Papers, p. vii). He concedes that her grammar is “a country with its own "
        "laws and no police” (p. xii)."
    )
    assert [page for _, _, page, _ in who(text)] == ["vii", "xii"]


def test_words_of_someone_an_editor_prints_in_a_note_are_relayed_by_the_editor():
    text = (
        "Hester Pryce's son answered rarely. Amery also prints Daniel's reply in a note: “I "
        "have the wheel's patience and none of its work.”[1]\n\n"
        "Notes\n\n"
        "[1] Letter 90, to Daniel Pryce, 1 May 1860, in The Papers of Hester Pryce, ed. Walter "
        "Amery (Ludlow: Teme Press, 1971), p. 143 n. 2.\n"
    )
    assert who(text) == [("Daniel", None, "143n2", "Walter Amery")]
