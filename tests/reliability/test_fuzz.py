"""Hostile input: thousands of generated requests across every catalogue action of both versions (a shared
budget of examples, tests/reliability/fuzz_budget.py), validly signed so they reach validation and the handlers, plus broken headers, methods, paths and oversized bodies; a share over real HTTP (``MockServer``
with a state file) including raw-socket garbage.

Every answer must be the documented success or error envelope: a 4xx whose status is the catalogue's status
for its code, never a 5xx, never traceback text; afterwards the server still serves (API and control plane).
"""

from __future__ import annotations

import contextlib
import json
import random
import socket
import string
import time
from typing import Any

import pytest
from fuzz_budget import HOSTILE_BODIES_TOTAL, allocate, pairs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_helpers import (
    ACCOUNTS,
    ACTION_NAMES,
    DEMO_KEY,
    DEMO_PASSWORD,
    INSTANCE_IDS,
    MIB,
    OTHER_KEY,
    OTHER_PASSWORD,
    PATH,
    TALLY,
    V2022,
    V2026,
    VERSIONS,
    Sender,
    canonical,
    check_response,
    dumps,
    hostile_object,
    hostile_raw,
    minimal_body,
    scenario_data,
    valid_body,
)

from mockserver.app import create_app, state_of
from mockserver.config import MockConfig
from mockserver.handlers import HANDLERS
from mockserver.handlers.requests import request_model
from mockserver.server import MockServer
from zltoolkit.api import ERRORS
from zltoolkit.api.catalogue import load as load_catalogue

PAIRS = pairs()
BODIES_BUDGET = allocate(PAIRS, HOSTILE_BODIES_TOTAL, set(HANDLERS))
MIN_TOTAL = 5_000
#: Requests sent by raw sockets (not through a Sender).
RAW_SOCKET = {"sent": 0}
SENDERS: list[Sender] = []

SUPPRESS = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example,
            HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture]


def fuzz_settings(n: int) -> Any:
    """``n`` examples from a fixed seed (derandomized: a run is reproducible, and needs no example database)."""
    return settings(deadline=None, max_examples=n, suppress_health_check=SUPPRESS, derandomize=True,
                    database=None, print_blob=True)


def total_sent() -> int:
    return sum(s.sent for s in SENDERS) + RAW_SOCKET["sent"]


def _postpaid_offering() -> tuple[str, str]:
    """A (zone, type) sold POSTPAID with plenty of stock in the default scenario."""
    offers = [o for o in scenario_data()["offerings"] if o["stock"].get("POSTPAID", 0) >= 50]
    o = offers[0]
    return o["zoneId"], o["instanceTypeId"]


def seed_instances(sender: Sender, app: Any) -> None:
    """Some real instances (several accounts, several statuses) for the fuzz to hit."""
    zone, itype = _postpaid_offering()
    base = {"zoneId": zone, "instanceTypeId": itype, "instanceChargeType": "POSTPAID",
            "internetChargeType": "ByBandwidth"}
    made: list[str] = []
    for key, password, amount in ((DEMO_KEY, DEMO_PASSWORD, 6), (OTHER_KEY, OTHER_PASSWORD, 2)):
        r = sender.body("CreateInstances", {**base, "amount": amount, "instanceName": "fuzz"}, key=key,
                        password=password)
        check_response(r, "CreateInstances")
        if r.status_code == 200:
            made += r.json()["response"]["instanceIdSet"]
    state_of(app).backend.clock.advance(3600)
    demo_ids = made[:6]
    if demo_ids:
        check_response(sender.body("StopInstances", {"instanceIds": demo_ids[:2]}), "StopInstances")
        check_response(sender.body("TerminateInstance", {"instanceId": demo_ids[2]}), "TerminateInstance")
    INSTANCE_IDS.extend(made)


@pytest.fixture(scope="module")
def wsgi() -> Any:
    app = create_app(MockConfig(clock="manual", auth=True, seed=11))
    sender = Sender(app=app)
    SENDERS.append(sender)
    seed_instances(sender, app)
    yield sender
    sender.close()


@pytest.fixture(scope="module")
def http_server(tmp_path_factory: pytest.TempPathFactory) -> Any:
    state_file = tmp_path_factory.mktemp("fuzz") / "state.sqlite"
    with MockServer(clock="manual", seed=5, state_file=str(state_file)) as srv:
        sender = Sender(url=srv.url)
        SENDERS.append(sender)
        yield srv, sender
        sender.close()


# --- in-process: bodies per action ---


