"""Serving the mock: the ``zl-mock`` CLI, ``MockServer`` (in a thread, port 0) and ``MockServerClient``.

``MockServerClient`` drives the ``/_mock`` control plane over HTTP, so the same helpers work for an
in-thread ``MockServer`` and for a ``zl-mock`` running in another process or on another machine.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import ipaddress
import json
import logging
import signal
import sys
import threading
from collections.abc import Iterator
from http import HTTPStatus
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from .config import MockConfig

if TYPE_CHECKING:
    import httpx
    from flask import Flask

    from .backend.core import Backend

logger = logging.getLogger("mockserver")

# http.server-level failures (bad request line, headers too large, ...) -> catalogue codes.
_ERROR_CODES = {404: "INVALID_PATH", 405: "METHOD_NOT_ALLOWED", 413: "REQUEST_ENTITY_TOO_LARGE"}


#: Request bodies up to this size are read before the app runs, which makes keep-alive safe (below).
PREREAD_MAX = 2 * 1024 * 1024


class QuietHandler(WSGIRequestHandler):
    """HTTP/1.1 keep-alive, no per-request log lines, and JSON (never HTML) for HTTP-level errors.

    werkzeug's dev server answers every request with ``Connection: close`` because http.server cannot drain
    an unread body before the next request line. Here a body with a Content-Length up to ``PREREAD_MAX`` is
    read completely *before* the app runs (the app reads a copy), so the connection is always at a request
    boundary afterwards and may stay open. Chunked or larger bodies keep werkzeug's close-after behaviour.
    """

    protocol_version = "HTTP/1.1"
    # Headers and body go out as separate writes; with Nagle on, a kept-alive connection waits for the
    # client's delayed ACK (~40 ms) before the body leaves.
    disable_nagle_algorithm = True
    verbose = False
    _keep_alive = False

    def run_wsgi(self) -> None:
        real = self.rfile
        self._keep_alive = False
        length = _content_length(self.headers.get("Content-Length"))
        plain_body = self.headers.get("Transfer-Encoding") is None and 0 <= length <= PREREAD_MAX
        if not self.close_connection and plain_body:
            body = real.read(length) if length else b""
            self.rfile = io.BytesIO(body)  # type: ignore[assignment]
            self._keep_alive = len(body) == length  # short: the client is gone
        try:
            super().run_wsgi()
        finally:
            self.rfile = real
            self._keep_alive = False  # per request: a later malformed request line must still close

    def send_header(self, keyword: str, value: str) -> None:
        if self._keep_alive and keyword.lower() == "connection" and value.lower() == "close":
            return  # werkzeug's blanket close; the body was fully read, so the connection can be reused
        super().send_header(keyword, value)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        if self.verbose:
            super().log_request(code, size)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # http.server answers malformed requests itself with an HTML page; answer the envelope instead.
        from zltoolkit.api import ERRORS

        from .context import dumps, new_request_id

        # Only a server fault is a 5xx; a malformed request line, an unsupported HTTP version or oversized
        # headers are the client's (400). The status is the catalogue's for the code.
        client_fault = code < 500 or code in (501, 505)
        api_code = _ERROR_CODES.get(code, "INVALID_REQUEST_BODY" if client_fault else "INTERNAL_SERVER_ERROR")
        status = ERRORS[api_code].http_status
        try:
            text = HTTPStatus(code).phrase
        except ValueError:
            text = "Error"
        body = dumps({"requestId": new_request_id(), "code": api_code, "message": f"{text}."}).encode()
        try:
            self.send_response(status, HTTPStatus(status).phrase)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            if getattr(self, "command", None) != "HEAD":
                self.wfile.write(body)
        except OSError:
            pass
        self.close_connection = True


def _content_length(raw: str | None) -> int:
    if raw is None:
        return 0
    try:
        return int(raw.strip())
    except ValueError:
        return -1


class _VerboseHandler(QuietHandler):
    verbose = True


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


class MockControlError(RuntimeError):
    """A ``/_mock`` call answered with the error envelope."""

    def __init__(self, status: int, code: str, message: str) -> None:
        self.status, self.code, self.message = status, code, message
        super().__init__(f"{status} {code}: {message}")


class MockServerClient:
    """The control-plane helpers over HTTP (httpx, imported lazily)."""

    def __init__(self, url: str, admin_token: str | None = None, *, timeout: float = 30.0) -> None:
        self.url = url.rstrip("/")
        self._admin_token = admin_token
        self._timeout = timeout
        self._http: httpx.Client | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"MockServerClient({self.url!r})"

    def _client(self) -> httpx.Client:
        if self._http is None:
            import httpx

            headers = {"Authorization": f"Bearer {self._admin_token}"} if self._admin_token else {}
            self._http = httpx.Client(base_url=self.url, headers=headers, timeout=self._timeout, trust_env=False)
        return self._http

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def request(self, method: str, path: str, body: Any = None, params: dict[str, Any] | None = None) -> Any:
        content = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"} if content is not None else {}
        with self._lock:  # httpx.Client is not meant to be shared across threads
            resp = self._client().request(method, path, content=content, headers=headers, params=params)
        data = resp.json() if resp.content else None
        if resp.status_code >= 400:
            data = data if isinstance(data, dict) else {}
            raise MockControlError(resp.status_code, str(data.get("code")), str(data.get("message")))
        return data

    # --- helpers ---

    def health(self) -> dict[str, Any]:
        return self.request("GET", "/_mock/health")

    def reset(self) -> None:
        self.request("POST", "/_mock/reset")

    def now(self) -> float:
        """The mock clock, Unix seconds."""
        return float(self.request("GET", "/_mock/clock")["now"])

    def clock(self) -> dict[str, Any]:
        return self.request("GET", "/_mock/clock")

    def advance(self, seconds: float) -> float:
        """Move the mock clock forward; returns the new time."""
        return float(self.request("POST", "/_mock/clock/advance", {"seconds": seconds})["now"])

    def set_clock(self, mode: str | None = None, speed: float | None = None) -> dict[str, Any]:
        body = {k: v for k, v in (("mode", mode), ("speed", speed)) if v is not None}
        return self.request("POST", "/_mock/clock", body)

    def load_scenario(self, scenario: dict[str, Any] | str | Path) -> None:
        """Replace the scenario: a dict, or a JSON file read here and sent (works for a remote server)."""
        data = scenario if isinstance(scenario, dict) else json.loads(Path(scenario).read_text(encoding="utf-8"))
        self.request("POST", "/_mock/scenario", data)

    def set_stock(self, zone: str, instance_type: str, charge_type: str, qty: int) -> dict[str, Any]:
        return self.request(
            "POST", "/_mock/stock",
            {"zoneId": zone, "instanceTypeId": instance_type, "instanceChargeType": str(charge_type), "qty": qty},
        )

    def add_fault(self, **rule: Any) -> str:
        """Add a fault rule (keys as in ``FaultRule``: action, zone, type, account, error, latencyMs, ...)."""
        return str(self.request("POST", "/_mock/faults", rule)["id"])

    def faults(self) -> list[dict[str, Any]]:
        return list(self.request("GET", "/_mock/faults")["faults"])

    def remove_fault(self, rule_id: str) -> None:
        self.request("DELETE", f"/_mock/faults/{rule_id}")

    def clear_faults(self) -> None:
        self.request("DELETE", "/_mock/faults")

    def journal(self, **filters: Any) -> list[dict[str, Any]]:
        """Journal entries (secrets redacted), filtered by action/status/code/account, ``limit`` newest."""
        params = {k: v for k, v in filters.items() if v is not None}
        return list(self.request("GET", "/_mock/journal", params=params)["entries"])

    def journal_counts(self) -> dict[str, dict[str, int]]:
        return dict(self.request("GET", "/_mock/journal")["counts"])

    def clear_journal(self) -> None:
        self.request("DELETE", "/_mock/journal")

    # --- instance/state helpers, served by the instances blueprint ---

    def export_state(self) -> dict[str, Any]:
        return self.request("GET", "/_mock/state")

    def import_state(self, state: dict[str, Any]) -> None:
        self.request("PUT", "/_mock/state", state)

    def force_status(self, instance_id: str, status: str) -> dict[str, Any] | None:
        return self.request("POST", f"/_mock/instances/{instance_id}/status", {"status": str(status)})


class MockServer:
    """The mock in a background thread (threaded werkzeug, HTTP/1.1). Port 0 (a free port) by default.

    ``with MockServer(clock="manual") as srv: BmcClient(Credential(*srv.credentials), Config(scheme="http",
    domain=srv.endpoint))``. Control-plane helpers (``advance``, ``reset``, ``add_fault``, ``journal``...)
    go through HTTP like any other client of ``/_mock``.
    """

    def __init__(self, config: MockConfig | None = None, **overrides: Any) -> None:
        base = config if config is not None else MockConfig(port=0)
        self.config = dataclasses.replace(base, **overrides) if overrides else base
        self._app: Flask | None = None
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self._control: MockServerClient | None = None

    # --- lifecycle ---

    def start(self) -> MockServer:
        if self._server is not None:
            return self
        from .app import create_app

        self._app = create_app(self.config)
        self._server = make_server(self.config.host, self.config.port, self._app, threaded=True,
                                   request_handler=QuietHandler)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.1},
                                        name=f"zl-mock:{self.port}", daemon=True)
        self._thread.start()
        self._control = MockServerClient(self.url, self.config.admin_token)
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._control is not None:
            self._control.close()
        close = getattr(self.backend, "close", None)
        if callable(close):
            close()
        self._server = self._thread = self._control = None

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self.url if self._server is not None else "stopped"
        return f"MockServer({where})"

    # --- where and who ---

    def _require(self) -> BaseWSGIServer:
        if self._server is None:
            raise RuntimeError("the MockServer is not running; call start() or use it as a context manager")
        return self._server

    @property
    def host(self) -> str:
        return str(self._require().server_address[0])

    @property
    def port(self) -> int:
        return int(self._require().server_address[1])

    @property
    def endpoint(self) -> str:
        """``host:port``: the SDK's ``Config(domain=...)`` and ``ZENLAYERCLOUD_DOMAIN``."""
        host = self.host
        return f"[{host}]:{self.port}" if ":" in host else f"{host}:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.endpoint}"

    @property
    def app(self) -> Flask:
        if self._app is None:
            raise RuntimeError("the MockServer is not running")
        return self._app

    @property
    def backend(self) -> Backend:
        from .app import state_of

        return state_of(self.app).backend

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


