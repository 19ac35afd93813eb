"""The shipped default scenario, its generator and the scenario loader."""

from __future__ import annotations

import copy
import ipaddress
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from mockserver import scenarios
from mockserver.backend.catalog import Catalog
from mockserver.backend.stock import sell_status
from mockserver.scenarios.loader import (
    ScenarioError,
    default_scenario,
    dump_scenario,
    load_scenario,
    parse_scenario_text,
)
from mockserver.scenarios.models import Scenario
from tools import build_default_scenario as build_default
from zltoolkit.api import ChargeType, InternetChargeType, SellStatus

DEFAULT_JSON = Path(scenarios.__file__).with_name("default.json")
BUILDER = Path(build_default.__file__)
AREAS = {"North America", "Latin America", "Europe", "Asia", "Africa", "Oceania"}
REAL_TYPES = {"M9O", "MGI", "M6C", "M7D", "MDE", "S8I", "S9I"}


@pytest.fixture(scope="module")
def s() -> Scenario:
    return default_scenario()


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(DEFAULT_JSON.read_text(encoding="utf-8"))


def _offering(s: Scenario, zone: str, type_id: str):
    return next(o for o in s.offerings if o.zone_id == zone and o.instance_type_id == type_id)


def _type(s: Scenario, type_id: str):
    return next(t for t in s.instance_types if t.instance_type_id == type_id)


# --- the default validates and is big enough -------------------------------------------------------------


def test_default_loads_from_package_and_from_path(s: Scenario) -> None:
    assert isinstance(s, Scenario)
    assert load_scenario() is s
    assert default_scenario() is s  # cached
    assert load_scenario(DEFAULT_JSON) == s
    assert load_scenario(str(DEFAULT_JSON)) == s
    Catalog.build(s)  # the backend's indexes build over it


def test_counts(s: Scenario) -> None:
    assert len(s.zones) >= 30
    assert {z.area_name for z in s.zones} == AREAS
    assert len(s.instance_types) >= 12
    assert len(s.images) >= 15
    assert len(s.offerings) >= 200


def test_every_zone_sells_something_but_not_everything(s: Scenario) -> None:
    per_zone = defaultdict(set)
    for o in s.offerings:
        per_zone[o.zone_id].add(o.instance_type_id)
    all_types = {t.instance_type_id for t in s.instance_types}
    assert set(per_zone) == {z.zone_id for z in s.zones}
    assert all(len(types) >= 3 for types in per_zone.values())
    missing = {t for types in per_zone.values() for t in all_types - types}
    assert missing, "some type must be absent from some zone"
    # Most types are offered in many zones, none everywhere.
    counts = Counter(o.instance_type_id for o in s.offerings)
    assert all(counts[t] < len(s.zones) for t in all_types)
    assert sum(counts[t] >= 15 for t in all_types) >= 8


def test_sell_status_mix(s: Scenario) -> None:
    mix = Counter(sell_status(q) for o in s.offerings for q in o.stock.values())
    assert mix[SellStatus.SELL] >= 100
    assert mix[SellStatus.SELL_SHORTAGE] >= 20
    assert mix[SellStatus.SOLD_OUT] >= 10
    per_ct = {
        ct: Counter(sell_status(o.stock[ct]) for o in s.offerings if ct in o.stock) for ct in ChargeType
    }
    assert all(len(c) == 3 for c in per_ct.values())
    # Some offerings are PREPAID only (POSTPAID needs enabling), none POSTPAID only.
    assert any(set(o.stock) == {ChargeType.PREPAID} for o in s.offerings)
    assert all(ChargeType.PREPAID in o.stock for o in s.offerings)
    # Fully sold-out offerings exist, to show fallbacks; a few hide their qty.
    assert any(o.stock and all(q == 0 for q in o.stock.values()) for o in s.offerings)
    assert 1 <= sum(o.hide_qty for o in s.offerings) <= 20


