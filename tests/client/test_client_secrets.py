"""Passwords, tokens and signatures never appear in logs, reprs, strs or exception messages."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from client_fakes import (
    ENDPOINT,
    KEY_ID,
    PASSWORD,
    TOKEN,
    FakeBMC,
    err,
    make_async_client,
    make_client,
    ok,
    run,
)

from zltoolkit.client import BearerAuth, Client, ConfigurationError, Credentials, ZC2HmacAuth, ZenlayerError
from zltoolkit.client.config import resolve_credentials

INSTANCE_PASSWORD = "Instance-Pass~77"


def _secrets(requests: list[httpx.Request]) -> list[str]:
    found = [PASSWORD, TOKEN, INSTANCE_PASSWORD]
    for request in requests:
        found.append(request.headers["authorization"].rsplit("=", 1)[-1].removeprefix("Bearer "))
    return found


def _assert_clean(texts: list[str], secrets: list[str]) -> None:
    for text in texts:
        for secret in secrets:
            assert secret not in text, f"secret leaked into: {text[:200]}"


def _everything_logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    out = []
    for record in caplog.records:
        out.append(record.getMessage())
        out.append(repr(record.args))
        if record.exc_text:
            out.append(record.exc_text)
    out.append(caplog.text)
    return out


@pytest.mark.parametrize("auth", ["hmac", "token"])
def test_full_calls_leak_nothing(caplog: pytest.LogCaptureFixture, auth: str) -> None:
    creds: dict[str, Any] = ({"token": TOKEN, "access_key_id": None, "access_key_password": None}
                             if auth == "token" else {})
    bmc = FakeBMC(
        ok({"instanceIdSet": ["i-1"]}),
        err(429, "REQUEST_LIMIT_EXCEEDED"),
        err(403, "OPERATION_DENIED_INSUFFICIENT_BALANCE", "balance too low"),
        httpx.ReadTimeout("timed out"),
    )
    texts: list[str] = []
    with caplog.at_level(logging.DEBUG):
        with make_client(bmc, **creds) as client:
            texts += [repr(client), str(client), repr(client.credentials), str(client.credentials),
                      repr(client._auth), repr(client.retry)]
            create = {"zone_id": "SEL-A", "instance_type_id": "M6C", "instance_charge_type": "POSTPAID",
                      "internet_charge_type": "ByBandwidth", "password": INSTANCE_PASSWORD}
            texts.append(repr(client.create_instances(**create)))
            for _ in range(2):  # a retried-then-denied call, then an ambiguous create
                with pytest.raises(ZenlayerError) as info:
                    client.create_instances(**create)
                texts += [str(info.value), repr(info.value), repr(info.value.args)]
        async def go() -> None:
            async with make_async_client(FakeBMC(err(401, "AUTHENTICATION_FAILED")), **creds) as aclient:
                texts.append(repr(aclient))
                try:
                    await aclient.describe_zones()
                except ZenlayerError as exc:
                    texts.append(str(exc))

        run(go())
    assert any("CreateInstances -> HTTP 200" in r.getMessage() for r in caplog.records)
    assert bmc.calls == 4
    _assert_clean(texts + _everything_logged(caplog), _secrets(bmc.requests))


def test_request_models_and_validation_errors_hide_passwords() -> None:
    from zltoolkit.api.actions import CreateInstancesRequest

    model = CreateInstancesRequest(zone_id="SEL-A", instance_type_id="M6C", instance_charge_type="POSTPAID",
                                   internet_charge_type="ByBandwidth", password=INSTANCE_PASSWORD)
    assert INSTANCE_PASSWORD not in repr(model) and INSTANCE_PASSWORD not in str(model)
    with make_client(FakeBMC()) as client, pytest.raises(ZenlayerError) as info:
        client.create_instances(zone_id=5, password=[INSTANCE_PASSWORD])
    assert INSTANCE_PASSWORD not in str(info.value)


def test_auth_objects_and_credentials_hide_secrets() -> None:
    objects = [ZC2HmacAuth(KEY_ID, PASSWORD), BearerAuth(TOKEN), Credentials(KEY_ID, PASSWORD),
               Credentials(token=TOKEN), Client(ENDPOINT, token=TOKEN),
               Client(ENDPOINT, access_key_id=KEY_ID, access_key_password=PASSWORD)]
    texts = [f(o) for o in objects for f in (repr, str)]
    _assert_clean(texts, [PASSWORD, TOKEN])
    assert KEY_ID in repr(objects[0]) and KEY_ID in repr(objects[2])


def test_credential_errors_do_not_echo_values(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ZENLAYERCLOUD_ACCESS_KEY_ID", "ZENLAYERCLOUD_ACCESS_KEY_PASSWORD", "ZENLAYERCLOUD_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    bad_token = "tok with space SECRET"
    with pytest.raises(ConfigurationError) as info:
        resolve_credentials(token=bad_token)
    assert bad_token not in str(info.value) and "SECRET" not in str(info.value)
