"""Secrets stay secret: after a workload that sends instance passwords, userData, access-key signatures and
bearer tokens (good and bad), nothing the mock journals, logs, exports or answers, and nothing the client
shows (repr, str of errors), contains an instance password, userData, an access key password, a token or a
signature. Both an in-thread ``MockServer`` (logs captured at DEBUG) and a ``zl-mock --verbose`` subprocess
(stdout/stderr and its SQLite state file) are scanned. Notebook outputs are scanned by the notebook tests.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from reliability_helpers import DEMO_KEY, DEMO_PASSWORD, DEMO_TOKEN, OTHER_TOKEN, scenario_data

from mockserver.server import DemoCredentials, MockServer
from tools.launcher import MockProcess
from zltoolkit.client import (
    AuthenticationError,
    BearerAuth,
    Client,
    Credentials,
    InvalidParameterError,
    ZC2HmacAuth,
    ZenlayerError,
)

INSTANCE_PW = "Zq7-Secret_Pw1"
REINSTALL_PW = "Rr8~Another2"
BAD_PW = "Unique-Too-Long-Password-Zx9~Q"  # refused by the rules; must not be echoed
USER_DATA_MARK = "USERDATA-7f3a9c-SECRET"
USER_DATA = f"#!/bin/sh\necho {USER_DATA_MARK}\n"
WRONG_PASSWORD = "wrong-key-password-4e1d9"
WRONG_TOKEN = "wrong-token-9b2c51"
IPMI_PW = "Ipmi-Cons0le~7x"  # ResetInstanceIpmiPassword (2026-02-01)
BAD_IPMI_PW = "ipmi-unique-too-weak"  # refused by the password rules; must not be echoed

#: What must never appear anywhere. Signatures sent during the run are added as they are made.
SECRETS = [INSTANCE_PW, REINSTALL_PW, BAD_PW, USER_DATA_MARK, IPMI_PW, BAD_IPMI_PW, DEMO_PASSWORD, DEMO_TOKEN, OTHER_TOKEN,
           WRONG_PASSWORD, WRONG_TOKEN, "other-access-key-password", "broke-access-key-password", "broke-token",
           "showcase-access-key-password", "showcase-token"]


def _offering() -> tuple[str, str, str]:
    d = scenario_data()
    for o in d["offerings"]:
        if o["stock"].get("POSTPAID", 0) >= 20 and "ByBandwidth" in o["internetChargeTypes"]:
            images = [i["imageId"] for i in d["images"] if o["instanceTypeId"] in i["instanceTypeIds"]
                      and i["osType"] == "linux"]
            if images:
                return o["zoneId"], o["instanceTypeId"], images[0]
    raise AssertionError("no suitable offering in the default scenario")


class Recorder:
    """httpx event hooks: every signature/token sent, every response body received."""

    def __init__(self) -> None:
        self.signatures: list[str] = []
        self.responses: list[str] = []

    def on_request(self, request: httpx.Request) -> None:
        auth = request.headers.get("authorization", "")
        if "Signature=" in auth:
            self.signatures.append(auth.rsplit("Signature=", 1)[1].strip())

    def on_response(self, response: httpx.Response) -> None:
        response.read()
        self.responses.append(response.text)

    def http(self) -> httpx.Client:
        return httpx.Client(event_hooks={"request": [self.on_request], "response": [self.on_response]},
                            trust_env=False, timeout=30.0)


def run_workload(url: str, advance: Callable[[float], Any], rec: Recorder) -> list[str]:
    """The workload; returns texts the client side produced (reprs, error strings)."""
    shown: list[str] = []
    zone, itype, image = _offering()
    creds = Credentials(DEMO_KEY, DEMO_PASSWORD)
    with Client(url, credentials=creds, http_client=rec.http()) as client:
        shown += [repr(client), str(client), repr(creds), str(creds), repr(client.credentials),
                  repr(ZC2HmacAuth(DEMO_KEY, DEMO_PASSWORD)), repr(BearerAuth(DEMO_TOKEN))]
        created = client.create_instances(
            zone_id=zone, instance_type_id=itype, instance_charge_type="POSTPAID",
            internet_charge_type="ByBandwidth", amount=2, image_id=image, password=INSTANCE_PW,
            user_data=USER_DATA, instance_name="secret-test", hostname="secret-host")
        ids = list(created.instance_id_set)
        shown.append(repr(created))
        advance(3600)
        listing = client.describe_instances(instance_ids=ids)
        shown.append(repr(listing))
        client.reinstall_instance(instance_id=ids[0], image_id=image, password=REINSTALL_PW, user_data=USER_DATA)
        advance(3600)
        shown.append(repr(client.describe_instances(instance_ids=ids)))
        # Refused by the server's rules: the message names the field, never the value.
        with pytest.raises(ZenlayerError) as info:
            client.create_instances(zone_id=zone, instance_type_id=itype, instance_charge_type="POSTPAID",
                                    internet_charge_type="ByBandwidth", password=BAD_PW)
        shown += [str(info.value), repr(info.value)]
        # Refused by the client before sending: the message must not quote the password either.
        with pytest.raises(InvalidParameterError) as info2:
            client.create_instances(zone_id=zone, instance_type_id=itype, instance_charge_type="POSTPAID",
                                    internet_charge_type="ByBandwidth", password=INSTANCE_PW, amount="two")
        shown += [str(info2.value), repr(info2.value)]
        # The request model itself hides the password and userData.
        from zltoolkit.api import CreateInstancesRequest

        model = CreateInstancesRequest(zone_id=zone, instance_type_id=itype, instance_charge_type="POSTPAID",
                                       internet_charge_type="ByBandwidth", password=INSTANCE_PW, user_data=USER_DATA)
        shown += [repr(model), str(model)]
    with Client(url, token=DEMO_TOKEN, http_client=rec.http()) as bearer:
        shown += [repr(bearer), repr(bearer.credentials)]
        assert bearer.describe_instances(instance_ids=ids).total_count == 2
    for kwargs in ({"access_key_id": DEMO_KEY, "access_key_password": WRONG_PASSWORD}, {"token": WRONG_TOKEN}):
        with Client(url, http_client=rec.http(), **kwargs) as bad, pytest.raises(AuthenticationError) as err:
            bad.describe_zones()
        shown += [repr(bad), str(err.value), repr(err.value), str(err.value.args)]
    # Raw requests that put a password where the mock cannot parse or accept it.
    raw_bodies = [
        json.dumps({"zoneId": zone, "passWord": INSTANCE_PW}),  # unknown field, odd case
        '{"password": "' + INSTANCE_PW + '", ',  # not JSON
        '{"password": "' + INSTANCE_PW + '", "password": "' + INSTANCE_PW + '"}',  # duplicate key
        json.dumps({"instanceId": ids[1], "password": BAD_PW, "userData": USER_DATA}),
    ]
    with Client(url, credentials=creds, http_client=rec.http()) as client:
        http = client._http  # the recorder's client: signatures of these raw sends are recorded too
        host = url.removeprefix("http://")
        import time

        from zltoolkit.api.signing import authorization_header

        for raw in raw_bodies:
            ts = str(int(time.time()))
            action = "CreateInstances" if "zoneId" in raw else "ReinstallInstance"
            http.post(f"{url}/api/v2/bmc", content=raw.encode(), headers={
                "Content-Type": "application/json", "X-ZC-Action": action, "X-ZC-Version": "2022-11-20",
                "X-ZC-Timestamp": ts, "X-ZC-Signature-Method": "ZC2-HMAC-SHA256",
                "Authorization": authorization_header(DEMO_KEY, DEMO_PASSWORD, raw.encode(), "application/json",
                                                      host, ts)})
        # The IPMI password: accepted (2026-02-01), refused by the rules, and sent to a version without the action.
        ipmi_bodies = [
            (json.dumps({"instanceId": ids[0], "password": IPMI_PW}), "2026-02-01"),  # accepted
            (json.dumps({"instanceId": ids[0], "password": BAD_IPMI_PW}), "2026-02-01"),
            (json.dumps({"instanceId": ids[0], "password": IPMI_PW}), "2022-11-20"),
            ('{"instanceId": "x", "password": "' + IPMI_PW + '", ', "2026-02-01"),
        ]
        for n, (raw, version) in enumerate(ipmi_bodies):
            ts = str(int(time.time()))
            r = http.post(f"{url}/api/v2/bmc", content=raw.encode(), headers={
                "Content-Type": "application/json", "X-ZC-Action": "ResetInstanceIpmiPassword",
                "X-ZC-Version": version, "X-ZC-Timestamp": ts, "X-ZC-Signature-Method": "ZC2-HMAC-SHA256",
                "Authorization": authorization_header(DEMO_KEY, DEMO_PASSWORD, raw.encode(), "application/json",
                                                      host, ts)})
            assert (r.status_code == 200) == (n == 0), r.text
        for token in (OTHER_TOKEN, WRONG_TOKEN):
            http.post(f"{url}/api/v2/bmc", content=b"{}", headers={
                "Content-Type": "application/json", "X-ZC-Action": "DescribeInstances",
                "Authorization": f"Bearer {token}"})
        # Clean up: terminate -> RECYCLE -> release.
        for iid in ids:
            client.terminate_instance(instance_id=iid)
        client.release_instances(instance_ids=ids)
    return shown


def scan(where: str, text: str, secrets: list[str]) -> None:
    for secret in secrets:
        assert secret not in text, f"{secret!r} found in {where}: ...{_around(text, secret)}..."


def _around(text: str, secret: str) -> str:
    i = text.find(secret)
    return text[max(0, i - 200): i + len(secret) + 100]


def control_plane_dump(get: Callable[[str], httpx.Response]) -> dict[str, str]:
    out = {}
    for path in ("/_mock/journal", "/_mock/journal?limit=100000", "/_mock/state", "/_mock/instances",
                 "/_mock/invariants", "/_mock/health", "/_mock/faults", "/_mock/clock"):
        r = get(path)
        assert r.status_code == 200, (path, r.text[:300])
        out[path] = r.text
    return out


def instance_secrets(rec: Recorder) -> list[str]:
    return SECRETS + [s for s in rec.signatures if s]


def test_secrets_in_thread_server(caplog: pytest.LogCaptureFixture) -> None:
    for name in ("mockserver", "werkzeug", "zltoolkit", "zltoolkit.client", "httpx", "httpcore", ""):
        caplog.set_level(logging.DEBUG, logger=name)
    rec = Recorder()
    with MockServer(clock="manual", seed=3) as srv:
        shown = run_workload(srv.url, srv.advance, rec)
        shown += [repr(srv), repr(srv.credentials), repr(DemoCredentials(DEMO_KEY, DEMO_PASSWORD)),
                  repr(srv.control)]
        with httpx.Client(base_url=srv.url, trust_env=False) as http:
            dump = control_plane_dump(http.get)
    assert len(rec.signatures) >= 8, "the workload should have signed requests"
    secrets = instance_secrets(rec)
    for path, text in dump.items():
        scan(path, text, [s for s in secrets if path != "/_mock/state" or s in _STATE_CHECKED])
    scan("client-side reprs and error strings", "\n".join(shown), secrets)
    scan("API responses", "\n".join(rec.responses), secrets)
    scan("logs (caplog, DEBUG)", caplog.text, secrets)
    journal = json.loads(dump["/_mock/journal"])["entries"]
    assert any(e["action"] == "CreateInstances" and e["status"] == 200 for e in journal)
    redacted = [e for e in journal if e["body"] and "password" in e["body"]]
    assert redacted and all(e["body"]["password"] == "***" for e in redacted)


#: In the state export: instance logins and what was sent must not be there (see test_state_export_...).
_STATE_CHECKED = {INSTANCE_PW, REINSTALL_PW, BAD_PW, USER_DATA_MARK, WRONG_PASSWORD, WRONG_TOKEN, IPMI_PW, BAD_IPMI_PW}


def test_state_export_holds_no_credentials() -> None:
    """``/_mock/state`` must not hand out the scenario's access key passwords and tokens either."""
    with MockServer(clock="manual") as srv, httpx.Client(base_url=srv.url, trust_env=False) as http:
        text = http.get("/_mock/state").text
    scan("/_mock/state", text, [DEMO_PASSWORD, DEMO_TOKEN, OTHER_TOKEN, "other-access-key-password"])


