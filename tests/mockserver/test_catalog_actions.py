"""Catalogue actions over the in-process app: every filter against an oracle built from the scenario, the
not-found codes, and the documented examples (docs/api-facts.md §7.2-§7.5, §7.7)."""

from __future__ import annotations

import pytest

from mockserver.backend.core import sell_status


@pytest.fixture
def sc(api):
    return api.state.backend.scenario


# --- DescribeZones ---


def test_zones_all_fields(api, sc):
    zones = api.ok("DescribeZones")["zoneSet"]
    assert [z["zoneId"] for z in zones] == [z.zone_id for z in sc.zones]
    seoul = next(z for z in zones if z["zoneId"] == "SEL-A")
    assert seoul == {"zoneId": "SEL-A", "zoneName": "Seoul A", "cityName": "Seoul", "areaName": "Asia",
                     "isCloudRouterAvailable": seoul["isCloudRouterAvailable"],
                     "isByoipEnabled": seoul["isByoipEnabled"]}  # 2026-02-01's field, in both versions' answers
    seoul26 = next(z for z in api.ok("DescribeZones", version="2026-02-01")["zoneSet"] if z["zoneId"] == "SEL-A")
    assert seoul26 == seoul
    assert isinstance(seoul26["isByoipEnabled"], bool)
    assert {z["areaName"] for z in zones} >= {"Asia", "Europe", "North America"}


@pytest.mark.parametrize("flag", [True, False])
def test_zones_cloud_router_filter(api, sc, flag):
    zones = api.ok("DescribeZones", {"isCloudRouterAvailable": flag})["zoneSet"]
    assert [z["zoneId"] for z in zones] == [z.zone_id for z in sc.zones if z.is_cloud_router_available is flag]


def test_zones_languages(api):
    en = api.ok("DescribeZones", {"acceptLanguage": "en-US"})["zoneSet"]
    assert en == api.ok("DescribeZones")["zoneSet"]
    zh = {z["zoneId"]: z for z in api.ok("DescribeZones", {"acceptLanguage": "zh-CN"})["zoneSet"]}
    assert zh["SEL-A"]["cityName"] == "首尔" and zh["SEL-A"]["zoneName"] == "首尔 A"
    assert zh["SEL-A"]["areaName"] == "亚洲"
    assert set(zh) == {z["zoneId"] for z in en}
    _, code, message = api.err("DescribeZones", {"acceptLanguage": "fr-FR"})
    assert code == "INVALID_PARAMETER" and "acceptLanguage" in message


# --- DescribeAvailableResources ---


def test_available_resources_documented_example(api):
    res = api.ok("DescribeAvailableResources",
                 {"instanceTypeId": "MDE", "instanceChargeType": "PREPAID", "zoneId": "MOW-B"})["availableResources"]
    assert len(res) == 1
    r = res[0]
    assert r["zoneId"] == "MOW-B" and r["instanceTypeId"] == "MDE"
    assert r["sellStatus"] == "SELL"
    assert r["internetChargeTypes"] == ["ByBandwidth", "ByTrafficPackage"]
    assert (r["maximumBandwidthOut"], r["defaultBandwidthOut"], r["defaultTrafficPackageSize"]) == (10000, 50, 5.0)
    assert "qty" in r and "status" not in r


@pytest.mark.parametrize("charge", ["PREPAID", "POSTPAID"])
def test_available_resources_only_offerings_selling_the_charge_type(api, sc, charge):
    res = api.ok("DescribeAvailableResources", {"instanceChargeType": charge})["availableResources"]
    expected = [(o.zone_id, o.instance_type_id) for o in sc.offerings if charge in {str(c) for c in o.stock}]
    assert [(r["zoneId"], r["instanceTypeId"]) for r in res] == expected
    by_key = {(o.zone_id, o.instance_type_id): o for o in sc.offerings}
    for r in res:
        o = by_key[(r["zoneId"], r["instanceTypeId"])]
        qty = next(q for c, q in o.stock.items() if str(c) == charge)
        assert r["sellStatus"] == sell_status(qty).value
        assert r["qty"] == (None if o.hide_qty else qty)


