"""The terraform provider's call sequences for subnets, elastic IPs, DDoS IPs and an instance's subnet_id
update, replayed as raw requests (API 2022-11-20, the Go SDK package ``bmc20221120`` the provider imports).

Provider commit followed: zenlayer/terraform-provider-zenlayercloud dc56e9b2e09e4bb59de5fe6400d6d9571a4d8744
(zenlayercloud/resource_zc_bmc_subnet.go, resource_zc_bmc_eip.go, resource_zc_bmc_eip_association.go,
resource_zc_bmc_ddos_ip.go, resource_zc_bmc_ddos_ip_association.go, resource_zc_bmc_instance.go
``waitSubnetChangeOk``, service_zenlayer_bmc.go). The provider polls with a StateChangeConf (Pending ->
Target); here each poll is one Describe after the mock clock moved by the provider's poll delay.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ._instances_support import IMAGE, INSTALL_DONE, PASSWORD, advance, create_body, invariants, make_api

POLL = 5.0  # the provider's Delay/MinTimeout


def wait(api: Any, read: Callable[[], str], pending: set[str], target: set[str], polls: int = 20) -> str:
    """StateChangeConf: poll ``read`` while it answers a pending state; fail on anything else."""
    for _ in range(polls):
        state = read()
        if state in target:
            return state
        assert state in pending, f"unexpected state {state!r}"
        advance(api, POLL)
    raise AssertionError("the state never reached its target")


@pytest.fixture
def api() -> Any:
    return make_api()


def _subnet_state(api: Any, sid: str) -> Callable[[], str]:
    def read() -> str:  # SubnetStateRefreshFunc: DescribeSubnets(subnetIds=[id])
        found = api.ok("DescribeSubnets", {"subnetIds": [sid]})["dataSet"]
        return found[0]["subnetStatus"] if found else ""

    return read


def _instance_in_subnet(api: Any, iid: str, sid: str) -> Callable[[], str]:
    def read() -> str:  # InstanceSubnetStateRefreshFunc: the instance's privateIpStatus, else NotBind
        [s] = api.ok("DescribeSubnets", {"subnetIds": [sid]})["dataSet"]
        return next((m["privateIpStatus"] for m in s["subnetInstanceSet"] if m["instanceId"] == iid), "NotBind")

    return read


def test_subnet_resource_create_update_delete(api) -> None:
    sid = api.ok("CreateSubnet", {"zoneId": "SEL-A", "cidrBlock": "192.168.50.0/24", "subnetName": "tf",
                                  "resourceGroupId": "rg-default"})["subnetId"]  # fmt: skip
    wait(api, _subnet_state(api, sid), {"PENDING", "CREATING"}, {"AVAILABLE"})
    api.ok("ModifySubnetsAttribute", {"subnetIds": [sid], "subnetName": "tf2"})
    api.ok("ModifySubnetsResourceGroup", {"subnetIds": [sid], "resourceGroupId": "rg-production"})
    [s] = api.ok("DescribeSubnets", {"subnetIds": [sid]})["dataSet"]
    assert (s["subnetName"], s["resourceGroupId"]) == ("tf2", "rg-production")
    # delete: no bound instance left, DeleteSubnet, then wait while DELETING until it is gone
    assert api.ok("DescribeSubnets", {"subnetIds": [sid]})["dataSet"][0]["subnetInstanceSet"] == []
    api.ok("DeleteSubnet", {"subnetId": sid})
    wait(api, _subnet_state(api, sid), {"DELETING"}, {""})
    assert invariants(api)["ok"]


def test_instance_subnet_id_update(api) -> None:
    (iid,) = api.create(create_body(imageId=IMAGE, password=PASSWORD, subnetId="subnet-demo-sel-a"))
    advance(api, INSTALL_DONE + 1)
    new = api.ok("CreateSubnet", {"zoneId": "SEL-A", "cidrBlock": "192.168.60.0/24", "subnetName": "n"})["subnetId"]
    wait(api, _subnet_state(api, new), {"PENDING", "CREATING"}, {"AVAILABLE"})
    # resourceZenlayerCloudInstanceUpdate, d.HasChange("subnet_id"): leave the old one, then join the new one
    api.ok("UnAssociateSubnetInstance", {"instanceId": iid, "subnetId": "subnet-demo-sel-a"})
    wait(api, _instance_in_subnet(api, iid, "subnet-demo-sel-a"), {"BINDING", "UNBINDING"}, {"NotBind"})
    api.ok("AssociateSubnetInstances", {"subnetId": new, "subnetInstanceList": [{"instanceId": iid}]})
    wait(api, _instance_in_subnet(api, iid, new), {"BINDING", "UNBINDING"}, {"BOUND"})
    [inst] = api.ok("DescribeInstances", {"instanceIds": [iid]})["dataSet"]
    assert inst["subnetIds"] == [new] and inst["privateIpAddresses"][0].startswith("192.168.60.")
    assert invariants(api)["ok"]


@pytest.mark.parametrize("family", ["eip", "ddos"])
def test_address_resource_and_association(api, family) -> None:
    eip = family == "eip"
    noun, id_key, status_key = (("EipAddress", "eipId", "eipStatus") if eip
                                else ("DdosIpAddress", "ddosIpId", "ddosIpStatus"))  # fmt: skip
    (iid,) = api.create(create_body(imageId=IMAGE, password=PASSWORD))
    advance(api, INSTALL_DONE + 1)
    body = ({"zoneId": "SEL-A", "eipChargeType": "POSTPAID", "amount": 1, "resourceGroupId": "rg-default"} if eip
            else {"zoneId": "SEL-A", "ddosIpChargeType": "POSTPAID", "amount": 1, "resourceGroupId": "rg-default"})
    out = api.ok(f"Allocate{noun}es", body)
    aid = out["eipIdSet" if eip else "ddosIdSet"][0]

    def read() -> str:  # InstanceEipStateRefreshFunc / InstanceDdosIpStateRefreshFunc
        found = api.ok(f"Describe{noun}es", {f"{id_key}s": [aid]})["dataSet"]
        return found[0][status_key] if found else ""

    pending, target = {"ASSOCIATING", "CREATING", "UNASSOCIATING"}, {"CREATE_FAILED", "ASSOCIATED", "AVAILABLE"}
    assert wait(api, read, pending, target) == "AVAILABLE"
    # the association resource: associate, wait; destroy: the Go SDK 2022 spelling Unassociate..., wait
    api.ok(f"Associate{noun}", {id_key: aid, "instanceId": iid})
    assert wait(api, read, pending, target) == "ASSOCIATED"
    api.ok("UnassociateEipAddress" if eip else "UnassociateDdosIpAddress", {id_key: aid})
    assert wait(api, read, pending, target) == "AVAILABLE"
    # the address resource's delete: terminate, wait for RECYCLE, release (not found tolerated afterwards)
    api.ok(f"Terminate{noun}", {id_key: aid})
    assert read() == "RECYCLE"
    recycled = "OPERATION_DENIED_EIP_RECYCLED" if eip else "OPERATION_DENIED_DDOS_IP_RECYCLED"
    assert api.err(f"Terminate{noun}", {id_key: aid})[1] == recycled  # the provider treats this as done
    api.ok(f"Release{noun}es", {f"{id_key}s": [aid]})
    not_found = "INVALID_EIP_NOT_FOUND" if eip else "INVALID_DDOS_IP_NOT_FOUND"
    assert api.err(f"Release{noun}es", {f"{id_key}s": [aid]})[1] == not_found
    assert read() == ""
    assert invariants(api)["ok"]
