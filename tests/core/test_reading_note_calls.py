"""Which note a mark calls, and what that note gives the words the mark ends (notes21): a
numbered section heading is never a note, notes numbered afresh on every page of a typed text
belong to their own page, a note runs on to the next page's foot, a note that only comments
gives nothing (nor does an "Ibid." after it), the law's "Id. at 7" and "Same source" stand for
the note before. Each on a few sentences written for it (an invented chess club, a coaching
inn, a tenants' court case, a sea-wall survey)."""

from __future__ import annotations

from bot.core.extract.formats import read_reading
from bot.core.extract.reading import Proposal, propose_passages
from tests.fixtures.readings import attributions as who
from tests.fixtures.readings import make_paged_pdf


def proposed(text: str) -> list[Proposal]:
    return propose_passages(text, author="The Essayist")


def test_a_numbered_section_heading_is_never_a_note_nor_read_into_the_note_before():
    found = who(
        "1. Origins\n\n"
        "The society's rule book tells every member to \"play each game to its end, however "
        'lost it looks".¹ Its first secretary, Edgar Moss, wrote that "a club is a quarrel '
        'with a kettle in it".²\n\n'
        "2. The league years\n\n"
        "The club won its first trophy in 1926 and lost its room in 1927.\n\n"
        "¹ Harrowfield Chess Society, Rules of Play (1921), p. 2.\n"
        "² Edgar Moss, Forty Years at the Board (1950), p. 11.\n"
    )
    assert found == [
        ("Harrowfield Chess Society", "Rules of Play", "2", None),
        ("Edgar Moss", "Forty Years at the Board", "11", None),
    ]


def test_a_capitalised_numbered_heading_after_a_page_number_is_a_heading_not_a_note():
    passages = proposed(
        'The landlord, Josiah Crabbe, boasted that his stable held "forty horses and not one '
        'lame".¹\n\n'
        "-----\n"
        "1 Josiah Crabbe, The Bell at Stanwick (1899), p. 6.\n\n"
        "- 1 -\n"
        "\f\n"
        "2. THE LAST COACH\n\n"
        "When the railway came, the coaches stopped within a year.\n"
    )
    headings = [p.text for p in passages if p.kind == "heading"]
    assert "2. THE LAST COACH" in headings or "THE LAST COACH" in headings
    assert "- 1 -" not in headings
    quotation = next(p for p in passages if p.kind == "quotation")
    assert (quotation.speaker_name, quotation.work_title, quotation.page) == (
        "Josiah Crabbe",
        "The Bell at Stanwick",
        "6",
    )


def test_notes_numbered_afresh_on_each_page_belong_to_their_own_page():
    found = who(
        "Ellen Garrow, the innkeeper's widow, called the yard \"a field of mud with a roof "
        'at one end".¹ The ostler Tom Bick remembered only "the cold and the shouting".²\n\n'
        "-----\n"
        "1 Ellen Garrow to her sister, 4 May 1851.\n"
        "2 He was twelve when he started in the yard.\n\n"
        "- 1 -\n"
        "\f\n"
        'A guidebook of 1860 praised the inn for "the best mutton between York and the '
        'sea".¹ It added that the beds were "clean, if short".²\n\n'
        "-----\n"
        "1 Percy Lunn, The Northern Road Companion (1860), p. 41.\n"
        "2 Ibid., p. 42.\n\n"
        "- 2 -\n"
    )
    assert found == [
        ("Ellen Garrow", None, None, None),  # a letter only described: no work
        ("Tom Bick", None, None, None),  # the note only comments: nothing from page 2's note 2
        ("Percy Lunn", "The Northern Road Companion", "41", None),
        ("Percy Lunn", "The Northern Road Companion", "42", None),
    ]


def test_a_note_that_runs_on_to_the_next_page_is_read_whole():
    found = who(
        'The parish vestry minuted in 1822 that the wall was "a charity to the sea and a '
        'burden to the rates".¹\n\n'
        "-----\n"
        "1 Saltmarsh Parish Vestry, Minutes of the Vestry, vol. 3,\n\n"
        "- 1 -\n"
        "\f\n"
        'The county surveyor, Hugh Tarrant, judged it "sound below and rotten above".²\n\n'
        "-----\n"
        "  p. 58.\n"
        "2 Hugh Tarrant, A Survey of the Sea Defences (1840), p. 19.\n\n"
        "- 2 -\n"
    )
    assert found[0][2] == "58"
    assert found[1] == ("Hugh Tarrant", "A Survey of the Sea Defences", "19", None)


