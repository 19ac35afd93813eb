"""The wire protocol of the mock (in-process): envelopes and every protocol-level failure."""

from __future__ import annotations

import logging
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mockserver.app import check_version_rules
from mockserver.handlers import HANDLERS
from zltoolkit.api import ERRORS, ApiError, CreateInstancesRequest, InquiryPriceCreateInstanceRequest

RID = re.compile(r"^T[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$")


def assert_envelope(r, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"requestId", "code", "message"}
    assert body["code"] == code
    assert ERRORS[code].http_status == status
    assert RID.match(body["requestId"])
    assert "Traceback" not in r.text and "<html" not in r.text.lower()
    return body


def test_success_envelope(api):
    r = api.call("DescribeZones", {})
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    env = r.json()
    assert list(env) == ["requestId", "response"]
    assert RID.match(env["requestId"])
    assert env["response"]["requestId"] == env["requestId"]
    assert env["response"]["zoneSet"]


def test_request_ids_are_unique(api):
    ids = {api.call("DescribeZones").json()["requestId"] for _ in range(20)}
    assert len(ids) == 20


@pytest.mark.parametrize("action", [None, "", "NoSuchAction", "describezones", "DescribeEipAddresse"])
def test_missing_or_unknown_action(api, action):
    headers = {"X-ZC-Action": ""} if action == "" else None
    assert_envelope(api.call(None if action == "" else action, headers=headers), 400, "INVALID_ACTION")


@pytest.mark.parametrize("version", ["2020-01-01", "2022-11-21", "v2", "2026-02-01 "])
def test_unknown_version(api, version):
    assert_envelope(api.call("DescribeZones", version=version), 400, "INVALID_API_VERSION")


def test_missing_version_defaults_to_2022(api):
    assert api.call("DescribeZones", version=None).status_code == 200
    assert api.state.journal.entries()[-1]["version"] == "2022-11-20"


@pytest.mark.parametrize("version", ["2022-11-20", "2026-02-01"])
def test_both_versions_served(api, version):
    """Both versions answer with the superset of fields: isByoipEnabled (2026-02-01's) under 2022-11-20 too."""
    zones = api.ok("DescribeZones", version=version)["zoneSet"]
    assert zones and all("isByoipEnabled" in z for z in zones)
    assert api.state.journal.entries()[-1]["version"] == version


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_wrong_method_on_api_path(api, method):
    r = api.call("DescribeZones", method=method)
    assert_envelope(r, 405, "METHOD_NOT_ALLOWED")


@pytest.mark.parametrize("path", ["/", "/api/v2/bmc/", "/api/v2/vm", "/api/v2/BMC", "/x?y=1", "/_mock/nope"])
def test_unknown_path(api, path):
    assert_envelope(api.call("DescribeZones", path=path), 404, "INVALID_PATH")


def test_unknown_path_get(api):
    assert_envelope(api.http.get("/favicon.ico"), 404, "INVALID_PATH")


@pytest.mark.parametrize(
    "raw",
    [
        b"{",
        b"not json",
        b'{"a":1}trailing',
        b"\xff\xfe{}",
        b'{"zoneId":"\xc3\x28"}',
        b'{"x": NaN}',
        b'{"x": Infinity}',
        b'{"x": -Infinity}',
        b'{"x": 1e999}',
        b'{"a": 1, "a": 2}',
        b'{"o": {"k": 1, "k": 1}}',
        b"[]",
        b'"string"',
        b"42",
        b"null",
        b"  ",
        b"[" * 100_000,
        b'{"x": ' + b"1" * 5000 + b"}",
        b"\xef\xbb\xbf{}",
    ],
)
def test_invalid_bodies(api, raw):
    body = assert_envelope(api.call("DescribeZones", raw=raw), 400, "INVALID_REQUEST_BODY")
    assert raw.decode("latin-1")[:20] not in body["message"] or len(raw) < 3


@pytest.mark.parametrize(
    "raw", [b'{"zoneId": "\\ud800", "instanceChargeType": "PREPAID"}', b'{"\\udfff": 1}', b'{"zoneId": "a\\u0000"}']
)
def test_lone_surrogates_and_nul_are_4xx(api, raw):
    r = api.call("DescribeAvailableResources", raw=raw)
    assert 400 <= r.status_code < 500 and set(r.json()) == {"requestId", "code", "message"}


