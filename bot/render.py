"""Domain objects → Discord embeds and text, within Discord's limits.

Every passage embed carries the full attribution (speaker, work, date, page, the essay that
quotes it with author and year, ``via``) and the passage id in the footer. Quotations are
shown as block quotes; the essays' own words are labelled "Commentary by <essay author>";
a "Note" field says whose the insertions in a passage are, marks the source's misprints
("[sic]", also after the words) and carries the passage's reviewed note.
Long passages are split into pages at paragraph, sentence or word boundaries (never cut):
``passage_pages`` gives the pages and ``passage_embed(..., page=i)`` shows one.

Text from members (queries, names) goes through ``escape_user_text`` before it is echoed,
so it cannot forge formatting or mentions; messages are also sent with no allowed mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import discord

from bot.core.alignment import difference_runs
from bot.core.citation import (
    Citation,
    citation,
    format_citation,
    marked_text,
    page_label,
    passage_notes,
    relayed_by,
)
from bot.core.compare import SpeakerComparison, TopicComparison
from bot.core.context import PassageContext
from bot.core.models import Corpus, Passage, Source
from bot.core.verify import VerifyResult, speaker_phrase, summary

# Discord's limits (discord.com/developers/docs/resources/message#embed-object-embed-limits)
EMBED_TITLE_LIMIT = 256
EMBED_DESCRIPTION_LIMIT = 4096
EMBED_FIELD_NAME_LIMIT = 256
EMBED_FIELD_VALUE_LIMIT = 1024
EMBED_FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
EMBED_FIELDS_LIMIT = 25
MESSAGE_CONTENT_LIMIT = 2000

# A page of passage text: room left in the description for the quote markup and escapes.
PAGE_CHARS = 1800

QUOTATION_COLOUR = discord.Colour(0x5865F2)
COMMENTARY_COLOUR = discord.Colour(0x99AAB5)
NO_MENTIONS = discord.AllowedMentions.none()

_INSERTION = re.compile(r"\[[^\]]+\]")
# A sentence ends at . ? ! (maybe followed by a closing quote or bracket) before a space.
_SENTENCE_END = re.compile(r"(?<=\w\w)[.?!…][\"\u201d\u2019')\]]*(?=\s)")


# Invisible characters that change how the text after them renders, or hide in it: C0/C1
# controls (not newline or tab), zero-width characters, direction marks and the bidi
# embeddings, overrides and isolates (U+202E shows the rest of the line reversed).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)
# What Discord renders as a mention, command, timestamp or emoji: <@id>, <@&id>, <#id>,
# </name:id>, <t:123>, <:name:id>, <a:name:id>, <id:customize>.
_ANGLE_MARKUP = re.compile(r"<(?=[@#/:]|a:|t:|id:)")


def escape_user_text(text: str, limit: int = 200) -> str:
    """Member-typed text made inert: one line, markdown, mentions and bidi overrides
    neutralised, clipped to ``limit`` (before escaping)."""
    clipped = clip(" ".join(_INVISIBLE.sub(" ", text).split()), limit)
    return _escape(clipped)


def clip(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters, cut at a word boundary (never inside a word or
    number) and ending with … when shortened. For passage text use ``shorten`` (which prefers
    a sentence end) or pages."""
    if len(text) <= limit:
        return text
    window = text[: max(1, limit - 1)]
    space = max(window.rfind(" "), window.rfind("\n"))
    if space >= limit // 3 and not text[limit - 1].isspace():
        window = window[:space]
    return window.rstrip(" ,;:\n") + "…"


def shorten(text: str, limit: int) -> str:
    """The start of ``text`` within ``limit`` characters: whole sentences when at least half
    of the room is used that way, else whole words; marked with … when shortened."""
    flat = text.strip()
    if len(flat) <= limit:
        return flat
    window = flat[: max(1, limit - 2)]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends and ends[-1] >= limit // 2:
        return window[: ends[-1]].rstrip() + " …"
    return clip(flat, limit - 1).removesuffix("…").rstrip() + " …"


