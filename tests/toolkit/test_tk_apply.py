"""Plan -> requests (chunking, names, validation) -> apply (confirm, re-check, create, watch)."""

from __future__ import annotations

import pytest

from zltoolkit import views
from zltoolkit.api.actions import CreateInstancesRequest
from zltoolkit.api.rules import expand_names
from zltoolkit.lifecycle import STATES
from zltoolkit.planning import PlanError, PlanStaleError, Requirement, plan

IMAGE = "bd5faa16-39d2-4bbf-a5c8-b95a193b1626"  # CentOS7.4-x86_64
PASSWORD = "Example123~"


def _big_plan(server, client, count: int = 250):
    server.set_stock("SEL-A", "M6C", "POSTPAID", count + 50)
    p = plan(client, Requirement(count=count, zones="SEL-A", instance_types="M6C"))
    assert p.feasible and len(p.allocations) == 1
    return p


def test_to_requests_chunks_and_continues_names(server, client) -> None:
    p = _big_plan(server, client)
    reqs = p.to_requests("web", password=PASSWORD, image_id=IMAGE)
    assert all(isinstance(r, CreateInstancesRequest) for r in reqs)
    assert [r.amount for r in reqs] == [100, 100, 50]
    assert [r.instance_name for r in reqs] == ["web-SEL-A-M6C-[1,3]", "web-SEL-A-M6C-[101,3]", "web-SEL-A-M6C-[201,3]"]
    names = [n for r in reqs for n in expand_names(r.instance_name, r.amount)]
    assert names == [f"web-SEL-A-M6C-{i:03d}" for i in range(1, 251)]
    assert all(r.zone_id == "SEL-A" and r.instance_type_id == "M6C" and r.image_id == IMAGE for r in reqs)
    assert all(r.instance_charge_type == "POSTPAID" and r.instance_charge_prepaid is None for r in reqs)


def test_to_requests_prepaid_period_and_rules(client) -> None:
    p = plan(client, Requirement(count=3, areas="Europe", charge_type="PREPAID", period=6))
    reqs = p.to_requests(key_id=None, password=PASSWORD)
    assert reqs and all(r.instance_charge_prepaid.period == 6 for r in reqs)
    with pytest.raises(PlanError, match="PASSWORD_MALFORMED"):
        p.to_requests(password="short")


def test_apply_needs_confirmation(server, client, calls, capsys) -> None:
    p = plan(client, Requirement(count=2, areas="Europe"))
    out = p.apply(client)
    assert out.empty and list(out.columns) == list(STATES)
    assert calls("CreateInstances") == 0
    assert "confirm=True" in capsys.readouterr().out
    p.apply(client, confirm="yes")  # only True counts
    assert calls("CreateInstances") == 0


def test_apply_end_to_end(server, client, calls, check_schema) -> None:
    req = Requirement(count=6, min_cores=16, areas="Asia", min_zones=2, image_id=IMAGE)
    p = plan(client, req)
    assert p.feasible and len(p.zones) >= 2
    expected_requests = len(p.to_requests(password=PASSWORD))
    final = p.apply(client, confirm=True, sleep=server.advance, password=PASSWORD, progress=False)
    check_schema(final, STATES)
    assert len(final) == 6 and final.reached.all() and (final.status == "RUNNING").all()
    assert calls("CreateInstances") == expected_requests
    live = views.instances(client)
    planned = {(a.zone_id, a.instance_type_id): a.count for a in p.allocations}
    got = live.groupby(["zone_id", "instance_type_id"]).size().to_dict()
    assert got == planned
    assert (live.image_id == IMAGE).all()


def test_apply_refuses_when_stock_dropped(server, client, calls) -> None:
    p = plan(client, Requirement(count=8, min_cores=16, areas="Europe"))
    a = p.allocations[0]
    server.set_stock(a.zone_id, a.instance_type_id, "POSTPAID", a.count - 1)
    with pytest.raises(PlanStaleError) as info:
        p.apply(client, confirm=True, sleep=server.advance, password=PASSWORD, progress=False)
    assert f"{a.zone_id}/{a.instance_type_id}" in str(info.value) and "nothing was created" in str(info.value)
    changed = info.value.changes
    row = changed[(changed.zone_id == a.zone_id) & (changed.instance_type_id == a.instance_type_id)].iloc[0]
    assert row.available_now == a.count - 1 and row.problem.startswith("stock")
    assert calls("CreateInstances") == 0


def test_apply_refuses_when_price_rose(server, client, calls, make_scenario, use_scenario) -> None:
    p = plan(client, Requirement(count=2, zones="SEL-A", instance_types="M6C"))
    dearer = make_scenario()
    for o in dearer["offerings"]:
        if o["zoneId"] == "SEL-A" and o["instanceTypeId"] == "M6C":
            o["prices"]["instanceHourly"] = o["prices"]["instanceHourly"] * 1.5
    use_scenario(dearer)  # same stock, dearer instance
    with pytest.raises(PlanStaleError, match="price"):
        p.apply(client, confirm=True, sleep=server.advance, password=PASSWORD, progress=False)
    assert calls("CreateInstances") == 0
    # within a generous tolerance it goes ahead
    out = p.apply(client, confirm=True, sleep=server.advance, password=PASSWORD, progress=False,
                  price_tolerance=10.0, watch=False)
    assert len(out) == 2


def test_apply_infeasible_plan_raises(client) -> None:
    p = plan(client, Requirement(count=3, areas="Atlantis"))
    with pytest.raises(PlanError, match="infeasible"):
        p.apply(client, confirm=True)
