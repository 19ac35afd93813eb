"""Price sweep: InquiryPriceCreateInstance over many (zone, type, charge type) at once.

Runs on the AsyncClient (asyncio, a semaphore bounds concurrency), shows a tqdm progress bar, caches answers
by request (per session in memory; on disk with a TTL when ``cache_dir`` is given) and rides out rate limits
through the client's RetryPolicy with a generous attempt count bounded by a deadline. A pair that fails
(e.g. not sold in that zone) gets its code and message in the ``error`` column instead of failing the sweep.

Cost normalisation (the API prices prepaid per period and postpaid per charge unit):

* ``instance_price``/``bandwidth_price``/``ip_price``: prepaid -> the discounted price for the whole period;
  postpaid -> the discounted price per hour (``price_unit`` says which). Tiered overage prices (traffic
  beyond a package) are usage-based and not included.
* 95th-percentile billing answers a rate per Mbps and month: estimated at ``bandwidth`` Mbps.
* ``monthly_cost`` = their sum per month: prepaid / period, postpaid hourly x 730.
* ``total_cost`` = for the period: prepaid as quoted, postpaid monthly x period.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable, Coroutine, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd

from zltoolkit.api.actions import InquiryPriceCreateInstanceRequest, InquiryPriceCreateInstanceResponse
from zltoolkit.api.enums import ChargeType, ChargeUnit, InternetChargeType
from zltoolkit.api.structures import ChargePrepaid, Price
from zltoolkit.common.frames import BOOL, CHARGE_TYPE, FLOAT, INT, STR, Schema, frame
from zltoolkit.common.price_cache import PriceCache, cache_for
from zltoolkit.common.source import async_client, enum_value, sync_client

from .catalog import charge_types

HOURS_PER_MONTH = 730.0
DEFAULT_CONCURRENCY = 16
#: Retry budget of a sweep: rate limits are expected, so many attempts, bounded by time rather than count.
SWEEP_MAX_ATTEMPTS = 1000
SWEEP_DEADLINE = 300.0
DEFAULT_TTL = 3600.0

PRICES: Schema = {
    "zone_id": STR,
    "instance_type_id": STR,
    "charge_type": CHARGE_TYPE,
    "period": INT,  # months: the prepaid period, or the horizon of total_cost for postpaid
    "internet_charge_type": STR,
    "bandwidth_mbps": INT,
    "price_unit": STR,  # "PERIOD" (prepaid) or "HOUR" (postpaid)
    "instance_price": FLOAT,
    "bandwidth_price": FLOAT,
    "ip_price": FLOAT,
    "monthly_cost": FLOAT,
    "total_cost": FLOAT,
    "discount": FLOAT,  # percent paid: 95.0 = 5% off
    "cached": BOOL,
    "error": STR,  # "CODE: message" when the inquiry failed, else NA
}
#: Columns ``catalog(with_prices=True)`` adds to the stock rows.
PRICE_COLUMNS = [c for c in PRICES if c not in ("zone_id", "instance_type_id", "charge_type", "cached")]

T = TypeVar("T")


@dataclasses.dataclass(frozen=True, slots=True)
class _Job:
    zone_id: str
    instance_type_id: str
    charge_type: str
    request: InquiryPriceCreateInstanceRequest
    key: str


# --- pricing arithmetic ---------------------------------------------------------------------------


def _per_hour(value: float, unit: Any) -> float:
    unit = enum_value(unit)
    if unit == ChargeUnit.MONTH.value:
        return value / HOURS_PER_MONTH
    if unit == ChargeUnit.DAY.value:
        return value / 24.0
    return value  # HOUR, or unset: postpaid prices are hourly unless said otherwise


def _effective(price: Price | None, prepaid: bool) -> float | None:
    """The discounted price: for the period (prepaid) or per hour (postpaid); None when not a fixed price."""
    if price is None:
        return None
    if prepaid:
        return price.discount_price if price.discount_price is not None else price.original_price
    value = price.discount_unit_price if price.discount_unit_price is not None else price.unit_price
    return None if value is None else _per_hour(value, price.charge_unit)


#: Billed afterwards on the measured 95th percentile: the answer is a rate per Mbps and month.
_PER_MBPS_MONTH = frozenset({InternetChargeType.BY_INSTANCE_BANDWIDTH_95.value,
                             InternetChargeType.BY_CLUSTER_BANDWIDTH_95.value,
                             InternetChargeType.BY_BANDWIDTH_CLUSTER.value})


def _percentile_line(price: Price, prepaid: bool, period: int, bandwidth: int) -> float | None:
    """A 95th-percentile rate as a cost at ``bandwidth`` Mbps (an estimate: the bill follows usage)."""
    rate = price.discount_unit_price if price.discount_unit_price is not None else price.unit_price
    if rate is None:
        return _effective(price, prepaid)
    monthly = rate * bandwidth if enum_value(price.charge_unit) in (None, ChargeUnit.MONTH.value) \
        else _per_hour(rate, price.charge_unit) * HOURS_PER_MONTH * bandwidth
    return monthly * period if prepaid else monthly / HOURS_PER_MONTH


def price_row(resp: InquiryPriceCreateInstanceResponse, prepaid: bool, period: int,
              internet_charge_type: str = InternetChargeType.BY_BANDWIDTH.value, bandwidth: int = 1) -> dict[str, Any]:
    """Cost columns of one answer (see the module docstring for the conventions)."""
    instance = _effective(resp.instance_price, prepaid)
    if internet_charge_type in _PER_MBPS_MONTH:
        bands = [_percentile_line(p, prepaid, period, bandwidth) for p in (resp.bandwidth_price or [])]
    else:
        bands = [_effective(p, prepaid) for p in (resp.bandwidth_price or [])]
    bandwidth = sum(b for b in bands if b is not None) if bands else None
    ip = _effective(resp.primary_ip_price, prepaid)
    parts = [v for v in (instance, bandwidth, ip) if v is not None]
    total = monthly = None
    if instance is not None:
        if prepaid:
            total = sum(parts)
            monthly = total / period
        else:
            monthly = sum(parts) * HOURS_PER_MONTH
            total = monthly * period
    return {
        "price_unit": "PERIOD" if prepaid else "HOUR",
        "instance_price": instance,
        "bandwidth_price": bandwidth,
        "ip_price": ip,
        "monthly_cost": monthly,
        "total_cost": total,
        "discount": resp.instance_price.discount if resp.instance_price else None,
    }


# --- building the work list ----------------------------------------------------------------------


def _pairs(pairs: Any, charge_type: str | Iterable[str] | None) -> list[tuple[str, str, str]]:
    """(zone, type, charge type) triples in input order, without duplicates.

    ``pairs``: a DataFrame with ``zone_id``/``instance_type_id`` (and ``charge_type``, used per row when
    the ``charge_type`` argument is None), or an iterable of (zone, type) / (zone, type, charge type).
    """
    raw: list[tuple[str, str, str | None]] = []
    if isinstance(pairs, pd.DataFrame):
        per_row = charge_type is None and "charge_type" in pairs.columns
        cts = pairs["charge_type"].tolist() if per_row else [None] * len(pairs)
        raw = [(str(z), str(t), None if c is None else str(c))
               for z, t, c in zip(pairs["zone_id"].tolist(), pairs["instance_type_id"].tolist(), cts, strict=True)]
    else:
        for p in pairs:
            p = tuple(p)
            raw.append((str(p[0]), str(p[1]), str(p[2]) if len(p) > 2 and p[2] is not None else None))
    default = charge_types(charge_type)
    out: dict[tuple[str, str, str], None] = {}
    for z, t, c in raw:
        for ct in ([ChargeType(c).value] if c is not None else default):
            out.setdefault((z, t, ct), None)
    return list(out)


def _scope(client: Any) -> tuple[str, ...]:
    return (str(client.endpoint), str(client.account), str(client.api_version))


def _jobs(client: Any, triples: list[tuple[str, str, str]], period: int, internet_charge_type: str,
          bandwidth: int, traffic_package_size: float | None) -> list[_Job]:
    ict = InternetChargeType(internet_charge_type)
    scope = _scope(client)
    jobs = []
    for z, t, ct in triples:
        req = InquiryPriceCreateInstanceRequest(
            zone_id=z, instance_type_id=t, instance_charge_type=ChargeType(ct), internet_charge_type=ict,
            instance_charge_prepaid=ChargePrepaid(period=period) if ct == ChargeType.PREPAID.value else None,
            internet_max_bandwidth_out=bandwidth,
            traffic_package_size=traffic_package_size if ict is InternetChargeType.BY_TRAFFIC_PACKAGE else None,
        )
        jobs.append(_Job(z, t, ct, req, PriceCache.key(scope, req.to_wire())))
    return jobs


# --- async clients -------------------------------------------------------------------------------


def _sweep_retry(policy: Any, deadline: float) -> Any:
    """The client's policy (keeping its injected sleeps) with a sweep-sized attempt budget and a deadline."""
    return dataclasses.replace(policy, max_attempts=max(policy.max_attempts, SWEEP_MAX_ATTEMPTS), deadline=deadline)


