"""Documents and bodies: who speaks when the quoted words are a document's (HELDOUT.md,
"Documents and bodies").

A document with a maker speaks for whoever the text says made or issued it: a body's
resolution, minute or notice ("the Parish Vestry resolved that …", "the Harbour Board gave
notice that …"), a will ("the miller Amos Reed left …"), a petition ("Forty tenants of the
estate sent the Board a petition …"), words cut, carved or stitched into an object ("the mason,
Eli Rook, carved …"), a label or an entry whose owner is named ("The Town Museum's label reads:").
A body named with an article and one word ("the Board", "the Lord") speaks as the one body of
that kind the text names in full, else as written. Words set as the predicate of a named subject
("The Board “sees no reason to …”") are that subject's.
"""

from __future__ import annotations

import re

from bot.core.extract.reading.model import Cite
from bot.core.extract.reading.phrases import _is_person_noun, _without_honorific
from bot.core.extract.reading.speakers import _SpeakerReading
from bot.core.extract.reading.vocabulary import (
    _AFTER_PREPOSITION,
    _ISSUE_DAY,
    _NAME,
    _NEWSPAPER,
    _SENTENCE_BREAK,
    _SPEECH_VERBS,
)
from bot.core.extract.reading.works import auction_house

_PAPER_WORDS = (
    r"(?:Gazette|Chronicle|Times|Advertiser|Herald|Courier|Post|Mercury|Tribune|Observer|"
    r"Guardian|Telegraph|News|Echo|Standard|Express|Argus|Examiner|Packet|Sentinel|Journal|"
    r"Star|Mail|Dispatch|Despatch|Citizen|Recorder)"
)
# the word that ends a body's name: "the Ferriby Vestry", "the Ely Union Board of Guardians"
_BODY_KIND = (
    r"(?:Society|Office|Commission|Commissioners|Committee|Council|Board|Ministry|Department|"
    r"Company|Union|Association|Guild|Trust|Institute|Institution|Corporation|League|Club|"
    r"Federation|Library|School|College|Academy|Hospital|Vestry|Guardians|Chapter|Bench|"
    r"Assembly|Synod|Museum|Authority|Directors|Governors|Trustees|Feoffees|Chamber of "
    r"(?:Trade|Commerce)|Sons|Brothers|Fund|Foundation|Agency|Partnership|Diocese|Executive|"
    r"Inspectorate|Ltd|Limited|plc|PLC|Battalion|Regiment|Brigade|Division|Squadron|Corps|Circuit|"
    # a newspaper speaks its own unsigned words ("the Halifax Courier … decided that")
    rf"{_PAPER_WORDS})"
)
_BODY_PHRASE = (
    rf"(?P<body>(?:[A-Z][\w’'&-]*\s+(?:(?:and|&)\s+)?){{0,5}}{_BODY_KIND}"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?)"
)
# what a body or a maker does to the words it issues or makes, the words following (after
# "that", a colon or a few words: "sent the Board a petition “…”", "cut his name along it:")
_MAKING = re.compile(
    r"\b(?P<verb>resolved|minuted|ordered|directed|decreed|recommended|ruled|enacted|"
    r"gave\s+(?:public\s+)?notice|issued|posted|published|petitioned|sent|signed|addressed|"
    r"left|bequeathed|cut|carved|inscribed|engraved|stitched|embroidered|painted|lettered|"
    r"chiselled|chiseled|scratched|endorsed|entered|inserted|placed|pinned|nailed|"
    r"put\s+up)\b"
    r"(?P<gap>[^.!?“”\"‘’«»]{0,100}?)\s*(?:\bthat\s*|[:,]\s*)?$"
)
# a participle of saying closing a maker's clause: ", warning of", ", saying that"
_SAYING_PARTICIPLE = re.compile(
    r",\s+(?:warning|saying|adding|urging|telling\s+\w+|asking\s+\w+|declaring|announcing|"
    r"stating|promising|advising\s+\w+)\b[^,]*$"
)
# verbs that make words only of a document named after them ("sent the Board a petition")
_NEEDS_DOCUMENT = {
    "issued", "posted", "published", "sent", "signed", "addressed", "entered", "inserted",
    "placed", "pinned", "nailed", "put up",
}  # fmt: skip
_DOCUMENT_NOUN = re.compile(
    r"\b(?:petition|memorial|letter|notice|resolution|address|report|minute|minutes|entry|"
    r"return|appeal|plea|card|label|order|circular|handbill|placard|bill|register|book|"
    r"warning|statement|alert|bulletin|guidance|advice|release)s?\b"
)
# "The Ferriby Institute's label reads:", "the Board's notice ran": the owner speaks
_OWNED_DOCUMENT_READS = re.compile(
    rf"(?:\b[Tt]he\s+)?(?P<owner>{_BODY_PHRASE}|{_NAME})(?:’s|'s)\s+(?:own\s+)?(?:[a-z]+\s+){{0,2}}?"
    r"(?:label|notice|minute|inscription|entry|report|will|petition|resolution|card|sign|"
    r"plaque|advertisement|placard|handbill|circular|caption|order)\s+"
    r"(?:reads|read|says|said|runs|ran|states|stated|declared|declares)\b[^.!?“”\"]{0,40}$"
)
# a count of people as a subject: "Thirty-one householders of Ferriby", "Some forty tenants"
_NUMBER_WORD = (
    r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|"
    r"[Tt]welve|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|"
    r"[Hh]undreds|[Ss]everal|[Ss]ome|[Mm]any|\d+)(?:-[a-z]+)?"
)
_GROUP = re.compile(
    rf"(?P<group>\b{_NUMBER_WORD}\s+(?:[a-z][\w-]*\s+)?(?:[a-z][\w-]*(?:s|men)|men|children|people|folk)"
    r"(?:\s+(?:of|from|in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?)\s*$"
)
# what a body or a paper does to words it speaks: says them, or decides, finds, thinks them
_BODY_SAYS = re.compile(
    rf"\b(?P<verb>{_SPEECH_VERBS}|decided|decides|judged|judges|thought|thinks|concluded|held|"
    r"advised|advises|agreed|agrees|confirmed|confirms|observed|observes|"
    r"found|finds|called|calls|pronounced|considered|considers|felt|believed|believes|"
    r"(?:wrote|writes)\s+to\s+(?:[a-z]+\s+){0,3}to\s+say|to\s+(?:say|announce|declare|state|"
    r"warn|explain|reply|answer|protest|complain|promise|advertise))\b"
    r"(?P<gap>[^.!?“”\"‘’«»]{0,100}?)\s*(?:\bthat\s*|[:,]\s*)?$"
)
# a pseudonym: "a correspondent who signed himself only “Ratepayer”" is that correspondent,
# unnamed, and the name in quote marks is neither a quotation nor a title
_PSEUDONYM = re.compile(
    r"\b(?P<name>(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?:,)?\s+(?:who|which)\s+(?:\w+ly\s+)?(?:signed|called|styled|named|described)\s+"
    # "only": the writer gave no name but that one (without it, a pen name names the writer)
    r"(?:himself|herself|themselves|itself)\s+(?:only|simply|merely|just)\s+"
    r"(?:as\s+)?(?P<alias>[“\"‘][^”\"’]{1,40}[”\"’])"
)
# "a letter from her", "A second letter from Mrs Ann Rudd of Mill Lane": its writer
_LETTER_FROM = re.compile(
    r"\b(?:letter|note|petition|notice|message|postcard|card|telegram|memorial|reply|answer|"
    r"memo|memorandum|e-?mail|submission|objection)(?:\s+of\s+[a-z]+)?"  # "letter of support"
    r"(?:\s+(?:was|were)\s+(?:read|received|sent))?"  # "A letter was read from …"
    # "a memo from the Collections Manager, Dev Sharma, to the Director": the name after a role
    r"\s+from\s+(?:(?:the|its|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+)?"
    rf"(?P<who>him|her|(?:[Tt]he\s+)?{_BODY_PHRASE}|(?P<name>{_NAME}))\b"
)
# the letter's own relative clause of saying after its writer and what describes them
_WHICH_SAYS = re.compile(
    r"(?:\s+[A-Z]{2,4}\b)*(?:,\s+[^,;:“”\"]{1,60})?,\s+which\s+(?:\w+ly\s+)?(?:said|says|"
    r"called|calls|described|describes|warned|warns|argued|argues|stated|states|noted|notes|"
    r"insisted|insists|claimed|claims)\b[^.!?;:“”\"]*$"
)
# the document a lead-in names is the subject of the verb that gives its words: "a letter from
# Colonel Garside to his agent, 3 May 1921, calls it", "…, to the Director, warns that"
_DOCUMENT_GIVES = re.compile(
    r"^(?:(?!\b(?:he|she|they|who|which|and|but|I|we)\b)[^.;:“”\"‘«»])*?\b"
    r"(?:calls?|called|describes?|described|says?|said|reads?|runs?|records?|recorded|notes?|"
    r"noted|warns?|warned|explains?|explained|complains?|complained|asks?|asked|insists?|"
    r"insisted|argues?|argued|states?|stated|promises?|promised|begins?|began|ends?|ended)\b"
    r"[^.;:“”\"‘«»]*$"
)
# a text written in a paper about itself: "we printed", "our leader", "this paper"
_OWN_PAPER_CUE = re.compile(
    r"\b(?:[Ww]e\s+(?:\w+ly\s+)?(?:printed|published|reported|ran|carried|reprinted)|"
    r"[Oo]ur\s+(?:own\s+)?(?:leader|report|reports|reporter|correspondent|columns?|files|"
    r"editor|pages?|issue|readers)|this\s+(?:paper|newspaper|column))\b"
)
# the paper's own piece as the lead-in's subject: "Our leader of 20 March …:"
_OWN_PIECE = re.compile(
    r"^\s*(?:(?:In|On)\s+[^,]{1,40},\s+)?(?:[Oo]ur|[Tt]his\s+paper(?:’s|'s))\s+(?:own\s+)?"
    r"(?:\w+\s+)?(?:leader|report|editorial|verdict|comment|notice|paragraph|leading article)\b"
)
# a citation of an issue by its date and page only: "(13 March 1926, p. 4)"
_ISSUE_ONLY = re.compile(
    r"^\W{0,3}\(\s*(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?\d{4},\s*"
    r"(?:pp?\.|page)\s*\w+\)"
)
# "the museum's own label for it … called it", "the society's notice reads": a body named by
# its kind in small letters
_KIND_DOCUMENT = re.compile(
    r"\b[Tt]he\s+(?P<kind>museum|society|council|committee|board|trust|company|library|vestry|"
    r"institute|corporation|club)(?:’s|'s)\s+(?:own\s+)?(?:label|notice|card|caption|sign|"
    r"plaque|entry|register|minute|report)\b"
)
# words an object bears ("Inscribed:", "with the inscription", "lettered round the rim")
_INSCRIBED = re.compile(
    r"(?:\b(?:[Ii]nscribed|[Ss]titched|[Ee]mbroidered|[Ll]ettered|[Ee]ngraved|[Cc]arved|"
    r"[Ww]orked)\b[^“”\"‘’.]{0,40}|\b(?:inscription|motto|legend|verse|words)\b)\s*:?\s*$"
)
# a maker named after "by" in an object's description: "Sampler by Ann Dyer, 1826."
_MADE_BY = re.compile(
    r"\b(?<!given )(?<!Given )(?<!lent )(?<!Lent )(?<!presented )(?<!Presented )(?<!donated )"
    r"(?<!Donated )(?<!bequeathed )(?<!Bequeathed )(?<!bought )(?<!sold )(?<!collected )"
    r"(?<!quoted )(?<!cited )(?<!edited )(?<!translated )(?<!photographed )"
    rf"by\s+(?P<name>{_NAME})"
)
# words a lead-in says were reported with no one named for them ("The felling itself was
# reported in four sentences:"): a periodical cited for them speaks its own report
PASSIVE_REPORT = re.compile(
    r"\b(?:was|were|is|are)\s+(?:\w+ly\s+|first\s+|then\s+)?(?:reported|announced|recorded|"
    r"noticed|described|printed)\b(?![^“”\"]*\bby\b)[^“”\"]*$"
)
# "the Lord said unto Cain", "the Board replied": a being or a body named with an article
_THE_ONE = re.compile(
    rf"(?:^|[\s(])(?P<the>[Tt]he)\s+(?P<word>[A-Z][a-z]+)\s+(?:\w+ly\s+|then\s+|also\s+)?"
    rf"{_SPEECH_VERBS}\b(?P<gap>[^.!?“”\"‘’«»]{{0,60}}?)\s*(?:\bthat\s*|[:,]\s*)?$"
)


