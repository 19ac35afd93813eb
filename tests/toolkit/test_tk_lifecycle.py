"""wait_for / watch against the mock's manual clock: no wall-time sleeping, batched polling."""

from __future__ import annotations

import asyncio
import math

import pytest

from zltoolkit.client import AsyncClient
from zltoolkit.lifecycle import (
    STATES,
    InstanceFailedError,
    InstanceFailureWarning,
    WaitTimeout,
    snapshot,
    wait_for,
    watch,
)

IMAGE = "bd5faa16-39d2-4bbf-a5c8-b95a193b1626"
PASSWORD = "Example123~"


def _create(server, client, n: int, zone: str = "SEL-A", itype: str = "M6C", image: str | None = IMAGE) -> list[str]:
    server.set_stock(zone, itype, "POSTPAID", n + 10)
    ids: list[str] = []
    while len(ids) < n:
        amount = min(100, n - len(ids))
        kwargs = {"image_id": image, "password": PASSWORD} if image else {}
        ids += client.create_instances(zone_id=zone, instance_type_id=itype, instance_charge_type="POSTPAID",
                                       internet_charge_type="ByBandwidth", amount=amount, **kwargs).instance_id_set
    return ids


def test_wait_for_running_with_the_mock_clock(server, client, check_schema) -> None:
    ids = _create(server, client, 5)
    assert set(snapshot(client, ids).status) == {"PENDING"}
    df = wait_for(client, ids, sleep=server.advance, poll=10, progress=False)
    check_schema(df, STATES)
    assert df.instance_id.tolist() == ids
    assert df.reached.all() and not df.failed.any() and not df.gone.any() and not df.timed_out.any()
    assert (df.status == "RUNNING").all()
    # pending 5 s + creating 60 s + installing 180 s = 245 s: seen RUNNING at the first poll after that
    assert (df.elapsed_s == 250.0).all()


def test_failures_are_reported_not_hidden(server, client, make_scenario, use_scenario) -> None:
    use_scenario(make_scenario(create_failure=1.0))
    ids = _create(server, client, 3)
    with pytest.warns(InstanceFailureWarning, match="CREATE_FAILED"):
        df = wait_for(client, ids, sleep=server.advance, progress=False)
    assert df.failed.all() and not df.reached.any() and (df.status == "CREATE_FAILED").all()
    more = _create(server, client, 2)
    with pytest.raises(InstanceFailedError) as info:
        wait_for(client, more, sleep=server.advance, progress=False, raise_on_failure=True)
    assert set(info.value.failed) == set(more)


def test_forced_install_failure(server, client) -> None:
    ids = _create(server, client, 2)
    server.force_status(ids[0], "INSTALL_FAILED")
    with pytest.warns(InstanceFailureWarning, match="INSTALL_FAILED"):
        df = wait_for(client, ids, sleep=server.advance, progress=False).set_index("instance_id")
    assert df.loc[ids[0], "failed"] and df.loc[ids[0], "status"] == "INSTALL_FAILED"
    assert df.loc[ids[1], "reached"]


def test_timeout_lists_pending_ids(server, client) -> None:
    ids = _create(server, client, 3)
    with pytest.raises(WaitTimeout) as info:
        wait_for(client, ids, sleep=server.advance, timeout=60, poll=10, progress=False)
    err = info.value
    assert err.pending == ids
    assert all(i in str(err) for i in ids) and "60" in str(err)
    assert err.frame.timed_out.all() and err.frame.status.notna().all()


def test_gone_instances(server, client) -> None:
    a, b = _create(server, client, 2, image=None)  # no image: RUNNING after 65 s
    wait_for(client, [a, b], sleep=server.advance, progress=False)
    client.terminate_instance(instance_id=b)  # POSTPAID: RECYCLE at once
    client.release_instances(instance_ids=[b])  # then gone
    client.stop_instances(instance_ids=[a])
    with pytest.warns(InstanceFailureWarning, match="gone"):
        df = wait_for(client, [a, b, "no-such-instance"], target="STOPPED", sleep=server.advance,
                      progress=False).set_index("instance_id")
    assert df.loc[a, "reached"] and df.loc[a, "status"] == "STOPPED"
    assert df.loc[b, "gone"] and df.loc["no-such-instance", "gone"]


