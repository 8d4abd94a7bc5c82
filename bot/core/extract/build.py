"""``lectern corpus build``: sources + registries + reviewed overrides -> ``passages.json``.

Steps: extract every source (``essay.extract_essay``), apply ``overrides.toml``, give ids
(``ids.assign_ids``, keeping the ids of the previous ``passages.json``), tag topics, and
serialise deterministically (same inputs, same bytes).

``overrides.toml`` holds corrections a reviewer made where the essay's wording defeats the
extractor. Each entry names its passage by ``id`` or by ``source`` + ``opening`` (the first
words of the passage text) and gives a ``reason``:

- ``[[fix]]``: set ``speaker``, ``work``, ``date``, ``page``, ``via``, ``kind`` or ``note`` (a
  short note shown with the passage); ``clear`` lists fields to empty.
- ``[[join]]``: ``opening`` .. ``last`` (opening words of the last piece): one quotation the
  essay broke with a stray closing mark, made one passage again.
- ``[[drop]]``: not a passage (e.g. quoted words no one said).
- ``[[nested]]``: a quotation inside the quotation ``within`` (its opening words), whose
  ``text`` (verbatim, without its quote marks) is someone else's words: a passage of its
  own, attributed to ``speaker`` (optionally ``work``, ``date``, ``page``; else the quoting
  passage's work and page, where the words stand) with the quoting passage's speaker as
  ``via``. The quoting passage keeps its text whole. ``narration`` lists words inside
  ``text`` that are the quoting speaker's ("‘Well,’ he said, ‘as to a line …"): recorded as
  their insertions.
- ``[[sic]]``: in the passage ``opening``, the source's scanning error ``text`` (kept
  verbatim) stands for ``meant``; shown with a "[sic]" mark, and verify accepts ``meant``.

After the overrides, a phrase quoted in the essay's own sentence with no citation of its own
("the “absolutely essential” fight") takes the attribution of the most specific passage where
those words first stand: Lenin's words inside Stalin's article stay Lenin's, via Stalin.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.core.corpus import (
    PASSAGES,
    CorpusError,
    read_passages,
    read_registries,
    read_source_texts,
)
from bot.core.extract.essay import Draft, extract_essay
from bot.core.extract.ids import assign_ids, key_kind, passage_key
from bot.core.extract.names import Names
from bot.core.models import PASSAGE_SCHEMA, Passage, Source, Topic

OVERRIDES = "overrides.toml"
_FIXABLE = ("speaker", "work", "date", "page", "via", "kind", "note")
_KINDS = ("quotation", "commentary", "heading", "front-matter")


@dataclass
class BuildReport:
    """What a build did, for the operator."""

    passages: int = 0
    quotations: int = 0
    overrides_applied: int = 0
    kinds: dict[str, int] = field(default_factory=dict)  # passages of each kind


def _words(text: str) -> str:
    return " ".join(re.sub(r"[“”‘’\"']", "", text).split())


def _find(
    drafts: list[Draft], source: str, opening: str, where: str, by_source: dict[int, str]
) -> int:
    wanted = _words(opening)
    matches = [
        n
        for n, d in enumerate(drafts)
        if by_source[n] == source and d.kind == "quotation" and _words(d.text).startswith(wanted)
    ]
    if not matches:
        matches = [
            n
            for n, d in enumerate(drafts)
            if by_source[n] == source and _words(d.text).startswith(wanted)
        ]
    if len(matches) != 1:
        raise CorpusError([f"{where}: opening {opening!r} matches {len(matches)} passages"])
    return matches[0]


def _join(joined: Draft, pieces: list[Draft], source_text: str) -> None:
    """Make ``pieces`` part of ``joined``, keeping the source's words between them verbatim."""
    for piece in pieces:
        between = source_text[joined.end : piece.start]
        shift = len(joined.text) + len(between)
        joined.insertions += [(a + shift, b + shift) for a, b in piece.insertions]
        joined.inserted_by += piece.inserted_by
        joined.sic += [(a + shift, b + shift, meant) for a, b, meant in piece.sic]
        joined.text = f"{joined.text}{between}{piece.text}"
        joined.removed += piece.removed
        joined.end = piece.end


