"""What a work is, and its title as a reader would cite it.

The work is the titled thing the words were printed, sung, broadcast or delivered in: a book,
an article, a paper or journal, a song, a programme, a titled address or report. A reader
cites it by its title alone: a journal without its volume, year and pages ("Lichenologist
25: 301–2" is *Lichenologist*; "Geol. Mag. 94" is the *Geological Magazine* the text names in
full, or *Geol. Mag.*). A document that is only described, not titled, is no work ("pers.
comm.", "In litt. to the author", "Council minutes", "diary", "Society archive"), and neither
is a cross-reference to a part of the text ("see Appendix B", "see section 2"), a year group
of a school ("Year 3") or where the document is kept.
"""

from __future__ import annotations

import re

# a letter or a conversation described by the abbreviations of a scholar's note
_DESCRIBED_COMMUNICATION = re.compile(
    r"^(?:in\s+litt\b|pers(?:onal)?\.?\s+comm(?:unication)?\b|personal\s+communication\b)",
    re.IGNORECASE,
)
# a record named by its kind in small letters, after the body or person that kept it, or where
# it is kept: "WNHS Council minutes", "Council mins.", "diary", "Society archive", "field book"
_DESCRIBED_KIND = re.compile(
    r"^(?:(?:[A-Z][\w’'.&-]*|of|the)\s+){0,5}(?:[a-z]+\s+)?"
    r"(?:minutes|mins|diary|diaries|notebooks?|field\s+books?|archives?|papers|records|"
    r"logbook|log|register|circulars?|scrapbook|memo|memorandum|letters?|correspondence)\.?$"
)
# a part of the text itself that a citation sends the reader to
_CROSS_REFERENCE = re.compile(
    r"^(?:(?:see|cf\.?)\s+(?:also\s+)?)?(?:(?:the\s+)?(?:appendix|annex|section|chapter|part|"
    r"table|figure|fig\.|plate|note|box|map)\s+(?:\d+[\w.]*|[A-Z]|[IVXLC]+)\b|above|below|overleaf|"
    # a part named by its kind alone with "the": "see the appendix", "see the notes"
    r"the\s+(?:appendix|appendices|annex|section|chapter|part|tables?|figures?|plates?|maps?|"
    r"notes|endnotes|footnotes|glossary|introduction|foreword|preface|afterword)\b)",
    re.IGNORECASE,
)
# a year group or a class of a school: its pupils, never a work
_SCHOOL_GROUP = re.compile(r"^(?:(?:Year|Form|Class|Standard|Grade)\s+\d{1,2}|Reception)$")
# a journal's volume, issue and pages after its title: "Lichenologist 25 (3): 301–2"
_JOURNAL_NUMBERING = re.compile(
    r"^(?P<title>.*?\S)\s+(?P<volume>\d{1,3})(?:\s*\(\d{1,2}\))?"
    r"(?P<pages>\s*:\s*[\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?)?$"
)


# the kinds of document a text describes rather than titles: a letter, an email, a form, an
# assessment, a builder's quotation, a committee's notification of advice
_DOCUMENT_NOUN = (
    r"(?:letters?|e-?mails?|memo|memorandum|note|notes|petition|application|assessment|report|"
    r"form|survey|questionnaire|quotation|estimate|tender|invoice|receipt|notification|notice|"
    r"statement|submission|response|reply|objection|representation|comments?|diary|will|"
    r"deposition|telegram|postcard|certificate|inventory|valuation|advice|minutes?|transcript|"
    r"proposal|claim|complaint|testimonial|log|logbook|entry|return|appraisal|message|"
    r"voicemail|evidence|affidavit|instructions?)"
)
# a label or a number a document is known by, no title: "A", "B2", "2025/114", "no. 2291"
_DOCUMENT_LABEL = r"(?:[A-Z]\d{0,3}|[A-Z]{0,4}/?\d[\w/.-]*|[Nn]o\.\s*\d[\w/.-]*)"
# a document described by its kind, in small letters after its first word, perhaps with what it
# is about and its label ("Letter of support", "Independent assessment A", "Application
# 2025/114", "Petition for faculty", "Quotation no. 2291"), or with the one who made it after
# "of" ("Diary of Tom Price")
_DESCRIBED_DOCUMENT = re.compile(
    rf"^(?=(?:\S+\s+)*?(?i:{_DOCUMENT_NOUN})\b)[A-Z][a-z-]+(?:\s+(?:[a-z][a-z-]*|{_DOCUMENT_LABEL}))*"
    rf"(?:\s+of\s+(?P<maker>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{1,3}}))?$"
)


