"""Small promises of the command line an operator relies on, run in-process."""

from __future__ import annotations

import pytest

from bot.cli import main
from bot.cli._common import EXIT_FAILED, EXIT_USAGE


@pytest.fixture(autouse=True)
def operator_folder(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    for key in ("DISCORD_TOKEN", "LECTERN_DATABASE", "LECTERN_CORPUS_DIR", "LECTERN_LOG_LEVEL"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.delenv("LECTERN_RETENTION_DAYS", raising=False)
    return tmp_path


@pytest.mark.parametrize("query", ["", "   ", "?!"])
def test_a_search_with_no_words_is_refused_not_answered_with_every_passage(capsys, query):
    assert main(["search", query]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "lectern: Give some words to search for.\n"


@pytest.mark.parametrize("client_id", ["0", "-1", "18446744073709551616", "abc"])
def test_invite_refuses_what_cannot_be_an_application_id(capsys, client_id):
    with pytest.raises(SystemExit) as exit_info:
        main(["invite", client_id])
    assert exit_info.value.code == EXIT_USAGE
    assert "argument client_id:" in capsys.readouterr().err


def test_a_blank_retention_in_dotenv_means_the_default(operator_folder, capsys):
    (operator_folder / ".env").write_text("LECTERN_RETENTION_DAYS=\n", encoding="utf-8")
    assert main(["doctor", "--offline"]) == EXIT_FAILED  # only the token is missing
    out = capsys.readouterr().out
    assert "ok    configuration: valid" in out and "LECTERN_RETENTION_DAYS" not in out


def test_a_dotenv_saved_with_a_byte_order_mark_keeps_its_first_key(operator_folder):
    from bot.settings import load_settings

    (operator_folder / ".env").write_bytes("\ufeffDISCORD_TOKEN=abc\n".encode())
    token = load_settings().discord_token
    assert token is not None and token.get_secret_value() == "abc"


def test_doctor_does_not_call_the_database_ok_when_its_folder_fails(
    operator_folder, monkeypatch, capsys
):
    missing = operator_folder / "no-such-folder" / "lectern.db"
    monkeypatch.setenv("LECTERN_DATABASE", str(missing))
    monkeypatch.setenv("DISCORD_TOKEN", "a.token")
    assert main(["doctor", "--offline"]) == EXIT_FAILED
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("FAIL  database folder:") for line in lines)
    assert not [line for line in lines if line.startswith("ok    database")]


def test_nothing_found_is_status_1_and_said_plainly(capsys):
    # Invented words: no reading a group adds will hold them.
    assert main(["search", "qxzvj wkpfh"]) == EXIT_FAILED
    assert capsys.readouterr().out == "No passage matches.\n"
    assert main(["verify", "qxzvj wkpfh blorptang zzvq mmxq"]) == EXIT_FAILED
    assert capsys.readouterr().out.startswith("Not in the corpus")


def test_a_bug_in_a_command_is_one_line_not_a_traceback(monkeypatch, capsys):
    import bot.cli.healthcheck

    def broken(_args):
        raise RuntimeError("something nobody planned for")

    monkeypatch.setattr(bot.cli.healthcheck, "healthcheck_command", broken)
    assert main(["healthcheck"]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "lectern: internal error: RuntimeError: something nobody planned for (please report"
        " it; run with LECTERN_LOG_LEVEL=DEBUG to see where)"
    ]


def test_ctrl_c_is_status_130_without_a_traceback(monkeypatch, capsys):
    import bot.cli.healthcheck

    def interrupted(_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(bot.cli.healthcheck, "healthcheck_command", interrupted)
    assert main(["healthcheck"]) == 130
    assert "Traceback" not in capsys.readouterr().err


def test_corpus_build_writes_into_lectern_corpus_dir_not_the_shipped_corpus(
    operator_folder, monkeypatch, capsys
):
    import shutil

    from bot.core.corpus import PASSAGES
    from bot.settings import DEFAULT_CORPUS_DIR

    ours = operator_folder / "our-readings"
    shutil.copytree(DEFAULT_CORPUS_DIR, ours)
    (ours / PASSAGES).unlink()
    shipped = (DEFAULT_CORPUS_DIR / PASSAGES).stat().st_mtime_ns
    monkeypatch.setenv("LECTERN_CORPUS_DIR", str(ours))
    assert main(["corpus", "build"]) == 0
    assert capsys.readouterr().out.startswith(f"wrote {ours / PASSAGES}:")
    assert (ours / PASSAGES).is_file()
    assert (DEFAULT_CORPUS_DIR / PASSAGES).stat().st_mtime_ns == shipped
    assert main(["corpus", "check"]) == 0
    assert capsys.readouterr().out.startswith(f"corpus OK ({ours}):")
