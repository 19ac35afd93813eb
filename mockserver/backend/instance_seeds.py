"""Instances a scenario seeds (``accounts[].instances``, docs/mock-guide.md "Instance seeds"): built at load
into the same records as CreateInstances makes (``_new_instance``: the id generator, the address pools, the
indexes, the quota counter, the one "instance changed" hook, the expiry event), with the lifecycle already
run so each is in its seeded status when the clock starts.

Rules (the scenario model checked the references; what depends on the clock is decided here):

* Stock: the offering's ``stock`` is what is still AVAILABLE at the start; a seed holds one unit on top, so
  the invariant baseline is ``stock + held`` (``/_mock/invariants`` is ok from the first request).
* Time: a seed is at least a day old when the clock starts (older if its lifecycle durations need it): a
  ``createTime`` later than that is moved there (a manual clock may start in any year). A STOPPED seed was stopped six hours before
  the start, so its traffic series shows the machine running before.
* Money: a PREPAID seed is paid up to the first end of a term after the start (whole ``period`` terms from
  its createTime, nothing charged to the balance); it renews automatically like a created one.
* Networking: the private address comes from the seed's subnet (else the account's default range); each of
  ``cidrBlockIds`` binds the block's first free usable address to the instance.
* Nothing is seeded again when a state file or an import already holds the state: seeding is part of a
  fresh load only.
"""

from __future__ import annotations

from calendar import timegm
from collections import Counter
from time import strptime

from ..scenarios.models import Account, InstanceSeed, Lifecycle, Scenario
from . import ipam
from . import lifecycle as lc
from .instances import InstanceOps, bandwidth_of, default_nic, traffic_package_of
from .ipam import PoolExhausted
from .network.block_ops import BlockOps, first_free
from .pools import PoolKey, Private, PublicV4, PublicV6, encode
from .records import PREPAID, STOPPED, intern
from .stock import StockKey
from .timeutil import add_months

_MIN_AGE = 86400.0  # a seed is at least this old when the clock starts
_STOPPED_FOR = 6 * 3600.0  # a STOPPED seed was stopped this long before the start


def seed_create_time(seed: InstanceSeed, start: float, life: Lifecycle) -> float:
    """The create time of ``seed`` under a clock starting at ``start`` (see the module's rules): at least a day
    before it, more if the create, install and stop durations would not be over by the start otherwise."""
    settling = life.pending + life.creating + life.installing + _STOPPED_FOR + life.stopping
    return min(float(timegm(strptime(seed.create_time, "%Y-%m-%dT%H:%M:%SZ"))), start - max(_MIN_AGE, settling))


def check_seed_addresses(scenario: Scenario) -> None:
    """Before a load changes anything: the fresh address pools hold every address the instance seeds draw,
    next to the elastic/DDoS IPs drawn from the same zones (ValueError naming the pool, so a bad scenario
    loads nothing)."""
    need: Counter[PoolKey] = Counter()
    pools: dict[PoolKey, tuple[str, ipam.Pool]] = {}
    zones = {z.zone_id: z for z in scenario.zones}
    for n, acc in enumerate(scenario.accounts):
        subnets = {s.subnet_id: s.cidr_block for s in acc.subnets}
        for a in (*acc.eips, *acc.ddos_ips):
            need[PublicV4(a.zone_id)] += 1
        for seed in acc.instances:
            zone = zones[seed.zone_id]
            private = subnets[seed.subnet_id] if seed.subnet_id else ipam.default_private_cidr(n)
            pools.setdefault(PublicV4(zone.zone_id), (zone.public_ip_prefix, ipam.ipv4_public(zone.public_ip_prefix)))
            pools.setdefault(Private(acc.account_id, seed.subnet_id), (private, ipam.ipv4_private(private)))
            need[PublicV4(zone.zone_id)] += 1
            need[Private(acc.account_id, seed.subnet_id)] += 1
            if zone.ipv6_prefix:
                pools.setdefault(PublicV6(zone.zone_id), (zone.ipv6_prefix, ipam.ipv6(zone.ipv6_prefix)))
                need[PublicV6(zone.zone_id)] += 1
    for key, (cidr, pool) in pools.items():  # pools no seed draws from: the networking seeds report their own
        if need[key] > pool.available():
            raise ValueError(f"instances: {need[key]} addresses needed from pool {encode(key)} ({cidr}), "
                             f"{pool.available()} available")  # fmt: skip


