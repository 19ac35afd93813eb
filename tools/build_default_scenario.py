"""Generate the shipped default scenario, ``default.json`` (docs/mock-guide.md "Scenario").

Run ``python tools/build_default_scenario.py`` to rewrite ``mockserver/scenarios/default.json`` (deterministic: a
fixed seed, uuid5 image ids), or ``... --check`` to fail when the committed file is out of date. Dev tooling:
it lives outside the runtime packages and only imports them.

What is real and what is invented:

* Zone ids, cities and areas come from Zenlayer's product list (docs/api-facts.md §10.1), plus ``LAX-A`` which the
  API docs use. Zone names ``<City> <Letter>``, public IPv4/IPv6 prefixes and price factors are invented.
* M9O and MGI are exactly the DescribeInstanceTypes example; M6C, M7D, MDE, S8I and S9I are real ids with
  plausible specs; the rest are invented (``invented: true`` and "(mock)" in the description).
* The documented figures reproduce: SEL-A/M6C prices (InquiryPriceCreateInstance examples), MOW-B/MDE
  bandwidth figures (DescribeAvailableResources example), the CentOS7.4 image id, the image ids of the
  DescribeInstanceTypes and CreateInstances examples.
* Stock is a seeded random mix (SELL / SELL_SHORTAGE / SOLD_OUT) plus fixed entries that demos and tests
  rely on: plenty of large machines in several Asian, North American and European zones (so "40 machines,
  >=32 cores, >=128 GB in Asia, survive losing one zone" is feasible) and a few sold-out picks to fall back from.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import uuid
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mockserver.scenarios.loader import dump_scenario  # noqa: E402
from mockserver.scenarios.models import Scenario  # noqa: E402
from zltoolkit.api.enums import ChargeType, ImageCatalog, ImageType, InternetChargeType, OsType  # noqa: E402

SEED = 20221120
OUTPUT = Path(__file__).resolve().parent.parent / "mockserver" / "scenarios" / "default.json"
IMAGE_NAMESPACE = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")  # uuid.NAMESPACE_URL

PREPAID, POSTPAID = ChargeType.PREPAID, ChargeType.POSTPAID
BW, TP, I95, C95, CLUSTER = (
    InternetChargeType.BY_BANDWIDTH,
    InternetChargeType.BY_TRAFFIC_PACKAGE,
    InternetChargeType.BY_INSTANCE_BANDWIDTH_95,
    InternetChargeType.BY_CLUSTER_BANDWIDTH_95,
    InternetChargeType.BY_BANDWIDTH_CLUSTER,
)
PUBLIC, CUSTOM = ImageType.PUBLIC_IMAGE, ImageType.CUSTOM_IMAGE
LINUX, WINDOWS = OsType.LINUX, OsType.WINDOWS
CENTOS, DEBIAN, UBUNTU, ESXI, WIN = (
    ImageCatalog.CENTOS, ImageCatalog.DEBIAN, ImageCatalog.UBUNTU, ImageCatalog.ESXI, ImageCatalog.WINDOWS,
)  # fmt: skip
INTERNET_ORDER = (BW, TP, I95, C95, CLUSTER)

# --- zones -----------------------------------------------------------------------------------------------

AREA_PRICE_FACTOR = {
    "North America": 1.0,
    "Latin America": 1.3,
    "Europe": 1.1,
    "Asia": 1.15,
    "Africa": 1.3,
    "Oceania": 1.25,
}
# Smaller points of presence carry fewer models.
AREA_OFFER_WEIGHT = {
    "North America": 1.0,
    "Latin America": 0.65,
    "Europe": 1.0,
    "Asia": 1.0,
    "Africa": 0.55,
    "Oceania": 0.7,
}
# (zone id, city, area, cloud router, BYOIP)
ZONES: list[tuple[str, str, str, bool, bool]] = [
    ("LAX-A", "Los Angeles", "North America", True, True),
    ("LAX-B", "Los Angeles", "North America", False, False),
    ("LAX-C", "Los Angeles", "North America", False, False),
    ("SJC-A", "San Jose", "North America", True, False),
    ("SEA-A", "Seattle", "North America", False, False),
    ("DFW-A", "Dallas", "North America", True, False),
    ("CHI-A", "Chicago", "North America", False, False),
    ("ATL-A", "Atlanta", "North America", False, False),
    ("IAD-A", "Washington", "North America", True, False),
    ("NYC-A", "New York", "North America", True, True),
    ("MIA-A", "Miami", "North America", False, False),
    ("SAO-A", "Sao Paulo", "Latin America", True, False),
    ("SAO-B", "Sao Paulo", "Latin America", False, False),
    ("GIG-B", "Rio de Janeiro", "Latin America", False, False),
    ("MEX-B", "Mexico City", "Latin America", False, False),
    ("SCL-A", "Santiago", "Latin America", False, False),
    ("BOG-A", "Bogota", "Latin America", False, False),
    ("FRA-A", "Frankfurt", "Europe", True, True),
    ("FRA-B", "Frankfurt", "Europe", False, False),
    ("AMS-A", "Amsterdam", "Europe", True, False),
    ("LON-A", "London", "Europe", True, False),
    ("PAR-A", "Paris", "Europe", False, False),
    ("MAD-A", "Madrid", "Europe", False, False),
    ("MXP-A", "Milan", "Europe", False, False),
    ("WAW-A", "Warsaw", "Europe", False, False),
    ("IST-A", "Istanbul", "Europe", False, False),
    ("MOW-A", "Moscow", "Europe", False, False),
    ("MOW-B", "Moscow", "Europe", True, False),
    ("SEL-A", "Seoul", "Asia", True, False),
    ("SEL-D", "Seoul", "Asia", False, False),
    ("HKG-A", "Hong Kong", "Asia", True, True),
    ("HKG-B", "Hong Kong", "Asia", False, False),
    ("TYO-A", "Tokyo", "Asia", True, True),
    ("TYO-C", "Tokyo", "Asia", False, False),
    ("OSA-A", "Osaka", "Asia", False, False),
    ("TPE-A", "Taipei", "Asia", False, False),
    ("SIN-A", "Singapore", "Asia", False, False),
    ("SIN-E", "Singapore", "Asia", True, True),
    ("KUL-A", "Kuala Lumpur", "Asia", False, False),
    ("JKT-A", "Jakarta", "Asia", False, False),
    ("MNL-A", "Manila", "Asia", False, False),
    ("BKK-A", "Bangkok", "Asia", False, False),
    ("SGN-A", "Ho Chi Minh", "Asia", False, False),
    ("BOM-A", "Mumbai", "Asia", False, False),
    ("DXB-A", "Dubai", "Asia", True, False),
    ("JNB-A", "Johannesburg", "Africa", False, False),
    ("LOS-A", "Lagos", "Africa", False, False),
    ("CAI-A", "Cairo", "Africa", False, False),
    ("SYD-A", "Sydney", "Oceania", True, False),
]
# HKG-A first: the DescribeInstances example shows an HKG-A instance with IPv6 2602:ffe4:1:11::1.
IPV6_ORDER = ["HKG-A"] + [z[0] for z in ZONES if z[0] != "HKG-A"]


def build_zones() -> list[dict[str, Any]]:
    out = []
    for n, (zone_id, city, area, router, byoip) in enumerate(ZONES):
        # Public blocks: consecutive /22s of 128.1.0.0/16 (public, not reserved; never contacted).
        out.append(
            {
                "zoneId": zone_id,
                "zoneName": f"{city} {zone_id.split('-')[1]}",
                "cityName": city,
                "areaName": area,
                "isCloudRouterAvailable": router,
                "isByoipEnabled": byoip,
                "publicIpPrefix": f"128.1.{4 * n}.0/22",
                "ipv6Prefix": f"2602:ffe4:{IPV6_ORDER.index(zone_id) + 1:x}:11::/64",
                "priceFactor": AREA_PRICE_FACTOR[area],
                # IPv4 blocks: consecutive /22s of 128.2.0.0/16; DDoS-protected IPs where DDOS_ZONES say so.
                "network": {"ipv4BlockPrefix": f"128.2.{4 * n}.0/22", "ddos": zone_id in DDOS_ZONES},
            }
        )
    return out


#: Zones selling DDoS-protected IPs (the DDoS IP family exists in 2022-11-20 only).
DDOS_ZONES = frozenset({"LAX-A", "HKG-A", "FRA-A", "SEL-A"})


# --- instance types -------------------------------------------------------------------------------------

PREPAID_DISCOUNT = {1: 95.0, 3: 92.0, 6: 90.0, 12: 85.0, 24: 80.0}
# Network list prices (North America); the zone's priceFactor scales them. Seoul overrides them (SEOUL_NET).
NET_PRICES = {
    "bandwidthMonthlyPerMbps": 2.0,
    "bandwidthHourlyPerMbps": 0.0035,
    "bandwidth95MonthlyPerMbps": 1.6,
    "trafficPackageMonthlyPerTb": 20.0,
    "trafficOveragePerGb": 0.03,
    "primaryIpMonthly": 0.0,  # one public IPv4 comes with the machine
}
# Korean transit is expensive: the documented SEL-A figures (200 Mbps = 1520.0/month prepaid, 1.32/HOUR
# postpaid; 100 TB = 7920.0; overage 0.08) give these per-unit prices, used by every Seoul offering.
SEOUL_NET = {
    "bandwidthMonthlyPerMbps": 7.6,
    "bandwidthHourlyPerMbps": 0.0066,
    "bandwidth95MonthlyPerMbps": 5.2,
    "trafficPackageMonthlyPerTb": 79.2,
    "trafficOveragePerGb": 0.08,
}
# The documented SEL-A/M6C machine prices: 449.0/month prepaid, 0.63/HOUR postpaid.
SEL_A_M6C = {"instanceMonthly": 449.0, "instanceHourly": 0.63}


def _disks(description: str, *groups: tuple[int, int]) -> dict[str, Any]:
    return {
        "totalDiskSize": sum(size * count for size, count in groups),
        "diskDescription": description,
        "disks": [{"diskSize": size, "diskCount": count} for size, count in groups],
    }


# id, description, cpu detail, sockets, cores/socket, threads/core, base GHz, memory GB, max Mbps, raids,
# subnet, HA, disk info, monthly list price (USD, North America), invented, GPU (vendor, card, count)
# fmt: off
TYPE_SPECS: list[dict[str, Any]] = [
    # Real ids. M9O and MGI: exactly the DescribeInstanceTypes example (2x Xeon Gold 6248, 20 cores each).
    dict(id="M9O", desc="2x6248", cpu="Intel Xeon Gold 6248", sockets=2, cps=20, tpc=2, ghz="2.50GHz",
         mem=256, bw=10000, raids=[0, 1, 5, 10], subnet=True, ha=True,
         disks=_disks("4x1.2TB SAS", (1000, 4)), monthly=799.0),
    dict(id="MGI", desc="2x6248", cpu="Intel Xeon Gold 6248", sockets=2, cps=20, tpc=2, ghz="2.50GHz",
         mem=256, bw=10000, raids=[0, 1], subnet=True, ha=True,
         disks=_disks("2x1.2TB SAS", (1000, 2)), monthly=749.0),
    dict(id="M6C", desc="2x2630v4", cpu="Intel Xeon E5-2630 v4", sockets=2, cps=10, tpc=2, ghz="2.20GHz",
         mem=64, bw=10000, raids=[0, 1], subnet=True, ha=True,
         disks=_disks("2x960GB SSD", (894, 2)), monthly=390.0),
    dict(id="M7D", desc="2x4214", cpu="Intel Xeon Silver 4214", sockets=2, cps=12, tpc=2, ghz="2.20GHz",
         mem=128, bw=10000, raids=[0, 1], subnet=True, ha=True,
         disks=_disks("2x960GB SSD", (894, 2)), monthly=459.0),
    dict(id="MDE", desc="2x6230", cpu="Intel Xeon Gold 6230", sockets=2, cps=20, tpc=2, ghz="2.10GHz",
         mem=192, bw=10000, raids=[0, 1, 5, 10], subnet=True, ha=True,
         disks=_disks("4x960GB SSD", (894, 4)), monthly=599.0),
    dict(id="S8I", desc="1xE-2236", cpu="Intel Xeon E-2236", sockets=1, cps=6, tpc=2, ghz="3.40GHz",
         mem=32, bw=10000, raids=[0, 1], subnet=True, ha=False,
         disks=_disks("2x480GB SSD", (447, 2)), monthly=139.0),
    dict(id="S9I", desc="1xE-2288G", cpu="Intel Xeon E-2288G", sockets=1, cps=8, tpc=2, ghz="3.70GHz",
         mem=64, bw=10000, raids=[0, 1], subnet=True, ha=False,
         disks=_disks("2x960GB SSD", (894, 2)), monthly=199.0),
    # Invented models (not Zenlayer ids).
    dict(id="S1E", desc="1xE-2314 (mock)", cpu="Intel Xeon E-2314", sockets=1, cps=4, tpc=1, ghz="2.80GHz",
         mem=16, bw=1000, raids=[0], subnet=False, ha=False,
         disks=_disks("1x480GB SSD", (447, 1)), monthly=79.0, invented=True),
    dict(id="M5A", desc="2x7302 (mock)", cpu="AMD EPYC 7302", sockets=2, cps=16, tpc=2, ghz="3.00GHz",
         mem=128, bw=10000, raids=[0, 1], subnet=True, ha=True,
         disks=_disks("2x1.92TB SSD", (1788, 2)), monthly=649.0, invented=True),
    dict(id="D6S", desc="2x4314 storage 12x16TB (mock)", cpu="Intel Xeon Silver 4314", sockets=2, cps=16,
         tpc=2, ghz="2.40GHz", mem=128, bw=10000, raids=[0, 1, 5, 10], subnet=True, ha=True,
         disks=_disks("2x480GB SSD + 12x16TB SATA", (447, 2), (14901, 12)), monthly=899.0, invented=True),
    dict(id="N3V", desc="2x6342 NVMe (mock)", cpu="Intel Xeon Gold 6342", sockets=2, cps=24, tpc=2,
         ghz="2.80GHz", mem=256, bw=20000, raids=[0, 1, 5, 10], subnet=True, ha=True,
         disks=_disks("8x3.84TB NVMe", (3576, 8)), monthly=1099.0, invented=True),
    dict(id="L4A", desc="2x7543 (mock)", cpu="AMD EPYC 7543", sockets=2, cps=32, tpc=2, ghz="2.80GHz",
         mem=512, bw=20000, raids=[0, 1, 5, 10], subnet=True, ha=True,
         disks=_disks("4x1.92TB NVMe", (1788, 4)), monthly=1199.0, invented=True),
    dict(id="L2X", desc="2x8380 (mock)", cpu="Intel Xeon Platinum 8380", sockets=2, cps=40, tpc=2,
         ghz="2.30GHz", mem=1024, bw=20000, raids=[0, 1, 5, 10], subnet=True, ha=True,
         disks=_disks("4x3.84TB NVMe", (3576, 4)), monthly=1699.0, invented=True),
    dict(id="G1A", desc="2x6338 4xA100 GPU (mock)", cpu="Intel Xeon Gold 6338", sockets=2, cps=32, tpc=2,
         ghz="2.00GHz", mem=512, bw=10000, raids=[0, 1], subnet=True, ha=True,
         disks=_disks("2x3.84TB NVMe", (3576, 2)), monthly=3999.0, invented=True,
         gpu=("NVIDIA", "A100", 4)),
]
TYPE_IDS = [t["id"] for t in TYPE_SPECS]
# Newest hardware: old OS releases lack drivers for it.
NEW_GEN = {"N3V", "L4A", "L2X", "G1A"}
M_AND_L = {t for t in TYPE_IDS if t[0] in "ML"}
# Share of zones (before the area weight) offering each type.
OFFER_SHARE = {
    "M9O": 0.7, "MGI": 0.55, "M6C": 0.6, "M7D": 0.6, "MDE": 0.55, "S8I": 0.75, "S9I": 0.7,
    "S1E": 0.45, "M5A": 0.45, "D6S": 0.25, "N3V": 0.3, "L4A": 0.35, "L2X": 0.3, "G1A": 0.15,
}
# fmt: on


def build_instance_types(rng: random.Random) -> list[dict[str, Any]]:
    out = []
    for spec in TYPE_SPECS:
        cores = spec["sockets"] * spec["cps"]
        threads = cores * spec["tpc"]
        monthly = spec["monthly"]
        hourly = round(monthly / 720 * rng.uniform(1.0, 1.05), 2)
        t: dict[str, Any] = {
            "instanceTypeId": spec["id"],
            "description": spec["desc"],
            "cpuDetail": spec["cpu"],
            "cpuSockets": spec["sockets"],
            "cpuCores": cores,
            "cpuThreads": threads,
            "cpuCoreCount": threads,  # as the API reports it: M9O's 80 = 2 x 20 cores x 2 threads
            "baseFrequency": spec["ghz"],
            "memorySize": spec["mem"],
            "maximumBandwidth": spec["bw"],
            "supportRaids": spec["raids"],
            "supportSubnet": spec["subnet"],
            "isHA": spec["ha"],
            "diskInfo": spec["disks"],
            "invented": spec.get("invented", False),
            "prices": {
                "instanceMonthly": monthly,
                "instanceHourly": hourly,
                **NET_PRICES,
                "prepaidDiscount": PREPAID_DISCOUNT,
                "postpaidDiscount": 100.0,
            },
        }
        if "gpu" in spec:
            t["vpuVendor"], t["vpuCard"], t["vpuCount"] = spec["gpu"]
        out.append(t)
    return out


# --- images ---------------------------------------------------------------------------------------------

# Ids the API docs show, kept so the doc examples replay.
DOC_IMAGE_IDS = {
    "CentOS7.4-x86_64": "bd5faa16-39d2-4bbf-a5c8-b95a193b1626",  # DescribeImages / ReinstallInstance
    "Ubuntu20.04-x86_64": "5ace1756-2230-4d1d-8fc6-84f1897ef397",  # CreateInstances example 2 (SEL-A, M6C)
    "CentOS7.8-x86_64": "e3f1cf2e-8929-4b8a-8747-d0b779b770f7",  # DescribeInstanceTypes: M9O
    "Debian10.6-x86_64": "6059cf45-daf7-4954-80a2-346e8c3c5fd7",  # DescribeInstanceTypes: M9O
    "Ubuntu18.04-x86_64": "f9f9f8a2-24a1-44dd-9f60-36c3bc5c0dae",  # DescribeInstanceTypes: MGI
}


def _types(*, exclude: frozenset[str] | set[str] = frozenset(), only: set[str] | None = None) -> list[str]:
    return [t for t in TYPE_IDS if t not in exclude and (only is None or t in only)]


def build_images() -> list[dict[str, Any]]:
    all_types = _types()
    not_new = _types(exclude=NEW_GEN)
    no_gpu = _types(exclude={"G1A"})
    windows_old = _types(exclude=NEW_GEN)
    esxi = _types(only=M_AND_L, exclude={"G1A"})
    esxi_old = _types(only=M_AND_L, exclude=NEW_GEN | {"M5A"})
    # (name, catalog, osType, type ids, image type)
    rows: list[tuple[str, ImageCatalog, OsType, list[str], ImageType]] = [
        ("CentOS7.4-x86_64", CENTOS, LINUX, not_new, PUBLIC),
        ("CentOS7.5-x86_64", CENTOS, LINUX, not_new, PUBLIC),
        ("CentOS7.6-x86_64", CENTOS, LINUX, all_types, PUBLIC),
        ("CentOS7.8-x86_64", CENTOS, LINUX, all_types, PUBLIC),
        ("CentOS8.0-x86_64", CENTOS, LINUX, all_types, PUBLIC),
        ("Debian8.11.0-x86_64", DEBIAN, LINUX, not_new, PUBLIC),
        ("Debian9.8.0-x86_64", DEBIAN, LINUX, all_types, PUBLIC),
        ("Debian10.6-x86_64", DEBIAN, LINUX, all_types, PUBLIC),
        ("Ubuntu16.04-x86_64", UBUNTU, LINUX, not_new, PUBLIC),
        ("Ubuntu18.04-x86_64", UBUNTU, LINUX, all_types, PUBLIC),
        ("Ubuntu20.04-x86_64", UBUNTU, LINUX, all_types, PUBLIC),
        ("VMware-ESXi6.0", ESXI, LINUX, esxi_old, PUBLIC),
        ("VMware-ESXi6.5", ESXI, LINUX, esxi_old, PUBLIC),
        ("VMware-ESXi6.7", ESXI, LINUX, esxi, PUBLIC),
        ("Win2012-R2-DC-EN", WIN, WINDOWS, windows_old, PUBLIC),
        ("Win2012-R2-SE-EN", WIN, WINDOWS, windows_old, PUBLIC),
        ("Win2016-DC-EN", WIN, WINDOWS, no_gpu, PUBLIC),
        ("Win2016-DC-CN", WIN, WINDOWS, no_gpu, PUBLIC),
        ("Win2019-DC-EN", WIN, WINDOWS, no_gpu, PUBLIC),
        ("Win2019-DC-CN", WIN, WINDOWS, no_gpu, PUBLIC),
        ("Win2019-SE-EN", WIN, WINDOWS, no_gpu, PUBLIC),
        # A customer-built image (custom images come via support tickets).
        ("Custom-CentOS7.6-docker", CENTOS, LINUX, ["M6C", "M7D", "MDE", "M9O"], CUSTOM),
    ]
    out = []
    for name, catalog, os_type, types, image_type in rows:
        image_id = DOC_IMAGE_IDS.get(name) or str(uuid.uuid5(IMAGE_NAMESPACE, f"zl-mock/image/{name}"))
        out.append(
            {
                "imageId": image_id,
                "imageName": name,
                "catalog": catalog,
                "imageType": image_type,
                "osType": os_type,
                "instanceTypeIds": types,
            }
        )
    return out


# --- offerings ------------------------------------------------------------------------------------------

LIFECYCLE = {"pending": 5, "creating": 60, "installing": 180, "booting": 30, "stopping": 20}
FAILURE = {"create": 0.02, "install": 0.02}

# Pairs that must be on sale with both charge types and plenty (>= 50) of stock: the capacity-planning demo
# ("40 machines, >=32 cores, >=128 GB, in Asia, survive losing one zone") and other areas for comparison.
ABUNDANT: dict[tuple[str, str], tuple[int, int]] = {
    ("HKG-A", "M9O"): (180, 120),
    ("HKG-B", "MDE"): (90, 60),
    ("SIN-E", "M9O"): (150, 100),
    ("SIN-A", "MGI"): (70, 55),
    ("TYO-A", "M9O"): (120, 80),
    ("TYO-C", "L4A"): (60, 50),
    ("SEL-A", "MDE"): (100, 75),
    ("SEL-D", "M9O"): (64, 52),
    ("TPE-A", "MGI"): (80, 60),
    ("OSA-A", "M5A"): (75, 50),
    ("LAX-A", "M9O"): (240, 160),
    ("LAX-B", "MDE"): (120, 90),
    ("DFW-A", "MGI"): (96, 64),
    ("NYC-A", "M9O"): (110, 70),
    ("SJC-A", "L4A"): (60, 55),
    ("FRA-A", "M9O"): (200, 140),
    ("AMS-A", "MDE"): (85, 60),
    ("LON-A", "MGI"): (72, 58),
    ("FRA-B", "M5A"): (66, 50),
    ("SAO-A", "M9O"): (60, 50),
}
# Sold-out (or nearly) picks, so planners have to fall back: (PREPAID qty, POSTPAID qty or None = not sold).
SCARCE: dict[tuple[str, str], tuple[int, int | None]] = {
    ("HKG-A", "L2X"): (0, 0),
    ("SIN-E", "G1A"): (0, None),
    ("TYO-A", "MDE"): (0, 4),
    ("FRA-A", "L2X"): (3, 0),
    ("LAX-A", "G1A"): (6, 2),
    ("SEL-A", "M9O"): (8, 0),
}
# Exact documented or test-relied figures; every other field of these offerings is drawn as usual.
FIXED: dict[tuple[str, str], dict[str, Any]] = {
    # DescribeAvailableResources example (docs/api-facts.md §7.2).
    ("MOW-B", "MDE"): {
        "stock": {PREPAID: 64, POSTPAID: 24},
        "internetChargeTypes": [BW, TP],
        "maximumBandwidthOut": 10000,
        "defaultBandwidthOut": 50,
        "defaultTrafficPackageSize": 5.0,
        "hideQty": False,
    },
    # CreateInstances / InquiryPriceCreateInstance examples.
    ("SEL-A", "M6C"): {
        "stock": {PREPAID: 120, POSTPAID: 85},
        "internetChargeTypes": [BW, TP, I95, C95, CLUSTER],
        "maximumBandwidthOut": 5000,
        "defaultBandwidthOut": 10,
        "defaultTrafficPackageSize": 2.0,
        "hideQty": False,
        "prices": {**SEOUL_NET, **SEL_A_M6C},
    },
    # Terraform provider's acceptance-test default (SEL-A, S8I, ByBandwidth).
    ("SEL-A", "S8I"): {
        "stock": {PREPAID: 200, POSTPAID: 150},
        "internetChargeTypes": [BW, TP, I95],
        "hideQty": False,
    },
    # DescribeInstances example: an M7D in HKG-A billed ByClusterBandwidth95.
    ("HKG-A", "M7D"): {
        "stock": {PREPAID: 45, POSTPAID: 30},
        "internetChargeTypes": [BW, TP, C95],
        "hideQty": False,
    },
    # Demo: flaky offerings.
    ("JNB-A", "S9I"): {"stock": {PREPAID: 25, POSTPAID: 12}, "failure": {"create": 0.2, "install": 0.05}},
    ("SAO-A", "M7D"): {"stock": {PREPAID: 30}, "failure": {"create": 0.2, "install": 0.2}},
    # Demo: a GPU machine that takes long to come up (its stock is in SCARCE).
    ("LAX-A", "G1A"): {
        "lifecycle": {"pending": 5, "creating": 120, "installing": 420, "booting": 60, "stopping": 30},
    },
}
MIN_TYPES_PER_ZONE = 3


def _qty(rng: random.Random, tier: str) -> int:
    if tier == "out":
        return 0
    if tier == "short":
        return rng.randint(1, 10)
    if tier == "normal":
        return rng.randint(11, 49)
    return rng.randint(50, 300)


def _tier(rng: random.Random) -> str:
    r = rng.random()
    return "out" if r < 0.12 else "short" if r < 0.32 else "normal" if r < 0.62 else "plenty"


def _offering(
    rng: random.Random, zone: tuple[str, str, str, bool, bool], spec: dict[str, Any]
) -> dict[str, Any]:
    """Draw one offering. The same number of random draws happens whatever is then overridden."""
    zone_id, router = zone[0], zone[3]
    tier = _tier(rng)
    stock = {PREPAID: _qty(rng, tier)}
    has_postpaid = rng.random() < 0.65  # POSTPAID needs enabling per zone (docs/api-facts.md §5.1)
    post_tier = tier if rng.random() < 0.8 else _tier(rng)
    post_qty = _qty(rng, post_tier)
    if has_postpaid:
        stock[POSTPAID] = post_qty
    internet = [BW]
    draws = [rng.random() for _ in range(4)]
    if draws[0] < 0.7:
        internet.append(TP)
    if draws[1] < 0.3:
        internet.append(I95)
    if draws[2] < 0.25:
        internet.append(C95)
    if draws[3] < 0.3 and router:
        internet.append(CLUSTER)
    max_bw = min(spec["bw"], rng.choice([1000, 2000, 3000, 5000, 10000, 10000]))
    default_bw = min(max_bw, rng.choice([1, 5, 10, 20, 50]))
    package = rng.choice([1.0, 2.0, 3.0, 5.0, 10.0])
    hide = rng.random() < 0.04
    off: dict[str, Any] = {
        "zoneId": zone_id,
        "instanceTypeId": spec["id"],
        "stock": stock,
        "internetChargeTypes": internet,
        "maximumBandwidthOut": max_bw,
        "defaultBandwidthOut": default_bw,
        "defaultTrafficPackageSize": package if TP in internet else 0.0,
        "hideQty": hide,
    }
    if zone_id.startswith("SEL-"):
        off["prices"] = dict(SEOUL_NET)
    key = (zone_id, spec["id"])
    if key in ABUNDANT:
        pre, post = ABUNDANT[key]
        off["stock"] = {PREPAID: pre, POSTPAID: post}
        off["hideQty"] = False
    if key in SCARCE:
        scarce_pre, scarce_post = SCARCE[key]
        off["stock"] = {PREPAID: scarce_pre} if scarce_post is None else {PREPAID: scarce_pre, POSTPAID: scarce_post}
        off["hideQty"] = False
    off.update(FIXED.get(key, {}))
    off["internetChargeTypes"] = [t for t in INTERNET_ORDER if t in off["internetChargeTypes"]]
    if TP not in off["internetChargeTypes"]:
        off["defaultTrafficPackageSize"] = 0.0
    return off


def build_offerings(rng: random.Random) -> list[dict[str, Any]]:
    forced = set(ABUNDANT) | set(SCARCE) | set(FIXED)
    out: list[dict[str, Any]] = []
    for zone in ZONES:
        zone_id, area = zone[0], zone[2]
        picked = []
        for spec in TYPE_SPECS:
            draw = rng.random()
            if (zone_id, spec["id"]) in forced or draw < OFFER_SHARE[spec["id"]] * AREA_OFFER_WEIGHT[area]:
                picked.append(spec)
        # Every zone sells a few of the common models.
        for fallback in ("S8I", "M9O", "M6C", "S9I"):
            if len(picked) >= MIN_TYPES_PER_ZONE:
                break
            spec = TYPE_SPECS[TYPE_IDS.index(fallback)]
            if spec not in picked:
                picked.append(spec)
        picked.sort(key=lambda s: TYPE_IDS.index(s["id"]))
        out.extend(_offering(rng, zone, spec) for spec in picked)
    return out


# --- accounts -------------------------------------------------------------------------------------------

DEMO_SUBNET_ZONES = ["SEL-A", "HKG-A", "TYO-A", "SIN-E", "FRA-A", "LAX-A", "NYC-A", "MOW-B"]


def build_accounts() -> list[dict[str, Any]]:
    demo = {
        "accountId": "acc-demo",
        "name": "Demo team",
        "accessKeys": [{"accessKeyId": "demo-access-key", "accessKeyPassword": "demo-access-key-password"}],
        "tokens": ["demo-token"],
        "balance": 250000.0,
        "instanceQuota": 1000,
        "resourceGroups": [
            {"resourceGroupId": "rg-default", "resourceGroupName": "Default Resource Group"},
            {"resourceGroupId": "rg-production", "resourceGroupName": "Production"},
        ],
        "keyPairs": [
            {"keyId": "key-YWD2QFOl", "keyName": "demo-key"},
            {"keyId": "key-9kQ3mZtB", "keyName": "ci-deploy"},
        ],
        "subnets": [
            {
                "subnetId": f"subnet-demo-{zone.lower()}",
                "zoneId": zone,
                "cidrBlock": f"10.{n + 1}.0.0/24",
            }
            for n, zone in enumerate(DEMO_SUBNET_ZONES)
        ]
        + [
            # A VPC with one subnet, so DescribeVpcs and a VPC subnet have something to show.
            {"subnetId": "subnet-demo-vpc-sel-a", "zoneId": "SEL-A", "cidrBlock": "172.16.1.0/24",
             "subnetName": "demo-vpc-sel-a", "vpcId": "vpc-demo-asia"},
        ],
        # Colocated machines (DescribeManagedInstances): invented names, documentation-range addresses.
        "managedInstances": [
            {"instanceId": "mi-7Hc2kQ9x", "instanceName": "colo-db-1", "facName": "Los Angeles", "cityCode": "LAX",
             "ips": ["198.51.100.10"], "lanIps": ["10.200.0.10"], "createTime": "2022-06-01T00:00:00Z",
             "resourceGroupId": "rg-production", "bandwidthMbps": 1000},
            {"instanceId": "mi-Pq4Zr8Lm", "instanceName": "colo-cache-1", "facName": "Frankfurt",
             "cityCode": "FRA", "ips": ["198.51.100.20", "198.51.100.21"], "lanIps": ["10.200.1.20"],
             "createTime": "2023-03-15T12:00:00Z", "resourceGroupId": "rg-default", "bandwidthMbps": 200},
        ],
        "vpcs": [{"vpcId": "vpc-demo-asia", "vpcRegionId": "asia", "cidrBlock": "172.16.0.0/16",
                  "vpcName": "demo-asia"}],
        "eips": [{"id": "eip-demo-tyo-a", "zoneId": "TYO-A"},
                 {"id": "eip-demo-lax-a", "zoneId": "LAX-A"}],  # POSTPAID: no expiry event at load
        "ddosIps": [{"id": "ddos-demo-hkg-a", "zoneId": "HKG-A"}],
        "cidrBlocks": [{"cidrBlockId": "cidr-demo-sel-a", "zoneId": "SEL-A", "netmask": 29, "name": "demo-v4"},
                       {"cidrBlockId": "cidr-demo-v6-sel-a", "zoneId": "SEL-A", "ipType": "IPv6",
                        "netmask": 64, "name": "demo-v6"}],
    }
    other = {
        "accountId": "acc-other",
        "name": "Other team",
        "accessKeys": [{"accessKeyId": "other-access-key", "accessKeyPassword": "other-access-key-password"}],
        "tokens": ["other-token"],
        "balance": 500.0,
        "instanceQuota": 5,
        "resourceGroups": [
            {"resourceGroupId": "rg-other-default", "resourceGroupName": "Default Resource Group"}
        ],
        "keyPairs": [{"keyId": "key-Xo7pLr2W", "keyName": "other-key"}],
        "subnets": [{"subnetId": "subnet-other-sel-a", "zoneId": "SEL-A", "cidrBlock": "10.100.0.0/24"}],
    }
    broke = {
        "accountId": "acc-broke",
        "name": "Broke team",
        "accessKeys": [{"accessKeyId": "broke-access-key", "accessKeyPassword": "broke-access-key-password"}],
        "tokens": ["broke-token"],
        "balance": 0.0,
        "instanceQuota": 100,
        "resourceGroups": [
            {"resourceGroupId": "rg-broke-default", "resourceGroupName": "Default Resource Group"}
        ],
        "keyPairs": [],
        "subnets": [],
    }
    return [demo, other, broke, build_showcase()]


#: The image the showcase instances run (CentOS 7.4, the documented id; it installs on every type).
SHOWCASE_IMAGE = "bd5faa16-39d2-4bbf-a5c8-b95a193b1626"


def build_showcase() -> dict[str, Any]:
    """An account that already runs things, so every Describe action answers something on a fresh load.

    Its own account: the demo, other and broke accounts start empty (tests and notebooks rely on it).
    Instance seeds hold stock on top of the offerings' available stock (docs/mock-guide.md)."""
    return {
        "accountId": "acc-showcase",
        "name": "Showcase",
        "accessKeys": [{"accessKeyId": "showcase-access-key", "accessKeyPassword": "showcase-access-key-password"}],
        "tokens": ["showcase-token"],
        "balance": 20000.0,
        "instanceQuota": 20,
        "resourceGroups": [
            {"resourceGroupId": "rg-showcase-default", "resourceGroupName": "Default Resource Group"},
            {"resourceGroupId": "rg-showcase-web", "resourceGroupName": "Web"},
        ],
        "keyPairs": [{"keyId": "key-Sh0wCa5e", "keyName": "showcase-key"}],
        "vpcs": [{"vpcId": "vpc-showcase-asia", "vpcRegionId": "asia", "cidrBlock": "172.20.0.0/16",
                  "vpcName": "showcase-asia"}],
        "subnets": [{"subnetId": "subnet-showcase-sel-a", "zoneId": "SEL-A", "cidrBlock": "172.20.1.0/24",
                     "subnetName": "showcase-web", "vpcId": "vpc-showcase-asia"}],
        "managedInstances": [
            {"instanceId": "mi-Sh0wC4se", "instanceName": "showcase-colo-1", "facName": "Seoul", "cityCode": "SEL",
             "ips": ["198.51.100.30"], "lanIps": ["10.201.0.30"], "createTime": "2024-05-01T00:00:00Z",
             "resourceGroupId": "rg-showcase-default", "bandwidthMbps": 500},
        ],
        "eips": [{"id": "eip-showcase-tyo-a", "zoneId": "TYO-A"}],
        "ddosIps": [{"id": "ddos-showcase-hkg-a", "zoneId": "HKG-A"}],
        "cidrBlocks": [{"cidrBlockId": "cidr-showcase-sel-a", "zoneId": "SEL-A", "netmask": 29,
                        "name": "showcase-v4"}],
        # Three machines in three zones: running POSTPAID (in the subnet, one block address bound), running
        # PREPAID on a traffic package, and a stopped one.
        "instances": [
            {"instanceId": "600000000000000101", "zoneId": "SEL-A", "instanceTypeId": "M6C",
             "instanceChargeType": "POSTPAID", "internetChargeType": "ByBandwidth", "bandwidth": 50,
             "imageId": SHOWCASE_IMAGE, "instanceName": "showcase-web-1", "hostname": "web-1",
             "subnetId": "subnet-showcase-sel-a", "resourceGroupId": "rg-showcase-web", "keyId": "key-Sh0wCa5e",
             "tags": {"role": "web", "team": "showcase"}, "cidrBlockIds": ["cidr-showcase-sel-a"],
             "createTime": "2026-03-02T08:00:00Z", "status": "RUNNING"},
            {"instanceId": "600000000000000102", "zoneId": "HKG-A", "instanceTypeId": "S8I",
             "instanceChargeType": "PREPAID", "period": 1, "internetChargeType": "ByTrafficPackage",
             "bandwidth": 200, "trafficPackageSize": 10.0, "imageId": SHOWCASE_IMAGE,
             "instanceName": "showcase-db-1", "hostname": "db-1", "tags": {"role": "db"},
             "createTime": "2026-01-15T12:00:00Z", "status": "RUNNING"},
            {"instanceId": "600000000000000103", "zoneId": "TYO-A", "instanceTypeId": "MGI",
             "instanceChargeType": "POSTPAID", "internetChargeType": "ByBandwidth", "bandwidth": 20,
             "instanceName": "showcase-batch-1", "hostname": "batch-1", "createTime": "2026-05-20T00:00:00Z",
             "status": "STOPPED"},
        ],
    }


