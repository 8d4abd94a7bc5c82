"""Doubt: whether a proposed attribution rests on what the text states or on a guess.

A moderator reviews every proposal before anything is public; ``Proposal.doubt`` puts the
guessed attributions in front of them with a short neutral reason. An attribution the text
states (a lead-in naming the speaker in full, a citation right after the words) has none. One
that rests on a fallback has one: a pronoun whose person is named only in an earlier paragraph
or beside someone else it could stand for, a speaker the text names by surname or title alone,
a lead-in naming two people, a page cited with no work, a work read off a citation, a speaker
or work taken from somewhere other than the words' own sentence (the paths in ``speakers`` and
``attribution`` add their reason to ``_ReaderMemory.doubts`` as they guess), and no speaker at
all. A doubt never changes what is proposed. ``tests/core/test_reading_doubts.py`` measures how
well it separates wrong attributions from right ones on every held-out essay.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.core.extract.reading.model import Proposal
from bot.core.extract.reading.phrases import _same_person
from bot.core.extract.reading.vocabulary import _HONORIFIC, _NOT_PERSON_ENDINGS

if TYPE_CHECKING:
    from bot.core.extract.reading.speakers import _SpeakerReading

NO_SPEAKER = "no speaker is named for these words"
NAMED_ONLY = "speaker named only as"
_PRONOUN = re.compile(r"\b(?:he|she|they|his|her|him|their|them)\b", re.IGNORECASE)
_INITIALS = re.compile(r"^[A-Z]\.?\s+[A-Z]")  # "E Marsh": a reference list's form
_COURTESY = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+")
# "Dale 1990", "Peter Naylor's", "Pember (n 7) 118", "… village 14": a citation's pieces
_CITATION_LIKE = re.compile(
    r"\((?:[^()]*\s[^()]*|\d+)\)|(?:’s|'s)$|^[A-Z][\w’'-]+,?\s+\d{4}$|\s\d{1,3}$"
)


def _paragraph_before(reader: _SpeakerReading, start: int) -> str:
    """The paragraph's words before ``start`` (the paragraph before, for words that open
    their own paragraph: a block quotation)."""
    begin = reader.text.rfind("\n\n", 0, start)
    if begin >= 0 and not reader.text[begin:start].strip(" \n>“‘\"'«"):
        begin = reader.text.rfind("\n\n", 0, begin)
    return reader.text[max(begin, 0) : start]


def _mentioned(text: str, name: str) -> int:
    """Where ``text`` last writes ``name``'s surname as that person's (-1: nowhere): not
    inside a run of other capitalised words ("Ford" of "The Ford Gazette" is no Hollin
    Ford)."""
    *given, surname = name.split()
    at = -1
    for found in re.finditer(rf"\b{re.escape(surname)}\b", text):
        before = re.search(r"(\S+)\s+$", text[: found.start()])
        after = re.match(r"\s+([A-Z][\w’'-]*)", text[found.end() :])
        titled = before is not None and _HONORIFIC.match(f"{before[1]} {surname}")
        capitalised = before is not None and before[1][:1].isupper() and before[1] not in given
        ends_sentence = before is not None and before[1].endswith((".", ",", ":", ";", "!", "?"))
        if capitalised and not titled and not ends_sentence:
            continue  # "The Ford Gazette": a title's word, not Hollin Ford
        if after is not None:
            continue  # "Vane Street": a place's word
        at = found.start()
    return at


def _people_in(reader: _SpeakerReading, text: str, name: str) -> list[tuple[int, str]]:
    """People (not bodies or places) other than ``name`` whom ``text`` names, with where it
    last names them."""
    found = []
    for person in reader.people:
        at = _mentioned(text, person)
        if at >= 0 and not _same_person(person, name) and not _NOT_PERSON_ENDINGS.search(person):
            found.append((at, person))
    return sorted(found)


def _pronoun_doubt(
    reader: _SpeakerReading, proposal: Proposal, name: str, naming: str
) -> str | None:
    word = _PRONOUN.search(naming)
    said = f"‘{word[0].lower()}’" if word else "a pronoun"
    paragraph = _paragraph_before(reader, proposal.start)
    named_at = _mentioned(paragraph, name)
    if named_at < 0:
        return f"{said} taken as {name}, named only in an earlier paragraph"
    in_lead = _people_in(reader, naming, name)
    if in_lead:
        return f"{said} taken as {name}; its sentence names {in_lead[-1][1]}"
    return None


def _lead_doubt(reader: _SpeakerReading, name: str, naming: str) -> str | None:
    others = _people_in(reader, naming, name)
    return f"the lead-in names {name} and also {others[-1][1]}" if others else None


def _name_doubt(name: str) -> str | None:
    bare = _COURTESY.sub("", name)
    if len(name.split()) == 1 or (bare != name and len(bare.split()) == 1):
        return f"{NAMED_ONLY} ‘{name}’: no full name in the text"
    if _INITIALS.match(name):
        return f"{NAMED_ONLY} ‘{name}’: an initial, no full name in the text"
    return None


def _work_doubt(proposal: Proposal) -> str | None:
    title = proposal.work_title
    if title is None:
        if proposal.page and proposal.via_name is None:
            return f"a page ({proposal.page}) is cited, but no work is named for it"
        return None
    if _CITATION_LIKE.search(title):
        return f"work ‘{title}’ may be part of a citation, not a title"
    return None


def attribution_doubt(
    reader: _SpeakerReading,
    proposal: Proposal,
    *,
    unnamed: bool,
    how: str,
    naming: str,
) -> str | None:
    """Why the attribution just given to ``proposal`` needs checking, or None when the text
    states it: a reason a guessing path recorded, else one read off how it was found."""
    if reader.doubts:
        return reader.doubts[0]
    name = proposal.speaker_name
    if name is None:
        return NO_SPEAKER
    reason = None
    if not unnamed and how == "pronoun":
        reason = _pronoun_doubt(reader, proposal, name, naming)
    elif not unnamed and how in ("lead-in", "after"):
        reason = _lead_doubt(reader, name, naming)
    if reason is None and not unnamed:
        reason = _name_doubt(name)
    return reason or _work_doubt(proposal)
