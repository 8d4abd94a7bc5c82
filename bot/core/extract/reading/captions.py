"""A source line set above a block quotation: the caption of an anthology, a reader, a source
pack or an exhibition panel, which names where the words come from instead of introducing them
in a sentence ("From a letter by Hannah Crossley, a card-room hand, to her brother, 1842.",
"From the *Halifax Guardian*, 20 August 1842, p. 3.", "A handbill posted by the Halifax Bench
of Magistrates."). A careful reader takes it as the lead-in of the words below it, whatever its
final stop: who made them (the maker of the document it names), the work they were printed in,
the page, and who relayed them ("as reported in", "quoted in").

Such a caption may itself be in italics with the title set in roman inside it ("*From* The
Struggles of an Old Chartist *(1887), p. 8*"): the roman stretch is then the title.

A heading that labels the source ("Source B", "Document 3", "Extract iv") lets the text point
back to it later ("Source B describes the crowd as “…”"): the words are the labelled source's.
"""

from __future__ import annotations

import re

from bot.core.extract.reading.model import Cite
from bot.core.extract.reading.phrases import _clean_name, _without_honorific
from bot.core.extract.reading.vocabulary import _BODY_NAME, _NEWSPAPER

# the kinds of document a caption names its maker through: "a letter by", "the evidence of",
# "the memoir of", "an interview with"
_DOCUMENT_KINDS = (
    r"(?:letter|speech|sermon|diary|journal|memoir|memoirs|evidence|statement|account|petition|"
    r"poem|song|interview|address|lecture|notebook|reminiscences|recollections|autobiography|"
    r"testimony|deposition|verses|notice|handbill|placard|proclamation|leaflet|pamphlet|"
    r"circular|broadside|poster|report|minutes|diaries|letters|will|affidavit|complaint|reply|"
    r"answer|entry|log|logbook|message|telegram|postcard|note|essay|article|editorial|leader|"
    r"broadcast|talk|recording|transcript|ballad|hymn|epitaph|inscription|extract|extracts|"
    r"excerpt|passage)"
)
# a maker's name: a person ("Hannah Crossley", "Mr J. Platt") or a body ("the Halifax Bench of
# Magistrates", "Wetherell & Sons")
_MAKER = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Rev|Revd|Reverend|Canon|Professor|Sir|Dame|Lady|Lord)\.?\s+)?"
    r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|and|the|for|on|de|van|von|&)\s+)*[A-Z][\w’'.-]*){0,6}"
)
_MADE_BY = re.compile(
    rf"\b(?i:{_DOCUMENT_KINDS})\b[^,;:()]{{0,80}}?\b(?:by|of|from|with)\s+(?:the\s+)?"
    rf"(?P<maker>{_MAKER})"
)
# an office in capitals that a name may follow in apposition: "the Mayor, Ann Lee,"
_OFFICE = (
    r"(?:Mayor|Clerk|Chairman|Chair|Secretary|Treasurer|President|Vicar|Rector|Bishop|"
    r"Headmaster|Headmistress|Master|Governor|Sheriff|Coroner|Editor|Superintendent|"
    r"Inspector|Constable|Warden|Steward|Agent|Surveyor|Overseer)"
)
# the maker named in apposition after their role: "Speech by the Mayor, Ann Lee, at …",
# "Letter from the vicar, the Revd John Hale, to …", "Testimony of a miner's wife, Ellen Stott,"
_ROLE_THEN_MAKER = re.compile(
    rf"\b(?i:{_DOCUMENT_KINDS})\b[^,;:()]{{0,80}}?\b(?:by|of|from|with)\s+(?:the|a|an|his|her)\s+"
    rf"(?:[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,4}}|{_OFFICE}),\s+(?:the\s+)?(?P<maker>{_MAKER})"
    r"\s*(?:,|$|\.|\s(?:to|at|in|on)\b)"
)
# the maker named after a colon, before their title: "From a history of the strait: Siân
# Rowlands, *Salt and Stone* (Bangor, 2009), p. 142"
_MAKER_AFTER_COLON = re.compile(
    rf":\s+(?P<maker>{_MAKER}),\s+(?:\*(?P<italic>[^*]+)\*|(?P<roman>[A-Z][^,;()*]{{1,120}}?))"
    r"\s*\("
)
# a title in italics and its maker: "From *Moorland Days* by James Sykes (1902), p. 40"
_TITLE_BY = re.compile(rf"\*(?P<title>[^*]+)\*,?\s+by\s+(?:the\s+)?(?P<maker>{_MAKER})")
# a source line's own words for what it is: "Source: …", "Who said it: …", "Said by: …"
_SOURCE_WORD = re.compile(
    r"^\W*(?:Sources?|Credit|Said\s+by|Who\s+said\s+it|Attributed\s+to|Attribution)"
    r"\s*[:.–—-]\s*"
)
# a short title in quotation marks inside a source line: "in “Valleys Under Water”"
_QUOTED_TITLE = re.compile(r"[“\"‘](?P<title>[A-Z][^“”\"‘’.!?]{1,80}?)[”\"’](?!\w)")
# "as reported in the Northern Star", "quoted in the Leeds Mercury", "reprinted in the Courier"
_RELAYED_IN = re.compile(
    r"\b(?:as\s+)?(?:reported|quoted|cited|printed|reprinted)\s+(?:in|by)\s+(?:the\s+)?"
    r"(?P<relay>[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,5})"
)
# "printed in Report on the State of the Disturbed Districts (1843)": a title in roman
_PRINTED_IN = re.compile(
    r"\b(?:(?:[Pp]rinted|[Pp]ublished|[Cc]ollected|[Rr]eproduced)\s+in\s+"
    # an edited book: "Printed in Joan Hale (ed.), Pit Village Diaries (Leeds, 1981)"
    r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+\((?:ed|eds)\.?\),\s+)?"
    # "printed as a pamphlet, Peace Without Victory (1926)"
    r"|(?:printed|published|issued)\s+as\s+an?\s+[a-z]+,\s+)"
    r"(?:the\s+)?(?P<title>[A-Z][^,;()]{2,120}?)\s*(?:\(|,|$)"
)
# a sentence of the caption that only says where the source was printed: "Printed in …, p. 57."
# (a relay's sentence, "Quoted in …", is left: its page would be the relay's)
_WHERE_PRINTED = re.compile(r"^(?:Printed|Reprinted|Published|Reproduced|Collected)\s+in\b")
_PAGE = re.compile(r"\bpp?\.\s*(?P<page>[0-9ivxlc]+)\b")
# a finite verb outside a relative clause makes the line a sentence, not a caption
_FINITE = re.compile(
    r"\b(?:is|was|were|are|has|have|had|wrote|writes|said|says|told|tells|describes|described|"
    r"recalls|recalled|shows|showed|reads|runs|ran|gives|gave|puts|learn|learns|"
    r"see|sees|know|knows|find|finds)\b"
    # a pronoun as a subject: "From a letter by Ann Pike we learn …"
    r"|\b(?:I|we|you|he|she|they|it)\s+(?:\w+ly\s+)?[a-z]+\b"
)
_RELATIVE = re.compile(r"\b(?:who|which|whose|that|when|where)\b[^,;]*")
# a caption opens on where the words come from: "From a letter …", "From the *Guardian* …",
# "A handbill posted …", "Part of a speech by …"
_OPENING = re.compile(
    rf"^(?:(?:From|Extracts?\s+from|Part\s+of|Taken\s+from)\s+(?=[A-Z*]|(?:an?|the|his|her|their)\b)"
    rf"|(?:An?|The)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_DOCUMENT_KINDS}\b"
    # a label opening on the kind itself: "Notice posted at the gates by …", "Letter from …",
    # "Broadcast by …", "Speech to the Council by …"
    rf"|(?=[A-Z])(?i:{_DOCUMENT_KINDS})\s+(?=[a-z]))"
)
# who reads, sings or plays the words aloud at a service, a concert or a broadcast: never their
# maker ("Adlestrop, by Edward Thomas, read by his grandson Kieran", "…, read by the Vicar")
_PERFORMED_BY = re.compile(
    r",?\s+(?:read|sung|played|performed|recited|spoken)\s+(?:aloud\s+)?by\s+[^,;()]*$"
)
# a title and its maker on a line of their own, as an order of service or a programme sets a
# reading: "Adlestrop, by Edward Thomas", "*Crossing the Bar* by Alfred Tennyson"
_TITLE_THEN_MAKER = re.compile(
    # (a credit's own word is no title: "Words by Thomas Ewart", "Music by …", "Photograph by …")
    r"^(?!(?:Words|Music|Lyrics|Text|Tune|Setting|Photographs?|Photo|Illustrations?|Drawings?|"
    r"Arranged|Arrangement|Translated|Translation|Edited|Compiled|Introduction|Foreword|Notes?|"
    r"Cover|Design|Written|Composed|Given|Read|Sung|Posted|Sent|Painted|Devised)\b)"
    rf"\*?(?P<title>[A-Z][^,;()*]{{1,80}}?)\*?,?\s+by\s+(?P<maker>{_MAKER})\s*(?:\(|,|\.|$)"
)
# a message from someone the line names by a relation, then by name: "From Walter's brother,
# Frank Greenhalgh, of Guelph", "From her daughter, Ann Pike"
_FROM_KIN_THEN_MAKER = re.compile(
    r"^From\s+(?:[A-Z][\w’'-]*(?:’s|'s)|his|her|their|our|my|your|the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,3}?"
    rf"[a-z][\w’'-]*,\s+(?P<maker>{_MAKER})\s*(?:,|\.|$)"
)
_MAX_CAPTION_WORDS = 50
# a heading that labels a source for the text to point back to: "Source B", "Document 3"
SOURCE_LABEL = re.compile(
    r"\b(?P<label>(?:Source|Document|Extract|Exhibit|Item|Text|Doc\.)\s+"
    r"(?:[A-Z]|\d{1,3}|[ivx]{1,5})\b)"
)


