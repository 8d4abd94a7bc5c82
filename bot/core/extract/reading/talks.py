"""Talks: a heading that names a person and what they gave holds for the section under it.

A careful reader of a conference report whose sessions are headed `## Session 2. Dr Ann Lee
(University of X), “Title of Talk”` takes `Lee began: “…”` and `She ended: “…”` as Ann Lee's,
said in that talk; of a festival's write-ups headed `11.00, Corn Exchange: Mairead Fenn,
“Writing the Herring Girls”`, the words below as hers in that event; of a panel headed
`Panel: “Who Owns a Dialect?” with Bea Kilner and Joe Tait, chaired by Ruth Hensall`, what
each of them says as said in the panel. The talk holds until the next heading (a `Questions`
or `Discussion` heading has no talk, so no work); someone the speaker quotes (a letter, a diary,
a recording) speaks only their own words, relayed by the speaker.

``talk_heading`` reads such a heading; ``_TalkReading`` (mixed into the reader's scope) keeps
the talk of the section being read and gives its words the talk's speaker, work and relay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.reading.phrases import _title_case, _without_honorific
from bot.core.extract.reading.vocabulary import (
    _BODY_NAME,
    _NOT_NAMES,
    _NOT_PERSON_ENDINGS,
    _SENTENCE_BREAK,
)


@dataclass(frozen=True)
class Talk:
    """What a heading says was given: by whom, and under what title."""

    speakers: tuple[str, ...]  # the people the heading names as giving it, in full
    title: str | None  # the talk's, lecture's or panel's title: the work of what is said in it
    panel: bool  # several speak in it (a panel, a conversation, a debate)
    # the heading names whose words the section quotes, no talk given (a reviewer's, a
    # witness's, an objector's, a consultee's): its quoted blocks are theirs wherever they stand
    party: bool = False
    unnamed: bool = False  # the party is named only by the heading's label ("Reviewer 1")


# a title the heading sets in quote marks, as a talk's, paper's or episode's is (a title in
# italics is a book's or a paper's: "From *From the Bench*, by X" heads an extract, no talk)
_TITLE = re.compile(
    r"“(?P<curly>[^“”\n]{2,140})”|\"(?P<straight>[^\"\n]{2,140})\"|‘(?P<single>[^‘\n]{2,140}?)’"
    r"(?![a-z])"
)
# a person named in full, perhaps after a rank or title: "Dr Ruth Okafor", "the Revd Tom Hale"
_PERSON = re.compile(r"(?:the\s+)?(?P<name>(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'-]*[a-z][\w’'-]*)")
# an event several give together, as the heading says
_PANEL = re.compile(
    r"\b(?:[Pp]anel|[Dd]iscussion|[Ii]n\s+[Cc]onversation|[Rr]ound[- ]?[Tt]able|[Dd]ebate|"
    r"[Ff]orum|[Cc]onversation)\b"
)
# what joins a title to the people a heading names after it: "with Bea Kilner and Joe Tait,
# chaired by Ruth Hensall", "(chair: Gwen Talbot-Reyes)", "by Dr Ann Lee", "— Ann Lee (…)";
# a bare comma does not ("“Wexham Tonight”, BBC Radio Wexham, 2 April 2026")
_AFTER_TITLE = re.compile(
    r"\s*[,:]?\s*(?:(?i:with|by|featuring|guests?:?|in\s+conversation\s+with)\s+|[—–-]\s*"
    r"|(?:an?\s+)?(?i:talk|lecture|paper|sermon|reading|address|keynote|presentation)\s+"
    r"(?:(?:given|delivered|preached|read)\s+)?by\s+"
    r"|(?=\((?i:chair|chaired|host|hosted)))"
)
# an untitled talk the heading names its giver for: "Preached by the Revd Tom Hale at St
# Mary's, Easter Day 1951", "A talk given by Ann Lee", "Lecture by Dr Ann Lee"
_GIVEN_BY = re.compile(
    r"(?:^|[.:]\s+)(?:(?:An?\s+|The\s+)?(?i:talk|lecture|sermon|address|paper|reading|homily)\s+"
    r"(?:(?:given|preached|delivered|read)\s+)?by|(?:Sermon\s+)?(?:Preached|Given|Delivered|"
    r"Read|Presented)\s+by)\s+(?P<who>[^,;:()]+)"
)
# a heading's leading label and number, shared by the headings of one series: "Lecture 3",
# "Session 2", "Episode 11", "Day 2"
_SERIES_LABEL = re.compile(r"^\W*(?P<label>[A-Z][a-z]+)\s+(?:\d{1,3}|[IVX]{1,5})\b")
_MAX_HEADING_WORDS = 40
# a word that names an event, never a person's name: "The Harrowdale Lecture", "Opening Session"
_EVENT_WORD = re.compile(
    r"(?:Lecture|Lectures|Talk|Talks|Address|Sermon|Session|Keynote|Panel|Symposium|Conference|"
    r"Festival|Day|Evening|Morning|Afternoon|Welcome|Memorial|Reading|Readings|Seminar|"
    r"Workshop|Discussion|Questions|Exhibition|Tour|Walk|Opening|Closing|Launch|Plenary|"
    r"Programme|Introduction|Remarks|Episode|Interview|Service|Vigil|Debate|Forum)"
)
# the label a talk's heading may open with, and its number: "Session 2", "Lecture IV", "Paper:"
# (a sitting's label may name its day in brackets: "Evening 1 (Tuesday 12 May): Ann Lee,
# chair of the parish council", "Hearing 3 (4 April): …")
_TALK_LABEL = re.compile(
    r"(?:Session|Lecture|Paper|Talk|Episode|Sermon|Keynote|Address|Plenary|Seminar|Reading|"
    r"Presentation|Interview|Evening|Morning|Afternoon|Day|Week|Hearing|Sitting|Meeting|"
    r"Workshop|Visit|Drop-in)(?:\s+(?:\d{1,3}|[IVX]{1,5}))?(?:\s*\([^()\n]{1,40}\))?"
    r"\s*[.:,–—-]\s*"
)
# a citation's year or page after a title: an entry of a list of works, no heading
_CITED = re.compile(r"\(\s*[^()]*\b\d{4}\b[^()]*\)|\bpp?\.\s*\d")


def _heading_words(line: str) -> str:
    """A heading's words without its Markdown marks: "## " before, "**" round a bold line."""
    text = line.strip().lstrip("#").strip()
    bold = re.fullmatch(r"(\*\*|__)(?P<inner>.+)\1", text)
    return bold["inner"].strip() if bold else text


