# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Create and watch
#
# Plan a small fleet, create it, watch every instance go PENDING -> CREATING -> INSTALLING -> RUNNING with the
# fleet monitor (an asyncio task: the kernel stays free), then — against the mock only — break things on
# purpose through its control plane and see each failure handled.
#
# **This creates instances.** Against the real API that costs money: it only does so when `CONFIRM = True`.

# %% tags=["parameters"]
ENDPOINT = "mock"
CONFIRM = None  # None: create only on the mock

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
import asyncio

CONFIRM = (ENDPOINT == "mock") if CONFIRM is None else CONFIRM
if session.mock is not None:
    POLL = 30.0  # seconds of mock time per round; the mock's clock jumps instead of waiting

    async def api_sleep(seconds: float) -> None:
        session.sleep(seconds)  # advances the manual clock
        await asyncio.sleep(0)
else:
    POLL, api_sleep = 10.0, None

# %% [markdown]
# ## A small plan: 6 machines in Asia, any one zone may fail

# %%
images = session.images()
ubuntu = images[images.image_name.str.startswith("Ubuntu")].image_id.iloc[0]
req = zl.Requirement(count=6, min_cores=16, min_memory_gb=64, areas=["Asia"], tolerate_zone_loss=1,
                     image_id=ubuntu)
plan = session.plan(req)
print(plan.summary())
plan.table[["zone_id", "instance_type_id", "count", "monthly_cost", "sell_status", "available"]]

# %% [markdown]
# ## Create (after re-checking stock and prices) and watch
#
# No password is given, so the API generates one and e-mails it.

# %%
from zltoolkit.widgets import FleetMonitor

monitor = FleetMonitor(session, poll=POLL, sleep=api_sleep)
ids = []
if CONFIRM:
    created = plan.apply(session, confirm=True, watch=False, name_prefix="demo")
    ids = created.instance_id.tolist()
    monitor.watch(ids)  # returns at once: watching runs as a task on the kernel's event loop
else:
    print("CONFIRM is False: nothing created.")
monitor

# %%
final = await monitor.wait()  # the cell waits; the widget above updated every round
print(final.status.astype(str).value_counts().to_string())
assert final.status.astype(str).isin(["RUNNING", "CREATE_FAILED", "INSTALL_FAILED"]).all()
final[["instance_id", "instance_name", "zone_id", "status", "public_ip"]]

# %% [markdown]
# ## Traffic of the new machines
#
# `session.traffic` reads DescribeInstanceTraffic: one sample per 5 minutes (bits per second), at most a day
# per call (the view asks day by day), the last 30 days. On the mock two hours of its clock pass first, so
# there is something to see; the series is synthetic and follows each machine's bandwidth.

# %%
import pandas as pd

running = final[final.status.astype(str) == "RUNNING"].instance_id.tolist()[:3]
if session.mock is not None:
    session.sleep(2 * 3600)
end = pd.Timestamp(session.mock.now() if session.mock is not None else pd.Timestamp.now(tz="UTC").timestamp(),
                   unit="s", tz="UTC")
samples = session.traffic(running, end - pd.Timedelta(hours=2), end)
if len(samples):
    mbps = samples.assign(out_mbps=samples.out_bps / 1e6).pivot(index="time", columns="instance_id",
                                                                values="out_mbps")
    ax = mbps.astype(float).plot(figsize=(9, 3), title="Outbound traffic (Mbps), 5-minute samples")
    ax.set_ylabel("Mbps")
else:
    print("No traffic samples yet.")
session.internet_status(running)

# %% [markdown]
# ## Failures, on purpose (mock only)
#
# The mock's control plane (`session.mock`, i.e. `/_mock`) lets us inject what is rare in real life:
#
# 1. **Sold out after planning.** The stock of a planned (zone, type) drops to 0: `apply` re-checks first and
#    refuses the stale plan (nothing created); a direct create gets the API's `RESOURCES_SOLDOUT_INSTANCE_TYPE`.
# 2. **A temporary outage.** A fault rule answers 503 `SERVICE_TEMPORARY_UNAVAILABLE` once: the client retries
#    (the server did not act), and the journal shows both attempts.
# 3. **A failed create.** An instance is forced to `CREATE_FAILED`: the monitor reports it in red instead of
#    waiting forever.

# %%
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
    print("Failure injection needs the mock (ENDPOINT = 'mock').")

# %%
from IPython.display import display

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
    display(monitor2)

# %%
if session.mock is not None:
    final2 = await monitor2.wait()
    print(final2[["instance_id", "status", "failed"]].to_string())
    assert final2.failed.sum() == 1  # reported, not hidden
    session.mock.clear_faults()

# %% [markdown]
# ## Networking (mock only): a subnet, an instance in it, an elastic IP
#
# A subnet in a zone with stock, an instance created in it (its private address comes from the subnet), and
# an elastic IP allocated, associated (DescribeInstances lists it among the instance's public addresses),
# unassociated, terminated (RECYCLE) and released. Each step moves the mock clock past the transitional
# status it starts (CREATING, ASSOCIATING, ...).

# %%
if session.mock is not None:
    offered = session.stock(charge_type="POSTPAID", sell_status=["SELL", "SELL_SHORTAGE"])
    with_subnets = session.instance_types().set_index("instance_type_id").supports_subnet
    pick = offered[offered.instance_type_id.map(with_subnets).fillna(False).astype(bool)].iloc[0]
    net_zone, net_type = pick.zone_id, pick.instance_type_id
    sid = session.call("CreateSubnet", zone_id=net_zone, cidr_block="192.168.10.0/24", subnet_name="demo").subnet_id
    session.sleep(5)  # CREATING -> AVAILABLE
    (net_iid,) = session.create_instances(zone_id=net_zone, instance_type_id=net_type, subnet_id=sid,
                                          instance_charge_type="POSTPAID", internet_charge_type="ByBandwidth",
                                          instance_name="in-subnet").instance_id_set
    session.sleep(600)  # the instance reaches RUNNING
    display(session.subnets(subnet_ids=[sid])[["subnet_id", "zone_id", "cidr_block", "available_ip_count",
                                               "private_ips"]])
    (eid,) = session.call("AllocateEipAddresses", zone_id=net_zone, eip_charge_type="POSTPAID").eip_id_set
    session.sleep(5)
    session.call("AssociateEipAddress", eip_id=eid, instance_id=net_iid)
    session.sleep(10)
    eip_ip = session.eips(eip_ids=[eid]).ip_address.iloc[0]
    assert eip_ip in session.instances(instance_ids=[net_iid]).public_ips.iloc[0]
    print(f"{eid} ({eip_ip}) is associated with {net_iid}")
    session.call("UnAssociateEipAddress", eip_id=eid)
    session.sleep(10)
    session.call("TerminateEipAddress", eip_id=eid)
    print(session.eips(eip_ids=[eid])[["eip_id", "ip_address", "status"]].to_string())  # RECYCLE
    session.call("ReleaseEipAddresses", eip_ids=[eid])
    assert session.eips(eip_ids=[eid]).empty  # released: the address is back in the zone's pool
else:
    print("The networking walk-through runs on the mock (ENDPOINT = 'mock').")

# %% [markdown]
# ## Everything this session created

# %%
session.instances()[["instance_id", "instance_name", "zone_id", "instance_type_id", "status", "charge_type"]]