# a reference or a sale entry the words are quoted from, then how it gives them: "Brian
# Loxley, *Kendal Clockmakers* (Kendal, 1988), p. 142, where it is described as", "Hatton &
# Reeve, Lancaster, 14 June 1938, lot 77, as", "…, lot 512, catalogued as", "…, which calls it"
_ENTRY_GIVES = re.compile(
    r"^(?P<entry>[A-Z*_][^“”\"‘’«»]*?),\s+(?:"
    r"(?:where|in\s+which)\s+(?:it|they|the\s+\w+)\s+(?:is|are|was|were)"
    r"(?:\s+(?:described|called|catalogued|listed|entered|noted|styled))?(?:\s+as)?"
    r"|(?:which|who)\s+(?:calls?|called|describes?|described|lists?|listed)\s+(?:it|them|the\s+\w+)"
    r"(?:\s+as)?"
    r"|calling\s+(?:it|them)"
    r"|(?:catalogued|described|listed|entered|noted|styled|offered|sold|lotted)\s+as"
    r"|as)\s*[:,]?\s*$"
)


# an author-date reference, then the words in brackets or after a colon: "Marsh 1974: 31
# (“…”)", "(Marsh 1974: 31: “…”)"
_SHORT_ENTRY = re.compile(
    r"^(?P<entry>[A-Z][\w’'-]+(?:\s+(?:and|&)\s+[A-Z][\w’'-]+)?,?\s+(?:1[5-9]\d\d|20\d\d)[a-h]?"
    r"(?:\s*[:,]\s*(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?)?)\s*[(:,]\s*$"
)
# a document as the subject, its citation in brackets after it: "The sale catalogue (Phillips,
# Bath, 12 March 1979, lot 88) describes it as", "The survey (Marsh 1974: 31) calls it"
_CITED_SUBJECT = re.compile(
    r"^(?:The|Its|His|Her|Their|A|An)\s+(?:[\w’'-]+\s+){0,4}?[a-z][\w-]*\s*"
    r"\((?P<entry>[^()]{3,160})\)\s*,?\s+(?:\w+ly\s+)?[a-z]+\b[^“”\"‘«»]*$"
)
# a document or a part of a work as the subject, its writer set beside it: "The entry, by Dr
# Ruth Emsley, calls it", "The architect's last inspection, by Clare Dunmore, found", "Its
# catalogue entry, written by Dr Miriam Holt, calls it"
_WRITTEN_BY = re.compile(
    r"^(?:The|Its|His|Her|Their|Our|This|That|A|An)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?P<kind>entry|article|chapter|essay|review|foreword|preface|introduction|caption|notes?|"
    r"obituary|account|study|inspection|survey|report|assessment|appraisal|letter|memo|"
    r"memorandum|statement|submission|valuation|opinion|catalogue|guide|guidebook|handbook|"
    r"leaflet|booklet|programme|label|summary)"
    r"\s*,?\s+(?:(?:written|compiled|prepared|contributed|signed|made|carried\s+out)\s+"
    # "The survey prepared for them in 2019 by X": for whom and when, then its maker
    r"(?:(?:for|in|on)\s+(?:[\w’'-]+\s+){1,3}?(?:(?:in|on)\s+[\w’'-]+\s+)?)?)?by\s+"
    rf"(?:(?:(?:Prof|Dr|Revd|Rev|Canon|Sir|Dame|Mr|Mrs|Ms|Miss)\.?\s+)?"
    # a firm's name with an ampersand: "Ashby & Lund Chartered Surveyors"
    rf"(?P<name>{_NAME}(?:\s+&\s+{_NAME})?)"
    # "A note by the hymnal's editor says": the one the text gives that role
    r"|(?P<role>(?:the|its|his|her|their)\s+(?:[a-z][\w-]*(?:’s|'s)\s+)?[a-z][\w-]*))"
    # "A short article by Hugh Benham, “The Moccas Chamber Organ”, in the *Organ Club Journal*
    # (1982), called": the article's title, and where it was printed
    r"(?:\s*,\s*[“\"‘](?P<title>[^”\"’]{2,120}?)[,.]?[”\"’])?"
    r"(?:\s*,?\s+in\s+(?:the\s+)?(?P<journal>\*[^*\n]+\*|_[^_\n]+_)(?:\s*\([^()]*\))?)?"
    r"(?:\s*,\s+|\s+(?=(?:\w+ly\s+)?(?:says|said|calls|called|describes|described|"
    r"notes|noted|records|recorded|adds|added|claims|claimed)\b))(?:\w+ly\s+)?"
    r"(?!(?:in|on|at|of|the|a|an|and|but|or|with|for|from|to|who|which|whose|now|then)\b)"
    r"(?P<verb>[a-z]+)\b[^“”\"‘«»]*$"
)
# a document as the maker's, a relative clause naming it: "The *Courier*, whose obituary called
# her", "the Vestry, whose minute of 1840 runs": the owner speaks (a body's or a paper's; a
# person's only of what they write themselves, for an obituary or a report is about them)
_WHOSE_DOCUMENT = re.compile(
    rf"(?:{_BODY_PHRASE}|[*_](?P<marked>[^*_\n]{{2,60}})[*_]|(?P<name>{_NAME})"
    # "Oswin Teale, the independent who lost in 2017, whose leaflet": a role between
    r"(?:,\s+(?:the|a|an|his|her|[A-Z][\w-]*(?:’s|'s))\s+[a-z][^,“”\"]{1,60})?),\s+whose\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<kind>obituary|leader|editorial|report|statement|notice|letter|"
    r"review|verdict|minutes?|resolution|account|diary|journal|memoir|notebook|will|log|leaflet|"
    r"manifesto|pamphlet|speech|column|blog|sermon|profile|tribute)"
    r"\b[^.!?“”\"‘’«»]{0,60}?\b(?:called|calls|described|describes|said|says|ran|runs|read|"
    r"reads|declared|declares|noted|notes|warned|warns|was|is|began|begins|ended|ends|put\s+it)"
    r"\b[^.!?“”\"‘’«»]{0,40}$"
)
_OWN_WRITING = {
    "diary", "journal", "memoir", "notebook", "will", "log", "letter", "leaflet", "manifesto",
    "pamphlet", "speech", "column", "blog", "sermon",
}  # fmt: skip
# what a paper writes about someone, never in their voice: "X, whose obituary called her"
_ABOUT_ITS_SUBJECT = {"obituary", "profile", "tribute"}
# a document a body made, its maker in a clause after it: "The notice the Council put on the
# board", "the statement which the Trust issued", "the card the Association pinned up"
_DOCUMENT_THE_BODY_MADE = re.compile(
    r"\b(?:notice|letter|statement|resolution|card|circular|order|warning|appeal|leaflet|"
    r"poster|sign|minute|reply|answer|note|postcard|telegram|message|memo|e-?mail|"
    # "a copy of the one Tregear sent the harbour board": the letter the sentence speaks of
    r"(?<=the\s)one)\s+(?:that\s+|which\s+)?(?:the\s+)?"
    rf"(?P<maker>{_BODY_PHRASE}|{_NAME})\s+(?:had\s+|has\s+)?(?:put|posted|issued|sent|wrote|"
    # (a paper that printed or published a letter made none of it)
    r"pinned|nailed|displayed|drew\s+up|circulated|put\s+up|signed|drafted|dictated|typed)\b"
)
# a body's own decision in its minutes, no maker named: "Resolved: that …", "RESOLVED that",
# "It was resolved", "Agreed:"
_RESOLVED_UNNAMED = re.compile(
    r"^\W*(?:\d{1,3}[.)]\s*)?(?:[A-Z][\w ]{0,40}\.\s+)?(?:[Ii]t\s+was\s+)?"
    r"(?:[Rr]esolved|RESOLVED|[Aa]greed|AGREED|[Uu]nanimously\s+resolved)\b"
)
# a paper's or a body's piece as the subject, its owner the sentence before's subject: "The
# Courier reported the opening. Its account ended:"
# what a document the lead-in's subject is does to the words: "records", "reads", "called it"
_DOCUMENT_VERB = (
    r"(?:\w+ly\s+)?(?:ended|ends|began|begins|ran|runs|read|reads|said|says|concluded|closed|"
    r"opened|put\s+it|puts\s+it|was|is|went\s+on|records?|recorded|notes?|noted|calls?|called|"
    r"describes?|described|states?|stated|declares?|declared|warns?|warned|asks?|asked|tells?|"
    r"told|complains?|complained|thinks?|thought|judged|judges|speaks\s+of|spoke\s+of)\b"
)
# when, before a clause's subject: "Three days later", "The next morning", "In 1916,"
_WHEN_FIRST = (
    r"(?:(?:(?:[A-Z][a-z]*|\d+)\s+(?:days?|weeks?|fortnights?|months?|years?)\s+later|"
    r"(?:The\s+|the\s+)?(?:next|following)\s+(?:day|week|morning|month|year)|Later|Then|"
    r"That\s+(?:day|week|morning|evening))\s*,?\s+|(?:In|On|At|By|For|From|During|After)\s"
    r"[^,]{1,40},\s+)"
)
_ITS_PIECE = re.compile(
    # perhaps after when: "Three days later its leader …", "The next morning their notice …"
    rf"^\s*{_WHEN_FIRST}?(?:Its|Their|its|their)\s+(?:own\s+)?(?:[a-z]+\s+)?"
    r"(?:account|report|leader|editorial|obituary|notice|statement|verdict|story|review|"
    r"paragraph|reply|answer|letter|minute)\s+"
    rf"(?:(?:[^.!?“”\"‘’«»,]{{0,30}}?\s)?{_DOCUMENT_VERB}[^.!?“”\"‘’«»]{{0,60}}"
    # the subject of a colon lead-in, whatever its verb: "its leader changed its mind:" (but
    # one that quotes, cites or prints someone relays them)
    r"|(?![^:]*\b(?:quotes?|quoted|quoting|cites?|cited|prints?|printed|reproduces?|"
    r"reproduced|includes?|included|gives?|gave)\b)[^.!?“”\"‘’«»]{0,60}:\s*)$"
)
# a document a body keeps or issues, named by the body's kind: "The battalion's war diary for 2
# July records", "The Club's minutes record that", "the circuit's pastoral letter … asked"
_KIND_OWNS = re.compile(
    # the document is the clause's subject, perhaps after a phrase of time ("In 1916, the …")
    rf"^\s*{_WHEN_FIRST}?"
    # "The parish council's minute": a kind with the word that says which ("parish")
    r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?P<which>[a-z]+)\s+)?(?P<kind>[A-Za-z]+)(?:’s|'s)\s+"
    r"(?:own\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:diary|log|logbook|minutes|minute|notice|letter|statement|report|leader|editorial|"
    r"newsletter|bulletin|circular|handbill|orders?|resolution|register|records?|journal|"
    r"obituary|appeal|warning|announcement|reply|answer)\b"
    rf"(?P<rest>[^.!?“”\"‘’«»]{{0,80}}?)(?:\s{_DOCUMENT_VERB}[^.!?“”\"‘’«»]{{0,40}}|:\s*)$"
)
# a body's document as the clause's subject, the body after "of": "The minute book of the Kelby
# Women's Institute records that", "the annual report of the Hoyland Coal Company said"
_DOCUMENT_OF_BODY = re.compile(
    rf"(?:^|[.!?][”’\"]?\s+)\s*{_WHEN_FIRST}?(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:minutes?(?:\s+book)?|"
    r"diary|log|logbook|notice|letter|statement|report|newsletter|bulletin|circular|resolution|"
    r"register|records?|journal|appeal|announcement|reply|answer|motion|petition|evidence|"
    r"submission|response)\s+(?:for\s+[^,.!?“”\"]{1,30}?\s+)?of\s+(?:the\s+)?"
    rf"{_BODY_PHRASE}(?:\s*\([^()]*\)|\s+(?:for|of|in|dated)\s+[^,.!?“”\"]{{1,30}}?)?,?\s+"
    rf"{_DOCUMENT_VERB}[^.!?“”\"‘’«»]{{0,80}}$"
)
# a heading a lead-in gives a piece: "under the heading ‘After the Storm’,", "headed “No”"
_HEADING_GIVEN = re.compile(
    r",?\s*(?:under\s+the\s+(?:heading|headline)|headed|headlined)\s+[*_]?[“\"‘'][^”\"’]{1,80}[”\"’'][*_]?,?"
)


