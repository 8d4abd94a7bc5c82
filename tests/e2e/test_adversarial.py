"""Hostile and odd input to every command, autocomplete and button, through the fake Discord.

The standard: bad input gets one clear, polite, ephemeral error and changes nothing; nothing
pings anyone; echoed text renders literally; nothing sent breaks Discord's limits (the fake
refuses such bodies as Discord does, see ``bot/devtools/fakediscord/limits.py``); no traceback or
generic apology (an unexpected exception) ever reaches the member.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from typing import Any

import discord
import pytest
from discord import app_commands

from bot.devtools.fakediscord.limits import body_violations
from bot.devtools.fakediscord.server import (
    CREATE_PUBLIC_THREADS,
    MANAGE_GUILD,
    MEMBER_PERMISSIONS,
    FakeDiscord,
    Reply,
    Upload,
)
from bot.library_views import LIBRARY_TEMPLATES
from bot.replies import GENERIC_APOLOGY, NO_PERMISSION, OUTDATED, in_flight
from bot.views import (
    DISCUSS_TEMPLATE,
    PAGE_TEMPLATE,
    POST_TEMPLATE,
    RESULTS_TEMPLATE,
    SOURCE_TEMPLATE,
)
from tests.fixtures.messages import NO_PINGS
from tests.fixtures.stats import recorded
from tests.fixtures.waiting import eventually

pytestmark = pytest.mark.e2e

ACK_SECONDS = 3.0

MENTIONS = "@everyone @here <@123> <@&456> <#789> <@123456789012345678> </quote show:1>"
MARKDOWN = "**bold** `code` ||spoiler|| [link](https://x) __under__ ~~gone~~"
HOSTILE = {
    "empty": "",
    "blank": " \t\u3000 ",
    "10k": "bureaucracy " * 833 + "abcd",
    "zero-width-bidi": "bure\u200baucracy \u202eylno\u202c \u2066x\u2069 \ufeff",
    "combining": "bu\u0336r\u0336e\u0336a\u0336ucracy Z\u0351\u0352\u0353\u0354\u0355",
    "controls": "bureaucracy\x00\x01\x07\x08\x1b[31m\x7f\x85 end",
    "emoji-astral": "📚🧵👨‍👩‍👧 𝔟𝔲𝔯𝔢𝔞𝔲𝔠𝔯𝔞𝔠𝔶 \U0010fffd",
    "mentions": MENTIONS,
    "markdown": MARKDOWN,
    "quote-line": "> quote\n# heading\n-# small",
    "sql": "'; DROP TABLE discussion_events; --",
    "no-words": "!!! ??? … — 🧵",
    "claimed-by-a-forgery": '"Bureaucracy is one of the worst enemies" — **bold** @everyone <#789>',
}
WRONG_IDS = {
    "underscore": "rule_webbs",
    "path": "../../etc/passwd",
    "number": "12345678901234567890",
    "dash": "-",
    "long": "rule-" + "x" * 200,
    "backticks": "``` **x** ` @everyone",
    "newline": "rule-\nwebbs",
}
WRONG_DATES = {
    "before-year-one": "9999y",
    "arabic-digits": "٩٩٩٩y",
    "no-such-day": "2026-02-30",
    "negative": "-1d",
    "exponent": "1e9d",
    "far-future": "9999-12-31",
    "year-one": "0001-01-01",
    "a-thousand-years": "1000y",
    "words": "last tuesday",
}
MODERATOR = MEMBER_PERMISSIONS | MANAGE_GUILD
# A reading attached to /library add while another option carries the hostile text.
READING = Upload("reading.md", b'Ada Reader wrote: "Lend the book, keep the note."\n')

# (command, subcommand, the option under test, the other options, a moderator command?)
TEXT_OPTIONS: list[tuple[str, str | None, str, dict[str, Any], bool]] = [
    ("quote", "search", "query", {}, False),
    ("quote", "search", "speaker", {"query": "bureaucracy"}, False),
    ("quote", "search", "topic", {"query": "bureaucracy"}, False),
    ("quote", "search", "kind", {"query": "bureaucracy"}, False),
    ("quote", "random", "speaker", {}, False),
    ("quote", "random", "topic", {}, False),
    ("quote", "show", "id", {}, False),
    ("source", None, "id", {}, False),
    ("verify", None, "text", {}, False),
    ("compare", "topic", "topic", {}, False),
    ("compare", "speakers", "query", {"speakers": "Lenin, Stalin"}, False),
    ("compare", "speakers", "speakers", {"query": "bureaucracy"}, False),
    ("discuss", None, "id", {}, False),
    ("daily", "set", "time", {"timezone": "Europe/London"}, True),
    ("daily", "set", "timezone", {"time": "08:30"}, True),
    ("daily", "set", "topic", {"time": "08:30", "timezone": "UTC"}, True),
    ("daily", "set", "speaker", {"time": "08:30", "timezone": "UTC"}, True),
    ("stats", "top", "since", {}, True),
    ("stats", "top", "until", {}, True),
    ("stats", "export", "format", {}, True),
    ("stats", "export", "since", {"format": "csv"}, True),
    ("stats", "export", "until", {"format": "json"}, True),
    ("stats", "chart", "since", {}, True),
    ("stats", "chart", "until", {}, True),
    ("library", "add", "title", {"file": READING}, True),
    ("library", "add", "author", {"file": READING}, True),
    ("library", "review", "reading", {}, True),
    ("library", "review", "show", {"reading": "abcdef"}, True),
    ("library", "publish", "reading", {}, True),
    ("library", "enable", "entry", {}, True),
    ("library", "disable", "entry", {}, True),
    ("library", "remove", "reading", {}, True),
]
ID_OPTIONS = [(c, s, o, rest, m) for c, s, o, rest, m in TEXT_OPTIONS if o == "id"]
AUTOCOMPLETE: list[tuple[str, str | None, str, dict[str, Any]]] = [
    ("quote", "search", "query", {}),
    ("quote", "search", "speaker", {"query": "x"}),
    ("quote", "search", "topic", {"query": "x"}),
    ("quote", "random", "speaker", {}),
    ("quote", "random", "topic", {}),
    ("quote", "show", "id", {}),
    ("source", None, "id", {}),
    ("discuss", None, "id", {}),
    ("compare", "topic", "topic", {}),
    ("daily", "set", "timezone", {"time": "08:30"}),
    ("daily", "set", "topic", {"time": "08:30"}),
    ("daily", "set", "speaker", {"time": "08:30"}),
    ("library", "review", "reading", {}),
    ("library", "publish", "reading", {}),
    ("library", "enable", "entry", {}),
    ("library", "disable", "entry", {}),
    ("library", "remove", "reading", {}),
]


def _name(case: tuple[Any, ...]) -> str:
    return "-".join(str(part) for part in case[:3] if part)


# --------------------------------------------------------------------------- what was sent


def sent_texts(body: dict[str, Any]) -> list[str]:
    """Every piece of text a member would see in a message body (or a thread name)."""
    texts = [str(body.get("content") or ""), str(body.get("name") or "")]
    for embed in body.get("embeds") or []:
        texts += [str(embed.get("title") or ""), str(embed.get("description") or "")]
        texts += [str(f.get(k) or "") for f in embed.get("fields") or [] for k in ("name", "value")]
        texts.append(str((embed.get("footer") or {}).get("text") or ""))
    for row in body.get("components") or []:
        texts += [str(c.get("label") or "") for c in row.get("components") or []]
    return [t for t in texts if t]


def message_bodies(fake: FakeDiscord, since: int) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, body) of every message-bearing request since request number ``since``."""
    found = []
    for request in fake.requests[since:]:
        if not isinstance(request.json, dict) or request.method not in ("POST", "PATCH"):
            continue
        body = (
            request.json.get("data", request.json) if "/callback" in request.path else request.json
        )
        if isinstance(body, dict) and ({"content", "embeds", "name"} & body.keys()):
            found.append((request.method, request.path, body))
    return found


