"""Prometheus metrics of one bot process (off unless ``LECTERN_METRICS_PORT`` is set).

The official client serves ``/metrics`` from its own thread; the gauges are refreshed from
the event loop every few seconds (never read across threads from discord.py's state), and
interactions are counted as they finish. Each process of a cluster serves its own port and
labels nothing by process: Prometheus adds the target's ``instance`` label.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from wsgiref.simple_server import WSGIServer

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    start_http_server,
)

log = logging.getLogger(__name__)

REFRESH_SECONDS = 5.0

REGISTRY = CollectorRegistry(auto_describe=True)
SHARDS_CONNECTED = Gauge(
    "lectern_shards_connected",
    "Gateway shards of this process that are connected",
    registry=REGISTRY,
)
SHARDS_RUN = Gauge("lectern_shards", "Gateway shards this process runs", registry=REGISTRY)
GUILDS = Gauge("lectern_guilds", "Servers on this process's shards", registry=REGISTRY)
LATENCY = Gauge(
    "lectern_gateway_latency_seconds",
    "Heartbeat round trip of each shard",
    ["shard"],
    registry=REGISTRY,
)
INTERACTIONS = Counter(
    "lectern_interactions",
    "Slash commands, buttons and autocompletes answered, by outcome",
    ["outcome"],
    registry=REGISTRY,
)
INTERACTION_SECONDS = Histogram(
    "lectern_interaction_seconds",
    "From receiving an interaction to answering it",
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0),
    registry=REGISTRY,
)
EVENTS_QUEUED = Gauge(
    "lectern_events_queued", "Discussion events waiting in memory to be written", registry=REGISTRY
)
EVENTS_WRITTEN = Gauge(
    "lectern_events_written",
    "Discussion events this process has committed since it started",
    registry=REGISTRY,
)


def interaction_finished(outcome: str, latency_ms: float) -> None:
    INTERACTIONS.labels(outcome=outcome).inc()
    INTERACTION_SECONDS.observe(latency_ms / 1000)


@dataclass(frozen=True)
class Snapshot:
    """What the bot reports at one refresh (read on the event loop)."""

    shards: int
    connected: int
    guilds: int
    latencies: list[tuple[int, float]]
    events_queued: int
    events_written: int


def publish(snapshot: Snapshot) -> None:
    SHARDS_RUN.set(snapshot.shards)
    SHARDS_CONNECTED.set(snapshot.connected)
    GUILDS.set(snapshot.guilds)
    for shard_id, seconds in snapshot.latencies:
        if seconds == seconds and seconds != float("inf"):  # NaN/inf before the first beat
            LATENCY.labels(shard=str(shard_id)).set(seconds)
    EVENTS_QUEUED.set(snapshot.events_queued)
    EVENTS_WRITTEN.set(snapshot.events_written)


class MetricsServer:
    """``/metrics`` on ``host:port`` plus the refresh task; ``stop()`` ends both."""

    def __init__(
        self,
        host: str,
        port: int,
        snapshot: Callable[[], Snapshot],
        *,
        refresh: float = REFRESH_SECONDS,
    ) -> None:
        self.host = host
        self.port = port
        self._snapshot = snapshot
        self.refresh = refresh
        self._server: WSGIServer | None = None
        self._thread: threading.Thread | None = None
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._server, self._thread = start_http_server(self.port, self.host, registry=REGISTRY)
        self.port = self._server.server_port  # the real one when 0 was asked
        self._task = asyncio.get_running_loop().create_task(self._refresh(), name="metrics")
        log.info("metrics on http://%s:%d/metrics", self.host, self.port)

    async def _refresh(self) -> None:
        while True:
            try:
                publish(self._snapshot())
            except Exception:
                log.exception("refreshing the metrics failed")
            await asyncio.sleep(self.refresh)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._server is not None:
            await asyncio.to_thread(self._server.shutdown)
            self._server.server_close()
