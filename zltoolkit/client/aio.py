"""The asyncio client: the same methods as Client, awaited; iter_instances is an async generator."""

from __future__ import annotations

from collections.abc import AsyncIterator
from types import TracebackType
from typing import Any, cast

import httpx

from zltoolkit.api import actions as a
from zltoolkit.api.actions import BaseResponse
from zltoolkit.api.enums import DEFAULT_API_VERSION
from zltoolkit.api.structures import InstanceInfo

from .base import DEFAULT_TIMEOUT, BaseClient, RequestLike, is_last_page, paging
from .config import Credentials
from .retry import RetryPolicy

__all__ = ["AsyncClient"]


class AsyncClient(BaseClient):
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

    async def call(self, action: str, request: RequestLike = None, /, **params: Any) -> BaseResponse:
        """Call any modelled action by name; parameters in snake_case or camelCase."""
        return await self._call(action, request, params)

    async def _call(self, action: str, request: RequestLike, params: dict[str, Any]) -> BaseResponse:
        spec, body, state = self._start(action, request, params)
        while True:
            http_request, started = self._attempt(self._http, spec, body, state)
            outcome: httpx.Response | httpx.RequestError
            try:
                outcome = await self._http.send(http_request, auth=self._auth)
            except httpx.RequestError as exc:
                outcome = exc
            result, delay = self._settle(spec, state, started, outcome)
            if result is not None:
                return result
            await self.retry.async_sleep(delay)

    async def iter_instances(self, **filters: Any) -> AsyncIterator[InstanceInfo]:
        """Every instance matching the DescribeInstances ``filters``, page by page (100 per call by default)."""
        params, page_size, page = paging(filters)
        while True:
            response = await self.describe_instances(params, page_num=page, page_size=page_size)
            for instance in response.data_set:
                yield instance
            if is_last_page(response, page, page_size):
                return
            page += 1

    # --- one method per action (the request/response models live in zltoolkit.api.actions) ---
    # (each cast holds: _parse validates the answer into ACTIONS[action].response)

    async def describe_zones(self, request: RequestLike = None, /, **params: Any) -> a.DescribeZonesResponse:
        return cast(a.DescribeZonesResponse, await self._call("DescribeZones", request, params))

    async def describe_available_resources(
        self, request: RequestLike = None, /, **params: Any
    ) -> a.DescribeAvailableResourcesResponse:
        return cast(a.DescribeAvailableResourcesResponse, await self._call("DescribeAvailableResources", request, params))

    async def describe_instance_types(self, request: RequestLike = None, /, **params: Any) -> a.DescribeInstanceTypesResponse:
        return cast(a.DescribeInstanceTypesResponse, await self._call("DescribeInstanceTypes", request, params))

    async def describe_images(self, request: RequestLike = None, /, **params: Any) -> a.DescribeImagesResponse:
        return cast(a.DescribeImagesResponse, await self._call("DescribeImages", request, params))

    async def describe_instances(self, request: RequestLike = None, /, **params: Any) -> a.DescribeInstancesResponse:
        return cast(a.DescribeInstancesResponse, await self._call("DescribeInstances", request, params))

    async def inquiry_price_create_instance(
        self, request: RequestLike = None, /, **params: Any
    ) -> a.InquiryPriceCreateInstanceResponse:
        return cast(a.InquiryPriceCreateInstanceResponse, await self._call("InquiryPriceCreateInstance", request, params))

    async def create_instances(self, request: RequestLike = None, /, **params: Any) -> a.CreateInstancesResponse:
        """Never retried after an ambiguous failure: AmbiguousCreateError says to check DescribeInstances."""
        return cast(a.CreateInstancesResponse, await self._call("CreateInstances", request, params))

    async def start_instances(self, request: RequestLike = None, /, **params: Any) -> a.EmptyResponse:
        return cast(a.EmptyResponse, await self._call("StartInstances", request, params))

    async def stop_instances(self, request: RequestLike = None, /, **params: Any) -> a.EmptyResponse:
        return cast(a.EmptyResponse, await self._call("StopInstances", request, params))

    async def reboot_instances(self, request: RequestLike = None, /, **params: Any) -> a.EmptyResponse:
        return cast(a.EmptyResponse, await self._call("RebootInstances", request, params))

    async def terminate_instance(self, request: RequestLike = None, /, **params: Any) -> a.EmptyResponse:
        return cast(a.EmptyResponse, await self._call("TerminateInstance", request, params))

    async def release_instances(self, request: RequestLike = None, /, **params: Any) -> a.EmptyResponse:
        return cast(a.EmptyResponse, await self._call("ReleaseInstances", request, params))

    async def renew_instance(self, request: RequestLike = None, /, **params: Any) -> a.EmptyResponse:
        return cast(a.EmptyResponse, await self._call("RenewInstance", request, params))

    async def reinstall_instance(self, request: RequestLike = None, /, **params: Any) -> a.EmptyResponse:
        return cast(a.EmptyResponse, await self._call("ReinstallInstance", request, params))

    async def modify_instances_attribute(self, request: RequestLike = None, /, **params: Any) -> a.EmptyResponse:
        return cast(a.EmptyResponse, await self._call("ModifyInstancesAttribute", request, params))
