"""Pure pricing: the PRICES schema, turning an InquiryPriceCreateInstance answer into cost columns, and
normalising what to price. No I/O here: the concurrent sweep is :mod:`zltoolkit.views.prices`.

Cost normalisation (the API prices prepaid per period and postpaid per charge unit, docs/api-facts.md §7.7):

* ``instance_price``/``bandwidth_price``/``ip_price``: prepaid -> the discounted price for the whole period;
  postpaid -> the discounted price per hour (``price_unit`` says which). Tiered overage prices (traffic
  beyond a package) are usage-based and not included.
* 95th-percentile billing answers a rate per Mbps and month: estimated at ``bandwidth`` Mbps.
* ``monthly_cost`` = their sum per month: prepaid / period, postpaid hourly x 730.
* ``total_cost`` = for the period: prepaid as quoted, postpaid monthly x period.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd

from zltoolkit.api.actions import InquiryPriceCreateInstanceRequest, InquiryPriceCreateInstanceResponse
from zltoolkit.api.enums import ChargeType, ChargeUnit, InternetChargeType
from zltoolkit.api.structures import ChargePrepaid, Price
from zltoolkit.common.filters import charge_types
from zltoolkit.common.frames import BOOL, CHARGE_TYPE, FLOAT, INT, STR, Schema
from zltoolkit.common.source import enum_value

__all__ = ["HOURS_PER_MONTH", "PER_HOUR", "PER_PERIOD", "PRICES", "PRICE_COLUMNS", "Pairs", "Triple", "inquiry_request",
           "price_row", "price_triples"]

HOURS_PER_MONTH = 730.0
#: ``price_unit`` values: prepaid prices are for the whole period, postpaid ones per hour.
PER_PERIOD = "PERIOD"
PER_HOUR = ChargeUnit.HOUR.value

PRICES: Schema = {
    "zone_id": STR,
    "instance_type_id": STR,
    "charge_type": CHARGE_TYPE,
    "period": INT,  # months: the prepaid period, or the horizon of total_cost for postpaid
    "internet_charge_type": STR,
    "bandwidth_mbps": INT,
    "price_unit": STR,  # PER_PERIOD (prepaid) or PER_HOUR (postpaid)
    "instance_price": FLOAT,
    "bandwidth_price": FLOAT,
    "ip_price": FLOAT,
    "monthly_cost": FLOAT,
    "total_cost": FLOAT,
    "discount": FLOAT,  # percent paid: 95.0 = 5% off
    "cached": BOOL,
    "error": STR,  # "CODE: message" when the inquiry failed, else NA
}
#: Columns ``catalog(with_prices=True)`` adds to the stock rows.
PRICE_COLUMNS = [c for c in PRICES if c not in ("zone_id", "instance_type_id", "charge_type", "cached")]

#: (zone id, instance type id, charge type): one thing to price.
Triple = tuple[str, str, str]
#: What to price: a frame with ``zone_id``/``instance_type_id`` (and maybe ``charge_type``) columns, or
#: (zone, type) / (zone, type, charge type) tuples.
Pairs = pd.DataFrame | Iterable[Sequence[Any]]


# --- pricing arithmetic ---------------------------------------------------------------------------


def _per_hour(value: float, unit: Any) -> float:
    unit = enum_value(unit)
    if unit == ChargeUnit.MONTH.value:
        return value / HOURS_PER_MONTH
    if unit == ChargeUnit.DAY.value:
        return value / 24.0
    return value  # HOUR, or unset: postpaid prices are hourly unless said otherwise


def _effective(price: Price | None, prepaid: bool) -> float | None:
    """The discounted price: for the period (prepaid) or per hour (postpaid); None when not a fixed price."""
    if price is None:
        return None
    if prepaid:
        return price.discount_price if price.discount_price is not None else price.original_price
    value = price.discount_unit_price if price.discount_unit_price is not None else price.unit_price
    return None if value is None else _per_hour(value, price.charge_unit)


#: Billed afterwards on the measured 95th percentile: the answer is a rate per Mbps and month.
_PER_MBPS_MONTH = frozenset({InternetChargeType.BY_INSTANCE_BANDWIDTH_95.value,
                             InternetChargeType.BY_CLUSTER_BANDWIDTH_95.value,
                             InternetChargeType.BY_BANDWIDTH_CLUSTER.value})


def _percentile_line(price: Price, prepaid: bool, period: int, bandwidth: int) -> float | None:
    """A 95th-percentile rate as a cost at ``bandwidth`` Mbps (an estimate: the bill follows usage)."""
    rate = price.discount_unit_price if price.discount_unit_price is not None else price.unit_price
    if rate is None:
        return _effective(price, prepaid)
    monthly = rate * bandwidth if enum_value(price.charge_unit) in (None, ChargeUnit.MONTH.value) \
        else _per_hour(rate, price.charge_unit) * HOURS_PER_MONTH * bandwidth
    return monthly * period if prepaid else monthly / HOURS_PER_MONTH


def price_row(resp: InquiryPriceCreateInstanceResponse, prepaid: bool, period: int,
              internet_charge_type: str = InternetChargeType.BY_BANDWIDTH.value, bandwidth: int = 1) -> dict[str, Any]:
    """Cost columns of one answer (see the module docstring for the conventions)."""
    instance = _effective(resp.instance_price, prepaid)
    if internet_charge_type in _PER_MBPS_MONTH:
        bands = [_percentile_line(p, prepaid, period, bandwidth) for p in (resp.bandwidth_price or [])]
    else:
        bands = [_effective(p, prepaid) for p in (resp.bandwidth_price or [])]
    bandwidth_cost = sum(b for b in bands if b is not None) if bands else None
    ip = _effective(resp.primary_ip_price, prepaid)
    parts = [v for v in (instance, bandwidth_cost, ip) if v is not None]
    total = monthly = None
    if instance is not None:
        if prepaid:
            total = sum(parts)
            monthly = total / period
        else:
            monthly = sum(parts) * HOURS_PER_MONTH
            total = monthly * period
    return {
        "price_unit": PER_PERIOD if prepaid else PER_HOUR,
        "instance_price": instance,
        "bandwidth_price": bandwidth_cost,
        "ip_price": ip,
        "monthly_cost": monthly,
        "total_cost": total,
        "discount": resp.instance_price.discount if resp.instance_price else None,
    }


# --- what to price -------------------------------------------------------------------------------


def price_triples(pairs: Pairs, charge_type: str | Iterable[str] | None) -> list[Triple]:
    """(zone, type, charge type) triples in input order, without duplicates.

    ``pairs``: a DataFrame with ``zone_id``/``instance_type_id`` (and ``charge_type``, used per row when
    the ``charge_type`` argument is None), or an iterable of (zone, type) / (zone, type, charge type).
    """
    raw: list[tuple[str, str, str | None]] = []
    if isinstance(pairs, pd.DataFrame):
        per_row = charge_type is None and "charge_type" in pairs.columns
        cts = pairs["charge_type"].tolist() if per_row else [None] * len(pairs)
        raw = [(str(z), str(t), None if c is None else str(c))
               for z, t, c in zip(pairs["zone_id"].tolist(), pairs["instance_type_id"].tolist(), cts, strict=True)]
    else:
        for p in pairs:
            p = tuple(p)
            raw.append((str(p[0]), str(p[1]), str(p[2]) if len(p) > 2 and p[2] is not None else None))
    default = charge_types(charge_type)
    out: dict[Triple, None] = {}
    for z, t, c in raw:
        for ct in ([ChargeType(c).value] if c is not None else default):
            out.setdefault((z, t, ct), None)
    return list(out)


def inquiry_request(triple: Triple, period: int, internet_charge_type: str, bandwidth: int,
                    traffic_package_size: float | None) -> InquiryPriceCreateInstanceRequest:
    """The InquiryPriceCreateInstance request pricing one triple."""
    zone_id, instance_type_id, charge_type = triple
    ict = InternetChargeType(internet_charge_type)
    return InquiryPriceCreateInstanceRequest(
        zone_id=zone_id, instance_type_id=instance_type_id, instance_charge_type=ChargeType(charge_type),
        internet_charge_type=ict,
        instance_charge_prepaid=ChargePrepaid(period=period) if charge_type == ChargeType.PREPAID.value else None,
        internet_max_bandwidth_out=bandwidth,
        traffic_package_size=traffic_package_size if ict is InternetChargeType.BY_TRAFFIC_PACKAGE else None,
    )
