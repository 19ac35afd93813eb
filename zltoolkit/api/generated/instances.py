# generated — do not edit: produced by `python -m tools.generate_api` from zltoolkit/api/catalogue/data.
"""Wire models of the instances family (requests strict, responses tolerant)."""

from __future__ import annotations

from pydantic import Field

from zltoolkit.api.base import Bool, Float, Int, RequestModel, Str
from zltoolkit.api.enums import ChargeType, InstanceStatus, InternetChargeType

from ._common import Items, Open, TolerantModel, TolerantResponse
from .shared import (
    ChargePrepaidParam,
    InstanceType,
    MarketingInfoParam,
    Price,
    TagAssociation,
    TagAssociationParam,
    TagParam,
)

__all__ = [
    "CancelInstanceBandwidthDowngradeRequest",
    "CancelInstanceBandwidthDowngradeResponse",
    "CancelInstanceTrafficPackageDowngradeRequest",
    "CancelInstanceTrafficPackageDowngradeResponse",
    "CreateInstancesRequest",
    "CreateInstancesResponse",
    "CustomRaid",
    "CustomRaidParam",
    "DescribeInstanceInternetStatusRequest",
    "DescribeInstanceInternetStatusResponse",
    "DescribeInstanceIpmiUrlRequest",
    "DescribeInstanceIpmiUrlResponse",
    "DescribeInstanceTrafficRequest",
    "DescribeInstanceTrafficResponse",
    "DescribeInstancesMonitorHealthRequest",
    "DescribeInstancesMonitorHealthResponse",
    "DescribeInstancesRequest",
    "DescribeInstancesResponse",
    "DescribeManagedInstanceTrafficRequest",
    "DescribeManagedInstanceTrafficResponse",
    "DescribeManagedInstancesRequest",
    "DescribeManagedInstancesResponse",
    "InquiryPriceInstanceBandwidthRequest",
    "InquiryPriceInstanceBandwidthResponse",
    "InquiryPriceInstanceTrafficPackageRequest",
    "InquiryPriceInstanceTrafficPackageResponse",
    "InstanceHealth",
    "InstanceInfo",
    "InstanceTrafficData",
    "ManagedInstanceInfo",
    "ModifyInstanceBandwidthRequest",
    "ModifyInstanceBandwidthResponse",
    "ModifyInstanceTrafficPackageRequest",
    "ModifyInstanceTrafficPackageResponse",
    "ModifyInstancesAttributeRequest",
    "ModifyInstancesAttributeResponse",
    "ModifyInstancesResourceGroupRequest",
    "ModifyInstancesResourceGroupResponse",
    "Nic",
    "NicParam",
    "Partition",
    "PartitionParam",
    "RaidConfig",
    "RaidConfigParam",
    "RebootInstancesRequest",
    "RebootInstancesResponse",
    "ReinstallInstanceRequest",
    "ReinstallInstanceResponse",
    "ReleaseInstancesRequest",
    "ReleaseInstancesResponse",
    "RenewInstanceRequest",
    "RenewInstanceResponse",
    "ResetInstanceIpmiPasswordRequest",
    "ResetInstanceIpmiPasswordResponse",
    "StartInstancesRequest",
    "StartInstancesResponse",
    "StopInstancesRequest",
    "StopInstancesResponse",
    "TerminateInstanceRequest",
    "TerminateInstanceResponse",
]


class CancelInstanceBandwidthDowngradeRequest(RequestModel):
    """The CancelInstanceBandwidthDowngrade request."""
    instance_id: Str | None = None


class CancelInstanceTrafficPackageDowngradeRequest(RequestModel):
    """The CancelInstanceTrafficPackageDowngrade request."""
    instance_id: Str | None = None


class CustomRaidParam(RequestModel):
    """CustomRaid (request side)."""
    raid_type: Int
    disk_sequence: list[Int]


class CustomRaid(TolerantModel):
    """CustomRaid as read (tolerant)."""
    raid_type: int | None = None
    disk_sequence: list[int] | None = None


class RaidConfigParam(RequestModel):
    """RaidConfig (request side)."""
    raid_type: Int | None = None
    custom_raids: list[CustomRaidParam] | None = None


class RaidConfig(TolerantModel):
    """RaidConfig as read (tolerant)."""
    raid_type: int | None = None
    custom_raids: list[CustomRaid] | None = None


class PartitionParam(RequestModel):
    """Partition (request side)."""
    fs_path: Str
    fs_type: Str
    size: Int


