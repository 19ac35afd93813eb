"""The price sweep: figures, per-pair errors, cache (memory and disk), concurrency bound, 429 handling."""

from __future__ import annotations

import asyncio
import dataclasses

import httpx
import pytest

from zltoolkit import views
from zltoolkit.client import AsyncClient
from zltoolkit.views.prices import HOURS_PER_MONTH

INQUIRY = "InquiryPriceCreateInstance"


def _offered(client, n: int, charge_type: str = "POSTPAID") -> list[tuple[str, str]]:
    s = views.stock(client, charge_type=charge_type)
    return list(zip(s.zone_id, s.instance_type_id, strict=True))[:n]


def test_documented_figures_sel_a_m6c(client, check_schema) -> None:
    pre = views.prices(client, [("SEL-A", "M6C")], "PREPAID", period=1, bandwidth=200, progress=False)
    check_schema(pre, views.PRICES)
    r = pre.iloc[0]
    assert (r.instance_price, r.bandwidth_price, r.discount, r.price_unit) == (426.55, 1444.0, 95.0, "PERIOD")
    assert r.monthly_cost == pytest.approx(426.55 + 1444.0 + r.ip_price)
    assert r.total_cost == pytest.approx(r.monthly_cost)
    post = views.prices(client, [("SEL-A", "M6C")], "POSTPAID", bandwidth=200, period=3, progress=False).iloc[0]
    assert (post.instance_price, post.bandwidth_price, post.price_unit) == (0.63, 1.32, "HOUR")
    assert post.monthly_cost == pytest.approx((0.63 + 1.32 + post.ip_price) * HOURS_PER_MONTH)
    assert post.total_cost == pytest.approx(post.monthly_cost * 3)


def test_prepaid_period_spreads_over_months(client) -> None:
    one = views.prices(client, [("SEL-A", "M6C")], "PREPAID", period=1, progress=False).iloc[0]
    year = views.prices(client, [("SEL-A", "M6C")], "PREPAID", period=12, progress=False).iloc[0]
    assert year.total_cost == pytest.approx(year.monthly_cost * 12)
    assert year.monthly_cost <= one.monthly_cost  # longer commitments are never dearer per month


def test_per_pair_errors_do_not_fail_the_sweep(client, check_schema) -> None:
    offered = set(zip(*[views.stock(client, "POSTPAID")[c] for c in ("zone_id", "instance_type_id")], strict=True))
    zones = sorted(views.zones(client).zone_id)
    types = sorted(views.instance_types(client).instance_type_id)
    not_sold = next((z, t) for z in zones for t in types if (z, t) not in offered)
    pairs = [("SEL-A", "M6C"), not_sold, ("NOWHERE-Z", "M6C")]
    df = views.prices(client, pairs, "POSTPAID", progress=False)
    check_schema(df, views.PRICES)
    assert list(zip(df.zone_id, df.instance_type_id, strict=True)) == pairs  # input order kept
    assert df.error.isna().tolist() == [True, False, False]
    assert df.error.iloc[1].startswith("INVALID_INSTANCE_TYPE_ZONE_NO_SELL: ")
    assert df.error.iloc[2].startswith("INVALID_ZONE_NOT_FOUND: ")
    assert df.monthly_cost.iloc[1:].isna().all()


def test_memory_cache_hits_are_not_sent_again(server, client, calls) -> None:
    pairs = _offered(client, 12)
    first = views.prices(client, pairs, progress=False)
    assert calls(INQUIRY) == 12 and not first.cached.any()
    again = views.prices(client, pairs, progress=False)
    assert calls(INQUIRY) == 12 and again.cached.all()
    assert again.monthly_cost.tolist() == first.monthly_cost.tolist()
    views.prices(client, pairs, bandwidth=10, progress=False)  # another request: another answer
    assert calls(INQUIRY) == 24
    views.prices(client, pairs, cache=False, progress=False)
    assert calls(INQUIRY) == 36


def test_disk_cache_and_ttl(server, calls, tmp_path) -> None:
    from zltoolkit.client import Client

    creds = server.credentials

    def fresh() -> Client:  # a new client: an empty memory cache
        return Client(server.url, access_key_id=creds.access_key_id, access_key_password=creds.access_key_password)

    with fresh() as c:
        pairs = _offered(c, 6)
        views.prices(c, pairs, cache_dir=tmp_path, progress=False)
    assert calls(INQUIRY) == 6 and len(list(tmp_path.glob("*.json"))) == 6
    with fresh() as c:
        df = views.prices(c, pairs, cache_dir=tmp_path, progress=False)
    assert calls(INQUIRY) == 6 and df.cached.all()
    with fresh() as c:
        df = views.prices(c, pairs, cache_dir=tmp_path, ttl=0.0, progress=False)  # everything is stale
    assert calls(INQUIRY) == 12 and not df.cached.any()


