"""StockExplorer: filter the catalogue (stock x types x zones) and see it as a styled table and a heatmap."""

from __future__ import annotations

from typing import Any

import ipywidgets as w
import pandas as pd

from zltoolkit import views
from zltoolkit.api.enums import ChargeType, SellStatus

from ._util import SELL_COLOURS, ErrorPanel, classed, figure_png, set_options, show_html, show_png

ANY = "(any)"
#: What the charge-type filter offers: one charge type, or both.
BOTH = "both"
CHARGE_FILTERS = [ChargeType.POSTPAID.value, ChargeType.PREPAID.value, BOTH]
_PURCHASABLE = (SellStatus.SELL.value, SellStatus.SELL_SHORTAGE.value)
#: Sell-status filter label -> the statuses it keeps (None: all).
SELL_FILTERS: dict[str, tuple[str, ...] | None] = {
    "any": None,
    "purchasable": _PURCHASABLE,
    **{s.value: (s.value,) for s in SellStatus},
}
TABLE_COLUMNS = ["zone_id", "city", "area", "instance_type_id", "charge_type", "cores", "threads", "memory_gb",
                 "disk_total_gb", "disk_layout", "max_bandwidth_out_mbps", "sell_status", "qty"]
MAX_TABLE_ROWS = 200  # the HTML table stays small; the heatmap shows everything
MAX_ANNOTATED_CELLS = 800


class StockExplorer(w.VBox):  # type: ignore[misc]  # ipywidgets is untyped
    """Browse what can be bought: every offered (zone, instance type, charge type) with its stock.

    Shows filters (area, city, zone, charge type, minimum cores / memory / disk, sell status), a one-line
    summary (offerings, zones, count per sell status), a table of the matching offerings with the sell
    status coloured, and a zone x instance type heatmap of the stock (red: sold out, blank: not offered).

    The catalogue is fetched once when the widget is made; the filters work on that frame, so changing one
    sends no request. **Refresh** (or ``refresh()``) fetches it again. City choices follow the area, zone
    choices follow area and city. Errors show in the panel under the filters.

    Usage, as the last line of a notebook cell:

    ```python
    from zltoolkit.widgets import StockExplorer

    explorer = StockExplorer(session)
    explorer
    ```

    ``explorer.filtered`` is the DataFrame the table shows; ``explorer.catalog`` the whole catalogue.

    Args:
        client: A ``zltoolkit`` Session or Client.
        heatmap: Draw the heatmap (False skips matplotlib, e.g. in tests).
        **kwargs: Passed to ``ipywidgets.VBox`` (e.g. ``layout``).
    """

    def __init__(self, client: Any, *, heatmap: bool = True, **kwargs: Any) -> None:
        self.client = client
        self.show_heatmap = heatmap
        self.errors = ErrorPanel()
        self.catalog: pd.DataFrame = pd.DataFrame()
        self.filtered: pd.DataFrame = pd.DataFrame()

        self.area = classed(w.Dropdown(description="Area", options=[ANY]), "zl-stock-area")
        self.city = classed(w.Dropdown(description="City", options=[ANY]), "zl-stock-city")
        self.zone = classed(w.Dropdown(description="Zone", options=[ANY]), "zl-stock-zone")
        self.charge_type = classed(
            w.Dropdown(description="Charge", options=CHARGE_FILTERS, value=ChargeType.POSTPAID.value),
            "zl-stock-charge")
        self.min_cores = classed(w.BoundedIntText(description="Min cores", min=0, max=10_000, value=0),
                                 "zl-stock-min-cores")
        self.min_memory = classed(w.BoundedIntText(description="Min GB RAM", min=0, max=100_000, value=0),
                                  "zl-stock-min-memory")
        self.min_disk = classed(w.BoundedIntText(description="Min GB disk", min=0, max=10_000_000, value=0),
                                "zl-stock-min-disk")
        self.sell_status = classed(w.Dropdown(description="Status", options=list(SELL_FILTERS), value="any"),
                                   "zl-stock-sell-status")
        self.refresh_button = classed(w.Button(description="Refresh", icon="refresh"), "zl-stock-refresh")
        self.summary = classed(w.HTML(), "zl-stock-summary")
        self.table = classed(w.HTML(), "zl-stock-table")
        self.heatmap = classed(w.Output(), "zl-stock-heatmap")

        self._updating = False
        for control in (self.area, self.city, self.zone, self.charge_type, self.min_cores, self.min_memory,
                        self.min_disk, self.sell_status):
            control.observe(self.errors.guard(self._on_change, "filter"), names="value")
        self.refresh_button.on_click(self.errors.guard(lambda _b: self.refresh(), "refresh"))

        filters = w.VBox([
            w.HBox([self.area, self.city, self.zone, self.charge_type]),
            w.HBox([self.min_cores, self.min_memory, self.min_disk, self.sell_status, self.refresh_button]),
        ])
        super().__init__(children=[filters, self.errors, self.summary, self.table, self.heatmap], **kwargs)
        self.add_class("zl-stock-explorer")
        self.errors.guard(self.refresh, "load")()

    # --- data ---

    def refresh(self) -> None:
        """Fetch the catalogue (both charge types) and redraw."""
        self.errors.clear()
        self.catalog = views.catalog(self.client, charge_type=None)
        self._updating = True
        try:
            set_options(self.area, [ANY, *sorted(self.catalog["area"].dropna().unique())])
            self._cascade()
        finally:
            self._updating = False
        self.update()

    def _cascade(self) -> None:
        """City choices follow the area, zone choices follow area and city."""
        df = self.catalog
        if self.area.value not in (None, ANY):
            df = df[df["area"] == self.area.value]
        set_options(self.city, [ANY, *sorted(df["city"].dropna().unique())])
        if self.city.value not in (None, ANY):
            df = df[df["city"] == self.city.value]
        set_options(self.zone, [ANY, *sorted(df["zone_id"].dropna().unique())])

    def _on_change(self, change: dict[str, Any]) -> None:
        if self._updating:
            return
        if change["owner"] in (self.area, self.city):
            self._updating = True
            try:
                self._cascade()
            finally:
                self._updating = False
        self.update()

    def filter(self) -> pd.DataFrame:
        """The catalogue rows the current filters select."""
        df = self.catalog
        if df.empty:
            return df
        mask = pd.Series(True, index=df.index)
        for col, control in (("area", self.area), ("city", self.city), ("zone_id", self.zone)):
            if control.value not in (None, ANY):
                mask &= df[col] == control.value
        if self.charge_type.value != BOTH:
            mask &= df["charge_type"] == self.charge_type.value
        for col, control in (("cores", self.min_cores), ("memory_gb", self.min_memory),
                             ("disk_total_gb", self.min_disk)):
            if control.value:
                mask &= (df[col] >= control.value).fillna(False)
        statuses = SELL_FILTERS.get(self.sell_status.value)
        if statuses:
            mask &= df["sell_status"].isin(statuses)
        return df[mask.astype(bool)].reset_index(drop=True)

    # --- rendering ---

    def update(self) -> None:
        """Apply the filters to the catalogue and redraw the summary, the table and the heatmap."""
        self.filtered = self.filter()
        df = self.filtered
        counts = df["sell_status"].value_counts() if not df.empty else pd.Series(dtype=int)
        parts = ", ".join(f"{s}: {int(counts.get(s, 0))}" for s in SELL_COLOURS)
        self.summary.value = (f"<b>{len(df)}</b> offerings in <b>{df['zone_id'].nunique() if not df.empty else 0}"
                              f"</b> zones ({parts})")
        self.table.value = self.table_html(df)
        if self.show_heatmap:
            png = availability_heatmap_png(df)
            if png is None:
                show_html(self.heatmap, "<i>nothing to plot</i>", "nothing to plot")
            else:
                show_png(self.heatmap, png, "zone x type availability")

    @staticmethod
    def table_html(df: pd.DataFrame) -> str:
        """The offerings as an HTML table, sell status coloured (the first MAX_TABLE_ROWS rows)."""
        if df.empty:
            return "<i>No offering matches the filters.</i>"
        shown = df[[c for c in TABLE_COLUMNS if c in df.columns]].head(MAX_TABLE_ROWS).copy()
        shown["sell_status"] = shown["sell_status"].astype(str)
        styler = (
            shown.style.hide(axis="index")
            .map(lambda v: f"background-color: {SELL_COLOURS.get(v, 'transparent')}", subset=["sell_status"])
            .set_table_attributes('class="zl-stock-grid" style="border-collapse:collapse;font-size:12px"')
            .set_table_styles([{"selector": "th, td", "props": "padding: 2px 8px; text-align: left;"}])
        )
        more = f"<div><i>showing {MAX_TABLE_ROWS} of {len(df)} rows</i></div>" if len(df) > MAX_TABLE_ROWS else ""
        return (f'<div style="max-height:420px;overflow:auto">{styler.to_html()}</div>{more}')


