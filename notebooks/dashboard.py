# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Zenlayer BMC dashboard
#
# The Voila app: `make demo` serves this notebook. Stock, capacity planning, a create form and the fleet monitor, wired together.

# %% tags=["parameters"]
import os

# "env" when make demo / the browser tests start Voila (ZENLAYERCLOUD_* name their zl-mock).
ENDPOINT = os.environ.get("ZL_ENDPOINT", "mock")

# %%
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
dashboard
