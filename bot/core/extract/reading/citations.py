"""Citations, notes and reference lists: what a note, a works-cited or numbered reference
entry, a parenthetical or narrative citation says (speaker, work, page, year, via)."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from bot.core.extract.reading.cited_first import ClosingList
from bot.core.extract.reading.glossary import _LABEL, label_key, read_glossary
from bot.core.extract.reading.keyed_notes import KeyedNote, read_keyed_notes
from bot.core.extract.reading.memory import _ReaderMemory
from bot.core.extract.reading.model import Cite
from bot.core.extract.reading.phrases import (
    _clean_name,
    _genre_titles,
    _is_person_noun,
    _page,
    _page_form,
    _sentence_end,
    _time_phrase_length,
    _title,
    _title_case,
    _trim_title,
    _without_honorific,
    _words,
    canonical_reference,
    locator,
    prose_references,
)
from bot.core.extract.reading.vocabulary import (
    _ABBREVIATION_KEY,
    _AMA_MARKER,
    _ARCHIVE_MARK,
    _ARTICLE,
    _AUTHOR_PAGE,
    _AUTHOR_YEAR,
    _BARE_MARKER,
    _BODY,
    _BODY_HEAD,
    _BODY_NAME,
    _BODY_REMIT,
    _BRACKET_REFERENCE,
    _BRACKET_REFERENCE_AFTER,
    _BY,
    _CALLED_TITLE,
    _CASE,
    _CITED_AUTHORS,
    _CITED_BODY,
    _CITED_NAME,
    _CITED_NAME_COMMA,
    _CONGRESSIONAL,
    _DATE_BEFORE,
    _DATE_PART,
    _DEBATES,
    _DESCRIBED_DOCUMENT,
    _DESCRIBED_LETTER,
    _DESCRIBED_RECORD,
    _DOCUMENT_KIND,
    _EDITOR,
    _EPISODE_TIME,
    _IBID,
    _IBID_PAGE,
    _IDEM,
    _IEEE_AUTHORS,
    _ISSUE,
    _ISSUED_BY,
    _LETTER_TO,
    _LETTERED_YEAR,
    _LISTED_REFERENCE,
    _LOC_CIT,
    _LOCATOR,
    _MARKER,
    _MONTH,
    _NAME,
    _NAMED_WITH_THE,
    _NARRATIVE_CITE,
    _NEWSPAPER,
    _NOT_A_TITLE,
    _NOT_NAMES,
    _NOT_TITLE_STARTS,
    _NOTE_LINE,
    _NOTE_START,
    _NUMBERED_CITE,
    _OP_CIT,
    _PAGE,
    _PARENTHETICAL,
    _PART_OF_WORK,
    _PARTICLES,
    _PERIODICAL_IN,
    _PRESS_LINE,
    _PUBLISHED,
    _QUOTED_TITLE,
    _RECORD_TITLE,
    _RECORDING,
    _REFERENCE,
    _RELAY,
    _RELAYED_LATER,
    _SENTENCE_BREAK,
    _SERIES,
    _SPEECH_VERBS,
    _STATUTE,
    _SUPERSCRIPTS,
    _TIME_STAMP,
    _TITLE_NOUNS,
    _TRAILING_NUMBER,
    _UNREPORTED_CASE,
    _VANCOUVER_AUTHORS,
    _WORK_IN,
    _YEAR,
    _YEARS,
)
from bot.core.extract.reading.works import (
    abbreviation_of,
    auction_house,
    cross_reference,
    described_document,
    described_not_titled,
    document_writer,
    title_as_cited,
)

# a short reference to a Sources list (Wikipedia's shortened footnotes, Harvard notes):
# "Hartley 1883, p. 7", "Hebblethwaite 1979", "Quoted in Dacre 1975, p. 40", "Fenby, quoted in
# Hebblethwaite 1979, p. 112", "Hale and Moss 1990a: 14"
_SHORT_REFERENCE = re.compile(
    r"^(?:[A-Z][\w’'-]+,\s+)?(?:(?i:quoted|cited)\s+in\s+)?"
    r"[A-Z][\w’'-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]+){0,5}"
    r"(?:\s+(?:and|&)\s+[A-Z][\w’'-]+|\s+et\s+al\.)?,?\s+\(?(?:1[5-9]\d\d|20\d\d)[a-h]?\)?"
    r"(?:[,:]\s*[^;]{1,40}?)?\.?$"
)
# a reference list's entry by its author and year of publication (Harvard, a numbered list's
# too): "Fell, Agnes. 1988. …", "Eskdale Museum. 2023. …"
_AUTHOR_THEN_YEAR = re.compile(
    r"^[A-Z][\w’'-]+(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|(?:\s+[A-Z][\w’'&-]*){1,5})"
    r"\.?\s+\(?(?:1[5-9]\d\d|20\d\d)[a-h]?\)?[.,]\s"
)
# Wikipedia's back-links before a note cited more than once: "^ a b"
_WIKI_BACKLINKS = re.compile(r"^\^(?:\s+[a-z]{1,2}\b)*\s*")
# a parenthesis holding a year: another citation ("(Hale, 1987)", "Pryor (1999)")
_DATED_PARENTHESIS = re.compile(r"\([^()]*\b(?:1[5-9]\d\d|20\d\d)[a-h]?\b[^()]*\)")
# a signal that introduces a citation: "See", "See also", "Cf.", "Compare", "But see"
_SIGNAL = re.compile(
    r"^(?:(?i:but\s+)?(?i:see)(?:\s+(?i:also))?|(?i:cf)\.|Compare|Contrast)\s+(?=[A-Z*_“\"‘])"
)
# a page printed right after a note marker (Wikipedia's {{rp}}: "….[2]: 141", "[11]:24–25")
_PAGE_AFTER_MARKER = re.compile(
    r":[ \t\u2009\u200a\u202f]*(?:pp?\.\s*)?(?P<page>\d+(?:\s*[-–]\s*\d+)?|[ivxlc]+)(?![\w:])"
    # a legal writer's pinpoint after the marker, closing the sentence: "…”²¹ at 14."
    r"|[ \t]+at[ \t]+(?:pp?\.\s*)?(?P<at>\d+(?:\s*[-–]\s*\d+)?)(?=[.;)]|\s*$)"
)
# a key given where a work is first cited: "*Brayford Observer* (hereafter *BO*)", "the
# Wexcombe Gazette (henceforth cited as WG)"
_HEREAFTER_NOTE = re.compile(
    r"\s*\((?:hereafter|henceforth)(?:\s+(?:cited\s+as|referred\s+to\s+as|called|as))?\s+"
    r"[*_“\"‘]?(?P<short>[A-Z][\w&.]{0,11}(?:\s+[A-Z][\w&.]{0,11}){0,2})[*_”\"’]?\)"
)
_HEREAFTER = re.compile(
    r"(?P<full>\*[^*\n]{2,80}\*|(?<!\w)_[^_\n]{2,80}_|[“\"][^”\"\n]{2,80}[”\"]|"
    r"(?:[A-Z][\w’'&-]*[ \t]+(?:(?:of|the|and|for|on|in)[ \t]+)?){0,5}[A-Z][\w’'&-]*)"
    + _HEREAFTER_NOTE.pattern
)
# an archive's call mark, the last part of a citation: "C412/3/7", "ZSK 4/2", "MSS 1938.7";
# the archive that holds a document neither speaks nor is the work
_CALL_MARK = re.compile(
    r"(?=[^,]*[A-Z])(?:[A-Z]{2,8}\s+){0,2}(?:[A-Z]*\d*(?:/\w+)+|(?<=\s)\d+(?:\.\d+)+)"
)

# a place named with its kind: "Bridge Street", "Mill Lane", "the Corn Exchange"
_PLACE_NAME = re.compile(r"\b(?:Street|Road|Lane|Square|Row|Terrace|Avenue|Crescent|Yard)$")
# what may follow a call mark in a citation: a folio, a page or another locator, a date
_PLACE_ONLY = re.compile(
    r"(?:(?:fols?|ff?|pp?|col|cols|no|nos|item|m|mm|sig)\.?\s*[\w–-]+"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4})"
    r"(?:,\s*(?:(?:fols?|ff?|pp?|col|cols|no|nos|item|m|mm|sig)\.?\s*[\w–-]+|\d{4}))*"
)

# a body, the title of the document it issued, and the page: "Lancashire County Council, Local
# Transport Plan 2025-2030, p. 44", "The Ferry Trust, Annual Review 2019, pp. 3-4"
_BODY_TITLE_PAGE = re.compile(
    r"(?P<body>(?:The\s+)?(?:[A-Z][\w’'&-]*\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?){0,5}"
    r"[A-Z][\w’'&-]*[a-z]),\s+(?P<title>[A-Z][^,()]{2,100}?)"
    r",\s*(?P<place>pp?\.\s*[\dxvilc]+(?:\s*[-–]\s*[\dxvilc]+)?)"
)
# a titled document as the subject of the lead-in, perhaps after its owner, its year and a
# clause about it: "The county's *Strategic Flood Risk Assessment* (2023), which the council
# published in 2023, had already warned that", "Hale Trust's *Annual Review* notes that"
_TITLE_AS_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:(?:[a-z]+|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)"
    r"{0,4})(?:’s|'s)\s+)?(?P<title>\*[^*\n]{2,120}\*)(?:\s*\([^()]{1,40}\))?"
    r"(?:\s*,[^“”\"*]{1,160},)?\s+(?:had\s+|has\s+|have\s+)?(?:already\s+|also\s+|itself\s+)?"
    rf"(?:{_SPEECH_VERBS}|found|finds|predicted|predicts)\b[^.!?“”\"]*$"
)

# a note at a typed page's foot, its number and a space: "4 Ashdown, p. 27." (blocks.py
# gives such a line the role of a note only where the text before marks it)
# a note's call in the text: raised, in brackets, or in a <sup>
_NUMBERED_CALL = re.compile(
    r"(?<=[^\s¹²³⁴⁵⁶⁷⁸⁹⁰])([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})(?![¹²³⁴⁵⁶⁷⁸⁹⁰])|\[\^?(\d{1,3})\]|<sup>(\d{1,3})</sup>"
)
# a piece described with the heading it was printed under or near: "Editorial comment
# beneath ‘An Emigrant’s Report’", "Notice headed “To Emigrants”"
_UNDER_HEADING = re.compile(
    r"(?<=[a-z])\s+(?:beneath|under|below|above|after|headed|entitled)\s+[‘'“\"][^\n]+?[’'”\"]$"
)
# a note called by a symbol after a closing mark or a sentence's end: "…”*", "… do.†"
_SYMBOL_CALL = re.compile(r"(?<=[.,;:!?”\"’'»])([*†‡§]{1,3})(?![\w*†‡§+#])")
_SYMBOL_ORDER = "*†‡§"
# endnotes numbered in small roman numerals, one a paragraph or a line: "ii Ruth Stott, …"
_ROMAN_NOTE = re.compile(r"^\s*(?P<n>[ivxl]{1,6})[.)]?\s+(?P<body>\S.*)$", re.S)
_ROMAN_NOTE_START = re.compile(r"\n(?=[ivxl]{1,6}[.)]?\s+\S)")
_TYPED_NOTE_START = re.compile(r"\n(?=\d{1,3}\s+\S)")
_TYPED_NOTE = re.compile(r"^\s*(\d{1,3})\s+(?P<body>\S.*)$", re.S)
# the words a note belongs to, set at its start in quote marks or italics before a colon, after
# the book's own page or none: "p. 12 ‘The bells were out of true’: …", "*out of true*: …"
_CATCHWORD_KEY = re.compile(
    r"^(?:pp?\.\s*[\dxvil]+(?:\s*[-–]\s*\d+)?\s+)?"
    r"(?:‘[^‘’]{2,160}’|“[^“”]{2,160}”|\"[^\"]{2,160}\"|'[^'\n]{2,160}'|\*[^*]{2,160}\*)\s*:\s+(?=\S)"
)
# a committee's note on evidence: oral evidence by its question's number and the witness in
# square brackets ("Q 7 [Mrs Hilda Brook]", "Qq 31–33 [Dr Tom Lee]"), written evidence by who
# submitted it and its code ("Written submission from the Otterburn Ramblers (OTR0012)")
_EVIDENCE_NOTE = re.compile(
    r"Qq?\.?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*\[(?P<witness>[A-Z][^\[\]]{2,80})\]"
    r"|(?:Supplementary\s+)?(?:[Ww]ritten|[Oo]ral)\s+(?:evidence|submission|statement)\s+"
    r"(?:from|of|by|submitted\s+by)\s+(?:the\s+)?"
    # a giver the committee describes ("a member of the public") is nobody it names
    r"(?:(?P<giver>[A-Z][^()\[\],;]{2,80}?)|(?:a|an|one)\s+[a-z][^()\[\],;]{2,80}?)"
    r"(?:\s*\([A-Z]{2,6}\s?\d{2,6}\))?"
)
# where a document is kept and its call number: "Durham County Record Office, D/X 1127/4",
# "Dunstow Museum, MS 2231/4", "Borough Museum, object 1961.12"
_KEPT_AT = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){0,6}(?:Record\s+Office|Archives?|Archive\s+Service|Museum|"
    r"Library|Collection)(?:\s+(?:of|at)\s+(?:[A-Z][\w’'.-]*\s*){1,4})?,?\s+"
    r"(?!(?:1[5-9]\d\d|20\d\d)$)(?:(?:[a-z]+\.?|(?:Add\.?\s+)?MSS?\.?)\s+)?"
    r"(?:[A-Z]{1,6}(?:/[A-Z]{1,6})*[/ ]?)?\d[\w.]*(?:[/ ][\w.]+){0,4}"
)
# an archival citation's layer that says where the document is kept and its call number there:
# "Cumbria Archive Centre, Carlisle, PR 104/7", "NYCRO, PR/ASK 1/3", "Borthwick Institute, York,
# Prob. Reg. 214, fol. 302" (a place in it may follow), or that it is kept privately
_REPOSITORY = re.compile(
    r"(?:The\s+)?(?:(?:[A-Z][\w’'.&-]*\s+){0,6}(?:Record\s+Office|Archives?|Archive\s+(?:Centre|"
    r"Service)|Institute|Library|Museum|Collection|Register\s+Office)|[A-Z]{2,6})"
    r"(?:,\s*[A-Z][^\d,;]*)?,\s*[^,;]*\d[^,;]*(?:,\s*(?P<place>.+))?"
    r"|(?:(?:original\s+)?in\s+private\s+hands|private\s+collection|(?:original\s+)?in\s+the\s+"
    r"(?:author|writer|family)(?:’s|'s)\s+possession)\b.*",
    re.IGNORECASE,
)
# a record's layer that names whose record it is: "will of Thomas Ordway of Scaleby Hill",
# "memorandum book of James Metcalfe, 1838–1860", "the diary of Ann Lee", "deposition of
# William Ashworth" (the witness deposed)
_RECORD_OF = re.compile(
    r"^(?:(?:the|a)\s+)?(?:[\w’'-]+\s+){0,3}?(?:will|diary|journal|memorandum\s+book|notebook|"
    r"day-?book|account\s+book|letter-?book|commonplace\s+book|log-?book|log|memoir|"
    r"reminiscences|deposition|examination|statement|petition|affidavit|testimony|letter)\s+of\s+(?P<maker>(?-i:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}))",
    re.IGNORECASE,
)
# OSCOLA's cross-reference to an earlier note, with its pinpoint: "Leese (n 2) 91",
# "*Pember* (n 7) 118"
_CROSS_REFERENCE = re.compile(
    r"^(?P<name>[^()]{1,80}?)\s*\(n\s*(?P<note>\d{1,3})\)\s*(?P<pin>\d+(?:\s*[-–]\s*\d+)?)?$"
)
# OSCOLA's bare pinpoint after the publication's parentheses, and a remark in parentheses after
# it: "(LGDJ 1979) 14 (author's translation)", "(3 March 1972) (copy on file with the author)"
_AFTER_PUBLICATION = re.compile(
    r"\s*(?P<pin>\d+(?:\s*[-–]\s*\d+)?)?\s*(?:\((?P<remark>[^()]*)\))?\s*"
)
# a document the essay's author made or holds, described rather than titled: "Interview by
# the author", "Letter to Westshire County Council", "Conversation with the author"
_DESCRIBED_HERE = re.compile(
    r"^(?:(?:Recorded\s+|Telephone\s+)?Interview|Conversation|Correspondence|Letter|E-?mail)"
    r"\s+(?:by|with|to|from)\s+(?:the\s+)?(?:author|writer)\b"
    r"|^(?:Letter|Telegram|Memorandum|Postcard|E-?mail)\s+to\s+(?:the\s+)?[A-Z]"
    # a record described in small letters: "Transcript of committal proceedings"
    r"|^(?:Transcript|Shorthand\s+note|Verbatim\s+report|Record|Notes)\s+of\s+(?:the\s+)?[a-z]"
)
# a work the prose names as someone's, in italics, with its publication perhaps: "Marian
# Holroyd's memoir *Hot Metal Girl* (Smith Settle, 1979)", "Naylor's *The Yorkshire Foundries*"
_PROSE_WORK = re.compile(
    rf"\b(?P<name>{_NAME})(?:’s|'s)\s+(?:[a-z]+\s+){{0,3}}"
    r"(?:(?P<title>\*[^*\n]{2,120}\*|(?<!\w)_[^_\n]{2,120}_(?!\w))"
    r"(?:\s*\((?P<published>[^()]{0,80})\))?"
    # a title set in plain type (an EPUB's italics lost) is known by its publication after it:
    # "Edith Rowe’s The Winter Mail (London: Jonathan Cape, 1934)"
    r"|(?P<plain>[A-Z][\w’'-]*(?:\s+(?:(?:of|the|and|in|on|a|an|for|to|at)\s+)*[A-Z][\w’'-]*){0,8})"
    r"\s*\((?P<issued>[^()]{0,60}\b(?:1[5-9]\d\d|20\d\d))\))"
)
# a part of a work named in the prose, which is where the words stand: "The foreword to its 1954
# *Specimen of Printing Types*", "the preface to her *Collected Poems*"
_PART_OF_TITLED = re.compile(
    r"\b(?:foreword|preface|introduction|afterword|epilogue|prologue|postscript)\s+to\s+"
    r"(?:its|his|her|their|the)\s+(?:\d{4}\s+)?(?P<title>\*[^*\n]{2,120}\*|_[^_\n]{2,120}_)",
    re.IGNORECASE,
)
# a place in a work the prose names, then the work: "on p. 163 of *Soap and Civic Virtue*",
# "page 12 of The Long Shelf", "in chapter three of *Salt Roads*", "at 31:40 in episode four of
# Salt Roads" (its place is read as the page is)
_PLACE_OF_TITLE = re.compile(
    r"\b(?i:(?:pp?\.|pages?)\s*(?:\d+|[ivxlc]+)(?:\s*[-–]\s*\d+)?|(?:chapter|ch\.|part|section|"
    r"episode|ep\.)\s+[\w]+)\s+of\s+(?P<title>\*[^*\n]{2,120}\*|(?<!\w)_[^_\n]{2,120}_|“[^”\n]{2,120}”|"
    r"[A-Z][\w’'-]*(?:\s+(?:of|the|and|in|on|for|a|an|to|[A-Z][\w’'-]*))*)"
)
# words of running prose, which no title of a note is written with (in small letters)
_PROSE_WORD = re.compile(
    r"\b(?:is|are|was|were|has|have|had|been|does|did|not|cannot|could|would|should|must|"
    r"survives?|survived|appears?|seems?|shows?|showed|kindly|me|my|we|our|us)\b"
)
# a division of a work numbered after its title, no page: "byelaw 4", "clause 7", "art. 2"
_DIVISION = re.compile(
    r"\s+(?:bye?-?laws?|clauses?|cl|articles?|art|regulations?|reg|schedule|sch|rules?)\.?"
    r"\s*\d+[A-Za-z]?(?:\(\d+\))?\s*$",
    re.IGNORECASE,
)


# a title in plain type before where and when it was published: "Field Days: A Tarnfield
# Album (Tarnfield: the Society, 1998)", "Lichens of the Wessingham Churchyards (Wessingham:
# WNHS, 1992)"
_PUBLISHED_TITLE = re.compile(
    r"(?P<title>[A-Z][\w’'-]*:?(?:[ \t]+(?:[A-Z0-9][\w’'-]*:?|of|the|and|in|a|an|on|for|to|at|"
    r"with|from|or))*)[ \t]*\([A-Z][^()]{0,60}:[^()]{1,60},[ \t]*(?:1[5-9]\d\d|20\d\d)\)"
)
# a said-clause after the words that closes with a parenthesis before the sentence goes on:
# "“…,” Rowe wrote in her preface (p. vii), and she did"
_SAID_CLAUSE_CITED = re.compile(
    r"^[\s,.;:!?”\"’'»]{0,3}(?P<clause>[^()“”\"«».!?;:]{2,80}?)\s*\((?P<body>[^()]{1,40})\)"
    r"\s*(?:[,;]|$)"
)
# a list entry's surname in capitals before its given names: "TRELEASE, Ada. *Under the Face*"
_CAPITALS_SURNAME = re.compile(
    r"^[A-Z][A-Z’'-]{3,}(?=,\s+(?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+|[A-Z]\.))*[.,])"
)
# a citation by a keyed person's initials: "(JRH)", "(KB, per RT)" (via RT), "(SL in litt.)"
_INITIALS_CITE = re.compile(
    r"^(?P<who>[A-Z]{2,6})?(?:,?\s*per\s+(?P<via>[A-Z]{2,6}))?(?:,?\s*in\s+litt\.?)?$"
)


# a source list's key set apart before its entry: "H  Marlow Herald.", "CD4\tBrandreth, …"
_KEY_LABEL = re.compile(r"^[A-Z]{1,3}\d{0,2}(?:[ \t]{2,}|\t)")

# A reference read by the shape of its parts, whatever its typography (HELDOUT.md, "A
# reference read by its shape"): who edited the book the words are printed in, marked "(ed.)",
# "(eds)", ", ed.," before its title, or "ed." / "edited by" after it; the book's title runs
# from there to its publication facts in brackets, "(Place: Publisher, Year)".
_EDITORS_MARK = r"(?:\(\s*(?:eds?\.?|editors?)\s*\)|,\s*eds?\.(?=\s*,))"
# "…, in Nell Hale and Tom Wyn (eds), Title": the book an edited collection is
_IN_EDITED_BOOK = re.compile(
    rf"^(?:(?P<part>.+?),?\s+)?in\s+(?P<editors>[A-Z][^()“”\"‘’]{{1,90}}?)\s*{_EDITORS_MARK}"
    r"\s*,?\s+(?P<title>\S.*)$"
)
# "Nell Hale (ed.), Title", "Nell Hale, ed., Title": an edited book cited for itself
_EDITED_BOOK = re.compile(
    rf"^(?P<editors>[A-Z][^()“”\"‘’]{{1,90}}?)\s*{_EDITORS_MARK}\s*,?\s+(?P<title>\S.*)$"
)
# "…, in Title, ed. Nell Hale", "Title, edited by Nell Hale and Tom Wyn": the editor after
_EDITED_AFTER = re.compile(
    rf"^(?:(?P<part>.+?(?:,|[,.]?[”\"’]))\s+in\s+|in\s+|(?P<author>{_NAME}),\s+(?=[A-Z*_]))?"
    r"(?P<title>[A-Z*_“\"‘].+?),\s+"
    r"(?:eds?\.|edited\s+by)\s+(?P<editors>[A-Z][^()]*?)$"
)
# a translator named with the book, nobody's voice: "…, trans. Ruth Dyer", "translated by …"
_TRANSLATOR = re.compile(r",?\s+(?:trans\.|translated\s+by|tr\.)\s+[A-Z][^,()]*", re.I)
# an editor's mark after the name a list entry starts with: "Hale, Nell, editor.", "Hale,
# Nell, ed.", "Hale, N. (ed.)", "Hale, Nell, and Tom Wyn, editors."
_LISTED_EDITOR = re.compile(
    r"^(?P<who>[A-Z][\w’'-]+,\s+(?:[A-Z][\w’'-]*\.?\s*)+?(?:,?\s+(?:and|&)\s+[A-Z][^()]{1,40}?)?)"
    r"(?:,\s*(?:editors?|eds?)\.?|\s*\((?:[Ee]ds?\.?|editors?)\)\.?)(?=\s)"
)
# a title's subtitle or small words, then a comma and its own span of years, ending right before
# its publication facts: "A Boatman's Year: Life on the Cut, 1850–1870"
# an office set before a person's name in a credit: "Councillor Ada Brook", "Mayor Jo Hill"
_OFFICE_BEFORE_NAME = re.compile(
    r"^(?:Councillor|Cllr\.?|Alderman|Mayor)\s+(?=[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+(?:,|$))"
)
_TITLES_OWN_SPAN = re.compile(
    r"(?:^|(?<=,\s))[A-Z][^,]*?(?::|\s[a-z][a-z]+\s)[^,]*(?P<comma>,)"
    r"\s*(?:1[5-9]|20)\d\d\s*[-–]\s*\d{2,4}\s*$"
)
# a note set as a bibliography's entry: "Sykes, Ellen. A Boatman's Year. Bradford, 1871. 14."
_INVERTED_REFERENCE = re.compile(
    r"^(?P<last>[A-Z][\w’'-]+),\s+(?P<given>[A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z]\.)*)\.\s+"
    r"(?P<rest>[A-Z*_“\"‘].*)$"
)
# a chapter or article by its author, its title in quote marks: "Anna Kerr, “Women on the Towpath”"
_AUTHORED_PIECE = re.compile(rf"^(?P<author>{_NAME}),\s+[“\"‘](?P<title>[^”\"]+?)[,.]?[”\"’]$")
# a pinpoint after a chapter's or article's page range: "pp. 112–30, at p. 118", "at 118"
_PINPOINT = re.compile(r"\bat\s+(?:pp?\.\s*)?(?P<page>\d+(?:\s*[-–]\s*\d+)?)\b")


# a division of a work by its kind and number, alone or with a place after it: "ch. 4",
# "Act 2, scene 3", "Act II, sc. 2", "canto 2, l. 14", "ch. 1, p. 14"
_DIVISION_ONLY = re.compile(
    r"(?i:ch(?:ap)?\.?|chapter|act|sc\.?|scene|canto|book|part|stanza)\s+[\dIVXLCivxlc]{1,6}"
    r"(?:\s*,\s*(?i:ch(?:ap)?\.?|chapter|act|sc\.?|scene|canto|stanza)\s+[\dIVXLCivxlc]{1,6})*"
    r"(?:\s*,\s*(?P<place>(?:pp?\.|ll?\.|lines?)\s*[\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?))?"
)
# a place in a work by its own numbering alone, three deep: act, scene and line ("1.1.14",
# "2.1.63–64", "II.iii.45"), book, chapter and verse
_BARE_DIVISION_PLACE = re.compile(
    r"(?:\d{1,2}\.\d{1,3}|[IVX]{1,5}\.[ivx]{1,6})\.\d{1,4}(?:\s*[-–—]\s*\d{1,4})?"
)


class _CitationReading(_ReaderMemory):
    """Reads the notes and works-cited lists once, then every citation the reader meets."""

    def __init__(self, text: str, author: str, deadline: float) -> None:
        super().__init__(text, author, deadline)
        for key in _ABBREVIATION_KEY.finditer(text):
            # "WG — *Wexcombe Gazette* (weekly). …" in a closing list: the title it stands for
            words = re.findall(r"[^\W\d_][\w’'-]*", key["full"].strip("*_"))
            if all(w[:1].isupper() or w in {"of", "the", "and", "for", "on"} for w in words):
                self.abbreviations.setdefault(key["short"].strip("*_"), key["full"])
        for key in _HEREAFTER.finditer(text):
            # "*Brayford Observer* (hereafter *BO*)", "the Wexcombe Gazette (hereafter WG)": a
            # key given where the work is first cited, anywhere in the text
            full = re.sub(r"^(?:The|the)\s+(?=[A-Z])", "", key["full"].strip()).strip('“”"')
            self.abbreviations.setdefault(key["short"], full)
        # the text's glossary, read once: what each short form it defines stands for ("JRH" ->
        # "John R. Holloway", "the Authority" -> its full name, "A" or "2nd edn" -> a work)
        glossary = read_glossary(text)
        for short, full in glossary.people.items():
            self.people_keys.setdefault(short, full)
        # every note, read as a citation or not: (offset, number, body, citation)
        self.called_notes: list[tuple[int, str, str, Cite | None]] = []
        self._other_calls: bool | None = None  # whether notes are called by raised or [n] marks
        self.note_sets: list[int] = []  # the group of each of called_notes, in that order
        # the note calls' runs and the notes' sets, by numbers (False) and by symbols (True)
        self._runs: dict[bool, tuple[list[tuple[int, str, int]], dict[int, int]]] = {}
        self.listed_bodies: dict[str, str] = {}  # a numbered list's entries as written
        self.italic_titles: set[str] | None = None  # the titles the text sets in italics
        self.papers: dict[str, str] = {}  # a signed news story's headline -> its paper
        self.given_up: list[str] = []  # what the citation being read gave that is not read
        self.read_cite: Cite | None = None  # the citation the quotation being read gives
        self.source_keys = glossary.sources  # "A", "ed 2", "vol 2" -> the work it keys
        # the short titles a closing list spells out, for citation lines before the words
        self.closing_list = ClosingList(glossary.closing_list)
        # whether the text calls notes by small roman numerals ("…”.[ii]"): then a notes
        # list numbered "i", "ii" is its notes
        self._roman_calls = re.search(r"\S\[[ivxl]{1,6}\](?!\w)", text) is not None
        self._read_apparatus()
        self._fuller_listed_names()
        self._read_short_references()
        # in order of number; symbols ("*", "†") in the order they are printed
        ordered = sorted(self.notes, key=lambda n: (n[0], int(n[2]) if n[2].isdigit() else 0))
        for group, offset, number, body in ordered:
            cite = None if _remark_only(body) else self.parse_cite(_without_remark(body))
            self.called_notes.append((offset, number, body, cite))
            self.note_sets.append(group)
            if cite is None:
                # a note that names nothing it can read; an "Ibid." after it stands for it too
                self.last_note = None
            if cite is not None:
                self.note_cites.append((offset, number, cite))
                self.last_note = cite
                if cite.speaker and cite.work:  # "Quinn, Lamplighters" after the full note
                    self.noted.append((cite.speaker, cite.work))
                if cite.via and cite.via_work:  # "… quoted in Henry Dacre, The Bridge …"
                    self.noted.append((cite.via, cite.via_work))
        self.keyed_notes: list[tuple[KeyedNote, Cite | None]] = []
        self._keyed_before: tuple[int, Cite] | None = None  # the last quotation a key gave
        self._read_keyed_notes()
        self._read_prose_works()

    def _read_keyed_notes(self) -> None:
        """The notes keyed to their words by catchwords, a paragraph's number or a poem's
        lines (``keyed_notes``), read in order as citations: "ibid." and "op. cit." under
        them are the note before."""
        self.last_note = None
        for note in read_keyed_notes(self.text, self.blocks):
            body = note.body
            cite = None if _remark_only(body) else self.parse_cite(_without_remark(body))
            self.keyed_notes.append((note, cite))
            self.last_note = cite
            if cite is not None:
                self.note_cites.append((note.opening or 0, "", cite))
                if cite.speaker and cite.work:
                    self.noted.append((cite.speaker, cite.work))
                if cite.via and cite.via_work:
                    self.noted.append((cite.via, cite.via_work))

    def keyed_cite(self, start: int, end: int) -> Cite | None:
        """The citation of the note keyed to the quotation at ``start``-``end``: the one whose
        catchwords stand in it; else, for words that go on the keyed quotation just before past
        a said-clause ("‘…,’ she wrote, ‘…’"), that one's; else, of the entries keyed to its
        numbered paragraph by its number alone or a poem's lines, the k-th for the paragraph's
        k-th quotation that no catchwords claim (the one entry for all of them)."""
        if not self.keyed_notes:
            return None
        keyed = next(
            (noted for note, noted in self.keyed_notes if self._keys(note, start, end)), None
        )
        found = keyed is not None or any(self._keys(n, start, end) for n, _c in self.keyed_notes)
        if not found and self._keyed_before is not None:
            ended, keyed = self._keyed_before
            # "‘…,’ she wrote, ‘…’": a said-clause between commas, no sentence's end
            between = self.text[ended:start].strip(" ‘’“”\"'«»")
            found = self.text[ended - 1 : ended] == "," and bool(
                re.fullmatch(r"[\w’' -]{1,50},", between)
            )
            keyed = keyed if found else None
        by_paragraph = [
            (note.paragraph, noted)
            for note, noted in self.keyed_notes
            if note.opening is None
            and note.paragraph
            and note.paragraph[0] <= start < note.paragraph[1]
        ]
        if not found and by_paragraph:
            paragraph_start = by_paragraph[0][0][0]
            earlier = [
                a
                for a, b, _words in self.quoted
                if paragraph_start <= a < start
                and not any(self._keys(n, a, b) for n, _c in self.keyed_notes)
            ]
            keyed, found = by_paragraph[min(len(earlier), len(by_paragraph) - 1)][1], True
        self._keyed_before = (end, keyed) if keyed is not None else None
        return keyed

    @staticmethod
    def _keys(note: KeyedNote, start: int, end: int) -> bool:
        """Whether ``note``'s catchwords stand in the quotation at ``start``-``end``."""
        return note.opening is not None and start - 1 <= note.opening < max(end, start + 3)

    def _fuller_listed_names(self) -> None:
        """A list that gives only initials ("Whitlow, H. E. 1911.") names the person the text
        itself names in full ("Herbert Whitlow's *The Birds …*", "the Revd Canon Herbert
        Whitlow"): the full name, where exactly one person of that surname and first initial
        is named so."""
        listed = set(self.cited_lines)
        prose = "\n".join(line for line in self.text.splitlines() if line.strip() not in listed)
        # a possessive ends the name: "Herbert Whitlow's The Birds …"
        named = (re.split(r"(?:’s|'s)(?!\w)", m.group(0))[0] for m in re.finditer(_NAME, prose))
        # a rank or office before the name is no part of it: "the Revd Canon Luke Smithies"
        written = {_without_honorific(c) for c in map(_clean_name, named) if c}
        for at, (full, year, title) in enumerate(self.cited):
            given = full.split()[:-1]
            if not given or not all(re.fullmatch(r"(?:[A-Z]\.?)+", g) for g in given):
                continue
            fuller = {
                w
                for w in written
                if w
                and len(w.split()) >= 2
                and w.split()[-1] == full.split()[-1]
                and w[:1] == full[:1]
                and not re.fullmatch(r"(?:[A-Z]\.?)+", w.split()[0])
            }
            if len(fuller) == 1:
                self.cited[at] = (fuller.pop(), year, title)

    def _read_prose_works(self) -> None:
        """The works the prose names as someone's ("Marian Holroyd's memoir *Hot Metal Girl*
        (Smith Settle, 1979)"), kept as works cited for a person no list or note names: a blog
        or a talk has no list, and "she writes … (p. 58)" is a page of her one named work."""
        listed = {full.split()[-1] for full, _year, _title in self.cited if full.split()}
        for found in _PROSE_WORK.finditer(self.text):
            name = _clean_name(found["name"])
            if name is None or name.split()[-1] in listed or _TITLE_NOUNS.search(name):
                continue
            title = _title((found["title"] or found["plain"]).strip("*_"))
            year = _YEAR.search(found["published"] or found["issued"] or "")
            entry = (name, year.group(1) if year else None, title)
            if title and all((f, t) != (name, title) for f, _y, t in self.cited):
                self.cited.append(entry)
        for name, title, issued, _span in prose_references(self.text):
            if (
                name.split()[-1] in listed
                or _TITLE_NOUNS.search(name)
                or _DATE_PART.match(title)
                or any((f, t) == (name, title) for f, _y, t in self.cited)
            ):
                continue
            self.cited.append((name, issued, title))

    def _read_short_references(self) -> None:
        """A numbered list of short references ("3. Hartley 1883, p. 7.", "2. ^ a b
        Hebblethwaite 1979.", "8. Quoted in Hebblethwaite 1979, p. 130.", as Wikipedia's
        shortened footnotes are) read again once the whole text's Sources or Bibliography is
        known: each names the listed work of that author and year."""
        for number, body in self.listed_bodies.items():
            short = _WIKI_BACKLINKS.sub("", body).strip()
            listed = self.references.get(number)
            cut = listed is not None and (
                (listed.speaker is not None and unread_name(listed.speaker) is not None)
                or (listed.work is not None and unread_title(listed.work) is not None)
            )  # "Company, Minutes of the Board, 3 March 1908. Record Office, ZSK 4/2." as a note
            # a web page, '"Our aims". Society. Retrieved …': its title, never its site's name
            cut = cut or bool(re.match(r"^[“\"‘].+\b(?:Retrieved|Accessed)\b", short))
            if not _SHORT_REFERENCE.match(short) and not cut:
                continue
            cite = self.parse_cite(short)
            if cite is not None and (cite.work or cite.via_work or cut):
                self.references[number] = cite

    def _read_apparatus(self) -> None:
        group, noting = 0, False  # each run of notes is a list of its own (chapters restart)
        for block in self.blocks:
            if block.role != "note" and block.role != "debris":
                noting = False
            if block.role == "note":
                group += not noting
                noting = True
                # a typed page's notes numbered plain, one a line ("1 Gazette, …", "2 Ibid.")
                typed = _NOTE_LINE.match(block.text) is None
                roman = typed and _ROMAN_NOTE.match(block.text) is not None and self._roman_calls
                starts = _ROMAN_NOTE_START if roman else _TYPED_NOTE_START if typed else _NOTE_START
                for at, entry in enumerate(starts.split(block.text)):
                    found = (
                        _NOTE_LINE.match(entry)
                        or (_ROMAN_NOTE.match(entry) if roman else None)
                        or _TYPED_NOTE.match(entry)
                    )
                    if found is None and at == 0 and self.notes:
                        # a page's notes that open with the words of the page before's last
                        # note, which stopped short of its end ("…, Minutes of the" then
                        # "Entertainments Committee, vol. 2, p. 88.")
                        group_before, offset, number, body = self.notes[-1]
                        if not re.search(r"[.!?][)”\"’']?$", body):
                            body = f"{body} {' '.join(entry.split())}"
                            self.notes[-1] = (group_before, offset, number, body)
                    if found:
                        number = next(g for g in found.groups()[:5] if g)
                        body = found.group("body").strip()
                        number = number.translate(_SUPERSCRIPTS)
                        before = [n for g, _o, n, _b in self.notes if g == group and n.isdigit()]
                        if number.isdigit() and before and int(number) <= int(before[-1]):
                            group += 1  # "1" again after "6": the next chapter's notes
                        self.notes.append((group, block.start, number, body))
            elif block.role == "cited" and _REFERENCE.match(block.text):
                # one entry per "[n]", also when a list sets them on consecutive lines
                for entry in re.split(r"\n(?=\s*\[\d{1,3}\]\s)", block.text):
                    numbered = _REFERENCE.match(entry.strip())
                    if numbered:
                        body = " ".join(numbered["body"].split())
                        self.references[numbered["n"]] = self._reference(body)
            elif block.role == "cited" and _LISTED_REFERENCE.match(block.text.strip()):
                # one entry per "N.", also when a list sets them on consecutive lines
                for entry in re.split(r"\n(?=\s*\d{1,3}\.\s)", block.text.strip()):
                    listed = _LISTED_REFERENCE.match(entry.strip())
                    if listed is None:
                        continue
                    body = " ".join(listed["body"].split())
                    self.references[listed["n"]] = self._vancouver(body) or self._reference(body)
                    self.listed_bodies[listed["n"]] = body
                    self.cited_lines.append(" ".join(entry.split()))
                    # "1. Fell, Agnes. 1988. *Crooks …*": an author and a year, read without
                    # the number the list gives it
                    dated = _AUTHOR_THEN_YEAR.match(body)
                    self._cited_entry(body if dated else entry.strip())
            elif block.role == "cited":
                for entry in _cited_entries(block.text):
                    self.cited_lines.append(" ".join(entry.split()))
                    self._cited_entry(" ".join(entry.split()))
            elif block.role == "body" and (run_on := _RUN_ON_SOURCES.match(block.text)):
                # a reference work's entry closes on its sources run on in one paragraph
                # ("Sources  A. M. Lee, Forty years (1931) · J. Hart, …", "*Sources:* …; …",
                # "Bibliography: Lee, A. (1931) … — Hart, J. (1952) …"): each is an entry
                for entry in _RUN_ON_BREAK.split(block.text[run_on.end() :]):
                    entry = " ".join(entry.split()).strip(" .")
                    if len(entry.split()) >= 2:
                        self.cited_lines.append(entry)
                        self._cited_entry(entry)
            elif block.role == "body":
                # a list of literature that also quotes ("- Vowles, *Organs* …, where it is
                # “…”"), or one under no heading the reader knows: its lines that are an
                # author's entry with a title are read as a works-cited list's
                for line in block.text.split("\n"):
                    entry = re.sub(r"^\s*(?:[-*•–]|\d{1,3}[.)])\s+", "", line).strip()
                    if (
                        _AUTHOR_THEN_YEAR.match(entry)
                        and not re.search(r"[“”\"‘«»]", entry)
                        and re.search(r"\*[^*\n]+\*|\.\s+[A-Z][\w ]+:\s+[A-Z]", entry)
                    ):
                        self.cited_lines.append(" ".join(entry.split()))
                        self._cited_entry(" ".join(entry.split()))

    def _reference(self, body: str) -> Cite:
        """A numbered reference ("[1] Shaw, R. (ed.) (1981) Dunmere Voices. Dunmere: Civic
        Press.", "[4] 'Exchange girls walk out', Dunmere Advertiser, 3 March 1944, p. 2.")."""
        dated = _AUTHOR_YEAR.match(body)
        if dated:
            last, _comma, given = dated["authors"].partition(",")
            name = f"{given.strip()} {last.strip()}".strip()
            people = re.findall(r"([A-Z][\w’'-]+),\s+((?:[A-Z]\.\s?)+)", dated["authors"])
            if len(people) >= 2:  # "Lund, F., Pierce, T. and Ash, W." -> "F Lund, T Pierce …"
                names = [f"{g.replace('.', '').strip()} {surname}" for surname, g in people]
                name = ", ".join(names[:-1]) + " and " + names[-1]
            rest = dated["rest"].strip()
            quoted = re.match(r"^[‘'“\"](?P<title>[^’'”\"]+)[’'”\"]", rest)
            title = quoted["title"] if quoted else re.split(r"\.\s", rest, maxsplit=1)[0]
            title = re.sub(r",\s*(?:no|vol|issue)\b.*$", "", title, flags=re.IGNORECASE)
            self.cited.append((name, dated["year"], _title(title)))
            return Cite(speaker=name, work=_title(title), year=dated["year"])
        ieee = _IEEE_AUTHORS.match(body)
        if ieee:  # "R. Okoro, Lighting the Town: …, 1880-1914. Manchester, U.K.: …, 2009."
            people = re.findall(r"((?:[A-Z]\.\s?-?)+)\s*([A-Z][\w’'-]+)", ieee["authors"])
            names = [f"{given.replace('.', '').replace(' ', '')} {last}" for given, last in people]
            name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            rest = body[ieee.end() :]
            article = re.match(r"^[“\"‘](?P<title>.+?)[,.]?[”\"’]", rest)
            title = (
                article["title"] if article else re.split(r"\.\s+(?=[A-Z])", rest, maxsplit=1)[0]
            )
            years = _YEAR.findall(rest)
            year = years[-1] if years else None
            self.cited.append((name, year, _title(title.rstrip("."))))
            return Cite(speaker=name, work=_title(title.rstrip(".")), year=year)
        quoted = re.match(r"^[‘'“\"](?P<title>.+?)[’'”\"][,.]\s*(?P<rest>.*)$", body)
        if quoted:  # an unsigned article: its periodical is the work
            periodical = quoted["rest"].split(",")[0].strip().rstrip(".")
            italic = re.match(r"\*(?P<title>[^*\n]+)\*", periodical)
            if italic:  # "'Mill fire', *Dale Courant*. 3 May 1907. p. 2": the italic title
                periodical = italic["title"]
            year = _YEAR.search(quoted["rest"])
            return Cite(
                work=periodical or quoted["title"],
                page=_page(quoted["rest"]),
                year=year[1] if year else None,
            )
        return self.parse_cite(body) or Cite()

    def _vancouver(self, body: str) -> Cite | None:
        """A Vancouver entry: "Tull A. First annual report. Place: Publisher; 1890." (the
        person and the title), "Penhallow Committee. Minutes. Archive." (a body: its words
        are title case, a Vancouver title is sentence case) or "Nurse remembers. The
        Cornishman. 1966 Mar 3; p. 5." (an unsigned article: the paper is the work)."""
        years = _YEAR.findall(body)  # the last: a title's own span of years comes before it
        found_year = years[-1] if years else None
        authors = _VANCOUVER_AUTHORS.match(body)
        if authors:
            # (a part set in italics starts with its mark: "… town. *Br Dent J*. 1921")
            title = re.split(r"\.\s+(?=[A-Z0-9*_])", authors["rest"], maxsplit=1)[0].rstrip(".")
            title = _without_span(title)
            name = f"{authors['initials']} {authors['last']}"
            if _DESCRIBED_HERE.match(title):  # "Pollitt M. Interview by the author.": no work
                return Cite(speaker=name, year=found_year, described=True)
            self.cited.append((name, found_year, _title(title)))
            return Cite(speaker=name, work=_title(title), year=found_year)
        parts = re.split(r"\.\s+(?=[A-Z0-9*_])", body, maxsplit=2)
        if len(parts) < 2:
            return None
        first, second = parts[0], _without_span(parts[1].rstrip("."))
        if "," in first or re.match(r"\(?(?:1[5-9]\d\d|20\d\d)\b", second):
            return None  # "Fell, Agnes. 1988. …": an author and a year first, no Vancouver entry
        if len(first.split()) >= 2 and _title_case(first):
            self.cited.append((first, found_year, _title(second)))
            return Cite(speaker=first, work=_title(second), year=found_year)
        if len(parts) == 3 and _title_case(second) and second[:1] not in "*_":
            # the article's title, then its paper (a paper in italics after a quoted article's
            # title is read as its periodical by the entry's own reading)
            return Cite(work=second, page=_page(parts[2]), year=found_year, periodical=True)
        return None

    def _numbered_cite(self, body: str) -> Cite | None:
        """ "(3, p. 12)", "(3, 12)" or "(4)" citing entry 3 or 4 of a numbered list; "(4)"
        alone gives no page but the entry's own (an article's "p. 5")."""
        numbered = _NUMBERED_CITE.match(body)
        reference = self.references.get(numbered["n"]) if numbered else None
        if numbered is None or reference is None:
            return None
        where = (numbered["where"] or "").strip()
        page = _page(where) or (where if re.fullmatch(r"\d+(?:\s*[-–—]\s*\d+)?", where) else None)
        return Cite(
            reference.speaker,
            reference.work,
            page or reference.page,
            reference.year,
            periodical=reference.periodical,  # "(4)": an issue of a paper, which may relay
        )

    def _bracket_cite(self, text: str, *, anywhere: bool = False) -> Cite | None:
        """A numbered reference cited in square brackets, "[2, p. 3]" or "[4]": right at the
        start of ``text``, or (``anywhere``) the last one in it."""
        pattern = _BRACKET_REFERENCE if anywhere else _BRACKET_REFERENCE_AFTER
        found = list(pattern.finditer(text)) if anywhere else [pattern.match(text)]
        for match in reversed([m for m in found if m is not None]):
            reference = self.references.get(match["n"])
            if reference is not None:
                where = match["where"] or ""
                page = _page(where) or (where.strip() if where.strip().isdigit() else None)
                page = page or reference.page  # an article's own page: "…, 4 June 1921, p. 7."
                return Cite(
                    reference.speaker,
                    reference.work,
                    page,
                    reference.year,
                    periodical=reference.periodical,
                )
        return None

    def _cited_entry(self, entry: str) -> None:
        """ "Merrow, Ada. 1931. The Long Shelf. Leeds: Wharf Press." and similar; a body as
        author: "Meteorological Office. 1921. Instructions for Voluntary Observers." """
        # a surname set in capitals before the given name is the surname ("TRELEASE, Ada.")
        entry = _CAPITALS_SURNAME.sub(lambda m: m[0][0] + m[0][1:].lower(), entry)
        edited = _LISTED_EDITOR.match(entry)
        if edited is not None:
            # "Hale, Nell, editor. The Lee Papers. …", "Hale, N. (ed.) (1931) The Lee Papers":
            # the book she edited, read as her book is; the list says she edited it
            listed = len(self.cited)
            who = edited["who"].rstrip(" ,")
            self._cited_entry(who + ("" if who.endswith(".") else ".") + entry[edited.end() :])
            if len(self.cited) > listed and self.cited[-1][2]:
                self.editions[self.cited[-1][2]] = self.cited[-1][0]
            return
        several = _CITED_AUTHORS.match(entry)
        found = _CITED_NAME.match(entry) if not several else None
        comma = _CITED_NAME_COMMA.match(entry) if not found and not several else None
        body = _CITED_BODY.match(entry) if not found and not several and not comma else None
        if comma:  # MHRA: "Ashdown, Margaret, The Saltgate Lido (Saltgate: …, 1991)"
            rest = entry[comma.end() :]
            published = _PUBLISHED.search(rest)
            year_found = _YEAR.search(published[0]) if published else None
            named = _title(rest[: published.start()] if published else rest.split(",")[0])
            full = f"{comma['first']} {comma['last']}"
            self.cited.append((full, year_found[0] if year_found else None, named.rstrip(".")))
            return
        if several:  # "Hughes, A., & Parry, D. (1998)." -> "A Hughes and D Parry"
            people = re.findall(r"([A-Z][\w’'-]+),\s+((?:[A-Z]\.\s?)+)", several["authors"])
            full = " and ".join(
                f"{given.replace('.', '').strip()} {last}" for last, given in people
            )
            rest = entry[several.end() :]
        elif found:
            full = f"{found.group('first').strip()} {found.group('last')}"
            rest = entry[found.end() :]
            if re.fullmatch(r"[A-Z]", found.group("first").strip()):
                # "Whitlow, H. E. 1911. …": every initial belongs to the name, not the title
                more = re.match(r"(?:[A-Z]\.\s+)+", rest)
                if more:
                    initials = " ".join(re.findall(r"[A-Z]", more[0]))
                    full = f"{found.group('first').strip()} {initials} {found.group('last')}"
                    rest = rest[more.end() :]
        elif body and entry[body.end() :].startswith("("):  # "Harbour Board (1899) *…*"
            full, rest = entry[: body.end()].strip(), entry[body.end() :]
        elif body:
            full = entry[: entry.index(".")].strip()
            rest = entry[entry.index(".") + 1 :]
            small = [w for w in full.split()[1:] if w[:1].islower() and w not in _SMALL_WORDS]
            if len(small) >= 2 and re.match(r"\s*\(\d{4}[a-h]?,\s*[A-Z]", rest):
                # APA's unsigned article, its headline first: "Lifeboat men refuse the new
                # boat. (1902, March 8). *Penmarth Gazette*": no author (its paper is found
                # by the headline's first words, _untitled_article)
                return
        else:
            # "Hollinsfield Urban District Council, Conditions of Licence …, 1912 (…)": an
            # entry written as a note is, the author's name first
            cite = self.parse_cite(entry)
            if (
                cite is not None
                and cite.speaker
                and cite.work
                and not cite.via
                and unread_name(cite.speaker) is None  # never a list entry cut badly:
                and unread_title(cite.work) is None  # "“Our aims”. Society. Retrieved …"
            ):
                self.cited.append((cite.speaker, cite.year, cite.work))
            return
        # the year of publication, not one of a title's span ("*…, 1850–1914*. Oxford, 1988.")
        outside = _YEARS.sub(" ", re.sub(r"\*[^*]+\*|(?<!\w)_[^_]+_(?!\w)", " ", rest))
        year_match = _YEAR.search(outside) or _YEAR.search(rest)
        year = year_match.group(1) if year_match else None
        lettered = re.match(r"^\s*\(?" + _LETTERED_YEAR.pattern, rest)
        if lettered:  # "Hale, M. (1987a).": the letter tells her works of 1987 apart
            year = lettered["year"] + lettered["letter"]
        # Harvard and APA put the year first: "Quayle, M. (1994) Salt and Tallow. Harwich: …"
        if re.match(r"^\s*\(n\.\s?d\.\)", rest):
            year = None  # APA's "(n.d.)": a "Retrieved March 2, 2023" after it is no year of it
        news = re.match(
            rf"^\s*\((?:1[5-9]\d\d|20\d\d),\s*{_MONTH}\s+\d{{1,2}}\)\.\s+(?P<rest>.+)$", rest
        )
        if news:
            # a signed news story, "Okeke, T. (2018, March 3). Headline. *Dunford Courier*.":
            # its paper, which relays the words its reporter took down
            pieces = re.split(r"(?<=[.”\"])\s+", news["rest"])
            if len(pieces) >= 2:
                headline = _title(pieces[0].rstrip("."))
                paper = re.split(r"[,.]\s|\.$", pieces[1].strip("*_ "))[0].strip("*_ .")
                if headline and paper and not paper.startswith("http"):
                    self.papers[_words(headline)] = paper
        # APA's date of a dated piece too: "(2020, August 2).", "(1902, March 8)."
        rest = re.sub(
            # (a reprint's first year after it: "(1985 [1871])")
            r"^\s*\(?(?:1[5-9]\d\d|20\d\d|n\.\s?d\.)[a-z]?(?:\s*\[(?:1[5-9]\d\d|20\d\d)\])?"
            r"(?:,\s*[^()]{1,30})?\)?[.,]?\s+",
            "",
            rest,
        )
        within = re.search(r"(?<=[.”\"*_])\s+In\s+(?=[A-Z*_“\"])", rest)
        if within is not None:
            # a chapter, a foreword or an entry "In" a book (APA, Chicago): the book is the
            # work, a chapter's title is none ("Foreword. In Thirty-five Years of the Trust");
            # its editors before it ("In M. Holt (Ed.), …") are no part of it
            book = re.sub(
                r"^(?:[A-Z]\.\s*)+[A-Z][\w’'-]+(?:\s*(?:,|&|and)\s*(?:[A-Z]\.\s*)+[A-Z][\w’'-]+)*"
                r"\s*\((?:Eds?|Trans|Comp)\.\),\s+",
                "",
                rest[within.end() :],
            )
            in_italics = re.match(r"\*(?P<star>[^*]+)\*|_(?P<under>[^_]+)_", book)
            named = (
                (in_italics["star"] or in_italics["under"])
                if in_italics
                else re.split(r"(?<=[.”\"])\s+|\s*\(|,\s+edited\b", book)[0].rstrip(".")
            )
            self.cited.append((full, year, _title(named)))
            return
        marked = re.match(r"^\s*(?:\*(?P<star>[^*]+)\*|_(?P<under>[^_]+)_)", rest)
        if marked:  # an italic title: "*Quay Notes*, no. 3, spring 1990."
            self.cited.append((full, year, _title(marked["star"] or marked["under"])))
            return
        # Harvard's article title in quote marks: "Pryce, T. (1901) 'A town ablaze', Gazette, …"
        article = re.match(
            r"^\s*(?:‘(?P<curly>.+?)’|'(?P<straight>.+?)'|“(?P<double>.+?)”)(?=[,.]?\s|[,.]?$)",
            rest,
        )
        if article:
            named = article["curly"] or article["straight"] or article["double"]
            self.cited.append((full, year, _title(named.rstrip(",."))))
            return
        # APA's editor or translator after the title: "… Pendarves (M. Holt, Ed.). Truro: …"
        rest = re.sub(r"\s*\((?:[^()]*,\s*)?(?:Eds?|Trans|Comp)\.\)", "", rest)
        # what a parenthesis after a title says of it is no part of it: "(Report No. 7)",
        # "(pp. iii–v)", "(2nd ed.)"; a span of years in it stays ("(1900–1963)")
        rest = re.sub(r"\s*\((?![^()]*\b(?:1[5-9]\d\d|20\d\d)\b)[^()]*\)", "", rest)
        pieces = [p.strip() for p in re.split(r"(?<=[.”\"])\s+", rest) if p.strip()]
        title = None
        if pieces and (_DESCRIBED_LETTER.match(pieces[0]) or described_document(pieces[0])[0]):
            # MLA's untitled letter in a collection: "Letter to the clerk. 3 May 1850. The Lee
            # Papers, edited by Tom Hale, …": the collection it is printed in is the work
            for piece in pieces[1:]:
                container = re.match(r"(?P<title>[A-Z*_].+?),\s+(?:edited\s+by|ed\.)\s", piece)
                if container is not None:
                    self.cited.append((full, year, _title(container["title"])))
                    return
        for piece in pieces:
            bare = _title(piece.strip("()").rstrip("."))
            bare = _without_span(bare)
            bare = re.sub(r",\s*(?:no|vol|issue)\.?\s*\d.*$", "", bare, flags=re.IGNORECASE)
            if (
                bare
                and not _YEAR.fullmatch(bare.strip("() ."))
                and not re.match(r"^\(?\d{4}", bare)
            ):
                title = bare
                break
        italic = any(
            b.role == "cited" and re.search(r"\*[^*\n]+\*|(?<!\w)_[^_\n]+_(?!\w)", b.text)
            for b in self.blocks
        )
        if (
            title is not None
            and italic
            and (_DESCRIBED_LETTER.match(title) or described_document(title.split(",")[0])[0])
        ):
            # MLA's "Letter to Fergus Lyall", Harvard's "Notice to carriers, 3 May" in a list
            # that sets its titles in italics: an untitled document described (in a list with
            # no italics it may be the title)
            title = None
        self.cited.append((full, year, title))

    def _narrative_cite(self, lead: str, cite: Cite | None) -> Cite | None:
        """An APA narrative citation in the quotation's own sentence: "Pryor (1999) wrote that
        …" or "According to Pryor (1999), …" names the References entry of that author and
        year, and the page follows the quotation ("(p. 3)" is ``cite``)."""
        sentence = _SENTENCE_BREAK.split(lead)[-1]
        named = list(_NARRATIVE_CITE.finditer(sentence))
        if not named and cite is not None and cite.page and not (cite.speaker or cite.work):
            # "Okafor (2015) spent a year on four canals. She found that … (p. 33)": a page
            # alone cites the narrative citation an earlier sentence of the paragraph made,
            # when no other citation stands between them
            earlier = list(_NARRATIVE_CITE.finditer(self.before))
            if earlier and not _DATED_PARENTHESIS.search(self.before[earlier[-1].end() :]):
                sentence, named = self.before, earlier[-1:]
        found = named[-1] if named else None
        if found is None or _RELAY.search(sentence[max(0, found.start() - 12) : found.start()]):
            return cite  # "(Hollis, 1867, as cited in Pryor (1999))": Pryor relays
        looked = self._lookup_cited(found["name"], found["year"])
        if looked is None or looked[1] is None:
            return cite
        # "Dunn (1988, p. 14) calls it …": the page may stand in the narrative citation
        where = found["where"] or ""
        place = locator(where)
        bare = re.fullmatch(r"\s*(\d+(?:\s*[-–]\s*\d+)?)\s*", where)  # Chicago's "(1962, 12)"
        page = (
            cite.page
            if cite and cite.page
            else _page(where)
            or (place[0] if place else None)
            or (_page_form(bare[1]) if bare else None)
        )
        return Cite(
            speaker=found["name"] + (" et al." if found["others"] else ""),
            work=looked[1],
            page=page,
            year=found["year"],
        )

    def _untitled_article(self, body: str, article: re.Match[str]) -> str | None:
        """APA's citation of an article with no author by its title's first words
        ("“Lifeboat Men Refuse,” 1902, p. 3"): the periodical its References entry names
        after the date ("Lifeboat men refuse the new boat. (1902, March 8). Penmarth
        Gazette, p. 3."), with the citation's year and page."""
        words = article.group(0).strip(' “”"‘’,.').rstrip(",.").lower()
        for line in self.cited_lines:
            if not line.lower().startswith(words):
                continue
            paper = re.search(r"\(\d{4}[^()]*\)\.\s+\*?(?P<paper>[A-Z][^,*.]+)", line)
            if paper:
                return paper["paper"].strip() + ", " + body[article.end() :]
        return None

    def parse_cite(self, body: str) -> Cite | None:
        """What a parenthetical or a note says, or None when it is not a citation; an edition
        a note named in full is meant by its short title, and relays through its editor."""
        cite = self._as_cited(self._read_cite(body))
        if cite is None or not self.editions:
            return cite
        work, via_work = self._edition_title(cite.work), self._edition_title(cite.via_work)
        via = cite.via or (self.editions.get(via_work) if via_work else None)
        return replace(cite, work=work, via_work=via_work, via=via)

    def _as_cited(self, cite: Cite | None) -> Cite | None:
        """The citation's work as a reader cites it (``works``): a journal without its volume
        and pages, by the full title the text gives an abbreviated one; no work where the
        citation only describes a document ("pers. comm.", "Council minutes", "diary")."""
        if cite is None or not cite.work:
            return cite
        title = title_as_cited(cite.work)
        if described_not_titled(title):
            return replace(cite, work=None, periodical=False, described=True)
        return replace(cite, work=self._short_title_listed(self._expanded(title), cite.speaker))

    def _short_title_listed(self, title: str, author: str | None) -> str:
        """The full title a list of sources gives a work the citation names by a short title
        ("Recollections" for "A Printer's Recollections", "Rastrick" for "The machine-breakers
        at Rastrick"): the one listed title, of the citation's author where it names one,
        that holds the short title's words in a run; as the text writes the title where it
        does; else the title as it is."""
        words = _words(title)
        if not words or not title[:1].isupper():
            return title
        surname = author.split()[-1] if author else None
        fuller = {
            listed
            for full, _year, listed in self.cited
            if listed
            and len(_words(listed)) > len(words)
            and f" {words} " in f" {_words(listed)} "
            and (surname is None or full.split()[-1:] == [surname])
        }
        if len(fuller) != 1:
            return title
        listed = fuller.pop()
        written = re.search(
            r"(?<!\w)" + r"\W+".join(map(re.escape, listed.split())) + r"(?!\w)",
            self.text,
            re.IGNORECASE,
        )
        return " ".join(written[0].split()) if written and written[0][:1].isupper() else listed

    def _expanded(self, title: str) -> str:
        """An abbreviated title as the text writes it in full ("Geol. Mag." where the text
        names the Geological Magazine), when it does so one way only; else as it is."""
        if title not in self._expansions:
            pattern = abbreviation_of(title)
            found = (
                {" ".join(m[0].split()) for m in pattern.finditer(self.text)} - {title}
                if pattern is not None
                else set()
            )
            full = {f for f in found if "." not in f}
            self._expansions[title] = full.pop() if len(full) == 1 else title
        return self._expansions[title]

    @functools.cached_property
    def _expansions(self) -> dict[str, str]:
        return {}

    @functools.cached_property
    def _headings(self) -> frozenset[str]:
        """The text's own headings, in small letters: what a cross-reference points to."""
        return frozenset(
            " ".join(b.text.lower().split()) for b in self.blocks if b.role == "heading"
        )

    def _edition_title(self, short: str | None) -> str | None:
        """The edition a note named in full whose title ``short`` begins, when exactly one."""
        if not short:
            return short
        begun = re.sub(_ARTICLE, "", _words(short) + " ")
        full = [
            title
            for title in self.editions
            if re.sub(_ARTICLE, "", _words(title) + " ").startswith(begun)  # "Papers of …"
        ]
        return full[0] if len(full) == 1 else short

    def _document_in_edition(self, body: str) -> Cite | None:
        """A note that describes a document and names the edition that prints it ("Letter 17,
        to Ann Lyle, 2 May 1850, in The Letters of Ruth Bell, ed. Hugh Dane (Oxford, 1958), p.
        34"; "Diary, 9 June 1863, Collected Papers, p. 301"): the edition is the work, its
        editor speaks none of the words; None for any other note."""
        parts = [p.strip(" .") for p in re.split(r",\s+", re.sub(r"\s*\([^()]*\)", "", body))]
        if len(parts) < 3 or not _DOCUMENT_KIND.fullmatch(parts[0]):
            return None
        for at, part in enumerate(parts[1:], start=1):
            title = re.sub(r"^in\s+", "", part)
            if (
                not re.match(r"[A-Z*_]", title)
                or _DATE_PART.match(title)
                or _YEAR.fullmatch(title)
                or _PAGE.match(title)
                or re.match(r"(?:to|from)\s", part)
                or _LETTER_TO.match(title)  # "Letter, Hale to Moss, …": who wrote to whom
                or document_writer(title)  # "Letter, Prof. Alan Gregg to the Chair, …"
                or (title == part and re.search(r"\b(?:Archives?|Record Office|Library)\b", title))
            ):
                continue
            title = self._edition_title(_title(title.strip("*_"))) or title
            editor = _EDITOR.match(parts[at + 1]) if at + 1 < len(parts) else None
            self.editions[title] = editor["editor"] if editor else self.editions.get(title)
            if editor and editor["editor"] not in self.people:
                self.people.append(editor["editor"])  # a later "Amery" is the editor
            rest = ", ".join(parts[at + 1 :])
            place = locator(rest)
            page = _page(rest) or (place[0] if place else None)
            year = _YEAR.search(body)
            return Cite(work=title, page=page, year=year.group(1) if year else None)
        return None

    def _edited_reference(self, body: str) -> Cite | None:
        """A reference to a book someone edited, read by the place of its parts whatever its
        typography (the editor marked "(ed.)", "(eds)", ", ed.," or "ed. …"; the title
        running to the publication facts in brackets): the book is the work, and its editor
        speaks none of the words (the editor's introduction is the lead-in's to give). What
        stands before "in" says who made the words printed there: a chapter's author with its
        title in quote marks (the chapter is the work, as an article is), a letter's writer
        ("Ann Lee to the clerk, 3 May 1850"), someone named before a record in small letters
        ("Ann Lee, daybook, …"); a document described by its kind and date names nobody.
        None for any reference not to an edited book, or one that says the words are quoted."""
        published = _DATED_PARENTHESIS.search(body)
        head = body[: published.start()] if published else body
        rest = body[published.end() :] if published else ""
        if published is None:  # "…, in Title, ed. Nell Hale, p. 12": the place after the editor
            where = re.search(r",\s+(?:pp?\.\s*)?[\dxivlc]+(?:\s*[-–]\s*\d+)?$", head)
            if where is not None:
                head, rest = head[: where.start()], head[where.start() :]
        head = _TRANSLATOR.sub("", head.strip(" ,;"))
        if _RELAY.search(head):
            return None  # "…, quoted in Nell Hale (ed.), …": a relay, read as one
        found = _IN_EDITED_BOOK.match(head) or _EDITED_BOOK.match(head)
        if found is None:
            found = _EDITED_AFTER.match(head)
        if found is None:
            return None
        title = _title(_TRANSLATOR.sub("", found["title"]).strip(" ,.;"))
        editors = " ".join(found["editors"].split()).strip(" ,")
        if not title or not re.match(r"[A-Z\d]", title) or _DATE_PART.match(title):
            return None
        part = (found.groupdict().get("part") or "").strip(" ,")
        author = found.groupdict().get("author")
        speaker: str | None = None
        writer = False
        work = title
        if author is not None:
            if _clean_name(author) != author or re.match(r"(?:The|A|An)\s", author):
                return None  # "The Lock Papers, Letters, ed. …": no author's name first
            speaker = author  # "Ann Lee, Letters from the Rock, ed. Tom Hale": her own letters
        if part:
            piece = _AUTHORED_PIECE.match(part)
            first, _, after = part.partition(", ")
            # "Petition to the proprietors": a document by its kind, whose writer it leaves out
            letter = None if described_document(first)[0] else _LETTER_TO.match(first)
            if piece is not None:
                speaker, work = _clean_name(piece["author"]), _title(piece["title"])
            elif letter is not None:
                speaker = _clean_name(letter["writer"] or letter["body_writer"])
                writer = speaker is not None
            elif (sender := document_writer(first)) is not None:
                speaker = _clean_name(sender)
                writer = speaker is not None
            elif after[:1].islower() and _clean_name(first) == first and re.fullmatch(_NAME, first):
                speaker = first  # "Ann Lee, daybook, 14 May 1801": whose record it is
                writer = True
        if work == title:
            self.editions[title] = _clean_name(editors.split(" and ")[0].split(", ")[0])
        pinpoint = _PINPOINT.search(rest)
        place = locator(rest)
        page = (
            _page_form(pinpoint["page"])
            if pinpoint
            else _page(rest) or (place[0] if place else None)
        )
        if page is None and (bare := re.match(r"^[\s,]*(?P<page>\d+(?:\s*[-–]\s*\d+)?)", rest)):
            page = _page_form(bare["page"])  # "(…, 1964), 61": a page written bare
        year = _YEAR.search(part) or (published and _YEAR.search(published[0]))
        return Cite(
            speaker=speaker,
            work=work,
            page=page,
            year=year.group(1) if year else None,
            writer=writer,
        )

    def _printed_in(self, body: str) -> Cite | None:
        """A document described by who wrote it, then where it was printed ("Edmund Harker to
        the editor, 3 May 1866, printed in ‘The Flood at Hollin Bank’, *Preston Guardian*, …,
        p. 5"): its writer speaks, in the paper or book that printed it, at its page; the
        heading a paper printed it under is no title of it. None for any other note."""
        printed = re.search(r",?\s+(?:re)?printed\s+(?:in|as)\s+", body)
        if printed is None or printed.start() == 0:
            return None
        own = self._read_cite(body[: printed.start()].strip(" ,"))
        if own is None or not own.speaker or own.work or not own.writer:
            return None
        where = body[printed.end() :]
        heading = re.match(r"[‘'“\"][^\n]{2,120}?[,.]?[’'”\"][,.]?\s+(?=[A-Z*_])", where)
        if heading is not None:
            where = where[heading.end() :]
        in_print = self._read_cite(where)
        if in_print is None or not in_print.work or in_print.via:
            return None
        return Cite(
            speaker=own.speaker,
            work=in_print.work,
            page=in_print.page,
            year=own.year or in_print.year,
            writer=True,
        )

    def _layered_record(self, body: str) -> Cite | None:
        """An archival citation in layers, as family and local historians write them: where
        the document is kept and its call number, the record, the place in it, the entry
        ("Cumbria Archive Centre, Carlisle, PR 104/7; Scaleby parish register, burials
        1813–1840, fol. 31v; entry for John Ordway …"). It names a place and a locator, no
        work: the folio, page or question number is the page (a tape or a box is none), and
        nobody speaks but the one whose record a layer says it is ("will of Thomas Ordway")
        or who wrote or said what the first layer describes ("Agnes Metcalfe to Dorothy
        Hebden, 4 June 1911; in private hands"); an entry "for" someone is about them. None
        when no layer says where the document is kept."""
        layers = [layer.strip(" .") for layer in body.split(";")]
        kept_at = [_REPOSITORY.fullmatch(layer) for layer in layers]
        if len(layers) < 2 or not any(kept_at):
            return None
        page = maker = None
        for layer, repository in zip(layers, kept_at, strict=True):
            place = (repository["place"] or "") if repository else layer
            found = locator(place)
            page = page or _page(place) or (found[0] if found else None)
            for piece in layer.split(", "):
                record = _RECORD_OF.match(piece)
                if maker is None and record is not None:
                    maker = _clean_name(record["maker"])
            if maker is None and repository is None and layer is layers[0]:
                # "Ada Lee to Tom Lee, 2 March 1924", "Frank Lee, interviewed by the author":
                # the writer or speaker of the document the first layer describes
                described = self._read_cite(layer)
                if described and described.speaker and not described.work:
                    maker = described.speaker if described.described or described.writer else None
        return Cite(speaker=maker, page=page, described=True, writer=maker is not None)

    def _inverted_reference(self, body: str) -> Cite | None:
        """A note written as a bibliography's entry, the surname first and every part a
        sentence ("Sykes, Ellen. A Boatman's Year. Bradford: Priestley, 1871. 14."): that
        person's book, at the page that ends it; None for any other note."""
        inverted = _INVERTED_REFERENCE.match(body)
        if inverted is None or inverted["given"] in _NOT_NAMES:
            return None
        pieces = [p for p in re.split(r"(?<=[.”\"])\s+", inverted["rest"]) if p.strip()]
        title = _title(pieces[0].rstrip(".")) if pieces else ""
        if len(pieces) < 2 or not title or _YEAR.fullmatch(title) or _DATE_PART.match(title):
            return None
        last = pieces[-1].rstrip(".")
        page = _page(last) or (
            _page_form(last) if re.fullmatch(r"\d+(?:\s*[-–]\s*\d+)?", last) else None
        )
        year = _YEAR.search(" ".join(pieces[1:]))
        return Cite(
            speaker=f"{inverted['given']} {inverted['last']}",
            work=title,
            page=page,
            year=year.group(1) if year else None,
        )

    def _read_cite(self, body: str) -> Cite | None:
        """What a parenthetical or a note says, or None when it is not a citation."""
        # a justified line's wide spaces and a line end are one space ("Samuel  Ord,  An")
        body = " ".join(body.split()).rstrip(".").strip()
        # "(Councillor Ada Brook, speaking at the inquiry, 1962)": an office before a name
        # is dropped as a reader drops it; the name stays a name, not a title
        body = _OFFICE_BEFORE_NAME.sub("", body)
        keyed = _CATCHWORD_KEY.match(body)
        if keyed is not None and not re.fullmatch(
            r"(?:pp?\.\s*)?[\dxvilc]+(?:\s*[-–]\s*\d+)?", body[keyed.end() :]
        ):  # ("*Tides*: 12" is a title and its page)
            # "‘the bells were out of true’: Amos Pell, …": a note that opens with the words it
            # belongs to keys them; the key (and the book's own page before it) is no part of
            # what it cites
            body = body[keyed.end() :]
        glued = _GLUED_MARKER.search(body)
        if glued and glued.start() > 0:
            # "James Mellor, *Forty Years on the Footplate* (1931)[6]": the line names the
            # work, its note the place ("Mellor 1931, p. 18."); the marker is part of neither
            lined = self._read_cite(body[: glued.start()].rstrip(" ,"))
            marker_number = re.search(r"\d+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+", glued[0])
            from_note = self._note(marker_number[0]) if marker_number else None
            if lined is None or from_note is None:
                return lined or from_note
            same = (
                not from_note.work or not lined.work or _words(from_note.work) == _words(lined.work)
            )
            return replace(lined, page=lined.page or (from_note.page if same else None))
        # "…, 58; Dale’s translation", "…, 14; my translation": who translated, not the citation
        body = re.sub(r"\s*;\s*(?:[\w’'.]+\s+){1,2}translation$", "", body, flags=re.I)
        if cross_reference(body, self._headings):
            return None  # "(see Appendix B)", "(see Volunteering, below)": a part of this text
        if (division_place := _BARE_DIVISION_PLACE.fullmatch(body)) is not None:
            # "(1.1.14)", "(2.1.63–64)", "(II.iii.45)": act, scene and line (or book, chapter
            # and verse) of the work the text is about, written as a reader looks it up;
            # numbers alone are never a title
            return Cite(page=re.sub(r"\s*[-–—]\s*", "-", division_place[0]))
        if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})+", body):
            return None  # "(2.3)": a scene, or a section of this text, and no title
        if (division := _DIVISION_ONLY.fullmatch(body)) is not None:
            # "(ch. 4)", "(Act 2, scene 3)", "(ch. 1, p. 14)": a division of the work the text
            # is about, no title; a page or line after it is the place
            where = division["place"] or ""
            at = locator(where)
            return Cite(page=_page(where) or (at[0] if at else None))
        signed = _SIGNED_WITH_OFFICE.fullmatch(body)
        if signed is not None and _is_person_noun(signed["office"].split()[-1]):
            # "(The Revd Arthur Gledhill, Vicar 1968-1984)": who signed, in the office they held
            # then; the office is no title and its years no page
            signer = _without_honorific(_clean_name(signed["name"]) or "")
            if len(signer.split()) >= 2:
                return Cite(speaker=signer, writer=True)
        if re.search(r"\blots?\s+\d", body) and (house := auction_house(body)) is not None:
            # "(Phillips, Bath, 12 March 1979, lot 88)": the house catalogued the lot, which
            # is no page, and the place of the sale is no title
            return Cite(speaker=house, writer=True)
        evidence = _EVIDENCE_NOTE.fullmatch(body)
        if evidence is not None:
            # a committee's note: "Q 7 [Mrs Hilda Brook]", "Written submission from the
            # Otterburn Ramblers (OTR0012)": who gave the evidence speaks; no work; the
            # question's number is the page (where a reader finds the answer), the
            # submission's code none
            named = evidence["witness"] or evidence["giver"]
            giver = _clean_name(named) if named else None
            asked = locator(body) if evidence["witness"] else None
            return Cite(
                speaker=giver,
                page=asked[0] if asked else None,
                described=True,
                writer=giver is not None,
            )
        if (layered := self._layered_record(body)) is not None:
            return layered
        if (in_print := self._printed_in(body)) is not None:
            return in_print
        if _KEPT_AT.fullmatch(body):
            # "Durham County Record Office, D/X 1127/4", "Borough Museum, object 1961.12":
            # where a document is kept and its call number, no title and nobody's words
            return Cite(described=True)
        issued = _BODY_TITLE_PAGE.fullmatch(body)
        if issued is not None and _BODY_NAME.search(issued["body"]):
            # "Eastbrook Borough Council, Budget and Council Tax 2026/27, p. 112": the body
            # issued the document and speaks by it; its title is the work
            kind_only, _maker = described_document(issued["title"])
            return Cite(
                speaker=re.sub(r"^The\s+", "", issued["body"]),
                work=None if kind_only else issued["title"].strip(),
                page=_page(issued["place"]),
                described=kind_only,
                writer=True,
            )
        label = re.match(r"^(?P<key>[A-Z]{1,3}\d{0,2}(?:\.\d{1,2})?)(?:,\s*(?P<place>.*))?$", body)
        key_page = re.match(
            r"^(?P<key>[A-Z]{1,3}\d{0,2})(?:\s+|:\s*)(?P<place>\d{1,4}(?:[-–]\d{1,4})?)$", body
        )
        if key_page and key_page["key"] in self.source_keys and not _YEAR.fullmatch(key_page[2]):
            # "(P 22)", "(P: 22)": a key and the page alone
            return replace(self.source_keys[key_page["key"]], page=key_page["place"])
        if label and label["key"] in self.source_keys:
            # "(A, p. 9)": the label stands for the work the source list keys by it
            source = self.source_keys[label["key"]]
            place = label["place"] or ""
            page = _page(place) or (place if re.match(r"para\.\s", place) else None)
            return replace(source, page=page, year=(_YEAR.findall(place) or [None])[-1])
        edition = re.match(
            rf"^(?:(?P<who>{_NAME}),\s+)?(?:the\s+)?(?:{_LABEL.pattern})"
            # its place, after a comma or not: "(2nd edn, p. 4)", "(1st edn p. 3)"
            r"(?:,?\s*(?P<place>(?:pp?\.|paras?\.|fol|col|ll?\.|sig\.|[\dxivlc]).*))?$",
            body,
        )
        if edition:
            # "(2nd edn, p. 4)", "(vol. II, p. 9)", "(Ann Lowe, 1952 ed., p. 3)": the work the
            # text keys the label to; an edition the text never keys is no work (only its
            # place is read)
            defined = self.source_keys.get(label_key(edition) or "")
            place = edition["place"] or ""
            if defined is not None:
                who = _clean_name(edition["who"]) if edition["who"] else None
                return replace(defined, speaker=who or defined.speaker, page=_page(place))
            if edition["edition"]:
                return Cite(page=_page(place)) if _page(place) else None
        if label and len(label["key"]) == 1:
            # "(Q, p. 4)" with no list defining "Q": a label the text never defines names no
            # one and no work; only its place is read
            place = label["place"] or ""
            return Cite(page=_page(place)) if _page(place) else None
        # a signal before a citation is no part of it ("See Pennock, …", "Cf. Ord, …"), and
        # what a later signal adds ("…, 102; see also Okafor, …") is another source
        body = _SIGNAL.sub("", body)
        body = re.sub(r"[;,.]\s*(?i:see(?:\s+also)?|cf\.|compare|contrast)\s.*$", "", body)
        if not body:
            return None
        keyed = _INITIALS_CITE.match(body)
        if (
            keyed
            and (keyed["who"] or keyed["via"])
            and all(k in self.people_keys for k in (keyed["who"], keyed["via"]) if k)
        ):
            # "(JRH)", "(KB, per RT)", "(SL in litt.)", "(per DA)": people the text keys by
            # their initials; the first speaks, "per" names who passed the words on
            who, via = (self.people_keys[k] if k else None for k in (keyed["who"], keyed["via"]))
            return Cite(speaker=who, via=via, keyed=True)
        initials = re.match(r"^(?P<who>[A-Z]{2,6}),\s+(?P<rest>[^()]+)$", body)
        keyed_person = self.people_keys.get(initials["who"]) if initials else None
        if (
            initials
            and keyed_person
            and initials["who"] not in self.abbreviations
            and initials["who"] not in self.source_keys
            and not _BODY_NAME.search(keyed_person)
            and not _NEWSPAPER.search(keyed_person)
            and len(keyed_person.split()) >= 2
        ):
            # "(AC, log, 3 January 1901)", "(EC, interview, 1978)": a person the text keys by
            # initials speaks; what follows says where or when
            return Cite(speaker=keyed_person, page=_page(initials["rest"]), keyed=True)
        later = re.search(
            r";\s*(?P<relay>(?:quoted|cited|printed|reprinted|transcribed)\s+(?:in|by)\s.*)$",
            body,
            re.IGNORECASE,
        )
        if later and not _IBID.match(body):
            # "Thomas Ordway to his niece, 11 November 1879; original lost; quoted in Alan
            # Ordway, *Ordways Abroad* …, p. 41": the document, then where its words are read
            # now; what stands between says what became of it
            described_part = body[: body.index(";")].strip(" ,")
            return self._read_cite(f"{described_part}, {later['relay']}")
        if ";" in re.sub(r"\([^()]*\)", "", body) and not _IBID.match(body):
            # "Pennock, Soap, 77; Okafor, Towpath, 12": the first source is the quotation's
            first = self._read_cite(body.split(";")[0])
            if first is not None and (first.speaker or first.work or first.via):
                return first
        archive, _comma, mark = body.partition(", ")
        if _CALL_MARK.fullmatch(mark) and ". " not in archive:
            return Cite()  # "(WYAS Wakefield, C412/3/7)": where it is kept, not who wrote it
        if _CALL_MARK.fullmatch(archive) and (not mark or _PLACE_ONLY.fullmatch(mark)):
            # "(DRO Q/SB/4/7, fol. 12)", "(TNA MH 12/4/2)": a call mark first, then at most
            # where in the document: the archive's mark is nobody's name and no title
            place = locator(mark) if mark else None
            return Cite(page=_page(mark) or (place[0] if place else None))
        if (inverted := self._inverted_reference(body)) is not None:
            return inverted
        if (numbered := self._numbered_cite(body)) is not None:
            return numbered
        stamp = _TIME_STAMP.search(body)
        if stamp and _EPISODE_TIME.fullmatch(body):
            # "(ep. 2, 17:45)": a recording's episode and the player's time; the time stamp is
            # the place, the series the review names is the work
            return Cite(work=self._series_title(), page=stamp["at"])
        if (canonical := canonical_reference(body)) is not None:  # "Gen. 4.9", "Aeneid 6.851"
            return Cite(speaker=canonical[2], work=canonical[0], page=canonical[1])
        if (edited := self._edited_reference(body)) is not None:
            return edited
        if (printed := self._document_in_edition(body)) is not None:
            return printed
        # APA's group author, abbreviated once and then by the abbreviation alone:
        # "(Western Coast Lifeboat Society [WCLS], 1888, p. 4)", later "(WCLS, 1888, p. 7)"
        introduced = re.match(r"^(?P<full>[^\[\]()]+?)\s*\[(?P<short>[A-Z][A-Z&]{1,9})\]", body)
        if introduced:
            self.abbreviations[introduced["short"]] = introduced["full"]
            body = introduced["full"] + body[introduced.end() :]
        body = _HEREAFTER_NOTE.sub("", body)  # the key itself: no part of the citation
        # a date written after a title with no comma is no part of it: "WG 12 Mar. 1926, p. 4"
        body = re.sub(
            rf"(\b[A-Z][\w’'-]*[*_]?)\s+(\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}})",
            r"\1, \2",
            body,
        )
        short = re.match(
            r"^[*_]?(?P<short>[A-Z][A-Za-z&]*(?:\s+[A-Z][A-Za-z&]*){0,2}?)[*_]?(?=,|\s+\d|$)", body
        )
        if short and short["short"] in self.abbreviations:  # "*BO*, 19 July 1853, 2"
            body = self.abbreviations[short["short"]] + body[short.end() :]
        article = re.match(r"^[“\"‘][^”\"’]{2,120}?[,.]?[”\"’][,.]?\s+(?=[A-Z*_\d])", body)
        following = body[article.end() :].split(",") if article else []
        if article and len(following) > 1 and _DATE_PART.match(following[1].strip()):
            # "“The Last Toll-Keeper,” Brackenford Mercury, 2 April 1951, 5": an article's
            # title, then the paper and its date: the paper is what is cited
            body = body[article.end() :]
        if article and re.search(r"\b(?:Retrieved|Accessed)\b", body):
            # a web page: '"About the Trust". Skelbrook Tramway Trust. Retrieved 12 May 2023':
            # its quoted title is the work; the site that publishes it says nothing of who speaks
            return Cite(work=_title(article[0].strip(' “”"‘’,.').rstrip(",.")))
        if article and following and re.match(r"\s*\d{4}\b", following[0]):
            body = self._untitled_article(body, article) or body
        if _IBID.match(body):
            base = self.last_note or Cite()
            rest = body[_IBID.match(body).end() :]  # type: ignore[union-attr]
            rest = re.sub(r"^[\s,]*at\s+(?=\d)", " ", rest)  # the law's "Id. at 16": page 16
            page_only = _IBID_PAGE.match(rest)  # "Ibid. 14": only a page after it
            place = locator(rest)
            page = _page(rest) or (
                place[0]
                if place
                else page_only.group("page")
                if page_only
                else _TRAILING_NUMBER.search(rest).group("page")  # type: ignore[union-attr]
                if _TRAILING_NUMBER.search(rest) and not _ISSUE.search(rest)
                else None
            )
            leading = re.match(r"^[\s,:;]*(?P<page>\d+(?:\s*[-–]\s*\d+)?)(?=\s*[,;]\s*[a-z])", rest)
            if page is None and leading:  # "Ibid., 71, quoting a carter": the page, then a remark
                page = leading["page"]
            page = _page_form(page) if page and page[:1].isdigit() else page  # "45–46": 45-46
            if not rest.strip(" .,;"):
                page = base.page  # "Ibid.": the same place
            owner = re.search(rf"\b(?P<name>{_NAME})(?:’s|'s)\s+(?:reply|answer|letter|note)", rest)
            speaker = _clean_name(owner.group("name")) if owner else base.speaker
            if base.via and not base.speaker and not base.work and not _RELAY.search(rest):
                # "Quoted in Pennock, Soap, 102." then "Ibid., 103.": the same book, now cited
                # for its own words; a relay goes on only when the note says so ("Ibid.,
                # quoting …")
                return Cite(base.via, base.via_work, page, base.year)
            return Cite(
                speaker,
                base.work,
                page,
                base.year,
                base.via,
                base.via_work,
                periodical=base.periodical,
            )
        if (idem := _IDEM.match(body)) is not None:
            base = self.last_note or Cite()
            rest = body[idem.end() :].strip(" ,;:")
            titled = self.parse_cite(rest) if rest else None
            if titled is not None and titled.work:  # "Idem, Another Title, p. 4"
                return Cite(base.speaker, titled.work, titled.page, titled.year)
            place = locator(rest)
            page = _page(rest) or (place[0] if place else None) or (None if rest else base.page)
            return Cite(base.speaker, base.work, page, base.year, base.via, base.via_work)
        if (loc_cit := _LOC_CIT.match(body)) is not None:
            surname = loc_cit["name"].split()[-1] if loc_cit["name"] else None
            for _offset, _number, earlier_cite in reversed(self.note_cites):
                if surname is None or (earlier_cite.speaker or "").split()[-1:] == [surname]:
                    return earlier_cite
            return self.last_note if surname is None else None
        if (case := _CASE.match(body)) is not None:
            page = re.sub(r"\s*[-–]\s*", "-", case["pin"]) if case["pin"] else None
            return Cite(speaker=case["judge"], work=case["case"], page=page, year=case["year"])
        if (case := _UNREPORTED_CASE.match(body)) is not None:
            page = re.sub(r"\s*[-–]\s*", "-", case["pin"]) if case["pin"] else None
            return Cite(work=case["case"], page=page, year=case["year"])
        if (statute := _STATUTE.match(body)) is not None:
            return Cite(work=statute["act"])  # Parliament's words: nobody is named for them
        if (congress := _CONGRESSIONAL.match(body)) is not None:  # "99 Cong. Rec. 5123 (1953)"
            return Cite(work=congress["series"], page=congress["page"], year=congress["year"])
        if (debate := _DEBATES.match(body)) is not None:  # "HC Deb 12 March 1931 vol 249 col 1120"
            place = locator(debate["place"] or "")
            return Cite(
                work=debate["series"], page=place[0] if place else None, year=debate["year"]
            )
        cross = _CROSS_REFERENCE.match(body)
        if cross is not None and not _RELAY.search(cross["name"]):  # "Leese (n 2) 91": note 2
            for _offset, number, noted_cite in self.note_cites:
                if number == cross["note"]:
                    pin = _page_form(cross["pin"]) if cross["pin"] else None
                    return replace(noted_cite, page=pin)
        nameless = re.match(r"^(?i:op\.\s*cit)\b\.?", body)
        if nameless and self.last_note is not None:
            # "Op. cit., 80." with no name: the work the note before cited, at another place
            where = body[nameless.end() :]
            bare_at = _IBID_PAGE.match(where)
            page = _page(where) or (_page_form(bare_at["page"]) if bare_at else None)
            return replace(self.last_note, page=page)
        if nameless:
            return None  # never a title "Op. cit"
        op_cit = _OP_CIT.match(body)
        earlier = [
            noted
            for noted in self.noted
            if op_cit and noted[0].split()[-1] == op_cit["name"].split()[-1]
        ]
        if op_cit and earlier:
            # "Ashdown, op. cit., 215": a page written bare, as a note writes it, or a place
            where = body[op_cit.end() :]
            bare_page = _IBID_PAGE.match(where)
            place = locator(where.strip(" ,;:"))
            page = (
                _page(where)
                or (_page_form(bare_page["page"]) if bare_page else None)
                or (place[0] if place else None)
            )
            return Cite(*earlier[-1], page=page)
        relay = _RELAY.search(body)
        if relay:
            own = self.parse_cite(body[: relay.start()].rstrip(" ,;")) if relay.start() else None
            relayed = self.parse_cite(body[relay.end() :]) or Cite()
            return Cite(
                speaker=own.speaker if own else None,
                work=own.work if own else None,
                page=relayed.page,
                year=own.year if own else None,
                # "quoted in Dunstow Advertiser, 14 April 1911, p. 5": an issue of a paper
                # relays the words itself
                via=relayed.speaker or (relayed.work if relayed.periodical else None),
                via_work=relayed.work,
            )
        published = re.search(r"\s*\([^()]*\b(?:1[5-9]\d\d|20\d\d)\b[^()]*\)", body)
        own_span = published and _TITLES_OWN_SPAN.search(body[: published.start()])
        if published and own_span:
            # a title runs to its publication facts, its own span of years with it ("A
            # Boatman's Year: Life on the Cut, 1850–1870 (Bradford, 1871)"); a person's dates
            # ("Ann Lee, 1801–1870") and a collection's ("Letters, 1920–1934, record office")
            # are no part of a title
            body = body[: own_span.start("comma")] + "\x00" + body[own_span.end("comma") :]
            published = re.search(r"\s*\([^()]*\b(?:1[5-9]\d\d|20\d\d)\b[^()]*\)", body)
        pinpoint = None
        after = _AFTER_PUBLICATION.fullmatch(body[published.end() :]) if published else None
        if published and after and not _YEAR.search(after["remark"] or ""):
            pinpoint = after["pin"]  # "(LGDJ 1979) 14 (author's translation)": page 14
            body = body[: published.start()]
        elif published:  # "A Voice in the Back Row (Leeds, 1934)": where and when, not the title
            body = body[: published.start()] + body[published.end() :]
        if (division := _DIVISION.search(body)) is not None:
            body = body[: division.start()]  # "… Ashby Green (1905) byelaw 4": a clause, no page
        if re.fullmatch(r"\d+(?:\s*[-–—]\s*\d+)?", body) and not _YEAR.fullmatch(body):
            return Cite(page=re.sub(r"\s*[-–—]\s*", "-", body))  # MLA's "(214)": a page
        at_page = _PINPOINT.search(body)  # "pp. 10–22, at p. 14": the page the words are on
        page = (
            _page_form(at_page["page"])
            if at_page and _page(body[: at_page.start()])
            else _page(body) or (_page_form(pinpoint) if pinpoint else None)
        )
        without_page = _PAGE.sub("", body).strip(" ,;:")
        if page is None and (place := locator(without_page)) is not None:
            page, without_page = place  # "fol. 2r", "col. 4", "00:14:32": a place, no page
        elif page is not None and (place := locator(without_page)) is not None:
            without_page = place[1]  # "Minutes of Evidence, Q. 430, p. 29": the page says where
        # a span of years ("1880–1899") is how long a document was kept, not when words were
        year_match = _YEAR.search(_YEARS.sub(" ", without_page)) or (
            published and _YEAR.search(published[0])
        )
        year = year_match.group(1) if year_match else None
        lettered = _LETTERED_YEAR.search(_YEARS.sub(" ", without_page))
        if lettered and (year is None or year == lettered["year"]):
            year = lettered["year"] + lettered["letter"]  # "(Hale, 1987a, p. 12)"
        if page is None and not _ISSUE.search(without_page):
            trailing = _TRAILING_NUMBER.search(without_page) or _AUTHOR_PAGE.search(without_page)
            if trailing and (
                _LOCATOR.search(without_page[: trailing.start()])
                or _ARCHIVE_MARK.search(without_page[: trailing.start()])
            ):
                trailing = None  # "tape 14", "box 3", "14 J 3", "MS 4": a place, not a page
            if (
                trailing
                and trailing.group("page") != year
                and not _DATE_BEFORE.search(without_page[: trailing.start()])
            ):  # "entry for 14 March 1891": a date, not page 1891
                page = _page_form(trailing.group("page"))
                without_page = without_page[: trailing.start()]
        # an italic title keeps its commas, as does a title in quote marks: "*Minutes of the
        # Vestry, 1820–1860*, 44", "“Small Trades, 1780–1914” (PhD thesis, …)", "Agnes Pye,
        # 'Hollin Bank, 1914-1918', …" (single marks: to the first that ends the part)
        kept = re.sub(
            r"\*[^*]+\*|(?:^|(?<=,\s))(?:[“\"][^”\"]+[”\"]|[‘'][^‘'\n]+?[’'])(?=\s*(?:[,;]|$))",
            lambda m: m[0].replace(",", "\x00"),
            without_page,
        )
        parts = [p.strip().replace("\x00", ",") for p in re.split(r",|;", kept) if p.strip()]
        speaker = work = None
        record = False
        written_by = False  # the speaker is who wrote the described document ("Hale to Moss")
        described = False  # "letter to the churchwardens": a document described, not titled
        dated = False  # a day of a month after a title: an issue of a periodical
        to_editor = False  # "letter to the editor": the paper named next printed it
        et_al = False  # "Hartley et al.": the first of several authors, named so
        italic_work = False  # the work was set in italics
        for n, part in enumerate(parts):
            if n == 0:
                # "Editorial comment beneath ‘An Emigrant’s Report’": the heading a piece was
                # printed under or near is no part of what it is
                part = _UNDER_HEADING.sub("", part)
            if re.fullmatch(r"n\.\s?d\.?", part, re.IGNORECASE):
                continue  # APA's "n.d.": no date, not a remark in small letters
            sender = document_writer(part) if described and not (speaker or work) else None
            if sender is not None:
                speaker = _clean_name(sender)  # "Email, Ruth Oyelaran to the grants officer"
                written_by = speaker is not None
                continue
            if n == 0 and _DESCRIBED_HERE.match(part):
                described = True  # "Letter to Westshire County Council": no title, no work
                continue
            if n == 0 and _DESCRIBED_RECORD.fullmatch(part):
                described = record = True  # "Club minutes, 12 January 1891": a record described
                kept_by = re.match(r"[A-Z][\w’'-]*", part)
                if kept_by and _BODY_NAME.search(kept_by[0]):
                    speaker = self._body_named(kept_by[0])  # the club's own minutes: its words
                continue
            if n == 0 and (kind := described_document(part))[0]:
                # "(Letter, Hale to Moss, 3 May 1901)", "Application 2025/114, Q3", "Diary of
                # Tom Price, …": a document described by its kind, no title; its maker speaks
                described = True
                speaker = kind[1]
                written_by = speaker is not None
                continue
            if _ISSUE.fullmatch(part) or _DATE_PART.match(part):
                dated = dated or (work is not None and not described)
                continue
            following = [p for p in parts[n + 1 :] if not _YEAR.fullmatch(p.strip("() "))]
            issue = following[0] if following and _ISSUE.fullmatch(following[0]) else None
            if issue is not None:  # "Circulars, no. 7": a series (its number is a place in it)
                work = work or _title(part)
                continue
            by = _BY.match(part)
            by_name = _clean_name(by.group("name")) if by else None
            if by and by_name and speaker is None and work is None:
                speaker, work = by_name, _title(by.group("work"))
                continue
            bare = part
            if year and re.fullmatch(rf"(?P<n>.+?)\s*\(?{year}\)?[a-z]?", part):
                bare = part[: part.index(year)].strip(" (")
            if not bare or _YEAR.fullmatch(bare) or _YEARS.fullmatch(bare):
                continue
            if _LETTERED_YEAR.fullmatch(bare.strip("() ")):
                continue  # "1987a": a year, never a title
            # (a title in straight single quotes too: "'A Winter on the Cut', Canal Quarterly")
            quoted = bare[:1] in '“"*_‘' or re.fullmatch(r"'[^']+'", bare) is not None
            if not quoted and _running_sentence(bare):
                continue  # "The notice itself has not survived": a note's remark, no title
            letter = _LETTER_TO.match(bare) if not quoted else None
            if letter and speaker is None and work is None:
                writer = letter["writer"] or letter["body_writer"]
                speaker, described = _clean_name(writer), True  # "Tulk to Pelly, …"
                written_by = speaker is not None
                continue
            # "Interview with Mary Holt by the author": who made the record is no part of it
            document = (
                _DESCRIBED_DOCUMENT.match(re.sub(r"\s+by\s+the\s+(?:author|writer)$", "", bare))
                if not quoted
                else None
            )
            if document and speaker is None and work is None:
                speaker, described = _clean_name(document["name"]), True  # "Will of Ann Lee"
                continue
            if (
                bare[:1].islower()
                and _DESCRIBED_RECORD.fullmatch(bare)
                and speaker is not None
                and work is not None
                and not (_BODY_NAME.search(speaker) or _BODY_NAME.search(work))
            ):  # "Ebbfield, St Mary's, burial register, 1850": where a record is kept, not its
                # author and title
                speaker = work = None
                described = record = True
                continue
            if (
                bare[:1].islower()
                and _DESCRIBED_RECORD.fullmatch(bare)
                and speaker is not None
                and work is not None
                and _BODY_NAME.search(work)
            ):  # "Brayford Corporation, Baths Committee, minutes, …": the committee's own
                # record, no title (a body's name is never a work)
                speaker, work = work, None
                described = record = True
                continue
            if bare[:1].islower():
                described = described or (speaker is not None or work is not None)
                if (
                    described
                    and speaker is None
                    and work
                    and _BODY_NAME.search(work)
                    and not _ISSUED_BY.match(work)  # "Rules of the Lace School": its title
                ):
                    speaker, work = work, None  # "Harbour Board, minutes, …": the board's
                # "letter to the editor, Fenland Gazette": printed in the paper that follows
                to_editor = to_editor or bool(re.match(r"letters?\s+to\s+the\s+editor", bare))
            elif to_editor and work is None and not quoted:
                work = _title(bare)
                continue
            if described and not quoted:
                printed_in = self._edition_title(_title(bare))
                if work is None and printed_in in self.editions:
                    work = printed_in  # "Ann Lee to Tom Hale, 3 May 1850, Lee Letters, p. 9"
                elif (
                    work is None
                    and _NEWSPAPER.search(bare)
                    and n + 1 < len(parts)
                    and _DATE_PART.match(parts[n + 1])
                ):
                    # "Editorial comment, *Carlisle Journal*, 30 May 1856, p. 3": an issue of
                    # the paper the described piece was printed in
                    work, dated = _title(bare), True
                continue  # what follows a description is where it is kept ("parish chest")
            et_al = et_al or (work is None and re.search(r"\s+et\s+al\.?$", bare) is not None)
            bare = re.sub(r"\s+&\s+", " and ", re.sub(r"\s+et\s+al\.?$", "", bare))
            name = None if quoted else _clean_name(bare)
            joint = name is not None and " and " in name and self._lookup_cited(name, None)
            looks_named = (
                name is not None
                and name == bare
                and len(name.split()) <= 4
                and all(
                    w[:1].isupper() or w in _PARTICLES or (joint and w == "and")
                    for w in name.split()
                )
                and not re.search(r"\b(?:The|A|An|Of|On)\b(?!\.)", name)
                and not _TITLE_NOUNS.search(name)
            )
            if speaker is None and work is None and looks_named:
                speaker = name
            elif work is None and (quoted or bare[:1].isupper() or bare[:1].isdigit()):
                # an article's title in quote marks, then where it was printed: "‘Feet and
                # Deeds’ (1990) 106 LQR 220" (OSCOLA); never a remark: "(all quotes from Pravda)"
                inner = re.match(r"^[“\"‘'](?P<title>.+?)[”\"’'](?=\s|$)", bare) if quoted else None
                work = _title(inner["title"] if inner else bare)
                # a title set in italics is a title, whatever words it has ("*Report of the
                # Flood Inquiry* (…), Minutes of Evidence, p. 203": the part is no title)
                italic_work = bare[:1] in "*_"
            elif (
                speaker is None
                and work is not None
                and not italic_work
                and (
                    _BODY.fullmatch(work) or _BODY_NAME.search(work) or _BODY_REMIT.fullmatch(work)
                )
                and (quoted or bare[:1].isupper())
                # a year in a title set in italics is the title's ("Council, *The Flood of
                # 1968*"); a year alone after a body is a date
                and (bare[:1] in "*_" or not _YEAR.search(bare))
            ):  # "Commissioners of Northern Lights, Instructions to Lightkeepers, p. 3"
                speaker, work = work, _title(bare)
        if speaker is not None and work is not None:
            # "(Rusk, Lichens, p. viii)": the one title the text gives that begins so, before
            # one that begins so only without its article ("The lichens of …")
            work = self._begun_exactly(work) or self._listed_title(speaker, work)
        if work is not None:
            work = self._titled_in_full(work)  # "(*Under Caerwyn*, p. 88)": the full title
        if speaker is not None and work is None:
            looked = self._lookup_cited(speaker, year)
            if looked is not None:
                speaker, work = looked
            elif not record and not described:
                # a short note after a full one ("Ashdown, p. 27." after "Margaret Ashdown,
                # The Saltgate Lido …, p. 12."): that author's one noted work
                noted = {n for n in self.noted if n[0].split()[-1] == speaker.split()[-1]}
                if len(noted) == 1 and " " not in speaker.strip():
                    speaker, work = noted.pop()
        if et_al and speaker is not None:  # named as the text names them, not every author
            speaker = f"{speaker.split(' and ')[0].split()[-1]} et al."
        elif speaker is None and work is not None:
            for full, cited_year, title in self.cited:
                if _words(full) == _words(work) and (year is None or cited_year == year):
                    speaker, work = full, title  # "(Meteorological Office 1921, 4)"
                    break
                if title and _words(title) == _words(work):
                    speaker = full  # "(*Seed Circle Newsletter* 3)": its body wrote it
                    break
        seasons = r"[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter"
        if speaker and re.fullmatch(rf"{_MONTH}|{seasons}", speaker):
            speaker = None  # "(May 1908)" after the words: when, never who
        if record and speaker is None and work is None:
            return Cite(page=page, year=year)  # a citation of no title: it names no work
        if described and speaker is None and work is None:
            # "Application 2025/114, Q3": a document described, whose maker the text names
            # elsewhere; it names no work and relays nothing
            return Cite(page=page, year=year, described=True)
        if speaker is None and work is None and page is None:
            return None
        if (
            speaker
            and not (work or page or year)
            and " " not in speaker
            and not self._known(speaker)
        ):
            return None  # "(Applause.)", "(Laughter.)": a stage direction, not a citation
        if (
            speaker is None
            and work is None
            and year is None
            and not re.fullmatch(  # "(p. 14)", "(pp. 3–4)", a preface's "(p. xiv)"
                r"(?:pp?\.?|pages?|pg\.)?\s*(?:\d+(?:\s*[-–—]\s*\d+)?|(?:pp?\.|pages?)\s*[ivxlc]+)",
                body,
                re.IGNORECASE,
            )
            and (locator(body) or ("", "?"))[1] != ""  # "(fol. 12r)" alone: a place in it
        ):
            return None  # "(see below, page 3 of the report)": a remark
        periodical = (
            work is not None
            and speaker is None
            # "UDC Minutes, 6 Apr. 1926": a body's record named by its kind, no periodical
            and not re.search(
                r"(?:^|\s)(?:Minutes|Report|Diary|Log|Letter|Register|Journal of)\b", work
            )
            and ((dated and page is not None) or bool(_NEWSPAPER.search(work)))
        )
        return Cite(
            speaker=speaker,
            work=work,
            page=page,
            year=year,
            periodical=periodical,
            described=described and work is None,
            writer=written_by and described and work is None,
        )

    def _body_named(self, kind: str) -> str | None:
        """The one body of this ``kind`` ("Club") the text names in full ("The Orwell Rowing
        Club was founded …"), or None when it names none or several."""
        named = {
            # a source list's key before the name is no part of it ("H  Marlow Herald.")
            re.sub(r"^The\s+", "", " ".join(_KEY_LABEL.sub("", found[0]).split()))
            for found in re.finditer(
                # "the Clarion" of "the Fellmoor and District Clarion"
                rf"\b(?:[A-Z][\w’'-]*[ \t]+(?:(?:and|of|for|on)[ \t]+(?=[A-Z]))?){{1,5}}"
                rf"{re.escape(kind)}\b",
                self.text,
            )
        } - {kind}
        # an office or a part of the body is not another name of it ("Leader of Tamsford Town
        # Council", "Clerk of the Works")
        named = {n for n in named if not n.endswith(f" of {kind}")}
        # a code before the name is a list's reference, no part of it ("RBS0022 Village
        # Transport Alliance")
        named = {re.sub(r"^(?:\S*\d\S*\s+)+", "", n) for n in named} - {kind}
        # a shorter form of a longer one is the same body ("District Clarion")
        named = {n for n in named if not any(o != n and o.endswith(" " + n) for o in named)}
        return named.pop() if len(named) == 1 else None

    def _body_by_head(self, head: str) -> str | None:
        """The one body the text names in full whose head noun ``head`` is ("the Department"
        of "the Department for Transport", "the pottery" of "Wey Valley Pottery", "the
        Alliance" of "the Village Transport Alliance"): what a careful reader takes a body's
        kind alone to mean once the text has named one such body; None for none or several.
        Read once per head noun (a book is long)."""
        word = head.strip().capitalize()
        if not _BODY_HEAD.fullmatch(word):
            return None
        if word not in self._bodies_by_head:
            named = {
                re.sub(r"^The\s+", "", " ".join(found[0].split()))
                for found in re.finditer(
                    # "Upper Teme Parish Council", "Department for Transport", "Harbour Trust
                    # of Saltby"
                    rf"(?<![\w’'-])(?:[A-Z][A-Za-z’'-]*[ \t]+){{0,5}}{word}\b(?:[ \t]+(?:for|of)"
                    rf"[ \t]+(?:the[ \t]+)?(?:[A-Z][A-Za-z’'-]*[ \t]+(?:and[ \t]+)?){{0,4}}"
                    rf"[A-Z][A-Za-z’'-]*(?![\w’'-]))?",
                    self.text,
                )
            }
            named = {_without_opening_words(n) for n in named} - {word}
            # a shorter form of a longer one is the same body ("Transport Alliance")
            named = {n for n in named if not any(o != n and n in o for o in named)}
            self._bodies_by_head[word] = named.pop() if len(named) == 1 else None
        return self._bodies_by_head[word]

    @functools.cached_property
    def _bodies_by_head(self) -> dict[str, str | None]:
        return {}

    def _called_note(self, number: str) -> tuple[str, Cite | None] | None:
        """The note that belongs to the mark ``number`` the quotation being read ends with, as
        (its words, its citation or None): of the notes so numbered (read as a citation or
        not), the first after the mark (a page's or a chapter's own notes stand after its
        text: note 1 of page 3 is not note 1 of page 5), else the last before it."""
        number = number.translate(_SUPERSCRIPTS)
        numbered = [note for note in self.called_notes if note[1] == number]
        after = [note for note in numbered if note[0] >= self.position]
        if not numbered:
            return None
        _offset, _number, body, cite = after[0] if after else numbered[-1]
        gathered = self._gathered_note(number)
        return gathered if gathered is not None else (body, cite)

    def _gathered_note(self, number: str) -> tuple[str, Cite | None] | None:
        """The note of mark ``number`` when the notes restart their numbering as the marks do
        (each chapter's or page's notes numbered from 1, wherever they stand, also gathered
        at the end under each chapter's heading): the mark in the k-th run of marks calls the
        note in the k-th set of notes. None when the runs and sets do not pair off."""
        marks, sets = self._mark_runs(symbols=not number.isdigit())
        runs = 1 + max((run for _at, _n, run in marks), default=-1)
        if runs < 2 or runs != len(set(sets.values())):
            return None
        near = [(abs(at - self.position), run) for at, n, run in marks if n == number]
        if not near:
            return None
        run = min(near)[1]
        for index, (_offset, n, body, cite) in enumerate(self.called_notes):
            if n == number and sets.get(index) == run:
                return body, cite
        return None

    def _mark_runs(
        self, *, symbols: bool = False
    ) -> tuple[list[tuple[int, str, int]], dict[int, int]]:
        """The text's note calls outside the notes, numbered (or, with ``symbols``, by "*",
        "†", …), each with the run it belongs to (a run starts again where the numbers or the
        symbols do), and each note's set (the same)."""
        if symbols in self._runs:
            return self._runs[symbols]
        calls = _SYMBOL_CALL if symbols else _NUMBERED_CALL
        marks: list[tuple[int, str, int]] = []
        run, last = 0, (0, 0)
        for block in self.blocks:
            if block.role not in ("body", "heading"):
                continue
            for found in calls.finditer(block.text):
                number = next(g for g in found.groups() if g).translate(_SUPERSCRIPTS)
                if _note_rank(number) <= last:
                    run += 1
                last = _note_rank(number)
                marks.append((block.start + found.start(), number, run))
        sets: dict[int, int] = {}
        note_set, last, group_before = -1, (0, 0), None
        for index, (_offset, number, _body, _cite) in enumerate(self.called_notes):
            group = self.note_sets[index]
            if number.isdigit() == symbols:
                continue
            if note_set < 0 or (group != group_before and _note_rank(number) <= last):
                note_set += 1
            last, group_before = _note_rank(number), group
            sets[index] = note_set
        self._runs[symbols] = (marks, sets)
        return self._runs[symbols]

    def _called_in_brackets(self, body: str) -> bool:
        """Whether a number in round brackets after words, "(4)", calls note 4 rather than
        giving a page: the text has notes so numbered and calls none of them any other way
        ("…”⁴", "…”[4]")."""
        number = body.strip()
        if not re.fullmatch(r"\d{1,3}", number) or self._called_note(number) is None:
            return False
        if self._other_calls is None:
            self._other_calls = bool(
                re.search(r"[^\s¹²³⁴⁵⁶⁷⁸⁹⁰][¹²³⁴⁵⁶⁷⁸⁹⁰]|\[\^?\d{1,3}\]|<sup>\d", self.text)
            )
        return not self._other_calls

    def _note(self, number: str) -> Cite | None:
        """The citation the note called by ``number`` makes ("Ibid." is the note before it, in
        order); a note that only comments makes none. With no such note, entry ``number`` of
        a numbered reference list (also when the note so numbered only comments: a lettered
        group of remarks beside a numbered list of references)."""
        number = number.translate(_SUPERSCRIPTS)
        called = self._called_note(number)
        if called is not None and (called[1] is not None or number not in self.references):
            return called[1]
        # AMA: a raised number cites the numbered reference list, not a note ("…”³" → "3.
        # Bramley Commissioners. Guide to Bramley Spa. …")
        return self.references.get(number)

    def _unread_note(self, number: str) -> None:
        """The quotation's note says something, but nothing a citation is made of: the
        moderator is told first, rather than given a guess."""
        number = number.translate(_SUPERSCRIPTS)
        called = self._called_note(number)
        if called is not None and called[1] is None and number not in self.references:
            body = called[0]
            shown = body if len(body) <= 60 else body[:57].rstrip() + "…"
            self.given_up.append(f"note {number} names no source: ‘{shown}’")

    def _trailing_cite(self, after: str, *, direct: bool = False) -> tuple[Cite | None, int]:
        """A citation for a quotation: a parenthetical or footnote marker right after it (and
        its punctuation), else (unless ``direct``) one closing the sentence it stands in."""
        pressed = self._press_line(after)
        if pressed is not None:
            return pressed
        found = _PARENTHETICAL.match(after)
        if found and self._called_in_brackets(found.group("body")):
            # "… the hut “never once locked” (4)." with a note numbered 4: the note's call
            cite = self._note(found.group("body").strip())
            if cite is None:
                self._unread_note(found.group("body").strip())
            return cite, found.end()
        if found:
            cite = self.parse_cite(found.group("body"))
            if cite is not None:
                return cite, found.end()
        marker = re.match(r"^[\s.,;:!?”\"’'»]{0,3}(?:" + _MARKER.pattern + ")", after)
        if marker:
            number = next(g for g in marker.groups() if g)
            cite = self._note(number)
            if cite is not None:
                paged = _PAGE_AFTER_MARKER.match(after, marker.end())
                if paged:  # "….[2]: 141": the note's work, at the page printed after it
                    at = paged["page"] or paged["at"]
                    return replace(cite, page=_page_form(at)), paged.end()
                return cite, marker.end()
            self._unread_note(number)
        paged = _AMA_MARKER.match(after)  # AMA's raised "1(p12)", "2(pp3-4)": entry and page
        if paged and (cite := self._note(paged["n"])) is not None:
            page = _page(paged["where"].replace("p", "p. ", 1))
            return replace(cite, page=page or cite.page), paged.end()
        bare = _BARE_MARKER.match(after)
        if bare and (cite := self._note(bare.group(1))) is not None:
            return cite, bare.end()  # an endnote number printed plain: "… business.’1"
        if bare and not direct:
            self._unread_note(bare.group(1))
        bracketed = _BRACKET_REFERENCE_AFTER.match(after)
        if bracketed and (cite := self._bracket_cite(after)) is not None:
            return cite, bracketed.end()  # "… in the voice" [2, p. 3]
        if direct:
            return None, 0
        if re.match(r"^\s*[.!?]?\s*$", after[:2]) and re.match(r"^[.!?]\s+[A-Z]", after):
            return None, 0  # the quotation ended its sentence
        sentence_end = _sentence_end(after)
        sentence = after[:sentence_end]
        closing = re.search(r"\((?P<body>(?:[^()]|\([^()]*\))*)\)\s*$", sentence)
        if closing:
            cite = self.parse_cite(closing.group("body"))
            if cite is not None:
                return cite, 0
        said = _SAID_CLAUSE_CITED.match(sentence)
        if said and re.search(rf"\b{_SPEECH_VERBS}\b", said["clause"]):
            # "“…,” Rowe wrote in her preface (p. vii), and she did: …": the said-clause
            # after the words closes with their citation
            cite = self.parse_cite(said["body"])
            if cite is not None:
                return cite, 0
        in_sentence = list(_BRACKET_REFERENCE.finditer(sentence))
        if in_sentence and not sentence[in_sentence[-1].end() :].strip(" ,;:.)"):
            cite = self._bracket_cite(sentence[in_sentence[-1].start() :])  # "…," he wrote [5].
            if cite is not None:
                return cite, 0
        marker = re.match(r"^[.!?]?(?:" + _MARKER.pattern + ")", after[sentence_end:])
        if marker is None:
            marker = re.search("(?:" + _MARKER.pattern + r")\s*$", sentence)
        if marker:
            number = next(g for g in marker.groups() if g)
            cite = self._note(number)
            if cite is not None:
                return cite, 0
            self._unread_note(number)
        plain = _BARE_MARKER.match(after[sentence_end:])
        if plain and (cite := self._note(plain.group(1))) is not None:
            return cite, 0  # "…,” remembered Ann Tuke, who grew up on Creek Road.4"
        return None, 0

    def _series_title(self) -> str | None:
        """The one recorded series the text names ("*The Drowned Hall* is a six-part podcast",
        "the radio series *Old Roads*"), the work its episodes are cited in."""
        titles = {
            _title(found["title"] or found["title2"]) for found in _SERIES.finditer(self.text)
        } - {""}
        return titles.pop() if len(titles) == 1 else None

    def _press_line(self, after: str) -> tuple[Cite, int] | None:
        """A press quotation's line "‘…’ — Critic, Paper" (a programme's or a jacket's panel):
        the dash and the names end the line, the critic speaks in the paper; an unsigned
        "— The Stage" is the paper's own words."""
        line = _PRESS_LINE.match(after)
        if line is None:
            return None
        words = re.findall(r"[^\W\d_][\w’'-]*", line["body"])
        small = {"of", "the", "and", "in", "a", "an", "on", "for", "to", "at", "de", "la", "le"}
        if not 1 <= len(words) <= 10 or not all(w[:1].isupper() or w in small for w in words):
            return None
        cite = self.parse_cite(line["body"])
        if cite is None or cite.via or not (cite.speaker or cite.work):
            return None
        if cite.speaker is None:
            cite = replace(cite, speaker=cite.work)
        return cite, line.end()

    def _relayed_next(self, after: str) -> Cite | None:
        """ "That letter was quoted in Hollis's history (Hollis 1988, 41)." right after."""
        sentences = re.split(r"(?<=[.!?])\s+", after.strip(), maxsplit=2)
        following = (
            sentences[1]
            if len(sentences) > 1 and not sentences[0].strip('.!?”"’»')
            else sentences[0]
        )
        if not _RELAYED_LATER.match(following):
            return None
        closing = re.search(r"\((?P<body>(?:[^()]|\([^()]*\))*)\)\s*[.]?$", following)
        cite = self.parse_cite(closing.group("body")) if closing else None
        if cite is not None and cite.speaker:
            return Cite(page=cite.page, via=cite.speaker, via_work=cite.work)
        named = re.search(rf"\b(?:in|by)\s+(?P<name>{_NAME})(?:’s|'s)?", following)
        return Cite(via=_clean_name(named.group("name"))) if named else None

    def _work_from(self, words: str) -> tuple[str | None, str | None]:
        """(title, year) named where a quotation is introduced: "in The Long Shelf (1931)",
        "in her book *X*", "he wrote in Crossings"."""
        found = None
        genre = [(m, m.start("title"), m.end("title")) for m in _genre_titles(words)]
        for match in _WORK_IN.finditer(words):
            raw = match.group("title")
            if any(a <= match.start("title") < b for _m, a, b in genre):
                continue  # "study Life and Terror in Stalin’s Russia": not "Stalin’s Russia"
            relayed = words[max(0, match.start("title") - 14) : match.start("title")]
            if re.search(r"\b(?:cited|quoted|qtd\.?)\s+(?:in|by)\s+$", relayed, re.I):
                continue  # "(quoted in Dale 1990, 37)": who relays the words, never their work
            title = _trim_title(raw)
            if not title or _YEAR.fullmatch(title) or title.split()[0] in _NOT_TITLE_STARTS:
                continue
            if raw.endswith(("’s", "'s")) and re.match(
                r"\s+(?:own\s+)?hand(?:writing)?\b", words[match.end("title") :]
            ):
                continue  # "in Ann Rudd's hand": who wrote it, never a title
            if _NOT_A_TITLE.match(title):
                continue  # "she wrote in March 1893": a date, never a work
            if raw[:1] not in '*_“"' and _PLACE_NAME.search(title):
                continue  # "the ironmongers in Bridge Street": a place, never a work
            marked = raw[:1] in '*_“"'
            after_verb = re.search(rf"{_SPEECH_VERBS}\s+$", words[: match.start()]) is not None
            typed = match.group(0) != "in " + raw and match.group(0) != "In " + raw
            if not (marked or typed) and _time_phrase_length(["In", *title.split()]):
                continue  # "In March Brennard Logistics wrote": a time, then who wrote
            if len(title.split()) == 1 and not (marked or after_verb or typed):
                continue  # "in Leeds", "in March": too little to be a title
            found = (match, title)
        for match, _a, _b in genre:  # "his excellent book Another View of Stalin"
            title = _trim_title(match.group("title"))
            if (
                title
                and not _YEAR.fullmatch(title)
                and (found is None or found[0].start() < match.start())
            ):
                found = (match, title)
        for match in _CALLED_TITLE.finditer(words):  # "a tract, which she called An Answer,"
            title = _trim_title(match.group("title"))
            if title and not _YEAR.fullmatch(title):
                found = (match, title)
        for match in _PART_OF_TITLED.finditer(words):  # "The foreword to its 1954 *Specimen*"
            found = (match, _title(match.group("title").strip("*_")))
        for match in _PLACE_OF_TITLE.finditer(words):  # "on p. 163 of *Soap and Civic Virtue*"
            title = _trim_title(match.group("title").strip('*_“”"'))
            if (
                title
                and not _YEAR.fullmatch(title)
                and (found is None or found[0].start() < match.start())
            ):
                found = (match, title)
        if found is None and (subject := _TITLE_AS_SUBJECT.search(words)) is not None:
            found = (subject, _trim_title(subject["title"].strip("*")))
        if found is None:
            quoted = [
                m
                for m in _QUOTED_TITLE.finditer(words)
                if _title_case(m.group("title"))
                # "Her last chapter is called “After the Bell”": a part of a work, not the work
                and not _PART_OF_WORK.search(words[max(0, m.start() - 40) : m.start()])
            ]
            if quoted:  # "his report on ‘Mastering Bolshevism’:"
                found = (quoted[-1], quoted[-1].group("title"))
        if found is None:
            periodicals = list(_PERIODICAL_IN.finditer(words))
            if periodicals:
                found = (periodicals[-1], periodicals[-1].group("title"))
        if found is None:
            listed = self._listed_work(words)
            if listed is not None:
                found = listed
        if found is None:  # "Its Conditions of Licence for Cinematograph Exhibitions, …":
            # a title of the works-cited list named in full
            for _full, _year, listed_title in self.cited:
                if listed_title is None or len(listed_title.split()) < 3:
                    continue  # a short title may be a phrase of the prose
                named = re.search(r"\s+".join(map(re.escape, listed_title.split())), words)
                if named is not None:
                    found = (named, listed_title)
        if found is None:
            return None, None
        match, title = found
        relayed_by = words[max(0, match.start() - 30) : match.end()]
        relay = rf"\b(?:cited|quoted|qtd\.?)\s+(?:in|by)\s+{_NAME}(?:’s|'s)\s+(?:[a-z]+\s+)?"
        if re.search(relay + r"[*_“\"]?" + re.escape(title.split()[0]), relayed_by):
            return None, None  # "is quoted in Peter Naylor's *The Yorkshire Foundries*": a relay
        year = re.match(r"^\s*\((\d{4})\)", words[match.end() :])
        return title, year.group(1) if year else None

    def _recording(self, cite: Cite) -> bool:
        """Whether ``cite`` is a sound or video recording: its place is a time stamp, or its
        works-cited entry says so ("Oral history recording, 47 min.")."""
        if cite.page and _TIME_STAMP.fullmatch(cite.page):
            return True
        title = _words(cite.work or "")
        return bool(title) and any(
            title in _words(line) and _RECORDING.search(line) for line in self.cited_lines
        )

    def _listed_work(self, words: str) -> tuple[re.Match[str], str] | None:
        """A work of the works-cited list named by its first words with "the" ("On page 9
        the Regulations are sterner:" names "Regulations for Pilots"), when only one title
        begins so."""
        for match in _NAMED_WITH_THE.finditer(words):
            named = _words(match["w"]) + " "
            titles = {
                title
                for _full, _year, title in self.cited
                if title and (re.sub(r"^the ", "", _words(title)) + " ").startswith(named)
            }
            if len(titles) == 1:
                return match, titles.pop()
        return None

    def _titled_in_full(self, short: str) -> str:
        """The one title the text gives in full (a works-cited or noted entry, or in italics
        in the prose: "*Under Caerwyn: A Parish and Its Reservoir*") that a short title
        begins; else ``short``."""
        begun = re.sub(_ARTICLE, "", _words(short) + " ")
        if not begun.strip():
            return short
        known = {title for _full, _year, title in self.cited if title}
        known |= {title for _author, title in self.noted}
        if self.italic_titles is None:  # read once: a long book cites many times
            self.italic_titles = {
                _title(found[0].strip("*_"))
                for found in re.finditer(
                    r"\*[^*\n]{2,160}\*|(?<!\w)_[^_\n]{2,160}_(?!\w)", self.text
                )
            }
        known |= self.italic_titles
        longer = {
            title
            for title in known
            if title
            and re.sub(_ARTICLE, "", _words(title) + " ").startswith(begun)
            and _words(title) != _words(short)
        }
        return longer.pop() if len(longer) == 1 else short

    @functools.cached_property
    def _prose_titles(self) -> frozenset[str]:
        """Titles the prose gives in full in plain type, read once: after their kind ("Her one
        book, Lichens of the Wessingham Churchyards"), or before where and when they were
        published ("Field Days: A Tarnfield Album (Tarnfield: the Society, 1998)")."""
        titles = {_trim_title(m["title"]) for m in _genre_titles(self.text)}
        titles |= {_trim_title(m["title"]) for m in _PUBLISHED_TITLE.finditer(self.text)}
        return frozenset(t for t in titles if len(t.split()) >= 2)

    def _begun_exactly(self, short: str) -> str | None:
        """The one longer title of the text (works cited, notes, italics, the prose) that
        ``short`` begins, article and all; None when none or several do."""
        begun = _words(short) + " "
        known = {title for _full, _year, title in self.cited if title}
        known |= {title for _author, title in self.noted} | self._prose_titles
        longer = {
            t for t in known if (_words(t) + " ").startswith(begun) and _words(t) != begun.strip()
        }
        return longer.pop() if len(longer) == 1 else None

    def _listed_title(self, author: str, short: str) -> str:
        """The works-cited title of ``author`` that a short title begins ("Needles" for
        "Needles and Pins: A Memoir"), when exactly one does; else ``short``."""
        begun = _words(short) + " "
        listed = [(full, title) for full, _year, title in self.cited if title]
        titles = {
            title
            for full, title in [*listed, *self.noted]
            if full.split()[-1] == author.split()[-1]
            # a short title drops the article: "Gardiens des cols" for "Les Gardiens des cols"
            and re.sub(_ARTICLE, "", _words(title) + " ").startswith(begun)
        }
        return titles.pop() if len(titles) == 1 else short

    def _book_of(self, name: str) -> str | None:
        """The one book among the works cited of ``name``, leaving out articles (a title in
        quote marks, or a journal's "22 (3): 114"): what "his memoir" or "her book" means
        when the list also holds an article of theirs."""
        books: set[str] = set()
        for full, _year, title in self.cited:
            if not title or not full.split() or full.split()[-1] != name.split()[-1]:
                continue
            lines = [line for line in self.cited_lines if _words(title) in _words(line)]
            article = any(
                re.search(r"\d+\s*\(\d+\)\s*:", line)
                or re.search(r"[“\"]\s*" + re.escape(title.split()[0]), line)
                for line in lines
            )
            if lines and not article:
                books.add(title)
        return books.pop() if len(books) == 1 else None

    def _cited_author(self, title: str) -> str | None:
        """Who the works-cited list says wrote ``title`` (a person or a body)."""
        for full, _year, cited_title in self.cited:
            if cited_title and _words(cited_title) == _words(title):
                return full
        return None


