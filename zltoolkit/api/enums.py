"""Enumerations of the BMC API (docs/api-facts.md §5). Values are the wire strings."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class ChargeType(StrEnum):
    PREPAID = "PREPAID"
    POSTPAID = "POSTPAID"


class InternetChargeType(StrEnum):
    BY_BANDWIDTH = "ByBandwidth"
    BY_TRAFFIC_PACKAGE = "ByTrafficPackage"
    BY_INSTANCE_BANDWIDTH_95 = "ByInstanceBandwidth95"
    BY_CLUSTER_BANDWIDTH_95 = "ByClusterBandwidth95"
    # Only in API version 2026-02-01; needs clusterId.
    BY_BANDWIDTH_CLUSTER = "ByBandwidthCluster"


class SellStatus(StrEnum):
    SELL = "SELL"
    SELL_SHORTAGE = "SELL_SHORTAGE"
    SOLD_OUT = "SOLD_OUT"


class InstanceStatus(StrEnum):
    PENDING = "PENDING"
    CREATING = "CREATING"
    CREATE_FAILED = "CREATE_FAILED"
    INSTALLING = "INSTALLING"
    INSTALL_FAILED = "INSTALL_FAILED"
    RUNNING = "RUNNING"
    STOPPED = "STOPPED"
    BOOTING = "BOOTING"
    STOPPING = "STOPPING"
    RECYCLE = "RECYCLE"
    # Not documented; the terraform provider treats it as in-flight. Accepted when read, never produced.
    RECYCLING = "RECYCLING"


#: The ten documented statuses, in lifecycle order (RECYCLING excluded: read-only tolerance).
DOCUMENTED_INSTANCE_STATUSES: tuple[InstanceStatus, ...] = tuple(
    s for s in InstanceStatus if s is not InstanceStatus.RECYCLING
)
#: Statuses an instance passes through on its way somewhere else.
TRANSIENT_INSTANCE_STATUSES = frozenset(
    {
        InstanceStatus.PENDING,
        InstanceStatus.CREATING,
        InstanceStatus.INSTALLING,
        InstanceStatus.BOOTING,
        InstanceStatus.STOPPING,
        InstanceStatus.RECYCLING,
    }
)
FAILED_INSTANCE_STATUSES = frozenset({InstanceStatus.CREATE_FAILED, InstanceStatus.INSTALL_FAILED})


class ImageType(StrEnum):
    PUBLIC_IMAGE = "PUBLIC_IMAGE"
    CUSTOM_IMAGE = "CUSTOM_IMAGE"


class OsType(StrEnum):
    # Responses, the 2026 SDK and terraform use lowercase (docs/api-facts.md §12.5).
    WINDOWS = "windows"
    LINUX = "linux"


class ImageCatalog(StrEnum):
    CENTOS = "centos"
    WINDOWS = "windows"
    UBUNTU = "ubuntu"
    DEBIAN = "debian"
    ESXI = "esxi"


class RaidType(IntEnum):
    RAID0 = 0
    RAID1 = 1
    RAID5 = 5
    RAID10 = 10


class ChargeUnit(StrEnum):
    HOUR = "HOUR"
    DAY = "DAY"
    MONTH = "MONTH"


class PriceCategory(StrEnum):
    STANDARD = "STANDARD"
    CUSTOMIZED = "CUSTOMIZED"


class AcceptLanguage(StrEnum):
    ZH_CN = "zh-CN"
    EN_US = "en-US"


class ApiVersion(StrEnum):
    V2022_11_20 = "2022-11-20"
    V2026_02_01 = "2026-02-01"


#: The version the toolkit's clients send (zltoolkit.client explains the choice). A server answering a request
#: without X-ZC-Version treats it as 2022-11-20 (docs/api-facts.md §12.14): that is the mock's own default.
DEFAULT_API_VERSION = ApiVersion.V2026_02_01
