"""Serving over real sockets: MockServer, MockServerClient, HTTP-level errors, and the zl-mock CLI."""

from __future__ import annotations

import json
import os
import re
import select
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from mockserver.server import MockControlError, MockServer, MockServerClient, main
from zltoolkit.api.signing import authorization_header

PASSWORD, TOKEN = "demo-access-key-password", "demo-token"


@pytest.fixture(scope="module")
def server():
    with MockServer(clock="manual") as srv:
        yield srv


@pytest.fixture
def srv(server):
    server.reset()
    return server


def signed(srv: MockServer, action: str, body: dict | None = None, **headers: str) -> httpx.Response:
    raw = json.dumps(body or {}).encode()
    ts = str(int(time.time()))
    h = {"Content-Type": "application/json", "X-ZC-Action": action, "X-ZC-Version": "2022-11-20",
         "X-ZC-Timestamp": ts, "X-ZC-Signature-Method": "ZC2-HMAC-SHA256",
         "Authorization": authorization_header("demo-access-key", PASSWORD, raw, "application/json",
                                               srv.endpoint, ts)}
    h.update(headers)
    return httpx.post(f"{srv.url}/api/v2/bmc", content=raw, headers=h, trust_env=False)


def test_server_basics(srv):
    assert srv.port > 0 and srv.host == "127.0.0.1"
    assert srv.endpoint == f"127.0.0.1:{srv.port}" and srv.url == f"http://127.0.0.1:{srv.port}"
    creds = srv.credentials
    assert creds.access_key_id == "demo-access-key" and creds.access_key_password == PASSWORD
    assert PASSWORD not in repr(creds) and PASSWORD not in repr(srv)
    key_id, password = creds
    assert (key_id, password) == ("demo-access-key", PASSWORD)
    assert srv.app is not None and srv.backend.scenario.name
    r = signed(srv, "DescribeZones")
    assert r.status_code == 200 and r.http_version == "HTTP/1.1"
    assert r.json()["response"]["zoneSet"]


def test_keep_alive(srv):
    with httpx.Client(base_url=srv.url, trust_env=False) as c:
        for _ in range(3):
            r = c.get("/_mock/health")
            assert r.status_code == 200 and r.headers.get("connection", "").lower() != "close"


def test_http_level_garbage_answers_json(srv):
    for payload in (b"GARBAGE\r\n\r\n", b"GET / HTTP/9.9\r\n\r\n", b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n"):
        with socket.create_connection((srv.host, srv.port), timeout=5) as s:
            s.sendall(payload)
            data = b""
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
        if data.startswith(b"HTTP/"):
            head, _, body = data.partition(b"\r\n\r\n")
            assert b"application/json" in head, data[:300]
        else:  # no version in the request line: an HTTP/0.9 answer is the body alone
            body = data
        env = json.loads(body)
        assert set(env) == {"requestId", "code", "message"} and env["code"] == "INVALID_REQUEST_BODY"
        assert b"<html" not in data.lower()


def test_chunked_body_over_limit(srv):
    def gen():
        for _ in range(17):
            yield b"x" * 65536

    r = httpx.post(f"{srv.url}/api/v2/bmc", content=gen(), headers={"X-ZC-Action": "DescribeZones"},
                   trust_env=False)
    assert r.status_code == 413 and r.json()["code"] == "REQUEST_ENTITY_TOO_LARGE"


def test_content_length_over_limit(srv):
    r = httpx.post(f"{srv.url}/api/v2/bmc", content=b"x" * (1024 * 1024 + 1), headers={"X-ZC-Action": "X"},
                   trust_env=False)
    assert r.status_code == 413 and r.json()["code"] == "REQUEST_ENTITY_TOO_LARGE"


def test_control_helpers(srv, tmp_path: Path):
    assert srv.health()["status"] == "ok"
    t0 = srv.now()
    assert srv.advance(60) == pytest.approx(t0 + 60)
    assert srv.set_clock(speed=2.0)["speed"] == 2.0
    assert srv.set_stock("SEL-A", "M6C", "POSTPAID", 0)["sellStatus"] == "SOLD_OUT"
    fid = srv.add_fault(action="DescribeImages", error="INTERNAL_SERVER_ERROR", firstN=1)
    assert [f["id"] for f in srv.faults()] == [fid]
    assert signed(srv, "DescribeImages").status_code == 500
    assert signed(srv, "DescribeImages").status_code == 200
    entries = srv.journal(action="DescribeImages")
    assert [e["status"] for e in entries] == [500, 200]
    assert srv.journal(status=500, limit=5)[0]["faults"] == [fid]
    srv.remove_fault(fid)
    srv.add_fault(latencyMs=0)
    srv.clear_faults()
    assert srv.faults() == []
    srv.clear_journal()
    assert srv.journal() == []
    data = srv.backend.scenario.model_dump(mode="json", by_alias=True)
    data["name"] = "from-file"
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(data))
    srv.load_scenario(path)
    assert srv.health()["scenario"] == "from-file"
    data["name"] = "from-dict"
    srv.load_scenario(data)
    assert srv.health()["scenario"] == "from-dict"
    with pytest.raises(MockControlError) as err:
        srv.advance(-5)
    assert err.value.status == 400 and err.value.code == "INVALID_PARAMETER"
    srv.set_clock(speed=1.0)


