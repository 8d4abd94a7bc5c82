"""A short form stands for what the text defined it as, wherever the text defined it (keys21,
session 21): a careful reader keeps a little glossary while reading (initials given in a team,
cast or attendance list, a body's "hereafter" form, a pen name, the edition and volume labels a
closing line keys, a source list's key letters) and reads each short form as what it stands
for, as a speaker, in a citation or as the paper that reports someone's words. The glossary is
read once per text (``reading/glossary.py``). Each rule on sentences written for this file,
none taken from a probe or a held-out essay."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages
from bot.core.extract.reading.glossary import read_glossary


def _quotations(text: str, author: str = "Marlow Heath Society") -> list[Proposal]:
    return [p for p in propose_passages(text, author=author) if p.kind == "quotation"]


def _one(text: str, opening: str) -> Proposal:
    return next(p for p in _quotations(text) if p.text.startswith(opening))


def test_initials_given_before_a_dash_in_a_team_list_name_the_person_after_it() -> None:
    text = (
        "Bell tower survey, 2025\n\n"
        "The survey team:\n\n"
        "- MK — Moira Kettle, team leader\n"
        "- DB — Dev Bhatt, photographer\n\n"
        "MK's first entry of the survey: “Frame sound. Third bell cracked along its lip.”\n\n"
        "DB to MK, from the ringing chamber: “The light is hopeless up here after four.”\n"
    )
    assert _one(text, "Frame sound").speaker_name == "Moira Kettle"
    assert _one(text, "The light is hopeless").speaker_name == "Dev Bhatt"


def test_initials_after_a_rank_in_an_attendance_line_name_the_person_without_the_rank() -> None:
    text = (
        "Minutes of the Green Committee\n\n"
        "Present: Cllr Norah Finch (NF), Mrs E. Lomax (EL), Bernard Cole (BC).\n\n"
        "NF: “The pond stays. The committee can argue about the ducks.”\n\n"
        "BC said the fence was “older than the committee and in better repair”.\n"
    )
    assert _one(text, "The pond stays").speaker_name == "Norah Finch"
    assert _one(text, "older than the committee").speaker_name == "Bernard Cole"
    glossary = read_glossary(text)
    assert glossary.people["EL"] == "Mrs E. Lomax"  # a courtesy title is kept as written


def test_a_role_keyed_by_initials_and_initials_that_fit_no_name_in_a_list() -> None:
    glossary = read_glossary(
        "Cast and crew. Props (PR): Lena Voss. Director: Tom Acre (TA). Hal Brook (XY).\n"
    )
    assert glossary.people["PR"] == "Lena Voss"  # the text keys the role to her
    assert glossary.people["TA"] == "Tom Acre"
    assert "XY" not in glossary.people  # initials that do not spell the name define nothing


def test_a_short_form_in_quote_marks_the_text_says_it_will_use_stands_for_the_name() -> None:
    text = (
        "The Orchard\n\n"
        "The Marlow Heath Orchard Trust (hereafter “the Trust”) bought the field in 1988, and "
        "the warden, Ivy Solway (“IS” below), has kept its diary ever since.\n\n"
        "In 1990 the Trust told its members that the old trees “will outlive every one of "
        "us, and most of our grandchildren”.\n\n"
        "IS wrote that the spring was “the wettest I have known and the best for blossom”.\n"
    )
    assert _one(text, "will outlive every one").speaker_name == "Marlow Heath Orchard Trust"
    assert _one(text, "the wettest I have known").speaker_name == "Ivy Solway"


def test_an_edition_label_is_the_work_a_closing_line_keys_and_its_author() -> None:
    text = (
        "A Walkers' Guide\n\n"
        "The guide has always been blunt about the ridge, which “is no place for a picnic "
        "after three o'clock” (4th edn, p. 22). Its first edition was blunter still: “Stay "
        "off the ridge” (1st edn, p. 7).\n\n"
        "Editions quoted: 1st edn 1949; 4th edn 1987. Both are *Walks from Marlow Heath*, by "
        "Agnes Pell.\n"
    )
    later = _one(text, "is no place for a picnic")
    assert (later.speaker_name, later.work_title, later.page) == (
        "Agnes Pell",
        "Walks from Marlow Heath",
        "22",
    )
    first = _one(text, "Stay off the ridge")
    assert (first.work_title, first.page) == ("Walks from Marlow Heath", "7")
    assert first.work_title != "1st edn"


def test_an_edition_keyed_by_its_year_names_the_work_but_not_its_editor_as_speaker() -> None:
    text = (
        "## Hot Pot\n\n"
        "The chapel's first cook book was edited by Alice Wray. Tobias Venn, the minister, "
        "wrote in its preface that “a full pan is a kind of sermon” (1938 ed., p. ii).\n\n"
        "**Editions quoted:** *Marlow Heath Chapel Cookery*, ed. Alice Wray (Marlow: the "
        "Chapel, 1938). *Marlow Heath Chapel Cookery*, 2nd ed., ed. Ruth Dobb (1961).\n"
    )
    quotation = _one(text, "a full pan is a kind of sermon")
    assert quotation.work_title == "Marlow Heath Chapel Cookery"
    assert quotation.speaker_name == "Tobias Venn"
    assert quotation.page == "ii"


def test_an_edition_label_the_text_never_keys_is_no_work() -> None:
    text = (
        "The guide warned that the ridge “is no place for a picnic after three o'clock” "
        "(4th edn, p. 22).\n"
    )
    quotation = _one(text, "is no place for a picnic")
    assert quotation.work_title is None
    assert quotation.page == "22"


def test_a_volume_label_is_the_work_the_text_keys_its_volumes_to() -> None:
    text = (
        "The Common\n\n"
        "Its historian thought the common “the last unfenced ground in the hundred” (vol. II, "
        "p. 140).\n\n"
        "Sources. The history is cited by volume: vol. I (1902) and vol. II (1905), both "
        "*Annals of Marlow Heath*, by the Rev. Silas Orme.\n"
    )
    quotation = _one(text, "the last unfenced ground")
    assert (quotation.speaker_name, quotation.work_title, quotation.page) == (
        "Silas Orme",
        "Annals of Marlow Heath",
        "140",
    )


def test_a_signature_with_an_edition_label_after_the_signer_names_the_work_and_page() -> None:
    text = (
        "## Brawn\n\n"
        "The old recipe is printed as it stood:\n\n"
        "> Boil the head until the meat leaves the bone of its own accord, and not before.\n"
        ">\n"
        "> — Martha Clegg (1938 ed., p. 40)\n\n"
        "**Editions quoted:** *Marlow Heath Chapel Cookery*, ed. Alice Wray (Marlow: the "
        "Chapel, 1938).\n"
    )
    quotation = _one(text, "Boil the head")
    assert (quotation.speaker_name, quotation.work_title, quotation.page) == (
        "Martha Clegg",
        "Marlow Heath Chapel Cookery",
        "40",
    )


def test_a_key_letter_on_a_line_of_its_own_with_a_colon_keys_a_paper_the_text_cites() -> None:
    glossary = read_glossary(
        "The mayor was cheered (H, 3 June 1921).\n\nH: *Marlow Herald*.\nNote: none kept.\n"
    )
    assert glossary.sources["H"].work == "Marlow Herald"
    assert "Note" not in glossary.sources  # a label the text never cites keys nothing


def test_a_paper_keyed_by_a_letter_that_reports_someone_as_saying_relays_their_words() -> None:
    text = (
        "The Fair\n\n"
        "At the opening of the fair the Herald reported the mayor, Alfred Drum, as saying "
        "that the heath “belongs to the town and always will, whatever the lawyers say” (H, 3 "
        "June 1921).\n\n"
        "The blacksmith, Enoch Tull, was reported as saying that he had “shod more donkeys "
        "in one day than in the whole of the war” (H, 10 June 1921).\n\n"
        "SOURCES\n\n"
        "H  Marlow Herald.\n"
        "J  Tull, Enoch. Forty Years at the Forge. Marlow, 1950.\n"
    )
    mayor = _one(text, "belongs to the town")
    assert (mayor.speaker_name, mayor.work_title, mayor.via_name) == (
        "Alfred Drum",
        None,
        "Marlow Herald",
    )
    smith = _one(text, "shod more donkeys")
    assert (smith.speaker_name, smith.via_name) == ("Enoch Tull", "Marlow Herald")


def test_a_pen_name_given_to_a_described_writer_is_the_name_the_text_knows_them_by() -> None:
    text = (
        "The Heath in Print\n\n"
        "The *Marlow Herald* ran a nature column for forty years. Its writer, who signed "
        "herself “Nightjar”, wrote that the gorse was “the only thing on the heath that "
        "flowers out of spite” (*Marlow Herald*, 4 May 1931, p. 6).\n"
    )
    quotation = _one(text, "the only thing on the heath")
    assert quotation.speaker_name == "Nightjar"
    assert quotation.work_title == "Marlow Herald"  # the pen name is no title


def test_a_pen_name_given_to_a_named_writer_stands_for_that_writer() -> None:
    text = (
        "The Heath in Print\n\n"
        "The column passed to Gilbert Hesketh, who wrote as “Warrener”, and who was sharper, "
        "calling the new golf course “a lawn with ambitions” (*Marlow Herald*, 2 June 1952, "
        "p. 6).\n"
    )
    assert read_glossary(text).people["Warrener"] == "Gilbert Hesketh"
    assert _one(text, "a lawn with ambitions").speaker_name == "Gilbert Hesketh"


def test_a_speaker_who_opens_by_telling_someone_the_words_speaks_them() -> None:
    text = (
        "The Team\n\n"
        "Captain: Imogen Varley (IV).\n\n"
        "IV began by telling the players, “Nobody leaves the field until the light goes.”\n"
    )
    assert _one(text, "Nobody leaves the field").speaker_name == "Imogen Varley"


def test_a_first_name_that_ends_like_a_plural_is_the_person_the_text_named_in_full() -> None:
    text = (
        "## Seed Cake\n\n"
        "Sent in by Lauren Pike, whose grandmother baked it for every wedding in the village. "
        "“She never weighed the caraway,” says Lauren.\n\n"
        "**Method**\n\n"
        "1. Cream the butter.\n\n"
        "“Nan [Edith Pike] said a cake that needs weighing is not worth eating,” Lauren adds.\n"
    )
    quotation = _one(text, "Nan [Edith Pike] said")
    assert (quotation.speaker_name, quotation.unnamed) == ("Lauren Pike", False)


def test_initials_with_full_stops_are_the_same_short_form_with_or_without_them() -> None:
    text = (
        "The Mill Dam\n\n"
        "R.T. — Rowan Thwaite, dam keeper\n"
        "S.B. — Sal Birtwhistle, his deputy\n\n"
        "R.T. wrote that the sluice was “stiff as a parson and twice as slow”.\n\n"
        "RT told the inspectors that the dam “has never once been dry in my time”.\n"
    )
    assert _one(text, "stiff as a parson").speaker_name == "Rowan Thwaite"
    assert _one(text, "has never once been dry").speaker_name == "Rowan Thwaite"


def test_a_short_form_given_without_quote_marks_after_hereafter_stands_for_the_name() -> None:
    glossary = read_glossary(
        "The Marlow Heath Commoners' Association (hereafter the Association) met monthly; "
        "its clerk, Wilfred Oates (hereafter WO), kept the book.\n"
    )
    assert glossary.people["the Association"] == "Marlow Heath Commoners' Association"
    assert glossary.people["WO"] == "Wilfred Oates"


def test_a_short_form_the_text_gives_two_names_stands_for_neither() -> None:
    glossary = read_glossary(
        "Crew: Dora Pike (DP), skipper. Later the boat was sold to Dennis Platt (DP).\n"
    )
    assert "DP" not in glossary.people


def test_editions_keyed_in_plain_type_after_both_name_the_work() -> None:
    text = (
        "The Almanac\n\n"
        "The almanac told farmers that frost “never comes to a field that is watching for it” "
        "(3rd edn, p. 12). The first printing was terser: “Watch the field” (1st edn p. 5).\n\n"
        "Editions cited: 1st edn 1890; 3rd edn 1911 - both The Marlow Heath Almanac\n"
    )
    third = _one(text, "never comes to a field")
    assert (third.work_title, third.page) == ("The Marlow Heath Almanac", "12")
    first = _one(text, "Watch the field")
    assert (first.work_title, first.page) == ("The Marlow Heath Almanac", "5")


def test_editions_listed_one_a_line_name_the_work_but_not_who_revised_it() -> None:
    glossary = read_glossary(
        "EDITIONS\n\n"
        "1st edn   The Heath Hymnal, by Amos Kerr (1871)\n"
        "2nd edn   The Heath Hymnal, revised by Lucy Kerr (1902)\n"
    )
    assert glossary.sources["ed 1"].work == "The Heath Hymnal"
    assert glossary.sources["ed 1"].speaker == "Amos Kerr"
    assert glossary.sources["ed 1902"].work == "The Heath Hymnal"
    assert glossary.sources["ed 2"].speaker is None  # who revised it wrote none of its words


def test_a_direction_between_a_speakers_name_and_the_colon_is_not_who_speaks() -> None:
    text = (
        "Rehearsal, Tuesday\n\n"
        "Cast: Ned Lowry (NL), Bea Okoro (BO).\n\n"
        "NL (to BO): “You are standing in my light and my best line.”\n\n"
        "BO, to the director: “He has no best line.”\n"
    )
    assert _one(text, "You are standing in my light").speaker_name == "Ned Lowry"
    assert _one(text, "He has no best line").speaker_name == "Bea Okoro"


def test_a_key_in_brackets_before_its_entry_and_a_key_with_a_bare_page() -> None:
    text = (
        "The Ferry\n\n"
        "The crossing was “the slowest mile in the county and the wettest” (R 41).\n\n"
        "SOURCES\n\n"
        "[R]  Royle, Martin. Rivers of Marlow Heath. Marlow, 1961.\n"
        "[S]  Marlow Herald.\n"
    )
    quotation = _one(text, "the slowest mile in the county")
    assert (quotation.speaker_name, quotation.work_title, quotation.page) == (
        "Martin Royle",
        "Rivers of Marlow Heath",
        "41",
    )


def test_a_person_keyed_by_initials_speaks_a_citation_that_gives_them_with_a_date() -> None:
    text = (
        "The Ferry\n\n"
        "Recorders: Nell Haworth (NH), Simon Baptiste (SB).\n\n"
        "One evening the river was “higher than the gate and still climbing” (NH, notebook, 9 "
        "March 1947).\n"
    )
    assert _one(text, "higher than the gate").speaker_name == "Nell Haworth"
