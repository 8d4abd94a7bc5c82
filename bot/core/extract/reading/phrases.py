"""Small helpers on the words of names, titles, pages and sentences."""

from __future__ import annotations

import re

from bot.core.extract.reading.vocabulary import (
    _BODY,
    _BODY_NAME,
    _BOOK_NAMES,
    _BOOK_ONLY_WITH_VERSE,
    _CALLED_TITLE,
    _CLASSIC_REFERENCE,
    _GENRE_TITLE,
    _HONORIFIC,
    _LOCATOR,
    _LOCATOR_LABELS,
    _NOT_NAMES,
    _NOT_PEOPLE,
    _NOT_PERSON_ENDINGS,
    _NUMBERED_BOOKS,
    _OTHER_LOCATOR,
    _PAGE,
    _PARTICLES,
    _PERSON_NOUNS,
    _REFERENCE_IN_PROSE,
    _ROLE_NOUN,
    _SCRIPTURE_REFERENCE,
    _SERIAL_TITLE,
    _SPEECH_VERBS,
    _TIME_STAMP,
    _TIME_WORDS,
    _TITLES,
)

# a letter's postscript mark: "P.S.", "PS", "P.P.S."
_POSTSCRIPT = re.compile(r"P\.?\s?(?:P\.?\s?)?S\.?:?")


def _clean_name(name: str) -> str | None:
    # "NORMAN HARGREAVES", "THE BRAYFORD CORPORATION": one name, as running prose writes it
    words = _where_the_name_starts(_in_running_letters(_within_its_line(name)).split())
    postscript = [n for n, w in enumerate(words) if _POSTSCRIPT.fullmatch(w)]
    if postscript:  # "Marguerite / P.S. Olu says": a letter's postscript opens after its
        words = words[postscript[-1] + 1 :]  # signature; "P.S." is no initial of a name
    while words and (
        (
            words[0].rstrip(".") in _NOT_NAMES
            and words[0].rstrip(".") not in _TITLES
            and not (re.fullmatch(r"[A-Z]\.", words[0]) and len(words) > 1)  # "A. Pell"
        )
        or re.fullmatch(_SPEECH_VERBS, words[0].lower())
        or (len(words) >= 3 and re.fullmatch(r"[A-Z][a-z]+ing", words[0]))
    ):
        words = words[1:]  # "As", "The"; "Said Lenin"; a title's "Reading Ann Lyle …"
    words = _where_the_name_ends(words)
    while words and words[-1].rstrip(".,") in _NOT_NAMES:
        if (
            len(words) >= 2
            and words[-1].rstrip(".,") in ("Lord", "Lady")
            and words[-2][:1].isupper()
        ):
            break  # "Mrs Jean Lord": a title after a name is a surname
        words = words[:-1]
    while len(words) >= 2 and re.fullmatch(r"(?=[A-Z]*[AEIOU])[A-Z]{4,}|THE|AND", words[0]):
        words = words[1:]  # "WRITER Sowerby" across a heading's line end: a heading's word
        # (not a short abbreviation: "ITV Tyne Tees" is a channel)
    owner = next((n for n, w in enumerate(words[:-1]) if w.endswith(("’s", "'s"))), None)
    if (
        owner is not None
        and owner >= 1
        and not any(
            _NOT_PERSON_ENDINGS.search(w) or _BODY_NAME.search(w) for w in words[owner + 1 :]
        )
    ):  # "Edith Rowe’s The Winter Mail": a full name's possessive ends it (the name owns a
        # work); "Oduya's Nell" (a character), "St Anne’s Church" (a place) and "Tamar
        # Watermen's Guild" (a body) are read elsewhere
        words = words[: owner + 1]
    if not words:
        return None
    cleaned = " ".join(words).rstrip(",.")
    if re.search(r"\b(?:Jr|Sr|Jnr|Snr|Co|Ltd|Bros|Inc)$", cleaned) and words[-1].endswith("."):
        cleaned += "."  # "Tom Hale Jr.", "Nicholson & Co.": the suffix's full stop is the name's
    if cleaned.endswith(("’s", "'s")):
        cleaned = cleaned[:-2]
    if cleaned.endswith(" et al"):
        cleaned += "."  # "Okafor et al.": several authors, named as the citation names them
    return cleaned or None


