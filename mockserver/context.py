"""Per-request plumbing shared by the app, the handlers and the ``/_mock`` blueprints.

Handlers are ``Callable[[RequestContext, RequestModel], dict]``: they return the response fields without
``requestId`` (the app adds it). Blueprints reach the server's state with ``current_state()`` and answer with
``json_response``; raising ``zltoolkit.api.ApiError`` anywhere gives the error envelope.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from flask import Response, current_app, request

from zltoolkit.api import ApiError

if TYPE_CHECKING:
    from .backend.core import Backend
    from .config import MockConfig
    from .faults import Faults
    from .journal import Journal
    from .scenarios.models import Account

#: Key of the server state in ``app.extensions``.
EXTENSION_KEY = "zl_mock"
JSON_MIMETYPE = "application/json"


@dataclass(slots=True)
class RequestContext:
    backend: Backend
    account: Account  # the caller's account (auth off: the first account, or the one a credential names)
    api_version: str  # "2022-11-20" or "2026-02-01"
    request_id: str  # "T" + uppercase uuid4, also in the envelope


@dataclass(slots=True)
class MockState:
    """Everything one app serves from (``app.extensions["zl_mock"]``)."""

    config: MockConfig
    backend: Backend
    journal: Journal
    faults: Faults
    extra: dict[str, Any] = field(default_factory=dict)


def current_state() -> MockState:
    """The state of the app handling the current request (for blueprints, e.g. ``/_mock`` routes)."""
    state: MockState = current_app.extensions[EXTENSION_KEY]
    return state


def current_backend() -> Backend:
    return current_state().backend


def new_request_id() -> str:
    """``T`` + uppercase UUID4, the format the real API answers with (docs/api-facts.md §3).

    Built from 16 random bytes with the version and variant bits set, as ``uuid.uuid4`` does, without its
    object (one per request: it showed in the create path's profile)."""
    b = bytearray(os.urandom(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex().upper()
    return f"T{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def dumps(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"))


def json_response(obj: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(dumps(obj), status=status, mimetype=JSON_MIMETYPE, headers=headers)


def error_response(code: str, message: str, request_id: str | None = None) -> Response:
    """The error envelope ``{"requestId", "code", "message"}`` with the catalogue's HTTP status."""
    err = ApiError(code, message)  # KeyError for a code outside the catalogue: a bug, caught in tests
    body = {"requestId": request_id or new_request_id(), "code": code, "message": message}
    return json_response(body, err.http_status)


class _BadJson(ValueError):
    """Raised by the strict-JSON hooks; its message is safe to show (it never quotes the body)."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    d = dict(pairs)
    if len(d) != len(pairs):
        seen: set[str] = set()
        dup = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise _BadJson(f"duplicate key `{dup[:64]}`")
    return d


def _constant(name: str) -> Any:
    raise _BadJson(f"{name} is not allowed")


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadJson("a number is out of range")
    return value


def parse_json_object(raw: bytes) -> dict[str, Any]:
    """Strict JSON: UTF-8, no NaN/Infinity, no duplicate keys, an object at the top. Empty body -> ``{}``.

    Raises ApiError(INVALID_REQUEST_BODY) with a message that never quotes the body.
    """
    if not raw:
        return {}
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError("INVALID_REQUEST_BODY", "The request body is not valid UTF-8.") from None
    try:
        obj = json.loads(text, object_pairs_hook=_object, parse_constant=_constant, parse_float=_float)
    except _BadJson as exc:
        raise ApiError("INVALID_REQUEST_BODY", f"The request body is not valid: {exc}.") from None
    except json.JSONDecodeError as exc:
        raise ApiError(
            "INVALID_REQUEST_BODY", f"The request body is not valid JSON (line {exc.lineno} column {exc.colno})."
        ) from None
    except RecursionError:
        raise ApiError("INVALID_REQUEST_BODY", "The request body is nested too deeply.") from None
    except ValueError:  # e.g. an integer with more digits than Python converts
        raise ApiError("INVALID_REQUEST_BODY", "The request body has a value that cannot be read.") from None
    if not isinstance(obj, dict):
        raise ApiError("INVALID_REQUEST_BODY", "The request body must be a JSON object.")
    return obj


def request_json() -> dict[str, Any]:
    """The current (control-plane) request's body as a strict JSON object; ``{}`` when empty."""
    return parse_json_object(request.get_data(cache=True))
