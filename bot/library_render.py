"""``/library`` replies → embeds, within Discord's limits (beside ``bot.render``, whose
helpers it uses).

What a moderator sees: the catalog of what this server reads (shipped texts and its own
readings), the summary of a reading just added, and the review pages of its proposed
passages with their attributions. Text from a file or typed by a member (titles, names,
passages) is escaped before it is shown; long lists are split into pages, never cut
silently, and a long passage is shown by its start and its end, cut between words, with the
number of words left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Literal

import discord

from bot.core.citation import page_label
from bot.core.library import UNATTRIBUTED, Correction, Proposal, ReadingEntry, RemovedReading
from bot.render import (
    COMMENTARY_COLOUR,
    EMBED_FOOTER_LIMIT,
    EMBED_TITLE_LIMIT,
    QUOTATION_COLOUR,
    clip,
    escape_user_text,
)

ReviewMode = Literal["q", "a"]  # the quotations only, or every passage
LIST_PAGE_CHARS = 3600
REVIEW_PAGE_CHARS = 3900  # of the description's 4096
REVIEW_PER_PAGE = 5  # also the options of the page's "correct a passage" menu
TO_CHECK = "🔍"  # an attribution the extractor is unsure of, not corrected yet
CHECKED = "☑️"  # such an attribution a moderator confirmed as it is ("Looks right")
EXCERPT_CHARS = 700  # a passage longer than this is shown by its start and end
_HEAD, _TAIL = 420, 220
SPEAKERS_IN_SUMMARY = 8
UNAVAILABLE = (
    "Own readings are not available on this Lectern: it serves the texts it ships with to "
    "every server. Whoever runs the bot can turn server libraries on (see the README)."
)
KIND_LABELS = {
    "quotation": "Quotation",
    "commentary": "The author's own words",
    "heading": "Heading",
    "front-matter": "Front matter",
}


def _year(year: int | None) -> str:
    return f", {year}" if year is not None else ""


def _who(user_id: int | None) -> str:
    """A moderator as Discord draws a mention in an embed: their name, never a ping."""
    return f"<@{user_id}>" if user_id is not None else "a moderator (not recorded)"


def _day(at: datetime) -> str:
    """A date each reader sees in their own time zone."""
    return f"<t:{int(at.timestamp())}:d>"


def entry_line(entry: ReadingEntry) -> str:
    """One catalog line: state, title, author and year, id, counts, and for an own reading
    which moderator added or published it."""
    if entry.status == "draft":
        state = "📝 draft, not public yet"
    elif entry.enabled:
        state = "✅ enabled"
    else:
        state = "⏸️ disabled" + (f" by {_who(entry.switched_by)}" if entry.switched_by else "")
    title = escape_user_text(entry.title, 120)
    author = escape_user_text(entry.author, 80)
    counts = f"{entry.quotations} quotation{'s' if entry.quotations != 1 else ''}"
    line = f"{state} · **{title}** ({author}{_year(entry.year)}) · `{entry.id}` · {counts}"
    if entry.origin != "own":
        return line
    if entry.status == "draft":
        return line + (f" · added by {_who(entry.added_by)}" if entry.added_by else "")
    # Readings published before Lectern kept who did it name nobody (never the one who added).
    when = f" {_day(entry.published_at)}" if entry.published_at is not None else ""
    return line + f" · published by {_who(entry.published_by)}{when}"


def removal_line(removed: RemovedReading) -> str:
    """A reading removed from the server: what it was, who removed it and when."""
    title = escape_user_text(removed.title, 120)
    author = escape_user_text(removed.author, 80)
    was = "a draft" if removed.status == "draft" else f"{removed.passages} passages"
    return (
        f"🗑️ **{title}** ({author}) · `{removed.id}` · {was} · removed by "
        f"{_who(removed.removed_by)} {_day(removed.removed_at)}"
    )


def catalog_pages(
    entries: Sequence[ReadingEntry], removals: Sequence[RemovedReading] = ()
) -> list[list[str]]:
    """The catalog as pages of lines: the shipped texts, then this server's own, then the
    readings removed lately."""
    shipped = [e for e in entries if e.origin == "shipped"]
    own = [e for e in entries if e.origin == "own"]
    lines = ["**Shipped with Lectern**"]
    lines += [entry_line(e) for e in shipped] or ["(none)"]
    lines += ["", "**This server's own readings**"]
    lines += [entry_line(e) for e in own] or [
        "None yet: attach a .txt, .md, .html, .epub or .pdf with `/library add`."
    ]
    if removals:
        lines += ["", "**Removed lately**"]
        lines += [removal_line(r) for r in removals]
    pages: list[list[str]] = [[]]
    used = 0
    for line in lines:
        if pages[-1] and used + len(line) + 1 > LIST_PAGE_CHARS:
            pages.append([])
            used = 0
        pages[-1].append(line)
        used += len(line) + 1
    return pages


def catalog_embed(
    entries: Sequence[ReadingEntry], page: int = 0, removals: Sequence[RemovedReading] = ()
) -> tuple[discord.Embed, int]:
    """Page ``page`` of ``/library list`` and the number of pages."""
    pages = catalog_pages(entries, removals)
    page = max(0, min(page, len(pages) - 1))
    enabled = sum(1 for e in entries if e.enabled and e.status == "published")
    embed = discord.Embed(
        title="This server's library",
        description="\n".join(pages[page]),
        colour=QUOTATION_COLOUR,
    )
    footer = (
        f"Members' commands answer from the {enabled} enabled, published text"
        f"{'s' if enabled != 1 else ''} only. /library add, review, publish, enable, disable"
        ", remove."
        if enabled
        else "No text is enabled here: members' commands find nothing until a moderator "
        "turns one on with /library enable. /library add, review, publish, remove."
    )
    if len(pages) > 1:
        footer = f"Page {page + 1} of {len(pages)} · {footer}"
    embed.set_footer(text=clip(footer, EMBED_FOOTER_LIMIT))
    return embed, len(pages)


def progress_text(file_name: str, size: int, budget_seconds: float) -> str:
    """What the moderator sees while the file is read and its quotations extracted, with
    how long that may take (the bot's time budget, ``LECTERN_LIBRARY_EXTRACT_SECONDS``)."""
    return (
        f"⏳ Reading `{escape_user_text(file_name, 80)}` ({_size(size)}) and finding its "
        f"quotations and who said them. This can take up to {_duration(budget_seconds)}; "
        "nothing is public until you publish it."
    )


def _duration(seconds: float) -> str:
    if seconds < 90:
        return "a minute" if seconds > 45 else f"{seconds:.0f} seconds"
    return f"{-(-seconds // 60):.0f} minutes"


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(size, 1) / 1024:.0f} KB" if size >= 1024 else f"{size} bytes"


