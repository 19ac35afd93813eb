"""Load and soak: N concurrent clients (threads, each its own ``zltoolkit.client.Client``) run a mixed workload
against a ``zl-mock`` subprocess with a state file, a fast real clock and fault rules on (a share of 503
``SERVICE_TEMPORARY_UNAVAILABLE``, added latency, a rate limit answered with 429).

Each client creates POSTPAID instances, waits for RUNNING, stops, starts, terminates (RECYCLE at once) and
releases what it created, with describes and price inquiries in between. Afterwards:

- the client retried correctly: retries happened, and no call failed for a retryable reason;
- invariants hold: ``/_mock/invariants`` (stock + instances holding stock = initial per offering; money), the
  public stock (DescribeAvailableResources qty) is back to where it started for every offering used, and
  every instance id a client received is either still there or was released (or deleted) by that client;
- the server's RSS grew little after warm-up (sampled from ``/proc/<pid>/status``);
- p50/p99 latency per action (client side, retries included) is printed.

``python -m benchmarks.soak [--duration 120] [--clients 8]``; ``run_soak(...)`` returns a ``SoakReport``.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from benchmarks._util import DEMO_KEY, DEMO_PASSWORD, Metric, format_table, percentile
from tools.launcher import MockProcess

__all__ = ["SoakReport", "main", "run", "run_soak"]

#: Codes a well-behaved workload may still see (they are the server's correct answer, not a failure).
EXPECTED_REFUSALS = frozenset({"RESOURCES_SOLDOUT_INSTANCE_TYPE"})
RETRYABLE = frozenset({"REQUEST_LIMIT_EXCEEDED", "SERVICE_TEMPORARY_UNAVAILABLE"})
FAULT_RULES: list[dict[str, Any]] = [
    {"id": "soak-503", "error": "SERVICE_TEMPORARY_UNAVAILABLE", "probability": 0.10, "seed": 101},
    {"id": "soak-latency", "latencyMs": 15, "probability": 0.2, "seed": 102},
    {"id": "soak-price-rate", "action": "InquiryPriceCreateInstance", "rateLimit": 20},
    {"id": "soak-global-rate", "rateLimit": 400},
    # Some 429s whatever the machine's speed (the rate limits above only bite on a fast one).
    {"id": "soak-429-burst", "action": "DescribeInstances", "error": "REQUEST_LIMIT_EXCEEDED", "firstN": 25},
]


@dataclass
class SoakReport:
    duration_s: float
    clients: int
    speed: float
    calls: Counter[str] = field(default_factory=Counter)
    sends: int = 0  # HTTP requests actually sent (calls + retries)
    statuses: Counter[int] = field(default_factory=Counter)  # every HTTP answer, retried ones included
    surfaced: Counter[str] = field(default_factory=Counter)  # "Action CODE" errors that reached the caller
    retryable_failures: int = 0  # calls that gave up on a retryable code (deadline/attempts exhausted)
    unexpected: list[str] = field(default_factory=list)
    latencies: dict[str, list[float]] = field(default_factory=dict)  # seconds, per action
    created: int = 0
    released: int = 0
    deleted_failed: int = 0  # CREATE_FAILED instances terminated (which deletes them)
    cycles: int = 0
    rss_samples: list[tuple[float, int]] = field(default_factory=list)  # (seconds since start, KiB)
    rss_warm_kb: int = 0
    warm_at_s: float | None = None  # when warm-up ended (None: the journal never filled)
    rss_end_kb: int = 0
    invariants_ok: bool | None = None
    violations: list[str] = field(default_factory=list)
    leftover_ids: list[str] = field(default_factory=list)

    @property
    def retries(self) -> int:
        return max(0, self.sends - sum(self.calls.values()))

    @property
    def rss_growth(self) -> float:
        return (self.rss_end_kb - self.rss_warm_kb) / self.rss_warm_kb if self.rss_warm_kb else float("nan")

    @property
    def total_calls(self) -> int:
        return sum(self.calls.values())

    def latency_table(self) -> str:
        rows = [f"{'action':<28} {'calls':>7} {'p50 ms':>8} {'p99 ms':>8}"]
        for action in sorted(self.latencies):
            lat = self.latencies[action]
            rows.append(f"{action:<28} {len(lat):>7} {percentile(lat, 50) * 1000:>8.1f} "
                        f"{percentile(lat, 99) * 1000:>8.1f}")
        return "\n".join(rows)

    def summary(self) -> str:
        warm = f"at {self.warm_at_s:.0f} s, journal full" if self.warm_at_s is not None else "journal never full"
        lines = [
            f"soak: {self.duration_s:.0f} s, {self.clients} clients, clock x{self.speed:g}: "
            f"{self.total_calls} calls ({self.total_calls / max(self.duration_s, 1e-9):.0f}/s), "
            f"{self.sends} sends, {self.retries} retries",
            f"HTTP answers: {dict(sorted(self.statuses.items()))}",
            f"instances: {self.created} created, {self.released} released, {self.deleted_failed} CREATE_FAILED "
            f"deleted; {self.cycles} full cycles",
            f"surfaced errors: {dict(self.surfaced) or 'none'}; retryable failures: {self.retryable_failures}",
            f"server RSS: {self.rss_warm_kb / 1024:.1f} MiB after warm-up "
            f"({warm})"
            f" -> {self.rss_end_kb / 1024:.1f} MiB at the end of the load ({self.rss_growth * 100:+.1f}%)",
            f"invariants: {'ok' if self.invariants_ok else 'VIOLATED'}"
            + (f" ({len(self.violations)}: {self.violations[:3]})" if self.violations else ""),
            f"unexpected: {len(self.unexpected)}" + (f" e.g. {self.unexpected[:3]}" if self.unexpected else ""),
            self.latency_table(),
        ]
        return "\n".join(lines)


class _Worker:
    """One client thread: its own Client, its own instances, its own ledger."""

    def __init__(self, n: int, url: str, offerings: list[tuple[str, str]], stop_at: float, seed: int) -> None:
        from zltoolkit.client import Client, RetryPolicy

        self.n = n
        self.rng = random.Random(seed)
        self.offerings = offerings
        self.stop_at = stop_at
        self.sends = 0
        self.statuses: Counter[int] = Counter()
        http = httpx.Client(event_hooks={"response": [self._on_response]}, trust_env=False, timeout=30.0,
                            limits=httpx.Limits(max_connections=4, max_keepalive_connections=4))
        # Patient enough for a rate limit the workload exceeds: with 8 clients wanting more than the 20/s price
        # limit (a fast machine does), one call may lose the race for a token a dozen times in a row; 40
        # attempts within a minute make that vanishingly rare while every retry is still counted.
        self.client = Client(url, access_key_id=DEMO_KEY, access_key_password=DEMO_PASSWORD, http_client=http,
                             retry=RetryPolicy(max_attempts=40, base=0.05, cap=1.0, deadline=60.0))
        self.http = http
        self.received: set[str] = set()
        self.gone: set[str] = set()  # released, or deleted as CREATE_FAILED, by this client
        self.calls: Counter[str] = Counter()
        self.surfaced: Counter[str] = Counter()
        self.latencies: dict[str, list[float]] = {}
        self.unexpected: list[str] = []
        self.retryable_failures = 0
        self.created = self.released = self.deleted_failed = self.cycles = 0

    def _on_response(self, response: httpx.Response) -> None:
        self.sends += 1
        self.statuses[response.status_code] += 1

    # --- calls ---

    def call(self, action: str, **params: Any) -> Any:
        from zltoolkit.client import ZenlayerError

        started = time.perf_counter()
        self.calls[action] += 1
        try:
            return self.client.call(action, **params)
        except ZenlayerError as exc:
            self.surfaced[f"{action} {exc.code}"] += 1
            if exc.code in RETRYABLE:
                self.retryable_failures += 1
            elif exc.code not in EXPECTED_REFUSALS:
                self.unexpected.append(f"client {self.n}: {action} -> {exc.code}: {exc.message[:160]}")
            raise
        finally:
            self.latencies.setdefault(action, []).append(time.perf_counter() - started)

    def wait_status(self, ids: list[str], done: Callable[[str], bool], timeout: float = 30.0) -> dict[str, str]:
        """Poll DescribeInstances until every id's status satisfies ``done``; returns id -> status."""
        deadline = time.monotonic() + timeout
        while True:
            resp = self.call("DescribeInstances", instance_ids=ids, page_size=100)
            statuses = {i.instance_id: str(i.instance_status) for i in resp.data_set}
            missing = set(ids) - set(statuses)
            if missing:
                self.unexpected.append(f"client {self.n}: own instances vanished: {sorted(missing)}")
                return statuses
            if all(done(s) for s in statuses.values()):
                return statuses
            if time.monotonic() > deadline:
                self.unexpected.append(f"client {self.n}: timeout waiting, statuses {statuses}")
                return statuses
            time.sleep(0.03 + self.rng.random() * 0.04)

    def reads(self) -> None:
        """A couple of read-only calls between lifecycle steps."""
        for _ in range(self.rng.randint(1, 2)):
            kind = self.rng.random()
            zone, itype = self.rng.choice(self.offerings)
            if kind < 0.25:
                self.call("DescribeInstances", page_size=50)
            elif kind < 0.45:
                self.call("DescribeAvailableResources", instance_charge_type="POSTPAID", zone_id=zone)
            elif kind < 0.7:
                self.call("InquiryPriceCreateInstance", zone_id=zone, instance_type_id=itype,
                          instance_charge_type="POSTPAID", internet_charge_type="ByBandwidth",
                          internet_max_bandwidth_out=self.rng.choice([10, 50, 100]))
            elif kind < 0.8:
                self.call("DescribeZones")
            elif kind < 0.9:
                self.call("DescribeInstanceTypes")
            else:
                self.call("DescribeImages")

    # --- one lifecycle cycle ---

    def cycle(self) -> None:
        from zltoolkit.client import ZenlayerError

        zone, itype = self.rng.choice(self.offerings)
        amount = self.rng.randint(1, 3)
        try:
            resp = self.call("CreateInstances", zone_id=zone, instance_type_id=itype, instance_charge_type="POSTPAID",
                             internet_charge_type="ByBandwidth", amount=amount,
                             instance_name=f"soak-{self.n}", internet_max_bandwidth_out=10)
        except ZenlayerError:
            return
        ids = list(resp.instance_id_set)
        self.received.update(ids)
        self.created += len(ids)
        try:
            self.reads()
            settled = self.wait_status(ids, lambda s: s in ("RUNNING", "CREATE_FAILED", "INSTALL_FAILED"))
            failed = [i for i, s in settled.items() if s == "CREATE_FAILED"]
            for iid in failed:  # terminating a CREATE_FAILED instance deletes it (stock returned)
                self.call("TerminateInstance", instance_id=iid)
                self.gone.add(iid)
                self.deleted_failed += 1
            live = [i for i in ids if i not in failed]
            running = [i for i in live if settled.get(i) == "RUNNING"]
            if running and time.monotonic() < self.stop_at:
                self.call("StopInstances", instance_ids=running)
                self.wait_status(running, lambda s: s == "STOPPED")
                self.reads()
                self.call("StartInstances", instance_ids=running)
                self.wait_status(running, lambda s: s == "RUNNING")
            if time.monotonic() < self.stop_at:
                self.reads()
            for iid in live:
                self.call("TerminateInstance", instance_id=iid)
            if live:
                self.wait_status(live, lambda s: s == "RECYCLE", timeout=10.0)
                self.call("ReleaseInstances", instance_ids=live)
                self.gone.update(live)
                self.released += len(live)
                after = self.call("DescribeInstances", instance_ids=live)
                if after.data_set:
                    self.unexpected.append(f"client {self.n}: released instances still listed: "
                                           f"{[i.instance_id for i in after.data_set]}")
            self.cycles += 1
        except ZenlayerError:
            return  # recorded in call(); the leftovers are reported by the ledger check

    def run(self) -> None:
        try:
            while time.monotonic() < self.stop_at:
                self.cycle()
        except Exception as exc:  # noqa: BLE001 - a soak reports, it does not die
            self.unexpected.append(f"client {self.n}: {type(exc).__name__}: {exc}")
        finally:
            self.client.close()
            self.http.close()

    def merge_into(self, report: SoakReport) -> None:
        report.calls.update(self.calls)
        report.sends += self.sends
        report.statuses.update(self.statuses)
        report.surfaced.update(self.surfaced)
        report.retryable_failures += self.retryable_failures
        report.unexpected += self.unexpected
        for action, lat in self.latencies.items():
            report.latencies.setdefault(action, []).extend(lat)
        report.created += self.created
        report.released += self.released
        report.deleted_failed += self.deleted_failed
        report.cycles += self.cycles


