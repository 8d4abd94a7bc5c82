"""Signed contributions: a forum thread, a comment section, a wiki talk page, a letters page,
an e-mail chain, a guestbook.

A careful reader of such a text reads each contribution as its writer's, wherever its kind of
document puts the name: a header before it ("From: Name <address>", "by username » date"), a
signature after it ("Name (talk) 09:14, 2 March 2024 (UTC)", "Yours faithfully, / NAME /
address"). The writer who signs a contribution only quotes what it quotes; but words one
contribution quotes back from another ("You wrote “…”", "As X says above, “…”", a '>' line, a
block under "X wrote:") belong to that other's writer: the one whose own words they are, found
by following the thread, else the one the reply addresses ("Jean, you said …") or, when it
names nobody, the writer of the contribution it answers.

The contributions are read once per text (headers and signatures line by line), so the rules
cost nothing on a text that has none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from bot.core.extract.reading.blocks import _Block
from bot.core.extract.reading.signatures import read_signature, signature_start

# a writer as a thread names one: a name of capitalised words ("Ada Greenhalgh", "Reedbed"),
# a username ("millrace_tom", "kettle-and-drum", "@kiln_watcher") or an IP address
_WRITER = (
    r"(@?[A-Za-z][\w.-]*_[\w.-]*|@\w+|/?u/[\w-]+|\d{1,3}(?:\.\d{1,3}){3}|"
    r"[A-Z][\w’'.-]*(?:[ ](?:[A-Z][\w’'.-]*|de|van|von|der|la|le)){0,4})"
)
_ADDRESS = r"(?:\s*<[^<>\s]+@[^<>\s]+>|\s*\[[^\[\]\s]+@[^\[\]\s]+\])"
# a header over words quoted back from another contribution: "X wrote:", "On 3 May 2024, at
# 09:12, X <x@y> wrote:", "Quote from: X on Tue 4 Mar", "Quoting X:", "Originally posted by X"
_QUOTE_HEADER = re.compile(
    rf"(?:On\s[^\n]{{3,90}}?,?\s)?{_WRITER}{_ADDRESS}?\s+(?:wrote|writes|said|says|posted)\s*:"
    rf"|Quote\s+from:?\s+{_WRITER}(?:\s+on\s[^\n]*\d[^\n]*)?"
    rf"|Quoting\s+{_WRITER}\s*:"
    rf"|(?i:Originally\s+posted\s+by)\s+{_WRITER}\s*:?"
)
# a header opening a contribution: an e-mail's "From: Name <address>", a forum's "by username
# » Tue 4 Mar 2025, 19:02", a comment's "Name says:" or "Comment by Name on 3 May 2024", a
# thread's "u/name · 5 yr. ago" or "@handle 2 years ago" above the words
_POST_HEADER = re.compile(
    rf"(?:From|Sender|Author):[ \t]*{_WRITER}{_ADDRESS}?[ \t]*$"
    rf"|(?:[Bb]y|Posted\s+by|Post\s+by)\s+{_WRITER}\s*(?:»|›|\||—|–)[^\n]*\d[^\n]*$"
    rf"|(?:Comment|Reply)\s+(?:by|from)\s+{_WRITER}(?:\s+(?:on|at)\s[^\n]*\d[^\n]*)?:?$"
    rf"|{_WRITER}\s+(?:says|said|commented|replied|wrote|writes)(?:\s+(?:on|at)\s[^\n]*\d[^\n]*)?:$"
    rf"|{_WRITER}\s*(?:[·•|]\s*)?\d+\s*(?:years?|yrs?|months?|mo|weeks?|wk|days?|hours?|hrs?|"
    rf"minutes?|mins?|[hdwy])\.?\s+ago[^\n]*$"
)
# a chat's message, its sender after when it was posted: "[12/04/2025, 19:02] Name: …",
# "12/04/2025, 19:02 - Name: …"
_CHAT_LINE = re.compile(
    r"\[?\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?\]?[ \t]*"
    rf"(?:[-–][ \t]*)?{_WRITER}:[ \t]"
)
# a talk page's signature at the end of a comment: "Reedbed (talk) 09:14, 2 March 2024 (UTC)",
# "— Preceding unsigned comment added by 86.14.201.7 (talk) 18:02, 11 June 2024 (UTC)"
_TALK_SIGNATURE = re.compile(
    rf"(?:(?:—|–|-)\s*Preceding\s+unsigned\s+comment\s+added\s+by\s+)?{_WRITER}\s*"
    r"\((?:talk|contribs)(?:\s*[·|]\s*contribs)?\)\s*\d{1,2}:\d{2},\s*\d{1,2}\s+[A-Z][a-z]+\s+"
    r"\d{4}\s*\(UTC\)"
)
# a writer the thread names for nobody in particular: its own name signed at the foot wins
_PLACEHOLDER = re.compile(
    r"(?i:guest|anonymous|anon|unknown|unregistered|visitor|deleted\s+user)|\d{1,3}(?:\.\d{1,3}){3}"
)
# words that say the reply quotes what its addressee wrote: "you wrote", "you said yourself …
# that", "You put it"
_YOU_SAID = re.compile(
    r"(?:\b[Yy]ou\s+(?:\w+\s+){0,2}?(?:wrote|said|say|write|claimed|claim|called|call|put\s+it|"
    r"described|describe|posted|told\s+\w+|argued|argue|insisted|insist)"
    r"|\b[Yy]our\s+(?:own\s+)?(?:words|phrase|post|comment|letter|e-?mail|message|reply|edit\s+"
    r"summary))\b[^.!?]*$"
)
# whom a reply addresses: "Jean, you said", "@millrace_tom you wrote"; or the greeting its first
# line is ("Hi Jean,", "Dear Mr Quayle,", "Helen -")
_ADDRESSED = r"(?P<name>@[\w-]+|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
_VOCATIVE = re.compile(
    rf"(?:^|[.!?]\s+|\n)[ \t]*{_ADDRESSED}(?:,\s+you\b|,?\s+you\s+(?:said|wrote|say|write)\b)"
)
_GREETING = re.compile(
    rf"[ \t]*(?:(?:Hi|Hello|Hey|Dear|Morning|Evening)\s+)?{_ADDRESSED}[ \t]*[,!:]?[ \t]*"
    r"(?:[-–—][^\n]*)?$"
)
_FIELD = re.compile(r"(?:Subject|Sent|To|Cc|Bcc|Date|Reply-To|Re)\s*:", re.IGNORECASE)
# a letter to a paper's editor opens so: its "you" is the editor, no earlier writer
_TO_THE_EDITOR = re.compile(
    r"(?:^|\n)[ \t]*(?:Sir|Madam|Sir\s+or\s+Madam|Dear\s+(?:Sir|Madam|Editor)[^,\n]{0,20}|"
    r"To\s+the\s+Editor)[,:.]"
)
_MAX_SIGNATURE_BLOCKS = 4
# a name alone on a line under a post, perhaps with what they are to someone: "Brenda Lister
# (his niece)", "— Ann Pell"
_FOOT_NAME = re.compile(
    r"^[ \t]*(?:(?:—|–|--)[ \t]*)?(?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'.-]+){1,3})"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*$",
    re.M,
)
# a bracket after a signer's name saying who they are to someone: "(his niece)", "(Mrs)" stays
_DESCRIPTION = re.compile(r"[ \t]*\((?:his|her|their|my|our)\s[^()\n]{1,30}\)[ \t]*$", re.M)
# words found again in another contribution are its writer's when they are this long, or
# a word shorter when the reply says it quotes back ("you wrote", "above", a '>' line)
_MIN_QUOTED_BACK_WORDS = 4
_QUOTING_BACK = re.compile(r"\b(?:you|your|above|earlier|upthread)\b|^\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Contribution:
    """One signed contribution: where its words stand and who wrote them; ``headed`` is the
    name its header gave (a placeholder such as "Guest" when the signature names the writer)."""

    start: int
    end: int
    writer: str
    headed: str | None = None


# a handle a lead-in names its writer by ("kettle_and_drum", "@harbour_lights", "u/tidewater",
# "Reedbed1987"), and a verb after it that says they wrote or said the words
_HANDLE = re.compile(
    r"(?<![\w@/])(?P<handle>@\w+|/?u/[\w-]+|[A-Za-z][a-z0-9]*(?:_[A-Za-z0-9]+)+|"
    r"[A-Za-z]+[a-z]\d{2,4})(?![\w@])"
)
_HANDLE_VERB = re.compile(
    r"(?:wrote|writes|said|says|posted|posts|replied|replies|answered|answers|asked|asks|"
    r"commented|comments|added|adds|tweeted|put\s+it|pointed\s+out|objected|insisted|argued)"
)


def handle_in_lead(lead: str) -> str | None:
    """The one handle a lead-in's last clause names as the writer of the words after it
    ("kettle_and_drum, who wrote:", "@harbour_lights posted:", "u/tidewater replied,"), or
    None."""
    clause = re.split(r"[.!?;]\s+", lead)[-1]
    handles = list(_HANDLE.finditer(clause))
    if len(handles) != 1:
        return None
    if re.search(
        r"\b(?:reply|replies|post|answer|comment|response|message|tweet|word|words|note)\b"
        r"[^,]*\bfrom\s+\[?$",
        clause[: handles[0].start()],
    ):  # "The first reply came from [@kiln_watcher](…), an account that …:"
        return handles[0]["handle"]
    if re.search(r"\b(?:that|which|whom)\s+\[?$", clause[: handles[0].start()]):
        return None  # "a screenshot that @x posted:": what the handle posted relays the words
    after = clause[handles[0].end() :]
    said = re.match(
        rf"[\s,]*(?:(?:who|then|also|had|has|just|simply)\s+){{0,2}}{_HANDLE_VERB.pattern}\b", after
    )
    return handles[0]["handle"] if said is not None else None


# what a family calls its own: "Gran", "Mum", "Dad" stand for "my grandmother", "my mother" …
_KIN_WORDS = {
    "grandmother": {"gran", "granny", "grandma", "grandmother", "nan", "nana", "nanna"},
    "grandfather": {"grandad", "granddad", "grandpa", "grandfather", "gramps"},
    "mother": {"mum", "mam", "mom", "mummy", "mother"},
    "father": {"dad", "daddy", "father"},
}
# "Gran always said …", "Dad says …": a kin word as the subject of the words' verb
_KIN_SAID = re.compile(
    r"(?:^|[.!?]\s+|\n)[ \t]*(?P<kin>[A-Z][a-z]+)\s+(?:(?:\w+ly|always|often|never|once|still|"
    r"would|used\s+to)\s+){0,2}(?:said|says|say|told|tells|wrote|writes|called|calls|put\s+it)"
    r"\b[^.!?]*$"
)
# "My grandmother, Edith Crabtree, was …", "my late dad, Colin Pike,"
_MY_KIN = re.compile(
    r"\b[Mm]y\s+(?:late\s+)?(?P<kin>[a-z]+),\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),"
)


def _kin(word: str) -> str | None:
    return next((kin for kin, words in _KIN_WORDS.items() if word.lower() in words), None)


def kin_said(lead: str) -> str | None:
    """The kin a lead-in's subject is ("grandmother" for "Gran always said"), or None."""
    said = _KIN_SAID.search(lead)
    return _kin(said["kin"]) if said else None