def described_document(piece: str) -> tuple[bool, str | None]:
    """Whether a citation's piece describes a document rather than titling it ("Email",
    "Letter of support", "Independent assessment A", "Application 2025/114"), and the one it
    names as having made it ("Diary of Tom Price": Tom Price); (False, None) for a title
    ("Report on the County Bridges", "Two Years of Apples") or anything else."""
    letter = _LETTER_FROM_TO.fullmatch(piece.strip(" .,;"))
    if letter is not None:  # "Letter from the Minister for Local Transport to the Chair"
        writer = letter["writer"] or letter["named_writer"]
        return True, None if writer.lower().startswith("the ") else writer
    described = _DESCRIBED_DOCUMENT.fullmatch(piece.strip(" .,;"))
    if described is None:
        return False, None
    return True, described["maker"]


# a letter described by its writer and its recipient, whatever their capitals: "Letter from
# the Minister for Local Transport to the Chair", "Email from Ruth Oyelaran to the Trustees"
_LETTER_FROM_TO = re.compile(
    r"(?:Letter|E-?mail|Memo|Memorandum|Note|Message|Telegram|Postcard)\s+from\s+"
    r"(?:(?P<writer>(?:the\s+)?[A-Z][^,;()]{1,80}?)\s+to\s+(?:the\s+|his\s+|her\s+)?[A-Z][^,;()]{1,80}"
    # "Letter from Rebecca Sowerby MP": a person named in full, whoever it went to
    r"|(?P<named_writer>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}))"
)


# who wrote a described document, to whom: "Janet Rees to the PCC secretary", "Nicholson &
# Co. to the PCC", "Prof. Alan Gregg to the Chair of Trustees"
_WRITTEN_TO = re.compile(
    r"^(?P<writer>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z&][\w’'.&-]*|of|and|de|van|von)){0,6}?)\s+to\s+"
    r"(?:(?:the|his|her|their|its|our)\s+)?[\w’'.&-]+(?:\s+[\w’'.&-]+){0,6}$"
)


def document_writer(piece: str) -> str | None:
    """The writer a citation's piece names after a described document, as "writer to
    recipient" ("Email, Ruth Oyelaran to the grants officer, …"): the writer; None otherwise."""
    written = _WRITTEN_TO.match(piece.strip(" .,;"))
    if written is None or described_document(written["writer"])[0]:
        return None
    return written["writer"]


# a sale by its auction house, where and when: "Hatton & Reeve, Lancaster, 14 June 1938, lot
# 77", "Russell, Baldwin & Bright, Leominster, 5 July 1921": the house catalogued the lot
_SALE = re.compile(
    r"^(?P<house>[A-Z][^()]*?),\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s+"
    r"(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{4}\b"
)


def auction_house(entry: str) -> str | None:
    """The auction house a sale's record names first, before where and when it sold ("Hatton
    & Reeve, Lancaster, 14 June 1938, lot 77": Hatton & Reeve, who catalogued the lot); None
    for anything else."""
    sale = _SALE.match(entry.strip())
    return " ".join(sale["house"].split()) if sale else None


def described_not_titled(title: str) -> bool:
    """Whether ``title`` only describes a document or points to a part of the text: a letter
    or a conversation a note abbreviates, a record named by its kind in small letters, a
    cross-reference, a school's year group."""
    bare = title.strip(" .,;*_")
    return bool(
        _DESCRIBED_COMMUNICATION.match(bare)
        # a possessive names whose record it is, as a reference list's title does ("Keeper's
        # log, 1890-1910"): a title as cited
        or (_DESCRIBED_KIND.match(bare) and not re.search(r"[’']s\b", bare))
        or _CROSS_REFERENCE.match(bare)
        or _SCHOOL_GROUP.match(bare)
    )


def title_as_cited(title: str) -> str:
    """A journal's title without the volume, issue and pages a citation gives after it
    ("Lichenologist 25: 301–2", "J. Ecol. 12"); a book's number ("Catch 22") stays: the
    numbers are taken off only when pages follow or the title is abbreviated."""
    numbered = _JOURNAL_NUMBERING.match(title.strip())
    if numbered is None:
        return title
    abbreviated = numbered["title"].endswith(".")
    if numbered["pages"] or abbreviated:
        return numbered["title"]
    return title


def abbreviation_of(short: str) -> re.Pattern[str] | None:
    """What the text would write in full for an abbreviated title ("Geol. Mag." is
    "Geological Magazine"): each word begun as the short one is, small words allowed between;
    None when no word of ``short`` is abbreviated."""
    words = short.split()
    if not any(w.endswith(".") for w in words) or len(words) > 8:
        return None
    parts = [re.escape(w.rstrip(".")) + (r"[\w’'-]*" if w.endswith(".") else "") for w in words]
    return re.compile(
        r"(?<![\w’'-])" + r"\s+(?:(?:of|the|and|for|&)\s+)?".join(parts) + r"(?![\w’'-])"
    )


