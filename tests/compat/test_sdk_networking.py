"""The official Python SDK (2.0.77, unmodified) drives every networking action it has against a real
MockServer, per family and per API version; the actions only the Go SDK has (the DDoS-IP family, the
resource-group moves of VPCs and subnets) go as the raw signed requests the Go SDK sends. Each family's test
ends by checking, from the journal, that every catalogue action of the family and version was answered 200."""

from __future__ import annotations

import importlib
import json
from importlib import resources
from typing import Any

import pytest

from mockserver.server import MockServer

KEY = ("demo-access-key", "demo-access-key-password")
V22, V26 = "2022-11-20", "2026-02-01"
IMAGE = "bd5faa16-39d2-4bbf-a5c8-b95a193b1626"


def _catalogue(family: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (resources.files("zltoolkit.api.catalogue") / "data" / f"{family}.json").read_text())
    return data["actions"]


class Sdk:
    """The SDK's client for one version; ``call`` returns the answer as a camelCase dict."""

    def __init__(self, srv: MockServer, version: str) -> None:
        from zenlayercloud.common.config import Config
        from zenlayercloud.common.credential import Credential

        pkg = "v" + version.replace("-", "")
        self.models = importlib.import_module(f"zenlayercloud.bmc.{pkg}.models")
        client_cls = importlib.import_module(f"zenlayercloud.bmc.{pkg}.bmc_client").BmcClient
        config = Config(scheme="http", domain=srv.endpoint, rate_limit_max_retries=0, request_timeout=30)
        self.client = client_cls(Credential(*KEY), config)
        self.srv, self.version = srv, version

    def call(self, action: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        if not hasattr(self.client, action):  # a Go-SDK-only action: the request the Go SDK sends
            return self.raw(action, params or {})
        req = getattr(self.models, f"{action}Request")()
        params = params or {}
        if any(isinstance(v, dict) or (isinstance(v, list) and v and isinstance(v[0], dict)) for v in params.values()):
            req._deserialize(params)  # nested structures become the SDK's own models
        else:  # plain fields as a caller sets them (some SDK _deserialize methods mix fields up)
            for key, value in params.items():
                setattr(req, key, value)
        answer: dict[str, Any] = json.loads(getattr(self.client, action)(req).to_json_string())
        return answer

    def raw(self, action: str, params: dict[str, Any]) -> dict[str, Any]:
        import sys
        from pathlib import Path

        sys.path.insert(0, str(Path(__file__).parents[1] / "mockserver"))
        from _instances_support import Api

        api = Api(base_url=self.srv.url)
        return api.ok(action, params, version=self.version)

    def fails(self, action: str, params: dict[str, Any]) -> str:
        from zenlayercloud.common.excpetion.zenlayer_cloud_sdk_exception import ZenlayerCloudSdkException

        with pytest.raises(ZenlayerCloudSdkException) as err:
            self.call(action, params)
        code: str = err.value.code
        return code


def running_instance(sdk: Sdk, zone: str = "SEL-A", type_id: str = "M6C") -> str:
    out = sdk.call("CreateInstances", {"zoneId": zone, "instanceTypeId": type_id, "instanceChargeType": "POSTPAID",
                                       "internetChargeType": "ByBandwidth", "imageId": IMAGE,
                                       "password": "Password-12345~"})  # fmt: skip
    sdk.srv.advance(3600)
    iid: str = out["instanceIdSet"][0]
    return iid


def answered(srv: MockServer, family: str, version: str) -> None:
    """Every catalogue action of ``family`` served in ``version`` was answered 200 at least once."""
    wanted = {a for a, spec in _catalogue(family).items() if version in spec["versions"]}
    done = {e["action"] for e in srv.journal() if e.get("status") == 200 and e.get("version") == version}
    done |= {"UnAssociateEipAddress" for e in srv.journal() if e.get("action") == "UnassociateEipAddress"}
    assert wanted - done == set()


@pytest.fixture(params=[V22, V26])
def version(request: Any) -> str:
    v: str = request.param
    return v


def test_vpcs(srv: MockServer, version: str) -> None:
    sdk = Sdk(srv, version)
    regions = sdk.call("DescribeVpcAvailableRegions")["vpcRegionSet"]
    assert any(r["vpcRegionId"] == "asia" for r in regions)
    vid = sdk.call("CreateVpc", {"vpcRegionId": "asia", "cidrBlock": "192.168.0.0/16", "vpcName": "sdk"})["vpcId"]
    srv.advance(5)
    assert sdk.call("DescribeVpcs", {"vpcIds": [vid]})["dataSet"][0]["vpcStatus"] == "AVAILABLE"
    sdk.call("ModifyVpcsAttribute", {"vpcIds": [vid], "vpcName": "sdk2"})
    if version == V22:
        sdk.call("ModifyVpcsResourceGroup", {"vpcIds": [vid], "resourceGroupId": "rg-production"})
    assert sdk.call("DescribeVpcs", {"vpcIds": [vid]})["dataSet"][0]["vpcName"] == "sdk2"
    sdk.call("DeleteVpc", {"vpcId": vid})
    assert sdk.fails("DeleteVpc", {"vpcId": vid}) == "INVALID_VPC_NOT_FOUND"
    answered(srv, "vpcs", version)


def test_subnets(srv: MockServer, version: str) -> None:
    sdk = Sdk(srv, version)
    assert "SEL-A" in sdk.call("DescribeSubnetAvailableResources")["zoneIdSet"]
    sid = sdk.call("CreateSubnet", {"zoneId": "SEL-A", "cidrBlock": "192.168.40.0/24", "subnetName": "sdk"})["subnetId"]
    srv.advance(5)
    iid = running_instance(sdk)
    sdk.call("AssociateSubnetInstances", {"subnetId": sid, "subnetInstanceList": [{"instanceId": iid}]})
    srv.advance(30)
    [s] = sdk.call("DescribeSubnets", {"subnetIds": [sid]})["dataSet"]
    assert s["subnetInstanceSet"][0]["privateIpStatus"] == "BOUND"
    sdk.call("ModifySubnetsAttribute", {"subnetIds": [sid], "subnetName": "sdk2"})
    if version == V22:
        sdk.call("ModifySubnetsResourceGroup", {"subnetIds": [sid], "resourceGroupId": "rg-production"})
    assert sdk.fails("DeleteSubnet", {"subnetId": sid}) == "OPERATION_DENIED_SUBNET_EXIST_INSTANCE"
    sdk.call("UnAssociateSubnetInstance", {"subnetId": sid, "instanceId": iid})
    srv.advance(30)
    vid = sdk.call("CreateVpc", {"vpcRegionId": "asia", "cidrBlock": "192.168.0.0/16"})["vpcId"]
    srv.advance(5)
    sdk.call("AssociateVpcSubnet", {"subnetId": sid, "vpcId": vid})
    assert sdk.call("DescribeSubnets", {"vpcId": vid})["dataSet"][0]["subnetId"] == sid
    sdk.call("DeleteSubnet", {"subnetId": sid})
    answered(srv, "subnets", version)


def test_eips(srv: MockServer, version: str) -> None:
    sdk = Sdk(srv, version)
    iid = running_instance(sdk, zone="TYO-A")
    res = sdk.call("DescribeEipAvailableResources", {"eipChargeType": "POSTPAID", "zoneId": "TYO-A"})
    assert res["eipResources"][0]["status"] == "SELL"
    price = sdk.call("InquiryPriceCreateEipAddress", {"zoneId": "TYO-A", "eipChargeType": "PREPAID",
                                                      "eipChargePrepaid": {"period": 1}})["eipPrice"]  # fmt: skip
    assert price["discountPrice"] > 0
    [sub] = sdk.call("AllocateEipAddresses", {"zoneId": "TYO-A", "eipChargeType": "PREPAID",
                                              "eipChargePrepaid": {"period": 1}})["eipIdSet"]  # fmt: skip
    [eid] = sdk.call("AllocateEipAddresses", {"zoneId": "TYO-A", "eipChargeType": "POSTPAID"})["eipIdSet"]
    srv.advance(5)
    avail = sdk.call("DescribeInstanceAvailableEipResources", {"instanceId": iid})["instanceEipResources"]
    assert eid in {a["eipId"] for a in avail}
    sdk.call("AssociateEipAddress", {"eipId": eid, "instanceId": iid})
    ip = sdk.call("DescribeEipAddresses", {"eipIds": [eid]})["dataSet"][0]["ipAddress"]
    assert ip in sdk.call("DescribeInstances", {"instanceIds": [iid]})["dataSet"][0]["publicIpAddresses"]
    srv.advance(10)
    sdk.call("UnAssociateEipAddress", {"eipId": eid})
    srv.advance(10)
    sdk.call("RenewEipAddress", {"eipId": sub})
    assert sdk.fails("TerminateEipAddress", {"eipId": sub}) == "OPERATION_DENIED_EIP_SUBSCRIPTION"
    sdk.call("ModifyEipAddressesResourceGroup", {"eipIds": [eid], "resourceGroupId": "rg-production"})
    sdk.call("TerminateEipAddress", {"eipId": eid})
    assert sdk.call("DescribeEipAddresses", {"eipIds": [eid]})["dataSet"][0]["eipStatus"] == "RECYCLE"
    sdk.call("ReleaseEipAddresses", {"eipIds": [eid]})
    answered(srv, "eip", version)


def test_cidr_blocks(srv: MockServer, version: str) -> None:
    sdk = Sdk(srv, version)
    iid = running_instance(sdk)
    assert sdk.call("DescribeAvailableIpv4Resources", {"chargeType": "PREPAID", "zoneId": "SEL-A"})[
        "availableIpv4Resources"]
    assert sdk.call("DescribeAvailableIpv6Resources", {"zoneId": "SEL-A"})["availableIpv6Resources"]
    price = sdk.call("InquiryPriceCreateIpv4Block", {"zoneId": "SEL-A", "chargeType": "PREPAID",
                                                     "chargePrepaid": {"period": 1}, "netmask": 29})["price"]  # fmt: skip
    assert price["discountPrice"] > 0
    [sub] = sdk.call("CreateIpv4Block", {"zoneId": "SEL-A", "chargeType": "PREPAID", "chargePrepaid": {"period": 1},
                                         "netmask": 29, "name": "sdk"})["cidrBlockIds"]  # fmt: skip
    [bid] = sdk.call("CreateIpv4Block", {"zoneId": "SEL-A", "chargeType": "POSTPAID", "netmask": 29})["cidrBlockIds"]
    [v6] = sdk.call("CreateIpv6Block", {"zoneId": "SEL-A", "name": "sdk6"})["cidrBlockIds"]
    byoip = sdk.call("CreateByoip", {"ipType": "IPv4", "cidr": "45.65.0.0/24", "asn": 64501})
    srv.advance(5)
    blocks = sdk.call("DescribeInstanceAvailableCidrBlock", {"instanceId": iid})["instanceAvailableCidrBlocks"]
    ip = next(b for b in blocks if b["cidrBlockId"] == bid)["availableIps"][0]
    sdk.call("BindCidrBlockIps", {"cidrBlockId": bid, "ipBindList": [{"instanceId": iid, "ip": ip}]})
    assert sdk.call("DescribeCidrBlockIps", {"cidrBlockId": bid})["cidrBlockIps"][0]["instanceId"] == iid
    sdk.call("UnbindCidrBlockIps", {"cidrBlockId": bid, "ipList": [ip]})
    sdk.call("ModifyCidrBlocksAttribute", {"cidrBlockIds": [bid, v6], "name": "renamed"})
    sdk.call("RenewCidrBlock", {"cidrBlockId": sub})
    assert sdk.fails("TerminateCidrBlock", {"cidrBlockId": sub}) == "OPERATION_DENIED_CIDRBLOCK_SUBSCRIPTION"
    for b in (bid, v6, byoip["cidrBlockId"]):
        sdk.call("TerminateCidrBlock", {"cidrBlockId": b})
    blocks = {b["cidrBlockId"]: b["status"] for b in sdk.call("DescribeCidrBlocks", {"cidrBlockIds": [bid, v6]})["dataSet"]}
    assert blocks == {bid: "RECYCLE"}  # the IPv6 block is released at once
    sdk.call("ReleaseCidrBlocks", {"cidrBlockIds": [bid, byoip["cidrBlockId"]]})
    answered(srv, "cidr", version)


def test_ddos_ips_2022(srv: MockServer) -> None:
    sdk = Sdk(srv, V22)  # the family exists in 2022-11-20 only, in the Go SDK only: raw Go-SDK requests
    iid = running_instance(sdk, zone="HKG-A", type_id="S8I")
    assert sdk.call("DescribeDdosAvailableResources", {"ddosIpChargeType": "POSTPAID"})["ddosIpResources"]
    assert sdk.call("InquiryPriceCreateDdosIpAddress", {"zoneId": "HKG-A", "ddosIpChargeType": "POSTPAID"})[
        "ddosIpPrice"]["unitPrice"] > 0
    [sub] = sdk.call("AllocateDdosIpAddresses", {"zoneId": "HKG-A", "ddosIpChargeType": "PREPAID",
                                                 "ddosIpChargePrepaid": {"period": 1}})["ddosIdSet"]  # fmt: skip
    [did] = sdk.call("AllocateDdosIpAddresses", {"zoneId": "HKG-A", "ddosIpChargeType": "POSTPAID"})["ddosIdSet"]
    srv.advance(5)
    assert did in {d["ddosIpId"] for d in sdk.call("DescribeInstanceAvailableDdosResources", {"instanceId": iid})[
        "instanceDdosIpResources"]}
    sdk.call("AssociateDdosIpAddress", {"ddosIpId": did, "instanceId": iid})
    srv.advance(10)
    assert sdk.call("DescribeDdosIpAddresses", {"ddosIpIds": [did]})["dataSet"][0]["ddosIpStatus"] == "ASSOCIATED"
    sdk.call("UnassociateDdosIpAddress", {"ddosIpId": did})
    srv.advance(10)
    sdk.call("RenewDdosIpAddress", {"ddosIpId": sub})
    sdk.call("ModifyDdosIpAddressesResourceGroup", {"ddosIpIds": [did], "resourceGroupId": "rg-production"})
    sdk.call("TerminateDdosIpAddress", {"ddosIpId": did})
    sdk.call("ReleaseDdosIpAddresses", {"ddosIpIds": [did]})
    answered(srv, "ddos", V22)
