"""CIDR blocks: IPv4 blocks carved from the zone's ``ipv4BlockPrefix``, IPv6 /64 blocks carved from the /48
around the zone's IPv6 prefix, and BYOIP blocks the customer brings (docs/mock-networking.md).

Blocks never overlap each other, a zone's public range or IPv6 prefix (carving takes the lowest free aligned
block; a BYOIP range that overlaps anything is refused). A block's usable addresses (IPv4: all but the network,
the gateway -- the first host -- and the broadcast address; IPv6: from ::2) are bound one by one to instances
of the block's zone (a BYOIP block has no zone: any zone); DescribeInstances lists bound addresses among the
instance's public (or IPv6) ones. Terminate (the TerminateCidrBlock page): refused for subscriptions
(returned when they expire), while addresses are bound, while CREATING or in the recycle bin; an IPv4 block
goes to RECYCLE (released 24 h later, or by ReleaseCidrBlocks), an IPv6 block is released at once. BYOIP
blocks are free, POSTPAID and cannot be renewed.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from typing import Any

from zltoolkit.api import ApiError, ChargeType
from zltoolkit.api.generated import cidr as gc

from ...scenarios.models import Account, ZoneDef
from ..pricing import money
from ..records import RECYCLE as INSTANCE_RECYCLE
from ..state import BackendState
from ..timeutil import RECYCLE_RETENTION_SECONDS, add_months, fmt
from . import common as c
from .address_ops import NET_EXPIRE, NET_RELEASE
from .records import AVAILABLE, CREATING, RECYCLE, TIMING, CidrBlock

IpNet = ipaddress.IPv4Network | ipaddress.IPv6Network
STANDARD, BYOIP = "STANDARD", "BYOIP"
IPV4, IPV6 = "IPv4", "IPv6"
BYOIP_PREFIX = {4: (8, 24), 6: (32, 48)}  # announced ranges: /8-/24 and /32-/48 (mock-defined)
AVAILABLE_IPS_SHOWN = 256  # DescribeInstanceAvailableCidrBlock lists at most this many free addresses
#: availableIpCount is an int in the SDKs (Go: int, 64 bits): an IPv6 /64 holds 2**64 - 2 usable addresses,
#: so counts are capped here (mock-defined; 32-bit clients read it too).
COUNT_CAP = 2**31 - 1


def _usable(net: IpNet) -> Iterator[str]:
    first = net.network_address
    if net.version == 4:
        for k in range(2, net.num_addresses - 1):
            yield str(first + k)
    else:
        k = 2
        while k < net.num_addresses:
            yield str(first + k)
            k += 1


def first_free(b: CidrBlock) -> str | None:
    """The lowest usable address of the block that nothing is bound to."""
    return next((a for a in _usable(ipaddress.ip_network(b.cidr)) if a not in b.bound), None)


def _usable_count(net: IpNet) -> int:
    return max(0, net.num_addresses - 3) if net.version == 4 else net.num_addresses - 2


def _free_count(net: IpNet, bound: int) -> int:
    return min(COUNT_CAP, _usable_count(net) - bound)


def _is_usable(net: IpNet, address: str) -> bool:
    try:
        a = ipaddress.ip_address(address)
    except ValueError:
        return False
    if a.version != net.version or a not in net:
        return False
    k = int(a) - int(net.network_address)
    return k >= 2 and (net.version == 6 or k < net.num_addresses - 1)


class BlockOps(BackendState):
    # ------------------------------------------------------------------ carving

    def _taken_networks(self) -> list[IpNet]:
        nets: list[IpNet] = [ipaddress.ip_network(b.cidr) for b in self.net.blocks.values()]
        for z in self.catalog.zones.values():
            nets.append(ipaddress.ip_network(z.public_ip_prefix, strict=False))
            if z.ipv6_prefix:
                nets.append(ipaddress.ip_network(z.ipv6_prefix, strict=False))
        return nets

    def _carve(self, zone: ZoneDef, version: int, netmask: int, count: int) -> list[str] | None:
        """``count`` free aligned blocks of /netmask in the zone's block space, lowest first (None: no room)."""
        if version == 4:
            if zone.network.ipv4_block_prefix is None:
                return None
            space: IpNet = ipaddress.ip_network(zone.network.ipv4_block_prefix, strict=False)
        else:
            if zone.ipv6_prefix is None:
                return None
            space = ipaddress.ip_network(zone.ipv6_prefix, strict=False).supernet(new_prefix=48)
        if netmask < space.prefixlen:
            return None
        taken = [n for n in self._taken_networks() if n.version == version and n.overlaps(space)]
        out: list[str] = []
        for cand in space.subnets(new_prefix=netmask):
            if not any(cand.overlaps(t) for t in taken):
                out.append(str(cand))
                taken.append(cand)
                if len(out) == count:
                    return out
        return None

    def _block_room(self, zone: ZoneDef, netmask: int) -> int:
        """How many more /netmask IPv4 blocks fit (capped at 20: enough for a sell status)."""
        found = self._carve(zone, 4, netmask, 1)
        if found is None:
            return 0
        return 1 + (0 if self._carve(zone, 4, netmask, 11) is None else 10)

    def _seed_blocks(self) -> None:
        for acc in self.scenario.accounts:
            rg = acc.resource_groups[0].resource_group_id if acc.resource_groups else ""
            for s in acc.cidr_blocks:
                zone = self.catalog.zones[s.zone_id]
                version = 6 if s.ip_type == IPV6 else 4
                carved = self._carve(zone, version, 64 if version == 6 else s.netmask, 1)
                if carved is None:
                    raise ValueError(f"cidrBlocks: no room for {s.cidr_block_id} in zone {s.zone_id}")
                charge = ChargeType(s.charge_type).value
                period = 1 if charge == ChargeType.PREPAID else None
                self.net.put(CidrBlock(
                    id=s.cidr_block_id, account=acc.account_id, zone=s.zone_id, block_type=IPV6 if version == 6 else IPV4,
                    cidr_type=STANDARD, name=s.name or s.cidr_block_id, cidr=carved[0], charge=charge, period=period,
                    ctime=self.now, etime=add_months(self.now, 1) if period else None, rg=rg, settled=AVAILABLE,
                    ready=self.now, paid=0.0,
                ))  # fmt: skip
                self._push_block_expiry(self.net.blocks[s.cidr_block_id])

    # ------------------------------------------------------------------ helpers

    def _block(self, account: str, bid: str | None) -> CidrBlock:
        b = self.net.blocks.get(c.required(bid, "cidrBlockId"))
        if b is None or b.account != account:
            raise ApiError("INVALID_CIDRBLOCK_NOT_FOUND", f"The CIDR block `{bid}` is not found.")
        return b

    def _netmask(self, zone: ZoneDef, netmask: int | None, code: str) -> int:
        m = c.required(netmask, "netmask")
        if m not in zone.network.ipv4_block_netmasks or zone.network.ipv4_block_prefix is None:
            raise ApiError(code, f"The netmask /{m} is not sold in zone `{zone.zone_id}`.")
        return m

    def ipv4_block_price(self, zone: ZoneDef, charge: ChargeType, period: int | None, netmask: int, count: int,
                         api_version: str) -> dict[str, Any]:  # fmt: skip
        per_block = 2 ** (32 - netmask)
        n = zone.network
        return c.price(api_version, charge, n.ipv4_block_monthly_per_ip, n.ipv4_block_hourly_per_ip, period,
                       per_block * count, zone)  # fmt: skip

    # ------------------------------------------------------------------ creates

    def create_ipv4_block(self, account: Account, req: gc.CreateIpv4BlockRequest, api_version: str) -> dict[str, Any]:
        acc = account.account_id
        zone = self.catalog.zone(c.required(req.zone_id, "zoneId"))
        charge = ChargeType(c.required(req.charge_type, "chargeType"))
        period = c.period(charge, req.charge_prepaid, "chargePrepaid")
        netmask = self._netmask(zone, req.netmask, "OPERATION_DENIED_UNAVAILABLE_NETMASK")
        if req.cidr_type is not None and req.cidr_type != STANDARD:
            raise c.bad("cidrType", f"must be {STANDARD} (BYOIP blocks come from CreateByoip)")
        n = c.amount(req.amount, 20)
        rg = c.resource_group(account, req.resource_group_id)
        name = c.name(req.name, "name", "")
        carved = self._carve(zone, 4, netmask, n)
        if carved is None:
            raise ApiError("OPERATION_DENIED_NETMASK_OUT_OF_STOCK", f"No /{netmask} block is left in `{zone.zone_id}`.")
        cost = c.charge_of(self.ipv4_block_price(zone, charge, period, netmask, n, api_version))
        if charge is ChargeType.PREPAID and self.balances[acc] < cost:
            raise ApiError("OPERATION_DENIED_INSUFFICIENT_BALANCE", f"The balance does not cover {cost:.2f}.")
        if charge is ChargeType.POSTPAID and self.balances[acc] <= 0:
            raise ApiError("OPERATION_DENIED_INSUFFICIENT_BALANCE", "POSTPAID needs a positive balance.")
        self._charge(acc, cost)
        ids = [self._new_block(acc, zone.zone_id, IPV4, STANDARD, name, cidr, charge.value, period, rg,
                               money(cost / n), c.tags(req.tags)) for cidr in carved]  # fmt: skip
        return {"orderNumber": self._ids.order_number(self.now), "cidrBlockIds": ids}

    def create_ipv6_block(self, account: Account, req: gc.CreateIpv6BlockRequest) -> dict[str, Any]:
        acc = account.account_id
        zone = self.catalog.zone(c.required(req.zone_id, "zoneId"))
        n = c.amount(req.amount, 20)
        rg = c.resource_group(account, req.resource_group_id)
        name = c.name(req.name, "name", "")
        carved = self._carve(zone, 6, 64, n)
        if carved is None:
            raise ApiError("RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT", f"No IPv6 block is left in `{zone.zone_id}`.")
        ids = [self._new_block(acc, zone.zone_id, IPV6, STANDARD, name, cidr, ChargeType.POSTPAID.value, None, rg,
                               0.0, c.tags(req.tags)) for cidr in carved]  # fmt: skip
        return {"cidrBlockIds": ids}

    def create_byoip(self, account: Account, req: gc.CreateByoipRequest) -> dict[str, Any]:
        acc = account.account_id
        text = c.required(req.cidr, "cidr")
        try:
            net = ipaddress.ip_network(text, strict=True)
        except ValueError:
            raise c.bad("cidr", "not a CIDR block") from None
        ip_type = req.ip_type or (IPV6 if net.version == 6 else IPV4)
        if ip_type not in (IPV4, IPV6) or (ip_type == IPV6) != (net.version == 6):
            raise c.bad("ipType", "must be IPv4 or IPv6 and match `cidr`")
        lo, hi = BYOIP_PREFIX[net.version]
        if not lo <= net.prefixlen <= hi or not net.is_global:
            raise c.bad("cidr", f"must be a public range with a /{lo}-/{hi} prefix")
        asn = c.required(req.asn, "asn")
        if not 1 <= asn <= 4294967295:
            raise c.bad("asn", "must be 1-4294967295")
        for other in self._taken_networks():
            if other.version == net.version and other.overlaps(net):
                raise ApiError("OPERATION_DENIED_BYOIP_CIDR_OVERLAP", f"The range {net} overlaps {other}.")
        rg = c.resource_group(account, None)
        bid = self._new_block(acc, None, ip_type, BYOIP, str(net), str(net), ChargeType.POSTPAID.value, None, rg, 0.0,
                              c.tags(req.tags))  # fmt: skip
        byoip = self._ids.net_id("byoip")
        block = self.net.blocks[bid]
        block.byoip, block.asn = byoip, asn
        return {"byoipId": byoip, "cidrBlockId": bid}

    def _new_block(self, acc: str, zone: str | None, block_type: str, cidr_type: str, name: str, cidr: str,
                   charge: str, period: int | None, rg: str, paid: float, tags: list[list[Any]]) -> str:  # fmt: skip
        bid = self._ids.net_id("cidr")
        self.net.put(CidrBlock(
            id=bid, account=acc, zone=zone, block_type=block_type, cidr_type=cidr_type, name=name or bid, cidr=cidr,
            charge=charge, period=period, ctime=self.now, etime=add_months(self.now, period) if period else None,
            rg=rg, settled=AVAILABLE, ready=self.now + TIMING["block_creating"], paid=paid, tags=tags,
        ))  # fmt: skip
        self._push_block_expiry(self.net.blocks[bid])
        return bid

    # ------------------------------------------------------------------ bindings

    def bind_cidr_block_ips(self, account: Account, req: gc.BindCidrBlockIpsRequest) -> dict[str, Any]:
        acc = account.account_id
        b = self._block(acc, req.cidr_block_id)
        status = b.status(self.now)
        if status == RECYCLE:
            raise ApiError("OPERATION_DENIED_CIDRBLOCK_RECYCLED", f"The CIDR block `{b.id}` is recycled.")
        if status != AVAILABLE:
            raise ApiError("OPERATION_DENIED_INVALID_STATUS", f"The CIDR block `{b.id}` is {status}.")
        items = c.required(req.ip_bind_list, "ipBindList")
        if not items:
            raise c.bad("ipBindList", "must not be empty")
        if len(b.bound) + len(items) > _usable_count(ipaddress.ip_network(b.cidr)):
            raise ApiError("OPERATION_DENIED_CIDRBLOCK_IP_COUNT_REACH_LIMIT", f"The CIDR block `{b.id}` is full.")
        net = ipaddress.ip_network(b.cidr)
        plan: list[tuple[str, str]] = []
        seen: set[str] = set()
        for item in items:
            iid = c.required(item.instance_id, "ipBindList.instanceId")
            ip = c.required(item.ip, "ipBindList.ip")
            inst = self.by_id.get(iid)
            if inst is None or inst.account != acc:
                raise ApiError("INVALID_INSTANCE_NOT_FOUND", f"The instance `{iid}` is not found.")
            if b.zone is not None and inst.zone != b.zone:
                raise ApiError("OPERATION_DENIED_DIFFERENT_ZONE", f"The instance `{iid}` is not in zone `{b.zone}`.")
            if inst.status(self.now) == INSTANCE_RECYCLE:
                raise ApiError("OPERATION_DENIED_INSTANCE_STATUS", f"The instance `{iid}` is in the recycle bin.")
            canon = str(ipaddress.ip_address(ip)) if _is_usable(net, ip) else None
            if canon is None:
                raise ApiError("INVALID_CIDRBLOCK_IP", f"{ip} is not a usable address of {b.cidr}.")
            if canon in b.bound or canon in seen:
                raise ApiError("OPERATION_DENIED_CIDRBLOCK_IP_BOUND", f"{canon} is already bound.")
            seen.add(canon)
            plan.append((canon, iid))
        for ip, iid in plan:
            self._bind_ip(b, ip, iid)
        self.net.put(b)
        return {}

    def _bind_ip(self, b: CidrBlock, ip: str, iid: str) -> None:
        """Bind one checked address of ``b`` to the instance (the caller stores ``b`` once after its binds)."""
        b.bound[ip] = iid
        self.net.link(iid, b.id, ip)
        self._touch(self.by_id[iid])

    def unbind_cidr_block_ips(self, account: Account, req: gc.UnbindCidrBlockIpsRequest) -> dict[str, Any]:
        b = self._block(account.account_id, req.cidr_block_id)
        if b.status(self.now) == RECYCLE:
            raise ApiError("OPERATION_DENIED_CIDRBLOCK_RECYCLED", f"The CIDR block `{b.id}` is recycled.")
        ips = c.required(req.ip_list, "ipList")
        if not ips:
            raise c.bad("ipList", "must not be empty")
        canon = []
        for ip in dict.fromkeys(ips):
            try:
                a = str(ipaddress.ip_address(ip))
            except ValueError:
                a = ip
            if a not in b.bound:
                raise ApiError("OPERATION_DENIED_IP_NOT_BELONG", f"{ip} is not bound in the CIDR block `{b.id}`.")
            canon.append(a)
        for a in canon:
            iid = b.bound.pop(a)
            self.net.unlink(iid, b.id, a)
            inst = self.by_id.get(iid)
            if inst is not None:
                self._touch(inst)
        self.net.put(b)
        return {}

    # ------------------------------------------------------------------ life

    def terminate_cidr_block(self, account: Account, req: gc.TerminateCidrBlockRequest) -> dict[str, Any]:
        b = self._block(account.account_id, req.cidr_block_id)
        status = b.status(self.now)
        if status == RECYCLE:
            raise ApiError("OPERATION_DENIED_CIDRBLOCK_RECYCLED", f"The CIDR block `{b.id}` is already recycled.")
        if status == CREATING:
            raise ApiError("OPERATION_DENIED_INVALID_STATUS", f"The CIDR block `{b.id}` is being created.")
        if b.charge == ChargeType.PREPAID:
            raise ApiError("OPERATION_DENIED_CIDRBLOCK_SUBSCRIPTION",
                           f"The CIDR block `{b.id}` is a subscription: it is returned when it expires.")  # fmt: skip
        if b.bound:
            raise ApiError("OPERATION_DENIED_INSTANCE_EXIST", f"The CIDR block `{b.id}` still has bound addresses.")
        self._retire_block(b, self.now)
        return {}

    def _retire_block(self, b: CidrBlock, at: float) -> None:
        """Unbind whatever is bound; IPv4 into the recycle bin (released 24 h later), IPv6 gone at once."""
        for addr, iid in list(b.bound.items()):
            self.net.unlink(iid, b.id, addr)
            inst = self.by_id.get(iid)
            if inst is not None:
                self._touch(inst)
        b.bound.clear()
        if b.block_type == IPV6:
            self.net.remove(b)
            return
        b.settled, b.recycled = RECYCLE, at
        self.events.push(at + RECYCLE_RETENTION_SECONDS, NET_RELEASE, b.id)
        self.net.put(b)

    def _push_block_expiry(self, b: CidrBlock) -> None:
        if b.etime is not None:
            self.events.push(b.etime, NET_EXPIRE, b.id)

    def release_cidr_blocks(self, account: Account, req: gc.ReleaseCidrBlocksRequest) -> dict[str, Any]:
        blocks = [self._block(account.account_id, i) for i in c.id_list(req.cidr_block_ids, "cidrBlockIds")]
        for b in blocks:
            if b.settled != RECYCLE:
                raise ApiError("OPERATION_DENIED_CIDRBLOCK_NOT_RECYCLED", f"The CIDR block `{b.id}` is not recycled.")
        for b in blocks:
            self.net.remove(b)
        return {}

    def renew_cidr_block(self, account: Account, req: gc.RenewCidrBlockRequest, api_version: str) -> dict[str, Any]:
        acc = account.account_id
        b = self._block(acc, req.cidr_block_id)
        if b.cidr_type != STANDARD or b.charge != ChargeType.PREPAID or b.period is None or b.etime is None or b.zone is None:
            raise ApiError("OPERATION_DENIED_CIDRBLOCK_TYPE_NOT_SUPPORTED",
                           f"The CIDR block `{b.id}` is not a PREPAID block: nothing to renew.")  # fmt: skip
        netmask = ipaddress.ip_network(b.cidr).prefixlen
        cost = c.charge_of(self.ipv4_block_price(self.catalog.zones[b.zone], ChargeType.PREPAID, b.period, netmask, 1,
                                                 api_version))  # fmt: skip
        if self.balances[acc] < cost:
            raise ApiError("OPERATION_DENIED_INSUFFICIENT_BALANCE", f"The balance does not cover {cost:.2f}.")
        self._charge(acc, cost)
        b.paid = money(b.paid + cost)
        b.etime = add_months(b.etime, b.period)
        b.settled, b.recycled = AVAILABLE, None
        self._push_block_expiry(b)
        self.net.put(b)
        return {}

    def modify_cidr_blocks_attribute(self, account: Account, req: gc.ModifyCidrBlocksAttributeRequest) -> dict[str, Any]:
        blocks = [self._block(account.account_id, i) for i in c.id_list(req.cidr_block_ids, "cidrBlockIds")]
        self.net.update(blocks, name=c.name(c.required(req.name, "name"), "name", ""))
        return {}

    # ------------------------------------------------------------------ reads

    def _block_wire(self, b: CidrBlock, account: Account) -> dict[str, Any]:
        net = ipaddress.ip_network(b.cidr)
        first = net.network_address
        last = first + (net.num_addresses - (2 if net.version == 4 else 1))
        return {
            "cidrBlockId": b.id, "cidrBlockType": b.block_type, "cidrType": b.cidr_type, "cidrBlockName": b.name,
            "zoneId": b.zone, "cidrBlock": b.cidr, "gateway": str(first + 1), "availableIpStart": str(first + 2),
            "availableIpEnd": str(last), "availableIpCount": _free_count(net, len(b.bound)),
            "instanceIds": sorted(set(b.bound.values())), "status": b.status(self.now), "chargeType": b.charge,
            "createTime": fmt(b.ctime), "expireTime": fmt(b.etime) if b.etime is not None else None,
            "resourceGroupId": b.rg, "resourceGroupName": c.rg_name(account, b.rg), "tags": c.tags_wire(b.tags),
        }  # fmt: skip

    def describe_cidr_blocks(self, account: Account, req: gc.DescribeCidrBlocksRequest) -> dict[str, Any]:
        ids = set(c.id_list(req.cidr_block_ids, "cidrBlockIds", required_=False)) if req.cidr_block_ids is not None else None
        out = [
            b for b in self.net.blocks.values()
            if b.account == account.account_id
            and (ids is None or b.id in ids)
            and (req.cidr_block is None or b.cidr == req.cidr_block)
            and (req.cidr_block_name is None or req.cidr_block_name in b.name)
            and (req.zone_id is None or b.zone == req.zone_id)
            and (req.cidr_block_type is None or b.block_type == req.cidr_block_type)
            and (req.gateway is None or str(ipaddress.ip_network(b.cidr).network_address + 1) == req.gateway)
            and (req.charge_type is None or b.charge == req.charge_type)
            and (req.resource_group_id is None or b.rg == req.resource_group_id)
        ]  # fmt: skip
        if req.tag_keys or req.tags:
            keys = set(req.tag_keys or []) | {t.key for t in req.tags or []}
            out = [b for b in out if keys <= {k for k, _ in b.tags}]
        total, pg = c.page(out, req.page_num, req.page_size)
        return {"totalCount": total, "dataSet": [self._block_wire(b, account) for b in pg]}

    def describe_cidr_block_ips(self, account: Account, req: gc.DescribeCidrBlockIpsRequest) -> dict[str, Any]:
        acc = account.account_id
        blocks = [self._block(acc, req.cidr_block_id)] if req.cidr_block_id is not None else [
            b for b in self.net.blocks.values() if b.account == acc]  # fmt: skip
        out = []
        for b in blocks:
            for ip, iid in b.bound.items():
                if (req.instance_id is None or iid == req.instance_id) and (req.ip is None or ip == req.ip):
                    out.append({"cidrBlockId": b.id, "cidrBlockType": b.block_type, "ip": ip, "instanceId": iid,
                                "status": "BOUND"})  # fmt: skip
        return {"cidrBlockIps": out}

    def describe_instance_available_cidr_block(self, account: Account,
                                               req: gc.DescribeInstanceAvailableCidrBlockRequest) -> dict[str, Any]:  # fmt: skip
        iid = c.required(req.instance_id, "instanceId")
        inst = self.by_id.get(iid)
        if inst is None or inst.account != account.account_id:
            raise ApiError("INVALID_INSTANCE_NOT_FOUND", f"The instance `{iid}` is not found.")
        out = []
        for b in self.net.blocks.values():
            if b.account != inst.account or b.status(self.now) != AVAILABLE or b.zone not in (None, inst.zone):
                continue
            if req.cidr_block_type is not None and b.block_type != req.cidr_block_type:
                continue
            net = ipaddress.ip_network(b.cidr)
            free: list[str] = []
            for ip in _usable(net):
                if ip not in b.bound:
                    free.append(ip)
                    if len(free) == AVAILABLE_IPS_SHOWN:
                        break
            out.append({"cidrBlockId": b.id, "zoneId": b.zone, "cidrBlockType": b.block_type,
                        "cidrType": b.cidr_type, "cidrBlock": b.cidr, "availableIps": free,
                        "availableIpCount": _free_count(net, len(b.bound))})  # fmt: skip
        return {"instanceAvailableCidrBlocks": out}

    def describe_available_ipv4_resources(self, req: gc.DescribeAvailableIpv4ResourcesRequest) -> dict[str, Any]:
        if req.zone_id is not None:
            self.catalog.zone(req.zone_id)
        out = []
        for z in self.catalog.zones.values():
            if (req.zone_id is not None and z.zone_id != req.zone_id) or z.network.ipv4_block_prefix is None:
                continue
            for m in z.network.ipv4_block_netmasks:
                room = self._block_room(z, m)
                status = "SOLD_OUT" if room == 0 else "SELL_SHORTAGE" if room < 10 else "SELL"
                out.append({"zoneId": z.zone_id, "netmask": m, "sellStatus": status, "cidrType": STANDARD})
        return {"availableIpv4Resources": out}

    def describe_available_ipv6_resources(self, req: gc.DescribeAvailableIpv6ResourcesRequest) -> dict[str, Any]:
        if req.zone_id is not None:
            self.catalog.zone(req.zone_id)
        out = []
        for z in self.catalog.zones.values():
            if (req.zone_id is not None and z.zone_id != req.zone_id) or z.ipv6_prefix is None:
                continue
            status = "SELL" if self._carve(z, 6, 64, 1) is not None else "SOLD_OUT"
            out.append({"zoneId": z.zone_id, "sellStatus": status})
        return {"availableIpv6Resources": out}

    def inquiry_price_create_ipv4_block(self, req: gc.InquiryPriceCreateIpv4BlockRequest, api_version: str) -> dict[str, Any]:
        zone = self.catalog.zone(c.required(req.zone_id, "zoneId"))
        charge = ChargeType(c.required(req.charge_type, "chargeType"))
        period = c.period(charge, req.charge_prepaid, "chargePrepaid")
        netmask = self._netmask(zone, req.netmask, "OPERATION_DENIED_UNAVAILABLE_NETMASK")
        n = c.amount(req.amount, 20)
        return {"price": self.ipv4_block_price(zone, charge, period, netmask, n, api_version)}