def demo_credentials(backend: Backend) -> DemoCredentials | None:
    """The first access key of the scenario's first account that has one."""
    for account in backend.scenario.accounts:
        for key in account.access_keys:
            return DemoCredentials(key.access_key_id, key.access_key_password)
    return None


# --- the CLI ---


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zl-mock", description="Offline mock of the Zenlayer Bare Metal Cloud API.")
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
    p.add_argument("--verbose", "-v", action="store_true", help="log every request")
    return p


def config_from_args(args: argparse.Namespace) -> MockConfig:
    return MockConfig(
        host=args.host, port=args.port, scenario=args.scenario, clock=args.clock, speed=args.speed,
        seed=args.seed, auth=not args.no_auth, state_file=args.state_file, admin_token=args.admin_token,
        journal_size=args.journal_size,
    )


def main(argv: list[str] | None = None) -> int:
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
    handler = _VerboseHandler if args.verbose else QuietHandler
    try:
        server = make_server(args.host, args.port, app, threaded=True, request_handler=handler)
    except OSError as exc:
        print(f"zl-mock: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2
    host, port = server.server_address[0], server.server_address[1]
    shown = f"[{host}]" if ":" in str(host) else host
    url = f"http://{shown}:{port}"
    backend = state_of(app).backend
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
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    thread.start()
    try:
        while not stop.wait(0.5):
            if not thread.is_alive():
                break
    finally:
        server.shutdown()
        server.server_close()
        close = getattr(backend, "close", None)
        if callable(close):
            close()
    print("zl-mock stopped.", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