# where a name is read to begin: no time, place, postscript mark or office before it is part of
# it. A weekday, a month (one that is no given name), a season or a feast opens a time phrase
# ("In March Brennard Logistics", "On Saturday Hale Town Band", "Last Easter Ruth Pike");
# "April", "May", "June" and "August" are names too, dropped only after a preposition
_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_TIME_NAMES = _WEEKDAYS | {
    "January", "February", "March", "July", "September", "October", "November", "December",
    "Spring", "Summer", "Autumn", "Winter", "Easter", "Christmas", "Whitsun", "Michaelmas",
}  # fmt: skip
_MONTH_NAMES = {"April", "May", "June", "August"}
# a time said by an adverb opening the sentence: "Yesterday Kirkby Weavers Guild announced"
_TIME_ADVERBS = {
    "Yesterday", "Today", "Tonight", "Tomorrow", "Recently", "Earlier", "Afterwards",
    "Eventually", "Subsequently", "Previously", "Originally", "Formerly", "Lately", "Nowadays",
}  # fmt: skip
_TIME_OPENERS = {"In", "On", "At", "By", "Last", "Next", "This", "Each", "Every", "Early", "Late"}
# "At Harwich Ann Pike …", "In Leeds Tom Hale …": a place opening the sentence before a full name
_PLACE_OPENERS = {"At", "In", "From", "Near", "Outside", "Across"}
# what the text says of someone before their name, no part of it: "Old Tom Pickles"
_DESCRIBING_WORDS = {"Old", "Young", "Little", "Big", "Poor", "Dear", "Late", "Grand"}
_COURTESY_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Mx"}
_POSTSCRIPT = re.compile(r"(?:P\.\s?S|PS|N\.\s?B|NB)\.?")
# offices a text sets before a full name ("Club President Alan Fothergill", "Regional Organiser
# Precious Nkemelu", "Registrar Hilary Doughty"): the office and the capitalised words that
# qualify it ("Club", "Head", "Fixtures") are no part of the name
_OFFICES = {
    "president", "vice-president", "secretary", "treasurer", "registrar", "organiser",
    "organizer", "chair", "chairman", "chairwoman", "chairperson", "convenor", "convener",
    "coordinator", "co-ordinator", "officer", "governor", "principal", "headteacher",
    "headmaster", "headmistress", "greenkeeper", "groundsman", "clerk", "steward", "warden",
    "manager", "director", "administrator", "spokesman", "spokeswoman", "spokesperson",
    "captain", "skipper", "coach", "referee", "umpire", "trustee", "patron", "custodian",
    "keeper", "curator", "librarian", "archivist", "historian", "editor", "superintendent",
    "inspector", "commissioner", "controller", "leader", "representative", "delegate",
    "agent", "adviser", "advisor", "consultant", "caretaker", "verger", "sexton", "churchwarden",
    "bandmaster", "conductor", "choirmaster", "organist", "ranger", "matron", "commodore",
    "bursar", "provost", "chaplain", "almoner", "marshal", "usher", "celebrant", "mayor",
    "mayoress", "councillor", "alderman", "sheriff", "coroner", "magistrate", "master",
    "harbourmaster", "stationmaster", "postmaster", "postmistress", "schoolmaster",
    "quartermaster", "bailiff", "whip", "emeritus", "emerita", "coxswain", "rep",
    # a court's and a government's: "Recorder Ann Hale", "the Minister, Ruth Kay MP,"
    "recorder", "minister", "chancellor",
    # ranks a police, army or navy report abbreviates: "PC Dave Hollins", "DCI Ann Pike"
    "pc", "wpc", "pcso", "dc", "ds", "di", "dci", "dsi", "dcs", "det", "insp", "supt", "sgt",
    "pte", "cpl", "lcpl", "l/cpl", "bdr", "lt", "capt", "maj", "col", "gen", "brig", "cdr",
}  # fmt: skip
# letters after a name for an honour, a degree or an office ("Ruth Kay OBE", "John Hale MBE
# JP", "Anna Whitfield BVM&S"): no part of the name
_POST_NOMINALS = re.compile(
    r"(?:[GKDCMO]BE|BEM|CH|OM|VC|GC|GM|MC|DSO|DFC|QPM|JP|DL|MP|MSP|MS|MEP|AM|QC|KC|FRS|FRSA|FSA|"
    r"FBA|RA|RN|RAF|PhD|DPhil|MA|BA|BSc|MSc|MD|DD|LLB|LLD|FRCP|FRCS|MRCVS|BVM&S|BVMS|RIBA|"
    r"FRIBA|CEng|FREng|Bt|Bart)\.?,?"
)


