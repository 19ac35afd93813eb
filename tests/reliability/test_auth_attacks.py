"""Authentication attacks: tampering, replay outside the window, wrong keys, header games, cross-account access.

Every refusal is 401 ``AUTHENTICATION_FAILED`` (or ``SIGNATURE_EXPIRED`` for an authentic but stale request),
in the error envelope, and no answer leaks a password, a token, the expected signature or another account's
data. Behaviour decisions taken from the app (documented in each test): the HMAC scheme name is
case-sensitive (``zc2-hmac-sha256`` is refused), ``Bearer`` is not (``bearer``/``BEARER`` work), header
*names* are case-insensitive, a duplicated Authorization header is refused.
"""

from __future__ import annotations

import json
import math
import time
from typing import Any

import httpx
import pytest
from reliability_helpers import (
    BROKE_KEY,
    BROKE_PASSWORD,
    DEMO_KEY,
    DEMO_PASSWORD,
    DEMO_TOKEN,
    OTHER_KEY,
    OTHER_PASSWORD,
    OTHER_TOKEN,
    PATH,
    V2022,
    Sender,
    check_response,
    scenario_data,
)

from mockserver.app import create_app, state_of
from mockserver.config import MockConfig
from mockserver.server import MockServer
from zltoolkit.api.signing import authorization_header, sign

SECRETS = (DEMO_PASSWORD, OTHER_PASSWORD, BROKE_PASSWORD, DEMO_TOKEN, OTHER_TOKEN, "broke-token")
BODY = b'{"pageSize":10,"pageNum":1}'


@pytest.fixture
def api() -> Sender:
    sender = Sender(app=create_app(MockConfig(clock="manual", seed=1)))
    yield sender
    sender.close()


@pytest.fixture(scope="module")
def srv() -> Any:
    with MockServer(clock="manual", seed=2) as server:
        yield server


def refused(r: httpx.Response, code: str = "AUTHENTICATION_FAILED", *, extra_secrets: tuple[str, ...] = ()) -> str:
    """The envelope with ``code`` (HTTP 401) and nothing secret in the answer."""
    assert r.status_code == 401, r.text
    assert check_response(r) == code, r.text
    text = r.text
    for secret in SECRETS + extra_secrets:
        assert secret not in text, f"{secret!r} leaked in {text}"
    assert "acc-demo" not in text and "acc-other" not in text
    return r.json()["message"]


def signed_headers(body: bytes, *, key: str = DEMO_KEY, password: str = DEMO_PASSWORD, host: str = "mock.test",
                   content_type: str = "application/json", ts: int | None = None,
                   action: str = "DescribeInstances") -> dict[str, str]:
    stamp = str(int(time.time()) if ts is None else ts)
    return {
        "Content-Type": content_type, "X-ZC-Action": action, "X-ZC-Version": V2022, "X-ZC-Timestamp": stamp,
        "X-ZC-Signature-Method": "ZC2-HMAC-SHA256",
        "Authorization": authorization_header(key, password, body, content_type, host, stamp),
    }


def expected_signature(body: bytes, host: str, ts: str, password: str = DEMO_PASSWORD,
                       content_type: str = "application/json") -> str:
    return sign(body, content_type, host, ts, password)


# --- tampering ---


def test_baseline_signed_request_works(api: Sender) -> None:
    r = api.http.post(PATH, content=BODY, headers=signed_headers(BODY))
    assert check_response(r, "DescribeInstances") is None


@pytest.mark.parametrize("sent", [b'{"pageSize":11,"pageNum":1}', b'{"pageNum":1,"pageSize":10}',
                                  BODY + b" ", b" " + BODY, b"", b'{"pageSize":10,"pageNum":1,"zoneId":"SEL-A"}'])
def test_tampered_body(api: Sender, sent: bytes) -> None:
    headers = signed_headers(BODY)
    r = api.http.post(PATH, content=sent, headers=headers)
    refused(r, extra_secrets=(expected_signature(sent, "mock.test", headers["X-ZC-Timestamp"]),))


@pytest.mark.parametrize("host", ["evil.test", "mock.test:80", "MOCK.TEST", "mock.test.", "mock.tes", ""])
def test_tampered_host(api: Sender, host: str) -> None:
    headers = signed_headers(BODY, host="mock.test")
    r = api.http.post(PATH, content=BODY, headers={**headers, "Host": host})
    refused(r, extra_secrets=(expected_signature(BODY, host, headers["X-ZC-Timestamp"]),))


