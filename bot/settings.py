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
from pydantic import Field, SecretStr, ValidationError, field_validator
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
    corpus_dir: Path = DEFAULT_CORPUS_DIR
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["text", "json"] = "text"
    owner_ids: Annotated[tuple[int, ...], NoDecode] = ()
    moderator_role_ids: Annotated[tuple[int, ...], NoDecode] = ()
    retention_days: int = Field(default=365, ge=1, le=36500)
    shard_count: int | None = Field(default=None, ge=1)
    # A file the running bot touches while it is connected; `lectern healthcheck` reads it.
    heartbeat_file: Path | None = None
    # Where discord.py sends REST calls; only tests and `lectern doctor` point it elsewhere.
    discord_api_base: str | None = None

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_default(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            raise PydanticUseDefault()
        return value

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
            location = str(error["loc"][0]) if error["loc"] else "settings"
            key = _env_name(location) if location in Settings.model_fields else location
            given = error.get("input")
            shown = f" (got {given!r})" if isinstance(given, str | int | float) else ""
            lines.append(f"{key}: {error['msg']}{shown}")
        raise SettingsError("\n".join(lines)) from None
    except (pydantic_settings.SettingsError, OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"cannot read the settings: {exc}") from None