CODE_SPAN = re.compile(r"(?<!\\)`[^`]*`")  # Discord shows a code span's text literally
FORGED_CODE = re.compile(r"(?<!\\)`code(?<!\\)`")
LIVE_FORGERIES = [
    ("a mention", re.compile(r"@(everyone|here)|<(@|@&|#)(123|456|789|123456789012345678)>")),
    ("a command mention", re.compile(r"</quote")),
    ("bold", re.compile(r"(?<!\\)\*\*bold(?<!\\)\*\*")),
    ("a spoiler", re.compile(r"(?<!\\)\|(?<!\\)\|spoiler")),
    ("a masked link", re.compile(r"(?<!\\)\[link\]\([^)]*\)")),
    ("underline", re.compile(r"(?<!\\)__under")),
    ("a block quote", re.compile(r"(?m)^(> )?> quote")),
    ("a heading", re.compile(r"(?m)^(> )?(#|-#) ")),
    ("a bidi override", re.compile("[\u202a-\u202e\u2066-\u2069]")),
    ("a control character", re.compile("[\x00-\x08\x0b-\x1f\x7f]")),
]


def live_forgeries(text: str) -> list[str]:
    """What in ``text`` would render as markup, a mention or a direction override (a code
    span shows its text literally, so only what is outside one counts, but a member's own
    backticks must not make one)."""
    found = ["inline code"] if FORGED_CODE.search(text) else []
    outside_code = CODE_SPAN.sub("", text)
    return found + [what for what, pattern in LIVE_FORGERIES if pattern.search(outside_code)]