def test_tampered_host_over_http(srv: Any) -> None:
    """Over a real socket: signed for 127.0.0.1:port, sent as localhost:port."""
    body = BODY
    port = srv.port
    headers = signed_headers(body, host=f"127.0.0.1:{port}")
    with httpx.Client(base_url=srv.url, trust_env=False) as http:
        assert http.post(PATH, content=body, headers=headers).status_code == 200
        refused(http.post(PATH, content=body, headers={**headers, "Host": f"localhost:{port}"}))
        refused(http.post(PATH, content=body, headers={**headers, "Host": "127.0.0.1"}))


@pytest.mark.parametrize("content_type", ["application/json; charset=utf-8", "application/json ", "APPLICATION/JSON"])
def test_tampered_content_type(api: Sender, content_type: str) -> None:
    headers = signed_headers(BODY, content_type="application/json")
    refused(api.http.post(PATH, content=BODY, headers={**headers, "Content-Type": content_type}))


def test_tampered_timestamp(api: Sender) -> None:
    headers = signed_headers(BODY)
    later = str(int(headers["X-ZC-Timestamp"]) + 1)
    refused(api.http.post(PATH, content=BODY, headers={**headers, "X-ZC-Timestamp": later}))


@pytest.mark.parametrize("signature", ["upper", "truncated", "extended", "empty", "zeros", "non_hex"])
def test_forged_signatures(api: Sender, signature: str) -> None:
    headers = signed_headers(BODY)
    real = expected_signature(BODY, "mock.test", headers["X-ZC-Timestamp"])
    forged = {"upper": real.upper(), "truncated": real[:-1], "extended": real + "0", "empty": "",
              "zeros": "0" * 64, "non_hex": "g" * 64}[signature]
    value = f"ZC2-HMAC-SHA256 Credential={DEMO_KEY}, SignedHeaders=content-type;host, Signature={forged}"
    refused(api.http.post(PATH, content=BODY, headers={**headers, "Authorization": value}), extra_secrets=(real,))


def test_non_ascii_credentials_over_http(srv: Any) -> None:
    """Raw UTF-8 / Latin-1 bytes in the credentials (only possible over a real socket) are refused, not crashed on."""
    host = srv.endpoint
    good = signed_headers(b"{}", action="DescribeZones", host=host)
    rest = [(k.encode(), v.encode()) for k, v in good.items() if k != "Authorization"]
    values = [
        f"ZC2-HMAC-SHA256 Credential={DEMO_KEY}, SignedHeaders=content-type;host, Signature={'é' * 64}".encode(),
        "ZC2-HMAC-SHA256 Credential=démo, SignedHeaders=content-type;host, Signature=00".encode(),
        b"Bearer \xff\xfe", "Bearer démo-token".encode(), b"\xc3\x28",
    ]
    with httpx.Client(base_url=srv.url, trust_env=False) as http:
        for value in values:
            refused(http.post(PATH, content=b"{}", headers=[*rest, (b"Authorization", value)]))


def test_action_header_is_not_covered_by_the_signature(api: Sender) -> None:
    """Protocol fact (§2.1: SignedHeaders=content-type;host): X-ZC-Action and X-ZC-Version are not signed, so
    the mock, like the real API, accepts a captured signed body under another action. Documented here so a
    change to the signing scheme (which would break the official SDKs) is noticed."""
    headers = signed_headers(b"{}", action="DescribeZones")
    r = api.http.post(PATH, content=b"{}", headers={**headers, "X-ZC-Action": "DescribeImages"})
    assert r.status_code == 200 and "images" in r.json()["response"]


# --- replay window ---


def test_replay_outside_the_window_is_expired(api: Sender) -> None:
    now = time.time()
    for ts in (math.floor(now) - 301, math.ceil(now) + 301, 1673361177, 0):
        r = api.send("DescribeZones", b"{}", timestamp=ts)
        refused(r, "SIGNATURE_EXPIRED")


def test_inside_the_window_is_accepted(api: Sender) -> None:
    now = time.time()
    for ts in (math.ceil(now) - 299, math.floor(now) + 299):
        assert api.send("DescribeZones", b"{}", timestamp=ts).status_code == 200


def test_stale_request_with_a_bad_signature_is_not_told_it_is_stale(api: Sender) -> None:
    """The signature is checked first: without the key, nobody learns whether the timestamp was the problem."""
    r = api.send("DescribeZones", b"{}", timestamp=int(time.time()) - 3600, password="wrong-password")
    refused(r, "AUTHENTICATION_FAILED")


