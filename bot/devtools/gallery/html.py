"""Recorded Discord message payloads → an HTML page close to Discord's dark theme.

Only what Lectern sends is drawn: message content, embeds (title, description, fields,
footer, colour bar, image), buttons (styles, disabled, links), select menus (their
placeholder; opened, their options), forms (modals), autocomplete choices, attachments (PNG
shown inline, other files as a file card), the "Only you can see this" line of ephemeral
messages and threads. Discord's markdown is CommonMark with hard line breaks, strikethrough
and no raw HTML, so ``markdown-it-py`` reads it.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from markdown_it import MarkdownIt

_MARKDOWN = MarkdownIt("commonmark", {"breaks": True, "html": False}).enable("strikethrough")

BUTTON_STYLES = {1: "primary", 2: "secondary", 3: "success", 4: "danger", 5: "link"}

CSS = """
body { background: #313338; color: #dbdee1; margin: 0; padding: 16px 20px 24px;
  font: 15px/1.375 "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
h1.scene { font-size: 13px; font-weight: 600; color: #949ba4; text-transform: uppercase;
  letter-spacing: .02em; margin: 0 0 10px; }
p.caption { color: #b5bac1; font-size: 13px; margin: -6px 0 12px; }
.msg { display: flex; gap: 14px; margin: 0 0 14px; }
.avatar { width: 40px; height: 40px; border-radius: 50%; flex: none; background: #5865f2;
  color: white; font-weight: 700; display: flex; align-items: center; justify-content: center; }
.avatar.member { background: #3ba55c; }
.body { min-width: 0; flex: 1; max-width: 560px; }
.used { color: #949ba4; font-size: 13px; margin-bottom: 2px; }
.used b { color: #c9cdfb; font-weight: 500; }
.name { font-weight: 600; color: #f2f3f5; }
.app { background: #5865f2; color: white; font-size: 10px; font-weight: 600; border-radius: 3px;
  padding: 1px 4px; margin-left: 4px; vertical-align: 2px; }
.time { color: #949ba4; font-size: 12px; margin-left: 6px; }
.content p, .description p, .field-value p, .embed-title p { margin: 0; }
.content p + p, .description p + p, .description p + blockquote,
.description blockquote + p, .field-value p + p { margin-top: 1.1em; }
.content { white-space: normal; overflow-wrap: anywhere; }
blockquote { margin: 2px 0; padding: 0 0 0 12px; border-left: 4px solid #4e5058; }
code { background: #2b2d31; border-radius: 3px; padding: 0 3px; font-size: 85%;
  font-family: "DejaVu Sans Mono", monospace; }
.embed { background: #2b2d31; border-left: 4px solid #1e1f22; border-radius: 4px;
  padding: 8px 16px 12px 12px; margin-top: 6px; max-width: 520px; }
.embed-title { font-weight: 600; color: #f2f3f5; margin: 4px 0; }
.description { font-size: 14px; overflow-wrap: anywhere; }
.fields { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px 12px; margin-top: 8px; }
.field { grid-column: 1 / -1; font-size: 14px; min-width: 0; overflow-wrap: anywhere; }
.field.inline { grid-column: auto; }
.field-name { font-weight: 600; color: #f2f3f5; margin-bottom: 2px; }
.embed-author { font-size: 13px; font-weight: 600; color: #f2f3f5; margin-top: 6px; }
.subtext { font-size: 12px; color: #949ba4; margin-top: 4px; }
.gap { height: 1.1em; }
.footer { font-size: 12px; color: #b5bac1; margin-top: 8px; }
.embed img, .attachment img { max-width: 100%; border-radius: 4px; margin-top: 8px; }
.rows { margin-top: 6px; }
.row { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 6px; }
.button { border-radius: 3px; padding: 2px 16px; min-height: 32px; font-size: 14px;
  font-weight: 500; color: white; display: inline-flex; align-items: center; }
.button.primary { background: #5865f2; } .button.secondary { background: #4e5058; }
.button.success { background: #248046; } .button.danger { background: #da373c; }
.button.link { background: #4e5058; } .button.link::after { content: " ↗"; }
.button.disabled { opacity: .5; }
.select { background: #1e1f22; border: 1px solid #3f4147; border-radius: 4px; color: #949ba4;
  padding: 8px 12px; font-size: 14px; width: 100%; max-width: 480px; }
.select::after { content: " ⌄"; float: right; }
.modal { background: #313338; border-radius: 8px; padding: 16px; max-width: 440px;
  box-shadow: 0 0 0 1px #1e1f22, 0 8px 16px rgba(0,0,0,.4); }
.modal-title { font-size: 20px; font-weight: 600; color: #f2f3f5; margin-bottom: 12px; }
.modal-label { font-size: 12px; font-weight: 700; color: #b5bac1; text-transform: uppercase;
  margin-top: 12px; }
.modal-help { font-size: 12px; color: #949ba4; margin: 2px 0 6px; }
.modal-input { background: #1e1f22; border-radius: 4px; padding: 9px; color: #dbdee1;
  font-size: 14px; min-height: 18px; }
.modal-buttons { display: flex; justify-content: flex-end; gap: 8px; margin-top: 16px; }
.file { background: #2b2d31; border: 1px solid #1e1f22; border-radius: 4px; padding: 10px;
  margin-top: 6px; max-width: 400px; color: #00a8fc; }
.file small { display: block; color: #949ba4; }
.ephemeral { font-size: 12px; color: #949ba4; margin-top: 4px; }
.ephemeral a { color: #00a8fc; }
.popup { background: #2b2d31; border-radius: 8px; max-width: 520px; padding: 6px;
  box-shadow: 0 0 0 1px #1e1f22, 0 8px 16px rgba(0,0,0,.4); margin: 0 0 14px; }
.popup-head { font-size: 12px; font-weight: 700; color: #b5bac1; text-transform: uppercase;
  padding: 4px 8px 6px; }
.choice { padding: 6px 8px; border-radius: 4px; color: #dbdee1; font-size: 14px; }
.choice + .choice { border-top: 1px solid #35373c; }
.choice small { display: block; color: #949ba4; font-size: 12px; }
.typed { background: #383a40; border-radius: 8px; padding: 10px 14px; color: #dbdee1;
  max-width: 520px; margin-bottom: 4px; font-size: 14px; }
.typed b { color: #c9cdfb; font-weight: 500; }
.thread { border-left: 2px solid #4e5058; margin: 4px 0 14px 20px; padding-left: 14px; }
.thread-name { color: #f2f3f5; font-weight: 600; font-size: 14px; margin-bottom: 8px; }
.thread-name::before { content: "# "; color: #80848e; }
"""


@dataclass
class Shot:
    """One message as a member saw it: what they typed (``used``), the payload, and
    (for an attachment) its bytes."""

    message: dict[str, Any]
    used: str | None = None
    author: str = "Lectern"
    files: Sequence[tuple[str, bytes]] = ()
    by: str = "member"  # who typed the command or pressed the button
    names: Mapping[int, str] = field(default_factory=dict)  # user id -> name, for mentions


@dataclass
class Thread:
    """A thread under the messages before it: its name and what was posted in it."""

    name: str
    shots: list[Shot] = field(default_factory=list)


@dataclass
class Scene:
    """One screenshot: a title, an optional caption, and what was on screen."""

    slug: str
    title: str
    items: list[Shot | Thread] = field(default_factory=list)
    caption: str = ""


def markdown(text: str, names: Mapping[int, str] | None = None) -> str:
    """Discord's reading of ``text``: a block quote ends at the first line without ``>``
    (CommonMark would continue it lazily), ``-# `` starts a line of small grey subtext, and
    every line break shows."""
    out: list[str] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            out.append(str(_MARKDOWN.render("\n".join(lines))))
            lines.clear()

    text = _MENTION.sub(lambda match: _mention(match, names or {}), text)
    for line in text.split("\n"):
        if line.startswith("-# "):
            flush()
            out.append(f'<div class="subtext">{_MARKDOWN.renderInline(line[3:])}</div>')
            continue
        if not line.strip() and not lines and out and out[-1].startswith('<div class="subtext">'):
            out.append('<div class="gap"></div>')  # Discord keeps the blank line after it
            continue
        if lines and lines[-1].startswith(">") and not line.startswith(">"):
            lines.append("")
        lines.append(line)
    flush()
    return "".join(out)


# What Discord draws for a timestamp, a channel or a member mention.
_MENTION = re.compile(
    r"<t:(?P<t>\d+)(?::(?P<style>[tTdDfFR]))?>|<#(?P<channel>\d+)>|<@!?(?P<user>\d+)>"
)


# How Discord draws <t:…:style> (in the viewer's zone; UTC here), close to its en-GB look.
_TIME_STYLES = {
    "t": "%H:%M",
    "T": "%H:%M:%S",
    "d": "%d/%m/%Y",
    "D": "%-d %B %Y",
    "f": "%-d %B %Y %H:%M",
    "F": "%A %-d %B %Y %H:%M",
}


def _mention(match: re.Match[str], names: Mapping[int, str]) -> str:
    if match["t"]:
        moment = datetime.fromtimestamp(int(match["t"]), UTC)
        if match["style"] == "R":
            return "`in a few hours`"
        shown = _TIME_STYLES.get(match["style"] or "f", "%A %-d %B %Y %H:%M UTC")
        return f"`{moment.strftime(shown)}`"
    if match["channel"]:
        return "`#reading`"
    return f"`@{names.get(int(match['user']), 'member')}`"


def _colour(value: Any) -> str:
    return f"#{int(value):06x}" if value is not None else "#1e1f22"


def embed_html(
    embed: dict[str, Any], files: dict[str, bytes], names: Mapping[int, str] | None = None
) -> str:
    parts = [f'<div class="embed" style="border-left-color:{_colour(embed.get("color"))}">']
    if (embed.get("author") or {}).get("name"):
        parts.append(f'<div class="embed-author">{html.escape(embed["author"]["name"])}</div>')
    if embed.get("title"):
        parts.append(f'<div class="embed-title">{markdown(embed["title"], names)}</div>')
    if embed.get("description"):
        parts.append(f'<div class="description">{markdown(embed["description"], names)}</div>')
    fields = embed.get("fields") or []
    if fields:
        parts.append('<div class="fields">')
        for f in fields:
            inline = " inline" if f.get("inline") else ""
            name, value = markdown(f["name"], names), markdown(f["value"], names)
            parts.append(
                f'<div class="field{inline}"><div class="field-name">{name}</div>'
                f'<div class="field-value">{value}</div></div>'
            )
        parts.append("</div>")
    image = (embed.get("image") or {}).get("url", "")
    if image.startswith("attachment://") and image.removeprefix("attachment://") in files:
        parts.append(_png(files[image.removeprefix("attachment://")]))
    if (embed.get("footer") or {}).get("text"):
        parts.append(f'<div class="footer">{html.escape(embed["footer"]["text"])}</div>')
    parts.append("</div>")
    return "".join(parts)


def _png(data: bytes) -> str:
    return f'<img src="data:image/png;base64,{base64.b64encode(data).decode()}">'


def components_html(rows: Iterable[dict[str, Any]]) -> str:
    out = ['<div class="rows">']
    for row in rows:
        out.append('<div class="row">')
        for item in row.get("components", []):
            if item.get("type") == 3:  # a select menu: its placeholder
                placeholder = html.escape(str(item.get("placeholder") or "Make a selection"))
                out.append(f'<span class="select">{placeholder}</span>')
                continue
            style = BUTTON_STYLES.get(int(item.get("style", 2)), "secondary")
            disabled = " disabled" if item.get("disabled") else ""
            label = html.escape(str(item.get("label") or ""))
            emoji = (item.get("emoji") or {}).get("name", "")
            out.append(f'<span class="button {style}{disabled}">{html.escape(emoji)}{label}</span>')
        out.append("</div>")
    out.append("</div>")
    return "".join(out)


def modal_html(modal: dict[str, Any]) -> str:
    """A form the bot opened (interaction callback type 9), as Discord draws it."""
    parts = [f'<div class="modal"><div class="modal-title">{html.escape(modal["title"])}</div>']
    for row in modal.get("components", []):
        inner = row.get("component") or (row.get("components") or [{}])[0]
        label = row.get("label") or inner.get("label") or ""
        parts.append(f'<div class="modal-label">{html.escape(str(label))}</div>')
        if row.get("description"):
            parts.append(f'<div class="modal-help">{html.escape(row["description"])}</div>')
        if inner.get("type") == 3:
            chosen = [o["label"] for o in inner.get("options", []) if o.get("default")]
            value = ", ".join(chosen) or str(inner.get("placeholder") or "")
        else:
            value = str(inner.get("value") or "")
        parts.append(f'<div class="modal-input">{html.escape(value)}</div>')
    parts.append(
        '<div class="modal-buttons"><span class="button secondary">Cancel</span>'
        '<span class="button primary">Submit</span></div></div>'
    )
    return "".join(parts)


def menu_html(menu: dict[str, Any]) -> str:
    """A select menu opened: its options, each with its description."""
    rows = "".join(
        f'<div class="choice">{html.escape(str(o.get("label", "")))}'
        + (f"<small>{html.escape(str(o['description']))}</small>" if o.get("description") else "")
        + "</div>"
        for o in menu.get("options", [])
    )
    head = html.escape(str(menu.get("placeholder") or "Make a selection"))
    return f'<div class="popup"><div class="popup-head">{head}</div>{rows}</div>'


def autocomplete_html(typed: dict[str, Any]) -> str:
    """What Discord shows while an option is typed: the bot's choices above the box."""
    rows = (
        "".join(
            f'<div class="choice">{html.escape(str(c.get("name", "")))}</div>'
            for c in typed.get("choices", [])
        )
        or '<div class="choice"><small>No options match your search</small></div>'
    )
    option = html.escape(str(typed.get("option", "")))
    return (
        f'<div class="popup"><div class="popup-head">{option}</div>{rows}</div>'
        f'<div class="typed"><b>{option}:</b> {html.escape(str(typed.get("typed", "")))}</div>'
    )


def shot_html(shot: Shot) -> str:
    message = shot.message
    if "modal" in message:
        return modal_html(message["modal"])
    if "menu" in message:
        return menu_html(message["menu"])
    if "autocomplete" in message:
        return autocomplete_html(message["autocomplete"])
    files = dict(shot.files)
    bot = shot.author == "Lectern"
    avatar = "L" if bot else shot.author[:1].upper()
    parts = [f'<div class="msg"><div class="avatar{"" if bot else " member"}">{avatar}</div>']
    parts.append('<div class="body">')
    if shot.used:
        verb = "used" if shot.used.startswith("/") else "pressed"
        who = html.escape(shot.by)
        parts.append(f'<div class="used">{who} {verb} <b>{html.escape(shot.used)}</b></div>')
    badge = '<span class="app">APP</span>' if bot else ""
    parts.append(
        f'<div><span class="name">{html.escape(shot.author)}</span>{badge}'
        '<span class="time">Today at 18:04</span></div>'
    )
    if message.get("content"):
        parts.append(f'<div class="content">{markdown(message["content"], shot.names)}</div>')
    for embed in message.get("embeds") or []:
        parts.append(embed_html(embed, files, shot.names))
    for attachment in message.get("attachments") or []:
        name = str(attachment.get("filename", ""))
        if name.endswith(".png") and name in files:
            parts.append(f'<div class="attachment">{_png(files[name])}</div>')
        else:
            size = attachment.get("size") or len(files.get(name, b""))
            parts.append(
                f'<div class="file">{html.escape(name)}<small>{int(size):,} bytes</small></div>'
            )
    if message.get("components"):
        parts.append(components_html(message["components"]))
    if int(message.get("flags") or 0) & 64:
        parts.append(
            '<div class="ephemeral">👁 Only you can see this · <a>Dismiss message</a></div>'
        )
    parts.append("</div></div>")
    return "".join(parts)


def scene_html(scene: Scene) -> str:
    body = [f'<h1 class="scene">{html.escape(scene.title)}</h1>']
    if scene.caption:
        body.append(f'<p class="caption">{html.escape(scene.caption)}</p>')
    for item in scene.items:
        if isinstance(item, Thread):
            body.append(
                f'<div class="thread"><div class="thread-name">{html.escape(item.name)}</div>'
            )
            body.extend(shot_html(shot) for shot in item.shots)
            body.append("</div>")
        else:
            body.append(shot_html(item))
    return (
        '<!doctype html><html><head><meta charset="utf-8">'
        f"<title>{html.escape(scene.title)}</title><style>{CSS}</style></head>"
        f"<body>{''.join(body)}</body></html>"
    )
