"""The state file's format (docs/state-file.md): version 2 rows and events, the in-place migration of a file
written by version 1 (``fixtures/state_v1.sql``, dumped from a file the version 1 code wrote), and new kinds of
events as a registration."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from mockserver.backend import Backend, Clock, statefile
from mockserver.backend.core import EVENT_HANDLERS
from mockserver.backend.events import AnyEvent, PayloadEvent
from mockserver.backend.stock import StockKey
from mockserver.scenarios.loader import default_scenario

FIXTURES = Path(__file__).parent / "fixtures"
T_FIXTURE = 1706699106.0  # the fixture's manual clock reading
V1_TABLES = {"stock", "accounts", "pools", "instances"}


def _v1_file(tmp_path: Path) -> Path:
    path = tmp_path / "state.db"
    con = sqlite3.connect(path)
    con.executescript((FIXTURES / "state_v1.sql").read_text(encoding="utf-8"))
    con.close()
    return path


def _open(path: Path) -> Backend:
    # The configured scenario, seed and clock lose against the file's.
    return Backend(default_scenario(), clock=Clock("manual", start=0.0), seed=1, state_file=path)


def _comparable(state: dict[str, Any]) -> dict[str, Any]:
    s = json.loads(json.dumps(state))
    s["clock"].pop("wall", None)
    return s


def _tables(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def _dump(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def _version(path: Path) -> int | None:
    con = sqlite3.connect(path)
    try:
        row = con.execute("SELECT value FROM meta WHERE key='format_version'").fetchone()
        return None if row is None else int(row[0])
    finally:
        con.close()


def test_a_version_1_file_loads_with_everything(tmp_path: Path) -> None:
    b = _open(_v1_file(tmp_path))
    try:
        expected = json.loads((FIXTURES / "state_v1.expected.json").read_text(encoding="utf-8"))
        assert _comparable(b.export_state()) == expected
        # The same, spelled out: clock, instances in several statuses, stock, money, pending events.
        assert (b.clock.mode, b.clock.now()) == ("manual", T_FIXTURE)
        by_name = {i.name: i.status(b.now) for i in b.by_id.values()}
        assert by_name == {"pre-01": "RUNNING", "pre-02": "RUNNING", "in-subnet": "BOOTING", "post-001": "STOPPED",
                           "post-002": "RECYCLE", "post-003": "CREATE_FAILED", "instance": "RUNNING",
                           "late": "PENDING"}  # fmt: skip
        assert b.stock[StockKey("SEL-A", "M6C", "PREPAID")] == 7
        assert b.stock_base[StockKey("SEL-A", "M6C", "PREPAID")] == 9  # 7 free + 2 prepaid instances holding
        assert b.balances == {"acc-demo": 249132.46, "acc-other": 500.0}
        assert b.charged == {"acc-demo": 867.54, "acc-other": 0.0}
        assert sorted((e.kind, b.by_id[e.subject].name) for e in b.events.all()) == [
            ("expire", "pre-01"), ("expire", "pre-02"), ("release", "post-002")
        ]
        assert b.invariants()["ok"]
        # Addresses in use stay taken: a new instance gets a fresh one.
        with b.session():
            b.create_instances(b.account("acc-demo"), _create_req(), "2022-11-20")
        used = [i.pub4 for i in b.by_id.values() if i.pub4]
        assert len(used) == len(set(used))
    finally:
        b.close()


def _create_req() -> Any:
    from zltoolkit.api.actions import CreateInstancesRequest

    return CreateInstancesRequest.model_validate(
        {"zoneId": "SEL-A", "instanceTypeId": "M6C", "instanceChargeType": "POSTPAID",
         "internetChargeType": "ByBandwidth"}
    )  # fmt: skip


def test_a_version_1_file_is_migrated_in_place(tmp_path: Path) -> None:
    path = _v1_file(tmp_path)
    assert _version(path) is None and _tables(path) >= V1_TABLES
    b = _open(path)
    first = _comparable(b.export_state())
    b.close()
    assert _version(path) == statefile.FORMAT_VERSION == 2
    assert not V1_TABLES & _tables(path) and {"meta", "rows", "events"} <= _tables(path)
    again = _open(path)
    try:
        assert _comparable(again.export_state()) == first
        assert again._store is not None and again._store.opened_version == 2
    finally:
        again.close()


def test_a_failed_migration_leaves_the_version_1_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _v1_file(tmp_path)
    before = _dump(path)

    def broken(self: statefile.Store, stored: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(statefile.Store, "_write_all", broken)
    with pytest.raises(OSError, match="disk full"):
        statefile.Store(path)
    assert _dump(path) == before
    monkeypatch.undo()
    _open(path).close()
    assert _version(path) == 2


def test_new_files_are_version_2_and_newer_ones_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    _open(path).close()
    assert _version(path) == 2
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '3' WHERE key = 'format_version'")
    con.commit()
    con.close()
    with pytest.raises(ValueError, match="newer"):
        statefile.Store(path)


def test_rows_are_kind_id_json(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    b = _open(path)
    with b.session():
        (iid,) = b.create_instances(b.account("acc-demo"), _create_req(), "2022-11-20")["instanceIdSet"]
    held = b.held_by_offering()[StockKey("SEL-A", "M6C", "POSTPAID")]  # this one and any scenario seed's
    b.close()
    con = sqlite3.connect(path)
    kinds = {k for (k,) in con.execute("SELECT DISTINCT kind FROM rows")}
    data = con.execute("SELECT data FROM rows WHERE kind = 'instance' AND id = ?", (iid,)).fetchone()
    stock = con.execute("SELECT id, data FROM rows WHERE kind = 'stock' AND id = ?",
                        (json.dumps(["SEL-A", "M6C", "POSTPAID"], separators=(",", ":")),)).fetchone()  # fmt: skip
    con.close()
    assert kinds == {"instance", "stock", "account", "pool", "network"}
    assert json.loads(data[0])["id"] == iid
    assert held >= 1 and json.loads(stock[1])["qty"] + held == json.loads(stock[1])["base"]


def test_a_new_event_kind_is_a_registration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An event about no instance, with a payload, survives a restart and reaches its handler when due."""
    seen: list[AnyEvent] = []
    monkeypatch.setitem(EVENT_HANDLERS, "market-tick", lambda backend, ev: seen.append(ev))
    path = tmp_path / "state.db"
    b = _open(path)
    seq = b.events.seq  # the scenario's PREPAID instance seed queued its expiry before
    with b.session():
        b.events.push(b.now + 60, "market-tick", "market", {"price": 1.5})
    exported = b.export_state()
    b.close()
    ticks = [e for e in exported["events"] if e[2] == "market-tick"]
    assert ticks == [[60.0, seq, "market-tick", "market", {"price": 1.5}]]
    again = _open(path)
    try:
        again.clock.advance(60)
        with again.session():
            pass
        assert seen == [PayloadEvent(60.0, seq, "market-tick", "market", {"price": 1.5})]
        again.import_state(exported)  # the export carries the payload back in
        assert [e for e in again.events.all() if e.kind == "market-tick"] == [
            PayloadEvent(60.0, seq, "market-tick", "market", {"price": 1.5})]
    finally:
        again.close()


def test_rows_and_the_export_are_one_serialisation() -> None:
    from mockserver.backend import state_rows

    expected = json.loads((FIXTURES / "state_v1.expected.json").read_text(encoding="utf-8"))
    stored = state_rows.to_stored(expected)
    assert set(stored.rows) == {k.name for k in state_rows.ROW_KINDS}
    assert len(stored.rows["instance"]) == len(expected["instances"]) == 8
    assert state_rows.from_stored(stored) == expected