def test_offering_network_fields_are_consistent(s: Scenario) -> None:
    types = {t.instance_type_id: t for t in s.instance_types}
    seen = Counter()
    for o in s.offerings:
        seen.update(o.internet_charge_types)
        assert o.internet_charge_types[0] == InternetChargeType.BY_BANDWIDTH
        assert len(set(o.internet_charge_types)) == len(o.internet_charge_types)
        assert o.maximum_bandwidth_out <= types[o.instance_type_id].maximum_bandwidth
        assert 0 < o.default_bandwidth_out <= o.maximum_bandwidth_out
        has_package = InternetChargeType.BY_TRAFFIC_PACKAGE in o.internet_charge_types
        assert (o.default_traffic_package_size > 0) == has_package
    assert set(seen) == set(InternetChargeType)
    assert seen[InternetChargeType.BY_BANDWIDTH_CLUSTER] < seen[InternetChargeType.BY_TRAFFIC_PACKAGE]


def test_capacity_planning_demo_is_feasible(s: Scenario) -> None:
    zones = {z.zone_id: z for z in s.zones}
    types = {t.instance_type_id: t for t in s.instance_types}
    plenty = [o for o in s.offerings if all(o.stock.get(ct, 0) >= 50 for ct in ChargeType) and not o.hide_qty]
    assert len(plenty) >= 20
    assert len({zones[o.zone_id].area_name for o in plenty}) >= 3
    # "40 machines, >=32 cores, >=128 GB in Asia, survive losing one zone".
    per_zone = Counter()
    for o in s.offerings:
        t = types[o.instance_type_id]
        if zones[o.zone_id].area_name == "Asia" and t.cpu_cores >= 32 and t.memory_size >= 128:
            per_zone[o.zone_id] += o.stock.get(ChargeType.PREPAID, 0)
    assert len(per_zone) >= 3
    assert sum(per_zone.values()) - max(per_zone.values()) >= 40


def test_lifecycle_and_failure_defaults(s: Scenario) -> None:
    lc = s.lifecycle
    assert (lc.pending, lc.creating, lc.installing, lc.booting, lc.stopping) == (5, 60, 180, 30, 20)
    assert (s.failure.create, s.failure.install) == (0.02, 0.02)
    flaky = [o for o in s.offerings if o.failure and max(o.failure.create, o.failure.install) >= 0.2]
    assert flaky
    assert any(o.lifecycle for o in s.offerings)
    for key in (("SEL-A", "M6C"), ("SEL-A", "S8I"), ("MOW-B", "MDE")):
        assert _offering(s, *key).failure is None


# --- documented figures ----------------------------------------------------------------------------------


def test_documented_instance_types(s: Scenario) -> None:
    m9o, mgi = _type(s, "M9O"), _type(s, "MGI")
    for t in (m9o, mgi):
        assert (t.description, t.cpu_core_count, t.memory_size, t.maximum_bandwidth) == (
            "2x6248",
            80,
            256,
            10000,
        )
        assert (t.cpu_sockets, t.cpu_cores, t.cpu_threads) == (2, 40, 80)
        assert t.support_subnet is True and t.is_ha is True and not t.invented
    assert m9o.support_raids == [0, 1, 5, 10]
    assert mgi.support_raids == [0, 1]
    assert m9o.disk_info.to_wire() == {
        "totalDiskSize": 4000,
        "diskDescription": "4x1.2TB SAS",
        "disks": [{"diskSize": 1000, "diskCount": 4}],
    }
    assert mgi.disk_info.to_wire() == {
        "totalDiskSize": 2000,
        "diskDescription": "2x1.2TB SAS",
        "disks": [{"diskSize": 1000, "diskCount": 2}],
    }
    assert {t.instance_type_id for t in s.instance_types} >= REAL_TYPES
    assert [t.instance_type_id for t in s.instance_types][:2] == ["M9O", "MGI"]


