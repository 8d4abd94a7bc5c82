"""Footnotes marked by symbols (*, †, ‡, §, and the typed + and #) and APA narrative
citations, each on a few sentences written for it (invented ferrymen, choirs and archivists)."""

from __future__ import annotations

from bot.core.extract.reading import propose_passages
from tests.fixtures.readings import attributions as who


def test_symbol_notes_restarting_in_each_section_cite_the_quotation_they_follow():
    found = who(
        "ONE: THE CROSSING\n\n"
        "Nathaniel Brisk kept the ferry for thirty years and set down his one rule plainly: "
        '"No passenger shall stand while the boat is under way."*\n\n'
        'His daughter Ruth Brisk put it more kindly. "The river forgives the patient," she '
        "wrote.†\n\n"
        "* Nathaniel Brisk, The Ferryman's Book (Selby, 1871), p. 9.\n"
        "† Ruth Brisk, Along the Ouse (York, 1902), p. 21.\n\n"
        "TWO: THE BRIDGE\n\n"
        'When the bridge opened, Ruth Brisk was asked about the ferry. "It was never only a '
        'boat," she said.*\n\n'
        "* Ibid., p. 30.\n"
    )
    assert found == [
        ("Nathaniel Brisk", "The Ferryman's Book", "9", None),
        ("Ruth Brisk", "Along the Ouse", "21", None),
        ("Ruth Brisk", "Along the Ouse", "30", None),
    ]


def test_typed_plus_and_hash_stand_for_dagger_and_double_dagger():
    found = who(
        'Agnes Tolley told the choir that "a hymn sung slowly is a hymn half sung."+ Her '
        'deputy, Walter Prynne, wrote back that "half is better than none."#\n\n'
        "+ Agnes Tolley, Choir Papers (Hull, 1930), p. 5.\n"
        "# Walter Prynne, A Reply to the Choir (Hull, 1930), p. 2.\n"
    )
    assert found == [
        ("Agnes Tolley", "Choir Papers", "5", None),
        ("Walter Prynne", "A Reply to the Choir", "2", None),
    ]


def test_a_bullet_list_or_emphasis_at_a_line_start_is_never_a_note():
    proposals = propose_passages(
        'The archivist Mary Quill wrote that "every box has a second bottom."\n\n'
        "* the first box held letters\n"
        "* the second box held receipts\n\n"
        "*Boxes* were her whole life, and she left eleven hundred of them.\n",
        author="The Essayist",
    )
    texts = [p.text for p in proposals]
    assert any("*Boxes* were her whole life" in t for t in texts)
    quotations = [p for p in proposals if p.kind == "quotation"]
    assert [(p.speaker_name, p.page) for p in quotations] == [("Mary Quill", None)]


APA = (
    "Port Wenn's pilots have one historian, Margaret Hensley, and two books. {lead}\n\n"
    "## References\n\n"
    "Hensley, M. (1987). The lantern on the quay: A history of the Port Wenn pilots. "
    "Harbour Press.\n\n"
    "Hensley, M. (1995). Pilots' wives. Harbour Press.\n"
)


def test_an_apa_narrative_citation_names_the_references_entry_of_that_year():
    leads = [
        'Hensley (1987) wrote that "no pilot ever boarded a ship he had not first watched" (p. 3).',
        'According to Hensley (1987), "the pilots trusted the tide and nothing else" (p. 12).',
        'Hensley (1995) begins with the wives, and with their rule: "we counted the lanterns '
        'every night" (pp. 40–41).',
    ]
    expected = [
        ("The lantern on the quay: A history of the Port Wenn pilots", "3"),
        ("The lantern on the quay: A history of the Port Wenn pilots", "12"),
        ("Pilots' wives", "40-41"),
    ]
    for lead, (work, page) in zip(leads, expected, strict=True):
        found = who(APA.format(lead=lead))
        assert found == [("Margaret Hensley", work, page, None)], lead


def test_op_cit_is_the_authors_work_named_in_an_earlier_note_and_her_is_the_one_named_last():
    found = who(
        'Amos Reed, the toll-keeper, said that a cart "went through on coin or not at all."*\n\n'
        "The best account of him is by his niece, Hester Vane. Her memoir opens on the gate:\n\n"
        '"Uncle kept the gate as a priest keeps a church, and he charged more."†\n\n'
        'Vane was fond of him all the same. "He was kind to horses," she wrote.‡\n\n'
        "* Hester Vane, Gate and Garden (Leeds, 1921), p. 7.\n"
        "† Ibid., p. 8.\n"
        "‡ Vane, op. cit., p. 19.\n"
    )
    assert found == [
        ("Amos Reed", None, "7", "Hester Vane"),
        ("Hester Vane", "Gate and Garden", "8", None),
        ("Hester Vane", "Gate and Garden", "19", None),
    ]


