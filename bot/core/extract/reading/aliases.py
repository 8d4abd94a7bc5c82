"""The other names a text gives one person or body, read once from the whole text.

A careful reader who meets "Cap'n Will", "W.G.", "Flash", "Mrs Kettle" or "the NCCCA" takes
it for the one person or body the text names in full beside it: a name in quote marks inside
a full name ('Arthur “Flash” Binns'), after it in its own list entry or sentence ("Walter
Gedge … he was simply “W.G.”", "Thomas Hendra, her son, always “Tom”"), a married name
("Doris Lumb, later Mrs Kettle"), initials in brackets ("the Northern Counties
Cross-Country Association (NCCCA)"). A short form two people share names nobody.
"""

from __future__ import annotations

import re

from bot.core.extract.reading.phrases import _clean_name, _title_spans
from bot.core.extract.reading.vocabulary import _NAME, _NOT_NAMES, _NOT_PERSON_ENDINGS

# another name in quote marks: one to three capitalised words or initials ("W.G.", "Cap'n
# Will", "Tom"), never a sentence
_ALIAS = r"(?:[A-Z]\.){2,4}|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
# 'Arthur “Flash” Binns', 'Edward "Turkey" Smart': the name without what he was called
_INSIDE = re.compile(
    rf"\b(?P<first>[A-Z][a-z]+)\s+[“\"‘](?P<alias>{_ALIAS})[”\"’]\s+(?P<last>[A-Z][a-z][\w’'-]+)\b"
)
# a name in quote marks after words that say it is what someone was called
_CALLED = re.compile(
    r"\b(?:known\s+as|called|nicknamed|dubbed|always|simply|just|to\s+(?:the|his|her|their)\s+"
    r"[a-z]+(?:\s+[a-z]+)?|knew\s+(?:her|him)\s+as)\s+[“\"‘](?P<alias>" + _ALIAS + r")[”\"’]"
    r"|[“\"‘](?P<before>" + _ALIAS + r")[”\"’]\s+to\s+(?:the|his|her|their|all)\b"
    # one given name without quote marks: "Most of us knew her as Peggy"
    r"|\b(?:known|knew\s+(?:her|him))\s+as\s+(?P<plain>[A-Z][a-z]+)\b(?!\s+[A-Z])"
)
# a married name after the one the text first gives: "Doris Lumb, later Mrs Kettle,"
_MARRIED = re.compile(
    rf"(?P<full>{_NAME})[*_]{{0,2}}\s*(?:\((?:later|afterwards|n[ée]e)\s+[^()]*\)|,\s+"
    r"(?:later|afterwards|then)\s+(?P<married>(?:Mrs|Lady|Dame)\.?\s+[A-Z][\w’'-]+))"
)
# initials in brackets after a body's or a person's full name: "the Brackenshire Records
# Committee (BRC)", "the Carnmoor Slate Company (CSC)"
_BRACKETED_INITIALS = re.compile(
    r"(?P<full>(?:[A-Z][\w’'-]+[ \t]+(?:(?:of|the|and|for|on)[ \t]+)?){1,6}[A-Z][\w’'-]+)"
    r"[ \t]+\((?P<short>[A-Z]{2,7})\)"
)
# a short name a document defines in brackets after the full one, as a contract, a decision or
# a report does: 'Harrowgate Mutual Insurance Ltd ("Harrowgate")', '(hereafter “the Trust”)'
_DEFINED_SHORT = re.compile(
    r"(?P<full>(?:[A-Z][\w’'-]+[ \t]+(?:(?:of|the|and|for|on|&)[ \t]+)?){1,6}[A-Z][\w’'-]+\.?)"
    r"[ \t]+\((?:hereafter[ \t]+|hereinafter[ \t]+)?[“\"‘](?P<short>[A-Z][\w’'-]*"
    r"(?:[ \t]+[A-Z][\w’'-]*){0,2})[”\"’]\)"
)

# a key a transcript or catalogue states for the codes that open its speakers' words: "In the
# extracts MS is Marjorie Sutcliffe and RS is Ronald Sutcliffe", "JP = John Pryce"
_KEY_STATED = re.compile(
    rf"\b(?P<short>[A-Z]{{2,4}})\s+(?:is|=|stands\s+for|means)\s+(?P<full>{_NAME})"
)


