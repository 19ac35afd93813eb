"""Elastic IPs and DDoS-protected IPs (docs/mock-networking.md): one model, two families.

Both draw single addresses from the zone's public IPv4 pool, the pool instances take their primary address
from, so no address is ever held twice. Lifecycle (the docs' pages of these actions): allocate -> CREATING ->
AVAILABLE; associate (RUNNING instances of the same zone, not ESXi) -> ASSOCIATING -> ASSOCIATED
(DescribeInstances lists the address among the instance's public ones at once); unassociate -> UNASSOCIATING
-> AVAILABLE (gone from the instance at once; on an AVAILABLE address nothing happens); terminate (POSTPAID
only: a subscription is returned when it expires) -> RECYCLE, an associated address unassociated first;
release (from RECYCLE only) -> gone, address back to the pool; 24 h in the recycle bin release it too.
PREPAID is charged up front for the whole term (what the price inquiry quotes) and goes to RECYCLE at its
expiredTime; POSTPAID needs a positive balance and is billed afterwards (not metered by the mock), as
instances. Renew (PREPAID only) extends the term by the address's period, charges again and brings an expired
address back to AVAILABLE.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from zltoolkit.api import ApiError, ChargeType

from ...scenarios.models import Account, ZoneDef
from ..pools import PublicV4
from ..pricing import money
from ..records import RECYCLE as INSTANCE_RECYCLE
from ..records import RUNNING, Instance
from ..state import BackendState
from ..timeutil import RECYCLE_RETENTION_SECONDS, add_months, fmt
from . import common as c
from .records import ASSOCIATED, ASSOCIATING, AVAILABLE, CREATING, RECYCLE, TIMING, UNASSOCIATING, PublicIp

#: Elastic and DDoS IPs one instance may hold at once (mock-defined; the docs name the code, not the limit).
PER_INSTANCE_MAX = 10
#: Event kinds (registered in core.EVENT_HANDLERS): a PREPAID term ends; 24 h in the recycle bin are over.
NET_EXPIRE, NET_RELEASE = "net_expire", "net_release"


@dataclass(frozen=True)
class Family:
    """The spellings of one family: error codes and wire keys differ, the behaviour does not."""

    name: str  # eip / ddos
    prefix: str  # id prefix
    id_key: str
    status_key: str
    charge_key: str
    not_found: str
    no_sell: str
    recycled: str
    not_recycled: str
    not_available: str
    not_support: str
    zone_not_same: str
    subscription: str
    esxi: str
    netmask: bool  # EipAddress carries a netmask, DdosIpAddress does not

    def sold_in(self, zone: ZoneDef) -> bool:
        return zone.network.eip if self.name == "eip" else zone.network.ddos

    def prices(self, zone: ZoneDef) -> tuple[float, float]:
        n = zone.network
        return (n.eip_monthly, n.eip_hourly) if self.name == "eip" else (n.ddos_monthly, n.ddos_hourly)


EIP = Family("eip", "eip", "eipId", "eipStatus", "eipChargeType", "INVALID_EIP_NOT_FOUND",
             "INVALID_EIP_TYPE_ZONE_NO_SELL", "OPERATION_DENIED_EIP_RECYCLED", "OPERATION_DENIED_EIP_NOT_RECYCLED",
             "OPERATION_DENIED_EIP_STATUS_NOT_AVAILABLE", "OPERATION_DENIED_EIP_STATUS_NOT_SUPPORT",
             "OPERATION_DENIED_EIP_ZONE_NOT_SAME", "OPERATION_DENIED_EIP_SUBSCRIPTION",
             "OPERATION_DENIED_EIP_ESXI_INSTANCE_ASSIGN", True)  # fmt: skip
DDOS = Family("ddos", "ddos", "ddosIpId", "ddosIpStatus", "ddosIpChargeType", "INVALID_DDOS_IP_NOT_FOUND",
              "INVALID_DDOS_IP_TYPE_ZONE_NO_SELL", "OPERATION_DENIED_DDOS_IP_RECYCLED",
              "OPERATION_DENIED_DDOS_IP_NOT_RECYCLED", "OPERATION_DENIED_DDOS_IP_STATUS_NOT_AVAILABLE",
              "OPERATION_DENIED_DDOS_IP_STATUS_NOT_SUPPORT", "OPERATION_DENIED_DDOS_IP_ZONE_NOT_SAME",
              "OPERATION_DENIED_DDOS_IP_SUBSCRIPTION", "OPERATION_DENIED_DDOS_IP_ESXI_INSTANCE_ASSIGN", False)  # fmt: skip
NETMASK = 32  # a single address


class AddressOps(BackendState):
    # ------------------------------------------------------------------ helpers

    def _address(self, f: Family, account: str, aid: str | None) -> PublicIp:
        field = "eipId" if f is EIP else "ddosIpId"
        a = self.net.ips.get(c.required(aid, field))
        if a is None or a.account != account or a.family != f.name:
            raise ApiError(f.not_found, f"The {field[:-2]} `{aid}` is not found.")
        return a

    def _sell_zone(self, f: Family, zone_id: str | None) -> ZoneDef:
        zone = self.catalog.zone(c.required(zone_id, "zoneId"))
        if not f.sold_in(zone):
            raise ApiError(f.no_sell, f"The zone `{zone.zone_id}` does not sell {f.name} addresses.")
        return zone

    def address_price(self, f: Family, zone: ZoneDef, charge: ChargeType, period: int | None, count: int,
                      api_version: str) -> dict[str, Any]:  # fmt: skip
        monthly, hourly = f.prices(zone)
        return c.price(api_version, charge, monthly, hourly, period, count, zone)

    def _seed_addresses(self) -> None:
        """Scenario seeds: AVAILABLE from the start, addresses drawn now (after instances reserved theirs)."""
        for acc in self.scenario.accounts:
            rg = acc.resource_groups[0].resource_group_id if acc.resource_groups else ""
            for f, seeds in ((EIP, acc.eips), (DDOS, acc.ddos_ips)):
                for s in seeds:
                    ip = self._allocate(PublicV4(s.zone_id))
                    charge = ChargeType(s.charge_type).value
                    period = 1 if charge == ChargeType.PREPAID else None
                    a = PublicIp(
                        id=s.id, family=f.name, account=acc.account_id, zone=s.zone_id, ip=ip, charge=charge,
                        period=period, ctime=self.now, etime=add_months(self.now, 1) if period else None,
                        rg=s.resource_group_id or rg, instance=None, settled=AVAILABLE, transit=None,
                        until=self.now, paid=0.0,
                    )  # fmt: skip
                    self.net.put(a)
                    self._push_address_expiry(a)

    def _push_address_expiry(self, a: PublicIp) -> None:
        if a.etime is not None:
            self.events.push(a.etime, NET_EXPIRE, a.id)

    def _is_esxi(self, inst: Instance) -> bool:
        image = self.catalog.images.get(inst.image) if inst.image else None
        return image is not None and str(image.catalog) == "esxi"

    def _recycle_address(self, a: PublicIp, at: float) -> None:
        """Into the recycle bin at ``at`` (unassociated first); released 24 h later unless renewed."""
        self._detach(a, transit=None)
        a.settled, a.transit, a.recycled = RECYCLE, None, at
        self.events.push(at + RECYCLE_RETENTION_SECONDS, NET_RELEASE, a.id)
        self.net.put(a)

    def _release_address(self, a: PublicIp) -> None:
        key = PublicV4(a.zone)
        self.pools.pool(key).release(a.ip)
        self.pools.dirty.add(key)
        self.net.remove(a)

    def _settle(self, a: PublicIp) -> None:
        """Fold a finished transition into the settled status (before changing it again)."""
        if a.transit is not None and self.now >= a.until:
            a.transit = None

    # ------------------------------------------------------------------ operations

    def allocate_addresses(self, f: Family, account: Account, zone_id: str | None, charge_type: ChargeType | None,
                           prepaid: Any, amount: int | None, rg_id: str | None, tags: Any,
                           api_version: str) -> dict[str, Any]:  # fmt: skip
        acc = account.account_id
        zone = self._sell_zone(f, zone_id)
        charge = ChargeType(c.required(charge_type, f.charge_key))
        period = c.period(charge, prepaid, "eipChargePrepaid" if f is EIP else "ddosIpChargePrepaid")
        n = c.amount(amount)
        rg = c.resource_group(account, rg_id)
        key = PublicV4(zone.zone_id)
        if self.pools.pool(key).available() < n:
            raise ApiError("RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT", f"No public address is left in zone `{zone.zone_id}`.")
        cost = c.charge_of(self.address_price(f, zone, charge, period, n, api_version))
        if charge is ChargeType.PREPAID and self.balances[acc] < cost:
            raise ApiError("OPERATION_DENIED_INSUFFICIENT_BALANCE", f"The balance does not cover {cost:.2f}.")
        if charge is ChargeType.POSTPAID and self.balances[acc] <= 0:
            raise ApiError("OPERATION_DENIED_INSUFFICIENT_BALANCE", "POSTPAID needs a positive balance.")
        # --- apply ---
        self._charge(acc, cost)
        each = money(cost / n) if n else 0.0
        ids = []
        for _ in range(n):
            aid = self._ids.net_id(f.prefix)
            a = PublicIp(
                id=aid, family=f.name, account=acc, zone=zone.zone_id, ip=self._allocate(key), charge=charge.value,
                period=period, ctime=self.now, etime=add_months(self.now, period) if period else None, rg=rg,
                instance=None, settled=AVAILABLE, transit=CREATING, until=self.now + TIMING["address_creating"],
                paid=each, tags=c.tags(tags),
            )  # fmt: skip
            self.net.put(a)
            self._push_address_expiry(a)
            ids.append(aid)
        return {"eipIdSet" if f is EIP else "ddosIdSet": ids, "orderNumber": self._ids.order_number(self.now)}

    def associate_address(self, f: Family, account: Account, aid: str | None, iid: str | None) -> dict[str, Any]:
        acc = account.account_id
        a = self._address(f, acc, aid)
        inst = self._owned_addr(acc, c.required(iid, "instanceId"))
        status = a.status(self.now)
        if status == RECYCLE:
            raise ApiError("FAILED_OPERATION_FOR_RECYCLE_RESOURCE", f"`{a.id}` is in the recycle bin.")
        if status != AVAILABLE:
            raise ApiError(f.not_available, f"`{a.id}` is {status}, not AVAILABLE.")
        if inst.zone != a.zone:
            raise ApiError(f.zone_not_same, f"`{a.id}` is in zone `{a.zone}`, the instance in `{inst.zone}`.")
        if self._is_esxi(inst):
            raise ApiError(f.esxi, f"The instance `{inst.id}` runs ESXi, which cannot hold this address.")
        if inst.status(self.now) != RUNNING:
            raise ApiError("OPERATION_DENIED_INSTANCE_NOT_RUNNING", f"The instance `{inst.id}` is not RUNNING.")
        held = sum(1 for owner, _ in self.net.links.get(inst.id, ()) if owner in self.net.ips)
        if held >= PER_INSTANCE_MAX:
            raise ApiError("OPERATION_DENIED_EIP_INSTANCE_EXCEED_LIMIT",
                           f"An instance holds at most {PER_INSTANCE_MAX} elastic and DDoS IPs.")  # fmt: skip
        self._settle(a)
        a.instance, a.settled = inst.id, ASSOCIATED
        a.transit, a.until = ASSOCIATING, self.now + TIMING["associating"]
        self.net.put(a)
        self.net.link(inst.id, a.id, a.ip)
        self._touch(inst)
        return {}

    def _detach(self, a: PublicIp, *, transit: str | None) -> None:
        iid = a.instance
        if iid is None:
            return
        self.net.unlink(iid, a.id, a.ip)
        a.instance, a.settled = None, AVAILABLE
        if transit is not None:
            a.transit, a.until = transit, self.now + TIMING["unassociating"]
        inst = self.by_id.get(iid)
        if inst is not None:
            self._touch(inst)

    def unassociate_address(self, f: Family, account: Account, aid: str | None) -> dict[str, Any]:
        a = self._address(f, account.account_id, aid)
        status = a.status(self.now)
        if status == RECYCLE:
            raise ApiError("FAILED_OPERATION_FOR_RECYCLE_RESOURCE", f"`{a.id}` is in the recycle bin.")
        if status == AVAILABLE:
            return {}  # documented: nothing changes
        if status != ASSOCIATED:
            raise ApiError(f.not_support, f"`{a.id}` is {status}, not ASSOCIATED.")
        self._settle(a)
        self._detach(a, transit=UNASSOCIATING)
        self.net.put(a)
        return {}

    def terminate_address(self, f: Family, account: Account, aid: str | None) -> dict[str, Any]:
        a = self._address(f, account.account_id, aid)
        status = a.status(self.now)
        if status == RECYCLE:
            raise ApiError(f.recycled, f"`{a.id}` is already in the recycle bin.")
        if status in (CREATING, ASSOCIATING, UNASSOCIATING):
            raise ApiError(f.not_support, f"`{a.id}` is {status}.")
        if a.charge == ChargeType.PREPAID:
            raise ApiError(f.subscription, f"`{a.id}` is a subscription: it is returned when it expires.")
        self._settle(a)
        self._recycle_address(a, self.now)
        return {}

    def release_addresses(self, f: Family, account: Account, ids: list[str] | None) -> dict[str, Any]:
        field = "eipIds" if f is EIP else "ddosIpIds"
        items = [self._address(f, account.account_id, i) for i in c.id_list(ids, field)]
        for a in items:
            if a.status(self.now) != RECYCLE:
                raise ApiError(f.not_recycled, f"`{a.id}` is not in the recycle bin.")
        for a in items:
            self._release_address(a)
        return {}

    def renew_address(self, f: Family, account: Account, aid: str | None, api_version: str) -> dict[str, Any]:
        acc = account.account_id
        a = self._address(f, acc, aid)
        if a.charge != ChargeType.PREPAID or a.period is None or a.etime is None:
            raise ApiError("OPERATION_DENIED_CHARGE_TYPE_NOT_SUPPORT", f"`{a.id}` is POSTPAID: nothing to renew.")
        zone = self.catalog.zones[a.zone]
        cost = c.charge_of(self.address_price(f, zone, ChargeType.PREPAID, a.period, 1, api_version))
        if self.balances[acc] < cost:
            raise ApiError("OPERATION_DENIED_INSUFFICIENT_BALANCE", f"The balance does not cover {cost:.2f}.")
        self._charge(acc, cost)
        a.paid = money(a.paid + cost)
        a.etime = add_months(a.etime, a.period)
        if a.settled == RECYCLE:  # an expired subscription comes back; its pending release no longer applies
            a.settled, a.recycled = AVAILABLE, None
        self._push_address_expiry(a)
        self.net.put(a)
        return {}

    def modify_addresses_resource_group(self, f: Family, account: Account, ids: list[str] | None,
                                        rg_id: str | None) -> dict[str, Any]:  # fmt: skip
        field = "eipIds" if f is EIP else "ddosIpIds"
        items = [self._address(f, account.account_id, i) for i in c.id_list(ids, field)]
        self.net.update(items, rg=c.resource_group(account, c.required(rg_id, "resourceGroupId")))
        return {}

    def _owned_addr(self, account: str, iid: str) -> Instance:
        inst = self.by_id.get(iid)
        if inst is None or inst.account != account:
            raise ApiError("INVALID_INSTANCE_NOT_FOUND", f"The instance `{iid}` is not found.")
        return inst

    # ------------------------------------------------------------------ reads

    def address_wire(self, f: Family, a: PublicIp, account: Account) -> dict[str, Any]:
        inst = self.by_id.get(a.instance) if a.instance else None
        out: dict[str, Any] = {
            f.id_key: a.id, "zoneId": a.zone, "ipAddress": a.ip,
            "instanceId": a.instance, "instanceName": inst.name if inst else None,
            f.charge_key: a.charge, "period": a.period, "createTime": fmt(a.ctime),
            "expiredTime": fmt(a.etime) if a.etime is not None else None, "resourceGroupId": a.rg,
            "resourceGroupName": c.rg_name(account, a.rg), f.status_key: a.status(self.now),
        }  # fmt: skip
        if f.netmask:
            out["netmask"] = NETMASK
            out["tags"] = c.tags_wire(a.tags)
        return out

    def describe_addresses(self, f: Family, account: Account, req: Any) -> dict[str, Any]:
        ids_field = "eipIds" if f is EIP else "ddosIpIds"
        raw_ids = req.eip_ids if f is EIP else req.ddos_ip_ids
        ids = set(c.id_list(raw_ids, ids_field, required_=False)) if raw_ids is not None else None
        charge = req.eip_charge_type if f is EIP else req.ddos_ip_charge_type
        status = req.eip_status if f is EIP else req.ddos_ip_status
        now = self.now
        names = {i.id: i.name for i in self.by_account.get(account.account_id, {}).values()}
        out = [
            a for a in self.net.ips.values()
            if a.account == account.account_id and a.family == f.name
            and (ids is None or a.id in ids)
            and (charge is None or a.charge == charge)
            and (req.ip_address is None or a.ip == req.ip_address)
            and (req.zone_id is None or a.zone == req.zone_id)
            and (req.resource_group_id is None or a.rg == req.resource_group_id)
            and (status is None or a.status(now) == status)
            and (req.instance_id is None or a.instance == req.instance_id)
            and (req.instance_name is None or (a.instance is not None and req.instance_name in names.get(a.instance, "")))
        ]  # fmt: skip
        if f is EIP and (req.tag_keys or req.tags):
            keys = set(req.tag_keys or []) | {t.key for t in req.tags or []}
            out = [a for a in out if keys <= {k for k, _ in a.tags}]
        total, pg = c.page(out, req.page_num, req.page_size)
        return {"dataSet": [self.address_wire(f, a, account) for a in pg], "totalCount": total}

    def available_address_resources(self, f: Family, zone_id: str | None) -> list[dict[str, Any]]:
        if zone_id is not None:
            self.catalog.zone(zone_id)
        out = []
        for z in self.catalog.zones.values():
            if (zone_id is not None and z.zone_id != zone_id) or not f.sold_in(z):
                continue
            left = self.pools.pool(PublicV4(z.zone_id)).available()
            status = "SOLD_OUT" if left == 0 else "SELL_SHORTAGE" if left < 10 else "SELL"
            item: dict[str, Any] = {"zoneId": z.zone_id, "status": status}
            if f.netmask:
                item["netmask"] = NETMASK
            out.append(item)
        return out

    def instance_available_addresses(self, f: Family, account: Account, iid: str | None) -> list[dict[str, Any]]:
        inst = self._owned_addr(account.account_id, c.required(iid, "instanceId"))
        if self._is_esxi(inst):
            raise ApiError("INVALID_ESXI_NOT_SUPPORT", f"The instance `{inst.id}` runs ESXi.")
        if inst.status(self.now) == INSTANCE_RECYCLE:
            return []
        out = []
        for a in self.net.ips.values():
            if a.account == inst.account and a.family == f.name and a.zone == inst.zone and a.status(self.now) == AVAILABLE:
                item: dict[str, Any] = {f.id_key: a.id, "ipAddress": a.ip}
                if f.netmask:
                    item["netmask"] = NETMASK
                out.append(item)
        return out
