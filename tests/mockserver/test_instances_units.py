"""Backend building blocks without HTTP: time arithmetic, ids, address pools, records, events, the matrix."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import T0, create_body, make_api  # noqa: E402

from mockserver.backend import ipam, lifecycle, pools  # noqa: E402
from mockserver.backend.events import EventQueue  # noqa: E402
from mockserver.backend.ids import Ids  # noqa: E402
from mockserver.backend.records import Instance  # noqa: E402
from mockserver.backend.timeutil import add_months, fmt  # noqa: E402


def test_fmt_is_utc_seconds() -> None:
    assert fmt(T0) == "2024-01-31T10:00:00Z"
    assert fmt(T0 + 0.999) == "2024-01-31T10:00:00Z"


@pytest.mark.parametrize(
    ("months", "expected"),
    [(1, "2024-02-29T10:00:00Z"), (2, "2024-03-31T10:00:00Z"), (3, "2024-04-30T10:00:00Z"),
     (12, "2025-01-31T10:00:00Z"), (13, "2025-02-28T10:00:00Z"), (0, "2024-01-31T10:00:00Z")],
)  # fmt: skip
def test_add_months_is_calendar_months(months: int, expected: str) -> None:
    assert fmt(add_months(T0, months)) == expected


@settings(deadline=None, max_examples=200)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=2**60))
def test_ids_are_increasing_unique_numeric(n: int, seed: int) -> None:
    ids = Ids(seed, {"instance": n})
    got = [ids.instance_id() for _ in range(5)]
    assert got == sorted(got) and len(set(got)) == 5
    assert all(len(i) == 18 and i.isdigit() for i in got)
    again = Ids(seed, {"instance": n})
    assert [again.instance_id() for _ in range(5)] == got


def test_draws_are_uniform_enough_and_resumable() -> None:
    ids = Ids(1)
    draws = [ids.draw() for _ in range(4000)]
    assert all(0 <= d < 1 for d in draws)
    assert 0.45 < sum(draws) / len(draws) < 0.55
    resumed = Ids(1, ids.counters())
    assert resumed.draw() == ids.draw()


def test_pool_hands_out_fresh_then_released_addresses() -> None:
    p = ipam.ipv4_public("198.51.100.0/29")  # offsets 2..6
    got = [p.allocate() for _ in range(5)]
    assert got == [f"198.51.100.{n}" for n in range(2, 7)]
    with pytest.raises(ipam.PoolExhausted):
        p.allocate()
    p.release("198.51.100.4")
    p.release("198.51.100.3")
    assert p.available() == 2
    assert [p.allocate(), p.allocate()] == ["198.51.100.3", "198.51.100.4"]


def test_pool_rebuilds_free_list_from_reservations() -> None:
    p = ipam.ipv4_public("198.51.100.0/29", next_offset=6)
    p.reserve("198.51.100.2")
    p.reserve("198.51.100.5")
    p.rebuild_free()
    assert p.available() == 3  # .3, .4 released earlier + .6 fresh
    assert {p.allocate() for _ in range(3)} == {"198.51.100.6", "198.51.100.3", "198.51.100.4"}


def test_ipv6_pool_starts_at_one() -> None:
    assert ipam.ipv6("2602:ffe4:1:11::/64").allocate() == "2602:ffe4:1:11::1"


@pytest.mark.parametrize("cidr", ["2602:ffe4:1:11::/64", "2001:db8::/32", "fd00::/8", "198.51.100.0/22", "10.0.0.0/8"])
def test_pool_addresses_read_as_ipaddress_writes_them(cidr: str) -> None:
    """The pool formats addresses itself (fast); the text must be ipaddress's, RFC 5952 compression included:
    offsets with zero runs of every length and place."""
    import ipaddress
    import random

    pool = ipam.Pool(cidr, first=0)
    net = ipaddress.ip_network(cidr)
    rng = random.Random(cidr)
    size = net.num_addresses
    offsets = {0, 1, size - 1, 0x10000 % size, 0x10001 % size} | {rng.randrange(size) for _ in range(500)}
    offsets |= {(1 << rng.randrange(net.max_prefixlen - net.prefixlen)) % size for _ in range(200)}
    for off in sorted(offsets):
        assert pool._address(off) == str(net.network_address + off)



@pytest.mark.parametrize(
    ("key", "text"),
    [(pools.PublicV4("SEL-A"), "pub4:SEL-A"), (pools.PublicV6("SEL-A"), "ipv6:SEL-A"),
     (pools.Private("acc-demo", None), "priv:acc-demo:"),
     (pools.Private("acc-demo", "subnet-demo-sel-a"), "priv:acc-demo:subnet-demo-sel-a")],
)  # fmt: skip
def test_pool_keys_are_typed_and_spelled_as_before_in_exports(key: pools.PoolKey, text: str) -> None:
    assert pools.encode(key) == text
    assert pools.decode(text) == key


@pytest.mark.parametrize("text", ["pub4", "priv:acc-demo", "mac:SEL-A", ""])
def test_unknown_pool_keys_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="unknown address pool"):
        pools.decode(text)


def test_an_import_with_an_unknown_pool_key_changes_nothing() -> None:
    api = make_api()
    b = api.state.backend
    api.create(create_body())
    before = b.export_state()
    bad = {**before, "pools": {**before["pools"], "mac:SEL-A": 3}}
    with pytest.raises(ValueError, match="invalid state: unknown address pool"):
        b.import_state(bad)
    assert b.export_state()["pools"] == before["pools"]


def test_released_addresses_go_back_to_their_typed_pool() -> None:
    api = make_api()
    b = api.state.backend
    (iid,) = api.create(create_body(subnetId="subnet-demo-sel-a"))
    inst = b.by_id[iid]
    held = dict(pools.addresses(inst))
    assert set(held) == {pools.PublicV4("SEL-A"), pools.PublicV6("SEL-A"), pools.Private("acc-demo", "subnet-demo-sel-a")}
    b.pools.release(inst)
    assert (inst.pub4, inst.ipv6, inst.priv4) == (None, None, None)
    for key, addr in held.items():
        pool = b.pools.pool(key)
        assert addr in {pool._address(o) for o in pool._free}


def _record(**over: Any) -> dict[str, Any]:
    api = make_api()
    (iid,) = api.create(create_body())
    rec = api.state.backend.by_id[iid].to_record()
    rec.update(over)
    return rec


def test_record_round_trip_is_json_stable() -> None:
    rec = _record()
    inst = Instance.from_record(json.loads(json.dumps(rec)))
    assert inst.to_record() == rec


@pytest.mark.parametrize("bad", [{"sched": []}, {"sched": [1.0]}, {"sched": [1.0, "DANCING"]}])
def test_record_refuses_bad_schedules(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        Instance.from_record(_record(**bad))


def test_schedule_reads() -> None:
    inst = Instance.from_record(_record(sched=[0.0, "PENDING", 5.0, "CREATING", 65.0, "RUNNING"]))
    assert [inst.status(t) for t in (0, 4.9, 5, 64, 65, 1e9)] == [
        "PENDING", "PENDING", "CREATING", "CREATING", "RUNNING", "RUNNING"]
    assert inst.next_change(0) == 5 and inst.next_change(5) == 65 and inst.next_change(70) == float("inf")
    assert inst.current(10) == (5.0, "CREATING")
    inst.reschedule(70, (70, "STOPPING", 90, "STOPPED"))
    assert inst.sched == (65.0, "RUNNING", 70, "STOPPING", 90, "STOPPED")


def test_zero_durations_jump_straight_through() -> None:
    from mockserver.scenarios.models import Lifecycle

    life = Lifecycle(pending=0, creating=0, installing=0)
    sched = lifecycle.create_schedule(10.0, life, has_image=True, create_fails=False, install_fails=False)
    inst = Instance.from_record(_record(sched=list(sched)))
    assert inst.status(10.0) == "RUNNING"


def test_event_queue_orders_and_tracks_changes() -> None:
    q = EventQueue()
    q.push(5, "fail", "a")
    q.push(1, "expire", "b")
    q.push(5, "release", "c")
    assert q.pop_due(0.5) is None
    assert [q.pop_due(10).subject for _ in range(3)] == ["b", "a", "c"]
    assert len(q.added) == 3 and len(q.removed) == 3
    again = EventQueue([], seq=q.seq)
    assert again.push(1, "fail", "x").seq == 3


def test_matrix_covers_every_action_and_status() -> None:
    for action in (lifecycle.START, lifecycle.STOP, lifecycle.REBOOT, lifecycle.REINSTALL, lifecycle.TERMINATE,
                   lifecycle.RELEASE, lifecycle.RENEW):  # fmt: skip
        for s in lifecycle.ALL_STATUSES:
            code = lifecycle.denial(action, s)
            if code is not None:
                assert lifecycle.denial_message(code, "i-1", s).startswith("The instance `i-1`")


def test_real_clock_with_speed_drives_the_lifecycle() -> None:
    """Demo mode: wall time x speed (a fake wall clock here: tests never sleep)."""
    from _instances_support import CREATE_DONE, Api, scenario

    from mockserver.app import create_app
    from mockserver.backend import Backend, Clock
    from mockserver.config import MockConfig
    from mockserver.scenarios.loader import load_scenario

    wall = [1000.0]
    clock = Clock("real", speed=60, start=T0, wall=lambda: wall[0])
    b = Backend(load_scenario(scenario()), clock=clock, seed=1)
    api = Api(create_app(MockConfig(clock="real", speed=60), backend=b))
    (iid,) = api.create(create_body())
    wall[0] += (CREATE_DONE - 1) / 60
    assert api.ok("DescribeInstances", {"instanceIds": [iid]})["dataSet"][0]["instanceStatus"] == "CREATING"
    wall[0] += 1 / 60
    assert api.ok("DescribeInstances", {"instanceIds": [iid]})["dataSet"][0]["instanceStatus"] == "RUNNING"