def _within_its_line(name: str) -> str:
    """A name never runs across a blank line (a heading's words and the paragraph under it:
    "Translator’s Note" / "Signe Aarvik’s …") nor across a line end into a postscript ("Love,
    Biscuit" / "P.S. Femi says"): its words are those of the last part that names anyone. A
    name wrapped at a running paragraph's line end is one name."""
    parts = re.split(r"\n(?:[ \t]*\n)+|\n(?=[ \t]*" + _POSTSCRIPT.pattern + r")", name)
    named = [p for p in parts if any(w.rstrip(".,") not in _NOT_NAMES for w in p.split())]
    return named[-1] if named else name


def _where_the_name_starts(words: list[str]) -> list[str]:
    """The words of a written name from where the name begins: a postscript mark, a time
    phrase, a place opening the sentence, an office with its qualifiers are read before it."""
    if words and _POSTSCRIPT.fullmatch(words[0]):
        words = words[1:]  # "P.S. Femi says": Femi
    if (
        len(words) >= 3
        and words[0] in _DESCRIBING_WORDS
        and (_looks_like_a_persons_name(words[1:]) or words[1].rstrip(".") in _COURTESY_TITLES)
    ):
        words = words[1:]  # "Old Tom Pickles", "Young Mr Hale": how the text speaks of them
    timed = _time_phrase_length(words)
    if timed:
        words = words[timed:]  # "In March Brennard Logistics", "On Saturday Hale Town Band"
    elif len(words) == 4 and words[0] in _PLACE_OPENERS and _looks_like_a_persons_name(words[2:]):
        words = words[2:]  # "At Garstang Dorothy Pilling": the sentence's place, then her name
    office = max(
        (
            n
            for n, word in enumerate(words[:-2])
            if _is_office(word) and all(w[:1].isupper() for w in words[: n + 1])
        ),
        default=None,
    )
    if office is not None and _looks_like_a_persons_name(words[office + 1 :]):
        words = words[office + 1 :]  # "Fixtures Secretary Kathleen Birtwistle"
    return words


# a word of a name set in capitals ("HARGREAVES", "O'HAGAN", "ADEYEMI-HOLT"), not initials
_IN_CAPITALS = re.compile(r"(?=[A-Z’'-]*[AEIOUY])[A-Z][A-Z’'-]+")


def _in_running_letters(name: str) -> str:
    """A name of two words or more set in capitals ("NORMAN HARGREAVES", small caps' text) as
    running prose writes it: each word's first letter and each after an apostrophe or a hyphen
    capital ("O'Hagan", "Adeyemi-Holt"); any other name as it is."""
    words = name.split()
    capitals = [bool(_IN_CAPITALS.fullmatch(w.rstrip(",."))) for w in words]
    initials = [bool(re.fullmatch(r"(?:[A-Z]\.)+", w.rstrip(","))) for w in words]
    if (
        len(words) < 2
        or not any(capitals)
        or not all(c or i for c, i in zip(capitals, initials, strict=True))
    ):
        return name  # "J. R. HALE" is J. R. Hale; "ITV", "Ann PIKE" are as written
    return " ".join(
        re.sub(r"[A-Z]+", lambda part: part[0][0] + part[0][1:].lower(), w) for w in words
    )


