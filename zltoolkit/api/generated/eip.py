# generated — do not edit: produced by `python -m tools.generate_api` from zltoolkit/api/catalogue/data.
"""Wire models of the eip family (requests strict, responses tolerant)."""

from __future__ import annotations

from zltoolkit.api.base import Int, RequestModel, Str
from zltoolkit.api.enums import ChargeType

from ._common import Items, Open, TolerantModel, TolerantResponse
from .shared import (
    ChargePrepaidParam,
    MarketingInfoParam,
    Price,
    TagAssociation,
    TagAssociationParam,
    TagParam,
)

__all__ = [
    "AllocateEipAddressesRequest",
    "AllocateEipAddressesResponse",
    "AssociateEipAddressRequest",
    "AssociateEipAddressResponse",
    "DescribeEipAddressesRequest",
    "DescribeEipAddressesResponse",
    "DescribeEipAvailableResourcesRequest",
    "DescribeEipAvailableResourcesResponse",
    "DescribeInstanceAvailableEipResourcesRequest",
    "DescribeInstanceAvailableEipResourcesResponse",
    "EipAddress",
    "EipAvailable",
    "InquiryPriceCreateEipAddressRequest",
    "InquiryPriceCreateEipAddressResponse",
    "InstanceAvailableEip",
    "ModifyEipAddressesResourceGroupRequest",
    "ModifyEipAddressesResourceGroupResponse",
    "ReleaseEipAddressesRequest",
    "ReleaseEipAddressesResponse",
    "RenewEipAddressRequest",
    "RenewEipAddressResponse",
    "TerminateEipAddressRequest",
    "TerminateEipAddressResponse",
    "UnAssociateEipAddressRequest",
    "UnAssociateEipAddressResponse",
]


class AllocateEipAddressesRequest(RequestModel):
    """The AllocateEipAddresses request."""
    eip_charge_type: ChargeType | None = None
    eip_charge_prepaid: ChargePrepaidParam | None = None
    zone_id: Str | None = None
    resource_group_id: Str | None = None
    amount: Int | None = None
    netmask: Int | None = None
    marketing_options: MarketingInfoParam | None = None
    tags: TagAssociationParam | None = None


class AssociateEipAddressRequest(RequestModel):
    """The AssociateEipAddress request."""
    eip_id: Str | None = None
    instance_id: Str | None = None


class DescribeEipAddressesRequest(RequestModel):
    """The DescribeEipAddresses request."""
    eip_ids: list[Str] | None = None
    eip_charge_type: ChargeType | None = None
    ip_address: Str | None = None
    zone_id: Str | None = None
    resource_group_id: Str | None = None
    eip_status: Str | None = None
    instance_id: Str | None = None
    instance_name: Str | None = None
    page_size: Int | None = None
    page_num: Int | None = None
    tag_keys: list[Str] | None = None
    tags: list[TagParam] | None = None


class DescribeEipAvailableResourcesRequest(RequestModel):
    """The DescribeEipAvailableResources request."""
    eip_charge_type: ChargeType  # see the catalogue note
    zone_id: Str | None = None  # see the catalogue note


class DescribeInstanceAvailableEipResourcesRequest(RequestModel):
    """The DescribeInstanceAvailableEipResources request."""
    instance_id: Str | None = None
    ip_type: Str | None = None  # only 2026-02-01; see the catalogue note


class InquiryPriceCreateEipAddressRequest(RequestModel):
    """The InquiryPriceCreateEipAddress request."""
    zone_id: Str | None = None
    eip_charge_type: ChargeType | None = None
    eip_charge_prepaid: ChargePrepaidParam | None = None
    amount: Int | None = None
    netmask: Int | None = None


class ModifyEipAddressesResourceGroupRequest(RequestModel):
    """The ModifyEipAddressesResourceGroup request."""
    eip_ids: list[Str] | None = None
    resource_group_id: Str | None = None


class ReleaseEipAddressesRequest(RequestModel):
    """The ReleaseEipAddresses request."""
    eip_ids: list[Str] | None = None


class RenewEipAddressRequest(RequestModel):
    """The RenewEipAddress request."""
    eip_id: Str | None = None


class TerminateEipAddressRequest(RequestModel):
    """The TerminateEipAddress request."""
    eip_id: Str | None = None


class UnAssociateEipAddressRequest(RequestModel):
    """The UnAssociateEipAddress request."""
    eip_id: Str | None = None


class AllocateEipAddressesResponse(TolerantResponse):
    """AllocateEipAddressesResponse as read (tolerant)."""
    eip_id_set: Items[str] = []
    order_number: str | None = None


class AssociateEipAddressResponse(TolerantResponse):
    """AssociateEipAddressResponse as read (tolerant)."""


class EipAddress(TolerantModel):
    """EipAddress as read (tolerant)."""
    eip_id: str | None = None
    zone_id: str | None = None
    ip_address: str | None = None
    netmask: int | None = None
    instance_id: str | None = None
    instance_name: str | None = None
    eip_charge_type: Open[ChargeType] | None = None
    period: int | None = None
    create_time: str | None = None
    expired_time: str | None = None
    resource_group_id: str | None = None
    resource_group_name: str | None = None
    eip_status: str | None = None
    tags: TagAssociation | None = None


class DescribeEipAddressesResponse(TolerantResponse):
    """DescribeEipAddressesResponse as read (tolerant)."""
    data_set: Items[EipAddress] = []
    total_count: int | None = None


class EipAvailable(TolerantModel):
    """EipAvailable as read (tolerant)."""
    zone_id: str | None = None
    status: str | None = None
    netmask: int | None = None


class DescribeEipAvailableResourcesResponse(TolerantResponse):
    """DescribeEipAvailableResourcesResponse as read (tolerant)."""
    eip_resources: Items[EipAvailable] = []


class InstanceAvailableEip(TolerantModel):
    """InstanceAvailableEip as read (tolerant)."""
    eip_id: str | None = None
    ip_address: str | None = None
    netmask: int | None = None


class DescribeInstanceAvailableEipResourcesResponse(TolerantResponse):
    """DescribeInstanceAvailableEipResourcesResponse as read (tolerant)."""
    instance_eip_resources: Items[InstanceAvailableEip] = []


class InquiryPriceCreateEipAddressResponse(TolerantResponse):
    """InquiryPriceCreateEipAddressResponse as read (tolerant)."""
    eip_price: Price | None = None


class ModifyEipAddressesResourceGroupResponse(TolerantResponse):
    """ModifyEipAddressesResourceGroupResponse as read (tolerant)."""


class ReleaseEipAddressesResponse(TolerantResponse):
    """ReleaseEipAddressesResponse as read (tolerant)."""


class RenewEipAddressResponse(TolerantResponse):
    """RenewEipAddressResponse as read (tolerant)."""


class TerminateEipAddressResponse(TolerantResponse):
    """TerminateEipAddressResponse as read (tolerant)."""


class UnAssociateEipAddressResponse(TolerantResponse):
    """UnAssociateEipAddressResponse as read (tolerant)."""