def test_window_uses_wall_time_not_the_mock_clock(api: Sender) -> None:
    clock = state_of(api.app).backend.clock
    clock.advance(10 * 86400)
    assert api.send("DescribeZones", b"{}").status_code == 200
    refused(api.send("DescribeZones", b"{}", timestamp=int(clock.now())), "SIGNATURE_EXPIRED")


def test_exact_replay_inside_the_window(api: Sender) -> None:
    """No nonce in the protocol: an identical signed request inside the window is accepted again (reads only
    here); outside the window the same bytes are refused."""
    headers = signed_headers(b"{}", action="DescribeZones")
    for _ in range(2):
        assert api.http.post(PATH, content=b"{}", headers=headers).status_code == 200
    old = signed_headers(b"{}", action="DescribeZones", ts=int(time.time()) - 400)
    refused(api.http.post(PATH, content=b"{}", headers=old), "SIGNATURE_EXPIRED")


# --- keys ---


@pytest.mark.parametrize(("key", "password"), [
    ("nobody-access-key", DEMO_PASSWORD),
    (DEMO_KEY, OTHER_PASSWORD),  # right key id, another account's signature
    (OTHER_KEY, DEMO_PASSWORD),  # another account's key id, our signature
    (BROKE_KEY, DEMO_PASSWORD),
    (DEMO_KEY.upper(), DEMO_PASSWORD),
    (DEMO_TOKEN, DEMO_TOKEN),  # a bearer token is not an access key
    (DEMO_KEY, DEMO_PASSWORD + "x"),
    (DEMO_KEY, DEMO_PASSWORD[:-1]),
])
def test_wrong_keys(api: Sender, key: str, password: str) -> None:
    r = api.send("DescribeInstances", BODY, key=key, password=password)
    refused(r)


def test_each_account_signs_only_for_itself(api: Sender) -> None:
    for key, password in ((DEMO_KEY, DEMO_PASSWORD), (OTHER_KEY, OTHER_PASSWORD), (BROKE_KEY, BROKE_PASSWORD)):
        assert api.send("DescribeZones", b"{}", key=key, password=password).status_code == 200
    ts = str(int(time.time()))
    other_sig = sign(b"{}", "application/json", "mock.test", ts, OTHER_PASSWORD)
    forged = f"ZC2-HMAC-SHA256 Credential={DEMO_KEY}, SignedHeaders=content-type;host, Signature={other_sig}"
    r = api.send("DescribeZones", b"{}", auth=None, headers={"Authorization": forged, "X-ZC-Timestamp": ts,
                                                             "X-ZC-Signature-Method": "ZC2-HMAC-SHA256"})
    refused(r, extra_secrets=(sign(b"{}", "application/json", "mock.test", ts, DEMO_PASSWORD),))


# --- header games ---


def _case_variants(headers: dict[str, str]) -> list[dict[str, str]]:
    def mixed(name: str) -> str:
        return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(name))

    return [{k.lower(): v for k, v in headers.items()}, {k.upper(): v for k, v in headers.items()},
            {mixed(k): v for k, v in headers.items()}]


def test_header_names_are_case_insensitive(api: Sender, srv: Any) -> None:
    for variant in _case_variants(signed_headers(b"{}", action="DescribeZones")):
        assert api.http.post(PATH, content=b"{}", headers=variant).status_code == 200, variant
    host = srv.endpoint
    with httpx.Client(base_url=srv.url, trust_env=False) as http:
        for variant in _case_variants(signed_headers(b"{}", action="DescribeZones", host=host)):
            r = http.post(PATH, content=b"{}", headers=variant)
            assert r.status_code == 200, (variant, r.text)


def test_scheme_names(api: Sender) -> None:
    """``ZC2-HMAC-SHA256`` must be exact (lowercase refused); ``Bearer`` is case-insensitive, as in RFC 6750."""
    headers = signed_headers(b"{}", action="DescribeZones")
    lower = headers["Authorization"].replace("ZC2-HMAC-SHA256", "zc2-hmac-sha256", 1)
    refused(api.http.post(PATH, content=b"{}", headers={**headers, "Authorization": lower}))
    for scheme in ("Bearer", "bearer", "BEARER"):
        r = api.send("DescribeZones", b"{}", auth=None, headers={"Authorization": f"{scheme} {DEMO_TOKEN}"})
        assert r.status_code == 200, (scheme, r.text)


