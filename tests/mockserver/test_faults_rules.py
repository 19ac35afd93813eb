"""Fault injection: the rule model, matching, firstN/probability/rate limits, and the effects over HTTP."""

from __future__ import annotations

import threading

import pytest
from pydantic import ValidationError

import mockserver.app as app_module
from mockserver.faults import FaultRule, Faults

ZONES = "DescribeZones"


class FakeWall:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_rule_model_validation():
    assert FaultRule(error="INTERNAL_SERVER_ERROR").id.startswith("fault-")
    r = FaultRule.model_validate({"zone": "SEL-A", "type": "M6C", "account": "acc-demo", "latencyMs": 5})
    assert (r.zone_id, r.instance_type_id, r.account_id, r.latency_ms) == ("SEL-A", "M6C", "acc-demo", 5)
    assert FaultRule.model_validate({"zoneId": "X", "rateLimit": 2, "firstN": 1}).first_n == 1
    for bad in ({}, {"error": "NOT_A_CODE"}, {"error": "INTERNAL_SERVER_ERROR", "rateLimit": 1},
                {"latencyMs": -1}, {"rateLimit": 0}, {"probability": 1.5, "error": "INTERNAL_SERVER_ERROR"},
                {"error": "INTERNAL_SERVER_ERROR", "surprise": 1}):
        with pytest.raises(ValidationError):
            FaultRule.model_validate(bad)


def test_matching():
    f = Faults()
    f.add({"id": "a", "action": ZONES, "error": "INTERNAL_SERVER_ERROR"})
    f.add({"id": "z", "zone": "SEL-A", "type": "M6C", "error": "SERVICE_TEMPORARY_UNAVAILABLE"})
    f.add({"id": "acc", "account": "acc-other", "error": "REQUEST_TIMED_OUT"})
    assert f.evaluate(ZONES, None, None, "acc-demo").error == "INTERNAL_SERVER_ERROR"
    assert f.evaluate("DescribeImages", "SEL-A", None, "acc-demo") is None
    d = f.evaluate("InquiryPriceCreateInstance", "SEL-A", "M6C", "acc-demo")
    assert d.error == "SERVICE_TEMPORARY_UNAVAILABLE" and d.rule_ids == ["z"]
    d = f.evaluate(ZONES, None, None, "acc-other")
    assert d.error == "INTERNAL_SERVER_ERROR" and d.rule_ids == ["a", "acc"]  # first error wins
    listed = {r["id"]: r for r in f.list()}
    assert (listed["a"]["matched"], listed["a"]["fired"]) == (2, 2)
    assert f.remove("a") and not f.remove("a")
    f.clear()
    assert len(f) == 0 and f.evaluate(ZONES, None, None, None) is None


def test_duplicate_id_refused():
    f = Faults()
    f.add({"id": "x", "latencyMs": 1})
    with pytest.raises(ValueError):
        f.add({"id": "x", "latencyMs": 1})


def test_first_n():
    f = Faults()
    f.add({"error": "INTERNAL_SERVER_ERROR", "firstN": 2})
    got = [f.evaluate(ZONES, None, None, None) is not None for _ in range(5)]
    assert got == [True, True, False, False, False]
    assert f.list()[0]["matched"] == 5 and f.list()[0]["fired"] == 2


def test_probability_is_seeded():
    def pattern(seed: int | None, rule_seed: int | None = None) -> list[bool]:
        f = Faults(seed=seed)
        f.add({"error": "INTERNAL_SERVER_ERROR", "probability": 0.5, "seed": rule_seed})
        return [f.evaluate(ZONES, None, None, None) is not None for _ in range(64)]

    assert pattern(7) == pattern(7)
    assert pattern(7) != pattern(8)
    assert pattern(1, rule_seed=3) == pattern(2, rule_seed=3)
    assert 10 < sum(pattern(7)) < 54
    f = Faults(seed=1)
    f.add({"error": "INTERNAL_SERVER_ERROR", "probability": 0.0})
    f.add({"latencyMs": 1, "probability": 1.0})
    d = f.evaluate(ZONES, None, None, None)
    assert d.error is None and d.latency_s == pytest.approx(0.001)


def test_rate_limit_token_bucket():
    wall = FakeWall()
    f = Faults(wall=wall)
    f.add({"rateLimit": 2})
    assert [f.evaluate(ZONES, None, None, None) for _ in range(2)] == [None, None]
    d = f.evaluate(ZONES, None, None, None)
    assert d.error == "REQUEST_LIMIT_EXCEEDED"
    wall.t += 0.5  # one token back
    assert f.evaluate(ZONES, None, None, None) is None
    assert f.evaluate(ZONES, None, None, None).error == "REQUEST_LIMIT_EXCEEDED"
    wall.t += 100  # the bucket holds one second's worth at most
    assert [f.evaluate(ZONES, None, None, None) is None for _ in range(3)] == [True, True, False]


