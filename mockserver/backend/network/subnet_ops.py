"""VPC and subnet operations (docs/mock-networking.md): validate everything, then apply.

Rules where the docs speak: a subnet's CIDR lies in 10.0.0.0/16, 172.16.0.0/16 or 192.168.0.0/16 (the
CreateSubnet page) and, in a VPC, inside the VPC's range without overlapping its other subnets. Where they are
silent (choices, docs/mock-networking.md): no two subnets of one account overlap at all (so a private address
is never held twice in one account); prefixes /16-/29; a VPC's range is private (RFC 1918) /8-/28; at most
``VPC_PER_REGION`` VPCs per region and ``SUBNETS_MAX`` subnets per account; a subnet is deleted at once (no
DELETING phase); AssociateSubnetInstances needs RUNNING instances of the subnet's zone, on types that
support subnets, in no subnet yet; binding moves the instance's private address into the subnet at once
(DescribeInstances shows it) while DescribeSubnets shows BINDING, then BOUND; unbinding gives the instance an
address of the account's default range back at once while the subnet lists it UNBINDING until it is gone.
Documented no-ops: unassociating an instance that is not in the subnet, adding a subnet to its own VPC.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from zltoolkit.api import ApiError
from zltoolkit.api.generated import subnets as gs
from zltoolkit.api.generated import vpcs as gv

from ...scenarios.models import Account
from ..pools import Private
from ..records import RUNNING, Instance
from ..state import BackendState
from ..timeutil import fmt
from . import common as c
from .records import AVAILABLE, BINDING, BOUND, TIMING, UNBINDING, Move, Subnet, Vpc

SUBNET_ALLOWED = tuple(ipaddress.IPv4Network(n) for n in ("10.0.0.0/16", "172.16.0.0/16", "192.168.0.0/16"))
SUBNET_PREFIX = (16, 29)
VPC_PREFIX = (8, 28)
VPC_PER_REGION = 5
SUBNETS_MAX = 100


def _network(text: str, field: str, code: str) -> ipaddress.IPv4Network:
    try:
        net = ipaddress.ip_network(text, strict=True)
    except ValueError:
        raise ApiError(code, f"The parameter `{field}` is not a valid IPv4 CIDR block.") from None
    if not isinstance(net, ipaddress.IPv4Network):
        raise ApiError(code, f"The parameter `{field}` must be an IPv4 CIDR block.")
    return net


class SubnetOps(BackendState):
    # ------------------------------------------------------------------ lookups

    def _vpc(self, account: str, vpc_id: str) -> Vpc:
        v = self.net.vpcs.get(vpc_id)
        if v is None or v.account != account:
            raise ApiError("INVALID_VPC_NOT_FOUND", f"The VPC `{vpc_id}` is not found.")
        return v

    def _subnet(self, account: str, subnet_id: str, code: str = "INVALID_SUBNET_NOT_FOUND") -> Subnet:
        s = self.net.subnets.get(subnet_id)
        if s is None or s.account != account:
            raise ApiError(code, f"The subnet `{subnet_id}` is not found.")
        return s

    def subnet_for_create(self, account: str, subnet_id: str) -> Subnet:
        """The subnet a CreateInstances names (INVALID_SUBNET_NOT_FOUND; a CREATING one is not usable yet)."""
        s = self._subnet(account, subnet_id)
        if s.status(self.now) != AVAILABLE:
            raise ApiError("OPERATION_DENIED_SUBNET_STATUS_NOT_SUPPORT", f"The subnet `{subnet_id}` is not AVAILABLE.")
        return s

    def _regions(self) -> dict[str, tuple[str, list[str]]]:
        """region id -> (name, zone ids), in zone order."""
        out: dict[str, tuple[str, list[str]]] = {}
        for z in self.catalog.zones.values():
            rid = c.region_id(z)
            out.setdefault(rid, (z.area_name, []))[1].append(z.zone_id)
        return out

    def _account_subnets(self, account: str) -> list[Subnet]:
        return [s for s in self.net.subnets.values() if s.account == account]

    def _members(self, subnet: Subnet) -> list[Instance]:
        return [i for i in self.by_account.get(subnet.account, {}).values() if i.subnet == subnet.id]

    def _subnet_free(self, subnet: Subnet) -> int:
        return self.pools.pool(Private(subnet.account, subnet.id)).available()

    # ------------------------------------------------------------------ VPCs

    def describe_vpc_available_regions(self, account: Account, req: gv.DescribeVpcAvailableRegionsRequest) -> dict[str, Any]:
        if req.zone_id is not None:
            self.catalog.zone(req.zone_id)
        out = []
        for rid, (rname, zones) in self._regions().items():
            if req.vpc_region_id is not None and rid != req.vpc_region_id:
                continue
            if req.zone_id is not None and req.zone_id not in zones:
                continue
            out.append({"vpcRegionId": rid, "vpcRegionName": rname, "zoneIds": list(zones)})
        return {"vpcRegionSet": out}

    def create_vpc(self, account: Account, req: gv.CreateVpcRequest) -> dict[str, Any]:
        acc = account.account_id
        region = c.required(req.vpc_region_id, "vpcRegionId")
        cidr_text = c.required(req.cidr_block, "cidrBlock")
        if region not in self._regions():
            raise ApiError("INVALID_VPC_REGION_NOT_FOUND", f"The VPC region `{region}` is not found.")
        net = _network(cidr_text, "cidrBlock", "INVALID_PARAMETER_VPC_CIDR_BLOCK")
        if not net.is_private or not VPC_PREFIX[0] <= net.prefixlen <= VPC_PREFIX[1]:
            raise ApiError("INVALID_PARAMETER_VPC_CIDR_BLOCK",
                           f"The VPC CIDR block must be a private range with a /{VPC_PREFIX[0]}-/{VPC_PREFIX[1]} prefix.")  # fmt: skip
        if sum(1 for v in self.net.vpcs.values() if v.account == acc and v.region == region) >= VPC_PER_REGION:
            raise ApiError("OPERATION_DENIED_VPC_REGION_EXCEED_LIMIT",
                           f"At most {VPC_PER_REGION} VPCs per region.")  # fmt: skip
        rg = c.resource_group(account, req.resource_group_id)
        name = c.name(req.vpc_name, "vpcName", "")
        vid = self._ids.net_id("vpc")
        self.net.put(Vpc(id=vid, account=acc, region=region, name=name or vid, cidr=str(net), rg=rg,
                         ctime=self.now, ready=self.now + TIMING["vpc_creating"]))  # fmt: skip
        return {"vpcId": vid}

    def delete_vpc(self, account: Account, req: gv.DeleteVpcRequest) -> dict[str, Any]:
        v = self._vpc(account.account_id, c.required(req.vpc_id, "vpcId"))
        if v.status(self.now) != AVAILABLE:
            raise ApiError("OPERATION_DENIED_VPC_STATUS_NOT_SUPPORT", f"The VPC `{v.id}` is still being created.")
        if any(s.vpc == v.id for s in self.net.subnets.values()):
            raise ApiError("OPERATION_DENIED_VPC_EXIST_SUBNET_ASSIGN", f"The VPC `{v.id}` still has subnets.")
        self.net.remove(v)
        return {}

    def _vpc_wire(self, v: Vpc, account: Account) -> dict[str, Any]:
        regions = self._regions()
        return {
            "vpcId": v.id, "vpcRegionId": v.region, "vpcRegionName": regions.get(v.region, (v.region, []))[0],
            "vpcName": v.name, "cidrBlock": v.cidr, "resourceGroupId": v.rg,
            "resourceGroupName": c.rg_name(account, v.rg), "createTime": fmt(v.ctime),
            "vpcStatus": v.status(self.now), "tags": c.tags_wire([]),
        }  # fmt: skip

    def describe_vpcs(self, account: Account, req: gv.DescribeVpcsRequest) -> dict[str, Any]:
        ids = set(c.id_list(req.vpc_ids, "vpcIds", required_=False)) if req.vpc_ids is not None else None
        now = self.now
        out = [
            v for v in self.net.vpcs.values()
            if v.account == account.account_id
            and (ids is None or v.id in ids)
            and (req.cidr_block is None or v.cidr == req.cidr_block)
            and (req.vpc_status is None or v.status(now) == req.vpc_status)
            and (req.vpc_name is None or req.vpc_name in v.name)
            and (req.vpc_region_id is None or v.region == req.vpc_region_id)
            and (req.resource_group_id is None or v.rg == req.resource_group_id)
        ]  # fmt: skip
        if req.tags or req.tag_keys:
            out = []  # VPCs carry no tags in the mock
        total, pg = c.page(out, req.page_num, req.page_size)
        return {"totalCount": total, "dataSet": [self._vpc_wire(v, account) for v in pg]}

    def modify_vpcs_attribute(self, account: Account, req: gv.ModifyVpcsAttributeRequest) -> dict[str, Any]:
        vpcs = [self._vpc(account.account_id, i) for i in c.id_list(req.vpc_ids, "vpcIds")]
        self.net.update(vpcs, name=c.name(c.required(req.vpc_name, "vpcName"), "vpcName", ""))
        return {}

    def modify_vpcs_resource_group(self, account: Account, req: gv.ModifyVpcsResourceGroupRequest) -> dict[str, Any]:
        vpcs = [self._vpc(account.account_id, i) for i in c.id_list(req.vpc_ids, "vpcIds")]
        self.net.update(vpcs, rg=c.resource_group(account, c.required(req.resource_group_id, "resourceGroupId")))
        return {}

    # ------------------------------------------------------------------ subnets

    def _check_subnet_cidr(self, account: str, net: ipaddress.IPv4Network, vpc: Vpc | None, own: str | None) -> None:
        if vpc is not None and not net.subnet_of(ipaddress.IPv4Network(vpc.cidr)):
            raise ApiError("INVALID_PARAMETER_SUBNET_CIDR_NOT_BELONG_VPC",
                           f"The CIDR block {net} is not inside the VPC's {vpc.cidr}.")  # fmt: skip
        for s in self._account_subnets(account):
            if s.id != own and ipaddress.ip_network(s.cidr).overlaps(net):
                raise ApiError("INVALID_PARAMETER_VPC_SUBNET_OVER_LAP",
                               f"The CIDR block {net} overlaps subnet `{s.id}` ({s.cidr}).")  # fmt: skip

    def _check_zone_in_vpc(self, zone_id: str, vpc: Vpc) -> None:
        if c.region_id(self.catalog.zones[zone_id]) != vpc.region:
            raise ApiError("OPERATION_DENIED_ZONE_NOT_BELONG_VPC",
                           f"The zone `{zone_id}` is not in the VPC's region `{vpc.region}`.")  # fmt: skip
        if vpc.status(self.now) != AVAILABLE:
            raise ApiError("OPERATION_DENIED_VPC_STATUS_NOT_SUPPORT", f"The VPC `{vpc.id}` is still being created.")

    def create_subnet(self, account: Account, req: gs.CreateSubnetRequest) -> dict[str, Any]:
        acc = account.account_id
        zone = self.catalog.zone(req.zone_id)
        if not zone.network.subnet:
            raise ApiError("OPERATION_DENIED_ZONE_NOT_SUPPORT_SUBNET", f"The zone `{zone.zone_id}` has no subnets.")
        net = _network(req.cidr_block, "cidrBlock", "INVALID_PARAMETER_SUBNET_CIDR_BLOCK")
        if not any(net.subnet_of(a) for a in SUBNET_ALLOWED) or not SUBNET_PREFIX[0] <= net.prefixlen <= SUBNET_PREFIX[1]:
            raise ApiError("INVALID_PARAMETER_SUBNET_CIDR_BLOCK",
                           "The subnet CIDR block must lie in 10.0.0.0/16, 172.16.0.0/16 or 192.168.0.0/16 with a "
                           f"/{SUBNET_PREFIX[0]}-/{SUBNET_PREFIX[1]} prefix.")  # fmt: skip
        vpc = self._vpc(acc, req.vpc_id) if req.vpc_id is not None else None
        if vpc is not None:
            self._check_zone_in_vpc(zone.zone_id, vpc)
        self._check_subnet_cidr(acc, net, vpc, None)
        if len(self._account_subnets(acc)) >= SUBNETS_MAX:
            raise ApiError("OPERATION_DENIED_SUBNET_EXCEED_LIMIT", f"At most {SUBNETS_MAX} subnets per account.")
        name = c.name(req.subnet_name, "subnetName", "")
        rg = c.resource_group(account, req.resource_group_id)
        sid = self._ids.net_id("subnet")
        self.net.put(Subnet(id=sid, account=acc, zone=zone.zone_id, vpc=vpc.id if vpc else None, name=name,
                            cidr=str(net), rg=rg, ctime=self.now, ready=self.now + TIMING["subnet_creating"]))  # fmt: skip
        return {"subnetId": sid}

    def delete_subnet(self, account: Account, req: gs.DeleteSubnetRequest) -> dict[str, Any]:
        s = self._subnet(account.account_id, c.required(req.subnet_id, "subnetId"), "OPERATION_FAILED_RESOURCE_NOT_FOUND")
        if s.status(self.now) != AVAILABLE:
            raise ApiError("OPERATION_DENIED_SUBNET_STATUS_NOT_SUPPORT", f"The subnet `{s.id}` is still being created.")
        self._expire_moves()
        if self._members(s) or any(m.subnet == s.id for m in self.net.moves.values()):
            raise ApiError("OPERATION_DENIED_SUBNET_EXIST_INSTANCE", f"The subnet `{s.id}` still has instances.")
        self.net.remove(s)
        return {}

    def associate_vpc_subnet(self, account: Account, req: gs.AssociateVpcSubnetRequest) -> dict[str, Any]:
        acc = account.account_id
        s = self._subnet(acc, c.required(req.subnet_id, "subnetId"))
        vpc = self._vpc(acc, c.required(req.vpc_id, "vpcId"))
        if s.vpc == vpc.id:
            return {}  # documented: no action on a subnet already in the VPC
        if s.vpc is not None:
            raise ApiError("OPERATION_DENIED_SUBNET_ASSOCIATED_OTHER_VPC", f"The subnet `{s.id}` is already in VPC `{s.vpc}`.")
        if s.status(self.now) != AVAILABLE:
            raise ApiError("OPERATION_DENIED_SUBNET_STATUS_NOT_SUPPORT", f"The subnet `{s.id}` is still being created.")
        self._check_zone_in_vpc(s.zone, vpc)
        self._check_subnet_cidr(acc, ipaddress.IPv4Network(s.cidr), vpc, s.id)
        s.vpc = vpc.id
        self.net.put(s)
        return {}

    def _expire_moves(self) -> None:
        """Forget moves whose time is over (an UNBINDING one is then gone, a BINDING one reads BOUND)."""
        now = self.now
        for m in [m for m in self.net.moves.values() if m.until <= now]:
            self.net.remove(m)

    def _subnet_wire(self, s: Subnet, account: Account) -> dict[str, Any]:
        now = self.now
        vpc = self.net.vpcs.get(s.vpc) if s.vpc else None
        members: list[dict[str, Any]] = []
        moves = {m.instance: m for m in self.net.moves.values() if m.subnet == s.id and m.until > now}
        for inst in self._members(s):
            m = moves.pop(inst.id, None)
            status = m.status if m is not None and m.status == BINDING else BOUND
            members.append({"instanceId": inst.id, "privateIpAddress": inst.priv4, "privateIpStatus": status})
        for m in moves.values():
            if m.status == UNBINDING:
                members.append({"instanceId": m.instance, "privateIpAddress": m.ip, "privateIpStatus": UNBINDING})
        return {
            "subnetId": s.id, "zoneId": s.zone, "subnetName": s.name, "vpcId": s.vpc,
            "vpcName": vpc.name if vpc else None, "cidrBlock": s.cidr, "createTime": fmt(s.ctime),
            "resourceGroupId": s.rg, "resourceGroupName": c.rg_name(account, s.rg), "subnetStatus": s.status(now),
            "subnetInstanceSet": members, "availableIpCount": self._subnet_free(s),
            "vpcSubnetStatus": (AVAILABLE if vpc is not None else None),
        }  # fmt: skip

    def describe_subnets(self, account: Account, req: gs.DescribeSubnetsRequest) -> dict[str, Any]:
        ids = set(c.id_list(req.subnet_ids, "subnetIds", required_=False)) if req.subnet_ids is not None else None
        now = self.now
        out = [
            s for s in self.net.subnets.values()
            if s.account == account.account_id
            and (ids is None or s.id in ids)
            and (req.cidr_block is None or s.cidr == req.cidr_block)
            and (req.zone_id is None or s.zone == req.zone_id)
            and (req.subnet_name is None or req.subnet_name in s.name)
            and (req.vpc_id is None or s.vpc == req.vpc_id)
            and (req.resource_group_id is None or s.rg == req.resource_group_id)
            and (req.subnet_status is None or s.status(now) == req.subnet_status)
        ]  # fmt: skip
        total, pg = c.page(out, req.page_num, req.page_size)
        return {"dataSet": [self._subnet_wire(s, account) for s in pg], "totalCount": total}

    def describe_subnet_available_resources(self, account: Account, req: gs.DescribeSubnetAvailableResourcesRequest) -> dict[str, Any]:
        if req.zone_id is not None:
            self.catalog.zone(req.zone_id)
        zones = [z.zone_id for z in self.catalog.zones.values() if z.network.subnet]
        return {"zoneIdSet": [z for z in zones if req.zone_id is None or z == req.zone_id]}

    def modify_subnets_attribute(self, account: Account, req: gs.ModifySubnetsAttributeRequest) -> dict[str, Any]:
        subs = [self._subnet(account.account_id, i) for i in c.id_list(req.subnet_ids, "subnetIds")]
        self.net.update(subs, name=c.name(c.required(req.subnet_name, "subnetName"), "subnetName", ""))
        return {}

    def modify_subnets_resource_group(self, account: Account, req: gs.ModifySubnetsResourceGroupRequest) -> dict[str, Any]:
        subs = [self._subnet(account.account_id, i) for i in c.id_list(req.subnet_ids, "subnetIds")]
        self.net.update(subs, rg=c.resource_group(account, c.required(req.resource_group_id, "resourceGroupId")))
        return {}

    # ------------------------------------------------------------------ instances in subnets

    def associate_subnet_instances(self, account: Account, req: gs.AssociateSubnetInstancesRequest) -> dict[str, Any]:
        acc = account.account_id
        s = self._subnet(acc, req.subnet_id)
        if s.status(self.now) != AVAILABLE:
            raise ApiError("OPERATION_DENIED_SUBNET_STATUS_NOT_SUPPORT", f"The subnet `{s.id}` is still being created.")
        if not req.subnet_instance_list:
            raise c.bad("subnetInstanceList", "must not be empty")
        if len(req.subnet_instance_list) > c.MAX_IDS:
            raise c.bad("subnetInstanceList", f"at most {c.MAX_IDS} instances")
        key = Private(acc, s.id)
        pool = self.pools.pool(key)
        net = ipaddress.IPv4Network(s.cidr)
        wanted: list[tuple[Instance, str | None]] = []
        seen_inst: set[str] = set()
        seen_ip: set[str] = set()
        for item in req.subnet_instance_list:
            inst = self._owned_net(acc, item.instance_id)
            if inst.id in seen_inst:
                raise c.bad("subnetInstanceList", f"instance `{inst.id}` is listed twice")
            seen_inst.add(inst.id)
            if inst.zone != s.zone:
                raise ApiError("OPERATION_DENIED_DIFFERENT_ZONE",
                               f"The instance `{inst.id}` is in zone `{inst.zone}`, the subnet in `{s.zone}`.")  # fmt: skip
            if not self.catalog.types[inst.type].support_subnet:
                raise ApiError("OPERATION_DENIED_INSTANCE_NOT_SUPPORT_SUBNET",
                               f"The instance type `{inst.type}` does not support subnets.")  # fmt: skip
            if inst.status(self.now) != RUNNING:
                raise ApiError("OPERATION_DENIED_INSTANCE_NOT_RUNNING", f"The instance `{inst.id}` is not RUNNING.")
            if inst.subnet == s.id:
                raise ApiError("OPERATION_DENIED_SUBNET_NOT_REPEAT_INSTANCE",
                               f"The instance `{inst.id}` is already in subnet `{s.id}`.")  # fmt: skip
            if inst.subnet is not None:
                raise ApiError("OPERATION_DENIED_IP_ASSOCIATED_INSTANCE",
                               f"The instance `{inst.id}` is in subnet `{inst.subnet}`; unassociate it first.")  # fmt: skip
            ip = item.private_ip_address
            if ip is not None:
                try:
                    addr = ipaddress.IPv4Address(ip)
                except ValueError:
                    raise ApiError("INVALID_PARAMETER_LAN_IP_NOT_SUPPORT", "The private IP address is malformed.") from None
                if addr not in net or not pool.usable(ip):
                    raise ApiError("INVALID_PARAMETER_LAN_IP_NOT_SUPPORT",
                                   f"The address {ip} is not a usable address of {s.cidr}.")  # fmt: skip
                if ip in seen_ip or pool.in_use(ip):
                    raise ApiError("INVALID_PARAMETER_DUPLICATE_LAN_IP", f"The address {ip} is already in use.")
                seen_ip.add(ip)
            wanted.append((inst, ip))
        if pool.available() < len(wanted):
            raise ApiError("INVALID_SUBNET_PRIVATE_IP_INSUFFICIENT", f"Not enough free addresses in subnet `{s.id}`.")
        # --- apply ---
        until = self.now + TIMING["binding"]
        for inst, ip in sorted(wanted, key=lambda w: w[1] is None):  # fixed addresses first
            new = pool.take(ip) if ip is not None else pool.allocate()  # enough checked above
            self.pools.dirty.add(key)
            self._move_private(inst, new, s.id)
            self.net.moves.pop(f"{s.id}/{inst.id}", None)
            self.net.put(Move(subnet=s.id, instance=inst.id, ip=new, status=BINDING, until=until))
        return {}

    def unassociate_subnet_instance(self, account: Account, req: gs.UnAssociateSubnetInstanceRequest) -> dict[str, Any]:
        acc = account.account_id
        s = self._subnet(acc, c.required(req.subnet_id, "subnetId"))
        inst = self._owned_net(acc, c.required(req.instance_id, "instanceId"))
        if inst.subnet != s.id:
            return {}  # documented: no action on an instance not in the subnet
        m = self.net.moves.get(f"{s.id}/{inst.id}")
        if m is not None and m.status == BINDING and m.until > self.now:
            raise ApiError("OPERATION_DENIED_SUBNET_ASSOCIATING_INSTANCE",
                           f"The instance `{inst.id}` is still being bound to subnet `{s.id}`.")  # fmt: skip
        default = Private(acc, None)
        if self.pools.pool(default).available() < 1:
            raise ApiError("INVALID_SUBNET_PRIVATE_IP_INSUFFICIENT", "No private address is left in the default range.")
        old = inst.priv4 or ""
        self._move_private(inst, self._allocate(default), None)
        self.net.put(Move(subnet=s.id, instance=inst.id, ip=old, status=UNBINDING, until=self.now + TIMING["unbinding"]))
        return {}

    def _owned_net(self, account: str, iid: str) -> Instance:
        inst = self.by_id.get(iid)
        if inst is None or inst.account != account:
            raise ApiError("INVALID_INSTANCE_NOT_FOUND", f"The instance `{iid}` is not found.")
        return inst

    def _move_private(self, inst: Instance, address: str, subnet: str | None) -> None:
        """The instance's private address becomes ``address`` (already taken from its pool), in ``subnet``."""
        if inst.priv4:
            self.pools.pool(Private(inst.account, inst.subnet)).release(inst.priv4)
            self.pools.dirty.add(Private(inst.account, inst.subnet))
        inst.priv4 = address
        inst.subnet = subnet
        self._touch(inst)
