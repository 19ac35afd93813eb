"""Nested data structures of the BMC API (docs/api-facts.md §6), wire names exactly as documented."""

from __future__ import annotations

from pydantic import AliasChoices, Field

from .base import Bool, Float, Int, RequestModel, ResponseModel, Str
from .enums import (
    ChargeType,
    ChargeUnit,
    ImageCatalog,
    ImageType,
    InstanceStatus,
    InternetChargeType,
    OsType,
    PriceCategory,
    SellStatus,
)

# --- structures that travel in requests (strict) and come back in InstanceInfo ---


class ChargePrepaid(RequestModel):
    period: Int


class CustomRaid(RequestModel):
    raid_type: Int
    disk_sequence: list[Int]


class RaidConfig(RequestModel):
    raid_type: Int | None = None
    custom_raids: list[CustomRaid] | None = None


class Partition(RequestModel):
    fs_path: Str
    fs_type: Str
    size: Int


class Nic(RequestModel):
    wan_name: Str | None = None
    lan_name: Str | None = None


class Tag(RequestModel):
    key: Str
    value: Str | None = None


class TagAssociation(RequestModel):
    """Request ``tags`` and response ``tags``: ``{"tags": [{"key", "value"}]}``."""

    tags: list[Tag] | None = None


class MarketingInfo(RequestModel):
    discount_code: Str | None = None
    use_poc_voucher: Bool | None = None


# --- response-only structures ---


class Zone(ResponseModel):
    zone_id: str
    zone_name: str | None = None
    city_name: str | None = None
    area_name: str | None = None
    is_cloud_router_available: bool | None = None
    is_byoip_enabled: bool | None = None  # 2026-02-01


class Disk(ResponseModel):
    disk_size: int | None = None
    disk_count: int | None = None


class InstanceDiskInfo(ResponseModel):
    total_disk_size: int | None = None
    disk_description: str | None = None
    disks: list[Disk] | None = None


class InstanceType(ResponseModel):
    instance_type_id: str
    description: str | None = None
    cpu_core_count: int | None = None  # as the API reports it (M9O: 80 = 2 sockets x 20 cores x 2 threads)
    cpu_detail: str | None = None
    cpu_cores: int | None = None  # physical cores
    cpu_threads: int | None = None
    base_frequency: str | None = None
    memory_size: int | None = None  # GB
    maximum_bandwidth: int | None = None  # Mbps
    support_raids: list[int] | None = None
    support_subnet: bool | None = None
    is_ha: bool | None = Field(default=None, alias="isHA")
    disk_info: InstanceDiskInfo | None = None
    image_ids: list[str] | None = None
    vpu_vendor: str | None = None  # 2026-02-01
    vpu_card: str | None = None
    vpu_count: int | None = None


class AvailableResource(ResponseModel):
    zone_id: str
    # The docs' example answers `status`, the SDKs read `sellStatus` (docs/api-facts.md §12.1): accept both.
    sell_status: SellStatus | None = Field(
        default=None, validation_alias=AliasChoices("sellStatus", "status", "sell_status"), serialization_alias="sellStatus"
    )
    internet_charge_types: list[InternetChargeType] | None = None
    instance_type_id: str
    maximum_bandwidth_out: int | None = None
    default_bandwidth_out: int | None = None  # Mbps (docs say "GB": §12.16)
    default_traffic_package_size: float | None = None  # TB
    qty: int | None = None


class ImageInfo(ResponseModel):
    image_id: str
    image_name: str | None = None
    catalog: ImageCatalog | str | None = None
    image_type: ImageType | str | None = None
    os_type: OsType | str | None = None


class StepPrice(ResponseModel):
    step_start: float | None = None
    step_end: float | None = None
    unit_price: float | None = None
    discount_unit_price: float | None = None


class Price(ResponseModel):
    """Price (2022-11-20) and PriceItem (2026-02-01): one superset; 2026 fields stay null in 2022 answers."""

    discount: float | None = None  # percent paid: 95.0 = 5% off
    discount_price: float | None = None  # prepaid
    original_price: float | None = None  # prepaid
    unit_price: float | None = None  # postpaid
    discount_unit_price: float | None = None
    charge_unit: ChargeUnit | None = None
    step_prices: list[StepPrice] | None = None
    amount_unit: str | None = None  # 2026-02-01
    excess_unit_price: float | None = None
    excess_discount_unit_price: float | None = None
    excess_amount_unit: str | None = None
    category: PriceCategory | None = None


class InstanceInfo(ResponseModel):
    instance_id: str
    zone_id: str | None = None
    instance_name: str | None = None
    hostname: str | None = None
    instance_type_id: str | None = None
    instance_type: InstanceType | None = None
    image_id: str | None = None
    image_name: str | None = None
    ipxe_url: str | None = None
    key_id: str | None = None
    instance_charge_type: ChargeType | None = None
    bandwidth_out_mbps: int | None = None
    internet_charge_type: InternetChargeType | None = None
    period: int | None = None
    primary_public_ip_address: str | None = None
    primary_public_ipv6_address: str | None = Field(default=None, alias="primaryPublicIPv6Address")
    public_ip_addresses: list[str] | None = None
    private_ip_addresses: list[str] | None = None
    ipv6_addresses: list[str] | None = None
    subnet_ids: list[str] | None = None
    create_time: str | None = None
    expired_time: str | None = None
    resource_group_id: str | None = None
    resource_group_name: str | None = None
    instance_status: InstanceStatus | None = None
    traffic_package_size: float | None = None
    raid_config: RaidConfig | None = None
    partitions: list[Partition] | None = None
    nic: Nic | None = None
    auto_renew: bool | None = None
    tags: TagAssociation | None = None
    enable_gateway_mode: bool | None = None
    ipmi_enabled: bool | None = None  # 2026-02-01


__all__ = [
    "AvailableResource",
    "ChargePrepaid",
    "CustomRaid",
    "Disk",
    "ImageInfo",
    "InstanceDiskInfo",
    "InstanceInfo",
    "InstanceType",
    "MarketingInfo",
    "Nic",
    "Partition",
    "Price",
    "RaidConfig",
    "StepPrice",
    "Tag",
    "TagAssociation",
    "Zone",
    "Float",
]
