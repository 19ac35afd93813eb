"""The encoded InstanceInfo pieces served recently (encoding.py), kept until the instance changes.

DescribeInstances over thousands of instances is the hot read path: an instance's own bytes are encoded
once and served again until the backend's "instance changed" hook drops them (the status is spliced per
request, so the clock never makes an entry stale). Bounded by the bytes held (the least recently stored
entry goes first), so the memory per instance stays flat however many instances there are.
"""

from __future__ import annotations

from collections import OrderedDict

from .encoding import Pieces

#: Bookkeeping per entry on top of its bytes: the OrderedDict slot and links, the tuple, four bytes headers.
ENTRY_OVERHEAD = 300


class FragmentCache:
    __slots__ = ("_entries", "budget", "used")

    def __init__(self, budget_bytes: int) -> None:
        self.budget = budget_bytes
        self.used = 0
        self._entries: OrderedDict[str, Pieces] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, iid: str) -> Pieces | None:
        return self._entries.get(iid)

    def put(self, iid: str, pieces: Pieces) -> None:
        entries = self._entries
        old = entries.pop(iid, None)
        if old is not None:
            self.used -= old.size() + ENTRY_OVERHEAD
        entries[iid] = pieces
        self.used += pieces.size() + ENTRY_OVERHEAD
        while self.used > self.budget and entries:
            _, gone = entries.popitem(last=False)
            self.used -= gone.size() + ENTRY_OVERHEAD

    def drop(self, iid: str) -> None:
        old = self._entries.pop(iid, None)
        if old is not None:
            self.used -= old.size() + ENTRY_OVERHEAD

    def clear(self) -> None:
        self._entries.clear()
        self.used = 0