# a note marker left on a piece of a citation: "Forty Years on the Footplate[6]", "Gazette²"
_GLUED_MARKER = re.compile(r"(?:\[\^?\d{1,3}\]|<sup>\d{1,3}</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)+$")
# a date, a year or a season, perhaps with a page after it: "14 June 1853, 3", "1987a"
_DATED_PLACE = re.compile(
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?|"
    r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+)?\(?(?:1[5-9]\d\d|20\d\d)[a-h]?\)?"
    r"(?:,?\s*(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?)?"
)
# an object's or a document's number in a collection: "ASHMS 1938.7", "Acc. 1962/14", "MS 4"
_ACCESSION = re.compile(
    r"^(?:[A-Z][A-Za-z]{0,9}\.?\s*)+\d+(?:[./]\d+)+[a-z]?$|^(?:Add\.?\s+)?(?:MSS?|Acc)\.?\s*\d"
)


# a signature in a parenthesis: a person named in full, then the office they held and the
# years ("The Revd Arthur Gledhill, Vicar 1968-1984", "Ann Pike, Secretary of the Club")
_SIGNED_WITH_OFFICE = re.compile(
    r"(?:The\s+)?(?P<name>(?:(?:Revd|Rev\.?|Reverend|Canon|Mr|Mrs|Ms|Miss|Dr)\s+)*"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s+"
    r"(?P<office>[A-Za-z][a-z-]+(?:\s+[a-z][a-z-]+)?)(?:\s+(?:of|at)\s+[^,()]{2,60})?"
    r"(?:,?\s+(?:1[5-9]\d\d|20\d\d)\s*[-–]\s*(?:1[5-9]\d\d|20\d\d|\d\d))?"
)


