"""Letters: an address says who "you" and "I" are.

A careful reader of a letter printed in a text (an open letter and its reply, a response to
reviewers, a council's letter to an objector) reads its address first: the `To:` line or the
salutation (`Dear Councillor Mendes,`) names whom its "you" is, the `From:` line or the
signature at its end (`Yours sincerely,` / `Moira Ellwood`) whom its "I" is. So `You wrote
that “…”` quotes the addressee, `In my report I wrote that “…”` and `My own plan, *Title*,
says on page 6:` quote the letter's writer, whoever wrote the text the letter is printed in.

A letter runs from its header or salutation to its signature (or to the next letter); the
letters are read once per text, from its paragraphs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from bot.core.extract.reading.blocks import _Block
from bot.core.extract.reading.contributions import _signed_letters
from bot.core.extract.reading.phrases import _is_person_noun, _without_honorific
from bot.core.extract.reading.referents import RoleHolder, _may_be_a_role

# a salutation on a line of its own: "Dear Councillor Mendes,", "Dear Dr Calloway", "My dear
# Ann,"
_SALUTATION = re.compile(
    r"(?:Dear|My\s+dear|Dearest|Hi|Hello)\s+(?P<name>[A-Za-z][^,:;!\n]{0,60}?)\s*[,:!]?",
)
# whom a salutation names for nobody in particular: a letter to a paper or to many
_NOBODY_IN_PARTICULAR = re.compile(
    r"(?i:sirs?|madam|sir\s+or\s+madam|editor|friends?|all|colleagues?|members?|residents?|"
    r"neighbours?|councillors?|everyone|reader|readers|parents?|supporters?|committee)\b"
)
# a letter's or a memo's header field: "To: Dr Helen Okoro, Editor", "From: Ann Lee, Chair"
_FIELD = re.compile(r"(?P<field>To|From|Date|Subject|Re|Cc|Sent)\s*:\s*(?P<value>[^\n]*)", re.I)
_MAX_SALUTATION_WORDS = 8
# a heading that says the text under it is an open letter to someone: "An open letter to
# Councillor Priya Mendes", "Open letter to the Leader of the Council, Ann Lee"
_OPEN_LETTER = re.compile(
    r"\W*(?:An\s+|Our\s+|My\s+)?[Oo]pen\s+[Ll]etter\s+to\s+(?P<to>[^\n]{3,120}?)[\s*_#]*"
)
# an office as an address gives it, after the name: "Handling Editor", "Chair, Friends of …",
# "Rector of Amblecote", "Leader of the Council" (the words before "of" or a comma)
_OFFICE = re.compile(r"(?P<office>(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)(?=\s*$|\s*,|\s+of\b)")


@dataclass(frozen=True)
class Letter:
    """A letter set in the text: where it runs, who signs or heads it and whom it addresses,
    as the text writes them (None where it does not say)."""

    start: int
    end: int
    writer: str | None
    addressee: str | None  # "" when it greets nobody in particular ("Dear readers,")


def _field(block: _Block, name: str) -> str | None:
    for line in block.text.split("\n"):
        found = _FIELD.fullmatch(line.strip())
        if found is not None and found["field"].lower() == name:
            return _first_named(found["value"])
    return None


def _first_named(value: str) -> str | None:
    """The person or body a header field names first, without what it says of them ("Dr Ann
    Lee, Handling Editor, *The Quarterly*" -> "Dr Ann Lee")."""
    first = re.split(r",|\s+[–—-]\s+|<|\(", value)[0].strip(" *_")
    return first if re.match(r"[A-Z]", first) else None


def _addressed_in(phrase: str) -> str | None:
    """Whom an open letter's heading names: the person after an office ("the Leader of the
    Council, Ann Lee" -> "Ann Lee"), else the first named ("Councillor Ann Lee")."""
    parts = [p.strip(" *_") for p in phrase.split(",")]
    if len(parts) > 1 and re.match(r"[Tt]he\s", parts[0]) and re.match(r"[A-Z]", parts[1]):
        return parts[1]
    return parts[0] if re.match(r"[A-Z]", parts[0]) else None


def _header(block: _Block) -> bool:
    """Whether a paragraph is a letter's header: every line a field, one of them `To:` or
    `From:`."""
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    fields = [_FIELD.fullmatch(line) for line in lines]
    return all(fields) and any(f["field"].lower() in ("to", "from") for f in fields if f)


def _salutation(block: _Block) -> str | None:
    """Whom a paragraph that is a salutation addresses ("Dear Dr Calloway," -> "Dr
    Calloway"); "" for a salutation to nobody in particular ("Dear Sir,"); None for any other
    paragraph."""
    text = block.text.strip()
    if "\n" in text or len(text.split()) > _MAX_SALUTATION_WORDS:
        return None
    found = _SALUTATION.fullmatch(text)
    if found is None:
        return None
    name = found["name"].strip()
    return "" if _NOBODY_IN_PARTICULAR.fullmatch(name) else name


def read_letters(blocks: list[_Block]) -> list[Letter]:
    """The letters the text sets out, each from its header (`To:`, `From:`) or salutation to
    its signature, in order."""
    body = [b for b in blocks if b.role in ("body", "heading") and not b.quote]
    signatures = sorted(_signed_letters(blocks))
    openings: list[tuple[int, str | None, str | None]] = []  # (start, writer, addressee)
    for n, block in enumerate(body):
        greeted = _salutation(block)
        opened = _OPEN_LETTER.fullmatch(block.text.strip().lstrip("#").strip())
        if opened is not None and not any(_salutation(b) is not None for b in body[n + 1 : n + 3]):
            # an open letter's heading names whom it addresses, with no salutation under it
            openings.append((block.start, None, _addressed_in(opened["to"])))
            continue
        if greeted is None:
            if _header(block) and not (n + 1 < len(body) and _salutation(body[n + 1]) is not None):
                openings.append((block.start, _field(block, "from"), _field(block, "to")))
            continue
        header = body[n - 1] if n and _header(body[n - 1]) else None
        start = header.start if header is not None else block.start
        # "" for a letter to nobody in particular ("Dear readers,")
        addressee = (_field(header, "to") if header is not None else None) or greeted
        writer = _field(header, "from") if header is not None else None
        openings.append((start, writer, addressee))
    letters: list[Letter] = []
    for n, (start, headed, addressed) in enumerate(openings):
        following = openings[n + 1][0] if n + 1 < len(openings) else None
        signed = next(
            (s for s in signatures if s[0] > start and (following is None or s[1] <= following)),
            None,
        )
        writer = headed
        if signed is not None:
            end, writer = signed[1], signed[2]
        else:
            # unsigned, it ends at the next heading after its opening (the text's own prose
            # may follow a letter it prints), or at the next letter
            heading = next((b.start for b in body if b.start > start and b.heading), None)
            bounds = [p for p in (following, heading) if p is not None]
            end = min(bounds) if bounds else blocks[-1].end if blocks else start
        letters.append(Letter(start, end, writer, addressed))
    return [_answered(letter, letters) for letter in letters]


def _answered(letter: Letter, letters: list[Letter]) -> Letter:
    """A letter addressed by title and surname to the writer of another letter in the text
    ("Dear Canon Ferris," to the one who signs "Hugh Ferris"): addressed to that writer, named
    as they sign."""
    if not letter.addressee or letter.addressee.count(" ") != 1:
        return letter
    surname = letter.addressee.split()[-1]
    writers = {
        other.writer
        for other in letters
        if other is not letter and other.writer and other.writer.split()[-1] == surname
    }
    if len(writers) != 1:
        return letter
    return Letter(letter.start, letter.end, letter.writer, writers.pop())


def address_roles(blocks: list[_Block]) -> list[RoleHolder]:
    """The offices a letter's address gives the people it names ("To: Dr Ann Lee, Handling
    Editor", "From: Ann Lee, Chair, Friends of the Lido", a signature's line under the name:
    "Ann Lee" / "Rector of Amblecote"): "the editor", "the chair of the Friends", "the
    rector" later in the text are them."""
    found: list[RoleHolder] = []
    for block in blocks:
        if block.role not in ("body", "heading") or block.quote:
            continue
        for line in block.text.split("\n"):
            field = _FIELD.fullmatch(line.strip())
            if field is not None and field["field"].lower() in ("to", "from"):
                parts = [p.strip(" *_") for p in field["value"].split(",")]
                if len(parts) >= 2:
                    found += _holder(block.start, parts[0], parts[1])
    for start, end, signer, _ in _signed_letters(blocks):
        lines = [b.text for b in blocks if start <= b.start < end]
        rows = [line.strip() for text in lines for line in text.split("\n") if line.strip()]
        named = next((n for n, row in enumerate(rows) if signer in row), None)
        if named is not None and named + 1 < len(rows):
            found += _holder(start, signer, rows[named + 1].split(",")[0])
    return found


def _holder(at: int, name: str, office: str) -> list[RoleHolder]:
    """The role ``office`` gives the person ``name``, read as a role phrase is: its last word
    the head ("editor" of "Handling Editor"), the words before it what qualifies it."""
    written = _OFFICE.match(office.strip())
    person = _without_honorific(name.strip())
    if written is None or len(person.split()) < 2:
        return []
    words = written["office"].lower().split()
    if not (_is_person_noun(words[-1]) or _may_be_a_role(words[-1])):
        return []  # a name set beside the word makes it an office ("Chair", "Leader")
    return [RoleHolder(at, words[-1], frozenset(words[:-1]), person)]


class Letters:
    """The letters of a text, for asking which one a position stands in."""

    def __init__(self, letters: list[Letter]) -> None:
        self.letters = letters
        self._starts = [letter.start for letter in letters]

    def at(self, position: int) -> Letter | None:
        index = bisect_right(self._starts, position) - 1
        if index >= 0 and position < self.letters[index].end:
            return self.letters[index]
        return None
