"""The planner, case by case, against the mock's default scenario (no random failures)."""

from __future__ import annotations

import math

import pydantic
import pytest

import zltoolkit as zl
from zltoolkit import views
from zltoolkit.planning import ALLOCATIONS, OPTIONS, Requirement, options, plan
from zltoolkit.planning.algorithm import BETTER_TYPE_IN_ZONE, SAME_TYPE_IN_AREA


def test_requirement_model() -> None:
    r = Requirement(count=40, areas="Asia", tolerate_zone_loss=1)
    assert r.areas == ["Asia"] and r.zones_needed == 2
    assert r.per_zone(2) == 40 and r.per_zone(3) == 20 and r.per_zone(5) == 10
    with pytest.raises(pydantic.ValidationError):
        Requirement(count=0)
    with pytest.raises(pydantic.ValidationError):
        Requirement(count=1, raid_level=3)
    with pytest.raises(pydantic.ValidationError):
        Requirement(count=1, colour="blue")


def test_options_ranked_with_flags(client, check_schema) -> None:
    req = Requirement(count=10, min_cores=32, areas="Asia")
    o = options(client, req)
    check_schema(o, OPTIONS)
    feas = o[o.feasible]
    assert len(feas) > 3
    assert feas["rank"].tolist() == list(range(1, len(feas) + 1))
    assert feas.unit_monthly.is_monotonic_increasing
    assert (feas.area == "Asia").all() and (feas.cores >= 32).all() and (feas.available > 0).all()
    assert (feas.monthly_total == feas.unit_monthly * 10).all()
    assert (feas.per_core == feas.unit_monthly / feas.cores).all()
    rest = o[~o.feasible]
    assert rest["rank"].isna().all() and rest.reason.notna().all()
    assert set(o.certainty.dropna()) <= {"known", "band", "unknown"}


def test_cores_means_physical_cores_not_cpu_core_count(client) -> None:
    o = options(client, Requirement(count=1, min_cores=40))
    t = views.instance_types(client).set_index("instance_type_id")
    trap = [i for i in t.index if t.loc[i, "core_count_reported"] >= 40 > t.loc[i, "cores"]]
    assert trap  # e.g. M6C reports 40 (threads) with 20 cores
    assert not o[o.feasible & o.instance_type_id.isin(trap)].shape[0]
    assert o[o.instance_type_id.isin(trap)].reason.str.startswith("specs:").all()


def test_feasible_plan(client, check_schema) -> None:
    req = Requirement(count=5, min_cores=32, min_memory_gb=128, areas="Asia")
    p = plan(client, req)
    assert p.feasible and not p.reasons and p.count == 5
    check_schema(p.table, ALLOCATIONS)
    assert [a.count for a in p.allocations] == p.table["count"].tolist()
    assert p.monthly_cost == pytest.approx(sum(a.unit_monthly * a.count for a in p.allocations))
    assert p.total_cost == pytest.approx(p.monthly_cost * req.period)
    best = p.options[p.options["rank"] == 1].iloc[0]
    first = p.allocations[0]
    assert (first.zone_id, first.instance_type_id) == (best.zone_id, best.instance_type_id)
    assert "feasible" in repr(p) and p._repr_html_().startswith("<div>")


def test_plan_is_deterministic(client) -> None:
    req = Requirement(count=30, min_cores=16, areas=["Asia", "Europe"], min_zones=3)
    a, b = plan(client, req), plan(client, req)
    assert a.table.equals(b.table) and a.warnings == b.warnings


@pytest.mark.parametrize(
    ("req", "expect"),
    [
        (Requirement(count=100_000), "not enough stock"),
        (Requirement(count=3, min_cores=100_000), "no instance type meets the specs"),
        (Requirement(count=3, areas="Atlantis"), "no zone matches"),
        (Requirement(count=3, bandwidth_mbps=10**7), "network billing"),
        (Requirement(count=2, min_zones=3), "min_zones=3"),
        (Requirement(count=3, monthly_budget=1.0), "over budget"),
    ],
)
def test_infeasible_gives_empty_plan_with_reasons(client, check_schema, req: Requirement, expect: str) -> None:
    p = plan(client, req)
    assert not p.feasible and p.allocations == [] and p.count == 0 and p.monthly_cost == 0
    assert any(expect in r for r in p.reasons), p.reasons
    check_schema(p.table, ALLOCATIONS)
    assert p.table.empty
    assert "infeasible" in repr(p)
    with pytest.raises(zl.PlanError):
        p.to_requests()


def test_budget_soft_and_near(client) -> None:
    base = plan(client, Requirement(count=4, min_cores=16, areas="Europe"))
    cost = base.monthly_cost
    soft = plan(client, Requirement(count=4, min_cores=16, areas="Europe", monthly_budget=cost / 2,
                                    budget_strict=False))
    assert soft.feasible and any("over budget" in w for w in soft.warnings)
    near = plan(client, Requirement(count=4, min_cores=16, areas="Europe", monthly_budget=cost * 1.05))
    assert near.feasible and any("close to budget" in w for w in near.warnings)
    roomy = plan(client, Requirement(count=4, min_cores=16, areas="Europe", monthly_budget=cost * 3))
    assert roomy.feasible and not any("budget" in w for w in roomy.warnings)


