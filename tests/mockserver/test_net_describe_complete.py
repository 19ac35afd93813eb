"""The default scenario seeds something for every Describe action of the networking families: each answers a
non-empty list under each API version that has it, with every key present (the strict response form)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from ._instances_support import IMAGE, INSTALL_DONE, PASSWORD, advance, create_body, make_api

FAMILIES = ("vpcs", "subnets", "eip", "cidr", "ddos")


def _describe_actions() -> list[tuple[str, str]]:
    from importlib import resources

    out = []
    for family in FAMILIES:
        data = json.loads((resources.files("zltoolkit.api.catalogue") / "data" / f"{family}.json").read_text())
        for action, spec in sorted(data["actions"].items()):
            if action.startswith("Describe"):
                out.extend((action, v) for v in spec["versions"])
    return out


# Parameters a Describe needs to have something to list; the list key of each answer.
PARAMS: dict[str, dict[str, Any]] = {
    "DescribeEipAvailableResources": {"eipChargeType": "POSTPAID"},
    "DescribeAvailableIpv4Resources": {"chargeType": "POSTPAID"},
    "DescribeDdosAvailableResources": {"ddosIpChargeType": "POSTPAID"},
    "DescribeCidrBlockIps": {"cidrBlockId": "cidr-demo-sel-a"},
}
NEEDS_INSTANCE = {"DescribeInstanceAvailableEipResources": "TYO-A", "DescribeInstanceAvailableDdosResources": "HKG-A",
                  "DescribeInstanceAvailableCidrBlock": "SEL-A"}  # fmt: skip


@pytest.fixture(scope="module")
def world() -> Any:
    """The default scenario plus instances in the zones of the seeded addresses, and one bound block address."""
    api = make_api()
    iids = {}
    for zone, type_id in (("SEL-A", "M6C"), ("TYO-A", "M6C"), ("HKG-A", "S8I")):
        (iids[zone],) = api.create(create_body(zoneId=zone, instanceTypeId=type_id, imageId=IMAGE, password=PASSWORD))
    advance(api, INSTALL_DONE + 1)
    api.ok("BindCidrBlockIps", {"cidrBlockId": "cidr-demo-sel-a",
                                "ipBindList": [{"instanceId": iids["SEL-A"], "ip": "128.2.112.2"}]})  # fmt: skip
    return api, iids


def test_every_describe_action_is_covered() -> None:
    actions = {a for a, _ in _describe_actions()}
    assert len(actions) == 15
    assert {"DescribeSubnets", "DescribeVpcs", "DescribeEipAddresses", "DescribeDdosIpAddresses",
            "DescribeCidrBlocks"} <= actions  # fmt: skip


@pytest.mark.parametrize(("action", "version"), _describe_actions())
def test_seeded_answer_is_complete(world, action, version) -> None:
    from zltoolkit.api.generated import strict_v2022_11_20, strict_v2026_02_01

    api, iids = world
    body = dict(PARAMS.get(action, {}))
    if action in NEEDS_INSTANCE:
        body["instanceId"] = iids[NEEDS_INSTANCE[action]]
    answer = api.ok(action, body, version=version)
    forms = strict_v2022_11_20.RESPONSES if version == "2022-11-20" else strict_v2026_02_01.RESPONSES
    forms[action].model_validate(answer)  # every key present, nothing unknown
    lists = [v for k, v in answer.items() if isinstance(v, list)]
    assert len(lists) == 1 and lists[0], f"{action} {version} answered nothing: {answer}"
    for item in lists[0]:
        if isinstance(item, dict):
            assert all(v is not None for k, v in item.items() if k not in _MAY_BE_NULL), (action, item)


# Keys that are null by meaning in seeded objects (no instance yet, POSTPAID, no VPC).
_MAY_BE_NULL = {"instanceId", "instanceName", "period", "expiredTime", "expireTime", "vpcId", "vpcName",
                "vpcSubnetStatus", "zoneId"}  # fmt: skip
