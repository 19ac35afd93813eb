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
from typing import Any

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


KEYS = ["zone_id", "instance_type_id", "charge_type"]


def offering_codes(h: pd.DataFrame) -> tuple[np.ndarray, pd.DataFrame]:
    """An integer per row naming its offering, and the offerings (KEYS columns) in code order.

    Column by column, then the few combinations that occur (factorizing millions of (zone, type, charge
    type) tuples at once is several times slower).
    """
    combined = np.zeros(len(h), dtype=np.int64)
    columns = [column_codes(h[col]) for col in KEYS]
    for codes, values in columns:
        combined = combined * len(values) + codes
    size = int(np.prod([len(values) for _, values in columns]))
    present = np.zeros(size, dtype=bool)
    present[combined] = True
    occurring = np.flatnonzero(present)
    lookup = np.zeros(size, dtype=np.int64)
    lookup[occurring] = np.arange(len(occurring))
    decoded: dict[str, np.ndarray] = {}
    rest = occurring
    for col, (_, values) in reversed(list(zip(KEYS, columns, strict=True))):
        decoded[col] = values[rest % len(values)]
        rest = rest // len(values)
    return lookup[combined], pd.DataFrame({col: decoded[col] for col in KEYS})


def column_codes(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes of a column and the value of each code (missing values get a code too, value None)."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        # The categorical's own codes: no hashing of millions of labels.
        values = np.array([*column.cat.categories.astype(object), None], dtype=object)
        codes = np.asarray(column.cat.codes.to_numpy(), dtype=np.int64)
        return np.where(codes < 0, len(values) - 1, codes), values
    codes, uniques = pd.factorize(column)
    values = np.array([*np.asarray(uniques, dtype=object), None], dtype=object)
    codes = np.asarray(codes, dtype=np.int64)
    return np.where(codes < 0, len(values) - 1, codes), values


@dataclass
class Timeline:
    """The history (deduplicated, in the window) with, per row, the seconds it stands for and its round's
    position in its charge type's sequence of rounds; plus the gaps per charge type."""

    history: pd.DataFrame
    codes: np.ndarray  # offering of each row (see offering_codes)
    offerings: pd.DataFrame  # KEYS of each code
    weight_s: np.ndarray  # seconds each row of ``history`` stands for
    round_index: np.ndarray  # position of the row's round among its charge type's rounds (gaps included)
    gaps: dict[str, int]  # charge type -> failed rounds in the window
    gap_s: dict[str, float]  # charge type -> seconds those stand for
    cadence_s: dict[str, float]  # charge type -> median spacing of rounds (NaN with fewer than two)


def _seconds(ts: pd.Series) -> np.ndarray:
    return np.asarray(ts.to_numpy(dtype="datetime64[ns]").astype("int64"), dtype=np.int64)


def frames_of(history: Any, rounds: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """(HISTORY frame, ROUNDS frame or None) of a frame, or of a Recorder/HistoryStore (both of its tables)."""
    if isinstance(history, pd.DataFrame):
        return history, rounds
    if callable(getattr(history, "history", None)) and callable(getattr(history, "rounds", None)):
        return history.history(), history.rounds() if rounds is None else rounds
    raise TypeError(f"a stock history is a HISTORY frame, a Recorder or a HistoryStore, not {type(history).__name__}")


def timeline(history: Any, rounds: pd.DataFrame | None = None, *, start: TimeLike | None = None,
             end: TimeLike | None = None) -> Timeline:
    """Weigh every observation of ``history`` (HISTORY frame, or a Recorder/HistoryStore); ``rounds`` (ROUNDS
    frame) adds the gaps."""
    history, rounds = frames_of(history, rounds)
    h = window(history, start, end).reset_index(drop=True)
    codes, offerings = offering_codes(h)
    # Instants as small integers: the few thousand distinct ts are what gets sorted, not every row.
    t_codes, t_values = pd.factorize(_seconds(h["ts"]))
    t_codes = np.asarray(t_codes, dtype=np.int64)
    t_values = np.asarray(t_values, dtype=np.int64)
    duplicated = pd.Series(t_codes * max(1, len(offerings)) + codes).duplicated(keep="last").to_numpy()
    if duplicated.any():
        h = h[~duplicated].reset_index(drop=True)
        codes, t_codes = codes[~duplicated], t_codes[~duplicated]
    # The charge type of each row, through its offering (comparing millions of labels is slow).
    offering_charge = offerings["charge_type"].to_numpy(dtype=object)
    weight = np.zeros(len(h))
    index = np.zeros(len(h), dtype=np.int64)
    gaps: dict[str, int] = {}
    gap_s: dict[str, float] = {}
    cadence: dict[str, float] = {}
    r_charge = np.array([], dtype=object)
    r_ts = np.array([], dtype=np.int64)
    r_ok = np.array([], dtype=bool)
    if rounds is not None:
        r = window(rounds, start, end)
        r_charge = r["charge_type"].astype(object).to_numpy()
        r_ts = _seconds(r["ts"])
        r_ok = r["ok"].fillna(False).to_numpy(dtype=bool)
    kinds = sorted({str(c) for c in offering_charge} | {str(c) for c in r_charge})
    for ct in kinds:
        mine = (offering_charge == ct)[codes]
        seen = np.zeros(len(t_values), dtype=bool)
        seen[t_codes[mine]] = True
        ok_times = np.sort(t_values[seen])
        gap_times = np.setdiff1d(np.unique(r_ts[(r_charge == ct) & ~r_ok]), ok_times)
        times = np.union1d(ok_times, gap_times)
        spacing = np.diff(times) / 1e9
        c = float(np.median(spacing)) if len(spacing) else float("nan")
        cadence[ct] = c
        stands = np.zeros(len(times)) if np.isnan(c) else np.minimum(np.append(spacing, c), c)
        is_gap = np.isin(times, gap_times)
        gaps[ct] = int(is_gap.sum())
        gap_s[ct] = float(stands[is_gap].sum())
        position = np.zeros(len(t_values), dtype=np.int64)
        position[seen] = np.searchsorted(times, t_values[seen])
        pos = position[t_codes[mine]]
        weight[mine] = stands[pos]
        index[mine] = pos
    return Timeline(h, codes, offerings, weight, index, gaps, gap_s, cadence)
