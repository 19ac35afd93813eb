# generated — do not edit: produced by `python -m tools.generate_api` from zltoolkit/api/catalogue/data.
"""Wire models of the cidr family (requests strict, responses tolerant)."""

from __future__ import annotations

from zltoolkit.api.base import Int, RequestModel, Str
from zltoolkit.api.enums import ChargeType, SellStatus

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
    "AvailableIpv4Resource",
    "AvailableIpv6Resource",
    "BindCidrBlockIpsRequest",
    "BindCidrBlockIpsResponse",
    "CidrBlockInfo",
    "CidrBlockIp",
    "CreateByoipRequest",
    "CreateByoipResponse",
    "CreateIpv4BlockRequest",
    "CreateIpv4BlockResponse",
    "CreateIpv6BlockRequest",
    "CreateIpv6BlockResponse",
    "DescribeAvailableIpv4ResourcesRequest",
    "DescribeAvailableIpv4ResourcesResponse",
    "DescribeAvailableIpv6ResourcesRequest",
    "DescribeAvailableIpv6ResourcesResponse",
    "DescribeCidrBlockIpsRequest",
    "DescribeCidrBlockIpsResponse",
    "DescribeCidrBlocksRequest",
    "DescribeCidrBlocksResponse",
    "DescribeInstanceAvailableCidrBlockRequest",
    "DescribeInstanceAvailableCidrBlockResponse",
    "InquiryPriceCreateIpv4BlockRequest",
    "InquiryPriceCreateIpv4BlockResponse",
    "InstanceAvailableCidrBlock",
    "IpBindParam",
    "ModifyCidrBlocksAttributeRequest",
    "ModifyCidrBlocksAttributeResponse",
    "ReleaseCidrBlocksRequest",
    "ReleaseCidrBlocksResponse",
    "RenewCidrBlockRequest",
    "RenewCidrBlockResponse",
    "TerminateCidrBlockRequest",
    "TerminateCidrBlockResponse",
    "UnbindCidrBlockIpsRequest",
    "UnbindCidrBlockIpsResponse",
]


class IpBindParam(RequestModel):
    """IpBindParam (request side)."""
    instance_id: Str | None = None
    ip: Str | None = None


class BindCidrBlockIpsRequest(RequestModel):
    """The BindCidrBlockIps request."""
    cidr_block_id: Str | None = None
    ip_bind_list: list[IpBindParam] | None = None


class CreateByoipRequest(RequestModel):
    """The CreateByoip request."""
    ip_type: Str | None = None
    cidr: Str | None = None
    asn: Int | None = None
    public_virtual_interface_id: Str | None = None
    tags: TagAssociationParam | None = None  # only 2026-02-01; see the catalogue note


class CreateIpv4BlockRequest(RequestModel):
    """The CreateIpv4Block request."""
    zone_id: Str | None = None
    name: Str | None = None
    cidr_type: Str | None = None
    charge_type: ChargeType | None = None
    charge_prepaid: ChargePrepaidParam | None = None
    netmask: Int | None = None
    amount: Int | None = None
    resource_group_id: Str | None = None
    marketing_options: MarketingInfoParam | None = None
    tags: TagAssociationParam | None = None


class CreateIpv6BlockRequest(RequestModel):
    """The CreateIpv6Block request."""
    zone_id: Str | None = None
    name: Str | None = None
    amount: Int | None = None
    resource_group_id: Str | None = None
    tags: TagAssociationParam | None = None


class DescribeAvailableIpv4ResourcesRequest(RequestModel):
    """The DescribeAvailableIpv4Resources request."""
    charge_type: ChargeType  # see the catalogue note
    zone_id: Str | None = None


class DescribeAvailableIpv6ResourcesRequest(RequestModel):
    """The DescribeAvailableIpv6Resources request."""
    zone_id: Str | None = None


class DescribeCidrBlockIpsRequest(RequestModel):
    """The DescribeCidrBlockIps request."""
    cidr_block_id: Str | None = None
    instance_id: Str | None = None
    ip: Str | None = None


class DescribeCidrBlocksRequest(RequestModel):
    """The DescribeCidrBlocks request."""
    cidr_block_ids: list[Str] | None = None
    cidr_block: Str | None = None
    cidr_block_name: Str | None = None
    zone_id: Str | None = None
    cidr_block_type: Str | None = None
    gateway: Str | None = None
    charge_type: ChargeType | None = None
    resource_group_id: Str | None = None
    page_num: Int | None = None
    page_size: Int | None = None
    tag_keys: list[Str] | None = None
    tags: list[TagParam] | None = None


class DescribeInstanceAvailableCidrBlockRequest(RequestModel):
    """The DescribeInstanceAvailableCidrBlock request."""
    instance_id: Str | None = None
    cidr_block_type: Str | None = None


class InquiryPriceCreateIpv4BlockRequest(RequestModel):
    """The InquiryPriceCreateIpv4Block request."""
    zone_id: Str | None = None
    charge_type: ChargeType | None = None
    cidr_type: Str | None = None
    charge_prepaid: ChargePrepaidParam | None = None
    netmask: Int | None = None
    amount: Int | None = None