def _person(phrase: str) -> str | None:
    """The person ``phrase`` is, named in full ("Dr Ruth Okafor" -> Ruth Okafor), or None:
    a place, a body, a label or a single word is nobody."""
    bare = re.sub(r"\([^()]*\)", " ", phrase)
    bare = " ".join(bare.split()).strip(" ,;:–—-")
    # "Keynote address by Professor Ann Lee", "The Revd Tom Hale": the name after them
    bare = re.sub(r"^(?:.*\bby\s+)?(?:[Tt]he\s+)?", "", bare)
    found = _PERSON.fullmatch(bare)
    if found is None:
        return None
    name = _without_honorific(found["name"])
    if re.match(r"(?:Dr|Prof|Revd|Rev|Canon|Mr|Mrs|Ms|Miss)\.?\s+(?=\S+\s+\S)", name):
        name = name.split(maxsplit=1)[1]  # the courtesy title of a speaker's heading
    words = name.split()
    if (
        len(words) < 2
        or words[0].rstrip(".") in _NOT_NAMES
        or any(_NOT_PERSON_ENDINGS.search(w) for w in words)
        or _BODY_NAME.search(name)
        or any(re.fullmatch(r"\d+|[A-Z]{2,}", w) for w in words)  # "Session 2", "BBC Radio"
        or words[0].rstrip(".") in ("St", "Saint")  # "St Bede's": a church
        or any(w.endswith(("’s", "'s")) for w in words)
        or any(_EVENT_WORD.fullmatch(w) for w in words)  # "The Harrowdale Lecture"
    ):
        return None
    return name


def _people_after(rest: str) -> list[str]:
    """The people a heading names after its title, in order: "Bea Kilner and Joe Tait, chaired
    by Ruth Hensall", "(chair: Gwen Talbot-Reyes)", "Ann Lee (University of X)"."""
    rest = re.sub(r"\((?:chair|chaired\s+by|host|hosted\s+by)\s*:?\s*", ", ", rest, flags=re.I)
    rest = re.sub(r"\([^()]*\)", " ", rest)
    parts = re.split(
        r",\s*(?:and\s+)?|\s+(?:and|&)\s+|\s*[;)]\s*|\s+(?:chaired|hosted|introduced)\s+by\s+"
        r"|\s+(?:with|in\s+conversation\s+with)\s+",
        rest,
    )
    found: list[str] = []
    for part in parts:
        part = re.sub(
            r"^\W*(?:(?:chair(?:ed\s+by)?|host(?:ed\s+by)?|guests?)\s*:?\s*|by\s+)",
            "",
            part,
            flags=re.I,
        )
        name = _person(part)
        if name is not None and name not in found:
            found.append(name)
    return found