def programme_line(paragraph: str) -> bool:
    """Whether a line names a reading's title and maker or a message's sender as a programme
    or an order of service sets them over the words ("Adlestrop, by Edward Thomas, read by …",
    "From Walter's brother, Frank Greenhalgh, of Guelph"): a source line even when it stands
    alone like a heading."""
    line = _PERFORMED_BY.sub("", _as_source_line(paragraph))
    return bool(_TITLE_THEN_MAKER.match(line) or _FROM_KIN_THEN_MAKER.match(line.replace("*", "")))


def read_caption(paragraph: str) -> Cite | None:
    """What a caption above a block quotation says (its maker as the speaker, the work, the
    page, the relay), or None when the paragraph is a sentence rather than a caption, or names
    nobody."""
    line = _as_source_line(paragraph)
    # the source's label set on the caption's own line: "Source A *From a speech by …*"
    labelled = re.match(rf"^\W*{SOURCE_LABEL.pattern}\W*?[.:–—-]?\s+(?=[*A-Z])", line)
    line = line[labelled.end() :] if labelled else line
    # a background sentence after the caption ("… in 1968. Her grandmother marched in 1842.")
    sentences = re.split(r"(?<=[a-z0-9]{3}[.!?])\s+(?=[A-Z])", line)
    line = sentences[0]
    # …unless it only says where the source was printed
    printed_where = " ".join(s for s in sentences[1:] if _WHERE_PRINTED.match(s))
    line = _PERFORMED_BY.sub("", line)
    roman_titles = _roman_titles(line)
    plain = line.replace("*", "")
    plain = re.sub(r"\s+([,.;:)])", r"\1", plain).strip()
    programmed = None
    if not (_ROLE_THEN_MAKER.search(plain) or _MADE_BY.search(plain)):
        programmed = _FROM_KIN_THEN_MAKER.match(plain)
    if programmed is None and not _OPENING.match(plain):
        programmed = _TITLE_THEN_MAKER.match(line)
    if (
        programmed is not None
        and not re.search(r"[“”\"‘«»]", plain)
        and len(plain.split()) <= _MAX_CAPTION_WORDS
        and not _FINITE.search(_RELATIVE.sub("", plain))
        and (named := _maker(programmed["maker"])) is not None
        and len(named.split()) >= 2
    ):  # "Adlestrop, by Edward Thomas": the poet, in his poem; "From Walter's brother, Frank
        # Greenhalgh, …": the brother's message
        title = programmed.groupdict().get("title")
        return Cite(speaker=named, work=title.strip() if title else None)
    if (
        not plain
        or len(plain.split()) > _MAX_CAPTION_WORDS
        or re.search(r"[“”\"‘«»]", plain)
        or _OPENING.match(plain) is None
        or _FINITE.search(_RELATIVE.sub("", plain))
    ):
        return None
    # a title in italics inside the caption; the caption set in italics is none
    italic = [
        t.group(1).strip()
        for t in re.finditer(r"\*([^*]+)\*", line)
        if t.start() > 0 and not roman_titles
    ]
    work = (roman_titles or italic or [None])[0]
    plain = f"{plain} {printed_where.replace('*', '')}".strip()
    printed = _PRINTED_IN.search(plain)
    if work is None and printed:
        work = printed["title"].strip()
    page_found = _PAGE.search(plain)
    page = page_found["page"] if page_found else None
    relayed = _RELAYED_IN.search(plain)
    relay = (
        relayed["relay"]
        if relayed and (not printed or relayed.start() != printed.start())
        else None
    )
    made = _ROLE_THEN_MAKER.search(plain) or _MADE_BY.search(plain)
    maker = _maker(made["maker"]) if made else None
    titled_by = _TITLE_BY.search(line) if maker is None else None
    if titled_by is not None and (named := _maker(titled_by["maker"])) is not None:
        # "From *Moorland Days* by James Sykes (1902)": the title's maker, in it
        maker, work = named, titled_by["title"].strip()
    after_colon = _MAKER_AFTER_COLON.search(line)
    if after_colon is not None and (named := _maker(after_colon["maker"])) is not None:
        # "From a history of the valley: Ann Lee, *The Valley* (1999), p. 8": the one named
        # after the colon made the words, in the title after their name
        maker, work = named, (after_colon["italic"] or after_colon["roman"] or "").strip()
        relay = None
    if maker is None:
        source = re.match(
            r"^(?:From|Extracts?\s+from|Taken\s+from)\s+(?:the\s+)?(?P<paper>[^,;(]+)", plain
        )
        paper = source["paper"].strip(" .") if source else None
        if paper and _NEWSPAPER.search(paper) and paper[:1].isupper():
            return Cite(speaker=paper, work=paper, page=page, periodical=True)
        return None
    if relay is not None and work is None:
        return Cite(speaker=maker, page=page, via=relay)
    return Cite(speaker=maker, work=work, page=page)