def given_as_heading(before: str, title: str) -> bool:
    """Whether the words before a quotation give ``title`` as a piece's heading ("its leader,
    under the heading ‘Dark Again’,"): a headline names no work."""
    bare = title.strip("*_“”\"‘’' ,.")
    return any(
        bare in found.group(0)
        for found in _HEADING_GIVEN.finditer(_SENTENCE_BREAK.split(before)[-1])
    )


# an unsigned piece: "The same issue carried an unsigned note:"
_UNSIGNED_PIECE = re.compile(
    r"\b(?:an?|its|their|the)\s+unsigned\s+(?:note|paragraph|item|piece|article|notice|column|"
    r"leader|editorial|report|review)\b"
)
# a paper's unsigned piece: "Her obituary in the *Echo* called her", "A leader in the next issue
# called it" (no paper named: the one the paragraph names last)
_PAPER_PIECE = re.compile(
    r"^\s*(?:[Aa]n?|[Tt]he|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[a-z]+\s+)?(?:obituary|leader|editorial|"
    r"leading\s+article)\b(?:\s+(?:of|on)\s+(?:him|her|them))?(?:\s+in\s+(?:the\s+)?"
    rf"(?:(?P<paper>[*_]?(?:[A-Z][\w’'-]*\s+){{0,3}}{_PAPER_WORDS}[*_]?)|[a-z]+\s+issue))?"
    rf"(?:[^.!?“”\"‘’«»,]{{0,30}}?\s|\s*,[^.!?“”\"‘’«»]{{0,40}},\s*|\s+){_DOCUMENT_VERB}"
    r"[^.!?“”\"‘’«»]{0,40}$"
)
# a paper as a text names it: "the Ravensby Star", "*Citizen*", "the paper" (the last one named)
_PAPER_NAMED = re.compile(
    rf"[*_](?:[A-Z][\w’'-]*\s+){{0,3}}{_PAPER_WORDS}[*_]|(?:[A-Z][\w’'-]*\s+){{1,3}}{_PAPER_WORDS}\b"
)
_PAPER_PIECE_KIND = re.compile(r"\b(?:leader|editorial|obituary|report|paragraph|story|review)\b")
# a document in someone's hand: "The log for that night, in the mate's hand, reads:"
_IN_HAND = re.compile(
    r"\bin\s+(?P<who>(?:the|his|her|their)\s+[a-z][\w-]*|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"(?:’s|'s)\s+(?:own\s+)?hand(?:writing)?\b"
)


# parts of a work: the work is the titled one the sentence before names
_PART_OF_WORK = {"entry", "article", "chapter", "essay", "review", "foreword", "preface",
                 "introduction", "caption", "note", "notes", "obituary"}  # fmt: skip


_BODY_KIND_WORD = re.compile(_BODY_KIND)


def _without_the(body: str) -> str:
    return re.sub(r"^The\s+", "", body)


class _DocumentReading(_SpeakerReading):
    """Who speaks a document's words: its maker or issuer as the text names it."""

    _own_body_read: str | None = None  # the body the title names ("" when none), once read

    def _full_body(self, kind: str) -> str | None:
        """The one body the text names in full with this last word ("the Board": "Ely Union
        Board of Guardians"), a shorter form of it being the same body; None when none or
        several."""
        named = {
            " ".join(found["body"].split())
            for found in re.finditer(
                rf"\b(?P<body>(?:(?!(?:The|A|An|In|At|When|And|But)\b)[A-Z][\w’'-]*[ \t]+){{1,5}}"
                rf"{re.escape(kind)}(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*"
                r"(?:[ \t]+[A-Z][\w’'-]*){0,3})?)",
                self.text,
            )
        }
        own = self._own_body()
        if own is not None and own.split()[-1] == kind:
            return own  # "the Council" in a council's own minutes: that council
        named = {re.sub(r"^(?:The|A|An|In|At|When|And|But)\s+", "", n) for n in named} - {kind}
        # "Saturday's Herald" is a day's issue of the paper, no name of a body
        named = {n for n in named if not re.match(rf"{_ISSUE_DAY}\s", n)}
        longest = {n for n in named if not any(o != n and n in o for o in named)}
        return longest.pop() if len(longest) == 1 else None

    def _body_as_named(self, body: str) -> str:
        """A body as the text names it: the full name for "the Board" when the text gives one
        (a guess the review shows first), else as written."""
        body = " ".join(body.split())
        if " " in body:
            return body
        full = self._full_body(body)
        if full is not None:
            self.doubts.append(f"‘the {body}’ taken as {full}, the one such body the text names")
            return full
        return f"the {body}"

    def _subject_before(self, before: str, *, bodies_only: bool = False) -> tuple[str, bool] | None:
        """The maker a clause names just before its verb: an apposed name ("The carpenter who
        raised it, Eli Rook,"), a body, a person named in full, a counted group (unnamed) or a
        role ("the clerk", unnamed); None when it names none of these (``bodies_only``: none
        but a body or a paper)."""
        before = re.sub(r"\s+(?:\w+ly|then|also|later|had|has|have|once)\s*$", "", before)
        before = before.rstrip()
        apposed = re.search(r",\s*(?P<words>[^,]{1,80}),$", before)
        if apposed:
            words = re.sub(r"^the\s+(?:[a-z][\w-]*\s+){0,3}(?=[A-Z])", "", apposed["words"])
            named = self._subject_name(words.strip(), whole=True)
            role = re.search(r"\b(?P<head>[a-z][\w-]*)$", before[: apposed.start()])
            if named is None and role and _is_person_noun(role["head"]):
                # "the archivist, Dorothy Lane,": a person's name after a role, whatever
                # its last word looks like elsewhere (a lane, a hall)
                whole = re.fullmatch(rf"{_NAME}", words.strip())
                named = whole[0] if whole and len(whole[0].split()) >= 2 else None
            if named is not None and not bodies_only:
                return _without_honorific(named), False
            before = before[: apposed.start()].rstrip()
        body = re.search(rf"(?:\b[Tt]he\s+)?{_BODY_PHRASE}$", before)
        if body and not _AFTER_PREPOSITION.search(before[: body.start()]):
            return self._body_as_named(re.sub(r"^The\s+", "", body["body"])), False
        kind = re.search(rf"\b[Tt]he\s+(?P<kind>{_BODY_KIND.lower()})$", before)
        full = self._full_body(kind["kind"].capitalize()) if kind else None
        if kind and full and not _AFTER_PREPOSITION.search(before[: kind.start()]):
            # "the committee resolved": the one committee the text names in full
            self.doubts.append(f"‘the {kind['kind']}’ taken as {full}, the one such body named")
            return full, False
        if bodies_only:  # "Gaskell and Sons, the ironmongers, bought a column to announce:"
            subjects = [
                found
                for found in re.finditer(
                    rf"(?:\b[Tt]he\s+)?{_BODY_PHRASE}(?=\s*,|\s+[a-z])", before
                )
                if not _AFTER_PREPOSITION.search(before[: found.start()])
                # "a Coastal Harbours Fund, which it describes as": "it" is the subject
                and not re.match(
                    r"\s*,\s*(?:which|that|whom)\s+(?:it|he|she|they|we|I)\b",
                    before[found.end() :],
                )
            ]
            if subjects:
                return self._body_as_named(re.sub(r"^The\s+", "", subjects[-1]["body"])), False
            return None
        person = re.search(rf"(?P<name>{_NAME})$", before)
        if person and not _AFTER_PREPOSITION.search(before[: person.start()]):
            named = self._subject_name(re.sub(r"^The\s+", "", person["name"]), whole=True)
            if named is not None:
                return _without_honorific(self._full_name(named)), False
        group = _GROUP.search(before)
        if group and not _AFTER_PREPOSITION.search(before[: group.start()]):
            return group["group"], True
        role = re.search(r"\b(?P<role>[Tt]he\s+(?P<head>[a-z][\w-]*))$", before)
        if role and _is_person_noun(role["head"]):
            if (held := self._role_holder(role["role"])) is not None:
                return held, False
            return role["role"], True
        return None

    def _entry_quoting(self, lead: str) -> Cite | None:
        """The reference or sale entry a lead-in is, when the words are quoted from it
        ("Brian Loxley, *Kendal Clockmakers* (Kendal, 1988), p. 142, where it is described
        as", "Hatton & Reeve, Lancaster, 14 June 1938, lot 77, as"): its author or the auction
        house speaks, in its title when it has one; None for any other lead-in."""
        clause = re.split(r"[\n\t;]", _SENTENCE_BREAK.split(lead)[-1])[-1].strip()
        # a list's mark or number, a field's label: "- ", "3. ", "Literature: "
        clause = re.sub(r"^(?:[-*•–]|\d{1,3}[.)]|[A-Z][a-z]+:)\s+", "", clause)
        opened = clause.rfind("(")
        inside = clause[opened + 1 :] if opened > clause.rfind(")") else ""
        given = (
            _ENTRY_GIVES.match(clause)
            or _CITED_SUBJECT.match(clause)
            or _SHORT_ENTRY.match(clause)
            or _SHORT_ENTRY.match(inside)
        )
        if given is None:
            return None
        entry = given["entry"].strip()
        house = auction_house(entry)
        if house is not None:
            return Cite(speaker=house, writer=True)
        cite = self.parse_cite(entry)
        if cite is None or not cite.speaker or cite.via:
            return None
        return cite

    def _written_by(self, lead: str) -> tuple[str, str | None] | None:
        """Who wrote the document or the part of a work a lead-in's subject is, as the text
        sets them beside it ("The entry, by Dr Ruth Emsley, calls it"), and for a part of a
        work (an entry, an article, a chapter …) the title the sentence before names ("*Time
        Told*, Kendal Museum, 1976, no. 18."); None when the subject is no such thing."""
        # the sentence as the paragraph gives it (a quoted title may stand in it: "A short
        # article by Hugh Benham, “The Moccas Chamber Organ”, in …, called")
        sentence = _SENTENCE_BREAK.split(self.before)[-1].strip()
        written = _WRITTEN_BY.match(sentence) or _WRITTEN_BY.match(
            _SENTENCE_BREAK.split(lead)[-1].strip()
        )
        if written is None:
            return None
        if written["role"] is not None:
            named = self._role_holder("the " + written["role"].split()[-1])
        elif " & " in written["name"]:
            named = written["name"]  # a firm: "by Ashby & Lund Chartered Surveyors"
        else:
            named = self._subject_name(written["name"], whole=True)
        if named is None:
            return None
        work = written["title"] or (written["journal"] or "").strip("*_") or None
        sentences = _SENTENCE_BREAK.split(self.before)  # the paragraph up to the words
        if work is None and written["kind"] in _PART_OF_WORK:
            # the sentence before, or the paragraph before when the entry's sentence opens
            # its own ("*Time Told*, Kendal Museum, 1976, no. 18." above "The entry, by …")
            earlier = sentences[-2] if len(sentences) >= 2 else self._paragraph_before()
            titles = re.findall(r"(?<!\w)\*([^*\n]{2,120})\*(?!\w)", earlier)
            work = titles[-1].strip() if titles else None
        return _without_honorific(self._full_name(named)), work

    def _paragraph_before(self) -> str:
        """The paragraph before the one the words being read stand in ("" when none)."""
        current = next(
            (n for n, b in enumerate(self.blocks) if b.start <= self.position <= b.end), None
        )
        if not current:
            return ""
        previous = self.blocks[current - 1]
        return previous.text if previous.role == "body" else ""

    def _pseudonym(self, lead: str) -> tuple[str, str] | None:
        """The unnamed writer a pseudonym stands for ("a correspondent who signed himself only
        “Ratepayer”"), and the lead with the pseudonym's quote marks taken off (no title)."""
        signed = _PSEUDONYM.search(lead)
        if signed is None or signed["name"].split()[-1] in ("letter", "note", "notice"):
            return None
        alias = signed["alias"]
        bare = lead[: signed.start("alias")] + alias[1:-1] + lead[signed.end("alias") :]
        return signed["name"], bare

    def _paper_named(self, paper: str) -> str:
        """A paper as the text names it in full ("the Advertiser": the Hollowell Advertiser,
        when the text names one such paper)."""
        if " " in paper.strip() or not _NEWSPAPER.search(paper):
            return paper
        return self._full_body(paper.strip()) or paper

    def _own_paper(self) -> str | None:
        """The paper a text printed in it calls its own ("we printed", "our leader", "this
        paper"): the first newspaper it names in full; None when it says no such thing."""
        if not _OWN_PAPER_CUE.search(self.text):
            return None
        first = re.search(
            rf"\b(?P<paper>(?:[A-Z][\w’'-]*\s+){{1,3}}{_PAPER_WORDS})\b",
            re.sub(r"\b(?:The|A|An|In|On|At)\s+(?=[A-Z])", "", self.text),
        )
        return " ".join(first["paper"].split()) if first else None

    def _own_paper_words(self, lead: str) -> str | None:
        """ "Our leader of 20 March …:": the paper the text is printed in speaks."""
        return self._own_paper() if _OWN_PIECE.match(lead) else None

    def _issue_of_own_paper(self, lead: str, after: str) -> str | None:
        """The text's own paper for words cited by an issue's date and page only ("(13 March
        1926, p. 4)"), or printed where the lead-in says "we printed"; None otherwise."""
        if not (_ISSUE_ONLY.match(after) or _OWN_PAPER_CUE.search(lead)):
            return None
        own = self._own_paper()
        if own is not None and _ISSUE_ONLY.match(after):
            self.doubts.append(f"work taken as {own}, the paper the text is printed in")
        return own

    def _object_maker(self, lead: str) -> str | None:
        """Who made the object whose words follow ("Inscribed:", "with the inscription"): the
        last maker named after "by" ("Sampler by Ann Dyer, 1826.", never "Given by …") in this
        paragraph or the one before it (a catalogue entry's heading line); None when none."""
        if not _INSCRIBED.search(lead):
            return None
        paragraphs = re.split(r"\n\s*\n", self.text[max(0, self.position - 1500) : self.position])
        before = "\n\n".join(paragraphs[-2:])  # this paragraph and the entry line before it
        makers = list(_MADE_BY.finditer(before))
        if not makers:
            return None
        named = self._subject_name(makers[-1]["name"].rstrip(",."), whole=True)
        if named is None:
            return None
        self.doubts.append(f"speaker taken as {named}, the maker the object's entry names")
        return _without_honorific(named)

    def _own_body(self) -> str | None:
        """The body whose document the text is, as its title line names it ("LOW HESKET
        PARISH COUNCIL: THE MINUTE BOOK", "Minutes of the Kelda Angling Club"): its voice
        speaks where the text names no other (a resolution, "the Council"); None when the
        title names no body."""
        if self._own_body_read is None:
            first = next((b.text for b in self.blocks if b.text.strip()), "")
            first = first.split("\n")[0]
            if len(first.split()) > 16:
                self._own_body_read = ""
            else:
                if not re.search(r"[a-z]", first):  # a title in capitals
                    first = re.sub(r"[A-Z][A-Z’']+", lambda m: m[0].capitalize(), first)
                    first = re.sub(r"\b(Of|The|And)\b", lambda m: m[0].lower(), first)
                named = re.search(rf"{_BODY_PHRASE}\b", first)
                self._own_body_read = _without_the(" ".join(named["body"].split())) if named else ""
        return self._own_body_read or None

    def _paper_before(self, words: str) -> str | None:
        """The paper ``words`` name last, as the text names it in full; None when none."""
        named = [m.group(0).strip().strip("*_") for m in _PAPER_NAMED.finditer(words)]
        return self._paper_named(_without_the(named[-1])) if named else None

    def _owner_of_document(self, lead: str) -> tuple[str | None, bool] | None:
        """The body or paper whose document a lead-in names: "The *Courier*, whose obituary
        called her", "The notice the Council put on the board", "Resolved: that" in a body's
        minutes, "Its account ended:" after a sentence about the paper, "in the mate's hand":
        (who, unnamed), or None; who is None for a paper's piece about a person that names
        no paper ("Ada Pell, whose obituary called her": not hers)."""
        sentence = _SENTENCE_BREAK.split(self.before)[-1]
        if not sentence.rstrip().endswith(lead.strip()):
            sentence = lead  # the words' own sentence, also before a heading it quotes
        clause = _HEADING_GIVEN.sub("", _SENTENCE_BREAK.split(sentence)[-1])
        whose = _WHOSE_DOCUMENT.search(clause)
        if whose is not None:
            if whose["body"] or whose["marked"]:
                return self._body_as_named(_without_the(whose["body"] or whose["marked"])), False
            named = self._subject_name(whose["name"], whole=True)
            if named is not None and whose["kind"] in _OWN_WRITING:
                return _without_honorific(self._full_name(named)), False
            if whose["kind"] in _ABOUT_ITS_SUBJECT:
                # "Ada Pell, whose obituary in the *Argus* called her": the paper's words, never
                # hers; with no paper named, nobody the text names
                printed = _PAPER_NAMED.search(whose[0], whose.start("kind") - whose.start())
                paper = printed.group(0).strip().strip("*_") if printed else None
                return (self._paper_named(_without_the(paper)) if paper else None), False
        made = _DOCUMENT_THE_BODY_MADE.search(clause)
        if made is not None and (made["body"] or _BODY_KIND_WORD.fullmatch(made["maker"])):
            return self._body_as_named(made["body"] or made["maker"]), False
        if made is not None:  # "the letter Ann Rudd sent the Board", "the one Tregear sent"
            named = self._subject_name(made["maker"], whole=True)
            if named is not None:
                return _without_honorific(self._full_name(named)), False
        if _RESOLVED_UNNAMED.match(clause) and (own := self._own_body()) is not None:
            return own, False  # "Resolved: that the Council “…”": the minutes' own body decides
        owned_by_kind = _KIND_OWNS.match(clause)
        if owned_by_kind is not None and owned_by_kind["kind"].lower() in ("paper", "newspaper"):
            paper = self._paper_before(self.before[: len(self.before) - len(lead)])
            if paper is not None:  # "Three days later the paper's leader was blunter:"
                return paper, False
        if owned_by_kind is not None and _BODY_KIND_WORD.fullmatch(
            owned_by_kind["kind"].capitalize()
        ):
            # "The battalion's war diary … records": the one battalion the text names in full
            kind = owned_by_kind["kind"].capitalize()
            which = owned_by_kind["which"]
            full = (self._full_body(f"{which.capitalize()} {kind}") if which else None) or (
                self._full_body(kind)
            )
            if full is not None:
                return full, False
        of_body = _DOCUMENT_OF_BODY.search(clause)
        if of_body is not None:  # "The minute book of the Kelby Women's Institute records"
            return self._body_as_named(_without_the(of_body["body"])), False
        piece = _PAPER_PIECE.match(clause)
        if piece is not None and not re.search(r"\bby\s+[A-Z]", clause):
            if piece["paper"]:
                return self._paper_named(_without_the(piece["paper"].strip("*_"))), False
            paper = self._paper_before(self.before[: len(self.before) - len(clause)])
            if paper is not None:  # "A leader in the next issue called it": the paper just named
                self.doubts.append("the paper taken as the one the paragraph names last")
                return paper, False
        if _UNSIGNED_PIECE.search(clause) and not re.search(_BODY_PHRASE, clause):
            paper = self._paper_before(self.before[: len(self.before) - len(lead)])
            if paper is not None:  # "The same issue carried an unsigned note:": the paper
                self.doubts.append("the paper taken as the one the paragraph names last")
                return paper, False
        in_hand = _IN_HAND.search(clause)
        if in_hand is not None and re.search(
            rf"(?:{_DOCUMENT_VERB}[^.!?“”\"‘’«»]{{0,40}}|:\s*)$", clause
        ):
            hand = in_hand["who"]
            if hand[:1].isupper():
                named = self._subject_name(hand, whole=True)
                return (_without_honorific(self._full_name(named)), False) if named else None
            role = re.sub(r"^(?:his|her|their)\s", "the ", hand)
            held = self._role_holder(role)
            return (held, False) if held else (role, True)  # "in the mate's hand": the mate
        if _ITS_PIECE.match(clause):
            sentences = [t for t in _SENTENCE_BREAK.split(self.before) if t.strip()]
            earlier = sentences[-2] if len(sentences) >= 2 else ""
            subject = re.match(
                rf"\s*(?:[Tt]he\s+)?(?:{_BODY_PHRASE}|[*_](?P<marked>[^*_\n]{{2,60}})[*_])\s+[a-z]",
                earlier,
            )
            if subject is not None:  # "The Courier reported the opening. Its account ended:"
                return self._body_as_named(
                    _without_the(subject["body"] or subject["marked"])
                ), False
            paper = self._paper_before(earlier)
            if paper is not None and _PAPER_PIECE_KIND.search(clause):
                # "…, and the paper put her words on its front page. Three days later its
                # leader …": the paper the sentence before names last
                self.doubts.append("‘its’ taken as the paper the sentence before names")
                return paper, False
        return None

    def _document_maker(self, lead: str, quoted: str) -> tuple[str | None, bool, bool] | None:
        """Who made the document whose words follow ``lead``: (name, unnamed, sure), or None;
        ``sure`` when the maker's verb stands right before the words ("…, which recorded that
        the Highways Committee had recommended “…”"): it wins over a name further back."""
        owner_of = self._owner_of_document(lead)
        if owner_of is not None:
            return owner_of[0], owner_of[1], True
        kind = _KIND_DOCUMENT.search(lead)
        full = self._full_body(kind["kind"].capitalize()) if kind else None
        if kind and full:  # "the museum's own label for it … called it": that museum's
            self.doubts.append(f"‘the {kind['kind']}’ taken as {full}, the one such body named")
            return full, False, True
        owned = _OWNED_DOCUMENT_READS.search(lead)
        if owned:  # "The Town Museum's label reads:"
            owner = owned["owner"]
            if owned["body"]:
                return self._body_as_named(owner), False, True
            named = self._subject_name(owner, whole=True)
            if named is not None:
                return _without_honorific(self._full_name(named)), False, True
        making = _MAKING.search(lead)
        if making and (
            making["verb"] not in _NEEDS_DOCUMENT or _DOCUMENT_NOUN.search(making["gap"])
        ):
            if making["verb"] in ("left", "bequeathed") and len(making["gap"].split()) > 3:
                return None  # "left the village in 1850 and …": no bequest
            subject = self._subject_before(lead[: making.start()])
            if subject is not None:
                # "issued a flood warning for the coast, its first since 2014, warning of":
                # a participle after the document says what the maker says in it
                said = _SAYING_PARTICIPLE.search(making["gap"]) is not None
                return subject[0], subject[1], len(making["gap"].split()) <= 4 or said
        says = _BODY_SAYS.search(lead)
        subject = self._subject_before(lead[: says.start()], bodies_only=True) if says else None
        if subject is not None:  # "The Halifax Chamber of Trade wrote to the editor that"
            return subject[0], subject[1], False
        letter = _LETTER_FROM.search(lead)
        gives = (
            letter is not None
            and (
                _DOCUMENT_GIVES.match(lead[letter.end() :]) is not None
                # "A letter was read from the Bus Company, which “regrets …”": its predicate
                or (
                    re.fullmatch(r",?\s*(?:which|who)\s*", lead[letter.end() :]) is not None
                    and re.match(r"[a-z]", quoted) is not None
                )
                # "a letter from Dame Ann Rudd MP, the party's deputy leader, which said the
                # result showed": the letter says it, whatever stands between
                or _WHICH_SAYS.match(lead[letter.end() :]) is not None
            )
        )
        if letter and not (lead.rstrip().endswith(":") or gives):
            letter = None
        # the letter's writer, unless someone says something of it after ("…, and said:")
        sure = letter is not None and (
            gives or not re.search(rf"\b{_SPEECH_VERBS}\b", lead[letter.end() :])
        )
        if letter and letter["body"]:  # "A letter from the Parochial Church Council asked"
            return self._body_as_named(letter["body"]), False, True
        if letter and letter["name"]:  # "a letter from Mrs Ann Rudd of Mill Lane, who …:"
            named = self._subject_name(letter["name"], whole=True)
            if named is not None:
                sender = _without_honorific(self._full_name(named))
                if gives:  # "a letter from Colonel Garside …, calls it": the text says so
                    self.written_here = (sender, None)
                return sender, False, sure
        elif letter:  # "A second letter from her appeared:": the one "her" stands for
            writer = self._antecedent(lead[: letter.start()])
            if writer is not None and self._sex_fits(letter["who"], writer):
                titled = re.search(rf"\b(?:Mrs|Mr|Miss|Ms)\.?\s+{re.escape(writer)}\b", self.text)
                return (titled[0] if titled else writer), False, sure  # "Mrs" as written
        the_one = _THE_ONE.search(lead)
        if the_one and not self._known(the_one["word"]):
            return self._body_as_named(the_one["word"]), False, False
        # "The Board “sees no reason to depart …”": words set as a named subject's predicate
        bare = re.fullmatch(rf"\s*(?:[Tt]he\s+)?(?P<subject>{_BODY_PHRASE}|{_NAME})\s*", lead)
        if bare and re.match(r"[a-z]", quoted):
            if bare["body"]:
                return self._body_as_named(bare["body"]), False, False
            named = self._subject_name(bare["subject"], whole=True)
            if named is not None:
                return _without_honorific(self._full_name(named)), False, False
        return None
