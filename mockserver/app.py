"""The Flask app: one POST endpoint dispatching on ``X-ZC-Action``, the error envelope everywhere, ``/_mock``.

Pipeline of an API request (each step answers the error envelope on failure, and every request is journaled):
request id -> path/method -> body size -> auth (on the raw bytes) -> version -> action (any action of the
catalogue in that version; ``handlers.requests``) -> Content-Type -> JSON parse -> fault injection (latency
sleeps on wall time *before* the state lock) -> the generated request model and the version's fields ->
handler (or ``UNSUPPORTED_OPERATION_NOT_SIMULATED``) inside ``backend.session()`` -> ``orjson.dumps`` into the
response (pre-encoded parts spliced in: docs/performance.md). ``POST`` at the API path skips Flask (``_Api.wsgi``).

Content-Type choice: ``application/json`` with any parameters (a ``charset`` must be UTF-8) is accepted, and so
is a missing/empty Content-Type (the body is still parsed as JSON); anything else is 415
``UNSUPPORTED_MEDIA_TYPE``. The check comes after authentication, so an unauthenticated caller learns nothing.
"""

from __future__ import annotations

import hmac
import json
import logging
import time
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import orjson
from flask import Flask, Response, current_app, request
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.sansio.utils import get_content_length
from werkzeug.wsgi import get_input_stream

from zltoolkit.api import ApiError, ApiVersion, limits

from .auth import Caller, authenticate, identify
from .backend import Backend, build_backend
from .backend.encoding import plain_json_default, raw_json_default
from .backend.timeutil import iso_micro
from .config import MockConfig
from .context import (
    EXTENSION_KEY,
    JSON_MIMETYPE,
    MockState,
    RequestContext,
    dumps,
    error_response,
    new_request_id,
    parse_json_object,
)
from .faults import Faults
from .handlers import handler_for, instance_ops
from .handlers.requests import check_version_rules, resolve_action, validate_request
from .journal import KEEP_BODY_BYTES, Journal, JournalEntry, abridge

logger = logging.getLogger("mockserver")

VERSIONS = frozenset(v.value for v in ApiVersion)
DEFAULT_VERSION = ApiVersion.V2022_11_20.value
# Flask/werkzeug HTTP errors -> catalogue codes (anything else becomes INTERNAL_SERVER_ERROR).
_HTTP_CODES = {
    400: "INVALID_REQUEST_BODY",
    401: "AUTHENTICATION_FAILED",
    404: "INVALID_PATH",
    405: "METHOD_NOT_ALLOWED",
    413: "REQUEST_ENTITY_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
    429: "REQUEST_LIMIT_EXCEEDED",
    503: "SERVICE_TEMPORARY_UNAVAILABLE",
}
_HTTP_MESSAGES = {
    404: "The requested path does not exist; the API is served at POST " + limits.PATH + ".",
    405: "The method is not allowed for this path.",
    413: "The request body is too large.",
}
GENERIC_500 = "An internal error occurred. Please retry later."
_ORJSON_OPTS = orjson.OPT_NON_STR_KEYS
_STATUS_LINES = {s.value: f"{s.value} {s.phrase}" for s in HTTPStatus}


def _error_body(code: str, message: str, request_id: str) -> bytes:
    """The error envelope ``{"requestId", "code", "message"}`` (``context.error_response``'s body)."""
    ApiError(code, message)  # KeyError for a code outside the catalogue: a bug, caught in tests
    return dumps({"requestId": request_id, "code": code, "message": message}).encode()


#: Injected latency sleeps on wall time (a module global so tests can observe it without waiting).
sleep_wall = time.sleep
#: Called with (action, version, response fields incl. requestId) for every 200 API answer, before it is sent.
#: Empty in service; the test suite registers its strict check of every answer here (tests/conftest.py).
ANSWER_HOOKS: list[Callable[[str, str, dict[str, Any]], None]] = []


def _media_type_ok(content_type: str) -> bool:
    """``application/json`` (any case, any parameters, charset UTF-8 if given) or nothing at all."""
    if not content_type.strip():
        return True
    media, _, params = content_type.partition(";")
    if media.strip().lower() != "application/json":
        return False
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip().strip('"').lower() not in ("utf-8", "utf8"):
            return False
    return True


