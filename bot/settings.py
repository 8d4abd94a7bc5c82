"""One typed settings object, read from the environment and an optional ``.env`` file.

``load_settings()`` validates everything at start and turns pydantic's report into
``SettingsError`` with one line per wrong key, named as the operator writes it
(``LECTERN_RETENTION_DAYS``), so a bad value stops the start with a clear message. A blank
value (``LECTERN_RETENTION_DAYS=``) means the default, for every key. A ``.env`` that exists
but cannot be read as UTF-8 text (a folder, a dangling link, no permission, another
encoding) is a ``SettingsError`` too: ignoring it would silently lose the token written in it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Literal

import pydantic_settings
from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_core import PydanticUseDefault
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
# The corpus shipped with Lectern: the checkout's corpus/, or, once installed from a wheel,
# the copy the build puts inside the package (setup.py); LECTERN_CORPUS_DIR overrides it.
PACKAGED_CORPUS_DIR = Path(__file__).resolve().parent / "_corpus"
DEFAULT_CORPUS_DIR = PACKAGED_CORPUS_DIR if PACKAGED_CORPUS_DIR.is_dir() else REPO_ROOT / "corpus"
ENV_FILE = Path(".env")


class SettingsError(Exception):
    """The configuration is wrong; the message names each offending key."""


class Settings(BaseSettings):
    """Everything Lectern can be configured with. ``.env.example`` documents each key."""

    model_config = SettingsConfigDict(
        env_prefix="LECTERN_",
        env_file=ENV_FILE,
        # A byte-order mark (Windows editors) must not become part of the first key's name.
        env_file_encoding="utf-8-sig",
        extra="ignore",
        frozen=True,
    )

    discord_token: SecretStr | None = Field(default=None, validation_alias="DISCORD_TOKEN")
    database: Path = Path("lectern.db")
    # postgresql://user:password@host:port/dbname: every store moves to PostgreSQL (the
    # SQLite file above is then not used). Several processes may share one database.
    database_url: str | None = None
    database_pool_size: int = Field(default=10, ge=2, le=200)
    corpus_dir: Path = DEFAULT_CORPUS_DIR
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["text", "json"] = "text"
    owner_ids: Annotated[tuple[int, ...], NoDecode] = ()
    moderator_role_ids: Annotated[tuple[int, ...], NoDecode] = ()
    retention_days: int = Field(default=365, ge=1, le=36500)
    shard_count: int | None = Field(default=None, ge=1)
    # The shards this process runs ("0-3", "4,5"); all of them when unset. Needs shard_count.
    shards: Annotated[tuple[int, ...] | None, NoDecode] = None
    # Prometheus /metrics on this port (off when unset; 0: any free port, logged); only on
    # metrics_host (loopback by default: open it deliberately, e.g. 0.0.0.0 in a container).
    metrics_port: int | None = Field(default=None, ge=0, le=65535)
    metrics_host: str = "127.0.0.1"
    # A file the running bot touches while it is connected; `lectern healthcheck` reads it.
    heartbeat_file: Path | None = None
    # Where Lectern keeps what it derives from its installed packages (the sentence encoder's
    # compact graph, bot.core.semantic.cache_folder); unset: ~/.cache/lectern.
    cache_dir: Path | None = None
    # Each server's own readings (/library): the largest file a moderator may add, how long its
    # extraction may take, how many readings a server may hold, and how many servers' search
    # indexes stay in memory (the others are rebuilt from the database when next used).
    library_max_file_mb: int = Field(default=20, ge=1, le=200)
    # At most 420 s: a moderator whose file waits for another's extraction (up to one budget)
    # and then takes its whole budget must still hear back within the 15 minutes Discord lets
    # a bot answer an interaction.
    library_extract_seconds: int = Field(default=60, ge=5, le=420)
    library_max_readings: int = Field(default=100, ge=1, le=10_000)
    library_views_cached: int = Field(default=64, ge=1, le=100_000)
    # ... and at most this many of their own passages in all (~1.3 KB each in memory).
    library_passages_cached: int = Field(default=300_000, ge=1_000, le=100_000_000)
    # A server whose own readings have at most this many passages gets sentence-meaning
    # search like the shipped corpus (its passages embedded in the background, ~30 ms each).
    library_meaning_passages: int = Field(default=500, ge=0, le=1_000_000)
    # Where discord.py sends REST calls; only tests and `lectern doctor` point it elsewhere.
    discord_api_base: str | None = None

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_default(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            raise PydanticUseDefault()
        return value

    @field_validator("database_url", mode="before")
    @classmethod
    def _postgres_url(cls, value: object) -> object:
        if isinstance(value, str):
            if not value.strip():
                return None
            if not value.startswith(("postgresql://", "postgres://")):
                raise ValueError("must be a PostgreSQL URL, postgresql://user:password@host/db")
        return value

    @field_validator("shards", mode="before")
    @classmethod
    def _parse_shards(cls, value: object) -> object:
        if isinstance(value, str):
            return parse_shard_ids(value) if value.strip() else None
        return value

    @model_validator(mode="after")
    def _shards_within_count(self) -> Settings:
        if self.shards is not None:
            if self.shard_count is None:
                raise ValueError(
                    "LECTERN_SHARDS needs LECTERN_SHARD_COUNT (the total over every process)"
                )
            outside = [s for s in self.shards if s >= self.shard_count]
            if outside:
                raise ValueError(
                    f"LECTERN_SHARDS {outside} not below LECTERN_SHARD_COUNT {self.shard_count}"
                )
        return self

    @property
    def database_target(self) -> Path | str:
        """The PostgreSQL URL if one is set, otherwise the SQLite path."""
        return self.database_url if self.database_url is not None else self.database

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_log_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("owner_ids", "moderator_role_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value


def parse_shard_ids(text: str) -> tuple[int, ...]:
    """``"0-3"`` → (0, 1, 2, 3); ``"0,2,5-6"`` → (0, 2, 5, 6). Raises ValueError if malformed."""
    shard_ids: set[int] = set()
    for part in text.split(","):
        first, dash, last = part.strip().partition("-")
        if not first.strip().isdigit() or (dash and not last.strip().isdigit()):
            raise ValueError(f"{text!r} is not a list of shard ids such as 0-3 or 0,2,4-5")
        low, high = int(first), int(last) if dash else int(first)
        if high < low:
            raise ValueError(f"the range {part.strip()!r} runs backwards")
        shard_ids.update(range(low, high + 1))
    return tuple(sorted(shard_ids))


def _env_name(field_name: str) -> str:
    field = Settings.model_fields[field_name]
    if isinstance(field.validation_alias, str):
        return field.validation_alias
    return f"LECTERN_{field_name.upper()}"


def check_env_file(path: Path = ENV_FILE) -> None:
    """Raise ``SettingsError`` if ``path`` exists but is not a readable UTF-8 file.

    pydantic-settings skips a ``.env`` that is not a regular file and lets a read or decode
    error escape as a traceback; both hide what the operator has to fix.
    """
    if not os.path.lexists(path):
        return
    shown = path.absolute()
    if not path.exists():
        raise SettingsError(
            f"{shown} is a symbolic link to {os.readlink(path)}, which does not exist;"
            " point it at the settings file or remove it"
        )
    if path.is_dir():
        raise SettingsError(f"{shown} is a folder; the settings must be a file called .env")
    if not path.is_file():
        raise SettingsError(f"{shown} is not a regular file; the settings must be a text file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SettingsError(
            f"cannot read {shown} ({exc.strerror or exc}); give the user running Lectern"
            " (uid {uid}) read access to it".format(uid=os.getuid())
        ) from None
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SettingsError(
            f"{shown} is not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line});"
            " save it as UTF-8"
        ) from None


def load_settings(**overrides: object) -> Settings:
    """Read and validate the settings, or raise ``SettingsError`` naming the wrong keys."""
    check_env_file()
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            if not error["loc"]:  # a check across keys: its message names them
                lines.append(error["msg"].removeprefix("Value error, "))
                continue
            location = str(error["loc"][0])
            key = _env_name(location) if location in Settings.model_fields else location
            given = error.get("input")
            shown = f" (got {given!r})" if isinstance(given, str | int | float) else ""
            lines.append(f"{key}: {error['msg']}{shown}")
        raise SettingsError("\n".join(lines)) from None
    except (pydantic_settings.SettingsError, OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"cannot read the settings: {exc}") from None
