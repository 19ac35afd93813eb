"""Authentication of API requests: ZC2-HMAC-SHA256 and Bearer (docs/api-facts.md §2), and the no-auth mode."""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest

from mockserver.auth import authenticate
from zltoolkit.api import ApiError
from zltoolkit.api.signing import sign

DEMO_PASSWORD, DEMO_TOKEN = "demo-access-key-password", "demo-token"


def code_of(r) -> str:
    return r.json().get("code", "OK") if r.status_code != 200 else "OK"


def test_good_signature(api):
    assert code_of(api.call("DescribeZones", {"acceptLanguage": "en-US"})) == "OK"
    entry = api.state.journal.entries()[-1]
    assert entry["accountId"] == "acc-demo"
    assert entry["auth"] == {"scheme": "ZC2-HMAC-SHA256", "credential": "demo-access-key"}


def test_other_account_key(api):
    api.call("DescribeZones", key="other-access-key", password="other-access-key-password")
    assert api.state.journal.entries()[-1]["accountId"] == "acc-other"


@pytest.mark.parametrize(
    "bend",
    [
        {"sign_body": b'{"acceptLanguage":"zh-CN"}'},  # body tampered after signing
        {"sign_host": "evil.test"},  # signed for another host
        {"key": "no-such-key"},
        {"password": "wrong-password"},
        {"key": "other-access-key"},  # a real key id with the demo password
        {"headers": {"Content-Type": "application/json; charset=utf-8"}},  # content type changed after signing
    ],
)
def test_bad_signatures_are_refused(api, bend):
    r = api.call("DescribeZones", {"acceptLanguage": "en-US"}, **bend)
    assert r.status_code == 401 and code_of(r) == "AUTHENTICATION_FAILED"


def test_messages_never_echo_secrets(api):
    raw = b"{}"
    ts = str(int(time.time()))
    expected = sign(raw, "application/json", api.host, ts, DEMO_PASSWORD)
    r = api.call("DescribeZones", raw=raw, sign_body=b'{"x":1}', timestamp=ts)
    assert r.status_code == 401
    for secret in (DEMO_PASSWORD, expected, DEMO_TOKEN):
        assert secret not in r.text
    r = api.call("DescribeZones", auth="bearer", token=DEMO_TOKEN + "x")
    assert r.status_code == 401 and DEMO_TOKEN not in r.text


@pytest.mark.parametrize("skew", [-301, 301, -3600, 10**6])
def test_stale_or_future_timestamp(api, skew):
    r = api.call("DescribeZones", timestamp=int(time.time()) + skew)
    assert r.status_code == 401 and code_of(r) == "SIGNATURE_EXPIRED"


@pytest.mark.parametrize("skew", [-250, 0, 250])
def test_timestamp_within_window(api, skew):
    assert code_of(api.call("DescribeZones", timestamp=int(time.time()) + skew)) == "OK"


def test_expired_is_only_reported_for_authentic_requests(api):
    r = api.call("DescribeZones", timestamp=int(time.time()) - 3600, password="wrong")
    assert code_of(r) == "AUTHENTICATION_FAILED"


@pytest.mark.parametrize("ts", ["12.5", "abc", "-5", "", "1e9", "0x10"])
def test_malformed_timestamp(api, ts):
    r = api.call("DescribeZones", headers={"X-ZC-Timestamp": ts})
    assert code_of(r) == "AUTHENTICATION_FAILED"


def test_missing_timestamp(api):
    r = api.call("DescribeZones", auth=None, headers={
        "Authorization": "ZC2-HMAC-SHA256 Credential=demo-access-key, SignedHeaders=content-type;host, "
                         "Signature=" + "0" * 64})
    assert code_of(r) == "AUTHENTICATION_FAILED" and "X-ZC-Timestamp" in r.json()["message"]


