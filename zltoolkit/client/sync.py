"""The synchronous client: every catalogue action (from the generated SyncActions), retries, pagination."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any, TypeVar

import httpx

from zltoolkit.api.base import RequestModel, ResponseModel
from zltoolkit.api.enums import DEFAULT_API_VERSION

from .base import DEFAULT_TIMEOUT, BaseClient, named_request
from .config import Credentials
from .generated_methods import SyncActions
from .requests import Call, RequestLike
from .retry import RetryPolicy, RetryState

__all__ = ["Client"]

R = TypeVar("R", bound=ResponseModel)


class Client(SyncActions, BaseClient):
    """A BMC API client. ``Client()`` reads ``ZENLAYERCLOUD_*`` from the environment; ``Client(url, ...)``
    points anywhere (the mock: ``Client("http://127.0.0.1:8900", access_key_id=..., access_key_password=...)``).

    One method per action of the catalogue (``describe_instances``, ``create_instances``, ... from
    :class:`~zltoolkit.client.generated_methods.SyncActions`): each takes an optional request model or
    mapping, then typed keywords, and returns the action's tolerant response model; ``iter_*`` pages through
    every paginated Describe. Failures raise ZenlayerError subclasses.
    """

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
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(endpoint, access_key_id=access_key_id, access_key_password=access_key_password,
                         token=token, credentials=credentials, scheme=scheme, api_version=api_version,
                         timeout=timeout, retry=retry)
        self._http: httpx.Client = self._adopt_http(http_client, transport, httpx.Client)

    # --- lifecycle ---

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # --- generic ---

    def call(self, action: str, request: RequestLike = None, /, **params: Any) -> ResponseModel:
        """Call any catalogue action by name; parameters (snake_case or camelCase) checked by its request model."""
        call, model = named_request(action, request, params)
        return self._invoke(action, model, call.response)

    def call_raw(self, action: str, body: Mapping[str, Any] | None = None, /, **fields: Any) -> ResponseModel:
        """Send ``body``/``fields`` (wire names) as given, unvalidated: for fields the catalogue does not know yet.

        The answer is the action's tolerant response model (a bare one for an action the catalogue lacks).
        """
        call, version, body_bytes, state = self._start_raw(action, body, fields)
        return self._send(call, version, body_bytes, state, call.response)

    # --- the one request path of every action method ---

    def _invoke(self, action: str, request: RequestModel, response_type: type[R]) -> R:
        call, version, body, state = self._start(action, request)
        return self._send(call, version, body, state, response_type)

    def _send(self, call: Call, version: str, body: bytes, state: RetryState, response_type: type[R]) -> R:
        while True:
            http_request, started = self._attempt(self._http, call, version, body, state)
            outcome: httpx.Response | httpx.RequestError
            try:
                outcome = self._http.send(http_request, auth=self._auth)
            except httpx.RequestError as exc:
                outcome = exc
            result, delay = self._settle(call, response_type, state, started, outcome)
            if result is not None:
                return result
            self.retry.sleep(delay)