def _where_the_name_ends(words: list[str]) -> list[str]:
    """The words of a written name up to where the name ends: the letters after it for an
    honour, a degree or an office are no part of it ("Ruth Kay OBE", "John Hale MBE JP")."""
    while len(words) >= 3 and _POST_NOMINALS.fullmatch(words[-1]):
        words = words[:-1]
    return words


def _time_phrase_length(words: list[str]) -> int:
    """How many of ``words`` are a time phrase opening them ("In March", "On Saturday", "Last
    Easter", "Tuesday"), with the words after it left (0 if none)."""
    if len(words) >= 3 and words[0].rstrip(",") in _TIME_ADVERBS:
        return 1
    start = 1 if words and words[0] in _TIME_OPENERS else 0
    timed = start
    while (
        timed < len(words) - 1
        and (
            words[timed].rstrip(",") in _TIME_NAMES
            or (timed >= 1 and words[timed].rstrip(",") in _MONTH_NAMES)
            # a feast's day ("Boxing Day", "Christmas Eve") before two words or more
            or (words[timed].rstrip(",") in ("Day", "Eve") and timed < len(words) - 2)
            or (
                timed < len(words) - 3
                and words[timed + 1].rstrip(",") in ("Day", "Eve")
                and words[timed][:1].isupper()
            )
        )
    ):
        timed += 1
    return timed if timed > start else 0


def _after_an_office_of(name: str, before: str) -> str:
    """``name`` without the words that end an office written with "of" or "for" before it
    ("Director of Music Alan Price", "Master of the Rolls Lord Denning", "Secretary for Health
    Ann Hale"): the person's name after them, when two words or more are left."""
    office = re.search(r"\b([A-Z][a-z-]+)\s+(?:of|for)\s+(?:the\s+)?$", before)
    if office is None or office[1].lower() not in _OFFICES | _OFFICES_WITH_OF:
        return name
    words = name.split()
    for start in range(1, len(words) - 1):
        rest = words[start:]
        if (
            _looks_like_a_persons_name(rest)
            or (_HONORIFIC.match(" ".join(rest)) and _looks_like_a_persons_name(rest[1:]))
            or (rest[0] in ("Lord", "Lady") and len(rest) == 2)
        ):
            return " ".join(rest)
    return name


# heads of an office written with "of": "Head of Science", "Master of the Rolls"
_OFFICES_WITH_OF = {"head", "master", "mistress", "keeper", "minister", "dean", "warden"}


def _names_an_office(written: str) -> bool:
    """Whether a capitalised phrase is an office, not a name: its last word one ("Honorary
    Treasurer", "Club President", "Registrar")."""
    words = re.sub(r"^(?:The|Our|Their|Its|His|Her)\s+", "", written.strip()).split()
    return bool(words) and (_is_office(words[-1]) or words[-1].lower() in _HEAD_ROLES)


def _is_office(word: str) -> bool:
    """An office's word, also joined to what qualifies it ("Vice-Captain", "Co-ordinator")."""
    word = word.lower().rstrip(",.")
    return word in _OFFICES or any(part in _OFFICES for part in word.split("-"))


def _looks_like_a_persons_name(words: list[str]) -> bool:
    """Two to four capitalised words none of which ends a body's, a place's or a thing's name."""
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and words[0] not in _NOT_NAMES
        and not any(_NOT_PERSON_ENDINGS.search(w) or _BODY_NAME.search(w) for w in words)
    )


