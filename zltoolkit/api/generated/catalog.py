# generated — do not edit: produced by `python -m tools.generate_api` from zltoolkit/api/catalogue/data.
"""Wire models of the catalog family (requests strict, responses tolerant)."""

from __future__ import annotations

from pydantic import AliasChoices, Field

from zltoolkit.api.base import Bool, Float, Int, RequestModel, Str
from zltoolkit.api.enums import (
    AcceptLanguage,
    ChargeType,
    ImageCatalog,
    ImageType,
    InternetChargeType,
    OsType,
    SellStatus,
)

from ._common import Items, Open, TolerantModel, TolerantResponse
from .shared import ChargePrepaidParam, InstanceType, Price

__all__ = [
    "AvailableResource",
    "DescribeAvailableResourcesRequest",
    "DescribeAvailableResourcesResponse",
    "DescribeImagesRequest",
    "DescribeImagesResponse",
    "DescribeInstanceTypesRequest",
    "DescribeInstanceTypesResponse",
    "DescribeZonesRequest",
    "DescribeZonesResponse",
    "ImageInfo",
    "InquiryPriceCreateInstanceRequest",
    "InquiryPriceCreateInstanceResponse",
    "Zone",
]


class DescribeAvailableResourcesRequest(RequestModel):
    """The DescribeAvailableResources request."""
    instance_charge_type: ChargeType
    instance_type_id: Str | None = None
    zone_id: Str | None = None
    sell_status: SellStatus | None = None


class DescribeImagesRequest(RequestModel):
    """The DescribeImages request."""
    image_ids: list[Str] | None = None
    image_name: Str | None = None
    catalog: ImageCatalog | None = None
    image_type: ImageType | None = None
    os_type: OsType | None = None
    instance_type_id: Str | None = None


class DescribeInstanceTypesRequest(RequestModel):
    """The DescribeInstanceTypes request."""
    image_id: Str | None = None
    instance_type_ids: list[Str] | None = None
    minimum_cpu_core_count: Int | None = None
    maximum_cpu_core_count: Int | None = None
    minimum_memory_size: Int | None = None
    maximum_memory_size: Int | None = None
    minimum_bandwidth: Int | None = None
    support_raids: list[Int] | None = None
    support_subnet: Bool | None = None
    minimum_disk_size: Int | None = None
    maximum_disk_size: Int | None = None
    is_ha: Bool | None = Field(default=None, alias="isHA")


class DescribeZonesRequest(RequestModel):
    """The DescribeZones request."""
    accept_language: AcceptLanguage | None = None
    is_cloud_router_available: Bool | None = None


class InquiryPriceCreateInstanceRequest(RequestModel):
    """The InquiryPriceCreateInstance request."""
    zone_id: Str
    instance_type_id: Str
    instance_charge_type: ChargeType
    internet_charge_type: InternetChargeType
    instance_charge_prepaid: ChargePrepaidParam | None = None
    traffic_package_size: Float | None = None
    internet_max_bandwidth_out: Int | None = None


class AvailableResource(TolerantModel):
    """AvailableResource as read (tolerant)."""
    zone_id: str | None = None
    sell_status: Open[SellStatus] | None = Field(default=None, validation_alias=AliasChoices("sellStatus", "status", "sell_status"), serialization_alias="sellStatus")
    internet_charge_types: list[Open[InternetChargeType]] | None = None
    instance_type_id: str | None = None
    maximum_bandwidth_out: int | None = None
    default_bandwidth_out: int | None = None
    default_traffic_package_size: float | None = None
    qty: int | None = None


class DescribeAvailableResourcesResponse(TolerantResponse):
    """DescribeAvailableResourcesResponse as read (tolerant)."""
    available_resources: Items[AvailableResource] = []


class ImageInfo(TolerantModel):
    """ImageInfo as read (tolerant)."""
    image_id: str | None = None
    image_name: str | None = None
    catalog: Open[ImageCatalog] | None = None
    image_type: Open[ImageType] | None = None
    os_type: Open[OsType] | None = None


class DescribeImagesResponse(TolerantResponse):
    """DescribeImagesResponse as read (tolerant)."""
    images: Items[ImageInfo] = []


class DescribeInstanceTypesResponse(TolerantResponse):
    """DescribeInstanceTypesResponse as read (tolerant)."""
    instance_types: Items[InstanceType] = []


class Zone(TolerantModel):
    """Zone as read (tolerant)."""
    zone_id: str | None = None
    zone_name: str | None = None
    city_name: str | None = None
    area_name: str | None = None
    is_cloud_router_available: bool | None = None
    is_byoip_enabled: bool | None = None  # only 2026-02-01


class DescribeZonesResponse(TolerantResponse):
    """DescribeZonesResponse as read (tolerant)."""
    zone_set: Items[Zone] = []


class InquiryPriceCreateInstanceResponse(TolerantResponse):
    """InquiryPriceCreateInstanceResponse as read (tolerant)."""
    instance_price: Price | None = None
    primary_ip_price: Price | None = None
    bandwidth_price: Items[Price] = []
