"""``lectern corpus ingest``: a new essay -> a reviewable file of draft passages.

The file is TOML: first the ``[[source]]`` entry to add to ``manifest.toml``, then one
``[[passage]]`` per draft with how it was attributed, so a maintainer can check each
quotation against the essay and write ``overrides.toml`` entries where the extractor erred.
Speakers and works are resolved through the corpus registries; a quotation whose speaker
could not be found says ``speaker = "?"``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import replace
from pathlib import Path

from bot.core.corpus import CorpusError, read_registries
from bot.core.extract.essay import extract_essay
from bot.core.extract.ids import assign_ids, passage_key
from bot.core.extract.marked import MarkedText
from bot.core.extract.names import Names
from bot.core.extract.reading import Proposal, propose_passages
from bot.core.extract.reading.doubts import NAMED_ONLY
from bot.core.extract.reading.spans import _QuotationSpans
from bot.core.provenance import source_slice


def slug(text: str) -> str:
    """A registry id made from a name: lower case, words joined by dashes."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())) or "source"


def entry_slug(name: str) -> str:
    """The id part a proposed speaker or work gets from its name: its words, or, for a name
    written without Latin letters or digits, a short hash of it (two such names never share
    an id)."""
    if re.search(r"[a-z0-9]", name.lower()):
        return slug(name)[:40]
    digest = hashlib.sha256(name.strip().encode("utf-8")).digest()
    return "n" + base64.b32encode(digest).decode("ascii").lower()[:7]


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


def registered_work(names: Names, title: str) -> str | None:
    folded = title.casefold().strip()
    for work in names.works.values():
        if folded in (work.title.casefold(), *(a.casefold() for a in work.aliases)):
            return work.id
    return None


def registered_speaker(names: Names, name: str) -> str | None:
    found = names.speaker_named(name)
    if found is not None:
        return found
    folded = name.casefold()
    for speaker in names.speakers.values():
        if folded in (speaker.name.casefold(), *(a.casefold() for a in speaker.aliases)):
            return speaker.id
    return None


def _on_plain(marks: MarkedText, proposal: Proposal) -> Proposal:
    """A passage found in the marked text as a passage of the plain text: its offsets mapped
    (marks at its edges left out), its text the plain slice, its insertions found in it."""
    start = marks.to_plain(proposal.start, leaning="out")
    end = max(start, marks.to_plain(proposal.end, leaning="in"))
    removed = []
    for a, b in proposal.removed:
        left_out = (
            max(start, marks.to_plain(a, leaning="in")),
            min(end, marks.to_plain(b, leaning="out")),
        )
        if left_out[1] > left_out[0]:
            removed.append(left_out)
    text = source_slice(marks.plain, start, end, removed)
    insertions = _QuotationSpans._insertions(text) if proposal.kind == "quotation" else []
    return replace(
        proposal,
        start=start,
        end=end,
        text=text,
        removed=removed,
        insertions=insertions,
        speaker_name=_unmarked(proposal.speaker_name),
        work_title=_unmarked(proposal.work_title),
        via_name=_unmarked(proposal.via_name),
    )


def _unmarked(name: str | None) -> str | None:
    """A name read off the marked text as the reader sees it: "The *Courier*’s reviewer" is
    The Courier’s reviewer."""
    return re.sub(r"\*(?=\S)([^*\n]+?)(?<=\S)\*", r"\1", name) if name else name


def propose_reading(
    text: str,
    *,
    corpus_dir: Path,
    file_name: str,
    title: str,
    author: str,
    year: int | None,
    budget_seconds: float = 30.0,
    marks: MarkedText | None = None,
) -> list[dict[str, object]]:
    """The proposed passages of a reading as export records (``lectern ingest --json``),
    with the registries of the corpus in ``corpus_dir`` (see :func:`propose_records`)."""
    problems: list[str] = []
    _sources, speakers, works, _topics = read_registries(corpus_dir, problems)
    if problems:
        raise CorpusError(problems)
    return propose_records(
        text,
        Names(speakers, works),
        file_name=file_name,
        title=title,
        author=author,
        year=year,
        budget_seconds=budget_seconds,
        marks=marks,
    )


