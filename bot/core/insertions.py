"""Whose words an insertion is: the essay author's bracketed note inside someone's quotation
("[This is especially important ... – CR]"), or whoever else the corpus records as its author.
Verify, citations and search highlights name them, never the quoted speaker."""

from __future__ import annotations

from bot.core.models import Corpus, Passage


def insertion_owners(corpus: Corpus, passage: Passage) -> tuple[str, ...]:
    """Speaker id of whoever made each of ``passage.insertions``, in order (the essay
    author's when the corpus records no one)."""
    source = corpus.sources.get(passage.source)
    author = source.author_speaker if source else passage.speaker
    return passage.inserted_by or (author,) * len(passage.insertions)


def insertion_owner(corpus: Corpus, passage: Passage, span: tuple[int, int]) -> str | None:
    """Speaker id of whoever made the insertion ``span`` (offsets in ``passage.text``) stands
    wholly inside, or ``None`` when it is not inside one."""
    owners = insertion_owners(corpus, passage)
    for (start, end), owner in zip(passage.insertions, owners, strict=False):
        if start <= span[0] and span[1] <= end:
            return owner
    return None
