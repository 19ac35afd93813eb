# generated — do not edit: produced by `python -m tools.generate_api` from zltoolkit/api/catalogue/data.
"""Wire models of the load_balancers family (requests strict, responses tolerant)."""

from __future__ import annotations

from zltoolkit.api.base import Bool, Int, RequestModel, Str

from ._common import Items, TolerantModel, TolerantResponse
from .shared import MarketingInfoParam, TagAssociation, TagAssociationParam, TagParam

__all__ = [
    "BackendInfo",
    "CreateListenerRequest",
    "CreateListenerResponse",
    "CreateLoadBalancerRequest",
    "CreateLoadBalancerResponse",
    "CreateLoadBalancerVIPsRequest",
    "CreateLoadBalancerVIPsResponse",
    "DeleteListenerRequest",
    "DeleteListenerResponse",
    "DeleteLoadBalancerVIPRequest",
    "DeleteLoadBalancerVIPResponse",
    "DeregisterBackendRequest",
    "DeregisterBackendResponse",
    "DescribeBackendsRequest",
    "DescribeBackendsResponse",
    "DescribeListenersRequest",
    "DescribeListenersResponse",
    "DescribeLoadBalancerSpecsRequest",
    "DescribeLoadBalancerSpecsResponse",
    "DescribeLoadBalancerZonesRequest",
    "DescribeLoadBalancerZonesResponse",
    "DescribeLoadBalancersRequest",
    "DescribeLoadBalancersResponse",
    "HealthCheck",
    "HealthCheckParam",
    "InstanceChargePrepaidParam",
    "ListenerInfo",
    "LoadBalancerInfo",
    "LoadBalancerIp",
    "LoadBalancerSpec",
    "ModifyBackendWeightRequest",
    "ModifyBackendWeightResponse",
    "ModifyListenerAttributeRequest",
    "ModifyListenerAttributeResponse",
    "ModifyLoadBalancerBandwidthRequest",
    "ModifyLoadBalancerBandwidthResponse",
    "ModifyLoadBalancersNameRequest",
    "ModifyLoadBalancersNameResponse",
    "Notify",
    "NotifyParam",
    "RegisterBackendRequest",
    "RegisterBackendResponse",
    "ReleaseLoadBalancerRequest",
    "ReleaseLoadBalancerResponse",
    "RestoreLoadBalancerRequest",
    "RestoreLoadBalancerResponse",
    "TerminateLoadBalancerRequest",
    "TerminateLoadBalancerResponse",
]


class HealthCheckParam(RequestModel):
    """HealthCheck (request side)."""
    check_enabled: Bool | None = None
    check_type: Str | None = None
    check_connect_timeout: Int | None = None
    check_retry: Int | None = None
    check_delay_before_retry: Int | None = None
    check_interval_time: Int | None = None
    check_port: Int | None = None
    http_version: Str | None = None
    http_check_path: Str | None = None
    http_check_digest: Int | None = None
    http_code: Int | None = None
    misc_check_path: Str | None = None
    misc_timeout: Int | None = None


class HealthCheck(TolerantModel):
    """HealthCheck as read (tolerant)."""
    check_enabled: bool | None = None
    check_type: str | None = None
    check_connect_timeout: int | None = None
    check_retry: int | None = None
    check_delay_before_retry: int | None = None
    check_interval_time: int | None = None
    check_port: int | None = None
    http_version: str | None = None
    http_check_path: str | None = None
    http_check_digest: int | None = None
    http_code: int | None = None
    misc_check_path: str | None = None
    misc_timeout: int | None = None


class NotifyParam(RequestModel):
    """Notify (request side)."""
    enable: Bool | None = None
    api_address: Str | None = None


class Notify(TolerantModel):
    """Notify as read (tolerant)."""
    enable: bool | None = None
    api_address: str | None = None


class CreateListenerRequest(RequestModel):
    """The CreateListener request."""
    load_balancer_id: Str | None = None
    listener_name: Str | None = None
    port_list: list[Int] | None = None
    client_token: Str | None = None
    protocol: Str | None = None
    backend_protocol: Str | None = None
    scheduler: Str | None = None
    kind: Str | None = None
    health_check: HealthCheckParam | None = None
    notify: NotifyParam | None = None


class InstanceChargePrepaidParam(RequestModel):
    """InstanceChargePrepaid (request side)."""
    period: Int | None = None
    period_unit: Str | None = None  # only 2022-11-20
    no_confirm_pay: Bool | None = None  # only 2022-11-20


