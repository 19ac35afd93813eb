"""The backend's in-memory state and its bookkeeping: catalogue lookups, stock, money, the instance indexes,
address pools, the event queue and the wire cache, with the small steps every operation is made of (hold and
return stock, charge and refund, delete, recycle) and the change tracking the commit reads.

Operations (instances.py) and the orchestration (core.py: sessions, persistence, import) build on this.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from zltoolkit.api import ApiError, ChargeType, ImageInfo, InstanceType

from ..scenarios.models import Account, Scenario
from . import ipam
from .catalog import Catalog
from .clock import Clock
from .events import EXPIRE, FAIL, RELEASE, EventQueue
from .ids import Ids
from .indexes import Indexes
from .pools import AddressPools, PoolKey, PublicV4, PublicV6
from .pricing import money
from .records import CREATE_FAILED, RECYCLE, Instance, wire
from .stock import StockKey
from .timeutil import RECYCLE_RETENTION_SECONDS
from .wire_cache import WireCache

if TYPE_CHECKING:
    from .network.store import NetStore


class BackendState:
    #: Wire dicts kept for instances served recently (bounded: ~1.5 KB each).
    WIRE_CACHE_SIZE = 20_000

    lock: threading.RLock
    clock: Clock
    now: float
    seed: int
    scenario: Scenario
    catalog: Catalog

    def _install(
        self,
        scenario: Scenario,
        *,
        ids: Ids,
        stock: dict[StockKey, int] | None,
        stock_base: dict[StockKey, int] | None,
        accounts: dict[str, tuple[float, float]] | None,
        pools: dict[PoolKey, int],
        events: EventQueue,
        instances: list[Instance],
        network: NetStore | None = None,
    ) -> None:
        """Swap in a complete state (everything computed beforehand, so a bad import changes nothing).

        ``network``: the networking objects (None: none yet; the backend seeds the scenario's afterwards)."""
        from .network import NetStore, held_addresses  # the package builds on this module
        catalog = Catalog.build(scenario)
        initial = {StockKey(z, t, ChargeType(c).value): q for (z, t, c), q in catalog.initial_stock().items()}
        self.scenario = scenario
        self.catalog = catalog
        self.stock: dict[StockKey, int] = dict(initial if stock is None else stock)
        self.stock_base: dict[StockKey, int] = dict(initial if stock_base is None else stock_base)
        self.balances: dict[str, float] = {a.account_id: a.balance for a in scenario.accounts}
        self.charged: dict[str, float] = {a.account_id: 0.0 for a in scenario.accounts}
        for acc, (balance, charged) in (accounts or {}).items():
            self.balances[acc] = balance
            self.charged[acc] = charged
        self._ids = ids
        self.events = events
        self._derive_catalog()
        self.net = network if network is not None else NetStore.from_scenario(scenario, self.now)
        self.pools = AddressPools(self._cidr, pools)
        self.indexes = Indexes(list(self._accounts))
        # The read path (query.py) and the control plane use these directly.
        self.by_id = self.indexes.by_id
        self.by_account = self.indexes.by_account
        self.by_zone = self.indexes.by_zone
        self.held = self.indexes.held
        self._wire_cache = WireCache(self.WIRE_CACHE_SIZE)
        self._dirty: set[str] = set()  # instance ids changed since the last commit
        ordered = sorted(instances, key=lambda i: (i.ctime, i.id))
        for inst in ordered:
            self.indexes.add(inst)
        self.pools.reserve(ordered, held_addresses(self.net))

    def _derive_catalog(self) -> None:
        cat = self.catalog
        self._accounts: dict[str, Account] = dict(cat.accounts)
        self._account_index = {a.account_id: n for n, a in enumerate(self.scenario.accounts)}
        # One shared InstanceType dict per type for every InstanceInfo (imageIds null, as DescribeInstances).
        self._type_wire = {t: cat.type_wire(t, with_images=False) for t in cat.types}
        self._type_model = {t: InstanceType.model_validate(w) for t, w in self._type_wire.items()}
        self._image_model = {
            i.image_id: ImageInfo(
                image_id=i.image_id, image_name=i.image_name, catalog=i.catalog, image_type=i.image_type,
                os_type=i.os_type,
            )
            for i in cat.images.values()
        }  # fmt: skip
        self._image_name = {i.image_id: i.image_name for i in cat.images.values()}
        self._rg_name = {
            (a.account_id, g.resource_group_id): g.resource_group_name
            for a in self.scenario.accounts
            for g in a.resource_groups
        }

    def _cidr(self, key: PoolKey) -> str:
        """The network a pool hands addresses from (KeyError when the catalogue has none)."""
        if isinstance(key, PublicV4):
            return self.catalog.zones[key.zone].public_ip_prefix
        if isinstance(key, PublicV6):
            prefix = self.catalog.zones[key.zone].ipv6_prefix
            if prefix is None:
                raise KeyError(key)
            return prefix
        if key.subnet:
            return self.net.subnets[key.subnet].cidr  # KeyError: no such subnet
        return ipam.default_private_cidr(self._account_index.get(key.account, 0))

    # ------------------------------------------------------------------ lookups

    def account(self, account_id: str) -> Account:
        try:
            return self._accounts[account_id]
        except KeyError:
            raise ApiError("INVALID_PARAMETER", f"Unknown account `{account_id}`.") from None

    def qty(self, zone_id: str, type_id: str, charge_type: ChargeType | str) -> int | None:
        """Live stock, or None when the type is not sold in the zone with that charge type."""
        return self.stock.get(StockKey(zone_id, type_id, str(charge_type)))

    def held_by_offering(self) -> dict[StockKey, int]:
        out: dict[StockKey, int] = dict.fromkeys(self.stock, 0)
        for inst in self.by_id.values():
            if inst.holds:
                key = StockKey(inst.zone, inst.type, inst.charge)
                out[key] = out.get(key, 0) + 1
        return out

    def invariants(self) -> dict[str, Any]:
        """Stock + instances holding stock vs the baseline per offering, money per account."""
        held = self.held_by_offering()
        offerings = []
        for key, qty in sorted(self.stock.items()):
            base = self.stock_base.get(key, 0)
            offerings.append(
                {"zoneId": key.zone, "instanceTypeId": key.type, "chargeType": key.charge, "stock": qty,
                 "held": held.get(key, 0), "initial": base, "ok": qty + held.get(key, 0) == base and qty >= 0}
            )  # fmt: skip
        accounts = []
        for acc in self._accounts.values():
            a = acc.account_id
            paid = money(sum(i.paid for i in self.by_account.get(a, {}).values()))
            holding = sum(1 for i in self.by_account.get(a, {}).values() if i.holds)
            accounts.append(
                {"accountId": a, "balance": self.balances[a], "initialBalance": acc.balance,
                 "charged": self.charged[a], "paidByLiveInstances": paid, "holding": holding,
                 "quota": acc.instance_quota,
                 "ok": abs(self.balances[a] + self.charged[a] - acc.balance) < 0.005 and holding == self.held[a]}
            )  # fmt: skip
        ok = all(o["ok"] for o in offerings) and all(a["ok"] for a in accounts)
        return {"ok": ok, "offerings": offerings, "accounts": accounts, "instances": len(self.by_id),
                "events": len(self.events)}  # fmt: skip

    # ------------------------------------------------------------------ the steps operations are made of

    def _index(self, inst: Instance) -> None:
        self.indexes.add(inst)

    def _touch(self, inst: Instance) -> None:
        self._dirty.add(inst.id)
        self._wire_cache.drop(inst.id)

    def _allocate(self, key: PoolKey) -> str:
        return self.pools.allocate(key)

    def _return_failed(self, inst: Instance) -> None:
        """CREATE_FAILED: the unit of stock, the quota slot and the prepaid money go back; no addresses."""
        self._unhold(inst)
        self._refund(inst)
        self.pools.release(inst)
        self._touch(inst)

    def _unhold(self, inst: Instance) -> None:
        if inst.holds:
            key = StockKey(inst.zone, inst.type, inst.charge)
            self.stock[key] = self.stock.get(key, 0) + 1
            inst.holds = False
            self.held[inst.account] -= 1

    def _refund(self, inst: Instance) -> None:
        if inst.paid:
            a = inst.account
            self.balances[a] = money(self.balances[a] + inst.paid)
            self.charged[a] = money(self.charged[a] - inst.paid)
            inst.paid = 0.0

    def _charge(self, account_id: str, amount: float) -> None:
        self.balances[account_id] = money(self.balances[account_id] - amount)
        self.charged[account_id] = money(self.charged[account_id] + amount)

    def _delete(self, inst: Instance) -> None:
        """Gone for good (release, auto-release, terminate of a CREATE_FAILED): stock and addresses back."""
        self._unhold(inst)
        self.pools.release(inst)
        self.net.forget_instance(inst.id)
        self.indexes.remove(inst)
        self._wire_cache.drop(inst.id)
        self._dirty.add(inst.id)

    def _recycle(self, inst: Instance, at: float) -> None:
        inst.reschedule(at, (at, RECYCLE))
        self.events.push(at + RECYCLE_RETENTION_SECONDS, RELEASE, inst.id)
        self._touch(inst)

    def _push_expiry(self, inst: Instance) -> None:
        if inst.etime is not None:
            self.events.push(inst.etime, EXPIRE, inst.id)

    def _push_failure(self, inst: Instance) -> None:
        s = inst.sched
        if s[-1] == CREATE_FAILED:
            self.events.push(s[-2], FAIL, inst.id)

    # ------------------------------------------------------------------ wire

    def wire_of(self, inst: Instance, now: float) -> dict[str, Any]:
        """The InstanceInfo dict at ``now``, cached until the instance changes or its status moves on."""
        cached = self._wire_cache.get(inst.id, now)
        if cached is not None:
            return cached
        w = wire(
            inst,
            inst.status(now),
            instance_type=self._type_wire[inst.type],
            image_name=self._image_name.get(inst.image) if inst.image else None,
            resource_group_name=self._rg_name.get((inst.account, inst.rg)),
        )
        extra = self.net.extra_addresses(inst.id)  # elastic/DDoS IPs, block addresses: rare, so a copy
        if extra is not None:
            w = {**w, "publicIpAddresses": [*w["publicIpAddresses"], *extra[0]]}
            if extra[1]:
                w["ipv6Addresses"] = [*(w["ipv6Addresses"] or []), *extra[1]]
        self._wire_cache.put(inst.id, inst.next_change(now), w)
        return w


