"""Requirement -> Plan: allocations per (zone, type), costs, warnings, and reasons when infeasible."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from zltoolkit.common.frames import CERTAINTY, CHARGE_TYPE, FLOAT, INT, SELL_STATUS, STR, Schema, frame
from zltoolkit.common.source import Source, sync_client

from . import algorithm
from .candidate import Candidate
from .options import Candidates, History, candidates
from .requirement import Requirement

ALLOCATIONS: Schema = {
    "zone_id": STR,
    "city": STR,
    "area": STR,
    "instance_type_id": STR,
    "count": INT,
    "unit_monthly": FLOAT,
    "monthly_cost": FLOAT,
    "unit_total": FLOAT,
    "total_cost": FLOAT,
    "charge_type": CHARGE_TYPE,
    "period": INT,
    "internet_charge_type": STR,
    "bandwidth_mbps": INT,
    "sell_status": SELL_STATUS,
    "qty": INT,
    "available": INT,
    "certainty": CERTAINTY,
    "fallback_for": STR,  # "ZONE/TYPE" of the pick(s) this allocation replaces
    "fallback_kind": STR,
}
#: Near-budget warning threshold (fraction of the budget).
BUDGET_WARN_FRACTION = 0.9


@dataclass(frozen=True)
class Allocation:
    """``count`` instances of one type in one zone, at the prices and stock seen when planning."""

    zone_id: str
    instance_type_id: str
    count: int
    unit_monthly: float
    unit_total: float
    charge_type: str
    period: int
    internet_charge_type: str
    bandwidth_mbps: int
    city: str | None = None
    area: str | None = None
    sell_status: str | None = None
    qty: int | None = None
    available: int = 0
    certainty: str = "unknown"
    fallback_for: str | None = None
    fallback_kind: str | None = None

    @property
    def monthly_cost(self) -> float:
        return self.unit_monthly * self.count

    @property
    def total_cost(self) -> float:
        return self.unit_total * self.count

    def as_row(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in ALLOCATIONS if k not in ("monthly_cost", "total_cost")}
        return {**d, "monthly_cost": self.monthly_cost, "total_cost": self.total_cost}


@dataclass
class Plan:
    """The outcome of :func:`plan`. Infeasible requirements give ``allocations == []`` and ``reasons``."""

    requirement: Requirement
    allocations: list[Allocation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    options: pd.DataFrame | None = field(default=None, repr=False)
    endpoint: str | None = None
    per_zone: int | None = None  # instances per zone under tolerate_zone_loss
    # What request validation needs (instance type models, max bandwidth per offering, the image).
    _context: Candidates | None = field(default=None, repr=False)
    _image: Any = field(default=None, repr=False)

    @property
    def feasible(self) -> bool:
        return bool(self.allocations) and not self.reasons

    @property
    def table(self) -> pd.DataFrame:
        """The allocations as a DataFrame (ALLOCATIONS schema; empty but typed when infeasible)."""
        return frame([a.as_row() for a in self.allocations], ALLOCATIONS)

    @property
    def count(self) -> int:
        return sum(a.count for a in self.allocations)

    @property
    def zones(self) -> list[str]:
        return sorted({a.zone_id for a in self.allocations})

    @property
    def monthly_cost(self) -> float:
        return float(sum(a.monthly_cost for a in self.allocations))

    @property
    def total_cost(self) -> float:
        """Cost for the requirement's period (prepaid: as quoted; postpaid: monthly x period)."""
        return float(sum(a.total_cost for a in self.allocations))

    @property
    def fallbacks(self) -> list[Allocation]:
        return [a for a in self.allocations if a.fallback_for]

    def by_zone(self) -> pd.DataFrame:
        t = self.table
        return (t.groupby("zone_id", observed=True)
                .agg(count=("count", "sum"), monthly_cost=("monthly_cost", "sum")).reset_index())

    def summary(self) -> str:
        req = self.requirement
        if not self.feasible:
            return "Infeasible plan for " + req.describe() + ":\n" + "\n".join(f"- {r}" for r in self.reasons)
        head = (f"{self.count} x {req.charge_type.value} in {len(self.zones)} zone(s) "
                f"({', '.join(self.zones)}): {self.monthly_cost:,.2f}/month, "
                f"{self.total_cost:,.2f} for {req.period} month(s)")
        return head + "".join(f"\n! {w}" for w in self.warnings)

    def __repr__(self) -> str:
        if not self.feasible:
            return f"<Plan infeasible: {'; '.join(self.reasons)}>"
        return f"<Plan feasible: {self.summary().splitlines()[0]}; {len(self.warnings)} warning(s)>"

    def _repr_html_(self) -> str:
        items = self.warnings if self.feasible else self.reasons
        lines = "".join(f"<li>{html.escape(x)}</li>" for x in items)
        body = self.table.to_html(index=False) if self.feasible else ""
        return (f"<div><b>{html.escape(self.summary().splitlines()[0])}</b>{body}"
                + (f"<ul>{lines}</ul>" if lines else "") + "</div>")

    # Request building and applying live in planning.apply (kept apart: they talk to the API).
    def to_requests(self, name_prefix: str = "zl", **kwargs: Any) -> list[Any]:
        """One CreateInstancesRequest per (zone, type), chunked to ≤100; see :func:`planning.apply.to_requests`."""
        from .apply import to_requests

        return to_requests(self, name_prefix=name_prefix, **kwargs)

    def recheck(self, client: Source, **kwargs: Any) -> pd.DataFrame:
        """Stock and price now vs. at planning time (see :func:`planning.apply.recheck`)."""
        from .apply import recheck

        return recheck(self, client, **kwargs)

    def apply(self, client: Source, confirm: bool = False, **kwargs: Any) -> pd.DataFrame:
        """Re-check, create, watch (see :func:`planning.apply.apply`). Needs ``confirm=True``."""
        from .apply import apply

        return apply(self, client, confirm=confirm, **kwargs)


