"""The InstanceInfo dicts served recently, kept until the instance changes or its status moves on.

DescribeInstances over thousands of instances is the hot read path; most instances are settled, so their
wire dict is built once and served again. Bounded (least recently stored goes first): ~1.5 KB each.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any


class WireCache:
    __slots__ = ("_entries", "size")

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[str, tuple[float, dict[str, Any]]] = OrderedDict()

    def get(self, iid: str, now: float) -> dict[str, Any] | None:
        """The cached dict when it is still valid at ``now``."""
        cached = self._entries.get(iid)
        if cached is not None and now < cached[0]:
            return cached[1]
        return None

    def put(self, iid: str, valid_until: float, wire: dict[str, Any]) -> None:
        entries = self._entries
        entries[iid] = (valid_until, wire)
        if len(entries) > self.size:
            entries.popitem(last=False)

    def drop(self, iid: str) -> None:
        self._entries.pop(iid, None)