# a credit line set under the words, their maker's name first: "Mayor Ann Lee, speaking on
# *The Week*, Radio Dale, 2 April 2026", "Dale Trust, annual review 2025, p. 4"
_CREDIT = re.compile(rf"^(?:[—–―]|--)?\s*(?P<maker>{_MAKER}),\s+(?P<rest>\S.*)$")
# what makes the rest of a credit a source's: a date or a year, a page, a title in italics
SOURCED = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b|\bpp?\.\s*[0-9ivxlc]|\*[^*]+\*")
# a verb that makes a credit's part a sentence ("his sister, remembered that winter in 1962"):
# a past form followed by anything but a preposition ("recorded for", "posted on", "edited
# by" are where a source stands)
_SENTENCE_VERB = re.compile(
    r"\b(?:[a-z]+ed|thought|felt|knew|came|went|kept|took|made|saw|heard|found|left|began|"
    r"spoke|sent)\s+(?!(?:by|for|in|on|at|to|from|with|as|and|under|before|after|during|"
    r"into|onto|about)\b)[a-z]"
)
# a title in roman before its year: "A Tour of the Shore (1794)", "The Valley (Leeds, 1999)"
_ROMAN_TITLE = re.compile(r"^(?P<title>[A-Z][^,;()*]{2,120}?)\s+\((?:[^()]*,\s*)?\d{4}\)")


