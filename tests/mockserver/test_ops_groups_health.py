"""ModifyInstancesResourceGroup (DescribeInstances shows and filters by the group), DescribeInstancesMonitorHealth,
and the 2026-02-01 IPMI actions (the password is checked and never kept)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import (  # noqa: E402
    IMAGE,
    INSTALL_DONE,
    LIFE,
    OTHER,
    PASSWORD,
    advance,
    backend,
    create_body,
    describe,
    make_api,
    scenario,
)

from zltoolkit.api.generated import strict_v2022_11_20, strict_v2026_02_01  # noqa: E402

V26 = "2026-02-01"
IPMI_PW = "Ipmi-Secret-77x"


def _two_running(api: Any) -> list[str]:
    ids = api.create({**create_body(amount=2), "imageId": IMAGE, "password": PASSWORD})
    advance(api, INSTALL_DONE)
    return ids


def test_resource_group_moves_show_and_filter() -> None:
    api = make_api(scenario())
    a, b = _two_running(api)
    assert {i["resourceGroupId"] for i in describe(api, [a, b])} == {"rg-default"}
    api.ok("ModifyInstancesResourceGroup", {"instanceIds": [a], "resourceGroupId": "rg-production"})
    moved = describe(api, [a])[0]
    assert (moved["resourceGroupId"], moved["resourceGroupName"]) == ("rg-production", "Production")
    assert [i["instanceId"] for i in describe(api, resourceGroupId="rg-production")] == [a]
    assert [i["instanceId"] for i in describe(api, resourceGroupId="rg-default")] == [b]


def test_resource_group_refusals_change_nothing() -> None:
    api = make_api(scenario())
    a, b = _two_running(api)
    body = {"instanceIds": [a, "999"], "resourceGroupId": "rg-production"}
    assert api.err("ModifyInstancesResourceGroup", body)[1] == "OPERATION_FAILED_RESOURCE_NOT_FOUND"
    assert api.err("ModifyInstancesResourceGroup", {"instanceIds": [a], "resourceGroupId": "rg-other-default"})[1] == (
        "OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND")  # another account's group does not exist for you
    assert api.err("ModifyInstancesResourceGroup", {"instanceIds": [a], "resourceGroupId": "rg-default"}, **OTHER)[1] == (
        "OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND")
    assert api.err("ModifyInstancesResourceGroup", {"instanceIds": [b], "resourceGroupId": "rg-other-default"},
                   **OTHER)[1] == "OPERATION_FAILED_RESOURCE_NOT_FOUND"  # fmt: skip
    assert api.err("ModifyInstancesResourceGroup", {"resourceGroupId": "rg-default"})[1] == "MISSING_PARAMETER"
    assert {i["resourceGroupId"] for i in describe(api, [a, b])} == {"rg-default"}


def test_resource_group_survives_export_import() -> None:
    api = make_api(scenario())
    a, _ = _two_running(api)
    api.ok("ModifyInstancesResourceGroup", {"instanceIds": [a], "resourceGroupId": "rg-production"})
    exported = api.http.get("/_mock/state").json()
    api.ok("ModifyInstancesResourceGroup", {"instanceIds": [a], "resourceGroupId": "rg-default"})
    assert api.http.put("/_mock/state", json=exported).status_code == 200
    assert describe(api, [a])[0]["resourceGroupId"] == "rg-production"


def test_health_follows_the_status() -> None:
    api = make_api(scenario())
    (creating,) = api.create(create_body())
    a, b = _two_running(api)
    api.ok("StopInstances", {"instanceIds": [b]})
    advance(api, LIFE["stopping"])
    for version, forms in (("2022-11-20", strict_v2022_11_20.RESPONSES), (V26, strict_v2026_02_01.RESPONSES)):
        r = api.ok("DescribeInstancesMonitorHealth", {"instanceIds": [a, b, "999", creating]}, version=version)
        forms["DescribeInstancesMonitorHealth"].model_validate(r)
        by_id = {h["instanceId"]: h for h in r["monitorHealthList"]}
        assert set(by_id) == {a, b, creating}  # unknown ids are left out
        assert by_id[a]["ipmiPing"] == "OK" and by_id[a]["wanPortStatus"] == "UP" and by_id[a]["cpu0Temp"] > 0
        assert by_id[b]["wanPortStatus"] == "DOWN" and by_id[b]["cpu0Temp"] is None and by_id[b]["inletTemp"] > 0
        assert by_id[a]["tempUnit"] == "Celsius"
    assert api.err("DescribeInstancesMonitorHealth", {})[1] == "MISSING_PARAMETER"
    first = api.ok("DescribeInstancesMonitorHealth", {"instanceIds": [a]})["monitorHealthList"]
    assert api.ok("DescribeInstancesMonitorHealth", {"instanceIds": [a]})["monitorHealthList"] == first


def test_ipmi_reset_and_url_2026_only() -> None:
    api = make_api(scenario())
    a, _ = _two_running(api)
    url = api.ok("DescribeInstanceIpmiUrl", {"instanceId": a}, version=V26)
    strict_v2026_02_01.RESPONSES["DescribeInstanceIpmiUrl"].model_validate(url)
    r = api.ok("ResetInstanceIpmiPassword", {"instanceId": a, "password": IPMI_PW}, version=V26)
    strict_v2026_02_01.RESPONSES["ResetInstanceIpmiPassword"].model_validate(r)
    after = api.ok("DescribeInstanceIpmiUrl", {"instanceId": a}, version=V26)["url"]
    assert after != url["url"] and IPMI_PW not in after  # a new session, never the password
    code, msg = api.err("ResetInstanceIpmiPassword", {"instanceId": a, "password": "short"}, version=V26)[1:]
    assert code == "INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED" and "short" not in msg
    assert api.err("ResetInstanceIpmiPassword", {"instanceId": a}, version=V26)[1] == "MISSING_PARAMETER"
    assert api.err("ResetInstanceIpmiPassword", {"instanceId": a, "password": IPMI_PW})[1] == "INVALID_ACTION"
    assert api.err("DescribeInstanceIpmiUrl", {"instanceId": a})[1] == "INVALID_ACTION"
    (fresh,) = api.create(create_body())
    assert api.err("DescribeInstanceIpmiUrl", {"instanceId": fresh}, version=V26)[1] == "OPERATION_DENIED_INSTANCE_STATUS"
    state = api.http.get("/_mock/state").json()
    assert state["instanceExtras"][a]["ipmi"] == 1
    dumped = repr(state) + repr(backend(api).extras) + api.http.get("/_mock/journal").text
    assert IPMI_PW not in dumped and "short" not in api.http.get("/_mock/journal").text
