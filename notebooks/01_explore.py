# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Explore: zones, instance types, stock and images
#
# Everything here is a pandas DataFrame with a fixed schema, straight from the BMC API: zones, instance types
# (specs normalised: `cores` are physical cores, `core_count_reported` is the API's `cpuCoreCount`), stock per
# zone and type, images per type. Run it against the in-process mock (`ENDPOINT = "mock"`) or against whatever
# the `ZENLAYERCLOUD_*` variables name (`ENDPOINT = "env"`).

# %% tags=["parameters"]
ENDPOINT = "mock"

# %%
import zltoolkit as zl

if ENDPOINT == "mock":
    session = zl.connect("mock", clock="manual", seed=7)  # in-process mock: nothing waits on wall time
elif ENDPOINT == "env":
    session = zl.connect()  # ZENLAYERCLOUD_* variables: the real API, or a zl-mock started elsewhere
else:
    session = zl.connect(ENDPOINT)  # an explicit endpoint; credentials from the environment
session

# %% [markdown]
# ## Zones by area

# %%
zones = session.zones()
print(zones.groupby("area").size().to_string())
zones.head(8)

# %% [markdown]
# ## Instance types
#
# `cores` is what a requirement means by cores; the API's `cpuCoreCount` counts threads on these machines.

# %%
types = session.instance_types()
types[["instance_type_id", "description", "cores", "threads", "core_count_reported", "memory_gb",
       "disk_layout", "disk_total_gb", "raid_levels", "max_bandwidth_mbps"]]

# %% [markdown]
# ## The catalogue: stock x types x zones
#
# One row per offered (zone, type, charge type); `sell_status` is SELL (> 10), SELL_SHORTAGE (1-10) or SOLD_OUT.

# %%
catalog = session.catalog(charge_type="POSTPAID")
print(f"{len(catalog)} offerings in {catalog.zone_id.nunique()} zones")
catalog.pivot_table(index="area", columns="sell_status", values="zone_id", aggfunc="count", observed=False)

# %% [markdown]
# ## Stock heatmap (Asia)
#
# Instances in stock per zone and type; red = sold out, blank = not offered there.

# %%
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
plt.show()

# %% [markdown]
# ## Images per instance type
#
# Which operating systems each type can install (`DescribeImages` with `instanceTypeId`).

# %%
import pandas as pd

per_type = pd.concat([session.images(t).assign(instance_type_id=t) for t in types.instance_type_id],
                     ignore_index=True)
pd.crosstab(per_type.instance_type_id, per_type.catalog)

# %% [markdown]
# ## Prices of a few offerings
#
# `prices()` asks `InquiryPriceCreateInstance` concurrently (bounded, cached); `monthly_cost` is per instance.

# %%
cheap = asia[asia.sell_status != "SOLD_OUT"].drop_duplicates("instance_type_id").head(8)
prices = session.prices(cheap, charge_type="POSTPAID", bandwidth=10, progress=False)
prices[["zone_id", "instance_type_id", "instance_price", "bandwidth_price", "monthly_cost"]].sort_values(
    "monthly_cost")

# %% [markdown]
# ## Interactive: the stock explorer
#
# Filter by area, city, zone, charge type, minimum specs and sell status.

# %%
from zltoolkit.widgets import StockExplorer

StockExplorer(session)
