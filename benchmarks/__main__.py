"""``python -m benchmarks [--quick] [--only NAME,...]``: run every benchmark in one go, then print one table:
metric, measured, target, pass/fail.

Sections, in order (each in its own process or with its own servers, one after the other so they do not
compete for the CPU):

- ``bench_mock``     the mock against the floor (a bare WSGI app on the same server answering the same bytes):
                     DescribeInstances 100/page of 10k, DescribeAvailableResources, DescribeInstanceTypes,
                     DescribeImages (>= 0.6x each); CreateInstances vs a signature-checking floor (>= 0.7x);
                     filters at 100k vs an unfiltered page (<= 3x); memory per instance at 30k and 100k
                     after a query load (<= 2 KB);
- ``bench_planning`` price sweep vs the official SDK with 50 ms latency (>= 20x, zero failed pairs, also under
                     a 20 req/s rate limit), watching 500 instances (<= 5 calls per round);
- ``bench_moto``     create 1,000 instances and page through them, side by side with moto (reported);
- ``soak``           8 clients, faults on, 2 minutes (``--quick``: 30 s): RSS growth after warm-up < 10%,
                     invariants, retries.

A module that exposes ``run(quick: bool) -> list[Metric]`` (``benchmarks._util.Metric``) is called directly;
one that only has ``main(argv)`` runs as ``python -m benchmarks.<name>`` with its output shown as it comes and
its figures read from what it prints. Exit status 1 when any target is missed.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from benchmarks._util import Metric, Section, format_table
from tools.launcher import REPO_ROOT

SECTIONS = ("bench_mock", "bench_planning", "bench_history", "bench_moto", "soak")
#: CLI arguments for modules that run as subprocesses: (full, quick).
SUBPROCESS_ARGS: dict[str, tuple[list[str], list[str]]] = {
    "bench_planning": ([], ["--rounds", "1"]),
}
_VERDICTS = {"pass": True, "ok": True, "fail": False, "info": None, "-": None}


# --- reading figures out of a module's printed output ---


def parse_table(out: str, source: str) -> list[Metric]:
    """A printed table ``metric  measured  target  result`` (columns separated by 2+ spaces)."""
    lines = out.splitlines()
    start = None
    for i, line in enumerate(lines):
        cols = [c.strip().lower() for c in re.split(r"\s{2,}", line.strip())]
        if cols[:1] == ["metric"] and "target" in cols and cols[-1] in ("result", "pass/fail"):
            start = i + 1
    if start is None:
        return []
    found = []
    for line in lines[start:]:
        if not line.strip() or set(line.strip()) <= {"-", " "}:
            continue
        cols = [c.strip() for c in re.split(r"\s{2,}", line.strip())]
        if len(cols) < 4 or cols[-1].lower() not in _VERDICTS:
            break
        name, measured, target, verdict = cols[0], "  ".join(cols[1:-2]), cols[-2], cols[-1].lower()
        passed = None if target.lower() in ("info", "-", "reported") else _VERDICTS[verdict]
        found.append(Metric(name, measured, target, passed, source=source))
    return found


PARSERS: dict[str, Callable[[str], list[Metric]]] = {
    "bench_planning": lambda out: parse_table(out, "bench_planning"),
}


# --- running ---


def _coerce(item: Any, source: str) -> Metric:
    """A Metric from what a module's ``run()`` returned: Metric-like objects or (name, measured, target, ok)."""
    if isinstance(item, Metric):
        item.source = item.source or source
        return item
    if isinstance(item, tuple | list) and len(item) >= 4:
        name, measured, target, ok = item[:4]
        return Metric(str(name), measured, str(target), ok if isinstance(ok, bool) or ok is None else bool(ok),
                      source=source)
    if isinstance(item, dict):
        return Metric(str(item.get("name") or item.get("metric")), item.get("measured"), str(item.get("target", "-")),
                      item.get("passed", item.get("ok")), unit=str(item.get("unit", "")), source=source)
    return Metric(str(getattr(item, "name", item)), getattr(item, "measured", None),
                  str(getattr(item, "target", "-")), getattr(item, "passed", None), source=source)


def _run_subprocess(name: str, quick: bool) -> tuple[int, str]:
    full, fast = SUBPROCESS_ARGS.get(name, ([], []))
    argv = [sys.executable, "-m", f"benchmarks.{name}", *(fast if quick else full)]
    print(f"$ python -m benchmarks.{name} {' '.join(fast if quick else full)}".rstrip(), flush=True)
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=REPO_ROOT,
                            encoding="utf-8", errors="replace")
    assert proc.stdout is not None
    lines = []
    for line in proc.stdout:
        sys.stdout.write("    " + line)
        sys.stdout.flush()
        lines.append(line)
    return proc.wait(), "".join(lines)


def run_section(name: str, quick: bool) -> Section:
    section = Section(name)
    started = time.perf_counter()
    print(f"\n=== {name} ===", flush=True)
    try:
        if importlib.util.find_spec(f"benchmarks.{name}") is None:
            section.error = "not present"
            return section
        module = importlib.import_module(f"benchmarks.{name}")
        run = getattr(module, "run", None)
        if callable(run):
            section.metrics = [_coerce(m, name) for m in run(quick=quick)]
        else:
            code, out = _run_subprocess(name, quick)
            parser = PARSERS.get(name, lambda text: parse_table(text, name))
            section.metrics = parser(out)
            if not section.metrics:
                section.error = f"exit code {code}; no figures found in its output"
            elif code != 0 and all(m.passed is not False for m in section.metrics):
                section.metrics.append(Metric(f"{name}: exit status", code, "0", False, source=name))
    except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others' figures
        section.error = f"{type(exc).__name__}: {exc}"
        import traceback

        traceback.print_exc()
    finally:
        section.seconds = time.perf_counter() - started
    return section


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="shorter runs (fewer rounds, 30 s soak)")
    p.add_argument("--only", default="", help=f"comma-separated subset of {', '.join(SECTIONS)}")
    args = p.parse_args(argv)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()] or list(SECTIONS)
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        p.error(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")

    started = time.perf_counter()
    sections = [run_section(name, args.quick) for name in SECTIONS if name in chosen]
    rows: list[Metric] = []
    for s in sections:
        if s.error:
            missing = s.error == "not present"  # a module not written yet is reported, not failed
            rows.append(Metric(f"{s.name}: did not run", s.error[:80], "runs", None if missing else False,
                               source=s.name))
        rows.extend(s.metrics)
    print()
    mode = "quick" if args.quick else "full"
    timings = ", ".join(f"{s.name} {s.seconds:.0f} s" for s in sections)
    print(format_table(rows, title=f"benchmarks ({mode} run, {time.perf_counter() - started:.0f} s: {timings})"))
    failed = [m for m in rows if m.passed is False]
    print(f"\n{len(failed)} target(s) missed." if failed else "\nall targets met.")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
