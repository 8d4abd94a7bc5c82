"""Who the text says made the words (signed21b): an unnamed writer described after a dash
("— a volunteer on Sundays"), a sentence after the words saying who signed them ("It was
signed by …", "… and was signed “Name, office”"), and the one a "by" names as the maker of the
thing the words are on ("a verse by old Mrs X", "a plaque, erected by Y Trust, reads:").
Invented sentences: a guestbook, a petition, a museum's visitor cards, a plaque."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def _quotations(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="Page Editor") if p.kind == "quotation"]


def _speakers(text: str) -> list[tuple[str | None, bool]]:
    return [(q.speaker_name, q.unnamed) for q in _quotations(text)]


def test_guestbook_comments_each_signed_by_a_described_writer_are_each_writers():
    text = (
        "The mill's guestbook, this summer.\n\n"
        "Visitors left these notes on the card by the door:\n\n"
        '- "The wheel turning made my whole week." — a retired engineer from Hull\n'
        '- "Please open the upper floor again next summer." — a volunteer on Sundays\n'
    )
    assert _speakers(text) == [
        ("a retired engineer from Hull", True),
        ("a volunteer on Sundays", True),
    ]


def test_a_dash_opening_a_clause_after_the_words_signs_nothing():
    text = (
        "The warden wrote on the board by the door:\n\n"
        '"Mind the step, it is higher than it looks." — a thing she said to every visitor\n'
    )
    assert all(name != "a thing she said to every visitor" for name, _ in _speakers(text))


def test_a_visitor_card_signed_by_a_family_in_the_sentence_after_is_the_familys():
    text = (
        "The museum keeps one card from the box every year. This year's favourite: "
        '"Loved the weaving shed, hated the stairs." It was signed by the Okoro family of '
        "Bradford. The warden pinned it up.\n"
    )
    (card,) = _quotations(text)
    assert (card.speaker_name, card.work_title, card.page) == ("the Okoro family", None, None)


def test_a_petition_letter_signed_in_the_paragraph_under_it_is_the_signers():
    text = (
        "The residents sent the council a covering letter with the petition, which read:\n\n"
        "    We ask again for a crossing on Mill Row. Three children have been hurt there "
        "since the school moved, and the traffic has doubled.\n\n"
        "    We hope to hear from you before the winter term begins.\n\n"
        'and was signed "Peter Lyle, Chair, Mill Row Residents". Nobody answered it.\n'
    )
    letter = _quotations(text)[0]
    assert letter.text.startswith("We ask again for a crossing")
    assert (letter.speaker_name, letter.work_title, letter.page) == ("Peter Lyle", None, None)


def test_the_words_on_a_plaque_are_the_body_that_put_it_up():
    text = (
        "Walk on to the old bridge. A plaque on the parapet, erected by Saltaire Civic Trust "
        'in 1988, reads: "This bridge was rebuilt by the men of the village in one dry '
        'summer."\n'
    )
    (plaque,) = _quotations(text)
    assert plaque.speaker_name == "Saltaire Civic Trust"


def test_a_verse_by_someone_named_with_a_courtesy_title_is_theirs():
    text = (
        "The chapel's newsletter printed a verse by old Mrs Hebblethwaite about the canal "
        "basin, and the children learnt it by heart:\n\n"
        "    Still water and still boats,\n"
        "    still the heron on the lock,\n"
        "    still the bell at six o'clock.\n\n"
        "Nobody has improved on it since.\n"
    )
    (verse,) = _quotations(text)
    assert verse.speaker_name == "Mrs Hebblethwaite"


def test_a_bodys_own_newsletter_or_press_release_speaks_for_the_body():
    text = (
        "The market came back to the square in May. Kirkby Town Council's newsletter called "
        'it "the best thing to happen to the square in fifty years", which the stallholders '
        "say is modest. Ribble Water's press release said only that the mains would be "
        '"replaced in stages over the summer".\n'
    )
    assert [q.speaker_name for q in _quotations(text)] == [
        "Kirkby Town Council",
        "Ribble Water",
    ]
