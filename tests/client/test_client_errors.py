"""Every response maps to a ZenlayerError subclass with code, message, request id and HTTP status."""

from __future__ import annotations

import pickle

import httpx
import pytest
from client_fakes import REQUEST_ID, FakeBMC, FakeTime, err, make_client, ok

from zltoolkit.api import ERRORS, DescribeZonesResponse, ErrorFamily
from zltoolkit.client import (
    AuthenticationError,
    InvalidParameterError,
    NotFoundError,
    OperationDeniedError,
    ProtocolError,
    RateLimitedError,
    ServerError,
    ZenlayerError,
    error_from_response,
)
from zltoolkit.client.errors import family_class


def _envelope(code: str, status: int, message: str = "msg") -> bytes:
    return httpx.Response(status, json={"requestId": REQUEST_ID, "code": code, "message": message}).content


# One documented or mock-defined code per family (docs/api-facts.md §4, docs/architecture.md, wire protocol).
FAMILY_CASES = [
    ("AUTHENTICATION_FAILED", 401, AuthenticationError),
    ("INVALID_INSTANCE_NOT_FOUND", 404, NotFoundError),
    ("INVALID_PARAMETER", 400, InvalidParameterError),
    ("OPERATION_DENIED_INSTANCE_NOT_RUNNING", 403, OperationDeniedError),
    ("REQUEST_LIMIT_EXCEEDED", 429, RateLimitedError),
    ("INTERNAL_SERVER_ERROR", 500, ServerError),
    ("INVALID_ACTION", 400, ProtocolError),
]


def test_every_family_is_covered_by_a_case() -> None:
    assert {ERRORS[code].family for code, _, _ in FAMILY_CASES} == set(ErrorFamily)
    for family in ErrorFamily:
        assert family_class(family).family is family


@pytest.mark.parametrize(("code", "status", "cls"), FAMILY_CASES)
def test_envelope_maps_by_catalogue_family(code: str, status: int, cls: type[ZenlayerError]) -> None:
    error = error_from_response(status, _envelope(code, status, "The thing is wrong"), {})
    assert type(error) is cls
    assert (error.code, error.message, error.request_id, error.http_status) == (
        code, "The thing is wrong", REQUEST_ID, status)
    assert str(error) == f"{code}: The thing is wrong (request id {REQUEST_ID}, HTTP {status})"


def test_catalogue_family_wins_over_http_status() -> None:
    # RESOURCES_SOLDOUT_INSTANCE_TYPE is a 400 but an operation-denied failure, not a bad parameter.
    error = error_from_response(400, _envelope("RESOURCES_SOLDOUT_INSTANCE_TYPE", 400), {})
    assert isinstance(error, OperationDeniedError)


@pytest.mark.parametrize(("status", "cls"), [
    (401, AuthenticationError), (403, OperationDeniedError), (404, NotFoundError), (429, RateLimitedError),
    (500, ServerError), (503, ServerError), (400, InvalidParameterError), (409, InvalidParameterError),
])
def test_unknown_codes_map_by_http_status(status: int, cls: type[ZenlayerError]) -> None:
    error = error_from_response(status, _envelope("SOMETHING_NEW", status), {})
    assert type(error) is cls and error.code == "SOMETHING_NEW" and error.http_status == status


PROXY_PAGE = (b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway"
              b"</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n" + b"<!-- pad -->" * 100)


@pytest.mark.parametrize(("status", "body", "code", "cls", "snippet"), [
    (502, PROXY_PAGE, "HTTP_502", ServerError, "<title>502 Bad Gateway</title>"),
    (500, b"", "HTTP_500", ServerError, "<empty body>"),
    (400, b'{"error": "bad"}', "HTTP_400", InvalidParameterError, '{"error": "bad"}'),
    (400, b'[1, 2, 3]', "HTTP_400", InvalidParameterError, "[1, 2, 3]"),
    (404, b'{"code": 7, "message": "x"}', "HTTP_404", NotFoundError, '"code": 7'),
    (429, b"slow down", "HTTP_429", RateLimitedError, "slow down"),
    (200, b"not json", "INVALID_RESPONSE", ProtocolError, "not json"),
    (200, b'{"requestId": "T1"}', "INVALID_RESPONSE", ProtocolError, "requestId"),
    (301, b"", "HTTP_301", ProtocolError, "<empty body>"),
    (502, b"\xff\xfe\x00garbage", "HTTP_502", ServerError, "garbage"),
])
def test_bodies_without_an_envelope_give_a_clear_error(status: int, body: bytes, code: str,
                                                       cls: type[ZenlayerError], snippet: str) -> None:
    error = error_from_response(status, body, {"content-type": "text/html"})
    assert type(error) is cls
    assert error.code == code and error.http_status == status
    assert f"HTTP {status}" in error.message and snippet in error.message
    assert len(error.message) < 400  # only the start of a big page


