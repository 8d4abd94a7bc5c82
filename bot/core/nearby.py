"""Near matches for what a member mistyped: the "did you mean" of error messages."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz

from bot.core.normalize import normalize

NEAR_CUTOFF = 80.0


def near_matches(typed: str, candidates: Iterable[str], limit: int = 3) -> list[str]:
    """The candidates closest to ``typed``, best first: those whose words start with it,
    then fuzzy matches (typos, a missing part such as "london" for Europe/London)."""
    key = normalize(typed)
    if not key:
        return []
    names = list(dict.fromkeys(candidates))
    keys = [normalize(name.replace("/", " ").replace("_", " ")) for name in names]
    starts = [
        name
        for name, k in zip(names, keys, strict=True)
        if any(w.startswith(key) for w in k.split())
    ]
    scored = []
    for name, k in zip(names, keys, strict=True):
        # The whole name, or one word of it ("stalln" is J. V. Stalin, "london" Europe/London).
        score = max(fuzz.WRatio(key, k), *(fuzz.ratio(key, word) for word in k.split()))
        if score >= NEAR_CUTOFF:
            scored.append((-score, len(name), name))
    fuzzy = [name for _, _, name in sorted(scored)]  # ties: the shorter, closer name
    return list(dict.fromkeys([*starts, *fuzzy]))[:limit]


def did_you_mean(typed: str, candidates: Iterable[str], limit: int = 3) -> str:
    """`` Did you mean Europe/London?`` (with a leading space), or "" when nothing is near."""
    found = near_matches(typed, candidates, limit)
    if not found:
        return ""
    if len(found) == 1:
        return f" Did you mean {found[0]}?"
    return f" Did you mean {', '.join(found[:-1])} or {found[-1]}?"
