"""Discord's timing rules and failures, played by the fake Discord; the bot survives each.

Discord answers a late initial response with 404 Unknown interaction (10062), a second one with
400 "Interaction has already been acknowledged" (40060), a follow-up after the token's 15
minutes with 401 Invalid Webhook Token (50027); it asks clients to reconnect (gateway op 7),
invalidates sessions (op 9), and rate limits (429 with ``retry_after``). The deadlines are
shortened here so that no test waits minutes.
"""

from __future__ import annotations

import asyncio
import logging
import time

import discord
import pytest

from tests.fixtures.waiting import eventually

pytestmark = pytest.mark.e2e


async def still_answers(fake, member=None) -> None:
    """The bot, after whatever happened, still answers a member: /help, privately."""
    reply = await fake.slash("help", user=member or fake.member_id)
    assert reply.type == 4 and reply.ephemeral
    assert "/quote" in str((await reply.message())["embeds"][0])  # the help card


def slow_probe(bot, seconds: float):
    """A command that answers only after ``seconds``, as a bot stuck on slow work would."""

    @discord.app_commands.command(name="slow", description="answers late")
    async def slow(interaction: discord.Interaction) -> None:
        await asyncio.sleep(seconds)
        await interaction.response.send_message("late", ephemeral=True)

    bot.tree.add_command(slow)


async def test_a_reply_after_the_deadline_is_refused_and_the_bot_goes_on(
    fake_discord, lectern, caplog
):
    fake_discord.ack_deadline = 0.2  # Discord's 3 s, scaled down
    slow_probe(lectern, 0.4)
    with (
        caplog.at_level(logging.WARNING),
        pytest.raises(AssertionError, match=r"404 Unknown interaction \(10062\)"),
    ):
        await fake_discord.slash("slow", timeout=5)
    [(_, seconds)] = fake_discord.late
    assert seconds > 0.2
    await still_answers(fake_discord)  # every real command answers well within the deadline


async def test_a_second_initial_response_is_refused_as_already_acknowledged(fake_discord, lectern):
    """Discord may deliver an interaction twice (a gateway replay); the bot answers both, the
    second answer is refused, and the bot keeps working."""
    data = fake_discord._command_data("help", None, {}, None)
    payload = fake_discord._interaction(2, data, fake_discord.member_id)
    since = len(fake_discord.requests)
    await fake_discord.dispatch("INTERACTION_CREATE", payload)
    await fake_discord.dispatch("INTERACTION_CREATE", payload)
    await eventually(lambda: fake_discord.acknowledged_twice, what="the second answer")
    await still_answers(fake_discord)
    # The member saw one answer; every later one was refused with 400 (40060).
    answers = [r for r in fake_discord.requests[since:] if r.path.endswith("/callback")]
    assert answers[0].path == f"/interactions/{payload['id']}/{payload['token']}/callback"
    assert set(fake_discord.acknowledged_twice) == {int(payload["id"])}
    assert (
        len(fake_discord.acknowledged_twice)
        == len([r for r in answers if r.path == answers[0].path]) - 1
    )


async def test_a_followup_after_the_token_expired_is_refused_and_the_bot_goes_on(
    fake_discord, lectern
):
    fake_discord.token_lifetime = 0.0  # Discord's 15 minutes, scaled down: every follow-up late
    reply = await fake_discord.slash("quote", "search", options={"query": "bureaucracy"})
    assert reply.type == 5  # deferred; the results come as a follow-up, too late
    await eventually(lambda: fake_discord.expired, what="the refused follow-up")
    assert fake_discord.expired[0].path.startswith(f"/webhooks/{fake_discord.application_id}/")
    fake_discord.token_lifetime = 15 * 60.0
    await still_answers(fake_discord)


async def test_a_rate_limited_reply_is_sent_once_after_retry_after(fake_discord, lectern):
    fake_discord.rate_limits[("POST", "/webhooks/")] = (0.3, False)
    started = time.perf_counter()
    reply = await fake_discord.slash("quote", "search", options={"query": "bureaucracy"})
    message = await reply.message()
    assert message["embeds"][0]["footer"]["text"].startswith("id: ")
    [limited] = fake_discord.rate_limited
    followups = fake_discord.requests_to("POST", f"/webhooks/{fake_discord.application_id}/")
    assert len(followups) == 2  # refused once, sent again: one message for the member
    assert followups[1].at - limited.at >= 0.3  # discord.py waited what Discord asked
    assert len(reply.followups()) == 2 and time.perf_counter() - started >= 0.3
    await still_answers(fake_discord)


async def test_a_reconnect_request_resumes_the_session_and_loses_no_event(fake_discord, lectern):
    [first] = fake_discord.identifies
    session = next(iter(fake_discord.sessions))
    await fake_discord.request_reconnect()
    # Sent while the bot reconnects: Discord replays it on RESUME.
    reply = await fake_discord.slash("help", timeout=15)
    assert reply.type == 4
    assert fake_discord.identifies == [first]  # resumed, not identified again
    [resume] = fake_discord.resumes
    assert resume["session_id"] == session and resume["token"] == fake_discord.token
    # Resumed where READY said to resume, not at the gateway it first connected to.
    assert fake_discord.gateway_hellos == [("identify", "/gateway"), ("resume", "/resume-gateway")]
    await still_answers(fake_discord)


@pytest.mark.parametrize("resumable", [True, False])
async def test_an_invalid_session_is_resumed_or_identified_again(fake_discord, lectern, resumable):
    await fake_discord.invalidate_sessions(resumable=resumable)
    if resumable:
        await eventually(lambda: fake_discord.resumes, what="the RESUME")
        assert len(fake_discord.identifies) == 1
        assert fake_discord.gateway_hellos[-1] == ("resume", "/resume-gateway")
    else:
        await eventually(lambda: len(fake_discord.identifies) == 2, what="a new IDENTIFY")
        assert fake_discord.resumes == []
        # A new session starts at the gateway GET /gateway/bot gave, never the resume URL.
        assert fake_discord.gateway_hellos[-1] == ("identify", "/gateway")
    await fake_discord.wait_until_ready()
    await still_answers(fake_discord)
