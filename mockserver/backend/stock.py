"""Stock keys and the sell status a quantity reads as (docs/api-facts.md §5.3)."""

from __future__ import annotations

from typing import NamedTuple

from zltoolkit.api import SellStatus, limits


class StockKey(NamedTuple):
    """One offering sold with one charge type: the unit stock is counted in."""

    zone: str
    type: str
    charge: str  # a ChargeType value


def sell_status(qty: int) -> SellStatus:
    if qty <= 0:
        return SellStatus.SOLD_OUT
    if qty <= limits.SELL_SHORTAGE_MAX_QTY:
        return SellStatus.SELL_SHORTAGE
    return SellStatus.SELL


def stock_rows(stock: dict[StockKey, int]) -> list[list[str | int]]:
    """The export form: ``[zone, type, charge, qty]`` rows in key order."""
    return [[z, t, c, q] for (z, t, c), q in sorted(stock.items())]
