"""The scenario file format: everything the mock serves, as data (docs/mock-guide.md).

Keys are camelCase like the API's own wire names, so an API answer can be pasted into a scenario. Unknown keys
are refused so a typo is reported with its exact path instead of being silently ignored.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.alias_generators import to_camel

from zltoolkit.api import ChargeType, ImageCatalog, ImageType, InstanceDiskInfo, InternetChargeType, OsType
from zltoolkit.api.rules import check_name

from .market import MarketParams


class ScenarioModel(BaseModel):
    model_config = ConfigDict(
        extra="forbid", alias_generator=to_camel, validate_by_name=True, validate_by_alias=True,
        serialize_by_alias=True, frozen=True,
    )


class AccessKey(ScenarioModel):
    access_key_id: str = Field(min_length=1)
    access_key_password: str = Field(min_length=1, repr=False)


class ResourceGroup(ScenarioModel):
    resource_group_id: str
    resource_group_name: str


class KeyPair(ScenarioModel):
    key_id: str
    key_name: str = ""


class Subnet(ScenarioModel):
    subnet_id: str
    zone_id: str
    cidr_block: str  # private IPs of instances joining the subnet come from here
    subnet_name: str = ""
    vpc_id: str | None = None  # one of the account's ``vpcs``; None: a zone subnet outside any VPC
    resource_group_id: str | None = None  # None: the account's default group


class Vpc(ScenarioModel):
    """A seeded VPC (docs/mock-networking.md): a private range in one VPC region."""

    vpc_id: str
    vpc_region_id: str
    cidr_block: str
    vpc_name: str = ""
    resource_group_id: str | None = None


class PublicAddressSeed(ScenarioModel):
    """A seeded elastic IP or DDoS IP: its address is drawn from the zone's public pool at load."""

    id: str
    zone_id: str
    charge_type: ChargeType = ChargeType.POSTPAID
    resource_group_id: str | None = None


class CidrBlockSeed(ScenarioModel):
    """A seeded IPv4 (carved from the zone's ``ipv4BlockPrefix``) or IPv6 block."""

    cidr_block_id: str
    zone_id: str
    ip_type: str = "IPv4"  # IPv4 / IPv6
    netmask: int = Field(default=29, ge=8, le=128)
    name: str = ""
    charge_type: ChargeType = ChargeType.POSTPAID


class ManagedInstance(ScenarioModel):
    """A colocated machine the account runs itself (DescribeManagedInstances); read-only."""

    instance_id: str
    instance_name: str
    fac_name: str  # the facility (region) name, as DescribeManagedInstances answers it
    city_code: str
    ips: list[str] = []
    lan_ips: list[str] = []
    create_time: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
    resource_group_id: str | None = None
    bandwidth_mbps: int = Field(default=100, ge=1)  # the line DescribeManagedInstanceTraffic fills


class InstanceSeed(ScenarioModel):
    """An instance the account already runs when the scenario loads (docs/mock-guide.md, Instance seeds).

    It becomes a real instance record at load, settled in ``status``: it holds a unit of stock on top of the
    offering's ``stock`` (which stays what is still available) and counts against the quota. ``createTime``
    is kept when it lies at least a day before the clock's start (more if the lifecycle durations need it),
    else moved there.
    """

    instance_id: str | None = Field(default=None, min_length=1)  # None: the next generated id
    zone_id: str
    instance_type_id: str
    instance_charge_type: ChargeType = ChargeType.POSTPAID
    period: int | None = Field(default=None, ge=1)  # months per term: PREPAID only, required there
    internet_charge_type: InternetChargeType = InternetChargeType.BY_BANDWIDTH
    bandwidth: int | None = Field(default=None, ge=0)  # bandwidthOutMbps; None: as a create without one
    traffic_package_size: float | None = Field(default=None, ge=0)  # TB, ByTrafficPackage only
    image_id: str | None = None  # None: no operating system installed
    instance_name: str = Field(min_length=1)
    hostname: str = Field(default="localhost", min_length=1)
    subnet_id: str | None = None  # one of the account's subnets, in the same zone
    resource_group_id: str | None = None  # None: the account's default group
    key_id: str | None = None
    tags: dict[str, str] = {}
    cidr_block_ids: list[str] = []  # the account's IPv4 blocks in the zone: one address of each is bound
    create_time: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
    status: Literal["RUNNING", "STOPPED"] = "RUNNING"


