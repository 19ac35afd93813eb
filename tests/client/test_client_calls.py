"""What the clients send (URL, headers, body) and return, per action, plus pagination."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
from client_fakes import (
    ENDPOINT,
    KEY_ID,
    PASSWORD,
    TOKEN,
    FakeBMC,
    err,
    make_async_client,
    make_client,
    ok,
    run,
)

import zltoolkit
from zltoolkit.api import ACTIONS
from zltoolkit.api.actions import (
    CreateInstancesRequest,
    DescribeInstancesResponse,
    EmptyResponse,
    StartInstancesRequest,
    StopInstancesRequest,
)
from zltoolkit.api.signing import sign
from zltoolkit.client import AsyncClient, Client, ConfigurationError, InvalidParameterError

SNAKE = re.compile(r"(?<!^)(?=[A-Z])")


def snake(action: str) -> str:
    return SNAKE.sub("_", action).lower()


# Minimal valid parameters per action (the models' required fields).
MINIMAL: dict[str, dict[str, Any]] = {
    "DescribeZones": {},
    "DescribeAvailableResources": {"instance_charge_type": "PREPAID"},
    "DescribeInstanceTypes": {},
    "DescribeImages": {},
    "DescribeInstances": {},
    "InquiryPriceCreateInstance": {"zone_id": "SEL-A", "instance_type_id": "M6C", "instance_charge_type": "PREPAID",
                                   "internet_charge_type": "ByBandwidth", "instance_charge_prepaid": {"period": 1}},
    "CreateInstances": {"zone_id": "SEL-A", "instance_type_id": "M6C", "instance_charge_type": "POSTPAID",
                        "internet_charge_type": "ByBandwidth"},
    "StartInstances": {"instance_ids": ["i-1"]},
    "StopInstances": {"instance_ids": ["i-1"]},
    "RebootInstances": {"instance_ids": ["i-1"]},
    "TerminateInstance": {"instance_id": "i-1"},
    "ReleaseInstances": {"instance_ids": ["i-1"]},
    "RenewInstance": {"instance_id": "i-1"},
    "ReinstallInstance": {"instance_id": "i-1", "image_id": "img-1"},
    "ModifyInstancesAttribute": {"instance_ids": ["i-1"], "instance_name": "web"},
}


def test_minimal_params_cover_every_action() -> None:
    assert set(MINIMAL) == set(ACTIONS)


@pytest.mark.parametrize("action", list(ACTIONS))
def test_each_action_has_a_typed_method_on_both_clients(action: str) -> None:
    spec = ACTIONS[action]
    bmc = FakeBMC(ok())
    with make_client(bmc) as client:
        response = getattr(client, snake(action))(**MINIMAL[action])
    assert type(response) is spec.response
    request = bmc.requests[0]
    assert request.headers["X-ZC-Action"] == action
    assert json.loads(request.content) == spec.request.model_validate(MINIMAL[action]).to_wire()

    async def go() -> Any:
        async with make_async_client(bmc) as aclient:
            return await getattr(aclient, snake(action))(**MINIMAL[action])

    assert type(run(go())) is spec.response
    assert bmc.requests[1].content == request.content


def test_the_request_on_the_wire() -> None:
    bmc = FakeBMC(ok({"totalCount": 0, "dataSet": []}))
    with make_client(bmc, api_version="2026-02-01") as client:
        client.describe_instances(zone_id="SEL-A", page_size=10, page_num=1)
    request = bmc.requests[0]
    assert request.method == "POST"
    assert str(request.url) == "http://bmc.test:8900/api/v2/bmc"
    headers = request.headers
    assert headers["X-ZC-Action"] == "DescribeInstances"
    assert headers["X-ZC-Version"] == "2026-02-01"
    assert headers["X-ZC-Service"] == "bmc"
    assert headers["Content-Type"] == "application/json"
    assert headers["X-ZC-SDK-Lang"] == "Python"
    assert headers["X-ZC-SDK-Version"] == f"zltoolkit/{zltoolkit.__version__}"
    assert headers["X-ZC-Signature-Method"] == "ZC2-HMAC-SHA256"
    assert headers["host"] == "bmc.test:8900"
    # Compact JSON, camelCase, unset fields omitted.
    assert request.content == b'{"zoneId":"SEL-A","pageNum":1,"pageSize":10}'
    signature = sign(request.content, "application/json", "bmc.test:8900", headers["X-ZC-Timestamp"], PASSWORD)
    assert headers["Authorization"] == (
        f"ZC2-HMAC-SHA256 Credential={KEY_ID}, SignedHeaders=content-type;host, Signature={signature}")


def test_default_version_and_bearer_token() -> None:
    bmc = FakeBMC(ok())
    with Client(ENDPOINT, token=TOKEN, transport=httpx.MockTransport(bmc)) as client:
        client.describe_zones()
    headers = bmc.requests[0].headers
    assert headers["X-ZC-Version"] == "2026-02-01"
    assert headers["Authorization"] == f"Bearer {TOKEN}"
    assert "X-ZC-Timestamp" not in headers
    assert bmc.requests[0].content == b"{}"  # an empty request is {}


def test_non_ascii_values_are_sent_as_utf8() -> None:
    bmc = FakeBMC(ok())
    with make_client(bmc) as client:
        client.modify_instances_attribute(instance_ids=["i-1"], instance_name="服务器-1")
    assert "服务器-1".encode() in bmc.requests[0].content


@pytest.mark.parametrize("how", ["model", "dict_camel", "dict_snake", "kwargs_camel", "dict_and_kwargs"])
def test_requests_as_model_dict_or_keywords(how: str) -> None:
    bmc = FakeBMC(ok({"instanceIdSet": ["i-1"]}))
    camel = {"zoneId": "SEL-A", "instanceTypeId": "M6C", "instanceChargeType": "PREPAID",
             "internetChargeType": "ByBandwidth", "instanceChargePrepaid": {"period": 1}}
    snake_params = {"zone_id": "SEL-A", "instance_type_id": "M6C", "instance_charge_type": "PREPAID",
                    "internet_charge_type": "ByBandwidth", "instance_charge_prepaid": {"period": 1}}
    with make_client(bmc) as client:
        if how == "model":
            result = client.create_instances(CreateInstancesRequest(**snake_params))
        elif how == "dict_camel":
            result = client.create_instances(camel)
        elif how == "dict_snake":
            result = client.create_instances(snake_params)
        elif how == "kwargs_camel":  # camelCase names go in the mapping (the keywords are typed, snake_case)
            with pytest.raises(TypeError):
                client.create_instances(**camel)  # type: ignore[arg-type]
            result = client.call("CreateInstances", **camel)
        else:
            result = client.create_instances({"zoneId": "SEL-A"}, **{k: v for k, v in snake_params.items()
                                                                     if k != "zone_id"})
    assert result.instance_id_set == ["i-1"]
    assert json.loads(bmc.requests[0].content) == camel


def test_call_by_name_in_either_case() -> None:
    bmc = FakeBMC(ok({"totalCount": 1, "dataSet": [{"instanceId": "i-1", "instanceStatus": "RUNNING"}]}))
    with make_client(bmc) as client:
        a = client.call("DescribeInstances", zone_id="SEL-A")
        b = client.call("DescribeInstances", zoneId="SEL-A")
        c = client.call("DescribeInstances", {"zoneId": "SEL-A"})
    assert isinstance(a, DescribeInstancesResponse) and a == b == c
    assert a.data_set[0].instance_status == "RUNNING"
    assert bmc.requests[0].content == bmc.requests[1].content == bmc.requests[2].content


def test_async_call_by_name() -> None:
    bmc = FakeBMC(ok())

    async def go() -> Any:
        async with make_async_client(bmc) as client:
            return await client.call("StopInstances", instanceIds=["i-1"])

    assert isinstance(run(go()), EmptyResponse)


@pytest.mark.parametrize(("action", "params", "field"), [
    # Named as the caller spelled it (a missing one by its wire name).
    ("DescribeInstances", {"page_size": "10"}, "page_size"),
    ("DescribeInstances", {"pageSize": 1.5}, "pageSize"),
    ("DescribeInstances", {"no_such_filter": 1}, "no_such_filter"),
    ("CreateInstances", {"zone_id": "SEL-A"}, "instanceChargeType"),
    ("DescribeAvailableResources", {"instance_charge_type": "FREE"}, "instance_charge_type"),
])
def test_bad_parameters_fail_before_sending(action: str, params: dict[str, Any], field: str) -> None:
    bmc = FakeBMC(ok())
    with make_client(bmc) as client, pytest.raises(InvalidParameterError) as info:
        client.call(action, **params)
    assert info.value.code == "SDK_INVALID_REQUEST" and info.value.http_status is None
    assert field in info.value.message and action in info.value.message
    assert bmc.calls == 0


def test_a_bad_password_type_is_reported_without_its_value() -> None:
    with make_client(FakeBMC()) as client, pytest.raises(InvalidParameterError) as info:
        client.create_instances(**MINIMAL["CreateInstances"], password=123456789)
    assert "password" in info.value.message and "123456789" not in info.value.message


def test_unknown_action_and_wrong_model() -> None:
    with make_client(FakeBMC()) as client:
        with pytest.raises(InvalidParameterError, match="unknown action 'DescribeEverything'"):
            client.call("DescribeEverything")
        with pytest.raises(TypeError, match="StartInstancesRequest"):
            client.start_instances(StopInstancesRequest(instance_ids=["i-1"]))
        with pytest.raises(TypeError, match="not both"):
            client.start_instances(StartInstancesRequest(instance_ids=["i-1"]), instance_ids=["i-2"])


# --- pagination ---


def _paged_instances(total: int) -> FakeBMC:
    """A DescribeInstances server holding ``total`` instances, honouring pageNum/pageSize."""
    fleet = [{"instanceId": f"i-{n:04d}", "zoneId": "SEL-A", "instanceStatus": "RUNNING"} for n in range(total)]

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        size, page = body.get("pageSize", 20), body.get("pageNum", 1)
        return ok({"totalCount": total, "dataSet": fleet[(page - 1) * size: page * size]})

    return FakeBMC(answer)


def test_iter_instances_pages_to_the_end() -> None:
    bmc = _paged_instances(250)
    with make_client(bmc) as client:
        ids = [i.instance_id for i in client.iter_instances(zone_id="SEL-A")]
    assert ids == [f"i-{n:04d}" for n in range(250)]
    assert bmc.calls == 3
    assert [(b["pageNum"], b["pageSize"], b["zoneId"]) for b in bmc.bodies()] == [
        (1, 100, "SEL-A"), (2, 100, "SEL-A"), (3, 100, "SEL-A")]


def test_iter_instances_stops_at_total_count_on_a_full_last_page() -> None:
    bmc = _paged_instances(200)
    with make_client(bmc) as client:
        assert len(list(client.iter_instances(page_size=50))) == 200
    assert bmc.calls == 4  # no extra call for an empty fifth page


def test_iter_instances_empty_and_lazy() -> None:
    bmc = _paged_instances(0)
    with make_client(bmc) as client:
        assert list(client.iter_instances()) == []
        assert bmc.calls == 1
        bmc2 = _paged_instances(250)
        client2 = make_client(bmc2)
        first = next(client2.iter_instances())
        assert first.instance_id == "i-0000" and bmc2.calls == 1  # one page fetched, no more
        client2.close()


def test_async_iter_instances() -> None:
    bmc = _paged_instances(250)

    async def go() -> list[str]:
        async with make_async_client(bmc) as client:
            return [i.instance_id async for i in client.iter_instances(page_size=100)]

    assert len(run(go())) == 250 and bmc.calls == 3


def test_iter_instances_propagates_errors() -> None:
    bmc = FakeBMC(ok({"totalCount": 300, "dataSet": [{"instanceId": f"i-{n}"} for n in range(100)]}),
                  err(404, "INVALID_ZONE_NOT_FOUND"))
    with make_client(bmc) as client:
        iterator = client.iter_instances()
        assert len([next(iterator) for _ in range(100)]) == 100
        with pytest.raises(Exception, match="INVALID_ZONE_NOT_FOUND"):
            next(iterator)


# --- lifecycle and display ---


def test_context_managers_close_owned_clients_only() -> None:
    with make_client(FakeBMC()) as client:
        pass
    assert client._http.is_closed

    own = httpx.Client(transport=httpx.MockTransport(FakeBMC()))
    with Client(ENDPOINT, access_key_id=KEY_ID, access_key_password=PASSWORD, http_client=own) as client:
        client.describe_zones()
    assert not own.is_closed
    own.close()

    async def go() -> bool:
        async with make_async_client(FakeBMC()) as aclient:
            await aclient.describe_zones()
        await aclient.close()  # idempotent, same spelling as Client.close
        return aclient._http.is_closed

    assert run(go())


def test_transport_and_http_client_are_exclusive() -> None:
    with pytest.raises(ConfigurationError):
        Client(ENDPOINT, token=TOKEN, transport=httpx.MockTransport(FakeBMC()), http_client=httpx.Client())


def test_bad_api_version_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="2022-11-20, 2026-02-01"):
        Client(ENDPOINT, token=TOKEN, api_version="2020-01-01")


def test_endpoint_account_and_repr() -> None:
    client = Client("http://127.0.0.1:8900", access_key_id=KEY_ID, access_key_password=PASSWORD)
    assert client.endpoint == "http://127.0.0.1:8900"
    assert client.url == "http://127.0.0.1:8900/api/v2/bmc"
    assert client.account == KEY_ID
    assert repr(client) == (f"Client(endpoint='http://127.0.0.1:8900', account='{KEY_ID}', "
                            "api_version='2026-02-01')")
    client.close()
    aclient = AsyncClient("bmc.example.com", token=TOKEN)
    assert aclient.endpoint == "https://bmc.example.com" and aclient.account == "bearer token"
    assert TOKEN not in repr(aclient)
    run(aclient.aclose())