def test_cpu_and_disk_figures_are_consistent(s: Scenario) -> None:
    for t in s.instance_types:
        assert t.cpu_core_count == t.cpu_threads, t.instance_type_id
        assert t.cpu_threads in (t.cpu_cores, 2 * t.cpu_cores), t.instance_type_id
        assert t.cpu_cores % t.cpu_sockets == 0
        disks = t.disk_info.disks or []
        assert t.disk_info.total_disk_size == sum(d.disk_size * d.disk_count for d in disks)
        n_disks = sum(d.disk_count for d in disks)
        assert all(level in (0, 1, 5, 10) for level in t.support_raids)
        assert all(n_disks >= {0: 1, 1: 2, 5: 3, 10: 4}[level] for level in t.support_raids), (
            t.instance_type_id
        )
        # Families (docs/api-facts.md §10.2): S = single socket >= 16 GB; M/L = dual socket, >= 64 / 128 GB.
        family = t.instance_type_id[0]
        if family == "S":
            assert t.cpu_sockets == 1 and t.memory_size >= 16
        elif family == "M":
            assert t.cpu_sockets == 2 and t.memory_size >= 64
        elif family == "L":
            assert t.cpu_sockets == 2 and t.memory_size >= 128


def test_invented_types_say_so(s: Scenario) -> None:
    for t in s.instance_types:
        assert t.invented == (t.instance_type_id not in REAL_TYPES)
        assert ("(mock)" in t.description) == t.invented
    gpu = [t for t in s.instance_types if t.vpu_count]
    assert gpu and all(t.vpu_vendor and t.vpu_card for t in gpu)


def test_type_prices(s: Scenario) -> None:
    for t in s.instance_types:
        p = t.prices
        assert p.instance_monthly and p.instance_monthly > 0
        assert p.instance_monthly / 720 <= p.instance_hourly <= p.instance_monthly / 720 * 1.05 + 0.01
        assert p.prepaid_discount[1] == 95.0 and p.prepaid_discount[12] == 85.0
        assert p.postpaid_discount == 100.0
        for name in (
            "bandwidth_monthly_per_mbps",
            "bandwidth_hourly_per_mbps",
            "bandwidth95_monthly_per_mbps",
            "traffic_package_monthly_per_tb",
            "traffic_overage_per_gb",
            "primary_ip_monthly",
        ):
            assert getattr(p, name) is not None


def test_documented_images(s: Scenario) -> None:
    images = {i.image_id: i for i in s.images}
    centos = images["bd5faa16-39d2-4bbf-a5c8-b95a193b1626"]
    assert (centos.image_name, centos.catalog, centos.image_type, centos.os_type) == (
        "CentOS7.4-x86_64",
        "centos",
        "PUBLIC_IMAGE",
        "linux",
    )
    assert s.images[0] is centos
    assert "M6C" in images["5ace1756-2230-4d1d-8fc6-84f1897ef397"].instance_type_ids
    for image_id in ("e3f1cf2e-8929-4b8a-8747-d0b779b770f7", "6059cf45-daf7-4954-80a2-346e8c3c5fd7"):
        assert "M9O" in images[image_id].instance_type_ids
    assert "MGI" in images["f9f9f8a2-24a1-44dd-9f60-36c3bc5c0dae"].instance_type_ids
    assert {i.catalog.value for i in s.images} == {"centos", "windows", "ubuntu", "debian", "esxi"}
    assert any(i.image_type == "CUSTOM_IMAGE" for i in s.images)
    names = [i.image_name for i in s.images]
    assert len(set(names)) == len(names)


def test_images_install_on_sensible_types(s: Scenario) -> None:
    gpu = {t.instance_type_id for t in s.instance_types if t.vpu_count}
    for img in s.images:
        assert img.instance_type_ids, img.image_name
        if img.os_type == "windows":
            assert img.catalog == "windows"
            assert not gpu & set(img.instance_type_ids), img.image_name
        if img.catalog == "esxi":
            assert all(t[0] in "ML" for t in img.instance_type_ids), img.image_name
    # Every type can install something (and Linux at that).
    for t in s.instance_types:
        assert any(t.instance_type_id in i.instance_type_ids and i.os_type == "linux" for i in s.images)


