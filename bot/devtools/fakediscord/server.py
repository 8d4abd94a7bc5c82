"""The fake Discord server: REST under ``/api/v10`` and a gateway websocket, on 127.0.0.1.

It runs in the test's own event loop, so the bot under test and the helpers share one loop.
See the package docstring for the helper API.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web
from aiohttp.typedefs import Handler

from bot.devtools.fakediscord.limits import body_violations

API_PREFIX = "/api/v10"
RECORDED: web.RequestKey[Request] = web.RequestKey("recorded")
TOKEN = "fake.discord.token"

# Snowflakes used by the default guild; tests refer to them through FakeDiscord attributes.
BOT_ID = 100
APPLICATION_ID = 200
GUILD_ID = 300
CHANNEL_ID = 400
OTHER_CHANNEL_ID = 401
EVERYONE_ROLE_ID = GUILD_ID
MODERATOR_ROLE_ID = 500
MEMBER_ID = 600
MODERATOR_ID = 601
ADMIN_ID = 602

ALL_PERMISSIONS = (1 << 50) - 1
MEMBER_PERMISSIONS = 0x400 | 0x800 | 0x40 | 0x10000 | (1 << 31) | (1 << 38)  # view/send/...
MANAGE_GUILD = 0x20
VIEW_CHANNEL = 0x400
SEND_MESSAGES = 0x800
EMBED_LINKS = 0x4000
CREATE_PUBLIC_THREADS = 1 << 35
# What an app may do in a DM: view, send, embed links, attach files, read history.
DM_APP_PERMISSIONS = 0x400 | 0x800 | 0x4000 | 0x8000 | 0x10000
# The bot's managed role grants what the invite link asks (bot/cli/invite.py).
BOT_ROLE_ID = 501
BOT_PERMISSIONS = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | CREATE_PUBLIC_THREADS
    | 0x8000  # attach files
    | 0x10000  # read message history
    | (1 << 38)  # send messages in threads
)


def _json_response(data: Any, status: int = 200) -> web.Response:
    # discord.py only parses a body as JSON when the Content-Type is exactly application/json
    return web.Response(
        body=json.dumps(data).encode(), status=status, content_type="application/json"
    )


@dataclass(frozen=True)
class ChannelOption:
    """A channel option's value (type 7): ``options={"channel": fake.channel_option(400)}``."""

    id: int


@dataclass(frozen=True)
class Upload:
    """A file a member attaches to a slash command's attachment option (``fake.upload``)."""

    filename: str
    data: bytes
    content_type: str | None = None
    size: int | None = None  # what Discord reports; the file's length unless set


@dataclass
class Request:
    """One REST call the bot made: ``json`` is the JSON body (``payload_json`` for multipart)."""

    method: str
    path: str
    json: Any
    files: list[tuple[str, bytes]] = field(default_factory=list)
    query: dict[str, str] = field(default_factory=dict)
    message_id: int | None = None  # the message this call created or edited, if any
    at: float = 0.0  # time.perf_counter() when the request reached the fake


# Discord's answers when a bot breaks its timing rules (Interactions docs, JSON error codes).
UNKNOWN_INTERACTION = {"message": "Unknown interaction", "code": 10062}  # 404
ALREADY_ACKNOWLEDGED = {"message": "Interaction has already been acknowledged.", "code": 40060}
INVALID_WEBHOOK_TOKEN = {"message": "Invalid Webhook Token", "code": 50027}  # 401
ACK_DEADLINE = 3.0  # seconds to the initial response
TOKEN_LIFETIME = 15 * 60.0  # seconds an interaction token serves follow-ups and edits


@dataclass
class Session:
    """A gateway session: the events sent on it, kept for a RESUME after a reconnect."""

    id: str
    shard: list[int]
    sequence: int = 0
    sent: list[dict[str, Any]] = field(default_factory=list)
    entry: Any = None  # the connection it is on; None while the client reconnects


@dataclass
class Reply:
    """What the bot did with one interaction the test pushed."""

    fake: FakeDiscord
    interaction_id: int
    token: str
    callback: dict[str, Any]
    dispatched_at: float = 0.0  # time.perf_counter() when INTERACTION_CREATE was sent
    acked_at: float = 0.0  # ... and when the interaction callback reached the fake

    @property
    def ack_seconds(self) -> float:
        """How long the bot took to acknowledge (Discord allows 3 s)."""
        return self.acked_at - self.dispatched_at

    @property
    def type(self) -> int:
        return int(self.callback["type"])

    @property
    def data(self) -> dict[str, Any]:
        return dict(self.callback.get("data") or {})

    @property
    def ephemeral(self) -> bool:
        return bool(int(self.data.get("flags", 0)) & 64)

    async def message(self, timeout: float = 10.0) -> dict[str, Any]:
        """The message the member sees: the callback's message, or after a defer (type 5/6)
        the first edit of ``@original`` or the first followup."""
        if self.type in (4, 7):
            return self.fake.messages[self.fake.original_ids[self.token]]
        request = await self.fake.wait_for(
            lambda r: (
                r.path.startswith(f"/webhooks/{APPLICATION_ID}/{self.token}")
                and r.method in ("PATCH", "POST")
                and r.message_id is not None
            ),
            timeout=timeout,
        )
        assert request.message_id is not None
        return self.fake.messages[request.message_id]

    async def attachments(self, timeout: float = 10.0) -> list[tuple[str, bytes]]:
        """The files (name, bytes) of the first followup or ``@original`` edit carrying any."""
        request = await self.fake.wait_for(
            lambda r: (
                r.path.startswith(f"/webhooks/{APPLICATION_ID}/{self.token}")
                and r.method in ("PATCH", "POST")
                and bool(r.files)
            ),
            timeout=timeout,
        )
        return list(request.files)

    def followups(self) -> list[dict[str, Any]]:
        prefix = f"/webhooks/{APPLICATION_ID}/{self.token}"
        return [r.json for r in self.fake.requests if r.method == "POST" and r.path == prefix]