class _Api:
    """The API view, bound to one server's state (no globals: several apps may live in one process)."""

    def __init__(self, state: MockState) -> None:
        self.state = state
        self.max_body = state.config.max_body_bytes

    def view(self) -> Response:
        """The Flask route (reached only when the WSGI fast path below is bypassed)."""
        status, body = self.respond(request.environ, request.path)
        resp = Response(body, status, mimetype=JSON_MIMETYPE)
        if status == 413:
            resp.headers["Connection"] = "close"
        return resp

    def wsgi(self, environ: dict[str, Any], start_response: Any) -> list[bytes]:
        """``POST`` at the API path as a bare WSGI call: the same answers as the Flask route without Flask's
        per-request machinery (request context, URL matching, response object), which cost as much as the
        mock's own work on a small answer (docs/performance.md)."""
        status, body = self.respond(environ, limits.PATH)
        headers = [("Content-Type", JSON_MIMETYPE), ("Content-Length", str(len(body))),
                   (MOCK_CLOCK_HEADER, iso_micro(self.state.backend.clock.now()))]  # as ``_mock_clock_header``
        if status == 413:
            headers.append(("Connection", "close"))  # the unread body must not be taken for the next request
        start_response(_STATUS_LINES.get(status) or f"{status} {HTTPStatus(status).phrase}", headers)
        return [body]

    def respond(self, environ: dict[str, Any], path: str) -> tuple[int, bytes]:
        """(HTTP status, body) of one API request; every request is journaled."""
        state = self.state
        started = time.perf_counter()
        wall = time.time()
        rid = new_request_id()
        e = JournalEntry(request_id=rid, wall_time=wall, method=environ.get("REQUEST_METHOD", "POST"), path=path)
        try:
            status, body = 200, self._run(e, environ, wall)
        except ApiError as err:
            e.code, e.message = err.code, err.message
            status, body = err.http_status, _error_body(err.code, err.message, rid)
        except Exception:
            # The traceback goes to the server log only; the body stays generic.
            logger.exception("unhandled error in %s (request %s)", e.action, rid)
            e.code, e.message = "INTERNAL_SERVER_ERROR", GENERIC_500
            status, body = 500, _error_body("INTERNAL_SERVER_ERROR", GENERIC_500, rid)
        e.status = status
        e.mock_time = state.backend.clock.now()
        e.duration_ms = (time.perf_counter() - started) * 1000.0
        state.journal.record(e)
        return status, body

    def _too_large(self) -> ApiError:
        return ApiError("REQUEST_ENTITY_TOO_LARGE", f"The request body exceeds {self.max_body} bytes.")

    def _read_body(self, environ: dict[str, Any]) -> bytes:
        """The body bytes, never more than ``max_body``: the declared length is checked first, a chunked body
        (no length) is read up to one byte past the limit. (werkzeug's own rules, as Flask's request applies
        them, without building a request object.)"""
        declared = get_content_length(environ.get("CONTENT_LENGTH"), environ.get("HTTP_TRANSFER_ENCODING"))
        if declared is not None:
            if declared > self.max_body:
                raise self._too_large()
            if "wsgi.input_terminated" not in environ:  # the common case, what werkzeug's LimitedStream does
                raw: bytes = environ["wsgi.input"].read(declared) if declared else b""
                if len(raw) < declared:  # the client went away mid-body
                    raise ApiError("INVALID_REQUEST_BODY", "The request body is shorter than its Content-Length.")
                return raw
            try:
                return get_input_stream(environ, max_content_length=self.max_body).read()
            except RequestEntityTooLarge:
                raise self._too_large() from None
            except HTTPException:  # the client went away mid-body
                raise ApiError("INVALID_REQUEST_BODY", "The request body is shorter than its Content-Length.") from None
        if not environ.get("wsgi.input_terminated"):
            return b""  # no length and no end marker: nothing can be read safely (werkzeug's rule)
        stream, total = environ["wsgi.input"], 0
        chunks: list[bytes] = []
        while True:
            try:
                chunk = stream.read(min(65536, self.max_body + 1 - total))
            except (OSError, ValueError):  # malformed chunked encoding
                raise ApiError("INVALID_REQUEST_BODY", "The chunked request body is malformed.") from None
            if not chunk:
                return b"".join(chunks)
            total += len(chunk)
            if total > self.max_body:
                raise self._too_large()
            chunks.append(chunk)

    def _run(self, e: JournalEntry, environ: dict[str, Any], wall: float) -> bytes:
        state = self.state
        backend = state.backend
        raw = self._read_body(environ)

        content_type = environ.get("CONTENT_TYPE", "")
        authorization = environ.get("HTTP_AUTHORIZATION")
        catalog = backend.catalog
        caller: Caller
        if state.config.auth:
            caller = authenticate(
                catalog,
                authorization=authorization,
                timestamp=environ.get("HTTP_X_ZC_TIMESTAMP"),
                signature_method=environ.get("HTTP_X_ZC_SIGNATURE_METHOD"),
                content_type=content_type,
                host=environ.get("HTTP_HOST"),
                body=raw,
                now=wall,
            )
        else:
            caller = identify(catalog, authorization)
        account = caller.account
        e.account_id, e.auth_scheme, e.credential = account.account_id, caller.scheme, caller.credential

        version = environ.get("HTTP_X_ZC_VERSION") or DEFAULT_VERSION
        e.version = version
        if version not in VERSIONS:
            raise ApiError(
                "INVALID_API_VERSION", f"X-ZC-Version must be one of {', '.join(sorted(VERSIONS))}."
            )
        action = environ.get("HTTP_X_ZC_ACTION")
        if not action:
            raise ApiError("INVALID_ACTION", "The X-ZC-Action header is missing.")
        e.action = action[:64]
        spec = resolve_action(action, version)
        if not _media_type_ok(content_type):
            raise ApiError("UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json.")

        body = parse_json_object(raw)
        # Small bodies are kept as their raw bytes (parsed and redacted only when the journal is read): bytes
        # cost what they weigh, while a parsed 8 KiB body can fan out into ~200 KiB of objects. Large bodies
        # are abridged, so the ring buffer's memory stays bounded either way.
        e.body = raw if len(raw) <= KEEP_BODY_BYTES else abridge(body)
        zone, itype = body.get("zoneId"), body.get("instanceTypeId")
        e.zone_id = zone if isinstance(zone, str) else None
        e.instance_type_id = itype if isinstance(itype, str) else None
        if spec.name in instance_ops.HANDLERS and e.zone_id is None:
            e.zone_id, e.instance_type_id = instance_ops.placement(backend, account.account_id, body)

        faults = state.faults
        if len(faults):
            decision = faults.evaluate(action, e.zone_id, e.instance_type_id, account.account_id)
            if decision is not None:
                e.faults = decision.rule_ids
                if decision.latency_s > 0:
                    sleep_wall(decision.latency_s)  # outside the backend lock: latency never holds state
                if decision.error is not None:
                    raise ApiError(decision.error, decision.message or "Injected fault.")

        model = validate_request(spec, version, body)
        handler = handler_for(spec.name)
        ctx = RequestContext(backend, account, version, e.request_id)
        with backend.session():
            result = handler(ctx, model)
        answer = {"requestId": e.request_id, **result}
        if ANSWER_HOOKS:  # the test suite's strict check reads plain data: pre-encoded parts decoded
            plain = json.loads(json.dumps(answer, default=plain_json_default))
            for hook in ANSWER_HOOKS:
                hook(spec.name, version, plain)
        # orjson: several times json's speed, and it splices the pre-encoded parts of an answer
        # (``RawJson``: DescribeInstances' instances, the catalogue answers) without reading them again.
        envelope = {"requestId": e.request_id, "response": answer}
        try:
            return orjson.dumps(envelope, default=raw_json_default, option=_ORJSON_OPTS)
        except TypeError:  # a lone surrogate in a string (orjson insists on valid UTF-8): json escapes it
            return json.dumps(envelope, default=plain_json_default, separators=(",", ":")).encode()


