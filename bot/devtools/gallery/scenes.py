"""Every command as members and moderators use it, through the real bot and the fake Discord.

Each scene drives the bot (slash commands, button clicks, thread messages) and keeps the
payloads Discord would show, as ``Scene`` objects for ``html.scene_html``.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Awaitable, Callable
from typing import Any

from bot.client import LecternBot
from bot.core.models import Corpus, Passage
from bot.devtools.fakediscord.server import GUILD_ID, FakeDiscord, Reply
from bot.devtools.gallery.html import Scene, Shot, Thread
from bot.libraries import StoredLibraries
from bot.render import pages_of


def buttons_of(message: dict[str, Any]) -> dict[str, str]:
    """Button label → custom id."""
    return {
        str(c.get("label")): str(c.get("custom_id"))
        for row in message.get("components", [])
        for c in row.get("components", [])
        if c.get("custom_id")
    }


def _usage(name: str, sub: str | None, options: dict[str, Any] | None) -> str:
    shown = " ".join(f"{k}: {v}" for k, v in (options or {}).items())
    return " ".join(p for p in (f"/{name}", sub, shown) if p)


class Director:
    """Runs commands as a member or moderator and turns the answers into shots."""

    def __init__(self, fake: FakeDiscord, bot: LecternBot, corpus: Corpus) -> None:
        self.fake = fake
        self.bot = bot
        self.corpus = corpus

    async def run(
        self,
        name: str,
        sub: str | None = None,
        options: dict[str, Any] | None = None,
        *,
        user: int | None = None,
    ) -> tuple[Shot, Reply]:
        user = user or self.fake.member_id
        reply = await self.fake.slash(name, sub, options=options, user=user)
        message = await reply.message()
        files: list[tuple[str, bytes]] = []
        if message.get("attachments"):
            files = await reply.attachments()
        shot = self.shot(message, used=_usage(name, sub, options), user=user, files=files)
        return shot, reply

    @property
    def names(self) -> dict[int, str]:
        """Every user's name, as Discord draws a mention of them."""
        return {int(uid): str(user["global_name"]) for uid, user in self.fake.users.items()}

    def shot(
        self,
        message: dict[str, Any],
        *,
        used: str | None = None,
        user: int | None = None,
        author: str = "Lectern",
        files: list[tuple[str, bytes]] | None = None,
    ) -> Shot:
        """A copy of ``message`` as ``user`` (by default the member) saw it."""
        return Shot(
            copy.deepcopy(message),
            used=used,
            author=author,
            files=files or [],
            by=self.names[user or self.fake.member_id],
            names=self.names,
        )

    async def click(self, shot: Shot, label: str, *, user: int | None = None) -> Shot:
        """Press the button ``label`` under ``shot``; the message as it stands afterwards
        (the same message edited, or the private reply a member gets)."""
        custom_id = buttons_of(shot.message)[label]
        user = user or self.fake.member_id
        reply = await self.fake.click(shot.message, custom_id, user=user)
        if reply.type == 7:
            edited = self.fake.messages[int(shot.message["id"])]
            return self.shot(edited, used=label, user=user)
        message = await reply.message()
        return self.shot(message, used=label, user=user)

    def thread_of(self, message_id: int) -> Thread | None:
        for thread in self.fake.threads:
            if int(thread["id"]) == message_id or int(thread.get("parent_id") or 0) == message_id:
                posted = [
                    self.shot(m)
                    for m in self.fake.messages.values()
                    if int(m["channel_id"]) == int(thread["id"])
                ]
                return Thread(str(thread.get("name", "")), posted)
        return None

    def longest(self, kind: str = "quotation") -> Passage:
        return max((p for p in self.corpus.passages if p.kind == kind), key=lambda p: len(p.text))


SceneMaker = Callable[[Director], Awaitable[list[Scene]]]