class Partition(TolerantModel):
    """Partition as read (tolerant)."""
    fs_path: str | None = None
    fs_type: str | None = None
    size: int | None = None


class NicParam(RequestModel):
    """Nic (request side)."""
    wan_name: Str | None = None
    lan_name: Str | None = None


class Nic(TolerantModel):
    """Nic as read (tolerant)."""
    wan_name: str | None = None
    lan_name: str | None = None


class CreateInstancesRequest(RequestModel):
    """The CreateInstances request."""
    zone_id: Str
    instance_charge_type: ChargeType
    instance_type_id: Str
    internet_charge_type: InternetChargeType
    instance_charge_prepaid: ChargePrepaidParam | None = None
    image_id: Str | None = None
    ipxe_url: Str | None = None
    resource_group_id: Str | None = None
    instance_name: Str | None = None
    hostname: Str | None = None
    amount: Int | None = None
    password: Str | None = Field(default=None, repr=False)
    key_id: Str | None = None
    ssh_keys: list[Str] | None = Field(default=None, repr=False)  # only 2022-11-20
    internet_max_bandwidth_out: Int | None = None
    traffic_package_size: Float | None = None
    subnet_id: Str | None = None
    raid_config: RaidConfigParam | None = None
    partitions: list[PartitionParam] | None = None
    nic: NicParam | None = None
    user_data: Str | None = Field(default=None, repr=False)
    cluster_id: Str | None = None
    enable_primary_ipv6: Bool | None = Field(default=None, alias="enablePrimaryIPv6")
    marketing_options: MarketingInfoParam | None = None
    tags: TagAssociationParam | None = None
    enable_gateway_mode: Bool | None = None


class DescribeInstanceInternetStatusRequest(RequestModel):
    """The DescribeInstanceInternetStatus request."""
    instance_id: Str | None = None


class DescribeInstanceIpmiUrlRequest(RequestModel):
    """The DescribeInstanceIpmiUrl request."""
    instance_id: Str | None = None  # only 2026-02-01; see the catalogue note


class DescribeInstanceTrafficRequest(RequestModel):
    """The DescribeInstanceTraffic request."""
    instance_id: Str | None = None
    start_time: Str | None = None
    end_time: Str | None = None


class DescribeInstancesMonitorHealthRequest(RequestModel):
    """The DescribeInstancesMonitorHealth request."""
    instance_ids: list[Str] | None = None


class DescribeInstancesRequest(RequestModel):
    """The DescribeInstances request."""
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
    tags: list[TagParam] | None = None


class DescribeManagedInstanceTrafficRequest(RequestModel):
    """The DescribeManagedInstanceTraffic request."""
    instance_id: Str | None = None
    start_time: Str | None = None
    end_time: Str | None = None


class DescribeManagedInstancesRequest(RequestModel):
    """The DescribeManagedInstances request."""
    instance_ids: list[Str] | None = None
    instance_name: Str | None = None
    ip: Str | None = None
    lan_ip: Str | None = None
    fac_name: Str | None = None
    city_code: Str | None = None
    page_num: Int | None = None
    page_size: Int | None = None
    resource_group_id: Str | None = None


class InquiryPriceInstanceBandwidthRequest(RequestModel):
    """The InquiryPriceInstanceBandwidth request."""
    instance_id: Str | None = None
    bandwidth_out_mbps: Int | None = None


class InquiryPriceInstanceTrafficPackageRequest(RequestModel):
    """The InquiryPriceInstanceTrafficPackage request."""
    instance_id: Str | None = None
    traffic_package_size: Float | None = None


class ModifyInstanceBandwidthRequest(RequestModel):
    """The ModifyInstanceBandwidth request."""
    instance_id: Str | None = None
    bandwidth_out_mbps: Int | None = None


class ModifyInstanceTrafficPackageRequest(RequestModel):
    """The ModifyInstanceTrafficPackage request."""
    instance_id: Str | None = None
    traffic_package_size: Float | None = None


class ModifyInstancesAttributeRequest(RequestModel):
    """The ModifyInstancesAttribute request."""
    instance_ids: list[Str]
    instance_name: Str


class ModifyInstancesResourceGroupRequest(RequestModel):
    """The ModifyInstancesResourceGroup request."""
    instance_ids: list[Str] | None = None
    resource_group_id: Str | None = None


class RebootInstancesRequest(RequestModel):
    """The RebootInstances request."""
    instance_ids: list[Str]


