"""Loading and validating the shipped corpus (``corpus/`` at the repository root).

The corpus folder holds:

- ``manifest.toml``: the sources (``[[source]]``), each with its verbatim text under ``sources/``;
- ``speakers.toml`` and ``works.toml``: the registries, with aliases;
- ``topics.toml``: curated topics and each essay's passages stating its position;
- ``overrides.toml``: reviewed corrections applied by ``lectern corpus build``;
- ``passages.json``: the generated passages (never edited by hand).

Loading does no extraction: it reads and validates these files, so it takes milliseconds. Every
problem is reported as a ``CorpusError`` naming the file and the passage.
"""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from bot.core.models import PASSAGE_SCHEMA, Corpus, Passage, Source, Speaker, Topic, Work
from bot.core.provenance import provenance_form, source_slice
from bot.core.semantic import VECTORS_FILE, use_vectors_file

MANIFEST = "manifest.toml"
SPEAKERS = "speakers.toml"
WORKS = "works.toml"
TOPICS = "topics.toml"
PASSAGES = "passages.json"
_MAX_REPORTED = 25

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")


class CorpusError(Exception):
    """The corpus cannot be used; the message names the file and the passage at fault."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = list(problems)
        shown = self.problems[:_MAX_REPORTED]
        more = len(self.problems) - len(shown)
        lines = [*shown, f"... and {more} more"] if more > 0 else shown
        super().__init__("\n".join(lines))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise CorpusError([f"{path}: file missing"]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise CorpusError([f"{path}: not valid TOML: {error}"]) from None


def _describe(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or 'entry'}: {e['msg']}" for e in error.errors()
    )


def _entries(
    path: Path, data: Mapping[str, Any], table: str, model: type[M], problems: list[str]
) -> list[M]:
    raw = data.get(table, [])
    if not isinstance(raw, list):
        problems.append(f"{path}: [[{table}]] must be a list of tables")
        return []
    return _validated(path, table, raw, model.model_validate, problems)


def _validated(
    path: Path, what: str, raw: list[Any], validate: Callable[[Any], T], problems: list[str]
) -> list[T]:
    """Each item of ``raw`` validated; an invalid one is reported by its id and left out."""
    valid = []
    for n, item in enumerate(raw, 1):
        label = item.get("id", f"#{n}") if isinstance(item, dict) else f"#{n}"
        try:
            valid.append(validate(item))
        except ValidationError as error:
            problems.append(f"{path}: {what} {label}: {_describe(error)}")
    return valid


def read_passages(path: Path, problems: list[str]) -> list[Passage]:
    """The passages of a ``passages.json`` file (schema problems go to ``problems``)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problems.append(f"{path}: file missing (run `lectern corpus build`)")
        return []
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        problems.append(f"{path}: not valid JSON: {error}")
        return []
    raw = data.get("passages") if isinstance(data, dict) else None
    if not isinstance(raw, list):
        problems.append(f'{path}: expected an object with a "passages" list')
        return []
    return _validated(path, "passage", raw, PASSAGE_SCHEMA.validate_python, problems)


def _unique(path: Path, what: str, ids: Iterable[str], problems: list[str]) -> None:
    for value, count in Counter(ids).items():
        if count > 1:
            problems.append(f"{path}: {what} {value}: id used {count} times")


def validate(corpus: Corpus, corpus_dir: Path) -> list[str]:
    """Every consistency and provenance problem of a loaded corpus, one message each."""
    problems: list[str] = []
    passages_file = corpus_dir / PASSAGES
    _unique(passages_file, "passage", (p.id for p in corpus.passages), problems)
    for work in corpus.works.values():
        if work.author is not None and work.author not in corpus.speakers:
            problems.append(f"{corpus_dir / WORKS}: work {work.id}: unknown author {work.author}")
    for source in corpus.sources.values():
        for role, speaker in (("author_speaker", source.author_speaker), ("editor", source.editor)):
            if speaker is not None and speaker not in corpus.speakers:
                problems.append(
                    f"{corpus_dir / MANIFEST}: source {source.id}: "
                    f"{role} {speaker} is not in {SPEAKERS}"
                )
    for passage in corpus.passages:
        _check_passage(corpus, passage, f"{passages_file}: passage {passage.id}", problems)
    _check_topics(corpus, corpus_dir / TOPICS, problems)
    return problems


