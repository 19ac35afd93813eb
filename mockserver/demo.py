"""`make demo`: a `zl-mock` on a fast real clock plus the Voila dashboard pointed at it.

    python -m mockserver.demo --port 8900 --voila-port 8866

Both run as child processes in their own sessions (process groups), so Ctrl-C / SIGTERM stops both and
everything they started (Voila's kernels). The dashboard reaches the mock the way a notebook reaches any
endpoint: through the ``ZENLAYERCLOUD_*`` variables and ``ZL_ENDPOINT=env``. The browser tests use the same
launcher (:class:`DemoStack`), so what they drive is exactly what `make demo` shows.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

#: Published, fixed demo credentials of the default scenario (mock only).
DEMO_ACCESS_KEY_ID = "demo-access-key"
DEMO_ACCESS_KEY_PASSWORD = "demo-access-key-password"

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_NOTEBOOK = ROOT / "notebooks" / "dashboard.ipynb"
HOST = "127.0.0.1"


def free_port(host: str = HOST) -> int:
    """A port nothing listens on right now (the tiny race until the child binds it is acceptable here)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def _port_open(host: str, port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.5):
        return True
    return False


def _health_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_mock/health", timeout=2) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


class _Tail:
    """Keeps the last lines a child prints (read on a thread so its pipe never fills), for error messages."""

    def __init__(self, proc: subprocess.Popen[str], name: str, echo: bool) -> None:
        self.lines: list[str] = []
        self._name, self._echo = name, echo
        self._thread = threading.Thread(target=self._run, args=(proc,), daemon=True)
        self._thread.start()

    def _run(self, proc: subprocess.Popen[str]) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            self.lines = [*self.lines[-49:], line.rstrip()]
            if self._echo:
                print(f"[{self._name}] {line.rstrip()}", flush=True)

    def text(self) -> str:
        return "\n".join(self.lines[-20:])


