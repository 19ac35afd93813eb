"""The address pools of the mock, keyed by what they serve: public IPv4 and IPv6 per zone, private IPv4 per
account and subnet (or the account's default range when the instance joins no subnet).

Keys are typed (``PublicV4``, ``PublicV6``, ``Private``); only the export and the state file spell them as
strings (``pub4:<zone>``, ``ipv6:<zone>``, ``priv:<account>:<subnet or empty>``), through ``encode``/``decode``.
Pools are built on first use from the catalogue; a pool's ``next`` offset is all that is persisted (ipam).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from . import ipam
from .records import Instance


@dataclass(frozen=True, slots=True)
class PublicV4:
    zone: str


@dataclass(frozen=True, slots=True)
class PublicV6:
    zone: str


@dataclass(frozen=True, slots=True)
class Private:
    account: str
    subnet: str | None  # None: the account's default range


PoolKey = PublicV4 | PublicV6 | Private


def encode(key: PoolKey) -> str:
    """The key as the export and the state file spell it."""
    if isinstance(key, PublicV4):
        return f"pub4:{key.zone}"
    if isinstance(key, PublicV6):
        return f"ipv6:{key.zone}"
    return f"priv:{key.account}:{key.subnet or ''}"


def decode(text: str) -> PoolKey:
    kind, sep, rest = text.partition(":")
    if sep and kind == "pub4":
        return PublicV4(rest)
    if sep and kind == "ipv6":
        return PublicV6(rest)
    if sep and kind == "priv":
        account, sep2, subnet = rest.partition(":")
        if sep2:
            return Private(account, subnet or None)
    raise ValueError(f"unknown address pool {text!r}")


def addresses(inst: Instance) -> Iterator[tuple[PoolKey, str]]:
    """Each address ``inst`` holds, with the pool it came from."""
    if inst.pub4:
        yield PublicV4(inst.zone), inst.pub4
    if inst.ipv6:
        yield PublicV6(inst.zone), inst.ipv6
    if inst.priv4:
        yield Private(inst.account, inst.subnet), inst.priv4


class AddressPools:
    """Every pool of one state: built lazily, ``next`` offsets restored, changes tracked for the commit."""

    __slots__ = ("_cidr", "_pools", "_saved_next", "dirty")

    def __init__(self, cidr: Callable[[PoolKey], str], saved_next: dict[PoolKey, int] | None = None) -> None:
        self._cidr = cidr  # KeyError when the catalogue has no such range
        self._pools: dict[PoolKey, ipam.Pool] = {}
        self._saved_next = dict(saved_next or {})
        self.dirty: set[PoolKey] = set()

    def pool(self, key: PoolKey) -> ipam.Pool:
        pool = self._pools.get(key)
        if pool is None:
            cidr, nxt = self._cidr(key), self._saved_next.get(key)
            if isinstance(key, PublicV4):
                pool = ipam.ipv4_public(cidr, nxt)
            elif isinstance(key, PublicV6):
                pool = ipam.ipv6(cidr, nxt)
            else:
                pool = ipam.ipv4_private(cidr, nxt)
            self._pools[key] = pool
        return pool

    def allocate(self, key: PoolKey) -> str:
        addr = self.pool(key).allocate()
        self.dirty.add(key)
        return addr

    def reserve(self, instances: list[Instance], others: Iterable[tuple[PoolKey, str]] = ()) -> None:
        """A restored state: mark every instance's addresses (and ``others``: those networking objects hold)
        as used, then rebuild the free lists."""
        for inst in instances:
            for key, addr in addresses(inst):
                self.pool(key).reserve(addr)
        for key, addr in others:
            self.pool(key).reserve(addr)
        for pool in self._pools.values():
            pool.rebuild_free()

    def release(self, inst: Instance) -> None:
        for key, addr in addresses(inst):
            self.pool(key).release(addr)
        inst.pub4 = inst.ipv6 = inst.priv4 = None

    def next_offset(self, key: PoolKey) -> int:
        return self.pool(key).next

    def export(self) -> dict[str, int]:
        """``next`` per pool. Pools that never handed out an address are left out: a fresh pool starts the
        same way; saved offsets of pools not built since the restore are kept."""
        out = {encode(k): p.next for k, p in self._pools.items() if p.next != p.first}
        out |= {encode(k): v for k, v in self._saved_next.items() if k not in self._pools}
        return out
