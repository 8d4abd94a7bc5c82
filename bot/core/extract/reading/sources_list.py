"""A text's own list of sources that gives each book the page it uses.

A heritage list entry, a guidebook or a report may end with its sources set one to a line as
"Surname, Forenames, *Title*, (year), page" ("Pevsner, Nikolaus, *The Buildings of England:
Yorkshire, The West Riding*, (1959), 96"), or an article in quote marks in a journal with its
pages. The text quotes the writers it lists by name and gives no citation beside the words: a
careful reader turns to the list, where the writer's one entry names the book the words were
printed in and the page it points to (a range of an article's pages is no page for one
passage).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ENTRY = re.compile(
    r"^(?P<last>[A-Z][\w’'-]+),\s+(?P<given>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+"
    r"(?:\*(?P<italic>[^*\n]{2,160})\*|[‘'“\"](?P<quoted>[^’'”\"\n]{2,160})[’'”\"])"
    r"[^()\n]{0,160}?,?\s*\((?P<year>1[5-9]\d\d|20\d\d)\),\s*"
    r"(?P<pages>[0-9ivxlc]+(?:\s*[-–]\s*[0-9ivxlc]+)?)\.?$"
)


@dataclass(frozen=True)
class SourceEntry:
    """One writer's book in the list, and the page the list gives for it."""

    name: str
    title: str
    page: str | None


def read_source_list(paragraphs: list[str]) -> list[SourceEntry]:
    """Every line of the text that is such an entry, in order."""
    entries = []
    for paragraph in paragraphs:
        for line in paragraph.split("\n"):
            entry = _ENTRY.match(re.sub(r"^\s*(?:[-*•–]\s+)?", "", line).strip())
            if entry is None:
                continue
            title = (entry["italic"] or entry["quoted"] or "").strip().rstrip(",.")
            pages = entry["pages"]
            page = None if re.search(r"[-–]", pages) else pages
            entries.append(SourceEntry(f"{entry['given']} {entry['last']}", title, page))
    return entries