def apply_overrides(
    drafts: list[Draft],
    sources: list[str],
    overrides: dict[str, Any],
    path: Path,
    texts: dict[str, str],
) -> int:
    """Apply reviewed corrections in place; returns how many passages they changed."""
    by_source = dict(enumerate(sources))
    changed = 0
    drop: set[int] = set()
    for n, entry in enumerate(overrides.get("join", []), 1):
        where = f"{path}: join #{n}"
        first = _find(drafts, entry["source"], entry["opening"], where, by_source)
        last = _find(drafts, entry["source"], entry["last"], where, by_source)
        pieces = list(range(first + 1, last + 1))
        pieces = [i for i in pieces if drafts[i].kind == "quotation"]
        _join(drafts[first], [drafts[i] for i in pieces], texts[entry["source"]])
        drop.update(pieces)
        changed += 1
    for n, entry in enumerate(overrides.get("fix", []), 1):
        where = f"{path}: fix #{n}"
        target = _find(drafts, entry["source"], entry["opening"], where, by_source)
        draft = drafts[target]
        if entry.get("kind", draft.kind) not in _KINDS:
            raise CorpusError([f"{where}: kind must be one of {', '.join(_KINDS)}"])
        for name in _FIXABLE:
            if name in entry:
                setattr(draft, name, entry[name])
        for name in entry.get("clear", []):
            if name not in _FIXABLE or name == "kind" or name == "speaker":
                raise CorpusError([f"{where}: cannot clear {name}"])
            setattr(draft, name, None)
        changed += 1
    for n, entry in enumerate(overrides.get("drop", []), 1):
        drop.add(_find(drafts, entry["source"], entry["opening"], f"{path}: drop #{n}", by_source))
        changed += 1
    for index in sorted(drop, reverse=True):
        del drafts[index]
        del sources[index]
    inner: list[tuple[int, Draft]] = []
    for n, entry in enumerate(overrides.get("nested", []), 1):
        where = f"{path}: nested #{n}"
        outer = _find(
            drafts, entry["source"], entry["within"], where, by_source=dict(enumerate(sources))
        )
        inner.append((outer, _nested(drafts[outer], entry, texts[entry["source"]], where)))
        changed += 1
    for outer, draft in sorted(inner, key=lambda item: (item[0], item[1].start), reverse=True):
        drafts.insert(outer + 1, draft)
        sources.insert(outer + 1, sources[outer])
    for n, entry in enumerate(overrides.get("sic", []), 1):
        where = f"{path}: sic #{n}"
        owners = dict(enumerate(sources))
        draft = drafts[_find(drafts, entry["source"], entry["opening"], where, owners)]
        at = draft.text.find(entry["text"])
        if at < 0 or draft.text.find(entry["text"], at + 1) >= 0 or not entry.get("meant"):
            raise CorpusError([f"{where}: text {entry['text']!r} must stand once, with `meant`"])
        draft.sic = sorted([*draft.sic, (at, at + len(entry["text"]), entry["meant"])])
        changed += 1
    return changed


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[“”‘’\"']", " ", text).casefold().split()).rstrip(" .,;:")


def resolve_echoes(drafts: list[Draft], sources: list[str]) -> None:
    """A phrase quoted in the essay's own sentence with no citation of its own takes the
    attribution of the most specific passage where the words first stand, when that passage
    is the named speaker's or relayed by them ("the “absolutely essential” fight" Stalin urged
    is Lenin's words in Stalin's article)."""
    commentary = [
        (sources[n], d.start, d.end) for n, d in enumerate(drafts) if d.kind == "commentary"
    ]
    for n, draft in enumerate(drafts):
        in_sentence = any(
            s == sources[n] and a <= draft.start and draft.end <= b for s, a, b in commentary
        )
        if draft.kind != "quotation" or draft.attributed_by != "context" or not in_sentence:
            continue
        phrase = _fold(draft.text)
        earlier = [
            d
            for m, d in enumerate(drafts)
            if sources[m] == sources[n]
            and d.kind == "quotation"
            and d.end <= draft.start
            and phrase in _fold(d.text)
        ]
        if not earlier:
            continue
        first = min(earlier, key=lambda d: (d.start, len(d.text)))
        home = min(
            (d for d in earlier if first.start <= d.start and d.end <= first.end),
            key=lambda d: len(d.text),
        )
        if draft.speaker not in (home.speaker, home.via):
            continue
        draft.speaker, draft.via = home.speaker, home.via
        draft.work, draft.date, draft.page = home.work, home.date, home.page
        draft.attributed_by = "echo"


def _nested(outer: Draft, entry: dict[str, Any], source_text: str, where: str) -> Draft:
    """The quotation inside ``outer`` that ``entry`` names, as a passage of its own."""
    text = entry["text"]
    start = source_text.find(text, outer.start, outer.end)
    if start < 0 or source_text.find(text, start + 1, outer.end) >= 0:
        raise CorpusError([f"{where}: text {text[:40]!r} must stand once in its quotation"])
    narration = []
    for words in entry.get("narration", []):
        at = text.find(words)
        if at < 0:
            raise CorpusError([f"{where}: narration {words!r} is not in its text"])
        narration.append((at, at + len(words)))
    return Draft(
        kind="quotation",
        speaker=entry["speaker"],
        text=text,
        start=start,
        end=start + len(text),
        # Without a work of its own, the words stand in the quoting passage's work and page.
        work=entry.get("work", outer.work),
        date=entry.get("date"),
        page=entry.get("page", None if "work" in entry else outer.page),
        via=outer.speaker,
        attributed_by="nested",
        insertions=narration,
        inserted_by=[outer.speaker or ""] * len(narration),
    )


