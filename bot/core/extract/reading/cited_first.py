"""A citation line that comes before the words: "1823 Ashworth, Rambles 41: “…”".

A quotation dictionary or a dated glossary gives each quotation's source first: a year, the
author (or a person and where they were), a short title and a locator, then a colon and the
words. The short title stands for what the text's closing list of sources spells out
("Ashworth, Rambles: John Ashworth, Rambles in Kersey Vale (…)."). A careful reader takes the
line as the words' source, as a citation after them would be, and never carries the previous
quotation's speaker into a line that names its own.
"""

from __future__ import annotations

import re

from bot.core.extract.reading.model import Cite

# the line before the words: a year at the start of a sentence, the source, a colon (and a note
# call): "1849 Dunford, Report 12:", "1968 Ann Hirst, Low Moor, to the editor:¹"
_CITED_FIRST = re.compile(
    r"(?:^\s*|[.!?”\"’)]\s+|\d\.\s+)(?P<year>1[5-9]\d\d|20\d\d)\s+"
    r"(?P<body>[A-Z‘][^“”\"\n]{1,160}?)\s*:\s*[¹²³⁴⁵⁶⁷⁸⁹⁰*†]*\s*$"
)
_QUOTED_IN = re.compile(r"(?P<who>[^,]{3,60}),\s+(?:qtd\.?|quoted)\s+in\s+(?P<source>.+)")
_QUOTING = re.compile(
    r"(?P<source>.+?),\s+quoting\s+(?:(?:an?|the)\s+[a-z]+\s+(?:of|by|from)\s+)?"
    r"(?P<who>[A-Z][^,]{2,60}?)(?:,\s*\d{4})?"
)
_TO_EDITOR = re.compile(
    r"(?P<who>[^,]{3,60})(?:,\s+[^,]{2,40})?,\s+(?:to|told)\s+the\s+(?:editor|compiler|author)"
)
_CITED_IN = re.compile(r"(?P<who>[^,]{3,60})(?:,\s+[^,]{1,40})*?,\s+in\s+(?P<source>.+)")
_A_PERSON = re.compile(r"(?:(?:Mrs?|Ms|Miss|Dr|Rev)\.?\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+")
# a locator: "41", "iii. 44", "App. II 87", "24 Dec. 5"; a dictionary's "s.v." gives no page
_PAGE = re.compile(r"(?:^|\s)(?:[ivxl]{1,5}\.\s*)?(?P<page>\d{1,4})\s*$")
_PERIODICAL_ENTRY = re.compile(
    r"(?i)(?:an?\s+)?(?:weekly|daily|monthly|quarterly|evening|local)?\s*"
    r"(?:newspaper|paper|journal|magazine)\b"
)


class ClosingList:
    """The short titles a text's closing list of sources expands, looked up as cited."""

    def __init__(self, listed: str) -> None:
        self.listed = listed
        self._entries: dict[str, Cite | None] = {}

    def entry(self, key: str) -> Cite | None:
        """What the short title ``key`` stands for, as the list spells it out (once a key)."""
        if key not in self._entries:
            found = re.search(
                rf"(?:^\s*|[.)\n]\s+){re.escape(key)}:\s+(?P<entry>[^\n]+?\.)"
                r"(?=\s+[A-Z‘][^\n]{0,60}?:\s|\s*$|\s*\n)",
                self.listed,
            )
            self._entries[key] = _entry_cite(key, found["entry"]) if found else None
        return self._entries[key]

    def source(self, cited: str) -> tuple[Cite, str | None] | None:
        """The listed work a citation names by its short title, and the page it gives."""
        keyed = self._longest_key(cited)
        if keyed is None:
            return None
        cite, rest = keyed
        # "Walker, ‘Dialect of the Upper Calder’, Trans. Kersey Antiq. Soc. iii. 44": the
        # author's key, an article's title, then the journal it is in
        rest = re.sub(r"^[,\s]*(?:[‘“][^’”]+[’”],\s*)?", "", rest)
        container = self._longest_key(rest)
        if container is not None:
            held, rest = container
            cite = Cite(speaker=cite.speaker, work=held.work or cite.work)
        page = _PAGE.search(rest)
        return cite, page["page"] if page and "s.v." not in rest else None

    def _longest_key(self, cited: str) -> tuple[Cite, str] | None:
        ends = [m.start() for m in re.finditer(r"(?<=\S)[ ,]", cited)] + [len(cited)]
        for end in sorted(ends, reverse=True):
            cite = self.entry(cited[:end].rstrip(","))
            if cite is not None:
                return cite, cited[end:]
        return None