def read_credit(paragraph: str) -> Cite | None:
    """What a source line set under the words says when it opens on their maker's name (a
    fact-check's claim box, a pull quote's credit, an extract's source line): the maker, the
    title in italics or a title in roman before its year (not one a relay printed), the page,
    the relay ("as reported in …"); None when the line is a sentence, names nobody, or says
    nothing of a source (no date, page or title)."""
    line = _as_source_line(paragraph)
    if line.startswith("*") and line.endswith("*") and line.count("*") == 2:
        line = line.strip("*").strip()  # a credit set in italics
    credit = _CREDIT.match(line)
    if credit is None or len(line.split()) > _MAX_CAPTION_WORDS:
        return None
    rest = credit["rest"]
    plain = rest.replace("*", "")
    if (
        re.search(r"[“”\"‘«»]", line)
        or line.rstrip().endswith(":")
        or _FINITE.search(_RELATIVE.sub("", plain))
        or _SENTENCE_VERB.search(plain)
        or SOURCED.search(rest) is None
    ):
        return None
    maker = _maker(credit["maker"])
    if maker is None or (len(maker.split()) < 2 and not _BODY_NAME.search(maker)):
        return None
    if re.match(rf"(?i:{_DOCUMENT_KINDS})\b", maker):
        return None  # "Recording of Ann Lee, …": the kind of thing, read as a caption
    page_found = _PAGE.search(plain)
    page = page_found["page"] if page_found else None
    printed = _PRINTED_IN.search(plain)
    relayed = _RELAYED_IN.search(plain)
    if relayed is not None and (printed is None or relayed.start() != printed.start()):
        return Cite(speaker=maker, page=page, via=relayed["relay"])
    italic = re.search(r"\*(?P<title>[^*]+)\*", rest)
    roman = _ROMAN_TITLE.match(rest)
    work = italic["title"].strip() if italic else roman["title"] if roman else None
    if work is None and printed is not None:  # "diary, printed in Title, edited by …"
        work = printed["title"].strip()
    return Cite(speaker=maker, work=work, page=page)


