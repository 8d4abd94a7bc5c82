"""Which passages a scope (a guild, a channel) has seen in its current selection cycle."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.storage import Database


@dataclass(frozen=True, slots=True)
class CycleState:
    cycle: int
    shown: frozenset[str]
    last: str | None  # the most recently shown passage id, across cycles


class SelectionStore:
    def __init__(self, database: Database) -> None:
        self.database = database

    async def state(self, scope: str) -> CycleState:
        rows = await self.database.fetch_all(
            "SELECT cycle, passage_id FROM selection_history WHERE scope = ?"
            " ORDER BY cycle DESC, shown_at DESC",
            (scope,),
        )
        if not rows:
            return CycleState(cycle=0, shown=frozenset(), last=None)
        cycle = int(rows[0][0])
        shown = frozenset(str(row[1]) for row in rows if int(row[0]) == cycle)
        return CycleState(cycle=cycle, shown=shown, last=str(rows[0][1]))

    async def record(self, scope: str, cycle: int, passage_id: str, at: datetime) -> None:
        async with self.database.transaction() as conn:
            await conn.execute(
                "INSERT INTO selection_history (scope, cycle, passage_id, shown_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (scope, cycle, passage_id, at.isoformat()),
            )
