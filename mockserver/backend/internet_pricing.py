"""What a bandwidth or traffic-package change costs: the InquiryPrice* answers and the PREPAID charge, from one
function so the inquiry, the charge and the balance always agree.

Choices (the docs give no formula; docs/mock-instance-operations.md "Money"):

* PREPAID upgrade: the difference (new - current) at the offering's monthly rate, for the months left in the
  paid period counted in whole started months (at least 1), with the instance's prepaid discount for its
  period. That is ``discountPrice``, charged from the balance when the change is accepted.
* PREPAID downgrade: nothing now (it waits for the next billing cycle); the answer's prices are 0.0.
* POSTPAID: nothing now; the answer carries the new unit price (per HOUR for bandwidth, per MONTH for a package).
"""

from __future__ import annotations

import math
from typing import Any

from zltoolkit.api import ChargeUnit

from ..scenarios.models import InstanceTypeDef, Offering, ZoneDef
from .pricing import _overage, _price, effective_prices, money, prepaid_discount, rate
from .records import PREPAID, Instance

MONTH_SECONDS = 30 * 86400
def months_left(inst: Instance, now: float) -> int:
    """Whole started months from ``now`` to the end of the paid period (at least 1)."""
    if inst.etime is None:
        return 1
    return max(1, math.ceil((inst.etime - now) / MONTH_SECONDS))


def change_price(
    inst: Instance, off: Offering, itype: InstanceTypeDef, zone: ZoneDef, *, kind: str, current: float,
    target: float, now: float, api_version: str,
) -> tuple[list[dict[str, Any]], float]:  # fmt: skip
    """(the Price items answered, the amount charged now) for changing ``kind`` ("bw"/"tp") to ``target``."""
    p = effective_prices(off, itype, zone)
    if kind == "bw":
        monthly, hourly, unit, postpaid_unit = (p["bandwidth_monthly_per_mbps"], p["bandwidth_hourly_per_mbps"],
                                                "Mbps", ChargeUnit.HOUR)  # fmt: skip
    else:
        monthly = hourly = p["traffic_package_monthly_per_tb"]
        unit, postpaid_unit = "TB", ChargeUnit.MONTH
    extra: dict[str, Any] = {}
    if kind == "tp":
        per_gb = p["traffic_overage_per_gb"]
        extra = {"excess_unit_price": per_gb, "excess_discount_unit_price": per_gb, "excess_amount_unit": "GB"}
    if inst.charge == PREPAID:
        delta = max(0.0, target - current)
        discount = prepaid_discount(p["prepaid_discount"], inst.period or 1)
        original = money(monthly * delta * months_left(inst, now))
        charged = money(original * discount / 100)
        item = _price(api_version, discount=discount, original_price=original, discount_price=charged,
                      amount_unit=unit, **extra)  # fmt: skip
    else:
        charged = 0.0
        discount = p["postpaid_discount"]
        item = _price(api_version, discount=discount, unit_price=rate(hourly * target),
                      discount_unit_price=rate(hourly * target * discount / 100), charge_unit=postpaid_unit,
                      amount_unit=unit, **extra)  # fmt: skip
    items = [item]
    if kind == "tp":
        items.append(_overage(api_version, p["traffic_overage_per_gb"]))
    return items, charged
