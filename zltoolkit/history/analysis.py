"""Availability of each offering over a window of recorded history.

For every (zone, type, charge type): the share of *observed* time it spent in each sell status, percentiles
of the qty it reported, and its longest sold-out stretch. How much time an observation stands for, and why
gaps are in no denominator, is in :mod:`zltoolkit.history.timeline`. Percentiles are over the rounds that
reported a qty (linear interpolation, as ``numpy.percentile``). A sold-out stretch is a run of consecutive
rounds of the charge type in which the offering was listed SOLD_OUT; a gap or a round that did not list
the offering ends it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from zltoolkit.api.enums import SellStatus
from zltoolkit.common.frames import CHARGE_TYPE, conform, empty

from .schema import AVAILABILITY, open_dtype
from .store import TimeLike
from .timeline import KEYS, Timeline, column_codes, timeline

__all__ = ["availability"]
_HOUR = 3600.0


def _sums(codes: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    return np.bincount(codes, weights=values, minlength=n)


def _longest_runs(codes: np.ndarray, round_index: np.ndarray, flag: np.ndarray, weight: np.ndarray,
                  n: int) -> np.ndarray:
    """Per offering, the largest summed weight over runs of consecutive rounds where ``flag`` holds."""
    order = np.lexsort((round_index, codes))
    c, r, f, w = codes[order], round_index[order], flag[order], weight[order]
    continues = np.zeros(len(c), dtype=bool)
    continues[1:] = (c[1:] == c[:-1]) & (r[1:] == r[:-1] + 1) & f[1:] & f[:-1]
    run_id = np.cumsum(~continues)
    run_weight = np.bincount(run_id, weights=np.where(f, w, 0.0))
    best = np.zeros(n)
    starts = ~continues & f
    np.maximum.at(best, c[starts], run_weight[run_id[starts]])
    return best


def availability(history: Any, rounds: pd.DataFrame | None = None, *, start: TimeLike | None = None,
                 end: TimeLike | None = None) -> pd.DataFrame:
    """Per offering over ``[start, end)`` (AVAILABILITY schema), sorted by zone, type, charge type.

    ``history`` is a HISTORY frame (``recorder.history()``), or a Recorder/HistoryStore; ``rounds``
    (``recorder.rounds()``; taken from a Recorder/HistoryStore) makes the recorded gaps count and show. Shares are fractions (0..1) of observed time; hours are server time.
    """
    tl = timeline(history, rounds, start=start, end=end)
    h = tl.history
    if h.empty:
        return empty(AVAILABILITY)
    return _availability(tl)


def _availability(tl: Timeline) -> pd.DataFrame:
    h = tl.history
    codes, out = tl.codes, tl.offerings.copy()
    n = len(out)
    w = tl.weight_s
    status_codes, status_values = column_codes(h["sell_status"])
    status = status_values[status_codes]  # labels (None: missing), from the categorical's codes
    observed = _sums(codes, w, n)
    counted = _sums(codes, np.ones(len(h)), n)
    # Shares by time; with no measurable time (a single round) by round count instead.
    denom = np.where(observed > 0, observed, counted)
    use = w if (observed > 0).all() else np.where(observed[codes] > 0, w, 1.0)
    shares = {}
    known = (SellStatus.SELL.value, SellStatus.SELL_SHORTAGE.value, SellStatus.SOLD_OUT.value)
    for label in known:
        shares[label] = _sums(codes, np.where(status == label, use, 0.0), n) / denom
    other = ~np.isin(status, known)
    qty = h["qty"].to_numpy(dtype=float, na_value=np.nan)
    grouped = pd.Series(qty).groupby(codes)
    q = {p: grouped.quantile(p).reindex(range(n)).to_numpy() for p in (0.1, 0.5, 0.9)}
    sold_out = status == SellStatus.SOLD_OUT.value
    first = h.groupby(codes)["ts"].min()
    last = h.groupby(codes)["ts"].max()
    charge = out["charge_type"].astype(str)
    out = out.assign(
        first_ts=first.to_numpy(), last_ts=last.to_numpy(), rounds=counted.astype(int),
        observed_h=observed / _HOUR,
        gaps=charge.map(tl.gaps).fillna(0).astype(int).to_numpy(),
        gap_h=charge.map(tl.gap_s).fillna(0.0).to_numpy() / _HOUR,
        share_sell=shares[SellStatus.SELL.value], share_sell_shortage=shares[SellStatus.SELL_SHORTAGE.value],
        share_sold_out=shares[SellStatus.SOLD_OUT.value],
        share_other=_sums(codes, np.where(other, use, 0.0), n) / denom,
        qty_p10=q[0.1], qty_p50=q[0.5], qty_p90=q[0.9],
        qty_known_share=_sums(codes, (~np.isnan(qty)).astype(float), n) / counted,
        longest_sold_out_h=_longest_runs(codes, tl.round_index, sold_out, w, n) / _HOUR,
    )
    charge_dtype = open_dtype(CHARGE_TYPE, out["charge_type"])
    result = conform(out, {**AVAILABILITY, "charge_type": charge_dtype})
    return result.sort_values(KEYS, ignore_index=True)