def _surname(name: str) -> str:
    """The family name a name ends in, with its particles and without a suffix: "de la Haye" of
    "Marcus de la Haye", "O'Driscoll" of "Tom O'Driscoll Jr.", "Ward" of "Ann Ward III"."""
    words = name.split()
    while len(words) >= 2 and re.fullmatch(r"(?:Jr|Sr|Jnr|Snr)\.?|I{2,3}|IV", words[-1]):
        words = words[:-1]
    last = len(words) - 1
    while last >= 1 and re.fullmatch(_PARTICLES, words[last - 1]):
        last -= 1  # a particle belongs to the surname
    return " ".join(words[last:])


def _person_after_owner(name: str) -> str | None:
    """The person a body's, a paper's or a place's possessive describes: "Tollbridge Mercury’s
    Jim Carlow", "Ormsby's Lisa Marchetti" (two capitalised words or more after the owner, not
    a title opening with an article as "Edith Rowe’s The Winter Mail"), else None."""
    words = name.split()
    owner = max((n for n, w in enumerate(words[:-1]) if w.endswith(("’s", "'s"))), default=None)
    if owner is None:
        return None
    person = words[owner + 1 :]
    if (
        len(person) < 2
        or person[0] in _NOT_NAMES
        or any(_NOT_PERSON_ENDINGS.search(w) or _BODY_NAME.search(w) for w in person[1:])
    ):
        return None
    return " ".join(person)


def _person_after_office(name: str) -> str | None:
    """The person a place and an office in capitals describe before their name ("Eastmere MP
    Sarah Okonkwo-Hill", "Wessex MEP Tom Hale"): the two words or more after the office, or
    None (an opening abbreviation is a name's: "RW Thurston", "ITV Tyne Tees")."""
    words = name.split()
    office = max(
        (n for n, w in enumerate(words) if n >= 1 and re.fullmatch(r"[A-Z]{2,4}", w)), default=None
    )
    if office is None or len(words) - office - 1 < 2:
        return None
    return " ".join(words[office + 1 :])


def _person_after_role(name: str) -> str | None:
    """The person a role capitalised at the head of a sentence describes ("Shopkeeper Li Wei",
    "Groundsman Colin Platt"): the two words or more after it, or None."""
    words = name.split()
    head = words[0].lower() if words else ""
    if (
        len(words) >= 3
        and words[0][:1].isupper()
        and (head in _PERSON_NOUNS or head in _HEAD_ROLES)
    ):
        return " ".join(words[1:])
    return None


# roles a news story sets before a name at the head of a sentence ("Shopkeeper Li Wei"); not
# a role noun by its ending alone, which given names share ("Peter", "Brian", "Victor")
_HEAD_ROLES = {
    "shopkeeper", "groundsman", "groundswoman", "landlord", "landlady", "publican", "farmer",
    "teacher", "headteacher", "campaigner", "volunteer", "historian", "archivist", "secretary",
    "chairman", "chairwoman", "treasurer", "manager", "coach", "organiser", "organizer",
    "spokesman", "spokeswoman", "spokesperson", "curator", "librarian", "caretaker", "driver",
    "doctor", "student", "parent", "owner", "founder", "director", "editor", "reporter",
    "columnist", "critic", "novelist", "poet", "artist", "author", "photographer", "engineer",
    "surveyor", "solicitor", "barrister", "midwife", "postman", "postwoman", "fisherman",
    "gamekeeper", "ranger", "gardener", "beekeeper", "councillor", "captain", "skipper",
}  # fmt: skip


def _without_honorific(name: str) -> str:
    """A rank or office before a full name is dropped ("Alderman Jonas Pelly" is Jonas
    Pelly); a courtesy title ("Mr Tobias Wake") or a title before a surname alone is kept."""
    honorific = _HONORIFIC.match(name)
    # ("Mr Recorder Alan Kitson" is a judge's style, no courtesy title)
    if honorific is None or re.match(r"(?:Mr|Mrs|Ms|Miss)\b(?!\s+Recorder\b)", name):
        return name  # a courtesy title is how the essay addresses someone: kept as written
    rest = name[honorific.end() :]
    if len(rest.split()) < 2:
        return name
    return _without_honorific(rest)  # "Councillor Dame Ruth Amory": Ruth Amory