# A line break alone inside a paragraph: where a file (a server's own .txt, .md or PDF) wrapped
# its lines, not where the text breaks. Discord would show it as a break mid-sentence.
_LONE_NEWLINE = re.compile(r"(?<!\n)\n(?!\n)")


def flowed(text: str) -> str:
    """``text`` with each line break inside a paragraph read as the space it stands for
    (paragraph breaks kept; the same length, so offsets into ``text`` still hold)."""
    return _LONE_NEWLINE.sub(" ", text)


def _escape(text: str) -> str:
    """``text`` rendered literally, its wrapped lines flowed: no markdown, mention, timestamp
    or direction override."""
    visible = _INVISIBLE.sub("", flowed(text))
    # Line by line: over a whole text, discord.py's pattern for a line's leading "-" spans
    # the blank line before it and escapes the line break instead, leaving "-# " (subtext)
    # or "- " (a list) active after a paragraph break.
    markdown = "\n".join(discord.utils.escape_markdown(line) for line in visible.split("\n"))
    escaped = discord.utils.escape_mentions(markdown)
    return _ANGLE_MARKUP.sub("<\u200b", escaped)


def pages_of(passage: Passage) -> list[str]:
    """The pages of a passage as shown: its words with "[sic]" after the source's misprints."""
    return passage_pages(marked_text(passage))


def passage_pages(text: str, size: int = PAGE_CHARS) -> list[str]:
    """``text`` split into pages of at most ``size`` characters, preferring paragraph, then
    sentence, then word boundaries; joining the pages gives back every word."""
    pages: list[str] = []
    rest = text.strip()
    while len(rest) > size:
        window = rest[:size]
        cut = window.rfind("\n\n")
        if cut < size // 3:
            cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
            cut = cut + 1 if cut >= size // 3 else -1
        if cut < size // 3:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = size
        pages.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    pages.append(rest)
    return pages


def _quoted(text: str) -> str:
    return _block_quote(_escape(text))


def _block_quote(markdown: str) -> str:
    """``markdown`` as a block quote, every line of it (a blank line stays inside)."""
    lines = markdown.splitlines() or [""]
    return "\n".join(f"> {line}" if line.strip() else ">" for line in lines)


def essay_line(cited: Citation) -> str:
    """``Carlos Rule, “The fight against …” (2001)``."""
    essay = f"\u201c{cited.essay_title}\u201d"
    if cited.essay_author:
        essay = f"{cited.essay_author}, {essay}"
    if cited.essay_year is not None:
        essay += f" ({cited.essay_year})"
    return essay


def attribution_line(cited: Citation) -> str:
    """Who said it, in which work, when, on which page, and through whom, once:
    ``J. V. Stalin — Report to the …, 26 January 1934, p. 12 · quoted by …``. The speaker
    and the work are named once even when they coincide."""
    if cited.kind in ("commentary", "heading"):  # the essay's own words: the essay, once
        return essay_line(cited) + (f", {page_label(cited.page)}" if cited.page else "")
    parts: list[str] = []
    if cited.work and not cited.work_is_via and cited.work != cited.speaker:
        parts.append(cited.work)
    if cited.date:
        parts.append(cited.date)
    if cited.page and not cited.work_is_via:
        parts.append(page_label(cited.page))
    line = cited.speaker + (" \u2014 " + ", ".join(parts) if parts else "")
    if cited.via:
        line += f" \u00b7 quoted by {relayed_by(cited)}"
    return line


def _kind_line(cited: Citation) -> str:
    """The small line above a card's title: which essay quotes the words, or whose words
    they are when they are not a quotation (an editor's are never shown as the author's)."""
    if cited.kind == "quotation":
        return f"Quoted in {essay_line(cited)}"
    if cited.kind == "heading":
        return "A heading of the essay"
    if cited.kind == "front-matter":
        return f"Front matter by {cited.speaker}, not the essay's author"
    if cited.speaker != cited.essay_author:
        return f"Commentary by {cited.speaker}"
    return "Commentary: the essay's own words"