def _as_source_line(paragraph: str) -> str:
    """A source line on one line, as its words read: without its own word for what it is
    ("Source: from a history of …"), without the parentheses it may be set in ("(Interview
    with …)"), a title in quotation marks inside it as a title in italics ("in “Valleys Under
    Water”")."""
    line = " ".join(paragraph.split())
    bracketed = re.fullmatch(r"\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)\.?", line)
    line = bracketed["inner"].strip() if bracketed else line
    named = _SOURCE_WORD.match(line) or re.match(r"(?:—|–|--|―)\s*(?=[a-z])", line)
    if named is not None:  # "Source: from …", "— from *Title* by …"
        line = line[named.end() :]
        line = line[:1].upper() + line[1:]
    if not line.startswith("*"):
        line = _QUOTED_TITLE.sub(lambda t: f"*{t['title']}*", line)
    return line


def _roman_titles(line: str) -> list[str]:
    """The stretches in roman inside a caption set in italics: "*From* The Struggles of an Old
    Chartist *(1887), p. 8*" gives "The Struggles of an Old Chartist"."""
    if not line.startswith("*") or line.count("*") < 4:
        return []
    gaps = re.findall(r"\*\s+([^*]+?)\s+\*", line)
    return [g for g in gaps if g[:1].isupper() and not _PAGE.fullmatch(g)]


