"""Catalogue actions: DescribeZones, DescribeAvailableResources, DescribeInstanceTypes, DescribeImages,
InquiryPriceCreateInstance (docs/api-facts.md §7.2-§7.5, §7.7).

Static answers (zones, instance types, images, the fixed part of each offering) are built once per catalogue
and shared read-only; only live stock (qty, sellStatus) is computed per request. Handlers run inside
``backend.session()`` and return plain dicts without ``requestId``.

Choices where the docs are silent (recorded here and in the report):
- DescribeZones ``acceptLanguage=zh-CN`` translates city/area names (and the city part of ``zoneName``) for
  the cities in ``ZH_CITY``; any other city keeps its English name. ``isByoipEnabled`` is sent under both
  versions: answers carry the superset of both versions' fields (the SDKs ignore what they do not know).
- DescribeAvailableResources answers ``sellStatus`` (the SDKs' key; the doc example's ``status`` is not
  sent, §12.1) and always a ``qty`` key (null for offerings with ``hideQty``). Under 2022-11-20
  ``internetChargeTypes`` leaves out ``ByBandwidthCluster``, which a 2022-11-20 request cannot choose.
  Unknown zoneId / instanceTypeId filters are 404s (documented for zones; the same rule for types).
- DescribeInstanceTypes / DescribeImages document no errors: an unknown ``imageId`` / ``instanceTypeId``
  filter matches nothing (empty list), like an unknown id in ``imageIds`` / ``instanceTypeIds``.
  ``supportRaids`` keeps types supporting *every* listed level. ``imageName`` matches exactly.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from zltoolkit.api import (
    ApiError,
    ApiVersion,
    ChargeType,
    DescribeAvailableResourcesRequest,
    DescribeImagesRequest,
    DescribeInstanceTypesRequest,
    DescribeZonesRequest,
    InquiryPriceCreateInstanceRequest,
    RequestModel,
    rules,
)

from ..backend import pricing
from ..backend.catalog import Catalog
from ..backend.core import sell_status
from ..context import RequestContext
from .answers import offered_charge_types

ZH_CITY: dict[str, str] = {
    "Seoul": "首尔", "Hong Kong": "香港", "Tokyo": "东京", "Osaka": "大阪", "Singapore": "新加坡",
    "Taipei": "台北", "Manila": "马尼拉", "Jakarta": "雅加达", "Bangkok": "曼谷", "Kuala Lumpur": "吉隆坡",
    "Mumbai": "孟买", "Dubai": "迪拜", "Ho Chi Minh": "胡志明市", "Hanoi": "河内", "Sydney": "悉尼",
    "Los Angeles": "洛杉矶", "San Jose": "圣何塞", "Seattle": "西雅图", "Chicago": "芝加哥",
    "Dallas": "达拉斯", "New York": "纽约", "Washington": "华盛顿", "Miami": "迈阿密", "Atlanta": "亚特兰大",
    "Frankfurt": "法兰克福", "London": "伦敦", "Amsterdam": "阿姆斯特丹", "Paris": "巴黎", "Moscow": "莫斯科",
    "Istanbul": "伊斯坦布尔", "Madrid": "马德里", "Milan": "米兰", "Sao Paulo": "圣保罗",
    "Johannesburg": "约翰内斯堡", "Lagos": "拉各斯", "Cairo": "开罗",
}
ZH_AREA: dict[str, str] = {
    "Asia": "亚洲", "Europe": "欧洲", "North America": "北美洲", "Latin America": "拉丁美洲",
    "South America": "南美洲", "Africa": "非洲", "Oceania": "大洋洲", "Middle East": "中东",
}

Handler = Callable[[RequestContext, Any], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class _Offer:
    zone_id: str
    type_id: str
    hide_qty: bool
    static: dict[str, Any]  # the AvailableResource dict with sellStatus/qty still None


@dataclass(frozen=True, slots=True)
class _Static:
    zones_en: list[dict[str, Any]]
    zones_zh: list[dict[str, Any]]
    types: list[dict[str, Any]]  # InstanceType wire dicts with imageIds, scenario order
    types_by_id: dict[str, dict[str, Any]]
    images: list[dict[str, Any]]
    offers: list[_Offer]
    offers_by_zone: dict[str, list[_Offer]]
    offers_by_type: dict[str, list[_Offer]]


def _zone_wire(z: Any, zh: bool) -> dict[str, Any]:
    city, area, name = z.city_name, z.area_name, z.zone_name
    if zh and city in ZH_CITY:
        name = ZH_CITY[city] + name[len(city):] if name.startswith(city) else name
        city = ZH_CITY[city]
    if zh:
        area = ZH_AREA.get(area, area)
    return {
        "zoneId": z.zone_id,
        "zoneName": name,
        "cityName": city,
        "areaName": area,
        "isCloudRouterAvailable": z.is_cloud_router_available,
        "isByoipEnabled": z.is_byoip_enabled,
    }


def _build(catalog: Catalog) -> _Static:
    sc = catalog.scenario
    types = [catalog.type_wire(t.instance_type_id, with_images=True) for t in sc.instance_types]
    images = [
        {
            "imageId": i.image_id,
            "imageName": i.image_name,
            "catalog": str(i.catalog),
            "imageType": str(i.image_type),
            "osType": str(i.os_type),
        }
        for i in sc.images
    ]
    offers = [
        _Offer(
            o.zone_id,
            o.instance_type_id,
            o.hide_qty,
            {  # the SDK model's key order; sellStatus and qty are filled per request
                "zoneId": o.zone_id,
                "sellStatus": None,
                "internetChargeTypes": [str(c) for c in o.internet_charge_types],
                "instanceTypeId": o.instance_type_id,
                "maximumBandwidthOut": o.maximum_bandwidth_out,
                "defaultBandwidthOut": o.default_bandwidth_out,
                "defaultTrafficPackageSize": float(o.default_traffic_package_size),
                "qty": None,
            },
        )
        for o in sc.offerings
    ]
    by_zone: dict[str, list[_Offer]] = {}
    by_type: dict[str, list[_Offer]] = {}
    for offer in offers:
        by_zone.setdefault(offer.zone_id, []).append(offer)
        by_type.setdefault(offer.type_id, []).append(offer)
    return _Static(
        offers_by_zone=by_zone,
        offers_by_type=by_type,
        zones_en=[_zone_wire(z, False) for z in sc.zones],
        zones_zh=[_zone_wire(z, True) for z in sc.zones],
        types=types,
        types_by_id={t["instanceTypeId"]: t for t in types},
        images=images,
        offers=offers,
    )


# One precomputed answer set per live catalogue (a scenario load builds a new Catalog).
_CACHE: dict[int, tuple[weakref.ref[Catalog], _Static]] = {}
_CACHE_LOCK = threading.Lock()


def static_for(catalog: Catalog) -> _Static:
    hit = _CACHE.get(id(catalog))
    if hit is not None and hit[0]() is catalog:
        return hit[1]
    built = _build(catalog)
    with _CACHE_LOCK:
        for key in [k for k, (ref, _) in _CACHE.items() if ref() is None]:
            del _CACHE[key]
        _CACHE[id(catalog)] = (weakref.ref(catalog), built)
    return built


def _check_ids(name: str, ids: list[str] | None) -> None:
    _raise(rules.check_id_list(ids, field=name))


def _non_negative(req: RequestModel, *names: str) -> None:
    for name in names:
        value = getattr(req, name)
        if value is not None and value < 0:
            alias = type(req).model_fields[name].alias or name
            raise ApiError("INVALID_PARAMETER", f"The parameter `{alias}` must not be negative.")


def _raise(violation: rules.Violation | None) -> None:
    if violation is not None:
        raise violation.to_api_error()


# --- handlers ---


def describe_zones(ctx: RequestContext, req: DescribeZonesRequest) -> dict[str, Any]:
    st = static_for(ctx.backend.catalog)
    zones = st.zones_zh if req.accept_language == "zh-CN" else st.zones_en
    if req.is_cloud_router_available is not None:
        zones = [z for z in zones if z["isCloudRouterAvailable"] is req.is_cloud_router_available]
    return {"zoneSet": zones}


def describe_available_resources(ctx: RequestContext, req: DescribeAvailableResourcesRequest) -> dict[str, Any]:
    backend = ctx.backend
    catalog = backend.catalog
    zone, itype, wanted = req.zone_id, req.instance_type_id, req.sell_status
    if zone is not None:
        catalog.zone(zone)
    if itype is not None:
        catalog.instance_type(itype)
    charge = ChargeType(req.instance_charge_type)
    st = static_for(catalog)
    if zone is not None:
        offers = st.offers_by_zone.get(zone, [])
    elif itype is not None:
        offers = st.offers_by_type.get(itype, [])
    else:
        offers = st.offers
    out: list[dict[str, Any]] = []
    for offer in offers:
        if itype is not None and offer.type_id != itype:
            continue
        qty = backend.qty(offer.zone_id, offer.type_id, charge)
        if qty is None:  # this charge type is not sold here
            continue
        status = sell_status(qty)
        if wanted is not None and status != wanted:
            continue
        item = dict(offer.static)
        if ctx.api_version != ApiVersion.V2026_02_01:  # offer only what this version's request may choose
            item["internetChargeTypes"] = offered_charge_types(item["internetChargeTypes"], ctx.api_version)
        item["sellStatus"] = status.value
        item["qty"] = None if offer.hide_qty else max(qty, 0)
        out.append(item)
    return {"availableResources": out}


def describe_instance_types(ctx: RequestContext, req: DescribeInstanceTypesRequest) -> dict[str, Any]:
    _check_ids("instanceTypeIds", req.instance_type_ids)
    _non_negative(
        req, "minimum_cpu_core_count", "maximum_cpu_core_count", "minimum_memory_size", "maximum_memory_size",
        "minimum_bandwidth", "minimum_disk_size", "maximum_disk_size",
    )
    catalog = ctx.backend.catalog
    st = static_for(catalog)
    types = st.types
    if req.image_id is not None:
        img = catalog.images.get(req.image_id)
        allowed = set(img.instance_type_ids) if img is not None else set()
        types = [t for t in types if t["instanceTypeId"] in allowed]
    if req.instance_type_ids is not None:
        ids = set(req.instance_type_ids)
        types = [t for t in types if t["instanceTypeId"] in ids]
    raids = set(req.support_raids) if req.support_raids is not None else None

    def keep(t: dict[str, Any]) -> bool:
        cores, mem, disk = t["cpuCoreCount"], t["memorySize"], (t["diskInfo"] or {}).get("totalDiskSize") or 0
        return (
            (req.minimum_cpu_core_count is None or cores >= req.minimum_cpu_core_count)
            and (req.maximum_cpu_core_count is None or cores <= req.maximum_cpu_core_count)
            and (req.minimum_memory_size is None or mem >= req.minimum_memory_size)
            and (req.maximum_memory_size is None or mem <= req.maximum_memory_size)
            and (req.minimum_bandwidth is None or t["maximumBandwidth"] >= req.minimum_bandwidth)
            and (raids is None or raids.issubset(t["supportRaids"]))
            and (req.support_subnet is None or t["supportSubnet"] is req.support_subnet)
            and (req.minimum_disk_size is None or disk >= req.minimum_disk_size)
            and (req.maximum_disk_size is None or disk <= req.maximum_disk_size)
            and (req.is_ha is None or t["isHA"] is req.is_ha)
        )

    return {"instanceTypes": [t for t in types if keep(t)]}


def describe_images(ctx: RequestContext, req: DescribeImagesRequest) -> dict[str, Any]:
    catalog = ctx.backend.catalog
    images = static_for(catalog).images
    ids = set(req.image_ids) if req.image_ids is not None else None
    on_type: set[str] | None = None
    if req.instance_type_id is not None:
        on_type = set(catalog.images_by_type.get(req.instance_type_id, ()))
    catalog_f = None if req.catalog is None else str(req.catalog)
    type_f = None if req.image_type is None else str(req.image_type)
    os_f = None if req.os_type is None else str(req.os_type)
    return {
        "images": [
            i for i in images
            if (ids is None or i["imageId"] in ids)
            and (req.image_name is None or i["imageName"] == req.image_name)
            and (catalog_f is None or i["catalog"] == catalog_f)
            and (type_f is None or i["imageType"] == type_f)
            and (os_f is None or i["osType"] == os_f)
            and (on_type is None or i["imageId"] in on_type)
        ]
    }


def inquiry_price_create_instance(ctx: RequestContext, req: InquiryPriceCreateInstanceRequest) -> dict[str, Any]:
    charge = ChargeType(req.instance_charge_type)
    bandwidth = req.internet_max_bandwidth_out
    # The same period and bandwidth rules as CreateInstances (the offering's maximum is checked below).
    _raise(rules.check_prepaid(charge, req.instance_charge_prepaid) or rules.check_bandwidth(bandwidth))
    prepaid = req.instance_charge_prepaid
    period = prepaid.period if charge is ChargeType.PREPAID and prepaid is not None else None
    # Unlike CreateInstances (> 0), a quote for an empty traffic package is allowed.
    if req.traffic_package_size is not None and req.traffic_package_size < 0:
        raise ApiError("INVALID_PARAMETER", "The parameter `trafficPackageSize` must not be negative.")
    backend = ctx.backend
    catalog = backend.catalog
    zone = catalog.zone(req.zone_id)
    itype = catalog.instance_type(req.instance_type_id)
    offering = catalog.offerings.get((req.zone_id, req.instance_type_id))
    if offering is None or backend.qty(req.zone_id, req.instance_type_id, charge) is None:
        raise ApiError(
            "INVALID_INSTANCE_TYPE_ZONE_NO_SELL",
            f"Instance type `{req.instance_type_id}` is not sold in zone `{req.zone_id}` as {charge.value}.",
        )
    if req.internet_charge_type not in offering.internet_charge_types:
        raise ApiError(
            "INVALID_INSTANCE_BANDWIDTH_ZONE_NO_SELL",
            f"Internet charge type `{req.internet_charge_type}` is not sold for `{req.instance_type_id}` "
            f"in zone `{req.zone_id}`.",
        )
    _raise(rules.check_bandwidth(bandwidth, maximum=offering.maximum_bandwidth_out))
    return pricing.quote(
        offering, itype, zone,
        charge_type=charge,
        internet_charge_type=req.internet_charge_type,
        period=period,
        bandwidth_mbps=bandwidth,
        traffic_package_tb=req.traffic_package_size,
        api_version=ctx.api_version,
    )


HANDLERS: dict[str, Handler] = {
    "DescribeZones": describe_zones,
    "DescribeAvailableResources": describe_available_resources,
    "DescribeInstanceTypes": describe_instance_types,
    "DescribeImages": describe_images,
    "InquiryPriceCreateInstance": inquiry_price_create_instance,
}
