"""httpx authentication for the BMC API: ZC2-HMAC-SHA256 and Bearer (docs/api-facts.md §2), in httpx's ``Auth`` style.

``auth_flow`` runs for every send, so a retried request is signed again with a fresh timestamp.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator

import httpx

from zltoolkit.api.signing import SIGNATURE_METHOD, authorization_header

from .errors import ConfigurationError

__all__ = ["BearerAuth", "ZC2HmacAuth", "require_header_safe", "require_secret"]


def require_secret(value: str | None, what: str) -> str:
    """Strip a credential (as the official SDKs do); a missing or blank one is a configuration error."""
    cleaned = value.strip() if isinstance(value, str) else ""
    if not cleaned:
        raise ConfigurationError("CREDENTIAL_VALUE_MISSING", f"{what} should not be None or empty")
    return cleaned


def require_header_safe(value: str, what: str) -> str:
    """Key ids and tokens travel in the Authorization header: visible ASCII, no separators."""
    if not (value.isascii() and value.isprintable()) or any(c in value for c in " ,"):
        raise ConfigurationError("INVALID_CONFIGURATION",
                                 f"{what} must be printable ASCII without spaces or commas")
    return value


class ZC2HmacAuth(httpx.Auth):
    """Signs each request with an access key (id + password).

    The signature covers the body, the Content-Type and the Host header exactly as they will be sent
    (``request.headers["host"]`` carries ``:port`` when the port is not the scheme's default).
    """

    requires_request_body = True

    def __init__(self, access_key_id: str, access_key_password: str, *,
                 clock: Callable[[], float] = time.time) -> None:
        self.access_key_id = require_header_safe(require_secret(access_key_id, "access key id"), "access key id")
        self._password = require_secret(access_key_password, "access key password")
        # Wall time by default: the server compares the timestamp with its own clock.
        self._clock = clock

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        timestamp = str(int(self._clock()))
        request.headers["X-ZC-Timestamp"] = timestamp
        request.headers["X-ZC-Signature-Method"] = SIGNATURE_METHOD
        request.headers["Authorization"] = authorization_header(
            self.access_key_id,
            self._password,
            request.content,
            request.headers.get("content-type", ""),
            request.headers["host"],
            timestamp,
        )
        yield request

    def __repr__(self) -> str:
        return f"ZC2HmacAuth(access_key_id={self.access_key_id!r})"


class BearerAuth(httpx.Auth):
    """``Authorization: Bearer <token>``; no timestamp or signature headers, like the SDKs' TokenCredential."""

    def __init__(self, token: str) -> None:
        self._token = require_header_safe(require_secret(token, "token"), "token")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return "BearerAuth(****)"