# --- over HTTP (in-process) ---


def add(api, **rule) -> str:
    r = api.http.post("/_mock/faults", json=rule)
    assert r.status_code == 200, r.text
    return r.json()["id"]


def test_error_effect(api):
    add(api, action=ZONES, error="SERVICE_TEMPORARY_UNAVAILABLE", message="maintenance")
    r = api.call(ZONES)
    assert r.status_code == 503
    assert r.json()["code"] == "SERVICE_TEMPORARY_UNAVAILABLE" and r.json()["message"] == "maintenance"
    assert api.call("DescribeImages").status_code == 200
    entry = api.state.journal.entries(action=ZONES)[-1]
    assert entry["faults"] and entry["code"] == "SERVICE_TEMPORARY_UNAVAILABLE"


def test_zone_and_account_matchers(api):
    add(api, zone="SEL-A", error="INTERNAL_SERVER_ERROR")
    add(api, account="acc-other", error="OPERATION_DENIED_INSUFFICIENT_BALANCE")
    body = {"instanceChargeType": "PREPAID"}
    assert api.call("DescribeAvailableResources", body | {"zoneId": "SEL-A"}).status_code == 500
    assert api.call("DescribeAvailableResources", body | {"zoneId": "MOW-B"}).status_code == 200
    r = api.call(ZONES, key="other-access-key", password="other-access-key-password")
    assert (r.status_code, r.json()["code"]) == (403, "OPERATION_DENIED_INSUFFICIENT_BALANCE")
    assert api.call(ZONES).status_code == 200


def test_first_n_over_http(api):
    add(api, action=ZONES, error="INTERNAL_SERVER_ERROR", firstN=2)
    assert [api.call(ZONES).status_code for _ in range(4)] == [500, 500, 200, 200]


def test_probability_over_http_is_reproducible(make_api):
    def run() -> list[int]:
        api = make_api(seed=42)
        add(api, action=ZONES, error="INTERNAL_SERVER_ERROR", probability=0.5)
        return [api.call(ZONES).status_code for _ in range(30)]

    first = run()
    assert first == run()
    assert set(first) == {200, 500}


def test_rate_limit_over_http(api):
    add(api, action=ZONES, rateLimit=0.001)  # one request, then none for ~1000 s of wall time
    assert api.call(ZONES).status_code == 200
    r = api.call(ZONES)
    assert (r.status_code, r.json()["code"]) == (429, "REQUEST_LIMIT_EXCEEDED")
    assert api.call("DescribeImages").status_code == 200


def test_latency_is_applied_outside_the_lock(api, monkeypatch):
    slept: list[tuple[float, bool]] = []
    lock = api.state.backend.lock

    def fake_sleep(seconds: float) -> None:
        # Try the lock from another thread: if the request thread held it, that would fail.
        held: list[bool] = []

        def probe() -> None:
            got = lock.acquire(blocking=False)
            if got:
                lock.release()
            held.append(not got)

        t = threading.Thread(target=probe)
        t.start()
        t.join()
        slept.append((seconds, held[0]))

    monkeypatch.setattr(app_module, "sleep_wall", fake_sleep)
    rid = add(api, action=ZONES, latencyMs=250)
    assert api.call(ZONES).status_code == 200
    assert slept == [(0.25, False)]
    rules = api.http.get("/_mock/faults").json()["faults"]
    assert rules[0]["id"] == rid and rules[0]["fired"] == 1
    assert api.state.journal.entries()[-1]["faults"] == [rid]


def test_faults_run_after_auth_and_before_validation(api):
    add(api, error="INTERNAL_SERVER_ERROR")
    assert api.call(ZONES, auth=None).json()["code"] == "AUTHENTICATION_FAILED"
    assert api.call("DescribeAvailableResources", {}).json()["code"] == "INTERNAL_SERVER_ERROR"


def test_admin_fault_errors(api):
    r = api.http.post("/_mock/faults", json={"error": "NOT_A_CODE"})
    assert r.status_code == 400 and r.json()["code"] == "INVALID_PARAMETER" and "error" in r.json()["message"]
    r = api.http.post("/_mock/faults", json={"action": ZONES})
    assert r.status_code == 400
    rid = add(api, id="mine", latencyMs=0)
    assert api.http.post("/_mock/faults", json={"id": "mine", "latencyMs": 0}).status_code == 400
    assert api.http.delete(f"/_mock/faults/{rid}").status_code == 200
    r = api.http.delete(f"/_mock/faults/{rid}")
    assert r.status_code == 404 and r.json()["code"] == "OPERATION_FAILED_RESOURCE_NOT_FOUND"
    add(api, latencyMs=0)
    assert api.http.delete("/_mock/faults").status_code == 200
    assert api.http.get("/_mock/faults").json()["faults"] == []
