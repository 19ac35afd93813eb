"""`make demo`: a `zl-mock` on a fast real clock plus the Voila dashboard pointed at it.

    python -m tools.demo --port 8900 --voila-port 8866

Both run as child processes in their own sessions (``tools.launcher``), so Ctrl-C / SIGTERM stops both and
everything they started (Voila's kernels). The dashboard reaches the mock the way a notebook reaches any
endpoint: through the ``ZENLAYERCLOUD_*`` variables and ``ZL_ENDPOINT=env``. The browser tests use the same
stack (:class:`DemoStack`), so what they drive is exactly what `make demo` shows.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from tools.launcher import REPO_ROOT, MockProcess, ServerProcess, VoilaProcess

#: Published, fixed demo credentials of the default scenario (mock only).
DEMO_ACCESS_KEY_ID = "demo-access-key"
DEMO_ACCESS_KEY_PASSWORD = "demo-access-key-password"

DEFAULT_NOTEBOOK = REPO_ROOT / "notebooks" / "dashboard.ipynb"


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
        self.port = port
        self.voila_port = voila_port
        self.speed = speed
        self.notebook = Path(notebook)
        self.echo = echo
        self.extra_env = dict(extra_env or {})
        self.with_voila = voila
        self.pool_size = pool_size  # pre-heated Voila kernels (0: start one per page, ~10 s)
        self.mock: MockProcess | None = None
        self.voila: VoilaProcess | None = None

    @property
    def mock_url(self) -> str:
        if self.mock is None:
            raise RuntimeError("the demo stack is not running")
        return self.mock.url

    @property
    def voila_url(self) -> str:
        if self.voila is None:
            raise RuntimeError("the demo stack runs no Voila")
        return self.voila.url

    def env(self) -> dict[str, str]:
        """The environment the dashboard's kernel sees: `ENDPOINT = "env"` resolves to this mock."""
        env = dict(os.environ)
        env.update(
            ZENLAYERCLOUD_ACCESS_KEY_ID=DEMO_ACCESS_KEY_ID,
            ZENLAYERCLOUD_ACCESS_KEY_PASSWORD=DEMO_ACCESS_KEY_PASSWORD,
            ZENLAYERCLOUD_SCHEME="http",
            ZL_ENDPOINT="env",
            # The kernel runs in notebooks/: the checkout must be importable even without `pip install -e .`.
            PYTHONPATH=os.pathsep.join(p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH", "")) if p),
        )
        if self.mock is not None and self.mock.url:
            env["ZENLAYERCLOUD_DOMAIN"] = self.mock.endpoint
        env.pop("ZENLAYERCLOUD_TOKEN", None)  # an access key in the environment wins anyway; be explicit
        env.update(self.extra_env)
        return env

    def start(self, timeout: float = 60.0) -> DemoStack:
        try:
            # The market on: the demo's stock moves like a real cloud's (docs/capacity-over-time.md).
            self.mock = MockProcess(port=self.port, clock="real", speed=self.speed, env=self.env(),
                                    startup_timeout=timeout, echo=self.echo, market="on").start()
            if self.with_voila:
                self.voila = VoilaProcess(self.notebook, port=self.voila_port, pool_size=self.pool_size,
                                          env=self.env(), startup_timeout=timeout, echo=self.echo).start()
        except BaseException:
            self.stop()
            raise
        return self

    def processes(self) -> list[tuple[str, ServerProcess]]:
        return [(p.name, p) for p in (self.mock, self.voila) if p is not None]

    def stop(self) -> None:
        for proc in (self.voila, self.mock):
            if proc is not None:
                proc.stop(timeout=10.0)

    def logs(self) -> str:
        return "\n---\n".join(f"{name}:\n{p.stdout[-2000:]}{p.stderr[-2000:]}" for name, p in self.processes())

    def control(self, method: str, path: str, body: dict[str, Any] | None = None) -> object:
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
    doc = (__doc__ or "").splitlines()[0]
    parser = argparse.ArgumentParser(prog="python -m tools.demo", description=doc)
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
                for name, proc in stack.processes():
                    if not proc.alive():
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
