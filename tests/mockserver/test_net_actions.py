"""Networking actions over the raw wire (docs/mock-networking.md): subnets and their bindings under the mock
clock, elastic IPs through DescribeInstances, DDoS IPs, CIDR blocks and BYOIP, atomicity, durability and the
invariants. Every answer is checked against the strict response form of its action and version."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ._instances_support import (
    CREATE_DONE,
    IMAGE,
    INSTALL_DONE,
    PASSWORD,
    advance,
    create_body,
    describe,
    invariants,
    make_api,
)

V22, V26 = "2022-11-20", "2026-02-01"


def strict(action: str, version: str, answer: dict[str, Any]) -> None:
    from zltoolkit.api.generated import strict_v2022_11_20, strict_v2026_02_01

    forms = strict_v2022_11_20.RESPONSES if version == V22 else strict_v2026_02_01.RESPONSES
    forms[action].model_validate(answer)


def ok(api: Any, action: str, body: dict[str, Any] | None = None, version: str = V22) -> dict[str, Any]:
    answer = api.ok(action, body or {}, version=version)
    strict(action, version, answer)
    return answer


def running(api: Any, zone: str = "SEL-A", **kw: Any) -> str:
    (iid,) = api.create(create_body(zoneId=zone, imageId=IMAGE, password=PASSWORD, **kw))
    advance(api, INSTALL_DONE + 1)
    return iid


def subnet(api: Any, sid: str, version: str = V22) -> dict[str, Any]:
    [s] = ok(api, "DescribeSubnets", {"subnetIds": [sid]}, version)["dataSet"]
    return s


@pytest.fixture
def api() -> Any:
    return make_api()


# --- subnets ---


@pytest.mark.parametrize("version", [V22, V26])
def test_subnet_create_bind_unbind_delete(api, version) -> None:
    sid = ok(api, "CreateSubnet", {"zoneId": "SEL-A", "cidrBlock": "192.168.10.0/24", "subnetName": "web"},
             version)["subnetId"]  # fmt: skip
    assert subnet(api, sid, version)["subnetStatus"] == "CREATING"
    advance(api, 5)
    s = subnet(api, sid, version)
    assert (s["subnetStatus"], s["cidrBlock"], s["subnetInstanceSet"], s["availableIpCount"]) == (
        "AVAILABLE", "192.168.10.0/24", [], 253)
    iid = running(api)
    ok(api, "AssociateSubnetInstances", {"subnetId": sid, "subnetInstanceList": [{"instanceId": iid}]}, version)
    [m] = subnet(api, sid, version)["subnetInstanceSet"]
    assert m == {"instanceId": iid, "privateIpAddress": "192.168.10.2", "privateIpStatus": "BINDING"}
    assert describe(api, [iid])[0]["privateIpAddresses"] == ["192.168.10.2"]
    assert describe(api, [iid])[0]["subnetIds"] == [sid]
    assert api.err("UnAssociateSubnetInstance", {"subnetId": sid, "instanceId": iid}, version=version)[1] == (
        "OPERATION_DENIED_SUBNET_ASSOCIATING_INSTANCE")
    advance(api, 30)
    assert subnet(api, sid, version)["subnetInstanceSet"][0]["privateIpStatus"] == "BOUND"
    assert api.err("DeleteSubnet", {"subnetId": sid}, version=version)[1] == "OPERATION_DENIED_SUBNET_EXIST_INSTANCE"
    ok(api, "UnAssociateSubnetInstance", {"subnetId": sid, "instanceId": iid}, version)
    assert subnet(api, sid, version)["subnetInstanceSet"][0]["privateIpStatus"] == "UNBINDING"
    assert describe(api, [iid])[0]["subnetIds"] is None
    assert api.err("DeleteSubnet", {"subnetId": sid}, version=version)[1] == "OPERATION_DENIED_SUBNET_EXIST_INSTANCE"
    advance(api, 30)
    assert subnet(api, sid, version)["subnetInstanceSet"] == []  # the provider's NotBind
    ok(api, "DeleteSubnet", {"subnetId": sid}, version)
    assert ok(api, "DescribeSubnets", {"subnetIds": [sid]}, version)["dataSet"] == []
    assert api.err("DeleteSubnet", {"subnetId": sid})[1] == "OPERATION_FAILED_RESOURCE_NOT_FOUND"
    assert invariants(api)["ok"]


@pytest.mark.parametrize(("cidr", "code"), [
    ("192.168.1.0/33", "INVALID_PARAMETER_SUBNET_CIDR_BLOCK"),
    ("not-a-cidr", "INVALID_PARAMETER_SUBNET_CIDR_BLOCK"),
    ("192.168.1.1/24", "INVALID_PARAMETER_SUBNET_CIDR_BLOCK"),  # host bits set
    ("8.8.8.0/24", "INVALID_PARAMETER_SUBNET_CIDR_BLOCK"),  # outside the documented ranges
    ("10.0.0.0/30", "INVALID_PARAMETER_SUBNET_CIDR_BLOCK"),  # too small
    ("fd00::/64", "INVALID_PARAMETER_SUBNET_CIDR_BLOCK"),
    ("172.16.1.128/25", "INVALID_PARAMETER_VPC_SUBNET_OVER_LAP"),  # inside the seeded VPC subnet
])  # fmt: skip
def test_malformed_or_overlapping_cidrs_are_refused(api, cidr, code) -> None:
    before = ok(api, "DescribeSubnets", {"pageSize": 100})["totalCount"]
    assert api.err("CreateSubnet", {"zoneId": "SEL-A", "cidrBlock": cidr, "subnetName": "x"})[1] == code
    assert ok(api, "DescribeSubnets", {"pageSize": 100})["totalCount"] == before


def test_instance_created_in_a_subnet_is_bound_at_once(api) -> None:
    iid = running(api, subnetId="subnet-demo-sel-a")
    [m] = subnet(api, "subnet-demo-sel-a")["subnetInstanceSet"]
    assert m == {"instanceId": iid, "privateIpAddress": "10.1.0.2", "privateIpStatus": "BOUND"}


def test_associate_rules(api) -> None:
    iid = running(api)
    other_zone = running(api, zone="TYO-A")
    body = {"subnetId": "subnet-demo-sel-a", "subnetInstanceList": [{"instanceId": other_zone}]}
    assert api.err("AssociateSubnetInstances", body)[1] == "OPERATION_DENIED_DIFFERENT_ZONE"
    for ip, code in (("10.1.0.0", "INVALID_PARAMETER_LAN_IP_NOT_SUPPORT"), ("10.9.0.5", "INVALID_PARAMETER_LAN_IP_NOT_SUPPORT")):
        body = {"subnetId": "subnet-demo-sel-a", "subnetInstanceList": [{"instanceId": iid, "privateIpAddress": ip}]}
        assert api.err("AssociateSubnetInstances", body)[1] == code
    body = {"subnetId": "subnet-demo-sel-a", "subnetInstanceList": [{"instanceId": iid, "privateIpAddress": "10.1.0.77"}]}
    ok(api, "AssociateSubnetInstances", body)
    assert describe(api, [iid])[0]["privateIpAddresses"] == ["10.1.0.77"]
    assert api.err("AssociateSubnetInstances", body)[1] == "OPERATION_DENIED_SUBNET_NOT_REPEAT_INSTANCE"
    assert api.err("AssociateSubnetInstances", {"subnetId": "nope", "subnetInstanceList": [{"instanceId": iid}]})[1] == (
        "INVALID_SUBNET_NOT_FOUND")
    assert invariants(api)["ok"]


def test_vpcs_and_vpc_subnets(api) -> None:
    regions = {r["vpcRegionId"]: r for r in ok(api, "DescribeVpcAvailableRegions")["vpcRegionSet"]}
    assert "SEL-A" in regions["asia"]["zoneIds"]
    vid = ok(api, "CreateVpc", {"vpcRegionId": "asia", "cidrBlock": "192.168.0.0/16", "vpcName": "v"})["vpcId"]
    assert ok(api, "DescribeVpcs", {"vpcIds": [vid]})["dataSet"][0]["vpcStatus"] == "CREATING"
    advance(api, 5)
    body = {"zoneId": "FRA-A", "cidrBlock": "192.168.5.0/24", "subnetName": "s", "vpcId": vid}
    assert api.err("CreateSubnet", body)[1] == "OPERATION_DENIED_ZONE_NOT_BELONG_VPC"
    body = {"zoneId": "SEL-A", "cidrBlock": "10.0.5.0/24", "subnetName": "s", "vpcId": vid}
    assert api.err("CreateSubnet", body)[1] == "INVALID_PARAMETER_SUBNET_CIDR_NOT_BELONG_VPC"
    sid = ok(api, "CreateSubnet", {**body, "cidrBlock": "192.168.5.0/24"})["subnetId"]
    assert subnet(api, sid)["vpcId"] == vid
    assert api.err("DeleteVpc", {"vpcId": vid})[1] == "OPERATION_DENIED_VPC_EXIST_SUBNET_ASSIGN"
    advance(api, 5)
    ok(api, "DeleteSubnet", {"subnetId": sid})
    ok(api, "ModifyVpcsAttribute", {"vpcIds": [vid], "vpcName": "renamed"})
    assert ok(api, "DescribeVpcs", {"vpcName": "renamed"})["totalCount"] == 1
    ok(api, "DeleteVpc", {"vpcId": vid})
    assert api.err("DeleteVpc", {"vpcId": vid})[1] == "INVALID_VPC_NOT_FOUND"


# --- elastic IPs ---


@pytest.mark.parametrize("version", [V22, V26])
def test_eip_lifecycle_through_describe_instances(api, version) -> None:
    iid = running(api)
    price = ok(api, "InquiryPriceCreateEipAddress", {"zoneId": "SEL-A", "eipChargeType": "PREPAID",
                                                     "eipChargePrepaid": {"period": 3}}, version)["eipPrice"]  # fmt: skip
    before = invariants(api)["accounts"][0]["balance"]
    [eid] = ok(api, "AllocateEipAddresses", {"zoneId": "SEL-A", "eipChargeType": "PREPAID",
                                             "eipChargePrepaid": {"period": 3}}, version)["eipIdSet"]  # fmt: skip
    assert invariants(api)["accounts"][0]["balance"] == pytest.approx(before - price["discountPrice"])
    e = ok(api, "DescribeEipAddresses", {"eipIds": [eid]}, version)["dataSet"][0]
    assert (e["eipStatus"], e["period"], e["eipChargeType"]) == ("CREATING", 3, "PREPAID")
    assert api.err("AssociateEipAddress", {"eipId": eid, "instanceId": iid}, version=version)[1] == (
        "OPERATION_DENIED_EIP_STATUS_NOT_AVAILABLE")
    advance(api, 5)
    ok(api, "AssociateEipAddress", {"eipId": eid, "instanceId": iid}, version)
    inst = describe(api, [iid])[0]
    assert inst["publicIpAddresses"] == [inst["primaryPublicIpAddress"], e["ipAddress"]]
    assert ok(api, "DescribeEipAddresses", {"eipIds": [eid]}, version)["dataSet"][0]["eipStatus"] == "ASSOCIATING"
    advance(api, 10)
    e = ok(api, "DescribeEipAddresses", {"instanceId": iid}, version)["dataSet"][0]
    assert (e["eipStatus"], e["instanceId"]) == ("ASSOCIATED", iid)
    ok(api, "UnAssociateEipAddress", {"eipId": eid}, version)
    assert describe(api, [iid])[0]["publicIpAddresses"] == [inst["primaryPublicIpAddress"]]
    advance(api, 10)
    ok(api, "UnAssociateEipAddress", {"eipId": eid}, version)  # AVAILABLE: documented no-op
    # a subscription is not returned by hand: it goes to the recycle bin when it expires
    assert api.err("TerminateEipAddress", {"eipId": eid}, version=version)[1] == "OPERATION_DENIED_EIP_SUBSCRIPTION"
    ok(api, "AssociateEipAddress", {"eipId": eid, "instanceId": iid}, version)
    advance(api, 90 * 86400)  # past the end of the 3 months (Apr 30), not yet past the 24 h of the bin
    e = ok(api, "DescribeEipAddresses", {"eipIds": [eid]}, version)["dataSet"][0]
    assert (e["eipStatus"], e["instanceId"]) == ("RECYCLE", None)
    assert describe(api, [iid])[0]["publicIpAddresses"] == [inst["primaryPublicIpAddress"]]
    assert api.err("TerminateEipAddress", {"eipId": eid}, version=version)[1] == "OPERATION_DENIED_EIP_RECYCLED"
    ok(api, "ReleaseEipAddresses", {"eipIds": [eid]}, version)
    assert ok(api, "DescribeEipAddresses", {"eipIds": [eid]}, version)["dataSet"] == []
    assert invariants(api)["ok"]


def test_postpaid_eip_terminate_recycle_bin_and_auto_release(api) -> None:
    [eid] = ok(api, "AllocateEipAddresses", {"zoneId": "SEL-A", "eipChargeType": "POSTPAID"})["eipIdSet"]
    assert api.err("TerminateEipAddress", {"eipId": eid})[1] == "OPERATION_DENIED_EIP_STATUS_NOT_SUPPORT"  # CREATING
    advance(api, 5)
    ok(api, "TerminateEipAddress", {"eipId": eid})
    assert ok(api, "DescribeEipAddresses", {"eipIds": [eid]})["dataSet"][0]["eipStatus"] == "RECYCLE"
    advance(api, 24 * 3600 - 1)
    assert ok(api, "DescribeEipAddresses", {"eipIds": [eid]})["totalCount"] == 1
    advance(api, 1)
    assert ok(api, "DescribeEipAddresses", {"eipIds": [eid]})["totalCount"] == 0  # released after 24 h
    assert invariants(api)["ok"]


def test_renew_brings_an_expired_subscription_back(api) -> None:
    [eid] = ok(api, "AllocateEipAddresses", {"zoneId": "SEL-A", "eipChargeType": "PREPAID",
                                             "eipChargePrepaid": {"period": 1}})["eipIdSet"]  # fmt: skip
    advance(api, 29.5 * 86400)  # the month ended on Feb 29
    assert ok(api, "DescribeEipAddresses", {"eipIds": [eid]})["dataSet"][0]["eipStatus"] == "RECYCLE"
    ok(api, "RenewEipAddress", {"eipId": eid})
    advance(api, 2 * 86400)  # past the release the recycle bin had scheduled
    e = ok(api, "DescribeEipAddresses", {"eipIds": [eid]})["dataSet"][0]
    assert e["eipStatus"] == "AVAILABLE"


def test_esxi_instances_take_no_elastic_ip(api) -> None:
    b = api.state.backend
    # The default scenario ships ESXi images for M6C: a StopIteration here means the scenario lost them.
    esxi = next(i for i in b.catalog.images.values() if str(i.catalog) == "esxi" and "M6C" in i.instance_type_ids)
    (iid,) = api.create(create_body(imageId=esxi.image_id, password=PASSWORD))
    [eid] = ok(api, "AllocateEipAddresses", {"zoneId": "SEL-A", "eipChargeType": "POSTPAID"})["eipIdSet"]
    advance(api, INSTALL_DONE + 1)
    assert api.err("AssociateEipAddress", {"eipId": eid, "instanceId": iid})[1] == (
        "OPERATION_DENIED_EIP_ESXI_INSTANCE_ASSIGN")
    assert api.err("DescribeInstanceAvailableEipResources", {"instanceId": iid})[1] == "INVALID_ESXI_NOT_SUPPORT"


def test_eip_released_address_returns_to_the_pool_and_instance_release_frees_eip() -> None:
    from ._instances_support import scenario

    sc = scenario()
    next(z for z in sc["zones"] if z["zoneId"] == "SEL-A")["publicIpPrefix"] = "203.0.113.0/29"  # 5 usable
    api = make_api(sc)
    iid = running(api)  # takes one
    # The rest of the 5, but for what the scenario's instance seeds in SEL-A (another account's) hold.
    free = 5 - sum(1 for i in api.state.backend.by_id.values() if i.zone == "SEL-A")
    ids = ok(api, "AllocateEipAddresses", {"zoneId": "SEL-A", "eipChargeType": "POSTPAID", "amount": free})["eipIdSet"]
    assert api.err("AllocateEipAddresses", {"zoneId": "SEL-A", "eipChargeType": "POSTPAID"})[1] == (
        "RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT")
    advance(api, 5)
    ok(api, "AssociateEipAddress", {"eipId": ids[0], "instanceId": iid})
    ok(api, "TerminateInstance", {"instanceId": iid})
    ok(api, "ReleaseInstances", {"instanceIds": [iid]})
    e = ok(api, "DescribeEipAddresses", {"eipIds": [ids[0]]})["dataSet"][0]
    assert (e["eipStatus"], e["instanceId"]) == ("AVAILABLE", None)
    ok(api, "TerminateEipAddress", {"eipId": ids[1]})
    ok(api, "ReleaseEipAddresses", {"eipIds": [ids[1]]})
    [again] = ok(api, "AllocateEipAddresses", {"zoneId": "SEL-A", "eipChargeType": "POSTPAID", "amount": 2})["eipIdSet"][:1]
    assert again not in ids
    inv = invariants(api)
    assert inv["ok"], inv["network"]


def test_ddos_ip_lifecycle_2022_only(api) -> None:
    iid = running(api)
    assert api.err("AllocateDdosIpAddresses", {"zoneId": "SEL-A", "ddosIpChargeType": "POSTPAID"},
                   version=V26)[1] == "INVALID_ACTION"  # fmt: skip
    assert api.err("AllocateDdosIpAddresses", {"zoneId": "TYO-A", "ddosIpChargeType": "POSTPAID"})[1] == (
        "INVALID_DDOS_IP_TYPE_ZONE_NO_SELL")
    [did] = ok(api, "AllocateDdosIpAddresses", {"zoneId": "SEL-A", "ddosIpChargeType": "POSTPAID"})["ddosIdSet"]
    advance(api, 5)
    ok(api, "AssociateDdosIpAddress", {"ddosIpId": did, "instanceId": iid})
    d = ok(api, "DescribeDdosIpAddresses", {"ddosIpIds": [did]})["dataSet"][0]
    assert d["ipAddress"] in describe(api, [iid])[0]["publicIpAddresses"]
    advance(api, 10)
    ok(api, "UnassociateDdosIpAddress", {"ddosIpId": did})
    advance(api, 10)
    ok(api, "TerminateDdosIpAddress", {"ddosIpId": did})
    assert ok(api, "DescribeDdosIpAddresses", {"ddosIpIds": [did]})["dataSet"][0]["ddosIpStatus"] == "RECYCLE"
    ok(api, "ReleaseDdosIpAddresses", {"ddosIpIds": [did]})
    assert invariants(api)["ok"]


# --- CIDR blocks and BYOIP ---


@pytest.mark.parametrize("version", [V22, V26])
def test_cidr_block_bind_unbind_terminate_release(api, version) -> None:
    iid = running(api)
    res = ok(api, "CreateIpv4Block", {"zoneId": "SEL-A", "chargeType": "POSTPAID", "netmask": 29, "name": "b"},
             version)  # fmt: skip
    [bid] = res["cidrBlockIds"]
    advance(api, 5)
    [b] = ok(api, "DescribeCidrBlocks", {"cidrBlockIds": [bid]}, version)["dataSet"]
    assert (b["status"], b["availableIpCount"], b["cidrBlockType"]) == ("AVAILABLE", 5, "IPv4")
    avail = ok(api, "DescribeInstanceAvailableCidrBlock", {"instanceId": iid}, version)["instanceAvailableCidrBlocks"]
    ip = next(a for a in avail if a["cidrBlockId"] == bid)["availableIps"][0]
    ok(api, "BindCidrBlockIps", {"cidrBlockId": bid, "ipBindList": [{"instanceId": iid, "ip": ip}]}, version)
    assert ip in describe(api, [iid])[0]["publicIpAddresses"]
    assert api.err("BindCidrBlockIps", {"cidrBlockId": bid, "ipBindList": [{"instanceId": iid, "ip": ip}]},
                   version=version)[1] == "OPERATION_DENIED_CIDRBLOCK_IP_BOUND"  # fmt: skip
    assert ok(api, "DescribeCidrBlockIps", {"cidrBlockId": bid}, version)["cidrBlockIps"] == [
        {"cidrBlockId": bid, "cidrBlockType": "IPv4", "ip": ip, "instanceId": iid, "status": "BOUND"}]
    assert api.err("TerminateCidrBlock", {"cidrBlockId": bid}, version=version)[1] == "OPERATION_DENIED_INSTANCE_EXIST"
    ok(api, "UnbindCidrBlockIps", {"cidrBlockId": bid, "ipList": [ip]}, version)
    assert ip not in describe(api, [iid])[0]["publicIpAddresses"]
    assert api.err("ReleaseCidrBlocks", {"cidrBlockIds": [bid]}, version=version)[1] == (
        "OPERATION_DENIED_CIDRBLOCK_NOT_RECYCLED")
    ok(api, "TerminateCidrBlock", {"cidrBlockId": bid}, version)
    assert ok(api, "DescribeCidrBlocks", {"cidrBlockIds": [bid]}, version)["dataSet"][0]["status"] == "RECYCLE"
    ok(api, "ReleaseCidrBlocks", {"cidrBlockIds": [bid]}, version)
    assert invariants(api)["ok"]


def test_byoip_and_ipv6_blocks(api) -> None:
    res = ok(api, "CreateByoip", {"ipType": "IPv4", "cidr": "45.64.0.0/24", "asn": 64500})
    assert res["byoipId"].startswith("byoip-")
    [b] = ok(api, "DescribeCidrBlocks", {"cidrBlockIds": [res["cidrBlockId"]]})["dataSet"]
    assert (b["cidrType"], b["cidrBlock"], b["zoneId"]) == ("BYOIP", "45.64.0.0/24", None)
    assert api.err("CreateByoip", {"ipType": "IPv4", "cidr": "45.64.0.0/23", "asn": 64500})[1] == (
        "OPERATION_DENIED_BYOIP_CIDR_OVERLAP")
    assert api.err("CreateByoip", {"ipType": "IPv4", "cidr": "10.0.0.0/24", "asn": 64500})[1] == "INVALID_PARAMETER"
    [v6] = ok(api, "CreateIpv6Block", {"zoneId": "SEL-A"})["cidrBlockIds"]
    [b6] = ok(api, "DescribeCidrBlocks", {"cidrBlockIds": [v6]})["dataSet"]
    assert b6["cidrBlockType"] == "IPv6" and b6["cidrBlock"].endswith("/64")


def test_price_inquiry_agrees_with_what_a_block_costs(api) -> None:
    body = {"zoneId": "SEL-A", "chargeType": "PREPAID", "chargePrepaid": {"period": 2}, "netmask": 28}
    price = ok(api, "InquiryPriceCreateIpv4Block", body)["price"]
    before = invariants(api)["accounts"][0]["balance"]
    ok(api, "CreateIpv4Block", body)
    assert invariants(api)["accounts"][0]["balance"] == pytest.approx(before - price["discountPrice"])


# --- atomicity, durability, faults ---


def test_a_refused_batch_changes_nothing(api) -> None:
    iid = running(api)
    state = api.http.get("/_mock/state").json()
    body = {"subnetId": "subnet-demo-sel-a", "subnetInstanceList": [{"instanceId": iid}, {"instanceId": "nope"}]}
    assert api.err("AssociateSubnetInstances", body)[1] == "INVALID_INSTANCE_NOT_FOUND"
    after = api.http.get("/_mock/state").json()
    for key in ("network", "instances", "pools", "accounts", "ids"):
        assert after[key] == state[key]


def test_everything_survives_a_reopen_of_the_state_file(tmp_path: Path) -> None:
    from mockserver.backend import Backend, Clock
    from mockserver.scenarios.loader import load_scenario

    from ._instances_support import scenario

    path = tmp_path / "state.db"
    api = make_api(state_file=str(path))
    iid = running(api)
    sid = ok(api, "CreateSubnet", {"zoneId": "SEL-A", "cidrBlock": "192.168.20.0/24", "subnetName": "s"})["subnetId"]
    advance(api, 5)
    ok(api, "AssociateSubnetInstances", {"subnetId": sid, "subnetInstanceList": [{"instanceId": iid}]})
    [eid] = ok(api, "AllocateEipAddresses", {"zoneId": "SEL-A", "eipChargeType": "POSTPAID"})["eipIdSet"]
    advance(api, 5)
    ok(api, "AssociateEipAddress", {"eipId": eid, "instanceId": iid})
    [bid] = ok(api, "CreateIpv4Block", {"zoneId": "SEL-A", "chargeType": "POSTPAID", "netmask": 29})["cidrBlockIds"]
    export = api.http.get("/_mock/state").json()
    api.state.backend.close()
    b = Backend(load_scenario(scenario()), clock=Clock("manual", start=0), state_file=path)
    try:
        assert b.export_state(credentials=False)["network"] == export["network"]
        assert b.by_id[iid].subnet == sid and b.net.ips[eid].instance == iid and bid in b.net.blocks
        assert b.invariants()["ok"]
        # the pools know the held addresses again: a new allocation never repeats one
        with b.session():
            from zltoolkit.api.generated.eip import AllocateEipAddressesRequest

            req = AllocateEipAddressesRequest.model_validate({"zoneId": "SEL-A", "eipChargeType": "POSTPAID", "amount": 3})
            acc = b.account("acc-demo")
            new = b.allocate_addresses(__import__("mockserver.backend.network", fromlist=["EIP"]).EIP, acc, req.zone_id,
                                       req.eip_charge_type, None, 3, None, None, V22)["eipIdSet"]  # fmt: skip
        held = {b.net.ips[e].ip for e in new}
        assert b.net.ips[eid].ip not in held and b.by_id[iid].pub4 not in held
        assert b.invariants()["ok"]
    finally:
        b.close()


def test_export_import_round_trip(api) -> None:
    iid = running(api)
    [eid] = ok(api, "AllocateEipAddresses", {"zoneId": "SEL-A", "eipChargeType": "POSTPAID"})["eipIdSet"]
    advance(api, 5)
    ok(api, "AssociateEipAddress", {"eipId": eid, "instanceId": iid})
    state = api.http.get("/_mock/state").json()
    other = make_api()
    r = other.http.put("/_mock/state", json=state)
    assert r.status_code == 200, r.text
    assert other.http.get("/_mock/state").json()["network"] == state["network"]
    assert ok(other, "DescribeEipAddresses", {"eipIds": [eid]})["dataSet"][0]["instanceId"] == iid
    ip = next(r["ip"] for r in state["network"] if r.get("id") == eid)
    assert describe(other, [iid])[0]["publicIpAddresses"][-1] == ip
    assert invariants(other)["ok"]


def test_fault_rules_match_networking_actions(api) -> None:
    r = api.http.post("/_mock/faults", json={"action": "AllocateEipAddresses", "zoneId": "SEL-A",
                                             "error": "SERVICE_TEMPORARY_UNAVAILABLE"})  # fmt: skip
    assert r.status_code == 200, r.text
    assert api.err("AllocateEipAddresses", {"zoneId": "SEL-A", "eipChargeType": "POSTPAID"})[1] == (
        "SERVICE_TEMPORARY_UNAVAILABLE")
    ok(api, "AllocateEipAddresses", {"zoneId": "TYO-A", "eipChargeType": "POSTPAID"})


def test_same_seed_same_ids() -> None:
    def run() -> list[str]:
        api = make_api(seed=11)
        sid = ok(api, "CreateSubnet", {"zoneId": "SEL-A", "cidrBlock": "192.168.30.0/24", "subnetName": "s"})["subnetId"]
        eids = ok(api, "AllocateEipAddresses", {"zoneId": "SEL-A", "eipChargeType": "POSTPAID", "amount": 2})["eipIdSet"]
        ips = [e["ipAddress"] for e in ok(api, "DescribeEipAddresses", {"eipIds": eids})["dataSet"]]
        return [sid, *eids, *ips]

    assert run() == run()


def test_journal_records_networking_calls(api) -> None:
    ok(api, "AllocateEipAddresses", {"zoneId": "SEL-A", "eipChargeType": "POSTPAID"})
    entries = api.http.get("/_mock/journal", params={"action": "AllocateEipAddresses"}).json()
    assert entries


_ = CREATE_DONE


def _reopen(path: Path) -> Any:
    from mockserver.backend import Backend, Clock
    from mockserver.scenarios.loader import load_scenario

    from ._instances_support import scenario

    return Backend(load_scenario(scenario()), clock=Clock("manual", start=0), state_file=path)


def test_deleting_every_networking_object_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    b = _reopen(path)
    try:
        with b.session():
            # A subnet goes only once its instances are gone (DeleteSubnet's rule): the scenario's instance
            # seeds living in one are released first, as a client would have to.
            members = [i for i in b.by_id.values() if i.subnet is not None]
            assert members  # the Showcase seed in its subnet
            for inst in members:
                b._delete(inst)
            for obj in list(b.net.all()):
                b.net.remove(obj)
            for a in list(b.net.ips.values()):
                b.net.remove(a)
    finally:
        b.close()
    b = _reopen(path)
    try:
        assert list(b.net.all()) == []  # not mistaken for a file from before networking
        assert b.invariants()["ok"]
    finally:
        b.close()


def test_a_file_from_before_networking_gets_the_seeds_once(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "state.db"
    _reopen(path).close()
    con = sqlite3.connect(path)
    con.execute("DELETE FROM rows WHERE kind = 'network'")  # what a file written before networking holds
    con.commit()
    con.close()
    b = _reopen(path)
    try:
        first = {a.id: a.ip for a in b.net.ips.values()}
        assert "eip-demo-tyo-a" in first
    finally:
        b.close()
    con = sqlite3.connect(path)
    stored = {json.loads(i)[1] for (i,) in con.execute("SELECT id FROM rows WHERE kind = 'network'")}
    con.close()
    assert set(first) <= stored  # written at once
    b = _reopen(path)
    try:
        assert {a.id: a.ip for a in b.net.ips.values()} == first  # written at once, not drawn again
        assert b.invariants()["ok"]
    finally:
        b.close()


def test_describe_instances_finds_an_instance_by_its_elastic_ip(api) -> None:
    iid = running(api)
    [eid] = ok(api, "AllocateEipAddresses", {"zoneId": "SEL-A", "eipChargeType": "POSTPAID"})["eipIdSet"]
    advance(api, 5)
    ok(api, "AssociateEipAddress", {"eipId": eid, "instanceId": iid})
    ip = ok(api, "DescribeEipAddresses", {"eipIds": [eid]})["dataSet"][0]["ipAddress"]
    assert [i["instanceId"] for i in describe(api, publicIpAddresses=[ip])] == [iid]


def test_invariants_see_an_address_held_twice_and_a_stale_association(api) -> None:
    iid = running(api)
    assert invariants(api)["network"]["ok"]
    b = api.state.backend
    eip = b.net.ips["eip-demo-tyo-a"]
    eip.ip = b.by_id[iid].pub4  # corrupt on purpose: one address, two holders
    eip.instance = "no-such-instance"
    inv = invariants(api)
    assert not inv["ok"] and not inv["network"]["ok"]
    problems = " ".join(inv["network"]["problems"])
    assert "held by" in problems and "missing instance" in problems
