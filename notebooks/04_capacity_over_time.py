# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Capacity over time: where will 20 × M6C most likely be available next week?
#
# Stock moves: other tenants buy machines and give them back. A snapshot of today's stock says little about
# next week, a month of history says more. On the mock (its market on, a manual clock) a month of history
# is recorded in seconds; against the real API the same cells record in real time (start the recorder and
# come back later). docs/capacity-over-time.md explains the market, the recorder and the score.

# %% tags=["parameters"]
ENDPOINT = "mock"
COUNT = 20  # machines wanted at once
TYPE = "M6C"
DAYS = 30  # of history to record (mock: simulated in seconds)
EVERY_HOURS = 6  # between recording rounds
STORE = ""  # the history file; empty: a fresh file in a temporary directory

# %%
import tempfile
from pathlib import Path

import zltoolkit as zl

if ENDPOINT == "mock":
    # In-process mock, manual clock (waiting advances it), the market on: other tenants move the stock.
    session = zl.connect("mock", clock="manual", seed=7, market=True)
elif ENDPOINT == "env":
    session = zl.connect()  # ZENLAYERCLOUD_* variables: the real API, or a zl-mock started elsewhere
else:
    session = zl.connect(ENDPOINT)  # an explicit endpoint; credentials from the environment
store = Path(STORE) if STORE else Path(tempfile.mkdtemp()) / "capacity_history.sqlite"
session

# %% [markdown]
# ## Record a month
#
# One DescribeAvailableResources (POSTPAID) every `EVERY_HOURS` hours of server time; each round is stamped
# with the mock's clock (its `X-Mock-Clock` answer header). A failed call would be a gap, never "sold out".

# %%
rec = session.record_stock(every=EVERY_HOURS * 3600, store=store, charge_type="POSTPAID")
rounds = DAYS * 24 // EVERY_HOURS + 1
if ENDPOINT == "mock":
    rec.run(rounds=rounds)  # seconds: the manual clock is advanced instead of waited on
else:
    rec.run(rounds=1)  # the real API: one round now; rec.start() records in the background
rec

# %%
history = rec.history()
m6c = history[history.instance_type_id == TYPE]
print(f"{len(history)} observations over {history.ts.min():%Y-%m-%d} .. {history.ts.max():%Y-%m-%d}; "
      f"{m6c[['zone_id']].drop_duplicates().shape[0]} zones sell {TYPE}")
zl.availability_heatmap(m6c, rec.rounds())

# %% [markdown]
# ## How often did each zone have room for 20?
#
# The placement score (1-10) is the share of observed time an offering had at least `COUNT` machines,
# `1 + round(9 × share)`: 10 means it had room at least 94 % of the time.

# %%
scores = zl.placement_scores(rec, count=COUNT, charge_type="POSTPAID")
top = scores[scores.instance_type_id == TYPE].head(8)
top[["zone_id", "instance_type_id", "score", "share", "observed_h", "trusted", "note"]]

# %%
zl.qty_timeline(history, [f"{z}/{TYPE}" for z in top.zone_id.head(3)], rec.rounds())

# %% [markdown]
# ## What would they cost?
#
# The planner, ranked by placement score (then cost), with today's prices and stock.

# %%
req = zl.Requirement(count=COUNT, instance_types=[TYPE], rank_by="score")
opts = session.options(req, history=rec)
cols = ["rank", "zone_id", "instance_type_id", "score", "available", "unit_monthly", "monthly_total"]
ranked = opts[opts.feasible.fillna(False)]
ranked[cols].head(8)

# %%
best = ranked.iloc[0] if len(ranked) else None
if best is None:
    print(f"No zone can take {COUNT} x {TYPE} right now.")
else:
    print(f"Most likely to have {COUNT} x {TYPE} next week: {best.zone_id} (score {best.score}/10), "
          f"about {best.unit_monthly * COUNT:,.0f} USD per month for the {COUNT}.")

# %%
rec.close()
session.close()