def _journal_full(proc: MockProcess) -> bool:
    try:
        data = proc.control.request("GET", "/_mock/journal", params={"limit": 1})
    except Exception:  # noqa: BLE001 - a sampling hiccup just delays the warm-up mark
        return False
    entries = data.get("entries") or []
    return bool(entries) and int(entries[-1].get("seq") or 0) >= int(data.get("size") or 0)


def _offerings(client: Any, rng: random.Random, count: int = 12) -> list[tuple[str, str]]:
    """POSTPAID offerings with plenty of stock that sell ByBandwidth."""
    resp = client.describe_available_resources(instance_charge_type="POSTPAID")
    good = [(r.zone_id, r.instance_type_id) for r in resp.available_resources
            if (r.qty or 0) >= 40 and r.internet_charge_types and "ByBandwidth" in [str(t) for t in r.internet_charge_types]]
    rng.shuffle(good)
    return sorted(good[:count])


def _stock(client: Any, offerings: list[tuple[str, str]]) -> dict[tuple[str, str], int | None]:
    out: dict[tuple[str, str], int | None] = {}
    for zone, itype in offerings:
        resp = client.describe_available_resources(instance_charge_type="POSTPAID", zone_id=zone,
                                                   instance_type_id=itype)
        out[(zone, itype)] = resp.available_resources[0].qty if resp.available_resources else None
    return out