def _check_passage(corpus: Corpus, passage: Passage, where: str, problems: list[str]) -> None:
    source_text = corpus.source_texts.get(passage.source)
    if source_text is None:
        problems.append(f"{where}: unknown source {passage.source}")
        return
    if passage.speaker not in corpus.speakers:
        problems.append(f"{where}: speaker {passage.speaker} is not in {SPEAKERS}")
    if passage.via is not None and passage.via not in corpus.speakers:
        problems.append(f"{where}: via {passage.via} is not in {SPEAKERS}")
    if passage.work is not None and passage.work not in corpus.works:
        problems.append(f"{where}: work {passage.work} is not in {WORKS}")
    for topic in passage.topics:
        if topic not in corpus.topics:
            problems.append(f"{where}: topic {topic} is not in {TOPICS}")
    if not passage.start <= passage.end <= len(source_text):
        problems.append(f"{where}: start/end {passage.start}:{passage.end} outside the source")
        return
    stands = source_slice(source_text, passage.start, passage.end, passage.removed)
    if provenance_form(stands) != provenance_form(passage.text):
        problems.append(
            f"{where}: text differs from {corpus.sources[passage.source].file}"
            f"[{passage.start}:{passage.end}] (provenance)"
        )
    for a, b in passage.insertions:
        if not 0 <= a < b <= len(passage.text):
            problems.append(f"{where}: insertion {a}:{b} outside the text")
    if passage.inserted_by and len(passage.inserted_by) != len(passage.insertions):
        problems.append(f"{where}: inserted_by must name one speaker per insertion")
    for owner in passage.inserted_by:
        if owner not in corpus.speakers:
            problems.append(f"{where}: inserted_by {owner} is not in {SPEAKERS}")
    for a, b, meant in passage.sic:
        if not 0 <= a < b <= len(passage.text) or not meant.strip():
            problems.append(f"{where}: sic {a}:{b} outside the text or with no spelling meant")


def _check_topics(corpus: Corpus, topics_file: Path, problems: list[str]) -> None:
    for topic in corpus.topics.values():
        for source_id, ids in topic.positions.items():
            if source_id not in corpus.sources:
                problems.append(f"{topics_file}: topic {topic.id}: unknown source {source_id}")
            for passage_id in ids:
                stated = corpus.by_id.get(passage_id)
                if stated is None or stated.source != source_id:
                    problems.append(
                        f"{topics_file}: topic {topic.id}: passage {passage_id} "
                        f"is not a passage of {source_id}"
                    )
                elif stated.kind != "commentary":
                    problems.append(
                        f"{topics_file}: topic {topic.id}: passage {passage_id} is a "
                        f"{stated.kind}, not the essay's own statement"
                    )


def read_registries(
    corpus_dir: Path, problems: list[str]
) -> tuple[list[Source], list[Speaker], list[Work], list[Topic]]:
    """The manifest and registries of a corpus folder (schema problems go to ``problems``)."""
    manifest = corpus_dir / MANIFEST
    sources = _entries(manifest, _read_toml(manifest), "source", Source, problems)
    speakers_file = corpus_dir / SPEAKERS
    speakers = _entries(speakers_file, _read_toml(speakers_file), "speaker", Speaker, problems)
    works_file = corpus_dir / WORKS
    works = _entries(works_file, _read_toml(works_file), "work", Work, problems)
    topics_file = corpus_dir / TOPICS
    topics = (
        _entries(topics_file, _read_toml(topics_file), "topic", Topic, problems)
        if topics_file.exists()
        else []
    )
    _unique(manifest, "source", (s.id for s in sources), problems)
    _unique(speakers_file, "speaker", (s.id for s in speakers), problems)
    _unique(works_file, "work", (w.id for w in works), problems)
    _unique(topics_file, "topic", (t.id for t in topics), problems)
    return sources, speakers, works, topics


def read_source_texts(
    corpus_dir: Path, sources: Iterable[Source], problems: list[str]
) -> dict[str, str]:
    """Each source's verbatim text.

    ``file`` is relative to the repository root, so it starts with the corpus folder's name
    (``corpus/sources/...``); it is looked up inside ``corpus_dir`` whatever that folder is
    called where the bot runs.
    """
    texts = {}
    for source in sources:
        _, *inside = Path(source.file).parts
        path = corpus_dir.joinpath(*inside)
        try:
            texts[source.id] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(
                f"{corpus_dir / MANIFEST}: source {source.id}: cannot read {path}: {error}"
            )
    return texts


def load_corpus(corpus_dir: Path) -> Corpus:
    """Read and validate the corpus in ``corpus_dir``; raise ``CorpusError`` on any problem."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError([f"{corpus_dir}: corpus folder missing"])
    problems: list[str] = []
    sources, speakers, works, topics = read_registries(corpus_dir, problems)
    texts = read_source_texts(corpus_dir, sources, problems)
    passages = read_passages(corpus_dir / PASSAGES, problems)
    if problems:
        raise CorpusError(problems)
    corpus = Corpus(
        sources=sources,
        speakers=speakers,
        works=works,
        topics=topics,
        passages=passages,
        source_texts=texts,
    )
    problems = validate(corpus, corpus_dir)
    if problems:
        raise CorpusError(problems)
    use_vectors_file(corpus_dir / VECTORS_FILE)  # read only if search embeds its passages
    return corpus
