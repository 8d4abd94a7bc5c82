"""What a citation, a note, a reference list or a locator decides: the work, the page (or other
locator), the relay, and the speaker when only the citation names them. Each rule on a few
sentences written for it (invented orchards, mills and printers; no essay's wording)."""

from __future__ import annotations

from tests.fixtures.readings import attributions as who
from tests.fixtures.readings import quotations as quoted


def test_markdown_footnotes_written_one_under_another_are_separate_notes():
    text = (
        "Ada Brill kept the mill's books. “The wheel turns whether or not we are paid,” she "
        "wrote.[^1] Her partner, Owen Tate, was blunter: “We are paid in flour.”[^2]\n\n"
        "[^1]: Ada Brill, *The Mill Ledger* (Stroud: Vale Press, 1901), 14.\n"
        "[^2]: Owen Tate, *Letters from the Mill* (Stroud: Vale Press, 1905), 9.\n"
    )
    assert who(text) == [
        ("Ada Brill", "The Mill Ledger", "14", None),
        ("Owen Tate", "Letters from the Mill", "9", None),
    ]


def test_a_pronoun_after_a_name_the_sentence_is_about_is_the_noted_author():
    text = (
        "The printer Hester Vane, whose memoir is our only witness, is hard on Silas Crewe. "
        "“He set type as other men dig ditches,” she writes.[^1]\n\n"
        "[^1]: Hester Vane, *A Life at the Case* (Bath: Avon Press, 1920), 33.\n"
    )
    assert who(text) == [("Hester Vane", "A Life at the Case", "33", None)]


def test_a_locator_that_is_no_page_is_kept_with_its_label():
    text = (
        "The sexton, Amos Reede, kept the burial register. “Buried in the rain, as they all "
        "are,” he wrote.¹ The printer Jonas Hale set a warning on the title leaf: “Read it "
        "twice, or not at all.”² Mercy Dunn, interviewed in old age, was sure of one thing: "
        "“The river took more than the plague did.”³ The vestry clerk, Abel Fry, noted the "
        "price: “Two shillings for the bell rope.”⁴ The poet Ann Grove put it in verse: "
        "“The mill wheel turns, the miller sleeps.”⁵ The society's report, by Paul Nye, is "
        "plain: “Nothing was mended that year.”⁶\n\n"
        "Notes\n\n"
        "¹ Amos Reede, burial register, fol. 12r.\n"
        "² Jonas Hale, The Printer's Warning (Norwich, 1701), sig. A2.\n"
        "³ Mercy Dunn, interviewed by the author, 3 May 1990, recording, 01:02:33.\n"
        "⁴ Abel Fry, vestry accounts, col. 4.\n"
        "⁵ Ann Grove, Poems of the Fen (Ely, 1850), ll. 3–5.\n"
        "⁶ Paul Nye, Annual Report of the Fen Society (Ely, 1902), para. 12.\n"
    )
    assert [p.page for p in quoted(text)] == [
        "fol. 12r",
        "sig. A2",
        "01:02:33",
        "col. 4",
        "ll. 3-5",
        "para. 12",
    ]


def test_a_page_with_its_note_keeps_the_note_and_a_box_or_an_article_is_no_page():
    text = (
        "Clara Munt is careful: “the figures are guesses” (Munt 2001, 44n2). The bishop's "
        "rules were strict: “No ale in the vestry” (Diocese of Ely 1702, art. 3). The "
        "keeper Tom Sills wrote that “the lamp never failed” (Sills 1880, box 7).\n\n"
        "## References\n\n"
        "Munt, Clara. 2001. *Counting the Fen*. Ely: Fen Press.\n\n"
        "Diocese of Ely. 1702. *Rules for Vestries*. Ely.\n\n"
        "Sills, Tom. 1880. *Lamp Journal*. Ely.\n"
    )
    assert [p.page for p in quoted(text)] == ["44n2", None, None]


