"""/library review puts the attributions Lectern guessed in front of the moderator, end to end:
the real bot, the fake Discord, real storage. A reading whose second quotation is given to
"she" two paragraphs after the person was named: the summary counts it, the review's first
page says how many attributions are to check and shows that one first with its reason (and
marks it in the menu), and publishing, which does not wait for it, says it went out
uncorrected."""

from __future__ import annotations

import pytest

from tests.fixtures.messages import buttons_by_label
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