def test_secrets_in_subprocess_output_and_state_file(tmp_path: Path) -> None:
    state_file = tmp_path / "state.sqlite"
    rec = Recorder()
    proc = MockProcess(clock="manual", state_file=str(state_file), verbose=True, seed=4)
    with proc:
        run_workload(proc.url, proc.control.advance, rec)
        with httpx.Client(base_url=proc.url, trust_env=False) as http:
            control_plane_dump(http.get)
    secrets = instance_secrets(rec)
    output = proc.stdout + "\n" + proc.stderr
    assert "serving http://127.0.0.1:" in output
    assert "CreateInstances" in output or "POST /api/v2/bmc" in output, "--verbose should log requests"
    scan("zl-mock stdout/stderr", output, secrets)
    # The SQLite file (and its WAL) keeps state, never instance logins or what callers sent as credentials.
    blobs = b""
    for path in tmp_path.iterdir():
        blobs += path.read_bytes()
    with sqlite3.connect(state_file) as db:
        tables = [r[0] for r in db.execute("select name from sqlite_master where type='table'")]
        for table in tables:
            for row in db.execute(f'select * from "{table}"'):  # noqa: S608 - table names from sqlite itself
                blobs += repr(row).encode()
    text = blobs.decode("utf-8", "replace")
    scan("state file", text, [s for s in secrets if s in _STATE_CHECKED or s in rec.signatures])