def _entry_cite(key: str, entry: str) -> Cite | None:
    """A list entry as an author (or body) and a title: "John Ashworth, Rambles in Kersey Vale
    (Halifax, 1823)."; "weekly newspaper, …" makes the key the paper's own name."""
    written = re.sub(r"\s*\([^()]*\)\s*\.?\s*$", "", entry.strip()).rstrip(". ")
    if _PERIODICAL_ENTRY.match(written):
        return Cite(speaker=key, work=key, periodical=True)
    parts = written.split(", ")
    if re.match(r"(?:The|A|An)\s", written) or len(parts) == 1 or not _A_PERSON.fullmatch(parts[0]):
        # a title first ("The Diary of Ann Lee, 1801–1830, ed. …"): the person the key names,
        # where the title gives them in full, wrote it
        title = re.split(r",\s+(?:ed|edited|trans|tr)\b\.?", written)[0]
        surname = re.escape(key.split(",")[0].split()[0])
        writer = re.search(rf"\b(?:[A-Z][a-z]+\s+){{1,2}}{surname}\b", title)
        return Cite(speaker=writer[0] if writer else None, work=title)
    quoted = re.search(r"[‘“](?P<title>[^’”]+)[’”]", written)
    return Cite(speaker=parts[0], work=quoted["title"] if quoted else parts[1])


def cited_first(before: str, listed: ClosingList) -> Cite | None:
    """The source a citation line right before the words names, or None."""
    # the line is short: only the end of what comes before is read (never the whole text)
    line = _CITED_FIRST.search(before, max(0, len(before) - 240))
    if line is None:
        return None
    body = line["body"].strip()
    if quoted_in := _QUOTED_IN.fullmatch(body):
        relay = listed.source(quoted_in["source"])
        if relay is None or not _A_PERSON.fullmatch(quoted_in["who"].strip()):
            return None
        book, page = relay
        return Cite(speaker=quoted_in["who"].strip(), page=page, via=book.speaker or book.work)
    if quoting := _QUOTING.fullmatch(body):
        relay = listed.source(quoting["source"])
        if relay is not None and _A_PERSON.fullmatch(quoting["who"].strip()):
            book, page = relay
            return Cite(speaker=quoting["who"].strip(), page=page, via=book.speaker or book.work)
    to_editor = _TO_EDITOR.fullmatch(body)
    if to_editor and _A_PERSON.fullmatch(to_editor["who"].strip()):
        return Cite(speaker=to_editor["who"].strip())
    if cited_in := _CITED_IN.fullmatch(body):
        held = listed.source(cited_in["source"])
        if held is not None and _A_PERSON.fullmatch(cited_in["who"].strip()):
            return Cite(speaker=cited_in["who"].strip(), work=held[0].work, page=held[1])
    source = listed.source(body)
    if source is None:
        return None
    cite, page = source
    return Cite(speaker=cite.speaker, work=cite.work, page=page, periodical=cite.periodical)


# a reading list's entry, opening its paragraph: "The Lighthouse Keepers Ruth Orme (1994).",
# "Ruth Orme, *The Lighthouse Keepers* (Oban, 1994)."
_AUTHOR = r"[A-Z][a-z]+(?:\s+[A-Z]\.)*\s+[A-Z][\w’'-]+"
_TITLE_FIRST = re.compile(
    rf"(?P<title>[A-Z*_‘“][^\n()]{{3,150}}?)\s+(?P<author>{_AUTHOR})"
    r"(?:\s+(?:with|and)\s+[^\n()]{3,60}?)?\s+\((?P<year>1[5-9]\d\d|20\d\d)\)\."
)
_AUTHOR_FIRST = re.compile(
    rf"(?P<author>{_AUTHOR}),\s+(?P<title>[A-Z*_‘“][^\n()]{{3,150}}?)\s+"
    r"\([^\n()]{0,80}?\b(?P<year>1[5-9]\d\d|20\d\d)\)\."
)
_SMALL_WORDS = {"of", "the", "and", "in", "on", "for", "to", "a", "an", "at", "with", "from", "by"}
# what the entry's author is said to print of someone else: "He also prints the letter of …"
# the entry's author by a pronoun: "which she calls", "he says"
ENTRY_AUTHOR_SAYS = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\s+(?:also\s+)?(?:says|calls|writes|describes|judges|concludes)\b"
)
PRINTS = re.compile(r"\b(?:He|She|They)\s+(?:also\s+)?(?:prints|quotes|reproduces|cites)\b")


def reading_list_entry(paragraph: str) -> tuple[str, str] | None:
    """The author and title a paragraph opening as a reading list's entry names, or None."""
    entry = _AUTHOR_FIRST.match(paragraph) or _TITLE_FIRST.match(paragraph)
    if entry is None:
        return None
    title = entry["title"].strip("*_‘’“” ")
    words = re.findall(r"[^\W\d_][\w’'-]*", title)
    if not words or not all(w[:1].isupper() or w in _SMALL_WORDS for w in words):
        return None  # prose, not a title: "The best account is by Ruth Orme (1994)."
    return entry["author"], title


# a lead-in whose subject is someone's book by its kind, the owner named by a possessive:
# "Kessell’s history calls it", "Moreton's biography is blunt:", "Cator's memoirs remember"
_WORK_OWNER = re.compile(
    r"^\W*(?P<owner>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]+)(?:’s|'s)\s+(?:[a-z]+\s+)?"
    r"(?:history|biography|autobiography|memoirs)\b"
)


def work_owner(sentence: str) -> str | None:
    """Whose book a lead-in's subject is ("Kessell’s history calls it “…”"): the writer, who
    speaks its words (the book the text's reading list gives them is the work); None when the
    sentence does not open so."""
    owned = _WORK_OWNER.match(sentence)
    return owned["owner"] if owned else None
