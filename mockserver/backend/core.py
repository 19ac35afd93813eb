"""The mock's state, apart from the HTTP layer (moto's split): catalogue, stock, money, instances, clock,
events, one lock -- and, with a state file, one SQLite transaction per request.

Every request runs inside ``session()``: the lock is taken, time-based side effects due by "now" are
applied (``drain``), the handler runs, and whatever changed is committed before the session ends, so the
reply leaves only after the commit. Handlers validate everything before they change anything (an
``ApiError`` means "nothing applied"); if the commit itself fails, or a handler breaks half-way with any
other exception, the in-memory state is reloaded from the last commit (with a state file) and the error
propagates, so no half-applied request is ever visible. (In memory there is nothing to reload from; there the
validate-then-apply discipline of the handlers is the guarantee, and only a bug could break it.)
"""

from __future__ import annotations

import random
import secrets
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from zltoolkit.api import ApiError, ChargeType, ImageInfo, InstanceType, SellStatus, limits

from ..scenarios.models import Account, Scenario
from . import ipam
from .catalog import Catalog
from .clock import Clock
from .events import EXPIRE, FAIL, KINDS, RELEASE, Event, EventQueue
from .ids import Ids
from .instances import InstanceOps
from .pricing import money
from .records import CREATE_FAILED, RECYCLE, Instance
from .store import FORMAT, Delta, Store, dumps
from .timeutil import RECYCLE_RETENTION_SECONDS

StockKey = tuple[str, str, str]  # (zone, type, charge type)


def sell_status(qty: int) -> SellStatus:
    if qty <= 0:
        return SellStatus.SOLD_OUT
    if qty <= limits.SELL_SHORTAGE_MAX_QTY:
        return SellStatus.SELL_SHORTAGE
    return SellStatus.SELL


