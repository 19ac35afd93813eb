"""DescribeInstanceTraffic / DescribeManagedInstanceTraffic: the documented granularity, window limits and summary
figures (the docs' example reproduces), values a pure function of (seed, instance, time, history) -- so
overlapping windows, restarts and answers given later agree -- zero while not RUNNING, bounded by the bandwidth
then in force."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import (  # noqa: E402
    IMAGE,
    INSTALL_DONE,
    LIFE,
    PASSWORD,
    advance,
    backend,
    create_body,
    make_api,
    scenario,
)

from mockserver.backend import traffic as tr  # noqa: E402
from mockserver.backend.timeutil import fmt  # noqa: E402
from zltoolkit.api.generated import strict_v2022_11_20, strict_v2026_02_01  # noqa: E402

HOUR = 3600.0


def _traffic(api: Any, iid: str, start: float, end: float, version: str = "2022-11-20") -> dict[str, Any]:
    r = api.ok("DescribeInstanceTraffic", {"instanceId": iid, "startTime": fmt(start), "endTime": fmt(end)},
               version=version)  # fmt: skip
    forms = {"2022-11-20": strict_v2022_11_20.RESPONSES, "2026-02-01": strict_v2026_02_01.RESPONSES}
    forms[version]["DescribeInstanceTraffic"].model_validate(r)
    return r


def _running(api: Any, bw: int = 100) -> tuple[str, float]:
    (iid,) = api.create({**create_body(internetMaxBandwidthOut=bw), "imageId": IMAGE, "password": PASSWORD})
    advance(api, INSTALL_DONE)
    return iid, backend(api).clock.now()


def test_the_documented_example_figures() -> None:
    """The docs' example window and its four samples give the documented summary."""
    start, end = 1689058236.0, 1689059436.0  # 2023-07-11T06:50:36Z .. 07:10:36Z
    times = tr.sample_times(start, end, now=end)
    assert [fmt(t) for t in times] == ["2023-07-11T06:55:00Z", "2023-07-11T07:00:00Z", "2023-07-11T07:05:00Z",
                                       "2023-07-11T07:10:00Z"]  # fmt: skip
    rx, tx = [144056, 107104, 93448, 106504], [2936, 2568, 3880, 5800]
    s = {**tr.summary(times, rx, "in"), **tr.summary(times, tx, "out")}
    assert (s["in95"], s["in95Time"], s["inAvg"], s["inMax"], s["inMin"], s["inTotal"]) == (
        144056, "2023-07-11T06:55:00Z", 112778, 144056, 93448, 16916700)
    assert (s["out95"], s["out95Time"], s["outAvg"], s["outTotal"]) == (5800, "2023-07-11T07:10:00Z", 3796, 569400)


def test_95th_percentile_drops_the_top_five_percent() -> None:
    times = [float(i * 300) for i in range(40)]
    values = list(range(40))  # the top 2 (5 % of 40) are dropped
    assert tr.summary(times, values, "out")["out95"] == 37


def test_series_shape_limits_and_bounds() -> None:
    api = make_api(scenario())
    iid, t = _running(api, bw=100)
    advance(api, 6 * HOUR)
    now = backend(api).clock.now()
    r = _traffic(api, iid, now - 2 * HOUR, now)
    assert len(r["dataList"]) == 24 and r["unit"] == "bps" and r["totalUnit"] == "B"
    assert all(0 < d["internetTX"] <= 100_000_000 and 0 <= d["internetRX"] <= d["internetTX"] for d in r["dataList"])
    assert r["outMax"] == max(d["internetTX"] for d in r["dataList"])
    assert r["maxBandwidth95ValueMbps"] == round(max(r["in95"], r["out95"]) / 1e6, 2)
    for start, end, word in [(now - 25 * HOUR, now, "24 hours"), (now, now - HOUR, "before"),
                             (now - 31 * 24 * HOUR, now - 30 * 24 * HOUR - 1, "30 days")]:  # fmt: skip
        code, msg = api.err("DescribeInstanceTraffic", {"instanceId": iid, "startTime": fmt(start), "endTime": fmt(end)})[1:]
        assert code == "INVALID_PARAMETER" and word in msg
    assert api.err("DescribeInstanceTraffic", {"instanceId": iid, "startTime": "yesterday", "endTime": fmt(now)})[1] == (
        "INVALID_PARAMETER")
    assert api.err("DescribeInstanceTraffic", {"instanceId": iid, "endTime": fmt(now)})[1] == "MISSING_PARAMETER"
    # nothing from the future (an empty window: zeros and no time); zeros before the machine existed
    future = _traffic(api, iid, now, now + HOUR)
    assert future["dataList"] == [] and future["out95Time"] is None and future["outMax"] == 0
    early = _traffic(api, iid, t - 2 * HOUR, t - INSTALL_DONE)
    assert len(early["dataList"]) == 24 and all(d["internetTX"] == d["internetRX"] == 0 for d in early["dataList"])


