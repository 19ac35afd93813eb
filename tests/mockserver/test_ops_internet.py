"""Bandwidth and traffic-package changes under the manual clock: Processing -> Enable, PREPAID downgrades
WaitToEnable until the paid period ends (and their cancel), upgrades charged exactly what the inquiry quoted,
limits from the offering, atomic refusals, durability and export, strict response forms."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import (  # noqa: E402
    IMAGE,
    INSTALL_DONE,
    LIFE,
    OTHER,
    PASSWORD,
    advance,
    backend,
    create_body,
    describe,
    invariants,
    make_api,
    prepaid,
    scenario,
)

from zltoolkit.api.generated import strict_v2022_11_20, strict_v2026_02_01  # noqa: E402

STRICT = {"2022-11-20": strict_v2022_11_20.RESPONSES, "2026-02-01": strict_v2026_02_01.RESPONSES}
CHANGE = 30.0  # the default lifecycle.internetChange


def strict(action: str, resp: dict[str, Any], version: str = "2022-11-20") -> dict[str, Any]:
    """The answer validated by the strict response form of ``version`` (every key, no extra key)."""
    STRICT[version][action].model_validate(resp)
    return resp


def running(api: Any, body: dict[str, Any]) -> str:
    (iid,) = api.create({**body, "imageId": IMAGE, "password": PASSWORD})
    advance(api, INSTALL_DONE + 1)
    assert describe(api, [iid])[0]["instanceStatus"] == "RUNNING"
    return iid


def status(api: Any, iid: str, version: str = "2022-11-20") -> dict[str, Any]:
    return strict("DescribeInstanceInternetStatus",
                  api.ok("DescribeInstanceInternetStatus", {"instanceId": iid}, version=version), version)  # fmt: skip


@pytest.fixture
def api() -> Any:
    return make_api(scenario())


def test_postpaid_bandwidth_change_is_processing_then_enabled(api: Any) -> None:
    iid = running(api, create_body(internetMaxBandwidthOut=20))
    before = status(api, iid)
    assert (before["internetMaxBandwidthOut"], before["modifiedBandwidthStatus"]) == (20, "Enable")
    assert before["modifiedInternetMaxBandwidthOut"] is None and before["trafficPackageSize"] is None
    order = strict("ModifyInstanceBandwidth",
                   api.ok("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 50}))["orderNumber"]  # fmt: skip
    assert order
    s = status(api, iid)
    assert (s["internetMaxBandwidthOut"], s["modifiedInternetMaxBandwidthOut"], s["modifiedBandwidthStatus"]) == (
        20, 50, "Processing")
    assert describe(api, [iid])[0]["bandwidthOutMbps"] == 20
    assert api.err("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 60})[1] == (
        "OPERATION_FAILED_INSTANCE_BANDWIDTH_PROCESSING")
    advance(api, CHANGE - 1)
    assert status(api, iid)["modifiedBandwidthStatus"] == "Processing"
    advance(api, 1)
    s = status(api, iid)
    assert (s["internetMaxBandwidthOut"], s["modifiedInternetMaxBandwidthOut"], s["modifiedBandwidthStatus"]) == (
        50, None, "Enable")
    assert describe(api, [iid])[0]["bandwidthOutMbps"] == 50  # the read path's cache saw the change


def test_limits_status_and_ownership(api: Any) -> None:
    iid = running(api, create_body())
    assert api.err("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 5001})[1] == (
        "INVALID_PARAMETER_BANDWIDTH_EXCEED")  # SEL-A/M6C: maximumBandwidthOut 5000
    assert api.err("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 0})[1] == (
        "INVALID_PARAMETER_BANDWIDTH_EXCEED")
    assert api.err("ModifyInstanceBandwidth", {"instanceId": iid})[1] == "MISSING_PARAMETER"
    assert api.err("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 5}, **OTHER)[1] == (
        "INVALID_INSTANCE_NOT_FOUND")
    api.ok("StopInstances", {"instanceIds": [iid]})
    assert api.err("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 5})[1] == (
        "OPERATION_DENIED_INSTANCE_NOT_RUNNING")
    assert status(api, iid)["modifiedBandwidthStatus"] == "Enable"  # refused: nothing pending


def test_prepaid_upgrade_charges_the_quote_at_once(api: Any) -> None:
    iid = running(api, prepaid(period=3, internetMaxBandwidthOut=100))
    b = backend(api)
    quote = strict("InquiryPriceInstanceBandwidth",
                   api.ok("InquiryPriceInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 300}))  # fmt: skip
    (item,) = quote["bandwidthPrice"]
    # 200 Mbps more x 7.6/Mbps/month x 3 months left, with the 3-month prepaid discount
    assert item["originalPrice"] == pytest.approx(200 * 7.6 * 3)
    balance = b.balances["acc-demo"]
    api.ok("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 300})
    assert b.balances["acc-demo"] == pytest.approx(balance - item["discountPrice"])
    assert invariants(api)["ok"]
    advance(api, CHANGE)
    assert status(api, iid)["internetMaxBandwidthOut"] == 300


def test_prepaid_upgrade_refused_without_money_changes_nothing(api: Any) -> None:
    iid = running(api, prepaid(internetMaxBandwidthOut=100))
    b = backend(api)
    b.balances["acc-demo"] = 1.0
    assert api.err("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 2000})[1] == (
        "OPERATION_DENIED_INSUFFICIENT_BALANCE")
    assert b.balances["acc-demo"] == 1.0
    assert status(api, iid)["modifiedInternetMaxBandwidthOut"] is None


def test_prepaid_downgrade_waits_for_the_period_end_and_can_be_cancelled(api: Any) -> None:
    iid = running(api, prepaid(internetMaxBandwidthOut=100))
    b = backend(api)
    balance = b.balances["acc-demo"]
    api.ok("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 40})
    assert b.balances["acc-demo"] == balance  # a downgrade is not charged (nor refunded)
    s = status(api, iid)
    assert (s["internetMaxBandwidthOut"], s["modifiedInternetMaxBandwidthOut"], s["modifiedBandwidthStatus"]) == (
        100, 40, "WaitToEnable")
    assert api.err("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 30})[1] == (
        "OPERATION_DENIED_INSTANCE_EXIST_PLAN_BANDWIDTH")
    strict("CancelInstanceBandwidthDowngrade", api.ok("CancelInstanceBandwidthDowngrade", {"instanceId": iid}))
    assert status(api, iid)["modifiedBandwidthStatus"] == "Enable"
    assert api.err("CancelInstanceBandwidthDowngrade", {"instanceId": iid})[1] == "OPERATION_DENIED_DOWNGRADE_NOT_EXIST"
    # again, and this time let the paid period end
    api.ok("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 40})
    etime = b.by_id[iid].etime
    advance(api, etime - b.clock.now() - 1)
    assert status(api, iid)["modifiedBandwidthStatus"] == "WaitToEnable"
    advance(api, 1)
    s = status(api, iid)
    assert (s["internetMaxBandwidthOut"], s["modifiedBandwidthStatus"]) == (40, "Enable")


def test_free_bandwidth_changes_are_immediate_even_prepaid(api: Any) -> None:
    iid = running(api, prepaid(internetMaxBandwidthOut=10))  # SEL-A/M6C: defaultBandwidthOut 10
    balance = backend(api).balances["acc-demo"]
    api.ok("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 5})
    assert status(api, iid)["modifiedBandwidthStatus"] == "Processing"
    advance(api, CHANGE)
    assert status(api, iid)["internetMaxBandwidthOut"] == 5
    assert backend(api).balances["acc-demo"] == balance


def test_inquiry_needs_by_bandwidth(api: Any) -> None:
    iid = running(api, create_body(internetChargeType="ByInstanceBandwidth95"))
    assert api.err("InquiryPriceInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 10})[1] == (
        "OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT")
    assert api.err("CancelInstanceBandwidthDowngrade", {"instanceId": iid})[1] == (
        "OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT")
    api.ok("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 10})  # not billed: allowed


def test_postpaid_inquiry_answers_the_hourly_rate(api: Any) -> None:
    iid = running(api, create_body())
    for version in STRICT:
        q = strict("InquiryPriceInstanceBandwidth", api.ok(
            "InquiryPriceInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 200}, version=version), version)
        (item,) = q["bandwidthPrice"]
        assert (item["unitPrice"], item["chargeUnit"], item["discountPrice"]) == (1.32, "HOUR", None)


def test_traffic_package_upgrade_downgrade_cancel(api: Any) -> None:
    iid = running(api, prepaid(internetChargeType="ByTrafficPackage", trafficPackageSize=2.0))
    b = backend(api)
    s = status(api, iid)
    assert (s["trafficPackageSize"], s["modifiedTrafficPackageStatus"]) == (2.0, "Enable")
    q = strict("InquiryPriceInstanceTrafficPackage",
               api.ok("InquiryPriceInstanceTrafficPackage", {"instanceId": iid, "trafficPackageSize": 5.0}))  # fmt: skip
    package = q["trafficPackagePrice"][0]
    assert package["originalPrice"] == pytest.approx(3 * 79.2)
    balance = b.balances["acc-demo"]
    strict("ModifyInstanceTrafficPackage",
           api.ok("ModifyInstanceTrafficPackage", {"instanceId": iid, "trafficPackageSize": 5.0}))  # fmt: skip
    assert b.balances["acc-demo"] == pytest.approx(balance - package["discountPrice"])
    assert status(api, iid)["modifiedTrafficPackageStatus"] == "Processing"
    assert api.err("ModifyInstanceTrafficPackage", {"instanceId": iid, "trafficPackageSize": 6.0})[1] == (
        "OPERATION_DENIED_INSTANCE_TRAFFIC_PACKAGE_PROCESSING")
    advance(api, CHANGE)
    s = status(api, iid)
    assert (s["trafficPackageSize"], s["modifiedTrafficPackageSize"], s["modifiedTrafficPackageStatus"]) == (
        5.0, None, "Enable")
    assert describe(api, [iid])[0]["trafficPackageSize"] == 5.0
    api.ok("ModifyInstanceTrafficPackage", {"instanceId": iid, "trafficPackageSize": 3.0})
    assert status(api, iid)["modifiedTrafficPackageStatus"] == "WaitToEnable"
    assert api.err("ModifyInstanceTrafficPackage", {"instanceId": iid, "trafficPackageSize": 4.0})[1] == (
        "OPERATION_FAILED_INSTANCE_EXIST_PLAN_TRAFFIC_PACKAGE")
    strict("CancelInstanceTrafficPackageDowngrade",
           api.ok("CancelInstanceTrafficPackageDowngrade", {"instanceId": iid}))  # fmt: skip
    assert status(api, iid)["trafficPackageSize"] == 5.0
    assert invariants(api)["ok"]


def test_traffic_package_rules(api: Any) -> None:
    iid = running(api, create_body(internetChargeType="ByTrafficPackage"))
    bw = running(api, create_body())
    cases = [
        (iid, 2.03, "INVALID_PARAMETER_TRAFFIC_PACKAGE_ERROR"),
        (iid, -1.0, "INVALID_PARAMETER_TRAFFIC_PACKAGE_ERROR"),
        (iid, 1000.05, "INVALID_PARAMETER_TRAFFIC_PACKAGE_EXCEED"),
        (iid, 1.0, "INVALID_PARAMETER_TRAFFIC_PACKAGE_LESS"),  # SEL-A/M6C: defaultTrafficPackageSize 2.0
        (bw, 3.0, "OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT"),
    ]
    for target, size, code in cases:
        assert api.err("ModifyInstanceTrafficPackage", {"instanceId": target, "trafficPackageSize": size})[1] == code
    api.ok("StopInstances", {"instanceIds": [iid]})
    advance(api, LIFE["stopping"])
    api.ok("ModifyInstanceTrafficPackage", {"instanceId": iid, "trafficPackageSize": 2.5})  # STOPPED is allowed


def test_pending_changes_survive_a_restart_and_export(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    api = make_api(scenario(), state_file=str(state))
    iid = running(api, prepaid(internetMaxBandwidthOut=100))
    api.ok("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 40})
    exported = api.http.get("/_mock/state").json()
    assert exported["instanceExtras"][iid]["bw"][:2] == [40.0, "WaitToEnable"]
    now = backend(api).clock.now()
    backend(api).close()
    again = make_api(scenario(), state_file=str(state), start=now)
    assert status(again, iid)["modifiedBandwidthStatus"] == "WaitToEnable"
    etime = backend(again).by_id[iid].etime
    advance(again, etime - backend(again).clock.now())
    assert status(again, iid)["internetMaxBandwidthOut"] == 40
    # an import of the earlier export puts the pending change back
    r = again.http.put("/_mock/state", json=exported)
    assert r.status_code == 200, r.text
    assert status(again, iid)["modifiedBandwidthStatus"] == "WaitToEnable"


def test_journal_and_fault_rules_cover_the_actions(api: Any) -> None:
    iid = running(api, create_body())
    r = api.http.post("/_mock/faults", json={"action": "ModifyInstanceBandwidth", "error": "SERVICE_TEMPORARY_UNAVAILABLE"})
    assert r.status_code in (200, 201), r.text
    assert api.err("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 5})[1] == (
        "SERVICE_TEMPORARY_UNAVAILABLE")
    assert status(api, iid)["modifiedBandwidthStatus"] == "Enable"  # the fault applied nothing
    entries = api.http.get("/_mock/journal").json()
    actions = [e.get("action") for e in (entries["entries"] if isinstance(entries, dict) else entries)]
    assert "ModifyInstanceBandwidth" in actions and "DescribeInstanceInternetStatus" in actions


def test_same_seed_same_answers() -> None:
    def run() -> list[Any]:
        api = make_api(scenario(), seed=11)
        iid = running(api, prepaid(internetMaxBandwidthOut=100))
        order = api.ok("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 150})["orderNumber"]
        return [iid, order, backend(api).balances["acc-demo"]]

    assert run() == run()


def test_fault_rules_match_these_actions_by_the_instance_zone_and_type(api: Any) -> None:
    iid = running(api, create_body())
    r = api.http.post("/_mock/faults", json={"zoneId": "SEL-A", "instanceTypeId": "M6C",
                                             "action": "DescribeInstanceInternetStatus", "error": "INTERNAL_SERVER_ERROR"})
    assert r.status_code in (200, 201), r.text
    assert api.call("DescribeInstanceInternetStatus", {"instanceId": iid}).status_code == 500
    entries = api.http.get("/_mock/journal").json()["entries"]
    last = [e for e in entries if e["action"] == "DescribeInstanceInternetStatus"][-1]
    assert (last["zoneId"], last["instanceTypeId"]) == ("SEL-A", "M6C")
    other_zone = running(api, create_body(zoneId="LAX-A", instanceTypeId="M9O"))  # the rule does not match
    api.ok("DescribeInstanceInternetStatus", {"instanceId": other_zone})
