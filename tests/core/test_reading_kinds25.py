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


def test_the_i_of_a_document_signed_at_its_end_with_an_office_is_the_signer():
    text = (
        "Delegated report: 14 Mill Row, Askern\n\n"
        "The application is for a rear extension of two storeys.\n\n"
        'The neighbour at number 12 objected that "the extension would take the last of the '
        'afternoon sun from our kitchen".\n\n'
        'As I noted after the site visit, "the garden falls away to the north, and the loss '
        'of light is less than the drawings suggest."\n\n'
        "Recommendation: approve, with conditions.\n\n"
        "Tom Reid\n"
        "Principal Planning Officer\n"
    )
    assert _speakers(text, author="Askern District Council")[-1] == "Tom Reid"


def test_a_note_the_editor_signs_is_the_editor_the_masthead_names():
    text = (
        "# Reel Talk\n\n"
        "*The bulletin of the Dale Film Society. Edited by Colin Marsh, Hon. Editor.*\n\n"
        "## Letters\n\n"
        "The Regal closed in 1971, not 1972, as your last number said.\n"
        "JOAN PELL, Skipton.\n\n"
        '[Mrs Pell is right. As I wrote at the time, "a town without a cinema is a town '
        'that goes to bed at nine." — ED.]\n'
    )
    assert _speakers(text, author="Dale Film Society") == ["Colin Marsh"]


def test_an_office_after_a_name_in_a_masthead_names_whom_the_text_calls_so():
    text = (
        "# Plot Lines\n\n"
        "Contributions to Ann Kell, Hon. Secretary, by the first of the month.\n\n"
        "## Notices\n\n"
        'The secretary reminds plot-holders that "water butts must be covered by the end of '
        'April, whatever the frogs think".\n'
    )
    assert _speakers(text, author="Garth Road Allotments") == ["Ann Kell"]


def test_someone_who_told_the_paper_is_relayed_by_the_paper_named_before():
    text = (
        "Among the papers is a cutting from the *Craven Herald* of 3 March 1961, in which the "
        'stationmaster, Bill Nuttall, told the paper, "The last train will leave on time, '
        'which is more than the first one did."\n'
    )
    quotation = quotations(text, author="Settle History Group")[0]
    assert (quotation.speaker_name, quotation.via_name) == ("Bill Nuttall", "Craven Herald")


def test_a_list_of_sources_with_pages_gives_the_book_of_a_writer_quoted_without_one():
    text = (
        "Thornton Conservation Area Appraisal\n\n"
        "Character\n\n"
        'Marie Hartley found the village "a street of grey houses that seem to have grown '
        'out of the fell". The minister, Revd Amos Kaye, wrote in 1890 that the chapel '
        'was "too small for Sundays and too large for the rest of the week".\n\n'
        "Sources\n\n"
        "Hartley, Marie, *The Yorkshire Dales*, (1956), 112\n\n"
        "Kaye, Amos, *Letters from a Dales Manse*, (1902), 31-40\n"
    )
    assert [(q.speaker_name, q.work_title, q.page) for q in quotations(text)] == [
        ("Marie Hartley", "The Yorkshire Dales", "112"),
        ("Amos Kaye", "Letters from a Dales Manse", None),
    ]


def test_a_reply_quoting_back_a_signed_question_gives_the_words_to_its_signer():
    text = (
        "# Garden Queries\n\n"
        "## Questions\n\n"
        "**No. 41. Leeks.** My leeks bolt every June without fail. Is it the seed or the "
        "soil?\n"
        "PETER ROWE, Thirsk.\n\n"
        "**No. 42. Moles.** What keeps moles off a lawn that slopes to a beck?\n"
        "AMY FOSTER, Bedale.\n\n"
        "## Answers\n\n"
        '**Leeks (No. 41).** To "my leeks bolt every June" the answer is a cold April, not '
        "the seed.\n"
        "HARRY DENT, Masham.\n"
    )
    assert _speakers(text, author="Dales Gardener") == ["Peter Rowe"]


def test_a_first_name_is_the_person_a_memorials_title_names_in_full():
    text = (
        "In Loving Memory of Agnes Mary Holt\n\n"
        "1929-2026\n\n"
        "Agnes kept the village shop for forty years. Agnes always said, \"If they can't pay "
        "today, they'll pay when the lambs are sold.\"\n"
    )
    assert _speakers(text, author="Holt family") == ["Agnes Mary Holt"]


def test_the_writers_own_document_speaks_with_the_writers_voice():
    # an ethnographer's report of her own fieldwork: "my notebook" is hers, and "My" is no name
    text = (
        "3. The night shift\n\n"
        "I spent four nights at the depot in March. My notebook for the second night records: "
        '"Nobody talks until the last bus is in; then everybody talks at once."\n\n'
        'Our interim report to the council said that "drivers value the canteen more than '
        'the pay rise".\n'
    )
    assert _speakers(text, author="Nadia Osei") == ["Nadia Osei", "Nadia Osei"]
