"""DescribeInstances: every filter, pagination, order, not-found codes and account isolation."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import (  # noqa: E402
    CREATE_DONE,
    IMAGE,
    LIFE,
    OTHER,
    advance,
    create_body,
    make_api,
)


def _ids(resp: dict[str, Any]) -> list[str]:
    return [i["instanceId"] for i in resp["dataSet"]]


@pytest.fixture(scope="module")
def fleet() -> tuple[Any, dict[str, list[str]]]:
    """A small fleet with known differences, built once for the read-only tests."""
    api = make_api()
    g: dict[str, list[str]] = {}
    g["web"] = api.create(create_body(amount=3, instanceName="web-[1,2]", hostname="web-h[1,2]", imageId=IMAGE,
                                      tags={"tags": [{"key": "env", "value": "prod"}, {"key": "team", "value": "a"}]}))
    advance(api, 1)
    g["db"] = api.create(create_body(amount=2, instanceName="db", hostname="dbhost", subnetId="subnet-demo-sel-a",
                                     resourceGroupId="rg-production", internetChargeType="ByTrafficPackage",
                                     tags={"tags": [{"key": "env", "value": "dev"}]}))
    advance(api, 1)
    g["hkg"] = api.create(create_body(zoneId="HKG-A", instanceTypeId="M7D", amount=2, instanceName="web-hk"))
    advance(api, CREATE_DONE)
    g["stopped"] = g["db"][:1]
    api.ok("StopInstances", {"instanceIds": g["stopped"]})
    advance(api, LIFE["stopping"])
    g["other"] = api.create(create_body(), **OTHER)
    g["all"] = g["web"] + g["db"] + g["hkg"]
    return api, g


def test_unfiltered_lists_only_the_callers_instances_in_create_order(fleet: Any) -> None:
    api, g = fleet
    r = api.ok("DescribeInstances", {})
    assert r["totalCount"] == 7
    assert _ids(r) == g["all"]  # createTime, then id
    assert api.ok("DescribeInstances", {}, **OTHER)["totalCount"] == 1


@pytest.mark.parametrize(
    ("body", "group"),
    [
        ({"zoneId": "HKG-A"}, "hkg"),
        ({"instanceTypeId": "M7D"}, "hkg"),
        ({"resourceGroupId": "rg-production"}, "db"),
        ({"internetChargeType": "ByTrafficPackage"}, "db"),
        ({"imageId": IMAGE}, "web"),
        ({"subnetId": "subnet-demo-sel-a"}, "db"),
        ({"instanceStatus": "STOPPED"}, "stopped"),
        ({"instanceName": "db"}, "db"),
        ({"hostname": "web-h*"}, "web"),
        ({"tagKeys": ["team"]}, "web"),
        ({"tagKeys": ["env", "team"]}, "web"),
        ({"tags": [{"key": "env", "value": "dev"}]}, "db"),
        ({"tags": [{"key": "env", "value": "prod"}, {"key": "team", "value": "a"}]}, "web"),
        ({"tags": [{"key": "env"}]}, "all_tagged"),
        ({"zoneId": "SEL-A", "instanceStatus": "INSTALLING", "resourceGroupId": "rg-default"}, "web"),
    ],
)
def test_filters(fleet: Any, body: dict[str, Any], group: str) -> None:
    api, g = fleet
    want = g["web"] + g["db"] if group == "all_tagged" else g[group]
    r = api.ok("DescribeInstances", {**body, "pageSize": 100})
    assert _ids(r) == want and r["totalCount"] == len(want)


def test_name_star_is_prefix_match_and_plain_is_exact(fleet: Any) -> None:
    api, g = fleet
    assert _ids(api.ok("DescribeInstances", {"instanceName": "web*"})) == g["web"] + g["hkg"]
    assert _ids(api.ok("DescribeInstances", {"instanceName": "web-0*"})) == g["web"]
    assert _ids(api.ok("DescribeInstances", {"instanceName": "web"})) == []
    assert _ids(api.ok("DescribeInstances", {"instanceName": "*"})) == g["all"]
    assert _ids(api.ok("DescribeInstances", {"hostname": "dbhost"})) == g["db"]


def test_ip_filters_match_any_listed_address(fleet: Any) -> None:
    api, g = fleet
    infos = api.ok("DescribeInstances", {"instanceIds": g["web"]}, version="2026-02-01")["dataSet"]
    pubs = [infos[0]["primaryPublicIpAddress"], infos[2]["primaryPublicIpAddress"], "1.2.3.4"]
    assert _ids(api.ok("DescribeInstances", {"publicIpAddresses": pubs})) == [g["web"][0], g["web"][2]]
    v6 = infos[1]["primaryPublicIPv6Address"]
    assert _ids(api.ok("DescribeInstances", {"publicIpAddresses": [v6]})) == [g["web"][1]]
    priv = [infos[1]["privateIpAddresses"][0]]
    assert _ids(api.ok("DescribeInstances", {"privateIpAddresses": priv})) == [g["web"][1]]


def test_instance_ids_unknown_and_foreign_ids_are_absent(fleet: Any) -> None:
    api, g = fleet
    ids = [g["hkg"][1], "000000000000000000", g["other"][0], g["web"][0], g["web"][0]]
    r = api.ok("DescribeInstances", {"instanceIds": ids})
    assert _ids(r) == [g["web"][0], g["hkg"][1]] and r["totalCount"] == 2
    none = api.ok("DescribeInstances", {"instanceIds": ["nope"]})
    assert none["dataSet"] == [] and none["totalCount"] == 0  # not an error (terraform relies on it)
    assert _ids(api.ok("DescribeInstances", {"instanceIds": ids, "zoneId": "HKG-A"})) == [g["hkg"][1]]


def test_pagination(fleet: Any) -> None:
    api, g = fleet
    pages = [_ids(api.ok("DescribeInstances", {"pageNum": n, "pageSize": 3})) for n in (1, 2, 3, 4)]
    assert pages == [g["all"][:3], g["all"][3:6], g["all"][6:], []]
    r = api.ok("DescribeInstances", {"pageNum": 2, "pageSize": 2, "zoneId": "SEL-A"})
    assert _ids(r) == (g["web"] + g["db"])[2:4] and r["totalCount"] == 5
    assert len(api.ok("DescribeInstances", {})["dataSet"]) == 7  # default pageSize 20


@pytest.mark.parametrize(
    ("body", "http", "code", "field"),
    [
        ({"pageNum": 0}, 400, "INVALID_PARAMETER", "pageNum"),
        ({"pageSize": 0}, 400, "INVALID_PARAMETER", "pageSize"),
        ({"pageSize": 1001}, 400, "INVALID_PARAMETER", "pageSize"),
        ({"pageSize": "10"}, 400, "INVALID_PARAMETER", "pageSize"),
        ({"instanceIds": [str(n) for n in range(101)]}, 400, "INVALID_PARAMETER", "instanceIds"),
        ({"tagKeys": [f"k{n}" for n in range(21)]}, 400, "INVALID_PARAMETER", "tagKeys"),
        ({"tags": [{"key": f"k{n}"} for n in range(21)]}, 400, "INVALID_PARAMETER", "tags"),
        ({"instanceStatus": "DANCING"}, 400, "INVALID_PARAMETER", "instanceStatus"),
        ({"zoneId": "SEL--A"}, 404, "INVALID_ZONE_NOT_FOUND", "SEL--A"),
        ({"instanceTypeId": "NOPE"}, 404, "INVALID_INSTANCE_TYPE_NOT_FOUND", "NOPE"),
        ({"imageId": "no-image"}, 404, "IMAGE_NOT_FOUND", "no-image"),
    ],
)
def test_invalid_filters(fleet: Any, body: dict[str, Any], http: int, code: str, field: str) -> None:
    api, _ = fleet
    got_http, got_code, message = api.err("DescribeInstances", body)
    assert (got_http, got_code) == (http, code)
    assert field in message


def test_unknown_resource_group_or_subnet_is_just_empty(fleet: Any) -> None:
    api, _ = fleet
    assert api.ok("DescribeInstances", {"resourceGroupId": "rg-nope"})["totalCount"] == 0
    assert api.ok("DescribeInstances", {"subnetId": "subnet-nope"})["totalCount"] == 0


def test_status_filter_follows_the_clock() -> None:
    api = make_api()
    ids = api.create(create_body(amount=4))
    assert api.ok("DescribeInstances", {"instanceStatus": "PENDING"})["totalCount"] == 4
    advance(api, CREATE_DONE)
    assert api.ok("DescribeInstances", {"instanceStatus": "PENDING"})["totalCount"] == 0
    assert _ids(api.ok("DescribeInstances", {"instanceStatus": "RUNNING"})) == ids


def test_cached_wire_dicts_follow_changes() -> None:
    api = make_api()
    (iid,) = api.create(create_body())
    first = api.ok("DescribeInstances", {"instanceIds": [iid]})["dataSet"][0]
    api.ok("ModifyInstancesAttribute", {"instanceIds": [iid], "instanceName": "renamed"})
    second = api.ok("DescribeInstances", {"instanceIds": [iid]})["dataSet"][0]
    assert (first["instanceName"], second["instanceName"]) == ("instance", "renamed")
    advance(api, CREATE_DONE)
    assert api.ok("DescribeInstances", {"instanceIds": [iid]})["dataSet"][0]["instanceStatus"] == "RUNNING"


def test_order_is_create_time_then_id_even_after_import() -> None:
    api = make_api()
    a = api.create(create_body(amount=2))
    advance(api, 10)
    b = api.create(create_body(amount=2))
    state = api.http.get("/_mock/state").json()
    state["instances"].reverse()
    fresh = make_api()
    assert fresh.http.put("/_mock/state", json=state).status_code == 200
    assert _ids(fresh.ok("DescribeInstances", {})) == a + b