def _speaker(proposal: Proposal, entry: ReadingEntry) -> str:
    return proposal.speaker_name or entry.author


def unattributed(proposal: Proposal) -> bool:
    """A quotation the text gives no speaker for: never the author's; the moderator names it."""
    return proposal.kind == "quotation" and proposal.speaker_name == UNATTRIBUTED


def added_embed(entry: ReadingEntry, proposals: Sequence[Proposal]) -> discord.Embed:
    """The summary of a reading just added as a draft, and what to do next."""
    quotations = [p for p in proposals if p.kind == "quotation"]
    nameless = sum(1 for p in quotations if unattributed(p))
    speakers: dict[str, tuple[int, bool]] = {}
    for proposal in quotations:
        if unattributed(proposal):
            continue
        name = _speaker(proposal, entry)
        count, new = speakers.get(name, (0, False))
        speakers[name] = (count + 1, new or proposal.new_speaker)
    ranked = sorted(speakers.items(), key=lambda item: (-item[1][0], item[0].casefold()))
    every_new = all(new for _, (_, new) in ranked)  # said once below, not after each name
    shown = [
        f"{escape_user_text(name, 60)} ({count}){' · new' if new and not every_new else ''}"
        for name, (count, new) in ranked[:SPEAKERS_IN_SUMMARY]
    ]
    if len(ranked) > SPEAKERS_IN_SUMMARY:
        shown.append(f"and {len(ranked) - SPEAKERS_IN_SUMMARY} more")
    new_names = sum(1 for _, (_, new) in ranked if new)
    lines = [
        f"Lectern found **{len(quotations)} quotation{'s' if len(quotations) != 1 else ''}** "
        f"and {entry.passages - entry.quotations} passage"
        f"{'s' if entry.passages - entry.quotations != 1 else ''} of the author's own words.",
        "",
        "**Speakers:** " + "; ".join(shown) if shown else "**Speakers:** none named",
    ]
    if nameless:
        lines.append(
            f"⚠️ {nameless} quotation{'s' if nameless != 1 else ''} the text gives no speaker "
            f"for: name {'them' if nameless != 1 else 'it'} in review (until then Lectern cites "
            "it as unattributed, never as the author's words)."
        )
    doubtful = sum(1 for p in quotations if p.to_check)
    if doubtful:
        them = "them" if doubtful != 1 else "it"
        lines.append(
            f"{TO_CHECK} {_to_check(doubtful)}: review lists {them} first, with the reason."
        )
    if new_names:
        which = (
            ("Every name is" if new_names > 1 else "The name is")
            if every_new
            else f"{new_names} name{'s are' if new_names != 1 else ' is'}"
        )
        lines.append(f"{which} new to Lectern and will be added for this server only.")
    lines += [
        "",
        "**Nothing is public yet.** Review the quotations and who said them, correct any "
        "attribution that is wrong, then publish with the button or `/library publish`.",
    ]
    embed = discord.Embed(
        title=clip(f"Added as a draft: {escape_user_text(entry.title, 110)}", EMBED_TITLE_LIMIT),
        description="\n".join(lines),
        colour=QUOTATION_COLOUR,
    )
    embed.set_footer(
        text=clip(f"{entry.author}{_year(entry.year)} · reading id: {entry.id}", EMBED_FOOTER_LIMIT)
    )
    return embed


