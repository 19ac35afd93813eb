"""The synchronous client: one typed method per BMC action, retries, pagination."""

from __future__ import annotations

from collections.abc import Iterator
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

__all__ = ["Client"]


class Client(BaseClient):
    """A BMC API client. ``Client()`` reads ``ZENLAYERCLOUD_*`` from the environment; ``Client(url, ...)``
    points anywhere (the mock: ``Client("http://127.0.0.1:8900", access_key_id=..., access_key_password=...)``).

    Each action method takes a request model, a mapping, or keyword arguments (snake_case or camelCase) and
    returns the action's response model; failures raise ZenlayerError subclasses.
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

    def call(self, action: str, request: RequestLike = None, /, **params: Any) -> BaseResponse:
        """Call any modelled action by name; parameters in snake_case or camelCase."""
        return self._call(action, request, params)

    def _call(self, action: str, request: RequestLike, params: dict[str, Any]) -> BaseResponse:
        spec, body, state = self._start(action, request, params)
        while True:
            http_request, started = self._attempt(self._http, spec, body, state)
            outcome: httpx.Response | httpx.RequestError
            try:
                outcome = self._http.send(http_request, auth=self._auth)
            except httpx.RequestError as exc:
                outcome = exc
            result, delay = self._settle(spec, state, started, outcome)
            if result is not None:
                return result
            self.retry.sleep(delay)

    def iter_instances(self, **filters: Any) -> Iterator[InstanceInfo]:
        """Every instance matching the DescribeInstances ``filters``, page by page (100 per call by default)."""
        params, page_size, page = paging(filters)
        while True:
            response = self.describe_instances(params, page_num=page, page_size=page_size)
            yield from response.data_set
            if is_last_page(response, page, page_size):
                return
            page += 1

    # --- one method per action (the request/response models live in zltoolkit.api.actions) ---
    # (each cast holds: _parse validates the answer into ACTIONS[action].response)

    def describe_zones(self, request: RequestLike = None, /, **params: Any) -> a.DescribeZonesResponse:
        return cast(a.DescribeZonesResponse, self._call("DescribeZones", request, params))

    def describe_available_resources(
        self, request: RequestLike = None, /, **params: Any
    ) -> a.DescribeAvailableResourcesResponse:
        return cast(a.DescribeAvailableResourcesResponse, self._call("DescribeAvailableResources", request, params))

    def describe_instance_types(self, request: RequestLike = None, /, **params: Any) -> a.DescribeInstanceTypesResponse:
        return cast(a.DescribeInstanceTypesResponse, self._call("DescribeInstanceTypes", request, params))

    def describe_images(self, request: RequestLike = None, /, **params: Any) -> a.DescribeImagesResponse:
        return cast(a.DescribeImagesResponse, self._call("DescribeImages", request, params))

    def describe_instances(self, request: RequestLike = None, /, **params: Any) -> a.DescribeInstancesResponse:
        return cast(a.DescribeInstancesResponse, self._call("DescribeInstances", request, params))

    def inquiry_price_create_instance(
        self, request: RequestLike = None, /, **params: Any
    ) -> a.InquiryPriceCreateInstanceResponse:
        return cast(a.InquiryPriceCreateInstanceResponse, self._call("InquiryPriceCreateInstance", request, params))

    def create_instances(self, request: RequestLike = None, /, **params: Any) -> a.CreateInstancesResponse:
        """Never retried after an ambiguous failure: AmbiguousCreateError says to check DescribeInstances."""
        return cast(a.CreateInstancesResponse, self._call("CreateInstances", request, params))

    def start_instances(self, request: RequestLike = None, /, **params: Any) -> a.EmptyResponse:
        return cast(a.EmptyResponse, self._call("StartInstances", request, params))

    def stop_instances(self, request: RequestLike = None, /, **params: Any) -> a.EmptyResponse:
        return cast(a.EmptyResponse, self._call("StopInstances", request, params))

    def reboot_instances(self, request: RequestLike = None, /, **params: Any) -> a.EmptyResponse:
        return cast(a.EmptyResponse, self._call("RebootInstances", request, params))

    def terminate_instance(self, request: RequestLike = None, /, **params: Any) -> a.EmptyResponse:
        return cast(a.EmptyResponse, self._call("TerminateInstance", request, params))

    def release_instances(self, request: RequestLike = None, /, **params: Any) -> a.EmptyResponse:
        return cast(a.EmptyResponse, self._call("ReleaseInstances", request, params))

    def renew_instance(self, request: RequestLike = None, /, **params: Any) -> a.EmptyResponse:
        return cast(a.EmptyResponse, self._call("RenewInstance", request, params))

    def reinstall_instance(self, request: RequestLike = None, /, **params: Any) -> a.EmptyResponse:
        return cast(a.EmptyResponse, self._call("ReinstallInstance", request, params))

    def modify_instances_attribute(self, request: RequestLike = None, /, **params: Any) -> a.EmptyResponse:
        return cast(a.EmptyResponse, self._call("ModifyInstancesAttribute", request, params))