class SeedOps(InstanceOps, BlockOps):
    def _seed_instances(self) -> None:
        """A fresh load: the scenario's instance seeds, in scenario order (deterministic under the seed).
        Runs after the networking seeds, so the addresses those draw do not depend on instance seeds."""
        explicit = {s.instance_id for a in self.scenario.accounts for s in a.instances if s.instance_id is not None}
        for acc in self.scenario.accounts:
            for seed in acc.instances:
                iid = seed.instance_id
                while iid is None or (iid in explicit and seed.instance_id is None):
                    iid = self._ids.instance_id()  # never one a later seed names: the load cannot clash halfway
                self._seed_instance(acc, seed, iid)

    def _seed_instance(self, acc: Account, seed: InstanceSeed, iid: str) -> None:
        cat = self.catalog
        now = self.now
        a = acc.account_id
        itype = cat.types[seed.instance_type_id]
        zone = cat.zones[seed.zone_id]
        off = cat.offerings[(seed.zone_id, seed.instance_type_id)]
        charge = intern(seed.instance_charge_type.value)
        inet = intern(seed.internet_charge_type.value)
        life = cat.lifecycle(off)
        ctime = seed_create_time(seed, now, life)
        bw = bandwidth_of(inet, seed.bandwidth)
        traffic = traffic_package_of(inet, off, seed.traffic_package_size)
        months = None
        etime = None
        if charge == PREPAID and seed.period is not None:
            months = seed.period
            while (etime := add_months(ctime, months)) <= now:
                months += seed.period
        sched = lc.create_schedule(ctime, life, has_image=seed.image_id is not None, create_fails=False,
                                   install_fails=False)  # fmt: skip
        if iid in self.by_id:  # the scenario model refuses duplicate seed ids; this guards the invariant
            raise ValueError(f"instances: duplicate id {iid!r}")
        pools = (PublicV4(zone.zone_id), PublicV6(zone.zone_id) if zone.ipv6_prefix else None,
                 Private(a, seed.subnet_id))  # fmt: skip
        try:
            inst = self._new_instance(
                account=a, zone=zone.zone_id, type_id=itype.instance_type_id, charge=charge, inet=inet,
                image=seed.image_id, ipxe=None, name=seed.instance_name, hostname=seed.hostname, bw=bw,
                traffic=traffic, period=seed.period, pools=pools,
                rg=seed.resource_group_id or acc.resource_groups[0].resource_group_id, key=seed.key_id, pw=False,
                tags=tuple(seed.tags.items()) or None, raid=None, parts=None, nic=default_nic(itype.is_ha),
                gateway=False, etime=etime, sched=sched, holds=True, paid=0.0, iid=iid, ctime=ctime,
            )
        except PoolExhausted as exc:
            raise ValueError(f"instances: address pool {exc} exhausted seeding {seed.instance_name!r}") from None
        inst.months = months or 0
        if seed.status == STOPPED:
            t = now - _STOPPED_FOR - life.stopping
            inst.reschedule(t, lc.power_entries(lc.STOP, t, life))
        # The unit it holds is on top of the offering's available stock: the baseline grows, stock stays.
        key = StockKey(zone.zone_id, itype.instance_type_id, charge)
        self.stock_base[key] = self.stock_base.get(key, 0) + 1
        self._index(inst)
        self._touch(inst)
        self._push_expiry(inst)
        for bid in seed.cidr_block_ids:
            self._seed_binding(bid, inst.id)

    def _seed_binding(self, block_id: str, iid: str) -> None:
        """Bind the block's first free usable address to the instance (as BindCidrBlockIps does)."""
        b = self.net.blocks[block_id]
        ip = first_free(b)
        if ip is None:
            raise ValueError(f"instances: the CIDR block {block_id!r} has no free address left")
        self._bind_ip(b, ip, iid)
        self.net.put(b)
