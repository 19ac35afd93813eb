"""CreateInstances / ReinstallInstance request rules, driven through check_create / check_reinstall."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from zltoolkit.api import ERRORS, ApiError, parse_request
from zltoolkit.api.actions import CreateInstancesRequest, ReinstallInstanceRequest
from zltoolkit.api.rules import (
    Violation,
    check_create,
    check_reinstall,
    violations_create,
    violations_reinstall,
)
from zltoolkit.api.structures import ImageInfo, InstanceType

V2022, V2026 = "2022-11-20", "2026-02-01"
DROP = object()  # marks a key to remove from the base body


def itype(type_id: str, disks: list[tuple[int, int]], raids: list[int], *, ha: bool = False, bw: int = 10000) -> InstanceType:
    return InstanceType.model_validate(
        {
            "instanceTypeId": type_id,
            "maximumBandwidth": bw,
            "supportRaids": raids,
            "isHA": ha,
            "diskInfo": {
                "totalDiskSize": sum(s * c for s, c in disks),
                "disks": [{"diskSize": s, "diskCount": c} for s, c in disks],
            },
        }
    )


# M6C's real disks are not documented: an M-family-like 2-disk layout. M9O/MGI are the documented ones.
M6C = itype("M6C", [(960, 2)], [0, 1])
M9O = itype("M9O", [(1000, 4)], [0, 1, 5, 10], ha=True)
MGI = itype("MGI", [(1000, 2)], [0, 1], ha=True)
TWO_DISKS_ALL_LEVELS = itype("X2", [(1000, 2)], [0, 1, 5, 10])
MIXED = itype("XMIX", [(480, 2), (4000, 4)], [0, 1, 5, 10])
CENTOS = ImageInfo.model_validate(
    {"imageId": "bd5faa16-39d2-4bbf-a5c8-b95a193b1626", "imageName": "CentOS7.4-x86_64", "catalog": "centos",
     "imageType": "PUBLIC_IMAGE", "osType": "linux"}
)
# Example 2's image id has no documented details; treated as a Linux image.
EX2_IMAGE = ImageInfo.model_validate({"imageId": "5ace1756-2230-4d1d-8fc6-84f1897ef397", "osType": "linux"})
WINDOWS = ImageInfo.model_validate({"imageId": "win-2019", "imageName": "Win2019-DC-EN", "osType": "windows"})

EXAMPLE_1 = {"instanceChargeType": "POSTPAID", "instanceTypeId": "M6C", "internetChargeType": "ByBandwidth", "zoneId": "SEL-A"}
EXAMPLE_2 = {
    "instanceChargeType": "PREPAID", "amount": 2, "instanceChargePrepaid": {"period": 2},
    "instanceName": "SEL-M6C-[1,2]", "hostname": "SEL-M6C-[1,2]", "internetMaxBandwidthOut": 10,
    "password": "Password-12345~", "nic": {"wanName": "wan0", "lanName": "lan0"},
    "instanceTypeId": "M6C", "internetChargeType": "ByBandwidth", "zoneId": "SEL-A",
    "imageId": "5ace1756-2230-4d1d-8fc6-84f1897ef397",
}
EXAMPLE_3 = {**EXAMPLE_2, "trafficPackageSize": 10}
REINSTALL_EXAMPLE = {
    "instanceId": "instanceId", "imageId": "bd5faa16-39d2-4bbf-a5c8-b95a193b1626", "hostname": "myhostname",
    "password": "Aa_12345", "raidConfig": {"raidType": 0},
    "partitions": [{"fsPath": "/", "fsType": "ext2", "size": 1100}, {"fsPath": "/a", "fsType": "ext2", "size": 1100}],
    "nic": {"wanName": "wan0", "lanName": "lan0"},
}


def ssh_key(kind: str = "ssh-ed25519", material: bytes = b"\x01" * 32, comment: str = "me@host") -> str:
    name = kind.encode()
    blob = len(name).to_bytes(4, "big") + name + len(material).to_bytes(4, "big") + material
    return f"{kind} {base64.b64encode(blob).decode()} {comment}".rstrip()


def body(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    out = dict(base)
    for k, v in changes.items():
        if v is DROP:
            out.pop(k, None)
        else:
            out[k] = v
    return out


def create_req(**changes: Any) -> CreateInstancesRequest:
    req = parse_request("CreateInstances", body(EXAMPLE_2, **changes))
    assert isinstance(req, CreateInstancesRequest)
    return req


def reinstall_req(**changes: Any) -> ReinstallInstanceRequest:
    req = parse_request("ReinstallInstance", body(REINSTALL_EXAMPLE, **changes))
    assert isinstance(req, ReinstallInstanceRequest)
    return req


def parts(*spec: tuple[str, str, int]) -> list[dict[str, Any]]:
    return [{"fsPath": p, "fsType": t, "size": s} for p, t, s in spec]


def custom(*arrays: tuple[int, list[int]]) -> dict[str, Any]:
    return {"customRaids": [{"raidType": lvl, "diskSequence": seq} for lvl, seq in arrays]}


FULL = {"instance_type": M6C, "image": EX2_IMAGE, "max_bandwidth": 10000}

# (expected code, body changes, check_create kwargs, api version)
CREATE_CASES: list[tuple[str, dict[str, Any], dict[str, Any], str]] = [
    ("INVALID_PARAMETER", {"amount": 0}, {}, V2022),
    ("INVALID_PARAMETER", {"amount": 101}, {}, V2022),
    ("MISSING_PARAMETER", {"instanceChargePrepaid": DROP}, {}, V2022),
    ("INVALID_PARAMETER", {"instanceChargePrepaid": {"period": 0}}, {}, V2022),
    ("INVALID_PARAMETER", {"internetChargeType": "ByBandwidthCluster", "clusterId": "c-1"}, {}, V2022),
    ("MISSING_PARAMETER", {"internetChargeType": "ByBandwidthCluster"}, {}, V2026),
    ("INVALID_PARAMETER", {"internetChargeType": "ByTrafficPackage", "trafficPackageSize": 0.0}, {}, V2022),
    ("INVALID_PARAMETER", {"internetMaxBandwidthOut": 0}, {}, V2022),
    ("INVALID_BANDWIDTH_VALUE_EXCEED_MAXIMUM", {"internetMaxBandwidthOut": 201}, {"max_bandwidth": 200}, V2022),
    ("INVALID_BANDWIDTH_VALUE_EXCEED_MAXIMUM", {"internetMaxBandwidthOut": 10001}, {"instance_type": M6C}, V2022),
    ("INVALID_PARAMETER", {"ipxeUrl": "http://boot.example/x.ipxe"}, {}, V2022),
    ("INVALID_PARAMETER_INSTANCE_NAME_MALFORMED", {"instanceName": "web server"}, {}, V2022),
    ("INVALID_PARAMETER_INSTANCE_NAME_MALFORMED", {"instanceName": ""}, {}, V2022),
    ("INVALID_PARAMETER_INSTANCE_NAME_MALFORMED", {"instanceName": "web-[1,7]"}, {}, V2022),
    ("INVALID_PARAMETER_INSTANCE_NAME_EXCEED", {"instanceName": "a" * 65}, {}, V2022),
    ("INVALID_PARAMETER_INSTANCE_NAME_EXCEED", {"instanceName": "a" * 59 + "[,]"}, {}, V2022),
    ("INVALID_PARAMETER_INSTANCE_NAME_EXCEED", {"instanceName": "web-[9,1]"}, {}, V2022),  # 9, 10 for amount 2
    ("INVALID_PARAMETER_HOSTNAME_MALFORMED", {"hostname": "host_name"}, {}, V2022),
    ("INVALID_PARAMETER_HOSTNAME_MALFORMED", {"hostname": "h[100000,6]"}, {}, V2022),
    ("INVALID_PARAMETER_HOSTNAME_EXCEED", {"hostname": "h" * 60 + "[1,5]"}, {}, V2022),
    ("INVALID_PARAMETER_INSTANCE_LOGIN_CONFLICT", {"keyId": "key-YWD2QFOl"}, {}, V2022),
    ("INVALID_PARAMETER_INSTANCE_LOGIN_CONFLICT", {"sshKeys": [ssh_key()]}, {}, V2022),
    ("INVALID_PARAMETER_INSTANCE_LOGIN_CONFLICT", {"password": DROP, "keyId": "k", "sshKeys": [ssh_key()]}, {}, V2022),
    ("INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED", {"password": "Aa1~"}, {}, V2022),
    ("INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED", {"password": "password-12345~"}, {}, V2022),
    ("INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED", {"password": "Password 12345~"}, {}, V2022),
    ("INVALID_PARAMETER", {"password": DROP, "sshKeys": [ssh_key()]}, {}, V2026),
    ("INVALID_PARAMETER", {"password": DROP, "sshKeys": [ssh_key(material=bytes([i]) * 32) for i in range(6)]}, {}, V2022),
    ("INVALID_PARAMETER_SSH_KEY_MALFORMED", {"password": DROP, "sshKeys": ["ssh-rsa not!base64"]}, {}, V2022),
    ("INVALID_PARAMETER_SSH_KEY_MALFORMED", {"password": DROP, "sshKeys": [ssh_key().replace("ssh-ed25519", "ssh-rsa", 1)]}, {}, V2022),
    ("INVALID_PARAMETER_SSH_KEY_DUPLICATE", {"password": DROP, "sshKeys": [ssh_key(comment="a"), ssh_key(comment="b")]}, {}, V2022),
    ("INVALID_PARAMETER", {"password": DROP, "keyId": "key-YWD2QFOl"}, {"image": WINDOWS}, V2022),
    ("INVALID_RAID_CONFIG_FAST_CUSTOM_CONFLICT", {"raidConfig": {"raidType": 1, **custom((1, [1, 2]))}}, {}, V2022),
    ("INVALID_PARAMETER", {"raidConfig": {"raidType": 3}}, {}, V2022),
    ("INVALID_INSTANCE_TYPE_RAID_NOT_SUPPORT", {"raidConfig": {"raidType": 5}}, FULL, V2022),
    ("INVALID_INSTANCE_TYPE_RAID_NOT_SUPPORT", {"raidConfig": custom((10, [1, 2, 3, 4]))}, {"instance_type": MGI}, V2022),
    ("INVALID_INSTANCE_TYPE_QUICK_RAID_NOT_SUPPORT", {"raidConfig": {"raidType": 0}}, {"instance_type": MIXED}, V2022),
    ("INVALID_PARAMETER_VALUE_RAID_DISK_MISMATCH", {"raidConfig": {"raidType": 10}}, {"instance_type": TWO_DISKS_ALL_LEVELS}, V2022),
    ("INVALID_PARAMETER_VALUE_RAID_DISK_MISMATCH", {"raidConfig": custom((1, [1]))}, {}, V2022),
    ("INVALID_PARAMETER_VALUE_RAID_DISK_MISMATCH", {"raidConfig": custom((1, [1, 2, 3]))}, {"instance_type": M9O}, V2022),
    ("INVALID_PARAMETER_VALUE_RAID_DISK_MISMATCH", {"raidConfig": custom((5, [1, 2]))}, {"instance_type": M9O}, V2022),
    ("INVALID_PARAMETER_VALUE_RAID_DISK_SEQUENCE_RANGE", {"raidConfig": custom((0, [0, 1]))}, {}, V2022),
    ("INVALID_PARAMETER_VALUE_RAID_DISK_SEQUENCE_RANGE", {"raidConfig": custom((1, [2, 3]))}, FULL, V2022),
    ("INVALID_PARAMETER_VALUE_RAID_DISK_SEQUENCE_DUPLICATE", {"raidConfig": custom((1, [1, 1]))}, {}, V2022),
    ("INVALID_PARAMETER_VALUE_RAID_DISK_SEQUENCE_DUPLICATE", {"raidConfig": custom((1, [1, 2]), (1, [2, 3]))}, {"instance_type": M9O}, V2022),
    ("INVALID_PARAMETER_VALUE_RAID_DISK_DISORDER", {"raidConfig": custom((1, [2, 1]))}, {}, V2022),
    ("INVALID_PARAMETER_VALUE_RAID_DISK_DISORDER", {"raidConfig": custom((1, [1, 3]))}, {"instance_type": M9O}, V2022),
    ("INVALID_PARTITION_IMAGE_NOT_SET", {"imageId": DROP, "partitions": parts(("/", "ext4", 100))}, {}, V2022),
    ("INVALID_PARTITION_MISSING_REQUIRED_FILE_PATH", {"partitions": parts(("/data", "ext4", 100))}, {}, V2022),
    ("INVALID_PARTITION_MISSING_REQUIRED_FILE_PATH", {"partitions": parts(("D", "NTFS", 100))}, {"image": WINDOWS}, V2022),
    ("INVALID_PARTITION_MALFORMED", {"partitions": parts(("/", "ext4", 100), ("/data/", "ext4", 1))}, {}, V2022),
    ("INVALID_PARTITION_MALFORMED", {"partitions": parts(("/", "ext4", 100), ("//data", "ext4", 1))}, {}, V2022),
    ("INVALID_PARTITION_MALFORMED", {"partitions": parts(("/", "ext4", 100), ("/my data", "ext4", 1))}, {}, V2022),
    ("INVALID_PARTITION_MALFORMED", {"partitions": parts(("/", "ext4", 0))}, {}, V2022),
    ("INVALID_PARTITION_MALFORMED", {"partitions": parts(("C", "NTFS", 100))}, {"image": EX2_IMAGE}, V2022),
    ("INVALID_PARTITION_MALFORMED", {"partitions": parts(("C", "NTFS", 100), ("Z", "NTFS", 1))}, {"image": WINDOWS}, V2022),
    ("INVALID_PARTITION_NO_TYPE", {"partitions": parts(("/", "xfs", 100))}, {}, V2022),
    ("INVALID_PARTITION_NO_TYPE", {"partitions": parts(("C", "ext4", 100))}, {"image": WINDOWS}, V2022),
    ("INVALID_PARTITION_DUPLICATE_FILE_PATH", {"partitions": parts(("/", "ext4", 10), ("/a", "ext4", 1), ("/a", "ext3", 1))}, {}, V2022),
    ("INVALID_PARTITION_DUPLICATE_FILE_PATH", {"partitions": parts(("C", "NTFS", 10), ("C", "NTFS", 1))}, {"image": WINDOWS}, V2022),
    ("INVALID_PARTITION_INVALID_ORDER", {"partitions": parts(("C", "NTFS", 10), ("E", "NTFS", 1), ("D", "NTFS", 1))}, {"image": WINDOWS}, V2022),
    ("INVALID_PARTITION_SIZE_NOT_FULL", {"raidConfig": {"raidType": 1}, "partitions": parts(("/", "ext4", 961))}, FULL, V2022),
    ("INVALID_PARTITION_SIZE_NOT_FULL", {"partitions": parts(("/", "ext4", 1000), ("/d", "ext4", 921))}, FULL, V2022),
    ("INVALID_PARAMETER_NIC_NAME_MALFORMED", {"nic": {"wanName": "wan"}}, {}, V2022),
    ("INVALID_PARAMETER_NIC_NAME_MALFORMED", {"nic": {"wanName": "wan012345678"}}, {}, V2022),
    ("INVALID_PARAMETER_NIC_NAME_MALFORMED", {"nic": {"wanName": "lan0"}}, {}, V2022),
    ("INVALID_PARAMETER_NIC_NAME_MALFORMED", {"nic": {"wanName": "0eth"}}, {}, V2022),
    ("INVALID_PARAMETER_NIC_NAME_MALFORMED", {"nic": {"lanName": "eth_1"}}, {}, V2022),
    ("INVALID_PARAMETER_NIC_NAME_MALFORMED", {"nic": {"lanName": "WAN1"}}, {}, V2022),
    ("INVALID_PARAMETER_NIC_NAME_CONFLICT", {"nic": {"wanName": "eth0", "lanName": "ETH0"}}, {}, V2022),
    ("INVALID_PARAMETER_NIC_NAME_CONFLICT", {"nic": {"lanName": "bond0"}}, {"instance_type": M9O}, V2022),
    ("INVALID_PARAMETER", {"userData": "x" * (32 * 1024 + 1)}, {}, V2022),
    ("INVALID_PARAMETER", {"userData": "é" * (16 * 1024 + 1)}, {}, V2022),  # 2 bytes each in UTF-8
    ("INVALID_PARAMETER", {"tags": {"tags": [{"key": "", "value": "v"}]}}, {}, V2022),
    ("INVALID_PARAMETER", {"tags": {"tags": [{"key": "k", "value": "v" * 129}]}}, {}, V2022),
    ("INVALID_PARAMETER", {"tags": {"tags": [{"key": "k", "value": "a"}, {"key": "k", "value": "b"}]}}, {}, V2022),
]

# Every CreateInstances/ReinstallInstance code that is a pure request rule (docs/api-facts.md §7.1, §7.8, docs/architecture.md, wire protocol).
RULE_CODES = {
    "MISSING_PARAMETER", "INVALID_PARAMETER",
    "INVALID_PARAMETER_HOSTNAME_EXCEED", "INVALID_PARAMETER_HOSTNAME_MALFORMED",
    "INVALID_PARAMETER_INSTANCE_NAME_EXCEED", "INVALID_PARAMETER_INSTANCE_NAME_MALFORMED",
    "INVALID_PARTITION_IMAGE_NOT_SET", "INVALID_BANDWIDTH_VALUE_EXCEED_MAXIMUM",
    "INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED", "INVALID_PARAMETER_INSTANCE_LOGIN_CONFLICT",
    "INVALID_PARAMETER_SSH_KEY_MALFORMED", "INVALID_PARAMETER_SSH_KEY_DUPLICATE",
    "INVALID_RAID_CONFIG_FAST_CUSTOM_CONFLICT", "INVALID_INSTANCE_TYPE_RAID_NOT_SUPPORT",
    "INVALID_INSTANCE_TYPE_QUICK_RAID_NOT_SUPPORT",
    "INVALID_PARAMETER_NIC_NAME_CONFLICT", "INVALID_PARAMETER_NIC_NAME_MALFORMED",
    "INVALID_PARTITION_SIZE_NOT_FULL", "INVALID_PARTITION_DUPLICATE_FILE_PATH",
    "INVALID_PARTITION_MISSING_REQUIRED_FILE_PATH", "INVALID_PARTITION_MALFORMED", "INVALID_PARTITION_NO_TYPE",
    "INVALID_PARTITION_INVALID_ORDER", "INVALID_PARAMETER_VALUE_RAID_DISK_MISMATCH",
    "INVALID_PARAMETER_VALUE_RAID_DISK_DISORDER", "INVALID_PARAMETER_VALUE_RAID_DISK_SEQUENCE_DUPLICATE",
    "INVALID_PARAMETER_VALUE_RAID_DISK_SEQUENCE_RANGE",
}


def _case_id(case: tuple[str, dict[str, Any], dict[str, Any], str]) -> str:
    return f"{case[0]}-{'+'.join(case[1])}"


@pytest.mark.parametrize("case", CREATE_CASES, ids=[_case_id(c) for c in CREATE_CASES])
def test_create_rule_triggers_its_code(case: tuple[str, dict[str, Any], dict[str, Any], str]) -> None:
    code, changes, kwargs, version = case
    req = create_req(**changes)
    v = check_create(req, api_version=version, **kwargs)
    assert v is not None, f"expected {code}"
    assert v.code == code, v
    assert v.code in ERRORS
    # The message names the offending field by its wire name; no secret leaks into it.
    assert v.field in v.message
    assert "Password-12345~" not in v.message
    if req.user_data:
        assert req.user_data[:50] not in v.message
    assert isinstance(v.to_api_error(), ApiError)


def test_every_rule_code_is_triggered_by_a_create_case() -> None:
    assert set(ERRORS) >= RULE_CODES
    assert {c[0] for c in CREATE_CASES} == RULE_CODES


# --- happy paths: the documented examples ---


@pytest.mark.parametrize("version", [V2022, V2026])
@pytest.mark.parametrize(
    ("example", "kwargs"),
    [
        (EXAMPLE_1, {}),
        (EXAMPLE_1, {"instance_type": M6C, "max_bandwidth": 200}),
        (EXAMPLE_2, {}),
        (EXAMPLE_2, FULL),
        (EXAMPLE_2, {"instance_type": M6C, "image": CENTOS, "max_bandwidth": 10}),
        (EXAMPLE_3, FULL),  # sends trafficPackageSize with ByBandwidth (§12.11): ignored, not refused
    ],
)
def test_documented_create_examples_pass(example: dict[str, Any], kwargs: dict[str, Any], version: str) -> None:
    req = parse_request("CreateInstances", example)
    assert isinstance(req, CreateInstancesRequest)
    assert check_create(req, api_version=version, **kwargs) is None
    assert violations_create(req, api_version=version, **kwargs) == []


@pytest.mark.parametrize(
    ("changes", "kwargs", "version"),
    [
        ({"instanceChargeType": "POSTPAID", "instanceChargePrepaid": {"period": 0}}, {}, V2022),  # ignored
        ({"internetChargeType": "ByBandwidthCluster", "clusterId": "bwc-1"}, FULL, V2026),
        ({"internetChargeType": "ByTrafficPackage", "trafficPackageSize": 10.0}, FULL, V2022),
        ({"internetMaxBandwidthOut": 200}, {"max_bandwidth": 200}, V2022),
        ({"password": DROP, "keyId": "key-YWD2QFOl"}, FULL, V2026),
        ({"password": DROP, "sshKeys": [ssh_key(k, bytes([i]) * 40) for i, k in enumerate(
            ["ssh-rsa", "ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"])]}, FULL, V2022),
        ({"password": DROP, "sshKeys": []}, FULL, V2022),
        ({"password": DROP, "sshKeys": [ssh_key() + "\n"]}, FULL, V2022),  # a pasted trailing newline
        ({"password": DROP, "sshKeys": [ssh_key(comment="")]}, FULL, V2022),
        ({"instanceName": "server_[3,3]_[1,1]", "hostname": "web.[,]", "amount": 9}, FULL, V2022),
        ({"instanceName": "n[,]", "hostname": "h-[0,2]", "amount": 100}, FULL, V2022),
        ({"instanceName": "a" * 58 + "[,]"}, FULL, V2022),
        ({"instanceName": "web-[8,1]"}, FULL, V2022),  # 8, 9
        ({"raidConfig": {"raidType": 1}, "partitions": parts(("/", "ext4", 100), ("/data", "ext3", 860))}, FULL, V2022),
        ({"raidConfig": {"raidType": 0}, "partitions": parts(("/", "ext4", 1920))}, FULL, V2022),
        ({"partitions": parts(("/", "ext4", 1000), ("/d", "ext4", 920))}, FULL, V2022),  # no RAID: totalDiskSize
        ({"raidConfig": custom((1, [1, 2]))}, FULL, V2022),
        ({"raidConfig": custom((1, [1, 2]), (1, [3, 4]))}, {"instance_type": M9O}, V2022),
        ({"raidConfig": custom((0, [3]), (5, [4, 5, 6]))}, {"instance_type": MIXED}, V2022),
        ({"raidConfig": custom((10, [1, 2, 3, 4]))}, {"instance_type": M9O}, V2022),
        ({"raidConfig": {"raidType": 5}}, {"instance_type": M9O}, V2022),
        ({"raidConfig": {}}, FULL, V2022),
        ({"partitions": parts(("C", "NTFS", 100), ("D", "NTFS", 100), ("F", "NTFS", 1))}, {**FULL, "image": WINDOWS}, V2022),
        ({"partitions": parts(("C", "NTFS", 100), ("D", "NTFS", 1))}, {}, V2022),  # OS unknown: Windows style
        ({"nic": {"wanName": "bond0", "lanName": "bond1"}}, {"instance_type": M9O}, V2022),
        ({"nic": {"lanName": "bond0"}}, FULL, V2022),  # non-HA default wanName is wan0
        ({"nic": {"wanName": "Public1", "lanName": "Priv1"}}, FULL, V2022),
        ({"userData": "x" * (32 * 1024)}, FULL, V2022),
        ({"tags": {"tags": [{"key": "k" * 128, "value": "v" * 128}, {"key": "env"}]}}, FULL, V2022),
        ({"imageId": DROP, "ipxeUrl": "netboot"}, FULL, V2022),
    ],
)
def test_create_variants_pass(changes: dict[str, Any], kwargs: dict[str, Any], version: str) -> None:
    req = create_req(**changes)
    assert check_create(req, api_version=version, **kwargs) is None


def test_bandwidth_maximum_falls_back_to_the_type_and_offering_wins() -> None:
    req = create_req(internetMaxBandwidthOut=500)
    low = itype("LOW", [(960, 2)], [0, 1], bw=400)
    v = check_create(req, api_version=V2022, instance_type=low)
    assert v is not None and v.code == "INVALID_BANDWIDTH_VALUE_EXCEED_MAXIMUM"
    assert check_create(req, api_version=V2022, instance_type=low, max_bandwidth=1000) is None


def test_type_dependent_rules_are_skipped_without_server_data() -> None:
    req = create_req(raidConfig={"raidType": 5}, partitions=parts(("/", "ext4", 99999)), internetMaxBandwidthOut=99999)
    assert check_create(req, api_version=V2022) is None
    assert check_create(req, api_version=V2022, instance_type=M9O) is not None


# --- order and collection ---


def test_first_violation_follows_the_documented_order() -> None:
    req = create_req(
        amount=0, password="weak", instanceName="bad name", nic={"wanName": "x"}, userData="x" * 40000,
        partitions=parts(("/a", "ext4", 1)),
    )
    all_codes = [v.code for v in violations_create(req, api_version=V2022)]
    assert all_codes == [
        "INVALID_PARAMETER",  # amount
        "INVALID_PARAMETER_INSTANCE_NAME_MALFORMED",
        "INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED",
        "INVALID_PARTITION_MISSING_REQUIRED_FILE_PATH",
        "INVALID_PARAMETER_NIC_NAME_MALFORMED",
        "INVALID_PARAMETER",  # userData
    ]
    first = check_create(req, api_version=V2022)
    assert first is not None and first.field == "amount"
    assert [v.field for v in violations_create(req, api_version=V2022)][-1] == "userData"


def test_login_conflict_is_reported_before_password_format() -> None:
    v = check_create(create_req(password="x", keyId="k"), api_version=V2022)
    assert v is not None and v.code == "INVALID_PARAMETER_INSTANCE_LOGIN_CONFLICT"


def test_unknown_api_version_is_a_caller_bug() -> None:
    with pytest.raises(ValueError, match="API version"):
        check_create(create_req(), api_version="2020-01-01")


def test_violation_refuses_codes_outside_the_catalogue() -> None:
    with pytest.raises(ValueError):
        Violation("NOT_A_CODE", "m", "f")
    v = Violation("INVALID_PARAMETER", "`amount` bad", "amount")
    with pytest.raises(AttributeError):
        v.code = "X"  # type: ignore[misc]
    assert v.to_api_error().http_status == 400


# --- ReinstallInstance ---

REINSTALL_CASES: list[tuple[str, dict[str, Any], dict[str, Any], str]] = [
    ("INVALID_PARAMETER", {"ipxeUrl": "netboot"}, {}, V2022),
    ("INVALID_PARAMETER_HOSTNAME_MALFORMED", {"hostname": "my host"}, {}, V2022),
    ("INVALID_PARAMETER_HOSTNAME_EXCEED", {"hostname": "h" * 65}, {}, V2022),
    ("INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED", {"password": "Aa_1234"}, {}, V2022),
    ("INVALID_PARAMETER_INSTANCE_LOGIN_CONFLICT", {"keyId": "key-1"}, {}, V2022),
    ("INVALID_PARAMETER", {"password": DROP, "sshKeys": [ssh_key()]}, {}, V2026),
    ("INVALID_PARAMETER_SSH_KEY_MALFORMED", {"password": DROP, "sshKeys": ["ssh-dss AAAA"]}, {}, V2022),
    ("INVALID_PARAMETER_SSH_KEY_DUPLICATE", {"password": DROP, "sshKeys": [ssh_key(), ssh_key()]}, {}, V2022),
    ("INVALID_PARAMETER", {"password": DROP, "keyId": "key-1", "partitions": DROP}, {"image": WINDOWS}, V2022),
    ("INVALID_RAID_CONFIG_FAST_CUSTOM_CONFLICT", {"raidConfig": {"raidType": 0, **custom((0, [1]))}}, {}, V2022),
    ("INVALID_INSTANCE_TYPE_RAID_NOT_SUPPORT", {"raidConfig": {"raidType": 5}}, {"instance_type": MGI}, V2022),
    ("INVALID_PARAMETER_VALUE_RAID_DISK_MISMATCH", {"raidConfig": custom((10, [1, 2]))}, {}, V2022),
    ("INVALID_PARAMETER_VALUE_RAID_DISK_DISORDER", {"raidConfig": custom((0, [3, 2]))}, {}, V2022),
    ("INVALID_PARAMETER_VALUE_RAID_DISK_SEQUENCE_RANGE", {"raidConfig": custom((0, [5]))}, {"instance_type": M9O}, V2022),
    ("INVALID_PARAMETER_VALUE_RAID_DISK_SEQUENCE_DUPLICATE", {"raidConfig": custom((0, [1]), (0, [1]))}, {}, V2022),
    ("INVALID_PARTITION_IMAGE_NOT_SET", {"imageId": DROP}, {"instance_has_image": False}, V2022),
    ("INVALID_PARTITION_MISSING_REQUIRED_FILE_PATH", {"partitions": parts(("/a", "ext2", 1))}, {}, V2022),
    ("INVALID_PARTITION_MALFORMED", {"partitions": parts(("/", "ext2", 1), ("a", "ext2", 1))}, {}, V2022),
    ("INVALID_PARTITION_NO_TYPE", {"partitions": parts(("/", "btrfs", 1))}, {}, V2022),
    ("INVALID_PARTITION_DUPLICATE_FILE_PATH", {"partitions": parts(("/", "ext2", 1), ("/", "ext2", 1))}, {}, V2022),
    ("INVALID_PARTITION_INVALID_ORDER", {"partitions": parts(("C", "NTFS", 1), ("E", "NTFS", 1), ("D", "NTFS", 1))}, {}, V2022),
    ("INVALID_PARTITION_SIZE_NOT_FULL", {}, {"instance_type": MGI, "image": CENTOS}, V2022),  # 2200 GB > RAID0 2000
    ("INVALID_PARAMETER_NIC_NAME_MALFORMED", {"nic": {"wanName": "wan0", "lanName": "wanlan"}}, {}, V2022),
    ("INVALID_PARAMETER_NIC_NAME_CONFLICT", {"nic": {"wanName": "net1", "lanName": "Net1"}}, {}, V2022),
    ("INVALID_PARAMETER", {"userData": "u" * 40000}, {}, V2022),
]


@pytest.mark.parametrize("case", REINSTALL_CASES, ids=[_case_id(c) for c in REINSTALL_CASES])
def test_reinstall_rule_triggers_its_code(case: tuple[str, dict[str, Any], dict[str, Any], str]) -> None:
    code, changes, kwargs, version = case
    v = check_reinstall(reinstall_req(**changes), api_version=version, **kwargs)
    assert v is not None, f"expected {code}"
    assert v.code == code, v
    assert v.field in v.message
    assert "Aa_12345" not in v.message


def test_reinstall_cases_cover_the_documented_reinstall_codes() -> None:
    documented = {  # docs/api-facts.md §7.8 table, with the second ..._EXCEED read as ..._MALFORMED (§12.3)
        "INVALID_PARAMETER_HOSTNAME_EXCEED", "INVALID_PARAMETER_HOSTNAME_MALFORMED", "INVALID_PARTITION_IMAGE_NOT_SET",
        "INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED", "INVALID_PARAMETER_INSTANCE_LOGIN_CONFLICT",
        "INVALID_PARAMETER_SSH_KEY_MALFORMED", "INVALID_RAID_CONFIG_FAST_CUSTOM_CONFLICT",
        "INVALID_INSTANCE_TYPE_RAID_NOT_SUPPORT", "INVALID_PARAMETER_NIC_NAME_CONFLICT",
        "INVALID_PARAMETER_NIC_NAME_MALFORMED", "INVALID_PARTITION_SIZE_NOT_FULL",
        "INVALID_PARTITION_DUPLICATE_FILE_PATH", "INVALID_PARTITION_MISSING_REQUIRED_FILE_PATH",
        "INVALID_PARTITION_MALFORMED", "INVALID_PARTITION_NO_TYPE", "INVALID_PARTITION_INVALID_ORDER",
        "INVALID_PARAMETER_VALUE_RAID_DISK_MISMATCH", "INVALID_PARAMETER_VALUE_RAID_DISK_DISORDER",
    }
    assert documented <= {c[0] for c in REINSTALL_CASES}


@pytest.mark.parametrize("version", [V2022, V2026])
def test_documented_reinstall_examples_pass(version: str) -> None:
    minimal = parse_request("ReinstallInstance", {"instanceId": "instanceId"})
    assert isinstance(minimal, ReinstallInstanceRequest)
    assert check_reinstall(minimal, api_version=version) is None
    assert check_reinstall(minimal, api_version=version, instance_type=M9O, image=CENTOS, instance_has_image=False) is None
    req = reinstall_req()
    assert check_reinstall(req, api_version=version) is None
    assert check_reinstall(req, api_version=version, instance_type=M9O, image=CENTOS) is None
    assert violations_reinstall(req, api_version=version, instance_type=M9O, image=CENTOS) == []


def test_reinstall_partitions_without_image_id_depend_on_the_current_image() -> None:
    req = reinstall_req(imageId=DROP)
    assert check_reinstall(req, api_version=V2022) is None  # unknown: not judged
    assert check_reinstall(req, api_version=V2022, instance_has_image=True) is None
    assert check_reinstall(req, api_version=V2022, image=CENTOS) is None  # the current image, resolved
    v = check_reinstall(req, api_version=V2022, instance_has_image=False)
    assert v is not None and v.code == "INVALID_PARTITION_IMAGE_NOT_SET" and v.field == "partitions"
