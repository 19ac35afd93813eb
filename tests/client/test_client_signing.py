"""ZC2-HMAC-SHA256: the test vector of docs/api-facts.md §2.1, and equality with the official SDK on random inputs."""

from __future__ import annotations

import json
import string
import subprocess
import sys
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from zenlayercloud.common.abstract_client import AbstractClient
from zenlayercloud.common.credential import Credential
from zenlayercloud.common.request import BaseRequest

from zltoolkit.api.signing import (
    authorization_header,
    canonical_request,
    parse_authorization,
    payload_hash,
    sign,
    string_to_sign,
    verify_signature,
)
from zltoolkit.client import BearerAuth, ConfigurationError, ZC2HmacAuth

# docs/api-facts.md §2.1.
VECTOR_BODY = b'{"pageSize":10,"pageNum":1,"zoneId":"HKG-A"}'
VECTOR_HOST = "console.zenlayer.com"
VECTOR_TS = "1673361177"
VECTOR_PASSWORD = "Gu5t9xGARNpq86cd98joQYCN3"
VECTOR_KEY_ID = "0D9UtpyKYcHxms5v"
VECTOR = {
    "application/json; charset=utf-8": "efb356c32e55c781e10dc676da59462c22596d82e91c57803666243379555b2f",
    "application/json": "9fdd5117d611874c57b6514c5265c94aee7b716f33906836f9ebda1b56cbc119",
}


def test_vector_intermediate_values() -> None:
    ct = "application/json; charset=utf-8"
    assert payload_hash(VECTOR_BODY) == "5f714687ba91c606d503467766151206392474accd137ffea6dce2420b67c29a"
    assert canonical_request(VECTOR_BODY, ct, VECTOR_HOST).split("\n") == [
        "POST", "/", "", f"content-type:{ct}", f"host:{VECTOR_HOST}", "", "content-type;host",
        "5f714687ba91c606d503467766151206392474accd137ffea6dce2420b67c29a",
    ]
    assert string_to_sign(VECTOR_BODY, ct, VECTOR_HOST, VECTOR_TS) == (
        "ZC2-HMAC-SHA256\n1673361177\n29396f9dfa0f03820b931e8aa06e20cda197e73285ebd76aceb83f7dede493ee")


@pytest.mark.parametrize(("content_type", "signature"), VECTOR.items())
@pytest.mark.parametrize("timestamp", [VECTOR_TS, int(VECTOR_TS)])
@pytest.mark.parametrize("body", [VECTOR_BODY, VECTOR_BODY.decode()])
def test_vector_through_sign(content_type: str, signature: str, timestamp: str | int, body: bytes | str) -> None:
    assert sign(body, content_type, VECTOR_HOST, timestamp, VECTOR_PASSWORD) == signature
    assert verify_signature(signature, body, content_type, VECTOR_HOST, timestamp, VECTOR_PASSWORD)
    assert authorization_header(VECTOR_KEY_ID, VECTOR_PASSWORD, body, content_type, VECTOR_HOST, timestamp) == (
        f"ZC2-HMAC-SHA256 Credential={VECTOR_KEY_ID}, SignedHeaders=content-type;host, Signature={signature}")


def _signed(auth: httpx.Auth, request: httpx.Request) -> httpx.Request:
    flow = auth.sync_auth_flow(request)
    sent = next(flow)
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(200))
    return sent


@pytest.mark.parametrize(("content_type", "signature"), VECTOR.items())
def test_vector_through_auth_on_a_real_request(content_type: str, signature: str) -> None:
    auth = ZC2HmacAuth(VECTOR_KEY_ID, VECTOR_PASSWORD, clock=lambda: 1673361177.9)  # truncated, not rounded
    request = httpx.Request("POST", "https://console.zenlayer.com/api/v2/bmc", content=VECTOR_BODY,
                            headers={"Content-Type": content_type})
    sent = _signed(auth, request)
    assert sent.headers["X-ZC-Timestamp"] == VECTOR_TS
    assert sent.headers["X-ZC-Signature-Method"] == "ZC2-HMAC-SHA256"
    assert sent.headers["Authorization"].endswith(f"Signature={signature}")
    assert parse_authorization(sent.headers["Authorization"]).access_key_id == VECTOR_KEY_ID  # type: ignore[union-attr]


