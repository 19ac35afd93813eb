"""Every simulated action answers, under each version, that version's strict response form (the superset of
both versions' fields, no extra key, every key present, closed enums), and the version's values: a 2022-11-20 offer never lists
ByBandwidthCluster, a read shows what was stored, raidConfig carries both its keys.

The suite-wide hook (tests/conftest.py) checks every answer of every test the same way; these tests make the
check explicit per action and version, and test the hook itself.
"""

from __future__ import annotations

from typing import Any

import pytest
from _instances_support import IMAGE, INSTALL_DONE, LIFE, advance, create_body, make_api, prepaid

from mockserver.handlers import HANDLERS, instance_ops
from zltoolkit.api.generated import strict_v2022_11_20, strict_v2026_02_01

V2022, V2026 = "2022-11-20", "2026-02-01"
FORMS = {V2022: strict_v2022_11_20.RESPONSES, V2026: strict_v2026_02_01.RESPONSES}
CLUSTER_OFFER = ("LAX-A", "M9O")  # sold POSTPAID with ByBandwidthCluster in the default scenario


def strict(api: Any, action: str, body: dict[str, Any], version: str) -> dict[str, Any]:
    answer: dict[str, Any] = api.ok(action, body, version=version)
    FORMS[version][action].model_validate(answer)
    return answer


@pytest.mark.parametrize("version", [V2022, V2026])
def test_every_simulated_action_answers_its_strict_form(version: str) -> None:
    api = make_api()
    seen: set[str] = set()

    def call(action: str, body: dict[str, Any]) -> dict[str, Any]:
        seen.add(action)
        return strict(api, action, body, version)

    call("DescribeZones", {})
    call("DescribeZones", {"acceptLanguage": "zh-CN"})
    call("DescribeAvailableResources", {"instanceChargeType": "POSTPAID"})
    call("DescribeAvailableResources", {"instanceChargeType": "PREPAID", "zoneId": "SEL-A"})
    call("DescribeInstanceTypes", {})
    call("DescribeImages", {})
    for body in (create_body(internetMaxBandwidthOut=10),
                 prepaid(3, internetChargeType="ByTrafficPackage", trafficPackageSize=2.0)):
        call("InquiryPriceCreateInstance", {k: body[k] for k in body if k != "amount"})
    (renewable,) = call("CreateInstances", prepaid(1, raidConfig={"raidType": 1}))["instanceIdSet"]
    a, b = call("CreateInstances", create_body(
        amount=2, raidConfig={"customRaids": [{"raidType": 1, "diskSequence": [1, 2]}]},
        imageId=IMAGE, partitions=[{"fsPath": "/", "fsType": "ext4", "size": 100}],
        tags={"tags": [{"key": "env", "value": "t"}]}))["instanceIdSet"]
    advance(api, INSTALL_DONE + LIFE["booting"])
    infos = call("DescribeInstances", {"instanceIds": [renewable, a, b]})["dataSet"]
    assert {i["instanceStatus"] for i in infos} == {"RUNNING"}
    call("DescribeInstances", {"pageSize": 1, "pageNum": 2})
    call("StopInstances", {"instanceIds": [a]})
    advance(api, LIFE["stopping"])
    call("StartInstances", {"instanceIds": [a]})
    call("RebootInstances", {"instanceIds": [b]})
    call("ModifyInstancesAttribute", {"instanceIds": [b], "instanceName": "renamed"})
    call("RenewInstance", {"instanceId": renewable})
    advance(api, LIFE["booting"] + 60)
    call("ReinstallInstance", {"instanceId": b})
    call("TerminateInstance", {"instanceId": a})
    call("ReleaseInstances", {"instanceIds": [a]})
    from mockserver.handlers import networking  # each networking action: tests/mockserver/test_net_*.py

    # The instance operations answer their strict forms in tests/mockserver/test_ops_*.py.
    assert seen == set(HANDLERS) - set(networking.HANDLERS) - set(instance_ops.HANDLERS)


@pytest.mark.parametrize("version", [V2022, V2026])
def test_empty_and_null_answers_are_strict_too(version: str) -> None:
    api = make_api()
    assert strict(api, "DescribeInstances", {}, version)["dataSet"] == []
    assert strict(api, "DescribeInstanceTypes", {"instanceTypeIds": ["NOPE"]}, version)["instanceTypes"] == []
    assert strict(api, "DescribeImages", {"imageName": "nope"}, version)["images"] == []
    strict(make_api(), "DescribeAvailableResources", {"instanceChargeType": "POSTPAID", "sellStatus": "SOLD_OUT"},
           version)


