"""The unmodified official SDK (v20221120 and v20260201) drives every instance operation the mock added:
bandwidth and traffic-package changes with their inquiries and cancels, internet status, resource groups,
traffic, health, IPMI (2026-02-01 only) and managed instances, against a live MockServer on a manual clock."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the sibling module importable
from test_sdk_lifecycle import IMAGE, VERSIONS, Sdk, _sdk_error  # noqa: E402

from mockserver.server import MockServer  # noqa: E402

IPMI_PW = "Ipmi-Sdk-Secret9"


def _running(sdk: Sdk, **kw: Any) -> str:
    body: dict[str, Any] = {"zoneId": "SEL-A", "instanceTypeId": "M6C", "instanceChargeType": "POSTPAID",
                            "internetChargeType": "ByBandwidth", "imageId": IMAGE, "password": "Password-12345~",
                            **kw}  # fmt: skip
    (iid,) = sdk.call("CreateInstances", **body).instanceIdSet
    sdk.wait(iid, {"PENDING", "CREATING", "INSTALLING"}, "RUNNING")
    return iid


def _prepaid(sdk: Sdk, **kw: Any) -> str:
    period = sdk.m.ChargePrepaid()
    period.period = 1
    return _running(sdk, instanceChargeType="PREPAID", instanceChargePrepaid=period, **kw)


def _window(srv: MockServer) -> dict[str, str]:
    now = srv.backend.clock.now()
    f = "%Y-%m-%dT%H:%M:%SZ"
    return {"startTime": time.strftime(f, time.gmtime(now - 3600)), "endTime": time.strftime(f, time.gmtime(now))}


@pytest.mark.parametrize("version", VERSIONS)
def test_bandwidth_with_the_official_sdk(srv: MockServer, version: str) -> None:
    sdk = Sdk(srv, version)
    iid = _prepaid(sdk, internetMaxBandwidthOut=100)
    price = sdk.call("InquiryPriceInstanceBandwidth", instanceId=iid, bandwidthOutMbps=150).bandwidthPrice[0]
    assert price.discountPrice > 0
    balance = srv.backend.balances["acc-demo"]
    assert sdk.call("ModifyInstanceBandwidth", instanceId=iid, bandwidthOutMbps=150).orderNumber
    assert srv.backend.balances["acc-demo"] == pytest.approx(balance - price.discountPrice)
    st = sdk.call("DescribeInstanceInternetStatus", instanceId=iid)
    assert (st.modifiedBandwidthStatus, st.modifiedInternetMaxBandwidthOut) == ("Processing", 150)
    srv.advance(60)
    st = sdk.call("DescribeInstanceInternetStatus", instanceId=iid)
    assert (st.modifiedBandwidthStatus, st.internetMaxBandwidthOut) == ("Enable", 150)
    sdk.call("ModifyInstanceBandwidth", instanceId=iid, bandwidthOutMbps=50)
    assert sdk.call("DescribeInstanceInternetStatus", instanceId=iid).modifiedBandwidthStatus == "WaitToEnable"
    sdk.call("CancelInstanceBandwidthDowngrade", instanceId=iid)
    with pytest.raises(_sdk_error()) as err:
        sdk.call("CancelInstanceBandwidthDowngrade", instanceId=iid)
    assert "OPERATION_DENIED_DOWNGRADE_NOT_EXIST" in str(err.value)


@pytest.mark.parametrize("version", VERSIONS)
def test_traffic_package_with_the_official_sdk(srv: MockServer, version: str) -> None:
    sdk = Sdk(srv, version)
    iid = _prepaid(sdk, internetChargeType="ByTrafficPackage", trafficPackageSize=2.0)
    prices = sdk.call("InquiryPriceInstanceTrafficPackage", instanceId=iid, trafficPackageSize=4.0).trafficPackagePrice
    assert prices[0].discountPrice > 0
    assert sdk.call("ModifyInstanceTrafficPackage", instanceId=iid, trafficPackageSize=4.0).orderNumber
    srv.advance(60)
    assert sdk.call("DescribeInstanceInternetStatus", instanceId=iid).trafficPackageSize == 4.0
    sdk.call("ModifyInstanceTrafficPackage", instanceId=iid, trafficPackageSize=3.0)
    assert sdk.call("DescribeInstanceInternetStatus", instanceId=iid).modifiedTrafficPackageStatus == "WaitToEnable"
    sdk.call("CancelInstanceTrafficPackageDowngrade", instanceId=iid)
    assert sdk.call("DescribeInstanceInternetStatus", instanceId=iid).modifiedTrafficPackageSize is None


@pytest.mark.parametrize("version", VERSIONS)
def test_groups_traffic_health_managed_with_the_official_sdk(srv: MockServer, version: str) -> None:
    sdk = Sdk(srv, version)
    iid = _running(sdk)
    sdk.call("ModifyInstancesResourceGroup", instanceIds=[iid], resourceGroupId="rg-production")
    assert sdk.describe(iid).resourceGroupId == "rg-production"
    srv.advance(3600)
    traffic = sdk.call("DescribeInstanceTraffic", instanceId=iid, **_window(srv))
    assert len(traffic.dataList) == 12 and traffic.unit == "bps" and traffic.out95 > 0
    (health,) = sdk.call("DescribeInstancesMonitorHealth", instanceIds=[iid]).monitorHealthList
    assert health.instanceId == iid and health.ipmiPing == "OK"
    managed = sdk.call("DescribeManagedInstances", pageSize=10)
    assert managed.totalCount == 2 and managed.dataSet[0].ips
    mt = sdk.call("DescribeManagedInstanceTraffic", instanceId=managed.dataSet[0].instanceId, **_window(srv))
    assert len(mt.dataList) == 12


def test_ipmi_with_the_official_sdk_2026(srv: MockServer) -> None:
    sdk = Sdk(srv, "2026-02-01")
    iid = _running(sdk)
    before = sdk.call("DescribeInstanceIpmiUrl", instanceId=iid).url
    sdk.call("ResetInstanceIpmiPassword", instanceId=iid, password=IPMI_PW)
    after = sdk.call("DescribeInstanceIpmiUrl", instanceId=iid).url
    assert before != after and after.startswith("https://")
    assert IPMI_PW not in str(srv.journal()) + str(srv.export_state())
