"""Price sweep: InquiryPriceCreateInstance over many (zone, type, charge type) at once.

Runs on the AsyncClient (asyncio, a semaphore bounds concurrency), shows a tqdm progress bar, caches answers
by request (per session in memory; on disk with a TTL when ``cache_dir`` is given) and rides out rate limits
through the client's RetryPolicy with a generous attempt count bounded by a deadline. A pair that fails
(e.g. not sold in that zone) gets its code and message in the ``error`` column instead of failing the sweep.

The price arithmetic and the PRICES schema are in :mod:`zltoolkit.views.pricing` (no I/O).
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pandas as pd

from zltoolkit.api.actions import InquiryPriceCreateInstanceRequest, InquiryPriceCreateInstanceResponse
from zltoolkit.api.enums import ChargeType, InternetChargeType
from zltoolkit.common.frames import frame
from zltoolkit.common.price_cache import PriceCache, cache_for
from zltoolkit.common.source import AnySource, async_client, sync_client
from zltoolkit.common.sweep import DEFAULT_CONCURRENCY, DEFAULT_TTL, SWEEP_DEADLINE, SWEEP_MAX_ATTEMPTS

from .pricing import (
    HOURS_PER_MONTH,
    PRICE_COLUMNS,
    PRICES,
    Pairs,
    Triple,
    inquiry_request,
    price_row,
    price_triples,
)

if TYPE_CHECKING:
    from zltoolkit.client import AsyncClient, Client, RetryPolicy

__all__ = ["DEFAULT_CONCURRENCY", "DEFAULT_TTL", "HOURS_PER_MONTH", "PRICES", "PRICE_COLUMNS", "SWEEP_DEADLINE",
           "SWEEP_MAX_ATTEMPTS", "aprices", "async_factory", "prices", "run_sync"]

T = TypeVar("T")
#: Makes the AsyncClient of a sweep and the closers to await once it is done.
ClientFactory = Callable[[], tuple["AsyncClient", list[Callable[[], Awaitable[None]]]]]


@dataclasses.dataclass(frozen=True, slots=True)
class _Job:
    zone_id: str
    instance_type_id: str
    charge_type: str
    request: InquiryPriceCreateInstanceRequest
    key: str


def _scope(client: Client | AsyncClient) -> tuple[str, ...]:
    return (str(client.endpoint), str(client.account), str(client.api_version))


def _jobs(client: Client | AsyncClient, triples: list[Triple], period: int, internet_charge_type: str,
          bandwidth: int, traffic_package_size: float | None) -> list[_Job]:
    InternetChargeType(internet_charge_type)  # an unknown billing fails here, before anything is asked
    scope = _scope(client)
    jobs = []
    for triple in triples:
        req = inquiry_request(triple, period, internet_charge_type, bandwidth, traffic_package_size)
        jobs.append(_Job(*triple, req, PriceCache.key(scope, req.to_wire())))
    return jobs


# --- async clients -------------------------------------------------------------------------------


def _sweep_retry(policy: RetryPolicy, deadline: float) -> RetryPolicy:
    """The client's policy (keeping its injected sleeps) with a sweep-sized attempt budget and a deadline."""
    return dataclasses.replace(policy, max_attempts=max(policy.max_attempts, SWEEP_MAX_ATTEMPTS), deadline=deadline)


def async_factory(owner: AnySource, retry_deadline: float = SWEEP_DEADLINE) -> ClientFactory:
    """A maker of (AsyncClient, things to close afterwards) for a Session, Client or AsyncClient.

    Sessions and Clients get a fresh AsyncClient with the same settings (and the sweep's retry budget),
    created inside the loop that uses it. A given AsyncClient is used as is and left open.

    The AsyncClient keeps httpx's default pool (20 keep-alive connections): measured here, a pool as large
    as the concurrency was slower, because httpcore checks every idle connection on every request.
    """
    from zltoolkit.client import AsyncClient

    if isinstance(owner, AsyncClient):
        given = owner
        return lambda: (given, [])
    source = owner
    policy = _sweep_retry(sync_client(source).retry, retry_deadline)

    def make() -> tuple[AsyncClient, list[Callable[[], Awaitable[None]]]]:
        ac = async_client(source, retry=policy)
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


async def _sweep(make_client: ClientFactory, jobs: list[_Job], *, period: int,
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


def _prepare(owner: AnySource, pairs: Pairs, charge_type: str | Iterable[str] | None, period: int,
             internet_charge_type: str, bandwidth: int, traffic_package_size: float | None,
             cache: bool) -> tuple[list[_Job], PriceCache | None]:
    if period < 1:
        raise ValueError("period must be at least 1 (months)")
    from zltoolkit.client import AsyncClient

    base = owner if isinstance(owner, AsyncClient) else sync_client(owner)
    jobs = _jobs(base, price_triples(pairs, charge_type), period, internet_charge_type, bandwidth,
                 traffic_package_size)
    return jobs, (cache_for(owner) if cache else None)


async def aprices(
    client: AnySource,
    pairs: Pairs,
    charge_type: str | Iterable[str] | None = ChargeType.POSTPAID.value,
    period: int = 1,
    internet_charge_type: str = InternetChargeType.BY_BANDWIDTH.value,
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
    client: AnySource,
    pairs: Pairs,
    charge_type: str | Iterable[str] | None = ChargeType.POSTPAID.value,
    period: int = 1,
    internet_charge_type: str = InternetChargeType.BY_BANDWIDTH.value,
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