def talk_heading(line: str) -> Talk | None:
    """The talk a heading names a person and a title for, or None.

    "Session 1. Dr Ruth Okafor (University of Kelsham), “Bread at Any Price”" -> Ruth Okafor,
    "Bread at Any Price"; "Panel: “Who Owns a Dialect?” with Bea Kilner and Joe Tait" -> both,
    a panel; "Preached by the Revd Tom Hale at St Mary's, Easter Day 1951" -> Tom Hale, no
    title. A line of prose (one ending in a full stop), quoted words that are no title, or a
    heading that names nobody is no talk."""
    text = _entry_line(line)
    if (
        not text
        or "\n" in text
        or len(text.split()) > _MAX_HEADING_WORDS
        or re.search(r"[.;,:]$", text)
    ):
        return None
    titles = [m for m in _TITLE.finditer(text) if _title_case(_title_of(m).rstrip("?!"))]
    if not titles:
        given = _GIVEN_BY.search(text)
        who = _person(re.split(r"\s+(?:at|in|on)\s+", given["who"])[0]) if given else None
        return Talk((who,), None, False) if who else _labelled(text)
    title = titles[-1]
    before, after = text[: title.start()], text[title.end() :]
    if len(before.split()) > 20 or _SENTENCE_BREAK.search(after) or _CITED.search(after):
        return None
    panel = _PANEL.search(before) is not None
    people: list[str] = []
    lead = re.sub(r"\s+on\s*$", "", re.sub(r"\([^()]*\)", " ", before).rstrip(" ,:–—-"))
    segments = re.split(r"(?<![A-Z])[.:;,]\s+|\s+[–—]\s+|\s*[:–—]\s*$", lead)
    # the person nearest the title ("Keynote: Dr Ann Lee, Director of the Museum, “…”")
    speaker = next((p for p in map(_person, reversed(segments)) if p), None)
    if speaker is not None:
        people.append(speaker)
    joined = _AFTER_TITLE.match(after)
    for name in _people_after(after[joined.end() :]) if joined else []:
        if name not in people:
            people.append(name)
    if not people and not panel:
        return None
    return Talk(tuple(people), _title_of(title).strip(), panel or (len(people) > 1 and not speaker))


def _entry_line(block: str, *, wrapped: bool = True) -> str:
    """A programme's entry set on two or three lines, read as one heading: the talk's title on
    a line of its own (perhaps after its time or label), the speaker on the next or the one
    before ("10.30 “Voices from the Mill Floor”" over "Dr Ann Lee (University of York)"); or,
    when ``wrapped``, a heading a plain text wrapped over two lines."""
    lines = [_heading_words(line) for line in block.strip().split("\n") if line.strip()]
    if len(lines) < 2:
        return lines[0] if lines else ""
    alone = [
        n
        for n, line in enumerate(lines)
        if (found := _TITLE.search(line)) is not None
        and re.fullmatch(
            rf"[\d.:\s–—-]*(?:{_TALK_LABEL.pattern})?[\d.:\s–—-]*",
            line[: found.start()] + line[found.end() :],
        )
    ]
    quoted = len(_TITLE.findall(block))
    if (
        len(lines) <= 3
        and len(alone) == 1
        and quoted == 1
        and all(len(line.split()) <= 15 for line in lines)
    ):
        return " — ".join(lines)
    if wrapped and len(lines) == 2 and quoted == 1:
        return " ".join(lines)
    return block  # no entry: left as the lines it is


def talk_entry(first: str, second: str) -> Talk | None:
    """The talk a programme's entry names over two paragraphs or headings of one line each:
    the title's line, then the speaker's, or the other way round; None when either names a
    talk alone or the two make no entry."""
    if talk_heading(first) is not None or talk_heading(second) is not None:
        return None
    joined = _entry_line(f"{first}\n{second}", wrapped=False)
    return None if "\n" in joined else talk_heading(joined)


