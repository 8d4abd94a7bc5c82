"""A note number means the note of that number in the same part of the book, and an archival
citation in layers names a place and a locator (notes24, session 24).

When the notes restart in each chapter and are gathered at the end under headings that repeat
the chapters' own (their title in other letters, their number with "Chapter", or "Notes to
pages …"), the k-th chapter's marks call the notes under its own heading; such a heading is
no note. A layered citation ("Archive, Town, CALL 1/2; record, fol. 9r; entry for …") gives
the folio, page or question number as the page, no work, and nobody's words but those of the
one whose record or letter a layer says it is. A letter "printed in ‘Heading’, Paper, date,
p. 3" is in the paper; "original lost; quoted in A. Author, Title, p. 41" is relayed by the
author; "The same letter, quoted in …" is the note before's letter. A committee's question
number is the page. Each on sentences written for it (a chapel, a harbour, a rope works, a
weaving family, a hospital board, a drainage inquiry)."""

from __future__ import annotations

from bot.core.extract.formats import read_reading
from bot.core.extract.reading import Proposal, propose_passages
from tests.fixtures.readings import attributions as who
from tests.fixtures.readings import make_pdf


def proposed(text: str) -> list[Proposal]:
    return propose_passages(text, author="The Essayist")


def test_notes_gathered_under_repeated_chapter_titles_belong_to_their_own_chapter():
    found = who(
        "THE NEW CHAPEL\n\n"
        'The builder, Josiah Platt, promised the trustees "a roof that will outlast the '
        'debt".[1] Their treasurer, Hannah Birtwistle, doubted it: "We shall pay for the '
        'slates twice, once now and once in the rain."[2]\n\n'
        "THE ORGAN FUND\n\n"
        'The organist, Walter Greenhalgh, asked for "a pipe for every Sunday of the year".[1] '
        'The minister answered him from the pulpit that "music is a servant and not a '
        'lodger".[2]\n\n'
        "NOTES\n\n"
        "The New Chapel\n\n"
        "[1] Josiah Platt, Estimate for the Chapel Roof (Oldham, 1861), p. 2.\n"
        "[2] Hannah Birtwistle, Treasurer's Reminiscences (Oldham, 1890), p. 14.\n\n"
        "The Organ Fund\n\n"
        "[1] Walter Greenhalgh, A Plea for the Organ (Oldham, 1874), p. 5.\n"
        "[2] Samuel Dearden, Sermons at Mount Pleasant (Oldham, 1880), p. 77.\n"
    )
    assert found == [
        ("Josiah Platt", "Estimate for the Chapel Roof", "2", None),
        ("Hannah Birtwistle", "Treasurer's Reminiscences", "14", None),
        ("Walter Greenhalgh", "A Plea for the Organ", "5", None),
        ("Samuel Dearden", "Sermons at Mount Pleasant", "77", None),
    ]


def test_a_numbered_chapter_heading_among_the_notes_is_no_note_and_no_work():
    found = who(
        "1. The Harbour Wall\n\n"
        "The engineer, Robert Stevenson, thought the old wall “a heap of good intentions”.¹\n\n"
        "2. The Lifeboat\n\n"
        "Its first coxswain, Henry Blogg, said the boat was “too heavy for six and too light "
        "for the sea”.¹\n\n"
        "Sources\n\n"
        "1. The Harbour Wall\n\n"
        "1. Robert Stevenson, Report on the Harbour of Cullercoats (Edinburgh, 1829), p. 8.\n\n"
        "2. The Lifeboat\n\n"
        "1. Henry Blogg, A Coxswain's Log (Cromer, 1936), p. 19.\n"
    )
    assert found == [
        ("Robert Stevenson", "Report on the Harbour of Cullercoats", "8", None),
        ("Henry Blogg", "A Coxswain's Log", "19", None),
    ]


def test_a_group_headed_by_the_chapter_number_alone_or_by_its_pages_is_that_chapters():
    text = (
        "Chapter One is the rope walk, Chapter Two the strike.\n\n"
        "3. The Rope Walk\n\n"
        "The foreman, Amos Lumb, called the walk “a quarter of a mile of patience”.¹\n\n"
        "4. The Strike\n\n"
        "The spinners' leader, Martha Kaye, said they wanted “bread first and thanks "
        "after”.¹\n\n"
        "Notes\n\n"
        "Chapter 3\n\n"
        "1 Amos Lumb, Fifty Years at the Walk (Bridport, 1901), p. 33.\n\n"
        "Notes to pages 41–60\n\n"
        "1 Martha Kaye, The Spinners' Case (Bridport, 1912), p. 4.\n"
    )
    assert who(text) == [
        ("Amos Lumb", "Fifty Years at the Walk", "33", None),
        ("Martha Kaye", "The Spinners' Case", "4", None),
    ]