def _http_error(exc: HTTPException) -> Response:
    """Routing and werkzeug errors (unknown path, wrong method, ...) in the envelope; journaled off ``/_mock``."""
    status = exc.code or 500
    code = _HTTP_CODES.get(status, "INTERNAL_SERVER_ERROR")
    message = GENERIC_500 if code == "INTERNAL_SERVER_ERROR" else _HTTP_MESSAGES.get(status) or code
    rid = new_request_id()
    resp = error_response(code, message, rid)
    valid = getattr(exc, "valid_methods", None)
    if status == 405 and valid:
        resp.headers["Allow"] = ", ".join(valid)
    if not request.path.startswith("/_mock"):
        state = current_app.extensions.get(EXTENSION_KEY)
        if state is not None:
            state.journal.record(JournalEntry(
                request_id=rid, wall_time=time.time(), mock_time=state.backend.clock.now(), method=request.method,
                path=request.path[:200], status=resp.status_code, code=code, message=message, duration_ms=0.0,
            ))
    return resp


def _api_error(exc: ApiError) -> Response:
    return error_response(exc.code, exc.message)


def _unhandled(exc: Exception) -> Response:
    if isinstance(exc, HTTPException):
        return _http_error(exc)
    logger.exception("unhandled error on %s %s", request.method, request.path)
    return error_response("INTERNAL_SERVER_ERROR", GENERIC_500)