class ModifyCidrBlocksAttributeRequest(RequestModel):
    """The ModifyCidrBlocksAttribute request."""
    cidr_block_ids: list[Str] | None = None
    name: Str | None = None


class ReleaseCidrBlocksRequest(RequestModel):
    """The ReleaseCidrBlocks request."""
    cidr_block_ids: list[Str] | None = None


class RenewCidrBlockRequest(RequestModel):
    """The RenewCidrBlock request."""
    cidr_block_id: Str | None = None


class TerminateCidrBlockRequest(RequestModel):
    """The TerminateCidrBlock request."""
    cidr_block_id: Str | None = None


class UnbindCidrBlockIpsRequest(RequestModel):
    """The UnbindCidrBlockIps request."""
    cidr_block_id: Str | None = None
    ip_list: list[Str] | None = None


class BindCidrBlockIpsResponse(TolerantResponse):
    """BindCidrBlockIpsResponse as read (tolerant)."""


class CreateByoipResponse(TolerantResponse):
    """CreateByoipResponse as read (tolerant)."""
    byoip_id: str | None = None
    cidr_block_id: str | None = None


class CreateIpv4BlockResponse(TolerantResponse):
    """CreateIpv4BlockResponse as read (tolerant)."""
    order_number: str | None = None
    cidr_block_ids: Items[str] = []


class CreateIpv6BlockResponse(TolerantResponse):
    """CreateIpv6BlockResponse as read (tolerant)."""
    cidr_block_ids: Items[str] = []


class AvailableIpv4Resource(TolerantModel):
    """AvailableIpv4Resource as read (tolerant)."""
    zone_id: str | None = None
    netmask: int | None = None
    sell_status: Open[SellStatus] | None = None
    cidr_type: str | None = None


class DescribeAvailableIpv4ResourcesResponse(TolerantResponse):
    """DescribeAvailableIpv4ResourcesResponse as read (tolerant)."""
    available_ipv4_resources: Items[AvailableIpv4Resource] = []


class AvailableIpv6Resource(TolerantModel):
    """AvailableIpv6Resource as read (tolerant)."""
    zone_id: str | None = None
    sell_status: Open[SellStatus] | None = None


class DescribeAvailableIpv6ResourcesResponse(TolerantResponse):
    """DescribeAvailableIpv6ResourcesResponse as read (tolerant)."""
    available_ipv6_resources: Items[AvailableIpv6Resource] = []


class CidrBlockIp(TolerantModel):
    """CidrBlockIp as read (tolerant)."""
    cidr_block_id: str | None = None
    cidr_block_type: str | None = None
    ip: str | None = None
    instance_id: str | None = None
    status: str | None = None


class DescribeCidrBlockIpsResponse(TolerantResponse):
    """DescribeCidrBlockIpsResponse as read (tolerant)."""
    cidr_block_ips: Items[CidrBlockIp] = []  # see the catalogue note


class CidrBlockInfo(TolerantModel):
    """CidrBlockInfo as read (tolerant)."""
    cidr_block_id: str | None = None
    cidr_block_type: str | None = None
    cidr_type: str | None = None
    cidr_block_name: str | None = None
    zone_id: str | None = None
    cidr_block: str | None = None
    gateway: str | None = None
    available_ip_start: str | None = None
    available_ip_end: str | None = None
    available_ip_count: int | None = None
    instance_ids: list[str] | None = None
    status: str | None = None
    charge_type: Open[ChargeType] | None = None
    create_time: str | None = None
    expire_time: str | None = None
    resource_group_id: str | None = None
    resource_group_name: str | None = None
    tags: TagAssociation | None = None


class DescribeCidrBlocksResponse(TolerantResponse):
    """DescribeCidrBlocksResponse as read (tolerant)."""
    total_count: int | None = None
    data_set: Items[CidrBlockInfo] = []


class InstanceAvailableCidrBlock(TolerantModel):
    """InstanceAvailableCidrBlock as read (tolerant)."""
    cidr_block_id: str | None = None
    zone_id: str | None = None
    cidr_block_type: str | None = None
    cidr_type: str | None = None
    cidr_block: str | None = None
    available_ips: list[str] | None = None
    available_ip_count: int | None = None


class DescribeInstanceAvailableCidrBlockResponse(TolerantResponse):
    """DescribeInstanceAvailableCidrBlockResponse as read (tolerant)."""
    instance_available_cidr_blocks: Items[InstanceAvailableCidrBlock] = []


class InquiryPriceCreateIpv4BlockResponse(TolerantResponse):
    """InquiryPriceCreateIpv4BlockResponse as read (tolerant)."""
    price: Price | None = None


class ModifyCidrBlocksAttributeResponse(TolerantResponse):
    """ModifyCidrBlocksAttributeResponse as read (tolerant)."""


class ReleaseCidrBlocksResponse(TolerantResponse):
    """ReleaseCidrBlocksResponse as read (tolerant)."""


class RenewCidrBlockResponse(TolerantResponse):
    """RenewCidrBlockResponse as read (tolerant)."""


class TerminateCidrBlockResponse(TolerantResponse):
    """TerminateCidrBlockResponse as read (tolerant)."""


class UnbindCidrBlockIpsResponse(TolerantResponse):
    """UnbindCidrBlockIpsResponse as read (tolerant)."""