class ReinstallInstanceRequest(RequestModel):
    """The ReinstallInstance request."""
    instance_id: Str
    image_id: Str | None = None
    ipxe_url: Str | None = None
    hostname: Str | None = None
    password: Str | None = Field(default=None, repr=False)
    key_id: Str | None = None
    ssh_keys: list[Str] | None = Field(default=None, repr=False)  # only 2022-11-20
    raid_config: RaidConfigParam | None = None
    partitions: list[PartitionParam] | None = None
    nic: NicParam | None = None
    user_data: Str | None = Field(default=None, repr=False)


class ReleaseInstancesRequest(RequestModel):
    """The ReleaseInstances request."""
    instance_ids: list[Str]


class RenewInstanceRequest(RequestModel):
    """The RenewInstance request."""
    instance_id: Str


class ResetInstanceIpmiPasswordRequest(RequestModel):
    """The ResetInstanceIpmiPassword request."""
    instance_id: Str | None = None  # only 2026-02-01; see the catalogue note
    password: Str | None = Field(default=None, repr=False)  # only 2026-02-01; see the catalogue note


class StartInstancesRequest(RequestModel):
    """The StartInstances request."""
    instance_ids: list[Str]


class StopInstancesRequest(RequestModel):
    """The StopInstances request."""
    instance_ids: list[Str]


class TerminateInstanceRequest(RequestModel):
    """The TerminateInstance request."""
    instance_id: Str


class CancelInstanceBandwidthDowngradeResponse(TolerantResponse):
    """CancelInstanceBandwidthDowngradeResponse as read (tolerant)."""


class CancelInstanceTrafficPackageDowngradeResponse(TolerantResponse):
    """CancelInstanceTrafficPackageDowngradeResponse as read (tolerant)."""


class CreateInstancesResponse(TolerantResponse):
    """CreateInstancesResponse as read (tolerant)."""
    instance_id_set: Items[str] = []
    order_number: str | None = None


class DescribeInstanceInternetStatusResponse(TolerantResponse):
    """DescribeInstanceInternetStatusResponse as read (tolerant)."""
    instance_id: str | None = None
    instance_name: str | None = None
    internet_max_bandwidth_out: int | None = None
    modified_internet_max_bandwidth_out: int | None = None
    modified_bandwidth_status: str | None = None
    traffic_package_size: float | None = None
    modified_traffic_package_size: float | None = None
    modified_traffic_package_status: str | None = None


class DescribeInstanceIpmiUrlResponse(TolerantResponse):
    """DescribeInstanceIpmiUrlResponse as read (tolerant)."""
    url: str | None = None  # only 2026-02-01; see the catalogue note


class InstanceTrafficData(TolerantModel):
    """InstanceTrafficData as read (tolerant)."""
    internet_rx: int | None = Field(default=None, alias="internetRX")
    internet_tx: int | None = Field(default=None, alias="internetTX")
    time: str | None = None


class DescribeInstanceTrafficResponse(TolerantResponse):
    """DescribeInstanceTrafficResponse as read (tolerant)."""
    data_list: Items[InstanceTrafficData] = []
    in95: int | None = None
    in95_time: str | None = None
    in_avg: int | None = None
    in_max: int | None = None
    in_min: int | None = None
    in_total: int | None = None
    max_bandwidth95_value_mbps: float | None = None
    out95: int | None = None
    out95_time: str | None = None
    out_avg: int | None = None
    out_max: int | None = None
    out_min: int | None = None
    out_total: int | None = None
    total_unit: str | None = None
    unit: str | None = None


class InstanceHealth(TolerantModel):
    """InstanceHealth as read (tolerant)."""
    instance_id: str | None = None
    cpu_status: str | None = None
    disk_status: str | None = None
    ipmi_ping: str | None = None
    ipmi_status: str | None = None
    memory_status: str | None = None
    psu_status: str | None = None
    wan_port_status: str | None = None
    fan_status: str | None = None
    server_brand: str | None = None
    server_model: str | None = None
    cpu_temp: int | None = None
    cpu0_temp: int | None = None
    cpu1_temp: int | None = None
    cpu2_temp: int | None = None
    inlet_temp: int | None = None
    temp_unit: str | None = None


class DescribeInstancesMonitorHealthResponse(TolerantResponse):
    """DescribeInstancesMonitorHealthResponse as read (tolerant)."""
    monitor_health_list: Items[InstanceHealth] = []


