"""The terraform provider's update sequences for ``resource_group_id``, ``internet_max_bandwidth_out`` and
``traffic_package_size`` of ``zenlayercloud_bmc_instance``, replayed as raw requests.

They follow github.com/zenlayer/terraform-provider-zenlayercloud at commit
dc56e9b2e09e4bb59de5fe6400d6d9571a4d8744 (zenlayercloud/resource_zc_bmc_instance.go
``resourceZenlayerCloudInstanceUpdate`` and ``waitNetworkStatusOK``; zenlayercloud/service_zenlayer_bmc.go
``updateInstanceInternetMaxBandwidthOut``, ``updateInstanceTrafficPackageSize``, ``ModifyInstanceResourceGroup``,
``InstanceNetworkStateRefreshFunc``), API version 2022-11-20 (the provider's bmc20221120 client):

* resource group: ModifyInstancesResourceGroup ``{instanceIds: [id], resourceGroupId}``, then the read
  (DescribeInstances ``{instanceIds: [id]}``) sets ``resource_group_id`` from the answer;
* bandwidth / traffic package: ModifyInstanceBandwidth ``{instanceId, bandwidthOutMbps}`` or
  ModifyInstanceTrafficPackage ``{instanceId, trafficPackageSize}``, then DescribeInstanceInternetStatus
  ``{instanceId}`` after a 10 s delay and every 5 s after: done when the status is ``Enable`` at the target
  (matchOk), failed when ``Enable`` at another value (matchFail), pending otherwise; then the read.
  A PREPAID downgrade of either is ForceNew in the provider (a new instance), never an update.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import (  # noqa: E402
    IMAGE,
    INSTALL_DONE,
    PASSWORD,
    advance,
    create_body,
    make_api,
    prepaid,
    scenario,
)

PROVIDER_COMMIT = "dc56e9b2e09e4bb59de5fe6400d6d9571a4d8744"
DELAY, MIN_TIMEOUT = 10.0, 5.0  # waitNetworkStatusOK's StateChangeConf


def _running(api: Any, body: dict[str, Any]) -> str:
    (iid,) = api.create({**body, "imageId": IMAGE, "password": PASSWORD})
    advance(api, INSTALL_DONE)
    return iid


def _wait_network_status_ok(api: Any, iid: str, field: str, target: float, status_field: str) -> list[str]:
    """The provider's refresh loop; returns the states it saw (Pending..., OK)."""
    seen = []
    advance(api, DELAY)
    for _ in range(100):
        s = api.ok("DescribeInstanceInternetStatus", {"instanceId": iid})
        assert s[field] is not None  # the provider dereferences it
        if s[status_field] == "Enable" and s[field] != target:
            pytest.fail(f"matchFail: {s}")
        if s[status_field] == "Enable" and s[field] == target:
            return [*seen, "OK"]
        seen.append("Pending")
        advance(api, MIN_TIMEOUT)
    pytest.fail("the change never completed")


def _read(api: Any, iid: str) -> dict[str, Any]:
    (inst,) = api.ok("DescribeInstances", {"instanceIds": [iid]})["dataSet"]
    assert inst["instanceStatus"] == "RUNNING"  # not "operating": the read does not retry
    return inst


def test_resource_group_update() -> None:
    api = make_api(scenario())
    iid = _running(api, create_body())
    api.ok("ModifyInstancesResourceGroup", {"instanceIds": [iid], "resourceGroupId": "rg-production"})
    inst = _read(api, iid)
    assert (inst["resourceGroupId"], inst["resourceGroupName"]) == ("rg-production", "Production")


@pytest.mark.parametrize(("body", "steps"), [
    (create_body(internetMaxBandwidthOut=20), [50, 5]),  # POSTPAID: up and down
    (prepaid(internetMaxBandwidthOut=20), [200]),  # PREPAID: an upgrade (a downgrade is ForceNew)
    (create_body(internetChargeType="ByInstanceBandwidth95"), [300]),
])  # fmt: skip
def test_internet_max_bandwidth_out_update(body: dict[str, Any], steps: list[int]) -> None:
    api = make_api(scenario())
    iid = _running(api, body)
    for target in steps:
        api.ok("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": target})
        states = _wait_network_status_ok(api, iid, "internetMaxBandwidthOut", target, "modifiedBandwidthStatus")
        assert states[0] == "Pending" and states[-1] == "OK"  # asynchronous, as the provider expects
        assert _read(api, iid)["bandwidthOutMbps"] == target


def test_traffic_package_size_update() -> None:
    api = make_api(scenario())
    iid = _running(api, prepaid(internetChargeType="ByTrafficPackage", trafficPackageSize=2.0))
    api.ok("ModifyInstanceTrafficPackage", {"instanceId": iid, "trafficPackageSize": 4.5})
    states = _wait_network_status_ok(api, iid, "trafficPackageSize", 4.5, "modifiedTrafficPackageStatus")
    assert states[-1] == "OK"
    assert _read(api, iid)["trafficPackageSize"] == 4.5