def test_idem_is_the_previous_notes_author_and_loc_cit_the_place_last_cited():
    text = (
        "The carter Eli Voss kept a daybook. “Snow on the hill road,” he wrote.¹ A week later: "
        "“The hill road closed.”² The historian Martha Quill calls the road “a toll on "
        "patience”.³ She adds that “no carter trusted it”.⁴ Later she calls it “the worst "
        "mile in the county”.⁵\n\n"
        "Notes\n\n"
        "¹ Eli Voss, daybook, fol. 3v.\n"
        "² Idem, fol. 4r.\n"
        "³ Martha Quill, Roads of the Wold (York, 1960), p. 12.\n"
        "⁴ Quill, op. cit., p. 19.\n"
        "⁵ Quill, loc. cit.\n"
    )
    assert who(text) == [
        ("Eli Voss", None, "fol. 3v", None),
        ("Eli Voss", None, "fol. 4r", None),
        ("Martha Quill", "Roads of the Wold", "12", None),
        ("Martha Quill", "Roads of the Wold", "19", None),
        ("Martha Quill", "Roads of the Wold", "19", None),
    ]


def test_an_mhra_bibliography_entry_wrapped_over_two_lines_gives_its_title():
    text = (
        "The only history of the quarry is Ruth Pender's. On page 40 she says that the men "
        "“worked the face as if it owed them money”.\n\n"
        "Bibliography\n\n"
        "Pender, Ruth, The Quarry at Hollow End: A History of Stone (Bristol: Western\n"
        "Press, 1984)\n"
        "Tregear, John, Notes of a Quarryman (Truro, 1911)\n"
    )
    assert who(text) == [
        ("Ruth Pender", "The Quarry at Hollow End: A History of Stone", "40", None)
    ]


def test_a_note_describing_a_will_an_interview_or_a_letter_gives_its_writer_and_no_work():
    text = (
        "The founder left the school her books. “They are for the girls who cannot buy "
        "them.”¹ The last pupil remembered the winters. “We wrote with our gloves on.”² The "
        "governors refused the grant in a letter. “The Board sees no need for a second "
        "stove.”³\n\n"
        "Notes\n\n"
        "¹ Will of Hannah Lisle, 1820, County Record Office, fol. 3v.\n"
        "² Interview with Edith Roe, recorded by the author, 4 June 1988.\n"
        "³ Lisle School Board to the Friends of the Lisle School, 9 May 1931, school papers.\n"
    )
    assert who(text) == [
        ("Hannah Lisle", None, "fol. 3v", None),
        ("Edith Roe", None, None, None),
        ("Lisle School Board", None, None, None),
    ]


def test_a_narrative_citation_before_the_quotation_gives_its_page_and_et_al_stays_as_written():
    text = (
        "Its historian, Lena Hart, is brisk. Hart (2003, p. 19) calls the canal company "
        "“a bank with a towpath”. Okafor et al. (2011) describe the boatmen as “the best "
        "paid men on the water” (p. 7), and add that “none of them could swim” (Okafor et al., "
        "2011, pp. 9-10).\n\n"
        "References\n\n"
        "Hart, L. (2003). Water and money: A canal company's accounts. Canal Press.\n\n"
        "Okafor, B., Lund, M., & Reyes, T. (2011). Boat people: Working lives on the cut, "
        "1820-1940. River Books.\n"
    )
    assert who(text) == [
        ("Lena Hart", "Water and money: A canal company's accounts", "19", None),
        ("Okafor et al.", "Boat people: Working lives on the cut, 1820-1940", "7", None),
        ("Okafor et al.", "Boat people: Working lives on the cut, 1820-1940", "9-10", None),
    ]


