"""/library end to end: the real bot, the fake Discord, real storage (``StoredLibraries`` over
a SQLite file in the test's folder). A moderator adds an EPUB and a PDF, reviews, corrects an
attribution and publishes; members of that server find the new quotations, members of
another server never do; members without Manage Server are refused; a restart keeps it all;
bad files get a polite private answer and change nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.checks import MANAGE_SERVER_ONLY
from bot.devtools.fakediscord.server import MANAGE_GUILD, MEMBER_PERMISSIONS
from bot.replies import GENERIC_APOLOGY
from tests.fixtures.bot import stored_libraries
from tests.fixtures.library_files import hostile_files
from tests.fixtures.messages import NO_PINGS, buttons, buttons_by_label
from tests.fixtures.readings import make_epub, make_pdf
from tests.fixtures.waiting import eventually

pytestmark = pytest.mark.e2e

LIBRARY = Path(__file__).parents[1] / "data" / "library"
OTHER_GUILD = 9_000_000_000_000_300
HONEY = "Honey is the only wage the bees never ask us to account for."
TIMETABLE = (
    "A timetable is a promise the city makes to people who cannot afford to be late, and we "
    "keep it better when we can read."
)


@pytest.fixture
def other_channel(fake_discord) -> int:
    return int(fake_discord.add_guild(OTHER_GUILD))


@pytest.fixture
def lectern_libraries(other_channel):
    """The default (``stored_libraries``), once the second server exists."""
    return stored_libraries


def beekeepers_epub(folder: Path) -> bytes:
    chapters = [(LIBRARY / f"beekeepers-{n}.xhtml").read_text("utf-8") for n in (1, 2)]
    return make_epub(folder / "beekeepers.epub", chapters).read_bytes()


def tram_pdf(folder: Path) -> bytes:
    text = (LIBRARY / "tram-depot.txt").read_text("utf-8")
    paragraphs = [p.replace("\n", " ") for p in text.split("\n\n") if p.strip()]
    return make_pdf(folder / "tram-depot.pdf", paragraphs).read_bytes()


async def add(fake, name: str, data: bytes, user: int | None = None, **options: Any):
    """``/library add``: the reply, the progress the moderator saw, and the final message."""
    upload = fake.upload(name, data)
    reply = await fake.slash(
        "library", "add", options={"file": upload, **options}, user=user or fake.admin_id
    )
    if reply.type != 5:  # refused before anything was read
        return reply, None, reply.data
    first = await reply.message()
    message_id = int(first["id"])

    def finished() -> bool:
        content = fake.messages[message_id].get("content") or ""
        return not content.startswith("⏳") and not int(fake.messages[message_id]["flags"]) & 128

    progress = first.get("content") or ""
    await eventually(finished, timeout=60, what="the end of /library add")
    return reply, progress, fake.messages[message_id]


async def library(fake, sub: str, user: int | None = None, channel: int | None = None, **options):
    reply = await fake.slash(
        "library",
        sub,
        options=options,
        user=user or fake.admin_id,
        channel=channel or fake.channel_id,
    )
    message = await reply.message() if reply.type == 5 else reply.data
    return reply, message


def passage_number(description: str, words: str) -> int:
    """The number a review page gives the passage with ``words``."""
    blocks = description.split("\n\n")
    block = next(b for b in blocks if words in b.replace("\\", ""))
    return int(block.split(".**", 1)[0].removeprefix("**"))


async def review_until(fake, message: dict, words: str) -> dict:
    """Turn the review's pages until the one showing ``words``."""
    for _ in range(30):
        if words in (message["embeds"][0]["description"] or "").replace("\\", ""):
            return message
        turned = await fake.click(
            message, buttons_by_label(message)["Next page ▶"]["custom_id"], user=fake.admin_id
        )
        message = fake.messages[int(message["id"])]
        assert turned.type == 7
    raise AssertionError(f"no review page shows {words!r}")


async def verdict(fake, text: str, channel: int) -> dict:
    reply = await fake.slash("verify", options={"text": text}, channel=channel)
    return (await reply.message())["embeds"][0]


async def first_hit(fake, query: str, channel: int) -> dict:
    reply = await fake.slash("quote", "search", options={"query": query}, channel=channel)
    message = await reply.message()
    return (message.get("embeds") or [{}])[0] | {"content": message.get("content")}


