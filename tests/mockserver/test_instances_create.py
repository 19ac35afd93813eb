"""CreateInstances against the in-process mock: every rule reaching the mock, atomicity, ids, names,
addresses, times and money."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

from zltoolkit.api import InstanceInfo

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import (  # noqa: E402
    BROKE,
    IMAGE,
    ONLY_S8I_IMAGE,
    OTHER,
    PASSWORD,
    T0,
    TYPE,
    ZONE,
    advance,
    backend,
    create_body,
    describe,
    invariants,
    make_api,
    offering,
    prepaid,
    scenario,
    unit_price,
)


@pytest.fixture
def api() -> Any:
    return make_api()


def _snapshot(api: Any) -> tuple[Any, ...]:
    b = backend(api)
    return (dict(b.stock), dict(b.balances), len(b.by_id), dict(b.held), b._ids.counters())


def test_doc_example_1_minimal_postpaid(api: Any) -> None:
    r = api.ok("CreateInstances", create_body())
    assert len(r["instanceIdSet"]) == 1
    assert re.fullmatch(r"\d{18}", r["instanceIdSet"][0])
    assert re.fullmatch(r"\d{18}", r["orderNumber"])
    (info,) = describe(api, r["instanceIdSet"])
    assert info["instanceName"] == "instance" and info["hostname"] == "hostname"  # documented defaults
    assert info["instanceChargeType"] == "POSTPAID" and info["period"] is None and info["expiredTime"] is None
    assert info["bandwidthOutMbps"] == 1 and info["imageId"] is None and info["imageName"] is None
    assert info["createTime"] == "2024-01-31T10:00:00Z"
    assert info["instanceStatus"] == "PENDING"
    assert info["resourceGroupId"] == "rg-default" and info["resourceGroupName"]


def test_doc_example_2_two_prepaid_with_patterns(api: Any) -> None:
    b = backend(api)
    before = b.balances["acc-demo"]
    body = prepaid(
        2, amount=2, instanceName="SEL-M6C-[1,2]", hostname="SEL-M6C-[1,2]", internetMaxBandwidthOut=10,
        password=PASSWORD, nic={"wanName": "wan0", "lanName": "lan0"}, imageId=IMAGE,
    )  # fmt: skip
    ids = api.create(body)
    infos = describe(api, ids)
    assert [i["instanceName"] for i in infos] == ["SEL-M6C-01", "SEL-M6C-02"]
    assert [i["hostname"] for i in infos] == ["SEL-M6C-01", "SEL-M6C-02"]
    for info in infos:
        assert info["period"] == 2 and info["autoRenew"] is True
        assert info["createTime"] == "2024-01-31T10:00:00Z"
        assert info["expiredTime"] == "2024-03-31T10:00:00Z"  # calendar months
        assert info["bandwidthOutMbps"] == 10
        assert info["nic"] == {"wanName": "wan0", "lanName": "lan0"}
        assert info["imageName"] == "CentOS7.4-x86_64"
    unit = unit_price(b, ZONE, TYPE, charge_type="PREPAID", internet_charge_type="ByBandwidth", period=2,
                      bandwidth_mbps=10)  # fmt: skip
    assert unit > 0
    assert b.balances["acc-demo"] == pytest.approx(before - 2 * unit, abs=0.005)


def test_doc_example_3_traffic_package_with_bytbandwidth_is_accepted(api: Any) -> None:
    ids = api.create(prepaid(2, amount=2, trafficPackageSize=10.0, imageId=IMAGE, password=PASSWORD))
    assert all(i["trafficPackageSize"] is None for i in describe(api, ids))  # only ByTrafficPackage has one


def test_traffic_package_defaults_to_the_offering_free_package(api: Any) -> None:
    sc = scenario()
    free = offering(sc, ZONE, TYPE)["defaultTrafficPackageSize"]
    (iid,) = api.create(create_body(internetChargeType="ByTrafficPackage"))
    assert describe(api, [iid])[0]["trafficPackageSize"] == free
    (iid2,) = api.create(create_body(internetChargeType="ByTrafficPackage", trafficPackageSize=3.5))
    assert describe(api, [iid2])[0]["trafficPackageSize"] == 3.5


def test_bandwidth_95_defaults_to_zero(api: Any) -> None:
    (iid,) = api.create(create_body(internetChargeType="ByInstanceBandwidth95"))
    assert describe(api, [iid])[0]["bandwidthOutMbps"] == 0


def test_every_infofield_present_and_valid(api: Any) -> None:
    ids = api.create(prepaid(1, imageId=IMAGE, keyId="key-YWD2QFOl", subnetId="subnet-demo-sel-a",
                             tags={"tags": [{"key": "env", "value": "prod"}]}, raidConfig={"raidType": 1},
                             partitions=[{"fsPath": "/", "fsType": "ext4", "size": 100}],
                             enableGatewayMode=True))  # fmt: skip
    (info,) = describe(api, ids)
    wire_names = {f.alias or f.serialization_alias or n for n, f in InstanceInfo.model_fields.items()}
    assert set(info) == wire_names  # the superset of both versions' fields, 2026-02-01's included
    (info26,) = api.ok("DescribeInstances", {"instanceIds": ids}, version="2026-02-01")["dataSet"]
    assert set(info26) == wire_names and info26["ipmiEnabled"] is True
    InstanceInfo.model_validate(info)
    assert info["keyId"] == "key-YWD2QFOl"
    assert info["subnetIds"] == ["subnet-demo-sel-a"]
    assert info["privateIpAddresses"][0].startswith("10.1.0.")
    assert info["tags"] == {"tags": [{"key": "env", "value": "prod"}]}
    assert info["raidConfig"] == {"raidType": 1, "customRaids": None}  # every key, null where unset
    assert info["partitions"] == [{"fsPath": "/", "fsType": "ext4", "size": 100}]
    assert info["enableGatewayMode"] is True
    assert info["instanceType"]["instanceTypeId"] == TYPE and info["instanceType"]["imageIds"] is None


def test_instance_type_dict_is_shared_per_type(api: Any) -> None:
    ids = api.create(create_body(amount=3))
    b = backend(api)
    dicts = [b.wire_of(b.by_id[i], b.now)["instanceType"] for i in ids]
    assert dicts[0] is dicts[1] is dicts[2]


def test_resource_group_explicit_and_default(api: Any) -> None:
    (a,) = api.create(create_body(resourceGroupId="rg-production"))
    (b,) = api.create(create_body())
    got = {i["instanceId"]: i["resourceGroupId"] for i in describe(api, [a, b])}
    assert got == {a: "rg-production", b: "rg-default"}


def test_addresses_are_unique_and_from_the_prefixes(api: Any) -> None:
    import ipaddress

    sc = scenario()
    zone = next(z for z in sc["zones"] if z["zoneId"] == ZONE)
    ids = api.create(create_body(amount=20)) + api.create(create_body(amount=5, enablePrimaryIPv6=False))
    infos = api.ok("DescribeInstances", {"instanceIds": ids, "pageSize": 100}, version="2026-02-01")["dataSet"]
    pubs = [i["primaryPublicIpAddress"] for i in infos]
    assert len(set(pubs)) == 25
    net = ipaddress.ip_network(zone["publicIpPrefix"])
    assert all(ipaddress.ip_address(p) in net for p in pubs)
    assert all(i["publicIpAddresses"] == [i["primaryPublicIpAddress"]] for i in infos)
    v6 = [i["primaryPublicIPv6Address"] for i in infos[:20]]
    assert len(set(v6)) == 20
    assert all(ipaddress.ip_address(a) in ipaddress.ip_network(zone["ipv6Prefix"]) for a in v6)
    assert all(i["ipv6Addresses"] == [i["primaryPublicIPv6Address"]] for i in infos[:20])
    assert all(i["primaryPublicIPv6Address"] is None and i["ipv6Addresses"] is None for i in infos[20:])
    privs = [i["privateIpAddresses"][0] for i in infos]
    assert len(set(privs)) == 25


def test_ids_and_orders_deterministic_under_seed() -> None:
    a, b, c = make_api(seed=11), make_api(seed=11), make_api(seed=12)
    body = create_body(amount=3)
    ra, rb, rc = (x.ok("CreateInstances", body) for x in (a, b, c))
    assert ra["instanceIdSet"] == rb["instanceIdSet"] and ra["orderNumber"] == rb["orderNumber"]
    assert ra["instanceIdSet"] != rc["instanceIdSet"]
    more = a.create(body)
    ids = ra["instanceIdSet"] + more
    assert len(set(ids)) == 6 and ids == sorted(ids)  # increasing: creation order is id order


def _zone_without(sc: dict[str, Any], type_id: str) -> str:
    have = {o["zoneId"] for o in sc["offerings"] if o["instanceTypeId"] == type_id}
    return next(z["zoneId"] for z in sc["zones"] if z["zoneId"] not in have)


def _charge_type_gap(sc: dict[str, Any]) -> tuple[str, str, str]:
    for o in sc["offerings"]:
        for ct in ("PREPAID", "POSTPAID"):
            if ct not in o["stock"]:
                return o["zoneId"], o["instanceTypeId"], ct
    raise AssertionError("every offering sells both charge types")


def _internet_gap(sc: dict[str, Any]) -> tuple[str, str, str]:
    for o in sc["offerings"]:
        for it in ("ByBandwidth", "ByTrafficPackage", "ByInstanceBandwidth95", "ByClusterBandwidth95"):
            if it not in o["internetChargeTypes"]:
                return o["zoneId"], o["instanceTypeId"], it
    raise AssertionError("no internet charge type gap")


_SC = scenario()
_GAP_ZONE = _zone_without(_SC, TYPE)
_CT_ZONE, _CT_TYPE, _CT = _charge_type_gap(_SC)
_IT_ZONE, _IT_TYPE, _IT = _internet_gap(_SC)
_MAX_BW = offering(_SC, ZONE, TYPE)["maximumBandwidthOut"]

RULES: list[tuple[str, dict[str, Any], int, str]] = [
    ("unknown zone", {"zoneId": "SEL--A"}, 404, "INVALID_ZONE_NOT_FOUND"),
    ("unknown type", {"instanceTypeId": "NOPE"}, 404, "INVALID_INSTANCE_TYPE_NOT_FOUND"),
    ("unknown image", {"imageId": "no-such-image"}, 404, "INVALID_IMAGE_NOT_FOUND"),
    ("image not for type", {"imageId": ONLY_S8I_IMAGE}, 404, "INVALID_IMAGE_NOT_FOUND"),
    ("type not sold in zone", {"zoneId": _GAP_ZONE}, 400, "INVALID_INSTANCE_TYPE_ZONE_NO_SELL"),
    ("charge type not sold", {"zoneId": _CT_ZONE, "instanceTypeId": _CT_TYPE, "instanceChargeType": _CT,
                              "instanceChargePrepaid": {"period": 1}}, 403, "OPERATION_DENIED_CHARGE_TYPE_NOT_SUPPORT"),
    ("internet type not offered", {"zoneId": _IT_ZONE, "instanceTypeId": _IT_TYPE, "internetChargeType": _IT},
     403, "OPERATION_FILED_INTERNET_CHARGE_TYPE_NOT_SUPPORT"),
    ("bandwidth above max", {"internetMaxBandwidthOut": _MAX_BW + 1}, 400, "INVALID_BANDWIDTH_VALUE_EXCEED_MAXIMUM"),
    ("amount 0", {"amount": 0}, 400, "INVALID_PARAMETER"),
    ("amount 101", {"amount": 101}, 400, "INVALID_PARAMETER"),
    ("prepaid without period", {"instanceChargeType": "PREPAID"}, 400, "MISSING_PARAMETER"),
    ("period 0", {"instanceChargeType": "PREPAID", "instanceChargePrepaid": {"period": 0}}, 400, "INVALID_PARAMETER"),
    ("period 121", {"instanceChargeType": "PREPAID", "instanceChargePrepaid": {"period": 121}}, 400,
     "INVALID_PARAMETER"),
    ("bad name", {"instanceName": "a b"}, 400, "INVALID_PARAMETER_INSTANCE_NAME_MALFORMED"),
    ("long name", {"instanceName": "n" * 65}, 400, "INVALID_PARAMETER_INSTANCE_NAME_EXCEED"),
    ("bad hostname", {"hostname": "host_name!"}, 400, "INVALID_PARAMETER_HOSTNAME_MALFORMED"),
    ("long hostname", {"hostname": "h" * 65}, 400, "INVALID_PARAMETER_HOSTNAME_EXCEED"),
    ("pattern too narrow", {"amount": 11, "hostname": "h[0,1]"}, 400, "INVALID_PARAMETER_HOSTNAME_EXCEED"),
    ("weak password", {"password": "password"}, 400, "INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED"),
    ("password and key", {"password": PASSWORD, "keyId": "key-YWD2QFOl"}, 400,
     "INVALID_PARAMETER_INSTANCE_LOGIN_CONFLICT"),
    ("unknown key pair", {"keyId": "key-nope"}, 404, "INVALID_KEY_PAIR_NOT_FOUND"),
    ("another account's key pair", {"keyId": "key-Xo7pLr2W"}, 404, "INVALID_KEY_PAIR_NOT_FOUND"),
    ("unknown subnet", {"subnetId": "subnet-nope"}, 404, "INVALID_SUBNET_NOT_FOUND"),
    ("another account's subnet", {"subnetId": "subnet-other-sel-a"}, 404, "INVALID_SUBNET_NOT_FOUND"),
    ("subnet in another zone", {"subnetId": "subnet-demo-hkg-a"}, 400, "INVALID_SUBNET_ZONE_MISMATCH"),
    ("unknown resource group", {"resourceGroupId": "rg-nope"}, 404, "OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND"),
    ("raid fast+custom", {"raidConfig": {"raidType": 1, "customRaids": [{"raidType": 1, "diskSequence": [1, 2]}]}},
     400, "INVALID_RAID_CONFIG_FAST_CUSTOM_CONFLICT"),
    ("raid level unsupported", {"raidConfig": {"raidType": 5}}, 400, "INVALID_INSTANCE_TYPE_RAID_NOT_SUPPORT"),
    ("partitions without image", {"partitions": [{"fsPath": "/", "fsType": "ext4", "size": 10}]}, 403,
     "INVALID_PARTITION_IMAGE_NOT_SET"),
    ("nic names equal", {"nic": {"wanName": "eth0", "lanName": "eth0"}}, 400, "INVALID_PARAMETER_NIC_NAME_CONFLICT"),
    ("bandwidth cluster in 2022", {"internetChargeType": "ByBandwidthCluster", "clusterId": "c1"}, 400,
     "INVALID_PARAMETER"),
    ("poc voucher", {"marketingOptions": {"usePocVoucher": True}}, 400, "INVALID_PARAMETER"),
    ("unknown field", {"colour": "red"}, 400, "INVALID_PARAMETER"),
    ("missing zone", {"zoneId": None}, 400, "MISSING_PARAMETER"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "overrides", "http", "code"), RULES, ids=[r[0] for r in RULES])
def test_create_rule_codes_and_nothing_taken(api: Any, case: str, overrides: dict[str, Any], http: int,
                                             code: str) -> None:  # fmt: skip
    before = _snapshot(api)
    got = api.err("CreateInstances", create_body(**overrides))
    assert got[:2] == (http, code), got
    assert _snapshot(api) == before


def test_image_not_for_type_message_says_so(api: Any) -> None:
    _, _, msg = api.err("CreateInstances", create_body(imageId=ONLY_S8I_IMAGE))
    assert "not available for instance type" in msg


def test_ssh_keys_refused_in_2026(api: Any) -> None:
    body = create_body(imageId=IMAGE, sshKeys=["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGcx user"])
    assert api.err("CreateInstances", body, version="2026-02-01")[1] == "INVALID_PARAMETER"
    assert api.create(body)  # accepted in 2022-11-20


def test_bandwidth_cluster_in_2026_needs_cluster_id(api: Any) -> None:
    body = create_body(internetChargeType="ByBandwidthCluster")
    assert api.err("CreateInstances", body, version="2026-02-01")[1] == "MISSING_PARAMETER"
    assert api.create({**body, "clusterId": "cluster-1"}, version="2026-02-01")


def test_sold_out_is_all_or_nothing(api: Any) -> None:
    r = api.http.post("/_mock/stock", json={"zoneId": ZONE, "instanceTypeId": TYPE,
                                            "instanceChargeType": "POSTPAID", "qty": 2})  # fmt: skip
    assert r.status_code == 200, r.text
    before = _snapshot(api)
    assert api.err("CreateInstances", create_body(amount=3))[:2] == (400, "RESOURCES_SOLDOUT_INSTANCE_TYPE")
    assert _snapshot(api) == before
    assert len(api.create(create_body(amount=2))) == 2
    assert backend(api).qty(ZONE, TYPE, "POSTPAID") == 0
    assert api.err("CreateInstances", create_body())[1] == "RESOURCES_SOLDOUT_INSTANCE_TYPE"
    assert invariants(api)["ok"]


def test_quota_counts_instances_holding_machines(api: Any) -> None:
    # acc-other: quota 5.
    assert len(api.create(create_body(amount=4), **OTHER)) == 4
    before = _snapshot(api)
    assert api.err("CreateInstances", create_body(amount=2), **OTHER)[:2] == (
        403, "OPERATION_DENIED_INSTANCE_QUOTA_EXCEED")
    assert _snapshot(api) == before
    assert len(api.create(create_body(), **OTHER)) == 1
    assert api.err("CreateInstances", create_body(), **OTHER)[1] == "OPERATION_DENIED_INSTANCE_QUOTA_EXCEED"
    assert len(api.create(create_body(amount=5))) == 5  # acc-demo is not affected


def test_prepaid_needs_the_money_for_all_of_them(api: Any) -> None:
    b = backend(api)
    unit = unit_price(b, ZONE, TYPE, charge_type="PREPAID", internet_charge_type="ByBandwidth", period=1)
    balance = b.balances["acc-other"]
    n = int(balance // unit)
    assert n >= 1
    before = _snapshot(api)
    assert api.err("CreateInstances", prepaid(1, amount=n + 1), **OTHER)[:2] == (
        403, "OPERATION_DENIED_INSUFFICIENT_BALANCE")
    assert _snapshot(api) == before
    api.create(prepaid(1, amount=n), **OTHER)
    assert b.balances["acc-other"] == pytest.approx(balance - n * unit, abs=0.005)
    assert invariants(api)["ok"]


def test_postpaid_needs_a_positive_balance(api: Any) -> None:
    assert api.err("CreateInstances", create_body(), **BROKE)[:2] == (403, "OPERATION_DENIED_INSUFFICIENT_BALANCE")
    assert backend(api).balances["acc-broke"] == 0


def test_public_pool_exhaustion_and_reuse_after_release() -> None:
    sc = scenario()
    next(z for z in sc["zones"] if z["zoneId"] == ZONE)["publicIpPrefix"] = "203.0.113.0/29"  # 5 usable
    api = make_api(sc)
    # What the scenario's instance seeds in the zone (another account's) already hold is not for sale.
    taken = {i.pub4 for i in backend(api).by_id.values() if i.zone == ZONE}
    free = 5 - len(taken)
    assert api.err("CreateInstances", create_body(amount=free + 1))[:2] == (400, "RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT")
    ids = api.create(create_body(amount=free))
    addrs = {i["primaryPublicIpAddress"] for i in describe(api, ids)}
    assert addrs == {f"203.0.113.{n}" for n in range(2, 7)} - taken
    assert api.err("CreateInstances", create_body())[1] == "RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT"
    advance(api, 3600)
    api.ok("TerminateInstance", {"instanceId": ids[0]})
    api.ok("ReleaseInstances", {"instanceIds": [ids[0]]})
    (new,) = api.create(create_body())
    assert describe(api, [new])[0]["primaryPublicIpAddress"] in addrs  # the freed address, reused


def test_subnet_private_pool_exhaustion() -> None:
    sc = scenario()
    acc = next(a for a in sc["accounts"] if a["accountId"] == "acc-demo")
    next(s for s in acc["subnets"] if s["subnetId"] == "subnet-demo-sel-a")["cidrBlock"] = "10.1.0.0/30"  # 1 usable
    api = make_api(sc)
    body = create_body(subnetId="subnet-demo-sel-a")
    assert api.err("CreateInstances", {**body, "amount": 2})[:2] == (400, "INVALID_SUBNET_PRIVATE_IP_INSUFFICIENT")
    (iid,) = api.create(body)
    assert describe(api, [iid])[0]["privateIpAddresses"] == ["10.1.0.2"]


def test_expired_time_clamps_to_month_end() -> None:
    api = make_api()  # T0 = Jan 31
    (iid,) = api.create(prepaid(1))
    assert describe(api, [iid])[0]["expiredTime"] == "2024-02-29T10:00:00Z"
    (iid13,) = api.create(prepaid(13))
    assert describe(api, [iid13])[0]["expiredTime"] == "2025-02-28T10:00:00Z"


def test_passwords_and_user_data_are_not_stored(api: Any) -> None:
    import json

    secret, data = "Zq9-Secret~77", "IyEvYmluL3NoCmVjaG8gc2VjcmV0LXVzZXJkYXRh"
    api.create(create_body(imageId=IMAGE, password=secret, userData=data))
    dump = json.dumps(backend(api).export_state())
    assert secret not in dump and data not in dump
    assert json.dumps(api.http.get("/_mock/state").json()).count(secret) == 0


def test_created_at_the_mock_clock_not_wall_time() -> None:
    api = make_api(start=T0 + 86400 * 400)
    (iid,) = api.create(create_body())
    assert describe(api, [iid])[0]["createTime"] == "2025-03-06T10:00:00Z"