def test_a_records_span_of_years_is_no_part_of_its_title_but_a_books_is():
    text = (
        "Mary Hale, the matron, wrote that “the wards were never warm” (1). The historian Sam Kerr "
        "found the hospital “poor but proud” (2, p. 33).\n\n"
        "References\n\n"
        "1. Hale M. Matron's journal, 1889-1911. Held at: County Archive; 1911.\n\n"
        "2. Kerr S. Cottage hospitals of the Marches, 1860-1948. Hereford: Border Press; 1990.\n"
    )
    assert [p.work_title for p in quoted(text)] == [
        "Matron's journal",
        "Cottage hospitals of the Marches, 1860-1948",
    ]


def test_ieee_references_give_a_books_whole_title_and_an_articles_quoted_one():
    text = (
        "The engineer Ivo Brandt described the opening: “every lamp came on at once” [1, p. "
        "12]. The historian Nora Cole found the scheme “dear but popular” [2, pp. 40-41].\n\n"
        "References\n\n"
        "[1] I. Brandt, “Lighting the pier,” Proc. Inst. Elec. Eng., vol. 9, pp. 10-30, 1895.\n"
        "[2] N. Cole, Power to the Parish: Village Electricity, 1890-1950. Leeds, U.K.: Dale "
        "Press, 2001.\n"
    )
    assert who(text) == [
        ("Ivo Brandt", "Lighting the pier", "12", None),
        ("Nora Cole", "Power to the Parish: Village Electricity, 1890-1950", "40-41", None),
    ]


def test_a_harvard_reference_gives_an_articles_title_in_quote_marks_not_its_paper():
    text = (
        "The reporter Mark Voss saw the mill burn: “the roof went in like a sigh” (Voss, 1921, "
        "p. 2).\n\n"
        "References\n\n"
        "Voss, M. (1921) 'The mill's last night', Dale Courier, 9 May, p. 2.\n"
    )
    assert who(text) == [("Mark Voss", "The mill's last night", "2", None)]


def test_a_titled_chapter_of_a_book_is_no_work():
    text = (
        "Nora Cole's last chapter is called “Closing Time”, and it ends with a remark by an old "
        "barman she interviewed in 1981, Ned Price, who had poured pints there since 1930: “We "
        "served the thirsty and the lonely, and the lonely drank more” (Cole, 1990, p. 201).\n"
    )
    assert who(text) == [("Ned Price", None, "201", "Nora Cole")]


def test_mhra_notes_a_full_first_note_then_a_short_one_then_quoted_in_and_ibid():
    text = (
        "The tannery's only historian is Grace Lumb. She calls its founding ‘a bet placed on "
        "the river’.¹ Of the strike she writes that it ‘ended in a week and was argued over "
        "for fifty years’.² A foreman, Jack Tolley, told her that ‘the smell was the wages’.³ "
        "He added that ‘nobody ever married out of the yard’.⁴\n\n"
        "Notes\n\n"
        "¹ Grace Lumb, The Tannery at Eldon Bridge: A History (Eldon: Mill Press, 1977), p. 3.\n"
        "² Lumb, p. 41.\n"
        "³ Quoted in Lumb, p. 88.\n"
        "⁴ Ibid., p. 89.\n"
    )
    book = "The Tannery at Eldon Bridge: A History"
    assert who(text) == [
        ("Grace Lumb", book, "3", None),
        ("Grace Lumb", book, "41", None),
        ("Jack Tolley", None, "88", "Grace Lumb"),
        ("Jack Tolley", None, "89", "Grace Lumb"),
    ]


def test_a_body_named_in_another_language_speaks_the_rules_it_issued():
    text = (
        "The rules were printed for every hut. The first of them is short: « The keeper "
        "answers for the stove and the lamp. »¹\n\n"
        "Notes\n\n"
        "¹ Société des Cabanes du Vercors, Règlement des cabanes (Grenoble, 1911), art. 2.\n"
    )
    assert who(text) == [("Société des Cabanes du Vercors", "Règlement des cabanes", None, None)]


