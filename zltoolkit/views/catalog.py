"""Catalogue views: zones, instance types, images, stock, and their join ``catalog``.

Known API traps are normalised here once (docs/api-facts.md §6, §12):

* DescribeAvailableResources may answer ``status`` instead of ``sellStatus`` (the doc example does) and may
  omit ``qty``: ``sell_status`` takes either key (or derives from ``qty``), and a missing ``qty`` becomes
  the band of its status (``qty_min``/``qty_max``) with ``qty_known`` False.
* "cores" is ``cpuCores`` (physical cores), never ``cpuCoreCount`` (which the API reports as threads:
  M9O's 80 is 2 sockets x 20 cores x 2 threads); the latter is kept as ``core_count_reported``.
* ``defaultBandwidthOut`` is Mbps (the docs say GB).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import pandas as pd

from zltoolkit.api.enums import ChargeType, SellStatus
from zltoolkit.api.limits import SELL_SHORTAGE_MAX_QTY
from zltoolkit.common.filters import as_list, charge_types
from zltoolkit.common.frames import (
    BOOL,
    CHARGE_TYPE,
    FLOAT,
    INT,
    OBJ,
    SELL_STATUS,
    STR,
    Schema,
    conform,
    frame,
)
from zltoolkit.common.source import Source, enum_value, field, sync_client

from .prices import prices
from .pricing import PRICE_COLUMNS, PRICES

ZONES: Schema = {
    "zone_id": STR,
    "zone_name": STR,
    "city": STR,
    "area": STR,
    "cloud_router": BOOL,
    "byoip": BOOL,
}

INSTANCE_TYPES: Schema = {
    "instance_type_id": STR,
    "description": STR,
    "cpu": STR,
    "sockets": INT,  # parsed from the description ("2x6248" -> 2) when it says so
    "cores": INT,  # cpuCores: physical cores, what requirements mean by "cores"
    "threads": INT,  # cpuThreads
    "core_count_reported": INT,  # cpuCoreCount as the API reports it (= threads in practice)
    "base_frequency": STR,
    "base_frequency_ghz": FLOAT,
    "memory_gb": INT,
    "disk_total_gb": INT,
    "disk_description": STR,
    "disk_layout": STR,  # "4x1000" (+ "2x480+4x1000" for mixed disks)
    "disk_count": INT,
    "raid_levels": OBJ,  # tuple[int, ...]
    "supports_subnet": BOOL,
    "is_ha": BOOL,
    "max_bandwidth_mbps": INT,
    "gpu": STR,  # vpuCard (2026-02-01), else NA
    "gpu_count": INT,
    "image_count": INT,
    "image_ids": OBJ,  # tuple[str, ...]
}

IMAGES: Schema = {
    "image_id": STR,
    "image_name": STR,
    "catalog": STR,  # lowercase (§12.5)
    "image_type": STR,
    "os_type": STR,  # lowercase
}

STOCK: Schema = {
    "zone_id": STR,
    "instance_type_id": STR,
    "charge_type": CHARGE_TYPE,
    "sell_status": SELL_STATUS,
    "qty": INT,  # NA when the API does not say
    "qty_known": BOOL,
    "qty_min": INT,  # = qty when known, else the band of sell_status
    "qty_max": INT,  # NA = open-ended (SELL without qty)
    "internet_charge_types": OBJ,  # tuple[str, ...]
    "max_bandwidth_out_mbps": INT,
    "default_bandwidth_out_mbps": INT,  # free bandwidth; Mbps despite the docs' "GB"
    "default_traffic_package_tb": FLOAT,
}

#: Band of stock each sellStatus stands for: (min, max); max None = open-ended.
SELL_BANDS: dict[str, tuple[int, int | None]] = {
    SellStatus.SELL.value: (SELL_SHORTAGE_MAX_QTY + 1, None),
    SellStatus.SELL_SHORTAGE.value: (1, SELL_SHORTAGE_MAX_QTY),
    SellStatus.SOLD_OUT.value: (0, 0),
}

_SOCKETS = re.compile(r"^\s*(\d+)\s*[x×*]", re.IGNORECASE)
_GHZ = re.compile(r"(\d+(?:\.\d+)?)\s*(ghz|mhz)?", re.IGNORECASE)


def zones(client: Source) -> pd.DataFrame:
    """All zones: ``zone_id, zone_name, city, area, cloud_router, byoip`` sorted by area, city, zone."""
    resp = sync_client(client).describe_zones()
    rows = [
        {
            "zone_id": z.zone_id,
            "zone_name": z.zone_name,
            "city": z.city_name,
            "area": z.area_name,
            "cloud_router": z.is_cloud_router_available,
            "byoip": z.is_byoip_enabled,
        }
        for z in resp.zone_set
    ]
    rows.sort(key=lambda r: (r["area"] or "", r["city"] or "", r["zone_id"]))
    return frame(rows, ZONES)


def _sockets(description: str | None) -> int | None:
    m = _SOCKETS.match(description or "")
    return int(m.group(1)) if m else None


def _ghz(text: str | None) -> float | None:
    m = _GHZ.search(text or "")
    if not m:
        return None
    value = float(m.group(1))
    return value / 1000 if (m.group(2) or "").lower() == "mhz" else value


def instance_type_row(t: Any) -> dict[str, Any]:
    """One InstanceType model flattened to the INSTANCE_TYPES columns."""
    disks = (t.disk_info.disks if t.disk_info else None) or []
    layout = "+".join(f"{d.disk_count}x{d.disk_size}" for d in disks if d.disk_count and d.disk_size)
    return {
        "instance_type_id": t.instance_type_id,
        "description": t.description,
        "cpu": t.cpu_detail,
        "sockets": _sockets(t.description),
        "cores": t.cpu_cores,  # never cpuCoreCount: that is threads
        "threads": t.cpu_threads,
        "core_count_reported": t.cpu_core_count,
        "base_frequency": t.base_frequency,
        "base_frequency_ghz": _ghz(t.base_frequency),
        "memory_gb": t.memory_size,
        "disk_total_gb": t.disk_info.total_disk_size if t.disk_info else None,
        "disk_description": t.disk_info.disk_description if t.disk_info else None,
        "disk_layout": layout or None,
        "disk_count": sum(d.disk_count or 0 for d in disks) if disks else None,
        "raid_levels": tuple(sorted(t.support_raids or ())),
        "supports_subnet": t.support_subnet,
        "is_ha": t.is_ha,
        "max_bandwidth_mbps": t.maximum_bandwidth,
        "gpu": t.vpu_card,
        "gpu_count": t.vpu_count,
        "image_count": len(t.image_ids) if t.image_ids is not None else None,
        "image_ids": tuple(t.image_ids or ()),
    }


def instance_types(client: Source, instance_type: str | Iterable[str] | None = None) -> pd.DataFrame:
    """Instance types with flattened specs (see INSTANCE_TYPES), sorted by id."""
    ids = as_list(instance_type)
    resp = sync_client(client).describe_instance_types({"instance_type_ids": ids} if ids else None)
    rows = [instance_type_row(t) for t in resp.instance_types]
    rows.sort(key=lambda r: r["instance_type_id"])
    return frame(rows, INSTANCE_TYPES)


def images(client: Source, instance_type: str | None = None) -> pd.DataFrame:
    """Images (those installable on ``instance_type`` when given), sorted by name."""
    resp = sync_client(client).describe_images(instance_type_id=instance_type or None)

    def low(v: Any) -> str | None:
        v = enum_value(v)
        return str(v).lower() if v is not None else None

    rows = [
        {
            "image_id": i.image_id,
            "image_name": i.image_name,
            "catalog": low(i.catalog),
            "image_type": enum_value(i.image_type),
            "os_type": low(i.os_type),
        }
        for i in resp.images
    ]
    rows.sort(key=lambda r: (r["image_name"] or "", r["image_id"]))
    return frame(rows, IMAGES)


def sell_status_of(resource: Any) -> str | None:
    """``sellStatus``, else ``status`` (doc example, §12.1), else derived from ``qty``."""
    value = enum_value(field(resource, "sell_status", "sellStatus", "status"))
    if value is not None:
        return str(value)
    qty = field(resource, "qty")
    if qty is None:
        return None
    if qty <= 0:
        return SellStatus.SOLD_OUT.value
    return SellStatus.SELL_SHORTAGE.value if qty <= SELL_SHORTAGE_MAX_QTY else SellStatus.SELL.value


def stock_row(resource: Any, charge_type: str) -> dict[str, Any]:
    status = sell_status_of(resource)
    qty = field(resource, "qty")
    if qty is not None:
        qty_min, qty_max = qty, qty
    elif status in SELL_BANDS:
        qty_min, qty_max = SELL_BANDS[status]
    else:
        qty_min, qty_max = None, None
    return {
        "zone_id": field(resource, "zone_id", "zoneId"),
        "instance_type_id": field(resource, "instance_type_id", "instanceTypeId"),
        "charge_type": charge_type,
        "sell_status": status,
        "qty": qty,
        "qty_known": qty is not None,
        "qty_min": qty_min,
        "qty_max": qty_max,
        "internet_charge_types": tuple(
            str(enum_value(v)) for v in (field(resource, "internet_charge_types", "internetChargeTypes") or ())),
        "max_bandwidth_out_mbps": field(resource, "maximum_bandwidth_out", "maximumBandwidthOut"),
        "default_bandwidth_out_mbps": field(resource, "default_bandwidth_out", "defaultBandwidthOut"),
        "default_traffic_package_tb": field(resource, "default_traffic_package_size", "defaultTrafficPackageSize"),
    }


def stock(
    client: Source,
    charge_type: str | Iterable[str] | None = None,
    zone: str | Iterable[str] | None = None,
    instance_type: str | Iterable[str] | None = None,
    sell_status: str | Iterable[str] | None = None,
) -> pd.DataFrame:
    """Stock per (zone, type, charge type): DescribeAvailableResources, normalised (see STOCK).

    ``charge_type`` None means both. Filters take one value (sent to the API) or several (applied here).
    """
    c = sync_client(client)
    zones_, types_, statuses = as_list(zone), as_list(instance_type), as_list(sell_status)
    params: dict[str, Any] = {}
    if zones_ and len(zones_) == 1:
        params["zone_id"] = zones_[0]
    if types_ and len(types_) == 1:
        params["instance_type_id"] = types_[0]
    if statuses and len(statuses) == 1:
        params["sell_status"] = SellStatus(statuses[0]).value
    rows: list[dict[str, Any]] = []
    for ct in charge_types(charge_type):
        resp = c.describe_available_resources(instance_charge_type=ct, **params)
        rows.extend(stock_row(r, ct) for r in resp.available_resources)
    rows = [
        r for r in rows
        if (not zones_ or r["zone_id"] in zones_)
        and (not types_ or r["instance_type_id"] in types_)
        and (not statuses or r["sell_status"] in statuses)
    ]
    order = {c.value: i for i, c in enumerate(ChargeType)}
    rows.sort(key=lambda r: (r["zone_id"], r["instance_type_id"], order.get(r["charge_type"], 9)))
    return frame(rows, STOCK)


_ZONE_COLS = ["zone_name", "city", "area"]
_TYPE_COLS = ["cores", "threads", "core_count_reported", "memory_gb", "disk_total_gb", "disk_layout",
              "raid_levels", "max_bandwidth_mbps", "description"]
CATALOG: Schema = {
    **{k: STOCK[k] for k in ("zone_id", "instance_type_id", "charge_type")},
    **{k: ZONES[k] for k in _ZONE_COLS},
    **{k: INSTANCE_TYPES[k] for k in _TYPE_COLS},
    **{k: v for k, v in STOCK.items() if k not in ("zone_id", "instance_type_id", "charge_type")},
}


def catalog(
    client: Source,
    charge_type: str | Iterable[str] | None = ChargeType.POSTPAID.value,
    with_prices: bool = False,
    zone: str | Iterable[str] | None = None,
    instance_type: str | Iterable[str] | None = None,
    sell_status: str | Iterable[str] | None = None,
    **price_kwargs: Any,
) -> pd.DataFrame:
    """Stock x instance types x zones (x prices when ``with_prices``): one row per offered (zone, type,
    charge type). ``price_kwargs`` go to :func:`zltoolkit.views.prices` (period, bandwidth, progress...)."""
    st = stock(client, charge_type=charge_type, zone=zone, instance_type=instance_type,
               sell_status=sell_status)
    zs = zones(client)[["zone_id", *_ZONE_COLS]]
    ts = instance_types(client)[["instance_type_id", *_TYPE_COLS]]
    df = st.merge(zs, on="zone_id", how="left").merge(ts, on="instance_type_id", how="left")
    out = conform(df, CATALOG)
    if not with_prices:
        return out
    pr = prices(client, out, charge_type=None, **price_kwargs)
    keep = ["zone_id", "instance_type_id", "charge_type", *PRICE_COLUMNS]
    merged = out.merge(pr[keep], on=["zone_id", "instance_type_id", "charge_type"], how="left")
    return conform(merged, {**CATALOG, **{k: v for k, v in PRICES.items() if k in PRICE_COLUMNS}})

