"""One member's terminal session in the demo server: what they type, what Lectern answers.

``DemoSession`` turns a typed line into what a member does on Discord (a slash command, a
button press, a message in a thread) through the fake Discord, waits until the bot has
finished answering, and returns the messages it sent or changed, drawn as cards. It knows
nothing of the terminal: ``repl.py`` reads the keys and prints.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncGenerator, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document
from rich.console import RenderableType
from rich.text import Text

from bot.devtools.demo import commands as typed
from bot.devtools.demo.cards import Button, form_card, form_fields, message_view
from bot.devtools.fakediscord.server import ADMIN_ID, CHANNEL_ID, GUILD_ID, MEMBER_ID, FakeDiscord

log = logging.getLogger(__name__)

REPLY_TIMEOUT_SECONDS = 15.0  # Discord gives up after 3 s for the ack, 15 min for followups
QUIET_SECONDS = 0.4  # the bot has finished answering when it sends nothing for this long
SETTLE_LIMIT_SECONDS = 10.0
LOADING = 128  # a deferred reply's "thinking" message
MODAL = 9  # the interaction callback that opens a form
THREAD_TYPES = {10, 11, 12}
THREAD_LABEL = 40  # characters of a thread's name shown in the prompt

DEMO_HELP = """\
Type slash commands as in Discord; Tab (or just typing) offers what Lectern would offer.
  /quote search query: antaeus        /verify text: "…" - Lenin        /help
  a number          press the button, or pick the menu option, shown with that number
  a form            type "field: value" lines, then /submit (or /cancel)
  /mod, /member     act as a moderator (Manage Server) or as a plain member again
  /threads          the discussion threads;  /enter [N] go into one, /leave come back
  any other text    a message in the current channel or thread (threads are counted)
  /react            add 👍 to Lectern's last post here
  /demo             this help;  Ctrl-D or Ctrl-C (or /quit) leaves"""

DEMO_COMMANDS = {
    "mod": "act as a moderator (Manage Server)",
    "member": "act as a plain member",
    "threads": "list the discussion threads",
    "enter": "go into a thread: /enter N (default: the newest)",
    "leave": "back to #reading-room",
    "react": "add 👍 to Lectern's last post here",
    "demo": "how this demo works",
    "quit": "leave the demo",
}


class QuitDemo(Exception):
    """The member asked to leave."""


@dataclass
class OpenForm:
    """A form (modal) Lectern opened, being filled in: the reply that opened it and its
    fields with the values typed so far."""

    opened: Any  # the fake's Reply of type 9
    title: str
    fields: list[dict[str, Any]]


@dataclass(frozen=True)
class Persona:
    user_id: int
    label: str


MEMBER = Persona(MEMBER_ID, "reader")
MODERATOR = Persona(ADMIN_ID, "moderator")


def note(text: str, style: str = "dim") -> Text:
    return Text(text, style=style)


class DemoSession:
    def __init__(self, fake: FakeDiscord, files_dir: Path) -> None:
        self.fake = fake
        self.files_dir = files_dir
        self.persona = MEMBER
        self.channel = CHANNEL_ID
        self.buttons: dict[int, Button] = {}
        self.shown: set[int] = set()
        self.saved: dict[int, list[tuple[str, int, str]]] = {}
        self.lock = asyncio.Lock()
        self.form: OpenForm | None = None
        # the fake names the moderator "admin": in the demo it is the server's moderator
        fake.users[ADMIN_ID]["username"] = fake.users[ADMIN_ID]["global_name"] = "moderator"

    # what the member sees ----------------------------------------------------------------------
    @property
    def prompt(self) -> str:
        if self.form is not None:
            return f"form “{self.form.title}”> "
        return f"{self.persona.label} in {self.where(self.channel)}> "

    def where(self, channel_id: int) -> str:
        channel = self.fake.channels.get(channel_id)
        if channel is None:
            return "a direct message" if channel_id != CHANNEL_ID else "#reading-room"
        if channel.get("type") in THREAD_TYPES:
            name = str(channel.get("name") or "thread")
            short = name if len(name) <= THREAD_LABEL else name[: THREAD_LABEL - 1].rstrip() + "…"
            return f"thread “{short}”"
        return f"#{channel.get('name', channel_id)}"

    def commands(self) -> list[dict[str, Any]]:
        """What the bot registered (``lectern sync --guild``), or globally."""
        return self.fake.commands.get(GUILD_ID) or self.fake.commands.get(None) or []

    def visible_commands(self) -> list[dict[str, Any]]:
        """Discord lists only the commands this member's permissions allow."""
        allowed = self.fake.member_permissions.get(self.persona.user_id, 0)
        shown = []
        for command in self.commands():
            needed = command.get("default_member_permissions")
            if needed is None or int(needed) & allowed == int(needed):
                shown.append(command)
        return shown

    def text_channels(self) -> dict[str, int]:
        return {
            str(c["name"]).lower(): int(c["id"])
            for c in self.fake.channels.values()
            if c.get("type") == 0
        }

    def threads(self) -> list[dict[str, Any]]:
        return [t for t in self.fake.threads if int(t["id"]) in self.fake.channels]

    # one typed line ------------------------------------------------------------------------------
    async def handle(self, line: str) -> list[RenderableType]:
        """What the member sees after typing ``line``; raises ``QuitDemo`` to leave."""
        text = line.strip()
        if not text:
            return []
        async with self.lock:
            if self.form is not None:
                return await self.fill(text)
            if text.isdecimal():
                return await self.press(int(text))
            if text.startswith("/"):
                word = text[1:].split(" ", 1)[0].lower()
                if word in DEMO_COMMANDS and typed.find_command(self.commands(), word) is None:
                    return await self.demo_command(word, text[1 + len(word) :].strip())
                try:
                    invocation = typed.parse(text, self.commands(), self.text_channels())
                except typed.InputError as exc:
                    return [note(str(exc), "yellow")]
                return await self.slash(invocation)
            return await self.say(text)

    async def slash(self, invocation: typed.Invocation) -> list[RenderableType]:
        start = len(self.fake.requests)
        reply = await self.fake.slash(
            invocation.name,
            invocation.sub,
            options=invocation.values,
            user=self.persona.user_id,
            channel=self.channel,
            timeout=REPLY_TIMEOUT_SECONDS,
        )
        if reply.type in (5, 6):
            await reply.message(timeout=REPLY_TIMEOUT_SECONDS)
        return await self.answer(start)

    async def press(self, number: int) -> list[RenderableType]:
        button = self.buttons.get(number)
        if button is None:
            return [note(f"No button [{number}] on the cards shown; the numbers are in green.")]
        start = len(self.fake.requests)
        if button.value is not None:  # an option of a select menu
            reply = await self.fake.choose(
                button.message,
                button.custom_id,
                [button.value],
                user=self.persona.user_id,
                timeout=REPLY_TIMEOUT_SECONDS,
            )
            done = note(f"(picked [{number}] {button.label})")
        else:
            reply = await self.fake.click(
                button.message,
                button.custom_id,
                user=self.persona.user_id,
                timeout=REPLY_TIMEOUT_SECONDS,
            )
            done = note(f"(pressed [{number}] {button.label})")
        if reply.type == 5:
            await reply.message(timeout=REPLY_TIMEOUT_SECONDS)
        if reply.type == MODAL:
            return [done, self.open_form(reply)]
        return [done, *await self.answer(start)]

    # a form (modal) ------------------------------------------------------------------------------
    def open_form(self, opened: Any) -> RenderableType:
        modal = opened.data
        self.form = OpenForm(opened, str(modal.get("title", "Form")), form_fields(modal))
        return form_card(self.form.title, self.form.fields)

    async def fill(self, text: str) -> list[RenderableType]:
        """A line typed while a form is open: a field's new value, /submit or /cancel."""
        form = self.form
        assert form is not None
        if text.lower() == "/cancel":
            self.form = None
            return [note("Form closed; nothing was sent.", "cyan")]
        if text.lower() == "/submit":
            return await self.submit(form)
        name, colon, value = text.partition(":")
        field = self.form_field(form, name.strip()) if colon else None
        if field is None:
            names = ", ".join(f["label"].lower() for f in form.fields)
            return [
                note(
                    f"A form is open: type one of its fields ({names}) and a colon, then the "
                    "value; /submit sends it, /cancel closes it.",
                    "yellow",
                )
            ]
        value = " ".join(value.split())
        if field["select"]:
            wanted = value.casefold()
            found = [
                v
                for number, (label, v) in enumerate(field["options"], 1)
                if wanted in (label.casefold(), v.casefold(), str(number))
            ] or [v for label, v in field["options"] if label.casefold().startswith(wanted)]
            if not wanted or len(found) != 1:
                choices = ", ".join(label for label, _ in field["options"])
                return [note(f"{field['label']} is one of: {choices}.", "yellow")]
            value = found[0]
        field["value"] = value
        shown = next((label for label, v in field["options"] if v == value), value)
        return [
            note(
                f"{field['label']} → {shown or '(empty)'}. More fields, or /submit to send the "
                "form, /cancel to close it.",
                "cyan",
            )
        ]

    @staticmethod
    def form_field(form: OpenForm, name: str) -> dict[str, Any] | None:
        wanted = name.casefold()
        for number, field in enumerate(form.fields, 1):
            if wanted in (field["label"].casefold(), field["custom_id"].casefold(), str(number)):
                return field
        return None

    async def submit(self, form: OpenForm) -> list[RenderableType]:
        start = len(self.fake.requests)
        values: dict[str, str | list[str]] = {
            f["custom_id"]: ([f["value"]] if f["value"] else []) if f["select"] else f["value"]
            for f in form.fields
        }
        self.form = None
        reply = await self.fake.submit_modal(
            form.opened, values, user=self.persona.user_id, timeout=REPLY_TIMEOUT_SECONDS
        )
        if reply.type == 5:
            await reply.message(timeout=REPLY_TIMEOUT_SECONDS)
        return [note(f"(submitted “{form.title}”)"), *await self.answer(start)]

    async def say(self, text: str) -> list[RenderableType]:
        start = len(self.fake.requests)
        await self.fake.send_message(text, user=self.persona.user_id, channel=self.channel)
        where = self.where(self.channel)
        counted = " (Lectern counts it, never reads it)" if self.channel != CHANNEL_ID else ""
        return [
            note(f"{self.persona.label} said it in {where}{counted}."),
            *await self.answer(start),
        ]

    async def demo_command(self, word: str, argument: str) -> list[RenderableType]:
        if word == "quit":
            raise QuitDemo
        if word == "demo":
            return [note(DEMO_HELP, "")]
        if word in ("mod", "member"):
            self.persona = MODERATOR if word == "mod" else MEMBER
            what = "a moderator (Manage Server)" if word == "mod" else "a plain member"
            return [note(f"You are now {self.persona.label}, {what}.", "cyan")]
        if word == "threads":
            threads = self.threads()
            if not threads:
                return [note("No threads yet: /discuss id: opens one.")]
            lines = [f"  {n}. {t.get('name', 'thread')}" for n, t in enumerate(threads, 1)]
            return [note("Threads (/enter N to go in):\n" + "\n".join(lines), "")]
        if word == "enter":
            return self.enter(argument)
        if word == "leave":
            self.channel = CHANNEL_ID
            return [note("Back in #reading-room.", "cyan")]
        return await self.react()

    def enter(self, argument: str) -> list[RenderableType]:
        threads = self.threads()
        if not threads:
            return [note("No threads yet: /discuss id: opens one.")]
        if argument and not (argument.isdecimal() and 1 <= int(argument) <= len(threads)):
            return [note(f"/enter takes a thread's number, 1 to {len(threads)} (see /threads).")]
        thread = threads[int(argument) - 1] if argument else threads[-1]
        self.channel = int(thread["id"])
        return [note(f"In {self.where(self.channel)}: what you type is posted here.", "cyan")]

    async def react(self) -> list[RenderableType]:
        posts = [
            m
            for m in self.fake.messages.values()
            if int(m["channel_id"]) == self.channel and m["author"]["id"] == str(self.fake.bot_id)
        ]
        if not posts:
            return [note(f"Lectern has posted nothing in {self.where(self.channel)} yet.")]
        await self.fake.add_reaction(int(posts[-1]["id"]), user=self.persona.user_id)
        return [note("👍 added to Lectern's last post here.")]

    # what the bot did ----------------------------------------------------------------------------
    async def settle(self) -> None:
        """Wait until the bot has sent nothing for a moment (it may post several messages)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + SETTLE_LIMIT_SECONDS
        seen = -1
        while loop.time() < deadline and len(self.fake.requests) != seen:
            seen = len(self.fake.requests)
            await asyncio.sleep(QUIET_SECONDS)

    async def answer(self, start: int) -> list[RenderableType]:
        await self.settle()
        requests = self.fake.requests[start:]
        shown = self.render(self.touched(requests))
        if any(r.method == "POST" and r.path.endswith("/threads") for r in requests):
            shown.append(note("Lectern opened a discussion thread: /enter goes into it.", "cyan"))
        return shown

    def touched(self, requests: Iterable[Any]) -> list[int]:
        """Ids of the messages these requests created or changed, in order."""
        ids: list[int] = []
        for request in requests:
            found = request.message_id
            if found is None and request.path.endswith("/callback"):
                token = request.path.rsplit("/", 2)[-2]
                found = self.fake.original_ids.get(token)
            elif found is None and request.method == "PATCH":
                match = re.fullmatch(r"/channels/\d+/messages/(\d+)", request.path)
                found = int(match.group(1)) if match else None
            if found is not None and found not in ids:
                ids.append(found)
        return ids

    def render(self, message_ids: list[int]) -> list[RenderableType]:
        views: list[RenderableType] = []
        buttons: list[Button] = []
        for message_id in message_ids:
            message = self.fake.messages.get(message_id)
            if message is None or int(message.get("flags") or 0) & LOADING:
                continue
            self.shown.add(message_id)
            view, found = message_view(
                message,
                where=self.where(int(message["channel_id"])),
                first_button=1 + len(buttons),
                saved=self.save_files(message_id),
                names=self.mention_names(),
            )
            views.append(view)
            buttons.extend(found)
        if buttons:
            self.buttons = {b.number: b for b in buttons}
        return views

    def mention_names(self) -> dict[str, str]:
        """What ``<#id>``, ``<@id>`` and ``<@&id>`` show in this server."""
        names = {f"#{cid}": f"#{c.get('name', cid)}" for cid, c in self.fake.channels.items()}
        names |= {f"@{uid}": f"@{u['username']}" for uid, u in self.fake.users.items()}
        for role in self.fake.guild_payload()["roles"]:
            names[f"@&{role['id']}"] = f"@{role['name']}"
        return names

    def save_files(self, message_id: int) -> list[tuple[str, int, str]]:
        """Write the files sent with a message to the files folder (once)."""
        if message_id in self.saved:
            return self.saved[message_id]
        saved = []
        for request in self.fake.requests:
            if request.message_id != message_id or not request.files:
                continue
            for name, data in request.files:
                safe = re.sub(r"[^\w.-]", "_", Path(name).name) or "file"
                path = self.files_dir / f"{message_id}-{safe}"
                self.files_dir.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                saved.append((name, len(data), str(path)))
        self.saved[message_id] = saved
        return saved

    async def unseen_posts(self) -> list[RenderableType]:
        """Messages Lectern posted by itself (a daily passage) since the last answer."""
        async with self.lock:
            fresh = [
                int(m["id"])
                for m in list(self.fake.messages.values())
                if int(m["id"]) not in self.shown
                and m["author"]["id"] == str(self.fake.bot_id)
                and not int(m.get("flags") or 0) & LOADING
            ]
            return self.render(fresh) if fresh else []