def test_the_budget_covers_every_action_of_both_versions() -> None:
    catalogue = load_catalogue()
    assert {a for a, _ in PAIRS} == set(catalogue.actions)
    assert len(PAIRS) == sum(len(catalogue.actions_of(v)) for v in VERSIONS)
    assert min(BODIES_BUDGET.values()) >= 6
    assert sum(BODIES_BUDGET.values()) <= HOSTILE_BODIES_TOTAL + 6 * len(PAIRS)  # the floor may add a little


@pytest.mark.parametrize(("action", "version"), PAIRS)
def test_hostile_bodies_per_action(wsgi: Sender, action: str, version: str) -> None:
    """This pair's share of the budget: hostile bodies under its version, never a 5xx, always the envelope."""

    @fuzz_settings(BODIES_BUDGET[action, version])
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        obj = data.draw(hostile_object(action), label="body")
        key, password = ACCOUNTS[data.draw(st.sampled_from([0, 0, 0, 0, 1, 2]), label="account")]
        r = wsgi.send(action, dumps(obj), version=version, key=key, password=password)
        check_response(r, action)
        if data.draw(st.integers(0, 24), label="tick") == 0:  # let lifecycles move on now and then
            state_of(wsgi.app).backend.clock.advance(data.draw(st.sampled_from([1, 30, 90, 600, 86_400])))

    run()


@fuzz_settings(450)
@given(data=st.data())
def test_hostile_raw_text(wsgi: Sender, data: st.DataObject) -> None:
    action = data.draw(st.sampled_from(ACTION_NAMES), label="action")
    raw = data.draw(hostile_raw(action), label="raw")
    r = wsgi.send(action, raw, version=data.draw(st.sampled_from(VERSIONS)))
    check_response(r, action)


# --- in-process: headers, methods, paths ---

TOKEN_CHARS = string.ascii_letters + string.digits + "-_.~!#$&'*+^`|"
CONTENT_TYPES = [None, "", "application/json", "application/json; charset=utf-8", "APPLICATION/JSON",
                 "application/json; charset=latin-1", "application/json;charset=\"UTF-8\"", "text/plain",
                 "application/jsonx", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
                 "application/json;;;", "application/json; charset=", "*/*", "application/xml", " "]
ACTION_VALUES = [None, "", " ", "describezones", "DESCRIBEZONES", "DescribeZones ", " DescribeZones",
                 "DescribeLoadBalancers", "A" * 5000, "Describe\tZones", "../DescribeZones", "__init__"]
VERSION_VALUES = [None, "", V2022, V2026, "2022-11-20 ", "2026-2-1", "v2", "2099-01-01", "0" * 300]
TIMESTAMPS = ["", "abc", "-1", "1e9", " 12", "0", "99999999999999", "1673361177.5", "+1673361177", "0x10"]


@fuzz_settings(500)
@given(data=st.data())
def test_hostile_headers(wsgi: Sender, data: st.DataObject) -> None:
    action = data.draw(st.one_of(st.sampled_from(ACTION_NAMES), st.sampled_from(ACTION_VALUES),
                                 st.text(TOKEN_CHARS, max_size=30)), label="action")
    body_action = canonical(action) or "DescribeZones"
    raw = dumps(data.draw(st.one_of(valid_body(body_action), hostile_object(body_action)), label="body"))
    content_type = data.draw(st.sampled_from(CONTENT_TYPES), label="content_type")
    version = data.draw(st.one_of(st.sampled_from(VERSION_VALUES), st.text(TOKEN_CHARS, max_size=20)), label="v")
    mode = data.draw(st.sampled_from(["hmac", "hmac", "none", "bearer", "bearer_junk", "junk", "bad_ts",
                                      "sig_method", "extra"]), label="auth")
    kw: dict[str, Any] = {"content_type": content_type, "version": version}
    if mode == "none":
        kw["auth"] = None
    elif mode == "bearer":
        kw["auth"] = "bearer"
    elif mode == "bearer_junk":
        kw.update(auth="bearer", token=data.draw(st.text(TOKEN_CHARS + " ", max_size=40)))
    elif mode == "junk":
        kw.update(auth=None, headers={"Authorization": data.draw(st.text(string.printable.strip(), max_size=200))})
    elif mode == "bad_ts":
        kw["timestamp"] = data.draw(st.sampled_from(TIMESTAMPS))
    elif mode == "sig_method":
        kw["headers"] = {"X-ZC-Signature-Method": data.draw(st.sampled_from(
            ["", "HMAC-SHA256", "zc2-hmac-sha256", "ZC2-HMAC_SHA256", "ZC2-HMAC-SHA256 "]))}
    elif mode == "extra":
        names = st.text(TOKEN_CHARS, min_size=1, max_size=20)
        kw["headers"] = data.draw(st.dictionaries(names, st.text(TOKEN_CHARS + " ", max_size=200), max_size=5))
    r = wsgi.send(action, raw, **kw)
    check_response(r, action)


