"""/library review puts the attributions Lectern guessed in front of the moderator, end to end:
the real bot, the fake Discord, real storage. A reading whose second quotation is given to
"she" two paragraphs after the person was named: the summary counts it, the review's first
page says how many attributions are to check and shows that one first with its reason (and
marks it in the menu), and publishing, which does not wait for it, says it went out
uncorrected."""

from __future__ import annotations

import pytest

from bot.checks import MANAGE_SERVER_ONLY
from tests.fixtures.messages import buttons, buttons_by_label
from tests.fixtures.waiting import eventually

pytestmark = pytest.mark.e2e

KEEPERS = """# The Lamp Keepers

Hester Vane kept the Firth light from 1902 until the war, and her letters are the best record
of it.

As Hester Vane wrote in *Lamps of the Firth*: "The oil came late every winter, and we burned
candles until it did."

The light itself was rebuilt twice, once after a storm and once after a fire in the lamp room.

"Nobody thanks a lamp for burning, and nobody should," she wrote.
"""


async def test_review_lists_a_guessed_attribution_first_and_publishing_says_it_is_unchecked(
    fake_discord, lectern
):
    fake = fake_discord
    upload = fake.upload("keepers.md", KEEPERS.encode())
    reply = await fake.slash(
        "library", "add", options={"file": upload, "author": "Ann Writer"}, user=fake.admin_id
    )
    message_id = int((await reply.message())["id"])

    def added() -> bool:
        return bool(fake.messages[message_id].get("embeds"))

    await eventually(added, timeout=60, what="the end of /library add")
    summary = fake.messages[message_id]
    assert "🔍 **1 attribution to check**" in summary["embeds"][0]["description"]
    reading = summary["embeds"][0]["footer"]["text"].rsplit("reading id: ", 1)[1]

    await fake.click(
        summary, buttons_by_label(summary)["Review the quotations"]["custom_id"], user=fake.admin_id
    )
    page = fake.messages[message_id]
    description = page["embeds"][0]["description"]
    header, first, second = description.split("\n\n")[:3]
    assert header.startswith("🔍 **1 attribution to check**: Lectern is unsure who said this")
    assert "Nobody thanks a lamp" in first and "**Hester Vane**" in first
    assert "🔍 *To check:* ‘she’ taken as Hester Vane, named only in an earlier paragraph" in first
    assert "The oil came late" in second and "To check" not in second
    menu = next(c for row in page["components"] for c in row["components"] if c["type"] == 3)
    assert ["🔍" in o["label"] for o in menu["options"]] == [True, False]

    done = await fake.slash("library", "publish", options={"reading": reading}, user=fake.admin_id)
    said = (await done.message())["content"]
    assert "is published" in said
    assert "🔍 1 attribution Lectern was unsure of was published as proposed" in said


CANAL = """# The Canal Menders

Orla Finch kept the lock at Ashby Bottom for twenty years, and her diaries are how we know the
winters.

As Orla Finch wrote in *The Lock Diary*: "The ice came before the coal every year, and we broke
it with poles until the coal came."

The lock itself was rebuilt twice, once after a flood and once after a barge struck the gate.

"Nobody thanks a lock for holding water, and nobody should," she wrote.

Her neighbour Silas Penrose ran the boatyard across the cut, and he wrote about it too.

He said in *Boatyard Days*: "A barge is mended in the rain or not at all."

The yard closed in the hard winter when the canal froze for six weeks.

"We had more boats than work and more work than hands," he wrote.
"""


def _blocks(message: dict) -> list[str]:
    return message["embeds"][0]["description"].split("\n\n")


def _numbers(message: dict) -> list[str]:
    """The passages a review page shows, by their number, in the order shown."""
    return [b.split(".**", 1)[0].removeprefix("**") for b in _blocks(message) if b.startswith("**")]


def _looks_right(message: dict) -> dict[str, str]:
    """The page's "Looks right" buttons: passage number → custom id."""
    return {
        b["label"].split()[2]: b["custom_id"]
        for b in buttons(message)
        if b["label"].endswith("looks right")
    }


async def press_a_copy(fake, custom_id: str, user: int):
    """Press ``custom_id`` on another copy of the button (a second device still showing the
    page as it was, or a forged one): Discord sends it whatever the message shows now."""
    button = {"type": 2, "style": 2, "label": "Looks right", "custom_id": custom_id}
    copy = fake.post_bot_message(components=[{"type": 1, "components": [button]}])
    return await fake.click(copy, custom_id, user=user)