@pytest.mark.parametrize(
    "authorization",
    [
        "ZC2-HMAC-SHA256 garbage",
        "ZC2-HMAC-SHA256 Credential=demo-access-key, Signature=abc",
        "ZC2-HMAC-SHA256 Credential=demo-access-key, SignedHeaders=content-type;host;x-zc-action, Signature=ab",
        "ZC2-HMAC-SHA1 Credential=demo-access-key, SignedHeaders=content-type;host, Signature=ab",
        "Basic ZGVtbzpkZW1v",
        "Bearer",
        "Bearer    ",
        "",
    ],
)
def test_malformed_authorization(api, authorization):
    r = api.call("DescribeZones", headers={"Authorization": authorization})
    assert r.status_code == 401 and code_of(r) == "AUTHENTICATION_FAILED"


def test_missing_authorization(api):
    assert code_of(api.call("DescribeZones", auth=None)) == "AUTHENTICATION_FAILED"


def test_wrong_signature_method_header(api):
    r = api.call("DescribeZones", headers={"X-ZC-Signature-Method": "ZC2-HMAC_SHA256"})
    assert code_of(r) == "AUTHENTICATION_FAILED"


def test_signature_method_header_is_optional(api):
    r = api.call("DescribeZones", headers={"X-ZC-Signature-Method": ""})
    assert code_of(r) in ("OK", "AUTHENTICATION_FAILED")  # present-but-empty: refused or ignored, never 5xx
    # Truly absent: accepted (the Authorization header names the method).
    import json

    from zltoolkit.api.signing import authorization_header

    ts = str(int(time.time()))
    raw = json.dumps({}).encode()
    r = api.http.post("/api/v2/bmc", content=raw, headers={
        "Content-Type": "application/json", "X-ZC-Action": "DescribeZones", "X-ZC-Timestamp": ts,
        "Authorization": authorization_header("demo-access-key", DEMO_PASSWORD, raw, "application/json",
                                              api.host, ts)})
    assert r.status_code == 200


def test_tolerant_authorization_spacing(api):
    import json

    ts = str(int(time.time()))
    raw = json.dumps({}).encode()
    sig = sign(raw, "application/json", api.host, ts, DEMO_PASSWORD)
    r = api.call("DescribeZones", raw=raw, timestamp=ts, headers={
        "Authorization": f"ZC2-HMAC-SHA256   Signature={sig} ,SignedHeaders=content-type;host,Credential=demo-access-key"})
    assert r.status_code == 200


def test_bearer_tokens(api):
    assert code_of(api.call("DescribeZones", auth="bearer")) == "OK"
    assert api.state.journal.entries()[-1]["auth"] == {"scheme": "Bearer", "credential": None}
    assert code_of(api.call("DescribeZones", auth="bearer", token="other-token")) == "OK"
    assert api.state.journal.entries()[-1]["accountId"] == "acc-other"
    assert code_of(api.call("DescribeZones", auth="bearer", token="nope")) == "AUTHENTICATION_FAILED"
    assert code_of(api.call("DescribeZones", auth="bearer", token="demo-toke")) == "AUTHENTICATION_FAILED"
    r = api.call("DescribeZones", auth=None, headers={"authorization": f"bearer {DEMO_TOKEN}"})
    assert code_of(r) == "OK"


def test_lowercase_header_names(api):
    import json

    from zltoolkit.api.signing import authorization_header

    ts = str(int(time.time()))
    raw = json.dumps({}).encode()
    headers = {
        "content-type": "application/json", "x-zc-action": "DescribeZones", "x-zc-version": "2026-02-01",
        "x-zc-timestamp": ts, "x-zc-signature-method": "ZC2-HMAC-SHA256",
        "authorization": authorization_header("demo-access-key", DEMO_PASSWORD, raw, "application/json",
                                              api.host, ts),
    }
    assert api.http.post("/api/v2/bmc", content=raw, headers=headers).status_code == 200


