"""The layout promises of the brief, checked: a discord-free core, SQL only in storage."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import bot.core

BOT_DIR = Path(__file__).resolve().parent.parent / "bot"


def test_domain_core_imports_without_discord():
    modules = [f"bot.core.{m.name}" for m in pkgutil.walk_packages(bot.core.__path__)]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m == 'discord' or m.startswith('discord.'))\n"
        "print(','.join(leaked))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"bot.core pulled in discord: {result.stdout}"


def test_sql_is_written_only_in_the_storage_package():
    offenders = []
    for path in BOT_DIR.rglob("*.py"):
        if "storage" in path.relative_to(BOT_DIR).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names]
                module = getattr(node, "module", None) or ""
                if any(n.split(".")[0] in {"sqlite3", "aiosqlite", "asyncpg"} for n in names) or (
                    module.split(".")[0] in {"sqlite3", "aiosqlite", "asyncpg"}
                ):
                    offenders.append(str(path.relative_to(BOT_DIR)))
    assert offenders == [], f"SQL drivers imported outside bot/storage: {offenders}"


def test_the_running_bot_never_imports_the_devtools():
    """The fake Discord and the demo ship in the package for `lectern demo`; only that
    command may reach them, so a running bot can never talk to a stand-in by mistake."""
    allowed = {Path("cli/demo.py")}
    offenders = []
    for path in BOT_DIR.rglob("*.py"):
        relative = path.relative_to(BOT_DIR)
        if relative.parts[0] == "devtools" or relative in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            roots = {n.split(".")[0] for n in names}
            if any(n.startswith("bot.devtools") for n in names) or roots & {
                "prompt_toolkit",
                "rich",
            }:
                offenders.append(str(relative))
    assert offenders == [], f"modules of the running bot import the demo tools: {offenders}"


def test_commands_and_buttons_answer_from_the_servers_view_not_the_shipped_corpus():
    """A server reads its own library: the adapters ask ``bot.libraries`` for the server's
    view; ``bot.corpus``/``bot.index`` (the shipped texts) are never read by a command."""

    def is_the_bot(node: ast.expr) -> bool:
        if isinstance(node, ast.Name):
            return node.id in {"bot", "client"}
        if isinstance(node, ast.Attribute):
            return node.attr == "bot"  # self.bot
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            return node.func.id in {"lectern", "_bot"}
        return False

    paths = [*(BOT_DIR / "cogs").glob("*.py"), BOT_DIR / "views.py", BOT_DIR / "scheduler.py"]
    offenders = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in {"corpus", "index"}
                and is_the_bot(node.value)
            ):
                offenders.append(f"{path.relative_to(BOT_DIR)}:{node.lineno}")
    assert offenders == [], f"read the shipped corpus instead of the server's view: {offenders}"
