# generated — do not edit: produced by `python -m tools.generate_api` from zltoolkit/api/catalogue/data.
"""Strict forms of every 2026-02-01 response (the mock's tests): no extra key, every key present,
closed enums. Fields are the superset of both versions; the values offered are the version's
(ByBandwidthCluster is accepted under both versions: see zltoolkit.api.catalogue)."""

from __future__ import annotations

from pydantic import Field

from zltoolkit.api.base import Bool, Float, Int, Str
from zltoolkit.api.enums import (
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

from ._common import StrictModel, StrictResponse

__all__ = ["RESPONSES"]


class AllocateEipAddressesResponse(StrictResponse):
    """AllocateEipAddressesResponse as a 2026-02-01 answer carries it."""
    eip_id_set: list[Str] | None
    order_number: Str | None


class AssociateEipAddressResponse(StrictResponse):
    """AssociateEipAddressResponse as a 2026-02-01 answer carries it."""
    pass


class AssociateSubnetInstancesResponse(StrictResponse):
    """AssociateSubnetInstancesResponse as a 2026-02-01 answer carries it."""
    pass


class AssociateVpcSubnetResponse(StrictResponse):
    """AssociateVpcSubnetResponse as a 2026-02-01 answer carries it."""
    pass


class BindCidrBlockIpsResponse(StrictResponse):
    """BindCidrBlockIpsResponse as a 2026-02-01 answer carries it."""
    pass


class CancelInstanceBandwidthDowngradeResponse(StrictResponse):
    """CancelInstanceBandwidthDowngradeResponse as a 2026-02-01 answer carries it."""
    pass


class CancelInstanceTrafficPackageDowngradeResponse(StrictResponse):
    """CancelInstanceTrafficPackageDowngradeResponse as a 2026-02-01 answer carries it."""
    pass


class CreateByoipResponse(StrictResponse):
    """CreateByoipResponse as a 2026-02-01 answer carries it."""
    byoip_id: Str | None
    cidr_block_id: Str | None


class CreateInstancesResponse(StrictResponse):
    """CreateInstancesResponse as a 2026-02-01 answer carries it."""
    instance_id_set: list[Str] | None
    order_number: Str | None


class CreateIpv4BlockResponse(StrictResponse):
    """CreateIpv4BlockResponse as a 2026-02-01 answer carries it."""
    order_number: Str | None
    cidr_block_ids: list[Str] | None


class CreateIpv6BlockResponse(StrictResponse):
    """CreateIpv6BlockResponse as a 2026-02-01 answer carries it."""
    cidr_block_ids: list[Str] | None


class CreateListenerResponse(StrictResponse):
    """CreateListenerResponse as a 2026-02-01 answer carries it."""
    listener_id: Str | None


class CreateLoadBalancerResponse(StrictResponse):
    """CreateLoadBalancerResponse as a 2026-02-01 answer carries it."""
    order_number: Str | None
    load_balancer_id: Str | None


class CreateLoadBalancerVIPsResponse(StrictResponse):
    """CreateLoadBalancerVIPsResponse as a 2026-02-01 answer carries it."""
    order_number: Str | None
    vip_id_set: list[Str] | None


class CreateSubnetResponse(StrictResponse):
    """CreateSubnetResponse as a 2026-02-01 answer carries it."""
    subnet_id: Str | None


class CreateVpcResponse(StrictResponse):
    """CreateVpcResponse as a 2026-02-01 answer carries it."""
    vpc_id: Str | None


class DeleteListenerResponse(StrictResponse):
    """DeleteListenerResponse as a 2026-02-01 answer carries it."""
    pass


class DeleteLoadBalancerVIPResponse(StrictResponse):
    """DeleteLoadBalancerVIPResponse as a 2026-02-01 answer carries it."""
    pass


class DeleteSubnetResponse(StrictResponse):
    """DeleteSubnetResponse as a 2026-02-01 answer carries it."""
    pass


class DeleteVpcResponse(StrictResponse):
    """DeleteVpcResponse as a 2026-02-01 answer carries it."""
    pass


class DeregisterBackendResponse(StrictResponse):
    """DeregisterBackendResponse as a 2026-02-01 answer carries it."""
    pass


class AvailableIpv4Resource(StrictModel):
    """AvailableIpv4Resource as a 2026-02-01 answer carries it."""
    zone_id: Str | None
    netmask: Int | None
    sell_status: SellStatus | None
    cidr_type: Str | None


class DescribeAvailableIpv4ResourcesResponse(StrictResponse):
    """DescribeAvailableIpv4ResourcesResponse as a 2026-02-01 answer carries it."""
    available_ipv4_resources: list[AvailableIpv4Resource] | None


class AvailableIpv6Resource(StrictModel):
    """AvailableIpv6Resource as a 2026-02-01 answer carries it."""
    zone_id: Str | None
    sell_status: SellStatus | None


class DescribeAvailableIpv6ResourcesResponse(StrictResponse):
    """DescribeAvailableIpv6ResourcesResponse as a 2026-02-01 answer carries it."""
    available_ipv6_resources: list[AvailableIpv6Resource] | None


class AvailableResource(StrictModel):
    """AvailableResource as a 2026-02-01 answer carries it."""
    zone_id: Str | None
    sell_status: SellStatus | None
    internet_charge_types: list[InternetChargeType] | None
    instance_type_id: Str | None
    maximum_bandwidth_out: Int | None
    default_bandwidth_out: Int | None
    default_traffic_package_size: Float | None
    qty: Int | None


class DescribeAvailableResourcesResponse(StrictResponse):
    """DescribeAvailableResourcesResponse as a 2026-02-01 answer carries it."""
    available_resources: list[AvailableResource] | None


class BackendInfo(StrictModel):
    """BackendInfo as a 2026-02-01 answer carries it."""
    listener_id: Str | None
    backend_id: Str | None
    backend_name: Str | None
    status: Str | None
    port: Str | None
    weight: Int | None
    instance_id: Str | None
    instance_name: Str | None
    create_time: Str | None
    instance_type: Str | None


class DescribeBackendsResponse(StrictResponse):
    """DescribeBackendsResponse as a 2026-02-01 answer carries it."""
    total_count: Int | None
    data_set: list[BackendInfo] | None


class CidrBlockIp(StrictModel):
    """CidrBlockIp as a 2026-02-01 answer carries it."""
    cidr_block_id: Str | None
    cidr_block_type: Str | None
    ip: Str | None
    instance_id: Str | None
    status: Str | None


class DescribeCidrBlockIpsResponse(StrictResponse):
    """DescribeCidrBlockIpsResponse as a 2026-02-01 answer carries it."""
    cidr_block_ips: list[CidrBlockIp] | None


class Tag(StrictModel):
    """Tag as a 2026-02-01 answer carries it."""
    key: Str | None
    value: Str | None


class TagAssociation(StrictModel):
    """TagAssociation as a 2026-02-01 answer carries it."""
    tags: list[Tag] | None


class CidrBlockInfo(StrictModel):
    """CidrBlockInfo as a 2026-02-01 answer carries it."""
    cidr_block_id: Str | None
    cidr_block_type: Str | None
    cidr_type: Str | None
    cidr_block_name: Str | None
    zone_id: Str | None
    cidr_block: Str | None
    gateway: Str | None
    available_ip_start: Str | None
    available_ip_end: Str | None
    available_ip_count: Int | None
    instance_ids: list[Str] | None
    status: Str | None
    charge_type: ChargeType | None
    create_time: Str | None
    expire_time: Str | None
    resource_group_id: Str | None
    resource_group_name: Str | None
    tags: TagAssociation | None


class DescribeCidrBlocksResponse(StrictResponse):
    """DescribeCidrBlocksResponse as a 2026-02-01 answer carries it."""
    total_count: Int | None
    data_set: list[CidrBlockInfo] | None


class EipAddress(StrictModel):
    """EipAddress as a 2026-02-01 answer carries it."""
    eip_id: Str | None
    zone_id: Str | None
    ip_address: Str | None
    netmask: Int | None
    instance_id: Str | None
    instance_name: Str | None
    eip_charge_type: ChargeType | None
    period: Int | None
    create_time: Str | None
    expired_time: Str | None
    resource_group_id: Str | None
    resource_group_name: Str | None
    eip_status: Str | None
    tags: TagAssociation | None


class DescribeEipAddressesResponse(StrictResponse):
    """DescribeEipAddressesResponse as a 2026-02-01 answer carries it."""
    data_set: list[EipAddress] | None
    total_count: Int | None


class EipAvailable(StrictModel):
    """EipAvailable as a 2026-02-01 answer carries it."""
    zone_id: Str | None
    status: Str | None
    netmask: Int | None


class DescribeEipAvailableResourcesResponse(StrictResponse):
    """DescribeEipAvailableResourcesResponse as a 2026-02-01 answer carries it."""
    eip_resources: list[EipAvailable] | None


class ImageInfo(StrictModel):
    """ImageInfo as a 2026-02-01 answer carries it."""
    image_id: Str | None
    image_name: Str | None
    catalog: ImageCatalog | None
    image_type: ImageType | None
    os_type: OsType | None


class DescribeImagesResponse(StrictResponse):
    """DescribeImagesResponse as a 2026-02-01 answer carries it."""
    images: list[ImageInfo] | None


class InstanceAvailableCidrBlock(StrictModel):
    """InstanceAvailableCidrBlock as a 2026-02-01 answer carries it."""
    cidr_block_id: Str | None
    zone_id: Str | None
    cidr_block_type: Str | None
    cidr_type: Str | None
    cidr_block: Str | None
    available_ips: list[Str] | None
    available_ip_count: Int | None


class DescribeInstanceAvailableCidrBlockResponse(StrictResponse):
    """DescribeInstanceAvailableCidrBlockResponse as a 2026-02-01 answer carries it."""
    instance_available_cidr_blocks: list[InstanceAvailableCidrBlock] | None


class InstanceAvailableEip(StrictModel):
    """InstanceAvailableEip as a 2026-02-01 answer carries it."""
    eip_id: Str | None
    ip_address: Str | None
    netmask: Int | None


class DescribeInstanceAvailableEipResourcesResponse(StrictResponse):
    """DescribeInstanceAvailableEipResourcesResponse as a 2026-02-01 answer carries it."""
    instance_eip_resources: list[InstanceAvailableEip] | None


class DescribeInstanceInternetStatusResponse(StrictResponse):
    """DescribeInstanceInternetStatusResponse as a 2026-02-01 answer carries it."""
    instance_id: Str | None
    instance_name: Str | None
    internet_max_bandwidth_out: Int | None
    modified_internet_max_bandwidth_out: Int | None
    modified_bandwidth_status: Str | None
    traffic_package_size: Float | None
    modified_traffic_package_size: Float | None
    modified_traffic_package_status: Str | None


class DescribeInstanceIpmiUrlResponse(StrictResponse):
    """DescribeInstanceIpmiUrlResponse as a 2026-02-01 answer carries it."""
    url: Str | None


class InstanceTrafficData(StrictModel):
    """InstanceTrafficData as a 2026-02-01 answer carries it."""
    internet_rx: Int | None = Field(alias="internetRX")
    internet_tx: Int | None = Field(alias="internetTX")
    time: Str | None


class DescribeInstanceTrafficResponse(StrictResponse):
    """DescribeInstanceTrafficResponse as a 2026-02-01 answer carries it."""
    data_list: list[InstanceTrafficData] | None
    in95: Int | None
    in95_time: Str | None
    in_avg: Int | None
    in_max: Int | None
    in_min: Int | None
    in_total: Int | None
    max_bandwidth95_value_mbps: Float | None
    out95: Int | None
    out95_time: Str | None
    out_avg: Int | None
    out_max: Int | None
    out_min: Int | None
    out_total: Int | None
    total_unit: Str | None
    unit: Str | None


class Disk(StrictModel):
    """Disk as a 2026-02-01 answer carries it."""
    disk_size: Int | None
    disk_count: Int | None


class InstanceDiskInfo(StrictModel):
    """InstanceDiskInfo as a 2026-02-01 answer carries it."""
    total_disk_size: Int | None
    disk_description: Str | None
    disks: list[Disk] | None


class InstanceType(StrictModel):
    """InstanceType as a 2026-02-01 answer carries it."""
    image_ids: list[Str] | None
    instance_type_id: Str | None
    description: Str | None
    cpu_core_count: Int | None
    cpu_detail: Str | None
    cpu_cores: Int | None
    cpu_threads: Int | None
    base_frequency: Str | None
    memory_size: Int | None
    maximum_bandwidth: Int | None
    support_raids: list[Int] | None
    support_subnet: Bool | None
    is_ha: Bool | None = Field(alias="isHA")
    disk_info: InstanceDiskInfo | None
    vpu_vendor: Str | None
    vpu_card: Str | None
    vpu_count: Int | None


class DescribeInstanceTypesResponse(StrictResponse):
    """DescribeInstanceTypesResponse as a 2026-02-01 answer carries it."""
    instance_types: list[InstanceType] | None


class InstanceHealth(StrictModel):
    """InstanceHealth as a 2026-02-01 answer carries it."""
    instance_id: Str | None
    cpu_status: Str | None
    disk_status: Str | None
    ipmi_ping: Str | None
    ipmi_status: Str | None
    memory_status: Str | None
    psu_status: Str | None
    wan_port_status: Str | None
    fan_status: Str | None
    server_brand: Str | None
    server_model: Str | None
    cpu_temp: Int | None
    cpu0_temp: Int | None
    cpu1_temp: Int | None
    cpu2_temp: Int | None
    inlet_temp: Int | None
    temp_unit: Str | None


class DescribeInstancesMonitorHealthResponse(StrictResponse):
    """DescribeInstancesMonitorHealthResponse as a 2026-02-01 answer carries it."""
    monitor_health_list: list[InstanceHealth] | None


class Partition(StrictModel):
    """Partition as a 2026-02-01 answer carries it."""
    fs_path: Str | None
    fs_type: Str | None
    size: Int | None


class CustomRaid(StrictModel):
    """CustomRaid as a 2026-02-01 answer carries it."""
    raid_type: Int | None
    disk_sequence: list[Int] | None


class RaidConfig(StrictModel):
    """RaidConfig as a 2026-02-01 answer carries it."""
    raid_type: Int | None
    custom_raids: list[CustomRaid] | None


class Nic(StrictModel):
    """Nic as a 2026-02-01 answer carries it."""
    wan_name: Str | None
    lan_name: Str | None


class InstanceInfo(StrictModel):
    """InstanceInfo as a 2026-02-01 answer carries it."""
    instance_id: Str | None
    zone_id: Str | None
    instance_name: Str | None
    hostname: Str | None
    instance_type_id: Str | None
    instance_type: InstanceType | None
    image_id: Str | None
    image_name: Str | None
    ipxe_url: Str | None
    instance_charge_type: ChargeType | None
    bandwidth_out_mbps: Int | None
    traffic_package_size: Float | None
    internet_charge_type: InternetChargeType | None
    period: Int | None
    primary_public_ip_address: Str | None
    public_ip_addresses: list[Str] | None
    private_ip_addresses: list[Str] | None
    ipv6_addresses: list[Str] | None
    subnet_ids: list[Str] | None
    create_time: Str | None
    expired_time: Str | None
    resource_group_id: Str | None
    resource_group_name: Str | None
    instance_status: InstanceStatus | None
    partitions: list[Partition] | None
    raid_config: RaidConfig | None
    nic: Nic | None
    auto_renew: Bool | None
    key_id: Str | None
    tags: TagAssociation | None
    enable_gateway_mode: Bool | None
    primary_public_ipv6_address: Str | None = Field(alias="primaryPublicIPv6Address")
    ipmi_enabled: Bool | None


class DescribeInstancesResponse(StrictResponse):
    """DescribeInstancesResponse as a 2026-02-01 answer carries it."""
    total_count: Int | None
    data_set: list[InstanceInfo] | None


class HealthCheck(StrictModel):
    """HealthCheck as a 2026-02-01 answer carries it."""
    check_enabled: Bool | None
    check_type: Str | None
    check_connect_timeout: Int | None
    check_retry: Int | None
    check_delay_before_retry: Int | None
    check_interval_time: Int | None
    check_port: Int | None
    http_version: Str | None
    http_check_path: Str | None
    http_check_digest: Int | None
    http_code: Int | None
    misc_check_path: Str | None
    misc_timeout: Int | None


class Notify(StrictModel):
    """Notify as a 2026-02-01 answer carries it."""
    enable: Bool | None
    api_address: Str | None


class ListenerInfo(StrictModel):
    """ListenerInfo as a 2026-02-01 answer carries it."""
    load_balancer_id: Str | None
    listener_id: Str | None
    listener_name: Str | None
    status: Str | None
    port: Str | None
    protocol: Str | None
    backend_protocol: Str | None
    scheduler: Str | None
    kind: Str | None
    health_check: HealthCheck | None
    notify: Notify | None
    create_time: Str | None


class DescribeListenersResponse(StrictResponse):
    """DescribeListenersResponse as a 2026-02-01 answer carries it."""
    total_count: Int | None
    data_set: list[ListenerInfo] | None


class LoadBalancerSpec(StrictModel):
    """LoadBalancerSpec as a 2026-02-01 answer carries it."""
    spec_name: Str | None
    max_connection: Int | None
    cps: Int | None
    qps: Int | None


class DescribeLoadBalancerSpecsResponse(StrictResponse):
    """DescribeLoadBalancerSpecsResponse as a 2026-02-01 answer carries it."""
    spec_set: list[LoadBalancerSpec] | None


class DescribeLoadBalancerZonesResponse(StrictResponse):
    """DescribeLoadBalancerZonesResponse as a 2026-02-01 answer carries it."""
    zone_id_set: list[Str] | None


class LoadBalancerIp(StrictModel):
    """LoadBalancerIp as a 2026-02-01 answer carries it."""
    vip_id: Str | None
    ip_address: Str | None
    type: Str | None
    status: Str | None


class LoadBalancerInfo(StrictModel):
    """LoadBalancerInfo as a 2026-02-01 answer carries it."""
    load_balancer_id: Str | None
    zone_id: Str | None
    load_balancer_name: Str | None
    spec_name: Str | None
    vip_list: list[LoadBalancerIp] | None
    charge_type: Str | None
    period: Int | None
    create_time: Str | None
    expired_time: Str | None
    status: Str | None
    resource_group_id: Str | None
    resource_group_name: Str | None
    master_ip: Str | None
    backup_ip: Str | None
    ip_type: Str | None
    bandwidth: Int | None
    is_working: Bool | None
    listener_list: list[ListenerInfo] | None
    backend_list: list[BackendInfo] | None
    tags: TagAssociation | None


class DescribeLoadBalancersResponse(StrictResponse):
    """DescribeLoadBalancersResponse as a 2026-02-01 answer carries it."""
    total_count: Int | None
    data_set: list[LoadBalancerInfo] | None


class DescribeManagedInstanceTrafficResponse(StrictResponse):
    """DescribeManagedInstanceTrafficResponse as a 2026-02-01 answer carries it."""
    data_list: list[InstanceTrafficData] | None
    in95: Int | None
    in95_time: Str | None
    in_avg: Int | None
    in_max: Int | None
    in_min: Int | None
    in_total: Int | None
    max_bandwidth95_value_mbps: Float | None
    out95: Int | None
    out95_time: Str | None
    out_avg: Int | None
    out_max: Int | None
    out_min: Int | None
    out_total: Int | None
    total_unit: Str | None
    unit: Str | None


class ManagedInstanceInfo(StrictModel):
    """ManagedInstanceInfo as a 2026-02-01 answer carries it."""
    instance_id: Str | None
    instance_name: Str | None
    fac_name: Str | None
    ips: list[Str] | None
    lan_ips: list[Str] | None
    create_time: Str | None


class DescribeManagedInstancesResponse(StrictResponse):
    """DescribeManagedInstancesResponse as a 2026-02-01 answer carries it."""
    total_count: Int | None
    data_set: list[ManagedInstanceInfo] | None


class DescribeSubnetAvailableResourcesResponse(StrictResponse):
    """DescribeSubnetAvailableResourcesResponse as a 2026-02-01 answer carries it."""
    zone_id_set: list[Str] | None


class SubnetInstance(StrictModel):
    """SubnetInstance as a 2026-02-01 answer carries it."""
    instance_id: Str | None
    private_ip_address: Str | None
    private_ip_status: Str | None


class SubnetInfo(StrictModel):
    """SubnetInfo as a 2026-02-01 answer carries it."""
    subnet_id: Str | None
    zone_id: Str | None
    subnet_name: Str | None
    vpc_id: Str | None
    vpc_name: Str | None
    cidr_block: Str | None
    create_time: Str | None
    resource_group_id: Str | None
    resource_group_name: Str | None
    subnet_status: Str | None
    subnet_instance_set: list[SubnetInstance] | None
    available_ip_count: Int | None
    vpc_subnet_status: Str | None


class DescribeSubnetsResponse(StrictResponse):
    """DescribeSubnetsResponse as a 2026-02-01 answer carries it."""
    data_set: list[SubnetInfo] | None
    total_count: Int | None


class VpcRegionInfo(StrictModel):
    """VpcRegionInfo as a 2026-02-01 answer carries it."""
    vpc_region_id: Str | None
    vpc_region_name: Str | None
    zone_ids: list[Str] | None


class DescribeVpcAvailableRegionsResponse(StrictResponse):
    """DescribeVpcAvailableRegionsResponse as a 2026-02-01 answer carries it."""
    vpc_region_set: list[VpcRegionInfo] | None


class VpcInfo(StrictModel):
    """VpcInfo as a 2026-02-01 answer carries it."""
    vpc_id: Str | None
    vpc_region_id: Str | None
    vpc_region_name: Str | None
    vpc_name: Str | None
    cidr_block: Str | None
    resource_group_id: Str | None
    resource_group_name: Str | None
    create_time: Str | None
    vpc_status: Str | None
    tags: TagAssociation | None


class DescribeVpcsResponse(StrictResponse):
    """DescribeVpcsResponse as a 2026-02-01 answer carries it."""
    total_count: Int | None
    data_set: list[VpcInfo] | None


class Zone(StrictModel):
    """Zone as a 2026-02-01 answer carries it."""
    zone_id: Str | None
    zone_name: Str | None
    city_name: Str | None
    area_name: Str | None
    is_cloud_router_available: Bool | None
    is_byoip_enabled: Bool | None


class DescribeZonesResponse(StrictResponse):
    """DescribeZonesResponse as a 2026-02-01 answer carries it."""
    zone_set: list[Zone] | None


class StepPrice(StrictModel):
    """StepPrice as a 2026-02-01 answer carries it."""
    step_start: Float | None
    step_end: Float | None
    unit_price: Float | None
    discount_unit_price: Float | None


class Price(StrictModel):
    """Price as a 2026-02-01 answer carries it."""
    discount: Float | None
    discount_price: Float | None
    original_price: Float | None
    unit_price: Float | None
    discount_unit_price: Float | None
    charge_unit: ChargeUnit | None
    step_prices: list[StepPrice] | None
    amount_unit: Str | None
    excess_unit_price: Float | None
    excess_discount_unit_price: Float | None
    excess_amount_unit: Str | None
    category: PriceCategory | None


class InquiryPriceCreateEipAddressResponse(StrictResponse):
    """InquiryPriceCreateEipAddressResponse as a 2026-02-01 answer carries it."""
    eip_price: Price | None


class InquiryPriceCreateInstanceResponse(StrictResponse):
    """InquiryPriceCreateInstanceResponse as a 2026-02-01 answer carries it."""
    instance_price: Price | None
    primary_ip_price: Price | None
    bandwidth_price: list[Price] | None


class InquiryPriceCreateIpv4BlockResponse(StrictResponse):
    """InquiryPriceCreateIpv4BlockResponse as a 2026-02-01 answer carries it."""
    price: Price | None


class InquiryPriceInstanceBandwidthResponse(StrictResponse):
    """InquiryPriceInstanceBandwidthResponse as a 2026-02-01 answer carries it."""
    bandwidth_price: list[Price] | None


class InquiryPriceInstanceTrafficPackageResponse(StrictResponse):
    """InquiryPriceInstanceTrafficPackageResponse as a 2026-02-01 answer carries it."""
    traffic_package_price: list[Price] | None


class ModifyCidrBlocksAttributeResponse(StrictResponse):
    """ModifyCidrBlocksAttributeResponse as a 2026-02-01 answer carries it."""
    pass


class ModifyEipAddressesResourceGroupResponse(StrictResponse):
    """ModifyEipAddressesResourceGroupResponse as a 2026-02-01 answer carries it."""
    pass


class ModifyInstanceBandwidthResponse(StrictResponse):
    """ModifyInstanceBandwidthResponse as a 2026-02-01 answer carries it."""
    order_number: Str | None


class ModifyInstanceTrafficPackageResponse(StrictResponse):
    """ModifyInstanceTrafficPackageResponse as a 2026-02-01 answer carries it."""
    order_number: Str | None


class ModifyInstancesAttributeResponse(StrictResponse):
    """ModifyInstancesAttributeResponse as a 2026-02-01 answer carries it."""
    pass


class ModifyInstancesResourceGroupResponse(StrictResponse):
    """ModifyInstancesResourceGroupResponse as a 2026-02-01 answer carries it."""
    pass


class ModifyListenerAttributeResponse(StrictResponse):
    """ModifyListenerAttributeResponse as a 2026-02-01 answer carries it."""
    pass


class ModifyLoadBalancersNameResponse(StrictResponse):
    """ModifyLoadBalancersNameResponse as a 2026-02-01 answer carries it."""
    pass


class ModifySubnetsAttributeResponse(StrictResponse):
    """ModifySubnetsAttributeResponse as a 2026-02-01 answer carries it."""
    pass


class ModifyVpcsAttributeResponse(StrictResponse):
    """ModifyVpcsAttributeResponse as a 2026-02-01 answer carries it."""
    pass


class RebootInstancesResponse(StrictResponse):
    """RebootInstancesResponse as a 2026-02-01 answer carries it."""
    pass


class RegisterBackendResponse(StrictResponse):
    """RegisterBackendResponse as a 2026-02-01 answer carries it."""
    backend_id: Str | None


class ReinstallInstanceResponse(StrictResponse):
    """ReinstallInstanceResponse as a 2026-02-01 answer carries it."""
    pass


class ReleaseCidrBlocksResponse(StrictResponse):
    """ReleaseCidrBlocksResponse as a 2026-02-01 answer carries it."""
    pass


class ReleaseEipAddressesResponse(StrictResponse):
    """ReleaseEipAddressesResponse as a 2026-02-01 answer carries it."""
    pass


class ReleaseInstancesResponse(StrictResponse):
    """ReleaseInstancesResponse as a 2026-02-01 answer carries it."""
    pass


class ReleaseLoadBalancerResponse(StrictResponse):
    """ReleaseLoadBalancerResponse as a 2026-02-01 answer carries it."""
    pass


class RenewCidrBlockResponse(StrictResponse):
    """RenewCidrBlockResponse as a 2026-02-01 answer carries it."""
    pass


class RenewEipAddressResponse(StrictResponse):
    """RenewEipAddressResponse as a 2026-02-01 answer carries it."""
    pass


class RenewInstanceResponse(StrictResponse):
    """RenewInstanceResponse as a 2026-02-01 answer carries it."""
    pass


class ResetInstanceIpmiPasswordResponse(StrictResponse):
    """ResetInstanceIpmiPasswordResponse as a 2026-02-01 answer carries it."""
    pass


class RestoreLoadBalancerResponse(StrictResponse):
    """RestoreLoadBalancerResponse as a 2026-02-01 answer carries it."""
    order_number: Str | None


class StartInstancesResponse(StrictResponse):
    """StartInstancesResponse as a 2026-02-01 answer carries it."""
    pass


class StopInstancesResponse(StrictResponse):
    """StopInstancesResponse as a 2026-02-01 answer carries it."""
    pass


class TerminateCidrBlockResponse(StrictResponse):
    """TerminateCidrBlockResponse as a 2026-02-01 answer carries it."""
    pass


class TerminateEipAddressResponse(StrictResponse):
    """TerminateEipAddressResponse as a 2026-02-01 answer carries it."""
    pass


class TerminateInstanceResponse(StrictResponse):
    """TerminateInstanceResponse as a 2026-02-01 answer carries it."""
    pass


class TerminateLoadBalancerResponse(StrictResponse):
    """TerminateLoadBalancerResponse as a 2026-02-01 answer carries it."""
    pass


class UnAssociateEipAddressResponse(StrictResponse):
    """UnAssociateEipAddressResponse as a 2026-02-01 answer carries it."""
    pass


class UnAssociateSubnetInstanceResponse(StrictResponse):
    """UnAssociateSubnetInstanceResponse as a 2026-02-01 answer carries it."""
    pass


class UnbindCidrBlockIpsResponse(StrictResponse):
    """UnbindCidrBlockIpsResponse as a 2026-02-01 answer carries it."""
    pass


RESPONSES: dict[str, type[StrictResponse]] = {
    "AllocateEipAddresses": AllocateEipAddressesResponse,
    "AssociateEipAddress": AssociateEipAddressResponse,
    "AssociateSubnetInstances": AssociateSubnetInstancesResponse,
    "AssociateVpcSubnet": AssociateVpcSubnetResponse,
    "BindCidrBlockIps": BindCidrBlockIpsResponse,
    "CancelInstanceBandwidthDowngrade": CancelInstanceBandwidthDowngradeResponse,
    "CancelInstanceTrafficPackageDowngrade": CancelInstanceTrafficPackageDowngradeResponse,
    "CreateByoip": CreateByoipResponse,
    "CreateInstances": CreateInstancesResponse,
    "CreateIpv4Block": CreateIpv4BlockResponse,
    "CreateIpv6Block": CreateIpv6BlockResponse,
    "CreateListener": CreateListenerResponse,
    "CreateLoadBalancer": CreateLoadBalancerResponse,
    "CreateLoadBalancerVIPs": CreateLoadBalancerVIPsResponse,
    "CreateSubnet": CreateSubnetResponse,
    "CreateVpc": CreateVpcResponse,
    "DeleteListener": DeleteListenerResponse,
    "DeleteLoadBalancerVIP": DeleteLoadBalancerVIPResponse,
    "DeleteSubnet": DeleteSubnetResponse,
    "DeleteVpc": DeleteVpcResponse,
    "DeregisterBackend": DeregisterBackendResponse,
    "DescribeAvailableIpv4Resources": DescribeAvailableIpv4ResourcesResponse,
    "DescribeAvailableIpv6Resources": DescribeAvailableIpv6ResourcesResponse,
    "DescribeAvailableResources": DescribeAvailableResourcesResponse,
    "DescribeBackends": DescribeBackendsResponse,
    "DescribeCidrBlockIps": DescribeCidrBlockIpsResponse,
    "DescribeCidrBlocks": DescribeCidrBlocksResponse,
    "DescribeEipAddresses": DescribeEipAddressesResponse,
    "DescribeEipAvailableResources": DescribeEipAvailableResourcesResponse,
    "DescribeImages": DescribeImagesResponse,
    "DescribeInstanceAvailableCidrBlock": DescribeInstanceAvailableCidrBlockResponse,
    "DescribeInstanceAvailableEipResources": DescribeInstanceAvailableEipResourcesResponse,
    "DescribeInstanceInternetStatus": DescribeInstanceInternetStatusResponse,
    "DescribeInstanceIpmiUrl": DescribeInstanceIpmiUrlResponse,
    "DescribeInstanceTraffic": DescribeInstanceTrafficResponse,
    "DescribeInstanceTypes": DescribeInstanceTypesResponse,
    "DescribeInstances": DescribeInstancesResponse,
    "DescribeInstancesMonitorHealth": DescribeInstancesMonitorHealthResponse,
    "DescribeListeners": DescribeListenersResponse,
    "DescribeLoadBalancerSpecs": DescribeLoadBalancerSpecsResponse,
    "DescribeLoadBalancerZones": DescribeLoadBalancerZonesResponse,
    "DescribeLoadBalancers": DescribeLoadBalancersResponse,
    "DescribeManagedInstanceTraffic": DescribeManagedInstanceTrafficResponse,
    "DescribeManagedInstances": DescribeManagedInstancesResponse,
    "DescribeSubnetAvailableResources": DescribeSubnetAvailableResourcesResponse,
    "DescribeSubnets": DescribeSubnetsResponse,
    "DescribeVpcAvailableRegions": DescribeVpcAvailableRegionsResponse,
    "DescribeVpcs": DescribeVpcsResponse,
    "DescribeZones": DescribeZonesResponse,
    "InquiryPriceCreateEipAddress": InquiryPriceCreateEipAddressResponse,
    "InquiryPriceCreateInstance": InquiryPriceCreateInstanceResponse,
    "InquiryPriceCreateIpv4Block": InquiryPriceCreateIpv4BlockResponse,
    "InquiryPriceInstanceBandwidth": InquiryPriceInstanceBandwidthResponse,
    "InquiryPriceInstanceTrafficPackage": InquiryPriceInstanceTrafficPackageResponse,
    "ModifyCidrBlocksAttribute": ModifyCidrBlocksAttributeResponse,
    "ModifyEipAddressesResourceGroup": ModifyEipAddressesResourceGroupResponse,
    "ModifyInstanceBandwidth": ModifyInstanceBandwidthResponse,
    "ModifyInstanceTrafficPackage": ModifyInstanceTrafficPackageResponse,
    "ModifyInstancesAttribute": ModifyInstancesAttributeResponse,
    "ModifyInstancesResourceGroup": ModifyInstancesResourceGroupResponse,
    "ModifyListenerAttribute": ModifyListenerAttributeResponse,
    "ModifyLoadBalancersName": ModifyLoadBalancersNameResponse,
    "ModifySubnetsAttribute": ModifySubnetsAttributeResponse,
    "ModifyVpcsAttribute": ModifyVpcsAttributeResponse,
    "RebootInstances": RebootInstancesResponse,
    "RegisterBackend": RegisterBackendResponse,
    "ReinstallInstance": ReinstallInstanceResponse,
    "ReleaseCidrBlocks": ReleaseCidrBlocksResponse,
    "ReleaseEipAddresses": ReleaseEipAddressesResponse,
    "ReleaseInstances": ReleaseInstancesResponse,
    "ReleaseLoadBalancer": ReleaseLoadBalancerResponse,
    "RenewCidrBlock": RenewCidrBlockResponse,
    "RenewEipAddress": RenewEipAddressResponse,
    "RenewInstance": RenewInstanceResponse,
    "ResetInstanceIpmiPassword": ResetInstanceIpmiPasswordResponse,
    "RestoreLoadBalancer": RestoreLoadBalancerResponse,
    "StartInstances": StartInstancesResponse,
    "StopInstances": StopInstancesResponse,
    "TerminateCidrBlock": TerminateCidrBlockResponse,
    "TerminateEipAddress": TerminateEipAddressResponse,
    "TerminateInstance": TerminateInstanceResponse,
    "TerminateLoadBalancer": TerminateLoadBalancerResponse,
    "UnAssociateEipAddress": UnAssociateEipAddressResponse,
    "UnAssociateSubnetInstance": UnAssociateSubnetInstanceResponse,
    "UnbindCidrBlockIps": UnbindCidrBlockIpsResponse,
}
