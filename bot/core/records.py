"""Plain JSON-ready records of passages, shared by ``lectern corpus export`` and the search CLI."""

from __future__ import annotations

from typing import Any

from bot.core.models import Corpus, Passage


def passage_record(corpus: Corpus, passage: Passage) -> dict[str, Any]:
    """The exported fields of a passage (ids for speaker, work and via; the source's file)."""
    source = corpus.sources.get(passage.source)
    return {
        "id": passage.id,
        "kind": passage.kind,
        "speaker": passage.speaker,
        "work": passage.work,
        "date": passage.date,
        "page": passage.page,
        "via": passage.via,
        "topics": list(passage.topics),
        "text": passage.text,
        "source": passage.source,
        "source_file": source.file if source else None,
        "start": passage.start,
        "end": passage.end,
    }