def _labelled(text: str) -> Talk | None:
    """A heading a talk's label opens, its speaker and title set apart by stops, not quote
    marks: "Session 2: Ann Lee — The Lost Looms of Ravensgate", "Lecture 4, 13 January. Ewan
    McCrae: What the Survey Heard", "Episode 3: Tom Addy" (a guest, no title); a date in
    brackets after the label's number ("Session 1 (Saturday 7 March): Dr Ann Lee") is no part
    of it."""
    text = re.sub(r"^(\W*[A-Z][a-z]+\s+(?:\d{1,3}|[IVX]{1,5}))\s*\([^()]*\)", r"\1", text)
    label = _TALK_LABEL.match(text)
    if label is None or _PANEL.search(text):
        return None
    rest = re.sub(r"\([^()]*\)", " ", text[label.end() :])
    segments = [s.strip() for s in re.split(r"[.:;,]\s+|\s+[–—-]\s+|[:–—]", rest) if s.strip()]
    people = [n for n, segment in enumerate(segments) if _person(segment)]
    if len(people) > 1 and any(s[:1].islower() for s in segments[people[0] + 1 : people[1]]):
        # "Ann Lee, structural engineer, Fellside Consulting": after her trade, where she
        # works, however it reads
        people = people[:1]
    if len(people) != 1:
        return None
    at = people[0]
    speaker = _person(segments[at])
    title = next(
        (
            segments[n]
            for n in (at + 1, at - 1)
            if 0 <= n < len(segments)
            and _title_case(segments[n].rstrip("?!"))
            and not re.search(r"\d", segments[n])
            and not _BODY_NAME.search(segments[n])  # "Tam Rivers Trust": where they stand
            and len(segments[n].split()) >= 2
            and not _BODY_NAME.search(segments[n])  # "Dr Ann Lee, Tam Rivers Trust": her body
        ),
        None,
    )
    return Talk((speaker,), title, False) if speaker else None


# the part someone takes in proceedings whose written words a document gathers, as a heading's
# label names it ("Reviewer 2", "Witness 4", "Objector 12", "Ward member: …"), and the words
# they send in ("Representation 3", "Response from …", "Comments received from …")
_PARTY_NOUNS = (
    r"reviewers?|referees?|examiners?|assessors?|witness(?:es)?|objectors?|respondents?|"
    r"consultees?|supporters?|petitioners?|appellants?|applicants?|claimants?|complainants?|"
    r"deponents?|correspondents?|contributors?|commenters?|questioners?|callers?|"
    r"participants?|interviewees?|informants?|members?|delegates?|residents?|tenants?|parents?|"
    r"pupils?|students?|readers?|panellists?|representations?|submissions?|responses?|"
    r"replies|reply|comments?|objections?|letters?|e-?mails?|statements?|testimon(?:y|ies)|"
    r"evidence|observations?|views?|questions?|answers?|Q\s?&\s?A"
)
# "Reviewer 2 (Professor Ann Lee, …)", "Witness 4: Mrs Ann Yeo", "Objector 12 — Ann Lee,
# Mill Lane", "Respondent 7", "Representation 3 (name withheld)"
_NUMBERED_PARTY = re.compile(
    rf"(?P<label>(?:[A-Z][a-z]+[ -])?(?i:{_PARTY_NOUNS}))\s+(?:[Nn]o\.?\s*)?"
    r"(?P<number>\d{1,3}[a-z]?|[A-Z]|[IVX]{1,5})"
    r"(?:\s*(?:[:.]|\s[–—-])\s*(?P<who>[^()]+?)|\s*\((?P<bracketed>[^()]+)\))?\s*"
)
# "Ward member: Councillor Ann Lee", "Consultee: Natural England", "Response from the Ramblers'
# Association", "Comments received from Ann Lee", "Evidence of Mrs Ann Yeo"
_ROLE_PARTY = re.compile(
    rf"(?:(?P<label>(?:[A-Z][a-z]+[ -])?(?i:{_PARTY_NOUNS}))\s*(?::|\s[–—-])\s*"
    rf"|(?:[A-Z][a-z]+\s+){{0,2}}?(?i:{_PARTY_NOUNS})\s+(?:(?:received|sent|submitted)\s+)?"
    r"(?:from|by|of)\s+)(?P<who>[^()]+?)\s*(?:\([^()]*\)\s*)?"
)
# a heading that names the words sent in and, in brackets after, who sent them: "The
# applicant's reply to the objections (Hallam Stone Ltd)"
_BRACKETED_PARTY = re.compile(rf"[^()]*\b(?i:{_PARTY_NOUNS})\b[^()]*\((?P<who>[^()]+)\)\s*")
_MAX_PARTY_WORDS = 20
# a party the heading says is not named: "(anonymous)", "(name withheld)", "(unnamed)"
_NOT_NAMED = re.compile(
    r"^(?:anonymous|anon\.?|unnamed|not\s+named|withheld|(?:name|identity|names)"
    r"(?:\s+and\s+address(?:es)?)?\s+(?:withheld|supplied|on\s+file|not\s+(?:given|disclosed|"
    r"published|printed|for\s+publication)))\b",
    re.I,
)
# a body as a heading names it: "Natural England", "Hallam Stone Ltd", "the Ramblers'
# Association" (capitalised words, perhaps a possessive among them)
_BODY_PARTY = re.compile(r"(?:[A-Z][\w’'&.-]*\s+){0,5}[A-Z][\w’'&.-]*[a-z.]")