class CreateLoadBalancerRequest(RequestModel):
    """The CreateLoadBalancer request."""
    client_token: Str | None = None
    zone_id: Str | None = None
    load_balancer_name: Str | None = None
    spec_name: Str | None = None  # only 2022-11-20
    charge_type: Str | None = None
    instance_charge_prepaid: InstanceChargePrepaidParam | None = None
    bandwidth: Int | None = None
    ip_type: Str | None = None
    vip_count: Int | None = None
    subnet_id: Str | None = None
    cidr_block_id: Str | None = None
    master_ip: Str | None = None
    backup_ip: Str | None = None
    tags: TagAssociationParam | None = None
    marketing_options: MarketingInfoParam | None = None


class CreateLoadBalancerVIPsRequest(RequestModel):
    """The CreateLoadBalancerVIPs request."""
    load_balancer_id: Str | None = None
    count: Int | None = None


class DeleteListenerRequest(RequestModel):
    """The DeleteListener request."""
    listener_id: Str | None = None


class DeleteLoadBalancerVIPRequest(RequestModel):
    """The DeleteLoadBalancerVIP request."""
    vip_id: Str | None = None


class DeregisterBackendRequest(RequestModel):
    """The DeregisterBackend request."""
    backend_id: Str | None = None


class DescribeBackendsRequest(RequestModel):
    """The DescribeBackends request."""
    listener_id: Str | None = None
    backend_ids: list[Str] | None = None
    backend_name: Str | None = None
    page_num: Int | None = None
    page_size: Int | None = None
    instance_type: Str | None = None  # only 2026-02-01; see the catalogue note


class DescribeListenersRequest(RequestModel):
    """The DescribeListeners request."""
    listener_ids: list[Str] | None = None
    load_balancer_ids: list[Str] | None = None
    listener_name: Str | None = None
    page_num: Int | None = None
    page_size: Int | None = None


class DescribeLoadBalancerSpecsRequest(RequestModel):
    """The DescribeLoadBalancerSpecs request."""
    charge_type: Str | None = None
    zone_id: Str | None = None


class DescribeLoadBalancerZonesRequest(RequestModel):
    """The DescribeLoadBalancerZones request."""
    charge_type: Str | None = None


class DescribeLoadBalancersRequest(RequestModel):
    """The DescribeLoadBalancers request."""
    load_balancer_ids: list[Str] | None = None
    zone_id: Str | None = None
    load_balancer_name: Str | None = None
    page_num: Int | None = None
    page_size: Int | None = None
    tag_keys: list[Str] | None = None
    tags: list[TagParam] | None = None
    resource_group_id: Str | None = None


class ModifyBackendWeightRequest(RequestModel):
    """The ModifyBackendWeight request."""
    backend_id: Str | None = None  # only 2022-11-20
    weight: Int | None = None  # only 2022-11-20


class ModifyListenerAttributeRequest(RequestModel):
    """The ModifyListenerAttribute request."""
    listener_id: Str | None = None
    listener_name: Str | None = None
    protocol: Str | None = None
    backend_protocol: Str | None = None
    scheduler: Str | None = None
    kind: Str | None = None
    health_check: HealthCheckParam | None = None
    notify: NotifyParam | None = None


class ModifyLoadBalancerBandwidthRequest(RequestModel):
    """The ModifyLoadBalancerBandwidth request."""
    load_balancer_id: Str | None = None  # only 2022-11-20
    bandwidth: Int | None = None  # only 2022-11-20


class ModifyLoadBalancersNameRequest(RequestModel):
    """The ModifyLoadBalancersName request."""
    load_balancer_name: Str | None = None
    load_balancer_ids: list[Str] | None = None


class RegisterBackendRequest(RequestModel):
    """The RegisterBackend request."""
    listener_id: Str | None = None
    backend_name: Str | None = None
    instance_id: Str | None = None
    client_token: Str | None = None
    port_list: list[Int] | None = None
    weight: Int | None = None
    instance_type: Str | None = None  # only 2026-02-01; see the catalogue note


class ReleaseLoadBalancerRequest(RequestModel):
    """The ReleaseLoadBalancer request."""
    load_balancer_id: Str | None = None


class RestoreLoadBalancerRequest(RequestModel):
    """The RestoreLoadBalancer request."""
    load_balancer_id: Str | None = None


class TerminateLoadBalancerRequest(RequestModel):
    """The TerminateLoadBalancer request."""
    load_balancer_id: Str | None = None


class CreateListenerResponse(TolerantResponse):
    """CreateListenerResponse as read (tolerant)."""
    listener_id: str | None = None


class CreateLoadBalancerResponse(TolerantResponse):
    """CreateLoadBalancerResponse as read (tolerant)."""
    order_number: str | None = None
    load_balancer_id: str | None = None


