"""DescribeInstanceTraffic / DescribeManagedInstanceTraffic as pure functions: a synthetic series and its summary.

The documented shape (docs/mock-instance-operations.md "Traffic"): one sample every 5 minutes, stamped at the
end of its interval (a window 06:50:36-07:10:36 answers 06:55, 07:00, 07:05, 07:10); a window of at most
24 hours, starting at most 30 days back; values in bps (``unit`` "bps"), totals in bytes (``totalUnit`` "B",
each sample counting for its 300 s); the 95th percentile is the burstable one: sort descending, drop the top 5 %
(``floor(n / 20)`` samples), take the next; ``maxBandwidth95ValueMbps`` is the larger of in95/out95 in Mbps,
two decimals. The documented example reproduces exactly (tests/mockserver/test_ops_traffic.py).

A sample's value is a pure function of (seed, instance id, sample time, what the instance was at that time:
its status and bandwidth), so overlapping windows agree, and so do answers before and after a restart.
Samples after "now" do not exist yet; samples while the instance is not RUNNING (or did not exist) are 0.
"""

from __future__ import annotations

import hashlib
import math
from calendar import timegm
from collections.abc import Callable
from time import strptime
from typing import Any

from zltoolkit.api import ApiError

from .timeutil import fmt

STEP = 300  # seconds between samples
MAX_WINDOW = 24 * 3600
MAX_AGE = 30 * 24 * 3600
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

#: (bandwidth cap in Mbps, or None when the instance carries no traffic at that time) for a sample time.
CapAt = Callable[[float], "int | None"]


def parse_time(value: str | None, field: str) -> float:
    if value is None:
        raise ApiError("MISSING_PARAMETER", f"The parameter `{field}` is required.")
    try:
        return float(timegm(strptime(value, TIME_FORMAT)))
    except (ValueError, OverflowError):
        raise ApiError("INVALID_PARAMETER", f"The parameter `{field}` must be UTC YYYY-MM-DDThh:mm:ssZ.") from None


def window(start_s: str | None, end_s: str | None, now: float) -> tuple[float, float]:
    """The checked window ``(start, end]`` (mock-defined codes: INVALID_PARAMETER naming the field)."""
    start, end = parse_time(start_s, "startTime"), parse_time(end_s, "endTime")
    if end < start:
        raise ApiError("INVALID_PARAMETER", "The parameter `endTime` must not be before `startTime`.")
    if end - start > MAX_WINDOW:
        raise ApiError("INVALID_PARAMETER", "The window from `startTime` to `endTime` must not exceed 24 hours.")
    if start < now - MAX_AGE:
        raise ApiError("INVALID_PARAMETER", "The parameter `startTime` must be within the last 30 days.")
    return start, end


def sample_times(start: float, end: float, now: float) -> list[float]:
    """Sample stamps in ``(start, min(end, now)]``, multiples of STEP."""
    last = min(end, now)
    first = (math.floor(start / STEP) + 1) * STEP
    return [float(t) for t in range(int(first), int(last) + 1, STEP)] if first <= last else []


def _unit(key: bytes, name: str, t: float) -> float:
    h = hashlib.blake2b(f"{name}:{int(t)}".encode(), digest_size=8, key=key)
    return (int.from_bytes(h.digest(), "big") >> 11) / float(1 << 53)


def key_of(seed: int, subject: str) -> bytes:
    return hashlib.blake2b(f"{seed}:{subject}".encode(), digest_size=32).digest()


def sample(key: bytes, t: float, cap_mbps: int) -> tuple[int, int]:
    """(rx, tx) in bps at ``t`` for a line of ``cap_mbps``: a daily wave plus noise, never above the cap."""
    phase = _unit(key, "phase", 0) * 2 * math.pi
    wave = 0.35 + 0.25 * math.sin(2 * math.pi * (t % 86400) / 86400 + phase)
    u = min(0.98, max(0.02, wave + 0.3 * (_unit(key, "tx", t) - 0.5)))
    cap = cap_mbps * 1_000_000
    tx = int(cap * u)
    rx = int(tx * (0.05 + 0.25 * _unit(key, "rx", t)))
    return rx, tx


def _p95(values: list[int]) -> int:
    ordered = sorted(range(len(values)), key=lambda i: (-values[i], i))
    return ordered[min(len(values) // 20, len(values) - 1)]


def series(key: bytes, times: list[float], cap_at: CapAt) -> dict[str, Any]:
    """The DescribeInstanceTraffic answer (without requestId) for ``times``."""
    data = []
    rxs: list[int] = []
    txs: list[int] = []
    for t in times:
        cap = cap_at(t)
        rx, tx = sample(key, t, cap) if cap else (0, 0)
        rxs.append(rx)
        txs.append(tx)
        data.append({"internetRX": rx, "internetTX": tx, "time": fmt(t)})
    return {"dataList": data, **summary(times, rxs, "in"), **summary(times, txs, "out"),
            "maxBandwidth95ValueMbps": _mbps95(rxs, txs), "totalUnit": "B", "unit": "bps"}  # fmt: skip


def summary(times: list[float], values: list[int], side: str) -> dict[str, Any]:
    if not values:  # an empty window: zeros, as the docs' defaults, and no time
        return {f"{side}95": 0, f"{side}95Time": None, f"{side}Avg": 0, f"{side}Max": 0, f"{side}Min": 0,
                f"{side}Total": 0}  # fmt: skip
    i = _p95(values)
    return {
        f"{side}95": values[i],
        f"{side}95Time": fmt(times[i]),
        f"{side}Avg": sum(values) // len(values),
        f"{side}Max": max(values),
        f"{side}Min": min(values),
        f"{side}Total": sum(values) * STEP // 8,
    }


def _mbps95(rxs: list[int], txs: list[int]) -> float:
    if not rxs:
        return 0.0
    return round(max(rxs[_p95(rxs)], txs[_p95(txs)]) / 1_000_000, 2)