def test_an_undated_web_page_relays_the_words_of_someone_it_interviewed():
    text = (
        "One ferryman, interviewed for the harbour website, said that “the tide decides and "
        "the timetable agrees” (Quay Voices, n.d., para. 6).\n\n"
        "References\n\n"
        "Quay Voices. (n.d.). The ferry. Retrieved May 2, 2022, from https://example.org/ferry\n"
    )
    assert [
        (p.speaker_name, p.unnamed, p.work_title, p.page, p.via_name) for p in quoted(text)
    ] == [("One ferryman", True, None, "para. 6", "Quay Voices")]


def test_a_record_named_in_small_letters_in_a_note_is_described_not_titled():
    text = (
        "The warden Ruth Oake wrote up every storm. “Roof gone at two, candles at three,” she "
        "wrote in 1961.¹\n\n"
        "Notes\n\n"
        "¹ Bothy book, 3 March 1961.\n"
    )
    assert who(text) == [("Ruth Oake", None, None, None)]


def test_oscola_cases_give_the_pinpoint_page_and_judge_and_a_statute_is_its_own_work():
    text = (
        "In Tull v Harrow Drainage Board Lord Penmore was brief: ‘a ditch is not a river "
        "because it floods’.¹ The Land Drainage Act 1930 required that ‘every board shall keep "
        "its channels clear’.² In Avis v Crane the judge, Mary Lowe, said ‘water finds its "
        "own level, and so does liability’.³ She added that ‘no owner may drain onto "
        "another’.⁴ Tom Ridley calls the rule ‘a farmer’s charter’.⁵\n\n"
        "NOTES\n\n"
        "¹ Tull v Harrow Drainage Board [1951] AC 200 (HL) 207 (Lord Penmore).\n"
        "² Land Drainage Act 1930, s 6(2).\n"
        "³ Avis v Crane [1988] QB 12 (CA) 19.\n"
        "⁴ ibid 21.\n"
        "⁵ Tom Ridley, ‘Ditches and Duties’ (1992) 108 LQR 300, 305.\n"
    )
    assert who(text) == [
        ("Lord Penmore", "Tull v Harrow Drainage Board", "207", None),
        (None, "Land Drainage Act 1930", None, None),
        ("Mary Lowe", "Avis v Crane", "19", None),
        ("Mary Lowe", "Avis v Crane", "21", None),
        ("Tom Ridley", "Ditches and Duties", "305", None),
    ]


def test_ama_raised_numbers_cite_the_numbered_reference_list():
    text = (
        "The surgeon Paul Ames wrote that “a clean knife is half the cure.”¹ The board's "
        "manual insisted on “soap before silence, and silence before sleep.”²\n\n"
        "## References\n\n"
        "1. Ames P. Notes on Cottage Surgery. Bath: Avon Press; 1880.\n"
        "2. Bath Hospital Board. Manual for Nurses. Bath: The Board; 1891.\n"
    )
    assert who(text) == [
        ("Paul Ames", "Notes on Cottage Surgery", None, None),
        ("Bath Hospital Board", "Manual for Nurses", None, None),
    ]


def test_a_split_quotation_dated_in_its_tag_keeps_the_work_its_citation_gives():
    text = (
        "The keeper Ann Rudd was tired of visitors. “The Board came,” she wrote in May 1901, "
        "“and looked at the lamp, and left before it was lit” (1).\n\n"
        "References\n\n"
        "1. Rudd A. Keeper's log, 1890-1910. Lighthouse Museum, MS 2. Entry for 9 May 1901.\n"
    )
    found = [(p.speaker_name, p.work_title) for p in quoted(text)]
    assert found == [("Ann Rudd", "Keeper's log"), ("Ann Rudd", "Keeper's log")]


