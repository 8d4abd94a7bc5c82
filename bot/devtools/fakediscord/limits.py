"""Discord's size limits on what a bot sends, checked the way Discord checks them.

``body_violations(method, path, body)`` lists what Discord would refuse in one REST body
(empty when it would accept it). ``FakeDiscord`` answers such a request with Discord's
400 ``{"code": 50035, "message": "Invalid Form Body"}``, so every end-to-end test checks
the limits; tests can also call it on ``fake.requests`` directly.

Limits (discord.com/developers/docs): message content 2000; at most 10 embeds; embed title
256, description 4096, at most 25 fields, field name 256 and value 1024 (both non-empty),
footer 2048, author name 256, all embeds together 6000; at most 5 action rows of at most
5 components; button label 80, custom_id 1 to 100; a select menu at most 25 options, each
label and value 1 to 100 and description at most 100, placeholder at most 150; a modal's
title 1 to 45, at most 5 components, a label's text 1 to 45 and description at most 100, a
text input's value at most 4000 and placeholder at most 100; thread name 1 to 100;
autocomplete at most 25 choices, name 1 to 100 and value at most 100. Lengths are counted in
characters.
"""

from __future__ import annotations

from typing import Any

CONTENT = 2000
EMBEDS = 10
TITLE = 256
DESCRIPTION = 4096
FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
AUTHOR = 256
EMBED_TOTAL = 6000
ROWS = 5
ROW_COMPONENTS = 5
LABEL = 80
CUSTOM_ID = 100
THREAD_NAME = 100
CHOICES = 25
OPTIONS = 25
OPTION_TEXT = 100
PLACEHOLDER = 150
MODAL_TITLE = 45
MODAL_COMPONENTS = 5
MODAL_LABEL = 45
MODAL_DESCRIPTION = 100
INPUT_VALUE = 4000
INPUT_PLACEHOLDER = 100
CHOICE_NAME = 100
CHOICE_VALUE = 100


def _too_long(where: str, value: Any, limit: int, problems: list[str], *, empty: bool) -> int:
    text = "" if value is None else str(value)
    if len(text) > limit:
        problems.append(f"{where}: {len(text)} characters, more than {limit}")
    elif not text and not empty:
        problems.append(f"{where}: empty")
    return len(text)


