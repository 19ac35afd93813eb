"""The market's stochastic process, one offering and one step at a time, from (seed, offering, step) alone.

Every draw is a counter-based hash (splitmix64 of the offering's key and the step index), so the state at a
time depends only on the seed, the offering, the time and what clients created or released -- never on when
requests happened to drain the queue. Per step of ``Δ`` seconds (docs/capacity-over-time.md):

* returns: each machine another tenant holds leaves with rate ``1/holdHours``: ``Poisson(taken·Δ/H)``,
  capped at ``taken``; they go back to stock;
* demand: ``Poisson(target·capacity·Δ/H·daily(t))`` machines, plus with ``burstProbability`` a big order of
  up to ``burstFraction·capacity``; demand takes what stock there is and the rest is lost (never oversold).

In equilibrium other tenants hold ``target·capacity``: an offering whose target is near or above 1 sells out
and comes back as machines are returned.
"""

from __future__ import annotations

import hashlib
import math
from statistics import NormalDist
from typing import NamedTuple

_MASK = (1 << 64) - 1
_GOLDEN = 0x9E3779B97F4A7C15
_UNIT = 2.0**-53
_NORMAL = NormalDist()
#: Above this mean the Poisson draw uses the normal approximation (inversion would loop ~mean times).
_INVERSION_MAX = 30.0


def offering_key(seed: int, zone: str, type_id: str, charge: str) -> int:
    """The 64-bit key an offering's draws are made from."""
    h = hashlib.blake2b(f"market:{zone}:{type_id}:{charge}".encode(), digest_size=8,
                        key=seed.to_bytes(16, "big", signed=True))
    return int.from_bytes(h.digest(), "big")


def _mix(x: int) -> int:
    """splitmix64's finaliser: a 64-bit value -> a well-mixed 64-bit value."""
    x = (x + _GOLDEN) & _MASK
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK
    return x ^ (x >> 31)


def uniform(key: int, step: int, slot: int) -> float:
    """The ``slot``-th uniform in [0, 1) of an offering's step."""
    return (_mix(key ^ ((step * 8 + slot) * _GOLDEN & _MASK)) >> 11) * _UNIT


def poisson(mean: float, u: float) -> int:
    """A Poisson draw by inversion of one uniform (normal approximation for large means)."""
    if mean <= 0.0:
        return 0
    if mean > _INVERSION_MAX:
        z = _NORMAL.inv_cdf(min(max(u, 1e-12), 1 - 1e-12))
        return max(0, round(mean + math.sqrt(mean) * z))
    p = math.exp(-mean)
    cdf, k = p, 0
    while u > cdf and k < 10 * _INVERSION_MAX:
        k += 1
        p *= mean / k
        cdf += p
    return k


def daily_factor(t: float, utc_offset_hours: float, amplitude: float) -> float:
    """Demand multiplier over the day: peaks at 15:00 local time, lowest at 03:00."""
    hour = (t / 3600.0 + utc_offset_hours) % 24.0
    return 1.0 + amplitude * math.sin(2.0 * math.pi * (hour - 9.0) / 24.0)


class StepRates(NamedTuple):
    """What one step of one offering needs besides its state."""

    step_hours: float  # Δ / 3600
    hold_hours: float
    target: float  # share of capacity other tenants aim to hold
    burst_probability: float
    burst_fraction: float


def step(key: int, k: int, *, stock: int, taken: int, capacity: int, daily: float,
         rates: StepRates) -> tuple[int, int]:
    """``(returned, taken_now)`` of step ``k``: machines other tenants give back, then machines they take
    (never more than the stock there is after the returns). The hot loop of a drain: ``uniform`` is inlined
    for slots 0 and 1 (same values)."""
    leave = rates.step_hours / rates.hold_hours
    base = k * 8 * _GOLDEN
    x = ((key ^ (base & _MASK)) + _GOLDEN) & _MASK  # slot 0
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK
    u0 = ((x ^ (x >> 31)) >> 11) * _UNIT
    x = ((key ^ ((base + _GOLDEN) & _MASK)) + _GOLDEN) & _MASK  # slot 1
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK
    u1 = ((x ^ (x >> 31)) >> 11) * _UNIT
    returned = min(taken, poisson(taken * leave, u0)) if taken else 0
    demand = poisson(rates.target * capacity * leave * daily, u1)
    if rates.burst_probability and uniform(key, k, 2) < rates.burst_probability:
        demand += 1 + int(uniform(key, k, 3) * rates.burst_fraction * capacity)
    return returned, min(demand, stock + returned)


def warm_start(key: int, k: int, *, stock: int, capacity: int, target: float) -> int:
    """Machines other tenants hold when the market is switched on at step ``k``: about the equilibrium
    share (±15 %), never more than the free stock."""
    share = target * (0.85 + 0.3 * uniform(key, k, 4))
    return max(0, min(stock, round(share * capacity)))