def test_a_signature_line_under_a_block_quotation_is_its_citation():
    text = (
        "She kept a diary for forty years, and it is the best thing in the archive:\n\n"
        "    Fog all day. The bell rang itself hoarse and nobody came.\n\n"
        "    — Ann Rudd, Keeper's Diary, 3 March 1899\n\n"
        "The diary says nothing about the Board.\n"
    )
    assert who(text) == [("Ann Rudd", "Keeper's Diary", None, None)]


def test_a_numbered_reference_to_an_unsigned_newspaper_article_relays_what_was_said():
    text = (
        "In 1960 the paper sent a reporter to the lighthouse. “We never once let it go out,” "
        "Ann Rudd said (2).\n\n"
        "References\n\n"
        "1. Rudd A. Keeper's log. Lighthouse Museum; 1910.\n\n"
        "2. Keeper looks back. The Coast Herald. 1960 Jun 4; p. 3.\n"
    )
    assert who(text) == [("Ann Rudd", None, "3", "The Coast Herald")]


def test_a_notes_remark_after_its_citation_and_an_archives_call_mark_are_no_part_of_it():
    text = (
        "The vestry was blunt: “No more candles until Easter.”[^1] The sexton Eli Dunn left "
        "a note in the bell chamber: “Rope frayed, ringers warned, nobody listened.”[^2]\n\n"
        "[^1]: Ashby Vestry, *Minutes of the Vestry, 1820–1860*, 44. The candles did come, "
        "and so did Easter, late that year.\n"
        "[^2]: Eli Dunn, note, 4 May 1851, County Archives, 22 D 7.\n"
    )
    assert who(text) == [
        ("Ashby Vestry", "Minutes of the Vestry, 1820–1860", "44", None),
        ("Eli Dunn", None, None, None),
    ]


def test_an_mla_letter_label_is_no_title_where_the_list_sets_titles_in_italics():
    text = (
        "“The hives are fine and the committee is not,” Mary Kerr wrote to Ian Ross (Kerr). "
        "Ross kept his own counsel in *Bee Notes* (Ross 12).\n\n"
        "## Works Cited\n\n"
        "Kerr, Mary. Letter to Ian Ross. 2 May 1930. Ross Papers, box 1.\n\n"
        "Ross, Ian. *Bee Notes*. Privately printed, 1950.\n"
    )
    assert who(text)[0] == ("Mary Kerr", None, None, None)


def test_a_recording_is_the_work_its_speaker_speaks_in_not_a_relay():
    text = (
        "The ferryman Tom Wake, recorded for the village archive, said that “the river was "
        "our road and our wages” (Dale Voices 2010, 00:08:15).\n\n"
        "## References\n\n"
        'Dale Voices. 2010. "A Life on the Ferry." Oral history recording, 52 min. Dale Library.\n'
    )
    assert who(text) == [("Tom Wake", "A Life on the Ferry", "00:08:15", None)]


def test_a_works_cited_year_is_the_year_of_publication_not_one_of_its_titles_span():
    text = (
        "Edith Marsh is unkind to the builders: “they laid bricks as if paid by the crack” "
        "(Marsh 1988, 40).\n\n"
        "## Bibliography\n\n"
        "Marsh, Edith. *Brick and Mortar: Town Building, 1850–1914*. York: Ouse Press, 1988.\n"
    )
    assert who(text) == [("Edith Marsh", "Brick and Mortar: Town Building, 1850–1914", "40", None)]


def test_words_written_in_a_described_record_are_not_relayed_by_its_keeper():
    text = (
        "A party of walkers in 1951 was less polite. “The blankets are damp and so is the "
        "welcome,” they wrote, and signed with initials nobody can read.[^1]\n\n"
        "[^1]: Cairn Hut, visitors' book, 2 August 1951, County Archives, 12 B 4.\n"
    )
    found = [(p.speaker_name, p.unnamed, p.work_title, p.page, p.via_name) for p in quoted(text)]
    assert found == [("A party of walkers", True, None, None, None)]


