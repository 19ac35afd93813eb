"""The measurement behind docs/serving.md: which HTTP servers can serve the mock with HTTP/1.1 keep-alive
*and* the JSON error envelope for malformed requests, and the keep-alive throughput of each one that runs.

    python -m tools.serving_bench [--rounds 7] [--requests 200] [--servers zl-mock,waitress,...]

Each candidate serves the same Flask app (``create_app``: default scenario, auth on, manual clock) in its own
subprocess on 127.0.0.1 (``tools.launcher``); candidates that are not installed are reported and skipped (the
server packages are not project dependencies: install them beside the checkout to compare). Two parts:

- probe: raw bytes a client may send (a request line that is not HTTP, an unknown HTTP version, a 70,000-byte
  request line, a bad chunk size, a 100 KB header) and what each server answers: status line, Content-Type,
  and whether the body is the ``{"requestId","code","message"}`` envelope;
- throughput: one keep-alive httpx client signing every request (ZC2-HMAC-SHA256), ``DescribeZones``,
  ``--requests`` per round, the servers taken in a rotating order each round; the median of the rounds' req/s.

Bounded: a fixed number of requests per round and rounds, loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import time
from collections.abc import Callable
from typing import Any

from tools.launcher import HOST, MockProcess, ServerProcess, free_port, wait_for_port

KEY, PASSWORD = "demo-access-key", "demo-access-key-password"
CANDIDATES = ("zl-mock", "werkzeug-plain", "waitress", "cheroot", "gunicorn-gthread", "hypercorn", "uvicorn-a2wsgi")
#: The module each candidate needs (None: always there).
_NEEDS = {"zl-mock": None, "werkzeug-plain": None, "waitress": "waitress", "cheroot": "cheroot",
          "gunicorn-gthread": "gunicorn", "hypercorn": "hypercorn", "uvicorn-a2wsgi": "uvicorn"}
PROBES: dict[str, bytes] = {
    "not HTTP": b"GARBAGE\r\n\r\n",
    "HTTP/9.9": b"GET / HTTP/9.9\r\nHost: x\r\n\r\n",
    "70 kB request line": b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    "bad chunk size": b"POST /api/v2/bmc HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
    "100 kB header": b"GET /_mock/health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 100_000 + b"\r\n\r\n",
}


# --- the servers (run inside the child: ``python -m tools.serving_bench serve NAME PORT``) ---


def _app() -> Any:
    from mockserver.app import create_app
    from mockserver.config import MockConfig

    return create_app(MockConfig(clock="manual", seed=1))


def _serve_werkzeug_plain(app: Any, port: int) -> None:
    from werkzeug.serving import make_server

    make_server(HOST, port, app, threaded=True).serve_forever()


def _serve_waitress(app: Any, port: int) -> None:
    from waitress import serve

    serve(app, host=HOST, port=port, threads=4, _quiet=True)


def _serve_cheroot(app: Any, port: int) -> None:
    from cheroot.wsgi import Server

    Server((HOST, port), app, numthreads=4).safe_start()


def _serve_gunicorn(app: Any, port: int) -> None:
    from gunicorn.app.base import BaseApplication

    class _App(BaseApplication):  # type: ignore[misc]  # gunicorn is untyped; its documented custom-app API
        def load_config(self) -> None:
            for key, value in {"bind": f"{HOST}:{port}", "worker_class": "gthread", "threads": 4, "workers": 1,
                               "loglevel": "warning"}.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return app

    _App().run()


def _serve_hypercorn(app: Any, port: int) -> None:
    from hypercorn.asyncio import serve
    from hypercorn.config import Config

    config = Config()
    config.bind = [f"{HOST}:{port}"]
    config.loglevel = "WARNING"
    asyncio.run(serve(app, config, mode="wsgi"))


def _serve_uvicorn(app: Any, port: int) -> None:
    import uvicorn
    from a2wsgi import WSGIMiddleware

    uvicorn.run(WSGIMiddleware(app), host=HOST, port=port, log_level="warning")


_SERVE: dict[str, Callable[[Any, int], None]] = {
    "werkzeug-plain": _serve_werkzeug_plain, "waitress": _serve_waitress, "cheroot": _serve_cheroot,
    "gunicorn-gthread": _serve_gunicorn, "hypercorn": _serve_hypercorn, "uvicorn-a2wsgi": _serve_uvicorn,
}


def _installed(name: str) -> bool:
    import importlib.util

    module = _NEEDS[name]
    return module is None or importlib.util.find_spec(module) is not None


def _start(name: str) -> tuple[ServerProcess, str]:
    if name == "zl-mock":
        mock = MockProcess(clock="manual", seed=1).start()
        return mock, mock.url
    port = free_port()
    proc = ServerProcess(["-m", "tools.serving_bench", "serve", name, str(port)], name=name).start()
    try:
        wait_for_port(HOST, port, timeout=60)
    except TimeoutError:
        proc.stop()
        raise RuntimeError(f"{name} did not listen:\n{proc.stderr[-2000:]}") from None
    return proc, f"http://{HOST}:{port}"


# --- probe ---


def probe(url: str, payload: bytes) -> str:
    host, _, port = url.removeprefix("http://").rpartition(":")
    data = b""
    try:
        with socket.create_connection((host, int(port)), timeout=5) as s:
            s.sendall(payload)
            while chunk := s.recv(65536):
                data += chunk
    except OSError as exc:
        if not data:
            return f"no answer ({type(exc).__name__})"
    if not data:
        return "connection closed, nothing sent"
    if data.startswith(b"HTTP/"):
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        ctype = next((v.split(":", 1)[1].strip() for v in lines[1:] if v.lower().startswith("content-type:")), "-")
        status = lines[0].split(" ", 1)[1] if " " in lines[0] else lines[0]
        if any(v.lower().replace(" ", "") == "transfer-encoding:chunked" for v in lines[1:]):
            body = _dechunk(body)
    else:
        status, ctype, body = "(no status line)", "-", data
    try:
        envelope = set(json.loads(body)) == {"requestId", "code", "message"}
    except ValueError:
        envelope = False
    return f"{status} | {ctype} | {'envelope' if envelope else repr(body[:40])}"


def _dechunk(data: bytes) -> bytes:
    out = b""
    while data:
        size_line, _, data = data.partition(b"\r\n")
        try:
            size = int(size_line.split(b";")[0], 16)
        except ValueError:
            break
        if size == 0:
            break
        out, data = out + data[:size], data[size + 2:]
    return out


# --- throughput ---


class _Signed:
    """One keep-alive connection; every request signed like the SDKs do."""

    def __init__(self, url: str) -> None:
        import httpx

        self.host = url.removeprefix("http://")
        self.http = httpx.Client(base_url=url, timeout=30, trust_env=False)
        self.closes = 0

    def describe_zones(self) -> None:
        from zltoolkit.api.signing import authorization_header

        ts = str(int(time.time()))
        headers = {"Content-Type": "application/json", "X-ZC-Action": "DescribeZones", "X-ZC-Version": "2022-11-20",
                   "X-ZC-Timestamp": ts, "X-ZC-Signature-Method": "ZC2-HMAC-SHA256",
                   "Authorization": authorization_header(KEY, PASSWORD, b"{}", "application/json", self.host, ts)}
        r = self.http.post("/api/v2/bmc", content=b"{}", headers=headers)
        if r.status_code != 200 or not r.json()["response"]["zoneSet"]:
            raise RuntimeError(f"DescribeZones -> {r.status_code} {r.text[:200]}")
        self.closes += r.headers.get("connection", "").lower() == "close"

    def rate(self, n: int) -> float:
        started = time.perf_counter()
        for _ in range(n):
            self.describe_zones()
        return n / (time.perf_counter() - started)


def run(names: list[str], rounds: int, per_round: int) -> None:
    running: dict[str, tuple[ServerProcess, str]] = {}
    try:
        for name in names:
            if not _installed(name):
                print(f"{name}: not installed, skipped")
                continue
            running[name] = _start(name)
        print("\n## probe: what each server answers to malformed requests\n")
        for name, (_, url) in running.items():
            for what, payload in PROBES.items():
                print(f"{name:17} {what:19} {probe(url, payload)}")
        clients = {name: _Signed(url) for name, (_, url) in running.items()}
        for c in clients.values():
            c.rate(max(10, per_round // 5))  # warm up
            c.closes = 0
        samples: dict[str, list[float]] = {n: [] for n in clients}
        order = list(clients)
        for r in range(rounds):
            k = r % len(order)
            for name in order[k:] + order[:k]:
                samples[name].append(clients[name].rate(per_round))
        print(f"\n## keep-alive throughput: one signed client, DescribeZones, {rounds} rounds x {per_round}\n")
        print("| server | median req/s | min | max | responses with Connection: close |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for name, values in samples.items():
            print(f"| {name} | {statistics.median(values):,.0f} | {min(values):,.0f} | {max(values):,.0f} | "
                  f"{clients[name].closes} |")
        for c in clients.values():
            c.http.close()
    finally:
        for proc, _ in running.values():
            proc.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.serving_bench", description=(__doc__ or "").split("\n")[0])
    sub = parser.add_subparsers(dest="command")
    serve = sub.add_parser("serve", help="(internal) serve the mock app with one candidate server")
    serve.add_argument("server", choices=sorted(_SERVE))
    serve.add_argument("port", type=int)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--requests", type=int, default=200, help="requests per server per round")
    parser.add_argument("--servers", default=",".join(CANDIDATES), help="comma-separated subset of the candidates")
    args = parser.parse_args(argv)
    if args.command == "serve":
        _SERVE[args.server](_app(), args.port)
        return 0
    names = [n.strip() for n in args.servers.split(",") if n.strip()]
    unknown = sorted(set(names) - set(CANDIDATES))
    if unknown:
        parser.error(f"unknown servers: {', '.join(unknown)} (known: {', '.join(CANDIDATES)})")
    run(names, max(1, args.rounds), max(1, args.requests))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