_WORD_CHARS = r"[\w’'-]"


def tag_topics(text: str, topics: list[Topic]) -> tuple[str, ...]:
    """Topics whose keywords occur in ``text`` (whole words, any case)."""
    tagged = []
    for topic in topics:
        for keyword in topic.keywords:
            pattern = rf"(?<!{_WORD_CHARS}){re.escape(keyword)}(?!{_WORD_CHARS})"
            if re.search(pattern, text, re.IGNORECASE):
                tagged.append(topic.id)
                break
    return tuple(tagged)


def _prefix(source: Source) -> str:
    return source.id[0]


def build_passages(corpus_dir: Path) -> tuple[list[Passage], BuildReport]:
    """Extract, correct, identify and tag every passage of the corpus in ``corpus_dir``."""
    problems: list[str] = []
    sources, speakers, works, topics = read_registries(corpus_dir, problems)
    texts = read_source_texts(corpus_dir, sources, problems)
    if problems:
        raise CorpusError(problems)
    names = Names(speakers, works)
    drafts: list[Draft] = []
    owners: list[str] = []
    for source in sources:
        found = extract_essay(
            texts[source.id],
            title=source.title,
            author_speaker=source.author_speaker,
            names=names,
            insertion_mark=source.editor_mark or "\x00",
            editor=source.editor,
        )
        drafts += found
        owners += [source.id] * len(found)
    overrides_path = corpus_dir / OVERRIDES
    overrides: dict[str, Any] = {}
    if overrides_path.exists():
        with overrides_path.open("rb") as handle:
            overrides = tomllib.load(handle)
    report = BuildReport()
    report.overrides_applied = apply_overrides(drafts, owners, overrides, overrides_path, texts)
    resolve_echoes(drafts, owners)

    previous_problems: list[str] = []
    previous = read_passages(corpus_dir / PASSAGES, previous_problems)
    seen: Counter[tuple[str, str, str]] = Counter()
    keys = []
    prefixes = {s.id: _prefix(s) for s in sources}
    for owner, draft in zip(owners, drafts, strict=True):
        occurrence = seen[(owner, key_kind(draft.kind), draft.text)]
        seen[(owner, key_kind(draft.kind), draft.text)] += 1
        keys.append((prefixes[owner], passage_key(owner, draft.kind, draft.text, occurrence)))
    old_keys: dict[str, str] = {}
    old_seen: Counter[tuple[str, str, str]] = Counter()
    for passage in previous:
        occurrence = old_seen[(passage.source, key_kind(passage.kind), passage.text)]
        old_seen[(passage.source, key_kind(passage.kind), passage.text)] += 1
        old_keys[passage_key(passage.source, passage.kind, passage.text, occurrence)] = passage.id
    ids = assign_ids(keys, old_keys)

    positions: dict[str, list[str]] = {}
    for topic in topics:
        for passage_ids in topic.positions.values():
            for passage_id in passage_ids:
                positions.setdefault(passage_id, []).append(topic.id)
    passages = []
    problems = []
    for passage_id, owner, draft in zip(ids, owners, drafts, strict=True):
        if draft.speaker is None:
            problems.append(
                f"{corpus_dir / PASSAGES}: passage {passage_id} ({draft.text[:40]!r}): "
                f"no speaker found; add a [[fix]] to {OVERRIDES}"
            )
            continue
        tagged = set(tag_topics(draft.text, topics)) | set(positions.get(passage_id, ()))
        passages.append(
            Passage(
                id=passage_id,
                kind=draft.kind,
                source=owner,
                speaker=draft.speaker,
                work=draft.work,
                date=draft.date,
                page=draft.page,
                via=draft.via,
                topics=tuple(t.id for t in topics if t.id in tagged),
                text=draft.text,
                start=draft.start,
                end=draft.end,
                attribution=draft.attributed_by,
                removed=tuple(sorted(draft.removed)),
                insertions=tuple(draft.insertions),
                inserted_by=tuple(draft.inserted_by),
                sic=tuple(draft.sic),
                note=draft.note,
            )
        )
    if problems:
        raise CorpusError(problems)
    report.passages = len(passages)
    report.quotations = sum(p.kind == "quotation" for p in passages)
    report.kinds = dict(Counter(p.kind for p in passages))
    return passages, report


def serialise(passages: list[Passage]) -> str:
    """The bytes of ``passages.json`` (stable key order, one passage per block)."""
    records = [PASSAGE_SCHEMA.dump_python(p, mode="json") for p in passages]
    return json.dumps({"passages": records}, ensure_ascii=False, indent=1) + "\n"
