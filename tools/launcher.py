"""Python servers as subprocesses: ``zl-mock`` (:class:`MockProcess`), Voila (:class:`VoilaProcess`) and any
other ``python -m ...`` server (:class:`ServerProcess`), for `make demo`, the benchmarks and the tests.

Every child runs ``sys.executable`` (the venv's bin is not on PATH in CI) in its own session (process group),
so stopping it (SIGTERM, then SIGKILL after a bounded wait) stops everything it started too (Voila's kernels).
Its stdout and stderr are read on threads, so a chatty child never blocks on a full pipe, and kept for error
messages. Everything listens on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mockserver.server import MockServerClient

__all__ = [
    "HOST",
    "REPO_ROOT",
    "MockProcess",
    "ServerProcess",
    "VoilaProcess",
    "free_port",
    "port_open",
    "rss_kb",
    "wait_for_port",
]

REPO_ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
#: The first line ``zl-mock`` prints names its URL (``zl-mock serving http://127.0.0.1:PORT ...``).
_SERVING = re.compile(r"serving (http://\S+)")


def free_port(host: str = HOST) -> int:
    """A port that was free a moment ago (prefer ``--port 0`` and reading the URL where the child allows)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def port_open(host: str, port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.5):
        return True
    return False


def wait_for_port(host: str, port: int, timeout: float = 30.0) -> None:
    """Bounded wait until something accepts TCP connections on host:port."""
    deadline = time.monotonic() + timeout
    while not port_open(host, port):
        if time.monotonic() > deadline:
            raise TimeoutError(f"nothing listening on {host}:{port} after {timeout:g} s")
        time.sleep(0.05)


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


class _Drain:
    """Reads one pipe line by line on a thread (optionally echoing it), keeping the lines."""

    def __init__(self, stream: IO[str], echo: str | None) -> None:
        self.lines: list[str] = []
        self._echo = echo
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._run, args=(stream,), daemon=True)
        self._thread.start()

    def _run(self, stream: IO[str]) -> None:
        for line in iter(stream.readline, ""):
            if self._echo is not None:
                print(f"[{self._echo}] {line.rstrip()}", flush=True)
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