def _allocations(result: algorithm.Result, req: Requirement) -> list[Allocation]:
    out = []
    for p in sorted(result.placements.values(), key=lambda p: p.cand.sort_key()):
        if not p.count:
            continue
        c = p.cand
        out.append(Allocation(
            zone_id=c.zone_id, instance_type_id=c.instance_type_id, count=p.count,
            unit_monthly=c.unit_cost, unit_total=c.unit_period_cost,
            charge_type=req.charge_type.value, period=req.period,
            internet_charge_type=req.internet_charge_type.value, bandwidth_mbps=req.bandwidth_mbps,
            city=c.city, area=c.area, sell_status=c.sell_status, qty=c.qty,
            available=c.available, certainty=c.certainty,
            fallback_for=", ".join(p.fallback_for) or None, fallback_kind=", ".join(p.fallback_kind) or None,
        ))
    return out


def _why_no_candidates(df: pd.DataFrame, ctx: Candidates, req: Requirement) -> list[str]:
    """Reasons when nothing is even a candidate: location, specs, network, price."""
    if ctx.zones_matched == 0:
        where = {k: v for k, v in (("zones", req.zones), ("cities", req.cities), ("areas", req.areas)) if v}
        return [f"no zone matches {where}"]
    if ctx.types_meeting_specs == 0:
        return [f"no instance type meets the specs ({req.describe()})"]
    here = df[df.in_location.fillna(False)]
    if here.empty:
        return [f"nothing is offered as {req.charge_type.value} in the requested location"]
    spec_ok = here[here.meets_specs.fillna(False)]
    if spec_ok.empty:
        return [f"no instance type meeting the specs is offered as {req.charge_type.value} "
                f"in the requested location"]
    net_ok = spec_ok[spec_ok.network_ok.fillna(False)]
    if net_ok.empty:
        reasons = sorted(set(spec_ok.reason.dropna().astype(str)))
        return ["no candidate supports the network billing: " + "; ".join(reasons[:5])]
    return ["no candidate could be priced: " + "; ".join(sorted(set(net_ok.reason.dropna().astype(str)))[:5])]


def _stock_reason(cands: list[Candidate], req: Requirement, placed: int) -> str:
    total = sum(c.available for c in cands)
    zones = len({c.zone_id for c in cands if c.available})
    msg = (f"not enough stock: {placed} of {req.count} could be placed "
           f"({total} available over {zones} zone(s) among eligible candidates")
    if any(c.certainty == "band" for c in cands) and not req.trust_band:
        msg += "; zones that only report SELL count as 11 -- set trust_band=True to count on more"
    return msg + ")"


