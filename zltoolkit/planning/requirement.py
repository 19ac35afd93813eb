"""What the user needs: a pydantic model, validated when built."""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from zltoolkit.api.enums import ChargeType, InternetChargeType


class Requirement(BaseModel):
    """N machines of at least these specs, somewhere, billed so, spread so, under a budget.

    * ``min_cores`` means physical cores (``cpuCores``), not ``cpuCoreCount`` (threads as the API reports it).
    * ``zones`` / ``cities`` / ``areas`` restrict where (a zone must match every filter given; case-insensitive
      for cities and areas).
    * Spread: ``min_zones`` uses at least that many zones; ``tolerate_zone_loss=k`` places
      ceil(count / (Z - k)) in each of Z zones so that losing any k of them still leaves >= count.
    * ``monthly_budget``: over it the plan is infeasible (``budget_strict``) or carries a warning.
    * ``trust_band``: when a zone only says SELL (no qty), count on more than the band's minimum (11).
    * ``rank_by``: ``"cost"`` (cheapest first, the default) or ``"score"``: the best placement score first
      (from a stock history passed as ``history=`` to options/plan; :mod:`zltoolkit.history.scores`), then
      the cheapest. Either way the score is shown beside the cost when a history is given.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    count: int = Field(ge=1)
    min_cores: int | None = Field(default=None, ge=1)
    min_threads: int | None = Field(default=None, ge=1)
    min_memory_gb: int | None = Field(default=None, ge=1)
    min_disk_gb: int | None = Field(default=None, ge=0)
    raid_level: Literal[0, 1, 5, 10] | None = None
    instance_types: list[str] | None = None
    zones: list[str] | None = None
    cities: list[str] | None = None
    areas: list[str] | None = None
    charge_type: ChargeType = ChargeType.POSTPAID
    period: int = Field(default=1, ge=1)  # months: the prepaid period; the horizon of the total for postpaid
    internet_charge_type: InternetChargeType = InternetChargeType.BY_BANDWIDTH
    bandwidth_mbps: int = Field(default=1, ge=1)
    traffic_package_tb: float | None = Field(default=None, gt=0)
    monthly_budget: float | None = Field(default=None, gt=0)
    budget_strict: bool = True
    min_zones: int = Field(default=1, ge=1)
    tolerate_zone_loss: int = Field(default=0, ge=0)
    image_id: str | None = None
    trust_band: bool = False
    rank_by: Literal["cost", "score"] = "cost"

    @field_validator("instance_types", "zones", "cities", "areas", mode="before")
    @classmethod
    def _one_or_many(cls, v: object) -> object:
        if isinstance(v, str):
            return [v]
        return list(v) if isinstance(v, (tuple, set, frozenset)) else v

    @property
    def score_count(self) -> int:
        """Instances one offering would hold under the spread: the ``count`` a placement score is asked for."""
        return self.per_zone(self.zones_needed)

    @property
    def zones_needed(self) -> int:
        """The fewest zones the spread allows."""
        return max(self.min_zones, self.tolerate_zone_loss + 1)

    def per_zone(self, zones: int) -> int:
        """Instances each of ``zones`` zones holds under ``tolerate_zone_loss`` (ceil(count / (zones - k)))."""
        k = self.tolerate_zone_loss
        if zones <= k:
            raise ValueError(f"{zones} zones cannot tolerate losing {k}")
        return math.ceil(self.count / (zones - k))

    def describe(self) -> str:
        parts = [f"{self.count} x"]
        specs = [f"≥{v} {u}" for v, u in ((self.min_cores, "cores"), (self.min_threads, "threads"),
                                           (self.min_memory_gb, "GB RAM"), (self.min_disk_gb, "GB disk"))
                 if v is not None]
        parts.append(", ".join(specs) or "any type")
        if self.raid_level is not None:
            parts.append(f"RAID{self.raid_level}")
        where = [", ".join(x) for x in (self.zones, self.cities, self.areas) if x]
        parts.append("in " + " / ".join(where) if where else "anywhere")
        parts.append(f"{self.charge_type.value}" + (f" {self.period} mo" if self.charge_type is ChargeType.PREPAID
                                                      else ""))
        if self.tolerate_zone_loss:
            parts.append(f"survive losing {self.tolerate_zone_loss} zone(s)")
        if self.min_zones > 1:
            parts.append(f"≥{self.min_zones} zones")
        if self.monthly_budget is not None:
            parts.append(f"≤{self.monthly_budget:,.2f}/month")
        if self.rank_by == "score":
            parts.append("ranked by placement score")
        return " ".join(parts)
