"""Every catalogue action of both versions reaches the mock: validated by its generated request model and the
version's fields, then simulated (every action but the load balancers') or answered UNSUPPORTED_OPERATION_NOT_SIMULATED; an action of
the other version only, or an unknown name, is INVALID_ACTION. Never a 5xx."""

from __future__ import annotations

import typing
from typing import Any

import pytest
from reliability_helpers import minimal_body

from mockserver.handlers import HANDLERS
from mockserver.handlers.requests import request_model
from zltoolkit.api import ACTIONS
from zltoolkit.api.catalogue import Field, load

V2022, V2026 = "2022-11-20", "2026-02-01"
CATALOGUE = load()
PAIRS = [(a.name, v) for v in (V2022, V2026) for a in CATALOGUE.actions_of(v)]
NOT_SIMULATED = [(a, v) for a, v in PAIRS if a not in HANDLERS]
OTHER_VERSION_ONLY = [(a.name, v) for a in CATALOGUE.actions.values() for v in (V2022, V2026) if v not in a.versions]


def _wrong(f: Field) -> Any:
    if f.is_list:
        return "not-a-list"
    return 12345 if f.type == "string" else "not-of-this-type"


def _fields(action: str, version: str) -> list[Field]:
    return [f for f in CATALOGUE.request(action).fields if version in f.versions]


def test_the_catalogue_is_all_there() -> None:
    assert len(CATALOGUE.actions) == 100
    assert {a for a, _ in PAIRS} == set(CATALOGUE.actions)
    from mockserver.handlers import instance_ops, networking

    assert set(HANDLERS) <= set(CATALOGUE.actions)
    assert len(HANDLERS) == 15 + len(networking.HANDLERS) + len(instance_ops.HANDLERS) == 81
    # Every action but the load balancers' is simulated (docs/mock-instance-operations.md, docs/mock-networking.md).
    assert {a.name for a in CATALOGUE.actions.values() if a.family != "load_balancers"} <= set(HANDLERS)
    assert {"DescribeLoadBalancers", "CreateLoadBalancer"} <= {a for a, _ in NOT_SIMULATED}


@pytest.mark.parametrize(("action", "version"), NOT_SIMULATED)
def test_not_simulated_actions_answer_a_named_4xx(api: Any, action: str, version: str) -> None:
    status, code, message = api.err(action, minimal_body(action, version), version=version)
    assert (status, code) == (400, "UNSUPPORTED_OPERATION_NOT_SIMULATED")
    assert f"`{action}`" in message and "does not simulate" in message


@pytest.mark.parametrize(("action", "version"), PAIRS)
def test_empty_body_is_missing_parameter_when_a_field_is_required(api: Any, action: str, version: str) -> None:
    required = [f.wire for f in _fields(action, version) if f.required]
    r = api.call(action, {}, version=version)
    assert r.status_code < 500, r.text
    if required:
        assert r.status_code == 400 and r.json()["code"] == "MISSING_PARAMETER", r.text
        assert any(f"`{name}`" in r.json()["message"] for name in required), r.text
    elif action not in HANDLERS:
        assert r.json()["code"] == "UNSUPPORTED_OPERATION_NOT_SIMULATED"


@pytest.mark.parametrize(("action", "version"), [(a, v) for a, v in PAIRS if _fields(a, v)])
def test_a_wrong_type_is_invalid_parameter_naming_the_field(api: Any, action: str, version: str) -> None:
    fields = _fields(action, version)
    body = minimal_body(action, version)
    for f in fields:
        status, code, message = api.err(action, {**body, f.wire: _wrong(f)}, version=version)
        assert (status, code) == (400, "INVALID_PARAMETER"), (f.wire, message)
        assert f"`{f.wire}" in message, (f.wire, message)


@pytest.mark.parametrize(("action", "version"), PAIRS)
def test_an_unknown_field_is_invalid_parameter(api: Any, action: str, version: str) -> None:
    body = {**minimal_body(action, version), "noSuchField": 1}
    assert api.err(action, body, version=version)[1:] == ("INVALID_PARAMETER",
                                                          "The parameter `noSuchField` is not recognised.")


@pytest.mark.parametrize(("action", "version"), OTHER_VERSION_ONLY)
def test_an_action_of_the_other_version_only_is_invalid_action(api: Any, action: str, version: str) -> None:
    status, code, message = api.err(action, {}, version=version)
    assert (status, code) == (400, "INVALID_ACTION")
    assert action in message and version in message


