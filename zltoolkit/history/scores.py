"""Placement scores: how likely an offering is to have ``count`` instances when you ask, from its history.

The formula, per (zone, type, charge type):

1. Each observation stands for a stretch of server time (:mod:`zltoolkit.history.timeline`: until the next
   round, at most one cadence; gaps and missing rounds count as unobserved, in no denominator).
2. An observation *has room* when its qty is at least ``count``. When the API hid the qty, the sell-status
   band's minimum counts (docs/api-facts.md §5.3; ``zltoolkit.api.limits.SELL_SHORTAGE_MAX_QTY``): SELL
   means qty > 10, so it counts as 11; SELL_SHORTAGE (1-10) as 1; SOLD_OUT as 0. An undocumented or
   missing sell status without a qty counts as 0. These are lower bounds: with hidden qtys and
   ``count`` > 11 the score is pessimistic, and the note says so.
3. ``share`` = time with room / observed time (0..1).
4. ``score`` = 1 + round(9 x share), halves rounded up: 1 = never had room, 10 = had room at least
   17/18 (94.4%) of the observed time.

A score from less than ``min_hours`` of observed time or fewer than ``min_rounds`` rounds is still given,
with ``trusted`` False and a note saying how much history there was.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from zltoolkit.api.enums import SellStatus
from zltoolkit.api.limits import SELL_SHORTAGE_MAX_QTY
from zltoolkit.common.frames import CHARGE_TYPE, conform, empty

from .schema import SCORES, open_dtype
from .store import TimeLike
from .timeline import column_codes, frames_of, timeline

__all__ = ["HIDDEN_QTY", "MIN_HOURS", "MIN_ROUNDS", "placement_scores", "score_of"]

#: What a hidden qty counts as, by sell status: the band's minimum.
HIDDEN_QTY: dict[str, int] = {
    SellStatus.SELL.value: SELL_SHORTAGE_MAX_QTY + 1,
    SellStatus.SELL_SHORTAGE.value: 1,
    SellStatus.SOLD_OUT.value: 0,
}
#: Below either, a score is flagged as untrusted (a day of 5-minute rounds passes both).
MIN_HOURS = 24.0
MIN_ROUNDS = 12
_HOUR = 3600.0


def score_of(share: float) -> int:
    """1..10 from a share of time with room (0..1): 1 + round(9 x share), halves up."""
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"share must be within 0..1, not {share}")
    return 1 + int(np.floor(9.0 * share + 0.5))


def placement_scores(history: Any, count: int = 1, rounds: pd.DataFrame | None = None, *,
                     charge_type: str | None = None, start: TimeLike | None = None, end: TimeLike | None = None,
                     min_hours: float = MIN_HOURS, min_rounds: int = MIN_ROUNDS) -> pd.DataFrame:
    """Placement score (1-10) of every offering in ``history`` for ``count`` instances (SCORES schema),
    best first (then zone, type). See the module docstring for the formula.

    ``history`` is a HISTORY frame, or a Recorder/HistoryStore (then its recorded gaps count too);
    ``rounds`` (the ROUNDS frame) lets recorded gaps count as unobserved; ``charge_type`` keeps one.
    """
    if count < 1:
        raise ValueError("count must be at least 1")
    h, rounds = frames_of(history, rounds)
    if charge_type is not None:
        h = h[h["charge_type"].astype(object) == str(charge_type)]
    tl = timeline(h, rounds, start=start, end=end)
    h = tl.history
    if h.empty:
        return empty(SCORES)
    codes, out = tl.codes, tl.offerings.copy()
    n = len(out)
    w = tl.weight_s
    status_codes, status_values = column_codes(h["sell_status"])
    floors = np.array([HIDDEN_QTY.get(str(v), 0) if v is not None else 0 for v in status_values], dtype=float)
    qty = h["qty"].to_numpy(dtype=float, na_value=np.nan)
    hidden = np.isnan(qty)
    effective = np.where(hidden, floors[status_codes], qty)
    observed = np.bincount(codes, weights=w, minlength=n)
    counted = np.bincount(codes, minlength=n).astype(float)
    timed = observed > 0
    # No measurable time (one round): rounds stand in for time.
    use = np.where(timed[codes], w, 1.0)
    denom = np.where(timed, observed, counted)
    share = np.bincount(codes, weights=np.where(effective >= count, use, 0.0), minlength=n) / denom
    hidden_share = np.bincount(codes, weights=np.where(hidden, use, 0.0), minlength=n) / denom
    hours = observed / _HOUR
    trusted = (hours >= min_hours) & (counted >= min_rounds)
    notes = []
    for i in range(n):
        parts = []
        if not trusted[i]:
            parts.append(f"history too short: {hours[i]:.1f} h over {int(counted[i])} round(s) "
                         f"(trusted from {min_hours:g} h and {min_rounds} rounds)")
        if count > HIDDEN_QTY[SellStatus.SELL.value] and hidden_share[i] > 0:
            parts.append(f"qty hidden {hidden_share[i]:.0%} of the time: SELL counted as "
                         f"{HIDDEN_QTY[SellStatus.SELL.value]} (< {count}), a lower bound")
        notes.append("; ".join(parts) or None)
    scores = 1 + np.floor(9.0 * np.clip(share, 0.0, 1.0) + 0.5).astype(int)
    out = out.assign(score=scores, share=share, observed_h=hours, rounds=counted.astype(int), trusted=trusted,
                     note=pd.Series(notes, dtype=object).to_numpy())
    result = conform(out, {**SCORES, "charge_type": open_dtype(CHARGE_TYPE, out["charge_type"])})
    order = np.lexsort((result["instance_type_id"].astype(object).to_numpy(),
                        result["zone_id"].astype(object).to_numpy(), -result["score"].to_numpy(dtype=int)))
    return result.take(order).reset_index(drop=True)