def _is_person_noun(word: str) -> bool:
    """ "sergeant", "keeper", "widow": a word that names a person, not a thing or a time."""
    word = word.lower()
    return (
        word not in _NOT_PEOPLE
        and word not in _TIME_WORDS
        and (word in _PERSON_NOUNS or bool(_ROLE_NOUN.search(word)))
    )


def _surely_a_person(word: str) -> bool:
    """A person noun by its word or a long role ending ("pupil", "Psalmist", "parishioner"),
    not a short word that only ends like one ("list", "mist")."""
    return word.lower() in _PERSON_NOUNS or (len(word) >= 6 and _is_person_noun(word))


def _head_words(words: list[str]) -> list[str]:
    """The words of an unnamed phrase before what qualifies it ("spring" of "the spring of
    1911", "apprentice" of "An old apprentice of the 1920s"), without its determiner."""
    head: list[str] = []
    for word in words[1:]:
        if word in ("of", "at", "in", "from", "on", "who", "that"):
            break
        head.append(word.lower())
    return head


def _page(text: str) -> str | None:
    found = _PAGE.search(text)
    return _page_form(found.group("page")) if found else None


def _page_form(page: str) -> str:
    """A page as stored: "12-14", "12n3" (page 12, its note 3), "12ff" (and the pages after)."""
    page = re.sub(r"\s*[-–—]\s*", "-", page.strip().rstrip("."))
    page = re.sub(r",?\s*n\.?\s*(?=\d+$)", "n", page)
    return re.sub(r"\s+(?=ff?$)", "", page)


def locator(citation: str) -> tuple[str, str] | None:
    """A citation's place in its work that is no page, with its label ("fol. 12r", "col. 4",
    "ll. 3-5", "para. 9", "sig. B2") or a recording's time stamp ("00:14:32"), and the
    citation without it; None when it gives none."""
    found = _OTHER_LOCATOR.search(citation) or _TIME_STAMP.search(citation)
    if found is None:
        return None
    at = re.sub(r"\s*[-–—]\s*", "-", found.group("at"))
    if "label" in found.re.groupindex:
        word = found.group("label").lower().rstrip(".")
        word = "l" if word == "ll" else word if word in _LOCATOR_LABELS else word.rstrip("s")
        label = _LOCATOR_LABELS.get(word, "para.")  # "¶", "¶¶"
        # a question number is written close up, as committees print it ("Q14", "Qq31-33")
        space = "" if label in ("Q", "Qq") else " "
        at = f"{'ll.' if label == 'l.' and '-' in at else label}{space}{at}"
    rest = (citation[: found.start()] + citation[found.end() :]).strip(" ,;:")
    return at, rest


def canonical_reference(citation: str) -> tuple[str, str | None, str | None] | None:
    """A citation by a text's own numbering, as ``(work, place, author)``: scripture by book,
    chapter and verse ("Gen. 4.9" is Genesis, "4:9"; "1 Cor. 13:4" is 1 Corinthians, "13:4"),
    a classic by book and line, act, scene and line or a Stephanus number ("Aeneid 6.851",
    "Hamlet 3.1.56", "Republic 514a", also after its author: "Virgil, Aeneid 6.851"). Chapter
    and verse are written with a colon, a range with a hyphen; a whole chapter ("Ps. 23") is a
    division of the book and gives no place. None when the citation is none of these."""
    citation = " ".join(citation.split()).strip(" .,;")
    if (scripture := _SCRIPTURE_REFERENCE.match(citation)) is not None:
        written = scripture["book"].lower()
        book = _BOOK_NAMES.get(written)
        number = scripture["number"]
        numbered = book in _NUMBERED_BOOKS or book == "John"
        if (
            book is not None
            and (number is None or numbered)
            and (number is not None or book not in _NUMBERED_BOOKS)
            and (scripture["verse"] or written not in _BOOK_ONLY_WITH_VERSE)
        ):
            if number is not None:
                order = {"i": "1", "ii": "2", "iii": "3", "first": "1", "second": "2"}
                book = f"{order.get(number.lower(), '3' if number[0] in 'Tt' else number)} {book}"
            place = None
            if scripture["verse"]:
                place = f"{scripture['chapter']}:{scripture['verse']}"
                if scripture["end"]:
                    place += "-" + re.sub(r"\s*[:.]\s*", ":", scripture["end"])
            return book, place, None
    classic = _CLASSIC_REFERENCE.match(citation)
    if classic is None or _LOCATOR.search(classic["title"]) or _PAGE.search(classic["title"]):
        return None
    if re.fullmatch(
        r"(?i)tables?|appendix|app|annex|exhibit|map|plan|schedule|tab", classic["title"]
    ):
        return None  # "(Table 2.1)", "(Appendix 3.4)": a part of a report, no classic
    if re.search(r"\b(?:1[5-9]\d\d|20\d\d)\b", citation):  # "(Dale 1990.4)": a year
        return None
    place = re.sub(r"\s*[-–—]\s*", "-", classic["at"])
    return classic["title"], place, classic["author"]


