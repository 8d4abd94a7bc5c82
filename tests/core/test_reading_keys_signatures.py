"""Speakers named by a key or a list (seen text, post18k), on invented sentences."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def _quotations(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="Report Editor") if p.kind == "quotation"]


_OBSERVERS = "\n\nObservers\n\nAMF Alice M. Ferrow\nPQ Peter Quill\nTDW Tom D. Wray\n"


def test_initials_keyed_in_a_closing_list_name_the_speaker_of_a_citation() -> None:
    text = (
        "Two moths came to the trap at Hollin Wood in July. The trap's keeper describes the "
        'first night: "It sat on the egg box for an hour and never once opened its wings." '
        "(AMF) Nobody has seen one there since.\n" + _OBSERVERS
    )
    (quotation,) = _quotations(text)
    assert quotation.text == "It sat on the egg box for an hour and never once opened its wings."
    assert (quotation.speaker_name, quotation.via_name) == ("Alice M. Ferrow", None)
    assert quotation.work_title is None


def test_per_in_a_keyed_citation_names_who_passed_the_words_on() -> None:
    text = (
        "The second moth was found indoors. A neighbour who keeps bees said it was "
        '"the size of a sparrow and twice as rude" (TDW, per PQ). It was released.\n'
        "\nLater a visitor reported that the wood was "
        '"humming like a cable after dark" (per PQ). Nobody else heard it.\n' + _OBSERVERS
    )
    first, second = _quotations(text)
    assert (first.speaker_name, first.via_name) == ("Tom D. Wray", "Peter Quill")
    assert second.via_name == "Peter Quill"
    assert second.speaker_name != "PQ"


def test_a_body_introduced_with_its_initials_speaks_under_them() -> None:
    text = (
        "Every record is checked by the Fenwold Moth Group (FMG) before it is printed.\n\n"
        "The FMG said of the indoor moth: “a kitchen is not a habitat, but a householder "
        "who keeps a jar by the window is a better recorder than most of us.” It was accepted.\n\n"
        "The Group was less sure of the sound: “we cannot accept a hum, however loud and "
        "however late at night it was heard” (FMG). Sound alone is not a record.\n"
    )
    first, second = _quotations(text)
    assert first.speaker_name == "Fenwold Moth Group"
    assert (second.speaker_name, second.via_name) == ("Fenwold Moth Group", None)


def test_initials_nobody_keys_are_not_expanded() -> None:
    text = (
        'The warden noted that the path was "under water for half the winter" (KLM). '
        "The council has promised a boardwalk.\n" + _OBSERVERS
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name not in {"Alice M. Ferrow", "Peter Quill", "Tom D. Wray"}


def test_a_reference_list_of_initials_yields_to_the_full_name_the_text_gives() -> None:
    text = (
        "The older status comes from Agnes Tulley's The Moths of Fenwold (1902). "
        'Tulley (1902: 88) called the species "a moth of the fen edge, seldom seen in woods."\n'
        "\nReferences\n\n"
        "Tulley, A. R. 1902. The Moths of Fenwold. Marsh Press, Holt.\n"
    )
    (quotation,) = _quotations(text)
    assert quotation.speaker_name == "Agnes Tulley"
    assert (quotation.work_title, quotation.page) == ("The Moths of Fenwold", "88")