class Account(ScenarioModel):
    account_id: str
    name: str = ""
    access_keys: list[AccessKey] = []
    tokens: list[str] = Field(default=[], repr=False)
    balance: float = 0.0  # money; PREPAID creates are charged, POSTPAID needs > 0
    instance_quota: int = Field(default=100, ge=0)  # instances holding a machine at once
    resource_groups: list[ResourceGroup] = []  # the first is the default group
    key_pairs: list[KeyPair] = []
    subnets: list[Subnet] = []
    managed_instances: list[ManagedInstance] = []
    vpcs: list[Vpc] = []
    eips: list[PublicAddressSeed] = []
    ddos_ips: list[PublicAddressSeed] = []
    cidr_blocks: list[CidrBlockSeed] = []
    instances: list[InstanceSeed] = []


class ZoneNetwork(ScenarioModel):
    """What a zone sells besides machines (docs/mock-networking.md); prices are list prices per address."""

    vpc_region_id: str | None = None  # None: derived from the area name
    subnet: bool = True  # subnets can be created here
    eip: bool = True
    ddos: bool = False
    eip_monthly: float = Field(default=3.0, ge=0)
    eip_hourly: float = Field(default=0.006, ge=0)
    ddos_monthly: float = Field(default=200.0, ge=0)
    ddos_hourly: float = Field(default=0.4, ge=0)
    ipv4_block_prefix: str | None = None  # IPv4 blocks are carved from here; None: none sold
    ipv4_block_netmasks: list[int] = [29, 28, 27, 26]
    ipv4_block_monthly_per_ip: float = Field(default=2.0, ge=0)
    ipv4_block_hourly_per_ip: float = Field(default=0.004, ge=0)


class ZoneDef(ScenarioModel):
    zone_id: str
    zone_name: str
    city_name: str
    area_name: str
    is_cloud_router_available: bool = False
    is_byoip_enabled: bool = False
    public_ip_prefix: str  # IPv4 CIDR the zone's public addresses are drawn from
    ipv6_prefix: str | None = None  # e.g. "2602:ffe4:1:11::/64"
    price_factor: float = Field(default=1.0, gt=0)  # multiplies the instance type's list prices
    network: ZoneNetwork = ZoneNetwork()


class Prices(ScenarioModel):
    """List prices. Any field left out falls back to the instance type's prices (times the zone's factor)."""

    instance_monthly: float | None = None  # PREPAID original price per month
    instance_hourly: float | None = None  # POSTPAID per hour
    bandwidth_monthly_per_mbps: float | None = None  # PREPAID ByBandwidth
    bandwidth_hourly_per_mbps: float | None = None  # POSTPAID ByBandwidth
    bandwidth95_monthly_per_mbps: float | None = None  # 95th-percentile billing (chargeUnit MONTH)
    traffic_package_monthly_per_tb: float | None = None  # ByTrafficPackage
    traffic_overage_per_gb: float | None = None
    primary_ip_monthly: float | None = None
    # Percent paid by prepaid period in months: {"1": 95.0, "12": 85.0} -> the largest key <= period applies.
    prepaid_discount: dict[int, float] | None = None
    postpaid_discount: float | None = None


class InstanceTypeDef(ScenarioModel):
    instance_type_id: str
    description: str
    cpu_detail: str
    cpu_sockets: int = Field(ge=1)
    cpu_cores: int = Field(ge=1)  # physical cores in total
    cpu_threads: int = Field(ge=1)  # hardware threads in total
    cpu_core_count: int = Field(ge=1)  # as the API reports it (M9O: 80)
    base_frequency: str
    memory_size: int = Field(ge=1)
    maximum_bandwidth: int = Field(ge=1)
    support_raids: list[int]
    support_subnet: bool
    is_ha: bool = Field(alias="isHA")
    disk_info: InstanceDiskInfo
    vpu_vendor: str | None = None
    vpu_card: str | None = None
    vpu_count: int | None = None
    invented: bool = False  # not a real Zenlayer model id; the description says so too
    prices: Prices = Prices()

    @model_validator(mode="after")
    def _threads_cover_cores(self) -> InstanceTypeDef:
        if self.cpu_threads < self.cpu_cores:
            raise ValueError("cpuThreads must be >= cpuCores")
        return self


class ImageDef(ScenarioModel):
    image_id: str
    image_name: str
    catalog: ImageCatalog
    image_type: ImageType = ImageType.PUBLIC_IMAGE
    os_type: OsType
    instance_type_ids: list[str]  # the types this image installs on


class Lifecycle(ScenarioModel):
    """Seconds of clock time each transient status lasts."""

    pending: float = Field(default=5, ge=0)
    creating: float = Field(default=60, ge=0)
    installing: float = Field(default=120, ge=0)
    booting: float = Field(default=30, ge=0)
    stopping: float = Field(default=20, ge=0)
    internet_change: float = Field(default=30, ge=0)  # a bandwidth / traffic-package change is Processing