def test_security_challenge_and_451() -> None:
    challenge = error_from_response(403, b"<html>challenge</html>", {"CF-Mitigated": "challenge"})
    assert challenge.code == "SECURITY_CHALLENGE" and isinstance(challenge, OperationDeniedError)
    blocked = error_from_response(451, b"", {})
    assert blocked.code == "REQUEST_BLOCKED" and blocked.http_status == 451


@pytest.mark.parametrize(("value", "expected"), [("3", 3.0), (" 1.5 ", 1.5), ("-1", None), ("soon", None),
                                                 ("Wed, 21 Oct 2015 07:28:00 GMT", None), ("nan", None)])
def test_retry_after_header(value: str, expected: float | None) -> None:
    error = error_from_response(429, _envelope("REQUEST_LIMIT_EXCEEDED", 429), {"Retry-After": value})
    assert error.retry_after == expected


def test_errors_pickle_with_their_attributes() -> None:
    error = error_from_response(429, _envelope("REQUEST_LIMIT_EXCEEDED", 429), {"retry-after": "2"})
    error.attempts = 3
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is RateLimitedError
    assert (copy.code, copy.request_id, copy.http_status, copy.retry_after, copy.attempts) == (
        "REQUEST_LIMIT_EXCEEDED", REQUEST_ID, 429, 2.0, 3)
    assert "after 3 attempts" in str(copy)


# --- through the client ---


def test_client_parses_success_into_the_response_model() -> None:
    bmc = FakeBMC(ok({"zoneSet": [{"zoneId": "SEL-A", "zoneName": "Seoul A", "cityName": "Seoul",
                                   "areaName": "Asia", "isCloudRouterAvailable": True, "brandNew": 1}]}))
    with make_client(bmc) as client:
        response = client.describe_zones()
    assert isinstance(response, DescribeZonesResponse)
    assert response.request_id == REQUEST_ID
    assert response.zone_set[0].zone_id == "SEL-A" and response.zone_set[0].is_cloud_router_available is True


def test_client_takes_the_outer_request_id_when_the_inner_one_is_missing() -> None:
    bmc = FakeBMC(httpx.Response(200, json={"requestId": "TOUTER", "response": {}}))
    with make_client(bmc) as client:
        assert client.start_instances(instance_ids=["i-1"]).request_id == "TOUTER"


@pytest.mark.parametrize(("code", "status", "cls"), FAMILY_CASES)
def test_client_raises_the_family_class(code: str, status: int, cls: type[ZenlayerError]) -> None:
    time = FakeTime()
    bmc = FakeBMC(err(status, code, "explained"))
    with make_client(bmc, time, retry=time.policy(max_attempts=1)) as client, pytest.raises(cls) as info:
        client.describe_zones()
    assert (info.value.code, info.value.message, info.value.request_id, info.value.http_status) == (
        code, "explained", REQUEST_ID, status)


@pytest.mark.parametrize("answer", [
    httpx.Response(502, content=PROXY_PAGE, headers={"content-type": "text/html"}),
    httpx.Response(200, content=b""),
    httpx.Response(200, json={"requestId": "T1"}),
    httpx.Response(200, json=[{"response": {}}]),
    httpx.Response(200, json={"requestId": "T1", "response": "oops"}),
    httpx.Response(500, json=["a"]),
])
def test_client_never_leaks_json_or_key_errors(answer: httpx.Response) -> None:
    time = FakeTime()
    with make_client(FakeBMC(answer), time, retry=time.policy(max_attempts=1)) as client, \
            pytest.raises(ZenlayerError) as info:
        client.describe_instances()
    assert info.value.code in {"HTTP_502", "HTTP_500", "INVALID_RESPONSE"}
    assert info.value.http_status == answer.status_code


def test_a_success_that_does_not_fit_the_model_is_a_protocol_error() -> None:
    # Tolerant models accept missing and unknown fields, not a value of another shape.
    bmc = FakeBMC(ok({"zoneSet": [{"zoneId": {"not": "a string"}}]}))
    with make_client(bmc) as client, pytest.raises(ProtocolError) as info:
        client.describe_zones()
    assert info.value.code == "INVALID_RESPONSE" and "zoneSet[0].zoneId" in info.value.message
    assert info.value.request_id == REQUEST_ID


def test_every_code_the_toolkit_raises_is_catalogued() -> None:
    """One source of truth: a code raised anywhere in zltoolkit is the server's (ERRORS) or a client one."""
    import re
    from pathlib import Path

    import zltoolkit
    from zltoolkit.api.errors import CLIENT_HTTP_CODE_PREFIX, CLIENT_ONLY_CODES, ERRORS

    raised: set[str] = set()
    for path in Path(zltoolkit.__file__).parent.rglob("*.py"):
        raised |= set(re.findall(r'Error\(\s*"([A-Z][A-Z0-9_]+)"', path.read_text()))
    assert raised, "the scan found nothing: the pattern no longer matches how errors are raised"
    unknown = {c for c in raised if c not in ERRORS and c not in CLIENT_ONLY_CODES
               and not c.startswith(CLIENT_HTTP_CODE_PREFIX)}
    assert unknown == set()
