"""Exceptions raised by the client, and the mapping from any HTTP response to one of them.

Families follow ``zltoolkit.api.errors.ErrorFamily`` so callers can catch "not found" or "denied" without
listing codes. Whatever the server (or a proxy in front of it) answers, the caller gets a ZenlayerError with a
readable message, never a JSONDecodeError or KeyError.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from zltoolkit.api.errors import CLIENT_HTTP_CODE_PREFIX, ERRORS, ErrorFamily

__all__ = [
    "AmbiguousCreateError",
    "AuthenticationError",
    "ConfigurationError",
    "InvalidParameterError",
    "NetworkError",
    "NotFoundError",
    "OperationDeniedError",
    "ProtocolError",
    "RateLimitedError",
    "ServerError",
    "ZenlayerError",
    "error_from_response",
    "family_class",
    "parse_retry_after",
]

#: How much of a non-envelope body goes into an error message.
BODY_SNIPPET_CHARS = 200


class ZenlayerError(Exception):
    """An API call failed. ``code`` is the server's code (or a client-side one such as ``NETWORK_ERROR``)."""

    family: ErrorFamily | None = None

    def __init__(
        self,
        code: str,
        message: str,
        request_id: str | None = None,
        http_status: int | None = None,
        *,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(code, message, request_id, http_status)
        self.code = code
        self.message = message
        self.request_id = request_id
        self.http_status = http_status
        #: Seconds the server asked us to wait (``Retry-After``), when it said so.
        self.retry_after = retry_after
        #: How many times the request was sent before giving up (set by the client).
        self.attempts = 1

    def __str__(self) -> str:
        extra = []
        if self.request_id:
            extra.append(f"request id {self.request_id}")
        if self.http_status is not None:
            extra.append(f"HTTP {self.http_status}")
        if self.attempts > 1:
            extra.append(f"after {self.attempts} attempts")
        suffix = f" ({', '.join(extra)})" if extra else ""
        return f"{self.code}: {self.message}{suffix}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, "
            f"request_id={self.request_id!r}, http_status={self.http_status!r})"
        )


class AuthenticationError(ZenlayerError):
    """Credentials refused: unknown key, bad signature or token, expired timestamp."""

    family = ErrorFamily.AUTH


class NotFoundError(ZenlayerError):
    family = ErrorFamily.NOT_FOUND


class InvalidParameterError(ZenlayerError):
    """The request's parameters were refused (by the server, or by the client before sending)."""

    family = ErrorFamily.INVALID_PARAMETER


class OperationDeniedError(ZenlayerError):
    """Valid request, but not allowed now: instance status, stock, quota, balance, a security block."""

    family = ErrorFamily.OPERATION_DENIED


class RateLimitedError(ZenlayerError):
    family = ErrorFamily.RATE_LIMITED


class ServerError(ZenlayerError):
    family = ErrorFamily.SERVER


class ProtocolError(ZenlayerError):
    """The HTTP exchange itself was wrong: bad path/method/body/action/version, or an unreadable response."""

    family = ErrorFamily.PROTOCOL


class NetworkError(ZenlayerError):
    """No HTTP response: connection refused, timeout, reset. ``__cause__`` holds the httpx exception."""

    #: True for failures worth another try (timeouts, refused or reset connections); set by the client.
    transient: bool = False


class AmbiguousCreateError(NetworkError):
    """CreateInstances may or may not have been applied: never re-send it blindly (instances cost money)."""


class ConfigurationError(ZenlayerError, ValueError):
    """Bad or missing client configuration (credentials, endpoint, API version); raised before any request."""


_BY_FAMILY: dict[ErrorFamily, type[ZenlayerError]] = {
    cls.family: cls
    for cls in (AuthenticationError, NotFoundError, InvalidParameterError, OperationDeniedError,
                RateLimitedError, ServerError, ProtocolError)
    if cls.family is not None
}


def family_class(family: ErrorFamily) -> type[ZenlayerError]:
    return _BY_FAMILY[family]


def _class_for_status(status: int) -> type[ZenlayerError]:
    """For codes outside the catalogue and bodies without an envelope: the HTTP status decides."""
    if status == 401:
        return AuthenticationError
    if status == 403:
        return OperationDeniedError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if status >= 400:
        return InvalidParameterError
    return ProtocolError  # 200 with a broken body, 1xx/2xx/3xx: not an API answer


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` in seconds (the HTTP-date form is not used by APIs like this one; ignored)."""
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    if seconds != seconds or seconds < 0 or seconds == float("inf"):
        return None
    return seconds


def _snippet(body: bytes) -> str:
    text = body[: BODY_SNIPPET_CHARS * 4].decode("utf-8", errors="replace")
    text = " ".join(text.split())  # an HTML page on one line
    if len(text) > BODY_SNIPPET_CHARS:
        text = text[:BODY_SNIPPET_CHARS] + "…"
    return text or "<empty body>"


def _lower_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    return {k.lower(): v for k, v in (headers or {}).items()}


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def error_from_response(status: int, body: bytes, headers: Mapping[str, str] | None = None) -> ZenlayerError:
    """The exception for an HTTP response that is not a usable success.

    - the documented envelope ``{requestId, code, message}``: class by the catalogue's family for known
      codes, by HTTP status otherwise;
    - Cloudflare-style challenges (403 + ``cf-mitigated: challenge``) and 451: the SDKs' client codes;
    - anything else (HTML from a proxy, empty body, JSON without ``code``): ``HTTP_<status>`` (or
      ``INVALID_RESPONSE`` for a 200) with the status and the start of the body in the message.
    """
    hdrs = _lower_headers(headers)
    retry_after = parse_retry_after(hdrs.get("retry-after"))
    if status == 403 and hdrs.get("cf-mitigated", "").lower() == "challenge":
        return OperationDeniedError(
            "SECURITY_CHALLENGE",
            "The request was intercepted by a security challenge (HTTP 403); this is a network-layer block, "
            "not an API error.",
            None, status)
    if status == 451:
        return OperationDeniedError(
            "REQUEST_BLOCKED", "The request was blocked by a security policy (HTTP 451).", None, status)

    try:
        data: Any = json.loads(body) if body else None
    except (ValueError, UnicodeDecodeError):
        data = None
    if isinstance(data, dict) and isinstance(data.get("code"), str) and data["code"]:
        code = data["code"]
        message = data.get("message")
        message = message if isinstance(message, str) else ("" if message is None else str(message))
        spec = ERRORS.get(code)
        cls = family_class(spec.family) if spec is not None else _class_for_status(status)
        return cls(code, message, _opt_str(data.get("requestId")), status, retry_after=retry_after)

    request_id = _opt_str(data.get("requestId")) if isinstance(data, dict) else None
    if status == 200:
        code = "INVALID_RESPONSE"
        message = f"HTTP 200 but the body is not a BMC success envelope: {_snippet(body)}"
    else:
        code = f"{CLIENT_HTTP_CODE_PREFIX}{status}"
        message = (f"HTTP {status} without a BMC error envelope (a proxy or the wrong endpoint?): "
                   f"{_snippet(body)}")
    return _class_for_status(status)(code, message, request_id, status, retry_after=retry_after)
