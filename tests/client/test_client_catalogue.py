"""Every catalogue action on both clients, call by name, raw calls, version choice and tolerant answers."""

from __future__ import annotations

import importlib
import inspect
import json
from typing import Any

import pytest
from client_fakes import FakeBMC, make_async_client, make_client, ok, run

from tools.generate_api import iter_name, snake
from zltoolkit.api.catalogue import CLIENT_DEFAULT_API_VERSION, load
from zltoolkit.api.enums import InstanceStatus
from zltoolkit.api.generated import ACTION_MODULES
from zltoolkit.api.generated._common import TolerantResponse
from zltoolkit.client import AsyncClient, Client, InvalidParameterError

SDK_CLIENTS = {"2022-11-20": "zenlayercloud.bmc.v20221120.bmc_client",
               "2026-02-01": "zenlayercloud.bmc.v20260201.bmc_client"}


@pytest.mark.parametrize("version", sorted(SDK_CLIENTS))
def test_every_action_of_the_official_sdk_is_a_method_of_both_clients(version: str) -> None:
    sdk = importlib.import_module(SDK_CLIENTS[version]).BmcClient
    actions = [n for n, v in vars(sdk).items() if inspect.isfunction(v) and n[:1].isupper()]
    assert len(actions) > 80
    for action in actions:
        method = snake(action)
        assert inspect.isfunction(getattr(Client, method, None)), action
        assert inspect.iscoroutinefunction(getattr(AsyncClient, method, None)), action


def test_every_paginated_describe_has_an_iterator_on_both_clients() -> None:
    paginated = [a.name for a in load().actions.values() if a.paginated]
    assert "DescribeInstances" in paginated and len(paginated) == 10
    for action in paginated:
        assert inspect.isgeneratorfunction(getattr(Client, iter_name(action)))
        assert inspect.isasyncgenfunction(getattr(AsyncClient, iter_name(action)))


def test_the_action_methods_are_the_generated_ones_not_copies() -> None:
    from zltoolkit.client.generated_methods import AsyncActions, SyncActions

    for action in load().actions:
        assert getattr(Client, snake(action)) is getattr(SyncActions, snake(action))
        assert getattr(AsyncClient, snake(action)) is getattr(AsyncActions, snake(action))


def test_a_new_action_is_sent_and_parsed_into_its_tolerant_model() -> None:
    bmc = FakeBMC(ok({"totalCount": 1, "dataSet": [{"vpcId": "v-1", "vpcName": "a", "newField": {"x": 1}}]}))
    with make_client(bmc) as client:
        answer = client.describe_vpcs(vpc_ids=["v-1"])
    assert bmc.requests[0].headers["X-ZC-Action"] == "DescribeVpcs"
    assert json.loads(bmc.requests[0].content) == {"vpcIds": ["v-1"]}
    assert answer.data_set[0].vpc_id == "v-1" and answer.data_set[0].model_extra == {"newField": {"x": 1}}


def test_call_validates_any_catalogue_action_by_name() -> None:
    bmc = FakeBMC(ok({"totalCount": 0, "dataSet": []}))
    with make_client(bmc) as client:
        answer = client.call("DescribeSubnets", zoneId="SEL-A", page_size=5)
        assert type(answer).__name__ == "DescribeSubnetsResponse"
        assert json.loads(bmc.requests[0].content) == {"zoneId": "SEL-A", "pageSize": 5}
        with pytest.raises(InvalidParameterError, match="futureFilter"):
            client.call("DescribeSubnets", futureFilter=1)
        with pytest.raises(InvalidParameterError, match="pageSize"):
            client.call("DescribeSubnets", pageSize="5")
        with pytest.raises(InvalidParameterError, match="unknown action"):
            client.call("DescribeTheFuture")
    assert bmc.calls == 1


def test_call_raw_sends_fields_the_catalogue_does_not_know_and_reads_tolerantly() -> None:
    bmc = FakeBMC(ok({"totalCount": 1, "dataSet": [{"subnetId": "s-1", "futureField": [1]}], "futureTop": True}))
    with make_client(bmc) as client:
        answer = client.call_raw("DescribeSubnets", {"zoneId": "SEL-A"}, futureFilter={"a": 1})
        assert json.loads(bmc.requests[0].content) == {"zoneId": "SEL-A", "futureFilter": {"a": 1}}
        assert type(answer).__name__ == "DescribeSubnetsResponse"
        assert answer.model_extra == {"futureTop": True}
        assert answer.data_set[0].model_extra == {"futureField": [1]}  # type: ignore[attr-defined]
        # An action the catalogue lacks: sent as named, answered as a bare tolerant response.
        other = client.call_raw("DescribeTheFuture", anything=1)
        assert bmc.requests[1].headers["X-ZC-Action"] == "DescribeTheFuture"
        assert type(other) is TolerantResponse and other.model_extra == {
            "totalCount": 1, "dataSet": [{"subnetId": "s-1", "futureField": [1]}], "futureTop": True}

    async def go() -> Any:
        async with make_async_client(bmc) as aclient:
            return await aclient.call_raw("DescribeSubnets", futureFilter=2)

    assert run(go()).model_extra == {"futureTop": True}
    assert json.loads(bmc.requests[2].content) == {"futureFilter": 2}