def test_auth_signs_host_with_port_and_reads_body_of_streams() -> None:
    auth = ZC2HmacAuth(" kid ", " pw\n", clock=lambda: 42)  # stripped like the SDKs

    async def go() -> httpx.Request:
        async def body() -> Any:
            yield b'{"a":1}'

        request = httpx.Request("POST", "http://127.0.0.1:8900/api/v2/bmc", content=body(),
                                headers={"content-type": "application/json"})
        flow = auth.async_auth_flow(request)
        return await flow.__anext__()

    import asyncio

    sent = asyncio.run(go())
    assert sent.headers["host"] == "127.0.0.1:8900"
    expected = authorization_header("kid", "pw", b'{"a":1}', "application/json", "127.0.0.1:8900", 42)
    assert sent.headers["Authorization"] == expected


def test_bearer_auth_sends_no_signature_headers() -> None:
    sent = _signed(BearerAuth("  tok  "), httpx.Request("POST", "https://h/api/v2/bmc", content=b"{}"))
    assert sent.headers["Authorization"] == "Bearer tok"
    assert "x-zc-timestamp" not in sent.headers and "x-zc-signature-method" not in sent.headers


@pytest.mark.parametrize("make", [lambda: ZC2HmacAuth("", "pw"), lambda: ZC2HmacAuth("id", "  "),
                                  lambda: BearerAuth(""), lambda: ZC2HmacAuth(None, "pw")])  # type: ignore[arg-type]
def test_blank_credentials_are_refused(make: Any) -> None:
    with pytest.raises(ConfigurationError) as info:
        make()
    assert info.value.code == "CREDENTIAL_VALUE_MISSING"


@pytest.mark.parametrize("key_id", ["k\u00e9y", "a b", "a,b", "a\tb"])
def test_key_ids_that_cannot_travel_in_a_header_are_refused(key_id: str) -> None:
    with pytest.raises(ConfigurationError, match="printable ASCII"):
        ZC2HmacAuth(key_id, "pw")


def test_parse_authorization() -> None:
    parsed = parse_authorization("ZC2-HMAC-SHA256 Credential=AK, SignedHeaders=content-type;host, Signature=ab12")
    assert parsed is not None
    assert (parsed.access_key_id, parsed.signed_headers, parsed.signature) == ("AK", "content-type;host", "ab12")
    assert "ab12" not in repr(parsed)
    assert parse_authorization("ZC2-HMAC-SHA256 Credential=AK,SignedHeaders=content-type;host,Signature=ab") is not None
    for bad in ["", "Bearer x", "ZC2-HMAC-SHA256", "ZC2-HMAC-SHA256 Credential=AK, Signature=ab",
                "ZC2-HMAC-SHA256 Credential=, SignedHeaders=content-type;host, Signature=ab",
                "ZC2-HMAC-SHA256 Credential=A, Credential=B, SignedHeaders=x, Signature=ab",
                "ZC2-HMAC-SHA256 Credential=A, SignedHeaders=x, Signature=ab, Extra=1"]:
        assert parse_authorization(bad) is None, bad


def test_tampering_is_detected() -> None:
    ct, sig = "application/json", VECTOR["application/json"]
    assert not verify_signature(sig, VECTOR_BODY + b" ", ct, VECTOR_HOST, VECTOR_TS, VECTOR_PASSWORD)
    assert not verify_signature(sig, VECTOR_BODY, ct, VECTOR_HOST + ":443", VECTOR_TS, VECTOR_PASSWORD)
    assert not verify_signature(sig, VECTOR_BODY, ct, VECTOR_HOST, "1673361178", VECTOR_PASSWORD)
    assert not verify_signature(sig, VECTOR_BODY, ct, VECTOR_HOST, VECTOR_TS, VECTOR_PASSWORD + "x")
    assert not verify_signature("zz" + sig[2:], VECTOR_BODY, ct, VECTOR_HOST, VECTOR_TS, VECTOR_PASSWORD)
    assert not verify_signature("é", VECTOR_BODY, ct, VECTOR_HOST, VECTOR_TS, VECTOR_PASSWORD)


