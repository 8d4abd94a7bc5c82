"""The text's glossary: every short form a text defines, read once from the whole text.

A careful reader keeps a little glossary while reading: initials given in a cast, team,
committee or attendance list, whatever shape the list takes ("Director: Idris Vaughan (IV)",
"HO — Hal Osei, site director", "Present: Cllr P. Rudd (PR), J. Amis (JA)", 'Hal Osei ("HO"
below)'), a body's abbreviation ("the Wyeford Canal Trust (hereafter "the Trust")"), a pen
name ("who wrote as “Linesman”"), the key letters of a source list ("A  Kemble, Ruth. *The
Kembles of Thornby*.") and the edition or volume labels a closing line keys ("Editions cited:
1st edn 1931; 2nd edn 1958, both *The Wyeford Recipe Book*"). Wherever the short form then
stands, as a speaker or in a citation, it stands for what the text defined it as; a label is
never itself a speaker or a work, and a label the text never defines gives no one and no work.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from bot.core.extract.reading.aliases import initials_of, short_forms
from bot.core.extract.reading.model import Cite
from bot.core.extract.reading.phrases import _clean_name, _without_honorific
from bot.core.extract.reading.vocabulary import _ABBREVIATION_KEY, _NAME, _PEN_NAME


@dataclass(frozen=True)
class Glossary:
    """What each short form of one text stands for."""

    # a person's or a body's short form -> the name the text gives in full ("HO" -> "Hal
    # Osei", "the Authority" -> "Wyeford Reservoir Authority", "Kedge" -> "Tom Hale")
    people: dict[str, str] = field(default_factory=dict)
    # a source list's key, an edition's or a volume's label -> the work (and its author):
    # "A" -> The Kembles of Thornby, "ed 2" / "ed 1958" -> the second edition's title, "vol 2"
    sources: dict[str, Cite] = field(default_factory=dict)
    # the text after its closing list's heading ("SOURCES CITED IN THIS PART", "Works
    # quoted"), where the short titles its citation lines use are spelt out; "" if none
    closing_list: str = ""


def read_glossary(text: str) -> Glossary:
    """Every short form ``text`` defines, wherever it defines it (read once per text)."""
    defined: list[tuple[str, str]] = [*_listed_initials(text), *short_forms(text).items()]
    defined += _named_below(text)
    for pen in _PEN_NAME.finditer(text):
        # "Walter Greaves, who wrote as “Long Stop”,": the pen name stands for him; a pen name
        # given to someone only described ("Its author, who signed himself …") is their name
        named = re.search(rf"(?P<name>{_NAME}),?\s*$", text[max(0, pen.start() - 80) : pen.start()])
        writer = _person_named(named["name"]) if named else None
        if writer:
            defined.append((pen["pen"], writer))
    people: dict[str, str] = {}
    meant: dict[str, set[str]] = {}
    for short, full in defined:
        people.setdefault(short, full)
        meant.setdefault(short, set()).add(re.sub(r"^(?:the|The)\s+", "", full).casefold())
    for short, fulls in meant.items():
        if len(fulls) > 1:
            del people[short]  # a short form the text gives two names: the reader does not guess
    sources = keyed_sources(text)
    for label, cite in _edition_labels(text).items():
        sources.setdefault(label, cite)
    headings = list(_CLOSING_LIST_HEADING.finditer(text))
    closing_list = text[headings[-1].end() :] if headings else ""
    return Glossary(people=people, sources=sources, closing_list=closing_list)


# the heading of a closing list of the sources a text cites by short title: "SOURCES CITED IN
# THIS PART", "Works quoted", "Short titles", "Bibliography" (in capitals anywhere, or as a line
# of its own)
_CLOSING_LIST_HEADING = re.compile(
    r"\b(?:(?:SOURCES|WORKS|BOOKS|TEXTS)\s+(?:CITED|QUOTED|USED)|SHORT\s+TITLES|BIBLIOGRAPHY)"
    r"\b(?:[ \t]+[A-Z]{2,}\b)*"
    r"|^[ \t#*]*(?:(?:Sources|Works|Books|Texts)\s+(?:cited|quoted|used)|Short\s+titles"
    r"|Bibliography)\b[^\n]{0,30}$",
    re.M,
)


# a list of the people a text cites by their initials, one a line after its heading:
# "Contributors" / "Observers", then "JRH John R. Holloway"
_PEOPLE_KEY_LIST = re.compile(
    r"^(?:Contributors|Observers|List of (?:contributors|observers))\s*:?\s*\n"
    r"(?P<lines>(?:[ \t]*\n)?"
    r"(?:[ \t]*(?:[A-Z][a-z]+[ \t]+){0,3}[A-Z]{2,4}[ \t]+[A-Z][^\n]{2,60}\n?)+)",
    re.MULTILINE,
)
# a key line: "JRH John R. Holloway", or a name's first words and the initials of the rest,
# "Hob Carr RG Hob Carr Ringing Group"
_PEOPLE_KEY_LINE = re.compile(
    r"^[ \t]*(?P<short>(?P<prefix>(?:[A-Z][a-z]+[ \t]+){0,3})(?P<initials>[A-Z]{2,4}))[ \t]+"
    r"(?P<full>[A-Z][^\n]{2,60}?)[ \t]*$",
    re.M,
)
# a rank or courtesy title before a name in a list: "Cllr", "Mrs", "the Rev."
_RANK = r"(?:(?:the\s+)?(?:[A-Z][a-z]{0,11}\.?)\s+){0,2}"
# initials as a list gives them: "HO", "H.O.", "H. O."
_INITIALS = r"(?:[A-Z]\.[ \t]?){2,4}|[A-Z]{2,4}"
# a list line that gives the initials first, then a dash or a colon and the name, then
# perhaps the role: "HO — Hal Osei, site director", "- TV: Tamsin Vey (finds)"
_INITIALS_FIRST = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]+)?(?P<short>{_INITIALS})[ \t]*(?:—|–|-{{1,2}}|:|=)[ \t]*"
    rf"(?P<full>{_RANK}{_NAME})[ \t]*(?:[,(;.][^\n]*)?$",
    re.M,
)
# a name with its initials in brackets, perhaps after a rank or with a role after them:
# "Cllr Peter Rudd (PR)", "Mrs J. Amis (JA, landowner)", "commodore Ellen Pardoe (EP)"
_INITIALS_AFTER = re.compile(
    rf"(?P<full>{_RANK}{_NAME})[ \t]+\((?P<short>{_INITIALS})(?:[,;][^()\n]{{0,40}})?\)"
)
# a role keyed by initials, then the one who holds it: "Lighting (LX): Sunita Pal"
_ROLE_KEYED = re.compile(
    rf"(?:^|[.;]\s+|\n)(?:[A-Z][a-z]+(?:\s+(?:and\s+)?[a-z]+){{0,3}})\s+\((?P<short>[A-Z]{{2,4}})\):"
    rf"[ \t]*(?P<full>{_NAME})"
)
# a short form in quote marks the text says it will use: 'Hal Osei ("HO" below)', "the Wyeford
# Reservoir Authority (hereafter “the Authority”)", "Ann Lowe (hereafter Lowe)"
_NAMED_BELOW = re.compile(
    r"(?P<full>(?:[A-Z][\w’'&-]*[ \t]+(?:(?:of|the|and|for|on|in)[ \t]+)?){0,5}[A-Z][\w’'&-]*)"
    r"[ \t]*\((?:[“\"‘](?P<before>(?:the\s+)?[A-Z][\w’'&. -]{0,24}?)[”\"’]\s+"
    r"(?:below|hereafter|henceforth|from\s+here\s+on|for\s+short|in\s+what\s+follows)"
    r"|(?:hereafter|henceforth)(?:\s+(?:called|referred\s+to\s+as|known\s+as|as))?\s+"
    r"(?:[“\"‘](?P<after>(?:the\s+)?[A-Z][\w’'&. -]{0,24}?)[”\"’]"
    # without quote marks: "(hereafter HO)", "(hereafter the Trust)"
    r"|(?P<plain>(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,2})))\)"
)


def _listed_initials(text: str) -> list[tuple[str, str]]:
    """The initials a list or a line of the text keys people by, each with the name in full
    (a rank dropped, a courtesy title kept): only where the initials fit the name, or a role
    the text keys explicitly."""
    found: list[tuple[str, str]] = []
    for listed in _PEOPLE_KEY_LIST.finditer(text):
        for line in _PEOPLE_KEY_LINE.finditer(listed["lines"]):
            prefix = " ".join(line["prefix"].split())
            rest = line["full"][len(prefix) :]
            if prefix and not (
                line["full"].startswith(prefix + " ") and line["initials"] in initials_of(rest)
            ):
                continue  # a prefix must be the name's first words, the rest its initials
            found.append((line["short"], line["full"]))
    for keyed in (*_INITIALS_FIRST.finditer(text), *_INITIALS_AFTER.finditer(text)):
        words = keyed["full"].split()
        short = re.sub(r"\s", "", keyed["short"])
        bare = short.replace(".", "")  # "H.O." is also written "HO" and, ending a sentence, "H.O"
        # the name the initials spell may follow other words: "Yesterday Hal Osei (HO)"
        written = (" ".join(words[at:]) for at in range(len(words) - 1))
        full = next((_person_named(w) for w in written if _fits(bare, w)), None)
        if full:
            found.extend((form, full) for form in dict.fromkeys((short, bare, short.rstrip("."))))
    for keyed in _ROLE_KEYED.finditer(text):
        full = _person_named(keyed["full"])
        if full:
            found.append((keyed["short"], full))
    return found


def _person_named(written: str) -> str | None:
    """A name as a list writes it, without a leading "the" or rank ("Cllr Peter Rudd" is Peter
    Rudd, "commodore Ellen Pardoe" Ellen Pardoe); None for no name of two words."""
    words = written.split()
    while words and words[0][:1].islower():
        words = words[1:]  # "commodore", "the"
    name = _clean_name(" ".join(words))
    if name is None:
        return None
    name = _without_honorific(name)
    return name if len(name.split()) >= 2 else None


def _fits(short: str, full: str) -> bool:
    """Whether initials spell a name: every word's, or the first and last words' ("HO" of
    "Hal Osei", "JRH" of "John R. Holloway"), a courtesy title left out."""
    bare = _without_honorific(full)
    bare = re.sub(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+", "", bare)
    words = re.findall(r"[A-Z][\w’'-]*", bare)
    return short in initials_of(bare) or (len(words) >= 2 and short == words[0][0] + words[-1][0])


def _named_below(text: str) -> list[tuple[str, str]]:
    """The short forms the text says it will use for a name: 'Hal Osei ("HO" below)', "the
    Wyeford Reservoir Authority (hereafter “the Authority”)"; a "the" form is also the word
    alone ("the Authority", "The Authority", "Authority")."""
    found: list[tuple[str, str]] = []
    for named in _NAMED_BELOW.finditer(text):
        full = re.sub(r"^(?:The|the)\s+", "", named["full"].strip())
        short = " ".join((named["before"] or named["after"] or named["plain"]).split())
        if len(full.split()) < 2 or short == full:
            continue
        bare = re.sub(r"^(?:the|The)\s+", "", short)
        for form in {short, bare, f"the {bare}", f"The {bare}"} if bare != short else {short}:
            found.append((form, full))
    return found


# a list of sources keyed by a short label, one a line, the label set apart by a wide space or
# a tab: "A  Kemble, Ruth. The Kembles of Thornby. Privately printed, 1931.", "CD4  …"
_SOURCE_KEY_LINE = re.compile(
    r"^[ \t]*(?P<key>[A-Z]{1,3}\d{0,2}(?:\.\d{1,2})?)(?:[ \t]{2,}|\t)"
    r"(?P<entry>[A-Z‘“\"][^\n]{3,200})$",
    re.M,
)
# a key in brackets before its entry: "[P]  Pell, Agnes. …", "(P) Pell, Agnes. …" (a key only
# where the text cites the label)
_SOURCE_KEY_BRACKETED = re.compile(
    r"^[ \t]*[\[(](?P<key>[A-Z]{1,3}\d{0,2})[\])][ \t]+(?P<entry>[A-Z‘“\"*_][^\n]{3,200})$", re.M
)
# a source keyed by a label and a colon or a dash, on a line of its own: "G: *Wyeshire
# Gazette*.", "B — Auden, Thomas. *Sheepcote*." (a key only where the text cites the label)
_SOURCE_KEY_COLON = re.compile(
    r"^[ \t]*(?P<key>[A-Z]{1,3}\d{0,2})[ \t]*(?::|—|–|=)[ \t]*(?P<entry>[A-Z‘“\"*_][^\n]{3,200})$",
    re.M,
)
# a keyed entry: "Kemble, Ruth. The Kembles of Thornby. …", "Harrowgate Borough Council.
# Harrowgate Local Plan. 2018.", 'Arbery, Gwen. "Why We Walk". …', "Northampton Mercury."
_KEYED_ENTRY = re.compile(
    r"^(?:(?P<surname>[A-Z][\w’'-]+),\s+(?P<given>(?:[A-Z][a-z’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z’'-]+|[A-Z]\.)){0,3}?)\.?(?<=\.)\s+"
    r"|(?P<body>[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|the|and|for)){1,6})\.\s+(?=\S))?"
    r"(?:[‘“\"](?P<quoted>[^’”\"]{2,120})[’”\"]|(?P<title>[A-Z][^.\n]{1,120}))"
)


def keyed_sources(text: str) -> dict[str, Cite]:
    """The labels a text's source list defines, each as the work (and author) it stands for:
    a reader looks a label up where the text defines it. A lone line set apart by a wide
    space is no list; a line "G: *Title*." keys "G" where the text cites "(G, …)"."""
    lines = list(_SOURCE_KEY_LINE.finditer(text))
    if len(lines) < 2:
        lines = []
    lines += [
        line
        for line in (*_SOURCE_KEY_COLON.finditer(text), *_SOURCE_KEY_BRACKETED.finditer(text))
        # "(G, 4 May 1901)", "(G)", "(P 22)", "[P, p. 14]"
        if re.search(rf"[(\[]{re.escape(line['key'])}(?:[,:\s][^()\[\]\n]*)?[)\]]", text)
        # "WG — *Wexcombe Gazette* (weekly). …": an abbreviation's key, read with the text's
        # other abbreviations
        and not _ABBREVIATION_KEY.match(line[0])
    ]
    keys: dict[str, Cite] = {}
    for line in lines:
        written = re.sub(r"[*_]", "", line["entry"]).strip()
        entry = _KEYED_ENTRY.match(written)
        if entry is None or re.match(r"(?i)(?:letter|email|note|minutes)\b", written):
            keys.setdefault(line["key"], Cite(described=True))  # a document described
            continue
        title = (entry["quoted"] or entry["title"] or "").strip().rstrip(".,")
        author = f"{entry['given'].rstrip('.')} {entry['surname']}" if entry["surname"] else None
        if entry["surname"] is None and entry["body"] is None:
            keys.setdefault(line["key"], Cite(work=title, periodical=True))  # "Mercury."
        else:
            keys.setdefault(line["key"], Cite(speaker=author or entry["body"], work=title))
    return keys


# a line or paragraph that keys the editions or volumes the text cites, up to its colon:
# "Earlier editions cited:", "Handbook editions cited:", "Auden's volumes are cited by number:"
_LABEL_DEFINITION = re.compile(
    r"^[^\n:]{0,60}\b(?P<kind>editions?|edns?|volumes?|vols?)\b[^\n:]{0,40}:(?P<body>[^\n]+)$",
    re.M | re.I,
)
# an edition's or a volume's label as a text writes it: "2nd edn", "1952 ed.", "the first
# edition", "vol. II", "volume 3"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_EDITION_LABEL = (
    r"(?P<edition>(?P<number>\d{1,2})(?:st|nd|rd|th)|(?P<word>first|second|third|fourth|fifth|"
    r"sixth)|(?P<year>1[5-9]\d\d|20\d\d))\s+(?:edn|ed|edition)\b\.?"
)
_VOLUME_LABEL = r"\bvol(?:ume)?\.?\s+(?P<volume>[IVXL]{1,6}|\d{1,2})\b"
_LABEL = re.compile(rf"(?i:{_EDITION_LABEL})|(?i:{_VOLUME_LABEL})")
# where an entry of a definition ends: a semicolon, or a full stop that ends no abbreviation
_ENTRY_END = re.compile(r";\s+|(?:(?<=[\d)\]*_”’\"])|(?<=[A-Za-z]{4}))\.\s+")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
# a title in plain type, as a text without italics writes one: capitalised words and the small
# words between them ("The Wyeford Recipe Book", "Walks from Marlow Heath")
_TITLE_WORDS = (
    r"[A-Z][\w’'-]*(?:[ \t]+(?:[A-Z0-9][\w’'-]*|of|the|and|in|on|for|to|a|an|at|with|from)){0,10}"
)
# where an edition list names its title in plain type: after "both", "all" or a dash ("1st
# edn 1931; 2nd edn 1958 — both The Wyeford Recipe Book")
_PLAIN_TITLE = re.compile(
    r"(?:\b(?:[Bb]oth|[Aa]ll|[Ee]ach)(?:\s+(?:are|were|is|of))?\s+|[—–:][ \t]*)"
    rf"(?P<title>{_TITLE_WORDS})"
)
_OPENING_TITLE = re.compile(rf"[ \t]*(?P<title>{_TITLE_WORDS})")
# a line of an edition or volume list: the label, a wide space or a mark, the entry
_LABEL_LINE = re.compile(
    rf"^[ \t]*(?:{_LABEL.pattern})[ \t]*(?:[:—–=]|[ \t]{{2,}}|\t|,)[ \t]*"
    r"(?P<entry>[^\n]{3,200})$",
    re.M,
)


def label_key(label: re.Match[str]) -> str | None:
    """One spelling of an edition's or volume's label: "ed 2", "ed 1952", "vol 2"."""
    if label["volume"]:
        return f"vol {_number(label['volume'])}"
    if label["number"]:
        return f"ed {int(label['number'])}"
    if label["word"]:
        return f"ed {_ORDINALS[label['word'].lower()]}"
    return f"ed {label['year']}" if label["year"] else None


def _number(written: str) -> int:
    if written.isdigit():
        return int(written)
    values = [_ROMAN[c] for c in written.upper()]
    return sum(-v if n + 1 < len(values) and v < values[n + 1] else v for n, v in enumerate(values))


def _edition_labels(text: str) -> dict[str, Cite]:
    """The edition and volume labels a closing line keys, each as the titled work it stands
    for: a label's work is the title of its entry, else the next title the line gives ("1st
    edn 1964; 3rd edn 2011. Both are *Sailing on Wyeford Water*, by Harold Pym."); "by" names
    the author, "ed." an editor, who speaks none of the words."""
    labels: dict[str, Cite] = {}
    lines = list(_LABEL_LINE.finditer(text))
    for line in lines if len(lines) >= 2 else []:
        # a list of them, one a line: "1st edn   The Wyeford Recipe Book (1931)"
        listed = _entry_work(line["entry"], opening=True)
        keys = [k for k in [label_key(line)] if k]
        if line["edition"]:  # "… (1931)": the year names the edition too
            keys += [f"ed {year}" for year in re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", line[0])]
        if listed is None:
            continue
        for key in keys:
            labels.setdefault(key, listed)
    for definition in _LABEL_DEFINITION.finditer(text):
        editions = definition["kind"].lower().startswith("ed")
        body = definition["body"]
        cuts = [0, *(m.end() for m in _ENTRY_END.finditer(body)), len(body)]
        entries = [body[a:b] for a, b in itertools.pairwise(cuts) if body[a:b].strip()]
        titled = [_entry_work(entry) for entry in entries]
        for at, entry in enumerate(entries):
            work = titled[at] or next((t for t in titled[at + 1 :] if t), None)
            if work is None:
                continue
            keys = [k for m in _LABEL.finditer(entry) if (k := label_key(m))]
            if editions:  # "ed. Lilian Roe (…, 1952)": the year names the edition
                keys += [f"ed {year}" for year in re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", entry)]
            for key in keys:
                labels.setdefault(key, work)
    return labels


def _entry_work(entry: str, *, opening: bool = False) -> Cite | None:
    """The work an entry of an edition list names in italics, or in plain type after "both"
    or a dash (or, ``opening``, at its start), with its author after "by"."""
    title = re.search(r"(?<![\w*])[*_](?P<title>[^*_\n]{2,120}?)[*_](?!\w)", entry)
    if title is None:
        title = (_OPENING_TITLE.match if opening else _PLAIN_TITLE.search)(entry)
    if title is None:
        return None
    # its author: "by Harold Pym", not who edited, revised or compiled it
    author = re.search(
        rf"(?<!edited )(?<!revised )(?<!compiled )(?<!translated )(?<!introduced )"
        rf"(?<!illustrated )\bby\s+(?P<name>(?:the\s+)?{_RANK}{_NAME})",
        entry[title.end() :],
    )
    speaker = _person_named(author["name"]) if author else None
    work = re.sub(r"(?:\s+(?:of|the|and|in|on|for|to|a|an|at|with|from))+$", "", title["title"])
    return Cite(speaker=speaker, work=work.strip())