OUR_CUSTOM_IDS = [
    re.compile(t)
    for t in (
        PAGE_TEMPLATE,
        SOURCE_TEMPLATE,
        RESULTS_TEMPLATE,
        POST_TEMPLATE,
        DISCUSS_TEMPLATE,
        *LIBRARY_TEMPLATES,
    )
]


def assert_sent_safely(fake: FakeDiscord, since: int = 0) -> None:
    """Everything the bot sent: no pings allowed, within Discord's limits, and no echoed
    mention, markdown or control character that would render live."""
    for method, path, body in message_bodies(fake, since):
        if "name" not in body or "content" in body or "embeds" in body:
            assert body.get("allowed_mentions") == NO_PINGS, (method, path)
        assert not body_violations(method, path, body), (path, body_violations(method, path, body))
        for row in body.get("components") or []:
            for item in row.get("components") or []:
                # A plain View's automatic custom id would be answered by UnknownButton too.
                assert any(t.fullmatch(item.get("custom_id", "")) for t in OUR_CUSTOM_IDS), item
        for text in sent_texts(body):
            assert "Traceback" not in text and GENERIC_APOLOGY not in text, text
            assert not live_forgeries(text), (live_forgeries(text), text)
    assert not fake.refused


async def settled(bot: Any) -> None:
    """Wait until the bot has finished every interaction (followups, threads, events)."""
    await eventually(lambda: in_flight(bot).running == 0, what="the bot's interactions to end")


async def database_dump(bot: Any) -> list[str]:
    await bot.events.flush()
    return [line async for line in bot.database.connection.iterdump()]


def interaction_calls(fake: FakeDiscord, reply: Reply) -> list[Any]:
    return [r for r in fake.requests if f"/interactions/{reply.interaction_id}/" in r.path]


async def assert_one_polite_answer(fake: FakeDiscord, reply: Reply) -> dict[str, Any] | None:
    """Exactly one answer, acknowledged in time; returns the error message shown (ephemeral,
    polite), or None when the command answered normally."""
    assert reply.ack_seconds < ACK_SECONDS
    assert len(interaction_calls(fake, reply)) == 1, "more than one interaction callback"
    followups = reply.followups()
    if reply.type in (4, 7):
        assert not followups, "a reply and a followup"
        data = reply.data
    else:
        assert reply.type == 5, reply.callback
        message = await reply.message()
        assert len(followups) <= 1
        data = message
    if data.get("embeds"):
        return None
    content = str(data.get("content") or "")
    assert content, data
    assert int(data.get("flags") or 0) & 64, f"error not ephemeral: {content}"
    return data