@pytest.mark.parametrize("value", [
    "", " ", "\t", "Bearer", "Bearer ", "Bearer    ", "Bearer\t", "ZC2-HMAC-SHA256", "ZC2-HMAC-SHA256 ",
    "Basic ZGVtbzpkZW1v", "Bearer demo-tok", "Bearer demo-token-x", "Bearer DEMO-TOKEN", "Bearer demo-token demo-token",
    f"Bearer {DEMO_PASSWORD}", f"Bearer {DEMO_KEY}", "Token demo-token", "demo-token",
    "ZC2-HMAC-SHA256 Credential=, SignedHeaders=content-type;host, Signature=",
    f"ZC2-HMAC-SHA256 Credential={DEMO_KEY}, SignedHeaders=host, Signature=00",
    f"ZC2-HMAC-SHA256 Credential={DEMO_KEY}",
])
def test_empty_and_junk_credentials(api: Sender, value: str) -> None:
    refused(api.send("DescribeInstances", BODY, auth=None, headers=[("Authorization", value)]))


def test_missing_authorization_entirely(api: Sender) -> None:
    refused(api.send("DescribeInstances", BODY, auth=None))


def test_duplicated_authorization_headers_over_http(srv: Any) -> None:
    """Two Authorization headers (valid + junk, junk + valid, valid twice) are refused, never half-honoured."""
    host = srv.endpoint
    good = signed_headers(b"{}", action="DescribeZones", host=host)
    rest = [(k, v) for k, v in good.items() if k != "Authorization"]
    pairs = [(good["Authorization"], "Bearer nope"), ("Bearer nope", good["Authorization"]),
             (good["Authorization"], good["Authorization"]), (f"Bearer {DEMO_TOKEN}", f"Bearer {OTHER_TOKEN}")]
    with httpx.Client(base_url=srv.url, trust_env=False) as http:
        for first, second in pairs:
            r = http.post(PATH, content=b"{}", headers=[*rest, ("Authorization", first), ("Authorization", second)])
            refused(r)


def test_duplicated_timestamp_headers_over_http(srv: Any) -> None:
    good = signed_headers(b"{}", action="DescribeZones", host=srv.endpoint)
    rest = [(k, v) for k, v in good.items()]
    with httpx.Client(base_url=srv.url, trust_env=False) as http:
        r = http.post(PATH, content=b"{}", headers=[*rest, ("X-ZC-Timestamp", good["X-ZC-Timestamp"])])
        refused(r)


def test_auth_comes_before_anything_that_reads_the_body(api: Sender) -> None:
    """Unauthenticated callers learn nothing: bad JSON, unknown action, bad version and content type all 401."""
    for kw in ({"raw": b"{not json"}, {"action": "NoSuchAction"}, {"version": "1999-01-01"},
               {"content_type": "text/plain"}):
        action = kw.pop("action", "DescribeInstances")
        raw = kw.pop("raw", BODY)
        refused(api.send(action, raw, auth="bearer", token="nope", **kw))


# --- cross-account access ---


def _offering() -> tuple[str, str]:
    o = next(o for o in scenario_data()["offerings"] if o["stock"].get("POSTPAID", 0) >= 20)
    return o["zoneId"], o["instanceTypeId"]


@pytest.fixture
def demo_instances(api: Sender) -> list[str]:
    zone, itype = _offering()
    resp = api.ok("CreateInstances", {"zoneId": zone, "instanceTypeId": itype, "instanceChargeType": "POSTPAID",
                                      "internetChargeType": "ByBandwidth", "amount": 3, "instanceName": "demo-secret",
                                      "password": "Password-12345~"})
    ids = resp["instanceIdSet"]
    assert len(ids) == 3
    state_of(api.app).backend.clock.advance(3600)
    running = api.ok("DescribeInstances", {"instanceIds": ids})["dataSet"]
    assert {i["instanceStatus"] for i in running} == {"RUNNING"}
    return ids


OTHER_AUTHS = [{"auth": "bearer", "token": OTHER_TOKEN}, {"key": OTHER_KEY, "password": OTHER_PASSWORD}]