def propose_records(
    text: str,
    names: Names,
    *,
    file_name: str,
    title: str,
    author: str,
    year: int | None,
    namespace: str | None = None,
    budget_seconds: float = 30.0,
    marks: MarkedText | None = None,
) -> list[dict[str, object]]:
    """The proposed passages of a reading as export records, names matched with ``names``.

    Each record has the fields of ``lectern corpus export`` plus ``speaker_name``,
    ``work_title`` and ``via_name`` as the text writes them, ``removed`` (source spans left
    out of the text), and ``new_speaker`` / ``new_work`` (a proposed registry entry) when they
    are not registered yet. ``namespace`` (a server's reading: its id) is then the source id
    and the prefix of every passage id and of every proposed entry's id, so they never collide
    with the registries' or another reading's. ``marks`` (``Reading.marks``: a Markdown
    file's italics, block quotations and notes) is what the extractor reads instead of
    ``text``; what it finds is mapped back onto ``text``, the plain form stored. Pure: nothing
    is read or written.
    """

    def new_id(name: str) -> str:
        return f"{namespace}-{entry_slug(name)}" if namespace else entry_slug(name)

    author_id = registered_speaker(names, author) or new_id(author)
    default_id = f"{slug(author).split('-')[0]}-{year}" if year else slug(title)[:24]
    source_id = namespace or default_id
    prefix = namespace or source_id[0]
    if marks is not None:
        if marks.plain != text:
            raise ValueError("marks must be the marked form of text")
        found = propose_passages(marks.marked, author=author, budget_seconds=budget_seconds)
        proposals = [_on_plain(marks, proposal) for proposal in found]
    else:
        proposals = propose_passages(text, author=author, budget_seconds=budget_seconds)
    keys = []
    occurrences: dict[str, int] = {}
    for proposal in proposals:
        base = passage_key(source_id, proposal.kind, proposal.text)
        occurrences[base] = occurrences.get(base, -1) + 1
        keys.append(
            (prefix, passage_key(source_id, proposal.kind, proposal.text, occurrences[base]))
        )
    ids = assign_ids(keys)
    records: list[dict[str, object]] = []
    for passage_id, proposal in zip(ids, proposals, strict=True):
        speaker_id: str | None = author_id if proposal.kind != "quotation" else None
        new_speaker = new_work = None
        doubt = proposal.doubt if proposal.kind == "quotation" else None
        if proposal.kind == "quotation" and proposal.speaker_name:
            registered = (
                None if proposal.unnamed else registered_speaker(names, proposal.speaker_name)
            )
            speaker_id = registered or new_id(proposal.speaker_name)
            if registered and doubt and doubt.startswith(NAMED_ONLY):
                doubt = None  # "Stalin": the registry knows whom the text means
            if registered is None:
                new_speaker = {
                    "id": speaker_id,
                    "name": proposal.speaker_name,
                    "unnamed": proposal.unnamed,
                }
        work_id = None
        if proposal.work_title:
            work_id = registered_work(names, proposal.work_title)
            if work_id is None:
                work_id = new_id(proposal.work_title)
                new_work = {"id": work_id, "title": proposal.work_title, "author": speaker_id}
        via_id = None
        if proposal.via_name:
            via_id = registered_speaker(names, proposal.via_name) or new_id(proposal.via_name)
        owner = author_id
        records.append(
            {
                "id": passage_id,
                "kind": proposal.kind,
                "speaker": speaker_id,
                "work": work_id,
                "date": proposal.date,
                "page": proposal.page,
                "via": via_id,
                "topics": [],
                "text": proposal.text,
                "source": source_id,
                "source_file": file_name,
                "start": proposal.start,
                "end": proposal.end,
                "insertions": [{"start": a, "end": b, "by": owner} for a, b in proposal.insertions],
                "sic": [],
                "note": None,
                "speaker_name": proposal.speaker_name,
                "work_title": proposal.work_title,
                "via_name": proposal.via_name,
                "attributed_by": proposal.attributed_by,
                "doubt": doubt,
                "removed": [[a, b] for a, b in proposal.removed],
                "line": text.count("\n", 0, proposal.start) + 1,
                **({"new_speaker": new_speaker} if new_speaker else {}),
                **({"new_work": new_work} if new_work else {}),
            }
        )
    return records
