"""The unmodified official SDK (v20221120 and v20260201) drives a whole instance lifecycle against a live
MockServer on a manual clock, and the terraform provider's flow (docs/api-facts.md §9) works step by step."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from mockserver.server import MockServer

KEY = ("demo-access-key", "demo-access-key-password")
IMAGE = "bd5faa16-39d2-4bbf-a5c8-b95a193b1626"  # CentOS7.4-x86_64
VERSIONS = ["2022-11-20", "2026-02-01"]


class Sdk:
    def __init__(self, srv: MockServer, version: str) -> None:
        from zenlayercloud.common.config import Config
        from zenlayercloud.common.credential import Credential

        pkg = "v" + version.replace("-", "")
        self.m = importlib.import_module(f"zenlayercloud.bmc.{pkg}.models")
        client_cls = importlib.import_module(f"zenlayercloud.bmc.{pkg}.bmc_client").BmcClient
        self.client = client_cls(Credential(*KEY), Config(scheme="http", domain=srv.endpoint, request_timeout=30))
        self.srv = srv

    def call(self, action: str, **params: Any) -> Any:
        req = getattr(self.m, f"{action}Request")()
        for k, v in params.items():
            setattr(req, k, v)
        return getattr(self.client, action)(req)

    def describe(self, iid: str) -> Any:
        """terraform's DescribeInstanceById: one id, empty dataSet = gone."""
        resp = self.call("DescribeInstances", instanceIds=[iid])
        return resp.dataSet[0] if resp.dataSet else None

    def wait(self, iid: str, pending: set[str], target: str, *, step: float = 10.0, limit: int = 200,
             fail: frozenset[str] | set[str] = frozenset()) -> list[str]:  # fmt: skip
        """Poll like terraform's StateChangeConf, advancing the mock clock instead of sleeping."""
        seen: list[str] = []
        for _ in range(limit):
            info = self.describe(iid)
            assert info is not None, "instance vanished while waiting"
            s = info.instanceStatus
            if not seen or seen[-1] != s:
                seen.append(s)
            if s == target or s in fail:
                return seen
            assert s in pending, f"unexpected status {s} (seen {seen})"
            self.srv.advance(step)
        raise AssertionError(f"timed out waiting for {target}; seen {seen}")


def _sdk_error() -> type[Exception]:
    from zenlayercloud.common.excpetion.zenlayer_cloud_sdk_exception import ZenlayerCloudSdkException

    return ZenlayerCloudSdkException


@pytest.mark.parametrize("version", VERSIONS)
def test_full_lifecycle_with_the_official_sdk(srv: MockServer, version: str) -> None:
    sdk = Sdk(srv, version)
    resp = sdk.call(
        "CreateInstances", zoneId="SEL-A", instanceTypeId="M6C", instanceChargeType="POSTPAID",
        internetChargeType="ByBandwidth", imageId=IMAGE, password="Password-12345~", instanceName="sdk-[1,2]",
        hostname="sdk-host",
    )  # fmt: skip
    (iid,) = resp.instanceIdSet
    if version == "2026-02-01":
        assert resp.orderNumber
    seen = sdk.wait(iid, {"PENDING", "CREATING", "INSTALLING"}, "RUNNING")
    assert seen == ["PENDING", "CREATING", "INSTALLING", "RUNNING"]
    info = sdk.describe(iid)
    assert info.instanceName == "sdk-01" and info.hostname == "sdk-host" and info.imageName == "CentOS7.4-x86_64"
    assert info.instanceType.instanceTypeId == "M6C" and info.nic.wanName
    assert info.primaryPublicIpAddress in info.publicIpAddresses

    sdk.call("StopInstances", instanceIds=[iid])
    assert sdk.wait(iid, {"RUNNING", "STOPPING"}, "STOPPED")[-2:] == ["STOPPING", "STOPPED"]
    sdk.call("StartInstances", instanceIds=[iid])
    assert sdk.wait(iid, {"STOPPED", "BOOTING"}, "RUNNING")[-2:] == ["BOOTING", "RUNNING"]
    sdk.call("RebootInstances", instanceIds=[iid])
    assert sdk.wait(iid, {"BOOTING"}, "RUNNING") == ["BOOTING", "RUNNING"]
    sdk.call("ReinstallInstance", instanceId=iid, imageId=IMAGE, hostname="sdk-again", password="Password-12345~")
    assert sdk.wait(iid, {"INSTALLING"}, "RUNNING") == ["INSTALLING", "RUNNING"]
    assert sdk.describe(iid).hostname == "sdk-again"
    sdk.call("ModifyInstancesAttribute", instanceIds=[iid], instanceName="renamed")
    assert sdk.describe(iid).instanceName == "renamed"

    sdk.call("TerminateInstance", instanceId=iid)
    assert sdk.describe(iid).instanceStatus == "RECYCLE"
    with pytest.raises(_sdk_error()) as err:
        sdk.call("StartInstances", instanceIds=[iid])
    assert err.value.code == "OPERATION_DENIED_INSTANCE_RECYCLED"
    sdk.call("ReleaseInstances", instanceIds=[iid])
    assert sdk.describe(iid) is None
    assert sdk.call("DescribeInstances", instanceIds=[iid]).totalCount == 0