def test_documented_offerings(s: Scenario) -> None:
    mde = _offering(s, "MOW-B", "MDE")
    assert sell_status(mde.stock[ChargeType.PREPAID]) is SellStatus.SELL
    assert mde.internet_charge_types == ["ByBandwidth", "ByTrafficPackage"]
    assert (mde.maximum_bandwidth_out, mde.default_bandwidth_out, mde.default_traffic_package_size) == (
        10000,
        50,
        5.0,
    )
    assert not mde.hide_qty
    m6c = _offering(s, "SEL-A", "M6C")
    assert all(m6c.stock[ct] > 10 for ct in ChargeType)
    assert {"ByBandwidth", "ByTrafficPackage"} <= set(m6c.internet_charge_types)
    assert m6c.maximum_bandwidth_out >= 200
    s8i = _offering(s, "SEL-A", "S8I")
    assert all(s8i.stock[ct] > 10 for ct in ChargeType)
    assert _offering(s, "HKG-A", "M7D").stock


def test_zones(s: Scenario) -> None:
    ids = [z.zone_id for z in s.zones]
    for zone_id in ("SEL-A", "HKG-A", "MOW-B", "FRA-A", "LAX-A", "SIN-E", "TYO-A"):
        assert zone_id in ids
    assert len({z.public_ip_prefix for z in s.zones}) == len(s.zones)
    assert len({z.ipv6_prefix for z in s.zones}) == len(s.zones)
    nets = []
    for z in s.zones:
        city, letter = z.zone_name.rsplit(" ", 1)
        assert city == z.city_name and letter == z.zone_id.split("-")[1]
        net = ipaddress.ip_network(z.public_ip_prefix)
        assert 20 <= net.prefixlen <= 22
        assert net.is_global and not net.is_private and not net.is_reserved and not net.is_multicast
        nets.append(net)
        v6 = ipaddress.ip_network(z.ipv6_prefix)
        assert v6.prefixlen == 64 and str(v6).startswith("2602:ffe4:")
    assert not any(a.overlaps(b) for i, a in enumerate(nets) for b in nets[i + 1 :])
    assert any(z.is_cloud_router_available for z in s.zones)
    assert not all(z.is_cloud_router_available for z in s.zones)
    seoul = next(z for z in s.zones if z.zone_id == "SEL-A")
    assert seoul.zone_name == "Seoul A"
    factors = {z.area_name: z.price_factor for z in s.zones}
    assert factors["North America"] == 1.0 and factors["Asia"] > 1.0


def test_accounts(s: Scenario) -> None:
    accounts = {a.account_id: a for a in s.accounts}
    demo, other, broke = accounts["acc-demo"], accounts["acc-other"], accounts["acc-broke"]
    assert (demo.name, demo.balance, demo.instance_quota) == ("Demo team", 250000.0, 1000)
    assert [(k.access_key_id, k.access_key_password) for k in demo.access_keys] == [
        ("demo-access-key", "demo-access-key-password")
    ]
    assert demo.tokens == ["demo-token"]
    assert demo.resource_groups[0].resource_group_id == "rg-default"
    assert demo.resource_groups[0].resource_group_name == "Default Resource Group"
    assert len(demo.resource_groups) >= 2
    assert "key-YWD2QFOl" in {k.key_id for k in demo.key_pairs}
    subnet_zones = {sub.zone_id for sub in demo.subnets}
    assert {"SEL-A", "HKG-A", "FRA-A", "LAX-A"} <= subnet_zones
    for sub in demo.subnets:
        net = ipaddress.ip_network(sub.cidr_block)
        assert net.prefixlen == 24 and net.is_private  # zone subnets in 10/8, the VPC's in 172.16/16
    assert [(k.access_key_id, k.access_key_password) for k in other.access_keys] == [
        ("other-access-key", "other-access-key-password")
    ]
    assert (other.tokens, other.balance, other.instance_quota) == (["other-token"], 500.0, 5)
    assert [(k.access_key_id, k.access_key_password) for k in broke.access_keys] == [
        ("broke-access-key", "broke-access-key-password")
    ]
    assert broke.balance == 0.0
    assert all(a.resource_groups for a in s.accounts)


def test_secrets_not_in_repr(s: Scenario) -> None:
    text = repr(s.accounts)
    assert "demo-access-key-password" not in text and "demo-token" not in text


# --- the generator ---------------------------------------------------------------------------------------


