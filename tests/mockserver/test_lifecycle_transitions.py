"""Lifecycle under the manual clock: transitions at exact times, failures, refunds, terminate/release/renew,
expiry, auto-release, and every cell of the status matrix."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import (  # noqa: E402
    CREATE_DONE,
    DAY,
    IMAGE,
    INSTALL_DONE,
    LIFE,
    ONLY_S8I_IMAGE,
    OTHER,
    PASSWORD,
    TYPE,
    ZONE,
    advance,
    backend,
    create_body,
    describe,
    force,
    invariants,
    make_api,
    prepaid,
    scenario,
    status,
    unit_price,
)

from mockserver.backend.pools import PublicV4  # noqa: E402


def _stock(api: Any, charge: str = "POSTPAID") -> int:
    return backend(api).qty(ZONE, TYPE, charge)


def test_create_with_image_passes_every_status_at_its_time() -> None:
    api = make_api()
    (iid,) = api.create(create_body(imageId=IMAGE, password=PASSWORD))
    seen = [status(api, iid)]
    for step in (4, 1, 59, 1, 179, 1):  # t = 4, 5, 64, 65, 244, 245
        advance(api, step)
        seen.append(status(api, iid))
    assert seen == ["PENDING", "PENDING", "CREATING", "CREATING", "INSTALLING", "INSTALLING", "RUNNING"]
    assert invariants(api)["ok"]


def test_create_without_image_skips_installing() -> None:
    api = make_api()
    (iid,) = api.create(create_body())
    advance(api, CREATE_DONE - 1)
    assert status(api, iid) == "CREATING"
    advance(api, 1)
    assert status(api, iid) == "RUNNING"


def test_status_read_without_any_control_call_uses_the_clock() -> None:
    api = make_api()
    (iid,) = api.create(create_body())
    backend(api).clock.advance(CREATE_DONE)  # no /_mock call: the next API request drains by itself
    assert status(api, iid) == "RUNNING"


def test_create_failed_returns_stock_money_quota_and_addresses() -> None:
    api = make_api(scenario(create=1.0))
    b = backend(api)
    stock0, balance0 = _stock(api, "PREPAID"), b.balances["acc-demo"]
    (iid,) = api.create(prepaid(1))
    info = describe(api, [iid])[0]
    assert info["primaryPublicIpAddress"] is not None
    assert _stock(api, "PREPAID") == stock0 - 1 and b.balances["acc-demo"] < balance0
    advance(api, CREATE_DONE - 1)
    assert status(api, iid) == "CREATING" and _stock(api, "PREPAID") == stock0 - 1
    advance(api, 1)
    info = describe(api, [iid])[0]
    assert info["instanceStatus"] == "CREATE_FAILED"
    assert _stock(api, "PREPAID") == stock0
    assert b.balances["acc-demo"] == pytest.approx(balance0)
    assert b.held["acc-demo"] == 0
    assert info["primaryPublicIpAddress"] is None and info["publicIpAddresses"] == []
    assert invariants(api)["ok"]
    # Only Terminate is allowed, and it deletes at once.
    for action, body in (("StartInstances", {"instanceIds": [iid]}), ("StopInstances", {"instanceIds": [iid]}),
                         ("RebootInstances", {"instanceIds": [iid]}), ("ReinstallInstance", {"instanceId": iid}),
                         ("RenewInstance", {"instanceId": iid})):  # fmt: skip
        assert api.err(action, body)[1] == "OPERATION_DENIED_INSTANCE_STATUS", action
    assert api.err("ReleaseInstances", {"instanceIds": [iid]})[1] == "OPERATION_DENIED_INSTANCE_NOT_RECYCLED"
    api.ok("TerminateInstance", {"instanceId": iid})
    assert describe(api, [iid]) == []
    assert _stock(api, "PREPAID") == stock0 and b.balances["acc-demo"] == pytest.approx(balance0)


def test_create_failed_frees_the_quota_slot() -> None:
    api = make_api(scenario(create=1.0))
    api.create(create_body(amount=5), **OTHER)  # acc-other's quota is 5
    assert api.err("CreateInstances", create_body(), **OTHER)[1] == "OPERATION_DENIED_INSTANCE_QUOTA_EXCEED"
    advance(api, CREATE_DONE)
    assert len(api.create(create_body(amount=5), **OTHER)) == 5


def test_install_failed_keeps_the_machine() -> None:
    api = make_api(scenario(install=1.0))
    stock0 = _stock(api)
    (iid,) = api.create(create_body(imageId=IMAGE))
    advance(api, INSTALL_DONE)
    assert status(api, iid) == "INSTALL_FAILED"
    assert _stock(api) == stock0 - 1 and backend(api).held["acc-demo"] == 1
    assert api.err("StartInstances", {"instanceIds": [iid]})[1] == "OPERATION_DENIED_INSTANCE_NOT_STOPPED"
    assert api.err("StopInstances", {"instanceIds": [iid]})[1] == "OPERATION_DENIED_INSTANCE_NOT_RUNNING"
    api.ok("ReinstallInstance", {"instanceId": iid})
    assert status(api, iid) == "INSTALLING"
    advance(api, LIFE["installing"])
    assert status(api, iid) == "INSTALL_FAILED"
    api.ok("TerminateInstance", {"instanceId": iid})
    assert status(api, iid) == "RECYCLE"


def test_failure_probability_zero_never_fails_and_draws_are_seeded() -> None:
    api = make_api(scenario(create=0.0, install=0.0))
    ids = api.create(create_body(amount=50, imageId=IMAGE))
    advance(api, INSTALL_DONE)
    assert {i["instanceStatus"] for i in describe(api, ids)} == {"RUNNING"}
    runs = []
    for _ in range(2):
        a = make_api(scenario(create=0.5, install=0.5), seed=3)
        got = a.create(create_body(amount=40, imageId=IMAGE))
        advance(a, INSTALL_DONE)
        runs.append([i["instanceStatus"] for i in describe(a, got)])
    assert runs[0] == runs[1]
    assert {"RUNNING", "CREATE_FAILED", "INSTALL_FAILED"} <= set(runs[0])


def _running(api: Any, **overrides: Any) -> str:
    (iid,) = api.create(create_body(**overrides))
    advance(api, CREATE_DONE)
    assert status(api, iid) == "RUNNING"
    return iid


def test_stop_start_reboot_transitions() -> None:
    api = make_api()
    iid = _running(api)
    api.ok("StopInstances", {"instanceIds": [iid]})
    assert status(api, iid) == "STOPPING"
    advance(api, LIFE["stopping"] - 1)
    assert status(api, iid) == "STOPPING"
    advance(api, 1)
    assert status(api, iid) == "STOPPED"
    api.ok("RebootInstances", {"instanceIds": [iid]})  # a stopped machine may be rebooted: it comes up
    assert status(api, iid) == "BOOTING"
    advance(api, LIFE["booting"])
    assert status(api, iid) == "RUNNING"
    api.ok("StopInstances", {"instanceIds": [iid]})
    advance(api, LIFE["stopping"])
    api.ok("StartInstances", {"instanceIds": [iid]})
    assert status(api, iid) == "BOOTING"
    advance(api, LIFE["booting"] - 1)
    assert status(api, iid) == "BOOTING"
    advance(api, 1)
    assert status(api, iid) == "RUNNING"


def test_reinstall_changes_image_and_hostname() -> None:
    api = make_api()
    iid = _running(api)
    assert api.err("ReinstallInstance", {"instanceId": iid, "imageId": ONLY_S8I_IMAGE})[1] == "INVALID_IMAGE_NOT_FOUND"
    assert api.err("ReinstallInstance", {"instanceId": iid, "imageId": "nope"})[1] == "INVALID_IMAGE_NOT_FOUND"
    assert api.err("ReinstallInstance", {"instanceId": iid, "keyId": "key-nope"})[1] == "INVALID_KEY_PAIR_NOT_FOUND"
    assert api.err("ReinstallInstance", {"instanceId": iid, "hostname": "bad host"})[1] == (
        "INVALID_PARAMETER_HOSTNAME_MALFORMED")
    assert status(api, iid) == "RUNNING"  # refused requests changed nothing
    api.ok("ReinstallInstance", {"instanceId": iid, "imageId": IMAGE, "hostname": "web-[1,2]", "keyId": "key-YWD2QFOl"})
    info = describe(api, [iid])[0]
    assert info["instanceStatus"] == "INSTALLING"
    assert info["imageId"] == IMAGE and info["hostname"] == "web-01" and info["keyId"] == "key-YWD2QFOl"
    assert api.err("ReinstallInstance", {"instanceId": iid})[1] == "OPERATION_DENIED_INSTANCE_STATUS_INSTALLING"
    advance(api, LIFE["installing"])
    assert status(api, iid) == "RUNNING"


def test_terminate_postpaid_is_recycle_on_the_very_next_read_then_release_frees_everything() -> None:
    api = make_api()
    b = backend(api)
    stock0 = _stock(api)
    iid = _running(api)
    addr = describe(api, [iid])[0]["primaryPublicIpAddress"]
    api.ok("TerminateInstance", {"instanceId": iid})
    assert status(api, iid) == "RECYCLE"
    assert api.err("TerminateInstance", {"instanceId": iid})[1] == "OPERATION_DENIED_INSTANCE_RECYCLED"
    assert api.err("StartInstances", {"instanceIds": [iid]})[1] == "OPERATION_DENIED_INSTANCE_RECYCLED"
    assert _stock(api) == stock0 - 1  # still holds the machine while in the recycle bin
    api.ok("ReleaseInstances", {"instanceIds": [iid]})
    assert describe(api, [iid]) == []
    assert _stock(api) == stock0 and b.held["acc-demo"] == 0
    assert api.err("ReleaseInstances", {"instanceIds": [iid]})[:2] == (404, "INVALID_INSTANCE_NOT_FOUND")
    assert addr not in {i["primaryPublicIpAddress"] for i in describe(api)}
    pool = b.pools.pool(PublicV4(ZONE))
    assert addr in {pool._address(o) for o in pool._free}  # back in the pool
    assert invariants(api)["ok"]


def test_recycle_is_released_after_24_hours() -> None:
    api = make_api()
    stock0 = _stock(api)
    iid = _running(api)
    api.ok("TerminateInstance", {"instanceId": iid})
    advance(api, DAY - 1)
    assert status(api, iid) == "RECYCLE"
    advance(api, 1)
    assert describe(api, [iid]) == []
    assert _stock(api) == stock0
    assert invariants(api)["ok"]


def test_release_needs_recycle_and_is_all_or_nothing() -> None:
    api = make_api()
    a, b_ = _running(api), _running(api)
    api.ok("TerminateInstance", {"instanceId": a})
    code = api.err("ReleaseInstances", {"instanceIds": [a, b_]})[1]
    assert code == "OPERATION_DENIED_INSTANCE_NOT_RECYCLED"
    assert status(api, a) == "RECYCLE" and status(api, b_) == "RUNNING"


def test_prepaid_terminate_cancels_the_subscription_and_recycles_at_expiry() -> None:
    api = make_api()
    iid = _running(api, instanceChargeType="PREPAID", instanceChargePrepaid={"period": 1})
    exp = describe(api, [iid])[0]["expiredTime"]
    api.ok("TerminateInstance", {"instanceId": iid})
    info = describe(api, [iid])[0]
    assert info["instanceStatus"] == "RUNNING" and info["autoRenew"] is False and info["expiredTime"] == exp
    assert api.err("TerminateInstance", {"instanceId": iid})[:2] == (403, "OPERATION_DENIED_INSTANCE_SUBSCRIPTION")
    b = backend(api)
    to_expiry = b.by_id[iid].etime - b.now
    advance(api, to_expiry - 1)
    assert status(api, iid) == "RUNNING"
    advance(api, 1)
    assert status(api, iid) == "RECYCLE"
    advance(api, DAY)
    assert describe(api, [iid]) == []
    assert invariants(api)["ok"]


def test_prepaid_auto_renews_at_expiry_when_the_balance_allows() -> None:
    api = make_api()
    b = backend(api)
    iid = _running(api, instanceChargeType="PREPAID", instanceChargePrepaid={"period": 1})
    unit = unit_price(b, ZONE, TYPE, charge_type="PREPAID", internet_charge_type="ByBandwidth", period=1)
    balance = b.balances["acc-demo"]
    advance(api, b.by_id[iid].etime - b.now)
    info = describe(api, [iid])[0]
    assert info["instanceStatus"] == "RUNNING" and info["autoRenew"] is True
    assert info["expiredTime"] == "2024-03-31T10:00:00Z"  # Jan 31 + 2 months, from the create time
    assert b.balances["acc-demo"] == pytest.approx(balance - unit, abs=0.005)
    assert invariants(api)["ok"]


def test_prepaid_without_money_is_recycled_at_expiry() -> None:
    api = make_api()
    b = backend(api)
    (iid,) = api.create(prepaid(1), **OTHER)  # acc-other can afford one period, not two
    advance(api, b.by_id[iid].etime - b.now)
    assert status(api, iid, ) is None  # another account's instance: invisible to acc-demo
    found = api.ok("DescribeInstances", {"instanceIds": [iid]}, **OTHER)["dataSet"]
    assert found[0]["instanceStatus"] == "RECYCLE"


def test_renew_moves_expiry_charges_and_restores_from_recycle() -> None:
    api = make_api()
    b = backend(api)
    iid = _running(api, instanceChargeType="PREPAID", instanceChargePrepaid={"period": 2})
    unit = unit_price(b, ZONE, TYPE, charge_type="PREPAID", internet_charge_type="ByBandwidth", period=2)
    balance = b.balances["acc-demo"]
    api.ok("RenewInstance", {"instanceId": iid})
    info = describe(api, [iid])[0]
    assert info["expiredTime"] == "2024-05-31T10:00:00Z"
    assert b.balances["acc-demo"] == pytest.approx(balance - unit, abs=0.005)
    # Terminate (cancel), let it expire into RECYCLE, then renew: restored, release cancelled.
    api.ok("StopInstances", {"instanceIds": [iid]})
    advance(api, LIFE["stopping"])
    api.ok("TerminateInstance", {"instanceId": iid})
    advance(api, b.by_id[iid].etime - b.now)
    assert status(api, iid) == "RECYCLE"
    api.ok("RenewInstance", {"instanceId": iid})
    info = describe(api, [iid])[0]
    assert info["instanceStatus"] == "STOPPED" and info["autoRenew"] is True
    assert info["expiredTime"] == "2024-07-31T10:00:00Z"
    advance(api, 2 * DAY)
    assert status(api, iid) == "STOPPED"
    assert invariants(api)["ok"]


def test_renew_refusals() -> None:
    api = make_api()
    post = _running(api)
    assert api.err("RenewInstance", {"instanceId": post})[:2] == (403, "OPERATION_DENIED_CHARGE_TYPE_NOT_SUPPORT")
    (pre,) = api.create(prepaid(1), **OTHER)
    b = backend(api)
    advance(api, CREATE_DONE)
    before = (b.balances["acc-other"], b.by_id[pre].etime)
    assert api.err("RenewInstance", {"instanceId": pre}, **OTHER)[:2] == (403, "OPERATION_DENIED_INSUFFICIENT_BALANCE")
    assert (b.balances["acc-other"], b.by_id[pre].etime) == before
    assert api.err("RenewInstance", {"instanceId": "123"})[:2] == (404, "INVALID_INSTANCE_NOT_FOUND")


# --- the status matrix, one cell per case ---------------------------------------------------------------

STATUSES = ["PENDING", "CREATING", "INSTALLING", "RUNNING", "STOPPED", "STOPPING", "BOOTING", "INSTALL_FAILED",
            "CREATE_FAILED", "RECYCLE"]  # fmt: skip
_D = "OPERATION_DENIED_INSTANCE_"
MATRIX: dict[str, list[str | None]] = {
    # status order as STATUSES; None = accepted
    "StartInstances": [_D + "CREATING", _D + "CREATING", _D + "STATUS_INSTALLING", _D + "NOT_STOPPED", None,
                       _D + "STATUS", _D + "STATUS", _D + "NOT_STOPPED", _D + "STATUS", _D + "RECYCLED"],
    "StopInstances": [_D + "CREATING", _D + "CREATING", _D + "STATUS_INSTALLING", None, _D + "NOT_RUNNING",
                      _D + "STATUS", _D + "STATUS", _D + "NOT_RUNNING", _D + "STATUS", _D + "RECYCLED"],
    "RebootInstances": [_D + "CREATING", _D + "CREATING", _D + "STATUS_INSTALLING", None, None, _D + "STATUS",
                        _D + "STATUS", _D + "STATUS", _D + "STATUS", _D + "RECYCLED"],
    "ReinstallInstance": [_D + "CREATING", _D + "CREATING", _D + "STATUS_INSTALLING", None, None, _D + "STATUS",
                          _D + "STATUS", None, _D + "STATUS", _D + "RECYCLED"],
    "TerminateInstance": [_D + "CREATING", _D + "CREATING", _D + "STATUS_INSTALLING", None, None, None, None, None,
                          None, _D + "RECYCLED"],
    "ReleaseInstances": [_D + "CREATING", _D + "CREATING", _D + "STATUS_INSTALLING", _D + "NOT_RECYCLED",
                         _D + "NOT_RECYCLED", _D + "NOT_RECYCLED", _D + "NOT_RECYCLED", _D + "NOT_RECYCLED",
                         _D + "NOT_RECYCLED", None],
    "RenewInstance": [_D + "CREATING", _D + "CREATING", _D + "STATUS_INSTALLING", None, None, None, None, None,
                      _D + "STATUS", None],
    "ModifyInstancesAttribute": [None] * 10,
}  # fmt: skip
CELLS = [(a, s, MATRIX[a][n]) for a in MATRIX for n, s in enumerate(STATUSES)]


@pytest.fixture(scope="module")
def matrix_api() -> Any:
    return make_api()


@pytest.mark.parametrize(("action", "in_status", "expected"), CELLS, ids=[f"{a}-{s}" for a, s, _ in CELLS])
def test_status_matrix(matrix_api: Any, action: str, in_status: str, expected: str | None) -> None:
    api = matrix_api
    (iid,) = api.create(prepaid(1))  # PREPAID so RenewInstance reaches the status rules
    force(api, iid, in_status)
    assert status(api, iid) == in_status
    body: dict[str, Any] = {"instanceId": iid}
    if action.endswith("Instances") or action == "ModifyInstancesAttribute":
        body = {"instanceIds": [iid]}
    if action == "ModifyInstancesAttribute":
        body["instanceName"] = "renamed"
    if expected is None:
        api.ok(action, body)
    else:
        http, code, _ = api.err(action, body)
        assert (http, code) == (403, expected)
        assert status(api, iid) == in_status  # nothing changed


# --- batches, isolation, rename -----------------------------------------------------------------------------


def test_batches_are_all_or_nothing() -> None:
    api = make_api()
    a, b_ = _running(api), _running(api)
    api.ok("StopInstances", {"instanceIds": [b_]})
    advance(api, LIFE["stopping"])
    assert api.err("StopInstances", {"instanceIds": [a, b_]})[1] == "OPERATION_DENIED_INSTANCE_NOT_RUNNING"
    assert status(api, a) == "RUNNING"
    assert api.err("StopInstances", {"instanceIds": [a, "999"]})[:2] == (404, "INVALID_INSTANCE_NOT_FOUND")
    assert status(api, a) == "RUNNING"
    assert api.err("StopInstances", {"instanceIds": [a] * 101})[:2] == (400, "INVALID_PARAMETER")
    assert api.err("StopInstances", {"instanceIds": []})[:2] == (400, "INVALID_PARAMETER")
    api.ok("StopInstances", {"instanceIds": [a, a]})  # duplicates count once
    assert status(api, a) == "STOPPING"


def test_accounts_are_isolated() -> None:
    api = make_api()
    iid = _running(api)
    assert api.ok("DescribeInstances", {}, **OTHER)["totalCount"] == 0
    assert api.ok("DescribeInstances", {"instanceIds": [iid]}, **OTHER)["dataSet"] == []
    for action, body in (
        ("StopInstances", {"instanceIds": [iid]}), ("StartInstances", {"instanceIds": [iid]}),
        ("RebootInstances", {"instanceIds": [iid]}), ("TerminateInstance", {"instanceId": iid}),
        ("ReleaseInstances", {"instanceIds": [iid]}), ("RenewInstance", {"instanceId": iid}),
        ("ReinstallInstance", {"instanceId": iid}),
        ("ModifyInstancesAttribute", {"instanceIds": [iid], "instanceName": "mine"}),
    ):  # fmt: skip
        assert api.err(action, body, **OTHER)[:2] == (404, "INVALID_INSTANCE_NOT_FOUND"), action
    info = describe(api, [iid])[0]
    assert info["instanceStatus"] == "RUNNING" and info["instanceName"] == "instance"


def test_modify_renames_in_any_status_and_numbers_patterns() -> None:
    api = make_api()
    ids = api.create(create_body(amount=3))
    api.ok("ModifyInstancesAttribute", {"instanceIds": ids, "instanceName": "db-[7,2]"})
    assert [i["instanceName"] for i in describe(api, ids)] == ["db-07", "db-08", "db-09"]
    assert api.err("ModifyInstancesAttribute", {"instanceIds": [*ids, "404"], "instanceName": "x"})[1] == (
        "INVALID_INSTANCE_NOT_FOUND")
    assert api.err("ModifyInstancesAttribute", {"instanceIds": ids, "instanceName": "bad name"})[1] == (
        "INVALID_PARAMETER_INSTANCE_NAME_MALFORMED")
    assert api.err("ModifyInstancesAttribute", {"instanceIds": ids})[1] == "MISSING_PARAMETER"
    assert [i["instanceName"] for i in describe(api, ids)] == ["db-07", "db-08", "db-09"]


def test_force_status_validates() -> None:
    api = make_api()
    (iid,) = api.create(create_body())
    r = api.http.post(f"/_mock/instances/{iid}/status", json={"status": "DANCING"})
    assert r.status_code == 400 and r.json()["code"] == "INVALID_PARAMETER"
    r = api.http.post("/_mock/instances/nope/status", json={"status": "RUNNING"})
    assert r.status_code == 404 and r.json()["code"] == "INVALID_INSTANCE_NOT_FOUND"
    r = api.http.post(f"/_mock/instances/{iid}/status", json={})
    assert r.status_code == 400 and r.json()["code"] == "MISSING_PARAMETER"