def _wait(what: str, ready: Callable[[], bool], proc: subprocess.Popen[str], tail: _Tail, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with code {proc.returncode}:\n{tail.text()}")
        time.sleep(0.1)
    raise RuntimeError(f"{what} not ready after {timeout:.0f} s:\n{tail.text()}")


def _stop(proc: subprocess.Popen[str] | None, timeout: float = 10.0) -> None:
    """SIGTERM the child's whole process group, then SIGKILL what is left."""
    if proc is None or proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


class DemoStack:
    """A `zl-mock` subprocess and a Voila subprocess serving ``notebook`` wired to it.

    ``port``/``voila_port`` 0 picks free ports. Use as a context manager, or ``start()``/``stop()``.
    """

    def __init__(
        self,
        *,
        port: int = 8900,
        voila_port: int = 8866,
        speed: float = 30.0,
        notebook: str | Path = DEFAULT_NOTEBOOK,
        echo: bool = False,
        extra_env: dict[str, str] | None = None,
        voila: bool = True,
        pool_size: int = 1,
    ) -> None:
        self.port = port or free_port()
        self.voila_port = voila_port or free_port()
        self.speed = speed
        self.notebook = Path(notebook)
        self.echo = echo
        self.extra_env = dict(extra_env or {})
        self.with_voila = voila
        self.pool_size = pool_size  # pre-heated Voila kernels (0: start one per page, ~10 s)
        self.mock: subprocess.Popen[str] | None = None
        self.voila: subprocess.Popen[str] | None = None
        self._tails: list[_Tail] = []

    @property
    def mock_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def voila_url(self) -> str:
        return f"http://{HOST}:{self.voila_port}/"

    def env(self) -> dict[str, str]:
        """The environment the dashboard's kernel sees: `ENDPOINT = "env"` resolves to this mock."""
        env = dict(os.environ)
        env.update(
            ZENLAYERCLOUD_ACCESS_KEY_ID=DEMO_ACCESS_KEY_ID,
            ZENLAYERCLOUD_ACCESS_KEY_PASSWORD=DEMO_ACCESS_KEY_PASSWORD,
            ZENLAYERCLOUD_DOMAIN=f"{HOST}:{self.port}",
            ZENLAYERCLOUD_SCHEME="http",
            ZL_ENDPOINT="env",
            PYTHONUNBUFFERED="1",
            # The kernel runs in notebooks/: the checkout must be importable even without `pip install -e .`.
            PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p),
        )
        env.pop("ZENLAYERCLOUD_TOKEN", None)  # an access key in the environment wins anyway; be explicit
        env.update(self.extra_env)
        return env

    def _spawn(self, name: str, args: list[str], env: dict[str, str], cwd: Path) -> subprocess.Popen[str]:
        # sys.executable: the venv's bin is not on PATH in CI. New session: killpg stops the whole tree.
        proc = subprocess.Popen(
            [sys.executable, *args],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        self._tails.append(_Tail(proc, name, self.echo))
        return proc

    def start(self, timeout: float = 60.0) -> DemoStack:
        env = self.env()
        try:
            self.mock = self._spawn(
                "zl-mock",
                ["-m", "mockserver", "--host", HOST, "--port", str(self.port), "--clock", "real",
                 "--speed", str(self.speed)],
                env,
                ROOT,
            )
            _wait("zl-mock", lambda: _health_ok(self.mock_url), self.mock, self._tails[-1], timeout)
            if self.with_voila:
                self.voila = self._spawn(
                    "voila",
                    ["-m", "voila", str(self.notebook), "--no-browser", f"--port={self.voila_port}",
                     f"--Voila.ip={HOST}", "--show_tracebacks=True",
                     # A pool of one kernel that has already run the notebook: pages open in about a
                     # second instead of waiting for a kernel to start and build the dashboard.
                     *(["--preheat_kernel=True", f"--pool_size={self.pool_size}"] if self.pool_size > 0 else [])],
                    env,
                    self.notebook.parent,
                )
                _wait("voila", lambda: _port_open(HOST, self.voila_port), self.voila, self._tails[-1], timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        _stop(self.voila)
        _stop(self.mock)

    def logs(self) -> str:
        return "\n---\n".join(t.text() for t in self._tails)

    def control(self, method: str, path: str, body: dict | None = None) -> object:
        """Call the mock's control plane (``/_mock/...``) with the stdlib: JSON in, JSON out."""
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(
            f"{self.mock_url}{path}", data=data, method=method, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            raw = resp.read()
        return json.loads(raw) if raw else None

    def __enter__(self) -> DemoStack:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


@contextlib.contextmanager
def _signals_raise() -> Iterator[None]:
    """SIGTERM behaves like Ctrl-C, so both end in the same cleanup."""

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mockserver.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8900, help="zl-mock port (0: any free port)")
    parser.add_argument("--voila-port", type=int, default=8866, help="Voila port (0: any free port)")
    parser.add_argument("--speed", type=float, default=30.0, help="mock clock speed (x wall time)")
    parser.add_argument("--notebook", default=str(DEFAULT_NOTEBOOK), help="the notebook Voila serves")
    parser.add_argument("--quiet", action="store_true", help="do not echo the children's output")
    args = parser.parse_args(argv)
    stack = DemoStack(port=args.port, voila_port=args.voila_port, speed=args.speed, notebook=args.notebook,
                      echo=not args.quiet)
    with _signals_raise():
        try:
            stack.start()
            print(f"\nzl-mock:   {stack.mock_url}   (access key id {DEMO_ACCESS_KEY_ID}, clock x{args.speed:g})")
            print(f"dashboard: {stack.voila_url}")
            print("Ctrl-C stops both.\n", flush=True)
            while True:
                for name, proc in (("zl-mock", stack.mock), ("voila", stack.voila)):
                    if proc is not None and proc.poll() is not None:
                        print(f"{name} exited with code {proc.returncode}", file=sys.stderr)
                        return 1
                time.sleep(0.5)
        except KeyboardInterrupt:
            print("\nstopping...", flush=True)
            return 0
        except RuntimeError as exc:
            print(f"demo failed to start: {exc}", file=sys.stderr)
            return 1
        finally:
            stack.stop()


if __name__ == "__main__":
    raise SystemExit(main())
