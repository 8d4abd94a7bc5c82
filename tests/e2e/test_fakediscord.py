"""The fake Discord itself: the real discord.py client connects, and REST calls are recorded."""

import discord
import pytest

pytestmark = pytest.mark.e2e


async def test_bot_connects_with_zlib_stream_and_sees_the_guild(fake_discord, lectern):
    assert fake_discord.gateway_queries[0]["compress"] == "zlib-stream"
    identify = fake_discord.identifies[0]
    assert identify["token"] == fake_discord.token
    assert identify["intents"] & (1 << 1) == 0  # no privileged members intent
    guild = lectern.get_guild(fake_discord.guild_id)
    assert guild is not None
    assert guild.get_channel(fake_discord.channel_id).name == "reading-room"
    assert lectern.application_id == fake_discord.application_id
    assert any(r.path == "/gateway/bot" for r in fake_discord.requests)


async def test_channel_messages_and_threads_are_recorded(fake_discord, lectern):
    channel = lectern.get_channel(fake_discord.channel_id)
    message = await channel.send(
        "@everyone hello", embed=discord.Embed(title="t"), file=discord.File(__file__)
    )
    thread = await message.create_thread(name="talk")
    await thread.send("in thread")
    sent = fake_discord.requests_to("POST", f"/channels/{fake_discord.channel_id}/messages")[0]
    assert sent.json["content"] == "@everyone hello"
    assert sent.json["allowed_mentions"] == {"parse": []}
    assert sent.files and sent.files[0][0] == "test_fakediscord.py"
    assert fake_discord.threads[0]["name"] == "talk"
    assert fake_discord.requests_to("POST", f"/channels/{thread.id}/messages")


async def test_slash_command_round_trip(fake_discord, lectern):
    group = discord.app_commands.Group(name="probe", description="probe")

    @group.command(name="echo", description="echo")
    async def echo(interaction: discord.Interaction, text: str, count: int = 1) -> None:
        await interaction.response.send_message(f"{text}×{count}", ephemeral=True)

    @echo.autocomplete("text")
    async def complete(interaction: discord.Interaction, current: str):
        return [discord.app_commands.Choice(name=current.upper(), value=current)]

    lectern.tree.add_command(group)
    reply = await fake_discord.slash("probe", "echo", options={"text": "hi", "count": 2})
    assert reply.type == 4 and reply.ephemeral
    assert (await reply.message())["content"] == "hi×2"
    choices = await fake_discord.autocomplete(
        "probe", "echo", options={"text": "ab"}, focused="text"
    )
    assert choices == [{"name": "AB", "value": "ab"}]


async def test_messages_and_reactions_reach_the_bot(fake_discord, lectern):
    seen = []

    async def on_raw_reaction_add(payload):
        seen.append(("reaction", payload.message_id))

    async def on_message(message):
        seen.append(("message", message.content))

    lectern.add_listener(on_raw_reaction_add)
    lectern.add_listener(on_message)
    message = await fake_discord.send_message("hello")
    await fake_discord.add_reaction(int(message["id"]))
    await fake_discord.send_message("sync")  # events arrive in order
    for _ in range(100):
        if len(seen) == 3:
            break
        await __import__("asyncio").sleep(0.01)
    assert seen == [("message", "hello"), ("reaction", int(message["id"])), ("message", "sync")]


async def test_restart_reconnects(fake_discord, lectern_runner):
    bot = await lectern_runner.restart()
    assert bot.is_ready()
    assert len(fake_discord.identifies) == 2


async def test_a_body_over_discords_limits_is_refused_with_invalid_form_body(fake_discord, lectern):
    channel = lectern.get_channel(fake_discord.channel_id)
    with pytest.raises(discord.HTTPException) as refused:
        await channel.send("x" * 2001, embed=discord.Embed(description="y" * 4097))
    assert refused.value.status == 400 and refused.value.code == 50035
    problems = fake_discord.refused[0][1]
    assert problems == [
        "content: 2001 characters, more than 2000",
        "embeds[0].description: 4097 characters, more than 4096",
    ]
    fake_discord.refused.clear()  # seen: the fixture fails a test whose bot was refused