async def help_and_about(d: Director) -> list[Scene]:
    member, _ = await d.run("help")
    moderator, _ = await d.run("help", user=d.fake.moderator_id)
    about, _ = await d.run("about")
    return [
        Scene("help-member", "/help as a member", [member]),
        Scene("help-moderator", "/help as a moderator", [moderator]),
        Scene("about", "/about", [about]),
    ]


async def search(d: Director) -> list[Scene]:
    first, _ = await d.run("quote", "search", {"query": "bureaucracy in the party"})
    scenes = [Scene("search", "/quote search (private results)", [first])]
    labels = buttons_of(first.message)
    forward = next((label for label in labels if "Next result" in label or "▶" in label), None)
    if forward:
        second = await d.click(first, forward)
        scenes.append(Scene("search-next", "/quote search, after the next-result button", [second]))
    return scenes


async def show_and_pages(d: Director) -> list[Scene]:
    longest = d.longest()
    shot, _ = await d.run("quote", "show", {"id": longest.id})
    scenes = [
        Scene(
            "show-long",
            "/quote show of a long passage",
            [shot],
            caption=f"{len(pages_of(longest))} pages",
        )
    ]
    labels = buttons_of(shot.message)
    forward = next((label for label in labels if "Next" in label), None)
    if forward:
        other = await d.click(shot, forward, user=d.fake.admin_id)
        scenes.append(Scene("show-long-other", "Another member presses the page button", [other]))
        own = await d.click(shot, forward)
        scenes.append(Scene("show-long-page-2", "The member who opened it turns the page", [own]))
    short = min(
        (p for p in d.corpus.passages if p.kind == "quotation" and len(p.text) > 120),
        key=lambda p: len(p.text),
    )
    card, _ = await d.run("quote", "show", {"id": short.id})
    scenes.append(Scene("show-short", "/quote show", [card]))
    for passage in d.corpus.passages:
        if passage.kind == "commentary":
            commentary, _ = await d.run("quote", "show", {"id": passage.id})
            scenes.append(Scene("show-commentary", "/quote show of commentary", [commentary]))
            break
    for passage in d.corpus.passages:
        if passage.via:
            relayed, _ = await d.run("quote", "show", {"id": passage.id})
            scenes.append(Scene("show-via", "/quote show of a quotation relayed", [relayed]))
            break
    marked: list[Shot | Thread] = []
    for wanted in ("insertions", "sic"):
        found = next((p for p in d.corpus.passages if getattr(p, wanted)), None)
        if found is not None:
            reader = d.fake.add_member(f"reader-{wanted}")
            marked.append((await d.run("quote", "show", {"id": found.id}, user=reader))[0])
    if marked:
        scenes.append(Scene("show-marked", "Insertions and [sic], set apart", marked))
    return scenes


async def random_passages(d: Director) -> list[Scene]:
    shots: list[Shot | Thread] = [(await d.run("quote", "random"))[0] for _ in range(3)]
    return [Scene("random", "/quote random, three times", shots)]


