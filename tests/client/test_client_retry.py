"""Retries only where the server did not act; CreateInstances is never re-sent after an ambiguous failure.

Time is fake throughout: the injected sleep records the waits and moves the injected monotonic clock.
"""

from __future__ import annotations

import random
from typing import Any

import httpx
import pytest
from client_fakes import FakeBMC, FakeTime, err, make_async_client, make_client, ok, run

from zltoolkit.client import (
    AmbiguousCreateError,
    InvalidParameterError,
    NetworkError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    ZenlayerError,
)

CREATE = {"zone_id": "SEL-A", "instance_type_id": "M6C", "instance_charge_type": "POSTPAID",
          "internet_charge_type": "ByBandwidth", "amount": 2, "password": "Example123~"}
LIMITED = err(429, "REQUEST_LIMIT_EXCEEDED", "slow down")
UNAVAILABLE = err(503, "SERVICE_TEMPORARY_UNAVAILABLE", "try later")


def _no_jitter(time: FakeTime, **kw: Any) -> RetryPolicy:
    return time.policy(jitter=False, **kw)


# --- the policy itself ---


def test_backoff_doubles_up_to_the_cap() -> None:
    policy = RetryPolicy(jitter=False)
    assert [policy.backoff(n) for n in range(1, 8)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_full_jitter_stays_within_the_exponential_ceiling() -> None:
    policy = RetryPolicy(rng=random.Random(7))
    for n in range(1, 10):
        for _ in range(50):
            assert 0.0 <= policy.backoff(n) <= min(8.0, 0.5 * 2 ** (n - 1))


@pytest.mark.parametrize("kw", [{"max_attempts": 0}, {"base": -1}, {"cap": -1}, {"deadline": 0}])
def test_policy_refuses_nonsense(kw: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kw)


def test_never_sends_once() -> None:
    assert RetryPolicy.never().max_attempts == 1


# --- through the sync client ---


def test_429_then_200_retries_once_with_the_backoff(fake_time: FakeTime) -> None:
    bmc = FakeBMC(LIMITED, ok({"zoneSet": []}))
    with make_client(bmc, retry=_no_jitter(fake_time)) as client:
        client.describe_zones()
    assert bmc.calls == 2
    assert fake_time.sleeps == [0.5]


def test_jittered_wait_comes_from_the_injected_rng(fake_time: FakeTime) -> None:
    bmc = FakeBMC(LIMITED, ok())
    with make_client(bmc, retry=fake_time.policy(rng=random.Random(99))) as client:
        client.describe_zones()
    assert fake_time.sleeps == [random.Random(99).uniform(0.0, 0.5)]


def test_503_three_times_then_success(fake_time: FakeTime) -> None:
    bmc = FakeBMC(UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, ok({"totalCount": 0, "dataSet": []}))
    with make_client(bmc, retry=_no_jitter(fake_time)) as client:
        assert client.describe_instances().total_count == 0
    assert bmc.calls == 4
    assert fake_time.sleeps == [0.5, 1.0, 2.0]
    # Each attempt is a freshly built and signed request.
    assert all("authorization" in r.headers for r in bmc.requests)
    assert len({id(r) for r in bmc.requests}) == 4


def test_retry_stops_at_max_attempts(fake_time: FakeTime) -> None:
    bmc = FakeBMC(LIMITED)
    with make_client(bmc, retry=_no_jitter(fake_time, max_attempts=3)) as client, \
            pytest.raises(RateLimitedError) as info:
        client.describe_zones()
    assert bmc.calls == 3 and fake_time.sleeps == [0.5, 1.0]
    assert info.value.attempts == 3 and "after 3 attempts" in str(info.value)


def test_retry_stops_at_the_deadline(fake_time: FakeTime) -> None:
    bmc = FakeBMC(UNAVAILABLE)
    policy = _no_jitter(fake_time, max_attempts=10, base=10.0, cap=10.0, deadline=25.0)
    with make_client(bmc, retry=policy) as client, pytest.raises(ServerError):
        client.describe_zones()
    # 0 + 10 <= 25, 10 + 10 <= 25, 20 + 10 > 25: two waits, three sends.
    assert fake_time.sleeps == [10.0, 10.0] and bmc.calls == 3


def test_slow_answers_count_against_the_deadline(fake_time: FakeTime) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        fake_time.now += 59.8  # the server took its time before saying 429
        return LIMITED

    bmc = FakeBMC(slow)
    with make_client(bmc, retry=_no_jitter(fake_time)) as client, pytest.raises(RateLimitedError):
        client.describe_zones()
    assert bmc.calls == 1 and fake_time.sleeps == []


def test_retry_after_is_honoured(fake_time: FakeTime) -> None:
    bmc = FakeBMC(err(429, "REQUEST_LIMIT_EXCEEDED", headers={"Retry-After": "3"}), ok())
    with make_client(bmc, retry=_no_jitter(fake_time)) as client:
        client.describe_zones()
    assert fake_time.sleeps == [3.0]


def test_retry_after_beyond_the_deadline_gives_up_at_once(fake_time: FakeTime) -> None:
    bmc = FakeBMC(err(429, "REQUEST_LIMIT_EXCEEDED", headers={"Retry-After": "120"}), ok())
    with make_client(bmc, retry=_no_jitter(fake_time)) as client, pytest.raises(RateLimitedError) as info:
        client.describe_zones()
    assert bmc.calls == 1 and fake_time.sleeps == [] and info.value.retry_after == 120.0


@pytest.mark.parametrize("answer", [
    err(400, "INVALID_PARAMETER"),
    err(400, "INVALID_ZONE_NOT_FOUND"),
    err(401, "AUTHENTICATION_FAILED"),
    err(500, "INTERNAL_SERVER_ERROR"),
    err(403, "OPERATION_DENIED_INSUFFICIENT_BALANCE"),
])
def test_errors_where_the_server_decided_are_never_retried(fake_time: FakeTime, answer: httpx.Response) -> None:
    bmc = FakeBMC(answer, ok())
    with make_client(bmc, retry=_no_jitter(fake_time)) as client, pytest.raises(ZenlayerError):
        client.describe_zones()
    assert bmc.calls == 1 and fake_time.sleeps == []


def test_400_is_never_retried_even_for_create(fake_time: FakeTime) -> None:
    bmc = FakeBMC(err(400, "INVALID_PARAMETER"), ok())
    with make_client(bmc, retry=_no_jitter(fake_time)) as client, pytest.raises(InvalidParameterError):
        client.create_instances(**CREATE)
    assert bmc.calls == 1


@pytest.mark.parametrize("exc", [httpx.ReadTimeout("read timed out"), httpx.ConnectError("refused"),
                                 httpx.WriteTimeout("w"), httpx.RemoteProtocolError("peer closed")])
def test_create_is_never_resent_after_a_transport_failure(fake_time: FakeTime, exc: Exception) -> None:
    bmc = FakeBMC(exc, ok({"instanceIdSet": ["i-1", "i-2"]}))
    with make_client(bmc, retry=_no_jitter(fake_time)) as client, pytest.raises(AmbiguousCreateError) as info:
        client.create_instances(**CREATE)
    assert bmc.calls == 1 and fake_time.sleeps == []
    assert isinstance(info.value, NetworkError) and info.value.code == "NETWORK_ERROR"
    assert "DescribeInstances" in info.value.message and "may have been created" in info.value.message
    assert info.value.__cause__ is exc


@pytest.mark.parametrize("status", [502, 503, 504])
def test_create_after_a_gateway_page_is_ambiguous(fake_time: FakeTime, status: int) -> None:
    bmc = FakeBMC(httpx.Response(status, text="<html>gateway</html>"), ok())
    with make_client(bmc, retry=_no_jitter(fake_time)) as client, pytest.raises(AmbiguousCreateError) as info:
        client.create_instances(**CREATE)
    assert bmc.calls == 1 and info.value.http_status == status and info.value.code == f"HTTP_{status}"
    assert "DescribeInstances" in info.value.message


@pytest.mark.parametrize("answer", [LIMITED, UNAVAILABLE])
def test_create_is_retried_when_the_server_says_it_did_not_act(fake_time: FakeTime,
                                                               answer: httpx.Response) -> None:
    bmc = FakeBMC(answer, ok({"instanceIdSet": ["i-1", "i-2"]}))
    with make_client(bmc, retry=_no_jitter(fake_time)) as client:
        assert client.create_instances(**CREATE).instance_id_set == ["i-1", "i-2"]
    assert bmc.calls == 2
    assert bmc.bodies()[0] == bmc.bodies()[1]


@pytest.mark.parametrize("exc", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow connect"),
                                 httpx.ReadTimeout("slow read")])