class CreateLoadBalancerVIPsResponse(TolerantResponse):
    """CreateLoadBalancerVIPsResponse as read (tolerant)."""
    order_number: str | None = None
    vip_id_set: Items[str] = []


class DeleteListenerResponse(TolerantResponse):
    """DeleteListenerResponse as read (tolerant)."""


class DeleteLoadBalancerVIPResponse(TolerantResponse):
    """DeleteLoadBalancerVIPResponse as read (tolerant)."""


class DeregisterBackendResponse(TolerantResponse):
    """DeregisterBackendResponse as read (tolerant)."""


class BackendInfo(TolerantModel):
    """BackendInfo as read (tolerant)."""
    listener_id: str | None = None
    backend_id: str | None = None
    backend_name: str | None = None
    status: str | None = None
    port: str | None = None
    weight: int | None = None
    instance_id: str | None = None
    instance_name: str | None = None
    create_time: str | None = None
    instance_type: str | None = None  # only 2026-02-01; see the catalogue note


class DescribeBackendsResponse(TolerantResponse):
    """DescribeBackendsResponse as read (tolerant)."""
    total_count: int | None = None
    data_set: Items[BackendInfo] = []


class ListenerInfo(TolerantModel):
    """ListenerInfo as read (tolerant)."""
    load_balancer_id: str | None = None
    listener_id: str | None = None
    listener_name: str | None = None
    status: str | None = None
    port: str | None = None
    protocol: str | None = None
    backend_protocol: str | None = None
    scheduler: str | None = None
    kind: str | None = None
    health_check: HealthCheck | None = None
    notify: Notify | None = None
    create_time: str | None = None


class DescribeListenersResponse(TolerantResponse):
    """DescribeListenersResponse as read (tolerant)."""
    total_count: int | None = None
    data_set: Items[ListenerInfo] = []


class LoadBalancerSpec(TolerantModel):
    """LoadBalancerSpec as read (tolerant)."""
    spec_name: str | None = None
    max_connection: int | None = None
    cps: int | None = None
    qps: int | None = None


class DescribeLoadBalancerSpecsResponse(TolerantResponse):
    """DescribeLoadBalancerSpecsResponse as read (tolerant)."""
    spec_set: Items[LoadBalancerSpec] = []


class DescribeLoadBalancerZonesResponse(TolerantResponse):
    """DescribeLoadBalancerZonesResponse as read (tolerant)."""
    zone_id_set: Items[str] = []


class LoadBalancerIp(TolerantModel):
    """LoadBalancerIp as read (tolerant)."""
    vip_id: str | None = None
    ip_address: str | None = None
    type: str | None = None
    status: str | None = None


class LoadBalancerInfo(TolerantModel):
    """LoadBalancerInfo as read (tolerant)."""
    load_balancer_id: str | None = None
    zone_id: str | None = None
    load_balancer_name: str | None = None
    spec_name: str | None = None
    vip_list: list[LoadBalancerIp] | None = None
    charge_type: str | None = None
    period: int | None = None
    create_time: str | None = None
    expired_time: str | None = None
    status: str | None = None
    resource_group_id: str | None = None
    resource_group_name: str | None = None
    master_ip: str | None = None
    backup_ip: str | None = None
    ip_type: str | None = None
    bandwidth: int | None = None
    is_working: bool | None = None
    listener_list: list[ListenerInfo] | None = None
    backend_list: list[BackendInfo] | None = None
    tags: TagAssociation | None = None


class DescribeLoadBalancersResponse(TolerantResponse):
    """DescribeLoadBalancersResponse as read (tolerant)."""
    total_count: int | None = None
    data_set: Items[LoadBalancerInfo] = []


class ModifyBackendWeightResponse(TolerantResponse):
    """ModifyBackendWeightResponse as read (tolerant)."""


class ModifyListenerAttributeResponse(TolerantResponse):
    """ModifyListenerAttributeResponse as read (tolerant)."""


class ModifyLoadBalancerBandwidthResponse(TolerantResponse):
    """ModifyLoadBalancerBandwidthResponse as read (tolerant)."""


class ModifyLoadBalancersNameResponse(TolerantResponse):
    """ModifyLoadBalancersNameResponse as read (tolerant)."""


class RegisterBackendResponse(TolerantResponse):
    """RegisterBackendResponse as read (tolerant)."""
    backend_id: str | None = None


class ReleaseLoadBalancerResponse(TolerantResponse):
    """ReleaseLoadBalancerResponse as read (tolerant)."""


class RestoreLoadBalancerResponse(TolerantResponse):
    """RestoreLoadBalancerResponse as read (tolerant)."""
    order_number: str | None = None


class TerminateLoadBalancerResponse(TolerantResponse):
    """TerminateLoadBalancerResponse as read (tolerant)."""
