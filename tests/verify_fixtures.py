"""An invented reading: an essay on an allotment society quoting two of its members, with the
essay author's bracketed note inside one quotation. Verify was not built on it, so the tests
that use it check that claims, insertions and differences work on any text."""

from __future__ import annotations

from bot.core.models import Corpus, Passage, Source, Speaker

KOWAL = (
    "The committee must answer to the members every month. "
    "[This is the rule the society later forgot – AR] "
    "A committee that hides its accounts has already lost the trust of the gardeners."
)
NOTE = "[This is the rule the society later forgot – AR]"
NOVAK = (
    "No rule written on paper ever watered a single bed. "
    "The work is done by people who turn up on Saturday mornings. "
    "They carry the cans themselves, and they remember who did not."
)
READER = "I think both of them were right, and the society needed the two habits together."
ESSAY = (
    "Notes on the allotment society\n\n"
    f"At the founding meeting Jan Kowal put it plainly: \u201c{KOWAL}\u201d\n\n"
    f"Mara Novak replied: \u201c{NOVAK}\u201d\n\n"
    f"{READER}\n"
)


def _passage(pid: str, speaker: str, kind: str, text: str, **extra: object) -> Passage:
    start = ESSAY.index(text)
    return Passage(
        id=pid,
        kind=kind,  # type: ignore[arg-type]
        source="allotment",
        speaker=speaker,
        text=text,
        start=start,
        end=start + len(text),
        **extra,  # type: ignore[arg-type]
    )


def allotment_corpus() -> Corpus:
    note = KOWAL.index(NOTE)
    return Corpus(
        sources=[
            Source(
                id="allotment",
                file="allotment.txt",
                title="Notes on the allotment society",
                author="Ada Reader",
                author_speaker="ada-reader",
                year=2019,
                context="An invented essay for tests.",
                editor_mark="– AR",
            )
        ],
        speakers=[
            Speaker(id="ada-reader", name="Ada Reader", aliases=("AR", "Reader")),
            Speaker(id="kowal", name="Jan Kowal", aliases=("Kowal",)),
            Speaker(id="novak", name="Mara Novak", aliases=("Novak",)),
        ],
        works=[],
        topics=[],
        passages=[
            _passage(
                "a-kowal", "kowal", "quotation", KOWAL, insertions=((note, note + len(NOTE)),)
            ),
            _passage("a-novak", "novak", "quotation", NOVAK),
            _passage("a-reader", "ada-reader", "commentary", READER),
        ],
        source_texts={"allotment": ESSAY},
    )