# --------------------------------------------------------------------------- slash commands


async def run_case(
    fake: FakeDiscord,
    bot: Any,
    command: str,
    sub: str | None,
    options: dict[str, Any],
    moderator: bool,
    caplog: pytest.LogCaptureFixture,
) -> dict[str, Any] | None:
    user = fake.add_member("tester", MODERATOR if moderator else MEMBER_PERMISSIONS)
    if (command, sub) == ("daily", "set"):
        options = {"channel": fake.channel_option(fake.channel_id), **options}
    before = await database_dump(bot)
    since = len(fake.requests)
    with caplog.at_level(logging.ERROR):
        reply = await fake.slash(command, sub, options=options, user=user)
        await settled(bot)  # the answer as it stands at the end (/library add edits it twice)
        error = await assert_one_polite_answer(fake, reply)
    assert_sent_safely(fake, since)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
    if error is not None:
        assert await database_dump(bot) == before, "a refused command changed the database"
    return error


async def each(cases: dict[str, Any], check: Any, caplog: pytest.LogCaptureFixture) -> None:
    """``await check(value)`` for every case, then one failure listing every case that failed
    (one bot serves all the cases: each comes from a new member, so no cooldown applies)."""
    failures = {}
    for name, value in cases.items():
        caplog.clear()
        try:
            await check(value)
        except AssertionError as exc:
            failures[name] = str(exc)[:600]
    assert not failures, failures


@pytest.mark.parametrize("case", TEXT_OPTIONS, ids=_name)
async def test_hostile_text_in_every_option(fake_discord, lectern, caplog, case):
    command, sub, option, rest, moderator = case

    async def check(value: str) -> None:
        options = {**rest, option: value}
        await run_case(fake_discord, lectern, command, sub, options, moderator, caplog)

    await each(HOSTILE, check, caplog)


@pytest.mark.parametrize("case", ID_OPTIONS, ids=_name)
async def test_ids_of_the_wrong_shape(fake_discord, lectern, caplog, case):
    command, sub, option, rest, moderator = case

    async def check(value: str) -> None:
        options = {**rest, option: value}
        error = await run_case(fake_discord, lectern, command, sub, options, moderator, caplog)
        assert error is not None and "no passage with the id" in error["content"]

    await each(WRONG_IDS, check, caplog)


PERIOD_OPTIONS = [c for c in TEXT_OPTIONS if c[2] in ("since", "until")]


def test_every_period_option_is_swept():
    stats_options = {(c, s, o) for c, s, o, _, _ in TEXT_OPTIONS if c == "stats"}
    swept = {(c, s, o) for c, s, o, _, _ in PERIOD_OPTIONS}
    assert stats_options - swept == {("stats", "export", "format")}  # a choice, swept below


@pytest.mark.parametrize("case", PERIOD_OPTIONS, ids=_name)
async def test_periods_of_the_wrong_shape(fake_discord, lectern, caplog, case):
    command, sub, option, rest, moderator = case

    async def check(value: str) -> None:
        options = {**rest, option: value}
        error = await run_case(fake_discord, lectern, command, sub, options, moderator, caplog)
        assert error is not None, value
        polite = ("must be a date", "after it ends", "Nothing has been recorded")  # the future
        assert any(words in error["content"] for words in polite), error["content"]

    await each(WRONG_DATES, check, caplog)