PATHS = ["/", "", "/api", "/api/v2", "/api/v2/bmc/", "/api/v2/BMC", "/api/v2/vm", "/api/v2/bmc/x",
         "//api/v2/bmc", "/api/v2/bmc/..", "/api/v2/bmc%00", "/api/v2/%62mc", "/API/V2/BMC", "/favicon.ico",
         "/api/v2/bmc?action=DescribeZones", "/api/v2/bmc;x"]


@fuzz_settings(160)
@given(data=st.data())
def test_methods_and_paths(wsgi: Sender, data: st.DataObject) -> None:
    method = data.draw(st.sampled_from(["GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "POST"]))
    path = data.draw(st.one_of(st.sampled_from(PATHS),
                               st.text(string.ascii_letters + "/._-%", max_size=40).map(lambda p: "/" + p)))
    if path.startswith("/_mock") or path.strip("/").startswith("_mock"):
        path = "/x" + path
    r = wsgi.send("DescribeZones", b"{}", method=method, path=path)
    check_response(r, "DescribeZones", head=method == "HEAD")
    if method == "HEAD":
        assert r.status_code in (404, 405)


@pytest.mark.parametrize("size", [MIB, MIB + 1, 2 * MIB, 5 * MIB])
@pytest.mark.parametrize("shape", ["string", "array", "garbage"])
def test_oversized_bodies(wsgi: Sender, size: int, shape: str) -> None:
    if shape == "string":
        prefix = b'{"zoneId": "'
        raw = prefix + b"a" * (size - len(prefix) - 2) + b'"}'
    elif shape == "array":
        prefix = b'{"instanceIds": ['
        n = (size - len(prefix) - 2) // 4
        raw = prefix + b'"i",' * n
        raw = raw[:-1] + b"]}"
        raw += b" " * (size - len(raw))
    else:
        raw = bytes(random.Random(size).getrandbits(8) for _ in range(64)) * (size // 64)
        raw += b"x" * (size - len(raw))
    assert len(raw) == size
    r = wsgi.send("DescribeInstances", raw)
    code = check_response(r, "DescribeInstances")
    if size > MIB:
        assert (r.status_code, code) == (413, "REQUEST_ENTITY_TOO_LARGE")
    else:
        assert r.status_code != 413


@pytest.mark.parametrize("depth", [100, 480, 500, 700, 900, 990, 5_000, 200_000])
@pytest.mark.parametrize("kind", ["list", "object"])
def test_deep_nesting_then_the_control_plane_still_reads(depth: int, kind: str) -> None:
    """A body nested just under (or far over) the parser's recursion limit is refused, and the journal and state
    that recorded it can still be read (regression: a recursive redaction failed on bodies ~500 deep)."""
    sender = Sender(app=create_app(MockConfig(clock="manual")))
    SENDERS.append(sender)
    inner = "[" * depth + "]" * depth if kind == "list" else '{"a":' * depth + "0" + "}" * depth
    for action in ("DescribeZones", "CreateInstances"):
        r = sender.send(action, ('{"zoneId": ' + inner + "}").encode())
        assert 400 <= r.status_code < 500
        check_response(r, action)
    for path in ("/_mock/journal", "/_mock/state", "/_mock/health"):
        r = sender.http.get(path)
        assert r.status_code == 200, (path, r.text[:300])
        json.loads(r.text)
    sender.close()


def test_journal_retention_is_bounded_per_request() -> None:
    """Each journaled request may keep a bounded amount of memory, whatever its body parses into."""
    import gc
    import tracemalloc

    sender = Sender(app=create_app(MockConfig(clock="manual", journal_size=1000)))
    SENDERS.append(sender)
    n = (8 * 1024 - 20) // 3
    body = ('{"instanceIds":[' + ",".join(["{}"] * n) + "]}").encode()
    check_response(sender.send("DescribeInstances", body), "DescribeInstances")  # warm caches
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(20):
            check_response(sender.send("DescribeInstances", body), "DescribeInstances")
        gc.collect()
        per_request = (tracemalloc.get_traced_memory()[0] - before) / 20
    finally:
        tracemalloc.stop()
        sender.close()
    assert per_request < 32 * 1024, f"{per_request / 1024:.0f} KiB kept per journaled request"


def test_every_action_reachable_with_a_valid_body(wsgi: Sender) -> None:
    """Sanity check of the generator: a valid body reaches each action of each version (no auth/protocol or
    parameter error): a simulated action runs, any other answers the not-simulated 4xx."""
    rnd = random.Random(3)
    for action, version in PAIRS:
        now = state_of(wsgi.app).backend.clock.now()
        body = _minimal_valid(action, rnd, now) if action in HANDLERS else minimal_body(action, version)
        r = wsgi.send(action, json.dumps(body), version=version)
        code = check_response(r, action)
        assert code not in {"AUTHENTICATION_FAILED", "INVALID_ACTION", "INVALID_REQUEST_BODY", "MISSING_PARAMETER",
                            "INVALID_PARAMETER", "UNSUPPORTED_MEDIA_TYPE"}, (action, version, r.text)
        assert (code == "UNSUPPORTED_OPERATION_NOT_SIMULATED") is (action not in HANDLERS), (action, r.text)


def _minimal_valid(action: str, rnd: random.Random, now: float) -> dict[str, Any]:
    zone, itype = _postpaid_offering()
    iid = INSTANCE_IDS[2] if len(INSTANCE_IDS) > 2 else INSTANCE_IDS[-1]  # the first seeded demo instance
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    window = {"startTime": time.strftime(fmt, time.gmtime(now - 3600)), "endTime": time.strftime(fmt, time.gmtime(now))}
    return {
        "DescribeZones": {},
        "DescribeAvailableResources": {"instanceChargeType": "POSTPAID"},
        "DescribeInstanceTypes": {},
        "DescribeImages": {},
        "InquiryPriceCreateInstance": {"zoneId": zone, "instanceTypeId": itype, "instanceChargeType": "POSTPAID",
                                       "internetChargeType": "ByBandwidth"},
        "DescribeInstances": {"pageSize": 10},
        "CreateInstances": {"zoneId": zone, "instanceTypeId": itype, "instanceChargeType": "POSTPAID",
                            "internetChargeType": "ByBandwidth", "amount": 1},
        "StartInstances": {"instanceIds": [iid]},
        "StopInstances": {"instanceIds": [iid]},
        "RebootInstances": {"instanceIds": [iid]},
        "TerminateInstance": {"instanceId": iid},
        "ReleaseInstances": {"instanceIds": [iid]},
        "RenewInstance": {"instanceId": iid},
        "ReinstallInstance": {"instanceId": iid},
        "ModifyInstancesAttribute": {"instanceIds": [iid], "instanceName": f"n{rnd.randint(0, 99)}"},
        # Instance operations (docs/mock-instance-operations.md): a refusal by status or billing is fine here.
        "ModifyInstanceBandwidth": {"instanceId": iid, "bandwidthOutMbps": 5},
        "InquiryPriceInstanceBandwidth": {"instanceId": iid, "bandwidthOutMbps": 5},
        "CancelInstanceBandwidthDowngrade": {"instanceId": iid},
        "ModifyInstanceTrafficPackage": {"instanceId": iid, "trafficPackageSize": 2.0},
        "InquiryPriceInstanceTrafficPackage": {"instanceId": iid, "trafficPackageSize": 2.0},
        "CancelInstanceTrafficPackageDowngrade": {"instanceId": iid},
        "DescribeInstanceInternetStatus": {"instanceId": iid},
        "ModifyInstancesResourceGroup": {"instanceIds": [iid], "resourceGroupId": "rg-default"},
        "DescribeInstanceTraffic": {"instanceId": iid, **window},
        "DescribeInstancesMonitorHealth": {"instanceIds": [iid]},
        "ResetInstanceIpmiPassword": {"instanceId": iid, "password": "Ipmi-Pass-123~"},
        "DescribeInstanceIpmiUrl": {"instanceId": iid},
        "DescribeManagedInstances": {},
        "DescribeManagedInstanceTraffic": {"instanceId": "mi-7Hc2kQ9x", **window},
        **_network_valid(iid),
    }[action]


def _network_valid(iid: str) -> dict[str, dict[str, Any]]:
    """Valid bodies of the networking actions over the default scenario's seeded objects
    (docs/mock-networking.md); an answer may still be a business error (a state the action refuses)."""
    return {
        "CreateVpc": {"vpcRegionId": "asia", "cidrBlock": "192.168.0.0/16", "vpcName": "v"},
        "DeleteVpc": {"vpcId": "vpc-demo-asia"},
        "DescribeVpcAvailableRegions": {},
        "DescribeVpcs": {},
        "ModifyVpcsAttribute": {"vpcIds": ["vpc-demo-asia"], "vpcName": "n"},
        "ModifyVpcsResourceGroup": {"vpcIds": ["vpc-demo-asia"], "resourceGroupId": "rg-production"},
        "CreateSubnet": {"zoneId": "SEL-A", "cidrBlock": "192.168.3.0/24", "subnetName": "s"},
        "DeleteSubnet": {"subnetId": "subnet-demo-tyo-a"},
        "DescribeSubnets": {},
        "DescribeSubnetAvailableResources": {},
        "AssociateSubnetInstances": {"subnetId": "subnet-demo-sel-a", "subnetInstanceList": [{"instanceId": iid}]},
        "UnAssociateSubnetInstance": {"subnetId": "subnet-demo-sel-a", "instanceId": iid},
        "AssociateVpcSubnet": {"subnetId": "subnet-demo-sel-a", "vpcId": "vpc-demo-asia"},
        "ModifySubnetsAttribute": {"subnetIds": ["subnet-demo-sel-a"], "subnetName": "n"},
        "ModifySubnetsResourceGroup": {"subnetIds": ["subnet-demo-sel-a"], "resourceGroupId": "rg-production"},
        "AllocateEipAddresses": {"zoneId": "SEL-A", "eipChargeType": "POSTPAID"},
        "AssociateEipAddress": {"eipId": "eip-demo-tyo-a", "instanceId": iid},
        "UnAssociateEipAddress": {"eipId": "eip-demo-tyo-a"},
        "TerminateEipAddress": {"eipId": "eip-demo-lax-a"},
        "ReleaseEipAddresses": {"eipIds": ["eip-demo-lax-a"]},
        "RenewEipAddress": {"eipId": "eip-demo-tyo-a"},
        "DescribeEipAddresses": {},
        "DescribeEipAvailableResources": {"eipChargeType": "POSTPAID"},
        "DescribeInstanceAvailableEipResources": {"instanceId": iid},
        "InquiryPriceCreateEipAddress": {"zoneId": "SEL-A", "eipChargeType": "POSTPAID"},
        "ModifyEipAddressesResourceGroup": {"eipIds": ["eip-demo-tyo-a"], "resourceGroupId": "rg-production"},
        "AllocateDdosIpAddresses": {"zoneId": "SEL-A", "ddosIpChargeType": "POSTPAID"},
        "AssociateDdosIpAddress": {"ddosIpId": "ddos-demo-hkg-a", "instanceId": iid},
        "UnassociateDdosIpAddress": {"ddosIpId": "ddos-demo-hkg-a"},
        "TerminateDdosIpAddress": {"ddosIpId": "ddos-demo-hkg-a"},
        "ReleaseDdosIpAddresses": {"ddosIpIds": ["ddos-demo-hkg-a"]},
        "RenewDdosIpAddress": {"ddosIpId": "ddos-demo-hkg-a"},
        "DescribeDdosIpAddresses": {},
        "DescribeDdosAvailableResources": {},
        "DescribeInstanceAvailableDdosResources": {"instanceId": iid},
        "InquiryPriceCreateDdosIpAddress": {"zoneId": "SEL-A", "ddosIpChargeType": "POSTPAID"},
        "ModifyDdosIpAddressesResourceGroup": {"ddosIpIds": ["ddos-demo-hkg-a"], "resourceGroupId": "rg-production"},
        "CreateIpv4Block": {"zoneId": "SEL-A", "chargeType": "POSTPAID", "netmask": 29},
        "CreateIpv6Block": {"zoneId": "SEL-A"},
        "CreateByoip": {"ipType": "IPv4", "cidr": "45.67.0.0/24", "asn": 64502},
        "BindCidrBlockIps": {"cidrBlockId": "cidr-demo-sel-a", "ipBindList": [{"instanceId": iid, "ip": "128.2.112.3"}]},
        "UnbindCidrBlockIps": {"cidrBlockId": "cidr-demo-sel-a", "ipList": ["128.2.112.3"]},
        "TerminateCidrBlock": {"cidrBlockId": "cidr-demo-v6-sel-a"},
        "ReleaseCidrBlocks": {"cidrBlockIds": ["cidr-demo-sel-a"]},
        "RenewCidrBlock": {"cidrBlockId": "cidr-demo-sel-a"},
        "ModifyCidrBlocksAttribute": {"cidrBlockIds": ["cidr-demo-sel-a"], "name": "n"},
        "DescribeCidrBlocks": {},
        "DescribeCidrBlockIps": {"cidrBlockId": "cidr-demo-sel-a"},
        "DescribeInstanceAvailableCidrBlock": {"instanceId": iid},
        "DescribeAvailableIpv4Resources": {"chargeType": "POSTPAID"},
        "DescribeAvailableIpv6Resources": {},
        "InquiryPriceCreateIpv4Block": {"zoneId": "SEL-A", "chargeType": "POSTPAID", "netmask": 29},
    }


# --- over real HTTP (threaded werkzeug, SQLite state file) ---


@fuzz_settings(150)
@given(data=st.data())
def test_hostile_over_http(http_server: Any, data: st.DataObject) -> None:
    _, sender = http_server
    action = data.draw(st.sampled_from(ACTION_NAMES), label="action")
    obj = data.draw(hostile_object(action), label="body")
    check_response(sender.send(action, dumps(obj), version=data.draw(st.sampled_from(VERSIONS))), action)
    raw = data.draw(hostile_raw(action), label="raw")
    check_response(sender.send(action, raw), action)


def _raw_exchange(port: int, payload: bytes, *, read_timeout: float = 10.0) -> bytes:
    RAW_SOCKET["sent"] += 1
    with socket.create_connection(("127.0.0.1", port), timeout=read_timeout) as s:
        s.sendall(payload)
        with contextlib.suppress(OSError):
            s.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            try:
                chunk = s.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def _parse_raw(reply: bytes) -> tuple[int, dict[str, str], bytes]:
    if not reply.startswith(b"HTTP/"):  # an HTTP/0.9-style request gets a bare body (no status line)
        env = json.loads(reply)
        return ERRORS[env["code"]].http_status, {"content-type": "application/json"}, reply
    head, _, body = reply.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:])}
    return status, headers, body


RAW_REQUESTS = [
    b"GARBAGE\r\n\r\n",
    b"POST /api/v2/bmc HTTP/9.9\r\nHost: x\r\n\r\n",
    b"POST /api/v2/bmc\r\n\r\n",
    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64,  # a TLS ClientHello on the plain port
    b"POST /api/v2/bmc HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n{}",
    b"POST /api/v2/bmc HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}",
    b"POST /api/v2/bmc HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{}",  # body shorter than declared
    b"POST /api/v2/bmc HTTP/1.1\r\nHost: x\r\nX-Long: " + b"a" * 70_000 + b"\r\n\r\n",
    b"POST /api/v2/bmc HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-H%d: v\r\n" % i for i in range(150)) + b"\r\n",
    b"POST /api/v2/bmc HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
    b"POST /api/v2/bmc HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
    b"POST /api/v2/bmc HTTP/1.1\r\nHost: \xff\xfe\r\nX-ZC-Action: Describe\xffZones\r\nAuthorization: Bearer \xff\r\n"
    b"Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
    b"POST /api/v2/bmc HTTP/1.1\r\nHost: x\r\nX-ZC-Action: DescribeZones\r\nX-ZC-Timestamp: \xff1\r\n"
    b"Authorization: ZC2-HMAC-SHA256 Credential=demo-access-key, SignedHeaders=content-type;host, Signature=\xff\r\n"
    b"Content-Length: 2\r\n\r\n{}",
    b"POST /%ff%fe/../api HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
    b"GET /api/v2/bmc?" + b"a=1&" * 2000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    b"POST /api/v2/bmc HTTP/1.1\r\nHost: x\r\n Folded: continuation\r\n\r\n",
    b"POST /api/v2/bmc HTTP/1.0\r\n\r\n",
    b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
]


