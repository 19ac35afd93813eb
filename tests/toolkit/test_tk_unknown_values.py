"""Values and fields the API adds after this toolkit was written travel the whole path: client -> views -> planner.

The mock answers; a MockTransport in front of it rewrites two answers as a newer API would: an unknown
``sellStatus``, ``instanceStatus`` and ``internetChargeType`` value, and fields nobody documented inside
``nic``, ``raidConfig``, ``partitions``, ``tags`` and the records themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pandas as pd
import pytest

from mockserver.server import MockServer
from zltoolkit import planning, views
from zltoolkit.client import Client
from zltoolkit.common.frames import INSTANCE_STATUS, SELL_STATUS
from zltoolkit.planning import Requirement

NEW_SELL = "SELL_PAUSED"
NEW_STATUS = "HIBERNATING"
NEW_NET = "ByMoonPhase"


def _newer_api(action: str, payload: dict[str, Any], target: dict[str, str]) -> None:
    """Rewrite a mock answer (in place) the way a newer API version might answer."""
    if action == "DescribeAvailableResources":
        for row in payload["availableResources"]:
            if (row["zoneId"], row["instanceTypeId"]) == (target["zone"], target["type"]):
                row["sellStatus"] = NEW_SELL
                row["qty"] = None  # only the status is reported, and nobody knows what it stands for
                row["internetChargeTypes"] = [*row["internetChargeTypes"], NEW_NET]
                row["reservation"] = {"window": "P1D"}
    elif action == "DescribeInstances":
        payload["dataSet"].append({
            "instanceId": "i-newer", "zoneId": target["zone"], "instanceTypeId": target["type"],
            "instanceStatus": NEW_STATUS, "internetChargeType": NEW_NET, "instanceChargeType": "POSTPAID",
            "nic": {"wanName": "wan0", "lanName": "lan0", "mtu": 9000},
            "raidConfig": {"raidType": 1, "customRaids": None, "controller": "hw"},
            "partitions": [{"fsPath": "/", "fsType": "ext4", "size": 100, "label": "root"}],
            "tags": {"tags": [{"key": "team", "value": "a", "source": "policy"}]},
            "powerProfile": {"mode": "eco"},
        })
        payload["totalCount"] += 1


@pytest.fixture
def target(server: MockServer) -> dict[str, str]:
    with _client(server) as c:
        row = next(r for r in c.describe_available_resources(instance_charge_type="POSTPAID").available_resources
                   if r.sell_status == "SELL")
    assert row.zone_id is not None and row.instance_type_id is not None
    return {"zone": row.zone_id, "type": row.instance_type_id}


def _client(server: MockServer, transport: httpx.BaseTransport | None = None) -> Client:
    creds = server.credentials
    assert creds is not None
    return Client(server.url, access_key_id=creds.access_key_id, access_key_password=creds.access_key_password,
                  transport=transport)


@pytest.fixture
def newer(server: MockServer, target: dict[str, str]) -> Iterator[Client]:
    real = httpx.HTTPTransport()

    def handler(request: httpx.Request) -> httpx.Response:
        answer = real.handle_request(request)
        answer.read()
        envelope = json.loads(answer.content)
        if answer.status_code == 200 and "response" in envelope:
            _newer_api(request.headers["X-ZC-Action"], envelope["response"], target)
        return httpx.Response(answer.status_code, json=envelope)

    with _client(server, httpx.MockTransport(handler)) as client:
        yield client
    real.close()


def test_the_client_reads_the_newer_answers(newer: Client, target: dict[str, str]) -> None:
    rows = newer.describe_available_resources(instance_charge_type="POSTPAID").available_resources
    row = next(r for r in rows if (r.zone_id, r.instance_type_id) == (target["zone"], target["type"]))
    assert row.sell_status == NEW_SELL and row.internet_charge_types is not None
    assert row.internet_charge_types[-1] == NEW_NET and row.model_extra == {"reservation": {"window": "P1D"}}
    inst = next(i for i in newer.iter_instances() if i.instance_id == "i-newer")
    assert inst.nic is not None and inst.nic.model_extra == {"mtu": 9000}
    assert inst.raid_config is not None and inst.raid_config.model_extra == {"controller": "hw"}


def test_views_show_unknown_values_verbatim_after_the_known_ones(newer: Client, target: dict[str, str]) -> None:
    stock = views.stock(newer, charge_type="POSTPAID")
    mine = stock[(stock.zone_id == target["zone"]) & (stock.instance_type_id == target["type"])].iloc[0]
    assert mine.sell_status == NEW_SELL and NEW_NET in mine.internet_charge_types
    assert list(stock.sell_status.cat.categories) == [*SELL_STATUS.categories, NEW_SELL]
    assert stock.sell_status.notna().all()
    assert pd.isna(mine.qty) and not mine.qty_known and pd.isna(mine.qty_min)

    fleet = views.instances(newer)
    newest = fleet[fleet.instance_id == "i-newer"].iloc[0]
    assert newest.status == NEW_STATUS and newest.internet_charge_type == NEW_NET
    assert list(fleet.status.cat.categories) == [*INSTANCE_STATUS.categories, NEW_STATUS]
    assert newest.tags == {"team": "a"}


def test_the_planner_treats_an_unknown_sell_status_as_unknown_certainty(newer: Client,
                                                                       target: dict[str, str]) -> None:
    req = Requirement(count=1, zones=[target["zone"]], instance_types=[target["type"]])
    df = planning.options(newer, req, cache=False)
    row = df[(df.zone_id == target["zone"]) & (df.instance_type_id == target["type"])].iloc[0]
    assert row.sell_status == NEW_SELL
    assert row.certainty == "unknown" and row.available == 0
    plan = planning.plan(newer, req, cache=False)
    assert plan.allocations == [] or all(a.instance_type_id != target["type"] or a.zone_id != target["zone"]
                                         for a in plan.allocations)


def test_a_frame_keeps_unknown_labels_after_the_known_ones_in_order() -> None:
    from zltoolkit.common.frames import conform, frame

    df = frame([{"s": "SELL"}, {"s": "ZZ_NEW"}, {"s": None}, {"s": "AA_NEW"}], {"s": SELL_STATUS})
    assert list(df.s.cat.categories) == [*SELL_STATUS.categories, "AA_NEW", "ZZ_NEW"]
    assert df.s.cat.ordered and list(df.s.astype(object).where(df.s.notna(), None)) == [
        "SELL", "ZZ_NEW", None, "AA_NEW"]
    assert (df.s >= "SELL_SHORTAGE").tolist() == [True, True, False, True]  # after the known ones
    again = conform(df, {"s": SELL_STATUS})
    assert list(again.s.cat.categories) == list(df.s.cat.categories) and again.s.tolist()[1] == "ZZ_NEW"
