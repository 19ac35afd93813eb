"""CapacityPlanner: a requirement -> ranked options and a cost plot -> the chosen plan -> confirm -> create.

Creating needs an explicit confirmation showing the money (PREPAID: "This charges 12,345.60 USD now");
without it nothing is sent. ``Plan.apply`` re-checks stock and prices first and refuses a stale plan; the new
instance ids go to the FleetMonitor, which watches them without blocking the kernel.
"""

from __future__ import annotations

import html
from typing import Any, cast

import ipywidgets as w
import pandas as pd
from pydantic import ValidationError

from zltoolkit import planning, views
from zltoolkit.api.enums import ChargeType, InternetChargeType

from ._util import (
    SELL_COLOURS,
    ErrorPanel,
    api_error_text,
    classed,
    figure_png,
    money,
    parse_csv,
    show_html,
    show_png,
)

NO_IMAGE = "(no OS image)"
OPTION_COLUMNS = ["rank", "zone_id", "city", "area", "instance_type_id", "cores", "memory_gb", "disk_total_gb",
                  "sell_status", "available", "certainty", "unit_monthly", "monthly_total", "per_core", "reason"]
MAX_OPTION_ROWS = 25
_LABEL = {"description_width": "150px"}
#: Network billing the planner offers: every type of the 2022-11-20 API (ByBandwidthCluster needs a
#: clusterId the planner has no input for).
INTERNET_CHARGE_CHOICES = [t.value for t in InternetChargeType if t is not InternetChargeType.BY_BANDWIDTH_CLUSTER]


