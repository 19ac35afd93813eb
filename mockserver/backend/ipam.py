"""Address pools: public IPv4 per zone, IPv6 per zone, private IPv4 per (account, subnet or default range).

A pool hands out offsets inside its network: fresh ones first (``next`` only grows), then released ones,
lowest first. Which offsets are in use is derived from the instances, so only ``next`` is persisted; a
restart rebuilds the free list from the instances (``reserve``) and ``next``. Two live instances never share
an address; a released address may be handed out again once the fresh ones are exhausted.
"""

from __future__ import annotations

import heapq
import ipaddress
import socket


class PoolExhausted(Exception):
    pass


class Pool:
    __slots__ = ("network", "first", "last", "next", "_used", "_free", "_base", "_family", "_width")

    def __init__(self, cidr: str, *, first: int, next_offset: int | None = None) -> None:
        self.network = ipaddress.ip_network(cidr, strict=False)
        size = self.network.num_addresses
        # IPv4: skip the network address, the gateway (.1) and the broadcast address.
        self.first = min(first, size - 1)
        self.last = size - 2 if self.network.version == 4 else size - 1
        self.next = self.first if next_offset is None else max(next_offset, self.first)
        self._used: set[int] = set()
        self._free: list[int] = []  # heap of released offsets below ``next``
        self._base = int(self.network.network_address)
        v4 = self.network.version == 4
        self._family, self._width = (socket.AF_INET, 4) if v4 else (socket.AF_INET6, 16)

    def _offset(self, address: str) -> int:
        return int(ipaddress.ip_address(address)) - int(self.network.network_address)

    def _address(self, offset: int) -> str:
        # inet_ntop writes the same text as ``str(ipaddress.ip_address(...))`` (RFC 5952 for IPv6: a test
        # compares them) at a tenth of its cost: three addresses per created instance.
        return socket.inet_ntop(self._family, (self._base + offset).to_bytes(self._width, "big"))

    def available(self) -> int:
        return max(0, self.last - self.next + 1) + len(self._free)

    def allocate(self) -> str:
        if self.next <= self.last:
            offset = self.next
            self.next += 1
        else:
            while self._free and self._free[0] in self._used:  # stale entries
                heapq.heappop(self._free)
            if not self._free:
                raise PoolExhausted(str(self.network))
            offset = heapq.heappop(self._free)
        self._used.add(offset)
        return self._address(offset)

    def release(self, address: str) -> None:
        offset = self._offset(address)
        if offset in self._used:
            self._used.discard(offset)
            heapq.heappush(self._free, offset)

    def usable(self, address: str) -> bool:
        """Inside the range this pool hands out (not the network, gateway or broadcast address)."""
        try:
            offset = self._offset(address)
        except ValueError:
            return False
        return self.first <= offset <= self.last

    def in_use(self, address: str) -> bool:
        return self._offset(address) in self._used

    def take(self, address: str) -> str:
        """Hand out this very address (a caller-chosen one; ``usable`` and not ``in_use``, checked before)."""
        offset = self._offset(address)
        if offset in self._used or not self.first <= offset <= self.last:
            raise PoolExhausted(address)
        if offset >= self.next:
            for skipped in range(self.next, offset):  # fresh offsets passed over stay available
                heapq.heappush(self._free, skipped)
            self.next = offset + 1
        elif offset in self._free:
            self._free.remove(offset)
            heapq.heapify(self._free)
        self._used.add(offset)
        return address

    def reserve(self, address: str) -> None:
        """Mark an address of a restored instance as used (state load)."""
        offset = self._offset(address)
        self._used.add(offset)
        if offset >= self.next:
            self.next = offset + 1

    def rebuild_free(self) -> None:
        """After ``reserve`` calls: every offset below ``next`` not in use is free."""
        self._free = [o for o in range(self.first, min(self.next, self.last + 1)) if o not in self._used]
        heapq.heapify(self._free)


def ipv4_public(cidr: str, next_offset: int | None = None) -> Pool:
    return Pool(cidr, first=2, next_offset=next_offset)


def ipv6(cidr: str, next_offset: int | None = None) -> Pool:
    # The docs' example address is prefix::1.
    return Pool(cidr, first=1, next_offset=next_offset)


def ipv4_private(cidr: str, next_offset: int | None = None) -> Pool:
    return Pool(cidr, first=2, next_offset=next_offset)


def default_private_cidr(account_index: int) -> str:
    """Each account's own 10.x.0.0/12 inside 10.128.0.0/9 (clear of the 10.1-127 subnets scenarios use) for
    instances that join no subnet: room for a million instances per account. Private ranges of different
    accounts never meet, so the ninth account may share the first one's."""
    return f"10.{128 + 16 * (account_index % 8)}.0.0/12"
