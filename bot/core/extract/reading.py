"""Propose the passages of a reading a group adds: its quotations and whose they are.

Pure and registry-free: it reads names, works, pages and relays as the text writes them;
:mod:`bot.core.extract.ingest` then matches them with the registries and proposes new entries
for the rest. Unlike the shipped essays' reader (:mod:`bot.core.extract.essay`), it assumes
nothing about an essay's conventions. How it reads:

- **Quotations**: words between “ ”, « », straight double quotes, and ‘ ’ or straight single
  quotes that open at a word's start (apostrophes stay apostrophes: "the ’90s", "'tis", "'em",
  "‘’Tis …’", "rock ’n’ roll", and a plural's "ringers’ wives" inside a quotation that closes
  further on).
  A closing mark followed by a transcript's remark ("any work” (General laughter.)") in a
  speech whose next paragraph reopens it is a stray mark: the speech goes on. A quotation whose
  paragraph ends open (wherever in the paragraph it opened) continues while the next
  paragraphs reopen it, through paragraphs with no quote mark at all (list items, lines of a
  dialogue), to the paragraph that closes it; a run that never closes is no quotation. A
  block quotation is a
  paragraph indented by four spaces or a tab, or whose lines all start with ``>`` (HTML and
  EPUB ``<blockquote>`` become indented paragraphs); consecutive ones are one quotation.
  Quoted words that are whole sentences standing between the essay's own ("… no doubt.
  ‘Nobody reads it but me.’ The book …") are shown as a quotation is, and so are words after
  "resolved that" (a body's decision) or a verdict ("found the pictures ‘…’").
- **Not quotations**: quoted words of one to three words (scare quotes, terms) unless a
  citation or footnote marker follows them directly; a quoted title
  (after "essay", "poem", "titled", ... or in title case without a full stop); quoted words
  inside a sentence that names nobody and cites nothing. Paraphrase carries no quote marks and
  stays the author's commentary.
- **Who**: a trailing citation "(Merrow, The Long Shelf, p. 12)", "(The Long Shelf by Ada
  Merrow, 1931)", "(Merrow 1931, 12)" (an
  author–date citation looks the title up in the works-cited list), a footnote marker
  (``[1]``, ``[^1]``, ``¹``, ``<sup>1</sup>``, or a symbol ``*``, ``†``, ``‡``, ``§``, typed
  ``+``, ``#``, with its notes as lines starting with it) whose note cites ("Ibid., p. 4"
  repeats the previous note's work, "Arne, op. cit., p. 44" that author's noted work), an
  APA narrative citation ("Pryor (1999) wrote …" (p. 3): that References entry), the
  lead-in ("As Ada Merrow wrote in The Long Shelf:", "wrote Merrow", "According to
  Merrow,"), a pronoun after the quotation ("…,” she said: the last
  person named), "one keeper's wife wrote:" or "Its chairman replied that" (an unnamed speaker,
  as written, unless a name stands in apposition: "Its chairman, Tobias Renn, replied"), the
  subject of a colon lead-in whose verb says nothing ("Its founder, Helga Marsh, set out its
  purpose:", "The historian Ida Fenn gave an example:", "In the same speech, Merrow turned
  to …:"), the subject of a sentence interrupted before its verb ("Merrow, in her interview
  with Ida Fenn, said:" is Merrow's; a name after a preposition never speaks), "Said
  Merrow:". "X quoted Y" / "X cited a farmer as saying" makes Y (or the unnamed farmer) the
  speaker and X the ``via``. A title named after its kind ("her study The Long Shelf", "his
  novel …") or in quote marks in the lead-in is the work, never a person; an issue number
  ("Gazette, No. 6") belongs to the periodical and is no page; a parenthesis that opens in
  small letters is a remark, never a citation. "He"/"she" is the last person named before
  the pronoun (a sentence subject followed by "he" counts: "Merrow was … She was …"), never
  one named after it; "Merrow's true aim when she …" is Merrow. A quotation nobody is named
  for keeps the work and page its own citation gives. A quotation split by "…,” wrote X,
  “…" is two passages, both X's (one passage would have to cut the essay's words out of a
  slice: ``removed`` is for debris only).
  "cited in X" / "quoted in X" makes X the ``via``; a title in a citation after words a lead-in
  gives to someone ("(Orchard Newsletter, p. 3)") is the work, not a relay; so is a periodical
  named with "the" ("in the Orchard Newsletter"), never a place ("in the Town Hall").
  Nothing is inherited from an earlier quotation unless the text says so ("Ibid.", "in the
  same book", "she went on", or a second quotation in the same sentence run: its speaker,
  not its page). A paragraph before a reopened quotation is its lead-in only when it ends
  with a colon, and a page in a lead-in counts only outside parentheses: an earlier
  quotation's citation is never inherited. A text that "continues" ("The narrative
  continues:") keeps the work but not the speaker.
- **Numbered references** (Vancouver, IEEE): "[2, p. 3]" or "[4]" after the quotation, or in its
  lead-in ("he writes [2, p. 9]:"), cites entry [2] of a "References" list ("[2] Quill, H. (1925)
  Rules for the Switchroom. …": H. Quill, the work, the year); so does "(2, p. 3)", "(2, 3)" or
  "(2)" (no page) against a list numbered "2. Quill H. Rules for the switchroom. …" (Vancouver: a
  title-case first part is a body, an unsigned article's paper is the work). A work is never a
  bare number, a page or a date: then it stays empty for the moderator. "The Advertiser reported
  her speech:" is hers, relayed by the paper; "Commissioners of Northern Lights, Instructions to
  Lightkeepers, p. 3" names a body and the document it issued. A quotation opening its sentence
  after one about someone's document ("His log … has one entry that is not about the weather.
  “…”") is that person's. A title-case phrase in quote marks set off by commas ("Her article, “The
  Listening Women”, is …") is a title.
- **Works and bodies**: a References or works-cited entry gives its title (italic, or the
  first piece after a leading year), never the publisher's place; a note that only describes
  a document ("letter to the board, 9 October 1887, board papers") gives no title, and a day
  of a month is no page. A page of someone with one works-cited entry ("(88)", "On page 12
  she is blunter:") is that work's; "the Regulations" names the listed work it begins, and
  that work's author (a person or a body: MLA's corporate author) speaks it. "A tract, which
  she called An Answer," names the work; "the Gazette's critic" wrote in the Gazette. A
  newspaper that prints someone's spoken words (a speech it reported, an interview, "she
  said" with the paper in the note) relays them (``via``); words written in it are its work.
  A paragraph after a block quotation that says "The quotation is from …[4]" cites it.
- **Not speakers**: a time ("the spring of 1911 records"), something of someone's ("Her own
  letters"), a clause whose subject is a pronoun ("the sharpest she ever wrote": her), a
  name after the verb that is its object ("Pelly described Wrabness Quay as"); a rank or
  office before a full name is dropped ("Alderman Jonas Pelly" is Jonas Pelly), a courtesy
  title kept. "X, in her survey …, quotes an old apprentice as saying" relays an unnamed
  speaker through X; "Tregear called it “…”" and "remembered … with the words “…”" are the
  subject's words.
- **Quotations inside a quotation** are passages of their own when the outer speaker gives
  them to someone named ("As Caddock said, ‘…’", a citation of their own), relayed by the
  outer speaker (``via``) and printed in the outer work at its page unless their citation says
  otherwise; the outer passage stays whole. Words said to the quoted speaker ("Old Renwick
  only said to us, ‘…’", "he came up to me and said, “…”") are their own account, never a
  passage of their own. Words the reading already quotes elsewhere are not
  proposed twice. "(Applause.)" and other one-word parentheses are stage directions.
- **Pages**: "p. 12", "pp. 12–14", "p12", "pp495-6", "page 12", "pages 12-14", the number
  after the year of an author–date citation or after a title ("Merrow, The Long Shelf, 12").
- **Insertions**: anything in square brackets inside a quotation is the essay author's (its
  span is recorded, an omission "[…]" too), except "[sic]" (kept, part of the quotation as
  printed) and footnote markers.
- **Rules**: a drawn line ("---", "***", "* * *") is nobody's words; "---" opens a page's
  footnotes.
- **Commentary**: every other paragraph of six words or more (notes and works-cited entries are
  citations, not passages); headings are "#" lines and short lines without a full stop (a
  section number may lead: "II. The Network"); a heading or a paragraph of prose after a
  works-cited list is the next chapter, not an entry.
- **Page-break debris** (a scanned or printed book): bare page numbers and running heads
  (capitals ending with a page number, or repeated) are nobody's words; a paragraph that
  stops mid-sentence and goes on in small letters after them, or after a page's footnotes,
  is one paragraph, and the debris stays out of every passage (``removed``). Endnote numbers
  printed plain after a closing mark ("… business.’1", "‘…’,3") are note markers; "(Leeds,
  1934)" after a title in a note is where and when it was published, not part of it.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from bot.core.extract.formats import TOO_SLOW, ReadingError
from bot.core.models import PassageKind

_SPEECH_VERBS = (
    r"(?:said|says|say|wrote|writes|write|argued|argues|asked|asks|added|adds|noted|notes|"
    r"observed|observes|remarked|remarks|replied|replies|insisted|insists|declared|declares|"
    r"claimed|claims|told|tells|recalled|recalls|complained|complains|answered|answers|"
    r"explained|explains|warned|warns|concluded|concludes|continued|continues|admitted|"
    r"admits|suggested|suggests|reported|reports|put it|puts it|went on|goes on|"
    r"objected|objects|confessed|confesses|protested|protests|recorded|records|"
    r"announced|announces|boasted|boasts|joked|jokes|testified|testifies|"
    r"pleaded|pleads|cautioned|cautions|conceded|concedes|countered|counters|"
    r"responded|responds|reflected|reflects|mused|muses|quipped|quips|"
    r"scribbled|scribbles|jotted|jots|lamented|laments|urged|urges|reminded|reminds|"
    r"described|describes|saying|writing|put the matter|put the point|puts the matter|"
    r"disagreed|disagrees|agreed|agrees|retorted|retorts|commented|comments|stated|states|"
    r"pointed out|points out|referred to|refers to|maintained|maintains|stressed|stresses|"
    r"emphasised|emphasises|emphasized|emphasizes|acknowledged|acknowledges|"
    r"proclaimed|proclaims|expounded|expounds|summed up|sums up|point out|remembered|"
    r"remembers|contend|contends|contended)"
)
# what several authors, or one cited by year, do: "Hughes and Parry (1998) argue", "Lund et
# al. note" (only after such a subject: "a later note" is no verb)
_PLURAL_VERBS = (
    r"(?:argue|note|observe|remark|insist|claim|suggest|conclude|maintain|explain|warn|"
    r"admit|recall|record|describe|report|comment|write|say|add|point out|state|show)"
)
# verbs whose subject says the quoted words but whose object does not: "he accused Kettering of"
_SUBJECT_VERBS = rf"(?:{_SPEECH_VERBS}|accused|accuses|denounced|denounces|(?:is|was) said to have "
# "called it “…”", "called the new quay “…”": the quoted words are the subject's name for it
# (a verdict too: "found the pictures ‘…’", "thought it ‘…’")
_CALLED_IT = (
    r"(?:(?:called|calls)\s+(?:it|them|this|that|(?:the|her|his|their|its)\s+[a-z]+)|"
    r"(?:found|finds|thought|thinks|judged|judges|pronounced|pronounces|deemed|deems)\s+"
    r"(?:it|them|this|(?:the|her|his|their|its)\s+[a-z]+)(?!\s+that))\b"
)
_SUBJECT_VERBS += r"(?:told|said|written|remarked)|(?:called|calls|call) (?:it|them|this|that))"
_PARTICLES = r"(?:de|van|von|der|la|le|du|da|di|bin|al|ibn|St\.)"
# "liked to say", "used to tell", "would write": the subject still says the words
_MODAL = (
    r"(?:(?:liked|loved|used|went on|began|came|wanted|had|was fond of|was given|"
    r"was known|was heard|was wont) to\s+|would\s+|could\s+|did\s+)?"
)
# APA's narrative citation after a name: "Hughes and Parry (1998, p. 4) argue"
_NARRATIVE_YEAR = r"\((?P<year>1[5-9]\d\d|20\d\d)[a-z]?(?:[,:][^()]{0,20})?\)"
_CAP_WORD = r"[A-Z][\w’'-]*\.?"
_NAME = rf"{_CAP_WORD}(?:\s+(?:{_PARTICLES}\s+)?{_CAP_WORD}){{0,3}}"
_NOT_NAMES = {
    "As",
    "In",
    "But",
    "When",
    "Then",
    "The",
    "This",
    "That",
    "Later",
    "Here",
    "There",
    "She",
    "He",
    "They",
    "It",
    "We",
    "I",
    "Our",
    "His",
    "Her",
    "Their",
    "And",
    "Or",
    "Yet",
    "So",
    "For",
    "After",
    "Before",
    "Years",
    "Once",
    "Still",
    "Even",
    "Now",
    "Elsewhere",
    "Writing",
    "Speaking",
    "Asked",
    "Of",
    "To",
    "On",
    "At",
    "Again",
    "Its",
    "If",
    "What",
    "Who",
    "Where",
    "Why",
    "How",
    "A",
    "An",
    "One",
    "Another",
    "Some",
    "Most",
    "Many",
    "Both",
    "Each",
    "Every",
    "All",
    "No",
    "Not",
    "Like",
    "Unlike",
    "With",
    "Without",
    "Though",
    "Although",
    "While",
    "Since",
    "Because",
    "Until",
    "Meanwhile",
    "Finally",
    "First",
    "Second",
    "Third",
    "Next",
    "Indeed",
    "Perhaps",
    "By",
    "From",
    "Ibid",
    "See",
    "Compare",
    "Chapter",
    "Page",
    "Section",
    "Part",
    "Book",
    "Letter",
    "Notes",
    "Note",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Professor",
    "Sir",
    "Lady",
    "Lord",
    "Miss",
    "Nobody",
    "Everyone",
    "Everybody",
    "Someone",
    "Somebody",
    "Anyone",
    "Anybody",
    "None",
}
_NOT_TITLE_STARTS = _NOT_NAMES - {"The", "A", "An", "On", "Of"}
_TITLES = {"Mr", "Mrs", "Ms", "Dr", "Professor", "Sir", "Lady", "Lord", "Miss"}
_PRONOUNS = re.compile(r"\b(he|she|they|it)\b", re.IGNORECASE)
_TITLE_WORD = r"(?:[A-Z0-9][\w’'-]*(?:\([A-Z]\))?|of|the|and|in|a|an|on|for|to|at|with|from|or)"
# "one keeper's wife wrote", "Its chairman replied that", "the bishop, Anselm Rook, argued"
_UNNAMED = re.compile(
    rf"\b(?P<name>(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Ss]ome|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|"
    rf"[Tt]he)\s+(?:[A-Z][\w-]*(?:’s|'s)\s+)?(?:[a-z0-9][\w’'-]*\s+){{0,6}}?[a-z0-9][\w’'-]*"
    rf"(?<!\bto)(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)(?<!\bhas)(?<!\bhad)(?<!\bbeen)"
    rf"(?:\s+(?:at|in|of|from)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?[A-Z][\w’'-]*"
    rf"(?:\s+[A-Z][\w’'-]*){{0,2}}"
    rf"(?:\s+[a-z]+)?)?)"
    rf"(?P<apposed>,[^,]*,)?\s+(?:once\s+|later\s+|also\s+|simply\s+)?"
    rf"(?:(?!saying|writing|describing){_SPEECH_VERBS}\b|{_CALLED_IT})"
)
# Who a colon lead-in names as its subject when its verb is no speech verb: "Its founder,
# Helga Marsh, set out its purpose in her first circular:", "Rosa Achterberg set down the rule:"
_APPOSED_SUBJECT = re.compile(
    rf"\b[a-z0-9][\w’'-]*,\s+(?P<name>{_NAME}),\s+(?:who\s+)?(?:\w+ly\s+|then\s+|later\s+|"
    rf"also\s+)?[a-z]"
)
# a sentence that opens with someone's possessive: "Trotsky’s true meaning when he …"
_OWNER_FIRST = re.compile(
    r"^\s*(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?:’s|'s|(?<=s)’)\s+[a-z]"
)
# "Fenn was interviewed by the historian Mary Quinn": a name after "by", "with", "to" … is
# not the sentence's subject when it already has one
_AFTER_AGENT = re.compile(
    r"\b(?:by|with|to|for|from|of|about|against|than)(?:\s+(?:the|a|an|his|her|their))?"
    r"(?:\s+[a-z][\w’'-]*){0,2}\s*$"
)
_OWNED_DOCUMENT = re.compile(
    rf"(?P<name>{_NAME})(?:’s|'s)\s+(?:own\s+)?(?:notebook|diary|diaries|log|letters?|journal|"
    r"papers|ledger|daybook|memoir|account|notes|logbook|minute-book)\b"
)
_ROLE_NAMED = re.compile(
    r"(?:\b(?P<rank>Coxswain|Captain|Colonel|Lieutenant|Commander|Sergeant|Inspector|"
    r"Superintendent|Constable|Bishop|Archdeacon|Dean|Mayor|Matron|Alderman|Councillor|Canon|"
    r"Skipper)\s+|\b(?:the|The|its|Its|their|Their)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<role>[a-z][\w-]*),?\s+)"
    rf"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Reverend|Rev|Captain|Canon)\.?\s+)?{_NAME})"
)
# a body a sentence opens with, named in apposition: "The owners, the Harwich Rope Company, were"
_APPOSED_BODY = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:The|Its|Their)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?,\s+(?:the\s+)?"
    r"(?P<name>(?:[A-Z][\w’'-]*\s+){1,5}?[A-Z][\w’'-]*),\s"
)
# what the text says of someone's sex: a courtesy title, a kin word before the name
_TITLE_SEX = {
    **dict.fromkeys(("Mr", "Sir", "Lord", "Father", "Brother", "Master"), "m"),
    **dict.fromkeys(("Mrs", "Miss", "Ms", "Lady", "Dame", "Sister", "Mother", "Madame"), "f"),
}
_KIN_SEX = re.compile(
    r"\b(?:(?P<f>daughter|wife|widow|sister|mother|niece|aunt|granddaughter)|"
    r"(?P<m>son|husband|widower|brother|father|nephew|uncle|grandson))\s*,?\s*$"
)
_SAME_SURNAME_KIN = r"(?:daughter|son|wife|widow|sister|brother|eldest|youngest)"
# a lead-in about a periodical's own words: "Its verdict was brief:", "The paper's leader"
_ITSELF = re.compile(
    r"^\s*(?:Its|It)\b|\b(?:the|The)\s+(?:paper|newspaper|journal|magazine)(?:’s|'s)?\b|"
    r"\b(?:editorial|leader)\b"
)
# what may open a lead-in sentence before its subject: "In the same speech, ", "But "
_OPENING_PHRASE = re.compile(
    r"^(?:(?:In|At|On|During|After|Before|Later|Elsewhere|Again|Here|There|Then|Once)\b"
    r"[^,“”\"]{0,80},\s+|(?:But|And|So|Yet|Still|Thus|Now)\s+)"
)
_LOWER_HONORIFIC = re.compile(
    r"^(?:comrade|citizen|brother|sister|president|general|professor|doctor|father|mother)\s+"
    r"(?=[A-Z])"
)
_DESCRIBED_SUBJECT = re.compile(r"^(?:The|A|An|Our|This|That)\s")
_NOT_DESCRIPTION = {
    "of", "in", "on", "at", "by", "for", "with", "from", "to", "and", "or", "under", "over",
    "after", "never", "ever", "other", "rather", "either", "neither", "together", "whether",
}  # fmt: skip
# what a person is called just before their name: "the historian", "the worker", "the mayor"
_ROLE_NOUN = re.compile(
    r"(?:ian|ist|er|or|man|woman|ess|ant|student|dent|agent|ee|ary|wife|son|daughter|chief|head|"
    r"poet|judge|"
    r"clerk|priest|monk|nun|bishop|king|queen|general|colonel|captain)$"
)
_LEADING_SUBJECT = re.compile(
    rf"^(?P<name>{_NAME})(?:,[^,“”\"]*,)?\s+(?:\w+ly\s+|then\s+|later\s+|also\s+)?[a-z]"
)
# Words that make an unnamed phrase a thing or a clause, not a person ("a speech reported").
_NOT_PEOPLE = {
    "who",
    "that",
    "which",
    "whom",
    "speech",
    "letter",
    "report",
    "note",
    "record",
    "book",
    "article",
    "paper",
    "passage",
    "line",
    "minutes",
    "document",
    "entry",
    "review",
    "headline",
    "phrase",
    "word",
    "notice",
    "sign",
    "poster",
    "story",
    "account",
    "version",
    "page",
    "chapter",
    "lecture",
    "essay",
    "pamphlet",
    "memoir",
    "newspaper",
    "paper's",
    "text",
    "sentence",
    "rule",
    "motto",
    "inscription",
    "plaque",
    "title",
    "caption",
    "committee's",
    "booklet",
    "leaflet",
    "handbook",
    "manual",
    "circular",
    "guide",
    "notebook",
    "board",
    "narrative",
    "narrator",
    "novel",
    "poem",
    "study",
    "interviewee's",
    # documents: "The mill's lease of 1418 calls the water …" is no person
    "lease",
    "deed",
    "charter",
    "will",
    "catalogue",
    "inventory",
    "register",
    "ledger",
    "log",
    "diary",
    "daybook",
    "act",
    "bill",
    "petition",
    "label",
    "map",
    "return",
    "accounts",
    "receipt",
    "contract",
    "agreement",
    "certificate",
    "licence",
    "license",
    "warrant",
    "decree",
    "statute",
    "treaty",
    "advertisement",
    "announcement",
    "bulletin",
    "tract",
    "broadsheet",
    "newsletter",
    "journal",
    "magazine",
    "column",
    "editorial",
    "obituary",
    "memorandum",
    "memo",
    "telegram",
    "postcard",
    "programme",
    "prospectus",
    "brochure",
    "guidebook",
    "sermon",
    "hymn",
    "ballad",
    "epitaph",
    "verdict",
    "judgment",
    "judgement",
    "resolution",
    "motion",
    "order",
    "regulation",
    "regulations",
    "rules",
    "book's",
}
# words that make "Her own letters", "the sharpest she ever wrote" no person: "own" (something
# of someone's), a pronoun (the clause's real subject), a superlative (a thing compared)
_NOT_A_PERSON_PHRASE = {
    "own", "he", "she", "they", "it", "i", "we", "you", "him", "them",
    "longest", "shortest", "best", "worst", "most", "least",
}  # fmt: skip
# a time is nobody, whatever it records: "the spring of 1911 records …"
_TIME_WORDS = {
    "winter", "summer", "spring", "autumn", "year", "years", "month", "week", "day", "days",
    "night", "morning", "evening", "afternoon", "century", "decade", "season", "time", "age",
    "era", "period", "hour", "moment",
}  # fmt: skip
# "The narrative continues:": a text, not a person, goes on (its speaker is not inherited)
_THING_SUBJECT = re.compile(
    r"^\s*(?:The|This|That|His|Her|Their|Its)\s+(?P<first>[a-z]+)(?:\s+(?P<second>[a-z]+))?\b"
)
_PRONOUN_VERB = re.compile(
    rf"\b(?:he|she|they|He|She|They)\s+(?:\w+ly\s+|also\s+|once\s+|later\s+|then\s+|"
    rf"ever\s+|never\s+|often\s+|always\s+|first\s+|last\s+|even\s+|still\s+|"
    rf"herself\s+|himself\s+)?{_MODAL}(?:{_SUBJECT_VERBS}\b|{_CALLED_IT})"
)
# a one-word name opening a sentence as its subject, with "he"/"she" in a later sentence:
# "Stalin was one of the leaders … He was born …"
_SUBJECT_THEN_PRONOUN = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][a-z][\w-]+)\s+(?:was|is|had|has|became|did)\b"
    r"(?=(?:[^.!?]|[.!?](?!\s)){0,400}[.!?]\s.{0,600}?\b(?:[Hh]e|[Ss]he)\b)",
    re.S,
)
_HONORIFIC = re.compile(
    r"^(?:Reverend|Rev\.?|Revd\.?|Canon|Father|Sister|Brother|Captain|Capt\.?|Colonel|Col\.?|"
    r"General|Judge|Alderman|Councillor|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Professor|Prof\.?|Sir|"
    r"Dame|Lady|Lord|Coxswain|Lieutenant|Lt\.?|Commander|Admiral|Major|Sergeant|Sgt\.?|"
    r"Corporal|Inspector|Superintendent|Constable|Bishop|Archdeacon|Dean|Mayor|Matron|Nurse|"
    r"Deacon|Elder|Pastor|Rabbi|Skipper)\s+(?=[A-Z])"
)
_KIN_APPOSED = re.compile(
    r"\b(?:wife|husband|son|daughter|sister|brother|mother|father|widow|widower|cousin|niece|"
    r"nephew|aunt|uncle|grandson|granddaughter|friend),\s+"
    r"(?P<name>(?:(?:Lady|Lord|Sir|Dame|Mrs|Miss|Mr)\s+)?[A-Z][a-z]+),"
)
_RELAYING_VERBS = (
    r"(?:reprints|reprinted|quotes|quoted|prints|printed|records|recorded|cites|cited|"
    r"reproduces|reproduced|collected|collects|transcribed|transcribes)"
)
# a body that issues documents: "Commissioners of Northern Lights", "Ministry of Labour"
_BODY = re.compile(
    r"(?:The\s+)?[A-Z][a-z]+\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
)
_SUBORDINATE = re.compile(r"\b(?:after|before|since|until|than|when|while|because|although|whom)\b")
# words after a quotation that say who said it: ",” she told me.", ",” said Merrow,"
_SAID_AFTER = re.compile(
    rf"^[”\"’»]?[,.!?]?[”\"’»]?\s*(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})\s+"
    rf"(?:\w+ly\s+)?{_SPEECH_VERBS}\b[^.!?“”\"«»]{{0,60}}[.!?,:]?$|"
    rf"^[”\"’»]?[,.!?]?[”\"’»]?\s*(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})\s+"
    rf"(?:\w+ly\s+)?{_SPEECH_VERBS}\b"
)
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they|He|She|They)\b")
# a colon lead-in about someone's words: "Her verdict is generous:", "His answer was short:"
_POSSESSIVE_LEAD = re.compile(r"^\s*(?:His|Her|Their)\s+(?:own\s+)?[a-z]")
_PASSIVE = re.compile(
    rf"(?P<name>{_NAME})\s+(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:quoted|reported)"
)
# "That letter was quoted in Hollis's history (Hollis 1988, 41).": the sentence after the words
_RELAYED_LATER = re.compile(
    r"^(?:That|This|The|These|Those|It|Her|His|Their)\b[^.]*\b"
    r"(?:quoted|cited|printed|reproduced)\s+(?:in|by)\b"
)
_RELAYED_IN = re.compile(
    r"\b(?:reported|printed|reproduced|quoted|cited)\s+in\s+(?:the\s+)?"
    rf"(?P<via>\*[^*]+\*|_[^_]+_|[A-Z][\w’'-]*(?:\s+{_TITLE_WORD})*)"
)
_NAME_THEN_VERB = re.compile(
    rf"(?P<name>{_NAME}(?:\s+(?:and|&)\s+{_NAME})?(?:\s+et\s+al\.?)?)(?:,[^,“”\"]*,)?"
    rf"(?:\s+{_NARRATIVE_YEAR})?\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+|also\s+|once\s+|"
    rf"later\s+|then\s+|herself\s+|himself\s+|themselves\s+)?{_MODAL}"
    rf"(?:{_SUBJECT_VERBS}\b|{_CALLED_IT})"  # "Hale called the river “…”", as "he called …"
)
_PLURAL_SUBJECT = re.compile(
    rf"(?P<name>{_NAME}\s+(?:and|&)\s+{_NAME}|{_NAME}\s+et\s+al\.?|{_NAME}(?=\s+\())"
    rf"(?:\s+{_NARRATIVE_YEAR})?\s+(?:\w+ly\s+|also\s+)?{_PLURAL_VERBS}\b"
)
# "wrote Merrow", never the object of the verb: "described Wrabness Quay’s as", "told Renn that"
_VERB_THEN_NAME = re.compile(
    rf"\b{_SPEECH_VERBS}\s+(?P<name>{_NAME})(?![\w’'-])(?<!’s)(?<!'s)(?!\s+[A-Z])"
    r"(?!\s+(?:as|that|to|about|of|how|what|why|whether)\b)"
)
_ACCORDING = re.compile(
    rf"\b(?:[Aa]ccording to|[Ii]n the words of|[Aa]s|[Ff]or)\s+(?P<name>{_NAME})"
    rf"(?:’s|'s)?(?:\s+(?:words|phrase|account|view)|\s+{_SPEECH_VERBS}|\s*[,:])"
)
_POSSESSIVE = re.compile(
    rf"\b(?:[Ii]n\s+)?(?P<name>{_NAME})(?:’s|'s|(?<=s)’|(?<=s)')\s+(?:own\s+)?(?:words|phrase|"
    r"reply|view|letters?|notes?|diary|diaries|memoir|answer|account|lecture|speech|preface|"
    r"journal|book|narrative|study|article|pamphlet|essay|report|testimony|statement|hand|"
    r"handwriting)\b"
)
_GENRES = (
    r"(?:book|essay|memoir|pamphlet|article|letter|report|lecture|speech|novel|diary|address|"
    r"sermon|history|study|collection|survey|notebook|journal|work|biography|treatise|poem|"
    r"broadcast|theses|thesis|interview|paper|monograph)"
)
# "in his excellent book Another View of Stalin", "their study Soviet Communism – A New
# Civilisation": a title named after what kind of work it is (never a person, even in capitals)
_GENRE_TITLE = re.compile(
    rf"(?<!\bto\s)\b{_GENRES}\s*,?\s+(?P<title>\*[^*]+\*|_[^_]+_|“[^”]+”|‘[^’]+’|\"[^\"]+\"|"
    rf"[A-Z][\w’'-]*(?:\s+(?:{_TITLE_WORD}|[–—]))*)"
)
# "a second tract, which she called simply An Answer,": a work named by what it was called
_CALLED_TITLE = re.compile(
    rf"\b(?:{_GENRES}|ledger|log|tract|newsletter|magazine|register|scrapbook|column|leaflet|"
    r"booklet|circular|broadsheet)s?\b,?\s+(?:(?:which|that)\s+)?(?:(?:he|she|they|it|I|we|"
    r"[A-Z][\w’'-]+)\s+(?:\w+ly\s+|later\s+|then\s+)?)?(?:called|entitled|titled)\s+"
    r"(?:it\s+)?(?:simply\s+|just\s+|only\s+)?(?P<title>\*[^*]+\*|_[^_]+_|“[^”]+”|‘[^’]+’|"
    rf"\"[^\"]+\"|[A-Z][\w’'-]*(?:\s+{_TITLE_WORD})*)"
)
# "the Gazette’s reviewer": someone who wrote in a periodical, which is where the words are
_PERIODICAL_ROLE = re.compile(
    r"^(?:[Tt]he|[Aa]n?)\s+(?P<paper>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*?)(?:’s|'s)\s+"
    r"(?:\w+\s+)?(?:reviewer|critic|correspondent|editor|reporter|columnist|leader-writer)\b"
)
# a newspaper's name: what it prints of someone's spoken words it reports (``via``)
_NEWSPAPER = re.compile(
    r"\b(?:Gazette|Chronicle|Times|Advertiser|Herald|Courier|Post|Mercury|Tribune|Observer|"
    r"Guardian|Telegraph|News|Weekly|Echo|Standard|Express|Mail|Argus|Examiner|Packet|"
    r"Sentinel|Journal)$"
)
_SPOKEN = re.compile(
    r"\b(?:said|says|say|told|tells|answered|answers|replied|replies|asked|asks|joked|"
    r"exclaimed|interview|interviewed|speech|spoke|addressed|reporter|put it)\b"
)
# "the Regulations are", "the Regulations says": capitalised words with "the" standing as a
# subject (not "the Harbour office", where they describe what follows)
_NAMED_WITH_THE = re.compile(
    r"\bthe\s+(?P<w>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)(?=\s*[,.;:)]|\s*$|\s+(?:is|are|was|"
    r"were|has|have|had|say|says|said|put|puts|go|goes|went|add|adds|also|then|insist|insists|"
    r"state|states|require|requires|warn|warns|tell|tells|continue|continues|give|gives)\b)"
)
# "…, answered by the Harbour Board, which declared that": the one the clause is about
_RELATIVE_SPEAKER = re.compile(
    rf"(?P<name>{_NAME}),\s+(?P<who>who|which)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?"
    rf"{_SPEECH_VERBS}\b"
)
# where one sentence ends and the next begins, also after a note marker ("said.[^4] The",
# "said.* The")
_SENTENCE_BREAK = re.compile(
    r"(?:(?<=[.!?])|(?<=\d\])|(?<=</sup>)|(?<=[¹²³⁴⁵⁶⁷⁸⁹⁰])|(?<=[.!?”\"’][*†‡§+#]))\s+"
    r"(?=[A-Z“\"‘«(]|$)"
)
# "A sergeant was less gallant:": an unnamed person as a colon lead-in's subject
_UNNAMED_SUBJECT = re.compile(
    r"^(?P<name>(?:A|An|One|Another)\s+(?:[a-z][\w’'-]*\s+){0,3}?(?P<head>[a-z][\w’'-]*)"
    r"(?:\s+(?:of|from|in|at)\s+(?:the\s+)?(?:[A-Z0-9][\w’'-]*\s+){1,3}?)?)\s+(?:was|were|is|had|"
    r"has|did|could|would|seemed|sounded)\b"
)
_PERSON_NOUNS = {
    "man", "woman", "men", "women", "child", "girl", "boy", "member", "neighbour", "neighbor",
    "friend", "soldier", "private", "visitor", "resident", "widow", "wife", "husband",
    "mother", "father", "sister", "brother", "son", "daughter", "nurse", "pupil", "guest",
    "colleague", "parishioner", "local", "veteran", "survivor", "witness", "recruit",
}  # fmt: skip
# "a ganger named Patrick Doyle", "a keeper called Ann Rudd": a person the lead-in introduces
_INTRODUCED = re.compile(rf"\b(?:named|called)\s+(?P<name>{_NAME})")
# a plural of a kind of person: "Visitors", "Critics", "Neighbours", "Children"
_PLURAL_NOUN = re.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ians|ants|ents|ees|ics|ours|men|ren)")
_PLURAL_SUBJECT_UNNAMED = re.compile(
    rf"(?:^|(?<=[.!?:]\s))(?P<name>{_PLURAL_NOUN.pattern})\s+(?:\w+ly\s+|also\s+)?"
    rf"(?:{_SUBJECT_VERBS}|{_PLURAL_VERBS})\b"
)
_TITLED_UNNAMED = re.compile(
    r"\b(?P<name>[Tt]he\s+(?:[a-z]+\s+){1,3}(?P<title>[A-Z][a-z]+))(?:,[^,“”\"]{1,120},)?\s+"
    rf"(?:\w+ly\s+)?{_SPEECH_VERBS}\b"
)
# a lead ending "with the words", "in the words of her reply": what follows is quoted
_WORDS_LEAD = re.compile(r"\b(?:with|in|by)\s+(?:the|these|those|her|his|their)\s+words\s*$")
# "Joan Pell, the night operator, who …": the person a relative clause is about
_WHO_CLAUSE = re.compile(rf"(?P<name>{_NAME})(?:,[^,“”\"]{{1,80}})?,\s+who\b")
# words someone wrote: a letter or an article in a paper is printed there under their name
_WRITTEN = re.compile(
    r"\b(?:wrote|writes|write|written|letter|letters|article|column|leader|editorial)\b"
)
# "R. Vane to H. Bowen": a letter described by who wrote to whom, not a title
_LETTER_TO = re.compile(
    rf"^(?P<writer>{_NAME}(?:\s+of\s+{_NAME})?)\s+to\s+(?:{_NAME}|(?:his|her|their|the)\s+"
    rf"(?:[a-z]+(?:\s+[a-z]+)?|{_NAME}))$"  # "… to the Trustees": a body written to
)
# a paragraph after a block quotation that gives its citation: "The quotation is from the
# last chapter.[4]"
_BACK_REFERENCE = re.compile(
    r"^(?:The|This|These|Those|That|His|Her|Their|[A-Z][\w-]+(?:’s|'s))\s+(?:[a-z]+\s+)?"
    r"(?:citation|quotation|quote|passage|lines|words|extract|excerpt|reference|evidence|"
    r"statement|testimony|account|speech|answer|reply)\b[^.!?\[]{0,120}?[.!?]?\s*"
    r"(?P<marker>\[\^?\d+\]|<sup>\d+</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)"
)
# a title in quote marks in a lead-in: "in his report on ‘Mastering Bolshevism’:"
_QUOTED_TITLE = re.compile(r"(?<![\w’'])[‘“\"](?P<title>[A-Z][^‘’“”\".!?:;]{2,80})[’”\"](?![\w])")
# "The Webbs quoted a Mr Calvin B Hoover": the words are Hoover's, the Webbs relay them
_QUOTES_PERSON = re.compile(
    rf"(?P<via>{_NAME})(?:,[^,“”\"]{{1,160}},)?\s+(?:also\s+)?(?:quoted|quotes|cited|cites)\s+"
    rf"(?:an?\s+)?"
    rf"(?P<name>{_NAME})"
)
# "He cited a Soviet emigre, interviewed in 1950, as saying:": an unnamed speaker, relayed
_QUOTES_UNNAMED = re.compile(
    r"(?P<via>\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|\b[Hh]e|\b[Ss]he|\b[Tt]hey)"
    r"(?:,[^,“”\"]{1,160},)?\s+(?:also\s+)?(?:quoted|quotes|cited|cites)\s+"
    r"(?P<name>(?:an?|one|another|some)\s+(?:[A-Za-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*)"
    r"(?=\s*,|\s+as\s+say|\s*:)"
)
# "the editor of Fairlie's letters": the letters are the topic, their writer is not speaking
_OF_POSSESSOR = re.compile(r"\b(?:of|about|than|as|with|against|on)\s+$")
_AFTER_PREPOSITION = re.compile(
    r"\b(?:with|to|by|of|for|from|about|against|toward|towards|at|in|on|near|before|after|"
    r"than|as)\s+$"
)
_LOWER_PLACE_PHRASE = re.compile(r"\s+(?:at|on|during)\s+(?:the\s+)?(?:[a-z0-9][\w’'-]*\s*)+$")
_REPORTED_WORDS = re.compile(
    rf"(?P<via>{_NAME})\s+(?:reported|printed|quoted|reproduced|recorded|published)\s+"
    r"(?:her|his|their)\s+(?:\w+\s+)?(?:speech|words|remarks|account|answer|reply|letter|"
    r"statement|address|sermon|testimony)\b"
)
# "Said Lenin in 1919:", "Wrote Merrow:": the verb before its subject
_VERB_FIRST = re.compile(rf"^\s*(?P<verb>[A-Z][a-z]+(?: out| to)?)\s+(?P<name>{_NAME})")
# "Stalin, in his interview with Roy Howard, of the Howard-Scripps Press, said:": the subject
# of the sentence, not a name inside what interrupts it
_INTERRUPTED_SUBJECT = re.compile(
    rf"^\s*(?P<name>{_NAME}(?:\s+and\s+{_NAME})?),(?P<between>[^“”\".!?]{{1,240}}?)\s+"
    rf"(?:\w+ly\s+|also\s+|then\s+)?(?:{_SPEECH_VERBS}\b|(?:quoted|cited)\b(?!\s+(?:an?\s+)?[A-Z]))"
)
# words that end the names of doctrines, bodies and events, never of people
_NOT_PERSON_ENDINGS = re.compile(
    r"(?:ism|isms|tion|tions|ment|ments|ity|ities|ness|ship|ology|archy|Union|Party|Committee|"
    r"Congress|Society|Revolution|Republic|Army|Press|Council|Conference|Commission|Street|Road|"
    r"Lane|Hall|Church|Chapel|River|Bay|Island|Rock|Hill|Point|Valley|Bridge|Station|Square|"
    r"House|Castle|Park|Town|City|County|Sea|Lake|Lighthouse|Office|Library|Gazette|Times|"
    r"Advertiser|Herald|Courier|Post|Mercury|Chronicle|Tribune|Observer|Guardian|Telegraph|"
    r"Journal|Review|Newsletter|Bulletin|Record|News|Exchange)$"
)
_WORK_IN = re.compile(
    r"\b[Ii]n\s+(?:(?:his|her|their|its|the|a)\s+(?:\d{4}\s+)?(?:book|essay|memoir|pamphlet|"
    r"article|letter|report|lecture|speech|novel|diary|address|sermon|history|study|"
    r"collection|survey|notebook|journal)\s*,?\s+|(?:his|her|their)\s+(?=[A-Z]))?"
    rf"(?P<title>\*[^*]+\*|_[^_]+_|“[^”]+”|\"[^\"]+\"|[A-Z][\w’'-]*(?:\s+{_TITLE_WORD})*)"
)
# "in the Orchard Newsletter": a periodical named with "the" (a place, "in the Town Hall", is not)
_PERIODICAL_IN = re.compile(
    r"\b[Ii]n\s+the\s+(?P<title>(?:[A-Z][\w’'-]*\s+){0,4}(?:Newsletter|Gazette|Bulletin|Times|"
    r"Review|Journal|Herald|Chronicle|Magazine|Quarterly|Post|News|Courier|Minutes|Record|"
    r"Register|Mercury|Observer|Tribune|Advertiser|Circular|Proceedings|Transactions|Annual|"
    r"Almanac|Yearbook)s?)\b"
)
_TITLE_LEAD = re.compile(
    r"\b(?:essay|article|poem|story|chapter|lecture|song|book|pamphlet|titled|entitled|"
    r"called|named|headed|in|of)\s*,?\s*$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# "4 May 1903", "May 4", "spring 1982": when something was written, never a title or a page
_DATE_PART = re.compile(
    rf"^(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}\b|{_MONTH}$|"
    r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b)"
)
_LOCATOR = re.compile(
    r"\b(?:tape|reel|box|folder|folio|fol|item|file|line|lines|col|column|plate|fig|figure|"
    r"track|disc|cassette|entry|no|nos|number|vol|volume|chapter|ch|section|sec|para|"
    r"paragraph|act|scene|canto|book|part|rule|clause|article|art|regulation|lot|item|"
    r"minute|resolution|verse|stanza)\.?\s*$",
    re.IGNORECASE,
)
_DATE_BEFORE = re.compile(rf"\b{_MONTH}\s*,?\s*$")
_YEARS = re.compile(r"\(?(?:1[5-9]\d\d|20\d\d)\s*[-–—]\s*\d{2,4}\)?")
_PAGE = re.compile(
    r"\b(?:pp?\.|pages?|pg\.|pp?(?=\d))\s*(?P<page>\d+(?:\s*[-–—]\s*\d+)?|[ivxlc]+)\b",
    re.IGNORECASE,
)
# "Thought and Art, No. 6", "Vol. 3": an issue or volume number, never a page
_ISSUE = re.compile(r"\b(?:no|nos|vol|vols|issue|number|part)\.?\s*\d+\s*$", re.IGNORECASE)
# "(Mastering Bolshevism by JV Stalin, 1937)": a work and its author
_BY = re.compile(r"^(?P<work>.+?)\s+by\s+(?P<name>[A-Z][^,;()]*)$")
_TRAILING_NUMBER = re.compile(r"(?:,|:)\s*(?P<page>\d+(?:\s*[-–—]\s*\d+)?)\s*$")
# MLA's author–page form: (Lusk 211), (Kell, "Second Letter" 5)
_AUTHOR_PAGE = re.compile(r"(?<=[A-Za-z”\"’.*_])\s+(?P<page>\d+(?:\s*[-–—]\s*\d+)?)\s*$")
# words that end the name of a document or a body, never of a person: "Station Log"
_TITLE_NOUNS = re.compile(
    r"\b(?:Log|Logs|Book|Books|Letters|Diary|Diaries|Minutes|Report|Reports|Gazette|Newsletter|"
    r"Journal|Review|Times|Chronicle|Papers|Records|Instructions|Proceedings|Register|Bulletin|"
    r"Society|Office|Commission|Committee|Council|Library|Archive|Archives|Circulars?|Herald|"
    r"Courier|Chronicle|Advertiser|Mercury|Tribune|Observer|Echo|Packet|Argus|Examiner|"
    r"Sentinel|Telegraph|Guardian|News|Weekly|Magazine)\b"
)
# "Club minutes", "Trust papers": a body's records described in small letters, not a title
_DESCRIBED_RECORD = re.compile(
    r"(?:[A-Z][\w’'-]*\s+)?(?:[a-z][\w’'-]*\s+)?(?:minutes|papers|records|accounts|ledgers?)"
)
# a given name, a nickname in quotation marks, a surname: 'Edward "Turkey" Smart'
_NICKNAMED = re.compile(
    r"\b(?P<first>[A-Z][a-z]+)\s+[\"“‘'][A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?[\"”’']\s+"
    r"(?P<last>[A-Z][a-z][\w’'-]+)\b"
)
_IBID = re.compile(r"^\s*(?:ibid|ibidem)\b\.?", re.IGNORECASE)
# "Arne, op. cit., p. 44": the work of that author cited in an earlier note
_OP_CIT = re.compile(r"^(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*),?\s+op\.\s*cit\b\.?")
_IBID_PAGE = re.compile(r"^[\s,:;]*(?P<page>\d+(?:\s*[-–—]\s*\d+)?)\s*$")
# "Pryor (1999)": one author and a year in running text (APA narrative; authors cited
# together, "Hughes and Parry (1998)", are the lead-in's subject)
_NARRATIVE_CITE = re.compile(
    r"(?<!and )(?<!& )\b(?P<name>[A-Z][\w’'-]+)\s+\((?P<year>1[5-9]\d\d|20\d\d)[a-z]?\)"
)
_RELAY = re.compile(r"\b(?:cited|quoted|qtd\.?)\s+(?:in|by)\s+", re.IGNORECASE)
_SAME_WORK = re.compile(
    r"\b(?:same (?:book|essay|work|letter|article|memoir|report|lecture|page|chapter|passage|"
    r"speech|address|interview|pamphlet|study|novel|diary|broadcast)|"
    r"went on|goes on|continued|continues|later in|further on|a few pages later|"
    r"adds|added|again)\b",
    re.IGNORECASE,
)
# numbered references (Vancouver, IEEE): "[1] Shaw, R. (ed.) (1981) Dunmere Voices. …"
_REFERENCE = re.compile(r"^\[(?P<n>\d{1,3})\]\s+(?P<body>.+)$", re.S)
_AUTHOR_YEAR = re.compile(
    r"^(?P<authors>[^()\[\]]{2,80}?)\s*(?:\((?:eds?|ed\.|eds\.)\.?\)\s*)?\((?P<year>\d{4})\)\s*(?P<rest>.+)$"
)
# a numbered list's entry as HTML or Markdown sets it: "1. Tull A. First annual report. …"
_LISTED_REFERENCE = re.compile(r"^(?P<n>\d{1,3})\.\s+(?P<body>\S.+)$", re.S)
# Vancouver authors: "Tull A.", "Hosken PJ, Ley M." (surname, then initials without points)
_VANCOUVER_AUTHORS = re.compile(
    r"^(?P<last>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)*)\s+(?P<initials>[A-Z]{1,3})"
    r"(?:,\s*[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)*\s+[A-Z]{1,3})*(?:,?\s+et al)?\.\s+(?P<rest>.+)$"
)
# an in-text numbered reference in parentheses: "(3)", "(3, p. 12)", "(3, 12)"
_NUMBERED_CITE = re.compile(r"^(?P<n>\d{1,3})(?:\s*,\s*(?P<where>[^()]{1,40}))?$")
# what is never a work's title: a bare number, a page, a date or a year
_NOT_A_TITLE = re.compile(
    rf"^(?:(?:pp?\.\s*)?\d+(?:\s*[-–—]\s*\d+)?|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)$",
    re.IGNORECASE,
)
_BRACKET_REFERENCE = re.compile(r"\[(?P<n>\d{1,3})(?:,\s*(?P<where>[^\[\]]{1,40}))?\]")
_BRACKET_REFERENCE_AFTER = re.compile(
    r"^[\s.,;:!?”\"’'»]{0,3}\[(?P<n>\d{1,3})(?:,\s*(?P<where>[^\[\]]{1,40}))?\]"
)
# a note number printed as plain digits right after a quotation's closing mark
_BARE_MARKER = re.compile(r"^[.,;:!?]{0,2}(\d{1,3})(?=[\s.,;:)]|$)")
# footnote symbols: *, †, ‡, § (doubled for later notes) and the typed substitutes + and #
_SYMBOL = r"[*†‡§+#]{1,3}"
_MARKER = re.compile(rf"\[\^?(\d+)\]|<sup>(\d+)</sup>|([¹²³⁴⁵⁶⁷⁸⁹⁰]+)|({_SYMBOL})(?![\w*†‡§+#])")
_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
_NOTE_LINE = re.compile(
    r"^\s*(?:\[\^?(\d+)\]:?|<sup>(\d+)</sup>|([¹²³⁴⁵⁶⁷⁸⁹⁰]+)|(\d+)[.)]|"
    rf"({_SYMBOL}))\s+(?P<body>.+)$",
    re.S,
)
_NOTE_START = re.compile(
    rf"\n(?=\s*(?:\[\^?\d+\]|<sup>\d+</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d+[.)]|{_SYMBOL})\s)"
)
_NOTES_HEADING = re.compile(r"^#*\s*(?:notes|footnotes|endnotes)\s*:?$", re.IGNORECASE)
_CITED_HEADING = re.compile(
    r"^#*\s*(?:works cited|bibliography|references|sources|works quoted)\s*:?$", re.IGNORECASE
)
_CITED_AUTHORS = re.compile(
    r"^(?P<authors>[A-Z][\w’'-]+,\s+(?:[A-Z]\.\s?)+(?:,?\s*(?:&|and)\s+[A-Z][\w’'-]+,\s+"
    r"(?:[A-Z]\.\s?)+|,\s+[A-Z][\w’'-]+,\s+(?:[A-Z]\.\s?)+)+)\s*"
)
_CITED_NAME = re.compile(r"^(?P<last>[A-Z][\w’'-]+),\s+(?P<first>[^.,]+(?:\s[A-Z]\.)*)\.?\s+")
_BRACKET = re.compile(r"\[[^\[\]]*\]")
_SIC = re.compile(r"^\[sic\.?\]$", re.IGNORECASE)
_PARENTHETICAL = re.compile(r"^\s*[.,;:]?\s*\((?P<body>(?:[^()]|\([^()]*\))*)\)")
_ATTRIBUTION_LINE = re.compile(r"^\s*(?:—|–|--|―)\s*(?P<body>.+)$")
_MIN_QUOTATION_WORDS = 4
_MIN_PROSE_WORDS = 20
_MAX_TITLE_WORDS = 8  # a paragraph this long after a works-cited list is prose, not an entry
_SECTION_NUMBER = re.compile(r"^(?:[IVXLC]+|\d{1,2})\.\s+(?=[A-Z])")
_PAGE_NUMBER = re.compile(r"\d{1,4}")
# a lead that says the next words are a decision recorded as written ("it resolved that",
# "the bench ruled that"): a quotation even before anyone is named for it
_INTRODUCED_WORDS = re.compile(
    r"\b(?:resolved|resolves|ruled|rules|decreed|decrees|ordered|orders|directed|directs|"
    r"recommended|recommends|decided|decides|voted|votes|minuted|agreed|agrees)\s+that\s*$"
)
# a speaker telling what was said to them: "said to us", "came up to me", "I heard him say"
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Uu]s|[Ww]e)\b")
# a transcript's remark after a closing mark: "any work” (General laughter.)"
_STAGE_DIRECTION = re.compile(
    r"\s*\((?:general\s+|loud\s+|prolonged\s+)?(?:laughter|applause|cheers|cheering|uproar|"
    r"interruption|commotion|hear,?\s+hear)\b[^()]{0,40}\)",
    re.IGNORECASE,
)
# words English writes with their first letters left out, and decades: 'tis, 'em, the '90s
# ("'Round the tower …" in capitals opens a quotation; "'Tis" never does)
_ELISION = re.compile(
    r"[’'‘](?:(?:[Tt]is|[Tt]was|[Tt]were|[Tt]will|[Tt]would|em|cause|til|bout|round|neath|"
    r"tween|n)(?![\w’'])|\d\d(?:s\b|(?![\w’'])))"
)
# a word of one or two letters cut short at both ends: "rock ’n’ roll"
_ELIDED = re.compile(r"\s[’']\w{1,2}[’']$")
# a plural's apostrophe before the word it owns: "the ringers’ wives"
_PLURAL_POSSESSIVE = re.compile(r"s[’'] [a-z]")
# a Markdown thematic break ("---", "***", "* * *"): "---" also opens a page's footnotes
_THEMATIC_BREAK = re.compile(r"-{3,}|\*{3,}|_{3,}|(?:[-*_][ \t]+){2,}[-*_]")
_RUNNING_HEAD = re.compile(r"[A-Z][A-Z’' ,.&:-]{2,80}")
_RUNNING_HEAD_NUMBERED = re.compile(
    r"(?:\d{1,4}\s+[A-Z][A-Z’' ,.&:-]{2,80}|[A-Z][A-Z’' ,.&:-]{2,80}\s+\d{1,4})"
)
# a works-cited entry of a body or an author without a first name: "Meteorological Office. 1921."
_CITED_BODY = re.compile(
    r"^[A-Z][^.,\n()]{1,60}(?:\.\s+(?:\(?\d{4}\)?[.,]|[*_“\"])|\s+(?=\(\d{4}[a-z]?\)))"
)
# the names of bodies: what they issue is theirs (MLA's corporate author)
_BODY_NAME = re.compile(
    r"\b(?:Society|Office|Commission|Commissioners|Committee|Council|Board|Ministry|Department|"
    r"Company|Union|Association|Guild|Trust|Institute|Institution|Corporation|League|Club|"
    r"Federation|Library)$"
)
_MIN_COMMENTARY_WORDS = 6
_MAX_RUN_PARAGRAPHS = 60  # a quotation running on over more paragraphs than this is a stray mark
_MAX_UNMARKED_PARAGRAPHS = 12  # list items or dialogue lines inside a running quotation
_MAX_HEADING_WORDS = 12
_MAX_CAPTION_WORDS = 16
_MAX_HEADING_CHARS = 200
_PAIRS = {"“": "”", "«": "»", '"': '"', "‘": "’", "'": "'"}


@dataclass
class Proposal:
    """A proposed passage, with its attribution as the text writes it."""

    kind: PassageKind
    text: str
    start: int
    end: int
    speaker_name: str | None = None
    unnamed: bool = False
    work_title: str | None = None
    page: str | None = None
    date: str | None = None
    via_name: str | None = None
    attributed_by: str | None = None
    removed: list[tuple[int, int]] = field(default_factory=list)
    insertions: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Cite:
    """What one citation says, as written."""

    speaker: str | None = None
    work: str | None = None
    page: str | None = None
    year: str | None = None
    via: str | None = None
    via_work: str | None = None
    ibid: bool = False
    periodical: bool = False  # an issue of a newspaper or journal: "*Gazette*, 3 May 1907, p. 4"


@dataclass
class _Block:
    start: int  # source offset of the paragraph
    end: int
    text: str  # source[start:end], with page-break debris inside it blanked out
    quote: bool  # a block quotation (indented or '>')
    heading: bool
    role: str = "body"  # body | note | cited | heading | debris
    debris: list[tuple[int, int]] = field(default_factory=list)  # source spans left out


@dataclass(frozen=True)
class _Found:
    """A quotation's span in the source, and where its marks are."""

    start: int
    end: int
    open_at: int
    close_at: int
    removed: tuple[tuple[int, int], ...] = ()


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """The runs of text between blank lines, with where each starts. A plain search for each
    blank line (a backtracking pattern over a whole book's single line held the interpreter
    for seconds, pausing every other server's answers)."""
    start = 0
    for blank in re.finditer(r"\n(?=[ \t]*\n)", text):
        if blank.start() > start:
            yield start, text[start : blank.start()]
        start = blank.end()
    if start < len(text):
        yield start, text[start:]


