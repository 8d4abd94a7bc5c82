"""Kill rates per module of the domain core after ``make mutation`` (mutmut's results).

mutmut keeps, beside each mutated file under ``mutants/``, a ``.meta`` file with the exit code
of the tests against each mutant. A mutant is killed when the tests failed, timed out or the
type check refused it; mutants listed in ``docs/mutation.md`` are judged equivalent (they
change nothing a user could notice) and counted apart. Run ``python -m bot.devtools.mutation``.

``python -m bot.devtools.mutation files`` gives each file of ``extract/`` a line of its own.

``python -m bot.devtools.mutation sample N SEED PREFIX...`` prints N mutant names drawn at
random (seeded) among those whose name starts with a PREFIX, for a run over a sample when all
of a large module would take hours: ``mutmut run $(python -m bot.devtools.mutation sample
150 16 bot.core.verify.)``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

KILLED = {1, 3, 24, -24, 36, 37, 152, 255}  # failed, pytest error, timeouts, type check
SURVIVED = 0
MODULES = ("verify.py", "search.py", "citation.py", "context.py", "selection.py", "extract/")
EQUIVALENT = re.compile(r"`(bot\.core\.[\w.]+__mutmut_\d+)`")


def module_of(meta: Path, core: Path, *, by_file: bool = False) -> str:
    """``extract/`` for every file of the extraction package (unless ``by_file``), else the
    file's name."""
    relative = meta.relative_to(core).as_posix().removesuffix(".meta")
    return "extract/" if relative.startswith("extract/") and not by_file else relative


def tally(mutants: Path, equivalent: set[str], *, by_file: bool = False) -> dict[str, Counter[str]]:
    core = mutants / "bot" / "core"
    figures: dict[str, Counter[str]] = {}
    for meta in sorted(core.rglob("*.py.meta")):
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        counts = figures.setdefault(module_of(meta, core, by_file=by_file), Counter())
        for name in current_mutants(meta):  # not those of an older version of the file
            code = codes[name]
            if code is None:
                counts["not run"] += 1
            elif code in KILLED:
                counts["killed"] += 1
            elif name in equivalent:
                counts["equivalent"] += 1
            elif code == SURVIVED:
                counts["survived"] += 1
            else:
                counts["other"] += 1  # no tests, skipped, suspicious
    return figures


def report(figures: dict[str, Counter[str]]) -> str:
    lines = [
        "module               mutants  killed  equivalent  survived  other  not run  kill rate"
    ]
    for module in [m for m in MODULES if m in figures] + sorted(set(figures) - set(MODULES)):
        c = figures[module]
        run = c["killed"] + c["equivalent"] + c["survived"] + c["other"]
        if not run:
            continue
        rate = 100.0 * c["killed"] / (run - c["equivalent"]) if run > c["equivalent"] else 100.0
        lines.append(
            f"{module:<20} {run + c['not run']:>7} {c['killed']:>7} {c['equivalent']:>11} "
            f"{c['survived']:>9} {c['other']:>6} {c['not run']:>8} {rate:>9.1f} %"
        )
    return "\n".join(lines)


def current_mutants(meta: Path) -> list[str]:
    """The mutants a ``.meta`` file lists that its mutated source still defines."""
    source = meta.with_suffix("").read_text(encoding="utf-8")
    codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    return [name for name in codes if f"def {name.rpartition('.')[2]}(" in source]


def sample(mutants: Path, size: int, seed: int, prefixes: list[str]) -> list[str]:
    names = sorted(
        name
        for meta in (mutants / "bot" / "core").rglob("*.py.meta")
        for name in current_mutants(meta)
        if name.startswith(tuple(prefixes))
    )
    return sorted(random.Random(seed).sample(names, min(size, len(names))))


def main() -> int:
    mutants = Path("mutants")
    if sys.argv[1:2] == ["sample"] and len(sys.argv) >= 5:
        print(" ".join(sample(mutants, int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:])))
        return 0
    if not mutants.is_dir():
        print("no mutants/ here: run `make mutation` first", file=sys.stderr)
        return 1
    listed = Path("docs/mutation.md")
    text = listed.read_text(encoding="utf-8") if listed.is_file() else ""
    equivalent = set(EQUIVALENT.findall(text))
    print(report(tally(mutants, equivalent)))
    if sys.argv[1:2] == ["files"]:
        by_file = tally(mutants, equivalent, by_file=True)
        print(report({m: c for m, c in by_file.items() if m.startswith("extract/")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