def availability_heatmap_png(df: pd.DataFrame) -> bytes | None:
    """Zone x type heatmap of stock (qty, summed over charge types; blank = not offered) as PNG bytes."""
    if df.empty:
        return None
    from matplotlib.figure import Figure

    qty = df["qty_min"].astype("Float64").fillna(0).astype(float)
    grid = (df.assign(q=qty).pivot_table(index="zone_id", columns="instance_type_id", values="q",
                                         aggfunc="sum", observed=True).sort_index())
    fig = Figure(figsize=(1.6 + 0.55 * grid.shape[1], 1.2 + 0.26 * grid.shape[0]), layout="constrained")
    ax = fig.add_subplot()
    import numpy as np
    from matplotlib.colors import ListedColormap

    values = grid.to_numpy(dtype=float)
    top = max(1.0, float(np.nanmax(values))) if np.isfinite(values).any() else 1.0
    # Stock in greens; sold out (0) in red on top; NaN (not offered) stays blank.
    image = ax.imshow(np.where(values > 0, values, np.nan), aspect="auto", cmap="YlGn", vmin=0, vmax=top)
    ax.imshow(np.where(values == 0, 1.0, np.nan), aspect="auto", cmap=ListedColormap(["#ef9a9a"]), vmin=0, vmax=1)
    ax.set_xticks(range(grid.shape[1]), list(grid.columns), rotation=90, fontsize=8)
    ax.set_yticks(range(grid.shape[0]), list(grid.index), fontsize=8)
    if values.size <= MAX_ANNOTATED_CELLS:  # numbers in the cells; beyond this the colours must do
        for (i, j), v in np.ndenumerate(values):
            if not np.isnan(v):  # NaN: not offered
                # in_layout=False: hundreds of labels would otherwise dominate the layout pass.
                ax.text(j, i, f"{int(v)}", ha="center", va="center", fontsize=6, in_layout=False,
                        color="#b71c1c" if v == 0 else ("white" if v > 0.6 * top else "black"))
    ax.set_title("Stock by zone and instance type (0 = sold out, blank = not offered)", fontsize=9)
    # A tall grid would stretch the colour bar over the whole figure: keep it about a dozen rows high.
    fig.colorbar(image, ax=ax, label="qty", shrink=1.0 if grid.shape[0] <= 12 else max(0.25, 12 / grid.shape[0]))
    return figure_png(fig)
