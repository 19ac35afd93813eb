"""The mock's state, apart from the HTTP layer (moto's split): catalogue, stock, money, clock, one lock.

Every request runs inside ``session()``: the lock is taken and time-based side effects due by "now" are
applied first, so every read sees a consistent world.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from zltoolkit.api import ChargeType, SellStatus, limits

from ..scenarios.models import Scenario
from .catalog import Catalog
from .clock import Clock


def sell_status(qty: int) -> SellStatus:
    if qty <= 0:
        return SellStatus.SOLD_OUT
    if qty <= limits.SELL_SHORTAGE_MAX_QTY:
        return SellStatus.SELL_SHORTAGE
    return SellStatus.SELL


class Backend:
    def __init__(self, scenario: Scenario, *, clock: Clock | None = None, seed: int | None = None) -> None:
        self.lock = threading.RLock()
        self.clock = clock or Clock()
        self.seed = seed
        self.load(scenario)

    def load(self, scenario: Scenario) -> None:
        """(Re)start from ``scenario``: catalogue, stock and balances as the scenario gives them."""
        with self.lock:
            self.scenario = scenario
            self.catalog = Catalog.build(scenario)
            self.stock: dict[tuple[str, str, ChargeType], int] = self.catalog.initial_stock()
            self.balances: dict[str, float] = {a.account_id: a.balance for a in scenario.accounts}
            self.rng = random.Random(self.seed)

    def reset(self) -> None:
        self.load(self.scenario)

    def qty(self, zone_id: str, type_id: str, charge_type: ChargeType) -> int | None:
        """Live stock, or None when the type is not sold in the zone with that charge type."""
        return self.stock.get((zone_id, type_id, charge_type))

    @contextmanager
    def session(self) -> Iterator[Backend]:
        with self.lock:
            self.drain(self.clock.now())
            yield self

    def drain(self, now: float) -> None:
        """Apply side effects due by ``now`` (refunds, auto-release, prepaid expiry)."""