async def source(d: Director) -> list[Scene]:
    passage = d.corpus.passages[len(d.corpus.passages) // 3]
    shot, _ = await d.run("source", options={"id": passage.id})
    return [Scene("source", "/source", [shot])]


async def verify(d: Director) -> list[Scene]:
    passage = next(p for p in d.corpus.passages if p.kind == "quotation" and len(p.text) > 80)
    words = passage.text.split()[:18]
    exact, _ = await d.run("verify", options={"text": " ".join(words)})
    other = next(s for s in d.corpus.speakers.values() if s.id != passage.speaker)
    wrong, _ = await d.run("verify", options={"text": f"{' '.join(words)} — {other.name}"})
    missing, _ = await d.run(
        "verify", options={"text": "The unexamined life is not worth living, said nobody here"}
    )
    # Two words of a sentence misremembered, after a lead-in longer than the quotation.
    sentence = passage.text.split(". ")[0].split()[:13]
    sentence[3], sentence[-2] = "frankly", "entirely"
    second = d.fake.add_member("reader-verify")  # a member's commands are rate-limited
    close, _ = await d.run(
        "verify",
        options={
            "text": "Somebody in our reading group told me last week that "
            f"{other.name} once said {' '.join(sentence)}"
        },
        user=second,
    )
    # Invented words beside a real quotation: before a tail reporting it, and inside a lead-in
    # ("X said A and that B"); they are the member's quoted words, and the card shows the words
    # it read as their framing.
    speaker = d.corpus.speakers[passage.speaker].name
    third = d.fake.add_member("reader-framing")
    before_tail, _ = await d.run(
        "verify",
        options={"text": f"{' '.join(words)}, and it must end, said {speaker} to the congress"},
        user=third,
    )
    in_lead_in, _ = await d.run(
        "verify",
        options={"text": f"{speaker} said it must end and that {' '.join(words)}"},
        user=third,
    )
    shots: list[Shot | Thread] = [exact, wrong, missing, close, before_tail, in_lead_in]
    unnamed = next(
        (p for p in d.corpus.passages if d.corpus.speakers[p.speaker].unnamed and len(p.text) > 60),
        None,
    )
    if unnamed is not None:  # a speaker the essay describes, never read as a name
        text = f"{unnamed.text[:200]} — {other.name}"
        shot, _ = await d.run("verify", options={"text": text}, user=second)
        shots.append(shot)
    return [Scene("verify", "/verify", shots)]


async def compare(d: Director) -> list[Scene]:
    topic = next(iter(d.corpus.topics.values()))
    by_topic, _ = await d.run("compare", "topic", {"topic": topic.name})
    quoted: dict[str, int] = {}
    for passage in d.corpus.passages:
        if passage.kind == "quotation":
            quoted[passage.speaker] = quoted.get(passage.speaker, 0) + 1
    most = sorted(quoted, key=lambda speaker: -quoted[speaker])[:2]
    names = [d.corpus.speaker_name(speaker) for speaker in most]
    by_speakers, _ = await d.run(
        "compare", "speakers", {"query": "party democracy", "speakers": ", ".join(names)}
    )
    return [
        Scene("compare-topic", "/compare topic", [by_topic]),
        Scene("compare-speakers", "/compare speakers", [by_speakers]),
    ]


async def discuss(d: Director) -> list[Scene]:
    longest = d.longest()
    shot, _ = await d.run("discuss", options={"id": longest.id}, user=d.fake.moderator_id)
    message_id = int(shot.message["id"])
    await d.fake.wait_for(lambda r: r.path.endswith(f"/messages/{message_id}/threads"))
    await asyncio.sleep(0.5)  # the rest of the passage is posted into the thread
    items: list[Shot | Thread] = [shot]
    thread = d.thread_of(message_id)
    if thread is not None:
        items.append(thread)
    return [Scene("discuss", "/discuss of a long passage", items)]


async def stats(d: Director) -> list[Scene]:
    passage = d.corpus.passages[0]
    shot, _ = await d.run("discuss", options={"id": passage.id}, user=d.fake.moderator_id)
    message_id = int(shot.message["id"])
    await d.fake.wait_for(lambda r: r.path.endswith(f"/messages/{message_id}/threads"))
    for _ in range(200):  # the thread is linked to its passage once the post is recorded
        if d.bot.events.passage_of_thread(message_id) is not None:
            break
        await asyncio.sleep(0.02)
    alice, bob = d.fake.add_member("alice"), d.fake.add_member("bob")
    for user in (alice, bob, alice):
        await d.fake.send_message("I read it differently", user=user, channel=message_id)
    await d.fake.add_reaction(message_id, "👍", user=bob)
    await d.run("quote", "show", {"id": d.corpus.passages[1].id}, user=alice)
    await asyncio.sleep(0.3)
    mod = d.fake.moderator_id
    top, _ = await d.run("stats", "top", user=mod)
    export, _ = await d.run("stats", "export", {"format": "csv"}, user=mod)
    chart, _ = await d.run("stats", "chart", user=mod)
    refused, _ = await d.run("stats", "top")
    return [
        Scene("stats-top", "/stats top (moderator)", [top]),
        Scene("stats-export", "/stats export and /stats chart (moderator)", [export, chart]),
        Scene("stats-refused", "/stats top as a member", [refused]),
    ]


async def privacy_and_daily(d: Director) -> list[Scene]:
    info, _ = await d.run("privacy", "info")
    mod = d.fake.moderator_id
    channel = d.fake.channel_option(d.fake.channel_id)
    daily, _ = await d.run(
        "daily",
        "set",
        {"channel": channel, "time": "08:30", "timezone": "Europe/London", "thread": True},
        user=mod,
    )
    daily.used = "/daily set channel: #reading time: 08:30 timezone: Europe/London thread: True"
    status, _ = await d.run("daily", "status", user=mod)
    preview, _ = await d.run("daily", "preview", user=mod)
    return [
        Scene("privacy", "/privacy info", [info]),
        Scene("daily", "/daily set, status, preview (moderator)", [daily, status, preview]),
    ]


async def mistakes(d: Director) -> list[Scene]:
    newcomer = d.fake.add_member("newcomer")  # a member who has used no command yet
    shots: list[Shot | Thread] = [
        (await d.run("quote", "show", {"id": "zz-none"}, user=newcomer))[0],
        (await d.run("compare", "topic", {"topic": "democracy"}, user=newcomer))[0],
        (await d.run("quote", "search", {"query": "x", "speaker": "stalln"}, user=newcomer))[0],
    ]
    channel = d.fake.channel_option(d.fake.channel_id)
    zone, _ = await d.run(
        "daily",
        "set",
        {"channel": channel, "time": "08:30", "timezone": "london"},
        user=d.fake.moderator_id,
    )
    zone.used = "/daily set channel: #reading time: 08:30 timezone: london"
    shots.append(zone)
    return [Scene("mistakes", "Mistakes get a private answer that suggests the fix", shots)]


# A reading a moderator adds in the /library scenes (invented people and words).
ORCHARD_READING = """# Notes from the Cooperative Orchard

When the steering group proposed a harvest timetable, the oldest member of the cooperative
answered it in one sentence. Marguerite Vellacott told the meeting: "The orchard keeps its own
calendar, and no committee has ever persuaded a pear to ripen on a schedule."

The treasurer was less patient. "We have forty trees and one ladder," wrote Idris Pallant in
the newsletter, "and every argument we have ever had was really about the ladder."
(Orchard Newsletter, p. 3)

Someone pinned a card to the shed door that autumn: "Prune in February, apologise in June."
Nobody owned up to it, though the handwriting was Vellacott's.

We kept the timetable anyway, and we were wrong to.
"""


async def finished(d: Director, message_id: int) -> Shot:
    """The message once /library add has replaced its progress line."""
    for _ in range(1500):
        message = d.fake.messages[message_id]
        if not str(message.get("content") or "").startswith("⏳"):
            break
        await asyncio.sleep(0.02)
    return d.shot(d.fake.messages[message_id])


async def _answered(d: Director, message_id: int, words: str) -> None:
    """Wait until the message says ``words`` (a button's deferred answer)."""
    for _ in range(1500):
        if words in str(d.fake.messages[message_id].get("content") or ""):
            return
        await asyncio.sleep(0.02)
    raise RuntimeError(f"message {message_id} never said {words!r}")


def reading_id(summary: Shot) -> str:
    """The reading id the summary of /library add ends its footer with."""
    return str(summary.message["embeds"][0]["footer"]["text"]).rsplit("reading id: ", 1)[1]


async def library(d: Director) -> list[Scene]:
    admin = d.fake.admin_id
    upload = d.fake.upload("orchard-notes.md", ORCHARD_READING.encode())
    options = {
        "file": upload,
        "title": "Notes from the Cooperative Orchard",
        "author": "T. Oakhurst",
    }
    progress, _ = await d.run("library", "add", options, user=admin)
    progress.used = "/library add file: orchard-notes.md title: Notes from the Cooperative Orchard"
    summary = await finished(d, int(progress.message["id"]))
    review = await d.click(summary, "Review the quotations", user=admin)
    menu = next(
        c for row in review.message["components"] for c in row["components"] if c["type"] == 3
    )
    card = next(o for o in menu["options"] if "Prune in February" in o["label"])
    opened = await d.fake.choose(review.message, menu["custom_id"], [card["value"]], user=admin)
    form = d.shot({"modal": opened.data}, used="the menu: " + card["label"], user=admin)
    speaker = next(r for r in opened.data["components"] if r.get("label") == "Speaker")
    await d.fake.submit_modal(
        opened, {speaker["component"]["custom_id"]: "Marguerite Vellacott"}, user=admin
    )
    corrected = d.shot(d.fake.messages[int(review.message["id"])], used="Submit", user=admin)
    published = await d.click(corrected, "Publish", user=admin)
    # A second reading, added by mistake and removed: /library list says who removed it.
    extra = d.fake.upload("orchard-notes-copy.md", (ORCHARD_READING + "\nA copy.\n").encode())
    added, _ = await d.run(
        "library", "add", {"file": extra, "title": "Orchard notes (copy)"}, user=admin
    )
    copy_id = reading_id(await finished(d, int(added.message["id"])))
    question, _ = await d.run("library", "remove", {"reading": copy_id}, user=admin)
    await d.fake.click(question.message, buttons_of(question.message)["Remove it"], user=admin)
    await _answered(d, int(question.message["id"]), "removed")
    listed, _ = await d.run("library", "list", user=admin)
    refused, _ = await d.run("library", "list")
    return [
        Scene("library-add", "/library add: the progress, then the summary", [progress, summary]),
        Scene("library-review", "/library review: a page of proposed quotations", [review]),
        Scene(
            "library-correct",
            "/library review: correcting a speaker (the audit line says who, when, what)",
            [form, corrected],
        ),
        Scene(
            "library-list",
            "/library publish, then /library list (who published each reading, who removed one)",
            [published, listed],
        ),
        Scene("library-refused", "/library as a member without Manage Server", [refused]),
    ]


async def nothing_enabled(d: Director) -> list[Scene]:
    """A server that disabled every text (the shipped ones and its own): each command says
    so and how a moderator turns one back on. Last: the texts are enabled again."""
    admin = d.fake.admin_id
    libraries = d.bot.libraries
    assert isinstance(libraries, StoredLibraries)  # the gallery's bot keeps libraries
    sources = [e.id for e in await libraries.catalog(GUILD_ID) if e.enabled]
    for source_id in sources:
        await d.run("library", "disable", {"entry": source_id}, user=admin)
    passage = d.corpus.passages[0].id
    about, _ = await d.run("about")
    topic = next(iter(d.corpus.topics.values())).name
    compared, _ = await d.run("compare", "topic", {"topic": topic})
    discussed, _ = await d.run("discuss", None, {"id": passage})
    preview, _ = await d.run("daily", "preview", user=admin)
    listed, _ = await d.run("library", "list", user=admin)
    for source_id in sources:
        await d.run("library", "enable", {"entry": source_id}, user=admin)
    return [
        Scene(
            "library-nothing-enabled",
            "A server that disabled every text: /about, /compare, /discuss, /daily preview, "
            "and /library list saying who disabled each",
            [about, compared, discussed, preview, listed],
        )
    ]


SCENES: tuple[SceneMaker, ...] = (
    help_and_about,
    search,
    show_and_pages,
    random_passages,
    source,
    verify,
    compare,
    discuss,
    stats,
    privacy_and_daily,
    library,
    mistakes,
    nothing_enabled,
)
