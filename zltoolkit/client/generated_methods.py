# generated — do not edit: produced by `python -m tools.generate_api` from zltoolkit/api/catalogue/data.
"""Client methods for every BMC action, as two mixins rendered from one template.

``SyncActions`` and ``AsyncActions`` differ only in ``async``/``await``. Each method takes an optional
positional request (the action's request model, or a mapping with camelCase or snake_case keys) and
typed keyword-only parameters, validates them into the action's strict request model
(:func:`zltoolkit.client.requests.build_request`, before anything is sent) and hands it to the abstract
hook ``_invoke(action, request, response_type)``: the clients implement it with their one request path
(zltoolkit.client.base: sign, send, retry, parse into the tolerant response model), the Session by
handing the call to its client.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, TypeVar

from zltoolkit.api import enums
from zltoolkit.api.base import RequestModel, ResponseModel
from zltoolkit.api.generated import catalog as catalog_models
from zltoolkit.api.generated import cidr as cidr_models
from zltoolkit.api.generated import ddos as ddos_models
from zltoolkit.api.generated import eip as eip_models
from zltoolkit.api.generated import instances as instances_models
from zltoolkit.api.generated import load_balancers as load_balancers_models
from zltoolkit.api.generated import shared as shared_models
from zltoolkit.api.generated import subnets as subnets_models
from zltoolkit.api.generated import vpcs as vpcs_models

from .requests import build_request

__all__ = ["AsyncActions", "SyncActions"]

R = TypeVar("R", bound=ResponseModel)


class SyncActions(ABC):
    """One synchronous method per BMC action (the catalogue's), each a call of :meth:`_invoke`."""

    @abstractmethod
    def _invoke(self, action: str, request: RequestModel, response_type: type[R]) -> R:
        """Send ``request`` as ``action`` and parse the answer as ``response_type`` (the client's request path)."""

    def allocate_ddos_ip_addresses(
        self,
        request: ddos_models.AllocateDdosIpAddressesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_charge_type: enums.ChargeType | str | None = None,
        ddos_ip_charge_prepaid: shared_models.ChargePrepaidParam | Mapping[str, Any] | None = None,
        zone_id: str | None = None,
        resource_group_id: str | None = None,
        amount: int | None = None,
    ) -> ddos_models.AllocateDdosIpAddressesResponse:
        """AllocateDdosIpAddresses (2022-11-20).

        Documented errors: INVALID_DDOS_IP_TYPE_ZONE_NO_SELL, INVALID_ZONE_NOT_FOUND, MISSING_PARAMETER.
        """
        return self._invoke(
            "AllocateDdosIpAddresses",
            build_request(ddos_models.AllocateDdosIpAddressesRequest, request, {"ddos_ip_charge_type": ddos_ip_charge_type, "ddos_ip_charge_prepaid": ddos_ip_charge_prepaid, "zone_id": zone_id, "resource_group_id": resource_group_id, "amount": amount}),
            ddos_models.AllocateDdosIpAddressesResponse,
        )

    def allocate_eip_addresses(
        self,
        request: eip_models.AllocateEipAddressesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_charge_type: enums.ChargeType | str | None = None,
        eip_charge_prepaid: shared_models.ChargePrepaidParam | Mapping[str, Any] | None = None,
        zone_id: str | None = None,
        resource_group_id: str | None = None,
        amount: int | None = None,
        netmask: int | None = None,
        marketing_options: shared_models.MarketingInfoParam | Mapping[str, Any] | None = None,
        tags: shared_models.TagAssociationParam | Mapping[str, Any] | None = None,
    ) -> eip_models.AllocateEipAddressesResponse:
        """AllocateEipAddresses (2022-11-20, 2026-02-01).

        Documented errors: INVALID_EIP_TYPE_ZONE_NO_SELL, INVALID_ZONE_NOT_FOUND, MISSING_PARAMETER.
        """
        return self._invoke(
            "AllocateEipAddresses",
            build_request(eip_models.AllocateEipAddressesRequest, request, {"eip_charge_type": eip_charge_type, "eip_charge_prepaid": eip_charge_prepaid, "zone_id": zone_id, "resource_group_id": resource_group_id, "amount": amount, "netmask": netmask, "marketing_options": marketing_options, "tags": tags}),
            eip_models.AllocateEipAddressesResponse,
        )

    def associate_ddos_ip_address(
        self,
        request: ddos_models.AssociateDdosIpAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_id: str | None = None,
        instance_id: str | None = None,
    ) -> ddos_models.AssociateDdosIpAddressResponse:
        """AssociateDdosIpAddress (2022-11-20).

        Documented errors: FAILED_OPERATION_FOR_RECYCLE_RESOURCE, INVALID_DDOS_IP_NOT_FOUND,
        INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_DDOS_IP_ESXI_INSTANCE_ASSIGN,
        OPERATION_DENIED_DDOS_IP_STATUS_NOT_AVAILABLE, OPERATION_DENIED_DDOS_IP_ZONE_NOT_SAME,
        OPERATION_DENIED_INSTANCE_NOT_RUNNING, OPERATION_DENIED_INSTANCE_RECYCLED.
        """
        return self._invoke(
            "AssociateDdosIpAddress",
            build_request(ddos_models.AssociateDdosIpAddressRequest, request, {"ddos_ip_id": ddos_ip_id, "instance_id": instance_id}),
            ddos_models.AssociateDdosIpAddressResponse,
        )

    def associate_eip_address(
        self,
        request: eip_models.AssociateEipAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_id: str | None = None,
        instance_id: str | None = None,
    ) -> eip_models.AssociateEipAddressResponse:
        """AssociateEipAddress (2022-11-20, 2026-02-01).

        Documented errors: FAILED_OPERATION_FOR_RECYCLE_RESOURCE, INVALID_EIP_NOT_FOUND,
        INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_EIP_ESXI_INSTANCE_ASSIGN,
        OPERATION_DENIED_EIP_INSTANCE_EXCEED_LIMIT, OPERATION_DENIED_EIP_STATUS_NOT_AVAILABLE,
        OPERATION_DENIED_EIP_ZONE_NOT_SAME, OPERATION_DENIED_INSTANCE_NOT_RUNNING,
        OPERATION_DENIED_INSTANCE_RECYCLED.
        """
        return self._invoke(
            "AssociateEipAddress",
            build_request(eip_models.AssociateEipAddressRequest, request, {"eip_id": eip_id, "instance_id": instance_id}),
            eip_models.AssociateEipAddressResponse,
        )

    def associate_subnet_instances(
        self,
        request: subnets_models.AssociateSubnetInstancesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        subnet_id: str | None = None,
        subnet_instance_list: list[subnets_models.AssociateSubnetInstanceParam | Mapping[str, Any]] | None = None,
    ) -> subnets_models.AssociateSubnetInstancesResponse:
        """AssociateSubnetInstances (2022-11-20, 2026-02-01).

        Documented errors: INVALID_PARAMETER_DUPLICATE_LAN_IP, INVALID_PARAMETER_LAN_IP_NOT_SUPPORT,
        INVALID_SUBNET_NOT_FOUND, OPERATION_DENIED_DIFFERENT_ZONE, OPERATION_DENIED_INSTANCE_NOT_RUNNING,
        OPERATION_DENIED_INSTANCE_NOT_SUPPORT_SUBNET, OPERATION_DENIED_IP_ASSOCIATED_INSTANCE,
        OPERATION_DENIED_SUBNET_EXIST_INSTANCE, OPERATION_DENIED_SUBNET_NOT_REPEAT_INSTANCE,
        OPERATION_DENIED_SUBNET_STATUS_NOT_SUPPORT.
        """
        return self._invoke(
            "AssociateSubnetInstances",
            build_request(subnets_models.AssociateSubnetInstancesRequest, request, {"subnet_id": subnet_id, "subnet_instance_list": subnet_instance_list}),
            subnets_models.AssociateSubnetInstancesResponse,
        )

    def associate_vpc_subnet(
        self,
        request: subnets_models.AssociateVpcSubnetRequest | Mapping[str, Any] | None = None,
        /,
        *,
        subnet_id: str | None = None,
        vpc_id: str | None = None,
    ) -> subnets_models.AssociateVpcSubnetResponse:
        """AssociateVpcSubnet (2022-11-20, 2026-02-01).

        Documented errors: INVALID_PARAMETER_VPC_SUBNET_OVER_LAP, INVALID_SUBNET_NOT_FOUND,
        INVALID_VPC_NOT_FOUND, OPERATION_DENIED_NO_AVAILABLE_VPC_REGION,
        OPERATION_DENIED_SUBNET_ASSOCIATED_OTHER_VPC, OPERATION_DENIED_SUBNET_STATUS_NOT_SUPPORT,
        OPERATION_DENIED_VPC_STATUS_NOT_SUPPORT, OPERATION_DENIED_VPC_ZONE_SUBNET_EXCEED_LIMIT,
        OPERATION_DENIED_ZONE_NOT_BELONG_VPC.
        """
        return self._invoke(
            "AssociateVpcSubnet",
            build_request(subnets_models.AssociateVpcSubnetRequest, request, {"subnet_id": subnet_id, "vpc_id": vpc_id}),
            subnets_models.AssociateVpcSubnetResponse,
        )

    def bind_cidr_block_ips(
        self,
        request: cidr_models.BindCidrBlockIpsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_id: str | None = None,
        ip_bind_list: list[cidr_models.IpBindParam | Mapping[str, Any]] | None = None,
    ) -> cidr_models.BindCidrBlockIpsResponse:
        """BindCidrBlockIps (2022-11-20, 2026-02-01).

        Documented errors: INVALID_CIDRBLOCK_NOT_FOUND, INVALID_INSTANCE_NOT_FOUND,
        OPERATION_DENIED_CIDRBLOCK_IP_COUNT_REACH_LIMIT, OPERATION_DENIED_CIDRBLOCK_RECYCLED,
        OPERATION_DENIED_DIFFERENT_ZONE, OPERATION_DENIED_INSTANCE_NOT_RUNNING.
        """
        return self._invoke(
            "BindCidrBlockIps",
            build_request(cidr_models.BindCidrBlockIpsRequest, request, {"cidr_block_id": cidr_block_id, "ip_bind_list": ip_bind_list}),
            cidr_models.BindCidrBlockIpsResponse,
        )

    def cancel_instance_bandwidth_downgrade(
        self,
        request: instances_models.CancelInstanceBandwidthDowngradeRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
    ) -> instances_models.CancelInstanceBandwidthDowngradeResponse:
        """CancelInstanceBandwidthDowngrade (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_DOWNGRADE_NOT_EXIST,
        OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT.
        """
        return self._invoke(
            "CancelInstanceBandwidthDowngrade",
            build_request(instances_models.CancelInstanceBandwidthDowngradeRequest, request, {"instance_id": instance_id}),
            instances_models.CancelInstanceBandwidthDowngradeResponse,
        )

    def cancel_instance_traffic_package_downgrade(
        self,
        request: instances_models.CancelInstanceTrafficPackageDowngradeRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
    ) -> instances_models.CancelInstanceTrafficPackageDowngradeResponse:
        """CancelInstanceTrafficPackageDowngrade (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_DOWNGRADE_NOT_EXIST,
        OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT.
        """
        return self._invoke(
            "CancelInstanceTrafficPackageDowngrade",
            build_request(instances_models.CancelInstanceTrafficPackageDowngradeRequest, request, {"instance_id": instance_id}),
            instances_models.CancelInstanceTrafficPackageDowngradeResponse,
        )

    def create_byoip(
        self,
        request: cidr_models.CreateByoipRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ip_type: str | None = None,
        cidr: str | None = None,
        asn: int | None = None,
        public_virtual_interface_id: str | None = None,
        tags: shared_models.TagAssociationParam | Mapping[str, Any] | None = None,
    ) -> cidr_models.CreateByoipResponse:
        """CreateByoip (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "CreateByoip",
            build_request(cidr_models.CreateByoipRequest, request, {"ip_type": ip_type, "cidr": cidr, "asn": asn, "public_virtual_interface_id": public_virtual_interface_id, "tags": tags}),
            cidr_models.CreateByoipResponse,
        )

    def create_instances(
        self,
        request: instances_models.CreateInstancesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
        instance_charge_type: enums.ChargeType | str | None = None,
        instance_type_id: str | None = None,
        internet_charge_type: enums.InternetChargeType | str | None = None,
        instance_charge_prepaid: shared_models.ChargePrepaidParam | Mapping[str, Any] | None = None,
        image_id: str | None = None,
        ipxe_url: str | None = None,
        resource_group_id: str | None = None,
        instance_name: str | None = None,
        hostname: str | None = None,
        amount: int | None = None,
        password: str | None = None,
        key_id: str | None = None,
        ssh_keys: list[str] | None = None,
        internet_max_bandwidth_out: int | None = None,
        traffic_package_size: float | None = None,
        subnet_id: str | None = None,
        raid_config: instances_models.RaidConfigParam | Mapping[str, Any] | None = None,
        partitions: list[instances_models.PartitionParam | Mapping[str, Any]] | None = None,
        nic: instances_models.NicParam | Mapping[str, Any] | None = None,
        user_data: str | None = None,
        cluster_id: str | None = None,
        enable_primary_ipv6: bool | None = None,
        marketing_options: shared_models.MarketingInfoParam | Mapping[str, Any] | None = None,
        tags: shared_models.TagAssociationParam | Mapping[str, Any] | None = None,
        enable_gateway_mode: bool | None = None,
    ) -> instances_models.CreateInstancesResponse:
        """CreateInstances (2022-11-20, 2026-02-01).

        Documented errors: INVALID_BANDWIDTH_VALUE_EXCEED_MAXIMUM, INVALID_CHARGE_TYPE_NOT_SUPPORT,
        INVALID_IMAGE_NOT_FOUND, INVALID_INSTANCE_TYPE_NOT_FOUND, INVALID_INSTANCE_TYPE_RAID_NOT_SUPPORT,
        INVALID_PARAMETER_HOSTNAME_EXCEED, INVALID_PARAMETER_HOSTNAME_MALFORMED,
        INVALID_PARAMETER_INSTANCE_LOGIN_CONFLICT, INVALID_PARAMETER_INSTANCE_NAME_EXCEED,
        INVALID_PARAMETER_NIC_NAME_CONFLICT, INVALID_PARAMETER_NIC_NAME_MALFORMED,
        INVALID_PARAMETER_SSH_KEY_DUPLICATE, INVALID_PARAMETER_SSH_KEY_MALFORMED,
        INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED, INVALID_PARAMETER_VALUE_RAID_DISK_DISORDER,
        INVALID_PARAMETER_VALUE_RAID_DISK_MISMATCH, INVALID_PARAMETER_VALUE_RAID_DISK_SEQUENCE_DUPLICATE,
        INVALID_PARAMETER_VALUE_RAID_DISK_SEQUENCE_RANGE, INVALID_PARTITION_DUPLICATE_FILE_PATH,
        INVALID_PARTITION_IMAGE_NOT_SET, INVALID_PARTITION_INVALID_ORDER, INVALID_PARTITION_MALFORMED,
        INVALID_PARTITION_MISSING_REQUIRED_FILE_PATH, INVALID_PARTITION_NO_TYPE,
        INVALID_PARTITION_SIZE_NOT_FULL, INVALID_RAID_CONFIG_FAST_CUSTOM_CONFLICT, INVALID_SUBNET_NOT_FOUND,
        INVALID_SUBNET_PRIVATE_IP_INSUFFICIENT, INVALID_SUBNET_ZONE_MISMATCH, INVALID_ZONE_NOT_FOUND,
        OPERATION_DENIED_CHARGE_TYPE_NOT_SUPPORT, OPERATION_DENIED_INSTANCE_QUOTA_EXCEED,
        OPERATION_FILED_INTERNET_CHARGE_TYPE_NOT_SUPPORT, RESOURCES_SOLDOUT_INSTANCE_TYPE,
        RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT.
        """
        return self._invoke(
            "CreateInstances",
            build_request(instances_models.CreateInstancesRequest, request, {"zone_id": zone_id, "instance_charge_type": instance_charge_type, "instance_type_id": instance_type_id, "internet_charge_type": internet_charge_type, "instance_charge_prepaid": instance_charge_prepaid, "image_id": image_id, "ipxe_url": ipxe_url, "resource_group_id": resource_group_id, "instance_name": instance_name, "hostname": hostname, "amount": amount, "password": password, "key_id": key_id, "ssh_keys": ssh_keys, "internet_max_bandwidth_out": internet_max_bandwidth_out, "traffic_package_size": traffic_package_size, "subnet_id": subnet_id, "raid_config": raid_config, "partitions": partitions, "nic": nic, "user_data": user_data, "cluster_id": cluster_id, "enable_primary_ipv6": enable_primary_ipv6, "marketing_options": marketing_options, "tags": tags, "enable_gateway_mode": enable_gateway_mode}),
            instances_models.CreateInstancesResponse,
        )

    def create_ipv4_block(
        self,
        request: cidr_models.CreateIpv4BlockRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
        name: str | None = None,
        cidr_type: str | None = None,
        charge_type: enums.ChargeType | str | None = None,
        charge_prepaid: shared_models.ChargePrepaidParam | Mapping[str, Any] | None = None,
        netmask: int | None = None,
        amount: int | None = None,
        resource_group_id: str | None = None,
        marketing_options: shared_models.MarketingInfoParam | Mapping[str, Any] | None = None,
        tags: shared_models.TagAssociationParam | Mapping[str, Any] | None = None,
    ) -> cidr_models.CreateIpv4BlockResponse:
        """CreateIpv4Block (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND, OPERATION_DENIED_NETMASK_OUT_OF_STOCK,
        RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT.
        """
        return self._invoke(
            "CreateIpv4Block",
            build_request(cidr_models.CreateIpv4BlockRequest, request, {"zone_id": zone_id, "name": name, "cidr_type": cidr_type, "charge_type": charge_type, "charge_prepaid": charge_prepaid, "netmask": netmask, "amount": amount, "resource_group_id": resource_group_id, "marketing_options": marketing_options, "tags": tags}),
            cidr_models.CreateIpv4BlockResponse,
        )

    def create_ipv6_block(
        self,
        request: cidr_models.CreateIpv6BlockRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
        name: str | None = None,
        amount: int | None = None,
        resource_group_id: str | None = None,
        tags: shared_models.TagAssociationParam | Mapping[str, Any] | None = None,
    ) -> cidr_models.CreateIpv6BlockResponse:
        """CreateIpv6Block (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND, RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT.
        """
        return self._invoke(
            "CreateIpv6Block",
            build_request(cidr_models.CreateIpv6BlockRequest, request, {"zone_id": zone_id, "name": name, "amount": amount, "resource_group_id": resource_group_id, "tags": tags}),
            cidr_models.CreateIpv6BlockResponse,
        )

    def create_listener(
        self,
        request: load_balancers_models.CreateListenerRequest | Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_id: str | None = None,
        listener_name: str | None = None,
        port_list: list[int] | None = None,
        client_token: str | None = None,
        protocol: str | None = None,
        backend_protocol: str | None = None,
        scheduler: str | None = None,
        kind: str | None = None,
        health_check: load_balancers_models.HealthCheckParam | Mapping[str, Any] | None = None,
        notify: load_balancers_models.NotifyParam | Mapping[str, Any] | None = None,
    ) -> load_balancers_models.CreateListenerResponse:
        """CreateListener (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "CreateListener",
            build_request(load_balancers_models.CreateListenerRequest, request, {"load_balancer_id": load_balancer_id, "listener_name": listener_name, "port_list": port_list, "client_token": client_token, "protocol": protocol, "backend_protocol": backend_protocol, "scheduler": scheduler, "kind": kind, "health_check": health_check, "notify": notify}),
            load_balancers_models.CreateListenerResponse,
        )

    def create_load_balancer(
        self,
        request: load_balancers_models.CreateLoadBalancerRequest | Mapping[str, Any] | None = None,
        /,
        *,
        client_token: str | None = None,
        zone_id: str | None = None,
        load_balancer_name: str | None = None,
        spec_name: str | None = None,
        charge_type: str | None = None,
        instance_charge_prepaid: load_balancers_models.InstanceChargePrepaidParam | Mapping[str, Any] | None = None,
        bandwidth: int | None = None,
        ip_type: str | None = None,
        vip_count: int | None = None,
        subnet_id: str | None = None,
        cidr_block_id: str | None = None,
        master_ip: str | None = None,
        backup_ip: str | None = None,
        tags: shared_models.TagAssociationParam | Mapping[str, Any] | None = None,
        marketing_options: shared_models.MarketingInfoParam | Mapping[str, Any] | None = None,
    ) -> load_balancers_models.CreateLoadBalancerResponse:
        """CreateLoadBalancer (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "CreateLoadBalancer",
            build_request(load_balancers_models.CreateLoadBalancerRequest, request, {"client_token": client_token, "zone_id": zone_id, "load_balancer_name": load_balancer_name, "spec_name": spec_name, "charge_type": charge_type, "instance_charge_prepaid": instance_charge_prepaid, "bandwidth": bandwidth, "ip_type": ip_type, "vip_count": vip_count, "subnet_id": subnet_id, "cidr_block_id": cidr_block_id, "master_ip": master_ip, "backup_ip": backup_ip, "tags": tags, "marketing_options": marketing_options}),
            load_balancers_models.CreateLoadBalancerResponse,
        )

    def create_load_balancer_vips(
        self,
        request: load_balancers_models.CreateLoadBalancerVIPsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_id: str | None = None,
        count: int | None = None,
    ) -> load_balancers_models.CreateLoadBalancerVIPsResponse:
        """CreateLoadBalancerVIPs (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "CreateLoadBalancerVIPs",
            build_request(load_balancers_models.CreateLoadBalancerVIPsRequest, request, {"load_balancer_id": load_balancer_id, "count": count}),
            load_balancers_models.CreateLoadBalancerVIPsResponse,
        )

    def create_subnet(
        self,
        request: subnets_models.CreateSubnetRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block: str | None = None,
        zone_id: str | None = None,
        subnet_name: str | None = None,
        resource_group_id: str | None = None,
        vpc_id: str | None = None,
    ) -> subnets_models.CreateSubnetResponse:
        """CreateSubnet (2022-11-20, 2026-02-01).

        Documented errors: INVALID_PARAMETER_SUBNET_CIDR_BLOCK,
        INVALID_PARAMETER_SUBNET_CIDR_NOT_BELONG_VPC, INVALID_PARAMETER_SUBNET_LAN_IP,
        INVALID_PARAMETER_SUBNET_LAN_IP_NETMASK, INVALID_PARAMETER_VPC_SUBNET_OVER_LAP,
        INVALID_VPC_NOT_FOUND, INVALID_ZONE_NOT_FOUND, OPERATION_DENIED_NO_AVAILABLE_VPC_REGION,
        OPERATION_DENIED_SUBNET_EXCEED_LIMIT, OPERATION_DENIED_VPC_STATUS_NOT_SUPPORT,
        OPERATION_DENIED_VPC_ZONE_SUBNET_EXCEED_LIMIT, OPERATION_DENIED_ZONE_NOT_BELONG_VPC,
        OPERATION_DENIED_ZONE_NOT_SUPPORT_SUBNET.
        """
        return self._invoke(
            "CreateSubnet",
            build_request(subnets_models.CreateSubnetRequest, request, {"cidr_block": cidr_block, "zone_id": zone_id, "subnet_name": subnet_name, "resource_group_id": resource_group_id, "vpc_id": vpc_id}),
            subnets_models.CreateSubnetResponse,
        )

    def create_vpc(
        self,
        request: vpcs_models.CreateVpcRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block: str | None = None,
        vpc_region_id: str | None = None,
        resource_group_id: str | None = None,
        vpc_name: str | None = None,
        tags: shared_models.TagAssociationParam | Mapping[str, Any] | None = None,
    ) -> vpcs_models.CreateVpcResponse:
        """CreateVpc (2022-11-20, 2026-02-01).

        Documented errors: INVALID_PARAMETER_VPC_CIDR_BLOCK, INVALID_PARAMETER_VPC_LAN_IP,
        INVALID_PARAMETER_VPC_LAN_IP_NETMASK, INVALID_VPC_REGION_NOT_FOUND,
        OPERATION_DENIED_VPC_REGION_EXCEED_LIMIT.
        """
        return self._invoke(
            "CreateVpc",
            build_request(vpcs_models.CreateVpcRequest, request, {"cidr_block": cidr_block, "vpc_region_id": vpc_region_id, "resource_group_id": resource_group_id, "vpc_name": vpc_name, "tags": tags}),
            vpcs_models.CreateVpcResponse,
        )

    def delete_listener(
        self,
        request: load_balancers_models.DeleteListenerRequest | Mapping[str, Any] | None = None,
        /,
        *,
        listener_id: str | None = None,
    ) -> load_balancers_models.DeleteListenerResponse:
        """DeleteListener (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DeleteListener",
            build_request(load_balancers_models.DeleteListenerRequest, request, {"listener_id": listener_id}),
            load_balancers_models.DeleteListenerResponse,
        )

    def delete_load_balancer_vip(
        self,
        request: load_balancers_models.DeleteLoadBalancerVIPRequest | Mapping[str, Any] | None = None,
        /,
        *,
        vip_id: str | None = None,
    ) -> load_balancers_models.DeleteLoadBalancerVIPResponse:
        """DeleteLoadBalancerVIP (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DeleteLoadBalancerVIP",
            build_request(load_balancers_models.DeleteLoadBalancerVIPRequest, request, {"vip_id": vip_id}),
            load_balancers_models.DeleteLoadBalancerVIPResponse,
        )

    def delete_subnet(
        self,
        request: subnets_models.DeleteSubnetRequest | Mapping[str, Any] | None = None,
        /,
        *,
        subnet_id: str | None = None,
    ) -> subnets_models.DeleteSubnetResponse:
        """DeleteSubnet (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_DENIED_SUBNET_EXIST_INSTANCE,
        OPERATION_DENIED_SUBNET_STATUS_NOT_SUPPORT, OPERATION_FAILED_RESOURCE_NOT_FOUND.
        """
        return self._invoke(
            "DeleteSubnet",
            build_request(subnets_models.DeleteSubnetRequest, request, {"subnet_id": subnet_id}),
            subnets_models.DeleteSubnetResponse,
        )

    def delete_vpc(
        self,
        request: vpcs_models.DeleteVpcRequest | Mapping[str, Any] | None = None,
        /,
        *,
        vpc_id: str | None = None,
    ) -> vpcs_models.DeleteVpcResponse:
        """DeleteVpc (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_DENIED_VPC_EXIST_INSTANCE, OPERATION_DENIED_VPC_EXIST_SUBNET_ASSIGN,
        OPERATION_DENIED_VPC_STATUS_NOT_SUPPORT.
        """
        return self._invoke(
            "DeleteVpc",
            build_request(vpcs_models.DeleteVpcRequest, request, {"vpc_id": vpc_id}),
            vpcs_models.DeleteVpcResponse,
        )

    def deregister_backend(
        self,
        request: load_balancers_models.DeregisterBackendRequest | Mapping[str, Any] | None = None,
        /,
        *,
        backend_id: str | None = None,
    ) -> load_balancers_models.DeregisterBackendResponse:
        """DeregisterBackend (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DeregisterBackend",
            build_request(load_balancers_models.DeregisterBackendRequest, request, {"backend_id": backend_id}),
            load_balancers_models.DeregisterBackendResponse,
        )

    def describe_available_ipv4_resources(
        self,
        request: cidr_models.DescribeAvailableIpv4ResourcesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        charge_type: enums.ChargeType | str | None = None,
        zone_id: str | None = None,
    ) -> cidr_models.DescribeAvailableIpv4ResourcesResponse:
        """DescribeAvailableIpv4Resources (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND.
        """
        return self._invoke(
            "DescribeAvailableIpv4Resources",
            build_request(cidr_models.DescribeAvailableIpv4ResourcesRequest, request, {"charge_type": charge_type, "zone_id": zone_id}),
            cidr_models.DescribeAvailableIpv4ResourcesResponse,
        )

    def describe_available_ipv6_resources(
        self,
        request: cidr_models.DescribeAvailableIpv6ResourcesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
    ) -> cidr_models.DescribeAvailableIpv6ResourcesResponse:
        """DescribeAvailableIpv6Resources (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND.
        """
        return self._invoke(
            "DescribeAvailableIpv6Resources",
            build_request(cidr_models.DescribeAvailableIpv6ResourcesRequest, request, {"zone_id": zone_id}),
            cidr_models.DescribeAvailableIpv6ResourcesResponse,
        )

    def describe_available_resources(
        self,
        request: catalog_models.DescribeAvailableResourcesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_charge_type: enums.ChargeType | str | None = None,
        instance_type_id: str | None = None,
        zone_id: str | None = None,
        sell_status: enums.SellStatus | str | None = None,
    ) -> catalog_models.DescribeAvailableResourcesResponse:
        """DescribeAvailableResources (2022-11-20, 2026-02-01).

        Documented errors: INVALID_CHARGE_TYPE_NOT_SUPPORT, INVALID_ZONE_NOT_FOUND.
        """
        return self._invoke(
            "DescribeAvailableResources",
            build_request(catalog_models.DescribeAvailableResourcesRequest, request, {"instance_charge_type": instance_charge_type, "instance_type_id": instance_type_id, "zone_id": zone_id, "sell_status": sell_status}),
            catalog_models.DescribeAvailableResourcesResponse,
        )

    def describe_backends(
        self,
        request: load_balancers_models.DescribeBackendsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        listener_id: str | None = None,
        backend_ids: list[str] | None = None,
        backend_name: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        instance_type: str | None = None,
    ) -> load_balancers_models.DescribeBackendsResponse:
        """DescribeBackends (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DescribeBackends",
            build_request(load_balancers_models.DescribeBackendsRequest, request, {"listener_id": listener_id, "backend_ids": backend_ids, "backend_name": backend_name, "page_num": page_num, "page_size": page_size, "instance_type": instance_type}),
            load_balancers_models.DescribeBackendsResponse,
        )

    def iter_backends(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        listener_id: str | None = None,
        backend_ids: list[str] | None = None,
        backend_name: str | None = None,
        instance_type: str | None = None,
        page_size: int = 100,
    ) -> Iterator[load_balancers_models.BackendInfo]:
        """Every BackendInfo DescribeBackends lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = self.describe_backends(filters, listener_id=listener_id, backend_ids=backend_ids, backend_name=backend_name, instance_type=instance_type, page_num=page, page_size=page_size)
            items = response.data_set
            yield from items
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    def describe_cidr_block_ips(
        self,
        request: cidr_models.DescribeCidrBlockIpsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_id: str | None = None,
        instance_id: str | None = None,
        ip: str | None = None,
    ) -> cidr_models.DescribeCidrBlockIpsResponse:
        """DescribeCidrBlockIps (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DescribeCidrBlockIps",
            build_request(cidr_models.DescribeCidrBlockIpsRequest, request, {"cidr_block_id": cidr_block_id, "instance_id": instance_id, "ip": ip}),
            cidr_models.DescribeCidrBlockIpsResponse,
        )

    def describe_cidr_blocks(
        self,
        request: cidr_models.DescribeCidrBlocksRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_ids: list[str] | None = None,
        cidr_block: str | None = None,
        cidr_block_name: str | None = None,
        zone_id: str | None = None,
        cidr_block_type: str | None = None,
        gateway: str | None = None,
        charge_type: enums.ChargeType | str | None = None,
        resource_group_id: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
    ) -> cidr_models.DescribeCidrBlocksResponse:
        """DescribeCidrBlocks (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND.
        """
        return self._invoke(
            "DescribeCidrBlocks",
            build_request(cidr_models.DescribeCidrBlocksRequest, request, {"cidr_block_ids": cidr_block_ids, "cidr_block": cidr_block, "cidr_block_name": cidr_block_name, "zone_id": zone_id, "cidr_block_type": cidr_block_type, "gateway": gateway, "charge_type": charge_type, "resource_group_id": resource_group_id, "page_num": page_num, "page_size": page_size, "tag_keys": tag_keys, "tags": tags}),
            cidr_models.DescribeCidrBlocksResponse,
        )

    def iter_cidr_blocks(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_ids: list[str] | None = None,
        cidr_block: str | None = None,
        cidr_block_name: str | None = None,
        zone_id: str | None = None,
        cidr_block_type: str | None = None,
        gateway: str | None = None,
        charge_type: enums.ChargeType | str | None = None,
        resource_group_id: str | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
        page_size: int = 100,
    ) -> Iterator[cidr_models.CidrBlockInfo]:
        """Every CidrBlockInfo DescribeCidrBlocks lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = self.describe_cidr_blocks(filters, cidr_block_ids=cidr_block_ids, cidr_block=cidr_block, cidr_block_name=cidr_block_name, zone_id=zone_id, cidr_block_type=cidr_block_type, gateway=gateway, charge_type=charge_type, resource_group_id=resource_group_id, tag_keys=tag_keys, tags=tags, page_num=page, page_size=page_size)
            items = response.data_set
            yield from items
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    def describe_ddos_available_resources(
        self,
        request: ddos_models.DescribeDdosAvailableResourcesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_charge_type: enums.ChargeType | str | None = None,
        zone_id: str | None = None,
    ) -> ddos_models.DescribeDdosAvailableResourcesResponse:
        """DescribeDdosAvailableResources (2022-11-20).

        Documented errors: INVALID_ZONE_NOT_FOUND.
        """
        return self._invoke(
            "DescribeDdosAvailableResources",
            build_request(ddos_models.DescribeDdosAvailableResourcesRequest, request, {"ddos_ip_charge_type": ddos_ip_charge_type, "zone_id": zone_id}),
            ddos_models.DescribeDdosAvailableResourcesResponse,
        )

    def describe_ddos_ip_addresses(
        self,
        request: ddos_models.DescribeDdosIpAddressesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_ids: list[str] | None = None,
        ddos_ip_charge_type: enums.ChargeType | str | None = None,
        ip_address: str | None = None,
        zone_id: str | None = None,
        resource_group_id: str | None = None,
        ddos_ip_status: str | None = None,
        instance_id: str | None = None,
        instance_name: str | None = None,
        page_size: int | None = None,
        page_num: int | None = None,
    ) -> ddos_models.DescribeDdosIpAddressesResponse:
        """DescribeDdosIpAddresses (2022-11-20)."""
        return self._invoke(
            "DescribeDdosIpAddresses",
            build_request(ddos_models.DescribeDdosIpAddressesRequest, request, {"ddos_ip_ids": ddos_ip_ids, "ddos_ip_charge_type": ddos_ip_charge_type, "ip_address": ip_address, "zone_id": zone_id, "resource_group_id": resource_group_id, "ddos_ip_status": ddos_ip_status, "instance_id": instance_id, "instance_name": instance_name, "page_size": page_size, "page_num": page_num}),
            ddos_models.DescribeDdosIpAddressesResponse,
        )

    def iter_ddos_ip_addresses(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_ids: list[str] | None = None,
        ddos_ip_charge_type: enums.ChargeType | str | None = None,
        ip_address: str | None = None,
        zone_id: str | None = None,
        resource_group_id: str | None = None,
        ddos_ip_status: str | None = None,
        instance_id: str | None = None,
        instance_name: str | None = None,
        page_size: int = 100,
    ) -> Iterator[ddos_models.DdosIpAddress]:
        """Every DdosIpAddress DescribeDdosIpAddresses lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = self.describe_ddos_ip_addresses(filters, ddos_ip_ids=ddos_ip_ids, ddos_ip_charge_type=ddos_ip_charge_type, ip_address=ip_address, zone_id=zone_id, resource_group_id=resource_group_id, ddos_ip_status=ddos_ip_status, instance_id=instance_id, instance_name=instance_name, page_num=page, page_size=page_size)
            items = response.data_set
            yield from items
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    def describe_eip_addresses(
        self,
        request: eip_models.DescribeEipAddressesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_ids: list[str] | None = None,
        eip_charge_type: enums.ChargeType | str | None = None,
        ip_address: str | None = None,
        zone_id: str | None = None,
        resource_group_id: str | None = None,
        eip_status: str | None = None,
        instance_id: str | None = None,
        instance_name: str | None = None,
        page_size: int | None = None,
        page_num: int | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
    ) -> eip_models.DescribeEipAddressesResponse:
        """DescribeEipAddresses (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DescribeEipAddresses",
            build_request(eip_models.DescribeEipAddressesRequest, request, {"eip_ids": eip_ids, "eip_charge_type": eip_charge_type, "ip_address": ip_address, "zone_id": zone_id, "resource_group_id": resource_group_id, "eip_status": eip_status, "instance_id": instance_id, "instance_name": instance_name, "page_size": page_size, "page_num": page_num, "tag_keys": tag_keys, "tags": tags}),
            eip_models.DescribeEipAddressesResponse,
        )

    def iter_eip_addresses(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        eip_ids: list[str] | None = None,
        eip_charge_type: enums.ChargeType | str | None = None,
        ip_address: str | None = None,
        zone_id: str | None = None,
        resource_group_id: str | None = None,
        eip_status: str | None = None,
        instance_id: str | None = None,
        instance_name: str | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
        page_size: int = 100,
    ) -> Iterator[eip_models.EipAddress]:
        """Every EipAddress DescribeEipAddresses lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = self.describe_eip_addresses(filters, eip_ids=eip_ids, eip_charge_type=eip_charge_type, ip_address=ip_address, zone_id=zone_id, resource_group_id=resource_group_id, eip_status=eip_status, instance_id=instance_id, instance_name=instance_name, tag_keys=tag_keys, tags=tags, page_num=page, page_size=page_size)
            items = response.data_set
            yield from items
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    def describe_eip_available_resources(
        self,
        request: eip_models.DescribeEipAvailableResourcesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_charge_type: enums.ChargeType | str | None = None,
        zone_id: str | None = None,
    ) -> eip_models.DescribeEipAvailableResourcesResponse:
        """DescribeEipAvailableResources (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND.
        """
        return self._invoke(
            "DescribeEipAvailableResources",
            build_request(eip_models.DescribeEipAvailableResourcesRequest, request, {"eip_charge_type": eip_charge_type, "zone_id": zone_id}),
            eip_models.DescribeEipAvailableResourcesResponse,
        )

    def describe_images(
        self,
        request: catalog_models.DescribeImagesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        image_ids: list[str] | None = None,
        image_name: str | None = None,
        catalog: enums.ImageCatalog | str | None = None,
        image_type: enums.ImageType | str | None = None,
        os_type: enums.OsType | str | None = None,
        instance_type_id: str | None = None,
    ) -> catalog_models.DescribeImagesResponse:
        """DescribeImages (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_TYPE_NOT_FOUND.
        """
        return self._invoke(
            "DescribeImages",
            build_request(catalog_models.DescribeImagesRequest, request, {"image_ids": image_ids, "image_name": image_name, "catalog": catalog, "image_type": image_type, "os_type": os_type, "instance_type_id": instance_type_id}),
            catalog_models.DescribeImagesResponse,
        )

    def describe_instance_available_cidr_block(
        self,
        request: cidr_models.DescribeInstanceAvailableCidrBlockRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        cidr_block_type: str | None = None,
    ) -> cidr_models.DescribeInstanceAvailableCidrBlockResponse:
        """DescribeInstanceAvailableCidrBlock (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DescribeInstanceAvailableCidrBlock",
            build_request(cidr_models.DescribeInstanceAvailableCidrBlockRequest, request, {"instance_id": instance_id, "cidr_block_type": cidr_block_type}),
            cidr_models.DescribeInstanceAvailableCidrBlockResponse,
        )

    def describe_instance_available_ddos_resources(
        self,
        request: ddos_models.DescribeInstanceAvailableDdosResourcesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
    ) -> ddos_models.DescribeInstanceAvailableDdosResourcesResponse:
        """DescribeInstanceAvailableDdosResources (2022-11-20).

        Documented errors: INVALID_ESXI_NOT_SUPPORT.
        """
        return self._invoke(
            "DescribeInstanceAvailableDdosResources",
            build_request(ddos_models.DescribeInstanceAvailableDdosResourcesRequest, request, {"instance_id": instance_id}),
            ddos_models.DescribeInstanceAvailableDdosResourcesResponse,
        )

    def describe_instance_available_eip_resources(
        self,
        request: eip_models.DescribeInstanceAvailableEipResourcesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        ip_type: str | None = None,
    ) -> eip_models.DescribeInstanceAvailableEipResourcesResponse:
        """DescribeInstanceAvailableEipResources (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ESXI_NOT_SUPPORT.
        """
        return self._invoke(
            "DescribeInstanceAvailableEipResources",
            build_request(eip_models.DescribeInstanceAvailableEipResourcesRequest, request, {"instance_id": instance_id, "ip_type": ip_type}),
            eip_models.DescribeInstanceAvailableEipResourcesResponse,
        )

    def describe_instance_internet_status(
        self,
        request: instances_models.DescribeInstanceInternetStatusRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
    ) -> instances_models.DescribeInstanceInternetStatusResponse:
        """DescribeInstanceInternetStatus (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND.
        """
        return self._invoke(
            "DescribeInstanceInternetStatus",
            build_request(instances_models.DescribeInstanceInternetStatusRequest, request, {"instance_id": instance_id}),
            instances_models.DescribeInstanceInternetStatusResponse,
        )

    def describe_instance_ipmi_url(
        self,
        request: instances_models.DescribeInstanceIpmiUrlRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
    ) -> instances_models.DescribeInstanceIpmiUrlResponse:
        """DescribeInstanceIpmiUrl (2026-02-01)."""
        return self._invoke(
            "DescribeInstanceIpmiUrl",
            build_request(instances_models.DescribeInstanceIpmiUrlRequest, request, {"instance_id": instance_id}),
            instances_models.DescribeInstanceIpmiUrlResponse,
        )

    def describe_instance_traffic(
        self,
        request: instances_models.DescribeInstanceTrafficRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
    ) -> instances_models.DescribeInstanceTrafficResponse:
        """DescribeInstanceTraffic (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DescribeInstanceTraffic",
            build_request(instances_models.DescribeInstanceTrafficRequest, request, {"instance_id": instance_id, "start_time": start_time, "end_time": end_time}),
            instances_models.DescribeInstanceTrafficResponse,
        )

    def describe_instance_types(
        self,
        request: catalog_models.DescribeInstanceTypesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        image_id: str | None = None,
        instance_type_ids: list[str] | None = None,
        minimum_cpu_core_count: int | None = None,
        maximum_cpu_core_count: int | None = None,
        minimum_memory_size: int | None = None,
        maximum_memory_size: int | None = None,
        minimum_bandwidth: int | None = None,
        support_raids: list[int] | None = None,
        support_subnet: bool | None = None,
        minimum_disk_size: int | None = None,
        maximum_disk_size: int | None = None,
        is_ha: bool | None = None,
    ) -> catalog_models.DescribeInstanceTypesResponse:
        """DescribeInstanceTypes (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DescribeInstanceTypes",
            build_request(catalog_models.DescribeInstanceTypesRequest, request, {"image_id": image_id, "instance_type_ids": instance_type_ids, "minimum_cpu_core_count": minimum_cpu_core_count, "maximum_cpu_core_count": maximum_cpu_core_count, "minimum_memory_size": minimum_memory_size, "maximum_memory_size": maximum_memory_size, "minimum_bandwidth": minimum_bandwidth, "support_raids": support_raids, "support_subnet": support_subnet, "minimum_disk_size": minimum_disk_size, "maximum_disk_size": maximum_disk_size, "is_ha": is_ha}),
            catalog_models.DescribeInstanceTypesResponse,
        )

    def describe_instances(
        self,
        request: instances_models.DescribeInstancesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
        zone_id: str | None = None,
        resource_group_id: str | None = None,
        instance_type_id: str | None = None,
        internet_charge_type: enums.InternetChargeType | str | None = None,
        image_id: str | None = None,
        subnet_id: str | None = None,
        instance_status: enums.InstanceStatus | str | None = None,
        instance_name: str | None = None,
        hostname: str | None = None,
        public_ip_addresses: list[str] | None = None,
        private_ip_addresses: list[str] | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
    ) -> instances_models.DescribeInstancesResponse:
        """DescribeInstances (2022-11-20, 2026-02-01).

        Documented errors: INVALID_IMAGE_NOT_FOUND, INVALID_INSTANCE_TYPE_NOT_FOUND, INVALID_ZONE_NOT_FOUND.
        """
        return self._invoke(
            "DescribeInstances",
            build_request(instances_models.DescribeInstancesRequest, request, {"instance_ids": instance_ids, "zone_id": zone_id, "resource_group_id": resource_group_id, "instance_type_id": instance_type_id, "internet_charge_type": internet_charge_type, "image_id": image_id, "subnet_id": subnet_id, "instance_status": instance_status, "instance_name": instance_name, "hostname": hostname, "public_ip_addresses": public_ip_addresses, "private_ip_addresses": private_ip_addresses, "page_num": page_num, "page_size": page_size, "tag_keys": tag_keys, "tags": tags}),
            instances_models.DescribeInstancesResponse,
        )

    def iter_instances(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
        zone_id: str | None = None,
        resource_group_id: str | None = None,
        instance_type_id: str | None = None,
        internet_charge_type: enums.InternetChargeType | str | None = None,
        image_id: str | None = None,
        subnet_id: str | None = None,
        instance_status: enums.InstanceStatus | str | None = None,
        instance_name: str | None = None,
        hostname: str | None = None,
        public_ip_addresses: list[str] | None = None,
        private_ip_addresses: list[str] | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
        page_size: int = 100,
    ) -> Iterator[instances_models.InstanceInfo]:
        """Every InstanceInfo DescribeInstances lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = self.describe_instances(filters, instance_ids=instance_ids, zone_id=zone_id, resource_group_id=resource_group_id, instance_type_id=instance_type_id, internet_charge_type=internet_charge_type, image_id=image_id, subnet_id=subnet_id, instance_status=instance_status, instance_name=instance_name, hostname=hostname, public_ip_addresses=public_ip_addresses, private_ip_addresses=private_ip_addresses, tag_keys=tag_keys, tags=tags, page_num=page, page_size=page_size)
            items = response.data_set
            yield from items
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    def describe_instances_monitor_health(
        self,
        request: instances_models.DescribeInstancesMonitorHealthRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
    ) -> instances_models.DescribeInstancesMonitorHealthResponse:
        """DescribeInstancesMonitorHealth (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DescribeInstancesMonitorHealth",
            build_request(instances_models.DescribeInstancesMonitorHealthRequest, request, {"instance_ids": instance_ids}),
            instances_models.DescribeInstancesMonitorHealthResponse,
        )

    def describe_listeners(
        self,
        request: load_balancers_models.DescribeListenersRequest | Mapping[str, Any] | None = None,
        /,
        *,
        listener_ids: list[str] | None = None,
        load_balancer_ids: list[str] | None = None,
        listener_name: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
    ) -> load_balancers_models.DescribeListenersResponse:
        """DescribeListeners (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DescribeListeners",
            build_request(load_balancers_models.DescribeListenersRequest, request, {"listener_ids": listener_ids, "load_balancer_ids": load_balancer_ids, "listener_name": listener_name, "page_num": page_num, "page_size": page_size}),
            load_balancers_models.DescribeListenersResponse,
        )

    def iter_listeners(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        listener_ids: list[str] | None = None,
        load_balancer_ids: list[str] | None = None,
        listener_name: str | None = None,
        page_size: int = 100,
    ) -> Iterator[load_balancers_models.ListenerInfo]:
        """Every ListenerInfo DescribeListeners lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = self.describe_listeners(filters, listener_ids=listener_ids, load_balancer_ids=load_balancer_ids, listener_name=listener_name, page_num=page, page_size=page_size)
            items = response.data_set
            yield from items
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    def describe_load_balancer_specs(
        self,
        request: load_balancers_models.DescribeLoadBalancerSpecsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        charge_type: str | None = None,
        zone_id: str | None = None,
    ) -> load_balancers_models.DescribeLoadBalancerSpecsResponse:
        """DescribeLoadBalancerSpecs (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DescribeLoadBalancerSpecs",
            build_request(load_balancers_models.DescribeLoadBalancerSpecsRequest, request, {"charge_type": charge_type, "zone_id": zone_id}),
            load_balancers_models.DescribeLoadBalancerSpecsResponse,
        )

    def describe_load_balancer_zones(
        self,
        request: load_balancers_models.DescribeLoadBalancerZonesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        charge_type: str | None = None,
    ) -> load_balancers_models.DescribeLoadBalancerZonesResponse:
        """DescribeLoadBalancerZones (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DescribeLoadBalancerZones",
            build_request(load_balancers_models.DescribeLoadBalancerZonesRequest, request, {"charge_type": charge_type}),
            load_balancers_models.DescribeLoadBalancerZonesResponse,
        )

    def describe_load_balancers(
        self,
        request: load_balancers_models.DescribeLoadBalancersRequest | Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_ids: list[str] | None = None,
        zone_id: str | None = None,
        load_balancer_name: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
        resource_group_id: str | None = None,
    ) -> load_balancers_models.DescribeLoadBalancersResponse:
        """DescribeLoadBalancers (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DescribeLoadBalancers",
            build_request(load_balancers_models.DescribeLoadBalancersRequest, request, {"load_balancer_ids": load_balancer_ids, "zone_id": zone_id, "load_balancer_name": load_balancer_name, "page_num": page_num, "page_size": page_size, "tag_keys": tag_keys, "tags": tags, "resource_group_id": resource_group_id}),
            load_balancers_models.DescribeLoadBalancersResponse,
        )

    def iter_load_balancers(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_ids: list[str] | None = None,
        zone_id: str | None = None,
        load_balancer_name: str | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
        resource_group_id: str | None = None,
        page_size: int = 100,
    ) -> Iterator[load_balancers_models.LoadBalancerInfo]:
        """Every LoadBalancerInfo DescribeLoadBalancers lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = self.describe_load_balancers(filters, load_balancer_ids=load_balancer_ids, zone_id=zone_id, load_balancer_name=load_balancer_name, tag_keys=tag_keys, tags=tags, resource_group_id=resource_group_id, page_num=page, page_size=page_size)
            items = response.data_set
            yield from items
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    def describe_managed_instance_traffic(
        self,
        request: instances_models.DescribeManagedInstanceTrafficRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
    ) -> instances_models.DescribeManagedInstanceTrafficResponse:
        """DescribeManagedInstanceTraffic (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DescribeManagedInstanceTraffic",
            build_request(instances_models.DescribeManagedInstanceTrafficRequest, request, {"instance_id": instance_id, "start_time": start_time, "end_time": end_time}),
            instances_models.DescribeManagedInstanceTrafficResponse,
        )

    def describe_managed_instances(
        self,
        request: instances_models.DescribeManagedInstancesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
        instance_name: str | None = None,
        ip: str | None = None,
        lan_ip: str | None = None,
        fac_name: str | None = None,
        city_code: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        resource_group_id: str | None = None,
    ) -> instances_models.DescribeManagedInstancesResponse:
        """DescribeManagedInstances (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DescribeManagedInstances",
            build_request(instances_models.DescribeManagedInstancesRequest, request, {"instance_ids": instance_ids, "instance_name": instance_name, "ip": ip, "lan_ip": lan_ip, "fac_name": fac_name, "city_code": city_code, "page_num": page_num, "page_size": page_size, "resource_group_id": resource_group_id}),
            instances_models.DescribeManagedInstancesResponse,
        )

    def iter_managed_instances(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
        instance_name: str | None = None,
        ip: str | None = None,
        lan_ip: str | None = None,
        fac_name: str | None = None,
        city_code: str | None = None,
        resource_group_id: str | None = None,
        page_size: int = 100,
    ) -> Iterator[instances_models.ManagedInstanceInfo]:
        """Every ManagedInstanceInfo DescribeManagedInstances lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = self.describe_managed_instances(filters, instance_ids=instance_ids, instance_name=instance_name, ip=ip, lan_ip=lan_ip, fac_name=fac_name, city_code=city_code, resource_group_id=resource_group_id, page_num=page, page_size=page_size)
            items = response.data_set
            yield from items
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    def describe_subnet_available_resources(
        self,
        request: subnets_models.DescribeSubnetAvailableResourcesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
    ) -> subnets_models.DescribeSubnetAvailableResourcesResponse:
        """DescribeSubnetAvailableResources (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND.
        """
        return self._invoke(
            "DescribeSubnetAvailableResources",
            build_request(subnets_models.DescribeSubnetAvailableResourcesRequest, request, {"zone_id": zone_id}),
            subnets_models.DescribeSubnetAvailableResourcesResponse,
        )

    def describe_subnets(
        self,
        request: subnets_models.DescribeSubnetsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        subnet_ids: list[str] | None = None,
        cidr_block: str | None = None,
        zone_id: str | None = None,
        subnet_name: str | None = None,
        vpc_id: str | None = None,
        resource_group_id: str | None = None,
        subnet_status: str | None = None,
        page_size: int | None = None,
        page_num: int | None = None,
    ) -> subnets_models.DescribeSubnetsResponse:
        """DescribeSubnets (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DescribeSubnets",
            build_request(subnets_models.DescribeSubnetsRequest, request, {"subnet_ids": subnet_ids, "cidr_block": cidr_block, "zone_id": zone_id, "subnet_name": subnet_name, "vpc_id": vpc_id, "resource_group_id": resource_group_id, "subnet_status": subnet_status, "page_size": page_size, "page_num": page_num}),
            subnets_models.DescribeSubnetsResponse,
        )

    def iter_subnets(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        subnet_ids: list[str] | None = None,
        cidr_block: str | None = None,
        zone_id: str | None = None,
        subnet_name: str | None = None,
        vpc_id: str | None = None,
        resource_group_id: str | None = None,
        subnet_status: str | None = None,
        page_size: int = 100,
    ) -> Iterator[subnets_models.SubnetInfo]:
        """Every SubnetInfo DescribeSubnets lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = self.describe_subnets(filters, subnet_ids=subnet_ids, cidr_block=cidr_block, zone_id=zone_id, subnet_name=subnet_name, vpc_id=vpc_id, resource_group_id=resource_group_id, subnet_status=subnet_status, page_num=page, page_size=page_size)
            items = response.data_set
            yield from items
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    def describe_vpc_available_regions(
        self,
        request: vpcs_models.DescribeVpcAvailableRegionsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
        vpc_region_id: str | None = None,
    ) -> vpcs_models.DescribeVpcAvailableRegionsResponse:
        """DescribeVpcAvailableRegions (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND.
        """
        return self._invoke(
            "DescribeVpcAvailableRegions",
            build_request(vpcs_models.DescribeVpcAvailableRegionsRequest, request, {"zone_id": zone_id, "vpc_region_id": vpc_region_id}),
            vpcs_models.DescribeVpcAvailableRegionsResponse,
        )

    def describe_vpcs(
        self,
        request: vpcs_models.DescribeVpcsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        vpc_ids: list[str] | None = None,
        cidr_block: str | None = None,
        vpc_status: str | None = None,
        vpc_name: str | None = None,
        vpc_region_id: str | None = None,
        resource_group_id: str | None = None,
        page_size: int | None = None,
        page_num: int | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
    ) -> vpcs_models.DescribeVpcsResponse:
        """DescribeVpcs (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DescribeVpcs",
            build_request(vpcs_models.DescribeVpcsRequest, request, {"vpc_ids": vpc_ids, "cidr_block": cidr_block, "vpc_status": vpc_status, "vpc_name": vpc_name, "vpc_region_id": vpc_region_id, "resource_group_id": resource_group_id, "page_size": page_size, "page_num": page_num, "tag_keys": tag_keys, "tags": tags}),
            vpcs_models.DescribeVpcsResponse,
        )

    def iter_vpcs(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        vpc_ids: list[str] | None = None,
        cidr_block: str | None = None,
        vpc_status: str | None = None,
        vpc_name: str | None = None,
        vpc_region_id: str | None = None,
        resource_group_id: str | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
        page_size: int = 100,
    ) -> Iterator[vpcs_models.VpcInfo]:
        """Every VpcInfo DescribeVpcs lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = self.describe_vpcs(filters, vpc_ids=vpc_ids, cidr_block=cidr_block, vpc_status=vpc_status, vpc_name=vpc_name, vpc_region_id=vpc_region_id, resource_group_id=resource_group_id, tag_keys=tag_keys, tags=tags, page_num=page, page_size=page_size)
            items = response.data_set
            yield from items
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    def describe_zones(
        self,
        request: catalog_models.DescribeZonesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        accept_language: enums.AcceptLanguage | str | None = None,
        is_cloud_router_available: bool | None = None,
    ) -> catalog_models.DescribeZonesResponse:
        """DescribeZones (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "DescribeZones",
            build_request(catalog_models.DescribeZonesRequest, request, {"accept_language": accept_language, "is_cloud_router_available": is_cloud_router_available}),
            catalog_models.DescribeZonesResponse,
        )

    def inquiry_price_create_ddos_ip_address(
        self,
        request: ddos_models.InquiryPriceCreateDdosIpAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
        ddos_ip_charge_type: enums.ChargeType | str | None = None,
        ddos_ip_charge_prepaid: shared_models.ChargePrepaidParam | Mapping[str, Any] | None = None,
        amount: int | None = None,
    ) -> ddos_models.InquiryPriceCreateDdosIpAddressResponse:
        """InquiryPriceCreateDdosIpAddress (2022-11-20).

        Documented errors: INVALID_DDOS_IP_TYPE_ZONE_NO_SELL, INVALID_ZONE_NOT_FOUND, MISSING_PARAMETER.
        """
        return self._invoke(
            "InquiryPriceCreateDdosIpAddress",
            build_request(ddos_models.InquiryPriceCreateDdosIpAddressRequest, request, {"zone_id": zone_id, "ddos_ip_charge_type": ddos_ip_charge_type, "ddos_ip_charge_prepaid": ddos_ip_charge_prepaid, "amount": amount}),
            ddos_models.InquiryPriceCreateDdosIpAddressResponse,
        )

    def inquiry_price_create_eip_address(
        self,
        request: eip_models.InquiryPriceCreateEipAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
        eip_charge_type: enums.ChargeType | str | None = None,
        eip_charge_prepaid: shared_models.ChargePrepaidParam | Mapping[str, Any] | None = None,
        amount: int | None = None,
        netmask: int | None = None,
    ) -> eip_models.InquiryPriceCreateEipAddressResponse:
        """InquiryPriceCreateEipAddress (2022-11-20, 2026-02-01).

        Documented errors: INVALID_EIP_TYPE_ZONE_NO_SELL, INVALID_ZONE_NOT_FOUND, MISSING_PARAMETER.
        """
        return self._invoke(
            "InquiryPriceCreateEipAddress",
            build_request(eip_models.InquiryPriceCreateEipAddressRequest, request, {"zone_id": zone_id, "eip_charge_type": eip_charge_type, "eip_charge_prepaid": eip_charge_prepaid, "amount": amount, "netmask": netmask}),
            eip_models.InquiryPriceCreateEipAddressResponse,
        )

    def inquiry_price_create_instance(
        self,
        request: catalog_models.InquiryPriceCreateInstanceRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
        instance_type_id: str | None = None,
        instance_charge_type: enums.ChargeType | str | None = None,
        internet_charge_type: enums.InternetChargeType | str | None = None,
        instance_charge_prepaid: shared_models.ChargePrepaidParam | Mapping[str, Any] | None = None,
        traffic_package_size: float | None = None,
        internet_max_bandwidth_out: int | None = None,
    ) -> catalog_models.InquiryPriceCreateInstanceResponse:
        """InquiryPriceCreateInstance (2022-11-20, 2026-02-01).

        Documented errors: INVALID_CHARGE_TYPE_NOT_SUPPORT, INVALID_INSTANCE_BANDWIDTH_ZONE_NO_SELL,
        INVALID_INSTANCE_TYPE_NOT_FOUND, INVALID_INSTANCE_TYPE_ZONE_NO_SELL, INVALID_ZONE_NOT_FOUND.
        """
        return self._invoke(
            "InquiryPriceCreateInstance",
            build_request(catalog_models.InquiryPriceCreateInstanceRequest, request, {"zone_id": zone_id, "instance_type_id": instance_type_id, "instance_charge_type": instance_charge_type, "internet_charge_type": internet_charge_type, "instance_charge_prepaid": instance_charge_prepaid, "traffic_package_size": traffic_package_size, "internet_max_bandwidth_out": internet_max_bandwidth_out}),
            catalog_models.InquiryPriceCreateInstanceResponse,
        )

    def inquiry_price_create_ipv4_block(
        self,
        request: cidr_models.InquiryPriceCreateIpv4BlockRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
        charge_type: enums.ChargeType | str | None = None,
        cidr_type: str | None = None,
        charge_prepaid: shared_models.ChargePrepaidParam | Mapping[str, Any] | None = None,
        netmask: int | None = None,
        amount: int | None = None,
    ) -> cidr_models.InquiryPriceCreateIpv4BlockResponse:
        """InquiryPriceCreateIpv4Block (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND, OPERATION_DENIED_UNAVAILABLE_NETMASK.
        """
        return self._invoke(
            "InquiryPriceCreateIpv4Block",
            build_request(cidr_models.InquiryPriceCreateIpv4BlockRequest, request, {"zone_id": zone_id, "charge_type": charge_type, "cidr_type": cidr_type, "charge_prepaid": charge_prepaid, "netmask": netmask, "amount": amount}),
            cidr_models.InquiryPriceCreateIpv4BlockResponse,
        )

    def inquiry_price_instance_bandwidth(
        self,
        request: instances_models.InquiryPriceInstanceBandwidthRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        bandwidth_out_mbps: int | None = None,
    ) -> instances_models.InquiryPriceInstanceBandwidthResponse:
        """InquiryPriceInstanceBandwidth (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, INVALID_INSTANCE_TYPE_ZONE_NO_SELL,
        OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT.
        """
        return self._invoke(
            "InquiryPriceInstanceBandwidth",
            build_request(instances_models.InquiryPriceInstanceBandwidthRequest, request, {"instance_id": instance_id, "bandwidth_out_mbps": bandwidth_out_mbps}),
            instances_models.InquiryPriceInstanceBandwidthResponse,
        )

    def inquiry_price_instance_traffic_package(
        self,
        request: instances_models.InquiryPriceInstanceTrafficPackageRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        traffic_package_size: float | None = None,
    ) -> instances_models.InquiryPriceInstanceTrafficPackageResponse:
        """InquiryPriceInstanceTrafficPackage (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, INVALID_INSTANCE_TYPE_ZONE_NO_SELL,
        INVALID_PARAMETER_TRAFFIC_PACKAGE_ERROR, INVALID_PARAMETER_TRAFFIC_PACKAGE_EXCEED,
        OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT.
        """
        return self._invoke(
            "InquiryPriceInstanceTrafficPackage",
            build_request(instances_models.InquiryPriceInstanceTrafficPackageRequest, request, {"instance_id": instance_id, "traffic_package_size": traffic_package_size}),
            instances_models.InquiryPriceInstanceTrafficPackageResponse,
        )

    def modify_backend_weight(
        self,
        request: load_balancers_models.ModifyBackendWeightRequest | Mapping[str, Any] | None = None,
        /,
        *,
        backend_id: str | None = None,
        weight: int | None = None,
    ) -> load_balancers_models.ModifyBackendWeightResponse:
        """ModifyBackendWeight (2022-11-20)."""
        return self._invoke(
            "ModifyBackendWeight",
            build_request(load_balancers_models.ModifyBackendWeightRequest, request, {"backend_id": backend_id, "weight": weight}),
            load_balancers_models.ModifyBackendWeightResponse,
        )

    def modify_cidr_blocks_attribute(
        self,
        request: cidr_models.ModifyCidrBlocksAttributeRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_ids: list[str] | None = None,
        name: str | None = None,
    ) -> cidr_models.ModifyCidrBlocksAttributeResponse:
        """ModifyCidrBlocksAttribute (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "ModifyCidrBlocksAttribute",
            build_request(cidr_models.ModifyCidrBlocksAttributeRequest, request, {"cidr_block_ids": cidr_block_ids, "name": name}),
            cidr_models.ModifyCidrBlocksAttributeResponse,
        )

    def modify_ddos_ip_addresses_resource_group(
        self,
        request: ddos_models.ModifyDdosIpAddressesResourceGroupRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_ids: list[str] | None = None,
        resource_group_id: str | None = None,
    ) -> ddos_models.ModifyDdosIpAddressesResourceGroupResponse:
        """ModifyDdosIpAddressesResourceGroup (2022-11-20).

        Documented errors: OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND, OPERATION_FAILED_RESOURCE_NOT_FOUND.
        """
        return self._invoke(
            "ModifyDdosIpAddressesResourceGroup",
            build_request(ddos_models.ModifyDdosIpAddressesResourceGroupRequest, request, {"ddos_ip_ids": ddos_ip_ids, "resource_group_id": resource_group_id}),
            ddos_models.ModifyDdosIpAddressesResourceGroupResponse,
        )

    def modify_eip_addresses_resource_group(
        self,
        request: eip_models.ModifyEipAddressesResourceGroupRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_ids: list[str] | None = None,
        resource_group_id: str | None = None,
    ) -> eip_models.ModifyEipAddressesResourceGroupResponse:
        """ModifyEipAddressesResourceGroup (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND, OPERATION_FAILED_RESOURCE_NOT_FOUND.
        """
        return self._invoke(
            "ModifyEipAddressesResourceGroup",
            build_request(eip_models.ModifyEipAddressesResourceGroupRequest, request, {"eip_ids": eip_ids, "resource_group_id": resource_group_id}),
            eip_models.ModifyEipAddressesResourceGroupResponse,
        )

    def modify_instance_bandwidth(
        self,
        request: instances_models.ModifyInstanceBandwidthRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        bandwidth_out_mbps: int | None = None,
    ) -> instances_models.ModifyInstanceBandwidthResponse:
        """ModifyInstanceBandwidth (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, INVALID_PARAMETER_BANDWIDTH_EXCEED,
        OPERATION_DENIED_INSTANCE_NOT_RUNNING, OPERATION_FAILED_INSTANCE_BANDWIDTH_PROCESSING.
        """
        return self._invoke(
            "ModifyInstanceBandwidth",
            build_request(instances_models.ModifyInstanceBandwidthRequest, request, {"instance_id": instance_id, "bandwidth_out_mbps": bandwidth_out_mbps}),
            instances_models.ModifyInstanceBandwidthResponse,
        )

    def modify_instance_traffic_package(
        self,
        request: instances_models.ModifyInstanceTrafficPackageRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        traffic_package_size: float | None = None,
    ) -> instances_models.ModifyInstanceTrafficPackageResponse:
        """ModifyInstanceTrafficPackage (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, INVALID_PARAMETER_TRAFFIC_PACKAGE_ERROR,
        INVALID_PARAMETER_TRAFFIC_PACKAGE_EXCEED, INVALID_PARAMETER_TRAFFIC_PACKAGE_LESS,
        OPERATION_DENIED_INSTANCE_TRAFFIC_PACKAGE_PROCESSING,
        OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT,
        OPERATION_FAILED_INSTANCE_EXIST_PLAN_TRAFFIC_PACKAGE,
        OPERATION_FILED_INSTANCE_NOT_EXIST_TRAFFIC_PACKAGE.
        """
        return self._invoke(
            "ModifyInstanceTrafficPackage",
            build_request(instances_models.ModifyInstanceTrafficPackageRequest, request, {"instance_id": instance_id, "traffic_package_size": traffic_package_size}),
            instances_models.ModifyInstanceTrafficPackageResponse,
        )

    def modify_instances_attribute(
        self,
        request: instances_models.ModifyInstancesAttributeRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
        instance_name: str | None = None,
    ) -> instances_models.ModifyInstancesAttributeResponse:
        """ModifyInstancesAttribute (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND.
        """
        return self._invoke(
            "ModifyInstancesAttribute",
            build_request(instances_models.ModifyInstancesAttributeRequest, request, {"instance_ids": instance_ids, "instance_name": instance_name}),
            instances_models.ModifyInstancesAttributeResponse,
        )

    def modify_instances_resource_group(
        self,
        request: instances_models.ModifyInstancesResourceGroupRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
        resource_group_id: str | None = None,
    ) -> instances_models.ModifyInstancesResourceGroupResponse:
        """ModifyInstancesResourceGroup (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND, OPERATION_FAILED_RESOURCE_NOT_FOUND.
        """
        return self._invoke(
            "ModifyInstancesResourceGroup",
            build_request(instances_models.ModifyInstancesResourceGroupRequest, request, {"instance_ids": instance_ids, "resource_group_id": resource_group_id}),
            instances_models.ModifyInstancesResourceGroupResponse,
        )

    def modify_listener_attribute(
        self,
        request: load_balancers_models.ModifyListenerAttributeRequest | Mapping[str, Any] | None = None,
        /,
        *,
        listener_id: str | None = None,
        listener_name: str | None = None,
        protocol: str | None = None,
        backend_protocol: str | None = None,
        scheduler: str | None = None,
        kind: str | None = None,
        health_check: load_balancers_models.HealthCheckParam | Mapping[str, Any] | None = None,
        notify: load_balancers_models.NotifyParam | Mapping[str, Any] | None = None,
    ) -> load_balancers_models.ModifyListenerAttributeResponse:
        """ModifyListenerAttribute (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "ModifyListenerAttribute",
            build_request(load_balancers_models.ModifyListenerAttributeRequest, request, {"listener_id": listener_id, "listener_name": listener_name, "protocol": protocol, "backend_protocol": backend_protocol, "scheduler": scheduler, "kind": kind, "health_check": health_check, "notify": notify}),
            load_balancers_models.ModifyListenerAttributeResponse,
        )

    def modify_load_balancer_bandwidth(
        self,
        request: load_balancers_models.ModifyLoadBalancerBandwidthRequest | Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_id: str | None = None,
        bandwidth: int | None = None,
    ) -> load_balancers_models.ModifyLoadBalancerBandwidthResponse:
        """ModifyLoadBalancerBandwidth (2022-11-20)."""
        return self._invoke(
            "ModifyLoadBalancerBandwidth",
            build_request(load_balancers_models.ModifyLoadBalancerBandwidthRequest, request, {"load_balancer_id": load_balancer_id, "bandwidth": bandwidth}),
            load_balancers_models.ModifyLoadBalancerBandwidthResponse,
        )

    def modify_load_balancers_name(
        self,
        request: load_balancers_models.ModifyLoadBalancersNameRequest | Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_name: str | None = None,
        load_balancer_ids: list[str] | None = None,
    ) -> load_balancers_models.ModifyLoadBalancersNameResponse:
        """ModifyLoadBalancersName (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "ModifyLoadBalancersName",
            build_request(load_balancers_models.ModifyLoadBalancersNameRequest, request, {"load_balancer_name": load_balancer_name, "load_balancer_ids": load_balancer_ids}),
            load_balancers_models.ModifyLoadBalancersNameResponse,
        )

    def modify_subnets_attribute(
        self,
        request: subnets_models.ModifySubnetsAttributeRequest | Mapping[str, Any] | None = None,
        /,
        *,
        subnet_ids: list[str] | None = None,
        subnet_name: str | None = None,
    ) -> subnets_models.ModifySubnetsAttributeResponse:
        """ModifySubnetsAttribute (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_FAILED_RESOURCE_NOT_FOUND.
        """
        return self._invoke(
            "ModifySubnetsAttribute",
            build_request(subnets_models.ModifySubnetsAttributeRequest, request, {"subnet_ids": subnet_ids, "subnet_name": subnet_name}),
            subnets_models.ModifySubnetsAttributeResponse,
        )

    def modify_subnets_resource_group(
        self,
        request: subnets_models.ModifySubnetsResourceGroupRequest | Mapping[str, Any] | None = None,
        /,
        *,
        subnet_ids: list[str] | None = None,
        resource_group_id: str | None = None,
    ) -> subnets_models.ModifySubnetsResourceGroupResponse:
        """ModifySubnetsResourceGroup (2022-11-20)."""
        return self._invoke(
            "ModifySubnetsResourceGroup",
            build_request(subnets_models.ModifySubnetsResourceGroupRequest, request, {"subnet_ids": subnet_ids, "resource_group_id": resource_group_id}),
            subnets_models.ModifySubnetsResourceGroupResponse,
        )

    def modify_vpcs_attribute(
        self,
        request: vpcs_models.ModifyVpcsAttributeRequest | Mapping[str, Any] | None = None,
        /,
        *,
        vpc_ids: list[str] | None = None,
        vpc_name: str | None = None,
    ) -> vpcs_models.ModifyVpcsAttributeResponse:
        """ModifyVpcsAttribute (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_FAILED_RESOURCE_NOT_FOUND.
        """
        return self._invoke(
            "ModifyVpcsAttribute",
            build_request(vpcs_models.ModifyVpcsAttributeRequest, request, {"vpc_ids": vpc_ids, "vpc_name": vpc_name}),
            vpcs_models.ModifyVpcsAttributeResponse,
        )

    def modify_vpcs_resource_group(
        self,
        request: vpcs_models.ModifyVpcsResourceGroupRequest | Mapping[str, Any] | None = None,
        /,
        *,
        vpc_ids: list[str] | None = None,
        resource_group_id: str | None = None,
    ) -> vpcs_models.ModifyVpcsResourceGroupResponse:
        """ModifyVpcsResourceGroup (2022-11-20)."""
        return self._invoke(
            "ModifyVpcsResourceGroup",
            build_request(vpcs_models.ModifyVpcsResourceGroupRequest, request, {"vpc_ids": vpc_ids, "resource_group_id": resource_group_id}),
            vpcs_models.ModifyVpcsResourceGroupResponse,
        )

    def reboot_instances(
        self,
        request: instances_models.RebootInstancesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
    ) -> instances_models.RebootInstancesResponse:
        """RebootInstances (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_INSTANCE_RECYCLED,
        OPERATION_DENIED_INSTANCE_STATUS.
        """
        return self._invoke(
            "RebootInstances",
            build_request(instances_models.RebootInstancesRequest, request, {"instance_ids": instance_ids}),
            instances_models.RebootInstancesResponse,
        )

    def register_backend(
        self,
        request: load_balancers_models.RegisterBackendRequest | Mapping[str, Any] | None = None,
        /,
        *,
        listener_id: str | None = None,
        backend_name: str | None = None,
        instance_id: str | None = None,
        client_token: str | None = None,
        port_list: list[int] | None = None,
        weight: int | None = None,
        instance_type: str | None = None,
    ) -> load_balancers_models.RegisterBackendResponse:
        """RegisterBackend (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "RegisterBackend",
            build_request(load_balancers_models.RegisterBackendRequest, request, {"listener_id": listener_id, "backend_name": backend_name, "instance_id": instance_id, "client_token": client_token, "port_list": port_list, "weight": weight, "instance_type": instance_type}),
            load_balancers_models.RegisterBackendResponse,
        )

    def reinstall_instance(
        self,
        request: instances_models.ReinstallInstanceRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        image_id: str | None = None,
        ipxe_url: str | None = None,
        hostname: str | None = None,
        password: str | None = None,
        key_id: str | None = None,
        ssh_keys: list[str] | None = None,
        raid_config: instances_models.RaidConfigParam | Mapping[str, Any] | None = None,
        partitions: list[instances_models.PartitionParam | Mapping[str, Any]] | None = None,
        nic: instances_models.NicParam | Mapping[str, Any] | None = None,
        user_data: str | None = None,
    ) -> instances_models.ReinstallInstanceResponse:
        """ReinstallInstance (2022-11-20, 2026-02-01).

        Documented errors: INVALID_IMAGE_NOT_FOUND, INVALID_INSTANCE_NOT_FOUND,
        INVALID_INSTANCE_TYPE_RAID_NOT_SUPPORT, INVALID_PARAMETER_HOSTNAME_EXCEED,
        INVALID_PARAMETER_HOSTNAME_MALFORMED, INVALID_PARAMETER_INSTANCE_LOGIN_CONFLICT,
        INVALID_PARAMETER_INSTANCE_NAME_EXCEED, INVALID_PARAMETER_NIC_NAME_CONFLICT,
        INVALID_PARAMETER_NIC_NAME_MALFORMED, INVALID_PARAMETER_SSH_KEY_MALFORMED,
        INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED, INVALID_PARAMETER_VALUE_RAID_DISK_DISORDER,
        INVALID_PARAMETER_VALUE_RAID_DISK_MISMATCH, INVALID_PARTITION_DUPLICATE_FILE_PATH,
        INVALID_PARTITION_IMAGE_NOT_SET, INVALID_PARTITION_INVALID_ORDER, INVALID_PARTITION_MALFORMED,
        INVALID_PARTITION_MISSING_REQUIRED_FILE_PATH, INVALID_PARTITION_NO_TYPE,
        INVALID_PARTITION_SIZE_NOT_FULL, INVALID_RAID_CONFIG_FAST_CUSTOM_CONFLICT.
        """
        return self._invoke(
            "ReinstallInstance",
            build_request(instances_models.ReinstallInstanceRequest, request, {"instance_id": instance_id, "image_id": image_id, "ipxe_url": ipxe_url, "hostname": hostname, "password": password, "key_id": key_id, "ssh_keys": ssh_keys, "raid_config": raid_config, "partitions": partitions, "nic": nic, "user_data": user_data}),
            instances_models.ReinstallInstanceResponse,
        )

    def release_cidr_blocks(
        self,
        request: cidr_models.ReleaseCidrBlocksRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_ids: list[str] | None = None,
    ) -> cidr_models.ReleaseCidrBlocksResponse:
        """ReleaseCidrBlocks (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_DENIED_CIDRBLOCK_NOT_RECYCLED.
        """
        return self._invoke(
            "ReleaseCidrBlocks",
            build_request(cidr_models.ReleaseCidrBlocksRequest, request, {"cidr_block_ids": cidr_block_ids}),
            cidr_models.ReleaseCidrBlocksResponse,
        )

    def release_ddos_ip_addresses(
        self,
        request: ddos_models.ReleaseDdosIpAddressesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_ids: list[str] | None = None,
    ) -> ddos_models.ReleaseDdosIpAddressesResponse:
        """ReleaseDdosIpAddresses (2022-11-20).

        Documented errors: OPERATION_DENIED_DDOS_IP_NOT_RECYCLED.
        """
        return self._invoke(
            "ReleaseDdosIpAddresses",
            build_request(ddos_models.ReleaseDdosIpAddressesRequest, request, {"ddos_ip_ids": ddos_ip_ids}),
            ddos_models.ReleaseDdosIpAddressesResponse,
        )

    def release_eip_addresses(
        self,
        request: eip_models.ReleaseEipAddressesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_ids: list[str] | None = None,
    ) -> eip_models.ReleaseEipAddressesResponse:
        """ReleaseEipAddresses (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_DENIED_EIP_NOT_RECYCLED.
        """
        return self._invoke(
            "ReleaseEipAddresses",
            build_request(eip_models.ReleaseEipAddressesRequest, request, {"eip_ids": eip_ids}),
            eip_models.ReleaseEipAddressesResponse,
        )

    def release_instances(
        self,
        request: instances_models.ReleaseInstancesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
    ) -> instances_models.ReleaseInstancesResponse:
        """ReleaseInstances (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_INSTANCE_NOT_RECYCLED.
        """
        return self._invoke(
            "ReleaseInstances",
            build_request(instances_models.ReleaseInstancesRequest, request, {"instance_ids": instance_ids}),
            instances_models.ReleaseInstancesResponse,
        )

    def release_load_balancer(
        self,
        request: load_balancers_models.ReleaseLoadBalancerRequest | Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_id: str | None = None,
    ) -> load_balancers_models.ReleaseLoadBalancerResponse:
        """ReleaseLoadBalancer (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "ReleaseLoadBalancer",
            build_request(load_balancers_models.ReleaseLoadBalancerRequest, request, {"load_balancer_id": load_balancer_id}),
            load_balancers_models.ReleaseLoadBalancerResponse,
        )

    def renew_cidr_block(
        self,
        request: cidr_models.RenewCidrBlockRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_id: str | None = None,
    ) -> cidr_models.RenewCidrBlockResponse:
        """RenewCidrBlock (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_DENIED_CIDRBLOCK_TYPE_NOT_SUPPORTED.
        """
        return self._invoke(
            "RenewCidrBlock",
            build_request(cidr_models.RenewCidrBlockRequest, request, {"cidr_block_id": cidr_block_id}),
            cidr_models.RenewCidrBlockResponse,
        )

    def renew_ddos_ip_address(
        self,
        request: ddos_models.RenewDdosIpAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_id: str | None = None,
    ) -> ddos_models.RenewDdosIpAddressResponse:
        """RenewDdosIpAddress (2022-11-20).

        Documented errors: INVALID_DDOS_IP_NOT_FOUND.
        """
        return self._invoke(
            "RenewDdosIpAddress",
            build_request(ddos_models.RenewDdosIpAddressRequest, request, {"ddos_ip_id": ddos_ip_id}),
            ddos_models.RenewDdosIpAddressResponse,
        )

    def renew_eip_address(
        self,
        request: eip_models.RenewEipAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_id: str | None = None,
    ) -> eip_models.RenewEipAddressResponse:
        """RenewEipAddress (2022-11-20, 2026-02-01).

        Documented errors: INVALID_EIP_NOT_FOUND.
        """
        return self._invoke(
            "RenewEipAddress",
            build_request(eip_models.RenewEipAddressRequest, request, {"eip_id": eip_id}),
            eip_models.RenewEipAddressResponse,
        )

    def renew_instance(
        self,
        request: instances_models.RenewInstanceRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
    ) -> instances_models.RenewInstanceResponse:
        """RenewInstance (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND.
        """
        return self._invoke(
            "RenewInstance",
            build_request(instances_models.RenewInstanceRequest, request, {"instance_id": instance_id}),
            instances_models.RenewInstanceResponse,
        )

    def reset_instance_ipmi_password(
        self,
        request: instances_models.ResetInstanceIpmiPasswordRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        password: str | None = None,
    ) -> instances_models.ResetInstanceIpmiPasswordResponse:
        """ResetInstanceIpmiPassword (2026-02-01)."""
        return self._invoke(
            "ResetInstanceIpmiPassword",
            build_request(instances_models.ResetInstanceIpmiPasswordRequest, request, {"instance_id": instance_id, "password": password}),
            instances_models.ResetInstanceIpmiPasswordResponse,
        )

    def restore_load_balancer(
        self,
        request: load_balancers_models.RestoreLoadBalancerRequest | Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_id: str | None = None,
    ) -> load_balancers_models.RestoreLoadBalancerResponse:
        """RestoreLoadBalancer (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "RestoreLoadBalancer",
            build_request(load_balancers_models.RestoreLoadBalancerRequest, request, {"load_balancer_id": load_balancer_id}),
            load_balancers_models.RestoreLoadBalancerResponse,
        )

    def start_instances(
        self,
        request: instances_models.StartInstancesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
    ) -> instances_models.StartInstancesResponse:
        """StartInstances (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_INSTANCE_NOT_STOPPED,
        OPERATION_DENIED_INSTANCE_RECYCLED.
        """
        return self._invoke(
            "StartInstances",
            build_request(instances_models.StartInstancesRequest, request, {"instance_ids": instance_ids}),
            instances_models.StartInstancesResponse,
        )

    def stop_instances(
        self,
        request: instances_models.StopInstancesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
    ) -> instances_models.StopInstancesResponse:
        """StopInstances (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_INSTANCE_NOT_RUNNING,
        OPERATION_DENIED_INSTANCE_RECYCLED.
        """
        return self._invoke(
            "StopInstances",
            build_request(instances_models.StopInstancesRequest, request, {"instance_ids": instance_ids}),
            instances_models.StopInstancesResponse,
        )

    def terminate_cidr_block(
        self,
        request: cidr_models.TerminateCidrBlockRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_id: str | None = None,
    ) -> cidr_models.TerminateCidrBlockResponse:
        """TerminateCidrBlock (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_DENIED_CIDRBLOCK_SUBSCRIPTION, OPERATION_DENIED_INSTANCE_EXIST.
        """
        return self._invoke(
            "TerminateCidrBlock",
            build_request(cidr_models.TerminateCidrBlockRequest, request, {"cidr_block_id": cidr_block_id}),
            cidr_models.TerminateCidrBlockResponse,
        )

    def terminate_ddos_ip_address(
        self,
        request: ddos_models.TerminateDdosIpAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_id: str | None = None,
    ) -> ddos_models.TerminateDdosIpAddressResponse:
        """TerminateDdosIpAddress (2022-11-20).

        Documented errors: INVALID_DDOS_IP_NOT_FOUND, OPERATION_DENIED_DDOS_IP_RECYCLED,
        OPERATION_DENIED_DDOS_IP_SUBSCRIPTION.
        """
        return self._invoke(
            "TerminateDdosIpAddress",
            build_request(ddos_models.TerminateDdosIpAddressRequest, request, {"ddos_ip_id": ddos_ip_id}),
            ddos_models.TerminateDdosIpAddressResponse,
        )

    def terminate_eip_address(
        self,
        request: eip_models.TerminateEipAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_id: str | None = None,
    ) -> eip_models.TerminateEipAddressResponse:
        """TerminateEipAddress (2022-11-20, 2026-02-01).

        Documented errors: INVALID_EIP_NOT_FOUND, OPERATION_DENIED_EIP_RECYCLED,
        OPERATION_DENIED_EIP_SUBSCRIPTION.
        """
        return self._invoke(
            "TerminateEipAddress",
            build_request(eip_models.TerminateEipAddressRequest, request, {"eip_id": eip_id}),
            eip_models.TerminateEipAddressResponse,
        )

    def terminate_instance(
        self,
        request: instances_models.TerminateInstanceRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
    ) -> instances_models.TerminateInstanceResponse:
        """TerminateInstance (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_INSTANCE_CREATING,
        OPERATION_DENIED_INSTANCE_RECYCLED, OPERATION_DENIED_INSTANCE_STATUS_INSTALLING,
        OPERATION_DENIED_INSTANCE_SUBSCRIPTION, OPERATION_DENIED_POSTPAID_PROMISE.
        """
        return self._invoke(
            "TerminateInstance",
            build_request(instances_models.TerminateInstanceRequest, request, {"instance_id": instance_id}),
            instances_models.TerminateInstanceResponse,
        )

    def terminate_load_balancer(
        self,
        request: load_balancers_models.TerminateLoadBalancerRequest | Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_id: str | None = None,
    ) -> load_balancers_models.TerminateLoadBalancerResponse:
        """TerminateLoadBalancer (2022-11-20, 2026-02-01)."""
        return self._invoke(
            "TerminateLoadBalancer",
            build_request(load_balancers_models.TerminateLoadBalancerRequest, request, {"load_balancer_id": load_balancer_id}),
            load_balancers_models.TerminateLoadBalancerResponse,
        )

    def unassociate_ddos_ip_address(
        self,
        request: ddos_models.UnassociateDdosIpAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_id: str | None = None,
    ) -> ddos_models.UnassociateDdosIpAddressResponse:
        """UnassociateDdosIpAddress (2022-11-20).

        Documented errors: FAILED_OPERATION_FOR_RECYCLE_RESOURCE, INVALID_DDOS_IP_NOT_FOUND,
        OPERATION_DENIED_DDOS_IP_STATUS_NOT_SUPPORT.
        """
        return self._invoke(
            "UnassociateDdosIpAddress",
            build_request(ddos_models.UnassociateDdosIpAddressRequest, request, {"ddos_ip_id": ddos_ip_id}),
            ddos_models.UnassociateDdosIpAddressResponse,
        )

    def unassociate_eip_address(
        self,
        request: eip_models.UnAssociateEipAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_id: str | None = None,
    ) -> eip_models.UnAssociateEipAddressResponse:
        """UnAssociateEipAddress (2022-11-20, 2026-02-01).

        Documented errors: FAILED_OPERATION_FOR_RECYCLE_RESOURCE, INVALID_EIP_NOT_FOUND,
        OPERATION_DENIED_EIP_STATUS_NOT_SUPPORT.
        """
        return self._invoke(
            "UnAssociateEipAddress",
            build_request(eip_models.UnAssociateEipAddressRequest, request, {"eip_id": eip_id}),
            eip_models.UnAssociateEipAddressResponse,
        )

    def unassociate_subnet_instance(
        self,
        request: subnets_models.UnAssociateSubnetInstanceRequest | Mapping[str, Any] | None = None,
        /,
        *,
        subnet_id: str | None = None,
        instance_id: str | None = None,
    ) -> subnets_models.UnAssociateSubnetInstanceResponse:
        """UnAssociateSubnetInstance (2022-11-20, 2026-02-01).

        Documented errors: INVALID_SUBNET_NOT_FOUND, OPERATION_DENIED_SUBNET_ASSOCIATING_INSTANCE.
        """
        return self._invoke(
            "UnAssociateSubnetInstance",
            build_request(subnets_models.UnAssociateSubnetInstanceRequest, request, {"subnet_id": subnet_id, "instance_id": instance_id}),
            subnets_models.UnAssociateSubnetInstanceResponse,
        )

    def unbind_cidr_block_ips(
        self,
        request: cidr_models.UnbindCidrBlockIpsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_id: str | None = None,
        ip_list: list[str] | None = None,
    ) -> cidr_models.UnbindCidrBlockIpsResponse:
        """UnbindCidrBlockIps (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_DENIED_CIDRBLOCK_RECYCLED, OPERATION_DENIED_INVALID_STATUS,
        OPERATION_DENIED_IP_NOT_BELONG.
        """
        return self._invoke(
            "UnbindCidrBlockIps",
            build_request(cidr_models.UnbindCidrBlockIpsRequest, request, {"cidr_block_id": cidr_block_id, "ip_list": ip_list}),
            cidr_models.UnbindCidrBlockIpsResponse,
        )


class AsyncActions(ABC):
    """One asynchronous method per BMC action (the catalogue's), each a call of :meth:`_invoke`."""

    @abstractmethod
    async def _invoke(self, action: str, request: RequestModel, response_type: type[R]) -> R:
        """Send ``request`` as ``action`` and parse the answer as ``response_type`` (the client's request path)."""

    async def allocate_ddos_ip_addresses(
        self,
        request: ddos_models.AllocateDdosIpAddressesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_charge_type: enums.ChargeType | str | None = None,
        ddos_ip_charge_prepaid: shared_models.ChargePrepaidParam | Mapping[str, Any] | None = None,
        zone_id: str | None = None,
        resource_group_id: str | None = None,
        amount: int | None = None,
    ) -> ddos_models.AllocateDdosIpAddressesResponse:
        """AllocateDdosIpAddresses (2022-11-20).

        Documented errors: INVALID_DDOS_IP_TYPE_ZONE_NO_SELL, INVALID_ZONE_NOT_FOUND, MISSING_PARAMETER.
        """
        return await self._invoke(
            "AllocateDdosIpAddresses",
            build_request(ddos_models.AllocateDdosIpAddressesRequest, request, {"ddos_ip_charge_type": ddos_ip_charge_type, "ddos_ip_charge_prepaid": ddos_ip_charge_prepaid, "zone_id": zone_id, "resource_group_id": resource_group_id, "amount": amount}),
            ddos_models.AllocateDdosIpAddressesResponse,
        )

    async def allocate_eip_addresses(
        self,
        request: eip_models.AllocateEipAddressesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_charge_type: enums.ChargeType | str | None = None,
        eip_charge_prepaid: shared_models.ChargePrepaidParam | Mapping[str, Any] | None = None,
        zone_id: str | None = None,
        resource_group_id: str | None = None,
        amount: int | None = None,
        netmask: int | None = None,
        marketing_options: shared_models.MarketingInfoParam | Mapping[str, Any] | None = None,
        tags: shared_models.TagAssociationParam | Mapping[str, Any] | None = None,
    ) -> eip_models.AllocateEipAddressesResponse:
        """AllocateEipAddresses (2022-11-20, 2026-02-01).

        Documented errors: INVALID_EIP_TYPE_ZONE_NO_SELL, INVALID_ZONE_NOT_FOUND, MISSING_PARAMETER.
        """
        return await self._invoke(
            "AllocateEipAddresses",
            build_request(eip_models.AllocateEipAddressesRequest, request, {"eip_charge_type": eip_charge_type, "eip_charge_prepaid": eip_charge_prepaid, "zone_id": zone_id, "resource_group_id": resource_group_id, "amount": amount, "netmask": netmask, "marketing_options": marketing_options, "tags": tags}),
            eip_models.AllocateEipAddressesResponse,
        )

    async def associate_ddos_ip_address(
        self,
        request: ddos_models.AssociateDdosIpAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_id: str | None = None,
        instance_id: str | None = None,
    ) -> ddos_models.AssociateDdosIpAddressResponse:
        """AssociateDdosIpAddress (2022-11-20).

        Documented errors: FAILED_OPERATION_FOR_RECYCLE_RESOURCE, INVALID_DDOS_IP_NOT_FOUND,
        INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_DDOS_IP_ESXI_INSTANCE_ASSIGN,
        OPERATION_DENIED_DDOS_IP_STATUS_NOT_AVAILABLE, OPERATION_DENIED_DDOS_IP_ZONE_NOT_SAME,
        OPERATION_DENIED_INSTANCE_NOT_RUNNING, OPERATION_DENIED_INSTANCE_RECYCLED.
        """
        return await self._invoke(
            "AssociateDdosIpAddress",
            build_request(ddos_models.AssociateDdosIpAddressRequest, request, {"ddos_ip_id": ddos_ip_id, "instance_id": instance_id}),
            ddos_models.AssociateDdosIpAddressResponse,
        )

    async def associate_eip_address(
        self,
        request: eip_models.AssociateEipAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_id: str | None = None,
        instance_id: str | None = None,
    ) -> eip_models.AssociateEipAddressResponse:
        """AssociateEipAddress (2022-11-20, 2026-02-01).

        Documented errors: FAILED_OPERATION_FOR_RECYCLE_RESOURCE, INVALID_EIP_NOT_FOUND,
        INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_EIP_ESXI_INSTANCE_ASSIGN,
        OPERATION_DENIED_EIP_INSTANCE_EXCEED_LIMIT, OPERATION_DENIED_EIP_STATUS_NOT_AVAILABLE,
        OPERATION_DENIED_EIP_ZONE_NOT_SAME, OPERATION_DENIED_INSTANCE_NOT_RUNNING,
        OPERATION_DENIED_INSTANCE_RECYCLED.
        """
        return await self._invoke(
            "AssociateEipAddress",
            build_request(eip_models.AssociateEipAddressRequest, request, {"eip_id": eip_id, "instance_id": instance_id}),
            eip_models.AssociateEipAddressResponse,
        )

    async def associate_subnet_instances(
        self,
        request: subnets_models.AssociateSubnetInstancesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        subnet_id: str | None = None,
        subnet_instance_list: list[subnets_models.AssociateSubnetInstanceParam | Mapping[str, Any]] | None = None,
    ) -> subnets_models.AssociateSubnetInstancesResponse:
        """AssociateSubnetInstances (2022-11-20, 2026-02-01).

        Documented errors: INVALID_PARAMETER_DUPLICATE_LAN_IP, INVALID_PARAMETER_LAN_IP_NOT_SUPPORT,
        INVALID_SUBNET_NOT_FOUND, OPERATION_DENIED_DIFFERENT_ZONE, OPERATION_DENIED_INSTANCE_NOT_RUNNING,
        OPERATION_DENIED_INSTANCE_NOT_SUPPORT_SUBNET, OPERATION_DENIED_IP_ASSOCIATED_INSTANCE,
        OPERATION_DENIED_SUBNET_EXIST_INSTANCE, OPERATION_DENIED_SUBNET_NOT_REPEAT_INSTANCE,
        OPERATION_DENIED_SUBNET_STATUS_NOT_SUPPORT.
        """
        return await self._invoke(
            "AssociateSubnetInstances",
            build_request(subnets_models.AssociateSubnetInstancesRequest, request, {"subnet_id": subnet_id, "subnet_instance_list": subnet_instance_list}),
            subnets_models.AssociateSubnetInstancesResponse,
        )

    async def associate_vpc_subnet(
        self,
        request: subnets_models.AssociateVpcSubnetRequest | Mapping[str, Any] | None = None,
        /,
        *,
        subnet_id: str | None = None,
        vpc_id: str | None = None,
    ) -> subnets_models.AssociateVpcSubnetResponse:
        """AssociateVpcSubnet (2022-11-20, 2026-02-01).

        Documented errors: INVALID_PARAMETER_VPC_SUBNET_OVER_LAP, INVALID_SUBNET_NOT_FOUND,
        INVALID_VPC_NOT_FOUND, OPERATION_DENIED_NO_AVAILABLE_VPC_REGION,
        OPERATION_DENIED_SUBNET_ASSOCIATED_OTHER_VPC, OPERATION_DENIED_SUBNET_STATUS_NOT_SUPPORT,
        OPERATION_DENIED_VPC_STATUS_NOT_SUPPORT, OPERATION_DENIED_VPC_ZONE_SUBNET_EXCEED_LIMIT,
        OPERATION_DENIED_ZONE_NOT_BELONG_VPC.
        """
        return await self._invoke(
            "AssociateVpcSubnet",
            build_request(subnets_models.AssociateVpcSubnetRequest, request, {"subnet_id": subnet_id, "vpc_id": vpc_id}),
            subnets_models.AssociateVpcSubnetResponse,
        )

    async def bind_cidr_block_ips(
        self,
        request: cidr_models.BindCidrBlockIpsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_id: str | None = None,
        ip_bind_list: list[cidr_models.IpBindParam | Mapping[str, Any]] | None = None,
    ) -> cidr_models.BindCidrBlockIpsResponse:
        """BindCidrBlockIps (2022-11-20, 2026-02-01).

        Documented errors: INVALID_CIDRBLOCK_NOT_FOUND, INVALID_INSTANCE_NOT_FOUND,
        OPERATION_DENIED_CIDRBLOCK_IP_COUNT_REACH_LIMIT, OPERATION_DENIED_CIDRBLOCK_RECYCLED,
        OPERATION_DENIED_DIFFERENT_ZONE, OPERATION_DENIED_INSTANCE_NOT_RUNNING.
        """
        return await self._invoke(
            "BindCidrBlockIps",
            build_request(cidr_models.BindCidrBlockIpsRequest, request, {"cidr_block_id": cidr_block_id, "ip_bind_list": ip_bind_list}),
            cidr_models.BindCidrBlockIpsResponse,
        )

    async def cancel_instance_bandwidth_downgrade(
        self,
        request: instances_models.CancelInstanceBandwidthDowngradeRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
    ) -> instances_models.CancelInstanceBandwidthDowngradeResponse:
        """CancelInstanceBandwidthDowngrade (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_DOWNGRADE_NOT_EXIST,
        OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT.
        """
        return await self._invoke(
            "CancelInstanceBandwidthDowngrade",
            build_request(instances_models.CancelInstanceBandwidthDowngradeRequest, request, {"instance_id": instance_id}),
            instances_models.CancelInstanceBandwidthDowngradeResponse,
        )

    async def cancel_instance_traffic_package_downgrade(
        self,
        request: instances_models.CancelInstanceTrafficPackageDowngradeRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
    ) -> instances_models.CancelInstanceTrafficPackageDowngradeResponse:
        """CancelInstanceTrafficPackageDowngrade (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_DOWNGRADE_NOT_EXIST,
        OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT.
        """
        return await self._invoke(
            "CancelInstanceTrafficPackageDowngrade",
            build_request(instances_models.CancelInstanceTrafficPackageDowngradeRequest, request, {"instance_id": instance_id}),
            instances_models.CancelInstanceTrafficPackageDowngradeResponse,
        )

    async def create_byoip(
        self,
        request: cidr_models.CreateByoipRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ip_type: str | None = None,
        cidr: str | None = None,
        asn: int | None = None,
        public_virtual_interface_id: str | None = None,
        tags: shared_models.TagAssociationParam | Mapping[str, Any] | None = None,
    ) -> cidr_models.CreateByoipResponse:
        """CreateByoip (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "CreateByoip",
            build_request(cidr_models.CreateByoipRequest, request, {"ip_type": ip_type, "cidr": cidr, "asn": asn, "public_virtual_interface_id": public_virtual_interface_id, "tags": tags}),
            cidr_models.CreateByoipResponse,
        )

    async def create_instances(
        self,
        request: instances_models.CreateInstancesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
        instance_charge_type: enums.ChargeType | str | None = None,
        instance_type_id: str | None = None,
        internet_charge_type: enums.InternetChargeType | str | None = None,
        instance_charge_prepaid: shared_models.ChargePrepaidParam | Mapping[str, Any] | None = None,
        image_id: str | None = None,
        ipxe_url: str | None = None,
        resource_group_id: str | None = None,
        instance_name: str | None = None,
        hostname: str | None = None,
        amount: int | None = None,
        password: str | None = None,
        key_id: str | None = None,
        ssh_keys: list[str] | None = None,
        internet_max_bandwidth_out: int | None = None,
        traffic_package_size: float | None = None,
        subnet_id: str | None = None,
        raid_config: instances_models.RaidConfigParam | Mapping[str, Any] | None = None,
        partitions: list[instances_models.PartitionParam | Mapping[str, Any]] | None = None,
        nic: instances_models.NicParam | Mapping[str, Any] | None = None,
        user_data: str | None = None,
        cluster_id: str | None = None,
        enable_primary_ipv6: bool | None = None,
        marketing_options: shared_models.MarketingInfoParam | Mapping[str, Any] | None = None,
        tags: shared_models.TagAssociationParam | Mapping[str, Any] | None = None,
        enable_gateway_mode: bool | None = None,
    ) -> instances_models.CreateInstancesResponse:
        """CreateInstances (2022-11-20, 2026-02-01).

        Documented errors: INVALID_BANDWIDTH_VALUE_EXCEED_MAXIMUM, INVALID_CHARGE_TYPE_NOT_SUPPORT,
        INVALID_IMAGE_NOT_FOUND, INVALID_INSTANCE_TYPE_NOT_FOUND, INVALID_INSTANCE_TYPE_RAID_NOT_SUPPORT,
        INVALID_PARAMETER_HOSTNAME_EXCEED, INVALID_PARAMETER_HOSTNAME_MALFORMED,
        INVALID_PARAMETER_INSTANCE_LOGIN_CONFLICT, INVALID_PARAMETER_INSTANCE_NAME_EXCEED,
        INVALID_PARAMETER_NIC_NAME_CONFLICT, INVALID_PARAMETER_NIC_NAME_MALFORMED,
        INVALID_PARAMETER_SSH_KEY_DUPLICATE, INVALID_PARAMETER_SSH_KEY_MALFORMED,
        INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED, INVALID_PARAMETER_VALUE_RAID_DISK_DISORDER,
        INVALID_PARAMETER_VALUE_RAID_DISK_MISMATCH, INVALID_PARAMETER_VALUE_RAID_DISK_SEQUENCE_DUPLICATE,
        INVALID_PARAMETER_VALUE_RAID_DISK_SEQUENCE_RANGE, INVALID_PARTITION_DUPLICATE_FILE_PATH,
        INVALID_PARTITION_IMAGE_NOT_SET, INVALID_PARTITION_INVALID_ORDER, INVALID_PARTITION_MALFORMED,
        INVALID_PARTITION_MISSING_REQUIRED_FILE_PATH, INVALID_PARTITION_NO_TYPE,
        INVALID_PARTITION_SIZE_NOT_FULL, INVALID_RAID_CONFIG_FAST_CUSTOM_CONFLICT, INVALID_SUBNET_NOT_FOUND,
        INVALID_SUBNET_PRIVATE_IP_INSUFFICIENT, INVALID_SUBNET_ZONE_MISMATCH, INVALID_ZONE_NOT_FOUND,
        OPERATION_DENIED_CHARGE_TYPE_NOT_SUPPORT, OPERATION_DENIED_INSTANCE_QUOTA_EXCEED,
        OPERATION_FILED_INTERNET_CHARGE_TYPE_NOT_SUPPORT, RESOURCES_SOLDOUT_INSTANCE_TYPE,
        RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT.
        """
        return await self._invoke(
            "CreateInstances",
            build_request(instances_models.CreateInstancesRequest, request, {"zone_id": zone_id, "instance_charge_type": instance_charge_type, "instance_type_id": instance_type_id, "internet_charge_type": internet_charge_type, "instance_charge_prepaid": instance_charge_prepaid, "image_id": image_id, "ipxe_url": ipxe_url, "resource_group_id": resource_group_id, "instance_name": instance_name, "hostname": hostname, "amount": amount, "password": password, "key_id": key_id, "ssh_keys": ssh_keys, "internet_max_bandwidth_out": internet_max_bandwidth_out, "traffic_package_size": traffic_package_size, "subnet_id": subnet_id, "raid_config": raid_config, "partitions": partitions, "nic": nic, "user_data": user_data, "cluster_id": cluster_id, "enable_primary_ipv6": enable_primary_ipv6, "marketing_options": marketing_options, "tags": tags, "enable_gateway_mode": enable_gateway_mode}),
            instances_models.CreateInstancesResponse,
        )

    async def create_ipv4_block(
        self,
        request: cidr_models.CreateIpv4BlockRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
        name: str | None = None,
        cidr_type: str | None = None,
        charge_type: enums.ChargeType | str | None = None,
        charge_prepaid: shared_models.ChargePrepaidParam | Mapping[str, Any] | None = None,
        netmask: int | None = None,
        amount: int | None = None,
        resource_group_id: str | None = None,
        marketing_options: shared_models.MarketingInfoParam | Mapping[str, Any] | None = None,
        tags: shared_models.TagAssociationParam | Mapping[str, Any] | None = None,
    ) -> cidr_models.CreateIpv4BlockResponse:
        """CreateIpv4Block (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND, OPERATION_DENIED_NETMASK_OUT_OF_STOCK,
        RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT.
        """
        return await self._invoke(
            "CreateIpv4Block",
            build_request(cidr_models.CreateIpv4BlockRequest, request, {"zone_id": zone_id, "name": name, "cidr_type": cidr_type, "charge_type": charge_type, "charge_prepaid": charge_prepaid, "netmask": netmask, "amount": amount, "resource_group_id": resource_group_id, "marketing_options": marketing_options, "tags": tags}),
            cidr_models.CreateIpv4BlockResponse,
        )

    async def create_ipv6_block(
        self,
        request: cidr_models.CreateIpv6BlockRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
        name: str | None = None,
        amount: int | None = None,
        resource_group_id: str | None = None,
        tags: shared_models.TagAssociationParam | Mapping[str, Any] | None = None,
    ) -> cidr_models.CreateIpv6BlockResponse:
        """CreateIpv6Block (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND, RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT.
        """
        return await self._invoke(
            "CreateIpv6Block",
            build_request(cidr_models.CreateIpv6BlockRequest, request, {"zone_id": zone_id, "name": name, "amount": amount, "resource_group_id": resource_group_id, "tags": tags}),
            cidr_models.CreateIpv6BlockResponse,
        )

    async def create_listener(
        self,
        request: load_balancers_models.CreateListenerRequest | Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_id: str | None = None,
        listener_name: str | None = None,
        port_list: list[int] | None = None,
        client_token: str | None = None,
        protocol: str | None = None,
        backend_protocol: str | None = None,
        scheduler: str | None = None,
        kind: str | None = None,
        health_check: load_balancers_models.HealthCheckParam | Mapping[str, Any] | None = None,
        notify: load_balancers_models.NotifyParam | Mapping[str, Any] | None = None,
    ) -> load_balancers_models.CreateListenerResponse:
        """CreateListener (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "CreateListener",
            build_request(load_balancers_models.CreateListenerRequest, request, {"load_balancer_id": load_balancer_id, "listener_name": listener_name, "port_list": port_list, "client_token": client_token, "protocol": protocol, "backend_protocol": backend_protocol, "scheduler": scheduler, "kind": kind, "health_check": health_check, "notify": notify}),
            load_balancers_models.CreateListenerResponse,
        )

    async def create_load_balancer(
        self,
        request: load_balancers_models.CreateLoadBalancerRequest | Mapping[str, Any] | None = None,
        /,
        *,
        client_token: str | None = None,
        zone_id: str | None = None,
        load_balancer_name: str | None = None,
        spec_name: str | None = None,
        charge_type: str | None = None,
        instance_charge_prepaid: load_balancers_models.InstanceChargePrepaidParam | Mapping[str, Any] | None = None,
        bandwidth: int | None = None,
        ip_type: str | None = None,
        vip_count: int | None = None,
        subnet_id: str | None = None,
        cidr_block_id: str | None = None,
        master_ip: str | None = None,
        backup_ip: str | None = None,
        tags: shared_models.TagAssociationParam | Mapping[str, Any] | None = None,
        marketing_options: shared_models.MarketingInfoParam | Mapping[str, Any] | None = None,
    ) -> load_balancers_models.CreateLoadBalancerResponse:
        """CreateLoadBalancer (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "CreateLoadBalancer",
            build_request(load_balancers_models.CreateLoadBalancerRequest, request, {"client_token": client_token, "zone_id": zone_id, "load_balancer_name": load_balancer_name, "spec_name": spec_name, "charge_type": charge_type, "instance_charge_prepaid": instance_charge_prepaid, "bandwidth": bandwidth, "ip_type": ip_type, "vip_count": vip_count, "subnet_id": subnet_id, "cidr_block_id": cidr_block_id, "master_ip": master_ip, "backup_ip": backup_ip, "tags": tags, "marketing_options": marketing_options}),
            load_balancers_models.CreateLoadBalancerResponse,
        )

    async def create_load_balancer_vips(
        self,
        request: load_balancers_models.CreateLoadBalancerVIPsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_id: str | None = None,
        count: int | None = None,
    ) -> load_balancers_models.CreateLoadBalancerVIPsResponse:
        """CreateLoadBalancerVIPs (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "CreateLoadBalancerVIPs",
            build_request(load_balancers_models.CreateLoadBalancerVIPsRequest, request, {"load_balancer_id": load_balancer_id, "count": count}),
            load_balancers_models.CreateLoadBalancerVIPsResponse,
        )

    async def create_subnet(
        self,
        request: subnets_models.CreateSubnetRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block: str | None = None,
        zone_id: str | None = None,
        subnet_name: str | None = None,
        resource_group_id: str | None = None,
        vpc_id: str | None = None,
    ) -> subnets_models.CreateSubnetResponse:
        """CreateSubnet (2022-11-20, 2026-02-01).

        Documented errors: INVALID_PARAMETER_SUBNET_CIDR_BLOCK,
        INVALID_PARAMETER_SUBNET_CIDR_NOT_BELONG_VPC, INVALID_PARAMETER_SUBNET_LAN_IP,
        INVALID_PARAMETER_SUBNET_LAN_IP_NETMASK, INVALID_PARAMETER_VPC_SUBNET_OVER_LAP,
        INVALID_VPC_NOT_FOUND, INVALID_ZONE_NOT_FOUND, OPERATION_DENIED_NO_AVAILABLE_VPC_REGION,
        OPERATION_DENIED_SUBNET_EXCEED_LIMIT, OPERATION_DENIED_VPC_STATUS_NOT_SUPPORT,
        OPERATION_DENIED_VPC_ZONE_SUBNET_EXCEED_LIMIT, OPERATION_DENIED_ZONE_NOT_BELONG_VPC,
        OPERATION_DENIED_ZONE_NOT_SUPPORT_SUBNET.
        """
        return await self._invoke(
            "CreateSubnet",
            build_request(subnets_models.CreateSubnetRequest, request, {"cidr_block": cidr_block, "zone_id": zone_id, "subnet_name": subnet_name, "resource_group_id": resource_group_id, "vpc_id": vpc_id}),
            subnets_models.CreateSubnetResponse,
        )

    async def create_vpc(
        self,
        request: vpcs_models.CreateVpcRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block: str | None = None,
        vpc_region_id: str | None = None,
        resource_group_id: str | None = None,
        vpc_name: str | None = None,
        tags: shared_models.TagAssociationParam | Mapping[str, Any] | None = None,
    ) -> vpcs_models.CreateVpcResponse:
        """CreateVpc (2022-11-20, 2026-02-01).

        Documented errors: INVALID_PARAMETER_VPC_CIDR_BLOCK, INVALID_PARAMETER_VPC_LAN_IP,
        INVALID_PARAMETER_VPC_LAN_IP_NETMASK, INVALID_VPC_REGION_NOT_FOUND,
        OPERATION_DENIED_VPC_REGION_EXCEED_LIMIT.
        """
        return await self._invoke(
            "CreateVpc",
            build_request(vpcs_models.CreateVpcRequest, request, {"cidr_block": cidr_block, "vpc_region_id": vpc_region_id, "resource_group_id": resource_group_id, "vpc_name": vpc_name, "tags": tags}),
            vpcs_models.CreateVpcResponse,
        )

    async def delete_listener(
        self,
        request: load_balancers_models.DeleteListenerRequest | Mapping[str, Any] | None = None,
        /,
        *,
        listener_id: str | None = None,
    ) -> load_balancers_models.DeleteListenerResponse:
        """DeleteListener (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DeleteListener",
            build_request(load_balancers_models.DeleteListenerRequest, request, {"listener_id": listener_id}),
            load_balancers_models.DeleteListenerResponse,
        )

    async def delete_load_balancer_vip(
        self,
        request: load_balancers_models.DeleteLoadBalancerVIPRequest | Mapping[str, Any] | None = None,
        /,
        *,
        vip_id: str | None = None,
    ) -> load_balancers_models.DeleteLoadBalancerVIPResponse:
        """DeleteLoadBalancerVIP (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DeleteLoadBalancerVIP",
            build_request(load_balancers_models.DeleteLoadBalancerVIPRequest, request, {"vip_id": vip_id}),
            load_balancers_models.DeleteLoadBalancerVIPResponse,
        )

    async def delete_subnet(
        self,
        request: subnets_models.DeleteSubnetRequest | Mapping[str, Any] | None = None,
        /,
        *,
        subnet_id: str | None = None,
    ) -> subnets_models.DeleteSubnetResponse:
        """DeleteSubnet (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_DENIED_SUBNET_EXIST_INSTANCE,
        OPERATION_DENIED_SUBNET_STATUS_NOT_SUPPORT, OPERATION_FAILED_RESOURCE_NOT_FOUND.
        """
        return await self._invoke(
            "DeleteSubnet",
            build_request(subnets_models.DeleteSubnetRequest, request, {"subnet_id": subnet_id}),
            subnets_models.DeleteSubnetResponse,
        )

    async def delete_vpc(
        self,
        request: vpcs_models.DeleteVpcRequest | Mapping[str, Any] | None = None,
        /,
        *,
        vpc_id: str | None = None,
    ) -> vpcs_models.DeleteVpcResponse:
        """DeleteVpc (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_DENIED_VPC_EXIST_INSTANCE, OPERATION_DENIED_VPC_EXIST_SUBNET_ASSIGN,
        OPERATION_DENIED_VPC_STATUS_NOT_SUPPORT.
        """
        return await self._invoke(
            "DeleteVpc",
            build_request(vpcs_models.DeleteVpcRequest, request, {"vpc_id": vpc_id}),
            vpcs_models.DeleteVpcResponse,
        )

    async def deregister_backend(
        self,
        request: load_balancers_models.DeregisterBackendRequest | Mapping[str, Any] | None = None,
        /,
        *,
        backend_id: str | None = None,
    ) -> load_balancers_models.DeregisterBackendResponse:
        """DeregisterBackend (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DeregisterBackend",
            build_request(load_balancers_models.DeregisterBackendRequest, request, {"backend_id": backend_id}),
            load_balancers_models.DeregisterBackendResponse,
        )

    async def describe_available_ipv4_resources(
        self,
        request: cidr_models.DescribeAvailableIpv4ResourcesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        charge_type: enums.ChargeType | str | None = None,
        zone_id: str | None = None,
    ) -> cidr_models.DescribeAvailableIpv4ResourcesResponse:
        """DescribeAvailableIpv4Resources (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND.
        """
        return await self._invoke(
            "DescribeAvailableIpv4Resources",
            build_request(cidr_models.DescribeAvailableIpv4ResourcesRequest, request, {"charge_type": charge_type, "zone_id": zone_id}),
            cidr_models.DescribeAvailableIpv4ResourcesResponse,
        )

    async def describe_available_ipv6_resources(
        self,
        request: cidr_models.DescribeAvailableIpv6ResourcesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
    ) -> cidr_models.DescribeAvailableIpv6ResourcesResponse:
        """DescribeAvailableIpv6Resources (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND.
        """
        return await self._invoke(
            "DescribeAvailableIpv6Resources",
            build_request(cidr_models.DescribeAvailableIpv6ResourcesRequest, request, {"zone_id": zone_id}),
            cidr_models.DescribeAvailableIpv6ResourcesResponse,
        )

    async def describe_available_resources(
        self,
        request: catalog_models.DescribeAvailableResourcesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_charge_type: enums.ChargeType | str | None = None,
        instance_type_id: str | None = None,
        zone_id: str | None = None,
        sell_status: enums.SellStatus | str | None = None,
    ) -> catalog_models.DescribeAvailableResourcesResponse:
        """DescribeAvailableResources (2022-11-20, 2026-02-01).

        Documented errors: INVALID_CHARGE_TYPE_NOT_SUPPORT, INVALID_ZONE_NOT_FOUND.
        """
        return await self._invoke(
            "DescribeAvailableResources",
            build_request(catalog_models.DescribeAvailableResourcesRequest, request, {"instance_charge_type": instance_charge_type, "instance_type_id": instance_type_id, "zone_id": zone_id, "sell_status": sell_status}),
            catalog_models.DescribeAvailableResourcesResponse,
        )

    async def describe_backends(
        self,
        request: load_balancers_models.DescribeBackendsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        listener_id: str | None = None,
        backend_ids: list[str] | None = None,
        backend_name: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        instance_type: str | None = None,
    ) -> load_balancers_models.DescribeBackendsResponse:
        """DescribeBackends (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DescribeBackends",
            build_request(load_balancers_models.DescribeBackendsRequest, request, {"listener_id": listener_id, "backend_ids": backend_ids, "backend_name": backend_name, "page_num": page_num, "page_size": page_size, "instance_type": instance_type}),
            load_balancers_models.DescribeBackendsResponse,
        )

    async def iter_backends(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        listener_id: str | None = None,
        backend_ids: list[str] | None = None,
        backend_name: str | None = None,
        instance_type: str | None = None,
        page_size: int = 100,
    ) -> AsyncIterator[load_balancers_models.BackendInfo]:
        """Every BackendInfo DescribeBackends lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = await self.describe_backends(filters, listener_id=listener_id, backend_ids=backend_ids, backend_name=backend_name, instance_type=instance_type, page_num=page, page_size=page_size)
            items = response.data_set
            for item in items:
                yield item
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    async def describe_cidr_block_ips(
        self,
        request: cidr_models.DescribeCidrBlockIpsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_id: str | None = None,
        instance_id: str | None = None,
        ip: str | None = None,
    ) -> cidr_models.DescribeCidrBlockIpsResponse:
        """DescribeCidrBlockIps (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DescribeCidrBlockIps",
            build_request(cidr_models.DescribeCidrBlockIpsRequest, request, {"cidr_block_id": cidr_block_id, "instance_id": instance_id, "ip": ip}),
            cidr_models.DescribeCidrBlockIpsResponse,
        )

    async def describe_cidr_blocks(
        self,
        request: cidr_models.DescribeCidrBlocksRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_ids: list[str] | None = None,
        cidr_block: str | None = None,
        cidr_block_name: str | None = None,
        zone_id: str | None = None,
        cidr_block_type: str | None = None,
        gateway: str | None = None,
        charge_type: enums.ChargeType | str | None = None,
        resource_group_id: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
    ) -> cidr_models.DescribeCidrBlocksResponse:
        """DescribeCidrBlocks (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND.
        """
        return await self._invoke(
            "DescribeCidrBlocks",
            build_request(cidr_models.DescribeCidrBlocksRequest, request, {"cidr_block_ids": cidr_block_ids, "cidr_block": cidr_block, "cidr_block_name": cidr_block_name, "zone_id": zone_id, "cidr_block_type": cidr_block_type, "gateway": gateway, "charge_type": charge_type, "resource_group_id": resource_group_id, "page_num": page_num, "page_size": page_size, "tag_keys": tag_keys, "tags": tags}),
            cidr_models.DescribeCidrBlocksResponse,
        )

    async def iter_cidr_blocks(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_ids: list[str] | None = None,
        cidr_block: str | None = None,
        cidr_block_name: str | None = None,
        zone_id: str | None = None,
        cidr_block_type: str | None = None,
        gateway: str | None = None,
        charge_type: enums.ChargeType | str | None = None,
        resource_group_id: str | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
        page_size: int = 100,
    ) -> AsyncIterator[cidr_models.CidrBlockInfo]:
        """Every CidrBlockInfo DescribeCidrBlocks lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = await self.describe_cidr_blocks(filters, cidr_block_ids=cidr_block_ids, cidr_block=cidr_block, cidr_block_name=cidr_block_name, zone_id=zone_id, cidr_block_type=cidr_block_type, gateway=gateway, charge_type=charge_type, resource_group_id=resource_group_id, tag_keys=tag_keys, tags=tags, page_num=page, page_size=page_size)
            items = response.data_set
            for item in items:
                yield item
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    async def describe_ddos_available_resources(
        self,
        request: ddos_models.DescribeDdosAvailableResourcesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_charge_type: enums.ChargeType | str | None = None,
        zone_id: str | None = None,
    ) -> ddos_models.DescribeDdosAvailableResourcesResponse:
        """DescribeDdosAvailableResources (2022-11-20).

        Documented errors: INVALID_ZONE_NOT_FOUND.
        """
        return await self._invoke(
            "DescribeDdosAvailableResources",
            build_request(ddos_models.DescribeDdosAvailableResourcesRequest, request, {"ddos_ip_charge_type": ddos_ip_charge_type, "zone_id": zone_id}),
            ddos_models.DescribeDdosAvailableResourcesResponse,
        )

    async def describe_ddos_ip_addresses(
        self,
        request: ddos_models.DescribeDdosIpAddressesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_ids: list[str] | None = None,
        ddos_ip_charge_type: enums.ChargeType | str | None = None,
        ip_address: str | None = None,
        zone_id: str | None = None,
        resource_group_id: str | None = None,
        ddos_ip_status: str | None = None,
        instance_id: str | None = None,
        instance_name: str | None = None,
        page_size: int | None = None,
        page_num: int | None = None,
    ) -> ddos_models.DescribeDdosIpAddressesResponse:
        """DescribeDdosIpAddresses (2022-11-20)."""
        return await self._invoke(
            "DescribeDdosIpAddresses",
            build_request(ddos_models.DescribeDdosIpAddressesRequest, request, {"ddos_ip_ids": ddos_ip_ids, "ddos_ip_charge_type": ddos_ip_charge_type, "ip_address": ip_address, "zone_id": zone_id, "resource_group_id": resource_group_id, "ddos_ip_status": ddos_ip_status, "instance_id": instance_id, "instance_name": instance_name, "page_size": page_size, "page_num": page_num}),
            ddos_models.DescribeDdosIpAddressesResponse,
        )

    async def iter_ddos_ip_addresses(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_ids: list[str] | None = None,
        ddos_ip_charge_type: enums.ChargeType | str | None = None,
        ip_address: str | None = None,
        zone_id: str | None = None,
        resource_group_id: str | None = None,
        ddos_ip_status: str | None = None,
        instance_id: str | None = None,
        instance_name: str | None = None,
        page_size: int = 100,
    ) -> AsyncIterator[ddos_models.DdosIpAddress]:
        """Every DdosIpAddress DescribeDdosIpAddresses lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = await self.describe_ddos_ip_addresses(filters, ddos_ip_ids=ddos_ip_ids, ddos_ip_charge_type=ddos_ip_charge_type, ip_address=ip_address, zone_id=zone_id, resource_group_id=resource_group_id, ddos_ip_status=ddos_ip_status, instance_id=instance_id, instance_name=instance_name, page_num=page, page_size=page_size)
            items = response.data_set
            for item in items:
                yield item
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    async def describe_eip_addresses(
        self,
        request: eip_models.DescribeEipAddressesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_ids: list[str] | None = None,
        eip_charge_type: enums.ChargeType | str | None = None,
        ip_address: str | None = None,
        zone_id: str | None = None,
        resource_group_id: str | None = None,
        eip_status: str | None = None,
        instance_id: str | None = None,
        instance_name: str | None = None,
        page_size: int | None = None,
        page_num: int | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
    ) -> eip_models.DescribeEipAddressesResponse:
        """DescribeEipAddresses (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DescribeEipAddresses",
            build_request(eip_models.DescribeEipAddressesRequest, request, {"eip_ids": eip_ids, "eip_charge_type": eip_charge_type, "ip_address": ip_address, "zone_id": zone_id, "resource_group_id": resource_group_id, "eip_status": eip_status, "instance_id": instance_id, "instance_name": instance_name, "page_size": page_size, "page_num": page_num, "tag_keys": tag_keys, "tags": tags}),
            eip_models.DescribeEipAddressesResponse,
        )

    async def iter_eip_addresses(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        eip_ids: list[str] | None = None,
        eip_charge_type: enums.ChargeType | str | None = None,
        ip_address: str | None = None,
        zone_id: str | None = None,
        resource_group_id: str | None = None,
        eip_status: str | None = None,
        instance_id: str | None = None,
        instance_name: str | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
        page_size: int = 100,
    ) -> AsyncIterator[eip_models.EipAddress]:
        """Every EipAddress DescribeEipAddresses lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = await self.describe_eip_addresses(filters, eip_ids=eip_ids, eip_charge_type=eip_charge_type, ip_address=ip_address, zone_id=zone_id, resource_group_id=resource_group_id, eip_status=eip_status, instance_id=instance_id, instance_name=instance_name, tag_keys=tag_keys, tags=tags, page_num=page, page_size=page_size)
            items = response.data_set
            for item in items:
                yield item
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    async def describe_eip_available_resources(
        self,
        request: eip_models.DescribeEipAvailableResourcesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_charge_type: enums.ChargeType | str | None = None,
        zone_id: str | None = None,
    ) -> eip_models.DescribeEipAvailableResourcesResponse:
        """DescribeEipAvailableResources (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND.
        """
        return await self._invoke(
            "DescribeEipAvailableResources",
            build_request(eip_models.DescribeEipAvailableResourcesRequest, request, {"eip_charge_type": eip_charge_type, "zone_id": zone_id}),
            eip_models.DescribeEipAvailableResourcesResponse,
        )

    async def describe_images(
        self,
        request: catalog_models.DescribeImagesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        image_ids: list[str] | None = None,
        image_name: str | None = None,
        catalog: enums.ImageCatalog | str | None = None,
        image_type: enums.ImageType | str | None = None,
        os_type: enums.OsType | str | None = None,
        instance_type_id: str | None = None,
    ) -> catalog_models.DescribeImagesResponse:
        """DescribeImages (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_TYPE_NOT_FOUND.
        """
        return await self._invoke(
            "DescribeImages",
            build_request(catalog_models.DescribeImagesRequest, request, {"image_ids": image_ids, "image_name": image_name, "catalog": catalog, "image_type": image_type, "os_type": os_type, "instance_type_id": instance_type_id}),
            catalog_models.DescribeImagesResponse,
        )

    async def describe_instance_available_cidr_block(
        self,
        request: cidr_models.DescribeInstanceAvailableCidrBlockRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        cidr_block_type: str | None = None,
    ) -> cidr_models.DescribeInstanceAvailableCidrBlockResponse:
        """DescribeInstanceAvailableCidrBlock (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DescribeInstanceAvailableCidrBlock",
            build_request(cidr_models.DescribeInstanceAvailableCidrBlockRequest, request, {"instance_id": instance_id, "cidr_block_type": cidr_block_type}),
            cidr_models.DescribeInstanceAvailableCidrBlockResponse,
        )

    async def describe_instance_available_ddos_resources(
        self,
        request: ddos_models.DescribeInstanceAvailableDdosResourcesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
    ) -> ddos_models.DescribeInstanceAvailableDdosResourcesResponse:
        """DescribeInstanceAvailableDdosResources (2022-11-20).

        Documented errors: INVALID_ESXI_NOT_SUPPORT.
        """
        return await self._invoke(
            "DescribeInstanceAvailableDdosResources",
            build_request(ddos_models.DescribeInstanceAvailableDdosResourcesRequest, request, {"instance_id": instance_id}),
            ddos_models.DescribeInstanceAvailableDdosResourcesResponse,
        )

    async def describe_instance_available_eip_resources(
        self,
        request: eip_models.DescribeInstanceAvailableEipResourcesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        ip_type: str | None = None,
    ) -> eip_models.DescribeInstanceAvailableEipResourcesResponse:
        """DescribeInstanceAvailableEipResources (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ESXI_NOT_SUPPORT.
        """
        return await self._invoke(
            "DescribeInstanceAvailableEipResources",
            build_request(eip_models.DescribeInstanceAvailableEipResourcesRequest, request, {"instance_id": instance_id, "ip_type": ip_type}),
            eip_models.DescribeInstanceAvailableEipResourcesResponse,
        )

    async def describe_instance_internet_status(
        self,
        request: instances_models.DescribeInstanceInternetStatusRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
    ) -> instances_models.DescribeInstanceInternetStatusResponse:
        """DescribeInstanceInternetStatus (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND.
        """
        return await self._invoke(
            "DescribeInstanceInternetStatus",
            build_request(instances_models.DescribeInstanceInternetStatusRequest, request, {"instance_id": instance_id}),
            instances_models.DescribeInstanceInternetStatusResponse,
        )

    async def describe_instance_ipmi_url(
        self,
        request: instances_models.DescribeInstanceIpmiUrlRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
    ) -> instances_models.DescribeInstanceIpmiUrlResponse:
        """DescribeInstanceIpmiUrl (2026-02-01)."""
        return await self._invoke(
            "DescribeInstanceIpmiUrl",
            build_request(instances_models.DescribeInstanceIpmiUrlRequest, request, {"instance_id": instance_id}),
            instances_models.DescribeInstanceIpmiUrlResponse,
        )

    async def describe_instance_traffic(
        self,
        request: instances_models.DescribeInstanceTrafficRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
    ) -> instances_models.DescribeInstanceTrafficResponse:
        """DescribeInstanceTraffic (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DescribeInstanceTraffic",
            build_request(instances_models.DescribeInstanceTrafficRequest, request, {"instance_id": instance_id, "start_time": start_time, "end_time": end_time}),
            instances_models.DescribeInstanceTrafficResponse,
        )

    async def describe_instance_types(
        self,
        request: catalog_models.DescribeInstanceTypesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        image_id: str | None = None,
        instance_type_ids: list[str] | None = None,
        minimum_cpu_core_count: int | None = None,
        maximum_cpu_core_count: int | None = None,
        minimum_memory_size: int | None = None,
        maximum_memory_size: int | None = None,
        minimum_bandwidth: int | None = None,
        support_raids: list[int] | None = None,
        support_subnet: bool | None = None,
        minimum_disk_size: int | None = None,
        maximum_disk_size: int | None = None,
        is_ha: bool | None = None,
    ) -> catalog_models.DescribeInstanceTypesResponse:
        """DescribeInstanceTypes (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DescribeInstanceTypes",
            build_request(catalog_models.DescribeInstanceTypesRequest, request, {"image_id": image_id, "instance_type_ids": instance_type_ids, "minimum_cpu_core_count": minimum_cpu_core_count, "maximum_cpu_core_count": maximum_cpu_core_count, "minimum_memory_size": minimum_memory_size, "maximum_memory_size": maximum_memory_size, "minimum_bandwidth": minimum_bandwidth, "support_raids": support_raids, "support_subnet": support_subnet, "minimum_disk_size": minimum_disk_size, "maximum_disk_size": maximum_disk_size, "is_ha": is_ha}),
            catalog_models.DescribeInstanceTypesResponse,
        )

    async def describe_instances(
        self,
        request: instances_models.DescribeInstancesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
        zone_id: str | None = None,
        resource_group_id: str | None = None,
        instance_type_id: str | None = None,
        internet_charge_type: enums.InternetChargeType | str | None = None,
        image_id: str | None = None,
        subnet_id: str | None = None,
        instance_status: enums.InstanceStatus | str | None = None,
        instance_name: str | None = None,
        hostname: str | None = None,
        public_ip_addresses: list[str] | None = None,
        private_ip_addresses: list[str] | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
    ) -> instances_models.DescribeInstancesResponse:
        """DescribeInstances (2022-11-20, 2026-02-01).

        Documented errors: INVALID_IMAGE_NOT_FOUND, INVALID_INSTANCE_TYPE_NOT_FOUND, INVALID_ZONE_NOT_FOUND.
        """
        return await self._invoke(
            "DescribeInstances",
            build_request(instances_models.DescribeInstancesRequest, request, {"instance_ids": instance_ids, "zone_id": zone_id, "resource_group_id": resource_group_id, "instance_type_id": instance_type_id, "internet_charge_type": internet_charge_type, "image_id": image_id, "subnet_id": subnet_id, "instance_status": instance_status, "instance_name": instance_name, "hostname": hostname, "public_ip_addresses": public_ip_addresses, "private_ip_addresses": private_ip_addresses, "page_num": page_num, "page_size": page_size, "tag_keys": tag_keys, "tags": tags}),
            instances_models.DescribeInstancesResponse,
        )

    async def iter_instances(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
        zone_id: str | None = None,
        resource_group_id: str | None = None,
        instance_type_id: str | None = None,
        internet_charge_type: enums.InternetChargeType | str | None = None,
        image_id: str | None = None,
        subnet_id: str | None = None,
        instance_status: enums.InstanceStatus | str | None = None,
        instance_name: str | None = None,
        hostname: str | None = None,
        public_ip_addresses: list[str] | None = None,
        private_ip_addresses: list[str] | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
        page_size: int = 100,
    ) -> AsyncIterator[instances_models.InstanceInfo]:
        """Every InstanceInfo DescribeInstances lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = await self.describe_instances(filters, instance_ids=instance_ids, zone_id=zone_id, resource_group_id=resource_group_id, instance_type_id=instance_type_id, internet_charge_type=internet_charge_type, image_id=image_id, subnet_id=subnet_id, instance_status=instance_status, instance_name=instance_name, hostname=hostname, public_ip_addresses=public_ip_addresses, private_ip_addresses=private_ip_addresses, tag_keys=tag_keys, tags=tags, page_num=page, page_size=page_size)
            items = response.data_set
            for item in items:
                yield item
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    async def describe_instances_monitor_health(
        self,
        request: instances_models.DescribeInstancesMonitorHealthRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
    ) -> instances_models.DescribeInstancesMonitorHealthResponse:
        """DescribeInstancesMonitorHealth (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DescribeInstancesMonitorHealth",
            build_request(instances_models.DescribeInstancesMonitorHealthRequest, request, {"instance_ids": instance_ids}),
            instances_models.DescribeInstancesMonitorHealthResponse,
        )

    async def describe_listeners(
        self,
        request: load_balancers_models.DescribeListenersRequest | Mapping[str, Any] | None = None,
        /,
        *,
        listener_ids: list[str] | None = None,
        load_balancer_ids: list[str] | None = None,
        listener_name: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
    ) -> load_balancers_models.DescribeListenersResponse:
        """DescribeListeners (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DescribeListeners",
            build_request(load_balancers_models.DescribeListenersRequest, request, {"listener_ids": listener_ids, "load_balancer_ids": load_balancer_ids, "listener_name": listener_name, "page_num": page_num, "page_size": page_size}),
            load_balancers_models.DescribeListenersResponse,
        )

    async def iter_listeners(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        listener_ids: list[str] | None = None,
        load_balancer_ids: list[str] | None = None,
        listener_name: str | None = None,
        page_size: int = 100,
    ) -> AsyncIterator[load_balancers_models.ListenerInfo]:
        """Every ListenerInfo DescribeListeners lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = await self.describe_listeners(filters, listener_ids=listener_ids, load_balancer_ids=load_balancer_ids, listener_name=listener_name, page_num=page, page_size=page_size)
            items = response.data_set
            for item in items:
                yield item
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    async def describe_load_balancer_specs(
        self,
        request: load_balancers_models.DescribeLoadBalancerSpecsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        charge_type: str | None = None,
        zone_id: str | None = None,
    ) -> load_balancers_models.DescribeLoadBalancerSpecsResponse:
        """DescribeLoadBalancerSpecs (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DescribeLoadBalancerSpecs",
            build_request(load_balancers_models.DescribeLoadBalancerSpecsRequest, request, {"charge_type": charge_type, "zone_id": zone_id}),
            load_balancers_models.DescribeLoadBalancerSpecsResponse,
        )

    async def describe_load_balancer_zones(
        self,
        request: load_balancers_models.DescribeLoadBalancerZonesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        charge_type: str | None = None,
    ) -> load_balancers_models.DescribeLoadBalancerZonesResponse:
        """DescribeLoadBalancerZones (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DescribeLoadBalancerZones",
            build_request(load_balancers_models.DescribeLoadBalancerZonesRequest, request, {"charge_type": charge_type}),
            load_balancers_models.DescribeLoadBalancerZonesResponse,
        )

    async def describe_load_balancers(
        self,
        request: load_balancers_models.DescribeLoadBalancersRequest | Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_ids: list[str] | None = None,
        zone_id: str | None = None,
        load_balancer_name: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
        resource_group_id: str | None = None,
    ) -> load_balancers_models.DescribeLoadBalancersResponse:
        """DescribeLoadBalancers (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DescribeLoadBalancers",
            build_request(load_balancers_models.DescribeLoadBalancersRequest, request, {"load_balancer_ids": load_balancer_ids, "zone_id": zone_id, "load_balancer_name": load_balancer_name, "page_num": page_num, "page_size": page_size, "tag_keys": tag_keys, "tags": tags, "resource_group_id": resource_group_id}),
            load_balancers_models.DescribeLoadBalancersResponse,
        )

    async def iter_load_balancers(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_ids: list[str] | None = None,
        zone_id: str | None = None,
        load_balancer_name: str | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
        resource_group_id: str | None = None,
        page_size: int = 100,
    ) -> AsyncIterator[load_balancers_models.LoadBalancerInfo]:
        """Every LoadBalancerInfo DescribeLoadBalancers lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = await self.describe_load_balancers(filters, load_balancer_ids=load_balancer_ids, zone_id=zone_id, load_balancer_name=load_balancer_name, tag_keys=tag_keys, tags=tags, resource_group_id=resource_group_id, page_num=page, page_size=page_size)
            items = response.data_set
            for item in items:
                yield item
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    async def describe_managed_instance_traffic(
        self,
        request: instances_models.DescribeManagedInstanceTrafficRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
    ) -> instances_models.DescribeManagedInstanceTrafficResponse:
        """DescribeManagedInstanceTraffic (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DescribeManagedInstanceTraffic",
            build_request(instances_models.DescribeManagedInstanceTrafficRequest, request, {"instance_id": instance_id, "start_time": start_time, "end_time": end_time}),
            instances_models.DescribeManagedInstanceTrafficResponse,
        )

    async def describe_managed_instances(
        self,
        request: instances_models.DescribeManagedInstancesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
        instance_name: str | None = None,
        ip: str | None = None,
        lan_ip: str | None = None,
        fac_name: str | None = None,
        city_code: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        resource_group_id: str | None = None,
    ) -> instances_models.DescribeManagedInstancesResponse:
        """DescribeManagedInstances (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DescribeManagedInstances",
            build_request(instances_models.DescribeManagedInstancesRequest, request, {"instance_ids": instance_ids, "instance_name": instance_name, "ip": ip, "lan_ip": lan_ip, "fac_name": fac_name, "city_code": city_code, "page_num": page_num, "page_size": page_size, "resource_group_id": resource_group_id}),
            instances_models.DescribeManagedInstancesResponse,
        )

    async def iter_managed_instances(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
        instance_name: str | None = None,
        ip: str | None = None,
        lan_ip: str | None = None,
        fac_name: str | None = None,
        city_code: str | None = None,
        resource_group_id: str | None = None,
        page_size: int = 100,
    ) -> AsyncIterator[instances_models.ManagedInstanceInfo]:
        """Every ManagedInstanceInfo DescribeManagedInstances lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = await self.describe_managed_instances(filters, instance_ids=instance_ids, instance_name=instance_name, ip=ip, lan_ip=lan_ip, fac_name=fac_name, city_code=city_code, resource_group_id=resource_group_id, page_num=page, page_size=page_size)
            items = response.data_set
            for item in items:
                yield item
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    async def describe_subnet_available_resources(
        self,
        request: subnets_models.DescribeSubnetAvailableResourcesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
    ) -> subnets_models.DescribeSubnetAvailableResourcesResponse:
        """DescribeSubnetAvailableResources (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND.
        """
        return await self._invoke(
            "DescribeSubnetAvailableResources",
            build_request(subnets_models.DescribeSubnetAvailableResourcesRequest, request, {"zone_id": zone_id}),
            subnets_models.DescribeSubnetAvailableResourcesResponse,
        )

    async def describe_subnets(
        self,
        request: subnets_models.DescribeSubnetsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        subnet_ids: list[str] | None = None,
        cidr_block: str | None = None,
        zone_id: str | None = None,
        subnet_name: str | None = None,
        vpc_id: str | None = None,
        resource_group_id: str | None = None,
        subnet_status: str | None = None,
        page_size: int | None = None,
        page_num: int | None = None,
    ) -> subnets_models.DescribeSubnetsResponse:
        """DescribeSubnets (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DescribeSubnets",
            build_request(subnets_models.DescribeSubnetsRequest, request, {"subnet_ids": subnet_ids, "cidr_block": cidr_block, "zone_id": zone_id, "subnet_name": subnet_name, "vpc_id": vpc_id, "resource_group_id": resource_group_id, "subnet_status": subnet_status, "page_size": page_size, "page_num": page_num}),
            subnets_models.DescribeSubnetsResponse,
        )

    async def iter_subnets(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        subnet_ids: list[str] | None = None,
        cidr_block: str | None = None,
        zone_id: str | None = None,
        subnet_name: str | None = None,
        vpc_id: str | None = None,
        resource_group_id: str | None = None,
        subnet_status: str | None = None,
        page_size: int = 100,
    ) -> AsyncIterator[subnets_models.SubnetInfo]:
        """Every SubnetInfo DescribeSubnets lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = await self.describe_subnets(filters, subnet_ids=subnet_ids, cidr_block=cidr_block, zone_id=zone_id, subnet_name=subnet_name, vpc_id=vpc_id, resource_group_id=resource_group_id, subnet_status=subnet_status, page_num=page, page_size=page_size)
            items = response.data_set
            for item in items:
                yield item
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    async def describe_vpc_available_regions(
        self,
        request: vpcs_models.DescribeVpcAvailableRegionsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
        vpc_region_id: str | None = None,
    ) -> vpcs_models.DescribeVpcAvailableRegionsResponse:
        """DescribeVpcAvailableRegions (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND.
        """
        return await self._invoke(
            "DescribeVpcAvailableRegions",
            build_request(vpcs_models.DescribeVpcAvailableRegionsRequest, request, {"zone_id": zone_id, "vpc_region_id": vpc_region_id}),
            vpcs_models.DescribeVpcAvailableRegionsResponse,
        )

    async def describe_vpcs(
        self,
        request: vpcs_models.DescribeVpcsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        vpc_ids: list[str] | None = None,
        cidr_block: str | None = None,
        vpc_status: str | None = None,
        vpc_name: str | None = None,
        vpc_region_id: str | None = None,
        resource_group_id: str | None = None,
        page_size: int | None = None,
        page_num: int | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
    ) -> vpcs_models.DescribeVpcsResponse:
        """DescribeVpcs (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DescribeVpcs",
            build_request(vpcs_models.DescribeVpcsRequest, request, {"vpc_ids": vpc_ids, "cidr_block": cidr_block, "vpc_status": vpc_status, "vpc_name": vpc_name, "vpc_region_id": vpc_region_id, "resource_group_id": resource_group_id, "page_size": page_size, "page_num": page_num, "tag_keys": tag_keys, "tags": tags}),
            vpcs_models.DescribeVpcsResponse,
        )

    async def iter_vpcs(
        self,
        filters: Mapping[str, Any] | None = None,
        /,
        *,
        vpc_ids: list[str] | None = None,
        cidr_block: str | None = None,
        vpc_status: str | None = None,
        vpc_name: str | None = None,
        vpc_region_id: str | None = None,
        resource_group_id: str | None = None,
        tag_keys: list[str] | None = None,
        tags: list[shared_models.TagParam | Mapping[str, Any]] | None = None,
        page_size: int = 100,
    ) -> AsyncIterator[vpcs_models.VpcInfo]:
        """Every VpcInfo DescribeVpcs lists, page by page (100 per call by default)."""
        page = 1
        while True:
            response = await self.describe_vpcs(filters, vpc_ids=vpc_ids, cidr_block=cidr_block, vpc_status=vpc_status, vpc_name=vpc_name, vpc_region_id=vpc_region_id, resource_group_id=resource_group_id, tag_keys=tag_keys, tags=tags, page_num=page, page_size=page_size)
            items = response.data_set
            for item in items:
                yield item
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1

    async def describe_zones(
        self,
        request: catalog_models.DescribeZonesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        accept_language: enums.AcceptLanguage | str | None = None,
        is_cloud_router_available: bool | None = None,
    ) -> catalog_models.DescribeZonesResponse:
        """DescribeZones (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "DescribeZones",
            build_request(catalog_models.DescribeZonesRequest, request, {"accept_language": accept_language, "is_cloud_router_available": is_cloud_router_available}),
            catalog_models.DescribeZonesResponse,
        )

    async def inquiry_price_create_ddos_ip_address(
        self,
        request: ddos_models.InquiryPriceCreateDdosIpAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
        ddos_ip_charge_type: enums.ChargeType | str | None = None,
        ddos_ip_charge_prepaid: shared_models.ChargePrepaidParam | Mapping[str, Any] | None = None,
        amount: int | None = None,
    ) -> ddos_models.InquiryPriceCreateDdosIpAddressResponse:
        """InquiryPriceCreateDdosIpAddress (2022-11-20).

        Documented errors: INVALID_DDOS_IP_TYPE_ZONE_NO_SELL, INVALID_ZONE_NOT_FOUND, MISSING_PARAMETER.
        """
        return await self._invoke(
            "InquiryPriceCreateDdosIpAddress",
            build_request(ddos_models.InquiryPriceCreateDdosIpAddressRequest, request, {"zone_id": zone_id, "ddos_ip_charge_type": ddos_ip_charge_type, "ddos_ip_charge_prepaid": ddos_ip_charge_prepaid, "amount": amount}),
            ddos_models.InquiryPriceCreateDdosIpAddressResponse,
        )

    async def inquiry_price_create_eip_address(
        self,
        request: eip_models.InquiryPriceCreateEipAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
        eip_charge_type: enums.ChargeType | str | None = None,
        eip_charge_prepaid: shared_models.ChargePrepaidParam | Mapping[str, Any] | None = None,
        amount: int | None = None,
        netmask: int | None = None,
    ) -> eip_models.InquiryPriceCreateEipAddressResponse:
        """InquiryPriceCreateEipAddress (2022-11-20, 2026-02-01).

        Documented errors: INVALID_EIP_TYPE_ZONE_NO_SELL, INVALID_ZONE_NOT_FOUND, MISSING_PARAMETER.
        """
        return await self._invoke(
            "InquiryPriceCreateEipAddress",
            build_request(eip_models.InquiryPriceCreateEipAddressRequest, request, {"zone_id": zone_id, "eip_charge_type": eip_charge_type, "eip_charge_prepaid": eip_charge_prepaid, "amount": amount, "netmask": netmask}),
            eip_models.InquiryPriceCreateEipAddressResponse,
        )

    async def inquiry_price_create_instance(
        self,
        request: catalog_models.InquiryPriceCreateInstanceRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
        instance_type_id: str | None = None,
        instance_charge_type: enums.ChargeType | str | None = None,
        internet_charge_type: enums.InternetChargeType | str | None = None,
        instance_charge_prepaid: shared_models.ChargePrepaidParam | Mapping[str, Any] | None = None,
        traffic_package_size: float | None = None,
        internet_max_bandwidth_out: int | None = None,
    ) -> catalog_models.InquiryPriceCreateInstanceResponse:
        """InquiryPriceCreateInstance (2022-11-20, 2026-02-01).

        Documented errors: INVALID_CHARGE_TYPE_NOT_SUPPORT, INVALID_INSTANCE_BANDWIDTH_ZONE_NO_SELL,
        INVALID_INSTANCE_TYPE_NOT_FOUND, INVALID_INSTANCE_TYPE_ZONE_NO_SELL, INVALID_ZONE_NOT_FOUND.
        """
        return await self._invoke(
            "InquiryPriceCreateInstance",
            build_request(catalog_models.InquiryPriceCreateInstanceRequest, request, {"zone_id": zone_id, "instance_type_id": instance_type_id, "instance_charge_type": instance_charge_type, "internet_charge_type": internet_charge_type, "instance_charge_prepaid": instance_charge_prepaid, "traffic_package_size": traffic_package_size, "internet_max_bandwidth_out": internet_max_bandwidth_out}),
            catalog_models.InquiryPriceCreateInstanceResponse,
        )

    async def inquiry_price_create_ipv4_block(
        self,
        request: cidr_models.InquiryPriceCreateIpv4BlockRequest | Mapping[str, Any] | None = None,
        /,
        *,
        zone_id: str | None = None,
        charge_type: enums.ChargeType | str | None = None,
        cidr_type: str | None = None,
        charge_prepaid: shared_models.ChargePrepaidParam | Mapping[str, Any] | None = None,
        netmask: int | None = None,
        amount: int | None = None,
    ) -> cidr_models.InquiryPriceCreateIpv4BlockResponse:
        """InquiryPriceCreateIpv4Block (2022-11-20, 2026-02-01).

        Documented errors: INVALID_ZONE_NOT_FOUND, OPERATION_DENIED_UNAVAILABLE_NETMASK.
        """
        return await self._invoke(
            "InquiryPriceCreateIpv4Block",
            build_request(cidr_models.InquiryPriceCreateIpv4BlockRequest, request, {"zone_id": zone_id, "charge_type": charge_type, "cidr_type": cidr_type, "charge_prepaid": charge_prepaid, "netmask": netmask, "amount": amount}),
            cidr_models.InquiryPriceCreateIpv4BlockResponse,
        )

    async def inquiry_price_instance_bandwidth(
        self,
        request: instances_models.InquiryPriceInstanceBandwidthRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        bandwidth_out_mbps: int | None = None,
    ) -> instances_models.InquiryPriceInstanceBandwidthResponse:
        """InquiryPriceInstanceBandwidth (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, INVALID_INSTANCE_TYPE_ZONE_NO_SELL,
        OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT.
        """
        return await self._invoke(
            "InquiryPriceInstanceBandwidth",
            build_request(instances_models.InquiryPriceInstanceBandwidthRequest, request, {"instance_id": instance_id, "bandwidth_out_mbps": bandwidth_out_mbps}),
            instances_models.InquiryPriceInstanceBandwidthResponse,
        )

    async def inquiry_price_instance_traffic_package(
        self,
        request: instances_models.InquiryPriceInstanceTrafficPackageRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        traffic_package_size: float | None = None,
    ) -> instances_models.InquiryPriceInstanceTrafficPackageResponse:
        """InquiryPriceInstanceTrafficPackage (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, INVALID_INSTANCE_TYPE_ZONE_NO_SELL,
        INVALID_PARAMETER_TRAFFIC_PACKAGE_ERROR, INVALID_PARAMETER_TRAFFIC_PACKAGE_EXCEED,
        OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT.
        """
        return await self._invoke(
            "InquiryPriceInstanceTrafficPackage",
            build_request(instances_models.InquiryPriceInstanceTrafficPackageRequest, request, {"instance_id": instance_id, "traffic_package_size": traffic_package_size}),
            instances_models.InquiryPriceInstanceTrafficPackageResponse,
        )

    async def modify_backend_weight(
        self,
        request: load_balancers_models.ModifyBackendWeightRequest | Mapping[str, Any] | None = None,
        /,
        *,
        backend_id: str | None = None,
        weight: int | None = None,
    ) -> load_balancers_models.ModifyBackendWeightResponse:
        """ModifyBackendWeight (2022-11-20)."""
        return await self._invoke(
            "ModifyBackendWeight",
            build_request(load_balancers_models.ModifyBackendWeightRequest, request, {"backend_id": backend_id, "weight": weight}),
            load_balancers_models.ModifyBackendWeightResponse,
        )

    async def modify_cidr_blocks_attribute(
        self,
        request: cidr_models.ModifyCidrBlocksAttributeRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_ids: list[str] | None = None,
        name: str | None = None,
    ) -> cidr_models.ModifyCidrBlocksAttributeResponse:
        """ModifyCidrBlocksAttribute (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "ModifyCidrBlocksAttribute",
            build_request(cidr_models.ModifyCidrBlocksAttributeRequest, request, {"cidr_block_ids": cidr_block_ids, "name": name}),
            cidr_models.ModifyCidrBlocksAttributeResponse,
        )

    async def modify_ddos_ip_addresses_resource_group(
        self,
        request: ddos_models.ModifyDdosIpAddressesResourceGroupRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_ids: list[str] | None = None,
        resource_group_id: str | None = None,
    ) -> ddos_models.ModifyDdosIpAddressesResourceGroupResponse:
        """ModifyDdosIpAddressesResourceGroup (2022-11-20).

        Documented errors: OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND, OPERATION_FAILED_RESOURCE_NOT_FOUND.
        """
        return await self._invoke(
            "ModifyDdosIpAddressesResourceGroup",
            build_request(ddos_models.ModifyDdosIpAddressesResourceGroupRequest, request, {"ddos_ip_ids": ddos_ip_ids, "resource_group_id": resource_group_id}),
            ddos_models.ModifyDdosIpAddressesResourceGroupResponse,
        )

    async def modify_eip_addresses_resource_group(
        self,
        request: eip_models.ModifyEipAddressesResourceGroupRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_ids: list[str] | None = None,
        resource_group_id: str | None = None,
    ) -> eip_models.ModifyEipAddressesResourceGroupResponse:
        """ModifyEipAddressesResourceGroup (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND, OPERATION_FAILED_RESOURCE_NOT_FOUND.
        """
        return await self._invoke(
            "ModifyEipAddressesResourceGroup",
            build_request(eip_models.ModifyEipAddressesResourceGroupRequest, request, {"eip_ids": eip_ids, "resource_group_id": resource_group_id}),
            eip_models.ModifyEipAddressesResourceGroupResponse,
        )

    async def modify_instance_bandwidth(
        self,
        request: instances_models.ModifyInstanceBandwidthRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        bandwidth_out_mbps: int | None = None,
    ) -> instances_models.ModifyInstanceBandwidthResponse:
        """ModifyInstanceBandwidth (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, INVALID_PARAMETER_BANDWIDTH_EXCEED,
        OPERATION_DENIED_INSTANCE_NOT_RUNNING, OPERATION_FAILED_INSTANCE_BANDWIDTH_PROCESSING.
        """
        return await self._invoke(
            "ModifyInstanceBandwidth",
            build_request(instances_models.ModifyInstanceBandwidthRequest, request, {"instance_id": instance_id, "bandwidth_out_mbps": bandwidth_out_mbps}),
            instances_models.ModifyInstanceBandwidthResponse,
        )

    async def modify_instance_traffic_package(
        self,
        request: instances_models.ModifyInstanceTrafficPackageRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        traffic_package_size: float | None = None,
    ) -> instances_models.ModifyInstanceTrafficPackageResponse:
        """ModifyInstanceTrafficPackage (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, INVALID_PARAMETER_TRAFFIC_PACKAGE_ERROR,
        INVALID_PARAMETER_TRAFFIC_PACKAGE_EXCEED, INVALID_PARAMETER_TRAFFIC_PACKAGE_LESS,
        OPERATION_DENIED_INSTANCE_TRAFFIC_PACKAGE_PROCESSING,
        OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT,
        OPERATION_FAILED_INSTANCE_EXIST_PLAN_TRAFFIC_PACKAGE,
        OPERATION_FILED_INSTANCE_NOT_EXIST_TRAFFIC_PACKAGE.
        """
        return await self._invoke(
            "ModifyInstanceTrafficPackage",
            build_request(instances_models.ModifyInstanceTrafficPackageRequest, request, {"instance_id": instance_id, "traffic_package_size": traffic_package_size}),
            instances_models.ModifyInstanceTrafficPackageResponse,
        )

    async def modify_instances_attribute(
        self,
        request: instances_models.ModifyInstancesAttributeRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
        instance_name: str | None = None,
    ) -> instances_models.ModifyInstancesAttributeResponse:
        """ModifyInstancesAttribute (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND.
        """
        return await self._invoke(
            "ModifyInstancesAttribute",
            build_request(instances_models.ModifyInstancesAttributeRequest, request, {"instance_ids": instance_ids, "instance_name": instance_name}),
            instances_models.ModifyInstancesAttributeResponse,
        )

    async def modify_instances_resource_group(
        self,
        request: instances_models.ModifyInstancesResourceGroupRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
        resource_group_id: str | None = None,
    ) -> instances_models.ModifyInstancesResourceGroupResponse:
        """ModifyInstancesResourceGroup (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND, OPERATION_FAILED_RESOURCE_NOT_FOUND.
        """
        return await self._invoke(
            "ModifyInstancesResourceGroup",
            build_request(instances_models.ModifyInstancesResourceGroupRequest, request, {"instance_ids": instance_ids, "resource_group_id": resource_group_id}),
            instances_models.ModifyInstancesResourceGroupResponse,
        )

    async def modify_listener_attribute(
        self,
        request: load_balancers_models.ModifyListenerAttributeRequest | Mapping[str, Any] | None = None,
        /,
        *,
        listener_id: str | None = None,
        listener_name: str | None = None,
        protocol: str | None = None,
        backend_protocol: str | None = None,
        scheduler: str | None = None,
        kind: str | None = None,
        health_check: load_balancers_models.HealthCheckParam | Mapping[str, Any] | None = None,
        notify: load_balancers_models.NotifyParam | Mapping[str, Any] | None = None,
    ) -> load_balancers_models.ModifyListenerAttributeResponse:
        """ModifyListenerAttribute (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "ModifyListenerAttribute",
            build_request(load_balancers_models.ModifyListenerAttributeRequest, request, {"listener_id": listener_id, "listener_name": listener_name, "protocol": protocol, "backend_protocol": backend_protocol, "scheduler": scheduler, "kind": kind, "health_check": health_check, "notify": notify}),
            load_balancers_models.ModifyListenerAttributeResponse,
        )

    async def modify_load_balancer_bandwidth(
        self,
        request: load_balancers_models.ModifyLoadBalancerBandwidthRequest | Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_id: str | None = None,
        bandwidth: int | None = None,
    ) -> load_balancers_models.ModifyLoadBalancerBandwidthResponse:
        """ModifyLoadBalancerBandwidth (2022-11-20)."""
        return await self._invoke(
            "ModifyLoadBalancerBandwidth",
            build_request(load_balancers_models.ModifyLoadBalancerBandwidthRequest, request, {"load_balancer_id": load_balancer_id, "bandwidth": bandwidth}),
            load_balancers_models.ModifyLoadBalancerBandwidthResponse,
        )

    async def modify_load_balancers_name(
        self,
        request: load_balancers_models.ModifyLoadBalancersNameRequest | Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_name: str | None = None,
        load_balancer_ids: list[str] | None = None,
    ) -> load_balancers_models.ModifyLoadBalancersNameResponse:
        """ModifyLoadBalancersName (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "ModifyLoadBalancersName",
            build_request(load_balancers_models.ModifyLoadBalancersNameRequest, request, {"load_balancer_name": load_balancer_name, "load_balancer_ids": load_balancer_ids}),
            load_balancers_models.ModifyLoadBalancersNameResponse,
        )

    async def modify_subnets_attribute(
        self,
        request: subnets_models.ModifySubnetsAttributeRequest | Mapping[str, Any] | None = None,
        /,
        *,
        subnet_ids: list[str] | None = None,
        subnet_name: str | None = None,
    ) -> subnets_models.ModifySubnetsAttributeResponse:
        """ModifySubnetsAttribute (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_FAILED_RESOURCE_NOT_FOUND.
        """
        return await self._invoke(
            "ModifySubnetsAttribute",
            build_request(subnets_models.ModifySubnetsAttributeRequest, request, {"subnet_ids": subnet_ids, "subnet_name": subnet_name}),
            subnets_models.ModifySubnetsAttributeResponse,
        )

    async def modify_subnets_resource_group(
        self,
        request: subnets_models.ModifySubnetsResourceGroupRequest | Mapping[str, Any] | None = None,
        /,
        *,
        subnet_ids: list[str] | None = None,
        resource_group_id: str | None = None,
    ) -> subnets_models.ModifySubnetsResourceGroupResponse:
        """ModifySubnetsResourceGroup (2022-11-20)."""
        return await self._invoke(
            "ModifySubnetsResourceGroup",
            build_request(subnets_models.ModifySubnetsResourceGroupRequest, request, {"subnet_ids": subnet_ids, "resource_group_id": resource_group_id}),
            subnets_models.ModifySubnetsResourceGroupResponse,
        )

    async def modify_vpcs_attribute(
        self,
        request: vpcs_models.ModifyVpcsAttributeRequest | Mapping[str, Any] | None = None,
        /,
        *,
        vpc_ids: list[str] | None = None,
        vpc_name: str | None = None,
    ) -> vpcs_models.ModifyVpcsAttributeResponse:
        """ModifyVpcsAttribute (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_FAILED_RESOURCE_NOT_FOUND.
        """
        return await self._invoke(
            "ModifyVpcsAttribute",
            build_request(vpcs_models.ModifyVpcsAttributeRequest, request, {"vpc_ids": vpc_ids, "vpc_name": vpc_name}),
            vpcs_models.ModifyVpcsAttributeResponse,
        )

    async def modify_vpcs_resource_group(
        self,
        request: vpcs_models.ModifyVpcsResourceGroupRequest | Mapping[str, Any] | None = None,
        /,
        *,
        vpc_ids: list[str] | None = None,
        resource_group_id: str | None = None,
    ) -> vpcs_models.ModifyVpcsResourceGroupResponse:
        """ModifyVpcsResourceGroup (2022-11-20)."""
        return await self._invoke(
            "ModifyVpcsResourceGroup",
            build_request(vpcs_models.ModifyVpcsResourceGroupRequest, request, {"vpc_ids": vpc_ids, "resource_group_id": resource_group_id}),
            vpcs_models.ModifyVpcsResourceGroupResponse,
        )

    async def reboot_instances(
        self,
        request: instances_models.RebootInstancesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
    ) -> instances_models.RebootInstancesResponse:
        """RebootInstances (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_INSTANCE_RECYCLED,
        OPERATION_DENIED_INSTANCE_STATUS.
        """
        return await self._invoke(
            "RebootInstances",
            build_request(instances_models.RebootInstancesRequest, request, {"instance_ids": instance_ids}),
            instances_models.RebootInstancesResponse,
        )

    async def register_backend(
        self,
        request: load_balancers_models.RegisterBackendRequest | Mapping[str, Any] | None = None,
        /,
        *,
        listener_id: str | None = None,
        backend_name: str | None = None,
        instance_id: str | None = None,
        client_token: str | None = None,
        port_list: list[int] | None = None,
        weight: int | None = None,
        instance_type: str | None = None,
    ) -> load_balancers_models.RegisterBackendResponse:
        """RegisterBackend (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "RegisterBackend",
            build_request(load_balancers_models.RegisterBackendRequest, request, {"listener_id": listener_id, "backend_name": backend_name, "instance_id": instance_id, "client_token": client_token, "port_list": port_list, "weight": weight, "instance_type": instance_type}),
            load_balancers_models.RegisterBackendResponse,
        )

    async def reinstall_instance(
        self,
        request: instances_models.ReinstallInstanceRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        image_id: str | None = None,
        ipxe_url: str | None = None,
        hostname: str | None = None,
        password: str | None = None,
        key_id: str | None = None,
        ssh_keys: list[str] | None = None,
        raid_config: instances_models.RaidConfigParam | Mapping[str, Any] | None = None,
        partitions: list[instances_models.PartitionParam | Mapping[str, Any]] | None = None,
        nic: instances_models.NicParam | Mapping[str, Any] | None = None,
        user_data: str | None = None,
    ) -> instances_models.ReinstallInstanceResponse:
        """ReinstallInstance (2022-11-20, 2026-02-01).

        Documented errors: INVALID_IMAGE_NOT_FOUND, INVALID_INSTANCE_NOT_FOUND,
        INVALID_INSTANCE_TYPE_RAID_NOT_SUPPORT, INVALID_PARAMETER_HOSTNAME_EXCEED,
        INVALID_PARAMETER_HOSTNAME_MALFORMED, INVALID_PARAMETER_INSTANCE_LOGIN_CONFLICT,
        INVALID_PARAMETER_INSTANCE_NAME_EXCEED, INVALID_PARAMETER_NIC_NAME_CONFLICT,
        INVALID_PARAMETER_NIC_NAME_MALFORMED, INVALID_PARAMETER_SSH_KEY_MALFORMED,
        INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED, INVALID_PARAMETER_VALUE_RAID_DISK_DISORDER,
        INVALID_PARAMETER_VALUE_RAID_DISK_MISMATCH, INVALID_PARTITION_DUPLICATE_FILE_PATH,
        INVALID_PARTITION_IMAGE_NOT_SET, INVALID_PARTITION_INVALID_ORDER, INVALID_PARTITION_MALFORMED,
        INVALID_PARTITION_MISSING_REQUIRED_FILE_PATH, INVALID_PARTITION_NO_TYPE,
        INVALID_PARTITION_SIZE_NOT_FULL, INVALID_RAID_CONFIG_FAST_CUSTOM_CONFLICT.
        """
        return await self._invoke(
            "ReinstallInstance",
            build_request(instances_models.ReinstallInstanceRequest, request, {"instance_id": instance_id, "image_id": image_id, "ipxe_url": ipxe_url, "hostname": hostname, "password": password, "key_id": key_id, "ssh_keys": ssh_keys, "raid_config": raid_config, "partitions": partitions, "nic": nic, "user_data": user_data}),
            instances_models.ReinstallInstanceResponse,
        )

    async def release_cidr_blocks(
        self,
        request: cidr_models.ReleaseCidrBlocksRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_ids: list[str] | None = None,
    ) -> cidr_models.ReleaseCidrBlocksResponse:
        """ReleaseCidrBlocks (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_DENIED_CIDRBLOCK_NOT_RECYCLED.
        """
        return await self._invoke(
            "ReleaseCidrBlocks",
            build_request(cidr_models.ReleaseCidrBlocksRequest, request, {"cidr_block_ids": cidr_block_ids}),
            cidr_models.ReleaseCidrBlocksResponse,
        )

    async def release_ddos_ip_addresses(
        self,
        request: ddos_models.ReleaseDdosIpAddressesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_ids: list[str] | None = None,
    ) -> ddos_models.ReleaseDdosIpAddressesResponse:
        """ReleaseDdosIpAddresses (2022-11-20).

        Documented errors: OPERATION_DENIED_DDOS_IP_NOT_RECYCLED.
        """
        return await self._invoke(
            "ReleaseDdosIpAddresses",
            build_request(ddos_models.ReleaseDdosIpAddressesRequest, request, {"ddos_ip_ids": ddos_ip_ids}),
            ddos_models.ReleaseDdosIpAddressesResponse,
        )

    async def release_eip_addresses(
        self,
        request: eip_models.ReleaseEipAddressesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_ids: list[str] | None = None,
    ) -> eip_models.ReleaseEipAddressesResponse:
        """ReleaseEipAddresses (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_DENIED_EIP_NOT_RECYCLED.
        """
        return await self._invoke(
            "ReleaseEipAddresses",
            build_request(eip_models.ReleaseEipAddressesRequest, request, {"eip_ids": eip_ids}),
            eip_models.ReleaseEipAddressesResponse,
        )

    async def release_instances(
        self,
        request: instances_models.ReleaseInstancesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
    ) -> instances_models.ReleaseInstancesResponse:
        """ReleaseInstances (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_INSTANCE_NOT_RECYCLED.
        """
        return await self._invoke(
            "ReleaseInstances",
            build_request(instances_models.ReleaseInstancesRequest, request, {"instance_ids": instance_ids}),
            instances_models.ReleaseInstancesResponse,
        )

    async def release_load_balancer(
        self,
        request: load_balancers_models.ReleaseLoadBalancerRequest | Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_id: str | None = None,
    ) -> load_balancers_models.ReleaseLoadBalancerResponse:
        """ReleaseLoadBalancer (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "ReleaseLoadBalancer",
            build_request(load_balancers_models.ReleaseLoadBalancerRequest, request, {"load_balancer_id": load_balancer_id}),
            load_balancers_models.ReleaseLoadBalancerResponse,
        )

    async def renew_cidr_block(
        self,
        request: cidr_models.RenewCidrBlockRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_id: str | None = None,
    ) -> cidr_models.RenewCidrBlockResponse:
        """RenewCidrBlock (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_DENIED_CIDRBLOCK_TYPE_NOT_SUPPORTED.
        """
        return await self._invoke(
            "RenewCidrBlock",
            build_request(cidr_models.RenewCidrBlockRequest, request, {"cidr_block_id": cidr_block_id}),
            cidr_models.RenewCidrBlockResponse,
        )

    async def renew_ddos_ip_address(
        self,
        request: ddos_models.RenewDdosIpAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_id: str | None = None,
    ) -> ddos_models.RenewDdosIpAddressResponse:
        """RenewDdosIpAddress (2022-11-20).

        Documented errors: INVALID_DDOS_IP_NOT_FOUND.
        """
        return await self._invoke(
            "RenewDdosIpAddress",
            build_request(ddos_models.RenewDdosIpAddressRequest, request, {"ddos_ip_id": ddos_ip_id}),
            ddos_models.RenewDdosIpAddressResponse,
        )

    async def renew_eip_address(
        self,
        request: eip_models.RenewEipAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_id: str | None = None,
    ) -> eip_models.RenewEipAddressResponse:
        """RenewEipAddress (2022-11-20, 2026-02-01).

        Documented errors: INVALID_EIP_NOT_FOUND.
        """
        return await self._invoke(
            "RenewEipAddress",
            build_request(eip_models.RenewEipAddressRequest, request, {"eip_id": eip_id}),
            eip_models.RenewEipAddressResponse,
        )

    async def renew_instance(
        self,
        request: instances_models.RenewInstanceRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
    ) -> instances_models.RenewInstanceResponse:
        """RenewInstance (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND.
        """
        return await self._invoke(
            "RenewInstance",
            build_request(instances_models.RenewInstanceRequest, request, {"instance_id": instance_id}),
            instances_models.RenewInstanceResponse,
        )

    async def reset_instance_ipmi_password(
        self,
        request: instances_models.ResetInstanceIpmiPasswordRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
        password: str | None = None,
    ) -> instances_models.ResetInstanceIpmiPasswordResponse:
        """ResetInstanceIpmiPassword (2026-02-01)."""
        return await self._invoke(
            "ResetInstanceIpmiPassword",
            build_request(instances_models.ResetInstanceIpmiPasswordRequest, request, {"instance_id": instance_id, "password": password}),
            instances_models.ResetInstanceIpmiPasswordResponse,
        )

    async def restore_load_balancer(
        self,
        request: load_balancers_models.RestoreLoadBalancerRequest | Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_id: str | None = None,
    ) -> load_balancers_models.RestoreLoadBalancerResponse:
        """RestoreLoadBalancer (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "RestoreLoadBalancer",
            build_request(load_balancers_models.RestoreLoadBalancerRequest, request, {"load_balancer_id": load_balancer_id}),
            load_balancers_models.RestoreLoadBalancerResponse,
        )

    async def start_instances(
        self,
        request: instances_models.StartInstancesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
    ) -> instances_models.StartInstancesResponse:
        """StartInstances (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_INSTANCE_NOT_STOPPED,
        OPERATION_DENIED_INSTANCE_RECYCLED.
        """
        return await self._invoke(
            "StartInstances",
            build_request(instances_models.StartInstancesRequest, request, {"instance_ids": instance_ids}),
            instances_models.StartInstancesResponse,
        )

    async def stop_instances(
        self,
        request: instances_models.StopInstancesRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_ids: list[str] | None = None,
    ) -> instances_models.StopInstancesResponse:
        """StopInstances (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_INSTANCE_NOT_RUNNING,
        OPERATION_DENIED_INSTANCE_RECYCLED.
        """
        return await self._invoke(
            "StopInstances",
            build_request(instances_models.StopInstancesRequest, request, {"instance_ids": instance_ids}),
            instances_models.StopInstancesResponse,
        )

    async def terminate_cidr_block(
        self,
        request: cidr_models.TerminateCidrBlockRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_id: str | None = None,
    ) -> cidr_models.TerminateCidrBlockResponse:
        """TerminateCidrBlock (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_DENIED_CIDRBLOCK_SUBSCRIPTION, OPERATION_DENIED_INSTANCE_EXIST.
        """
        return await self._invoke(
            "TerminateCidrBlock",
            build_request(cidr_models.TerminateCidrBlockRequest, request, {"cidr_block_id": cidr_block_id}),
            cidr_models.TerminateCidrBlockResponse,
        )

    async def terminate_ddos_ip_address(
        self,
        request: ddos_models.TerminateDdosIpAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_id: str | None = None,
    ) -> ddos_models.TerminateDdosIpAddressResponse:
        """TerminateDdosIpAddress (2022-11-20).

        Documented errors: INVALID_DDOS_IP_NOT_FOUND, OPERATION_DENIED_DDOS_IP_RECYCLED,
        OPERATION_DENIED_DDOS_IP_SUBSCRIPTION.
        """
        return await self._invoke(
            "TerminateDdosIpAddress",
            build_request(ddos_models.TerminateDdosIpAddressRequest, request, {"ddos_ip_id": ddos_ip_id}),
            ddos_models.TerminateDdosIpAddressResponse,
        )

    async def terminate_eip_address(
        self,
        request: eip_models.TerminateEipAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_id: str | None = None,
    ) -> eip_models.TerminateEipAddressResponse:
        """TerminateEipAddress (2022-11-20, 2026-02-01).

        Documented errors: INVALID_EIP_NOT_FOUND, OPERATION_DENIED_EIP_RECYCLED,
        OPERATION_DENIED_EIP_SUBSCRIPTION.
        """
        return await self._invoke(
            "TerminateEipAddress",
            build_request(eip_models.TerminateEipAddressRequest, request, {"eip_id": eip_id}),
            eip_models.TerminateEipAddressResponse,
        )

    async def terminate_instance(
        self,
        request: instances_models.TerminateInstanceRequest | Mapping[str, Any] | None = None,
        /,
        *,
        instance_id: str | None = None,
    ) -> instances_models.TerminateInstanceResponse:
        """TerminateInstance (2022-11-20, 2026-02-01).

        Documented errors: INVALID_INSTANCE_NOT_FOUND, OPERATION_DENIED_INSTANCE_CREATING,
        OPERATION_DENIED_INSTANCE_RECYCLED, OPERATION_DENIED_INSTANCE_STATUS_INSTALLING,
        OPERATION_DENIED_INSTANCE_SUBSCRIPTION, OPERATION_DENIED_POSTPAID_PROMISE.
        """
        return await self._invoke(
            "TerminateInstance",
            build_request(instances_models.TerminateInstanceRequest, request, {"instance_id": instance_id}),
            instances_models.TerminateInstanceResponse,
        )

    async def terminate_load_balancer(
        self,
        request: load_balancers_models.TerminateLoadBalancerRequest | Mapping[str, Any] | None = None,
        /,
        *,
        load_balancer_id: str | None = None,
    ) -> load_balancers_models.TerminateLoadBalancerResponse:
        """TerminateLoadBalancer (2022-11-20, 2026-02-01)."""
        return await self._invoke(
            "TerminateLoadBalancer",
            build_request(load_balancers_models.TerminateLoadBalancerRequest, request, {"load_balancer_id": load_balancer_id}),
            load_balancers_models.TerminateLoadBalancerResponse,
        )

    async def unassociate_ddos_ip_address(
        self,
        request: ddos_models.UnassociateDdosIpAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        ddos_ip_id: str | None = None,
    ) -> ddos_models.UnassociateDdosIpAddressResponse:
        """UnassociateDdosIpAddress (2022-11-20).

        Documented errors: FAILED_OPERATION_FOR_RECYCLE_RESOURCE, INVALID_DDOS_IP_NOT_FOUND,
        OPERATION_DENIED_DDOS_IP_STATUS_NOT_SUPPORT.
        """
        return await self._invoke(
            "UnassociateDdosIpAddress",
            build_request(ddos_models.UnassociateDdosIpAddressRequest, request, {"ddos_ip_id": ddos_ip_id}),
            ddos_models.UnassociateDdosIpAddressResponse,
        )

    async def unassociate_eip_address(
        self,
        request: eip_models.UnAssociateEipAddressRequest | Mapping[str, Any] | None = None,
        /,
        *,
        eip_id: str | None = None,
    ) -> eip_models.UnAssociateEipAddressResponse:
        """UnAssociateEipAddress (2022-11-20, 2026-02-01).

        Documented errors: FAILED_OPERATION_FOR_RECYCLE_RESOURCE, INVALID_EIP_NOT_FOUND,
        OPERATION_DENIED_EIP_STATUS_NOT_SUPPORT.
        """
        return await self._invoke(
            "UnAssociateEipAddress",
            build_request(eip_models.UnAssociateEipAddressRequest, request, {"eip_id": eip_id}),
            eip_models.UnAssociateEipAddressResponse,
        )

    async def unassociate_subnet_instance(
        self,
        request: subnets_models.UnAssociateSubnetInstanceRequest | Mapping[str, Any] | None = None,
        /,
        *,
        subnet_id: str | None = None,
        instance_id: str | None = None,
    ) -> subnets_models.UnAssociateSubnetInstanceResponse:
        """UnAssociateSubnetInstance (2022-11-20, 2026-02-01).

        Documented errors: INVALID_SUBNET_NOT_FOUND, OPERATION_DENIED_SUBNET_ASSOCIATING_INSTANCE.
        """
        return await self._invoke(
            "UnAssociateSubnetInstance",
            build_request(subnets_models.UnAssociateSubnetInstanceRequest, request, {"subnet_id": subnet_id, "instance_id": instance_id}),
            subnets_models.UnAssociateSubnetInstanceResponse,
        )

    async def unbind_cidr_block_ips(
        self,
        request: cidr_models.UnbindCidrBlockIpsRequest | Mapping[str, Any] | None = None,
        /,
        *,
        cidr_block_id: str | None = None,
        ip_list: list[str] | None = None,
    ) -> cidr_models.UnbindCidrBlockIpsResponse:
        """UnbindCidrBlockIps (2022-11-20, 2026-02-01).

        Documented errors: OPERATION_DENIED_CIDRBLOCK_RECYCLED, OPERATION_DENIED_INVALID_STATUS,
        OPERATION_DENIED_IP_NOT_BELONG.
        """
        return await self._invoke(
            "UnbindCidrBlockIps",
            build_request(cidr_models.UnbindCidrBlockIpsRequest, request, {"cidr_block_id": cidr_block_id, "ip_list": ip_list}),
            cidr_models.UnbindCidrBlockIpsResponse,
        )