def unread_title(title: str) -> str | None:
    """Why a work read off a citation is not what a work looks like, or None when it may be
    one: an archive's call mark, an accession number, a folio or a page, a date, a year, a
    sentence of the essay's author, or pieces of a citation a rule cut badly (marks left
    open, a key left in)."""
    bare = title.strip()
    if _CALL_MARK.fullmatch(bare) or re.search(r",\s*" + _CALL_MARK.pattern + r"$", bare):
        return "an archive's call mark"
    if _ACCESSION.match(bare):
        return "an accession or manuscript number"
    if re.search(
        r"\b(?:Archives?|Record Office|Records Office|Heritage Centre|Archive Service)$", bare
    ):
        return "the archive that keeps a document, not the document"
    if _PAGE.fullmatch(bare) or (locator(bare) or ("", "?"))[1] == "":
        return "a place in a work"
    if _NOT_A_TITLE.match(bare) or _DATED_PLACE.fullmatch(bare):
        return "a date"
    if re.match(
        r"(?:(?:Recorded|Telephone|Oral history)\s+)?(?:Interview|Conversation)\s+with\s", bare
    ):
        return "a conversation described, not a title"
    if _running_sentence(bare) and not re.match(r"[*_“\"‘]", bare):
        return "a sentence of the essay, not a title"
    if described_not_titled(bare):
        return "a document described or a part of the text, not a title"
    opened = {"*": bare.count("*") % 2, "(": bare.count("(") - bare.count(")")}
    opened['"'] = bare.count('"') % 2
    opened["“"] = bare.count("“") - bare.count("”")
    opened["["] = bare.count("[") - bare.count("]")
    if any(opened.values()) or re.search(r"\((?:hereafter|henceforth)\b", bare):
        return "a piece of a citation cut in the wrong place"
    return None


