"""Request and response models per action (docs/api-facts.md §7) and the action registry."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import Field

from .base import Bool, Float, Int, RequestModel, ResponseModel, Str
from .enums import (
    AcceptLanguage,
    ChargeType,
    ImageCatalog,
    ImageType,
    InstanceStatus,
    InternetChargeType,
    OsType,
    SellStatus,
)
from .structures import (
    AvailableResource,
    ChargePrepaid,
    ImageInfo,
    InstanceInfo,
    InstanceType,
    MarketingInfo,
    Nic,
    Partition,
    Price,
    RaidConfig,
    Tag,
    TagAssociation,
    Zone,
)


class BaseResponse(ResponseModel):
    request_id: str | None = None


# --- catalogue ---


class DescribeZonesRequest(RequestModel):
    accept_language: AcceptLanguage | None = None
    is_cloud_router_available: Bool | None = None


class DescribeZonesResponse(BaseResponse):
    zone_set: list[Zone] = []


class DescribeAvailableResourcesRequest(RequestModel):
    instance_charge_type: ChargeType
    zone_id: Str | None = None
    instance_type_id: Str | None = None
    sell_status: SellStatus | None = None


class DescribeAvailableResourcesResponse(BaseResponse):
    available_resources: list[AvailableResource] = []


class DescribeInstanceTypesRequest(RequestModel):
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


class DescribeInstanceTypesResponse(BaseResponse):
    instance_types: list[InstanceType] = []


class DescribeImagesRequest(RequestModel):
    image_ids: list[Str] | None = None
    image_name: Str | None = None
    catalog: ImageCatalog | None = None
    image_type: ImageType | None = None
    os_type: OsType | None = None
    instance_type_id: Str | None = None


class DescribeImagesResponse(BaseResponse):
    images: list[ImageInfo] = []


class InquiryPriceCreateInstanceRequest(RequestModel):
    zone_id: Str
    instance_type_id: Str
    instance_charge_type: ChargeType
    internet_charge_type: InternetChargeType
    instance_charge_prepaid: ChargePrepaid | None = None
    traffic_package_size: Float | None = None
    internet_max_bandwidth_out: Int | None = None


class InquiryPriceCreateInstanceResponse(BaseResponse):
    instance_price: Price | None = None
    bandwidth_price: list[Price] | None = None
    primary_ip_price: Price | None = None


# --- instances ---


class DescribeInstancesRequest(RequestModel):
    instance_ids: list[Str] | None = None
    zone_id: Str | None = None
    resource_group_id: Str | None = None
    instance_type_id: Str | None = None
    internet_charge_type: InternetChargeType | None = None
    image_id: Str | None = None
    subnet_id: Str | None = None
    instance_status: InstanceStatus | None = None
    instance_name: Str | None = None
    hostname: Str | None = None
    public_ip_addresses: list[Str] | None = None
    private_ip_addresses: list[Str] | None = None
    page_num: Int | None = None
    page_size: Int | None = None
    tag_keys: list[Str] | None = None
    tags: list[Tag] | None = None  # a flat array here, not wrapped


class DescribeInstancesResponse(BaseResponse):
    total_count: int = 0
    data_set: list[InstanceInfo] = []


class CreateInstancesRequest(RequestModel):
    zone_id: Str
    instance_charge_type: ChargeType
    instance_type_id: Str
    internet_charge_type: InternetChargeType
    instance_charge_prepaid: ChargePrepaid | None = None
    image_id: Str | None = None
    ipxe_url: Str | None = None
    resource_group_id: Str | None = None
    instance_name: Str | None = None
    hostname: Str | None = None
    amount: Int | None = None
    password: Str | None = Field(default=None, repr=False)
    key_id: Str | None = None
    ssh_keys: list[Str] | None = Field(default=None, repr=False)  # 2022-11-20 only, deprecated
    internet_max_bandwidth_out: Int | None = None
    traffic_package_size: Float | None = None
    subnet_id: Str | None = None
    raid_config: RaidConfig | None = None
    partitions: list[Partition] | None = None
    nic: Nic | None = None
    user_data: Str | None = Field(default=None, repr=False)
    enable_primary_ipv6: Bool | None = Field(default=None, alias="enablePrimaryIPv6")
    cluster_id: Str | None = None  # required with ByBandwidthCluster (2026-02-01)
    marketing_options: MarketingInfo | None = None
    tags: TagAssociation | None = None
    enable_gateway_mode: Bool | None = None


class CreateInstancesResponse(BaseResponse):
    instance_id_set: list[str] = []
    order_number: str | None = None


class _InstanceIdsRequest(RequestModel):
    instance_ids: list[Str]


class _InstanceIdRequest(RequestModel):
    instance_id: Str


class StartInstancesRequest(_InstanceIdsRequest):
    pass


class StopInstancesRequest(_InstanceIdsRequest):
    pass


class RebootInstancesRequest(_InstanceIdsRequest):
    pass


class ReleaseInstancesRequest(_InstanceIdsRequest):
    pass


class TerminateInstanceRequest(_InstanceIdRequest):
    pass


class RenewInstanceRequest(_InstanceIdRequest):
    pass


class ModifyInstancesAttributeRequest(_InstanceIdsRequest):
    instance_name: Str


class ReinstallInstanceRequest(RequestModel):
    instance_id: Str
    image_id: Str | None = None
    ipxe_url: Str | None = None
    hostname: Str | None = None
    password: Str | None = Field(default=None, repr=False)
    key_id: Str | None = None
    ssh_keys: list[Str] | None = Field(default=None, repr=False)  # 2022-11-20 only
    raid_config: RaidConfig | None = None
    partitions: list[Partition] | None = None
    nic: Nic | None = None
    user_data: Str | None = Field(default=None, repr=False)


class EmptyResponse(BaseResponse):
    """Actions that answer only with ``requestId``."""


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str
    request: type[RequestModel]
    response: type[BaseResponse]
    mutating: bool


_SPECS = (
    ActionSpec("DescribeZones", DescribeZonesRequest, DescribeZonesResponse, False),
    ActionSpec("DescribeAvailableResources", DescribeAvailableResourcesRequest, DescribeAvailableResourcesResponse, False),
    ActionSpec("DescribeInstanceTypes", DescribeInstanceTypesRequest, DescribeInstanceTypesResponse, False),
    ActionSpec("DescribeImages", DescribeImagesRequest, DescribeImagesResponse, False),
    ActionSpec("InquiryPriceCreateInstance", InquiryPriceCreateInstanceRequest, InquiryPriceCreateInstanceResponse, False),
    ActionSpec("DescribeInstances", DescribeInstancesRequest, DescribeInstancesResponse, False),
    ActionSpec("CreateInstances", CreateInstancesRequest, CreateInstancesResponse, True),
    ActionSpec("StartInstances", StartInstancesRequest, EmptyResponse, True),
    ActionSpec("StopInstances", StopInstancesRequest, EmptyResponse, True),
    ActionSpec("RebootInstances", RebootInstancesRequest, EmptyResponse, True),
    ActionSpec("TerminateInstance", TerminateInstanceRequest, EmptyResponse, True),
    ActionSpec("ReleaseInstances", ReleaseInstancesRequest, EmptyResponse, True),
    ActionSpec("RenewInstance", RenewInstanceRequest, EmptyResponse, True),
    ActionSpec("ReinstallInstance", ReinstallInstanceRequest, EmptyResponse, True),
    ActionSpec("ModifyInstancesAttribute", ModifyInstancesAttributeRequest, EmptyResponse, True),
)

ACTIONS: dict[str, ActionSpec] = {s.name: s for s in _SPECS}