class Backend(InstanceOps):
    #: Wire dicts kept for instances served recently (bounded: ~1.5 KB each).
    WIRE_CACHE_SIZE = 20_000

    def __init__(
        self,
        scenario: Scenario,
        *,
        clock: Clock | None = None,
        seed: int | None = None,
        state_file: str | Path | None = None,
    ) -> None:
        self.lock = threading.RLock()
        self.clock = clock or Clock()
        self.now = self.clock.now()
        self._in_session = False
        self._clock_dirty = False
        self._store = Store(state_file) if state_file is not None else None
        if self._store is not None and self._store.has_state():
            # The state file wins over the configured scenario, seed and clock (docs/mock-guide.md Durability).
            self._restore(self._store.read(), resume_clock=True)
            self._mark_saved()
        else:
            self.seed = seed if seed is not None else secrets.randbits(62)
            self.load(scenario)
        self.clock.add_listener(self._on_clock_change)

    # ------------------------------------------------------------------ loading

    def load(self, scenario: Scenario) -> None:
        """(Re)start from ``scenario``: catalogue, stock and balances as given, no instances, fresh ids.

        The clock keeps running. With a state file the new state replaces the file's in one transaction.
        """
        with self.lock:
            self._install(
                scenario,
                ids=Ids(self.seed),
                stock=None,
                stock_base=None,
                accounts=None,
                pools={},
                events=EventQueue(),
                instances=[],
            )
            self._write_full()

    def reset(self) -> None:
        self.load(self.scenario)

    def _install(
        self,
        scenario: Scenario,
        *,
        ids: Ids,
        stock: dict[StockKey, int] | None,
        stock_base: dict[StockKey, int] | None,
        accounts: dict[str, dict[str, float]] | None,
        pools: dict[str, int],
        events: EventQueue,
        instances: list[Instance],
    ) -> None:
        """Swap in a complete state (everything computed beforehand, so a bad import changes nothing)."""
        catalog = Catalog.build(scenario)
        initial = {(z, t, ChargeType(c).value): q for (z, t, c), q in catalog.initial_stock().items()}
        self.scenario = scenario
        self.catalog = catalog
        self.stock: dict[StockKey, int] = dict(initial if stock is None else stock)
        self.stock_base: dict[StockKey, int] = dict(initial if stock_base is None else stock_base)
        self.balances: dict[str, float] = {a.account_id: a.balance for a in scenario.accounts}
        self.charged: dict[str, float] = {a.account_id: 0.0 for a in scenario.accounts}
        for acc, v in (accounts or {}).items():
            self.balances[acc] = float(v["balance"])
            self.charged[acc] = float(v["charged"])
        self.rng = random.Random(self.seed)  # for other parts of the mock; lifecycle dice come from ids
        self._ids = ids
        self.events = events
        self._derive_catalog()
        self._pool_next = dict(pools)
        self._pools: dict[str, ipam.Pool] = {}
        self.by_id: dict[str, Instance] = {}
        self.by_account: dict[str, dict[str, Instance]] = {a: {} for a in self._accounts}
        self.by_zone: dict[tuple[str, str], dict[str, Instance]] = {}
        self.held: dict[str, int] = dict.fromkeys(self._accounts, 0)
        self._wire_cache: OrderedDict[str, tuple[float, dict[str, Any]]] = OrderedDict()
        self._dirty: set[str] = set()
        self._dirty_pools: set[str] = set()
        self._stock_base_dirty = False
        for inst in sorted(instances, key=lambda i: (i.ctime, i.id)):
            self._index(inst)
            for key, addr in self._addresses(inst):
                self._pool(key).reserve(addr)
        for pool in self._pools.values():
            pool.rebuild_free()

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

    # ------------------------------------------------------------------ stock

    def qty(self, zone_id: str, type_id: str, charge_type: ChargeType | str) -> int | None:
        """Live stock, or None when the type is not sold in the zone with that charge type."""
        return self.stock.get((zone_id, type_id, str(charge_type)))

    def set_stock(self, zone_id: str, type_id: str, charge_type: ChargeType | str, qty: int) -> None:
        """Set the free stock of an offering (``/_mock`` stock set). The invariant baseline follows: units
        held by instances stay held, so ``stock + held == baseline`` keeps holding."""
        key = (zone_id, type_id, str(charge_type))
        if key not in self.stock:
            raise KeyError(key)
        if qty < 0:
            raise ValueError("qty must be >= 0")
        with self.lock:
            self.stock_base[key] += qty - self.stock[key]
            self.stock[key] = qty
            self._stock_base_dirty = True
            if not self._in_session:
                self._commit()

    def held_by_offering(self) -> dict[StockKey, int]:
        out: dict[StockKey, int] = dict.fromkeys(self.stock, 0)
        for inst in self.by_id.values():
            if inst.holds:
                key = (inst.zone, inst.type, inst.charge)
                out[key] = out.get(key, 0) + 1
        return out

    def invariants(self) -> dict[str, Any]:
        """Stock + instances holding stock vs the baseline per offering, money per account."""
        held = self.held_by_offering()
        offerings = []
        for key, qty in sorted(self.stock.items()):
            base = self.stock_base.get(key, 0)
            offerings.append(
                {"zoneId": key[0], "instanceTypeId": key[1], "chargeType": key[2], "stock": qty,
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

    # ------------------------------------------------------------------ sessions, drain, commit

    @contextmanager
    def session(self) -> Iterator[Backend]:
        with self.lock:
            if self._in_session:  # nested use on the same thread: the outer session commits
                yield self
                return
            self._in_session = True
            try:
                self.now = self.clock.now()
                try:
                    self.drain(self.now)
                except BaseException:
                    self._rollback()
                    raise
                try:
                    yield self
                except ApiError:
                    self._commit()  # the drain's effects; the handler applied nothing
                    raise
                except BaseException:
                    self._rollback()
                    raise
                self._commit()
            finally:
                self._in_session = False

    def drain(self, now: float) -> None:
        """Apply side effects due by ``now`` (refunds, auto-release, prepaid expiry), in time order."""
        q = self.events
        while (ev := q.pop_due(now)) is not None:
            self._apply_event(ev)

    def _apply_event(self, ev: Event) -> None:
        inst = self.by_id.get(ev.iid)
        if inst is None:
            return
        if ev.kind == FAIL:
            if inst.holds and inst.status(ev.at) == CREATE_FAILED:
                self._return_failed(inst)
        elif ev.kind == RELEASE:
            t, s = inst.current(ev.at)
            if s == RECYCLE and t + RECYCLE_RETENTION_SECONDS == ev.at:
                self._delete(inst)
        elif ev.kind == EXPIRE:
            self._expire(inst, ev.at)

    def _on_clock_change(self) -> None:
        with self.lock:
            self._clock_dirty = True
            if not self._in_session and self._store is not None:
                self._commit()

    def _delta(self) -> Delta:
        d = Delta()
        for iid in self._dirty:
            inst = self.by_id.get(iid)
            if inst is None:
                d.deletes.append(iid)
            else:
                d.upserts.append((iid, dumps(inst.to_record())))
        removed = set(self.events.removed)
        d.events_added = [(e.seq, e.at, e.kind, e.iid) for e in self.events.added if e.seq not in removed]
        d.events_removed = list(removed)
        if self.events.added:
            d.meta["eventSeq"] = self.events.seq
        d.stock = [(*k, q) for k, q in self.stock.items() if self._saved_stock.get(k) != q]
        d.accounts = [
            (a, b, self.charged[a])
            for a, b in self.balances.items()
            if self._saved_accounts.get(a) != (b, self.charged[a])
        ]
        d.pools = [(k, self._pools[k].next) for k in self._dirty_pools]
        ids = self._ids.snapshot()
        if ids != self._saved_ids:
            d.meta["ids"] = ids
        if self._stock_base_dirty:
            d.meta["stockBase"] = _stock_rows(self.stock_base)
        if self._clock_dirty:
            d.meta["clock"] = self.clock.persisted()
        return d

    def _commit(self) -> None:
        """Write what changed since the last commit (nothing to do in memory)."""
        if self._store is not None:
            d = self._delta()
            if d:
                try:
                    self._store.apply(d)
                except BaseException:
                    self._rollback()
                    raise
            self._mark_saved()
        else:
            self._clear_changes()

    def _clear_changes(self) -> None:
        self._dirty.clear()
        self._dirty_pools.clear()
        self.events.clear_changes()
        self._stock_base_dirty = False
        self._clock_dirty = False

    def _mark_saved(self) -> None:
        self._clear_changes()
        self._saved_stock = dict(self.stock)
        self._saved_accounts = {a: (b, self.charged[a]) for a, b in self.balances.items()}
        self._saved_ids = self._ids.snapshot()

    def _rollback(self) -> None:
        """Forget uncommitted changes: reload the last committed state (state file only)."""
        if self._store is None:
            self._clear_changes()
            return
        self._restore(self._store.read(), resume_clock=False)
        self._mark_saved()

    def _write_full(self) -> None:
        if self._store is not None:
            self._clock_dirty = False
            self._store.write_full(self.export_state())
            self._mark_saved()
        else:
            self._clear_changes()

    # ------------------------------------------------------------------ export / import

    def export_state(self, *, credentials: bool = True) -> dict[str, Any]:
        """The whole state as JSON-ready data: ``GET /_mock/state`` and the state file's rows.

        ``credentials=False`` (the HTTP export) masks the scenario's access key passwords and tokens; an import
        takes masked ones back from this server's own scenario, so an export still round-trips."""
        with self.lock:
            scenario = self.scenario.model_dump(mode="json", by_alias=True)
            if not credentials:
                scenario = _mask_credentials(scenario)
            return {
                "format": FORMAT,
                "scenario": scenario,
                "ids": self._ids.snapshot(),
                "clock": self.clock.persisted(),
                "stockBase": _stock_rows(self.stock_base),
                "eventSeq": self.events.seq,
                "stock": _stock_rows(self.stock),
                "accounts": {a: {"balance": b, "charged": self.charged[a]} for a, b in self.balances.items()},
                # Pools that never handed out an address are left out: a fresh pool starts the same way.
                "pools": {k: p.next for k, p in self._pools.items() if p.next != p.first} | {
                    k: v for k, v in self._pool_next.items() if k not in self._pools
                },
                "events": [[e.at, e.seq, e.kind, e.iid] for e in self.events.all()],
                "instances": [i.to_record() for i in self.by_id.values()],
            }

    def import_state(self, state: dict[str, Any], *, restore_clock: bool = True) -> None:
        """Replace everything with an exported state (``PUT /_mock/state``). ValueError when malformed;
        then nothing changes."""
        with self.lock:
            was, self._in_session = self._in_session, True  # the clock listener must not commit half of it
            try:
                self._restore(state, resume_clock=restore_clock)
                self._write_full()
            finally:
                self._in_session = was

    def _restore(self, state: dict[str, Any], *, resume_clock: bool) -> None:
        from ..scenarios.loader import load_scenario

        try:
            if state.get("format") != FORMAT:
                raise ValueError(f"`format` must be {FORMAT!r}")
            scenario = load_scenario(self._unmask_credentials(state["scenario"]))
            ids_state = dict(state["ids"])
            seed = int(ids_state.pop("seed"))
            ids = Ids(seed, ids_state)
            stock = {(z, t, ChargeType(c).value): int(q) for z, t, c, q in state["stock"]}
            base = {(z, t, ChargeType(c).value): int(q) for z, t, c, q in state["stockBase"]}
            events = []
            for at, seq, kind, iid in state["events"]:
                if kind not in KINDS:
                    raise ValueError(f"unknown event kind {kind!r}")
                events.append(Event(float(at), int(seq), str(kind), str(iid)))
            queue = EventQueue(events, int(state.get("eventSeq", 0)))
            instances = [Instance.from_record(r) for r in state["instances"]]
            accounts = {a: {"balance": float(v["balance"]), "charged": float(v["charged"])}
                        for a, v in state["accounts"].items()}  # fmt: skip
            pools = {str(k): int(v) for k, v in state["pools"].items()}
            clock = state["clock"]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"invalid state: {exc}") from None
        known = {a.account_id for a in scenario.accounts}
        for inst in instances:
            if inst.account not in known:
                raise ValueError(f"invalid state: instance {inst.id} belongs to unknown account {inst.account!r}")
        if len({i.id for i in instances}) != len(instances):
            raise ValueError("invalid state: duplicate instance id")
        self.seed = seed
        self._install(scenario, ids=ids, stock=stock, stock_base=base, accounts=accounts, pools=pools,
                      events=queue, instances=instances)  # fmt: skip
        if resume_clock:
            self.clock.resume(clock)
            self.now = self.clock.now()

    def _unmask_credentials(self, scenario: Any) -> Any:
        """Masked credentials of an export, filled in from this server's scenario (by key id / account)."""
        if not isinstance(scenario, dict) or not isinstance(scenario.get("accounts"), list):
            return scenario
        own = getattr(self, "scenario", None)  # none yet while a state file is being opened
        own_accounts = own.accounts if own is not None else []
        own_keys = {k.access_key_id: k.access_key_password for a in own_accounts for k in a.access_keys}
        own_tokens = {a.account_id: list(a.tokens) for a in own_accounts}
        accounts = []
        for acc in scenario["accounts"]:
            if not isinstance(acc, dict):
                accounts.append(acc)
                continue
            acc = dict(acc)
            keys = []
            for key in acc.get("accessKeys") or []:
                if isinstance(key, dict) and key.get("accessKeyPassword") == MASK:
                    kid = key.get("accessKeyId")
                    if kid not in own_keys:
                        raise ValueError(f"the password of access key {kid!r} is masked and unknown to this server")
                    key = {**key, "accessKeyPassword": own_keys[kid]}
                keys.append(key)
            if "accessKeys" in acc:
                acc["accessKeys"] = keys
            if MASK in (acc.get("tokens") or []):
                acc["tokens"] = own_tokens.get(acc.get("accountId"), [])
            accounts.append(acc)
        return {**scenario, "accounts": accounts}

    def close(self) -> None:
        self.clock.remove_listener(self._on_clock_change)
        if self._store is not None:
            self._store.close()

    # ------------------------------------------------------------------ instance bookkeeping

    def _index(self, inst: Instance) -> None:
        self.by_id[inst.id] = inst
        acc = self.by_account.setdefault(inst.account, {})
        _append_sorted(acc, inst)
        _append_sorted(self.by_zone.setdefault((inst.account, inst.zone), {}), inst)
        if inst.holds:
            self.held[inst.account] = self.held.get(inst.account, 0) + 1

    def _unindex(self, inst: Instance) -> None:
        del self.by_id[inst.id]
        del self.by_account[inst.account][inst.id]
        del self.by_zone[(inst.account, inst.zone)][inst.id]
        self._wire_cache.pop(inst.id, None)

    def _touch(self, inst: Instance) -> None:
        self._dirty.add(inst.id)
        self._wire_cache.pop(inst.id, None)

    def _pool(self, key: str) -> ipam.Pool:
        pool = self._pools.get(key)
        if pool is None:
            kind, _, rest = key.partition(":")
            nxt = self._pool_next.get(key)
            if kind == "pub4":
                pool = ipam.ipv4_public(self.catalog.zones[rest].public_ip_prefix, nxt)
            elif kind == "ipv6":
                prefix = self.catalog.zones[rest].ipv6_prefix
                if prefix is None:
                    raise KeyError(key)
                pool = ipam.ipv6(prefix, nxt)
            else:  # priv:<account>:<subnet id or empty>
                acc, _, subnet = rest.partition(":")
                cidr = self._subnet_cidr(acc, subnet) if subnet else ipam.default_private_cidr(
                    self._account_index.get(acc, 0)
                )
                pool = ipam.ipv4_private(cidr, nxt)
            self._pools[key] = pool
        return pool

    def _subnet_cidr(self, account_id: str, subnet_id: str) -> str:
        for s in self._accounts[account_id].subnets:
            if s.subnet_id == subnet_id:
                return s.cidr_block
        raise KeyError(subnet_id)

    @staticmethod
    def _addresses(inst: Instance) -> list[tuple[str, str]]:
        out = []
        if inst.pub4:
            out.append((f"pub4:{inst.zone}", inst.pub4))
        if inst.ipv6:
            out.append((f"ipv6:{inst.zone}", inst.ipv6))
        if inst.priv4:
            out.append((f"priv:{inst.account}:{inst.subnet or ''}", inst.priv4))
        return out

    def _allocate(self, key: str) -> str:
        addr = self._pool(key).allocate()
        self._dirty_pools.add(key)
        return addr

    def _free_addresses(self, inst: Instance) -> None:
        for key, addr in self._addresses(inst):
            self._pool(key).release(addr)
        inst.pub4 = inst.ipv6 = inst.priv4 = None

    def _return_failed(self, inst: Instance) -> None:
        """CREATE_FAILED: the unit of stock, the quota slot and the prepaid money go back; no addresses."""
        self._unhold(inst)
        self._refund(inst)
        self._free_addresses(inst)
        self._touch(inst)

    def _unhold(self, inst: Instance) -> None:
        if inst.holds:
            key = (inst.zone, inst.type, inst.charge)
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
        self._free_addresses(inst)
        self._unindex(inst)
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
        cached = self._wire_cache.get(inst.id)
        if cached is not None and now < cached[0]:
            return cached[1]
        from .records import wire

        w = wire(
            inst,
            inst.status(now),
            instance_type=self._type_wire[inst.type],
            image_name=self._image_name.get(inst.image) if inst.image else None,
            resource_group_name=self._rg_name.get((inst.account, inst.rg)),
        )
        cache = self._wire_cache
        cache[inst.id] = (inst.next_change(now), w)
        if len(cache) > self.WIRE_CACHE_SIZE:
            cache.popitem(last=False)
        return w

    def account(self, account_id: str) -> Account:
        try:
            return self._accounts[account_id]
        except KeyError:
            raise ApiError("INVALID_PARAMETER", f"Unknown account `{account_id}`.") from None


def _append_sorted(index: dict[str, Instance], inst: Instance) -> None:
    """Insert keeping (createTime, id) order; ids grow with creation, so this is an append in practice."""
    if index:
        last = index[next(reversed(index))]
        if (last.ctime, last.id) > (inst.ctime, inst.id):
            items = sorted([*index.values(), inst], key=lambda i: (i.ctime, i.id))
            index.clear()
            index.update((i.id, i) for i in items)
            return
    index[inst.id] = inst


def _stock_rows(stock: dict[StockKey, int]) -> list[list[Any]]:
    return [[z, t, c, q] for (z, t, c), q in sorted(stock.items())]


MASK = "***"


def _mask_credentials(scenario: dict[str, Any]) -> dict[str, Any]:
    accounts = []
    for acc in scenario.get("accounts", []):
        keys = [{**k, "accessKeyPassword": MASK} for k in acc.get("accessKeys", [])]
        accounts.append({**acc, "accessKeys": keys, "tokens": [MASK] if acc.get("tokens") else []})
    return {**scenario, "accounts": accounts}
