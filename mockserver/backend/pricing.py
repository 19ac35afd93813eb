"""InquiryPriceCreateInstance as pure functions: (offering, type, zone, request) -> the answer's wire dict.

Price sources: a field of ``offering.prices`` wins; otherwise the instance type's list price times the zone's
``priceFactor``. Discounts (``prepaidDiscount``, ``postpaidDiscount``) are percentages paid and never scaled.

Rounding: money amounts (``originalPrice``, ``discountPrice``) are rounded to cents; unit prices (``unitPrice``,
``discountUnitPrice``) to 4 decimals so small per-Mbps rates do not vanish (a 1 Mbps POSTPAID line costs
0.0066/HOUR, not 0.01). Effective rates are rounded the same way before use. Every documented figure
(docs/api-facts.md §7.7: SEL-A, M6C) reproduces exactly: 449.0 x 95 / 100 = 426.55, 0.0066 x 200 = 1.32, 79.2 x 100 = 7920.0.

Bandwidth is charged as "rate x bandwidth" for the whole requested bandwidth, even the part below the
offering's free ``defaultBandwidthOut``: that is what the documented figures show (200 Mbps at 7.6/Mbps =
1520.0 with 0 Mbps deducted), so the mock does not invent a free allowance.
"""

from __future__ import annotations

from typing import Any

from zltoolkit.api import ApiVersion, ChargeType, ChargeUnit, InternetChargeType, PriceCategory, limits

from ..scenarios.models import InstanceTypeDef, Offering, Prices, ZoneDef

#: Internet charge types billed afterwards on the measured 95th percentile, per Mbps and MONTH.
BANDWIDTH_95_TYPES = frozenset(
    {
        InternetChargeType.BY_INSTANCE_BANDWIDTH_95,
        InternetChargeType.BY_CLUSTER_BANDWIDTH_95,
        InternetChargeType.BY_BANDWIDTH_CLUSTER,
    }
)

# Fields of Prices that are money per unit and scale with the zone's priceFactor.
_MONEY_FIELDS = (
    "instance_monthly",
    "instance_hourly",
    "primary_ip_monthly",
)
_RATE_FIELDS = (
    "bandwidth_monthly_per_mbps",
    "bandwidth_hourly_per_mbps",
    "bandwidth95_monthly_per_mbps",
    "traffic_package_monthly_per_tb",
    "traffic_overage_per_gb",
)
HOURS_PER_MONTH = 720  # POSTPAID primary IP: monthly list price spread over hours


def money(x: float) -> float:
    """Round an amount to cents (avoids 7920.000000000001 and 1.3199999999999998)."""
    return round(x + 0.0, 2) + 0.0


def rate(x: float) -> float:
    return round(x + 0.0, 4) + 0.0


def effective_prices(offering: Offering, instance_type: InstanceTypeDef, zone: ZoneDef) -> dict[str, Any]:
    """All list prices for (zone, type) as plain snake_case values after overrides and the zone factor.

    Missing prices count as 0.0; a missing ``prepaidDiscount`` means no discount, ``postpaidDiscount`` 100.0.
    """
    own: Prices = offering.prices
    base: Prices = instance_type.prices
    out: dict[str, Any] = {}
    for name in (*_MONEY_FIELDS, *_RATE_FIELDS):
        value = getattr(own, name)
        if value is None:
            listed = getattr(base, name)
            value = 0.0 if listed is None else listed * zone.price_factor
        out[name] = money(value) if name in _MONEY_FIELDS else rate(value)
    prepaid = own.prepaid_discount if own.prepaid_discount is not None else base.prepaid_discount
    out["prepaid_discount"] = dict(prepaid or {})
    postpaid = own.postpaid_discount if own.postpaid_discount is not None else base.postpaid_discount
    out["postpaid_discount"] = 100.0 if postpaid is None else float(postpaid)
    return out


def prepaid_discount(table: dict[int, float], period: int) -> float:
    """Percent paid for ``period`` months: the entry with the largest key <= period, else 100.0."""
    keys = [k for k in table if k <= period]
    return float(table[max(keys)]) if keys else 100.0


def _price(
    api_version: str,
    *,
    discount: float | None,
    discount_price: float | None = None,
    original_price: float | None = None,
    unit_price: float | None = None,
    discount_unit_price: float | None = None,
    charge_unit: ChargeUnit | None = None,
    step_prices: list[dict[str, Any]] | None = None,
    amount_unit: str | None = None,
    excess_unit_price: float | None = None,
    excess_discount_unit_price: float | None = None,
    excess_amount_unit: str | None = None,
) -> dict[str, Any]:
    """One Price (2022) / PriceItem (2026) wire dict. The 2026 keys are always present, null in 2022."""
    new = ApiVersion(api_version) is ApiVersion.V2026_02_01
    return {
        "discount": discount,
        "discountPrice": discount_price,
        "originalPrice": original_price,
        "unitPrice": unit_price,
        "discountUnitPrice": discount_unit_price,
        "chargeUnit": None if charge_unit is None else charge_unit.value,
        "stepPrices": step_prices,
        "amountUnit": amount_unit if new else None,
        "excessUnitPrice": excess_unit_price if new else None,
        "excessDiscountUnitPrice": excess_discount_unit_price if new else None,
        "excessAmountUnit": excess_amount_unit if new else None,
        "category": PriceCategory.STANDARD.value if new else None,
    }