def test_available_resources_filters(api, sc):
    for zone, itype in [("SEL-A", None), (None, "M6C"), ("SEL-A", "M6C")]:
        body = {"instanceChargeType": "PREPAID"} | ({"zoneId": zone} if zone else {}) | (
            {"instanceTypeId": itype} if itype else {})
        res = api.ok("DescribeAvailableResources", body)["availableResources"]
        assert res
        assert all((zone is None or r["zoneId"] == zone) and (itype is None or r["instanceTypeId"] == itype)
                   for r in res)
    for status in ("SELL", "SELL_SHORTAGE", "SOLD_OUT"):
        res = api.ok("DescribeAvailableResources", {"instanceChargeType": "PREPAID", "sellStatus": status})
        assert res["availableResources"], f"the default scenario should have {status} offerings"
        assert {r["sellStatus"] for r in res["availableResources"]} == {status}


def test_available_resources_hide_qty(api, sc):
    hidden = next(o for o in sc.offerings if o.hide_qty)
    charge = str(next(iter(hidden.stock)))
    res = api.ok("DescribeAvailableResources", {"instanceChargeType": charge, "zoneId": hidden.zone_id,
                                                "instanceTypeId": hidden.instance_type_id})["availableResources"]
    assert res[0]["qty"] is None and res[0]["sellStatus"] in ("SELL", "SELL_SHORTAGE", "SOLD_OUT")


@pytest.mark.parametrize(("qty", "status"), [(0, "SOLD_OUT"), (1, "SELL_SHORTAGE"), (10, "SELL_SHORTAGE"),
                                             (11, "SELL"), (500, "SELL")])
def test_sell_status_follows_live_stock(api, qty, status):
    r = api.http.post("/_mock/stock", json={"zoneId": "SEL-A", "instanceTypeId": "M6C",
                                            "instanceChargeType": "POSTPAID", "qty": qty})
    assert r.status_code == 200, r.text
    res = api.ok("DescribeAvailableResources", {"instanceChargeType": "POSTPAID", "zoneId": "SEL-A",
                                                "instanceTypeId": "M6C"})["availableResources"]
    assert (res[0]["sellStatus"], res[0]["qty"]) == (status, qty)


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"zoneId": "SEL--A"}, 404, "INVALID_ZONE_NOT_FOUND"),
        ({"instanceTypeId": "NOPE"}, 404, "INVALID_INSTANCE_TYPE_NOT_FOUND"),
        ({"zoneId": "SEL-A", "instanceTypeId": "NOPE"}, 404, "INVALID_INSTANCE_TYPE_NOT_FOUND"),
    ],
)
def test_available_resources_not_found(api, body, status, code):
    got = api.err("DescribeAvailableResources", {"instanceChargeType": "PREPAID", **body})
    assert got[:2] == (status, code)


def test_available_resources_zone_type_not_offered_is_empty(api, sc):
    offered = {(o.zone_id, o.instance_type_id) for o in sc.offerings}
    zone, itype = next((z.zone_id, t.instance_type_id) for z in sc.zones for t in sc.instance_types
                       if (z.zone_id, t.instance_type_id) not in offered)
    res = api.ok("DescribeAvailableResources", {"instanceChargeType": "PREPAID", "zoneId": zone,
                                                "instanceTypeId": itype})
    assert res["availableResources"] == []


# --- DescribeInstanceTypes ---


def test_instance_types_documented_examples(api):
    types = {t["instanceTypeId"]: t for t in api.ok("DescribeInstanceTypes")["instanceTypes"]}
    m9o, mgi = types["M9O"], types["MGI"]
    for t in (m9o, mgi):
        assert (t["description"], t["cpuCoreCount"], t["memorySize"], t["maximumBandwidth"]) == (
            "2x6248", 80, 256, 10000)
        assert t["supportSubnet"] is True and t["isHA"] is True
    assert m9o["supportRaids"] == [0, 1, 5, 10] and mgi["supportRaids"] == [0, 1]
    assert m9o["diskInfo"] == {"totalDiskSize": 4000, "diskDescription": "4x1.2TB SAS",
                               "disks": [{"diskSize": 1000, "diskCount": 4}]}
    assert mgi["diskInfo"] == {"totalDiskSize": 2000, "diskDescription": "2x1.2TB SAS",
                               "disks": [{"diskSize": 1000, "diskCount": 2}]}
    assert {"e3f1cf2e-8929-4b8a-8747-d0b779b770f7", "6059cf45-daf7-4954-80a2-346e8c3c5fd7"} <= set(m9o["imageIds"])
    assert "f9f9f8a2-24a1-44dd-9f60-36c3bc5c0dae" in mgi["imageIds"]
    assert m9o["cpuCores"] * 2 == m9o["cpuThreads"] == 80
    for key in ("cpuDetail", "baseFrequency"):
        assert key in m9o
    # The vpu* fields are 2026-02-01's; answers of both versions carry them (the superset of fields).
    assert {"vpuVendor", "vpuCard", "vpuCount"} <= set(m9o)
    m9o_26 = next(t for t in api.ok("DescribeInstanceTypes", {"instanceTypeIds": ["M9O"]},
                                    version="2026-02-01")["instanceTypes"])
    assert m9o_26 == m9o


