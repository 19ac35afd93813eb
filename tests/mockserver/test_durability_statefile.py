"""``--state-file``: everything survives a restart, the file wins over ``--scenario``, a failed commit leaves
nothing half-applied, and a SIGKILL mid-storm loses no accepted request."""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from mockserver.scenarios.loader import default_scenario
from tools.launcher import MockProcess

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import (  # noqa: E402
    CREATE_DONE,
    DAY,
    DEMO,
    IMAGE,
    OTHER,
    T0,
    Api,
    advance,
    create_body,
    describe,
    invariants,
    make_api,
    prepaid,
    scenario,
    status,
)


def _reopen(path: Path, sc: dict[str, Any] | None = None, start: float = T0) -> Api:
    return make_api(sc, start=start, state_file=str(path))


def _comparable(state: dict[str, Any]) -> dict[str, Any]:
    s = json.loads(json.dumps(state))
    s["clock"].pop("wall")
    return s


def test_restart_restores_everything(tmp_path: Path) -> None:
    f = tmp_path / "state.db"
    api = _reopen(f)
    ids = api.create(prepaid(1, amount=3, imageId=IMAGE, instanceName="p-[1,2]",
                             tags={"tags": [{"key": "k", "value": "v"}]}))  # fmt: skip
    post = api.create(create_body(amount=2), **OTHER)
    advance(api, CREATE_DONE)
    api.ok("TerminateInstance", {"instanceId": post[0]}, **OTHER)
    advance(api, 100)
    before = _comparable(api.http.get("/_mock/state").json())
    wire = describe(api, ids)

    again = _reopen(f, start=T0 + 10 * DAY)  # a different configured start: the file's clock wins
    assert _comparable(again.http.get("/_mock/state").json()) == before
    assert describe(again, ids) == wire
    assert again.state.backend.now == pytest.approx(T0 + CREATE_DONE + 100)
    # Events survived: the terminated instance is released 24 h after its RECYCLE.
    advance(again, DAY - 100)
    assert again.ok("DescribeInstances", {"instanceIds": post}, **OTHER)["totalCount"] == 1
    # Counters survived: new ids continue, never repeat.
    more = again.create(create_body(amount=2))
    assert set(more).isdisjoint(ids + post) and min(more) > max(ids + post)
    assert invariants(again)["ok"]


def test_the_state_file_wins_over_the_configured_scenario(tmp_path: Path) -> None:
    f = tmp_path / "state.db"
    sc = scenario()
    sc["name"] = "first"
    api = _reopen(f, sc)
    (iid,) = api.create(create_body())
    other = scenario()
    other["name"] = "second"
    again = _reopen(f, other)
    assert again.state.backend.scenario.name == "first"
    assert status(again, iid) == "PENDING"


def test_manual_clock_advance_alone_is_persisted(tmp_path: Path) -> None:
    f = tmp_path / "state.db"
    api = _reopen(f)
    api.state.backend.clock.advance(1234)  # straight on the clock, no request afterwards
    again = _reopen(f)
    assert again.state.backend.clock.now() == T0 + 1234


def test_reset_scenario_load_and_import_rewrite_the_file(tmp_path: Path) -> None:
    f = tmp_path / "state.db"
    api = _reopen(f)
    api.create(create_body(amount=2))
    exported = api.http.get("/_mock/state").json()
    assert api.http.post("/_mock/reset").status_code == 200
    assert _reopen(f).ok("DescribeInstances", {})["totalCount"] == 0
    assert api.http.put("/_mock/state", json=exported).status_code == 200
    assert _reopen(f).ok("DescribeInstances", {})["totalCount"] == 2
    sc = scenario()
    sc["name"] = "reloaded"
    assert api.http.post("/_mock/scenario", json=sc).status_code == 200
    again = _reopen(f)
    assert again.state.backend.scenario.name == "reloaded"
    assert again.ok("DescribeInstances", {})["totalCount"] == 0