async def test_an_export_format_outside_its_choices_is_refused_politely(
    fake_discord, lectern, caplog
):
    """Discord offers only csv and json; a forged or outdated client can send anything."""
    shown = await fake_discord.slash("quote", "show", options={"id": "rule-webbs"})
    assert shown.type == 4
    await eventually(lambda: recorded(lectern) >= 1, what="the shown passage in the log")
    exported = await fake_discord.slash(
        "stats", "export", options={"format": "csv"}, user=fake_discord.admin_id
    )
    assert [name for name, _ in await exported.attachments()] != []  # there is a report to export

    async def check(value: str) -> None:
        since = len(fake_discord.requests)
        options = {"format": value}
        error = await run_case(fake_discord, lectern, "stats", "export", options, True, caplog)
        assert error is not None, value
        assert "Nothing has been recorded" not in error["content"], error["content"]
        files = [(r.method, r.path) for r in fake_discord.requests[since:] if r.files]
        assert files == [], "a file was sent"

    await each(
        {"xml": "xml", "upper-case": "CSV", "blank": "", "mention": "<@&456>"}, check, caplog
    )


MODERATOR_COMMANDS = {
    "daily set": ("daily", "set", {"time": "08:30", "timezone": "UTC", "topic": "@everyone"}),
    "daily status": ("daily", "status", {}),
    "daily off": ("daily", "off", {}),
    "daily preview": ("daily", "preview", {}),
    "stats top": ("stats", "top", {"since": "<@&456>"}),
    "stats export": ("stats", "export", {"format": "csv"}),
    "stats chart": ("stats", "chart", {}),
}


async def test_members_without_permission_are_refused_and_nothing_changes(
    fake_discord, lectern, caplog
):
    async def check(case: tuple[str, str, dict[str, Any]]) -> None:
        command, sub, options = case
        error = await run_case(fake_discord, lectern, command, sub, options, False, caplog)
        assert error is not None and error["content"] == NO_PERMISSION

    await each(MODERATOR_COMMANDS, check, caplog)


# --------------------------------------------------------------------------- autocomplete


TYPED = {
    **{k: HOSTILE[k] for k in ("10k", "zero-width-bidi", "controls", "emoji-astral", "mentions")},
    "nul": "\x00",
    "astral-10k": "🧵" * 5000,
}


@pytest.mark.parametrize("case", AUTOCOMPLETE, ids=_name)
async def test_autocomplete_never_breaks_the_limits(fake_discord, lectern, caplog, case):
    command, sub, option, rest = case

    async def check(value: str) -> None:
        with caplog.at_level(logging.ERROR):
            reply = await fake_discord.autocomplete_reply(
                command, sub, options={**rest, option: value}, focused=option
            )
        assert reply.type == 8 and reply.ack_seconds < ACK_SECONDS
        choices = reply.data["choices"]
        assert len(choices) <= 25
        for choice in choices:
            assert 1 <= len(choice["name"]) <= 100 and len(choice["value"]) <= 100, choice
            assert not live_forgeries(choice["name"]), choice
        assert not caplog.records, caplog.text

    await each(TYPED, check, caplog)


# --------------------------------------------------------------------------- buttons


def button(custom_id: str, label: str = "Next page ▶") -> dict[str, Any]:
    return {
        "type": 1,
        "components": [{"type": 2, "style": 2, "label": label, "custom_id": custom_id}],
    }


FORGED = {
    "unknown-passage": "lectern:page:gone-passage:1:n",
    "page-out-of-range": "lectern:page:rule-webbs:99999999:n",
    "negative-page": "lectern:page:rule-webbs:-1:n",
    "bad-direction": "lectern:page:rule-webbs:1:x",
    "no-page": "lectern:page:rule-webbs",
    "uppercase-id": "lectern:src:RULE-WEBBS",
    "unknown-source": "lectern:src:no-such-passage",
    "empty-source": "lectern:src:",
    "prefix-only": "lectern:",
    "stale-results": "lectern:res:0123456789abcdef:1:0:n",
    "old-results": "lectern:res:0123456789abcdef:1:n",
    "gone-post": "lectern:post:gone-passage",
    "gone-discuss": "lectern:disc:gone-passage",
    "foreign": "5f3e9a1c0b7d4e2f8a6b9c0d1e2f3a4b",
    "mentions": "lectern:src:<@&456>@everyone",
}