@pytest.mark.parametrize("payload", RAW_REQUESTS, ids=[f"raw{i}" for i in range(len(RAW_REQUESTS))])
def test_raw_socket_garbage(http_server: Any, payload: bytes) -> None:
    srv, _ = http_server
    reply = _raw_exchange(srv.port, payload)
    if not reply:  # the server may drop a connection it cannot parse at all; that is not an answer
        return
    status, headers, body = _parse_raw(reply)
    assert status < 500, reply[:500]
    assert b"Traceback" not in reply and b'File "' not in reply
    if status >= 400 and body:
        assert headers.get("content-type", "").startswith("application/json"), reply[:400]
        env = json.loads(body.split(b"\r\n")[0] if headers.get("transfer-encoding") else body)
        assert set(env) == {"requestId", "code", "message"}, env


def test_chunked_oversized_body_over_http(http_server: Any) -> None:
    """No Content-Length (chunked): the size limit still holds on what is actually read."""
    srv, sender = http_server

    def chunks() -> Any:
        yield b'{"zoneId": "'
        for _ in range(40):
            yield b"a" * 65536
        yield b'"}'

    sender.sent += 1
    r = sender.http.post(PATH, content=chunks(), headers={"Content-Type": "application/json",
                                                          "X-ZC-Action": "DescribeZones", "X-ZC-Version": V2022})
    assert check_response(r, "DescribeZones") == "REQUEST_ENTITY_TOO_LARGE"


