"""Instance seeds (``accounts[].instances``, docs/mock-guide.md "Instance seeds"): validation, the stock rule,
statuses and times at the start, durability (no re-seeding on restart), export/import, determinism, and the
subnet bookkeeping a seeded instance takes part in."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import DAY, T0, advance, make_api  # noqa: E402

from mockserver.backend import Backend, Clock  # noqa: E402
from mockserver.backend.stock import StockKey  # noqa: E402
from mockserver.backend.timeutil import fmt  # noqa: E402
from mockserver.scenarios.loader import ScenarioError, default_scenario, load_scenario  # noqa: E402

SHOWCASE = {"key": "showcase-access-key", "password": "showcase-access-key-password"}


def _raw() -> dict[str, Any]:
    return copy.deepcopy(default_scenario().model_dump(mode="json", by_alias=True))


def _showcase(sc: dict[str, Any]) -> dict[str, Any]:
    return next(a for a in sc["accounts"] if a["accountId"] == "acc-showcase")


def _backend(sc: dict[str, Any] | None = None, *, start: float = T0, seed: int = 3,
             state_file: Path | None = None) -> Backend:  # fmt: skip
    return Backend(load_scenario(sc if sc is not None else _raw()), clock=Clock("manual", start=start), seed=seed,
                   state_file=state_file)  # fmt: skip


def _seeds(b: Backend) -> dict[str, Any]:
    return {i.id: i for i in b.by_account.get("acc-showcase", {}).values()}


# ------------------------------------------------------------------ validation


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s.update(zoneId="XXX-Z"), "instances[0].zoneId: unknown zone 'XXX-Z'"),
        (lambda s: s.update(subnetId="subnet-nope"), "instances[0].subnetId: unknown subnet 'subnet-nope'"),
        (lambda s: s.update(subnetId="subnet-demo-sel-a"), "unknown subnet 'subnet-demo-sel-a'"),  # another account's
        (lambda s: s.update(instanceTypeId="NOPE"), "instances[0].instanceTypeId: unknown instance type 'NOPE'"),
        (lambda s: s.update(imageId="img-nope"), "instances[0].imageId: unknown image 'img-nope'"),
        (lambda s: s.update(resourceGroupId="rg-nope"), "unknown resource group 'rg-nope'"),
        (lambda s: s.update(instanceChargeType="PREPAID"), "instances[0].period: required for PREPAID"),
        (lambda s: s.update(internetChargeType="ByInstanceBandwidth95", zoneId="TYO-A", subnetId=None,
                            cidrBlockIds=[], instanceTypeId="M6C"), "internetChargeType"),  # fmt: skip
        (lambda s: s.update(trafficPackageSize=5.0), "trafficPackageSize: only for ByTrafficPackage"),
        (lambda s: s.update(status="INSTALLING"), "status"),
        (lambda s: s.update(createTime="yesterday"), "createTime"),
        (lambda s: s.update(instanceName="web server!"), "instances[0].instanceName: `instanceName` is malformed"),
        (lambda s: s.update(hostname="h" * 80), "instances[0].hostname: `hostname`"),
    ],
)
def test_a_bad_seed_is_refused_with_its_path(change: Any, message: str) -> None:
    sc = _raw()
    change(_showcase(sc)["instances"][0])
    with pytest.raises(ScenarioError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_scenario(sc)


def test_a_charge_type_the_offering_does_not_sell_is_refused() -> None:
    sc = _raw()
    seed = _showcase(sc)["instances"][0]
    seed.update(zoneId="SEL-A", instanceTypeId="S9I", subnetId=None, instanceChargeType="POSTPAID")  # PREPAID only
    with pytest.raises(ScenarioError, match="instanceChargeType: POSTPAID is not sold for 'S9I' in zone 'SEL-A'"):
        load_scenario(sc)


def test_more_bindings_than_a_block_holds_are_refused() -> None:
    sc = _raw()
    acc = _showcase(sc)
    next(b for b in acc["cidrBlocks"] if b["cidrBlockId"] == "cidr-showcase-sel-a")["netmask"] = 30  # 1 usable
    acc["instances"][0]["cidrBlockIds"] = ["cidr-showcase-sel-a", "cidr-showcase-sel-a"]
    with pytest.raises(ScenarioError, match="2 addresses bound in block 'cidr-showcase-sel-a', a /30 has 1"):
        load_scenario(sc)


def test_duplicate_seed_ids_are_refused() -> None:
    sc = _raw()
    seeds = _showcase(sc)["instances"]
    seeds[1]["instanceId"] = seeds[0]["instanceId"]
    with pytest.raises(ScenarioError, match=f"instances: duplicate id '{seeds[0]['instanceId']}'"):
        load_scenario(sc)


def test_more_seeds_than_the_quota_are_refused() -> None:
    sc = _raw()
    _showcase(sc)["instanceQuota"] = 2
    with pytest.raises(ScenarioError, match="3 seeds exceed instanceQuota 2"):
        load_scenario(sc)


# ------------------------------------------------------------------ the start


def test_seeds_start_settled_in_their_status() -> None:
    b = _backend()
    by_name = {i.name: i for i in _seeds(b).values()}
    assert {n: i.status(b.now) for n, i in by_name.items()} == {
        "showcase-web-1": "RUNNING", "showcase-db-1": "RUNNING", "showcase-batch-1": "STOPPED"}  # fmt: skip
    for inst in by_name.values():
        assert inst.next_change(b.now) == float("inf")  # nothing left to happen
        assert inst.ctime <= b.now - DAY  # at least a day old under any clock
    assert len(b.events) == 1  # the PREPAID seed's expiry; nothing else queued


def test_a_create_time_a_day_before_the_start_is_kept_and_a_later_one_moved() -> None:
    sc = _raw()
    _showcase(sc)["instances"][0]["createTime"] = "2024-01-01T00:00:00Z"
    b = _backend(sc, start=T0)
    web = next(i for i in _seeds(b).values() if i.name == "showcase-web-1")
    assert fmt(web.ctime) == "2024-01-01T00:00:00Z"
    b2 = _backend(sc, start=1704067200.0 + 3600)  # the clock starts an hour after that createTime
    web2 = next(i for i in _seeds(b2).values() if i.name == "showcase-web-1")
    assert web2.ctime == b2.now - DAY


def test_a_prepaid_seed_is_paid_up_past_the_start_and_renews_like_a_created_one() -> None:
    sc = _raw()
    _showcase(sc)["instances"][1]["createTime"] = "2023-11-30T10:00:00Z"  # T0 is 2024-01-31T10:00Z
    b = _backend(sc)
    db = next(i for i in _seeds(b).values() if i.name == "showcase-db-1")
    assert (db.months, fmt(db.etime)) == (3, "2024-02-29T10:00:00Z")  # calendar months from createTime
    assert db.auto_renew and db.paid == 0.0
    balance = b.balances["acc-showcase"]
    with b.session():
        pass
    b.clock.advance(30 * DAY)
    with b.session():
        assert db.status(b.now) == "RUNNING"
        assert fmt(db.etime) == "2024-03-30T10:00:00Z"  # renewed for one more period, charged
    assert b.balances["acc-showcase"] < balance
    assert b.invariants()["ok"]


def test_seeds_hold_stock_on_top_of_the_available_stock() -> None:
    sc = load_scenario(_raw())
    b = _backend()
    inv = b.invariants()
    assert inv["ok"], inv
    offerings = {(o.zone_id, o.instance_type_id): o for o in sc.offerings}
    held = {(o["zoneId"], o["instanceTypeId"], o["chargeType"]): o for o in inv["offerings"] if o["held"]}
    expected = {(s.zone_id, s.instance_type_id, s.instance_charge_type.value) for s in sc.accounts[3].instances}
    assert set(held) == expected
    for (zone, type_id, charge), o in held.items():
        scenario_stock = offerings[(zone, type_id)].stock[charge]  # type: ignore[index]
        assert (o["stock"], o["held"], o["initial"]) == (scenario_stock, 1, scenario_stock + 1)
        assert b.qty(zone, type_id, charge) == scenario_stock  # still what the scenario sells
    acc = next(a for a in inv["accounts"] if a["accountId"] == "acc-showcase")
    assert acc["holding"] == 3 and acc["charged"] == 0.0 and acc["ok"]


def test_terminating_a_seed_gives_its_unit_back_to_the_stock() -> None:
    api = make_api(_raw())
    web = next(i for i in _seeds(api.state.backend).values() if i.name == "showcase-web-1")
    before = api.state.backend.qty("SEL-A", "M6C", "POSTPAID")
    api.ok("TerminateInstance", {"instanceId": web.id}, **SHOWCASE)
    api.ok("ReleaseInstances", {"instanceIds": [web.id]}, **SHOWCASE)
    b = api.state.backend
    assert b.qty("SEL-A", "M6C", "POSTPAID") == before + 1
    assert b.stock_base[StockKey("SEL-A", "M6C", "POSTPAID")] == before + 1
    assert b.invariants()["ok"]


def test_generated_ids_are_deterministic_under_the_seed_and_never_collide() -> None:
    sc = _raw()
    for s in _showcase(sc)["instances"]:
        s["instanceId"] = None
    a, a2, c = _backend(sc, seed=11), _backend(sc, seed=11), _backend(sc, seed=12)
    ids = sorted(_seeds(a))
    assert ids == sorted(_seeds(a2)) and ids != sorted(_seeds(c))
    assert [i.pub4 for i in _seeds(a).values()] == [i.pub4 for i in _seeds(a2).values()]
    api = make_api(sc, seed=11)
    (new,) = api.create({"zoneId": "SEL-A", "instanceTypeId": "M6C", "instanceChargeType": "POSTPAID",
                         "internetChargeType": "ByBandwidth"}, **SHOWCASE)  # fmt: skip
    assert new not in ids


def test_a_later_seed_may_name_the_id_the_generator_would_give_an_earlier_one() -> None:
    """Ids are generated around every id a seed names, so no order of seeds can clash halfway through a load."""
    sc = _raw()
    first, second, *_ = _showcase(sc)["instances"]
    first["instanceId"] = None
    second["instanceId"] = None
    given = {i.name: iid for iid, i in _seeds(_backend(copy.deepcopy(sc), seed=11)).items()}
    taken = given[first["instanceName"]]  # the id the first seed is given when nobody names it
    second["instanceId"] = taken
    seeds = _seeds(_backend(sc, seed=11))
    assert len(seeds) == len(_showcase(sc)["instances"])
    assert seeds[taken].name == second["instanceName"]
    assert next(iid for iid, i in seeds.items() if i.name == first["instanceName"]) != taken


def test_seeds_do_not_move_the_other_accounts_addresses() -> None:
    """Seeds draw after the networking seeds: the demo account's seeded addresses are what they were."""
    sc = _raw()
    without = copy.deepcopy(sc)
    _showcase(without)["instances"] = []
    a, b = _backend(sc), _backend(without)
    assert {k: v.ip for k, v in a.net.ips.items()} == {k: v.ip for k, v in b.net.ips.items()}
    assert {k: v.cidr for k, v in a.net.blocks.items()} == {k: v.cidr for k, v in b.net.blocks.items()}


