"""The HTTP/1.1 layer under the Flask app: werkzeug's threaded server with a request handler that keeps
connections alive and answers the JSON error envelope (never HTML) for requests too malformed to reach the app.

Why werkzeug and not another server, what this handler relies on in werkzeug, and the measured keep-alive
throughput: docs/serving.md. ``tests/mockserver/test_werkzeug_guard.py`` fails the day a werkzeug release
changes one of those things; pyproject.toml pins the werkzeug versions it was run with.
"""

from __future__ import annotations

import io
from http import HTTPStatus
from typing import TYPE_CHECKING

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

if TYPE_CHECKING:
    from _typeshed.wsgi import WSGIApplication

__all__ = ["PREREAD_MAX", "QuietHandler", "VerboseHandler", "make_http_server"]

#: Request bodies up to this size are read before the app runs, which makes keep-alive safe (below).
PREREAD_MAX = 2 * 1024 * 1024

# http.server-level failures (bad request line, headers too large, ...) -> catalogue codes.
_ERROR_CODES = {404: "INVALID_PATH", 405: "METHOD_NOT_ALLOWED", 413: "REQUEST_ENTITY_TOO_LARGE"}


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
            # werkzeug's post-response drain reads self.rfile: the copy, so it never eats the next request.
            self.rfile = io.BytesIO(body)
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


class VerboseHandler(QuietHandler):
    """``zl-mock --verbose``: one log line per request."""

    verbose = True


def _content_length(raw: str | None) -> int:
    if raw is None:
        return 0
    try:
        return int(raw.strip())
    except ValueError:
        return -1


def make_http_server(host: str, port: int, app: WSGIApplication, *, verbose: bool = False) -> BaseWSGIServer:
    """A bound (not yet serving) threaded server for ``app``; port 0 takes a free one. Raises ``OSError``."""
    handler = VerboseHandler if verbose else QuietHandler
    return make_server(host, port, app, threaded=True, request_handler=handler)
