"""Write the notebooks of this directory from the cell sources below (no outputs, no execution counts).

    python notebooks/generate.py          # rewrite the .ipynb files
    python notebooks/generate.py --check  # exit 1 when a committed notebook differs from its source here

Every notebook starts with a cell tagged ``parameters`` holding ``ENDPOINT``: ``"mock"`` starts an in-process
mock (``zl.connect("mock")``), ``"env"`` uses the ``ZENLAYERCLOUD_*`` variables (the real API, or the zl-mock
that ``make demo`` and the browser tests start). papermill injects new values after that cell.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent

CONNECT = '''\
import zltoolkit as zl

if ENDPOINT == "mock":
    session = zl.connect("mock", clock={clock!r}, seed=7)  # in-process mock{why}
elif ENDPOINT == "env":
    session = zl.connect()  # ZENLAYERCLOUD_* variables: the real API, or a zl-mock started elsewhere
else:
    session = zl.connect(ENDPOINT)  # an explicit endpoint; credentials from the environment
session'''


def connect(clock: str = "manual", why: str = ": nothing waits on wall time") -> str:
    return CONNECT.format(clock=clock, why=why)


NOTEBOOKS: dict[str, list[tuple[str, str]]] = {
    "01_explore.ipynb": [
        ("md", """\
# Explore: zones, instance types, stock and images