def _types_oracle(sc, pred) -> list[str]:
    return [t.instance_type_id for t in sc.instance_types if pred(t)]


@pytest.mark.parametrize(
    ("body", "pred"),
    [
        ({"minimumCpuCoreCount": 40}, lambda t: t.cpu_core_count >= 40),
        ({"maximumCpuCoreCount": 16}, lambda t: t.cpu_core_count <= 16),
        ({"minimumMemorySize": 128}, lambda t: t.memory_size >= 128),
        ({"maximumMemorySize": 64}, lambda t: t.memory_size <= 64),
        ({"minimumBandwidth": 10000}, lambda t: t.maximum_bandwidth >= 10000),
        ({"supportRaids": [5]}, lambda t: 5 in t.support_raids),
        ({"supportRaids": [1, 10]}, lambda t: {1, 10} <= set(t.support_raids)),
        ({"supportSubnet": True}, lambda t: t.support_subnet),
        ({"supportSubnet": False}, lambda t: not t.support_subnet),
        ({"minimumDiskSize": 2000}, lambda t: (t.disk_info.total_disk_size or 0) >= 2000),
        ({"maximumDiskSize": 1000}, lambda t: (t.disk_info.total_disk_size or 0) <= 1000),
        ({"isHA": True}, lambda t: t.is_ha),
        ({"isHA": False}, lambda t: not t.is_ha),
        ({"instanceTypeIds": ["M9O", "MGI", "NOPE"]}, lambda t: t.instance_type_id in ("M9O", "MGI")),
        ({"minimumCpuCoreCount": 16, "maximumMemorySize": 128},
         lambda t: t.cpu_core_count >= 16 and t.memory_size <= 128),
        ({"minimumCpuCoreCount": 64, "maximumCpuCoreCount": 8}, lambda t: False),
    ],
)
def test_instance_type_filters(api, sc, body, pred):
    got = [t["instanceTypeId"] for t in api.ok("DescribeInstanceTypes", body)["instanceTypes"]]
    assert got == _types_oracle(sc, pred)


def test_instance_types_by_image(api, sc):
    centos = next(i for i in sc.images if i.image_name == "CentOS7.4-x86_64")
    got = [t["instanceTypeId"] for t in api.ok("DescribeInstanceTypes", {"imageId": centos.image_id})["instanceTypes"]]
    assert got == [t for t in (x.instance_type_id for x in sc.instance_types) if t in centos.instance_type_ids]
    assert api.ok("DescribeInstanceTypes", {"imageId": "no-such-image"})["instanceTypes"] == []


def test_instance_types_image_ids_filled(api, sc):
    for t in api.ok("DescribeInstanceTypes")["instanceTypes"]:
        expected = [i.image_id for i in sc.images if t["instanceTypeId"] in i.instance_type_ids]
        assert t["imageIds"] == expected


@pytest.mark.parametrize(
    ("body", "code", "field"),
    [
        ({"instanceTypeIds": [f"T{i}" for i in range(101)]}, "INVALID_PARAMETER", "instanceTypeIds"),
        ({"minimumCpuCoreCount": -1}, "INVALID_PARAMETER", "minimumCpuCoreCount"),
        ({"minimumCpuCoreCount": "8"}, "INVALID_PARAMETER", "minimumCpuCoreCount"),
        ({"supportRaids": ["1"]}, "INVALID_PARAMETER", "supportRaids[0]"),
        ({"isHA": "true"}, "INVALID_PARAMETER", "isHA"),
    ],
)
def test_instance_types_bad_params(api, body, code, field):
    _, got, message = api.err("DescribeInstanceTypes", body)
    assert got == code and f"`{field}`" in message


# --- DescribeImages ---


def test_images_documented_example(api):
    images = api.ok("DescribeImages")["images"]
    centos = next(i for i in images if i["imageName"] == "CentOS7.4-x86_64")
    assert centos == {"imageId": "bd5faa16-39d2-4bbf-a5c8-b95a193b1626", "imageName": "CentOS7.4-x86_64",
                      "catalog": "centos", "imageType": "PUBLIC_IMAGE", "osType": "linux"}