def test_oversized_and_duplicate_headers_over_http(http_server: Any) -> None:
    srv, sender = http_server
    r = sender.send("DescribeZones", b"{}", headers=[("Authorization", "Bearer demo-token")])
    check_response(r, "DescribeZones")
    r = sender.send("DescribeZones", b"{}", headers={"X-Big": "b" * 200_000})
    check_response(r, "DescribeZones")
    r = sender.send("DescribeZones", MIB * b" " + b"{}")
    assert check_response(r, "DescribeZones") == "REQUEST_ENTITY_TOO_LARGE"
    # The connection after a 413 still works (the server closed it; the client reconnects).
    assert sender.send("DescribeZones", b"{}").status_code == 200


# --- the official SDK's request models round-trip through our validation ---


def _sdk_models(version: str) -> Any:
    if version == V2022:
        from zenlayercloud.bmc.v20221120 import models
    else:
        from zenlayercloud.bmc.v20260201 import models
    return models


def _to_sdk(models: Any, cls_name: str, data: dict[str, Any]) -> Any:
    """An SDK model object with ``data`` set attribute by attribute, nested structures as SDK models."""
    obj = getattr(models, cls_name)()
    for key, value in data.items():
        setattr(obj, key, _sdk_value(models, key, value))
    return obj


_NESTED = {"instanceChargePrepaid": "ChargePrepaid", "raidConfig": "RaidConfig", "customRaids": "CustomRaid",
           "partitions": "Partition", "nic": "Nic", "marketingOptions": "MarketingInfo", "tags": "TagAssociation"}