def _marked_spans(passage: Passage) -> list[tuple[int, int]]:
    """Spans of the shown text (``marked_text``) set apart in italics: words inserted by
    someone other than the speaker, and the "[sic]" after each of the source's misprints."""
    if passage.kind != "quotation":
        return []
    sic_ends = sorted(end for _start, end, _meant in passage.sic)
    mark = len(" [sic]")

    def shifted(position: int) -> int:
        return position + mark * sum(1 for end in sic_ends if end <= position)

    raw = list(passage.insertions) or [m.span() for m in _INSERTION.finditer(passage.text)]
    spans = [(shifted(a), shifted(a) + (b - a)) for a, b in raw]
    spans += [(shifted(end) - mark + 1, shifted(end)) for end in sic_ends]
    return sorted(spans)


def _page_body(passage: Passage, page_text: str, offset: int, quoted: bool) -> str:
    """One page's text, escaped; the essay author's insertions in italics."""
    page_text = flowed(page_text)
    pieces: list[str] = []
    position = 0
    for start, end in _marked_spans(passage):
        start, end = max(start - offset, 0), min(end - offset, len(page_text))
        if end <= start or start < position:
            continue
        pieces.append(_escape(page_text[position:start]))
        inserted = _escape(page_text[start:end]).strip()
        pieces.append(f"*{inserted}*" if inserted else "")
        position = end
    pieces.append(_escape(page_text[position:]))
    body = "".join(pieces)
    return _block_quote(body) if quoted else body


def page_offsets(text: str, pages: Sequence[str]) -> list[int]:
    """Where each page starts in ``text`` (pages are stripped slices of it, in order)."""
    offsets: list[int] = []
    cursor = 0
    for page in pages:
        found = text.find(page, cursor)
        offsets.append(max(found, cursor))
        cursor = offsets[-1] + len(page)
    return offsets


def passage_embed(
    corpus: Corpus,
    passage: Passage,
    page: int = 0,
    *,
    heading: str | None = None,
    footer_note: str | None = None,
) -> discord.Embed:
    """A citation card: the attribution line once (title), the essay that quotes it (above),
    the text itself as the body (one page of it), the id and page in the footer.
    ``heading`` (already escaped) goes above the text, e.g. "Result 2 of 7 for …"."""
    cited = citation(corpus, passage)
    pages = pages_of(passage)
    page = max(0, min(page, len(pages) - 1))
    offset = page_offsets(marked_text(passage), pages)[page]
    quoted = cited.kind == "quotation"
    body = _page_body(passage, pages[page], offset, quoted)
    if page > 0:
        body = ("> …\n" if quoted else "… ") + body
    if page < len(pages) - 1:
        body += "\n> …" if quoted else " …"
    title = attribution_line(cited)
    if len(title) > EMBED_TITLE_LIMIT:  # the whole line stays visible, above the text
        body = f"**{_escape(title)}**\n{body}"
    notes = passage_notes(corpus, passage)
    if not notes and quoted and _marked_spans(passage):  # brackets the corpus did not review
        editor = cited.essay_author or "the essay"
        notes = [f"Words in [brackets] are {editor}'s, not {cited.speaker}'s."]
    body += "".join(f"\n-# {_escape(note)}" for note in notes)
    if heading:
        body = f"{heading}\n\n{body}"
    embed = discord.Embed(
        title=clip(_escape(title), EMBED_TITLE_LIMIT),
        description=body,
        colour=QUOTATION_COLOUR if quoted else COMMENTARY_COLOUR,
    )
    embed.set_author(name=clip(_kind_line(cited), 256))
    footer = f"id: {passage.id}"
    if len(pages) > 1:
        footer += f" \u00b7 page {page + 1} of {len(pages)}"
    if footer_note:
        footer += f" \u00b7 {footer_note}"
    embed.set_footer(text=footer)
    return fit(embed)