def test_notes_that_start_their_numbers_again_in_one_list_are_the_next_chapters():
    found = who(
        "Part I\n\n"
        "The weaver John Horrocks wrote that the loom was “a wife that never sleeps”.¹ His "
        "brother James thought it “a master with no face”.²\n\n"
        "Part II\n\n"
        "Their sister, Ellen Horrocks, called the new mill “a church for cotton”.¹\n\n"
        "Notes\n\n"
        "¹ John Horrocks, Journal of a Handloom Weaver (Bolton, 1840), p. 12.\n"
        "² James Horrocks, Letters from the Fold (Bolton, 1851), p. 30.\n"
        "¹ Ellen Horrocks, A Mill Girl's Year (Bolton, 1866), p. 9.\n"
    )
    assert found == [
        ("John Horrocks", "Journal of a Handloom Weaver", "12", None),
        ("James Horrocks", "Letters from the Fold", "30", None),
        ("Ellen Horrocks", "A Mill Girl's Year", "9", None),
    ]


def test_a_layered_archival_citation_gives_its_folio_and_no_work_nor_speaker():
    found = who(
        "In 1794 the overseer, Thomas Whittle, entered the cost of a coffin and added that "
        "the pauper had been “a good workman when sober, which was Sundays”.¹ A later "
        "overseer wrote less: “Paid for bread, 4s.”²\n\n"
        "Notes\n\n"
        "¹ Lancashire Archives, Preston, PR 2875/7; Whalley overseers' accounts, 1780–1800, "
        "fol. 44v; entry for William Duckworth, buried 9 May 1794.\n"
        "² Ibid., fol. 71r.\n"
    )
    assert found == [
        ("Thomas Whittle", None, "fol. 44v", None),
        ("A later overseer", None, "fol. 71r", None),
    ]


def test_a_will_in_layers_is_its_makers_and_an_entry_for_someone_is_not_theirs():
    found = who(
        "The miller's widow left her grandson “the big Bible and the small debts”.¹\n\n"
        "Notes\n\n"
        "¹ Borthwick Institute, York, Prob. Reg. 188, fol. 12; will of Sarah Ackroyd of "
        "Haworth, widow, proved 3 June 1831; entry for Abraham Ackroyd.\n"
    )
    assert found == [("Sarah Ackroyd", None, "fol. 12", None)]


def test_a_privately_kept_letter_in_layers_is_its_writers_and_a_tape_is_no_page():
    found = who(
        "She wrote to her brother from the sanatorium: “The air here is so clean it "
        "frightens me.”¹ Her nephew remembered her laugh as “the loudest thing on the "
        "ward”.²\n\n"
        "Notes\n\n"
        "¹ Ada Pilling to George Pilling, 2 March 1924; in private hands.\n"
        "² Frank Pilling, interviewed by the author, 1999; Rossendale Museum, OH 12/3; tape "
        "4, side A.\n"
    )
    assert found == [
        ("Ada Pilling", None, None, None),
        ("Frank Pilling", None, None, None),
    ]


def test_a_letter_printed_under_a_papers_heading_is_in_the_paper_at_its_page():
    found = who(
        "The stationmaster's complaint reached the town through its weekly paper: “The "
        "night mail has not been on time since the Queen's jubilee.”¹\n\n"
        "Notes\n\n"
        "¹ Peter Haworth to the editor, 4 June 1899, printed in ‘Our Railway Grievance’, "
        "Accrington Observer, 10 June 1899, p. 6.\n"
    )
    assert found == [("Peter Haworth", "Accrington Observer", "6", None)]


def test_a_lost_letter_quoted_in_a_book_is_its_writers_relayed_at_the_books_page():
    found = who(
        "The nurse's letters were copied by her great-niece, Joan Cliffe, for a history of "
        "the hospital. “We have forty beds,” she wrote in 1915, “and ninety men.”¹ And "
        "again: “Send socks, not prayers.”²\n\n"
        "Notes\n\n"
        "¹ Mary Cliffe to her sister Alice Cliffe, 8 May 1915; original destroyed; quoted in "
        "Joan Cliffe, The Queen Street Hospital (Burnley, 1988), p. 56.\n"
        "² The same letter, quoted in Joan Cliffe, The Queen Street Hospital, p. 57.\n"
    )
    assert found == [
        ("Mary Cliffe", None, "56", "Joan Cliffe"),
        ("Mary Cliffe", None, "56", "Joan Cliffe"),
        ("Mary Cliffe", None, "57", "Joan Cliffe"),
    ]


def test_a_committees_question_number_is_the_page_of_the_answer():
    found = who(
        "The drainage engineer, Edwin Chadwick, told the commissioners that the ditches "
        "were “older than the parish and dirtier than the river”.¹ The clerk agreed: "
        "“Nobody has cleaned them since the enclosure.” (Q 118)\n\n"
        "Notes\n\n"
        "¹ *Report of the Fenland Drainage Inquiry* (1851), Minutes of Evidence, Q 97.\n"
    )
    assert [(w, p) for _s, w, p, _v in found] == [
        ("Report of the Fenland Drainage Inquiry", "Q97"),
        (None, "Q118"),
    ]


def test_a_years_quarter_is_no_question_number():
    [found] = who(
        "The co-operative's chair, Ruth Haslam, reported that sales were “the best since the "
        "war” (Haslam, Quarterly Statement, Q3 2023).\n"
    )
    assert found[2] is None


