"""A plain-text reading typed as pages: hard-wrapped lines, a form feed between pages, a page
number alone on a line and a running head with the page's number on every page. The text
is stored as the file has it; a quotation is found whole across a page break, without the
page's furniture (the essay was written for this test; what it should give, by hand)."""

from __future__ import annotations

from pathlib import Path

from bot.core.extract.formats import read_reading
from bot.core.extract.ingest import propose_reading
from bot.core.provenance import source_slice
from bot.settings import DEFAULT_CORPUS_DIR

TOLL_ROAD = Path(__file__).parents[1] / "data" / "formats" / "toll-road.txt"


def proposals() -> tuple[str, list[dict[str, object]]]:
    text = read_reading(TOLL_ROAD).text
    records = propose_reading(
        text,
        corpus_dir=DEFAULT_CORPUS_DIR,
        file_name="toll-road.txt",
        title="The Toll Road",
        author="Ann Hale",
        year=2024,
    )
    return text, records


def test_a_quotation_across_a_form_feed_page_break_is_found_whole_without_the_furniture():
    text, records = proposals()
    assert text == TOLL_ROAD.read_text("utf-8")  # stored as the file has it
    [crossing] = [r for r in records if str(r["text"]).startswith("I have walked")]
    printed = source_slice(text, crossing["start"], crossing["end"], crossing["removed"])
    assert " ".join(printed.split()) == (
        "I have walked every mile of it in the rain, and I can tell you where it floods."
    )
    assert crossing["kind"] == "quotation" and crossing["speaker_name"] == "Amos Pell"


def test_a_note_at_a_typed_pages_foot_is_read_as_the_note_its_marker_points_to():
    """A marker "…at the gate."1" and, at the foot of the page, "1 Swan Turnpike Trust, …, p. 3.":
    the quotation has its page, and the note is nobody's commentary."""
    _, records = proposals()
    [debt] = [r for r in records if str(r["text"]).startswith("the road is a debt")]
    assert debt["page"] == "3"
    assert not [r for r in records if "Turnpike Trust" in str(r["text"])]


def test_a_running_head_with_its_page_number_is_nobodys_words_on_the_first_page_too():
    _, records = proposals()
    assert not [r for r in records if "TOLL ROAD" in str(r["text"])]


def test_a_running_head_in_any_letters_repeated_at_each_page_break_is_left_out():
    """ "Owen Hale · The Toll Road" heads each page (after the form feed) and the page number
    stands alone at the foot: the quotation across the break is found whole without them."""
    path = TOLL_ROAD.with_name("toll-road-heads.txt")
    text = read_reading(path).text
    records = propose_reading(
        text,
        corpus_dir=DEFAULT_CORPUS_DIR,
        file_name=path.name,
        title="The Toll Road",
        author="Owen Hale",
        year=2024,
    )
    assert not [r for r in records if "The Toll Road" in str(r["text"])]
    [crossing] = [r for r in records if str(r["text"]).startswith("I have walked")]
    printed = source_slice(text, crossing["start"], crossing["end"], crossing["removed"])
    assert " ".join(printed.split()) == (
        "I have walked every mile of it in the rain, and I can tell you where it floods."
    )
