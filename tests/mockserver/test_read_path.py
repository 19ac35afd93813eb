"""The read path: DescribeInstances answered from encoded pieces and indexes must say exactly what a plain
scan of the instances says -- same instances, same order, same totalCount, same InstanceInfo content -- after
every kind of change (create, power, rename, terminate, release, forced status, the clock, a state import).
Also: the strict response forms, the bounded caches, and the catalogue answers' cache invalidation."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import (  # noqa: E402
    CREATE_DONE,
    IMAGE,
    INSTALL_DONE,
    LIFE,
    advance,
    backend,
    create_body,
    force,
    make_api,
    prepaid,
)

# --- the reference: a plain scan over the backend's instances, filtered on their dict form ---


def _reference(api: Any, body: dict[str, Any]) -> tuple[int, list[dict[str, Any]]]:
    b = backend(api)
    now = b.clock.now()
    insts = sorted((i for i in b.by_id.values() if i.account == "acc-demo"), key=lambda i: (i.ctime, i.id))
    infos = [b.wire_of(i, now) for i in insts]

    def name_ok(value: str, want: str) -> bool:
        return value.startswith(want[:-1]) if want.endswith("*") else value == want

    def keep(w: dict[str, Any]) -> bool:
        return (
            ("zoneId" not in body or w["zoneId"] == body["zoneId"])
            and ("instanceStatus" not in body or w["instanceStatus"] == body["instanceStatus"])
            and ("instanceName" not in body or name_ok(w["instanceName"], body["instanceName"]))
            and ("hostname" not in body or name_ok(w["hostname"], body["hostname"]))
            and (not body.get("instanceIds") or w["instanceId"] in body["instanceIds"])
            and ("instanceTypeId" not in body or w["instanceTypeId"] == body["instanceTypeId"])
            and ("resourceGroupId" not in body or w["resourceGroupId"] == body["resourceGroupId"])
        )

    matched = [w for w in infos if keep(w)]
    size, num = body.get("pageSize", 20), body.get("pageNum", 1)
    return len(matched), matched[(num - 1) * size : num * size]


FILTERS: list[dict[str, Any]] = [
    {},
    {"zoneId": "SEL-A"},
    {"zoneId": "HKG-A"},
    {"instanceStatus": "RUNNING"},
    {"instanceStatus": "STOPPED"},
    {"instanceStatus": "INSTALLING"},
    {"instanceStatus": "PENDING"},
    {"zoneId": "SEL-A", "instanceStatus": "RUNNING"},
    {"zoneId": "HKG-A", "instanceStatus": "STOPPED"},
    {"instanceName": "web-*"},
    {"instanceName": "web-1"},
    {"instanceName": "bulk-*"},
    {"instanceName": "bulk-000001*"},
    {"instanceName": "*"},
    {"instanceName": "renamed-*"},
    {"instanceName": "db"},
    {"instanceName": "web-*", "zoneId": "SEL-A"},
    {"instanceName": "bulk-*", "instanceStatus": "RUNNING"},
    {"hostname": "web-h*"},
    {"instanceTypeId": "M6C", "instanceStatus": "RUNNING"},
    {"resourceGroupId": "rg-production"},
]


def _check_all(api: Any, extra_ids: list[str]) -> None:
    filters = [*FILTERS, {"instanceIds": extra_ids}, {"instanceIds": extra_ids, "zoneId": "SEL-A"},
               {"instanceIds": extra_ids, "instanceStatus": "RUNNING"}]  # fmt: skip
    for f in filters:
        for size, nums in ((100, (1, 2)), (3, (1, 2, 5)), (1, (1, 7))):
            body = {**f, "pageSize": size}
            for num in nums:
                body["pageNum"] = num
                got = api.ok("DescribeInstances", body)
                total, page = _reference(api, body)
                assert got["totalCount"] == total, body
                assert [i["instanceId"] for i in got["dataSet"]] == [i["instanceId"] for i in page], body
                assert got["dataSet"] == page, body  # the encoded pieces say what the dict form says


@pytest.fixture
def fleet() -> tuple[Any, list[str]]:
    api = make_api()
    r = api.http.post("/_mock/bulk-instances", json={"accountId": "acc-demo", "count": 40, "zoneIds": ["SEL-A", "HKG-A"],
                                                     "statuses": ["RUNNING", "STOPPED", "INSTALLING", "BOOTING"]})
    assert r.status_code == 200, r.text
    advance(api, 1)
    ids = api.create(create_body(amount=3, instanceName="web-[1,2]", hostname="web-h[1,2]", imageId=IMAGE,
                                 raidConfig={"raidType": 1},
                                 tags={"tags": [{"key": "env", "value": "prod"}]}))  # fmt: skip
    advance(api, 1)
    ids += api.create(create_body(amount=2, instanceName="db", subnetId="subnet-demo-sel-a",
                                  resourceGroupId="rg-production"))  # fmt: skip
    advance(api, 1)
    ids += api.create(create_body(zoneId="HKG-A", instanceTypeId="M7D", amount=2, instanceName="web-hk"))
    ids += api.create(prepaid(instanceName="web-pre"))
    return api, ids


def test_every_filter_agrees_with_a_plain_scan_through_changes_and_the_clock(fleet: tuple[Any, list[str]]) -> None:
    api, ids = fleet
    sample = ids[::2] + ["i-unknown"]
    _check_all(api, sample)  # PENDING/CREATING everywhere
    advance(api, CREATE_DONE)  # statuses fall due with the clock: CREATING -> RUNNING / INSTALLING
    _check_all(api, sample)
    advance(api, INSTALL_DONE)
    running = [i for i in ids if api.ok("DescribeInstances", {"instanceIds": [i]})["dataSet"][0]["instanceStatus"]
               == "RUNNING"]  # fmt: skip
    api.ok("StopInstances", {"instanceIds": running[:3]})
    api.ok("ModifyInstancesAttribute", {"instanceIds": running[3:5], "instanceName": "renamed-[1,2]"})
    _check_all(api, sample)  # STOPPING now, names moved in the name index
    advance(api, LIFE["stopping"])
    _check_all(api, sample)  # STOPPED with the clock
    api.ok("TerminateInstance", {"instanceId": running[5]})  # POSTPAID: to RECYCLE at once
    force(api, running[6], "STOPPED")
    _check_all(api, sample)
    api.ok("ReleaseInstances", {"instanceIds": [running[5]]})  # gone: out of every index
    _check_all(api, sample)


def test_a_state_import_that_moves_the_clock_back_re_indexes_statuses(fleet: tuple[Any, list[str]]) -> None:
    api, ids = fleet
    saved = api.http.get("/_mock/state").json()  # everything PENDING at this clock reading
    advance(api, INSTALL_DONE)
    assert api.ok("DescribeInstances", {"instanceStatus": "PENDING"})["totalCount"] == 0
    r = api.http.put("/_mock/state", json=saved)  # the clock goes back with the state
    assert r.status_code == 200, r.text
    _check_all(api, ids[:4])
    assert api.ok("DescribeInstances", {"instanceStatus": "PENDING"})["totalCount"] == len(ids)


def test_a_cached_answer_follows_the_clock_and_every_change() -> None:
    api = make_api()
    [iid] = api.create(create_body(instanceName="one"))
    first = api.ok("DescribeInstances", {"instanceIds": [iid]})["dataSet"][0]  # encoded and cached now
    assert first["instanceStatus"] == "PENDING"
    advance(api, CREATE_DONE)
    again = api.ok("DescribeInstances", {"instanceIds": [iid]})["dataSet"][0]
    assert again["instanceStatus"] == "RUNNING"  # the status is spliced from the clock, never stale
    assert {k: v for k, v in again.items() if k != "instanceStatus"} == {
        k: v for k, v in first.items() if k != "instanceStatus"}  # fmt: skip
    api.ok("ModifyInstancesAttribute", {"instanceIds": [iid], "instanceName": "two"})
    assert api.ok("DescribeInstances", {"instanceIds": [iid]})["dataSet"][0]["instanceName"] == "two"
    assert api.ok("DescribeInstances", {"instanceName": "one"})["totalCount"] == 0
    assert api.ok("DescribeInstances", {"instanceName": "tw*"})["totalCount"] == 1


def test_the_hook_is_the_only_thing_a_change_needs() -> None:
    """What the networking / instance-operation code does: change a field, call ``instance_changed``."""
    api = make_api()
    [iid] = api.create(create_body(instanceName="hooked"))
    api.ok("DescribeInstances", {"instanceIds": [iid]})  # cached
    b = backend(api)
    with b.session():
        inst = b.by_id[iid]
        inst.bw = 77
        inst.name = "hooked-again"
        b.instance_changed(inst)
    info = api.ok("DescribeInstances", {"instanceIds": [iid]})["dataSet"][0]
    assert info["bandwidthOutMbps"] == 77 and info["instanceName"] == "hooked-again"
    assert api.ok("DescribeInstances", {"instanceName": "hooked-a*"})["totalCount"] == 1


# --- content and strict forms ---


def test_encoded_answers_are_the_dict_form_byte_for_byte() -> None:
    from mockserver.backend.encoding import V2026_KEYS_VERSIONS

    api = make_api()
    ids = api.create(create_body(amount=2, instanceName="x", imageId=IMAGE, raidConfig={"raidType": 1},
                                 partitions=[{"fsType": "ext4", "fsPath": "/", "size": 50}],
                                 tags={"tags": [{"key": "k", "value": None}, {"key": "é", "value": "ü"}]}))  # fmt: skip
    b = backend(api)
    now = b.clock.now()
    for version in ("2022-11-20", "2026-02-01"):
        raw = b.encoded_infos([b.by_id[i] for i in ids], now, version)
        wires = [b.wire_of(b.by_id[i], now) for i in ids]
        if version not in V2026_KEYS_VERSIONS:
            for w in wires:
                del w["primaryPublicIPv6Address"], w["ipmiEnabled"]
        assert raw == orjson.dumps(wires)


def test_nested_objects_carry_every_key() -> None:
    api = make_api()
    [a] = api.create(create_body(raidConfig={"raidType": 1}))
    [c] = api.create(create_body(imageId=IMAGE, raidConfig={"customRaids": [{"raidType": 1, "diskSequence": [1, 2]}]},
                                 partitions=[{"fsType": "ext4", "fsPath": "/", "size": 50}]))  # fmt: skip
    infos = {i["instanceId"]: i for i in api.ok("DescribeInstances", {"instanceIds": [a, c]})["dataSet"]}
    assert infos[a]["raidConfig"] == {"raidType": 1, "customRaids": None}
    assert infos[c]["raidConfig"] == {"raidType": None, "customRaids": [{"raidType": 1, "diskSequence": [1, 2]}]}
    assert infos[c]["partitions"] == [{"fsPath": "/", "fsType": "ext4", "size": 50}]


def test_answers_match_the_strict_2026_response_forms(fleet: tuple[Any, list[str]]) -> None:
    from zltoolkit.api.generated.strict_v2026_02_01 import RESPONSES

    api, _ = fleet
    for action, body in (("DescribeInstances", {"pageSize": 100}),
                         ("DescribeAvailableResources", {"instanceChargeType": "PREPAID"}),
                         ("DescribeInstanceTypes", {}), ("DescribeImages", {})):  # fmt: skip
        answer = api.ok(action, body, version="2026-02-01")
        RESPONSES[action].model_validate(answer)


def test_a_lone_surrogate_falls_back_to_plain_json() -> None:
    from mockserver.backend.encoding import encode, join_instances

    api = make_api()
    [iid] = api.create(create_body())
    b = backend(api)
    inst = b.by_id[iid]
    inst.name = "bad\ud800name"
    pieces = encode(b._info(inst, None, None))
    raw = join_instances([(pieces, b"{}", b'"RUNNING"')], v2026=True)
    assert json.loads(raw)[0]["instanceName"] == "bad\ud800name"


# --- bounded caches ---


def test_the_fragment_cache_stays_within_its_byte_budget() -> None:
    from mockserver.backend.encoding import Pieces
    from mockserver.backend.wire_cache import ENTRY_OVERHEAD, FragmentCache

    cache = FragmentCache(10 * (100 + ENTRY_OVERHEAD))
    p = Pieces(b"h" * 40, b"b" * 40, b"t" * 20, b"")
    for n in range(50):
        cache.put(f"i-{n}", p)
        assert cache.used <= cache.budget
    assert len(cache) == 10 and cache.get("i-49") is p and cache.get("i-0") is None
    cache.drop("i-49")
    assert cache.get("i-49") is None and cache.used == 9 * (100 + ENTRY_OVERHEAD)


def test_catalogue_answer_caches_are_bounded_and_follow_the_stock() -> None:
    from mockserver.backend.answer_cache import MAX_ENTRIES

    api = make_api()
    body = {"instanceChargeType": "POSTPAID", "zoneId": "SEL-A", "instanceTypeId": "M6C"}

    def qty() -> int:
        return api.ok("DescribeAvailableResources", body)["availableResources"][0]["qty"]

    before = qty()
    api.create(create_body(amount=2))  # stock taken: the cached answer must not be served again
    assert qty() == before - 2
    backend(api).set_stock("SEL-A", "M6C", "POSTPAID", 3)  # the control plane's stock set
    assert qty() == 3
    for n in range(MAX_ENTRIES + 20):  # distinct filters: still bounded
        api.ok("DescribeInstanceTypes", {"minimumCpuCoreCount": n})
    from mockserver.handlers.catalog import static_for

    assert len(static_for(backend(api).catalog).cache("DescribeInstanceTypes")) == MAX_ENTRIES


def test_a_scenario_load_starts_the_catalogue_caches_afresh() -> None:
    api = make_api()
    body = {"instanceChargeType": "POSTPAID", "zoneId": "SEL-A", "instanceTypeId": "M6C"}
    api.ok("DescribeAvailableResources", body)
    api.create(create_body(amount=2))
    b = backend(api)
    b.reset()  # the scenario again: the stock as it started
    initial = b.qty("SEL-A", "M6C", "POSTPAID")
    assert api.ok("DescribeAvailableResources", body)["availableResources"][0]["qty"] == initial


# --- index internals ---


def test_prefix_ranges_cover_exactly_the_names_with_the_prefix() -> None:
    from mockserver.backend.indexes import prefix_end

    assert prefix_end("web-") == "web."
    assert prefix_end("") is None
    assert prefix_end("a\U0010ffff") == "b"
    assert prefix_end("\U0010ffff") is None
    names = sorted(["web", "web-", "web-1", "web-1\U0010ffff", "web.", "weba", "wea", "\U0010ffffx"])
    for p in ("web-", "web", "w", "\U0010ffff", "web-1\U0010ffff"):
        end = prefix_end(p)
        got = [n for n in names if n >= p and (end is None or n < end)]
        assert got == [n for n in names if n.startswith(p)], p


def test_repeated_changes_before_a_transition_keep_the_pending_heap_small() -> None:
    api = make_api()
    ids = api.create(create_body(amount=5, imageId=IMAGE))
    b = backend(api)
    idx = b.indexes
    with b.session():
        now = b.now
        for k in range(1000):  # each change moves the next transition: one more heap entry, the old one stale
            for i in ids:
                inst = b.by_id[i]
                inst.sched = (now, "STOPPING", now + 100 + k, "STOPPED")
                b.instance_changed(inst)
        idx.advance(b.now)
        assert len(idx._pending) <= 2 * len(idx._due) + 1024 and len(idx._due) == 5
    assert api.ok("DescribeInstances", {"instanceStatus": "STOPPING"})["totalCount"] == 5
    advance(api, 100 + 998)
    assert api.ok("DescribeInstances", {"instanceStatus": "STOPPING"})["totalCount"] == 5  # due at +1099
    advance(api, 1)
    assert api.ok("DescribeInstances", {"instanceStatus": "STOPPED"})["totalCount"] == 5