def _sdk_value(models: Any, key: str, value: Any) -> Any:
    cls_name = _NESTED.get(key)
    if key == "tags" and isinstance(value, list):
        cls_name = "Tag"
    if cls_name is not None and hasattr(models, cls_name):
        if isinstance(value, list):
            return [_to_sdk(models, cls_name, v) if isinstance(v, dict) else v for v in value]
        if isinstance(value, dict):
            inner_cls = "Tag" if cls_name == "TagAssociation" else None
            out = getattr(models, cls_name)()
            for k, v in value.items():
                nested = [_to_sdk(models, inner_cls, t) for t in v] if inner_cls and k == "tags" else \
                    _sdk_value(models, k, v)
                setattr(out, k, nested)
            return out
    return value


def _sdk_fields(models: Any, action: str) -> set[str] | None:
    cls = getattr(models, f"{action}Request", None)
    if cls is None:
        return None
    return {k for k in vars(cls()) if not k.startswith("_")}


@pytest.mark.parametrize("version", VERSIONS)
def test_sdk_request_fields_are_accepted_by_our_models(version: str) -> None:
    """Every field the official SDK can send for an action is a field our request model knows."""
    from reliability_helpers import field_names

    models = _sdk_models(version)
    missing = {}
    for action in ACTION_NAMES:
        fields = _sdk_fields(models, action)
        if fields is None:
            continue
        unknown = fields - set(field_names(action))
        if unknown:
            missing[action] = sorted(unknown)
    assert not missing, f"SDK {version} fields our models refuse: {missing}"