def unread_name(name: str) -> str | None:
    """Why a speaker or a relay read off a citation is not what a name looks like, or None:
    a name has no figures ("Ann (1979) Hebblethwaite"), no brackets and no marks of a
    citation, and is no running list of a citation's parts."""
    if re.search(r"\d", name):
        return "a name with a date or a number in it"
    if re.search(r"[()\[\]*<>{}=|“”\"]", name):
        return "a piece of a citation, not a name"
    if len(name.split()) > 8:
        return "a run of a citation's parts, not a name"
    return None


_SMALL_WORDS = {"of", "the", "and", "in", "on", "for", "to", "a", "an", "at", "by", "with", "from"}


def _note_rank(number: str) -> tuple[int, int]:
    """Where a note's number or symbol stands in its sequence: 1, 2, 3 …; "*", "†", "‡", "§",
    then "**", "††" … (a symbol doubled comes after every single one)."""
    if number.isdigit():
        return (0, int(number))
    return (len(number), _SYMBOL_ORDER.find(number[0]) + 1)


def _remark_only(note: str) -> bool:
    """Whether a note only comments ("He kept the light from 1871 to 1890.", "She was his
    second wife."): it opens with a sentence of running prose and names no page, no title in
    italics or quote marks, and nobody it quotes from."""
    first = re.split(r"[,;:.]\s", note.strip(), maxsplit=1)[0]
    return (
        _running_sentence(first)
        and _PAGE.search(note) is None
        and re.search(r"[*_“\"‘]|\b(?:quoted|cited|printed|reprinted)\s+in\b", note) is None
    )


