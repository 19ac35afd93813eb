"""The /_mock control plane (in-process): health, reset, clock, scenario, stock, journal, admin token."""

from __future__ import annotations

import pytest

STOCK = {"zoneId": "SEL-A", "instanceTypeId": "M6C", "instanceChargeType": "POSTPAID"}


def envelope(r, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["code"] == code and body["requestId"].startswith("T") and body["message"]
    return body


def test_health(api):
    h = api.http.get("/_mock/health").json()
    assert h["status"] == "ok" and h["auth"] is True and h["clock"]["mode"] == "manual"
    assert h["scenario"] == api.state.backend.scenario.name


def test_clock(api):
    c0 = api.http.get("/_mock/clock").json()
    assert c0["mode"] == "manual" and c0["iso"].endswith("Z")
    c1 = api.http.post("/_mock/clock/advance", json={"seconds": 3600}).json()
    assert c1["now"] == pytest.approx(c0["now"] + 3600)
    assert api.http.post("/_mock/clock/advance", json={"seconds": 0.5}).json()["now"] == pytest.approx(
        c0["now"] + 3600.5)
    assert api.state.backend.clock.now() == pytest.approx(c0["now"] + 3600.5)
    c2 = api.http.post("/_mock/clock", json={"mode": "real", "speed": 10}).json()
    assert (c2["mode"], c2["speed"]) == ("real", 10.0)
    assert api.http.post("/_mock/clock", json={"mode": "manual"}).json()["mode"] == "manual"
    # The journal records the mock time next to the wall time.
    api.call("DescribeZones")
    entry = api.state.journal.entries()[-1]
    assert entry["mockTime"] >= c0["now"] + 3600 and entry["wallTime"] < entry["mockTime"]


def test_clock_far_in_the_future_still_reads(api):
    """A manual clock may be advanced absurdly far: its ISO form clamps instead of failing, and so does the journal."""
    c = api.http.post("/_mock/clock/advance", json={"seconds": 1e12}).json()
    assert c["iso"] == "9999-12-31T23:59:59.999999Z"
    assert api.call("DescribeZones").status_code == 200
    assert api.http.get("/_mock/journal").json()["entries"][-1]["mockTimeIso"] == c["iso"]
    # A clock at infinity would answer non-standard JSON (`Infinity`): refused, nothing moves.
    far = api.http.post("/_mock/clock/advance", json={"seconds": 1e308}).json()["now"]
    r = api.http.post("/_mock/clock/advance", json={"seconds": 1e308})
    assert (r.status_code, r.json()["code"]) == (400, "INVALID_PARAMETER")
    assert api.http.get("/_mock/clock").json()["now"] == far


@pytest.mark.parametrize(
    ("path", "body", "code"),
    [
        ("/_mock/clock/advance", {}, "MISSING_PARAMETER"),
        ("/_mock/clock/advance", {"seconds": -1}, "INVALID_PARAMETER"),
        ("/_mock/clock/advance", {"seconds": "10"}, "INVALID_PARAMETER"),
        ("/_mock/clock/advance", {"seconds": True}, "INVALID_PARAMETER"),
        ("/_mock/clock", {"mode": "fast"}, "INVALID_PARAMETER"),
        ("/_mock/clock", {"speed": 0}, "INVALID_PARAMETER"),
        ("/_mock/stock", {**STOCK}, "MISSING_PARAMETER"),
        ("/_mock/stock", {**STOCK, "qty": -1}, "INVALID_PARAMETER"),
        ("/_mock/stock", {**STOCK, "qty": 1.5}, "INVALID_PARAMETER"),
        ("/_mock/stock", {**STOCK, "qty": 1, "instanceChargeType": "MONTHLY"}, "INVALID_PARAMETER"),
        ("/_mock/stock", {**STOCK, "qty": 1, "zoneId": "NOPE"}, "INVALID_ZONE_NOT_FOUND"),
        ("/_mock/stock", {**STOCK, "qty": 1, "instanceTypeId": "NOPE"}, "INVALID_INSTANCE_TYPE_NOT_FOUND"),
    ],
)
def test_bad_control_requests(api, path, body, code):
    r = api.http.post(path, json=body)
    assert r.json()["code"] == code and r.status_code >= 400


def test_control_bodies_are_strict_json(api):
    envelope(api.http.post("/_mock/clock/advance", content=b"{nope"), 400, "INVALID_REQUEST_BODY")
    envelope(api.http.post("/_mock/clock/advance", content=b"[1]"), 400, "INVALID_REQUEST_BODY")


def test_wrong_method_and_unknown_route(api):
    envelope(api.http.get("/_mock/reset"), 405, "METHOD_NOT_ALLOWED")
    envelope(api.http.post("/_mock/health"), 405, "METHOD_NOT_ALLOWED")
    envelope(api.http.get("/_mock/nothing-here"), 404, "INVALID_PATH")
    envelope(api.http.options("/_mock/health"), 405, "METHOD_NOT_ALLOWED")
    assert api.http.head("/_mock/health").status_code == 200


def test_stock_not_sold_refused(api):
    sc = api.state.backend.scenario
    prepaid_only = next(o for o in sc.offerings if {str(c) for c in o.stock} == {"PREPAID"})
    r = api.http.post("/_mock/stock", json={"zoneId": prepaid_only.zone_id,
                                            "instanceTypeId": prepaid_only.instance_type_id,
                                            "instanceChargeType": "POSTPAID", "qty": 5})
    envelope(r, 400, "INVALID_INSTANCE_TYPE_ZONE_NO_SELL")


def test_stock_and_reset(api):
    r = api.http.post("/_mock/stock", json={**STOCK, "qty": 3}).json()
    assert (r["qty"], r["sellStatus"]) == (3, "SELL_SHORTAGE")
    assert api.state.backend.qty("SEL-A", "M6C", "POSTPAID") == 3
    api.http.post("/_mock/faults", json={"latencyMs": 0})
    api.call("DescribeZones")
    assert api.http.post("/_mock/reset").json() == {"status": "ok"}
    original = next(o for o in api.state.backend.scenario.offerings
                    if (o.zone_id, o.instance_type_id) == ("SEL-A", "M6C"))
    assert api.state.backend.qty("SEL-A", "M6C", "POSTPAID") == next(
        q for c, q in original.stock.items() if str(c) == "POSTPAID")
    assert api.http.get("/_mock/faults").json()["faults"] == []
    assert api.http.get("/_mock/journal").json()["entries"] == []


def test_reset_keeps_the_clock(api):
    now = api.http.post("/_mock/clock/advance", json={"seconds": 100}).json()["now"]
    api.http.post("/_mock/reset")
    assert api.http.get("/_mock/clock").json()["now"] == pytest.approx(now)


def test_journal_route(api):
    api.call("DescribeZones")
    api.call("DescribeImages")
    api.call("DescribeAvailableResources", {"instanceChargeType": "PREPAID", "zoneId": "NOPE"})
    api.call("DescribeZones", auth="bearer", token="other-token")
    j = api.http.get("/_mock/journal").json()
    assert len(j["entries"]) == 4 and j["size"] == 10_000
    assert j["counts"]["DescribeZones"] == {"total": 2, "errors": 0}
    assert j["counts"]["DescribeAvailableResources"] == {"total": 1, "errors": 1}

    def q(**params) -> list[str]:
        return [e["action"] for e in api.http.get("/_mock/journal", params=params).json()["entries"]]

    assert q(action="DescribeZones") == ["DescribeZones", "DescribeZones"]
    assert q(status=404) == ["DescribeAvailableResources"]
    assert q(code="INVALID_ZONE_NOT_FOUND") == ["DescribeAvailableResources"]
    assert q(account="acc-other") == ["DescribeZones"]
    assert q(limit=1) == ["DescribeZones"]
    envelope(api.http.get("/_mock/journal", params={"limit": "x"}), 400, "INVALID_PARAMETER")
    assert api.http.delete("/_mock/journal").status_code == 200
    assert api.http.get("/_mock/journal").json()["entries"] == []


def test_journal_size_config(make_api):
    api = make_api(journal_size=2)
    for _ in range(3):
        api.call("DescribeZones")
    assert len(api.http.get("/_mock/journal").json()["entries"]) == 2


def _scenario(api) -> dict:
    return api.state.backend.scenario.model_dump(mode="json", by_alias=True)


def test_scenario_load(api):
    data = _scenario(api)
    data["name"] = "tiny"
    data["zones"][0]["cityName"] = "Elsewhere"
    r = api.http.post("/_mock/scenario", json=data)
    assert r.json() == {"status": "ok", "scenario": "tiny"}
    assert api.http.get("/_mock/health").json()["scenario"] == "tiny"
    assert api.ok("DescribeZones")["zoneSet"][0]["cityName"] == "Elsewhere"
    # reset goes back to the scenario just loaded, not the shipped one
    api.http.post("/_mock/reset")
    assert api.http.get("/_mock/health").json()["scenario"] == "tiny"


def test_scenario_load_reports_the_bad_field(api):
    data = _scenario(api)
    data["offerings"][3]["stock"] = {"PREPAID": "many"}
    r = api.http.post("/_mock/scenario", json=data)
    body = envelope(r, 400, "INVALID_PARAMETER")
    assert body["field"].startswith("offerings[3].stock") and "offerings[3].stock" in body["message"]
    data = _scenario(api)
    data["zones"][1]["zoneIdd"] = "typo"
    body = envelope(api.http.post("/_mock/scenario", json=data), 400, "INVALID_PARAMETER")
    assert "zones[1].zoneIdd" in body["message"]
    # nothing changed
    assert api.http.get("/_mock/health").json()["scenario"] == api.state.backend.scenario.name


def test_large_control_bodies_are_allowed(api):
    data = _scenario(api)
    data["description"] = "x" * (2 * 1024 * 1024)  # over the API's 1 MiB limit
    assert api.http.post("/_mock/scenario", json=data).status_code == 200


def test_admin_token(make_api):
    api = make_api(admin_token="s3cret-admin")
    assert api.http.get("/_mock/health").status_code == 200  # health stays open
    for method, path in [("GET", "/_mock/journal"), ("POST", "/_mock/reset"), ("GET", "/_mock/clock"),
                         ("DELETE", "/_mock/faults"), ("GET", "/_mock/nothing"), ("GET", "/_mock/state")]:
        r = api.http.request(method, path)
        envelope(r, 401, "AUTHENTICATION_FAILED")
        assert "s3cret-admin" not in r.text
        r = api.http.request(method, path, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401
    ok = {"Authorization": "Bearer s3cret-admin"}
    assert api.http.get("/_mock/journal", headers=ok).status_code == 200
    assert api.http.post("/_mock/reset", headers=ok).status_code == 200
    envelope(api.http.get("/_mock/nothing", headers=ok), 404, "INVALID_PATH")
    # The API itself is not affected by the admin token.
    assert api.call("DescribeZones").status_code == 200
    assert "s3cret-admin" not in repr(api.state.config)  # the token is a secret: not in the config's repr