def _blocks(text: str) -> list[_Block]:
    blocks = []
    for chunk_start, chunk in _chunks(text):
        if not chunk.strip():
            continue
        lines = [line for line in chunk.split("\n") if line.strip()]
        indented = all(line.startswith(("    ", "\t")) for line in lines)
        marked = all(line.lstrip().startswith(">") for line in lines)
        stripped = chunk.strip()
        start = chunk_start + chunk.index(stripped[0])
        titled = _SECTION_NUMBER.sub("", stripped)  # "II. The Network": a numbered heading
        shaped = (
            "\n" not in stripped
            and len(stripped) <= _MAX_HEADING_CHARS
            and len(stripped.split()) <= _MAX_HEADING_WORDS
            and not re.search(r"[.:;!?“”\"«»]", titled.rstrip("?"))
            and not stripped.endswith((".", ":", "…", ";", ",", ")", "]", "²", "¹", "³"))
        )
        # a line a printed page sets in the middle ("   THE FERRY BOOK", "   Chapter Two"):
        # a heading or running head, never a block quotation
        centred = indented and shaped and _title_case(titled)
        heading = stripped.startswith("#") or (shaped and not marked and not indented) or centred
        quote = (indented or marked) and not centred
        blocks.append(_Block(start, start + len(stripped), stripped, quote, heading))
    heads = [b.text for b in blocks if _RUNNING_HEAD.fullmatch(b.text)]
    for n, block in enumerate(blocks):
        if n and (
            _PAGE_NUMBER.fullmatch(block.text)
            or (_RUNNING_HEAD.fullmatch(block.text) and heads.count(block.text) > 1)
            or _RUNNING_HEAD_NUMBERED.fullmatch(block.text)
        ):
            block.role, block.heading = "debris", False  # a page number or running head
    role = "body"
    rule = False  # notes under a "---" rule (the foot of a page) end where the body resumes
    for block in blocks:
        if block.role == "debris":
            continue
        first_line = block.text.split("\n")[0].strip()
        if _THEMATIC_BREAK.fullmatch(block.text):
            block.role, block.heading = "rule", False  # a drawn line: nobody's words
            if block.text == "---":
                role, rule = "note", True
            continue
        if _NOTES_HEADING.match(first_line):
            role, rule = "note", False
            block.role, block.heading = "heading", True
            continue
        if _CITED_HEADING.match(first_line):
            role = "cited"
            block.role, block.heading = "heading", True
            continue
        if (
            role == "cited"
            and not _CITED_NAME.match(block.text)
            and not _CITED_BODY.match(block.text)
            and not _REFERENCE.match(block.text)  # "[1] Lund, F. (1898) …" lines of a list
        ) and (block.heading or len(block.text.split()) >= _MIN_PROSE_WORDS):
            role = "body"  # a heading or prose after a works-cited list: the next chapter
        if _symbol_notes(block.text, text[: block.start]):
            block.role, block.heading = "note", False  # "* Rules …, p. 3." after "…"*
            continue
        note_line = _NOTE_LINE.match(block.text) is not None and not (
            block.heading and block.text.startswith("#")  # "# II. The Quarrel"
        )
        if role == "note" and not note_line and (rule or block.heading):
            role = "body"
        if note_line and re.match(r"^\s*(?:\[\^\d+\]:|<sup>\d+</sup>)", block.text):
            block.role = "note"  # a Markdown or <sup> footnote stands anywhere
            continue
        block.role = role if not block.heading else "heading"
    _trailing_notes(blocks)
    return _joined(text, blocks)


