"""kill -9 during a mix of networking calls loses nothing a client was told succeeded: every acknowledged
subnet, elastic IP, association and CIDR block is there after a restart on the same state file, and the
address invariants hold (no address twice, pools know what is held)."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tools.launcher import MockProcess

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import DEMO, IMAGE, PASSWORD, Api, create_body  # noqa: E402


@pytest.mark.slow
def test_sigkill_mid_network_storm_loses_no_accepted_request(tmp_path: Path) -> None:
    f = tmp_path / "state.db"
    proc = MockProcess(state_file=f, clock="manual", seed=5).start()
    api = Api(base_url=proc.url)
    iids = api.ok("CreateInstances", create_body(imageId=IMAGE, password=PASSWORD, amount=8))["instanceIdSet"]
    api.http.post("/_mock/clock/advance", json={"seconds": 3600})
    accepted: dict[str, list[Any]] = {"eip": [], "subnet": [], "block": [], "assoc": []}
    lock = threading.Lock()
    stop = threading.Event()

    def storm(n: int) -> None:
        a = Api(base_url=proc.url)
        k = 0
        while not stop.is_set():
            k += 1
            try:
                if n % 3 == 0:
                    r = a.call("AllocateEipAddresses", {"zoneId": "SEL-A", "eipChargeType": "POSTPAID"}, **DEMO)
                    if r.status_code == 200:
                        with lock:
                            accepted["eip"].extend(r.json()["response"]["eipIdSet"])
                elif n % 3 == 1:
                    cidr = f"192.168.{(n * 40 + k) % 256}.0/24"
                    r = a.call("CreateSubnet", {"zoneId": "SEL-A", "cidrBlock": cidr, "subnetName": "s"}, **DEMO)
                    if r.status_code == 200:
                        with lock:
                            accepted["subnet"].append(r.json()["response"]["subnetId"])
                else:
                    r = a.call("CreateIpv4Block", {"zoneId": "SEL-A", "chargeType": "POSTPAID", "netmask": 29}, **DEMO)
                    if r.status_code == 200:
                        with lock:
                            accepted["block"].extend(r.json()["response"]["cidrBlockIds"])
                if n == 0 and k % 4 == 0:  # associations too: move the clock past CREATING, then associate
                    a.http.post("/_mock/clock/advance", json={"seconds": 5})
                    with lock:
                        eid = accepted["eip"][-1] if accepted["eip"] else None
                        iid = iids[(k // 4) % len(iids)]
                    if eid is not None:
                        r = a.call("AssociateEipAddress", {"eipId": eid, "instanceId": iid}, **DEMO)
                        if r.status_code == 200:
                            with lock:
                                accepted["assoc"].append((eid, iid))
            except httpx.HTTPError:
                return  # the server died mid-request: that request was never acknowledged

    threads = [threading.Thread(target=storm, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with lock:
            if len(accepted["eip"]) >= 20 and len(accepted["block"]) >= 10 and accepted["assoc"]:
                break
        time.sleep(0.01)
    proc.kill()  # SIGKILL mid-storm
    stop.set()
    for t in threads:
        t.join(timeout=60)
    assert len(accepted["eip"]) >= 20 and accepted["assoc"], "the storm did not get going"

    proc2 = MockProcess(state_file=f, clock="manual", seed=5).start()
    try:
        api = Api(base_url=proc2.url)
        eips = {e["eipId"]: e for e in api.ok("DescribeEipAddresses", {"pageSize": 1000})["dataSet"]}
        assert [e for e in accepted["eip"] if e not in eips] == []
        subnets = {s["subnetId"] for s in api.ok("DescribeSubnets", {"pageSize": 1000})["dataSet"]}
        assert [s for s in accepted["subnet"] if s not in subnets] == []
        blocks = {b["cidrBlockId"] for b in api.ok("DescribeCidrBlocks", {"pageSize": 1000})["dataSet"]}
        assert [b for b in accepted["block"] if b not in blocks] == []
        for eid, iid in accepted["assoc"]:
            assert eips[eid]["instanceId"] == iid
        ips = [e["ipAddress"] for e in eips.values()]
        assert len(ips) == len(set(ips))
        inv = api.http.get("/_mock/invariants").json()
        assert inv["ok"], inv["network"]
    finally:
        proc2.stop()