async def test_a_moderator_adds_reviews_corrects_and_publishes_and_only_that_server_reads_it(
    fake_discord, lectern_runner, other_channel, tmp_path
):
    fake = fake_discord
    # An EPUB: the progress while it is read, then the summary and the way on.
    reply, progress, summary = await add(
        fake,
        "beekeepers.epub",
        beekeepers_epub(tmp_path),
        title="The Beekeepers' Guild and Its Minutes",
        author="Rowan Achterberg",
        year=2024,
    )
    assert reply.ephemeral
    assert progress.startswith("⏳ Reading `beekeepers.epub`")
    assert summary["flags"] & 64 and summary["allowed_mentions"] == NO_PINGS
    embed = summary["embeds"][0]
    assert embed["title"] == "Added as a draft: The Beekeepers' Guild and Its Minutes"
    assert "Nothing is public yet" in embed["description"]
    assert "Ottoline Crane" in embed["description"]
    assert [b["label"] for b in buttons(summary)] == ["Review the quotations", "Publish"]

    bees = embed["footer"]["text"].rsplit("reading id: ", 1)[1]
    # A draft is seen by nobody, not even in its own server.
    hit = await first_hit(fake, HONEY, fake.channel_id)
    assert not hit.get("footer", {}).get("text", "").startswith(f"id: {bees}")
    assert "Crane" not in str(hit.get("title"))

    # Review: the essay's minutes credit the honey line to the founder; it was Crane's.
    opened = await fake.click(
        summary, buttons_by_label(summary)["Review the quotations"]["custom_id"], user=fake.admin_id
    )
    assert opened.type == 7
    page = await review_until(fake, fake.messages[int(summary["id"])], "only wage the bees")
    number = passage_number(page["embeds"][0]["description"], "only wage the bees")
    menu = next(c for row in page["components"] for c in row["components"] if c["type"] == 3)
    option = next(o for o in menu["options"] if o["label"].startswith(f"{number}. "))
    form = await fake.choose(page, menu["custom_id"], [option["value"]], user=fake.admin_id)
    assert form.type == 9  # the correction form
    corrected = await fake.submit_modal(
        form, {form_input(form, "Speaker"): "Ottoline Crane"}, user=fake.admin_id
    )
    assert corrected.type == 7
    assert corrected.data["content"].startswith(f"✏️ Passage {number} corrected: quotation, ")
    assert "Ottoline Crane" in corrected.data["content"]
    shown = fake.messages[int(summary["id"])]["embeds"][0]["description"]
    block = next(b for b in shown.split("\n\n") if b.startswith(f"**{number}.**"))
    assert "**Ottoline Crane**" in block
    # The audit: who corrected it (Discord draws the mention as their name) and what changed.
    assert f"✏️ corrected by <@{fake.admin_id}>, <t:" in block
    assert "→ Ottoline Crane" in block.split("corrected by")[1]

    published = await fake.click(
        fake.messages[int(summary["id"])],
        buttons_by_label(fake.messages[int(summary["id"])])["Publish"]["custom_id"],
        user=fake.admin_id,
    )
    await eventually(lambda: "is published" in (fake.messages[int(summary["id"])]["content"] or ""))
    assert published.type == 6

    # A PDF, published with the command (autocomplete offers the draft to the moderator).
    _, _, tram = await add(
        fake,
        "tram-depot.pdf",
        tram_pdf(tmp_path),
        title="Night School at the Tram Depot",
        author="Ifeoma Lindqvist",
    )
    reading_id = tram["embeds"][0]["footer"]["text"].rsplit("reading id: ", 1)[1]
    drafts = await fake.autocomplete(
        "library", "publish", options={"reading": "tram"}, focused="reading", user=fake.admin_id
    )
    assert [c["value"] for c in drafts] == [reading_id]
    _, done = await library(fake, "publish", reading=reading_id)
    assert "is published" in done["content"] and done["flags"] & 64

    async def members_read_it_here_and_nowhere_else() -> None:
        hit = await first_hit(
            fake, "a promise the city makes to people who cannot afford", fake.channel_id
        )
        assert hit["title"].startswith("Wendell Okafor")
        right = await verdict(fake, f"\u201c{HONEY}\u201d \u2014 Ottoline Crane", fake.channel_id)
        assert right["title"] == "Real quotation, right speaker: Ottoline Crane"
        wrong = await verdict(fake, f"Helga Marsh said: {HONEY}", fake.channel_id)
        assert wrong["title"].startswith("Real words, wrong speaker: Ottoline Crane")
        okafor = await verdict(fake, f"{TIMETABLE} (Wendell Okafor)", fake.channel_id)
        assert okafor["title"] == "Real quotation, right speaker: Wendell Okafor"

        elsewhere = await first_hit(
            fake, "a promise the city makes to people who cannot afford", other_channel
        )
        assert "Okafor" not in str(elsewhere)
        unknown = await verdict(fake, f"\u201c{HONEY}\u201d \u2014 Ottoline Crane", other_channel)
        assert not unknown["title"].startswith("Real")
        assert "not in the corpus" in unknown.get("description", "")

    await members_read_it_here_and_nowhere_else()

    # A restart (a new process on the same database) keeps the readings and the correction.
    await lectern_runner.restart()
    await members_read_it_here_and_nowhere_else()
    _, listed = await library(fake, "list")
    lines = listed["embeds"][0]["description"].splitlines()
    for title in ("The Beekeepers' Guild and Its Minutes", "Night School at the Tram Depot"):
        line = next(line for line in lines if title in line.replace("\\", ""))
        assert "✅ enabled" in line
        # Which moderator published it (a mention: Discord shows their name), and when.
        assert f" · published by <@{fake.admin_id}> <t:" in line


