"""Serving the mock: ``MockServer`` (in a thread, port 0) and the ``zl-mock`` CLI, both through ``Serving``.

``Serving`` is the one start/stop path: the app on werkzeug's threaded server with the keep-alive, JSON-errors
request handler (``http_handler``; why that server: docs/serving.md) on a background thread, and on stop the
server shut down, its socket closed, the thread joined and the backend closed (the state file's last write).
``MockServerClient`` (``control_client``) drives the ``/_mock`` control plane over HTTP.
"""

from __future__ import annotations

import argparse
import dataclasses
import ipaddress
import logging
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from .config import MockConfig
from .control_client import MockControlError, MockServerClient
from .http_handler import make_http_server

if TYPE_CHECKING:
    from flask import Flask
    from werkzeug.serving import BaseWSGIServer

    from .backend.core import Backend

__all__ = ["DemoCredentials", "MockControlError", "MockServer", "MockServerClient", "Serving", "demo_credentials",
           "main"]

logger = logging.getLogger("mockserver")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclasses.dataclass(frozen=True)
class DemoCredentials:
    """An access key of the scenario's first account (mock only). ``repr`` hides the password."""

    access_key_id: str
    access_key_password: str = dataclasses.field(repr=False)

    def __iter__(self) -> Iterator[str]:  # allows ``key_id, password = server.credentials``
        return iter((self.access_key_id, self.access_key_password))


class Serving:
    """``app`` served on ``host:port`` (0: a free port) by a background thread; ``stop()`` undoes everything.

    Binding happens here (``OSError`` when the address is taken); ``start()`` begins answering.
    """

    def __init__(self, app: Flask, host: str, port: int, *, verbose: bool = False) -> None:
        self.app = app
        self._server: BaseWSGIServer = make_http_server(host, port, app, verbose=verbose)
        self._thread: threading.Thread | None = None
        self._stopped = False

    @property
    def host(self) -> str:
        return str(self._server.server_address[0])

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def endpoint(self) -> str:
        """``host:port`` (IPv6 hosts in brackets)."""
        host = self.host
        return f"[{host}]:{self.port}" if ":" in host else f"{host}:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.endpoint}"

    @property
    def backend(self) -> Backend:
        from .app import state_of

        return state_of(self.app).backend

    def start(self) -> Serving:
        if self._thread is None:
            self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.1},
                                            name=f"zl-mock:{self.port}", daemon=True)
            self._thread.start()
        return self

    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self._thread is not None:
            self._server.shutdown()  # waits for serve_forever to return; only valid once it ran
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.backend.close()


class MockServer:
    """The mock in a background thread (threaded werkzeug, HTTP/1.1). Port 0 (a free port) by default.

    ``with MockServer(clock="manual") as srv: BmcClient(Credential(*srv.credentials), Config(scheme="http",
    domain=srv.endpoint))``. Control-plane helpers (``advance``, ``reset``, ``add_fault``, ``journal``...)
    go through HTTP like any other client of ``/_mock``.
    """

    def __init__(self, config: MockConfig | None = None, **overrides: Any) -> None:
        base = config if config is not None else MockConfig(port=0)
        self.config = dataclasses.replace(base, **overrides) if overrides else base
        self._serving: Serving | None = None
        self._control: MockServerClient | None = None

    # --- lifecycle ---

    def start(self) -> MockServer:
        if self._serving is not None:
            return self
        from .app import create_app

        self._serving = Serving(create_app(self.config), self.config.host, self.config.port).start()
        self._control = MockServerClient(self._serving.url, self.config.admin_token)
        return self

    def stop(self) -> None:
        if self._serving is None:
            return
        serving, control = self._serving, self._control
        self._serving = self._control = None
        serving.stop()
        if control is not None:
            control.close()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self._serving.url if self._serving is not None else "stopped"
        return f"MockServer({where})"

    # --- where and who ---

    def _require(self) -> Serving:
        if self._serving is None:
            raise RuntimeError("the MockServer is not running; call start() or use it as a context manager")
        return self._serving

    @property
    def host(self) -> str:
        return self._require().host

    @property
    def port(self) -> int:
        return self._require().port

    @property
    def endpoint(self) -> str:
        """``host:port``: the SDK's ``Config(domain=...)`` and ``ZENLAYERCLOUD_DOMAIN``."""
        return self._require().endpoint

    @property
    def url(self) -> str:
        return self._require().url

    @property
    def app(self) -> Flask:
        if self._serving is None:
            raise RuntimeError("the MockServer is not running")
        return self._serving.app

    @property
    def backend(self) -> Backend:
        if self._serving is None:
            raise RuntimeError("the MockServer is not running")
        return self._serving.backend

    @property
    def credentials(self) -> DemoCredentials | None:
        return demo_credentials(self.backend)

    @property
    def control(self) -> MockServerClient:
        self._require()
        assert self._control is not None
        return self._control

    # --- control-plane helpers (HTTP) ---

    def health(self) -> dict[str, Any]:
        return self.control.health()

    def reset(self) -> None:
        self.control.reset()

    def now(self) -> float:
        return self.control.now()

    def advance(self, seconds: float) -> float:
        return self.control.advance(seconds)

    def set_clock(self, mode: str | None = None, speed: float | None = None) -> dict[str, Any]:
        return self.control.set_clock(mode=mode, speed=speed)

    def load_scenario(self, scenario: dict[str, Any] | str | Path) -> None:
        self.control.load_scenario(scenario)

    def set_stock(self, zone: str, instance_type: str, charge_type: str, qty: int) -> dict[str, Any]:
        return self.control.set_stock(zone, instance_type, charge_type, qty)

    def add_fault(self, **rule: Any) -> str:
        return self.control.add_fault(**rule)

    def faults(self) -> list[dict[str, Any]]:
        return self.control.faults()

    def remove_fault(self, rule_id: str) -> None:
        self.control.remove_fault(rule_id)

    def clear_faults(self) -> None:
        self.control.clear_faults()

    def journal(self, **filters: Any) -> list[dict[str, Any]]:
        return self.control.journal(**filters)

    def clear_journal(self) -> None:
        self.control.clear_journal()

    def export_state(self) -> dict[str, Any]:
        return self.control.export_state()

    def import_state(self, state: dict[str, Any]) -> None:
        self.control.import_state(state)

    def force_status(self, instance_id: str, status: str) -> dict[str, Any] | None:
        return self.control.force_status(instance_id, status)

    def market(self) -> dict[str, Any]:
        return self.control.market()

    def set_market(self, enabled: bool | None = None, **params: Any) -> dict[str, Any]:
        return self.control.set_market(enabled, **params)