@pytest.mark.parametrize("version", VERSIONS)
def test_prepaid_renew_and_cancel_with_the_official_sdk(srv: MockServer, version: str) -> None:
    sdk = Sdk(srv, version)
    prepaid = sdk.m.ChargePrepaid({"period": 1})
    (iid,) = sdk.call(
        "CreateInstances", zoneId="SEL-A", instanceTypeId="M6C", instanceChargeType="PREPAID",
        instanceChargePrepaid=prepaid, internetChargeType="ByBandwidth",
    ).instanceIdSet  # fmt: skip
    sdk.wait(iid, {"PENDING", "CREATING"}, "RUNNING")
    first = sdk.describe(iid)
    assert first.period == 1 and first.autoRenew is True and first.expiredTime
    sdk.call("RenewInstance", instanceId=iid)
    assert sdk.describe(iid).expiredTime > first.expiredTime
    sdk.call("TerminateInstance", instanceId=iid)
    after = sdk.describe(iid)
    assert after.instanceStatus == "RUNNING" and after.autoRenew is False
    with pytest.raises(_sdk_error()) as err:
        sdk.call("TerminateInstance", instanceId=iid)
    assert err.value.code == "OPERATION_DENIED_INSTANCE_SUBSCRIPTION"


def test_terraform_provider_flow(srv: MockServer) -> None:
    """resource zenlayercloud_bmc_instance with the Go SDK bmc20221120: create one, wait, refresh, destroy."""
    sdk = Sdk(srv, "2022-11-20")
    # Create: amount unset -> 1; takes instanceIdSet[0].
    resp = sdk.call(
        "CreateInstances", zoneId="SEL-A", instanceTypeId="S8I", instanceChargeType="POSTPAID",
        internetChargeType="ByBandwidth", password="Example123~", hostname="tf-ci-test",
        instanceName="Terraform-Instance", internetMaxBandwidthOut=10,
    )  # fmt: skip
    assert len(resp.instanceIdSet) >= 1
    iid = resp.instanceIdSet[0]
    # Wait: Pending PENDING/CREATING/INSTALLING, Target RUNNING, fail on CREATE_FAILED/INSTALL_FAILED.
    seen = sdk.wait(iid, {"PENDING", "CREATING", "INSTALLING"}, "RUNNING", step=5,
                    fail={"CREATE_FAILED", "INSTALL_FAILED"})  # fmt: skip
    assert seen[-1] == "RUNNING"
    # Read (refresh by instanceIds): every field terraform sets is there.
    info = sdk.describe(iid)
    assert info.zoneId == "SEL-A" and info.instanceTypeId == "S8I" and info.hostname == "tf-ci-test"
    assert info.resourceGroupId and info.resourceGroupName and info.internetChargeType == "ByBandwidth"
    assert info.bandwidthOutMbps == 10 and info.instanceChargeType == "POSTPAID" and info.createTime
    assert info.primaryPublicIpAddress and info.privateIpAddresses and info.expiredTime is None
    # Delete: TerminateInstance, then the very next read must already be RECYCLE (else a non-retryable error).
    try:
        sdk.call("TerminateInstance", instanceId=iid)
    except _sdk_error() as exc:  # terraform treats RECYCLED as success
        assert exc.code == "OPERATION_DENIED_INSTANCE_RECYCLED"
    assert sdk.describe(iid).instanceStatus == "RECYCLE"
    # force_delete: ReleaseInstances, ignoring not-found.
    for _ in range(2):
        try:
            sdk.call("ReleaseInstances", instanceIds=[iid])
        except _sdk_error() as exc:
            assert exc.code == "INVALID_INSTANCE_NOT_FOUND"
    assert sdk.describe(iid) is None  # read afterwards: gone


def test_terraform_wait_fails_on_create_failed(failure_scenario: Any) -> None:
    with MockServer(clock="manual", seed=3, scenario=failure_scenario(create=1.0)) as srv:
        sdk = Sdk(srv, "2022-11-20")
        (iid,) = sdk.call(
            "CreateInstances", zoneId="SEL-A", instanceTypeId="S8I", instanceChargeType="POSTPAID",
            internetChargeType="ByBandwidth",
        ).instanceIdSet  # fmt: skip
        seen = sdk.wait(iid, {"PENDING", "CREATING", "INSTALLING"}, "RUNNING",
                        fail={"CREATE_FAILED", "INSTALL_FAILED"})  # fmt: skip
        assert seen[-1] == "CREATE_FAILED"
        sdk.call("TerminateInstance", instanceId=iid)  # deletes a failed create at once
        assert sdk.describe(iid) is None


