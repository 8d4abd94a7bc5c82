"""What every benchmark measures the same way: a process's resident memory and the p50/p99 of
timed samples. Standard library only, so importing it adds nothing to the memory it reports."""

from __future__ import annotations

import statistics
from collections.abc import Sequence


def rss_mb() -> float:
    """This process's resident memory (VmRSS) in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def percentiles(samples: Sequence[float]) -> tuple[float, float]:
    """The median and the nearest-rank 99th percentile of samples in seconds, in ms."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p99 * 1000
