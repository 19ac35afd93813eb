"""Instance operations beyond the lifecycle (docs/mock-instance-operations.md): bandwidth, traffic packages,
internet status, resource groups, traffic, health, IPMI and managed instances -- thin adapters from the
generated request models (``zltoolkit.api.generated.instances``) to the backend (``instance_ops_*``,
``managed_instances``), which holds the rules and every choice where the docs are silent.
"""

from __future__ import annotations

from typing import Any, cast

from zltoolkit.api import RequestModel
from zltoolkit.api.generated import instances as g

from ..context import RequestContext
from .instances import Handler


def modify_instance_bandwidth(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    r = cast(g.ModifyInstanceBandwidthRequest, req)
    return ctx.backend.modify_instance_bandwidth(ctx.account, r.instance_id, r.bandwidth_out_mbps, ctx.api_version)


def inquiry_price_instance_bandwidth(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    r = cast(g.InquiryPriceInstanceBandwidthRequest, req)
    return ctx.backend.inquiry_price_instance_bandwidth(ctx.account, r.instance_id, r.bandwidth_out_mbps,
                                                        ctx.api_version)  # fmt: skip


def cancel_instance_bandwidth_downgrade(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    r = cast(g.CancelInstanceBandwidthDowngradeRequest, req)
    return ctx.backend.cancel_instance_bandwidth_downgrade(ctx.account, r.instance_id)


def modify_instance_traffic_package(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    r = cast(g.ModifyInstanceTrafficPackageRequest, req)
    return ctx.backend.modify_instance_traffic_package(ctx.account, r.instance_id, r.traffic_package_size,
                                                       ctx.api_version)  # fmt: skip


def inquiry_price_instance_traffic_package(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    r = cast(g.InquiryPriceInstanceTrafficPackageRequest, req)
    return ctx.backend.inquiry_price_instance_traffic_package(ctx.account, r.instance_id, r.traffic_package_size,
                                                              ctx.api_version)  # fmt: skip


def cancel_instance_traffic_package_downgrade(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    r = cast(g.CancelInstanceTrafficPackageDowngradeRequest, req)
    return ctx.backend.cancel_instance_traffic_package_downgrade(ctx.account, r.instance_id)


def describe_instance_internet_status(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    r = cast(g.DescribeInstanceInternetStatusRequest, req)
    return ctx.backend.describe_instance_internet_status(ctx.account, r.instance_id)


def modify_instances_resource_group(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    r = cast(g.ModifyInstancesResourceGroupRequest, req)
    return ctx.backend.modify_instances_resource_group(ctx.account, r.instance_ids, r.resource_group_id)


def describe_instance_traffic(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    r = cast(g.DescribeInstanceTrafficRequest, req)
    return ctx.backend.describe_instance_traffic(ctx.account, r.instance_id, r.start_time, r.end_time)


def describe_instances_monitor_health(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    r = cast(g.DescribeInstancesMonitorHealthRequest, req)
    return ctx.backend.describe_instances_monitor_health(ctx.account, r.instance_ids)


def reset_instance_ipmi_password(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    r = cast(g.ResetInstanceIpmiPasswordRequest, req)
    return ctx.backend.reset_instance_ipmi_password(ctx.account, r.instance_id, r.password)


def describe_instance_ipmi_url(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    r = cast(g.DescribeInstanceIpmiUrlRequest, req)
    return ctx.backend.describe_instance_ipmi_url(ctx.account, r.instance_id)


def describe_managed_instances(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    return ctx.backend.describe_managed_instances(ctx.account, cast(g.DescribeManagedInstancesRequest, req))


def describe_managed_instance_traffic(ctx: RequestContext, req: RequestModel) -> dict[str, Any]:
    r = cast(g.DescribeManagedInstanceTrafficRequest, req)
    return ctx.backend.describe_managed_instance_traffic(ctx.account, r.instance_id, r.start_time, r.end_time)


HANDLERS: dict[str, Handler] = {
    "ModifyInstanceBandwidth": modify_instance_bandwidth,
    "InquiryPriceInstanceBandwidth": inquiry_price_instance_bandwidth,
    "CancelInstanceBandwidthDowngrade": cancel_instance_bandwidth_downgrade,
    "ModifyInstanceTrafficPackage": modify_instance_traffic_package,
    "InquiryPriceInstanceTrafficPackage": inquiry_price_instance_traffic_package,
    "CancelInstanceTrafficPackageDowngrade": cancel_instance_traffic_package_downgrade,
    "DescribeInstanceInternetStatus": describe_instance_internet_status,
    "ModifyInstancesResourceGroup": modify_instances_resource_group,
    "DescribeInstanceTraffic": describe_instance_traffic,
    "DescribeInstancesMonitorHealth": describe_instances_monitor_health,
    "ResetInstanceIpmiPassword": reset_instance_ipmi_password,
    "DescribeInstanceIpmiUrl": describe_instance_ipmi_url,
    "DescribeManagedInstances": describe_managed_instances,
    "DescribeManagedInstanceTraffic": describe_managed_instance_traffic,
}

__all__ = ["HANDLERS"]


def placement(backend: Any, account_id: str, body: dict[str, Any]) -> tuple[str | None, str | None]:
    """(zone, instance type) of the caller's instance a request names (``instanceId``, else the first of
    ``instanceIds``), so fault rules and the journal can match these actions by zone and type too."""
    iid = body.get("instanceId")
    if iid is None:
        ids = body.get("instanceIds")
        iid = ids[0] if isinstance(ids, list) and ids else None
    inst = backend.by_id.get(iid) if isinstance(iid, str) else None
    if inst is None or inst.account != account_id:
        return None, None
    return inst.zone, inst.type
