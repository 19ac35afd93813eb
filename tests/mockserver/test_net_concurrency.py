"""16 threads allocating, associating and releasing elastic IPs at once on a real threaded MockServer
(127.0.0.1): no address is ever handed out twice, the pool runs dry exactly at its size, every answer is
200 or a 4xx of the catalogue (zero 5xx), and the invariants hold afterwards."""

from __future__ import annotations

import collections
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import Api, scenario  # noqa: E402

THREADS, CALLS = 16, 12
POOL = "203.0.113.0/25"  # 125 usable public addresses in SEL-A


@pytest.mark.parametrize("state_file", [False, True], ids=["memory", "state-file"])
def test_parallel_allocations_never_hand_out_an_address_twice(tmp_path: Path, state_file: bool) -> None:
    from mockserver.server import MockServer

    sc = scenario()
    next(z for z in sc["zones"] if z["zoneId"] == "SEL-A")["publicIpPrefix"] = POOL
    config: dict[str, Any] = {"clock": "manual", "seed": 1, "scenario": sc}
    if state_file:
        config["state_file"] = str(tmp_path / "state.db")
    with MockServer(**config) as server:
        results: collections.Counter[tuple[int, str]] = collections.Counter()
        allocated: list[str] = []
        lock = threading.Lock()
        start = threading.Barrier(THREADS)

        def worker(n: int) -> None:
            api = Api(base_url=server.url)
            start.wait()
            for k in range(CALLS):
                if n % 4 == 3 and k % 3 == 2 and allocated:  # a quarter of the threads also terminate+release
                    with lock:
                        victim = allocated.pop()
                    server.advance(5)  # past CREATING (the clock moves while others allocate)
                    for action, body in (("TerminateEipAddress", {"eipId": victim}),
                                         ("ReleaseEipAddresses", {"eipIds": [victim]})):  # fmt: skip
                        r = api.call(action, body)
                        with lock:
                            results[(r.status_code, "OK" if r.status_code == 200 else r.json()["code"])] += 1
                    continue
                r = api.call("AllocateEipAddresses", {"zoneId": "SEL-A", "eipChargeType": "POSTPAID", "amount": 1})
                body = r.json()
                with lock:
                    if r.status_code == 200:
                        results[(200, "OK")] += 1
                        allocated.extend(body["response"]["eipIdSet"])
                    else:
                        results[(r.status_code, body["code"])] += 1

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not any(t.is_alive() for t in threads)

        assert all(status < 500 for status, _ in results), results
        assert set(results) <= {(200, "OK"), (400, "RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT")}, results
        api = Api(base_url=server.url)
        listed = api.ok("DescribeEipAddresses", {"zoneId": "SEL-A", "pageSize": 1000})["dataSet"]
        ips = [e["ipAddress"] for e in listed]
        assert len(ips) == len(set(ips)) == len(allocated)  # no address twice, nothing lost
        assert sorted(e["eipId"] for e in listed) == sorted(allocated)
        inv = server.control.request("GET", "/_mock/invariants")
        assert inv["ok"], inv["network"]
        assert inv["network"]["publicIps"] >= len(allocated)