def test_a_2022_offer_never_lists_by_bandwidth_cluster() -> None:
    api = make_api()
    old = strict(api, "DescribeAvailableResources", {"instanceChargeType": "POSTPAID"}, V2022)
    new = strict(api, "DescribeAvailableResources", {"instanceChargeType": "POSTPAID"}, V2026)
    assert not any("ByBandwidthCluster" in r["internetChargeTypes"] for r in old["availableResources"])
    assert any("ByBandwidthCluster" in r["internetChargeTypes"] for r in new["availableResources"])
    # The same offerings, each with the other values unchanged and in the same order.
    assert [(r["zoneId"], r["instanceTypeId"]) for r in old["availableResources"]] == \
        [(r["zoneId"], r["instanceTypeId"]) for r in new["availableResources"]]
    for o, n in zip(old["availableResources"], new["availableResources"], strict=True):
        assert o["internetChargeTypes"] == [c for c in n["internetChargeTypes"] if c != "ByBandwidthCluster"]


def test_a_cluster_instance_reads_as_stored_under_2022() -> None:
    """Created with ByBandwidthCluster under 2026-02-01, read under 2022-11-20: shown as stored (the catalogue's
    decision), and the 2022 strict form accepts it."""
    api = make_api()
    zone, itype = CLUSTER_OFFER
    body = create_body(zoneId=zone, instanceTypeId=itype, internetChargeType="ByBandwidthCluster",
                       clusterId="cluster-1")
    (iid,) = api.create(body, version=V2026)
    for version in (V2022, V2026):
        (info,) = strict(api, "DescribeInstances", {"instanceIds": [iid]}, version)["dataSet"]
        assert info["internetChargeType"] == "ByBandwidthCluster"
    assert api.err("CreateInstances", body, version=V2022)[1] == "INVALID_PARAMETER"


@pytest.mark.parametrize("version", [V2022, V2026])
@pytest.mark.parametrize(("raid", "expected"), [
    ({"raidType": 1}, {"raidType": 1, "customRaids": None}),
    ({"customRaids": [{"raidType": 1, "diskSequence": [1, 2]}]},
     {"raidType": None, "customRaids": [{"raidType": 1, "diskSequence": [1, 2]}]}),
    (None, None),
])
def test_raid_config_carries_every_key(version: str, raid: Any, expected: Any) -> None:
    api = make_api()
    (iid,) = api.create(create_body(raidConfig=raid), version=version)
    for _ in range(2):  # the second read comes from the backend's wire cache: it must be unchanged
        (info,) = strict(api, "DescribeInstances", {"instanceIds": [iid]}, version)["dataSet"]
        assert info["raidConfig"] == expected


def test_the_hook_catches_an_answer_off_the_strict_form(monkeypatch: pytest.MonkeyPatch,
                                                        strict_mismatches: list[Any]) -> None:
    """The suite-wide check itself: an extra key, or a missing one, is recorded (and would fail the test)."""
    api = make_api()
    real = HANDLERS["DescribeImages"]
    monkeypatch.setitem(HANDLERS, "DescribeImages", lambda ctx, req: {**real(ctx, req), "surprise": 1})
    monkeypatch.setitem(HANDLERS, "DescribeZones", lambda ctx, req: {})
    api.ok("DescribeImages", {}, version=V2026)
    api.ok("DescribeZones", {}, version=V2022)
    found = list(strict_mismatches)
    strict_mismatches.clear()  # expected here: keep the autouse check from failing this test
    assert [(a, v) for a, v, _ in found] == [("DescribeImages", V2026), ("DescribeZones", V2022)]
    assert "surprise" in found[0][2] and "zoneSet" in found[1][2]


def test_both_versions_carry_the_superset_of_fields() -> None:
    """Fields are the superset of both versions (the SDKs ignore what they do not know): a 2022-11-20 read
    carries the fields only 2026-02-01's models define, with the same values; only offered values differ."""
    api = make_api()
    (iid,) = api.create(prepaid(1))
    read = {v: api.ok("DescribeInstances", {"instanceIds": [iid]}, version=v)["dataSet"][0] for v in (V2022, V2026)}
    assert read[V2022] == read[V2026]
    assert {"ipmiEnabled", "primaryPublicIPv6Address"} <= set(read[V2022])
    zones = {v: api.ok("DescribeZones", {}, version=v)["zoneSet"] for v in (V2022, V2026)}
    assert zones[V2022] == zones[V2026] and "isByoipEnabled" in zones[V2022][0]
