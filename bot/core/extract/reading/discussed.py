"""The one work a document is about: a review's book, a study guide's play, a briefing's report.

A careful reader of a review, a study guide, a reading group's notes on one novel or a
commentary on a report first finds the work under discussion: its heading block
("**Title.** By Author. Place: Publisher, 2021. 340 pp.", "*Title*, a play by Author. …",
"# *Title* by Author: a guide for reading groups", "*Title.* Cm 1187. Department for X.
London: HMSO, 2026. 96 pp."). From then on a bare page after the words ("(14)", "(p. 14)") is
that work's page: its author speaks the words that are the work's own, its characters speak
their lines in it (a play's, a novel's), and whoever else it prints speaks through its author.
Read once per text from its head, before the first quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.reading.blocks import _Block
from bot.core.extract.reading.phrases import _title_case
from bot.core.extract.reading.vocabulary import _NAME

# how many blocks at the head of a text may describe the work it discusses
_HEAD_BLOCKS = 6
# a head line opening on a title set off by emphasis, after a Markdown heading's marks and a
# label ("Review of", "Reviewed:")
_TITLE_FIRST = re.compile(
    r"^\s*(?:#+\s*)?(?:(?:(?:An?|The)\s+)?(?:[\w’'-]+\s+){0,3}?(?:[Rr]eview\s+of|[Rr]eviewed|"
    r"[Gg]uide\s+to|[Nn]otes\s+on|[Cc]ommentary\s+on|[Cc]ompanion\s+to)\s*:?\s*"
    # what the document is, then a colon: "Revision guide:", "Programme note:"
    r"|[A-Z][a-z]+(?:\s+[a-z]+){0,2}:\s*)?"
    r"(?P<mark>\*\*|\*|__|_)(?P<title>[^*_\n]{2,160}?)[.,:]?(?P=mark)(?P<rest>.*)$",
    re.DOTALL,
)
# a form's field naming the work, its title in quote marks or emphasis: 'Manuscript: "The
# Ferry", a novel by Ann Lee', "Book under review: *The Ferry* by Ann Lee"
_FIELD_TITLE = re.compile(
    r"^\s*(?:[A-Z][\w’' ]{0,30}):\s*(?:[“\"](?P<quoted>[A-Z][^”\"\n]{1,160}?)[,.]?[”\"]|"
    r"\*{1,2}(?P<emphasis>[^*\n]{2,160}?)[,.]?\*{1,2})(?P<rest>.*)$",
    re.DOTALL,
)
# a plain head line: "The Salt Road. By Ann Lee. Leeds: Moor Press, 1998. 210 pp."
_PLAIN_TITLE_BY = re.compile(
    rf"^\s*(?P<title>[A-Z][^.\n]{{2,160}})\.\s+(?P<rest>By\s+{_NAME}\..*)$", re.DOTALL
)
_BY_AUTHOR = re.compile(rf"(?:^|[\s,.(])[Bb]y\s+(?P<author>{_NAME})")
# whoever wrote the words of a work set to music: "libretto by Hannah Greave", "words by …"
_WORDS_BY = re.compile(
    rf"\b(?:[Ll]ibretto|[Ww]ords|[Ll]yrics|[Bb]ook\s+and\s+lyrics)\s+by\s+(?P<author>{_NAME})"
)
# a group saying what it read together: "This month we read *The Long Thaw*", "The class has
# been studying *X*", "Our book this term was *X*"
_READ_TOGETHER = re.compile(
    r"(?:\b(?:[Ww]e|[Tt]he\s+(?:group|club|class|society))\s+(?:(?:have|has|had|are|were)\s+)?"
    r"(?:been\s+)?(?:\w+ly\s+)?(?:read|reading|discussed|discussing|chose|studied|studying)\s+"
    r"|\b(?:[Oo]ur|(?:[Tt]his|[Nn]ext|[Ll]ast)\s+(?:month|term|week|year|season)(?:’s|'s)|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:’s|'s))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:book|text|novel|play|choice|title)\s+(?:this\s+\w+\s+)?(?:is|was)\s+)"
    # the title in italics, or in plain capitals up to its author: "March's book is The
    # Glass Ferry by Nuala Brennock"
    rf"(?:\*(?P<title>[^*\n]{{2,120}}?)\*|(?P<plain>[A-Z][^.,;:!?\n]{{1,80}}?)(?=\s+by\s+{_NAME}))"
)
# an entry naming its author first, then the title and its publication facts: "Hannah Stoke,
# *Withy Beds* (Taunton, 1962)."
_AUTHOR_FIRST = re.compile(
    rf"^\s*(?:[-*•]\s+)?(?P<author>{_NAME}),\s+\*(?P<title>[^*\n]{{2,160}}?)\*\s*"
    r"\([^()\n]{0,60}\b\d{4}\)"
)
# a reading list's record with the author's surname first, perhaps their part ("ed.", "(dir.)";
# an editor is no author of the words the book prints),
# then the title in emphasis or up to its full stop, then the publication: "**Hughes, Elinor.**
# *The Slate Quarries*. Caernarfon: Gwasg Peris, 1987.", "Roberts, Gareth, ed. Voices. …, 1979."
_SURNAME_FIRST = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:\*\*|__)?(?P<surname>[A-Z][\w’'-]+),\s+"
    r"(?P<given>[A-Z][\w’'-]*\.?(?:\s+[A-Z][\w’'-]*\.?){0,2}?)"
    r"(?:,?\s+(?P<editor>eds?|comp)\.|,?\s+trans\.|\s*\((?:dir|(?P<editors>eds?|comp))\.?\))?"
    r"\.?(?:\*\*|__)?\s+"
    r"(?:[*_](?P<emphasis>[^*_\n]+?)[.,]?[*_]|(?P<plain>[A-Z][^.\n]{2,120})[.,])(?P<rest>.*)$"
)
# the author and year in brackets right after a title: "*The Iron Meadow* (Clare Oduya, 1996)"
_AUTHOR_DATED = re.compile(rf"\s*\((?P<author>{_NAME}),\s*\d{{4}}\)")
# what a publication's description gives: "London: HMSO, March 2026", "340 pp.", "(Harvill, 1988)"
_PUBLICATION_FACTS = re.compile(
    r"\b[A-Z][\w.]*(?:,\s*[A-Z]{2})?:\s*[A-Z][^,\n]{1,60},\s*(?:[A-Z][a-z]+\s+)?\d{4}\b"
    r"|\b(?:[xvil]+\s*\+\s*)?\d+\s*pp\.|\([A-Z][^()\n]{1,60},\s*\d{4}\)"
)
_NAMEISH = re.compile(r"[A-Z][\w’'&-]*(?:\s+(?:of|for|and|the|on|&|[A-Z][\w’'&-]*))*")
# a kind of work whose people are characters: their lines are in the work
_FICTION = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w-]*(?:’s|'s))\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:play|novel|novella|short\s+story|poem|verse\s+drama|comedy|tragedy|farce|opera|"
    r"libretto|musical|pantomime|screenplay)s?\b|\bcollection\s+of\s+(?:short\s+)?stories\b"
)


# a sentence of the head saying what its page numbers are: "Page references are to the
# paperback edition", "Numbers in brackets are pages of …", "All page numbers refer to …",
# "References in these notes are to act, scene and line in the Harbour Press edition"
_PAGES_STATED = re.compile(
    r"\b(?:[Pp]age\s+(?:numbers|references)|[Nn]umbers\s+in\s+(?:brackets|parentheses)|"
    r"[Rr]eferences(?:\s+in\s+(?:brackets|parentheses|th(?:is|ese)\s+[\w-]+))?|"
    r"[Bb]racketed\s+(?:numbers|references))"
    r"(?:\s+(?:below|here|above|throughout|given))?\s+(?:are|refer|give)\b"
    # of one edition, not of several sources: "pages of the 1987 reprint", "are to the
    # typescript", "those of the Virago paperback", "to act, scene and line in the … edition"
    r"(?:[^.]{0,20}?\b(?:pages?\s+(?:of|in)\b|(?:to|of|in)\s+(?:the|this|that|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:edition|paperback|hardback|typescript|manuscript|text|book|novel|"
    r"play|report|translation|reprint|script|volume)s?\b)"
    r"|\s+to\s+(?:the\s+)?(?:acts?|books?|chapters?|cantos?)\s*,\s*[^.]{0,60}?\b(?:in|of)\s+"
    r"(?:the|this|that|its)\s+(?:[\w-]+\s+){0,4}?(?:edition|text|script|volume)\b)"
)
# a line describing the work whose title stands on the line above it: "A play in three acts
# by Corin Halloway, first performed …", "A novel by Ann Lee (Virago, 1988)"
_DESCRIBED_UNDER_TITLE = re.compile(
    rf"^\s*(?:An?|The)\s+(?:[\w-]+\s+){{0,6}}?by\s+(?P<author>{_NAME})(?=[\s.,;(]|$)"
)
# a title page's one line: "The Salt Orchard, by Imogen Varley"
_TITLE_COMMA_BY = re.compile(
    rf"^\s*(?:#+\s*)?(?P<title>[A-Z][^.,:;!?*_\n]{{1,100}}?),?\s+by\s+(?P<author>{_NAME})\.?\s*$"
)
# a title in the head: set off by emphasis, or in quote marks in title case
_TITLE_IN_HEAD = re.compile(
    r"(?<![*\w])\*{1,2}(?P<emphasis>[^*\n]{2,160}?)\*{1,2}(?![*\w])"
    r"|[“\"](?P<quoted>[A-Z][^”\"\n]{1,120}?)[”\"]"
)
# words in quote marks that read as a quotation, not a title: small letters, or a sentence
_QUOTATION_IN_HEAD = re.compile(r"[“\"«‘](?:[a-z]|[^”\"»’\n]*[.!?,][”\"»’])")


@dataclass(frozen=True)
class DiscussedWork:
    """The work a document discusses: its title, its author (a person or a body, as the head
    names them), and whether its people are characters speaking in it."""

    title: str
    author: str | None
    fiction: bool


def _author_of(rest: str) -> str | None:
    """Who made the work, as its description after the title says: "by X", or the first piece
    of the description that is only a name (a body issuing a report: "Department for X")."""
    by = _BY_AUTHOR.search(rest) or _AUTHOR_DATED.match(rest)
    if by is not None:
        return by["author"].rstrip(".")
    for piece in re.split(r"\.\s+", rest.strip(" .,")):
        piece = piece.strip(" .,")
        if piece and not re.search(r"\d|:", piece) and _NAMEISH.fullmatch(piece):
            return piece
    return None


def _kind_is_fiction(near: list[str]) -> bool:
    """Whether the head calls the work a play, a novel, a poem …: its line naming the work or
    the paragraphs after it ("a play in two acts", "Oduya's second novel", "We are not doing a
    play about water" in a rehearsal log's first entry)."""
    return any(_FICTION.search(words) for words in near)


def _in_small_letters(capitals: str) -> str:
    """A title set in capitals as a sentence names it: "THE LAMPLIGHTER'S WAGER" -> "The
    Lamplighter's Wager"."""
    small = {"A", "AN", "AND", "AT", "BY", "FOR", "FROM", "IN", "OF", "ON", "OR", "THE", "TO"}
    words = capitals.split()
    return " ".join(
        word.lower() if at and word in small else word.capitalize() for at, word in enumerate(words)
    )


def _title_line(line: str) -> str | None:
    """A line of the head that is a title by itself: in capitals ("THE LAMPLIGHTER'S WAGER"),
    set off by emphasis, or in title case with no full stop; as a sentence names it."""
    line = re.sub(r"^\s*#+\s*", "", line).strip()
    emphasis = re.fullmatch(r"(\*\*|\*|__|_)(?P<title>[^*_\n]{2,120}?)[.,:]?\1", line)
    if emphasis is not None:
        return emphasis["title"].strip()
    letters = re.sub(r"[^A-Za-z]", "", line)
    if 2 <= len(line) <= 100 and len(letters) >= 2 and letters.isupper():
        return _in_small_letters(line.strip(" .:"))
    if 2 <= len(line) <= 100 and not re.search(r"[.:;!?]$", line) and _title_case(line):
        return line
    return None


def _described_under_title(head: list[_Block]) -> DiscussedWork | None:
    """The work a head line describes by its kind and maker ("A play in three acts by Corin
    Halloway, first performed in 1998"), whose title is the nearest title line above it in the
    head ("THE LAMPLIGHTER'S WAGER" over a line of what the notes are for)."""
    lines = [line for block in head for line in block.text.split("\n") if line.strip()]
    for at, line in enumerate(lines):
        described = _DESCRIBED_UNDER_TITLE.match(line)
        if described is None or _QUOTATION_IN_HEAD.search(line):
            continue
        for above in reversed(lines[:at]):
            title = _title_line(above)
            if title is not None and not re.match(r"[Bb]y\s", title):
                author = described["author"].rstrip(".")
                return DiscussedWork(title, author, _kind_is_fiction([line]))
        return None
    return None


def _author_in_head(title: str, head: list[_Block]) -> str | None:
    """Who the head says made the work titled ``title``, on one of its lines: "*Title*, by
    X", "Title by X", "X's *Title*"."""
    named = re.escape(title)
    for line in (line for block in head for line in block.text.split("\n")):
        by = re.search(rf"{named}[*_]*,?[ \t]+by[ \t]+(?P<author>{_NAME})", line)
        owner = re.search(rf"(?P<author>{_NAME})(?:’s|'s)\s+(?:[a-z]+\s+){{0,3}}[*_]*{named}", line)
        found = by or owner
        if found is not None:
            return found["author"].rstrip(".")
    return None


def _stated_edition(head: list[_Block]) -> DiscussedWork | None:
    """The work whose pages the text's head says its page numbers are ("Page references are
    to the Harvill paperback", "Numbers in brackets are pages of the 1998 edition"), named in
    that head ("This guide accompanies *The Weir House*, Marian Oduya's second novel", a title
    in quote marks, "by X", "X's *Title*") or in the statement itself ("Page numbers refer to
    the paperback edition of *The Salt Orchard*", its author named elsewhere in the head)."""
    words = " ".join(b.text for b in head)
    stated = _PAGES_STATED.search(words)
    if stated is None:
        return None
    statement = re.split(r"(?<=[.;])\s", words[stated.start() :], maxsplit=1)[0]
    named_in_it = next(
        (
            title
            for titled in _TITLE_IN_HEAD.finditer(statement)
            if (title := (titled["emphasis"] or titled["quoted"] or "").strip(" .,:"))
            and title[:1].isupper()
        ),
        None,
    )
    if named_in_it is not None:
        author = _author_in_head(named_in_it, head)
        return DiscussedWork(named_in_it, author, _kind_is_fiction([words]))
    described = _described_under_title(head)
    if described is not None:
        return described
    before = words[: stated.start()]
    for titled in _TITLE_IN_HEAD.finditer(before):
        title = (titled["emphasis"] or titled["quoted"] or "").strip(" .,:")
        if not title or not title[:1].isupper() or re.match(r"[Bb]y\s", title):
            continue
        around = before[max(0, titled.start() - 120) : titled.end() + 160]
        by = _BY_AUTHOR.match(before[titled.end() :]) or re.match(
            rf"[^.]*?,\s*(?P<author>{_NAME})(?:’s|'s)\s", before[titled.end() :]
        )
        owner = re.search(
            rf"(?P<author>{_NAME})(?:’s|'s)\s+(?:[a-z]+\s+){{0,3}}$", before[: titled.start()]
        )
        found = by or owner
        author = found["author"].rstrip(".") if found else None
        return DiscussedWork(title, author, _kind_is_fiction([around]))
    return None


def read_discussed_work(blocks: list[_Block]) -> DiscussedWork | None:
    """The work the text's head describes as the one it discusses, or None. The maker of its
    words is its librettist or lyricist where the head names one ("an opera in two acts by
    Tomas Vell, libretto by Hannah Greave"), not its composer."""
    head = [b for b in blocks[:_HEAD_BLOCKS] if b.role in ("body", "heading") and not b.quote]
    found = _read_head(head)
    if found is None:
        return None
    words_by = next((m for b in head if (m := _WORDS_BY.search(b.text)) is not None), None)
    if words_by is not None:
        return DiscussedWork(found.title, words_by["author"], found.fiction)
    return found


def read_entries(blocks: list[_Block]) -> list[tuple[int, int, DiscussedWork]]:
    """The works a list of entries or a run of reviews describes one after another, with the
    span of the text each holds for ("*Marsh Bread* by Ivy Rendle (Gull Press, 1979). The one
    novel …", then "*Drained Land* by Colin Peat (…). Sober …"): a bare page there is its
    work's. An entry with words of its own after the description holds to its paragraph's
    end; a description standing alone (a review's heading block) holds to the next heading
    or entry. Only when the text has two such entries at least; a single description is the
    head's (``read_discussed_work``)."""
    found: list[tuple[int, _Block, DiscussedWork]] = []
    for at, block in enumerate(blocks):
        if block.role != "body" or block.quote:
            continue
        described = _entry_description(block.text.strip())
        if described is not None:
            found.append((at, block, described))
    if len(found) < 2:
        return []
    entries = []
    for (at, block, work), following in zip(found, [*found[1:], None], strict=True):
        end = block.end
        if "\n" not in block.text.strip() and not re.search(r"[“”\"‘’]", block.text):
            # a description alone: what follows it, up to the next heading or entry
            stop = following[0] if following else len(blocks)
            later = [b for b in blocks[at + 1 : stop] if b.role == "heading"]
            end = later[0].start if later else (following[1].start if following else blocks[-1].end)
        entries.append((block.start, end, work))
    return entries


def _entry_description(line: str) -> DiscussedWork | None:
    """The work a paragraph opens by describing with its author and its publication, as a
    review's heading block or a reading list's entry does ("*Title* by X (Place, 1979).",
    "**Title.** By X. Leeds: Moor Press, 1998.", "X, *Title* (Taunton, 1962).")."""
    if len(line) > 320:
        return None
    surname_first = _SURNAME_FIRST.match(line)
    if surname_first is not None and _PUBLICATION_FACTS.search(surname_first["rest"]):
        title = (surname_first["emphasis"] or surname_first["plain"] or "").strip(" .,:")
        author = f"{surname_first['given'].rstrip('.')} {surname_first['surname']}"
        if surname_first["editor"] or surname_first["editors"]:
            # an edited book: those it prints speak in it, and its editor relays none of them
            return DiscussedWork(title, None, _kind_is_fiction([line]))
        return DiscussedWork(title, author, _kind_is_fiction([line]))
    author_first = _AUTHOR_FIRST.match(line)
    if author_first is not None:
        title, author = author_first["title"].strip(" .,:"), author_first["author"]
        return DiscussedWork(title, author, _kind_is_fiction([line]))
    found = _TITLE_FIRST.match(line) or _PLAIN_TITLE_BY.match(line)
    if found is None or not re.search(r"[A-Za-z]{2}", found["title"]):
        return None  # "**2.** The postmaster …": a numbered paragraph, no title
    rest = found["rest"][:160]
    by = _BY_AUTHOR.match(rest) or _AUTHOR_DATED.match(rest)
    if re.match(r"[Bb]y\s", found["title"]) or by is None or not _PUBLICATION_FACTS.search(rest):
        return None
    title = found["title"].strip(" .,:")
    return DiscussedWork(title, by["author"].rstrip("."), _kind_is_fiction([rest]))


def _read_head(head: list[_Block]) -> DiscussedWork | None:
    """The work the head describes (``read_discussed_work``)."""
    for at, block in enumerate(head):
        line = block.text.strip()
        found = _TITLE_FIRST.match(line) or _PLAIN_TITLE_BY.match(line)
        field = _FIELD_TITLE.match(line.split("\n")[0]) if found is None else None
        if field is not None and _BY_AUTHOR.search(field["rest"]):
            title = (field["quoted"] or field["emphasis"] or "").strip(" .,:")
            author = _author_of(field["rest"])
            near = [field["rest"], *(later.text for later in head[at + 1 :])]
            return DiscussedWork(title, author, _kind_is_fiction(near))
        if found is not None and len(line) <= 320:
            title, rest = found["title"].strip(" .,:"), found["rest"]
            following = head[at + 1].text.strip() if at + 1 < len(head) else ""
            if (
                not rest.strip(" .,:")
                and len(following) < 240
                and re.match(rf"[Bb]y\s+{_NAME}[.,(]", following)
            ):
                rest = following  # a title on its own line, "By Ann Lee. Leeds, 1998." under it
            author = _author_of(rest)
            if not re.match(r"[Bb]y\s", title) and (author or _PUBLICATION_FACTS.search(rest)):
                # "*By Ann Lee, for the Gazette*" is a byline, no title
                near = [rest] + [later.text for later in head[at + 1 :]]
                return DiscussedWork(title, author, _kind_is_fiction(near))
        if _QUOTATION_IN_HEAD.search(block.text):
            # the first quotation comes before any description of a work: the head is over
            return _read_from_lines(head[: at + 1])
    return _read_from_lines(head)


def _read_together(head: list[_Block]) -> DiscussedWork | None:
    """The work a group's head says it read or studied together ("This month we read *The Long
    Thaw* by Agnes Milne (1987)", "Our book this term was *X*"), its author where the head
    names one."""
    for block in head:
        together = _READ_TOGETHER.search(block.text)
        if together is None:
            continue
        title = (together["title"] or together["plain"]).strip(" .,:")
        if not _title_case(title):
            continue
        after = block.text[together.end() :]
        by = _BY_AUTHOR.match(after) or _AUTHOR_DATED.match(after)
        author = by["author"].rstrip(".") if by else _author_in_head(title, head)
        return DiscussedWork(title, author, _kind_is_fiction([b.text for b in head]))
    return None


def _read_from_lines(head: list[_Block]) -> DiscussedWork | None:
    """The work a head names by its statement of pages, by a line describing it under its
    title, by a group's saying it read it, or by a title page's line ("The Salt Orchard, by
    Imogen Varley")."""
    found = _stated_edition(head) or _described_under_title(head) or _read_together(head)
    if found is not None:
        return found
    for block in head:
        titled = _TITLE_COMMA_BY.match(block.text) if "\n" not in block.text.strip() else None
        if titled is not None and _title_case(titled["title"]):
            near = [later.text for later in head]
            return DiscussedWork(titled["title"].strip(), titled["author"], _kind_is_fiction(near))
    return None
