"""History viewer: a recorded stock history (``session.record_stock``) as a heatmap, a qty timeline or
placement scores for a count -- re-read from the file on every refresh, so it follows a recorder that is
still appending (the store is SQLite in WAL mode: reading never blocks the writer)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import ipywidgets as w
import pandas as pd

from zltoolkit.api.enums import ChargeType

from ._util import ErrorPanel, classed, figure_png, set_options, show_html, show_png

VIEWS = ("Availability heatmap", "Qty timeline", "Placement scores")
ANY = "(any)"
DEFAULT_STORE = "stock_history.sqlite"  # what session.record_stock writes by default
MAX_SCORE_ROWS = 50


class HistoryViewer(w.VBox):  # type: ignore[misc]  # ipywidgets is untyped
    """Pick a history file and a view: availability heatmap, qty timeline of chosen offerings, or placement
    scores (1-10) for ``count`` instances.

    ```python
    from zltoolkit.widgets import HistoryViewer

    HistoryViewer("stock.sqlite")
    ```

    Args:
        store: Path of the history file (a ``HistoryStore`` or ``Recorder`` works too: its path is used).
        **kwargs: Passed to ``ipywidgets.VBox``.
    """

    def __init__(self, store: Any = DEFAULT_STORE, **kwargs: Any) -> None:
        path = getattr(getattr(store, "store", store), "path", store)
        self.path = classed(w.Text(value=str(path), description="Store", layout=w.Layout(width="420px")),
                            "zl-history-path")
        self.view = classed(w.Dropdown(options=list(VIEWS), value=VIEWS[0], description="View"), "zl-history-view")
        self.charge_type = classed(w.Dropdown(options=[ANY, *(c.value for c in ChargeType)], value=ANY,
                                              description="Charge"), "zl-history-charge")
        self.count = classed(w.BoundedIntText(value=1, min=1, max=10_000, description="Count"), "zl-history-count")
        self.offerings = classed(w.SelectMultiple(options=[], description="Offerings", rows=6), "zl-history-offerings")
        self.refresh_button = classed(w.Button(description="Refresh", icon="refresh"), "zl-history-refresh")
        self.summary = classed(w.HTML(""), "zl-history-summary")
        self.out = classed(w.Output(), "zl-history-out")
        self.errors = ErrorPanel("zl-history-errors")
        self.refresh_button.on_click(self.errors.guard(lambda _b: self.refresh(), "Refresh"))
        for control in (self.view, self.charge_type, self.count, self.offerings):
            control.observe(self.errors.guard(lambda _c: self.render(), "Update"), names="value")
        self._history: pd.DataFrame | None = None
        self._rounds: pd.DataFrame | None = None
        super().__init__(children=[
            w.HBox([self.path, self.refresh_button]),
            w.HBox([self.view, self.charge_type, self.count]),
            self.offerings, self.summary, self.errors, self.out,
        ], **kwargs)  # fmt: skip
        self.add_class("zl-history")
        if Path(self.path.value).exists():
            self.errors.guard(self.refresh, "Load")()

    # --- reading ---

    def refresh(self) -> None:
        """Re-read the file (whatever a recorder appended since) and redraw."""
        from zltoolkit.history import HistoryStore

        self.errors.clear()
        p = Path(self.path.value).expanduser()
        if not p.is_file():
            raise FileNotFoundError(f"no stock history at {p} (record one with session.record_stock)")
        with HistoryStore(p) as store:
            self._history, self._rounds = store.history(), store.rounds()
        labels = sorted(set(self._history["zone_id"].astype(str) + "/" + self._history["instance_type_id"].astype(str)))
        set_options(self.offerings, labels)
        if not self.offerings.value and labels:
            self.offerings.value = tuple(labels[:3])
        self.render()

    def _frames(self) -> tuple[pd.DataFrame, pd.DataFrame | None]:
        if self._history is None:
            raise RuntimeError("no history loaded yet: press Refresh")
        h, r = self._history, self._rounds
        if self.charge_type.value != ANY:
            h = h[h["charge_type"].astype(str) == self.charge_type.value]
            if r is not None:
                r = r[r["charge_type"].astype(str) == self.charge_type.value]
        return h, r

    # --- drawing ---

    def render(self) -> None:
        """Draw the chosen view of what was last read."""
        if self._history is None:
            return
        from zltoolkit.history import availability_heatmap, placement_scores, qty_timeline

        h, r = self._frames()
        gaps = 0 if r is None or "ok" not in r else int((~r["ok"].astype(bool)).sum())
        span = "" if h.empty else f", {h['ts'].min():%Y-%m-%d %H:%M} .. {h['ts'].max():%Y-%m-%d %H:%M} UTC"
        self.summary.value = (f"<span class='zl-history-info'>{len(h)} observation(s), "
                              f"{0 if r is None else len(r)} call(s), {gaps} gap(s){html.escape(span)}</span>")
        view = self.view.value
        if view == VIEWS[0]:
            show_png(self.out, figure_png(availability_heatmap(h, r)), "availability heatmap")
        elif view == VIEWS[1]:
            show_png(self.out, figure_png(qty_timeline(h, list(self.offerings.value), r)), "qty timeline")
        else:
            scores = placement_scores(h, int(self.count.value), r)
            table = scores.head(MAX_SCORE_ROWS).to_html(index=False, classes="zl-history-scores", na_rep="")
            show_html(self.out, table, scores.head(MAX_SCORE_ROWS).to_string(index=False))
