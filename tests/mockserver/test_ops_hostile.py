"""Hostile input against the instance operations this mock added (bandwidth, traffic package, internet status,
resource groups, traffic, health, IPMI, managed instances): generated bodies -- valid-ish, fields dropped,
added, retyped, nested, non-objects -- validly signed, every version, several accounts, real instances in
several statuses. Every answer is the success envelope (checked by the strict response form of its version)
or a catalogued 4xx: never a 5xx, never traceback text; the invariants hold afterwards."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parents[1] / "reliability"))  # the shared hostile-input helpers
from reliability_helpers import (  # noqa: E402
    ACCOUNTS,
    INSTANCE_IDS,
    VERSIONS,
    Sender,
    check_response,
    dumps,
    hostile_value,
    json_any,
    json_leaf,
    model_body,
    wire_name,
)

from mockserver.app import create_app, state_of  # noqa: E402
from mockserver.config import MockConfig  # noqa: E402
from mockserver.handlers.instance_ops import HANDLERS  # noqa: E402
from zltoolkit.api.generated import ACTION_MODULES, strict_v2022_11_20, strict_v2026_02_01  # noqa: E402

ACTIONS = sorted(HANDLERS)
SUCCEEDED: set[str] = set()  # actions that answered 200 at least once: the fuzz reaches the handlers
STRICT = {"2022-11-20": strict_v2022_11_20.RESPONSES, "2026-02-01": strict_v2026_02_01.RESPONSES}
HINTS = {
    "bandwidthOutMbps": st.one_of(st.integers(-5, 6000), st.integers(-(2**40), 2**40)),
    "trafficPackageSize": st.one_of(st.sampled_from([0.0, 2.0, 2.05, 3.3, 1000.0, 1e9, -1.0]),
                                    st.floats(allow_nan=False, allow_infinity=False)),
    "startTime": st.one_of(st.sampled_from(["2024-01-31T09:00:00Z", "2024-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
                                            "2024-02-30T00:00:00Z", "yesterday", ""]), st.text(max_size=24)),
    "endTime": st.one_of(st.sampled_from(["2024-01-31T12:00:00Z", "2024-02-01T12:00:00Z", "1970-01-01T00:00:00Z"]),
                         st.text(max_size=24)),
    "instanceId": st.one_of(st.integers(0, 99).map(lambda i: INSTANCE_IDS[i % len(INSTANCE_IDS)]),
                            st.sampled_from(["mi-7Hc2kQ9x", "mi-nope"]), st.text(max_size=12)),
}  # fmt: skip


def _model(action: str) -> Any:
    return getattr(importlib.import_module(ACTION_MODULES[action]), f"{action}Request")


@st.composite
def body_for(draw: Any, action: str) -> Any:
    model = _model(action)
    names = [wire_name(model, a) for a in model.model_fields]
    body = dict(draw(model_body(model)))
    for name in names:
        if name in HINTS and draw(st.booleans()):
            body[name] = draw(HINTS[name])
    kind = draw(st.sampled_from(["valid", "valid", "drop", "extra", "retype", "non_object"]))
    if kind == "non_object":
        return draw(st.one_of(st.lists(json_leaf, max_size=3), json_leaf))
    if kind == "drop" and body:
        body.pop(draw(st.sampled_from(sorted(body))))
    elif kind == "extra":
        body[draw(st.text(max_size=10))] = draw(json_any)
    elif kind == "retype" and names:
        body[draw(st.sampled_from(names))] = draw(hostile_value)
    return body


@pytest.fixture(scope="module")
def wsgi() -> Any:
    app = create_app(MockConfig(clock="manual", auth=True, seed=13))
    sender = Sender(app=app)
    base = {"zoneId": "SEL-A", "instanceTypeId": "M6C", "imageId": "bd5faa16-39d2-4bbf-a5c8-b95a193b1626",
            "password": "Password-12345~"}  # fmt: skip
    made: list[str] = []
    for extra in ({"instanceChargeType": "POSTPAID", "internetChargeType": "ByBandwidth", "amount": 2},
                  {"instanceChargeType": "PREPAID", "internetChargeType": "ByTrafficPackage",
                   "instanceChargePrepaid": {"period": 1}},
                  {"instanceChargeType": "PREPAID", "internetChargeType": "ByBandwidth",
                   "instanceChargePrepaid": {"period": 2}}):  # fmt: skip
        made += sender.ok("CreateInstances", {**base, **extra})["instanceIdSet"]
    state_of(app).backend.clock.advance(3600)
    check_response(sender.body("StopInstances", {"instanceIds": made[:1]}), "StopInstances")  # may have failed
    made += sender.ok("CreateInstances", {**base, "instanceChargeType": "POSTPAID",
                                          "internetChargeType": "ByBandwidth"})["instanceIdSet"]  # fmt: skip
    INSTANCE_IDS.extend(made)
    yield sender
    sender.close()


@pytest.mark.parametrize("action", ACTIONS)
@settings(max_examples=120, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large, HealthCheck.filter_too_much])  # fmt: skip
@given(data=st.data())
def test_hostile_bodies(wsgi: Sender, action: str, data: st.DataObject) -> None:
    obj = data.draw(body_for(action), label="body")
    version = data.draw(st.sampled_from(VERSIONS), label="version")
    key, password = ACCOUNTS[data.draw(st.sampled_from([0, 0, 0, 1, 2]), label="account")]
    r = wsgi.send(action, dumps(obj), version=version, key=key, password=password)
    check_response(r, action)
    if r.status_code == 200:
        STRICT[version][action].model_validate(r.json()["response"])
        SUCCEEDED.add(action)
    if data.draw(st.integers(0, 20), label="tick") == 0:
        state_of(wsgi.app).backend.clock.advance(data.draw(st.sampled_from([5, 30, 600, 86_400])))


def test_zz_invariants_hold_after_the_fuzz(wsgi: Sender) -> None:
    assert wsgi.http.get("/_mock/invariants").json()["ok"]
    assert len(SUCCEEDED) >= len(ACTIONS) // 2, sorted(SUCCEEDED)