@pytest.mark.parametrize("version", VERSIONS)
@fuzz_settings(60)
@given(data=st.data())
def test_sdk_models_round_trip(version: str, data: st.DataObject) -> None:
    models = _sdk_models(version)
    action = data.draw(st.sampled_from([a for a in ACTION_NAMES if hasattr(models, f"{a}Request")]))
    fields = _sdk_fields(models, action) or set()
    body = {k: v for k, v in data.draw(valid_body(action), label="body").items() if k in fields}
    if version == V2026:
        body.pop("sshKeys", None)
    sdk_obj = _to_sdk(models, f"{action}Request", body)
    wire = json.loads(json.dumps(sdk_obj.serialize()))
    assert wire == json.loads(json.dumps(body)), (wire, body)
    request_model(action).model_validate(wire, by_alias=True, by_name=False)  # must be accepted


@pytest.mark.parametrize("version", VERSIONS)
def test_sdk_client_against_the_mock(http_server: Any, version: str) -> None:
    from zenlayercloud.common.config import Config
    from zenlayercloud.common.credential import Credential
    from zenlayercloud.common.excpetion.zenlayer_cloud_sdk_exception import ZenlayerCloudSdkException

    if version == V2022:
        from zenlayercloud.bmc.v20221120.bmc_client import BmcClient
    else:
        from zenlayercloud.bmc.v20260201.bmc_client import BmcClient
    models = _sdk_models(version)
    srv, _ = http_server
    client = BmcClient(Credential(DEMO_KEY, DEMO_PASSWORD), Config(scheme="http", domain=srv.endpoint))
    zone, itype = _postpaid_offering()
    calls = [
        ("DescribeZones", {}),
        ("DescribeAvailableResources", {"instanceChargeType": "POSTPAID", "zoneId": zone}),
        ("InquiryPriceCreateInstance", {"zoneId": zone, "instanceTypeId": itype, "instanceChargeType": "POSTPAID",
                                        "internetChargeType": "ByBandwidth", "internetMaxBandwidthOut": 10}),
        ("DescribeInstances", {"pageSize": 5, "pageNum": 1}),
        ("CreateInstances", {"zoneId": zone, "instanceTypeId": itype, "instanceChargeType": "POSTPAID",
                             "internetChargeType": "ByBandwidth", "amount": 1, "instanceName": "sdk-fuzz",
                             "password": "Password-12345~", "partitions": None}),
        ("DescribeInstances", {"zoneId": "SEL--A"}),
    ]
    for action, body in calls:
        body = {k: v for k, v in body.items() if v is not None}
        request = _to_sdk(models, f"{action}Request", body)
        RAW_SOCKET["sent"] += 1
        try:
            resp = getattr(client, action)(request)
        except ZenlayerCloudSdkException as exc:
            assert exc.code in ERRORS, (action, exc.code, exc.message)
            assert exc.code != "INTERNAL_SERVER_ERROR"
        else:
            assert resp.requestId