def citation_line(corpus: Corpus, passage: Passage) -> str:
    """The one-line plain citation, escaped for Discord."""
    return _escape(format_citation(citation(corpus, passage)))


def fit(embed: discord.Embed) -> discord.Embed:
    """Enforce every embed limit: clip fields, then the description, until the total fits."""
    if embed.title:
        embed.title = clip(embed.title, EMBED_TITLE_LIMIT)
    if embed.description:
        embed.description = clip(embed.description, EMBED_DESCRIPTION_LIMIT)
    while len(embed.fields) > EMBED_FIELDS_LIMIT:
        embed.remove_field(-1)
    for i, field in enumerate(embed.fields):
        embed.set_field_at(
            i,
            name=clip(field.name or "\u200b", EMBED_FIELD_NAME_LIMIT),
            value=clip(field.value or "\u200b", EMBED_FIELD_VALUE_LIMIT),
            inline=bool(field.inline),
        )
    if embed.footer.text:
        embed.set_footer(text=clip(embed.footer.text, EMBED_FOOTER_LIMIT))
    excess = len(embed) - EMBED_TOTAL_LIMIT
    if excess > 0 and embed.description:
        embed.description = clip(embed.description, max(1, len(embed.description) - excess))
    while len(embed) > EMBED_TOTAL_LIMIT and embed.fields:
        embed.remove_field(-1)
    return embed


def text_embed(title: str, lines: Iterable[str], *, footer: str | None = None) -> discord.Embed:
    """A plain embed of already-escaped lines, within the limits."""
    embed = discord.Embed(title=title, description="\n".join(lines))
    if footer:
        embed.set_footer(text=footer)
    return fit(embed)


def message_content(text: str) -> str:
    return clip(text, MESSAGE_CONTENT_LIMIT)


CONTEXT_AROUND_CHARS = 600
CONTEXT_PASSAGE_CHARS = 1500


