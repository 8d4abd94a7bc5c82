"""A heading that names a work and its maker holds for what is quoted under it.

A careful reader of a prize judge's report whose sections are headed "First prize: Cormorant,
Low Tide by Dilys Parry (Aberaeron)" takes "The poem opens “…”" as Parry's words in that poem,
and of its list of commended poems ("- Goldcrest by Sam Leary (Kendal), for its “…”") each
item's words as its own poet's in its own poem.
The maker also speaks what the section gives her by name or pronoun, in the work unless the
sentence says the words came another way (a covering note, a telephone call); a page cited
under the heading is a page of its work, whoever the sentence makes speak. (A reading list's
record with no heading, "Hughes, Elinor. *Title*. Place: Publisher, 1987.", is the work under
discussion of its entry: ``discussed.read_entries``.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.reading.phrases import _title_case
from bot.core.extract.reading.talks import _person


@dataclass(frozen=True)
class MadeWork:
    """A work a heading names, and the person who made it."""

    maker: str
    title: str


# a heading's leading label ("First prize:", "Highly commended:", "No. 4:"), then the work's
# title and its maker after "by", perhaps with a place or dates in brackets
_HEADING = re.compile(
    r"^\W*(?:[^:\n“”\"]{1,40}:\s+)?(?P<title>[A-Z][^:\n“”\"]{0,80}?)\s+by\s+"
    r"(?P<maker>[^()\n,;:]+?)\s*(?:\([^()\n]*\))?\s*$"
)
# the word a heading opens on for a part of a book, a credit or a document, never a work's
# title: "Foreword by …", "Photographs by …", "Words by …"
_NOT_A_TITLE = re.compile(
    r"(?i:foreword|preface|introduction|afterword|notes?|words|music|photographs?|photos?|"
    r"pictures|images|illustrations?|drawings|text|compiled|edited|translated|written|letters?|"
    r"a\s+(?:talk|lecture|sermon|letter|message|tribute|reading)|talk|lecture|sermon|address|"
    r"tribute|message|reading|report|review|interview|posted|introduced)\b"
)

# a byline's verb, never a work's title: "Reviewed by …", "Judged by …", "Sent in by …"
_BYLINE_VERB = re.compile(
    r"(?:\w+ed|[Ss]ent|[Gg]iven|[Ww]ritten|[Mm]ade|[Tt]aken|[Rr]ead|[Tt]old|[Dd]rawn|[Ss]hown|"
    r"[Bb]rought|[Kk]ept|[Ff]ound|[Ss]ung|[Ss]poken)(?:\s+(?:in|up|out|on|along|over|down))?$"
)


def made_work_heading(line: str) -> MadeWork | None:
    """The work and maker a heading names ("Third prize: Inventory by Ruth Abadi (Leeds)",
    "## *The Tin Lantern* by Owen Pask"), or None: a part of a book or a credit ("Foreword by
    Dr Ann Lee", "Photographs by Tom Hale") names no work, and a line of prose is no heading."""
    text = re.sub(r"[*_]", "", line.strip().lstrip("#").strip())
    found = _HEADING.match(text)
    if found is None or re.search(r"[.!?]\W*$", text):
        return None
    title = found["title"].strip().rstrip(",")
    maker = _person(found["maker"])
    if (
        maker is None
        or _NOT_A_TITLE.match(title)
        or _BYLINE_VERB.match(title)  # "Reviewed by …", "Sent in by …": a byline's verb
        or not _title_case(title.rstrip("?!"))
    ):
        return None
    return MadeWork(maker, title)


# a list's item or a paragraph opening on a work and its maker, then a comma and its own words:
# "- The Weighbridge by Joy Amankwah (Stoke-on-Trent), whose clerk “…”"
_OPENING = re.compile(
    r"^\s*(?:[-*+•]\s+)?(?P<head>[*_]?[A-Z][^,.;:“”\"\n]{0,80}?\s+by\s+[^,.;:()“”\"\n]+?"
    r"(?:\s*\([^()\n]*\))?)\s*,\s"
)


def made_work_opening(paragraph: str) -> MadeWork | None:
    """The work and maker an entry opens on before its own words ("The Weighbridge by Joy
    Amankwah (Stoke-on-Trent), whose clerk “…”"), or None."""
    found = _OPENING.match(paragraph)
    return made_work_heading(found["head"]) if found else None
