"""InquiryPriceCreateInstance prices (docs/api-facts.md §7.7) computed by mockserver.backend.pricing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mockserver.backend.pricing import effective_prices, prepaid_discount, quote, total_charge
from mockserver.scenarios.loader import default_scenario
from mockserver.scenarios.models import InstanceTypeDef, Offering, Prices, ZoneDef
from zltoolkit.api import InquiryPriceCreateInstanceResponse, InternetChargeType

NEW_KEYS = ("amountUnit", "excessUnitPrice", "excessDiscountUnitPrice", "excessAmountUnit", "category")


def price(**fields) -> dict:
    """A 2022-11-20 Price wire dict: the 7 documented keys (null unless given) plus the 2026 keys, null."""
    base = {
        "discount": None,
        "discountPrice": None,
        "originalPrice": None,
        "unitPrice": None,
        "discountUnitPrice": None,
        "chargeUnit": None,
        "stepPrices": None,
    }
    base.update({k: None for k in NEW_KEYS})
    base.update(fields)
    return base


def _find(zone: str, type_id: str) -> tuple[Offering, InstanceTypeDef, ZoneDef]:
    s = default_scenario()
    offering = next(o for o in s.offerings if o.zone_id == zone and o.instance_type_id == type_id)
    instance_type = next(t for t in s.instance_types if t.instance_type_id == type_id)
    return offering, instance_type, next(z for z in s.zones if z.zone_id == zone)


@pytest.fixture(scope="module")
def sel_m6c() -> tuple[Offering, InstanceTypeDef, ZoneDef]:
    return _find("SEL-A", "M6C")


def _doc_quote(sel_m6c, **kw) -> dict:
    return quote(*sel_m6c, bandwidth_mbps=200, traffic_package_tb=100, **kw)


# --- the documented examples (SEL-A, M6C, trafficPackageSize 100, bandwidth 200) -------------------------

DOC_PREPAID_INSTANCE = price(discount=95.0, discountPrice=426.55, originalPrice=449.0)
DOC_PRIMARY_IP_PREPAID = price(discount=95.0, discountPrice=0.0, originalPrice=0.0)


def test_doc_prepaid_by_bandwidth(sel_m6c) -> None:
    q = _doc_quote(sel_m6c, charge_type="PREPAID", internet_charge_type="ByBandwidth", period=1)
    assert q == {
        "instancePrice": DOC_PREPAID_INSTANCE,
        "bandwidthPrice": [price(discount=95.0, discountPrice=1444.0, originalPrice=1520.0)],
        "primaryIpPrice": DOC_PRIMARY_IP_PREPAID,
    }
    assert total_charge(q) == 1870.55


def test_doc_postpaid_by_bandwidth(sel_m6c) -> None:
    q = _doc_quote(sel_m6c, charge_type="POSTPAID", internet_charge_type="ByBandwidth")
    assert q == {
        "instancePrice": price(discount=100.0, unitPrice=0.63, discountUnitPrice=0.63, chargeUnit="HOUR"),
        "bandwidthPrice": [price(discount=100.0, unitPrice=1.32, discountUnitPrice=1.32, chargeUnit="HOUR")],
        "primaryIpPrice": price(discount=100.0, unitPrice=0.0, discountUnitPrice=0.0, chargeUnit="HOUR"),
    }
    assert total_charge(q) == 0.0


def test_doc_prepaid_by_traffic_package(sel_m6c) -> None:
    q = _doc_quote(sel_m6c, charge_type="PREPAID", internet_charge_type="ByTrafficPackage", period=1)
    overage = price(
        discount=100.0,
        stepPrices=[{"stepStart": 0.0, "stepEnd": None, "unitPrice": 0.08, "discountUnitPrice": 0.08}],
    )
    assert q == {
        "instancePrice": DOC_PREPAID_INSTANCE,
        "bandwidthPrice": [price(discount=95.0, discountPrice=7524.0, originalPrice=7920.0), overage],
        "primaryIpPrice": DOC_PRIMARY_IP_PREPAID,
    }
    assert total_charge(q) == 426.55 + 7524.0


def test_answer_fits_the_response_model(sel_m6c) -> None:
    for ict in InternetChargeType:
        for ct in ("PREPAID", "POSTPAID"):
            q = _doc_quote(sel_m6c, charge_type=ct, internet_charge_type=ict, period=3)
            model = InquiryPriceCreateInstanceResponse.model_validate({"requestId": "T1", **q})
            assert {k: v for k, v in model.to_wire().items() if k != "requestId"} == q


# --- discounts, units, versions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "discount"), [(1, 95.0), (2, 95.0), (3, 92.0), (5, 92.0), (6, 90.0), (12, 85.0), (36, 80.0)]
)
def test_prepaid_period_discount(sel_m6c, period: int, discount: float) -> None:
    q = _doc_quote(sel_m6c, charge_type="PREPAID", internet_charge_type="ByBandwidth", period=period)
    inst, bw = q["instancePrice"], q["bandwidthPrice"][0]
    assert inst["discount"] == bw["discount"] == discount
    assert inst["originalPrice"] == round(449.0 * period, 2)
    assert inst["discountPrice"] == round(449.0 * period * discount / 100, 2)
    assert bw["originalPrice"] == round(1520.0 * period, 2)


def test_period_12(sel_m6c) -> None:
    q = _doc_quote(sel_m6c, charge_type="PREPAID", internet_charge_type="ByBandwidth", period=12)
    assert q["instancePrice"] == price(discount=85.0, discountPrice=4579.8, originalPrice=5388.0)
    assert q["bandwidthPrice"] == [price(discount=85.0, discountPrice=15504.0, originalPrice=18240.0)]
    assert total_charge(q) == 4579.8 + 15504.0


def test_prepaid_discount_lookup() -> None:
    table = {1: 95.0, 3: 92.0, 12: 85.0}
    assert [prepaid_discount(table, p) for p in (1, 2, 3, 11, 12, 48)] == [95.0, 95.0, 92.0, 92.0, 85.0, 85.0]
    assert prepaid_discount({}, 6) == 100.0
    assert prepaid_discount({3: 90.0}, 1) == 100.0


def test_postpaid_discount_applies_to_unit_prices(sel_m6c) -> None:
    offering, instance_type, zone = sel_m6c
    discounted = offering.model_copy(
        update={"prices": offering.prices.model_copy(update={"postpaid_discount": 80.0})}
    )
    q = quote(
        discounted,
        instance_type,
        zone,
        charge_type="POSTPAID",
        internet_charge_type="ByBandwidth",
        bandwidth_mbps=200,
    )
    assert q["instancePrice"] == price(
        discount=80.0, unitPrice=0.63, discountUnitPrice=0.504, chargeUnit="HOUR"
    )
    assert q["bandwidthPrice"] == [
        price(discount=80.0, unitPrice=1.32, discountUnitPrice=1.056, chargeUnit="HOUR")
    ]


@pytest.mark.parametrize("ict", ["ByInstanceBandwidth95", "ByClusterBandwidth95", "ByBandwidthCluster"])
@pytest.mark.parametrize("ct", ["PREPAID", "POSTPAID"])
def test_95th_billing_is_monthly_per_mbps(sel_m6c, ict: str, ct: str) -> None:
    q = _doc_quote(sel_m6c, charge_type=ct, internet_charge_type=ict, period=1)
    assert q["bandwidthPrice"] == [
        price(discount=100.0, unitPrice=5.2, discountUnitPrice=5.2, chargeUnit="MONTH")
    ]
    if ct == "PREPAID":
        assert total_charge(q) == 426.55  # usage is billed afterwards, not up front


def test_postpaid_traffic_package_is_monthly(sel_m6c) -> None:
    q = _doc_quote(sel_m6c, charge_type="POSTPAID", internet_charge_type="ByTrafficPackage")
    package, overage = q["bandwidthPrice"]
    assert package == price(discount=100.0, unitPrice=7920.0, discountUnitPrice=7920.0, chargeUnit="MONTH")
    assert overage["stepPrices"][0]["unitPrice"] == 0.08


def test_2026_extra_keys_are_meaningful(sel_m6c) -> None:
    q = _doc_quote(
        sel_m6c,
        charge_type="PREPAID",
        internet_charge_type="ByTrafficPackage",
        period=1,
        api_version="2026-02-01",
    )
    inst = q["instancePrice"]
    assert {k: inst[k] for k in ("discount", "discountPrice", "originalPrice")} == {
        "discount": 95.0,
        "discountPrice": 426.55,
        "originalPrice": 449.0,
    }
    assert inst["amountUnit"] == "Instance" and inst["category"] == "STANDARD"
    package, overage = q["bandwidthPrice"]
    assert (
        package["amountUnit"],
        package["excessUnitPrice"],
        package["excessDiscountUnitPrice"],
        package["excessAmountUnit"],
    ) == ("TB", 0.08, 0.08, "GB")
    assert overage["amountUnit"] == "GB" and overage["category"] == "STANDARD"
    assert q["primaryIpPrice"]["amountUnit"] == "IP"
    bw = _doc_quote(
        sel_m6c, charge_type="POSTPAID", internet_charge_type="ByBandwidth", api_version="2026-02-01"
    )["bandwidthPrice"][0]
    assert (bw["amountUnit"], bw["chargeUnit"], bw["category"]) == ("Mbps", "HOUR", "STANDARD")
    # Same keys in both versions; 2022 leaves the new ones null.
    old = _doc_quote(sel_m6c, charge_type="PREPAID", internet_charge_type="ByTrafficPackage", period=1)
    for a, b in zip([old["instancePrice"], *old["bandwidthPrice"]], [inst, package, overage], strict=True):
        assert a.keys() == b.keys()
        assert all(a[k] is None for k in NEW_KEYS)


# --- where prices come from ------------------------------------------------------------------------------


def test_zone_factor_scales_type_list_prices() -> None:
    offering, instance_type, zone = _find("HKG-A", "M9O")
    assert zone.price_factor == 1.15 and offering.prices == Prices()
    p = effective_prices(offering, instance_type, zone)
    assert p["instance_monthly"] == round(instance_type.prices.instance_monthly * 1.15, 2)
    assert p["bandwidth_monthly_per_mbps"] == round(instance_type.prices.bandwidth_monthly_per_mbps * 1.15, 4)
    q = quote(
        offering, instance_type, zone, charge_type="PREPAID", internet_charge_type="ByBandwidth", period=1
    )
    assert q["instancePrice"]["originalPrice"] == p["instance_monthly"]
    # Default bandwidth: 1 Mbps.
    assert q["bandwidthPrice"][0]["originalPrice"] == round(p["bandwidth_monthly_per_mbps"], 2)


def test_offering_prices_override_without_zone_factor(sel_m6c) -> None:
    offering, instance_type, zone = sel_m6c
    assert zone.price_factor != 1.0
    p = effective_prices(offering, instance_type, zone)
    assert (p["instance_monthly"], p["instance_hourly"]) == (449.0, 0.63)
    assert p["prepaid_discount"] == instance_type.prices.prepaid_discount  # not overridden: the type's


def test_missing_prices_default_to_free_and_undiscounted() -> None:
    s = default_scenario()
    bare_type = s.instance_types[0].model_copy(update={"prices": Prices(instance_monthly=100.0)})
    offering = s.offerings[0].model_copy(update={"prices": Prices()})
    q = quote(
        offering,
        bare_type,
        s.zones[0],
        charge_type="PREPAID",
        internet_charge_type="ByTrafficPackage",
        period=2,
        traffic_package_tb=3.0,
    )
    assert q["instancePrice"]["originalPrice"] == round(100.0 * s.zones[0].price_factor * 2, 2)
    assert q["instancePrice"]["discount"] == 100.0
    assert q["bandwidthPrice"][0]["originalPrice"] == 0.0


def test_default_traffic_package_is_the_offerings() -> None:
    offering, instance_type, zone = _find("MOW-B", "MDE")
    q = quote(
        offering,
        instance_type,
        zone,
        charge_type="PREPAID",
        internet_charge_type="ByTrafficPackage",
        period=1,
    )
    per_tb = effective_prices(offering, instance_type, zone)["traffic_package_monthly_per_tb"]
    assert q["bandwidthPrice"][0]["originalPrice"] == round(per_tb * 5.0, 2)


def test_every_default_offering_quotes() -> None:
    s = default_scenario()
    types = {t.instance_type_id: t for t in s.instance_types}
    zones = {z.zone_id: z for z in s.zones}
    for o in s.offerings:
        for ct in o.stock:
            for ict in o.internet_charge_types:
                q = quote(
                    o,
                    types[o.instance_type_id],
                    zones[o.zone_id],
                    charge_type=ct,
                    internet_charge_type=ict,
                    period=1,
                    bandwidth_mbps=o.default_bandwidth_out,
                )
                if ct == "PREPAID":
                    assert total_charge(q) > 0
                else:
                    assert q["instancePrice"]["unitPrice"] > 0


@settings(deadline=None, max_examples=200)
@given(
    period=st.integers(min_value=1, max_value=60),
    bandwidth=st.integers(min_value=1, max_value=5000),
    package=st.floats(min_value=0.0, max_value=1000.0, allow_nan=False).map(lambda x: round(x, 1)),
    ict=st.sampled_from(list(InternetChargeType)),
)
def test_prepaid_amounts_are_cents_and_discounted(period, bandwidth, package, ict) -> None:
    offering, instance_type, zone = _find("SEL-A", "M6C")
    q = quote(
        offering,
        instance_type,
        zone,
        charge_type="PREPAID",
        internet_charge_type=ict,
        period=period,
        bandwidth_mbps=bandwidth,
        traffic_package_tb=package,
    )
    for item in [q["instancePrice"], *q["bandwidthPrice"], q["primaryIpPrice"]]:
        if item["originalPrice"] is None:
            continue
        assert item["discountPrice"] <= item["originalPrice"]
        for key in ("originalPrice", "discountPrice"):
            assert item[key] == round(item[key], 2)
    assert total_charge(q) == round(total_charge(q), 2)
