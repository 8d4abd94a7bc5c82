"""A citation that comes before the words is theirs as much as one after (cites21b, session
21): a dated dictionary or a quotation book gives each quotation's source first, "year Author,
Short title page:", and spells the short title out only in a closing list of sources. A careful
reader takes the line as the words' source (the author or the person named, the listed work,
the page), reads "quoted in" and "quoting" as a relay, takes a paper named alone as speaking in
its own columns, and never carries the quotation before into a line that names its own source.
Each rule on sentences written for this file, none taken from a probe or a held-out essay."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages
from bot.core.extract.reading.cited_first import reading_list_entry
from bot.core.extract.reading.glossary import read_glossary

_ROPEWALK = (
    "A DICTIONARY OF THE ROPEWALK\n\n"
    "Each entry quotes its sources by year, with short titles spelt out at the end.\n\n"
    "HAWSER, n. A heavy rope for mooring or towing.\n\n"
    "1761 Tulley, Journal 88: “We lost the best hawser off the quay and the tide took it "
    "clean out past the bar.”\n\n"
    "1799 Garside, Ropemaking ii. 17: “No hawser should leave the walk until it has been "
    "stretched a full night.”\n\n"
    "1854 Ellen Varley, aged 13, in Factory Inspectors’ Rep. 203: “I turn the wheel from six "
    "while dark and my arms ache after.”\n\n"
    "1878 Mersey Chronicle 3 Mar. 4: “The new hawser parted twice before the ship was warped "
    "into the basin.”\n\n"
    "1926 Peter Quayle, qtd. in Dinsdale, Harbour Lives 54: “My grandfather could tell a bad "
    "hawser by the smell of the tar.”\n\n"
    "1930 Dinsdale, Harbour Lives 71, quoting a petition of Ann Crewe, 1803: “We beg the "
    "Trustees to remember that the walk is our only bread.”\n\n"
    "SOURCES CITED\n\n"
    "Dinsdale, Harbour Lives: Edith Dinsdale, Harbour Lives and Trades (Liverpool, 1930).\n\n"
    "Factory Inspectors’ Rep.: Factory Inspectors, Reports on the Ropeworks of Lancashire "
    "(London, 1854).\n\n"
    "Garside, Ropemaking: Joseph Garside, The Art of Ropemaking (Bristol, 1799).\n\n"
    "Mersey Chronicle: daily newspaper, Liverpool, 1850–1931.\n\n"
    "Tulley, Journal: The Journal of Amos Tulley, Ropemaker, ed. R. Pike (1911).\n"
)


def _quotations(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="Ropewalk Society") if p.kind == "quotation"]


def _one(text: str, opening: str) -> Proposal:
    return next(p for p in _quotations(text) if p.text.startswith(opening))


def test_a_dated_citation_line_gives_the_listed_author_work_and_page() -> None:
    stretched = _one(_ROPEWALK, "No hawser should leave")
    assert stretched.speaker_name == "Joseph Garside"
    assert stretched.work_title == "The Art of Ropemaking"
    assert stretched.page == "17"  # a volume's page: "ii. 17"


def test_a_title_first_entry_gives_the_person_its_short_title_names() -> None:
    lost = _one(_ROPEWALK, "We lost the best hawser")
    assert lost.speaker_name == "Amos Tulley"
    assert lost.work_title == "The Journal of Amos Tulley, Ropemaker"
    assert lost.page == "88"


def test_a_person_in_a_listed_report_speaks_and_the_report_is_the_work() -> None:
    wheel = _one(_ROPEWALK, "I turn the wheel")
    assert wheel.speaker_name == "Ellen Varley"
    assert wheel.work_title == "Reports on the Ropeworks of Lancashire"
    assert wheel.page == "203"


def test_a_paper_named_alone_speaks_in_its_own_columns() -> None:
    parted = _one(_ROPEWALK, "The new hawser parted")
    assert parted.speaker_name == "Mersey Chronicle"
    assert parted.work_title == "Mersey Chronicle"
    assert parted.page == "4"  # the page after the date


def test_quoted_in_and_quoting_make_the_book_a_relay() -> None:
    tar = _one(_ROPEWALK, "My grandfather could tell")
    assert (tar.speaker_name, tar.page, tar.via_name) == ("Peter Quayle", "54", "Edith Dinsdale")
    petition = _one(_ROPEWALK, "We beg the Trustees")
    assert petition.speaker_name == "Ann Crewe"
    assert (petition.page, petition.via_name) == ("71", "Edith Dinsdale")


def test_a_line_that_names_its_own_source_never_inherits_the_one_before() -> None:
    text = (
        "GAVEL, n. The mallet of a presiding officer.\n\n"
        "1702 Rudd, Precedents 9: “Let the gavel fall once for silence and twice for the "
        "division.”\n\n"
        "1744 Agnes Thorne, to the compiler: “My husband wore out three gavels and never "
        "got his silence.”\n\n"
        "WORKS CITED\n\n"
        "Rudd, Precedents: Simon Rudd, Precedents of the Vestry (York, 1702).\n"
    )
    assert _one(text, "Let the gavel").speaker_name == "Simon Rudd"
    assert _one(text, "My husband wore out").speaker_name == "Agnes Thorne"


def test_a_dated_line_whose_short_title_the_text_never_lists_names_no_work() -> None:
    text = (
        "TALLY, n. A notched stick kept as a record.\n\n"
        "1650 Crabbe, Accompts 12: “The tally was split and each man kept his half.”\n\n"
        "SOURCES CITED\n\n"
        "Lowe, Markets: Ruth Lowe, Old Markets (1920).\n"
    )
    tally = _one(text, "The tally was split")
    assert tally.work_title is None  # "Crabbe, Accompts" is in no list: the reader cannot expand it


def test_the_closing_list_is_what_follows_its_heading() -> None:
    glossary = read_glossary(_ROPEWALK)
    assert glossary.closing_list.lstrip().startswith("Dinsdale, Harbour Lives:")
    assert read_glossary("No list here, only prose about ropes.").closing_list == ""


_FURTHER_READING = (
    "Further reading\n\n"
    "Canal history\n\n"
    "The Cut at Sowerby Bridge Harold Birtle (1977). The fullest account of the basin, if a "
    "dry one. Birtle’s judgement on the toll keepers is unkind: ‘They took a penny for the "
    "Company and tuppence for themselves’ (p. 40). He also prints the complaint of Jane Ibbot, "
    "a boatwoman on the Rochdale: ‘The lock-keeper will not open for a woman after dark’ "
    "(p. 132).\n\n"
    "Nora Keighley, *Horse Boats of the Calder* (Halifax, 1985). Her best chapter is the one on "
    "stables, which she calls ‘the forgotten half of every wharf’ (p. 61).\n\n"
    "The standard view of the tolls is set out by Harold Birtle (1977). Later writers "
    "doubted that ‘the Company ever saw a penny of it’, and said so.\n"
)


def test_a_reading_list_entry_names_the_book_its_author_is_then_quoted_from() -> None:
    tolls = _one(_FURTHER_READING, "They took a penny")
    assert tolls.speaker_name == "Harold Birtle"
    assert (tolls.work_title, tolls.page) == ("The Cut at Sowerby Bridge", "40")
    stables = _one(_FURTHER_READING, "the forgotten half")
    assert stables.speaker_name == "Nora Keighley"
    assert stables.work_title == "Horse Boats of the Calder"


def test_someone_the_listed_author_prints_speaks_through_him() -> None:
    lock = _one(_FURTHER_READING, "The lock-keeper will not open")
    assert lock.speaker_name == "Jane Ibbot"
    assert lock.via_name == "Harold Birtle"
    assert lock.work_title != "The Cut at Sowerby Bridge"  # his book relays, she did not write it


def test_prose_naming_an_author_and_year_is_no_list_entry() -> None:
    assert reading_list_entry("The standard view is set out by Harold Birtle (1977).") is None
    assert reading_list_entry("Nora Keighley, *Horse Boats of the Calder* (Halifax, 1985).") == (
        "Nora Keighley",
        "Horse Boats of the Calder",
    )