def test_the_default_api_version_is_2026_02_01() -> None:
    bmc = FakeBMC(ok())
    with make_client(bmc) as client:
        assert client.api_version == CLIENT_DEFAULT_API_VERSION.value == "2026-02-01"
        client.describe_zones()
    assert bmc.requests[0].headers["X-ZC-Version"] == "2026-02-01"
    assert inspect.signature(Client).parameters["api_version"].default == "2026-02-01"
    assert inspect.signature(AsyncClient).parameters["api_version"].default == "2026-02-01"


def test_an_action_of_one_version_only_is_sent_under_that_version() -> None:
    only_2022 = [a.name for a in load().actions.values() if a.versions == ("2022-11-20",)]
    assert "DescribeDdosIpAddresses" in only_2022
    bmc = FakeBMC(ok())
    with make_client(bmc, api_version="2026-02-01") as client:
        client.describe_ddos_ip_addresses()
        client.describe_eip_addresses()
    assert [r.headers["X-ZC-Version"] for r in bmc.requests] == ["2022-11-20", "2026-02-01"]


def test_what_the_version_does_not_accept_is_refused_before_sending() -> None:
    bmc = FakeBMC(ok())
    key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq0 user@host"
    with make_client(bmc, api_version="2026-02-01") as client, \
            pytest.raises(InvalidParameterError, match="2026-02-01 does not accept `sshKeys`") as caught:
        client.reinstall_instance(instance_id="i-1", ssh_keys=[key])
    assert key not in str(caught.value)
    with make_client(bmc, api_version="2022-11-20") as client:
        with pytest.raises(InvalidParameterError, match="2022-11-20 does not accept `internetChargeType`"):
            client.create_instances(zone_id="SEL-A", instance_type_id="M6C", instance_charge_type="POSTPAID",
                                    internet_charge_type="ByBandwidthCluster", cluster_id="c-1")
        assert bmc.calls == 0
        client.reinstall_instance(instance_id="i-1", ssh_keys=[key])
    assert bmc.requests[0].headers["X-ZC-Version"] == "2022-11-20"
    assert json.loads(bmc.requests[0].content)["sshKeys"] == [key]


def test_answers_with_unknown_fields_and_values_parse_at_every_level() -> None:
    page = {"totalCount": 1, "dataSet": [{
        "instanceId": "i-1", "instanceStatus": "HIBERNATING", "internetChargeType": "ByMoonPhase",
        "nic": {"wanName": "wan0", "lanName": "lan0", "mtu": 9000},
        "raidConfig": {"raidType": 1, "customRaids": [{"raidType": 0, "diskSequence": [1], "spare": True}],
                       "controller": "x"},
        "partitions": [{"fsPath": "/", "fsType": "ext4", "size": 50, "label": "root"}],
        "tags": {"tags": [{"key": "k", "value": "v", "source": "api"}], "etag": "e"},
        "brandNew": {"deep": [1]},
    }]}
    bmc = FakeBMC(ok(page))
    with make_client(bmc) as client:
        inst = client.describe_instances().data_set[0]
    assert inst.instance_status == "HIBERNATING" and not isinstance(inst.instance_status, InstanceStatus)
    assert inst.internet_charge_type == "ByMoonPhase"
    assert inst.nic is not None and inst.nic.model_extra == {"mtu": 9000}
    assert inst.raid_config is not None and inst.raid_config.model_extra == {"controller": "x"}
    assert inst.raid_config.custom_raids is not None and inst.raid_config.custom_raids[0].model_extra == {"spare": True}
    assert inst.partitions is not None and inst.partitions[0].model_extra == {"label": "root"}
    assert inst.tags is not None and inst.tags.model_extra == {"etag": "e"}
    assert inst.model_extra == {"brandNew": {"deep": [1]}}


def test_every_catalogue_action_has_its_models() -> None:
    for action, module in ACTION_MODULES.items():
        models = importlib.import_module(module)
        assert hasattr(models, f"{action}Request") and hasattr(models, f"{action}Response")


def test_an_sdk_spelling_of_an_action_is_called_under_the_catalogue_name() -> None:
    bmc = FakeBMC(ok())
    with make_client(bmc) as client:
        client.call("UnassociateEipAddress", eip_id="e-1")  # the Go SDK 2022-11-20 spelling
        client.call_raw("UnassociateEipAddress", eipId="e-1")  # raw: sent as spelled
    assert [r.headers["X-ZC-Action"] for r in bmc.requests] == ["UnAssociateEipAddress", "UnassociateEipAddress"]


def test_a_keyword_replaces_the_mappings_entry_however_spelled() -> None:
    bmc = FakeBMC(ok({"totalCount": 0, "dataSet": []}))
    with make_client(bmc) as client:
        client.describe_instances({"pageSize": 7, "zoneId": "SEL-A"}, page_size=3)
        assert list(client.iter_instances({"pageNum": 9, "pageSize": 7})) == []
    assert bmc.bodies() == [{"zoneId": "SEL-A", "pageSize": 3}, {"pageNum": 1, "pageSize": 100}]
