"""The request-building and response-parsing path shared by Client and AsyncClient (as httpx's BaseClient).

Everything here is free of I/O: the sync and async clients differ only in how they send and sleep.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx
from pydantic import ValidationError

from zltoolkit._version import __version__
from zltoolkit.api import catalogue
from zltoolkit.api.base import RequestModel, ResponseModel
from zltoolkit.api.enums import DEFAULT_API_VERSION, ApiVersion
from zltoolkit.api.limits import SERVICE
from zltoolkit.api.validation import field_path

from .config import Credentials, Endpoint, resolve_credentials, resolve_endpoint
from .errors import (
    AmbiguousCreateError,
    ConfigurationError,
    InvalidParameterError,
    NetworkError,
    ProtocolError,
    ZenlayerError,
    error_from_response,
)
from .requests import Call, RequestLike, build_request, call_of, encode_body, encode_raw, raw_call_of
from .retry import RetryPolicy, RetryState

__all__ = ["DEFAULT_PAGE_SIZE", "SDK_VERSION", "BaseClient", "RequestLike"]

logger = logging.getLogger("zltoolkit.client")

R = TypeVar("R", bound=ResponseModel)

SDK_VERSION = f"zltoolkit/{__version__}"
CONTENT_TYPE = "application/json"
DEFAULT_TIMEOUT = 30.0
#: iter_* page size: large pages, few calls (the API allows up to limits.PAGE_SIZE_MAX).
DEFAULT_PAGE_SIZE = 100
CREATE_ACTION = "CreateInstances"

# Answers after which a CreateInstances may nevertheless have been applied.
_AMBIGUOUS_CREATE_CODES = frozenset({"HTTP_502", "HTTP_503", "HTTP_504", "REQUEST_TIMED_OUT"})
# httpx failures where trying again may help (the rest, e.g. an unsupported URL scheme, will not).
_TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError, httpx.ProxyError)

_AMBIGUOUS_HINT = (
    "The request may have reached the server, so instances may have been created (and billed). "
    "Check DescribeInstances (e.g. by zone, instance type and name) before creating again."
)


def _check_api_version(api_version: str) -> str:
    try:
        return ApiVersion(api_version).value
    except ValueError:
        served = ", ".join(v.value for v in ApiVersion)
        raise ConfigurationError("INVALID_CONFIGURATION",
                                 f"api_version {api_version!r} is not one of {served}") from None


def named_request(action: str, request: RequestLike, params: Mapping[str, Any]) -> tuple[Call, RequestModel]:
    """``call(action, ...)``: the arguments validated by the catalogue's request model of ``action``."""
    call = call_of(action)
    assert call.request is not None  # a catalogue action always has one
    return call, build_request(call.request, request, params)