def test_a_short_title_that_drops_its_article_is_the_noted_title():
    text = (
        "Jeanne Roux is quoted by the historian Paul Brun: « The pass is a door, not a wall. "
        "»[^1] Brun himself is less sure: « Doors can be shut. »[^2]\n\n"
        "[^1]: Cited in Paul Brun, Les Portes des Alpes (Lyon: Rhône, 1970), p. 12.\n"
        "[^2]: Brun, Portes des Alpes, p. 13.\n"
    )
    assert who(text)[1] == ("Paul Brun", "Les Portes des Alpes", "13", None)


def test_a_page_with_its_note_or_the_pages_after_it_is_one_page_never_a_work():
    text = (
        "Clara Munt writes that “the figures were guesses” (Munt 2001, 44 n. 2). She adds that "
        "“nobody checked them” (Munt 2001, 45ff.). Her last word is “we still use them” (Munt "
        "2001, p. 61, n. 4).\n\n"
        "## References\n\n"
        "Munt, Clara. 2001. *Counting the Fen*. Ely: Fen Press.\n"
    )
    assert [(p.work_title, p.page) for p in quoted(text)] == [
        ("Counting the Fen", "44n2"),
        ("Counting the Fen", "45ff"),
        ("Counting the Fen", "61n4"),
    ]


def test_a_schools_printed_rules_are_its_words_and_ibid_keeps_a_page_range():
    text = (
        "The first rule was short: ‘No boy shall whistle in the yard.’1 The historian Ann Lusk "
        "calls it ‘the only rule anybody kept’.2 She adds that ‘the masters whistled most’.3\n\n"
        "NOTES\n\n"
        "1. Rules of the Combe Grammar School, printed sheet, c. 1840, County Archives, 12 D/4.\n\n"
        "2. Ann Lusk, Schools of the Combe (Exeter: Red Press, 1970), 12.\n\n"
        "3. Ibid., 13–14.\n"
    )
    assert who(text) == [
        ("Combe Grammar School", "Rules of the Combe Grammar School", None, None),
        ("Ann Lusk", "Schools of the Combe", "12", None),
        ("Ann Lusk", "Schools of the Combe", "13-14", None),
    ]


def test_a_locator_alone_in_parentheses_is_the_quotations_place():
    text = (
        "The steward Hugh Marley kept the household book in his own hand. He noted the cost "
        "of the feast: “two oxen, nine geese, and the vicar’s dinner besides” (fol. 12r). "
        "The guests left soon after (see col. 4 of the register for the date).\n"
    )
    assert who(text) == [("Hugh Marley", None, "fol. 12r", None)]


def test_ama_raised_numbers_with_their_page_printed_plain():
    text = (
        "The surgeon Paul Ames wrote that “a clean knife is half the cure.”1(p12) The board "
        "insisted on “soap before silence, and silence before sleep.”2(pp3-4)\n\n"
        "References\n\n"
        "1. Ames P. Notes on Cottage Surgery. Bath: Avon Press; 1880.\n\n"
        "2. Bath Hospital Board. Manual for Nurses. Bath: The Board; 1891.\n"
    )
    assert who(text) == [
        ("Paul Ames", "Notes on Cottage Surgery", "12", None),
        ("Bath Hospital Board", "Manual for Nurses", "3-4", None),
    ]


def test_mlas_par_is_a_paragraph_number_not_a_page():
    text = (
        "The blogger Ruth Hale calls the green “a lawn with a grudge” (Hale, par. 12).\n\n"
        "## Works Cited\n\n"
        "Hale, Ruth. “Greens and Grudges.” *Village Notes*, 3 May 2019, villagenotes.example.\n"
    )
    assert who(text) == [("Ruth Hale", "Greens and Grudges", "para. 12", None)]