def form_input(form, label: str) -> str:
    """The custom id of the form's input labelled ``label``."""
    row = next(r for r in form.data["components"] if r.get("label") == label)
    return row["component"]["custom_id"]


async def test_members_without_manage_server_are_refused_even_where_the_server_permits_it(
    fake_discord, lectern, tmp_path
):
    fake = fake_discord
    library_command = lectern.tree.get_command("library")
    assert library_command is not None
    registered = library_command.to_dict(lectern.tree)
    assert int(registered["default_member_permissions"]) == 32  # Manage Server, by default
    assert registered.get("contexts") == [0]  # servers only
    # The fake delivers the command to anyone, as Discord does once a server re-permits it
    # in its integration settings: the bot itself refuses.
    for user in (fake.member_id, fake.moderator_id):  # the moderator role is not enough
        for sub, options in (
            ("list", {}),
            ("add", {"file": fake.upload("a.txt", b'She said: "Lend it."')}),
            ("review", {"reading": "abcdef"}),
            ("publish", {"reading": "abcdef"}),
            ("disable", {"entry": "rule-2001"}),
            ("remove", {"reading": "abcdef"}),
        ):
            reply = await fake.slash("library", sub, options=options, user=user)
            assert reply.type == 4 and reply.ephemeral, (user, sub)
            assert reply.data["content"] == MANAGE_SERVER_ONLY
        offered = await fake.autocomplete(
            "library", "disable", options={"entry": ""}, focused="entry", user=user
        )
        assert offered == []
    # A forged button is refused the same way.
    forged = fake.post_bot_message(
        components=[
            {
                "type": 1,
                "components": [
                    {"type": 2, "style": 2, "label": "x", "custom_id": "lectern:lib:list:0:n"}
                ],
            }
        ]
    )
    pressed = await fake.click(forged, "lectern:lib:list:0:n", user=fake.member_id)
    assert pressed.ephemeral and pressed.data["content"] == MANAGE_SERVER_ONLY
    # Nothing changed: the shipped texts are still enabled.
    _, listed = await library(fake, "list")
    assert "⏸️" not in listed["embeds"][0]["description"]