def test_ibid_after_a_note_that_names_no_source_gives_nothing():
    found = who(
        'The coaching historian Mabel Tindall calls the inn "the last warm room on the '
        'moor".¹ The tapster, Sam Ridley, said the coaches "came in steaming like '
        'kettles".² He said too that the guards "drank whatever was left".³\n\n'
        "-----\n"
        "1 Mabel Tindall, Inns of the High Road (1962), p. 88.\n"
        "2 Conversation with the author's grandfather, 1931.\n"
        "3 Ibid.\n"
    )
    assert [(speaker, work, page) for speaker, work, page, _via in found] == [
        ("Mabel Tindall", "Inns of the High Road", "88"),
        ("Sam Ridley", None, None),
        ("Sam Ridley", None, None),  # "Ibid." is the conversation, not Tindall's book
    ]


def test_the_laws_id_at_and_same_source_stand_for_the_note_before():
    found = who(
        'Judge Patience Olawale found that the notices were "drafted to frighten, not to '
        'inform".[1] She went on that a tenant "is owed a reason, not a rumour".[2]\n\n'
        "The residents' handbook advises that a meeting \"should end before anyone is "
        'tired".[3] It warns as well that "minutes are a promise to the future".[4]\n\n'
        "Endnotes\n\n"
        "[1] Harker Estates v Dunmore Residents (Bristol County Court, 3 June 1981), at 7.\n\n"
        "[2] Id. at 9.\n\n"
        "[3] Dunmore Residents' Association, Handbook for Members (1983), p. 12.\n\n"
        "[4] Same source, p. 14.\n"
    )
    assert [(work, page) for _speaker, work, page, _via in found] == [
        ("Harker Estates v Dunmore Residents", "7"),
        ("Harker Estates v Dunmore Residents", "9"),
        ("Handbook for Members", "12"),
        ("Handbook for Members", "14"),
    ]
    assert found[2][0] == found[3][0] == "Dunmore Residents' Association"


def test_a_case_name_is_the_work_never_the_speaker():
    found = who(
        'The court held that the lease "bound the landlord as tightly as the tenant".*\n\n'
        "* Ashdown v Pell (Exeter County Court, 1979), at 4.\n"
    )
    assert found == [(None, "Ashdown v Pell", "4", None)]


def test_a_document_the_sentence_names_speaks_in_its_note_s_author_without_doubt():
    passages = proposed(
        "The foundation's handbook says that a plot \"left wild for a season is lost for "
        'three".⁴\n\n'
        "⁴ Kelby Community Foundation, Handbook for Plot Holders (2019), p. 5.\n"
    )
    quotation = next(p for p in passages if p.kind == "quotation")
    assert (quotation.speaker_name, quotation.work_title, quotation.page) == (
        "Kelby Community Foundation",
        "Handbook for Plot Holders",
        "5",
    )
    assert quotation.doubt is None


def test_a_paper_named_by_its_kind_speaks_its_own_words_from_its_note():
    found = who(
        'When the footbridge opened, the county weekly welcomed it as "the first thing built '
        'here since the Romans that nobody has complained about".¹\n\n'
        "¹ Wensley Herald, 3 May 1901, p. 2.\n"
    )
    assert found == [("Wensley Herald", "Wensley Herald", "2", None)]


def test_an_unsigned_issue_of_a_periodical_speaks_as_the_periodical_its_note_names():
    found = who(
        "The magazine's spring number closed, as it always did, on a single line: \"Mend "
        'what you can and lend what you cannot."²\n\n'
        "² Repair Circle Magazine, no. 41 (April 1988), p. 16.\n"
    )
    assert found == [("Repair Circle Magazine", "Repair Circle Magazine", "16", None)]


def test_a_papers_report_with_a_quoted_headline_then_it_said_is_the_papers_words():
    found = who(
        "The Wensley Herald covered the dale for ninety years.\n\n"
        "The Herald's account of the flood ran under the headline \"Water Street Lives Up "
        'To Its Name", and it said that the town had "learned to swim in an afternoon".³\n\n'
        "³ Herald, 9 August 1922, p. 1.\n"
    )
    assert found == [("Wensley Herald", "Wensley Herald", "1", None)]