def test_describe_is_retried_after_network_errors(fake_time: FakeTime, exc: Exception) -> None:
    bmc = FakeBMC(exc, ok({"totalCount": 1, "dataSet": [{"instanceId": "i-1"}]}))
    with make_client(bmc, retry=_no_jitter(fake_time)) as client:
        assert client.describe_instances().data_set[0].instance_id == "i-1"
    assert bmc.calls == 2 and fake_time.sleeps == [0.5]


def test_describe_gives_up_on_network_errors_with_a_network_error(fake_time: FakeTime) -> None:
    bmc = FakeBMC(httpx.ConnectError("refused"))
    with make_client(bmc, retry=_no_jitter(fake_time, max_attempts=2)) as client, \
            pytest.raises(NetworkError) as info:
        client.describe_zones()
    assert not isinstance(info.value, AmbiguousCreateError)
    assert bmc.calls == 2 and "ConnectError" in info.value.message and "bmc.test:8900" in info.value.message


def test_other_mutating_actions_retry_only_on_retryable_codes(fake_time: FakeTime) -> None:
    bmc = FakeBMC(httpx.ConnectError("refused"), ok())
    with make_client(bmc, retry=_no_jitter(fake_time)) as client:
        with pytest.raises(NetworkError) as info:
            client.stop_instances(instance_ids=["i-1"])
        assert bmc.calls == 1 and "may or may not have been applied" in info.value.message
        assert not isinstance(info.value, AmbiguousCreateError)

        bmc.answers = [httpx.Response(502, text="bad gateway"), ok()]
        with pytest.raises(ServerError):
            client.reboot_instances(instance_ids=["i-1"])
        assert bmc.calls == 2

        bmc.answers = [LIMITED, UNAVAILABLE, ok()]
        client.terminate_instance(instance_id="i-1")
        assert bmc.calls == 5