def _running_sentence(piece: str) -> bool:
    """Whether a piece of a note is a sentence of the essay's author, never a title or a name
    ("The notice itself has not survived", "which the clerk's grandson showed me", "He kept
    the light from 1871"): four words or more with a verb or a pronoun of running prose in
    small letters, and small words between them, as no title in title case is written; or a
    pronoun that opens a sentence."""
    words = piece.split()
    if len(words) < 4:
        return False
    if re.match(r"(?:He|She|They|We|I|It)\s+[a-z]", piece):
        return True  # "He kept the light from 1871 to 1890": a remark about someone
    prose = _PROSE_WORD.findall(piece)
    small = [w for w in words if w[:1].islower()]
    return bool(prose) and len(small) >= 2 and len(small) * 2 >= len(words) - 1


# a paragraph of sources run on after its label: "Sources  …", "*Sources:* …", "Bibliography: …"
_RUN_ON_SOURCES = re.compile(
    r"[*_]*(?:Sources|Bibliography|Further\s+reading|Literature)[*_]*\s*(?::[*_]*\s*|\s{2,}|[*_]*\s*\.\s+)"
)
# what parts the entries of a run-on list: a middle dot, a dash set apart, a semicolon
_RUN_ON_BREAK = re.compile(r"\s+[·•]\s+|\s+[—–]\s+|;\s+")