def _to_check(count: int) -> str:
    """ "4 attributions to check": quotations whose attribution the extractor guessed."""
    return f"**{count} attribution{'s' if count != 1 else ''} to check**"


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """``text`` whole when short, else its start and end cut between words around a note
    of how many words are left out (a reviewer checks where a quotation begins and ends)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    head = flat[:_HEAD]
    head = head[: head.rfind(" ")] if " " in head else head
    tail = flat[-_TAIL:]
    tail = tail[tail.find(" ") + 1 :] if " " in tail else tail
    left_out = len(flat.split()) - len(head.split()) - len(tail.split())
    return f"{head} …({left_out} words not shown)… {tail}"


# Lectern's own mark in an excerpt: never in [brackets], which in a quotation are an
# editor's insertion; set in italics once escaped.
_LEFT_OUT = re.compile(r" …\((\d+) words not shown\)… ")


def _proposal_block(number: int, proposal: Proposal, entry: ReadingEntry) -> str:
    kind = KIND_LABELS.get(proposal.kind, proposal.kind)
    text = escape_user_text(excerpt(proposal.text), EXCERPT_CHARS + 40)
    text = _LEFT_OUT.sub(r" *…\1 words not shown here…* ", text)
    details = []
    speaker = escape_user_text(_speaker(proposal, entry), 80)
    if unattributed(proposal):
        details.append("⚠️ **no speaker given**: pick it in the menu to name one")
    elif proposal.kind == "quotation":
        flags = [
            flag
            for flag, on in (("unnamed", proposal.unnamed), ("new", proposal.new_speaker))
            if on
        ]
        details.append(f"**{speaker}**" + (f" ({', '.join(flags)})" if flags else ""))
    else:
        details.append(f"by the author, {escape_user_text(entry.author, 80)}")
    if proposal.work_title:
        work = escape_user_text(proposal.work_title, 100)
        details.append(f"*{work}*" + (" (new)" if proposal.new_work else ""))
    if proposal.page:
        details.append(page_label(escape_user_text(proposal.page, 20)))
    if proposal.via_name:
        details.append(f"quoted by {escape_user_text(proposal.via_name, 60)}")
    block = f"**{number}.** {kind} · line {proposal.line}\n> {text}\n" + " · ".join(details)
    inserted = [proposal.text[start:end] for start, end in proposal.insertions]
    if inserted and proposal.kind == "quotation":
        whose = "the speaker's" if unattributed(proposal) else f"{speaker}'s"
        words = ", ".join(escape_user_text(words, 60) for words in inserted)
        block += f"\n-# {words}: {escape_user_text(entry.author, 80)}'s words, not {whose}"
    if proposal.to_check and proposal.doubt and not unattributed(proposal):  # else said above
        block += f"\n{TO_CHECK} *To check:* {escape_user_text(proposal.doubt, 200)}"
    # The audit in the order it happened: a moderator may confirm a doubted attribution and
    # another correct it later; both stay on record.
    audit: list[tuple[datetime, str]] = []
    if proposal.doubt and proposal.checked_at is not None:
        audit.append(
            (
                proposal.checked_at,
                f"{CHECKED} *Checked, kept as proposed* by {_who(proposal.checked_by)}, "
                f"<t:{int(proposal.checked_at.timestamp())}:f> (Lectern was unsure: "
                f"{escape_user_text(proposal.doubt, 160)})",
            )
        )
    if proposal.corrections:
        audit.append((proposal.corrections[-1].at, audit_line(proposal.corrections)))
    for _, line in sorted(audit, key=lambda event: event[0]):
        block += "\n" + line
    return block


_FIELD_LABELS = {
    "kind": "kind",
    "speaker": "speaker",
    "work": "work",
    "page": "page",
    "via": "quoted by",
}


def _audit_value(field: str, value: str | None) -> str:
    if value is None:
        return "none"
    if field == "kind":
        return KIND_LABELS.get(value, value).lower()
    if value == UNATTRIBUTED:
        return "none given"
    return escape_user_text(value, 40)


def audit_line(corrections: Sequence[Correction]) -> str:
    """The last correction of a passage, for the moderators' audit: who (a mention, which
    Discord draws as the member's name and never pings in an embed), when (a timestamp each
    reader sees in their own time zone), and what changed; earlier ones are counted."""
    last = corrections[-1]
    who = _who(last.by)
    when = f"<t:{int(last.at.timestamp())}:f>"
    what = "; ".join(
        f"{_FIELD_LABELS.get(field, field)}: {_audit_value(field, was)} → "
        + _audit_value(field, now)
        for field, was, now in last.changes
    )
    earlier = len(corrections) - 1
    line = f"✏️ corrected by {who}, {when}" + (f" — {what}" if what else "")
    if earlier:
        line += f" (and {earlier} earlier correction{'s' if earlier != 1 else ''})"
    return line


def review_header(proposals: Sequence[Proposal], draft: bool = True) -> str:
    """The line above the first review page when Lectern was unsure of attributions: how
    many are still to check, and how many moderators settled (``draft``: each can still be
    confirmed as it is)."""
    doubtful = sum(1 for p in proposals if p.doubt is not None)
    count = sum(1 for p in proposals if p.to_check)
    if not doubtful:
        return ""
    settled = doubtful - count
    if not count:
        return (
            f"{CHECKED} Lectern was unsure of {doubtful} attribution"
            f"{'s' if doubtful != 1 else ''}; every one is checked or corrected "
            f"(listed first, with who settled {'them' if doubtful != 1 else 'it'})."
        )
    many = count != 1
    these, are, come = ("these", "they are", "they come") if many else ("this", "it is", "it comes")
    done = f" ({settled} of {doubtful} settled already)" if settled else ""
    return (
        f"{TO_CHECK} {_to_check(count)}{done}: Lectern is unsure who said {these} or where "
        f"{are} from, so {come} first, each with the reason. "
        + (
            "If right, press its **Looks right** button; if wrong, correct "
            f"{'them' if many else 'it'} in the menu below. Publishing does not wait for it."
            if draft
            else f"Correct {'them' if many else 'it'} in the menu below if wrong."
        )
    )


def review_pages(
    proposals: Sequence[Proposal], entry: ReadingEntry, mode: ReviewMode
) -> list[list[tuple[int, str]]]:
    """The review pages: (position in ``proposals``, its block as shown; numbered from 1 on
    screen), at most ``REVIEW_PER_PAGE`` passages and ``REVIEW_PAGE_CHARS`` characters of
    rendered text each (the first page's with its header), so a page is never clipped. The
    attributions Lectern was unsure of come first, then the rest, each group in text order.
    They stay first once checked or corrected, so settling one moves nothing: the moderator
    sees what they did where they did it, and the next one to check below it."""
    pages: list[list[tuple[int, str]]] = [[]]
    header = review_header(proposals, entry.status == "draft")
    used = len(header) + 2 if header else 0
    order = sorted(range(len(proposals)), key=lambda position: proposals[position].doubt is None)
    for position in order:
        proposal = proposals[position]
        if mode == "q" and proposal.kind != "quotation":
            continue
        block = _proposal_block(position + 1, proposal, entry)
        if pages[-1] and (
            len(pages[-1]) >= REVIEW_PER_PAGE or used + len(block) + 2 > REVIEW_PAGE_CHARS
        ):
            pages.append([])
            used = 0
        pages[-1].append((position, block))
        used += len(block) + 2
    return pages


def review_embed(
    entry: ReadingEntry,
    proposals: Sequence[Proposal],
    page: int,
    mode: ReviewMode,
) -> tuple[discord.Embed, int, list[int]]:
    """Page ``page`` of a reading's review, the number of pages, and the positions shown."""
    pages = review_pages(proposals, entry, mode)
    page = max(0, min(page, len(pages) - 1))
    blocks = [block for _, block in pages[page]]
    if not blocks:
        blocks = [
            "No quotation was proposed in this reading."
            if mode == "q"
            else "This reading has no passages."
        ]
    header = review_header(proposals, entry.status == "draft")
    if header and page == 0:
        blocks.insert(0, header)
    state = "draft, not public yet" if entry.status == "draft" else "published"
    what = "quotations" if mode == "q" else "every passage"
    embed = discord.Embed(
        title=clip(f"Review: {escape_user_text(entry.title, 110)}", EMBED_TITLE_LIMIT),
        description="\n\n".join(blocks),
        colour=QUOTATION_COLOUR if entry.status == "draft" else COMMENTARY_COLOUR,
    )
    footer = (
        f"Page {page + 1} of {len(pages)} · {what} · reading {entry.id} ({state}) · "
        "To fix a speaker, work, page, who it is quoted by or its kind, pick the "
        "passage in the menu below."
    )
    embed.set_footer(text=clip(footer, EMBED_FOOTER_LIMIT))
    return embed, len(pages), [position for position, _ in pages[page]]


def option_label(number: int, proposal: Proposal, entry: ReadingEntry) -> str:
    """A passage in the "correct a passage" menu (at most 100 characters)."""
    who = _speaker(proposal, entry) if proposal.kind == "quotation" else entry.author
    if unattributed(proposal):
        who = "no speaker given"
    mark = f"{TO_CHECK} " if proposal.to_check else ""
    flat = " ".join(f"{number}. {mark}{who}: {proposal.text}".split())
    return clip(flat, 100)


def _source_parts(proposal: Proposal) -> list[str]:
    """Where a proposal's words come from, as the review's confirmation lines write it."""
    parts = []
    if proposal.work_title:
        parts.append(f"*{escape_user_text(proposal.work_title, 100)}*")
    if proposal.page:
        parts.append(page_label(escape_user_text(proposal.page, 20)))
    if proposal.via_name:
        parts.append(f"quoted by {escape_user_text(proposal.via_name, 60)}")
    return parts


def corrected_text(number: int, proposal: Proposal, entry: ReadingEntry) -> str:
    """The line above the review page after a correction, saying what the passage is now."""
    kind = KIND_LABELS.get(proposal.kind, proposal.kind)
    who = _speaker(proposal, entry) if proposal.kind == "quotation" else entry.author
    parts = [kind.lower(), escape_user_text(who, 80)]
    if unattributed(proposal):  # never Lectern's own marker as if it were a name
        parts[1] = "still no speaker given (name one to attribute it)"
    parts += _source_parts(proposal)
    return f"✏️ Passage {number} corrected: " + ", ".join(parts) + "."


def next_to_check(
    proposals: Sequence[Proposal], entry: ReadingEntry, mode: ReviewMode, page: int
) -> str:
    """After a moderator settled a passage: how many attributions are left to check and
    where the next one is ("" if Lectern was sure of every attribution)."""
    if not any(p.doubt is not None for p in proposals):
        return ""
    left = sum(1 for p in proposals if p.to_check)
    if not left:
        return f"{CHECKED} No attribution left to check: publish when you are ready."
    for number, pairs in enumerate(review_pages(proposals, entry, mode)):
        position = next((pos for pos, _ in pairs if proposals[pos].to_check), None)
        if position is not None:
            where = "on this page" if number == page else f"on page {number + 1}"
            return (
                f"{TO_CHECK} {left} attribution{'s' if left != 1 else ''} left to check; "
                f"next: passage {position + 1}, {where}."
            )
    return f"{TO_CHECK} {left} attribution{'s' if left != 1 else ''} left to check."


def checked_text(number: int, proposal: Proposal, entry: ReadingEntry) -> str:
    """The line above the review page after "Looks right": what the passage stays."""
    who = (
        "no speaker given"
        if unattributed(proposal)
        else escape_user_text(_speaker(proposal, entry), 80)
    )
    parts = [who, *_source_parts(proposal)]
    return f"{CHECKED} Passage {number} checked, kept as proposed: " + ", ".join(parts) + "."


def published_text(entry: ReadingEntry, unchecked: int = 0) -> str:
    """The publish confirmation; ``unchecked``: attributions Lectern was unsure of that no
    moderator corrected (published as proposed: the moderator decides, Lectern says so)."""
    text = (
        f"✅ **{escape_user_text(entry.title, 120)}** is published: members here now find its "
        f"{entry.quotations} quotation{'s' if entry.quotations != 1 else ''} with /quote and "
        "/verify. Other servers never see it. `/library disable` hides it again."
    )
    if unchecked:
        were = "were" if unchecked != 1 else "was"
        text += (
            f"\n{TO_CHECK} {unchecked} attribution{'s' if unchecked != 1 else ''} Lectern was "
            f"unsure of {were} published as proposed, without a correction; "
            f"`/library review reading:{entry.id}` still lists "
            f"{'them' if unchecked != 1 else 'it'} first."
        )
    return text


def switched_text(entry: ReadingEntry) -> str:
    title = escape_user_text(entry.title, 120)
    if entry.enabled and entry.status == "draft":
        return (
            f"**{title}** is enabled, but still a draft: publish it with `/library publish` "
            "for members to read it."
        )
    if entry.enabled:
        return f"✅ **{title}** is enabled: members here find its passages again."
    return (
        f"⏸️ **{title}** is disabled: members here no longer find its passages. "
        f"`/library enable` brings it back."
    )


def remove_question(entry: ReadingEntry) -> str:
    return (
        f"Remove **{escape_user_text(entry.title, 120)}** (`{entry.id}`) and its "
        f"{entry.passages} passages from this server's library? This cannot be undone; "
        "`/library disable` hides it instead."
    )


def removed_text(entry: ReadingEntry) -> str:
    return (
        f"🗑️ **{escape_user_text(entry.title, 120)}** and its passages are removed from this "
        "server's library."
    )


KEPT = "Nothing was removed."