def test_instance_state_helpers_route_to_control_plane(srv):
    """export_state/import_state/force_status are thin HTTP calls served by the instances blueprint."""
    try:
        state = srv.export_state()
    except MockControlError as exc:  # the instances blueprint is not there (yet)
        assert exc.status == 404 and exc.code == "INVALID_PATH"
        return
    assert isinstance(state, dict)
    srv.import_state(state)
    with pytest.raises(MockControlError):
        srv.force_status("no-such-instance", "RUNNING")


def test_client_against_admin_token():
    with MockServer(admin_token="tok-123") as srv:
        assert srv.journal() == []  # the in-thread helpers carry the token
        anon = MockServerClient(srv.url)
        assert anon.health()["status"] == "ok"
        with pytest.raises(MockControlError) as err:
            anon.journal()
        assert err.value.status == 401
        anon.close()
    with pytest.raises(RuntimeError):
        _ = srv.port  # stopped


def test_start_stop_idempotent():
    srv = MockServer()
    srv.start()
    srv.start()
    port = srv.port
    assert srv.health()["clock"]["mode"] == "real"
    srv.stop()
    srv.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/_mock/health", trust_env=False, timeout=2)


def test_cli_refuses_remote_without_token(capsys):
    assert main(["--host", "0.0.0.0", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "--admin-token" in err and "--allow-remote" in err


def _read_until(proc: subprocess.Popen, pattern: str, timeout: float = 30.0) -> str:
    out = ""
    deadline = time.monotonic() + timeout
    fd = proc.stdout.fileno()
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            chunk = os.read(fd, 4096).decode()
            if not chunk:
                break
            out += chunk
            if re.search(pattern, out):
                return out
        elif proc.poll() is not None:
            break
    raise AssertionError(f"no {pattern!r} in output: {out!r}")


def test_cli_subprocess():
    proc = subprocess.Popen(
        [sys.executable, "-m", "mockserver", "--port", "0", "--clock", "manual", "--seed", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
    )
    try:
        out = _read_until(proc, r"stops it")
        url = re.search(r"serving (http://127\.0\.0\.1:(\d+))", out).group(1)
        assert "demo-access-key" in out
        for secret in (PASSWORD, TOKEN, "other-access-key-password"):
            assert secret not in out
        client = MockServerClient(url)
        assert client.health()["clock"]["mode"] == "manual"
        before = client.now()
        assert client.advance(10) == pytest.approx(before + 10)
        raw = b"{}"
        ts = str(int(time.time()))
        host = url.removeprefix("http://")
        r = httpx.post(f"{url}/api/v2/bmc", content=raw, trust_env=False, headers={
            "Content-Type": "application/json", "X-ZC-Action": "DescribeZones", "X-ZC-Timestamp": ts,
            "Authorization": authorization_header("demo-access-key", PASSWORD, raw, "application/json", host, ts)})
        assert r.status_code == 200
        client.close()
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            rest = proc.communicate(timeout=20)[0].decode()
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert proc.returncode == 0
    assert "stopped" in rest
    assert PASSWORD not in rest and TOKEN not in rest


def test_cli_bad_scenario_file(tmp_path: Path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "x"}')
    proc = subprocess.run([sys.executable, "-m", "mockserver", "--port", "0", "--scenario", str(bad)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "bad.json" in proc.stderr


def _read_response(f) -> tuple[int, dict[str, str], bytes]:
    status = int(f.readline().split()[1])
    headers: dict[str, str] = {}
    while (line := f.readline()) not in (b"\r\n", b""):
        k, _, v = line.decode().partition(":")
        headers[k.strip().lower()] = v.strip()
    return status, headers, f.read(int(headers.get("content-length", "0")))


def test_keep_alive_survives_unread_bodies(srv):
    """Several requests on one connection, some with bodies the app never reads (404, 405, 413, 401)."""
    requests = [
        (b"POST /nowhere HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world", 404),
        (b"GET /api/v2/bmc HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc", 405),
        (b"POST /api/v2/bmc HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n\r\n" + b"x" * 1048577, 413),
        (b"POST /api/v2/bmc HTTP/1.1\r\nHost: x\r\nX-ZC-Action: DescribeZones\r\nContent-Length: 2\r\n\r\n{}", 401),
        (b"GET /_mock/health HTTP/1.1\r\nHost: x\r\n\r\n", 200),
    ]
    with socket.create_connection((srv.host, srv.port), timeout=10) as s:
        f = s.makefile("rb")
        for raw, expected in requests:
            s.sendall(raw)
            status, headers, body = _read_response(f)
            assert status == expected, body
            assert headers.get("connection", "").lower() != "close"
            assert json.loads(body)


def test_malformed_chunked_body(srv):
    raw = b"POST /api/v2/bmc HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"
    with socket.create_connection((srv.host, srv.port), timeout=10) as s:
        s.sendall(raw)
        status, _, body = _read_response(s.makefile("rb"))
    assert status == 400 and json.loads(body)["code"] == "INVALID_REQUEST_BODY"


def test_serving_start_stop_path(tmp_path: Path):
    """``Serving`` (what zl-mock and MockServer both run): binds on creation, answers once started, and stop
    is idempotent, releases the port and closes the backend; stopping one never started does not hang."""
    from mockserver.app import create_app
    from mockserver.config import MockConfig
    from mockserver.server import Serving

    never = Serving(create_app(MockConfig(port=0, clock="manual")), "127.0.0.1", 0)
    port = never.port
    assert not never.alive()
    never.stop()
    state = tmp_path / "state.sqlite"
    again = Serving(create_app(MockConfig(port=0, clock="manual", state_file=str(state))), "127.0.0.1", port)
    try:
        assert again.url == f"http://127.0.0.1:{port}" and again.endpoint == f"127.0.0.1:{port}"
        again.start()
        assert again.alive()
        assert httpx.get(f"{again.url}/_mock/health", trust_env=False).json()["status"] == "ok"
        assert Path(f"{state}-wal").exists()  # the state file is open
    finally:
        again.stop()
        again.stop()
    assert not again.alive()
    assert not Path(f"{state}-wal").exists()  # the backend closed it (SQLite folds the WAL in on the last close)
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{again.url}/_mock/health", trust_env=False, timeout=2)