def _cited_entries(block_text: str) -> list[str]:
    """The entries of a works-cited block, one a line, except that a line goes on from the one
    before when that one stops with no full stop or closing mark, or with a parenthesis open
    (a printed list wraps a long entry: "… (Saltgate: Harbour" / "Press, 1991)")."""
    entries: list[str] = []
    for line in block_text.split("\n"):
        line = re.sub(r"^\s*[-*+•]\s+", "", line)  # a further-reading list's bullet
        if not line.strip():
            continue
        if entries and (
            entries[-1].count("(") > entries[-1].count(")")
            or not re.search(r"[.)\]”\"’*_]$", entries[-1].rstrip())
        ):
            entries[-1] += " " + line.strip()
        else:
            entries.append(line.strip())
    return entries


def _without_span(title: str) -> str:
    """A title without the year after it ("Conditions of Licence, 1912") or, for a record kept
    over years, without the span it was kept ("Matron's journal, 1889-1911", "Minutes of the
    Committee, 1889-1914"); a book's own span stays ("Rural Transport, 1920-1990", "Lighting
    the Town: Municipal Electricity, 1880-1914")."""
    if re.search(r",\s*\d{4}$", title):
        return re.sub(r",\s*\d{4}$", "", title)
    if _RECORD_TITLE.search(title):
        return re.sub(r",\s*\d{4}\s*[-–—]\s*\d{2,4}$", "", title)
    return title


def _without_remark(note: str) -> str:
    """A note's citation without the remark a writer adds after it ("…, *Minutes*, 140. The
    sugar did come back, in 1953; the meeting did not."): the text after a full stop that
    follows a page, a closing mark or a parenthesis, when a sentence of five words or more
    starts there."""
    for stop in re.finditer(r"(?<=[\d*_”’)])\.\s+(?=[A-Z][a-z]+\s+[a-z])", note):
        if len(note[stop.end() :].split()) >= 5:
            return note[: stop.start()]
    return note


def _without_opening_words(name: str) -> str:
    """A body's name without the sentence's words before it ("When Upper Teme Parish
    Council" -> "Upper Teme Parish Council")."""
    words = name.split()
    while len(words) > 1 and words[0] in _NOT_NAMES:
        words = words[1:]
    return " ".join(words)