def _sentence_end(text: str) -> int:
    """Where the sentence ``text`` starts in ends: its first full stop, question or exclamation
    mark outside parentheses ("pp. 112" inside a citation does not end it)."""
    depth = 0
    for index, char in enumerate(text):
        depth += (char in "([") - (char in ")]")
        following = text[index + 1 : index + 2]
        ends = not following or following.isspace() or following in "[<¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§+#"
        ends = (
            ends
            or bool(  # "… on Creek Road.4 Others": an endnote number printed plain
                following.isdigit()
                and not text[index - 1 : index].isdigit()
                and re.match(r"\d{1,3}(?:\s|$)", text[index + 1 :])
            )
        )
        if depth <= 0 and char in ".!?" and ends:
            return index
    return len(text)


def _same_person(a: str, b: str) -> bool:
    """One surname, or one name inside the other ("Lady Caroline", "Lady Caroline Wenlow")."""
    shorter, longer = sorted((a.split(), b.split()), key=len)
    return a.split()[-1] == b.split()[-1] or (
        len(shorter) >= 2 and " ".join(shorter) in " ".join(longer)
    )


def _agrees(pronoun: str, antecedent: str | None) -> bool:
    """Whether the pronoun ``pronoun`` opens with can stand for ``antecedent``: "they" and
    "their" are several people or a body, never one person named in full ("The trustees were
    firm. Their table of tolls …" is not Samuel Ord's)."""
    if antecedent is None or not re.match(r"\s*(?:they|their)\b", pronoun, re.IGNORECASE):
        return True
    words = antecedent.split()
    one_person = (
        1 <= len(words) <= 4
        and not (len(words) == 1 and words[0].endswith("s"))  # "the Webbs", "Quakers"
        and all(w[:1].isupper() for w in words)
        and not _BODY_NAME.search(antecedent)
        and not _BODY.fullmatch(antecedent)
        and not _NOT_PERSON_ENDINGS.search(antecedent)
    )
    return not one_person


def _title(raw: str) -> str:
    return raw.strip().strip("*_“”\"‘’'").strip().rstrip(",.")


def _trim_title(raw: str) -> str:
    """A title as the text gives it, without marks, trailing small words or a trailing year
    ("The Revolution Betrayed", not "… Betrayed, written in 1936")."""
    title = _title(raw)
    title = re.sub(r"\s+(?:of|in)\s+\d{4}$", "", title)
    return re.sub(r"(?:\s+(?:of|the|and|in|a|an|on|for|to|at|with|from|or|[–—]))+$", "", title)


def _words(text: str) -> str:
    """Quoted words compared as a reader compares them: letters and spaces, any case."""
    return " ".join(re.sub(r"[^\w\s]", " ", text).casefold().split())