def kin_named(text: str, kin: str) -> str | None:
    """The person ``text`` last names as the writer's ``kin`` ("My grandmother, Edith
    Crabtree,"), or None."""
    named = [m["name"] for m in _MY_KIN.finditer(text) if _kin(m["kin"]) == kin]
    return named[-1] if named else None


def quote_header(line: str) -> tuple[str, int] | None:
    """The writer a header over quoted-back words names ("millrace_tom wrote:", "On 3 May,
    Jean Pollitt wrote:", "Quote from: Ada Greenhalgh on Tue 4 Mar 2025, 21:40") and where the
    header ends in ``line``; None when the line opens with no such header."""
    found = _QUOTE_HEADER.match(line)
    if found is None:
        return None
    return _name(found), found.end()


def _name(found: re.Match[str]) -> str:
    return next(n for n in found.groups() if n is not None).strip()


def read_contributions(text: str, blocks: list[_Block]) -> list[Contribution]:
    """The signed contributions of ``text``, in order; none unless at least two writers sign
    or head contributions of their own (a thread, not one signed letter in an essay)."""
    marks: list[tuple[int, int, str, bool]] = []  # (start, end, writer, header before words)
    lines = list(re.finditer(r"[^\n]+", text))
    for n, line in enumerate(lines):
        if _set_in(line.group(0)):
            continue
        chat = _CHAT_LINE.match(line.group(0))
        if chat is not None:
            marks.append((line.start(), line.start() + chat.end(), _name(chat), True))
            continue
        header = _POST_HEADER.fullmatch(line.group(0).strip())
        if header is None:
            continue
        following = lines[n + 1].group(0) if n + 1 < len(lines) else ""
        if header.group(0).endswith(":") and _set_in(following):
            continue  # "Ravi wrote:" over '>' lines: words quoted back, not a new contribution
        marks.append((line.start(), line.end(), _name(header), True))
    for signed in _TALK_SIGNATURE.finditer(text):
        marks.append((signed.start(), signed.end(), _name(signed), False))
    marks += _signed_letters(blocks)
    if len({writer for _a, _b, writer, _h in marks}) < 2:
        return []
    contributions: list[Contribution] = []
    opened: tuple[int, str, str] | None = None  # a header's contribution: start, writer, header
    boundary = 0
    for start, end, writer, heads in sorted(marks):
        if heads:
            if opened is not None:
                contributions.append(Contribution(opened[0], start, opened[1], opened[2]))
            opened, boundary = (end, writer, writer), end
        elif opened is not None:
            # a header's contribution runs to the next header (a P.S. after the sign-off is
            # the writer's too); its signature names the writer a placeholder header hides
            if _PLACEHOLDER.fullmatch(opened[2]):
                opened = (opened[0], writer, opened[2])
        else:
            contributions.append(Contribution(boundary, start, writer))
            boundary = end
    if opened is not None:
        contributions.append(Contribution(opened[0], len(text), opened[1], opened[2]))
    contributions = [_signed_at_foot(text, c) for c in contributions]
    return [c for c in contributions if c.end > c.start]


