"""What the sentence after a block quotation says the block was.

A careful reader of a block set with no lead-in naming its maker, or with one that only
describes them, reads on: the next paragraph often opens by saying whose the words were and
where they were printed (``That is Lumb's *A Pennine Pastorate* (1952), pp. 40–41.``, ``The
passage is from X's *Title*, p. 88.``, ``These are X's words, from her letter in the
*Paper*.``, ``The words are the vicar's, from his farewell sermon.``), or through whom they
reached us (``She is quoted in Y, *Title* (1986), p. 72``, ``X remembered this in 1911; her
account is printed in Y, *Title*, p. 57``). Only that opening sentence is read: a later one
that names someone's doings (``Holt was dismissed, as Y records in *Title*, p. 40``) says
nothing of the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.reading.phrases import _page
from bot.core.extract.reading.vocabulary import _SENTENCE_BREAK

# a person's name as running prose writes it, its possessive left outside ("Sarah Armitage",
# "Seán O’Neill", "W. B. Crump")
_PERSON = (
    r"(?:[A-Z]\.\s+){0,3}[A-Z][\w-]*(?:[’'][A-Z][\w-]*)?"
    r"(?:\s+(?:[A-Z]\.|[A-Z][\w-]*(?:[’'][A-Z][\w-]*)?)){0,3}"
)
# the opening that says what the block was: "That is", "These were", "The passage comes from"
_WHAT_IT_WAS = re.compile(
    r"^(?:That|This|These|Those|It|The\s+(?:passage|words|lines|extract|excerpt|quotation|"
    r"account|verses?|description|entry))\s+(?:is|was|are|were|comes|came)\s+"
    r"(?:(?:taken\s+)?from\s+)?(?P<rest>.+)$",
    re.DOTALL,
)
# whose: "Lumb’s", "Lavena Saltonstall’s words", "the surveyor’s", or a name then a comma or
# "in": "Arthur Young, riding over in 1770, in his *Tour*"
_WHOSE = re.compile(
    rf"(?:(?P<owner>{_PERSON}|the\s+[a-z]+(?:\s+[a-z]+)?)[’']s(?![\w])"
    rf"|(?P<name>{_PERSON})(?=,|\s+in\s|\s+writing\b|\.?$))"
)
# the maker as the sentence's subject: "Mary Ann Greenwood remembered this in 1911"
_MAKER_OF_THIS = re.compile(
    rf"^(?P<name>{_PERSON})\s+(?:[a-z]+\s+)?(?:remembered|recalled|wrote|said|told|recorded|"
    r"described|gave)\s+(?:this|these(?:\s+words)?|it|them)\b"
)
# the book the words reached us through: "She is quoted in Margaret Sykes, *Voices …*",
# "her account is printed in Henry Kendall, *Old Roads …*"
_RELAYED_IN = re.compile(
    r"(?:^|[;,]\s+|\s)(?:(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s+(?:is|are|was|were)|"
    r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:own\s+)?(?:words|account|recollections?|memories|story|"
    r"interview|version)\s+(?:is|are|was|were))\s+(?:quoted|printed|reprinted|cited|transcribed)"
    rf"\s+in\s+(?P<relay>{_PERSON})(?:,|[’']s)\s+\*"
)
_ITALIC = re.compile(r"\*(?P<title>[^*\n]{2,160})\*")


@dataclass(frozen=True)
class Identified:
    """What the sentence after a block gives it: its maker as written (a name, or a role
    such as "the surveyor"), the work, the page, and the one who relays it."""

    maker: str | None
    work: str | None
    page: str | None
    via: str | None


def identified_after(paragraph: str) -> Identified | None:
    """What the opening sentence of the paragraph after a block says of it; None when it
    says neither whose the words were nor through whom they came."""
    sentence = _SENTENCE_BREAK.split(paragraph.strip(), maxsplit=1)[0]
    relayed = _RELAYED_IN.search(sentence)
    if relayed is not None:
        subject = _MAKER_OF_THIS.match(sentence)
        page = _page(sentence[relayed.end() :])
        return Identified(subject["name"] if subject else None, None, page, relayed["relay"])
    what = _WHAT_IT_WAS.match(sentence)
    if what is None:
        return None
    rest = what["rest"]
    whose = _WHOSE.match(rest)
    if whose is None:
        return None
    maker = whose["owner"] or whose["name"]
    after = rest[whose.end() :]
    title = _ITALIC.search(after)  # "in his *Tour*", "’s *A Pennine Pastorate*"
    return Identified(maker, title["title"].strip() if title else None, _page(after), None)
