"""The networking objects of one state: VPCs, subnets, pending subnet moves, public addresses (elastic IPs and
DDoS IPs) and CIDR blocks, with their persisted form (one ``network`` row each, docs/state-file.md).

Statuses are functions of the mock clock: an object keeps its settled status plus, while an operation is in
flight, a transitional status that holds until ``until`` (no threads, no events: reading at ``now`` decides).
The durations are in ``TIMING``; docs/mock-networking.md lists them.
"""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field, fields
from typing import Any, ClassVar

#: Seconds each transitional status lasts on the mock clock.
TIMING: dict[str, float] = {
    "vpc_creating": 5.0,
    "subnet_creating": 5.0,
    "binding": 30.0,  # a subnet's private address: BINDING -> BOUND
    "unbinding": 30.0,  # UNBINDING -> gone from the subnet's instance set
    "address_creating": 5.0,  # an EIP / DDoS IP: CREATING -> AVAILABLE
    "associating": 10.0,  # ASSOCIATING -> ASSOCIATED
    "unassociating": 10.0,  # UNASSOCIATING -> AVAILABLE
    "block_creating": 5.0,  # a CIDR block: CREATING -> AVAILABLE
}

AVAILABLE, CREATING = "AVAILABLE", "CREATING"
BINDING, BOUND, UNBINDING = "BINDING", "BOUND", "UNBINDING"
ASSOCIATING, ASSOCIATED, UNASSOCIATING = "ASSOCIATING", "ASSOCIATED", "UNASSOCIATING"
RECYCLE = "RECYCLE"  # the recycle bin of elastic/DDoS IPs and IPv4 CIDR blocks (the docs' spelling for both)


class _Record:
    """The persisted form: every field by name (a ``kind`` tells the row kinds apart)."""

    __slots__ = ()
    KIND: ClassVar[str]

    def to_record(self) -> dict[str, Any]:
        return {"kind": self.KIND, **asdict(self)}  # type: ignore[call-overload]

    @classmethod
    def from_record(cls, r: dict[str, Any]) -> Any:
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        optional = {f.name for f in fields(cls) if f.default is not MISSING or f.default_factory is not MISSING}  # type: ignore[arg-type]
        missing = names - r.keys() - optional
        if missing:
            raise ValueError(f"{cls.KIND} record lacks {sorted(missing)}")
        return cls(**{k: r[k] for k in names if k in r})


@dataclass(slots=True, eq=False)
class Vpc(_Record):
    KIND: ClassVar[str] = "vpc"
    id: str
    account: str
    region: str
    name: str
    cidr: str
    rg: str
    ctime: float
    ready: float  # CREATING until then

    def status(self, now: float) -> str:
        return CREATING if now < self.ready else AVAILABLE


@dataclass(slots=True, eq=False)
class Subnet(_Record):
    KIND: ClassVar[str] = "subnet"
    id: str
    account: str
    zone: str
    vpc: str | None
    name: str
    cidr: str
    rg: str
    ctime: float
    ready: float

    def status(self, now: float) -> str:
        return CREATING if now < self.ready else AVAILABLE


@dataclass(slots=True, eq=False)
class Move(_Record):
    """An instance joining (BINDING) or leaving (UNBINDING) a subnet until ``until``.

    The instance's own record changes when the request is accepted (its private address is the new one at
    once); the move only colours what DescribeSubnets shows meanwhile, as the terraform provider polls it."""

    KIND: ClassVar[str] = "move"
    subnet: str
    instance: str
    ip: str
    status: str  # BINDING / UNBINDING
    until: float

    @property
    def id(self) -> str:
        return f"{self.subnet}/{self.instance}"


@dataclass(slots=True, eq=False)
class PublicIp(_Record):
    """An elastic IP (``family`` "eip") or a DDoS-protected IP ("ddos"): one address of the zone's public pool."""

    KIND: ClassVar[str] = "public_ip"
    id: str
    family: str  # eip / ddos
    account: str
    zone: str
    ip: str
    charge: str  # PREPAID / POSTPAID
    period: int | None
    ctime: float
    etime: float | None
    rg: str
    instance: str | None
    settled: str  # AVAILABLE / ASSOCIATED / RECYCLE
    transit: str | None  # CREATING / ASSOCIATING / UNASSOCIATING while now < until
    until: float
    paid: float
    tags: list[list[Any]] = field(default_factory=list)
    recycled: float | None = None  # when it entered the recycle bin (released 24 h later)

    def status(self, now: float) -> str:
        return self.transit if self.transit is not None and now < self.until else self.settled


@dataclass(slots=True, eq=False)
class CidrBlock(_Record):
    KIND: ClassVar[str] = "cidr_block"
    id: str
    account: str
    zone: str | None  # None: a BYOIP block, announced wherever the customer binds it
    block_type: str  # IPv4 / IPv6
    cidr_type: str  # STANDARD / BYOIP
    name: str
    cidr: str
    charge: str
    period: int | None
    ctime: float
    etime: float | None
    rg: str
    settled: str  # AVAILABLE / RECYCLE
    ready: float  # CREATING until then
    paid: float
    bound: dict[str, str] = field(default_factory=dict)  # address -> instance id
    byoip: str | None = None
    asn: int | None = None
    tags: list[list[Any]] = field(default_factory=list)
    recycled: float | None = None

    def status(self, now: float) -> str:
        return CREATING if now < self.ready and self.settled == AVAILABLE else self.settled


NetObject = Vpc | Subnet | Move | PublicIp | CidrBlock
RECORD_TYPES: dict[str, type[Any]] = {t.KIND: t for t in (Vpc, Subnet, Move, PublicIp, CidrBlock)}


def from_record(r: dict[str, Any]) -> NetObject:
    kind = r.get("kind")
    t = RECORD_TYPES.get(str(kind))
    if t is None:
        raise ValueError(f"unknown network record kind {kind!r}")
    obj: NetObject = t.from_record(r)
    return obj
