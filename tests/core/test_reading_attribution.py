"""Whose words, in which work: attribution rules a reader of any essay would state, each on a
few sentences written for it (invented chandlers, harbours and clerks; no essay's wording)."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def quoted(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="The Essayist") if p.kind == "quotation"]


def who(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(speaker, work, page, via) of each quotation."""
    return [(p.speaker_name, p.work_title, p.page, p.via_name) for p in quoted(text)]


HARVARD = (
    "Mabel Quayle wrote the only history of the trade. She says that the estuary chandlers "
    "were “a guild in everything but the charter” (Quayle, 1994: 12), and later that they "
    "“sold rope by the fathom and gossip by the yard” (Quayle, op. cit.: 30).\n\n"
    "## References\n\n"
    "{entry}\n"
)


def test_an_author_date_citation_names_the_title_of_its_references_entry_not_the_publisher():
    entries = [
        "Quayle, M. (1994) *Salt and Tallow: Chandlers of the Estuary*. Harwich: Tidewater Books.",
        "Quayle, M. (1994). Salt and Tallow: Chandlers of the Estuary. Harwich: Tidewater Books.",
        "Quayle, Mabel. 1994. Salt and Tallow: Chandlers of the Estuary. Harwich: Tidewater.",
    ]
    for entry in entries:
        found = who(HARVARD.format(entry=entry))
        assert found == [
            ("Mabel Quayle", "Salt and Tallow: Chandlers of the Estuary", "12", None),
            ("Mabel Quayle", "Salt and Tallow: Chandlers of the Estuary", "30", None),
        ], entry


def test_a_document_a_note_only_describes_has_no_title_and_its_date_is_no_page():
    found = quoted(
        "The harbour-master, Jonas Pelly, grumbled in a letter that “the quay is mended "
        "every spring and broken every autumn”.[^1] His log is drier: “Wind north-east, "
        "two barges aground, nobody drowned.”[^2]\n\n"
        "[^1]: J. Pelly, letter to the harbour board, 9 October 1887, board papers.\n\n"
        "[^2]: Jonas Pelly, Harbour Log, 1880–1899, entry for 14 March 1891."
    )
    assert [(p.speaker_name, p.work_title, p.page, p.date) for p in found] == [
        ("Jonas Pelly", None, None, "1887"),  # neither "9 October" nor "board papers"
        ("Jonas Pelly", "Harbour Log", None, "1891"),  # a day, not page 1891; 1880 began the log
    ]


def test_a_historian_who_quotes_someone_unnamed_relays_the_words_even_when_interrupted():
    [found] = quoted(
        "Ines Korda, in her survey of the estuary trades, quotes an old apprentice as saying "
        "that “a chandler sells you the anchor and then the rope to hang yourself” "
        "(Korda, 2003: 17).\n\n## References\n\nKorda, I. (2003) *Estuary Trades*. Colchester: "
        "Marsh Press.\n"
    )
    assert (found.speaker_name, found.unnamed, found.page, found.via_name) == (
        "an old apprentice",
        True,
        "17",
        "Ines Korda",
    )
    assert found.work_title is None  # the book relays; it is not where the apprentice spoke


def test_the_person_in_apposition_speaks_not_the_place_the_verb_takes_as_its_object():
    [found] = quoted(
        "Mabel Quayle kept the board's papers. The clerk of the harbour board, Alderman Jonas "
        "Pelly, described Wrabness Quay in his return for 1902 as “a wall of good intentions "
        "held together by tar” (cited in Quayle, 1994: 40)."
    )
    assert (found.speaker_name, found.page, found.via_name) == ("Jonas Pelly", "40", "Mabel Quayle")


def test_a_courtesy_title_is_kept_as_the_essay_writes_it():
    [found] = quoted("Mrs Ada Thwaite wrote: “The tide waits for the harbour-master’s wife.”")
    assert found.speaker_name == "Mrs Ada Thwaite"


def test_a_time_a_possession_or_a_clause_introducing_words_is_never_their_speaker():
    found = who(
        "Jonas Pelly kept the harbour log for forty years. A line from the spring of 1891 "
        "records a bad tide:\n\n"
        "> Water over the quay wall at six. Two barges loose. I have told the board again.[^1]"
        "\n\n"
        "Pelly's own notes are terse, but he could be sharp when he liked. “The board,” he "
        "wrote after the flood, “meets on dry land and thinks the sea is a rumour.”\n\n"
        "His report on the great gale is the longest he ever wrote:\n\n"
        "> Three hulls lost, the lamp gone, the quay in the water. Nobody drowned.\n\n"
        "[^1]: Jonas Pelly, *Harbour Log*, p. 40.\n"
    )
    assert [speaker for speaker, *_ in found] == ["Jonas Pelly"] * 4
