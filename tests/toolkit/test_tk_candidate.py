"""The planner's typed candidate record and the pure pricing helpers (no mock needed)."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from zltoolkit.api.actions import InquiryPriceCreateInstanceResponse
from zltoolkit.api.enums import ChargeType, InternetChargeType, SellStatus
from zltoolkit.planning.candidate import Candidate, Quote, Specs
from zltoolkit.views.pricing import PER_HOUR, PER_PERIOD, inquiry_request, price_row, price_triples


def cand(**kw: object) -> Candidate:
    base: dict[str, object] = dict(
        zone_id="SEL-A", instance_type_id="M6C", charge_type=ChargeType.POSTPAID.value,
        specs=Specs(cores=16, threads=32, memory_gb=64, disk_total_gb=960), sell_status=SellStatus.SELL.value,
        qty=5, qty_min=5, qty_max=5, certainty="known", available=5, in_location=True, spec_failure=None,
        network_failure=None, area="Asia", quote=Quote(100.0, 100.0))
    base.update(kw)
    return Candidate(**base)  # type: ignore[arg-type]


def test_specs_at_least_ignores_what_the_other_does_not_report() -> None:
    small = Specs(cores=8, memory_gb=32)
    assert Specs(cores=8, threads=16, memory_gb=64).at_least(small)
    assert not Specs(cores=4, memory_gb=64).at_least(small)
    assert not Specs(cores=None, memory_gb=64).at_least(small)  # unknown is not "at least"
    assert Specs().at_least(Specs())


def test_feasible_candidate() -> None:
    c = cand()
    assert c.feasible and c.eligible and c.reason is None
    assert c.per_core == 100.0 / 16 and c.per_gb == 100.0 / 64 and c.label == "SEL-A/M6C"


@pytest.mark.parametrize(("change", "reason"), [
    ({"in_location": False, "spec_failure": "8 cores < 16"}, "outside the requested location"),
    ({"spec_failure": "8 cores < 16", "network_failure": "x"}, "specs: 8 cores < 16"),
    ({"network_failure": "ByTrafficPackage not offered"}, "network: ByTrafficPackage not offered"),
    ({"quote": Quote(None, None, "INVALID_ZONE: no"), "available": 0}, "price: INVALID_ZONE: no"),
    ({"available": 0, "sell_status": SellStatus.SOLD_OUT.value}, "sold out"),
    ({"available": 0, "sell_status": None, "certainty": "unknown"}, "no stock information"),
])
def test_reason_is_the_first_failing_check(change: dict[str, object], reason: str) -> None:
    c = replace(cand(), **change)  # type: ignore[arg-type]
    assert not c.feasible
    assert c.reason == reason


def test_sold_out_but_priced_is_eligible_for_the_algorithm() -> None:
    c = replace(cand(), available=0, sell_status=SellStatus.SOLD_OUT.value)
    assert c.eligible and not c.feasible  # a pick a fallback replaces


def test_unpriced_candidate_has_no_unit_cost() -> None:
    c = replace(cand(), quote=None)
    assert not c.priced and c.unit_monthly is None and c.per_core is None
    with pytest.raises(ValueError, match="no price"):
        c.unit_cost  # noqa: B018


def test_sort_key_feasible_then_cheapest_then_per_core_then_ids() -> None:
    a = cand(zone_id="B", quote=Quote(100.0, 100.0))
    b = cand(zone_id="A", quote=Quote(100.0, 100.0))
    cheaper_core = cand(zone_id="C", quote=Quote(100.0, 100.0), specs=Specs(cores=32))
    cheap_sold_out = cand(zone_id="D", quote=Quote(50.0, 50.0), available=0)
    ranked = sorted([a, b, cheap_sold_out, cheaper_core], key=Candidate.sort_key)
    assert [c.zone_id for c in ranked] == ["C", "A", "B", "D"]
    ignoring_stock = sorted([a, b, cheap_sold_out], key=lambda c: c.sort_key(feasible_first=False))
    assert ignoring_stock[0].zone_id == "D"


def test_row_is_the_options_frame_edge() -> None:
    row = cand().row(count=10, monthly_budget=900.0, rank=1)
    assert row["rank"] == 1 and row["monthly_total"] == 1000.0 and row["within_budget"] is False
    assert row["cores"] == 16 and row["raid_levels"] == () and row["feasible"] is True
    assert cand().row(count=10, monthly_budget=None, rank=1)["within_budget"] is True


# --- pure pricing -----------------------------------------------------------------------------------


def test_price_triples_expand_charge_types_in_order_without_duplicates() -> None:
    both = price_triples([("A", "T"), ("A", "T"), ("B", "T", ChargeType.PREPAID.value)], None)
    assert both == [("A", "T", "PREPAID"), ("A", "T", "POSTPAID"), ("B", "T", "PREPAID")]
    frame = pd.DataFrame({"zone_id": ["A"], "instance_type_id": ["T"], "charge_type": ["PREPAID"]})
    assert price_triples(frame, None) == [("A", "T", "PREPAID")]
    assert price_triples(frame, ChargeType.POSTPAID.value) == [("A", "T", "POSTPAID")]
    with pytest.raises(ValueError):
        price_triples([("A", "T", "MONTHLY")], None)


def test_inquiry_request_prepaid_period_and_traffic_package() -> None:
    pre = inquiry_request(("A", "T", "PREPAID"), 12, InternetChargeType.BY_TRAFFIC_PACKAGE.value, 5, 2.0)
    assert pre.instance_charge_prepaid is not None and pre.instance_charge_prepaid.period == 12
    assert pre.traffic_package_size == 2.0
    post = inquiry_request(("A", "T", "POSTPAID"), 12, InternetChargeType.BY_BANDWIDTH.value, 5, 2.0)
    assert post.instance_charge_prepaid is None and post.traffic_package_size is None


def test_price_row_normalises_prepaid_and_postpaid() -> None:
    pre = InquiryPriceCreateInstanceResponse.model_validate(
        {"instancePrice": {"originalPrice": 1300.0, "discountPrice": 1200.0, "discount": 92.3}})
    row = price_row(pre, prepaid=True, period=12)
    assert (row["price_unit"], row["total_cost"], row["monthly_cost"]) == (PER_PERIOD, 1200.0, 100.0)
    post = InquiryPriceCreateInstanceResponse.model_validate(
        {"instancePrice": {"unitPrice": 73.0, "chargeUnit": "MONTH"}, "primaryIpPrice": {"unitPrice": 0.01}})
    row = price_row(post, prepaid=False, period=2)
    assert row["price_unit"] == PER_HOUR
    assert row["instance_price"] == pytest.approx(0.1)
    assert row["monthly_cost"] == pytest.approx((0.1 + 0.01) * 730) and row["total_cost"] == pytest.approx(
        row["monthly_cost"] * 2)
