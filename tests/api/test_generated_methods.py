"""The generated client mixins: one method per action (sync and async alike), typed keywords, the shared hook,
and an iter_* per paginated Describe."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest

from tools.generate_api import iter_name, snake
from zltoolkit.api.base import RequestModel, ResponseModel
from zltoolkit.api.catalogue import load
from zltoolkit.api.generated import subnets
from zltoolkit.client.errors import InvalidParameterError
from zltoolkit.client.generated_methods import AsyncActions, SyncActions


class Recorder(SyncActions):
    """_invoke answers canned pages and records what it was given."""

    def __init__(self, pages: list[dict[str, Any]] | None = None) -> None:
        self.calls: list[tuple[str, RequestModel, type[ResponseModel]]] = []
        self.pages = pages or []

    def _invoke(self, action: str, request: RequestModel, response_type: type[Any]) -> Any:
        self.calls.append((action, request, response_type))
        return response_type.model_validate(self.pages.pop(0) if self.pages else {})


class AsyncRecorder(AsyncActions):
    def __init__(self, pages: list[dict[str, Any]]) -> None:
        self.calls: list[RequestModel] = []
        self.pages = pages

    async def _invoke(self, action: str, request: RequestModel, response_type: type[Any]) -> Any:
        self.calls.append(request)
        return response_type.model_validate(self.pages.pop(0))


def test_every_action_has_a_sync_and_an_async_method_with_the_same_keywords() -> None:
    for action in load().actions.values():
        sync, coro = getattr(SyncActions, snake(action.name)), getattr(AsyncActions, snake(action.name))
        assert inspect.iscoroutinefunction(coro) and not inspect.iscoroutinefunction(sync)
        params = inspect.signature(sync).parameters
        assert params == inspect.signature(coro).parameters
        self_, request, *keywords = params.values()
        assert request.name == "request" and request.kind is request.POSITIONAL_ONLY and request.default is None
        assert all(p.kind is p.KEYWORD_ONLY and p.default is None for p in keywords), action.name
        wires = {f.wire for f in load().request(action.name).fields}
        assert len(keywords) == len(wires), action.name
        if action.paginated:
            assert inspect.isgeneratorfunction(getattr(SyncActions, iter_name(action.name)))
            assert inspect.isasyncgenfunction(getattr(AsyncActions, iter_name(action.name)))


def test_a_method_builds_the_strict_request_and_names_the_response_type() -> None:
    client = Recorder()
    client.describe_subnets(zone_id="SEL-A", subnet_ids=["s-1"])
    action, request, response_type = client.calls[0]
    assert action == "DescribeSubnets"
    assert request.to_wire() == {"zoneId": "SEL-A", "subnetIds": ["s-1"]}
    assert response_type is subnets.DescribeSubnetsResponse


def test_wrong_types_and_unknown_fields_are_refused_before_the_hook() -> None:
    client = Recorder()
    with pytest.raises(InvalidParameterError, match="page_size"):
        client.describe_subnets(page_size="20")  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError, match="notAField"):
        client.describe_subnets({"notAField": 1})
    with pytest.raises(TypeError):
        client.describe_subnets(not_a_field=1)  # type: ignore[call-arg]
    assert client.calls == []


def test_required_fields_and_aliases() -> None:
    client = Recorder()
    client.create_instances(zone_id="SEL-A", instance_charge_type="POSTPAID",  # type: ignore[arg-type]
                            instance_type_id="M6C", internet_charge_type="ByBandwidth",  # type: ignore[arg-type]
                            enable_primary_ipv6=False, password="Secret-123")
    request = client.calls[0][1]
    assert request.to_wire()["enablePrimaryIPv6"] is False
    assert "Secret-123" not in repr(request)
    with pytest.raises(InvalidParameterError, match="instanceTypeId") as caught:
        client.create_instances(zone_id="SEL-A", password="Secret-123")
    assert "Secret-123" not in str(caught.value)
    assert len(client.calls) == 1


def test_the_positional_request_is_a_model_or_a_mapping_merged_with_keywords() -> None:
    client = Recorder()
    client.describe_subnets({"zoneId": "SEL-A", "subnet_ids": ["s-1"]}, page_size=5)
    assert client.calls[0][1].to_wire() == {"zoneId": "SEL-A", "subnetIds": ["s-1"], "pageSize": 5}
    model = subnets.DescribeSubnetsRequest(zone_id="SEL-B")
    client.describe_subnets(model)
    assert client.calls[1][1] is model
    with pytest.raises(TypeError):
        client.describe_subnets(model, page_size=5)
    with pytest.raises(TypeError):
        client.describe_vpcs(model)  # type: ignore[arg-type]


def _page(ids: list[str], total: int) -> dict[str, Any]:
    return {"requestId": "r", "totalCount": total, "dataSet": [{"subnetId": i} for i in ids]}


def test_iter_pages_until_the_total_is_reached() -> None:
    client = Recorder([_page(["a", "b"], 3), _page(["c"], 3)])
    got = [s.subnet_id for s in client.iter_subnets(zone_id="SEL-A", page_size=2)]
    assert got == ["a", "b", "c"]
    assert [c[1].to_wire() for c in client.calls] == [
        {"zoneId": "SEL-A", "pageNum": 1, "pageSize": 2}, {"zoneId": "SEL-A", "pageNum": 2, "pageSize": 2}]


def test_async_iter_pages_the_same_way() -> None:
    client = AsyncRecorder([_page(["a", "b"], 4), _page(["c", "d"], 4)])

    async def collect() -> list[str | None]:
        return [s.subnet_id async for s in client.iter_subnets(page_size=2)]

    assert asyncio.run(collect()) == ["a", "b", "c", "d"]
    assert len(client.calls) == 2


def test_the_hook_is_abstract() -> None:
    with pytest.raises(TypeError):
        SyncActions()  # type: ignore[abstract]
