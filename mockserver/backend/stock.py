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


class StockLevels(dict[StockKey, int]):
    """The live stock: a dict that counts its writes, so answers derived from it (DescribeAvailableResources'
    cached bytes) know when they are stale. Every change goes through ``stock[key] = qty``."""

    __slots__ = ("version",)

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.version = 0

    def __setitem__(self, key: StockKey, qty: int) -> None:
        self.version += 1
        super().__setitem__(key, qty)
