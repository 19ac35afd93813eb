"""The market's parameters in a scenario (``"market": {...}``, all optional; docs/capacity-over-time.md).

Other tenants hold a share of every offering's machines. The share they aim for is ``utilisation`` times the
zone's busyness (``zoneBusyness``, else its area's ``areaBusyness``) times the type's ``typePopularity``; the
default factors make popular types in busy zones sell out now and then and come back.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

#: Busier areas: demand relative to an average zone.
DEFAULT_AREA_BUSYNESS: dict[str, float] = {
    "Asia": 1.3,
    "North America": 1.15,
    "Europe": 1.0,
    "Latin America": 0.8,
    "Oceania": 0.8,
    "Africa": 0.6,
}

#: Popular types: demand relative to an average type.
DEFAULT_TYPE_POPULARITY: dict[str, float] = {
    "M6C": 1.35,
    "M9O": 1.2,
    "S9I": 1.15,
    "M7D": 1.1,
    "G1A": 1.25,
    "L4A": 0.7,
    "L2X": 0.6,
}

#: Hours the UTC day is shifted by per area, so each area's demand peaks in its own afternoon.
AREA_UTC_OFFSET_HOURS: dict[str, float] = {
    "Asia": 8.0,
    "North America": -6.0,
    "Europe": 1.0,
    "Latin America": -4.0,
    "Oceania": 10.0,
    "Africa": 2.0,
}


class MarketParams(BaseModel):
    """Parameters of the other tenants' demand (every field has a default)."""

    model_config = ConfigDict(
        extra="forbid", alias_generator=to_camel, validate_by_name=True, validate_by_alias=True,
        serialize_by_alias=True, frozen=True,
    )

    step_seconds: float = Field(default=3600.0, ge=60)  # the process moves on this grid of clock time
    utilisation: float = Field(default=0.6, ge=0, le=2)  # share of capacity others hold in an average zone
    hold_hours: float = Field(default=48.0, gt=0)  # mean time another tenant keeps a machine
    diurnal: float = Field(default=0.3, ge=0, le=1)  # amplitude of the daily demand cycle
    burst_probability: float = Field(default=0.01, ge=0, le=1)  # per offering and step: a big order arrives
    burst_fraction: float = Field(default=0.3, ge=0, le=1)  # up to this share of capacity per big order
    max_utilisation: float = Field(default=1.2, ge=0, le=2)  # cap on the combined factors
    area_busyness: dict[str, float] = Field(default_factory=lambda: dict(DEFAULT_AREA_BUSYNESS))
    zone_busyness: dict[str, float] = Field(default_factory=dict)  # per zone id; wins over its area
    type_popularity: dict[str, float] = Field(default_factory=lambda: dict(DEFAULT_TYPE_POPULARITY))

    def target(self, zone_id: str, area: str, type_id: str) -> float:
        """The share of an offering's capacity other tenants aim to hold."""
        busy = self.zone_busyness.get(zone_id, self.area_busyness.get(area, 1.0))
        return min(self.max_utilisation, self.utilisation * busy * self.type_popularity.get(type_id, 1.0))
