"""Words and the line that names their source belong together, whichever comes first and
however the line is set (sources24): a credit under the words that opens on their maker's
name (a campaign sheet's claim and reply, a pull quote's credit, an exam paper's extract), a
line opening on the kind of thing quoted ("Placard posted in the market by …", "Telegram
from …", "Broadcast by …"), above or under the block, a maker named after a colon ("From a
guide to the abbey: Walter Knapp, *Stones of Rievaulx* …"), a "Source:" line, a line in
parentheses, a dash line set in italics. A source line under one block is never the caption
of the next. Invented sentences: a bypass campaign, a weavers' exhibition, a lifeboat
station's telegrams, an abbey guide, a canal study, a glassworks feature."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages
from bot.core.extract.reading.captions import read_caption, read_credit
from bot.core.extract.reading.model import Cite


def _quotations(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="Page Editor") if p.kind == "quotation"]


def _attributions(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(q.speaker_name, q.work_title, q.page, q.via_name) for q in _quotations(text)]


CAMPAIGN_SHEET = (
    "# The bypass: what they say, and what we say\n\n"
    "Our group has answered every claim made for the new road. Here are two of them.\n\n"
    "What they say\n\n"
    "> “The new bypass will cut the journey from Skipton to the coast by half an hour, and "
    "every village on the old road will be quieter for it.”\n\n"
    "Sir Edmund Parr, interview on *Dales Morning*, Radio Aire, 9 January 2025\n\n"
    "What we say\n\n"
    "> “Every bypass built in this county since 1990 has filled with traffic within five "
    "years, and the villages were no quieter afterwards.”\n\n"
    "Stop the Bypass Group, campaign sheet, February 2025, p. 2\n"
)


def test_a_credit_under_the_words_names_their_maker_with_the_programme_and_page():
    assert _attributions(CAMPAIGN_SHEET) == [
        ("Edmund Parr", "Dales Morning", None, None),
        ("Stop the Bypass Group", None, "2", None),
    ]


def test_a_credit_that_says_a_paper_reported_the_words_gives_the_paper_as_relay():
    text = (
        "Paper 1, Section A: the Corn Laws in Dunmere\n\n"
        "Extract 1\n\n"
        "    “Cheap bread is a fine thing for the weaver until the weaver finds his wage has "
        "fallen with it, and then he will wish the duty back.”\n\n"
        "Mr Josiah Crump, speaking at the Corn Exchange, 4 May 1843, as reported in the "
        "Dunmere Mercury, 6 May 1843, p. 3.\n\n"
        "Extract 2\n\n"
        "    “The duty is a tax on hunger, and the hungry pay it first.”\n\n"
        "Ellen Garside, letter to the *Northern Star*, 20 May 1843\n"
    )
    assert _attributions(text) == [
        ("Mr Josiah Crump", None, "3", "Dunmere Mercury"),
        ("Ellen Garside", "Northern Star", None, None),
    ]


def test_a_line_opening_on_the_kind_of_thing_quoted_names_its_maker_under_or_above():
    under = (
        "The weavers’ room at the museum shows two of the documents that survive from the "
        "strike.\n\n"
        "    “No weaver shall take a piece from Messrs Haigh at the reduced price while any "
        "member of this Union is out.”\n\n"
        "Placard posted in the market place by the Saddleworth Weavers’ Union, 1829.\n\n"
        "    “Be patient, and the masters will see reason before the winter, for they cannot "
        "eat their looms.”\n\n"
        "Sermon preached by the Revd Amos Platt in Zion Chapel, Delph, 1829.\n"
    )
    # the placard's line is under the first block: never the sermon's caption
    assert _attributions(under) == [
        ("Saddleworth Weavers’ Union", None, None, None),
        ("Amos Platt", None, None, None),
    ]
    above = (
        "The station keeps the telegrams of the night the *Good Intent* went down.\n\n"
        "Telegram from Coxswain Ruth Okoro to the harbour office, 3 May 1944\n\n"
        "    “Launched 0210. Crew of nine taken off. Returning under oars, engine gone.”\n\n"
        "The harbour office replied within the hour.\n"
    )
    assert _attributions(above) == [("Ruth Okoro", None, None, None)]


def test_a_maker_named_after_a_colon_is_the_speaker_with_the_title_after_their_name():
    text = (
        "The guide sold at the gate is still the best short account of the ruin.\n\n"
        "From a guide to the abbey: Walter Knapp, *Stones of Rievaulx* (York, 1937), p. 12\n\n"
        "    No monks in the north built so high, and none were so soon turned out of what "
        "they had built.\n\n"
        "The canal came a century later.\n\n"
        "    The cut was dug by men who were paid by the yard and lodged in the barns of the "
        "farms it divided.\n\n"
        "Source: from a study of the canal: Mary Holt, Cut and Lock (Derby, 1988), p. 41.\n"
    )
    assert _attributions(text) == [
        ("Walter Knapp", "Stones of Rievaulx", "12", None),
        ("Mary Holt", "Cut and Lock", "41", None),
    ]


def test_a_source_line_in_parentheses_or_naming_a_broadcast_in_quotation_marks():
    assert read_caption(
        "(Interview with Agnes Firth, recorded by the Delph Oral History Group in 1981.)"
    ) == Cite(speaker="Agnes Firth")
    assert read_caption(
        'Broadcast by Leonard Shaw in "Mills of the Pennines", BBC North, 3 March 1956.'
    ) == Cite(speaker="Leonard Shaw", work="Mills of the Pennines")


def test_a_dash_line_set_in_italics_signs_the_paragraph_quoted_above_it():
    text = (
        "The glassworks took on an apprentice last year for the first time since 1979.\n\n"
        "“Glass remembers every mistake you make with it, which is why it takes seven years "
        "to learn and a lifetime to forgive.”\n\n"
        "*— Dr Ines Farrow, Department of Glass, Stourbridge College*\n\n"
        "The apprentice, Kyle Baines, is nineteen and has already broken more than he can "
        "count.\n"
    )
    assert _attributions(text) == [("Ines Farrow", None, None, None)]


def test_a_sentence_under_a_block_is_no_credit_and_names_no_maker():
    assert read_credit("Mary Platt, his sister, remembered that winter otherwise in 1962.") is None
    assert read_credit("Ann Pike, who kept the shop, said it was the coldest day of 1947.") is None
    assert read_credit("Skipton, 1958") is None  # a place and a year: nobody
    assert read_credit("Mary Platt, his sister") is None  # no date, page or title: no source
    text = (
        "The keeper, Thomas Ash, wrote in his log:\n\n"
        "    The lamp was lit at five and the fog did not lift until the afternoon, when the "
        "steamer came in.\n\n"
        "Mary Platt, his sister, remembered that winter otherwise in 1962.\n"
    )
    assert _attributions(text) == [("Thomas Ash", None, None, None)]