# ------------------------------------------------------------------ durability, export, import


def test_a_restart_with_a_state_file_does_not_seed_again(tmp_path: Path) -> None:
    f = tmp_path / "state.db"
    b = _backend(state_file=f)
    ids = sorted(_seeds(b))
    web = next(i for i in _seeds(b).values() if i.name == "showcase-web-1")
    with b.session():
        b.stop_instances(b.account("acc-showcase"), [web.id])
    b.close()
    again = _backend(state_file=f)
    assert sorted(_seeds(again)) == ids and len(again.by_id) == 3
    assert again.by_id[web.id].status(again.now + 3600) == "STOPPED"  # its state, not the seed's
    assert again.invariants()["ok"]
    held = [o for o in again.invariants()["offerings"] if o["held"]]
    assert all(o["initial"] == o["stock"] + o["held"] for o in held) and len(held) == 3
    again.close()


def test_export_import_round_trip_carries_seeds_like_any_instance() -> None:
    b = _backend()
    exported = b.export_state()
    assert {r["id"] for r in exported["instances"]} == set(_seeds(b))
    other = _backend(seed=99)
    other.import_state(exported)
    again = other.export_state()
    assert again["clock"]["now"] == exported["clock"]["now"]
    assert {k: v for k, v in again.items() if k != "clock"} == {k: v for k, v in exported.items() if k != "clock"}
    assert other.invariants()["ok"]
    assert "showcase-access-key-password" not in str(b.export_state(credentials=False))