# --- assembly -------------------------------------------------------------------------------------------


def build_raw() -> dict[str, Any]:
    """The default scenario as written by hand (before validation fills in defaults)."""
    rng = random.Random(SEED)
    return {
        "name": "default",
        "description": (
            "Shipped default scenario of zl-mock: real zone ids over six areas, the documented instance "
            "types plus invented ones marked '(mock)', public images, and a seeded mix of stock. "
            "Generated by `python tools/build_default_scenario.py`."
        ),
        "accounts": build_accounts(),
        "zones": build_zones(),
        "instanceTypes": build_instance_types(rng),
        "images": build_images(),
        "offerings": build_offerings(rng),
        "lifecycle": LIFECYCLE,
        "failure": FAILURE,
    }


def build() -> dict[str, Any]:
    """The default scenario, validated, as the JSON data ``default.json`` holds."""
    return dump_scenario(Scenario.model_validate(build_raw()))


# Top-level lists written one entry per line (compact, diff-friendly); the others are indented in full.
_ONE_PER_LINE = {"zones", "images", "offerings"}


def render(data: dict[str, Any]) -> str:
    """Format scenario data as ``default.json`` text (stable, so regenerating gives the same bytes)."""
    parts = []
    for key, value in data.items():
        if key in _ONE_PER_LINE and isinstance(value, list):
            items = ",\n".join("    " + json.dumps(v, ensure_ascii=False) for v in value)
            text = "[\n" + items + "\n  ]" if value else "[]"
        else:
            text = json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n  ")
        parts.append(f"  {json.dumps(key)}: {text}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if default.json is out of date")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(
                f"{args.output} is out of date; run python tools/build_default_scenario.py",
                file=sys.stderr,
            )
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