def test_long_values_are_not_echoed_in_full(api):
    _, code, message = api.err("DescribeAvailableResources", {"instanceChargeType": "PREPAID", "zoneId": "Z" * 5000})
    assert code == "INVALID_ZONE_NOT_FOUND" and len(message) < 200


def test_empty_body_is_an_empty_object(api):
    assert api.call("DescribeZones", raw=b"").status_code == 200


@pytest.mark.parametrize(
    ("content_type", "ok"),
    [
        ("application/json", True),
        ("application/json; charset=utf-8", True),
        ("Application/JSON;charset=UTF-8", True),
        ('application/json; charset="utf-8"', True),
        (None, True),
        ("text/plain", False),
        ("application/x-www-form-urlencoded", False),
        ("multipart/form-data; boundary=x", False),
        ("application/json; charset=latin-1", False),
    ],
)
def test_content_types(api, content_type, ok):
    r = api.call("DescribeZones", {}, content_type=content_type)
    if ok:
        assert r.status_code == 200, r.text
    else:
        assert_envelope(r, 415, "UNSUPPORTED_MEDIA_TYPE")


def test_body_too_large_by_content_length(api):
    raw = b'{"pad":"' + b"x" * (1024 * 1024) + b'"}'
    assert_envelope(api.call("DescribeZones", raw=raw, auth=None), 413, "REQUEST_ENTITY_TOO_LARGE")


def test_body_limit_is_configurable_and_inclusive(make_api):
    api = make_api(max_body_bytes=100)
    fits = b'{"acceptLanguage":"en-US"}' + b" " * (100 - 26)
    assert len(fits) == 100
    assert api.call("DescribeZones", raw=fits).status_code == 200
    assert_envelope(api.call("DescribeZones", raw=fits + b" "), 413, "REQUEST_ENTITY_TOO_LARGE")


def test_unhandled_exception_is_a_generic_500(api, monkeypatch, caplog):
    def boom(ctx, req):
        raise RuntimeError("internal detail 12345")

    monkeypatch.setitem(HANDLERS, "DescribeZones", boom)
    with caplog.at_level(logging.ERROR, logger="mockserver"):
        r = api.call("DescribeZones")
    body = assert_envelope(r, 500, "INTERNAL_SERVER_ERROR")
    assert "12345" not in r.text and "RuntimeError" not in r.text
    assert any("internal detail 12345" in (rec.exc_text or "") or rec.exc_info for rec in caplog.records)
    assert body["requestId"] in caplog.text
    assert api.state.journal.entries()[-1]["code"] == "INTERNAL_SERVER_ERROR"


def test_handler_api_error_uses_catalogue_status(api):
    assert_envelope(
        api.call("DescribeAvailableResources", {"instanceChargeType": "PREPAID", "zoneId": "NOPE-Z"}),
        404, "INVALID_ZONE_NOT_FOUND",
    )


@pytest.mark.parametrize(
    ("body", "code", "field"),
    [
        ({}, "MISSING_PARAMETER", "instanceChargeType"),
        ({"instanceChargeType": "MONTHLY"}, "INVALID_PARAMETER", "instanceChargeType"),
        ({"instanceChargeType": "PREPAID", "zoneId": 5}, "INVALID_PARAMETER", "zoneId"),
        ({"instanceChargeType": "PREPAID", "zoneId": ["SEL-A"]}, "INVALID_PARAMETER", "zoneId"),
        ({"instanceChargeType": "PREPAID", "sellStatus": "ON_SALE"}, "INVALID_PARAMETER", "sellStatus"),
        ({"instanceChargeType": "PREPAID", "zoneid": "SEL-A"}, "INVALID_PARAMETER", "zoneid"),
    ],
)
def test_parameter_validation_names_the_field(api, body, code, field):
    _, got, message = api.err("DescribeAvailableResources", body)
    assert got == code
    assert f"`{field}`" in message


def test_nested_parameter_path(api):
    body = {"zoneId": "SEL-A", "instanceTypeId": "M6C", "instanceChargeType": "PREPAID",
            "internetChargeType": "ByBandwidth", "instanceChargePrepaid": {"period": "1"}}
    _, code, message = api.err("InquiryPriceCreateInstance", body)
    assert code == "INVALID_PARAMETER" and "`instanceChargePrepaid.period`" in message


