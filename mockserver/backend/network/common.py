"""Small rules shared by the networking operations: id lists, pages, resource groups, tags, prices, periods."""

from __future__ import annotations

import re
from typing import Any, TypeVar

from zltoolkit.api import ApiError, ApiVersion, ChargeType, limits

from ...scenarios.models import Account, ZoneDef
from ..pricing import money, rate

T = TypeVar("T")

#: At most this many ids in one list parameter (the docs say 100 for every networking list).
MAX_IDS = 100
HOURS_PER_MONTH = 720


def bad(field: str, why: str) -> ApiError:
    return ApiError("INVALID_PARAMETER", f"The parameter `{field}` is invalid: {why}.")


def required(value: T | None, field: str) -> T:
    if value is None:
        raise ApiError("MISSING_PARAMETER", f"The parameter `{field}` is required.")
    return value


def id_list(ids: list[str] | None, field: str, *, required_: bool = True) -> list[str]:
    """A list of ids, duplicates counted once (as instance batches do)."""
    if ids is None:
        if required_:
            raise ApiError("MISSING_PARAMETER", f"The parameter `{field}` is required.")
        return []
    if not ids and required_:
        raise bad(field, "must not be empty")
    if len(ids) > MAX_IDS:
        raise bad(field, f"at most {MAX_IDS} ids")
    return list(dict.fromkeys(ids))


def page(items: list[T], page_num: int | None, page_size: int | None) -> tuple[int, list[T]]:
    num = 1 if page_num is None else page_num
    size = limits.PAGE_SIZE_DEFAULT if page_size is None else page_size
    if num < 1:
        raise bad("pageNum", "must be at least 1")
    if not 1 <= size <= limits.PAGE_SIZE_MAX:
        raise bad("pageSize", f"must be 1-{limits.PAGE_SIZE_MAX}")
    start = (num - 1) * size
    return len(items), items[start : start + size]


def resource_group(account: Account, rg: str | None) -> str:
    groups = account.resource_groups
    if rg is not None:
        if rg not in {g.resource_group_id for g in groups}:
            raise ApiError("OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND", f"The resource group `{rg}` is not found.")
        return rg
    if not groups:
        raise ApiError("OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND", "The account has no resource group.")
    return groups[0].resource_group_id


def rg_name(account: Account, rg: str) -> str | None:
    return next((g.resource_group_name for g in account.resource_groups if g.resource_group_id == rg), None)


#: Names of networking objects: 1-64 characters, no control characters (mock-defined: the docs give no rule).
NAME_MAX = 64


def name(value: str | None, field: str, default: str) -> str:
    if value is None:
        return default
    if not 1 <= len(value) <= NAME_MAX or any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise bad(field, f"must be 1-{NAME_MAX} printable characters")
    return value


def tags(value: Any) -> list[list[Any]]:
    """Tags of a create (TagAssociationParam) as stored pairs."""
    if value is None or value.tags is None:
        return []
    return [[t.key, t.value] for t in value.tags]


def tags_wire(stored: list[list[Any]]) -> dict[str, Any]:
    return {"tags": [{"key": k, "value": v} for k, v in stored]}


def period(charge: ChargeType, prepaid: Any, field: str) -> int | None:
    """The PREPAID period in months (required then, 1-60 like instances); None for POSTPAID."""
    if charge is not ChargeType.PREPAID:
        return None
    if prepaid is None:
        raise ApiError("MISSING_PARAMETER", f"The parameter `{field}` is required for PREPAID.")
    p: int = prepaid.period
    if not 1 <= p <= limits.PERIOD_MAX:
        raise bad(f"{field}.period", f"must be 1-{limits.PERIOD_MAX}")
    return p


def amount(value: int | None, maximum: int = 100) -> int:
    n = 1 if value is None else value
    if not 1 <= n <= maximum:
        raise bad("amount", f"must be 1-{maximum}")
    return n


def price(api_version: str, charge: ChargeType, monthly: float, hourly: float, period: int | None,
          count: int, zone: ZoneDef) -> dict[str, Any]:  # fmt: skip
    """The Price (2022) / PriceItem (2026) dict for ``count`` addresses, in the zone's price factor.

    PREPAID: the whole term up front (original = discount price, no discount); POSTPAID: a rate per HOUR."""
    new = ApiVersion(api_version) is ApiVersion.V2026_02_01
    f = zone.price_factor
    if charge is ChargeType.PREPAID:
        total = money(monthly * f * (period or 1) * count)
        out: dict[str, Any] = {"discount": 100.0, "discountPrice": total, "originalPrice": total, "unitPrice": None,
                               "discountUnitPrice": None, "chargeUnit": None}  # fmt: skip
    else:
        unit = rate(hourly * f * count)
        out = {"discount": 100.0, "discountPrice": None, "originalPrice": None, "unitPrice": unit,
               "discountUnitPrice": unit, "chargeUnit": "HOUR"}  # fmt: skip
    # The 2026 keys are always present (null in 2022), as the instance price answers carry them.
    out |= {"stepPrices": None, "amountUnit": None, "excessUnitPrice": None, "excessDiscountUnitPrice": None,
            "excessAmountUnit": None, "category": "STANDARD" if new else None}  # fmt: skip
    return out


def charge_of(price_dict: dict[str, Any]) -> float:
    """What an allocation costs now: the PREPAID term; POSTPAID is billed afterwards (0 now), as instances."""
    value = price_dict["discountPrice"]
    return float(value) if value is not None else 0.0


_SLUG = re.compile(r"[^a-z0-9]+")


def region_id(zone: ZoneDef) -> str:
    """The VPC region of a zone: the scenario's, else the area name as a slug ("North America" -> north-america)."""
    return zone.network.vpc_region_id or _SLUG.sub("-", zone.area_name.lower()).strip("-")
