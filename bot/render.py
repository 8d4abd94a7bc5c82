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

from bot.core.citation import (
    Citation,
    citation,
    format_citation,
    marked_text,
    passage_notes,
    relayed_by,
)
from bot.core.compare import SpeakerComparison, TopicComparison
from bot.core.context import PassageContext
from bot.core.models import Corpus, Passage
from bot.core.verify import VerifyResult, summary

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


# Invisible characters that change how the text after them renders: C0/C1 controls (not
# newline or tab) and the bidi embeddings, overrides and isolates (U+202E shows the rest of
# the line reversed).
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What Discord renders as a mention, command, timestamp or emoji: <@id>, <@&id>, <#id>,
# </name:id>, <t:123>, <:name:id>, <a:name:id>, <id:customize>.
_ANGLE_MARKUP = re.compile(r"<(?=[@#/:]|a:|t:|id:)")


def escape_user_text(text: str, limit: int = 200) -> str:
    """Member-typed text made inert: one line, markdown, mentions and bidi overrides
    neutralised, clipped to ``limit`` (before escaping)."""
    clipped = clip(" ".join(_INVISIBLE.sub(" ", text).split()), limit)
    return _escape(clipped)


def clip(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters, ending with … when shortened (never for
    passage text: that is paginated instead)."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def _escape(text: str) -> str:
    """``text`` rendered literally: no markdown, mention, timestamp or direction override."""
    visible = _INVISIBLE.sub("", text)
    escaped = discord.utils.escape_mentions(discord.utils.escape_markdown(visible))
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
    lines = _escape(text).splitlines() or [""]
    return "\n".join(f"> {line}" if line.strip() else ">" for line in lines)


def attribution_fields(cited: Citation) -> list[tuple[str, str]]:
    """(name, value) pairs of the attribution, each value within the field limit."""
    essay = f"\u201c{cited.essay_title}\u201d"
    if cited.essay_author:
        essay = f"{cited.essay_author}, {essay}"
    if cited.essay_year is not None:
        essay += f" ({cited.essay_year})"
    fields: list[tuple[str, str]] = []
    if cited.kind == "quotation":
        fields.append(("Speaker", cited.speaker))
        if cited.work and not cited.work_is_via:
            fields.append(("Work", cited.work))
    if cited.date:
        fields.append(("Date", cited.date))
    if cited.page and not cited.work_is_via:
        fields.append(("Page", cited.page))
    if cited.via:
        fields.append(("Via", f"quoted by {relayed_by(cited)}"))
    fields.append(("Quoted in" if cited.kind == "quotation" else "Essay", essay))
    return [(name, clip(_escape(value), EMBED_FIELD_VALUE_LIMIT)) for name, value in fields]


def passage_title(cited: Citation) -> str:
    if cited.kind == "commentary":
        return clip(f"Commentary by {cited.essay_author or cited.speaker}", EMBED_TITLE_LIMIT)
    if cited.kind == "heading":
        return clip(f"Heading by {cited.essay_author or cited.speaker}", EMBED_TITLE_LIMIT)
    if cited.kind == "front-matter":
        return clip(f"Front matter by {cited.speaker}", EMBED_TITLE_LIMIT)
    return clip(f"Quotation: {cited.speaker}", EMBED_TITLE_LIMIT)


def passage_embed(
    corpus: Corpus,
    passage: Passage,
    page: int = 0,
    *,
    heading: str | None = None,
) -> discord.Embed:
    """One page of ``passage`` with its full attribution; ``heading`` (already escaped) goes
    above the text, e.g. "Result 2 of 7 for …"."""
    cited = citation(corpus, passage)
    pages = pages_of(passage)
    page = max(0, min(page, len(pages) - 1))
    body = _quoted(pages[page])
    if page > 0:
        body = "> …\n" + body
    if page < len(pages) - 1:
        body += "\n> …"
    if heading:
        body = f"{heading}\n\n{body}"
    embed = discord.Embed(
        title=passage_title(cited),
        description=clip(body, EMBED_DESCRIPTION_LIMIT),
        colour=QUOTATION_COLOUR if cited.kind == "quotation" else COMMENTARY_COLOUR,
    )
    for name, value in attribution_fields(cited):
        embed.add_field(name=name, value=value, inline=name not in ("Quoted in", "Essay"))
    notes = passage_notes(corpus, passage)
    if notes:
        embed.add_field(name="Note", value=_escape("\n".join(notes)), inline=False)
    footer = f"id: {passage.id}"
    if len(pages) > 1:
        footer += f" · page {page + 1} of {len(pages)}"
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


def total_length(embeds: Sequence[discord.Embed]) -> int:
    """Discord counts the 6000 characters across all embeds of one message."""
    return sum(len(e) for e in embeds)


CONTEXT_AROUND_CHARS = 700
CONTEXT_PARAGRAPH_CHARS = 2000


def context_embed(context: PassageContext) -> discord.Embed:
    """``/source``: the paragraphs before and after (as plain text, shortened if long) and
    the passage's own paragraph as a block quote, with the full citation."""
    cited = context.citation
    parts = [_escape(clip(p.strip(), CONTEXT_AROUND_CHARS)) for p in context.before]
    parts.append(_quoted(clip(context.paragraph.strip(), CONTEXT_PARAGRAPH_CHARS)))
    parts.extend(_escape(clip(p.strip(), CONTEXT_AROUND_CHARS)) for p in context.after)
    embed = discord.Embed(
        title=clip(f"In context: {cited.essay_title}", EMBED_TITLE_LIMIT),
        description="\n\n".join(parts),
        colour=QUOTATION_COLOUR if cited.kind == "quotation" else COMMENTARY_COLOUR,
    )
    embed.add_field(
        name="Citation", value=clip(_escape(format_citation(cited)), 1024), inline=False
    )
    if context.passage.text.strip() not in context.paragraph:
        embed.add_field(
            name="The passage",
            value=clip(_quoted(context.passage.text), EMBED_FIELD_VALUE_LIMIT),
            inline=False,
        )
    embed.set_footer(text=f"id: {context.passage.id}")
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
    passage = result.passage
    if passage is not None:
        lines.append(_marked_sentences(passage.text, result))
        if result.differences:
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
    if result.differences:
        shown = [
            f"{DIFFERENCE_LABELS[d.kind]}: "
            f"{escape_user_text(d.quoted, 80) or '—'} → {_escape(clip(d.source, 80)) or '—'}"
            for d in result.differences[:10]
        ]
        if len(result.differences) > 10:
            shown.append(f"… and {len(result.differences) - 10} more")
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


def _verify_notes(corpus: Corpus, result: VerifyResult, passage: Passage) -> list[str]:
    """Who said it, in words a member cannot misread, and how an editor's note stands in it."""
    notes: list[str] = []
    true_name = _escape(corpus.speaker_name(result.true_speaker or passage.speaker))
    speaker_name = _escape(corpus.speaker_name(passage.speaker))
    author = _escape(_essay_author(corpus, passage))
    if result.claimed_speaker and result.attribution == "wrong":
        claimed = escape_user_text(result.claimed_speaker, 100)
        notes.append(f"Wrong speaker: these are the words of **{true_name}**, not {claimed}.")
    else:
        notes.append(f"Said by **{true_name}**.")
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
    start, end = result.sentences or result.span or (0, len(text))
    if result.insertion == "only" and result.span:
        start, end = result.span
    pieces: list[str] = []
    at = start
    for difference in sorted(
        (d for d in result.differences if d.at and start <= d.at[0] <= end),
        key=lambda d: d.at or (0, 0),
    ):
        first, last = difference.at or (at, at)
        if first < at:
            continue
        pieces.append(_escape(text[at:first]))
        if difference.quoted:
            pieces.append(_wrapped(escape_user_text(difference.quoted, 120), "~~"))
            if difference.source:
                pieces.append(" ")
        if difference.source:
            pieces.append(_wrapped(_escape(clip(text[first:last], 600)), "**"))
        elif difference.quoted and not text[first : first + 1].isspace():
            pieces.append(" ")
        at = max(at, last)
    pieces.append(_escape(text[at:end]))
    marked = "".join(pieces).strip()
    if len(marked) > VERIFY_SENTENCE_CHARS:
        cut = marked.rfind(" ", 0, VERIFY_SENTENCE_CHARS)
        marked = marked[: cut if cut > 0 else VERIFY_SENTENCE_CHARS] + " …"
    before = "… " if text[:start].strip() else ""
    after = " …" if text[end:].strip() else ""
    lines = (before + marked + after).splitlines() or [""]
    return "\n".join(f"> {line}" if line.strip() else ">" for line in lines)


def _wrapped(text: str, mark: str) -> str:
    """``text`` inside a markdown ``mark``, line by line (a mark cannot span lines)."""
    return "\n".join(
        f"{mark}{line.strip()}{mark}" if line.strip() else "" for line in text.splitlines()
    )


def compare_topic_embed(corpus: Corpus, comparison: TopicComparison) -> discord.Embed:
    """``/compare topic``: each essay's position on a topic, side by side."""
    embed = discord.Embed(title=clip(f"On {comparison.topic.name}", EMBED_TITLE_LIMIT))
    for position in comparison.positions:
        source = position.source
        if position.passages:
            value = "\n".join(
                f"{_quoted(clip(p.text, 300))}\n`{p.id}`" for p in position.passages[:3]
            )
        else:
            value = "This essay states no position on it."
        embed.add_field(
            name=clip(f"{source.author} ({source.year})", EMBED_FIELD_NAME_LIMIT),
            value=clip(value, EMBED_FIELD_VALUE_LIMIT),
            inline=True,
        )
    return fit(embed)


def compare_speakers_embed(corpus: Corpus, comparison: SpeakerComparison) -> discord.Embed:
    """``/compare speakers``: what each named speaker says about the query."""
    embed = discord.Embed(
        title=clip(f"Compared on: {escape_user_text(comparison.query, 200)}", EMBED_TITLE_LIMIT)
    )
    for view in comparison.views:
        if view.hits:
            value = "\n".join(
                f"{_quoted(clip(h.passage.text, 280))}\n`{h.passage.id}`" for h in view.hits
            )
        else:
            value = "Nothing on this in the corpus."
        embed.add_field(
            name=clip(view.speaker_name, EMBED_FIELD_NAME_LIMIT),
            value=clip(value, EMBED_FIELD_VALUE_LIMIT),
            inline=True,
        )
    return fit(embed)