def _warnings(result: algorithm.Result, allocs: list[Allocation], req: Requirement) -> list[str]:
    w: list[str] = []
    for s in result.shorts:
        c = s.cand
        state = "sold out" if s.got == 0 else f"short: {s.got} of {s.wanted}"
        moved = "; ".join(f"{n} on {lbl} ({kind})" for lbl, n, kind in s.replaced_by)
        w.append(f"{c.label} {state} ({c.sell_status or 'status unknown'})"
                 + (f" -> fallback {moved}" if moved else " -> placed elsewhere"))
    for a in allocs:
        if a.certainty == "band":
            w.append(f"{a.zone_id}/{a.instance_type_id}: stock known only as {a.sell_status} (qty not reported); "
                     f"{a.count} planned may not all be there at create time")
        elif a.certainty == "unknown":
            w.append(f"{a.zone_id}/{a.instance_type_id}: stock unknown; {a.count} planned")
        elif a.count >= a.available:
            w.append(f"{a.zone_id}/{a.instance_type_id}: takes all {a.available} left; another buyer could "
                     f"make the create fail")
    w.extend(result.notes)
    if result.zones_total is not None:
        provisioned = sum(a.count for a in allocs)
        w.append(f"tolerating the loss of {req.tolerate_zone_loss} zone(s): {result.zones_total} zone(s) x "
                 f"{result.per_zone} = {provisioned} instances for {req.count} needed")
    return w


def plan(client: Source, req: Requirement, *, progress: bool = False, cache: bool = True,
         history: History = None) -> Plan:
    """Plan ``req`` against live stock and prices. Never raises for an infeasible requirement: the plan is
    empty and ``reasons`` says why. The algorithm is described in :mod:`zltoolkit.planning.algorithm`.

    ``history`` (a stock history) gives the options their placement scores; with ``req.rank_by == "score"``
    the greedy walk takes the best-scored candidates first (zone-loss tolerance still picks the cheapest
    zones).
    """
    ctx = candidates(client, req, progress=progress, cache=cache, history=history)
    df = ctx.frame
    endpoint = str(getattr(getattr(client, "client", client), "endpoint", "")) or None

    def infeasible(*reasons: str, warnings: list[str] | None = None) -> Plan:
        return Plan(req, [], list(warnings or []), list(reasons), df, endpoint, _context=ctx)

    if req.count < req.min_zones:
        return infeasible(f"min_zones={req.min_zones} needs at least that many instances (count={req.count})")
    # Sold-out candidates stay in: a cheap pick that is sold out is what a fallback replaces.
    cands = sorted((c for c in ctx.candidates if c.eligible),
                   key=lambda c: c.sort_key(feasible_first=False, rank_by=req.rank_by))
    if not cands:
        return infeasible(*_why_no_candidates(df, ctx, req))
    if not any(c.available for c in cands):
        return infeasible(f"every eligible candidate is sold out ({len(cands)} (zone, type) pairs)")

    if req.tolerate_zone_loss:
        result = algorithm.place_zone_loss(cands, req)
        if result is None:
            zones_with_stock = len({c.zone_id for c in cands if c.available})
            need = req.zones_needed
            return infeasible(
                f"tolerate_zone_loss={req.tolerate_zone_loss} needs at least {need} zones each holding "
                f"{req.per_zone(need)} (fewer per zone with more zones); no zone count works with the stock "
                f"of the {zones_with_stock} zone(s) that have any")
    else:
        result = algorithm.place_spread(cands, req)
        if result.placed < req.count:
            return infeasible(_stock_reason(cands, req, result.placed))
        if len(result.zones) < req.min_zones:
            return infeasible(f"min_zones={req.min_zones} but only {len(result.zones)} zone(s) have eligible "
                              f"stock")

    allocs = _allocations(result, req)
    warnings = _warnings(result, allocs, req)
    monthly = sum(a.monthly_cost for a in allocs)
    if req.monthly_budget is not None:
        if monthly > req.monthly_budget + 1e-9:
            msg = (f"over budget: the cheapest plan costs {monthly:,.2f}/month, the budget is "
                   f"{req.monthly_budget:,.2f}/month")
            if req.budget_strict:
                return infeasible(msg)
            warnings.append(msg)
        elif monthly > BUDGET_WARN_FRACTION * req.monthly_budget:
            warnings.append(f"close to budget: {monthly:,.2f} of {req.monthly_budget:,.2f}/month")
    image = None
    if req.image_id:
        image = _image(client, req.image_id)
    return Plan(req, allocs, warnings, [], df, endpoint, per_zone=result.per_zone, _context=ctx, _image=image)


def _image(client: Source, image_id: str) -> Any:
    found = sync_client(client).describe_images(image_ids=[image_id]).images
    return found[0] if found else None


__all__ = ["ALLOCATIONS", "Allocation", "Plan", "plan"]
