"""Every kind of document says who spoke in its own way, and a careful reader who has never met
the kind finds it from the document's own apparatus (kinds25): a heading's lines of fields
whose names stop at their own line, a short name a document defines in brackets, a body's
document and its "it", an unnamed person a "she" stands for, a section's own line saying who
gave it, a programme's line naming a reading's title and maker (never who reads it), a work
named with its maker's possessive, and a writer who names a thing in a relative clause.
Invented sentences: a housing tribunal, an energy ombudsman, a parish survey, a bird count, a
rugby club's dinner, a carol service, a concert programme, a walking guide, a dialect
glossary, a museum trail."""

from __future__ import annotations

from tests.fixtures.readings import quotations


def _speakers(text: str, author: str = "Page Editor") -> list[str | None]:
    return [q.speaker_name for q in quotations(text, author)]


def test_a_name_in_a_heading_of_fields_stops_at_its_own_line():
    # "Mrs Alice Lunn" / "Respondent: …" is not one name "Alice Lunn Respondent": so "Mrs
    # Lunn" is the woman the heading names, not her husband
    text = (
        "DECISION OF THE TRIBUNAL\n\n"
        "Applicants: Mr Peter Lunn and Mrs Alice Lunn\n"
        "Respondent: Fellgate Homes Ltd\n\n"
        'Mr Lunn said the damp "came back within a month of every visit from the '
        'contractor".\n\n'
        "Mrs Lunn told the tribunal that \"the children's bedroom has not been dry since "
        'Christmas".\n'
    )
    assert _speakers(text) == ["Mr Peter Lunn", "Mrs Alice Lunn"]


def test_a_document_made_for_someone_by_a_firm_speaks_with_the_firm():
    text = (
        "The trustees bought the cottage in 1998.\n\n"
        "The valuation prepared for them in 2021 by Pike & Daughters Auctioneers described "
        'the long-case clock as "a good provincial movement in a case of no great '
        'distinction".\n'
    )
    assert _speakers(text) == ["Pike & Daughters Auctioneers"]


def test_a_short_name_defined_in_brackets_is_the_body_and_its_documents_speak_for_it():
    text = (
        "Final decision\n\n"
        'Ms Ada Rigby complains that Brightwater Energy Supply Ltd ("Brightwater") billed '
        "her for a meter she had never had.\n\n"
        'Brightwater accepted the mistake. Its letter of 4 May said that "the account has '
        'been corrected and a goodwill payment made".\n\n'
        "Brightwater didn't accept the rest of the complaint. In its reply it said: \"The "
        'delay was caused by the meter operator, not by us."\n\n'
        "Nothing Brightwater has sent since changes my view.\n"
    )
    assert _speakers(text) == ["Brightwater Energy Supply Ltd"] * 2


def test_a_she_after_a_sentence_about_an_unnamed_person_is_that_person():
    text = (
        "The Saltmere count\n\n"
        "Dr Owen Pike led the count from the sea wall. A volunteer counted the knot twice "
        'and got two different answers. She said: "Two thousand, give or take the ones '
        'that would not sit still."\n'
    )
    quotation = quotations(text)[0]
    assert (quotation.speaker_name, quotation.unnamed) == ("A volunteer", True)


def test_the_i_of_a_section_is_the_one_its_own_line_says_gave_it():
    text = (
        "Annual Dinner of the Kelby Rugby Club\n\n"
        "Reply for the Guests\n\n"
        "Given by Hannah Storr, captain of Ashby Ladies\n\n"
        'I played my first game here in 2009. I told your captain afterwards, "Your pitch '
        'is the only one in the county with a slope in two directions," and he said it was '
        "a feature.\n\n"
        "The Toast to the Club\n\n"
        "Dr Martin Oduya\n\n"
        'When I joined, I wrote to the secretary, "I can kick, but only with my left foot."\n'
    )
    assert _speakers(text, author="Kelby Rugby Club") == ["Hannah Storr", "Martin Oduya"]


def test_a_programme_line_names_the_maker_and_title_of_a_reading_never_who_reads_it():
    text = (
        "A Service of Nine Lessons and Carols\n\n"
        "The Third Reading\n\n"
        "The Oxen, by Thomas Hardy, read by the churchwarden, Mrs Ivy Parr\n\n"
        "    Christmas Eve, and twelve of the clock.\n"
        '    "Now they are all on their knees,"\n'
        "    An elder said as we sat in a flock\n"
        "    By the embers in hearthside ease.\n\n"
        "A Letter from the Mission\n\n"
        "From our former curate, Daniel Achebe, of Kisumu, read by the Rector\n\n"
        "    I think of the candles in the north aisle every year, and I am sorry to miss "
        "them again.\n"
    )
    found = quotations(text, author="St Luke's, Ashby")
    blocks = [q for q in found if q.text.startswith(("Christmas Eve", "I think"))]
    assert [(q.speaker_name, q.work_title) for q in blocks] == [
        ("Thomas Hardy", "The Oxen"),
        ("Daniel Achebe", None),
    ]


def test_a_credit_word_under_words_is_no_title():
    # "Music by …" under a block names a composer; "Music" is never the work
    text = (
        "The anthem was new that year:\n\n"
        "    Light on the water, light on the hill,\n"
        "    Light in the window, and the house is still.\n\n"
        "        Words by Joan Ashby\n"
    )
    assert [q.work_title for q in quotations(text)] == [None]


def test_a_writer_whose_book_and_page_stand_between_name_and_verb_speaks():
    text = (
        "# The Fell Road\n\n"
        "**Stage 4. Over the top.** Alfred Wainwright, in *The Far Eastern Fells* (1957), "
        'p. 12, speaks of "a summit that rewards the patient and punishes the proud". Take '
        "the left fork.\n"
    )
    quotation = quotations(text, author="Fell Road Guide")[0]
    assert (quotation.speaker_name, quotation.page) == ("Alfred Wainwright", "12")


def test_a_work_named_with_its_makers_possessive_speaks_with_the_maker():
    text = (
        "# A Dales Glossary\n\n"
        "**Laithe.** The word is in Halliwell's *Dictionary of Archaic Words*, vol. II "
        '(1847), p. 505, which glosses it "a barn; a building for hay and cattle, North", '
        "and it is still said in Wensleydale.\n"
    )
    quotation = quotations(text, author="Dales Glossary")[0]
    assert (quotation.speaker_name, quotation.work_title, quotation.page) == (
        "Halliwell",
        "Dictionary of Archaic Words",
        "505",
    )


def test_whoever_a_relative_clause_says_calls_a_thing_so_speaks():
    text = (
        "Gallery 3\n\n"
        "The orrery was made for the Institute by Professor Ada Brent in 1811. The clock "
        'beside it, which Sir Hugh Lacey thought "the finest in the north and the least '
        'punctual", came later. The case, which Brent calls "an apology in mahogany", is '
        "original.\n"
    )
    assert _speakers(text, author="Kelby Museum") == ["Hugh Lacey", "Ada Brent"]
