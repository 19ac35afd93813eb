"""The unmodified official SDK (both API versions, access key and token) and our own client run the same
scenarios against a real MockServer: parsed models carry the right values, every failure is a clean SDK
exception with our code and request id."""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from mockserver.server import MockServer

RID = re.compile(r"^T[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")
KEY = ("demo-access-key", "demo-access-key-password")
TOKEN = "demo-token"


@dataclass
class Failure:
    code: str
    request_id: str | None


class Driver:
    """One way of calling the API: ``call`` returns the parsed answer as a camelCase dict."""

    name: str

    def call(self, action: str, params: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def fail(self, action: str, params: dict[str, Any]) -> Failure:
        raise NotImplementedError


class SdkDriver(Driver):
    def __init__(self, srv: MockServer, version: str, auth: str, *, password: str | None = None,
                 token: str | None = None) -> None:
        from zenlayercloud.common.config import Config
        from zenlayercloud.common.credential import Credential, TokenCredential

        pkg = "v" + version.replace("-", "")
        self.models = importlib.import_module(f"zenlayercloud.bmc.{pkg}.models")
        client_cls = importlib.import_module(f"zenlayercloud.bmc.{pkg}.bmc_client").BmcClient
        cred = (Credential(KEY[0], password or KEY[1]) if auth == "key" else TokenCredential(token or TOKEN))
        config = Config(scheme="http", domain=srv.endpoint, rate_limit_max_retries=0, request_timeout=30)
        self.client = client_cls(cred, config)
        self.name = f"sdk-{version}-{auth}"

    def _request(self, action: str, params: dict[str, Any]) -> Any:
        req = getattr(self.models, f"{action}Request")()
        for key, value in params.items():
            if key == "instanceChargePrepaid":
                value = self.models.ChargePrepaid(value)
            setattr(req, key, value)
        return req

    def model(self, action: str, params: dict[str, Any]) -> Any:
        return getattr(self.client, action)(self._request(action, params))

    def call(self, action: str, params: dict[str, Any]) -> dict[str, Any]:
        return json.loads(self.model(action, params).to_json_string())

    def fail(self, action: str, params: dict[str, Any]) -> Failure:
        from zenlayercloud.common.excpetion.zenlayer_cloud_sdk_exception import ZenlayerCloudSdkException

        with pytest.raises(ZenlayerCloudSdkException) as err:
            self.model(action, params)
        return Failure(err.value.code, err.value.request_id)


class OurDriver(Driver):
    def __init__(self, srv: MockServer, version: str, auth: str, *, password: str | None = None,
                 token: str | None = None) -> None:
        from zltoolkit.client import Client, RetryPolicy

        creds: dict[str, str] = (
            {"access_key_id": KEY[0], "access_key_password": password or KEY[1]} if auth == "key"
            else {"token": token or TOKEN}
        )
        self.client = Client(srv.url, api_version=version, retry=RetryPolicy.never(), **creds)
        self.name = f"ours-{version}-{auth}"

    def call(self, action: str, params: dict[str, Any]) -> dict[str, Any]:
        return self.client.call(action, params).model_dump(mode="json", by_alias=True)

    def fail(self, action: str, params: dict[str, Any]) -> Failure:
        from zltoolkit.client import ZenlayerError

        with pytest.raises(ZenlayerError) as err:
            self.client.call(action, params)
        return Failure(err.value.code, err.value.request_id)


DRIVERS: list[tuple[str, type[Driver], str, str]] = [
    ("sdk-2022-key", SdkDriver, "2022-11-20", "key"),
    ("sdk-2026-key", SdkDriver, "2026-02-01", "key"),
    ("sdk-2022-token", SdkDriver, "2022-11-20", "token"),
    ("sdk-2026-token", SdkDriver, "2026-02-01", "token"),
    ("ours-2022-key", OurDriver, "2022-11-20", "key"),
    ("ours-2026-token", OurDriver, "2026-02-01", "token"),
]


@pytest.fixture(params=DRIVERS, ids=[d[0] for d in DRIVERS])
def make_driver(request, srv) -> Callable[..., Driver]:
    _, cls, version, auth = request.param
    return lambda **kw: cls(srv, version, auth, **kw)


@pytest.fixture
def driver(make_driver) -> Driver:
    return make_driver()


# --- successes ---

DOC_PRICE = {"zoneId": "SEL-A", "instanceTypeId": "M6C", "trafficPackageSize": 100, "internetMaxBandwidthOut": 200}


def _price(p: dict[str, Any]) -> dict[str, Any]:
    steps = p.get("stepPrices")
    return {"discount": p["discount"], "discountPrice": p["discountPrice"], "originalPrice": p["originalPrice"],
            "unitPrice": p["unitPrice"], "discountUnitPrice": p["discountUnitPrice"], "chargeUnit": p["chargeUnit"],
            "stepPrices": None if steps is None else [
                {k: s[k] for k in ("stepStart", "stepEnd", "unitPrice", "discountUnitPrice")} for s in steps]}


def _p(discount, dprice=None, oprice=None, unit=None, dunit=None, charge_unit=None, steps=None) -> dict[str, Any]:
    return {"discount": discount, "discountPrice": dprice, "originalPrice": oprice, "unitPrice": unit,
            "discountUnitPrice": dunit, "chargeUnit": charge_unit, "stepPrices": steps}


def test_describe_zones(driver):
    zones = {z["zoneId"]: z for z in driver.call("DescribeZones", {})["zoneSet"]}
    assert zones["SEL-A"]["cityName"] == "Seoul" and zones["SEL-A"]["areaName"] == "Asia"
    assert len(zones) >= 30
    flagged = driver.call("DescribeZones", {"isCloudRouterAvailable": True})["zoneSet"]
    assert flagged and all(z["isCloudRouterAvailable"] is True for z in flagged)


def test_describe_available_resources_documented(driver):
    res = driver.call("DescribeAvailableResources",
                      {"instanceTypeId": "MDE", "instanceChargeType": "PREPAID", "zoneId": "MOW-B"})
    [r] = res["availableResources"]
    assert r["sellStatus"] == "SELL"
    assert r["internetChargeTypes"] == ["ByBandwidth", "ByTrafficPackage"]
    assert (r["maximumBandwidthOut"], r["defaultBandwidthOut"], r["defaultTrafficPackageSize"]) == (10000, 50, 5.0)
    assert isinstance(r["qty"], int)


def test_describe_instance_types(driver):
    types = {t["instanceTypeId"]: t for t in
             driver.call("DescribeInstanceTypes", {"instanceTypeIds": ["M9O", "MGI"]})["instanceTypes"]}
    assert set(types) == {"M9O", "MGI"}
    for t in types.values():
        assert (t["description"], t["cpuCoreCount"], t["memorySize"], t["maximumBandwidth"]) == ("2x6248", 80, 256, 10000)
    assert types["M9O"]["diskInfo"]["diskDescription"] == "4x1.2TB SAS"
    assert types["M9O"]["diskInfo"]["disks"][0] == {"diskSize": 1000, "diskCount": 4}
    assert "e3f1cf2e-8929-4b8a-8747-d0b779b770f7" in types["M9O"]["imageIds"]


def test_describe_images(driver):
    [img] = driver.call("DescribeImages", {"imageName": "CentOS7.4-x86_64"})["images"]
    assert img["imageId"] == "bd5faa16-39d2-4bbf-a5c8-b95a193b1626"
    assert (img["catalog"], img["imageType"], img["osType"]) == ("centos", "PUBLIC_IMAGE", "linux")


def test_inquiry_price_documented_cases(driver):
    r = driver.call("InquiryPriceCreateInstance", {**DOC_PRICE, "instanceChargeType": "PREPAID",
                                                   "instanceChargePrepaid": {"period": 1},
                                                   "internetChargeType": "ByBandwidth"})
    assert _price(r["instancePrice"]) == _p(95.0, 426.55, 449.0)
    assert [_price(p) for p in r["bandwidthPrice"]] == [_p(95.0, 1444.0, 1520.0)]
    r = driver.call("InquiryPriceCreateInstance", {**DOC_PRICE, "instanceChargeType": "POSTPAID",
                                                   "internetChargeType": "ByBandwidth"})
    assert _price(r["instancePrice"]) == _p(100.0, unit=0.63, dunit=0.63, charge_unit="HOUR")
    assert [_price(p) for p in r["bandwidthPrice"]] == [_p(100.0, unit=1.32, dunit=1.32, charge_unit="HOUR")]
    r = driver.call("InquiryPriceCreateInstance", {**DOC_PRICE, "instanceChargeType": "PREPAID",
                                                   "instanceChargePrepaid": {"period": 1},
                                                   "internetChargeType": "ByTrafficPackage"})
    assert [_price(p) for p in r["bandwidthPrice"]] == [
        _p(95.0, 7524.0, 7920.0),
        _p(100.0, steps=[{"stepStart": 0.0, "stepEnd": None, "unitPrice": 0.08, "discountUnitPrice": 0.08}]),
    ]
    assert r["primaryIpPrice"] is not None


# --- failures ---


@pytest.mark.parametrize(
    ("action", "params", "code"),
    [
        ("DescribeAvailableResources", {"instanceChargeType": "PREPAID", "zoneId": "SEL--A"}, "INVALID_ZONE_NOT_FOUND"),
        ("DescribeAvailableResources", {"instanceChargeType": "PREPAID", "instanceTypeId": "NOPE"},
         "INVALID_INSTANCE_TYPE_NOT_FOUND"),
        ("InquiryPriceCreateInstance", {"zoneId": "SEL-A", "instanceTypeId": "M6C", "instanceChargeType": "PREPAID",
                                        "internetChargeType": "ByBandwidth"}, "MISSING_PARAMETER"),
        ("InquiryPriceCreateInstance", {"zoneId": "SEL-A", "instanceTypeId": "M6C", "instanceChargeType": "POSTPAID",
                                        "internetChargeType": "ByBandwidth", "internetMaxBandwidthOut": 10**6},
         "INVALID_BANDWIDTH_VALUE_EXCEED_MAXIMUM"),
        ("DescribeInstanceTypes", {"minimumCpuCoreCount": -1}, "INVALID_PARAMETER"),
    ],
)
def test_errors(driver, action, params, code):
    failure = driver.fail(action, params)
    assert failure.code == code
    assert failure.request_id and RID.match(failure.request_id)


def test_wrong_credentials(make_driver):
    d = make_driver(password="wrong-password", token="wrong-token")
    failure = d.fail("DescribeZones", {})
    assert failure.code == "AUTHENTICATION_FAILED" and RID.match(failure.request_id)


def test_rate_limited(driver, srv):
    srv.add_fault(action="DescribeImages", rateLimit=0.001)
    assert driver.call("DescribeImages", {})["images"]
    failure = driver.fail("DescribeImages", {})
    assert failure.code == "REQUEST_LIMIT_EXCEEDED" and RID.match(failure.request_id)


def test_injected_server_error(driver, srv):
    srv.add_fault(action="DescribeZones", error="INTERNAL_SERVER_ERROR", firstN=1)
    assert driver.fail("DescribeZones", {}).code == "INTERNAL_SERVER_ERROR"
    assert driver.call("DescribeZones", {})["zoneSet"]


# --- SDK-specific: attribute access on the SDK's own models, unknown actions ---


@pytest.mark.parametrize("version", ["2022-11-20", "2026-02-01"])
def test_sdk_models_attribute_access(srv, version):
    d = SdkDriver(srv, version, "key")
    resp = d.model("DescribeAvailableResources", {"instanceTypeId": "MDE", "instanceChargeType": "PREPAID",
                                                  "zoneId": "MOW-B"})
    assert resp.availableResources[0].sellStatus == "SELL"
    assert RID.match(resp.requestId)
    price = d.model("InquiryPriceCreateInstance", {**DOC_PRICE, "instanceChargeType": "PREPAID",
                                                   "instanceChargePrepaid": {"period": 1},
                                                   "internetChargeType": "ByBandwidth"})
    assert price.instancePrice.discountPrice == 426.55 and price.bandwidthPrice[0].originalPrice == 1520.0
    zones = d.model("DescribeZones", {})
    if version == "2026-02-01":
        assert all(isinstance(z.isByoipEnabled, bool) for z in zones.zoneSet)


@pytest.mark.parametrize("version", ["2022-11-20", "2026-02-01"])
def test_sdk_unserved_action_is_a_clean_error(srv, version):
    d = SdkDriver(srv, version, "key")
    failure = d.fail("DescribeLoadBalancers", {})  # a real action the mock does not simulate: a named 4xx
    assert failure.code == "UNSUPPORTED_OPERATION_NOT_SIMULATED" and RID.match(failure.request_id)


def test_sdk_sends_version_and_is_journaled(srv):
    SdkDriver(srv, "2026-02-01", "token").call("DescribeZones", {})
    [entry] = srv.journal(action="DescribeZones")
    assert entry["version"] == "2026-02-01" and entry["auth"]["scheme"] == "Bearer"
    assert entry["accountId"] == "acc-demo"


def test_instance_lifecycle(driver, srv):
    """Create -> RUNNING (mock clock advanced) -> terminate -> RECYCLE, through each client unchanged."""
    created = driver.call("CreateInstances", {"zoneId": "SEL-A", "instanceChargeType": "POSTPAID",
                                              "instanceTypeId": "M6C", "internetChargeType": "ByBandwidth"})
    [iid] = created["instanceIdSet"]
    [first] = driver.call("DescribeInstances", {"instanceIds": [iid]})["dataSet"]
    assert first["instanceStatus"] in ("PENDING", "CREATING")
    srv.advance(24 * 3600 - 60)
    [inst] = driver.call("DescribeInstances", {"instanceIds": [iid]})["dataSet"]
    assert inst["instanceStatus"] == "RUNNING" and inst["zoneId"] == "SEL-A" and inst["instanceTypeId"] == "M6C"
    assert driver.fail("StartInstances", {"instanceIds": [iid]}).code == "OPERATION_DENIED_INSTANCE_NOT_STOPPED"
    driver.call("TerminateInstance", {"instanceId": iid})
    [gone] = driver.call("DescribeInstances", {"instanceIds": [iid]})["dataSet"]
    assert gone["instanceStatus"] == "RECYCLE"
