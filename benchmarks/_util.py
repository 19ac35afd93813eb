"""Shared helpers for the benchmarks (and the soak test): interleaved rounds, medians and percentiles, a
``zl-mock`` subprocess on a free port, the RSS of a pid, and the result table ``python -m benchmarks`` prints.

Everything listens on 127.0.0.1 only. Subprocesses start with ``sys.executable -m ...`` (the venv's bin is
not on PATH in CI).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = [
    "DEMO_KEY",
    "DEMO_PASSWORD",
    "DEMO_TOKEN",
    "Metric",
    "MockProcess",
    "PythonServerProcess",
    "demo_client",
    "format_table",
    "free_port",
    "interleaved",
    "median",
    "percentile",
    "rss_kb",
    "rss_mb",
    "timed",
]

REPO_ROOT = Path(__file__).resolve().parent.parent
#: The default scenario's demo credentials (published in the README; mock only).
DEMO_KEY, DEMO_PASSWORD, DEMO_TOKEN = "demo-access-key", "demo-access-key-password", "demo-token"
_SERVING = re.compile(r"serving (http://\S+)")


# --- statistics ---


def median(values: Iterable[float]) -> float:
    data = list(values)
    if not data:
        return float("nan")
    return float(statistics.median(data))


def percentile(values: Iterable[float], p: float) -> float:
    """The ``p``-th percentile (0-100), linear interpolation between closest ranks; NaN when empty."""
    data = sorted(values)
    if not data:
        return float("nan")
    if len(data) == 1:
        return float(data[0])
    k = (len(data) - 1) * (p / 100.0)
    lo = int(k)
    hi = min(lo + 1, len(data) - 1)
    return float(data[lo] + (data[hi] - data[lo]) * (k - lo))


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(seconds, result) of one call, on ``time.perf_counter``."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def interleaved(rounds: int, candidates: Mapping[str, Callable[[], float | None]]) -> dict[str, list[float]]:
    """Run every candidate once per round, rotating the order each round, so drift (thermal, other load,
    caches) hits all of them alike. A candidate that returns a number supplies its own sample (e.g. req/s);
    one that returns None is timed (seconds). Compare medians of the returned lists.
    """
    names = list(candidates)
    samples: dict[str, list[float]] = {n: [] for n in names}
    for r in range(max(1, rounds)):
        k = r % len(names)
        for name in names[k:] + names[:k]:
            elapsed, value = timed(candidates[name])
            samples[name].append(float(value) if isinstance(value, int | float) else elapsed)
    return samples


# --- processes ---


def free_port(host: str = "127.0.0.1") -> int:
    """A port that was free a moment ago (prefer ``--port 0`` and reading the URL where possible)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def rss_kb(pid: int) -> int:
    """Resident set size of ``pid`` in KiB (``VmRSS`` from ``/proc/<pid>/status``); 0 if unavailable."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def rss_mb(pid: int) -> float:
    return rss_kb(pid) / 1024.0


def wait_for_port(host: str, port: int, timeout: float = 30.0) -> None:
    """Bounded wait until something accepts TCP connections on host:port."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((host, port), timeout=1.0):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"nothing listening on {host}:{port} after {timeout:g} s") from None
            time.sleep(0.05)


class _Drain:
    """Reads a pipe line by line in a thread so the child never blocks on a full pipe."""

    def __init__(self, stream: Any) -> None:
        self.lines: list[str] = []
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._run, args=(stream,), daemon=True)
        self._thread.start()

    def _run(self, stream: Any) -> None:
        for line in iter(stream.readline, ""):
            with self._cond:
                self.lines.append(line)
                self._cond.notify_all()
        stream.close()
        with self._cond:
            self._cond.notify_all()

    def wait_for(self, pattern: re.Pattern[str], timeout: float, alive: Callable[[], bool]) -> re.Match[str] | None:
        deadline = time.monotonic() + timeout
        seen = 0
        with self._cond:
            while True:
                for line in self.lines[seen:]:
                    m = pattern.search(line)
                    if m:
                        return m
                seen = len(self.lines)
                left = deadline - time.monotonic()
                if left <= 0 or (not alive() and not self._thread.is_alive()):
                    return None
                self._cond.wait(min(left, 0.2))

    def join(self, timeout: float = 5.0) -> None:
        self._thread.join(timeout)

    def text(self) -> str:
        with self._cond:
            return "".join(self.lines)