def cross_reference(body: str, headings: frozenset[str]) -> bool:
    """Whether a parenthesis or a note sends the reader to another part of the text rather
    than citing a source: "see Appendix B", "see section 2, Financial review", "see the
    appendix", "see note 3", "see Volunteering, below" (a heading of the text), "above"."""
    bare = body.strip(" .;")
    if re.fullmatch(r"(?i:above|below|over(?:leaf)?)", bare):
        return True
    signal = re.match(r"(?i:see|cf\.?)\s+(?i:also\s+)?", bare)
    if signal is None:
        return False
    pointed = re.sub(r"(?i),?\s*(?:above|below|overleaf)$", "", bare[signal.end() :]).strip()
    pointed = pointed.strip('*_“”"‘’')
    return bool(_CROSS_REFERENCE.match(pointed)) or " ".join(pointed.lower().split()) in headings


# a part of a song its words are introduced as: "its refrain", "Its chorus runs:", "its last
# verse", "its single line"
SONG_PART = re.compile(
    r"\b[Ii]ts\s+(?:[a-z]+\s+){0,2}(?:chorus|refrain|verses?|stanzas?|couplet|lines?|lyrics?)\b"
)
# a song's title as a text names it: in quote marks in title case, or after its kind
_SONG_TITLE = re.compile(
    r"(?<![\w’'])(?:[‘“\"](?P<quoted>[A-Z][^‘’“”\".!?:;]{2,80}?)[’”\"]|"
    r"'(?P<straight>[A-Z][^'\n.!?:;]{1,80}?(?:'s[^'\n.!?:;]*?)?)'(?=[\s,.;:)]))"
    r"|\b(?:song|hymn|ballad|jingle|anthem|carol|track|tune)(?:\s+for\s+\w+)?\s*,?\s+"
    r"(?P<plain>[A-Z][\w’'-]*(?:\s+(?:[A-Z0-9][\w’'-]*|of|the|and|in|a|an|on|for|to|at|with|"
    r"from|or))*)"
)
# who wrote a song, named in the sentence that names it: "written by the quarryman Jack Ormerod"
_SONG_WRITER = re.compile(
    r"\b(?:written|composed|made\s+up)\s+by\s+(?:the\s+(?:[a-z]+\s+){1,2})?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
)


def song_sung(sentences: list[str]) -> tuple[str, str | None] | None:
    """The song whose words a lead-in introduces as a part of it ("its chorus runs:"), and who
    wrote it: the last title the quotation's sentence names before the part, else the last
    the sentence before names; None when the lead-in names no part of a song or no title."""
    if not sentences or (part := SONG_PART.search(sentences[-1])) is None:
        return None
    for sentence in (sentences[-1][: part.start()], *reversed(sentences[:-1])):
        titles = list(_SONG_TITLE.finditer(sentence))
        if titles:
            last = titles[-1]
            title = last["quoted"] or last["straight"] or last["plain"]
            writer = _SONG_WRITER.search(sentence[last.end() :])
            return title.strip(" ,"), writer["name"] if writer else None
    return None


# a title a lead-in names and then its maker, after "by": "four lines from ‘Low Water’, by the
# Carrick poet Ailsa Dunn,", "the last verse of “Slow River,” by the hymn-writer Martha Dunning:"
# (what describes the maker, "the Carrick poet", stands between "by the" and the name)
_TITLE_THEN_MAKER = re.compile(
    r"(?<![\w’'])(?:[‘“\"](?P<quoted>[A-Z][^‘’“”\".!?:;]{1,80}?)[’”\"]|"
    r"'(?P<straight>[A-Z][^'\n.!?:;]{1,80}?)')"
    r",?\s+(?:(?:written|composed|made|painted|carved|set\s+down)\s+)?by\s+"
    r"(?:the\s+(?:[\w’'-]+\s+){1,3}?)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})(?![\w’'-])"
    r"(?P<rest>[^‘“\"]{0,60})$"
)


