"""Parallel creates over real HTTP never oversell: exactly the stock is sold, everyone else hears
RESOURCES_SOLDOUT_INSTANCE_TYPE, and stock + instances holding stock stays equal to the initial qty."""

from __future__ import annotations

import collections
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import TYPE, ZONE, Api, create_body, scenario  # noqa: E402

THREADS, CALLS, QTY = 16, 50, 100


@pytest.mark.parametrize("state_file", [False, True], ids=["memory", "state-file"])
def test_parallel_creates_never_oversell(tmp_path: Path, state_file: bool) -> None:
    from mockserver.server import MockServer

    config: dict[str, Any] = {"clock": "manual", "seed": 1, "scenario": scenario(create=0.0, install=0.0)}
    if state_file:
        config["state_file"] = str(tmp_path / "state.db")
    with MockServer(**config) as server:
        server.set_stock(ZONE, TYPE, "POSTPAID", QTY)
        start_inv = server.control.request("GET", "/_mock/invariants")["offerings"]
        initial = {(o["zoneId"], o["instanceTypeId"], o["chargeType"]): o["initial"] for o in start_inv}
        # Units the scenario's instance seeds (another account's) hold in the offering from the start.
        seeded = next(o["held"] for o in start_inv
                      if (o["zoneId"], o["instanceTypeId"], o["chargeType"]) == (ZONE, TYPE, "POSTPAID"))  # fmt: skip
        results: collections.Counter[tuple[int, str]] = collections.Counter()
        ids: list[str] = []
        lock = threading.Lock()
        start = threading.Barrier(THREADS)

        def worker() -> None:
            api = Api(base_url=server.url)  # one keep-alive connection per thread
            start.wait()
            for _ in range(CALLS):
                r = api.call("CreateInstances", create_body(amount=1))
                body = r.json()
                with lock:
                    if r.status_code == 200:
                        results[(200, "OK")] += 1
                        ids.extend(body["response"]["instanceIdSet"])
                    else:
                        results[(r.status_code, body["code"])] += 1

        threads = [threading.Thread(target=worker) for _ in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

        assert results == {(200, "OK"): QTY, (400, "RESOURCES_SOLDOUT_INSTANCE_TYPE"): THREADS * CALLS - QTY}
        assert len(set(ids)) == QTY
        listed = server.control.request("GET", "/_mock/instances?accountId=acc-demo")["instances"]
        assert sorted(i["instanceId"] for i in listed) == sorted(ids)
        inv = server.control.request("GET", "/_mock/invariants")
        assert inv["ok"], inv
        for o in inv["offerings"]:
            key = (o["zoneId"], o["instanceTypeId"], o["chargeType"])
            assert o["stock"] + o["held"] == initial[key], key
        assert next(o for o in inv["offerings"]
                    if (o["zoneId"], o["instanceTypeId"], o["chargeType"]) == (ZONE, TYPE, "POSTPAID")) == {
            "zoneId": ZONE, "instanceTypeId": TYPE, "chargeType": "POSTPAID", "stock": 0, "held": QTY + seeded,
            "initial": QTY + seeded, "market": 0, "ok": True}  # fmt: skip
