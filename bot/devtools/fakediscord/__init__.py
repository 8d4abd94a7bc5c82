"""A fake Discord on 127.0.0.1 for end-to-end tests of the real discord.py client.

``FakeDiscord`` (``server.py``) is an aiohttp server in the test's event loop. The patches are
``discord.http.Route.BASE`` (REST, webhooks included) and the gateway discord.py falls back to
after a session that cannot be resumed; the gateway URL comes from ``GET /gateway/bot`` (READY
names another path, ``/resume-gateway``, for RESUME, as Discord names another host). The
gateway speaks what discord.py asks for (``zlib-stream`` compression, JSON encoding): HELLO,
IDENTIFY → READY (with the application id) and GUILD_CREATE (channels, roles, members with
permissions), heartbeat ACKs.

Fixtures (``tests/fixtures/bot.py``, available everywhere through ``tests/conftest.py``):

- ``fake_discord``: the server, started, with ``Route.BASE`` pointed at it.
- ``lectern_runner``: a ``BotRunner`` that has started ``LecternBot`` in-process against it
  (sample corpus, a fresh database in ``tmp_path``); ``await runner.restart()`` gives a new
  client on the same database, as a restarted process would; ``runner.bot`` is the client.
- ``lectern``: the running ``LecternBot`` itself.

Driving the bot (each returns once the bot has answered)::

    reply = await fake.slash("quote", "search", options={"query": "bureaucracy"},
                             user=fake.member_id, channel=fake.channel_id)
    reply.type, reply.data, reply.ephemeral      # the interaction callback (type 4, 5, ...)
    message = await reply.message()              # what the member sees (after a defer too)
    reply.followups()                            # followup messages sent so far
    reply = await fake.dm_slash("quote", "random")  # in the member's DM with the bot
    choices = await fake.autocomplete("quote", "search", options={"query": "bur"},
                                      focused="query")      # [{"name":..., "value":...}]
    reply = await fake.click(message, "custom-id", user=...) # a button (type 3)
    reply = await fake.choose(message, "custom-id", ["value"])  # a string select (type 3)
    submitted = await fake.submit_modal(reply, {"input-id": "text"})  # fill in the modal
                                     # the bot opened (callback type 9); MODAL_SUBMIT
    options={"file": fake.upload("essay.pdf", data)}  # an attachment option: the bot gets
                                     # its metadata and downloads it from the fake's CDN
                                     # (recorded as GET /cdn/attachments/<id>/<name>)
    posted = await fake.send_message("text", reply_to=message_id)   # MESSAGE_CREATE
    await fake.add_reaction(message_id, "👍")                        # MESSAGE_REACTION_ADD
    thread = await fake.open_thread(message_id, user=...)  # a member's thread (THREAD_CREATE)
    await fake.send_message("text", channel=int(thread["id"]))      # a message in a thread
    files = await reply.attachments()            # [(filename, bytes)] sent with a followup
    fake.post_bot_message(components=[...])      # a message the bot posted earlier

Asserting on what the bot sent::

    fake.requests                    # every REST call: Request(method, path, json, files, query)
    fake.requests_to("POST", "/channels/400/messages")
    await fake.wait_for(lambda r: r.method == "PATCH" and "@original" in r.path)
    fake.messages[id]                # messages as they stand now (edits applied), each with
                                     # the "allowed_mentions" the bot sent (not a Discord field)
    fake.threads, fake.commands      # threads started; commands registered (None = global)
                                     # (threads the bot starts are announced by THREAD_CREATE)
    fake.fail_next[("POST", "/channels/")] = (403, {"message": "Missing Access", "code": 50001})
    fake.attachment_size_limit = 100  # bytes interactions from now on say may be uploaded
    fake.delays[("POST", "/callback")] = 0.5   # a slow Discord: answers those calls late
    fake.refused                     # bodies over Discord's limits, answered 400 (code 50035)
                                     # as Discord does (limits.py); the fixture fails a test
                                     # in which anything was refused

Discord's rules and failures (each refused call is also listed)::

    fake.ack_deadline = 3.0          # initial response later than this: 404 Unknown interaction
                                     # (10062), fake.late; the waiting helper raises
    fake.token_lifetime = 900.0      # follow-ups/edits later than this: 401 Invalid Webhook
                                     # Token (50027), fake.expired
    fake.acknowledged_twice          # second initial responses: 400 already acknowledged (40060)
    fake.rate_limits[("POST", "/webhooks/")] = (0.3, False)  # next such call: 429 with
                                     # retry_after 0.3 s, not global, Discord's headers;
                                     # fake.rate_limited
    await fake.request_reconnect()   # gateway op 7: clients reconnect and RESUME (op 6); missed
                                     # events are replayed, then RESUMED; fake.resumes
    await fake.invalidate_sessions(resumable=False)  # op 9: clients IDENTIFY again (or resume)

Channels: ``options={"channel": fake.channel_option(fake.channel_id)}`` passes a channel
option (with Discord's ``resolved`` data); ``await fake.delete_channel(id)`` (404 Unknown
Channel afterwards) and ``await fake.deny_bot(id, SEND_MESSAGES)`` (a permission overwrite;
403 Missing Permissions / Missing Access) change what the bot may do; ``GET /channels/{id}``
answers like Discord. The bot has a managed role with the invite link's permissions.

By hand, without pytest: ``python -m bot.devtools.fakediscord`` (``__main__.py``) serves it on a
fixed port for ``lectern run`` and prints the bot's answer to one command.

Members: ``fake.member_id`` (plain member), ``fake.moderator_id`` (has
``fake.moderator_role_id``), ``fake.admin_id`` (Manage Server). Channels: ``fake.channel_id``.
"""

from bot.devtools.fakediscord.server import FakeDiscord, Reply, Request

__all__ = ["FakeDiscord", "Reply", "Request"]
