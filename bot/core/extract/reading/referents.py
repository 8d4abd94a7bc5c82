"""Who a role phrase refers to: the person the document names in that role, before or after.

A careful reader keeps a list of the people a document names with the roles it gives them
("The returning officer, Gillian Frome,", "a quarryman named Billy Sowerby", "Jo Whitcombe,
the presenter", "That critic was Owain Prydderch", "Professor Agnes Rathmell") and resolves a
later "the returning officer", "The quarryman", "the presenter", "Her fiercest critic", "The
professor" against it. What qualifies the role must agree ("The Reform candidate" is the one
named "the Reform UK candidate"; "The new MP" is not the one named "The sitting MP"), and a
role two people could hold is nobody's: the reader does not guess. A role named before the
words is read first (its latest holder); one named only after them holds when the whole text
names one person in it. Read once per text; each lookup is a scan of that short list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.reading.phrases import _clean_name, _is_person_noun, _without_honorific
from bot.core.extract.reading.vocabulary import (
    _NAME,
    _NOT_NAMES,
    _NOT_PEOPLE,
    _NOT_PERSON_ENDINGS,
    _THING_HEADS,
    _TIME_WORDS,
)

# a title before a name that is also a role a later "the …" names: "Professor Agnes Rathmell"
# is "the professor"
_TITLE_ROLES = ("Professor",)
# an office written in capitals ("The sitting MP"): a role like one in small letters
_CAPITAL_ROLES = ("MP", "MEP", "MSP")
# what may stand before a full name inside a role's apposition: a courtesy title or a rank
_BEFORE_NAME = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Professor|Prof|Councillor|Cllr|Reverend|Rev|"
    r"Revd|Canon|Captain|Alderman)\.?\s+)*"
)
_HEAD = r"(?P<head>[a-z][a-z-]+|" + "|".join(_CAPITAL_ROLES) + r")"
# up to three words qualifying the role: "returning", "sitting", "Reform UK", "district
# council's chief" (a body's possessive is a qualifier too)
_QUALIFIERS = r"(?P<qualifiers>(?:(?:[a-z][\w-]*|[A-Z][\w-]*(?:’s|'s)?)\s+){0,3}?)"
_DETERMINER = r"(?:the|The|its|Its|their|Their|his|His|her|Her|our|Our|that|That|this|This)"

# "The returning officer, Gillian Frome,", "the keeper of geology, Dr Hester Lund,", "Her
# successor as keeper, Marion Tebbutt,"
_ROLE_THEN_NAME = re.compile(
    rf"\b{_DETERMINER}\s+{_QUALIFIERS}{_HEAD}"
    r"(?:\s+(?P<of>(?:of|for|to|at|as|in)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?))?"
    rf",\s+(?P<name>{_BEFORE_NAME}{_NAME})(?=\s*[,;:.)]|\s+(?:who|whose|had|has|was|is)\b)"
)
# "a quarryman named Billy Sowerby", "a microscopist called Ingrid Halvorsen"
_ROLE_NAMED_SO = re.compile(
    rf"\b(?:a|an|the|The|A|An)\s+{_QUALIFIERS}{_HEAD}\s+(?:named|called)\s+"
    rf"(?P<name>{_BEFORE_NAME}{_NAME})"
)
# "That critic was Owain Prydderch", "the Reform UK candidate was Colin Ashe"
_ROLE_WAS_NAME = re.compile(
    rf"\b(?:the|The|that|That|this|This)\s+{_QUALIFIERS}{_HEAD}\s+(?:was|is|had\s+been)\s+"
    rf"(?P<name>{_BEFORE_NAME}{_NAME})\b(?!\s+(?:of|and)\b)"
)
# "Jo Whitcombe, the presenter,", "Ken Oduya, Labour's candidate here in 2019,"
_NAME_THEN_ROLE = re.compile(
    rf"(?P<name>{_BEFORE_NAME}{_NAME}),\s+(?:the|its|his|her|their|(?P<owner>[A-Z][\w-]*)(?:’s|'s))\s+"
    r"(?P<qualifiers>(?:[a-z][\w-]*\s+){0,2}?)" + _HEAD + r"(?=\s*[,;:.)]|\s+(?:of|at|for|to|in|"
    r"since|from|here|there|who|and|until)\b)"
)
# "Ruth Askew, who was then the club's secretary,", "Ruth Askew, then the club's secretary,"
_NAME_WHO_WAS_ROLE = re.compile(
    rf"(?P<name>{_BEFORE_NAME}{_NAME}),\s+(?:who\s+(?:was|is|had\s+been|became|becomes)\s+)?"
    r"(?:then|now|later|by\s+then)?\s*(?:the|its|his|her|their|(?P<owner>[A-Z][\w-]*)(?:’s|'s))\s+"
    r"(?P<qualifiers>(?:[a-z][\w’'-]*\s+){0,2}?)" + _HEAD + r"(?=\s*[,;:.)]|\s+(?:of|at|for|to|"
    r"in|since|from|until|and)\b)"
)
# "Ruth Askew became secretary in 1961", "X was elected the club's captain"; "The club
# appointed Ruth Askew as its secretary"
_BECAME_ROLE = re.compile(
    rf"(?P<name>{_BEFORE_NAME}{_NAME})\s+(?:became|becomes|had\s+become|was\s+(?:appointed|"
    r"elected|made|named))\s+(?:as\s+)?(?:(?:the|its|their|our|a|an)\s+)?"
    r"(?P<qualifiers>(?:[a-z][\w’'-]*\s+){0,2}?)" + _HEAD + r"\b"
)
_APPOINTED_ROLE = re.compile(
    r"\b(?:appointed|appoints|elected|elects|made|named|chose|chosen)\s+"
    rf"(?P<name>{_BEFORE_NAME}{_NAME})\s+(?:as\s+)?(?:(?:the|its|their|our|a|an)\s+)?"
    r"(?P<qualifiers>(?:[a-z][\w’'-]*\s+){0,2}?)" + _HEAD + r"\b"
)
# an office in capitals after a name, as a masthead, a byline or a signature sets it:
# "Conducted by Margaret Ellwood, Hon. Editor.", "Helen Marsh, Ombudsman", "Ann Pike, Clerk to
# the Council"
_NAME_THEN_OFFICE = re.compile(
    rf"(?P<name>{_BEFORE_NAME}{_NAME}),[ \t]+(?:(?:Hon\.|Honorary|Acting|Joint)[ \t]+)?"
    r"(?P<head>[A-Z][a-z]+)(?=[ \t]*[,;:.)\n]|[ \t]*$|[ \t]+(?:of|to|for)\b)"
)
# a dictionary's or an anthology's heading: "Harold Booth (1910–1985), first president", "Ann
# Lee (b. 1952), path warden"
_NAME_DATED_ROLE = re.compile(
    rf"(?P<name>{_NAME})\s+\((?:b\.\s*|d\.\s*|fl\.\s*|c\.\s*)?\d{{4}}[^()\n]{{0,16}}\),\s+"
    r"(?P<qualifiers>(?:[a-z][\w’'-]*\s+){0,2}?)" + _HEAD + r"(?=\s*(?:[,;:.)\n]|$)|\s+(?:of|at|"
    r"for|to|in|and)\b)",
    re.MULTILINE,
)
_TITLED = re.compile(rf"\b(?P<head>{'|'.join(_TITLE_ROLES)})\s+(?P<name>{_NAME})")

# a mention of someone by role: "the returning officer", "The Reform candidate", "Her fiercest
# critic", "That critic", "the keeper of geology"
_MENTION = re.compile(
    rf"\W*{_DETERMINER}\s+(?P<qualifiers>(?:[\w’'-]+\s+){{0,3}}?){_HEAD}"
    # "of the library", "of the Friends" (the body an address named with the office)
    r"(?:\s+(?:of|for|to|at|as|in)\s+(?:the\s+)?(?:[a-z][\w-]*(?:\s+[a-z][\w-]*)?|"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}))?\W*"
)


@dataclass(frozen=True)
class RoleHolder:
    """One person the text names in a role, where it names them so."""

    at: int
    head: str
    qualifiers: frozenset[str]
    name: str


def read_role_holders(text: str) -> list[RoleHolder]:
    """Every person the text names in full with a role, in the order the text names them."""
    holders: list[RoleHolder] = []
    patterns = (
        _ROLE_THEN_NAME,
        _ROLE_NAMED_SO,
        _ROLE_WAS_NAME,
        _NAME_THEN_ROLE,
        _NAME_WHO_WAS_ROLE,
        _BECAME_ROLE,
        _APPOINTED_ROLE,
        _TITLED,
        _NAME_THEN_OFFICE,
        _NAME_DATED_ROLE,
    )
    for pattern in patterns:
        for found in pattern.finditer(text):
            head = found["head"] if pattern is not _NAME_THEN_OFFICE else found["head"].lower()
            name = _person(found["name"])
            # a person named beside a word makes it a role ("The visiting umpire, X,"), but
            # "The result was X" does not
            apposed = pattern in (
                _ROLE_THEN_NAME,
                _ROLE_NAMED_SO,
                _NAME_THEN_ROLE,
                _NAME_DATED_ROLE,
            )
            if name is None or not (_a_role(head) or (apposed and _may_be_a_role(head))):
                continue
            parts = found.groupdict()
            written = f"{parts.get('owner') or ''} {parts.get('qualifiers') or ''}"
            qualifiers = _words(written)
            holders.append(RoleHolder(found.start(), head.lower(), qualifiers, name))
            of = parts.get("of")
            if of and of.startswith("as "):  # "Her successor as keeper, X,": X is the keeper
                role = of.split()[-1]
                if _a_role(role):
                    holders.append(RoleHolder(found.start(), role.lower(), frozenset(), name))
    return sorted(holders, key=lambda h: h.at)


def role_holder(mention: str, holders: list[RoleHolder], position: int) -> str | None:
    """The one person ``mention`` ("the returning officer", "Her fiercest critic") refers to:
    the holders named in that role before ``position`` if they are one person, else the one
    person the whole text names in it; None when nobody or two people could hold it."""
    found = _MENTION.fullmatch(mention)
    if found is None:
        return None
    head, qualifiers = found["head"].lower(), _words(found["qualifiers"])
    fitting = [h for h in holders if h.head == head and _agree(qualifiers, h.qualifiers)]
    before = {h.name for h in fitting if h.at < position}
    if before:
        return before.pop() if len(before) == 1 else None
    anywhere = {h.name for h in fitting}
    return anywhere.pop() if len(anywhere) == 1 else None


def _agree(mention: frozenset[str], named: frozenset[str]) -> bool:
    """Whether what qualifies a mention of a role fits the role as the text gave it: either
    says nothing more, or the mention's words are among the text's ("Reform" of "Reform UK")."""
    return not mention or not named or mention <= named


def _words(qualifiers: str) -> frozenset[str]:
    return frozenset(
        re.sub(r"(?:’s|'s)$", "", word).lower()
        for word in qualifiers.split()
        if word.lower() not in ("the", "a", "an")
    )


def _a_role(head: str) -> bool:
    return head in _CAPITAL_ROLES or head in _TITLE_ROLES or _is_person_noun(head)


def _may_be_a_role(head: str) -> bool:
    """A word a name set beside it may make a role ("umpire", "host"), never a word for a
    time, a thing or what is no person."""
    word = head.lower()
    return word not in _NOT_PEOPLE and word not in _TIME_WORDS and word not in _THING_HEADS


def _person(written: str) -> str | None:
    name = _clean_name(written)
    if name is None:
        return None
    name = _without_honorific(name)
    if (
        len(name.split()) < 2
        or name.split()[0] in _NOT_NAMES
        or _NOT_PERSON_ENDINGS.search(name)
        or any(word[:1].islower() for word in name.split()[-1:])
    ):
        return None
    return name
