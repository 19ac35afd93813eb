"""The instance/state control plane: export/import, listing, invariants, bulk loading."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import (  # noqa: E402
    CREATE_DONE,
    DAY,
    OTHER,
    T0,
    TYPE,
    ZONE,
    advance,
    create_body,
    describe,
    invariants,
    make_api,
    prepaid,
)


def test_list_all_accounts_instances() -> None:
    api = make_api()
    # The scenario's instance seeds (the Showcase account's) are listed with everyone else's.
    seeded = api.http.get("/_mock/instances").json()["instances"]
    assert {i["accountId"] for i in seeded} == {"acc-showcase"}
    mine = api.create(create_body(amount=2))
    theirs = api.create(create_body(), **OTHER)
    r = api.http.get("/_mock/instances").json()
    assert r["totalCount"] == 3 + len(seeded)
    assert {(i["accountId"], i["instanceId"]) for i in r["instances"]} == {
        *(("acc-demo", i) for i in mine), ("acc-other", theirs[0]), *((i["accountId"], i["instanceId"]) for i in seeded)}
    only = api.http.get("/_mock/instances", params={"accountId": "acc-other"}).json()
    assert [i["instanceId"] for i in only["instances"]] == theirs
    advance(api, CREATE_DONE)
    running = api.http.get("/_mock/instances", params={"status": "RUNNING"}).json()
    assert running["totalCount"] == 3 + sum(1 for i in seeded if i["instanceStatus"] == "RUNNING")


def test_invariants_follow_stock_sets() -> None:
    api = make_api()
    start = invariants(api)
    start_row = next(o for o in start["offerings"] if (o["zoneId"], o["instanceTypeId"], o["chargeType"]) ==
                     (ZONE, TYPE, "POSTPAID"))  # fmt: skip
    seeded = start_row["held"]  # units the scenario's instance seeds hold here
    api.create(create_body(amount=3))
    inv = invariants(api)
    assert inv["ok"] and inv["instances"] == start["instances"] + 3
    row = next(o for o in inv["offerings"] if (o["zoneId"], o["instanceTypeId"], o["chargeType"]) ==
               (ZONE, TYPE, "POSTPAID"))  # fmt: skip
    assert row["held"] == 3 + seeded and row["stock"] + 3 + seeded == row["initial"] == start_row["initial"]
    r = api.http.post("/_mock/stock", json={"zoneId": ZONE, "instanceTypeId": TYPE, "instanceChargeType": "POSTPAID",
                                            "qty": 7})  # fmt: skip
    assert r.status_code == 200
    row = next(o for o in invariants(api)["offerings"] if (o["zoneId"], o["instanceTypeId"], o["chargeType"]) ==
               (ZONE, TYPE, "POSTPAID"))  # fmt: skip
    assert (row["stock"], row["held"], row["initial"], row["ok"]) == (7, 3 + seeded, 10 + seeded, True)
    demo = next(a for a in invariants(api)["accounts"] if a["accountId"] == "acc-demo")
    assert demo["holding"] == 3 and demo["ok"]


def test_export_import_round_trip_between_servers() -> None:
    api = make_api()
    ids = api.create(prepaid(1, amount=2))
    api.create(create_body(), **OTHER)
    advance(api, 100)
    api.ok("TerminateInstance", {"instanceId": ids[0]})
    state = api.http.get("/_mock/state").json()
    demo = next(a for a in state["scenario"]["accounts"] if a["accountId"] == "acc-demo")
    assert demo["accessKeys"][0]["accessKeyPassword"] == "***" and demo["tokens"] == ["***"]
    fresh = make_api(start=T0 + 5 * DAY)
    assert fresh.http.put("/_mock/state", json=state).status_code == 200
    assert describe(fresh) == describe(api)
    assert fresh.state.backend.now == api.state.backend.now
    assert fresh.http.get("/_mock/state").json()["instances"] == state["instances"]
    assert invariants(fresh)["ok"]
    # ?clock=keep: the importing server keeps its own clock.
    keep = make_api(start=T0 + 5 * DAY)
    assert keep.http.put("/_mock/state?clock=keep", json=state).status_code == 200
    assert keep.state.backend.clock.now() == T0 + 5 * DAY


def test_import_refuses_a_masked_key_this_server_does_not_know() -> None:
    api = make_api()
    state = api.http.get("/_mock/state").json()
    state["scenario"]["accounts"][0]["accessKeys"][0]["accessKeyId"] = "someone-elses-key"
    r = api.http.put("/_mock/state", json=state)
    assert r.status_code == 400 and "someone-elses-key" in r.json()["message"]
    assert describe(api) == []  # nothing changed, and the demo key still authenticates


def test_bulk_instances_for_benchmarks() -> None:
    api = make_api()
    seeded = len(api.state.backend.by_id)  # the scenario's instance seeds (another account's)
    r = api.http.post("/_mock/bulk-instances", json={"accountId": "acc-demo", "count": 300,
                                                     "zoneIds": ["SEL-A", "HKG-A"],
                                                     "statuses": ["RUNNING", "STOPPED", "BOOTING"]})  # fmt: skip
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["created"] == 300 and body["instances"] == 300 + seeded
    assert body["rssBefore"] is None or body["rssAfter"] >= 0
    got = api.ok("DescribeInstances", {"zoneId": "HKG-A", "instanceStatus": "STOPPED", "pageSize": 1000})
    assert 0 < got["totalCount"] < 150
    assert all(i["zoneId"] == "HKG-A" and i["instanceStatus"] == "STOPPED" for i in got["dataSet"])
    assert api.ok("DescribeInstances", {})["totalCount"] == 300
    assert invariants(api)["ok"]  # bulk instances hold no stock


def test_bulk_instances_refusals() -> None:
    api = make_api()
    cases: list[tuple[dict[str, Any], int, str]] = [
        ({"count": 1}, 400, "MISSING_PARAMETER"),
        ({"accountId": "acc-demo", "count": -1}, 400, "INVALID_PARAMETER"),
        ({"accountId": "acc-demo", "count": 1, "zoneIds": ["NOPE"]}, 404, "INVALID_ZONE_NOT_FOUND"),
        ({"accountId": "acc-demo", "count": 1, "statuses": ["DANCING"]}, 400, "INVALID_PARAMETER"),
        ({"accountId": "nobody", "count": 1}, 400, "INVALID_PARAMETER"),
    ]
    for body, http, code in cases:
        r = api.http.post("/_mock/bulk-instances", json=body)
        assert (r.status_code, r.json()["code"]) == (http, code), body
    assert api.ok("DescribeInstances", {})["totalCount"] == 0