def test_generator_is_deterministic_and_matches_committed_file(raw: dict) -> None:
    first, second = build_default.build(), build_default.build()
    assert first == second
    assert first == raw, "default.json is stale: run python tools/build_default_scenario.py"
    assert build_default.render(first) == DEFAULT_JSON.read_text(encoding="utf-8")


def test_running_the_builder_reproduces_default_json_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "default.json"
    run = subprocess.run([sys.executable, str(BUILDER), "--output", str(out)], capture_output=True, text=True,
                         cwd=tmp_path, timeout=300, check=False)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert out.read_bytes() == DEFAULT_JSON.read_bytes()
    assert DEFAULT_JSON.resolve() == build_default.OUTPUT  # its default target is the shipped file


def test_generator_check_mode(tmp_path: Path) -> None:
    out = tmp_path / "default.json"
    assert build_default.main(["--output", str(out)]) == 0
    assert build_default.main(["--check", "--output", str(out)]) == 0
    out.write_text("{}", encoding="utf-8")
    assert build_default.main(["--check", "--output", str(out)]) == 1


def test_dump_round_trips(s: Scenario) -> None:
    data = dump_scenario(s)
    assert load_scenario(data) == s
    assert json.loads(json.dumps(data)) == data
    assert "isHA" in data["instanceTypes"][0] and "zoneId" in data["offerings"][0]


# --- the loader: errors name the exact field -------------------------------------------------------------