def demo_credentials(backend: Backend) -> DemoCredentials | None:
    """The first access key of the scenario's first account that has one."""
    for account in backend.scenario.accounts:
        for key in account.access_keys:
            return DemoCredentials(key.access_key_id, key.access_key_password)
    return None


# --- the CLI ---


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zl-mock", description="Offline mock of the Zenlayer Bare Metal Cloud API.",
                                epilog="`zl-mock snapshot --out FILE` writes a scenario read from the endpoint in "
                                       "ZENLAYERCLOUD_* instead (docs/capacity-over-time.md).")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8900, help="port (0: any free port; default 8900)")
    p.add_argument("--scenario", help="scenario JSON file (default: the shipped demo scenario)")
    p.add_argument("--clock", choices=("real", "manual"), default="real", help="mock clock mode")
    p.add_argument("--speed", type=float, default=1.0, help="real clock speed (x wall time)")
    p.add_argument("--seed", type=int, default=None, help="seed for lifecycle outcomes and faults")
    p.add_argument("--no-auth", action="store_true", help="accept requests without valid credentials")
    p.add_argument("--state-file", help="keep state in this SQLite file (survives restarts)")
    p.add_argument("--admin-token", help="require `Authorization: Bearer T` on /_mock")
    p.add_argument("--journal-size", type=int, default=10_000, help="requests kept in the journal")
    p.add_argument("--allow-remote", action="store_true",
                   help="allow a non-loopback --host without --admin-token (anyone reaching it controls it)")
    p.add_argument("--market", choices=("on", "off"), default=None,
                   help="other tenants' demand and returns moving the stock (default off; a state file keeps its own)")
    p.add_argument("--verbose", "-v", action="store_true", help="log every request")
    return p


def config_from_args(args: argparse.Namespace) -> MockConfig:
    return MockConfig(
        host=args.host, port=args.port, scenario=args.scenario, clock=args.clock, speed=args.speed,
        seed=args.seed, auth=not args.no_auth, state_file=args.state_file, admin_token=args.admin_token,
        journal_size=args.journal_size, market=None if args.market is None else args.market == "on",
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["snapshot"]:  # `zl-mock snapshot --out FILE`: a scenario from a live endpoint
        from .snapshot import main as snapshot_main

        return snapshot_main(argv[1:])
    args = build_parser().parse_args(argv)
    if not _is_loopback(args.host) and not (args.admin_token or args.allow_remote):
        print(
            f"zl-mock: refusing to listen on {args.host}: the /_mock control plane would let anyone who can "
            "reach it reset state and inject faults. Pass --admin-token T to protect it, or --allow-remote "
            "if the network is trusted.",
            file=sys.stderr,
        )
        return 2
    if args.speed <= 0 or args.journal_size < 1:
        print("zl-mock: --speed must be > 0 and --journal-size >= 1", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    config = config_from_args(args)

    from .app import create_app, state_of
    from .scenarios.loader import ScenarioError

    try:
        app = create_app(config)
    except (ScenarioError, OSError, ValueError) as exc:
        print(f"zl-mock: {exc}", file=sys.stderr)
        return 2
    try:
        serving = Serving(app, args.host, args.port, verbose=args.verbose)
    except OSError as exc:
        print(f"zl-mock: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        state_of(app).backend.close()
        return 2
    url = serving.url
    backend = serving.backend
    creds = demo_credentials(backend)
    print(f"zl-mock serving {url}  (API: POST {url}/api/v2/bmc, control: {url}/_mock)")
    print(f"scenario: {backend.scenario.name}; clock: {config.clock} x{config.speed:g}; "
          f"auth: {'on' if config.auth else 'off'}")
    if creds is not None:
        print(f"demo access key id: {creds.access_key_id}  (its password is in the README, never printed)")
    print("Ctrl-C or SIGTERM stops it.", flush=True)

    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, on_signal)
    serving.start()
    try:
        while not stop.wait(0.5):
            if not serving.alive():
                break
    finally:
        serving.stop()
    print("zl-mock stopped.", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
