"""How much time each recorded observation stands for: the shared step of availability and placement scores.

Per charge type, the rounds (successful calls and gaps, from the ROUNDS frame when given, else the distinct
``ts`` of the history) are put in time order. The cadence is the median spacing between them. A round
stands for the time until the next round of its charge type, at most one cadence (the last round: one
cadence). So a missing round -- a recorder that was not running -- counts as unobserved, like a recorded
gap, instead of stretching the observation before it. The time of gap rounds is in no denominator; it is
reported as ``gaps``/``gap_h``.

Two recorders writing at the same instant give duplicate observations: only the last one of an offering
at a ``ts`` is kept.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .store import TimeLike, unix_seconds

__all__ = ["Timeline", "timeline", "window"]


def window(df: pd.DataFrame, start: TimeLike | None, end: TimeLike | None) -> pd.DataFrame:
    """Rows of a frame with a ``ts`` column in ``[start, end)``."""
    if start is None and end is None:
        return df
    secs = df["ts"].to_numpy(dtype="datetime64[ns]").astype("int64") / 1e9
    keep = np.ones(len(df), dtype=bool)
    if start is not None:
        keep &= secs >= unix_seconds(start)
    if end is not None:
        keep &= secs < unix_seconds(end)
    return df[keep]


@dataclass
class Timeline:
    """The history (deduplicated, in the window) with, per row, the seconds it stands for and its round's
    position in its charge type's sequence of rounds; plus the gaps per charge type."""

    history: pd.DataFrame
    weight_s: np.ndarray  # seconds each row of ``history`` stands for
    round_index: np.ndarray  # position of the row's round among its charge type's rounds (gaps included)
    gaps: dict[str, int]  # charge type -> failed rounds in the window
    gap_s: dict[str, float]  # charge type -> seconds those stand for
    cadence_s: dict[str, float]  # charge type -> median spacing of rounds (NaN with fewer than two)


def _seconds(ts: pd.Series) -> np.ndarray:
    return np.asarray(ts.to_numpy(dtype="datetime64[ns]").astype("int64"), dtype=np.int64)


def timeline(history: pd.DataFrame, rounds: pd.DataFrame | None = None, *, start: TimeLike | None = None,
             end: TimeLike | None = None) -> Timeline:
    """Weigh every observation of ``history`` (HISTORY frame); ``rounds`` (ROUNDS frame) adds the gaps."""
    h = window(history, start, end)
    h = h.drop_duplicates(["ts", "zone_id", "instance_type_id", "charge_type"], keep="last", ignore_index=True)
    charge = h["charge_type"].astype(object).to_numpy()
    ts_ns = _seconds(h["ts"])
    weight = np.zeros(len(h))
    index = np.zeros(len(h), dtype=np.int64)
    gaps: dict[str, int] = {}
    gap_s: dict[str, float] = {}
    cadence: dict[str, float] = {}
    if rounds is not None:
        r = window(rounds, start, end)
        r_charge = r["charge_type"].astype(object).to_numpy()
        r_ts = _seconds(r["ts"])
        r_ok = r["ok"].fillna(False).to_numpy(dtype=bool)
    kinds = sorted({str(c) for c in charge} | ({str(c) for c in r_charge} if rounds is not None else set()))
    for ct in kinds:
        mine = charge == ct
        ok_times = np.unique(ts_ns[mine])
        if rounds is not None:
            sel = r_charge == ct
            gap_times = np.setdiff1d(np.unique(r_ts[sel & ~r_ok]), ok_times)
        else:
            gap_times = np.array([], dtype=np.int64)
        times = np.union1d(ok_times, gap_times)
        spacing = np.diff(times) / 1e9
        c = float(np.median(spacing)) if len(spacing) else float("nan")
        cadence[ct] = c
        stands = np.zeros(len(times)) if np.isnan(c) else np.minimum(np.append(spacing, c), c)
        is_gap = np.isin(times, gap_times)
        gaps[ct] = int(is_gap.sum())
        gap_s[ct] = float(stands[is_gap].sum())
        pos = np.searchsorted(times, ts_ns[mine])
        weight[mine] = stands[pos]
        index[mine] = pos
    return Timeline(h, weight, index, gaps, gap_s, cadence)