def test_a_failed_commit_applies_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mockserver.backend import statefile

    f = tmp_path / "state.db"
    api = _reopen(f)
    (keep,) = api.create(create_body())
    b = api.state.backend
    before = _comparable(b.export_state())

    def broken(self: Any, delta: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(statefile.Store, "apply", broken)
    r = api.call("CreateInstances", create_body(amount=3))
    assert r.status_code == 500 and r.json()["code"] == "INTERNAL_SERVER_ERROR"
    monkeypatch.undo()
    b = api.state.backend
    assert _comparable(b.export_state()) == before  # memory rolled back to the last commit
    assert [i["instanceId"] for i in describe(api)] == [keep]
    assert _comparable(_reopen(f).state.backend.export_state()) == before


def test_a_handler_failing_half_way_is_rolled_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mockserver.backend import ids

    f = tmp_path / "state.db"
    api = _reopen(f)
    b = api.state.backend
    before = _comparable(b.export_state())
    # The order number is drawn after the instances were indexed: a bug there must not leave them behind.
    monkeypatch.setattr(ids.Ids, "order_number", lambda self, now: 1 / 0)
    assert api.call("CreateInstances", create_body(amount=2)).status_code == 500
    monkeypatch.undo()
    assert _comparable(api.state.backend.export_state()) == before
    assert api.ok("DescribeInstances", {})["totalCount"] == 0


def test_without_state_file_nothing_touches_the_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    api = make_api()
    api.create(create_body())
    assert list(tmp_path.iterdir()) == []


def test_import_refuses_garbage_and_changes_nothing() -> None:
    api = make_api()
    (iid,) = api.create(create_body())
    good = api.http.get("/_mock/state").json()
    for bad in ({}, {**good, "format": "x"}, {**good, "instances": [{"id": "1"}]},
                {**good, "events": [[1.0, 1, "explode", iid]]}):  # fmt: skip
        r = api.http.put("/_mock/state", json=bad)
        assert r.status_code == 400 and r.json()["code"] == "INVALID_PARAMETER", r.text
    assert [i["instanceId"] for i in describe(api)] == [iid]


# --- kill -9 mid-storm --------------------------------------------------------------------------------------


def _start(state_file: Path) -> MockProcess:
    """``zl-mock`` as a real process on the state file (so it can be SIGKILLed)."""
    return MockProcess(state_file=state_file, clock="manual", seed=5).start()


@pytest.mark.slow
def test_sigkill_mid_storm_loses_no_accepted_request(tmp_path: Path) -> None:
    f = tmp_path / "state.db"
    proc = _start(f)
    url = proc.url
    accepted: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def storm(n: int) -> None:
        api = Api(base_url=url)
        creds = DEMO if n % 2 else OTHER
        while not stop.is_set():
            body = prepaid(1) if n % 4 == 1 else create_body(amount=1 + n % 3)
            try:
                r = api.call("CreateInstances", body, **creds)
            except httpx.HTTPError:
                return  # the server died mid-request: that request was never acknowledged
            if r.status_code == 200:
                ids = r.json()["response"]["instanceIdSet"]
                with lock:
                    accepted.extend(ids)

    threads = [threading.Thread(target=storm, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with lock:
            if len(accepted) >= 60:
                break
        time.sleep(0.01)
    proc.kill()  # SIGKILL mid-storm
    stop.set()
    for t in threads:
        t.join(timeout=60)
    assert len(accepted) >= 60, "the storm did not get going"

    proc2 = _start(f)
    try:
        api = Api(base_url=proc2.url)
        everything = api.http.get("/_mock/instances").json()["instances"]
        by_id = {i["instanceId"]: i for i in everything}
        missing = [i for i in accepted if i not in by_id]
        assert missing == [], f"{len(missing)} acknowledged instances lost"
        # Nothing half-applied: every instance fully formed, stock and money add up. The scenario's instance
        # seeds (the Showcase account's) are there too, settled as seeded; the storm's are still being created.
        seeded = {s.instance_id: s.status for a in default_scenario().accounts for s in a.instances}
        assert {i["instanceId"]: i["instanceStatus"] for i in everything if i["instanceId"] in seeded} == seeded
        for info in everything:
            expected = (seeded[info["instanceId"]],) if info["instanceId"] in seeded else ("PENDING", "CREATING")
            assert info["instanceStatus"] in expected and info["primaryPublicIpAddress"]
            assert info["createTime"] and info["privateIpAddresses"]
        inv = api.http.get("/_mock/invariants").json()
        assert inv["ok"], inv
        assert len({i["primaryPublicIpAddress"] for i in everything}) == len(everything)
        # Orders are all-or-nothing: an account's instance count is a sum of whole create amounts, at least
        # the acknowledged ones (a request may have committed right before the kill without its reply).
        for acc in inv["accounts"]:
            assert acc["holding"] == sum(1 for i in everything if i["accountId"] == acc["accountId"])
            # Balances match charges: nothing was refunded or released, so every charge is on a live instance.
            assert acc["charged"] == pytest.approx(acc["paidByLiveInstances"], abs=0.005)
            assert acc["balance"] + acc["charged"] == pytest.approx(acc["initialBalance"], abs=0.005)
        assert len(everything) >= len(accepted)
    finally:
        proc2.stop()


# --- any sequence of requests, then a restart, gives back exactly the same state --------------------------


def test_every_change_reaches_the_file(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A state machine drives the mock; at random points the server is reopened from its file and must hold
    exactly what it held in memory (the per-request deltas miss nothing: drains, pools, events, counters)."""
    from hypothesis import HealthCheck, settings
    from hypothesis import strategies as st
    from hypothesis.stateful import RuleBasedStateMachine, precondition, rule, run_state_machine_as_test

    class Durable(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.path = tmp_path_factory.mktemp("sm") / "state.db"
            self.api = _reopen(self.path, scenario(create=0.3, install=0.3))
            self.ids: list[str] = []

        @rule(n=st.integers(1, 3), pre=st.booleans(), other=st.booleans())
        def create(self, n: int, pre: bool, other: bool) -> None:
            body = prepaid(1, amount=n, imageId=IMAGE) if pre else create_body(amount=n)
            r = self.api.call("CreateInstances", body, **(OTHER if other else {}))
            assert r.status_code < 500
            if r.status_code == 200:
                self.ids += r.json()["response"]["instanceIdSet"]

        @precondition(lambda self: self.ids)
        @rule(action=st.sampled_from(["StopInstances", "StartInstances", "ReleaseInstances", "TerminateInstance",
                                      "RenewInstance", "ModifyInstancesAttribute"]), data=st.data())
        def act(self, action: str, data: st.DataObject) -> None:
            iid = data.draw(st.sampled_from(self.ids))
            body: dict[str, Any] = {"instanceIds": [iid]}
            if action in ("TerminateInstance", "RenewInstance"):
                body = {"instanceId": iid}
            if action == "ModifyInstancesAttribute":
                body["instanceName"] = "n-[1,3]"
            assert self.api.call(action, body).status_code < 500

        @rule(seconds=st.sampled_from([5, 65, 3600, 86400, 40 * 86400]))
        def advance(self, seconds: int) -> None:
            advance(self.api, seconds)

        @rule()
        def restart(self) -> None:
            before = _comparable(self.api.state.backend.export_state())
            self.api.state.backend.close()
            self.api = _reopen(self.path)
            assert _comparable(self.api.state.backend.export_state()) == before

    run_state_machine_as_test(
        Durable, settings=settings(deadline=None, max_examples=10, stateful_step_count=15,
                                   suppress_health_check=list(HealthCheck)),
    )  # fmt: skip


def test_unusable_state_files_are_reported(tmp_path: Path) -> None:
    from mockserver.backend.statefile import Store

    with pytest.raises(OSError, match="cannot use state file"):
        Store(tmp_path / "no-such-dir" / "state.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(OSError, match="cannot use state file"):
        Store(junk)