class FakeDiscord:
    """Plays Discord for one discord.py client on 127.0.0.1 (see the package docstring)."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.identifies: list[dict[str, Any]] = []
        self.recommended_shards = 1  # what GET /gateway/bot advises (AutoShardedBot obeys)
        self.max_concurrency = 1  # identify buckets (GET /gateway/bot's session_start_limit)
        # Servers besides the default one (add_guild); each is sent to its own shard.
        self.extra_guilds: list[int] = []
        # (shard id, shard count, time.monotonic()) of every IDENTIFY, in arrival order.
        self.identify_times: list[tuple[int, int, float]] = []
        self._socket_shards: dict[int, tuple[int, int]] = {}  # id(socket entry) -> shard
        self._socket_paths: dict[int, str] = {}  # id(websocket) -> the gateway path it opened
        self.gateway_queries: list[dict[str, str]] = []
        self.heartbeats = 0
        self.commands: dict[int | None, list[dict[str, Any]]] = {}
        self.messages: dict[int, dict[str, Any]] = {}
        self.original_ids: dict[str, int] = {}
        self.threads: list[dict[str, Any]] = []
        self.fail_next: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {}
        self.attachment_size_limit = 10 * 1024 * 1024  # what interactions say may be uploaded
        self.shutdown_timeout = 60.0  # aiohttp's default; see ``start``
        # (method, path part) -> seconds: a slow Discord, answering such calls this late.
        self.delays: dict[tuple[str, str], float] = {}
        # Requests refused like Discord does for a body over its limits (400, code 50035).
        self.refused: list[tuple[Request, list[str]]] = []
        self._ids = itertools.count(10_000)
        self._callbacks: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._changed = asyncio.Condition()
        self._sockets: list[tuple[web.WebSocketResponse, Any]] = []
        self._ready = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._token_channels: dict[str, int] = {}
        self.uploads: dict[int, Upload] = {}  # attachment id -> file, served as Discord's CDN
        self._dm_channels: dict[int, int] = {}  # user id -> their DM channel with the bot
        self._acked_at: dict[int, float] = {}
        # Discord's deadlines, in seconds; tests shorten them to see them enforced quickly.
        self.ack_deadline = ACK_DEADLINE
        self.token_lifetime = TOKEN_LIFETIME
        self.late: list[tuple[int, float]] = []  # (interaction id, seconds): answered too late
        self.expired: list[Request] = []  # follow-ups and edits refused: the token had expired
        self.acknowledged_twice: list[int] = []  # interactions answered a second time
        self._dispatched_at: dict[int, float] = {}  # interaction id -> INTERACTION_CREATE sent
        self._acknowledged: set[int] = set()
        # (method, path part) -> (retry_after seconds, global): the next such request gets 429.
        self.rate_limits: dict[tuple[str, str], tuple[float, bool]] = {}
        self.rate_limited: list[Request] = []
        self.sessions: dict[str, Session] = {}
        self.resumes: list[dict[str, Any]] = []  # the RESUME payloads clients sent
        # The gateway path each IDENTIFY ("identify") and RESUME ("resume") came over, in order.
        self.gateway_hellos: list[tuple[str, str]] = []
        self._session_of: dict[Any, Session] = {}
        self.users = {
            BOT_ID: self._user(BOT_ID, "Lectern", bot=True),
            MEMBER_ID: self._user(MEMBER_ID, "reader"),
            MODERATOR_ID: self._user(MODERATOR_ID, "moderator"),
            ADMIN_ID: self._user(ADMIN_ID, "admin"),
        }
        self.member_roles = {
            MEMBER_ID: [],
            MODERATOR_ID: [MODERATOR_ROLE_ID],
            ADMIN_ID: [],
            BOT_ID: [BOT_ROLE_ID],
        }
        self.member_permissions = {
            MEMBER_ID: MEMBER_PERMISSIONS,
            MODERATOR_ID: MEMBER_PERMISSIONS,
            ADMIN_ID: MEMBER_PERMISSIONS | MANAGE_GUILD,
            BOT_ID: ALL_PERMISSIONS,
        }
        self.channels: dict[int, dict[str, Any]] = {
            CHANNEL_ID: self._text_channel(CHANNEL_ID, "reading-room"),
            OTHER_CHANNEL_ID: self._text_channel(OTHER_CHANNEL_ID, "general"),
        }

    # ids tests use ---------------------------------------------------------------------------
    bot_id = BOT_ID
    application_id = APPLICATION_ID
    guild_id = GUILD_ID
    channel_id = CHANNEL_ID
    member_id = MEMBER_ID
    moderator_id = MODERATOR_ID
    moderator_role_id = MODERATOR_ROLE_ID
    admin_id = ADMIN_ID
    token = TOKEN

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    @property
    def resume_gateway_url(self) -> str:
        """READY's ``resume_gateway_url``: another host in real Discord, another path here, so a
        test sees which one a client reconnects to."""
        return f"ws://127.0.0.1:{self.port}/resume-gateway"

    def new_id(self) -> int:
        return next(self._ids)

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    # payload builders ------------------------------------------------------------------------
    @staticmethod
    def _user(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
        return {
            "id": str(user_id),
            "username": name,
            "discriminator": "0",
            "global_name": name,
            "avatar": None,
            "bot": bot,
        }

    @staticmethod
    def _text_channel(channel_id: int, name: str, guild_id: int = GUILD_ID) -> dict[str, Any]:
        return {
            "id": str(channel_id),
            "type": 0,
            "guild_id": str(guild_id),
            "name": name,
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
        }

    def member(self, user_id: int) -> dict[str, Any]:
        return {
            "user": self.users[user_id],
            "roles": [str(r) for r in self.member_roles.get(user_id, [])],
            "joined_at": "2024-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "nick": None,
            "avatar": None,
            "pending": False,
            "permissions": str(self.member_permissions.get(user_id, MEMBER_PERMISSIONS)),
        }

    def _roles(self, guild_id: int = GUILD_ID) -> list[dict[str, Any]]:
        def role(role_id: int, name: str, permissions: int, position: int) -> dict[str, Any]:
            return {
                "id": str(role_id),
                "name": name,
                "color": 0,
                "hoist": False,
                "position": position,
                "permissions": str(permissions),
                "managed": False,
                "mentionable": False,
                "flags": 0,
            }

        bot_role = role(BOT_ROLE_ID, "Lectern", BOT_PERMISSIONS, 2)
        bot_role.update(managed=True, tags={"bot_id": str(BOT_ID)})
        return [
            role(guild_id, "@everyone", MEMBER_PERMISSIONS, 0),  # @everyone's id is the guild's
            role(MODERATOR_ROLE_ID, "Moderators", MEMBER_PERMISSIONS, 1),
            bot_role,
        ]

    # several servers on several shards -------------------------------------------------------
    @property
    def guild_ids(self) -> list[int]:
        return [GUILD_ID, *self.extra_guilds]

    def add_guild(self, guild_id: int) -> int:
        """Another server with the same members, on shard ``(guild_id >> 22) % count``;
        returns the id of its text channel (where commands are used and posts go)."""
        self.extra_guilds.append(guild_id)
        channel_id = self.new_id()
        self.channels[channel_id] = self._text_channel(channel_id, "reading-room", guild_id)
        return channel_id

    def guild_of(self, channel_id: int) -> int:
        channel = self.channels.get(channel_id)
        return GUILD_ID if channel is None else int(channel["guild_id"])

    @staticmethod
    def shard_of(guild_id: int, shard_count: int) -> int:
        return (guild_id >> 22) % shard_count

    def _serves(self, entry: Any, guild_id: int | None) -> bool:
        """Whether the connection ``entry`` is the shard that gets ``guild_id``'s events."""
        shard = self._socket_shards.get(id(entry))
        if shard is None or guild_id is None:
            return True
        return self.shard_of(guild_id, shard[1]) == shard[0]

    def guild_payload(self, guild_id: int = GUILD_ID) -> dict[str, Any]:
        return {
            "id": str(guild_id),
            "name": "Reading Group" if guild_id == GUILD_ID else f"Reading Group {guild_id}",
            "icon": None,
            "owner_id": str(ADMIN_ID),
            "roles": self._roles(guild_id),
            "emojis": [],
            "stickers": [],
            "features": [],
            "channels": [c for c in self.channels.values() if int(c["guild_id"]) == guild_id],
            "threads": [],
            "members": [self.member(uid) for uid in self.users],
            "member_count": len(self.users),
            "large": False,
            "unavailable": False,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "system_channel_flags": 0,
            "nsfw_level": 0,
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "joined_at": "2024-01-01T00:00:00+00:00",
        }

    # gateway ---------------------------------------------------------------------------------
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.gateway_queries.append(dict(request.query))
        self._socket_paths[id(ws)] = request.path
        compressor = zlib.compressobj() if request.query.get("compress") == "zlib-stream" else None
        entry = (ws, compressor)
        self._sockets.append(entry)
        await self._send(entry, {"op": 10, "d": {"heartbeat_interval": 41_250}})
        try:
            async for message in ws:
                if message.type == WSMsgType.TEXT or message.type == WSMsgType.BINARY:
                    payload = json.loads(message.data)
                else:
                    break
                await self._on_gateway_message(entry, payload)
        finally:
            self._sockets.remove(entry)
            session = self._session_of.pop(entry, None)
            if session is not None and session.entry is entry:
                session.entry = None
                if ws.close_code in (1000, 1001):  # closed on purpose: the session ends
                    self.sessions.pop(session.id, None)
            self._socket_shards.pop(id(entry), None)
            self._socket_paths.pop(id(ws), None)
        return ws

    async def _on_gateway_message(self, entry: Any, payload: dict[str, Any]) -> None:
        op = payload["op"]
        if op == 1:
            self.heartbeats += 1
            await self._send(entry, {"op": 11, "d": None})
        elif op == 6:
            self.gateway_hellos.append(("resume", self._socket_paths[id(entry[0])]))
            await self._resume(entry, payload["d"])
        elif op == 2:
            self.gateway_hellos.append(("identify", self._socket_paths[id(entry[0])]))
            self.identifies.append(payload["d"])
            shard_id, shard_count = payload["d"].get("shard", [0, 1])
            self.identify_times.append((shard_id, shard_count, time.monotonic()))
            self._socket_shards[id(entry)] = (shard_id, shard_count)
            owned = [g for g in self.guild_ids if self.shard_of(g, shard_count) == shard_id]
            session = Session(
                f"session-{len(self.identifies)}", [shard_id, shard_count], entry=entry
            )
            self.sessions[session.id] = session
            self._session_of[entry] = session
            await self._dispatch_to(
                entry,
                "READY",
                {
                    "v": 10,
                    "user": self.users[BOT_ID],
                    "guilds": [{"id": str(g), "unavailable": True} for g in owned],
                    "session_id": session.id,
                    "resume_gateway_url": self.resume_gateway_url,
                    "shard": [shard_id, shard_count],
                    "application": {"id": str(APPLICATION_ID), "flags": 0},
                },
            )
            for guild_id in owned:
                await self._dispatch_to(entry, "GUILD_CREATE", self.guild_payload(guild_id))
            self._ready.set()

    async def _resume(self, entry: Any, resume: dict[str, Any]) -> None:
        """RESUME: replay what the session missed, then RESUMED; or INVALID_SESSION (op 9,
        not resumable) for a session Discord no longer has, as Discord does."""
        session = self.sessions.get(resume.get("session_id", ""))
        if resume.get("token") != TOKEN or session is None or session.entry is not None:
            await self._send(entry, {"op": 9, "d": False})
            return
        self.resumes.append(resume)
        session.entry = entry
        self._session_of[entry] = session
        for sent in session.sent:
            if sent["s"] > int(resume.get("seq") or 0):
                await self._send(entry, dict(sent))
        await self._dispatch_to(entry, "RESUMED", {})
        self._ready.set()

    async def request_reconnect(self) -> None:
        """Gateway op 7 RECONNECT on every connection: clients reconnect and RESUME."""
        for entry in list(self._sockets):
            await self._send(entry, {"op": 7, "d": None})

    async def invalidate_sessions(self, *, resumable: bool) -> None:
        """Gateway op 9 INVALID_SESSION on every connection. Not resumable: Discord forgets
        the sessions, and clients must IDENTIFY again."""
        if not resumable:
            self._ready.clear()
        for entry in list(self._sockets):
            if not resumable and (session := self._session_of.get(entry)) is not None:
                self.sessions.pop(session.id, None)
            await self._send(entry, {"op": 9, "d": resumable})

    async def _send(self, entry: Any, payload: dict[str, Any]) -> None:
        ws, compressor = entry
        payload.setdefault("s", None)
        payload.setdefault("t", None)
        raw = json.dumps(payload).encode()
        if compressor is None:
            await ws.send_str(raw.decode())
        else:  # zlib-stream: one shared context, every message ends with a sync flush
            await ws.send_bytes(compressor.compress(raw) + compressor.flush(zlib.Z_SYNC_FLUSH))

    async def _dispatch_to(self, entry: Any, event: str, data: dict[str, Any]) -> None:
        session = self._session_of.get(entry)
        if session is None:
            return
        await self._dispatch_in(session, event, data)

    async def _dispatch_in(self, session: Session, event: str, data: dict[str, Any]) -> None:
        """Number the event in its session and keep it for a RESUME; send it if connected."""
        session.sequence += 1
        payload = {"op": 0, "t": event, "s": session.sequence, "d": data}
        session.sent.append(payload)
        if session.entry is not None:
            await self._send(session.entry, dict(payload))

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a gateway event (``MESSAGE_CREATE``, ...) to every session; an event of a
        server goes only to the shard that server is on, as on Discord; a session whose client
        is reconnecting gets it when it resumes."""
        await self._ready.wait()
        if event == "INTERACTION_CREATE":
            self._dispatched_at.setdefault(int(data["id"]), time.perf_counter())
        guild = data.get("guild_id")
        for session in list(self.sessions.values()):
            shard_id, shard_count = session.shard
            if guild is None or self.shard_of(int(guild), shard_count) == shard_id:
                await self._dispatch_in(session, event, data)

    async def wait_until_ready(self, timeout: float = 10.0) -> None:
        await asyncio.wait_for(self._ready.wait(), timeout)

    def reset_ready(self) -> None:
        self._ready.clear()

    async def disconnect_all(self) -> None:
        self._ready.clear()
        for ws, _ in list(self._sockets):
            await ws.close()

    # interactions ----------------------------------------------------------------------------
    def _interaction(
        self, kind: int, data: dict[str, Any], user: int, channel: int = CHANNEL_ID, **extra: Any
    ) -> dict[str, Any]:
        interaction_id = self.new_id()
        self._token_channels[f"itoken-{interaction_id}"] = channel
        guild_id = self.guild_of(channel)
        return {
            "id": str(interaction_id),
            "application_id": str(APPLICATION_ID),
            "type": kind,
            "data": data,
            "guild_id": str(guild_id),
            "guild": {"id": str(guild_id), "locale": "en-US", "features": []},
            "channel_id": str(channel),
            "channel": self.channels[channel],
            "member": self.member(user),
            "token": f"itoken-{interaction_id}",
            "version": 1,
            # The bot's permissions in the channel: its overwrites there apply.
            "app_permissions": str(ALL_PERMISSIONS & ~self._bot_denied(channel)),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild_id)},
            "context": 0,
            "attachment_size_limit": self.attachment_size_limit,
            **extra,
        }

    def _options(self, options: dict[str, Any], focused: str | None) -> list[dict[str, Any]]:
        built = []
        for name, value in options.items():
            if isinstance(value, ChannelOption):
                built.append({"name": name, "type": 7, "value": str(value.id)})
                continue
            if isinstance(value, Upload):
                built.append({"name": name, "type": 11, "value": str(self._upload_id(value))})
                continue
            kind = 5 if isinstance(value, bool) else 4 if isinstance(value, int) else 3
            option: dict[str, Any] = {"name": name, "type": kind, "value": value}
            if name == focused:
                option["focused"] = True
            built.append(option)
        return built

    def _command_data(
        self, name: str, sub: str | None, options: dict[str, Any], focused: str | None
    ) -> dict[str, Any]:
        opts = self._options(options, focused)
        if sub is not None:
            opts = [{"name": sub, "type": 1, "options": opts}]
        registered = [c for cs in self.commands.values() for c in cs if c["name"] == name]
        command_id = registered[0]["id"] if registered else str(self.new_id())
        data: dict[str, Any] = {"id": command_id, "name": name, "type": 1, "options": opts}
        channels = [v.id for v in options.values() if isinstance(v, ChannelOption)]
        if channels:  # Discord sends the chosen channels' partial data with the options
            data["resolved"] = {"channels": {str(c): self._resolved_channel(c) for c in channels}}
        uploads = [v for v in options.values() if isinstance(v, Upload)]
        if uploads:  # ... and the attachments' metadata; the bot downloads them from the CDN
            data.setdefault("resolved", {})["attachments"] = {
                str(self._upload_id(u)): self._attachment_payload(u) for u in uploads
            }
        return data

    def _upload_id(self, upload: Upload) -> int:
        for upload_id, known in self.uploads.items():
            if known is upload:
                return upload_id
        upload_id = self.new_id()
        self.uploads[upload_id] = upload
        return upload_id

    def _attachment_payload(self, upload: Upload) -> dict[str, Any]:
        upload_id = self._upload_id(upload)
        url = f"http://127.0.0.1:{self.port}/cdn/attachments/{upload_id}/{upload.filename}"
        payload: dict[str, Any] = {
            "id": str(upload_id),
            "filename": upload.filename,
            "size": len(upload.data) if upload.size is None else upload.size,
            "url": url,
            "proxy_url": url,
        }
        if upload.content_type is not None:
            payload["content_type"] = upload.content_type
        return payload

    def upload(
        self, filename: str, data: bytes, content_type: str | None = None, size: int | None = None
    ) -> Upload:
        """A file to pass as an attachment option: ``options={"file": fake.upload(...)}``."""
        return Upload(filename, data, content_type, size)

    async def _cdn(self, request: web.Request) -> web.StreamResponse:
        upload = self.uploads.get(int(request.match_info["id"]))
        if upload is None or upload.filename != request.match_info["name"]:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=upload.data, content_type="application/octet-stream")

    def _resolved_channel(self, channel_id: int) -> dict[str, Any]:
        channel = self.channels.get(channel_id) or self._text_channel(channel_id, "deleted")
        keys = ("id", "name", "type", "parent_id", "thread_metadata")
        resolved = {k: channel[k] for k in keys if k in channel}
        return {**resolved, "permissions": str(ALL_PERMISSIONS)}

    def channel_option(self, channel_id: int) -> ChannelOption:
        return ChannelOption(channel_id)

    async def delete_channel(self, channel_id: int) -> None:
        """A moderator deletes a channel: later calls get 404 Unknown Channel."""
        channel = self.channels.pop(channel_id)
        await self.dispatch("CHANNEL_DELETE", channel)

    async def deny_bot(self, channel_id: int, permissions: int) -> None:
        """Withhold ``permissions`` from the bot in a channel (a member overwrite), as a
        moderator would in the channel settings; Discord then answers 403 where it applies."""
        channel = self.channels[channel_id]
        overwrites = [o for o in channel["permission_overwrites"] if o["id"] != str(BOT_ID)]
        overwrites.append({"id": str(BOT_ID), "type": 1, "allow": "0", "deny": str(permissions)})
        channel["permission_overwrites"] = overwrites
        await self.dispatch("CHANNEL_UPDATE", channel)

    def _bot_denied(self, channel_id: int) -> int:
        channel = self.channels.get(channel_id, {})
        return sum(
            int(o["deny"])
            for o in channel.get("permission_overwrites", [])
            if o["id"] == str(BOT_ID)
        )

    def _refusal(self, channel_id: int, needed: int) -> web.Response | None:
        """Discord's answer when the bot may not do this in the channel, else None."""
        if channel_id not in self.channels:
            return _json_response({"message": "Unknown Channel", "code": 10003}, 404)
        denied = self._bot_denied(channel_id)
        if denied & VIEW_CHANNEL:
            return _json_response({"message": "Missing Access", "code": 50001}, 403)
        if denied & needed:
            return _json_response({"message": "Missing Permissions", "code": 50013}, 403)
        return None

    async def _push(self, payload: dict[str, Any], timeout: float) -> Reply:
        interaction_id = int(payload["id"])
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._callbacks[interaction_id] = future
        dispatched = time.perf_counter()
        await self.dispatch("INTERACTION_CREATE", payload)
        callback = await asyncio.wait_for(future, timeout)
        acked = self._acked_at.pop(interaction_id)
        return Reply(self, interaction_id, payload["token"], callback, dispatched, acked)

    async def slash(
        self,
        name: str,
        sub: str | None = None,
        *,
        options: dict[str, Any] | None = None,
        user: int = MEMBER_ID,
        channel: int = CHANNEL_ID,
        timeout: float = 10.0,
    ) -> Reply:
        """Invoke ``/name [sub]`` with ``options``; returns once the bot has answered."""
        data = self._command_data(name, sub, options or {}, None)
        return await self._push(self._interaction(2, data, user, channel), timeout)

    async def dm_slash(
        self,
        name: str,
        sub: str | None = None,
        *,
        options: dict[str, Any] | None = None,
        user: int = MEMBER_ID,
        timeout: float = 10.0,
    ) -> Reply:
        """Invoke ``/name [sub]`` in the member's direct messages with the bot (context 1):
        no guild, no member, the user instead, and a DM channel."""
        channel_id = self._dm_channels.setdefault(user, self.new_id())
        payload = self._interaction(2, self._command_data(name, sub, options or {}, None), user)
        for key in ("guild_id", "guild", "member", "guild_locale"):
            del payload[key]
        self._token_channels[payload["token"]] = channel_id
        payload.update(
            channel_id=str(channel_id),
            channel={
                "id": str(channel_id),
                "type": 1,
                "last_message_id": None,
                "recipients": [self.users[user]],
                "flags": 0,
            },
            user=self.users[user],
            context=1,
            authorizing_integration_owners={"0": "0"},  # a guild install, used in the bot's DM
            app_permissions=str(DM_APP_PERMISSIONS),
        )
        return await self._push(payload, timeout)

    async def autocomplete(
        self,
        name: str,
        sub: str | None = None,
        *,
        options: dict[str, Any],
        focused: str,
        user: int = MEMBER_ID,
        channel: int = CHANNEL_ID,
        timeout: float = 10.0,
    ) -> list[dict[str, Any]]:
        """Type into option ``focused``; returns the choices the bot offered."""
        reply = await self.autocomplete_reply(
            name, sub, options=options, focused=focused, user=user, channel=channel, timeout=timeout
        )
        assert reply.type == 8, reply.callback
        return list(reply.data["choices"])

    async def autocomplete_reply(
        self,
        name: str,
        sub: str | None = None,
        *,
        options: dict[str, Any],
        focused: str,
        user: int = MEMBER_ID,
        channel: int = CHANNEL_ID,
        timeout: float = 10.0,
    ) -> Reply:
        """Like ``autocomplete``, but the whole ``Reply`` (timings included)."""
        data = self._command_data(name, sub, options, focused)
        return await self._push(self._interaction(4, data, user, channel), timeout)

    async def click(
        self,
        message: dict[str, Any],
        custom_id: str,
        *,
        user: int = MEMBER_ID,
        timeout: float = 10.0,
    ) -> Reply:
        """Press the button ``custom_id`` under ``message`` (a message dict from the fake)."""
        stored = self.messages.get(int(message["id"]), message)
        channel = int(stored["channel_id"])
        data = {"custom_id": custom_id, "component_type": 2}
        payload = self._interaction(3, data, user, channel, message=stored)
        self.original_ids[payload["token"]] = int(stored["id"])  # type 7 edits this message
        return await self._push(payload, timeout)

    async def choose(
        self,
        message: dict[str, Any],
        custom_id: str,
        values: list[str],
        *,
        user: int = MEMBER_ID,
        timeout: float = 10.0,
    ) -> Reply:
        """Pick ``values`` in the string select ``custom_id`` under ``message`` (type 3)."""
        stored = self.messages.get(int(message["id"]), message)
        channel = int(stored["channel_id"])
        data = {"custom_id": custom_id, "component_type": 3, "values": values}
        payload = self._interaction(3, data, user, channel, message=stored)
        self.original_ids[payload["token"]] = int(stored["id"])
        return await self._push(payload, timeout)

    async def submit_modal(
        self,
        opened: Reply,
        values: dict[str, str | list[str]],
        *,
        user: int = MEMBER_ID,
        timeout: float = 10.0,
    ) -> Reply:
        """Fill in and submit the modal the bot opened in ``opened`` (callback type 9):
        ``values`` by the custom id of each text input (a string) or select (a list); the
        inputs not given keep the value the bot pre-filled. Type 5, MODAL_SUBMIT; when the
        modal came from a component, its message is the one a type 7 response edits."""
        assert opened.type == 9, opened.callback
        modal = opened.data
        submitted = []
        for row in modal.get("components") or []:
            inner = row["components"][0] if row["type"] == 1 else row.get("component", {})
            custom_id = inner.get("custom_id")
            if inner.get("type") == 4:
                value = values.get(custom_id, inner.get("value") or "")
                answer: dict[str, Any] = {"type": 4, "custom_id": custom_id, "value": value}
            else:
                chosen = values.get(custom_id)
                defaults = [o["value"] for o in inner.get("options", []) if o.get("default")]
                answer = {
                    "type": inner.get("type"),
                    "custom_id": custom_id,
                    "values": list(chosen) if chosen is not None else defaults,
                }
            submitted.append(
                {"type": 1, "components": [answer]}
                if row["type"] == 1
                else {"type": 18, "id": row.get("id", 0), "component": answer}
            )
        data = {"custom_id": modal["custom_id"], "components": submitted}
        origin = self.messages.get(self.original_ids.get(opened.token, -1))
        channel = self._channel_of_token(opened.token)
        extra = {"message": origin} if origin is not None else {}
        payload = self._interaction(5, data, user, channel, **extra)
        if origin is not None:
            self.original_ids[payload["token"]] = int(origin["id"])
        return await self._push(payload, timeout)

    async def send_message(
        self,
        content: str,
        *,
        user: int = MEMBER_ID,
        channel: int = CHANNEL_ID,
        reply_to: int | None = None,
    ) -> dict[str, Any]:
        """A member posts ``content`` (MESSAGE_CREATE); returns the message."""
        message = self._message(channel, content=content, author=self.users[user])
        message["member"] = {k: v for k, v in self.member(user).items() if k != "user"}
        if reply_to is not None:
            message["message_reference"] = {
                "message_id": str(reply_to),
                "channel_id": str(channel),
                "guild_id": str(self.guild_of(channel)),
            }
            message["type"] = 19
        self.messages[int(message["id"])] = message
        await self.dispatch("MESSAGE_CREATE", message)
        return message

    async def add_reaction(
        self, message_id: int, emoji: str = "👍", *, user: int = MEMBER_ID
    ) -> None:
        """A member reacts to a message (MESSAGE_REACTION_ADD)."""
        channel = (
            int(self.messages[message_id]["channel_id"])
            if message_id in self.messages
            else CHANNEL_ID
        )
        await self.dispatch(
            "MESSAGE_REACTION_ADD",
            {
                "user_id": str(user),
                "channel_id": str(channel),
                "message_id": str(message_id),
                "guild_id": str(self.guild_of(channel)),
                "member": self.member(user),
                "emoji": {"id": None, "name": emoji},
                "burst": False,
                "type": 0,
            },
        )

    async def open_thread(
        self, message_id: int, name: str = "thread", *, user: int = MEMBER_ID
    ) -> dict[str, Any]:
        """A member starts a thread on a message (THREAD_CREATE); returns the thread, whose
        id is the message's id as on Discord."""
        parent = int(self.messages[message_id]["channel_id"])
        thread = self._thread(parent, name, thread_id=message_id, owner=user)
        await self.dispatch("THREAD_CREATE", {**thread, "newly_created": True})
        return thread

    def add_member(self, name: str, permissions: int = MEMBER_PERMISSIONS) -> int:
        """Another member who can use commands (interactions carry their member data)."""
        user_id = self.new_id()
        self.users[user_id] = self._user(user_id, name)
        self.member_roles[user_id] = []
        self.member_permissions[user_id] = permissions
        return user_id

    def post_bot_message(self, channel: int = CHANNEL_ID, **fields: Any) -> dict[str, Any]:
        """A message the bot posted earlier (e.g. before a restart or an upgrade)."""
        message = self._message(channel, **fields)
        self.messages[int(message["id"])] = message
        return message

    # requests --------------------------------------------------------------------------------
    async def wait_for(
        self, predicate: Callable[[Request], bool], timeout: float = 10.0
    ) -> Request:
        """The first recorded request matching ``predicate`` (waiting for it if needed)."""

        async def find() -> Request:
            async with self._changed:
                while True:
                    for request in self.requests:
                        if predicate(request):
                            return request
                    await self._changed.wait()

        return await asyncio.wait_for(find(), timeout)

    def requests_to(self, method: str, path_part: str) -> list[Request]:
        return [r for r in self.requests if r.method == method and path_part in r.path]

    # REST ------------------------------------------------------------------------------------
    def _message(self, channel: int, **fields: Any) -> dict[str, Any]:
        message_id = self.new_id()
        message: dict[str, Any] = {
            "id": str(message_id),
            "channel_id": str(channel),
            "guild_id": str(self.guild_of(channel)),
            "author": self.users[BOT_ID],
            "content": "",
            "timestamp": "2026-01-01T00:00:00+00:00",
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "components": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
        }
        for key, value in fields.items():
            if value is not None:
                message[key] = value
        return message

    def _attachments(self, files: list[tuple[str, bytes]]) -> list[dict[str, Any]]:
        return [
            {
                "id": str(self.new_id()),
                "filename": name,
                "size": len(data),
                "url": f"http://127.0.0.1:{self.port}/attachments/{name}",
                "proxy_url": f"http://127.0.0.1:{self.port}/attachments/{name}",
            }
            for name, data in files
        ]

    def _message_from_body(
        self, channel: int, body: dict[str, Any], files: list[Any]
    ) -> dict[str, Any]:
        message = self._message(
            channel,
            content=body.get("content") or "",
            embeds=body.get("embeds") or [],
            components=body.get("components") or [],
            flags=int(body.get("flags") or 0),
            attachments=self._attachments(files),
            allowed_mentions=body.get("allowed_mentions"),
        )
        self.messages[int(message["id"])] = message
        return message

    @staticmethod
    def _update_message(message: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
        for key in ("content", "embeds", "components", "flags", "allowed_mentions"):
            if key in body and body[key] is not None:
                message[key] = body[key]
            elif key in body and key in ("content", "embeds", "components"):
                message[key] = "" if key == "content" else []  # null clears, as on Discord
        message["edited_timestamp"] = "2026-01-01T00:00:01+00:00"
        return message

    async def _read_body(self, request: web.Request) -> tuple[Any, list[tuple[str, bytes]]]:
        if request.content_type.startswith("multipart/"):
            body: Any = None
            files: list[tuple[str, bytes]] = []
            reader = await request.multipart()
            async for part in reader:
                data = await part.read()  # type: ignore[union-attr]
                if part.name == "payload_json":  # type: ignore[union-attr]
                    body = json.loads(data)
                else:
                    files.append((part.filename or "file", bytes(data)))  # type: ignore[union-attr]
            return body, files
        if request.can_read_body:
            text = await request.text()
            return (json.loads(text) if text else None), []
        return None, []

    @web.middleware
    async def _record(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path in ("/gateway", "/resume-gateway"):
            return await handler(request)
        arrived = time.perf_counter()
        body, files = await self._read_body(request)
        path = request.path.removeprefix(API_PREFIX)  # the CDN's downloads are recorded too
        recorded = Request(request.method, path, body, files, dict(request.query), at=arrived)
        request[RECORDED] = recorded
        async with self._changed:
            self.requests.append(recorded)
            self._changed.notify_all()
        if (
            request.headers.get("Authorization", "").startswith("Bot ")
            and request.headers["Authorization"] != f"Bot {TOKEN}"
        ):
            return _json_response({"message": "401: Unauthorized", "code": 0}, 401)
        problems = body_violations(request.method, path, body)
        if problems:
            return self._refuse(recorded, request, problems)
        for (method, part), (retry_after, is_global) in list(self.rate_limits.items()):
            if method == request.method and part in path:
                del self.rate_limits[(method, part)]
                self.rate_limited.append(recorded)
                return self._too_many_requests(retry_after, is_global)
        for (method, part), (status, error) in list(self.fail_next.items()):
            if method == request.method and part in path:
                del self.fail_next[(method, part)]
                return _json_response(error, status)
        for (method, part), seconds in list(self.delays.items()):
            if method == request.method and part in path:
                await asyncio.sleep(seconds)
        return await handler(request)

    @staticmethod
    def _too_many_requests(retry_after: float, is_global: bool) -> web.Response:
        """Discord's 429, with the headers discord.py reads (``Via``: it takes a 429 without
        it for a Cloudflare ban and gives up)."""
        body = {"message": "You are being rate limited.", "retry_after": retry_after}
        body["global"] = is_global
        headers = {
            "Retry-After": str(max(1, round(retry_after))),
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": f"{time.time() + retry_after:.3f}",
            "X-RateLimit-Reset-After": f"{retry_after:.3f}",
            "X-RateLimit-Bucket": "fake-bucket",
            "X-RateLimit-Scope": "global" if is_global else "user",
            "Via": "1.1 google",
        }
        if is_global:
            headers["X-RateLimit-Global"] = "true"
        response = _json_response(body, 429)
        response.headers.update(headers)
        return response

    def _refuse(self, recorded: Request, request: web.Request, problems: list[str]) -> web.Response:
        """Discord's 400 for a body over its limits; a refused interaction callback also
        fails the test waiting on it at once (Discord would show "interaction failed")."""
        self.refused.append((recorded, problems))
        if path_id := request.match_info.get("id"):
            future = self._callbacks.get(int(path_id))
            if future is not None and not future.done():
                future.set_exception(AssertionError(f"Discord refused the reply: {problems}"))
        errors = {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": p} for p in problems]}
        return _json_response(
            {"message": "Invalid Form Body", "code": 50035, "errors": errors}, 400
        )

    async def _users_me(self, request: web.Request) -> web.Response:
        return _json_response(self.users[BOT_ID])

    async def _application(self, request: web.Request) -> web.Response:
        return _json_response(
            {
                "id": str(APPLICATION_ID),
                "name": "Lectern",
                "description": "",
                "icon": None,
                "bot_public": False,
                "bot_require_code_grant": False,
                "owner": self.users[ADMIN_ID],
                "verify_key": "0" * 64,
                "flags": 0,
            }
        )

    async def _gateway_bot(self, request: web.Request) -> web.Response:
        return _json_response(
            {
                "url": self.gateway_url,
                "shards": self.recommended_shards,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 1000,
                    "reset_after": 0,
                    "max_concurrency": self.max_concurrency,
                },
            }
        )

    async def _put_commands(self, request: web.Request) -> web.Response:
        body = request[RECORDED].json or []
        guild = request.match_info.get("guild")
        stored = []
        for command in body:
            stored.append(
                {
                    **command,
                    "id": str(self.new_id()),
                    "application_id": str(APPLICATION_ID),
                    "version": "1",
                    "guild_id": guild,
                    "default_member_permissions": command.get("default_member_permissions"),
                    "type": command.get("type", 1),
                }
            )
        self.commands[int(guild) if guild else None] = stored
        return _json_response(stored)

    async def _get_commands(self, request: web.Request) -> web.Response:
        guild = request.match_info.get("guild")
        return _json_response(self.commands.get(int(guild) if guild else None, []))

    async def _interaction_callback(self, request: web.Request) -> web.Response:
        recorded: Request = request[RECORDED]
        interaction_id = int(request.match_info["id"])
        token = request.match_info["token"]
        refused = self._refuse_callback(interaction_id, recorded.at)
        if refused is not None:
            return refused
        body = recorded.json
        kind = int(body["type"])
        response: dict[str, Any] = {
            "interaction": {"id": str(interaction_id), "type": 2},
        }
        data = body.get("data") or {}
        if kind in (4, 5):
            channel = self._channel_of_token(token)
            message = self._message_from_body(channel, data, recorded.files)
            if kind == 5:
                message["flags"] = int(data.get("flags") or 0) | 128
            self.original_ids[token] = int(message["id"])
            response["interaction"]["response_message_id"] = message["id"]
            response["interaction"]["response_message_ephemeral"] = bool(message["flags"] & 64)
            response["resource"] = {"type": kind, "message": message}
        elif kind == 7:
            message_id = self.original_ids.get(token)
            if message_id is not None:
                message = self._update_message(self.messages[message_id], data)
                response["resource"] = {"type": kind, "message": message}
        future = self._callbacks.pop(interaction_id, None)
        self._acked_at[interaction_id] = recorded.at
        if future is not None and not future.done():
            future.set_result(body)
        return _json_response(response)

    def _refuse_callback(self, interaction_id: int, at: float) -> web.Response | None:
        """Discord's answer to an initial response it does not take: a second one (400,
        40060), or one for an interaction unknown or older than the deadline (404, 10062)."""
        if interaction_id in self._acknowledged:
            self.acknowledged_twice.append(interaction_id)
            return _json_response(ALREADY_ACKNOWLEDGED, 400)
        dispatched = self._dispatched_at.get(interaction_id)
        if dispatched is None:
            return _json_response(UNKNOWN_INTERACTION, 404)
        if at - dispatched > self.ack_deadline:
            self.late.append((interaction_id, at - dispatched))
            future = self._callbacks.pop(interaction_id, None)
            if future is not None and not future.done():
                future.set_exception(
                    AssertionError(
                        f"the bot answered after {at - dispatched:.2f} s (Discord allows "
                        f"{self.ack_deadline} s) and got 404 Unknown interaction (10062)"
                    )
                )
            return _json_response(UNKNOWN_INTERACTION, 404)
        self._acknowledged.add(interaction_id)
        return None

    def _refuse_expired_token(self, token: str, recorded: Request) -> web.Response | None:
        """401 Invalid Webhook Token (50027): the token's 15 minutes are over."""
        interaction_id = int(token.removeprefix("itoken-")) if token.startswith("itoken-") else -1
        dispatched = self._dispatched_at.get(interaction_id)
        if dispatched is not None and recorded.at - dispatched > self.token_lifetime:
            self.expired.append(recorded)
            return _json_response(INVALID_WEBHOOK_TOKEN, 401)
        return None

    async def _set_message_id(self, recorded: Request, message: dict[str, Any]) -> None:
        async with self._changed:
            recorded.message_id = int(message["id"])
            self._changed.notify_all()

    def _channel_of_token(self, token: str) -> int:
        return self._token_channels.get(token, CHANNEL_ID)

    async def _webhook_post(self, request: web.Request) -> web.Response:
        recorded: Request = request[RECORDED]
        token = request.match_info["token"]
        if (expired := self._refuse_expired_token(token, recorded)) is not None:
            return expired
        body = recorded.json or {}
        message = self._message_from_body(self._channel_of_token(token), body, recorded.files)
        deferred = self.messages.get(self.original_ids.get(token, -1))
        if deferred is not None and int(deferred["flags"]) & 128:
            # As Discord does: the first followup after a defer takes the place of the
            # "thinking" message, which the defer made ephemeral or not; the followup's own
            # ephemeral flag is ignored.
            del self.messages[int(message["id"])]
            kept = {k: v for k, v in body.items() if k != "flags"}
            message = self._update_message(deferred, kept)
            message["flags"] = int(message["flags"]) & ~128
            if recorded.files:
                message["attachments"] = self._attachments(recorded.files)
        await self._set_message_id(recorded, message)
        return _json_response(message)

    async def _webhook_message(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        if (expired := self._refuse_expired_token(token, request[RECORDED])) is not None:
            return expired
        which = request.match_info["message"]
        message_id = self.original_ids.get(token) if which == "@original" else int(which)
        if message_id is None or message_id not in self.messages:
            return _json_response({"message": "Unknown Message", "code": 10008}, 404)
        message = self.messages[message_id]
        if request.method == "PATCH":
            body = request[RECORDED].json or {}
            message = self._update_message(message, body)
            message["flags"] = int(message.get("flags", 0)) & ~128
            await self._set_message_id(request[RECORDED], message)
        elif request.method == "DELETE":
            del self.messages[message_id]
            return web.Response(status=204)
        return _json_response(message)

    async def _channel_post(self, request: web.Request) -> web.Response:
        recorded: Request = request[RECORDED]
        channel = int(request.match_info["channel"])
        refusal = self._refusal(channel, SEND_MESSAGES)
        if refusal is not None:
            return refusal
        message = self._message_from_body(channel, recorded.json or {}, recorded.files)
        await self._set_message_id(recorded, message)
        return _json_response(message)

    async def _channel_message(self, request: web.Request) -> web.Response:
        message_id = int(request.match_info["message"])
        if message_id not in self.messages:
            return _json_response({"message": "Unknown Message", "code": 10008}, 404)
        message = self.messages[message_id]
        if request.method == "PATCH":
            message = self._update_message(message, request[RECORDED].json or {})
        elif request.method == "DELETE":
            del self.messages[message_id]
            return web.Response(status=204)
        return _json_response(message)

    def _thread(
        self, parent: int, name: str, thread_id: int | None = None, owner: int = BOT_ID
    ) -> dict[str, Any]:
        thread: dict[str, Any] = {
            "id": str(thread_id or self.new_id()),
            "type": 11,
            "guild_id": str(self.guild_of(parent)),
            "parent_id": str(parent),
            "owner_id": str(owner),
            "name": name,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "message_count": 0,
            "member_count": 1,
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": 1440,
                "archive_timestamp": "2026-01-01T00:00:00+00:00",
                "locked": False,
            },
            "flags": 0,
        }
        self.threads.append(thread)
        self.channels[int(thread["id"])] = thread
        return thread

    async def _thread_from_message(self, request: web.Request) -> web.Response:
        body = request[RECORDED].json or {}
        parent = int(request.match_info["channel"])
        message_id = int(request.match_info["message"])
        refusal = self._refusal(parent, CREATE_PUBLIC_THREADS)
        if refusal is not None:
            return refusal
        thread = self._thread(parent, body.get("name", "thread"), thread_id=message_id)
        await self._announce_thread(thread)
        return _json_response(thread)

    async def _thread_in_channel(self, request: web.Request) -> web.Response:
        body = request[RECORDED].json or {}
        thread = self._thread(int(request.match_info["channel"]), body.get("name", "thread"))
        await self._announce_thread(thread)
        return _json_response(thread)

    async def _get_channel(self, request: web.Request) -> web.Response:
        channel = int(request.match_info["channel"])
        return self._refusal(channel, 0) or _json_response(self.channels[channel])

    async def _announce_thread(self, thread: dict[str, Any]) -> None:
        """Discord also sends THREAD_CREATE to connected clients for a thread the bot opened."""
        for entry in list(self._sockets):
            if self._serves(entry, int(thread["guild_id"])):
                await self._dispatch_to(entry, "THREAD_CREATE", {**thread, "newly_created": True})

    async def _reaction(self, request: web.Request) -> web.Response:
        return web.Response(status=204)

    # lifecycle -------------------------------------------------------------------------------
    async def start(self, port: int = 0) -> None:
        """Serve on 127.0.0.1:``port`` (0: any free port; ``self.port`` tells which)."""
        app = web.Application(middlewares=[self._record], client_max_size=64 * 1024 * 1024)
        p = API_PREFIX
        r = app.router
        r.add_get(f"{p}/users/@me", self._users_me)
        r.add_get(f"{p}/oauth2/applications/@me", self._application)
        r.add_get(f"{p}/applications/@me", self._application)
        r.add_get(f"{p}/gateway/bot", self._gateway_bot)
        r.add_put(f"{p}/applications/{{app}}/commands", self._put_commands)
        r.add_get(f"{p}/applications/{{app}}/commands", self._get_commands)
        r.add_put(f"{p}/applications/{{app}}/guilds/{{guild}}/commands", self._put_commands)
        r.add_get(f"{p}/applications/{{app}}/guilds/{{guild}}/commands", self._get_commands)
        r.add_post(f"{p}/interactions/{{id}}/{{token}}/callback", self._interaction_callback)
        r.add_post(f"{p}/webhooks/{{app}}/{{token}}", self._webhook_post)
        for method in ("GET", "PATCH", "DELETE"):
            r.add_route(
                method,
                f"{p}/webhooks/{{app}}/{{token}}/messages/{{message}}",
                self._webhook_message,
            )
            r.add_route(
                method, f"{p}/channels/{{channel}}/messages/{{message}}", self._channel_message
            )
        r.add_get(f"{p}/channels/{{channel}}", self._get_channel)
        r.add_post(f"{p}/channels/{{channel}}/messages", self._channel_post)
        r.add_post(
            f"{p}/channels/{{channel}}/messages/{{message}}/threads", self._thread_from_message
        )
        r.add_post(f"{p}/channels/{{channel}}/threads", self._thread_in_channel)
        r.add_put(
            f"{p}/channels/{{channel}}/messages/{{message}}/reactions/{{emoji}}/@me",
            self._reaction,
        )
        r.add_get("/gateway", self._gateway)
        r.add_get("/resume-gateway", self._gateway)
        r.add_get("/cdn/attachments/{id}/{name}", self._cdn)
        # Stopping waits this long for requests still being handled (e.g. a client that
        # reconnects as its websocket closes) before it cuts them off.
        self._runner = web.AppRunner(app, shutdown_timeout=self.shutdown_timeout)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        for ws, _ in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
