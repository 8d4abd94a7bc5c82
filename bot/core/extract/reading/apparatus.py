"""A document's own apparatus: the lists that say who its people are and which of its numbers
are whose, read once from the whole text (a careful reader turns to the list at the end as
readily as to a sentence before).

- A list of people with their roles ("Dr Harriet Lowe, Senior Lecturer in Transport
  Geography, University of Wexford; Colin Ashdown, Managing Director, Fellway Buses Ltd —
  Q1–38", "Priya Nair, Chief Executive, Village Transport Alliance"): a later "the Minister",
  "the chief executive" is the one the list names so, wherever the list stands.
- A question number ("(Q 17)") points into such a list's ranges ("— Q1–38"): the witnesses
  whose range holds it are the only ones who can have said the words.
- A code ("(RBS0031)") points into a list of what was received ("RBS0031 Mrs Joan Pritchard"):
  its entry names who wrote the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.reading.phrases import _is_person_noun, _without_honorific
from bot.core.extract.reading.vocabulary import _BODY_NAME, _DOER, _NAME, _ROLE_BY_DEED

# letters after a name: "Simon Tell MP", "Ann Rigg OBE"
_POSTNOMINALS = r"(?:\s+(?:MP|MSP|MS|AM|MEP|OBE|MBE|CBE|QC|KC|FRS))*"
# a role set in capitals after a name: "Senior Lecturer in Transport Geography", "Minister for
# Local Transport", "Managing Director"
_ROLE_WORDS = r"[A-Z][a-z-]+(?:\s+(?:(?:in|of|for|and|the|to)\s+)*[A-Z][a-z-]+){0,6}"
# one person in a list: "Name[ MP][, Role[, Body]]" up to the next ";" or the range
_LISTED_PERSON = re.compile(
    rf"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Sir|Dame|Lord|Lady|Rt Hon|Rev)\.?\s+)?{_NAME})"
    rf"{_POSTNOMINALS}"
    rf",\s+(?P<role>{_ROLE_WORDS})(?:,\s+(?P<body>[^;,\n—–]{{2,80}}?))?\s*(?=;|[—–]|$)"
)
# a line that names a person by their role, as a heading's parties ("Claimant: Ms D Okoro",
# "Respondent: Harbour Lane Bakeries Limited") and a directory's officers do ("Treasurer:
# Kenneth Moss", "Mothers' Union enrolling member: Joyce Allinson", "Vicar: The Revd Canon
# Simon Akers, The Vicarage, Church Lane", "Magazine editor: Sally Brent (copy by the 15th)"):
# the role, a colon, the name, and after it only an address or an aside
_PARTY_LINE = re.compile(
    # (a programme sets its credits with dot leaders: "Musical director ........ Ruth Amory")
    r"^[ \t]*(?P<role>[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,3})[ \t]*(?::|[ \t]*(?:\.{3,}|…+))[ \t]*"
    r"(?:The[ \t]+)?"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Revd|Rev|Reverend|Canon|Father|Professor)\.?[ \t]+)*"
    rf"{_NAME})[ \t]*(?:,[^\n]*|\([^\n]*\))?[ \t]*$",
    re.MULTILINE,
)
# a credit on a line of its own, which holds from the start as a list does: "Conducted by Ruth
# Amory", "Translated by Gwen Pryce" (a later "the conductor", "the translator")
_CREDIT_LINE = re.compile(
    rf"^[ \t#*_]*{_ROLE_BY_DEED.pattern}[ \t*_]*\.?[ \t]*$",
    re.MULTILINE,
)
# a law report's line of who appeared for whom: "Gemma Ashdown KC and Piers Latimer (instructed
# by Crewe Holroyd LLP) for the defendant." (the first named leads: "counsel for the defendant")
_APPEARANCE_LINE = re.compile(
    rf"^[ \t]*(?P<counsel>(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?[ \t]+)?{_NAME}){_POSTNOMINALS}"
    r"[^\n()]{0,120}?[ \t]*\([ \t]*instructed[ \t]+by[^()\n]{2,120}\)[ \t]+for[ \t]+the[ \t]+"
    r"(?P<party>[a-z]+(?:[ \t]+[a-z]+)?)[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
# a law report's own case, its title on a line of its own: "Haworth v Fellside Quarries Ltd"
# (its first party the claimant, its second the defendant, as the case was first brought)
_CASE_TITLE_LINE = re.compile(
    r"^[ \t#*_]*(?P<first>[A-Z][\w’'&.-]*(?:[ \t]+(?:[A-Z][\w’'&.-]*|and|of|the|&)){0,6})"
    r"[ \t]+v\.?[ \t]+(?P<second>[A-Z][\w’'&.-]*(?:[ \t]+(?:[A-Z][\w’'&.-]*|and|of|the|&)){0,6})"
    r"[ \t*_]*$",
    re.MULTILINE,
)
# a range of questions after a list's entry: "— Q1–38", "- Qq 39-71"
_QUESTION_RANGE = re.compile(r"[—–-]\s*Qq?\s*(?P<low>\d+)\s*[–-]\s*(?P<high>\d+)\s*$")
# a list line of what was received: "- RBS0031 Mrs Joan Pritchard", "RBS0014 Upper Teme …"
_CODE_LINE = re.compile(
    r"^(?:[-*•]\s+)?(?P<code>[A-Z]{2,5}\d{3,5})\s+(?P<who>[A-Z][^\n;]{2,80}?)\s*$", re.MULTILINE
)
# a question number as a citation: "(Q 17)", "(Q17)", "(Qq 12–14)"
QUESTION_CITE = re.compile(r"\(\s*Qq?\s*(?P<number>\d+)(?:\s*[–-]\s*\d+)?\s*\)")
# an evidence code as a citation: "(RBS0031)"
CODE_CITE = re.compile(r"\(\s*(?P<code>[A-Z]{2,5}\d{3,5})\s*\)")


# one line of a list of who held an office when: "1922-1947  Miss Ada Rigg", "1994-  Mr Vikram
# Desai", "Arthur Kemp, 1901–22"
_TERM_LINE = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:(?P<from>1[6-9]\d\d|20\d\d)\s*[-–—]\s*(?P<to>1[6-9]\d\d|20\d\d|\d\d)?\s+"
    rf"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Rev|Revd|Canon|Captain)\.?\s+)?{_NAME})"
    rf"|(?P<name2>(?:(?:Mr|Mrs|Ms|Miss|Dr|Rev|Revd|Canon|Captain)\.?\s+)?{_NAME}),?\s+"
    r"(?P<from2>1[6-9]\d\d|20\d\d)\s*[-–—]\s*(?P<to2>1[6-9]\d\d|20\d\d|\d\d)?)\s*$"
)


@dataclass(frozen=True)
class Term:
    """One holder of the office a list of holders names, from one year to another (None: to
    this day)."""

    name: str
    start: int
    end: int | None


@dataclass(frozen=True)
class Listed:
    """One person a list names: as named, the role it gives, the body it gives."""

    name: str
    role: str
    body: str | None


@dataclass(frozen=True)
class Apparatus:
    """What the text's own lists say: the people with their roles, the question ranges, the
    codes of what was received."""

    people: tuple[Listed, ...]
    ranges: tuple[tuple[int, int, tuple[str, ...]], ...]
    codes: dict[str, str]

    parties: dict[str, str]
    # who held the office a list of holders names, and the words for the office ("head
    # teacher", "teacher", "head" of a list headed "HEAD TEACHERS")
    terms: tuple[Term, ...] = ()
    office: frozenset[str] = frozenset()

    def holder(self, year: int, *, beginning: bool = False) -> str | None:
        """Who held the listed office in ``year`` (``beginning``: whose term began then)."""
        held = {
            t.name
            for t in self.terms
            if (t.start == year if beginning else t.start <= year <= (t.end or 9999))
        }
        if not beginning and len(held) > 1:  # the year one term ends and the next begins
            held = {t.name for t in self.terms if t.start == year} or held
        return held.pop() if len(held) == 1 else None

    def roles(self) -> dict[str, str]:
        """Each role a list gives exactly one person, in small letters, by its whole wording
        and by its head ("minister for local transport" and "minister", "chief executive"),
        and each party a heading's line names ("claimant")."""
        found: dict[str, set[str]] = {role: {name} for role, name in self.parties.items()}
        for person in self.people:
            role = " ".join(person.role.lower().split())
            head = re.split(r"\s+(?:in|of|for|to)\s+", role)[0]
            for key in {role, head}:
                found.setdefault(key, set()).add(person.name)
        return {key: names.pop() for key, names in found.items() if len(names) == 1}

    def answered(self, question: int) -> tuple[str, ...]:
        """The people whose range of questions holds ``question``."""
        return next((names for low, high, names in self.ranges if low <= question <= high), ())

    def of_body(self, role: str, body_head: str) -> str | None:
        """The one person a list gives ``role`` at a body whose name ends with ``body_head``
        ("chief executive" of the "Alliance")."""
        wanted = " ".join(role.lower().split())
        found = {
            p.name
            for p in self.people
            if p.body
            and p.body.split()[-1].lower() == body_head.lower()
            and " ".join(p.role.lower().split()).startswith(wanted)
        }
        return found.pop() if len(found) == 1 else None