def party_heading(line: str) -> Talk | None:
    """The party a heading names as giving the words the section quotes, no talk: "Reviewer 2
    (Professor Ann Lee, who signs her report)" -> Ann Lee; "Objector 4: Ann Lee, Mill Lane" ->
    Ann Lee; "Response from the Ramblers' Association" -> Ramblers' Association; "Respondent
    7", "Reviewer 1 (anonymous)" -> an unnamed party described by the heading's label. A
    heading whose label names no one who sends words in ("Chapter 3: Ann Lee", "Case officer:
    Ann Lee") is no party's."""
    text = _heading_words(line).strip(" *_")
    if not text or "\n" in text or len(text.split()) > _MAX_PARTY_WORDS or text.endswith("."):
        return None
    if re.search(r"[“”\"«»]|[.!?]\s", text):
        return None  # a sentence, or one quoting words: no heading
    numbered = _NUMBERED_PARTY.fullmatch(text)
    if numbered is not None:
        who = numbered["who"] or numbered["bracketed"]
        label = f"{numbered['label']} {numbered['number']}"
        article = r"(?:a|an|one|the)\s+[a-z]" if numbered["bracketed"] else r"(?:a|an|one)\s+[a-z]"
        described = who is not None and len(who.split()) <= 8 and re.match(article, who.strip())
        if who is None or _NOT_NAMED.match(who.strip()) or described:
            # "Reviewer 1 (anonymous)", "Objector 12 (a resident of Mill Lane)": unnamed,
            # described by the heading's label
            return Talk((label,), None, False, party=True, unnamed=True)
        named = _party_name(who)
        return Talk((named,), None, False, party=True) if named else None
    role = _ROLE_PARTY.fullmatch(text) or _BRACKETED_PARTY.fullmatch(text)
    if role is None:
        return None
    named = _party_name(role["who"])
    return Talk((named,), None, False, party=True) if named else None


def _party_name(phrase: str) -> str | None:
    """The person or body a party heading names first, without what it says of them ("Dr Ann
    Lee, for the Moss Naturalists" -> Ann Lee; "the Ramblers' Association" -> Ramblers'
    Association), or None when it names nobody by name."""
    parts = re.split(r",\s*|\s+[–—-]\s+", phrase.strip())
    if len(parts) > 1 and re.match(r"[Tt]he\s+[A-Z]", parts[0]) and _person(parts[1]):
        parts = parts[1:]  # "the Highways Manager, Ann Lee": an office, then the name
    first = re.split(r"\s+(?:on\s+behalf\s+of|for|of|representing)\s+", parts[0])[0]
    first = re.sub(r"^(?:[Tt]he)\s+", "", first.strip(" *_"))
    person = _person(first)
    if person is not None:
        courtesy = re.match(r"(?:Mrs|Mr|Ms|Miss)\.?\s+", first)
        return f"{courtesy.group(0).strip()} {person}" if courtesy else person
    if _BODY_PARTY.fullmatch(first) and len(first.split()) >= 2:
        return _without_honorific(first)
    return None


def _title_of(found: re.Match[str]) -> str:
    return next(g for g in found.groups() if g is not None)


def series_label(line: str) -> str | None:
    """The label and number a heading of a series opens with ("Lecture 3, 9 December: …" ->
    "Lecture"): a line opening so, among talk headings opening so, is a heading too."""
    found = _SERIES_LABEL.match(_heading_words(line))
    return found["label"] if found else None
