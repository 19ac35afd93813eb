"""The mock's backend, apart from the HTTP layer (moto's split): the state (state.py) and its operations
(instances.py) behind one lock, and -- with a state file -- one SQLite transaction per request.

Every request runs inside ``session()``: the lock is taken, time-based side effects due by "now" are
applied (``drain``), the handler runs, and whatever changed is committed before the session ends, so the
reply leaves only after the commit. Handlers validate everything before they change anything (an
``ApiError`` means "nothing applied"); if the commit itself fails, or a handler breaks half-way with any
other exception, the in-memory state is reloaded from the last commit (with a state file) and the error
propagates, so no half-applied request is ever visible. (In memory there is nothing to reload from; there the
validate-then-apply discipline of the handlers is the guarantee, and only a bug could break it.)
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from zltoolkit.api import ApiError, ChargeType

from ..scenarios.models import Scenario
from . import state_rows as sr
from .clock import Clock
from .events import EXPIRE, FAIL, RELEASE, AnyEvent, EventQueue
from .ids import Ids
from .instance_extras import Extras
from .instance_ops_groups import GroupOps
from .instance_ops_internet import NETCHANGE, InternetOps
from .instance_ops_monitoring import MonitoringOps
from .instance_seeds import SeedOps, check_seed_addresses
from .instances import InstanceOps
from .managed_instances import ManagedOps
from .market import MARKET, MarketOps, MarketState
from .network import NET_EXPIRE, NET_RELEASE, NetworkOps
from .pools import encode
from .records import CREATE_FAILED, RECYCLE
from .state_io import mask_credentials, parse_state
from .statefile import Store
from .stock import StockKey, sell_status, stock_rows
from .timeutil import RECYCLE_RETENTION_SECONDS

__all__ = ["Backend", "sell_status"]


class Backend(SeedOps, InstanceOps, InternetOps, MonitoringOps, GroupOps, ManagedOps, NetworkOps, MarketOps):
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
            self._restore_stored(resume_clock=True)
        else:
            self.seed = seed if seed is not None else secrets.randbits(62)
            self.load(scenario)
        self.clock.add_listener(self._on_clock_change)

    # ------------------------------------------------------------------ loading

    def load(self, scenario: Scenario) -> None:
        """(Re)start from ``scenario``: catalogue, stock and balances as given, the scenario's networking objects
        and instance seeds (instance_seeds.py), fresh ids.

        The clock keeps running. With a state file the new state replaces the file's in one transaction.
        """
        check_seed_addresses(scenario)  # ValueError before anything changes
        with self.lock:
            self.extras = Extras()
            self._install(scenario, ids=Ids(self.seed), stock=None, stock_base=None, accounts=None, pools={},
                          events=EventQueue(), instances=[])  # fmt: skip
            self._seed_network()
            self._seed_instances()
            self._install_market(None)
            self._write_full()

    def reset(self) -> None:
        self.load(self.scenario)

    def set_stock(self, zone_id: str, type_id: str, charge_type: ChargeType | str, qty: int) -> None:
        """Set the free stock of an offering (``/_mock`` stock set). The invariant baseline follows: units
        held by instances stay held, so ``stock + held == baseline`` keeps holding."""
        key = StockKey(zone_id, type_id, str(charge_type))
        if key not in self.stock:
            raise KeyError(key)
        if qty < 0:
            raise ValueError("qty must be >= 0")
        with self.lock:
            self.stock_base[key] += qty - self.stock[key]
            self.stock[key] = qty
            if not self._in_session:
                self._commit()

    # ------------------------------------------------------------------ sessions, events, commit

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
            EVENT_HANDLERS[ev.kind](self, ev)

    def _on_fail(self, ev: AnyEvent) -> None:
        inst = self.by_id.get(ev.subject)
        if inst is not None and inst.holds and inst.status(ev.at) == CREATE_FAILED:
            self._return_failed(inst)

    def _on_release(self, ev: AnyEvent) -> None:
        inst = self.by_id.get(ev.subject)
        if inst is not None:
            t, s = inst.current(ev.at)
            if s == RECYCLE and t + RECYCLE_RETENTION_SECONDS == ev.at:
                self._delete(inst)

    def _on_expire(self, ev: AnyEvent) -> None:
        inst = self.by_id.get(ev.subject)
        if inst is not None:
            self._expire(inst, ev.at)

    def _on_clock_change(self) -> None:
        with self.lock:
            self._clock_dirty = True
            if not self._in_session and self._store is not None:
                self._commit()

    def _delta(self) -> sr.Delta:
        d = sr.Delta()
        for iid in self._dirty:
            inst = self.by_id.get(iid)
            if inst is None:
                d.deletes.append((sr.INSTANCE, iid))
            else:
                d.upsert(sr.INSTANCE, sr.instance_row(inst.to_record()))
        removed = set(self.events.removed)
        d.events_added = [sr.EventRow(e.seq, e.at, e.kind, e.subject, e.payload)
                          for e in self.events.added if e.seq not in removed]  # fmt: skip
        d.events_removed = list(removed)
        if self.events.added:
            d.meta["eventSeq"] = self.events.seq
        for key, qty in self.stock.items():
            row = (qty, self.stock_base.get(key, 0))
            if self._saved_stock.get(key) != row:
                d.upsert(sr.STOCK, sr.stock_row(*key, qty=row[0], base=row[1]))
        for a, b in self.balances.items():
            if self._saved_accounts.get(a) != (b, self.charged[a]):
                d.upsert(sr.ACCOUNT, sr.account_row(a, b, self.charged[a]))
        for iid, data in self.extras.rows():
            if data is None:
                d.deletes.append((sr.INSTEXT, iid))
            else:
                d.upsert(sr.INSTEXT, (iid, data))
        for pool in self.pools.dirty:
            d.upsert(sr.POOL, sr.pool_row(encode(pool), self.pools.next_offset(pool)))
        for rid, obj in self.net.dirty.items():
            d.upsert(sr.NETWORK, (rid, obj.to_record()))
        d.deletes.extend((sr.NETWORK, rid) for rid in self.net.deleted)
        ids = self._ids.snapshot()
        if ids != self._saved_ids:
            d.meta["ids"] = ids
        if self._clock_dirty:
            d.meta["clock"] = self.clock.persisted()
        self._market_delta(d)
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
        self.pools.dirty.clear()
        self.extras.dirty.clear()
        self.net.clear_changes()
        self.events.clear_changes()
        self._clock_dirty = False

    def _mark_saved(self) -> None:
        self._clear_changes()
        self._saved_stock = {k: (q, self.stock_base.get(k, 0)) for k, q in self.stock.items()}
        self._saved_accounts = {a: (b, self.charged[a]) for a, b in self.balances.items()}
        self._saved_ids = self._ids.snapshot()
        self._market_mark_saved()

    def _rollback(self) -> None:
        """Forget uncommitted changes: reload the last committed state (state file only)."""
        if self._store is None:
            self._clear_changes()
            return
        self._restore_stored(resume_clock=False)

    def _write_full(self) -> None:
        if self._store is not None:
            self._clock_dirty = False
            self._store.write_full(sr.to_stored(self.export_state()))
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
            if scenario.get("market") is None:
                scenario.pop("market", None)  # a scenario without market parameters exports as it always did
            if not credentials:
                scenario = mask_credentials(scenario)
            return {
                "format": sr.EXPORT_FORMAT,
                "scenario": scenario,
                "ids": self._ids.snapshot(),
                "clock": self.clock.persisted(),
                "stockBase": stock_rows(self.stock_base),
                "eventSeq": self.events.seq,
                "stock": stock_rows(self.stock),
                "accounts": {a: {"balance": b, "charged": self.charged[a]} for a, b in self.balances.items()},
                "pools": self.pools.export(),
                "events": [sr.export_event(e.at, e.seq, e.kind, e.subject, e.payload) for e in self.events.all()],
                "instances": [i.to_record() for i in self.by_id.values()],
                "instanceExtras": self.extras.export(),
                "network": self.net.export(),
                **self.market.export_key(),
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

    def _restore_stored(self, *, resume_clock: bool) -> None:
        """Load the state file; one from before networking gets the scenario's networking objects, written
        at once so their addresses stay what clients see after the next restart."""
        assert self._store is not None
        if self._restore(sr.from_stored(self._store.read()), resume_clock=resume_clock):
            self._write_full()
        else:
            self._mark_saved()

    def _restore(self, state: dict[str, Any], *, resume_clock: bool) -> bool:
        """Install an export; True when it had no networking objects and the scenario's were seeded."""
        own = getattr(self, "scenario", None)  # none yet while a state file is being opened
        p = parse_state(state, own=own, event_kinds=EVENT_HANDLERS)
        extras = Extras.parse(state.get("instanceExtras"), {i.id for i in p.instances})
        self.seed = p.seed
        self._install(p.scenario, ids=p.ids, stock=p.stock, stock_base=p.stock_base, accounts=p.accounts,
                      pools=p.pools, events=p.events, instances=p.instances, network=p.network)  # fmt: skip
        self.extras = extras
        self._install_market(p.market if p.market is not None else MarketState())  # no key: never used
        if p.network is None:  # an export from before networking: the scenario's objects, drawn now
            self._seed_network()
        if resume_clock:
            self.clock.resume(p.clock)
            self.now = self.clock.now()
        return p.network is None

    def close(self) -> None:
        self.clock.remove_listener(self._on_clock_change)
        if self._store is not None:
            self._store.close()


#: What each event kind does when it falls due (a new kind of event is one entry here).
EVENT_HANDLERS: dict[str, Callable[[Backend, AnyEvent], None]] = {
    FAIL: Backend._on_fail,
    RELEASE: Backend._on_release,
    EXPIRE: Backend._on_expire,
    NETCHANGE: Backend._on_netchange,
    NET_EXPIRE: Backend._on_net_expire,  # networking (docs/mock-networking.md)
    NET_RELEASE: Backend._on_net_release,
    MARKET: Backend._on_market,
}
