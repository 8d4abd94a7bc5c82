"""/verify through the real discord.py client and the fake Discord, on an invented reading:
one verdict a member cannot misread, whatever the claim looks like, and the editor's note."""

import discord
import pytest

from tests.fixtures.allotment import allotment_corpus

pytestmark = pytest.mark.e2e

GREEN = discord.Colour.green().value
HIDES = "A committee that hides its accounts has already lost the trust of the gardeners."


@pytest.fixture
def lectern_corpus():
    return allotment_corpus()


async def verified(fake_discord, text):
    reply = await fake_discord.slash("verify", options={"text": text})
    message = await reply.message()
    assert message["allowed_mentions"] == {"parse": []}
    return message["embeds"][0]


async def test_a_misattributed_quotation_is_never_green_and_names_the_true_speaker(
    fake_discord, lectern
):
    embed = await verified(fake_discord, f"mara novak once told the society that {HIDES}")
    assert embed["title"] == "Real words, wrong speaker: Jan Kowal, not mara novak"
    assert embed["color"] != GREEN
    assert "these are the words of **Jan Kowal**" in embed["description"]
    assert "Verified" not in embed["title"]
    right = await verified(fake_discord, f"Jan Kowal: \u201c{HIDES}\u201d")
    assert right["title"] == "Real quotation, right speaker: Jan Kowal"
    assert right["color"] == GREEN
    outsider = await verified(fake_discord, f"{HIDES} \u2014 Winston Churchill")
    assert outsider["title"] == "Real words, wrong speaker: Jan Kowal, not Winston Churchill"
    assert outsider["color"] != GREEN


async def test_the_editors_note_is_the_essay_authors_in_the_verdict_and_its_source(
    fake_discord, lectern
):
    embed = await verified(fake_discord, "Kowal said: this is the rule the society later forgot")
    assert embed["title"] == "Real words, wrong speaker: Ada Reader, not Kowal"
    assert embed["color"] != GREEN
    assert (
        "Ada Reader's note in [square brackets] inside a quotation of Jan Kowal"
        in (embed["description"])
    )
    source = {f["name"]: f["value"] for f in embed["fields"]}["Source"]
    assert source.startswith("Ada Reader's note inside: Jan Kowal")
    without = await verified(
        fake_discord,
        "Kowal: The committee must answer to the members every month. A committee that hides "
        "its accounts",
    )
    assert without["title"] == "Real quotation, right speaker: Jan Kowal"
    assert without["color"] == GREEN