class SlashCompleter(Completer):
    """Offers commands, subcommands and option names from the registered definitions, and
    option values from the bot's own autocomplete answers (or the option's fixed choices)."""

    def __init__(self, session: DemoSession) -> None:
        self.session = session

    def get_completions(
        self, document: Document, complete_event: CompleteEvent
    ) -> Iterable[Completion]:
        return []  # only asynchronous: the answers come from the bot

    async def get_completions_async(
        self, document: Document, complete_event: CompleteEvent
    ) -> AsyncGenerator[Completion, None]:
        try:
            for completion in await self.completions(document.text_before_cursor):
                yield completion
        except Exception:  # a completion never breaks the prompt; the log says why
            log.exception("completion failed for %r", document.text_before_cursor)

    async def completions(self, text: str) -> list[Completion]:
        if not text.startswith("/"):
            return []
        session = self.session
        if " " not in text:
            word = text[1:].lower()
            names = {c["name"]: c.get("description", "") for c in session.visible_commands()}
            for name, description in DEMO_COMMANDS.items():
                names.setdefault(name, f"(demo) {description}")
            return [
                Completion(f"/{name} ", -len(text), display=f"/{name}", display_meta=meta)
                for name, meta in sorted(names.items())
                if name.startswith(word)
            ]
        command = typed.find_command(session.commands(), text[1:].split(" ", 1)[0])
        if command is None:
            return []
        rest_of_line = text[1:].split(" ", 1)[1]
        subs = typed.subcommands(command)
        if subs and " " not in rest_of_line.lstrip():
            word = rest_of_line.lstrip().lower()
            return [
                Completion(f"{s['name']} ", -len(word), display_meta=s.get("description", ""))
                for s in subs
                if s["name"].startswith(word)
            ]
        try:
            invocation, rest = typed.split_head(text, session.commands())
        except typed.InputError:
            return []
        return await self.option_completions(invocation, rest)

    async def option_completions(self, invocation: typed.Invocation, rest: str) -> list[Completion]:
        options = typed.option_definitions(invocation.definition)
        _, raw = typed.split_options(rest, invocation.definition)
        spans = typed.option_spans(rest, [o["name"] for o in options])
        offered: list[Completion] = []
        word = re.search(r"(\S*)$", rest)
        partial = word.group(1).lower() if word else ""
        if not partial.endswith(":") and (not spans or raw.get(spans[-1][0])):
            # a new option name may be starting here (after a filled value, or at the start)
            offered += [
                Completion(f"{o['name']}: ", -len(partial), display_meta=typed.option_help(o))
                for o in options
                if o["name"] not in raw and o["name"].startswith(partial)
            ]
        if not spans:
            return offered
        focused = spans[-1][0]
        value_typed = rest[spans[-1][2] :].lstrip()
        option = next(o for o in options if o["name"] == focused)
        for choice in await self.value_choices(invocation, option, raw, value_typed):
            name, value = str(choice["name"]), str(choice["value"])
            offered.append(Completion(value, -len(value_typed), display=name[:80]))
        return offered

    async def value_choices(
        self,
        invocation: typed.Invocation,
        option: dict[str, Any],
        raw: dict[str, str],
        value_typed: str,
    ) -> list[dict[str, Any]]:
        if option.get("choices"):
            wanted = value_typed.casefold()
            return [c for c in option["choices"] if wanted in str(c["name"]).casefold()]
        if not option.get("autocomplete"):
            return []
        session = self.session
        values = {**raw, option["name"]: value_typed}
        async with session.lock:
            return await session.fake.autocomplete(
                invocation.name,
                invocation.sub,
                options=values,
                focused=option["name"],
                user=session.persona.user_id,
                channel=session.channel,
                timeout=REPLY_TIMEOUT_SECONDS,
            )
