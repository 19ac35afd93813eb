"""Guards for what ``mockserver.http_handler.QuietHandler`` relies on in werkzeug (docs/serving.md).

The handler overrides werkzeug's dev-server request handler to keep HTTP/1.1 connections alive: it reads a
body before the app runs, hands werkzeug a copy as ``self.rfile`` and drops the ``Connection: close`` that
werkzeug's ``run_wsgi`` adds to every response. These tests fail the day a werkzeug release changes one of
those internals, instead of the mock silently closing every connection or eating pipelined requests.
"""

from __future__ import annotations

import inspect
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from mockserver.http_handler import QuietHandler


def _tiny_app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
    """Answers without reading the request body (like a 404 or a 401 of the mock)."""
    body = environ["PATH_INFO"].encode()
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]


class _RecordingHandler(WSGIRequestHandler):
    """werkzeug's own handler on HTTP/1.1 (as ``make_server(threaded=True)`` sets it), recording headers."""

    protocol_version = "HTTP/1.1"
    sent: list[tuple[str, str]] = []

    def send_header(self, keyword: str, value: str) -> None:
        self.sent.append((keyword, value))
        super().send_header(keyword, value)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


@contextmanager
def _serving(handler: type[WSGIRequestHandler]) -> Iterator[BaseWSGIServer]:
    server = make_server("127.0.0.1", 0, _tiny_app, threaded=True, request_handler=handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def _responses(server: BaseWSGIServer, raw: bytes, count: int) -> list[tuple[int, dict[str, str], bytes]]:
    """Sends ``raw`` on one connection and reads ``count`` responses (each with a Content-Length)."""
    out = []
    with socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=10) as s:
        s.sendall(raw)
        f = s.makefile("rb")
        for _ in range(count):
            status = int(f.readline().split()[1])
            headers: dict[str, str] = {}
            while (line := f.readline()) not in (b"\r\n", b""):
                k, _, v = line.decode().partition(":")
                headers[k.strip().lower()] = v.strip()
            out.append((status, headers, f.read(int(headers["content-length"]))))
    return out


REQUEST = b"POST /one HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"


def test_overridden_internals_exist_with_the_expected_signatures() -> None:
    """The methods QuietHandler overrides are still there, called the same way."""
    expected = {
        "run_wsgi": ["self"],
        "send_header": ["self", "keyword", "value"],
        "send_error": ["self", "code", "message", "explain"],
        "log_request": ["self", "code", "size"],
        "handle_one_request": ["self"],
    }
    for name, params in expected.items():
        method = getattr(WSGIRequestHandler, name)
        assert list(inspect.signature(method).parameters) == params, name
        assert name in vars(QuietHandler) or name == "handle_one_request"
    # make_server still takes the handler class and the threaded flag, and keeps our protocol version.
    assert {"threaded", "request_handler"} <= set(inspect.signature(make_server).parameters)
    assert "run_wsgi" in vars(WSGIRequestHandler)  # werkzeug's own, not inherited from http.server


def test_plain_werkzeug_still_closes_a_kept_alive_connection() -> None:
    """The case QuietHandler removes: werkzeug adds ``Connection: close`` through ``send_header`` to an
    HTTP/1.1 response even when the request's body was complete. If werkzeug stops doing that (or sends the
    header another way), this fails and the handler should be revisited."""
    _RecordingHandler.sent = []
    with _serving(_RecordingHandler) as server:
        [(status, headers, body)] = _responses(server, REQUEST, 1)
    assert (status, body) == (200, b"/one")
    assert headers.get("connection", "").lower() == "close"
    assert ("Connection", "close") in _RecordingHandler.sent


def test_quiet_handler_keeps_the_connection_and_answers_pipelined_requests() -> None:
    """With QuietHandler the same exchange stays open, and a second request sent in the same packet is
    answered: werkzeug's post-response drain reads ``self.rfile`` (the handler's copy of the body), not the
    socket. If werkzeug drained the socket, the second request would be swallowed and this would hang/fail."""
    two = REQUEST + b"GET /two HTTP/1.1\r\nHost: x\r\n\r\n"
    with _serving(QuietHandler) as server:
        answers = _responses(server, two, 2)
    assert [(s, b) for s, _, b in answers] == [(200, b"/one"), (200, b"/two")]
    assert all(h.get("connection", "").lower() != "close" for _, h, _ in answers)


@pytest.mark.parametrize(("raw", "code"), [
    (b"GARBAGE\r\n\r\n", 400),
    (b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 70000 + b"\r\n\r\n", 431),
])
def test_http_server_routes_malformed_requests_to_send_error(raw: bytes, code: int) -> None:
    """http.server reports malformed request lines and headers through ``send_error`` (its documented hook),
    which QuietHandler overrides to answer the envelope."""
    calls: list[int] = []

    class Recording(QuietHandler):
        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            calls.append(code)
            super().send_error(code, message, explain)

    with _serving(Recording) as server, socket.create_connection(
        ("127.0.0.1", server.server_address[1]), timeout=10
    ) as s:
        s.sendall(raw)
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    assert calls == [code]
    assert b'"code":"INVALID_REQUEST_BODY"' in data.replace(b" ", b"")