@pytest.mark.parametrize(
    ("body", "pred"),
    [
        ({"imageIds": ["bd5faa16-39d2-4bbf-a5c8-b95a193b1626", "nope"]},
         lambda i: i.image_id == "bd5faa16-39d2-4bbf-a5c8-b95a193b1626"),
        ({"imageName": "CentOS7.4-x86_64"}, lambda i: i.image_name == "CentOS7.4-x86_64"),
        ({"imageName": "CentOS"}, lambda i: False),
        ({"catalog": "ubuntu"}, lambda i: str(i.catalog) == "ubuntu"),
        ({"catalog": "windows"}, lambda i: str(i.catalog) == "windows"),
        ({"imageType": "PUBLIC_IMAGE"}, lambda i: str(i.image_type) == "PUBLIC_IMAGE"),
        ({"imageType": "CUSTOM_IMAGE"}, lambda i: str(i.image_type) == "CUSTOM_IMAGE"),
        ({"osType": "windows"}, lambda i: str(i.os_type) == "windows"),
        ({"osType": "linux", "catalog": "debian"}, lambda i: str(i.os_type) == "linux" and str(i.catalog) == "debian"),
        ({"instanceTypeId": "MGI"}, lambda i: "MGI" in i.instance_type_ids),
        ({"instanceTypeId": "NOPE"}, lambda i: False),
    ],
)
def test_image_filters(api, sc, body, pred):
    got = [i["imageId"] for i in api.ok("DescribeImages", body)["images"]]
    assert got == [i.image_id for i in sc.images if pred(i)]


@pytest.mark.parametrize("body", [{"catalog": "CentOS"}, {"osType": "Linux"}, {"imageType": "PUBLIC"},
                                  {"imageIds": "bd5faa16"}])
def test_image_bad_enums(api, body):
    _, code, message = api.err("DescribeImages", body)
    assert code == "INVALID_PARAMETER" and f"`{next(iter(body))}" in message


# --- InquiryPriceCreateInstance ---

_DOC = {"zoneId": "SEL-A", "instanceTypeId": "M6C", "trafficPackageSize": 100, "internetMaxBandwidthOut": 200}
_NULL_PRICE = {"discount": None, "discountPrice": None, "originalPrice": None, "unitPrice": None,
               "discountUnitPrice": None, "chargeUnit": None, "stepPrices": None}


def _core(price: dict) -> dict:
    return {k: price[k] for k in _NULL_PRICE}


def test_inquiry_prepaid_bandwidth_documented(api):
    r = api.ok("InquiryPriceCreateInstance", {**_DOC, "instanceChargeType": "PREPAID",
                                              "instanceChargePrepaid": {"period": 1}, "internetChargeType": "ByBandwidth"})
    assert _core(r["instancePrice"]) == {**_NULL_PRICE, "discount": 95.0, "discountPrice": 426.55, "originalPrice": 449.0}
    assert [_core(p) for p in r["bandwidthPrice"]] == [
        {**_NULL_PRICE, "discount": 95.0, "discountPrice": 1444.0, "originalPrice": 1520.0}]
    assert "primaryIpPrice" in r


def test_inquiry_postpaid_bandwidth_documented(api):
    r = api.ok("InquiryPriceCreateInstance", {**_DOC, "instanceChargeType": "POSTPAID",
                                              "internetChargeType": "ByBandwidth"})
    assert _core(r["instancePrice"]) == {**_NULL_PRICE, "discount": 100.0, "unitPrice": 0.63,
                                         "discountUnitPrice": 0.63, "chargeUnit": "HOUR"}
    assert [_core(p) for p in r["bandwidthPrice"]] == [
        {**_NULL_PRICE, "discount": 100.0, "unitPrice": 1.32, "discountUnitPrice": 1.32, "chargeUnit": "HOUR"}]


def test_inquiry_prepaid_traffic_package_documented(api):
    r = api.ok("InquiryPriceCreateInstance", {**_DOC, "instanceChargeType": "PREPAID",
                                              "instanceChargePrepaid": {"period": 1},
                                              "internetChargeType": "ByTrafficPackage"})
    assert _core(r["instancePrice"])["discountPrice"] == 426.55
    package, overage = (_core(p) for p in r["bandwidthPrice"])
    assert package == {**_NULL_PRICE, "discount": 95.0, "discountPrice": 7524.0, "originalPrice": 7920.0}
    assert overage == {**_NULL_PRICE, "discount": 100.0, "stepPrices": [
        {"stepStart": 0.0, "stepEnd": None, "unitPrice": 0.08, "discountUnitPrice": 0.08}]}


