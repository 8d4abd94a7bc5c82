"""Load: 200 interactions dispatched at once to a real ``lectern run`` process.

The bot runs as its own process (``python -m bot run``, the shipped corpus, a scratch
database) against the fake Discord on 127.0.0.1; 200 members each send one interaction at
the same moment, across commands (search, random, show, source, verify, compare speakers,
help, about, autocomplete). Reported: the latency of each acknowledgement (the interaction
callback reaching Discord; Discord requires it within 3 s), the time until the member sees
the final answer (after a defer), and the bot process's resident memory.

    python -m benchmarks.discord_load [--interactions 200]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bot.core.corpus import load_corpus
from bot.devtools.fakediscord import FakeDiscord
from bot.devtools.fakediscord.server import TOKEN
from bot.settings import DEFAULT_CORPUS_DIR


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def workload(count: int) -> list[tuple[str, str | None, dict[str, str], str | None]]:
    corpus = load_corpus(DEFAULT_CORPUS_DIR)
    speakers = [s for s, _ in Counter(p.speaker for p in corpus.passages).most_common(2)]
    names = ", ".join(corpus.speaker_name(s) for s in speakers)
    passages = corpus.passages
    quoted = next(p for p in passages if p.kind == "quotation" and len(p.text) > 80)
    kinds = [
        ("quote", "search", {"query": "bureaucracy in the party"}, None),
        ("quote", "random", {}, None),
        ("quote", "show", {"id": passages[7].id}, None),
        ("source", None, {"id": passages[11].id}, None),
        ("verify", None, {"text": f"\u201c{quoted.text[:80]}\u201d"}, None),
        ("compare", "speakers", {"query": "bureaucracy", "speakers": names}, None),
        ("help", None, {}, None),
        ("about", None, {}, None),
        ("quote", "search", {"query": "bureauc"}, "query"),
    ]
    return [kinds[i % len(kinds)] for i in range(count)]


async def run(count: int) -> None:
    fake = FakeDiscord()
    await fake.start()
    with tempfile.TemporaryDirectory() as scratch:
        env = {
            **os.environ,
            "DISCORD_TOKEN": TOKEN,
            "LECTERN_DISCORD_API_BASE": fake.api_base,
            "LECTERN_DATABASE": str(Path(scratch) / "lectern.db"),
            "LECTERN_LOG_LEVEL": "WARNING",
        }
        bot = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=env, cwd=scratch
        )
        try:
            await fake.wait_until_ready(60)
            await asyncio.sleep(1.0)  # let the cogs finish starting
            await fake.slash("help")  # warm up
            rss_before = rss_mib(bot.pid)
            users = [fake.add_member(f"reader{i}") for i in range(count)]

            async def one(user: int, job: tuple[str, str | None, dict[str, str], str | None]):
                name, sub, options, focused = job
                if focused is not None:
                    reply = await fake.autocomplete_reply(
                        name, sub, options=options, focused=focused, user=user, timeout=30
                    )
                    return f"{name} (autocomplete)", reply.ack_seconds, reply.ack_seconds
                reply = await fake.slash(name, sub, options=options, user=user, timeout=30)
                shown = await reply.message(timeout=30)
                final = max(
                    (r.at for r in fake.requests if r.message_id == int(shown["id"])),
                    default=reply.acked_at,
                )
                return name, reply.ack_seconds, final - reply.dispatched_at

            started = time.perf_counter()
            results = await asyncio.gather(
                *(one(u, j) for u, j in zip(users, workload(count), strict=True))
            )
            wall = time.perf_counter() - started
            rss_after = rss_mib(bot.pid)
        finally:
            bot.terminate()
            await bot.wait()
    await fake.stop()

    acks = [ack * 1000 for _, ack, _ in results]
    done = [total * 1000 for _, _, total in results]
    print(f"{count} interactions dispatched at once, answered in {wall:.2f} s")
    print(
        f"acknowledgement latency: p50 {statistics.median(acks):.0f} ms, "
        f"p99 {percentile(acks, 0.99):.0f} ms, max {max(acks):.0f} ms "
        f"({sum(a <= 3000 for a in acks)}/{count} within 3 s)"
    )
    print(
        f"until the final answer:  p50 {statistics.median(done):.0f} ms, "
        f"p99 {percentile(done, 0.99):.0f} ms"
    )
    per_command: dict[str, list[float]] = {}
    for name, ack, _ in results:
        per_command.setdefault(name, []).append(ack * 1000)
    for name, values in sorted(per_command.items()):
        print(f"  /{name}: ack p50 {statistics.median(values):.0f} ms over {len(values)}")
    print(f"bot RSS: {rss_before:.0f} MiB before, {rss_after:.0f} MiB after the burst")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interactions", type=int, default=200)
    args = parser.parse_args()
    asyncio.run(run(args.interactions))


if __name__ == "__main__":
    main()
