"""Plain JSON-ready records of passages, shared by ``lectern corpus export`` and the search CLI."""

from __future__ import annotations

from typing import Any

from bot.core.insertions import insertion_owners
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
        # Words inside the text that are not the speaker's, and whose they are.
        "insertions": [
            {"start": a, "end": b, "by": owner}
            for (a, b), owner in zip(
                passage.insertions, insertion_owners(corpus, passage), strict=False
            )
        ],
        "sic": [{"start": a, "end": b, "meant": meant} for a, b, meant in passage.sic],
        "note": passage.note,
    }