def test_signature_covers_host_with_port(make_api):
    api_port = make_api(host_header="127.0.0.1:8900")
    assert code_of(api_port.call("DescribeZones")) == "OK"
    assert code_of(api_port.call("DescribeZones", sign_host="127.0.0.1")) == "AUTHENTICATION_FAILED"


def test_content_type_is_signed_verbatim(api):
    ct = "application/json; charset=utf-8"
    assert code_of(api.call("DescribeZones", content_type=ct)) == "OK"


def test_no_auth_mode(make_api):
    api = make_api(auth=False)
    assert code_of(api.call("DescribeZones", auth=None)) == "OK"
    assert api.state.journal.entries()[-1]["accountId"] == "acc-demo"
    # A credential that names an account selects it, even unverified ...
    api.call("DescribeZones", auth="bearer", token="other-token")
    assert api.state.journal.entries()[-1]["accountId"] == "acc-other"
    api.call("DescribeZones", key="other-access-key", password="whatever")
    assert api.state.journal.entries()[-1]["accountId"] == "acc-other"
    # ... and anything else falls back to the first account.
    assert code_of(api.call("DescribeZones", auth="bearer", token="junk")) == "OK"
    assert api.state.journal.entries()[-1]["accountId"] == "acc-demo"
    assert code_of(api.call("DescribeZones", timestamp=1)) == "OK"


def test_auth_runs_before_action_and_version(api):
    r = api.call("NoSuchAction", version="1999-01-01", auth=None)
    assert code_of(r) == "AUTHENTICATION_FAILED"


def test_fact_sheet_test_vector():
    """The English doc's curl example verifies (docs/api-facts.md §2.1)."""
    account = SimpleNamespace(account_id="acc")
    catalog = SimpleNamespace(access_keys={"0D9UtpyKYcHxms5v": (account, "Gu5t9xGARNpq86cd98joQYCN3")}, tokens={})
    body = b'{"pageSize":10,"pageNum":1,"zoneId":"HKG-A"}'
    sig = "efb356c32e55c781e10dc676da59462c22596d82e91c57803666243379555b2f"
    kwargs = dict(
        authorization=f"ZC2-HMAC-SHA256 Credential=0D9UtpyKYcHxms5v, SignedHeaders=content-type;host, Signature={sig}",
        timestamp="1673361177", signature_method="ZC2-HMAC-SHA256",
        content_type="application/json; charset=utf-8", host="console.zenlayer.com", body=body,
    )
    caller = authenticate(catalog, now=1673361177 + 10, **kwargs)
    assert caller.account is account and caller.credential == "0D9UtpyKYcHxms5v"
    with pytest.raises(ApiError) as err:
        authenticate(catalog, now=1673361177 + 301, **kwargs)
    assert err.value.code == "SIGNATURE_EXPIRED"
    with pytest.raises(ApiError) as err:
        authenticate(catalog, now=1673361177, **{**kwargs, "content_type": "application/json"})
    assert err.value.code == "AUTHENTICATION_FAILED"


def test_accounts_see_only_their_own_instances(api):
    body = {"zoneId": "SEL-A", "instanceChargeType": "POSTPAID", "instanceTypeId": "M6C",
            "internetChargeType": "ByBandwidth"}
    [iid] = api.ok("CreateInstances", body)["instanceIdSet"]
    mine = api.ok("DescribeInstances", {"instanceIds": [iid]})
    assert [i["instanceId"] for i in mine["dataSet"]] == [iid]
    theirs = api.ok("DescribeInstances", {"instanceIds": [iid]}, auth="bearer", token="other-token")
    assert theirs["dataSet"] == [] and theirs["totalCount"] == 0
    r = api.call("TerminateInstance", {"instanceId": iid}, key="other-access-key",
                 password="other-access-key-password")
    assert r.status_code == 404 and r.json()["code"] == "INVALID_INSTANCE_NOT_FOUND"