def test_reads_are_retried_after_a_gateway_page(fake_time: FakeTime) -> None:
    bmc = FakeBMC(httpx.Response(502, text="bad gateway"), ok())
    with make_client(bmc, retry=_no_jitter(fake_time)) as client:
        client.describe_images()
    assert bmc.calls == 2


def test_an_unsupported_url_is_not_retried(fake_time: FakeTime) -> None:
    bmc = FakeBMC(httpx.UnsupportedProtocol("nope"))
    with make_client(bmc, retry=_no_jitter(fake_time)) as client, pytest.raises(NetworkError) as info:
        client.create_instances(**CREATE)
    assert bmc.calls == 1 and not isinstance(info.value, AmbiguousCreateError)


def test_retries_are_logged(fake_time: FakeTime, caplog: pytest.LogCaptureFixture) -> None:
    bmc = FakeBMC(LIMITED, ok())
    with caplog.at_level("INFO", logger="zltoolkit.client"), make_client(bmc, retry=_no_jitter(fake_time)) as c:
        c.describe_zones()
    assert any("REQUEST_LIMIT_EXCEEDED, retrying in 0.50 s (attempt 2 of 5)" in r.getMessage()
               for r in caplog.records)


# --- the same through the async client ---


def test_async_429_then_200(fake_time: FakeTime) -> None:
    bmc = FakeBMC(LIMITED, UNAVAILABLE, ok({"zoneSet": [{"zoneId": "SEL-A"}]}))

    async def go() -> str:
        async with make_async_client(bmc, retry=_no_jitter(fake_time)) as client:
            return (await client.describe_zones()).zone_set[0].zone_id

    assert run(go()) == "SEL-A"
    assert bmc.calls == 3 and fake_time.sleeps == [0.5, 1.0]


def test_async_create_is_never_resent(fake_time: FakeTime) -> None:
    bmc = FakeBMC(httpx.ReadTimeout("slow"), ok())

    async def go() -> None:
        async with make_async_client(bmc, retry=_no_jitter(fake_time)) as client:
            await client.create_instances(**CREATE)

    with pytest.raises(AmbiguousCreateError):
        run(go())
    assert bmc.calls == 1 and fake_time.sleeps == []


def test_async_describe_retried_after_connect_error_and_stops_at_deadline(fake_time: FakeTime) -> None:
    bmc = FakeBMC(httpx.ConnectError("refused"))

    async def go() -> None:
        policy = _no_jitter(fake_time, max_attempts=50, base=4.0, cap=4.0, deadline=10.0)
        async with make_async_client(bmc, retry=policy) as client:
            await client.describe_instances()

    with pytest.raises(NetworkError):
        run(go())
    assert fake_time.sleeps == [4.0, 4.0] and bmc.calls == 3
