"""Networking views: subnets, VPCs, elastic IPs, CIDR blocks and DDoS IPs, every page as one frame.

Fixed schemas (the same columns and dtypes when empty: an empty frame means there is nothing); API errors
raise. Each view takes the Describe action's filters in snake_case (``zone_id=``, ``vpc_id=``, ...) and
accepts ``zone=`` for ``zone_id=``. DDoS IPs exist in API 2022-11-20 only: the client pins that version for
their actions.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pandas as pd

from zltoolkit.common.frames import CHARGE_TYPE, INT, OBJ, STR, UTC, Schema, frame
from zltoolkit.common.source import Source, enum_value, field, sync_client

__all__ = ["CIDR_BLOCKS", "DDOS_IPS", "EIPS", "SUBNETS", "VPCS", "cidr_blocks", "ddos_ips", "eips", "subnets",
           "vpcs"]

PAGE_SIZE = 100

SUBNETS: Schema = {
    "subnet_id": STR,
    "subnet_name": STR,
    "zone_id": STR,
    "vpc_id": STR,
    "cidr_block": STR,
    "status": STR,  # CREATING / AVAILABLE / ...
    "available_ip_count": INT,  # free private addresses
    "instance_ids": OBJ,  # tuple[str, ...]: instances with an address in the subnet
    "private_ips": OBJ,  # dict[instance id, (address, status)]; status BINDING / BOUND / UNBINDING
    "create_time": UTC,
    "resource_group_id": STR,
    "resource_group_name": STR,
}
VPCS: Schema = {
    "vpc_id": STR,
    "vpc_name": STR,
    "vpc_region_id": STR,
    "vpc_region_name": STR,
    "cidr_block": STR,
    "status": STR,
    "create_time": UTC,
    "resource_group_id": STR,
    "resource_group_name": STR,
    "tags": OBJ,  # dict[str, str | None]
}
EIPS: Schema = {
    "eip_id": STR,
    "zone_id": STR,
    "ip_address": STR,
    "netmask": INT,
    "status": STR,  # CREATING / AVAILABLE / ASSOCIATING / ASSOCIATED / UNASSOCIATING / RECYCLE
    "instance_id": STR,
    "instance_name": STR,
    "charge_type": CHARGE_TYPE,
    "period": INT,  # months, PREPAID only
    "create_time": UTC,
    "expired_time": UTC,
    "resource_group_id": STR,
    "resource_group_name": STR,
    "tags": OBJ,
}
DDOS_IPS: Schema = {
    "ddos_ip_id": STR,
    "zone_id": STR,
    "ip_address": STR,
    "status": STR,
    "instance_id": STR,
    "instance_name": STR,
    "charge_type": CHARGE_TYPE,
    "period": INT,
    "create_time": UTC,
    "expired_time": UTC,
    "resource_group_id": STR,
    "resource_group_name": STR,
}
CIDR_BLOCKS: Schema = {
    "cidr_block_id": STR,
    "cidr_block_name": STR,
    "zone_id": STR,  # NA for a BYOIP block
    "cidr_block": STR,
    "block_type": STR,  # IPv4 / IPv6
    "cidr_type": STR,  # STANDARD / BYOIP
    "gateway": STR,
    "available_ip_count": INT,
    "instance_ids": OBJ,
    "status": STR,
    "charge_type": CHARGE_TYPE,
    "create_time": UTC,
    "expire_time": UTC,
    "resource_group_id": STR,
    "resource_group_name": STR,
    "tags": OBJ,
}


def _tags(obj: Any) -> dict[str, Any]:
    tags = field(obj, "tags")
    items = field(tags, "tags") if tags is not None else None
    return {field(t, "key"): field(t, "value") for t in (items or [])}


def _pages(source: Source, action: str, filters: dict[str, Any]) -> Iterator[Any]:
    """Every item of a paginated Describe, page by page."""
    c = sync_client(source)
    if "zone" in filters:
        filters["zone_id"] = filters.pop("zone")
    page = 1
    while True:
        response = c.call(action, page_num=page, page_size=PAGE_SIZE, **filters)
        items = field(response, "data_set") or []
        yield from items
        total = field(response, "total_count")
        if not items or len(items) < PAGE_SIZE or (total is not None and page * PAGE_SIZE >= total):
            return
        page += 1


def subnets(client: Source, **filters: Any) -> pd.DataFrame:
    """All subnets matching ``filters`` (DescribeSubnets parameters: ``subnet_ids``, ``zone_id``, ``vpc_id``,
    ``cidr_block``, ``subnet_name``, ``resource_group_id``, ``subnet_status``)."""
    rows = []
    for s in _pages(client, "DescribeSubnets", filters):
        members = field(s, "subnet_instance_set") or []
        rows.append({
            "subnet_id": field(s, "subnet_id"), "subnet_name": field(s, "subnet_name"),
            "zone_id": field(s, "zone_id"), "vpc_id": field(s, "vpc_id"), "cidr_block": field(s, "cidr_block"),
            "status": field(s, "subnet_status"), "available_ip_count": field(s, "available_ip_count"),
            "instance_ids": tuple(field(m, "instance_id") for m in members),
            "private_ips": {field(m, "instance_id"): (field(m, "private_ip_address"), field(m, "private_ip_status"))
                            for m in members},
            "create_time": field(s, "create_time"), "resource_group_id": field(s, "resource_group_id"),
            "resource_group_name": field(s, "resource_group_name"),
        })  # fmt: skip
    return frame(rows, SUBNETS)


def vpcs(client: Source, **filters: Any) -> pd.DataFrame:
    """All VPCs matching ``filters`` (DescribeVpcs parameters)."""
    rows = [{
        "vpc_id": field(v, "vpc_id"), "vpc_name": field(v, "vpc_name"), "vpc_region_id": field(v, "vpc_region_id"),
        "vpc_region_name": field(v, "vpc_region_name"), "cidr_block": field(v, "cidr_block"),
        "status": field(v, "vpc_status"), "create_time": field(v, "create_time"),
        "resource_group_id": field(v, "resource_group_id"), "resource_group_name": field(v, "resource_group_name"),
        "tags": _tags(v),
    } for v in _pages(client, "DescribeVpcs", filters)]  # fmt: skip
    return frame(rows, VPCS)


def eips(client: Source, **filters: Any) -> pd.DataFrame:
    """All elastic IPs matching ``filters`` (DescribeEipAddresses parameters: ``eip_ids``, ``zone_id``,
    ``instance_id``, ``eip_status``, ``eip_charge_type``, ``ip_address``, ...)."""
    rows = [{
        "eip_id": field(e, "eip_id"), "zone_id": field(e, "zone_id"), "ip_address": field(e, "ip_address"),
        "netmask": field(e, "netmask"), "status": field(e, "eip_status"), "instance_id": field(e, "instance_id"),
        "instance_name": field(e, "instance_name"), "charge_type": enum_value(field(e, "eip_charge_type")),
        "period": field(e, "period"), "create_time": field(e, "create_time"),
        "expired_time": field(e, "expired_time"), "resource_group_id": field(e, "resource_group_id"),
        "resource_group_name": field(e, "resource_group_name"), "tags": _tags(e),
    } for e in _pages(client, "DescribeEipAddresses", filters)]  # fmt: skip
    return frame(rows, EIPS)


def ddos_ips(client: Source, **filters: Any) -> pd.DataFrame:
    """All DDoS-protected IPs matching ``filters`` (DescribeDdosIpAddresses parameters); API 2022-11-20."""
    rows = [{
        "ddos_ip_id": field(d, "ddos_ip_id"), "zone_id": field(d, "zone_id"), "ip_address": field(d, "ip_address"),
        "status": field(d, "ddos_ip_status"), "instance_id": field(d, "instance_id"),
        "instance_name": field(d, "instance_name"), "charge_type": enum_value(field(d, "ddos_ip_charge_type")),
        "period": field(d, "period"), "create_time": field(d, "create_time"),
        "expired_time": field(d, "expired_time"), "resource_group_id": field(d, "resource_group_id"),
        "resource_group_name": field(d, "resource_group_name"),
    } for d in _pages(client, "DescribeDdosIpAddresses", filters)]  # fmt: skip
    return frame(rows, DDOS_IPS)


def cidr_blocks(client: Source, **filters: Any) -> pd.DataFrame:
    """All CIDR blocks (IPv4, IPv6, BYOIP) matching ``filters`` (DescribeCidrBlocks parameters)."""
    rows = [{
        "cidr_block_id": field(b, "cidr_block_id"), "cidr_block_name": field(b, "cidr_block_name"),
        "zone_id": field(b, "zone_id"), "cidr_block": field(b, "cidr_block"),
        "block_type": field(b, "cidr_block_type"), "cidr_type": field(b, "cidr_type"),
        "gateway": field(b, "gateway"), "available_ip_count": field(b, "available_ip_count"),
        "instance_ids": tuple(field(b, "instance_ids") or ()), "status": field(b, "status"),
        "charge_type": enum_value(field(b, "charge_type")), "create_time": field(b, "create_time"),
        "expire_time": field(b, "expire_time"), "resource_group_id": field(b, "resource_group_id"),
        "resource_group_name": field(b, "resource_group_name"), "tags": _tags(b),
    } for b in _pages(client, "DescribeCidrBlocks", filters)]  # fmt: skip
    return frame(rows, CIDR_BLOCKS)