class PythonServerProcess:
    """A Python server in a subprocess (stdout/stderr drained and kept), stopped with SIGTERM then SIGKILL."""

    def __init__(self, argv: Sequence[str], *, env: Mapping[str, str] | None = None,
                 cwd: str | Path | None = None) -> None:
        self.argv = [sys.executable, *argv]
        full_env = dict(os.environ)
        full_env["PYTHONUNBUFFERED"] = "1"
        full_env.update(env or {})
        self._env = full_env
        self._cwd = str(cwd or REPO_ROOT)
        self.proc: subprocess.Popen[str] | None = None
        self._out: _Drain | None = None
        self._err: _Drain | None = None

    def start(self) -> PythonServerProcess:
        self.proc = subprocess.Popen(
            self.argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            encoding="utf-8", errors="replace", env=self._env, cwd=self._cwd,
        )
        self._out, self._err = _Drain(self.proc.stdout), _Drain(self.proc.stderr)
        return self

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def wait_for_output(self, pattern: re.Pattern[str], timeout: float = 60.0) -> re.Match[str]:
        assert self._out is not None
        m = self._out.wait_for(pattern, timeout, self.alive)
        if m is None:
            self.stop()
            raise RuntimeError(
                f"{' '.join(self.argv[1:3])} did not print {pattern.pattern!r} within {timeout:g} s "
                f"(exit code {self.proc.returncode if self.proc else None}).\nstdout:\n{self.stdout[-2000:]}\n"
                f"stderr:\n{self.stderr[-4000:]}"
            )
        return m

    def rss_kb(self) -> int:
        return rss_kb(self.pid)

    def stop(self, timeout: float = 15.0) -> int | None:
        """SIGTERM, bounded wait, then SIGKILL. Returns the exit code."""
        proc = self.proc
        if proc is None:
            return None
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout)
        for d in (self._out, self._err):
            if d is not None:
                d.join()
        return proc.returncode

    def kill(self) -> None:
        """SIGKILL (crash simulation)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(15)

    @property
    def stdout(self) -> str:
        return self._out.text() if self._out is not None else ""

    @property
    def stderr(self) -> str:
        return self._err.text() if self._err is not None else ""

    def __enter__(self) -> PythonServerProcess:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


class MockProcess(PythonServerProcess):
    """``zl-mock`` (``python -m mockserver``) on 127.0.0.1 and a free port (``--port 0``; the URL is read
    from its first line of output). Extra CLI arguments as keywords: ``MockProcess(clock="real", speed=600,
    state_file=path, seed=1)``; ``True`` gives a bare flag (``no_auth=True`` -> ``--no-auth``).
    """

    def __init__(self, *args: str, startup_timeout: float = 60.0, **options: Any) -> None:
        argv = ["-m", "mockserver", "--host", "127.0.0.1", "--port", "0", *args]
        for key, value in options.items():
            if value is None or value is False:
                continue
            flag = "--" + key.replace("_", "-")
            argv += [flag] if value is True else [flag, str(value)]
        super().__init__(argv)
        self.startup_timeout = startup_timeout
        self.url = ""
        self._control: Any = None

    def start(self) -> MockProcess:
        super().start()
        self.url = self.wait_for_output(_SERVING, self.startup_timeout).group(1).rstrip("/")
        host, _, port = self.endpoint.rpartition(":")
        wait_for_port(host, int(port), timeout=self.startup_timeout)
        return self

    def __enter__(self) -> MockProcess:
        return self.start()

    @property
    def endpoint(self) -> str:
        """``host:port`` (the SDK's ``Config(domain=...)``)."""
        return self.url.removeprefix("http://")

    @property
    def control(self) -> Any:
        """A ``MockServerClient`` for ``/_mock`` (reset, faults, journal, state, ...)."""
        if self._control is None:
            from mockserver.server import MockServerClient

            self._control = MockServerClient(self.url, timeout=120.0)
        return self._control

    def stop(self, timeout: float = 15.0) -> int | None:
        if self._control is not None:
            self._control.close()
            self._control = None
        return super().stop(timeout)


def demo_client(url: str, **kwargs: Any) -> Any:
    """A ``zltoolkit.client.Client`` on ``url`` with the demo access key (override with keywords)."""
    from zltoolkit.client import Client

    if "token" not in kwargs and "credentials" not in kwargs:
        kwargs.setdefault("access_key_id", DEMO_KEY)
        kwargs.setdefault("access_key_password", DEMO_PASSWORD)
    return Client(url, **kwargs)


# --- results ---


@dataclass
class Metric:
    """One line of the final table. ``passed`` None = reported only (no target)."""

    name: str
    measured: float | str | None
    target: str = "-"
    passed: bool | None = None
    unit: str = ""
    note: str = ""
    source: str = ""

    def measured_text(self) -> str:
        v = self.measured
        if v is None:
            return "n/a"
        if isinstance(v, float):
            if v != v:
                return "n/a"
            text = f"{v:,.3g}" if abs(v) < 100 else f"{v:,.0f}"
        else:
            text = str(v)
        return f"{text} {self.unit}".strip()

    def verdict(self) -> str:
        return {True: "PASS", False: "FAIL", None: "info"}[self.passed]


@dataclass
class Section:
    """What one benchmark module returns: its metrics and any free text it printed."""

    name: str
    metrics: list[Metric] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0


def format_table(metrics: Sequence[Metric], title: str | None = None) -> str:
    headers = ("metric", "measured", "target", "result")
    rows = [(m.name + (f"  [{m.note}]" if m.note else ""), m.measured_text(), m.target, m.verdict())
            for m in metrics]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    line = "  ".join("-" * w for w in widths)
    out = []
    if title:
        out.append(title)
    out.append("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    out.append(line)
    for r in rows:
        out.append("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    return "\n".join(out)