def _maker(found: str) -> str | None:
    """The maker as a reader names them: a body in full, a person without a courtesy title's
    full stop; None when the words are no name ("Hebden Bridge" is a place, kept by the
    caller's other readings)."""
    words = found.rstrip(".").split()
    while words and words[-1] in ("of", "and", "the", "for", "on", "&"):
        words.pop()
    name = " ".join(words)
    if not name:
        return None
    if _BODY_NAME.search(name) or re.search(r"\s(?:of|&|and)\s", name):
        return name
    cleaned = _clean_name(name)
    return _without_honorific(cleaned) if cleaned else None


# a catalogue's entry heading, the maker's name in the trade's inverted form: the surname in
# capitals, the forenames in brackets ("WETHERELL (JOSEPH).", "ODDY (SAMUEL), overlooker.",
# "WETHERELL (MARY, née Scholes).")
_INVERTED_ENTRY = re.compile(
    r"^\W*(?P<surname>[A-Z][A-Z’'-]+(?:[ -][A-Z][A-Z’'-]+){0,2})\s+"
    r"\((?P<given>[A-Z][A-Za-z’'.-]*(?:\s+[A-Z][A-Za-z’'.-]*){0,3})(?:,\s+(?:née|nee)\s+[^)]+)?\)"
    r"[.,]"
)
# a biographical dictionary's entry heading: "HEY, Thomas (1812–1870), weaver and poet,",
# "LUND, Mary Ann (fl. 1840)."
_DICTIONARY_ENTRY = re.compile(
    r"^\W*(?P<surname>[A-Z][A-Z’'-]+(?:[ -][A-Z][A-Z’'-]+){0,2}),\s+"
    r"(?P<given>[A-Z][a-z’'.-]+(?:\s+[A-Z][a-z’'.-]*){0,3})\s*\([^()]*\d{4}[^()]*\)[.,]"
)
# a firm's entry heading in capitals: "WETHERELL & SONS.", "BAINES AND CO."
_FIRM_ENTRY = re.compile(
    r"^\W*(?P<firm>[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+)*\s+(?:&|AND)\s+[A-Z][A-Z’'.-]+"
    r"(?:\s+[A-Z][A-Z’'.-]+)*)\.\s"
)
# the title a catalogue entry gives right after its heading: "FORSTER (EDWARD). *The Flax Mills*"
_ENTRY_TITLE = re.compile(r"^\s*\*(?P<title>[^*]{2,160}?)\.?\*")
# words written into a copy by hand, not printed in it
_WRITTEN_IN = re.compile(r"\b(?:inscribed|annotated|inscription|annotation|signed)\b")


def catalogue_entry(paragraph: str, lead: str) -> tuple[str, str | None] | None:
    """Whose words a catalogue's or a dictionary's entry quotes, and the work they are printed
    in, when the paragraph opens on the maker's name in the trade's inverted form ("WETHERELL
    (JOSEPH).", "HEY, Thomas (1812–1870),", "WETHERELL & SONS. *Rules to be Observed by the
    Hands.*"): the maker, named in the usual order, and the title right after the heading (none
    for words written into a copy)."""
    entry = _INVERTED_ENTRY.match(paragraph) or _DICTIONARY_ENTRY.match(paragraph)
    if entry is not None:
        maker = _in_small_letters(f"{entry['given']} {entry['surname']}")
    elif (firm := _FIRM_ENTRY.match(paragraph)) is not None:
        maker, entry = _in_small_letters(firm["firm"]), firm
    else:
        return None
    titled = _ENTRY_TITLE.match(paragraph[entry.end() :])
    work = titled["title"].strip() if titled and not _WRITTEN_IN.search(lead) else None
    return maker, work


def _in_small_letters(capitals: str) -> str:
    """A name in capitals as running prose writes it: "WETHERELL" -> "Wetherell", "AND" ->
    "and", "MCLEOD" -> "Mcleod" (as the trade's capitals leave it)."""
    return " ".join(
        word.lower()
        if word in ("AND", "OF", "THE")
        else "-".join(p.capitalize() for p in word.split("-"))
        for word in capitals.split()
    )