async def test_a_moderator_confirms_a_doubted_attribution_as_it_is_and_it_stays_confirmed(
    fake_discord, lectern_runner
):
    """ "Looks right": the doubt is settled without a change, in place (the page keeps its
    passages; a line names what was kept and the next one to check), the count drops, the
    publish confirmation counts only what nobody checked, a restart keeps it; a member's
    forged press and a press after publishing are answered privately and change nothing."""
    fake = fake_discord
    upload = fake.upload("canal.md", CANAL.encode())
    reply = await fake.slash(
        "library", "add", options={"file": upload, "author": "Ann Writer"}, user=fake.admin_id
    )
    message_id = int((await reply.message())["id"])
    await eventually(
        lambda: bool(fake.messages[message_id].get("embeds")), timeout=60, what="/library add"
    )
    summary = fake.messages[message_id]
    reading = summary["embeds"][0]["footer"]["text"].rsplit("reading id: ", 1)[1]
    await fake.click(
        summary, buttons_by_label(summary)["Review the quotations"]["custom_id"], user=fake.admin_id
    )
    page = fake.messages[message_id]
    assert page["embeds"][0]["description"].startswith("🔍 **3 attributions to check**")
    shown = _numbers(page)
    pressable = _looks_right(page)
    assert list(pressable) == shown[:3]  # one button for each doubt, none for the rest
    first, second, third = shown[:3]

    # A member who does not manage the server presses a forged copy: refused, nothing changes.
    forged = await fake.click(page, pressable[first], user=fake.member_id)
    assert forged.ephemeral and forged.data["content"] == MANAGE_SERVER_ONLY
    assert fake.messages[message_id]["embeds"] == page["embeds"]

    pressed = await fake.click(page, pressable[first], user=fake.admin_id)
    assert pressed.type == 7  # the review page, edited in place
    page = fake.messages[message_id]
    note = page["content"].split("\n")
    assert note[0] == f"☑️ Passage {first} checked, kept as proposed: Orla Finch."
    assert note[1] == f"🔍 2 attributions left to check; next: passage {second}, on this page."
    assert _numbers(page) == shown  # nothing moved
    assert page["embeds"][0]["description"].startswith(
        "🔍 **2 attributions to check** (1 of 3 settled already)"
    )
    block = next(b for b in _blocks(page) if b.startswith(f"**{first}.**"))
    assert f"☑️ *Checked, kept as proposed* by <@{fake.admin_id}>, <t:" in block
    assert "🔍" not in block and "**Orla Finch**" in block
    assert list(_looks_right(page)) == [second, third]
    again = await press_a_copy(fake, pressable[first], fake.admin_id)  # pressed twice
    assert again.ephemeral and "already confirmed" in again.data["content"]

    # Correcting another one from the menu: it too stays where it was, and is named.
    menu = next(c for row in page["components"] for c in row["components"] if c["type"] == 3)
    option = next(o for o in menu["options"] if o["label"].startswith(f"{second}. "))
    form = await fake.choose(page, menu["custom_id"], [option["value"]], user=fake.admin_id)
    speaker = next(r for r in form.data["components"] if r.get("label") == "Speaker")
    corrected = await fake.submit_modal(
        form, {speaker["component"]["custom_id"]: "Tom Penrose"}, user=fake.admin_id
    )
    assert corrected.type == 7
    page = fake.messages[message_id]
    assert _numbers(page) == shown
    corrected_note, left = page["content"].split("\n")
    assert corrected_note.startswith(f"✏️ Passage {second} corrected: quotation, Tom Penrose")
    assert left == f"🔍 1 attribution left to check; next: passage {third}, on this page."
    assert list(_looks_right(page)) == [third]

    done = await fake.slash("library", "publish", options={"reading": reading}, user=fake.admin_id)
    said = (await done.message())["content"]
    assert "🔍 1 attribution Lectern was unsure of was published as proposed" in said

    # The button of the page shown before publishing: a polite private answer, nothing changed.
    stale = await press_a_copy(fake, pressable[third], fake.admin_id)
    assert stale.ephemeral and "was published meanwhile" in stale.data["content"]
    assert "nothing changed" in stale.data["content"]

    await lectern_runner.restart()
    reply = await fake.slash("library", "review", options={"reading": reading}, user=fake.admin_id)
    kept = await reply.message()
    description = kept["embeds"][0]["description"]
    assert description.startswith("🔍 **1 attribution to check** (2 of 3 settled already)")
    assert f"☑️ *Checked, kept as proposed* by <@{fake.admin_id}>" in description
    assert _looks_right(kept) == {}  # published: corrected from the menu, if at all
