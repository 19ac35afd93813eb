"""The market: other tenants' demand and returns per offering, under the mock clock (docs/capacity-over-time.md).

Off by default (``zl-mock --market on``, ``POST /_mock/market``). While on, one ``market`` event sits in the
event queue at the next point of the ``stepSeconds`` grid (Unix time multiples, so the grid never depends on
when the market was switched on); draining it moves every offering one step (market_process.py) and pushes
the next. One event per step for all offerings keeps a simulated month at ~720 events.

What other tenants hold is ``market_taken`` per offering: ``stock + held by instances + taken == baseline``
(``/_mock/invariants``). Switching the market off freezes what they hold; a reset or a new scenario gives it
all back (and warm-starts again when the market is on). The switch and the parameter overrides are server
settings: they survive a reset, and are stored with the state (export key ``market``, row kind ``market``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from zltoolkit.api import ChargeType

from ..scenarios.market import AREA_UTC_OFFSET_HOURS, MarketParams
from . import market_process as mp
from . import state_rows as sr
from .events import AnyEvent
from .state import BackendState
from .stock import StockKey, stock_rows

#: The event kind and subject of a market step.
MARKET = "market"


@dataclass
class MarketState:
    """The market as exported: the switch, parameter overrides, the next step and what others hold."""

    enabled: bool = False
    overrides: dict[str, Any] = field(default_factory=dict)
    next_at: float | None = None
    taken: dict[StockKey, int] = field(default_factory=dict)

    def export(self) -> dict[str, Any]:
        return {"enabled": self.enabled, "overrides": dict(self.overrides), "nextAt": self.next_at,
                "taken": stock_rows(self.taken)}  # fmt: skip

    def export_key(self) -> dict[str, Any]:
        """``{"market": ...}`` for the export, or nothing while the market was never used (so the exports of
        a mock without it are what they always were)."""
        if not (self.enabled or self.overrides or any(self.taken.values()) or self.next_at is not None):
            return {}
        return {"market": self.export()}


def parse_market(raw: Any) -> MarketState | None:
    """An export's ``market`` value (None when absent: an export from before the market). ValueError when
    malformed."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ValueError("`market` must be an object")
    overrides = dict(raw.get("overrides") or {})
    params(None, overrides)  # validates
    nxt = raw.get("nextAt")
    taken = {StockKey(str(z), str(t), ChargeType(c).value): int(q) for z, t, c, q in raw.get("taken") or []}
    if any(q < 0 for q in taken.values()):
        raise ValueError("`market.taken` must not be negative")
    return MarketState(bool(raw.get("enabled", False)), overrides, None if nxt is None else float(nxt), taken)


def params(base: MarketParams | None, overrides: dict[str, Any]) -> MarketParams:
    """The scenario's parameters (or the defaults) with ``overrides`` (wire names) applied; ValueError names
    the bad field."""
    data = (base or MarketParams()).model_dump(by_alias=True)
    data.update(overrides)
    try:
        return MarketParams.model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(p) for p in err["loc"])
        raise ValueError(f"market parameter `{where}`: {err['msg']}") from None


