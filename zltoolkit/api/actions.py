"""The hand-modelled actions (docs/api-facts.md §7) under their historical names, and their registry.

The models themselves are the generated ones (zltoolkit.api.generated, from the catalogue): requests strict,
responses tolerant (unknown fields kept, enum values open). ``ACTIONS`` lists the fifteen actions the mock
serves today; the client knows every catalogue action (zltoolkit.client.requests). The request rules of
CreateInstances and ReinstallInstance stay in zltoolkit.api.rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from .base import RequestModel
from .generated._common import TolerantResponse
from .generated.catalog import (
    DescribeAvailableResourcesRequest,
    DescribeAvailableResourcesResponse,
    DescribeImagesRequest,
    DescribeImagesResponse,
    DescribeInstanceTypesRequest,
    DescribeInstanceTypesResponse,
    DescribeZonesRequest,
    DescribeZonesResponse,
    InquiryPriceCreateInstanceRequest,
    InquiryPriceCreateInstanceResponse,
)
from .generated.instances import (
    CreateInstancesRequest,
    CreateInstancesResponse,
    DescribeInstancesRequest,
    DescribeInstancesResponse,
    ModifyInstancesAttributeRequest,
    ModifyInstancesAttributeResponse,
    RebootInstancesRequest,
    RebootInstancesResponse,
    ReinstallInstanceRequest,
    ReinstallInstanceResponse,
    ReleaseInstancesRequest,
    ReleaseInstancesResponse,
    RenewInstanceRequest,
    RenewInstanceResponse,
    StartInstancesRequest,
    StartInstancesResponse,
    StopInstancesRequest,
    StopInstancesResponse,
    TerminateInstanceRequest,
    TerminateInstanceResponse,
)

__all__ = [
    "ACTIONS",
    "ActionSpec",
    "BaseResponse",
    "CreateInstancesRequest",
    "CreateInstancesResponse",
    "DescribeAvailableResourcesRequest",
    "DescribeAvailableResourcesResponse",
    "DescribeImagesRequest",
    "DescribeImagesResponse",
    "DescribeInstanceTypesRequest",
    "DescribeInstanceTypesResponse",
    "DescribeInstancesRequest",
    "DescribeInstancesResponse",
    "DescribeZonesRequest",
    "DescribeZonesResponse",
    "EmptyResponse",
    "InquiryPriceCreateInstanceRequest",
    "InquiryPriceCreateInstanceResponse",
    "ModifyInstancesAttributeRequest",
    "RebootInstancesRequest",
    "ReinstallInstanceRequest",
    "ReleaseInstancesRequest",
    "RenewInstanceRequest",
    "StartInstancesRequest",
    "StopInstancesRequest",
    "TerminateInstanceRequest",
]

#: Every response: ``requestId`` plus what the action answers, unknown fields kept.
BaseResponse = TolerantResponse
#: Actions that answer only with ``requestId``.
EmptyResponse = TolerantResponse


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str
    request: type[RequestModel]
    response: type[TolerantResponse]
    mutating: bool


_SPECS = (
    ActionSpec("DescribeZones", DescribeZonesRequest, DescribeZonesResponse, False),
    ActionSpec("DescribeAvailableResources", DescribeAvailableResourcesRequest, DescribeAvailableResourcesResponse, False),
    ActionSpec("DescribeInstanceTypes", DescribeInstanceTypesRequest, DescribeInstanceTypesResponse, False),
    ActionSpec("DescribeImages", DescribeImagesRequest, DescribeImagesResponse, False),
    ActionSpec("InquiryPriceCreateInstance", InquiryPriceCreateInstanceRequest, InquiryPriceCreateInstanceResponse, False),
    ActionSpec("DescribeInstances", DescribeInstancesRequest, DescribeInstancesResponse, False),
    ActionSpec("CreateInstances", CreateInstancesRequest, CreateInstancesResponse, True),
    ActionSpec("StartInstances", StartInstancesRequest, StartInstancesResponse, True),
    ActionSpec("StopInstances", StopInstancesRequest, StopInstancesResponse, True),
    ActionSpec("RebootInstances", RebootInstancesRequest, RebootInstancesResponse, True),
    ActionSpec("TerminateInstance", TerminateInstanceRequest, TerminateInstanceResponse, True),
    ActionSpec("ReleaseInstances", ReleaseInstancesRequest, ReleaseInstancesResponse, True),
    ActionSpec("RenewInstance", RenewInstanceRequest, RenewInstanceResponse, True),
    ActionSpec("ReinstallInstance", ReinstallInstanceRequest, ReinstallInstanceResponse, True),
    ActionSpec("ModifyInstancesAttribute", ModifyInstancesAttributeRequest, ModifyInstancesAttributeResponse, True),
)

ACTIONS: dict[str, ActionSpec] = {s.name: s for s in _SPECS}
