"""Networking actions (docs/mock-networking.md): VPCs, subnets, elastic IPs, DDoS IPs, CIDR blocks and BYOIP.

Thin adapters from the generated request models (``zltoolkit.api.generated``) to the backend's networking
operations (``mockserver.backend.network``), which hold the rules and the choices where the docs are silent.
The app resolves the action per version (the DDoS family and the resource-group moves exist in 2022-11-20
only; the Go SDK's ``UnassociateEipAddress`` spelling is the catalogue's alias) and validates the body with
the generated request model before a handler here runs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from zltoolkit.api import ChargeType, RequestModel
from zltoolkit.api.generated import ACTION_MODULES

from ..backend.network import DDOS, EIP, Family
from ..context import RequestContext

Handler = Callable[[RequestContext, RequestModel], dict[str, Any]]
H = Callable[[RequestContext, Any], dict[str, Any]]


def _price_eip(f: Family) -> H:
    def handler(ctx: RequestContext, req: Any) -> dict[str, Any]:
        b = ctx.backend
        zone = b._sell_zone(f, req.zone_id)
        charge_type = req.eip_charge_type if f is EIP else req.ddos_ip_charge_type
        prepaid = req.eip_charge_prepaid if f is EIP else req.ddos_ip_charge_prepaid
        from ..backend.network import common as c

        charge = ChargeType(c.required(charge_type, f.charge_key))
        period = c.period(charge, prepaid, "eipChargePrepaid" if f is EIP else "ddosIpChargePrepaid")
        price = b.address_price(f, zone, charge, period, c.amount(req.amount), ctx.api_version)
        return {"eipPrice" if f is EIP else "ddosIpPrice": price}

    return handler


def _allocate(f: Family) -> H:
    def handler(ctx: RequestContext, req: Any) -> dict[str, Any]:
        if f is EIP:
            return ctx.backend.allocate_addresses(f, ctx.account, req.zone_id, req.eip_charge_type,
                                                  req.eip_charge_prepaid, req.amount, req.resource_group_id,
                                                  req.tags, ctx.api_version)  # fmt: skip
        return ctx.backend.allocate_addresses(f, ctx.account, req.zone_id, req.ddos_ip_charge_type,
                                              req.ddos_ip_charge_prepaid, req.amount, req.resource_group_id, None,
                                              ctx.api_version)  # fmt: skip

    return handler


def _one(f: Family, method: str) -> H:
    """Actions on one address named by ``eipId`` / ``ddosIpId``."""

    def handler(ctx: RequestContext, req: Any) -> dict[str, Any]:
        aid = req.eip_id if f is EIP else req.ddos_ip_id
        result: dict[str, Any] = getattr(ctx.backend, method)(f, ctx.account, aid)
        return result

    return handler


def _ids(req: Any, f: Family) -> list[str] | None:
    ids: list[str] | None = req.eip_ids if f is EIP else req.ddos_ip_ids
    return ids


def _family(f: Family) -> dict[str, H]:
    """The handlers of one public-address family, keyed by action name."""
    noun = "EipAddress" if f is EIP else "DdosIpAddress"
    unassoc = "UnAssociateEipAddress" if f is EIP else "UnassociateDdosIpAddress"
    avail = "DescribeEipAvailableResources" if f is EIP else "DescribeDdosAvailableResources"
    inst_avail = "DescribeInstanceAvailableEipResources" if f is EIP else "DescribeInstanceAvailableDdosResources"
    return {
        f"Allocate{noun}es": _allocate(f),
        f"Associate{noun}": lambda ctx, req: ctx.backend.associate_address(
            f, ctx.account, req.eip_id if f is EIP else req.ddos_ip_id, req.instance_id),
        unassoc: _one(f, "unassociate_address"),
        f"Terminate{noun}": _one(f, "terminate_address"),
        f"Release{noun}es": lambda ctx, req: ctx.backend.release_addresses(f, ctx.account, _ids(req, f)),
        f"Renew{noun}": lambda ctx, req: ctx.backend.renew_address(
            f, ctx.account, req.eip_id if f is EIP else req.ddos_ip_id, ctx.api_version),
        f"Modify{noun}esResourceGroup": lambda ctx, req: ctx.backend.modify_addresses_resource_group(
            f, ctx.account, _ids(req, f), req.resource_group_id),
        f"Describe{noun}es": lambda ctx, req: ctx.backend.describe_addresses(f, ctx.account, req),
        avail: lambda ctx, req: {
            "eipResources" if f is EIP else "ddosIpResources": ctx.backend.available_address_resources(f, req.zone_id)},
        inst_avail: lambda ctx, req: {
            "instanceEipResources" if f is EIP else "instanceDdosIpResources":
            ctx.backend.instance_available_addresses(f, ctx.account, req.instance_id)},
        f"InquiryPriceCreate{noun}": _price_eip(f),
    }  # fmt: skip


def _m(method: str, *, version: bool = False) -> H:
    """``backend.<method>(account, req)`` (``version``: the API version too)."""
    if version:
        return lambda ctx, req: getattr(ctx.backend, method)(ctx.account, req, ctx.api_version)
    return lambda ctx, req: getattr(ctx.backend, method)(ctx.account, req)


_HANDLERS: dict[str, H] = {
    # VPCs
    "CreateVpc": _m("create_vpc"),
    "DeleteVpc": _m("delete_vpc"),
    "DescribeVpcAvailableRegions": _m("describe_vpc_available_regions"),
    "DescribeVpcs": _m("describe_vpcs"),
    "ModifyVpcsAttribute": _m("modify_vpcs_attribute"),
    "ModifyVpcsResourceGroup": _m("modify_vpcs_resource_group"),
    # subnets
    "AssociateSubnetInstances": _m("associate_subnet_instances"),
    "AssociateVpcSubnet": _m("associate_vpc_subnet"),
    "CreateSubnet": _m("create_subnet"),
    "DeleteSubnet": _m("delete_subnet"),
    "DescribeSubnetAvailableResources": _m("describe_subnet_available_resources"),
    "DescribeSubnets": _m("describe_subnets"),
    "ModifySubnetsAttribute": _m("modify_subnets_attribute"),
    "ModifySubnetsResourceGroup": _m("modify_subnets_resource_group"),
    "UnAssociateSubnetInstance": _m("unassociate_subnet_instance"),
    # elastic IPs and DDoS IPs
    **_family(EIP),
    **_family(DDOS),
    # CIDR blocks and BYOIP
    "BindCidrBlockIps": _m("bind_cidr_block_ips"),
    "CreateByoip": _m("create_byoip"),
    "CreateIpv4Block": _m("create_ipv4_block", version=True),
    "CreateIpv6Block": _m("create_ipv6_block"),
    "DescribeAvailableIpv4Resources": lambda ctx, req: ctx.backend.describe_available_ipv4_resources(req),
    "DescribeAvailableIpv6Resources": lambda ctx, req: ctx.backend.describe_available_ipv6_resources(req),
    "DescribeCidrBlockIps": _m("describe_cidr_block_ips"),
    "DescribeCidrBlocks": _m("describe_cidr_blocks"),
    "DescribeInstanceAvailableCidrBlock": _m("describe_instance_available_cidr_block"),
    "InquiryPriceCreateIpv4Block": lambda ctx, req: ctx.backend.inquiry_price_create_ipv4_block(req, ctx.api_version),
    "ModifyCidrBlocksAttribute": _m("modify_cidr_blocks_attribute"),
    "ReleaseCidrBlocks": _m("release_cidr_blocks"),
    "RenewCidrBlock": _m("renew_cidr_block", version=True),
    "TerminateCidrBlock": _m("terminate_cidr_block"),
    "UnbindCidrBlockIps": _m("unbind_cidr_block_ips"),
}

def _request_model(action: str) -> type[RequestModel]:
    module = importlib.import_module(ACTION_MODULES[action])
    model: type[RequestModel] = getattr(module, f"{action}Request")
    return model


#: Each served action's generated request model (the app validates with the same models, per version).
REQUESTS: dict[str, type[RequestModel]] = {a: _request_model(a) for a in _HANDLERS}
HANDLERS: dict[str, Handler] = dict(_HANDLERS)

__all__ = ["HANDLERS", "REQUESTS"]