def test_a_mark_after_a_name_in_the_lead_in_leaves_the_name_the_speaker():
    found = who(
        "The club's treasurer, Ada Lyme,† wrote in the club's centenary history that the "
        'accounts "balanced only in the years nobody looked".[7]\n\n'
        "Notes\n\n"
        "[7] Dunhallow Rowing Club, A Centenary History (1962), p. 31.\n\n"
        "† Treasurer from 1931 to 1958.\n"
    )
    assert found == [("Ada Lyme", "A Centenary History", "31", None)]


def test_a_number_in_round_brackets_calls_the_note_so_numbered_when_nothing_else_does():
    found = who(
        'The warden, Amos Pike, wrote that the hut was "never once locked in forty '
        'winters" (4). Later he called it "a church with a stove" (5).\n\n'
        "Notes\n\n"
        "4. Amos Pike, Hut Book Memories (1950), p. 3.\n"
        "5. Ibid., p. 9.\n"
    )
    assert found == [
        ("Amos Pike", "Hut Book Memories", "3", None),
        ("Amos Pike", "Hut Book Memories", "9", None),
    ]


def test_a_number_in_round_brackets_stays_a_page_when_the_text_calls_its_notes_otherwise():
    found = who(
        'Marjorie Hext, in Moorland Teas, calls the scone "a cake that has given up" '
        "(4). The tea room's owner was blunter still.¹\n\n"
        "¹ She sold it in 1961.\n\n"
        "4. A note about something else.\n"
    )
    assert found[0][2] == "4"


def test_a_cross_reference_to_the_texts_own_part_or_note_cites_nothing():
    found = who(
        'The ferryman, Job Harle, wrote that the tide "keeps no timetable but its own" (see '
        'the appendix). His son Luke Harle said it "kept ours as well".⁵\n\n'
        "⁵ See note 3.\n"
    )
    assert [(work, page) for _speaker, work, page, _via in found] == [(None, None), (None, None)]


def test_a_note_that_only_remarks_on_someone_gives_no_page_and_no_work():
    found = who(
        'The lamp-keeper, Silas Orme, called the light "a job for a saint with a strong '
        'back".²\n\n'
        "² He kept the light from 1871 to 1890, and his son after him.\n"
    )
    assert found == [("Silas Orme", None, None, None)]


def test_a_mark_at_the_end_of_a_lead_in_calls_the_note_of_the_block_it_introduces():
    found = who(
        "The first surveyor, a joiner by trade, wrote: ‘The roof is sound. The gutters "
        "are not.’¹\n\n"
        "The second surveyor, who works for the diocese, climbed the tower and was kinder:²\n\n"
        "    I found the bells well hung and the ringers better than the bells.\n\n"
        "    The frame will see out another century if the louvres are kept shut.\n\n"
        "¹ Survey of the Tower, 2 May 2020, p. 3.\n"
        "² Ada Crane, The Bells of Kelby (2020), p. 7.\n"
    )
    assert found[1] == ("Ada Crane", "The Bells of Kelby", "7", None)


def test_a_mark_at_the_end_of_a_lead_in_leaves_its_unnamed_speaker():
    found = who(
        "The first surveyor, a joiner by trade, wrote: ‘The roof is sound. The gutters "
        "are not.’¹\n\n"
        "The second surveyor, who works for the diocese, climbed the tower and was kinder:²\n\n"
        "    I found the bells well hung and the ringers better than the bells.\n\n"
        "¹ He retired in 2021.\n"
        "² She asked not to be named.\n"
    )
    assert [speaker for speaker, _work, _page, _via in found] == [
        "The first surveyor",
        "The second surveyor",
    ]


