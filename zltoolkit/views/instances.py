"""The instances view: every page of DescribeInstances as one frame."""

from __future__ import annotations

from typing import Any

import pandas as pd

from zltoolkit.api.limits import MAX_IDS_PER_CALL
from zltoolkit.client.base import DEFAULT_PAGE_SIZE
from zltoolkit.common.frames import (
    BOOL,
    CHARGE_TYPE,
    FLOAT,
    INSTANCE_STATUS,
    INT,
    OBJ,
    STR,
    UTC,
    Schema,
    frame,
)
from zltoolkit.common.source import Source, enum_value, sync_client

INSTANCES: Schema = {
    "instance_id": STR,
    "instance_name": STR,
    "hostname": STR,
    "zone_id": STR,
    "instance_type_id": STR,
    "status": INSTANCE_STATUS,
    "charge_type": CHARGE_TYPE,
    "period": INT,  # months, PREPAID only
    "internet_charge_type": STR,
    "bandwidth_out_mbps": INT,
    "traffic_package_tb": FLOAT,
    "image_id": STR,
    "image_name": STR,
    "public_ip": STR,  # primaryPublicIpAddress
    "public_ips": OBJ,  # tuple[str, ...]
    "private_ips": OBJ,
    "ipv6_addresses": OBJ,
    "subnet_ids": OBJ,
    "create_time": UTC,
    "expired_time": UTC,  # NA for POSTPAID
    "auto_renew": BOOL,
    "resource_group_id": STR,
    "resource_group_name": STR,
    "key_id": STR,
    "tags": OBJ,  # dict[str, str | None]
}


def instance_row(i: Any) -> dict[str, Any]:
    """One InstanceInfo model flattened to the INSTANCES columns."""
    tags = {t.key: t.value for t in (i.tags.tags or [])} if i.tags is not None else {}
    return {
        "instance_id": i.instance_id,
        "instance_name": i.instance_name,
        "hostname": i.hostname,
        "zone_id": i.zone_id,
        "instance_type_id": i.instance_type_id,
        "status": enum_value(i.instance_status),
        "charge_type": enum_value(i.instance_charge_type),
        "period": i.period,
        "internet_charge_type": enum_value(i.internet_charge_type),
        "bandwidth_out_mbps": i.bandwidth_out_mbps,
        "traffic_package_tb": i.traffic_package_size,
        "image_id": i.image_id,
        "image_name": i.image_name,
        "public_ip": i.primary_public_ip_address,
        "public_ips": tuple(i.public_ip_addresses or ()),
        "private_ips": tuple(i.private_ip_addresses or ()),
        "ipv6_addresses": tuple(i.ipv6_addresses or ()),
        "subnet_ids": tuple(i.subnet_ids or ()),
        "create_time": i.create_time,
        "expired_time": i.expired_time,
        "auto_renew": i.auto_renew,
        "resource_group_id": i.resource_group_id,
        "resource_group_name": i.resource_group_name,
        "key_id": i.key_id,
        "tags": tags,
    }


def instances(client: Source, **filters: Any) -> pd.DataFrame:
    """All instances matching ``filters`` (DescribeInstances parameters, snake_case), every page fetched.

    ``status=`` is accepted as a shorthand for ``instance_status=``; ``zone=`` for ``zone_id=``;
    ``instance_type=`` for ``instance_type_id=``.
    """
    for short, wire in (("status", "instance_status"), ("zone", "zone_id"), ("instance_type", "instance_type_id")):
        if short in filters:
            filters[wire] = filters.pop(short)
    c = sync_client(client)
    ids = filters.pop("instance_ids", None)
    page_size = filters.pop("page_size", None) or filters.pop("pageSize", None) or DEFAULT_PAGE_SIZE
    # The filters go as the request mapping: snake_case or camelCase, checked by the request model.
    if ids is None:
        rows = [instance_row(i) for i in c.iter_instances(filters, page_size=page_size)]
    else:
        # The API takes at most 100 ids per call: ask in chunks.
        ids = list(ids)
        rows = [instance_row(i) for n in range(0, len(ids), MAX_IDS_PER_CALL)
                for i in c.iter_instances({**filters, "instance_ids": ids[n:n + MAX_IDS_PER_CALL]},
                                          page_size=page_size)]
    return frame(rows, INSTANCES)
