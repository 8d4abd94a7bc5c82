"""Relays: when the text says the words come to us through someone or something.

A careful reader keeps as the via the nearest layer the text names between the words and us,
however it says so, and leaves the speaker whoever made the words:

- a clause set inside the sentence that says who passed the words on: "Marlowe said, the
  *Observer* reported, that …", "his aunt used to say, she told me, …" (the paper, the teller
  relays; the paper is neither speaker nor work);
- "as the *Advertiser* reported him" or "as the paper quoted her";
- "According to the *Gazette*, he told the crowd: …" (the paper relays what he said; said of
  a fact, or of words nobody else is said to speak, "according to" names whose words they are);
- someone remembered or quoted as saying: "is remembered by his niece, Ann Lee, as saying that";
- a document "which the curator quoted": its writer speaks, the one who quoted it relays;
- "she gave us in the words of the founder, X: …" (X speaks; the one who gave them relays).

And a line that says where the items under it were printed ("Reprinted from the *Courier*, 3
May 1923, page 7", "From the *Gazette*, 9 December 1976", "As reported in the *Post*, 12 June
1951") holds for every item under it, until the next such line or, when it stands right under
a heading, the next heading: people quoted in those items speak with that paper as the via and
its page as the page; the paper's own words ("what the paper called", "its leader said", "our
correspondent") are the paper's, speaker and work.

``printed_source_line`` reads such a line; ``relay_clause`` finds a relay said inside the
lead-in, with the lead-in as it reads without it (the reader attributes that one to find who
made the words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.reading.vocabulary import _NAME, _SPEECH_VERBS

# the word a periodical's name ends in ("the Lindow Advertiser", "the Parish Magazine")
_PERIODICAL_WORD = (
    r"(?:Gazette|Chronicle|Times|Advertiser|Herald|Courier|Post|Mercury|Tribune|Observer|"
    r"Guardian|Telegraph|News|Echo|Standard|Express|Argus|Examiner|Packet|Sentinel|Journal|"
    r"Star|Mail|Dispatch|Despatch|Citizen|Recorder|Magazine|Review|Bulletin|Newsletter|"
    r"Weekly|Leader|Clarion|Intelligencer|Enquirer|Gleaner|Almanac|Almanack)"
)
# a periodical by its name: in italics (any name), or in capitals ending in a periodical's word
_PERIODICAL = (
    r"(?:\*[^*\n]{2,60}\*|_[^_\n]{2,60}_|"
    rf"(?:[A-Z][\w’'.-]*\s+){{0,4}}{_PERIODICAL_WORD}(?![\w’'-]))"
)
# a line that only says where what follows was printed: "From the *Hallamby Courier*, 9
# December 1976, page 3", "Reprinted from the Parish Magazine, March 1931", "As reported in the
# *Manchester Guardian*, 12 June 1951" (an issue with its year; a page if it gives one)
_PRINTED_LINE = re.compile(
    r"^\W{0,3}(?:(?:(?:Reprinted|Taken|Extracted|Abridged|Transcribed|Copied)\s+"
    r"(?:by\s+permission\s+)?from|From|(?:First|Originally)\s+(?:published|printed|appeared)\s+in|"
    r"As\s+(?:(?:it\s+was\s+)?(?:reported|printed|published)|it\s+appeared)\s+in)\s+)?"
    rf"(?:the\s+|The\s+)?(?P<paper>{_PERIODICAL}|(?P<own>our|this\s+paper(?:’s|'s))\s+"
    r"(?:issue|issues|files|pages|columns|edition)(?:\s+(?:of|for))?)\s*(?:\([^()\n]{1,40}\))?\s*,?\s*"
    r"(?:(?:of|for|dated)\s+)?(?P<issue>[^.\n:;]{0,50}?\b(?:1[5-9]\d\d|20\d\d)\b)"
    r"(?:\s*,\s*(?:(?:on\s+)?(?:page|p\.|pp\.)\s*(?P<page>\d{1,4}[a-z]?)))?"
    r"\s*[.:]?\W{0,3}$"
)


@dataclass(frozen=True)
class Printed:
    """Where the items under a line were printed: the periodical and its page, as written."""

    paper: str
    page: str | None


def printed_source_line(line: str) -> Printed | None:
    """The periodical (and page) a line says the items under it were printed in ("" for the
    text's own paper: "From our issue of 3 May 1951"); None when the line says anything else.
    One line, no sentence: "From the *Courier*, 9 May 1976, page 3", "*The Courier*, 1926"."""
    stripped = line.strip()
    if "\n" in stripped or len(stripped) > 140:
        return None
    found = _PRINTED_LINE.match(stripped)
    if found is None or (found.start("paper") == 0 and not found["paper"].startswith(("*", "_"))):
        return None  # a paper's name in roman opening the line may open a sentence of it
    if found["own"]:
        return Printed("", found["page"])  # "From our issue of …": the text's own paper
    paper = " ".join(found["paper"].strip("*_").split())
    return Printed(re.sub(r"^(?:[Tt]he)\s+", "", paper), found["page"])


# the paper's own voice in a lead-in: "what the paper called", "its leader said", "our
# correspondent", "it added" (never "we print", which prints somebody else's words)
_PAPERS_OWN = re.compile(
    r"\b(?:(?:[Tt]he|[Tt]his)\s+(?:paper|newspaper)(?!(?:’s|')?\s+(?:readers?|reader’s)\b)|"
    r"[Ii]ts\s+(?:own\s+)?(?:leader|editorial|reporter|correspondent|columnist|verdict|comment)|"
    r"[Ii]t\s+(?:said|says|called|calls|added|adds|wrote|writes|went\s+on|concluded|declared)|"
    r"(?:[Oo]ur|[Tt]he)\s+(?:own\s+)?(?:correspondent|reporter|leader[- ]writer|"
    r"special\s+correspondent|representative)|"
    r"[Ww]e\s+(?:said|called|wrote|say|call|warned|declared))\b"
)


def papers_own_words(lead: str, speaker: str | None, paper: str) -> bool:
    """Whether words under a printed-source line are the paper's own: its own voice speaks in
    the lead-in ("what the paper called", "In its leader it said:"), or the one named for them
    is the paper or someone the lead-in describes only as its own ("The paper’s leader writer",
    "The Guardian’s man", "our correspondent")."""
    sentence = re.split(r"(?<=[.!?])\s+", lead.strip())[-1] if lead.strip() else ""
    if speaker is None:
        return _PAPERS_OWN.search(sentence) is not None
    words = re.findall(r"[A-Z][\w’'-]+", paper)
    own_of = "|".join(["paper", "newspaper", *(re.escape(w) for w in words)])
    described = re.fullmatch(
        rf"(?:[Tt]he|[Oo]ur|[Ii]ts)\s+(?:(?:{own_of})(?:’s|'s)\s+)?(?:own\s+)?(?:special\s+)?"
        r"(?:man|woman|correspondent|reporter|leader[- ]writer|editor|columnist|"
        r"representative|critic)",
        speaker.strip(),
    )
    return described is not None


# a clause that says who passed the words on, set off by commas after the verb of speaking:
# "said, the *Courier* reported, that", "used to say, Mrs Lee told us,", "told the Commons, the
# paper recorded, that"
_RELAY_CLAUSE = re.compile(
    rf"(?P<said>\b{_SPEECH_VERBS}(?:\s+(?:the|his|her|their|its|a|an)\s+[A-Za-z]+|\s+[A-Za-z]+)?)"
    r"\s*,\s+"
    rf"(?P<via>(?:the\s+)?{_PERIODICAL}|(?:the\s+)?(?:paper|newspaper)|"
    rf"(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?{_NAME}|[Hh]e|[Ss]he|[Tt]hey)\s+"
    r"(?P<how>reported|reports|recorded|records|noted|told\s+(?:us|me|them|him|her|the\s+[a-z]+)|"
    r"tells\s+(?:us|me|them|the\s+[a-z]+)|recalled|recalls|remembered|remembers|says|said|added|wrote|writes)\s*,\s*"
    r"(?P<rest>(?:that\s+)?[^,“”\"‘«]*)$"
)
# the same clause set between dashes or brackets: "always said — or so Aunt Vi told it — that",
# "said (the *Courier* reported) that"
_RELAY_ASIDE = re.compile(
    rf"(?P<said>\b{_SPEECH_VERBS})\s*(?:[—–]|--|\()\s*(?:or\s+so\s+|so\s+|as\s+)?"
    r"(?:(?:his|her|their|my|our)\s+[a-z][\w-]*,?\s+(?=[A-Z]))?"
    rf"(?P<via>(?:the\s+)?{_PERIODICAL}|(?:the\s+)?(?:paper|newspaper)|"
    rf"(?:(?:Mr|Mrs|Miss|Ms|Dr|Aunt|Auntie|Uncle|Grandad|Granny|Gran|Nana)\.?\s+)?{_NAME}|"
    r"[Hh]e|[Ss]he|[Tt]hey)\s+"
    r"(?:reported|reports|recorded|records|told\s+it|tells\s+it|told\s+(?:us|me)|"
    r"recalled|recalls|remembered|remembers|says|said|has\s+it|had\s+it|wrote|writes)\s*"
    r"(?:[—–]|--|\))\s*(?P<rest>(?:that\s+)?[^,“”\"‘«]*)$"
)
# a paper or a writer that quoted someone, then the words: "The *Mercury* quoted the owner's
# widow, Hannah Brear:", "Hyde prints the vicar, Ezra Dent:"
_QUOTED_THEN = re.compile(
    rf"(?:^|(?<=[\s,;]))(?P<via>(?:[Tt]he\s+)?{_PERIODICAL})\s+(?:also\s+|then\s+)?"
    r"(?:quoted|quotes|printed|prints|reported|reports)\s+"
    rf"(?:(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){{0,4}}?[\w’'-]+\s*,\s*)?"
    rf"(?P<who>(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?{_NAME})\s*,?\s*(?:who\s+said\s*)?[:,]?\s*$"
)
# "as the *Advertiser* reported him", "as the paper quoted her", "as Ann Lee remembers him":
# the one named relays the words the sentence gives the subject
_AS_REPORTED = re.compile(
    rf",?\s*\bas\s+(?P<via>(?:the\s+)?{_PERIODICAL}|the\s+(?:paper|newspaper)|{_NAME})\s+"
    r"(?:reported|quoted|recorded|remembered|recalled|reports|quotes|remembers|recalls)\s+"
    r"(?:him|her|them|it)\s*,?"
)
# "According to the *Gazette* of March 1952, …,": who or what the rest of the sentence comes
# through, when it names someone else speaking
_ACCORDING_TO = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=,\s))(?P<all>[Aa]ccording\s+to\s+(?P<via>(?:the\s+)?{_PERIODICAL}|"
    rf"(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?{_NAME}|(?:[Hh]is|[Hh]er|[Tt]heir|the)\s+"
    r"[a-z][\w-]*\s*,\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s*)"
    r"(?:\s+(?:of|for|in|on)\s+[^,]{1,30})?\s*,\s*)"
)
# "is remembered by his great-grandson, Dan Lee, as saying that", "was quoted by the paper as
# telling": the one who remembered or quoted relays the subject's words
_REMEMBERED_AS = re.compile(
    r"\b(?P<be>is|was|are|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:remembered|recalled|quoted|reported|recorded)\s+by\s+"
    rf"(?P<by>(?:(?:his|her|their|the|a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*\s*,\s*"
    rf"(?P<apposed>{_NAME})\s*,?)|(?:the\s+)?{_PERIODICAL}|{_NAME})\s+"
    r"as\s+(?:saying|having\s+said|telling\s+\w+|declaring|remarking|writing)\b"
)
# someone the sentence's subject quoted or remembered as saying the words: "The *Advertiser*
# … quoted the leader of the council, Maureen Fitch, as saying that", "His niece remembers him
# as saying": the one quoted speaks, the subject relays
_QUOTED_AS = re.compile(
    r"\b(?:quoted|quotes|reported|reports|remembered|remembers|recalled|recalls|recorded|"
    r"records)\s+(?P<who>(?:(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*"
    rf"\s*,\s*)?(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?{_NAME})\s*,?\s+as\s+(?:saying|having\s+said|"
    r"telling\s+(?:\w+\s+){0,3}?)(?=\s|$)"
)
# a document "which the curator quoted": the one who quoted it relays its writer's words
_WHICH_QUOTED = re.compile(
    r",\s+which\s+(?P<by>(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s*,\s*"
    rf"(?P<apposed>{_NAME})\s*,|{_NAME}|(?:the\s+)?{_PERIODICAL})\s+"
    r"(?:quoted|printed|reprinted|read\s+out|read\s+aloud|cited|transcribed|put\s+on\s+the\s+"
    r"screen|showed|showed\s+us)\b(?P<where>[^,;.“”\"]{0,60})[,;]\s*"
)
# "… gave us in the words of its founder, X:", "Lee reminding us, in the words of X, that":
# X speaks; whoever gave the words relays them
_IN_WORDS_OF = re.compile(
    r"\s*,?\s*\bin\s+the\s+words\s+of\s+(?:(?:his|her|its|their|the|a|an)\s+"
    rf"(?:[\w’'-]+,?\s+){{0,4}}?)?(?P<name>{_NAME})\s*[,:]?"
)


# someone who reads out, shows or quotes a document someone else wrote: "She then read to us
# from the toll book, in which the collector, X, had written:", "Next he put on the screen a
# letter from X:" (X speaks; the one who showed it relays)
_SHOWS_DOCUMENT = re.compile(
    rf"(?:^|(?<=[\s,;]))(?P<who>(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?{_NAME}|[Hh]e|[Ss]he|[Tt]hey)\s+"
    r"(?:then\s+|also\s+|next\s+|later\s+|finally\s+)?(?:read|reads|quoted|quotes|"
    r"put\s+up|puts\s+up|put\s+on\s+(?:the\s+)?screen|puts\s+on\s+(?:the\s+)?screen|"
    r"showed|shows|projected|projects|held\s+up|holds\s+up|passed\s+round|passes\s+round)\s+"
    r"(?:(?:to\s+)?(?:us|them|the\s+[a-z]+)\s+|aloud\s+|out\s+)*(?:from\s+)?"
    r"(?:on\s+(?:the\s+)?screen\s+)?(?:a|an|the|his|her|their|its|one|part\s+of|some\s+of)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:letter|letters|diary|diaries|notebook|journal|log|logbook|log-book|"
    r"book|register|report|minutes|will|petition|notice|postcard|entry|account|memoir|ledger|"
    r"telegram|card|note)\b"
)
# the one who passed the words on, by name or described and then named: "the *Herald*", "Ann
# Hyde", "her biographer, Ann Hyde,", "his daughter, Mary Kell"
_PASSER = (
    rf"(?:(?:his|her|their|the|a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*\s*,\s*"
    rf"(?P<apposed>{_NAME})\s*,?|(?:the\s+)?{_PERIODICAL}|(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?{_NAME})"
)
# "Elsie Rigg, quoted by the *Herald*, said", "In a letter quoted by her biographer, Ann Hyde,
# she wrote": the one who quoted relays (an interviewer does not: the words were said to them)
_QUOTED_BY = re.compile(
    rf",?\s*\b(?:as\s+)?(?:quoted|reported|cited)\s+by\s+(?P<by>{_PASSER})"
    r"(?!\s+as\s)\s*,?"
)
# "The mayor, the *Echo* said, had told the inquest that": the paper says so of the subject
_RELAY_AFTER_SUBJECT = re.compile(
    rf",\s+(?P<via>(?:the\s+)?{_PERIODICAL}|the\s+(?:paper|newspaper))\s+"
    r"(?:reported|reports|said|says|recorded|records|noted|notes|claimed|claims)\s*,\s+"
    rf"(?=(?:had\s+|has\s+|then\s+|later\s+|once\s+)?{_SPEECH_VERBS}\b)"
)
# "… last words come to us through his daughter, Mary Kell:": she relays them
_THROUGH = re.compile(
    r"\b(?:come|comes|came|reach|reaches|reached|survive|survives|survived|handed\s+down|"
    r"passed\s+down)\s+(?:down\s+)?(?:to\s+us\s+)?(?:only\s+)?(?:through|by\s+way\s+of|via)\s+"
    rf"(?P<by>{_PASSER})"
)
# "As his niece, Ruth Hale, told the story, the old man said only:": she relays it
_AS_TOLD = re.compile(
    rf"(?:^|(?<=[.!?,;]\s))[Aa]s\s+(?P<by>{_PASSER})\s+(?:told|tells|remembered|remembers|"
    r"recalled|recalls|heard|hears|put|puts)\s+(?:it|the\s+story|the\s+tale|it\s+to\s+me)\s*,\s*"
)
# who gives someone else's words before "in the words of": "Achterberg reminding us", "she
# gave us", "the chairman closed"
_GIVER = re.compile(
    rf"(?:^|(?<=[\s,;(]))(?P<who>(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?{_NAME}|[Hh]e|[Ss]he|[Tt]hey),?\s+"
    r"(?:\w+ly\s+)?(?:[a-z]+\s+(?:the\s+)?[a-z]+\s+and\s+)?(?:reminding|reminded|reminds|gave|gives|giving|put|puts|putting|summed|sums|"
    r"summing|closed|closes|closing|ended|ends|ending|told|tells|telling|repeated|repeats|"
    r"repeating|said|says|saying|answered|answers|replied|replies|added|adds|urged|urges|"
    r"warned|warns|assured|assures|quoted|quotes|quoting)\b"
)


@dataclass(frozen=True)
class Relay:
    """A relay said inside a lead-in: who relays, as written, and the lead-in as it reads
    without the relay (whose subject made the words)."""

    via: str
    without: str
    # the relay is the lead-in's own subject ("she gave us in the words of X"): the speaker is
    # the one named after "in the words of", whom the lead-in without it does not name
    maker: str | None = None
    # the relay showed or read out a document ("she put on the screen a letter from X:")
    shown: bool = False


def relay_clause(lead: str) -> Relay | None:
    """The relay the lead-in's last sentence names inside it, and that sentence without it;
    None when it names none."""
    sentence_start = 0
    for brk in re.finditer(r"(?<=[.!?])\s+(?=[A-Z“\"‘])", lead):
        sentence_start = brk.end()
    sentence = lead[sentence_start:]
    head = lead[:sentence_start]
    clause = _RELAY_CLAUSE.search(sentence)
    if clause is not None:
        rest = clause["rest"]
        kept = sentence[: clause.end("said")] + (" " + rest if rest.strip() else ", ")
        return Relay(_bare(clause["via"]), head + kept)
    aside = _RELAY_ASIDE.search(sentence)
    if aside is not None:
        rest = aside["rest"]
        kept = sentence[: aside.end("said")] + (" " + rest if rest.strip() else ", ")
        return Relay(_bare(aside["via"]), head + kept)
    then = _QUOTED_THEN.search(sentence)
    if then is not None:
        return Relay(_bare(then["via"]), f"{head}{then['who']} said: ")
    after_subject = _RELAY_AFTER_SUBJECT.search(sentence)
    if after_subject is not None:
        kept = sentence[: after_subject.start()] + " " + sentence[after_subject.end() :]
        return Relay(_bare(after_subject["via"]), head + kept)
    told = _AS_TOLD.search(sentence)
    if told is not None:
        kept = sentence[: told.start()] + sentence[told.end() :]
        return Relay(_bare(told["apposed"] or told["by"]), head + kept[:1].upper() + kept[1:])
    through = _THROUGH.search(sentence)
    if through is not None:
        return Relay(_bare(through["apposed"] or through["by"]), lead)
    reported = _AS_REPORTED.search(sentence)
    if reported is not None:
        # "Hebb was, as the paper reported him, “glad …”": what the subject said
        subject = re.sub(
            r"[,\s]*\b(?:was|were|is|are|had\s+been|has\s+been|seemed|felt)[,\s]*$",
            "",
            sentence[: reported.start()],
        )
        rest = sentence[reported.end() :].lstrip(" ,")
        said = subject.rstrip(" ,") + (" said " if rest else " said, ") + rest
        return Relay(_bare(reported["via"]), head + said)
    remembered = _REMEMBERED_AS.search(sentence)
    if remembered is not None:
        by = remembered["apposed"] or remembered["by"]
        kept = sentence[: remembered.start()] + "said" + sentence[remembered.end() :]
        return Relay(_bare(by), head + kept)
    quoted_by = _QUOTED_BY.search(sentence)
    if quoted_by is not None:
        kept = sentence[: quoted_by.start()] + " " + sentence[quoted_by.end() :].lstrip(" ,")
        return Relay(_bare(quoted_by["apposed"] or quoted_by["by"]), head + kept)
    quoted = _QUOTED_AS.search(sentence)
    if quoted is not None:
        who = re.split(r",\s*", quoted["who"].strip())[-1]
        papers = re.findall(rf"(?:^|(?<=\s))(?:the\s+)?({_PERIODICAL})", sentence[: quoted.start()])
        return Relay(
            _bare(papers[-1]) if papers else "",
            f"{head}{who} said {sentence[quoted.end() :].lstrip()}",
        )
    which = _WHICH_QUOTED.search(sentence)
    if which is not None:
        by = which["apposed"] or which["by"]
        kept = sentence[: which.start()] + ", " + sentence[which.end() :]
        return Relay(_bare(by), head + kept)
    shown = _SHOWS_DOCUMENT.search(sentence)
    if shown is not None:
        return Relay(_bare(shown["who"]), lead, shown=True)
    according = _ACCORDING_TO.search(sentence)
    if according is not None and re.search(rf"\b{_SPEECH_VERBS}\b", sentence[according.end() :]):
        kept = sentence[: according.start()] + sentence[according.end() :]
        return Relay(_bare(according["via"]), head + kept[:1].upper() + kept[1:])
    words_of = _IN_WORDS_OF.search(sentence)
    givers = list(_GIVER.finditer(sentence[: words_of.start()])) if words_of else []
    if words_of is not None and givers:
        return Relay("", f"{head}{givers[-1]['who']} said: ", maker=words_of["name"])
    return None


def _bare(name: str) -> str:
    """A relay's name without its article or italics ("the *Courier*" → "Courier"), a
    description before the name left out ("her sister, Ann Lee" → "Ann Lee")."""
    parts = [part.strip() for part in name.split(",") if part.strip()]
    if len(parts) > 1 and parts[-1][:1].isupper():
        name = parts[-1]
    name = re.sub(
        r"^(?:[Tt]he|Aunt|Auntie|Uncle|Grandad|Granddad|Grandpa|Granny|Grandma|Gran|Nana)\s+",
        "",
        name.strip().rstrip(","),
    )
    return " ".join(name.strip("*_ ").split())