async def test_bad_files_get_a_polite_private_answer_and_change_nothing(
    fake_discord, lectern, tmp_path
):
    fake = fake_discord
    _, before = await library(fake, "list")
    epub = beekeepers_epub(tmp_path)
    _, _, first = await add(fake, "beekeepers.epub", epub)
    assert first["embeds"][0]["title"].startswith("Added as a draft")
    _, after_first = await library(fake, "list")

    # Too large (what Discord says of the file: refused before downloading it).
    reply = await fake.slash(
        "library",
        "add",
        options={"file": fake.upload("big.pdf", b"%PDF-1.7", size=300 * 1024 * 1024)},
        user=fake.admin_id,
    )
    assert reply.ephemeral and "at most 20 MB" in reply.data["content"]
    # Worded as every refusal of a file is: what cannot be added, then why.
    assert reply.data["content"].startswith("Lectern cannot add `big.pdf`: it is 300.0 MB")
    downloads = fake.requests_to("GET", "/cdn/attachments/")
    assert downloads and not [r for r in downloads if r.path.endswith("/big.pdf")]

    # Discord's CDN fails the download: said in place of the progress message.
    fake.fail_next[("GET", "/cdn/attachments/")] = (404, {"message": "Not Found"})
    moderator = fake.add_member("moderator whose file is gone", MEMBER_PERMISSIONS | MANAGE_GUILD)
    reply, progress, answer = await add(fake, "gone.md", b'She said: "Gone."', user=moderator)
    assert progress.startswith("⏳") and reply.ephemeral
    assert answer["content"] == "Discord did not let Lectern download `gone.md`; attach it again."
    assert not answer.get("embeds") and not answer.get("components")

    refusals = {
        "same file twice": ("again.epub", epub),
        **hostile_files(tmp_path),
    }
    for what, (name, data) in refusals.items():
        # One moderator each: a moderator may add a few files a minute (the cooldown).
        moderator = fake.add_member(f"moderator for {what}", MEMBER_PERMISSIONS | MANAGE_GUILD)
        reply, _, answer = await add(fake, name, data, user=moderator)
        assert reply.ephemeral, what
        text = answer.get("content") or ""
        assert text and text != GENERIC_APOLOGY, (what, text)
        assert not answer.get("embeds"), what
        assert answer.get("allowed_mentions", NO_PINGS) == NO_PINGS
        if what == "same file twice":
            assert "already in this server's library" in text
        if what == "unsupported type":
            assert ".epub" in text and ".pdf" in text
        if what == "no quotations":
            assert "no quotations" in text
    _, after = await library(fake, "list")
    assert after["embeds"][0]["description"] == after_first["embeds"][0]["description"]
    assert after_first["embeds"][0]["description"] != before["embeds"][0]["description"]
    assert json.dumps(after).count("beekeepers") == json.dumps(after_first).count("beekeepers")


async def test_removing_a_reading_asks_first_and_disabling_a_shipped_text_hides_it(
    fake_discord, lectern, other_channel, tmp_path
):
    fake = fake_discord
    _, _, added = await add(fake, "tram-depot.pdf", tram_pdf(tmp_path), title="Night School")
    reading_id = added["embeds"][0]["footer"]["text"].rsplit("reading id: ", 1)[1]
    _, question = await library(fake, "remove", reading=reading_id)
    assert "cannot be undone" in question["content"]
    kept = await fake.click(
        question, buttons_by_label(question)["Keep it"]["custom_id"], user=fake.admin_id
    )
    assert kept.data["content"] == "Nothing was removed."
    _, listed = await library(fake, "list")
    assert reading_id in listed["embeds"][0]["description"]
    _, question = await library(fake, "remove", reading=reading_id)
    await fake.click(
        question, buttons_by_label(question)["Remove it"]["custom_id"], user=fake.admin_id
    )
    await eventually(lambda: "removed" in (fake.messages[int(question["id"])]["content"] or ""))
    _, listed = await library(fake, "list")
    # Gone from the readings; the list says who removed it, and when.
    readings, removed = listed["embeds"][0]["description"].split("**Removed lately**")
    assert reading_id not in readings
    gone = next(line for line in removed.splitlines() if reading_id in line)
    assert gone.startswith("🗑️ **Night School** (")
    assert f"removed by <@{fake.admin_id}> <t:" in gone

    # The shipped essays can be switched off in one server only.
    before = await first_hit(fake, "communist bureaucrat", fake.channel_id)
    assert before["footer"]["text"] == "id: rule-stalin-communist-bureaucrat"
    assert (await fake.slash("quote", "random")).data["embeds"]
    _, off = await library(fake, "disable", entry="rule-2001")
    assert "is disabled" in off["content"]
    # The list says who switched it off (a mention: Discord shows the moderator's name).
    _, listed = await library(fake, "list")
    line = next(x for x in listed["embeds"][0]["description"].splitlines() if "rule-2001" in x)
    assert line.startswith(f"⏸️ disabled by <@{fake.admin_id}> · ")
    after = await first_hit(fake, "communist bureaucrat", fake.channel_id)
    assert "rule-" not in str(after.get("footer", ""))
    # /quote random chose from the view before (its pool kept with that view): never again.
    for user in [fake.member_id] * 3 + [fake.admin_id] * 4:  # four a member in the cooldown
        picked = await fake.slash("quote", "random", user=user)
        assert not picked.data["embeds"][0]["footer"]["text"].startswith("id: rule-")
    elsewhere = await first_hit(fake, "communist bureaucrat", other_channel)
    assert elsewhere["footer"]["text"] == "id: rule-stalin-communist-bureaucrat"
    _, on = await library(fake, "enable", entry="rule-2001")
    assert "is enabled" in on["content"]


