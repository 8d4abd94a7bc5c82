"""``lectern corpus ingest``: a new essay -> a reviewable file of draft passages.

The file is TOML: first the ``[[source]]`` entry to add to ``manifest.toml``, then one
``[[passage]]`` per draft with how it was attributed, so a maintainer can check each
quotation against the essay and write ``overrides.toml`` entries where the extractor erred.
Speakers and works are resolved through the corpus registries; a quotation whose speaker
could not be found says ``speaker = "?"``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from bot.core.corpus import CorpusError, read_registries
from bot.core.extract.essay import extract_essay
from bot.core.extract.names import Names


def slug(text: str) -> str:
    """A registry id made from a name: lower case, words joined by dashes."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())) or "source"


def _toml_value(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)  # JSON strings and ints are valid TOML


def ingest(
    file: Path, *, corpus_dir: Path, title: str, author: str, year: int, output: Path | None
) -> Path:
    """Extract ``file`` with the corpus registries and write the drafts for review."""
    problems: list[str] = []
    _sources, speakers, works, _topics = read_registries(corpus_dir, problems)
    if problems:
        raise CorpusError(problems)
    text = file.read_text(encoding="utf-8")
    names = Names(speakers, works)
    author_id = names.speaker_named(author) or slug(author)
    drafts = extract_essay(text, title=title, author_speaker=author_id, names=names)
    source_id = f"{slug(author).split('-')[0]}-{year}"
    lines = [
        f"# Draft passages of {file.name}: review every quotation against the essay.",
        "# Add the [[source]] entry to corpus/manifest.toml (fill in `context`), register new",
        "# speakers/works, copy the text to corpus/sources/, then run `lectern corpus build`.",
        "",
        "[[source]]",
        f"id = {_toml_value(source_id)}",
        f"file = {_toml_value(f'corpus/sources/{source_id}-{slug(title)[:40]}.txt')}",
        f"title = {_toml_value(title)}",
        f"author = {_toml_value(author)}",
        f"author_speaker = {_toml_value(author_id)}",
        f"year = {year}",
        'context = ""',
        "",
    ]
    quotations = [d for d in drafts if d.kind == "quotation"]
    lines.append(f"# {len(quotations)} quotations, {len(drafts) - len(quotations)} commentary")
    for draft in drafts:
        line = text.count("\n", 0, draft.start) + 1
        lines += ["", "[[passage]]", f"kind = {_toml_value(draft.kind)}", f"line = {line}"]
        lines.append(f"speaker = {_toml_value(draft.speaker or '?')}")
        for name in ("work", "date", "page", "via", "attributed_by"):
            value = getattr(draft, name)
            if value is not None:
                lines.append(f"{name} = {_toml_value(value)}")
        lines += [f"start = {draft.start}", f"end = {draft.end}"]
        lines.append(f"text = {_toml_value(draft.text)}")
    target = output or file.with_name(file.name + ".passages.toml")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target