def test_a_pdf_s_footnotes_numbered_afresh_on_each_page_belong_to_their_page(tmp_path):
    filler = (
        "The light stood on a shelf of rock two miles out, and the boat that served it came "
        "once a fortnight when the sea allowed, which in winter it seldom did, so that the "
        "keepers lived on salt beef and patience for weeks together."
    )
    source = (
        f"1. The first winter\n\n{filler}\n\n"
        "The keeper's wife, Ann Orme, wrote that the light was \"a candle held up to the whole "
        'sea, and the sea did not thank us for it".<sup>1</sup> Her husband, Silas Orme, '
        'called it "a job for a saint with a strong back and no sense of smell".<sup>2</sup>'
        f"\n\n{filler}\n____\n"
        "1 Ann Orme, Letters from the Rock (1899), p. 4.\n"
        "2 He kept the light from 1871 to 1890.\n"
        "\\f\n"
        f"2. The wreck\n\n{filler}\n\n"
        "The Board's inspector, Hugh Vane, reported that the crew had done \"all that men "
        'could do and a little more than the Board had any right to ask".<sup>1</sup> He '
        'added that the lamp had been "lit, trimmed and watched to the minute".<sup>2</sup>'
        f"\n\n{filler}\n____\n"
        "1 Hugh Vane, Report on the Loss of the Mary Dean (1884), p. 12.\n"
        "2 Ibid., p. 13.\n"
    )
    reading = read_reading(make_paged_pdf(tmp_path / "rock.pdf", source, "The Rock Light"))
    text = reading.marks.marked if reading.marks is not None else reading.text
    assert who(text) == [
        ("Ann Orme", "Letters from the Rock", "4", None),
        ("Silas Orme", None, None, None),  # page 1's note 2 only remarks: not page 2's note 2
        ("Hugh Vane", "Report on the Loss of the Mary Dean", "12", None),
        ("Hugh Vane", "Report on the Loss of the Mary Dean", "13", None),
    ]


def test_endnotes_gathered_under_each_chapters_heading_belong_to_that_chapters_marks():
    found = who(
        "Chapter One\n\n"
        'The carter, Joss Wray, said the road was "mud in winter and dust in summer".¹ His '
        'wife, Nell Wray, wrote that it "took the shoes off a horse a week".²\n\n'
        "Chapter Two\n\n"
        'The surveyor, Amos Kell, reported that the bridge was "older than the county".¹ He '
        'later wrote that it "will outlast the lot of us".²\n\n'
        "Notes\n\n"
        "Chapter One\n\n"
        "1. Joss Wray, Roads I Have Known (1901), p. 3.\n"
        "2. Nell Wray, A Carter's Wife (1910), p. 8.\n\n"
        "Chapter Two\n\n"
        "1. Amos Kell, Report on the County Bridges (1890), p. 14.\n"
        "2. Ibid., p. 15.\n"
    )
    assert found == [
        ("Joss Wray", "Roads I Have Known", "3", None),
        ("Nell Wray", "A Carter's Wife", "8", None),
        ("Amos Kell", "Report on the County Bridges", "14", None),
        ("Amos Kell", "Report on the County Bridges", "15", None),
    ]


def test_endnotes_numbered_in_small_roman_numerals_are_called_by_those_numerals(tmp_path):
    page = tmp_path / "mill.html"
    page.write_text(
        "<html><body><p>The miller, Abel Stott, wrote that the wheel was “the only honest "
        "thing in the valley”.<sup>i</sup> His daughter, Ruth Stott, called it “a clock "
        "that ate water”.<sup>ii</sup> She added that it “never once asked for "
        "Sunday off”.<sup>iii</sup></p><h2>Endnotes</h2>"
        "<p>i Abel Stott, <i>A Miller’s Year</i> (1888), p. 12.</p>"
        "<p>ii Ruth Stott, <i>Water and Stone</i> (1921), p. 40.</p>"
        "<p>iii Ibid., p. 41.</p></body></html>",
        encoding="utf-8",
    )
    reading = read_reading(page)
    text = reading.marks.marked if reading.marks is not None else reading.text
    assert who(text) == [
        ("Abel Stott", "A Miller’s Year", "12", None),
        ("Ruth Stott", "Water and Stone", "40", None),
        ("Ruth Stott", "Water and Stone", "41", None),
    ]


def test_an_editors_bracketed_letter_inside_the_words_is_no_note_call():
    found = who(
        'The miller, Abel Stott, wrote that "[i]t was the only honest thing in the valley".¹\n\n'
        "¹ Abel Stott, A Miller's Year (1888), p. 12.\n"
    )
    assert found == [("Abel Stott", "A Miller's Year", "12", None)]


def test_bracketed_notes_under_a_heading_no_list_has_are_the_notes_the_text_calls():
    found = who(
        'The ropemaker, Tobias Venn, wrote that a good rope "remembers every hand that laid '
        'it".[1] His apprentice, Kit Marlow, called the walk "a quarter-mile of patience".[2]'
        "\n\nNotes and sources\n\n"
        "[1] Tobias Venn, The Ropewalk Book (1872), p. 9.\n"
        "[2] Kit Marlow, Hemp and Tar (1901), p. 33.\n"
    )
    assert found == [
        ("Tobias Venn", "The Ropewalk Book", "9", None),
        ("Kit Marlow", "Hemp and Tar", "33", None),
    ]