def test_session_cache_is_per_session(server) -> None:
    import zltoolkit as zl

    creds = server.credentials
    with zl.connect(server.url, access_key_id=creds.access_key_id, access_key_password=creds.access_key_password,
                    quiet=True) as s:
        st = s.stock(zone="SEL-A")  # both charge types, used per row
        df = s.prices(st, charge_type=None, progress=False)
        assert len(df) == len(st) and set(df.charge_type) == {"PREPAID", "POSTPAID"}
        assert len(s.price_cache) == len(st)
        assert s.prices(st, charge_type=None, progress=False).cached.all()


class _InFlight(httpx.AsyncHTTPTransport):
    """Counts concurrent requests (the mock adds latency so they overlap)."""

    def __init__(self) -> None:
        super().__init__()
        self.now = 0
        self.peak = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.now += 1
        self.peak = max(self.peak, self.now)
        try:
            return await super().handle_async_request(request)
        finally:
            self.now -= 1


@pytest.mark.parametrize("concurrency", [1, 4])
def test_concurrency_is_bounded(server, client, concurrency: int) -> None:
    server.add_fault(action=INQUIRY, latency_ms=30)
    creds = server.credentials
    transport = _InFlight()
    ac = AsyncClient(server.url, access_key_id=creds.access_key_id, access_key_password=creds.access_key_password,
                     transport=transport)
    pairs = _offered(client, 12)
    df = views.prices(ac, pairs, concurrency=concurrency, cache=False, progress=False)
    assert df.error.isna().all()
    assert transport.peak == concurrency


def test_rate_limit_answers_are_retried(server, client) -> None:
    # first_n faults do not refill with time: the sweep's (injected) sleep need not wait at all.
    waits: list[float] = []

    async def no_wait(seconds: float) -> None:
        waits.append(seconds)

    client.retry = dataclasses.replace(client.retry, async_sleep=no_wait)
    server.add_fault(action=INQUIRY, error="REQUEST_LIMIT_EXCEEDED", first_n=15)
    df = views.prices(client, _offered(client, 10), progress=False)
    assert df.error.isna().all() and df.monthly_cost.notna().all()
    assert len(server.journal(action=INQUIRY, code="REQUEST_LIMIT_EXCEEDED")) == 15
    assert len(waits) == 15  # one backoff per refused answer, through the client's policy


def test_token_bucket_rate_limit_is_survived(server, client, monkeypatch) -> None:
    # The bucket refills on the fault registry's wall clock; here that clock is fake and only the sweep's
    # (injected) backoff sleeps move it, so nothing waits on real time and the outcome does not depend on
    # how fast the machine is. A bucket of 10 with a burst of 16 concurrent requests always overflows.
    from mockserver.app import state_of

    fake_wall = [1000.0]
    monkeypatch.setattr(state_of(server.app).faults, "_wall", lambda: fake_wall[0])
    waits: list[float] = []

    async def advance_wall(seconds: float) -> None:
        waits.append(seconds)
        fake_wall[0] += seconds
        await asyncio.sleep(0)

    client.retry = dataclasses.replace(client.retry, async_sleep=advance_wall)
    server.add_fault(action=INQUIRY, rate_limit=10)
    df = views.prices(client, _offered(client, 25), concurrency=16, progress=False)
    assert df.error.isna().all()
    refused = server.journal(action=INQUIRY, code="REQUEST_LIMIT_EXCEEDED")
    assert refused and len(waits) == len(refused)  # every push-back was retried after a backoff


def test_works_inside_a_running_event_loop(client) -> None:
    pairs = _offered(client, 4)

    async def notebook_cell() -> object:
        return views.prices(client, pairs, progress=False)  # sync call while a loop runs (Jupyter)

    df = asyncio.run(notebook_cell())
    assert len(df) == 4 and df.error.isna().all()


def test_aprices_matches_prices(client) -> None:
    pairs = _offered(client, 5)
    sync = views.prices(client, pairs, cache=False, progress=False)
    asynchronous = asyncio.run(views.aprices(client, pairs, cache=False, progress=False))
    assert asynchronous.drop(columns="cached").equals(sync.drop(columns="cached"))


def test_empty_pairs_and_progress_bar(client, check_schema, capsys) -> None:
    check_schema(views.prices(client, [], progress=False), views.PRICES)
    df = views.prices(client, _offered(client, 3), progress=True)
    assert len(df) == 3