def test_overlapping_windows_later_answers_and_restarts_agree(tmp_path: Path) -> None:
    state = tmp_path / "s.db"
    api = make_api(scenario(), state_file=str(state))
    iid, _ = _running(api)
    advance(api, 3 * HOUR)
    now = backend(api).clock.now()
    a = {d["time"]: d for d in _traffic(api, iid, now - 3 * HOUR, now - HOUR)["dataList"]}
    # the machine is stopped, started, its bandwidth changed: the past must not move
    api.ok("StopInstances", {"instanceIds": [iid]})
    advance(api, LIFE["stopping"] + HOUR)
    api.ok("StartInstances", {"instanceIds": [iid]})
    advance(api, LIFE["booting"])
    api.ok("ModifyInstanceBandwidth", {"instanceId": iid, "bandwidthOutMbps": 10})
    advance(api, HOUR)
    later = backend(api).clock.now()
    b = {d["time"]: d for d in _traffic(api, iid, now - 2 * HOUR, later)["dataList"]}
    shared = a.keys() & b.keys()
    assert len(shared) == 12 and all(a[k] == b[k] for k in shared)
    # while stopped: zero; after the change: within 10 Mbps
    stopped = [d for k, d in b.items() if now + LIFE["stopping"] + 300 <= _ts(k) <= now + LIFE["stopping"] + HOUR]
    assert stopped and all(d["internetTX"] == 0 for d in stopped)
    assert all(d["internetTX"] <= 10_000_000 for k, d in b.items() if _ts(k) > later - HOUR + 30)
    full = _traffic(api, iid, later - 24 * HOUR + 1, later)
    backend(api).close()
    again = make_api(scenario(), state_file=str(state), start=later)
    assert _strip(_traffic(again, iid, later - 24 * HOUR + 1, later)) == _strip(full)


def _ts(stamp: str) -> float:
    return tr.parse_time(stamp, "t")


def _strip(r: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in r.items() if k != "requestId"}


def test_the_seed_decides_the_series() -> None:
    def series(seed: int) -> list[Any]:
        api = make_api(scenario(), seed=seed)
        iid, _ = _running(api)
        advance(api, HOUR)
        now = backend(api).clock.now()
        return _traffic(api, iid, now - HOUR, now)["dataList"]

    assert series(5) == series(5)
    assert series(5) != series(6)


def test_managed_instance_traffic_and_listing() -> None:
    api = make_api(scenario())
    for version in ("2022-11-20", "2026-02-01"):
        listed = api.ok("DescribeManagedInstances", {}, version=version)
        assert listed["totalCount"] == 2 and {m["instanceId"] for m in listed["dataSet"]} == {"mi-7Hc2kQ9x", "mi-Pq4Zr8Lm"}
    assert [m["instanceName"] for m in api.ok("DescribeManagedInstances", {"ip": "198.51.100.21"})["dataSet"]] == [
        "colo-cache-1"]
    assert api.ok("DescribeManagedInstances", {"instanceName": "colo-*", "pageSize": 1, "pageNum": 2})["totalCount"] == 2
    assert api.ok("DescribeManagedInstances", {"resourceGroupId": "rg-production"})["dataSet"][0]["facName"] == (
        "Los Angeles")
    now = backend(api).clock.now()
    r = api.ok("DescribeManagedInstanceTraffic", {"instanceId": "mi-Pq4Zr8Lm", "startTime": fmt(now - HOUR),
                                                  "endTime": fmt(now)})  # fmt: skip
    strict_v2022_11_20.RESPONSES["DescribeManagedInstanceTraffic"].model_validate(r)
    assert len(r["dataList"]) == 12 and all(0 < d["internetTX"] <= 200_000_000 for d in r["dataList"])
    assert api.err("DescribeManagedInstanceTraffic", {"instanceId": "mi-nope", "startTime": fmt(now - HOUR),
                                                      "endTime": fmt(now)})[1] == "INVALID_INSTANCE_NOT_FOUND"  # fmt: skip
    other = {"key": "other-access-key", "password": "other-access-key-password"}
    assert api.ok("DescribeManagedInstances", {}, **other)["totalCount"] == 0


@pytest.mark.parametrize("version", ["2022-11-20", "2026-02-01"])
def test_versions_answer_the_same_series(version: str) -> None:
    api = make_api(scenario(), seed=3)
    iid, _ = _running(api)
    advance(api, HOUR)
    now = backend(api).clock.now()
    assert _strip(_traffic(api, iid, now - HOUR, now, version)) == _strip(_traffic(api, iid, now - HOUR, now))


def test_status_history_is_kept_and_trimmed() -> None:
    from mockserver.backend.records import PAST_SECONDS, trim_past

    api = make_api(scenario())
    iid, t = _running(api)
    inst = backend(api).by_id[iid]
    assert inst.past is None  # untouched: one shared None
    api.ok("StopInstances", {"instanceIds": [iid]})
    assert inst.past is not None and inst.status_at(t - 1) is not None and inst.status_at(inst.ctime - 1) is None
    past = (0.0, "PENDING", 10.0, "RUNNING", 20.0, "STOPPED")
    assert trim_past(past, 15.0 + PAST_SECONDS) == (10.0, "RUNNING", 20.0, "STOPPED")  # the entry then in force stays
    assert trim_past(past, 5.0) == past
