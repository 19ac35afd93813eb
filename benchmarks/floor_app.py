"""The floor of ``bench_mock``: the least any Python server on the mock's HTTP stack can do for an answer.

A bare WSGI app (no Flask) on the SAME server class as ``zl-mock`` (werkzeug's threaded server with the mock's
keep-alive ``QuietHandler``) answering pre-encoded bytes: per action named by ``X-ZC-Action``, one body, or for
``DescribeInstances`` one body per ``pageNum`` (the request body is parsed to pick it). With ``--verify`` it
also checks the request's ZC2-HMAC-SHA256 signature the way the mock does (``zltoolkit.api.signing``) before
answering: the do-nothing server CreateInstances is compared with.

``python -m benchmarks.floor_app BODIES.json [--verify]`` prints ``floor serving http://127.0.0.1:PORT``.
``BODIES.json``: ``{"DescribeInstances": ["<page 1 body>", ...], "<Action>": "<body>", ...}``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import Any

from mockserver.http_handler import make_http_server

_HEADERS = [("Content-Type", "application/json")]
KEY, PASSWORD = "demo-access-key", "demo-access-key-password"


def create_app(bodies: dict[str, Any], *, verify: bool) -> Callable[..., Iterable[bytes]]:
    pages = [b.encode() for b in bodies.get("DescribeInstances", [])]
    single = {a: b.encode() for a, b in bodies.items() if isinstance(b, str)}
    if verify:
        from zltoolkit.api.signing import parse_authorization, verify_signature

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        length = int(environ.get("CONTENT_LENGTH") or 0)
        raw = environ["wsgi.input"].read(length) if length else b""
        if verify:
            parsed = parse_authorization(environ.get("HTTP_AUTHORIZATION") or "")
            ok = parsed is not None and parsed.access_key_id == KEY and verify_signature(
                parsed.signature, raw, environ.get("CONTENT_TYPE", ""), environ.get("HTTP_HOST") or "",
                environ.get("HTTP_X_ZC_TIMESTAMP") or "", PASSWORD,
            )  # fmt: skip
            if not ok:
                start_response("401 Unauthorized", [*_HEADERS, ("Content-Length", "2")])
                return [b"{}"]
        action = environ.get("HTTP_X_ZC_ACTION") or ""
        if action == "DescribeInstances" and pages:
            n = int(json.loads(raw).get("pageNum") or 1)
            body = pages[(n - 1) % len(pages)]
        else:
            body = single[action]
        start_response("200 OK", [*_HEADERS, ("Content-Length", str(len(body)))])
        return [body]

    return app


def main(argv: list[str]) -> int:
    with open(argv[0], encoding="utf-8") as f:
        bodies = json.load(f)
    server = make_http_server("127.0.0.1", 0, create_app(bodies, verify="--verify" in argv))
    print(f"floor serving http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