async def test_a_correction_form_left_open_across_a_restart_still_corrects(
    fake_discord, lectern_runner, tmp_path
):
    fake = fake_discord
    _, _, summary = await add(fake, "beekeepers.epub", beekeepers_epub(tmp_path))
    await fake.click(
        summary, buttons_by_label(summary)["Review the quotations"]["custom_id"], user=fake.admin_id
    )
    page = await review_until(fake, fake.messages[int(summary["id"])], "only wage the bees")
    menu = next(c for row in page["components"] for c in row["components"] if c["type"] == 3)
    option = next(o for o in menu["options"] if "only wage the bees" in o["label"])
    form = await fake.choose(page, menu["custom_id"], [option["value"]], user=fake.admin_id)
    await lectern_runner.restart()
    corrected = await fake.submit_modal(
        form, {form_input(form, "Speaker"): "Ottoline Crane"}, user=fake.admin_id
    )
    assert corrected.type == 7 and "Ottoline Crane" in corrected.data["content"]
    # The same form, forged by a member, is refused and changes nothing.
    forged = await fake.submit_modal(form, {form_input(form, "Speaker"): "Someone Else"})
    assert forged.ephemeral and forged.data["content"] == MANAGE_SERVER_ONLY
    unchanged = await fake.submit_modal(
        form, {form_input(form, "Speaker"): "Ottoline Crane"}, user=fake.admin_id
    )
    assert unchanged.ephemeral and "Nothing changed" in unchanged.data["content"]


async def test_a_moderator_sets_whom_a_quotation_is_quoted_by_and_members_see_it(
    fake_discord, lectern_runner, tmp_path
):
    fake = fake_discord
    _, _, summary = await add(
        fake, "beekeepers.epub", beekeepers_epub(tmp_path), author="Rowan Achterberg"
    )
    reading = summary["embeds"][0]["footer"]["text"].rsplit("reading id: ", 1)[1]
    await fake.click(
        summary, buttons_by_label(summary)["Review the quotations"]["custom_id"], user=fake.admin_id
    )
    page = await review_until(fake, fake.messages[int(summary["id"])], "only wage the bees")
    menu = next(c for row in page["components"] for c in row["components"] if c["type"] == 3)
    option = next(o for o in menu["options"] if "only wage the bees" in o["label"])
    form = await fake.choose(page, menu["custom_id"], [option["value"]], user=fake.admin_id)
    labels = [row.get("label") for row in form.data["components"]]
    assert labels == ["Speaker", "Work", "Page", "Quoted by", "Kind"]  # five: Discord's most
    corrected = await fake.submit_modal(
        form,
        {form_input(form, "Speaker"): "Ottoline Crane", form_input(form, "Quoted by"): "Ida Fenn"},
        user=fake.admin_id,
    )
    assert corrected.type == 7
    said = corrected.data["content"].split("\n")[0]  # then what is left to check, if anything
    assert said.endswith("Ottoline Crane, quoted by Ida Fenn."), corrected.data
    shown = fake.messages[int(summary["id"])]["embeds"][0]["description"]
    block = next(b for b in shown.split("\n\n") if "only wage the bees" in b)
    assert "**Ottoline Crane** (new) · quoted by Ida Fenn" in block
    assert f"corrected by <@{fake.admin_id}>" in block and "quoted by: none → Ida Fenn" in block

    # The author cannot be whom the words are quoted by: refused, privately, nothing changed.
    refused = await fake.submit_modal(
        form, {form_input(form, "Quoted by"): "Rowan Achterberg"}, user=fake.admin_id
    )
    assert refused.ephemeral and "wrote this reading" in refused.data["content"]

    _, done = await library(fake, "publish", reading=reading)
    assert "is published" in done["content"]
    await lectern_runner.restart()
    # Members see whom the words came through; the audit survived the restart.
    card = await fake.slash("quote", "show", options={"id": option["value"]})
    assert "Ida Fenn" in json.dumps(card.data["embeds"][0], ensure_ascii=False)
    _, again = await library(fake, "review", reading=reading)
    reviewed = await review_until(fake, again, "only wage the bees")
    block = next(
        b for b in reviewed["embeds"][0]["description"].split("\n\n") if "wage the bees" in b
    )
    assert f"corrected by <@{fake.admin_id}>" in block and "quoted by Ida Fenn" in block


