# generated — do not edit: produced by `python -m tools.generate_api` from zltoolkit/api/catalogue/data.
"""Wire models of the subnets family (requests strict, responses tolerant)."""

from __future__ import annotations

from zltoolkit.api.base import Int, RequestModel, Str

from ._common import Items, TolerantModel, TolerantResponse

__all__ = [
    "AssociateSubnetInstanceParam",
    "AssociateSubnetInstancesRequest",
    "AssociateSubnetInstancesResponse",
    "AssociateVpcSubnetRequest",
    "AssociateVpcSubnetResponse",
    "CreateSubnetRequest",
    "CreateSubnetResponse",
    "DeleteSubnetRequest",
    "DeleteSubnetResponse",
    "DescribeSubnetAvailableResourcesRequest",
    "DescribeSubnetAvailableResourcesResponse",
    "DescribeSubnetsRequest",
    "DescribeSubnetsResponse",
    "ModifySubnetsAttributeRequest",
    "ModifySubnetsAttributeResponse",
    "ModifySubnetsResourceGroupRequest",
    "ModifySubnetsResourceGroupResponse",
    "SubnetInfo",
    "SubnetInstance",
    "UnAssociateSubnetInstanceRequest",
    "UnAssociateSubnetInstanceResponse",
]


class AssociateSubnetInstanceParam(RequestModel):
    """AssociateSubnetInstance (request side)."""
    instance_id: Str  # see the catalogue note
    private_ip_address: Str | None = None


class AssociateSubnetInstancesRequest(RequestModel):
    """The AssociateSubnetInstances request."""
    subnet_id: Str  # see the catalogue note
    subnet_instance_list: list[AssociateSubnetInstanceParam]  # see the catalogue note


class AssociateVpcSubnetRequest(RequestModel):
    """The AssociateVpcSubnet request."""
    subnet_id: Str | None = None
    vpc_id: Str | None = None


class CreateSubnetRequest(RequestModel):
    """The CreateSubnet request."""
    cidr_block: Str  # see the catalogue note
    zone_id: Str  # see the catalogue note
    subnet_name: Str  # see the catalogue note
    resource_group_id: Str | None = None
    vpc_id: Str | None = None


class DeleteSubnetRequest(RequestModel):
    """The DeleteSubnet request."""
    subnet_id: Str | None = None


class DescribeSubnetAvailableResourcesRequest(RequestModel):
    """The DescribeSubnetAvailableResources request."""
    zone_id: Str | None = None


class DescribeSubnetsRequest(RequestModel):
    """The DescribeSubnets request."""
    subnet_ids: list[Str] | None = None
    cidr_block: Str | None = None
    zone_id: Str | None = None
    subnet_name: Str | None = None
    vpc_id: Str | None = None
    resource_group_id: Str | None = None
    subnet_status: Str | None = None
    page_size: Int | None = None
    page_num: Int | None = None


class ModifySubnetsAttributeRequest(RequestModel):
    """The ModifySubnetsAttribute request."""
    subnet_ids: list[Str] | None = None
    subnet_name: Str | None = None


class ModifySubnetsResourceGroupRequest(RequestModel):
    """The ModifySubnetsResourceGroup request."""
    subnet_ids: list[Str] | None = None  # only 2022-11-20
    resource_group_id: Str | None = None  # only 2022-11-20


class UnAssociateSubnetInstanceRequest(RequestModel):
    """The UnAssociateSubnetInstance request."""
    subnet_id: Str | None = None
    instance_id: Str | None = None


class AssociateSubnetInstancesResponse(TolerantResponse):
    """AssociateSubnetInstancesResponse as read (tolerant)."""


class AssociateVpcSubnetResponse(TolerantResponse):
    """AssociateVpcSubnetResponse as read (tolerant)."""


class CreateSubnetResponse(TolerantResponse):
    """CreateSubnetResponse as read (tolerant)."""
    subnet_id: str | None = None


class DeleteSubnetResponse(TolerantResponse):
    """DeleteSubnetResponse as read (tolerant)."""


class DescribeSubnetAvailableResourcesResponse(TolerantResponse):
    """DescribeSubnetAvailableResourcesResponse as read (tolerant)."""
    zone_id_set: Items[str] = []


class SubnetInstance(TolerantModel):
    """SubnetInstance as read (tolerant)."""
    instance_id: str | None = None
    private_ip_address: str | None = None
    private_ip_status: str | None = None


class SubnetInfo(TolerantModel):
    """SubnetInfo as read (tolerant)."""
    subnet_id: str | None = None
    zone_id: str | None = None
    subnet_name: str | None = None
    vpc_id: str | None = None
    vpc_name: str | None = None
    cidr_block: str | None = None
    create_time: str | None = None
    resource_group_id: str | None = None
    resource_group_name: str | None = None
    subnet_status: str | None = None
    subnet_instance_set: list[SubnetInstance] | None = None
    available_ip_count: int | None = None
    vpc_subnet_status: str | None = None


class DescribeSubnetsResponse(TolerantResponse):
    """DescribeSubnetsResponse as read (tolerant)."""
    data_set: Items[SubnetInfo] = []
    total_count: int | None = None


class ModifySubnetsAttributeResponse(TolerantResponse):
    """ModifySubnetsAttributeResponse as read (tolerant)."""


class ModifySubnetsResourceGroupResponse(TolerantResponse):
    """ModifySubnetsResourceGroupResponse as read (tolerant)."""


class UnAssociateSubnetInstanceResponse(TolerantResponse):
    """UnAssociateSubnetInstanceResponse as read (tolerant)."""