def shorten_start(text: str, limit: int) -> str:
    """The end of ``text`` within ``limit`` characters, from a sentence or word start,
    marked with a leading …."""
    flat = text.strip()
    if len(flat) <= limit:
        return flat
    window = flat[len(flat) - limit + 2 :]
    starts = [m.end() for m in _SENTENCE_END.finditer(flat[len(flat) - limit + 2 - 1 :])]
    if starts and starts[0] <= limit // 2:
        return "… " + window[starts[0] - 1 :].lstrip()
    space = window.find(" ")
    return "… " + (window[space + 1 :] if 0 <= space < limit // 3 else window).lstrip()


_MARKDOWN_QUOTE_LINE = re.compile(r"^>[ \t]?", re.MULTILINE)
_INDENT = re.compile(r"^(?: {4}|\t)[ \t]*", re.MULTILINE)


def _around(paragraph: str, source_text: str) -> str:
    """A paragraph around the passage in ``/source``; one a reading sets as a block quotation
    (every line starting with ">", or indented as a Markdown, HTML or EPUB reading's block
    quotation is stored) is shown as one, not with its marks as text."""
    lines = paragraph.splitlines()
    if lines and all(line.startswith(">") for line in lines):
        return _quoted(shorten(_MARKDOWN_QUOTE_LINE.sub("", paragraph), CONTEXT_AROUND_CHARS))
    if lines and _indented(paragraph, source_text):
        return _quoted(shorten(_INDENT.sub("", paragraph), CONTEXT_AROUND_CHARS))
    return _escape(shorten(paragraph, CONTEXT_AROUND_CHARS))


def _indented(paragraph: str, source_text: str) -> bool:
    """Whether every line of ``paragraph`` (which starts at its first word) is indented in
    ``source_text``."""
    at = source_text.find(paragraph)
    if at < 0:
        return False
    first_indent = source_text[source_text.rfind("\n", 0, at) + 1 : at]
    later = paragraph.splitlines()[1:]
    return bool(_INDENT.fullmatch(first_indent)) and all(_INDENT.match(line) for line in later)


def context_embed(context: PassageContext, source_text: str = "") -> discord.Embed:
    """``/source``: the paragraphs around the passage as plain text, the passage itself as a
    block quote inside its paragraph (shown once), the citation once, the id in the footer."""
    cited = context.citation
    passage = context.passage
    lead = tail = ""
    start = source_text.find(context.paragraph) if source_text else -1
    if start >= 0 and start <= passage.start and passage.end <= start + len(context.paragraph):
        # The quote marks around the passage: the block quote below stands for them.
        lead = context.paragraph[: passage.start - start].rstrip().removesuffix("\u201c")
        lead = lead.removesuffix('"').removesuffix("\u00ab").rstrip()
        tail = context.paragraph[passage.end - start :].lstrip()
        tail = tail.removeprefix("\u201d").removeprefix('"').removeprefix("\u00bb").lstrip()
    parts = [_around(p, source_text) for p in context.before]
    if lead.strip():
        parts.append(_escape(shorten_start(lead, CONTEXT_AROUND_CHARS)))
    parts.append(_quoted(shorten(passage.text, CONTEXT_PASSAGE_CHARS)))
    if tail.strip(' \n.,;:"\u201d\u2019)'):
        parts.append(_escape(shorten(tail, CONTEXT_AROUND_CHARS)))
    parts.extend(_around(p, source_text) for p in context.after)
    embed = discord.Embed(
        title=clip(f"In context: {cited.essay_title}", EMBED_TITLE_LIMIT),
        description="\n\n".join(parts),
        colour=QUOTATION_COLOUR if cited.kind == "quotation" else COMMENTARY_COLOUR,
    )
    quoted = cited.kind == "quotation"
    embed.add_field(
        name="The quoted passage" if quoted else "Commentary in the essay",
        value=clip(
            _escape(
                f"{attribution_line(cited)}; in {essay_line(cited)}"
                if quoted
                else essay_line(cited)
            ),
            EMBED_FIELD_VALUE_LIMIT,
        ),
        inline=False,
    )
    embed.set_footer(text=f"id: {passage.id}")
    return fit(embed)


VERDICT_COLOURS = {
    "good": discord.Colour.green(),
    "warning": discord.Colour.gold(),
    "bad": discord.Colour.red(),
}
DIFFERENCE_LABELS = {"changed": "changed", "missing": "left out", "extra": "added"}
VERIFY_SENTENCE_CHARS = 1500
MARKS_LEGEND = (
    "**bold**: the source's words you changed or left out · ~~struck~~: your words it does not have"
)


def verify_embed(corpus: Corpus, result: VerifyResult) -> discord.Embed:
    """``/verify``: one verdict combining the words and the speaker (its colour follows the
    worst part), the source's sentence(s) with the changes marked, and the true attribution."""
    verdict = summary(corpus, result, lambda name: escape_user_text(name, 80))
    lines: list[str] = []
    if result.framing:  # first, so that no clipping of a long passage ever hides it
        lines.append(f"*{FRAMING_LABEL}:* {_framing_pieces(result.framing)}")
    passage = result.passage
    differences = tuple(d for part in (*result.parts, result) for d in part.differences)
    if passage is not None:
        for part in result.parts:  # "Stalin said A and that B": A, in its own passage first
            lines.extend(_verify_part(corpus, part))
        lines.append(_marked_sentences(passage.text, result))
        if differences:
            lines.append(f"-# {MARKS_LEGEND}")
        lines.extend(_verify_notes(corpus, result, passage))
        if result.note:
            lines.append(_escape(result.note))
    else:
        lines.append(_quoted(clip(result.quote, 1000)))
        if result.claimed_speaker:
            claimed = escape_user_text(result.claimed_speaker, 100)
            lines.append(
                f"Attributed to **{claimed}**: that cannot be checked, the words are not in the "
                "corpus."
            )
    embed = discord.Embed(
        title=clip(verdict.headline, EMBED_TITLE_LIMIT),
        description="\n\n".join(lines),
        colour=VERDICT_COLOURS[verdict.severity],
    )
    if differences:
        shown = [
            f"{DIFFERENCE_LABELS[d.kind]}: "
            f"{escape_user_text(d.quoted, 80) or '—'} → {_escape(clip(d.source, 80)) or '—'}"
            for d in differences[:10]
        ]
        if len(differences) > 10:
            shown.append(f"… and {len(differences) - 10} more")
        embed.add_field(name="Differences (yours → source)", value="\n".join(shown), inline=False)
    if passage is not None:
        source_line = citation_line(corpus, passage)
        if result.insertion == "only":
            author = _essay_author(corpus, passage)
            source_line = f"{_escape(author)}'s note inside: {source_line}"
        embed.add_field(name="Source", value=source_line, inline=False)
        embed.set_footer(text=f"id: {passage.id}")
    elif result.nearest:
        nearest = [
            f"`{h.passage.id}` {_escape(clip(h.passage.text, 120))}" for h in result.nearest[:3]
        ]
        embed.add_field(
            name="Nearest passages (not a match)", value="\n".join(nearest), inline=False
        )
    return fit(embed)


def _verify_part(corpus: Corpus, part: VerifyResult) -> list[str]:
    """An earlier part of a joined claim: its own sentence marked, who said it, its source."""
    if part.passage is None:
        return []
    notes = _verify_notes(corpus, part, part.passage)
    cited = f"-# {citation_line(corpus, part.passage)}"
    return [_marked_sentences(part.passage.text, part), *notes, cited]


FRAMING_LABEL = "Read as your framing, not checked"
_UNESCAPED_BRACKET = re.compile(r"(?<!\\)\[")
_FRAMING_PIECE_LIMIT = 150


def _framing_pieces(framing: tuple[str, ...]) -> str:
    """The member's words verify set aside, each in quote marks, clipped at a word, inert."""
    return " and ".join(f"\u201c{_framing_piece(piece)}\u201d" for piece in framing)


def _framing_piece(piece: str) -> str:
    # A piece may end inside a link's markup ("[link](https" before a colon): its bracket is
    # escaped too, so that nothing after it can complete a masked link.
    return _UNESCAPED_BRACKET.sub(r"\[", escape_user_text(piece, _FRAMING_PIECE_LIMIT))


def _verify_notes(corpus: Corpus, result: VerifyResult, passage: Passage) -> list[str]:
    """Who said it, in words a member cannot misread, and how an editor's note stands in it."""
    notes: list[str] = []
    true_name = _escape(speaker_phrase(corpus, result.true_speaker or passage.speaker))
    speaker_name = _escape(corpus.speaker_name(passage.speaker))
    author = _escape(_essay_author(corpus, passage))
    if result.claimed_speaker and result.attribution == "wrong":
        claimed = escape_user_text(result.claimed_speaker, 100)
        notes.append(f"Wrong speaker: these are the words of **{true_name}**, not {claimed}.")
    else:
        notes.append(f"Said by **{true_name}**.")
    if result.quoting:
        quoted = " and ".join(
            dict.fromkeys(_escape(corpus.speaker_name(s)) for s in result.quoting)
        )
        notes.append(
            f"The quotation takes in words {true_name} quotes: those are {quoted}'s, not "
            f"{true_name}'s."
        )
    if result.insertion == "only":
        notes.append(
            f"These words are {author}'s note in [square brackets] inside a quotation of "
            f"{speaker_name}: they are not {speaker_name}'s."
        )
    elif result.insertion == "included":
        notes.append(f"The words in [square brackets] are {author}'s note, not {speaker_name}'s.")
    elif result.insertion == "left_out":
        notes.append(f"{author}'s bracketed note, which stands between these words, is left out.")
    if result.continued is not None:
        notes.append(f"It runs on into the next passage, `{result.continued.id}`.")
    return notes


def _essay_author(corpus: Corpus, passage: Passage) -> str:
    source = corpus.sources.get(passage.source)
    return source.author if source else "the essay's author"


def _marked_sentences(text: str, result: VerifyResult) -> str:
    """The passage's sentence(s) the quotation stands in, as a block quote, with the source's
    words that differ in bold and the member's own words struck through."""
    text = flowed(text)
    start, end = result.sentences or result.span or (0, len(text))
    if result.insertion == "only" and result.span:
        start, end = result.span
    pieces: list[str] = []
    for before, difference, first, last in difference_runs(text, result.differences, start, end):
        pieces.append(_escape(before))
        if difference is None:
            break
        if difference.quoted:
            if not difference.source and before[-1:].isalnum():
                pieces.append(" ")  # at a full stop: "unkind ~~your words~~."
            pieces.append(_wrapped(escape_user_text(difference.quoted, 120), "~~"))
            if difference.source:
                pieces.append(" ")
        if difference.source:
            pieces.append(_wrapped(_escape(clip(text[first:last], 600)), "**"))
        elif difference.quoted and text[first : first + 1] not in _NO_SPACE_BEFORE:
            pieces.append(" ")
    marked = "".join(pieces).strip()
    if len(marked) > VERIFY_SENTENCE_CHARS:
        cut = marked.rfind(" ", 0, VERIFY_SENTENCE_CHARS)
        marked = marked[: cut if cut > 0 else VERIFY_SENTENCE_CHARS] + " …"
    before = "… " if text[:start].strip() else ""
    after = " …" if text[end:].strip() else ""
    return _block_quote(before + marked + after)


# After the member's struck words: no space before the end of the text, a space or what
# closes a sentence or clause ("unkind ~~your words~~.").
_NO_SPACE_BEFORE = frozenset(["", " ", "\n", "\t", ".", ",", ";", ":", "!", "?", ")", "”", "’"])


def _wrapped(text: str, mark: str) -> str:
    """``text`` inside a markdown ``mark``, line by line (a mark cannot span lines)."""
    return "\n".join(
        f"{mark}{line.strip()}{mark}" if line.strip() else "" for line in text.splitlines()
    )


COMPARE_MESSAGE_CHARS = 5800  # of Discord's 6000 per message, across its embeds
COMPARE_PASSAGES = 2
COMPARE_COLOURS = (discord.Colour(0x5865F2), discord.Colour(0xEB459E), discord.Colour(0x57F287))


def _side_embed(
    corpus: Corpus,
    title: str,
    passages: Sequence[Passage],
    empty: str,
    budget: int,
    colour: int,
    *,
    speaker_in_title: bool = False,
) -> discord.Embed:
    """One side of a comparison: up to ``COMPARE_PASSAGES`` passages, each a short block
    quote with its own attribution line and id, within ``budget`` characters."""
    shown = passages[:COMPARE_PASSAGES]
    room = max(120, (budget - len(title) - 40) // max(1, len(shown)) - 160)
    blocks = []
    for passage in shown:
        cited = citation(corpus, passage)
        text = shorten(" ".join(passage.text.split()), min(room, 600))
        body = _quoted(text) if cited.kind == "quotation" else _escape(text)
        source = attribution_line(cited) if cited.kind == "quotation" else "the essay's own words"
        if speaker_in_title and cited.kind == "quotation":  # named once, in the card's title
            source = source.removeprefix(cited.speaker).removeprefix(" \u2014 ").lstrip(" \u00b7")
            source = source or "no work or date given"
        blocks.append(f"{body}\n\u2014 {_escape(clip(source, 150))} \u00b7 `{passage.id}`")
    embed = discord.Embed(
        title=clip(title, EMBED_TITLE_LIMIT),
        description="\n\n".join(blocks) if blocks else empty,
        colour=COMPARE_COLOURS[colour % len(COMPARE_COLOURS)],
    )
    if len(passages) > len(shown):
        more = len(passages) - len(shown)
        embed.set_footer(
            text=f"{more} more {'passage' if more == 1 else 'passages'}: /quote search"
        )
    return fit(embed)


COMPARE_CARDS = 10  # Discord's embeds per message


def _essay_name(source: Source, *, markdown: bool = True) -> str:
    """Author, "title" (year); escaped for a card's title (a server's own reading is titled
    by a moderator), plain for a footer, which Discord shows as typed."""
    year = f" ({source.year})" if source.year else ""
    author, title = source.author, source.title
    if markdown:
        author, title = escape_user_text(author, 200), escape_user_text(title, 200)
    return f"{author}, \u201c{title}\u201d{year}"


def _named_in_footer(lead: str, names: Sequence[str], limit: int) -> str:
    """``lead`` and as many ``names`` as fit in ``limit`` characters, then how many more."""
    shown: list[str] = []
    for count, name in enumerate(names):
        rest = len(names) - count - 1
        tail = f"; and {rest} more" if rest else ""
        if len(lead + "; ".join([*shown, name]) + tail) > limit and shown:
            return lead + "; ".join(shown) + f"; and {len(names) - count} more"
        shown.append(clip(name, 300))
    return lead + "; ".join(shown)


def compare_topic_embeds(corpus: Corpus, comparison: TopicComparison) -> list[discord.Embed]:
    """``/compare topic``: one card per essay that states a position on the topic, stacked
    (reads the same on a phone and a desktop), each passage with its attribution; the first
    card names the topic. The texts read here that state none (a server's own readings never
    do) are named once under the cards, not given a card each, so they neither crowd out nor
    silently push past Discord's ten cards the essays that do."""
    stating = [p for p in comparison.positions if p.passages]
    silent = [_essay_name(p.source, markdown=False) for p in comparison.positions if not p.passages]
    cards = stating[:COMPARE_CARDS]
    silent += [_essay_name(p.source, markdown=False) for p in stating[COMPARE_CARDS:]]
    budget = COMPARE_MESSAGE_CHARS // max(1, len(cards)) - (400 if silent else 0)
    embeds = [
        _side_embed(corpus, _essay_name(position.source), position.passages, "", budget, i)
        for i, position in enumerate(cards)
    ]
    if not embeds:
        embeds = [
            discord.Embed(
                title=clip(f"No text read here states a position on {comparison.topic.name}", 256),
                description="`/quote search` finds what the texts say about it.",
                colour=COMPARE_COLOURS[0],
            )
        ]
    if silent:
        last = embeds[-1]
        before = f"{last.footer.text} · " if last.footer.text else ""
        lead = f"{before}No position stated on it in: "
        last.set_footer(text=_named_in_footer(lead, silent, 400 + len(before)))
    embeds[0].set_author(name=clip(f"On {comparison.topic.name}: each essay in its own words", 256))
    return embeds


def compare_speakers_embeds(corpus: Corpus, comparison: SpeakerComparison) -> list[discord.Embed]:
    """``/compare speakers``: one card per speaker, stacked, in the order asked for."""
    views = comparison.views[:10]
    budget = COMPARE_MESSAGE_CHARS // max(1, len(views))
    embeds = [
        _side_embed(
            corpus,
            view.speaker_name,
            [h.passage for h in view.hits],
            "Nothing on this in the corpus.",
            budget,
            i,
            speaker_in_title=True,
        )
        for i, view in enumerate(views)
    ]
    if embeds:
        embeds[0].set_author(
            name=clip(f"Compared on: {escape_user_text(comparison.query, 200)}", 256)
        )
    return embeds
