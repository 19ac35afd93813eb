"""Instance actions (docs/api-facts.md §7.1, §7.6, §7.8): thin adapters from request models to the backend.

Each handler runs inside ``backend.session()`` (the app opens it), returns the response fields without
``requestId`` and raises ``ApiError`` on failure. The rules, the status matrix and every choice where the
docs are silent live in ``mockserver.backend`` (``instances``, ``lifecycle``, ``query``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from zltoolkit.api import RequestModel
from zltoolkit.api.actions import (
    CreateInstancesRequest,
    DescribeInstancesRequest,
    ModifyInstancesAttributeRequest,
    RebootInstancesRequest,
    ReinstallInstanceRequest,
    ReleaseInstancesRequest,
    RenewInstanceRequest,
    StartInstancesRequest,
    StopInstancesRequest,
    TerminateInstanceRequest,
)

from ..context import RequestContext
from .answers import complete

Handler = Callable[[RequestContext, RequestModel], dict[str, Any]]


def describe_instances(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    answer = ctx.backend.describe_instances(ctx.account, cast(DescribeInstancesRequest, req))
    # The record keeps raidConfig as the create request sent it (often only raidType); a read carries both
    # keys. Done here, not in the backend's wire code, and on copies: the backend caches its wire dicts.
    items = answer.get("dataSet")
    if items and any(i.get("raidConfig") is not None for i in items):
        answer = {**answer, "dataSet": [
            i if i.get("raidConfig") is None
            else {**i, "raidConfig": complete("RaidConfig", ctx.api_version, i["raidConfig"])}
            for i in items
        ]}
    return answer


def create_instances(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    return ctx.backend.create_instances(ctx.account, cast(CreateInstancesRequest, req), ctx.api_version)


def start_instances(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    return ctx.backend.start_instances(ctx.account, cast(StartInstancesRequest, req).instance_ids)


def stop_instances(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    return ctx.backend.stop_instances(ctx.account, cast(StopInstancesRequest, req).instance_ids)


def reboot_instances(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    return ctx.backend.reboot_instances(ctx.account, cast(RebootInstancesRequest, req).instance_ids)


def terminate_instance(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    return ctx.backend.terminate_instance(ctx.account, cast(TerminateInstanceRequest, req).instance_id)


def release_instances(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    return ctx.backend.release_instances(ctx.account, cast(ReleaseInstancesRequest, req).instance_ids)


def renew_instance(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    return ctx.backend.renew_instance(ctx.account, cast(RenewInstanceRequest, req).instance_id, ctx.api_version)


def reinstall_instance(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    return ctx.backend.reinstall_instance(ctx.account, cast(ReinstallInstanceRequest, req), ctx.api_version)


def modify_instances_attribute(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    r = cast(ModifyInstancesAttributeRequest, req)
    return ctx.backend.modify_instances_attribute(ctx.account, r.instance_ids, r.instance_name)


HANDLERS: dict[str, Handler] = {
    "DescribeInstances": describe_instances,
    "CreateInstances": create_instances,
    "StartInstances": start_instances,
    "StopInstances": stop_instances,
    "RebootInstances": reboot_instances,
    "TerminateInstance": terminate_instance,
    "ReleaseInstances": release_instances,
    "RenewInstance": renew_instance,
    "ReinstallInstance": reinstall_instance,
    "ModifyInstancesAttribute": modify_instances_attribute,
}

__all__ = ["HANDLERS"]