# the maker before the title, by a possessive ("a verse of Ailsa Dunn’s ‘Low Water’:"), or in
# brackets after it ("‘Low Water’ (Ailsa Dunn, 1987):")
_MAKER_THEN_TITLE = re.compile(
    r"(?<![\w’'])(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})(?:’s|'s)\s+"
    r"(?:[‘“\"](?P<quoted>[A-Z][^‘’“”\".!?:;]{1,80}?)[’”\"]|'(?P<straight>[A-Z][^'\n.!?:;]{1,80}?)')"
    r"(?P<rest>[^‘“\"]{0,60})$"
)
_TITLE_MAKER_BRACKETED = re.compile(
    r"(?<![\w’'])(?:[‘“\"](?P<quoted>[A-Z][^‘’“”\".!?:;]{1,80}?)[’”\"]|"
    r"'(?P<straight>[A-Z][^'\n.!?:;]{1,80}?)')"
    r"\s*\((?:by\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})(?:,\s*\d{4})?\)"
    r"(?P<rest>[^‘“\"]{0,60})$"
)


def title_then_maker(sentence: str) -> tuple[str, str] | None:
    """The title and its maker a lead-in names just before the words ("from ‘Low Water’, by the
    Carrick poet Ailsa Dunn, cut into the wood:", "a verse of Ailsa Dunn’s ‘Low Water’:",
    "‘Low Water’ (Ailsa Dunn, 1987):"): the maker speaks, the titled thing is the work; None
    when the lead-in names no such pair, or names more after it."""
    end = sentence[-240:]
    made = (
        _TITLE_THEN_MAKER.search(end)
        or _MAKER_THEN_TITLE.search(end)
        or _TITLE_MAKER_BRACKETED.search(end)
    )
    if made is None:
        return None
    title = (made["quoted"] or made["straight"]).strip(" ,")
    return title, made["name"]


# a lead-in that is only the source of the words after it, as an anthology's headnote ends:
# "From *Songs of the Level* (1848), p. 12:", "In her first book, *Lamps and Tides*:"
_SOURCE_LEAD = re.compile(
    r"(?:^|(?<=[.!?]\s))\W*(?:From|In)\s+(?:(?:his|her|their|the)\s+(?:[a-z]+\s+){0,2}?"
    r"[a-z]+,?\s+)?\*(?P<title>[^*]{2,120})\*(?:\s*\([^()]*\))?"
    r"(?:,\s*(?:pp?\.\s*)?[\divxlc]+(?:\s*[–-]\s*[\divxlc]+)?)?\s*:\s*$"
)


def source_lead(lead: str) -> str | None:
    """The title a lead-in names as no more than the words' source ("From *Songs of the
    Level* (1848), p. 12:"): the work; None for any other lead-in."""
    source = _SOURCE_LEAD.search(lead[-240:])
    return source["title"].strip() if source else None


# an epigraph and whom it is taken from, with the work when the lead-in names it: "takes her
# epigraph from the Norfolk poet Agnes Dunnet, from *Fen Psalms* (1931), p. 12:", "carries an
# epigraph from Josiah Penbray's *Songs for the Night Watch*:", "The epigraph is from the
# hymn-writer Josiah Penbray, from his Songs for the Night Watch (1788):"
_EPIGRAPH_FROM = re.compile(
    r"\b[Ee]pigraphs?\b[^.!?“”\"‘’]{0,40}?\bfrom\s+(?P<maker>[^,:;.!?“”\"‘’()*]{2,80})"
    r"(?:(?:’s|'s)\s+|,\s*(?:from\s+|in\s+)(?:(?:his|her|their)\s+)?|,\s*)?"
    r"(?:\*(?P<italic>[^*\n]{2,120})\*|(?P<plain>[A-Z][\w’'-]*(?:\s+(?:[a-z]{1,4}|[A-Z][\w’'-]*)){0,8})"
    r"(?=\s*\(\d{4}\)))?"
    r"(?P<rest>[^“”\"‘]{0,40})$"
)
# the maker's name at the end of what describes them: "the Norfolk poet Agnes Dunnet"
_TRAILING_NAME = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s*$")


def epigraph_source(sentence: str) -> tuple[str, str | None] | None:
    """Whom an epigraph the lead-in introduces is taken from, and the work it names for it
    ("takes her epigraph from the Norfolk poet Agnes Dunnet, from *Fen Psalms* (1931), p. 12:"):
    the words are the one it is taken from, never the author who chose them; None when the
    lead-in introduces no epigraph or names nobody it is from."""
    found = _EPIGRAPH_FROM.search(sentence[-240:])
    if found is None:
        return None
    described = found["maker"].strip()
    title = found["italic"] or found["plain"]
    owned = re.fullmatch(r"(?P<who>.+?)(?:’s|'s)(?:\s+(?P<work>[A-Z][^*]*))?", described)
    if owned is not None:  # "from Mary Oak's Field Notes (1990)": her book
        described, title = owned["who"], title or owned["work"]
    maker = _TRAILING_NAME.search(described)
    if maker is None or " " not in maker["name"]:
        return None
    return maker["name"], title.strip() if title else None