def _symbol_notes(block_text: str, before: str) -> bool:
    """A block of footnotes marked by symbols ("* Rules …, p. 3.", "+ Ibid., p. 4."): every
    line starts with a symbol and a space (or goes on indented), no symbol twice, and each
    symbol stands in the text before right after a closing mark or a sentence's end ("…"*).
    A bullet list repeats its symbol, and emphasis ("*Boxes*") has no space after it."""
    symbols: list[str] = []
    for line in block_text.split("\n"):
        if not line.strip():
            continue
        if line[:1].isspace() and symbols:
            continue  # a note running on to an indented line
        found = re.match(rf"({_SYMBOL})\s+\S", line)
        if found is None:
            return False
        symbols.append(found.group(1))
    return (
        bool(symbols)
        and len(set(symbols)) == len(symbols)
        and all(
            re.search(rf"[.!?”\"’'»]{re.escape(symbol)}(?![\w*†‡§+#])", before)
            for symbol in symbols
        )
    )


def _trailing_notes(blocks: list[_Block]) -> None:
    """A numbered list that ends the text with no "Notes" heading ("1. J. Kerr to R. Kerr, …",
    "2. Ibid., p. 4") is its notes when the body marks notes by those numbers ("[1]")."""
    run: list[_Block] = []
    for block in reversed(blocks):
        if block.role != "body" or block.quote:
            break
        numbered = re.match(r"^(\d{1,3})[.)]\s", block.text)
        if numbered is None:
            break
        run.insert(0, block)
    numbers = [int(re.match(r"^(\d{1,3})", b.text)[0]) for b in run]  # type: ignore[index]
    if len(run) < 2 or numbers != list(range(1, len(run) + 1)):
        return
    body = " ".join(b.text for b in blocks if b.role == "body" and b not in run)
    if all(re.search(rf"\[\^?{n}\]|<sup>{n}</sup>", body) for n in (1, len(run))):
        for block in run:
            block.role = "note"


