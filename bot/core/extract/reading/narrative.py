"""Persons in narrative: whose words a sentence gives when it tells what someone did first.

A careful reader of a story, a memoir or a report reads "The surveyor looked at the beams and
said, “…”" as the surveyor saying the words: the subject of a clause keeps speaking across the
verbs it joins with "and" ("took the funeral and said", "rose after the mayor had spoken, and
said only:"). The reader sees the subject next to the verb of saying, as if the first verbs
were not written; a name inside them (an object, a person named in passing) never speaks."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.reading.described import people_head
from bot.core.extract.reading.vocabulary import _SPEECH_VERBS

# a verb in the past or present telling what the subject did: "looked", "took", "rose"
_DID = (
    r"(?:[a-z]{2,}ed|took|takes|rose|rises|came|comes|went|goes|stood|stands|sat|sits|heard|"
    r"hears|saw|sees|met|meets|gave|gives|got|gets|brought|brings|kept|keeps|left|leaves|made|"
    r"makes|found|finds|held|holds|ran|runs|paid|pays|lent|lends|sent|sends|led|leads|fell|"
    r"woke|began|begins|spoke|speaks|sang|sings|threw|throws|drew|draws|wore|broke|shook|"
    r"shakes|thought|thinks|laughed|smiled|knew|knows|read|reads|put|puts|set|sets)"
)
# the subject's last word before its first verb: a name, a pronoun, a noun for people, or the
# comma closing what is set off after it ("Her nephew, the Reverend Colin Bolt, took")
_COORDINATED = re.compile(
    rf"(?P<subject>\b[A-Z][\w’'.-]*|\b(?:he|she|they|He|She|They)|\b[a-z][\w’'-]*|,)"
    rf"(?P<joined>\s+(?:then\s+|later\s+|also\s+|once\s+|first\s+)?{_DID}\b"
    # never across the "and" of another subject's clause: "…, and Tom Keel laughed and told"
    r"(?:(?!\band\s+(?:he|she|they|we|I|[A-Z]))[^.!?;:“”\"‘’«»\n]){0,140}?,?\s+and\s+)"
    rf"(?=(?:then\s+|afterwards\s+|later\s+|only\s+|simply\s+|[a-z]+ly\s+)?{_SPEECH_VERBS}\b)"
)
_NOT_SUBJECT_WORDS = {
    "who", "which", "that", "had", "has", "have", "was", "were", "is", "are", "be", "been",
    "to", "the", "a", "an", "and", "or", "but", "not", "never", "would", "could", "will",
    "did", "do", "does", "also", "then", "later", "once",
}  # fmt: skip


def _subject_end(word: str) -> bool:
    """Whether ``word`` can end the subject of the verb after it."""
    if word == "," or word[:1].isupper():
        return word not in {"The", "A", "An", "His", "Her", "Their", "Its", "Our", "My"}
    if word.lower() in {"he", "she", "they"}:
        return True
    # "The harbour pilot walked": a noun the reading of the subject decides on after
    return (
        word not in _NOT_SUBJECT_WORDS
        and not word.endswith("ly")
        and (people_head(word) or re.fullmatch(_DID, word) is None)
    )


def as_one_predicate(lead: str) -> str:
    """``lead`` with what its subject did before saying the words left blank (spaces of the
    same length, so places in it stay where they were): "The county fire officer inspected the
    box and said," reads as "The county fire officer … said,". Only the lead-in's last clause
    that joins a verb of saying with "and", after a subject that can speak."""
    found = [m for m in _COORDINATED.finditer(lead) if _subject_end(m["subject"])]
    if not found:
        return lead
    last = found[-1]
    return lead[: last.start("joined")] + " " * len(last["joined"]) + lead[last.end("joined") :]


# ranks, offices and honours a name may carry, two or more together ("Lt Col Sir", "Major the
# Hon.", "the Reverend Canon Dr."): they describe one person, never name another
_RANK = (
    r"(?:Lt|Lieut|Lieutenant|Col|Colonel|Capt|Captain|Major|Maj|Gen|General|Brig|Brigadier|"
    r"Cdr|Commander|Admiral|Adm|Sgt|Sergeant|Cpl|Corporal|Sir|Dame|Lord|Lady|Dr|Prof|Professor|"
    r"Rev|Revd|Reverend|Canon|Councillor|Cllr|Alderman|Judge|Rt|Right|Very|Venerable|"
    r"(?:the\s+|The\s+)?(?:Hon|Honourable|Hon'ble))\.?"
)
RANKS_BEFORE_NAME = re.compile(
    rf"\b(?P<ranks>(?:{_RANK}\s+){{2,5}})(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})"
)


def ranks_left_blank(text: str) -> str:
    """``text`` with the ranks and honours written two or more together before a name left
    blank (spaces of the same length): "Lt Col Sir Hugh Denby-Pratt" reads as the person
    Hugh Denby-Pratt, whom a later "Sir Hugh" or "he" means."""
    return RANKS_BEFORE_NAME.sub(lambda m: " " * len(m["ranks"]) + m["name"], text)


_COURTESY = re.compile(r"\b(?P<title>Mr|Mrs|Ms|Miss)\.?\s+$")


@lru_cache(maxsize=4096)  # once per name and text: the text is not scanned per quotation
def as_the_text_writes(name: str, text: str) -> str:
    """``name`` with the courtesy title the text writes before it every time it names them in
    full ("Miss Enid Bolt", "Mrs Ruth Armitage"), else as it is."""
    if len(name.split()) < 2 or re.match(r"(?:Mr|Mrs|Ms|Miss)\b", name):
        return name
    titles = {
        found["title"]
        if (found := _COURTESY.search(text[max(0, m.start() - 6) : m.start()]))
        else None
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text)
    }
    if len(titles) == 1 and (title := titles.pop()) is not None:
        return f"{title} {name}"
    return name
