"""Whose voice each part of a document is, when no person is named beside the words
(HELDOUT.md, "Voices", voices23).

A careful reader of a live blog, a newsroom's rolling coverage, a log kept by watches or a
diary kept by several hands takes each entry's own "I" as the entry's byline, not the page's
list of authors (and a chat's export each message's "I" as its sender): an entry runs from
its stamp (a time, a watch, a date) to the next one, and the name the stamp carries or the
line under it gives ("04:44 Owen Pritchard", "06.30" over "Ciaran Boyle, Silloth", "0400–0800
Watch: R. Tennant") is its writer. A note the document
marks as someone's ("CLERK'S NOTE:", "Editor's note:", "Note by the Secretary:") is in the
voice of whoever holds that role. Everywhere else the document's own "I" is its author.

The parts are read once per text, line by line, so the reading costs nothing on a text that
has none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from bot.core.extract.reading.vocabulary import _BODY_HEAD

_TIME = r"\d{1,2}[.:]\d{2}(?:\s*(?:[ap]\.?m\.?|hrs|h))?(?:\s+(?:GMT|BST|UTC|CET|CEST|[ECMP][SD]T))?"
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE = (
    rf"(?:{_DAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)(?:,?\s+\d{4})?"
)
# an entry's stamp: when it was written, or the watch it was kept in ("Updated 07:45",
# "Saturday 09.12", "0400–0800", "Middle watch", "14 March 1916")
_STAMP = (
    rf"(?:(?:Updated|Posted|Filed|Entry|Logged)\s+(?:at\s+)?)?"
    rf"(?:(?:{_DAY},?\s+)?{_TIME}|\d{{2}}[.:]?\d{{2}}\s*(?:[-–]|to)\s*\d{{2}}[.:]?\d{{2}}(?:\s+hrs)?"
    r"|(?:First|Middle|Morning|Forenoon|Afternoon|First\s+dog|Last\s+dog|Dog|Night|Day)\s+"
    rf"[Ww]atch|{_DATE})"
)
_PERSON = (
    r"(?P<name>(?:[A-Z]\.\s?){0,3}[A-Z][\w’'-]+(?:\s+(?:(?:de|van|von|der|la|le|du|da)\s+)?"
    r"(?:[A-Z]\.\s?)*[A-Z][\w’'-]+){0,3})"
)
# who kept an entry, on the stamp's line or the line under it: "Owen Pritchard", "By Ciaran
# Boyle", "Ciaran Boyle, Silloth", "Nadia Kerr in Halifax", "Watch: R. Tennant"
_BYLINE = (
    r"(?P<marker>(?:[Bb]y|[Pp]osted\s+by|[Ff]iled\s+by|[Ww]ritten\s+by|[Ee]ntry\s+by|[Kk]ept\s+by|"
    r"[Ss]igned|[Ww]atch(?:keeper)?|[Oo]fficer\s+of\s+the\s+watch|[Oo]n\s+watch|"
    r"[Rr]eporter|[Dd]uty\s+officer)[:\s]\s*)?"
    rf"{_PERSON}"
    r"(?:\s*,\s*(?:(?:on|at|in|from|near|outside)\s+(?:the\s+)?)?[A-Za-z][\w’' -]{1,40}"
    r"|\s+(?:in|at|reporting\s+from)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?"
)
_STAMP_LINE = re.compile(rf"[ \t]*(?:#+\s*)?{_STAMP}[ \t]*[.:]?[ \t]*")
_STAMPED_BYLINE = re.compile(rf"[ \t]*(?:#+\s*)?{_STAMP}\s*(?:[-–—|·•:,]\s*)?{_BYLINE}[ \t]*")
_BYLINE_LINE = re.compile(rf"[ \t]*(?:[-–—]\s*)?{_BYLINE}[ \t]*")
# a name that is no person's: a body, a heading's words
_NOT_A_WRITER = re.compile(
    rf"\b(?:{_BODY_HEAD.pattern}|The|Live|Update|Updates|Latest|Breaking|Summary|Result|News|"
    r"Analysis|Watch|Log|Entry|Notes?|Weather|Wind|Sea|Storm|Tide)\b"
)
# a note the document marks as someone's: "CLERK'S NOTE:", "Editor's note:", "Note by the
# Secretary:", "[Translator's note:"
_MARKED_NOTE = re.compile(
    r"[ \t]*[\[(]?(?:(?P<role>[A-Za-z][a-z]+|[A-Z]+)(?:’s|'s|’S|'S)\s+(?:[Nn]ote|NOTE)|"
    r"(?:[Nn]ote|NOTE)\s+(?:[Bb]y|BY)\s+(?:[Tt]he|THE)\s+(?P<by>[A-Za-z][a-z]+|[A-Z]+))\s*[:.—–-]"
)
# the least number of entries whose bylines make a text one of entries
_MIN_BYLINED_ENTRIES = 2
# a message as a chat application exports it, its date, time and sender at the head of its
# first line: "05/03/2025, 08:02 - Dev Okonjo: …", "[05/03/2025, 08:02:41] Dev Okonjo: …",
# "5.3.25, 8:02 pm - +44 7700 900461: …" (a sender not saved shows as a telephone number)
MESSAGE_HEAD = re.compile(
    r"^\[?\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?"
    r"\s*(?:[-–]\s*)?(?P<sender>[^:\n“”\"]{1,60}?):\s",
    re.M,
)
_TELEPHONE = re.compile(r"\+?[\d ()-]{7,}")
# a sender shown by number naming themselves in the message: "this is Carol Pryce", "it's Ann"
_NAMES_ITSELF = re.compile(
    r"\b(?:[Tt]his\s+is|[Ii]t(?:’s|'s|\s+is)|I(?:’m|'m|\s+am))\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)


@dataclass(frozen=True)
class Voice:
    """A part of a document in a voice of its own: its byline's ``writer``, or the ``role``
    whose holder wrote it (a marked note)."""

    start: int
    end: int
    writer: str | None = None
    role: str | None = None


# the words before a name that make it a place ("at Fort William", "to Glen Coe")
_BEFORE_A_PLACE = re.compile(
    r"\b(?:in|at|to|from|near|of|the|into|across|via|over|through|round|around|towards?|"
    r"beyond|past|above|below|under|on)\s+$",
    re.IGNORECASE,
)


def _a_person_elsewhere(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` as someone outside its bylines (credits "Updates by X and
    Y", "X wrote"): a diary's place under its date ("Fort William") is never named so."""
    for found in re.finditer(rf"\b{re.escape(name)}\b", text):
        line_start = text.rfind("\n", 0, found.start()) + 1
        line_end = text.find("\n", found.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if _STAMPED_BYLINE.fullmatch(line) or _BYLINE_LINE.fullmatch(line):
            continue
        if not _BEFORE_A_PLACE.search(text[max(0, found.start() - 20) : found.start()]):
            return True
    return False


def _writer(found: re.Match[str], text: str, author: str) -> str | None:
    """The writer a byline names: a person's name of two words or more, marked as a byline
    ("By", "Watch:"), written with initials, one of the reading's authors, or a person the text
    names elsewhere; None for a place or a heading under a stamp."""
    name = " ".join(found["name"].split())
    if len(name.split()) < 2 or _NOT_A_WRITER.search(name):
        return None
    if (
        found["marker"]
        or re.search(r"\b[A-Z]\.", name)
        or name in author
        or _a_person_elsewhere(text, name)
    ):
        return name
    return None


def _entries(text: str, author: str) -> list[Voice]:
    """The stamped entries of ``text`` with their bylines, each to the next stamp; none unless
    at least two entries carry one."""
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    stamps: list[tuple[int, str | None]] = []
    for n, (start, line) in enumerate(lines):
        if len(line.split()) > 10:
            continue
        stamped = _STAMPED_BYLINE.fullmatch(line)
        writer = _writer(stamped, text, author) if stamped else None
        if writer is not None:
            stamps.append((start, writer))
            continue
        if _STAMP_LINE.fullmatch(line) is None:
            continue
        under = lines[n + 1][1] if n + 1 < len(lines) else ""
        byline = _BYLINE_LINE.fullmatch(under) if len(under.split()) <= 8 else None
        stamps.append((start, _writer(byline, text, author) if byline else None))
    if sum(writer is not None for _at, writer in stamps) < _MIN_BYLINED_ENTRIES:
        return []
    entries = []
    ends = [at for at, _writer in stamps[1:]] + [len(text)]
    for (start, writer), following in zip(stamps, ends, strict=True):
        if writer is not None:
            entries.append(Voice(start, following, writer=writer))
    return entries


def _messages(text: str) -> list[Voice]:
    """The messages of a chat's export, each to the next message's head, its sender the
    writer (one shown by number is the name the message gives itself, when it gives one);
    none unless two messages at least carry a head."""
    heads = list(MESSAGE_HEAD.finditer(text))
    if len(heads) < _MIN_BYLINED_ENTRIES:
        return []
    messages = []
    ends = [head.start() for head in heads[1:]] + [len(text)]
    for head, end in zip(heads, ends, strict=True):
        sender = " ".join(head["sender"].split())
        if _TELEPHONE.fullmatch(sender):
            named = _NAMES_ITSELF.search(text, head.end(), end)
            sender = named["name"] if named else sender
        messages.append(Voice(head.start(), end, writer=sender))
    return messages


def _marked_notes(text: str) -> list[Voice]:
    """The paragraphs the document marks as someone's notes, each with that role."""
    notes = []
    for found in re.finditer(r"(?:^|\n)([^\n]+)", text):
        marked = _MARKED_NOTE.match(found.group(1))
        if marked is None:
            continue
        role = (marked["role"] or marked["by"]).lower()
        end = text.find("\n\n", found.start(1))
        notes.append(Voice(found.start(1), len(text) if end < 0 else end, role=role))
    return notes


def _holding(parts: list[Voice], starts: list[int], position: int) -> Voice | None:
    index = bisect_right(starts, position) - 1
    if index >= 0 and position < parts[index].end:
        return parts[index]
    return None


class Voices:
    """The parts of a text in voices of their own, for whose "I" the words are."""

    def __init__(self, text: str, author: str) -> None:
        self.entries = _entries(text, author) or _messages(text)
        self.notes = _marked_notes(text)
        self._entry_starts = [e.start for e in self.entries]
        self._note_starts = [n.start for n in self.notes]

    def at(self, position: int) -> Voice | None:
        """The part holding ``position``: a marked note before the entry it stands in; None
        when the document's own voice speaks there."""
        return _holding(self.notes, self._note_starts, position) or _holding(
            self.entries, self._entry_starts, position
        )
