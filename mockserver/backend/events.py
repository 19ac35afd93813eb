"""Time-ordered side effects (heapq), drained up to "now" at the start of every request.

An event has a kind, a subject (what it is about: an instance id for the instance kinds; any string for
events that belong to no instance) and an optional JSON payload. The kinds are registered by the backend with
their handlers (core.py): ``fail`` (a CREATE_FAILED returns stock and prepaid money), ``expire`` (a PREPAID
instance reaches its expiredTime: renew or RECYCLE) and ``release`` (24 h in the recycle bin). Events are
never cancelled in place: the handler re-checks on pop that the event still applies (the instance exists and
its schedule or expiry still matches), so a renewal or a forced status simply makes the old event a no-op.

Additions and removals since the last commit are kept so the state file writes only those rows.
"""

from __future__ import annotations

import heapq
from typing import Any, NamedTuple

FAIL, EXPIRE, RELEASE = "fail", "expire", "release"


class Event(NamedTuple):
    at: float
    seq: int  # unique: ties on ``at`` never compare further
    kind: str
    subject: str

    @property
    def payload(self) -> Any:
        return None


class PayloadEvent(NamedTuple):
    """An event carrying JSON-ready data. A type of its own so the common events (one per PREPAID instance
    at least) stay four-item tuples: the memory per instance is benchmarked."""

    at: float
    seq: int
    kind: str
    subject: str
    payload: Any


AnyEvent = Event | PayloadEvent


def make_event(at: float, seq: int, kind: str, subject: str, payload: Any = None) -> AnyEvent:
    if payload is None:
        return Event(at, seq, kind, subject)
    return PayloadEvent(at, seq, kind, subject, payload)


class EventQueue:
    __slots__ = ("_heap", "seq", "added", "removed")

    def __init__(self, events: list[AnyEvent] | None = None, seq: int = 0) -> None:
        self._heap: list[AnyEvent] = list(events or [])
        heapq.heapify(self._heap)
        self.seq = max([seq, *(e.seq + 1 for e in self._heap)])
        self.added: list[AnyEvent] = []
        self.removed: list[int] = []

    def __len__(self) -> int:
        return len(self._heap)

    def push(self, at: float, kind: str, subject: str, payload: Any = None) -> AnyEvent:
        ev = make_event(float(at), self.seq, kind, subject, payload)
        self.seq += 1
        heapq.heappush(self._heap, ev)
        self.added.append(ev)
        return ev

    def pop_due(self, now: float) -> AnyEvent | None:
        if self._heap and self._heap[0].at <= now:
            ev = heapq.heappop(self._heap)
            self.removed.append(ev.seq)
            return ev
        return None

    def all(self) -> list[AnyEvent]:
        return sorted(self._heap)

    def clear_changes(self) -> None:
        self.added.clear()
        self.removed.clear()