def test_a_subnet_a_seed_uses_cannot_be_deleted_and_restarts_stay_consistent(tmp_path: Path) -> None:
    """The seed joins its subnet through the instance record (``subnet`` plus a private address from the
    subnet's pool), so DeleteSubnet sees it as a member; a restart then reserves the address in a subnet
    that still exists (a seed bypassing this made the restart fail with a KeyError on the missing subnet)."""
    f = tmp_path / "state.db"
    api = make_api(_raw(), state_file=str(f))
    code = api.err("DeleteSubnet", {"subnetId": "subnet-showcase-sel-a"}, **SHOWCASE)[1]
    assert code == "OPERATION_DENIED_SUBNET_EXIST_INSTANCE"
    web = next(i for i in _seeds(api.state.backend).values() if i.name == "showcase-web-1")
    api.ok("TerminateInstance", {"instanceId": web.id}, **SHOWCASE)
    api.ok("ReleaseInstances", {"instanceIds": [web.id]}, **SHOWCASE)
    api.ok("DeleteSubnet", {"subnetId": "subnet-showcase-sel-a"}, **SHOWCASE)  # empty now
    advance(api, 60)
    api.state.backend.close()
    again = _backend(state_file=f)
    assert "subnet-showcase-sel-a" not in again.net.subnets and web.id not in again.by_id
    assert again.invariants()["ok"] and again.network_invariants()["ok"]
    again.close()