def _is_async_client(obj: Any) -> bool:
    from zltoolkit.client import AsyncClient

    return isinstance(obj, AsyncClient)


def async_factory(owner: Any, retry_deadline: float = SWEEP_DEADLINE) -> Callable[[], tuple[Any, list[Any]]]:
    """A maker of (AsyncClient, things to close afterwards) for a Session, Client or AsyncClient.

    Sessions and Clients get a fresh AsyncClient with the same settings (and the sweep's retry budget),
    created inside the loop that uses it. A given AsyncClient is used as is and left open.

    The AsyncClient keeps httpx's default pool (20 keep-alive connections): measured here, a pool as large
    as the concurrency was slower, because httpcore checks every idle connection on every request.
    """
    if _is_async_client(owner):
        return lambda: (owner, [])
    policy = _sweep_retry(sync_client(owner).retry, retry_deadline)

    def make() -> tuple[Any, list[Any]]:
        ac = async_client(owner, retry=policy)
        return ac, [ac.aclose]

    return make


def run_sync(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to completion from sync code, also inside Jupyter (whose loop is already running):
    then it runs on a fresh loop in a worker thread."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="zl-prices") as pool:
        return pool.submit(lambda: asyncio.run(make())).result()


# --- the sweep -----------------------------------------------------------------------------------


async def _sweep(make_client: Callable[[], tuple[Any, list[Any]]], jobs: list[_Job], *, period: int,
                 internet_charge_type: str, bandwidth: int, concurrency: int, progress: bool,
                 cache: PriceCache | None, ttl: float | None, cache_dir: str | Path | None) -> list[dict[str, Any]]:
    from tqdm.auto import tqdm

    from zltoolkit.client import ZenlayerError

    results: dict[str, dict[str, Any]] = {}
    sem = asyncio.Semaphore(max(1, concurrency))
    bar = tqdm(total=len(jobs), desc="prices", unit="pair", disable=not progress, leave=False)
    client, closers = make_client()

    async def row(job: _Job) -> dict[str, Any]:
        prepaid = job.charge_type == ChargeType.PREPAID.value
        base = {"zone_id": job.zone_id, "instance_type_id": job.instance_type_id, "charge_type": job.charge_type,
                "period": period, "internet_charge_type": internet_charge_type, "bandwidth_mbps": bandwidth}
        wire = cache.get(job.key, ttl=ttl, cache_dir=cache_dir) if cache is not None else None
        cached = wire is not None
        if cached:
            resp = InquiryPriceCreateInstanceResponse.model_validate(wire)
        else:
            async with sem:
                try:
                    resp = await client.inquiry_price_create_instance(job.request)
                except ZenlayerError as exc:
                    return {**base, "cached": False, "error": f"{exc.code}: {exc.message}"}
            if cache is not None:
                cache.put(job.key, resp.model_dump(mode="json", by_alias=True), cache_dir=cache_dir)
        return {**base, **price_row(resp, prepaid, period, internet_charge_type, bandwidth), "cached": cached}

    async def one(job: _Job) -> None:
        results[job.key] = await row(job)
        bar.update(1)

    try:
        await asyncio.gather(*(one(j) for j in jobs))
    finally:
        bar.close()
        for close in closers:
            await close()
    return [results[j.key] for j in jobs]


def _prepare(owner: Any, pairs: Any, charge_type: Any, period: int, internet_charge_type: str, bandwidth: int,
             traffic_package_size: float | None, cache: bool) -> tuple[list[_Job], PriceCache | None]:
    if period < 1:
        raise ValueError("period must be at least 1 (months)")
    base = owner if _is_async_client(owner) else sync_client(owner)
    jobs = _jobs(base, _pairs(pairs, charge_type), period, internet_charge_type, bandwidth, traffic_package_size)
    return jobs, (cache_for(owner) if cache else None)


async def aprices(
    client: Any,
    pairs: Any,
    charge_type: str | Iterable[str] | None = "POSTPAID",
    period: int = 1,
    internet_charge_type: str = "ByBandwidth",
    bandwidth: int = 1,
    *,
    traffic_package_size: float | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: bool = True,
    cache: bool = True,
    cache_dir: str | Path | None = None,
    ttl: float | None = DEFAULT_TTL,
    retry_deadline: float = SWEEP_DEADLINE,
) -> pd.DataFrame:
    """Async :func:`prices` (for code already inside an event loop, e.g. a widget callback)."""
    jobs, price_cache = _prepare(client, pairs, charge_type, period, internet_charge_type, bandwidth,
                                 traffic_package_size, cache)
    make = async_factory(client, retry_deadline)
    rows = await _sweep(make, jobs, period=period, internet_charge_type=internet_charge_type,
                        bandwidth=bandwidth, concurrency=concurrency, progress=progress, cache=price_cache,
                        ttl=ttl, cache_dir=cache_dir)
    return frame(rows, PRICES)


def prices(
    client: Any,
    pairs: Any,
    charge_type: str | Iterable[str] | None = "POSTPAID",
    period: int = 1,
    internet_charge_type: str = "ByBandwidth",
    bandwidth: int = 1,
    *,
    traffic_package_size: float | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: bool = True,
    cache: bool = True,
    cache_dir: str | Path | None = None,
    ttl: float | None = DEFAULT_TTL,
    retry_deadline: float = SWEEP_DEADLINE,
) -> pd.DataFrame:
    """Prices of many (zone, type) pairs, concurrently; one row per (zone, type, charge type) (see PRICES).

    ``pairs``: a DataFrame (e.g. ``stock()``; its ``charge_type`` column is used when ``charge_type`` is
    None) or (zone, type[, charge type]) tuples. ``charge_type``: one, several, or None = both.
    ``bandwidth`` is ``internetMaxBandwidthOut`` in Mbps. ``cache=False`` always asks the API;
    ``cache_dir`` adds an on-disk cache; entries older than ``ttl`` seconds are asked again.
    """
    return run_sync(lambda: aprices(client, pairs, charge_type, period, internet_charge_type, bandwidth,
                                    traffic_package_size=traffic_package_size, concurrency=concurrency,
                                    progress=progress, cache=cache, cache_dir=cache_dir, ttl=ttl,
                                    retry_deadline=retry_deadline))