Everything here is a pandas DataFrame with a fixed schema, straight from the BMC API: zones, instance types
(specs normalised: `cores` are physical cores, `core_count_reported` is the API's `cpuCoreCount`), stock per
zone and type, images per type. Run it against the in-process mock (`ENDPOINT = "mock"`) or against whatever
the `ZENLAYERCLOUD_*` variables name (`ENDPOINT = "env"`)."""),
        ("parameters", 'ENDPOINT = "mock"'),
        ("code", connect()),
        ("md", "## Zones by area"),
        ("code", """\
zones = session.zones()
print(zones.groupby("area").size().to_string())
zones.head(8)"""),
        ("md", "## Instance types\n\n`cores` is what a requirement means by cores; the API's `cpuCoreCount` "
               "counts threads on these machines."),
        ("code", """\
types = session.instance_types()
types[["instance_type_id", "description", "cores", "threads", "core_count_reported", "memory_gb",
       "disk_layout", "disk_total_gb", "raid_levels", "max_bandwidth_mbps"]]"""),
        ("md", "## The catalogue: stock x types x zones\n\nOne row per offered (zone, type, charge type); "
               "`sell_status` is SELL (> 10), SELL_SHORTAGE (1-10) or SOLD_OUT."),
        ("code", """\
catalog = session.catalog(charge_type="POSTPAID")
print(f"{len(catalog)} offerings in {catalog.zone_id.nunique()} zones")
catalog.pivot_table(index="area", columns="sell_status", values="zone_id", aggfunc="count", observed=False)"""),
        ("md", "## Stock heatmap (Asia)\n\nInstances in stock per zone and type; red = sold out, blank = not "
               "offered there."),
        ("code", """\
import matplotlib.pyplot as plt
import numpy as np

asia = catalog[catalog.area == "Asia"]
grid = asia.pivot_table(index="zone_id", columns="instance_type_id", values="qty_min", aggfunc="sum",
                        observed=True).astype(float)
values = grid.to_numpy()
fig, ax = plt.subplots(figsize=(1 + 0.6 * grid.shape[1], 0.9 + 0.32 * grid.shape[0]))
im = ax.imshow(np.where(values > 0, values, np.nan), cmap="YlGn", aspect="auto")
ax.imshow(np.where(values == 0, 1.0, np.nan), cmap="Reds", vmin=0, vmax=1.5, aspect="auto")
ax.set_xticks(range(grid.shape[1]), grid.columns, rotation=90)
ax.set_yticks(range(grid.shape[0]), grid.index)
for (i, j), v in np.ndenumerate(values):
    if not np.isnan(v):
        ax.text(j, i, int(v), ha="center", va="center", fontsize=7)
fig.colorbar(im, ax=ax, label="in stock")
ax.set_title("POSTPAID stock in Asia")
plt.show()"""),
        ("md", "## Images per instance type\n\nWhich operating systems each type can install "
               "(`DescribeImages` with `instanceTypeId`)."),
        ("code", """\
import pandas as pd

per_type = pd.concat([session.images(t).assign(instance_type_id=t) for t in types.instance_type_id],
                     ignore_index=True)
pd.crosstab(per_type.instance_type_id, per_type.catalog)"""),
        ("md", "## Prices of a few offerings\n\n`prices()` asks `InquiryPriceCreateInstance` concurrently "
               "(bounded, cached); `monthly_cost` is per instance."),
        ("code", """\
cheap = asia[asia.sell_status != "SOLD_OUT"].drop_duplicates("instance_type_id").head(8)
prices = session.prices(cheap, charge_type="POSTPAID", bandwidth=10, progress=False)
prices[["zone_id", "instance_type_id", "instance_price", "bandwidth_price", "monthly_cost"]].sort_values(
    "monthly_cost")"""),
        ("md", "## Interactive: the stock explorer\n\nFilter by area, city, zone, charge type, minimum specs "
               "and sell status."),
        ("code", """\
from zltoolkit.widgets import StockExplorer

StockExplorer(session).widget"""),
    ],
    "02_capacity_planning.ipynb": [
        ("md", """\
# Capacity planning: 40 machines in Asia that survive losing a zone

**The question.** We need 40 bare-metal machines with at least 32 physical cores and 128 GB of memory, in
Asia, paid monthly (POSTPAID), and the service must keep 40 machines even if one whole zone goes down. The
budget is `BUDGET` per month. Which zones and types, how many of each, and what does it cost?"""),
        ("parameters", 'ENDPOINT = "mock"\nBUDGET = 40_000.0  # USD per month'),
        ("code", connect()),
        ("code", """\
req = zl.Requirement(count=40, min_cores=32, min_memory_gb=128, areas=["Asia"], tolerate_zone_loss=1,
                     monthly_budget=BUDGET)
print(req.describe())"""),
        ("md", "## Every candidate, ranked\n\nEach offered (zone, type) is checked against the specs, the "
               "place, the network billing and the stock, then priced. Feasible candidates are ranked by "
               "monthly cost per instance."),
        ("code", """\
opts = session.options(req)
print(f"{int(opts.feasible.sum())} feasible of {len(opts)} offerings")
cols = ["rank", "zone_id", "city", "instance_type_id", "cores", "memory_gb", "sell_status", "available",
        "certainty", "unit_monthly", "per_core"]
opts[opts.feasible][cols].head(12)"""),
        ("code", """\
import matplotlib.pyplot as plt

feasible = opts[opts.feasible]
fig, (a1, a2) = plt.subplots(1, 2, figsize=(13, 4.5))
top = feasible.head(15)
a1.barh([f"{z}/{t}" for z, t in zip(top.zone_id, top.instance_type_id, strict=True)], top.unit_monthly, color="#1565c0")
a1.invert_yaxis()
a1.set_xlabel("USD per instance per month")
a1.set_title("Cheapest feasible options")
for t, g in feasible.groupby("instance_type_id", observed=True):
    a2.scatter(g.cores, g.unit_monthly, label=t, s=20 + g.available.astype(float).clip(upper=200))
a2.set_xlabel("physical cores")
a2.set_ylabel("USD per month")
a2.set_title("Price vs cores (dot size: stock)")
a2.legend(fontsize=8)
plt.tight_layout()
plt.show()"""),
        ("md", "## The plan\n\nTolerating the loss of one zone over Z zones means ceil(40 / (Z - 1)) machines in "
               "each zone; the planner tries every Z and keeps the cheapest placement that stock allows."),
        ("code", """\
plan = session.plan(req)
print(plan.summary())
plan.table[["zone_id", "city", "instance_type_id", "count", "unit_monthly", "monthly_cost", "sell_status",
            "available", "certainty"]]"""),
        ("code", """\
assert plan.feasible, plan.reasons
by_zone = plan.by_zone()
# Losing any one zone must still leave at least 40 machines.
survivors = {z: plan.count - int(n) for z, n in zip(by_zone.zone_id, by_zone["count"], strict=True)}
assert min(survivors.values()) >= req.count, survivors
fig, ax = plt.subplots(figsize=(8, 3.5))
ax.bar(by_zone.zone_id, by_zone["count"], color="#1565c0")
ax.axhline(plan.count - req.count, color="#c62828", ls="--", label="spare capacity (= loss tolerated)")
ax.set_ylabel("machines")
ax.set_title(f"{plan.count} machines over {len(by_zone)} zones: {plan.monthly_cost:,.0f} USD/month")
ax.legend()
plt.show()
print("machines left if a zone is lost:", survivors)"""),
        ("md", "## Monthly or prepaid for a year?\n\nThe same requirement paid up front for 12 months."),
        ("code", """\
import pandas as pd

prepaid = session.plan(zl.Requirement(**{**req.model_dump(), "charge_type": "PREPAID", "period": 12}))
pd.DataFrame({
    "plan": ["POSTPAID", "PREPAID 12 months"],
    "machines": [plan.count, prepaid.count],
    "zones": [len(plan.zones), len(prepaid.zones)],
    "per month": [plan.monthly_cost, prepaid.monthly_cost],
    "for 12 months": [plan.monthly_cost * 12, prepaid.total_cost],
}).round(2)"""),
        ("md", "## What would be sent\n\nOne `CreateInstances` per (zone, type), at most 100 each, names numbered "
               "with the API's `[begin,bits]` pattern, each request checked with the server's rules first. "
               "Nothing is sent here: creating is notebook 03."),
        ("code", """\
requests = plan.to_requests(name_prefix="asia")
pd.DataFrame([{"zone": r.zone_id, "type": r.instance_type_id, "amount": r.amount, "names": r.instance_name,
               "billing": r.instance_charge_type.value} for r in requests])"""),
        ("md", "## Interactive: the capacity planner"),
        ("code", """\
from zltoolkit.widgets import CapacityPlanner

planner = CapacityPlanner(session)
planner.widget"""),
    ],
    "03_create_and_watch.ipynb": [
        ("md", """\
# Create and watch

Plan a small fleet, create it, watch every instance go PENDING -> CREATING -> INSTALLING -> RUNNING with the
fleet monitor (an asyncio task: the kernel stays free), then — against the mock only — break things on
purpose through its control plane and see each failure handled.

**This creates instances.** Against the real API that costs money: it only does so when `CONFIRM = True`."""),
        ("parameters", 'ENDPOINT = "mock"\nCONFIRM = None  # None: create only on the mock'),
        ("code", connect()),
        ("code", """\
import asyncio

CONFIRM = (ENDPOINT == "mock") if CONFIRM is None else CONFIRM
if session.mock is not None:
    POLL = 30.0  # seconds of mock time per round; the mock's clock jumps instead of waiting

    async def api_sleep(seconds: float) -> None:
        session.sleep(seconds)  # advances the manual clock
        await asyncio.sleep(0)
else:
    POLL, api_sleep = 10.0, None"""),
        ("md", "## A small plan: 6 machines in Asia, any one zone may fail"),
        ("code", """\
images = session.images()
ubuntu = images[images.image_name.str.startswith("Ubuntu")].image_id.iloc[0]
req = zl.Requirement(count=6, min_cores=16, min_memory_gb=64, areas=["Asia"], tolerate_zone_loss=1,
                     image_id=ubuntu)
plan = session.plan(req)
print(plan.summary())
plan.table[["zone_id", "instance_type_id", "count", "monthly_cost", "sell_status", "available"]]"""),
        ("md", "## Create (after re-checking stock and prices) and watch\n\nNo password is given, so the API "
               "generates one and e-mails it."),
        ("code", """\
from zltoolkit.widgets import FleetMonitor

monitor = FleetMonitor(session, poll=POLL, sleep=api_sleep)
ids = []
if CONFIRM:
    created = plan.apply(session, confirm=True, watch=False, name_prefix="demo")
    ids = created.instance_id.tolist()
    monitor.watch(ids)  # returns at once: watching runs as a task on the kernel's event loop
else:
    print("CONFIRM is False: nothing created.")
monitor.widget"""),
        ("code", """\
final = await monitor.wait()  # the cell waits; the widget above updated every round
print(final.status.astype(str).value_counts().to_string())
assert final.status.astype(str).isin(["RUNNING", "CREATE_FAILED", "INSTALL_FAILED"]).all()
final[["instance_id", "instance_name", "zone_id", "status", "public_ip"]]"""),
        ("md", """\
## Failures, on purpose (mock only)

The mock's control plane (`session.mock`, i.e. `/_mock`) lets us inject what is rare in real life:

1. **Sold out after planning.** The stock of a planned (zone, type) drops to 0: `apply` re-checks first and
   refuses the stale plan (nothing created); a direct create gets the API's `RESOURCES_SOLDOUT_INSTANCE_TYPE`.
2. **A temporary outage.** A fault rule answers 503 `SERVICE_TEMPORARY_UNAVAILABLE` once: the client retries
   (the server did not act), and the journal shows both attempts.
3. **A failed create.** An instance is forced to `CREATE_FAILED`: the monitor reports it in red instead of
   waiting forever."""),
        ("code", """\
from zltoolkit.client import ZenlayerError

if session.mock is not None:
    a = plan.allocations[0]
    session.mock.set_stock(a.zone_id, a.instance_type_id, a.charge_type, 0)
    try:
        plan.apply(session, confirm=True, watch=False)
    except zl.PlanStaleError as exc:
        print("apply refused:", str(exc).splitlines()[0])
        print(exc.changes[["zone_id", "instance_type_id", "planned", "available_now", "problem"]].to_string())
    try:
        session.create_instances(zone_id=a.zone_id, instance_type_id=a.instance_type_id,
                                 instance_charge_type=a.charge_type, internet_charge_type="ByBandwidth")
    except ZenlayerError as exc:
        print("direct create:", exc)  # CODE: message (request id ..., HTTP 400)
        assert exc.code == "RESOURCES_SOLDOUT_INSTANCE_TYPE"
    replan = session.plan(req)
    assert (a.zone_id, a.instance_type_id) not in {(x.zone_id, x.instance_type_id) for x in replan.allocations}
    print("re-planned without it:", replan.summary().splitlines()[0])
else:
    print("Failure injection needs the mock (ENDPOINT = 'mock').")"""),
        ("code", """\
if session.mock is not None:
    session.mock.clear_journal()
    session.mock.add_fault(action="CreateInstances", error="SERVICE_TEMPORARY_UNAVAILABLE", first_n=1)
    resp = session.create_instances(zone_id=replan.allocations[0].zone_id,
                                    instance_type_id=replan.allocations[0].instance_type_id,
                                    instance_charge_type="POSTPAID", internet_charge_type="ByBandwidth",
                                    amount=2, instance_name="retry-[1,1]")
    attempts = session.mock.journal(action="CreateInstances")
    print([(e["status"], e["code"]) for e in attempts])
    assert [e["status"] for e in attempts][-2:] == [503, 200]
    retried_ids = list(resp.instance_id_set)
    session.mock.force_status(retried_ids[0], "CREATE_FAILED")
    monitor2 = FleetMonitor(session, poll=POLL, sleep=api_sleep)
    monitor2.watch(retried_ids)
    display(monitor2.widget)"""),
        ("code", """\
if session.mock is not None:
    final2 = await monitor2.wait()
    print(final2[["instance_id", "status", "failed"]].to_string())
    assert final2.failed.sum() == 1  # reported, not hidden
    session.mock.clear_faults()"""),
        ("md", "## Everything this session created"),
        ("code", """\
session.instances()[["instance_id", "instance_name", "zone_id", "instance_type_id", "status", "charge_type"]]"""),
    ],
    "dashboard.ipynb": [
        ("md", "# Zenlayer BMC dashboard\n\nThe Voila app: `make demo` serves this notebook. Stock, capacity "
               "planning, a create form and the fleet monitor, wired together."),
        ("parameters", '''\
import os

# "env" when make demo / the browser tests start Voila (ZENLAYERCLOUD_* name their zl-mock).
ENDPOINT = os.environ.get("ZL_ENDPOINT", "mock")'''),
        ("code", '''\
import os

import zltoolkit as zl
from zltoolkit.widgets import Dashboard

if ENDPOINT == "mock":
    session = zl.connect("mock", speed=60, quiet=True)  # in-process mock, clock x60: a create takes seconds
elif ENDPOINT == "env":
    session = zl.connect(quiet=True)  # the header below says where it is connected
else:
    session = zl.connect(ENDPOINT, quiet=True)
dashboard = Dashboard(session, poll=float(os.environ.get("ZL_POLL", "2")))
dashboard.widget'''),
    ],
}


def build(name: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    stem = name.removesuffix(".ipynb")
    for n, (kind, source) in enumerate(NOTEBOOKS[name], 1):
        cell_id = f"{stem}-{n:02d}"  # stable ids: regenerating gives identical files
        if kind == "md":
            cell = nbformat.v4.new_markdown_cell(source, id=cell_id)
        else:
            cell = nbformat.v4.new_code_cell(source, id=cell_id)
            if kind == "parameters":
                cell.metadata["tags"] = ["parameters"]
        nb.cells.append(cell)
    nbformat.validate(nb)
    return nb


def render(name: str) -> str:
    return nbformat.writes(build(name)) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for name in NOTEBOOKS:
        path = HERE / name
        text = render(name)
        if check:
            if not path.exists() or path.read_text() != text:
                stale.append(name)
        else:
            path.write_text(text)
    if stale:
        print("out of date (run python notebooks/generate.py):", ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