async def test_review_pages_through_every_quotation_and_can_show_every_passage(
    fake_discord, lectern
):
    fake = fake_discord
    singers = ["Ada Moss", "Bram Tell", "Cleo Hart", "Dov Lind", "Esme Quill", "Fenn Ash"]
    paragraphs = [f"# The Choir Minutes\n\nThe choir kept minutes for {len(singers) * 2} weeks."]
    for week in range(len(singers) * 2):
        singer = singers[week % len(singers)]
        paragraphs.append(
            f"In week {week + 1} the choir argued about tempo again. {singer} said: "
            f'"Week {week + 1} taught us that a slow hymn is a long hymn, and a long hymn '
            f'is a patient congregation{"." if week % 2 else ", whatever the organist thinks."}"'
        )
    text = "\n\n".join(paragraphs).encode()
    _, _, summary = await add(fake, "choir.md", text, title="The Choir Minutes")
    assert "**12 quotations**" in summary["embeds"][0]["description"]
    await fake.click(
        summary, buttons_by_label(summary)["Review the quotations"]["custom_id"], user=fake.admin_id
    )
    message_id = int(summary["id"])
    seen: list[str] = []
    for _ in range(12):
        page = fake.messages[message_id]
        description = page["embeds"][0]["description"]
        seen += [b.split(".**", 1)[0] for b in description.split("\n\n") if b.startswith("**")]
        assert page["embeds"][0]["footer"]["text"].startswith("Page ")
        forward = buttons_by_label(page)["Next page ▶"]
        if forward.get("disabled"):
            break
        await fake.click(page, forward["custom_id"], user=fake.admin_id)
    assert len(seen) == len(set(seen)) == 12  # every quotation once, in order
    assert seen == sorted(seen, key=lambda n: int(n.strip("*")))
    everything = await fake.click(
        fake.messages[message_id],
        buttons_by_label(fake.messages[message_id])["Show every passage"]["custom_id"],
        user=fake.admin_id,
    )
    assert everything.type == 7
    shown = fake.messages[message_id]["embeds"][0]
    assert "every passage" in shown["footer"]["text"]
    assert "The author's own words" in shown["description"]


async def test_a_moderator_makes_a_proposed_quotation_the_authors_own_words(
    fake_discord, lectern, tmp_path
):
    """The form's Kind: a passage the extractor proposed as someone's quotation becomes the
    author's own words; the review and its audit say so, and once published members see it
    as the author's, never as the speaker it was first given to."""
    fake = fake_discord
    words = "Reading aloud on a moving tram teaches you where the commas really go."
    _, _, summary = await add(
        fake, "tram-depot.pdf", tram_pdf(tmp_path), title="Night School", author="Ifeoma Lindqvist"
    )
    reading = summary["embeds"][0]["footer"]["text"].rsplit("reading id: ", 1)[1]
    await fake.click(
        summary, buttons_by_label(summary)["Review the quotations"]["custom_id"], user=fake.admin_id
    )
    page = await review_until(fake, fake.messages[int(summary["id"])], "moving tram")
    block = next(b for b in page["embeds"][0]["description"].split("\n\n") if "moving tram" in b)
    assert "Agnes Pryor" in block  # as proposed
    menu = next(c for row in page["components"] for c in row["components"] if c["type"] == 3)
    option = next(o for o in menu["options"] if "moving tram" in o["label"])
    form = await fake.choose(page, menu["custom_id"], [option["value"]], user=fake.admin_id)
    corrected = await fake.submit_modal(
        form, {form_input(form, "Kind"): ["commentary"]}, user=fake.admin_id
    )
    assert corrected.type == 7
    assert "corrected: the author's own words, Ifeoma Lindqvist" in corrected.data["content"]
    # The quotations-only review no longer lists it; every passage shows it with the audit.
    _, everything = await library(fake, "review", reading=reading, show="everything")
    shown = await review_until(fake, everything, "> Reading aloud on a moving tram")
    blocks = shown["embeds"][0]["description"].split("\n\n")
    block = next(b for b in blocks if "\n> Reading aloud on a moving tram" in b)
    assert "The author's own words" in block and "by the author, Ifeoma Lindqvist" in block
    assert "kind: quotation → the author's own words" in block
    assert "Agnes Pryor" not in block.split("✏️")[0]

    _, done = await library(fake, "publish", reading=reading)
    assert "is published" in done["content"]
    card = await fake.slash("quote", "show", options={"id": option["value"]})
    card_text = json.dumps(card.data["embeds"][0], ensure_ascii=False)
    assert "Ifeoma Lindqvist" in card_text and "Agnes Pryor" not in card_text
    checked = await verdict(fake, f"{words} (Agnes Pryor)", fake.channel_id)
    assert "right speaker" not in checked["title"], checked
