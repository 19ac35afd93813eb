"""Every Describe action of the instance and catalogue families, in every version the catalogue gives it,
answers something non-empty over the default scenario, with every key present: validated by the strict
response form of that version (no key missing, none extra).

The scenario seeds the catalogue and the managed instances; the instance-scoped actions read one instance made
by one CreateInstances (the scenario format holds no instances: a load starts with none).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import IMAGE, INSTALL_DONE, PASSWORD, advance, create_body, make_api  # noqa: E402

from mockserver.backend.timeutil import fmt  # noqa: E402
from mockserver.handlers import HANDLERS  # noqa: E402
from mockserver.scenarios.loader import default_scenario  # noqa: E402
from zltoolkit.api.catalogue import load  # noqa: E402
from zltoolkit.api.generated import strict_v2022_11_20, strict_v2026_02_01  # noqa: E402

STRICT = {"2022-11-20": strict_v2022_11_20.RESPONSES, "2026-02-01": strict_v2026_02_01.RESPONSES}
FAMILIES = ("instances", "catalog")
CASES = [
    (a.name, v)
    for a in sorted(load().actions.values(), key=lambda a: a.name)
    if a.family in FAMILIES and a.name.startswith("Describe")
    for v in a.versions
]


@pytest.fixture(scope="module")
def world() -> tuple[Any, str, float]:
    api = make_api(default_scenario().model_dump(mode="json", by_alias=True))
    (iid,) = api.create({**create_body(), "imageId": IMAGE, "password": PASSWORD})
    advance(api, INSTALL_DONE + 3600)
    return api, iid, api.state.backend.clock.now()


def _body(action: str, iid: str, now: float) -> dict[str, Any]:
    window = {"startTime": fmt(now - 3600), "endTime": fmt(now)}
    return {
        "DescribeAvailableResources": {"instanceChargeType": "POSTPAID"},
        "DescribeInstanceInternetStatus": {"instanceId": iid},
        "DescribeInstanceIpmiUrl": {"instanceId": iid},
        "DescribeInstanceTraffic": {"instanceId": iid, **window},
        "DescribeInstancesMonitorHealth": {"instanceIds": [iid]},
        "DescribeManagedInstanceTraffic": {"instanceId": "mi-7Hc2kQ9x", **window},
    }.get(action, {})


def _non_empty(value: Any) -> bool:
    if isinstance(value, list):
        return bool(value)
    return value is not None


def test_the_cases_cover_every_simulated_describe() -> None:
    names = {a for a, _ in CASES}
    assert names <= set(HANDLERS)
    assert {"DescribeManagedInstances", "DescribeInstanceTraffic", "DescribeInstanceIpmiUrl"} <= names


@pytest.mark.parametrize(("action", "version"), CASES)
def test_describe_answers_every_key(world: tuple[Any, str, float], action: str, version: str) -> None:
    api, iid, now = world
    resp = api.ok(action, _body(action, iid, now), version=version)
    STRICT[version][action].model_validate(resp)
    fields = {k: v for k, v in resp.items() if k != "requestId"}
    assert fields and all(_non_empty(v) for k, v in fields.items() if isinstance(v, list)), resp
    assert any(_non_empty(v) for v in fields.values()), resp
