"""Rarely-set per-instance values in a side table: pending bandwidth / traffic-package changes, the bandwidth
history the traffic series reads, and the IPMI password resets.

Most instances never get an entry, so an untouched instance costs nothing here (the 100,000-instance memory
budget). Entries are JSON-ready for the export (``instanceExtras``) and the state file (row kind ``instext``).
The IPMI password itself is never stored: only how many times it was reset (docs/mock-instance-operations.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

PROCESSING, ENABLE, WAIT_TO_ENABLE = "Processing", "Enable", "WaitToEnable"
BW, TP = "bw", "tp"  # the two kinds of internet change


@dataclass(slots=True, frozen=True)
class Pending:
    """A change accepted and not yet in force: ``target`` takes effect at ``at``."""

    target: float  # Mbps (int-valued) for bandwidth, TB for a traffic package
    status: str  # PROCESSING or WAIT_TO_ENABLE
    at: float
    order: str  # the order number the modify call answered

    def to_json(self) -> list[Any]:
        return [self.target, self.status, self.at, self.order]

    @classmethod
    def from_json(cls, raw: Any) -> Pending:
        target, status, at, order = raw
        if status not in (PROCESSING, WAIT_TO_ENABLE):
            raise ValueError(f"unknown change status {status!r}")
        return cls(float(target), str(status), float(at), str(order))


@dataclass(slots=True)
class Extra:
    bw: Pending | None = None
    tp: Pending | None = None
    bw_hist: tuple[tuple[float, int], ...] = ()  # (time of a change, bandwidth before it), ascending
    ipmi_resets: int = 0

    def empty(self) -> bool:
        return self.bw is None and self.tp is None and not self.bw_hist and not self.ipmi_resets

    def pending(self, kind: str) -> Pending | None:
        return self.bw if kind == BW else self.tp

    def set_pending(self, kind: str, p: Pending | None) -> None:
        if kind == BW:
            self.bw = p
        else:
            self.tp = p

    def bandwidth_at(self, t: float, current: int) -> int:
        """The bandwidth in force at ``t``: the value before the first change after ``t``, else ``current``."""
        for at, before in self.bw_hist:
            if t < at:
                return before
        return current

    def to_json(self) -> dict[str, Any]:
        return {
            "bw": self.bw.to_json() if self.bw else None,
            "tp": self.tp.to_json() if self.tp else None,
            "bwHist": [list(h) for h in self.bw_hist],
            "ipmi": self.ipmi_resets,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Extra:
        return cls(
            bw=Pending.from_json(raw["bw"]) if raw.get("bw") else None,
            tp=Pending.from_json(raw["tp"]) if raw.get("tp") else None,
            bw_hist=tuple((float(t), int(b)) for t, b in raw.get("bwHist") or ()),
            ipmi_resets=int(raw.get("ipmi") or 0),
        )


@dataclass
class Extras:
    """The side table: instance id -> Extra, with the ids changed since the last commit."""

    by_id: dict[str, Extra] = field(default_factory=dict)
    dirty: set[str] = field(default_factory=set)

    def get(self, iid: str) -> Extra | None:
        return self.by_id.get(iid)

    def edit(self, iid: str) -> Extra:
        """The entry to change (created when missing); marks it for the next commit."""
        self.dirty.add(iid)
        e = self.by_id.get(iid)
        if e is None:
            e = self.by_id[iid] = Extra()
        return e

    def settle(self, iid: str) -> None:
        """Forget an entry that holds nothing any more (after ``edit``)."""
        e = self.by_id.get(iid)
        if e is not None and e.empty():
            del self.by_id[iid]

    def drop(self, iid: str) -> None:
        if self.by_id.pop(iid, None) is not None:
            self.dirty.add(iid)

    def export(self) -> dict[str, Any]:
        return {iid: e.to_json() for iid, e in sorted(self.by_id.items())}

    def rows(self) -> Iterable[tuple[str, dict[str, Any] | None]]:
        """(id, data or None when deleted) for every id changed since the last commit."""
        for iid in sorted(self.dirty):
            e = self.by_id.get(iid)
            yield iid, (e.to_json() if e is not None else None)

    @classmethod
    def parse(cls, raw: Any, instance_ids: set[str]) -> Extras:
        """The export's ``instanceExtras`` (absent in older exports); ValueError when malformed."""
        out = cls()
        if raw is None:
            return out
        try:
            for iid, data in dict(raw).items():
                if iid not in instance_ids:
                    raise ValueError(f"instanceExtras: unknown instance {iid!r}")
                out.by_id[str(iid)] = Extra.from_json(data)
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"invalid state: instanceExtras: {exc}") from None
        return out