def _set_in(line: str) -> bool:
    return re.match(r"[ \t]*>|    |\t", line) is not None


def _signed_at_foot(text: str, contribution: Contribution) -> Contribution:
    """A guest's post signed by a name alone at its foot ("Brenda Lister (his niece)"): that
    name, not the placeholder its header gives, is its writer."""
    if not _PLACEHOLDER.fullmatch(contribution.writer):
        return contribution
    signed = [
        m["name"]
        for m in _FOOT_NAME.finditer(text, contribution.start, contribution.end)
        if re.search(r"[.!?…”\"’)]\s*$", text[contribution.start : m.start()])
    ]
    return replace(contribution, writer=signed[-1]) if signed else contribution


def _signed_letters(blocks: list[_Block]) -> list[tuple[int, int, str, bool]]:
    """The signatures set under a text's own paragraphs as a letter's or a post's are ("Yours
    faithfully," / "MARGARET OYELARAN" / "Holly Bank", "Peter Vance" / "Chair, Friends of …"),
    each with where it begins and ends."""
    found: list[tuple[int, int, str, bool]] = []
    body = [b for b in blocks if b.role in ("body", "heading") and not b.quote]
    for n, block in enumerate(body):
        at = signature_start(block.text) if not block.heading and "\n" in block.text else None
        signed = read_signature(block.text[at:]) if at else None
        if (
            at is not None
            and signed is not None
            and not (signed.cited or signed.initials or signed.unnamed)
        ):
            # a query or a note signed on its own last line: "… taken down?" / "ALBERT
            # HEPWORTH, Shipley."
            found.append((block.start + at, block.end, signed.signer, False))
            continue
        if n == len(body) - 1:
            break
        if block.heading or not re.search(r"[.!?…”\"’)]$", block.text.rstrip()):
            continue
        under: list[_Block] = []
        for following in body[n + 1 : n + 1 + _MAX_SIGNATURE_BLOCKS]:
            if len(following.text.split()) > 14 or following.text.startswith("#"):
                break
            under.append(following)
            lines = "\n".join(b.text for b in under)
            # "Brenda Lister (his niece)": what the bracket says of the signer is no place
            signature = read_signature(lines) or read_signature(_DESCRIPTION.sub("", lines))
            if signature is not None and not signature.cited and not signature.initials:
                if not signature.unnamed:
                    found.append((under[0].start, under[-1].end, signature.signer, False))
                break
    return found


