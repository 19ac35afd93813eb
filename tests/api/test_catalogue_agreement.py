"""The hand-written API knowledge (zltoolkit.api: actions, structures, enums, limits, errors) agrees with the
catalogue."""

from __future__ import annotations

import enum
import typing
from typing import Any

import pytest
from pydantic import BaseModel

from zltoolkit.api import enums, limits
from zltoolkit.api.actions import ACTIONS
from zltoolkit.api.base import RequestModel
from zltoolkit.api.catalogue import CLIENT_DEFAULT_API_VERSION, load
from zltoolkit.api.errors import ERRORS


def _enum_of(annotation: Any) -> type[enum.Enum] | None:
    """The Enum class inside ``annotation`` (``X | None``, ``list[X]``, ``X | str``), if any."""
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return annotation
    for arg in typing.get_args(annotation):
        found = _enum_of(arg)
        if found is not None:
            return found
    return None


def _wire_fields(model: type[BaseModel]) -> dict[str, Any]:
    out = {}
    for name, info in model.model_fields.items():
        wire = info.serialization_alias or info.alias or name
        out[wire] = info
    out.pop("requestId", None)
    return out


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_hand_written_request_models_agree(action: str) -> None:
    struct = load().request(action)
    for wire, info in _wire_fields(ACTIONS[action].request).items():
        field = struct.field(wire)
        assert field.required == info.is_required(), (action, wire)
        hand_enum = _enum_of(info.annotation)
        assert (hand_enum.__name__ if hand_enum else None) == field.enum, (action, wire)


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_hand_written_response_models_agree(action: str) -> None:
    cat = load()
    seen: set[type[BaseModel]] = set()

    def walk(model: type[BaseModel], struct_name: str) -> None:
        if model in seen:
            return
        seen.add(model)
        struct = cat.structs[struct_name]
        for wire, info in _wire_fields(model).items():
            field = struct.field(wire)
            hand_enum = _enum_of(info.annotation)
            if hand_enum is not None:
                assert hand_enum.__name__ == field.enum, (struct_name, wire)
            nested = [a for a in typing.get_args(info.annotation) or (info.annotation,)
                      for a in (typing.get_args(a) or (a,))
                      if isinstance(a, type) and issubclass(a, BaseModel)]
            for n in nested:
                assert field.is_struct, (struct_name, wire)
                walk(n, field.type)

    walk(ACTIONS[action].response, cat.action(action).response)


def test_catalogue_enums_are_the_hand_written_ones() -> None:
    for spec in load().enums.values():
        cls = getattr(enums, spec.python.rsplit(".", 1)[1])
        assert spec.values == tuple(m.value for m in cls)
    by_cluster = load().enums["InternetChargeType"].value_versions
    assert by_cluster == {"ByBandwidthCluster": ("2026-02-01",)}


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_documented_error_codes_of_modelled_actions_are_in_the_error_table(action: str) -> None:
    assert set(load().action(action).errors) <= set(ERRORS)


def test_create_instances_lists_its_documented_errors() -> None:
    codes = load().action("CreateInstances").errors
    assert "INVALID_ZONE_NOT_FOUND" in codes and "RESOURCES_SOLDOUT_INSTANCE_TYPE" in codes


LIMIT_CONSTANTS = {
    ("CreateInstancesRequest", "amount"): {"minimum": limits.AMOUNT_MIN, "maximum": limits.AMOUNT_MAX},
    ("DescribeInstancesRequest", "pageSize"): {"maximum": limits.PAGE_SIZE_MAX},
    ("DescribeInstancesRequest", "instanceIds"): {"max_items": limits.MAX_IDS_PER_CALL},
    ("StartInstancesRequest", "instanceIds"): {"max_items": limits.MAX_IDS_PER_CALL},
    ("DescribeInstanceTypesRequest", "instanceTypeIds"): {"max_items": limits.MAX_IDS_PER_CALL},
    ("CreateInstancesRequest", "instanceName"): {"max_length": limits.NAME_MAX_LEN},
    ("CreateInstancesRequest", "hostname"): {"max_length": limits.NAME_MAX_LEN},
    ("CreateInstancesRequest", "password"): {"min_length": limits.PASSWORD_MIN_LEN,
                                             "max_length": limits.PASSWORD_MAX_LEN},
    ("CreateInstancesRequest", "sshKeys"): {"max_items": limits.SSH_KEYS_MAX},
    ("CreateInstancesRequest", "userData"): {"max_bytes": limits.USER_DATA_MAX_BYTES},
    ("ChargePrepaid", "period"): {"minimum": limits.PERIOD_MIN},
    ("Nic", "wanName"): {"min_length": limits.NIC_NAME_MIN_LEN, "max_length": limits.NIC_NAME_MAX_LEN},
    ("Tag", "key"): {"min_length": limits.TAG_LEN_MIN, "max_length": limits.TAG_LEN_MAX},
    ("DescribeInstancesRequest", "tags"): {"max_items": limits.TAGS_FILTER_MAX},
}


@pytest.mark.parametrize(("struct", "wire"), sorted(LIMIT_CONSTANTS))
def test_limits_are_the_hand_written_ones(struct: str, wire: str) -> None:
    got = load().structs[struct].field(wire).limits
    for key, value in LIMIT_CONSTANTS[struct, wire].items():
        assert getattr(got, key) == value, (struct, wire, key)


def test_version_gates_match_the_version_rules() -> None:
    """rules/versions.py: sshKeys is 2022-11-20 only, ByBandwidthCluster 2026-02-01 only (in requests)."""
    cat = load()
    assert cat.request("CreateInstances").field("sshKeys").versions == ("2022-11-20",)
    assert cat.unsupported_fields("CreateInstances", "2026-02-01", {"sshKeys": ["k"]}) == ["sshKeys"]
    assert cat.unsupported_fields("CreateInstances", "2022-11-20", {"internetChargeType": "ByBandwidthCluster"}) \
        == ["internetChargeType"]
    assert cat.unsupported_fields("CreateInstances", "2026-02-01", {"internetChargeType": "ByBandwidthCluster",
                                                                    "clusterId": "c"}) == []


def test_the_client_default_version_is_the_maintained_one() -> None:
    assert CLIENT_DEFAULT_API_VERSION is enums.ApiVersion.V2026_02_01
    # Every action the hand-written client calls exists in it.
    assert all("2026-02-01" in load().action(a).versions for a in ACTIONS)


def test_request_bases_are_shared() -> None:
    from zltoolkit.api.generated import instances

    assert issubclass(instances.CreateInstancesRequest, RequestModel)