class CapacityPlanner(w.VBox):  # type: ignore[misc]  # ipywidgets is untyped
    """Plan a fleet from a requirement, see what it costs, and create it after an explicit confirmation.

    Shows the requirement inputs (machines, minimum cores / memory / disk, areas or zones, zones whose loss
    to survive, charge type and period, network billing and bandwidth, monthly budget, OS image, name
    prefix, password), then, after **Plan**: a summary line, the chosen allocation per (zone, type), the
    money ("This charges ... now" for PREPAID, a monthly estimate for POSTPAID), the ranked options table
    (rows in the plan in bold) and a cost plot.

    **Create** sends nothing until "I confirm this order" is ticked; ``Plan.apply`` then re-checks stock and
    prices and refuses a stale plan. Changing any input withdraws the plan. The new instance ids go to
    ``monitor.watch`` (a ``FleetMonitor``, or the Dashboard) and are kept in
    ``created_ids``. Errors show in the panel under the Plan button.

    Usage, as the last line of a notebook cell:

    ```python
    from zltoolkit.widgets import CapacityPlanner, FleetMonitor

    monitor = FleetMonitor(session)
    CapacityPlanner(session, monitor=monitor)
    ```

    Args:
        client: A ``zltoolkit`` Session or Client.
        monitor: Anything with ``watch(ids)``; None: created ids are only listed.
        **kwargs: Passed to ``ipywidgets.VBox`` (e.g. ``layout``).
    """

    def __init__(self, client: Any, monitor: Any = None, **kwargs: Any) -> None:
        self.session = client
        self.monitor = monitor
        self.errors = ErrorPanel()
        self.plan: planning.Plan | None = None
        self.created_ids: list[str] = []

        def num(kind: type, desc: str, css: str, value: Any, **kw: Any) -> Any:
            return classed(kind(description=desc, value=value, style=_LABEL, **kw), css)

        self.count = num(w.BoundedIntText, "Machines", "zl-plan-count", 10, min=1, max=10_000)
        self.min_cores = num(w.BoundedIntText, "Min physical cores", "zl-plan-min-cores", 0, min=0, max=1024)
        self.min_memory = num(w.BoundedIntText, "Min memory GB", "zl-plan-min-memory", 0, min=0, max=100_000)
        self.min_disk = num(w.BoundedIntText, "Min disk GB", "zl-plan-min-disk", 0, min=0, max=10_000_000)
        self.areas = classed(w.SelectMultiple(description="Areas", options=[], rows=6, style=_LABEL),
                             "zl-plan-areas")
        self.zones = classed(w.Text(description="Zones (optional)", placeholder="SEL-A, TYO-A", style=_LABEL),
                             "zl-plan-zones")
        self.charge_type = classed(w.Dropdown(description="Charge type", style=_LABEL,
                                              options=[ChargeType.POSTPAID.value, ChargeType.PREPAID.value],
                                              value=ChargeType.POSTPAID.value), "zl-plan-charge")
        self.period = num(w.BoundedIntText, "Period (months)", "zl-plan-period", 1, min=1, max=60)
        self.internet_charge_type = classed(
            w.Dropdown(description="Network billing", style=_LABEL, options=INTERNET_CHARGE_CHOICES,
                       value=InternetChargeType.BY_BANDWIDTH.value), "zl-plan-internet")
        self.bandwidth = num(w.BoundedIntText, "Bandwidth Mbps", "zl-plan-bandwidth", 10, min=1, max=100_000)
        self.budget = num(w.BoundedFloatText, "Budget USD/month", "zl-plan-budget", 0.0, min=0.0,
                          max=1e12, tooltip="0 = no budget")
        self.tolerate = num(w.BoundedIntText, "Survive losing zones", "zl-plan-tolerate", 0, min=0, max=10)
        self.image = classed(w.Dropdown(description="Image", options=[(NO_IMAGE, "")], value="",
                                        style=_LABEL), "zl-plan-image")
        self.name_prefix = classed(w.Text(description="Name prefix", value="zl", style=_LABEL), "zl-plan-prefix")
        self.password = classed(w.Password(description="Password (optional)", style=_LABEL,
                                           placeholder="blank: random, emailed"), "zl-plan-password")
        self.plan_button = classed(w.Button(description="Plan", button_style="primary", icon="calculator"),
                                   "zl-plan-run")
        self.summary = classed(w.HTML(), "zl-plan-summary")
        self.options_table = classed(w.HTML(), "zl-plan-options")
        self.plot = classed(w.Output(), "zl-plan-plot")
        self.result = classed(w.HTML(), "zl-plan-result")
        self.price = classed(w.HTML(), "zl-plan-price")
        self.confirm = classed(w.Checkbox(description="I confirm this order", value=False, indent=False,
                                          disabled=True), "zl-plan-confirm")
        self.create_button = classed(w.Button(description="Create", button_style="danger", icon="server",
                                              disabled=True), "zl-plan-create")
        self.create_result = classed(w.HTML(), "zl-plan-create-result")
        self.apply_log = classed(w.Output(), "zl-plan-log")  # what Plan.apply says (it talks through display)

        g = self.errors.guard
        self.plan_button.on_click(g(lambda _b: self.run_plan(), "plan"))
        self.create_button.on_click(g(lambda _b: self.create(), "create"))
        self.charge_type.observe(g(lambda _c: self._on_charge(), "charge type"), names="value")
        for control in (self.count, self.min_cores, self.min_memory, self.min_disk, self.areas, self.zones,
                        self.charge_type, self.period, self.internet_charge_type, self.bandwidth, self.budget,
                        self.tolerate, self.image):
            control.observe(g(self._on_requirement_change, "input"), names="value")
        self._on_charge()

        inputs = w.HBox([
            w.VBox([self.count, self.min_cores, self.min_memory, self.min_disk, self.tolerate, self.budget]),
            w.VBox([self.areas, self.zones, self.charge_type, self.period]),
            w.VBox([self.internet_charge_type, self.bandwidth, self.image, self.name_prefix, self.password]),
        ])
        super().__init__(children=[
            inputs, self.plan_button, self.errors, self.summary, self.result, self.price,
            w.HBox([self.confirm, self.create_button]), self.create_result, self.apply_log,
            w.HTML("<b>Ranked options</b>"), self.options_table, self.plot,
        ], **kwargs)
        self.add_class("zl-capacity-planner")
        g(self.refresh, "load")()

    def refresh(self) -> None:
        """Areas and images to choose from."""
        zs = views.zones(self.session)
        self.areas.options = sorted(zs["area"].dropna().unique())
        imgs = views.images(self.session)
        self.image.options = [(NO_IMAGE, ""), *[(f"{r.image_name} ({r.os_type})", r.image_id)
                                                  for r in imgs.itertuples()]]
        self.image.index = None  # re-assert the index after new options (a browser may have sent None)
        self.image.index = 0

    def _on_charge(self) -> None:
        self.period.disabled = self.charge_type.value != ChargeType.PREPAID.value

    def _on_requirement_change(self, _change: Any) -> None:
        # A plan answers one requirement: changing it withdraws the plan (and any confirmation).
        if self.plan is not None:
            self._withdraw("Requirement changed: press Plan again.")

    def _withdraw(self, note: str) -> None:
        self.plan = None
        self.confirm.value = False
        self.confirm.disabled = True
        self.create_button.disabled = True
        self.price.value = f"<i>{html.escape(note)}</i>"

    # --- planning ---

    def requirement(self) -> planning.Requirement:
        """The Requirement the inputs describe (pydantic ValidationError when they cannot)."""
        return planning.Requirement(
            count=self.count.value,
            min_cores=self.min_cores.value or None,
            min_memory_gb=self.min_memory.value or None,
            min_disk_gb=self.min_disk.value or None,
            areas=list(self.areas.value) or None,
            zones=parse_csv(self.zones.value) or None,
            charge_type=self.charge_type.value,
            period=self.period.value if self.charge_type.value == ChargeType.PREPAID.value else 1,
            internet_charge_type=self.internet_charge_type.value,
            bandwidth_mbps=self.bandwidth.value,
            monthly_budget=self.budget.value or None,
            tolerate_zone_loss=self.tolerate.value,
            image_id=self.image.value or None,
        )

    def run_plan(self) -> planning.Plan | None:
        """Plan the requirement and show options, plot, plan and price (what **Plan** does)."""
        self.errors.clear()
        self.create_result.value = ""
        self._withdraw("")
        self.price.value = ""
        try:
            req = self.requirement()
        except ValidationError as exc:
            msgs = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors(include_url=False))
            self.summary.value = f'<div class="zl-plan-invalid" style="color:#b71c1c">Requirement invalid: {html.escape(msgs)}</div>'
            return None
        self.summary.value = f"<i>Planning: {html.escape(req.describe())} ...</i>"
        p = planning.plan(self.session, req)
        self.plan = p if p.feasible else None
        opts = p.options if p.options is not None else pd.DataFrame()
        self.options_table.value = self.options_html(opts, p)
        png = cost_plot_png(opts, p)
        if png is None:
            show_html(self.plot, "<i>no priced option to plot</i>")
        else:
            show_png(self.plot, png, "option and plan costs")
        feasible_n = int(opts["feasible"].fillna(False).sum()) if len(opts) else 0
        self.summary.value = (f"<b>{html.escape(req.describe())}</b>: {feasible_n} feasible (zone, type) option(s) "
                              f"of {len(opts)}")
        self.result.value = self.plan_html(p)
        if p.feasible:
            self.price.value = self.price_html(p)
            self.confirm.disabled = False
            self.create_button.disabled = False
        return p

    @staticmethod
    def options_html(opts: pd.DataFrame, p: planning.Plan) -> str:
        """The ranked options as an HTML table; the (zone, type) pairs in the plan in bold."""
        if opts.empty:
            return "<i>No offering for this charge type.</i>"
        chosen = {(a.zone_id, a.instance_type_id) for a in p.allocations}
        shown = opts[[c for c in OPTION_COLUMNS if c in opts.columns]].head(MAX_OPTION_ROWS).copy()
        shown["sell_status"] = shown["sell_status"].astype(str)
        in_plan = [(z, t) in chosen for z, t in zip(shown["zone_id"], shown["instance_type_id"], strict=True)]

        def row_style(row: pd.Series) -> list[str]:
            return ["font-weight: bold; background-color: #e3f2fd" if in_plan[cast(int, row.name)] else ""] * len(row)

        styler = (
            shown.style.hide(axis="index")
            .apply(row_style, axis=1)
            .map(lambda v: f"background-color: {SELL_COLOURS.get(v, 'transparent')}", subset=["sell_status"])
            .format({"unit_monthly": "{:,.2f}", "monthly_total": "{:,.2f}", "per_core": "{:,.2f}"}, na_rep="")
            .set_table_attributes('class="zl-options-grid" style="border-collapse:collapse;font-size:12px"')
            .set_table_styles([{"selector": "th, td", "props": "padding: 2px 6px; text-align: left;"}])
        )
        note = (f"<div><i>top {MAX_OPTION_ROWS} of {len(opts)}; bold rows are in the plan</i></div>"
                if len(opts) > MAX_OPTION_ROWS else "<div><i>bold rows are in the plan</i></div>")
        return f'<div style="max-height:380px;overflow:auto">{styler.to_html()}</div>{note}'

    @staticmethod
    def plan_html(p: planning.Plan) -> str:
        """The plan's allocations and warnings, or why no plan is feasible."""
        if not p.feasible:
            reasons = "".join(f"<li>{html.escape(r)}</li>" for r in p.reasons)
            return f'<div class="zl-plan-infeasible" style="color:#b71c1c"><b>No feasible plan:</b><ul>{reasons}</ul></div>'
        t = p.table[["zone_id", "city", "instance_type_id", "count", "unit_monthly", "monthly_cost", "total_cost",
                     "sell_status", "available", "certainty", "fallback_for"]].copy()
        t["sell_status"] = t["sell_status"].astype(str)
        table = (t.style.hide(axis="index")
                 .map(lambda v: f"background-color: {SELL_COLOURS.get(v, 'transparent')}", subset=["sell_status"])
                 .format({"unit_monthly": "{:,.2f}", "monthly_cost": "{:,.2f}", "total_cost": "{:,.2f}"}, na_rep="")
                 .set_table_attributes('class="zl-allocation-grid" style="border-collapse:collapse;font-size:12px"')
                 .set_table_styles([{"selector": "th, td", "props": "padding: 2px 6px; text-align: left;"}])
                 .to_html())
        warns = "".join(f"<li>{html.escape(x)}</li>" for x in p.warnings)
        head = html.escape(p.summary().splitlines()[0])
        return (f'<div class="zl-plan-feasible"><b>Plan:</b> {head}{table}'
                + (f'<div class="zl-plan-warnings" style="color:#e65100"><b>Warnings</b><ul>{warns}</ul></div>'
                   if warns else "") + "</div>")

    @staticmethod
    def price_html(p: planning.Plan) -> str:
        """What the plan costs: charged now (PREPAID) or per month (POSTPAID)."""
        req = p.requirement
        if req.charge_type is ChargeType.PREPAID:
            text = (f"<b>This charges {money(p.total_cost)} now</b> ({req.period} month(s) prepaid for "
                    f"{p.count} instance(s); {money(p.monthly_cost)}/month).")
        else:
            text = (f"Pay as you go: about <b>{money(p.monthly_cost)}/month</b> for {p.count} instance(s); "
                    f"nothing is charged now.")
        return f'<div class="zl-plan-price-text">{text} Stock and prices are re-checked before creating.</div>'

    # --- creating ---

    def create(self) -> list[str]:
        """Apply the plan when confirmed: re-check, create, hand the ids to the monitor."""
        if self.plan is None:
            self.create_result.value = '<div class="zl-need-plan" style="color:#e65100">Press Plan first: nothing was sent.</div>'
            return []
        if not self.confirm.value:
            self.create_result.value = ('<div class="zl-need-confirm" style="color:#e65100">Tick "I confirm this '
                                        'order" first: nothing was sent.</div>')
            return []
        plan_, self.confirm.value = self.plan, False  # one confirmation, one order
        from zltoolkit.client import ZenlayerError

        ids: list[str] = []
        try:
            with self.apply_log:
                states = plan_.apply(self.session, confirm=True, watch=False, progress=False,
                                     name_prefix=self.name_prefix.value.strip() or "zl",
                                     password=self.password.value or None)
            ids = states["instance_id"].astype(str).tolist()
        except planning.PlanStaleError as exc:
            self._withdraw("The plan is stale: press Plan again.")
            self.create_result.value = (f'<div class="zl-plan-stale" style="color:#b71c1c"><b>Nothing was created:</b> '
                                        f"<pre>{html.escape(str(exc))}</pre></div>")
            return []
        except planning.PlanApplyError as exc:
            ids = list(exc.created)
            cause = api_error_text(exc.cause) or str(exc.cause)
            self.create_result.value = (f'<div class="zl-server-error" style="color:#b71c1c;font-weight:600">Create '
                                        f"failed - {html.escape(cause)}; {len(ids)} instance(s) were created "
                                        f"before it (watched below).</div>")
        except (planning.PlanError, ZenlayerError) as exc:
            text = api_error_text(exc) or str(exc)
            self.create_result.value = (f'<div class="zl-server-error" style="color:#b71c1c;font-weight:600">'
                                        f"Create failed - {html.escape(text)}</div>")
            return []
        else:
            self.create_result.value = (f'<div class="zl-created" style="color:#2e7d32">Created {len(ids)} '
                                        f"instance(s); watching them in the monitor.</div>")
        self.created_ids.extend(ids)
        self.create_button.disabled = True  # this plan is spent; plan again for more
        self.confirm.disabled = True
        if self.monitor is not None and ids:
            self.monitor.watch(ids)
        return ids


