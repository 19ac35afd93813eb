"""The networking objects of one state, their indexes and their change tracking (the commit reads ``dirty``).

Instances carry nothing for networking beyond what they had (their subnet and private address): the public
addresses linked to an instance (elastic IPs, DDoS IPs, bound block addresses) live here, in ``links``, keyed
by instance id, so an instance without networking costs no extra byte.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

from ...scenarios.models import Scenario
from .records import AVAILABLE, CidrBlock, Move, NetObject, PublicIp, Subnet, Vpc, from_record


def row_id(obj: NetObject) -> str:
    """The state-file row id: kind and id, unambiguous whatever the id holds."""
    return json.dumps([obj.KIND, obj.id], separators=(",", ":"))


class NetStore:
    __slots__ = ("vpcs", "subnets", "moves", "ips", "blocks", "links", "dirty", "deleted")

    def __init__(self, objects: Iterable[NetObject] = ()) -> None:
        self.vpcs: dict[str, Vpc] = {}
        self.subnets: dict[str, Subnet] = {}
        self.moves: dict[str, Move] = {}
        self.ips: dict[str, PublicIp] = {}
        self.blocks: dict[str, CidrBlock] = {}
        # instance id -> [(owner id, address)] in link order: what DescribeInstances adds to the instance.
        self.links: dict[str, list[tuple[str, str]]] = {}
        self.dirty: dict[str, NetObject] = {}  # row id -> object changed since the last commit
        self.deleted: set[str] = set()  # row ids deleted since the last commit
        for obj in objects:
            self._table(obj)[obj.id] = obj
        for ip in self.ips.values():
            if ip.instance is not None:
                self.links.setdefault(ip.instance, []).append((ip.id, ip.ip))
        for block in self.blocks.values():
            for addr, iid in block.bound.items():
                self.links.setdefault(iid, []).append((block.id, addr))

    @classmethod
    def from_records(cls, records: list[dict[str, Any]]) -> NetStore:
        objs = [from_record(r) for r in records]
        store = cls(objs)
        if sum(len(t) for t in (store.vpcs, store.subnets, store.moves, store.ips, store.blocks)) != len(objs):
            raise ValueError("duplicate network object id")
        return store

    @classmethod
    def from_scenario(cls, scenario: Scenario, now: float) -> NetStore:
        """The scenario's VPCs and subnets, AVAILABLE from ``now`` (addresses and blocks are drawn later, by
        the backend, once instances have reserved theirs)."""
        store = cls()
        for acc in scenario.accounts:
            rg = acc.resource_groups[0].resource_group_id if acc.resource_groups else ""
            for v in acc.vpcs:
                store.put(Vpc(id=v.vpc_id, account=acc.account_id, region=v.vpc_region_id, name=v.vpc_name or v.vpc_id,
                              cidr=v.cidr_block, rg=v.resource_group_id or rg, ctime=now, ready=now))  # fmt: skip
            for s in acc.subnets:
                store.put(Subnet(id=s.subnet_id, account=acc.account_id, zone=s.zone_id, vpc=s.vpc_id,
                                 name=s.subnet_name or s.subnet_id, cidr=s.cidr_block,
                                 rg=s.resource_group_id or rg, ctime=now, ready=now))  # fmt: skip
        return store

    def _table(self, obj: NetObject) -> dict[str, Any]:
        if isinstance(obj, Vpc):
            return self.vpcs
        if isinstance(obj, Subnet):
            return self.subnets
        if isinstance(obj, Move):
            return self.moves
        if isinstance(obj, PublicIp):
            return self.ips
        return self.blocks

    def all(self) -> Iterator[NetObject]:
        yield from self.vpcs.values()
        yield from self.subnets.values()
        yield from self.moves.values()
        yield from self.ips.values()
        yield from self.blocks.values()

    # --- changes ---

    def put(self, obj: NetObject) -> None:
        """Add or mark changed."""
        self._table(obj)[obj.id] = obj
        rid = row_id(obj)
        self.dirty[rid] = obj
        self.deleted.discard(rid)

    def update(self, objs: Iterable[NetObject], **fields: Any) -> None:
        """Set the same (already checked) fields on each object and mark it changed: the Modify*Attribute and
        Modify*ResourceGroup actions of every networking kind."""
        for obj in objs:
            for name, value in fields.items():
                setattr(obj, name, value)
            self.put(obj)

    def remove(self, obj: NetObject) -> None:
        self._table(obj).pop(obj.id, None)
        rid = row_id(obj)
        self.dirty.pop(rid, None)
        self.deleted.add(rid)

    def clear_changes(self) -> None:
        self.dirty.clear()
        self.deleted.clear()

    # --- instance links ---

    def link(self, iid: str, owner: str, address: str) -> None:
        self.links.setdefault(iid, []).append((owner, address))

    def unlink(self, iid: str, owner: str, address: str) -> None:
        lst = self.links.get(iid)
        if lst is not None:
            with contextlib.suppress(ValueError):
                lst.remove((owner, address))
            if not lst:
                del self.links[iid]

    def extra_addresses(self, iid: str) -> tuple[list[str], list[str]] | None:
        """(IPv4, IPv6) addresses linked to the instance, or None (the common case: nothing linked)."""
        lst = self.links.get(iid)
        if not lst:
            return None
        v4 = [a for _, a in lst if ":" not in a]
        v6 = [a for _, a in lst if ":" in a]
        return v4, v6

    def forget_instance(self, iid: str) -> None:
        """The instance is gone for good: its elastic/DDoS IPs are AVAILABLE again (settled at once), its block
        addresses unbound, its subnet moves forgotten."""
        for owner, addr in self.links.pop(iid, []):
            ip = self.ips.get(owner)
            if ip is not None:
                ip.instance, ip.settled, ip.transit = None, AVAILABLE, None
                self.put(ip)
                continue
            block = self.blocks.get(owner)
            if block is not None:
                block.bound.pop(addr, None)
                self.put(block)
        for m in [m for m in self.moves.values() if m.instance == iid]:
            self.remove(m)

    def export(self) -> list[dict[str, Any]]:
        return [o.to_record() for o in self.all()]
