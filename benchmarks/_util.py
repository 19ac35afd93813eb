"""Shared helpers for the benchmarks (and the soak test): interleaved rounds, medians and percentiles, a
signed demo client, and the result table ``python -m benchmarks`` prints.

The servers they measure run as subprocesses through ``tools.launcher`` (``MockProcess``, ``ServerProcess``),
the launcher `make demo` and the tests use too. Everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "DEMO_KEY",
    "DEMO_PASSWORD",
    "DEMO_TOKEN",
    "Metric",
    "demo_client",
    "format_table",
    "interleaved",
    "median",
    "percentile",
    "timed",
]

#: The default scenario's demo credentials (published in the README; mock only).
DEMO_KEY, DEMO_PASSWORD, DEMO_TOKEN = "demo-access-key", "demo-access-key-password", "demo-token"


# --- statistics ---


def median(values: Iterable[float]) -> float:
    data = list(values)
    if not data:
        return float("nan")
    return float(statistics.median(data))


def percentile(values: Iterable[float], p: float) -> float:
    """The ``p``-th percentile (0-100), linear interpolation between closest ranks; NaN when empty."""
    data = sorted(values)
    if not data:
        return float("nan")
    if len(data) == 1:
        return float(data[0])
    k = (len(data) - 1) * (p / 100.0)
    lo = int(k)
    hi = min(lo + 1, len(data) - 1)
    return float(data[lo] + (data[hi] - data[lo]) * (k - lo))


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(seconds, result) of one call, on ``time.perf_counter``."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def interleaved(rounds: int, candidates: Mapping[str, Callable[[], float | None]]) -> dict[str, list[float]]:
    """Run every candidate once per round, rotating the order each round, so drift (thermal, other load,
    caches) hits all of them alike. A candidate that returns a number supplies its own sample (e.g. req/s);
    one that returns None is timed (seconds). Compare medians of the returned lists.
    """
    names = list(candidates)
    samples: dict[str, list[float]] = {n: [] for n in names}
    for r in range(max(1, rounds)):
        k = r % len(names)
        for name in names[k:] + names[:k]:
            elapsed, value = timed(candidates[name])
            samples[name].append(float(value) if isinstance(value, int | float) else elapsed)
    return samples


def demo_client(url: str, **kwargs: Any) -> Any:
    """A ``zltoolkit.client.Client`` on ``url`` with the demo access key (override with keywords)."""
    from zltoolkit.client import Client

    if "token" not in kwargs and "credentials" not in kwargs:
        kwargs.setdefault("access_key_id", DEMO_KEY)
        kwargs.setdefault("access_key_password", DEMO_PASSWORD)
    return Client(url, **kwargs)


# --- results ---


@dataclass
class Metric:
    """One line of the final table. ``passed`` None = reported only (no target)."""

    name: str
    measured: float | str | None
    target: str = "-"
    passed: bool | None = None
    unit: str = ""
    note: str = ""
    source: str = ""

    def measured_text(self) -> str:
        v = self.measured
        if v is None:
            return "n/a"
        if isinstance(v, float):
            if v != v:
                return "n/a"
            text = f"{v:,.3g}" if abs(v) < 100 else f"{v:,.0f}"
        else:
            text = str(v)
        return f"{text} {self.unit}".strip()

    def verdict(self) -> str:
        return {True: "PASS", False: "FAIL", None: "info"}[self.passed]


@dataclass
class Section:
    """What one benchmark module returns: its metrics and any free text it printed."""

    name: str
    metrics: list[Metric] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0


def format_table(metrics: Sequence[Metric], title: str | None = None) -> str:
    headers = ("metric", "measured", "target", "result")
    rows = [(m.name + (f"  [{m.note}]" if m.note else ""), m.measured_text(), m.target, m.verdict())
            for m in metrics]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    line = "  ".join("-" * w for w in widths)
    out = []
    if title:
        out.append(title)
    out.append("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    out.append(line)
    for r in rows:
        out.append("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    return "\n".join(out)
