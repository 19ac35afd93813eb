# generated — do not edit: produced by `python -m tools.generate_api` from zltoolkit/api/catalogue/data.
"""Wire models of the ddos family (requests strict, responses tolerant)."""

from __future__ import annotations

from zltoolkit.api.base import Int, RequestModel, Str
from zltoolkit.api.enums import ChargeType

from ._common import Items, Open, TolerantModel, TolerantResponse
from .shared import ChargePrepaidParam, Price

__all__ = [
    "AllocateDdosIpAddressesRequest",
    "AllocateDdosIpAddressesResponse",
    "AssociateDdosIpAddressRequest",
    "AssociateDdosIpAddressResponse",
    "DdosIpAddress",
    "DdosIpAvailableResource",
    "DescribeDdosAvailableResourcesRequest",
    "DescribeDdosAvailableResourcesResponse",
    "DescribeDdosIpAddressesRequest",
    "DescribeDdosIpAddressesResponse",
    "DescribeInstanceAvailableDdosResourcesRequest",
    "DescribeInstanceAvailableDdosResourcesResponse",
    "InquiryPriceCreateDdosIpAddressRequest",
    "InquiryPriceCreateDdosIpAddressResponse",
    "InstanceAvailableDdosIpResource",
    "ModifyDdosIpAddressesResourceGroupRequest",
    "ModifyDdosIpAddressesResourceGroupResponse",
    "ReleaseDdosIpAddressesRequest",
    "ReleaseDdosIpAddressesResponse",
    "RenewDdosIpAddressRequest",
    "RenewDdosIpAddressResponse",
    "TerminateDdosIpAddressRequest",
    "TerminateDdosIpAddressResponse",
    "UnassociateDdosIpAddressRequest",
    "UnassociateDdosIpAddressResponse",
]


class AllocateDdosIpAddressesRequest(RequestModel):
    """The AllocateDdosIpAddresses request."""
    ddos_ip_charge_type: ChargeType | None = None  # only 2022-11-20
    ddos_ip_charge_prepaid: ChargePrepaidParam | None = None  # only 2022-11-20
    zone_id: Str | None = None  # only 2022-11-20
    resource_group_id: Str | None = None  # only 2022-11-20
    amount: Int | None = None  # only 2022-11-20


class AssociateDdosIpAddressRequest(RequestModel):
    """The AssociateDdosIpAddress request."""
    ddos_ip_id: Str | None = None  # only 2022-11-20
    instance_id: Str | None = None  # only 2022-11-20


class DescribeDdosAvailableResourcesRequest(RequestModel):
    """The DescribeDdosAvailableResources request."""
    ddos_ip_charge_type: ChargeType | None = None  # only 2022-11-20
    zone_id: Str | None = None  # only 2022-11-20


class DescribeDdosIpAddressesRequest(RequestModel):
    """The DescribeDdosIpAddresses request."""
    ddos_ip_ids: list[Str] | None = None  # only 2022-11-20
    ddos_ip_charge_type: ChargeType | None = None  # only 2022-11-20
    ip_address: Str | None = None  # only 2022-11-20
    zone_id: Str | None = None  # only 2022-11-20
    resource_group_id: Str | None = None  # only 2022-11-20
    ddos_ip_status: Str | None = None  # only 2022-11-20
    instance_id: Str | None = None  # only 2022-11-20
    instance_name: Str | None = None  # only 2022-11-20
    page_size: Int | None = None  # only 2022-11-20
    page_num: Int | None = None  # only 2022-11-20


class DescribeInstanceAvailableDdosResourcesRequest(RequestModel):
    """The DescribeInstanceAvailableDdosResources request."""
    instance_id: Str | None = None  # only 2022-11-20


class InquiryPriceCreateDdosIpAddressRequest(RequestModel):
    """The InquiryPriceCreateDdosIpAddress request."""
    zone_id: Str | None = None  # only 2022-11-20
    ddos_ip_charge_type: ChargeType | None = None  # only 2022-11-20
    ddos_ip_charge_prepaid: ChargePrepaidParam | None = None  # only 2022-11-20
    amount: Int | None = None  # only 2022-11-20


class ModifyDdosIpAddressesResourceGroupRequest(RequestModel):
    """The ModifyDdosIpAddressesResourceGroup request."""
    ddos_ip_ids: list[Str] | None = None  # only 2022-11-20
    resource_group_id: Str | None = None  # only 2022-11-20


