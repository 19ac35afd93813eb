"""One instance as a compact record, its lifecycle schedule, its wire form and its persisted form.

Compact because the mock must hold 100,000 of them in well under 2 KB each: ``__slots__``, interned enum
strings, the addresses as plain strings and no per-instance copies of shared data (the instance type, the
resource group name and the image name are looked up when the wire dict is built).

The schedule is a flat tuple ``(t0, s0, t1, s1, ...)`` with ascending times: the status at clock time ``t``
is the last ``s_i`` with ``t_i <= t``. Reading it is O(1) once the last entry is due (the common case) and a
short backwards scan otherwise -- no threads, no ticking. The first pair is the status current when the
last operation was accepted (kept so RenewInstance can restore what a RECYCLE interrupted).
"""

from __future__ import annotations

import sys
from typing import Any

from zltoolkit.api import ChargeType, InstanceStatus, InternetChargeType

from .timeutil import fmt

# Interned wire strings: every record points at the same few objects.
_S = {s.value: sys.intern(s.value) for s in InstanceStatus}
PENDING = _S["PENDING"]
CREATING = _S["CREATING"]
CREATE_FAILED = _S["CREATE_FAILED"]
INSTALLING = _S["INSTALLING"]
INSTALL_FAILED = _S["INSTALL_FAILED"]
RUNNING = _S["RUNNING"]
STOPPED = _S["STOPPED"]
BOOTING = _S["BOOTING"]
STOPPING = _S["STOPPING"]
RECYCLE = _S["RECYCLE"]
PREPAID = sys.intern(ChargeType.PREPAID.value)
POSTPAID = sys.intern(ChargeType.POSTPAID.value)
_INTERNED = {**_S, PREPAID: PREPAID, POSTPAID: POSTPAID, **{v.value: sys.intern(v.value) for v in InternetChargeType}}


def intern(value: str) -> str:
    """The shared copy of an enum-like wire string (other strings are returned unchanged)."""
    return _INTERNED.get(value, value)


INF = float("inf")


class Instance:
    __slots__ = (
        "id", "account", "zone", "type", "charge", "inet", "image", "ipxe", "name", "hostname",
        "bw", "traffic", "period", "months", "pub4", "ipv6", "priv4", "subnet", "rg", "key", "pw",
        "tags", "raid", "parts", "nic", "gateway", "ctime", "etime", "auto_renew", "sched", "holds", "paid",
    )  # fmt: skip

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
    sched: tuple[Any, ...]  # (t0, s0, t1, s1, ...)
    holds: bool  # holds one unit of stock (and counts against the quota)
    paid: float  # PREPAID money charged for this instance and not refunded

    def status(self, now: float) -> str:
        s = self.sched
        if now >= s[-2]:
            return s[-1]
        i = len(s) - 4
        while i >= 0:
            if s[i] <= now:
                return s[i + 1]
            i -= 2
        return s[1]  # before the first entry: only after a clock that moved backwards (import)

    def next_change(self, now: float) -> float:
        """The first schedule time after ``now`` (INF when the status is settled)."""
        s = self.sched
        if now >= s[-2]:
            return INF
        nxt = s[-2]
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
        """Drop the future, keep the entry in force at ``now``, then follow ``entries`` (flat pairs)."""
        self.sched = (*self.current(now), *entries)

    @property
    def sort_key(self) -> tuple[float, str]:
        return (self.ctime, self.id)

    def public_ips(self) -> list[str]:
        return [self.pub4] if self.pub4 else []

    def private_ips(self) -> list[str]:
        return [self.priv4] if self.priv4 else []

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
        }  # fmt: skip

    @classmethod
    def from_record(cls, r: dict[str, Any]) -> Instance:
        i = cls.__new__(cls)
        i.id, i.account, i.zone, i.type = r["id"], r["account"], r["zone"], r["type"]
        i.charge, i.inet = intern(r["charge"]), intern(r["inet"])
        i.image, i.ipxe, i.name, i.hostname = r["image"], r["ipxe"], r["name"], r["hostname"]
        i.bw, i.traffic, i.period, i.months = int(r["bw"]), r["traffic"], r["period"], int(r["months"])
        i.pub4, i.ipv6, i.priv4, i.subnet = r["pub4"], r["ipv6"], r["priv4"], r["subnet"]
        i.rg, i.key, i.pw = r["rg"], r["key"], bool(r["pw"])
        i.tags = tuple((k, v) for k, v in r["tags"]) if r["tags"] is not None else None
        i.raid, i.parts = r["raid"], r["parts"]
        wan, lan = r["nic"]
        i.nic = (wan, lan)
        i.gateway = bool(r["gateway"])
        i.ctime = float(r["ctime"])
        i.etime = None if r["etime"] is None else float(r["etime"])
        i.auto_renew = bool(r["autoRenew"])
        sched = r["sched"]
        if not sched or len(sched) % 2:
            raise ValueError(f"instance {i.id}: malformed schedule")
        i.sched = tuple(float(x) if n % 2 == 0 else intern(x) for n, x in enumerate(sched))
        for n in range(0, len(i.sched), 2):
            if i.sched[n + 1] not in _S:
                raise ValueError(f"instance {i.id}: unknown status {i.sched[n + 1]!r}")
        i.holds, i.paid = bool(r["holds"]), float(r["paid"])
        return i


def wire(
    inst: Instance,
    status: str,
    *,
    instance_type: dict[str, Any],
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
        "primaryPublicIPv6Address": inst.ipv6,
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
        "raidConfig": inst.raid,
        "partitions": inst.parts,
        "nic": {"wanName": inst.nic[0], "lanName": inst.nic[1]},
        "autoRenew": inst.auto_renew,
        # Always the wrapper, even empty: clients iterate ``tags.tags`` without a null check.
        "tags": {"tags": [{"key": k, "value": v} for k, v in inst.tags] if inst.tags else []},
        "enableGatewayMode": inst.gateway,
        "ipmiEnabled": True,  # every BMC machine has IPMI (2026 field; same superset for both versions)
    }