@pytest.mark.parametrize("auth", OTHER_AUTHS, ids=["bearer", "hmac"])
def test_other_account_sees_nothing(api: Sender, demo_instances: list[str], auth: dict[str, str]) -> None:
    listing = api.ok("DescribeInstances", {}, **auth)
    assert listing["totalCount"] == 0 and listing["dataSet"] == []
    by_id = api.ok("DescribeInstances", {"instanceIds": demo_instances}, **auth)
    assert by_id["dataSet"] == [] and by_id["totalCount"] == 0
    for filters in ({"instanceName": "demo-secret"}, {"zoneId": _offering()[0]}, {"instanceStatus": "RUNNING"}):
        assert api.ok("DescribeInstances", filters, **auth)["dataSet"] == []


@pytest.mark.parametrize("auth", OTHER_AUTHS, ids=["bearer", "hmac"])
def test_other_account_cannot_touch_them(api: Sender, demo_instances: list[str], auth: dict[str, str]) -> None:
    target = demo_instances[0]
    fake = "i-" + "0" * (len(target) - 2) if target.startswith("i-") else target + "x"
    calls = [
        ("StopInstances", {"instanceIds": [target]}), ("StartInstances", {"instanceIds": [target]}),
        ("RebootInstances", {"instanceIds": [target]}), ("ReleaseInstances", {"instanceIds": [target]}),
        ("TerminateInstance", {"instanceId": target}), ("RenewInstance", {"instanceId": target}),
        ("ReinstallInstance", {"instanceId": target}),
        ("ModifyInstancesAttribute", {"instanceIds": [target], "instanceName": "pwned"}),
    ]
    for action, body in calls:
        r = api.body(action, body, **auth)
        assert r.status_code == 404, (action, r.text)
        assert check_response(r, action) == "INVALID_INSTANCE_NOT_FOUND", (action, r.text)
        text = r.text
        for secret in SECRETS:
            assert secret not in text
        assert "acc-demo" not in text and "demo-secret" not in text
        # The answer for someone else's instance is the answer for one that does not exist (no oracle).
        probe = json.loads(json.dumps(body).replace(target, fake))
        r2 = api.body(action, probe, **auth)
        assert r2.status_code == 404
        assert r.json()["message"].replace(target, "<id>") == r2.json()["message"].replace(fake, "<id>")
    mine = api.ok("DescribeInstances", {"instanceIds": demo_instances})["dataSet"]
    assert {i["instanceStatus"] for i in mine} == {"RUNNING"}
    assert {i["instanceName"] for i in mine} == {"demo-secret"}


def test_mixed_own_and_foreign_ids_are_refused_whole(api: Sender, demo_instances: list[str]) -> None:
    zone, itype = _offering()
    own = api.ok("CreateInstances", {"zoneId": zone, "instanceTypeId": itype, "instanceChargeType": "POSTPAID",
                                     "internetChargeType": "ByBandwidth", "amount": 1},
                 key=OTHER_KEY, password=OTHER_PASSWORD)["instanceIdSet"]
    state_of(api.app).backend.clock.advance(3600)
    r = api.body("StopInstances", {"instanceIds": [own[0], demo_instances[0]]}, key=OTHER_KEY,
                 password=OTHER_PASSWORD)
    assert check_response(r, "StopInstances") == "INVALID_INSTANCE_NOT_FOUND"
    theirs = api.ok("DescribeInstances", {"instanceIds": own}, key=OTHER_KEY, password=OTHER_PASSWORD)["dataSet"]
    assert theirs[0]["instanceStatus"] == "RUNNING"
    mine = api.ok("DescribeInstances", {"instanceIds": demo_instances})["dataSet"]
    assert {i["instanceStatus"] for i in mine} == {"RUNNING"}


def test_unauthenticated_create_changes_nothing(api: Sender) -> None:
    zone, itype = _offering()
    body = {"zoneId": zone, "instanceTypeId": itype, "instanceChargeType": "POSTPAID",
            "internetChargeType": "ByBandwidth", "amount": 2}
    before = api.ok("DescribeAvailableResources", {"instanceChargeType": "POSTPAID", "zoneId": zone,
                                                   "instanceTypeId": itype})
    refused(api.body("CreateInstances", body, password="wrong"))
    refused(api.body("CreateInstances", body, auth="bearer", token="nope"))
    refused(api.body("CreateInstances", body, timestamp=int(time.time()) - 1000), "SIGNATURE_EXPIRED")
    assert api.ok("DescribeInstances", {})["totalCount"] == 0
    after = api.ok("DescribeAvailableResources", {"instanceChargeType": "POSTPAID", "zoneId": zone,
                                                  "instanceTypeId": itype})
    assert before == {**after, "requestId": before["requestId"]}