class MarketOps(BackendState):
    """The market's part of the backend (mixed into ``Backend``)."""

    market: MarketState
    _market_saved: tuple[bool, dict[str, Any], float | None, dict[StockKey, int]] | None = None

    # --- installing (load, reset, import) ---

    def _install_market(self, state: MarketState | None) -> None:
        """After ``_install``: ``state`` from an import or a state file, else (a load or reset) a fresh market
        with the current switch and overrides."""
        if state is None:
            old = getattr(self, "market", None) or MarketState()
            self.market = MarketState(old.enabled, dict(old.overrides))
            self._market_prepare()
            if self.market.enabled:
                self._market_switch_on()
        else:
            state.taken = {k: q for k, q in state.taken.items() if k in self.stock}
            self.market = state
            self._market_prepare()

    def _market_prepare(self) -> None:
        """Per-offering keys and targets for the current parameters and catalogue."""
        p = self.market_params()
        zones = self.catalog.zones
        self._market_p = p
        self._market_keys = {k: mp.offering_key(self.seed, *k) for k in self.stock}
        self._market_area = {z: zones[z].area_name for z in {k.zone for k in self.stock}}
        self._market_target = {k: p.target(k.zone, self._market_area[k.zone], k.type) for k in self.stock}
        self._market_rates = {k: mp.StepRates(p.step_seconds / 3600.0, p.hold_hours, t, p.burst_probability,
                                              p.burst_fraction) for k, t in self._market_target.items()}  # fmt: skip

    def market_params(self) -> MarketParams:
        return params(self.scenario.market, self.market.overrides)

    # --- control ---

    def set_market(self, enabled: bool | None = None, overrides: dict[str, Any] | None = None) -> None:
        """Switch the market and/or change parameter overrides (merged into the current ones; ``None``
        removes one). ValueError (nothing changed) when a parameter is invalid."""
        with self.lock:
            merged = dict(self.market.overrides)
            for k, v in (overrides or {}).items():
                if v is None:
                    merged.pop(k, None)
                else:
                    merged[k] = v
            params(self.scenario.market, merged)  # validate before anything changes
            was_on = self.market.enabled
            self.market.overrides = merged
            self._market_prepare()
            on = was_on if enabled is None else bool(enabled)
            self.market.enabled = on
            if on and (not was_on or overrides):
                self._market_switch_on(warm=not was_on)
            elif not on:
                self.market.next_at = None  # the queued step becomes a no-op
            if not self._in_market_session():
                self._market_commit()

    def _in_market_session(self) -> bool:
        return bool(getattr(self, "_in_session", False))

    def _market_commit(self) -> None:
        commit = getattr(self, "_commit", None)
        if commit is not None:
            commit()

    def _market_switch_on(self, *, warm: bool = True) -> None:
        """Schedule the next step on the grid after now; ``warm``: other tenants start near equilibrium."""
        every = self._market_p.step_seconds
        k = math.floor(self.now / every) + 1
        if warm:
            for key in sorted(self.stock):
                cap = self.stock_base.get(key, 0)
                if cap <= 0 or self.market.taken.get(key, 0):
                    continue
                got = mp.warm_start(self._market_keys[key], k, stock=self.stock[key], capacity=cap,
                                    target=self._market_target[key])
                if got:
                    self.stock[key] -= got
                    self.market.taken[key] = got
        self.market.next_at = k * every
        self.events.push(k * every, MARKET, MARKET)

    # --- the step event ---

    def _on_market(self, ev: AnyEvent) -> None:
        m = self.market
        if not m.enabled or m.next_at != ev.at:
            return  # stale: the market was switched off or its grid changed
        self._market_step(ev.at)
        nxt = ev.at + self._market_p.step_seconds
        m.next_at = nxt
        self.events.push(nxt, MARKET, MARKET)

    def _market_step(self, at: float) -> None:
        p = self._market_p
        k = round(at / p.step_seconds)
        stock, taken, base = self.stock, self.market.taken, self.stock_base
        keys, all_rates, areas = self._market_keys, self._market_rates, self._market_area
        daily_by_area: dict[str, float] = {}
        for key in keys:
            cap = base.get(key, 0)
            if cap <= 0:
                continue
            area = areas[key.zone]
            daily = daily_by_area.get(area)
            if daily is None:
                daily = mp.daily_factor(at, AREA_UTC_OFFSET_HOURS.get(area, 0.0), p.diurnal)
                daily_by_area[area] = daily
            rates = all_rates[key]
            had = taken.get(key, 0)
            free = stock[key]
            returned, took = mp.step(keys[key], k, stock=free, taken=had, capacity=cap, daily=daily, rates=rates)
            if returned or took:
                stock[key] = free + returned - took
                taken[key] = had - returned + took

    # --- invariants, export, rows ---

    def invariants(self) -> dict[str, Any]:
        """``stock + held + taken by the market == initial`` per offering (the base check plus the market)."""
        out = super().invariants()
        taken = self.market.taken
        for o in out["offerings"]:
            key = StockKey(o["zoneId"], o["instanceTypeId"], o["chargeType"])
            m = taken.get(key, 0)
            o["market"] = m
            o["ok"] = o["stock"] + o["held"] + m == o["initial"] and o["stock"] >= 0 and m >= 0
        out["ok"] = all(o["ok"] for o in out["offerings"]) and all(a["ok"] for a in out["accounts"])
        return out

    def market_view(self) -> dict[str, Any]:
        """``GET /_mock/market``: the switch, the effective parameters and what others hold per offering."""
        with self.lock:
            m = self.market
            offerings = [
                {"zoneId": k.zone, "instanceTypeId": k.type, "chargeType": k.charge, "taken": m.taken.get(k, 0),
                 "stock": q, "target": round(self._market_target.get(k, 0.0), 4)}
                for k, q in sorted(self.stock.items())
            ]  # fmt: skip
            return {"enabled": m.enabled, "params": self._market_p.model_dump(mode="json", by_alias=True),
                    "overrides": dict(m.overrides), "nextStep": m.next_at,
                    "taken": sum(m.taken.values()), "offerings": offerings}  # fmt: skip

    def _market_delta(self, d: sr.Delta) -> None:
        m, saved = self.market, self._market_saved
        if not m.export_key() and saved is None:
            return
        settings = (m.enabled, m.overrides, m.next_at)
        if saved is None or saved[:3] != settings:
            d.upsert(sr.MARKET, sr.market_settings_row(m.enabled, m.overrides, m.next_at))
        old = saved[3] if saved is not None else {}
        for key, q in m.taken.items():
            if old.get(key) != q:
                d.upsert(sr.MARKET, sr.market_taken_row(*key, taken=q))

    def _market_mark_saved(self) -> None:
        m = self.market
        unused = not m.export_key()
        self._market_saved = None if unused else (m.enabled, dict(m.overrides), m.next_at, dict(m.taken))