def embed_violations(embeds: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    if len(embeds) > EMBEDS:
        problems.append(f"embeds: {len(embeds)}, more than {EMBEDS}")
    total = 0
    for i, embed in enumerate(embeds):
        at = f"embeds[{i}]"
        total += _too_long(f"{at}.title", embed.get("title"), TITLE, problems, empty=True)
        total += _too_long(
            f"{at}.description", embed.get("description"), DESCRIPTION, problems, empty=True
        )
        fields = embed.get("fields") or []
        if len(fields) > FIELDS:
            problems.append(f"{at}.fields: {len(fields)}, more than {FIELDS}")
        for j, field in enumerate(fields):
            total += _too_long(
                f"{at}.fields[{j}].name", field.get("name"), FIELD_NAME, problems, empty=False
            )
            total += _too_long(
                f"{at}.fields[{j}].value", field.get("value"), FIELD_VALUE, problems, empty=False
            )
        footer = embed.get("footer") or {}
        total += _too_long(f"{at}.footer.text", footer.get("text"), FOOTER, problems, empty=True)
        author = embed.get("author") or {}
        total += _too_long(f"{at}.author.name", author.get("name"), AUTHOR, problems, empty=True)
    if total > EMBED_TOTAL:
        problems.append(f"embeds: {total} characters in all, more than {EMBED_TOTAL}")
    return problems


def component_violations(rows: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    if len(rows) > ROWS:
        problems.append(f"components: {len(rows)} rows, more than {ROWS}")
    for i, row in enumerate(rows):
        children = row.get("components") or []
        if len(children) > ROW_COMPONENTS:
            problems.append(f"components[{i}]: {len(children)} items, more than {ROW_COMPONENTS}")
        for j, child in enumerate(children):
            at = f"components[{i}].components[{j}]"
            _too_long(f"{at}.label", child.get("label"), LABEL, problems, empty=True)
            if "url" not in child:
                _too_long(
                    f"{at}.custom_id", child.get("custom_id"), CUSTOM_ID, problems, empty=False
                )
            if child.get("type") == 3:
                problems.extend(select_violations(at, child))
    return problems


def select_violations(at: str, select: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    options = select.get("options") or []
    if not 1 <= len(options) <= OPTIONS:
        problems.append(f"{at}.options: {len(options)}, not 1 to {OPTIONS}")
    _too_long(f"{at}.placeholder", select.get("placeholder"), PLACEHOLDER, problems, empty=True)
    for k, option in enumerate(options):
        where = f"{at}.options[{k}]"
        _too_long(f"{where}.label", option.get("label"), OPTION_TEXT, problems, empty=False)
        _too_long(f"{where}.value", option.get("value"), OPTION_TEXT, problems, empty=False)
        _too_long(
            f"{where}.description", option.get("description"), OPTION_TEXT, problems, empty=True
        )
    return problems


def modal_violations(modal: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    _too_long("title", modal.get("title"), MODAL_TITLE, problems, empty=False)
    _too_long("custom_id", modal.get("custom_id"), CUSTOM_ID, problems, empty=False)
    rows = modal.get("components") or []
    if not 1 <= len(rows) <= MODAL_COMPONENTS:
        problems.append(f"components: {len(rows)}, not 1 to {MODAL_COMPONENTS}")
    for i, row in enumerate(rows):
        at = f"components[{i}]"
        if row.get("type") == 18:  # a label around one input
            _too_long(f"{at}.label", row.get("label"), MODAL_LABEL, problems, empty=False)
            _too_long(
                f"{at}.description", row.get("description"), MODAL_DESCRIPTION, problems, empty=True
            )
            inner = row.get("component") or {}
        else:
            inner = (row.get("components") or [{}])[0]
            if inner.get("type") == 4:
                _too_long(f"{at}.label", inner.get("label"), MODAL_LABEL, problems, empty=False)
        _too_long(f"{at}.custom_id", inner.get("custom_id"), CUSTOM_ID, problems, empty=False)
        if inner.get("type") == 4:
            _too_long(f"{at}.value", inner.get("value"), INPUT_VALUE, problems, empty=True)
            _too_long(
                f"{at}.placeholder",
                inner.get("placeholder"),
                INPUT_PLACEHOLDER,
                problems,
                empty=True,
            )
        elif inner.get("type") == 3:
            problems.extend(select_violations(at, inner))
    return problems


def message_violations(body: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    _too_long("content", body.get("content"), CONTENT, problems, empty=True)
    problems.extend(embed_violations(body.get("embeds") or []))
    problems.extend(component_violations(body.get("components") or []))
    return problems


def choice_violations(choices: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    if len(choices) > CHOICES:
        problems.append(f"choices: {len(choices)}, more than {CHOICES}")
    for i, choice in enumerate(choices):
        _too_long(f"choices[{i}].name", choice.get("name"), CHOICE_NAME, problems, empty=False)
        _too_long(f"choices[{i}].value", choice.get("value"), CHOICE_VALUE, problems, empty=True)
    return problems


def body_violations(method: str, path: str, body: Any) -> list[str]:
    """What Discord would refuse in this request body (``path`` without ``/api/v10``)."""
    if method not in ("POST", "PATCH") or not isinstance(body, dict):
        return []
    if path.endswith("/callback"):
        data = body.get("data") or {}
        if int(body.get("type", 0)) == 8:
            return choice_violations(data.get("choices") or [])
        if int(body.get("type", 0)) == 9:
            return modal_violations(data)
        return message_violations(data)
    if path.endswith("/threads"):
        problems: list[str] = []
        _too_long("name", body.get("name"), THREAD_NAME, problems, empty=False)
        return problems
    if path.startswith(("/webhooks/", "/channels/")) and (
        path.endswith("/messages") or "/messages/" in path or path.count("/") == 3
    ):
        return message_violations(body)
    return []
