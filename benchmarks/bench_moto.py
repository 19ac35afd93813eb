"""Side by side with moto on the closest equivalent: create 1,000 instances, then page through them by 100.

- moto: EC2 ``run_instances`` (10 batches of 100) and ``describe_instances`` pages of 100 instances via boto3
  against ``moto.server.ThreadedMotoServer`` on 127.0.0.1;
- ours: ``CreateInstances`` (10 batches of ``amount=100``) and ``DescribeInstances`` with ``pageSize=100`` via
  ``zltoolkit.client.Client`` against a ``zl-mock`` subprocess (manual clock, signatures verified).

Both servers run in their own subprocess (so neither shares the GIL with the benchmark client), one client,
sequential requests, keep-alive; rounds are interleaved and medians reported, with the server's RSS growth per
instance. moto's EC2 pagination counts reservations, and one ``run_instances`` call is one reservation of
100 instances, so ``MaxResults=1`` gives pages of exactly 100 instances (checked).

moto's server module imports ``flask_cors`` (its ``[server]`` extra); the ``bench`` extra installs
``moto[ec2]`` only, so the subprocess stubs that import when it is missing and disables moto's global CORS
(which only adds response headers).

``python -m benchmarks.bench_moto [--rounds 3] [--instances 1000]``
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from benchmarks._util import Metric, demo_client, format_table, median, timed
from tools.launcher import MockProcess, ServerProcess

__all__ = ["MotoProcess", "main", "run", "run_bench"]

BATCH = 100
_MOTO_SERVER = textwrap.dedent(
    """
    import importlib.util, logging, os, signal, sys, threading, types
    os.environ.setdefault("MOTO_DISABLE_GLOBAL_CORS", "true")
    if importlib.util.find_spec("flask_cors") is None:
        stub = types.ModuleType("flask_cors")
        stub.CORS = lambda app, *a, **k: app
        sys.modules["flask_cors"] = stub
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    from moto.server import ThreadedMotoServer
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    print(f"moto serving http://{host}:{port}", flush=True)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *a: done.set())
    done.wait()
    server.stop()
    """
)


class MotoProcess(ServerProcess):
    """``ThreadedMotoServer`` in a subprocess on 127.0.0.1 and a free port."""

    def __init__(self) -> None:
        super().__init__(["-c", _MOTO_SERVER], name="moto")
        self.url = ""

    def start(self) -> MotoProcess:
        super().start()
        self.url = self.wait_for_output(re.compile(r"moto serving (http://\S+)"), 120.0).group(1)
        return self

    def __enter__(self) -> MotoProcess:
        return self.start()

    def reset(self) -> None:
        import httpx

        httpx.post(f"{self.url}/moto-api/reset", timeout=60.0).raise_for_status()


@dataclass
class Samples:
    create_s: list[float] = field(default_factory=list)
    page_s: list[float] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    kib_per_instance: list[float] = field(default_factory=list)


def _moto_round(proc: MotoProcess, ec2: Any, image_id: str, n: int, out: Samples) -> None:
    proc.reset()
    rss0 = proc.rss_kb()

    def create() -> None:
        for _ in range(n // BATCH):
            r = ec2.run_instances(ImageId=image_id, MinCount=BATCH, MaxCount=BATCH, InstanceType="t3.micro")
            assert len(r["Instances"]) == BATCH

    def page() -> int:
        token, seen, pages = None, 0, 0
        while True:
            kw: dict[str, Any] = {"MaxResults": 1}  # one reservation = one run_instances batch = 100 instances
            if token:
                kw["NextToken"] = token
            resp = ec2.describe_instances(**kw)
            got = sum(len(res["Instances"]) for res in resp["Reservations"])
            assert got == BATCH, got
            seen += got
            pages += 1
            token = resp.get("NextToken")
            if not token:
                break
        assert seen == n, seen
        return pages

    out.create_s.append(timed(create)[0])
    out.kib_per_instance.append(max(0, proc.rss_kb() - rss0) / n)
    elapsed, pages = timed(page)
    out.page_s.append(elapsed)
    out.pages.append(pages)


def _ours_round(proc: MockProcess, client: Any, offering: tuple[str, str], n: int, out: Samples) -> None:
    zone, itype = offering
    proc.control.reset()
    proc.control.set_stock(zone, itype, "POSTPAID", n + 100)
    rss0 = proc.rss_kb()

    def create() -> None:
        for _ in range(n // BATCH):
            r = client.create_instances(zone_id=zone, instance_type_id=itype, instance_charge_type="POSTPAID",
                                        internet_charge_type="ByBandwidth", amount=BATCH, instance_name="bench")
            assert len(r.instance_id_set) == BATCH

    def page() -> int:
        seen, page_num = 0, 1
        while True:
            resp = client.describe_instances(page_size=BATCH, page_num=page_num)
            got = len(resp.data_set)
            seen += got
            if got < BATCH or seen >= resp.total_count:
                break
            page_num += 1
        assert seen == n, seen
        return page_num

    out.create_s.append(timed(create)[0])
    out.kib_per_instance.append(max(0, proc.rss_kb() - rss0) / n)
    elapsed, pages = timed(page)
    out.page_s.append(elapsed)
    out.pages.append(pages)


def _offering(client: Any) -> tuple[str, str]:
    resp = client.describe_available_resources(instance_charge_type="POSTPAID")
    for r in resp.available_resources:
        if r.internet_charge_types and "ByBandwidth" in [str(t) for t in r.internet_charge_types]:
            return r.zone_id, r.instance_type_id
    raise RuntimeError("no POSTPAID ByBandwidth offering in the scenario")


def run_bench(rounds: int = 3, n: int = 1000, progress: Callable[[str], None] | None = None) -> dict[str, Samples]:
    import boto3
    from botocore.config import Config

    say = progress or (lambda _m: None)
    if n % BATCH:
        raise ValueError(f"instances must be a multiple of {BATCH}")
    moto, ours = Samples(), Samples()
    with MotoProcess() as mproc, MockProcess(clock="manual", seed=1) as zproc:
        ec2 = boto3.client("ec2", region_name="us-east-1", endpoint_url=mproc.url, aws_access_key_id="bench",
                           aws_secret_access_key="bench", config=Config(retries={"max_attempts": 1}))
        image_id = ec2.describe_images(Owners=["amazon"], MaxResults=5)["Images"][0]["ImageId"]
        client = demo_client(zproc.url, timeout=120.0)
        offering = _offering(client)
        # The demo account's instance quota must fit the run.
        say(f"moto pid {mproc.pid}, zl-mock pid {zproc.pid}; {n} instances in batches of {BATCH}, {rounds} rounds")
        for r in range(rounds):
            steps = [("moto", lambda: _moto_round(mproc, ec2, image_id, n, moto)),
                     ("ours", lambda: _ours_round(zproc, client, offering, n, ours))]
            if r % 2:
                steps.reverse()
            for name, step in steps:
                step()
                s = moto if name == "moto" else ours
                say(f"  round {r + 1} {name}: create {s.create_s[-1]:.2f} s, page {s.page_s[-1]:.3f} s "
                    f"({s.pages[-1]} pages), {s.kib_per_instance[-1]:.1f} KiB/instance")
        client.close()
    return {"moto": moto, "ours": ours}


def metrics(result: dict[str, Samples], n: int = 1000) -> list[Metric]:
    moto, ours = result["moto"], result["ours"]
    mc, oc = median(moto.create_s), median(ours.create_s)
    mp, op = median(moto.page_s), median(ours.page_s)
    return [
        Metric(f"moto: create {n:,} (run_instances x{BATCH})", mc, "-", None, unit="s"),
        Metric(f"ours: create {n:,} (CreateInstances x{BATCH})", oc, "-", None, unit="s"),
        Metric("create: moto time / ours", mc / oc, "reported", None, unit="x"),
        Metric(f"moto: page {n:,} by {BATCH} (describe_instances)", mp, "-", None, unit="s",
               note=f"{n / BATCH / mp:.1f} pages/s"),
        Metric(f"ours: page {n:,} by {BATCH} (DescribeInstances)", op, "-", None, unit="s",
               note=f"{n / BATCH / op:.1f} pages/s"),
        Metric("page: moto time / ours", mp / op, "reported", None, unit="x"),
        Metric("create+page: moto time / ours", (mc + mp) / (oc + op), "reported", None, unit="x"),
        # First round only: after a reset, freed memory is reused and the growth understates the cost.
        Metric("server RSS growth per instance: moto / ours",
               f"{moto.kib_per_instance[0]:.1f} / {ours.kib_per_instance[0]:.1f}", "-", None, unit="KiB",
               note="first round, fresh servers"),
    ]


def run(quick: bool = False, progress: Callable[[str], None] | None = print) -> list[Metric]:
    """For ``python -m benchmarks``: 3 interleaved rounds (``quick``: 1)."""
    return metrics(run_bench(rounds=1 if quick else 3, progress=progress))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.bench_moto", description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--instances", type=int, default=1000)
    args = p.parse_args(argv)
    result = run_bench(args.rounds, args.instances, progress=print)
    print()
    print(format_table(metrics(result, args.instances), title="moto comparison"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
