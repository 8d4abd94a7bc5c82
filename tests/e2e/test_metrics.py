"""Prometheus metrics of a running bot: what an operator scrapes from /metrics."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.metrics import MetricsServer

pytestmark = pytest.mark.e2e


async def scrape(port: int) -> dict[str, float]:
    """Every sample of /metrics, keyed by name and labels as Prometheus prints them."""
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}/metrics") as response,
    ):
        assert response.status == 200
        assert response.content_type == "text/plain"
        text = await response.text()
    samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            labels = ",".join(f'{k}="{v}"' for k, v in sorted(sample.labels.items()))
            samples[f"{sample.name}{{{labels}}}" if labels else sample.name] = sample.value
    return samples


async def test_metrics_report_shards_guilds_interactions_and_events(fake_discord, lectern):
    server = MetricsServer("127.0.0.1", 0, lectern.metrics, refresh=0.05)
    server.start()
    try:
        before = await scrape(server.port)
        reply = await fake_discord.slash("quote", "random")
        assert (await reply.message())["embeds"]
        async with asyncio.timeout(5):  # the shown event is batched, then written
            while lectern.events.committed == 0:
                await lectern.events.flush()
                await asyncio.sleep(0.05)
        async with asyncio.timeout(5):  # /metrics shows it from its next refresh
            after = await scrape(server.port)
            while after.get("lectern_events_written", 0) < 1:
                await asyncio.sleep(0.05)
                after = await scrape(server.port)
    finally:
        await server.stop()
    assert after["lectern_shards"] == 1
    assert after["lectern_shards_connected"] == 1
    assert after["lectern_guilds"] == 1
    ok = 'lectern_interactions_total{outcome="ok"}'
    assert after[ok] == before.get(ok, 0) + 1
    assert (
        after["lectern_interaction_seconds_count"]
        == before.get("lectern_interaction_seconds_count", 0) + 1
    )
    assert after["lectern_events_written"] >= 1
    assert after["lectern_events_queued"] == 0
    assert 'lectern_gateway_latency_seconds{shard="0"}' in after