def test_seen_then_gone_is_immediate(server, client) -> None:
    a, b = _create(server, client, 2, image=None)
    wait_for(client, [a, b], sleep=server.advance, progress=False)
    client.stop_instances(instance_ids=[a, b])
    rounds: list[int] = []

    def on_update(df) -> None:
        rounds.append(len(df))
        if len(rounds) == 1:  # after the first round has seen b: it disappears
            client.terminate_instance(instance_id=b)
            client.release_instances(instance_ids=[b])

    with pytest.warns(InstanceFailureWarning, match="gone"):
        df = wait_for(client, [a, b], target="STOPPED", sleep=server.advance, poll=5, progress=False,
                      on_update=on_update).set_index("instance_id")
    assert df.loc[b, "gone"] and df.loc[b, "elapsed_s"] == 5.0


def test_batches_of_100_per_round(server, client) -> None:
    ids = _create(server, client, 250)
    server.clear_journal()
    rounds: list[int] = []
    df = wait_for(client, ids, sleep=server.advance, poll=10, progress=False,
                  on_update=lambda d: rounds.append(int((~d.reached).sum())))
    assert df.reached.all()
    calls = server.journal(action="DescribeInstances")
    # every round asks only about pending instances, ceil(pending / 100) calls
    pending_per_round = [len(ids)] + rounds[:-1]
    assert len(calls) == sum(math.ceil(p / 100) for p in pending_per_round)
    assert len(calls) == 3 * len(rounds)  # all 250 settle together here
    assert all(len(c["body"]["instanceIds"]) <= 100 and c["body"]["pageSize"] == 100 for c in calls)


def test_async_watch(server, client) -> None:
    ids = _create(server, client, 120)
    creds = server.credentials
    updates: list[int] = []

    async def advance(seconds: float) -> None:
        server.advance(seconds)

    async def on_update(df) -> None:
        updates.append(int(df.reached.sum()))

    async def go():
        async with AsyncClient(server.url, access_key_id=creds.access_key_id,
                               access_key_password=creds.access_key_password) as ac:
            return await watch(ac, ids, sleep=advance, poll=30, progress=False, on_update=on_update)

    df = asyncio.run(go())
    assert df.reached.all() and len(df) == 120
    assert updates[-1] == 120 and updates[0] == 0
    assert (df.elapsed_s == 270.0).all()


def test_session_wait_for_uses_the_mock_clock() -> None:
    import zltoolkit as zl

    with zl.connect("mock", clock="manual", quiet=True, scenario=None, seed=3) as s:
        s.mock.set_stock("SEL-A", "M6C", "POSTPAID", 50)
        ids = s.create_instances(zone_id="SEL-A", instance_type_id="M6C", instance_charge_type="POSTPAID",
                                 internet_charge_type="ByBandwidth", amount=2).instance_id_set
        df = s.wait_for(ids, target=["RUNNING", "CREATE_FAILED"], progress=False)
        assert df.reached.all()


def test_empty_ids(client, check_schema) -> None:
    check_schema(wait_for(client, [], progress=False), STATES)


def test_session_watch_async(server) -> None:
    import zltoolkit as zl

    creds = server.credentials
    with zl.connect(server.url, access_key_id=creds.access_key_id, access_key_password=creds.access_key_password,
                    quiet=True) as s:
        ids = _create(server, s.client, 3, image=None)

        async def advance(seconds: float) -> None:
            server.advance(seconds)

        df = asyncio.run(s.watch(ids, sleep=advance, progress=False))
        assert df.reached.all()
