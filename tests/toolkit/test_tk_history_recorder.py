"""The stock recorder on a manual-clock mock: server time, stock changes, gaps, several writers, readers in
another process, restarts, the background task. No wall-clock sleeps: waiting advances the mock clock."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pandas as pd
import pytest

import zltoolkit as zl
from zltoolkit.client import Client
from zltoolkit.history import (
    HISTORY,
    ROUNDS,
    HeaderTime,
    HistoryStore,
    MockHeaderTime,
    Recorder,
    availability,
    placement_scores,
)
from zltoolkit.session import Session

ROOT = Path(__file__).resolve().parents[2]
ZONE_TYPE = ("zone_id", "instance_type_id")


@pytest.fixture(scope="module")
def session(scenario_file: Path) -> Iterator[Session]:
    with zl.connect("mock", clock="manual", scenario=str(scenario_file), seed=7, quiet=True) as s:
        yield s


@pytest.fixture
def s(session: Session) -> Session:
    assert session.mock is not None
    session.mock.reset()
    return session


def offered(s: Session, charge_type: str = "POSTPAID") -> tuple[str, str, int]:
    """An offering with stock: (zone, type, qty)."""
    st = s.stock(charge_type=charge_type)
    row = st[st.qty.fillna(0) > 20].iloc[0]
    return str(row.zone_id), str(row.instance_type_id), int(row.qty)


def per_round(s: Session) -> int:
    return len(s.stock())  # both charge types: what one round appends


def test_rounds_follow_the_mock_clock_not_the_wall(s: Session, tmp_path: Path,
                                                   check_schema: Any) -> None:
    assert s.mock is not None
    s.mock.advance(10 * 86400)  # ten days ahead of the wall clock
    t0 = s.mock.now()
    rec = s.record_stock(every=300, store=tmp_path / "h.sqlite")
    status = rec.run(rounds=3)
    assert (status.rounds, status.calls, status.gaps) == (3, 6, 0)
    assert s.mock.now() == pytest.approx(t0 + 600)  # two waits between three rounds, nothing after
    rounds = rec.rounds()
    check_schema(rounds, ROUNDS)
    secs = rounds.ts.astype("int64") / 1e9
    assert sorted(set(secs.round(3))) == pytest.approx([t0, t0 + 300, t0 + 600], abs=1e-3)
    assert set(rounds.clock) == {"mock"} and rounds.ok.all()
    h = rec.history()
    check_schema(h, HISTORY)
    assert len(h) == 3 * per_round(s) == len(rec.store)
    assert h.ts.min() > pd.Timestamp.now(tz="UTC") + pd.Timedelta(days=9)
    # A second run continues the cadence: it waits first, so no two rounds share an instant.
    rec.run(rounds=1)
    assert s.mock.now() == pytest.approx(t0 + 900)
    rec.close()


def test_stock_changes_show_up(s: Session, tmp_path: Path) -> None:
    assert s.mock is not None
    zone, itype, qty = offered(s)
    with s.record_stock(every=60, store=tmp_path / "h.sqlite", charge_type="POSTPAID") as rec:
        rec.run(rounds=1)
        s.mock.set_stock(zone, itype, "POSTPAID", 0)
        rec.run(rounds=1)
        s.mock.set_stock(zone, itype, "POSTPAID", 7)
        rec.run(rounds=1)
        h = rec.history()
    mine = h[(h.zone_id == zone) & (h.instance_type_id == itype)].sort_values("ts")
    assert list(mine.qty) == [qty, 0, 7]
    assert list(mine.sell_status.astype(str)) == ["SELL", "SOLD_OUT", "SELL_SHORTAGE"]
    assert set(h.charge_type.astype(str)) == {"POSTPAID"}


def test_a_failed_round_is_a_gap_not_sold_out(s: Session, tmp_path: Path) -> None:
    assert s.mock is not None
    with s.record_stock(every=300, store=tmp_path / "h.sqlite", charge_type="POSTPAID") as rec:
        rec.run(rounds=1)
        s.mock.add_fault(action="DescribeAvailableResources", error="INTERNAL_SERVER_ERROR", firstN=1)
        rec.run(rounds=2)
        rounds, h = rec.rounds(), rec.history()
        # A recorder (or its store) is a history too: its gaps come along.
        pd.testing.assert_frame_equal(availability(rec), availability(h, rounds))
        pd.testing.assert_frame_equal(placement_scores(rec.store, count=3), placement_scores(h, 3, rounds))
        assert rec.status.gaps == 1 and rec.status.last_error == "INTERNAL_SERVER_ERROR"
        assert "1 gap(s)" in repr(rec)
    assert list(rounds.ok) == [True, False, True]
    assert rounds.error_code.iloc[1] == "INTERNAL_SERVER_ERROR" and rounds.offerings.iloc[1] == 0
    gap_ts = rounds.ts.iloc[1]
    assert not (h.ts == gap_ts).any()  # nothing recorded for the gap: no SOLD_OUT rows
    assert h.ts.nunique() == 2
    av = availability(h, rounds)
    assert (av.gaps == 1).all()
    assert av.gap_h.iloc[0] == pytest.approx(300 / 3600)
    assert av.observed_h.iloc[0] == pytest.approx(600 / 3600)  # the two good rounds, the gap in no denominator


def test_two_recorders_append_to_one_store_at_once(s: Session, tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    recs = [s.record_stock(every=60, store=path, name=f"r{i}") for i in range(2)]
    errors: list[BaseException] = []

    def work(rec: Recorder) -> None:
        try:
            rec.run(rounds=5)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(r,)) for r in recs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    rounds = recs[0].rounds()
    assert rounds.recorder.value_counts().to_dict() == {"r0": 10, "r1": 10}
    assert rounds.round_id.is_unique
    assert len(recs[1].history()) == 10 * per_round(s)
    for r in recs:
        r.close()


_WRITER = """
import sys
from zltoolkit.history import HistoryStore
with HistoryStore(sys.argv[1]) as store:
    for i in range(int(sys.argv[2])):
        store.append(1000.0 + i, "POSTPAID", [("Z-PROC", "T1", "SELL", i), ("Z-PROC", "T2", None, None)],
                     recorder="process")
