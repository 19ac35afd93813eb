"""Plan -> CreateInstances requests; re-check stock and price; create; watch."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pandas as pd

from zltoolkit.api.actions import CreateInstancesRequest
from zltoolkit.api.enums import DEFAULT_API_VERSION, ChargeType
from zltoolkit.api.limits import AMOUNT_MAX, PATTERN_BEGIN_MAX, PATTERN_BITS_MAX
from zltoolkit.api.structures import ChargePrepaid
from zltoolkit.common.display import show
from zltoolkit.common.frames import FLOAT, INT, STR, Schema, empty, frame
from zltoolkit.common.source import Source, sync_client
from zltoolkit.views.catalog import stock_row

from .options import available

if TYPE_CHECKING:
    from .plan import Plan

#: Default tolerance on price rises between planning and applying (fraction of the planned monthly cost).
PRICE_TOLERANCE = 0.01

CHANGES: Schema = {
    "zone_id": STR,
    "instance_type_id": STR,
    "planned": INT,  # instances the plan puts here
    "available_then": INT,
    "available_now": INT,
    "sell_status_now": STR,
    "unit_monthly_then": FLOAT,
    "unit_monthly_now": FLOAT,
    "problem": STR,  # NA when this row is still fine
}


class PlanError(RuntimeError):
    """The plan cannot be turned into requests (infeasible, or a request breaks an API rule)."""


class PlanStaleError(PlanError):
    """Stock or prices moved since planning; nothing was created. ``changes`` lists every row checked."""

    def __init__(self, message: str, changes: pd.DataFrame) -> None:
        super().__init__(message)
        self.changes = changes


class PlanApplyError(PlanError):
    """A CreateInstances failed part-way. ``created`` holds the ids created before it (they exist, and cost)."""

    def __init__(self, message: str, created: list[str], cause: Exception) -> None:
        super().__init__(message)
        self.created = created
        self.cause = cause


def _bits(count: int) -> int:
    return min(PATTERN_BITS_MAX, max(2, len(str(count))))


def to_requests(
    plan: Plan,
    name_prefix: str = "zl",
    *,
    password: str | None = None,
    key_id: str | None = None,
    image_id: str | None = None,
    hostname_prefix: str | None = None,
    api_version: str | None = None,
    validate: bool = True,
    **fields: Any,
) -> list[CreateInstancesRequest]:
    """One CreateInstancesRequest per (zone, type), in chunks of ≤100 (``amount``).

    Names use the API's ``[begin,bits]`` pattern and continue across chunks: 250 instances give
    ``{prefix}-{zone}-{type}-[1,3]`` (amount 100), ``...-[101,3]`` (100), ``...-[201,3]`` (50). Extra
    ``fields`` (e.g. ``raid_config``, ``nic``, ``tags``) go into every request. Each request is checked
    with ``zltoolkit.api.rules.check_create`` (the server's rules) before it is returned.
    """
    if not plan.feasible:
        raise PlanError("the plan is infeasible: " + "; ".join(plan.reasons))
    from zltoolkit.api.rules import check_create

    req = plan.requirement
    image = image_id or req.image_id
    image_model = plan._image if (plan._image is not None and getattr(plan._image, "image_id", None) == image) \
        else None
    ctx = plan._context
    version = api_version or DEFAULT_API_VERSION.value
    out: list[CreateInstancesRequest] = []
    for a in plan.allocations:
        bits = _bits(a.count)
        base = f"{name_prefix}-{a.zone_id}-{a.instance_type_id}"
        host_base = f"{hostname_prefix or name_prefix}-{a.zone_id}-{a.instance_type_id}".lower()
        for start in range(0, a.count, AMOUNT_MAX):
            amount = min(AMOUNT_MAX, a.count - start)
            begin = start + 1
            if begin > PATTERN_BEGIN_MAX:
                raise PlanError(f"{a.zone_id}/{a.instance_type_id}: numbering beyond {PATTERN_BEGIN_MAX}")
            r = CreateInstancesRequest(
                zone_id=a.zone_id,
                instance_charge_type=ChargeType(a.charge_type),
                instance_type_id=a.instance_type_id,
                internet_charge_type=req.internet_charge_type,
                instance_charge_prepaid=(ChargePrepaid(period=a.period)
                                         if a.charge_type == ChargeType.PREPAID.value else None),
                image_id=image,
                instance_name=f"{base}-[{begin},{bits}]",
                hostname=f"{host_base}-[{begin},{bits}]",
                amount=amount,
                password=password,
                key_id=key_id,
                internet_max_bandwidth_out=a.bandwidth_mbps,
                traffic_package_size=req.traffic_package_tb,
                **fields,
            )
            if validate:
                violation = check_create(
                    r, api_version=version,
                    instance_type=ctx.types.get(a.instance_type_id) if ctx else None,
                    image=image_model,
                    max_bandwidth=ctx.max_bandwidth.get((a.zone_id, a.instance_type_id)) if ctx else None,
                )
                if violation is not None:
                    raise PlanError(f"{a.zone_id}/{a.instance_type_id}: {violation.code}: {violation.message}")
            out.append(r)
    return out


def recheck(plan: Plan, client: Source, *, price_tolerance: float = PRICE_TOLERANCE) -> pd.DataFrame:
    """Stock and unit prices now vs. when planned, one row per allocation (CHANGES schema).

    ``problem`` is set where stock now covers less than planned, or the offering cannot be priced; the
    frame's ``attrs`` carry the planned and current monthly totals (``monthly_then``, ``monthly_now``).
    """
    from zltoolkit.views.prices import prices

    c = sync_client(client)
    req = plan.requirement
    ct = req.charge_type.value
    live = {(r["zone_id"], r["instance_type_id"]): r for r in
            (stock_row(x, ct) for x in c.describe_available_resources(instance_charge_type=ct).available_resources)}
    pr = prices(c, [(a.zone_id, a.instance_type_id) for a in plan.allocations], charge_type=ct,
                period=req.period, internet_charge_type=req.internet_charge_type.value,
                bandwidth=req.bandwidth_mbps, traffic_package_size=req.traffic_package_tb,
                progress=False, cache=False)  # fresh prices: the point is to see changes
    now_price = {(z, t): (m, e) for z, t, m, e in
                 zip(pr.zone_id, pr.instance_type_id, pr.monthly_cost.astype(object), pr.error.astype(object),
                     strict=True)}
    rows = []
    monthly_now = 0.0
    for a in plan.allocations:
        s = live.get((a.zone_id, a.instance_type_id))
        avail_now = available(s, req.trust_band) if s else 0
        unit_now, err = now_price.get((a.zone_id, a.instance_type_id), (None, "not priced"))
        unit_now = None if unit_now is None or pd.isna(unit_now) else float(unit_now)
        problem = None
        if s is None:
            problem = "no longer offered"
        elif avail_now < a.count:
            problem = f"stock: planned {a.count}, now {avail_now} available ({s['sell_status']})"
        elif unit_now is None:
            problem = f"price: {err if isinstance(err, str) else 'unavailable'}"
        monthly_now += (unit_now if unit_now is not None else a.unit_monthly) * a.count
        rows.append({
            "zone_id": a.zone_id, "instance_type_id": a.instance_type_id, "planned": a.count,
            "available_then": a.available, "available_now": avail_now,
            "sell_status_now": s["sell_status"] if s else None, "unit_monthly_then": a.unit_monthly,
            "unit_monthly_now": unit_now, "problem": problem,
        })
    df = frame(rows, CHANGES)
    df.attrs["monthly_then"] = plan.monthly_cost
    df.attrs["monthly_now"] = monthly_now
    df.attrs["price_ok"] = monthly_now <= plan.monthly_cost * (1 + price_tolerance) + 1e-9
    return df


def apply(
    plan: Plan,
    client: Source,
    confirm: bool = False,
    *,
    watch: bool = True,
    sleep: Callable[[float], Any] = time.sleep,
    timeout: float = 1800.0,
    poll: float = 10.0,
    progress: bool = True,
    price_tolerance: float = PRICE_TOLERANCE,
    raise_on_failure: bool = False,
    name_prefix: str = "zl",
    password: str | None = None,
    key_id: str | None = None,
    image_id: str | None = None,
    api_version: str | None = None,
    **fields: Any,
) -> pd.DataFrame:
    """Create what the plan says, after checking the world still matches it; then watch until settled.

    * ``confirm`` must be ``True``: otherwise nothing is sent, a note says so, and an empty (typed) frame
      is returned.
    * Refuses (:class:`PlanStaleError`, nothing created) when any allocation's stock is now below its count,
      an offering went away, or the monthly cost rose by more than ``price_tolerance`` (fraction).
    * Sends one CreateInstances per request of :meth:`Plan.to_requests`, in order; if one fails,
      :class:`PlanApplyError` carries the ids already created.
    * Returns the final states (``lifecycle.STATES``), or one snapshot with ``watch=False``.
    """
    from zltoolkit.lifecycle import STATES, snapshot, wait_for

    req = plan.requirement
    if confirm is not True:
        show(f"Nothing created: plan.apply(..., confirm=True) is required. This plan would create {plan.count} "
             f"instance(s) ({req.charge_type.value}) in {', '.join(plan.zones) or 'no zone'} for "
             f"{plan.monthly_cost:,.2f}/month ({plan.total_cost:,.2f} for {req.period} month(s)).")
        return empty(STATES)
    c = sync_client(client)
    requests = to_requests(plan, name_prefix, password=password, key_id=key_id, image_id=image_id,
                           api_version=api_version or getattr(c, "api_version", None), **fields)
    changes = recheck(plan, c, price_tolerance=price_tolerance)
    bad = changes[changes.problem.notna()]
    if len(bad) or not changes.attrs["price_ok"]:
        lines = [f"{r.zone_id}/{r.instance_type_id}: {r.problem}" for r in bad.itertuples()]
        if not changes.attrs["price_ok"]:
            lines.append(f"price: {changes.attrs['monthly_then']:,.2f}/month planned, now "
                         f"{changes.attrs['monthly_now']:,.2f}/month (tolerance {price_tolerance:.0%})")
        raise PlanStaleError("the plan is stale; nothing was created. Re-plan. Changes:\n  " + "\n  ".join(lines),
                             changes)
    from zltoolkit.client import ZenlayerError

    created: list[str] = []
    for r in requests:
        try:
            resp = c.create_instances(r)
        except ZenlayerError as exc:
            raise PlanApplyError(
                f"CreateInstances for {r.zone_id}/{r.instance_type_id} (amount {r.amount}) failed: {exc}. "
                f"{len(created)} instance(s) were created before it: see .created", created, exc) from exc
        created.extend(resp.instance_id_set)
    show(f"Created {len(created)} instance(s) with {len(requests)} CreateInstances call(s).")
    if not watch:
        return snapshot(c, created)
    return wait_for(c, created, timeout=timeout, poll=poll, sleep=sleep, progress=progress,
                    raise_on_failure=raise_on_failure)
