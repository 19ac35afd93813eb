# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Capacity planning: 40 machines in Asia that survive losing a zone
#
# **The question.** We need 40 bare-metal machines with at least 32 physical cores and 128 GB of memory, in
# Asia, paid monthly (POSTPAID), and the service must keep 40 machines even if one whole zone goes down. The
# budget is `BUDGET` per month. Which zones and types, how many of each, and what does it cost?

# %% tags=["parameters"]
ENDPOINT = "mock"
BUDGET = 40_000.0  # USD per month

# %%
import zltoolkit as zl

if ENDPOINT == "mock":
    session = zl.connect("mock", clock="manual", seed=7)  # in-process mock: nothing waits on wall time
elif ENDPOINT == "env":
    session = zl.connect()  # ZENLAYERCLOUD_* variables: the real API, or a zl-mock started elsewhere
else:
    session = zl.connect(ENDPOINT)  # an explicit endpoint; credentials from the environment
session

# %%
req = zl.Requirement(count=40, min_cores=32, min_memory_gb=128, areas=["Asia"], tolerate_zone_loss=1,
                     monthly_budget=BUDGET)
print(req.describe())

# %% [markdown]
# ## Every candidate, ranked
#
# Each offered (zone, type) is checked against the specs, the place, the network billing and the stock, then priced. Feasible candidates are ranked by monthly cost per instance.

# %%
opts = session.options(req)
print(f"{int(opts.feasible.sum())} feasible of {len(opts)} offerings")
cols = ["rank", "zone_id", "city", "instance_type_id", "cores", "memory_gb", "sell_status", "available",
        "certainty", "unit_monthly", "per_core"]
opts[opts.feasible][cols].head(12)

# %%
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
plt.show()

# %% [markdown]
# ## The plan
#
# Tolerating the loss of one zone over Z zones means ceil(40 / (Z - 1)) machines in each zone; the planner tries every Z and keeps the cheapest placement that stock allows.

# %%
plan = session.plan(req)
print(plan.summary())
plan.table[["zone_id", "city", "instance_type_id", "count", "unit_monthly", "monthly_cost", "sell_status",
            "available", "certainty"]]

# %%
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
print("machines left if a zone is lost:", survivors)

# %% [markdown]
# ## Monthly or prepaid for a year?
#
# The same requirement paid up front for 12 months.

# %%
import pandas as pd

prepaid = session.plan(zl.Requirement(**{**req.model_dump(), "charge_type": "PREPAID", "period": 12}))
pd.DataFrame({
    "plan": ["POSTPAID", "PREPAID 12 months"],
    "machines": [plan.count, prepaid.count],
    "zones": [len(plan.zones), len(prepaid.zones)],
    "per month": [plan.monthly_cost, prepaid.monthly_cost],
    "for 12 months": [plan.monthly_cost * 12, prepaid.total_cost],
}).round(2)

# %% [markdown]
# ## What would be sent
#
# One `CreateInstances` per (zone, type), at most 100 each, names numbered with the API's `[begin,bits]` pattern, each request checked with the server's rules first. Nothing is sent here: creating is notebook 03.

# %%
requests = plan.to_requests(name_prefix="asia")
pd.DataFrame([{"zone": r.zone_id, "type": r.instance_type_id, "amount": r.amount, "names": r.instance_name,
               "billing": r.instance_charge_type.value} for r in requests])

# %% [markdown]
# ## Interactive: the capacity planner

# %%
from zltoolkit.widgets import CapacityPlanner

planner = CapacityPlanner(session)
planner