"""


def test_writers_in_two_processes_take_turns(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(path), "200"], cwd=ROOT)
    with HistoryStore(path) as store:
        for i in range(200):
            store.append(5000.0 + i, "PREPAID", [("Z-MAIN", "T1", "SOLD_OUT", 0)], recorder="main")
    assert proc.wait(timeout=120) == 0
    with HistoryStore(path) as store:
        assert store.rounds().recorder.value_counts().to_dict() == {"main": 200, "process": 200}
        h = store.history()
    assert len(h) == 200 + 400
    assert h[h.zone_id == "Z-PROC"].qty.isna().sum() == 200  # the hidden qty stays hidden


_READER = """
import json, sys
from zltoolkit.history import HistoryStore
path, per_round, expected = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
seen = []
with HistoryStore(path) as store:
    print("ready", flush=True)
    for _ in range(100000):
        n = len(store.history())
        if not seen or seen[-1] != n:
            seen.append(n)
        if n >= expected:
            break
print(json.dumps(seen), flush=True)
"""


def test_reading_from_another_process_while_appending(s: Session, tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    HistoryStore(path).close()  # created before the reader opens it
    n = per_round(s)
    rounds = 8
    reader = subprocess.Popen([sys.executable, "-c", _READER, str(path), str(n), str(rounds * n)], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    assert reader.stdout is not None
    assert reader.stdout.readline().strip() == "ready"
    with s.record_stock(every=300, store=path) as rec:
        rec.run(rounds=rounds)
    out, _ = reader.communicate(timeout=120)
    assert reader.returncode == 0
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen[-1] == rounds * n
    # Whole calls or nothing: every count the reader saw is a sum of whole answers.
    per_call = {len(s.stock(charge_type=c)) for c in ("PREPAID", "POSTPAID")}
    assert all(any((k - a) % n == 0 for a in (0, *per_call)) for k in seen)
    assert seen == sorted(seen)


def test_a_restart_reopens_the_store_with_its_rows(s: Session, tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    with s.record_stock(every=300, store=path) as rec:
        rec.run(rounds=2)
        before = rec.history()
    # A new kernel: a new store object and recorder on the same file.
    with HistoryStore(path) as reopened:
        pd.testing.assert_frame_equal(reopened.history(), before)
    with s.record_stock(every=300, store=path) as rec2:
        rec2.run(rounds=1)
        assert len(rec2.history()) == 3 * per_round(s)
        assert rec2.rounds().recorder.nunique() == 2


def test_background_task_runs_then_stops(s: Session, tmp_path: Path) -> None:
    assert s.mock is not None
    t0 = s.mock.now()
    rec = s.record_stock(every=120, store=tmp_path / "h.sqlite", charge_type="PREPAID")

    async def finite() -> Any:
        rec.start(rounds=3, show=False)
        assert rec.running
        return await rec.wait()

    status = asyncio.run(finite())
    assert (status.rounds, status.running) == (3, False)
    assert s.mock.now() == pytest.approx(t0 + 240)

    waits = 0
    inner = rec._async_sleep

    async def stop_on_second_wait(seconds: float) -> None:
        nonlocal waits
        waits += 1
        if waits == 2:
            rec.stop()
        if inner is not None:
            result = inner(seconds)
            if asyncio.iscoroutine(result):
                await result

    rec._async_sleep = stop_on_second_wait

    async def until_stopped() -> Any:
        rec.start(show=False)
        return await rec.wait()

    status = asyncio.run(until_stopped())
    assert status.running is False and not rec.running
    # It continues the cadence (waits first), records one round, and is stopped during the second wait.
    assert status.rounds == 3 + 1
    assert "4 round(s), 0 gap(s)" in repr(rec) and "idle" in repr(rec)
    assert "Stock recorder" in rec._repr_html_()
    rec.close()


def test_start_without_a_loop_says_to_use_run(s: Session, tmp_path: Path) -> None:
    with s.record_stock(store=tmp_path / "h.sqlite") as rec, pytest.raises(RuntimeError, match="run"):
        rec.start()


def _answer(request: httpx.Request) -> httpx.Response:
    charge = json.loads(request.content)["instanceChargeType"]
    body = {"requestId": "r-1", "response": {"requestId": "r-1", "availableResources": [
        {"zoneId": "Z1", "instanceTypeId": "T1", "sellStatus": "RESERVED", "qty": 3},
        {"zoneId": "Z1", "instanceTypeId": "T2", "status": "SELL"},
        {"zoneId": "Z2", "instanceTypeId": "T1", "qty": 0},
    ]}}
    assert charge in ("PREPAID", "POSTPAID")
    return httpx.Response(200, json=body, headers={"Date": "Wed, 02 Dec 2026 10:00:00 GMT"})


def test_raw_answers_keep_undocumented_values_and_the_date_header(tmp_path: Path) -> None:
    client = Client("http://api.invalid", access_key_id="AK", access_key_password="secret-password")
    with Recorder(client, tmp_path / "h.sqlite", charge_types="POSTPAID", server_time=HeaderTime(),
                  transport=httpx.MockTransport(_answer)) as rec:
        rec.run(rounds=1)
        h, rounds = rec.history(), rec.rounds()
    assert rounds.ok.all() and list(rounds.clock) == ["date"]
    assert (h.ts == pd.Timestamp("2026-12-02T10:00:00Z")).all()
    by_key = {(r.zone_id, r.instance_type_id): r for r in h.itertuples()}
    assert by_key[("Z1", "T1")].sell_status == "RESERVED" and by_key[("Z1", "T1")].qty == 3
    assert by_key[("Z1", "T2")].sell_status == "SELL" and pd.isna(by_key[("Z1", "T2")].qty)
    assert by_key[("Z2", "T1")].sell_status == "SOLD_OUT"  # derived from qty 0
    # The unknown status sorts below SOLD_OUT: "can buy some" never counts it.
    assert list(h.sell_status.cat.categories) == ["RESERVED", "SOLD_OUT", "SELL_SHORTAGE", "SELL"]
    assert not (h.sell_status >= "SELL_SHORTAGE")[h.sell_status == "RESERVED"].any()
    client.close()


def test_no_response_is_a_gap_stamped_by_the_wall_clock(tmp_path: Path) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = Client("http://api.invalid", access_key_id="AK", access_key_password="secret-password")
    with Recorder(client, tmp_path / "h.sqlite", charge_types="PREPAID",
                  transport=httpx.MockTransport(refuse)) as rec:
        rec.run(rounds=1)
        rounds = rec.rounds()
    assert list(rounds.ok) == [False] and list(rounds.error_code) == ["NETWORK_ERROR"]
    assert list(rounds.clock) == ["wall"]
    assert "secret-password" not in repr(rec)
    client.close()


def test_a_fast_real_clock_mock_waits_every_divided_by_its_speed(tmp_path: Path, scenario_file: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    import zltoolkit.session as session_module

    waited: list[float] = []
    # The session's own `time` (only its sleep is used there): the waits are recorded, never made.
    monkeypatch.setattr(session_module, "time", types.SimpleNamespace(sleep=waited.append))
    with zl.connect("mock", speed=60.0, scenario=str(scenario_file), quiet=True) as fast, \
            fast.record_stock(every=300, store=tmp_path / "h.sqlite", charge_type="POSTPAID") as rec:
        rec.run(rounds=3)
        assert fast.mock is not None
        now = fast.mock.now()
        rounds = rec.rounds()
    ts = rounds.ts.astype("int64") / 1e9
    assert waited == [5.0, 5.0]  # 300 s of mock time at x60
    assert set(rounds.clock) == {"mock"}
    assert (ts <= now + 1e-6).all() and (now - ts < 3600).all()  # the mock's clock, which runs x60


def test_the_facade_exports_the_history_api() -> None:
    from zltoolkit import history

    for name in ("Recorder", "HistoryStore", "availability", "placement_scores", "availability_heatmap",
                 "qty_timeline", "export", "read_export"):
        assert getattr(zl, name) is getattr(history, name)
        assert name in zl.__all__


@pytest.mark.parametrize(("value", "expected"), [
    ("Wed, 02 Dec 2026 10:00:00 GMT", "2026-12-02T10:00:00Z"),
    ("1796205600", "2026-12-02T10:00:00Z"),
    ("2026-12-02T10:00:00Z", "2026-12-02T10:00:00Z"),
])
def test_header_time_reads_http_dates_unix_seconds_and_iso(value: str, expected: str) -> None:
    seconds, label = HeaderTime("X-Mock-Clock", label="mock").stamp({"x-mock-clock": value})
    assert label == "mock" and seconds == pd.Timestamp(expected).timestamp()
    assert HeaderTime().stamp({"Date": "not a date"})[1] == "wall"


def test_the_mock_clock_header_stamps_each_call_without_the_control_plane(s: Session, tmp_path: Path) -> None:
    assert s.mock is not None
    s.mock.advance(3 * 86400)
    rec = s.record_stock(every=600, store=tmp_path / "h.sqlite")
    assert isinstance(rec.server_time, MockHeaderTime)
    asked: list[float] = []
    real_now = s.mock.now

    def counting_now() -> float:
        asked.append(1.0)
        return real_now()

    s.mock.now = counting_now  # type: ignore[method-assign]
    try:
        rec.run(rounds=2)
    finally:
        del s.mock.now
    assert asked == []  # every ts came from the X-Mock-Clock header
    secs = rec.rounds().ts.astype("int64") / 1e9
    t1 = s.mock.now()
    assert sorted(set(secs.round(3))) == pytest.approx([t1 - 600, t1], abs=1e-3)
    assert set(rec.rounds().clock) == {"mock"}


def test_mock_header_time_falls_back_when_the_header_is_missing() -> None:
    class Fixed:
        per_round = True

        def stamp(self, headers: Any) -> tuple[float, str]:
            return 42.0, "control"

    t = MockHeaderTime(Fixed())
    assert t.stamp({"X-Mock-Clock": "2026-12-02T10:00:00.000000Z"}) == (
        pd.Timestamp("2026-12-02T10:00:00Z").timestamp(), "mock")
    assert t.stamp({"Date": "Wed, 02 Dec 2026 10:00:00 GMT"}) == (42.0, "control")
    assert t.stamp(None) == (42.0, "control")
    assert MockHeaderTime().stamp({"Date": "Wed, 02 Dec 2026 10:00:00 GMT"})[1] == "date"