def test_signing_module_does_not_import_httpx() -> None:
    code = "import sys, zltoolkit.api.signing; print('httpx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# --- property: our Authorization header == the official SDK's, for random inputs ---

_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
    max_leaves=12,
)
_label = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=10)
_hostname = st.one_of(
    st.lists(_label, min_size=1, max_size=4).map(".".join),
    st.sampled_from(["console.zenlayer.com", "localhost", "127.0.0.1", "[::1]"]),
)
_content_type = st.one_of(
    st.sampled_from(["application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8"]),
    st.from_regex(r"[a-z]{1,12}/[a-z0-9.+-]{1,16}(; ?charset=[A-Za-z0-9-]{1,10})?", fullmatch=True),
)
_password = st.text(min_size=1, max_size=40).map(str.strip).filter(bool)  # any text: only an HMAC key
_key_id = st.text(alphabet=string.ascii_letters + string.digits + "-_.", min_size=1, max_size=30)  # a header value


def _sdk_authorization(key_id: str, password: str, body: str, content_type: str, host: str,
                       timestamp: str) -> str:
    """Exactly what AbstractClient._do_api_call sets before it calls _build_zc2_authorization."""
    req = BaseRequest(host=host, method="POST", uri="/api/v2/bmc", header={})
    req.header["x-zc-timestamp"] = timestamp
    req.header["x-zc-signature-method"] = AbstractClient._signature_method
    req.set_host(host)
    req.set_content_type(content_type)
    req.data = body
    stand_in = SimpleNamespace(credential=Credential(key_id, password),
                               _signature_method=AbstractClient._signature_method)
    return AbstractClient._build_zc2_authorization(stand_in, req)  # type: ignore[arg-type]


@settings(max_examples=250, deadline=None)
@given(
    value=_json,
    compact=st.booleans(),
    ascii_only=st.booleans(),
    hostname=_hostname,
    port=st.none() | st.integers(1, 65535),
    https=st.booleans(),
    content_type=_content_type,
    timestamp=st.integers(0, 2**34),
    key_id=_key_id,
    password=_password,
)
def test_authorization_matches_official_sdk(value: Any, compact: bool, ascii_only: bool, hostname: str,
                                            port: int | None, https: bool, content_type: str, timestamp: int,
                                            key_id: str, password: str) -> None:
    body = json.dumps(value, separators=(",", ":") if compact else None, ensure_ascii=ascii_only)
    ours = authorization_header(key_id, password, body.encode("utf-8"), content_type,
                                hostname if port is None else f"{hostname}:{port}", timestamp)
    sdk = _sdk_authorization(key_id, password, body, content_type,
                             hostname if port is None else f"{hostname}:{port}", str(timestamp))
    assert ours == sdk

    # And through ZC2HmacAuth on a real httpx request: the host signed is the Host header httpx sends.
    scheme = "https" if https else "http"
    netloc = hostname if port is None else f"{hostname}:{port}"
    request = httpx.Request("POST", f"{scheme}://{netloc}/api/v2/bmc", content=body.encode("utf-8"),
                            headers={"Content-Type": content_type})
    default_port = 443 if https else 80
    expected_host = hostname if port in (None, default_port) else f"{hostname}:{port}"
    assert request.headers["host"] == expected_host
    sent = _signed(ZC2HmacAuth(key_id, password, clock=lambda: float(timestamp)), request)
    assert sent.headers["Authorization"] == _sdk_authorization(key_id, password, body, content_type,
                                                               expected_host, str(timestamp))
