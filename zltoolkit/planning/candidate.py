"""The planner's record of one (zone, instance type, charge type) it could buy: specs, stock, price, checks.

Planning works on these typed records inside; DataFrames only at its edges (``options()`` builds the OPTIONS
frame from them with :meth:`Candidate.row`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from zltoolkit.api.enums import SellStatus

__all__ = ["SPEC_FIELDS", "Candidate", "Certainty", "Quote", "Specs"]

#: How much is known about a stock figure (the CERTAINTY dtype of the frames): an exact qty, only the
#: sellStatus band, or nothing.
Certainty = Literal["known", "band", "unknown"]

#: The specs "equal or better" compares, all of them "more is better".
SPEC_FIELDS = ("cores", "threads", "memory_gb", "disk_total_gb")


@dataclass(frozen=True, slots=True)
class Specs:
    """What an instance type offers (None = not reported)."""

    cores: int | None = None  # physical cores (cpuCores)
    threads: int | None = None
    memory_gb: int | None = None
    disk_total_gb: int | None = None
    raid_levels: tuple[int, ...] = ()

    @classmethod
    def of(cls, type_row: Mapping[str, Any]) -> Specs:
        """From a flattened INSTANCE_TYPES row (``views.catalog.instance_type_row``)."""
        return cls(type_row.get("cores"), type_row.get("threads"), type_row.get("memory_gb"),
                   type_row.get("disk_total_gb"), tuple(type_row.get("raid_levels") or ()))

    def at_least(self, other: Specs) -> bool:
        """Every spec ``other`` reports is reported here and is at least as large."""
        for name in SPEC_FIELDS:
            need = getattr(other, name)
            if need is None:
                continue
            have = getattr(self, name)
            if have is None or have < need:
                return False
        return True


@dataclass(frozen=True, slots=True)
class Quote:
    """The price of one instance of a candidate (None when the inquiry gave no fixed price)."""

    unit_monthly: float | None
    unit_total: float | None  # for the requirement's period
    error: str | None = None  # "CODE: message" when the inquiry failed


@dataclass(frozen=True, slots=True)
class Candidate:
    """One offered (zone, type) for the requirement's charge type, with its checks against the requirement.

    ``quote`` is None until priced (only candidates meeting specs, location and network are asked).
    """

    zone_id: str
    instance_type_id: str
    charge_type: str
    specs: Specs
    sell_status: str | None
    qty: int | None
    qty_min: int | None
    qty_max: int | None
    certainty: Certainty
    available: int  # what the planner may count on
    in_location: bool
    spec_failure: str | None  # why the specs do not fit (None: they do)
    network_failure: str | None  # why the network billing/bandwidth does not fit (None: it does)
    zone_name: str | None = None
    city: str | None = None
    area: str | None = None
    quote: Quote | None = None
    score: int | None = None  # placement score 1..10 from a stock history (None: no history given or none here)
    score_note: str | None = None

    # --- identity ---

    @property
    def key(self) -> tuple[str, str]:
        return self.zone_id, self.instance_type_id

    @property
    def label(self) -> str:
        return f"{self.zone_id}/{self.instance_type_id}"

    # --- checks ---

    @property
    def meets_specs(self) -> bool:
        return self.spec_failure is None

    @property
    def network_ok(self) -> bool:
        return self.network_failure is None

    @property
    def in_stock(self) -> bool:
        return self.available > 0

    @property
    def worth_pricing(self) -> bool:
        """Could be bought if in stock (sold-out ones too: the planner records them as picks it replaced)."""
        return self.meets_specs and self.in_location and self.network_ok

    @property
    def priced(self) -> bool:
        return self.unit_monthly is not None

    @property
    def eligible(self) -> bool:
        """What the placement algorithm walks: could be bought, with a price (stock may be zero)."""
        return self.worth_pricing and self.priced

    @property
    def feasible(self) -> bool:
        return self.eligible and self.in_stock

    @property
    def reason(self) -> str | None:
        """Why not feasible: the first failing check (None when feasible)."""
        if not self.in_location:
            return "outside the requested location"
        if self.spec_failure:
            return "specs: " + self.spec_failure
        if self.network_failure:
            return "network: " + self.network_failure
        if self.quote is not None and self.quote.error:
            return "price: " + self.quote.error
        if not self.in_stock:
            return "sold out" if self.sell_status == SellStatus.SOLD_OUT.value else "no stock information"
        return None

    # --- costs ---

    @property
    def unit_monthly(self) -> float | None:
        return self.quote.unit_monthly if self.quote is not None else None

    @property
    def unit_total(self) -> float | None:
        return self.quote.unit_total if self.quote is not None else None

    @property
    def unit_cost(self) -> float:
        """``unit_monthly`` of a candidate the algorithm places (those are priced by construction)."""
        unit = self.unit_monthly
        if unit is None:
            raise ValueError(f"{self.label} has no price: only priced candidates are placed")
        return unit

    @property
    def unit_period_cost(self) -> float:
        """``unit_total`` of a candidate the algorithm places (priced: an answer gives both or neither)."""
        total = self.unit_total
        if total is None:
            raise ValueError(f"{self.label} has no price: only priced candidates are placed")
        return total

    @property
    def per_core(self) -> float | None:
        unit, cores = self.unit_monthly, self.specs.cores
        return unit / cores if unit is not None and cores else None

    @property
    def per_gb(self) -> float | None:
        unit, memory = self.unit_monthly, self.specs.memory_gb
        return unit / memory if unit is not None and memory else None

    def sort_key(self, *, feasible_first: bool = True, rank_by: str = "cost") -> tuple[Any, ...]:
        """Feasible first, then cheapest per instance-month, then cheapest per core, then ids (deterministic).

        ``rank_by="score"``: the best placement score first (no score last), then as above.
        """
        unit, per_core = self.unit_monthly, self.per_core
        by_score: tuple[Any, ...] = ()
        if rank_by == "score":
            by_score = (self.score is None, -(self.score or 0))
        return ((not self.feasible) if feasible_first else False, *by_score, unit is None,
                unit if unit is not None else 0.0, per_core if per_core is not None else 0.0,
                self.zone_id, self.instance_type_id)

    # --- the frame edge ---

    def row(self, count: int, monthly_budget: float | None, rank: int | None) -> dict[str, Any]:
        """The OPTIONS row of this candidate for a requirement of ``count`` instances."""
        unit = self.unit_monthly
        return {
            "rank": rank, "zone_id": self.zone_id, "zone_name": self.zone_name, "city": self.city,
            "area": self.area, "instance_type_id": self.instance_type_id, "charge_type": self.charge_type,
            "cores": self.specs.cores, "threads": self.specs.threads, "memory_gb": self.specs.memory_gb,
            "disk_total_gb": self.specs.disk_total_gb, "raid_levels": self.specs.raid_levels,
            "sell_status": self.sell_status, "qty": self.qty, "qty_min": self.qty_min, "qty_max": self.qty_max,
            "certainty": self.certainty, "available": self.available,
            "unit_monthly": unit, "unit_total": self.unit_total,
            "monthly_total": unit * count if unit is not None else None,
            "per_core": self.per_core, "per_gb": self.per_gb, "score": self.score, "score_note": self.score_note,
            "meets_specs": self.meets_specs, "in_location": self.in_location, "network_ok": self.network_ok,
            "in_stock": self.in_stock, "priced": self.priced,
            "within_budget": monthly_budget is None or (unit is not None and unit * count <= monthly_budget),
            "feasible": self.feasible, "reason": self.reason,
        }
