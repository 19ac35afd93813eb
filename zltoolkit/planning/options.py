"""Requirement -> every (zone, type) candidate with its cost, stock certainty, feasibility flags and rank."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import pandas as pd

from zltoolkit.api.enums import ChargeType
from zltoolkit.common.frames import (
    BOOL,
    CERTAINTY,
    CHARGE_TYPE,
    FLOAT,
    INT,
    OBJ,
    SELL_STATUS,
    STR,
    Schema,
    frame,
)
from zltoolkit.common.source import Source, sync_client
from zltoolkit.views.catalog import SELL_BANDS, instance_type_row, stock_row, zones
from zltoolkit.views.prices import prices

from .candidate import Candidate, Certainty, Quote, Specs
from .requirement import Requirement

if TYPE_CHECKING:
    from zltoolkit.api.structures import InstanceType
    from zltoolkit.client import Client

OPTIONS: Schema = {
    "rank": INT,  # 1 = best feasible candidate; NA when not feasible
    "zone_id": STR,
    "zone_name": STR,
    "city": STR,
    "area": STR,
    "instance_type_id": STR,
    "charge_type": CHARGE_TYPE,
    "cores": INT,
    "threads": INT,
    "memory_gb": INT,
    "disk_total_gb": INT,
    "raid_levels": OBJ,
    "sell_status": SELL_STATUS,
    "qty": INT,
    "qty_min": INT,
    "qty_max": INT,
    "certainty": CERTAINTY,  # known (qty) / band (only sellStatus) / unknown
    "available": INT,  # what the planner may count on: qty, else the band's minimum (or more with trust_band)
    "unit_monthly": FLOAT,  # one instance per month
    "unit_total": FLOAT,  # one instance for the period
    "monthly_total": FLOAT,  # count instances per month, if all placed here
    "per_core": FLOAT,  # unit_monthly / cores
    "per_gb": FLOAT,  # unit_monthly / memory_gb
    "score": INT,  # placement score 1..10 from the stock history given (NA without one)
    "score_note": STR,  # e.g. "history too short" (zltoolkit.history.scores)
    "meets_specs": BOOL,
    "in_location": BOOL,
    "network_ok": BOOL,
    "in_stock": BOOL,
    "priced": BOOL,
    "within_budget": BOOL,  # count here alone would fit the monthly budget (True without a budget)
    "feasible": BOOL,  # meets_specs & in_location & network_ok & in_stock & priced
    "reason": STR,  # why not feasible (first failing check)
}

#: With trust_band, a SELL zone without qty is taken as holding this many (the band is open-ended).
TRUSTED_SELL_QTY = 10_000


@dataclass
class Candidates:
    """options() plus what the planner needs besides the frame: the typed candidates (ranked as the frame)
    and the raw models for request validation."""

    frame: pd.DataFrame
    candidates: list[Candidate] = field(default_factory=list)
    types: dict[str, InstanceType] = field(default_factory=dict)  # instance_type_id -> InstanceType model
    max_bandwidth: dict[tuple[str, str], int] = field(default_factory=dict)
    type_rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    zones_matched: int = 0
    types_meeting_specs: int = 0


def _spec_failure(req: Requirement, t: Mapping[str, Any]) -> str | None:
    checks = (
        ("cores", req.min_cores, "cores"),
        ("threads", req.min_threads, "threads"),
        ("memory_gb", req.min_memory_gb, "GB RAM"),
        ("disk_total_gb", req.min_disk_gb, "GB disk"),
    )
    for col, need, unit in checks:
        if need is None:
            continue
        have = t.get(col)
        if have is None:
            return f"{unit} unknown (need ≥{need})"
        if have < need:
            return f"{have} {unit} < {need}"
    if req.raid_level is not None and req.raid_level not in (t.get("raid_levels") or ()):
        return f"no RAID{req.raid_level}"
    if req.instance_types and t["instance_type_id"] not in req.instance_types:
        return "type not requested"
    if req.image_id and req.image_id not in (t.get("image_ids") or ()):
        return f"image {req.image_id} not supported"
    return None


def _in_location(req: Requirement, z: Mapping[str, Any]) -> bool:
    def match(value: Any, wanted: list[str] | None, fold: bool) -> bool:
        if not wanted:
            return True
        if value is None:
            return False
        if fold:
            return str(value).casefold() in {w.casefold() for w in wanted}
        return value in wanted

    return (match(z.get("zone_id"), req.zones, False) and match(z.get("city"), req.cities, True)
            and match(z.get("area"), req.areas, True))


def _network_failure(req: Requirement, s: Mapping[str, Any], t: Mapping[str, Any]) -> str | None:
    ict = req.internet_charge_type.value
    if s["internet_charge_types"] and ict not in s["internet_charge_types"]:
        return f"{ict} not offered"
    for limit in (s.get("max_bandwidth_out_mbps"), t.get("max_bandwidth_mbps")):
        if limit is not None and req.bandwidth_mbps > limit:
            return f"{req.bandwidth_mbps} Mbps > max {limit}"
    return None


def available(row: Mapping[str, Any], trust_band: bool) -> int:
    """Instances the planner may count on for a stock row (0 when nothing is known)."""
    if row["qty_known"]:
        return max(int(row["qty"]), 0)
    if row["qty_min"] is None:
        return 0
    if trust_band and row["qty_max"] is None and row["qty_min"] > 0:
        return TRUSTED_SELL_QTY
    return int(row["qty_min"])


def certainty(row: Mapping[str, Any]) -> Certainty:
    if row["qty_known"]:
        return "known"
    # Only a documented sellStatus stands for a band; a value the API added since says nothing we can count.
    return "band" if row["sell_status"] in SELL_BANDS else "unknown"


def _candidate(req: Requirement, s: Mapping[str, Any], z: Mapping[str, Any], t: Mapping[str, Any]) -> Candidate:
    """One stock row scored against ``req`` (not priced yet)."""
    return Candidate(
        zone_id=s["zone_id"], instance_type_id=s["instance_type_id"], charge_type=s["charge_type"],
        specs=Specs.of(t), sell_status=s["sell_status"], qty=s["qty"], qty_min=s["qty_min"], qty_max=s["qty_max"],
        certainty=certainty(s), available=available(s, req.trust_band), in_location=_in_location(req, z),
        spec_failure=_spec_failure(req, t), network_failure=_network_failure(req, s, t),
        zone_name=z.get("zone_name"), city=z.get("city"), area=z.get("area"),
    )


def _quotes(c: Client, req: Requirement, cands: list[Candidate], *, progress: bool,
            cache: bool) -> dict[tuple[str, str], Quote]:
    """Prices of the candidates worth pricing, by (zone, type)."""
    to_price = [x for x in cands if x.worth_pricing]
    if not to_price:
        return {}
    pr = prices(c, [x.key for x in to_price], charge_type=req.charge_type.value, period=req.period,
                internet_charge_type=req.internet_charge_type.value, bandwidth=req.bandwidth_mbps,
                traffic_package_size=req.traffic_package_tb, progress=progress, cache=cache)
    return {(p["zone_id"], p["instance_type_id"]): Quote(p["monthly_cost"], p["total_cost"], p.get("error"))
            for p in pr.astype(object).where(pr.notna(), None).to_dict("records")}


#: A stock history for placement scores: a HISTORY frame, or a Recorder/HistoryStore (its rounds count too).
History = Any


def _placement_scores(history: History, req: Requirement) -> dict[tuple[str, str], tuple[int, str | None]]:
    """(zone, type) -> (score, note) for ``req.charge_type`` and the instances one offering would hold."""
    from zltoolkit.history.scores import placement_scores

    scores = placement_scores(history, req.score_count, charge_type=req.charge_type.value)
    return {(str(r["zone_id"]), str(r["instance_type_id"])): (int(r["score"]), None if pd.isna(r["note"])
                                                              else str(r["note"]))
            for r in scores.to_dict("records")}


def _scored(x: Candidate, scores: dict[tuple[str, str], tuple[int, str | None]] | None) -> Candidate:
    if scores is None:
        return x
    score, note = scores.get(x.key, (None, "not in the stock history"))
    return replace(x, score=score, score_note=note)


def candidates(client: Source, req: Requirement, *, progress: bool = False, cache: bool = True,
               history: History = None) -> Candidates:
    """Fetch zones, types, stock (and prices of the plausible pairs) and score every offered (zone, type).

    ``history`` (a stock history: HISTORY frame, Recorder or HistoryStore) adds placement scores, which
    ``req.rank_by == "score"`` ranks by (and requires).
    """
    if req.rank_by == "score" and history is None:
        raise ValueError('rank_by="score" needs a stock history: pass history= (a recorder, a HistoryStore '
                         "or recorder.history())")
    scores = _placement_scores(history, req) if history is not None else None
    c = sync_client(client)
    zdf = zones(c).astype(object)
    zone_rows: dict[str, dict[str, Any]] = {
        str(r["zone_id"]): {str(k): v for k, v in r.items()} for r in zdf.where(zdf.notna(), None).to_dict("records")}
    type_models = {t.instance_type_id: t for t in c.describe_instance_types().instance_types
                   if t.instance_type_id is not None}  # a tolerant answer may lack it: such a type is unusable
    type_rows = {k: instance_type_row(t) for k, t in type_models.items()}
    ct = ChargeType(req.charge_type).value
    stock_rows = [stock_row(r, ct) for r in
                  c.describe_available_resources(instance_charge_type=ct).available_resources]

    scored = [_candidate(req, s, zone_rows.get(s["zone_id"], {"zone_id": s["zone_id"]}),
                         type_rows.get(s["instance_type_id"], {"instance_type_id": s["instance_type_id"]}))
              for s in stock_rows]
    quotes = _quotes(c, req, scored, progress=progress, cache=cache)
    cands = sorted((_scored(replace(x, quote=quotes.get(x.key)), scores) for x in scored),
                   key=lambda x: x.sort_key(rank_by=req.rank_by))

    rows = []
    rank = 0
    for x in cands:
        if x.feasible:
            rank += 1
        rows.append(x.row(req.count, req.monthly_budget, rank if x.feasible else None))
    max_bw = {(s["zone_id"], s["instance_type_id"]): s["max_bandwidth_out_mbps"] for s in stock_rows
              if s["max_bandwidth_out_mbps"] is not None}
    return Candidates(
        frame=frame(rows, OPTIONS), candidates=cands, types=type_models, max_bandwidth=max_bw, type_rows=type_rows,
        zones_matched=sum(1 for z in zone_rows.values() if _in_location(req, z)),
        types_meeting_specs=sum(1 for t in type_rows.values() if _spec_failure(req, t) is None),
    )


def options(client: Source, req: Requirement, *, progress: bool = False, cache: bool = True,
            history: History = None) -> pd.DataFrame:
    """Every offered (zone, type) for ``req.charge_type``, scored and ranked (see OPTIONS); feasible first.

    With ``history`` (a stock history) the placement score is shown beside the cost, and
    ``req.rank_by == "score"`` ranks by it.
    """
    return candidates(client, req, progress=progress, cache=cache, history=history).frame