def _cheap_hostile(action: str, rnd: random.Random) -> Any:
    """A fast non-hypothesis generator used only to top up the count."""
    names = _field_names(action) or ["x"]
    values: list[Any] = [None, True, -1, 10**30, 1.5, "", "x" * rnd.randint(0, 3000), [], {}, [[[]]], "名前",
                         "\ud800", {"a": [1, {"b": None}]}, "SEL-A", 2**63]
    body: dict[str, Any] = {}
    for name in rnd.sample(names, k=min(len(names), rnd.randint(0, 5))):
        body[name] = rnd.choice(values)
    if rnd.random() < 0.2:
        body["unexpected"] = rnd.choice(values)
    return body if rnd.random() > 0.05 else rnd.choice(values)


def _field_names(action: str) -> list[str]:
    from reliability_helpers import field_names

    return field_names(action)


# --- the storm's total, and the server still serves ---


def test_zz_total_and_still_serving(wsgi: Sender, http_server: Any) -> None:
    """Runs last in this file: tops the storm up to the minimum if some tests were deselected, then checks the
    count and that both servers still answer a valid DescribeZones and their control plane."""
    rnd = random.Random(1234)
    while total_sent() < MIN_TOTAL:
        action = rnd.choice(ACTION_NAMES)
        check_response(wsgi.send(action, dumps(_cheap_hostile(action, rnd))), action)
    total = total_sent()
    print(f"\nfuzz: {total} requests; statuses {dict(sorted(TALLY.statuses.items()))}; "
          f"{len(TALLY.codes)} distinct codes; successes per action {TALLY.actions_ok}")
    assert total >= MIN_TOTAL
    assert TALLY.statuses and max(TALLY.statuses) < 500

    srv, sender = http_server
    for s in (wsgi, sender):
        zones = s.ok("DescribeZones", {})["zoneSet"]
        assert len(zones) >= 30
    # The control plane survives what the storm left in the journal and the state.
    for path in ("/_mock/journal", "/_mock/health"):
        for s in (wsgi, sender):
            r = s.http.get(path)
            assert r.status_code == 200, (path, r.text[:500])
    for s in (wsgi, sender):
        r = s.http.get("/_mock/state")
        assert r.status_code == 200, r.text[:500]
        json.loads(r.text)