def _recurring(
    api_version: str,
    charge_type: ChargeType,
    *,
    monthly: float,
    hourly: float,
    period: int,
    prices: dict[str, Any],
    amount_unit: str,
    postpaid_unit: ChargeUnit = ChargeUnit.HOUR,
    **extra: Any,
) -> dict[str, Any]:
    """A line billed like the instance: PREPAID monthly x period (discounted), POSTPAID per ``postpaid_unit``
    (``hourly`` is then the price per that unit)."""
    if charge_type is ChargeType.PREPAID:
        discount = prepaid_discount(prices["prepaid_discount"], period)
        original = money(monthly * period)
        return _price(
            api_version,
            discount=discount,
            original_price=original,
            discount_price=money(original * discount / 100),
            amount_unit=amount_unit,
            **extra,
        )
    discount = prices["postpaid_discount"]
    return _price(
        api_version,
        discount=discount,
        unit_price=rate(hourly),
        discount_unit_price=rate(hourly * discount / 100),
        charge_unit=postpaid_unit,
        amount_unit=amount_unit,
        **extra,
    )


def _overage(api_version: str, per_gb: float) -> dict[str, Any]:
    """Traffic beyond the package: one open-ended step, never discounted (as documented)."""
    return _price(
        api_version,
        discount=100.0,
        step_prices=[{"stepStart": 0.0, "stepEnd": None, "unitPrice": per_gb, "discountUnitPrice": per_gb}],
        amount_unit="GB",
    )


def quote(
    offering: Offering,
    instance_type: InstanceTypeDef,
    zone: ZoneDef,
    *,
    charge_type: ChargeType | str,
    internet_charge_type: InternetChargeType | str,
    period: int | None = None,
    bandwidth_mbps: int | None = None,
    traffic_package_tb: float | None = None,
    api_version: ApiVersion | str = ApiVersion.V2022_11_20,
) -> dict[str, Any]:
    """The InquiryPriceCreateInstance answer (without ``requestId``) for ONE instance.

    Inputs are assumed valid (the handler checks zone/type/charge types first). Defaults follow the API:
    ``period`` 1, ``bandwidth_mbps`` 1 Mbps, ``traffic_package_tb`` the offering's free package size.
    """
    charge_type = ChargeType(charge_type)
    internet_charge_type = InternetChargeType(internet_charge_type)
    api_version = ApiVersion(api_version).value
    period = 1 if period is None else period
    bandwidth = limits.DEFAULT_BANDWIDTH_MBPS if bandwidth_mbps is None else bandwidth_mbps
    package = offering.default_traffic_package_size if traffic_package_tb is None else traffic_package_tb
    p = effective_prices(offering, instance_type, zone)

    instance_price = _recurring(
        api_version,
        charge_type,
        monthly=p["instance_monthly"],
        hourly=p["instance_hourly"],
        period=period,
        prices=p,
        amount_unit="Instance",
    )

    bandwidth_price: list[dict[str, Any]]
    if internet_charge_type is InternetChargeType.BY_BANDWIDTH:
        bandwidth_price = [
            _recurring(
                api_version,
                charge_type,
                monthly=p["bandwidth_monthly_per_mbps"] * bandwidth,
                hourly=p["bandwidth_hourly_per_mbps"] * bandwidth,
                period=period,
                prices=p,
                amount_unit="Mbps",
            )
        ]
    elif internet_charge_type is InternetChargeType.BY_TRAFFIC_PACKAGE:
        per_tb = p["traffic_package_monthly_per_tb"]
        per_gb = p["traffic_overage_per_gb"]
        # The package is a monthly allowance: PREPAID pays it for the period up front, POSTPAID per MONTH.
        # 2026 answers also carry the overage on the package line (excess* fields).
        package_price = _recurring(
            api_version,
            charge_type,
            monthly=per_tb * package,
            hourly=per_tb * package,
            period=period,
            prices=p,
            amount_unit="TB",
            postpaid_unit=ChargeUnit.MONTH,
            excess_unit_price=per_gb,
            excess_discount_unit_price=per_gb,
            excess_amount_unit="GB",
        )
        bandwidth_price = [package_price, _overage(api_version, per_gb)]
    else:  # 95th percentile family: billed afterwards on usage, per Mbps and MONTH, never prepaid.
        per_mbps = p["bandwidth95_monthly_per_mbps"]
        bandwidth_price = [
            _price(
                api_version,
                discount=100.0,
                unit_price=per_mbps,
                discount_unit_price=per_mbps,
                charge_unit=ChargeUnit.MONTH,
                amount_unit="Mbps",
            )
        ]

    primary_ip_price = _recurring(
        api_version,
        charge_type,
        monthly=p["primary_ip_monthly"],
        hourly=p["primary_ip_monthly"] / HOURS_PER_MONTH,
        period=period,
        prices=p,
        amount_unit="IP",
    )
    return {
        "instancePrice": instance_price,
        "bandwidthPrice": bandwidth_price,
        "primaryIpPrice": primary_ip_price,
    }


def total_charge(q: dict[str, Any]) -> float:
    """What a PREPAID create of ONE instance is charged: every non-null ``discountPrice`` of the quote.

    That is the instance, the prepaid bandwidth or traffic package, and the primary IP (0.0 in the default
    scenario). POSTPAID quotes have no ``discountPrice`` and total 0.0: they are billed by usage.
    """
    items = [q.get("instancePrice"), *(q.get("bandwidthPrice") or []), q.get("primaryIpPrice")]
    return money(sum(i["discountPrice"] for i in items if i and i.get("discountPrice") is not None))


__all__ = [
    "BANDWIDTH_95_TYPES",
    "effective_prices",
    "money",
    "prepaid_discount",
    "quote",
    "rate",
    "total_charge",
]
