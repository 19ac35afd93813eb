"""CapacityPlanner: requirement -> options, plot, plan, price -> confirm -> create -> monitor."""

from __future__ import annotations

from typing import Any

import pytest
from widget_helpers import actions


@pytest.fixture
def planner(client: Any) -> Any:
    from zltoolkit.widgets import CapacityPlanner, FleetMonitor

    p = CapacityPlanner(client, monitor=FleetMonitor(client, poll=10))
    assert p.errors.text == "" and "Asia" in p.areas.options
    return p


def ask(p: Any, **values: Any) -> None:
    for name, value in values.items():
        getattr(p, name).value = value
    p.plan_button.click()
    assert p.errors.text == "", p.errors.text


def test_plan_shows_options_plot_plan_and_price(server: Any, planner: Any) -> None:
    ask(planner, count=40, min_cores=32, min_memory=128, areas=("Asia",), tolerate=1)
    p = planner.plan
    assert p is not None and p.feasible and p.count >= 40
    assert "zl-options-grid" in planner.options_table.value
    assert "zl-allocation-grid" in planner.result.value
    assert planner.plot.outputs and "image/png" in planner.plot.outputs[0]["data"]
    assert "/month" in planner.price.value and "nothing is charged now" in planner.price.value
    assert planner.confirm.disabled is False
    assert actions(server, "CreateInstances") == []


def test_prepaid_price_is_shown_as_money_charged_now(planner: Any) -> None:
    ask(planner, count=4, min_cores=16, areas=("Asia",), charge_type="PREPAID", period=3)
    assert planner.plan is not None
    total = planner.plan.total_cost
    assert f"This charges {total:,.2f} USD now" in planner.price.value


def test_create_needs_confirm_then_sends_the_plan_and_watches(server: Any, planner: Any) -> None:
    ask(planner, count=6, min_cores=16, areas=("Asia",), tolerate=1)
    planner.create_button.click()
    assert "nothing was sent" in planner.create_result.value
    assert actions(server, "CreateInstances") == []
    planner.confirm.value = True
    planner.create_button.click()
    assert planner.errors.text == ""
    assert "zl-created" in planner.create_result.value, planner.create_result.value
    sent = actions(server, "CreateInstances")
    allocations = planner.plan.allocations
    assert len(sent) == len(allocations) >= 2  # one CreateInstances per (zone, type): each holds < 100
    assert {(e["body"]["zoneId"], e["body"]["instanceTypeId"]) for e in sent} == {
        (a.zone_id, a.instance_type_id) for a in allocations}
    assert sum(e["body"]["amount"] for e in sent) == len(planner.created_ids) >= 6
    assert planner.create_button.disabled  # the plan is spent
    final = planner.monitor.run_until_done(sleep=server.advance)
    assert len(final) == len(planner.created_ids)
    assert final["status"].notna().all()


def test_infeasible_requirement_explains_why(planner: Any) -> None:
    ask(planner, count=5000, min_cores=32, areas=("Oceania",))
    assert planner.plan is None
    assert "No feasible plan" in planner.result.value
    assert planner.create_button.disabled


def test_stale_plan_is_refused_and_nothing_created(server: Any, planner: Any) -> None:
    ask(planner, count=3, min_cores=16, zones="SEL-A, TYO-A, HKG-A")
    a = planner.plan.allocations[0]
    server.set_stock(a.zone_id, a.instance_type_id, "POSTPAID", 0)
    planner.confirm.value = True
    planner.create_button.click()
    assert "Nothing was created" in planner.create_result.value
    assert actions(server, "CreateInstances") == []


def test_changing_the_requirement_withdraws_the_plan(planner: Any) -> None:
    ask(planner, count=2, min_cores=8, areas=("Europe",))
    assert planner.plan is not None
    planner.count.value = 3
    assert planner.plan is None and planner.create_button.disabled
    assert "press Plan again" in planner.price.value


def test_unknown_zone_is_explained_not_raised(planner: Any) -> None:
    ask(planner, count=2, zones="NOPE-Z")
    assert "No feasible plan" in planner.result.value and "no zone matches" in planner.result.value
    assert planner.plan is None and planner.confirm.disabled
