"""pandas views of the BMC API: snake_case columns, explicit dtypes, the same schema when empty.

Every view takes a ``Client`` (or a ``Session`` from ``zl.connect()``) first.
"""

from __future__ import annotations

from zltoolkit.common.frames import CERTAINTY, CHARGE_TYPE, INSTANCE_STATUS, SELL_STATUS

from .catalog import (
    CATALOG,
    IMAGES,
    INSTANCE_TYPES,
    SELL_BANDS,
    STOCK,
    ZONES,
    catalog,
    images,
    instance_types,
    stock,
    zones,
)
from .instances import INSTANCES, instances
from .networking import CIDR_BLOCKS, DDOS_IPS, EIPS, SUBNETS, VPCS, cidr_blocks, ddos_ips, eips, subnets, vpcs
from .prices import HOURS_PER_MONTH, PRICES, aprices, prices
from .traffic import INTERNET_STATUS, TRAFFIC, internet_status, traffic

__all__ = [
    "CATALOG",
    "CERTAINTY",
    "CHARGE_TYPE",
    "CIDR_BLOCKS",
    "DDOS_IPS",
    "EIPS",
    "HOURS_PER_MONTH",
    "IMAGES",
    "INSTANCES",
    "INTERNET_STATUS",
    "INSTANCE_STATUS",
    "INSTANCE_TYPES",
    "PRICES",
    "SELL_BANDS",
    "SELL_STATUS",
    "STOCK",
    "SUBNETS",
    "TRAFFIC",
    "VPCS",
    "ZONES",
    "aprices",
    "catalog",
    "cidr_blocks",
    "ddos_ips",
    "eips",
    "images",
    "instance_types",
    "instances",
    "internet_status",
    "prices",
    "stock",
    "subnets",
    "traffic",
    "vpcs",
    "zones",
]