def _searchable(words: str) -> str:
    """Words as a reply may quote them back: in small letters, apostrophes and quote marks
    straight ("Isn't" in one post is "isn’t" in the next)."""
    return words.lower().translate(str.maketrans("’‘“”", "''\"\""))


class Thread:
    """A text's contributions and the words each writes in its own voice, for following a
    reply's quotation back to whoever wrote it."""

    def __init__(self, text: str, contributions: list[Contribution]) -> None:
        self.text = text
        self.contributions = contributions
        self._starts = [c.start for c in contributions]
        self._flat = ""
        self._offsets: list[int] = []

    def at(self, position: int) -> Contribution | None:
        """The contribution holding ``position``, or None."""
        index = bisect_right(self._starts, position) - 1
        if index >= 0 and position < self.contributions[index].end:
            return self.contributions[index]
        return None

    def writers(self) -> list[str]:
        return [c.writer for c in self.contributions]

    def _flatten(self) -> None:
        """The text with every run of spaces and line ends (and a '>' or indent that opens a
        line) made one space, and where each of its characters stands in the text."""
        if self._offsets:
            return
        chars: list[str] = []
        for found in re.finditer(r"(?:\s+(?:>[ \t]?)*[ \t]*)+|[^\s]", self.text):
            chars.append(" " if found.group(0)[:1].isspace() else found.group(0))
            self._offsets.append(found.start())
        flat = "".join(chars)
        self._flat = _searchable(flat) if len(_searchable(flat)) == len(flat) else flat

    @staticmethod
    def quotes_back(lead: str) -> bool:
        """Whether a lead-in says the words after it are quoted back from the thread ("you
        wrote", "As X says above"), or there is none (a '>' line, a quote standing alone)."""
        return _QUOTING_BACK.search(lead) is not None

    def own_writer(self, words: str, start: int, end: int, lead: str = "") -> str | None:
        """The writer whose own words (not quoted in their contribution) ``words`` are, in a
        contribution other than the one quoting them at ``start``–``end`` after ``lead``; None
        when nobody's are."""
        # of words cut by an omission or an insertion ("… [the tenor] …"), the longest piece
        pieces = re.split(r"\s*(?:…|\.\.\.|\[[^\[\]]*\])\s*", _searchable(words))
        wanted = max((" ".join(p.strip(" ,.;:!?\"'«»").split()) for p in pieces), key=len)
        least = _MIN_QUOTED_BACK_WORDS - (1 if _QUOTING_BACK.search(lead) else 0)
        if len(wanted.split()) < least:
            return None
        self._flatten()
        quoting = self.at(start)
        at = self._flat.find(wanted)
        while at >= 0:
            source = self._offsets[at]
            if not start <= source < end:
                holder = self.at(source)
                if holder is not None and holder is not quoting and not self._quoted(source):
                    return holder.writer
            at = self._flat.find(wanted, at + 1)
        return None

    def _quoted(self, position: int) -> bool:
        """Whether the words at ``position`` stand inside quote marks or a quoted line of
        their paragraph (someone else's words there too)."""
        paragraph = self.text.rfind("\n\n", 0, position) + 1
        line = self.text.rfind("\n", 0, position) + 1
        if _set_in(self.text[line : line + 4]):
            return True
        before = self.text[paragraph:position]
        if before.count('"') % 2 == 1:
            return True
        return before.rfind("“") > before.rfind("”")

    def addressee(self, lead: str, position: int) -> str | None:
        """Whom a reply's "you" quotes ("Jean, you said …", "You wrote …"): the writer the
        reply names as it addresses them, else the writer of the contribution it answers (the
        one before it by somebody else)."""
        if _YOU_SAID.search(lead) is None:
            return None
        here = self.at(position)
        if here is None:
            return None
        called = [m["name"] for m in _VOCATIVE.finditer(self.text[here.start : position])]
        # the reply's first line after its header's fields ("Subject:", "Sent:", "To:")
        opening = next(
            (
                line.strip()
                for line in self.text[here.start : position].split("\n")
                if line.strip() and not _FIELD.match(line.strip())
            ),
            "",
        )
        greeted = _GREETING.fullmatch(opening)
        if not called and greeted is not None:
            called = [greeted["name"]]
        if called:
            named = self._writer_called(called[-1])
            if named is not None:
                return named
        if _TO_THE_EDITOR.search(self.text[here.start : position]):
            return None  # "Sir, you reported …": a letter's "you" is the paper's editor
        index = self.contributions.index(here)
        for earlier in reversed(self.contributions[:index]):
            if earlier.writer != here.writer:
                return earlier.writer
        return None

    def _writer_called(self, name: str) -> str | None:
        """The one writer a vocative names: by their name or first name, by a word of their
        username ("Tom" for "millrace_tom") or by its first letters ("Hollin" for
        "Hollinbank")."""
        wanted = re.sub(r"^(?:@|(?:mr|mrs|ms|miss|dr)\.?\s)", "", name.casefold())
        fitting = {
            writer
            for writer in self.writers()
            if writer.casefold().lstrip("@") == wanted
            or wanted in re.split(r"[\s_.-]+", writer.casefold().lstrip("@"))
            or (len(wanted) >= 4 and writer.casefold().lstrip("@").startswith(wanted))
        }
        return fitting.pop() if len(fitting) == 1 else None

    def writers_own(self, position: int) -> str:
        """The text of every contribution before ``position`` by the writer of the one holding
        it: what that writer has told the thread so far."""
        here = self.at(position)
        if here is None:
            return ""
        return "\n\n".join(
            self.text[c.start : min(c.end, position)]
            for c in self.contributions
            if c.writer == here.writer and c.start < position
        )

    def header_writer(self, named: str) -> str | None:
        """The writer a quote header's name stands for: the contribution headed or signed so
        (a guest post's signer for "Guest wrote:", "Ravi Sethi" for "Ravi wrote:")."""
        for contribution in self.contributions:
            if named in (contribution.headed, contribution.writer):
                return contribution.writer
        return self._writer_called(named)