class Failure(ScenarioModel):
    create: float = Field(default=0.0, ge=0, le=1)  # probability an instance ends CREATE_FAILED
    install: float = Field(default=0.0, ge=0, le=1)  # probability an install ends INSTALL_FAILED


class Offering(ScenarioModel):
    """One instance type on sale in one zone."""

    zone_id: str
    instance_type_id: str
    stock: dict[ChargeType, int]  # charge types on sale here -> qty; a missing charge type is not sold
    internet_charge_types: list[InternetChargeType]
    maximum_bandwidth_out: int = Field(ge=1)
    default_bandwidth_out: int = Field(default=0, ge=0)
    default_traffic_package_size: float = Field(default=0.0, ge=0)
    hide_qty: bool = False  # answer qty=null, like sources that omit it (views must cope)
    prices: Prices = Prices()
    lifecycle: Lifecycle | None = None
    failure: Failure | None = None


class Scenario(ScenarioModel):
    name: str
    description: str = ""
    accounts: list[Account]
    zones: list[ZoneDef]
    instance_types: list[InstanceTypeDef]
    images: list[ImageDef]
    offerings: list[Offering]
    lifecycle: Lifecycle = Lifecycle()
    failure: Failure = Failure()
    market: MarketParams | None = None  # other tenants' demand when the market is on (scenarios/market.py)

    @model_validator(mode="after")
    def _references_resolve(self) -> Scenario:
        zones = {z.zone_id for z in self.zones}
        types = {t.instance_type_id for t in self.instance_types}
        _unique("zones", [z.zone_id for z in self.zones])
        _unique("instanceTypes", [t.instance_type_id for t in self.instance_types])
        _unique("images", [i.image_id for i in self.images])
        _unique("accounts", [a.account_id for a in self.accounts])
        _unique("accessKeys", [k.access_key_id for a in self.accounts for k in a.access_keys])
        _unique("tokens", [t for a in self.accounts for t in a.tokens])
        _unique("offerings", [f"{o.zone_id}/{o.instance_type_id}" for o in self.offerings])
        _unique("managedInstances", [m.instance_id for a in self.accounts for m in a.managed_instances])
        for n, img in enumerate(self.images):
            for t in img.instance_type_ids:
                if t not in types:
                    raise ValueError(f"images[{n}].instanceTypeIds: unknown instance type {t!r}")
        for n, off in enumerate(self.offerings):
            if off.zone_id not in zones:
                raise ValueError(f"offerings[{n}].zoneId: unknown zone {off.zone_id!r}")
            if off.instance_type_id not in types:
                raise ValueError(f"offerings[{n}].instanceTypeId: unknown instance type {off.instance_type_id!r}")
        for a, acc in enumerate(self.accounts):
            vpcs = {v.vpc_id for v in acc.vpcs}
            for s, sub in enumerate(acc.subnets):
                if sub.zone_id not in zones:
                    raise ValueError(f"accounts[{a}].subnets[{s}].zoneId: unknown zone {sub.zone_id!r}")
                if sub.vpc_id is not None and sub.vpc_id not in vpcs:
                    raise ValueError(f"accounts[{a}].subnets[{s}].vpcId: unknown VPC {sub.vpc_id!r}")
            seeded: list[tuple[str, list[str]]] = [
                ("eips", [e.zone_id for e in acc.eips]), ("ddosIps", [e.zone_id for e in acc.ddos_ips]),
                ("cidrBlocks", [b.zone_id for b in acc.cidr_blocks]),
            ]
            for field, zone_ids in seeded:
                for s, zone_id in enumerate(zone_ids):
                    if zone_id not in zones:
                        raise ValueError(f"accounts[{a}].{field}[{s}].zoneId: unknown zone {zone_id!r}")
        _unique("subnets", [s.subnet_id for a in self.accounts for s in a.subnets])
        _unique("vpcs", [v.vpc_id for a in self.accounts for v in a.vpcs])
        _unique("eips", [e.id for a in self.accounts for e in a.eips])
        _unique("ddosIps", [e.id for a in self.accounts for e in a.ddos_ips])
        _unique("cidrBlocks", [c.cidr_block_id for a in self.accounts for c in a.cidr_blocks])
        _unique("instances", [i.instance_id for a in self.accounts for i in a.instances if i.instance_id])
        for a, acc in enumerate(self.accounts):
            check_instance_seeds(self, a, acc)
        return self