def read_apparatus(text: str) -> Apparatus:
    """The text's lists of people, question ranges and codes, read once."""
    people: list[Listed] = []
    ranges: list[tuple[int, int, tuple[str, ...]]] = []
    for line in text.splitlines():
        line = re.sub(r"^\s*(?:[-*•]|\d+\.)\s+", "", line.strip())
        if not line or len(line) > 600 or re.search(r"[“”\"‘]", line):
            continue
        ranged = _QUESTION_RANGE.search(line)
        body = line[: ranged.start()].rstrip() if ranged else line
        entries = [e.strip() for e in body.split(";")]
        listed = [m for e in entries if (m := _LISTED_PERSON.fullmatch(e)) is not None]
        if not listed or len(listed) != len(entries):
            continue  # a sentence, not a list's entry
        named = [
            Listed(
                _without_honorific(re.sub(_POSTNOMINALS + "$", "", m["name"])),
                m["role"],
                m["body"] and m["body"].strip(),
            )
            for m in listed
        ]
        if not all(_a_person_in_office(p) for p in named):
            continue  # "Pym, Voices of the Union": a short reference, no one's role
        people.extend(named)
        if ranged:
            ranges.append((int(ranged["low"]), int(ranged["high"]), tuple(p.name for p in named)))
    codes = {m["code"]: m["who"].strip() for m in _CODE_LINE.finditer(text)}
    parties: dict[str, str] = {}
    for m in _PARTY_LINE.finditer(text):
        role = m["role"].lower().split()
        # "Director of music": the office is the words before what it is of
        head = re.split(r"\s+(?:in|of|for|to|at)\s+", " ".join(role))[0].split()
        if not (_is_person_noun(head[-1]) or head[-1] in _OFFICE_HEADS):
            continue  # "Note: Ann Lee", "Venue: Church Hall": no one's role
        holder = _without_honorific(" ".join(m["name"].split()))
        if len(re.sub(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+", "", holder).split()) < 2:
            continue  # "Chair: Thanks, everyone.": a turn of minutes or talk, no one named
        # "Mothers' Union enrolling member": also "enrolling member" and "member"
        for words in {tuple(role), tuple(head)}:
            for start in range(len(words)):
                parties.setdefault(" ".join(words[start:]), holder)
    for credit in _CREDIT_LINE.finditer(text):  # "Conducted by Ruth Amory" on a line of its own
        name = _without_honorific(" ".join(credit["name"].split()))
        if len(name.split()) >= 2:
            parties.setdefault(_DOER[credit["deed"].lower()], name)
    case = _CASE_TITLE_LINE.search(text)
    if case is not None and case["first"] != "R":  # "R v Hale": the Crown brings it
        parties.setdefault("claimant", case["first"])
        parties.setdefault("defendant", case["second"])
    for appeared in _APPEARANCE_LINE.finditer(text):
        counsel_named = re.sub(_POSTNOMINALS + "$", "", " ".join(appeared["counsel"].split()))
        counsel = _without_honorific(counsel_named)
        parties.setdefault(f"counsel for the {appeared['party']}", counsel)
    terms, office = _read_terms(text)
    return Apparatus(tuple(people), tuple(ranges), codes, parties, terms, office)


def _read_terms(text: str) -> tuple[tuple[Term, ...], frozenset[str]]:
    """The one list of who held an office when (two lines or more, under a heading that names
    the office), or nothing."""
    lines = [line for line in text.splitlines() if line.strip()]  # a list spaced out or not
    found: list[tuple[tuple[Term, ...], frozenset[str]]] = []
    index = 0
    while index < len(lines):
        run: list[Term] = []
        while index < len(lines) and (term := _term(lines[index])) is not None:
            run.append(term)
            index += 1
        if len(run) >= 2:
            heading = next(
                (h.strip() for h in reversed(lines[: index - len(run)]) if h.strip()), ""
            )
            office = _office_words(heading)
            if office:
                found.append((tuple(run), office))
        index += 1 if not run else 0
    return found[0] if len(found) == 1 else ((), frozenset())


def _term(line: str) -> Term | None:
    matched = _TERM_LINE.match(line)
    if matched is None:
        return None
    name = matched["name"] or matched["name2"]
    start = int(matched["from"] or matched["from2"])
    ended = matched["to"] or matched["to2"]
    end = None if ended is None else int(ended if len(ended) == 4 else str(start)[:2] + ended)
    return Term(_without_honorific(" ".join(name.split())), start, end)


def _office_words(heading: str) -> frozenset[str]:
    """The words for the office a list's heading names ("HEAD TEACHERS" gives "head teacher",
    "teacher" and "head"; "Vicars of Thornby" gives "vicar"); none for a heading of more than
    four words or none."""
    words = re.sub(r"\s+(?:of|at|to)\s+.*$", "", heading.strip(" :#*").lower()).split()
    if not 1 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return frozenset()
    last = re.sub(r"ies$", "y", words[-1])
    last = re.sub(r"(?<=[^s])s$", "", last)
    if last == words[-1] or (not _is_person_noun(last) and last not in _OFFICE_HEADS):
        return frozenset()  # a heading in the singular names no list of holders
    return frozenset({" ".join([*words[:-1], last]), last, words[0]})


def _a_person_in_office(listed: Listed) -> bool:
    """Whether a list's entry is a person named in full with an office: "Priya Nair, Chief
    Executive", not a short reference ("Pym, Voices of the Union") or an address."""
    head = re.split(r"\s+(?:in|of|for|to)\s+", listed.role)[0].split()
    return (
        len(re.sub(r"^(?:Mr|Mrs|Ms|Miss|Dr|Professor)\.?\s+", "", listed.name).split()) >= 2
        and not _BODY_NAME.search(listed.name)
        and (_is_person_noun(head[-1]) or head[-1].lower() in _OFFICE_HEADS)
    )


# the last word of an office that is no person noun alone: "Chief Executive", "Vice-Chair"
_OFFICE_HEADS = {"executive", "chair", "vice-chair", "convenor", "head", "lead"}


# a line of a cast list: the character's name in capitals, a comma, what they are in small
# letters ("TAM RUDDOCK, lamplighter of Polwenna", "BEL RUDDOCK, his daughter")
_CAST_LINE = re.compile(
    r"^[ \t]*(?P<name>[A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){1,3})[ \t]*,[ \t]+[a-z]",
    re.MULTILINE,
)


def cast_list(text: str) -> list[str]:
    """The people a cast list names, as a sentence writes them ("TAM RUDDOCK, lamplighter" is
    Tam Ruddock): a later "Bel" is the one the list names so in full, wherever the list stands.
    Two lines at least, or it is no list."""
    names = [
        " ".join(word.capitalize() for word in found["name"].split())
        for found in _CAST_LINE.finditer(text)
    ]
    return names if len(names) >= 2 else []