@pytest.mark.parametrize("k", [1, 2])
def test_spread_survives_losing_k_zones(client, k: int) -> None:
    req = Requirement(count=40, min_cores=32, areas="Asia", tolerate_zone_loss=k)
    p = plan(client, req)
    assert p.feasible, p.reasons
    per_zone = p.by_zone().set_index("zone_id")["count"]
    assert len(per_zone) >= k + 1
    assert (per_zone == p.per_zone).all()
    assert p.per_zone == math.ceil(40 / (len(per_zone) - k))
    # losing the k biggest zones still leaves enough
    assert per_zone.sum() - per_zone.nlargest(k).sum() >= 40
    assert any("tolerating the loss" in w for w in p.warnings)


def test_min_zones_spreads(client) -> None:
    p = plan(client, Requirement(count=40, min_cores=32, areas="Asia", min_zones=3))
    per_zone = p.by_zone()["count"]
    assert p.feasible and p.count == 40 and len(per_zone) >= 3
    assert per_zone.max() <= math.ceil(40 / 3)


def test_fallback_same_type_elsewhere_in_area(server, client) -> None:
    probe = Requirement(count=5, min_cores=32, areas="Asia")
    first = plan(client, probe).allocations[0]
    server.set_stock(first.zone_id, first.instance_type_id, "POSTPAID", 0)
    req = Requirement(count=5, instance_types=[first.instance_type_id], areas="Asia")
    p = plan(client, req)
    assert p.feasible
    assert (first.zone_id, first.instance_type_id) not in {(a.zone_id, a.instance_type_id) for a in p.allocations}
    fb = p.fallbacks
    assert fb and all(a.fallback_for == f"{first.zone_id}/{first.instance_type_id}" for a in fb)
    assert all(a.fallback_kind == SAME_TYPE_IN_AREA and a.area == first.area for a in fb)
    assert any("sold out" in w and first.zone_id in w for w in p.warnings)


def test_fallback_equal_or_better_type_in_same_zone(server, client) -> None:
    t = views.instance_types(client).set_index("instance_type_id")
    # A zone whose cheapest candidate has an equal-or-better alternative there.
    for zone in ("TYO-A", "SEL-A", "HKG-B", "SIN-A", "FRA-A", "LAX-A"):
        o = options(client, Requirement(count=1, zones=[zone], min_cores=16))
        feas = o[o.feasible]
        if len(feas) < 2:
            continue
        pick = feas.iloc[0].instance_type_id
        spec = t.loc[pick]
        req = Requirement(count=2, zones=[zone], min_cores=int(spec.cores), min_threads=int(spec.threads),
                          min_memory_gb=int(spec.memory_gb), min_disk_gb=int(spec.disk_total_gb))
        if options(client, req).feasible.sum() >= 2:
            break
    else:
        pytest.fail("no zone with two comparable types in the scenario: the fallback would go untested")
    server.set_stock(zone, pick, "POSTPAID", 0)
    p = plan(client, req)
    assert p.feasible and p.count == 2
    assert all(a.instance_type_id != pick for a in p.allocations)
    assert p.fallbacks and all(a.fallback_kind == BETTER_TYPE_IN_ZONE and a.zone_id == zone for a in p.fallbacks)


def test_uncertain_stock_is_flagged(client) -> None:
    s = views.stock(client, "POSTPAID")
    band = s[~s.qty_known & (s.sell_status == "SELL")].iloc[0]
    req = Requirement(count=3, zones=[band.zone_id], instance_types=[band.instance_type_id])
    p = plan(client, req)
    assert p.feasible and p.allocations[0].certainty == "band"
    assert any("known only as SELL" in w for w in p.warnings)
    # beyond the band's minimum (11) it is infeasible unless the band is trusted
    big = Requirement(count=20, zones=[band.zone_id], instance_types=[band.instance_type_id])
    refused = plan(client, big)
    assert not refused.feasible and "trust_band" in refused.reasons[0]
    trusted = plan(client, big.model_copy(update={"trust_band": True}))
    assert trusted.feasible and any("known only as" in w for w in trusted.warnings)


def test_prepaid_plan_costs_the_period(client) -> None:
    p = plan(client, Requirement(count=2, min_cores=16, areas="Europe", charge_type="PREPAID", period=12))
    assert p.feasible
    assert p.total_cost == pytest.approx(p.monthly_cost * 12)
    assert all(a.charge_type == "PREPAID" and a.period == 12 for a in p.allocations)


def test_session_methods(server) -> None:
    creds = server.credentials
    with zl.connect(server.url, access_key_id=creds.access_key_id, access_key_password=creds.access_key_password,
                    quiet=True) as s:
        req = Requirement(count=2, areas="Europe")
        assert s.plan(req).feasible
        assert not s.options(req).empty
