# generated — do not edit: produced by `python -m tools.generate_api` from zltoolkit/api/catalogue/data.
"""Wire models of the vpcs family (requests strict, responses tolerant)."""

from __future__ import annotations

from zltoolkit.api.base import Int, RequestModel, Str

from ._common import Items, TolerantModel, TolerantResponse
from .shared import TagAssociation, TagAssociationParam, TagParam

__all__ = [
    "CreateVpcRequest",
    "CreateVpcResponse",
    "DeleteVpcRequest",
    "DeleteVpcResponse",
    "DescribeVpcAvailableRegionsRequest",
    "DescribeVpcAvailableRegionsResponse",
    "DescribeVpcsRequest",
    "DescribeVpcsResponse",
    "ModifyVpcsAttributeRequest",
    "ModifyVpcsAttributeResponse",
    "ModifyVpcsResourceGroupRequest",
    "ModifyVpcsResourceGroupResponse",
    "VpcInfo",
    "VpcRegionInfo",
]


class CreateVpcRequest(RequestModel):
    """The CreateVpc request."""
    cidr_block: Str | None = None
    vpc_region_id: Str | None = None
    resource_group_id: Str | None = None
    vpc_name: Str | None = None
    tags: TagAssociationParam | None = None


class DeleteVpcRequest(RequestModel):
    """The DeleteVpc request."""
    vpc_id: Str | None = None


class DescribeVpcAvailableRegionsRequest(RequestModel):
    """The DescribeVpcAvailableRegions request."""
    zone_id: Str | None = None
    vpc_region_id: Str | None = None


class DescribeVpcsRequest(RequestModel):
    """The DescribeVpcs request."""
    vpc_ids: list[Str] | None = None
    cidr_block: Str | None = None
    vpc_status: Str | None = None
    vpc_name: Str | None = None
    vpc_region_id: Str | None = None
    resource_group_id: Str | None = None
    page_size: Int | None = None
    page_num: Int | None = None
    tag_keys: list[Str] | None = None
    tags: list[TagParam] | None = None


class ModifyVpcsAttributeRequest(RequestModel):
    """The ModifyVpcsAttribute request."""
    vpc_ids: list[Str] | None = None
    vpc_name: Str | None = None


class ModifyVpcsResourceGroupRequest(RequestModel):
    """The ModifyVpcsResourceGroup request."""
    vpc_ids: list[Str] | None = None  # only 2022-11-20
    resource_group_id: Str | None = None  # only 2022-11-20


class CreateVpcResponse(TolerantResponse):
    """CreateVpcResponse as read (tolerant)."""
    vpc_id: str | None = None


class DeleteVpcResponse(TolerantResponse):
    """DeleteVpcResponse as read (tolerant)."""


class VpcRegionInfo(TolerantModel):
    """VpcRegionInfo as read (tolerant)."""
    vpc_region_id: str | None = None
    vpc_region_name: str | None = None
    zone_ids: list[str] | None = None


class DescribeVpcAvailableRegionsResponse(TolerantResponse):
    """DescribeVpcAvailableRegionsResponse as read (tolerant)."""
    vpc_region_set: Items[VpcRegionInfo] = []


class VpcInfo(TolerantModel):
    """VpcInfo as read (tolerant)."""
    vpc_id: str | None = None
    vpc_region_id: str | None = None
    vpc_region_name: str | None = None
    vpc_name: str | None = None
    cidr_block: str | None = None
    resource_group_id: str | None = None
    resource_group_name: str | None = None
    create_time: str | None = None
    vpc_status: str | None = None
    tags: TagAssociation | None = None


class DescribeVpcsResponse(TolerantResponse):
    """DescribeVpcsResponse as read (tolerant)."""
    total_count: int | None = None
    data_set: Items[VpcInfo] = []


class ModifyVpcsAttributeResponse(TolerantResponse):
    """ModifyVpcsAttributeResponse as read (tolerant)."""


class ModifyVpcsResourceGroupResponse(TolerantResponse):
    """ModifyVpcsResourceGroupResponse as read (tolerant)."""