class ReleaseDdosIpAddressesRequest(RequestModel):
    """The ReleaseDdosIpAddresses request."""
    ddos_ip_ids: list[Str] | None = None  # only 2022-11-20


class RenewDdosIpAddressRequest(RequestModel):
    """The RenewDdosIpAddress request."""
    ddos_ip_id: Str | None = None  # only 2022-11-20


class TerminateDdosIpAddressRequest(RequestModel):
    """The TerminateDdosIpAddress request."""
    ddos_ip_id: Str | None = None  # only 2022-11-20


class UnassociateDdosIpAddressRequest(RequestModel):
    """The UnassociateDdosIpAddress request."""
    ddos_ip_id: Str | None = None  # only 2022-11-20


class AllocateDdosIpAddressesResponse(TolerantResponse):
    """AllocateDdosIpAddressesResponse as read (tolerant)."""
    ddos_id_set: Items[str] = []  # only 2022-11-20
    order_number: str | None = None  # only 2022-11-20


class AssociateDdosIpAddressResponse(TolerantResponse):
    """AssociateDdosIpAddressResponse as read (tolerant)."""


class DdosIpAvailableResource(TolerantModel):
    """DdosIpAvailableResource as read (tolerant)."""
    zone_id: str | None = None  # only 2022-11-20
    status: str | None = None  # only 2022-11-20


class DescribeDdosAvailableResourcesResponse(TolerantResponse):
    """DescribeDdosAvailableResourcesResponse as read (tolerant)."""
    ddos_ip_resources: Items[DdosIpAvailableResource] = []  # only 2022-11-20


class DdosIpAddress(TolerantModel):
    """DdosIpAddress as read (tolerant)."""
    ddos_ip_id: str | None = None  # only 2022-11-20
    zone_id: str | None = None  # only 2022-11-20
    ip_address: str | None = None  # only 2022-11-20
    instance_id: str | None = None  # only 2022-11-20
    instance_name: str | None = None  # only 2022-11-20
    ddos_ip_charge_type: Open[ChargeType] | None = None  # only 2022-11-20
    period: int | None = None  # only 2022-11-20
    create_time: str | None = None  # only 2022-11-20
    expired_time: str | None = None  # only 2022-11-20
    resource_group_id: str | None = None  # only 2022-11-20
    resource_group_name: str | None = None  # only 2022-11-20
    ddos_ip_status: str | None = None  # only 2022-11-20


class DescribeDdosIpAddressesResponse(TolerantResponse):
    """DescribeDdosIpAddressesResponse as read (tolerant)."""
    data_set: Items[DdosIpAddress] = []  # only 2022-11-20
    total_count: int | None = None  # only 2022-11-20


class InstanceAvailableDdosIpResource(TolerantModel):
    """InstanceAvailableDdosIpResource as read (tolerant)."""
    ddos_ip_id: str | None = None  # only 2022-11-20
    ip_address: str | None = None  # only 2022-11-20


class DescribeInstanceAvailableDdosResourcesResponse(TolerantResponse):
    """DescribeInstanceAvailableDdosResourcesResponse as read (tolerant)."""
    instance_ddos_ip_resources: Items[InstanceAvailableDdosIpResource] = []  # only 2022-11-20


class InquiryPriceCreateDdosIpAddressResponse(TolerantResponse):
    """InquiryPriceCreateDdosIpAddressResponse as read (tolerant)."""
    ddos_ip_price: Price | None = None  # only 2022-11-20


class ModifyDdosIpAddressesResourceGroupResponse(TolerantResponse):
    """ModifyDdosIpAddressesResourceGroupResponse as read (tolerant)."""


class ReleaseDdosIpAddressesResponse(TolerantResponse):
    """ReleaseDdosIpAddressesResponse as read (tolerant)."""


class RenewDdosIpAddressResponse(TolerantResponse):
    """RenewDdosIpAddressResponse as read (tolerant)."""


class TerminateDdosIpAddressResponse(TolerantResponse):
    """TerminateDdosIpAddressResponse as read (tolerant)."""


class UnassociateDdosIpAddressResponse(TolerantResponse):
    """UnassociateDdosIpAddressResponse as read (tolerant)."""
