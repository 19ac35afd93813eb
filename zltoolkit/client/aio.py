"""The asyncio client: the same methods as Client (from the generated AsyncActions), awaited; iter_* are async
generators."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any, TypeVar

import httpx

from zltoolkit.api.base import RequestModel, ResponseModel
from zltoolkit.api.enums import DEFAULT_API_VERSION

from .base import DEFAULT_TIMEOUT, BaseClient, named_request
from .config import Credentials
from .generated_methods import AsyncActions
from .requests import Call, RequestLike
from .retry import RetryPolicy, RetryState

__all__ = ["AsyncClient"]

R = TypeVar("R", bound=ResponseModel)


class AsyncClient(AsyncActions, BaseClient):
    """The asyncio twin of Client: same constructor and methods, awaited. Use ``async with AsyncClient(...)``.

    Concurrent calls share one connection pool; each call retries (with ``RetryPolicy.async_sleep``) on its own.
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
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(endpoint, access_key_id=access_key_id, access_key_password=access_key_password,
                         token=token, credentials=credentials, scheme=scheme, api_version=api_version,
                         timeout=timeout, retry=retry)
        self._http: httpx.AsyncClient = self._adopt_http(http_client, transport, httpx.AsyncClient)

    # --- lifecycle ---

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    close = aclose  # the same spelling as Client.close (awaited here)

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await self.aclose()

    # --- generic ---

    async def call(self, action: str, request: RequestLike = None, /, **params: Any) -> ResponseModel:
        """Call any catalogue action by name; parameters (snake_case or camelCase) checked by its request model."""
        call, model = named_request(action, request, params)
        return await self._invoke(action, model, call.response)

    async def call_raw(self, action: str, body: Mapping[str, Any] | None = None, /, **fields: Any) -> ResponseModel:
        """Send ``body``/``fields`` (wire names) as given, unvalidated: for fields the catalogue does not know yet."""
        call, version, body_bytes, state = self._start_raw(action, body, fields)
        return await self._send(call, version, body_bytes, state, call.response)

    # --- the one request path of every action method ---

    async def _invoke(self, action: str, request: RequestModel, response_type: type[R]) -> R:
        call, version, body, state = self._start(action, request)
        return await self._send(call, version, body, state, response_type)

    async def _send(self, call: Call, version: str, body: bytes, state: RetryState, response_type: type[R]) -> R:
        while True:
            http_request, started = self._attempt(self._http, call, version, body, state)
            outcome: httpx.Response | httpx.RequestError
            try:
                outcome = await self._http.send(http_request, auth=self._auth)
            except httpx.RequestError as exc:
                outcome = exc
            result, delay = self._settle(call, response_type, state, started, outcome)
            if result is not None:
                return result
            await self.retry.async_sleep(delay)