class BaseClient:
    """Configuration and the pure steps of a call: build, sign (via httpx auth), parse, decide on retry."""

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        access_key_id: str | None = None,
        access_key_password: str | None = None,
        token: str | None = None,
        credentials: Credentials | None = None,
        scheme: str | None = None,
        api_version: str = DEFAULT_API_VERSION.value,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
    ) -> None:
        self._endpoint: Endpoint = resolve_endpoint(endpoint, scheme)
        if credentials is not None:
            if access_key_id is not None or access_key_password is not None or token is not None:
                raise ConfigurationError("INVALID_CONFIGURATION",
                                         "pass credentials= or access_key_id/access_key_password/token, not both")
        else:
            credentials = resolve_credentials(access_key_id, access_key_password, token)
        self._credentials = credentials
        self._auth = credentials.auth()
        self.api_version = _check_api_version(api_version)
        self.timeout = timeout
        self.retry = retry if retry is not None else RetryPolicy()

    def _adopt_http(self, http_client: Any, transport: Any, factory: Callable[..., Any]) -> Any:
        """The caller's ``http_client`` (theirs to close), or a new ``factory`` client on ``transport`` (ours)."""
        if http_client is not None and transport is not None:
            raise ConfigurationError("INVALID_CONFIGURATION", "pass transport= or http_client=, not both")
        self._owns_http = http_client is None
        return http_client if http_client is not None else factory(transport=transport, timeout=self.timeout)

    # --- display ---

    @property
    def endpoint(self) -> str:
        """``scheme://host[:port]`` the client talks to (always shown to users, never a secret)."""
        return self._endpoint.base_url

    @property
    def url(self) -> str:
        return self._endpoint.url

    @property
    def account(self) -> str:
        """The access key id in use, or ``"bearer token"``."""
        return self._credentials.account

    @property
    def credentials(self) -> Credentials:
        return self._credentials

    def __repr__(self) -> str:
        return (f"{type(self).__name__}(endpoint={self.endpoint!r}, account={self.account!r}, "
                f"api_version={self.api_version!r})")

    # --- building ---

    def _headers(self, call: Call, version: str) -> dict[str, str]:
        return {
            "X-ZC-Action": call.name,
            "X-ZC-Version": version,
            "X-ZC-Service": SERVICE,
            "Content-Type": CONTENT_TYPE,
            "X-ZC-SDK-Lang": "Python",
            "X-ZC-SDK-Version": SDK_VERSION,
            "User-Agent": f"{SDK_VERSION} python-httpx/{httpx.__version__}",
        }

    def _build(self, http: httpx.Client | httpx.AsyncClient, call: Call, version: str,
               body: bytes) -> httpx.Request:
        # Built afresh for every attempt so the auth flow signs each send with a fresh timestamp.
        return http.build_request("POST", self.url, content=body, headers=self._headers(call, version),
                                  timeout=self.timeout)

    # --- parsing ---

    def _parse(self, call: Call, response_type: type[R], response: httpx.Response, started: float,
               attempt: int) -> R:
        """The (tolerant) response model of a success envelope; raises the matching ZenlayerError otherwise."""
        status, content = response.status_code, response.content
        data: Any = None
        if status == 200:
            try:
                data = json.loads(content)
            except (ValueError, UnicodeDecodeError):
                data = None
        payload = data.get("response") if isinstance(data, dict) else None
        if not isinstance(payload, dict):
            error = error_from_response(status, content, response.headers)
            if call.name == CREATE_ACTION and error.code in _AMBIGUOUS_CREATE_CODES:
                error = AmbiguousCreateError(error.code, f"{error.message}. {_AMBIGUOUS_HINT}",
                                             error.request_id, error.http_status)
            self._log(call, status, error.request_id, started, attempt, error.code)
            raise error
        assert isinstance(data, dict)
        request_id = payload.get("requestId") or data.get("requestId")
        self._log(call, status, request_id, started, attempt, None)
        try:
            return response_type.model_validate({**payload, "requestId": request_id})
        except ValidationError as exc:
            first = exc.errors(include_url=False, include_input=False)[0]
            raise ProtocolError(
                "INVALID_RESPONSE",
                f"{call.name} response does not match the model at `{field_path(tuple(first['loc']))}`: "
                f"{first['msg']}",
                request_id if isinstance(request_id, str) else None, status) from None

    def _network_error(self, call: Call, exc: httpx.RequestError, started: float,
                       attempt: int) -> NetworkError | ProtocolError:
        """Wrap an httpx failure; during CreateInstances anything that may have reached the server is ambiguous."""
        what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        logger.debug("%s failed after %.1f ms (attempt %d): %s", call.name,
                     (time.perf_counter() - started) * 1000, attempt, type(exc).__name__)
        error: NetworkError | ProtocolError
        if call.name == CREATE_ACTION and not isinstance(exc, httpx.UnsupportedProtocol):
            error = AmbiguousCreateError("NETWORK_ERROR", f"{call.name} to {self.url} failed ({what}). "
                                         + _AMBIGUOUS_HINT)
        elif isinstance(exc, httpx.TransportError):
            error = NetworkError("NETWORK_ERROR", f"{call.name} to {self.url} failed ({what})"
                                 + ("; it may or may not have been applied" if call.mutating else ""))
            error.transient = isinstance(exc, _TRANSIENT)
        else:  # e.g. a body that could not be decoded: the server answered, but unreadably
            error = ProtocolError("INVALID_RESPONSE", f"{call.name}: unreadable response from {self.url} ({what})")
        error.__cause__ = exc
        return error

    # --- one call: the sync and async clients only send and sleep around these ---

    def _version_for(self, call: Call) -> str:
        """The client's version, unless the action exists only in another one (e.g. the DDoS-IP family)."""
        if not call.versions or self.api_version in call.versions or len(call.versions) != 1:
            return self.api_version
        return call.versions[0]

    def _start(self, action: str, request: RequestModel) -> tuple[Call, str, bytes, RetryState]:
        """Encode a validated request once (before anything is sent); the retry bookkeeping of the call."""
        call = call_of(action)
        action = call.name
        if call.request is None or not isinstance(request, call.request):
            raise TypeError(f"{action} takes a {call.request.__name__ if call.request else 'request'}, "
                            f"not a {type(request).__name__}")
        version = self._version_for(call)
        refused = catalogue.load().unsupported_fields(action, version, request.to_wire())
        if refused:  # e.g. sshKeys, or internetChargeType=ByBandwidthCluster under 2022-11-20
            raise InvalidParameterError(
                "SDK_INVALID_REQUEST", f"{action}: API version {version} does not accept "
                + ", ".join(f"`{name}`" for name in refused) + " (see the client's api_version)")
        return call, version, encode_body(request), self.retry.start()

    def _start_raw(self, action: str, body: Mapping[str, Any] | None,
                   fields: Mapping[str, Any]) -> tuple[Call, str, bytes, RetryState]:
        """A raw call: ``body`` and ``fields`` (wire names) sent as given, unvalidated."""
        call = raw_call_of(action)
        return call, self._version_for(call), encode_raw({**(body or {}), **fields}), self.retry.start()

    def _attempt(self, http: httpx.Client | httpx.AsyncClient, call: Call, version: str, body: bytes,
                 state: RetryState) -> tuple[httpx.Request, float]:
        """The request of the next send, and when it started."""
        http_request = self._build(http, call, version, body)
        state.sent()
        return http_request, time.perf_counter()

    def _settle(self, call: Call, response_type: type[R], state: RetryState, started: float,
                outcome: httpx.Response | httpx.RequestError) -> tuple[R | None, float]:
        """``(model, 0)`` on success, ``(None, delay)`` to send again after ``delay`` s; raises when giving up."""
        error: ZenlayerError
        if isinstance(outcome, httpx.RequestError):
            error = self._network_error(call, outcome, started, state.attempts)
        else:
            try:
                return self._parse(call, response_type, outcome, started, state.attempts), 0.0
            except ZenlayerError as exc:
                error = exc
        delay = self._next_delay(state, call, error)
        if delay is None:
            raise error
        return None, delay

    def _next_delay(self, state: RetryState, call: Call, error: ZenlayerError) -> float | None:
        error.attempts = state.attempts
        delay = state.next_delay(error, mutating=call.mutating)
        if delay is not None:
            logger.info("%s: %s, retrying in %.2f s (attempt %d of %d)", call.name, error.code, delay,
                        state.attempts + 1, self.retry.max_attempts)
        return delay

    @staticmethod
    def _log(call: Call, status: int, request_id: Any, started: float, attempt: int,
             code: str | None) -> None:
        # Action, status, request id and timing only: never bodies or headers (they carry secrets).
        logger.debug("%s -> HTTP %d%s request_id=%s in %.1f ms (attempt %d)", call.name, status,
                     f" {code}" if code else "", request_id, (time.perf_counter() - started) * 1000, attempt)