def _require_admin_token(token: str) -> Callable[[], Response | None]:
    """With ``--admin-token``, every ``/_mock`` route but health needs ``Authorization: Bearer <token>``."""
    expected = f"Bearer {token}".encode()

    def check() -> Response | None:
        path = request.path
        if not path.startswith("/_mock") or path == "/_mock/health":
            return None
        given = (request.headers.get("Authorization") or "").strip().encode("utf-8", "surrogateescape")
        if hmac.compare_digest(given, expected):
            return None
        return error_response("AUTHENTICATION_FAILED", "The control plane needs `Authorization: Bearer <admin token>`.")

    return check


def create_app(config: MockConfig | None = None, *, backend: Backend | None = None) -> Flask:
    """A mock server app. ``backend`` defaults to one built from ``config`` (scenario, clock, seed, state)."""
    config = config or MockConfig()
    backend = backend if backend is not None else build_backend(config)
    app = Flask("mockserver")
    app.config["MAX_CONTENT_LENGTH"] = config.max_body_bytes
    app.config["PROPAGATE_EXCEPTIONS"] = False
    app.config["PROVIDE_AUTOMATIC_OPTIONS"] = False  # OPTIONS gets the 405 envelope, not an empty 200
    state = MockState(config, backend, Journal(config.journal_size), Faults(config.seed))
    app.extensions[EXTENSION_KEY] = state

    api = _Api(state)
    state.extra["api"] = api
    app.add_url_rule(limits.PATH, "bmc_api", api.view, methods=["POST"], provide_automatic_options=False)
    app.register_error_handler(ApiError, _api_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unhandled)
    if config.admin_token:
        app.before_request(_require_admin_token(config.admin_token))

    from .admin import admin_bp
    from .admin_instances import bp as instances_bp
    from .admin_market import bp as market_bp

    app.register_blueprint(admin_bp)
    app.register_blueprint(instances_bp)
    app.register_blueprint(market_bp)
    app.after_request(_mock_clock_header)  # the API's own answers add it in ``_Api.wsgi``
    app.wsgi_app = _WsgiGuard(app.wsgi_app, api)  # type: ignore[method-assign]
    return app


class _WsgiGuard:
    """Outermost WSGI layer: repairs non-PEP-3333 paths and answers the envelope for anything that fails
    before Flask's own error handling (building the request object)."""

    def __init__(self, wsgi_app: Any, api: _Api | None = None) -> None:
        self.wsgi_app = wsgi_app
        self.api = api

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        for key in ("PATH_INFO", "QUERY_STRING"):
            value = environ.get(key)
            if value and not value.isascii():
                try:
                    value.encode("latin-1")
                except UnicodeEncodeError:  # WSGI strings must be latin-1; some in-process transports differ
                    environ[key] = value.encode("utf-8", "surrogateescape").decode("latin-1")
        try:
            if self.api is not None and environ.get("REQUEST_METHOD") == "POST" and environ.get("PATH_INFO") == limits.PATH:
                return self.api.wsgi(environ, start_response)  # the API itself: no Flask on the hot path
            return self.wsgi_app(environ, start_response)
        except Exception:
            logger.exception("unhandled error outside the app")
            resp = error_response("INTERNAL_SERVER_ERROR", GENERIC_500)
            return resp(environ, start_response)


#: Mock-only response header: the mock clock's time of the answer (docs/capacity-over-time.md).
MOCK_CLOCK_HEADER = "X-Mock-Clock"


def _mock_clock_header(resp: Response) -> Response:
    """Every answer carries the mock clock (ISO 8601 UTC), so a client can stamp what it read with the time
    the mock's stock lives in, without asking the control plane."""
    state = current_app.extensions.get(EXTENSION_KEY)
    if state is not None:
        resp.headers[MOCK_CLOCK_HEADER] = iso_micro(state.backend.clock.now())
    return resp


def state_of(app: Flask) -> MockState:
    state: MockState = app.extensions[EXTENSION_KEY]
    return state


__all__ = ["ANSWER_HOOKS", "GENERIC_500", "MOCK_CLOCK_HEADER", "VERSIONS", "check_version_rules", "create_app",
           "state_of"]
