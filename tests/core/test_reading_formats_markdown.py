"""A Markdown reading is stored as the plain text its rendering shows, and every passage is a
slice of that text, attributed as the Markdown's marks say (italic titles, '>' block
quotations, '[^1]' notes). The essay (tests/data/formats/weir-keepers.md) and its plain text
below were written by hand for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.extract.formats import SCRIPTS, ReadingError, read_reading, read_reading_bytes
from bot.core.extract.ingest import propose_reading
from bot.core.provenance import source_slice
from bot.settings import DEFAULT_CORPUS_DIR

WEIR = Path(__file__).parents[1] / "data" / "formats" / "weir-keepers.md"

PLAIN = """\
The Weir Keepers of Holme Lock

A talk for the Holme Local History Group, by Nell Varley

The first keeper

In 1903 the keeper, Jonah Pike, wrote in his daybook that “the river owes me nothing and \
pays it promptly” (Pike, Daybook, p. 14). His successor, Ada Marsh, was less resigned, and \
her own account of the great flood is the one the village still tells.[1]

    We opened the weir at dawn and the whole village came down to watch,
    as if water had never fallen before.

    By noon the Lady Grey was aground on the green. (Marsh, Lock Papers, p. 7)

The parish council kept its own record. Its clerk, Samuel Orde, wrote that “the Lady Grey \
[a coal barge] was the last through, and the last we shall see.”[2]

1. Ada Marsh, Lock Papers (Holme, 1931), p. 3.

2. Samuel Orde, Minutes of the Parish Council, p. 41.
"""

# (text, speaker, work, page), read off the essay by hand; a block quotation's text is its
# lines without their indent (left out as ``removed``)
QUOTATIONS = [
    (
        "the river owes me nothing and pays it promptly",
        "Jonah Pike",
        "Daybook",
        "14",
    ),
    (
        "We opened the weir at dawn and the whole village came down to watch,\n"
        "as if water had never fallen before.\n\n"
        "By noon the Lady Grey was aground on the green.",
        "Ada Marsh",
        "Lock Papers",
        "7",
    ),
    (
        "the Lady Grey [a coal barge] was the last through, and the last we shall see.",
        "Samuel Orde",
        "Minutes of the Parish Council",
        "41",
    ),
]


def records(marked: bool = True) -> tuple[str, list[dict[str, object]]]:
    reading = read_reading(WEIR)
    text = reading.text if marked else WEIR.read_text("utf-8")
    found = propose_reading(
        text,
        marks=reading.marks if marked else None,
        corpus_dir=DEFAULT_CORPUS_DIR,
        file_name=WEIR.name,
        title="The Weir Keepers",
        author="Nell Varley",
        year=2024,
    )
    return text, found


def test_a_markdown_reading_is_stored_as_the_plain_text_a_reader_sees():
    reading = read_reading(WEIR)
    assert reading.text == PLAIN
    for syntax in ("*", "_", "#", "> ", "[^", "](", "https://"):
        assert syntax not in reading.text


def test_each_passage_is_a_slice_of_the_plain_text_attributed_as_the_markdown_says():
    text, proposed = records()
    quotations = [r for r in proposed if r["kind"] == "quotation"]
    assert [
        (r["text"], r["speaker_name"], r["work_title"], r["page"]) for r in quotations
    ] == QUOTATIONS
    for record in proposed:
        removed = [(a, b) for a, b in record["removed"]]  # type: ignore[attr-defined]
        assert record["text"] == source_slice(text, record["start"], record["end"], removed)
    [orde] = [r for r in quotations if r["speaker_name"] == "Samuel Orde"]
    insertions = [str(orde["text"])[i["start"] : i["end"]] for i in orde["insertions"]]
    assert insertions == ["[a coal barge]"]
    headings = [r["text"] for r in proposed if r["kind"] == "heading"]
    assert headings[0] == "The Weir Keepers of Holme Lock"


def test_the_plain_text_changes_no_attribution_the_markdown_source_gives():
    """What the extractor proposes reading the stored plain text through its marks is what it
    proposes reading the Markdown source itself: the same passages, the same attribution."""
    _, plain = records()
    _, source = records(marked=False)
    fields = ("kind", "speaker_name", "work_title", "page", "via_name", "attributed_by")
    assert [[r[f] for f in fields] for r in plain] == [[r[f] for f in fields] for r in source]


def test_html_in_a_markdown_reading_reads_as_the_html_reader_reads_it():
    data = "Words “a line the keeper wrote”<sup>2</sup> and <em>more</em>.\n".encode()
    assert read_reading_bytes("notes.md", data).text == (
        "Words “a line the keeper wrote”[2] and more.\n"
    )
    for hostile in (
        b"Before.\n\n<script>alert(1)</script>\n\nAfter.\n",
        b'A [link](#) and <a href="javascript:alert(1)">this</a>.\n',
    ):
        with pytest.raises(ReadingError) as refused:
            read_reading_bytes("hostile.md", hostile)
        assert refused.value.reason == SCRIPTS


def test_italics_inside_an_html_block_of_a_markdown_reading_still_name_the_work():
    """A Markdown file may hold a whole block of HTML (a box, an aside): its <cite> and <em>
    titles name the work, as they do in an HTML reading and in the Markdown around it."""
    data = (
        "# Lock cottages\n\n"
        '<div class="box">\n'
        "<p>The lock-keeper Tom Ash wrote that “we never once closed the gates on a Sunday, "
        "flood or no flood” (<cite>Winter on the Cut</cite>, 12).</p>\n"
        "</div>\n\n"
        "His daughter Ada Ash wrote that “the cottage was always colder than the water” "
        "(*Towpath Days*, 3).\n"
    ).encode()
    reading = read_reading_bytes("box.md", data)
    assert "(Winter on the Cut, 12)" in reading.text
    found = propose_reading(
        reading.text,
        marks=reading.marks,
        corpus_dir=DEFAULT_CORPUS_DIR,
        file_name="box.md",
        title="Lock cottages",
        author="Ruth Pell",
        year=2025,
    )
    cited = {
        str(r["speaker_name"]): (r["work_title"], r["page"])
        for r in found
        if r["kind"] == "quotation"
    }
    assert cited == {"Tom Ash": ("Winter on the Cut", "12"), "Ada Ash": ("Towpath Days", "3")}


def test_a_bold_point_number_opening_a_markdown_block_quotation_is_not_part_of_the_words():
    data = (
        b"# Our reply to the examiners\n\n"
        b"The second examiner's points are quoted in full.\n\n"
        b"> **4.2** The chapter on the tithe maps relies on one parish and should say so.\n\n"
        b"We have added a sentence saying so.\n\n"
        b"> **14 March 1836** was the day the award was sealed, as the clerk noted.\n"
    )
    reading = read_reading_bytes("reply.md", data)
    quotations = [
        r["text"]
        for r in propose_reading(
            reading.text,
            marks=reading.marks,
            corpus_dir=DEFAULT_CORPUS_DIR,
            file_name="reply.md",
            title="Our reply to the examiners",
            author="Ann Writer",
            year=2026,
        )
        if r["kind"] == "quotation"
    ]
    assert quotations == [
        "The chapter on the tithe maps relies on one parish and should say so.",
        "14 March 1836 was the day the award was sealed, as the clerk noted.",
    ]
