"""Wire models, the error catalogue and parse_request (zltoolkit.api)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from zltoolkit.api import (
    ACTIONS,
    CLIENT_ONLY_CODES,
    ERRORS,
    RETRYABLE_CODES,
    ApiError,
    field_path,
    parse_request,
)
from zltoolkit.api import errors as errors_module
from zltoolkit.api.actions import (
    CreateInstancesRequest,
    CreateInstancesResponse,
    DescribeAvailableResourcesResponse,
    DescribeImagesResponse,
    DescribeInstancesResponse,
    DescribeInstanceTypesRequest,
    DescribeInstanceTypesResponse,
    InquiryPriceCreateInstanceResponse,
)
from zltoolkit.api.base import RequestModel, ResponseModel
from zltoolkit.api.enums import InstanceStatus, SellStatus
from zltoolkit.api.structures import InstanceInfo, InstanceType, Price

EXAMPLE_2 = {
    "instanceChargeType": "PREPAID", "amount": 2, "instanceChargePrepaid": {"period": 2},
    "instanceName": "SEL-M6C-[1,2]", "hostname": "SEL-M6C-[1,2]", "internetMaxBandwidthOut": 10,
    "password": "Password-12345~", "nic": {"wanName": "wan0", "lanName": "lan0"},
    "instanceTypeId": "M6C", "internetChargeType": "ByBandwidth", "zoneId": "SEL-A",
    "imageId": "5ace1756-2230-4d1d-8fc6-84f1897ef397",
}
MINIMAL = {"instanceChargeType": "POSTPAID", "instanceTypeId": "M6C", "internetChargeType": "ByBandwidth", "zoneId": "SEL-A"}
INSTANCE_TYPES_EXAMPLE = {"instanceTypes": [
    {"imageIds": ["e3f1cf2e-8929-4b8a-8747-d0b779b770f7", "6059cf45-daf7-4954-80a2-346e8c3c5fd7"],
     "instanceTypeId": "M9O", "description": "2x6248", "cpuCoreCount": 80, "memorySize": 256,
     "maximumBandwidth": 10000, "supportRaids": [0, 1, 5, 10], "supportSubnet": True, "isHA": True,
     "diskInfo": {"totalDiskSize": 4000, "diskDescription": "4x1.2TB SAS", "disks": [{"diskSize": 1000, "diskCount": 4}]}},
]}
DESCRIBE_INSTANCES_EXAMPLE = {"totalCount": 6, "dataSet": [{
    "instanceId": "instanceId", "zoneId": "HKG-A", "instanceName": "TEST", "hostname": "M7D-HKG-A-01",
    "instanceTypeId": "M7D", "imageId": "imageId", "imageName": "Ubuntu18.04-x86_64", "instanceChargeType": "POSTPAID",
    "bandwidthOutMbps": 0, "internetChargeType": "ByClusterBandwidth95", "period": None,
    "primaryPublicIpAddress": "1.1.1.1", "publicIpAddresses": ["1.1.1.1", "2.2.2.2"],
    "privateIpAddresses": ["10.0.0.1"], "ipv6Addresses": ["2602:ffe4:1:11::1"], "subnetIds": ["subnetId"],
    "createTime": "2023-01-01T00:00:00Z", "expiredTime": None, "resourceGroupId": "resourceGroupId",
    "instanceStatus": "RUNNING", "trafficPackageSize": 1.5,
    "raidConfig": {"raidType": None, "customRaids": [{"raidType": 1, "diskSequence": [12, 13]}]},
    "partitions": [{"fsPath": "/", "fsType": "ext2", "size": 1100}], "nic": {"wanName": "wan0", "lanName": "lan0"},
}]}


def _subset(small: Any, big: Any) -> bool:
    """Every key of ``small`` is in ``big`` with an equal value (recursively)."""
    if isinstance(small, dict):
        return isinstance(big, dict) and all(k in big and _subset(v, big[k]) for k, v in small.items())
    if isinstance(small, list):
        return isinstance(big, list) and len(small) == len(big) and all(map(_subset, small, big))
    return small == big


# --- requests ---


@pytest.mark.parametrize("example", [MINIMAL, EXAMPLE_2])
def test_create_request_round_trips_exactly_and_omits_unset(example: dict[str, Any]) -> None:
    req = parse_request("CreateInstances", example)
    wire = req.to_wire()
    assert wire == example
    assert None not in wire.values()
    assert json.loads(json.dumps(wire)) == example


def test_request_special_aliases() -> None:
    req = parse_request("CreateInstances", {**MINIMAL, "enablePrimaryIPv6": False})
    assert isinstance(req, CreateInstancesRequest)
    assert req.enable_primary_ipv6 is False
    assert req.to_wire()["enablePrimaryIPv6"] is False
    # The camel-case generator's spelling is not the wire name.
    with pytest.raises(ApiError) as exc:
        parse_request("CreateInstances", {**MINIMAL, "enablePrimaryIpv6": False})
    assert "`enablePrimaryIpv6`" in exc.value.message
    t = parse_request("DescribeInstanceTypes", {"isHA": True})
    assert isinstance(t, DescribeInstanceTypesRequest) and t.is_ha is True
    assert t.to_wire() == {"isHA": True}


def test_python_names_build_the_same_wire() -> None:
    req = CreateInstancesRequest(
        zone_id="SEL-A", instance_charge_type="POSTPAID", instance_type_id="M6C", internet_charge_type="ByBandwidth"
    )
    assert req.to_wire() == MINIMAL


def test_secrets_stay_out_of_repr() -> None:
    req = parse_request("CreateInstances", {**EXAMPLE_2, "userData": "secret-script"})
    assert "Password-12345~" not in repr(req)
    assert "secret-script" not in repr(req)


@pytest.mark.parametrize(
    ("body", "code", "named"),
    [
        ({"zoneId": "SEL-A"}, "MISSING_PARAMETER", "`instanceChargeType`"),
        ({**MINIMAL, "instanceChargeType": "MONTHLY"}, "INVALID_PARAMETER", "`instanceChargeType`"),
        ({**MINIMAL, "raidConfig": {"customRaids": [{"raidType": 1, "diskSequence": [1, "2"]}]}},
         "INVALID_PARAMETER", "`raidConfig.customRaids[0].diskSequence[1]`"),
        ({**MINIMAL, "raidConfig": {"customRaids": [{"diskSequence": [1, 2]}]}},
         "MISSING_PARAMETER", "`raidConfig.customRaids[0].raidType`"),
        ({**MINIMAL, "partitions": [{"fsPath": "/", "fsType": "ext4"}]}, "MISSING_PARAMETER", "`partitions[0].size`"),
        ({**MINIMAL, "nic": {"wanName": "wan0", "foo": 1}}, "INVALID_PARAMETER", "`nic.foo`"),
        ({**MINIMAL, "tags": {"tags": [{"value": "v"}]}}, "MISSING_PARAMETER", "`tags.tags[0].key`"),
        ({**MINIMAL, "instanceChargePrepaid": {"period": 1.5}}, "INVALID_PARAMETER", "`instanceChargePrepaid.period`"),
        ({**MINIMAL, "amount": "2"}, "INVALID_PARAMETER", "`amount`"),  # strict: a string is not an int
        ({**MINIMAL, "trafficPackageSize": float("nan")}, "INVALID_PARAMETER", "`trafficPackageSize`"),
        ({**MINIMAL, "password": 98765432}, "INVALID_PARAMETER", "`password`"),
    ],
)
def test_parse_request_names_the_nested_field(body: dict[str, Any], code: str, named: str) -> None:
    with pytest.raises(ApiError) as exc:
        parse_request("CreateInstances", body)
    assert exc.value.code == code
    assert named in exc.value.message
    assert "98765432" not in exc.value.message  # the value is never echoed


def test_missing_is_reported_before_other_problems() -> None:
    with pytest.raises(ApiError) as exc:
        parse_request("CreateInstances", {"zoneId": 5, "instanceChargeType": "POSTPAID", "instanceTypeId": "M6C"})
    assert exc.value.code == "MISSING_PARAMETER" and "`internetChargeType`" in exc.value.message


def test_field_path() -> None:
    assert field_path(("raidConfig", "customRaids", 0, "diskSequence")) == "raidConfig.customRaids[0].diskSequence"
    assert field_path(()) == "body"


def test_every_action_has_request_and_response_models() -> None:
    assert len(ACTIONS) == 15
    for name, spec in ACTIONS.items():
        assert spec.name == name
        assert issubclass(spec.request, RequestModel) and issubclass(spec.response, ResponseModel)
        assert spec.mutating == (not name.startswith(("Describe", "Inquiry")))


# --- responses ---


def test_response_to_wire_carries_every_field_with_null() -> None:
    wire = InstanceInfo(instance_id="i-1").to_wire()
    aliases = {f.alias or name for name, f in InstanceInfo.model_fields.items()}
    assert set(wire) == aliases
    assert wire["instanceId"] == "i-1"
    assert all(v is None for k, v in wire.items() if k != "instanceId")
    assert "primaryPublicIPv6Address" in wire and "primaryPublicIpv6Address" not in wire
    price = Price().to_wire()
    for key in ("discount", "discountPrice", "originalPrice", "unitPrice", "discountUnitPrice", "chargeUnit", "stepPrices"):
        assert key in price and price[key] is None


def test_instance_types_example_round_trips() -> None:
    resp = DescribeInstanceTypesResponse.model_validate(INSTANCE_TYPES_EXAMPLE)
    t = resp.instance_types[0]
    assert t.is_ha is True and t.disk_info is not None and t.disk_info.disks[0].disk_count == 4  # type: ignore[index]
    wire = resp.to_wire()
    assert _subset(INSTANCE_TYPES_EXAMPLE, wire)
    assert "isHA" in wire["instanceTypes"][0] and "isHa" not in wire["instanceTypes"][0]
    assert wire["instanceTypes"][0]["vpuCard"] is None  # 2026 field present as null


def test_describe_instances_example_round_trips() -> None:
    resp = DescribeInstancesResponse.model_validate(DESCRIBE_INSTANCES_EXAMPLE)
    inst = resp.data_set[0]
    assert inst.instance_status is InstanceStatus.RUNNING
    assert inst.raid_config is not None and inst.raid_config.custom_raids[0].disk_sequence == [12, 13]  # type: ignore[index]
    assert _subset(DESCRIBE_INSTANCES_EXAMPLE, resp.to_wire())


def test_ipv6_alias_is_read_from_the_wire() -> None:
    inst = InstanceInfo.model_validate({"instanceId": "i", "primaryPublicIPv6Address": "2602:ffe4:1:11::1"})
    assert inst.primary_public_ipv6_address == "2602:ffe4:1:11::1"
    assert inst.to_wire()["primaryPublicIPv6Address"] == "2602:ffe4:1:11::1"


def test_responses_keep_unknown_fields_and_read_sell_status() -> None:
    resp = DescribeAvailableResourcesResponse.model_validate(
        {"availableResources": [{"zoneId": "MOW-B", "instanceTypeId": "MDE", "sellStatus": "SELL", "newField": 1}]}
    )
    assert resp.available_resources[0].sell_status is SellStatus.SELL
    assert resp.available_resources[0].model_extra == {"newField": 1}
    assert resp.to_wire()["availableResources"][0]["newField"] == 1
    # The docs' example says `status` (docs/api-facts.md §12.1): read as sellStatus, written back as sellStatus.
    docs = DescribeAvailableResourcesResponse.model_validate(
        {"availableResources": [{"zoneId": "MOW-B", "instanceTypeId": "MDE", "status": "SOLD_OUT"}]})
    assert docs.available_resources[0].sell_status is SellStatus.SOLD_OUT
    assert docs.to_wire()["availableResources"][0]["sellStatus"] == "SOLD_OUT"


def test_other_documented_responses_parse() -> None:
    images = DescribeImagesResponse.model_validate({"images": [{
        "imageId": "bd5faa16-39d2-4bbf-a5c8-b95a193b1626", "imageName": "CentOS7.4-x86_64", "catalog": "centos",
        "imageType": "PUBLIC_IMAGE", "osType": "linux"}]})
    assert images.to_wire()["images"][0]["osType"] == "linux"
    created = CreateInstancesResponse.model_validate({"requestId": "T1", "instanceIdSet": ["a", "b"], "orderNumber": "o"})
    assert created.to_wire() == {"requestId": "T1", "instanceIdSet": ["a", "b"], "orderNumber": "o"}
    price = InquiryPriceCreateInstanceResponse.model_validate({"instancePrice": {
        "discount": 95.0, "discountPrice": 426.55, "originalPrice": 449.0, "unitPrice": None,
        "discountUnitPrice": None, "chargeUnit": None, "stepPrices": None}})
    assert price.instance_price is not None and price.instance_price.discount_price == 426.55
    # A response's own list reads as a list: absent (or null) is no items.
    assert price.bandwidth_price == [] and price.to_wire()["bandwidthPrice"] == []
    assert InquiryPriceCreateInstanceResponse.model_validate({"bandwidthPrice": None}).bandwidth_price == []
    # Nested lists keep null apart from [] (a round trip is exact).
    assert price.instance_price.step_prices is None


def test_response_models_are_lax_on_numbers() -> None:
    # The real API may send 80 as 80.0: responses accept it, requests (strict) would not.
    t = InstanceType.model_validate({"instanceTypeId": "M9O", "cpuCoreCount": 80.0})
    assert t.cpu_core_count == 80


# --- the error catalogue ---


def test_catalogue_codes_are_unique_and_well_formed() -> None:
    table = errors_module._TABLE
    codes = [e.code for e in table]
    assert len(codes) == len(set(codes)) == len(ERRORS)
    for spec in table:
        assert re.fullmatch(r"[A-Z][A-Z0-9_]+", spec.code), spec.code
        assert 400 <= spec.http_status <= 599, spec
        assert isinstance(spec.documented, bool) and spec.meaning
        assert spec.family in errors_module.ErrorFamily


def test_catalogue_status_families_are_consistent() -> None:
    for spec in ERRORS.values():
        if spec.family is errors_module.ErrorFamily.SERVER:
            assert spec.http_status >= 500
        else:
            assert spec.http_status < 500
        if spec.family is errors_module.ErrorFamily.NOT_FOUND:
            assert spec.http_status == 404


@pytest.mark.parametrize(
    ("code", "status"),
    [
        ("AUTHENTICATION_FAILED", 401), ("SIGNATURE_EXPIRED", 401), ("INVALID_ACTION", 400),
        ("INVALID_API_VERSION", 400), ("INVALID_PATH", 404), ("METHOD_NOT_ALLOWED", 405),
        ("INVALID_REQUEST_BODY", 400), ("REQUEST_ENTITY_TOO_LARGE", 413), ("MISSING_PARAMETER", 400),
        ("INVALID_PARAMETER", 400), ("INVALID_PARAMETER_INSTANCE_NAME_MALFORMED", 400),
        ("OPERATION_DENIED_INSUFFICIENT_BALANCE", 403), ("INVALID_KEY_PAIR_NOT_FOUND", 404),
        ("REQUEST_LIMIT_EXCEEDED", 429), ("INTERNAL_SERVER_ERROR", 500), ("SERVICE_TEMPORARY_UNAVAILABLE", 503),
        ("RESOURCES_SOLDOUT_INSTANCE_TYPE", 400), ("INVALID_INSTANCE_TYPE_ZONE_NO_SELL", 400),
        ("INVALID_PARTITION_IMAGE_NOT_SET", 403), ("OPERATION_FILED_INTERNET_CHARGE_TYPE_NOT_SUPPORT", 403),
    ],
)
def test_design_statuses(code: str, status: int) -> None:
    assert ERRORS[code].http_status == status
    assert ApiError(code, "m").http_status == status


def test_api_error_refuses_unknown_codes() -> None:
    with pytest.raises(KeyError):
        ApiError("NO_SUCH_CODE", "message")
    err = ApiError("INVALID_ZONE_NOT_FOUND", "The specified zoneId `SEL--A` is not found")
    assert err.code == "INVALID_ZONE_NOT_FOUND" and err.http_status == 404
    assert "INVALID_ZONE_NOT_FOUND" in str(err)


def test_client_only_and_retryable_sets() -> None:
    assert not CLIENT_ONLY_CODES & set(ERRORS)
    assert set(ERRORS) >= RETRYABLE_CODES
    assert all(ERRORS[c].http_status in (429, 503) for c in RETRYABLE_CODES)