async def test_forged_or_stale_buttons_get_a_polite_reply(fake_discord, lectern, caplog):
    async def check(custom_id: str) -> None:
        message = fake_discord.post_bot_message(components=[button(custom_id)])
        before = await database_dump(lectern)
        since = len(fake_discord.requests)
        with caplog.at_level(logging.ERROR):
            reply = await fake_discord.click(message, custom_id)
            error = await assert_one_polite_answer(fake_discord, reply)
            await settled(lectern)
        assert_sent_safely(fake_discord, since)
        assert not caplog.records, caplog.text
        if error is not None:
            assert await database_dump(lectern) == before

    await each(FORGED, check, caplog)


async def test_search_result_buttons_after_a_restart_say_the_results_expired(
    fake_discord, lectern_runner
):
    reply = await fake_discord.slash("quote", "search", options={"query": "bureaucracy"})
    message = await reply.message()
    custom_ids = [c["custom_id"] for row in message["components"] for c in row["components"]]
    await lectern_runner.restart()
    click = await fake_discord.click(message, custom_ids[1])
    error = await assert_one_polite_answer(fake_discord, click)
    assert error is not None and "expired" in error["content"]
    assert_sent_safely(fake_discord)


async def test_search_result_buttons_step_through_and_stop_at_the_ends(fake_discord, lectern):
    reply = await fake_discord.slash("quote", "search", options={"query": "bureaucracy"})
    message = await reply.message()
    seen = [message["embeds"][0]["footer"]["text"]]
    for _ in range(40):
        forward = message["components"][0]["components"][1]  # "Next page ▶", "Next result ▶"
        if forward.get("disabled"):
            assert forward["label"] == "Next ▶"
            break
        click = await fake_discord.click(message, forward["custom_id"])
        assert click.type == 7
        message = fake_discord.messages[int(message["id"])]
        seen.append(message["embeds"][0]["footer"]["text"])
    assert len(seen) == len(set(seen)) > 2
    assert_sent_safely(fake_discord)


# --------------------------------------------------------------------------- permissions


async def test_discuss_where_the_bot_cannot_open_threads_posts_nothing(
    fake_discord, lectern, caplog
):
    await fake_discord.deny_bot(fake_discord.channel_id, CREATE_PUBLIC_THREADS)
    error = await run_case(
        fake_discord, lectern, "discuss", None, {"id": "rule-webbs"}, False, caplog
    )
    assert error is not None and "I need Create Public Threads" in error["content"]
    assert not fake_discord.threads
    assert not [m for m in fake_discord.messages.values() if m["embeds"]]


async def test_discuss_whose_thread_discord_refuses_says_so_politely(fake_discord, lectern, caplog):
    fake_discord.fail_next[("POST", "/threads")] = (
        403,
        {"message": "Missing Permissions", "code": 50013},
    )
    with caplog.at_level(logging.ERROR):
        reply = await fake_discord.slash("discuss", options={"id": "rule-webbs"})
        await settled(lectern)
    assert reply.type == 4 and not reply.ephemeral and reply.data["embeds"]
    [followup] = reply.followups()
    assert followup["flags"] & 64
    assert followup["content"].startswith("The passage is posted, but Discord refused")
    assert "Missing Permissions" in followup["content"]
    assert not caplog.records, caplog.text
    assert_sent_safely(fake_discord)


async def test_a_name_or_two_words_are_not_verified_as_a_quotation(fake_discord, lectern, caplog):
    async def check(text: str) -> None:
        error = await run_case(fake_discord, lectern, "verify", None, {"text": text}, False, caplog)
        assert error is not None and "at least 3 words" in error["content"]

    await each({"name": "— Lenin", "two words": "the worst (Stalin)"}, check, caplog)


async def test_a_zone_that_is_no_place_is_refused(fake_discord, lectern, caplog):
    async def check(zone: str) -> None:
        options = {"time": "08:30", "timezone": zone}
        error = await run_case(fake_discord, lectern, "daily", "set", options, True, caplog)
        assert error is not None and "not a time zone name I know" in error["content"]

    await each({"machine's zone": "localtime", "placeholder": "Factory"}, check, caplog)


# --------------------------------------------------------------------------- direct messages