def check_instance_seeds(sc: Scenario, a: int, acc: Account) -> None:
    """The references of ``accounts[a].instances`` resolve and the offering sells what each seed runs."""
    types = {t.instance_type_id: t for t in sc.instance_types}
    images = {i.image_id: i for i in sc.images}
    offerings = {(o.zone_id, o.instance_type_id): o for o in sc.offerings}
    subnets = {s.subnet_id: s for s in acc.subnets}
    blocks = {b.cidr_block_id: b for b in acc.cidr_blocks}
    groups = {g.resource_group_id for g in acc.resource_groups}
    if len(acc.instances) > acc.instance_quota:
        raise ValueError(f"accounts[{a}].instances: {len(acc.instances)} seeds exceed instanceQuota {acc.instance_quota}")
    for n, seed in enumerate(acc.instances):
        where = f"accounts[{a}].instances[{n}]"
        off = offerings.get((seed.zone_id, seed.instance_type_id))
        if seed.zone_id not in {z.zone_id for z in sc.zones}:
            raise ValueError(f"{where}.zoneId: unknown zone {seed.zone_id!r}")
        if seed.instance_type_id not in types:
            raise ValueError(f"{where}.instanceTypeId: unknown instance type {seed.instance_type_id!r}")
        if off is None:
            raise ValueError(f"{where}: {seed.instance_type_id!r} is not sold in zone {seed.zone_id!r}")
        if seed.instance_charge_type not in off.stock:
            raise ValueError(f"{where}.instanceChargeType: {seed.instance_charge_type.value} is not sold for "
                             f"{seed.instance_type_id!r} in zone {seed.zone_id!r}")  # fmt: skip
        if seed.internet_charge_type not in off.internet_charge_types:
            raise ValueError(f"{where}.internetChargeType: {seed.internet_charge_type.value} is not sold for "
                             f"{seed.instance_type_id!r} in zone {seed.zone_id!r}")  # fmt: skip
        for field, value in (("instanceName", seed.instance_name), ("hostname", seed.hostname)):
            if (v := check_name(value, field=field)) is not None:  # the API's own name rules
                raise ValueError(f"{where}.{field}: {v.message}")
        if (seed.instance_charge_type == ChargeType.PREPAID) != (seed.period is not None):
            raise ValueError(f"{where}.period: required for PREPAID, not allowed for POSTPAID")
        if seed.bandwidth is not None and seed.bandwidth > off.maximum_bandwidth_out:
            raise ValueError(f"{where}.bandwidth: above the offering's maximum {off.maximum_bandwidth_out}")
        if seed.traffic_package_size is not None and seed.internet_charge_type != InternetChargeType.BY_TRAFFIC_PACKAGE:
            raise ValueError(f"{where}.trafficPackageSize: only for ByTrafficPackage")
        if seed.image_id is not None:
            if seed.image_id not in images:
                raise ValueError(f"{where}.imageId: unknown image {seed.image_id!r}")
            if seed.instance_type_id not in images[seed.image_id].instance_type_ids:
                raise ValueError(f"{where}.imageId: {seed.image_id!r} does not install on {seed.instance_type_id!r}")
        if seed.subnet_id is not None:
            sub = subnets.get(seed.subnet_id)
            if sub is None:
                raise ValueError(f"{where}.subnetId: unknown subnet {seed.subnet_id!r} (not one of the account's)")
            if sub.zone_id != seed.zone_id:
                raise ValueError(f"{where}.subnetId: {seed.subnet_id!r} is in zone {sub.zone_id!r}")
            if not types[seed.instance_type_id].support_subnet:
                raise ValueError(f"{where}.subnetId: {seed.instance_type_id!r} does not support subnets")
        if seed.resource_group_id is not None and seed.resource_group_id not in groups:
            raise ValueError(f"{where}.resourceGroupId: unknown resource group {seed.resource_group_id!r}")
        if seed.resource_group_id is None and not groups:
            raise ValueError(f"{where}: the account has no resource group")
        if seed.key_id is not None and seed.key_id not in {k.key_id for k in acc.key_pairs}:
            raise ValueError(f"{where}.keyId: unknown key pair {seed.key_id!r}")
        for bid in seed.cidr_block_ids:
            b = blocks.get(bid)
            if b is None or b.ip_type != "IPv4" or b.zone_id != seed.zone_id:
                raise ValueError(f"{where}.cidrBlockIds: {bid!r} is not one of the account's IPv4 blocks in "
                                 f"zone {seed.zone_id!r}")  # fmt: skip
    for b in acc.cidr_blocks:  # a block's usable addresses: all but network, gateway and broadcast
        binds = sum(s.cidr_block_ids.count(b.cidr_block_id) for s in acc.instances)
        if b.ip_type == "IPv4" and binds > max(0, 2 ** (32 - b.netmask) - 3):
            raise ValueError(f"accounts[{a}].instances: {binds} addresses bound in block {b.cidr_block_id!r}, "
                             f"a /{b.netmask} has {max(0, 2 ** (32 - b.netmask) - 3)}")  # fmt: skip


def _unique(what: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise ValueError(f"{what}: duplicate id {i!r}")
        seen.add(i)
