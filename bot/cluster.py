"""Which servers this process serves when several processes share the shards (a cluster).

Discord puts a server on shard ``(guild_id >> 22) % shard_count``. A process started with
``--shards 0-3 --shard-count 8`` serves the servers of those four shards only: it posts
their daily passages (the claim in the database still decides a race), keeps only their
passage links in memory, and coordinates IDENTIFY with the other processes through the
database (``Database.identify_slot``, one slot per ``shard_id % max_concurrency`` bucket).
"""

from __future__ import annotations

from dataclasses import dataclass

# Discord accepts one IDENTIFY per rate-limit bucket every 5 seconds; a little margin.
IDENTIFY_SPACING = 5.5


def shard_of(guild_id: int, shard_count: int) -> int:
    """The shard Discord sends a server's events to."""
    return (guild_id >> 22) % shard_count


def identify_bucket(shard_id: int, max_concurrency: int) -> int:
    return shard_id % max(max_concurrency, 1)


@dataclass(frozen=True, slots=True)
class ShardSet:
    """The shards of this process; ``shard_ids=None`` means every shard (one process)."""

    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None

    def owns(self, guild_id: int) -> bool:
        if self.shard_ids is None or self.shard_count is None:
            return True
        return shard_of(guild_id, self.shard_count) in self.shard_ids

    def describe(self) -> str:
        if self.shard_ids is None:
            return "every shard"
        return f"shards {', '.join(map(str, self.shard_ids))} of {self.shard_count}"
