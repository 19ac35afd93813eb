"""Every Describe action the mock simulates, in every version the catalogue gives it, answers something
non-empty over the FRESH default scenario -- no create, no bind, nothing done first -- for the Showcase account,
with every key present: validated by the strict response form of that version (no key missing, none extra).

The Showcase account (docs/mock-guide.md) seeds what the instance-scoped and networking actions read: three
instances (RUNNING POSTPAID in a subnet with a bound block address, RUNNING PREPAID on a traffic package,
STOPPED), a VPC, a subnet, an elastic IP, a DDoS IP, an IPv4 block and a managed instance. Which actions are
simulated is the handler table's business (load balancers are not), never a hand-written list.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import DAY, make_api  # noqa: E402

from mockserver.backend.timeutil import fmt  # noqa: E402
from mockserver.handlers import HANDLERS  # noqa: E402
from mockserver.scenarios.loader import default_scenario  # noqa: E402
from zltoolkit.api.catalogue import load  # noqa: E402
from zltoolkit.api.generated import strict_v2022_11_20, strict_v2026_02_01  # noqa: E402

STRICT = {"2022-11-20": strict_v2022_11_20.RESPONSES, "2026-02-01": strict_v2026_02_01.RESPONSES}
SHOWCASE = {"key": "showcase-access-key", "password": "showcase-access-key-password"}
CATALOGUE = load()
CASES = [
    (a.name, v)
    for a in sorted(CATALOGUE.actions.values(), key=lambda a: a.name)
    if a.name.startswith("Describe") and a.name in HANDLERS
    for v in a.versions
]
# Networking answers list objects whose keys are all set, but for these (null by meaning: an address bound to
# no instance, POSTPAID without a period, a subnet outside a VPC, a block for any zone).
_MAY_BE_NULL = {"instanceId", "instanceName", "period", "expiredTime", "expireTime", "vpcId", "vpcName",
                "vpcSubnetStatus", "zoneId"}  # fmt: skip
_NETWORK_FAMILIES = {"vpcs", "subnets", "eip", "cidr", "ddos"}


def _showcase() -> Any:
    return next(a for a in default_scenario().accounts if a.account_id == "acc-showcase")


def _seed_in(zone: str) -> str:
    """The id of the Showcase seed in ``zone`` (read from the scenario, not hard-coded here)."""
    seed = next(s for s in _showcase().instances if s.zone_id == zone)
    assert seed.instance_id is not None
    return seed.instance_id


@pytest.fixture(scope="module")
def world() -> tuple[Any, float]:
    api = make_api(default_scenario().model_dump(mode="json", by_alias=True))
    return api, api.state.backend.clock.now()


def _body(action: str, now: float) -> dict[str, Any]:
    acc = _showcase()
    window = {"startTime": fmt(now - DAY + 300), "endTime": fmt(now)}
    web, db, batch = _seed_in("SEL-A"), _seed_in("HKG-A"), _seed_in("TYO-A")
    return {
        "DescribeAvailableResources": {"instanceChargeType": "POSTPAID"},
        "DescribeInstanceInternetStatus": {"instanceId": db},
        "DescribeInstanceIpmiUrl": {"instanceId": web},
        "DescribeInstanceTraffic": {"instanceId": web, **window},
        "DescribeInstancesMonitorHealth": {"instanceIds": [web, db, batch]},
        "DescribeManagedInstanceTraffic": {"instanceId": acc.managed_instances[0].instance_id, **window},
        "DescribeEipAvailableResources": {"eipChargeType": "POSTPAID"},
        "DescribeAvailableIpv4Resources": {"chargeType": "POSTPAID"},
        "DescribeDdosAvailableResources": {"ddosIpChargeType": "POSTPAID"},
        "DescribeCidrBlockIps": {"cidrBlockId": acc.cidr_blocks[0].cidr_block_id},
        # An instance in the zone of the account's elastic IP, DDoS IP and IPv4 block.
        "DescribeInstanceAvailableEipResources": {"instanceId": _seed_in(acc.eips[0].zone_id)},
        "DescribeInstanceAvailableDdosResources": {"instanceId": _seed_in(acc.ddos_ips[0].zone_id)},
        "DescribeInstanceAvailableCidrBlock": {"instanceId": _seed_in(acc.cidr_blocks[0].zone_id)},
    }.get(action, {})


def test_the_cases_cover_every_simulated_describe() -> None:
    names = {a for a, _ in CASES}
    simulated = {a.name for a in CATALOGUE.actions.values() if a.name.startswith("Describe") and a.name in HANDLERS}
    assert names == simulated
    families = {CATALOGUE.actions[a].family for a in names}
    assert families == {"instances", "catalog", *_NETWORK_FAMILIES}
    assert not any(CATALOGUE.actions[a].family == "load_balancers" for a in names)  # not simulated
    assert len([a for a in names if CATALOGUE.actions[a].family in _NETWORK_FAMILIES]) == 15


def test_the_showcase_seeds_span_zones_and_statuses() -> None:
    seeds = _showcase().instances
    assert len({s.zone_id for s in seeds}) == len(seeds) == 3
    assert {(s.instance_charge_type.value, s.status) for s in seeds} == {
        ("POSTPAID", "RUNNING"), ("PREPAID", "RUNNING"), ("POSTPAID", "STOPPED")}  # fmt: skip


@pytest.mark.parametrize(("action", "version"), CASES)
def test_describe_answers_every_key(world: tuple[Any, float], action: str, version: str) -> None:
    api, now = world
    resp = api.ok(action, _body(action, now), version=version, **SHOWCASE)
    STRICT[version][action].model_validate(resp)  # every key present, nothing unknown
    fields = {k: v for k, v in resp.items() if k != "requestId"}
    assert fields, resp
    lists = [v for v in fields.values() if isinstance(v, list)]
    assert all(lists), f"{action} {version} answered an empty list: {resp}"
    assert any(v is not None for v in fields.values()), resp
    if CATALOGUE.actions[action].family in _NETWORK_FAMILIES:
        assert len(lists) == 1, resp
        for item in lists[0]:
            if isinstance(item, dict):
                assert all(v is not None for k, v in item.items() if k not in _MAY_BE_NULL), (action, item)


def test_describe_instances_lists_the_seeds_only_for_their_account(world: tuple[Any, float]) -> None:
    api, _ = world
    mine = api.ok("DescribeInstances", {"pageSize": 100}, **SHOWCASE)["dataSet"]
    assert sorted(i["instanceId"] for i in mine) == sorted(s.instance_id for s in _showcase().instances)
    assert api.ok("DescribeInstances", {"pageSize": 100})["totalCount"] == 0  # acc-demo starts empty


@pytest.mark.parametrize("zone", ["SEL-A", "HKG-A", "TYO-A"])
def test_each_seed_reads_like_a_machine(world: tuple[Any, float], zone: str) -> None:
    """Traffic, internet status, health and the IPMI console answer something for every seeded instance."""
    api, now = world
    iid = _seed_in(zone)
    window = {"startTime": fmt(now - DAY + 300), "endTime": fmt(now)}
    traffic = api.ok("DescribeInstanceTraffic", {"instanceId": iid, **window}, **SHOWCASE)
    assert traffic["dataList"] and any(s["internetTX"] > 0 for s in traffic["dataList"]), traffic
    status = api.ok("DescribeInstanceInternetStatus", {"instanceId": iid}, **SHOWCASE)
    assert status["instanceId"] == iid and status["internetMaxBandwidthOut"] is not None, status
    (health,) = api.ok("DescribeInstancesMonitorHealth", {"instanceIds": [iid]}, **SHOWCASE)["monitorHealthList"]
    assert health["ipmiStatus"] == "OK", health
    url = api.ok("DescribeInstanceIpmiUrl", {"instanceId": iid}, version="2026-02-01", **SHOWCASE)["url"]
    assert iid in url
