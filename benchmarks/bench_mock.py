"""Mock server benchmarks: ratios measured side by side in one run, medians of interleaved rounds.

(a) DescribeInstances(pageSize=100) over 10,000 instances, auth on, one keep-alive httpx client signing every
    request, against the baseline of ``baseline_app`` (a minimal Flask app on the same threaded werkzeug
    server returning a slice of the same 10,000 InstanceInfo dicts with ``jsonify``; its requests are signed
    too). Pages cycle 1..100. Target: mock throughput >= 0.7 x baseline.
(b) 100,000 instances over the default scenario's zones, mixed statuses: the first page filtered by one zone
    and RUNNING costs <= 3 x an unfiltered first page.
(c) RSS added per instance when 100,000 are bulk-loaded (the server's own ``/proc/self/status`` VmRSS,
    before/after, after a gc). Target <= 2 KB.

Both servers run as subprocesses (``python -m mockserver`` / ``python -m benchmarks.baseline_app``) so the
client's work never shares their GIL. Instances are loaded with ``POST /_mock/bulk-instances`` (the same
records, indexes and address pools as CreateInstances). For 100,000 instances the default zones' /22 public
prefixes are too small, so (b)/(c) load the default scenario with each zone's ``publicIpPrefix`` widened to
a /16 (everything else unchanged).

``python -m benchmarks.bench_mock [--rounds 7] [--requests 200] [--small 10000] [--large 100000]``
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from tools.launcher import MockProcess, ServerProcess  # noqa: E402

KEY, PASSWORD = "demo-access-key", "demo-access-key-password"
STATUS_MIX = ["RUNNING", "STOPPED", "RUNNING", "INSTALLING", "RUNNING", "BOOTING", "RUNNING", "STOPPING",
              "RUNNING", "INSTALL_FAILED"]  # fmt: skip


class Signed:
    """One keep-alive connection; every request signed (ZC2-HMAC-SHA256) like the SDKs do."""

    def __init__(self, url: str) -> None:
        from zltoolkit.api.signing import authorization_header

        self._sign = authorization_header
        self.host = url.split("://", 1)[1]
        self.http = httpx.Client(base_url=url, timeout=120)

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

    def seconds_per_request(self, bodies: list[dict[str, Any]]) -> float:
        started = time.perf_counter()
        for body in bodies:
            self.post(body)
        return (time.perf_counter() - started) / len(bodies)


def _bulk(url: str, count: int, statuses: list[str] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"accountId": "acc-demo", "count": count}
    if statuses:
        body["statuses"] = statuses
    r = httpx.post(f"{url}/_mock/bulk-instances", json=body, timeout=600)
    r.raise_for_status()
    return r.json()


def bench_describe_vs_baseline(n: int, rounds: int, per_round: int, tmp: Path) -> dict[str, Any]:
    mock = MockProcess(clock="manual", seed=1).start()
    mock_url = mock.url
    base = None
    try:
        _bulk(mock_url, n, STATUS_MIX)
        listed = httpx.get(f"{mock_url}/_mock/instances", params={"accountId": "acc-demo"}, timeout=600).json()
        data = [{k: v for k, v in i.items() if k != "accountId"} for i in listed["instances"]]
        assert len(data) == n
        path = tmp / "instances.json"
        path.write_text(json.dumps(data))
        base = ServerProcess(["-m", "benchmarks.baseline_app", str(path)]).start()
        base_url = base.wait_for_output(re.compile(r"serving (http://\S+)"), 120.0).group(1)
        ours, theirs = Signed(mock_url), Signed(base_url)
        pages = max(1, n // 100)
        bodies = [{"pageNum": 1 + i % pages, "pageSize": 100} for i in range(per_round)]
        # Same answer from both (ids and payload), then warm both up.
        a = ours.post({"pageNum": 3, "pageSize": 100}).json()["response"]
        b = theirs.post({"pageNum": 3, "pageSize": 100}).json()["response"]
        assert a["dataSet"] == b["dataSet"] and a["totalCount"] == b["totalCount"] == n
        ours.seconds_per_request(bodies)
        theirs.seconds_per_request(bodies)
        ratios, t_ours, t_base = [], [], []
        for _ in range(rounds):
            o = ours.seconds_per_request(bodies)
            t = theirs.seconds_per_request(bodies)
            t_ours.append(o)
            t_base.append(t)
            ratios.append(t / o)  # throughput ours / baseline
        return {
            "mock_rps": 1 / statistics.median(t_ours),
            "baseline_rps": 1 / statistics.median(t_base),
            "ratio": statistics.median(ratios),
            "bytes_per_page": len(json.dumps(a)),
        }
    finally:
        mock.stop()
        if base is not None:
            base.stop()


def _wide_scenario(tmp: Path) -> Path:
    from mockserver.scenarios.loader import default_scenario

    sc = default_scenario().model_dump(mode="json", by_alias=True)
    for i, zone in enumerate(sc["zones"]):
        zone["publicIpPrefix"] = f"100.{64 + i}.0.0/16"
    path = tmp / "wide-scenario.json"
    path.write_text(json.dumps(sc))
    return path


def bench_filter_and_memory(n: int, rounds: int, per_round: int, tmp: Path) -> dict[str, Any]:
    scenario = _wide_scenario(tmp)
    mock = MockProcess(clock="manual", seed=1, scenario=scenario).start()
    url = mock.url
    try:
        started = time.perf_counter()
        loaded = _bulk(url, n, STATUS_MIX)
        load_s = time.perf_counter() - started
        per_instance = None
        if loaded.get("rssBefore") is not None:
            per_instance = (loaded["rssAfter"] - loaded["rssBefore"]) / n
        client = Signed(url)
        zone = json.loads(scenario.read_text())["zones"][0]["zoneId"]
        unfiltered = [{"pageSize": 100}] * per_round
        filtered = [{"zoneId": zone, "instanceStatus": "RUNNING", "pageSize": 100}] * per_round
        total = client.post(unfiltered[0]).json()["response"]["totalCount"]
        r = client.post(filtered[0]).json()["response"]
        assert total == n and len(r["dataSet"]) == 100, (total, len(r["dataSet"]))
        client.seconds_per_request(unfiltered)
        client.seconds_per_request(filtered)
        ratios, t_u, t_f = [], [], []
        for _ in range(rounds):
            u = client.seconds_per_request(unfiltered)
            f = client.seconds_per_request(filtered)
            t_u.append(u)
            t_f.append(f)
            ratios.append(f / u)
        return {
            "zone": zone,
            "zone_matches": r["totalCount"],
            "unfiltered_ms": statistics.median(t_u) * 1000,
            "filtered_ms": statistics.median(t_f) * 1000,
            "ratio": statistics.median(ratios),
            "rss_per_instance": per_instance,
            "rss_before": loaded.get("rssBefore"),
            "rss_after": loaded.get("rssAfter"),
            "load_s": load_s,
        }
    finally:
        mock.stop()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.bench_mock", description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--requests", type=int, default=200, help="requests per round and side")
    p.add_argument("--small", type=int, default=10_000, help="instances for (a)")
    p.add_argument("--large", type=int, default=100_000, help="instances for (b) and (c)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="zl-bench-") as d:
        tmp = Path(d)
        print(f"mock benchmarks: medians of {args.rounds} interleaved rounds x {args.requests} requests", flush=True)
        a = bench_describe_vs_baseline(args.small, args.rounds, args.requests, tmp)
        print(f"(a) DescribeInstances pageSize=100 over {args.small:,} instances, auth on, keep-alive, signed:")
        print(f"      mock {a['mock_rps']:8.1f} req/s   baseline (Flask+jsonify slice) {a['baseline_rps']:8.1f} req/s"
              f"   ({a['bytes_per_page']:,} bytes/page)")
        print(f"      ratio mock/baseline = {a['ratio']:.2f}  (target >= 0.70)  {'PASS' if a['ratio'] >= 0.7 else 'FAIL'}",
              flush=True)  # fmt: skip
        b = bench_filter_and_memory(args.large, args.rounds, args.requests, tmp)
        print(f"(b) {args.large:,} instances, mixed statuses: first page zone={b['zone']} & RUNNING "
              f"({b['zone_matches']:,} matches) {b['filtered_ms']:.2f} ms vs unfiltered {b['unfiltered_ms']:.2f} ms")
        print(f"      ratio filtered/unfiltered = {b['ratio']:.2f}  (target <= 3.00)  "
              f"{'PASS' if b['ratio'] <= 3 else 'FAIL'}")
        if b["rss_per_instance"] is None:
            print("(c) RSS not measurable here (no /proc/self/status)")
        else:
            per = b["rss_per_instance"]
            print(f"(c) RSS {b['rss_before'] / 2**20:.1f} MiB -> {b['rss_after'] / 2**20:.1f} MiB for {args.large:,} "
                  f"instances (bulk load {b['load_s']:.1f} s): {per:.0f} bytes/instance  (target <= 2048)  "
                  f"{'PASS' if per <= 2048 else 'FAIL'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