def test_the_seeded_block_binding_is_a_real_binding() -> None:
    api = make_api(_raw())
    b = api.state.backend
    web = next(i for i in _seeds(b).values() if i.name == "showcase-web-1")
    (bound,) = api.ok("DescribeCidrBlockIps", {"cidrBlockId": "cidr-showcase-sel-a"}, **SHOWCASE)["cidrBlockIps"]
    assert bound["instanceId"] == web.id
    (info,) = api.ok("DescribeInstances", {"instanceIds": [web.id]}, **SHOWCASE)["dataSet"]
    assert bound["ip"] in info["publicIpAddresses"] and info["subnetIds"] == ["subnet-showcase-sel-a"]
    api.ok("UnbindCidrBlockIps", {"cidrBlockId": "cidr-showcase-sel-a", "ipList": [bound["ip"]]}, **SHOWCASE)
    (info,) = api.ok("DescribeInstances", {"instanceIds": [web.id]}, **SHOWCASE)["dataSet"]
    assert bound["ip"] not in info["publicIpAddresses"]
    assert b.network_invariants()["ok"]


def test_a_state_with_an_instance_in_a_missing_subnet_is_refused_whole() -> None:
    """What the restart above would otherwise meet (a subnet removed behind its members' back): an import
    saying so is refused before anything changes, naming the instance and the subnet."""
    b = _backend()
    exported = b.export_state()
    broken = copy.deepcopy(exported)
    broken["network"] = [r for r in broken["network"] if r.get("id") != "subnet-showcase-sel-a"]
    assert len(broken["network"]) == len(exported["network"]) - 1
    with pytest.raises(ValueError, match="is in subnet 'subnet-showcase-sel-a', which the state does not hold"):
        b.import_state(broken)
    assert b.export_state()["network"] == exported["network"] and "subnet-showcase-sel-a" in b.net.subnets


def test_seeds_that_do_not_fit_their_zone_load_nothing() -> None:
    """More seeds than public addresses: refused before the load changes anything (400 on the control plane)."""
    sc = _raw()
    next(z for z in sc["zones"] if z["zoneId"] == "TYO-A")["publicIpPrefix"] = "203.0.113.0/30"  # 1 usable
    with pytest.raises(ValueError, match=r"3 addresses needed from pool pub4:TYO-A \(203.0.113.0/30\), 1 available"):
        _backend(sc)  # two TYO-A elastic IPs (demo, showcase) and the TYO-A seed
    api = make_api(_raw())
    before = api.http.get("/_mock/state").json()
    r = api.http.post("/_mock/scenario", json=sc)
    assert r.status_code == 400 and "pub4:TYO-A" in r.json()["message"], r.text
    assert set(r.json()) == {"requestId", "code", "message"} and r.json()["code"] == "INVALID_PARAMETER"
    after = api.http.get("/_mock/state").json()
    for state in (before, after):
        state["clock"].pop("wall")  # the wall-clock anchor of the reading, not state
    assert after == before