class ServerProcess:
    """``python ARGV...`` in its own session, output drained and kept; ``stop()`` ends its whole group.

    ``name`` prefixes echoed lines (``echo=True``) and error messages.
    """

    def __init__(self, argv: Sequence[str], *, env: Mapping[str, str] | None = None,
                 cwd: str | Path | None = None, name: str | None = None, echo: bool = False) -> None:
        self.argv = [sys.executable, *argv]
        full_env = dict(os.environ)
        full_env["PYTHONUNBUFFERED"] = "1"
        full_env.update(env or {})
        self._env = full_env
        self._cwd = str(cwd or REPO_ROOT)
        self.name = name or " ".join(argv[:2])
        self.echo = echo
        self.proc: subprocess.Popen[str] | None = None
        self._out: _Drain | None = None
        self._err: _Drain | None = None

    def start(self) -> ServerProcess:
        self.proc = subprocess.Popen(
            self.argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            encoding="utf-8", errors="replace", env=self._env, cwd=self._cwd,
            start_new_session=True,  # its own process group: stop() reaches what it started
        )
        assert self.proc.stdout is not None and self.proc.stderr is not None
        echo = self.name if self.echo else None
        self._out, self._err = _Drain(self.proc.stdout, echo), _Drain(self.proc.stderr, echo)
        return self

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    @property
    def returncode(self) -> int | None:
        return None if self.proc is None else self.proc.poll()

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def _failure(self, what: str) -> RuntimeError:
        code = self.proc.returncode if self.proc else None
        return RuntimeError(f"{self.name} {what} (exit code {code}).\nstdout:\n{self.stdout[-2000:]}\n"
                            f"stderr:\n{self.stderr[-4000:]}")

    def wait_for_output(self, pattern: re.Pattern[str], timeout: float = 60.0) -> re.Match[str]:
        """The first match of ``pattern`` in the child's stdout; stops the child and raises if none comes."""
        assert self._out is not None
        m = self._out.wait_for(pattern, timeout, self.alive)
        if m is None:
            self.stop()
            raise self._failure(f"did not print {pattern.pattern!r} within {timeout:g} s")
        return m

    def wait_until(self, ready: Callable[[], bool], timeout: float = 60.0) -> None:
        """Bounded wait for ``ready()``; stops the child and raises when it exits first or time runs out."""
        deadline = time.monotonic() + timeout
        while not ready():
            if not self.alive():
                self.stop()
                raise self._failure("exited before it was ready")
            if time.monotonic() > deadline:
                self.stop()
                raise self._failure(f"not ready after {timeout:g} s")
            time.sleep(0.1)

    def rss_kb(self) -> int:
        return rss_kb(self.pid)

    def _signal_group(self, sig: signal.Signals) -> None:
        assert self.proc is not None
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, sig)

    def stop(self, timeout: float = 15.0) -> int | None:
        """SIGTERM to the child's group, a bounded wait, then SIGKILL. Returns the child's exit code."""
        proc = self.proc
        if proc is None:
            return None
        if proc.poll() is None:
            self._signal_group(signal.SIGTERM)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self._signal_group(signal.SIGKILL)
                proc.wait(timeout)
        for d in (self._out, self._err):
            if d is not None:
                d.join()
        return proc.returncode

    def kill(self) -> None:
        """SIGKILL the child (a crash: no cleanup runs)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(15)

    @property
    def stdout(self) -> str:
        return self._out.text() if self._out is not None else ""

    @property
    def stderr(self) -> str:
        return self._err.text() if self._err is not None else ""

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


def _flags(options: Mapping[str, Any]) -> list[str]:
    """``state_file=p`` -> ``--state-file p``; ``True`` -> a bare flag; ``None``/``False`` -> nothing."""
    out: list[str] = []
    for key, value in options.items():
        if value is None or value is False:
            continue
        flag = "--" + key.replace("_", "-")
        out += [flag] if value is True else [flag, str(value)]
    return out


class MockProcess(ServerProcess):
    """``zl-mock`` (``python -m mockserver``) on 127.0.0.1; ``port=0`` (default) takes a free port and the URL
    is read from its first line of output. Extra CLI arguments as keywords: ``MockProcess(clock="real",
    speed=600, state_file=path, seed=1)``; ``True`` gives a bare flag (``no_auth=True`` -> ``--no-auth``).
    """

    def __init__(self, *args: str, port: int = 0, startup_timeout: float = 60.0,
                 env: Mapping[str, str] | None = None, echo: bool = False, **options: Any) -> None:
        argv = ["-m", "mockserver", "--host", HOST, "--port", str(port), *args, *_flags(options)]
        super().__init__(argv, env=env, name="zl-mock", echo=echo)
        self.startup_timeout = startup_timeout
        self.url = ""
        self._control: MockServerClient | None = None

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
    def port(self) -> int:
        return int(self.endpoint.rpartition(":")[2])

    @property
    def control(self) -> MockServerClient:
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


class VoilaProcess(ServerProcess):
    """Voila serving ``notebook`` on 127.0.0.1:``port`` (0: a free one), ready once the port accepts.

    ``pool_size`` > 0 keeps that many kernels that have already run the notebook, so a page opens in about a
    second instead of waiting for a kernel to start and build the dashboard.
    """

    def __init__(self, notebook: str | Path, *, port: int = 0, pool_size: int = 1,
                 env: Mapping[str, str] | None = None, startup_timeout: float = 60.0, echo: bool = False) -> None:
        self.notebook = Path(notebook)
        self.port = port or free_port()
        self.startup_timeout = startup_timeout
        argv = ["-m", "voila", str(self.notebook), "--no-browser", f"--port={self.port}", f"--Voila.ip={HOST}",
                "--show_tracebacks=True",
                *(["--preheat_kernel=True", f"--pool_size={pool_size}"] if pool_size > 0 else [])]
        super().__init__(argv, env=env, cwd=self.notebook.parent, name="voila", echo=echo)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/"

    def start(self) -> VoilaProcess:
        super().start()
        self.wait_until(lambda: port_open(HOST, self.port), self.startup_timeout)
        return self

    def __enter__(self) -> VoilaProcess:
        return self.start()