def _joined(text: str, blocks: list[_Block]) -> list[_Block]:
    """Blocks with a paragraph that a page break cut in two joined again: a paragraph that stops
    mid-sentence ("… it goes", "congre-"), then page numbers, running heads or a page's
    footnotes, then one that goes on in small letters. The debris between stays out of the
    paragraph's text (blanked) and of every passage cut from it."""
    joined: list[_Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.role == "debris":
            block.debris = [(block.start, block.end)]
        if block.role != "body" or block.quote:
            joined.append(block)
            index += 1
            continue
        merged = block
        while True:
            following = index + 1
            while following < len(blocks) and (
                blocks[following].role in ("debris", "note") or blocks[following].text == "---"
            ):
                following += 1
            if (
                following == index + 1
                or following >= len(blocks)
                or blocks[following].role != "body"
                or blocks[following].quote
                or not blocks[following].text[:1].islower()
                or re.search(r"[.!?:;…]['’”\"»)\]\d]*$", merged.text)
            ):
                break
            nxt = blocks[following]
            gap = (merged.end + 1, nxt.start)  # one line break stays, as a space would
            joined += blocks[index + 1 : following]  # notes are still read as notes
            scanned = text[merged.start : nxt.end]
            for a, b in [*merged.debris, gap]:
                scanned = scanned[: a - merged.start] + " " * (b - a) + scanned[b - merged.start :]
            merged = _Block(
                merged.start, nxt.end, scanned, False, False, "body", [*merged.debris, gap]
            )
            index = following
        joined.append(merged)
        index += 1
    return sorted(joined, key=lambda b: b.start)


def _clean_name(name: str) -> str | None:
    words = name.split()
    while words and (
        (
            words[0].rstrip(".") in _NOT_NAMES
            and words[0].rstrip(".") not in _TITLES
            and not (re.fullmatch(r"[A-Z]\.", words[0]) and len(words) > 1)  # "A. Pell"
        )
        or re.fullmatch(_SPEECH_VERBS, words[0].lower())
    ):
        words = words[1:]  # "As", "The"; "Said Lenin"
    while words and words[-1].rstrip(".,") in _NOT_NAMES:
        words = words[:-1]
    if not words:
        return None
    cleaned = " ".join(words).rstrip(",.")
    if cleaned.endswith(("’s", "'s")):
        cleaned = cleaned[:-2]
    return cleaned or None


def _without_honorific(name: str) -> str:
    """A rank or office before a full name is dropped ("Alderman Jonas Pelly" is Jonas
    Pelly); a courtesy title ("Mr Tobias Wake") or a title before a surname alone is kept."""
    honorific = _HONORIFIC.match(name)
    if honorific is None or re.match(r"(?:Mr|Mrs|Ms|Miss)\b", name):
        return name  # a courtesy title is how the essay addresses someone: kept as written
    rest = name[honorific.end() :]
    return rest if len(rest.split()) >= 2 else name


def _is_person_noun(word: str) -> bool:
    """ "sergeant", "keeper", "widow": a word that names a person, not a thing or a time."""
    word = word.lower()
    return (
        word not in _NOT_PEOPLE
        and word not in _TIME_WORDS
        and (word in _PERSON_NOUNS or bool(_ROLE_NOUN.search(word)))
    )


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
    if found:
        return re.sub(r"\s*[-–—]\s*", "-", found.group("page"))
    return None


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
        2 <= len(words) <= 4
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
    return all(w[:1].isupper() or w in small for w in words.split() if w[:1].isalpha())


def _title_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a work after what kind it is ("his book Another View of Stalin")."""
    return [m.span("title") for m in _genre_titles(text)]


def _genre_titles(text: str) -> list[re.Match[str]]:
    """Works named after what kind they are, but not a sentence's subject after a comma:
    "In the same report, Tregear added" names no report "Tregear"."""
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
    ]


def _parenthesis_depths(text: str) -> list[int]:
    """How deep inside parentheses each character of ``text`` stands (one more at the end)."""
    depths, depth = [], 0
    for char in text:
        depth += char == "("
        depths.append(depth)
        depth = max(0, depth - (char == ")"))
    return [*depths, depth]


class _Reader:
    def __init__(self, text: str, author: str, deadline: float) -> None:
        self.text = text
        self.author = author
        self.deadline = deadline
        self.blocks = _blocks(text)
        self.debris = sorted(span for block in self.blocks for span in block.debris)
        self.notes: list[tuple[int, int, str, str]] = []  # (group, offset, number, body)
        self.position = 0  # where the quotation being attributed ends: which notes it means
        self.cited_lines: list[str] = []  # the works-cited entries as written
        self.abbreviations: dict[str, str] = {}  # "WCLS" -> "Western Coast Lifeboat Society"
        self.references: dict[str, Cite] = {}  # "[1] Shaw, R. (1981) …" after "References"
        self.quoted: list[tuple[int, int, str]] = []  # every quotation read so far: its words
        self.cited: list[tuple[str, str | None, str | None]] = []  # (full name, year, title)
        self.people: list[str] = []  # names as first written in full
        self.last_person: str | None = None
        self.last_note: Cite | None = None
        self.previous: Proposal | None = None
        self.before = ""  # the paragraph's words before the quotation being attributed
        self.noted: list[tuple[str, str]] = []  # (author, title) of the notes read so far
        self.unnamed_speaker: str | None = None
        self.last_cited: tuple[str, str] | None = (
            None  # (speaker, work) of the last citation  # the last speaker quoted without a name
        )
        self.roles: dict[str, str] = {}  # "coxswain" -> "William Tregenza", as the text names
        self.sexes: dict[str, str] = {}  # "Silas Moyle" -> "m" where the text says so
        self._read_apparatus()
        self.note_cites: list[tuple[int, str, Cite]] = []  # (offset, number, citation)
        # in order of number; symbols ("*", "†") in the order they are printed
        ordered = sorted(self.notes, key=lambda n: (n[0], int(n[2]) if n[2].isdigit() else 0))
        for _group, offset, number, body in ordered:
            cite = self.parse_cite(body)
            if cite is not None:
                self.note_cites.append((offset, number, cite))
                self.last_note = cite
                if cite.speaker and cite.work:  # "Quinn, Lamplighters" after the full note
                    self.noted.append((cite.speaker, cite.work))
                if cite.via and cite.via_work:  # "… quoted in Henry Dacre, The Bridge …"
                    self.noted.append((cite.via, cite.via_work))

    # -- notes and works cited -------------------------------------------------------------

    def _read_apparatus(self) -> None:
        group, noting = 0, False  # each run of notes is a list of its own (chapters restart)
        for block in self.blocks:
            if block.role != "note" and block.role != "debris":
                noting = False
            if block.role == "note":
                group += not noting
                noting = True
                for entry in _NOTE_START.split(block.text):
                    found = _NOTE_LINE.match(entry)
                    if found:
                        number = next(g for g in found.groups()[:5] if g)
                        body = found.group("body").strip()
                        number = number.translate(_SUPERSCRIPTS)
                        self.notes.append((group, block.start, number, body))
            elif block.role == "cited" and _REFERENCE.match(block.text):
                # one entry per "[n]", also when a list sets them on consecutive lines
                for entry in re.split(r"\n(?=\s*\[\d{1,3}\]\s)", block.text):
                    numbered = _REFERENCE.match(entry.strip())
                    if numbered:
                        body = " ".join(numbered["body"].split())
                        self.references[numbered["n"]] = self._reference(body)
            elif block.role == "cited" and _LISTED_REFERENCE.match(block.text.strip()):
                listed = _LISTED_REFERENCE.match(block.text.strip())
                assert listed is not None
                body = " ".join(listed["body"].split())
                self.references[listed["n"]] = self._vancouver(body) or self._reference(body)
                self.cited_lines.append(" ".join(block.text.split()))
                self._cited_entry(block.text.strip())
            elif block.role == "cited":
                for entry in block.text.split("\n"):
                    self.cited_lines.append(" ".join(entry.split()))
                    self._cited_entry(entry.strip())

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
        quoted = re.match(r"^[‘'“\"](?P<title>.+?)[’'”\"][,.]\s*(?P<rest>.*)$", body)
        if quoted:  # an unsigned article: its periodical is the work
            periodical = quoted["rest"].split(",")[0].strip().rstrip(".")
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
        year = _YEAR.search(body)
        found_year = year[1] if year else None
        authors = _VANCOUVER_AUTHORS.match(body)
        if authors:
            title = re.split(r"\.\s+(?=[A-Z0-9])", authors["rest"], maxsplit=1)[0].rstrip(".")
            name = f"{authors['initials']} {authors['last']}"
            self.cited.append((name, found_year, _title(title)))
            return Cite(speaker=name, work=_title(title), year=found_year)
        parts = re.split(r"\.\s+(?=[A-Z0-9])", body, maxsplit=2)
        if len(parts) < 2:
            return None
        first, second = parts[0], parts[1].rstrip(".")
        if len(first.split()) >= 2 and _title_case(first):
            self.cited.append((first, found_year, _title(second)))
            return Cite(speaker=first, work=_title(second), year=found_year)
        if len(parts) == 3 and _title_case(second):  # the article's title, then its paper
            return Cite(work=second, page=_page(parts[2]), year=found_year)
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
        return Cite(reference.speaker, reference.work, page or reference.page, reference.year)

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
                return Cite(reference.speaker, reference.work, page, reference.year)
        return None

    def _cited_entry(self, entry: str) -> None:
        """ "Merrow, Ada. 1931. The Long Shelf. Leeds: Wharf Press." and similar; a body as
        author: "Meteorological Office. 1921. Instructions for Voluntary Observers." """
        several = _CITED_AUTHORS.match(entry)
        found = _CITED_NAME.match(entry) if not several else None
        body = _CITED_BODY.match(entry) if not found and not several else None
        if several:  # "Hughes, A., & Parry, D. (1998)." -> "A Hughes and D Parry"
            people = re.findall(r"([A-Z][\w’'-]+),\s+((?:[A-Z]\.\s?)+)", several["authors"])
            full = " and ".join(
                f"{given.replace('.', '').strip()} {last}" for last, given in people
            )
            rest = entry[several.end() :]
        elif found:
            full = f"{found.group('first').strip()} {found.group('last')}"
            rest = entry[found.end() :]
        elif body and entry[body.end() :].startswith("("):  # "Harbour Board (1899) *…*"
            full, rest = entry[: body.end()].strip(), entry[body.end() :]
        elif body:
            full = entry[: entry.index(".")].strip()
            rest = entry[entry.index(".") + 1 :]
        else:
            # "Hollinsfield Urban District Council, Conditions of Licence …, 1912 (…)": an
            # entry written as a note is, the author's name first
            cite = self.parse_cite(entry)
            if cite is not None and cite.speaker and cite.work and not cite.via:
                self.cited.append((cite.speaker, cite.year, cite.work))
            return
        year_match = _YEAR.search(rest)
        year = year_match.group(1) if year_match else None
        # Harvard and APA put the year first: "Quayle, M. (1994) Salt and Tallow. Harwich: …"
        rest = re.sub(r"^\s*\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?[.,]?\s+", "", rest)
        marked = re.match(r"^\s*(?:\*(?P<star>[^*]+)\*|_(?P<under>[^_]+)_)", rest)
        if marked:  # an italic title: "*Quay Notes*, no. 3, spring 1990."
            self.cited.append((full, year, _title(marked["star"] or marked["under"])))
            return
        # APA's editor or translator after the title: "… Pendarves (M. Holt, Ed.). Truro: …"
        rest = re.sub(r"\s*\((?:[^()]*,\s*)?(?:Eds?|Trans|Comp)\.\)", "", rest)
        pieces = [p.strip() for p in re.split(r"(?<=[.”\"])\s+", rest) if p.strip()]
        title = None
        for piece in pieces:
            bare = _title(piece.strip("()").rstrip("."))
            bare = re.sub(r",\s*\d{4}(?:\s*[-–]\s*\d{2,4})?$", "", bare)  # "Diary, 1901-1912"
            bare = re.sub(r",\s*(?:no|vol|issue)\.?\s*\d.*$", "", bare, flags=re.IGNORECASE)
            if (
                bare
                and not _YEAR.fullmatch(bare.strip("() ."))
                and not re.match(r"^\(?\d{4}", bare)
            ):
                title = bare
                break
        self.cited.append((full, year, title))

    def _narrative_cite(self, lead: str, cite: Cite | None) -> Cite | None:
        """An APA narrative citation in the quotation's own sentence: "Pryor (1999) wrote that
        …" or "According to Pryor (1999), …" names the References entry of that author and
        year, and the page follows the quotation ("(p. 3)" is ``cite``)."""
        sentence = _SENTENCE_BREAK.split(lead)[-1]
        named = list(_NARRATIVE_CITE.finditer(sentence))
        found = named[-1] if named else None
        if found is None or _RELAY.search(sentence[max(0, found.start() - 12) : found.start()]):
            return cite  # "(Hollis, 1867, as cited in Pryor (1999))": Pryor relays
        looked = self._lookup_cited(found["name"], found["year"])
        if looked is None or looked[1] is None:
            return cite
        return Cite(
            speaker=found["name"],
            work=looked[1],
            page=cite.page if cite else None,
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

    def _named_last(self, start: int, cited: str, guessed: str, relay_verb: str) -> bool:
        """Whether the paragraph leading to the quotation at ``start`` (the one before, for a
        quotation that opens its own) names ``cited`` after it last names ``guessed``: "…
        from Lettice Arne. Her description …:" — "her" is Arne, whom the note names (unless
        the paragraph says the cited one reprints or recorded someone's words)."""
        begin = self.text.rfind("\n\n", 0, start)
        if begin >= 0 and not self.text[begin:start].strip(" \n>“‘\"'«"):
            begin = self.text.rfind("\n\n", 0, begin)
        paragraph = self.text[max(begin, 0) : start]
        cited_at = [
            m.end()
            for m in re.finditer(rf"\b{re.escape(cited.split()[-1])}\b", paragraph)
            # "interviewed by the historian Mary Quinn": she recorded the words, not said them
            if not re.search(
                r"\bby\s+(?:the\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w’'-]*\s+)*$", paragraph[: m.start()]
            )
        ]
        guessed_at = [
            m.end() for m in re.finditer(rf"\b{re.escape(guessed.split()[-1])}\b", paragraph)
        ]
        relays = re.search(relay_verb, paragraph) is not None
        return bool(cited_at) and max(cited_at) > max(guessed_at, default=-1) and not relays

    def _lookup_cited(self, surname: str, year: str | None) -> tuple[str, str | None] | None:
        """(full name, title) of the works-cited entry for an author–date or author–page
        citation; the title only when one entry is meant (an author of two works needs a year
        or a title)."""
        found = [
            (full, title)
            for full, cited_year, title in self.cited
            if full.split()[-1] == surname.split()[-1] and (year is None or cited_year == year)
        ]
        if not found:
            return None
        return found[0] if len(found) == 1 else (found[0][0], None)

    # -- citations --------------------------------------------------------------------------

    def parse_cite(self, body: str) -> Cite | None:
        """What a parenthetical or a note says, or None when it is not a citation."""
        # a justified line's wide spaces and a line end are one space ("Samuel  Ord,  An")
        body = " ".join(body.split()).rstrip(".").strip()
        if not body:
            return None
        if (numbered := self._numbered_cite(body)) is not None:
            return numbered
        # APA's group author, abbreviated once and then by the abbreviation alone:
        # "(Western Coast Lifeboat Society [WCLS], 1888, p. 4)", later "(WCLS, 1888, p. 7)"
        introduced = re.match(r"^(?P<full>[^\[\]()]+?)\s*\[(?P<short>[A-Z][A-Z&]{1,9})\]", body)
        if introduced:
            self.abbreviations[introduced["short"]] = introduced["full"]
            body = introduced["full"] + body[introduced.end() :]
        short = re.match(r"^(?P<short>[A-Z][A-Z&]{1,9})(?=,)", body)
        if short and short["short"] in self.abbreviations:
            body = self.abbreviations[short["short"]] + body[short.end() :]
        article = re.match(r"^[“\"‘][^”\"’]{2,120}?[,.]?[”\"’][,.]?\s+(?=[A-Z*_\d])", body)
        following = body[article.end() :].split(",") if article else []
        if article and len(following) > 1 and _DATE_PART.match(following[1].strip()):
            # "“The Last Toll-Keeper,” Brackenford Mercury, 2 April 1951, 5": an article's
            # title, then the paper and its date: the paper is what is cited
            body = body[article.end() :]
        if article and following and re.match(r"\s*\d{4}\b", following[0]):
            body = self._untitled_article(body, article) or body
        if _IBID.match(body):
            base = self.last_note or Cite()
            rest = body[_IBID.match(body).end() :]  # type: ignore[union-attr]
            page_only = _IBID_PAGE.match(rest)  # "Ibid. 14": only a page after it
            page = _page(rest) or (
                page_only.group("page")
                if page_only
                else _TRAILING_NUMBER.search(rest).group("page")  # type: ignore[union-attr]
                if _TRAILING_NUMBER.search(rest) and not _ISSUE.search(rest)
                else None
            )
            if not rest.strip(" .,;"):
                page = base.page  # "Ibid.": the same place
            owner = re.search(rf"\b(?P<name>{_NAME})(?:’s|'s)\s+(?:reply|answer|letter|note)", rest)
            speaker = _clean_name(owner.group("name")) if owner else base.speaker
            return Cite(
                speaker,
                base.work,
                page,
                base.year,
                base.via,
                base.via_work,
                periodical=base.periodical,
            )
        op_cit = _OP_CIT.match(body)
        earlier = [
            noted
            for noted in self.noted
            if op_cit and noted[0].split()[-1] == op_cit["name"].split()[-1]
        ]
        if op_cit and earlier:
            return Cite(*earlier[-1], page=_page(body[op_cit.end() :]))
        relay = _RELAY.search(body)
        if relay:
            own = self.parse_cite(body[: relay.start()].rstrip(" ,;")) if relay.start() else None
            relayed = self.parse_cite(body[relay.end() :]) or Cite()
            return Cite(
                speaker=own.speaker if own else None,
                work=own.work if own else None,
                page=relayed.page,
                year=own.year if own else None,
                via=relayed.speaker,
                via_work=relayed.work,
            )
        published = re.search(r"\s*\([^()]*\b(?:1[5-9]\d\d|20\d\d)\b[^()]*\)", body)
        if published:  # "A Voice in the Back Row (Leeds, 1934)": where and when, not the title
            body = body[: published.start()] + body[published.end() :]
        if re.fullmatch(r"\d+(?:\s*[-–—]\s*\d+)?", body) and not _YEAR.fullmatch(body):
            return Cite(page=re.sub(r"\s*[-–—]\s*", "-", body))  # MLA's "(214)": a page
        page = _page(body)
        without_page = _PAGE.sub("", body).strip(" ,;:")
        # a span of years ("1880–1899") is how long a document was kept, not when words were
        year_match = _YEAR.search(_YEARS.sub(" ", without_page)) or (
            published and _YEAR.search(published[0])
        )
        year = year_match.group(1) if year_match else None
        if page is None and not _ISSUE.search(without_page):
            trailing = _TRAILING_NUMBER.search(without_page) or _AUTHOR_PAGE.search(without_page)
            if trailing and _LOCATOR.search(without_page[: trailing.start()]):
                trailing = None  # "tape 14", "box 3", "line 12": a place, not a page
            if (
                trailing
                and trailing.group("page") != year
                and not _DATE_BEFORE.search(without_page[: trailing.start()])
            ):  # "entry for 14 March 1891": a date, not page 1891
                page = re.sub(r"\s*[-–—]\s*", "-", trailing.group("page"))
                without_page = without_page[: trailing.start()]
        parts = [p.strip() for p in re.split(r",|;", without_page) if p.strip()]
        speaker = work = None
        record = False
        described = False  # "letter to the churchwardens": a document described, not titled
        dated = False  # a day of a month after a title: an issue of a periodical
        to_editor = False  # "letter to the editor": the paper named next printed it
        for n, part in enumerate(parts):
            if n == 0 and _DESCRIBED_RECORD.fullmatch(part):
                described = record = True  # "Club minutes, 12 January 1891": a record described
                kept_by = re.match(r"[A-Z][\w’'-]*", part)
                if kept_by and _BODY_NAME.search(kept_by[0]):
                    speaker = self._body_named(kept_by[0])  # the club's own minutes: its words
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
            quoted = bare[:1] in '“"*_‘'
            letter = _LETTER_TO.match(bare) if not quoted else None
            if letter and speaker is None and work is None:
                speaker, described = _clean_name(letter["writer"]), True  # "Tulk to Pelly, …"
                continue
            if bare[:1].islower():
                described = described or (speaker is not None or work is not None)
                if described and speaker is None and work and _BODY_NAME.search(work):
                    speaker, work = work, None  # "Harbour Board, minutes, …": the board's
                # "letter to the editor, Fenland Gazette": printed in the paper that follows
                to_editor = to_editor or bool(re.match(r"letters?\s+to\s+the\s+editor", bare))
            elif to_editor and work is None and not quoted:
                work = _title(bare)
                continue
            if described and not quoted:
                continue  # what follows a description is where it is kept ("parish chest")
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
                work = _title(bare)  # never a remark: "(all quotes from Pravda)"
            elif (
                speaker is None
                and work is not None
                and (_BODY.fullmatch(work) or _BODY_NAME.search(work))
                and (quoted or bare[:1].isupper())
                and not _YEAR.search(bare)
            ):  # "Commissioners of Northern Lights, Instructions to Lightkeepers, p. 3"
                speaker, work = work, _title(bare)
        if speaker is not None and work is not None:
            work = self._listed_title(speaker, work)  # (Kell, "Appeal" 1): "Appeal to …"
        if speaker is not None and work is None:
            looked = self._lookup_cited(speaker, year)
            if looked is not None:
                speaker, work = looked
        elif speaker is None and work is not None:
            for full, cited_year, title in self.cited:
                if _words(full) == _words(work) and (year is None or cited_year == year):
                    speaker, work = full, title  # "(Meteorological Office 1921, 4)"
                    break
                if title and _words(title) == _words(work):
                    speaker = full  # "(*Seed Circle Newsletter* 3)": its body wrote it
                    break
        if record and speaker is None and work is None:
            return Cite(page=page, year=year)  # a citation of no title: it names no work
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
            and not re.fullmatch(
                r"(?:pp?\.?|pages?|pg\.)?\s*\d+(?:\s*[-–—]\s*\d+)?", body, re.IGNORECASE
            )
        ):
            return None  # "(see below, page 3 of the report)": a remark
        periodical = (
            work is not None
            and speaker is None
            and not re.match(r"(?:Minutes|Report|Diary|Log|Letter|Journal of)\b", work)
            and ((dated and page is not None) or bool(_NEWSPAPER.search(work)))
        )
        return Cite(speaker=speaker, work=work, page=page, year=year, periodical=periodical)

    def _body_named(self, kind: str) -> str | None:
        """The one body of this ``kind`` ("Club") the text names in full ("The Orwell Rowing
        Club was founded …"), or None when it names none or several."""
        named = {
            re.sub(r"^The\s+", "", " ".join(found[0].split()))
            for found in re.finditer(
                rf"\b(?:[A-Z][\w’'-]*\s+){{1,5}}{re.escape(kind)}\b", self.text
            )
        } - {kind}
        return named.pop() if len(named) == 1 else None

    def _note(self, number: str) -> Cite | None:
        """The citation note ``number`` makes ("Ibid." is the note before it, in order): of
        the notes so numbered, the first after the quotation (a chapter's own notes), else
        the last before it."""
        number = number.translate(_SUPERSCRIPTS)
        numbered = [(offset, cite) for offset, n, cite in self.note_cites if n == number]
        after = [cite for offset, cite in numbered if offset >= self.position]
        if after:
            return after[0]
        return numbered[-1][1] if numbered else None

    def _full_name(self, name: str, also: str = "") -> str:
        """The fullest form of ``name`` written before ("Merrow" -> "Ada Merrow", "J. Kettering"
        -> "Josiah Kettering"); a name given in full stays as it is ("Arthur Hale" is not the
        "Edmund Hale" named before him)."""
        given = name.split()[:-1]
        initials = all(re.fullmatch(r"(?:[A-Z]\.?)+", g) for g in given)
        written = [_clean_name(m.group(0)) for m in re.finditer(_NAME, also)] if also else []
        for person in [*self.people, *(w for w in written if w and len(w.split()) >= 2)]:
            if person.split()[-1] != name.split()[-1] or len(person) < len(name):
                continue
            if not given or (initials and person[:1] == name[:1]):
                return person
        if given:
            return name
        looked = self._lookup_cited(name, None)
        return looked[0] if looked else name

    def _known(self, name: str) -> bool:
        surname = name.split()[-1]
        return any(p.split()[-1] == surname for p in self.people) or (
            self._lookup_cited(name, None) is not None
        )

    def _remember(self, name: str) -> None:
        if name != self.author and not any(p == name for p in self.people):
            self.people.append(name)
        self.last_person = name

    def _names_in(self, text: str) -> list[tuple[int, str]]:
        """People named as speaking in ``text``, with where."""
        found: list[tuple[int, str]] = []
        titles = _title_spans(text)
        patterns = (
            _NAME_THEN_VERB,
            _VERB_THEN_NAME,
            _ACCORDING,
            _POSSESSIVE,
            _PASSIVE,
            _QUOTES_PERSON,
            _PLURAL_SUBJECT,
        )
        for pattern in patterns:
            for match in pattern.finditer(text):
                at = match.start("name")
                if any(a <= at < b for a, b in titles):
                    continue  # "Soviet Communism – A New Civilisation referred to": a title
                if pattern is _VERB_THEN_NAME and not re.search(
                    r"(?:^|[”\"’»]|^\s*(?!(?:He|She|They|It|We|I|You)\b)[A-Z]\w*)[\s,.;:!?—–-]*$",
                    text[: match.start()],
                ):
                    continue  # inverted only after the words or one opening word ("…,” wrote
                    # Pelly", "But, wrote Pelly,"), never after a subject: "Pelly, clerk of
                    # the board, described Wrabness Quay as", "He answered Pelly in a letter"
                if (
                    pattern is _NAME_THEN_VERB
                    and _PLURAL_NOUN.fullmatch(match.group("name").strip())
                    and not self._known(match.group("name").strip())
                    and re.search(r"(?:^|[.!?:]\s+)$", text[:at])
                ):
                    continue  # "Visitors remembered him as": people, unnamed (below)
                if (
                    pattern is _NAME_THEN_VERB
                    and " " not in match.group("name").strip()
                    and re.search(r"\b(?:the|The)\s+(?:[a-z]+\s+){1,3}$", text[:at])
                    and not self._known(match.group("name").strip())
                ):
                    continue  # "The last Earl, asked …, said": a title, not a name
                if pattern is _NAME_THEN_VERB and re.search(
                    r"\b(?:in|of|at|from|with|for|on)\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?$",
                    text[:at],
                ):
                    continue  # "a private in the 4th Battalion wrote": the private, not a body
                if (
                    pattern is _ACCORDING
                    and match.group(0)[:1].islower()
                    and re.search(r"\b[A-Z][\w’'-]*\s+$", text[: match.start()])
                ):
                    continue  # "Conditions of Licence for Cinematograph Exhibitions,": a title
                if (pattern is _NAME_THEN_VERB and _AFTER_PREPOSITION.search(text[:at])) or (
                    pattern is _POSSESSIVE and _OF_POSSESSOR.search(text[:at])
                ):
                    continue  # "…, in his interview with Ida Fenn, of the Weekly, said": not hers
                name = _clean_name(match.group("name"))
                if pattern is _QUOTES_PERSON and len((name or "").split()) < 2:
                    continue  # "He cited a Soviet emigre": no name
                if name and not _PRONOUNS.fullmatch(name):
                    found.append((at, name))
        return sorted(found)

    def _antecedent(self, before: str) -> str | None:
        """Whom a "he"/"she" stands for: the last person named before it (never one named
        after it: "He cited a worker, interviewed by JK Zawodny, as saying:")."""
        self._note_people(before)
        return self.last_person

    def _note_roles(self, text: str) -> None:
        """Who holds a role the text names them by: "Coxswain William Tregenza", "the coroner,
        Dr Henry Vyvyan,", "the historian Ruth Angove" (a later "the coroner" is that person)."""
        for match in _ROLE_NAMED.finditer(text):
            role = (match["rank"] or match["role"] or "").lower()
            name = _without_honorific(_clean_name(match["name"]) or "")
            if role and len(name.split()) >= 2 and not _NOT_PERSON_ENDINGS.search(name):
                self.roles[role] = name

    def _note_sexes(self, text: str) -> None:
        """Whether the text says a person it names is a man or a woman: a courtesy title ("Mrs
        Ada Rook"), a kin word before the name ("his daughter Ivy"), or "his", "himself",
        "herself" later in the sentence before anyone else is named ("Silas Moyle praised it
        in his report"). Conflicting evidence leaves it unsaid."""
        names = list(re.finditer(_NAME, text))
        for n, match in enumerate(names):
            written = re.sub(r"^The\s+", "", match.group(0))
            first = written.split()[0].rstrip(".")
            name = _clean_name(written[len(first) :] if first in _TITLE_SEX else written)
            if not name or name.split()[0] in _NOT_NAMES or _NOT_PERSON_ENDINGS.search(name):
                continue
            full = self._full_name(name)
            kin = _KIN_SEX.search(text[max(0, match.start() - 40) : match.start()])
            end = names[n + 1].start() if n + 1 < len(names) else len(text)
            rest = text[match.end() : end]
            rest = rest[: _sentence_end(rest) + 1]
            said = (
                _TITLE_SEX.get(first)
                or (kin and ("f" if kin["f"] else "m"))
                or ("m" if re.search(r"\b(?:his|himself)\b", rest) else None)
                or ("f" if re.search(r"\bherself\b", rest) else None)
            )
            if said is None:
                continue
            for key in {full, _without_honorific(full)}:
                known = self.sexes.get(key)
                self.sexes[key] = said if known in (None, said) else "?"

    def _sex_fits(self, pronoun: str, antecedent: str | None) -> bool:
        """Whether "she"/"her" or "he"/"his" can stand for ``antecedent`` as far as the text
        says (a man the text calls "his" is no "she")."""
        if antecedent is None:
            return True
        word = re.match(r"\s*(\w+)", pronoun)
        wanted = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}.get(
            word[1].lower() if word else ""
        )
        known = self.sexes.get(antecedent) or self.sexes.get(self._full_name(antecedent))
        return wanted is None or known in (None, "?", wanted)

    def _other_fitting(self, pronoun: str, unfit: str | None) -> str | None:
        """The one other person the paragraph names before the words whom ``pronoun`` can
        stand for, when ``unfit`` (the last one named) cannot ("Ada Rook kept the lamp. Silas
        Moyle praised it in his report. She thought less of him:" is Ada Rook); None when
        there is no such person or more than one."""
        fitting = set()
        for match in re.finditer(_NAME, self.before):
            name = _clean_name(re.sub(r"^The\s+", "", match.group(0)))
            if not name or not self._known(name):
                continue
            full = self._full_name(name)
            if unfit is not None and _same_person(full, unfit):
                continue
            if full in self.people and self._sex_fits(pronoun, full):
                fitting.add(full)
        return fitting.pop() if len(fitting) == 1 else None

    def _note_people(self, text: str) -> None:
        """People the author's prose names ("her neighbour Tobias Renn disagreed"): full names
        for later surnames, and the last one named for a later "she said"."""
        self._note_sexes(text)
        titles = _title_spans(text)
        depth_at = _parenthesis_depths(text)
        last: tuple[int, str] | None = None
        subject_at = -(10**9)  # where the person of the current sentence was named
        for match in _SUBJECT_THEN_PRONOUN.finditer(text):
            name = match.group("name")
            if name not in _NOT_NAMES and not _NOT_PERSON_ENDINGS.search(name):
                last = (match.start(), self._full_name(name))  # "Stalin was … He was …"
        for match in _KIN_APPOSED.finditer(text):  # "Edmund Hale’s wife, Martha, is …"
            if last is None or last[0] < match.start("name"):
                last = (match.start("name"), match.group("name"))
        for match in _APPOSED_BODY.finditer(text):  # "… Company, were …. Their handbill:"
            body = " ".join(match["name"].split())
            if _BODY_NAME.search(body) and (last is None or last[0] < match.start("name")):
                last = (match.start("name"), body)
        self._note_roles(text)
        for nicknamed in _NICKNAMED.finditer(text):  # 'Edward "Turkey" Smart': Edward Smart
            known_as = f"{nicknamed['first']} {nicknamed['last']}"
            if known_as not in self.people:
                self.people.append(known_as)
        for match in re.finditer(_NAME, text):
            before = text[max(0, match.start() - 300) : match.start()].rstrip('*_“"‘ \n')
            written = re.sub(r"^The\s+(?=[A-Z])", "", match.group(0))  # "The Reverend …"
            honorific = _HONORIFIC.match(written)
            if honorific:  # "the Reverend Samuel Ashdown": a person, named without the title
                name = _clean_name(written[honorific.end() :])
                if name and len(name.split()) >= 2:
                    if name not in self.people:
                        self.people.append(name)
                    self.last_person = name
                continue
            if re.match(r"The\s+[A-Z][\w’'-]*\s+[A-Z]", match.group(0)):
                continue  # "The Harbour Echo reported": a paper or a body ("The Webbs" are people)
            if re.search(r"(?:^|\s)(?:the|The|in|at|near|before|to|from|into|across)$", before):
                full = _clean_name(match.group(0))
                if (
                    full
                    and len(full.split()) >= 2
                    and not before.endswith(("the", "The"))
                    and not any(_NOT_PERSON_ENDINGS.search(w) for w in full.split())
                    and full not in self.people
                ):
                    self.people.append(full)  # "described it to Ruth Shaw": her full name
                sentence = re.split(r"[.!?]\s", before)[-1]
                if (
                    full
                    and len(full.split()) >= 2
                    and subject_at < match.start() - len(sentence) - 2
                    and re.search(r"\b(?:talk|talked|speak|spoke|listen|listened)\s+to$", before)
                ):  # "The Courier sent a reporter to talk to Ada Rook. She was blunt.": Rook is
                    # whom a "she" next stands for (no person is the sentence's subject)
                    self.last_person, last = full, None
                    subject_at = match.start()
                continue  # an institution or a place, or someone who is not the subject
            if depth_at[match.start()] or any(a <= match.start() < b for a, b in titles):
                continue  # "(Khrushchevian Revisionism)", "his novel How The Steel Was Tempered"
            name = _clean_name(match.group(0))
            if not name or name.split()[0] in _NOT_NAMES or name == self.author:
                continue
            if any(_NOT_PERSON_ENDINGS.search(w) for w in name.split()):
                continue  # a doctrine, a body or an event
            sentence = re.split(r"[.!?]\s", before)[-1]
            sentence_start = match.start() - len(sentence) - 2
            clauses = list(_SUBORDINATE.finditer(sentence))  # "… after Sophia Renwick set it up"
            clause = clauses[-1] if clauses else None
            subordinate = (
                clause is not None
                and "," not in sentence[clause.end() :]
                and subject_at >= sentence_start
            )
            agent = subject_at >= sentence_start and _AFTER_AGENT.search(sentence)
            if len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split()):
                if not any(name == p for p in self.people):
                    self.people.append(name)
                if subordinate or agent:
                    continue  # "Joan Tebbit read it … after Sophia Renwick set it up": Tebbit
                if last is None or last[0] < match.start():
                    self.last_person, last = name, None
                    subject_at = match.start()
            elif (
                self._known(name) and (last is None or last[0] < match.start()) and not subordinate
            ):
                self.last_person, last = self._full_name(name), None
                subject_at = match.start()
        if last is not None:
            self.last_person = last[1]

    # -- quotation spans --------------------------------------------------------------------

    def _inline(self, block: _Block) -> list[_Found]:
        text = block.text
        found: list[_Found] = []
        citations = [
            (m.start(), m.end())
            for m in re.finditer(r"\((?:[^()]|\([^()]*\))*\)", text)
            if self.parse_cite(m.group(0)[1:-1]) is not None
        ]
        index = 0
        cited = 0  # the first citation that does not end before ``index`` (they are in order)
        while index < len(text):
            while cited < len(citations) and citations[cited][1] <= index:
                cited += 1
            if cited < len(citations) and citations[cited][0] < index:
                # a title quoted in a citation: (Kell, "Second Letter" 5)
                index = citations[cited][1]
                continue
            char = text[index]
            if char not in _PAIRS or not self._opens(text, index):
                index += 1
                continue
            self._check_deadline()
            close = self._closing(text, index, self.deadline)
            if close < 0:
                index += 1
                continue
            a, b = index + 1, close
            while a < b and text[a] in " \u00a0\u202f":
                a += 1
            while b > a and text[b - 1] in " \u00a0\u202f":
                b -= 1
            found.append(
                _Found(block.start + a, block.start + b, block.start + index, block.start + close)
            )
            index = close + 1
        return found

    @staticmethod
    def _stands_alone(text: str, opened: int, closed: int, words: str) -> bool:
        """Quoted words that are whole sentences of their own, set between the essay's
        sentences ("… she had no doubt. ‘He came up to me and said so. It was true.’"): shown
        as a quotation is, whatever names its speaker."""
        before = text[:opened].rstrip()
        after = text[closed + 1 :]
        return (
            (not before or re.search(r"[.!?:][”\"’'»)\]]?$", before) is not None)
            and words[:1].isupper()
            and re.search(r"[.!?…]$", words.rstrip()) is not None
            and len(words.split()) >= _MIN_QUOTATION_WORDS
            and re.match(r"\s*(?:$|[A-Z“\"‘«(\[<¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§+#]|\d{1,3}\b)", after) is not None
        )

    @staticmethod
    def _opens(text: str, index: int) -> bool:
        char = text[index]
        before = text[index - 1] if index > 0 else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if char in "'‘":
            if _ELISION.match(text, index):
                return False  # 'tis, 'twas, 'em, the '90s: an apostrophe at a word's start
            elided = text[index + 1 : index + 3]  # ‘’Tis the last peal …’
            return not before.isalnum() and (
                after.isalnum() or after in "[…" or bool(re.fullmatch(r"[’']\w", elided))
            )
        if char == '"':
            return not before.isalnum() or before in "([—–-"
        return True

    def _check_deadline(self) -> None:
        if time.monotonic() > self.deadline:
            raise ReadingError(TOO_SLOW, "extracting the passages took longer than its budget")

    @staticmethod
    def _closing(text: str, index: int, deadline: float = math.inf) -> int:
        opener = text[index]
        closer = _PAIRS[opener]
        position = index + 1
        depth = 1
        while position < len(text):
            if position % 4096 == 0 and time.monotonic() > deadline:
                raise ReadingError(TOO_SLOW, "extracting the passages took longer than its budget")
            char = text[position]
            after = text[position + 1] if position + 1 < len(text) else " "
            before = text[position - 1]
            if opener != closer and char == opener:
                depth += 1
            elif char == closer:
                if opener in "'‘" and (after.isalpha() or before.isspace()):
                    position += 1  # an apostrophe: don't, readers’s (a digit after: a note)
                    continue
                if opener in "'‘" and _ELIDED.search(text, max(0, position - 4), position + 1):
                    position += 1  # ‘rock ’n’ roll ringing, he called it’: a word cut short
                    continue
                if opener in "'‘" and _Reader._plural_possessive(text, position, opener):
                    position += 1  # ‘The ringers’ wives kept the tower …’: the plural's mark
                    continue
                if opener == '"' and before.isspace() and after.isalnum():
                    return -1  # a new opening straight mark: this one never closed
                depth -= 1
                if depth == 0:
                    return position
            position += 1
        return -1

    @staticmethod
    def _plural_possessive(text: str, position: int, opener: str) -> bool:
        """Whether the mark at ``position`` ("ringers’ wives") is a plural's apostrophe inside
        a single-quoted quotation: an "s" before it, a word in small letters after it, and a
        mark further on in the paragraph that can only close the quotation (followed by no
        letter), before any new quotation opens."""
        if not _PLURAL_POSSESSIVE.match(text, position - 1):
            return False
        closer = _PAIRS[opener]
        for later in range(position + 1, min(len(text), position + 1000)):
            char = text[later]
            if char not in (opener, closer):
                continue
            before, after = text[later - 1], text[later + 1 : later + 2] or " "
            if char == opener and not before.isalnum() and after.isalnum():
                return False  # a new quotation opens first: the mark closed this one
            if (
                char == closer
                and not before.isspace()
                and not after.isalnum()
                and not _PLURAL_POSSESSIVE.match(text, later - 1)
            ):
                return True
        return False

    # -- attribution --------------------------------------------------------------------------

    def _trailing_cite(self, after: str, *, direct: bool = False) -> tuple[Cite | None, int]:
        """A citation for a quotation: a parenthetical or footnote marker right after it (and
        its punctuation), else (unless ``direct``) one closing the sentence it stands in."""
        found = _PARENTHETICAL.match(after)
        if found:
            cite = self.parse_cite(found.group("body"))
            if cite is not None:
                return cite, found.end()
        marker = re.match(r"^[\s.,;:!?”\"’'»]{0,3}(?:" + _MARKER.pattern + ")", after)
        if marker:
            number = next(g for g in marker.groups() if g)
            cite = self._note(number)
            if cite is not None:
                return cite, marker.end()
        bare = _BARE_MARKER.match(after)
        if bare and (cite := self._note(bare.group(1))) is not None:
            return cite, bare.end()  # an endnote number printed plain: "… business.’1"
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
        plain = _BARE_MARKER.match(after[sentence_end:])
        if plain and (cite := self._note(plain.group(1))) is not None:
            return cite, 0  # "…,” remembered Ann Tuke, who grew up on Creek Road.4"
        return None, 0

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

    def _candidates(self, text: str, base: int = 0) -> list[tuple[int, str | None, bool, str]]:
        """Whoever ``text`` says is speaking: (where, name, unnamed, how); name None is a
        pronoun ("she wrote") standing for the last person named."""
        found: list[tuple[int, str | None, bool, str]] = [
            (base + at, name, False, "lead-in") for at, name in self._names_in(text)
        ]
        asides: list[tuple[int, int]] = []  # an unnamed speaker's aside: nobody in it speaks
        for match in _UNNAMED.finditer(text):
            words = match.group("name").split()
            apposed = match.group("apposed") or ""
            appositive = re.sub(r"^(?:a|an|one)\s+", "", apposed.strip(", "))
            # "Their organiser, the harbour engineer Frank Lund, described": Frank Lund
            appositive = re.sub(r"^the\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])", "", appositive)
            appositive = re.sub(r"\s+(?:of|from)\s+[A-Z][\w’'-]*$", "", appositive)
            named = self._subject_name(appositive, whole=True)
            kin = re.fullmatch(rf"(?:[Hh]is|[Hh]er)\s+{_SAME_SURNAME_KIN}", match.group("name"))
            given = apposed.strip(", ")
            if named is None and kin and re.fullmatch(r"[A-Z][a-z]+", given):
                owner = self._antecedent(text[: match.start()])
                if owner and len(owner.split()) >= 2:
                    named = f"{given} {owner.split()[-1]}"  # "His daughter, Loveday," of Tregenza
            if named is not None:  # "the chairman, Tobias Renn, replied": he is named
                found.append((base + match.start("apposed") + 2, named, False, "lead-in"))
            elif not any(
                (w.strip("’'s") in _NOT_PEOPLE or w in _NOT_PEOPLE or w in _NOT_A_PERSON_PHRASE)
                and not (w.endswith(("’s", "'s")) and _ROLE_NOUN.search(words[-1]))
                for w in words[1:]
            ) and not _TIME_WORDS & set(_head_words(words)):  # "the paper's editor": a person
                name = _LOWER_PLACE_PHRASE.sub("", match.group("name"))  # "A volunteer at the
                found.append((base + match.start("name"), name, True, "lead-in"))  # open day"
                if apposed:  # "One trainee, who asked Shaw not to use her name, remembered",
                    # "An old porter, asked what he recalled of it, said": the porter
                    asides.append((base + match.start("apposed"), base + match.end("apposed")))
        for match in _PRONOUN_VERB.finditer(text):
            found.append((base + match.start(), None, False, "pronoun"))
        for match in _PLURAL_SUBJECT_UNNAMED.finditer(text):  # "Visitors remembered him as"
            if not self._known(match["name"]):
                found.append((base + match.start("name"), match["name"], True, "lead-in"))
        for match in _TITLED_UNNAMED.finditer(text):  # "The last Earl, asked …, said"
            if not self._known(match["title"]):
                found.append((base + match.start(), match["name"], True, "lead-in"))
        for match in _RELATIVE_SPEAKER.finditer(text):
            phrase = match.group("name")
            named = self._subject_name(phrase, whole=True)
            if named is None and _BODY_NAME.search(phrase):
                named = _clean_name(phrase)  # "the Harbour Board, which declared": the body
            if named is not None:
                found.append((base + match.start("who"), named, False, "lead-in"))
        found = [c for c in found if not any(a <= c[0] < b for a, b in asides)]
        return sorted(found, key=lambda c: c[0])

    def _subject_name(self, words: str, *, whole: bool = False) -> str | None:
        """A person's name in ``words`` (all of them when ``whole``): two or more capitalised
        words, none of them an article, pronoun or preposition, or one word for someone the
        text has already named in full; "Sidney and Beatrice Webb" names two."""
        if " and " in words:
            first, _and, rest = words.partition(" and ")
            others = self._subject_name(rest, whole=True)
            if whole and others and len(others.split()) >= 2 and re.fullmatch(_CAP_WORD, first):
                return f"{first} and {others}"
            return None
        honorific = _HONORIFIC.match(words)
        if honorific:  # "The surveyor, Mr Joseph Allard, told": the person, titled as written
            named = self._subject_name(words[honorific.end() :], whole=whole)
            return f"{words[: honorific.end()]}{named}" if named else None
        found = re.fullmatch(_NAME, words) if whole else re.match(_NAME, words)
        if found is None:
            return None
        name = found.group(0).rstrip(",.")
        parts = name.split()
        if _clean_name(name) != name or any(p in _NOT_NAMES for p in parts):
            return None
        if any(_NOT_PERSON_ENDINGS.search(p) for p in parts):
            return None
        if len(parts) < 2 and not self._known(name):
            return None
        return name

    def _sentence_subject(self, lead: str) -> str | None:
        """The person a lead-in sentence is about: its subject, after an opening phrase
        ("In the same speech, comrade Stalin addressed …", "But Stalin was careful to …")
        or a description ("The American historian RW Thurston gave …")."""
        stripped = _OPENING_PHRASE.sub("", lead.strip())
        stripped = _LOWER_HONORIFIC.sub("", stripped)
        apposed = list(_APPOSED_SUBJECT.finditer(stripped))
        if apposed:
            return self._subject_name(apposed[-1].group("name"), whole=True)
        leading = _LEADING_SUBJECT.match(stripped)
        named = self._subject_name(leading.group("name"), whole=True) if leading else None
        if named is not None:
            return named
        if _DESCRIBED_SUBJECT.match(stripped):
            # the first run of two or more capitalised words after the description, followed
            # by its verb: "RW Thurston" of "The American historian RW Thurston gave"
            words = re.split(r"[,:;(“\"]", stripped, maxsplit=1)[0].split()[1:9]
            run: list[str] = []
            role = ""
            for word in words:
                if re.fullmatch(_CAP_WORD, word):
                    run.append(word)
                    continue
                if len(run) >= 2:  # "The board sent Helga Marsh …": no role, no subject
                    described = bool(_ROLE_NOUN.search(role)) and role not in _NOT_DESCRIPTION
                    return self._subject_name(" ".join(run), whole=True) if described else None
                if word in _NOT_DESCRIPTION:
                    return None  # "The work of the Webbs …"
                run, role = [], word
        return None

    def _colon_subject(self, lead: str) -> str | None:
        """The subject a colon lead-in names when its verb is not a speech verb."""
        if not lead.rstrip().endswith(":"):
            return None
        return self._sentence_subject(lead)

    def _speaker_from(
        self, lead: str, after: str, display: bool
    ) -> tuple[str | None, bool, str, str]:
        """(name as written, unnamed, how, the words that named them) from the lead-in, else
        from the words after the quotation."""
        relayed = _QUOTES_UNNAMED.search(lead)
        if relayed and relayed.group("name").split()[-1] not in _NOT_PEOPLE:
            return relayed.group("name"), True, "lead-in", lead
        reported = _REPORTED_WORDS.search(lead)
        if reported and self._antecedent(lead[: reported.start()]):
            # "The Dunmere Advertiser reported her speech:": hers, the paper relays them
            return self._antecedent(lead[: reported.start()]), False, "pronoun", lead
        inverted = _VERB_FIRST.match(lead)
        if inverted and re.fullmatch(_SPEECH_VERBS, inverted.group("verb").lower()):
            name = _clean_name(inverted.group("name"))
            if name and not any(_NOT_PERSON_ENDINGS.search(p) for p in name.split()):
                return name, False, "lead-in", lead  # "Said Lenin in 1919:"
        interrupted = _INTERRUPTED_SUBJECT.match(lead)
        if interrupted:
            name = self._subject_name(interrupted.group("name").strip(), whole=True)
            if name is not None:
                return name, False, "lead-in", lead
        lead_found = self._candidates(lead)
        if lead_found:
            at, name, unnamed, how = lead_found[-1]
            if name is None:
                owner = _OWNER_FIRST.match(lead[:at])
                if owner:  # "Trotsky’s true meaning when he referred to …": Trotsky
                    return owner.group("name"), False, "pronoun", lead
                antecedent = self._antecedent(lead[:at])
                if not _agrees(lead[at:], antecedent):
                    return None, False, "", ""
                if not self._sex_fits(lead[at:], antecedent):
                    other = self._other_fitting(lead[at:], antecedent)
                    return (other, False, "pronoun", lead) if other else (None, False, "", "")
                return antecedent, False, "pronoun", lead
            return name, unnamed, how, lead
        subject = self._colon_subject(lead)
        if subject is not None:
            return subject, False, "lead-in", lead
        someone = _UNNAMED_SUBJECT.match(lead.strip())
        if someone and lead.rstrip().endswith(":") and _is_person_noun(someone["head"]):
            return someone["name"], True, "lead-in", lead  # "A sergeant was less gallant:"
        relative = list(_WHO_CLAUSE.finditer(lead))
        if relative and _WORDS_LEAD.search(lead):
            # "…, Joan Pell, the night operator, who is remembered for ending it with the
            # words": the person the clause is about
            named = self._subject_name(relative[-1].group("name"), whole=True)
            if named is not None:
                return named, False, "lead-in", lead
        head = re.split(
            r"(?<=[.!?])(?:\[\^?\d+\]|<sup>\d+</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,3})?\s",
            after.lstrip(' ,;:—–-”"’»'),
            maxsplit=1,
        )[0][:160]
        after_found = [c for c in self._candidates(head) if c[0] < 40]
        if after_found:
            at, name, unnamed, how = after_found[0]
            if name is None:
                antecedent = self._antecedent(lead)
                if not self._sex_fits(head[at:], antecedent):  # "…," she said: not a man
                    antecedent = self._other_fitting(head[at:], antecedent)
                    if antecedent is None:
                        return None, False, "", ""
                return antecedent, False, "pronoun", head
            return name, unnamed, "after" if how == "lead-in" else how, head
        introduced = _INTRODUCED.search(lead) if lead.rstrip().endswith(":") else None
        if introduced:  # "… was given to the committee by a ganger named Patrick Doyle:"
            named = self._subject_name(introduced["name"], whole=True)
            if named is not None:
                return named, False, "lead-in", lead
        decided = re.search(
            r"\b(?:it|It)\s+(?:\w+ly\s+|then\s+|also\s+)?(?:resolved|ruled|decreed|ordered|"
            r"directed|recommended|decided|voted|minuted|agreed)\s+that\s*$",
            lead,
        )
        bodies = re.findall(
            r"\b[Tt]he\s+(council|committee|board|club|society|company|trust|vestry|corporation)\b",
            self.before,
        )
        if decided and bodies:  # "The council kept them shut. … it resolved that ‘…’": the
            # one council the text names in full
            body = self._body_named(bodies[-1].capitalize())
            if body is not None:
                return body, False, "lead-in", lead
        kin = re.match(r"^\s*(?P<name>(?:His|Her|Their)\s+(?P<head>[a-z][\w-]*))(?:’s|'s)\s", lead)
        if display and kin and _is_person_noun(kin["head"]):
            # "His brother's view survives in one sentence:": the brother's, not his
            return kin["name"], True, "lead-in", lead
        pronoun = _PRONOUN_SUBJECT.search(lead) or _POSSESSIVE_LEAD.match(lead)
        antecedent = self._antecedent(lead[: pronoun.start()]) if pronoun else None
        if pronoun and antecedent and not self._sex_fits(lead[pronoun.start() :], antecedent):
            antecedent = self._other_fitting(lead[pronoun.start() :], antecedent)
        if display and pronoun and antecedent and _agrees(lead[pronoun.start() :], antecedent):
            # "…, she is less modest:", "Her verdict is generous to both sides:"
            return antecedent, False, "pronoun", lead
        if display and re.search(rf"\b{_SPEECH_VERBS}\b", lead):
            subject = self._sentence_subject(lead)  # "Stalin was careful to point out that …:"
            if subject is not None:
                return subject, False, "lead-in", lead
        return None, False, "", ""

    def _work_from(self, words: str) -> tuple[str | None, str | None]:
        """(title, year) named where a quotation is introduced: "in The Long Shelf (1931)",
        "in her book *X*", "he wrote in Crossings"."""
        found = None
        genre = [(m, m.start("title"), m.end("title")) for m in _genre_titles(words)]
        for match in _WORK_IN.finditer(words):
            raw = match.group("title")
            if any(a <= match.start("title") < b for _m, a, b in genre):
                continue  # "study Life and Terror in Stalin’s Russia": not "Stalin’s Russia"
            title = _trim_title(raw)
            if not title or _YEAR.fullmatch(title) or title.split()[0] in _NOT_TITLE_STARTS:
                continue
            marked = raw[:1] in '*_“"'
            after_verb = re.search(rf"{_SPEECH_VERBS}\s+$", words[: match.start()]) is not None
            typed = match.group(0) != "in " + raw and match.group(0) != "In " + raw
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
        if found is None:
            quoted = [m for m in _QUOTED_TITLE.finditer(words) if _title_case(m.group("title"))]
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
        year = re.match(r"^\s*\((\d{4})\)", words[match.end() :])
        return title, year.group(1) if year else None

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

    def _listed_title(self, author: str, short: str) -> str:
        """The works-cited title of ``author`` that a short title begins ("Needles" for
        "Needles and Pins: A Memoir"), when exactly one does; else ``short``."""
        begun = _words(short) + " "
        listed = [(full, title) for full, _year, title in self.cited if title]
        titles = {
            title
            for full, title in [*listed, *self.noted]
            if full.split()[-1] == author.split()[-1]
            and re.sub(r"^(?:the|a|an) ", "", _words(title) + " ").startswith(begun)
        }
        return titles.pop() if len(titles) == 1 else short

    def _cited_author(self, title: str) -> str | None:
        """Who the works-cited list says wrote ``title`` (a person or a body)."""
        for full, _year, cited_title in self.cited:
            if cited_title and _words(cited_title) == _words(title):
                return full
        return None

    def _is_title(self, block_text: str, a: int, b: int, words: str) -> bool:
        # the words just before the mark (a lead naming a title is a few words long)
        before = block_text[max(0, a - 200) : a].rstrip("“\"'‘«").rstrip()
        if _TITLE_LEAD.search(before) and not words.rstrip().endswith((".", "!", "?", ",")):
            capitals = [w for w in words.split() if w[:1].isalpha()]
            return bool(capitals) and all(
                w[:1].isupper() or w in {"of", "the", "and", "in", "a", "an", "on", "for", "to"}
                for w in capitals
            )
        return False

    def _attribute(self, proposal: Proposal, lead: str, after: str, display: bool) -> bool:
        """Fill in who, which work, page and via as the text gives them; False when nobody is
        named for the words."""
        cite, cited_length = self._trailing_cite(after)
        rest = after[cited_length:]
        if cited_length and re.match(r"^\s+[A-Z“\"‘«]", rest):
            rest = ""  # "…”[^1] They also record that Quill told them": the next sentence's
        name, unnamed, how, naming = self._speaker_from(lead, rest, display)
        if how == "pronoun" and name is not None and name == self.unnamed_speaker:
            unnamed = True  # the unnamed speaker just quoted, still the one the text is about
        title, year = self._work_from(naming) if naming else (None, None)
        if title is None and naming is not lead:
            title, year = self._work_from(lead)
        relay = _RELAYED_IN.search(lead)
        if relay and not cite:
            relayer = re.sub(r"(?:’s|'s)(?:\s.*)?$", "", _title(relay.group("via")))
            proposal.via_name = self._full_name(relayer) if relayer else relayer
            if proposal.via_name == title:
                title = None
        if cite is None:
            cite = self._relayed_next(after)
        if cite is None:
            cite = self._bracket_cite(lead, anywhere=True)  # "he writes [2, p. 9]:"
        if cite is None or (cite.speaker is None and cite.work is None and not cite.via):
            cite = self._narrative_cite(lead, cite)
        if cite is not None:
            self.last_note = cite  # what an "(ibid., p. 140)" in the text refers to
        if cite is not None:
            proposal.page = cite.page
            cited_speaker = cite.speaker and self._full_name(cite.speaker, also=lead)
            if cite.via:
                proposal.via_name = self._full_name(cite.via)
            titled = cite.speaker and name and not cite.work and not cite.year
            if (
                titled
                and not self._known(cite.speaker or "")
                and not _same_person(cite.speaker or "", self._full_name(name or ""))
            ):
                # "(Orchard Newsletter, p. 3)" after words a lead-in gives to someone: a
                # title, not a person relaying them (a relay says "quoted in")
                cite = Cite(work=cite.speaker, page=cite.page)
                cited_speaker = None
            relay_verb = rf"\b{re.escape((cited_speaker or '?').split()[-1])}\s+(?:\w+ly\s+)?"
            relay_verb += rf"{_RELAYING_VERBS}\b"
            reprints = cited_speaker and not name and re.search(relay_verb, lead)
            owned = None
            if cited_speaker and not name and not reprints:
                # "Fenn's notebook, which Quinn reproduces in an appendix, is …": the words of
                # the document's owner, relayed by the cited book
                for sentence in re.split(r"(?<=[.!?])\s+", self.before):
                    owner = _OWNED_DOCUMENT.search(sentence)
                    if owner and re.search(relay_verb, sentence):
                        owned = self._subject_name(owner["name"], whole=True)
            if reprints or owned:
                # "… kept a notebook that Shaw reprints in full; its most quoted line is …":
                # the cited book relays the words of the sentence's subject
                proposal.via_name = cited_speaker
                cite = Cite(page=cite.page, via=cite.speaker, via_work=cite.work)
                subject = owned or self._sentence_subject(lead)
                if subject is not None:
                    name, how, unnamed = subject, "lead-in", False
            elif cited_speaker and not name:
                name, how = cited_speaker, "citation"
                unnamed = False
            elif (
                cited_speaker
                and name
                and not unnamed
                and _same_person(cited_speaker, name)
                and len(cited_speaker.split()) > len(name.split())
            ):
                name = cited_speaker  # "Hale calls …" with the note's "Arthur Hale": that Hale
            elif (
                cited_speaker
                and name
                and _BODY_NAME.search(cited_speaker)
                and not _NEWSPAPER.search(cited_speaker)
            ):
                cite = Cite(work=cite.work, page=cite.page, year=cite.year)  # a body's minutes
                # record her words: they are the work she is quoted in, not someone relaying
            elif (
                cited_speaker
                and name
                and how == "pronoun"
                and (
                    (
                        re.search(rf"\b{re.escape(cited_speaker.split()[-1])}\b", self.before)
                        and not re.search(rf"\b{re.escape(name.split()[-1])}\b", self.before)
                    )
                    or (
                        not cite.periodical
                        and not unnamed
                        and not _NEWSPAPER.search(cited_speaker)
                        and self._named_last(proposal.start, cited_speaker, name, relay_verb)
                    )
                )
            ):
                # "Morgan's view survives in a letter. “…,” he wrote (Morgan, 1934)": "he" is
                # the one the citation names and the paragraph speaks of, not someone far back
                name = cited_speaker
            elif cited_speaker and name and not _same_person(cited_speaker, self._full_name(name)):
                # someone else's book prints these words: it relays them
                proposal.via_name = proposal.via_name or cited_speaker
                cite = Cite(page=cite.page, via=cite.speaker, via_work=cite.work)
            if cite.work and not cite.via:
                title = cite.work
            year = cite.year or year
            how = how or "citation"
        continued = (
            self.previous is not None
            and _SAME_WORK.search(lead) is not None
            and (name is None or self._full_name(name) == self.previous.speaker_name)
        )
        thing = _THING_SUBJECT.match(lead)
        if continued and self.previous is not None:
            a_thing = thing is not None and bool({thing["first"], thing["second"]} & _NOT_PEOPLE)
            if name is None and display and not a_thing:
                name, unnamed, how = self.previous.speaker_name, self.previous.unnamed, "continued"
            if title is None:
                title = self.previous.work_title
        lead_page = _page(re.sub(r"\((?:[^()]|\([^()]*\))*\)", "", lead))  # not an earlier citation
        if proposal.page is None and lead_page is not None:
            proposal.page = lead_page
        if name is None and title is not None and (author := self._cited_author(title)):
            name, unnamed, how = author, False, "citation"  # "the Regulations": its issuer's
        minutes = re.match(
            r"^(?:Minutes|Rules|Regulations|Bye-?laws|By-laws|Standing Orders) of (?:the\s+)?"
            r"(?P<body>.+)$",
            title or "",
        )
        if name is None and minutes and _BODY_NAME.search(minutes["body"]):
            name, unnamed, how = minutes["body"], False, "citation"  # a committee's own words
        role = re.fullmatch(r"(?:the|The)\s+(?P<role>[a-z][\w-]*)", name or "")
        if unnamed and role and role["role"] in self.roles:
            # "Coxswain William Tregenza … the coxswain wrote": the one the text named so
            name, unnamed = self.roles[role["role"]], False
            if cite is not None and cite.via and _same_person(cite.via, name):
                proposal.via_name = None
        if name is not None and unnamed and title is None:
            paper = _PERIODICAL_ROLE.match(name)
            if paper:  # "the Gazette’s reviewer conceded that": in the Gazette (its full name
                # when the text gives one: "the Rye Gazette")
                title = self._body_named(paper["paper"]) or paper["paper"]
        page_only = cite is None or not (cite.speaker or cite.work or cite.via)
        narrative = re.search(rf"{_NARRATIVE_YEAR}\s+(?:\w+ly\s+)?{_SUBJECT_VERBS}", lead)
        if narrative and year is None:
            year = narrative["year"]  # "Hughes and Parry (1998) argue …: “…” (p. 52)"
        if name is not None and not unnamed and title is None and proposal.page and page_only:
            # a page of someone with one entry in the works cited ("(214)", "On page 57 she
            # is blunt:"): that work's page
            looked = self._lookup_cited(self._full_name(name), year)
            if looked is not None and looked[1]:
                title = looked[1]
            elif (
                cite is not None
                and self.last_cited is not None
                and self.last_cited[0] == _without_honorific(self._full_name(name))
            ):  # "… (p. 14). 'They were,' she says, '…' (p. 15)": a page of the same book
                title = self.last_cited[1]
        if (
            name is not None
            and not _PERIODICAL_ROLE.match(name)
            and title is not None
            and cite is not None
            and not cite.speaker
            and (cite.periodical or _NEWSPAPER.search(title))
            and not _WRITTEN.search(naming or "")
            and not (_WRITTEN.search(lead) and not _SPOKEN.search(naming or ""))
        ):
            # a paper that prints someone's words reports them (a speech, an interview, what
            # they told the inquest): it relays them; a piece they wrote in it is its work
            proposal.via_name, title = proposal.via_name or title, None
        if (
            name is None
            and cite is not None
            and cite.periodical
            and title
            and (_ITSELF.search(lead) or _words(title) in _words(lead))
        ):
            name, unnamed, how = title, False, "citation"  # "Its verdict was brief:" its own
        if (
            name is not None
            and not unnamed
            and proposal.via_name
            and _same_person(self._full_name(name), proposal.via_name)
        ):
            # "Miss Arne heard him give it to her father: “…” (quoted in Arne, …)": whoever
            # relays the words did not say them; "him" is the one the paragraph spoke of
            name, how = self._heard_speaker(lead, proposal.via_name), "pronoun"
        if name is None:
            # nobody is named, but a citation says where the words are from: keep what it says
            proposal.work_title = title
            proposal.date = year
            proposal.attributed_by = "citation" if cite is not None else None
            return cite is not None
        quoting = _QUOTES_PERSON.search(lead)
        if quoting and _same_person(_clean_name(quoting.group("name")) or "?", name):
            relaying = _clean_name(quoting.group("via"))  # "The Webbs quoted a Mr Calvin B Hoover"
            proposal.via_name = proposal.via_name or (relaying and self._full_name(relaying))
        reported = _REPORTED_WORDS.search(lead)
        if reported and not proposal.via_name:
            proposal.via_name = _clean_name(reported.group("via"))
        if proposal.via_name and title and _words(proposal.via_name) == _words(title):
            title = None  # the paper that reported her speech relays it; she did not write it
        relayed = _QUOTES_UNNAMED.search(lead)
        if unnamed and relayed and relayed.group("name") == name:
            via = relayed.group("via")
            relaying = (
                self._antecedent(lead[: relayed.start()])
                if _PRONOUNS.fullmatch(via)
                else _clean_name(via)
            )
            proposal.via_name = proposal.via_name or (relaying and self._full_name(relaying))
        if title is not None and not unnamed:
            title = self._listed_title(self._full_name(name), title)  # "(Letters, p. 22)"
        proposal.speaker_name = name if unnamed else _without_honorific(self._full_name(name))
        proposal.unnamed = unnamed
        proposal.work_title = title
        proposal.date = year
        proposal.attributed_by = how
        if cite is not None:  # what a following "(p. 15)" of the same speaker refers to
            self.last_cited = (
                (_without_honorific(self._full_name(name)), title)
                if title and not unnamed and not proposal.via_name
                else None
            )
        if not unnamed:
            self._remember(_without_honorific(self._full_name(name)))
        elif not re.match(r"(?:[Ss]ome|[Mm]any|[Ss]everal|[A-Z][a-z]+s\b)", name) and not (
            name.endswith("s") and not name.endswith("ss")
        ):  # "A boiler's wife … Her husband, she added, …": "she" is that wife
            self.last_person = self.unnamed_speaker = name
        return True

    def _heard_speaker(self, lead: str, relay: str) -> str | None:
        """Whom a relay's lead-in says it heard ("Miss Arne heard him say …"): the person named
        last before that sentence, or None (nobody is guessed)."""
        heard = re.search(r"\b(?:heard|overheard)\s+(?:him|her)\b", lead)
        if heard is None or not lead or not self.before.endswith(lead):
            return None
        earlier = self._antecedent(self.before[: len(self.before) - len(lead)])
        return None if earlier is None or _same_person(earlier, relay) else earlier

    # -- insertions -------------------------------------------------------------------------

    @staticmethod
    def _insertions(text: str) -> list[tuple[int, int]]:
        spans = []
        for bracket in _BRACKET.finditer(text):
            inside = bracket.group(0)
            if _SIC.match(inside) or re.fullmatch(r"\[\^?\d+\]", inside):
                continue
            spans.append((bracket.start(), bracket.end()))
        return spans

    def _proposal(
        self, start: int, end: int, removed: list[tuple[int, int]], kind: PassageKind = "quotation"
    ) -> Proposal:
        debris = [(a, b) for a, b in self.debris if start <= a and b <= end]
        removed = sorted({*removed, *debris})
        kept, position = [], start
        for a, b in sorted(removed):
            kept.append(self.text[position:a])
            position = b
        kept.append(self.text[position:end])
        text = "".join(kept)
        proposal = Proposal(kind=kind, text=text, start=start, end=end, removed=removed)
        if kind == "quotation":
            proposal.insertions = self._insertions(text)
        return proposal

    # -- block quotations ----------------------------------------------------------------------

    def _block_quotation(self, run: list[_Block]) -> tuple[int, int, list[tuple[int, int]], str]:
        """The span of consecutive block paragraphs, without '>'/indent prefixes, wrapping
        quote marks or a citation at their end; returns (start, end, removed, tail)."""
        removed: list[tuple[int, int]] = []
        for block in run:
            for line in re.finditer(
                r"^[ \t]*(?:>[ \t]?)*", self.text[block.start : block.end], re.M
            ):
                if line.end() > line.start() and line.start() > 0:
                    removed.append((block.start + line.start(), block.start + line.end()))
        first, last = run[0], run[-1]
        start = first.start + len(re.match(r"^(?:>[ \t]?)*", first.text).group(0))  # type: ignore[union-attr]
        end = last.end
        body = self.text[start:end]
        tail = ""
        cited = re.search(r"\s*\((?P<body>(?:[^()]|\([^()]*\))*)\)\s*[.]?$", body)
        if cited and self.parse_cite(cited.group("body")) is not None:
            tail = body[cited.start() :]
            end = start + cited.start()
        attribution = re.search(r"\n[ \t>]*(?:—|–|--|―)\s*[^\n]+$", self.text[start:end])
        if attribution:
            tail = self.text[start + attribution.start() : end] + tail
            end = start + attribution.start()
        marker = re.search(
            r"(?:\[\^?\d+\]|<sup>\d+</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[.!?’”'\"])\d{1,3})$",
            self.text[start:end],
        )  # "… on a slate.4": an endnote number printed plain
        if marker:
            tail = self.text[start + marker.start() : end] + tail
            end = start + marker.start()
        while start < end and self.text[start] in '“"«‘ ':
            start += 1
        while end > start and (self.text[end - 1] in '”"»’' or self.text[end - 1].isspace()):
            end -= 1
        return start, end, [r for r in removed if start <= r[0] < end], tail

    def _tail_cite(self, tail: str, following: _Block | None) -> str:
        text = tail.strip()
        if re.fullmatch(r"\d{1,3}", text):
            return f"[{text}]"  # an endnote number printed plain at the block's end
        dash = _ATTRIBUTION_LINE.match(text.lstrip("> "))
        if dash:
            return "(" + dash.group("body").strip() + ")"
        if text:
            return text
        if following is not None and re.fullmatch(r"\((?:[^()]|\([^()]*\))*\)\.?", following.text):
            return following.text
        if following is not None and not following.heading and self._caption(following.text):
            return "(" + following.text.strip().rstrip(".") + ")"
        return ""

    def _caption(self, text: str) -> bool:
        """A line under a block quotation that only names its source, as a figure's caption
        does ("Ada Pell, Harbour Letters, p. 9"): names, a title and a page, no sentence."""
        words = re.findall(r"[^\W\d_][\w’'-]*", text)
        if "\n" in text.strip() or not 2 <= len(words) <= _MAX_CAPTION_WORDS or "," not in text:
            return False
        small = {"of", "the", "and", "in", "a", "an", "on", "for", "to", "at", "p", "pp", "ed"}
        if not all(w[:1].isupper() or w in small for w in words):
            return False
        cite = self.parse_cite(text)
        return cite is not None and bool(cite.speaker or cite.work) and not cite.via

    # -- reading -------------------------------------------------------------------------------

    def read(self) -> list[Proposal]:
        proposals: list[Proposal] = []
        index = 0
        body = [b for b in self.blocks if b.role in ("body", "heading")]
        while index < len(body):
            self._check_deadline()
            block = body[index]
            if block.quote:
                run = [block]
                while index + 1 < len(body) and body[index + 1].quote:
                    index += 1
                    run.append(body[index])
                proposals += self._read_block(run, body, index)
            elif block.heading:
                proposals.append(self._heading(block))
            elif (running := self._open_run(body, index)) is not None:
                proposals += self._read_run(body, index, *running)
                index = running[1]
            else:
                proposals += self._read_paragraph(block, body[index - 1] if index else None)
            index += 1
        return proposals

    def _unclosed_opener(self, text: str) -> int | None:
        """Where a quotation opens in ``text`` and does not close before the paragraph ends
        (it goes on in the next paragraphs), or None."""
        index = 0
        while index < len(text):
            char = text[index]
            if char not in _PAIRS or not self._opens(text, index):
                index += 1
                continue
            close = self._closing(text, index, self.deadline)
            if close < 0:
                return index if char in '“«"‘' else None
            index = close + 1
        return None

    def _run_close(self, text: str, opener: str) -> int | None:
        """Where the first mark of an open quotation's kind in ``text`` closes it, -1 when
        ``text`` has no such mark, None when the first one opens something new."""
        closer = _PAIRS[opener]
        for index, char in enumerate(text):
            if char not in (opener, closer):
                continue
            before = text[index - 1] if index else " "
            after = text[index + 1] if index + 1 < len(text) else " "
            if opener == closer or char == closer:
                if char == "’" and before.isalnum() and after.isalnum():
                    continue  # an apostrophe: don’t
                if opener in "'‘" and self._plural_possessive(text, index, opener):
                    continue  # the ringers’ wives
                if opener == closer and (before.isspace() or index == 0):
                    return None
                return index
            return None
        return -1

    def _open_run(self, body: list[_Block], index: int) -> tuple[int, int, int] | None:
        """A quotation over several paragraphs (where it opens in ``body[index]``, the index of
        its last paragraph, where it closes there), or None. Typesetters reopen such a
        quotation at the start of each paragraph and close it only at the end of the last;
        paragraphs with no quote mark at all (list items, lines of a dialogue) may stand
        between, but the run must close."""
        if body[index].quote:
            return None
        opened = self._unclosed_opener(body[index].text)
        if opened is None:
            return None
        opener = body[index].text[opened]
        unmarked = 0
        for last in range(index + 1, min(len(body), index + _MAX_RUN_PARAGRAPHS)):
            block = body[last]
            if block.quote or block.role != "body":
                return None
            text = block.text
            reopened = last + 1 < len(body) and body[last + 1].text.startswith(opener)
            if text.startswith(opener):
                close = self._closing(text, 0, self.deadline)
                if close >= 0 and not (reopened and _STAGE_DIRECTION.match(text, close + 1)):
                    return opened, last, close
                unmarked = 0
                continue
            closed = self._run_close(text, opener)
            if closed is None or (block.heading and closed < 0):
                return None
            if closed >= 0 and not (reopened and _STAGE_DIRECTION.match(text, closed + 1)):
                return opened, last, closed
            if closed >= 0:
                continue  # “… any work” (General laughter.) …, and the speech goes on: a stray mark
            unmarked += 1
            if unmarked > _MAX_UNMARKED_PARAGRAPHS:
                return None
        return None

    def _read_run(
        self, body: list[_Block], index: int, opened: int, last: int, close: int
    ) -> list[Proposal]:
        first, end_block = body[index], body[last]
        previous_block = body[index - 1] if index else None
        proposals: list[Proposal] = []
        lead = first.text[:opened]
        if lead.strip():
            proposals += self._read_paragraph(first, previous_block, until=opened)
            lead = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"‘«(]|$)", lead)[-1]
        elif previous_block is not None and previous_block.text.rstrip().endswith(":"):
            # a paragraph introducing the quotation; any other (one closing an earlier
            # quotation with its citation) says nothing about these words
            lead = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", previous_block.text)[-1]
        opener = first.text[opened]
        marks = [(b.start, b.start + 1) for b in body[index + 1 : last + 1] if b.text[:1] == opener]
        start, end = first.start + opened + 1, end_block.start + close
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        proposal = self._proposal(start, end, marks)
        self.before, self.position = lead, end
        self._attribute(proposal, lead, end_block.text[close + 1 :], display=True)
        if first.text[:opened].strip():
            self._note_people(lead)
        self.previous = proposal
        self.quoted.append((proposal.start, proposal.end, _words(proposal.text)))
        proposals.append(proposal)
        return proposals + self._nested(proposal)

    def _nested(self, outer: Proposal) -> list[Proposal]:
        """Quotations inside a quotation ("Lenin was right when he said: ‘…’", "(Voices:
        ‘Quite right!’)"), read by the same rules: passages of their own, relayed by the outer
        speaker and printed in the outer work at its page unless their own citation says where
        they are from. The outer passage stays whole."""
        saved = (self.previous, self.last_person)
        found: list[Proposal] = []
        for block in self.blocks:
            a, b = max(block.start, outer.start), min(block.end, outer.end)
            if a >= b or block.role not in ("body", "heading"):
                continue
            text = block.text[a - block.start : b - block.start]
            if (a - 1, a) in outer.removed or (a, a + 1) in outer.removed:
                text = " " + text[1:] if (a, a + 1) in outer.removed else text
            sub = _Block(a, b, text, False, False)
            found += [
                p
                for p in self._read_paragraph(sub, None, nested=True)
                if p.kind == "quotation"
                and p.speaker_name is not None
                and not p.unnamed
                and (
                    p.attributed_by in ("lead-in", "citation", "after", "continued")
                    or (  # "Lenin was right when he said: ‘…’": named in the same sentence
                        p.attributed_by == "pronoun"
                        and p.speaker_name.split()[-1]
                        in self.text[max(outer.start, p.start - 200) : p.start]
                    )
                )
            ]  # only words the outer speaker gives to someone named
        self.previous, self.last_person = saved
        # words said to the quoted speaker ("Old Renwick only said to us, ‘…’", "she came up to
        # me and said, “…”") are their own recollection, part of their words, not relayed
        found = [p for p in found if not self._said_to_narrator(outer, p)]
        # words the reading already quotes elsewhere ("he accused Kettering of having sold ‘the
        # Messiah for a mug of ale’", then Kettering repeating the phrase) are not proposed again
        found = [
            p
            for p in found
            if not any(
                _words(p.text) in words and not (a <= p.start and p.end <= b)
                for a, b, words in self.quoted
            )
        ]
        for proposal in found:
            if proposal.speaker_name != outer.speaker_name:
                proposal.via_name = proposal.via_name or outer.speaker_name
            if proposal.work_title is None and proposal.page is None:
                proposal.work_title, proposal.page = outer.work_title, outer.page
        return found

    def _said_to_narrator(self, outer: Proposal, inner: Proposal) -> bool:
        """Whether the sentence of ``outer`` that leads into ``inner`` speaks in the first
        person: the quoted speaker telling what was said to them or in their hearing."""
        lead = self.text[max(outer.start, inner.start - 300) : inner.start]
        lead = _SENTENCE_BREAK.split(lead)[-1]
        return _FIRST_PERSON.search(lead) is not None

    def _heading(self, block: _Block) -> Proposal:
        words = block.text.lstrip("# ")
        return Proposal("heading", words, block.end - len(words), block.end, self.author)

    def _read_block(self, run: list[_Block], body: list[_Block], last: int) -> list[Proposal]:
        start, end, removed, tail = self._block_quotation(run)
        following = body[last + 1] if last + 1 < len(body) else None
        cite_text = self._tail_cite(tail, following)
        back = _BACK_REFERENCE.match(following.text) if following and not cite_text else None
        if back:  # "The quotation is from the last chapter.[4]"
            cite_text = back["marker"]
        before = body[body.index(run[0]) - 1] if body.index(run[0]) > 0 else None
        lead = before.text if before is not None and not before.heading else ""
        if cite_text and not lead.rstrip().endswith((":", ",")):
            lead = ""  # a block with its own citation: a paragraph not ending in a colon is no
            # lead-in ("… (p. 52)." then "> … — Minutes of the General Committee")
        lead = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", lead)[-1] if lead else ""
        proposal = self._proposal(start, end, removed)
        self.before, self.position = lead, end
        if not self._attribute(proposal, lead, " " + cite_text, display=True):
            proposal.attributed_by = None  # a quotation nobody is named for: reviewed as such
        self.previous = proposal
        self.quoted.append((proposal.start, proposal.end, _words(proposal.text)))
        return [proposal, *self._nested(proposal)]

    def _read_paragraph(
        self,
        block: _Block,
        previous_block: _Block | None,
        until: int | None = None,
        *,
        nested: bool = False,
    ) -> list[Proposal]:
        """The quotations of a paragraph (those closing before ``until``, where a quotation
        running on into the next paragraphs opens) and the paragraph as commentary."""
        proposals: list[Proposal] = []
        inner: list[Proposal] = []  # quotations whose own inner quotations are read after
        found = self._inline(block)
        if until is not None:
            found = [q for q in found if q.open_at - block.start < until]
        prior_end = a_prev_close = 0
        for n, quote in enumerate(found):
            a = quote.open_at - block.start
            words = self.text[quote.start : quote.end]
            self.position = quote.close_at
            self._check_deadline()
            lead_all = block.text[prior_end:a]
            next_open = (
                found[n + 1].open_at - block.start if n + 1 < len(found) else len(block.text)
            )
            after_start = quote.close_at - block.start + 1
            after = block.text[after_start : max(after_start, next_open)]
            sentences = _SENTENCE_BREAK.split(lead_all)
            lead = sentences[-1] if sentences else ""
            display = (
                (not lead.strip() and a == 0)
                or lead.rstrip().endswith((":", ","))
                or _WORDS_LEAD.search(lead) is not None  # "… with the words “…”"
                or self._stands_alone(block.text, a, quote.close_at - block.start, words)
                or (
                    _INTRODUCED_WORDS.search(lead) is not None
                    and len(words.split()) >= _MIN_QUOTATION_WORDS
                    and not _title_case(words)
                )
            )
            skipped_from = prior_end  # a scare quote or title skipped below keeps the lead whole
            prior_end = quote.close_at - block.start + 1
            self._note_people(lead_all[: len(lead_all) - len(lead)])  # the lead's own: below
            short = len(words.split()) < _MIN_QUOTATION_WORDS and not display
            short = short and not _SAID_AFTER.match(after)  # "“You don’t stop,” she told me."
            if short and self._trailing_cite(after, direct=True)[0] is None:
                prior_end = skipped_from  # "who signed himself 'A Rambler', described …"
                continue  # scare quotes, a term, a short phrase (unless a citation follows it)
            closing_mark = quote.close_at - block.start
            titled = (
                len(words.split()) <= _MAX_TITLE_WORDS
                and _title_case(words)
                and not re.search(r"[.!?;:]", words)
            )
            if self._is_title(block.text, a, a, words) or (
                titled
                and not lead.rstrip().endswith(":")
                and re.match(r"^[”\"’»]?\s*[,)]", block.text[closing_mark : closing_mark + 3])
            ):  # "Her article, “The Listening Women”, is …": a title set off by commas
                self._note_people(lead)
                continue
            if a == 0 and previous_block is not None and previous_block.text.endswith(":"):
                lead = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", previous_block.text)[-1]
            elif not lead.strip() and a > 0 and len(sentences) > 1 and words[:1].isupper():
                introducing = [t for t in sentences[:-1] if t.strip()][-1:]
                if introducing and _POSSESSIVE_LEAD.match(introducing[0]):
                    # "His log … has one entry that is not about the weather. “Lamp lit …”"
                    lead, display = introducing[0], True
            proposal = self._proposal(quote.start, quote.end, [])
            self.before = block.text[:a]
            attributed = self._attribute(proposal, lead, after, display)
            if not attributed and not lead.strip() and a > 0 and len(sentences) > 1 and display:
                # words standing as sentences of their own after one about their speaker
                # ("Agnes was in no doubt. ‘…’"): that sentence leads into them
                introducing = [t for t in sentences[:-1] if t.strip()][-1:]
                if introducing:
                    attributed = self._attribute(proposal, introducing[0], after, display)
                if introducing and not attributed:  # read as a colon would introduce them
                    colon = introducing[0].rstrip().rstrip(".!?") + ":"
                    attributed = self._attribute(proposal, colon, after, display)
            self._note_people(lead)
            between = block.text[a_prev_close:a] if proposals else ""
            if not attributed and proposals and _SAID_AFTER.fullmatch(between.strip()):
                # “…,” she told me. “…”: the words after the one who said the first ones
                earlier = proposals[-1]
                proposal.speaker_name, proposal.unnamed = earlier.speaker_name, earlier.unnamed
                proposal.work_title, proposal.attributed_by = earlier.work_title, "continued"
                attributed = True
            if (
                not attributed
                and proposals
                and not re.search(r"[.!?]", between.strip(" ,;:—–"))
                and not _INTRODUCED_WORDS.search(lead.rstrip(" ‘'“\"«"))
            ):  # the second half of words interrupted by nothing but punctuation (or ", and
                # the piano ‘…’"), unless a decision of its own comes between ("and the vestry
                # resolved that ‘…’")
                earlier = proposals[-1]
                proposal.speaker_name, proposal.unnamed = earlier.speaker_name, earlier.unnamed
                proposal.work_title, proposal.attributed_by = earlier.work_title, "continued"
                attributed = True
            if not attributed and not display:
                continue  # quoted words nobody is named for inside a sentence: not a quotation
            if not display and titled and "," not in words:
                continue  # "thought the play ‘The Long Shelf of Winter’ a failure": a title
            one_sentence = not re.search(r"[.!?]\s", between) and not _SENTENCE_BREAK.search(
                between
            )
            if proposals and proposal.text[:1].islower() and one_sentence:
                # "«Half of them …,» she said, «and the other half …»[4]": one sentence, one
                # citation for both halves
                earlier = proposals[-1]
                if (
                    earlier.attributed_by == "pronoun"
                    and earlier.speaker_name != proposal.speaker_name
                    and proposal.speaker_name
                    and _PRONOUN_VERB.search(between)
                ):  # the citation after the second half said whom the "he" of both stands for
                    earlier.speaker_name, earlier.unnamed = proposal.speaker_name, proposal.unnamed
                    earlier.date = earlier.date or proposal.date
                if earlier.speaker_name == proposal.speaker_name:
                    earlier.work_title = earlier.work_title or proposal.work_title
                    earlier.page = earlier.page or proposal.page
                    earlier.via_name = earlier.via_name or proposal.via_name
            elif (
                proposals
                and _SAID_AFTER.fullmatch(between.strip())
                and proposals[-1].speaker_name == proposal.speaker_name
                and not (proposals[-1].work_title or proposals[-1].page)
            ):  # “…,” she writes. “…” (Threlfall 88): one citation after her run of words
                earlier = proposals[-1]
                earlier.work_title, earlier.page = proposal.work_title, proposal.page
                earlier.via_name = earlier.via_name or proposal.via_name
            proposals.append(proposal)
            self.previous = proposal
            self.quoted.append((proposal.start, proposal.end, _words(proposal.text)))
            a_prev_close = quote.close_at - block.start + 1
            if not nested:
                inner.append(proposal)
        tail = block.text[prior_end:until]
        if until is not None:  # the lead-in of a quotation running on: noted once it is read
            tail = tail[: len(tail) - len(re.split(r"(?<=[.!?])\s+(?=[A-Z“\"‘«(])", tail)[-1])]
        self._note_people(tail)
        for outer in inner:
            proposals += self._nested(outer)
        commentary_words = len(block.text.split())
        if commentary_words >= _MIN_COMMENTARY_WORDS and not nested:
            commentary = self._proposal(block.start, block.end, [], kind="commentary")
            commentary.speaker_name, commentary.attributed_by = self.author, "author"
            proposals.insert(0, commentary)
        return proposals


def propose_passages(text: str, *, author: str, budget_seconds: float = 30.0) -> list[Proposal]:
    """Every quotation, commentary paragraph and heading of a reading, in text order.

    Pure and bounded: raises :class:`ReadingError` (``TOO_SLOW``) past ``budget_seconds``, so
    a caller can run it in a worker thread without fearing a hang.
    """
    deadline = time.monotonic() + budget_seconds
    proposals = _Reader(text, author, deadline).read()
    for proposal in proposals:
        # A name set across a line end or a justified PDF line ("Samuel  Ord") is one name.
        proposal.speaker_name = _one_line(proposal.speaker_name)
        proposal.work_title = _one_line(proposal.work_title)
        if proposal.work_title and _NOT_A_TITLE.match(proposal.work_title.strip(" .,;")):
            proposal.work_title = None  # "3", "p. 12", "March 1893": the moderator fills it
        proposal.via_name = _one_line(proposal.via_name)
    return sorted(proposals, key=lambda p: (p.start, p.kind != "commentary"))


def _one_line(name: str | None) -> str | None:
    return " ".join(name.split()) if name else name
