"""The placement algorithm: greedy, cheapest first, with spread constraints and recorded fallbacks.

Input: the candidates of ``options()`` that meet the specs, location and network and have a price, sorted
by (unit monthly cost, cost per core, zone, type) -- sold-out ones included, because a cheap pick that is
sold out is what a fallback replaces. Stock is what ``available`` says (qty, else the band's minimum).

* No zone-loss tolerance (``tolerate_zone_loss == 0``): walk the candidates in order, placing
  min(still needed, zone cap room, stock) on each. The zone cap is ``count`` for ``min_zones == 1``, else
  ceil(count / min_zones), lowered one at a time until at least ``min_zones`` zones are used. When a pick
  cannot supply what it was asked for (sold out or short), its shortfall goes first to its fallbacks, in
  order: (1) the same type in other zones of the same area, cheapest first; (2) an equal-or-better type
  (cores, threads, memory, disk all >=) in the same zone, cheapest first. Those placements are recorded
  as fallbacks for the pick; the walk then continues.
* With ``tolerate_zone_loss = k``: for every zone count Z from max(min_zones, k + 1) to the number of zones,
  each zone must hold q = ceil(count / (Z - k)) (so any Z - k zones still hold >= count). A zone fills q
  with its cheapest type, then (if short) equal-or-better types, then any other eligible type; zones that
  cannot hold q are skipped. The Z cheapest zones form the option for Z; the cheapest option over all Z
  wins (ties: fewer zones).

Everything is sorted with explicit tie-breakers, so the same inputs give the same plan.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .candidate import SPEC_FIELDS, Candidate
from .requirement import Requirement

SPEC_COLS = SPEC_FIELDS
SAME_TYPE_IN_AREA = "same type, other zone in area"
BETTER_TYPE_IN_ZONE = "equal-or-better type, same zone"
OTHER_TYPE_IN_ZONE = "other type, same zone"


def key(c: Candidate) -> tuple[str, str]:
    return c.key


def label(c: Candidate) -> str:
    return c.label


def equal_or_better(x: Candidate, than: Candidate) -> bool:
    return x.specs.at_least(than.specs)


@dataclass
class Placement:
    """Instances placed on one candidate, and which picks (if any) they stand in for."""

    cand: Candidate
    count: int = 0
    fallback_for: list[str] = field(default_factory=list)
    fallback_kind: list[str] = field(default_factory=list)


@dataclass
class Short:
    """A pick that could not supply what it was asked for."""

    cand: Candidate
    wanted: int
    got: int
    replaced_by: list[tuple[str, int, str]] = field(default_factory=list)  # (label, count, kind)


@dataclass
class Result:
    placements: dict[tuple[str, str], Placement] = field(default_factory=dict)
    shorts: list[Short] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    zones_total: int | None = None  # Z chosen under zone-loss tolerance
    per_zone: int | None = None

    @property
    def placed(self) -> int:
        return sum(p.count for p in self.placements.values())

    @property
    def zones(self) -> list[str]:
        return sorted({p.cand.zone_id for p in self.placements.values() if p.count})

    @property
    def monthly(self) -> float:
        return sum(p.cand.unit_cost * p.count for p in self.placements.values())


class _Book:
    """Stock left and instances placed during one pass."""

    def __init__(self, cands: list[Candidate]) -> None:
        self.left = {key(c): c.available for c in cands}
        self.zone_used: Counter[str] = Counter()
        self.result = Result()

    def take(self, c: Candidate, n: int, for_pick: str | None = None, kind: str | None = None) -> int:
        n = min(n, self.left[key(c)])
        if n <= 0:
            return 0
        self.left[key(c)] -= n
        self.zone_used[c.zone_id] += n
        p = self.result.placements.setdefault(key(c), Placement(c))
        p.count += n
        if for_pick is not None and kind is not None and for_pick not in p.fallback_for:
            p.fallback_for.append(for_pick)
            p.fallback_kind.append(kind)
        return n


def _fallbacks(pick: Candidate, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    same_type = [(c, SAME_TYPE_IN_AREA) for c in cands
                 if c.instance_type_id == pick.instance_type_id and c.zone_id != pick.zone_id
                 and pick.area is not None and c.area == pick.area]
    better = [(c, BETTER_TYPE_IN_ZONE) for c in cands
              if c.zone_id == pick.zone_id and c.instance_type_id != pick.instance_type_id
              and equal_or_better(c, pick)]
    return same_type + better


def _greedy(cands: list[Candidate], count: int, cap: int) -> Result:
    book = _Book(cands)
    placed = 0
    for c in cands:
        if placed >= count:
            break
        want = min(count - placed, cap - book.zone_used[c.zone_id])
        if want <= 0:
            continue
        got = book.take(c, want)
        short = want - got
        if short:
            s = Short(c, want, got)
            for fb, kind in _fallbacks(c, cands):
                room = min(short, cap - book.zone_used[fb.zone_id])
                n = book.take(fb, room, label(c), kind) if room > 0 else 0
                if n:
                    s.replaced_by.append((label(fb), n, kind))
                    short -= n
                if not short:
                    break
            book.result.shorts.append(s)
        placed = book.result.placed
    return book.result


def place_spread(cands: list[Candidate], req: Requirement) -> Result:
    """No zone-loss tolerance: greedy with a per-zone cap (see the module docstring)."""
    if req.min_zones <= 1:
        return _greedy(cands, req.count, req.count)
    cap = -(-req.count // req.min_zones)
    while True:
        result = _greedy(cands, req.count, cap)
        if result.placed < req.count or len(result.zones) >= req.min_zones or cap == 1:
            return result
        cap -= 1


def _fill_zone(zone_cands: list[Candidate], q: int) -> Result | None:
    if sum(c.available for c in zone_cands) < q:
        return None
    book = _Book(zone_cands)
    pick = zone_cands[0]
    got = book.take(pick, q)
    if got < q:
        s = Short(pick, q, got)
        better = [c for c in zone_cands[1:] if equal_or_better(c, pick)]
        others = [c for c in zone_cands[1:] if not equal_or_better(c, pick)]
        for c, kind in [(c, BETTER_TYPE_IN_ZONE) for c in better] + [(c, OTHER_TYPE_IN_ZONE) for c in others]:
            n = book.take(c, q - book.result.placed, label(pick), kind)
            if n:
                s.replaced_by.append((label(c), n, kind))
            if book.result.placed >= q:
                break
        book.result.shorts.append(s)
    return book.result if book.result.placed >= q else None


def place_zone_loss(cands: list[Candidate], req: Requirement) -> Result | None:
    """Zone-loss tolerance: the cheapest Z zones holding ceil(count / (Z - k)) each (module docstring)."""
    by_zone: dict[str, list[Candidate]] = {}
    for c in cands:
        by_zone.setdefault(c.zone_id, []).append(c)
    best: tuple[float, int, Result] | None = None
    for z_count in range(req.zones_needed, len(by_zone) + 1):
        q = req.per_zone(z_count)
        fills = []
        skipped = []
        for zone_id, zc in by_zone.items():
            f = _fill_zone(zc, q)
            if f is None:
                skipped.append((zc[0].unit_cost * q, zone_id, sum(c.available for c in zc)))
            else:
                fills.append((f.monthly, zone_id, f))
        if len(fills) < z_count:
            continue
        fills.sort(key=lambda x: (x[0], x[1]))
        chosen = fills[:z_count]
        total = sum(f[0] for f in chosen)
        if best is None or total < best[0] - 1e-9:
            merged = Result(zones_total=z_count, per_zone=q)
            for _, _, f in chosen:
                merged.placements.update(f.placements)
                merged.shorts.extend(f.shorts)
            worst_chosen = chosen[-1][0]
            for cost, zone_id, have in sorted(skipped):
                if cost < worst_chosen:
                    merged.notes.append(f"zone {zone_id} skipped: {have} available, {q} needed per zone")
            best = (total, z_count, merged)
    return best[2] if best else None