def _broken(raw: dict, tmp_path: Path, mutate) -> ScenarioError:
    data = copy.deepcopy(raw)
    mutate(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    assert "broken.json" in str(info.value)
    return info.value


def test_wrong_type_in_stock(raw: dict, tmp_path: Path) -> None:
    def mutate(d: dict) -> None:
        d["offerings"][3]["stock"]["PREPAID"] = "plenty"

    err = _broken(raw, tmp_path, mutate)
    assert "offerings[3].stock.PREPAID: Input should be a valid integer" in str(err)
    assert err.path == "offerings[3].stock.PREPAID"
    assert isinstance(err, ValueError)


def test_wrong_type_deep_inside(raw: dict, tmp_path: Path) -> None:
    def mutate(d: dict) -> None:
        d["instanceTypes"][2]["diskInfo"]["disks"][0]["diskSize"] = "big"

    err = _broken(raw, tmp_path, mutate)
    assert err.path == "instanceTypes[2].diskInfo.disks[0].diskSize"
    assert "instanceTypes[2].diskInfo.disks[0].diskSize: Input should be a valid integer" in str(err)


def test_bad_enum_value(raw: dict, tmp_path: Path) -> None:
    def mutate(d: dict) -> None:
        d["offerings"][7]["internetChargeTypes"][0] = "ByMagic"

    err = _broken(raw, tmp_path, mutate)
    assert err.path == "offerings[7].internetChargeTypes[0]"
    assert "ByBandwidth" in str(err)


def test_bad_charge_type_key(raw: dict, tmp_path: Path) -> None:
    def mutate(d: dict) -> None:
        d["offerings"][1]["stock"]["MONTHLY"] = 3

    err = _broken(raw, tmp_path, mutate)
    assert err.path == "offerings[1].stock.MONTHLY"
    assert "offerings[1].stock.MONTHLY: invalid key: Input should be 'PREPAID' or 'POSTPAID'" in str(err)


def test_unknown_key(raw: dict, tmp_path: Path) -> None:
    def mutate(d: dict) -> None:
        d["zones"][2]["zoneNmae"] = d["zones"][2].pop("zoneName")

    err = _broken(raw, tmp_path, mutate)
    paths = [p for p, _ in err.errors]
    assert "zones[2].zoneNmae" in paths and "zones[2].zoneName" in paths
    assert "zones[2].zoneNmae: Extra inputs are not permitted" in str(err)


def test_dangling_references(raw: dict, tmp_path: Path) -> None:
    def zone(d: dict) -> None:
        d["offerings"][5]["zoneId"] = "XXX-Z"

    err = _broken(raw, tmp_path, zone)
    assert err.path == "offerings[5].zoneId"
    assert "offerings[5].zoneId: unknown zone 'XXX-Z'" in str(err)

    def image(d: dict) -> None:
        d["images"][4]["instanceTypeIds"].append("NOPE")

    err = _broken(raw, tmp_path, image)
    assert err.path == "images[4].instanceTypeIds"
    assert "NOPE" in str(err)

    def duplicate(d: dict) -> None:
        d["zones"].append(dict(d["zones"][0]))

    err = _broken(raw, tmp_path, duplicate)
    assert err.path == "zones" and "duplicate id 'LAX-A'" in str(err)


def test_nested_model_rule(raw: dict, tmp_path: Path) -> None:
    def mutate(d: dict) -> None:
        d["instanceTypes"][0]["cpuThreads"] = 8

    err = _broken(raw, tmp_path, mutate)
    assert err.path == "instanceTypes[0]"
    assert "cpuThreads must be >= cpuCores" in str(err)


def test_json_syntax_error_has_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "typo.json"
    path.write_text('{\n  "name": "x",\n  "zones": [,]\n}\n', encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    msg = str(info.value)
    assert "typo.json" in msg and "line 3 column 13" in msg
    with pytest.raises(ScenarioError, match="line 1 column 1"):
        parse_scenario_text("nope", "inline")


def test_not_an_object_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(ScenarioError, match="must be a JSON object"):
        load_scenario(path)
    with pytest.raises(ScenarioError, match="must be a JSON object, not list"):
        load_scenario([1, 2])  # type: ignore[arg-type]
    with pytest.raises(ScenarioError, match="missing.json"):
        load_scenario(tmp_path / "missing.json")
    with pytest.raises(ScenarioError, match="<dict>: name: Field required"):
        load_scenario({"accounts": [], "zones": [], "instanceTypes": [], "images": [], "offerings": []})


MINIMAL = {
    "name": "tiny",
    "accounts": [
        {
            "accountId": "a1",
            "accessKeys": [{"accessKeyId": "k1", "accessKeyPassword": "p1"}],
            "balance": 10.0,
            "resourceGroups": [{"resourceGroupId": "rg1", "resourceGroupName": "Default"}],
        }
    ],
    "zones": [
        {
            "zoneId": "TST-A",
            "zoneName": "Test A",
            "cityName": "Test",
            "areaName": "Asia",
            "publicIpPrefix": "128.2.0.0/22",
        }
    ],
    "instanceTypes": [
        {
            "instanceTypeId": "T1",
            "description": "tiny (mock)",
            "cpuDetail": "x",
            "cpuSockets": 1,
            "cpuCores": 2,
            "cpuThreads": 4,
            "cpuCoreCount": 4,
            "baseFrequency": "2.0GHz",
            "memorySize": 8,
            "maximumBandwidth": 1000,
            "supportRaids": [0],
            "supportSubnet": False,
            "isHA": False,
            "diskInfo": {
                "totalDiskSize": 100,
                "diskDescription": "1x100GB",
                "disks": [{"diskSize": 100, "diskCount": 1}],
            },
            "invented": True,
            "prices": {"instanceMonthly": 10.0, "prepaidDiscount": {"1": 90.0}},
        }
    ],
    "images": [
        {
            "imageId": "img-1",
            "imageName": "Linux",
            "catalog": "ubuntu",
            "osType": "linux",
            "instanceTypeIds": ["T1"],
        }
    ],
    "offerings": [
        {
            "zoneId": "TST-A",
            "instanceTypeId": "T1",
            "stock": {"PREPAID": 3},
            "internetChargeTypes": ["ByBandwidth"],
            "maximumBandwidthOut": 100,
        }
    ],
}


def test_user_dict_scenario_loads(tmp_path: Path) -> None:
    s = load_scenario(copy.deepcopy(MINIMAL))
    assert s.name == "tiny"
    assert s.instance_types[0].prices.prepaid_discount == {1: 90.0}
    assert s.offerings[0].stock == {ChargeType.PREPAID: 3}
    assert s.lifecycle.creating == 60  # model defaults apply
    assert load_scenario(s) is s
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(MINIMAL), encoding="utf-8")
    assert load_scenario(path) == s
    assert load_scenario(dump_scenario(s)) == s
    Catalog.build(s)