def initials_of(full: str) -> set[str]:
    """The capitals of a name's words, a hyphened word giving one or each of its parts':
    "Brackenshire Records Committee" -> {"BRC"}, "Northern Counties Cross-Country
    Association" -> {"NCCA", "NCCCA"}."""
    words = re.findall(r"[A-Z][\w’'-]*", full)
    whole = "".join(w[0] for w in words)
    parts = "".join(p[0] for w in words for p in w.split("-") if p[:1].isupper())
    return {whole, parts}


def short_forms(text: str) -> dict[str, str]:
    """Every other name the text gives one person or body, with the full name; a form given
    to two different names is left out (the reader does not guess)."""
    found: dict[str, set[str]] = {}

    def note(short: str, full: str | None) -> None:
        if full and short != full and len(full.split()) >= 2 and short.split()[0] != "The":
            # initials are also read without their last full stop, as a sentence may end them
            for form in {short, short.rstrip(".")}:
                found.setdefault(form, set()).add(full)

    for named in _BRACKETED_INITIALS.finditer(text):
        full = re.sub(r"^(?:The|the)\s+", "", named["full"])
        if named["short"] in initials_of(full):  # only where the initials spell the name
            note(named["short"], full)
    for defined in _DEFINED_SHORT.finditer(text):
        full = re.sub(r"^(?:The|the)\s+", "", defined["full"])
        if set(defined["short"].split()) <= set(full.split()):  # a part of the name it shortens
            note(defined["short"], full)
    for keyed in _KEY_STATED.finditer(text):
        person = _person(keyed["full"])
        if person and keyed["short"] in initials_of(person):  # "RS is Ronald Sutcliffe"
            note(keyed["short"], person)
    for inside in _INSIDE.finditer(text):
        note(inside["alias"], f"{inside['first']} {inside['last']}")
    for married in _MARRIED.finditer(text):
        if married["married"]:
            note(" ".join(married["married"].split()), _person(married["full"]))
    for called in _CALLED.finditer(text):
        alias = called["alias"] or called["before"] or called["plain"]
        note(alias, _one_person_before(text, called.start(), called.end()))
    return {short: fulls.pop() for short, fulls in found.items() if len(fulls) == 1}


def _person(written: str) -> str | None:
    name = _clean_name(written)
    if name is None or name.split()[0] in _NOT_NAMES or _NOT_PERSON_ENDINGS.search(name):
        return None
    return name


def _one_person_before(text: str, at: int, end: int) -> str | None:
    """The one person named in full in the list entry or sentence that ends at ``at`` (not in
    a title), or, when it names nobody and says "her" or "him" before ``end``, in the sentence
    before; None when none or several."""
    line_start = text.rfind("\n", 0, at)
    ends = [line_start] + [
        line_start + found.end() for found in re.finditer(r"[.!?]\s", text[line_start + 1 : at])
    ]
    people = _people_in(text[ends[-1] + 1 : at])
    if not people and len(ends) >= 2 and re.search(r"\b(?:her|him|his)\b", text[ends[-1] : end]):
        # "Margaret Ansell … died. Most of us knew her as Peggy": the sentence before's one
        people = _people_in(text[ends[-2] + 1 : ends[-1]])
    return people.pop() if len(people) == 1 else None


def _people_in(words: str) -> set[str]:
    """The people ``words`` name in full, not in a title."""
    line = re.sub(r"\*\*|__", "  ", words)  # a name set in bold is no title
    titles = _title_spans(line)
    return {
        person
        for match in re.finditer(_NAME, line)
        if not any(a <= match.start() < b for a, b in titles)
        and not re.match(r"\s+of\b", line[match.end() :])  # "Fifty Years of the Harriers"
        # a place: "at Crag End", "in Upper Wharfedale"
        and not re.search(r"\b(?:at|in|on|from|of|near|into)\s+$", line[: match.start()])
        and (person := _person(match.group(0))) is not None
        and len(person.split()) >= 2
    }