def test_inquiry_2026_fields(api):
    r = api.ok("InquiryPriceCreateInstance", {**_DOC, "instanceChargeType": "POSTPAID",
                                              "internetChargeType": "ByBandwidthCluster"}, version="2026-02-01")
    assert r["instancePrice"]["category"] == "STANDARD"


def _not_offered(sc) -> tuple[str, str]:
    offered = {(o.zone_id, o.instance_type_id) for o in sc.offerings}
    return next((z.zone_id, t.instance_type_id) for z in sc.zones for t in sc.instance_types
                if (z.zone_id, t.instance_type_id) not in offered)


def test_inquiry_errors(api, sc):
    base = {"zoneId": "SEL-A", "instanceTypeId": "M6C", "instanceChargeType": "POSTPAID",
            "internetChargeType": "ByBandwidth"}

    def err(**changes):
        body = {k: v for k, v in {**base, **changes}.items() if v is not None}
        return api.err("InquiryPriceCreateInstance", body)[:2]

    assert err(zoneId="SEL--A") == (404, "INVALID_ZONE_NOT_FOUND")
    assert err(instanceTypeId="NOPE") == (404, "INVALID_INSTANCE_TYPE_NOT_FOUND")
    zone, itype = _not_offered(sc)
    assert err(zoneId=zone, instanceTypeId=itype) == (400, "INVALID_INSTANCE_TYPE_ZONE_NO_SELL")
    prepaid_only = next(o for o in sc.offerings if {str(c) for c in o.stock} == {"PREPAID"})
    assert err(zoneId=prepaid_only.zone_id, instanceTypeId=prepaid_only.instance_type_id) == (
        400, "INVALID_INSTANCE_TYPE_ZONE_NO_SELL")
    no_traffic = next(o for o in sc.offerings if "ByTrafficPackage" not in {str(c) for c in o.internet_charge_types}
                      and "POSTPAID" in {str(c) for c in o.stock})
    assert err(zoneId=no_traffic.zone_id, instanceTypeId=no_traffic.instance_type_id,
               internetChargeType="ByTrafficPackage") == (400, "INVALID_INSTANCE_BANDWIDTH_ZONE_NO_SELL")
    assert err(instanceChargeType="PREPAID") == (400, "MISSING_PARAMETER")
    assert err(instanceChargeType="PREPAID", instanceChargePrepaid={"period": 0}) == (400, "INVALID_PARAMETER")
    max_bw = next(o for o in sc.offerings if (o.zone_id, o.instance_type_id) == ("SEL-A", "M6C")).maximum_bandwidth_out
    assert api.call("InquiryPriceCreateInstance", {**base, "internetMaxBandwidthOut": max_bw}).status_code == 200
    assert err(internetMaxBandwidthOut=max_bw + 1) == (400, "INVALID_BANDWIDTH_VALUE_EXCEED_MAXIMUM")
    assert err(internetMaxBandwidthOut=0) == (400, "INVALID_PARAMETER")
    assert err(trafficPackageSize=-1.0) == (400, "INVALID_PARAMETER")
    assert err(zoneId=None) == (400, "MISSING_PARAMETER")
    assert err(internetChargeType="ByFlow") == (400, "INVALID_PARAMETER")


def test_inquiry_missing_period_message_names_field(api):
    _, code, message = api.err("InquiryPriceCreateInstance", {
        "zoneId": "SEL-A", "instanceTypeId": "M6C", "instanceChargeType": "PREPAID",
        "internetChargeType": "ByBandwidth"})
    assert code == "MISSING_PARAMETER" and "`instanceChargePrepaid`" in message


def test_catalogue_answers_are_not_shared_mutably(api):
    """Precomputed dicts are shared between answers; a scenario reload must not serve the old ones."""
    first = api.ok("DescribeZones")["zoneSet"]
    scenario = api.state.backend.scenario.model_dump(mode="json", by_alias=True)
    scenario["zones"][0]["zoneName"] = "Renamed A"
    assert api.http.post("/_mock/scenario", json=scenario).status_code == 200
    again = api.ok("DescribeZones")["zoneSet"]
    assert again[0]["zoneName"] == "Renamed A" and first[0]["zoneName"] != "Renamed A"