def _title_case(words: str) -> bool:
    """Every word capitalised but the small ones: "Mastering Bolshevism", "The Long Shelf"."""
    small = {"of", "the", "and", "in", "a", "an", "on", "for", "to", "at", "with", "from", "or"}
    small |= {"by"}  # "Down by the Weir"
    return all(w[:1].isupper() or w in small for w in words.split() if w[:1].isalpha())


def _title_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a work: after what kind it is ("his book Another View of Stalin",
    "the radio series Cumbrian Lives"), or set in italics ("*Soap and Civic Virtue*": no name
    inside it is a person's; a name in bold, "**Josiah Penberthy**", is a name)."""
    italic = [
        m.span()
        for m in re.finditer(
            r"(?<!\*)\*(?!\*)[^*\n]{2,120}(?<!\*)\*(?!\*)|(?<![\w_])_(?!_)[^_\n]{2,120}(?<!_)_(?![\w_])",
            text,
        )
    ]
    serials = [m.span("title") for m in _SERIAL_TITLE.finditer(text)]
    called = [m.span("title") for m in _CALLED_TITLE.finditer(text)]  # "a talk he called …"
    cited = [span for _name, _title, _year, span in prose_references(text)]
    return [m.span("title") for m in _genre_titles(text)] + serials + called + italic + cited


def _genre_titles(text: str) -> list[re.Match[str]]:
    """Works named after what kind they are, but not a sentence's subject after a comma:
    "In the same report, Tregear added" names no report "Tregear"; nor the writer of a
    document in a clause after it: "The letter Pascoe wrote" names no letter "Pascoe"."""
    return [
        m
        for m in _GENRE_TITLE.finditer(text)
        if not (
            re.search(r",\s*$", text[m.start() : m.start("title")])
            and re.match(
                rf"{re.escape(_trim_title(m['title']))}\s+(?:\w+ly\s+|also\s+|then\s+)?"
                rf"{_SPEECH_VERBS}\b",
                text[m.start("title") :],
            )
        )
        # "the letter Ada Fenwick sent the owners": who sent it, in a clause with no "that"
        and not re.match(
            rf"{re.escape(_trim_title(m['title']))}\s+(?:had\s+)?(?:sent|wrote|received|posted|"
            r"signed|drafted|typed|addressed|dictated|handed|mailed|e-?mailed)\b",
            text[m.start("title") :],
        )
    ]


def _parenthesis_depths(text: str) -> list[int]:
    """How deep inside parentheses each character of ``text`` stands (one more at the end)."""
    depths, depth = [], 0
    for char in text:
        depth += char == "("
        depths.append(depth)
        depth = max(0, depth - (char == ")"))
    return [*depths, depth]


def prose_references(text: str) -> list[tuple[str, str, str | None, tuple[int, int]]]:
    """The references the prose gives by their shape (``_REFERENCE_IN_PROSE``: "I have Ann
    Lee, *The Lee Papers* (Leeds, 1931).", "The Lee Papers, Ann Lee (1931)."), each as its
    author, its title, its year and where the title stands; a name that is no person's ("The
    Lee Papers" before a comma) is the title, the person's name after it the author."""
    found: list[tuple[str, str, str | None, tuple[int, int]]] = []
    for match in _REFERENCE_IN_PROSE.finditer(text):
        group = "name" if match["name"] else "name2" if match["name2"] else "name3"
        title_group = {"name": "title", "name2": "plain", "name3": "title3"}[group]
        written = match[group].rsplit("\n", 1)[-1]
        span = match.span(title_group)
        if group == "name2" and _clean_name(written) != written:
            # "The Holroyd Papers, Luke Farrar (1964).": the title first, then its author
            written, group, title_group = match["plain"].strip(), "plain", "name2"
            span = match.span("name2")
        name = _clean_name(written)
        title = _title(text[span[0] : span[1]].strip("*_"))
        if name is None or name != written or len(name.split()) < 2 or not title:
            continue
        year = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", match["published"])
        found.append((name, title, year.group(1) if year else None, span))
    return found
