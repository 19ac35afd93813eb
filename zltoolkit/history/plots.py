"""Plots of a stock history (matplotlib Figures, no pyplot: nothing global, any backend).

* :func:`availability_heatmap`: offerings x time bins, coloured by the time-weighted sell status in the bin
  (red sold out, yellow shortage, green sell); blank where nothing was observed (gaps, not recording).
* :func:`qty_timeline`: the qty of chosen offerings over time as steps; a hidden qty is drawn at its
  sell-status band's minimum (dotted); lines break over gaps.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from zltoolkit.api.enums import SellStatus

from .scores import HIDDEN_QTY
from .timeline import timeline

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["STATUS_LEVEL", "availability_heatmap", "qty_timeline"]

#: Colour level of each sell status in the heatmap (undocumented statuses are left blank).
STATUS_LEVEL = {SellStatus.SOLD_OUT.value: 0.0, SellStatus.SELL_SHORTAGE.value: 1.0, SellStatus.SELL.value: 2.0}
MAX_ROWS = 60


def _label(h: pd.DataFrame) -> pd.Series:
    return (h["zone_id"].astype(str) + "/" + h["instance_type_id"].astype(str) + " "
            + h["charge_type"].astype(str))


def _select(h: pd.DataFrame, offerings: Iterable[Any] | None) -> pd.DataFrame:
    """Rows of the offerings named as "ZONE/TYPE", (zone, type) or (zone, type, charge type)."""
    if offerings is None:
        return h
    keep = np.zeros(len(h), dtype=bool)
    zone = h["zone_id"].astype(object).to_numpy()
    itype = h["instance_type_id"].astype(object).to_numpy()
    charge = h["charge_type"].astype(object).to_numpy()
    for item in offerings:
        parts = tuple(item.split("/")) if isinstance(item, str) else tuple(item)
        match = (zone == parts[0]) & (itype == parts[1])
        if len(parts) > 2:
            match &= charge == str(parts[2])
        keep |= match
    return h[keep]


def availability_heatmap(history: pd.DataFrame, rounds: pd.DataFrame | None = None, *,
                         offerings: Iterable[Any] | None = None, freq: str = "1h",
                         max_rows: int = MAX_ROWS) -> Figure:
    """Offerings (rows) x ``freq`` bins of server time (columns), coloured by sell status.

    ``offerings`` picks rows ("ZONE/TYPE" or tuples); at most ``max_rows`` are drawn (the title says so).
    """
    from matplotlib.colors import LinearSegmentedColormap
    from matplotlib.figure import Figure

    tl = timeline(_select(history, offerings), rounds)
    h = tl.history
    fig = Figure(figsize=(10, 2 + 0.22 * min(max_rows, max(1, h[["zone_id", "instance_type_id",
                                                                 "charge_type"]].drop_duplicates().shape[0]))),
                 layout="constrained")
    ax = fig.add_subplot()
    if h.empty:
        ax.set_title("No stock history recorded", fontsize=9)
        return fig
    level = h["sell_status"].astype(object).map(STATUS_LEVEL).to_numpy(dtype=float, na_value=np.nan)
    w = np.where(np.isnan(level), 0.0, np.maximum(tl.weight_s, 1e-9))
    frame = pd.DataFrame({"row": _label(h).to_numpy(), "bin": h["ts"].dt.floor(freq).to_numpy(),
                          "lw": np.nan_to_num(level) * w, "w": w})
    sums = frame.groupby(["row", "bin"]).agg(lw=("lw", "sum"), w=("w", "sum"))
    grid = (sums["lw"] / sums["w"].where(sums["w"] > 0)).unstack("bin").sort_index()
    total = len(grid)
    grid = grid.iloc[:max_rows]
    cmap = LinearSegmentedColormap.from_list("zl-status", ["#e53935", "#fdd835", "#43a047"])
    image = ax.imshow(grid.to_numpy(dtype=float), aspect="auto", cmap=cmap, vmin=0, vmax=2,
                      interpolation="nearest")
    ax.set_yticks(range(len(grid)), list(grid.index), fontsize=7)
    columns = list(grid.columns)
    step = max(1, len(columns) // 12)
    ax.set_xticks(range(0, len(columns), step),
                  [pd.Timestamp(c).strftime("%m-%d %H:%M") for c in columns[::step]], rotation=45,
                  fontsize=7, ha="right")
    shown = f" (first {len(grid)} of {total})" if total > len(grid) else ""
    ax.set_title(f"Sell status per {freq} of server time, UTC{shown}; blank = not observed", fontsize=9)
    bar = fig.colorbar(image, ax=ax, ticks=[0, 1, 2])
    bar.ax.set_yticklabels(["sold out", "shortage", "sell"], fontsize=7)
    return fig


def qty_timeline(history: pd.DataFrame, offerings: Iterable[Any], rounds: pd.DataFrame | None = None) -> Figure:
    """The qty of each chosen offering ("ZONE/TYPE" or tuples) over server time."""
    from matplotlib.figure import Figure

    tl = timeline(_select(history, list(offerings)), rounds)
    h = tl.history.assign(_w=tl.weight_s, _i=tl.round_index)
    fig = Figure(figsize=(10, 4), layout="constrained")
    ax = fig.add_subplot()
    if h.empty:
        ax.set_title("No stock history for these offerings", fontsize=9)
        return fig
    h["_label"] = _label(h).to_numpy()
    for label, rows in h.sort_values("ts").groupby("_label", sort=True):
        qty = rows["qty"].to_numpy(dtype=float, na_value=np.nan)
        band = rows["sell_status"].astype(object).map(HIDDEN_QTY).to_numpy(dtype=float, na_value=np.nan)
        ts = rows["ts"].to_numpy()
        # A break (NaN) after a row whose next round is not the next one of its charge type: a gap.
        breaks = np.append(np.diff(rows["_i"].to_numpy()) > 1, False)
        known = np.where(breaks, np.nan, qty)
        line = ax.step(ts, np.where(np.isnan(qty), np.nan, known), where="post", label=str(label))[0]
        if np.isnan(qty).any():
            ax.step(ts, np.where(np.isnan(qty) & ~breaks, band, np.nan), where="post", linestyle=":",
                    color=line.get_color())
    ax.set_ylabel("qty (dotted: hidden, band minimum)")
    ax.set_xlabel("server time (UTC)")
    ax.legend(fontsize=7)
    ax.set_title("Stock over time", fontsize=9)
    return fig