def test_header_names_are_case_insensitive(api):
    r = api.call(None, {}, version=None, headers={"x-zc-action": "DescribeZones", "X-ZC-VERSION": "2026-02-01"})
    assert r.status_code == 200
    assert api.state.journal.entries()[-1]["version"] == "2026-02-01"


def test_version_rule_bandwidth_cluster_needs_2026(api):
    body = {"zoneId": "SEL-A", "instanceTypeId": "M6C", "instanceChargeType": "POSTPAID",
            "internetChargeType": "ByBandwidthCluster"}
    _, code, message = api.err("InquiryPriceCreateInstance", body, version="2022-11-20")
    assert code == "INVALID_PARAMETER" and "internetChargeType" in message
    assert api.call("InquiryPriceCreateInstance", body, version="2026-02-01").status_code == 200


def test_version_rule_ssh_keys_only_2022():
    model = CreateInstancesRequest.model_validate(
        {"zoneId": "SEL-A", "instanceChargeType": "POSTPAID", "instanceTypeId": "M6C",
         "internetChargeType": "ByBandwidth", "sshKeys": ["ssh-ed25519 AAAA"]}
    )
    check_version_rules(model, "2022-11-20")
    with pytest.raises(ApiError) as err:
        check_version_rules(model, "2026-02-01")
    assert err.value.code == "INVALID_PARAMETER" and "sshKeys" in err.value.message
    ok = InquiryPriceCreateInstanceRequest.model_validate(
        {"zoneId": "SEL-A", "instanceTypeId": "M6C", "instanceChargeType": "POSTPAID",
         "internetChargeType": "ByBandwidth"}
    )
    check_version_rules(ok, "2022-11-20")
    check_version_rules(ok, "2026-02-01")


def test_version_rule_ssh_keys_over_http(api):
    body = {"zoneId": "SEL-A", "instanceChargeType": "POSTPAID", "instanceTypeId": "M6C",
            "internetChargeType": "ByBandwidth", "sshKeys": ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA"]}
    _, code, message = api.err("CreateInstances", body, version="2026-02-01")
    assert code == "INVALID_PARAMETER" and "sshKeys" in message


def test_every_request_is_journaled(api):
    api.call("DescribeZones")
    api.call("Nope")
    api.call("DescribeZones", path="/nowhere")
    api.call("DescribeZones", method="GET")
    api.call("DescribeZones", raw=b"{")
    entries = api.state.journal.entries()
    assert [(e["status"], e["code"]) for e in entries] == [
        (200, None), (400, "INVALID_ACTION"), (404, "INVALID_PATH"), (405, "METHOD_NOT_ALLOWED"),
        (400, "INVALID_REQUEST_BODY"),
    ]
    first = entries[0]
    assert first["action"] == "DescribeZones" and first["accountId"] == "acc-demo"
    assert first["mockTime"] is not None and first["durationMs"] >= 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=300))
def test_fuzz_bytes_never_5xx(api, raw):
    r = api.call("DescribeAvailableResources", raw=raw)
    assert r.status_code < 500
    assert set(r.json()) in ({"requestId", "code", "message"}, {"requestId", "response"})


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
_KEYS = ["zoneId", "instanceTypeId", "instanceChargeType", "internetChargeType", "instanceChargePrepaid",
         "trafficPackageSize", "internetMaxBandwidthOut", "sellStatus", "imageIds", "acceptLanguage",
         "isCloudRouterAvailable", "supportRaids", "minimumCpuCoreCount"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    action=st.sampled_from(["DescribeZones", "DescribeAvailableResources", "DescribeInstanceTypes",
                            "DescribeImages", "InquiryPriceCreateInstance"]),
    body=st.dictionaries(st.sampled_from(_KEYS), _json, max_size=6),
)
def test_fuzz_json_never_5xx(api, action, body):
    r = api.call(action, body)
    assert r.status_code < 500, r.text


@pytest.mark.parametrize("path", ["/%AA", "/api/v2/bmc%FF", "/é"])
def test_odd_paths_are_404_envelopes(api, path):
    assert_envelope(api.call("DescribeZones", path=path), 404, "INVALID_PATH")
