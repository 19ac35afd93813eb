"""Property tests: arbitrary bodies to any instance-family action of either version never produce a 5xx (a
share of the hostile-input budget, tests/reliability/fuzz_budget.py), and any sequence of operations and clock moves keeps
stock, money, quota and addresses consistent."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import IMAGE, OTHER, create_body, make_api, scenario  # noqa: E402
from fuzz_budget import INSTANCE_BODIES_TOTAL, pairs  # noqa: E402
from reliability_helpers import field_names  # noqa: E402

#: Every instance-family action of both versions: the 10 simulated ones and the ones the mock only validates.
PAIRS = pairs("instances")
KEYS = ["instanceIds", "instanceId", "zoneId", "instanceTypeId", "instanceChargeType", "internetChargeType",
        "instanceChargePrepaid", "imageId", "amount", "instanceName", "hostname", "pageNum", "pageSize",
        "instanceStatus", "tags", "tagKeys", "publicIpAddresses", "subnetId", "keyId", "resourceGroupId",
        "internetMaxBandwidthOut", "trafficPackageSize", "password", "nic", "raidConfig", "partitions"]  # fmt: skip
KEYS += sorted({k for a, _ in PAIRS for k in field_names(a)} - set(KEYS))

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=30),
    st.sampled_from(["SEL-A", "M6C", "PREPAID", "POSTPAID", "ByBandwidth", IMAGE, "RUNNING", "x[1,2]"]),
)  # fmt: skip
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
    st.sampled_from(["period", "key", "value", "wanName", "lanName", "raidType", "fsPath", "fsType", "size", "tags"]),
    inner, max_size=3), max_leaves=8)  # fmt: skip
bodies = st.dictionaries(st.sampled_from(KEYS), values, max_size=6)

_API = None


def _api() -> Any:
    global _API
    if _API is None:
        _API = make_api()
    return _API


@settings(deadline=None, max_examples=INSTANCE_BODIES_TOTAL, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PAIRS), bodies)
def test_fuzzed_bodies_never_5xx(pair: tuple[str, str], body: dict[str, Any]) -> None:
    action, version = pair
    r = _api().call(action, body, version=version)
    assert r.status_code < 500, (action, version, body, r.text)
    env = r.json()
    if r.status_code != 200:
        assert set(env) == {"requestId", "code", "message"}
        assert env["code"] != "INVALID_ACTION", env  # every pair is a real action of its version


class Fleet(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.api = make_api(scenario(create=0.3, install=0.3))
        self.ids: list[str] = []

    def _call(self, action: str, body: dict[str, Any], **kw: Any) -> None:
        r = self.api.call(action, body, **kw)
        assert r.status_code < 500, r.text
        if action == "CreateInstances" and r.status_code == 200:
            self.ids.extend(r.json()["response"]["instanceIdSet"])

    @rule(n=st.integers(1, 4), prepaid=st.booleans(), image=st.booleans(), other=st.booleans())
    def create(self, n: int, prepaid: bool, image: bool, other: bool) -> None:
        body = create_body(amount=n, imageId=IMAGE if image else None)
        if prepaid:
            body.update(instanceChargeType="PREPAID", instanceChargePrepaid={"period": 1})
        self._call("CreateInstances", body, **(OTHER if other else {}))

    @precondition(lambda self: self.ids)
    @rule(action=st.sampled_from(["StartInstances", "StopInstances", "RebootInstances", "ReleaseInstances"]),
          data=st.data())
    def batch(self, action: str, data: st.DataObject) -> None:
        picked = data.draw(st.lists(st.sampled_from(self.ids), min_size=1, max_size=3))
        self._call(action, {"instanceIds": picked})

    @precondition(lambda self: self.ids)
    @rule(action=st.sampled_from(["TerminateInstance", "RenewInstance", "ReinstallInstance"]), data=st.data())
    def single(self, action: str, data: st.DataObject) -> None:
        self._call(action, {"instanceId": data.draw(st.sampled_from(self.ids))})

    @precondition(lambda self: self.ids)
    @rule(data=st.data(), status=st.sampled_from(["RUNNING", "STOPPED", "RECYCLE", "CREATE_FAILED", "BOOTING"]))
    def force(self, data: st.DataObject, status: str) -> None:
        iid = data.draw(st.sampled_from(self.ids))
        r = self.api.http.post(f"/_mock/instances/{iid}/status", json={"status": status})
        assert r.status_code < 500, r.text

    @rule(seconds=st.sampled_from([1, 30, 65, 300, 3600, 86400, 31 * 86400, 400 * 86400]))
    def advance(self, seconds: int) -> None:
        assert self.api.http.post("/_mock/clock/advance", json={"seconds": seconds}).status_code == 200

    @invariant()
    def consistent(self) -> None:
        inv = self.api.http.get("/_mock/invariants").json()
        assert inv["ok"], inv
        listed = self.api.http.get("/_mock/instances").json()["instances"]
        pubs = [i["primaryPublicIpAddress"] for i in listed if i["primaryPublicIpAddress"]]
        assert len(pubs) == len(set(pubs))
        for acc in inv["accounts"]:
            assert acc["balance"] >= 0  # (a forced status may exceed the quota: the control plane is not bound by it)


TestFleet = Fleet.TestCase
TestFleet.settings = settings(deadline=None, max_examples=25, stateful_step_count=25,
                              suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
