"""An entry in a reference work is about its subject (entries26): the headword names the person
the whole entry is about, in whatever shape the work prints it, and that person is whom "she"
or "he", "Her letter" and the bare surname stand for until the next headword; a run-on list of
sources closing the entry keys its short citations; a block set in under a colon cites its
pages in square brackets. Invented entries, none of them a probe's or a held-out essay's."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages
from bot.core.extract.reading.blocks import _blocks
from bot.core.extract.reading.entries import own_words_pronoun, read_reference_entries


def _quotations(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="Editor") if p.kind == "quotation"]


def _who(quotation: Proposal) -> tuple[str | None, str | None, str | None, str | None]:
    return (quotation.speaker_name, quotation.work_title, quotation.page, quotation.via_name)


def _subjects(text: str) -> list[tuple[str, str | None]]:
    return [(e.subject, e.sex) for e in read_reference_entries(text, _blocks(text))]


def test_headwords_in_every_shape_name_the_entry_subject_in_the_order_of_speech():
    text = (
        "Marlowe, Judith Ann (1902–1977), bookbinder, was born in Hull. She bound books. "
        "She taught.\n\n"
        "**ASKEW, Revd Walter** (c.1780–1851). Curate. He preached. His sermons were long.\n\n"
        "TREMAYNE, OSWALD (fl. 1760–1790), clockmaker, worked at Truro; his clocks survive. "
        "He died poor.\n\n"
        "## Nancy Prowse (b. 1931)\n\n"
        "Nancy Prowse kept bees. She still does, and her honey wins prizes.\n"
    )
    assert _subjects(text) == [
        ("Judith Ann Marlowe", "f"),
        ("Walter Askew", "m"),
        ("Oswald Tremayne", "m"),
        ("Nancy Prowse", "f"),
    ]


def test_a_headword_may_bracket_another_name_add_a_style_or_set_its_span_after_a_comma():
    text = (
        "Ellison [née Varley], Martha (1801–1877), shopkeeper, was born at Skipton. She kept "
        "the shop; her accounts survive.\n\n"
        "Fell, John, first Baron Fell (1790–1861), landowner, was born at Kendal. He sat in "
        "the Lords; his speeches were short.\n\n"
        "Holt, Agnes [Nancy] (c.1820–1881), singer, was born at Bury. She sang; her voice "
        "was remembered.\n\n"
        "Birtwistle, Samuel Arthur, 1861–1932. Member 1890–1932. He kept the minutes; his "
        "hand was neat.\n"
    )
    assert _subjects(text) == [
        ("Martha Ellison", "f"),
        ("John Fell", "m"),
        ("Agnes Holt", "f"),
        ("Samuel Arthur Birtwistle", "m"),
    ]


def test_an_encyclopaedias_bold_lead_name_with_its_span_heads_an_entry():
    text = (
        "**Walter Ibbotson** (1822–1894) was an English wood engraver. He worked in "
        "Sheffield, and his blocks are in the city museum.\n\n"
        "Ibbotson's pupil Ann Cutts (1850–1930) took over the workshop; she kept his tools.\n"
    )
    assert _subjects(text) == [("Walter Ibbotson", "m")]


def test_an_articles_plain_opening_name_with_its_span_heads_it_but_not_later():
    text = (
        "Esther Crowther (1801–1866) was a Huddersfield straw-bonnet maker. She kept a shop "
        "in King Street, and her ledgers survive.\n\n"
        "Joseph Crowther (1799–1850) was her husband; he kept the accounts.\n"
    )
    assert _subjects(text) == [("Esther Crowther", "f")]


def test_a_reference_list_with_single_years_is_no_run_of_entries():
    text = (
        "References\n\n"
        "Shaw, Robert (1981) Dunmere Voices. Dunmere: Civic Press.\n\n"
        "Lund, Frances (1898) The Harbour. London.\n"
    )
    assert _subjects(text) == []


def test_the_subjects_sex_comes_from_the_entrys_pronouns_outside_quoted_words():
    text = (
        "Garside, Edwin (1840–1901), carter, was born at Ripon. His wagons were known across "
        "the dale, and he drove them himself. His wife said “she never saw him sit down, and "
        "she never will, and her mother never did either”.\n"
    )
    assert _subjects(text) == [("Edwin Garside", "m")]


def test_a_clause_opening_on_her_or_his_own_words_gives_that_pronoun():
    assert (
        own_words_pronoun("Her farewell letter to the choir, read out in May, told them ") == "her"
    )
    assert own_words_pronoun("He retired in 1920, and his speech that night ended ") == "his"
    assert own_words_pronoun("One postcard to her niece, sent from Whitby, reads ") == "her"
    assert own_words_pronoun("Her brother, Amos Crowther, said ") is None
    assert own_words_pronoun("Her letter went unanswered. Amos Crowther wrote ") is None


def test_in_an_entry_a_she_after_another_persons_name_is_the_subject():
    text = (
        "Fairbank, Lilian Rose (1871–1950), weaver and trade unionist, was born at Shipley. "
        "She went into the mill at ten, where the overlooker, Samuel Firth, thought her idle.\n\n"
        "In her memoir she remembered the first strike: “We walked out at noon and nobody "
        "knew what to do next.”\n\n"
        "She died at Shipley in 1950.\n"
    )
    (memoir,) = _quotations(text)
    assert memoir.speaker_name == "Lilian Rose Fairbank"


def test_in_an_entry_her_letter_is_the_subjects_words():
    text = (
        "Haworth, Mabel (1880–1962), nurse, was born in Keighley. She trained at Leeds and "
        "served in France, where the matron, Ellen Gaunt, praised her work.\n\n"
        "Her last letter from the front, written in 1918, asked her sister “to keep the "
        "garden going, whatever the Germans do”.\n\n"
        "She died at Keighley in 1962.\n"
    )
    (letter,) = _quotations(text)
    assert letter.speaker_name == "Mabel Haworth"


def test_in_an_entry_his_speech_after_a_place_is_the_subjects():
    text = (
        "Stansfield, George Henry (1850–1920), co-operator, was born at Todmondale. He "
        "managed the Hebden store for thirty years.\n\n"
        "At the Society's Halifax conference in 1892 he spoke on dividends, and his speech "
        "was remembered for one line: “The dividend is the members' money, not the "
        "committee's.”\n\n"
        "He died in 1920.\n"
    )
    (speech,) = _quotations(text)
    assert speech.speaker_name == "George Henry Stansfield"


def test_a_short_title_in_a_citation_is_the_full_title_its_run_on_sources_give():
    text = (
        "Oldroyd, Harriet (1850–1930), diarist, was born at Batley. She kept a diary for "
        "sixty years, and she wrote a memoir of the mills, where she wrote that “the "
        "shoddy trade made Batley and unmade its lungs” (Oldroyd, 41).\n\n"
        "She died in 1930.\n\n"
        "Sources  H. Oldroyd, Threads and patches: a Batley life (1921) · "
        "Batley Reporter (4 May 1930) · private information\n\n"
        "Peter Wainwright\n"
    )
    (memoir,) = _quotations(text)
    assert _who(memoir) == (
        "Harriet Oldroyd",
        "Threads and patches: a Batley life",
        "41",
        None,
    )


def test_a_block_set_in_by_a_few_spaces_under_a_colon_cites_its_pages_in_brackets():
    text = (
        "Pickles, Agnes (1860–1935), midwife, was born at Heptonstall.\n\n"
        "She delivered, by her own count, two thousand children. She wrote of the work:\n\n"
        "   A midwife in the hills learns to walk in the dark and to wait in the cold, and "
        "she learns that a mother's kitchen is a better place than any hospital. [Pickles, "
        "58–9]\n\n"
        "She retired in 1925.\n\n"
        "She died at Heptonstall in 1935, and the parish paid for her stone.\n\n"
        "Sources  A. Pickles, A midwife in the hills (1931) · parish records\n"
    )
    (block,) = _quotations(text)
    assert block.text.endswith("better place than any hospital.")
    assert _who(block) == ("Agnes Pickles", "A midwife in the hills", "58-9", None)


def test_a_line_of_name_and_dates_alone_heads_a_life_until_the_next():
    text = (
        "Remembered\n\n"
        "Ruth Ackroyd (1929–2024)\n\n"
        "Ruth Ackroyd, who has died aged 95, ran the Club's library. She catalogued every "
        "pamphlet, and her index cards fill four drawers.\n\n"
        "Leonard Stott (1935–2024)\n\n"
        "Leonard Stott led the Club's walks for thirty years. He never lost a walker, and his "
        "maps were drawn by hand.\n"
    )
    assert _subjects(text) == [("Ruth Ackroyd", "f"), ("Leonard Stott", "m")]


def test_a_cross_reference_after_a_name_says_nothing_of_who_speaks():
    text = (
        "Walter Crabb ran the mill at Luddenden for fifty years. In 1880 he quarrelled with "
        "Canon Ibbot (q.v.) over the weir, and wrote to the *Halifax Courier* that “the river "
        "is ours as much as the council's”.\n"
    )
    (letter,) = _quotations(text)
    assert letter.speaker_name == "Walter Crabb"


def test_a_list_items_own_paragraph_set_in_under_its_colon_is_no_block_quotation():
    text = (
        "The walk starts at the church.\n\n"
        "Wear stout shoes.\n\n"
        "1. Bring the following:\n\n"
        "   a map, a flask and a coat\n\n"
        "The warden wrote of the path:\n\n"
        "   Nobody has walked it dry-shod since the war.\n\n"
        "We set off at ten.\n"
    )
    quoted = [b.text for b in _blocks(text) if b.quote]
    assert quoted == ["Nobody has walked it dry-shod since the war."]


def test_a_she_for_the_entrys_subject_is_no_guess_to_doubt():
    text = (
        "Scargill, Edith May (1888–1969), headmistress, was born at Barnsley. She taught at "
        "the board school and became its head in 1921.\n\n"
        "The inspectors came every spring. In 1930 she told the managers that “a school "
        "that is afraid of inspectors has something to hide”.\n\n"
        "She died at Barnsley in 1969.\n"
    )
    (told,) = _quotations(text)
    assert told.speaker_name == "Edith May Scargill"
    assert told.doubt is None


def test_in_an_entry_the_bare_surname_is_the_subject_not_a_parent_named_in_full():
    text = (
        "Garnett, Ruth Ellen (1880–1950), suffragist, was born at Bolton, the daughter of "
        "Samuel Garnett, a spinner, and his wife Mary. She worked in the mill from twelve.\n\n"
        "In 1908 Samuel Garnett lost his place at the mill. Garnett told a meeting at Bolton "
        "that “a vote is worth more than a place at a mill”.\n\n"
        "She died in 1950.\n"
    )
    (told,) = _quotations(text)
    assert told.speaker_name == "Ruth Ellen Garnett"
    assert told.doubt is None