def cost_plot_png(opts: pd.DataFrame, p: planning.Plan) -> bytes | None:
    """Left: monthly cost per instance of the cheapest feasible options (plan picks highlighted).
    Right: the plan's instances and monthly cost per zone."""
    if opts.empty or "unit_monthly" not in opts:
        return None
    feas = opts[opts["feasible"].fillna(False) & opts["unit_monthly"].notna()].head(15)
    if feas.empty:
        return None
    from matplotlib.figure import Figure

    chosen = {(a.zone_id, a.instance_type_id) for a in p.allocations}
    fig = Figure(figsize=(11, 0.35 * len(feas) + 1.6), layout="constrained")
    ax1, ax2 = fig.subplots(1, 2, gridspec_kw={"width_ratios": [3, 2]})
    labels = [f"{z}/{t}" for z, t in zip(feas["zone_id"], feas["instance_type_id"], strict=True)]
    colours = ["#1565c0" if (z, t) in chosen else "#b0bec5"
               for z, t in zip(feas["zone_id"], feas["instance_type_id"], strict=True)]
    values = feas["unit_monthly"].astype(float).tolist()
    ax1.barh(range(len(values)), values, color=colours)
    ax1.set_yticks(range(len(values)), labels, fontsize=8)
    ax1.invert_yaxis()
    ax1.set_xlabel("USD per instance per month")
    ax1.set_title("Cheapest feasible options (blue: in the plan)", fontsize=9)
    if p.feasible:
        bz = p.by_zone()
        ax2.bar(bz["zone_id"].astype(str), bz["count"].astype(int), color="#1565c0")
        ax2.set_ylabel("instances")
        ax2.set_title(f"Plan: {p.count} instances, {p.monthly_cost:,.0f} USD/month", fontsize=9)
        ax2.tick_params(axis="x", rotation=45, labelsize=8)
        for i, (n, c) in enumerate(zip(bz["count"], bz["monthly_cost"], strict=True)):
            ax2.text(i, int(n), f"{float(c):,.0f}", ha="center", va="bottom", fontsize=7)
    else:
        ax2.text(0.5, 0.5, "no feasible plan", ha="center", va="center")
        ax2.set_axis_off()
    return figure_png(fig)
