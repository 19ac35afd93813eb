"""Mock server benchmarks: ratios measured side by side in one run, medians of interleaved rounds.

Every request is signed (ZC2-HMAC-SHA256) and sent by one keep-alive httpx client, the same for every server,
so the client's cost is in every figure alike. Servers run as subprocesses (the client never shares their GIL).

(a) Serving speed against the floor. The floor (``floor_app``) is a bare WSGI app on the SAME server class as
    ``zl-mock`` (werkzeug + the mock's keep-alive handler) answering the very bytes the mock answered, from
    memory: the most a Python server on this stack can do. Targets (mock throughput / floor throughput):
    DescribeInstances pageSize 100 over 10,000 instances (pages cycle) >= 0.6; the full answers of
    DescribeAvailableResources, DescribeInstanceTypes and DescribeImages >= 0.6 each. Also reported: the
    mock / a minimal Flask app answering the same page with ``jsonify`` (``baseline_app``).
(b) CreateInstances (one POSTPAID instance per request, state in memory) / the floor checking the same
    signature and answering fixed bytes (``floor_app --verify``) >= 0.7; the same mock with ``--state-file``
    is reported beside it.
(c) Filters at 100,000 instances, each / an unfiltered first page <= 3: zone + status, 100 ids, an
    instanceName prefix (1% of the names; a prefix matching every name is reported too).
(d) Memory: RSS added per instance (the server's own VmRSS after a gc, before the bulk load and after a mixed
    query load: every page once, then each filter kind 200 times) <= 2 KB, at 30,000 and at 100,000 instances.

Instances are loaded with ``POST /_mock/bulk-instances`` (real records, indexes and address pools, mixed
statuses). The default zones' /22 public prefixes are too small for 100,000 instances, so the benchmarks load
the default scenario with each zone's ``publicIpPrefix`` widened to a /16, quotas and POSTPAID stock raised
(everything else unchanged).

``python -m benchmarks.bench_mock [--rounds 7] [--requests 200] [--small 10000] [--large 100000] [--mid 30000]``
prints a table: metric, measured, target, result.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from benchmarks._util import Metric, format_table  # noqa: E402
from tools.launcher import MockProcess, ServerProcess  # noqa: E402

KEY, PASSWORD = "demo-access-key", "demo-access-key-password"
STATUS_MIX = ["RUNNING", "STOPPED", "RUNNING", "INSTALLING", "RUNNING", "BOOTING", "RUNNING", "STOPPING",
              "RUNNING", "INSTALL_FAILED"]  # fmt: skip
_SERVING = re.compile(r"serving (http://\S+)")


class Signed:
    """One keep-alive connection; every request signed (ZC2-HMAC-SHA256) like the SDKs do."""

    def __init__(self, url: str) -> None:
        from zltoolkit.api.signing import authorization_header

        self._sign = authorization_header
        self.host = url.split("://", 1)[1]
        self.http = httpx.Client(base_url=url, timeout=300)

    def post(self, body: dict[str, Any], action: str = "DescribeInstances") -> httpx.Response:
        data = json.dumps(body, separators=(",", ":")).encode()
        ts = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "X-ZC-Action": action,
            "X-ZC-Version": "2022-11-20",
            "X-ZC-Timestamp": ts,
            "X-ZC-Signature-Method": "ZC2-HMAC-SHA256",
            "Authorization": self._sign(KEY, PASSWORD, data, "application/json", self.host, ts),
        }
        r = self.http.post("/api/v2/bmc", content=data, headers=headers)
        if r.status_code != 200:
            raise RuntimeError(f"{action} {body} -> {r.status_code} {r.text[:300]}")
        return r

    def seconds_per_request(self, bodies: list[dict[str, Any]], action: str = "DescribeInstances") -> float:
        started = time.perf_counter()
        for body in bodies:
            self.post(body, action)
        return (time.perf_counter() - started) / len(bodies)

    def close(self) -> None:
        self.http.close()


def interleaved(rounds: int, runs: dict[str, Callable[[], float]]) -> dict[str, list[float]]:
    """Each run once per round, the order rotating every round, so drift on a shared machine hits all alike."""
    names = list(runs)
    out: dict[str, list[float]] = {n: [] for n in names}
    for r in range(rounds):
        k = r % len(names)
        for name in names[k:] + names[:k]:
            out[name].append(runs[name]())
    return out


def ratio(samples: dict[str, list[float]], fast: str, slow: str) -> float:
    """Median over rounds of (time of ``fast``) / (time of ``slow``): the throughput of slow / fast."""
    return statistics.median(f / s for f, s in zip(samples[fast], samples[slow], strict=True))


def bulk(url: str, count: int, statuses: list[str] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"accountId": "acc-demo", "count": count}
    if statuses:
        body["statuses"] = statuses
    r = httpx.post(f"{url}/_mock/bulk-instances", json=body, timeout=900)
    r.raise_for_status()
    return r.json()


def bench_scenario(tmp: Path) -> Path:
    """The default scenario with /16 public prefixes, a large quota and POSTPAID stock (room for the creates)."""
    from mockserver.scenarios.loader import default_scenario

    sc = default_scenario().model_dump(mode="json", by_alias=True)
    for i, zone in enumerate(sc["zones"]):
        zone["publicIpPrefix"] = f"100.{64 + i}.0.0/16"
    for acc in sc["accounts"]:
        acc["instanceQuota"] = 10_000_000
    for off in sc["offerings"]:
        if "POSTPAID" in off["stock"]:
            off["stock"]["POSTPAID"] = 1_000_000
    path = tmp / "bench-scenario.json"
    path.write_text(json.dumps(sc))
    return path


def _verdict(value: float, target: float, higher: bool) -> bool:
    return value >= target if higher else value <= target


def _floor(tmp: Path, name: str, bodies: dict[str, Any], *, verify: bool = False) -> tuple[ServerProcess, str]:
    path = tmp / f"{name}.json"
    path.write_text(json.dumps(bodies))
    proc = ServerProcess(["-m", "benchmarks.floor_app", str(path), *(["--verify"] if verify else [])]).start()
    return proc, proc.wait_for_output(_SERVING, 120.0).group(1)


# --- (a) serving speed against the floor ---

CATALOGUE_ANSWERS = {
    "DescribeAvailableResources": {"instanceChargeType": "PREPAID"},
    "DescribeInstanceTypes": {},
    "DescribeImages": {},
}


def bench_serving(n: int, rounds: int, per_round: int, tmp: Path, scenario: Path) -> list[Metric]:
    procs: list[ServerProcess] = []
    try:
        mock = MockProcess(clock="manual", seed=1, scenario=scenario).start()
        procs.append(mock)
        bulk(mock.url, n, STATUS_MIX)
        ours = Signed(mock.url)
        pages = max(1, n // 100)
        page_bodies = [ours.post({"pageNum": p, "pageSize": 100}).text for p in range(1, pages + 1)]
        bodies: dict[str, Any] = {"DescribeInstances": page_bodies}
        for action, req in CATALOGUE_ANSWERS.items():
            bodies[action] = ours.post(req, action).text
        floor, floor_url = _floor(tmp, "floor", bodies)
        procs.append(floor)
        listed = httpx.get(f"{mock.url}/_mock/instances", params={"accountId": "acc-demo"}, timeout=600).json()
        data = [{k: v for k, v in i.items() if k != "accountId"} for i in listed["instances"]]
        (tmp / "instances.json").write_text(json.dumps(data))
        base = ServerProcess(["-m", "benchmarks.baseline_app", str(tmp / "instances.json")]).start()
        procs.append(base)
        base_url = base.wait_for_output(_SERVING, 120.0).group(1)
        theirs, bare = Signed(base_url), Signed(floor_url)
        a = ours.post({"pageNum": 3, "pageSize": 100}).json()["response"]
        b = theirs.post({"pageNum": 3, "pageSize": 100}).json()["response"]
        c = bare.post({"pageNum": 3, "pageSize": 100}).json()["response"]
        assert a["dataSet"] == b["dataSet"] == c["dataSet"] and a["totalCount"] == b["totalCount"] == n
        di = [{"pageNum": 1 + i % pages, "pageSize": 100} for i in range(per_round)]
        runs: dict[str, Callable[[], float]] = {
            "mock": lambda: ours.seconds_per_request(di),
            "flask": lambda: theirs.seconds_per_request(di),
            "floor": lambda: bare.seconds_per_request(di),
        }
        for action, req in CATALOGUE_ANSWERS.items():
            reqs = [req] * per_round
            runs[f"mock {action}"] = lambda reqs=reqs, action=action: ours.seconds_per_request(reqs, action)
            runs[f"floor {action}"] = lambda reqs=reqs, action=action: bare.seconds_per_request(reqs, action)
        for run in runs.values():  # warm-up
            run()
        s = interleaved(rounds, runs)
        rps = {k: 1 / statistics.median(v) for k, v in s.items()}
        page_bytes = len(page_bodies[0])
        out = [
            Metric(f"DescribeInstances 100/page of {n:,}: mock / floor", ratio(s, "floor", "mock"), ">= 0.60",
                   unit="x", note=f"{rps['mock']:.0f} vs {rps['floor']:.0f} req/s, {page_bytes:,} B/page"),
            Metric(f"DescribeInstances 100/page of {n:,}: mock / Flask+jsonify", ratio(s, "flask", "mock"),
                   "reported", unit="x", note=f"Flask {rps['flask']:.0f} req/s"),
        ]
        for action in CATALOGUE_ANSWERS:
            size = len(bodies[action])
            out.append(Metric(f"{action} (full answer): mock / floor", ratio(s, f"floor {action}", f"mock {action}"),
                              ">= 0.60", unit="x",
                              note=f"{rps['mock ' + action]:.0f} vs {rps['floor ' + action]:.0f} req/s, {size:,} B"))
        for m in out:
            if m.target.startswith(">="):
                m.passed = _verdict(float(m.measured or 0), float(m.target[2:]), True)
        for client in (ours, theirs, bare):
            client.close()
        return out
    finally:
        for p in procs:
            p.stop()


# --- (b) CreateInstances ---


def bench_create(rounds: int, per_round: int, tmp: Path, scenario: Path) -> list[Metric]:
    body = {"zoneId": "SEL-A", "instanceTypeId": "M6C", "instanceChargeType": "POSTPAID",
            "internetChargeType": "ByBandwidth", "amount": 1, "instanceName": "bench"}  # fmt: skip
    procs: list[ServerProcess] = []
    try:
        mem = MockProcess(clock="manual", seed=1, scenario=scenario).start()
        procs.append(mem)
        disk = MockProcess(clock="manual", seed=1, scenario=scenario, state_file=tmp / "bench.sqlite").start()
        procs.append(disk)
        ours, durable = Signed(mem.url), Signed(disk.url)
        answer = ours.post(body, "CreateInstances").text
        floor, floor_url = _floor(tmp, "floor-create", {"CreateInstances": answer}, verify=True)
        procs.append(floor)
        bare = Signed(floor_url)
        reqs = [body] * per_round
        runs: dict[str, Callable[[], float]] = {
            "mock": lambda: ours.seconds_per_request(reqs, "CreateInstances"),
            "state-file": lambda: durable.seconds_per_request(reqs, "CreateInstances"),
            "floor": lambda: bare.seconds_per_request(reqs, "CreateInstances"),
        }
        for run in runs.values():
            run()
        s = interleaved(rounds, runs)
        rps = {k: 1 / statistics.median(v) for k, v in s.items()}
        r = ratio(s, "floor", "mock")
        out = [
            Metric("CreateInstances (in memory): mock / signature-checking floor", r, ">= 0.70", r >= 0.7, unit="x",
                   note=f"{rps['mock']:.0f} vs {rps['floor']:.0f} req/s"),
            Metric("CreateInstances (--state-file): mock / signature-checking floor", ratio(s, "floor", "state-file"),
                   "reported", unit="x", note=f"{rps['state-file']:.0f} req/s"),
        ]
        for client in (ours, durable, bare):
            client.close()
        return out
    finally:
        for p in procs:
            p.stop()


# --- (c) filters and (d) memory ---


def filter_bodies(scenario: Path, n: int) -> dict[str, dict[str, Any]]:
    zone = json.loads(scenario.read_text())["zones"][0]["zoneId"]
    return {
        "unfiltered": {"pageSize": 100},
        "zone + status": {"zoneId": zone, "instanceStatus": "RUNNING", "pageSize": 100},
        "100 ids": {"pageSize": 100},  # ids filled in from the first pages once loaded
        "name prefix (1%)": {"instanceName": "bulk-0001*", "pageSize": 100},
        "name prefix (all)": {"instanceName": "bulk-*", "pageSize": 100},
    }


def _mixed_load(client: Signed, n: int, bodies: dict[str, dict[str, Any]]) -> None:
    """Every page once, then each filter kind 200 times (what the memory target is measured after)."""
    for p in range(1, max(1, n // 100) + 1):
        client.post({"pageNum": p, "pageSize": 100})
    for name, body in bodies.items():
        if name != "unfiltered":
            for _ in range(200):
                client.post(body)


def _ids_body(client: Signed, n: int) -> dict[str, Any]:
    step = max(1, n // 100)
    ids = []
    for k in range(100):
        page = client.post({"pageNum": 1 + (k * step) // 100, "pageSize": 100}).json()["response"]["dataSet"]
        ids.append(page[(k * step) % 100]["instanceId"])
    return {"instanceIds": ids, "pageSize": 100}


def bench_filters_and_memory(n: int, rounds: int, per_round: int, tmp: Path, scenario: Path,
                             *, timings: bool) -> list[Metric]:  # fmt: skip
    mock = MockProcess(clock="manual", seed=1, scenario=scenario).start()
    try:
        started = time.perf_counter()
        loaded = bulk(mock.url, n, STATUS_MIX)
        load_s = time.perf_counter() - started
        client = Signed(mock.url)
        bodies = filter_bodies(scenario, n)
        bodies["100 ids"] = _ids_body(client, n)
        total = client.post(bodies["unfiltered"]).json()["response"]["totalCount"]
        assert total == n, total
        for name, body in bodies.items():
            r = client.post(body).json()["response"]
            assert len(r["dataSet"]) == 100, (name, r["totalCount"])
        _mixed_load(client, n, bodies)
        out: list[Metric] = []
        if timings:
            runs = {name: (lambda b=[body] * per_round: client.seconds_per_request(b)) for name, body in bodies.items()}
            s = interleaved(rounds, runs)
            unf = statistics.median(s["unfiltered"]) * 1000
            for name in bodies:
                if name == "unfiltered":
                    continue
                r = ratio(s, name, "unfiltered")
                ms = statistics.median(s[name]) * 1000
                out.append(Metric(f"DescribeInstances at {n:,}: {name} / unfiltered first page", r, "<= 3.00",
                                  r <= 3.0, unit="x", note=f"{ms:.2f} vs {unf:.2f} ms"))
        after = bulk(mock.url, 0)  # count 0: only the gc'd RSS
        client.close()
        if loaded.get("rssBefore") is None:
            out.append(Metric(f"memory per instance at {n:,}", None, "<= 2048 B", None, note="no /proc here"))
        else:
            per = (after["rssAfter"] - loaded["rssBefore"]) / n
            out.append(Metric(f"memory per instance at {n:,} after the mixed query load", per, "<= 2048 B",
                              per <= 2048, unit="B",
                              note=f"{loaded['rssBefore'] / 2**20:.0f} -> {after['rssAfter'] / 2**20:.0f} MiB, "
                                   f"load {load_s:.1f} s"))  # fmt: skip
        return out
    finally:
        mock.stop()


def run(quick: bool = False) -> list[Metric]:
    """``python -m benchmarks`` calls this: the full set (``quick``: 3 rounds of 100 requests)."""
    return measure(rounds=3 if quick else 7, requests=100 if quick else 200)


def measure(*, rounds: int = 7, requests: int = 200, small: int = 10_000, mid: int = 30_000, large: int = 100_000,
            only: set[str] | None = None) -> list[Metric]:
    only = only or {"serving", "create", "filters", "memory"}
    metrics: list[Metric] = []
    with tempfile.TemporaryDirectory(prefix="zl-bench-") as d:
        tmp = Path(d)
        scenario = bench_scenario(tmp)
        print(f"mock benchmarks: medians of {rounds} interleaved rounds x {requests} requests", flush=True)
        steps: list[tuple[str, Callable[[], list[Metric]]]] = [
            ("serving", lambda: bench_serving(small, rounds, requests, tmp, scenario)),
            ("create", lambda: bench_create(rounds, requests, tmp, scenario)),
            ("memory", lambda: bench_filters_and_memory(mid, rounds, requests, tmp, scenario, timings=False)),
            ("filters", lambda: bench_filters_and_memory(large, rounds, requests, tmp, scenario, timings=True)),
        ]
        for name, step in steps:
            if name in only:
                started = time.perf_counter()
                got = step()
                for m in got:
                    print(f"  {m.name}: {m.measured_text()} (target {m.target}) {m.verdict()}  {m.note}", flush=True)
                print(f"  [{name}: {time.perf_counter() - started:.0f} s]", flush=True)
                metrics += got
    return metrics


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.bench_mock", description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--requests", type=int, default=200, help="requests per round and side")
    p.add_argument("--small", type=int, default=10_000, help="instances for (a)")
    p.add_argument("--mid", type=int, default=30_000, help="instances for the first memory figure")
    p.add_argument("--large", type=int, default=100_000, help="instances for (c) and the second memory figure")
    p.add_argument("--only", default="serving,create,filters,memory", help="subset of serving,create,filters,memory")
    args = p.parse_args(argv)
    metrics = measure(rounds=args.rounds, requests=args.requests, small=args.small, mid=args.mid,
                      large=args.large, only={s.strip() for s in args.only.split(",")})
    print()
    print(format_table(metrics))
    return 0 if all(m.passed is not False for m in metrics) else 1


if __name__ == "__main__":
    raise SystemExit(main())