def test_an_oscola_cross_reference_follows_its_note_to_the_full_citation():
    text = (
        "Ruth Alder wrote of the common that ‘the pond is older than the parish’.¹ The "
        "shepherd Tom Ruck told the inquiry that ‘we grazed it every spring and nobody "
        "minded’.² Alder later put it more sharply: ‘a pond is a right, not a puddle’.³\n\n"
        "Notes\n\n"
        "¹ Ruth Alder, *The Law of Village Ponds* (Oxford University Press 1961) 40.\n"
        "² Quoted in Alder (n 1) 77.\n"
        "³ *Alder* (n 1) 102.\n"
    )
    assert who(text) == [
        ("Ruth Alder", "The Law of Village Ponds", "40", None),
        ("Tom Ruck", None, "77", "Ruth Alder"),
        ("Ruth Alder", "The Law of Village Ponds", "102", None),
    ]


def test_an_oscola_bare_pinpoint_is_the_page_and_a_remark_after_it_no_title():
    text = (
        "Anne Roux called the pond « the eye of the village and its oldest witness ».¹\n\n"
        "Notes\n\n"
        "¹ Anne Roux, *Les Mares du village* (Dalloz 1981) 22 (author’s translation).\n"
    )
    assert who(text) == [("Anne Roux", "Les Mares du village", "22", None)]


def test_a_byelaw_number_is_a_division_of_the_work_not_a_page_nor_its_title():
    text = (
        "The third rule reads: ‘No person shall wash sheep in the pond or draw water for "
        "carts.’¹\n\n"
        "Notes\n\n"
        "¹ Byelaws for the Good Order of Fenby Common (1911) byelaw 3.\n"
    )
    assert who(text) == [(None, "Byelaws for the Good Order of Fenby Common", None, None)]


def test_a_document_the_author_describes_rather_than_titles_is_no_work():
    letter = (
        "Jane Pike wrote to the parish that ‘the pond is a nuisance and a danger to "
        "children’.¹\n\n"
        "Notes\n\n"
        "¹ Letter to Fenby Parish Council (4 May 1968) (copy on file with the author).\n"
    )
    interview = (
        "Jane Pike remembered the winter well: “we burned the benches to keep warm”.¹\n\n"
        "References\n\n"
        "1. Pike J. Interview by the author. March 3, 2018.\n"
    )
    assert who(letter) == [("Jane Pike", None, None, None)]
    assert who(interview) == [("Jane Pike", None, None, None)]


def test_chicagos_narrative_citation_gives_the_page_after_the_year():
    text = (
        "Marlow (1954, 23) recalled the first frost as “the night the glass cracked in every "
        "frame.”\n\n"
        "References\n\n"
        "Marlow, Peter. 1954. Glass and Frost. London: Kew Press.\n"
    )
    assert who(text) == [("Peter Marlow", "Glass and Frost", "23", None)]


def test_quoted_in_an_author_and_year_is_the_relay_never_the_work():
    text = (
        "“We shall have grapes by August,” the head gardener told the board (quoted in Dale "
        "1990, 41).\n\n"
        "References\n\n"
        "Dale, Ruth. 1990. The Glasshouses. York: Ouse Press.\n"
    )
    assert [(p.work_title, p.page, p.via_name) for p in quoted(text)] == [(None, "41", "Ruth Dale")]


def test_a_work_named_only_in_the_prose_is_the_work_of_its_authors_quotations():
    text = (
        "The best account is Ellen Pargeter's memoir *Ink on My Apron* (Gloucester Press, "
        '1966). She writes that the press room "was never warm before ten" (p. 41). Later, as '
        'Pargeter puts it in her last chapter, "a press is a patient animal" (p. 203).\n'
    )
    two_works = (
        "Ellen Pargeter's memoir *Ink on My Apron* (1966) and Ellen Pargeter's novel *The "
        'Compositor* (1971) both describe the works. She writes that the press room "was '
        'never warm before ten" (p. 41).\n'
    )
    assert who(text) == [
        ("Ellen Pargeter", "Ink on My Apron", "41", None),
        ("Ellen Pargeter", "Ink on My Apron", "203", None),
    ]
    assert who(two_works) == [("Ellen Pargeter", None, "41", None)]


