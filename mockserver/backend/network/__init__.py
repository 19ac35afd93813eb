"""Networking of the mock (docs/mock-networking.md): VPCs and subnets (``subnet_ops``), elastic and DDoS IPs
(``address_ops``), CIDR blocks and BYOIP (``block_ops``), the objects (``records``) and their store
(``store``). ``NetworkOps`` joins the operations; the backend mixes it in next to the instance operations.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from typing import Any

from ..events import AnyEvent
from ..pools import PoolKey, Private, PublicV4
from ..timeutil import RECYCLE_RETENTION_SECONDS
from .address_ops import DDOS, EIP, NET_EXPIRE, NET_RELEASE, AddressOps, Family
from .block_ops import BlockOps
from .records import RECYCLE
from .store import NetStore
from .subnet_ops import SubnetOps

__all__ = ["DDOS", "EIP", "NET_EXPIRE", "NET_RELEASE", "Family", "NetStore", "NetworkOps", "held_addresses"]


def held_addresses(store: NetStore) -> Iterator[tuple[PoolKey, str]]:
    """Pool addresses networking objects hold (elastic and DDoS IPs; a restart reserves them)."""
    for a in store.ips.values():
        yield PublicV4(a.zone), a.ip


class NetworkOps(SubnetOps, AddressOps, BlockOps):
    def invariants(self) -> dict[str, Any]:
        out = super().invariants()
        net = self.network_invariants()
        out["network"] = net
        out["ok"] = bool(out["ok"] and net["ok"])
        return out

    def _on_net_expire(self, ev: AnyEvent) -> None:
        """A PREPAID address or block reaches its expiredTime (unless renewed since): into the recycle bin."""
        a = self.net.ips.get(ev.subject)
        if a is not None and a.etime == ev.at and a.settled != RECYCLE:
            self._settle(a)
            self._recycle_address(a, ev.at)
        b = self.net.blocks.get(ev.subject)
        if b is not None and b.etime == ev.at and b.settled != RECYCLE:
            self._retire_block(b, ev.at)

    def _on_net_release(self, ev: AnyEvent) -> None:
        """24 h in the recycle bin are over (unless renewed or released since): gone."""
        a = self.net.ips.get(ev.subject)
        if a is not None and a.settled == RECYCLE and a.recycled is not None \
                and a.recycled + RECYCLE_RETENTION_SECONDS == ev.at:
            self._release_address(a)
        b = self.net.blocks.get(ev.subject)
        if b is not None and b.settled == RECYCLE and b.recycled is not None \
                and b.recycled + RECYCLE_RETENTION_SECONDS == ev.at:
            self.net.remove(b)

    def _seed_network(self) -> None:
        """A fresh state: the scenario's addresses and blocks (its VPCs and subnets came with the store),
        drawn in scenario order (deterministic)."""
        self._seed_addresses()
        self._seed_blocks()

    def network_invariants(self) -> dict[str, Any]:
        """Every address held once: instances' and networking objects' public and private addresses, block
        bindings inside their blocks, links matching owners, subnets and EIPs pointing at live objects."""
        problems: list[str] = []
        seen: dict[tuple[str, str], str] = {}

        def hold(space: str, addr: str, owner: str) -> None:
            prev = seen.get((space, addr))
            if prev is not None:
                problems.append(f"{addr} held by {prev} and {owner}")
            seen[(space, addr)] = owner

        for inst in self.by_id.values():
            if inst.pub4:
                hold("public", inst.pub4, inst.id)
            if inst.ipv6:
                hold("public", inst.ipv6, inst.id)
            if inst.priv4:
                hold(f"private:{inst.account}", inst.priv4, inst.id)
                if inst.subnet is not None:
                    s = self.net.subnets.get(inst.subnet)
                    if s is None:
                        problems.append(f"instance {inst.id} in missing subnet {inst.subnet}")
                    elif ipaddress.ip_address(inst.priv4) not in ipaddress.ip_network(s.cidr):
                        problems.append(f"instance {inst.id}: {inst.priv4} outside {s.cidr}")
        for a in self.net.ips.values():
            hold("public", a.ip, a.id)
            if not self.pools.pool(PublicV4(a.zone)).in_use(a.ip):
                problems.append(f"{a.id}: {a.ip} not marked used in its pool")
            if a.instance is not None:
                if a.instance not in self.by_id:
                    problems.append(f"{a.id} associated with missing instance {a.instance}")
                if (a.id, a.ip) not in self.net.links.get(a.instance, []):
                    problems.append(f"{a.id} missing from the links of {a.instance}")
                if a.settled == RECYCLE:
                    problems.append(f"{a.id} recycled but associated")
        for b in self.net.blocks.values():
            net = ipaddress.ip_network(b.cidr)
            for addr, iid in b.bound.items():
                hold("public", addr, f"{b.id}")
                if ipaddress.ip_address(addr) not in net:
                    problems.append(f"{b.id}: bound {addr} outside {b.cidr}")
                if iid not in self.by_id:
                    problems.append(f"{b.id}: {addr} bound to missing instance {iid}")
        for iid, lst in self.net.links.items():
            for owner, addr in lst:
                ok = (owner in self.net.ips and self.net.ips[owner].instance == iid) or (
                    owner in self.net.blocks and self.net.blocks[owner].bound.get(addr) == iid
                )
                if not ok:
                    problems.append(f"stale link {iid} -> {owner} {addr}")
        for s in self.net.subnets.values():
            if s.vpc is not None and s.vpc not in self.net.vpcs:
                problems.append(f"subnet {s.id} in missing VPC {s.vpc}")
            pool = self.pools.pool(Private(s.account, s.id))
            members = [i for i in self.by_account.get(s.account, {}).values() if i.subnet == s.id]
            for inst in members:
                if inst.priv4 and not pool.in_use(inst.priv4):
                    problems.append(f"{inst.id}: {inst.priv4} not marked used in subnet {s.id}")
        return {
            "ok": not problems, "problems": problems[:50], "vpcs": len(self.net.vpcs),
            "subnets": len(self.net.subnets), "publicIps": len(self.net.ips), "cidrBlocks": len(self.net.blocks),
            "addressesHeld": len(seen),
        }  # fmt: skip