def test_symbols_that_start_again_in_each_chapter_call_their_own_chapters_notes():
    found = who(
        "The Quarry\n\n"
        'The quarry master, Edwin Rawes, called the new face "the best stone since the '
        'Minster".* His foreman, Abel Hird, was less sure: "It splits when it likes and not '
        'when we do."†\n\n'
        "The Kilns\n\n"
        'The kiln keeper, Jonah Metcalf, wrote that lime "burns the hand that feeds it".* '
        'His wife, Martha Metcalf, added: "And the lungs that breathe it."†\n\n'
        "Notes\n\n"
        "The Quarry\n\n"
        "* Edwin Rawes, Stone of the Dales (Leeds, 1888), p. 17.\n"
        "† Abel Hird, A Foreman's Notebook (Skipton, 1901), p. 4.\n\n"
        "The Kilns\n\n"
        "* Jonah Metcalf, Lime and Labour (Settle, 1895), p. 22.\n"
        "† Martha Metcalf, Letters from Langcliffe (Settle, 1910), p. 9.\n"
    )
    assert found == [
        ("Edwin Rawes", "Stone of the Dales", "17", None),
        ("Abel Hird", "A Foreman's Notebook", "4", None),
        ("Jonah Metcalf", "Lime and Labour", "22", None),
        ("Martha Metcalf", "Letters from Langcliffe", "9", None),
    ]


def test_a_piece_described_by_its_kind_under_a_papers_heading_is_in_the_paper():
    found = who(
        "The paper's own view appeared beside the letter, unsigned: the scheme was “a "
        "railway to nowhere, paid for by everybody”.¹\n\n"
        "Notes\n\n"
        "¹ Leader beneath ‘The Branch Line Again’, Craven Herald, 4 March 1871, p. 2.\n"
    )
    assert [(work, page) for _s, work, page, _v in found] == [("Craven Herald", "2")]


def test_a_printed_county_history_with_notes_at_each_chapters_end(tmp_path):
    pdf = make_pdf(
        tmp_path / "county.pdf",
        [
            "I. The Turnpike",
            "The surveyor, John Metcalf, promised the trustees a road that would carry "
            '"coals in winter as well as wool in summer".[1] The trustees\' clerk, Henry '
            'Bolland, recorded that "the money is spent and the road is not".[2]',
            "Notes",
            "[1] John Metcalf, Life of John Metcalf (York, 1795), p. 112.",
            "[2] Henry Bolland, The Turnpike Years (Keighley, 1820), p. 40.",
            "II. The Canal",
            'The engineer, James Brindley, said the canal would be "a river that knows its '
            'own mind".[1]',
            "Notes",
            "[1] James Brindley, Notes on the Leeds and Liverpool Canal (Leeds, 1770), p. 6.",
        ],
    )
    reading = read_reading(pdf)
    passages = propose_passages(reading.text, author="The Essayist")
    found = [(p.speaker_name, p.work_title, p.page) for p in passages if p.kind == "quotation"]
    assert found == [
        ("John Metcalf", "Life of John Metcalf", "112"),
        ("Henry Bolland", "The Turnpike Years", "40"),
        ("James Brindley", "Notes on the Leeds and Liverpool Canal", "6"),
    ]


def test_a_chapter_named_in_words_or_roman_numerals_heads_its_own_notes():
    found = who(
        "CHAPTER ONE: THE FERRY\n\n"
        'The ferryman, Tom Skelly, told the bench the boat was "older than the parish and '
        'twice as leaky". [1] The chairman, Sir John Ramsden, called it "a parish matter and '
        'a parish disgrace". [2]\n\n'
        "CHAPTER TWO: THE BRIDGE\n\n"
        "The bridge's engineer, Mary Rowntree, promised \"a crossing that will outlive its "
        'critics". [1]\n\n'
        "NOTES\n\n"
        "Chapter I\n\n"
        "[1] Tom Skelly, Evidence to the Bench (Selby, 1840), p. 3.\n"
        "[2] John Ramsden, Charge to the Jury (Selby, 1840), p. 9.\n\n"
        "Chapter II\n\n"
        "[1] Mary Rowntree, The Ouse Bridge (York, 1902), p. 51.\n"
    )
    assert found == [
        ("Tom Skelly", "Evidence to the Bench", "3", None),
        ("John Ramsden", "Charge to the Jury", "9", None),
        ("Mary Rowntree", "The Ouse Bridge", "51", None),
    ]


def test_layers_in_any_order_give_the_deponent_and_the_folio():
    found = who(
        "A cropper who was there swore that the men had come “with their faces blacked and "
        "their minds made up”.¹ The burial entry for one of them is bare: “killed at the "
        "mill”.²\n\n"
        "Notes\n\n"
        "¹ The National Archives, Kew, HO 40/1, fol. 12; deposition of William Ashworth, 3 "
        "May 1812.\n"
        "² Rawfolds chapel register, burials 1790–1830, fol. 9r; West Yorkshire Archive "
        "Service, Wakefield, WDP 12/4.\n"
    )
    assert found == [
        ("William Ashworth", None, "fol. 12", None),
        (None, None, "fol. 9r", None),
    ]