class InstanceInfo(TolerantModel):
    """InstanceInfo as read (tolerant)."""
    instance_id: str | None = None
    zone_id: str | None = None
    instance_name: str | None = None
    hostname: str | None = None
    instance_type_id: str | None = None
    instance_type: InstanceType | None = None
    image_id: str | None = None
    image_name: str | None = None
    ipxe_url: str | None = None
    instance_charge_type: Open[ChargeType] | None = None
    bandwidth_out_mbps: int | None = None
    traffic_package_size: float | None = None
    internet_charge_type: Open[InternetChargeType] | None = None
    period: int | None = None
    primary_public_ip_address: str | None = None
    public_ip_addresses: list[str] | None = None
    private_ip_addresses: list[str] | None = None
    ipv6_addresses: list[str] | None = None
    subnet_ids: list[str] | None = None
    create_time: str | None = None
    expired_time: str | None = None
    resource_group_id: str | None = None
    resource_group_name: str | None = None
    instance_status: Open[InstanceStatus] | None = None
    partitions: list[Partition] | None = None
    raid_config: RaidConfig | None = None
    nic: Nic | None = None
    auto_renew: bool | None = None
    key_id: str | None = None
    tags: TagAssociation | None = None
    enable_gateway_mode: bool | None = None
    primary_public_ipv6_address: str | None = Field(default=None, alias="primaryPublicIPv6Address")  # only 2026-02-01
    ipmi_enabled: bool | None = None  # only 2026-02-01; see the catalogue note


class DescribeInstancesResponse(TolerantResponse):
    """DescribeInstancesResponse as read (tolerant)."""
    total_count: int | None = None
    data_set: Items[InstanceInfo] = []


class DescribeManagedInstanceTrafficResponse(TolerantResponse):
    """DescribeManagedInstanceTrafficResponse as read (tolerant)."""
    data_list: Items[InstanceTrafficData] = []
    in95: int | None = None
    in95_time: str | None = None
    in_avg: int | None = None
    in_max: int | None = None
    in_min: int | None = None
    in_total: int | None = None
    max_bandwidth95_value_mbps: float | None = None
    out95: int | None = None
    out95_time: str | None = None
    out_avg: int | None = None
    out_max: int | None = None
    out_min: int | None = None
    out_total: int | None = None
    total_unit: str | None = None
    unit: str | None = None


class ManagedInstanceInfo(TolerantModel):
    """ManagedInstanceInfo as read (tolerant)."""
    instance_id: str | None = None
    instance_name: str | None = None
    fac_name: str | None = None
    ips: list[str] | None = None
    lan_ips: list[str] | None = None
    create_time: str | None = None


class DescribeManagedInstancesResponse(TolerantResponse):
    """DescribeManagedInstancesResponse as read (tolerant)."""
    total_count: int | None = None
    data_set: Items[ManagedInstanceInfo] = []


class InquiryPriceInstanceBandwidthResponse(TolerantResponse):
    """InquiryPriceInstanceBandwidthResponse as read (tolerant)."""
    bandwidth_price: Items[Price] = []


class InquiryPriceInstanceTrafficPackageResponse(TolerantResponse):
    """InquiryPriceInstanceTrafficPackageResponse as read (tolerant)."""
    traffic_package_price: Items[Price] = []


class ModifyInstanceBandwidthResponse(TolerantResponse):
    """ModifyInstanceBandwidthResponse as read (tolerant)."""
    order_number: str | None = None


class ModifyInstanceTrafficPackageResponse(TolerantResponse):
    """ModifyInstanceTrafficPackageResponse as read (tolerant)."""
    order_number: str | None = None


class ModifyInstancesAttributeResponse(TolerantResponse):
    """ModifyInstancesAttributeResponse as read (tolerant)."""


class ModifyInstancesResourceGroupResponse(TolerantResponse):
    """ModifyInstancesResourceGroupResponse as read (tolerant)."""


class RebootInstancesResponse(TolerantResponse):
    """RebootInstancesResponse as read (tolerant)."""


class ReinstallInstanceResponse(TolerantResponse):
    """ReinstallInstanceResponse as read (tolerant)."""


class ReleaseInstancesResponse(TolerantResponse):
    """ReleaseInstancesResponse as read (tolerant)."""


class RenewInstanceResponse(TolerantResponse):
    """RenewInstanceResponse as read (tolerant)."""


class ResetInstanceIpmiPasswordResponse(TolerantResponse):
    """ResetInstanceIpmiPasswordResponse as read (tolerant)."""


class StartInstancesResponse(TolerantResponse):
    """StartInstancesResponse as read (tolerant)."""


class StopInstancesResponse(TolerantResponse):
    """StopInstancesResponse as read (tolerant)."""


class TerminateInstanceResponse(TolerantResponse):
    """TerminateInstanceResponse as read (tolerant)."""