def test_a_clubs_rules_are_its_words_and_its_minutes_described_in_small_letters_no_title():
    found = who(
        "I. RULES\n\n"
        'The first rule of the club was short: "No oar shall leave the shed unsigned."*\n\n'
        "* Rules of the Ketterby Rowing Club (Ketterby, 1891), p. 2.\n\n"
        "II. QUARRELS\n\n"
        'The captain, Silas Dunn, was unrepentant. "I signed for the river, not the oar," he '
        "told the committee.*\n\n"
        "* Club minutes, 3 May 1894.\n"
    )
    assert found == [
        ("Ketterby Rowing Club", "Rules of the Ketterby Rowing Club", "2", None),
        ("Silas Dunn", None, None, None),  # not the first section's rules, page 2
    ]


def test_an_apa_editor_after_the_title_is_not_part_of_the_title():
    found = who(
        'The pilot Ezra Hensley kept a diary. "Fog again; the bell is our only lantern," he '
        "wrote on his first night (Hensley, 2001, p. 9).\n\n"
        "## References\n\n"
        "Hensley, E. (2001). The pilot's log: The diary of Ezra Hensley (R. Dale, Ed.). "
        "Harbour Press.\n"
    )
    assert found == [("Ezra Hensley", "The pilot's log: The diary of Ezra Hensley", "9", None)]


def test_an_apa_group_author_abbreviated_once_is_the_same_author_by_its_abbreviation():
    found = who(
        "The board's rules were strict: “no ferry shall cross after the evening bell” "
        "(Northern Ferry Board [NFB], 1901, p. 2). They were stricter still about fares, "
        "which were “to be taken before the rope is cast off” (NFB, 1901, p. 5).\n\n"
        "## References\n\n"
        "Northern Ferry Board. (1901). Rules for ferrymen and passengers. Hull: Author.\n"
    )
    assert found == [
        ("Northern Ferry Board", "Rules for ferrymen and passengers", "2", None),
        ("Northern Ferry Board", "Rules for ferrymen and passengers", "5", None),
    ]


def test_a_note_citing_an_articles_title_then_its_paper_and_date_cites_the_paper():
    found = who(
        "The keeper, Amos Reed, was asked about the gate. “I took the last penny myself,” he "
        "told the paper.¹ “Nobody thanked me,” he said.²\n\n"
        "Notes\n\n"
        "1. “The Gate Closes,” Ketterby Herald, 4 May 1950, 3.\n\n"
        "2. Ibid.\n"
    )
    assert found == [
        ("Amos Reed", None, "3", "Ketterby Herald"),  # told the paper: it relays his words
        ("Amos Reed", None, "3", "Ketterby Herald"),
    ]


def test_an_apa_article_with_no_author_cited_by_its_title_is_relayed_by_its_paper():
    found = who(
        "The ferryman Silas Dunn told a reporter that the new pontoon “sways like a hammock "
        "and leaks like a sieve” (“Ferry Pontoon Condemned,” 1911, p. 6).\n\n"
        "## References\n\n"
        "Ferry pontoon condemned by its own ferryman. (1911, June 2). Ketterby Herald, p. 6.\n"
    )
    assert found == [("Silas Dunn", None, "6", "Ketterby Herald")]


def test_a_name_written_with_a_nickname_is_the_full_name_of_its_surname_later():
    found = who(
        'The best oarsman of the river was Thomas "Hobby" Vale, a carter from Ketterby.\n\n'
        'Vale never explained his stroke. "Pull when the water pulls," he said.*\n\n'
        "* Ketterby Herald, 3 June 1899, p. 4.\n"
    )
    assert found == [("Thomas Vale", None, "4", "Ketterby Herald")]


def test_a_note_set_in_a_justified_line_with_wide_spaces_and_a_line_end_reads_as_one():
    found = who(
        "Josiah Wren, the ferry's clerk, was hopeful: “a ferry is a promise the river keeps.”¹\n\n"
        "Notes\n\n"
        "1.  Josiah  Wren,  An  Account  of  the  Ketterby  Ferry  (Ketterby:  printed  for  the\n"
        "Proprietors, 1810), 14.\n"
    )
    assert found == [("Josiah Wren", "An Account of the Ketterby Ferry", "14", None)]


def test_a_short_title_refers_to_a_book_first_noted_as_relaying_someone():
    found = who(
        "A ferry passenger, Ann Lowe, complained that “the boat smells of the river.”¹ The "
        "historian Peter Hale was kinder: “the ferry was the town's front door.”²\n\n"
        "Notes\n\n"
        "1. Ann Lowe, quoted in Peter Hale, The Ferry and the Town: A History of Ketterby "
        "(Hull, 1950), 12.\n\n"
        "2. Hale, Ferry and the Town, 40.\n"
    )
    assert found == [
        ("Ann Lowe", None, "12", "Peter Hale"),
        ("Peter Hale", "The Ferry and the Town: A History of Ketterby", "40", None),
    ]


def test_a_letter_to_a_body_named_in_a_note_is_described_not_titled():
    found = who(
        "The ferryman Silas Dunn wrote to complain: “I have had no wage since Easter.”¹\n\n"
        "Notes\n\n"
        "1. Silas Dunn to the Proprietors, 4 June 1822, Ferry papers, box 2.\n"
    )
    assert found == [("Silas Dunn", None, None, None)]