def run_soak(
    duration_s: float,
    clients: int = 8,
    *,
    speed: float = 600.0,
    seed: int = 20261127,
    faults: bool = True,
    state_dir: str | Path | None = None,
    warmup_fraction: float = 0.25,
    journal_size: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> SoakReport:
    """Run the soak for ``duration_s`` seconds of load (plus start-up and cleanup) and return the report."""
    from zltoolkit.client import Client, RetryPolicy

    say = progress or (lambda _msg: None)
    report = SoakReport(duration_s=duration_s, clients=clients, speed=speed)
    rng = random.Random(seed)
    tmp = tempfile.TemporaryDirectory(prefix="zl-soak-") if state_dir is None else None
    directory = Path(tmp.name if tmp is not None else state_dir)  # type: ignore[arg-type]
    state_file = directory / "soak-state.sqlite"
    proc = MockProcess(clock="real", speed=speed, seed=seed, state_file=str(state_file), journal_size=journal_size)
    try:
        proc.start()
        say(f"zl-mock pid {proc.pid} at {proc.url} (state file {state_file})")
        admin = Client(proc.url, access_key_id=DEMO_KEY, access_key_password=DEMO_PASSWORD,
                       retry=RetryPolicy(max_attempts=10, base=0.05, cap=1.0, deadline=60.0))
        offerings = _offerings(admin, rng)
        stock_before = _stock(admin, offerings)
        if faults:
            for rule in FAULT_RULES:
                proc.control.add_fault(**rule)
        start = time.monotonic()
        stop_at = start + duration_s
        workers = [_Worker(i, proc.url, offerings, stop_at, seed + i) for i in range(clients)]
        threads = [threading.Thread(target=w.run, name=f"soak-{w.n}", daemon=True) for w in workers]
        for t in threads:
            t.start()
        warm_at = start + max(1.0, duration_s * warmup_fraction)
        warm_taken = False
        while any(t.is_alive() for t in threads):
            now = time.monotonic()
            kb = proc.rss_kb()
            report.rss_samples.append((round(now - start, 2), kb))
            # Warm-up ends once the journal's ring buffer has wrapped (it holds the last N requests by
            # design; filling it is not a leak) and a share of the run has passed.
            if not warm_taken and now >= warm_at and now < stop_at and _journal_full(proc):
                report.rss_warm_kb, report.warm_at_s, warm_taken = kb, round(now - start, 1), True
            if now < stop_at:
                report.rss_end_kb = kb
            if now > stop_at + 120.0:
                report.unexpected.append("clients did not finish within 120 s after the end of the run")
                break
            time.sleep(0.5 if now < stop_at else 0.1)
        report.rss_end_kb = report.rss_end_kb or proc.rss_kb()
        if not warm_taken:  # the ring never filled: measure from the middle of the run, and say so
            mid = [kb for t, kb in report.rss_samples if t >= duration_s / 2] or [report.rss_end_kb]
            report.rss_warm_kb, report.warm_at_s = mid[0], None
        for w in workers:
            w.merge_into(report)
        if faults:
            proc.control.clear_faults()
        _check_invariants(report, proc, admin, workers, offerings, stock_before)
        admin.close()
        say(report.summary())
        return report
    finally:
        proc.stop()
        if tmp is not None:
            tmp.cleanup()


def _check_invariants(report: SoakReport, proc: MockProcess, admin: Any, workers: list[_Worker],
                      offerings: list[tuple[str, str]], stock_before: dict[tuple[str, str], int | None]) -> None:
    inv = proc.control.request("GET", "/_mock/invariants")
    report.invariants_ok = bool(inv.get("ok"))
    for o in inv.get("offerings", []):
        if not o.get("ok"):
            report.violations.append(f"offering {o['zoneId']}/{o['instanceTypeId']}/{o['chargeType']}: stock "
                                     f"{o['stock']} + held {o['held']} != initial {o['initial']}")
    for a in inv.get("accounts", []):
        if not a.get("ok"):
            report.violations.append(f"account {a['accountId']}: {a}")
    # Public view: every offering used is back to its starting stock (everything was released).
    stock_after = _stock(admin, offerings)
    for key, before in stock_before.items():
        if before is not None and stock_after.get(key) != before:
            report.violations.append(f"stock of {key[0]}/{key[1]} POSTPAID: {before} before, "
                                     f"{stock_after.get(key)} after")
    # Ledger: every id a client received still exists, or that client released/deleted it.
    state = proc.control.request("GET", "/_mock/instances", params={"accountId": "acc-demo"})
    live = {i["instanceId"] for i in state.get("instances", [])}
    for w in workers:
        unexplained = w.received - live - w.gone
        if unexplained:
            report.violations.append(f"client {w.n}: ids gone without being released: {sorted(unexplained)[:5]}")
        report.leftover_ids += sorted(w.received & live)
    if report.leftover_ids:
        report.violations.append(f"{len(report.leftover_ids)} instances left behind: {report.leftover_ids[:5]}")
    report.invariants_ok = report.invariants_ok and not report.violations


# --- entry points ---


def metrics(report: SoakReport) -> list[Metric]:
    out = [
        Metric("soak: server RSS growth after warm-up", report.rss_growth * 100, "< 10 %",
               report.rss_growth < 0.10, unit="%",
               note=f"{report.rss_warm_kb / 1024:.0f}->{report.rss_end_kb / 1024:.0f} MiB"),
        Metric("soak: invariants (stock, money, ids)", "ok" if report.invariants_ok else "violated", "ok",
               bool(report.invariants_ok)),
        Metric("soak: calls failed on a retryable code", report.retryable_failures, "0",
               report.retryable_failures == 0, note=f"{report.retries} retries of {report.total_calls} calls"),
        Metric("soak: unexpected errors", len(report.unexpected), "0", not report.unexpected),
        Metric("soak: throughput", report.total_calls / max(report.duration_s, 1e-9), "-", None, unit="calls/s",
               note=f"{report.clients} clients, faults on"),
    ]
    for action in ("DescribeInstances", "CreateInstances", "InquiryPriceCreateInstance"):
        lat = report.latencies.get(action)
        if lat:
            out.append(Metric(f"soak: {action} p50 / p99", f"{percentile(lat, 50) * 1000:.1f} / "
                              f"{percentile(lat, 99) * 1000:.1f}", "-", None, unit="ms"))
    return out


def run(quick: bool = False, progress: Callable[[str], None] | None = print) -> list[Metric]:
    """For ``python -m benchmarks``: 2 minutes with 8 clients and the default journal (10,000 entries);
    ``quick``: 30 s with a 2,000-entry journal so the ring fills (steady state) early in the run."""
    if quick:
        report = run_soak(30.0, clients=8, journal_size=2000, progress=progress)
    else:
        report = run_soak(120.0, clients=8, progress=progress)
    return metrics(report)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.soak", description=__doc__.split("\n\n")[0])
    p.add_argument("--duration", type=float, default=120.0, help="seconds of load (default 120)")
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--speed", type=float, default=600.0, help="mock clock speed (default 600)")
    p.add_argument("--journal-size", type=int, default=None, help="zl-mock --journal-size (default: its own)")
    p.add_argument("--no-faults", action="store_true")
    args = p.parse_args(argv)
    report = run_soak(args.duration, args.clients, speed=args.speed, faults=not args.no_faults,
                      journal_size=args.journal_size, progress=print)
    print()
    print(format_table(metrics(report), title="soak"))
    return 0 if report.invariants_ok and not report.unexpected and report.retryable_failures == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