def test_the_version_split_is_what_the_sdks_have() -> None:
    """DDoS-IP and the subnet/VPC resource-group moves are 2022-11-20's; IPMI URL/password 2026-02-01's."""
    by = {a: v for a, v in OTHER_VERSION_ONLY}
    assert by["DescribeDdosIpAddresses"] == V2026 and by["ModifyVpcsResourceGroup"] == V2026
    assert by["DescribeInstanceIpmiUrl"] == V2022 and by["ResetInstanceIpmiPassword"] == V2022


@pytest.mark.parametrize("name", ["NoSuchAction", "describezones", "DescribeEipAddresse", "A" * 300])
def test_unknown_names_are_invalid_action(api: Any, name: str) -> None:
    assert api.err(name, {})[:2] == (400, "INVALID_ACTION")


def test_an_sdk_spelling_reaches_its_action(api: Any) -> None:
    """The Go SDK 2022-11-20 spells UnAssociateEipAddress ``UnassociateEipAddress`` (the catalogue's alias): both
    reach the simulated action (docs/mock-networking.md)."""
    for name in ("UnAssociateEipAddress", "UnassociateEipAddress"):
        status, code, message = api.err(name, {"eipId": "eip-1"}, version=V2026)
        assert code == "INVALID_EIP_NOT_FOUND" and "`eip-1`" in message
        assert api.err(name, {"eipId": 5}, version=V2026)[1] == "INVALID_PARAMETER"


@pytest.mark.parametrize(("action", "body", "version", "field"), [
    ("CreateLoadBalancer", {"specName": "x"}, V2026, "specName"),
    ("DescribeBackends", {"instanceType": "x"}, V2022, "instanceType"),
    ("DescribeInstanceAvailableEipResources", {"ipType": "x"}, V2022, "ipType"),
    ("CreateLoadBalancer", {"instanceChargePrepaid": {"period": 1, "periodUnit": "Month"}}, V2026,
     "instanceChargePrepaid.periodUnit"),
    ("CreateByoip", {"tags": {"tags": []}}, V2022, "tags"),
])
def test_a_field_the_version_refuses_is_invalid_parameter(api: Any, action: str, body: dict[str, Any],
                                                          version: str, field: str) -> None:
    full = {**minimal_body(action, version), **body}
    status, code, message = api.err(action, full, version=version)
    assert (status, code) == (400, "INVALID_PARAMETER")
    assert message == f"The parameter `{field}` is not accepted by API version {version}."
    other = V2022 if version == V2026 else V2026
    r = api.call(action, {**minimal_body(action, other), **body}, version=other)  # the other version takes it
    assert r.status_code < 500 and "is not accepted by API version" not in r.text, r.text


def test_version_rules_keep_their_wording(api: Any) -> None:
    body = {"zoneId": "SEL-A", "instanceTypeId": "M6C", "instanceChargeType": "POSTPAID",
            "internetChargeType": "ByBandwidthCluster"}
    _, code, message = api.err("InquiryPriceCreateInstance", body, version=V2022)
    assert code == "INVALID_PARAMETER" and "`internetChargeType` ByBandwidthCluster needs API version" in message
    _, code, message = api.err("CreateInstances", {**body, "internetChargeType": "ByBandwidth", "sshKeys": ["k"]},
                               version=V2026)
    assert code == "INVALID_PARAMETER" and "`sshKeys` is not a parameter of API version 2026-02-01" in message


def test_simulated_actions_validate_as_the_handlers_expect() -> None:
    """Handlers are written against zltoolkit.api's request models and get the generated ones: same wire fields,
    same required flags, same types (by name), nested structures included."""

    def models_in(tp: Any) -> list[Any]:
        if hasattr(tp, "model_fields"):
            return [tp]
        return [m for a in typing.get_args(tp) for m in models_in(a)]

    def shape(model: Any) -> Any:
        out = {}
        for name, f in model.model_fields.items():
            tp = str(f.annotation)
            for a in models_in(f.annotation):
                tp = tp.replace(f"{a.__module__}.{a.__qualname__}", "<struct>")
            out[f.alias or name] = (f.is_required(), tp, [shape(a) for a in models_in(f.annotation)])
        return out

    # The networking and instance-operation handlers are written against the generated models themselves.
    for action in set(HANDLERS) & set(ACTIONS):
        assert shape(request_model(action)) == shape(ACTIONS[action].request), action