def test_his_memoir_is_his_one_book_when_the_list_also_holds_his_article():
    text = (
        "Peter Marlow kept the glasshouses for forty years. On page 88 of his memoir he admits "
        'that he "never liked the smell of tomatoes".\n\n'
        "References\n\n"
        "Marlow, Peter. 1931. “Frost in the Vinery.” Gardeners’ Chronicle 89 (4): 12–14.\n"
        "Marlow, Peter. 1954. *Glass and Frost*. London: Kew Press.\n"
    )
    assert who(text) == [("Peter Marlow", "Glass and Frost", "88", None)]


def test_a_translators_remark_after_the_page_leaves_the_page():
    text = (
        "Émile Roux, a gardener at Versailles, wrote to him in 1911: « Your glass is better "
        "than ours » (quoted in Dale 1990, 58; Dale’s translation).\n\n"
        "References\n\n"
        "Dale, Ruth. 1990. The Glasshouses. York: Ouse Press.\n"
    )
    assert [(p.work_title, p.page, p.via_name) for p in quoted(text)] == [(None, "58", "Ruth Dale")]


def test_a_book_that_quotes_someone_relays_them_and_is_not_their_work():
    text = (
        "The order, signed by Amos Tate himself, is quoted in Ruth Dale's *The Glasshouses*, "
        "which is rare:\n\n"
        "> The houses will close on the first of May and the boilers will be let out.\n\n"
        "Nobody argued with him.\n"
    )
    assert [(p.work_title, p.via_name) for p in quoted(text)] == [(None, "Ruth Dale")]


def test_quoted_in_an_oscola_cross_reference_is_a_relay_not_the_noted_authors_words():
    text = (
        "Ruth Alder wrote of the common that ‘the pond is older than the parish’.¹ The oldest "
        "evidence came from a shepherd who told the inquiry that ‘we grazed it every spring and "
        "nobody minded’.²\n\n"
        "Notes\n\n"
        "¹ Ruth Alder, *The Law of Village Ponds* (Oxford University Press 1961) 40.\n"
        "² Quoted in Alder (n 1) 77.\n"
    )
    relayed = quoted(text)[1]
    assert (relayed.work_title, relayed.page, relayed.via_name) == (None, "77", "Ruth Alder")


def test_the_pages_after_a_relaying_book_in_the_lead_in_are_the_quotations_page():
    text = (
        "The order, signed by Amos Tate himself, is quoted in Ruth Dale's *The Glasshouses* "
        "(pp. 12–13), which is rare:\n\n"
        "> The houses will close on the first of May and the boilers will be let out.\n\n"
        "Nobody argued with him.\n"
    )
    assert [(p.work_title, p.page, p.via_name) for p in quoted(text)] == [
        (None, "12-13", "Ruth Dale")
    ]


def test_a_paragraph_that_opens_by_giving_the_blocks_pages_is_its_citation():
    text = (
        "On the owner, which I have read many times now:\n\n"
        "> He was a kind man in the way that rain is kind.\n>\n"
        "> We never knew what he paid himself.\n\n"
        "That's pp. 60–61. I will come back to the closing.\n"
    )
    assert [p.page for p in quoted(text)] == ["60-61"]


def test_the_foreword_to_a_titled_book_names_the_work_the_words_stand_in():
    text = (
        "The Kew Press was small and proud of it. The preface to its 1931 *Book of Borders* (I "
        "found a copy in a junk shop) sets out the whole creed on page 5:\n\n"
        "> Every ornament we cut is cut for a printer we know by name.\n\n"
        "That creed lasted forty years.\n"
    )
    assert [(p.work_title, p.page) for p in quoted(text)] == [("Book of Borders", "5")]