IN_DMS = {
    "quote random": ("quote", "random", {}),
    "quote search": ("quote", "search", {"query": "@everyone bureaucracy"}),
    "quote show": ("quote", "show", {"id": "rule-webbs"}),
    "source": ("source", None, {"id": "no-such-passage"}),
    "verify": ("verify", None, {"text": "Bureaucracy is one of the worst enemies (Stalin)"}),
    "compare topic": ("compare", "topic", {"topic": "literacy"}),
    "compare speakers": ("compare", "speakers", {"query": "bureaucracy", "speakers": "Lenin, x"}),
    "help": ("help", None, {}),
    "about": ("about", None, {}),
    "privacy info": ("privacy", "info", {}),
    "privacy opt-out": ("privacy", "opt-out", {}),
    "guild only": ("discuss", None, {"id": "rule-webbs"}),
    "moderators only": ("stats", "top", {}),
}


async def test_commands_in_direct_messages_answer_once_without_errors(
    fake_discord, lectern, caplog
):
    async def check(case: tuple[str, str | None, dict[str, Any]]) -> None:
        command, sub, options = case
        user = fake_discord.add_member("dm")
        since = len(fake_discord.requests)
        with caplog.at_level(logging.ERROR):
            reply = await fake_discord.dm_slash(command, sub, options=options, user=user)
            await assert_one_polite_answer(fake_discord, reply)
            await settled(lectern)
        assert_sent_safely(fake_discord, since)
        assert not caplog.records, caplog.text

    await each(IN_DMS, check, caplog)


async def test_daily_off_is_acknowledged_while_another_process_writes(fake_discord, lectern):
    # Another process (a backup, `lectern stats prune`) holds the write lock for 3.3 s; taken
    # and released off the event loop, which the bot's own transactions need meanwhile.
    writer = sqlite3.connect(lectern.database.path, check_same_thread=False)
    await asyncio.to_thread(writer.execute, "BEGIN IMMEDIATE")

    async def release() -> None:
        await asyncio.sleep(ACK_SECONDS + 0.3)
        await asyncio.to_thread(writer.rollback)

    releasing = asyncio.create_task(release())
    try:
        reply = await fake_discord.slash("daily", "off", user=fake_discord.admin_id, timeout=15)
        assert reply.ack_seconds < ACK_SECONDS and reply.ephemeral
        message = await reply.message()
        assert message["content"] == "No daily post was set up in this server."
    finally:
        await releasing
        await settled(lectern)
        writer.close()


async def test_a_command_registered_before_an_update_gets_a_polite_reply(
    fake_discord, lectern, caplog
):
    outdated = {
        "removed command": ("nonexistent", None, {}),
        "removed subcommand": ("quote", "gone", {}),
        "required option missing": ("quote", "show", {}),
    }

    async def check(case: tuple[str, str | None, dict[str, Any]]) -> None:
        command, sub, options = case
        error = await run_case(fake_discord, lectern, command, sub, options, False, caplog)
        assert error is not None and error["content"] == OUTDATED

    await each(outdated, check, caplog)


async def test_every_text_option_and_autocomplete_is_in_the_sweep(lectern):
    swept = {(command, sub, option) for command, sub, option, _, _ in TEXT_OPTIONS}
    text_options = set()
    for command in lectern.tree.walk_commands():
        if isinstance(command, app_commands.Command):
            root, _, sub = command.qualified_name.partition(" ")
            for parameter in command.parameters:
                if parameter.type is discord.AppCommandOptionType.string:
                    text_options.add((root, sub or None, parameter.name))
    assert text_options == swept, ("missing:", text_options - swept, "gone:", swept - text_options)
    completed = {
        (root, sub or None, parameter.name)
        for command in lectern.tree.walk_commands()
        if isinstance(command, app_commands.Command)
        for root, _, sub in [command.qualified_name.partition(" ")]
        for parameter in command.parameters
        if parameter.autocomplete
    }
    assert completed == {(command, sub, option) for command, sub, option, _ in AUTOCOMPLETE}
