"""One instance as a compact record, its lifecycle schedule, its wire form and its persisted form.

Compact because the mock must hold 100,000 of them in well under 2 KB each: a slotted dataclass, interned enum
strings, the addresses as plain strings and no per-instance copies of shared data (the instance type, the
resource group name and the image name are looked up when the wire dict is built).

The schedule is a flat tuple ``(t0, s0, t1, s1, ...)`` with ascending times: the status at clock time ``t``
is the last ``s_i`` with ``t_i <= t``. Reading it is O(1) once the last entry is due (the common case) and a
short backwards scan otherwise -- no threads, no ticking. The first pair is the status current when the
last operation was accepted (kept so RenewInstance can restore what a RECYCLE interrupted).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from zltoolkit.api import ChargeType, InstanceStatus, InternetChargeType

from .timeutil import fmt

# Interned wire strings: every record points at the same few objects.
_S = {s.value: sys.intern(s.value) for s in InstanceStatus}
PENDING = _S[InstanceStatus.PENDING]
CREATING = _S[InstanceStatus.CREATING]
CREATE_FAILED = _S[InstanceStatus.CREATE_FAILED]
INSTALLING = _S[InstanceStatus.INSTALLING]
INSTALL_FAILED = _S[InstanceStatus.INSTALL_FAILED]
RUNNING = _S[InstanceStatus.RUNNING]
STOPPED = _S[InstanceStatus.STOPPED]
BOOTING = _S[InstanceStatus.BOOTING]
STOPPING = _S[InstanceStatus.STOPPING]
RECYCLE = _S[InstanceStatus.RECYCLE]
PREPAID = sys.intern(ChargeType.PREPAID.value)
POSTPAID = sys.intern(ChargeType.POSTPAID.value)
_INTERNED = {**_S, PREPAID: PREPAID, POSTPAID: POSTPAID, **{v.value: sys.intern(v.value) for v in InternetChargeType}}


def intern(value: str) -> str:
    """The shared copy of an enum-like wire string (other strings are returned unchanged)."""
    return _INTERNED.get(value, value)


INF = float("inf")


@dataclass(slots=True, eq=False)
class Instance:
    """One instance. Built by its constructor only (create, the bulk loader and ``from_record``)."""

    id: str
    account: str
    zone: str
    type: str
    charge: str  # PREPAID / POSTPAID
    inet: str  # internet charge type
    image: str | None
    ipxe: str | None
    name: str
    hostname: str
    bw: int  # bandwidthOutMbps as answered
    traffic: float | None  # trafficPackageSize (TB), ByTrafficPackage only
    period: int | None  # months per PREPAID term; None for POSTPAID
    months: int  # PREPAID months bought so far (create + renewals); expiredTime = ctime + months
    pub4: str | None
    ipv6: str | None
    priv4: str | None
    subnet: str | None
    rg: str  # resource group id
    key: str | None  # keyId
    pw: bool  # a password was given (never the password itself)
    tags: tuple[tuple[str, str | None], ...] | None
    raid: dict[str, Any] | None  # RaidConfig wire form as requested
    parts: list[dict[str, Any]] | None  # Partition wire forms as requested
    nic: tuple[str, str]  # (wanName, lanName)
    gateway: bool
    ctime: float
    etime: float | None
    auto_renew: bool
    sched: tuple[Any, ...]  # (t0, s0, t1, s1, ...): float times, interned status strings
    holds: bool  # holds one unit of stock (and counts against the quota)
    paid: float  # PREPAID money charged for this instance and not refunded
    # Schedule entries dropped by reschedule (flat pairs, oldest first; the past the traffic series needs).
    # None -- one shared object -- until the first reschedule, so untouched instances pay one pointer.
    past: tuple[Any, ...] | None = None
    # What the query indexes (indexes.py) hold this instance under, so it can be moved after a change.
    iname: str = ""
    istatus: str = ""

    def status(self, now: float) -> str:
        s = self.sched
        status: str
        if now >= s[-2]:
            status = s[-1]
            return status
        i = len(s) - 4
        while i >= 0:
            if s[i] <= now:
                status = s[i + 1]
                return status
            i -= 2
        status = s[1]
        return status  # before the first entry: only after a clock that moved backwards (import)

    def next_change(self, now: float) -> float:
        """The first schedule time after ``now`` (INF when the status is settled)."""
        s = self.sched
        if now >= s[-2]:
            return INF
        nxt: float = s[-2]
        i = len(s) - 4
        while i >= 0 and s[i] > now:
            nxt = s[i]
            i -= 2
        return nxt

    def current(self, now: float) -> tuple[float, str]:
        """The (time, status) entry in force at ``now``."""
        s = self.sched
        i = len(s) - 2
        while i > 0 and s[i] > now:
            i -= 2
        return s[i], s[i + 1]

    def reschedule(self, now: float, entries: tuple[Any, ...]) -> None:
        """Drop the future, keep the entry in force at ``now``, then follow ``entries`` (flat pairs).

        The entries before the one in force move to ``past`` (trimmed to ``PAST_SECONDS`` before ``now``)."""
        s = self.sched
        i = len(s) - 2
        while i > 0 and s[i] > now:
            i -= 2
        if i > 0:
            self.past = trim_past((*(self.past or ()), *s[:i]), now)
        self.sched = (s[i], s[i + 1], *entries)

    def status_at(self, t: float) -> str | None:
        """The status at ``t`` from the schedule and ``past``; None before the instance existed."""
        if t < self.ctime:
            return None
        s = self.sched
        if t >= s[0]:
            return self.status(t)
        p = self.past
        if p:
            i = len(p) - 2
            while i >= 0:
                if p[i] <= t:
                    status: str = p[i + 1]
                    return status
                i -= 2
        return None  # older than the kept past

    # --- persisted form (export, import, SQLite rows) ---

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id, "account": self.account, "zone": self.zone, "type": self.type,
            "charge": self.charge, "inet": self.inet, "image": self.image, "ipxe": self.ipxe,
            "name": self.name, "hostname": self.hostname, "bw": self.bw, "traffic": self.traffic,
            "period": self.period, "months": self.months, "pub4": self.pub4, "ipv6": self.ipv6,
            "priv4": self.priv4, "subnet": self.subnet, "rg": self.rg, "key": self.key, "pw": self.pw,
            "tags": [list(t) for t in self.tags] if self.tags is not None else None,
            "raid": self.raid, "parts": self.parts, "nic": list(self.nic), "gateway": self.gateway,
            "ctime": self.ctime, "etime": self.etime, "autoRenew": self.auto_renew,
            "sched": list(self.sched), "holds": self.holds, "paid": self.paid,
            **({"past": list(self.past)} if self.past else {}),
        }  # fmt: skip

    @classmethod
    def from_record(cls, r: dict[str, Any]) -> Instance:
        iid = r["id"]
        sched = r["sched"]
        if not sched or len(sched) % 2:
            raise ValueError(f"instance {iid}: malformed schedule")
        entries = tuple(float(x) if n % 2 == 0 else intern(x) for n, x in enumerate(sched))
        for n in range(1, len(entries), 2):
            if entries[n] not in _S:
                raise ValueError(f"instance {iid}: unknown status {entries[n]!r}")
        wan, lan = r["nic"]
        return cls(
            id=iid, account=r["account"], zone=r["zone"], type=r["type"],
            charge=intern(r["charge"]), inet=intern(r["inet"]),
            image=r["image"], ipxe=r["ipxe"], name=r["name"], hostname=r["hostname"],
            bw=int(r["bw"]), traffic=r["traffic"], period=r["period"], months=int(r["months"]),
            pub4=r["pub4"], ipv6=r["ipv6"], priv4=r["priv4"], subnet=r["subnet"],
            rg=r["rg"], key=r["key"], pw=bool(r["pw"]),
            tags=tuple((k, v) for k, v in r["tags"]) if r["tags"] is not None else None,
            raid=r["raid"], parts=r["parts"], nic=(wan, lan), gateway=bool(r["gateway"]),
            ctime=float(r["ctime"]), etime=None if r["etime"] is None else float(r["etime"]),
            auto_renew=bool(r["autoRenew"]), sched=entries, holds=bool(r["holds"]), paid=float(r["paid"]),
            past=_parse_past(iid, r.get("past")),
        )  # fmt: skip

#: How far back ``Instance.past`` keeps status history: the traffic series answers 30 days back (a day of margin).
PAST_SECONDS = 31 * 86400


def trim_past(past: tuple[Any, ...], now: float) -> tuple[Any, ...] | None:
    """``past`` without the entries older than ``PAST_SECONDS`` (the last of those stays: it was in force then)."""
    cut = now - PAST_SECONDS
    i = 0
    while i + 2 < len(past) and past[i + 2] <= cut:
        i += 2
    return past[i:] or None


def _parse_past(iid: str, raw: Any) -> tuple[Any, ...] | None:
    if not raw:
        return None
    if len(raw) % 2:
        raise ValueError(f"instance {iid}: malformed past schedule")
    out = tuple(float(x) if n % 2 == 0 else intern(x) for n, x in enumerate(raw))
    for n in range(1, len(out), 2):
        if out[n] not in _S:
            raise ValueError(f"instance {iid}: unknown status {out[n]!r}")
    return out


def wire(
    inst: Instance,
    status: str | None,
    *,
    instance_type: dict[str, Any] | None,
    image_name: str | None,
    resource_group_name: str | None,
) -> dict[str, Any]:
    """The InstanceInfo structure (every field of ``zltoolkit.api.InstanceInfo``, null where no value).

    ``instance_type`` is the shared per-type dict (imageIds null); callers must not mutate it.
    """
    pub = [inst.pub4] if inst.pub4 else []
    return {
        "instanceId": inst.id,
        "zoneId": inst.zone,
        "instanceName": inst.name,
        "hostname": inst.hostname,
        "instanceTypeId": inst.type,
        "instanceType": instance_type,
        "imageId": inst.image,
        "imageName": image_name,
        "ipxeUrl": inst.ipxe,
        "keyId": inst.key,
        "instanceChargeType": inst.charge,
        "bandwidthOutMbps": inst.bw,
        "internetChargeType": inst.inet,
        "period": inst.period,
        "primaryPublicIpAddress": inst.pub4,
        "publicIpAddresses": pub,
        "privateIpAddresses": [inst.priv4] if inst.priv4 else [],
        "ipv6Addresses": [inst.ipv6] if inst.ipv6 else None,
        "subnetIds": [inst.subnet] if inst.subnet else None,
        "createTime": fmt(inst.ctime),
        "expiredTime": None if inst.etime is None else fmt(inst.etime),
        "resourceGroupId": inst.rg,
        "resourceGroupName": resource_group_name,
        "instanceStatus": status,
        "trafficPackageSize": inst.traffic,
        "raidConfig": raid_wire(inst.raid),
        "partitions": partitions_wire(inst.parts),
        "nic": {"wanName": inst.nic[0], "lanName": inst.nic[1]},
        "autoRenew": inst.auto_renew,
        # Always the wrapper, even empty: clients iterate ``tags.tags`` without a null check.
        "tags": {"tags": [{"key": k, "value": v} for k, v in inst.tags] if inst.tags else []},
        "enableGatewayMode": inst.gateway,
        # 2026-02-01 fields (answered in both versions: the superset, see encoding.V2026_KEYS_VERSIONS).
        "primaryPublicIPv6Address": inst.ipv6,
        "ipmiEnabled": True,  # every BMC machine has IPMI
    }


def raid_wire(raid: dict[str, Any] | None) -> dict[str, Any] | None:
    """RaidConfig with every key (null where unset), as the strict response forms want it."""
    if raid is None:
        return None
    customs = raid.get("customRaids")
    return {
        "raidType": raid.get("raidType"),
        "customRaids": None if customs is None else [
            {"raidType": c.get("raidType"), "diskSequence": c.get("diskSequence")} for c in customs
        ],
    }


def partitions_wire(parts: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
    """Partitions with every key (null where unset)."""
    if parts is None:
        return None
    return [{"fsPath": p.get("fsPath"), "fsType": p.get("fsType"), "size": p.get("size")} for p in parts]
