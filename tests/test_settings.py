import pytest

from bot.settings import SettingsError, load_settings
from tests.fixtures.processes import forget_configuration


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    forget_configuration(monkeypatch, tmp_path)  # no stray .env from the developer's checkout


def test_defaults_need_no_configuration():
    settings = load_settings()
    assert settings.discord_token is None
    assert settings.retention_days == 365


def test_comma_separated_ids_and_case_insensitive_log_level(monkeypatch):
    monkeypatch.setenv("LECTERN_OWNER_IDS", "123, 456")
    monkeypatch.setenv("LECTERN_LOG_LEVEL", "debug")
    settings = load_settings()
    assert settings.owner_ids == (123, 456)
    assert settings.log_level == "DEBUG"


def test_a_wrong_value_names_the_key(monkeypatch):
    monkeypatch.setenv("LECTERN_RETENTION_DAYS", "0")
    with pytest.raises(SettingsError) as excinfo:
        load_settings()
    assert str(excinfo.value).startswith("LECTERN_RETENTION_DAYS:")
    assert "\n" not in str(excinfo.value)


def test_an_extraction_budget_past_what_discord_waits_for_is_refused(monkeypatch):
    """A moderator's /library add is answered within Discord's 15 minutes: a file may wait
    one budget for another's extraction, then take its own."""
    monkeypatch.setenv("LECTERN_LIBRARY_EXTRACT_SECONDS", "420")
    assert load_settings().library_extract_seconds == 420
    monkeypatch.setenv("LECTERN_LIBRARY_EXTRACT_SECONDS", "900")
    with pytest.raises(SettingsError) as excinfo:
        load_settings()
    assert str(excinfo.value).startswith("LECTERN_LIBRARY_EXTRACT_SECONDS:")
    assert "420" in str(excinfo.value)


def test_dotenv_file_is_read(tmp_path):
    (tmp_path / ".env").write_text("DISCORD_TOKEN=abc.def\nLECTERN_OWNER_IDS=7\n", encoding="utf-8")
    settings = load_settings()
    assert settings.discord_token is not None
    assert settings.discord_token.get_secret_value() == "abc.def"
    assert settings.owner_ids == (7,)


def test_env_example_documents_every_key_and_works_as_is(tmp_path):
    from pathlib import Path

    from bot.settings import DEFAULT_CORPUS_DIR, Settings

    example = Path(__file__).resolve().parent.parent / ".env.example"
    text = example.read_text(encoding="utf-8")
    keys = {line.split("=", 1)[0] for line in text.splitlines() if "=" in line and line[0] != "#"}
    expected = set()
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        expected.add(alias if isinstance(alias, str) else f"LECTERN_{name.upper()}")
    assert keys == expected
    # Every key has a comment above it saying what it is.
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if "=" in line and not line.startswith("#"):
            assert lines[index - 1].startswith("#"), line

    (tmp_path / ".env").write_text(text.replace("DISCORD_TOKEN=", "DISCORD_TOKEN=t"), "utf-8")
    settings = load_settings()
    assert settings.discord_token is not None
    assert settings.corpus_dir == DEFAULT_CORPUS_DIR
    assert settings.shard_count is None and settings.heartbeat_file is None
    for name, field in Settings.model_fields.items():
        if name not in ("discord_token", "corpus_dir"):
            assert getattr(settings, name) == field.default, name


@pytest.mark.parametrize("blank", ["", "  "])
def test_a_blank_value_means_the_default_for_every_key(monkeypatch, blank):
    from bot.settings import Settings

    names = {}
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        names[name] = alias if isinstance(alias, str) else f"LECTERN_{name.upper()}"
        monkeypatch.setenv(names[name], blank)
    settings = load_settings()
    for name, field in Settings.model_fields.items():
        assert getattr(settings, name) == field.default, names[name]
